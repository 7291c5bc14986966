//! The referral summary the referrer pastes into ZorgDomein, VIPLive or the HIS.
//!
//! The summary names no patient: no name, date of birth, BSN or address. The referral system
//! already knows who the patient is. Only categorical answers, the chosen Positieve Gezondheid
//! dimensions and the referrer's own short wish text go in.

use crate::consult::Consult;
use crate::engine::NoReferralReason;

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
    push(format!("Route: {}", pack.route_title(primary)));
    if let Some(route) = pack.route(primary) {
        push(format!("Toelichting: {}", route.view(audience).summary));
    }
    if !walk.also.is_empty() {
        let titles: Vec<&str> = walk.also.iter().map(|r| pack.route_title(r)).collect();
        push(format!("Ook overwegen: {}", titles.join("; ")));
    }

    push(String::new());
    push("Antwoorden:".into());
    for line in walk.path.iter().filter_map(|step| pack.answer_line(step)) {
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
        .referrer_type()
        .map_or("niet opgegeven", |r| r.label.as_str());
    push(format!("Verwijzer: {referrer}"));
    if let Some(gemeente) = consult.gemeente() {
        push(format!(
            "Gemeente: {} (welzijnsorganisatie: {})",
            gemeente.name,
            pack.organisation_name(Some(gemeente))
        ));
    }
    if pack.refers_via_channel(walk) && audience.huisartsenpraktijk {
        push(format!("ICPC: {} (Welzijn op Recept)", pack.region.icpc));
    }
    push(format!(
        "Bron: Verwijswijzer, regio {}, pakket {} van {} (basis {})",
        pack.region.name, pack.region.version, pack.region.date, pack.base_version
    ));
    Ok(lines.join("\n"))
}
