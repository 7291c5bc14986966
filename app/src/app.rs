//! The page: header with the views, then the consult, the factsheet, the tree or training.

use crate::callbacks::send;
use crate::components::{
    AnswerRow, AnswersList, Direction, DirectionProps, FactsheetView, OutcomeView, QuestionCard,
    RegionLinks, StartSettings, TrainingView, TreeView,
};
use crate::keyboard::use_keyboard_shortcuts;
use crate::state::{ConsultHandle, SessionHandle, State, use_session};
use gloo_events::EventListener;
use verwijswijzer::consult::{Action, Screen};
use verwijswijzer::fragment::View;
use verwijswijzer::session::SessionAction;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::new);
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: SessionAction, _| {
            dispatcher.dispatch(action)
        })
    };
    use_fragment_links(dispatch.clone());
    match &*state {
        State::Broken(message) => html! {
            <main class="broken" role="alert">
                <h1>{ "Verwijswijzer kan niet starten" }</h1>
                <p>{ "Het inhoudspakket van de regio bevat een fout. Meld dit bij de beheerder van de regio." }</p>
                <pre>{ message.clone() }</pre>
            </main>
        },
        State::Ready(session) => {
            let handle = SessionHandle {
                session: session.clone(),
                dispatch,
            };
            html! {
                <ContextProvider<SessionHandle> context={handle}>
                    <Page />
                </ContextProvider<SessionHandle>>
            }
        }
    }
}

/// Follows every change of the address's fragment (a link on the ZEL website, the navigation,
/// a node of the tree). The fragment is read, never written: the address bar shows only what a
/// link put there.
#[hook]
fn use_fragment_links(dispatch: Callback<SessionAction>) {
    use_effect_with(dispatch, |dispatch| {
        let dispatch = dispatch.clone();
        let listener = EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
            let fragment = gloo_utils::window().location().hash().unwrap_or_default();
            dispatch.emit(SessionAction::Follow(fragment));
        });
        move || drop(listener)
    });
}

/// Opened from disk (`dist/verwijswijzer.html` on a USB stick or an intranet share): a saved
/// copy keeps the content of the day it was built, so the page says so, with that date.
fn saved_copy() -> bool {
    gloo_utils::window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "file:")
}

/// The top: reads the session from context and hands each view its slice as props.
#[component]
fn Page() -> Html {
    let handle = use_session();
    let session = &handle.session;
    let consult_dispatch = use_callback(handle.dispatch.clone(), |action: Action, dispatch| {
        dispatch.emit(SessionAction::Consult(action))
    });
    let consult_handle = ConsultHandle {
        consult: session.active().clone(),
        dispatch: consult_dispatch,
    };
    use_keyboard_shortcuts(consult_handle.clone(), session.shows_consult());
    let consult = &consult_handle.consult;
    let pack = &consult.pack;

    let consult_screen = html! {
        <>
            <StartSettings ..consult_handle.clone() />
            { match consult.screen() {
                Screen::Question => html! { <QuestionCard ..consult_handle.clone() /> },
                Screen::Outcome => html! { <OutcomeView ..consult_handle.clone() /> },
            } }
        </>
    };
    let side = html! {
        <aside class="side" aria-label="Overzicht van dit consult">
            <Direction ..DirectionProps::for_consult(consult) />
            <AnswersList rows={AnswerRow::for_consult(consult)} dispatch={consult_handle.dispatch.clone()} />
        </aside>
    };
    let notice = session.notice.as_ref().map(|notice| {
        html! {
            <p class="notice" role="status" data-testid="link-notice">{ notice }</p>
        }
    });
    let body = match session.view {
        View::Consult => html! {
            <div class="layout">
                <main id="inhoud" class="main">
                    { notice }
                    { consult_screen }
                </main>
                { side }
            </div>
        },
        View::Factsheet => html! {
            <div class="layout single">
                <main id="inhoud" class="main">
                    { notice }
                    <RegionLinks catalog={consult.catalog.clone()} view={View::Factsheet} current={pack.region.id.clone()} />
                    <FactsheetView pack={pack.clone()} gemeente={consult.context.gemeente.clone()} />
                </main>
            </div>
        },
        View::Beslisboom => html! {
            <div class="layout single">
                <main id="inhoud" class="main">
                    { notice }
                    <TreeView consult={consult.clone()} question={session.tree_question.clone()} />
                </main>
            </div>
        },
        View::Oefenen => html! {
            <div class={classes!("layout", session.run.is_none().then_some("single"))}>
                <main id="inhoud" class="main">
                    { notice }
                    if session.run.is_none() {
                        <RegionLinks catalog={consult.catalog.clone()} view={View::Oefenen} current={pack.region.id.clone()} />
                    }
                    <TrainingView session={session.clone()} dispatch={handle.dispatch.clone()}>
                        { consult_screen }
                    </TrainingView>
                </main>
                if session.run.is_some() { { side } }
            </div>
        },
    };
    html! {
        <>
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{ "V" }</span>
                    <div>
                        <h1 class="brand-name">{ "Verwijswijzer" }</h1>
                        <p class="brand-tagline">{ "Welzijn op Recept of andere zorg? Binnen een minuut een route." }</p>
                    </div>
                </div>
                if session.shows_consult() {
                    <button type="button" class="button secondary" data-testid="reset" onclick={send(&consult_handle.dispatch, Action::Reset)}>
                        { "Opnieuw" }
                    </button>
                }
            </header>
            <nav class="views" aria-label="Onderdelen van Verwijswijzer">
                <ul>
                    { for View::ALL.into_iter().map(|view| {
                        let current = session.view == view;
                        html! {
                            <li>
                                <a href={view.href()}
                                   class={classes!("view-link", current.then_some("current"))}
                                   aria-current={current.then_some("page")}
                                   data-testid={format!("nav-{}", view.name())}>
                                    { view.label() }
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            if saved_copy() {
                <p class="saved-copy" role="note" data-testid="saved-copy">
                    { format!("U gebruikt een opgeslagen versie van Verwijswijzer, met de inhoud van {}. Afspraken in de regio veranderen: gebruik de online versie als u die kunt openen.", pack.region.date) }
                </p>
            }
            { body }
            <footer class="footer">
                <p>
                    { "Verwijswijzer bewaart en verstuurt niets: uw antwoorden blijven in deze browser en zijn weg als u het tabblad sluit of op Opnieuw klikt." }
                </p>
                <p data-testid="content-version">
                    { format!("Regio {}, inhoudspakket {} van {}, inhoud {}. Beheer: {}.", pack.region.name, pack.region.version, pack.region.date, pack.fingerprint, pack.region.owner) }
                </p>
            </footer>
        </>
    }
}
