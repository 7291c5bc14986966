//! Fuzzing the parsers that read input nobody checked: pack files (TOML and postcard), the
//! CLI's `--answers`, links into the app (the fragment) and the personal-data scanner. Every
//! input must give a result or a clear error, never a panic.
//!
//! With proptest, not cargo-fuzz: cargo-fuzz needs a nightly compiler for its sanitizer flags,
//! and this machine has only the stable toolchain (docs/decisions.md). Each target mixes plain
//! random input with mutations of real input (a real pack, a real link), which reach far deeper
//! into the parsers than random bytes do.
//!
//! `cargo test` runs a few hundred inputs per target. `scripts/fuzz.sh [seconds]` sets
//! FUZZ_SECONDS and runs each target for that long, printing how many inputs it tried.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use std::fmt::Debug;
use std::rc::Rc;
use std::time::{Duration, Instant};
use verwijswijzer::consult::Catalog;
use verwijswijzer::engine::{Answers, PackSource, load_pack};
use verwijswijzer::fingerprint::{decode, encode};
use verwijswijzer::fragment::parse;
use verwijswijzer::packs::catalog;
use verwijswijzer::privacy::{detect, kinds};

/// Runs `check` on inputs from `strategy`: `cases` of them, or rounds of `cases` for
/// FUZZ_SECONDS when set. A panic inside `check` is caught by proptest, shrunk to a small input
/// and reported with the round, whose seed replays it. A runner runs its cases once, so every
/// round gets a runner of its own, seeded with the target's name and the round's number.
fn fuzz<S>(
    name: &str,
    cases: u32,
    strategy: S,
    check: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S: Strategy,
    S::Value: Debug,
{
    let budget = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .map(Duration::from_secs);
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let started = Instant::now();
    let mut inputs: u64 = 0;
    for round in 0u64.. {
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&round.to_le_bytes());
        for (slot, byte) in seed[8..].iter_mut().zip(name.bytes()) {
            *slot = byte;
        }
        let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
        let mut runner = TestRunner::new_with_rng(config.clone(), rng);
        if let Err(failure) = runner.run(&strategy, &check) {
            panic!("fuzz {name}, round {round}: {failure}");
        }
        inputs += u64::from(cases);
        match budget {
            Some(budget) if started.elapsed() < budget => continue,
            _ => break,
        }
    }
    if budget.is_some() {
        println!(
            "fuzz {name}: {inputs} inputs in {:.1} s, 0 panics",
            started.elapsed().as_secs_f64()
        );
    }
}

fn content(file: &str) -> String {
    let path = format!("{}/content/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One edit of a text: where (a fraction of its length) and what.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: f64, len: usize },
    Insert { at: f64, text: String },
    RepeatLine { at: f64 },
    SwapLines { at: f64, other: f64 },
}

/// Characters that matter to TOML and to the pack's own rules.
const TOML_CHARS: &str = "=[]{}\"'#,.\n 0123456789-_abcxyzé\\";

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (0.0..1.0f64, 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        (
            0.0..1.0f64,
            proptest::sample::select(TOML_CHARS.chars().collect::<Vec<_>>()),
            1usize..4
        )
            .prop_map(|(at, c, n)| Edit::Insert {
                at,
                text: c.to_string().repeat(n)
            }),
        (0.0..1.0f64, ".{0,12}").prop_map(|(at, text)| Edit::Insert { at, text }),
        (0.0..1.0f64).prop_map(|at| Edit::RepeatLine { at }),
        (0.0..1.0f64, 0.0..1.0f64).prop_map(|(at, other)| Edit::SwapLines { at, other }),
    ];
    proptest::collection::vec(edit, 1..6)
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let index = |at: f64, len: usize| ((at * len as f64) as usize).min(len);
    for edit in edits {
        match edit {
            Edit::Delete { at, len } => {
                let start = index(*at, chars.len());
                let end = (start + len).min(chars.len());
                chars.drain(start..end);
            }
            Edit::Insert { at, text } => {
                let start = index(*at, chars.len());
                chars.splice(start..start, text.chars());
            }
            Edit::RepeatLine { .. } | Edit::SwapLines { .. } => {
                let joined: String = chars.iter().collect();
                let mut lines: Vec<&str> = joined.split('\n').collect();
                let a = index(
                    match edit {
                        Edit::RepeatLine { at } | Edit::SwapLines { at, .. } => *at,
                        _ => 0.0,
                    },
                    lines.len().saturating_sub(1),
                );
                if let Edit::SwapLines { other, .. } = edit {
                    let b = index(*other, lines.len().saturating_sub(1));
                    lines.swap(a, b);
                } else if let Some(line) = lines.get(a).copied() {
                    lines.insert(a, line);
                }
                chars = lines.join("\n").chars().collect();
            }
        }
    }
    chars.into_iter().collect()
}

/// A broken pack is refused with findings that name a file and say what is wrong.
fn check_load(region: &str, base: &str) -> Result<(), TestCaseError> {
    let region = PackSource {
        name: "content/dwo.toml",
        text: region,
    };
    let base = PackSource {
        name: "content/base.toml",
        text: base,
    };
    if let Err(error) = load_pack(&region, &base) {
        prop_assert!(!error.findings.is_empty(), "an error without findings");
        for finding in &error.findings {
            prop_assert!(
                !finding.message.trim().is_empty(),
                "a finding without a message"
            );
            prop_assert!(
                finding.file == region.name
                    || finding.file == base.name
                    || finding.file.starts_with("content/"),
                "a finding names no file of the pack: {finding}"
            );
        }
    }
    Ok(())
}

#[test]
fn a_mutated_region_file_loads_or_is_refused_with_a_finding() {
    let region = content("dwo.toml");
    let base = content("base.toml");
    fuzz("toml: region file, mutated", 48, edits(), |edits| {
        check_load(&apply(&region, &edits), &base)
    });
}

#[test]
fn a_mutated_base_file_loads_or_is_refused_with_a_finding() {
    let region = content("dwo.toml");
    let base = content("base.toml");
    fuzz("toml: base file, mutated", 48, edits(), |edits| {
        check_load(&region, &apply(&base, &edits))
    });
}

#[test]
fn any_text_as_a_pack_file_is_refused_with_a_finding() {
    let base = content("base.toml");
    fuzz("toml: random text", 128, "(?s).{0,400}", |text| {
        check_load(&text, &base)
    });
}

fn packs() -> Catalog {
    catalog().expect("bundled packs load")
}

#[test]
fn mutated_postcard_bytes_decode_or_fail_without_panicking() {
    let bytes = encode(packs().first().expect("a default region"));
    let mutations = proptest::collection::vec((0.0..1.0f64, any::<u8>(), 0u8..3), 1..8);
    fuzz(
        "postcard: pack bytes, mutated",
        256,
        mutations,
        |mutations| {
            let mut mutated = bytes.clone();
            for (at, byte, op) in mutations {
                let i = ((at * mutated.len() as f64) as usize).min(mutated.len().saturating_sub(1));
                match op {
                    0 => mutated[i] = byte,
                    1 => mutated.truncate(i),
                    _ => mutated.insert(i, byte),
                }
                if mutated.is_empty() {
                    break;
                }
            }
            if let Err(error) = decode(&mutated) {
                prop_assert!(!error.to_string().is_empty());
            }
            Ok(())
        },
    );
}

#[test]
fn random_bytes_are_no_pack() {
    fuzz(
        "postcard: random bytes",
        512,
        proptest::collection::vec(any::<u8>(), 0..512),
        |bytes| {
            prop_assert!(decode(&bytes).is_err(), "random bytes decoded as a pack");
            Ok(())
        },
    );
}

/// Words a real `--answers` or link is made of, so the parsers get past their first check.
fn vocabulary(catalog: &Catalog) -> Vec<String> {
    let pack = catalog.first().expect("a default region");
    let mut words: Vec<String> = pack
        .questions
        .keys()
        .map(|q| q.as_str().to_owned())
        .collect();
    for question in pack.questions.values() {
        words.extend(question.options.iter().map(|a| a.code.to_string()));
    }
    words.extend(pack.gemeenten.iter().map(|g| g.id.as_str().to_owned()));
    words.extend(catalog.iter().map(|p| p.region.id.as_str().to_owned()));
    for punctuation in [
        "=",
        ",",
        ":",
        "&",
        "#",
        " ",
        "%",
        "consult",
        "factsheet",
        "beslisboom",
        "oefenen",
        "regio",
        "gemeente",
        "casus",
        "antwoorden",
        "vraag",
        "c01",
        "ja",
        "yes",
        "no",
        "unknown",
        "é",
    ] {
        words.push(punctuation.to_owned());
    }
    words
}

fn sentences(words: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(words), 0..24).prop_map(|w| w.concat()),
        ".{0,80}",
    ]
}

#[test]
fn any_answers_text_parses_or_names_its_fault() {
    let catalog = packs();
    let pack = Rc::clone(catalog.first().expect("a default region"));
    fuzz(
        "eval: --answers",
        512,
        sentences(vocabulary(&catalog)),
        |text| {
            if let Err(error) = Answers::parse(&pack, &text) {
                prop_assert!(
                    !error.to_string().trim().is_empty(),
                    "an error without a message for {text:?}"
                );
            }
            Ok(())
        },
    );
}

/// Shaped like the app's links (`#view&key=value&...`), with values that are sometimes right,
/// sometimes empty, sometimes another word of the vocabulary or a list of answers.
fn links(words: Vec<String>) -> impl Strategy<Value = String> {
    let keys = ["regio", "gemeente", "casus", "antwoorden", "vraag", "x", ""];
    let value = prop_oneof![
        proptest::sample::select(words.clone()),
        Just(String::new()),
        proptest::collection::vec(proptest::sample::select(words.clone()), 1..5)
            .prop_map(|w| w.join(":")),
        proptest::collection::vec(proptest::sample::select(words.clone()), 1..6)
            .prop_map(|w| w.join(",")),
    ];
    let pair =
        (proptest::sample::select(keys.to_vec()), value).prop_map(|(k, v)| format!("&{k}={v}"));
    let views = [
        "consult",
        "factsheet",
        "beslisboom",
        "oefenen",
        "inhoud",
        "",
    ];
    (
        any::<bool>(),
        proptest::sample::select(views.to_vec()),
        proptest::collection::vec(pair, 0..5),
    )
        .prop_map(|(hash, view, pairs)| {
            format!("{}{view}{}", if hash { "#" } else { "" }, pairs.concat())
        })
}

#[test]
fn any_fragment_is_a_link_that_round_trips_or_is_refused_with_a_message() {
    let catalog = packs();
    let current = Rc::clone(catalog.first().expect("a default region"));
    let words = vocabulary(&catalog);
    let inputs = prop_oneof![links(words.clone()), sentences(words)];
    fuzz("fragment: links", 512, inputs, |text| {
        match parse(&text, &catalog, &current) {
            Ok(Some(link)) => {
                let again = parse(&link.to_fragment(), &catalog, &current);
                prop_assert_eq!(again, Ok(Some(link)));
            }
            Ok(None) => {}
            Err(error) => prop_assert!(!error.message().is_empty()),
        }
        Ok(())
    });
}

#[test]
fn the_scanner_reports_hits_inside_the_text_on_character_boundaries() {
    let digits_and_marks = "[0-9 \\-./+()@a-zA-Z\n€é]{0,60}";
    let inputs = prop_oneof![digits_and_marks, any::<String>()];
    fuzz("pii: scanner", 1024, inputs, |text| {
        let hits = detect(&text);
        for hit in &hits {
            prop_assert!(
                hit.start < hit.end && hit.end <= text.len(),
                "{hit:?} outside {text:?}"
            );
            prop_assert!(
                text.is_char_boundary(hit.start) && text.is_char_boundary(hit.end),
                "{hit:?} splits a character in {text:?}"
            );
        }
        let found = kinds(&text);
        prop_assert!(hits.iter().all(|hit| found.contains(&hit.kind)));
        Ok(())
    });
}
