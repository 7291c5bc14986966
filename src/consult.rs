//! One consult: what the referrer chose and answered, and how each action changes it.
//!
//! This is the app's single source of truth, kept pure so it is tested natively: no clock,
//! no storage, no randomness. The Yew app wraps it in a `Reducible` and only renders it.
//! Nothing here outlives the page: "opnieuw" drops it all, closing the tab ends it.

use crate::engine::{
    AnswerCode, Answers, Audience, Consent, Context, DimensionId, Gemeente, GemeenteId, Helper,
    IdSet, InputError, Outlook, Pack, QuestionId, ReasonId, ReferrerId, ReferrerType, RegionId,
    Walk, evaluate, outlook,
};
use std::rc::Rc;

/// What the referrer sees now. The start (region, gemeente, referrer) is not a screen of its
/// own: it sits open above the first question, so the referrer can skip straight to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Question,
    Outcome,
}

/// Everything the referrer does, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    ChooseRegion(RegionId),
    ChooseGemeente(Option<GemeenteId>),
    ChooseReferrer(Option<ReferrerId>),
    /// Open or close the start settings (region, gemeente, referrer).
    ShowStart(bool),
    /// Answer the current question.
    Answer(AnswerCode),
    /// Go back to an earlier question to change its answer.
    Revisit(QuestionId),
    /// Go back one question.
    Back,
    /// Clear everything and begin again; region and gemeente stay for the visit.
    Reset,
    ToggleDimension(DimensionId),
    /// A reason for referral (for the region's monitoring) on or off; more than one may be on.
    ToggleReason(ReasonId),
    SetWish(String),
    SetConsent(Consent),
    SetBmiLength(String),
    SetBmiWeight(String),
    /// One of the three fall screening questions (0, 1, 2) answered yes or no.
    SetFallScreening(usize, bool),
}

/// The three fall screening questions' answers while `fall_risk` is open.
pub type FallScreening = [Option<bool>; 3];

/// The region packs a consult can switch between; the first is the default.
pub type Catalog = Rc<[Rc<Pack>]>;

#[derive(Debug, Clone, PartialEq)]
pub struct Consult {
    pub catalog: Catalog,
    /// The chosen region's pack, one of the catalog's.
    pub pack: Rc<Pack>,
    pub context: Context,
    pub referrer: Option<ReferrerId>,
    /// Whether the start settings are open; they close with the first answer.
    pub start_open: bool,
    pub answers: Answers,
    /// The earlier question being changed, if any.
    pub revisiting: Option<QuestionId>,
    pub dimensions: IdSet<DimensionId>,
    /// The reasons for referral chosen, for the welzijnsorganisatie's monitoring.
    pub reasons: IdSet<ReasonId>,
    /// "Wens van de patiënt": free text, checked for personal data while typed.
    pub wish: String,
    /// The patient's answer to the consent question; not asked until the referrer says so.
    pub consent: Consent,
    /// Length and weight as typed; dropped as soon as the weight question is answered.
    pub bmi_length: String,
    pub bmi_weight: String,
    pub fall_screening: FallScreening,
    /// A training case ("oefencasus"), not a real patient: every referral text says so first.
    pub training: bool,
    /// Derived from the pack, context and answers after every action.
    pub walk: Walk,
    /// A message for the referrer when an action could not be carried out.
    pub notice: Option<String>,
}

impl Consult {
    /// A fresh consult in the catalog's first (default) region; `None` for an empty catalog.
    pub fn new(catalog: Catalog) -> Option<Self> {
        let pack = catalog.first()?.clone();
        Some(Self::with_pack(catalog, pack, None))
    }

    fn with_pack(catalog: Catalog, pack: Rc<Pack>, gemeente: Option<&GemeenteId>) -> Self {
        let context = Context::new(&pack, gemeente).unwrap_or_else(|_| Context::region(&pack));
        let walk = evaluate(&pack, &context, &Answers::new());
        Self {
            catalog,
            pack,
            context,
            referrer: None,
            start_open: true,
            answers: Answers::new(),
            revisiting: None,
            dimensions: IdSet::new(),
            reasons: IdSet::new(),
            wish: String::new(),
            consent: Consent::NotAsked,
            bmi_length: String::new(),
            bmi_weight: String::new(),
            fall_screening: [None; 3],
            training: false,
            walk,
            notice: None,
        }
    }

    pub fn screen(&self) -> Screen {
        if self.current_question().is_some() {
            Screen::Question
        } else {
            Screen::Outcome
        }
    }

    /// The question to show: the one being changed, else the engine's next.
    pub fn current_question(&self) -> Option<&QuestionId> {
        self.revisiting.as_ref().or(self.walk.next.as_ref())
    }

    /// The primary routes still possible and how far the main flow may still go.
    pub fn outlook(&self) -> Outlook {
        outlook(&self.pack, &self.context, &self.answers)
    }

    /// The gemeente chosen in the consult, if any.
    pub fn gemeente(&self) -> Option<&Gemeente> {
        self.context
            .gemeente
            .as_ref()
            .and_then(|id| self.pack.gemeente(id))
    }

    /// The type of referrer chosen, if any.
    pub fn referrer_type(&self) -> Option<&ReferrerType> {
        self.referrer
            .as_ref()
            .and_then(|id| self.pack.referrer_types.iter().find(|r| &r.id == id))
    }

    /// Who the outcome's texts are for: the patient's age group and the referrer's workplace.
    pub fn audience(&self) -> Audience {
        self.pack.audience(&self.walk, self.referrer_type())
    }

    /// A consult with every choice made at once, as the CLI gets it on its command line.
    pub fn decided(
        pack: Pack,
        gemeente: Option<&GemeenteId>,
        referrer: Option<ReferrerId>,
        answers: Answers,
        consent: Consent,
    ) -> Result<Self, InputError> {
        let pack = Rc::new(pack);
        let mut consult = Self::with_pack(Rc::from([pack.clone()]), pack, None);
        consult.context = Context::new(&consult.pack, gemeente)?;
        consult.referrer = referrer;
        consult.answers = answers;
        consult.consent = consent;
        consult.start_open = false;
        consult.walk = evaluate(&consult.pack, &consult.context, &consult.answers);
        Ok(consult)
    }

    /// Applies one action and returns the consult after it.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        next.notice = None;
        match action {
            Action::ChooseRegion(region) => {
                match self.catalog.iter().find(|p| p.region.id == region) {
                    Some(pack) if !Rc::ptr_eq(pack, &self.pack) => {
                        let mut fresh = Self::with_pack(self.catalog.clone(), pack.clone(), None);
                        fresh.referrer = self.referrer.clone();
                        return fresh;
                    }
                    Some(_) => {}
                    None => next.notice = Some(format!("Onbekende regio '{region}'.")),
                }
            }
            Action::ChooseGemeente(gemeente) => match Context::new(&self.pack, gemeente.as_ref()) {
                Ok(context) => next.context = context,
                Err(error) => next.notice = Some(error.to_string()),
            },
            Action::ChooseReferrer(referrer) => next.referrer = referrer,
            Action::ShowStart(open) => next.start_open = open,
            Action::Answer(answer) => {
                if let Some(question) = self.current_question().cloned() {
                    let accepted = self
                        .pack
                        .question(&question)
                        .is_some_and(|q| q.accepts(&answer));
                    if accepted {
                        // A helper's input is only there to answer its question: once answered,
                        // it goes, so no length or weight outlives the question.
                        match self.pack.question(&question).and_then(|q| q.helper) {
                            Some(Helper::Bmi) => {
                                next.bmi_length.clear();
                                next.bmi_weight.clear();
                            }
                            Some(Helper::FallScreening) => next.fall_screening = [None; 3],
                            None => {}
                        }
                        next.answers.set(question, answer);
                        next.revisiting = None;
                        next.start_open = false;
                    }
                }
            }
            Action::Revisit(question) => {
                if self.walk.step(&question).is_some() {
                    next.revisiting = Some(question);
                }
            }
            Action::Back => {
                let current = self.current_question();
                let position = current
                    .and_then(|q| self.walk.path.iter().position(|s| &s.question == q))
                    .unwrap_or(self.walk.path.len());
                match position.checked_sub(1).and_then(|p| self.walk.path.get(p)) {
                    Some(step) => next.revisiting = Some(step.question.clone()),
                    None => next.start_open = true,
                }
            }
            Action::Reset => {
                let mut fresh = Self::with_pack(
                    self.catalog.clone(),
                    self.pack.clone(),
                    self.context.gemeente.as_ref(),
                );
                fresh.referrer = self.referrer.clone();
                return fresh;
            }
            Action::ToggleDimension(dimension) => {
                if !next.dimensions.remove(&dimension) {
                    next.dimensions.insert(dimension);
                }
            }
            Action::ToggleReason(reason) => {
                if !self.pack.referral_reasons.iter().any(|r| r.id == reason) {
                    next.notice = Some(format!("Onbekende reden van verwijzing '{reason}'."));
                } else if !next.reasons.remove(&reason) {
                    next.reasons.insert(reason);
                }
            }
            Action::SetWish(text) => next.wish = text,
            Action::SetConsent(consent) => next.consent = consent,
            Action::SetBmiLength(text) => next.bmi_length = text,
            Action::SetBmiWeight(text) => next.bmi_weight = text,
            Action::SetFallScreening(index, answer) => {
                if let Some(slot) = next.fall_screening.get_mut(index) {
                    *slot = Some(answer);
                }
            }
        }
        next.walk = evaluate(&next.pack, &next.context, &next.answers);
        next
    }
}
