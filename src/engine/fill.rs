//! A pack's texts as a reader sees them: placeholders filled in for the chosen gemeente, route
//! titles and answers in words. Shared by the app, the referral text and the CLI.

use super::evaluate::Step;
use super::ids::RouteId;
use super::model::{Gemeente, Pack};

impl Pack {
    /// The organisation as a sentence may name it. An organisation the pack does not know yet
    /// is never shown as a placeholder: the reader is sent to the gemeente's sociale kaart.
    pub fn organisation_name(&self, gemeente: Option<&Gemeente>) -> String {
        match gemeente {
            Some(g) => match g.known_organisation() {
                Some(name) => name.to_owned(),
                None => format!(
                    "de welzijnsorganisatie in {} (zie de sociale kaart van de gemeente)",
                    g.name
                ),
            },
            None => "de welzijnsorganisatie in de gemeente van de patiënt".to_owned(),
        }
    }

    /// Fills `{kanaal}`, `{organisatie}` and the other placeholders of a text for the referrer.
    pub fn fill_in(&self, gemeente: Option<&Gemeente>, text: &str) -> String {
        self.fill(gemeente, text, &self.organisation_name(gemeente))
    }

    /// Fills a text the patient reads: without a chosen gemeente it speaks of "uw gemeente",
    /// not of "de patiënt".
    pub fn fill_in_for_patient(&self, gemeente: Option<&Gemeente>, text: &str) -> String {
        let organisation = match gemeente {
            Some(_) => self.organisation_name(gemeente),
            None => "de welzijnsorganisatie in uw gemeente".to_owned(),
        };
        self.fill(gemeente, text, &organisation)
    }

    fn fill(&self, gemeente: Option<&Gemeente>, text: &str, organisation: &str) -> String {
        let region = &self.region;
        let gemeente_name = gemeente.map_or("de gemeente van de patiënt", |g| g.name.as_str());
        text.replace("{kanaal}", region.channel.name())
            .replace("{kanaal_stappen}", &region.channel_steps)
            .replace("{organisatie}", organisation)
            .replace("{gemeente}", gemeente_name)
            .replace("{icpc}", &region.icpc)
            .replace("{contactnorm}", &region.contact_norm.target)
    }

    /// The route's title, or its id when the pack lacks it (which the checker prevents).
    pub fn route_title<'a>(&'a self, route: &'a RouteId) -> &'a str {
        self.route(route)
            .map_or(route.as_str(), |r| r.title.as_str())
    }

    /// One answer in words, e.g. "Acuut gevaar: Nee".
    pub fn answer_line(&self, step: &Step) -> Option<String> {
        let question = self.question(&step.question)?;
        Some(format!(
            "{}: {}",
            question.short,
            self.answer_label(question, &step.answer)
        ))
    }
}
