//! Region, gemeente and type of referrer: open above the first question, one line after it.

use crate::callbacks::{on_select, send};
use crate::state::ConsultHandle;
use verwijswijzer::consult::Action;
use verwijswijzer::engine::{GemeenteId, ReferrerId, RegionId};
use yew::prelude::*;

#[component]
pub fn StartSettings(props: &ConsultHandle) -> Html {
    let consult = &props.consult;
    let dispatch = &props.dispatch;
    let pack = &consult.pack;
    let gemeente = consult.gemeente();
    let referrer = consult
        .referrer
        .as_ref()
        .and_then(|id| pack.referrer_types.iter().find(|r| &r.id == id));

    if !consult.start_open {
        let line = format!(
            "{} · {} · {}",
            pack.region.name,
            gemeente.map_or("gemeente niet gekozen", |g| g.name.as_str()),
            referrer.map_or("verwijzer niet gekozen", |r| r.label.as_str()),
        );
        return html! {
            <div class="context-line" data-testid="context-line">
                <span>{ line }</span>
                <button type="button" class="link" onclick={send(dispatch, Action::ShowStart(true))}>
                    { "Wijzig" }
                    <span class="visually-hidden">{ " regio, gemeente of verwijzer" }</span>
                </button>
            </div>
        };
    }

    // Each select maps its chosen value to one action; "" is "nog niet gekozen".
    let on_region = on_select(dispatch, |v| Action::ChooseRegion(RegionId::new(v)));
    let on_gemeente = on_select(dispatch, |v| {
        Action::ChooseGemeente((!v.is_empty()).then(|| GemeenteId::new(v)))
    });
    let on_referrer = on_select(dispatch, |v| {
        Action::ChooseReferrer((!v.is_empty()).then(|| ReferrerId::new(v)))
    });

    html! {
        <section class="card start" aria-labelledby="start-title" data-testid="start">
            <h2 id="start-title">{ "Past Welzijn op Recept bij deze patiënt?" }</h2>
            <p class="muted">
                { "Kies eventueel regio, gemeente en wie u bent, of begin meteen met de eerste vraag hieronder. Niets wordt opgeslagen." }
            </p>
            if let Some(notice) = &consult.notice {
                <p class="warning" role="alert">{ notice }</p>
            }
            <div class="fields">
                <label class="field">
                    <span>{ "Regio" }</span>
                    <select onchange={on_region} data-testid="region">
                        { for consult.catalog.iter().map(|p| html! {
                            <option value={p.region.id.to_string()} selected={p.region.id == pack.region.id}>{ &p.region.name }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ "Gemeente van de patiënt" }</span>
                    <select onchange={on_gemeente} data-testid="gemeente">
                        <option value="" selected={gemeente.is_none()}>{ "Nog niet gekozen" }</option>
                        { for pack.gemeenten.iter().map(|g| html! {
                            <option value={g.id.to_string()} selected={gemeente.is_some_and(|c| c.id == g.id)}>{ &g.name }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ "U bent" }</span>
                    <select onchange={on_referrer} data-testid="referrer">
                        <option value="" selected={referrer.is_none()}>{ "Nog niet gekozen" }</option>
                        { for pack.referrer_types.iter().map(|r| html! {
                            <option value={r.id.to_string()} selected={referrer.is_some_and(|c| c.id == r.id)}>{ &r.label }</option>
                        }) }
                    </select>
                </label>
            </div>
        </section>
    }
}
