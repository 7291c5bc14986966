//! Loading a region pack: parse both TOML files, merge the region over its base, validate.
//!
//! Every problem becomes a `Finding` that names the file, the line where one can be found,
//! and the reason in plain Dutch, so a pack editor can fix it without reading Rust.

use super::model::{BaseFile, Pack, QuestionOverride, RegionFile, RouteOverride};
use super::ordered::{IdKey, IdMap};
use super::problem::{Anchor, Problem};
use super::validate::{validate, validate_thoroughly};
use serde::Deserialize;
use std::fmt;

/// A pack file's name (as shown in messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct PackSource<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing a pack editor should know about, located as well as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "fout",
            Severity::Warning => "waarschuwing",
        };
        match self.line {
            Some(line) => write!(f, "{}:{line}: {kind}: {}", self.file, self.message),
            None => write!(f, "{}: {kind}: {}", self.file, self.message),
        }
    }
}

/// A pack that could not be loaded: at least one finding is an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub findings: Vec<Finding>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// The base a region file builds on (its `extends`), read before the whole file is parsed.
pub fn base_name(region: &PackSource) -> Result<String, LoadError> {
    #[derive(Deserialize)]
    struct Extends {
        extends: String,
    }
    toml::from_str::<Extends>(region.text)
        .map(|e| e.extends)
        .map_err(|e| LoadError {
            findings: vec![parse_finding(region, &e)],
        })
}

/// Loads, merges and validates the structure of a region pack (fast enough for start-up).
/// Warnings come back with the pack.
pub fn load_pack(
    region: &PackSource,
    base: &PackSource,
) -> Result<(Pack, Vec<Finding>), LoadError> {
    load_with(region, base, validate)
}

/// `load_pack` plus every answer path walked: what the checker and the tests run.
pub fn check_pack(
    region: &PackSource,
    base: &PackSource,
) -> Result<(Pack, Vec<Finding>), LoadError> {
    load_with(region, base, validate_thoroughly)
}

fn load_with(
    region: &PackSource,
    base: &PackSource,
    validate: fn(&Pack) -> Vec<Problem>,
) -> Result<(Pack, Vec<Finding>), LoadError> {
    let region_file =
        toml::from_str::<RegionFile>(region.text).map_err(|e| parse_finding(region, &e));
    let base_file = toml::from_str::<BaseFile>(base.text).map_err(|e| parse_finding(base, &e));
    let (region_file, base_file) = match (region_file, base_file) {
        (Ok(r), Ok(b)) => (r, b),
        (r, b) => {
            let findings = [r.err(), b.err()].into_iter().flatten().collect();
            return Err(LoadError { findings });
        }
    };

    let mut problems = Vec::new();
    let base_stem = std::path::Path::new(base.name)
        .file_stem()
        .and_then(|s| s.to_str());
    if base_stem != Some(region_file.extends.as_str()) {
        problems.push(Problem::error(
            "extends",
            format!(
                "extends = \"{}\", maar de basis die is geladen heet '{}'",
                region_file.extends, base.name
            ),
        ));
    }
    // A region is one file: its id is the file's name, so the app, the CLI and the tests all
    // find it the same way.
    let region_stem = std::path::Path::new(region.name)
        .file_stem()
        .and_then(|s| s.to_str());
    let id = region_file.region.id.as_str();
    if let Some(stem) = region_stem.filter(|stem| *stem != id) {
        problems.push(Problem::error(
            Anchor {
                after: Some("[region]"),
                needle: format!("id = \"{id}\""),
            },
            format!("[region] id = \"{id}\", maar het bestand heet {stem}.toml: maak ze gelijk"),
        ));
    }
    let (mut pack, merge_problems) = merge(base_file, region_file);
    problems.extend(merge_problems);
    let findings: Vec<Finding> = problems
        .into_iter()
        .chain(validate(&pack))
        .map(|p| locate(p, region, base))
        .collect();
    if findings.iter().any(|f| f.severity == Severity::Error) {
        Err(LoadError { findings })
    } else {
        crate::fingerprint::stamp(&mut pack);
        Ok((pack, findings))
    }
}

fn merge(base: BaseFile, region: RegionFile) -> (Pack, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut questions = base.questions;
    override_each(
        &mut questions,
        region.questions,
        "questions",
        "vraag",
        QuestionOverride::apply,
        &mut problems,
    );
    let mut routes = base.routes;
    override_each(
        &mut routes,
        region.routes,
        "routes",
        "route",
        RouteOverride::apply,
        &mut problems,
    );
    let mut sources = IdMap::new();
    for source in base.sources.into_iter().chain(region.sources) {
        if sources.contains_key(&source.id) {
            problems.push(Problem::error(
                format!("id = \"{}\"", source.id),
                format!("bron '{}' staat twee keer in het pakket", source.id),
            ));
        }
        sources.insert(source.id.clone(), source);
    }
    // The region's factsheet lists replace the base's; its facts come after the base's.
    let mut factsheet = base.factsheet;
    if let Some(change) = region.factsheet {
        change.apply(&mut factsheet);
    }
    let pack = Pack {
        region: region.region,
        base_version: base.pack.version,
        base_date: base.pack.date,
        labels: base.labels,
        sources,
        referrer_types: base.referrer_types,
        dimensions: base.dimensions,
        referral_reasons: base.referral_reasons,
        gemeenten: region.gemeenten,
        questions,
        routes,
        flow: base.flow,
        addons: base.addons,
        safety: base.safety,
        // Training cases live in their own file, checked against this merged pack:
        // `training::load_training` fills them in.
        training: Vec::new(),
        factsheet,
        // Stamped once the pack is validated (`load_with`).
        fingerprint: Default::default(),
    };
    (pack, problems)
}

/// Applies a region's overrides to the base's items; an id the base lacks is an error.
fn override_each<K: IdKey + std::fmt::Display, V, O>(
    items: &mut IdMap<K, V>,
    overrides: IdMap<K, O>,
    table: &str,
    noun: &str,
    apply: fn(O, &mut V),
    problems: &mut Vec<Problem>,
) {
    for (id, change) in overrides {
        match items.get_mut(&id) {
            Some(item) => apply(change, item),
            None => problems.push(Problem::error(
                format!("[{table}.{id}]"),
                format!("de regio past {noun} '{id}' aan, maar de basis kent die {noun} niet"),
            )),
        }
    }
}

/// Finds the line a problem is about: first in the region file, then in the base.
fn locate(problem: Problem, region: &PackSource, base: &PackSource) -> Finding {
    let found = [region, base].into_iter().find_map(|source| {
        problem
            .anchor
            .line_in(source.text)
            .map(|line| (source.name, Some(line)))
    });
    let (file, line) = found.unwrap_or((region.name, None));
    Finding {
        severity: problem.severity,
        file: file.to_owned(),
        line,
        message: problem.message,
    }
}

fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub(super) fn parse_finding(source: &PackSource, error: &toml::de::Error) -> Finding {
    Finding {
        severity: Severity::Error,
        file: source.name.to_owned(),
        line: error.span().map(|span| line_at(source.text, span.start)),
        message: in_dutch(error.message()),
    }
}

/// The parser speaks English; pack editors read Dutch. The common cases are translated,
/// the rest is kept behind a Dutch lead so nothing is lost.
fn in_dutch(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("missing field ") {
        format!("verplicht veld {rest} ontbreekt")
    } else if let Some(rest) = message.strip_prefix("unknown field ") {
        format!(
            "onbekend veld {}",
            rest.replace(", expected one of", "; toegestaan zijn")
                .replace(", expected", "; toegestaan is")
        )
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        format!(
            "onbekende waarde {}",
            rest.replace(", expected one of", "; toegestaan zijn")
                .replace(", expected", "; toegestaan is")
        )
    } else if let Some(rest) = message.strip_prefix("invalid type: ") {
        format!(
            "verkeerd soort waarde: {}",
            rest.replace(", expected", ", verwacht")
        )
    } else if message.starts_with("duplicate key") {
        format!("sleutel staat twee keer in het bestand ({message})")
    } else {
        format!("het bestand is geen geldige TOML of past niet in het schema: {message}")
    }
}
