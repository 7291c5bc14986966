//! Checking a merged pack before anything is evaluated with it.
//!
//! Structural checks catch dangling ids, missing texts and sources, and contacts that name a
//! person (`names`). The words a user reads have their own rules (`wording`), and the thorough
//! check walks every answer path (`paths`). Each problem is located by `problem`.

use super::condition::Condition;
use super::ids::{AnswerCode, QuestionId, RouteId, SourceId};
use super::model::{Availability, Gemeente, Pack};
use super::names::looks_like_personal_name;
use super::paths::check_paths;
use super::problem::{Anchor, Problem};
use super::{ACUTE_RISK, URGENT_CARE};
use crate::privacy::{self, PiiKind};
use std::collections::BTreeSet;

/// Placeholders a route's `next_steps` may use; the app fills them from region and gemeente.
pub const PLACEHOLDERS: &[&str] = &[
    "kanaal",
    "kanaal_stappen",
    "organisatie",
    "gemeente",
    "icpc",
    "contactnorm",
];

/// The text that marks a fact as not yet known; the checker warns about it.
pub const TO_BE_FILLED_IN: &str = "nog in te vullen";

/// Every problem in the pack's structure, errors and warnings. Cheap: run on every load.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_engine_rules(pack, &mut problems);
    check_questions(pack, &mut problems);
    check_flow(pack, &mut problems);
    check_routes(pack, &mut problems);
    check_region(pack, &mut problems);
    check_referral_reasons(pack, &mut problems);
    super::wording::check_wording(pack, &mut problems);
    super::factsheet::check_factsheet(pack, &mut problems);
    for gemeente in &pack.gemeenten {
        check_gemeente(pack, gemeente, &mut problems);
    }
    problems
}

/// `validate` plus a walk over every answer path: each must end in a route, and every
/// question and route must be reachable. Costs thousands of evaluations, so the checker and
/// the tests run it; the app relies on them and only runs `validate`.
pub fn validate_thoroughly(pack: &Pack) -> Vec<Problem> {
    let mut problems = validate(pack);
    // Walking paths over a structurally broken pack would only repeat the same errors.
    if problems
        .iter()
        .all(|p| p.severity != super::Severity::Error)
    {
        check_paths(pack, &mut problems);
    }
    problems
}

fn check_engine_rules(pack: &Pack, problems: &mut Vec<Problem>) {
    match pack.questions.get(&QuestionId::from(ACUTE_RISK)) {
        None => problems.push(Problem::error(
            "[questions",
            format!(
                "de vraag '{ACUTE_RISK}' ontbreekt; die vraag komt altijd eerst en mag niet weg"
            ),
        )),
        Some(q) if !q.is_yes_no() => problems.push(Problem::error(
            format!("[questions.{ACUTE_RISK}]"),
            format!("'{ACUTE_RISK}' moet een ja/nee-vraag zijn"),
        )),
        Some(_) => {}
    }
    if pack.route(&RouteId::from(URGENT_CARE)).is_none() {
        problems.push(Problem::error(
            "[routes",
            format!(
                "de route '{URGENT_CARE}' ontbreekt; die hoort bij acuut gevaar en mag niet weg"
            ),
        ));
    }
    let asked = pack
        .flow
        .iter()
        .map(|s| &s.question)
        .chain(pack.addons.iter().map(|a| &a.question));
    for question in asked.filter(|q| q.as_str() == ACUTE_RISK) {
        problems.push(Problem::error(
            format!("question = \"{question}\""),
            format!("'{ACUTE_RISK}' staat in de flow, maar de engine stelt die vraag zelf als eerste; haal hem uit de flow"),
        ));
    }
    let routes_used = pack
        .flow
        .iter()
        .flat_map(|s| &s.exits)
        .flat_map(|e| std::iter::once(&e.route).chain(&e.also))
        .chain(pack.addons.iter().map(|a| &a.route));
    for route in routes_used.filter(|r| r.as_str() == URGENT_CARE) {
        problems.push(Problem::error(
            format!("\"{route}\""),
            format!("alleen '{ACUTE_RISK}' leidt naar '{URGENT_CARE}'; een pakket mag er geen andere weg naartoe maken"),
        ));
    }
}

fn check_questions(pack: &Pack, problems: &mut Vec<Problem>) {
    for (id, question) in &pack.questions {
        let anchor = format!("[questions.{id}]");
        for (field, text) in [
            ("text", &question.text),
            ("short", &question.short),
            ("help", &question.help),
            ("open_check", &question.open_check),
        ] {
            if text.trim().is_empty() {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!("vraag '{id}': '{field}' is leeg"),
                ));
            }
        }
        if question.examples.is_empty() {
            problems.push(Problem::error(
                anchor.clone(),
                format!("vraag '{id}' heeft geen voorbeelden in 'examples'"),
            ));
        }
        let mut seen = BTreeSet::new();
        for option in &question.options {
            if option.code.is_unknown() || matches!(option.code, AnswerCode::Yes | AnswerCode::No) {
                problems.push(Problem::error(anchor.clone(), format!("vraag '{id}': keuze '{}' is gereserveerd; 'weet ik niet' voegt de engine zelf toe", option.code)));
            }
            if !seen.insert(&option.code) {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!("vraag '{id}': keuze '{}' staat er twee keer", option.code),
                ));
            }
        }
        match &question.unknown_as {
            None if !question.is_yes_no() => problems.push(Problem::error(
                &anchor,
                format!(
                    "vraag '{id}' is een keuzevraag: zeg met 'unknown_as' hoe 'weet ik niet' telt"
                ),
            )),
            Some(code) if code.is_unknown() || !question.accepts(code) => {
                problems.push(Problem::error(
                    &anchor,
                    format!("vraag '{id}': unknown_as = '{code}' is geen antwoord op deze vraag"),
                ))
            }
            _ => {}
        }
        check_sources(
            pack,
            &anchor,
            &format!("vraag '{id}'"),
            &question.sources,
            problems,
        );
    }
}

fn check_flow(pack: &Pack, problems: &mut Vec<Problem>) {
    if pack.flow.is_empty() {
        problems.push(Problem::error(
            "[[flow]]",
            "de flow is leeg: er moet minstens één vraag na acuut gevaar komen",
        ));
    }
    // Questions a condition may test: those asked before it.
    let mut asked: Vec<&QuestionId> = vec![];
    let acute = QuestionId::from(ACUTE_RISK);
    asked.push(&acute);
    let mut seen = BTreeSet::new();
    for step in &pack.flow {
        let anchor = format!("question = \"{}\"", step.question);
        let Some(question) = pack.question(&step.question) else {
            problems.push(Problem::error(
                anchor.clone(),
                format!(
                    "de flow vraagt '{}', maar die vraag bestaat niet",
                    step.question
                ),
            ));
            continue;
        };
        if !seen.insert(&step.question) {
            problems.push(Problem::error(
                anchor.clone(),
                format!("vraag '{}' wordt twee keer gesteld", step.question),
            ));
        }
        if let Some(when) = &step.when {
            check_condition(pack, &anchor, when, &asked, problems);
        }
        // A step without exits is only there for its answer, which a later condition must use.
        if step.exits.is_empty() && !is_tested_by_a_condition(pack, &step.question) {
            problems.push(Problem::error(
                anchor.clone(),
                format!(
                    "vraag '{}' in de flow heeft geen 'exits' en geen voorwaarde gebruikt het antwoord",
                    step.question
                ),
            ));
        }
        asked.push(&step.question);
        for exit in &step.exits {
            if exit.on.is_unknown() || !question.accepts(&exit.on) {
                problems.push(Problem::error(
                    &anchor,
                    format!("exit op '{}' bij vraag '{}': dat is geen antwoord (en 'weet ik niet' loopt altijd via unknown_as)", exit.on, step.question),
                ));
            }
            for route in std::iter::once(&exit.route).chain(&exit.also) {
                check_route_exists(pack, &anchor, route, problems);
            }
            if let Some(when) = &exit.when {
                check_condition(pack, &anchor, when, &asked, problems);
            }
        }
    }
    let mut seen_in_addons = BTreeSet::new();
    for addon in &pack.addons {
        let anchor = format!("question = \"{}\"", addon.question);
        match pack.question(&addon.question) {
            None => problems.push(Problem::error(
                anchor.clone(),
                format!(
                    "aanvulling vraagt '{}', maar die vraag bestaat niet",
                    addon.question
                ),
            )),
            Some(q) if !q.is_yes_no() => problems.push(Problem::error(
                anchor.clone(),
                format!("aanvulling '{}' moet een ja/nee-vraag zijn", addon.question),
            )),
            Some(_) => {}
        }
        // An add-on may reuse a question of the flow (the engine asks it once and reuses the
        // answer), but two add-ons on one question would add two routes for one answer.
        if !seen_in_addons.insert(&addon.question) {
            problems.push(Problem::error(
                anchor.clone(),
                format!("vraag '{}' is twee keer een aanvulling", addon.question),
            ));
        }
        check_route_exists(pack, &anchor, &addon.route, problems);
        if let Some(when) = &addon.when {
            check_condition(pack, &anchor, when, &asked, problems);
        }
        asked.push(&addon.question);
    }
}

fn check_condition(
    pack: &Pack,
    anchor: &str,
    condition: &Condition,
    asked: &[&QuestionId],
    problems: &mut Vec<Problem>,
) {
    for (question, codes) in condition.answers_tested() {
        let Some(known) = pack.question(question) else {
            problems.push(Problem::error(
                anchor,
                format!("een voorwaarde test vraag '{question}', maar die bestaat niet"),
            ));
            continue;
        };
        if !asked.contains(&question) {
            problems.push(Problem::error(
                anchor,
                format!("een voorwaarde test vraag '{question}' voordat die gesteld is"),
            ));
        }
        for code in codes {
            if code.is_unknown() || !known.accepts(code) {
                problems.push(Problem::error(
                    anchor,
                    format!("een voorwaarde test '{question}' op '{code}', maar dat is geen antwoord (weet ik niet telt via unknown_as)"),
                ));
            }
        }
    }
}

/// Whether any condition in the flow or the add-ons looks at this question's answer.
fn is_tested_by_a_condition(pack: &Pack, question: &QuestionId) -> bool {
    let flow_conditions = pack.flow.iter().flat_map(|step| {
        step.when
            .iter()
            .chain(step.exits.iter().filter_map(|e| e.when.as_ref()))
    });
    let addon_conditions = pack.addons.iter().filter_map(|a| a.when.as_ref());
    flow_conditions
        .chain(addon_conditions)
        .flat_map(Condition::answers_tested)
        .any(|(tested, _)| tested == question)
}

fn check_route_exists(pack: &Pack, anchor: &str, route: &RouteId, problems: &mut Vec<Problem>) {
    if pack.route(route).is_none() {
        problems.push(Problem::error(
            anchor,
            format!("route '{route}' bestaat niet"),
        ));
    }
}

fn check_routes(pack: &Pack, problems: &mut Vec<Problem>) {
    for (id, route) in &pack.routes {
        let anchor = format!("[routes.{id}]");
        for (field, text) in [("title", &route.title), ("summary", &route.summary)] {
            if text.trim().is_empty() {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!("route '{id}': '{field}' is leeg"),
                ));
            }
        }
        for (field, list) in [("expect", &route.expect), ("next_steps", &route.next_steps)] {
            if list.is_empty() || list.iter().any(|t| t.trim().is_empty()) {
                problems.push(Problem::error(
                    anchor.clone(),
                    format!("route '{id}': '{field}' is leeg of heeft een lege regel"),
                ));
            }
        }
        check_sources(
            pack,
            &anchor,
            &format!("route '{id}'"),
            &route.sources,
            problems,
        );
    }
}

/// The `{name}` placeholders in a text.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn check_region(pack: &Pack, problems: &mut Vec<Problem>) {
    let region = &pack.region;
    for (field, text) in [
        ("id", region.id.as_str()),
        ("name", &region.name),
        ("owner", &region.owner),
        ("version", &region.version),
        ("channel_steps", &region.channel_steps),
        ("icpc", &region.icpc),
        ("contact_norm.target", &region.contact_norm.target),
    ] {
        if text.trim().is_empty() {
            problems.push(Problem::error(
                "[region]",
                format!("regio: '{field}' is leeg"),
            ));
        }
    }
    check_sources(pack, "[region]", "de regio", &region.sources, problems);
    if pack.gemeenten.is_empty() {
        problems.push(Problem::error("[region]", "de regio heeft geen gemeenten"));
    }
    let mut ids = BTreeSet::new();
    for gemeente in &pack.gemeenten {
        if !ids.insert(&gemeente.id) {
            let anchor = Anchor {
                after: Some("[[gemeenten]]"),
                needle: format!("id = \"{}\"", gemeente.id),
            };
            problems.push(Problem::error(
                anchor,
                format!("gemeente '{}' staat er twee keer", gemeente.id),
            ));
        }
    }
    for (what, ids) in [
        (
            "verwijzer",
            pack.referrer_types
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "dimensie",
            pack.dimensions.iter().map(|d| d.id.as_str()).collect(),
        ),
    ] {
        let mut seen = BTreeSet::new();
        for id in ids.into_iter().filter(|id| !seen.insert(*id)) {
            problems.push(Problem::error(
                format!("id = \"{id}\""),
                format!("{what} '{id}' staat er twee keer"),
            ));
        }
    }
}

/// The fewest reasons for referral a pack offers: fewer would hardly tell the monitoring anything.
const MIN_REFERRAL_REASONS: usize = 3;

/// The reasons for referral the summary registers: enough of them, each once, each labelled.
fn check_referral_reasons(pack: &Pack, problems: &mut Vec<Problem>) {
    let reasons = &pack.referral_reasons;
    if reasons.len() < MIN_REFERRAL_REASONS {
        problems.push(Problem::error(
            "[[referral_reasons]]",
            format!(
                "er staan {} redenen van verwijzing in het pakket; er moeten er minstens {MIN_REFERRAL_REASONS} zijn",
                reasons.len()
            ),
        ));
    }
    let mut seen = BTreeSet::new();
    for reason in reasons {
        let anchor = Anchor {
            after: Some("[[referral_reasons]]"),
            needle: format!("id = \"{}\"", reason.id),
        };
        if reason.id.as_str().trim().is_empty() {
            problems.push(Problem::error(
                "[[referral_reasons]]",
                "een reden van verwijzing heeft een lege id",
            ));
        }
        if !seen.insert(&reason.id) {
            problems.push(Problem::error(
                anchor.clone(),
                format!("reden van verwijzing '{}' staat er twee keer", reason.id),
            ));
        }
        if reason.label.trim().is_empty() {
            problems.push(Problem::error(
                anchor,
                format!("reden van verwijzing '{}': 'label' is leeg", reason.id),
            ));
        } else if reason.label.contains(';') {
            // The summary separates the chosen reasons with "; ".
            problems.push(Problem::error(
                anchor,
                format!(
                    "reden van verwijzing '{}': een ';' in het label is niet toegestaan (die scheidt de redenen in de samenvatting)",
                    reason.id
                ),
            ));
        }
    }
}

fn check_gemeente(pack: &Pack, gemeente: &Gemeente, problems: &mut Vec<Problem>) {
    let anchor = Anchor {
        after: Some("[[gemeenten]]"),
        needle: format!("id = \"{}\"", gemeente.id),
    };
    let name = &gemeente.name;
    check_sources(
        pack,
        anchor.clone(),
        &format!("gemeente '{}'", gemeente.id),
        &gemeente.sources,
        problems,
    );
    if gemeente.welzijnsorganisatie.trim().is_empty() {
        problems.push(Problem::error(anchor.clone(), format!("{name}: welzijnsorganisatie is leeg (schrijf '{TO_BE_FILLED_IN}' als die nog niet bekend is)")));
    }
    if gemeente
        .welzijnsorganisatie
        .trim()
        .starts_with(TO_BE_FILLED_IN)
    {
        problems.push(Problem::warning(
            anchor.clone(),
            format!("{name}: de welzijnsorganisatie is nog in te vullen"),
        ));
    }
    if gemeente.wor == Availability::ToBeFilledIn {
        problems.push(Problem::warning(anchor.clone(), format!("{name}: of Welzijn op Recept hier loopt is nog niet bevestigd (wor = \"{TO_BE_FILLED_IN}\")")));
    }
    for (field, text) in [
        ("welzijnsorganisatie", gemeente.welzijnsorganisatie.as_str()),
        ("website", gemeente.website.as_deref().unwrap_or_default()),
        ("contact", gemeente.contact.as_str()),
    ] {
        for kind in privacy::kinds(text) {
            if matches!(kind, PiiKind::Email | PiiKind::Telefoonnummer) {
                problems.push(Problem::error(anchor.clone(), format!("{name}: {field} bevat een {}; contacten zijn organisaties via hun website, nooit een persoon", kind.label())));
            }
        }
    }
    let contact = gemeente.contact.trim();
    if contact == TO_BE_FILLED_IN {
        problems.push(Problem::warning(
            anchor.clone(),
            format!("{name}: contact is nog in te vullen"),
        ));
    } else if looks_like_personal_name(contact) {
        problems.push(Problem::error(anchor.clone(), format!("{name}: contact '{contact}' lijkt een persoonsnaam; noem de organisatie via haar website, nooit een persoon")));
    } else if !contact.starts_with("https://") && privacy::kinds(contact).is_empty() {
        problems.push(Problem::error(
            anchor.clone(),
            format!("{name}: contact moet een webadres (https://...) zijn of '{TO_BE_FILLED_IN}'"),
        ));
    }
    if let Some(website) = &gemeente.website {
        if !website.starts_with("https://") {
            problems.push(Problem::error(
                anchor.clone(),
                format!("{name}: website '{website}' moet met https:// beginnen"),
            ));
        }
    }
}

/// Every fact names at least one source, and every source it names exists.
pub(super) fn check_sources(
    pack: &Pack,
    anchor: impl Into<Anchor>,
    what: &str,
    sources: &[SourceId],
    problems: &mut Vec<Problem>,
) {
    let anchor = anchor.into();
    if sources.is_empty() {
        problems.push(Problem::error(
            anchor.clone(),
            format!("{what} heeft geen bron: elk feit in een pakket heeft een bron"),
        ));
    }
    for source in sources.iter().filter(|s| !pack.sources.contains_key(*s)) {
        problems.push(Problem::error(
            anchor.clone(),
            format!("{what} noemt bron '{source}', maar die staat niet bij [[sources]]"),
        ));
    }
}
