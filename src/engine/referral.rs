//! Whether a referral text may be made for an outcome, and for whom its texts are written.
//!
//! These are safety rules, so they live in the engine and not in a component: the app, the
//! CLI and the tests all ask the same function.

use super::URGENT_CARE;
use super::evaluate::Walk;
use super::model::{Audience, NoReferral, Pack, ReferrerType};
use std::fmt;

/// The patient's answer to "may we pass your details on?". Recording the answer, not the
/// asking: a referral text says which of the three it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Consent {
    #[default]
    NotAsked,
    Given,
    Refused,
}

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::NotAsked, Consent::Given, Consent::Refused];

    /// The code the CLI takes (`--consent gegeven`).
    pub fn code(self) -> &'static str {
        match self {
            Consent::NotAsked => "niet_gevraagd",
            Consent::Given => "gegeven",
            Consent::Refused => "geweigerd",
        }
    }

    /// How the referral text and the screen say it.
    pub fn label(self) -> &'static str {
        match self {
            Consent::NotAsked => "nog niet gevraagd",
            Consent::Given => "gegeven",
            Consent::Refused => "geweigerd",
        }
    }
}

impl std::str::FromStr for Consent {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Consent::ALL
            .into_iter()
            .find(|c| c.code() == code)
            .ok_or_else(|| {
                format!("'{code}' is geen toestemming; kies uit: gegeven, geweigerd, niet_gevraagd")
            })
    }
}

/// Why no referral text may be made for an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoReferralReason {
    /// Acute danger: act now, by phone and in person, not by a referral letter.
    UrgentCare,
    /// Acute danger was answered "weet ik niet": exclude it first.
    AcuteRiskUnknown,
    /// The patient said no: nothing about them may go to another organisation.
    ConsentRefused,
}

impl NoReferralReason {
    pub const ALL: [NoReferralReason; 3] = [
        NoReferralReason::UrgentCare,
        NoReferralReason::AcuteRiskUnknown,
        NoReferralReason::ConsentRefused,
    ];

    /// The pack's words for this reason.
    pub fn texts(self, pack: &Pack) -> &NoReferral {
        let texts = &pack.safety.no_referral;
        match self {
            NoReferralReason::UrgentCare => &texts.urgent_care,
            NoReferralReason::AcuteRiskUnknown => &texts.acute_risk_unknown,
            NoReferralReason::ConsentRefused => &texts.consent_refused,
        }
    }
}

impl fmt::Display for NoReferralReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoReferralReason::UrgentCare => "acute zorg: handel nu, niet met een verwijstekst",
            NoReferralReason::AcuteRiskUnknown => {
                "acuut gevaar is nog niet uitgesloten: ga dat eerst na"
            }
            NoReferralReason::ConsentRefused => "de patiënt heeft geen toestemming gegeven",
        })
    }
}

impl Walk {
    /// Whether a referral text (to copy or print) may be made for this outcome. The most
    /// urgent reason wins: urgent care, then unexcluded acute risk, then refused consent.
    pub fn referral_basis(&self, consent: Consent) -> Result<(), NoReferralReason> {
        if self
            .primary
            .as_ref()
            .is_some_and(|r| r.as_str() == URGENT_CARE)
        {
            Err(NoReferralReason::UrgentCare)
        } else if self.acute_risk_unknown {
            Err(NoReferralReason::AcuteRiskUnknown)
        } else if consent == Consent::Refused {
            Err(NoReferralReason::ConsentRefused)
        } else {
            Ok(())
        }
    }
}

impl Pack {
    /// Whether the answers, as routed, place the patient under 18: an answer option the pack
    /// marks `youth = true`.
    pub fn is_youth(&self, walk: &Walk) -> bool {
        walk.path.iter().any(|step| {
            self.question(&step.question).is_some_and(|q| {
                q.options
                    .iter()
                    .any(|o| o.youth && o.code == step.routed_as)
            })
        })
    }

    /// Whether the outcome refers to the welzijnsorganisatie through the region's channel, as
    /// its primary route or an add-on: then the organisation, channel and ICPC code are shown.
    pub fn refers_via_channel(&self, walk: &Walk) -> bool {
        walk.primary
            .iter()
            .chain(&walk.also)
            .filter_map(|id| self.route(id))
            .any(|route| route.via_channel)
    }

    /// Who this outcome's texts are for. A referrer who has not said where they work gets the
    /// huisartsenpraktijk's texts (most referrals start there), and the screen says so.
    pub fn audience(&self, walk: &Walk, referrer: Option<&ReferrerType>) -> Audience {
        Audience {
            youth: self.is_youth(walk),
            huisartsenpraktijk: referrer.is_none_or(|r| r.huisartsenpraktijk),
        }
    }
}
