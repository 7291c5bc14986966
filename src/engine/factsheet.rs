//! The regional factsheet "Welzijn op Recept voor zorgverleners" as pack data (issue 9).
//!
//! Every sentence the factsheet states carries the sources that back it; the view shows them as
//! footnotes. `base.toml` holds the shared, national factsheet. A region's `[factsheet]` replaces
//! whole lists (a regional process is never mixed with the base's steps), except `facts`, which
//! it adds after the base's: regional figures beside the national ones.
//!
//! The checks here hold the factsheet to the rules of every text a user reads (`wording`), plus
//! its own: a source per claim, enough examples both ways, a real process, and a contact time that
//! is called a target and names the source that sets it.

use super::ids::{RouteId, SourceId};
use super::model::Pack;
use super::problem::{Anchor, Problem};
use super::validate::{PLACEHOLDERS, check_sources, placeholders};
use super::wording::check_sentence;
use crate::privacy::{self, PiiKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A sentence the factsheet states, with the sources that back it (shown as footnotes).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// One step of the referral process, from the first signal to the feedback.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessStep {
    pub title: String,
    /// Who acts, or who contacts whom ("Welzijnscoach → patiënt").
    pub who: String,
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// A patient as a referrer meets them, and whether Welzijn op Recept fits.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PatientExample {
    /// One or two short sentences.
    pub story: String,
    pub fits: bool,
    /// Where the patient goes when Welzijn op Recept does not fit.
    #[serde(default)]
    pub instead: Option<RouteId>,
    pub why: String,
    pub sources: Vec<SourceId>,
}

/// A field of activities or solutions the welzijnsprofessional can point to.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfferArea {
    pub name: String,
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// A route beside Welzijn op Recept: when it fits ("wanneer wel") and when not.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonRow {
    pub route: RouteId,
    /// Wanneer wel.
    pub when: String,
    /// Wanneer niet.
    pub not_when: String,
    pub sources: Vec<SourceId>,
}

/// The regional factsheet for every referrer type, printable on two A4 pages together with the
/// region's gemeenten and organisations.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Factsheet {
    pub title: String,
    pub what_it_is: Vec<Claim>,
    pub what_it_is_not: Vec<Claim>,
    /// What welzijn means.
    pub welzijn: Vec<Claim>,
    /// What the welzijnsprofessional adds.
    pub professional_adds: Vec<Claim>,
    /// From the first signal to the feedback.
    pub process: Vec<ProcessStep>,
    pub target_groups: Vec<Claim>,
    pub signals: Vec<Claim>,
    pub examples: Vec<PatientExample>,
    pub offer_areas: Vec<OfferArea>,
    pub comparison: Vec<ComparisonRow>,
    /// Facts and figures, national first, then the region's own.
    pub facts: Vec<Claim>,
    /// What to tell the patient about the organisation.
    pub tell_patient: Vec<Claim>,
    /// Tips for "het andere gesprek" (Positieve Gezondheid) in the consult.
    pub conversation_tips: Vec<Claim>,
}

/// A region's `[factsheet]`: each list given replaces the base's; `facts` are added after the
/// base's facts.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactsheetOverride {
    pub title: Option<String>,
    pub what_it_is: Option<Vec<Claim>>,
    pub what_it_is_not: Option<Vec<Claim>>,
    pub welzijn: Option<Vec<Claim>>,
    pub professional_adds: Option<Vec<Claim>>,
    pub process: Option<Vec<ProcessStep>>,
    pub target_groups: Option<Vec<Claim>>,
    pub signals: Option<Vec<Claim>>,
    pub examples: Option<Vec<PatientExample>>,
    pub offer_areas: Option<Vec<OfferArea>>,
    pub comparison: Option<Vec<ComparisonRow>>,
    /// Added after the base's facts, never replacing them.
    pub facts: Option<Vec<Claim>>,
    pub tell_patient: Option<Vec<Claim>>,
    pub conversation_tips: Option<Vec<Claim>>,
}

impl FactsheetOverride {
    pub fn apply(self, sheet: &mut Factsheet) {
        fn replace<T>(field: &mut T, value: Option<T>) {
            if let Some(value) = value {
                *field = value;
            }
        }
        replace(&mut sheet.title, self.title);
        replace(&mut sheet.what_it_is, self.what_it_is);
        replace(&mut sheet.what_it_is_not, self.what_it_is_not);
        replace(&mut sheet.welzijn, self.welzijn);
        replace(&mut sheet.professional_adds, self.professional_adds);
        replace(&mut sheet.process, self.process);
        replace(&mut sheet.target_groups, self.target_groups);
        replace(&mut sheet.signals, self.signals);
        replace(&mut sheet.examples, self.examples);
        replace(&mut sheet.offer_areas, self.offer_areas);
        replace(&mut sheet.comparison, self.comparison);
        replace(&mut sheet.tell_patient, self.tell_patient);
        replace(&mut sheet.conversation_tips, self.conversation_tips);
        sheet.facts.extend(self.facts.unwrap_or_default());
    }
}

/// The placeholders a factsheet text may use. The factsheet speaks for the whole region, so only
/// region-wide facts are filled in (`Pack::fill_in(None, text)`), never a gemeente's.
pub const FACTSHEET_PLACEHOLDERS: &[&str] = &["kanaal", "contactnorm", "icpc"];
/// At least this many patient examples ...
pub const MIN_EXAMPLES: usize = 8;
/// ... of which at least this many fit, and this many do not.
pub const MIN_EXAMPLES_EACH_WAY: usize = 4;
/// A process of fewer steps does not show who does what.
pub const MIN_PROCESS_STEPS: usize = 4;
/// Above this many words a sentence is a warning: the factsheet must fit on two A4 pages.
pub const MAX_WORDS_SENTENCE: usize = 30;
/// Above this many words a cell of the comparison table is a warning.
pub const MAX_WORDS_CELL: usize = 20;

/// Where the factsheet starts in a file: `[factsheet]` or `[[factsheet.…]]`.
const SECTION: &str = "[factsheet";

/// Every problem in the pack's factsheet.
pub(super) fn check_factsheet(pack: &Pack, problems: &mut Vec<Problem>) {
    let sheet = &pack.factsheet;
    let check = Checker { pack };
    check.text(
        &list_anchor("title"),
        "factsheet (title)",
        &sheet.title,
        None,
        problems,
    );
    for (list, label, claims) in [
        ("what_it_is", "wat het is", &sheet.what_it_is),
        ("what_it_is_not", "wat het niet is", &sheet.what_it_is_not),
        ("welzijn", "wat welzijn is", &sheet.welzijn),
        (
            "professional_adds",
            "meerwaarde welzijnsprofessional",
            &sheet.professional_adds,
        ),
        ("target_groups", "doelgroepen", &sheet.target_groups),
        ("signals", "signalen", &sheet.signals),
        ("facts", "feiten en cijfers", &sheet.facts),
        (
            "tell_patient",
            "wat vertelt u de patiënt",
            &sheet.tell_patient,
        ),
        (
            "conversation_tips",
            "tips voor het andere gesprek",
            &sheet.conversation_tips,
        ),
    ] {
        not_empty(list, label, claims.len(), problems);
        for claim in claims {
            let anchor = item_anchor(list, &claim.text);
            let what = format!("factsheet ({label}) '{}'", short(&claim.text));
            check.text(
                &anchor,
                &what,
                &claim.text,
                Some(MAX_WORDS_SENTENCE),
                problems,
            );
            check.sources(anchor, &what, &claim.text, &claim.sources, problems);
        }
    }
    check.process(&sheet.process, problems);
    check.examples(&sheet.examples, problems);
    not_empty("offer_areas", "aanbod", sheet.offer_areas.len(), problems);
    for area in &sheet.offer_areas {
        let anchor = item_anchor("offer_areas", &area.name);
        let what = format!("factsheet (aanbod) '{}'", short(&area.name));
        check.text(&anchor, &what, &area.name, None, problems);
        check.text(&anchor, &what, &area.text, Some(MAX_WORDS_CELL), problems);
        check.sources(anchor, &what, &area.text, &area.sources, problems);
    }
    check.comparison(&sheet.comparison, problems);
}

struct Checker<'a> {
    pack: &'a Pack,
}

impl Checker<'_> {
    fn process(&self, steps: &[ProcessStep], problems: &mut Vec<Problem>) {
        if steps.len() < MIN_PROCESS_STEPS {
            problems.push(Problem::error(
                list_anchor("process"),
                format!(
                    "het proces in de factsheet heeft {} stap(pen); er zijn er minstens {MIN_PROCESS_STEPS} nodig, van het eerste signaal tot de terugkoppeling",
                    steps.len()
                ),
            ));
        }
        for step in steps {
            let anchor = item_anchor("process", &step.title);
            let what = format!("factsheet (processtap) '{}'", short(&step.title));
            self.text(&anchor, &what, &step.title, None, problems);
            self.text(&anchor, &what, &step.who, None, problems);
            self.text(
                &anchor,
                &what,
                &step.text,
                Some(MAX_WORDS_SENTENCE),
                problems,
            );
            let said = format!("{} {} {}", step.title, step.who, step.text);
            self.sources(anchor, &what, &said, &step.sources, problems);
        }
    }

    fn examples(&self, examples: &[PatientExample], problems: &mut Vec<Problem>) {
        let fitting = examples.iter().filter(|e| e.fits).count();
        let other = examples.len() - fitting;
        let anchor = list_anchor("examples");
        if examples.len() < MIN_EXAMPLES {
            problems.push(Problem::error(
                anchor.clone(),
                format!(
                    "de factsheet heeft {} voorbeelden van patiënten; er zijn er minstens {MIN_EXAMPLES} nodig",
                    examples.len()
                ),
            ));
        }
        for (count, kind) in [
            (fitting, "waarbij Welzijn op Recept past (fits = true)"),
            (other, "waarbij het niet past (fits = false)"),
        ] {
            if count < MIN_EXAMPLES_EACH_WAY {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!(
                        "de factsheet heeft {count} voorbeeld(en) {kind}; er zijn er minstens {MIN_EXAMPLES_EACH_WAY} nodig"
                    ),
                ));
            }
        }
        for example in examples {
            let anchor = item_anchor("examples", &example.story);
            let what = format!("factsheet (voorbeeld) '{}'", short(&example.story));
            self.text(
                &anchor,
                &what,
                &example.story,
                Some(MAX_WORDS_SENTENCE),
                problems,
            );
            self.text(
                &anchor,
                &what,
                &example.why,
                Some(MAX_WORDS_SENTENCE),
                problems,
            );
            let said = format!("{} {}", example.story, example.why);
            self.sources(anchor.clone(), &what, &said, &example.sources, problems);
            match (&example.instead, example.fits) {
                (None, false) => problems.push(Problem::error(
                    anchor,
                    format!(
                        "{what} past niet (fits = false), maar zegt niet waar de patiënt dan heen gaat: voeg instead = \"route\" toe"
                    ),
                )),
                (Some(route), true) => problems.push(Problem::error(
                    anchor,
                    format!(
                        "{what} past wel (fits = true), maar noemt toch instead = \"{route}\": haal instead weg of zet fits = false"
                    ),
                )),
                (Some(route), false) if self.pack.route(route).is_none() => {
                    problems.push(Problem::error(
                        anchor,
                        format!("{what}: instead = \"{route}\", maar die route bestaat niet"),
                    ));
                }
                _ => {}
            }
        }
    }

    fn comparison(&self, rows: &[ComparisonRow], problems: &mut Vec<Problem>) {
        not_empty("comparison", "vergelijking", rows.len(), problems);
        let mut seen = BTreeSet::new();
        for row in rows {
            let anchor = Anchor {
                after: Some(SECTION),
                needle: format!("route = \"{}\"", row.route),
            };
            let what = format!("factsheet (vergelijking) route '{}'", row.route);
            if self.pack.route(&row.route).is_none() {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!("{what}: die route bestaat niet"),
                ));
            }
            if !seen.insert(&row.route) {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!("{what} staat twee keer in de vergelijking"),
                ));
            }
            self.text(&anchor, &what, &row.when, Some(MAX_WORDS_CELL), problems);
            self.text(
                &anchor,
                &what,
                &row.not_when,
                Some(MAX_WORDS_CELL),
                problems,
            );
            let said = format!("{} {}", row.when, row.not_when);
            self.sources(anchor, &what, &said, &row.sources, problems);
        }
    }

    /// A text the user reads: the rules of every such text, the factsheet's placeholders, no
    /// contact details of a person, and (a warning) not too long for two A4 pages.
    fn text(
        &self,
        anchor: &Anchor,
        what: &str,
        text: &str,
        max_words: Option<usize>,
        problems: &mut Vec<Problem>,
    ) {
        if text.trim().is_empty() {
            problems.push(Problem::error(
                anchor.clone(),
                format!("{what}: een tekst is leeg"),
            ));
            return;
        }
        // The wording rules speak of a route's anchor; the problem belongs on this item's line.
        let mut found = Vec::new();
        check_sentence("", what, text, &mut found);
        // Its hint to use {organisatie} does not hold here (see FACTSHEET_PLACEHOLDERS).
        problems.extend(found.into_iter().map(|p| Problem {
            anchor: anchor.clone(),
            message: p.message.replace(" of gebruik {organisatie}", ""),
            ..p
        }));
        for name in placeholders(text)
            .into_iter()
            .filter(|n| PLACEHOLDERS.contains(n) && !FACTSHEET_PLACEHOLDERS.contains(n))
        {
            problems.push(Problem::error(
                anchor.clone(),
                format!(
                    "{what}: invulplek {{{name}}} past niet in de factsheet, die voor de hele regio geldt; bekend zijn: {}",
                    FACTSHEET_PLACEHOLDERS.join(", ")
                ),
            ));
        }
        for kind in privacy::kinds(text) {
            if matches!(kind, PiiKind::Email | PiiKind::Telefoonnummer) {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!(
                        "{what}: bevat een {}; de factsheet noemt organisaties, nooit de gegevens van een persoon",
                        kind.label()
                    ),
                ));
            }
        }
        let words = text.split_whitespace().count();
        if let Some(max) = max_words.filter(|max| words > *max) {
            problems.push(Problem::warning(
                anchor.clone(),
                format!(
                    "{what}: {words} woorden; houd het bij hoogstens {max}, zodat de factsheet op twee A4 past"
                ),
            ));
        }
    }

    /// At least one source, each in the pack; a text with the contact time names the source that
    /// sets it and calls it a target.
    fn sources(
        &self,
        anchor: Anchor,
        what: &str,
        said: &str,
        sources: &[SourceId],
        problems: &mut Vec<Problem>,
    ) {
        check_sources(self.pack, anchor.clone(), what, sources, problems);
        if placeholders(said).contains(&"contactnorm") {
            let norm = &self.pack.region.contact_norm;
            if !sources.contains(&norm.source) {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!(
                        "{what} noemt de termijn {{contactnorm}}, maar niet de bron die die termijn stelt: voeg '{}' toe aan sources",
                        norm.source
                    ),
                ));
            }
            let lower = said.to_lowercase();
            if !(lower.contains("streef") || lower.contains("streven")) {
                problems.push(Problem::error(
                    anchor,
                    format!(
                        "{what} noemt de termijn {{contactnorm}} als belofte; het is een streven: schrijf 'streeft ernaar'"
                    ),
                ));
            }
        }
    }
}

fn not_empty(list: &'static str, label: &str, len: usize, problems: &mut Vec<Problem>) {
    if len == 0 {
        problems.push(Problem::error(
            list_anchor(list),
            format!("de factsheet heeft niets bij '{list}' ({label})"),
        ));
    }
}

/// The line of a list's key, e.g. `examples = [`.
fn list_anchor(list: &'static str) -> Anchor {
    Anchor {
        after: Some(SECTION),
        needle: format!("{list} ="),
    }
}

/// The line of one item: where its text starts. TOML escapes quotes and backslashes, so the text
/// is searched for up to the first of those.
fn item_anchor(list: &'static str, text: &str) -> Anchor {
    let start: String = text
        .chars()
        .take_while(|c| !matches!(c, '"' | '\\' | '\n'))
        .take(60)
        .collect();
    if start.trim().is_empty() {
        list_anchor(list)
    } else {
        Anchor {
            after: Some(SECTION),
            needle: format!("\"{start}"),
        }
    }
}

/// The start of a text, for a message.
fn short(text: &str) -> String {
    const LEN: usize = 40;
    let mut cut: String = text.chars().take(LEN).collect();
    if text.chars().count() > LEN {
        cut.push('…');
    }
    cut
}
