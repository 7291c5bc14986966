//! The pack model's small judgements that only the app's views use (outcome, factsheet, the
//! no-referral box): which web address may be linked, and whether steps differ per referrer.

use verwijswijzer::engine::{Gemeente, Route};

fn gemeente(website: Option<&str>, contact: &str) -> Gemeente {
    let website = website.map_or(String::new(), |w| format!("website = \"{w}\"\n"));
    toml::from_str(&format!(
        "id = \"delft\"\nname = \"Delft\"\nwelzijnsorganisatie = \"Delft voor Elkaar\"\n{website}contact = \"{contact}\"\nwor = \"ja\"\nsources = []\n"
    ))
    .expect("a gemeente")
}

/// Only an https address is linked: the website first, else a contact that is one.
#[test]
fn a_gemeente_is_linked_only_by_an_https_address() {
    let both = gemeente(
        Some("https://welzijn.example"),
        "https://welzijn.example/contact",
    );
    assert_eq!(both.known_website(), Some("https://welzijn.example"));
    let contact_only = gemeente(None, "https://welzijn.example/contact");
    assert_eq!(
        contact_only.known_website(),
        Some("https://welzijn.example/contact")
    );
    assert_eq!(gemeente(None, "nog in te vullen").known_website(), None);
    assert_eq!(
        gemeente(Some("http://welzijn.example"), "nog in te vullen").known_website(),
        None
    );
}

fn route(extra: &str) -> Route {
    toml::from_str(&format!(
        "title = \"Welzijn op Recept\"\nsummary = \"Een welzijnscoach.\"\nexpect = [\"Bel de huisarts als het erger wordt.\"]\nnext_steps = [\"Verwijs.\"]\nsources = []\n{extra}"
    ))
    .expect("a route")
}

/// The app asks who refers only when the answer changes the steps: steps for referrers outside
/// the practice, for adults or for a patient under 18.
#[test]
fn steps_depend_on_the_referrer_only_when_a_route_has_steps_for_elsewhere() {
    assert!(!route("").steps_depend_on_referrer());
    assert!(route("next_steps_elders = [\"Overleg met de huisarts.\"]").steps_depend_on_referrer());
    assert!(
        route("[youth]\nnext_steps_elders = [\"Overleg met de huisarts van de jongere.\"]")
            .steps_depend_on_referrer()
    );
    assert!(!route("[youth]\nsummary = \"Voor jongeren.\"").steps_depend_on_referrer());
}
