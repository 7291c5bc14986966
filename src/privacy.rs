//! Spotting personal data in the free-text field "wens van de patiënt".
//!
//! The patient is already known in the referral system, so the wish should never need a
//! BSN, a date of birth, a phone number, an e-mail address or a postcode with house
//! number. This module owns recognising those shapes while the GP types, so the UI can
//! show a short warning under the field. It only warns: it never changes the text.
//!
//! The scanning is hand-written over bytes instead of using the `regex` crate, which
//! would add a large share to the wasm bundle for five small patterns. Matches end on an
//! ASCII byte and start on one too (or, for an e-mail name like "émile", right after a
//! non-word byte), so all reported offsets are char boundaries even when the text
//! contains "é" or "ë".
//!
//! `verwijswijzer pii` prints the kinds found per line, and `scripts/pii-oracle.py` measures
//! them against python-stdnum and phonenumbers (docs/decisions.md, "Tests that can fail").

use std::ops::RangeInclusive;

/// A kind of personal data the free-text field should not contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PiiKind {
    Bsn,
    Geboortedatum,
    Telefoonnummer,
    Email,
    PostcodeHuisnummer,
}

impl PiiKind {
    /// Every kind, in the order `kinds` sorts them.
    pub const ALL: [PiiKind; 5] = [
        PiiKind::Bsn,
        PiiKind::Geboortedatum,
        PiiKind::Telefoonnummer,
        PiiKind::Email,
        PiiKind::PostcodeHuisnummer,
    ];

    /// The stable machine name (`verwijswijzer pii` prints these): the one place the kinds
    /// get a name outside the app's texts.
    pub fn code(self) -> &'static str {
        match self {
            PiiKind::Bsn => "bsn",
            PiiKind::Geboortedatum => "geboortedatum",
            PiiKind::Telefoonnummer => "telefoonnummer",
            PiiKind::Email => "email",
            PiiKind::PostcodeHuisnummer => "postcode_huisnummer",
        }
    }

    /// Short Dutch (B1) warning shown under the field.
    pub fn warning(self) -> &'static str {
        match self {
            PiiKind::Bsn => {
                "Dit lijkt op een BSN. Laat het BSN weg: de patiënt is al bekend in het verwijssysteem."
            }
            PiiKind::Geboortedatum => {
                "Dit lijkt op een geboortedatum. Laat de datum weg: de gegevens van de patiënt staan al in het verwijssysteem."
            }
            PiiKind::Telefoonnummer => {
                "Dit lijkt op een telefoonnummer. Laat het nummer weg: de contactgegevens staan al in het verwijssysteem."
            }
            PiiKind::Email => {
                "Dit lijkt op een e-mailadres. Laat het adres weg: de contactgegevens staan al in het verwijssysteem."
            }
            PiiKind::PostcodeHuisnummer => {
                "Dit lijkt op een adres. Laat de postcode en het huisnummer weg: het adres staat al in het verwijssysteem."
            }
        }
    }

    /// The pattern that finds this kind.
    fn matcher(self) -> Matcher {
        match self {
            PiiKind::Bsn => match_bsn,
            PiiKind::Geboortedatum => match_date,
            PiiKind::Telefoonnummer => match_phone,
            PiiKind::Email => match_email,
            PiiKind::PostcodeHuisnummer => match_postcode,
        }
    }

    /// Short Dutch label for the kind.
    pub fn label(self) -> &'static str {
        match self {
            PiiKind::Bsn => "BSN",
            PiiKind::Geboortedatum => "geboortedatum",
            PiiKind::Telefoonnummer => "telefoonnummer",
            PiiKind::Email => "e-mailadres",
            PiiKind::PostcodeHuisnummer => "postcode met huisnummer",
        }
    }
}

/// One piece of text that looks like personal data; `start..end` are byte offsets into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PiiHit {
    pub kind: PiiKind,
    pub start: usize,
    pub end: usize,
}

/// Tries one pattern at a byte offset and returns where the match ends.
type Matcher = fn(&[u8], usize) -> Option<usize>;

/// All hits, sorted by start, then kind, then end; overlapping hits of different kinds are
/// allowed but the same span is reported once per kind.
pub fn detect(text: &str) -> Vec<PiiHit> {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    // Hits come out in order with no sort: by start, then kind (`ALL` is in order), and each
    // matcher reports at most one end per start, so a span can only appear once per kind.
    for start in 0..bytes.len() {
        for kind in PiiKind::ALL {
            if let Some(end) = kind.matcher()(bytes, start) {
                hits.push(PiiHit { kind, start, end });
            }
        }
    }
    hits
}

/// The distinct kinds found, sorted (convenience for the UI).
pub fn kinds(text: &str) -> Vec<PiiKind> {
    let hits = detect(text);
    // `ALL` is in order, so this is sorted and names each kind once.
    PiiKind::ALL
        .into_iter()
        .filter(|kind| hits.iter().any(|hit| hit.kind == *kind))
        .collect()
}

/// The Dutch 11-proef for a 9-digit BSN (8 digits are read with a leading 0 implied).
/// The sum d1*9 + d2*8 + ... + d8*2 - d9*1 must be divisible by 11 and not 0.
pub fn is_valid_bsn(digits: &str) -> bool {
    passes_eleven_test(digits.as_bytes())
}

fn passes_eleven_test(digits: &[u8]) -> bool {
    if !matches!(digits.len(), 8 | 9) || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    // Weights count down from the right, so an implied leading 0 simply drops the weight 9.
    let last = digits.len() - 1;
    let sum: i32 = digits
        .iter()
        .enumerate()
        .map(|(index, digit)| {
            let value = i32::from(digit - b'0');
            let weight = (digits.len() - index) as i32;
            if index == last {
                -value
            } else {
                value * weight
            }
        })
        .sum();
    sum != 0 && sum % 11 == 0
}

/// BSN: nine digits in one run, or grouped 4-2-3 / 3-3-3 with one separator kind.
///
/// A BSN stands on its own: nine digits right after the start of a phone number ("+31 ",
/// "06 - ", "(0)6 ") or followed by more groups ("0031 75 170 57 44") belong to that number.
fn match_bsn(bytes: &[u8], start: usize) -> Option<usize> {
    if !starts_number(bytes, start) || after_phone_prefix(bytes, start) {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    let first = cursor.digits(&[3, 4, 9])?;
    let (digits, separators) = match first.len() {
        9 => (first.to_vec(), &b"-/."[..]),
        4 => (
            cursor.same_separator_groups(first, b". -", &[2, 3])?,
            &bytes[start + 4..][..1],
        ),
        _ => (
            cursor.same_separator_groups(first, b". -", &[3, 3])?,
            &bytes[start + 3..][..1],
        ),
    };
    (passes_eleven_test(&digits) && !more_digits_follow(bytes, cursor.pos, separators))
        .then_some(cursor.pos)
}

/// Whether `start` comes right after the beginning of a phone number: a country code
/// ("+31", "0031"), a trunk prefix or area code ("06", "010", "0591"), a bracket ("(0)",
/// "(010)"), or one short group after a country code ("+31 6 "), with one separator between.
fn after_phone_prefix(bytes: &[u8], start: usize) -> bool {
    let before = &bytes[..start];
    if before.ends_with(b")") {
        return true;
    }
    let Some(before) = strip_phone_separator(before) else {
        return false;
    };
    if before.ends_with(b")") || ends_with_country_code(before) {
        return true;
    }
    let run = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let (ahead, group) = before.split_at(before.len() - run);
    if group.first() == Some(&b'0') && (2..=4).contains(&run) {
        return true;
    }
    let ahead = strip_phone_separator(ahead).unwrap_or(ahead);
    (1..=3).contains(&run) && (ahead.ends_with(b")") || ends_with_country_code(ahead))
}

fn ends_with_country_code(bytes: &[u8]) -> bool {
    bytes.ends_with(b"+31") || bytes.ends_with(b"0031")
}

/// The text without one phone separator at its end, or `None` when it has none.
fn strip_phone_separator(bytes: &[u8]) -> Option<&[u8]> {
    PHONE_SEPARATORS
        .iter()
        .find_map(|separator| bytes.strip_suffix(*separator))
}

/// One of `separators` at `pos`, then a digit: the number goes on ("06-12-34-56-78").
fn more_digits_follow(bytes: &[u8], pos: usize, separators: &[u8]) -> bool {
    bytes.get(pos).is_some_and(|byte| separators.contains(byte))
        && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
}

/// A full date: numeric day-first or year-first, or a day with a written Dutch month; it
/// must exist in the calendar ("31-04-1985" and "29-02-1985" do not).
/// Any full date counts: the text cannot tell a birth date from another date, and a
/// date in the wish field is rarely needed.
fn match_date(bytes: &[u8], start: usize) -> Option<usize> {
    if !starts_number(bytes, start) || more_digits_before(bytes, start) {
        return None;
    }
    let end = numeric_day_first_date(bytes, start)
        .or_else(|| numeric_year_first_date(bytes, start))
        .or_else(|| written_month_date(bytes, start))?;
    // "06-12-34-56-78" is a phone number, not a date with more after it.
    (!more_digits_follow(bytes, end, DATE_SEPARATORS)).then_some(end)
}

const YEARS: RangeInclusive<u32> = 1900..=2099;
const DATE_SEPARATORS: &[u8] = b"-/.";

/// A digit and a date separator right before `start`: the middle of "06-12-34-56-78".
fn more_digits_before(bytes: &[u8], start: usize) -> bool {
    start >= 2 && DATE_SEPARATORS.contains(&bytes[start - 1]) && bytes[start - 2].is_ascii_digit()
}

/// The year as written: four digits in 1900-2099, or two digits (any century).
struct Year {
    value: u32,
    two_digits: bool,
}

impl Year {
    fn read(digits: &[u8]) -> Option<Self> {
        let year = Year {
            value: number(digits),
            two_digits: digits.len() == 2,
        };
        (year.two_digits || (digits.len() == 4 && YEARS.contains(&year.value))).then_some(year)
    }

    /// A two-digit year is a leap year when divisible by 4 ('00 is read as 2000).
    fn is_leap(&self) -> bool {
        self.value % 4 == 0 && (self.two_digits || self.value % 100 != 0 || self.value % 400 == 0)
    }
}

/// Whether the day exists in that month of that year.
fn is_calendar_date(day: u32, month: u32, year: &Year) -> bool {
    let days_in_month = match month {
        2 if year.is_leap() => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// "12-03-1985", "1/3/1985", "12.03.85".
fn numeric_day_first_date(bytes: &[u8], start: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, start);
    let day = number(cursor.digits(&[1, 2])?);
    let separator = cursor.one_of(DATE_SEPARATORS)?;
    let month = number(cursor.digits(&[1, 2])?);
    cursor.expect(separator)?;
    let year = Year::read(cursor.digits(&[2, 4])?)?;
    is_calendar_date(day, month, &year).then_some(cursor.pos)
}

/// "1985-03-12".
fn numeric_year_first_date(bytes: &[u8], start: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, start);
    let year = Year::read(cursor.digits(&[4])?)?;
    let separator = cursor.one_of(DATE_SEPARATORS)?;
    let month = number(cursor.digits(&[1, 2])?);
    cursor.expect(separator)?;
    let day = number(cursor.digits(&[1, 2])?);
    is_calendar_date(day, month, &year).then_some(cursor.pos)
}

// Full names and the usual abbreviations, lowercase, in groups of the same month.
const MONTH_NAMES: [&str; 12] = [
    "jan januari",
    "feb februari",
    "mrt maart",
    "apr april",
    "mei",
    "jun juni",
    "jul juli",
    "aug augustus",
    "sep sept september",
    "okt oktober",
    "nov november",
    "dec december",
];

/// 1 for "jan", "Januari" or "JAN", and so on.
fn month_number(word: &[u8]) -> Option<u32> {
    let index = MONTH_NAMES.iter().position(|names| {
        names
            .split(' ')
            .any(|name| name.as_bytes().eq_ignore_ascii_case(word))
    })?;
    u32::try_from(index + 1).ok()
}

/// "12 maart 1985", "3 jan. 1950", "12-mrt-1985", "12 maart '85", "12 mrt 85". The year is
/// required, so "sinds 3 maart" and "3 maanden" stay quiet; two digits without an apostrophe
/// are no year when a quantity or a time follows ("3 maart 20 minuten", "3 mei 10.30 uur").
fn written_month_date(bytes: &[u8], start: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, start);
    let day = number(cursor.digits(&[1, 2])?);
    let dashed = cursor.optional(b'-');
    if !dashed {
        cursor.spaces()?;
    }
    let month = month_number(cursor.word()?)?;
    if dashed {
        cursor.expect(b'-')?;
    } else {
        cursor.optional(b'.');
        cursor.spaces()?;
    }
    // The apostrophe of '85 as typed, or as a word processor curls it (U+2018, U+2019).
    let apostrophe = ["'", "\u{2019}", "\u{2018}"]
        .iter()
        .any(|mark| cursor.literal(mark.as_bytes()));
    let year = Year::read(cursor.digits(if apostrophe { &[2] } else { &[2, 4] })?)?;
    if year.two_digits
        && !apostrophe
        && (more_digits_follow(bytes, cursor.pos, b".:,") || quantity_follows(bytes, cursor.pos))
    {
        return None;
    }
    is_calendar_date(day, month, &year).then_some(cursor.pos)
}

/// Words that make a number a quantity or a time ("20 minuten", "10 uur").
const QUANTITY_WORDS: &str = "min minuten minuut uur uren kwartier sec seconden kilo kg gram \
    km meter m cm keer x maal dag dagen week weken maand maanden jaar jaren procent euro \
    stappen glazen stuks mg ml liter";

/// A space and one of `QUANTITY_WORDS` at `pos`, as a whole word or as a unit with its
/// power ("20 m2", "20 m²"); a word that only starts like one ("20 méér") is none.
fn quantity_follows(bytes: &[u8], pos: usize) -> bool {
    let mut cursor = Cursor::at(bytes, pos);
    cursor.spaces().is_some()
        && cursor.word().is_some_and(|word| {
            QUANTITY_WORDS
                .split_whitespace()
                .any(|quantity| quantity.as_bytes().eq_ignore_ascii_case(word))
        })
        && (cursor.at_word_end()
            || cursor.peek().is_some_and(|byte| byte.is_ascii_digit())
            || ["²", "³"]
                .iter()
                .any(|power| cursor.rest().starts_with(power.as_bytes())))
}

/// Dutch phone numbers: ten digits starting with 0, or +31 / 0031 with nine digits,
/// grouped with spaces, dashes, dots or a slash, and "(010) 123 45 67". The number must be
/// in use in the Dutch numbering plan (`is_dialable`), so "0671234567" stays quiet.
fn match_phone(bytes: &[u8], start: usize) -> Option<usize> {
    if start > 0 && bytes[start - 1].is_ascii_digit() {
        return None;
    }
    // "06-12-2023 10 uur" is a date and an hour.
    if match_date(bytes, start).is_some() {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    if cursor.literal(b"+31") || cursor.literal(b"0031") {
        cursor.optional_one_of(b" -");
        // "+31 (0)6 ..." shows the trunk 0 that callers from abroad leave out.
        if cursor.literal(b"(0)") {
            cursor.optional_one_of(b" -");
        }
        let after_country_code = cursor.pos;
        if let Some(groups) = cursor.phone_groups(9) {
            return is_dialable(&groups.digits).then_some(cursor.pos);
        }
        // "+31 06 12345678": the trunk 0 kept by mistake; the number still reaches the phone.
        cursor.pos = after_country_code;
        let groups = cursor.phone_groups(10)?;
        return is_national(&groups.digits).then_some(cursor.pos);
    }
    if cursor.optional(b'(') {
        let area_code = cursor.digits(&[2, 3, 4])?;
        cursor.expect(b')')?;
        cursor.optional_one_of(b" -");
        // A bracketed area code marks a phone number however the rest is grouped, as in
        // "(010) 1 234567" (libphonenumber: valid).
        let groups = cursor.phone_groups(10 - area_code.len())?;
        let number = [area_code, &groups.digits].concat();
        return is_national(&number).then_some(cursor.pos);
    }
    let groups = cursor.phone_groups(10)?;
    // A first group of two digits is only the mobile "06": this keeps
    // "01-02-2023 10" (a date and an hour) from reading as ten digits.
    let first_group_fits = match groups.first_length {
        2 => groups.digits.starts_with(b"06"),
        3 | 4 | 10 => true,
        _ => false,
    };
    (is_national(&groups.digits) && first_group_fits).then_some(cursor.pos)
}

/// Between digit groups of a phone number; " - " as in "06 - 12345678" goes first so it
/// is not read as a lone space.
const PHONE_SEPARATORS: [&[u8]; 5] = [b" - ", b" ", b"-", b".", b"/"];

/// Ten digits as dialled in the Netherlands: the trunk 0 and a number in use.
fn is_national(digits: &[u8]) -> bool {
    digits
        .split_first()
        .is_some_and(|(trunk, rest)| *trunk == b'0' && is_dialable(rest))
}

/// Nine digits after the trunk 0 (or after +31) that the Dutch numbering plan has given out,
/// as libphonenumber knows it: a geographic area code, mobile (06, not 060, 067 or 069),
/// 084/085/087/088/091, and 0800/0900/0906/0909 at full length. Shorter service numbers
/// such as 0800-0113 and 14 020 belong to organisations and stay quiet.
fn is_dialable(national: &[u8]) -> bool {
    const ANY: &[u8] = b"0123456789";
    let [first, second, third, ..] = *national else {
        return false;
    };
    // The third digits allowed after the first two.
    let third_digits: &[u8] = match (first, second) {
        (b'1', b'0' | b'3' | b'5') => ANY,
        (b'1', b'1') => b"134578",
        (b'1', b'6') => b"1245678",
        (b'1', b'7') => b"24",
        (b'1', b'8') => b"0123467",
        (b'2', b'0' | b'3' | b'4' | b'6') => ANY,
        (b'2', b'2') => b"2346789",
        (b'2', b'5') => b"125",
        (b'2', b'9') => b"479",
        (b'3', b'0' | b'3' | b'5' | b'6' | b'8') => ANY,
        (b'3', b'1') => b"345678",
        (b'3', b'2') => b"01",
        (b'3', b'4') => b"12345678",
        (b'4', b'0' | b'3' | b'5' | b'6') => ANY,
        (b'4', b'1') => b"12368",
        (b'4', b'7') => b"58",
        (b'4', b'8') => b"15678",
        (b'4', b'9') => b"23579",
        (b'5', b'0' | b'3' | b'5' | b'8') => ANY,
        (b'5', b'1' | b'9') => b"123456789",
        (b'5', b'2') => b"12345789",
        (b'5', b'4') => b"1345678",
        (b'5', b'6') => b"126",
        (b'5', b'7') => b"0123578",
        // Mobile 061-065 and 068; 066 is the pager range, still a personal number.
        (b'6', b'1'..=b'6' | b'8') => ANY,
        (b'7', _) => ANY,
        (b'8', b'4' | b'5' | b'7' | b'8') => ANY,
        (b'8', b'0') => b"0",
        (b'9', b'0') => b"069",
        (b'9', b'1') => ANY,
        _ => b"",
    };
    national.len() == 9 && national.iter().all(u8::is_ascii_digit) && third_digits.contains(&third)
}

/// An e-mail address: a local part, "@", and a domain whose last label has at least two
/// letters. Non-ASCII bytes count as name characters ("rené@..."); the start is still a
/// char boundary because a continuation byte always follows another non-ASCII byte.
fn match_email(bytes: &[u8], start: usize) -> Option<usize> {
    let is_local = |byte: &u8| is_word_byte(*byte) || b"._%+-".contains(byte);
    let is_domain = |byte: &u8| is_word_byte(*byte) || b".-".contains(byte);
    if !bytes.get(start).is_some_and(is_local) || (start > 0 && is_local(&bytes[start - 1])) {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    cursor.take_while(is_local);
    cursor.expect(b'@')?;
    let domain_start = cursor.pos;
    cursor.take_while(is_domain);
    // "info@mail.example_x.nl" is no address: the domain may not run on into a name character.
    if cursor
        .peek()
        .is_some_and(|byte| byte == b'@' || is_local(&byte))
    {
        return None;
    }
    // A sentence may end right after the address, so a final full stop is not part of it.
    let domain = trim_end_matching(&bytes[domain_start..cursor.pos], b".-");
    let last_dot = domain.iter().rposition(|&byte| byte == b'.')?;
    let top_level = &domain[last_dot + 1..];
    // Every part between dots has a name, and none starts or ends with a dash.
    let labels_valid = domain
        .split(|&byte| byte == b'.')
        .all(|label| !label.is_empty() && !label.starts_with(b"-") && !label.ends_with(b"-"));
    let valid =
        labels_valid && top_level.len() >= 2 && top_level.iter().all(u8::is_ascii_alphabetic);
    valid.then_some(domain_start + domain.len())
}

fn trim_end_matching<'a>(mut bytes: &'a [u8], unwanted: &[u8]) -> &'a [u8] {
    while let Some((last, rest)) = bytes.split_last() {
        if !unwanted.contains(last) {
            break;
        }
        bytes = rest;
    }
    bytes
}

/// Dutch postcode "2611 AB" / "2611AB", with the house number when one follows
/// ("2611 AB 12", "2611AB, 12a", "2611 AB nr. 12").
///
/// Choices, to keep ordinary clinical text quiet:
/// - A postcode in capitals, as postcodes are printed, is flagged even without a house
///   number: addresses are usually written "Straat 12, 2611 AB Delft", number first.
/// - In lowercase ("2611ab 12") it needs a house number right before or after it, and two
///   letters that are a unit ("1000 mg 2 dd", "1000mg 2x") never count, nor a short word
///   after a space ("1000 en 1500 euro", "2019 op 3 mei"); glued on ("2611en 4") it may.
fn match_postcode(bytes: &[u8], start: usize) -> Option<usize> {
    if !starts_number(bytes, start) || bytes[start] == b'0' {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    cursor.digits(&[4])?;
    let spaced = cursor.optional(b' ');
    let letters = cursor.take_while(u8::is_ascii_alphabetic);
    if letters.len() != 2 || !cursor.at_word_end() {
        return None;
    }
    let capitals = [
        letters[0].to_ascii_uppercase(),
        letters[1].to_ascii_uppercase(),
    ];
    // SA, SD and SS are never issued as postcode letters.
    if matches!(&capitals, b"SA" | b"SD" | b"SS") {
        return None;
    }
    let postcode_end = cursor.pos;
    let number_end = house_number_end(bytes, postcode_end);
    if letters.iter().all(u8::is_ascii_uppercase) {
        return Some(number_end.unwrap_or(postcode_end));
    }
    let lowercase = [
        letters[0].to_ascii_lowercase(),
        letters[1].to_ascii_lowercase(),
    ];
    let is_one_of = |list: &str| list.split(' ').any(|word| word.as_bytes() == lowercase);
    if is_one_of(UNITS) || (spaced && is_one_of(SHORT_WORDS)) {
        return None;
    }
    number_end.or_else(|| house_number_before(bytes, start).then_some(postcode_end))
}

/// Units written after a number, in lowercase: never postcode letters.
const UNITS: &str = "cl cm dd dl gr kg km mg ml mm st";
/// Short words that follow a number in ordinary text ("2019 op 3 mei").
const SHORT_WORDS: &str = "al ca de en ik in is je na nu of om op te tm we ze zo";

/// A house number right before the postcode, as in "Kerkstraat 12, 2611 ab": "12, ", "12a ",
/// "12 hs, ", "12-bis ".
fn house_number_before(bytes: &[u8], postcode_start: usize) -> bool {
    let before = &bytes[..postcode_start];
    let before = before.strip_suffix(b" ").unwrap_or(before);
    let before = before.strip_suffix(b",").unwrap_or(before);
    if before.len() == postcode_start {
        return false;
    }
    // An addition of up to three letters, glued on or after a space or dash.
    let letters = before
        .iter()
        .rev()
        .take_while(|byte| byte.is_ascii_alphabetic())
        .count();
    let before = if (1..=3).contains(&letters) {
        let rest = &before[..before.len() - letters];
        rest.strip_suffix(b" ")
            .or_else(|| rest.strip_suffix(b"-"))
            .unwrap_or(rest)
    } else {
        before
    };
    before.last().is_some_and(u8::is_ascii_digit)
}

/// The end of "12", "12a", ", 12" or " nr. 12" right after a postcode.
fn house_number_end(bytes: &[u8], after_postcode: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, after_postcode);
    cursor.optional(b',');
    cursor.optional(b' ');
    for label in [&b"huisnummer "[..], b"huisnr. ", b"nr. ", b"nr "] {
        if cursor.literal(label) {
            break;
        }
    }
    if cursor
        .peek()
        .is_none_or(|first| !(b'1'..=b'9').contains(&first))
    {
        return None;
    }
    cursor.digits(&[1, 2, 3, 4, 5])?;
    let before_addition = cursor.pos;
    if cursor.peek().is_some_and(|byte| byte.is_ascii_alphabetic()) {
        cursor.pos += 1;
        if !cursor.at_word_end() {
            // Not an addition like "12a" but a word glued to the number: keep just the number.
            return Some(before_addition);
        }
    }
    Some(cursor.pos)
}

/// A number starts here: a digit with no digit right before it, so no pattern matches
/// the tail of a longer run.
fn starts_number(bytes: &[u8], start: usize) -> bool {
    bytes.get(start).is_some_and(u8::is_ascii_digit)
        && (start == 0 || !bytes[start - 1].is_ascii_digit())
}

/// Letters, digits and any non-ASCII byte (part of "é", "ë", ...) belong to a word.
fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || !byte.is_ascii()
}

fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |value, digit| value * 10 + u32::from(digit - b'0'))
}

/// The digits of a phone number, and how many of them came before the first separator.
/// Only that first group says something: "06" alone, "010" or "0591" as an area code, or
/// all ten. How the rest is grouped does not ("06 1 2345678" reaches a phone too).
struct DigitGroups {
    digits: Vec<u8>,
    first_length: usize,
}

/// A read position in the text. Patterns are tried by moving a cursor forward; each
/// step returns `None` (or `false`) when the text does not fit.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn at(bytes: &'a [u8], pos: usize) -> Self {
        Self { bytes, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn rest(&self) -> &'a [u8] {
        &self.bytes[self.pos..]
    }

    fn at_word_end(&self) -> bool {
        self.peek().is_none_or(|byte| !is_word_byte(byte))
    }

    fn take_while(&mut self, wanted: impl Fn(&u8) -> bool) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(|byte| wanted(&byte)) {
            self.pos += 1;
        }
        &self.bytes[start..self.pos]
    }

    /// The whole run of digits here, if its length is allowed. Taking the whole run is
    /// what keeps "1234567890" from matching as nine digits plus one.
    fn digits(&mut self, allowed_lengths: &[usize]) -> Option<&'a [u8]> {
        let run = self.take_while(u8::is_ascii_digit);
        allowed_lengths.contains(&run.len()).then_some(run)
    }

    /// The ASCII letters here, if any; what may follow them is the caller's to judge.
    fn word(&mut self) -> Option<&'a [u8]> {
        let word = self.take_while(u8::is_ascii_alphabetic);
        (!word.is_empty()).then_some(word)
    }

    fn spaces(&mut self) -> Option<()> {
        (!self.take_while(|&byte| byte == b' ').is_empty()).then_some(())
    }

    fn optional(&mut self, wanted: u8) -> bool {
        let found = self.peek() == Some(wanted);
        if found {
            self.pos += 1;
        }
        found
    }

    fn optional_one_of(&mut self, allowed: &[u8]) {
        if self.peek().is_some_and(|byte| allowed.contains(&byte)) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, wanted: u8) -> Option<()> {
        self.optional(wanted).then_some(())
    }

    fn one_of(&mut self, allowed: &[u8]) -> Option<u8> {
        let byte = self.peek().filter(|byte| allowed.contains(byte))?;
        self.pos += 1;
        Some(byte)
    }

    fn literal(&mut self, wanted: &[u8]) -> bool {
        let found = self.rest().starts_with(wanted);
        if found {
            self.pos += wanted.len();
        }
        found
    }

    /// After a first digit group, reads one separator (from `separators`) and then groups
    /// of exactly `lengths`, all joined by that same separator. Returns all digits.
    fn same_separator_groups(
        &mut self,
        first: &[u8],
        separators: &[u8],
        lengths: &[usize],
    ) -> Option<Vec<u8>> {
        let separator = self.one_of(separators)?;
        let mut digits = first.to_vec();
        for (index, &length) in lengths.iter().enumerate() {
            if index > 0 {
                self.expect(separator)?;
            }
            digits.extend_from_slice(self.digits(&[length])?);
        }
        Some(digits)
    }

    /// Digit groups joined by a space, dash, dot or " - ", until exactly `wanted`
    /// digits are read. A separator only continues the number when a digit follows it.
    fn phone_groups(&mut self, wanted: usize) -> Option<DigitGroups> {
        let mut groups = DigitGroups {
            digits: Vec::new(),
            first_length: 0,
        };
        loop {
            let group = self.take_while(u8::is_ascii_digit);
            if group.is_empty() {
                return None;
            }
            if groups.digits.is_empty() {
                groups.first_length = group.len();
            }
            groups.digits.extend_from_slice(group);
            if groups.digits.len() >= wanted {
                return (groups.digits.len() == wanted).then_some(groups);
            }
            let rest = self.rest();
            let separator = PHONE_SEPARATORS.iter().find(|separator| {
                rest.starts_with(separator)
                    && rest.get(separator.len()).is_some_and(u8::is_ascii_digit)
            })?;
            self.pos += separator.len();
        }
    }
}
