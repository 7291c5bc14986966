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

/// All hits, sorted by start; overlapping hits of different kinds are allowed but the same
/// span is reported once per kind.
pub fn detect(text: &str) -> Vec<PiiHit> {
    const MATCHERS: [(PiiKind, Matcher); 5] = [
        (PiiKind::Bsn, match_bsn),
        (PiiKind::Geboortedatum, match_date),
        (PiiKind::Telefoonnummer, match_phone),
        (PiiKind::Email, match_email),
        (PiiKind::PostcodeHuisnummer, match_postcode),
    ];
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    // Each matcher reports at most one end per start, so a span can only appear once per kind.
    for start in 0..bytes.len() {
        for (kind, matcher) in MATCHERS {
            if let Some(end) = matcher(bytes, start) {
                hits.push(PiiHit { kind, start, end });
            }
        }
    }
    hits.sort_by_key(|hit| (hit.start, hit.kind, hit.end));
    hits
}

/// The distinct kinds found, sorted (convenience for the UI).
pub fn kinds(text: &str) -> Vec<PiiKind> {
    let mut kinds: Vec<PiiKind> = detect(text).into_iter().map(|hit| hit.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
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
fn match_bsn(bytes: &[u8], start: usize) -> Option<usize> {
    if !starts_number(bytes, start) {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    let first = cursor.digits(&[3, 4, 9])?;
    let digits = match first.len() {
        9 => first.to_vec(),
        4 => cursor.same_separator_groups(first, b". -", &[2, 3])?,
        _ => cursor.same_separator_groups(first, b". -", &[3, 3])?,
    };
    passes_eleven_test(&digits).then_some(cursor.pos)
}

/// A full date: numeric day-first or year-first, or a day with a written Dutch month.
/// Any full date counts: the text cannot tell a birth date from another date, and a
/// date in the wish field is rarely needed.
fn match_date(bytes: &[u8], start: usize) -> Option<usize> {
    if !starts_number(bytes, start) {
        return None;
    }
    numeric_day_first_date(bytes, start)
        .or_else(|| numeric_year_first_date(bytes, start))
        .or_else(|| written_month_date(bytes, start))
}

const DAYS: RangeInclusive<u32> = 1..=31;
const MONTHS: RangeInclusive<u32> = 1..=12;
const YEARS: RangeInclusive<u32> = 1900..=2099;
const DATE_SEPARATORS: &[u8] = b"-/.";

/// "12-03-1985", "1/3/1985", "12.03.85".
fn numeric_day_first_date(bytes: &[u8], start: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, start);
    let day = number(cursor.digits(&[1, 2])?);
    let separator = cursor.one_of(DATE_SEPARATORS)?;
    let month = number(cursor.digits(&[1, 2])?);
    cursor.expect(separator)?;
    let year = cursor.digits(&[2, 4])?;
    let plausible_year = year.len() == 2 || YEARS.contains(&number(year));
    (DAYS.contains(&day) && MONTHS.contains(&month) && plausible_year).then_some(cursor.pos)
}

/// "1985-03-12".
fn numeric_year_first_date(bytes: &[u8], start: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, start);
    let year = number(cursor.digits(&[4])?);
    let separator = cursor.one_of(DATE_SEPARATORS)?;
    let month = number(cursor.digits(&[1, 2])?);
    cursor.expect(separator)?;
    let day = number(cursor.digits(&[1, 2])?);
    (YEARS.contains(&year) && MONTHS.contains(&month) && DAYS.contains(&day)).then_some(cursor.pos)
}

// Full names and the usual abbreviations, lowercase, separated by spaces.
const MONTH_NAMES: &str = "jan januari feb februari mrt maart apr april mei jun juni jul juli \
    aug augustus sep sept september okt oktober nov november dec december";

/// "12 maart 1985", "3 jan. 1950". The year is required, so "sinds 3 maart" and
/// "3 maanden" stay quiet.
fn written_month_date(bytes: &[u8], start: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, start);
    let day = number(cursor.digits(&[1, 2])?);
    cursor.spaces()?;
    let month = cursor.word()?;
    let known_month = MONTH_NAMES
        .split(' ')
        .any(|name| name.as_bytes().eq_ignore_ascii_case(month));
    cursor.optional(b'.');
    cursor.spaces()?;
    let year = number(cursor.digits(&[4])?);
    (DAYS.contains(&day) && known_month && YEARS.contains(&year)).then_some(cursor.pos)
}

/// Dutch phone numbers: ten digits starting with 0, or +31 / 0031 with nine digits,
/// grouped with spaces, dashes or dots, and "(010) 123 45 67".
fn match_phone(bytes: &[u8], start: usize) -> Option<usize> {
    if start > 0 && bytes[start - 1].is_ascii_digit() {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    if cursor.literal(b"+31") || cursor.literal(b"0031") {
        cursor.optional_one_of(b" -");
        // "+31 (0)6 ..." shows the trunk 0 that callers from abroad leave out.
        if cursor.literal(b"(0)") {
            cursor.optional_one_of(b" -");
        }
        let groups = cursor.phone_groups(9)?;
        return (groups.digits[0] != b'0' && groups.later_groups_have_two_digits())
            .then_some(cursor.pos);
    }
    if cursor.optional(b'(') {
        let area_code = cursor.digits(&[3, 4])?;
        cursor.expect(b')')?;
        cursor.optional(b' ');
        let groups = cursor.phone_groups(10 - area_code.len())?;
        return (is_trunk_prefix(area_code) && groups.all_groups_have_two_digits())
            .then_some(cursor.pos);
    }
    let groups = cursor.phone_groups(10)?;
    // A first group of two digits is only the mobile "06": this keeps
    // "01-02-2023 10" (a date and an hour) from reading as ten digits.
    let first_group_fits = match groups.lengths[0] {
        2 => groups.digits.starts_with(b"06"),
        3 | 4 | 10 => true,
        _ => false,
    };
    (is_trunk_prefix(&groups.digits) && first_group_fits && groups.later_groups_have_two_digits())
        .then_some(cursor.pos)
}

/// Between digit groups of a phone number; " - " as in "06 - 12345678" goes first so it
/// is not read as a lone space.
const PHONE_SEPARATORS: [&[u8]; 4] = [b" - ", b" ", b"-", b"."];

/// Dutch national numbers start with 0 followed by a non-zero digit (00 is the
/// international prefix).
fn is_trunk_prefix(digits: &[u8]) -> bool {
    digits.first() == Some(&b'0')
        && digits
            .get(1)
            .is_some_and(|digit| (b'1'..=b'9').contains(digit))
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
    // A sentence may end right after the address, so a final full stop is not part of it.
    let domain = trim_end_matching(&bytes[domain_start..cursor.pos], b".-");
    let last_dot = domain.iter().rposition(|&byte| byte == b'.')?;
    let (name, top_level) = (&domain[..last_dot], &domain[last_dot + 1..]);
    let valid = !name.is_empty()
        && !name.starts_with(b".")
        && top_level.len() >= 2
        && top_level.iter().all(u8::is_ascii_alphabetic);
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
/// ("2611 AB 12", "2611AB, 12a").
///
/// Choices, to keep ordinary clinical text quiet:
/// - The letters must be capitals, as postcodes are printed. Lowercase would also catch
///   doses such as "1000 mg 2 dd" and years such as "2019 op 3".
/// - A postcode without a house number is flagged too: addresses are usually written
///   "Straat 12, 2611 AB Delft", with the number before the postcode.
fn match_postcode(bytes: &[u8], start: usize) -> Option<usize> {
    if !starts_number(bytes, start) || bytes[start] == b'0' {
        return None;
    }
    let mut cursor = Cursor::at(bytes, start);
    cursor.digits(&[4])?;
    cursor.optional(b' ');
    let letters = cursor.take_while(u8::is_ascii_uppercase);
    // SA, SD and SS are never issued as postcode letters.
    if letters.len() != 2 || matches!(letters, b"SA" | b"SD" | b"SS") || !cursor.at_word_end() {
        return None;
    }
    let postcode_end = cursor.pos;
    Some(house_number_end(bytes, postcode_end).unwrap_or(postcode_end))
}

/// The end of "12", "12a" or ", 12" right after a postcode.
fn house_number_end(bytes: &[u8], after_postcode: usize) -> Option<usize> {
    let mut cursor = Cursor::at(bytes, after_postcode);
    cursor.optional(b',');
    cursor.optional(b' ');
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

/// The digits of a phone number and how they were grouped.
struct DigitGroups {
    digits: Vec<u8>,
    lengths: Vec<usize>,
}

impl DigitGroups {
    fn all_groups_have_two_digits(&self) -> bool {
        self.lengths.iter().all(|&length| length >= 2)
    }

    /// The first group may be short, such as the "6" in "+31 6 12345678".
    fn later_groups_have_two_digits(&self) -> bool {
        self.lengths[1..].iter().all(|&length| length >= 2)
    }
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

    /// A whole word of ASCII letters; `None` when it runs into a digit or a letter like "é".
    fn word(&mut self) -> Option<&'a [u8]> {
        let word = self.take_while(u8::is_ascii_alphabetic);
        (!word.is_empty() && self.at_word_end()).then_some(word)
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
        let found = self.bytes[self.pos..].starts_with(wanted);
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
            lengths: Vec::new(),
        };
        loop {
            let group = self.take_while(u8::is_ascii_digit);
            if group.is_empty() {
                return None;
            }
            groups.digits.extend_from_slice(group);
            groups.lengths.push(group.len());
            if groups.digits.len() >= wanted {
                return (groups.digits.len() == wanted).then_some(groups);
            }
            let rest = &self.bytes[self.pos..];
            let separator = PHONE_SEPARATORS.iter().find(|separator| {
                rest.starts_with(separator)
                    && rest.get(separator.len()).is_some_and(u8::is_ascii_digit)
            })?;
            self.pos += separator.len();
        }
    }
}
