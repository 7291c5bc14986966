//! The page: header, start settings, the question or the outcome, and the side panel.

use crate::callbacks::send;
use crate::components::{
    AnswerRow, AnswersList, Direction, DirectionProps, OutcomeView, QuestionCard, StartSettings,
};
use crate::keyboard::use_keyboard_shortcuts;
use crate::state::{ConsultHandle, State, use_consult};
use verwijswijzer::consult::{Action, Screen};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::new);
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    match &*state {
        State::Broken(message) => html! {
            <main class="broken" role="alert">
                <h1>{ "Verwijswijzer kan niet starten" }</h1>
                <p>{ "Het inhoudspakket van de regio bevat een fout. Meld dit bij de beheerder van de regio." }</p>
                <pre>{ message.clone() }</pre>
            </main>
        },
        State::Ready(consult) => {
            let handle = ConsultHandle {
                consult: consult.clone(),
                dispatch,
            };
            html! {
                <ContextProvider<ConsultHandle> context={handle}>
                    <Page />
                </ContextProvider<ConsultHandle>>
            }
        }
    }
}

/// The top: reads the consult from context and hands each side component its slice as props.
#[component]
fn Page() -> Html {
    let handle = use_consult();
    use_keyboard_shortcuts(handle.clone());
    let consult = &handle.consult;
    let pack = &consult.pack;
    let main = match consult.screen() {
        Screen::Question => html! { <QuestionCard ..handle.clone() /> },
        Screen::Outcome => html! { <OutcomeView ..handle.clone() /> },
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
                <button type="button" class="button secondary" data-testid="reset" onclick={send(&handle.dispatch, Action::Reset)}>
                    { "Opnieuw" }
                </button>
            </header>
            <div class="layout">
                <main id="inhoud" class="main">
                    <StartSettings consult={consult.clone()} dispatch={handle.dispatch.clone()} />
                    { main }
                </main>
                <aside class="side" aria-label="Overzicht van dit consult">
                    <Direction ..DirectionProps::for_consult(consult) />
                    <AnswersList rows={AnswerRow::for_consult(consult)} dispatch={handle.dispatch.clone()} />
                </aside>
            </div>
            <footer class="footer">
                <p>
                    { "Verwijswijzer bewaart en verstuurt niets: uw antwoorden blijven in deze browser en zijn weg als u het tabblad sluit of op Opnieuw klikt." }
                </p>
                <p>
                    { format!("Regio {}, inhoudspakket {} van {}. Beheer: {}.", pack.region.name, pack.region.version, pack.region.date, pack.region.owner) }
                </p>
            </footer>
        </>
    }
}
