//! BMI from length and weight, computed here and gone once the question is answered.

use crate::state::use_consult;
use verwijswijzer::consult::Action;
use verwijswijzer::helpers::{BmiResult, bmi, format_bmi};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn BmiHelper() -> Html {
    let handle = use_consult();
    let consult = &handle.consult;
    let typed = |make: fn(String) -> Action| {
        let dispatch = handle.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            dispatch.emit(make(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let result = match bmi(&consult.bmi_length, &consult.bmi_weight) {
        BmiResult::Incomplete => {
            html! { <p class="muted">{ "Vul lengte en gewicht in om de BMI te zien." }</p> }
        }
        BmiResult::Refused(message) => {
            html! { <p class="warning" data-testid="bmi-refused">{ message }</p> }
        }
        BmiResult::Computed { bmi, advice } => html! {
            <p data-testid="bmi-result"><strong>{ format!("BMI {}", format_bmi(bmi)) }</strong>{ ". " }{ advice }</p>
        },
    };
    html! {
        <fieldset class="helper" data-testid="bmi-helper">
            <legend>{ "BMI berekenen (optioneel)" }</legend>
            <p class="muted">{ "Wordt alleen hier berekend en niet bewaard: na het antwoord is het weg." }</p>
            <div class="fields compact">
                <label class="field">
                    <span>{ "Lengte (cm)" }</span>
                    <input type="text" inputmode="decimal" autocomplete="off" data-testid="bmi-length"
                        value={consult.bmi_length.clone()} oninput={typed(Action::SetBmiLength)} />
                </label>
                <label class="field">
                    <span>{ "Gewicht (kg)" }</span>
                    <input type="text" inputmode="decimal" autocomplete="off" data-testid="bmi-weight"
                        value={consult.bmi_weight.clone()} oninput={typed(Action::SetBmiWeight)} />
                </label>
            </div>
            <div aria-live="polite">{ result }</div>
        </fieldset>
    }
}
