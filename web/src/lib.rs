//! The wasm entry point: wasm-pack builds this crate, which only re-exports the app's start
//! function. It exists so that the wasm gets link-time optimisation (see Cargo.toml).

pub use verwijswijzer_app::run;
