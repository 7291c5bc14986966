//! The decision tree, drawn from the pack in Rust (`engine::tree_svg`), with the path of the
//! consult on screen highlighted, and every question's help text below it.

use crate::focus::use_focus_when_changed;
use std::rc::Rc;
use verwijswijzer::consult::Consult;
use verwijswijzer::engine::{ACUTE_RISK, Highlight, QuestionId, tree_svg_for_page};
use yew::prelude::*;

#[derive(Properties)]
pub struct TreeViewProps {
    /// Compared by pointer: every action makes a new consult.
    pub consult: Rc<Consult>,
    /// The question whose help text to open (a node of the tree was chosen).
    pub question: Option<QuestionId>,
}

impl PartialEq for TreeViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.consult, &other.consult) && self.question == other.question
    }
}

/// How large the drawing is shown: it scrolls inside its frame at any size.
#[derive(Clone, Copy, PartialEq)]
enum Zoom {
    Fit,
    Actual,
    Large,
}

impl Zoom {
    const ALL: [Zoom; 3] = [Zoom::Fit, Zoom::Actual, Zoom::Large];

    fn label(self) -> &'static str {
        match self {
            Zoom::Fit => "Passend",
            Zoom::Actual => "100%",
            Zoom::Large => "150%",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Zoom::Fit => "zoom-fit",
            Zoom::Actual => "zoom-100",
            Zoom::Large => "zoom-150",
        }
    }
}

#[component]
pub fn TreeView(props: &TreeViewProps) -> Html {
    let consult = &props.consult;
    let pack = &consult.pack;
    let walk = &consult.walk;
    // Wide screens and projectors see the whole tree at once; a phone keeps legible text and
    // scrolls sideways.
    let zoom = use_state_eq(|| {
        let width = gloo_utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0);
        if width >= 800.0 {
            Zoom::Fit
        } else {
            Zoom::Actual
        }
    });
    let heading = use_node_ref();
    use_focus_when_changed(heading.clone(), pack.region.id.clone());
    // A node of the tree was chosen: its help text takes focus, which scrolls it into view.
    // Not in a frame the user has not entered yet: that would scroll the host page.
    use_effect_with(props.question.clone(), |question| {
        if !crate::embed::may_move_focus() {
            return;
        }
        let element = question
            .as_ref()
            .and_then(|q| gloo_utils::document().get_element_by_id(&help_id(q)));
        if let Some(element) =
            element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
    let highlight = Highlight {
        path: &walk.path,
        primary: walk.primary.as_ref().filter(|_| walk.is_complete()),
        also: if walk.is_complete() { &walk.also } else { &[] },
    };
    let svg = Html::from_html_unchecked(AttrValue::from(tree_svg_for_page(pack, &highlight)));
    let whose = if consult.training {
        "de oefencasus"
    } else {
        "dit consult"
    };
    let path_note = if walk.path.is_empty() {
        format!(
            "Nog geen vraag beantwoord in {whose}. Beantwoorde vragen en de route worden in de tekening dik gemarkeerd."
        )
    } else {
        format!("Het pad van {whose} is dik gemarkeerd, met het gegeven antwoord bij elke vraag.")
    };
    // In the order the engine asks them; a question asked in the flow and as an add-on once.
    let mut questions: Vec<QuestionId> = Vec::new();
    let asked = std::iter::once(QuestionId::from(ACUTE_RISK))
        .chain(pack.flow.iter().map(|s| s.question.clone()))
        .chain(pack.addons.iter().map(|a| a.question.clone()));
    for question in asked {
        if !questions.contains(&question) {
            questions.push(question);
        }
    }

    html! {
        <section class="card tree" aria-labelledby="tree-title" data-testid="tree">
            <p class="eyebrow">{ format!("Regio {}", pack.region.name) }</p>
            <h2 id="tree-title" tabindex="-1" ref={heading}>{ "De beslisboom" }</h2>
            <p class="lead">
                { "Zo kiest Verwijswijzer een route: de vraag naar acuut gevaar komt altijd eerst, daarna de vragen van boven naar beneden. Klik op een vraag voor de uitleg." }
            </p>
            <p class="muted" data-testid="tree-path-note">{ path_note }</p>
            <div class="zoom no-print" role="group" aria-label="Grootte van de tekening">
                { for Zoom::ALL.into_iter().map(|z| {
                    let zoom = zoom.clone();
                    html! {
                        <button type="button" class="button secondary small" aria-pressed={(*zoom == z).to_string()}
                            onclick={Callback::from(move |_| zoom.set(z))}>{ z.label() }</button>
                    }
                }) }
            </div>
            <div class={classes!("tree-frame", zoom.class())} tabindex="0" role="region" aria-label="Tekening van de beslisboom; schuif om alles te zien" data-testid="tree-frame">
                { svg }
            </div>
            <h3>{ "Uitleg per vraag" }</h3>
            <ol class="tree-help">
                { for questions.iter().filter_map(|id| pack.question(id).map(|q| (id, q))).map(|(id, question)| html! {
                    <li id={help_id(id)} tabindex="-1" class={classes!((props.question.as_ref() == Some(id)).then_some("chosen"))} data-testid={format!("help-{id}")}>
                        <h4>{ &question.short }</h4>
                        <p><strong>{ &question.text }</strong></p>
                        <p>{ &question.help }</p>
                        if !question.examples.is_empty() {
                            <ul>{ for question.examples.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// The id of a question's help text: not the node's (`vraag-...`), so both can be on the page.
fn help_id(question: &QuestionId) -> String {
    format!("hulp-{question}")
}
