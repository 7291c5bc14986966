//! The regional factsheet for referrers, drawn from the pack: every claim with its source as a
//! numbered footnote. Prints on at most two A4 pages (see the print style).

use crate::focus::use_focus_when_changed;
use std::rc::Rc;
use verwijswijzer::engine::{Claim, GemeenteId, Pack, SourceId};
use yew::prelude::*;

#[derive(Properties)]
pub struct FactsheetViewProps {
    /// Compared by pointer: a region switch makes a new pack.
    pub pack: Rc<Pack>,
    /// The gemeente chosen in the consult or named in the link: its organisation stands out.
    #[prop_or_default]
    pub gemeente: Option<GemeenteId>,
}

impl PartialEq for FactsheetViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.pack, &other.pack) && self.gemeente == other.gemeente
    }
}

/// Numbers the sources in the order the factsheet first cites them.
struct Footnotes {
    cited: Vec<SourceId>,
}

impl Footnotes {
    fn new(pack: &Pack) -> Self {
        let sheet = &pack.factsheet;
        let claims = sheet
            .what_it_is
            .iter()
            .chain(&sheet.what_it_is_not)
            .chain(&sheet.welzijn)
            .chain(&sheet.professional_adds)
            .map(|c| &c.sources);
        let mut cited: Vec<SourceId> = Vec::new();
        let lists = claims
            .chain(sheet.process.iter().map(|s| &s.sources))
            .chain(
                sheet
                    .target_groups
                    .iter()
                    .chain(&sheet.signals)
                    .map(|c| &c.sources),
            )
            .chain(sheet.examples.iter().map(|e| &e.sources))
            .chain(sheet.offer_areas.iter().map(|a| &a.sources))
            .chain(sheet.comparison.iter().map(|r| &r.sources))
            .chain(
                sheet
                    .facts
                    .iter()
                    .chain(&sheet.tell_patient)
                    .chain(&sheet.conversation_tips)
                    .map(|c| &c.sources),
            );
        for source in lists.flatten() {
            if !cited.contains(source) {
                cited.push(source.clone());
            }
        }
        Self { cited }
    }

    fn marks(&self, sources: &[SourceId]) -> Html {
        let numbers: Vec<String> = sources
            .iter()
            .filter_map(|s| self.cited.iter().position(|c| c == s))
            .map(|n| (n + 1).to_string())
            .collect();
        html! {
            <sup class="footnote" data-testid="footnote">
                <span class="visually-hidden">{ "bron " }</span>{ numbers.join(",") }
            </sup>
        }
    }
}

#[component]
pub fn FactsheetView(props: &FactsheetViewProps) -> Html {
    let pack = &props.pack;
    let sheet = &pack.factsheet;
    let heading = use_node_ref();
    use_focus_when_changed(heading.clone(), pack.region.id.clone());
    let notes = Footnotes::new(pack);
    let fill = |text: &str| pack.fill_in(None, text);
    let claims = |claims: &[Claim]| {
        html! {
            <ul>
                { for claims.iter().map(|c| html! { <li>{ fill(&c.text) }{ notes.marks(&c.sources) }</li> }) }
            </ul>
        }
    };
    let on_print = Callback::from(|_| {
        let _ = gloo_utils::window().print();
    });
    let (fits, other): (Vec<_>, Vec<_>) = sheet.examples.iter().partition(|e| e.fits);

    html! {
        <article class="card factsheet" aria-labelledby="factsheet-title" data-testid="factsheet">
            <header class="factsheet-head">
                <p class="eyebrow">{ format!("Factsheet voor verwijzers, regio {}", pack.region.name) }</p>
                <h2 id="factsheet-title" tabindex="-1" ref={heading}>{ fill(&sheet.title) }</h2>
                <p class="muted">
                    { format!("Inhoudspakket {} van {}, inhoud {}, beheer: {}. Voor huisartsen, POH, fysiotherapeuten, wijkverpleegkundigen en andere verwijzers.", pack.region.version, pack.region.date, pack.fingerprint, pack.region.owner) }
                </p>
                <button type="button" class="button secondary no-print" data-testid="print-factsheet" onclick={on_print}>{ "Factsheet afdrukken" }</button>
            </header>

            <div class="factsheet-columns">
                <section aria-labelledby="fs-wat">
                    <h3 id="fs-wat">{ "Wat is Welzijn op Recept?" }</h3>
                    { claims(&sheet.what_it_is) }
                    <h4>{ "Wat het niet is" }</h4>
                    { claims(&sheet.what_it_is_not) }
                </section>
                <section aria-labelledby="fs-welzijn">
                    <h3 id="fs-welzijn">{ "Wat is welzijn?" }</h3>
                    { claims(&sheet.welzijn) }
                    <h4>{ "Wat de welzijnsprofessional toevoegt" }</h4>
                    { claims(&sheet.professional_adds) }
                </section>
                <section aria-labelledby="fs-proces" class="wide">
                    <h3 id="fs-proces">{ "Van signaal tot terugkoppeling" }</h3>
                    <ol class="process">
                        { for sheet.process.iter().map(|step| html! {
                            <li>
                                <strong>{ fill(&step.title) }</strong>
                                <span class="who">{ format!(" ({})", fill(&step.who)) }</span>
                                { ": " }{ fill(&step.text) }{ notes.marks(&step.sources) }
                            </li>
                        }) }
                    </ol>
                    <p class="muted">
                        { format!("Streefdoel voor het eerste contact in deze regio: {}. Dit is een doel, geen garantie.", pack.region.contact_norm.target) }
                        { notes_for_norm(&notes, pack) }
                    </p>
                </section>
                <section aria-labelledby="fs-voorwie">
                    <h3 id="fs-voorwie">{ "Voor wie?" }</h3>
                    { claims(&sheet.target_groups) }
                    <h4>{ "Signalen in het consult" }</h4>
                    { claims(&sheet.signals) }
                </section>
                <section aria-labelledby="fs-voorbeelden">
                    <h3 id="fs-voorbeelden">{ "Voorbeelden" }</h3>
                    <h4>{ "Past wel" }</h4>
                    <ul class="examples fits" data-testid="examples-fit">
                        { for fits.iter().map(|e| html! {
                            <li>{ fill(&e.story) }{ " " }<span class="muted">{ fill(&e.why) }</span>{ notes.marks(&e.sources) }</li>
                        }) }
                    </ul>
                    <h4>{ "Past niet, en waar dan wel" }</h4>
                    <ul class="examples" data-testid="examples-other">
                        { for other.iter().map(|e| html! {
                            <li>
                                { fill(&e.story) }{ " " }<span class="muted">{ fill(&e.why) }</span>
                                if let Some(route) = &e.instead {
                                    <strong>{ format!(" Wel: {}.", pack.route_title(route)) }</strong>
                                }
                                { notes.marks(&e.sources) }
                            </li>
                        }) }
                    </ul>
                </section>
                <section aria-labelledby="fs-aanbod" class="wide">
                    <h3 id="fs-aanbod">{ "Wat er te doen is" }</h3>
                    <ul class="offer-areas">
                        { for sheet.offer_areas.iter().map(|a| html! {
                            <li><strong>{ fill(&a.name) }</strong>{ ": " }{ fill(&a.text) }{ notes.marks(&a.sources) }</li>
                        }) }
                    </ul>
                </section>
                <section aria-labelledby="fs-wanneer" class="wide">
                    <h3 id="fs-wanneer">{ "Wanneer wel, wanneer niet" }</h3>
                    <table class="comparison" data-testid="comparison">
                        <thead>
                            <tr><th scope="col">{ "Route" }</th><th scope="col">{ "Wanneer wel" }</th><th scope="col">{ "Wanneer niet" }</th></tr>
                        </thead>
                        <tbody>
                            { for sheet.comparison.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ pack.route_title(&row.route) }{ notes.marks(&row.sources) }</th>
                                    <td data-label="Wanneer wel">{ fill(&row.when) }</td>
                                    <td data-label="Wanneer niet">{ fill(&row.not_when) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                <section aria-labelledby="fs-feiten">
                    <h3 id="fs-feiten">{ "Feiten en cijfers" }</h3>
                    { claims(&sheet.facts) }
                </section>
                <section aria-labelledby="fs-gesprek">
                    <h3 id="fs-gesprek">{ "Tips voor het andere gesprek" }</h3>
                    { claims(&sheet.conversation_tips) }
                </section>
                <section aria-labelledby="fs-organisaties" class="wide">
                    <h3 id="fs-organisaties">{ "Welzijnsorganisaties per gemeente" }</h3>
                    <ul class="organisations" data-testid="organisations">
                        { for pack.gemeenten.iter().map(|g| html! {
                            <li class={classes!((props.gemeente.as_ref() == Some(&g.id)).then_some("chosen"))}
                                data-gemeente={g.id.to_string()}>
                                <strong>{ &g.name }</strong>
                                if props.gemeente.as_ref() == Some(&g.id) {
                                    { " (gekozen gemeente)" }
                                }
                                { ": " }
                                if let Some(website) = g.known_website() {
                                    <a href={website.to_owned()} rel="noreferrer noopener" target="_blank">{ pack.organisation_name(Some(g)) }</a>
                                } else {
                                    { pack.organisation_name(Some(g)) }
                                }
                            </li>
                        }) }
                    </ul>
                    <h4>{ "Wat vertelt u de patiënt?" }</h4>
                    { claims(&sheet.tell_patient) }
                </section>
            </div>

            <section aria-labelledby="fs-bronnen" class="sources">
                <h3 id="fs-bronnen">{ "Bronnen" }</h3>
                <ol data-testid="factsheet-sources">
                    { for notes.cited.iter().map(|id| {
                        let text = pack.sources.get(id).map_or_else(|| id.to_string(), |s| format!("{} ({})", s.title, s.date));
                        html! { <li data-source={id.to_string()}>{ text }</li> }
                    }) }
                </ol>
            </section>
        </article>
    }
}

/// The footnote for the region's contact target, when the factsheet cites its source.
fn notes_for_norm(notes: &Footnotes, pack: &Pack) -> Html {
    let source = &pack.region.contact_norm.source;
    if notes.cited.contains(source) {
        notes.marks(std::slice::from_ref(source))
    } else {
        Html::default()
    }
}
