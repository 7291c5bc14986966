//! The referral summary: optional Positieve Gezondheid dimensions, reasons for referral (for
//! the region's monitoring) and wish, the patient's consent (not asked, given, refused), the
//! text to paste in the region's channel and, for the practice, the HIS journal line, each with
//! a copy button. Refused consent means no text: the engine says so, this panel shows it.

use crate::callbacks::{on_input, send};
use crate::components::{CopyText, NoReferralNote, NoReferralNoteProps};
use crate::state::ConsultHandle;
use verwijswijzer::consult::Action;
use verwijswijzer::engine::Consent;
use verwijswijzer::privacy;
use verwijswijzer::summary::{Layout, NoText, layouts, referral_text, referral_text_as};
use yew::prelude::*;

/// The id of the copy button, which the C shortcut presses so key and click share one path.
pub const COPY_BUTTON_ID: &str = "kopieer-samenvatting";

/// The id of the HIS journal line's copy button.
pub const COPY_HIS_BUTTON_ID: &str = "kopieer-his";

#[component]
pub fn SummaryPanel(props: &ConsultHandle) -> Html {
    let consult = &props.consult;
    let dispatch = &props.dispatch;
    let pack = &consult.pack;
    let result = referral_text(consult);
    let text = result.clone().unwrap_or_default();
    // The HIS journal line, when the referrer works in the practice and refers via the channel.
    let journal = layouts(consult)
        .contains(&Layout::HisJournaal)
        .then(|| referral_text_as(consult, Layout::HisJournaal).ok())
        .flatten();

    let on_wish = on_input(dispatch, Action::SetWish);
    // Test builds only (scripts/test.sh): a real panic inside a render, so the e2e test can
    // prove that the panic page replaces advice already on screen.
    #[cfg(feature = "paniektest")]
    if consult.wish == "paniektest" {
        panic!("paniektest: een echte panic tijdens het tekenen");
    }
    let warnings = privacy::kinds(&consult.wish);
    let audience = consult.audience();
    let paste_into = if journal.is_some() {
        format!("Tekst om te plakken in {}", pack.region.channel)
    } else if audience.huisartsenpraktijk {
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
            <fieldset class="referral-reasons" data-testid="referral-reasons">
                <legend>{ "Reden van verwijzing (meer dan één mag)" }</legend>
                <div class="chips">
                    { for pack.referral_reasons.iter().map(|r| {
                        let checked = consult.reasons.contains(&r.id);
                        html! {
                            <label class={classes!("chip", checked.then_some("checked"))}>
                                <input type="checkbox" checked={checked} data-testid={format!("reason-{}", r.id)}
                                    onchange={send(dispatch, Action::ToggleReason(r.id.clone()))} />
                                { &r.label }
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
                <CopyText label={paste_into} text={text} primary=true
                    area_id="summary-text" area_test_id="summary-text"
                    button_id={COPY_BUTTON_ID} button_test_id="copy-summary"
                    button_label="Kopieer samenvatting" shortcut={Some(AttrValue::from("C"))}
                    status_test_id="copy-status" />
                if let Some(journal) = journal {
                    <CopyText label={Layout::HisJournaal.label()} text={journal}
                        area_id="his-regel" area_test_id="his-text"
                        button_id={COPY_HIS_BUTTON_ID} button_test_id="copy-his"
                        button_label="Kopieer journaalregel" status_test_id="copy-his-status" />
                }
            }
        </section>
    }
}
