//! Training cases ("oefencasussen", `content/oefenen/<region>.toml`): every bundled case gives
//! the outcome it teaches, a broken training file is refused with the file, the line and a
//! Dutch reason, and `compare` tells a trainee which answers differ.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use verwijswijzer::engine::{
    AnswerCode, CaseId, Context, Finding, Flags, MIN_TRAINING_CASES, Pack, PackSource, QuestionId,
    RouteId, Severity, TrainingCase, evaluate, load_training, training_count_warning,
};
use verwijswijzer::packs::{BUNDLED, bundled, check_file, discover};

fn dwo() -> Pack {
    bundled("dwo")
        .expect("dwo is bundled")
        .load()
        .expect("dwo loads")
}

/// Every bundled pack through the thorough check, once for all tests in this file (it walks
/// every answer path, about a second a pack).
fn checked() -> &'static [(&'static str, Pack, Vec<Finding>)] {
    static CHECKED: OnceLock<Vec<(&str, Pack, Vec<Finding>)>> = OnceLock::new();
    CHECKED.get_or_init(|| {
        BUNDLED
            .iter()
            .map(|b| {
                let (pack, findings) = b
                    .check()
                    .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", b.region));
                (b.region, pack, findings)
            })
            .collect()
    })
}

// ------------------------------------------------------------------ the bundled cases

#[test]
fn every_bundled_case_gives_the_outcome_it_teaches() {
    for (region, pack, _warnings) in checked() {
        assert!(
            !pack.training.is_empty(),
            "{region}: geen oefencasussen in content/oefenen/{region}.toml"
        );
        for case in &pack.training {
            // The loader checks this already; asserted here too, so a pack change that breaks
            // a case names the region and the case.
            let at = format!("{region} casus '{}'", case.id);
            let walk = case.expected_walk(pack);
            assert!(
                walk.is_complete(),
                "{at}: onvolledig, vraagt nog {:?}",
                walk.next
            );
            assert_eq!(walk.primary.as_ref(), Some(&case.route), "{at}: route");
            let mut also = case.also.clone();
            also.sort();
            assert_eq!(walk.also, also, "{at}: ook overwegen");
            assert!(case.compare(pack, &walk).all_correct(), "{at}: compare");
            assert!(!case.teaching.is_empty(), "{at}: geen leerpunt");
            assert_eq!(pack.training_case(&case.id), Some(case), "{at}: opzoeken");
        }
    }
}

#[test]
fn load_and_check_give_the_same_cases() {
    for (region, checked, _) in checked() {
        let loaded = bundled(region).expect("bundled").load().expect("loads");
        assert_eq!(loaded.training, checked.training, "{region}");
    }
}

#[test]
fn too_few_cases_is_a_warning() {
    let mut pack = dwo();
    pack.training.truncate(2);
    let warning = training_count_warning(&pack, "content/oefenen/dwo.toml").expect("a warning");
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.file, "content/oefenen/dwo.toml");
    assert_eq!(
        warning.message,
        format!(
            "regio dwo heeft 2 oefencasussen; voor een training zijn er minstens {MIN_TRAINING_CASES} nodig"
        )
    );
    let case = pack.training[0].clone();
    pack.training = vec![case; MIN_TRAINING_CASES];
    assert_eq!(training_count_warning(&pack, "x"), None);

    // `check` adds the warning exactly when a region has too few cases.
    for (region, pack, findings) in checked() {
        let warned = findings.iter().any(|f| f.message.contains("oefencasussen"));
        assert_eq!(warned, pack.training.len() < MIN_TRAINING_CASES, "{region}");
    }
}

// ------------------------------------------------------------------ broken training files

const FILE: &str = "content/oefenen/dwo.toml";

const HEADER: &str = "# Oefencasussen voor de test\nregion = \"dwo\"\n";

/// A valid case for DWO (a lonely adult who wants a coach); each test breaks one thing in it.
fn case(id: &str) -> String {
    format!(
        r#"
[[cases]]
id = "{id}"
title = "Eenzaam"
story = "Mevrouw (50) is eenzaam sinds haar verhuizing en weet niet waar ze moet beginnen."
gemeente = "delft"
referrer = "huisarts"
route = "wor"
also = []
[cases.answers]
acute_risk = "no"
age_group = "adult"
needs_medical_care = "no"
needs_psych_treatment = "no"
psychosocial = "yes"
multi_problem = "no"
practical_core = "no"
self_directed = "no"
open_to_coach = "yes"
weight_risk = "no"
carer_strain = "no"
[cases.teaching]
psychosocial = "Eenzaamheid is een psychosociale klacht."
"#
    )
}

/// A training file with a good case `c01` and then case `c02` with one edit.
fn file_with(edit: impl Fn(String) -> String) -> String {
    format!("{HEADER}{}{}", case("c01"), edit(case("c02")))
}

fn replaced(text: String, from: &str, to: &str) -> String {
    assert!(text.contains(from), "de aanpassing past niet: {from}");
    text.replacen(from, to, 1)
}

/// The line of the first `needle` after `after` in `text`.
fn line_of(text: &str, after: &str, needle: &str) -> usize {
    let start = text.find(after).expect("anchor in the fixture");
    let offset = start + text[start..].find(needle).expect("needle in the fixture");
    text[..offset].matches('\n').count() + 1
}

fn load(text: &str) -> Result<Vec<TrainingCase>, Vec<Finding>> {
    load_training(&PackSource { name: FILE, text }, &dwo()).map_err(|e| e.findings)
}

struct Broken {
    name: &'static str,
    text: String,
    /// The finding's line: the first `needle` after `after`.
    after: &'static str,
    needle: &'static str,
    message: &'static str,
}

#[test]
fn a_broken_training_file_names_the_file_line_and_reason() {
    let cases = [
        Broken {
            name: "verkeerde route",
            text: file_with(|c| replaced(c, "route = \"wor\"", "route = \"gli\"")),
            after: "id = \"c02\"",
            needle: "route = \"gli\"",
            message: "casus 'c02': de beslisboom geeft route 'wor', de casus verwacht 'gli'",
        },
        Broken {
            name: "verkeerde ook-overwegen",
            text: file_with(|c| replaced(c, "also = []", "also = [\"gli\"]")),
            after: "id = \"c02\"",
            needle: "also =",
            message: "casus 'c02': de beslisboom geeft ook overwegen: geen; de casus verwacht: gli",
        },
        Broken {
            name: "onbekende vraag",
            text: file_with(|c| {
                replaced(
                    c,
                    "carer_strain = \"no\"",
                    "carer_strain = \"no\"\nslaapt_slecht = \"yes\"",
                )
            }),
            after: "id = \"c02\"",
            needle: "slaapt_slecht",
            message: "casus 'c02': vraag 'slaapt_slecht' bestaat niet",
        },
        Broken {
            name: "ongeldig antwoord",
            text: file_with(|c| replaced(c, "age_group = \"adult\"", "age_group = \"oud\"")),
            after: "id = \"c02\"",
            needle: "age_group",
            message: "casus 'c02': 'oud' is geen antwoord op 'age_group'; kies uit: child, adult, senior, unknown",
        },
        Broken {
            name: "dubbel id",
            text: file_with(|c| replaced(c, "id = \"c02\"", "id = \"c01\"")),
            // The second `id = "c01"`: the first after the first case's title.
            after: "title = \"Eenzaam\"",
            needle: "id = \"c01\"",
            message: "casus 'c01' staat twee keer in het bestand",
        },
        Broken {
            name: "dubbel id als sleutel tussen aanhalingstekens",
            text: file_with(|c| replaced(c, "id = \"c02\"", "\"id\" = \"c01\"")),
            // No `id = ` line to point at: the second case's header.
            after: "title = \"Eenzaam\"",
            needle: "[[cases]]",
            message: "casus 'c01' staat twee keer in het bestand",
        },
        Broken {
            name: "verkeerde regio",
            text: replaced(
                file_with(|c| c),
                "region = \"dwo\"",
                "region = \"eindhoven\"",
            ),
            after: "#",
            needle: "region =",
            message: "region = \"eindhoven\", maar dit is het oefenbestand van regio 'dwo': maak ze gelijk",
        },
        Broken {
            name: "leerpunt bij een vraag die niet gesteld wordt",
            text: file_with(|c| {
                format!("{c}practice_kbz = \"Alleen als de praktijk ermee werkt.\"\n")
            }),
            after: "id = \"c02\"",
            needle: "practice_kbz",
            message: "casus 'c02': leerpunt bij vraag 'practice_kbz', maar die vraag wordt in deze casus niet gesteld",
        },
        Broken {
            name: "antwoord op een vraag die niet gesteld wordt",
            text: file_with(|c| {
                replaced(
                    c,
                    "carer_strain = \"no\"",
                    "carer_strain = \"no\"\nfall_risk = \"no\"",
                )
            }),
            after: "id = \"c02\"",
            needle: "fall_risk",
            message: "casus 'c02': vraag 'fall_risk' wordt in deze casus niet gesteld; haal het antwoord weg",
        },
        Broken {
            name: "antwoorden niet compleet",
            text: file_with(|c| replaced(c, "carer_strain = \"no\"\n", "")),
            after: "id = \"c02\"",
            needle: "[cases.answers]",
            message: "casus 'c02': de antwoorden leiden niet tot een uitkomst: vraag 'carer_strain' ontbreekt",
        },
        Broken {
            name: "ongeldig id",
            text: file_with(|c| replaced(c, "id = \"c02\"", "id = \"Casus 2\"")),
            after: "id = \"Casus 2\"",
            needle: "id =",
            message: "casus 'Casus 2': het id mag alleen kleine letters, cijfers en '-' bevatten en hooguit 24 tekens lang zijn",
        },
        Broken {
            name: "gemeente van een andere regio",
            text: file_with(|c| replaced(c, "gemeente = \"delft\"", "gemeente = \"almere\"")),
            after: "id = \"c02\"",
            needle: "gemeente =",
            message: "casus 'c02': gemeente 'almere' hoort niet bij regio dwo; kies uit: ",
        },
        Broken {
            name: "onbekende verwijzer",
            text: file_with(|c| replaced(c, "referrer = \"huisarts\"", "referrer = \"tandarts\"")),
            after: "id = \"c02\"",
            needle: "referrer =",
            message: "casus 'c02': verwijzer 'tandarts' is onbekend; kies uit: ",
        },
        Broken {
            name: "plaatshouder in het verhaal",
            text: file_with(|c| replaced(c, "is eenzaam", "is eenzaam en kent {organisatie} niet")),
            after: "id = \"c02\"",
            needle: "story =",
            message: "casus 'c02': de tekst bevat '{organisatie}'; in een oefencasus wordt niets ingevuld, schrijf het uit",
        },
        Broken {
            name: "lege titel",
            text: file_with(|c| replaced(c, "title = \"Eenzaam\"", "title = \" \"")),
            after: "id = \"c02\"",
            needle: "title =",
            message: "casus 'c02': 'title' is leeg",
        },
        Broken {
            name: "geen leerpunt",
            text: file_with(|c| {
                replaced(
                    c,
                    "psychosocial = \"Eenzaamheid is een psychosociale klacht.\"\n",
                    "",
                )
            }),
            after: "\n[[cases]]\nid = \"c02\"",
            needle: "id = \"c02\"",
            message: "casus 'c02': geen leerpunt: geef in [cases.teaching] bij minstens één kernvraag een leerpunt",
        },
        Broken {
            name: "onbekend veld",
            text: file_with(|c| {
                replaced(c, "route = \"wor\"", "route = \"wor\"\nuitkomst = \"wor\"")
            }),
            after: "id = \"c02\"",
            needle: "uitkomst",
            message: "onbekend veld `uitkomst`",
        },
    ];

    let mut failures = Vec::new();
    for broken in &cases {
        let findings = match load(&broken.text) {
            Ok(_) => {
                failures.push(format!("{}: laadt zonder fout", broken.name));
                continue;
            }
            Err(findings) => findings,
        };
        let line = line_of(&broken.text, broken.after, broken.needle);
        let found = findings.iter().any(|f| {
            f.severity == Severity::Error
                && f.file == FILE
                && f.line == Some(line)
                && f.message.contains(broken.message)
        });
        if !found {
            let said: Vec<String> = findings.iter().map(ToString::to_string).collect();
            failures.push(format!(
                "{}: verwacht {FILE}:{line}: {}\nkreeg:\n  {}",
                broken.name,
                broken.message,
                said.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_fixture_itself_is_a_good_training_file() {
    let cases = load(&file_with(|c| c)).unwrap_or_else(|f| panic!("{f:?}"));
    let ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c01", "c02"]);
    // Add-ons compare as a set and the file may give them in any order.
    let text = format!(
        "{HEADER}{}",
        replaced(
            replaced(
                replaced(
                    case("c01"),
                    "age_group = \"adult\"",
                    "age_group = \"senior\""
                ),
                "carer_strain = \"no\"",
                "carer_strain = \"yes\"\nfall_risk = \"yes\""
            ),
            "also = []",
            "also = [\"valpreventie\", \"mantelzorg\"]"
        )
    );
    load(&text).unwrap_or_else(|f| panic!("{f:?}"));
}

// ------------------------------------------------------------------ compare

fn good_case() -> (Pack, TrainingCase) {
    let pack = dwo();
    let case = load(&file_with(|c| c))
        .expect("the fixture loads")
        .remove(0);
    (pack, case)
}

/// The case's answers with some changed, walked as a trainee would have walked them.
fn walk_with(
    pack: &Pack,
    case: &TrainingCase,
    changes: &[(&str, &str)],
) -> verwijswijzer::engine::Walk {
    let mut answers = case.answers();
    for (question, code) in changes {
        answers.set(QuestionId::from(*question), AnswerCode::from(*code));
    }
    evaluate(pack, &case.context(pack), &answers)
}

#[test]
fn the_expected_answers_are_all_correct() {
    let (pack, case) = good_case();
    let walk = walk_with(&pack, &case, &[]);
    let comparison = case.compare(&pack, &walk);
    assert!(comparison.all_correct());
    assert!(comparison.route_matches && comparison.also_matches);
    assert_eq!(comparison.expected_route.as_str(), "wor");
    assert!(comparison.expected_also.is_empty());
    // One row per question, in the order the expected walk asks them.
    let rows: Vec<&str> = comparison
        .rows
        .iter()
        .map(|r| r.question.as_str())
        .collect();
    let path: Vec<&str> = walk.path.iter().map(|s| s.question.as_str()).collect();
    assert_eq!(rows, path);
    assert_eq!(rows[0], "acute_risk");
    for row in &comparison.rows {
        assert!(row.is_correct(), "{}", row.question);
        let teaching = (row.question.as_str() == "psychosocial")
            .then_some("Eenzaamheid is een psychosociale klacht.");
        assert_eq!(row.teaching, teaching, "{}", row.question);
    }
}

#[test]
fn a_wrong_answer_shows_in_its_row_and_the_route() {
    let (pack, case) = good_case();
    let walk = walk_with(&pack, &case, &[("open_to_coach", "no")]);
    let comparison = case.compare(&pack, &walk);
    assert!(!comparison.all_correct());
    assert!(
        !comparison.route_matches,
        "niet open voor een coach: not_now"
    );
    assert!(comparison.also_matches);
    let wrong: Vec<_> = comparison.rows.iter().filter(|r| !r.is_correct()).collect();
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert_eq!(wrong[0].question.as_str(), "open_to_coach");
    assert_eq!(wrong[0].expected, Some(&AnswerCode::Yes));
    assert_eq!(wrong[0].given, Some(&AnswerCode::No));
}

#[test]
fn an_add_on_answered_differently_breaks_only_the_add_ons() {
    let (pack, case) = good_case();
    let walk = walk_with(&pack, &case, &[("weight_risk", "yes")]);
    let comparison = case.compare(&pack, &walk);
    assert!(comparison.route_matches);
    assert!(!comparison.also_matches, "gli erbij");
    assert!(!comparison.all_correct());
}

/// A pack may send the same last answer to a different route in another gemeente's setting
/// (here: multi-problem "yes" ends in Krachtige Basiszorg where the practice works with it,
/// else in social work). A trainee who gave every answer of the case in the other setting has
/// the right rows but not the right outcome, so is not all correct.
#[test]
fn right_answers_with_another_outcome_are_not_all_correct() {
    let mut pack = dwo();
    pack.flow
        .retain(|step| step.question.as_str() != "practice_kbz");
    let multi_problem = pack
        .flow
        .iter_mut()
        .find(|step| step.question.as_str() == "multi_problem")
        .expect("dwo asks multi_problem");
    let mut kbz = multi_problem.exits[0].clone();
    kbz.route = RouteId::from("krachtige_basiszorg");
    kbz.when = None;
    multi_problem.exits.push(kbz);
    let case = pack
        .training_case(&CaseId::from("c02"))
        .expect("dwo's case c02")
        .clone();
    assert_eq!(case.expected_walk(&pack).primary, Some(case.route.clone()));

    let without_kbz = Context {
        gemeente: None,
        flags: Flags {
            youth_wor: false,
            krachtige_basiszorg: false,
        },
    };
    let walk = evaluate(&pack, &without_kbz, &case.answers());
    let comparison = case.compare(&pack, &walk);
    assert_eq!(walk.primary, Some(RouteId::from("social_work")));
    assert!(comparison.rows.iter().all(|r| r.is_correct()));
    assert!(!comparison.route_matches);
    assert!(!comparison.all_correct());
}

#[test]
fn questions_only_the_trainee_was_asked_come_last() {
    let (pack, case) = good_case();
    // Multi-problem "yes" in DWO asks whether the practice runs Krachtige Basiszorg; "no" ends
    // in social work, so the trainee never reaches the last questions of the case.
    let walk = walk_with(
        &pack,
        &case,
        &[("multi_problem", "yes"), ("practice_kbz", "no")],
    );
    assert_eq!(walk.primary, Some(RouteId::from("social_work")));
    let comparison = case.compare(&pack, &walk);
    assert!(!comparison.all_correct());
    let last = comparison.rows.last().expect("rows");
    assert_eq!(last.question.as_str(), "practice_kbz");
    assert_eq!((last.expected, last.given), (None, Some(&AnswerCode::No)));
    let not_asked: Vec<&str> = comparison
        .rows
        .iter()
        .filter(|r| r.given.is_none())
        .map(|r| r.question.as_str())
        .collect();
    assert_eq!(
        not_asked,
        ["practical_core", "self_directed", "open_to_coach"]
    );
    assert_eq!(pack.training_case(&CaseId::from("geen-casus")), None);
}

// ------------------------------------------------------------------ files on disk and the CLI

/// A content folder with the real base and DWO pack and a training file, removed at the end.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str, training: &str) -> Self {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("oefenen-{name}-{}", std::process::id()));
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        std::fs::create_dir_all(dir.join(discover::TRAINING_DIR)).expect("temp dir");
        for file in ["base.toml", "dwo.toml"] {
            std::fs::copy(content.join(file), dir.join(file)).expect("copy");
        }
        std::fs::write(dir.join(discover::TRAINING_DIR).join("dwo.toml"), training)
            .expect("write training");
        Self(dir)
    }

    fn check(&self) -> Output {
        Command::new(env!("CARGO_BIN_EXE_verwijswijzer"))
            .args(["check", "--content", self.0.to_str().expect("utf-8 path")])
            .output()
            .expect("the CLI runs")
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_training_folder_is_no_region() {
    let folder = Folder::new("map", &file_with(|c| c));
    let found = discover::region_files(&folder.0).expect("readable");
    let regions: Vec<&str> = found.iter().map(|f| f.region.as_str()).collect();
    assert_eq!(regions, ["dwo"]);
    assert_eq!(
        found[0].training_path(),
        folder.0.join("oefenen").join("dwo.toml")
    );
    let real = discover::region_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
        .expect("content/");
    assert!(real.iter().all(|f| f.region != discover::TRAINING_DIR));
}

#[test]
fn the_checker_reads_the_training_file_beside_the_region() {
    let good = Folder::new("goed", &file_with(|c| c));
    let files = discover::region_files(&good.0).expect("readable");
    let (pack, warnings) = check_file(&files[0]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pack.training.len(), 2);
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("2 oefencasussen"))
    );

    let output = good.check();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("dwo: 2 oefencasussen"), "{stdout}");
    assert!(
        stderr.contains("waarschuwing: regio dwo heeft 2 oefencasussen"),
        "{stderr}"
    );

    let text = file_with(|c| replaced(c, "route = \"wor\"", "route = \"gli\""));
    let broken = Folder::new("kapot", &text);
    let files = discover::region_files(&broken.0).expect("readable");
    let error = check_file(&files[0]).expect_err("a wrong route");
    let line = line_of(&text, "id = \"c02\"", "route =");
    assert!(
        error
            .findings
            .iter()
            .any(|f| f.file.ends_with("oefenen/dwo.toml")
                && f.line == Some(line)
                && f.message.contains("de casus verwacht 'gli'")),
        "{error}"
    );
    let output = broken.check();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "oefenen/dwo.toml:{line}: fout: casus 'c02': de beslisboom geeft route 'wor', de casus verwacht 'gli'"
        )),
        "{stderr}"
    );
}

#[test]
fn the_checker_lists_the_cases_of_every_region() {
    // Runs the checker on content/ as an editor would; each region gets one line.
    let output = Command::new(env!("CARGO_BIN_EXE_verwijswijzer"))
        .arg("check")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the CLI runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    for bundled in BUNDLED {
        let count = bundled.load().expect("loads").training.len();
        let line = format!("{}: {count} oefencasussen", bundled.region);
        assert!(
            stdout.lines().any(|l| l == line),
            "{line} ontbreekt:\n{stdout}"
        );
    }
}
