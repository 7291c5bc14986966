//! The referral summary the referrer pastes into ZorgDomein, VIPLive or the HIS, and the
//! region texts with their placeholders filled in.
//!
//! The summary names no patient: no name, date of birth, BSN or address. The referral system
//! already knows who the patient is. Only categorical answers, the chosen Positieve Gezondheid
//! dimensions and the referrer's own short wish text go in.

use crate::consult::Consult;
use crate::engine::{Gemeente, Pack, RouteId, Step, URGENT_CARE};

/// The gemeente chosen in the consult, if any.
pub fn chosen_gemeente(consult: &Consult) -> Option<&Gemeente> {
    consult
        .context
        .gemeente
        .as_ref()
        .and_then(|id| consult.pack.gemeente(id))
}

/// Fills `{kanaal}`, `{organisatie}` and the other placeholders of a region text.
pub fn fill_in(pack: &Pack, gemeente: Option<&Gemeente>, text: &str) -> String {
    let region = &pack.region;
    let organisatie = gemeente.map_or(
        "de welzijnsorganisatie in de gemeente van de patiënt",
        |g| g.welzijnsorganisatie.as_str(),
    );
    let gemeente_name = gemeente.map_or("de gemeente van de patiënt", |g| g.name.as_str());
    text.replace("{kanaal}", &region.channel)
        .replace("{kanaal_stappen}", &region.channel_steps)
        .replace("{organisatie}", organisatie)
        .replace("{gemeente}", gemeente_name)
        .replace("{icpc}", &region.icpc)
        .replace("{contactnorm}", &region.contact_norm)
}

/// The route's title, or its id when the pack lacks it (which the checker prevents).
pub fn route_title<'a>(pack: &'a Pack, route: &'a RouteId) -> &'a str {
    pack.route(route)
        .map_or(route.as_str(), |r| r.title.as_str())
}

/// One answer in words, e.g. "Acuut gevaar: Nee".
pub fn answer_line(pack: &Pack, step: &Step) -> Option<String> {
    let question = pack.question(&step.question)?;
    Some(format!(
        "{}: {}",
        question.short,
        pack.answer_label(question, &step.answer)
    ))
}

/// The plain-text referral summary for the consult's current outcome.
pub fn referral_text(consult: &Consult) -> String {
    let pack = &consult.pack;
    let walk = &consult.walk;
    let mut lines: Vec<String> = Vec::new();
    let mut push = |line: String| lines.push(line);

    let Some(primary) = &walk.primary else {
        return "Nog geen uitkomst: beantwoord eerst de vragen.".to_owned();
    };
    if walk.provisional {
        push("VOORLOPIGE UITKOMST: nog niet alles is nagegaan (zie 'Nog na te gaan').".into());
    }
    push(format!("Route: {}", route_title(pack, primary)));
    if let Some(route) = pack.route(primary) {
        push(format!("Toelichting: {}", route.summary));
    }
    if !walk.also.is_empty() {
        let titles: Vec<&str> = walk.also.iter().map(|r| route_title(pack, r)).collect();
        push(format!("Ook overwegen: {}", titles.join("; ")));
    }

    push(String::new());
    push("Antwoorden:".into());
    for line in walk.path.iter().filter_map(|step| answer_line(pack, step)) {
        push(format!("- {line}"));
    }

    if !walk.open_checks.is_empty() {
        push(String::new());
        push("Nog na te gaan:".into());
        for id in &walk.open_checks {
            if let Some(question) = pack.question(id) {
                push(format!("- {}", question.open_check));
            }
        }
    }

    // Everything below belongs to a referral; acute care is handled by phone, not by text.
    if primary != URGENT_CARE {
        if !consult.dimensions.is_empty() {
            let chosen: Vec<&str> = pack
                .dimensions
                .iter()
                .filter(|d| consult.dimensions.contains(&d.id))
                .map(|d| d.label.as_str())
                .collect();
            push(String::new());
            push(format!(
                "Positieve Gezondheid, de patiënt wil werken aan: {}",
                chosen.join(", ")
            ));
        }
        let wish = consult.wish.trim();
        if !wish.is_empty() {
            push(format!("Wens van de patiënt: {wish}"));
        }
        push(String::new());
        push(format!(
            "Toestemming van de patiënt voor de verwijzing gevraagd: {}",
            if consult.consent {
                "ja"
            } else {
                "nee, nog vragen"
            }
        ));
    }
    let referrer = consult
        .referrer
        .as_ref()
        .and_then(|id| pack.referrer_types.iter().find(|r| &r.id == id))
        .map_or("niet opgegeven", |r| r.label.as_str());
    push(format!("Verwijzer: {referrer}"));
    if let Some(gemeente) = chosen_gemeente(consult) {
        push(format!(
            "Gemeente: {} (welzijnsorganisatie: {})",
            gemeente.name, gemeente.welzijnsorganisatie
        ));
    }
    let refers_to_welzijn = std::iter::once(primary)
        .chain(&walk.also)
        .any(|r| r == "wor");
    if refers_to_welzijn {
        push(format!("ICPC: {} (Welzijn op Recept)", pack.region.icpc));
    }
    push(format!(
        "Bron: Verwijswijzer, regio {}, pakket {} van {} (basis {})",
        pack.region.name, pack.region.version, pack.region.date, pack.base_version
    ));
    lines.join("\n")
}
