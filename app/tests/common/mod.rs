//! Mounting one component (or the whole app) in an element of its own for a browser test, and
//! removing it afterwards, so document-level shortcuts never leak from one test to the next.

use web_sys::Element;
use yew::{AppHandle, BaseComponent};

pub struct Mounted<C: BaseComponent> {
    pub root: Element,
    app: Option<AppHandle<C>>,
}

impl<C: BaseComponent> Mounted<C> {
    /// One component with these props, on its own.
    pub async fn with_props(props: C::Properties) -> Self {
        let root = gloo_utils::document().create_element("div").expect("a div");
        gloo_utils::body().append_child(&root).expect("appended");
        let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Self {
            root,
            app: Some(app),
        }
    }
}

impl<C: BaseComponent> Drop for Mounted<C> {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}
