//! The clinical-safety rules of the texts, over every pack, gemeente, route, referrer type and
//! age group: each test here is named in the hazard log (docs/safety.md) as the proof of a
//! mitigation.

use std::rc::Rc;
use verwijswijzer::consult::{Action, Consult};
use verwijswijzer::engine::{
    AnswerCode, Audience, Consent, Gemeente, PRACTICE_ONLY, Pack, ReferrerId, RouteView,
};
use verwijswijzer::packs::catalog;
use verwijswijzer::summary::referral_text;

const AUDIENCES: [Audience; 4] = [
    Audience {
        youth: false,
        huisartsenpraktijk: true,
    },
    Audience {
        youth: false,
        huisartsenpraktijk: false,
    },
    Audience {
        youth: true,
        huisartsenpraktijk: true,
    },
    Audience {
        youth: true,
        huisartsenpraktijk: false,
    },
];

fn packs() -> Vec<Rc<Pack>> {
    catalog()
        .expect("bundled packs load")
        .iter()
        .cloned()
        .collect()
}

/// Every route's texts, as a referrer and patient would read them, for every audience.
fn every_view(pack: &Pack) -> impl Iterator<Item = (String, Audience, RouteView<'_>)> {
    pack.routes.iter().flat_map(|(id, route)| {
        AUDIENCES
            .into_iter()
            .map(move |audience| (id.to_string(), audience, route.view(audience)))
    })
}

fn gemeenten(pack: &Pack) -> impl Iterator<Item = Option<&Gemeente>> {
    pack.gemeenten.iter().map(Some).chain([None])
}

/// Answers the WOR path of every bundled pack.
const WOR_PATH: &[&str] = &[
    "no", "adult", "no", "no", "yes", "no", "no", "no", "yes", "no", "no",
];

fn wor_consult(pack: &Rc<Pack>, gemeente: Option<&Gemeente>, referrer: Option<&str>) -> Consult {
    let catalog = catalog().expect("loads");
    let start = Consult::new(catalog)
        .expect("default region")
        .apply(Action::ChooseRegion(pack.region.id.clone()))
        .apply(Action::ChooseGemeente(gemeente.map(|g| g.id.clone())))
        .apply(Action::ChooseReferrer(referrer.map(ReferrerId::from)));
    WOR_PATH.iter().fold(start, |c, code| {
        c.apply(Action::Answer(AnswerCode::from(*code)))
    })
}

#[test]
fn referrers_outside_the_practice_get_no_his_icpc_or_poh_appointment() {
    for pack in packs() {
        for (route, audience, view) in every_view(&pack) {
            if audience.huisartsenpraktijk {
                continue;
            }
            for step in view.next_steps {
                let filled = pack.fill_in(None, step);
                for word in PRACTICE_ONLY {
                    let word = pack.fill_in(None, word);
                    assert!(
                        !filled
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|w| w == word),
                        "{}/{route}: '{word}' voor een verwijzer buiten de praktijk: {filled}",
                        pack.region.id
                    );
                }
                assert!(
                    !filled.contains("Plan een afspraak bij de POH"),
                    "{}/{route}: {filled}",
                    pack.region.id
                );
            }
        }
        for referrer in pack.referrer_types.iter() {
            let consult = wor_consult(&pack, pack.gemeenten.first(), Some(referrer.id.as_str()));
            let text = referral_text(&consult).expect("a WOR outcome has a text");
            assert_eq!(
                text.contains("ICPC"),
                referrer.huisartsenpraktijk,
                "{} / {}: ICPC alleen voor de huisartsenpraktijk:\n{text}",
                pack.region.id,
                referrer.id
            );
        }
    }
}

#[test]
fn no_text_assumes_the_reader_works_in_a_practice() {
    for pack in packs() {
        for (route, _, view) in every_view(&pack) {
            for line in view
                .next_steps
                .iter()
                .chain(view.expect)
                .chain([&view.summary.to_owned()])
            {
                let lower = line.to_lowercase();
                assert!(
                    !lower.contains("uw praktijk") && !lower.contains("uw huisartsenpraktijk"),
                    "{}/{route}: {line}",
                    pack.region.id
                );
            }
        }
        for question in pack.questions.values() {
            assert!(
                !question.text.to_lowercase().contains("uw praktijk"),
                "{}",
                question.text
            );
        }
    }
}

#[test]
fn no_placeholder_reaches_a_screen_or_a_referral_text() {
    for pack in packs() {
        for gemeente in gemeenten(&pack) {
            assert!(
                !pack
                    .organisation_name(gemeente)
                    .contains("nog in te vullen")
            );
            for (route, _, view) in every_view(&pack) {
                for line in view.next_steps.iter().chain(view.expect) {
                    let filled = pack.fill_in(gemeente, line);
                    assert!(
                        !filled.contains("nog in te vullen") && !filled.contains('{'),
                        "{}/{route}/{:?}: {filled}",
                        pack.region.id,
                        gemeente.map(|g| &g.id)
                    );
                }
            }
            let text = referral_text(&wor_consult(&pack, gemeente, Some("huisarts")))
                .expect("a WOR outcome has a text");
            assert!(!text.contains("nog in te vullen"), "{text}");
        }
    }
}

/// The handout speaks to the patient: without a chosen gemeente it names "uw gemeente", never
/// "de patiënt"; with one it names the organisation as the referrer's own text does.
#[test]
fn a_patient_text_is_filled_in_for_the_patient() {
    let mut organisation_lines = 0;
    for pack in packs() {
        for gemeente in gemeenten(&pack) {
            for (route, audience, view) in every_view(&pack) {
                for line in view.expect {
                    let filled = pack.fill_in_for_patient(gemeente, line);
                    let place = format!(
                        "{}/{route}/{audience:?}/{:?}",
                        pack.region.id,
                        gemeente.map(|g| &g.id)
                    );
                    assert!(!filled.contains('{'), "{place}: {filled}");
                    if !line.contains('{') {
                        assert_eq!(&filled, line, "{place}");
                    }
                    match gemeente {
                        Some(_) => assert_eq!(filled, pack.fill_in(gemeente, line), "{place}"),
                        None => assert!(!filled.contains("de patiënt"), "{place}: {filled}"),
                    }
                    if line.contains("{organisatie}") {
                        organisation_lines += 1;
                        if gemeente.is_none() {
                            assert!(
                                filled.contains("de welzijnsorganisatie in uw gemeente"),
                                "{place}: {filled}"
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(
        organisation_lines > 0,
        "no patient text names the organisation"
    );
}

#[test]
fn every_patient_text_ends_with_what_to_do_when_things_get_worse() {
    for pack in packs() {
        for (route, audience, view) in every_view(&pack) {
            let last = view.expect.last().expect("a patient text").to_lowercase();
            assert!(
                ["huisarts", "113", "112"].iter().any(|w| last.contains(w)),
                "{}/{route}/{audience:?}: {last}",
                pack.region.id
            );
            if route == "mental_health_care" {
                assert!(
                    view.expect.iter().any(|l| l.contains("113")),
                    "{route}: 113 ontbreekt"
                );
            }
        }
        let wor = pack.routes.get(&"wor".into()).expect("wor");
        let expect = wor.expect.join(" ");
        assert!(
            expect.contains("{contactnorm}") && expect.contains("niets gehoord"),
            "{}: WOR zegt niet wat te doen als niemand belt",
            pack.region.id
        );
        assert!(
            wor.next_steps.iter().any(|s| s.contains("eerste afspraak")),
            "{}: WOR zonder warme overdracht",
            pack.region.id
        );
    }
}

#[test]
fn facts_stay_true_to_their_sources() {
    for pack in packs() {
        for (route, _, view) in every_view(&pack) {
            let all = view
                .expect
                .iter()
                .chain(view.next_steps)
                .chain([&view.summary.to_owned()])
                .map(|l| l.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            for (claim, why) in [
                (
                    "geen kosten",
                    "geen bron: kosten zijn juist een drempel (RIVM/TNO)",
                ),
                (
                    "gaat de eerste keer mee",
                    "een vrijwilliger of de coach kan meegaan, geen belofte",
                ),
                ("of gratis 0800-0113", "113 is ook gratis"),
                (
                    "5 tot 10 gesprekken",
                    "dat zijn de welzijnscoaches in Den Haag, niet Krachtige Basiszorg",
                ),
                (
                    "neemt binnen",
                    "een contacttijd is een streefdoel, geen belofte",
                ),
            ] {
                assert!(
                    !all.contains(claim),
                    "{}/{route}: '{claim}': {why}",
                    pack.region.id
                );
            }
        }
        assert!(
            pack.sources.contains_key(&pack.region.contact_norm.source),
            "{}: streefdoel zonder bron",
            pack.region.id
        );
    }
}

#[test]
fn youth_texts_name_the_huisarts_the_parents_and_the_wgbo() {
    for pack in packs() {
        let youth = Audience {
            youth: true,
            huisartsenpraktijk: true,
        };
        for route in ["medical_care", "mental_health_care"] {
            let view = pack.routes.get(&route.into()).expect("route").view(youth);
            assert!(
                view.expect.iter().any(|l| l.contains("ouders")),
                "{route}: ouders"
            );
            assert!(
                view.expect.iter().any(|l| l.contains("huisarts")),
                "{route}: huisarts"
            );
            assert!(
                view.next_steps
                    .iter()
                    .any(|l| l.contains("WGBO") && l.contains("vanaf 16")),
                "{route}: WGBO"
            );
        }
        let route = pack.routes.get(&"youth".into()).expect("youth").view(youth);
        assert!(route.expect.iter().any(|l| l.contains("ouders")));
        assert!(route.expect.iter().any(|l| l.contains("huisarts")));
        assert!(route.next_steps.iter().any(|l| l.contains("jeugdteam")));
    }
}

#[test]
fn consent_is_recorded_in_three_states_and_refusal_leaves_no_text() {
    for pack in packs() {
        let consult = wor_consult(&pack, None, Some("huisarts"));
        assert_eq!(consult.consent, Consent::NotAsked);
        for (consent, line) in [
            (Consent::NotAsked, Some("nog niet gevraagd")),
            (Consent::Given, Some("gegeven")),
            (Consent::Refused, None),
        ] {
            let text = referral_text(&consult.apply(Action::SetConsent(consent)));
            match line {
                Some(line) => assert!(text.expect("text").contains(&format!(
                    "Toestemming van de patiënt voor de verwijzing: {line}"
                ))),
                None => assert!(text.is_err()),
            }
        }
    }
}

#[test]
fn each_gemeente_gets_its_own_organisation_and_the_region_channel() {
    for pack in packs() {
        for gemeente in &pack.gemeenten {
            let consult = wor_consult(&pack, Some(gemeente), Some("huisarts"));
            let text = referral_text(&consult).expect("a WOR outcome has a text");
            let expected = format!(
                "Welzijnsorganisatie: {}",
                pack.organisation_name(Some(gemeente))
            );
            assert!(text.contains(&expected), "{}:\n{text}", gemeente.id);
            assert!(
                text.lines()
                    .any(|l| l == format!("Gemeente: {}", gemeente.name)),
                "{}:\n{text}",
                gemeente.id
            );
            if let Some(name) = gemeente.known_organisation() {
                assert!(expected.contains(name));
            }
            let steps = consult
                .pack
                .routes
                .get(&"wor".into())
                .expect("wor")
                .view(consult.audience())
                .next_steps
                .iter()
                .map(|s| pack.fill_in(Some(gemeente), s))
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                steps.contains(&format!("via {}", pack.region.channel)),
                "{}: kanaal {} ontbreekt in {steps}",
                pack.region.id,
                pack.region.channel
            );
        }
    }
}
