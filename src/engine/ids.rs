//! Identifiers as newtypes, so a question id can never be passed where a route id belongs.

use super::ordered::IdKey;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl IdKey for $name {
            fn as_key(&self) -> &str {
                &self.0
            }
        }

    };
}

id_type!(
    /// A question, e.g. `acute_risk`.
    QuestionId
);
id_type!(
    /// A route (primary or add-on), e.g. `wor`, `gli`.
    RouteId
);
id_type!(
    /// A source document or page that backs a fact in a pack.
    SourceId
);
id_type!(
    /// A region, e.g. `dwo`: the file stem of its pack.
    RegionId
);
id_type!(
    /// A gemeente within a region, e.g. `delft`.
    GemeenteId
);
id_type!(
    /// A type of referrer, e.g. `huisarts`, `fysiotherapeut`.
    ReferrerId
);
id_type!(
    /// A dimension of Positieve Gezondheid, e.g. `zingeving`.
    DimensionId
);
id_type!(
    /// A reason for referral the welzijnsorganisatie registers, e.g. `eenzaamheid`.
    ReasonId
);
id_type!(
    /// A training case ("oefencasus") within a region's training file, e.g. `c01`.
    CaseId
);

/// An answer code, parsed once: the three answers the engine branches on, or a choice option
/// of a question (`senior`). "Weet ik niet" is always allowed and never silently "no".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(from = "String", into = "String")]
pub enum AnswerCode {
    Yes,
    No,
    Unknown,
    Choice(String),
}

impl AnswerCode {
    pub fn as_str(&self) -> &str {
        match self {
            AnswerCode::Yes => "yes",
            AnswerCode::No => "no",
            AnswerCode::Unknown => "unknown",
            AnswerCode::Choice(code) => code,
        }
    }

    pub fn is_unknown(&self) -> bool {
        *self == AnswerCode::Unknown
    }

    pub fn is_yes(&self) -> bool {
        *self == AnswerCode::Yes
    }
}

impl From<&str> for AnswerCode {
    fn from(code: &str) -> Self {
        match code {
            "yes" => AnswerCode::Yes,
            "no" => AnswerCode::No,
            "unknown" => AnswerCode::Unknown,
            choice => AnswerCode::Choice(choice.to_owned()),
        }
    }
}

impl From<String> for AnswerCode {
    fn from(code: String) -> Self {
        code.as_str().into()
    }
}

impl From<AnswerCode> for String {
    fn from(code: AnswerCode) -> Self {
        code.as_str().to_owned()
    }
}

impl fmt::Display for AnswerCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calendar date as `YYYY-MM-DD`, checked when the pack is read: a pack with "23-11-2026"
/// fails to load with the file, the line and this reason.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate(String);

impl TryFrom<String> for IsoDate {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let parts: Vec<&str> = text.split('-').collect();
        let valid = matches!(parts.as_slice(), [y, m, d]
            if y.len() == 4 && m.len() == 2 && d.len() == 2
            && [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
            && (1..=31).contains(&d.parse::<u8>().unwrap_or(0)));
        if valid {
            Ok(Self(text))
        } else {
            Err(format!("'{text}' is geen datum als 2026-11-23"))
        }
    }
}

impl From<IsoDate> for String {
    fn from(date: IsoDate) -> Self {
        date.0
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
