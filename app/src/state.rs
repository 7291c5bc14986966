//! The one place that owns the consult: a `Reducible` around the pure `Consult`, shared with
//! components through context.

use std::rc::Rc;
use verwijswijzer::consult::{Action, Consult};
use yew::prelude::*;

/// The app state: the pure consult, or why it could not start.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Ready(Rc<Consult>),
    /// The bundled pack failed to load (the tests prevent this; the page still explains it).
    Broken(String),
}

impl State {
    pub fn new() -> Self {
        match Consult::new() {
            Ok(consult) => State::Ready(Rc::new(consult)),
            Err(error) => State::Broken(error.to_string()),
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
#[derive(Clone, PartialEq)]
pub struct ConsultHandle {
    pub consult: Rc<Consult>,
    pub dispatch: Callback<Action>,
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
    use_context::<ConsultHandle>().expect("components render inside App, which provides the consult")
}
