//! Links into the app: the part of the address after `#`, e.g. `#factsheet&regio=eindhoven`.
//!
//! The ZEL website and a trainer link straight to a view, a region, a gemeente or a training
//! case. Nothing after `#` reaches a server, and a link never holds typed text: only names of
//! views and ids and answer codes the pack knows. Anything else is refused as a whole, with a
//! message that never repeats what the link said.

use crate::engine::{AnswerCode, CaseId, GemeenteId, Pack, QuestionId, RegionId};
use std::fmt;

/// The app's views; each has a fragment of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Consult,
    Factsheet,
    Beslisboom,
    Oefenen,
}

impl View {
    pub const ALL: [View; 4] = [
        View::Consult,
        View::Factsheet,
        View::Beslisboom,
        View::Oefenen,
    ];

    /// The view's name in a fragment.
    pub fn name(self) -> &'static str {
        match self {
            View::Consult => "consult",
            View::Factsheet => "factsheet",
            View::Beslisboom => "beslisboom",
            View::Oefenen => "oefenen",
        }
    }

    /// The view's name in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            View::Consult => "Consult",
            View::Factsheet => "Factsheet",
            View::Beslisboom => "Beslisboom",
            View::Oefenen => "Oefenen",
        }
    }

    /// The fragment that opens the view as it is, e.g. `#factsheet`.
    pub fn href(self) -> String {
        format!("#{}", self.name())
    }
}

/// What a link asks for, every part checked against the packs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    pub view: View,
    pub region: Option<RegionId>,
    pub gemeente: Option<GemeenteId>,
    /// A training case (only with `#oefenen`).
    pub case: Option<CaseId>,
    /// Answers to restore in the training case, in the order given.
    pub answers: Vec<(QuestionId, AnswerCode)>,
    /// The question whose help text the tree should open (only with `#beslisboom`).
    pub question: Option<QuestionId>,
}

/// Why a link was refused. The messages say what kind of thing was wrong, never what the link
/// contained: a fragment could hold anything, and it is not ours to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than any link the app makes.
    TooLong,
    /// A character no view, id or answer code uses.
    Character,
    UnknownView,
    /// A part other than regio, gemeente, casus, antwoorden or vraag, or one given twice.
    UnknownPart,
    UnknownRegion,
    UnknownGemeente,
    UnknownCase,
    UnknownQuestion,
    /// An answer the question does not have, or a malformed list of answers.
    BadAnswer,
    /// A part the view does not take (a case outside `#oefenen`, answers without a case).
    NotForThisView,
}

impl LinkError {
    pub fn message(self) -> &'static str {
        match self {
            LinkError::TooLong => "De link is te lang.",
            LinkError::Character => "De link bevat tekens die Verwijswijzer niet gebruikt.",
            LinkError::UnknownView => "De link noemt een onderdeel dat Verwijswijzer niet kent.",
            LinkError::UnknownPart => "De link bevat een onderdeel dat Verwijswijzer niet kent.",
            LinkError::UnknownRegion => "De link noemt een regio die niet in deze versie zit.",
            LinkError::UnknownGemeente => "De link noemt een gemeente die niet in deze regio ligt.",
            LinkError::UnknownCase => "De link noemt een oefencasus die deze regio niet heeft.",
            LinkError::UnknownQuestion => "De link noemt een vraag die de beslisboom niet kent.",
            LinkError::BadAnswer => "De link bevat een antwoord dat bij de vraag niet bestaat.",
            LinkError::NotForThisView => "De link combineert onderdelen die niet bij elkaar horen.",
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} U ziet het consult; er is niets overgenomen uit de link.",
            self.message()
        )
    }
}

impl std::error::Error for LinkError {}

/// Longer than the longest link the app makes for a training case with every question answered.
const MAX_LENGTH: usize = 600;

/// The page's own anchor: the skip link jumps to it, which is no link into a view.
pub const MAIN_ANCHOR: &str = "inhoud";

/// Reads a fragment (with or without its `#`). `current` is the region the app shows now: a
/// link without `regio=` is checked against it. An empty fragment opens the consult; the
/// skip link's anchor is no link at all (`None`).
pub fn parse(
    fragment: &str,
    catalog: &[std::rc::Rc<Pack>],
    current: &Pack,
) -> Result<Option<Link>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment == MAIN_ANCHOR {
        return Ok(None);
    }
    if fragment.len() > MAX_LENGTH {
        return Err(LinkError::TooLong);
    }
    if !fragment.bytes().all(is_link_byte) {
        return Err(LinkError::Character);
    }
    let mut parts = fragment.split('&');
    let view = match parts.next().unwrap_or_default() {
        "" => View::Consult,
        name => View::ALL
            .into_iter()
            .find(|v| v.name() == name)
            .ok_or(LinkError::UnknownView)?,
    };
    let mut link = Link {
        view,
        ..Link::default()
    };
    let mut answers: Option<&str> = None;
    for part in parts {
        let (key, value) = part.split_once('=').ok_or(LinkError::UnknownPart)?;
        if value.is_empty() {
            return Err(LinkError::UnknownPart);
        }
        let fresh = match key {
            "regio" => link.region.replace(RegionId::new(value)).is_none(),
            "gemeente" => link.gemeente.replace(GemeenteId::new(value)).is_none(),
            "casus" => link.case.replace(CaseId::new(value)).is_none(),
            "vraag" => link.question.replace(QuestionId::new(value)).is_none(),
            "antwoorden" => answers.replace(value).is_none(),
            _ => false,
        };
        if !fresh {
            return Err(LinkError::UnknownPart);
        }
    }

    let pack = match &link.region {
        Some(region) => catalog
            .iter()
            .find(|p| &p.region.id == region)
            .map(|p| &**p)
            .ok_or(LinkError::UnknownRegion)?,
        None => current,
    };
    if let Some(gemeente) = &link.gemeente {
        pack.gemeente(gemeente).ok_or(LinkError::UnknownGemeente)?;
    }
    if let Some(case) = &link.case {
        if view != View::Oefenen {
            return Err(LinkError::NotForThisView);
        }
        pack.training_case(case).ok_or(LinkError::UnknownCase)?;
    }
    if let Some(question) = &link.question {
        if view != View::Beslisboom {
            return Err(LinkError::NotForThisView);
        }
        pack.question(question).ok_or(LinkError::UnknownQuestion)?;
    }
    if let Some(answers) = answers {
        if link.case.is_none() {
            return Err(LinkError::NotForThisView);
        }
        link.answers = parse_answers(answers, pack)?;
    }
    Ok(Some(link))
}

fn parse_answers(text: &str, pack: &Pack) -> Result<Vec<(QuestionId, AnswerCode)>, LinkError> {
    let mut answers: Vec<(QuestionId, AnswerCode)> = Vec::new();
    for pair in text.split(',') {
        let (question, code) = pair.split_once(':').ok_or(LinkError::BadAnswer)?;
        let question = QuestionId::new(question);
        let code = AnswerCode::from(code);
        let known = pack.question(&question).ok_or(LinkError::UnknownQuestion)?;
        if !known.accepts(&code) || answers.iter().any(|(q, _)| q == &question) {
            return Err(LinkError::BadAnswer);
        }
        answers.push((question, code));
    }
    Ok(answers)
}

/// Lower-case letters, digits and the few signs ids, answer codes and the link's own syntax use.
fn is_link_byte(byte: u8) -> bool {
    byte.is_ascii_lowercase()
        || byte.is_ascii_digit()
        || matches!(byte, b'_' | b'-' | b'&' | b'=' | b':' | b',')
}

impl Link {
    /// The fragment for this link, with its `#`; `parse` reads it back to the same link.
    pub fn to_fragment(&self) -> String {
        let mut fragment = format!("#{}", self.view.name());
        let mut part = |key: &str, value: &str| {
            fragment.push('&');
            fragment.push_str(key);
            fragment.push('=');
            fragment.push_str(value);
        };
        if let Some(region) = &self.region {
            part("regio", region.as_str());
        }
        if let Some(gemeente) = &self.gemeente {
            part("gemeente", gemeente.as_str());
        }
        if let Some(case) = &self.case {
            part("casus", case.as_str());
        }
        if !self.answers.is_empty() {
            let answers: Vec<String> = self
                .answers
                .iter()
                .map(|(question, code)| format!("{question}:{code}"))
                .collect();
            part("antwoorden", &answers.join(","));
        }
        if let Some(question) = &self.question {
            part("vraag", question.as_str());
        }
        fragment
    }
}
