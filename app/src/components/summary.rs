//! The referral summary: optional Positieve Gezondheid dimensions and wish, the patient's
//! consent (not asked, given, refused), the text to paste, and a copy button with a visible
//! "gekopieerd". Refused consent means no text: the engine says so, this panel shows it.

use crate::callbacks::{on_input, send};
use crate::components::{NoReferralNote, NoReferralNoteProps};
use crate::state::ConsultHandle;
use verwijswijzer::consult::Action;
use verwijswijzer::engine::Consent;
use verwijswijzer::privacy;
use verwijswijzer::summary::{NoText, referral_text};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The id of the copy button, which the C shortcut presses so key and click share one path.
pub const COPY_BUTTON_ID: &str = "kopieer-samenvatting";

/// How the last copy went, shown beside the button.
#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn SummaryPanel(props: &ConsultHandle) -> Html {
    let consult = &props.consult;
    let dispatch = &props.dispatch;
    let pack = &consult.pack;
    let result = referral_text(consult);
    let text = result.clone().unwrap_or_default();
    // Set again on every new text: `_eq` spares the render when it is idle already.
    let status = use_state_eq(|| CopyStatus::Idle);
    let summary_ref = use_node_ref();

    // A changed summary has not been copied yet.
    {
        let status = status.clone();
        use_effect_with(text.clone(), move |_| status.set(CopyStatus::Idle));
    }

    let on_copy = {
        let status = status.clone();
        let text = text.clone();
        let summary_ref = summary_ref.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let text = text.clone();
            let summary_ref = summary_ref.clone();
            spawn_local(async move {
                let copied =
                    copy_with_clipboard_api(&text).await || copy_by_selection(&summary_ref);
                status.set(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                });
            });
        })
    };

    let on_wish = on_input(dispatch, Action::SetWish);
    // Test builds only (scripts/test.sh): a real panic inside a render, so the e2e test can
    // prove that the panic page replaces advice already on screen.
    #[cfg(feature = "paniektest")]
    if consult.wish == "paniektest" {
        panic!("paniektest: een echte panic tijdens het tekenen");
    }
    let warnings = privacy::kinds(&consult.wish);
    // Tall enough to read the whole summary before copying it.
    let rows = (text.lines().count() + 1).to_string();
    let audience = consult.audience();
    let paste_into = if audience.huisartsenpraktijk {
        format!("Tekst om te plakken in {} of het HIS", pack.region.channel)
    } else {
        format!(
            "Tekst om te plakken in {} of in uw eigen verslag",
            pack.region.channel
        )
    };
    let consent_options = Consent::ALL.map(|choice| {
        let label = match choice {
            Consent::NotAsked => "Nog niet gevraagd",
            Consent::Given => "Gegeven",
            Consent::Refused => "Geweigerd",
        };
        html! {
            <label class={classes!("chip", (consult.consent == choice).then_some("checked"))}>
                <input type="radio" name="consent" checked={consult.consent == choice}
                    data-testid={format!("consent-{}", choice.code())}
                    onchange={send(dispatch, Action::SetConsent(choice))} />
                { label }
                if choice == Consent::Given {
                    <kbd aria-hidden="true">{ "T" }</kbd>
                }
            </label>
        }
    });

    html! {
        <section class="summary" aria-labelledby="summary-title" data-testid="summary">
            <h3 id="summary-title">{ "Verwijssamenvatting" }</h3>
            <fieldset class="dimensions">
                <legend>{ "Positieve Gezondheid: waar wil de patiënt aan werken? (optioneel)" }</legend>
                <div class="chips">
                    { for pack.dimensions.iter().map(|d| {
                        let checked = consult.dimensions.contains(&d.id);
                        html! {
                            <label class={classes!("chip", checked.then_some("checked"))} title={d.help.clone()}>
                                <input type="checkbox" checked={checked} data-testid={format!("dimension-{}", d.id)}
                                    onchange={send(dispatch, Action::ToggleDimension(d.id.clone()))} />
                                { &d.label }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <label class="field" for="wish">
                <span>{ "Wens van de patiënt (optioneel, kort; geen naam of andere persoonsgegevens)" }</span>
            </label>
            <textarea id="wish" rows="2" maxlength="300" data-testid="wish" aria-describedby="wish-warnings"
                value={consult.wish.clone()} oninput={on_wish} />
            <div id="wish-warnings" class="pii-warnings" aria-live="polite" data-testid="pii-warnings">
                { for warnings.iter().map(|kind| html! { <p class="warning">{ kind.warning() }</p> }) }
            </div>
            <fieldset class="consent" data-testid="consent" aria-keyshortcuts="T">
                <legend>{ "Toestemming van de patiënt om gegevens door te geven (T = gegeven)" }</legend>
                <div class="chips">{ for consent_options }</div>
            </fieldset>
            if let Err(NoText::NotAllowed(reason)) = result {
                <NoReferralNote ..NoReferralNoteProps::for_consult(consult, reason) />
            } else {
                <label class="field" for="summary-text">
                    <span>{ paste_into }</span>
                </label>
                <textarea id="summary-text" class="summary-text" readonly=true rows={rows} ref={summary_ref}
                    data-testid="summary-text" value={text} />
                <div class="actions">
                    <button type="button" id={COPY_BUTTON_ID} class="button primary" data-testid="copy-summary" aria-keyshortcuts="C" onclick={on_copy}>
                        <kbd aria-hidden="true">{ "C" }</kbd>{ " Kopieer samenvatting" }
                    </button>
                    <span role="status" class="copy-status" data-testid="copy-status">
                        { match *status {
                            CopyStatus::Idle => "",
                            CopyStatus::Copied => "✓ Gekopieerd",
                            CopyStatus::Failed => "Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.",
                        } }
                    </span>
                </div>
            }
        </section>
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
fn copy_by_selection(summary_ref: &NodeRef) -> bool {
    let Some(area) = summary_ref.cast::<HtmlTextAreaElement>() else {
        return false;
    };
    area.select();
    gloo_utils::document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
