//! One component per file. Each reads the consult from context and dispatches actions.

mod answers_list;
mod bmi_helper;
mod direction;
mod fall_screening;
mod outcome;
mod question;
mod start;
mod summary;

pub use answers_list::AnswersList;
pub use bmi_helper::BmiHelper;
pub use direction::Direction;
pub use fall_screening::FallScreening;
pub use outcome::OutcomeView;
pub use question::QuestionCard;
pub use start::StartSettings;
pub use summary::SummaryPanel;
