//! Training cases ("oefencasussen"): short patient stories with the answers, route and add-ons
//! a trainee should reach, and a teaching point per key question.
//!
//! A region keeps them in one file, `content/oefenen/<region>.toml`. They are data, like the
//! pack, and they are checked against the pack's own decision tree when loaded: a case whose
//! answers no longer lead to its route (because the tree changed) fails the load with the file,
//! the line of the case and the reason in Dutch. So a trainee is never taught an outcome the
//! engine would not give. The checked cases ship inside the pack (`Pack::training`).

use super::evaluate::{Answers, Context, Walk, evaluate};
use super::ids::{AnswerCode, CaseId, GemeenteId, QuestionId, ReferrerId, RegionId, RouteId};
use super::load::{Finding, LoadError, PackSource, Severity, parse_finding};
use super::model::Pack;
use super::ordered::{IdMap, IdSet};
use super::validate::placeholders;
use serde::{Deserialize, Serialize};

/// Fewer cases than this is too few for a training session: the checker warns.
pub const MIN_TRAINING_CASES: usize = 20;

/// The longest case id: ids are for files and links, the title is for people.
pub const MAX_CASE_ID_LEN: usize = 24;

/// One training case: a patient story and what a referrer should answer and find.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingCase {
    /// Short and unique in the file: lowercase letters, digits and '-'.
    pub id: CaseId,
    /// A few words, for the list of cases.
    pub title: String,
    /// The patient story, 2-4 sentences of plain B1 Dutch, no real names.
    pub story: String,
    /// The gemeente the case plays in (its settings, e.g. youth, apply).
    #[serde(default)]
    pub gemeente: Option<GemeenteId>,
    /// The type of referrer who tells the story.
    #[serde(default)]
    pub referrer: Option<ReferrerId>,
    /// The primary route the answers should lead to.
    pub route: RouteId,
    /// The "ook overwegen" routes the answers should add, in any order.
    #[serde(default)]
    pub also: Vec<RouteId>,
    /// The expected answer to every question the walk asks.
    pub answers: IdMap<QuestionId, AnswerCode>,
    /// One teaching point per key question.
    pub teaching: IdMap<QuestionId, String>,
}

/// The shape of a training file, e.g. `content/oefenen/dwo.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TrainingFile {
    pub region: RegionId,
    #[serde(default)]
    pub cases: Vec<TrainingCase>,
}

impl Pack {
    pub fn training_case(&self, id: &CaseId) -> Option<&TrainingCase> {
        self.training.iter().find(|c| &c.id == id)
    }
}

/// One row of the feedback: a question asked in the expected path or in the trainee's walk.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerComparison<'a> {
    pub question: &'a QuestionId,
    /// The case's answer; `None` when the expected walk never asks this question.
    pub expected: Option<&'a AnswerCode>,
    /// The trainee's answer; `None` when the trainee's walk never asked this question.
    pub given: Option<&'a AnswerCode>,
    /// The case's teaching point for this question, if it is a key question.
    pub teaching: Option<&'a str>,
}

impl AnswerComparison<'_> {
    /// The trainee was asked this question and gave the expected answer.
    pub fn is_correct(&self) -> bool {
        self.expected.is_some() && self.expected == self.given
    }
}

/// How a trainee's walk compares with a case: per question, and for the outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseComparison<'a> {
    /// The expected walk's questions in order, then the questions only the trainee was asked.
    pub rows: Vec<AnswerComparison<'a>>,
    pub route_matches: bool,
    /// The add-ons match as a set.
    pub also_matches: bool,
    pub expected_route: &'a RouteId,
    pub expected_also: &'a [RouteId],
}

impl CaseComparison<'_> {
    /// Route, add-ons and every answer match.
    pub fn all_correct(&self) -> bool {
        self.route_matches && self.also_matches && self.rows.iter().all(|r| r.is_correct())
    }
}

impl TrainingCase {
    /// The case's answers, as the engine takes them.
    pub fn answers(&self) -> Answers {
        self.answers
            .iter()
            .map(|(q, a)| (q.clone(), a.clone()))
            .collect()
    }

    /// The context the case plays in: its gemeente's settings, else the region's.
    pub fn context(&self, pack: &Pack) -> Context {
        // The loader refuses a gemeente the pack does not know, so the fallback only serves a
        // case paired with another region's pack by mistake; it then still gives a walk.
        Context::new(pack, self.gemeente.as_ref()).unwrap_or_else(|_| Context::region(pack))
    }

    /// The walk the case's answers make: what the trainee should arrive at.
    pub fn expected_walk(&self, pack: &Pack) -> Walk {
        evaluate(pack, &self.context(pack), &self.answers())
    }

    /// Compares a trainee's walk with the case. The pack gives the order of the expected
    /// questions (the case's answers are kept by question id, not in the order they are asked).
    pub fn compare<'a>(&'a self, pack: &Pack, walk: &'a Walk) -> CaseComparison<'a> {
        let teaching = |q: &QuestionId| self.teaching.get(q).map(String::as_str);
        let expected = self.expected_walk(pack);
        let mut rows = Vec::new();
        let mut shown = IdSet::new();
        for step in &expected.path {
            // Every step of the expected walk answers a question of the case, so the id can be
            // borrowed from the case (the expected walk itself is dropped at the end).
            let Some((question, answer)) = self.answers.get_key_value(&step.question) else {
                continue;
            };
            shown.insert(question);
            rows.push(AnswerComparison {
                question,
                expected: Some(answer),
                given: walk.step(question).map(|s| &s.answer),
                teaching: teaching(question),
            });
        }
        for step in walk.path.iter().filter(|s| !shown.contains(&s.question)) {
            rows.push(AnswerComparison {
                question: &step.question,
                expected: None,
                given: Some(&step.answer),
                teaching: teaching(&step.question),
            });
        }
        let expected_also: IdSet<&RouteId> = self.also.iter().collect();
        let given_also: IdSet<&RouteId> = walk.also.iter().collect();
        CaseComparison {
            rows,
            route_matches: walk.primary.as_ref() == Some(&self.route),
            also_matches: expected_also == given_also,
            expected_route: &self.route,
            expected_also: &self.also,
        }
    }
}

/// Reads a region's training file and checks every case against the pack's decision tree.
/// Every problem is an error: a case that teaches a wrong outcome must not ship.
pub fn load_training(source: &PackSource, pack: &Pack) -> Result<Vec<TrainingCase>, LoadError> {
    let file = toml::from_str::<TrainingFile>(source.text).map_err(|e| LoadError {
        findings: vec![parse_finding(source, &e)],
    })?;
    let lines = Lines::new(source.text);
    let mut problems = Vec::new();
    if file.region != pack.region.id {
        problems.push((
            lines.top_line("region"),
            format!(
                "region = \"{}\", maar dit is het oefenbestand van regio '{}': maak ze gelijk",
                file.region, pack.region.id
            ),
        ));
    }
    let mut seen = IdSet::new();
    for (index, case) in file.cases.iter().enumerate() {
        let at = CaseLines {
            lines: &lines,
            index,
        };
        if !seen.insert(&case.id) {
            problems.push((
                at.id_line(),
                format!("casus '{}' staat twee keer in het bestand", case.id),
            ));
        }
        check_case(case, pack, &at, &mut problems);
    }
    if problems.is_empty() {
        Ok(file.cases)
    } else {
        Err(LoadError {
            findings: problems
                .into_iter()
                .map(|(line, message)| Finding {
                    severity: Severity::Error,
                    file: source.name.to_owned(),
                    line,
                    message,
                })
                .collect(),
        })
    }
}

/// The checker's warning when a region has too few cases for a training session (also when
/// it has no training file at all: `file` then names where it belongs).
pub fn training_count_warning(pack: &Pack, file: &str) -> Option<Finding> {
    let count = pack.training.len();
    (count < MIN_TRAINING_CASES).then(|| Finding {
        severity: Severity::Warning,
        file: file.to_owned(),
        line: None,
        message: format!(
            "regio {} heeft {count} oefencasussen; voor een training zijn er minstens {MIN_TRAINING_CASES} nodig",
            pack.region.id
        ),
    })
}

type Problems = Vec<(Option<usize>, String)>;

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_CASE_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<String> = items.into_iter().map(|i| i.to_string()).collect();
    if items.is_empty() {
        "geen".to_owned()
    } else {
        items.join(", ")
    }
}

fn check_case(case: &TrainingCase, pack: &Pack, at: &CaseLines, problems: &mut Problems) {
    let id = &case.id;
    let mut error = |line: Option<usize>, message: String| {
        problems.push((line, format!("casus '{id}': {message}")));
    };
    if !valid_id(id.as_str()) {
        error(
            at.id_line(),
            format!(
                "het id mag alleen kleine letters, cijfers en '-' bevatten en hooguit {MAX_CASE_ID_LEN} tekens lang zijn"
            ),
        );
    }
    for (field, text) in [("title", &case.title), ("story", &case.story)] {
        if text.trim().is_empty() {
            error(at.field(field), format!("'{field}' is leeg"));
        }
    }
    // Nothing fills placeholders in a training text: `{organisatie}` would reach the trainee
    // as it stands.
    let texts = [("title", None, &case.title), ("story", None, &case.story)]
        .into_iter()
        .chain(
            case.teaching
                .iter()
                .map(|(q, text)| ("teaching", Some(q.as_str()), text)),
        );
    for (field, key, text) in texts {
        if let Some(name) = placeholders(text).first() {
            let line = key.map_or_else(|| at.field(field), |q| at.entry("teaching", q));
            error(
                line,
                format!(
                    "de tekst bevat '{{{name}}}'; in een oefencasus wordt niets ingevuld, schrijf het uit"
                ),
            );
        }
    }

    let mut walkable = true;
    if let Some(gemeente) = case
        .gemeente
        .as_ref()
        .filter(|g| pack.gemeente(g).is_none())
    {
        walkable = false;
        error(
            at.field("gemeente"),
            format!(
                "gemeente '{gemeente}' hoort niet bij regio {}; kies uit: {}",
                pack.region.id,
                list(pack.gemeenten.iter().map(|g| &g.id))
            ),
        );
    }
    let known_referrer = |r: &&ReferrerId| pack.referrer_types.iter().any(|t| &t.id == *r);
    if let Some(referrer) = case.referrer.as_ref().filter(|r| !known_referrer(r)) {
        error(
            at.field("referrer"),
            format!(
                "verwijzer '{referrer}' is onbekend; kies uit: {}",
                list(pack.referrer_types.iter().map(|r| &r.id))
            ),
        );
    }
    for (field, route) in
        std::iter::once(("route", &case.route)).chain(case.also.iter().map(|r| ("also", r)))
    {
        if pack.route(route).is_none() {
            error(
                at.field(field),
                format!(
                    "route '{route}' bestaat niet; kies uit: {}",
                    list(pack.routes.keys())
                ),
            );
        }
    }
    for (question, code) in &case.answers {
        match pack.question(question) {
            None => {
                walkable = false;
                error(
                    at.entry("answers", question.as_str()),
                    format!("vraag '{question}' bestaat niet"),
                );
            }
            Some(known) if !known.accepts(code) => {
                walkable = false;
                error(
                    at.entry("answers", question.as_str()),
                    format!(
                        "'{code}' is geen antwoord op '{question}'; kies uit: {}",
                        list(known.codes())
                    ),
                );
            }
            Some(_) => {}
        }
    }
    if case.teaching.is_empty() {
        error(
            at.id_line(),
            "geen leerpunt: geef in [cases.teaching] bij minstens één kernvraag een leerpunt"
                .to_owned(),
        );
    }
    for (question, text) in &case.teaching {
        if text.trim().is_empty() {
            error(
                at.entry("teaching", question.as_str()),
                format!("het leerpunt bij '{question}' is leeg"),
            );
        }
    }
    // With an unknown question, answer or gemeente the walk would say something misleading;
    // those errors are enough until they are fixed.
    if !walkable {
        return;
    }

    let walk = case.expected_walk(pack);
    let (Some(primary), None) = (&walk.primary, &walk.next) else {
        let missing = walk
            .next
            .as_ref()
            .map_or_else(String::new, |q| format!(": vraag '{q}' ontbreekt"));
        error(
            at.field("answers"),
            format!("de antwoorden leiden niet tot een uitkomst{missing}"),
        );
        return;
    };
    if primary != &case.route {
        error(
            at.field("route"),
            format!(
                "de beslisboom geeft route '{primary}', de casus verwacht '{}'",
                case.route
            ),
        );
    }
    let expected_also: IdSet<&RouteId> = case.also.iter().collect();
    let given_also: IdSet<&RouteId> = walk.also.iter().collect();
    if expected_also != given_also {
        error(
            at.field("also"),
            format!(
                "de beslisboom geeft ook overwegen: {}; de casus verwacht: {}",
                list(given_also),
                list(expected_also)
            ),
        );
    }
    let asked = |q: &QuestionId| walk.step(q).is_some();
    for question in case.answers.keys().filter(|q| !asked(q)) {
        error(
            at.entry("answers", question.as_str()),
            format!("vraag '{question}' wordt in deze casus niet gesteld; haal het antwoord weg"),
        );
    }
    for question in case.teaching.keys().filter(|q| !asked(q)) {
        let why = if pack.question(question).is_some() {
            "wordt in deze casus niet gesteld"
        } else {
            "bestaat niet"
        };
        error(
            at.entry("teaching", question.as_str()),
            format!("leerpunt bij vraag '{question}', maar die vraag {why}"),
        );
    }
}

/// The lines of a training file, to name the line of a case and its fields.
struct Lines<'a> {
    lines: Vec<&'a str>,
    /// The index of each `[[cases]]` header, in file order: the n-th is the n-th case.
    cases: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let lines: Vec<&str> = text.lines().collect();
        let cases = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with("[[cases]]"))
            .map(|(i, _)| i)
            .collect();
        Self { lines, cases }
    }

    /// The first line in `from..to` that sets `key` (`key = ...`), 1-based.
    fn key_line(&self, key: &str, from: usize, to: usize) -> Option<usize> {
        (from..to.min(self.lines.len()))
            .find(|&i| {
                self.lines[i]
                    .trim_start()
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| i + 1)
    }

    /// A key before the first case, e.g. `region`.
    fn top_line(&self, key: &str) -> Option<usize> {
        let end = self.cases.first().copied().unwrap_or(self.lines.len());
        self.key_line(key, 0, end)
    }
}

/// The lines of one case: from its `[[cases]]` header to the next.
struct CaseLines<'a> {
    lines: &'a Lines<'a>,
    index: usize,
}

impl CaseLines<'_> {
    fn block(&self) -> Option<(usize, usize)> {
        let start = *self.lines.cases.get(self.index)?;
        let end = self
            .lines
            .cases
            .get(self.index + 1)
            .copied()
            .unwrap_or(self.lines.lines.len());
        Some((start, end))
    }

    /// The case's `id = ...` line, else its header.
    fn id_line(&self) -> Option<usize> {
        let (start, end) = self.block()?;
        self.lines.key_line("id", start, end).or(Some(start + 1))
    }

    /// The line of a field of the case, else its id line.
    fn field(&self, key: &str) -> Option<usize> {
        let (start, end) = self.block()?;
        let table = format!("[cases.{key}]");
        let header = (start..end)
            .find(|&i| self.lines.lines[i].trim() == table)
            .map(|i| i + 1);
        self.lines
            .key_line(key, start, end)
            .or(header)
            .or_else(|| self.id_line())
    }

    /// The line of an entry in the case's `answers` or `teaching` table, else of the table.
    fn entry(&self, table: &str, key: &str) -> Option<usize> {
        let (start, end) = self.block()?;
        let header = format!("[cases.{table}]");
        let from = (start..end)
            .find(|&i| self.lines.lines[i].trim() == header)
            .unwrap_or(start);
        // Inside the table, up to the next table header; for an inline table, the field line.
        let to = (from + 1..end)
            .find(|&i| self.lines.lines[i].trim_start().starts_with('['))
            .unwrap_or(end);
        self.lines
            .key_line(key, from, to)
            .or_else(|| self.field(table))
    }
}
