//! One component per file. Only the containers `QuestionCard` and `OutcomeView` (and `Page` in
//! `app.rs`) read the consult from context; every other component takes its data and a
//! `Callback<Action>` as properties, so it renders on its own (`tests/browser.rs`).

mod answers_list;
mod bmi_helper;
mod direction;
mod fall_screening;
mod no_referral;
mod outcome;
mod question;
mod start;
mod summary;

pub use answers_list::{AnswerRow, AnswersList, AnswersListProps};
pub use bmi_helper::{BmiHelper, BmiHelperProps};
pub use direction::{Direction, DirectionProps};
pub use fall_screening::{FallScreening, FallScreeningProps};
pub use no_referral::{NoReferralNote, NoReferralNoteProps};
pub use outcome::OutcomeView;
pub use question::{ANSWERS_ID, QuestionCard};
pub use start::StartSettings;
pub use summary::{COPY_BUTTON_ID, SummaryPanel};
