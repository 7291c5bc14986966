//! The referral text per channel (issue 9, points 4 and 5): ZorgDomein's free-text field, a
//! VIPLive note and the GP's HIS journal line in SOEP form. Same content, its own shape; the
//! four monitoring lines (gemeente, age group, type of referrer, reasons) on fixed, labelled
//! lines at the top of each; a training case says so first; the no-text rules hold for all.

use std::rc::Rc;
use verwijswijzer::consult::{Action, Consult};
use verwijswijzer::engine::{
    AnswerCode, Channel, Consent, DimensionId, NoReferralReason, Pack, QuestionId, ReasonId,
    ReferrerId, RegionId,
};
use verwijswijzer::packs::catalog;
use verwijswijzer::privacy;
use verwijswijzer::summary::{
    Layout, MONITORING_LABELS, NoText, PROVISIONAL_LINE, TRAINING_LINE, layouts, referral_text,
    referral_text_as,
};

/// An adult with loneliness after a move, open to a coach: the typical WOR path.
const WOR_PATH: &[&str] = &[
    "no", "adult", "no", "no", "yes", "no", "no", "no", "yes", "no", "no",
];

/// The same, but "weet ik niet" on whether the patient can go on alone: provisional.
const PROVISIONAL_WOR_PATH: &[&str] = &[
    "no", "adult", "no", "no", "yes", "no", "no", "unknown", "yes", "no", "no",
];

/// Psychosocial problems "no": the route `other`, which refers via no channel.
const OTHER_PATH: &[&str] = &["no", "adult", "no", "no", "no", "no", "no"];

const REASONS: [&str; 2] = ["eenzaamheid", "geldzorgen"];

/// The region with ZorgDomein (DWO) and the one with VIPLive, found by their channel.
fn region_with(channel: Channel) -> Rc<Pack> {
    catalog()
        .expect("bundled packs load")
        .iter()
        .find(|p| p.region.channel == channel)
        .cloned()
        .unwrap_or_else(|| panic!("a bundled region uses {channel}"))
}

fn regions() -> [Rc<Pack>; 2] {
    [
        region_with(Channel::ZorgDomein),
        region_with(Channel::VipLive),
    ]
}

fn start(region: &RegionId) -> Consult {
    Consult::new(catalog().expect("loads"))
        .expect("a default region")
        .apply(Action::ChooseRegion(region.clone()))
}

fn answer(consult: Consult, codes: &[&str]) -> Consult {
    codes.iter().fold(consult, |c, code| {
        c.apply(Action::Answer(AnswerCode::from(*code)))
    })
}

/// A WOR consult in the region: its first gemeente, the given referrer, two reasons, a
/// dimension, a wish and consent given.
fn wor_consult(pack: &Pack, referrer: Option<&str>) -> Consult {
    let consult = start(&pack.region.id)
        .apply(Action::ChooseGemeente(
            pack.gemeenten.first().map(|g| g.id.clone()),
        ))
        .apply(Action::ChooseReferrer(referrer.map(ReferrerId::from)));
    let consult = REASONS.iter().fold(consult, |c, id| {
        c.apply(Action::ToggleReason(ReasonId::from(*id)))
    });
    answer(consult, WOR_PATH)
        .apply(Action::ToggleDimension(DimensionId::from("meedoen")))
        .apply(Action::SetWish("Wil graag weer koken met anderen".into()))
        .apply(Action::SetConsent(Consent::Given))
}

fn every_text(consult: &Consult) -> Vec<(Layout, String)> {
    Layout::ALL
        .into_iter()
        .map(|layout| {
            let text = referral_text_as(consult, layout)
                .unwrap_or_else(|e| panic!("{layout:?}: a WOR outcome has a text, got {e:?}"));
            (layout, text)
        })
        .collect()
}

/// The four monitoring lines of a text: where the first is, and the four in order.
fn monitoring_lines(text: &str) -> (usize, Vec<&str>) {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("Gemeente: "))
        .unwrap_or_else(|| panic!("no 'Gemeente: ' line in:\n{text}"));
    (first, lines[first..first + 4].to_vec())
}

fn reason_labels(pack: &Pack) -> String {
    REASONS
        .iter()
        .map(|id| {
            pack.referral_reasons
                .iter()
                .find(|r| r.id.as_str() == *id)
                .map(|r| r.label.as_str())
                .unwrap_or_else(|| panic!("the pack has reason {id}"))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn adult_label(pack: &Pack) -> String {
    let question = pack
        .question(&QuestionId::from("age_group"))
        .expect("age_group");
    pack.answer_label(question, &AnswerCode::from("adult"))
        .to_owned()
}

#[test]
fn every_layout_has_the_four_monitoring_lines_at_the_top_with_their_values() {
    for pack in regions() {
        for referrer in ["fysiotherapeut", "huisarts"] {
            let consult = wor_consult(&pack, Some(referrer));
            let gemeente = pack.gemeenten.first().expect("a gemeente");
            let referrer_label = &consult.referrer_type().expect("known referrer").label;
            let expected = [
                format!("Gemeente: {}", gemeente.name),
                format!("Leeftijdsgroep: {}", adult_label(&pack)),
                format!("Type verwijzer: {referrer_label}"),
                format!("Reden van verwijzing: {}", reason_labels(&pack)),
            ];
            for (layout, text) in every_text(&consult) {
                let (first, lines) = monitoring_lines(&text);
                assert_eq!(
                    first, 0,
                    "{layout:?}: the monitoring lines come first:\n{text}"
                );
                assert_eq!(lines, expected, "{layout:?}:\n{text}");
                for label in MONITORING_LABELS {
                    let prefix = format!("{label}: ");
                    assert_eq!(
                        text.lines().filter(|l| l.starts_with(&prefix)).count(),
                        1,
                        "{layout:?}: '{label}' once, on a line of its own:\n{text}"
                    );
                }
            }
        }
    }
}

#[test]
fn monitoring_lines_say_what_was_not_given() {
    for pack in regions() {
        // No gemeente, no referrer, no reasons, and the age "weet ik niet".
        let mut codes = WOR_PATH.to_vec();
        codes[1] = "unknown";
        let consult = answer(start(&pack.region.id), &codes);
        let unknown = &pack.labels.unknown;
        for (layout, text) in every_text(&consult) {
            let (_, lines) = monitoring_lines(&text);
            assert_eq!(
                lines,
                [
                    "Gemeente: niet opgegeven".to_owned(),
                    format!("Leeftijdsgroep: {unknown}"),
                    "Type verwijzer: niet opgegeven".to_owned(),
                    "Reden van verwijzing: niet opgegeven".to_owned(),
                ],
                "{layout:?}:\n{text}"
            );
        }
    }
}

#[test]
fn the_region_channel_decides_the_layout_of_the_referral_text() {
    assert_eq!(Layout::for_channel(Channel::ZorgDomein), Layout::ZorgDomein);
    assert_eq!(Layout::for_channel(Channel::VipLive), Layout::VipLive);
    for pack in regions() {
        let consult = wor_consult(&pack, Some("fysiotherapeut"));
        let channel = Layout::for_channel(pack.region.channel);
        assert_eq!(referral_text(&consult), referral_text_as(&consult, channel));
        assert_eq!(layouts(&consult), vec![channel], "{}", pack.region.id);
    }
    for layout in Layout::ALL {
        assert_eq!(layout.code().parse::<Layout>(), Ok(layout));
        assert!(!layout.label().is_empty());
    }
    let error = "html".parse::<Layout>().expect_err("no such layout");
    assert!(error.contains("zorgdomein, viplive, his"), "{error}");
}

#[test]
fn the_his_journal_is_offered_for_the_practice_when_the_route_refers_via_the_channel() {
    for pack in regions() {
        let channel = Layout::for_channel(pack.region.channel);
        for referrer in &pack.referrer_types {
            let consult = wor_consult(&pack, Some(referrer.id.as_str()));
            let expected = if referrer.huisartsenpraktijk {
                vec![channel, Layout::HisJournaal]
            } else {
                vec![channel]
            };
            assert_eq!(layouts(&consult), expected, "{}", referrer.id);
        }
        // No referrer chosen: the practice's texts, as on the outcome (decision 30).
        let nobody = wor_consult(&pack, None);
        assert_eq!(layouts(&nobody), vec![channel, Layout::HisJournaal]);
        // A route that refers via no channel: no journal line for a WOR referral.
        let other = answer(
            start(&pack.region.id).apply(Action::ChooseReferrer(Some("huisarts".into()))),
            OTHER_PATH,
        );
        assert_eq!(
            other.walk.primary.as_ref().map(|r| r.as_str()),
            Some("other")
        );
        assert_eq!(layouts(&other), vec![channel]);
    }
}

#[test]
fn the_his_journal_has_s_o_e_p_in_order_with_the_icpc_code() {
    for pack in regions() {
        let consult = wor_consult(&pack, Some("huisarts"));
        let text = referral_text_as(&consult, Layout::HisJournaal).expect("a text");
        let lines: Vec<&str> = text.lines().collect();
        let position = |prefix: &str| {
            let hits: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].starts_with(prefix))
                .collect();
            assert_eq!(hits.len(), 1, "one '{prefix}' line:\n{text}");
            hits[0]
        };
        let [s, o, e, p] = ["S: ", "O: ", "E: ", "P: "].map(position);
        assert!(
            4 <= s && s + 1 == o && o + 1 == e && e + 1 == p,
            "S, O, E, P in order:\n{text}"
        );
        assert!(lines[s].contains("Wens van de patiënt: Wil graag weer koken met anderen"));
        assert!(lines[s].contains("Positieve Gezondheid, de patiënt wil werken aan: Meedoen"));
        assert!(lines[s].contains(&format!("Reden van verwijzing: {}", reason_labels(&pack))));
        assert!(lines[o].contains("Acuut gevaar: Nee; "), "{}", lines[o]);
        assert!(
            lines[e].contains("Route: Welzijn op Recept"),
            "{}",
            lines[e]
        );
        assert!(
            lines[e].contains(&format!("ICPC: {}", pack.region.icpc)),
            "ICPC code in E:\n{text}"
        );
        assert!(!pack.region.icpc.is_empty());
        assert!(
            lines[p].contains(&format!("Verwijzing via {}", pack.region.channel)),
            "{}",
            lines[p]
        );
        assert!(lines[p].contains("Toestemming van de patiënt voor de verwijzing: gegeven"));
        assert!(
            lines
                .last()
                .expect("lines")
                .starts_with("Bron: Verwijswijzer")
        );
        // One journal line per SOEP field: nothing breaks them up.
        assert!(!text.contains("\n\n"), "{text}");
    }
}

#[test]
fn the_icpc_code_is_for_the_practice_only_in_every_layout() {
    for pack in regions() {
        let outside = wor_consult(&pack, Some("fysiotherapeut"));
        for (layout, text) in every_text(&outside) {
            assert!(!text.contains("ICPC"), "{layout:?}:\n{text}");
            assert!(!text.contains("HIS"), "{layout:?}:\n{text}");
        }
        let practice = wor_consult(&pack, Some("poh_ggz"));
        for (layout, text) in every_text(&practice) {
            assert!(
                text.contains(&format!("ICPC: {} (", pack.region.icpc)),
                "{layout:?}:\n{text}"
            );
        }
    }
}

#[test]
fn the_viplive_note_is_compact_and_the_zorgdomein_text_has_blocks() {
    for pack in regions() {
        let consult = answer(
            start(&pack.region.id).apply(Action::ChooseReferrer(Some("huisarts".into()))),
            PROVISIONAL_WOR_PATH,
        );
        let note = referral_text_as(&consult, Layout::VipLive).expect("a note");
        let free = referral_text_as(&consult, Layout::ZorgDomein).expect("a text");
        assert!(
            !note.contains("\n\n"),
            "no blank lines in the note:\n{note}"
        );
        assert!(
            !note.lines().any(|l| l.starts_with("- ")),
            "no bullets:\n{note}"
        );
        assert!(
            note.lines()
                .any(|l| l.starts_with("Antwoorden: Acuut gevaar: Nee; ")),
            "the answers on one line:\n{note}"
        );
        assert!(
            note.lines().any(|l| l.starts_with("Nog na te gaan: ")),
            "{note}"
        );
        assert!(note.lines().count() < free.lines().count() / 2, "{note}");

        assert!(
            free.contains("\n\nAntwoorden:\n- Acuut gevaar: Nee\n"),
            "{free}"
        );
        assert!(free.contains("\n\nNog na te gaan:\n- "), "{free}");
        // Plain text: no markup for a field that shows it as typed.
        for markup in ["**", "<", ">", "#", "|", "\t"] {
            assert!(!free.contains(markup), "'{markup}' in:\n{free}");
            assert!(!note.contains(markup), "'{markup}' in:\n{note}");
        }
    }
}

#[test]
fn every_layout_carries_the_same_content() {
    for pack in regions() {
        let consult = wor_consult(&pack, Some("huisarts"));
        let answers: Vec<String> = consult
            .walk
            .path
            .iter()
            .filter_map(|step| pack.answer_line(step))
            .collect();
        assert_eq!(answers.len(), WOR_PATH.len());
        let gemeente = pack.gemeenten.first().expect("a gemeente");
        let texts = every_text(&consult);
        for (layout, text) in &texts {
            for expected in answers.iter().map(String::as_str).chain([
                "Route: Welzijn op Recept",
                "Toelichting: ",
                "Positieve Gezondheid, de patiënt wil werken aan: Meedoen",
                "Wens van de patiënt: Wil graag weer koken met anderen",
                "Toestemming van de patiënt voor de verwijzing: gegeven",
                &format!(
                    "Welzijnsorganisatie: {}",
                    pack.organisation_name(Some(gemeente))
                ),
                &format!("regio {}, pakket {}", pack.region.name, pack.region.version),
            ]) {
                assert!(
                    text.contains(expected),
                    "{layout:?}: '{expected}' in:\n{text}"
                );
            }
            let position = |needle: &str| text.find(needle).expect("found above");
            let order: Vec<usize> = answers.iter().map(|a| position(a)).collect();
            assert!(
                order.is_sorted(),
                "{layout:?}: answers in the order asked:\n{text}"
            );
        }
    }
}

#[test]
fn a_training_case_starts_every_layout_with_the_oefencasus_line() {
    for pack in regions() {
        let real = wor_consult(&pack, Some("huisarts"));
        for (layout, text) in every_text(&real) {
            assert!(!text.contains("OEFENCASUS"), "{layout:?}:\n{text}");
        }
        let mut training = real.clone();
        training.training = true;
        for (layout, text) in every_text(&training) {
            assert_eq!(
                text.lines().next(),
                Some(TRAINING_LINE),
                "{layout:?}:\n{text}"
            );
            assert_eq!(text.matches("OEFENCASUS").count(), 1, "{layout:?}:\n{text}");
            // The rest is the real text, unchanged.
            let real_text = referral_text_as(&real, layout).expect("a text");
            assert_eq!(text, format!("{TRAINING_LINE}\n{real_text}"));
        }
        // Training and provisional: the training line first, then the provisional warning,
        // then the monitoring lines.
        let mut provisional = answer(start(&pack.region.id), PROVISIONAL_WOR_PATH);
        provisional.training = true;
        for (layout, text) in every_text(&provisional) {
            let lines: Vec<&str> = text.lines().take(3).collect();
            assert_eq!(lines[0], TRAINING_LINE, "{layout:?}");
            assert_eq!(lines[1], PROVISIONAL_LINE, "{layout:?}");
            assert!(lines[2].starts_with("Gemeente: "), "{layout:?}:\n{text}");
        }
    }
}

#[test]
fn no_layout_gives_a_text_for_urgent_care_unknown_acute_risk_or_refused_consent() {
    for pack in regions() {
        let urgent = answer(start(&pack.region.id), &["yes"]);
        let mut unknown_risk = WOR_PATH.to_vec();
        unknown_risk[0] = "unknown";
        let unknown_risk = answer(start(&pack.region.id), &unknown_risk);
        let refused =
            wor_consult(&pack, Some("huisarts")).apply(Action::SetConsent(Consent::Refused));
        for layout in Layout::ALL {
            for consent in Consent::ALL {
                let mut training = urgent.apply(Action::SetConsent(consent));
                training.training = true;
                assert_eq!(
                    referral_text_as(&training, layout),
                    Err(NoText::NotAllowed(NoReferralReason::UrgentCare)),
                    "{layout:?}"
                );
                assert_eq!(
                    referral_text_as(&unknown_risk.apply(Action::SetConsent(consent)), layout),
                    Err(NoText::NotAllowed(NoReferralReason::AcuteRiskUnknown)),
                    "{layout:?}"
                );
            }
            assert_eq!(
                referral_text_as(&refused, layout),
                Err(NoText::NotAllowed(NoReferralReason::ConsentRefused)),
                "{layout:?}"
            );
            let halfway = answer(start(&pack.region.id), &["no", "adult"]);
            assert_eq!(referral_text_as(&halfway, layout), Err(NoText::Incomplete));
        }
    }
}

#[test]
fn no_layout_holds_personal_data() {
    for pack in regions() {
        let consult = wor_consult(&pack, Some("huisarts"));
        for (layout, text) in every_text(&consult) {
            // The source line carries the pack's date, which is no patient's.
            for line in text.lines().filter(|l| !l.starts_with("Bron: ")) {
                assert_eq!(privacy::kinds(line), vec![], "{layout:?}: {line}");
            }
        }
    }
}

#[test]
fn toggle_reason_toggles_ignores_unknown_ids_and_reset_and_region_clear_it() {
    let consult = start(&RegionId::from("dwo"));
    let id = ReasonId::from("eenzaamheid");
    let on = consult.apply(Action::ToggleReason(id.clone()));
    assert!(on.reasons.contains(&id));
    assert_eq!(on.notice, None);
    let both = on.apply(Action::ToggleReason(ReasonId::from("geldzorgen")));
    assert_eq!(both.reasons.len(), 2, "more than one reason may be chosen");
    let off = both.apply(Action::ToggleReason(id.clone()));
    assert!(!off.reasons.contains(&id));
    assert_eq!(off.reasons.len(), 1);

    let unknown = both.apply(Action::ToggleReason(ReasonId::from("verveling")));
    assert_eq!(unknown.reasons, both.reasons);
    let notice = unknown.notice.expect("a notice for an unknown reason");
    assert!(notice.contains("verveling"), "{notice}");

    let reset = both.apply(Action::Reset);
    assert!(reset.reasons.is_empty());
    assert!(!reset.training);
    let other_region = both.apply(Action::ChooseRegion(
        region_with(Channel::VipLive).region.id.clone(),
    ));
    assert!(other_region.reasons.is_empty());
    // Other actions leave the reasons alone.
    let answered = answer(both.clone(), &["no", "adult"]);
    assert_eq!(answered.reasons, both.reasons);
}

#[test]
fn every_pack_offers_enough_distinct_labelled_reasons() {
    for pack in catalog().expect("loads").iter() {
        let reasons = &pack.referral_reasons;
        assert!(reasons.len() >= 3, "{}", pack.region.id);
        let mut ids: Vec<&str> = reasons.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), reasons.len(), "{}", pack.region.id);
        assert!(reasons.iter().all(|r| !r.label.trim().is_empty()));
    }
}

/// The label above each text names where it goes, so nobody pastes the journal into ZorgDomein.
#[test]
fn each_layout_is_labelled_with_where_it_is_pasted() {
    for (layout, names) in [
        (Layout::ZorgDomein, "ZorgDomein"),
        (Layout::VipLive, "VIPLive"),
        (Layout::HisJournaal, "HIS"),
    ] {
        assert!(
            layout.label().contains(names),
            "{layout:?}: {}",
            layout.label()
        );
    }
}

/// An add-on (here: support for a carer under strain) is named in every layout, so the coach
/// knows what else the referrer has in mind; without one it is not mentioned.
#[test]
fn every_layout_names_the_add_ons_to_consider() {
    for pack in regions() {
        let mut with_add_on = WOR_PATH.to_vec();
        *with_add_on.last_mut().expect("the path has answers") = "yes";
        let consult = answer(start(&pack.region.id), &with_add_on);
        assert!(
            !consult.walk.also.is_empty(),
            "{}: carer strain adds a route",
            pack.region.id
        );
        let titles: Vec<&str> = consult
            .walk
            .also
            .iter()
            .map(|r| pack.route_title(r))
            .collect();
        for (layout, text) in every_text(&consult) {
            // A line of its own, or a sentence in the journal's E line.
            let line = text
                .lines()
                .find_map(|l| l.split_once("Ook overwegen: ").map(|(_, rest)| rest))
                .unwrap_or_else(|| panic!("{layout:?}: no add-ons named in\n{text}"));
            for title in &titles {
                assert!(
                    line.contains(title),
                    "{layout:?}: {title} missing in {line}"
                );
            }
        }
        for (layout, text) in every_text(&wor_consult(&pack, None)) {
            assert!(
                !text.contains("Ook overwegen"),
                "{layout:?}: an add-on line without add-ons"
            );
        }
    }
}

/// A provisional outcome lists what is still to check in every layout (the journal in its P
/// line); a settled one never mentions it.
#[test]
fn every_layout_lists_what_to_check_only_when_something_is() {
    for pack in regions() {
        let provisional = answer(start(&pack.region.id), PROVISIONAL_WOR_PATH);
        assert!(!provisional.walk.open_checks.is_empty());
        for (layout, text) in every_text(&provisional) {
            let after = text
                .split_once("Nog na te gaan:")
                .map(|(_, rest)| rest.trim_start())
                .unwrap_or_else(|| panic!("{layout:?}: nothing to check in\n{text}"));
            assert!(
                after.len() > 10 && !after.starts_with("Bron:"),
                "{layout:?}: an empty list of checks in\n{text}"
            );
            if layout == Layout::HisJournaal {
                assert!(
                    text.lines()
                        .any(|l| l.starts_with("P: ") && l.contains("Nog na te gaan: ")),
                    "{layout:?}: the checks belong in the plan\n{text}"
                );
            }
        }
        let settled = wor_consult(&pack, None);
        for (layout, text) in every_text(&settled) {
            assert!(
                !text.contains("Nog na te gaan"),
                "{layout:?}: checks without any open\n{text}"
            );
        }
    }
}

/// The app labels the text to paste with the channel as `{}` ("Tekst om te plakken in VIPLive").
#[test]
fn a_channel_is_shown_by_its_name() {
    for channel in Channel::ALL {
        assert!(!channel.name().is_empty());
        assert_eq!(channel.to_string(), channel.name());
        assert_eq!(String::from(channel), channel.name());
    }
}
