//! The whole visit: which view is open, the real consult, and the training cases worked on.
//!
//! A training case runs in a consult of its own, so practice answers never mix with a real
//! patient's and every text it produces carries the training mark. The score is kept here, in
//! memory only, and is gone with the tab.

use crate::consult::{Action, Catalog, Consult, Screen};
use crate::engine::{AnswerCode, Answers, CaseId, Consent, QuestionId, RegionId};
use crate::fragment::{Link, LinkError, View};
use std::rc::Rc;

/// Which consult the factsheet and the tree follow: the real one or the training case's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Consult,
    Training,
}

/// One training case being worked through.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingRun {
    pub case: CaseId,
    pub consult: Rc<Consult>,
    /// Scored once, when the trainee first reaches an outcome; a restored link is not scored.
    pub scored: bool,
}

/// How one attempt at a case went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    pub region: RegionId,
    pub case: CaseId,
    pub route_correct: bool,
    pub all_correct: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub view: View,
    pub mode: Mode,
    /// The real consult.
    pub consult: Rc<Consult>,
    pub run: Option<TrainingRun>,
    pub results: Vec<CaseResult>,
    /// The question whose help text the tree view opens.
    pub tree_question: Option<QuestionId>,
    /// A message for the user when a link or an action could not be followed.
    pub notice: Option<String>,
}

/// Everything the user does, as data: consult actions go to the consult on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionAction {
    Consult(Action),
    /// Follow the address's fragment (at start and on every change of it).
    Follow(String),
    /// Follow a link already checked by `fragment::parse`.
    Open(Link),
    StartCase(CaseId),
    /// Leave the case and return to the list of cases.
    EndCase,
}

impl Session {
    /// A fresh visit in the catalog's default region; `None` for an empty catalog.
    pub fn new(catalog: Catalog) -> Option<Self> {
        Some(Self {
            view: View::Consult,
            mode: Mode::Consult,
            consult: Rc::new(Consult::new(catalog)?),
            run: None,
            results: Vec::new(),
            tree_question: None,
            notice: None,
        })
    }

    /// The consult the consult screens show and the tree follows.
    pub fn active(&self) -> &Rc<Consult> {
        match (&self.run, self.mode) {
            (Some(run), Mode::Training) => &run.consult,
            _ => &self.consult,
        }
    }

    /// Whether a consult's questions or outcome are on screen (and take keyboard shortcuts).
    pub fn shows_consult(&self) -> bool {
        match self.view {
            View::Consult => true,
            View::Oefenen => self.run.is_some(),
            View::Factsheet | View::Beslisboom => false,
        }
    }

    /// The link that restores the training case as it is now: the case and the answers given.
    pub fn share_link(&self) -> Option<Link> {
        let run = self.run.as_ref()?;
        Some(Link {
            view: View::Oefenen,
            region: Some(run.consult.pack.region.id.clone()),
            case: Some(run.case.clone()),
            answers: run
                .consult
                .walk
                .path
                .iter()
                .map(|step| (step.question.clone(), step.answer.clone()))
                .collect(),
            ..Link::default()
        })
    }

    /// Cases tried this session and how many were right in every respect.
    pub fn score(&self) -> (usize, usize) {
        let right = self.results.iter().filter(|r| r.all_correct).count();
        (self.results.len(), right)
    }

    pub fn apply(&self, action: SessionAction) -> Self {
        let mut next = self.clone();
        next.notice = None;
        match action {
            SessionAction::Consult(action) => next.apply_to_consult(action),
            SessionAction::Follow(fragment) => {
                let catalog = &self.consult.catalog;
                match crate::fragment::parse(&fragment, catalog, &self.consult.pack) {
                    Ok(Some(link)) => next.open(link),
                    Ok(None) => {}
                    Err(error) => next.refuse(error),
                }
            }
            SessionAction::Open(link) => next.open(link),
            SessionAction::StartCase(case) => {
                next.mode = Mode::Training;
                next.view = View::Oefenen;
                next.start_case(&case, &[]);
            }
            SessionAction::EndCase => next.run = None,
        }
        next
    }

    fn apply_to_consult(&mut self, action: Action) {
        match (&mut self.run, self.mode) {
            (Some(run), Mode::Training) => {
                // "Opnieuw" in a case starts the same case again, still marked as training.
                if action == Action::Reset {
                    let case = run.case.clone();
                    self.start_case(&case, &[]);
                    return;
                }
                run.consult = Rc::new(run.consult.apply(action));
                if !run.scored && run.consult.screen() == Screen::Outcome {
                    if let Some(result) = score(run) {
                        self.results.push(result);
                    }
                    run.scored = true;
                }
            }
            _ => {
                let region = self.consult.pack.region.id.clone();
                self.consult = Rc::new(self.consult.apply(action));
                self.notice = self.consult.notice.clone();
                if self.consult.pack.region.id != region {
                    self.run = None;
                }
            }
        }
    }

    fn refuse(&mut self, error: LinkError) {
        self.view = View::Consult;
        self.mode = Mode::Consult;
        self.notice = Some(error.to_string());
    }

    fn open(&mut self, link: Link) {
        if let Some(region) = link.region {
            self.apply_to_consult_directly(Action::ChooseRegion(region));
        }
        if let Some(gemeente) = link.gemeente {
            self.apply_to_consult_directly(Action::ChooseGemeente(Some(gemeente)));
        }
        self.view = link.view;
        match link.view {
            View::Consult => self.mode = Mode::Consult,
            View::Oefenen => self.mode = Mode::Training,
            View::Factsheet | View::Beslisboom => {}
        }
        if link.view == View::Beslisboom {
            self.tree_question = link.question;
        }
        if let Some(case) = link.case {
            self.start_case(&case, &link.answers);
            if let Some(run) = self.run.as_mut() {
                // A shared path shows the presenter's answers: not the trainee's to score.
                run.scored = !link.answers.is_empty();
            }
        }
    }

    /// A link's region and gemeente are for the real consult, whatever the mode.
    fn apply_to_consult_directly(&mut self, action: Action) {
        let region = self.consult.pack.region.id.clone();
        self.consult = Rc::new(self.consult.apply(action));
        self.notice = self.consult.notice.clone();
        if self.consult.pack.region.id != region {
            self.run = None;
        }
    }

    /// Starts a case of the real consult's region, with the given answers already in.
    fn start_case(&mut self, case: &CaseId, answers: &[(QuestionId, AnswerCode)]) {
        let pack = &self.consult.pack;
        let Some(training_case) = pack.training_case(case) else {
            self.notice = Some(LinkError::UnknownCase.message().to_owned());
            self.run = None;
            return;
        };
        let mut given = Answers::new();
        for (question, code) in answers {
            given.set(question.clone(), code.clone());
        }
        match Consult::decided(
            (**pack).clone(),
            training_case.gemeente.as_ref(),
            training_case.referrer.clone(),
            given,
            Consent::NotAsked,
        ) {
            Ok(mut consult) => {
                consult.training = true;
                self.run = Some(TrainingRun {
                    case: case.clone(),
                    consult: Rc::new(consult),
                    scored: false,
                });
            }
            Err(error) => {
                self.notice = Some(error.to_string());
                self.run = None;
            }
        }
    }
}

fn score(run: &TrainingRun) -> Option<CaseResult> {
    let pack = &run.consult.pack;
    let case = pack.training_case(&run.case)?;
    let comparison = case.compare(pack, &run.consult.walk);
    Some(CaseResult {
        region: pack.region.id.clone(),
        case: run.case.clone(),
        route_correct: comparison.route_matches,
        all_correct: comparison.all_correct(),
    })
}
