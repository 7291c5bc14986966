//! The content pack model: what a region's TOML files say, typed.
//!
//! Two file shapes exist. A base file (`base.toml`) holds what every region shares: questions,
//! routes, the flow and the add-ons. A region file names its base with `extends` and adds the
//! region itself, its gemeenten and any overrides of base texts. `Pack` is the two merged.

use super::condition::Condition;
use super::ids::{
    AnswerCode, DimensionId, GemeenteId, IsoDate, QuestionId, ReasonId, ReferrerId, RegionId,
    RouteId, SourceId,
};
use super::ordered::IdMap;
use serde::{Deserialize, Serialize};

/// A region's complete, merged pack: the only thing the engine and the app read.
/// It is also (de)serialisable as a whole, so the app can ship it pre-checked in a compact
/// binary form instead of parsing TOML in the browser.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Pack {
    pub region: Region,
    /// Version and date of the shared base this pack was built on.
    pub base_version: String,
    pub base_date: IsoDate,
    pub labels: Labels,
    pub sources: IdMap<SourceId, Source>,
    pub referrer_types: Vec<ReferrerType>,
    pub dimensions: Vec<Dimension>,
    /// The reasons for referral the welzijnsorganisaties register, in the order offered.
    pub referral_reasons: Vec<ReferralReason>,
    pub gemeenten: Vec<Gemeente>,
    pub questions: IdMap<QuestionId, Question>,
    pub routes: IdMap<RouteId, Route>,
    pub flow: Vec<FlowStep>,
    pub addons: Vec<AddOn>,
    pub safety: SafetyTexts,
    /// The region's training cases (`content/oefenen/<region>.toml`), checked against this
    /// pack's decision tree when loaded; empty when the region has none.
    #[serde(default)]
    pub training: Vec<super::training::TrainingCase>,
    /// The regional factsheet "Welzijn op Recept voor zorgverleners": the base's lists, each
    /// replaced by the region's when it gives one, and the base's facts followed by the region's.
    pub factsheet: super::factsheet::Factsheet,
    /// Which content this is: FNV-1a 64 of the fields above as the app ships them (postcard),
    /// stamped by every loader (`crate::fingerprint`). Not itself shipped: the browser
    /// recomputes it from the bytes it decodes.
    #[serde(skip)]
    pub fingerprint: crate::fingerprint::Fingerprint,
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
        match code {
            AnswerCode::Yes => &self.labels.yes,
            AnswerCode::No => &self.labels.no,
            AnswerCode::Unknown => &self.labels.unknown,
            AnswerCode::Choice(_) => question
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
    pub id: RegionId,
    pub name: String,
    /// The primary-care organisation that owns this pack, e.g. "ZEL".
    pub owner: String,
    pub version: String,
    pub date: IsoDate,
    /// The region's referral channel.
    pub channel: Channel,
    /// What to pick in the channel, in the referrer's words.
    pub channel_steps: String,
    /// ICPC code registered in the HIS for a WOR referral.
    pub icpc: String,
    /// The target for the coach's first contact, with the source that sets it.
    pub contact_norm: ContactNorm,
    /// Whether practices in this region can run Krachtige Basiszorg at all.
    pub krachtige_basiszorg: bool,
    /// Default for gemeenten that do not say: may under-18s be referred to WOR?
    pub youth_wor: bool,
    /// Youth in WOR is a choice each gemeente makes (a plus-element), so the checker warns
    /// until a gemeente has opted in with a source.
    #[serde(default)]
    pub youth_wor_per_gemeente: bool,
    pub sources: Vec<SourceId>,
}

/// The referral channels the product knows how to explain. Parsed when the pack is read: an
/// unknown channel fails the load with the file, the line and the channels to choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(try_from = "String", into = "String")]
pub enum Channel {
    ZorgDomein,
    VipLive,
}

impl Channel {
    pub const ALL: [Channel; 2] = [Channel::ZorgDomein, Channel::VipLive];

    pub fn name(self) -> &'static str {
        match self {
            Channel::ZorgDomein => "ZorgDomein",
            Channel::VipLive => "VIPLive",
        }
    }
}

impl TryFrom<String> for Channel {
    type Error = String;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        Channel::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .ok_or_else(|| {
                let known: Vec<&str> = Channel::ALL.iter().map(|c| c.name()).collect();
                format!(
                    "kanaal '{name}' is onbekend; kies uit: {}",
                    known.join(", ")
                )
            })
    }
}

impl From<Channel> for String {
    fn from(channel: Channel) -> Self {
        channel.name().to_owned()
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A contact time is a target the organisations aim for, never a promise to the patient.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactNorm {
    /// Fits "... streeft ernaar {target} contact op te nemen", e.g. "binnen 5 werkdagen".
    pub target: String,
    /// The document that sets the target.
    pub source: SourceId,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// When the source was published or looked up.
    pub date: IsoDate,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReferrerType {
    pub id: ReferrerId,
    pub label: String,
    /// Works in the huisartsenpraktijk, so uses its HIS, ICPC codes and POH-GGZ.
    #[serde(default)]
    pub huisartsenpraktijk: bool,
}

/// A dimension of Positieve Gezondheid the patient may want to work on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: DimensionId,
    pub label: String,
    pub help: String,
}

/// A reason for referral, one of a few categories the welzijnsorganisaties register for the
/// region's monitoring ("beschrijving reden verwijzing"). A consult may have more than one.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralReason {
    pub id: ReasonId,
    pub label: String,
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

impl Gemeente {
    /// The welzijnsorganisatie's name, when the pack knows it (not "nog in te vullen").
    pub fn known_organisation(&self) -> Option<&str> {
        let name = self.welzijnsorganisatie.trim();
        (!name.is_empty() && !name.starts_with(super::validate::TO_BE_FILLED_IN)).then_some(name)
    }

    /// A web address for the organisation, when the pack has one.
    pub fn known_website(&self) -> Option<&str> {
        self.website
            .as_deref()
            .or(Some(self.contact.as_str()))
            .filter(|url| url.starts_with("https://"))
    }
}

/// One answer option of a choice question (yes/no questions need none).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub code: AnswerCode,
    pub label: String,
    /// This answer means the patient is under 18: the routes' youth texts apply.
    #[serde(default)]
    pub youth: bool,
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
            vec![AnswerCode::Yes, AnswerCode::No]
        } else {
            self.options.iter().map(|o| o.code.clone()).collect()
        };
        codes.push(AnswerCode::Unknown);
        codes
    }

    pub fn accepts(&self, code: &AnswerCode) -> bool {
        code.is_unknown()
            || if self.is_yes_no() {
                matches!(code, AnswerCode::Yes | AnswerCode::No)
            } else {
                self.options.iter().any(|o| &o.code == code)
            }
    }

    /// The code "unknown" is routed as.
    pub fn unknown_routed_as(&self) -> AnswerCode {
        self.unknown_as.clone().unwrap_or(AnswerCode::No)
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
    /// What a referrer in the huisartsenpraktijk does now. May use {kanaal}, {kanaal_stappen},
    /// {organisatie}, {gemeente}, {icpc} and {contactnorm}.
    pub next_steps: Vec<String>,
    /// What a referrer outside the huisartsenpraktijk does now (no HIS, ICPC or POH). Without
    /// it, `next_steps` serves every referrer, and the checker holds it to that.
    #[serde(default)]
    pub next_steps_elders: Option<Vec<String>>,
    /// Texts for a patient under 18, each replacing its adult counterpart when given.
    #[serde(default)]
    pub youth: Option<RouteTexts>,
    /// Whether this route is a referral to the welzijnsorganisatie through the channel.
    #[serde(default)]
    pub via_channel: bool,
    pub sources: Vec<SourceId>,
}

/// A route's texts for one audience; what is left out falls back to the adult texts.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RouteTexts {
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub expect: Option<Vec<String>>,
    #[serde(default)]
    pub next_steps: Option<Vec<String>>,
    #[serde(default)]
    pub next_steps_elders: Option<Vec<String>>,
}

/// Who the outcome is written for: the patient's age and where the referrer works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Audience {
    pub youth: bool,
    /// The referrer works in the huisartsenpraktijk (or has not said where they work).
    pub huisartsenpraktijk: bool,
}

/// A route's texts resolved for one audience.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RouteView<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub expect: &'a [String],
    pub next_steps: &'a [String],
}

impl Route {
    /// Whether the steps differ between referrers in and outside the huisartsenpraktijk.
    pub fn steps_depend_on_referrer(&self) -> bool {
        self.next_steps_elders.is_some()
            || self
                .youth
                .as_ref()
                .is_some_and(|y| y.next_steps_elders.is_some())
    }

    pub fn view(&self, audience: Audience) -> RouteView<'_> {
        let youth = self.youth.as_ref().filter(|_| audience.youth);
        let adult_steps = steps_for(&self.next_steps, self.next_steps_elders.as_ref(), audience);
        let youth_steps = youth.and_then(|t| {
            t.next_steps
                .as_ref()
                .map(|steps| steps_for(steps, t.next_steps_elders.as_ref(), audience))
        });
        RouteView {
            title: &self.title,
            summary: youth
                .and_then(|t| t.summary.as_deref())
                .unwrap_or(&self.summary),
            expect: youth
                .and_then(|t| t.expect.as_deref())
                .unwrap_or(&self.expect),
            next_steps: youth_steps.unwrap_or(adult_steps),
        }
    }
}

/// The steps for the referrer's workplace: the huisartsenpraktijk's, or the others' when given.
fn steps_for<'a>(
    practice: &'a [String],
    elders: Option<&'a Vec<String>>,
    audience: Audience,
) -> &'a [String] {
    match elders {
        Some(elders) if !audience.huisartsenpraktijk => elders,
        _ => practice,
    }
}

/// Texts the engine's safety rules show, kept in the pack so a region can word them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyTexts {
    /// The crisis box on the urgent-care outcome.
    pub crisis: Vec<String>,
    /// The crisis box when acute risk was answered "weet ik niet".
    pub acute_risk_unknown: Vec<String>,
    /// Why no referral text is made, and what to do instead, per reason.
    pub no_referral: NoReferralTexts,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoReferralTexts {
    pub urgent_care: NoReferral,
    pub acute_risk_unknown: NoReferral,
    pub consent_refused: NoReferral,
}

/// One line on why no referral text is made, and one on what to do instead.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoReferral {
    pub why: String,
    pub instead: String,
    /// A route whose patient text helps the patient on their own instead (e.g. welzijn
    /// zonder recept when consent is refused).
    #[serde(default)]
    pub alternative: Option<RouteId>,
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
    pub referral_reasons: Vec<ReferralReason>,
    pub questions: IdMap<QuestionId, Question>,
    pub routes: IdMap<RouteId, Route>,
    pub flow: Vec<FlowStep>,
    #[serde(default)]
    pub addons: Vec<AddOn>,
    pub safety: SafetyTexts,
    pub factsheet: super::factsheet::Factsheet,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BaseMeta {
    pub version: String,
    pub date: IsoDate,
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
    pub questions: IdMap<QuestionId, QuestionOverride>,
    #[serde(default)]
    pub routes: IdMap<RouteId, RouteOverride>,
    /// Lists that replace the base factsheet's; `facts` are added after the base's.
    #[serde(default)]
    pub factsheet: Option<super::factsheet::FactsheetOverride>,
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
    pub next_steps_elders: Option<Vec<String>>,
    pub youth: Option<RouteTexts>,
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
        if self.next_steps_elders.is_some() {
            route.next_steps_elders = self.next_steps_elders;
        }
        if self.youth.is_some() {
            route.youth = self.youth;
        }
        replace(&mut route.sources, self.sources);
    }
}

fn replace<T>(field: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *field = value;
    }
}
