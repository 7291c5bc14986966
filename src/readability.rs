//! Reading ease of Dutch patient texts: the Flesch-Douma score.
//!
//! Everything a patient reads (the "what can you expect" handouts, warnings, questions)
//! should be B1 Dutch. The product's goal is a Flesch-Douma score of at least 65 on
//! average over the patient texts, and no single text under 50. This module computes that
//! score so a check can flag texts that drift towards officialese.
//!
//! The formula is W.H. Douma's 1960 adaptation of Flesch's Reading Ease to Dutch:
//!
//! ```text
//! score = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)
//! ```
//!
//! Higher is easier. The raw value is returned without clamping, so a text of one-word
//! sentences may score above 100 and a very long sentence below 0; that keeps it
//! comparable with other tools that use the same formula.
//!
//! The counting is deliberately simple and dependency-free (no hyphenation dictionary):
//!
//! - A **word** is a run of letters, with an apostrophe or hyphen allowed between two
//!   letters ("auto's", "e-mail", "burn-out"). Tokens without letters, such as "113" or
//!   "0800-0113", are skipped entirely: they count neither as words nor as syllables.
//!   Digits split a token, so "113.nl" yields the word "nl".
//! - **Syllables** are counted by vowel groups with Dutch rules for long vowels and
//!   diphthongs; see [`syllables`]. It is exact for about nine in ten words; loanwords with
//!   a silent "e" ("website", "online") and a few vowel pairs ("museum") count one too many.
//! - A **sentence** ends at ".", "!" or "?"; see [`sentences`]. Abbreviations such as
//!   "bijv." also end a sentence, which makes the score a little too friendly, and list
//!   items without an end mark run together, which makes it a little too strict.

/// Word, sentence and syllable counts of a text and its Flesch-Douma score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// `206.835 - 0.93 * words/sentences - 77 * syllables/words`, unclamped.
    /// A text without words scores 100.0 (nothing in it is hard to read), so it is
    /// defined and never fails a threshold; skip `words == 0` when averaging.
    pub score: f64,
}

/// The Flesch-Douma reading ease of `text` (see the module documentation).
pub fn flesch_douma(text: &str) -> Readability {
    let (words, syllables) =
        words(text).fold((0, 0), |(w, s), word| (w + 1, s + self::syllables(word)));
    // Any word contains a letter, so a text with words has at least one sentence;
    // `max(1)` only guards the division.
    let sentences = sentences(text);
    let score = if words == 0 {
        100.0
    } else {
        let words_f = words as f64;
        206.835 - 0.93 * (words_f / sentences.max(1) as f64) - 77.0 * (syllables as f64 / words_f)
    };
    Readability {
        words,
        sentences,
        syllables,
        score,
    }
}

/// The words of `text`: runs of letters, with an apostrophe (' or ’) or hyphen allowed
/// between two letters. Digits and other characters separate words; tokens without
/// letters are not words.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphabetic)?;
        rest = &rest[start..];
        // Byte offset just after the last letter of the word so far.
        let mut end = 0;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphabetic() {
                end = i + c.len_utf8();
            } else if !(is_joiner(c)
                && end == i
                && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic()))
            {
                break;
            }
        }
        let (word, tail) = rest.split_at(end);
        rest = tail;
        Some(word)
    })
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}')
}

/// The number of sentences in `text`.
///
/// A sentence ends at ".", "!" or "?", unless a letter or digit follows directly, so the
/// dots in "113.nl" or "1.500" are not ends. Repeated marks ("...", "?!") end one
/// sentence: an end only counts when a letter or digit came since the previous end.
/// Text after the last end mark that contains a letter or digit is one more sentence, so
/// a text without end marks is one sentence and an empty text has none. A colon does
/// not end a sentence: in B1 writing it introduces an explanation within the sentence.
pub fn sentences(text: &str) -> usize {
    let mut count = 0;
    let mut has_content = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            has_content = true;
        } else if matches!(c, '.' | '!' | '?')
            && has_content
            && !chars.peek().is_some_and(|next| next.is_alphanumeric())
        {
            count += 1;
            has_content = false;
        }
    }
    count + usize::from(has_content)
}

/// Vowel groups that form one syllable nucleus, longest first so "moei" matches "oei"
/// before "oe". Besides the Dutch long vowels and diphthongs this holds a few pairs that
/// are one sound in common loanwords: "eau" (bureau, niveau), "ai" (detail, quarantaine),
/// "oi" (toilet), "oa" (coach) and "ay"/"ey"/"oy" (okay, hockey, loyaal). Dutch spells a
/// split of such a pair with a diaeresis ("maïs", "heroïne"), which the matching respects.
const NUCLEI: &[&str] = &[
    "aai", "ooi", "oei", "eeu", "ieu", "eau", //
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au", //
    "ai", "oi", "oa", "ay", "ey", "oy",
];

/// A lowercase letter without its accent, and whether that accent was a diaeresis.
#[derive(Clone, Copy)]
struct Letter {
    base: char,
    diaeresis: bool,
}

fn letter(c: char) -> Letter {
    let (base, diaeresis) = match c {
        'á' | 'à' | 'â' => ('a', false),
        'é' | 'è' | 'ê' => ('e', false),
        'í' | 'ì' | 'î' => ('i', false),
        'ó' | 'ò' | 'ô' => ('o', false),
        'ú' | 'ù' | 'û' => ('u', false),
        'ä' => ('a', true),
        'ë' => ('e', true),
        'ï' => ('i', true),
        'ö' => ('o', true),
        'ü' => ('u', true),
        c => (c, false),
    };
    Letter { base, diaeresis }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The number of syllables of a Dutch word, counted by vowel groups.
///
/// Walking the word, every vowel (a e i o u y, with or without accent) starts a
/// syllable, and the longest matching group from the nucleus list (aa ee oo uu ie oe eu
/// ui ei ij ou au, aai ooi oei eeu ieu, and a few loanword pairs) is taken as that one
/// nucleus. So "moeilijk" is m-oei-l-ij-k, 2, and "leeuw" is l-eeu-w, 1. Further rules:
///
/// - A diaeresis (ë ï ö ü) always starts a new syllable and is never the second letter of
///   a group: "ideeën" i-dee-ën 3, "ruïne" ru-ï-ne 3, "geëist" ge-ëist 2.
/// - Other accents only mark stress: "één" is one syllable, "café" two.
/// - "ij" (also the ligature "ĳ") is one vowel; "y" before a vowel is a consonant
///   ("yoghurt"), and "u" after "q" is too ("frequentie" fre-quen-tie).
/// - An apostrophe or hyphen separates groups ("auto's", "burn-out").
///
/// A word with letters has at least 1 syllable ("s" in "'s avonds"); a token without
/// letters has 0, matching [`words`], which skips it.
pub fn syllables(word: &str) -> usize {
    let mut letters = Vec::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        if c == 'ĳ' {
            letters.extend([letter('i'), letter('j')]);
        } else {
            letters.push(letter(c));
        }
    }
    let mut count = 0;
    let mut i = 0;
    while i < letters.len() {
        let Letter { base, .. } = letters[i];
        let is_nucleus_start = is_vowel(base)
            && !(base == 'u' && i > 0 && letters[i - 1].base == 'q')
            && !(base == 'y' && letters.get(i + 1).is_some_and(|l| is_vowel(l.base)));
        if is_nucleus_start {
            count += 1;
            i += group_len(&letters[i..]);
        } else {
            i += 1;
        }
    }
    if count == 0 && word.chars().any(char::is_alphabetic) {
        1
    } else {
        count
    }
}

/// The length of the nucleus starting at a vowel: the longest entry of [`NUCLEI`] that
/// matches, where only the first letter may carry a diaeresis, or else 1.
fn group_len(letters: &[Letter]) -> usize {
    NUCLEI
        .iter()
        .find(|nucleus| {
            nucleus.chars().count() <= letters.len()
                && nucleus
                    .chars()
                    .zip(letters)
                    .enumerate()
                    .all(|(k, (n, l))| l.base == n && (k == 0 || !l.diaeresis))
        })
        .map_or(1, |nucleus| nucleus.chars().count())
}
