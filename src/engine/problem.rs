//! Where a problem in a pack sits: a text to search for, turned into a line number, so every
//! message a pack editor reads names the file and the line.

/// One problem in a pack, with the text to search the files for to find its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: super::Severity,
    pub anchor: Anchor,
    pub message: String,
}

/// Where a problem sits: `needle`, searched for after `after` when that is given
/// (a gemeente's `id = "eindhoven"` must not match the region's `id = "eindhoven"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub after: Option<&'static str>,
    pub needle: String,
}

impl From<String> for Anchor {
    fn from(needle: String) -> Self {
        Self {
            after: None,
            needle,
        }
    }
}

impl From<&str> for Anchor {
    fn from(needle: &str) -> Self {
        needle.to_owned().into()
    }
}

impl From<&String> for Anchor {
    fn from(needle: &String) -> Self {
        needle.clone().into()
    }
}

impl Anchor {
    /// The line of the first match in `text`, if any.
    pub fn line_in(&self, text: &str) -> Option<usize> {
        let start = match self.after {
            Some(section) => text.find(section)?,
            None => 0,
        };
        let offset = start + text[start..].find(&self.needle)?;
        Some(
            text.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1,
        )
    }
}

impl Problem {
    pub fn error(anchor: impl Into<Anchor>, message: impl Into<String>) -> Self {
        Self {
            severity: super::Severity::Error,
            anchor: anchor.into(),
            message: message.into(),
        }
    }

    pub fn warning(anchor: impl Into<Anchor>, message: impl Into<String>) -> Self {
        Self {
            severity: super::Severity::Warning,
            anchor: anchor.into(),
            message: message.into(),
        }
    }
}
