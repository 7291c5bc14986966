//! Components in a real browser (headless Chromium): answering, changing an answer, the
//! outcome, the summary and the personal-data warnings. Each test mounts its own app (or one
//! leaf component with its props, and no context) in its own element and destroys it at the
//! end, so document-level shortcuts never leak across tests.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use verwijswijzer::consult::Action;
use verwijswijzer::engine::QuestionId;
use verwijswijzer_app::app::App;
use verwijswijzer_app::components::{
    AnswerRow, AnswersList, AnswersListProps, CopyText, CopyTextProps, NoReferralNote,
    NoReferralNoteProps,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};
use yew::{BaseComponent, Callback};

mod common;

use common::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

impl Mounted<App> {
    /// The whole app, as the page starts it.
    async fn new() -> Self {
        Self::with_props(()).await
    }
}

impl<C: BaseComponent> Mounted<C> {
    fn find(&self, test_id: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid={test_id}]"))
            .ok()
            .flatten()
    }

    fn get(&self, test_id: &str) -> Element {
        self.find(test_id)
            .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
    }

    fn text(&self, test_id: &str) -> String {
        self.get(test_id).text_content().unwrap_or_default()
    }

    async fn click(&self, test_id: &str) {
        self.get(test_id).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    async fn answer_all(&self, codes: &[&str]) {
        for code in codes {
            self.click(&format!("answer-{code}")).await;
        }
    }

    fn question(&self) -> String {
        self.get("question")
            .get_attribute("data-question")
            .unwrap_or_default()
    }

    fn summary(&self) -> String {
        self.get("summary-text")
            .unchecked_into::<HtmlTextAreaElement>()
            .value()
    }

    async fn type_into(&self, test_id: &str, text: &str) {
        let area = self.get(test_id).unchecked_into::<HtmlTextAreaElement>();
        area.set_value(text);
        let event = web_sys::InputEvent::new("input").expect("an input event");
        area.dispatch_event(&event).expect("dispatched");
        yew::scheduler::flush().await;
    }
}

const WOR_PATH: &[&str] = &[
    "no", "adult", "no", "no", "yes", "no", "no", "no", "yes", "no", "no",
];

#[wasm_bindgen_test]
async fn opens_on_the_acute_risk_question_with_three_answers() {
    let page = Mounted::new().await;
    assert_eq!(page.question(), "acute_risk");
    for code in ["yes", "no", "unknown"] {
        assert!(
            page.find(&format!("answer-{code}")).is_some(),
            "answer {code} missing"
        );
    }
    assert!(
        page.find("start").is_some(),
        "the start settings sit above the first question"
    );
}

#[wasm_bindgen_test]
async fn answering_moves_to_the_next_question_and_closes_the_start() {
    let page = Mounted::new().await;
    page.click("answer-no").await;
    assert_eq!(page.question(), "age_group");
    assert!(page.find("start").is_none());
    assert!(page.find("context-line").is_some());
    assert!(page.text("answers-list").contains("Acuut gevaar"));
}

#[wasm_bindgen_test]
async fn the_wor_path_shows_the_outcome_and_a_summary() {
    let page = Mounted::new().await;
    page.answer_all(WOR_PATH).await;
    let outcome = page.get("outcome");
    assert_eq!(outcome.get_attribute("data-route").as_deref(), Some("wor"));
    assert!(page.find("provisional").is_none());
    assert!(page.text("organisation").contains("ZorgDomein"));
    assert!(page.text("handout").contains("welzijnscoach"));
    let summary = page.summary();
    assert!(summary.contains("Route: Welzijn op Recept"), "{summary}");
    assert!(summary.contains("ICPC: Z68"), "{summary}");
    assert!(page.text("direction").contains("Welzijn op Recept"));
}

/// The fingerprint the app stamps from the shipped bytes is the one the CLI and the native
/// tests compute from the pack itself (`Fingerprint::of_pack` serialises it again here).
#[wasm_bindgen_test]
async fn the_footer_and_the_summary_name_the_fingerprint_computed_natively() {
    let (region, bytes) = verwijswijzer_app::packs::PACKS[0];
    let decoded = verwijswijzer::fingerprint::decode(bytes).expect("the default pack decodes");
    let native = verwijswijzer::fingerprint::Fingerprint::of_pack(&decoded).to_string();
    assert_eq!(decoded.region.id.as_str(), region);
    assert_eq!(native.len(), 8, "{native}");

    let page = Mounted::new().await;
    let footer = page.text("content-version");
    let expected = format!(
        "Regio {}, inhoudspakket {} van {}, inhoud {native}. Beheer: {}.",
        decoded.region.name, decoded.region.version, decoded.region.date, decoded.region.owner
    );
    assert_eq!(footer.trim(), expected);
    page.answer_all(WOR_PATH).await;
    let summary = page.summary();
    let last = summary.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("Bron: Verwijswijzer") && last.ends_with(&format!(", inhoud {native}")),
        "{summary}"
    );
}

#[wasm_bindgen_test]
async fn changing_an_earlier_answer_recomputes_the_outcome() {
    let page = Mounted::new().await;
    page.answer_all(WOR_PATH).await;
    page.click("revisit-psychosocial").await;
    assert_eq!(page.question(), "psychosocial");
    page.click("answer-no").await;
    assert_eq!(
        page.get("outcome").get_attribute("data-route").as_deref(),
        Some("other")
    );
}

#[wasm_bindgen_test]
async fn weet_ik_niet_makes_the_outcome_provisional_with_open_checks() {
    let page = Mounted::new().await;
    page.answer_all(&[
        "no", "adult", "no", "no", "yes", "no", "no", "no", "unknown", "no", "no",
    ])
    .await;
    assert_eq!(
        page.get("outcome").get_attribute("data-route").as_deref(),
        Some("not_now")
    );
    assert!(page.find("provisional").is_some());
    assert!(page.text("open-checks").contains("welzijnscoach"));
    assert!(page.summary().starts_with("VOORLOPIGE UITKOMST"));
}

#[wasm_bindgen_test]
async fn weet_ik_niet_on_acute_risk_keeps_the_crisis_numbers_in_sight() {
    let page = Mounted::new().await;
    page.answer_all(&[
        "unknown", "adult", "no", "no", "yes", "no", "no", "no", "yes", "no", "no",
    ])
    .await;
    assert_eq!(
        page.get("outcome").get_attribute("data-route").as_deref(),
        Some("wor")
    );
    assert!(page.find("provisional").is_some());
    let check = page.text("crisis-check");
    assert!(
        check.contains("nog niet uitgesloten") && check.contains("0800-0113"),
        "{check}"
    );
}

#[wasm_bindgen_test]
async fn acute_risk_shows_the_crisis_route_and_no_referral() {
    let page = Mounted::new().await;
    page.click("answer-yes").await;
    assert_eq!(
        page.get("outcome").get_attribute("data-route").as_deref(),
        Some("urgent_care")
    );
    assert!(page.text("crisis").contains("0800-0113"));
    assert!(page.find("summary").is_none());
    assert!(page.find("consent").is_none());
    assert!(page.find("crisis-check").is_none());
}

#[wasm_bindgen_test]
async fn the_wish_field_warns_about_personal_data() {
    let page = Mounted::new().await;
    page.answer_all(WOR_PATH).await;
    page.type_into("wish", "Bel hem op 0612345678, BSN 123456782")
        .await;
    let warnings = page.text("pii-warnings");
    assert!(warnings.contains("BSN"), "{warnings}");
    assert!(warnings.contains("telefoonnummer"), "{warnings}");
    page.type_into("wish", "Wil graag wandelen in een groep")
        .await;
    assert_eq!(page.text("pii-warnings"), "");
    assert!(
        page.summary()
            .contains("Wens van de patiënt: Wil graag wandelen in een groep")
    );
}

#[wasm_bindgen_test]
async fn keyboard_shortcuts_answer_the_current_question() {
    let page = Mounted::new().await;
    let document = gloo_utils::document();
    for key in ["n", "2"] {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event =
            KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
        document.dispatch_event(&event).expect("dispatched");
        yew::scheduler::flush().await;
    }
    assert_eq!(page.question(), "needs_medical_care");
}

#[wasm_bindgen_test]
async fn reset_clears_every_answer() {
    let page = Mounted::new().await;
    page.answer_all(&["no", "adult", "no"]).await;
    page.click("reset").await;
    assert_eq!(page.question(), "acute_risk");
    assert!(page.find("answers-list").is_none());
}

#[wasm_bindgen_test]
fn a_panic_replaces_the_page_with_a_calm_message_and_a_reload_link() {
    let scratch = gloo_utils::document()
        .implementation()
        .expect("a DOM implementation")
        .create_html_document_with_title("test")
        .expect("a scratch document");
    let body = scratch.body().expect("a body");
    body.set_inner_html("<p>Uitkomst: Welzijn op Recept</p>");
    verwijswijzer_app::show_panic_page_in(&scratch);
    let text = body.text_content().unwrap_or_default();
    assert!(text.contains("Er ging iets mis"), "{text}");
    assert!(
        !text.contains("Uitkomst"),
        "stale advice must not stay on screen"
    );
    let link = body
        .query_selector("main[role=alert] a[href]")
        .ok()
        .flatten()
        .expect("a reload link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some(""),
        "an empty href reloads the page"
    );
}

#[wasm_bindgen_test]
async fn the_answers_list_renders_from_its_props_alone_and_asks_to_revisit() {
    let dispatched = Rc::new(RefCell::new(Vec::new()));
    let rows: Rc<[AnswerRow]> = Rc::new([
        AnswerRow {
            question: QuestionId::new("acute_risk"),
            short: "Acuut gevaar".into(),
            answer: "Nee".into(),
            unknown: false,
        },
        AnswerRow {
            question: QuestionId::new("age_group"),
            short: "Leeftijd".into(),
            answer: "Weet ik niet".into(),
            unknown: true,
        },
    ]);
    let dispatch = {
        let dispatched = dispatched.clone();
        Callback::from(move |action: Action| dispatched.borrow_mut().push(action))
    };
    let list = Mounted::<AnswersList>::with_props(AnswersListProps { rows, dispatch }).await;
    let items = list
        .get("answers-list")
        .query_selector_all("li")
        .expect("rows");
    assert_eq!(items.length(), 2);
    let text = list.text("answers-list");
    assert!(
        text.contains("Acuut gevaar") && text.contains("Nee"),
        "{text}"
    );
    assert_eq!(
        list.root
            .query_selector_all("li.unknown")
            .expect("rows")
            .length(),
        1,
        "only the unknown answer is marked"
    );
    list.click("revisit-age_group").await;
    assert_eq!(
        *dispatched.borrow(),
        [Action::Revisit(QuestionId::new("age_group"))]
    );
}

#[wasm_bindgen_test]
async fn the_answers_list_is_absent_without_answers() {
    let list = Mounted::<AnswersList>::with_props(AnswersListProps {
        rows: Rc::new([]),
        dispatch: Callback::noop(),
    })
    .await;
    assert!(list.find("answers-list").is_none());
}

#[wasm_bindgen_test]
async fn the_no_referral_note_renders_from_its_props_alone() {
    let note = Mounted::<NoReferralNote>::with_props(NoReferralNoteProps {
        why: "De patiënt weigert toestemming.".into(),
        instead: "Wijs op wat de patiënt zelf kan doen.".into(),
        website: Some("https://example.org".into()),
    })
    .await;
    let text = note.text("no-referral");
    assert!(text.contains("Geen verwijstekst"), "{text}");
    assert!(text.contains("De patiënt weigert toestemming."), "{text}");
    assert!(
        text.contains("Website van de welzijnsorganisatie: https://example.org"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn reasons_reach_the_summary_and_the_practice_gets_a_his_journal_line() {
    let page = Mounted::new().await;
    page.answer_all(WOR_PATH).await;
    assert!(
        page.summary()
            .contains("\nReden van verwijzing: niet opgegeven\n"),
        "{}",
        page.summary()
    );
    page.click("reason-eenzaamheid").await;
    page.click("reason-geldzorgen").await;
    let summary = page.summary();
    assert!(
        summary.contains("\nReden van verwijzing: Eenzaamheid; Geldzorgen"),
        "{summary}"
    );
    assert!(
        summary.starts_with("Gemeente: niet opgegeven\n"),
        "{summary}"
    );
    page.click("reason-geldzorgen").await;
    assert!(!page.summary().contains("Geldzorgen"));

    // No referrer chosen counts as the practice: the HIS journal line in SOEP form, with its
    // own label, copy button and status.
    let journal = page
        .get("his-text")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    for line in ["\nS: ", "\nO: ", "\nE: ", "\nP: ", "ICPC: Z68"] {
        assert!(journal.contains(line), "'{line}' in:\n{journal}");
    }
    let area = page.get("his-text");
    assert_eq!(area.id(), "his-regel");
    let label = page
        .root
        .query_selector("label[for=his-regel]")
        .ok()
        .flatten()
        .expect("a label for the journal line");
    assert!(
        label
            .text_content()
            .unwrap_or_default()
            .contains("Journaalregel voor het HIS (SOEP)")
    );
    assert_eq!(page.get("copy-his").id(), "kopieer-his");
    assert_eq!(page.get("copy-summary").id(), "kopieer-samenvatting");
    assert!(page.find("copy-his-status").is_some());
}

#[wasm_bindgen_test]
async fn a_route_without_the_channel_gets_no_his_journal_line() {
    let page = Mounted::new().await;
    page.answer_all(&["no", "adult", "no", "no", "no", "no", "no"])
        .await;
    assert_eq!(
        page.get("outcome").get_attribute("data-route").as_deref(),
        Some("other")
    );
    assert!(page.find("summary-text").is_some());
    assert!(page.find("his-text").is_none());
    assert!(page.find("copy-his").is_none());
}

#[wasm_bindgen_test]
async fn the_copy_text_renders_from_its_props_alone() {
    let copy = Mounted::<CopyText>::with_props(CopyTextProps {
        label: "Journaalregel voor het HIS (SOEP)".into(),
        text: "S: iets\nO: iets anders".into(),
        area_id: "his-regel".into(),
        area_test_id: "his-text".into(),
        button_id: "kopieer-his".into(),
        button_test_id: "copy-his".into(),
        button_label: "Kopieer journaalregel".into(),
        status_test_id: "copy-his-status".into(),
        shortcut: None,
        primary: false,
    })
    .await;
    let area = copy.get("his-text").unchecked_into::<HtmlTextAreaElement>();
    assert_eq!(area.value(), "S: iets\nO: iets anders");
    assert!(area.read_only());
    assert_eq!(copy.text("copy-his"), "Kopieer journaalregel");
    assert_eq!(
        copy.get("copy-his").get_attribute("aria-keyshortcuts"),
        None
    );
    assert_eq!(copy.text("copy-his-status"), "");
}
