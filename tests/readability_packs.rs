//! The patient texts of every bundled pack are easy Dutch: a Flesch-Douma reading ease of at
//! least 65 on average and no text under 50 (see `src/readability.rs`).
//!
//! **What one "text" is.** One text is what a patient reads as one unit:
//!
//! - a route's whole "wat kunt u verwachten" handout for one audience: all its `expect` lines
//!   joined with a space, for adults (`expect`) and, when the route has its own
//!   `youth.expect`, for under-18s too (a route without one shows youth the adult text, so
//!   that is not a second text);
//! - a pack's crisis box: all `safety.crisis` lines joined with a space.
//!
//! Placeholders ({organisatie}, {contactnorm}, ...) are filled in first with
//! `summary::pack.fill_in_for_patient(None, line)` (no gemeente chosen), so the score is of the words the
//! patient really sees. Texts that come out identical in several packs (most routes come from
//! `base.toml` unchanged) count once, under the first pack in `BUNDLED` order, with the other
//! packs listed beside it; the mean is over these distinct texts.
//!
//! `cargo test --test readability_packs -- --nocapture` (or `scripts/readability.sh`) prints the
//! five worst texts, the mean and the minimum; with `READABILITY_ALL=1` it lists every text.
//! "volwassene" marks a route's `expect`, "jongere" its `youth.expect`; the `youth` route's own
//! `expect` is for young people, though it is listed as "volwassene".

use verwijswijzer::packs::BUNDLED;
use verwijswijzer::readability::flesch_douma;

const MIN_MEAN: f64 = 65.0;
const MIN_EACH: f64 = 50.0;

/// One distinct patient text and where it is read.
struct Text {
    packs: Vec<&'static str>,
    route: String,
    audience: &'static str,
    text: String,
    score: f64,
}

fn patient_texts() -> Vec<Text> {
    let mut texts: Vec<Text> = Vec::new();
    for bundled in BUNDLED {
        let pack = bundled
            .load()
            .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", bundled.region));
        let join = |lines: &[String]| {
            lines
                .iter()
                .map(|line| pack.fill_in_for_patient(None, line))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut found: Vec<(String, &'static str, String)> = Vec::new();
        for (id, route) in &pack.routes {
            found.push((id.as_str().to_owned(), "volwassene", join(&route.expect)));
            if let Some(expect) = route.youth.as_ref().and_then(|y| y.expect.as_ref()) {
                found.push((id.as_str().to_owned(), "jongere", join(expect)));
            }
        }
        found.push((
            "safety.crisis".to_owned(),
            "iedereen",
            join(&pack.safety.crisis),
        ));
        for (route, audience, text) in found {
            match texts
                .iter_mut()
                .find(|t| t.route == route && t.audience == audience && t.text == text)
            {
                Some(seen) => seen.packs.push(bundled.region),
                None => {
                    let score = flesch_douma(&text).score;
                    texts.push(Text {
                        packs: vec![bundled.region],
                        route,
                        audience,
                        text,
                        score,
                    });
                }
            }
        }
    }
    texts.sort_by(|a, b| a.score.total_cmp(&b.score));
    texts
}

fn row(t: &Text) -> String {
    let start: String = t.text.chars().take(60).collect();
    format!(
        "{:>6.1}  {:<38} {:<20} {:<10} {start}",
        t.score,
        t.packs.join(","),
        t.route,
        t.audience
    )
}

#[test]
fn patient_texts_are_easy_dutch() {
    let texts = patient_texts();
    assert!(!texts.is_empty(), "geen patiëntteksten gevonden");
    let mean = texts.iter().map(|t| t.score).sum::<f64>() / texts.len() as f64;
    let worst = &texts[0];

    println!(
        "Flesch-Douma van de patiëntteksten ({} verschillende teksten)",
        texts.len()
    );
    println!(
        "{:>6}  {:<38} {:<20} {:<10} begin",
        "score", "pakket", "route", "doelgroep"
    );
    for t in texts
        .iter()
        .take(if std::env::var_os("READABILITY_ALL").is_some() {
            99
        } else {
            5
        })
    {
        println!("{}", row(t));
    }
    println!(
        "gemiddelde {mean:.1} (minstens {MIN_MEAN}), minimum {:.1} (minstens {MIN_EACH})",
        worst.score
    );

    let too_hard: Vec<String> = texts
        .iter()
        .filter(|t| t.score < MIN_EACH)
        .map(row)
        .collect();
    assert!(
        mean >= MIN_MEAN && too_hard.is_empty(),
        "gemiddelde {mean:.1} (minstens {MIN_MEAN}); teksten onder {MIN_EACH}:\n{}",
        if too_hard.is_empty() {
            "(geen)".to_owned()
        } else {
            too_hard.join("\n")
        }
    );
}
