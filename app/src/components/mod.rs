//! One component per file. Only the containers `QuestionCard` and `OutcomeView` (and `Page` in
//! `app.rs`) read the consult from context; every other component takes its data and a
//! `Callback<Action>` as properties, so it renders on its own (`tests/browser.rs`).

mod answers_list;
mod bmi_helper;
mod copy_text;
mod direction;
mod factsheet;
mod fall_screening;
mod no_referral;
mod outcome;
mod question;
mod region_links;
mod start;
mod summary;
mod training;
mod tree;

pub use answers_list::{AnswerRow, AnswersList, AnswersListProps};
pub use bmi_helper::{BmiHelper, BmiHelperProps};
pub use copy_text::{CopyText, CopyTextProps};
pub use direction::{Direction, DirectionProps};
pub use factsheet::{FactsheetView, FactsheetViewProps};
pub use fall_screening::{FallScreening, FallScreeningProps};
pub use no_referral::{NoReferralNote, NoReferralNoteProps};
pub use outcome::OutcomeView;
pub use question::{ANSWERS_ID, QuestionCard};
pub use region_links::{RegionLinks, RegionLinksProps};
pub use start::StartSettings;
pub use summary::{COPY_BUTTON_ID, COPY_HIS_BUTTON_ID, SummaryPanel};
pub use training::{TrainingView, TrainingViewProps};
pub use tree::{TreeView, TreeViewProps};
