//! Why no referral text is made, in one line, and what to do instead. The engine decides
//! (`Walk::referral_basis`); this only says it, in the pack's words. What the patient can do
//! alone instead is in the patient handout, which prints.

use verwijswijzer::consult::Consult;
use verwijswijzer::engine::NoReferralReason;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct NoReferralNoteProps {
    pub why: AttrValue,
    pub instead: AttrValue,
    /// The welzijnsorganisatie's website, for a patient who goes on their own.
    #[prop_or_default]
    pub website: Option<AttrValue>,
}

impl NoReferralNoteProps {
    /// The note for this consult and reason, in the pack's words.
    pub fn for_consult(consult: &Consult, reason: NoReferralReason) -> Self {
        let texts = reason.texts(&consult.pack);
        Self {
            why: texts.why.clone().into(),
            instead: texts.instead.clone().into(),
            website: consult
                .gemeente()
                .and_then(|g| g.known_website())
                .map(|w| AttrValue::from(w.to_owned())),
        }
    }
}

#[component]
pub fn NoReferralNote(props: &NoReferralNoteProps) -> Html {
    html! {
        <section class="no-referral" aria-labelledby="no-referral-title" data-testid="no-referral">
            <h3 id="no-referral-title">{ "Geen verwijstekst" }</h3>
            <p><strong>{ &props.why }</strong></p>
            <p>{ &props.instead }</p>
            if let Some(website) = &props.website {
                <p>{ "Website van de welzijnsorganisatie: " }{ website }</p>
            }
        </section>
    }
}
