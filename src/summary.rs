//! The referral summary the referrer pastes into ZorgDomein, VIPLive or the HIS, and the
//! region texts with their placeholders filled in.
//!
//! The summary names no patient: no name, date of birth, BSN or address. The referral system
//! already knows who the patient is. Only categorical answers, the chosen Positieve Gezondheid
//! dimensions and the referrer's own short wish text go in.

use crate::consult::Consult;
use crate::engine::{Gemeente, NoReferralReason, Pack, RouteId, Step};

/// The gemeente chosen in the consult, if any.
pub fn chosen_gemeente(consult: &Consult) -> Option<&Gemeente> {
    consult
        .context
        .gemeente
        .as_ref()
        .and_then(|id| consult.pack.gemeente(id))
}

/// The organisation as a sentence may name it. An organisation the pack does not know yet is
/// never shown as a placeholder: the referrer is sent to the gemeente's sociale kaart instead.
pub fn organisation_name(gemeente: Option<&Gemeente>) -> String {
    match gemeente {
        Some(g) => match g.known_organisation() {
            Some(name) => name.to_owned(),
            None => format!(
                "de welzijnsorganisatie in {} (zie de sociale kaart van de gemeente)",
                g.name
            ),
        },
        None => "de welzijnsorganisatie in de gemeente van de patiënt".to_owned(),
    }
}

/// Fills `{kanaal}`, `{organisatie}` and the other placeholders of a text for the referrer.
pub fn fill_in(pack: &Pack, gemeente: Option<&Gemeente>, text: &str) -> String {
    fill(pack, gemeente, text, &organisation_name(gemeente))
}

/// Fills a text the patient reads: without a chosen gemeente it speaks of "uw gemeente", not
/// of "de patiënt".
pub fn fill_in_for_patient(pack: &Pack, gemeente: Option<&Gemeente>, text: &str) -> String {
    let organisation = match gemeente {
        Some(_) => organisation_name(gemeente),
        None => "de welzijnsorganisatie in uw gemeente".to_owned(),
    };
    fill(pack, gemeente, text, &organisation)
}

fn fill(pack: &Pack, gemeente: Option<&Gemeente>, text: &str, organisation: &str) -> String {
    let region = &pack.region;
    let gemeente_name = gemeente.map_or("de gemeente van de patiënt", |g| g.name.as_str());
    text.replace("{kanaal}", &region.channel)
        .replace("{kanaal_stappen}", &region.channel_steps)
        .replace("{organisatie}", organisation)
        .replace("{gemeente}", gemeente_name)
        .replace("{icpc}", &region.icpc)
        .replace("{contactnorm}", &region.contact_norm.target)
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

/// Why a referral text cannot be made yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoText {
    /// The questions are not all answered.
    Incomplete,
    /// The engine's safety rules say no (urgent care, acute risk unknown, consent refused).
    NotAllowed(NoReferralReason),
}

/// The plain-text referral summary for the consult's outcome, when one may be made.
pub fn referral_text(consult: &Consult) -> Result<String, NoText> {
    let pack = &consult.pack;
    let walk = &consult.walk;
    let primary = walk
        .primary
        .as_ref()
        .filter(|_| walk.is_complete())
        .ok_or(NoText::Incomplete)?;
    walk.referral_basis(consult.consent)
        .map_err(NoText::NotAllowed)?;
    let audience = consult.audience();
    let mut lines: Vec<String> = Vec::new();
    let mut push = |line: String| lines.push(line);

    if walk.provisional {
        push("VOORLOPIGE UITKOMST: nog niet alles is nagegaan (zie 'Nog na te gaan').".into());
    }
    push(format!("Route: {}", route_title(pack, primary)));
    if let Some(route) = pack.route(primary) {
        push(format!("Toelichting: {}", route.view(audience).summary));
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
        "Toestemming van de patiënt voor de verwijzing: {}",
        consult.consent.label()
    ));
    let referrer = consult
        .referrer
        .as_ref()
        .and_then(|id| pack.referrer_types.iter().find(|r| &r.id == id))
        .map_or("niet opgegeven", |r| r.label.as_str());
    push(format!("Verwijzer: {referrer}"));
    if let Some(gemeente) = chosen_gemeente(consult) {
        push(format!(
            "Gemeente: {} (welzijnsorganisatie: {})",
            gemeente.name,
            organisation_name(Some(gemeente))
        ));
    }
    let via_channel = std::iter::once(primary)
        .chain(&walk.also)
        .filter_map(|r| pack.route(r))
        .any(|r| r.via_channel);
    if via_channel && audience.huisartsenpraktijk {
        push(format!("ICPC: {} (Welzijn op Recept)", pack.region.icpc));
    }
    push(format!(
        "Bron: Verwijswijzer, regio {}, pakket {} van {} (basis {})",
        pack.region.name, pack.region.version, pack.region.date, pack.base_version
    ));
    Ok(lines.join("\n"))
}
