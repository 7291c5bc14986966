//! Vignettes: patient stories as a referrer would tell them, with the route we expect.
//!
//! Every `tests/cases/<region>.toml` holds `[[case]]` tables for the bundled pack of that
//! region (the file stem is the region id). Each case gives the complete answers for every
//! question the flow reaches, and the expected primary route, add-ons ("ook overwegen"), open
//! checks, provisional flag and (optionally) the exact order of the questions asked.
//!
//! The test collects every mismatch in every file and fails once, with a report that names the
//! file, the case and each field that differs, so a pack editor sees all broken cases at once.
//!
//! Format of one case:
//!
//! ```toml
//! [[case]]
//! name = "Weduwe van 78, eenzaam sinds het overlijden van haar man, viel vorige maand"
//! referrer = "huisarts"        # a referrer type id of the pack
//! gemeente = "delft"           # optional
//! answers = "acute_risk=no,age_group=senior,..."
//! primary = "wor"
//! also = ["valpreventie"]      # sorted
//! open_checks = []             # sorted
//! provisional = false
//! path = ["acute_risk", "age_group", ...]  # optional: the exact question order
//! ```

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use verwijswijzer::engine::{
    Answers, Context, GemeenteId, Pack, RouteId, URGENT_CARE, evaluate, outlook,
};
use verwijswijzer::packs;

/// At least this many cases over all files.
const MIN_CASES: usize = 30;
/// The region whose cases must cover every primary route and every add-on: the default region
/// (`content/default-region.txt`), which comes first in the bundled list.
const DEFAULT_REGION: &str = packs::BUNDLED[0].region;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    #[serde(rename = "case", default)]
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    referrer: String,
    #[serde(default)]
    gemeente: Option<String>,
    answers: String,
    primary: String,
    also: Vec<String>,
    open_checks: Vec<String>,
    provisional: bool,
    #[serde(default)]
    path: Option<Vec<String>>,
}

/// Everything wrong with one file or one case.
struct Finding {
    file: String,
    case: Option<String>,
    problems: Vec<String>,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

fn case_files() -> Vec<PathBuf> {
    let dir = cases_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "kan map {} niet lezen / cannot read directory: {e}",
                dir.display()
            )
        })
        .map(|entry| entry.expect("map-item / directory entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

fn quoted(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", inner.join(", "))
}

fn strings<T: ToString>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    items.into_iter().map(|i| i.to_string()).collect()
}

/// The question ids answered more than once in an answer string (the engine keeps the last).
fn duplicate_answers(text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut twice = BTreeSet::new();
    for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some((question, _)) = pair.split_once('=') {
            let question = question.trim().to_owned();
            if !seen.insert(question.clone()) {
                twice.insert(question);
            }
        }
    }
    twice.into_iter().collect()
}

/// Checks one case against the pack; returns what differs (empty when all is well).
fn check_case(pack: &Pack, case: &Case) -> Vec<String> {
    let mut problems = Vec::new();

    if !pack
        .referrer_types
        .iter()
        .any(|r| r.id.as_str() == case.referrer)
    {
        problems.push(format!(
            "referrer: \"{}\" is geen verwijzerstype van het pakket / not a referrer type of the pack (kies uit / choose from: {})",
            case.referrer,
            strings(pack.referrer_types.iter().map(|r| &r.id)).join(", ")
        ));
    }
    let twice = duplicate_answers(&case.answers);
    if !twice.is_empty() {
        problems.push(format!(
            "answers: vraag meer dan eens beantwoord / question answered more than once: {}",
            twice.join(", ")
        ));
    }
    let mut sorted_also = case.also.clone();
    sorted_also.sort();
    if sorted_also != case.also {
        problems.push(format!(
            "also: verwachting niet gesorteerd / expectation not sorted: {}",
            quoted(&case.also)
        ));
    }
    let mut sorted_checks = case.open_checks.clone();
    sorted_checks.sort();
    if sorted_checks != case.open_checks {
        problems.push(format!(
            "open_checks: verwachting niet gesorteerd / expectation not sorted: {}",
            quoted(&case.open_checks)
        ));
    }
    if case.provisional == case.open_checks.is_empty() {
        problems.push(format!(
            "provisional: verwachting {} past niet bij open_checks {} / expectation contradicts the expected open checks",
            case.provisional,
            quoted(&case.open_checks)
        ));
    }

    let answers = match Answers::parse(pack, &case.answers) {
        Ok(answers) => answers,
        Err(e) => {
            problems.push(format!("answers: onleesbaar / cannot parse: {e}"));
            return problems;
        }
    };
    let gemeente = case.gemeente.as_deref().map(GemeenteId::from);
    let context = match Context::new(pack, gemeente.as_ref()) {
        Ok(context) => context,
        Err(e) => {
            problems.push(format!("gemeente: {e}"));
            return problems;
        }
    };
    let walk = evaluate(pack, &context, &answers);

    let got_primary = walk.primary.as_ref().map(ToString::to_string);
    if got_primary.as_deref() != Some(case.primary.as_str()) {
        problems.push(format!(
            "primary: verwacht / expected \"{}\", kreeg / got {}",
            case.primary,
            got_primary.map_or_else(
                || "geen route / no route".to_owned(),
                |p| format!("\"{p}\"")
            )
        ));
    }
    let got_also = strings(&walk.also);
    if got_also != case.also {
        problems.push(format!(
            "also: verwacht / expected {}, kreeg / got {}",
            quoted(&case.also),
            quoted(&got_also)
        ));
    }
    let got_checks = strings(&walk.open_checks);
    if got_checks != case.open_checks {
        problems.push(format!(
            "open_checks: verwacht / expected {}, kreeg / got {}",
            quoted(&case.open_checks),
            quoted(&got_checks)
        ));
    }
    if walk.provisional != case.provisional {
        problems.push(format!(
            "provisional: verwacht / expected {}, kreeg / got {}",
            case.provisional, walk.provisional
        ));
    }
    let got_path = strings(walk.path.iter().map(|s| &s.question));
    if let Some(path) = &case.path
        && &got_path != path
    {
        problems.push(format!(
            "path: verwacht / expected {}, kreeg / got {}",
            quoted(path),
            quoted(&got_path)
        ));
    }
    if let Some(next) = &walk.next {
        problems.push(format!(
            "onvolledig / incomplete: de engine vraagt nog / the engine still asks \"{next}\" (gesteld tot nu toe / asked so far: {})",
            quoted(&got_path)
        ));
    }
    problems
}

/// The primary routes the pack can end in: `urgent_care` plus every exit of the flow.
fn primary_routes(pack: &Pack) -> BTreeSet<RouteId> {
    let mut routes: BTreeSet<RouteId> = pack
        .flow
        .iter()
        .flat_map(|s| s.exits.iter().map(|e| e.route.clone()))
        .collect();
    routes.insert(RouteId::from(URGENT_CARE));
    routes
}

/// The primary routes reachable with the region's settings or any of its gemeenten'.
fn reachable_primaries(pack: &Pack) -> BTreeSet<RouteId> {
    let mut found: BTreeSet<RouteId> = outlook(pack, &Context::region(pack), &Answers::new())
        .primaries
        .into_iter()
        .collect();
    for gemeente in &pack.gemeenten {
        let context = Context::new(pack, Some(&gemeente.id))
            .expect("gemeente van het pakket zelf / the pack's own gemeente");
        found.extend(outlook(pack, &context, &Answers::new()).primaries);
    }
    found
}

/// The routes a case can expect in `also`: every add-on and every exit's `also`.
fn addon_routes(pack: &Pack) -> BTreeSet<RouteId> {
    let mut routes: BTreeSet<RouteId> = pack.addons.iter().map(|a| a.route.clone()).collect();
    routes.extend(
        pack.flow
            .iter()
            .flat_map(|s| s.exits.iter().flat_map(|e| e.also.iter().cloned())),
    );
    routes
}

#[test]
fn vignettes_match_the_engine() {
    let files = case_files();
    let mut findings: Vec<Finding> = Vec::new();
    let mut total = 0usize;
    let mut failed_cases = 0usize;

    for file in &files {
        let shown = file
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(file)
            .display()
            .to_string()
            .trim_start_matches(['/', '\\'])
            .to_owned();
        let mut file_problems = Vec::new();
        let region = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();

        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                findings.push(Finding {
                    file: shown,
                    case: None,
                    problems: vec![format!("onleesbaar / unreadable: {e}")],
                });
                continue;
            }
        };
        let parsed: CaseFile = match toml::from_str(&text) {
            Ok(parsed) => parsed,
            Err(e) => {
                findings.push(Finding {
                    file: shown,
                    case: None,
                    problems: vec![format!("TOML-fout / TOML error: {e}")],
                });
                continue;
            }
        };
        total += parsed.cases.len();

        let Some(bundled) = packs::bundled(&region) else {
            let known: Vec<&str> = packs::BUNDLED.iter().map(|p| p.region).collect();
            findings.push(Finding {
                file: shown,
                case: None,
                problems: vec![format!(
                    "geen meegeleverd regiopakket \"{region}\" / no bundled region pack \"{region}\" (bekend / known: {})",
                    known.join(", ")
                )],
            });
            continue;
        };
        let pack = match bundled.load() {
            Ok(pack) => pack,
            Err(e) => {
                findings.push(Finding {
                    file: shown,
                    case: None,
                    problems: vec![format!("pakket laadt niet / pack does not load:\n{e}")],
                });
                continue;
            }
        };

        if parsed.cases.is_empty() {
            file_problems.push("geen enkele casus / no cases at all".to_owned());
        }
        let mut names: BTreeMap<&str, usize> = BTreeMap::new();
        for case in &parsed.cases {
            *names.entry(case.name.as_str()).or_default() += 1;
        }
        for (name, count) in names.iter().filter(|(_, count)| **count > 1) {
            file_problems.push(format!(
                "casusnaam {count} keer gebruikt / case name used {count} times: \"{name}\""
            ));
        }

        for case in &parsed.cases {
            let problems = check_case(&pack, case);
            if !problems.is_empty() {
                failed_cases += 1;
                findings.push(Finding {
                    file: shown.clone(),
                    case: Some(case.name.clone()),
                    problems,
                });
            }
        }

        if region == DEFAULT_REGION {
            let expected_primaries: BTreeSet<&str> =
                parsed.cases.iter().map(|c| c.primary.as_str()).collect();
            let reachable = reachable_primaries(&pack);
            for route in primary_routes(&pack).intersection(&reachable) {
                if !expected_primaries.contains(route.as_str()) {
                    file_problems.push(format!(
                        "dekking / coverage: geen casus eindigt in route \"{route}\" / no case expects primary \"{route}\""
                    ));
                }
            }
            let expected_also: BTreeSet<&str> = parsed
                .cases
                .iter()
                .flat_map(|c| c.also.iter().map(String::as_str))
                .collect();
            for route in addon_routes(&pack) {
                if !expected_also.contains(route.as_str()) {
                    file_problems.push(format!(
                        "dekking / coverage: geen casus verwacht aanvulling \"{route}\" / no case expects add-on \"{route}\""
                    ));
                }
            }
        }

        if !file_problems.is_empty() {
            findings.insert(
                findings
                    .iter()
                    .position(|f| f.file == shown)
                    .unwrap_or(findings.len()),
                Finding {
                    file: shown,
                    case: None,
                    problems: file_problems,
                },
            );
        }
    }

    if !files
        .iter()
        .any(|f| f.file_stem().is_some_and(|s| s == DEFAULT_REGION))
    {
        findings.push(Finding {
            file: format!("tests/cases/{DEFAULT_REGION}.toml"),
            case: None,
            problems: vec!["bestand ontbreekt / file missing".to_owned()],
        });
    }
    if total < MIN_CASES {
        findings.push(Finding {
            file: "tests/cases/*.toml".to_owned(),
            case: None,
            problems: vec![format!(
                "te weinig casussen / too few cases: {total}, minimaal / at least {MIN_CASES}"
            )],
        });
    }

    if !findings.is_empty() {
        let mut report = format!(
            "\nVignetten wijken af / vignettes differ: {failed_cases} van / of {total} casussen, {} meldingen / findings\n",
            findings.iter().map(|f| f.problems.len()).sum::<usize>()
        );
        for finding in &findings {
            match &finding.case {
                Some(name) => writeln!(report, "\n{} — casus / case \"{name}\"", finding.file),
                None => writeln!(report, "\n{}", finding.file),
            }
            .unwrap();
            for problem in &finding.problems {
                writeln!(report, "  - {problem}").unwrap();
            }
        }
        panic!("{report}");
    }
}
