//! The outcome: the route and why, what is still to check, what to do now, what the patient
//! can expect (the only part that prints), and the referral summary when the engine allows one.

use crate::components::{NoReferralNote, NoReferralNoteProps, SummaryPanel};
use crate::focus::use_focus_when_changed;
use crate::state::ConsultHandle;
use std::rc::Rc;
use verwijswijzer::consult::Consult;
use verwijswijzer::engine::{Availability, Consent, NoReferralReason, RouteId};
use verwijswijzer::summary::TRAINING_LINE;
use yew::prelude::*;

/// A container: reads the consult from context and hands the handout and the summary panel
/// their consult as props.
#[component]
pub fn OutcomeView(handle: &ConsultHandle) -> Html {
    let consult = &handle.consult;
    let pack = &consult.pack;
    let walk = &consult.walk;
    let heading = use_node_ref();
    // A new outcome takes focus, so screen readers read it and keys act on it; in a training
    // case the comparison above it takes focus instead (`TrainingView`).
    let focus_target = if consult.training {
        NodeRef::default()
    } else {
        heading.clone()
    };
    use_focus_when_changed(focus_target, walk.primary.clone());
    let Some(primary_id) = &walk.primary else {
        return Html::default();
    };
    let Some(primary) = pack.route(primary_id) else {
        return Html::default();
    };
    let audience = consult.audience();
    let view = primary.view(audience);
    let gemeente = consult.gemeente();
    let fill = |text: &String| pack.fill_in(gemeente, text);
    // Urgent care and an unexcluded acute risk block the referral whatever the consent says;
    // refused consent is handled inside the summary panel, where consent can still change.
    let blocked = walk
        .referral_basis(Consent::NotAsked)
        .err()
        .filter(|reason| *reason != NoReferralReason::ConsentRefused);
    let urgent = blocked == Some(NoReferralReason::UrgentCare);
    let crisis_lines = if urgent {
        Some(&pack.safety.crisis)
    } else if walk.acute_risk_unknown {
        Some(&pack.safety.acute_risk_unknown)
    } else {
        None
    };

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
                { for walk.also.iter().filter_map(|id| pack.route(id).map(|r| (id, r.view(audience)))).map(|(id, route)| {
                    let because = walk.reasons.get(id).into_iter().flatten()
                        .filter_map(|s| pack.answer_line(s))
                        .collect::<Vec<_>>()
                        .join("; ");
                    html! {
                        <li data-testid={format!("also-{id}")}>
                            <strong>{ route.title }</strong>
                            <p>{ route.summary }</p>
                            <p class="muted">{ format!("Omdat: {because}") }</p>
                            <details>
                                <summary>{ format!("Wat nu bij {}", route.title) }</summary>
                                <ol>{ for route.next_steps.iter().map(|s| html! { <li>{ fill(s) }</li> }) }</ol>
                            </details>
                        </li>
                    }
                }) }
            </ul>
        </section>
    });

    let norm_source = pack
        .sources
        .get(&pack.region.contact_norm.source)
        .map_or(String::new(), |s| format!(" (bron: {})", s.title));
    let organisation = pack.refers_via_channel(walk).then(|| html! {
        <dl class="facts" data-testid="organisation">
            <dt>{ "Welzijnsorganisatie" }</dt>
            <dd>{ match gemeente {
                Some(g) => format!("{} ({})", pack.organisation_name(Some(g)), g.name),
                None => "Kies bovenaan de gemeente van de patiënt om de welzijnsorganisatie te zien.".to_owned(),
            } }</dd>
            if let Some(website) = gemeente.and_then(|g| g.known_website()) {
                <dt>{ "Website" }</dt>
                <dd>{ website }</dd>
            }
            if gemeente.is_some_and(|g| g.wor == Availability::ToBeFilledIn) {
                <dt>{ "Let op" }</dt>
                <dd>{ "Of Welzijn op Recept in deze gemeente loopt, is nog niet bevestigd. Kijk op de sociale kaart van de gemeente." }</dd>
            }
            <dt>{ "Verwijzen via" }</dt>
            <dd>{ pack.region.channel.name() }</dd>
            if audience.huisartsenpraktijk {
                <dt>{ "ICPC-code (huisartsenpraktijk)" }</dt>
                <dd>{ &pack.region.icpc }</dd>
            }
            <dt>{ "Streefdoel eerste contact" }</dt>
            <dd>{ format!("{}{norm_source}", pack.region.contact_norm.target) }</dd>
        </dl>
    });

    // Only where the steps differ per workplace does an unchosen referrer type matter.
    let referrer_hint = consult.referrer.is_none() && primary.steps_depend_on_referrer();

    html! {
        <section class={classes!("card", "outcome", urgent.then_some("urgent"), walk.provisional.then_some("provisional"))}
            aria-labelledby="outcome-title" data-testid="outcome" data-route={primary_id.to_string()}>
            if let Some(lines) = crisis_lines {
                <div class="crisis no-print" role="note" data-testid={if urgent { "crisis" } else { "crisis-check" }}>
                    { for lines.iter().enumerate().map(|(i, line)| html! {
                        <p>{ if i == 0 { html! { <strong>{ line }</strong> } } else { html! { line } } }</p>
                    }) }
                </div>
            }
            if walk.provisional {
                <p class="provisional-banner" data-testid="provisional">
                    <strong>{ "Voorlopige uitkomst." }</strong>
                    { " Niet alles is bekend: ga eerst na wat hieronder bij 'Nog na te gaan' staat." }
                </p>
            }
            <p class="eyebrow">{ if walk.provisional { "Voorlopige uitkomst" } else { "Uitkomst" } }</p>
            <h2 id="outcome-title" tabindex="-1" ref={heading} data-testid="outcome-title">{ view.title }</h2>
            <p class="lead">{ view.summary }</p>
            // Why there is no referral text comes before the steps, right under the crisis box
            // and the title: the steps must not read as an invitation to refer.
            if let Some(reason) = blocked {
                <NoReferralNote ..NoReferralNoteProps::for_consult(consult, reason) />
            }

            <section aria-labelledby="next-title">
                <h3 id="next-title">{ "Wat nu" }</h3>
                if referrer_hint {
                    <p class="muted" data-testid="referrer-hint">
                        { "Dit zijn de stappen voor de huisartsenpraktijk. Werkt u ergens anders? Kies bovenaan het type verwijzer." }
                    </p>
                }
                <ol class="steps" data-testid="next-steps">{ for view.next_steps.iter().map(|s| html! { <li>{ fill(s) }</li> }) }</ol>
                { for organisation }
            </section>

            { for open_checks }
            { for also }

            <section aria-labelledby="why-title">
                <h3 id="why-title">{ "Waarom deze uitkomst" }</h3>
                <ul class="reasons">{ for reasons }</ul>
            </section>

            <PatientHandout consult={consult.clone()} />

            if blocked.is_none() {
                <SummaryPanel consult={consult.clone()} dispatch={handle.dispatch.clone()} />
            }
        </section>
    }
}

/// "Wat kan de patiënt verwachten": the one part of the outcome meant for the patient, and so
/// the only part the print style keeps. It never promises what the referrer may not do: with
/// acute risk not yet excluded there is no handout, and with refused consent it is the text of
/// the route the patient can take alone (`[safety.no_referral.consent_refused] alternative`).
#[derive(Properties)]
struct PatientHandoutProps {
    /// Compared by pointer (see `ConsultHandle`).
    consult: Rc<Consult>,
}

impl PartialEq for PatientHandoutProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.consult, &other.consult)
    }
}

#[component]
fn PatientHandout(props: &PatientHandoutProps) -> Html {
    let consult = &props.consult;
    let pack = &consult.pack;
    let walk = &consult.walk;
    let route_ids: Vec<&RouteId> = match walk.referral_basis(consult.consent) {
        Err(NoReferralReason::AcuteRiskUnknown) => return Html::default(),
        Err(reason @ NoReferralReason::ConsentRefused) => {
            reason.texts(pack).alternative.iter().collect()
        }
        Err(NoReferralReason::UrgentCare) | Ok(()) => {
            walk.primary.iter().chain(&walk.also).collect()
        }
    };
    let audience = consult.audience();
    let gemeente = consult.gemeente();
    let fill = |text: &String| pack.fill_in_for_patient(gemeente, text);
    let routes = route_ids
        .into_iter()
        .filter_map(|id| pack.route(id))
        .map(|route| route.view(audience));
    let organisation =
        gemeente.and_then(|g| g.known_organisation().map(|name| (name, g.known_website())));
    let on_print = Callback::from(|_| {
        let _ = gloo_utils::window().print();
    });
    html! {
        <section class="handout" aria-labelledby="expect-title" data-testid="handout">
            // A training case's handout is marked first, on screen and on paper.
            if consult.training {
                <p class="training-mark" data-testid="handout-training-mark">{ TRAINING_LINE }</p>
            }
            <h3 id="expect-title">{ "Wat kan de patiënt verwachten" }</h3>
            { for routes.enumerate().map(|(i, route)| html! {
                <>
                    <h4>{ if i == 0 { route.title.to_owned() } else { format!("Ook: {}", route.title) } }</h4>
                    <ul>{ for route.expect.iter().map(|e| html! { <li>{ fill(e) }</li> }) }</ul>
                </>
            }) }
            if let Some((name, website)) = organisation {
                <p class="handout-organisation" data-testid="handout-organisation">
                    { format!("Welzijnsorganisatie: {name}") }
                    if let Some(website) = website {
                        { format!(", {website}") }
                    }
                </p>
            }
            <button type="button" class="button secondary no-print" data-testid="print-patient" onclick={on_print}>{ "Afdrukken voor de patiënt" }</button>
        </section>
    }
}
