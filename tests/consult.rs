//! The consult reducer and the referral summary, natively: what the app does, without a browser.

use verwijswijzer::consult::{Action, Consult, Screen};
use verwijswijzer::engine::{
    AnswerCode, Consent, DimensionId, GemeenteId, NoReferralReason, QuestionId, ReferrerId, outlook,
};
use verwijswijzer::packs::catalog;
use verwijswijzer::summary::{NoText, referral_text};

fn consult() -> Consult {
    Consult::new(catalog().expect("bundled packs load")).expect("the catalog has a default region")
}

fn answer(consult: Consult, codes: &[&str]) -> Consult {
    codes.iter().fold(consult, |c, code| {
        c.apply(Action::Answer(AnswerCode::from(*code)))
    })
}

/// An adult with loneliness after a move, open to a coach: the typical WOR path.
const WOR_PATH: &[&str] = &[
    "no", "adult", "no", "no", "yes", "no", "no", "no", "yes", "no", "no",
];

fn current(consult: &Consult) -> &str {
    consult
        .current_question()
        .map(QuestionId::as_str)
        .unwrap_or("")
}

#[test]
fn a_new_consult_opens_on_the_acute_risk_question_in_dwo() {
    let consult = consult();
    assert_eq!(consult.pack.region.id.as_str(), "dwo");
    assert_eq!(consult.screen(), Screen::Question);
    assert_eq!(current(&consult), "acute_risk");
    assert!(consult.start_open);
}

#[test]
fn the_first_answer_closes_the_start_settings() {
    let consult = answer(consult(), &["no"]);
    assert!(!consult.start_open);
    assert!(!consult.answers.is_empty());
    assert_eq!(current(&consult), "age_group");
}

#[test]
fn the_typical_wor_path_ends_in_a_final_wor_outcome() {
    let consult = answer(consult(), WOR_PATH);
    assert_eq!(consult.screen(), Screen::Outcome);
    assert_eq!(
        consult.walk.primary.as_ref().map(|r| r.as_str()),
        Some("wor")
    );
    assert!(!consult.walk.provisional);
}

#[test]
fn changing_an_earlier_answer_recomputes_the_flow() {
    let wor = answer(consult(), WOR_PATH);
    let revisiting = wor.apply(Action::Revisit(QuestionId::from("psychosocial")));
    assert_eq!(current(&revisiting), "psychosocial");
    assert_eq!(revisiting.screen(), Screen::Question);
    let other = revisiting.apply(Action::Answer(AnswerCode::from("no")));
    assert_eq!(
        other.walk.primary.as_ref().map(|r| r.as_str()),
        Some("other")
    );
    // The add-on answers given earlier still count.
    assert!(other.walk.step(&QuestionId::from("weight_risk")).is_some());
    assert_eq!(other.screen(), Screen::Outcome);
}

#[test]
fn back_goes_to_the_previous_question_and_from_the_first_opens_the_start() {
    let consult = answer(consult(), &["no", "adult"]);
    let back = consult.apply(Action::Back);
    assert_eq!(current(&back), "age_group");
    let back = back.apply(Action::Back);
    assert_eq!(current(&back), "acute_risk");
    let back = back.apply(Action::Back);
    assert!(back.start_open);
}

#[test]
fn reset_forgets_everything_but_the_region_gemeente_and_referrer() {
    let consult = consult()
        .apply(Action::ChooseGemeente(Some(GemeenteId::from("delft"))))
        .apply(Action::ChooseReferrer(Some(ReferrerId::from("huisarts"))));
    let filled = answer(consult, WOR_PATH)
        .apply(Action::SetWish("weer mensen ontmoeten".into()))
        .apply(Action::SetConsent(Consent::Given))
        .apply(Action::ToggleDimension(DimensionId::from("meedoen")));
    let fresh = filled.apply(Action::Reset);
    assert!(fresh.answers.is_empty());
    assert!(fresh.wish.is_empty() && fresh.dimensions.is_empty());
    assert_eq!(fresh.consent, Consent::NotAsked);
    assert_eq!(current(&fresh), "acute_risk");
    assert_eq!(fresh.context.gemeente, Some(GemeenteId::from("delft")));
    assert_eq!(fresh.referrer, Some(ReferrerId::from("huisarts")));
}

#[test]
fn bmi_inputs_are_gone_once_the_weight_question_is_answered() {
    let at_weight = answer(consult(), &WOR_PATH[..9]);
    assert_eq!(current(&at_weight), "weight_risk");
    let typed = at_weight
        .apply(Action::SetBmiLength("180".into()))
        .apply(Action::SetBmiWeight("100".into()));
    assert_eq!(typed.bmi_length, "180");
    let answered = typed.apply(Action::Answer(AnswerCode::from("yes")));
    assert!(answered.bmi_length.is_empty() && answered.bmi_weight.is_empty());
}

#[test]
fn fall_screening_answers_are_gone_once_fall_risk_is_answered() {
    let at_fall = answer(
        consult(),
        &[
            "no", "senior", "no", "no", "yes", "no", "no", "no", "yes", "no",
        ],
    );
    assert_eq!(current(&at_fall), "fall_risk");
    let screened = at_fall.apply(Action::SetFallScreening(1, true));
    assert_eq!(screened.fall_screening, [None, Some(true), None]);
    let answered = screened.apply(Action::Answer(AnswerCode::from("yes")));
    assert_eq!(answered.fall_screening, [None; 3]);
}

#[test]
fn switching_region_starts_afresh_in_that_region() {
    let consult =
        answer(consult(), &["no", "adult"]).apply(Action::ChooseRegion("eindhoven".into()));
    assert_eq!(consult.pack.region.id.as_str(), "eindhoven");
    assert!(consult.answers.is_empty());
    let unknown = consult.apply(Action::ChooseRegion("utrecht".into()));
    assert_eq!(unknown.pack.region.id.as_str(), "eindhoven");
    assert!(
        unknown
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("utrecht"))
    );
}

#[test]
fn an_under_18_gets_the_youth_texts_and_an_adult_does_not() {
    let child = answer(consult(), &["no", "child"]);
    assert!(child.audience().youth);
    let adult = answer(consult(), &["no", "adult"]);
    assert!(!adult.audience().youth);
}

#[test]
fn choosing_the_region_already_open_keeps_the_consult() {
    let started = answer(consult(), &["no", "adult"]);
    let again = started.apply(Action::ChooseRegion("dwo".into()));
    assert_eq!(again.answers, started.answers);
    assert_eq!(current(&again), current(&started));
    assert!(again.notice.is_none());
}

#[test]
fn the_outlook_narrows_as_the_answers_come_in() {
    let start = consult();
    let at_start = start.outlook();
    assert_eq!(
        at_start,
        outlook(&start.pack, &start.context, &start.answers),
        "the consult asks the engine about its own pack, context and answers"
    );
    assert!(at_start.primaries.len() > 2, "every route is still open");
    assert!(at_start.most_questions_left >= WOR_PATH.len() - 2);
    let near_the_end = answer(start, &WOR_PATH[..8]);
    let later = near_the_end.outlook();
    assert!(later.primaries.len() < at_start.primaries.len());
    assert!(later.most_questions_left < at_start.most_questions_left);
    assert!(later.primaries.iter().any(|r| r.as_str() == "wor"));
}

#[test]
fn an_unknown_gemeente_or_answer_changes_nothing() {
    let consult = consult();
    let gemeente = consult.apply(Action::ChooseGemeente(Some(GemeenteId::from("rotterdam"))));
    assert_eq!(gemeente.context, consult.context);
    assert!(gemeente.notice.is_some());
    let odd = consult.apply(Action::Answer(AnswerCode::from("senior")));
    assert!(odd.answers.is_empty());
}

#[test]
fn the_summary_carries_route_answers_context_and_consent_but_no_person() {
    let consult = consult()
        .apply(Action::ChooseGemeente(Some(GemeenteId::from("delft"))))
        .apply(Action::ChooseReferrer(Some(ReferrerId::from("poh_ggz"))));
    let done = answer(consult, WOR_PATH)
        .apply(Action::ToggleDimension(DimensionId::from("meedoen")))
        .apply(Action::ToggleDimension(DimensionId::from("zingeving")))
        .apply(Action::SetWish("Wil graag weer koken met anderen".into()));
    let text = referral_text(&done).expect("a WOR outcome has a referral text");
    for expected in [
        "Route: Welzijn op Recept",
        "- Acuut gevaar: Nee",
        "- Leeftijd: 18 tot en met 64",
        "- Open voor een welzijnscoach: Ja",
        "Positieve Gezondheid, de patiënt wil werken aan: Zingeving, Meedoen",
        "Wens van de patiënt: Wil graag weer koken met anderen",
        "Toestemming van de patiënt voor de verwijzing: nog niet gevraagd",
        "Type verwijzer: POH-GGZ",
        "Gemeente: Delft\n",
        "Welzijnsorganisatie: Delft voor Elkaar",
        "ICPC: Z68",
        "pakket 1.0.0 van 2026-11-23",
    ] {
        assert!(
            text.contains(expected),
            "'{expected}' ontbreekt in:\n{text}"
        );
    }
    assert!(!text.contains("VOORLOPIG"));
    let consented = referral_text(&done.apply(Action::SetConsent(Consent::Given)))
        .expect("given consent keeps the text");
    assert!(consented.contains("Toestemming van de patiënt voor de verwijzing: gegeven"));
}

#[test]
fn a_provisional_summary_says_so_first_and_lists_what_to_check() {
    let done = answer(
        consult(),
        &[
            "no", "adult", "no", "no", "yes", "no", "no", "unknown", "yes", "no", "no",
        ],
    );
    let text = referral_text(&done).expect("an open check alone does not block the text");
    assert!(text.starts_with("VOORLOPIGE UITKOMST"), "{text}");
    assert!(
        text.contains("Nog na te gaan:\n- Bespreek of de patiënt zelf de eerste stap kan zetten"),
        "{text}"
    );
    assert!(text.contains("- Kan zelf op weg: Weet ik niet"));
}

#[test]
fn acute_risk_unknown_gives_no_referral_text_at_all() {
    let done = answer(
        consult(),
        &[
            "unknown", "adult", "no", "no", "yes", "no", "no", "no", "yes", "no", "no",
        ],
    );
    assert_eq!(done.walk.primary.as_ref().map(|r| r.as_str()), Some("wor"));
    for consent in Consent::ALL {
        assert_eq!(
            referral_text(&done.apply(Action::SetConsent(consent))),
            Err(NoText::NotAllowed(NoReferralReason::AcuteRiskUnknown))
        );
    }
}

#[test]
fn refused_consent_gives_no_referral_text() {
    let done = answer(consult(), WOR_PATH).apply(Action::SetConsent(Consent::Refused));
    assert_eq!(
        referral_text(&done),
        Err(NoText::NotAllowed(NoReferralReason::ConsentRefused))
    );
}

#[test]
fn urgent_care_gives_no_referral_text() {
    let urgent = answer(consult(), &["yes"]).apply(Action::SetWish("iets".into()));
    for consent in Consent::ALL {
        assert_eq!(
            referral_text(&urgent.apply(Action::SetConsent(consent))),
            Err(NoText::NotAllowed(NoReferralReason::UrgentCare))
        );
    }
}

#[test]
fn every_placeholder_is_filled_for_every_region_and_gemeente() {
    for pack in catalog().expect("loads").iter() {
        let gemeenten = pack.gemeenten.iter().map(Some).chain([None]);
        for gemeente in gemeenten {
            for route in pack.routes.values() {
                let youth = route.youth.clone().unwrap_or_default();
                let texts = route
                    .next_steps
                    .iter()
                    .chain(&route.expect)
                    .chain(route.next_steps_elders.iter().flatten())
                    .chain(youth.expect.iter().flatten())
                    .chain(youth.next_steps.iter().flatten())
                    .chain(youth.next_steps_elders.iter().flatten());
                for step in texts {
                    let filled = pack.fill_in(gemeente, step);
                    assert!(
                        !filled.contains('{') && !filled.contains('}'),
                        "{}: {filled}",
                        pack.region.id
                    );
                }
            }
        }
    }
}
