//! The three fall screening questions for seniors; any yes points to a raised risk.

use crate::state::use_consult;
use verwijswijzer::consult::Action;
use verwijswijzer::helpers::{FALL_SCREENING_QUESTIONS, fall_screening_verdict};
use yew::prelude::*;

#[component]
pub fn FallScreening() -> Html {
    let handle = use_consult();
    let consult = &handle.consult;
    let rows = FALL_SCREENING_QUESTIONS
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let answer = consult.fall_screening[index];
            let name = format!("val-{index}");
            html! {
                <fieldset class="screening-row">
                    <legend>{ *text }</legend>
                    <label>
                        <input type="radio" name={name.clone()} checked={answer == Some(true)}
                            onchange={handle.send(Action::SetFallScreening(index, true))} />
                        { " Ja" }
                    </label>
                    <label>
                        <input type="radio" name={name} checked={answer == Some(false)}
                            onchange={handle.send(Action::SetFallScreening(index, false))} />
                        { " Nee" }
                    </label>
                </fieldset>
            }
        });
    let verdict = match fall_screening_verdict(&consult.fall_screening) {
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
