//! The content pack model: what a region's TOML files say, typed.
//!
//! Two file shapes exist. A base file (`base.toml`) holds what every region shares: questions,
//! routes, the flow and the add-ons. A region file names its base with `extends` and adds the
//! region itself, its gemeenten and any overrides of base texts. `Pack` is the two merged.

use super::condition::Condition;
use super::ids::{AnswerCode, DimensionId, GemeenteId, QuestionId, ReferrerId, RouteId, SourceId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A region's complete, merged pack: the only thing the engine and the app read.
/// It is also (de)serialisable as a whole, so the app can ship it pre-checked in a compact
/// binary form instead of parsing TOML in the browser.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Pack {
    pub region: Region,
    /// Version and date of the shared base this pack was built on.
    pub base_version: String,
    pub base_date: String,
    pub labels: Labels,
    pub sources: BTreeMap<SourceId, Source>,
    pub referrer_types: Vec<ReferrerType>,
    pub dimensions: Vec<Dimension>,
    pub gemeenten: Vec<Gemeente>,
    pub questions: BTreeMap<QuestionId, Question>,
    pub routes: BTreeMap<RouteId, Route>,
    pub flow: Vec<FlowStep>,
    pub addons: Vec<AddOn>,
}

impl Pack {
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.get(id)
    }

    pub fn route(&self, id: &RouteId) -> Option<&Route> {
        self.routes.get(id)
    }

    pub fn gemeente(&self, id: &GemeenteId) -> Option<&Gemeente> {
        self.gemeenten.iter().find(|g| &g.id == id)
    }

    /// The Dutch label of an answer to a question ("Ja", "Volwassene (18-64)", "Weet ik niet").
    pub fn answer_label<'a>(&'a self, question: &'a Question, code: &'a AnswerCode) -> &'a str {
        match code.as_str() {
            AnswerCode::YES => &self.labels.yes,
            AnswerCode::NO => &self.labels.no,
            AnswerCode::UNKNOWN => &self.labels.unknown,
            _ => question
                .options
                .iter()
                .find(|o| &o.code == code)
                .map_or(code.as_str(), |o| o.label.as_str()),
        }
    }
}

/// The labels of the answers every yes/no question shares.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub yes: String,
    pub no: String,
    pub unknown: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The primary-care organisation that owns this pack, e.g. "ZEL".
    pub owner: String,
    pub version: String,
    pub date: String,
    /// Referral channel: "ZorgDomein" or "VIPLive".
    pub channel: String,
    /// What to pick in the channel, in the referrer's words.
    pub channel_steps: String,
    /// ICPC code registered in the HIS for a WOR referral.
    pub icpc: String,
    /// The promise on first contact, e.g. "binnen 5 werkdagen".
    pub contact_norm: String,
    /// Whether practices in this region can run Krachtige Basiszorg at all.
    pub krachtige_basiszorg: bool,
    /// Default for gemeenten that do not say: may under-18s be referred to WOR?
    pub youth_wor: bool,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// When the source was published or looked up.
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReferrerType {
    pub id: ReferrerId,
    pub label: String,
}

/// A dimension of Positieve Gezondheid the patient may want to work on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: DimensionId,
    pub label: String,
    pub help: String,
}

/// Whether a fact about a gemeente is confirmed or still to be filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Availability {
    #[serde(rename = "ja")]
    Confirmed,
    #[serde(rename = "nog in te vullen")]
    ToBeFilledIn,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Gemeente {
    pub id: GemeenteId,
    pub name: String,
    /// The welzijnsorganisatie that runs WOR here: an organisation, never a person.
    pub welzijnsorganisatie: String,
    #[serde(default)]
    pub website: Option<String>,
    /// How to reach the organisation: a web address or "nog in te vullen". Never a person.
    pub contact: String,
    /// Whether WOR is confirmed to run in this gemeente.
    pub wor: Availability,
    /// Overrides the region's `youth_wor` for this gemeente.
    #[serde(default)]
    pub youth_wor: Option<bool>,
    pub sources: Vec<SourceId>,
}

/// One answer option of a choice question (yes/no questions need none).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub code: AnswerCode,
    pub label: String,
}

/// A small tool the app offers beside a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Helper {
    /// Computes BMI from length and weight, locally, keeping nothing.
    Bmi,
    /// The three fall-risk screening questions of the world falls guideline.
    FallScreening,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question as the referrer reads it.
    pub text: String,
    /// A few words for explanations and the summary, e.g. "Acuut gevaar".
    pub short: String,
    pub help: String,
    pub examples: Vec<String>,
    /// Choice options; empty means a yes/no question. "unknown" is always added by the engine.
    #[serde(default)]
    pub options: Vec<AnswerOption>,
    /// How "weet ik niet" is routed (it is still an open check). Yes/no questions default to "no".
    #[serde(default)]
    pub unknown_as: Option<AnswerCode>,
    /// What the referrer still has to check when this is answered "weet ik niet".
    pub open_check: String,
    #[serde(default)]
    pub helper: Option<Helper>,
    pub sources: Vec<SourceId>,
}

impl Question {
    pub fn is_yes_no(&self) -> bool {
        self.options.is_empty()
    }

    /// Every answer code this question accepts, "unknown" last.
    pub fn codes(&self) -> Vec<AnswerCode> {
        let mut codes: Vec<AnswerCode> = if self.is_yes_no() {
            vec![AnswerCode::YES.into(), AnswerCode::NO.into()]
        } else {
            self.options.iter().map(|o| o.code.clone()).collect()
        };
        codes.push(AnswerCode::UNKNOWN.into());
        codes
    }

    pub fn accepts(&self, code: &AnswerCode) -> bool {
        code.is_unknown()
            || if self.is_yes_no() {
                code == AnswerCode::YES || code == AnswerCode::NO
            } else {
                self.options.iter().any(|o| &o.code == code)
            }
    }

    /// The code "unknown" is routed as.
    pub fn unknown_routed_as(&self) -> AnswerCode {
        self.unknown_as
            .clone()
            .unwrap_or_else(|| AnswerCode::NO.into())
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub title: String,
    /// What the route means, in one line.
    pub summary: String,
    /// What the patient can expect, in B1 Dutch (the printable handout).
    pub expect: Vec<String>,
    /// What the referrer does now. May use {kanaal}, {kanaal_stappen}, {organisatie},
    /// {gemeente}, {icpc} and {contactnorm}.
    pub next_steps: Vec<String>,
    /// Whether this route is a referral to the welzijnsorganisatie through the channel.
    #[serde(default)]
    pub via_channel: bool,
    pub sources: Vec<SourceId>,
}

/// A step of the main flow: ask a question; some answers end the flow in a route.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FlowStep {
    pub question: QuestionId,
    /// Ask only when this holds; otherwise the step is passed by.
    #[serde(default)]
    pub when: Option<Condition>,
    pub exits: Vec<Exit>,
}

/// Where an answer leads: a primary route, with optional add-ons.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    pub on: AnswerCode,
    pub route: RouteId,
    #[serde(default)]
    pub also: Vec<RouteId>,
    /// The exit applies only when this holds too.
    #[serde(default)]
    pub when: Option<Condition>,
}

/// An "ook overwegen" route, asked after the main flow when its condition holds.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AddOn {
    pub question: QuestionId,
    /// Added when the question is answered yes.
    pub route: RouteId,
    #[serde(default)]
    pub when: Option<Condition>,
}

/// The shape of `base.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BaseFile {
    pub pack: BaseMeta,
    pub labels: Labels,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub referrer_types: Vec<ReferrerType>,
    pub dimensions: Vec<Dimension>,
    pub questions: BTreeMap<QuestionId, Question>,
    pub routes: BTreeMap<RouteId, Route>,
    pub flow: Vec<FlowStep>,
    #[serde(default)]
    pub addons: Vec<AddOn>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BaseMeta {
    pub version: String,
    pub date: String,
}

/// The shape of a region file, e.g. `dwo.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionFile {
    /// The base file this region builds on, without `.toml`.
    pub extends: String,
    pub region: Region,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub gemeenten: Vec<Gemeente>,
    #[serde(default)]
    pub questions: BTreeMap<QuestionId, QuestionOverride>,
    #[serde(default)]
    pub routes: BTreeMap<RouteId, RouteOverride>,
}

/// Region texts that replace the base's, field by field.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionOverride {
    pub text: Option<String>,
    pub help: Option<String>,
    pub examples: Option<Vec<String>>,
    pub open_check: Option<String>,
    pub sources: Option<Vec<SourceId>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RouteOverride {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub expect: Option<Vec<String>>,
    pub next_steps: Option<Vec<String>>,
    pub sources: Option<Vec<SourceId>>,
}

impl QuestionOverride {
    pub fn apply(self, question: &mut Question) {
        replace(&mut question.text, self.text);
        replace(&mut question.help, self.help);
        replace(&mut question.examples, self.examples);
        replace(&mut question.open_check, self.open_check);
        replace(&mut question.sources, self.sources);
    }
}

impl RouteOverride {
    pub fn apply(self, route: &mut Route) {
        replace(&mut route.title, self.title);
        replace(&mut route.summary, self.summary);
        replace(&mut route.expect, self.expect);
        replace(&mut route.next_steps, self.next_steps);
        replace(&mut route.sources, self.sources);
    }
}

fn replace<T>(field: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *field = value;
    }
}
