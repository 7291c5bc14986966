//! Running inside an `<iframe>` on another site (the ZEL website, docs/embed.md).
//!
//! When framed, the app tells its parent how tall its content is, so the host can make the frame
//! exactly that tall: the host page scrolls, the frame never does. The message carries a height
//! and nothing else. Outside a frame nothing here runs and nothing changes.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use web_sys::js_sys::{Object, Reflect};
use web_sys::{HtmlElement, ResizeObserver, Window};

/// The `type` of the height message; the host's script listens for exactly this.
pub const MESSAGE_TYPE: &str = "verwijswijzer:hoogte";

/// The class on `<html>` while framed: the CSS hides the page's own vertical scrollbar.
pub const FRAMED_CLASS: &str = "ingebed";

/// True when the app runs inside a frame. Comparing window objects is allowed across origins;
/// reading anything of a parent on another origin is not, so nothing else is asked of it.
pub fn framed() -> bool {
    parent_window().is_some()
}

/// The parent window, when there is one other than this window.
fn parent_window() -> Option<Window> {
    let window = gloo_utils::window();
    window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| *parent != window)
}

/// Whether the app may move focus now (to a new question or outcome). Inside a frame, `focus()`
/// before the user has entered the frame takes focus from the host page and scrolls the host to
/// the frame (seen in Chromium); once the frame's document has focus (a click or Tab into it),
/// focus moves as usual.
pub fn may_move_focus() -> bool {
    !framed() || gloo_utils::document().has_focus().unwrap_or(false)
}

/// When framed: marks `<html>` and starts posting the content's height to the parent.
/// Does nothing outside a frame.
pub fn start() {
    let Some(parent) = parent_window() else {
        return;
    };
    let Some(root) = gloo_utils::document()
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let class = root.class_name();
    root.set_class_name(format!("{class} {FRAMED_CLASS}").trim());

    let target = target_origin(ancestor_origin(&gloo_utils::window()));
    let last = Cell::new(None);
    let observed = root.clone();
    // The observer fires once on `observe` and again whenever `<html>`'s box changes size: a new
    // question, the outcome, a narrower frame. `<html>`'s height is its content's height (it has
    // no fixed height and nothing uses vh), so it also shrinks, unlike `scrollHeight`, which
    // never drops below the frame's current height.
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        if let Some(height) = changed_height(last.get(), observed.offset_height()) {
            last.set(Some(height));
            let _ = parent.post_message(&height_message(height), &target);
        }
    });
    let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    // Both live as long as the page: the closure is called by the browser until the page goes,
    // and an observer that observes an element is kept alive by the browser (ResizeObserver
    // spec, "lifetime"), so dropping our handle to it is safe.
    on_resize.forget();
}

/// The height to post, when it differs from the last one posted. Zero means not laid out (yet):
/// a frame sized to zero would hide the app, so it is never sent.
pub fn changed_height(last: Option<i32>, now: i32) -> Option<i32> {
    (now > 0 && last != Some(now)).then_some(now)
}

/// The target origin of the message: the parent's origin when the browser tells it, else "*".
/// `location.ancestorOrigins` (Chromium, Safari) names the parent exactly. `document.referrer`
/// is not used: it names whoever started the frame's navigation, which need not be the parent,
/// and a wrong target drops the message silently, so the frame would never grow. "*" is
/// acceptable because the message holds only a height, and the server's `frame-ancestors`
/// already limits which sites can be the parent at all. An opaque parent ("null", a sandboxed
/// host) is not a valid target, so it gets "*" too.
pub fn target_origin(ancestor: Option<String>) -> String {
    match ancestor {
        Some(origin) if origin.starts_with("https://") || origin.starts_with("http://") => origin,
        _ => "*".into(),
    }
}

/// `location.ancestorOrigins[0]`, the parent's origin, where the browser has the list.
/// web-sys has no binding for it, so it is read by name; any failure means "unknown".
fn ancestor_origin(window: &Window) -> Option<String> {
    let list = Reflect::get(&window.location(), &"ancestorOrigins".into()).ok()?;
    if list.is_undefined() {
        return None;
    }
    Reflect::get(&list, &0.into()).ok()?.as_string()
}

/// `{ type: "verwijswijzer:hoogte", hoogte: <px> }`.
fn height_message(height: i32) -> JsValue {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = Reflect::set(&message, &"hoogte".into(), &height.into());
    message.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_height_is_sent_once_per_change_and_never_zero() {
        assert_eq!(changed_height(None, 812), Some(812));
        assert_eq!(changed_height(Some(812), 812), None);
        assert_eq!(changed_height(Some(812), 1460), Some(1460));
        assert_eq!(
            changed_height(Some(1460), 640),
            Some(640),
            "a shorter page shrinks the frame"
        );
        assert_eq!(changed_height(None, 0), None);
        assert_eq!(changed_height(Some(812), 0), None);
    }

    #[test]
    fn the_parent_origin_is_the_target_when_known_else_any() {
        assert_eq!(
            target_origin(Some("https://www.example.nl".into())),
            "https://www.example.nl"
        );
        assert_eq!(
            target_origin(Some("http://127.0.0.1:4175".into())),
            "http://127.0.0.1:4175"
        );
        assert_eq!(target_origin(None), "*");
        assert_eq!(
            target_origin(Some("null".into())),
            "*",
            "a sandboxed parent"
        );
        assert_eq!(target_origin(Some(String::new())), "*");
    }
}
