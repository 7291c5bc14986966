//! Training mode: the region's cases, one case worked through with the real flow, and the
//! feedback that compares the trainee's answers with the expected ones.

use crate::focus::use_focus_when_changed;
use std::rc::Rc;
use verwijswijzer::consult::Screen;
use verwijswijzer::engine::{AnswerCode, CaseComparison, Pack, RouteId, TrainingCase};
use verwijswijzer::session::{Session, SessionAction};
use yew::prelude::*;

#[derive(Properties)]
pub struct TrainingViewProps {
    /// Compared by pointer: every action makes a new session.
    pub session: Rc<Session>,
    pub dispatch: Callback<SessionAction>,
    /// The consult screen of the case (its questions or its outcome).
    pub children: Html,
}

impl PartialEq for TrainingViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.dispatch == other.dispatch
            && self.children == other.children
    }
}

#[component]
pub fn TrainingView(props: &TrainingViewProps) -> Html {
    let session = &props.session;
    let dispatch = &props.dispatch;
    let heading = use_node_ref();
    let case_id = session.run.as_ref().map(|run| run.case.clone());
    use_focus_when_changed(heading.clone(), case_id.clone());
    let (tried, right) = session.score();
    let score = (tried > 0).then(|| html! {
        <p class="training-score" data-testid="training-score">
            { format!("Deze sessie: {right} van {tried} {} helemaal goed.", if tried == 1 { "casus" } else { "casussen" }) }
            <span class="muted">{ " De score staat alleen in dit tabblad en is weg als u het sluit." }</span>
        </p>
    });
    let banner = html! {
        <p class="training-banner" role="note" data-testid="training-banner">
            <strong>{ "Oefenen." }</strong>
            { " Dit zijn verzonnen patiënten. Wat u hier kopieert of afdrukt, is geen echte verwijzing." }
        </p>
    };

    let Some(run) = &session.run else {
        let pack = &session.consult.pack;
        return html! {
            <section class="card training" aria-labelledby="training-title" data-testid="training-list">
                { banner }
                <h2 id="training-title" tabindex="-1" ref={heading}>{ format!("Oefencasussen, regio {}", pack.region.name) }</h2>
                <p class="lead">
                    { "Kies een casus. U leest het verhaal van de patiënt en beantwoordt de vragen zoals u dat in het spreekuur zou doen. Daarna ziet u per vraag wat de verwachte keuze was, en waarom." }
                </p>
                { score }
                if pack.training.is_empty() {
                    <p>{ "Voor deze regio zijn nog geen oefencasussen." }</p>
                }
                <ol class="case-list">
                    { for pack.training.iter().map(|case| case_item(case, session, dispatch)) }
                </ol>
            </section>
        };
    };

    let consult = &run.consult;
    let pack = &consult.pack;
    let Some(case) = pack.training_case(&run.case) else {
        return Html::default();
    };
    let back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(SessionAction::EndCase))
    };
    let next_case = pack
        .training
        .iter()
        .skip_while(|c| c.id != case.id)
        .nth(1)
        .map(|next| {
            let dispatch = dispatch.clone();
            let id = next.id.clone();
            html! {
                <button type="button" class="button primary" data-testid="next-case"
                    onclick={Callback::from(move |_| dispatch.emit(SessionAction::StartCase(id.clone())))}>
                    { "Volgende casus" }
                </button>
            }
        });
    let facts = [
        case.gemeente
            .as_ref()
            .and_then(|g| pack.gemeente(g))
            .map(|g| format!("Gemeente: {}", g.name)),
        case.referrer
            .as_ref()
            .and_then(|r| pack.referrer_types.iter().find(|t| &t.id == r))
            .map(|r| format!("Verwijzer: {}", r.label)),
    ];
    let feedback = (consult.screen() == Screen::Outcome).then(|| {
        let comparison = case.compare(pack, &consult.walk);
        html! { <Feedback ..FeedbackProps::new(pack, &comparison, session) /> }
    });
    html! {
        <>
            <section class="card training case" aria-labelledby="case-title" data-testid="training-case" data-case={case.id.to_string()}>
                { banner }
                <p class="eyebrow">{ format!("Oefencasus {}", case.id) }</p>
                <h2 id="case-title" tabindex="-1" ref={heading}>{ &case.title }</h2>
                <p class="case-story" data-testid="case-story">{ &case.story }</p>
                <p class="muted">{ facts.into_iter().flatten().collect::<Vec<_>>().join(" · ") }</p>
                <div class="actions">
                    <button type="button" class="button secondary" data-testid="case-list" onclick={back}>{ "Andere casus kiezen" }</button>
                </div>
            </section>
            // At the outcome the comparison comes first: it is what the session discusses.
            if let Some(feedback) = feedback {
                { feedback }
                <div class="actions">
                    { for next_case }
                </div>
                { score }
            }
            { props.children.clone() }
        </>
    }
}

fn case_item(case: &TrainingCase, session: &Session, dispatch: &Callback<SessionAction>) -> Html {
    let start = {
        let dispatch = dispatch.clone();
        let id = case.id.clone();
        Callback::from(move |_| dispatch.emit(SessionAction::StartCase(id.clone())))
    };
    let done = session
        .results
        .iter()
        .rev()
        .find(|r| r.case == case.id && r.region == session.consult.pack.region.id);
    html! {
        <li class="case-item" data-testid={format!("case-{}", case.id)}>
            <h3>{ &case.title }</h3>
            <div class="actions">
                <button type="button" class="button primary" onclick={start}
                    // The visible words first, so speech input ("klik Oefen deze casus") finds it.
                    aria-label={format!("Oefen deze casus: {} ({})", case.title, case.id)}>
                    { "Oefen deze casus" }
                </button>
                if let Some(result) = done {
                    <span class={classes!("case-result", result.all_correct.then_some("right"))}>
                        { if result.all_correct { "Gedaan: helemaal goed" } else { "Gedaan: bekijk de verschillen nog eens" } }
                    </span>
                }
            </div>
        </li>
    }
}

/// One row of the feedback table, in words.
#[derive(Clone, PartialEq)]
struct FeedbackRow {
    question: String,
    expected: String,
    given: String,
    same: bool,
    /// The teaching point, or the question's help when the case has none for it.
    explanation: Option<String>,
}

#[derive(Clone, PartialEq, Properties)]
struct FeedbackProps {
    rows: Vec<FeedbackRow>,
    expected_route: String,
    given_route: String,
    route_same: bool,
    all_correct: bool,
    /// The address that restores this case with these answers.
    share: String,
}

impl FeedbackProps {
    fn new(pack: &Pack, comparison: &CaseComparison, session: &Session) -> Self {
        let label = |question: &verwijswijzer::engine::QuestionId, code: Option<&AnswerCode>| match (
            pack.question(question),
            code,
        ) {
            (Some(q), Some(code)) => pack.answer_label(q, code).to_owned(),
            _ => "niet gevraagd".to_owned(),
        };
        let rows = comparison
            .rows
            .iter()
            .map(|row| {
                let same = row.expected == row.given;
                let help = pack
                    .question(row.question)
                    .map(|q| format!("Uitleg bij de vraag: {}", q.help));
                FeedbackRow {
                    question: pack
                        .question(row.question)
                        .map_or_else(|| row.question.to_string(), |q| q.short.clone()),
                    expected: label(row.question, row.expected),
                    given: label(row.question, row.given),
                    same,
                    explanation: match row.teaching {
                        Some(teaching) => Some(teaching.to_owned()),
                        None if !same => help,
                        None => None,
                    },
                }
            })
            .collect();
        let titles = |primary: Option<&RouteId>, also: &[RouteId]| {
            let mut titles: Vec<&str> = primary.map(|r| pack.route_title(r)).into_iter().collect();
            titles.extend(also.iter().map(|r| pack.route_title(r)));
            titles.join(" + ")
        };
        let walk = &session.active().walk;
        let share = session.share_link().map_or_else(String::new, |link| {
            let location = gloo_utils::window().location();
            let page = location.href().unwrap_or_default();
            let page = page.split('#').next().unwrap_or_default().to_owned();
            format!("{page}{}", link.to_fragment())
        });
        Self {
            rows,
            expected_route: titles(Some(comparison.expected_route), comparison.expected_also),
            given_route: titles(walk.primary.as_ref(), &walk.also),
            route_same: comparison.route_matches && comparison.also_matches,
            all_correct: comparison.all_correct(),
            share,
        }
    }
}

#[component]
fn Feedback(props: &FeedbackProps) -> Html {
    let mark = |same: bool| if same { "✓ gelijk" } else { "✗ anders" };
    // Shown when the case reaches its outcome: the trainee lands on the comparison.
    let heading = use_node_ref();
    use_focus_when_changed(heading.clone(), ());
    html! {
        <section class="card feedback" aria-labelledby="feedback-title" data-testid="feedback">
            <h2 id="feedback-title" tabindex="-1" ref={heading}>{ "Vergelijking met de verwachte keuzes" }</h2>
            <p class={classes!("feedback-verdict", props.all_correct.then_some("right"))} data-testid="feedback-verdict">
                { if props.all_correct {
                    "Helemaal goed: dezelfde antwoorden en dezelfde route als verwacht."
                } else {
                    "Er zijn verschillen met de verwachte keuzes. Lees hieronder waarom."
                } }
            </p>
            <dl class="facts">
                <dt>{ "Verwachte route" }</dt>
                <dd data-testid="expected-route">{ &props.expected_route }</dd>
                <dt>{ "Uw route" }</dt>
                <dd data-testid="given-route">{ format!("{} ({})", props.given_route, mark(props.route_same)) }</dd>
            </dl>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Antwoorden per vraag">
                <table class="feedback-table">
                    <caption class="visually-hidden">{ "Per vraag: het verwachte antwoord, uw antwoord en de uitleg" }</caption>
                    <thead>
                        <tr><th scope="col">{ "Vraag" }</th><th scope="col">{ "Verwacht" }</th><th scope="col">{ "Uw antwoord" }</th><th scope="col">{ "Uitleg" }</th></tr>
                    </thead>
                    <tbody>
                        { for props.rows.iter().map(|row| html! {
                            <tr class={classes!((!row.same).then_some("differs"))} data-testid="feedback-row" data-same={row.same.to_string()}>
                                <th scope="row">{ &row.question }</th>
                                <td>{ &row.expected }</td>
                                <td>{ format!("{} ({})", row.given, mark(row.same)) }</td>
                                <td>{ row.explanation.clone().unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if !props.share.is_empty() {
                <p class="share">
                    <a href={props.share.clone()} data-testid="share-link">{ "Link naar deze casus met deze antwoorden" }</a>
                    <span class="muted">{ " (voor de trainer: de link bevat alleen het nummer van de casus en de gekozen antwoorden)" }</span>
                </p>
            }
        </section>
    }
}
