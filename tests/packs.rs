//! The bundled packs load, and a region's overrides really replace the base's texts.

use verwijswijzer::engine::{QuestionId, RouteId, Severity};
use verwijswijzer::packs::{BUNDLED, bundled};

#[test]
fn every_bundled_pack_passes_the_thorough_check() {
    for pack in BUNDLED {
        let (loaded, findings) = pack
            .check()
            .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", pack.region));
        assert_eq!(
            loaded.region.id, pack.region,
            "bestandsnaam en [region] id verschillen"
        );
        assert_eq!(
            loaded.region.name, pack.name,
            "naam in BUNDLED en in het pakket verschillen"
        );
        assert!(findings.iter().all(|f| f.severity == Severity::Warning));
    }
}

#[test]
fn the_default_region_is_dwo() {
    assert_eq!(BUNDLED[0].region, "dwo");
}

#[test]
fn eindhoven_overrides_channel_youth_and_wor_texts() {
    let dwo = bundled("dwo").expect("dwo").load().expect("dwo loads");
    let eindhoven = bundled("eindhoven")
        .expect("eindhoven")
        .load()
        .expect("eindhoven loads");
    assert_eq!(dwo.region.channel, "ZorgDomein");
    assert_eq!(eindhoven.region.channel, "VIPLive");
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
