//! BMI from length and weight, computed here and gone once the question is answered.

use crate::callbacks::on_input;
use verwijswijzer::consult::Action;
use verwijswijzer::helpers::{BmiResult, bmi, format_bmi};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BmiHelperProps {
    /// Length in cm and weight in kg, as typed.
    pub length: AttrValue,
    pub weight: AttrValue,
    /// Receives `Action::SetBmiLength` and `Action::SetBmiWeight` as the referrer types.
    pub dispatch: Callback<Action>,
}

#[component]
pub fn BmiHelper(props: &BmiHelperProps) -> Html {
    let result = match bmi(&props.length, &props.weight) {
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
                        value={props.length.clone()} oninput={on_input(&props.dispatch, Action::SetBmiLength)} />
                </label>
                <label class="field">
                    <span>{ "Gewicht (kg)" }</span>
                    <input type="text" inputmode="decimal" autocomplete="off" data-testid="bmi-weight"
                        value={props.weight.clone()} oninput={on_input(&props.dispatch, Action::SetBmiWeight)} />
                </label>
            </div>
            <div aria-live="polite">{ result }</div>
        </fieldset>
    }
}
