//! One component per file. Most read the consult from context and dispatch actions; leaf
//! components such as `NoReferralNote` take their data as properties.

mod answers_list;
mod bmi_helper;
mod direction;
mod fall_screening;
mod no_referral;
mod outcome;
mod question;
mod start;
mod summary;

pub use answers_list::AnswersList;
pub use bmi_helper::BmiHelper;
pub use direction::Direction;
pub use fall_screening::FallScreening;
pub use no_referral::{NoReferralNote, NoReferralNoteProps};
pub use outcome::OutcomeView;
pub use question::QuestionCard;
pub use start::StartSettings;
pub use summary::SummaryPanel;
