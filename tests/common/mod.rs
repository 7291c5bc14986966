//! What several test files share: running the CLI, a consult that ends in Welzijn op Recept, the
//! bundled packs, a tree the bundled packs do not draw, and reading an attribute from generated
//! SVG.
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::process::{Command, Output};
use verwijswijzer::engine::{Condition, Pack, RouteId};
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

/// DWO's tree with what no bundled pack draws: two conditional steps in a row (when one is
/// asked, the next is passed by, so their bypasses sit side by side), an exit with an add-on
/// before the exit taken, and a third route reached from more than one place, so three lanes
/// run into the route column.
pub fn conditional_steps_in_a_row() -> Pack {
    let mut pack = bundled_packs().remove(0);
    let multi_problem_yes = pack
        .flow
        .iter()
        .find(|s| s.question.as_str() == "practice_kbz")
        .and_then(|s| s.when.clone())
        .expect("practice_kbz is asked on a condition");
    for step in &mut pack.flow {
        match step.question.as_str() {
            "practical_core" => {
                step.when = Some(Condition::Not(Box::new(multi_problem_yes.clone())))
            }
            "self_directed" => {
                step.when = Some(multi_problem_yes.clone());
                step.exits[0].also = vec![RouteId::from("krachtige_basiszorg")];
            }
            "open_to_coach" => step.exits[0].also = vec![RouteId::from("social_work")],
            _ => {}
        }
    }
    pack
}
