//! The factsheet, the tree and training, each mounted on its own with its props in headless
//! Chromium: what they render from the pack and the session, without the rest of the page.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use verwijswijzer::consult::Action;
use verwijswijzer::session::{Session, SessionAction};
use verwijswijzer_app::components::{
    FactsheetView, FactsheetViewProps, TrainingView, TrainingViewProps, TreeView, TreeViewProps,
};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::{BaseComponent, Callback, Html};

mod common;

use common::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

impl<C: BaseComponent> Mounted<C> {
    fn count(&self, selector: &str) -> u32 {
        self.root
            .query_selector_all(selector)
            .map(|list| list.length())
            .unwrap_or(0)
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }
}

fn session() -> Session {
    let catalog = verwijswijzer_app::packs::catalog().expect("bundled packs decode");
    Session::new(catalog).expect("a default region")
}

#[wasm_bindgen_test]
async fn the_factsheet_numbers_every_source_it_cites_and_lists_every_gemeente() {
    let session = session();
    let pack = session.consult.pack.clone();
    let sheet = Mounted::<FactsheetView>::with_props(FactsheetViewProps {
        pack: pack.clone(),
        gemeente: None,
    })
    .await;
    let cited = sheet.count("[data-testid=factsheet-sources] li");
    assert!(cited > 0);
    // Every footnote number points at an item of the sources list.
    let marks = sheet
        .root
        .query_selector_all("[data-testid=footnote]")
        .expect("footnotes");
    assert!(marks.length() > 20, "claims carry footnotes");
    for index in 0..marks.length() {
        let text = marks
            .item(index)
            .and_then(|m| m.text_content())
            .unwrap_or_default();
        let numbers = text.trim_start_matches("bron ");
        for number in numbers.split(',') {
            let n: u32 = number.trim().parse().unwrap_or(0);
            assert!(
                (1..=cited).contains(&n),
                "footnote '{text}' of {cited} sources"
            );
        }
    }
    assert_eq!(
        sheet.count("[data-testid=organisations] li"),
        pack.gemeenten.len() as u32
    );
    assert_eq!(
        sheet.count("[data-testid=comparison] tbody tr"),
        pack.factsheet.comparison.len() as u32
    );
}

#[wasm_bindgen_test]
async fn the_factsheet_header_names_every_regions_version_and_fingerprint() {
    for pack in verwijswijzer_app::packs::catalog()
        .expect("bundled packs decode")
        .iter()
    {
        let native = verwijswijzer::fingerprint::Fingerprint::of_pack(pack);
        let sheet = Mounted::<FactsheetView>::with_props(FactsheetViewProps {
            pack: pack.clone(),
            gemeente: None,
        })
        .await;
        let head = sheet.text(".factsheet-head");
        let expected = format!(
            "Inhoudspakket {} van {}, inhoud {native}, beheer: {}.",
            pack.region.version, pack.region.date, pack.region.owner
        );
        assert!(head.contains(&expected), "'{expected}' in: {head}");
    }
}

#[wasm_bindgen_test]
async fn the_tree_draws_every_question_and_route_and_marks_the_path() {
    let session = session();
    let consult = ["no", "adult", "no"]
        .iter()
        .fold(session.consult.clone(), |c, code| {
            Rc::new(c.apply(Action::Answer((*code).into())))
        });
    let pack = consult.pack.clone();
    let tree = Mounted::<TreeView>::with_props(TreeViewProps {
        consult: consult.clone(),
        question: None,
    })
    .await;
    assert_eq!(
        tree.count("svg [data-question]"),
        pack.questions.len() as u32
    );
    assert_eq!(tree.count("svg [data-route]"), pack.routes.len() as u32);
    assert_eq!(tree.count("svg .node.question.on-path"), 3);
    assert_eq!(
        tree.count("svg .node.route.on-path"),
        0,
        "no route before the outcome"
    );
    assert!(
        tree.text("[data-testid=tree-path-note]")
            .contains("dit consult")
    );
}

#[wasm_bindgen_test]
async fn training_lists_the_cases_then_shows_a_case_and_its_feedback() {
    let session = Rc::new(session());
    let pack = session.consult.pack.clone();
    let list = Mounted::<TrainingView>::with_props(TrainingViewProps {
        session: session.clone(),
        dispatch: Callback::noop(),
        children: Html::default(),
    })
    .await;
    assert_eq!(list.count(".case-item"), pack.training.len() as u32);
    assert!(
        list.text("[data-testid=training-banner]")
            .contains("Oefenen")
    );
    drop(list);

    let case = pack.training.first().expect("a case").clone();
    let mut running = session.apply(SessionAction::StartCase(case.id.clone()));
    while let Some(question) = running.active().current_question().cloned() {
        let code = case
            .answers
            .get(&question)
            .cloned()
            .expect("the case answers it");
        running = running.apply(SessionAction::Consult(Action::Answer(code)));
    }
    let view = Mounted::<TrainingView>::with_props(TrainingViewProps {
        session: Rc::new(running),
        dispatch: Callback::noop(),
        children: Html::default(),
    })
    .await;
    assert_eq!(view.text("[data-testid=case-story]"), case.story);
    assert!(
        view.text("[data-testid=feedback-verdict]")
            .starts_with("Helemaal goed")
    );
    assert_eq!(view.count("[data-testid=feedback-row][data-same=false]"), 0);
    assert!(
        view.text("[data-testid=training-score]")
            .contains("1 van 1")
    );
    let share = view
        .root
        .query_selector("[data-testid=share-link]")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"))
        .unwrap_or_default();
    assert!(
        share.contains(&format!("#oefenen&regio=dwo&casus={}&antwoorden=", case.id)),
        "{share}"
    );
}

#[wasm_bindgen_test]
async fn the_factsheet_marks_the_chosen_gemeente() {
    let session = session();
    let pack = session.consult.pack.clone();
    let gemeente = pack.gemeenten.last().expect("gemeenten").id.clone();
    let sheet = Mounted::<FactsheetView>::with_props(FactsheetViewProps {
        pack: pack.clone(),
        gemeente: Some(gemeente.clone()),
    })
    .await;
    assert_eq!(sheet.count("[data-testid=organisations] li.chosen"), 1);
    let chosen = format!("[data-testid=organisations] li[data-gemeente={gemeente}]");
    assert!(sheet.text(&chosen).contains("(gekozen gemeente)"));
}
