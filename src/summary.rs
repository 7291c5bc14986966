//! The referral summary the referrer pastes into ZorgDomein, VIPLive or the HIS.
//!
//! The summary names no patient: no name, date of birth, BSN or address. The referral system
//! already knows who the patient is. Only categorical answers, the chosen Positieve Gezondheid
//! dimensions and the referrer's own short wish text go in.
//!
//! One content, three layouts (`Layout`): ZorgDomein's free-text field, a VIPLive note and the
//! GP's HIS journal line in SOEP form. Each starts with the warnings (training case,
//! provisional outcome) and then the four monitoring lines the welzijnsorganisaties register:
//! gemeente, age group, type of referrer, reasons for referral (docs/decisions.md, 47).

use crate::consult::Consult;
use crate::engine::{Channel, NoReferralReason, Pack, Walk};

/// Why a referral text cannot be made yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoText {
    /// The questions are not all answered.
    Incomplete,
    /// The engine's safety rules say no (urgent care, acute risk unknown, consent refused).
    NotAllowed(NoReferralReason),
}

/// The first line of every layout when the consult is a training case.
pub const TRAINING_LINE: &str = "OEFENCASUS - niet gebruiken voor een echte verwijzing";

/// The first line (after a training line) of every layout when something is still unknown.
pub const PROVISIONAL_LINE: &str =
    "VOORLOPIGE UITKOMST: nog niet alles is nagegaan (zie 'Nog na te gaan').";

/// A monitoring field the referrer did not fill in (gemeente, type of referrer, reasons).
pub const NOT_GIVEN: &str = "niet opgegeven";

/// The age group when its question was not asked.
pub const NOT_ASKED: &str = "niet gevraagd";

/// The labels of the four monitoring lines, in the order every layout puts them at the top.
pub const MONITORING_LABELS: [&str; 4] = [
    "Gemeente",
    "Leeftijdsgroep",
    "Type verwijzer",
    "Reden van verwijzing",
];

/// The shape of the referral text: the same content, laid out for where it is pasted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// ZorgDomein's free-text field: plain text in labelled blocks, `- ` bullets, no markup.
    ZorgDomein,
    /// A VIPLive note: compact `label: value` lines, no blank lines, lists on one line.
    VipLive,
    /// The GP's journal line in the HIS, in SOEP form (`S:`, `O:`, `E:` with ICPC, `P:`).
    HisJournaal,
}

impl Layout {
    pub const ALL: [Layout; 3] = [Layout::ZorgDomein, Layout::VipLive, Layout::HisJournaal];

    /// The layout of the region's referral channel.
    pub fn for_channel(channel: Channel) -> Self {
        match channel {
            Channel::ZorgDomein => Layout::ZorgDomein,
            Channel::VipLive => Layout::VipLive,
        }
    }

    /// What the referrer reads above the text.
    pub fn label(self) -> &'static str {
        match self {
            Layout::ZorgDomein => "ZorgDomein (vrij tekstveld)",
            Layout::VipLive => "VIPLive (notitie)",
            Layout::HisJournaal => "Journaalregel voor het HIS (SOEP)",
        }
    }

    /// The name on the command line (`--layout`).
    pub fn code(self) -> &'static str {
        match self {
            Layout::ZorgDomein => "zorgdomein",
            Layout::VipLive => "viplive",
            Layout::HisJournaal => "his",
        }
    }
}

impl std::str::FromStr for Layout {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Layout::ALL
            .into_iter()
            .find(|layout| layout.code() == code)
            .ok_or_else(|| {
                let known: Vec<&str> = Layout::ALL.iter().map(|l| l.code()).collect();
                format!("onbekende opmaak '{code}'; kies uit: {}", known.join(", "))
            })
    }
}

/// The referral text for the region's channel, when one may be made.
pub fn referral_text(consult: &Consult) -> Result<String, NoText> {
    referral_text_as(consult, Layout::for_channel(consult.pack.region.channel))
}

/// The layouts to offer: the region's channel, plus the HIS journal line when the referrer
/// works in the huisartsenpraktijk (audience.huisartsenpraktijk) and the route refers via the
/// channel.
pub fn layouts(consult: &Consult) -> Vec<Layout> {
    let mut layouts = vec![Layout::for_channel(consult.pack.region.channel)];
    if consult.audience().huisartsenpraktijk && consult.pack.refers_via_channel(&consult.walk) {
        layouts.push(Layout::HisJournaal);
    }
    layouts
}

/// The referral text in one layout, when one may be made. Every layout says the same; the no-text
/// rules (urgent care, acute risk unknown, consent refused) hold for each alike.
pub fn referral_text_as(consult: &Consult, layout: Layout) -> Result<String, NoText> {
    let content = Content::of(consult)?;
    let mut lines = content.heading();
    match layout {
        Layout::ZorgDomein => content.free_text(&mut lines),
        Layout::VipLive => content.note(&mut lines),
        Layout::HisJournaal => content.journal(&mut lines),
    }
    lines.push(content.source.clone());
    Ok(lines.join("\n"))
}

/// What every layout says, gathered once, so the layouts differ in shape only.
struct Content<'a> {
    training: bool,
    provisional: bool,
    /// Values of `MONITORING_LABELS`, in that order.
    monitoring: [String; 4],
    route: &'a str,
    explanation: Option<&'a str>,
    also: Vec<&'a str>,
    /// "Acuut gevaar: Nee", in the order asked.
    answers: Vec<String>,
    open_checks: Vec<&'a str>,
    dimensions: Vec<&'a str>,
    wish: Option<&'a str>,
    consent: &'static str,
    /// The welzijnsorganisatie, when a gemeente was chosen.
    organisation: Option<String>,
    /// The routes that refer via the channel (primary or add-on), by title.
    via_channel: Vec<&'a str>,
    channel: Channel,
    /// The ICPC code, for a referrer in the huisartsenpraktijk when the route refers via the
    /// channel (decision 30).
    icpc: Option<&'a str>,
    source: String,
}

impl<'a> Content<'a> {
    fn of(consult: &'a Consult) -> Result<Self, NoText> {
        let pack = &consult.pack;
        let walk = &consult.walk;
        let primary = walk
            .primary
            .as_ref()
            .filter(|_| walk.is_complete())
            .ok_or(NoText::Incomplete)?;
        walk.referral_basis(consult.consent)
            .map_err(NoText::NotAllowed)?;
        let audience = consult.audience();
        let reached = || walk.primary.iter().chain(&walk.also);
        let via_channel: Vec<&str> = reached()
            .filter(|id| pack.route(id).is_some_and(|r| r.via_channel))
            .map(|id| pack.route_title(id))
            .collect();
        let reasons: Vec<&str> = pack
            .referral_reasons
            .iter()
            .filter(|r| consult.reasons.contains(&r.id))
            .map(|r| r.label.as_str())
            .collect();
        let gemeente = consult.gemeente();
        Ok(Self {
            training: consult.training,
            provisional: walk.provisional,
            monitoring: [
                gemeente.map_or(NOT_GIVEN, |g| g.name.as_str()).to_owned(),
                age_group(pack, walk).to_owned(),
                consult
                    .referrer_type()
                    .map_or(NOT_GIVEN, |r| r.label.as_str())
                    .to_owned(),
                if reasons.is_empty() {
                    NOT_GIVEN.to_owned()
                } else {
                    reasons.join("; ")
                },
            ],
            route: pack.route_title(primary),
            explanation: pack.route(primary).map(|r| r.view(audience).summary),
            also: walk.also.iter().map(|r| pack.route_title(r)).collect(),
            answers: walk
                .path
                .iter()
                .filter_map(|step| pack.answer_line(step))
                .collect(),
            open_checks: walk
                .open_checks
                .iter()
                .filter_map(|id| pack.question(id))
                .map(|q| q.open_check.as_str())
                .collect(),
            dimensions: pack
                .dimensions
                .iter()
                .filter(|d| consult.dimensions.contains(&d.id))
                .map(|d| d.label.as_str())
                .collect(),
            wish: Some(consult.wish.trim()).filter(|w| !w.is_empty()),
            consent: consult.consent.label(),
            organisation: gemeente.map(|g| pack.organisation_name(Some(g))),
            icpc: (!via_channel.is_empty() && audience.huisartsenpraktijk)
                .then_some(pack.region.icpc.as_str()),
            via_channel,
            channel: pack.region.channel,
            source: source_line(pack),
        })
    }

    /// The lines every layout starts with: the warnings, then the four monitoring lines.
    fn heading(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.training {
            lines.push(TRAINING_LINE.to_owned());
        }
        if self.provisional {
            lines.push(PROVISIONAL_LINE.to_owned());
        }
        for (label, value) in MONITORING_LABELS.iter().zip(&self.monitoring) {
            lines.push(format!("{label}: {value}"));
        }
        lines
    }

    fn also_line(&self) -> Option<String> {
        (!self.also.is_empty()).then(|| format!("Ook overwegen: {}", self.also.join("; ")))
    }

    fn dimensions_line(&self) -> Option<String> {
        (!self.dimensions.is_empty()).then(|| {
            format!(
                "Positieve Gezondheid, de patiënt wil werken aan: {}",
                self.dimensions.join(", ")
            )
        })
    }

    fn wish_line(&self) -> Option<String> {
        self.wish.map(|wish| format!("Wens van de patiënt: {wish}"))
    }

    fn consent_line(&self) -> String {
        format!(
            "Toestemming van de patiënt voor de verwijzing: {}",
            self.consent
        )
    }

    fn organisation_line(&self) -> Option<String> {
        self.organisation
            .as_ref()
            .map(|name| format!("Welzijnsorganisatie: {name}"))
    }

    fn icpc_line(&self) -> Option<String> {
        self.icpc
            .map(|code| format!("ICPC: {code} ({})", self.via_channel.join("; ")))
    }

    /// ZorgDomein's free-text field: blocks separated by a blank line, lists as `- ` bullets.
    fn free_text(&self, lines: &mut Vec<String>) {
        lines.push(String::new());
        lines.push(format!("Route: {}", self.route));
        lines.extend(self.explanation.map(|e| format!("Toelichting: {e}")));
        lines.extend(self.also_line());
        lines.push(String::new());
        lines.push("Antwoorden:".into());
        lines.extend(self.answers.iter().map(|a| format!("- {a}")));
        if !self.open_checks.is_empty() {
            lines.push(String::new());
            lines.push("Nog na te gaan:".into());
            lines.extend(self.open_checks.iter().map(|c| format!("- {c}")));
        }
        let patient: Vec<String> = self
            .dimensions_line()
            .into_iter()
            .chain(self.wish_line())
            .collect();
        if !patient.is_empty() {
            lines.push(String::new());
            lines.extend(patient);
        }
        lines.push(String::new());
        lines.push(self.consent_line());
        lines.extend(self.organisation_line());
        lines.extend(self.icpc_line());
    }

    /// A VIPLive note: one `label: value` line each, no blank lines, lists on one line.
    fn note(&self, lines: &mut Vec<String>) {
        lines.push(format!("Route: {}", self.route));
        lines.extend(self.explanation.map(|e| format!("Toelichting: {e}")));
        lines.extend(self.also_line());
        lines.push(format!("Antwoorden: {}", self.answers.join("; ")));
        if !self.open_checks.is_empty() {
            lines.push(format!("Nog na te gaan: {}", self.open_checks.join(" ")));
        }
        lines.extend(self.dimensions_line());
        lines.extend(self.wish_line());
        lines.push(self.consent_line());
        lines.extend(self.organisation_line());
        lines.extend(self.icpc_line());
    }

    /// The HIS journal in SOEP form: S (what the patient wants and why), O (the answers),
    /// E (the route and its ICPC code), P (the referral via the channel, consent, what to check).
    fn journal(&self, lines: &mut Vec<String>) {
        let subjective = self
            .wish_line()
            .into_iter()
            .chain(self.dimensions_line())
            .chain([format!("{}: {}", MONITORING_LABELS[3], self.monitoring[3])]);
        lines.push(format!("S: {}", sentences(subjective)));
        lines.push(format!("O: {}", self.answers.join("; ")));
        let evaluation = [format!("Route: {}", self.route)]
            .into_iter()
            .chain(self.explanation.map(|e| format!("Toelichting: {e}")))
            .chain(self.also_line())
            .chain(self.icpc_line());
        lines.push(format!("E: {}", sentences(evaluation)));
        let referral = (!self.via_channel.is_empty()).then(|| {
            format!(
                "Verwijzing via {}: {}",
                self.channel,
                self.via_channel.join("; ")
            )
        });
        let open_checks = (!self.open_checks.is_empty())
            .then(|| format!("Nog na te gaan: {}", self.open_checks.join(" ")));
        let plan = referral
            .into_iter()
            .chain(self.organisation_line())
            .chain([self.consent_line()])
            .chain(open_checks);
        lines.push(format!("P: {}", sentences(plan)));
    }
}

/// The last line of every layout: which content produced the text, so a coach who receives
/// the referral can tell (the pack's version and date, its base, and its fingerprint; decision
/// 58).
pub fn source_line(pack: &Pack) -> String {
    format!(
        "Bron: Verwijswijzer, regio {}, pakket {} van {} (basis {}), inhoud {}",
        pack.region.name,
        pack.region.version,
        pack.region.date,
        pack.base_version,
        pack.fingerprint
    )
}

/// The answer to the age question (the one with an option for under-18s), in words.
fn age_group<'a>(pack: &'a Pack, walk: &'a Walk) -> &'a str {
    pack.questions
        .iter()
        .find(|(_, q)| q.options.iter().any(|o| o.youth))
        .and_then(|(id, question)| {
            walk.step(id)
                .map(|step| pack.answer_label(question, &step.answer))
        })
        .unwrap_or(NOT_ASKED)
}

/// Parts as sentences on one line: each ends with a full stop unless it ends in one already.
fn sentences(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .map(|part| {
            if part.ends_with(['.', '!', '?']) {
                part
            } else {
                format!("{part}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
