//! Conditions in a pack: when a question is asked, an exit applies or an add-on is offered.
//!
//! In TOML a condition is one small table with exactly one kind:
//! `{ question = "age_group", is = ["adult", "senior"] }`, `{ flag = "youth_wor" }`,
//! `{ not = { ... } }`, `{ all = [ ... ] }` or `{ any = [ ... ] }`.
//! Questions are compared on the answer as routed, so "weet ik niet" counts as its
//! `unknown_as` code here (and is still reported as an open check by the engine).

use super::ids::{AnswerCode, QuestionId};
use super::ordered::IdMap;
use serde::{Deserialize, Serialize};

/// Region or gemeente facts a condition can test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// The gemeente admits under-18s to WOR.
    YouthWor,
    /// The region has Krachtige Basiszorg practices.
    KrachtigeBasiszorg,
}

/// The flag values in force for one consult (region plus chosen gemeente).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    pub youth_wor: bool,
    pub krachtige_basiszorg: bool,
}

impl Flags {
    fn get(self, flag: Flag) -> bool {
        match flag {
            Flag::YouthWor => self.youth_wor,
            Flag::KrachtigeBasiszorg => self.krachtige_basiszorg,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "ConditionSpec", into = "ConditionSpec")]
pub enum Condition {
    Answer {
        question: QuestionId,
        is: Vec<AnswerCode>,
    },
    Flag(Flag),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

impl Condition {
    /// Whether the condition holds. A question that was not answered matches nothing.
    pub fn holds(&self, routed: &IdMap<QuestionId, AnswerCode>, flags: Flags) -> bool {
        match self {
            Condition::Answer { question, is } => {
                routed.get(question).is_some_and(|a| is.contains(a))
            }
            Condition::Flag(flag) => flags.get(*flag),
            Condition::Not(inner) => !inner.holds(routed, flags),
            Condition::All(parts) => parts.iter().all(|c| c.holds(routed, flags)),
            Condition::Any(parts) => parts.iter().any(|c| c.holds(routed, flags)),
        }
    }

    /// Every (question, code) pair this condition tests, for validation and explanations.
    pub fn answers_tested(&self) -> Vec<(&QuestionId, &[AnswerCode])> {
        match self {
            Condition::Answer { question, is } => vec![(question, is.as_slice())],
            Condition::Flag(_) => Vec::new(),
            Condition::Not(inner) => inner.answers_tested(),
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().flat_map(Condition::answers_tested).collect()
            }
        }
    }

    /// A short readable form for the tree drawing, e.g. `age_group in [adult, senior]`.
    pub fn describe(&self) -> String {
        match self {
            Condition::Answer { question, is } => {
                let codes: Vec<&str> = is.iter().map(AnswerCode::as_str).collect();
                format!("{question} = {}", codes.join("/"))
            }
            Condition::Flag(Flag::YouthWor) => "jeugd mag naar WOR".to_owned(),
            Condition::Flag(Flag::KrachtigeBasiszorg) => "regio heeft KBZ".to_owned(),
            Condition::Not(inner) => format!("niet ({})", inner.describe()),
            Condition::All(parts) => join(parts, " en "),
            Condition::Any(parts) => join(parts, " of "),
        }
    }
}

fn join(parts: &[Condition], with: &str) -> String {
    parts
        .iter()
        .map(|part| match part {
            // A nested "en" or "of" keeps its brackets: "a en (b of c)" reads one way only.
            Condition::All(_) | Condition::Any(_) => format!("({})", part.describe()),
            _ => part.describe(),
        })
        .collect::<Vec<_>>()
        .join(with)
}

/// The TOML shape; exactly one kind must be set.
#[derive(Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ConditionSpec {
    question: Option<QuestionId>,
    is: Option<Vec<AnswerCode>>,
    flag: Option<Flag>,
    not: Option<Box<Condition>>,
    all: Option<Vec<Condition>>,
    any: Option<Vec<Condition>>,
}

impl TryFrom<ConditionSpec> for Condition {
    type Error = String;

    fn try_from(spec: ConditionSpec) -> Result<Self, Self::Error> {
        let ConditionSpec {
            question,
            is,
            flag,
            not,
            all,
            any,
        } = spec;
        match (question, is, flag, not, all, any) {
            (Some(question), Some(is), None, None, None, None) if !is.is_empty() => {
                Ok(Condition::Answer { question, is })
            }
            (None, None, Some(flag), None, None, None) => Ok(Condition::Flag(flag)),
            (None, None, None, Some(inner), None, None) => Ok(Condition::Not(inner)),
            (None, None, None, None, Some(parts), None) if !parts.is_empty() => {
                Ok(Condition::All(parts))
            }
            (None, None, None, None, None, Some(parts)) if !parts.is_empty() => {
                Ok(Condition::Any(parts))
            }
            _ => Err(
                "een voorwaarde heeft precies één vorm: `question` met een niet-lege `is`, \
                      `flag`, `not`, een niet-lege `all` of een niet-lege `any`"
                    .to_owned(),
            ),
        }
    }
}

impl From<Condition> for ConditionSpec {
    fn from(condition: Condition) -> Self {
        let empty = ConditionSpec {
            question: None,
            is: None,
            flag: None,
            not: None,
            all: None,
            any: None,
        };
        match condition {
            Condition::Answer { question, is } => ConditionSpec {
                question: Some(question),
                is: Some(is),
                ..empty
            },
            Condition::Flag(flag) => ConditionSpec {
                flag: Some(flag),
                ..empty
            },
            Condition::Not(inner) => ConditionSpec {
                not: Some(inner),
                ..empty
            },
            Condition::All(parts) => ConditionSpec {
                all: Some(parts),
                ..empty
            },
            Condition::Any(parts) => ConditionSpec {
                any: Some(parts),
                ..empty
            },
        }
    }
}
