//! The current question: text, answers with their shortcuts, help on demand, and a helper.

use crate::callbacks::send;
use crate::components::{BmiHelper, FallScreening};
use crate::focus::use_focus_when_changed;
use crate::keyboard::shortcut_for;
use crate::state::ConsultHandle;
use verwijswijzer::consult::Action;
use verwijswijzer::engine::Helper;
use yew::prelude::*;

/// The id of the group of answer buttons; the arrow keys move focus within it.
pub const ANSWERS_ID: &str = "antwoorden";

/// A container: reads the consult from context and hands its helpers their slice as props.
#[component]
pub fn QuestionCard(handle: &ConsultHandle) -> Html {
    let consult = &handle.consult;
    let heading = use_node_ref();
    let current = consult.current_question().cloned();

    // A new question takes focus, so screen readers read it and keys act on it.
    use_focus_when_changed(heading.clone(), current.clone());

    let Some(id) = current else {
        return Html::default();
    };
    let Some(question) = consult.pack.question(&id) else {
        return Html::default();
    };
    let given = consult.answers.get(&id);
    let number = consult
        .walk
        .path
        .iter()
        .position(|s| s.question == id)
        .unwrap_or(consult.walk.path.len())
        + 1;

    let answers = question
        .codes()
        .into_iter()
        .enumerate()
        .map(|(position, code)| {
            let label = consult.pack.answer_label(question, &code).to_owned();
            let key = shortcut_for(&code, position);
            let chosen = given == Some(&code);
            html! {
                <button
                    type="button"
                    class={classes!("answer", format!("answer-{code}"), chosen.then_some("chosen"))}
                    aria-pressed={chosen.to_string()}
                    aria-keyshortcuts={key.clone()}
                    data-testid={format!("answer-{code}")}
                    onclick={send(&handle.dispatch, Action::Answer(code.clone()))}
                >
                    <kbd aria-hidden="true">{ key }</kbd>
                    <span>{ label }</span>
                </button>
            }
        });

    let helper = match question.helper {
        Some(Helper::Bmi) => html! {
            <BmiHelper length={consult.bmi_length.clone()} weight={consult.bmi_weight.clone()}
                dispatch={handle.dispatch.clone()} />
        },
        Some(Helper::FallScreening) => html! {
            <FallScreening answers={consult.fall_screening} dispatch={handle.dispatch.clone()} />
        },
        None => Html::default(),
    };
    let back_possible = number > 1;

    html! {
        <section class="card question" aria-labelledby="question-title" data-testid="question" data-question={id.to_string()}>
            <p class="eyebrow">{ format!("Vraag {number} · {}", question.short) }</p>
            <h2 id="question-title" tabindex="-1" ref={heading}>{ &question.text }</h2>
            if consult.revisiting.is_some() {
                <p class="notice">{ "U past een eerder antwoord aan. De vragen hierna passen zich aan." }</p>
            }
            <div id={ANSWERS_ID} class="answers" role="group" aria-labelledby="question-title">
                { for answers }
            </div>
            <p class="hint">
                { "Toetsen: " }<kbd>{ "J" }</kbd>{ " ja, " }<kbd>{ "N" }</kbd>{ " nee, " }<kbd>{ "W" }</kbd>
                { " weet ik niet" }
                if !question.is_yes_no() { { ", of het cijfer" } }
                { ". Pijltjes en Enter werken ook. " }<kbd>{ "⌫" }</kbd>{ " vorige vraag." }
            </p>
            <details class="help" data-testid="help">
                <summary>{ "Uitleg en voorbeelden" }</summary>
                <p>{ &question.help }</p>
                <ul>
                    { for question.examples.iter().map(|e| html! { <li>{ e }</li> }) }
                </ul>
            </details>
            { helper }
            if back_possible {
                <button type="button" class="link back" onclick={send(&handle.dispatch, Action::Back)}>
                    { "← Vorige vraag" }
                </button>
            }
        </section>
    }
}
