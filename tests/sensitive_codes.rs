//! The codes the e2e privacy guard looks for in every request (`e2e/fixtures.mjs`), taken from
//! the bundled packs so a new region, question or route is guarded with no code change.
//!
//! Writes `target/sensitive-codes.json` (the cargo target folder): question ids, answer codes,
//! route ids, dimension ids, reason-for-referral ids, the reasons no referral text is made, and
//! the consent codes. A code shorter than four letters ("ja", "no", "wor", "gli") is left out:
//! it would match innocent file names. `scripts/test.sh` runs the native tests before the end-to-end tests; the fixture
//! fails when the file is missing or older than a pack.

use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use verwijswijzer::engine::Consent;
use verwijswijzer::packs::BUNDLED;

/// Shorter codes match too much: "no" is in "noord", "wor" in "word".
const MIN_LEN: usize = 4;

fn strings(value: impl Serialize) -> Vec<String> {
    match serde_json::to_value(value).expect("ids serialise") {
        serde_json::Value::String(s) => vec![s],
        serde_json::Value::Array(items) => items.into_iter().flat_map(strings).collect(),
        serde_json::Value::Object(map) => map.into_iter().map(|(key, _)| key).collect(),
        other => panic!("onverwachte waarde {other}"),
    }
}

fn sensitive_codes() -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    for bundled in BUNDLED {
        let pack = bundled.load().expect("bundled packs load");
        for (id, question) in &pack.questions {
            codes.extend(strings(id));
            codes.extend(strings(question.codes()));
        }
        codes.extend(pack.routes.keys().flat_map(strings));
        codes.extend(pack.dimensions.iter().flat_map(|d| strings(&d.id)));
        codes.extend(pack.referral_reasons.iter().flat_map(|r| strings(&r.id)));
        // The keys of [safety.no_referral]: urgent_care, acute_risk_unknown, consent_refused.
        codes.extend(strings(&pack.safety.no_referral));
    }
    codes.extend(Consent::ALL.map(|c| c.code().to_owned()));
    codes.retain(|c| c.chars().count() >= MIN_LEN);
    codes
}

/// The files the e2e tests request: the page, its static files and (once built) `dist/`.
fn served_names(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, names: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                walk(&path, root, names);
            } else if let Ok(relative) = path.strip_prefix(root) {
                names.push(relative.display().to_string());
            }
        }
    }
    let mut names = vec!["index.html".to_owned()];
    walk(&root.join("static"), root, &mut names);
    walk(&root.join("dist"), &root.join("dist"), &mut names);
    names
}

#[test]
fn sensitive_codes_for_the_e2e_privacy_guard() {
    let codes = sensitive_codes();
    assert!(
        codes.contains("unknown") && codes.contains("gegeven"),
        "te weinig codes: {codes:?}"
    );

    // A code inside the name of a file the page loads would fail every e2e test.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in served_names(root) {
        let hits: Vec<&String> = codes.iter().filter(|c| name.contains(c.as_str())).collect();
        assert!(
            hits.is_empty(),
            "het bestand {name} bevat de code(s) {hits:?}: de privacybewaker zou elke request afkeuren"
        );
    }

    #[derive(Serialize)]
    struct File<'a> {
        about: &'a str,
        codes: &'a BTreeSet<String>,
    }
    let json = serde_json::to_string_pretty(&File {
        about: "Gegenereerd door tests/sensitive_codes.rs uit de regiopakketten; gelezen door e2e/fixtures.mjs.",
        codes: &codes,
    })
    .expect("serialises");
    // Written under a temporary name and renamed, so a reader never sees half a file.
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .to_path_buf();
    let temporary = target.join(format!("sensitive-codes.json.{}", std::process::id()));
    std::fs::write(&temporary, json + "\n").expect("target/ is writable");
    std::fs::rename(&temporary, target.join("sensitive-codes.json")).expect("rename");
}
