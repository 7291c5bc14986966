//! The three fall screening questions for seniors; any yes points to a raised risk.

use crate::callbacks::send;
use verwijswijzer::consult::{Action, FallScreening as Answers};
use verwijswijzer::helpers::{FALL_SCREENING_QUESTIONS, fall_screening_verdict};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FallScreeningProps {
    /// The answers so far: yes, no or not yet, per question.
    pub answers: Answers,
    /// Receives `Action::SetFallScreening` for each answer.
    pub dispatch: Callback<Action>,
}

#[component]
pub fn FallScreening(props: &FallScreeningProps) -> Html {
    let rows = FALL_SCREENING_QUESTIONS
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let answer = props.answers[index];
            let name = format!("val-{index}");
            html! {
                <fieldset class="screening-row">
                    <legend>{ *text }</legend>
                    <label>
                        <input type="radio" name={name.clone()} checked={answer == Some(true)}
                            onchange={send(&props.dispatch, Action::SetFallScreening(index, true))} />
                        { " Ja" }
                    </label>
                    <label>
                        <input type="radio" name={name} checked={answer == Some(false)}
                            onchange={send(&props.dispatch, Action::SetFallScreening(index, false))} />
                        { " Nee" }
                    </label>
                </fieldset>
            }
        });
    let verdict = match fall_screening_verdict(&props.answers) {
        Some(true) => "Minstens één keer ja: verhoogd valrisico. Kies hierboven Ja.",
        Some(false) => "Drie keer nee: geen verhoogd valrisico. Kies hierboven Nee.",
        None => "Eén keer ja is genoeg voor een verhoogd valrisico.",
    };
    html! {
        <div class="helper" data-testid="fall-screening">
            <p class="helper-title">{ "Drie screeningsvragen (wereldrichtlijn valpreventie)" }</p>
            { for rows }
            <p aria-live="polite" class="muted">{ verdict }</p>
        </div>
    }
}
