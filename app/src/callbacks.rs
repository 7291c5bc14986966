//! Callbacks map to actions: each helper turns one DOM event into exactly one `Action` for the
//! reducer (`make_callback` in Yew's `function_todomvc`), so no component reads an event target
//! by hand.

use verwijswijzer::consult::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A callback that ignores its event and dispatches `action`.
pub fn send<T>(dispatch: &Callback<Action>, action: Action) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(action.clone()))
}

/// Typing in an input or a textarea: dispatches `make` of the field's new value.
pub fn on_input(dispatch: &Callback<Action>, make: fn(String) -> Action) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: InputEvent| dispatch.emit(make(value_of(&event))))
}

/// Choosing in a select: dispatches `make` of the chosen option's value.
pub fn on_select(dispatch: &Callback<Action>, make: fn(String) -> Action) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: Event| dispatch.emit(make(value_of(&event))))
}

/// The value of the field an event came from; checked casts, because one helper serves inputs,
/// textareas and selects alike.
fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}
