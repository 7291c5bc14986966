//! The regional factsheet "Welzijn op Recept voor zorgverleners" (issue 9) as pack data: every
//! bundled pack has one whose every sentence names sources that exist, with enough examples both
//! ways and the six routes compared; a region's lists replace the base's and its facts come after
//! the base's; and a broken factsheet fails the load with the file, the line and a Dutch reason.

use verwijswijzer::engine::{
    Factsheet, Finding, MIN_EXAMPLES, MIN_EXAMPLES_EACH_WAY, MIN_PROCESS_STEPS, Pack, PackSource,
    Severity, SourceId, load_pack,
};
use verwijswijzer::packs::{BUNDLED, bundled};

const BASE: &str = include_str!("../content/base.toml");
const DWO: &str = include_str!("../content/dwo.toml");
const BASE_NAME: &str = "content/base.toml";
const DWO_NAME: &str = "content/dwo.toml";

/// The routes the comparison table sets beside each other.
const COMPARED: [&str; 6] = [
    "wor",
    "krachtige_basiszorg",
    "gli",
    "social_work",
    "mental_health_care",
    "self_directed",
];

/// The eight offer areas of the DWO regional plan (seed 000, ~r. 550-565).
const DWO_OFFER_AREAS: [&str; 8] = [
    "Vrijwilligerswerk",
    "Meedoen en ontmoeten",
    "Mantelzorgondersteuning",
    "Ontdekken en doen",
    "Bewegen met plezier",
    "Koken en samen eten",
    "Natuur en genieten",
    "Muziek en cultuur",
];

fn every_pack() -> Vec<Pack> {
    assert!(!BUNDLED.is_empty());
    BUNDLED
        .iter()
        .map(|b| {
            b.check()
                .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", b.region))
                .0
        })
        .collect()
}

fn pack(region: &str) -> Pack {
    bundled(region)
        .unwrap_or_else(|| panic!("regio {region} is niet meegeleverd"))
        .check()
        .unwrap_or_else(|e| panic!("{region} laadt niet:\n{e}"))
        .0
}

/// Every item of a factsheet: where it is, what it says, and its sources.
fn items(sheet: &Factsheet) -> Vec<(String, String, &[SourceId])> {
    let mut all: Vec<(String, String, &[SourceId])> = Vec::new();
    for (list, claims) in [
        ("what_it_is", &sheet.what_it_is),
        ("what_it_is_not", &sheet.what_it_is_not),
        ("welzijn", &sheet.welzijn),
        ("professional_adds", &sheet.professional_adds),
        ("target_groups", &sheet.target_groups),
        ("signals", &sheet.signals),
        ("facts", &sheet.facts),
        ("tell_patient", &sheet.tell_patient),
        ("conversation_tips", &sheet.conversation_tips),
    ] {
        assert!(!claims.is_empty(), "factsheet: {list} is leeg");
        all.extend(
            claims
                .iter()
                .map(|c| (list.to_owned(), c.text.clone(), c.sources.as_slice())),
        );
    }
    all.extend(sheet.process.iter().map(|s| {
        let said = format!("{} | {} | {}", s.title, s.who, s.text);
        ("process".to_owned(), said, s.sources.as_slice())
    }));
    all.extend(sheet.examples.iter().map(|e| {
        let said = format!("{} | {}", e.story, e.why);
        ("examples".to_owned(), said, e.sources.as_slice())
    }));
    all.extend(sheet.offer_areas.iter().map(|a| {
        let said = format!("{} | {}", a.name, a.text);
        ("offer_areas".to_owned(), said, a.sources.as_slice())
    }));
    all.extend(sheet.comparison.iter().map(|r| {
        let said = format!("{} | {} | {}", r.route, r.when, r.not_when);
        ("comparison".to_owned(), said, r.sources.as_slice())
    }));
    all
}

#[test]
fn every_sentence_of_every_factsheet_names_sources_that_exist() {
    for pack in every_pack() {
        let region = pack.region.id.as_str();
        assert!(
            !pack.factsheet.title.trim().is_empty(),
            "{region}: geen titel"
        );
        for (list, said, sources) in items(&pack.factsheet) {
            assert!(
                !sources.is_empty(),
                "{region} {list}: geen bron bij '{said}'"
            );
            for source in sources {
                assert!(
                    pack.sources.contains_key(source),
                    "{region} {list}: bron '{source}' bestaat niet ('{said}')"
                );
            }
            // What the user reads: filled in, never an editor's placeholder or a promise of time.
            let filled = pack.fill_in(None, &said);
            assert!(
                !filled.contains('{'),
                "{region} {list}: niet ingevuld: '{filled}'"
            );
            assert!(
                !filled.to_lowercase().contains("nog in te vullen"),
                "{region}: '{filled}'"
            );
            if said.contains("{contactnorm}") {
                assert!(
                    sources.contains(&pack.region.contact_norm.source),
                    "{region} {list}: de termijn zonder haar bron: '{said}'"
                );
                assert!(
                    filled.contains("stree"),
                    "{region}: termijn als belofte: '{filled}'"
                );
            }
        }
    }
}

#[test]
fn every_factsheet_has_enough_examples_both_ways() {
    for pack in every_pack() {
        let region = pack.region.id.as_str();
        let examples = &pack.factsheet.examples;
        let fitting = examples.iter().filter(|e| e.fits).count();
        assert!(
            examples.len() >= MIN_EXAMPLES.max(8),
            "{region}: te weinig voorbeelden"
        );
        assert!(
            fitting >= MIN_EXAMPLES_EACH_WAY.max(4),
            "{region}: te weinig die passen"
        );
        assert!(
            examples.len() - fitting >= MIN_EXAMPLES_EACH_WAY.max(4),
            "{region}: te weinig die niet passen"
        );
        for example in examples {
            match (&example.instead, example.fits) {
                (Some(route), false) => assert!(
                    pack.route(route).is_some() && route.as_str() != "wor",
                    "{region}: instead = {route} bij '{}'",
                    example.story
                ),
                (None, true) => {}
                _ => panic!(
                    "{region}: fits en instead spreken elkaar tegen: '{}'",
                    example.story
                ),
            }
        }
        assert!(
            pack.factsheet.process.len() >= MIN_PROCESS_STEPS.max(4),
            "{region}: proces"
        );
    }
}

#[test]
fn every_factsheet_compares_the_six_routes() {
    for pack in every_pack() {
        let region = pack.region.id.as_str();
        let routes: Vec<&str> = pack
            .factsheet
            .comparison
            .iter()
            .map(|r| r.route.as_str())
            .collect();
        for route in COMPARED {
            assert!(
                routes.contains(&route),
                "{region}: vergelijking mist {route}"
            );
        }
        for row in &pack.factsheet.comparison {
            assert!(
                pack.route(&row.route).is_some(),
                "{region}: route {}",
                row.route
            );
            assert!(!row.when.trim().is_empty() && !row.not_when.trim().is_empty());
        }
    }
}

#[test]
fn dwo_offers_the_eight_areas_of_its_regional_plan() {
    let dwo = pack("dwo");
    let names: Vec<&str> = dwo
        .factsheet
        .offer_areas
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    for area in DWO_OFFER_AREAS {
        assert!(names.contains(&area), "DWO mist aanbod '{area}': {names:?}");
    }
    let meedoen = dwo
        .factsheet
        .offer_areas
        .iter()
        .find(|a| a.name == "Meedoen en ontmoeten")
        .expect("meedoen en ontmoeten");
    assert!(
        meedoen.text.contains("maatje"),
        "maatjesprojecten horen bij meedoen en ontmoeten"
    );
}

#[test]
fn dwo_runs_the_six_steps_of_its_plan_with_its_own_contact_target() {
    let dwo = pack("dwo");
    assert_eq!(dwo.region.contact_norm.source.as_str(), "dwo-plan");
    let steps = &dwo.factsheet.process;
    assert_eq!(steps.len(), 6, "het regioplan heeft zes stappen");
    assert_eq!(steps[0].title, "Bezoek aan de zorgverlener");
    assert_eq!(steps[5].title, "Nazorg en afronding");
    let contact: Vec<String> = steps
        .iter()
        .filter(|s| s.text.contains("{contactnorm}"))
        .map(|s| dwo.fill_in(None, &s.text))
        .collect();
    assert_eq!(contact.len(), 1, "één stap noemt de termijn");
    assert!(
        contact[0].contains("streeft ernaar binnen 5 werkdagen"),
        "{}",
        contact[0]
    );
    // The step about feedback speaks of the referrer, whoever that is.
    assert!(steps[5].text.contains("verwijzer") && steps[5].who.contains("verwijzer"));
}

#[test]
fn a_region_replaces_lists_and_adds_facts_after_the_base() {
    let base: toml::Table = toml::from_str(BASE).expect("base.toml is TOML");
    let base_sheet = base["factsheet"]
        .as_table()
        .expect("[factsheet] in base.toml");
    let texts = |key: &str, field: &str| -> Vec<String> {
        base_sheet[key]
            .as_array()
            .expect("a list")
            .iter()
            .map(|item| item[field].as_str().expect("text").to_owned())
            .collect()
    };
    let base_facts = texts("facts", "text");
    let base_steps = texts("process", "title");
    for pack in every_pack() {
        let region = pack.region.id.as_str();
        let facts: Vec<&str> = pack
            .factsheet
            .facts
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert!(
            facts.len() > base_facts.len(),
            "{region}: geen regionale feiten"
        );
        assert_eq!(
            facts[..base_facts.len()],
            base_facts,
            "{region}: landelijke feiten eerst"
        );
        assert_ne!(
            pack.factsheet.title,
            base_sheet["title"].as_str().expect("title"),
            "{region}: eigen titel"
        );
    }
    // Replaced, not merged: each region's own process, or the base's whole.
    let titles = |p: &Pack| -> Vec<String> {
        p.factsheet
            .process
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    assert_eq!(
        titles(&pack("flevoland")),
        base_steps,
        "Flevoland volgt het gedeelde proces"
    );
    let eindhoven = titles(&pack("eindhoven"));
    assert_eq!(eindhoven.len(), 8, "Eindhoven: 8 deelstappen van de keten");
    assert_ne!(eindhoven, base_steps);
    assert_ne!(titles(&pack("dwo")), base_steps);
    // Noord-Holland uses ZONH's own offer categories instead of the base's.
    let nh = pack("noord-holland");
    assert!(
        nh.factsheet
            .offer_areas
            .iter()
            .any(|a| a.name == "Ontspannen en zingeving")
    );
    assert!(
        !nh.factsheet
            .offer_areas
            .iter()
            .any(|a| a.name == "Natuur en genieten")
    );
}

// ---------------------------------------------------------------- broken factsheets

/// The edited files loaded: the pack and its warnings, or the findings that refused it.
fn load_with_warnings(base: &str, region: &str) -> Result<(Pack, Vec<Finding>), Vec<Finding>> {
    load_pack(
        &PackSource {
            name: DWO_NAME,
            text: region,
        },
        &PackSource {
            name: BASE_NAME,
            text: base,
        },
    )
    .map_err(|e| e.findings)
}

fn load(base: &str, region: &str) -> Result<Pack, Vec<Finding>> {
    load_with_warnings(base, region).map(|(pack, _warnings)| pack)
}

fn replaced(original: &str, from: &str, to: &str) -> String {
    assert!(original.contains(from), "de wijziging past niet: {from}");
    original.replacen(from, to, 1)
}

/// The line of `needle` in the factsheet part of a file (`examples = [` is also a question field).
fn line_of(text: &str, needle: &str) -> usize {
    let section = text
        .find("[factsheet")
        .expect("a [factsheet] in the edited file");
    let at = section
        + text[section..]
            .find(needle)
            .expect("needle in the factsheet");
    text[..at].matches('\n').count() + 1
}

/// Loads the edited files and asserts an error in `file` on the line of `on_line`, saying `reason`.
fn assert_refused(base: &str, region: &str, file: &str, on_line: &str, reason: &str) {
    let findings = load(base, region).expect_err("het kapotte pakket mag niet laden");
    let text = if file == BASE_NAME { base } else { region };
    let line = line_of(text, on_line);
    assert!(
        findings.iter().any(|f| f.severity == Severity::Error
            && f.file == file
            && f.line == Some(line)
            && f.message.contains(reason)),
        "verwacht {file}:{line}: {reason}\nkreeg:\n{}",
        findings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

const LONELY: &str = "{ text = \"Zich eenzaam voelen, weinig mensen om zich heen hebben.\", sources = [\"dwo-plan\"] }";

#[test]
fn the_real_files_load() {
    let pack = load(BASE, DWO).expect("het echte DWO-pakket laadt");
    assert!(!pack.factsheet.examples.is_empty());
}

#[test]
fn an_unknown_source_is_refused_on_its_line() {
    let base = replaced(BASE, LONELY, &LONELY.replace("dwo-plan", "bestaat-niet"));
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Zich eenzaam voelen",
        "noemt bron 'bestaat-niet', maar die staat niet bij [[sources]]",
    );
}

/// A message quotes the start of the text: a text of 40 characters whole, a longer one cut.
#[test]
fn a_message_quotes_a_short_text_whole() {
    let forty = "Zich eenzaam voelen, weinig mensen zien.";
    assert_eq!(forty.chars().count(), 40);
    let edited = LONELY
        .replace(
            "Zich eenzaam voelen, weinig mensen om zich heen hebben.",
            forty,
        )
        .replace("dwo-plan", "bestaat-niet");
    let base = replaced(BASE, LONELY, &edited);
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        forty,
        &format!("factsheet (signalen) '{forty}' noemt bron 'bestaat-niet'"),
    );
}

#[test]
fn a_claim_without_a_source_is_refused_on_its_line() {
    let base = replaced(BASE, LONELY, &LONELY.replace("[\"dwo-plan\"]", "[]"));
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Zich eenzaam voelen",
        "heeft geen bron",
    );
    // Leaving the field out is a schema error, also with the line.
    let base = replaced(
        BASE,
        LONELY,
        &LONELY.replace(", sources = [\"dwo-plan\"]", ""),
    );
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Zich eenzaam voelen",
        "verplicht veld `sources`",
    );
}

#[test]
fn nog_in_te_vullen_in_a_sentence_is_refused() {
    let base = replaced(
        BASE,
        LONELY,
        &LONELY.replace("weinig mensen", "nog in te vullen"),
    );
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Zich eenzaam voelen",
        "'nog in te vullen' staat in een zin die gebruikers lezen",
    );
    // The factsheet is for the whole region: the hint to use {organisatie} does not hold there.
    let findings = load(&base, DWO).expect_err("refused");
    let message = findings
        .iter()
        .map(|f| f.message.as_str())
        .find(|m| m.contains("'nog in te vullen'"))
        .expect("the finding");
    assert!(
        message.ends_with("laat de regel weg") && !message.contains("{organisatie}"),
        "{message}"
    );
}

#[test]
fn fewer_than_eight_examples_is_refused() {
    let start = BASE
        .find("  { story = \"Een vrouw van 30")
        .expect("the last example");
    let end = start + BASE[start..].find('\n').expect("end of line") + 1;
    let base = format!("{}{}", &BASE[..start], &BASE[end..]);
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "examples = [",
        "7 voorbeelden van patiënten; er zijn er minstens 8 nodig",
    );
    // That example did not fit: three that do not fit are too few as well.
    assert_refused(&base, DWO, BASE_NAME, "examples = [", "minstens 4 nodig");
}

#[test]
fn an_example_that_does_not_fit_says_where_the_patient_goes() {
    let base = replaced(BASE, "fits = false, instead = \"gli\", ", "fits = false, ");
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Een diëtist ziet",
        "zegt niet waar de patiënt dan heen gaat",
    );
    let base = replaced(BASE, "instead = \"gli\"", "instead = \"dieet\"");
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Een diëtist ziet",
        "die route bestaat niet",
    );
}

#[test]
fn a_comparison_row_for_an_unknown_route_is_refused() {
    let base = replaced(
        BASE,
        "{ route = \"gli\", when",
        "{ route = \"leefstijl\", when",
    );
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "route = \"leefstijl\"",
        "route 'leefstijl': die route bestaat niet",
    );
}

#[test]
fn a_placeholder_for_one_gemeente_is_refused() {
    let base = replaced(
        BASE,
        LONELY,
        &LONELY.replace("weinig mensen", "{organisatie} en weinig mensen"),
    );
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Zich eenzaam voelen",
        "invulplek {organisatie} past niet in de factsheet",
    );
}

#[test]
fn a_regional_process_is_located_in_the_region_file() {
    // Fewer than four steps: the region's list replaces the base's, so the error is the region's.
    let start = DWO.find("process = [").expect("DWO has its own process");
    let from = start + DWO[start..].find("  # Stap 3").expect("step 3");
    let to = start + DWO[start..].find("\n]\n").expect("end of the process");
    let dwo = format!("{}{}", &DWO[..from], &DWO[to + 1..]);
    assert_refused(
        &base_ok(),
        &dwo,
        DWO_NAME,
        "process = [",
        "minstens 4 nodig",
    );
}

/// Four steps are enough: the six of the DWO plan without its last two load.
#[test]
fn a_process_of_four_steps_loads() {
    let start = DWO.find("process = [").expect("DWO has its own process");
    let from = start + DWO[start..].find("  # Stap 5").expect("step 5");
    let to = start + DWO[start..].find("\n]\n").expect("end of the process");
    let dwo = format!("{}{}", &DWO[..from], &DWO[to + 1..]);
    let pack = load(BASE, &dwo).unwrap_or_else(|f| panic!("vier stappen laden: {f:?}"));
    assert_eq!(pack.factsheet.process.len(), MIN_PROCESS_STEPS);
}

#[test]
fn the_contact_target_is_a_target_with_its_source() {
    let step = "text = \"De professional streeft ernaar {contactnorm} contact op te nemen";
    let promised = replaced(
        DWO,
        step,
        "text = \"De professional neemt {contactnorm} contact op",
    );
    assert_refused(
        &base_ok(),
        &promised,
        DWO_NAME,
        "De professional neemt",
        "het is een streven",
    );
    // The DWO target comes from the DWO plan; another source does not back it.
    let line_start = DWO.find(step).expect("the step");
    let line_end = line_start + DWO[line_start..].find('\n').expect("end of line");
    let line = &DWO[line_start..line_end];
    let unsourced = replaced(
        DWO,
        line,
        &line.replace("[\"dwo-plan\"]", "[\"wor-landelijk\"]"),
    );
    assert_refused(
        &base_ok(),
        &unsourced,
        DWO_NAME,
        step,
        "voeg 'dwo-plan' toe aan sources",
    );
}

/// Loads the edited files, which must load, and returns the warnings.
fn warnings(base: &str, region: &str) -> Vec<Finding> {
    load_with_warnings(base, region)
        .map(|(_pack, warnings)| warnings)
        .unwrap_or_else(|f| panic!("het pakket moet laden: {f:?}"))
}

#[test]
fn an_example_that_fits_names_no_other_route() {
    let story = "fits = true, why = \"Somber";
    let base = replaced(
        BASE,
        story,
        "fits = true, instead = \"gli\", why = \"Somber",
    );
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Een wijkverpleegkundige ziet een man van 68",
        "past wel (fits = true), maar noemt toch instead = \"gli\"",
    );
}

#[test]
fn a_route_compared_twice_is_refused() {
    let base = replaced(BASE, "{ route = \"gli\", when", "{ route = \"wor\", when");
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        // On the line of the route's first row, which the message sends the editor to.
        "route = \"wor\", when",
        "route 'wor' staat twee keer in de vergelijking",
    );
}

#[test]
fn an_empty_text_and_an_empty_list_are_refused() {
    let base = replaced(
        BASE,
        LONELY,
        &LONELY.replace(
            "Zich eenzaam voelen, weinig mensen om zich heen hebben.",
            " ",
        ),
    );
    let findings = load(&base, DWO).expect_err("een lege tekst laadt niet");
    assert!(
        findings
            .iter()
            .any(|f| f.file == BASE_NAME && f.message.contains("(signalen) ' ': een tekst is leeg")),
        "{findings:?}"
    );
    let start = BASE.find("signals = [").expect("signals");
    let end = start + BASE[start..].find("\n]\n").expect("end of signals");
    let base = format!("{}signals = [{}", &BASE[..start], &BASE[end + 1..]);
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "signals = [",
        "de factsheet heeft niets bij 'signals' (signalen)",
    );
}

#[test]
fn contact_details_of_a_person_are_refused() {
    for (written, kind) in [
        ("bel 06-12345678", "telefoonnummer"),
        ("mail j.jansen@welzijn.example", "e-mailadres"),
    ] {
        let base = replaced(
            BASE,
            LONELY,
            &LONELY.replace("weinig mensen", &format!("{written} of weinig mensen")),
        );
        assert_refused(
            &base,
            DWO,
            BASE_NAME,
            "Zich eenzaam voelen",
            &format!("bevat een {kind}; de factsheet noemt organisaties"),
        );
    }
}

#[test]
fn a_long_text_is_a_warning_that_names_its_length() {
    let long = format!(
        "Zich eenzaam voelen,{} weinig mensen",
        " heel erg".repeat(20)
    );
    // The lonely signal with more words in it.
    let lonely_with = |text: &str| {
        replaced(
            BASE,
            LONELY,
            &LONELY.replace("Zich eenzaam voelen, weinig mensen", text),
        )
    };
    let base = lonely_with(&long);
    let found = warnings(&base, DWO);
    let line = line_of(&base, "Zich eenzaam voelen");
    assert!(
        found.iter().any(|f| f.severity == Severity::Warning
            && f.line == Some(line)
            && f.message
                .contains("'Zich eenzaam voelen, heel erg heel erg h…'")
            && f.message
                .contains(": 49 woorden; houd het bij hoogstens 30")),
        "{found:?}"
    );
    // At the limit (30 words), no warning.
    let thirty = format!(
        "Zich eenzaam voelen,{} echt weinig mensen",
        " heel erg".repeat(10)
    );
    let base = lonely_with(&thirty);
    let line = line_of(&base, "Zich eenzaam voelen");
    assert!(
        warnings(&base, DWO).iter().all(|f| f.line != Some(line)),
        "30 words are allowed"
    );
}

#[test]
fn a_quote_in_a_text_still_finds_its_line() {
    let quoted = LONELY.replace("weinig mensen", "\\\"alleen\\\" en weinig mensen");
    let base = replaced(BASE, LONELY, &quoted.replace("dwo-plan", "bestaat-niet"));
    assert_refused(
        &base,
        DWO,
        BASE_NAME,
        "Zich eenzaam voelen, \\\"alleen",
        "noemt bron 'bestaat-niet'",
    );
}

fn base_ok() -> String {
    BASE.to_owned()
}

/// The factsheet is for referrers, not patients, but in plain Dutch: each section's reading
/// ease (Flesch-Douma, `src/readability.rs`) is printed, and the mean over the sections is at
/// least 55 (patient texts: 65 on average, no text under 50).
#[test]
fn the_factsheet_reads_easily() {
    use verwijswijzer::readability::flesch_douma;
    for pack in every_pack() {
        let region = pack.region.id.as_str();
        let mut sections: Vec<(String, f64)> = Vec::new();
        let mut by_list: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for (list, said, _) in items(&pack.factsheet) {
            // Item fields are joined with " | " above; here each field is its own sentence.
            let said = said
                .split(" | ")
                .map(|part| {
                    let part = pack.fill_in(None, part);
                    if part.ends_with(['.', '?', '!']) {
                        part
                    } else {
                        format!("{part}.")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            by_list.entry(list).or_default().push(said);
        }
        for (list, texts) in by_list {
            sections.push((list, flesch_douma(&texts.join(" ")).score));
        }
        let mean = sections.iter().map(|(_, s)| s).sum::<f64>() / sections.len() as f64;
        let worst = sections
            .iter()
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .expect("sections");
        println!(
            "{region}: gemiddeld {mean:.1}, laagst {} {:.1}",
            worst.0, worst.1
        );
        assert!(
            mean >= 55.0,
            "{region}: de factsheet leest te moeilijk ({mean:.1})"
        );
    }
}
