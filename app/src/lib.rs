//! Verwijswijzer in the browser: a Yew single-page app over the pure engine.
//!
//! The app keeps everything in memory. It stores nothing and sends nothing: the only requests
//! are for its own HTML, JS, wasm and CSS. State lives in one reducer (`state`); components
//! render it and dispatch actions.

pub mod app;
pub mod callbacks;
pub mod components;
pub mod embed;
pub mod focus;
pub mod keyboard;
pub mod packs;
pub mod state;

use wasm_bindgen::prelude::wasm_bindgen;

/// The id of the element the app renders into (see index.html).
pub const ROOT_ID: &str = "app";

/// Starts the app: install the panic page, then (inside a frame) report the height, then render.
#[wasm_bindgen(start)]
pub fn run() {
    install_panic_page();
    embed::start();
    match gloo_utils::document().get_element_by_id(ROOT_ID) {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => show_panic_page(),
    }
}

/// Shows the panic page on any panic. Through Yew's own setter: `Renderer::render()` replaces
/// a hook set with `std::panic::set_hook` by Yew's console hook, and the page would never show.
pub fn install_panic_page() {
    yew::set_custom_panic_hook(Box::new(|_| show_panic_page()));
}

/// Replaces the whole page with a calm message and a reload link, so that advice from a
/// broken state never stays on screen. Plain DOM, no script: Yew may be what broke, and the
/// page's content security policy allows no inline handlers.
fn show_panic_page() {
    show_panic_page_in(&gloo_utils::document());
}

/// The panic page in a given document (the live one, or a scratch one in tests).
pub fn show_panic_page_in(document: &web_sys::Document) {
    let Some(body) = document.body() else { return };
    body.set_inner_html(
        r#"<main class="panic" role="alert">
  <h1>Er ging iets mis</h1>
  <p>Verwijswijzer is gestopt door een fout. Er is niets opgeslagen en niets verstuurd.</p>
  <p>Laad de pagina opnieuw en begin opnieuw met de vragen.</p>
  <p><a class="button" href="">Pagina opnieuw laden</a></p>
</main>"#,
    );
}
