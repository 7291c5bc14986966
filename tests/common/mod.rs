//! What several test files share: running the CLI, and a consult that ends in Welzijn op Recept.
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::process::{Command, Output};

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
