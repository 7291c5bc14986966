//! "Richting nu" must tell the truth: the outlook's routes are exactly the primaries that some
//! completion of the answers (including "weet ik niet") can still reach.

use std::collections::BTreeSet;
use verwijswijzer::engine::{Answers, Context, Pack, RouteId, evaluate, outlook};
use verwijswijzer::packs::BUNDLED;

/// Every primary reachable from `answers`, trying every answer (unknown too) of every open question.
fn reachable(pack: &Pack, context: &Context, answers: &Answers, found: &mut BTreeSet<RouteId>) {
    let walk = evaluate(pack, context, answers);
    if let Some(primary) = walk.primary {
        found.insert(primary);
        return;
    }
    let Some(next) = walk.next else { return };
    for code in pack.question(&next).expect("question exists").codes() {
        let mut more = answers.clone();
        more.set(next.clone(), code);
        reachable(pack, context, &more, found);
    }
}

/// Checks the outlook at every partial answer set up to `depth` questions deep.
fn check(pack: &Pack, context: &Context, answers: Answers, depth: usize, checked: &mut usize) {
    let mut expected = BTreeSet::new();
    reachable(pack, context, &answers, &mut expected);
    assert_eq!(
        outlook(pack, context, &answers).primaries.into_vec(),
        Vec::from_iter(expected),
        "outlook voor {answers:?}"
    );
    *checked += 1;
    let walk = evaluate(pack, context, &answers);
    if depth == 0 || walk.primary.is_some() {
        return;
    }
    let Some(next) = walk.next else { return };
    for code in pack.question(&next).expect("question exists").codes() {
        let mut more = answers.clone();
        more.set(next.clone(), code);
        check(pack, context, more, depth - 1, checked);
    }
}

#[test]
fn the_outlook_names_exactly_the_routes_still_reachable() {
    for bundled in BUNDLED {
        let pack = bundled.load().expect("loads");
        let context = Context::region(&pack);
        let mut checked = 0;
        check(&pack, &context, Answers::new(), 4, &mut checked);
        assert!(
            checked > 50,
            "{}: only {checked} partial answer sets",
            bundled.region
        );
    }
}

#[test]
fn at_the_start_every_primary_of_the_region_is_possible() {
    let pack = verwijswijzer::packs::bundled("dwo")
        .expect("dwo is bundled")
        .load()
        .expect("loads");
    let found = outlook(&pack, &Context::region(&pack), &Answers::new());
    assert!(found.primaries.contains(&RouteId::from("urgent_care")));
    assert!(found.primaries.contains(&RouteId::from("wor")));
    assert_eq!(
        found.most_questions_left, 9,
        "the longest main path in DWO asks 9 questions"
    );
}
