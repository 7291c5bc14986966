//! The personal-data detectors of the wish field, from outside: table cases for every kind,
//! the 11-proef, and properties over generated BSNs, phone numbers and arbitrary text.
//! (The example e-mail addresses are made up.)

use PiiKind::*;
use proptest::prelude::*;
use verwijswijzer::privacy::*;

/// The hits as (kind, matched text), which reads better in a table than byte offsets.
fn found(text: &str) -> Vec<(PiiKind, &str)> {
    detect(text)
        .into_iter()
        .map(|hit| (hit.kind, &text[hit.start..hit.end]))
        .collect()
}

#[test]
fn table_of_examples() {
    let cases: &[(&str, &[(PiiKind, &str)])] = &[
        // BSN
        ("bsn 111222333 graag", &[(Bsn, "111222333")]),
        ("BSN: 123456782.", &[(Bsn, "123456782")]),
        ("nr 1234.56.782 bekend", &[(Bsn, "1234.56.782")]),
        ("nr 123 456 782", &[(Bsn, "123 456 782")]),
        ("nr 123-456-782", &[(Bsn, "123-456-782")]),
        ("nr 123456789 faalt de 11-proef", &[]),
        ("1234567820 is te lang", &[]),
        ("nr 123.456 782 mengt scheidingstekens", &[]),
        // Geboortedatum
        ("geboren 12-03-1985", &[(Geboortedatum, "12-03-1985")]),
        ("geb. 1/3/1950", &[(Geboortedatum, "1/3/1950")]),
        ("geb. 12.03.85", &[(Geboortedatum, "12.03.85")]),
        ("geb. 1985-03-12", &[(Geboortedatum, "1985-03-12")]),
        ("geboren 12 maart 1985", &[(Geboortedatum, "12 maart 1985")]),
        (
            "geboren 3 Jan. 1950 in Delft",
            &[(Geboortedatum, "3 Jan. 1950")],
        ),
        ("geboren 3 OKT 2001", &[(Geboortedatum, "3 OKT 2001")]),
        ("32-01-1985 en 12-13-1985 en 12-03-1850", &[]),
        ("sinds 3 maanden klachten", &[]),
        ("sinds 3 maart klachten", &[]),
        ("2 keer per week, 2 x per week", &[]),
        // Telefoonnummer
        ("bel 0612345678", &[(Telefoonnummer, "0612345678")]),
        (
            "bel 06-12345678 na vijven",
            &[(Telefoonnummer, "06-12345678")],
        ),
        ("bel 06 1234 5678", &[(Telefoonnummer, "06 1234 5678")]),
        ("bel 010-1234567", &[(Telefoonnummer, "010-1234567")]),
        ("bel 06 - 1234 5678", &[(Telefoonnummer, "06 - 1234 5678")]),
        (
            "bel (010) 123 45 67",
            &[(Telefoonnummer, "(010) 123 45 67")],
        ),
        ("bel +31 6 12345678", &[(Telefoonnummer, "+31 6 12345678")]),
        ("bel +31612345678", &[(Telefoonnummer, "+31612345678")]),
        ("bel 0031612345678", &[(Telefoonnummer, "0031612345678")]),
        (
            "bel +31 (0)20 123 4567",
            &[(Telefoonnummer, "+31 (0)20 123 4567")],
        ),
        ("bij crisis 113 bellen", &[]),
        ("06123456789 heeft een cijfer te veel", &[]),
        (
            "afspraak 01-02-2023 10 uur",
            &[(Geboortedatum, "01-02-2023")],
        ),
        // Email
        (
            "mail assistent.oost@praktijk-oost.nl.",
            &[(Email, "assistent.oost@praktijk-oost.nl")],
        ),
        ("via rené@voorbeeld.com", &[(Email, "rené@voorbeeld.com")]),
        ("mail jan@localhost of @twitter", &[]),
        ("mail jan@voorbeeld.n", &[]),
        // PostcodeHuisnummer
        ("woont 2611 AB 12", &[(PostcodeHuisnummer, "2611 AB 12")]),
        ("woont 2611AB 12a", &[(PostcodeHuisnummer, "2611AB 12a")]),
        ("woont 2611AB, 7", &[(PostcodeHuisnummer, "2611AB, 7")]),
        (
            "Kerkstraat 12, 2611 AB Delft",
            &[(PostcodeHuisnummer, "2611 AB")],
        ),
        ("1234 SA 5 is geen postcode", &[]),
        ("0611 AB 5 is geen postcode", &[]),
        ("paracetamol 1000 mg 4 dd", &[]),
        // Gewone klinische tekst
        ("BMI 31, 65 jaar, Z68, 24 maanden", &[]),
        ("5 werkdagen, 10 minuten, sinds 2019", &[]),
        ("wens: praten met een psycholoog, 1-2 x per week", &[]),
        ("", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(found(text), *expected, "text: {text:?}");
    }
}

#[test]
fn eleven_test() {
    for valid in ["111222333", "123456782", "020000005", "20000005"] {
        assert!(is_valid_bsn(valid), "{valid} should pass");
    }
    let invalid = [
        "123456789",   // sum not divisible by 11
        "000000000",   // sum 0
        "000000012",   // 1*2 - 2 = 0
        "12345678a",   // not all digits
        "1234567",     // too short
        "1234567820",  // too long
        "123 456 782", // separators belong to the text, not the number
        "",
    ];
    for bad in invalid {
        assert!(!is_valid_bsn(bad), "{bad:?} should fail");
    }
}

#[test]
fn kinds_are_distinct_and_sorted() {
    let text = "bel 0612345678 of 0201234567, geboren 12-03-1985, bsn 123456782";
    assert_eq!(kinds(text), vec![Bsn, Geboortedatum, Telefoonnummer]);
}

#[test]
fn every_kind_has_a_label_and_a_warning() {
    for kind in [
        Bsn,
        Geboortedatum,
        Telefoonnummer,
        Email,
        PostcodeHuisnummer,
    ] {
        assert!(kind.warning().starts_with("Dit lijkt op een "));
        assert!(!kind.label().is_empty());
    }
}

fn lowercase_words() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{1,8}", 0..4).prop_map(|words| words.join(" "))
}

/// Puts `needle` between two runs of words and returns the text and the needle's span.
fn embed(before: &str, needle: &str, after: &str) -> (String, usize, usize) {
    let text = format!("{before} {needle} {after}");
    let start = before.len() + 1;
    (text, start, start + needle.len())
}

fn digits_to_string(digits: &[u8]) -> String {
    digits
        .iter()
        .map(|digit| char::from(b'0' + digit))
        .collect()
}

proptest! {
    #[test]
    fn generated_valid_bsn_is_detected(
        first_eight in prop::collection::vec(0u8..10, 8),
        layout in 0usize..3,
        separator in prop::sample::select(vec!['.', ' ', '-']),
        before in lowercase_words(),
        after in lowercase_words(),
    ) {
        let weighted: u32 = first_eight
            .iter()
            .zip((2..=9).rev())
            .map(|(&digit, weight)| u32::from(digit) * weight)
            .sum();
        // The check digit must equal the weighted sum modulo 11; 10 cannot be written.
        let check_digit = weighted % 11;
        prop_assume!(check_digit < 10);
        let mut digits = first_eight;
        digits.push(check_digit as u8);
        let plain = digits_to_string(&digits);
        prop_assume!(is_valid_bsn(&plain));
        let needle = match layout {
            0 => plain.clone(),
            1 => [&plain[..4], &plain[4..6], &plain[6..]].join(&separator.to_string()),
            _ => [&plain[..3], &plain[3..6], &plain[6..]].join(&separator.to_string()),
        };
        let (text, start, end) = embed(&before, &needle, &after);
        let hits = detect(&text);
        prop_assert!(hits.contains(&PiiHit { kind: Bsn, start, end }), "{text:?}: {hits:?}");
    }

    #[test]
    fn generated_mobile_number_is_detected(
        subscriber in prop::collection::vec(0u8..10, 8),
        layout in 0usize..6,
        before in lowercase_words(),
        after in lowercase_words(),
    ) {
        let s = digits_to_string(&subscriber);
        let needle = match layout {
            0 => format!("06{s}"),
            1 => format!("06-{s}"),
            2 => format!("06 {} {}", &s[..4], &s[4..]),
            3 => format!("06 {} {} {} {}", &s[..2], &s[2..4], &s[4..6], &s[6..]),
            4 => format!("+316{s}"),
            _ => format!("+31 6 {s}"),
        };
        let (text, start, end) = embed(&before, &needle, &after);
        let hits = detect(&text);
        prop_assert!(hits.contains(&PiiHit { kind: Telefoonnummer, start, end }), "{text:?}: {hits:?}");
    }

    #[test]
    fn lowercase_words_have_no_hits(text in "[a-z ]{0,80}") {
        prop_assert_eq!(detect(&text), vec![]);
    }

    #[test]
    fn arbitrary_text_gives_sorted_hits_on_char_boundaries(text in ".*") {
        assert_hits_are_well_formed(&text)?;
    }

    #[test]
    fn number_heavy_text_gives_sorted_hits_on_char_boundaries(
        // Plain ".*" rarely produces digits; this alphabet reaches every pattern.
        text in "[0-9 .,/()+@A-Za-zéë-]{0,40}",
    ) {
        assert_hits_are_well_formed(&text)?;
    }
}

fn assert_hits_are_well_formed(text: &str) -> Result<(), TestCaseError> {
    let hits = detect(text);
    for hit in &hits {
        prop_assert!(
            hit.start < hit.end && hit.end <= text.len(),
            "{hit:?} in {text:?}"
        );
        prop_assert!(text.is_char_boundary(hit.start) && text.is_char_boundary(hit.end));
    }
    prop_assert!(hits.windows(2).all(|pair| pair[0].start <= pair[1].start));
    Ok(())
}
