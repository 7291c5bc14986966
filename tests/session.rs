//! The visit as a whole: views by link, training cases in a consult of their own, the score.

use verwijswijzer::consult::{Action, Screen};
use verwijswijzer::engine::{AnswerCode, TrainingCase};
use verwijswijzer::fragment::View;
use verwijswijzer::packs::catalog;
use verwijswijzer::session::{Mode, Session, SessionAction};
use verwijswijzer::summary::referral_text;

fn session() -> Session {
    Session::new(catalog().expect("bundled packs load")).expect("a default region")
}

fn follow(session: &Session, fragment: &str) -> Session {
    session.apply(SessionAction::Follow(fragment.to_owned()))
}

fn answer(session: Session, code: &AnswerCode) -> Session {
    session.apply(SessionAction::Consult(Action::Answer(code.clone())))
}

/// Answers the case's questions as the case expects, in the order the engine asks them.
fn work_through(mut session: Session, case: &TrainingCase) -> Session {
    while let Some(question) = session.active().current_question().cloned() {
        let code = case
            .answers
            .get(&question)
            .unwrap_or_else(|| panic!("case {} has no answer for {question}", case.id));
        session = answer(session, code);
    }
    session
}

fn first_case(session: &Session) -> TrainingCase {
    session
        .consult
        .pack
        .training
        .first()
        .expect("cases")
        .clone()
}

#[test]
fn a_link_opens_its_view_and_region() {
    let session = follow(&session(), "#factsheet&regio=eindhoven");
    assert_eq!(session.view, View::Factsheet);
    assert_eq!(session.consult.pack.region.id.as_str(), "eindhoven");
    assert_eq!(session.notice, None);
}

#[test]
fn an_unknown_link_opens_the_consult_with_a_notice_and_keeps_the_answers() {
    let started = answer(session(), &AnswerCode::No);
    let opened = follow(&follow(&started, "#factsheet"), "#wat-is-dit");
    assert_eq!(opened.view, View::Consult);
    assert!(
        opened
            .notice
            .as_deref()
            .is_some_and(|n| !n.contains("wat-is-dit"))
    );
    assert_eq!(opened.consult.walk.path, started.consult.walk.path);
}

#[test]
fn switching_views_keeps_the_consult() {
    let started = answer(
        answer(session(), &AnswerCode::No),
        &AnswerCode::from("adult"),
    );
    let back = follow(
        &follow(&follow(&started, "#factsheet"), "#beslisboom"),
        "#consult",
    );
    assert_eq!(back.view, View::Consult);
    assert_eq!(back.consult.walk.path, started.consult.walk.path);
}

#[test]
fn a_training_case_runs_apart_from_the_real_consult_and_marks_its_text() {
    let real = answer(session(), &AnswerCode::No);
    let case = first_case(&real);
    let training = real.apply(SessionAction::StartCase(case.id.clone()));
    assert_eq!(
        (training.view, training.mode),
        (View::Oefenen, Mode::Training)
    );
    assert!(training.active().training);
    assert!(
        training.active().answers.is_empty(),
        "a case starts with no answers"
    );

    let done = work_through(training, &case);
    assert_eq!(done.active().screen(), Screen::Outcome);
    assert_eq!(
        done.consult.walk.path, real.consult.walk.path,
        "the real consult is untouched"
    );
    assert!(!done.consult.training);
    if let Ok(text) = referral_text(done.active()) {
        assert!(
            text.starts_with("OEFENCASUS - niet gebruiken voor een echte verwijzing\n"),
            "{text}"
        );
    }
}

#[test]
fn the_score_counts_cases_right_and_wrong_once_each() {
    let start = session();
    let case = first_case(&start);
    let right = work_through(
        start.apply(SessionAction::StartCase(case.id.clone())),
        &case,
    );
    assert_eq!(right.score(), (1, 1));

    // Change the first answer after acute risk: the case is then not all right.
    let mut wrong = right.apply(SessionAction::StartCase(case.id.clone()));
    wrong = answer(wrong, &AnswerCode::No);
    let flipped = wrong
        .active()
        .current_question()
        .cloned()
        .expect("a second question");
    let expected = case
        .answers
        .get(&flipped)
        .cloned()
        .expect("expected answer");
    let other = wrong
        .active()
        .pack
        .question(&flipped)
        .expect("question")
        .codes()
        .into_iter()
        .find(|c| *c != expected)
        .expect("another answer");
    wrong = answer(wrong, &other);
    while let Some(question) = wrong.active().current_question().cloned() {
        let code = case
            .answers
            .get(&question)
            .cloned()
            .unwrap_or(AnswerCode::Unknown);
        wrong = answer(wrong, &code);
    }
    assert_eq!(wrong.score(), (2, 1));
    // Going back and changing an answer does not score the attempt again.
    let changed = answer(
        wrong.apply(SessionAction::Consult(Action::Back)),
        &AnswerCode::Unknown,
    );
    assert_eq!(changed.score(), (2, 1));
}

#[test]
fn opnieuw_in_a_case_starts_the_case_again_still_as_training() {
    let start = session();
    let case = first_case(&start);
    let running = answer(
        start.apply(SessionAction::StartCase(case.id.clone())),
        &AnswerCode::No,
    );
    let again = running.apply(SessionAction::Consult(Action::Reset));
    assert!(again.active().training);
    assert!(again.active().answers.is_empty());
    assert_eq!(again.run.as_ref().map(|r| &r.case), Some(&case.id));
}

#[test]
fn a_shared_link_restores_the_case_and_its_answers_without_scoring_them() {
    let start = session();
    let case = first_case(&start);
    let done = work_through(
        start.apply(SessionAction::StartCase(case.id.clone())),
        &case,
    );
    let link = done.share_link().expect("a case is running").to_fragment();
    let fresh = follow(&session(), &link);
    assert_eq!(fresh.view, View::Oefenen);
    assert!(fresh.active().training);
    assert_eq!(fresh.active().walk.path, done.active().walk.path);
    assert_eq!(fresh.active().screen(), Screen::Outcome);
    assert_eq!(
        fresh.score(),
        (0, 0),
        "the presenter's answers are not the trainee's"
    );
}

#[test]
fn switching_region_ends_the_case() {
    let start = session();
    let case = first_case(&start);
    let running = start.apply(SessionAction::StartCase(case.id.clone()));
    let moved = follow(&running, "#oefenen&regio=eindhoven");
    assert!(moved.run.is_none());
    assert_eq!(moved.consult.pack.region.id.as_str(), "eindhoven");
}

#[test]
fn consult_actions_go_to_the_consult_on_screen() {
    let start = session();
    let case = first_case(&start);
    let running = start.apply(SessionAction::StartCase(case.id.clone()));
    // On the factsheet, the real consult follows again.
    let on_consult = follow(&running, "#consult");
    let answered = answer(on_consult, &AnswerCode::No);
    assert_eq!(answered.consult.walk.path.len(), 1);
    assert!(
        answered
            .run
            .as_ref()
            .is_some_and(|r| r.consult.answers.is_empty())
    );
    // Back in training, the case continues where it was.
    let back = follow(&answered, "#oefenen");
    assert!(back.active().training);
}
