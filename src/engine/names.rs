//! Contacts in a pack are organisations, never people. This heuristic spots a contact that
//! reads like a person's name ("Mevr. Jansen", "Anna de Vries"), so the checker can refuse it.

/// A contact such as "Mevr. Jansen" or "Anna de Vries" names a person, not an organisation.
pub(super) fn looks_like_personal_name(text: &str) -> bool {
    const TITLES: &[&str] = &[
        "dhr",
        "dhr.",
        "mevr",
        "mevr.",
        "mw",
        "mw.",
        "mevrouw",
        "meneer",
        "heer",
        "contactpersoon",
    ];
    const TUSSENVOEGSELS: &[&str] = &["van", "de", "der", "den", "het", "ter", "ten", "te", "v.d."];
    if text.starts_with("https://") {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words
        .iter()
        .any(|w| TITLES.contains(&w.to_lowercase().trim_end_matches(':')))
    {
        return true;
    }
    let capitalised = |w: &&&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '-' || c == '\'')
    };
    let names: Vec<&&str> = words
        .iter()
        .filter(|w| !TUSSENVOEGSELS.contains(&w.to_lowercase().as_str()))
        .collect();
    (2..=4).contains(&names.len()) && names.iter().all(capitalised)
}
