//! The bundled packs load, a region's overrides really replace the base's texts, and a region
//! is one file: the bundled list is exactly what discovery finds in `content/`, and a copied
//! region file is found, loads and passes the checker with no code change.

use std::path::{Path, PathBuf};
use std::process::Command;
use verwijswijzer::engine::{Channel, PackSource, QuestionId, RouteId, Severity, load_pack};
use verwijswijzer::packs::{BUNDLED, bundled, check_file, default_region_ok, discover};

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

#[test]
fn every_bundled_pack_passes_the_thorough_check() {
    assert!(!BUNDLED.is_empty(), "geen enkel regiopakket meegeleverd");
    for pack in BUNDLED {
        let (loaded, findings) = pack
            .check()
            .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", pack.region));
        assert_eq!(
            loaded.region.id.as_str(),
            pack.region,
            "bestandsnaam en [region] id verschillen"
        );
        assert!(findings.iter().all(|f| f.severity == Severity::Warning));
    }
}

#[test]
fn the_bundled_packs_are_the_region_files_in_content() {
    let found = discover::region_files(&content()).expect("content/ is readable");
    let mut found: Vec<&str> = found.iter().map(|f| f.region.as_str()).collect();
    let mut bundled: Vec<&str> = BUNDLED.iter().map(|p| p.region).collect();
    found.sort_unstable();
    bundled.sort_unstable();
    assert_eq!(bundled, found);
}

#[test]
fn the_default_region_comes_first() {
    default_region_ok().expect("content/default-region.txt names a region file");
    let named = discover::default_region(&content()).expect("content/default-region.txt");
    assert_eq!(BUNDLED[0].region, named);
    // As decided (docs/decisions.md, 25): DWO opens first.
    assert_eq!(BUNDLED[0].region, "dwo");
    let rest: Vec<&str> = BUNDLED[1..].iter().map(|p| p.region).collect();
    assert!(rest.is_sorted(), "de andere regio's op naam: {rest:?}");
}

/// A content folder copied from `content/`, removed when the test ends.
struct Folder(PathBuf);

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `text` with the first `key = ...` line inside `[region]` replaced by `key = "value"`.
fn with_region_field(text: &str, key: &str, value: &str) -> String {
    let mut in_region = false;
    let mut done = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                in_region = trimmed == "[region]";
            }
            let is_key = trimmed
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='));
            if in_region && is_key && !done {
                done = true;
                format!("{key} = \"{value}\"")
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert!(done, "[region] {key} niet gevonden");
    lines.join("\n") + "\n"
}

#[test]
fn a_copied_region_file_is_picked_up() {
    // Every file of content/, as a regional editor would start: copy the folder, then one
    // region file under a new id and name.
    let folder = Folder(
        PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("kopie-regio-{}", std::process::id())),
    );
    std::fs::create_dir_all(&folder.0).expect("temp dir");
    for entry in std::fs::read_dir(content()).expect("content/") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, folder.0.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    let original = BUNDLED.last().expect("a bundled region");
    let text = std::fs::read_to_string(content().join(format!("{}.toml", original.region)))
        .expect("region file");
    let text = with_region_field(&text, "id", "proefregio");
    let text = with_region_field(&text, "name", "Proefregio (kopie)");
    std::fs::write(folder.0.join("proefregio.toml"), text).expect("write copy");

    // Discovery finds it beside the others, in the same order rule as the bundled list.
    let (order, default) = discover::bundle_order(&folder.0).expect("readable");
    default.expect("the default region is still named");
    let mut expected: Vec<&str> = BUNDLED.iter().map(|p| p.region).collect();
    expected.push("proefregio");
    expected[1..].sort_unstable();
    let found: Vec<&str> = order.iter().map(|f| f.region.as_str()).collect();
    assert_eq!(found, expected);

    // It loads and passes the thorough check, as the bundled packs and the app build check them.
    for file in &order {
        let (pack, findings) =
            check_file(file).unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", file.region));
        assert_eq!(pack.region.id.as_str(), file.region);
        assert!(findings.iter().all(|f| f.severity == Severity::Warning));
        if file.region == "proefregio" {
            assert_eq!(pack.region.name, "Proefregio (kopie)");
        }
    }

    // The checker CLI and `eval` find it in the folder too.
    let dir = folder.0.to_str().expect("utf-8 path");
    let cli = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_verwijswijzer"))
            .args(args)
            .output()
            .expect("the CLI runs")
    };
    let check = cli(&["check", "--content", dir]);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(check.status.success(), "check faalt:\n{said}");
    assert!(
        said.contains("proefregio"),
        "check noemt de kopie niet:\n{said}"
    );
    let eval = cli(&[
        "eval",
        "--content",
        dir,
        "--region",
        "proefregio",
        "--answers",
        "acute_risk=yes",
    ]);
    assert!(
        eval.status.success(),
        "{}",
        String::from_utf8_lossy(&eval.stderr)
    );
    assert!(String::from_utf8_lossy(&eval.stdout).contains("\"primary\""));
}

#[test]
fn a_region_file_must_carry_its_own_id() {
    let folder = Folder(
        PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("verkeerde-id-{}", std::process::id())),
    );
    std::fs::create_dir_all(&folder.0).expect("temp dir");
    let original = BUNDLED[0].region;
    std::fs::copy(content().join("base.toml"), folder.0.join("base.toml")).expect("copy base");
    std::fs::copy(
        content().join(format!("{original}.toml")),
        folder.0.join("anders.toml"),
    )
    .expect("copy region");
    let files = discover::region_files(&folder.0).expect("readable");
    let error = check_file(&files[0]).expect_err("id and file name differ");
    let finding = &error.findings[0];
    assert!(finding.file.ends_with("anders.toml"), "{finding}");
    assert!(finding.line.is_some(), "{finding}");
    assert!(
        finding.message.contains("anders.toml"),
        "{}",
        finding.message
    );
}

#[test]
fn eindhoven_overrides_channel_youth_and_wor_texts() {
    let dwo = bundled("dwo").expect("dwo").load().expect("dwo loads");
    let eindhoven = bundled("eindhoven")
        .expect("eindhoven")
        .load()
        .expect("eindhoven loads");
    assert_eq!(dwo.region.channel, Channel::ZorgDomein);
    assert_eq!(eindhoven.region.channel, Channel::VipLive);
    assert!(!dwo.region.youth_wor);
    // Youth is a plus-element each gemeente chooses; no source names one yet, so it is off.
    assert!(!eindhoven.region.youth_wor);
    assert!(eindhoven.region.youth_wor_per_gemeente);
    assert!(
        eindhoven
            .gemeenten
            .iter()
            .all(|g| g.youth_wor != Some(true))
    );

    let wor = RouteId::from("wor");
    let dwo_wor = dwo.route(&wor).expect("wor");
    let eindhoven_wor = eindhoven.route(&wor).expect("wor");
    assert_ne!(
        dwo_wor.next_steps, eindhoven_wor.next_steps,
        "de regio-tekst vervangt de basis"
    );
    assert!(
        eindhoven_wor
            .next_steps
            .iter()
            .any(|s| s.contains("3 maanden"))
    );
    // Fields the region leaves alone come from the base.
    assert_eq!(dwo_wor.title, eindhoven_wor.title);
    assert_eq!(dwo_wor.expect, eindhoven_wor.expect);
    assert_eq!(
        dwo.questions.get(&QuestionId::from("acute_risk")),
        eindhoven.questions.get(&QuestionId::from("acute_risk"))
    );
}

#[test]
fn contacts_are_organisations_or_to_be_filled_in() {
    for pack in BUNDLED {
        let loaded = pack.load().expect("loads");
        for gemeente in &loaded.gemeenten {
            assert!(
                gemeente.contact == "nog in te vullen" || gemeente.contact.starts_with("https://"),
                "{}: {}",
                gemeente.name,
                gemeente.contact
            );
        }
    }
}

/// A region may rewrite a question of the base, field by field; what it leaves out stays the
/// base's. No bundled region does it yet, so the test writes one.
#[test]
fn a_region_replaces_a_questions_texts() {
    let base = std::fs::read_to_string(content().join("base.toml")).expect("base.toml");
    let dwo = std::fs::read_to_string(content().join("dwo.toml")).expect("dwo.toml");
    let region = format!(
        "{dwo}\n[questions.age_group]\ntext = \"Hoe oud is uw patiënt?\"\nhelp = \"De leeftijd telt.\"\nexamples = [\"Een man van 40.\"]\nopen_check = \"Vraag de leeftijd.\"\nsources = [\"zel-wor\"]\n"
    );
    let (pack, _) = load_pack(
        &PackSource {
            name: "dwo.toml",
            text: &region,
        },
        &PackSource {
            name: "base.toml",
            text: &base,
        },
    )
    .expect("the region loads");
    let question = pack
        .question(&QuestionId::from("age_group"))
        .expect("age_group");
    assert_eq!(question.text, "Hoe oud is uw patiënt?");
    assert_eq!(question.help, "De leeftijd telt.");
    assert_eq!(question.examples, ["Een man van 40."]);
    assert_eq!(question.open_check, "Vraag de leeftijd.");
    assert_eq!(question.sources.len(), 1);
    assert_eq!(
        question.short, "Leeftijd",
        "a field the region leaves out stays the base's"
    );
}
