//! The decision engine: region content packs (data) and their pure evaluation.
//!
//! A pack is loaded from TOML (`load`), checked (`validate`), then asked two things:
//! which question comes next and where the answers point (`evaluate`). The engine owns the
//! rules no pack may switch off: `acute_risk` is asked first, `urgent_care` wins with no
//! add-ons, and "weet ik niet" is always an open check that makes the outcome provisional.

mod condition;
mod diagram;
mod evaluate;
mod factsheet;
mod fill;
mod ids;
mod load;
mod model;
mod names;
mod ordered;
mod paths;
mod problem;
mod referral;
mod training;
mod tree;
mod validate;
mod wording;

pub use condition::{Condition, Flag, Flags};
pub use diagram::{Highlight, question_link, tree_svg, tree_svg_for_page};
pub use evaluate::{Answers, Context, InputError, Outlook, Step, Walk, evaluate, outlook};
pub use factsheet::{
    Claim, ComparisonRow, FACTSHEET_PLACEHOLDERS, Factsheet, MIN_EXAMPLES, MIN_EXAMPLES_EACH_WAY,
    MIN_PROCESS_STEPS, OfferArea, PatientExample, ProcessStep,
};
pub use ids::{
    AnswerCode, CaseId, DimensionId, GemeenteId, IsoDate, QuestionId, ReasonId, ReferrerId,
    RegionId, RouteId, SourceId,
};
pub use load::{Finding, LoadError, PackSource, Severity, base_name, check_pack, load_pack};
pub use model::{
    AddOn, AnswerOption, Audience, Availability, Channel, ContactNorm, Dimension, Exit, FlowStep,
    Gemeente, Helper, Labels, NoReferral, NoReferralTexts, Pack, Question, ReferralReason,
    ReferrerType, Region, Route, RouteTexts, RouteView, SafetyTexts, Source,
};
pub use ordered::{IdKey, IdMap, IdSet};
pub use paths::enumerate_paths;
pub use referral::{Consent, NoReferralReason};
pub use training::{
    AnswerComparison, CaseComparison, MAX_CASE_ID_LEN, MIN_TRAINING_CASES, TrainingCase,
    load_training, training_count_warning,
};
pub use tree::{TreeFormat, draw_tree};
pub use validate::placeholders;
pub use wording::PRACTICE_ONLY;

/// The question the engine always asks first, whatever the pack says.
pub const ACUTE_RISK: &str = "acute_risk";
/// The route that always wins when `acute_risk` is answered yes.
pub const URGENT_CARE: &str = "urgent_care";
