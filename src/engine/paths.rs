//! Every answer path through a pack, and what no path reaches. The checker walks them all:
//! each path must end in a route, and every question and route must be reachable, so a region
//! editor cannot leave a patient without an outcome.

use super::ACUTE_RISK;
use super::condition::Flags;
use super::evaluate::{Answers, Context, Walk, evaluate};
use super::ids::{QuestionId, RouteId};
use super::model::Pack;
use super::problem::Problem;
use std::collections::BTreeSet;

/// Every distinct path through the pack for one context: each answer of each question asked.
/// Answers to questions that are not reached do not change the outcome, so this covers every
/// answer combination.
pub fn enumerate_paths(pack: &Pack, context: &Context) -> Vec<Walk> {
    let mut paths = Vec::new();
    let mut pending = vec![Answers::new()];
    while let Some(answers) = pending.pop() {
        let walk = evaluate(pack, context, &answers);
        match walk
            .next
            .as_ref()
            .and_then(|q| pack.question(q).map(|found| (q, found)))
        {
            Some((next, question)) => {
                for code in question.codes() {
                    let mut more = answers.clone();
                    more.set(next.clone(), code);
                    pending.push(more);
                }
            }
            None => paths.push(walk),
        }
    }
    paths
}

pub(super) fn check_paths(pack: &Pack, problems: &mut Vec<Problem>) {
    let mut contexts = vec![Context::region(pack)];
    for gemeente in &pack.gemeenten {
        if let Ok(context) = Context::new(pack, Some(&gemeente.id)) {
            if !contexts.iter().any(|c| c.flags == context.flags) {
                contexts.push(context);
            }
        }
    }
    let walks: Vec<Walk> = contexts
        .iter()
        .flat_map(|c| enumerate_paths(pack, c))
        .collect();
    let (questions, routes) = reached(walks.iter());
    for walk in &walks {
        if walk.primary.is_none() {
            let answers: Vec<String> = walk
                .path
                .iter()
                .map(|s| format!("{}={}", s.question, s.answer))
                .collect();
            let last = walk
                .path
                .last()
                .map_or(ACUTE_RISK.to_owned(), |s| s.question.to_string());
            problems.push(Problem::error(
                format!("question = \"{last}\""),
                format!(
                    "de antwoorden {} eindigen zonder route: geef de laatste vraag een exit",
                    answers.join(",")
                ),
            ));
            break;
        }
    }

    // What cannot be reached with this region's flags, but can with others, is switched off, not broken.
    let every_flag = [false, true].into_iter().flat_map(|youth_wor| {
        [false, true]
            .into_iter()
            .map(move |krachtige_basiszorg| Context {
                gemeente: None,
                flags: Flags {
                    youth_wor,
                    krachtige_basiszorg,
                },
            })
    });
    let every_walk: Vec<Walk> = every_flag.flat_map(|c| enumerate_paths(pack, &c)).collect();
    let (any_questions, any_routes) = reached(every_walk.iter());
    let unreached_questions = pack.questions.keys().filter(|q| !questions.contains(q));
    for id in unreached_questions {
        let switched_off = any_questions.contains(id);
        problems.push(unreachable(
            switched_off,
            format!("[questions.{id}]"),
            format!("vraag '{id}'"),
            "wordt in deze regio nooit gesteld",
        ));
    }
    for id in pack.routes.keys().filter(|r| !routes.contains(r)) {
        let switched_off = any_routes.contains(id);
        problems.push(unreachable(
            switched_off,
            format!("[routes.{id}]"),
            format!("route '{id}'"),
            "komt in deze regio nooit uit",
        ));
    }
}

/// What is only switched off by this region's settings is a warning; what no setting reaches, an error.
fn unreachable(switched_off: bool, anchor: String, subject: String, never: &str) -> Problem {
    if switched_off {
        Problem::warning(
            anchor,
            format!("{subject} {never} (uitgeschakeld door de regio-instellingen)"),
        )
    } else {
        Problem::error(
            anchor,
            format!(
                "{subject} is onbereikbaar: geen enkel pad komt erbij, met welke regio-instelling ook"
            ),
        )
    }
}

fn reached<'a>(
    walks: impl Iterator<Item = &'a Walk>,
) -> (BTreeSet<&'a QuestionId>, BTreeSet<&'a RouteId>) {
    let mut questions = BTreeSet::new();
    let mut routes = BTreeSet::new();
    for walk in walks {
        questions.extend(walk.path.iter().map(|s| &s.question));
        routes.extend(walk.primary.iter().chain(&walk.also));
    }
    (questions, routes)
}
