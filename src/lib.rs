//! Verwijswijzer: the pure heart of the referral decision aid.
//!
//! Nothing in this crate touches the web: the engine evaluates region content packs,
//! `summary` writes the referral text and `privacy` spots personal data in free text.
//! The Yew app (`app/`) and the pack checker CLI (`src/bin/`) sit on top of it.

pub mod consult;
pub mod engine;
pub mod fingerprint;
pub mod fragment;
pub mod helpers;
pub mod packs;
pub mod privacy;
pub mod readability;
pub mod session;
pub mod summary;
