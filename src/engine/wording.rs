//! Checks on the words a referrer or patient reads: the clinical-safety rules of the texts.
//!
//! The structure checks (`validate`) make a pack work; these make it safe to read: no editor's
//! placeholder in a sentence, no practice-only step for a referrer outside the practice, a
//! patient text that always ends with what to do when things get worse, and a contact time
//! that has a source.

use super::ids::RouteId;
use super::model::{Pack, Route, RouteTexts};
use super::problem::Problem;
use super::referral::NoReferralReason;
use super::validate::{PLACEHOLDERS, TO_BE_FILLED_IN, check_sources, placeholders};

/// Words only a referrer in the huisartsenpraktijk can act on. Steps for everyone else
/// (`next_steps_elders`, or `next_steps` when a route has no `next_steps_elders`) may not use them.
pub const PRACTICE_ONLY: &[&str] = &["HIS", "ICPC", "{icpc}"];

/// Phrases that assume the reader works in a practice. No text may use them.
pub const ASSUMES_A_PRACTICE: &[&str] =
    &["uw praktijk", "de eigen praktijk", "uw huisartsenpraktijk"];

/// What a patient text's last line must name: where to go when things get worse.
pub const SAFETY_NET: &[&str] = &["huisarts", "113", "112"];

pub(super) fn check_wording(pack: &Pack, problems: &mut Vec<Problem>) {
    for (id, route) in &pack.routes {
        check_route(id, route, problems);
    }
    for (id, question) in &pack.questions {
        let anchor = format!("[questions.{id}]");
        let texts = [&question.text, &question.help, &question.open_check]
            .into_iter()
            .chain(&question.examples);
        for text in texts {
            check_unfilled(&anchor, &format!("vraag '{id}'"), text, problems);
        }
    }
    let region = &pack.region;
    check_sentence("channel_steps", "regio", &region.channel_steps, problems);
    check_sources(
        pack,
        "contact_norm",
        "contact_norm",
        std::slice::from_ref(&region.contact_norm.source),
        problems,
    );
    check_safety(pack, problems);
    if region.youth_wor_per_gemeente && !pack.gemeenten.iter().any(|g| g.youth_wor == Some(true)) {
        problems.push(Problem::warning(
            "youth_wor_per_gemeente",
            "jeugd is een keuze per gemeente, maar nog geen gemeente heeft met een bron gekozen voor jongeren in Welzijn op Recept",
        ));
    }
}

fn check_route(id: &RouteId, route: &Route, problems: &mut Vec<Problem>) {
    let anchor = format!("[routes.{id}]");
    let youth = route.youth.clone().unwrap_or_default();
    let youth_anchor = format!("[routes.{id}.youth]");
    check_patient_text(&anchor, id, "expect", &route.expect, problems);
    if let Some(expect) = &youth.expect {
        check_patient_text(&youth_anchor, id, "youth.expect", expect, problems);
    }
    for (field, text) in [("title", &route.title), ("summary", &route.summary)]
        .into_iter()
        .chain(youth.summary.as_ref().map(|s| ("youth.summary", s)))
    {
        check_unfilled(&anchor, &format!("route '{id}' ({field})"), text, problems);
    }
    check_steps(
        &anchor,
        id,
        &route.next_steps,
        route.next_steps_elders.as_deref(),
        problems,
    );
    if youth.next_steps.is_some() || youth.next_steps_elders.is_some() {
        let RouteTexts {
            next_steps,
            next_steps_elders,
            ..
        } = &youth;
        let practice = next_steps.as_deref().unwrap_or(&route.next_steps);
        check_steps(
            &youth_anchor,
            id,
            practice,
            next_steps_elders.as_deref(),
            problems,
        );
    }
}

/// The patient reads these with the referrer: every line filled in, and the last one says
/// where to go when things get worse.
fn check_patient_text(
    anchor: &str,
    id: &RouteId,
    field: &str,
    lines: &[String],
    problems: &mut Vec<Problem>,
) {
    for line in lines {
        check_sentence(anchor, &format!("route '{id}' ({field})"), line, problems);
    }
    let last = lines.last().map(|l| l.to_lowercase()).unwrap_or_default();
    if !SAFETY_NET.iter().any(|word| last.contains(word)) {
        problems.push(Problem::error(
            anchor,
            format!(
                "route '{id}': de laatste regel van '{field}' zegt niet wat de patiënt doet als het erger wordt (noem de huisarts, of 113 of 112)"
            ),
        ));
    }
}

/// Steps for the practice, and for everyone else: the latter may not use practice-only words.
fn check_steps(
    anchor: &str,
    id: &RouteId,
    practice: &[String],
    elders: Option<&[String]>,
    problems: &mut Vec<Problem>,
) {
    let (for_everyone, field) = match elders {
        Some(elders) => (elders, "next_steps_elders"),
        None => (
            practice,
            "next_steps (voor elke verwijzer, want next_steps_elders ontbreekt)",
        ),
    };
    for step in practice.iter().chain(elders.unwrap_or_default()) {
        check_sentence(anchor, &format!("route '{id}'"), step, problems);
    }
    for step in for_everyone {
        for word in PRACTICE_ONLY.iter().filter(|w| contains_word(step, w)) {
            problems.push(Problem::error(
                anchor,
                format!(
                    "route '{id}': {field} noemt '{word}', maar verwijzers buiten de huisartsenpraktijk gebruiken dat niet: '{step}'"
                ),
            ));
        }
    }
}

/// A text a user reads: only known placeholders, no editor's placeholder, no assumed practice.
pub(super) fn check_sentence(anchor: &str, what: &str, text: &str, problems: &mut Vec<Problem>) {
    for name in placeholders(text) {
        if !PLACEHOLDERS.contains(&name) {
            problems.push(Problem::error(
                anchor,
                format!(
                    "{what}: onbekende invulplek {{{name}}}; bekend zijn: {}",
                    PLACEHOLDERS.join(", ")
                ),
            ));
        }
    }
    let lower = text.to_lowercase();
    if lower.contains(TO_BE_FILLED_IN) {
        problems.push(Problem::error(
            anchor,
            format!(
                "{what}: '{TO_BE_FILLED_IN}' staat in een zin die gebruikers lezen; laat de regel weg of gebruik {{organisatie}}"
            ),
        ));
    }
    for phrase in ASSUMES_A_PRACTICE.iter().filter(|p| lower.contains(*p)) {
        problems.push(Problem::error(
            anchor,
            format!("{what}: '{phrase}' gaat ervan uit dat de lezer in een praktijk werkt; schrijf voor elke verwijzer"),
        ));
    }
}

/// A text the app shows as it is: a placeholder in it would reach the reader as `{gemeente}`.
fn check_unfilled(anchor: &str, what: &str, text: &str, problems: &mut Vec<Problem>) {
    check_sentence(anchor, what, text, problems);
    for name in placeholders(text)
        .into_iter()
        .filter(|n| PLACEHOLDERS.contains(n))
    {
        problems.push(Problem::error(
            anchor,
            format!(
                "{what}: invulplek {{{name}}} wordt in deze tekst niet ingevuld (alleen in stappen, in wat de patiënt kan verwachten en in de factsheet); schrijf het uit"
            ),
        ));
    }
}

fn check_safety(pack: &Pack, problems: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let reasons = NoReferralReason::ALL.map(|reason| reason.texts(pack));
    let lines = safety
        .crisis
        .iter()
        .chain(&safety.acute_risk_unknown)
        .chain(reasons.iter().flat_map(|n| [&n.why, &n.instead]));
    for line in lines {
        if line.trim().is_empty() {
            problems.push(Problem::error("[safety", "een veiligheidstekst is leeg"));
        }
        check_unfilled("[safety", "veiligheidstekst", line, problems);
    }
    if safety.crisis.is_empty() || safety.acute_risk_unknown.is_empty() {
        problems.push(Problem::error("[safety]", "het crisisvak heeft geen tekst"));
    }
    check_sources(pack, "[safety]", "[safety]", &safety.sources, problems);
    for reason in reasons {
        if let Some(route) = reason
            .alternative
            .as_ref()
            .filter(|r| pack.route(r).is_none())
        {
            problems.push(Problem::error(
                "alternative",
                format!("alternative = \"{route}\": die route bestaat niet"),
            ));
        }
    }
}

/// Whether `word` occurs in `text` as a whole word ("HIS" in "in het HIS", not in "HISTORIE").
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
