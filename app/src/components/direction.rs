//! "Richting nu": where the answers point, live, with a progress bar.

use verwijswijzer::consult::Consult;
use yew::prelude::*;

/// The most routes "richting nu" names one by one.
const MAX_LISTED: usize = 4;

#[derive(Properties, PartialEq, Clone)]
pub struct DirectionProps {
    /// Where the answers point, e.g. "nog open: GLI of Welzijn op Recept".
    pub text: AttrValue,
    pub provisional: bool,
    pub answered: usize,
    /// Questions answered plus the most that may still come.
    pub total: usize,
}

impl DirectionProps {
    /// The direction of this consult as it is now.
    pub fn for_consult(consult: &Consult) -> Self {
        let pack = &consult.pack;
        let walk = &consult.walk;
        let outlook = consult.outlook();
        let answered = walk.path.len();
        // Once the primary is known the outlook counts nothing; a pending add-on is still one more.
        let total = answered
            + outlook
                .most_questions_left
                .max(usize::from(walk.next.is_some()));
        let text = match &walk.primary {
            Some(primary) => {
                let mut text = pack.route_title(primary).to_owned();
                if !walk.also.is_empty() {
                    let also: Vec<&str> = walk.also.iter().map(|r| pack.route_title(r)).collect();
                    text.push_str(&format!(", ook overwegen: {}", also.join(", ")));
                }
                text
            }
            None if outlook.primaries.len() == 1 => outlook
                .primaries
                .iter()
                .map(|r| pack.route_title(r))
                .collect(),
            // Early on nearly every route is possible; a long list says less than a count.
            None if outlook.primaries.len() > MAX_LISTED => {
                format!("nog open: {} routes mogelijk", outlook.primaries.len())
            }
            None => {
                let titles: Vec<&str> = outlook
                    .primaries
                    .iter()
                    .map(|r| pack.route_title(r))
                    .collect();
                format!("nog open: {}", titles.join(" of "))
            }
        };
        Self {
            text: text.into(),
            provisional: walk.provisional,
            answered,
            total,
        }
    }
}

#[component]
pub fn Direction(props: &DirectionProps) -> Html {
    let answered = props.answered;
    let provisional = props
        .provisional
        .then(|| html! { <span class="badge">{ "voorlopig" }</span> });
    html! {
        <section class="panel direction" aria-labelledby="direction-title">
            <h2 id="direction-title">{ "Richting nu" }</h2>
            <p aria-live="polite" data-testid="direction">{ &props.text }{ " " }{ for provisional }</p>
            <label class="progress-label">
                <span>{ if answered == 1 { "1 vraag beantwoord".to_owned() } else { format!("{answered} vragen beantwoord") } }</span>
                <progress max={props.total.max(1).to_string()} value={answered.to_string()} />
            </label>
        </section>
    }
}
