//! The answers given so far, each with a way back to change it.

use crate::state::use_consult;
use verwijswijzer::consult::Action;
use yew::prelude::*;

#[component]
pub fn AnswersList() -> Html {
    let handle = use_consult();
    let consult = &handle.consult;
    let pack = &consult.pack;
    if consult.walk.path.is_empty() {
        return Html::default();
    }
    let rows = consult.walk.path.iter().filter_map(|step| {
        let question = pack.question(&step.question)?;
        let unknown = step.answer.is_unknown();
        Some(html! {
            <li class={classes!(unknown.then_some("unknown"))}>
                <span class="answer-question">{ &question.short }</span>
                <span class="answer-value">{ pack.answer_label(question, &step.answer) }</span>
                <button type="button" class="link" data-testid={format!("revisit-{}", step.question)}
                    onclick={handle.send(Action::Revisit(step.question.clone()))}>
                    { "Wijzig" }<span class="visually-hidden">{ format!(": {}", question.short) }</span>
                </button>
            </li>
        })
    });
    html! {
        <section class="panel" aria-labelledby="answers-title">
            <h2 id="answers-title">{ "Uw antwoorden" }</h2>
            <ol class="answers-list" data-testid="answers-list">{ for rows }</ol>
        </section>
    }
}
