//! Links into the app (`#factsheet&regio=eindhoven`): they round-trip, and anything the app
//! did not make is refused as a whole, with a message that never repeats the link.

use proptest::prelude::*;
use std::rc::Rc;
use verwijswijzer::consult::Catalog;
use verwijswijzer::engine::{AnswerCode, CaseId, GemeenteId, Pack, QuestionId, RegionId};
use verwijswijzer::fragment::{Link, LinkError, MAIN_ANCHOR, View, parse};
use verwijswijzer::packs::catalog;

fn packs() -> Catalog {
    catalog().expect("bundled packs load")
}

fn default_pack(catalog: &Catalog) -> &Pack {
    catalog.first().expect("a default region")
}

fn read(fragment: &str) -> Result<Option<Link>, LinkError> {
    let catalog = packs();
    parse(fragment, &catalog, default_pack(&catalog))
}

#[test]
fn every_view_opens_by_its_name_and_an_empty_fragment_opens_the_consult() {
    for view in View::ALL {
        let link = read(&view.href()).expect("a view's own fragment parses");
        assert_eq!(link.map(|l| l.view), Some(view));
    }
    for empty in ["", "#"] {
        assert_eq!(read(empty), Ok(Some(Link::default())));
    }
    assert_eq!(
        read(&format!("#{MAIN_ANCHOR}")),
        Ok(None),
        "the skip link is no view"
    );
}

#[test]
fn links_the_app_makes_read_back_the_same_in_every_region() {
    let catalog = packs();
    for pack in catalog.iter() {
        let gemeente = pack.gemeenten.first().map(|g| g.id.clone());
        let case = pack
            .training
            .first()
            .expect("every region has training cases");
        let links = [
            Link {
                view: View::Factsheet,
                region: Some(pack.region.id.clone()),
                gemeente: gemeente.clone(),
                ..Link::default()
            },
            Link {
                view: View::Beslisboom,
                region: Some(pack.region.id.clone()),
                question: Some(QuestionId::from("psychosocial")),
                ..Link::default()
            },
            Link {
                view: View::Oefenen,
                region: Some(pack.region.id.clone()),
                case: Some(case.id.clone()),
                answers: case
                    .answers
                    .iter()
                    .map(|(q, a)| (q.clone(), a.clone()))
                    .collect(),
                ..Link::default()
            },
        ];
        for link in links {
            let fragment = link.to_fragment();
            assert_eq!(
                parse(&fragment, &catalog, default_pack(&catalog)),
                Ok(Some(link.clone())),
                "{fragment}"
            );
        }
    }
}

#[test]
fn unknown_or_malformed_links_are_refused_for_the_right_reason() {
    let dwo_case = default_pack(&packs())
        .training
        .first()
        .map(|c| c.id.to_string())
        .expect("dwo has training cases");
    let cases: &[(&str, LinkError)] = &[
        ("#onbekend", LinkError::UnknownView),
        ("#factsheet&kleur=blauw", LinkError::UnknownPart),
        ("#factsheet&regio", LinkError::UnknownPart),
        ("#factsheet&regio=", LinkError::UnknownPart),
        ("#factsheet&regio=dwo&regio=dwo", LinkError::UnknownPart),
        ("#factsheet&regio=atlantis", LinkError::UnknownRegion),
        (
            "#factsheet&regio=dwo&gemeente=eindhoven",
            LinkError::UnknownGemeente,
        ),
        ("#oefenen&casus=c999", LinkError::UnknownCase),
        ("#beslisboom&vraag=bestaat_niet", LinkError::UnknownQuestion),
        ("#factsheet&casus=c01", LinkError::NotForThisView),
        ("#consult&vraag=psychosocial", LinkError::NotForThisView),
        (
            "#oefenen&antwoorden=acute_risk:no",
            LinkError::NotForThisView,
        ),
        ("#Factsheet", LinkError::Character),
        ("#oefenen&notitie=Jan%20de%20Vries", LinkError::Character),
        ("#consult&wens=meer mensen zien", LinkError::Character),
        ("#consult&bsn=111222333", LinkError::UnknownPart),
    ];
    for (fragment, expected) in cases {
        assert_eq!(read(fragment), Err(*expected), "{fragment}");
    }
    let bad_answers: &[(&str, LinkError)] = &[
        ("acute_risk:misschien", LinkError::BadAnswer),
        ("acute_risk", LinkError::BadAnswer),
        ("acute_risk:no,acute_risk:yes", LinkError::BadAnswer),
        ("geen_vraag:no", LinkError::UnknownQuestion),
        ("age_group:yes", LinkError::BadAnswer),
    ];
    for (answers, expected) in bad_answers {
        let fragment = format!("#oefenen&casus={dwo_case}&antwoorden={answers}");
        assert_eq!(read(&fragment), Err(*expected), "{fragment}");
    }
    let long = format!("#factsheet&regio={}", "a".repeat(700));
    assert_eq!(read(&long), Err(LinkError::TooLong));
}

#[test]
fn a_refusal_never_repeats_what_the_link_said() {
    for fragment in [
        "#consult&bsn=111222333",
        "#oefenen&casus=jansen",
        "#factsheet&regio=mevrouw-de-vries",
        "#beslisboom&vraag=telefoon_0612345678",
    ] {
        let error = read(fragment).expect_err("refused");
        let message = error.to_string();
        for word in ["111222333", "jansen", "vries", "0612345678"] {
            assert!(!message.contains(word), "{message}");
        }
        assert!(
            message.contains("consult"),
            "the message says where the user lands: {message}"
        );
    }
}

#[test]
fn a_link_is_checked_against_the_region_it_names_or_else_the_current_one() {
    let catalog = packs();
    let eindhoven = catalog
        .iter()
        .find(|p| p.region.id.as_str() == "eindhoven")
        .expect("eindhoven is bundled");
    let gemeente = eindhoven.gemeenten.first().expect("gemeenten").id.clone();
    let fragment = format!("#factsheet&gemeente={gemeente}");
    assert_eq!(
        parse(&fragment, &catalog, default_pack(&catalog)),
        Err(LinkError::UnknownGemeente)
    );
    assert_eq!(
        parse(&fragment, &catalog, eindhoven).map(|l| l.and_then(|l| l.gemeente)),
        Ok(Some(gemeente.clone()))
    );
    let named = format!("#factsheet&regio=eindhoven&gemeente={gemeente}");
    assert_eq!(
        parse(&named, &catalog, default_pack(&catalog)).map(|l| l.and_then(|l| l.region)),
        Ok(Some(RegionId::from("eindhoven")))
    );
}

fn catalog_once() -> &'static Catalog {
    thread_local! {
        static CATALOG: &'static Catalog = Box::leak(Box::new(packs()));
    }
    CATALOG.with(|c| *c)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever follows `#`, parsing never panics, and what it accepts reads back the same.
    #[test]
    fn any_fragment_is_refused_or_round_trips(fragment in "#?[a-z0-9_:,=&%. -]{0,80}") {
        let catalog = catalog_once();
        if let Ok(Some(link)) = parse(&fragment, catalog, default_pack(catalog)) {
            prop_assert_eq!(parse(&link.to_fragment(), catalog, default_pack(catalog)), Ok(Some(link)));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(fragment in any::<String>()) {
        let catalog = catalog_once();
        let _ = parse(&fragment, catalog, default_pack(catalog));
    }

    /// Links built from the pack's own ids always parse back.
    #[test]
    fn links_from_pack_ids_round_trip(region in 0usize..4, gemeente in 0usize..40, case in 0usize..30, answered in 0usize..12) {
        let catalog = catalog_once();
        let pack: &Rc<Pack> = &catalog[region % catalog.len()];
        let gemeente: Option<GemeenteId> = pack.gemeenten.get(gemeente).map(|g| g.id.clone());
        let case = &pack.training[case % pack.training.len()];
        let answers: Vec<(QuestionId, AnswerCode)> = case.answers.iter().take(answered).map(|(q, a)| (q.clone(), a.clone())).collect();
        let link = Link {
            view: View::Oefenen,
            region: Some(pack.region.id.clone()),
            gemeente,
            case: Some(CaseId::from(case.id.as_str())),
            answers,
            question: None,
        };
        prop_assert_eq!(parse(&link.to_fragment(), catalog, default_pack(catalog)), Ok(Some(link)));
    }
}
