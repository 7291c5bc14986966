//! The one place that owns the consult: a `Reducible` around the pure `Consult`, shared through
//! context with the top of the page only (`Page`); every component below it takes the consult
//! or its slice as props.

use std::rc::Rc;
use verwijswijzer::consult::{Action, Consult};
use yew::prelude::*;

/// The app state: the pure consult, or why it could not start.
#[derive(Debug, Clone)]
pub enum State {
    Ready(Rc<Consult>),
    /// The bundled pack failed to load (the tests prevent this; the page still explains it).
    Broken(String),
}

impl State {
    pub fn new() -> Self {
        match crate::packs::catalog().map(Consult::new) {
            Ok(Some(consult)) => State::Ready(Rc::new(consult)),
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
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &*self {
            State::Ready(consult) => Rc::new(State::Ready(Rc::new(consult.apply(action)))),
            State::Broken(_) => self,
        }
    }
}

/// What the context holds: the consult to render and a way to dispatch actions.
/// Also the properties of the components that need the whole consult (start settings,
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

/// The consult from context, for the top of the page; leaf components take props instead.
#[hook]
pub fn use_consult() -> ConsultHandle {
    use_context::<ConsultHandle>()
        .expect("components render inside App, which provides the consult")
}
