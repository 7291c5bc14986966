//! The content fingerprint (issue 11, point 4; docs/decisions.md, 58): the referral text's last
//! line, the footer, the factsheet and `verwijswijzer check` name the compiled pack that
//! produced them, as 8 hex digits of FNV-1a 64 over the pack's postcard bytes. The app stamps
//! it from the bytes it decodes; every native loader from the pack it built. They must agree.

mod common;

use common::{WOR, cli};

use std::path::Path;
use verwijswijzer::consult::Consult;
use verwijswijzer::engine::{Answers, Consent, Pack};
use verwijswijzer::fingerprint::{Fingerprint, decode, encode, stamp};
use verwijswijzer::packs::{BUNDLED, bundled, catalog, check_file, discover};
use verwijswijzer::summary::{Layout, referral_text_as};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every bundled pack as the app's consult has it (`BundledPack::load`).
fn packs() -> Vec<Pack> {
    BUNDLED
        .iter()
        .map(|b| {
            b.load()
                .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", b.region))
        })
        .collect()
}

fn is_short_hex(shown: &str) -> bool {
    shown.len() == 8
        && shown
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[test]
fn every_bundled_pack_has_eight_lower_case_hex_digits() {
    for pack in packs() {
        let shown = pack.fingerprint.to_string();
        assert!(is_short_hex(&shown), "{}: '{shown}'", pack.region.id);
        assert_ne!(
            pack.fingerprint,
            Fingerprint::default(),
            "{}: stamped",
            pack.region.id
        );
    }
}

/// The app decodes what `app/build.rs` encodes from `check()` and stamps the hash of those
/// bytes; the consult natively loads with `load()`, the CLI reads `content/` from disk. One
/// fingerprint for all of them, so a coach can trust it whichever made the text.
#[test]
fn the_app_and_every_native_loader_stamp_the_same_fingerprint() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let on_disk = discover::region_files(&dir).expect("content/ lists");
    assert_eq!(on_disk.len(), BUNDLED.len(), "every region file is bundled");
    for bundled in BUNDLED {
        let region = bundled.region;
        let loaded = bundled.load().expect("loads");
        let (checked, _) = bundled.check().expect("checks");
        // As app/build.rs ships it and app/src/packs.rs decodes it.
        let shipped = encode(&checked);
        let in_browser = decode(&shipped).expect("decodes");
        let file = on_disk
            .iter()
            .find(|f| f.path.file_stem().is_some_and(|s| s == region))
            .unwrap_or_else(|| panic!("{region}: on disk"));
        let (from_disk, _) = check_file(file).expect("checks from disk");

        let expected = Fingerprint::of_bytes(&shipped);
        for (how, got) in [
            ("load()", loaded.fingerprint),
            ("check()", checked.fingerprint),
            ("decode() in the app", in_browser.fingerprint),
            ("check_file() from disk", from_disk.fingerprint),
            ("of_pack(decoded)", Fingerprint::of_pack(&in_browser)),
            ("of_pack(loaded)", Fingerprint::of_pack(&loaded)),
        ] {
            assert_eq!(got, expected, "{region}: {how}");
        }
        assert_eq!(
            in_browser, checked,
            "{region}: the app's pack is the checked pack"
        );
    }
}

#[test]
fn the_same_pack_always_gets_the_same_fingerprint() {
    for (first, second) in packs().iter().zip(packs()) {
        assert_eq!(first.fingerprint, second.fingerprint, "{}", first.region.id);
        assert_eq!(
            encode(first),
            encode(&second),
            "{}: same bytes",
            first.region.id
        );
        assert_eq!(
            Fingerprint::of_pack(first),
            Fingerprint::of_pack(first),
            "{}",
            first.region.id
        );
    }
}

#[test]
fn every_region_has_its_own_fingerprint() {
    let packs = packs();
    for (i, a) in packs.iter().enumerate() {
        for b in &packs[i + 1..] {
            assert_ne!(
                a.fingerprint.to_string(),
                b.fingerprint.to_string(),
                "{} and {}",
                a.region.id,
                b.region.id
            );
        }
    }
}

/// What a test changes in a pack, named.
type Change = (&'static str, fn(&mut Pack));

/// One small change anywhere in what the app ships (region, base, question, route, safety,
/// factsheet, training case) gives another fingerprint, also in its 8 shown digits.
#[test]
fn any_change_to_the_content_changes_the_fingerprint() {
    let original = bundled("dwo").expect("dwo").load().expect("loads");
    let changes: [Change; 10] = [
        ("region name", |p| p.region.name.push('.')),
        ("region version", |p| p.region.version = "1.0.1".into()),
        ("base version", |p| p.base_version = "1.0.1".into()),
        ("a question's text", |p| {
            let question = p.questions.values_mut().next().expect("a question");
            question.text.push('?');
        }),
        ("a route's title", |p| {
            let route = p.routes.values_mut().next().expect("a route");
            route.title = route.title.to_uppercase();
        }),
        ("a gemeente's name", |p| {
            p.gemeenten.last_mut().expect("a gemeente").name.push('x')
        }),
        ("a safety text", |p| p.safety.crisis[0].push(' ')),
        ("the factsheet's title", |p| p.factsheet.title.push('!')),
        ("a training case's story", |p| {
            p.training
                .last_mut()
                .expect("a case")
                .story
                .replace_range(0..1, "X")
        }),
        ("one training case fewer", |p| {
            p.training.pop();
        }),
    ];
    for (what, change) in changes {
        let mut changed = original.clone();
        change(&mut changed);
        assert_ne!(changed, original, "{what}: the change changes the pack");
        let fingerprint = Fingerprint::of_pack(&changed);
        assert_ne!(
            fingerprint.to_string(),
            original.fingerprint.to_string(),
            "{what}"
        );
        // The stamp follows once the pack is stamped again, as every loader does.
        assert_eq!(
            changed.fingerprint, original.fingerprint,
            "{what}: old stamp"
        );
        stamp(&mut changed);
        assert_eq!(changed.fingerprint, fingerprint, "{what}: new stamp");
    }
}

/// The last line of the referral text in every layout, for every region: version, date, base
/// and fingerprint of the pack that made it.
#[test]
fn the_summary_names_the_fingerprint_in_every_layout() {
    for pack in catalog().expect("loads").iter() {
        let answers = Answers::parse(pack, WOR).expect("answers parse");
        let consult = Consult::decided((**pack).clone(), None, None, answers, Consent::Given)
            .expect("valid input");
        let expected = format!(
            "Bron: Verwijswijzer, regio {}, pakket {} van {} (basis {}), inhoud {}",
            pack.region.name,
            pack.region.version,
            pack.region.date,
            pack.base_version,
            pack.fingerprint
        );
        for layout in Layout::ALL {
            let text = referral_text_as(&consult, layout)
                .unwrap_or_else(|e| panic!("{}: {layout:?}: {e:?}", pack.region.id));
            assert_eq!(
                text.lines().last(),
                Some(expected.as_str()),
                "{}: {layout:?}",
                pack.region.id
            );
        }
    }
    // The default region, spelled out: what a coach reads at the bottom of a DWO referral.
    let dwo = bundled("dwo").expect("dwo").load().expect("loads");
    let consult = Consult::decided(
        dwo.clone(),
        None,
        None,
        Answers::parse(&dwo, WOR).expect("parse"),
        Consent::Given,
    )
    .expect("valid");
    let text = referral_text_as(&consult, Layout::ZorgDomein).expect("a text");
    let last = text.lines().last().expect("lines");
    let prefix = "Bron: Verwijswijzer, regio Delft, Westland en Oostland (DWO), pakket 1.0.0 van \
                  2026-11-23 (basis 1.0.0), inhoud ";
    let shown = last
        .strip_prefix(prefix)
        .unwrap_or_else(|| panic!("'{last}'"));
    assert!(is_short_hex(shown), "'{shown}'");
}

#[test]
fn check_prints_each_regions_fingerprint() {
    let output = cli(&["check"]);
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", text(&output.stderr));
    for pack in packs() {
        let id = &pack.region.id;
        let line = format!("{id}: inhoud {}", pack.fingerprint);
        assert_eq!(
            stdout.lines().filter(|l| *l == line).count(),
            1,
            "'{line}' once in:\n{stdout}"
        );
        // The lines that were there before stay.
        let cases = format!("{id}: {} oefencasussen\n{line}", pack.training.len());
        assert!(stdout.contains(&cases), "'{cases}' in:\n{stdout}");
        assert!(
            stdout.contains(&format!("content/{id}.toml: in orde: ")),
            "{stdout}"
        );
    }
}

/// `verwijswijzer summary` reads `content/` from disk; its last line names the fingerprint the
/// app's pack has.
#[test]
fn the_cli_summary_names_the_fingerprint_the_app_shows() {
    let dwo = bundled("dwo").expect("dwo").load().expect("loads");
    let output = cli(&["summary", "--region", "dwo", "--answers", WOR]);
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", text(&output.stderr));
    let last = stdout.lines().last().expect("a text");
    assert!(
        last.ends_with(&format!(
            "(basis {}), inhoud {}",
            dwo.base_version, dwo.fingerprint
        )),
        "'{last}'"
    );
}
