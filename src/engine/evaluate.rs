//! Evaluating answers against a pack: the next question, the route, the add-ons, the reasons.
//!
//! One function, `evaluate`, walks the flow exactly as the app asks it, so "which question
//! comes next" and "where do the answers point" can never disagree.

use super::condition::Flags;
use super::ids::{AnswerCode, GemeenteId, QuestionId, RouteId};
use super::model::Pack;
use super::ordered::{IdMap, IdSet};
use super::{ACUTE_RISK, URGENT_CARE};
use std::fmt;

/// The answers given so far. Answers to questions the flow does not reach are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(IdMap<QuestionId, AnswerCode>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, question: &QuestionId) -> Option<&AnswerCode> {
        self.0.get(question)
    }

    pub fn set(&mut self, question: QuestionId, answer: AnswerCode) {
        self.0.insert(question, answer);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Parses `acute_risk=no,age_group=adult,...`, checking every id and code against the pack.
    pub fn parse(pack: &Pack, text: &str) -> Result<Self, InputError> {
        let mut answers = Self::new();
        for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (question, code) = pair
                .split_once('=')
                .ok_or_else(|| InputError::Malformed(pair.to_owned()))?;
            let question = QuestionId::from(question.trim());
            let code = AnswerCode::from(code.trim());
            let known = pack
                .question(&question)
                .ok_or_else(|| InputError::UnknownQuestion(question.clone()))?;
            if !known.accepts(&code) {
                return Err(InputError::UnknownAnswer {
                    question,
                    code,
                    allowed: known.codes(),
                });
            }
            answers.set(question, code);
        }
        Ok(answers)
    }
}

impl FromIterator<(QuestionId, AnswerCode)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionId, AnswerCode)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

/// Input the engine cannot use, in words a pack editor or scripter understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Malformed(String),
    UnknownQuestion(QuestionId),
    UnknownAnswer {
        question: QuestionId,
        code: AnswerCode,
        allowed: Vec<AnswerCode>,
    },
    UnknownGemeente {
        gemeente: GemeenteId,
        known: Vec<GemeenteId>,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn list<T: fmt::Display>(items: &[T]) -> String {
            items
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }
        match self {
            InputError::Malformed(pair) => {
                write!(
                    f,
                    "'{pair}' is geen antwoord: schrijf vraag=antwoord, bijvoorbeeld acute_risk=no"
                )
            }
            InputError::UnknownQuestion(q) => write!(f, "onbekende vraag '{q}'"),
            InputError::UnknownAnswer {
                question,
                code,
                allowed,
            } => write!(
                f,
                "'{code}' is geen antwoord op '{question}'; kies uit: {}",
                list(allowed)
            ),
            InputError::UnknownGemeente { gemeente, known } => {
                write!(
                    f,
                    "onbekende gemeente '{gemeente}'; kies uit: {}",
                    list(known)
                )
            }
        }
    }
}

impl std::error::Error for InputError {}

/// The consult's setting: which gemeente, and so which flags are in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub gemeente: Option<GemeenteId>,
    pub flags: Flags,
}

impl Context {
    /// The region's defaults, overridden by the gemeente when one is chosen.
    pub fn new(pack: &Pack, gemeente: Option<&GemeenteId>) -> Result<Self, InputError> {
        let chosen = gemeente
            .map(|id| {
                pack.gemeente(id)
                    .ok_or_else(|| InputError::UnknownGemeente {
                        gemeente: id.clone(),
                        known: pack.gemeenten.iter().map(|g| g.id.clone()).collect(),
                    })
            })
            .transpose()?;
        Ok(Self {
            gemeente: chosen.map(|g| g.id.clone()),
            flags: Flags {
                youth_wor: chosen
                    .and_then(|g| g.youth_wor)
                    .unwrap_or(pack.region.youth_wor),
                krachtige_basiszorg: pack.region.krachtige_basiszorg,
            },
        })
    }

    /// The region's defaults, without a gemeente.
    pub fn region(pack: &Pack) -> Self {
        Self {
            gemeente: None,
            flags: Flags {
                youth_wor: pack.region.youth_wor,
                krachtige_basiszorg: pack.region.krachtige_basiszorg,
            },
        }
    }
}

/// One question asked and answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub question: QuestionId,
    pub answer: AnswerCode,
    /// The answer as routed: differs from `answer` only for "weet ik niet".
    pub routed_as: AnswerCode,
}

/// Where the answers lead so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Walk {
    /// The questions asked and answered, in the order they were asked.
    pub path: Vec<Step>,
    /// The primary route, once the main flow has reached one.
    pub primary: Option<RouteId>,
    /// "Ook overwegen": add-on routes, sorted, never containing the primary.
    pub also: Vec<RouteId>,
    /// The next question to ask; `None` when nothing more is needed.
    pub next: Option<QuestionId>,
    /// Questions answered "weet ik niet", sorted: each still has to be checked.
    pub open_checks: Vec<QuestionId>,
    /// True when any open check exists: the outcome must not look final.
    pub provisional: bool,
    /// Acute risk was answered "weet ik niet": the outcome must first send the referrer back
    /// to it, with the crisis numbers, and no referral text may be made.
    pub acute_risk_unknown: bool,
    /// For every route reached, the answers that led there.
    pub reasons: IdMap<RouteId, Vec<Step>>,
}

impl Walk {
    /// A primary route and no question left.
    pub fn is_complete(&self) -> bool {
        self.primary.is_some() && self.next.is_none()
    }

    pub fn step(&self, question: &QuestionId) -> Option<&Step> {
        self.path.iter().find(|s| &s.question == question)
    }
}

/// Walks the flow with the answers given and reports where it stands.
pub fn evaluate(pack: &Pack, context: &Context, answers: &Answers) -> Walk {
    let mut walk = Walker {
        pack,
        answers,
        walk: Walk::default(),
        routed: IdMap::new(),
        also: IdSet::new(),
        open_checks: IdSet::new(),
    };
    walk.run(context.flags);
    walk.finish()
}

/// Where the answers so far can still lead: the live "richting nu" and the progress bar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outlook {
    /// The primary routes still possible.
    pub primaries: IdSet<RouteId>,
    /// The most questions any completion of the main flow still asks.
    pub most_questions_left: usize,
}

/// Tries every answer to each main-flow question still open; add-ons do not change the
/// primary, so the search stops where the primary is known.
pub fn outlook(pack: &Pack, context: &Context, answers: &Answers) -> Outlook {
    let mut found = Outlook::default();
    explore(pack, context, answers.clone(), 0, &mut found);
    found
}

fn explore(pack: &Pack, context: &Context, answers: Answers, depth: usize, found: &mut Outlook) {
    let walk = evaluate(pack, context, &answers);
    match (walk.primary, walk.next) {
        (Some(route), _) => {
            found.primaries.insert(route);
            found.most_questions_left = found.most_questions_left.max(depth);
        }
        (None, Some(next)) => {
            // "Weet ik niet" is routed as one of the other answers, so it can lead nowhere new:
            // leaving it out keeps the search small enough for every render.
            let codes = pack.question(&next).map(|q| q.codes()).unwrap_or_default();
            for code in codes.into_iter().filter(|c| !c.is_unknown()) {
                let mut more = answers.clone();
                more.set(next.clone(), code);
                explore(pack, context, more, depth + 1, found);
            }
        }
        (None, None) => {}
    }
}

struct Walker<'a> {
    pack: &'a Pack,
    answers: &'a Answers,
    walk: Walk,
    /// Answers as routed, for conditions.
    routed: IdMap<QuestionId, AnswerCode>,
    /// `Walk::also` and `Walk::open_checks` as they are found, kept sorted (and the add-ons
    /// without repeats) by inserting in place, so no sort is needed at the end.
    also: IdSet<RouteId>,
    open_checks: IdSet<QuestionId>,
}

impl Walker<'_> {
    /// Records the answer to `question`, or makes it the next question when unanswered.
    fn ask(&mut self, question: &QuestionId) -> Option<AnswerCode> {
        // A question the flow asked already is not asked again: an add-on reuses its answer.
        if let Some(routed) = self.routed.get(question) {
            return Some(routed.clone());
        }
        let Some(answer) = self.answers.get(question) else {
            self.walk.next.get_or_insert_with(|| question.clone());
            return None;
        };
        let routed_as = if answer.is_unknown() {
            self.pack
                .question(question)
                .map_or(AnswerCode::No, |q| q.unknown_routed_as())
        } else {
            answer.clone()
        };
        if answer.is_unknown() {
            self.open_checks.insert(question.clone());
        }
        self.walk.path.push(Step {
            question: question.clone(),
            answer: answer.clone(),
            routed_as: routed_as.clone(),
        });
        self.routed.insert(question.clone(), routed_as.clone());
        Some(routed_as)
    }

    fn run(&mut self, flags: Flags) {
        // The engine's own rule, whatever the pack's flow says: acute risk first, and it wins alone.
        let acute = QuestionId::from(ACUTE_RISK);
        let Some(answer) = self.ask(&acute) else {
            return;
        };
        if answer.is_yes() {
            let urgent = RouteId::from(URGENT_CARE);
            self.walk
                .reasons
                .insert(urgent.clone(), self.walk.path.clone());
            self.walk.primary = Some(urgent);
            return;
        }

        let pack = self.pack;
        for step in &pack.flow {
            if step
                .when
                .as_ref()
                .is_some_and(|c| !c.holds(&self.routed, flags))
            {
                continue;
            }
            let Some(answer) = self.ask(&step.question) else {
                return;
            };
            let exit = step.exits.iter().find(|e| {
                e.on == answer && e.when.as_ref().is_none_or(|c| c.holds(&self.routed, flags))
            });
            if let Some(exit) = exit {
                self.walk
                    .reasons
                    .insert(exit.route.clone(), self.walk.path.clone());
                // An add-on of an exit comes from the answer that took the exit, not the whole path.
                let trigger: Vec<Step> = self.walk.path.last().cloned().into_iter().collect();
                for route in &exit.also {
                    self.walk.reasons.insert(route.clone(), trigger.clone());
                }
                self.walk.primary = Some(exit.route.clone());
                self.also.extend(exit.also.iter().cloned());
                break;
            }
        }
        if self.walk.primary.is_none() {
            return;
        }

        for addon in &pack.addons {
            if addon
                .when
                .as_ref()
                .is_some_and(|c| !c.holds(&self.routed, flags))
            {
                continue;
            }
            if self.ask(&addon.question).is_some_and(|a| a.is_yes()) {
                let mut because: Vec<Step> = addon
                    .when
                    .iter()
                    .flat_map(|c| c.answers_tested())
                    .filter_map(|(q, _)| self.walk.step(q).cloned())
                    .collect();
                because.extend(self.walk.step(&addon.question).cloned());
                self.walk.reasons.insert(addon.route.clone(), because);
                self.also.insert(addon.route.clone());
            }
        }
    }

    fn finish(mut self) -> Walk {
        let walk = &mut self.walk;
        if let Some(primary) = &walk.primary {
            self.also.remove(primary);
        }
        walk.also = self.also.into_vec();
        walk.open_checks = self.open_checks.into_vec();
        walk.provisional = !walk.open_checks.is_empty();
        walk.acute_risk_unknown = walk
            .path
            .first()
            .is_some_and(|s| s.question.as_str() == ACUTE_RISK && s.answer.is_unknown());
        self.walk
    }
}
