//! The one place that owns the consult: a `Reducible` around the pure `Consult`, shared with
//! components through context.

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

/// What components receive: the consult to render and a way to dispatch actions.
#[derive(Clone)]
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

impl ConsultHandle {
    /// A callback that ignores its input and dispatches `action`.
    pub fn send<T>(&self, action: Action) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_| dispatch.emit(action.clone()))
    }
}

/// The consult from context; every component below `App` has it.
#[hook]
pub fn use_consult() -> ConsultHandle {
    use_context::<ConsultHandle>()
        .expect("components render inside App, which provides the consult")
}
