//! What several test files share: running the CLI, a consult that ends in Welzijn op Recept, the
//! bundled packs, and reading an attribute from generated SVG.
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::process::{Command, Output};
use verwijswijzer::engine::Pack;
use verwijswijzer::packs::BUNDLED;

/// A consult that ends in Welzijn op Recept (adult, no add-ons).
pub const WOR: &str = "acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,\
psychosocial=yes,multi_problem=no,practical_core=no,self_directed=no,open_to_coach=yes,\
weight_risk=no,carer_strain=no";

/// Runs the `verwijswijzer` binary from the repository root.
pub fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verwijswijzer"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the verwijswijzer binary runs")
}

/// Every bundled region's pack, loaded.
pub fn bundled_packs() -> Vec<Pack> {
    BUNDLED
        .iter()
        .map(|b| b.load().unwrap_or_else(|e| panic!("{}: {e:?}", b.region)))
        .collect()
}

/// The attribute's value in one opening tag, if present.
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}
