//! Why no referral text is made, in one line, and what to do instead. The engine decides
//! (`Walk::referral_basis`); this only says it, in the pack's words.

use verwijswijzer::consult::Consult;
use verwijswijzer::engine::NoReferralReason;
use verwijswijzer::summary::{chosen_gemeente, fill_in_for_patient};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct NoReferralNoteProps {
    pub why: AttrValue,
    pub instead: AttrValue,
    /// Patient text the patient can use on their own instead, with its heading.
    #[prop_or_default]
    pub alternative: Option<(AttrValue, Vec<AttrValue>)>,
    /// The welzijnsorganisatie's website, for a patient who goes on their own.
    #[prop_or_default]
    pub website: Option<AttrValue>,
}

impl NoReferralNoteProps {
    /// The note for this consult and reason, filled in for the chosen gemeente.
    pub fn for_consult(consult: &Consult, reason: NoReferralReason) -> Self {
        let pack = &consult.pack;
        let texts = reason.texts(pack);
        let gemeente = chosen_gemeente(consult);
        let alternative = texts
            .alternative
            .as_ref()
            .and_then(|id| pack.route(id))
            .map(|route| {
                let view = route.view(consult.audience());
                let lines = view
                    .expect
                    .iter()
                    .map(|line| AttrValue::from(fill_in_for_patient(pack, gemeente, line)))
                    .collect();
                (AttrValue::from(view.title.to_owned()), lines)
            });
        Self {
            why: texts.why.clone().into(),
            instead: texts.instead.clone().into(),
            alternative,
            website: gemeente
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
            if let Some((title, lines)) = &props.alternative {
                <h4>{ format!("Voor de patiënt zelf: {title}") }</h4>
                <ul>{ for lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            }
            if let Some(website) = &props.website {
                <p>{ "Website van de welzijnsorganisatie: " }{ website }</p>
            }
        </section>
    }
}
