//! Every answer combination of every bundled pack, checked against the safety rules and
//! against an independent reading of the decision logic (domain.md section 4).
//!
//! "Every combination" is meant literally: each question gets each of its answers, including
//! "weet ik niet", whether or not the flow reaches it — about 2.1 million combinations a pack.

use std::collections::BTreeSet;
use verwijswijzer::engine::{
    AnswerCode, Answers, Consent, Context, NoReferralReason, Pack, QuestionId, RouteId, Walk,
    evaluate,
};
use verwijswijzer::packs::{BUNDLED, BundledPack};

/// The question ids and their codes in a fixed order, for an odometer over all combinations.
fn dimensions(pack: &Pack) -> Vec<(QuestionId, Vec<AnswerCode>)> {
    pack.questions
        .iter()
        .map(|(id, q)| (id.clone(), q.codes()))
        .collect()
}

/// Calls `visit` once for every combination of answers to every question of the pack.
fn for_every_combination(pack: &Pack, mut visit: impl FnMut(&Answers, &[usize])) -> u64 {
    let dims = dimensions(pack);
    let mut digits = vec![0usize; dims.len()];
    let mut answers: Answers = dims
        .iter()
        .map(|(q, codes)| (q.clone(), codes[0].clone()))
        .collect();
    let mut count = 0;
    loop {
        visit(&answers, &digits);
        count += 1;
        // Advance the odometer, touching only the positions that change.
        let mut position = 0;
        loop {
            if position == dims.len() {
                return count;
            }
            digits[position] += 1;
            if digits[position] < dims[position].1.len() {
                answers.set(
                    dims[position].0.clone(),
                    dims[position].1[digits[position]].clone(),
                );
                break;
            }
            digits[position] = 0;
            answers.set(dims[position].0.clone(), dims[position].1[0].clone());
            position += 1;
        }
    }
}

/// What domain.md section 4 and the engine issue say, written without looking at any pack.
struct Expected {
    primary: &'static str,
    also: Vec<&'static str>,
    open_checks: Vec<&'static str>,
    path: Vec<&'static str>,
}

fn spec(
    answer: impl Fn(&str) -> &'static str,
    youth_wor: bool,
    krachtige_basiszorg: bool,
) -> Expected {
    let mut path = Vec::new();
    let mut open_checks = Vec::new();
    // Asks a question: records it, and routes "unknown" as `unknown_as`.
    let mut ask = |q: &'static str, unknown_as: &'static str| {
        path.push(q);
        let a = answer(q);
        if a == "unknown" {
            open_checks.push(q);
            unknown_as
        } else {
            a
        }
    };
    if ask("acute_risk", "no") == "yes" {
        return Expected {
            primary: "urgent_care",
            also: vec![],
            open_checks,
            path,
        };
    }
    let age = ask("age_group", "adult");
    let mut also = Vec::new();
    let primary = 'flow: {
        // A child who needs treatment goes to treatment; only then to the youth route.
        if ask("needs_medical_care", "no") == "yes" {
            break 'flow "medical_care";
        }
        if ask("needs_psych_treatment", "no") == "yes" {
            break 'flow "mental_health_care";
        }
        if age == "child" && !youth_wor {
            break 'flow "youth";
        }
        if ask("psychosocial", "no") == "no" {
            break 'flow "other";
        }
        if ask("multi_problem", "no") == "yes" {
            if !krachtige_basiszorg {
                break 'flow "social_work";
            }
            break 'flow if ask("practice_kbz", "no") == "yes" {
                "krachtige_basiszorg"
            } else {
                "social_work"
            };
        }
        if ask("practical_core", "no") == "yes" {
            also.push("wor");
            break 'flow "social_work";
        }
        if ask("self_directed", "no") == "yes" {
            break 'flow "self_directed";
        }
        if ask("open_to_coach", "no") == "yes" {
            "wor"
        } else {
            "not_now"
        }
    };
    // WOR can go with physical complaints: asked beside medical care where WOR is open to the age.
    let wor_open_to_age = matches!(age, "adult" | "senior") || youth_wor;
    if primary == "medical_care" && wor_open_to_age && ask("psychosocial", "no") == "yes" {
        also.push("wor");
    }
    if matches!(age, "adult" | "senior") && ask("weight_risk", "no") == "yes" {
        also.push("gli");
    }
    if age == "senior" && ask("fall_risk", "no") == "yes" {
        also.push("valpreventie");
    }
    if ask("carer_strain", "no") == "yes" {
        also.push("mantelzorg");
    }
    also.sort();
    open_checks.sort();
    Expected {
        primary,
        also,
        open_checks,
        path,
    }
}

fn ids<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    items.into_iter().map(|i| i.as_ref().to_owned()).collect()
}

fn check_invariants(pack: &Pack, context: &Context, answers: &Answers, walk: &Walk) {
    let yes = AnswerCode::from("yes");
    let acute = QuestionId::from("acute_risk");

    // Complete answers always give a complete outcome.
    assert!(
        walk.is_complete(),
        "geen volledige uitkomst voor {answers:?}"
    );
    let primary = walk
        .primary
        .as_ref()
        .expect("complete walks have a primary route");

    // Acute risk is asked first, and yes means urgent care alone.
    assert_eq!(
        walk.path[0].question, acute,
        "acute_risk niet eerst voor {answers:?}"
    );
    if answers.get(&acute) == Some(&yes) {
        assert_eq!(primary.as_str(), "urgent_care");
        assert!(
            walk.also.is_empty(),
            "add-ons naast acute zorg voor {answers:?}"
        );
        assert_eq!(
            walk.path.len(),
            1,
            "vragen na acuut gevaar voor {answers:?}"
        );
    } else {
        assert_ne!(
            primary.as_str(),
            "urgent_care",
            "acute zorg zonder acuut gevaar voor {answers:?}"
        );
    }

    // "Weet ik niet" is never silent: every unknown asked is an open check, and makes it provisional.
    let unknowns: BTreeSet<&QuestionId> = walk
        .path
        .iter()
        .filter(|s| s.answer.is_unknown())
        .map(|s| &s.question)
        .collect();
    let open: BTreeSet<&QuestionId> = walk.open_checks.iter().collect();
    assert_eq!(unknowns, open, "open checks kloppen niet voor {answers:?}");
    assert_eq!(walk.provisional, !walk.open_checks.is_empty());

    // Sorted, unique, and the primary is never repeated as an add-on.
    assert!(
        walk.also.windows(2).all(|w| w[0] < w[1]),
        "also niet gesorteerd: {:?}",
        walk.also
    );
    assert!(walk.open_checks.windows(2).all(|w| w[0] < w[1]));
    assert!(!walk.also.contains(primary));

    // Every route reached explains itself and exists in the pack with its texts.
    for route in std::iter::once(primary).chain(&walk.also) {
        let reasons = walk
            .reasons
            .get(route)
            .unwrap_or_else(|| panic!("route {route} zonder reden voor {answers:?}"));
        assert!(
            !reasons.is_empty(),
            "route {route} zonder antwoorden die er heen leidden"
        );
        let texts = pack
            .route(route)
            .unwrap_or_else(|| panic!("route {route} bestaat niet"));
        assert!(!texts.expect.is_empty() && !texts.next_steps.is_empty());
    }

    // No referral text without a safe basis, whatever the consent: urgent care and an
    // unexcluded acute risk block it; refused consent blocks it; nothing else does.
    let acute_unknown = answers.get(&acute).is_some_and(AnswerCode::is_unknown);
    assert_eq!(walk.acute_risk_unknown, acute_unknown);
    for consent in Consent::ALL {
        let expected = if primary.as_str() == "urgent_care" {
            Err(NoReferralReason::UrgentCare)
        } else if acute_unknown {
            Err(NoReferralReason::AcuteRiskUnknown)
        } else if consent == Consent::Refused {
            Err(NoReferralReason::ConsentRefused)
        } else {
            Ok(())
        };
        assert_eq!(
            walk.referral_basis(consent),
            expected,
            "verwijstekst bij {consent:?} voor {answers:?}"
        );
    }

    // Whoever needs medical or psychological treatment, a child included, goes there first:
    // never to youth work or WOR. Read from the answers given, not from the path walked, so a
    // flow that skips the question cannot hide it.
    let given_yes = |q: &str| {
        answers
            .get(&QuestionId::from(q))
            .is_some_and(AnswerCode::is_yes)
    };
    if primary.as_str() != "urgent_care" {
        if given_yes("needs_medical_care") {
            assert_eq!(
                primary.as_str(),
                "medical_care",
                "medische zorg voor {answers:?}"
            );
        } else if given_yes("needs_psych_treatment") {
            assert_eq!(
                primary.as_str(),
                "mental_health_care",
                "GGZ voor {answers:?}"
            );
        }
    }

    // Add-on age rules.
    let age = walk
        .step(&QuestionId::from("age_group"))
        .map(|s| s.routed_as.as_str().to_owned());
    if walk.also.contains(&RouteId::from("gli")) {
        assert!(
            matches!(age.as_deref(), Some("adult" | "senior")),
            "GLI voor {age:?}"
        );
    }
    if walk.also.contains(&RouteId::from("valpreventie")) {
        assert_eq!(age.as_deref(), Some("senior"), "valpreventie voor {age:?}");
    }

    // Answers the flow did not reach change nothing.
    let reached: Answers = walk
        .path
        .iter()
        .map(|s| (s.question.clone(), s.answer.clone()))
        .collect();
    let again = evaluate(pack, context, &reached);
    assert_eq!(
        &again, walk,
        "onbereikte antwoorden veranderden de uitkomst voor {answers:?}"
    );
}

/// Walks every combination of one pack, in every distinct gemeente context; returns a line per
/// context with its timing.
fn exhaustive(bundled: &BundledPack) -> Vec<String> {
    let region = bundled.region;
    let pack = bundled.load().expect("bundled packs load");
    let mut contexts = vec![Context::region(&pack)];
    for gemeente in &pack.gemeenten {
        let context = Context::new(&pack, Some(&gemeente.id)).expect("gemeente exists");
        if !contexts.iter().any(|c| c.flags == context.flags) {
            contexts.push(context);
        }
    }
    let dims = dimensions(&pack);
    let mut timings = Vec::new();
    for context in &contexts {
        let started = std::time::Instant::now();
        let count = for_every_combination(&pack, |answers, digits| {
            let walk = evaluate(&pack, context, answers);
            check_invariants(&pack, context, answers, &walk);
            let answer = |q: &str| -> &'static str {
                let position = dims
                    .iter()
                    .position(|(id, _)| id.as_str() == q)
                    .expect("question in pack");
                match dims[position].1[digits[position]].as_str() {
                    "yes" => "yes",
                    "no" => "no",
                    "unknown" => "unknown",
                    "child" => "child",
                    "adult" => "adult",
                    "senior" => "senior",
                    other => panic!("onverwacht antwoord {other}"),
                }
            };
            let expected = spec(
                answer,
                context.flags.youth_wor,
                context.flags.krachtige_basiszorg,
            );
            let got_path: Vec<String> = walk.path.iter().map(|s| s.question.to_string()).collect();
            assert_eq!(
                walk.primary.as_ref().map(|r| r.to_string()).as_deref(),
                Some(expected.primary),
                "primary voor {answers:?}"
            );
            assert_eq!(
                ids(&walk.also),
                ids(&expected.also),
                "also voor {answers:?}"
            );
            assert_eq!(
                ids(&walk.open_checks),
                ids(&expected.open_checks),
                "open_checks voor {answers:?}"
            );
            assert_eq!(got_path, ids(&expected.path), "path voor {answers:?}");
        });
        let expected_count: u64 = dims.iter().map(|(_, codes)| codes.len() as u64).product();
        assert_eq!(count, expected_count);
        timings.push(format!(
            "{region} {:?}: {count} antwoordcombinaties gecontroleerd in {:.1?}",
            context.flags,
            started.elapsed()
        ));
    }
    timings
}

/// Every bundled pack, each on its own thread (a pack takes tens of seconds), so a new region
/// file is covered with no new test.
#[test]
fn every_answer_combination_of_every_bundled_pack() {
    assert!(!BUNDLED.is_empty(), "geen enkel regiopakket meegeleverd");
    let started = std::time::Instant::now();
    let failed: Vec<&str> = std::thread::scope(|scope| {
        let runs: Vec<_> = BUNDLED
            .iter()
            .map(|bundled| {
                // Named, so a failure's panic message says which region it is.
                let run = std::thread::Builder::new()
                    .name(bundled.region.to_owned())
                    .spawn_scoped(scope, || exhaustive(bundled))
                    .expect("a thread starts");
                (bundled.region, run)
            })
            .collect();
        runs.into_iter()
            .filter_map(|(region, run)| match run.join() {
                Ok(timings) => {
                    for line in timings {
                        println!("{line}");
                    }
                    None
                }
                Err(_) => Some(region),
            })
            .collect()
    });
    println!("{} regio's in {:.1?}", BUNDLED.len(), started.elapsed());
    assert!(
        failed.is_empty(),
        "regio's met een fout (zie de melding hierboven): {failed:?}"
    );
}
