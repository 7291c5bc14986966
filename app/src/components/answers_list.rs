//! The answers given so far, each with a way back to change it.

use crate::callbacks::send;
use std::rc::Rc;
use verwijswijzer::consult::{Action, Consult};
use verwijswijzer::engine::QuestionId;
use yew::prelude::*;

/// One answer given, in the pack's words.
#[derive(Clone, PartialEq, Debug)]
pub struct AnswerRow {
    pub question: QuestionId,
    /// The question's short name, e.g. "Acuut gevaar".
    pub short: AttrValue,
    /// The answer's label, e.g. "Nee".
    pub answer: AttrValue,
    /// "Weet ik niet": shown apart, it is still to be checked.
    pub unknown: bool,
}

impl AnswerRow {
    /// The answers on the consult's path, in the order they were given.
    pub fn for_consult(consult: &Consult) -> Rc<[AnswerRow]> {
        let pack = &consult.pack;
        consult
            .walk
            .path
            .iter()
            .filter_map(|step| {
                let question = pack.question(&step.question)?;
                Some(AnswerRow {
                    question: step.question.clone(),
                    short: question.short.clone().into(),
                    answer: pack.answer_label(question, &step.answer).to_owned().into(),
                    unknown: step.answer.is_unknown(),
                })
            })
            .collect()
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswersListProps {
    pub rows: Rc<[AnswerRow]>,
    /// Receives `Action::Revisit` when the referrer wants to change an answer.
    pub dispatch: Callback<Action>,
}

#[component]
pub fn AnswersList(props: &AnswersListProps) -> Html {
    if props.rows.is_empty() {
        return Html::default();
    }
    let rows = props.rows.iter().map(|row| {
        html! {
            <li class={classes!(row.unknown.then_some("unknown"))}>
                <span class="answer-question">{ &row.short }</span>
                <span class="answer-value">{ &row.answer }</span>
                <button type="button" class="link" data-testid={format!("revisit-{}", row.question)}
                    onclick={send(&props.dispatch, Action::Revisit(row.question.clone()))}>
                    { "Wijzig" }<span class="visually-hidden">{ format!(": {}", row.short) }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="panel" aria-labelledby="answers-title">
            <h2 id="answers-title">{ "Uw antwoorden" }</h2>
            <ol class="answers-list" data-testid="answers-list">{ for rows }</ol>
        </section>
    }
}
