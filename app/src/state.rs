//! The one place that owns the state: a `Reducible` around the pure `Session` (the view, the
//! real consult, training), shared through context with the top of the page only (`Page`);
//! every component below it takes its slice as props.

use std::rc::Rc;
use verwijswijzer::consult::{Action, Consult};
use verwijswijzer::session::{Session, SessionAction};
use yew::prelude::*;

/// The app state: the pure session, or why it could not start.
#[derive(Debug, Clone)]
pub enum State {
    Ready(Rc<Session>),
    /// The bundled pack failed to load (the tests prevent this; the page still explains it).
    Broken(String),
}

impl State {
    /// A fresh session that follows the address's fragment (`#factsheet&regio=...`) at once,
    /// so a link opens on the right view without a flash of the consult.
    pub fn new() -> Self {
        match crate::packs::catalog().map(Session::new) {
            Ok(Some(session)) => {
                let fragment = gloo_utils::window().location().hash().unwrap_or_default();
                let session = if fragment.is_empty() {
                    session
                } else {
                    session.apply(SessionAction::Follow(fragment))
                };
                State::Ready(Rc::new(session))
            }
            Ok(None) => State::Broken("er zit geen enkel regiopakket in deze versie".to_owned()),
            Err(error) => State::Broken(error),
        }
    }
}

impl Default for State {
    fn default() -> Self {
        Self::new()
    }
}

impl Reducible for State {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        match &*self {
            State::Ready(session) => Rc::new(State::Ready(Rc::new(session.apply(action)))),
            State::Broken(_) => self,
        }
    }
}

/// What the context holds: the session to render and a way to dispatch its actions.
#[derive(Clone)]
pub struct SessionHandle {
    pub session: Rc<Session>,
    pub dispatch: Callback<SessionAction>,
}

impl PartialEq for SessionHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session) && self.dispatch == other.dispatch
    }
}

/// The consult on screen (the real one or the training case's) and a way to dispatch actions
/// to it (through the session). The properties of the components that need the whole consult (start settings,
/// summary panel): one type, one pointer comparison.
#[derive(Clone, Properties)]
pub struct ConsultHandle {
    pub consult: Rc<Consult>,
    pub dispatch: Callback<Action>,
}

/// Every action makes a new `Rc<Consult>`, so pointer equality is change detection; comparing
/// whole packs on every render would cost time and wasm bytes.
impl PartialEq for ConsultHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.consult, &other.consult) && self.dispatch == other.dispatch
    }
}

/// The session from context, for the top of the page; other components take props instead.
#[hook]
pub fn use_session() -> SessionHandle {
    use_context::<SessionHandle>()
        .expect("components render inside App, which provides the session")
}
