//! The small calculators beside a question: BMI for the GLI question, and the verdict of the
//! three fall screening questions. Pure, so the ranges and messages are unit-tested.

/// Plausible adult lengths and weights; outside them the referrer is asked to check the input.
pub const LENGTH_CM: (f64, f64) = (100.0, 250.0);
pub const WEIGHT_KG: (f64, f64) = (30.0, 300.0);

/// The GLI's BMI thresholds (Zorgstandaard Obesitas, as insurers apply it): from this BMI the
/// GLI fits on its own ...
pub const GLI_BMI: f64 = 30.0;
/// ... and from this BMI only with a large waist or a weight-related disease.
pub const GLI_BMI_WITH_RISK: f64 = 25.0;

/// What the BMI helper shows.
#[derive(Debug, Clone, PartialEq)]
pub enum BmiResult {
    /// Nothing (or only one field) typed yet.
    Incomplete,
    /// A kind Dutch message about what to change.
    Refused(String),
    Computed {
        bmi: f64,
        advice: String,
    },
}

/// Computes BMI from length (cm, or metres such as "1,75") and weight (kg) as typed.
pub fn bmi(length: &str, weight: &str) -> BmiResult {
    if length.trim().is_empty() || weight.trim().is_empty() {
        return BmiResult::Incomplete;
    }
    let Some(mut length_cm) = number(length) else {
        return BmiResult::Refused(
            "Vul de lengte in als getal, bijvoorbeeld 172 (cm) of 1,72 (m).".into(),
        );
    };
    let Some(weight_kg) = number(weight) else {
        return BmiResult::Refused(
            "Vul het gewicht in als getal in kilo's, bijvoorbeeld 84 of 84,5.".into(),
        );
    };
    // A length under 3 can only be metres: 1,72 m is meant, not 1,72 cm.
    if length_cm < 3.0 {
        length_cm *= 100.0;
    }
    if !(LENGTH_CM.0..=LENGTH_CM.1).contains(&length_cm) {
        return BmiResult::Refused(format!(
            "Een lengte van {} cm kan niet kloppen. Vul een lengte in tussen {} en {} cm.",
            tenths(length_cm),
            tenths(LENGTH_CM.0),
            tenths(LENGTH_CM.1)
        ));
    }
    if !(WEIGHT_KG.0..=WEIGHT_KG.1).contains(&weight_kg) {
        return BmiResult::Refused(format!(
            "Een gewicht van {} kg kan niet kloppen. Vul een gewicht in tussen {} en {} kg.",
            tenths(weight_kg),
            tenths(WEIGHT_KG.0),
            tenths(WEIGHT_KG.1)
        ));
    }
    let metres = length_cm / 100.0;
    let bmi = weight_kg / (metres * metres);
    let (high, low) = (tenths(GLI_BMI), tenths(GLI_BMI_WITH_RISK));
    let advice = if bmi >= GLI_BMI {
        format!("BMI {high} of hoger: de GLI past als de patiënt gemotiveerd is.")
    } else if bmi >= GLI_BMI_WITH_RISK {
        format!(
            "BMI {low} tot {high}: de GLI past alleen bij een grote buikomvang (vrouw 88 cm of meer, man 102 cm of meer) of een ziekte die erbij hoort, en als de patiënt gemotiveerd is."
        )
    } else {
        format!("BMI onder {low}: de GLI past niet.")
    };
    BmiResult::Computed { bmi, advice }
}

/// BMI with one decimal and a Dutch decimal comma, e.g. "31,2".
pub fn format_bmi(bmi: f64) -> String {
    tenths(bmi)
}

/// A number rounded to one decimal, Dutch style ("28,4", "175"). Integer arithmetic keeps
/// Rust's float formatting (some 10 KB of wasm) out of the app.
fn tenths(value: f64) -> String {
    let scaled = (value * 10.0).round() as i64;
    let (whole, tenth) = (scaled / 10, (scaled % 10).abs());
    let sign = if scaled < 0 && whole == 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole},{tenth}")
    }
}

fn number(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}

/// The fall screening verdict: any yes means a raised risk; all no means none; else not yet.
pub fn fall_screening_verdict(answers: &[Option<bool>; 3]) -> Option<bool> {
    if answers.contains(&Some(true)) {
        Some(true)
    } else if answers.iter().all(|a| *a == Some(false)) {
        Some(false)
    } else {
        None
    }
}

/// The three screening questions of the world falls guideline, in B1 Dutch.
pub const FALL_SCREENING_QUESTIONS: [&str; 3] = [
    "Is de patiënt het afgelopen jaar gevallen?",
    "Is de patiënt bang om te vallen?",
    "Heeft de patiënt moeite met bewegen, lopen of in balans blijven?",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn computed(length: &str, weight: &str) -> f64 {
        match bmi(length, weight) {
            BmiResult::Computed { bmi, .. } => bmi,
            other => panic!("verwacht een BMI voor {length}/{weight}, kreeg {other:?}"),
        }
    }

    #[test]
    fn computes_bmi_from_centimetres_or_metres() {
        assert!((computed("180", "97,2") - 30.0).abs() < 0.01);
        assert!((computed("1,80", "97.2") - 30.0).abs() < 0.01);
        assert_eq!(format_bmi(computed("172", "84")), "28,4");
    }

    #[test]
    fn advice_follows_the_gli_thresholds() {
        let advice = |l, w| match bmi(l, w) {
            BmiResult::Computed { advice, .. } => advice,
            other => panic!("{other:?}"),
        };
        assert!(advice("180", "100").starts_with("BMI 30 of hoger"));
        assert!(advice("180", "85").starts_with("BMI 25 tot 30"));
        assert!(advice("180", "70").starts_with("BMI onder 25"));
    }

    #[test]
    fn refuses_out_of_range_values_kindly() {
        for (length, weight, fragment) in [
            ("17", "80", "lengte van 17 cm kan niet kloppen"),
            ("300", "80", "tussen 100 en 250 cm"),
            ("175", "8", "gewicht van 8 kg kan niet kloppen"),
            ("175", "400", "tussen 30 en 300 kg"),
            ("lang", "80", "Vul de lengte in als getal"),
            ("175", "zwaar", "Vul het gewicht in als getal"),
            ("175", "NaN", "Vul het gewicht in als getal"),
            ("-170", "80", "kan niet kloppen"),
            // 3 is read as centimetres (only below 3 is it metres), and a zero has no minus sign.
            ("3", "80", "lengte van 3 cm kan niet kloppen"),
            ("175", "0", "gewicht van 0 kg kan niet kloppen"),
        ] {
            match bmi(length, weight) {
                BmiResult::Refused(message) => {
                    assert!(message.contains(fragment), "{length}/{weight}: {message}")
                }
                other => panic!("{length}/{weight} had geweigerd moeten worden: {other:?}"),
            }
        }
    }

    #[test]
    fn tenths_are_written_dutch_style() {
        assert_eq!(tenths(28.44), "28,4");
        assert_eq!(tenths(175.0), "175");
        assert_eq!(tenths(-0.5), "-0,5");
        assert_eq!(tenths(-12.0), "-12");
    }

    #[test]
    fn waits_until_both_fields_are_filled() {
        assert_eq!(bmi("", "80"), BmiResult::Incomplete);
        assert_eq!(bmi("175", " "), BmiResult::Incomplete);
    }

    #[test]
    fn any_yes_in_the_fall_screening_means_raised_risk() {
        assert_eq!(
            fall_screening_verdict(&[None, Some(true), None]),
            Some(true)
        );
        assert_eq!(fall_screening_verdict(&[Some(false); 3]), Some(false));
        assert_eq!(
            fall_screening_verdict(&[Some(false), None, Some(false)]),
            None
        );
    }
}
