//! Identifiers as newtypes, so a question id can never be passed where a route id belongs.

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

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
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
    /// An answer code: `yes`, `no`, `unknown`, or a choice such as `senior`.
    AnswerCode
);
id_type!(
    /// A source document or page that backs a fact in a pack.
    SourceId
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

impl AnswerCode {
    pub const YES: &'static str = "yes";
    pub const NO: &'static str = "no";
    /// "Weet ik niet": always allowed, never silently "no".
    pub const UNKNOWN: &'static str = "unknown";

    pub fn is_unknown(&self) -> bool {
        self.0 == Self::UNKNOWN
    }

    pub fn is_yes(&self) -> bool {
        self.0 == Self::YES
    }
}
