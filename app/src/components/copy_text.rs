//! A read-only text to paste elsewhere: its label, the text and a copy button with a visible
//! "gekopieerd". The summary shows one for the channel's referral text and, for the practice,
//! one for the HIS journal line.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// How the last copy went, shown beside the button.
#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct CopyTextProps {
    /// The label above the text, e.g. "Tekst om te plakken in ZorgDomein".
    pub label: AttrValue,
    pub text: AttrValue,
    /// The textarea's id; the label points at it.
    pub area_id: AttrValue,
    pub area_test_id: AttrValue,
    /// The button's id (a keyboard shortcut may press it by id).
    pub button_id: AttrValue,
    pub button_test_id: AttrValue,
    /// The button's words, e.g. "Kopieer samenvatting".
    pub button_label: AttrValue,
    pub status_test_id: AttrValue,
    /// A key that presses the button, shown on it.
    #[prop_or_default]
    pub shortcut: Option<AttrValue>,
    /// The main action of the panel (the channel's text) or a second one.
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn CopyText(props: &CopyTextProps) -> Html {
    // Set again on every new text: `_eq` spares the render when it is idle already.
    let status = use_state_eq(|| CopyStatus::Idle);
    let area_ref = use_node_ref();

    // A changed text has not been copied yet.
    {
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(CopyStatus::Idle));
    }

    let on_copy = {
        let status = status.clone();
        let text = props.text.clone();
        let area_ref = area_ref.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let text = text.clone();
            let area_ref = area_ref.clone();
            spawn_local(async move {
                let copied = copy_with_clipboard_api(&text).await || copy_by_selection(&area_ref);
                status.set(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                });
            });
        })
    };

    // Tall enough to read the whole text before copying it.
    let rows = (props.text.lines().count() + 1).to_string();
    let button_class = if props.primary {
        "button primary"
    } else {
        "button secondary"
    };
    html! {
        <>
            <label class="field" for={props.area_id.clone()}>
                <span>{ props.label.clone() }</span>
            </label>
            <textarea id={props.area_id.clone()} class="summary-text" readonly=true rows={rows} ref={area_ref}
                data-testid={props.area_test_id.clone()} value={props.text.clone()} />
            <div class="actions">
                <button type="button" id={props.button_id.clone()} class={button_class}
                    data-testid={props.button_test_id.clone()}
                    aria-keyshortcuts={props.shortcut.clone()} onclick={on_copy}>
                    if let Some(key) = &props.shortcut {
                        <kbd aria-hidden="true">{ key.clone() }</kbd>{ " " }
                    }
                    { props.button_label.clone() }
                </button>
                <span role="status" class="copy-status" data-testid={props.status_test_id.clone()}>
                    { match *status {
                        CopyStatus::Idle => "",
                        CopyStatus::Copied => "✓ Gekopieerd",
                        CopyStatus::Failed => "Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.",
                    } }
                </span>
            </div>
        </>
    }
}

async fn copy_with_clipboard_api(text: &str) -> bool {
    let navigator = gloo_utils::window().navigator();
    // The Clipboard API exists only in secure contexts (https or localhost).
    if !js_sys_has(&navigator, "clipboard") {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

fn js_sys_has(target: &web_sys::Navigator, property: &str) -> bool {
    let value: &wasm_bindgen::JsValue = target.as_ref();
    web_sys::js_sys::Reflect::has(value, &property.into()).unwrap_or(false)
}

/// The old way, for browsers without the Clipboard API: select the text and copy it.
fn copy_by_selection(area_ref: &NodeRef) -> bool {
    let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else {
        return false;
    };
    area.select();
    gloo_utils::document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
