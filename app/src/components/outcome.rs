//! The outcome: the route and why, what is still to check, what to do now, what the patient
//! can expect (printable), and the referral summary. Acute care shows the crisis route only.

use crate::components::SummaryPanel;
use crate::focus::use_focus_when_changed;
use crate::state::use_consult;
use verwijswijzer::engine::{ACUTE_RISK, Availability, URGENT_CARE};
use verwijswijzer::summary::{answer_line, chosen_gemeente, fill_in, route_title};
use yew::prelude::*;

#[component]
pub fn OutcomeView() -> Html {
    let handle = use_consult();
    let consult = &handle.consult;
    let pack = &consult.pack;
    let walk = &consult.walk;
    let heading = use_node_ref();
    // A new outcome takes focus, so screen readers read it and keys act on it.
    use_focus_when_changed(heading.clone(), walk.primary.clone());
    let Some(primary_id) = &walk.primary else {
        return Html::default();
    };
    let Some(primary) = pack.route(primary_id) else {
        return Html::default();
    };
    let gemeente = chosen_gemeente(consult);
    let urgent = primary_id == URGENT_CARE;
    // "Weet ik niet" on acute risk routes on, but the crisis numbers must still be in sight.
    let acute_unknown = walk.open_checks.iter().any(|q| q == ACUTE_RISK);
    let fill = |text: &String| fill_in(pack, gemeente, text);

    let reasons = walk.reasons.get(primary_id).into_iter().flatten().filter_map(|step| {
        let question = pack.question(&step.question)?;
        Some(html! {
            <li><span class="answer-question">{ &question.short }</span>{ ": " }<strong>{ pack.answer_label(question, &step.answer) }</strong></li>
        })
    });

    let open_checks = (!walk.open_checks.is_empty()).then(|| {
        html! {
            <section class="open-checks" aria-labelledby="open-title" data-testid="open-checks">
                <h3 id="open-title">{ "Nog na te gaan" }</h3>
                <ul>
                    { for walk.open_checks.iter().filter_map(|id| pack.question(id)).map(|q| html! {
                        <li>{ &q.open_check }</li>
                    }) }
                </ul>
            </section>
        }
    });

    let also = (!walk.also.is_empty()).then(|| html! {
        <section aria-labelledby="also-title" data-testid="also">
            <h3 id="also-title">{ "Ook overwegen" }</h3>
            <ul class="also-list">
                { for walk.also.iter().filter_map(|id| pack.route(id).map(|r| (id, r))).map(|(id, route)| {
                    let because = walk.reasons.get(id).into_iter().flatten()
                        .filter_map(|s| answer_line(pack, s))
                        .collect::<Vec<_>>()
                        .join("; ");
                    html! {
                        <li data-testid={format!("also-{id}")}>
                            <strong>{ &route.title }</strong>
                            <p>{ &route.summary }</p>
                            <p class="muted">{ format!("Omdat: {because}") }</p>
                            <details>
                                <summary>{ format!("Wat nu bij {}", route_title(pack, id)) }</summary>
                                <ol>{ for route.next_steps.iter().map(|s| html! { <li>{ fill(s) }</li> }) }</ol>
                            </details>
                        </li>
                    }
                }) }
            </ul>
        </section>
    });

    let organisation = (primary.via_channel || walk.also.iter().any(|r| r == "wor")).then(|| {
        let (name, contact, confirmed) = match gemeente {
            Some(g) => (
                format!("{} ({})", g.welzijnsorganisatie, g.name),
                g.website.clone().unwrap_or_else(|| g.contact.clone()),
                g.wor == Availability::Confirmed,
            ),
            None => ("Kies bovenaan de gemeente van de patiënt om de welzijnsorganisatie te zien.".to_owned(), String::new(), true),
        };
        html! {
            <dl class="facts" data-testid="organisation">
                <dt>{ "Welzijnsorganisatie" }</dt>
                <dd>{ name }</dd>
                if !contact.is_empty() {
                    <dt>{ "Contact" }</dt>
                    <dd>{ contact }</dd>
                }
                if !confirmed {
                    <dt>{ "Let op" }</dt>
                    <dd>{ "Of Welzijn op Recept in deze gemeente loopt, is nog niet bevestigd." }</dd>
                }
                <dt>{ "Verwijzen via" }</dt>
                <dd>{ &pack.region.channel }</dd>
                <dt>{ "ICPC-code" }</dt>
                <dd>{ &pack.region.icpc }</dd>
                <dt>{ "Contact met de patiënt" }</dt>
                <dd>{ &pack.region.contact_norm }</dd>
            </dl>
        }
    });

    let on_print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });

    html! {
        <section class={classes!("card", "outcome", urgent.then_some("urgent"), walk.provisional.then_some("provisional"))}
            aria-labelledby="outcome-title" data-testid="outcome" data-route={primary_id.to_string()}>
            if walk.provisional {
                <p class="provisional-banner" data-testid="provisional">
                    <strong>{ "Voorlopige uitkomst." }</strong>
                    { " Niet alles is bekend: ga eerst na wat hieronder bij 'Nog na te gaan' staat." }
                </p>
            }
            <p class="eyebrow">{ if walk.provisional { "Voorlopige uitkomst" } else { "Uitkomst" } }</p>
            <h2 id="outcome-title" tabindex="-1" ref={heading} data-testid="outcome-title">{ &primary.title }</h2>
            <p class="lead">{ &primary.summary }</p>

            if urgent {
                <div class="crisis" role="note" data-testid="crisis">
                    <p><strong>{ "Denkt de patiënt aan zelfdoding? Bel samen 113 of gratis 0800-0113 (dag en nacht)." }</strong></p>
                    <p>{ "Direct levensgevaar: 112. Buiten kantoortijd: de huisartsenpost." }</p>
                </div>
            } else if acute_unknown {
                <div class="crisis" role="note" data-testid="crisis-check">
                    <p><strong>{ "Acuut gevaar is nog niet uitgesloten. Ga dat eerst na, voordat de patiënt weggaat." }</strong></p>
                    <p>{ "Blijkt er toch gevaar: 113 of gratis 0800-0113 (dag en nacht), bij direct levensgevaar 112." }</p>
                </div>
            }

            <section aria-labelledby="next-title">
                <h3 id="next-title">{ "Wat nu" }</h3>
                <ol class="steps">{ for primary.next_steps.iter().map(|s| html! { <li>{ fill(s) }</li> }) }</ol>
                { for organisation }
            </section>

            { for open_checks }
            { for also }

            <section aria-labelledby="why-title">
                <h3 id="why-title">{ "Waarom deze uitkomst" }</h3>
                <ul class="reasons">{ for reasons }</ul>
            </section>

            <section class="handout" aria-labelledby="expect-title" data-testid="handout">
                <h3 id="expect-title">{ "Wat kan de patiënt verwachten" }</h3>
                <ul>{ for primary.expect.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                { for walk.also.iter().filter_map(|id| pack.route(id)).map(|route| html! {
                    <>
                        <h4>{ &route.title }</h4>
                        <ul>{ for route.expect.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    </>
                }) }
                <button type="button" class="button secondary no-print" onclick={on_print}>{ "Afdrukken voor de patiënt" }</button>
            </section>

            if !urgent {
                <SummaryPanel />
            }
        </section>
    }
}
