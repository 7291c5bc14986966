//! Moving focus to a new heading, so keyboard and screen-reader users land on what changed.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses `heading` whenever `key` changes (a new question, a new outcome); inside a frame only
/// once the user is in the frame, so loading never pulls focus from the host page.
#[hook]
pub fn use_focus_when_changed<T: PartialEq + 'static>(heading: NodeRef, key: T) {
    use_effect_with(key, move |_| {
        if !crate::embed::may_move_focus() {
            return;
        }
        if let Some(element) = heading.cast::<HtmlElement>() {
            let _ = element.focus();
        }
    });
}
