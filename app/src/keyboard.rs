//! Keyboard shortcuts: J, N, W (and 1-9 for choices) answer; Backspace goes back; on the outcome
//! T records consent as given and C copies the summary; arrow keys move between the answer buttons.
//! Typing in a field is never intercepted.

use crate::components::{ANSWERS_ID, COPY_BUTTON_ID};
use crate::state::ConsultHandle;
use gloo_events::{EventListener, EventListenerOptions};
use verwijswijzer::consult::{Action, Consult, Screen};
use verwijswijzer::engine::{AnswerCode, Consent};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// What a key press asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Dispatch(Action),
    /// Press the copy button, so the shortcut and the click share one path.
    CopySummary,
    /// Move focus among the answer buttons: +1 next, -1 previous.
    MoveFocus(i32),
}

/// The shortcut letter or digit shown on an answer button.
pub fn shortcut_for(code: &AnswerCode, position: usize) -> String {
    match code {
        AnswerCode::Yes => "J".into(),
        AnswerCode::No => "N".into(),
        AnswerCode::Unknown => "W".into(),
        AnswerCode::Choice(_) => (position + 1).to_string(),
    }
}

/// Maps a key (as `KeyboardEvent.key`) to a command for the consult as it is now.
pub fn command_for_key(consult: &Consult, key: &str) -> Option<Command> {
    match (consult.screen(), key) {
        (_, "ArrowDown" | "ArrowRight") => Some(Command::MoveFocus(1)),
        (_, "ArrowUp" | "ArrowLeft") => Some(Command::MoveFocus(-1)),
        (_, "Backspace") => Some(Command::Dispatch(Action::Back)),
        (Screen::Outcome, "c" | "C") => Some(Command::CopySummary),
        // T records consent as given; refusing is never one stray key away.
        (Screen::Outcome, "t" | "T") => Some(Command::Dispatch(Action::SetConsent(Consent::Given))),
        (Screen::Question, key) => {
            let question = consult.pack.question(consult.current_question()?)?;
            let codes = question.codes();
            let pressed = key.to_uppercase();
            codes
                .iter()
                .enumerate()
                .find(|(position, code)| shortcut_for(code, *position) == pressed)
                .map(|(_, code)| Command::Dispatch(Action::Answer(code.clone())))
        }
        _ => None,
    }
}

/// Listens on the document for shortcuts while a consult's question or outcome is on screen
/// (`active`); on the factsheet, the tree or the list of cases a letter answers nothing.
#[hook]
pub fn use_keyboard_shortcuts(handle: ConsultHandle, active: bool) {
    use_effect_with((handle, active), |(handle, active)| {
        let handle = handle.clone();
        // Not passive: a shortcut must be able to stop the browser's own use of the key (arrows
        // would scroll the page).
        let listener = active.then(|| {
            EventListener::new_with_options(
                &gloo_utils::document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    // A held key repeats its keydown: it must answer one question, not several.
                    if event.repeat()
                        || event.ctrl_key()
                        || event.meta_key()
                        || event.alt_key()
                        || typing(event)
                    {
                        return;
                    }
                    let Some(command) = command_for_key(&handle.consult, &event.key()) else {
                        return;
                    };
                    event.prevent_default();
                    match command {
                        Command::Dispatch(action) => handle.dispatch.emit(action),
                        Command::CopySummary => click(COPY_BUTTON_ID),
                        Command::MoveFocus(step) => move_focus(step),
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// True when the key goes into a field or a control that uses it itself.
fn typing(event: &KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || (target.tag_name() == "SUMMARY" && event.key() == "Enter")
}

/// Clicks the app's element with this id, if it is on screen.
fn click(id: &str) {
    let element = gloo_utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        element.click();
    }
}

/// Moves focus to the next or previous answer button, wrapping around.
fn move_focus(step: i32) {
    let document = gloo_utils::document();
    let Some(group) = document.get_element_by_id(ANSWERS_ID) else {
        return;
    };
    let Ok(buttons) = group.query_selector_all("button") else {
        return;
    };
    let count = buttons.length();
    if count == 0 {
        return;
    }
    let active = document.active_element();
    let current = (0..count).find(|&i| {
        buttons
            .item(i)
            .is_some_and(|b| Some(b.unchecked_into::<web_sys::Element>()) == active)
    });
    let next = match current {
        Some(i) => (i as i32 + step).rem_euclid(count as i32) as u32,
        None if step > 0 => 0,
        None => count - 1,
    };
    if let Some(button) = buttons
        .item(next)
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use verwijswijzer::packs::catalog;

    fn consult() -> Consult {
        Consult::new(catalog().expect("packs load")).expect("a default region")
    }

    fn answer(code: &str) -> Option<Command> {
        Some(Command::Dispatch(Action::Answer(AnswerCode::from(code))))
    }

    #[test]
    fn j_n_w_answer_yes_no_questions_in_either_case() {
        let consult = consult();
        assert_eq!(command_for_key(&consult, "j"), answer("yes"));
        assert_eq!(command_for_key(&consult, "N"), answer("no"));
        assert_eq!(command_for_key(&consult, "w"), answer("unknown"));
        assert_eq!(
            command_for_key(&consult, "2"),
            None,
            "digits are for choice questions"
        );
        assert_eq!(command_for_key(&consult, "x"), None);
    }

    #[test]
    fn digits_pick_the_options_of_a_choice_question() {
        let consult = consult().apply(Action::Answer(AnswerCode::from("no")));
        assert_eq!(command_for_key(&consult, "1"), answer("child"));
        assert_eq!(command_for_key(&consult, "3"), answer("senior"));
        assert_eq!(command_for_key(&consult, "W"), answer("unknown"));
        assert_eq!(command_for_key(&consult, "j"), None);
    }

    #[test]
    fn c_copies_only_on_the_outcome() {
        let question = consult();
        assert_eq!(command_for_key(&question, "c"), None);
        let outcome = question.apply(Action::Answer(AnswerCode::from("yes")));
        assert_eq!(command_for_key(&outcome, "c"), Some(Command::CopySummary));
        assert_eq!(
            command_for_key(&outcome, "n"),
            None,
            "no answering on the outcome"
        );
    }

    #[test]
    fn t_records_consent_as_given_and_never_refuses_it() {
        let question = consult();
        assert_eq!(command_for_key(&question, "t"), None);
        let outcome = question.apply(Action::Answer(AnswerCode::from("yes")));
        for consult in [
            outcome.clone(),
            outcome.apply(Action::SetConsent(Consent::Given)),
            outcome.apply(Action::SetConsent(Consent::Refused)),
        ] {
            assert_eq!(
                command_for_key(&consult, "T"),
                Some(Command::Dispatch(Action::SetConsent(Consent::Given)))
            );
        }
    }

    #[test]
    fn arrows_move_focus_and_backspace_goes_back() {
        let consult = consult();
        assert_eq!(
            command_for_key(&consult, "ArrowDown"),
            Some(Command::MoveFocus(1))
        );
        assert_eq!(
            command_for_key(&consult, "ArrowLeft"),
            Some(Command::MoveFocus(-1))
        );
        assert_eq!(
            command_for_key(&consult, "Backspace"),
            Some(Command::Dispatch(Action::Back))
        );
    }

    #[test]
    fn every_shortcut_shown_on_a_button_is_one_key() {
        let consult = consult();
        for question in consult.pack.questions.values() {
            for (position, code) in question.codes().iter().enumerate() {
                assert_eq!(shortcut_for(code, position).chars().count(), 1);
            }
        }
    }
}
