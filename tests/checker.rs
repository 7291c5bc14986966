//! The pack checker and the `eval`/`tree` commands, run as a pack editor would run them.
//!
//! Each broken pack is the real DWO pack with one mistake put in, so every error class is
//! shown against content an editor knows. The test asserts the file, the line and the reason.

mod common;

use common::cli;

use std::path::{Path, PathBuf};
use std::process::Output;
use verwijswijzer::engine::{PackSource, load_pack};

const BASE: &str = include_str!("../content/base.toml");
const DWO: &str = include_str!("../content/dwo.toml");

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A content folder holding a base and a DWO region, each with one edit applied.
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new(name: &str, base: String, region: String) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "verwijswijzer-fixture-{}-{name}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("base.toml"), base).expect("write base");
        std::fs::write(dir.join("dwo.toml"), region).expect("write region");
        Self { dir }
    }

    fn check(&self) -> Output {
        let region = self.dir.join("dwo.toml");
        cli(&["check", region.to_str().expect("utf-8 path")])
    }

    /// Checks the pack, which must pass; returns what the checker wrote to stderr (warnings).
    fn passes(&self) -> String {
        let output = self.check();
        let stderr = text(&output.stderr);
        assert!(output.status.success(), "{stderr}");
        stderr
    }
}

/// Checks DWO with one edit on the shipped base; the pack must pass. Returns the warnings.
fn region_passes(name: &str, region: String) -> String {
    Fixture::new(name, BASE.to_owned(), region).passes()
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn replaced(original: &str, from: &str, to: &str) -> String {
    assert!(
        original.contains(from),
        "fixture edit does not apply: {from}"
    );
    original.replacen(from, to, 1)
}

fn line_of(haystack: &str, needle: &str) -> usize {
    let offset = haystack.find(needle).expect("needle in fixture");
    haystack[..offset].matches('\n').count() + 1
}

/// (name, edited base, edited region, file the error is in, text on the error's line, reason)
fn broken_packs() -> Vec<(
    &'static str,
    String,
    String,
    &'static str,
    &'static str,
    &'static str,
)> {
    let base = || BASE.to_owned();
    let dwo = || DWO.to_owned();
    vec![
        (
            "toml-syntax",
            base(),
            replaced(DWO, "channel = \"ZorgDomein\"", "channel = \"ZorgDomein"),
            "dwo.toml",
            "channel = \"ZorgDomein",
            "geen geldige TOML",
        ),
        (
            "unknown-field",
            base(),
            replaced(DWO, "icpc = \"Z68\"", "icpc = \"Z68\"\nicpc_code = \"Z68\""),
            "dwo.toml",
            "icpc_code",
            "onbekend veld `icpc_code`",
        ),
        (
            "missing-field",
            base(),
            replaced(DWO, "icpc = \"Z68\"\n", ""),
            "dwo.toml",
            "[region]",
            "verplicht veld `icpc` ontbreekt",
        ),
        (
            "wrong-type",
            base(),
            replaced(DWO, "youth_wor = false", "youth_wor = \"nee\""),
            "dwo.toml",
            "youth_wor = \"nee\"",
            "verkeerd soort waarde",
        ),
        (
            "dangling-route",
            replaced(
                BASE,
                "{ on = \"yes\", route = \"self_directed\" }",
                "{ on = \"yes\", route = \"zelf_doen\" }",
            ),
            dwo(),
            "base.toml",
            "question = \"self_directed\"",
            "route 'zelf_doen' bestaat niet",
        ),
        (
            "dangling-question",
            replaced(
                BASE,
                "question = \"self_directed\"",
                "question = \"zelfredzaam\"",
            ),
            dwo(),
            "base.toml",
            "question = \"zelfredzaam\"",
            "die vraag bestaat niet",
        ),
        (
            "acute-in-flow",
            replaced(
                BASE,
                "[[flow]]\nquestion = \"age_group\"",
                "[[flow]]\nquestion = \"acute_risk\"\nexits = [{ on = \"no\", route = \"other\" }]\n\n[[flow]]\nquestion = \"age_group\"",
            ),
            dwo(),
            "base.toml",
            "question = \"acute_risk\"",
            "stelt die vraag zelf als eerste",
        ),
        (
            "urgent-from-flow",
            replaced(
                BASE,
                "{ on = \"yes\", route = \"medical_care\" }",
                "{ on = \"yes\", route = \"urgent_care\" }",
            ),
            dwo(),
            "base.toml",
            "\"urgent_care\"",
            "alleen 'acute_risk' leidt naar 'urgent_care'",
        ),
        (
            "path-without-route",
            replaced(BASE, "  { on = \"no\", route = \"not_now\" },\n", ""),
            dwo(),
            "base.toml",
            "question = \"open_to_coach\"",
            "eindigen zonder route",
        ),
        (
            "unreachable-route",
            replaced(
                BASE,
                "[routes.valpreventie]",
                "[routes.extra]\ntitle = \"Extra\"\nsummary = \"Extra route.\"\nexpect = [\"Gaat het slechter? Neem dan contact op met uw huisarts.\"]\nnext_steps = [\"Iets.\"]\nsources = [\"dwo-plan\"]\n\n[routes.valpreventie]",
            ),
            dwo(),
            "base.toml",
            "[routes.extra]",
            "route 'extra' is onbereikbaar",
        ),
        (
            "unreachable-question",
            replaced(
                BASE,
                "[questions.carer_strain]",
                "[questions.extra]\ntext = \"Extra?\"\nshort = \"Extra\"\nhelp = \"Extra.\"\nexamples = [\"Extra.\"]\nopen_check = \"Extra.\"\nsources = [\"dwo-plan\"]\n\n[questions.carer_strain]",
            ),
            dwo(),
            "base.toml",
            "[questions.extra]",
            "vraag 'extra' is onbereikbaar",
        ),
        (
            "email-in-contact",
            base(),
            replaced(
                DWO,
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"info@voorbeeld.nl\"",
            ),
            "dwo.toml",
            "id = \"westland\"",
            "contact bevat een e-mailadres",
        ),
        (
            "phone-in-contact",
            base(),
            replaced(
                DWO,
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"06-12345678\"",
            ),
            "dwo.toml",
            "id = \"westland\"",
            "contact bevat een telefoonnummer",
        ),
        (
            "person-in-contact",
            base(),
            replaced(
                DWO,
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"Mevr. Jansen\"",
            ),
            "dwo.toml",
            "id = \"westland\"",
            "lijkt een persoonsnaam",
        ),
        (
            "person-name-only",
            base(),
            replaced(
                DWO,
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"Anna van der Berg\"",
            ),
            "dwo.toml",
            "id = \"westland\"",
            "lijkt een persoonsnaam",
        ),
        (
            "person-with-a-double-surname",
            base(),
            replaced(
                DWO,
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"Tineke Jansen-de Vries\"",
            ),
            "dwo.toml",
            "id = \"westland\"",
            "lijkt een persoonsnaam",
        ),
        (
            "acute-risk-with-options",
            replaced(
                BASE,
                "short = \"Acuut gevaar\"\n",
                "short = \"Acuut gevaar\"\noptions = [{ code = \"ja\", label = \"Ja\" }, { code = \"nee\", label = \"Nee\" }]\n",
            ),
            dwo(),
            "base.toml",
            "[questions.acute_risk]",
            "'acute_risk' moet een ja/nee-vraag zijn",
        ),
        (
            "reserved-option-code",
            replaced(
                BASE,
                "{ code = \"senior\", label",
                "{ code = \"yes\", label",
            ),
            dwo(),
            "base.toml",
            "[questions.age_group]",
            "vraag 'age_group': keuze 'yes' is gereserveerd",
        ),
        (
            "unknown-counts-as-unknown",
            replaced(BASE, "unknown_as = \"adult\"", "unknown_as = \"unknown\""),
            dwo(),
            "base.toml",
            "[questions.age_group]",
            "vraag 'age_group': unknown_as = 'unknown' is geen antwoord op deze vraag",
        ),
        (
            "unknown-counts-as-no-option",
            replaced(BASE, "unknown_as = \"adult\"", "unknown_as = \"teenager\""),
            dwo(),
            "base.toml",
            "[questions.age_group]",
            "vraag 'age_group': unknown_as = 'teenager' is geen antwoord op deze vraag",
        ),
        (
            "addon-not-yes-no",
            replaced(
                BASE,
                "[[addons]]\nquestion = \"carer_strain\"",
                "[[addons]]\nquestion = \"age_group\"",
            ),
            dwo(),
            "base.toml",
            "question = \"age_group\"",
            "aanvulling 'age_group' moet een ja/nee-vraag zijn",
        ),
        (
            "empty-line-in-steps",
            replaced(
                BASE,
                "  \"Geef de patiënt de naam en website van {organisatie} mee.\",\n",
                "  \"Geef de patiënt de naam en website van {organisatie} mee.\",\n  \" \",\n",
            ),
            dwo(),
            "base.toml",
            "[routes.self_directed]",
            "route 'self_directed': 'next_steps' is leeg of heeft een lege regel",
        ),
        (
            "empty-region-owner",
            base(),
            replaced(
                DWO,
                "owner = \"ZEL, Zorgorganisatie Eerste Lijn\"",
                "owner = \" \"",
            ),
            "dwo.toml",
            "[region]",
            "regio: 'owner' is leeg",
        ),
        (
            "gemeente-twice",
            base(),
            replaced(DWO, "id = \"westland\"", "id = \"delft\""),
            "dwo.toml",
            "id = \"delft\"",
            "gemeente 'delft' staat er twee keer",
        ),
        (
            "referrer-type-twice",
            replaced(BASE, "id = \"poh_somatiek\"", "id = \"huisarts\""),
            dwo(),
            "base.toml",
            "id = \"huisarts\"",
            "verwijzer 'huisarts' staat er twee keer",
        ),
        (
            "organisation-name-as-contact",
            base(),
            replaced(
                DWO,
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
                "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"WIJ Westland\"",
            ),
            "dwo.toml",
            "id = \"westland\"",
            "Westland: contact moet een webadres (https://...) zijn",
        ),
        (
            "no-source",
            replaced(
                BASE,
                "sources = [\"valpreventie\", \"dwo-plan\"]\n\n[routes.mantelzorg]",
                "sources = []\n\n[routes.mantelzorg]",
            ),
            dwo(),
            "base.toml",
            "[routes.valpreventie]",
            "heeft geen bron",
        ),
        (
            "unknown-source",
            base(),
            replaced(
                DWO,
                "sources = [\"dwo-plan\", \"zel-wor\", \"dwo-welzijnsorganisaties\"]",
                "sources = [\"dwo-plan\", \"zel-wor\", \"folder-2019\"]",
            ),
            "dwo.toml",
            "id = \"delft\"",
            "noemt bron 'folder-2019'",
        ),
        (
            "unknown-placeholder",
            replaced(
                BASE,
                "Verwijs naar de steun voor mantelzorgers van {organisatie}.",
                "Verwijs naar de steun voor mantelzorgers van {welzijnsorganisatie}.",
            ),
            dwo(),
            "base.toml",
            "[routes.mantelzorg]",
            "onbekende invulplek {welzijnsorganisatie}",
        ),
        (
            "region-id-not-the-file-name",
            base(),
            replaced(DWO, "id = \"dwo\"", "id = \"delft\""),
            "dwo.toml",
            "id = \"delft\"",
            "het bestand heet dwo.toml",
        ),
        (
            "unknown-channel",
            base(),
            replaced(DWO, "channel = \"ZorgDomein\"", "channel = \"Fax\""),
            "dwo.toml",
            "channel",
            "kanaal 'Fax' is onbekend",
        ),
        (
            "override-unknown-route",
            base(),
            format!("{DWO}\n[routes.wor_plus]\ntitle = \"WOR plus\"\n"),
            "dwo.toml",
            "[routes.wor_plus]",
            "de basis kent die route niet",
        ),
        (
            "condition-bad-code",
            replaced(
                BASE,
                "when = { question = \"age_group\", is = [\"senior\"] }",
                "when = { question = \"age_group\", is = [\"oud\"] }",
            ),
            dwo(),
            "base.toml",
            "question = \"fall_risk\"",
            "test 'age_group' op 'oud'",
        ),
        (
            "exit-on-unknown",
            replaced(
                BASE,
                "{ on = \"yes\", route = \"medical_care\" }",
                "{ on = \"unknown\", route = \"medical_care\" }",
            ),
            dwo(),
            "base.toml",
            "question = \"needs_medical_care\"",
            "exit op 'unknown'",
        ),
        (
            "choice-without-unknown-as",
            replaced(BASE, "unknown_as = \"adult\"\n", ""),
            dwo(),
            "base.toml",
            "[questions.age_group]",
            "zeg met 'unknown_as'",
        ),
        (
            "bad-date",
            base(),
            replaced(
                DWO,
                "date = \"2026-11-23\"\nchannel",
                "date = \"23-11-2026\"\nchannel",
            ),
            "dwo.toml",
            "\"23-11-2026\"",
            "geen datum",
        ),
        (
            "bad-condition-shape",
            replaced(
                BASE,
                "when = { question = \"multi_problem\", is = [\"yes\"] }",
                "when = { question = \"multi_problem\" }",
            ),
            dwo(),
            "base.toml",
            "when = { question = \"multi_problem\" }",
            "een voorwaarde heeft precies één vorm",
        ),
        (
            "wrong-extends",
            base(),
            replaced(DWO, "extends = \"base\"", "extends = \"basis\""),
            "dwo.toml",
            "extends",
            "extends = \"basis\"",
        ),
        (
            "flow-step-without-exits",
            replaced(
                BASE,
                "question = \"self_directed\"\nexits = [{ on = \"yes\", route = \"self_directed\" }]",
                "question = \"self_directed\"\nexits = []",
            ),
            dwo(),
            "base.toml",
            "question = \"self_directed\"",
            "vraag 'self_directed' in de flow heeft geen 'exits' en geen voorwaarde gebruikt het antwoord",
        ),
        (
            "addon-twice",
            replaced(
                BASE,
                "[[addons]]\nquestion = \"carer_strain\"\nroute = \"mantelzorg\"\n",
                "[[addons]]\nquestion = \"carer_strain\"\nroute = \"mantelzorg\"\n\n[[addons]]\nquestion = \"carer_strain\"\nroute = \"wor\"\n",
            ),
            dwo(),
            "base.toml",
            "question = \"carer_strain\"",
            "vraag 'carer_strain' is twee keer een aanvulling",
        ),
        (
            "practice-word-for-every-referrer",
            replaced(
                BASE,
                "  \"Vraag toestemming voordat u gegevens doorgeeft.\",\n",
                "  \"Vraag toestemming voordat u gegevens doorgeeft, en leg die vast in het HIS.\",\n",
            ),
            dwo(),
            "base.toml",
            "[routes.social_work]",
            "route 'social_work': next_steps (voor elke verwijzer, want next_steps_elders ontbreekt) noemt 'HIS'",
        ),
        (
            "placeholder-in-a-text-shown-as-it-is",
            replaced(
                BASE,
                "summary = \"De patiënt is jonger dan 18 en heeft geen behandeling nodig.",
                "summary = \"De patiënt in {gemeente} is jonger dan 18 en heeft geen behandeling nodig.",
            ),
            dwo(),
            "base.toml",
            "[routes.youth]",
            "route 'youth' (summary): invulplek {gemeente} wordt in deze tekst niet ingevuld",
        ),
        (
            "question-assumes-a-practice",
            replaced(
                BASE,
                "text = \"Werkt de huisartsenpraktijk van de patiënt met Krachtige Basiszorg?\"",
                "text = \"Werkt uw praktijk met Krachtige Basiszorg?\"",
            ),
            dwo(),
            "base.toml",
            "[questions.practice_kbz]",
            "vraag 'practice_kbz': 'uw praktijk' gaat ervan uit dat de lezer in een praktijk werkt",
        ),
        (
            "to-be-filled-in-in-expect",
            replaced(
                BASE,
                "\"U kunt zelf binnenlopen bij {organisatie}. Een verwijzing is niet nodig.\"",
                "\"U kunt zelf binnenlopen bij nog in te vullen. Een verwijzing is niet nodig.\"",
            ),
            dwo(),
            "base.toml",
            "[routes.self_directed]",
            "route 'self_directed' (expect): 'nog in te vullen' staat in een zin die gebruikers lezen",
        ),
        (
            "expect-without-safety-net",
            replaced(
                BASE,
                "  \"Wilt u later toch een gesprek? Zeg het dan.\",\n  \"Gaat het slechter met u? Neem dan contact op met uw huisarts.\",\n",
                "  \"Wilt u later toch een gesprek? Zeg het dan.\",\n",
            ),
            dwo(),
            "base.toml",
            "[routes.not_now]",
            "route 'not_now': de laatste regel van 'expect' zegt niet wat de patiënt doet als het erger wordt",
        ),
        (
            "contact-norm-unknown-source",
            base(),
            replaced(
                DWO,
                "contact_norm = { target = \"binnen 5 werkdagen na de verwijzing\", source = \"dwo-plan\" }",
                "contact_norm = { target = \"binnen 5 werkdagen na de verwijzing\", source = \"regioplan-2030\" }",
            ),
            "dwo.toml",
            "contact_norm = {",
            "contact_norm noemt bron 'regioplan-2030', maar die staat niet bij [[sources]]",
        ),
        (
            "too-few-referral-reasons",
            first_referral_reasons(2),
            dwo(),
            "base.toml",
            "[[referral_reasons]]",
            "er staan 2 redenen van verwijzing in het pakket; er moeten er minstens 3 zijn",
        ),
        (
            "duplicate-referral-reason",
            replaced(BASE, "id = \"rouw_verlies\"", "id = \"eenzaamheid\""),
            dwo(),
            "base.toml",
            "id = \"eenzaamheid\"",
            "reden van verwijzing 'eenzaamheid' staat er twee keer",
        ),
        (
            "empty-referral-reason-label",
            replaced(BASE, "label = \"Rouw of verlies\"", "label = \" \""),
            dwo(),
            "base.toml",
            "id = \"rouw_verlies\"",
            "reden van verwijzing 'rouw_verlies': 'label' is leeg",
        ),
        (
            "youth-steps-for-everyone",
            replaced(
                &replaced(BASE, YOUTH_MEDICAL_STEPS_ELDERS, ""),
                "\"Rond het onderzoek of de behandeling af",
                "\"Noteer het in het HIS. Rond het onderzoek of de behandeling af",
            ),
            dwo(),
            "base.toml",
            "[routes.medical_care.youth]",
            "next_steps (voor elke verwijzer, want next_steps_elders ontbreekt) noemt 'HIS'",
        ),
        (
            "empty-safety-text",
            replaced(
                BASE,
                "why = \"Eerst moet acuut gevaar uitgesloten zijn.\"",
                "why = \" \"",
            ),
            dwo(),
            "base.toml",
            "[safety]",
            "een veiligheidstekst is leeg",
        ),
        (
            "placeholder-in-safety-text",
            replaced(
                BASE,
                "de huisartsenpost (crisisdienst).",
                "de crisisdienst van {gemeente}.",
            ),
            dwo(),
            "base.toml",
            "[safety]",
            "veiligheidstekst: invulplek {gemeente} wordt in deze tekst niet ingevuld",
        ),
        (
            "no-text-while-acute-risk-is-open",
            replaced(BASE, ACUTE_RISK_UNKNOWN, "acute_risk_unknown = []\n"),
            dwo(),
            "base.toml",
            "[safety]",
            "het crisisvak heeft geen tekst",
        ),
        (
            "dangling-alternative",
            replaced(
                BASE,
                "alternative = \"self_directed\"",
                "alternative = \"zelf_doen\"",
            ),
            dwo(),
            "base.toml",
            "alternative = \"zelf_doen\"",
            "alternative = \"zelf_doen\": die route bestaat niet",
        ),
    ]
}

/// The youth's own steps for referrers outside the practice in `[routes.medical_care.youth]`.
const YOUTH_MEDICAL_STEPS_ELDERS: &str = r#"next_steps_elders = [
  "Overleg met de huisarts van de jongere over het onderzoek of de behandeling.",
  "Toestemming voor behandeling (WGBO): onder 12 jaar beslissen de ouders, van 12 tot en met 15 ouders en kind samen, vanaf 16 de jongere zelf.",
  "Spelen er ook problemen thuis, op school of met vrienden? Noem het jeugdteam (CJG) van {gemeente} in het overleg.",
]
"#;

/// The crisis box's text for when acute risk is not yet ruled out, in `[safety]`.
const ACUTE_RISK_UNKNOWN: &str = r#"acute_risk_unknown = [
  "Acuut gevaar is nog niet uitgesloten. Ga dat eerst na, voordat de patiënt weggaat.",
  "Blijkt er toch gevaar? Bel 113 of 0800-0113 (gratis, dag en nacht). Bij direct levensgevaar: 112.",
]
"#;

/// The base with only its first `count` reasons for referral.
fn first_referral_reasons(count: usize) -> String {
    let blocks: Vec<&str> = BASE.split("[[referral_reasons]]\n").collect();
    assert!(
        blocks.len() > count + 1,
        "base.toml has more than {count} [[referral_reasons]]"
    );
    let last = blocks.last().expect("blocks");
    let rest = &last[last.find("\n# ").expect("a section after the reasons")..];
    let kept: Vec<&str> = blocks[1..=count].iter().map(|b| b.trim_end()).collect();
    format!(
        "{}[[referral_reasons]]\n{}{rest}",
        blocks[0],
        kept.join("\n\n[[referral_reasons]]\n")
    )
}

#[test]
fn every_broken_pack_fails_with_file_line_and_reason() {
    let cases = broken_packs();
    for (name, base, region, file, line_text, reason) in cases {
        let fixture = Fixture::new(name, base.clone(), region.clone());
        let output = fixture.check();
        let stderr = text(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{name}: exit code; stderr:\n{stderr}"
        );
        let edited = if file == "base.toml" { &base } else { &region };
        let expected_line = line_of(edited, line_text);
        let location = format!(
            "{}:{expected_line}: fout: ",
            fixture.dir.join(file).display()
        );
        let hit = stderr.lines().find(|l| l.contains(reason));
        let hit =
            hit.unwrap_or_else(|| panic!("{name}: reason '{reason}' not in stderr:\n{stderr}"));
        assert!(
            hit.starts_with(&location),
            "{name}: expected '{location}…', got:\n{hit}"
        );
    }
}

/// A flow question may come back as an add-on (base.toml asks `psychosocial` after medical
/// care): the engine asks it once, so the checker must not call it a duplicate.
#[test]
fn a_flow_question_may_return_as_an_add_on() {
    let pack = verwijswijzer::packs::bundled("dwo")
        .expect("dwo")
        .load()
        .expect("loads");
    let reused: Vec<String> = pack
        .addons
        .iter()
        .filter(|a| pack.flow.iter().any(|s| s.question == a.question))
        .map(|a| a.question.to_string())
        .collect();
    assert!(
        reused.contains(&"psychosocial".to_owned()),
        "base.toml asks no flow question as an add-on any more: {reused:?}"
    );
    let stderr = region_passes("flow-question-as-add-on", DWO.to_owned());
    assert!(!stderr.contains("aanvulling"), "{stderr}");
}

#[test]
fn the_shipped_packs_pass_with_warnings_for_missing_contacts() {
    let output = cli(&["check"]);
    let stdout = text(&output.stdout);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "check failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("content/dwo.toml: in orde"), "{stdout}");
    assert!(
        stdout.contains("content/eindhoven.toml: in orde"),
        "{stdout}"
    );
    assert!(
        stderr.contains("waarschuwing: Delft: contact is nog in te vullen"),
        "{stderr}"
    );
    // Where Welzijn op Recept is not yet confirmed, the editor hears it; where it is, not.
    assert!(
        stderr.contains(
            "waarschuwing: Veldhoven: of Welzijn op Recept hier loopt is nog niet bevestigd"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("Eindhoven: of Welzijn op Recept"),
        "{stderr}"
    );
    assert!(!stderr.contains(": fout: "), "{stderr}");
}

/// A region that leaves youth to each gemeente is warned until a gemeente has chosen; a region
/// that decides for all its gemeenten is not.
#[test]
fn youth_per_gemeente_is_a_warning_until_a_gemeente_has_chosen() {
    const WARNING: &str = "jeugd is een keuze per gemeente";
    let shipped = text(&cli(&["check"]).stderr);
    let warned: Vec<&str> = shipped.lines().filter(|l| l.contains(WARNING)).collect();
    assert_eq!(warned.len(), 1, "{shipped}");
    assert!(
        warned[0].starts_with("content/eindhoven.toml:"),
        "{shipped}"
    );

    let per_gemeente = replaced(
        DWO,
        "youth_wor = false\n",
        "youth_wor = false\nyouth_wor_per_gemeente = true\n",
    );
    let stderr = region_passes("youth-open", per_gemeente.clone());
    assert!(stderr.contains(WARNING), "{stderr}");

    let chosen = replaced(
        &per_gemeente,
        "id = \"delft\"\n",
        "id = \"delft\"\nyouth_wor = true\n",
    );
    let stderr = region_passes("youth-chosen", chosen);
    assert!(!stderr.contains(WARNING), "{stderr}");
}

/// A gemeente whose settings differ from its region's is walked as well: a route only it
/// reaches is not reported as switched off.
#[test]
fn a_gemeente_with_its_own_settings_is_walked_too() {
    const SWITCHED_OFF: &str = "route 'youth' komt in deze regio nooit uit";
    let youth_for_all = replaced(DWO, "youth_wor = false\n", "youth_wor = true\n");
    let stderr = region_passes("youth-for-all", youth_for_all.clone());
    assert!(stderr.contains(SWITCHED_OFF), "{stderr}");

    let delft_apart = replaced(
        &youth_for_all,
        "id = \"delft\"\n",
        "id = \"delft\"\nyouth_wor = false\n",
    );
    let stderr = region_passes("youth-delft-apart", delft_apart);
    assert!(!stderr.contains(SWITCHED_OFF), "{stderr}");
}

/// A practice-only word counts only as a whole word: a step for every referrer may say
/// "HISTORIE" (the "in het HIS" case is a broken pack above).
#[test]
fn a_practice_word_counts_only_as_a_whole_word() {
    let base = replaced(
        BASE,
        "\"Overleg met de huisarts van de jongere over het onderzoek of de behandeling.\"",
        "\"Overleg met de huisarts van de jongere over het onderzoek, de behandeling en de HISTORIE.\"",
    );
    let fixture = Fixture::new("his-inside-a-word", base, DWO.to_owned());
    fixture.passes();
}

/// An organisation's website is what a contact and a website should be: no warning, no error.
#[test]
fn a_website_is_a_good_contact() {
    let region = replaced(
        DWO,
        "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"nog in te vullen\"",
        "name = \"Westland\"\nwelzijnsorganisatie = \"Vitis Welzijn\"\ncontact = \"https://welzijn.example/westland\"\nwebsite = \"https://welzijn.example\"",
    );
    let stderr = region_passes("website-contact", region);
    assert!(!stderr.contains("Westland: "), "{stderr}");
}

/// Three reasons for referral are the fewest a pack may offer (two are a broken pack above).
#[test]
fn three_referral_reasons_are_enough() {
    let fixture = Fixture::new("three-reasons", first_referral_reasons(3), DWO.to_owned());
    fixture.passes();
}

/// The app's build stops on a broken pack with this text (app/build.rs): one line per finding,
/// each with file, line and reason, as the checker prints them.
#[test]
fn a_load_error_shows_every_finding_with_file_line_and_reason() {
    let region = replaced(DWO, "icpc = \"Z68\"", "icpc = \"Z68\"\nicpc_code = \"Z68\"");
    let error = load_pack(
        &PackSource {
            name: "dwo.toml",
            text: &region,
        },
        &PackSource {
            name: "base.toml",
            text: BASE,
        },
    )
    .expect_err("an unknown field is refused");
    let shown = error.to_string();
    assert_eq!(shown.lines().count(), error.findings.len(), "{shown}");
    let location = format!("dwo.toml:{}: fout: ", line_of(&region, "icpc_code"));
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with(&location) && l.contains("onbekend veld `icpc_code`")),
        "{shown}"
    );
}

#[test]
fn checking_the_base_checks_every_region_built_on_it() {
    let output = cli(&["check", "content/base.toml"]);
    let stdout = text(&output.stdout);
    assert!(output.status.success());
    assert!(
        stdout.contains("dwo.toml: in orde") && stdout.contains("eindhoven.toml: in orde"),
        "{stdout}"
    );
}

#[test]
fn eval_prints_one_json_object() {
    let output = cli(&[
        "eval",
        "--region",
        "dwo",
        "--answers",
        "acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=yes,multi_problem=no,practical_core=no,self_directed=no,open_to_coach=yes,weight_risk=yes,carer_strain=no",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout).trim(),
        r#"{"primary":"wor","also":["gli"],"open_checks":[],"provisional":false,"path":["acute_risk","age_group","needs_medical_care","needs_psych_treatment","psychosocial","multi_problem","practical_core","self_directed","open_to_coach","weight_risk","carer_strain"]}"#
    );
}

#[test]
fn eval_ignores_answers_the_flow_does_not_reach() {
    let output = cli(&[
        "eval",
        "--region",
        "dwo",
        "--answers",
        "acute_risk=yes,age_group=adult,open_to_coach=yes,weight_risk=yes",
    ]);
    assert_eq!(
        text(&output.stdout).trim(),
        r#"{"primary":"urgent_care","also":[],"open_checks":[],"provisional":false,"path":["acute_risk"]}"#
    );
}

#[test]
fn eval_reports_unknown_as_open_and_provisional() {
    let output = cli(&[
        "eval",
        "--region",
        "eindhoven",
        "--answers",
        "acute_risk=unknown,age_group=unknown,needs_medical_care=no,needs_psych_treatment=no,psychosocial=yes,multi_problem=yes,weight_risk=no,carer_strain=no",
    ]);
    assert_eq!(
        text(&output.stdout).trim(),
        r#"{"primary":"social_work","also":[],"open_checks":["acute_risk","age_group"],"provisional":true,"path":["acute_risk","age_group","needs_medical_care","needs_psych_treatment","psychosocial","multi_problem","weight_risk","carer_strain"]}"#
    );
}

#[test]
fn eval_refuses_unknown_input_with_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["eval", "--region", "utrecht", "--answers", "acute_risk=no"],
            "onbekende regio 'utrecht'; kies uit: dwo, eindhoven",
        ),
        (
            &["eval", "--region", "dwo", "--answers", "acute=no"],
            "onbekende vraag 'acute'",
        ),
        (
            &[
                "eval",
                "--region",
                "dwo",
                "--answers",
                "acute_risk=misschien",
            ],
            "'misschien' is geen antwoord op 'acute_risk'; kies uit: yes, no, unknown",
        ),
        (
            &["eval", "--region", "dwo", "--answers", "acute_risk"],
            "'acute_risk' is geen antwoord",
        ),
        (
            &["eval", "--region", "dwo", "--answers", "acute_risk=no"],
            "vraag 'age_group' ontbreekt",
        ),
        (
            &[
                "eval",
                "--region",
                "dwo",
                "--gemeente",
                "rotterdam",
                "--answers",
                "acute_risk=yes",
            ],
            "onbekende gemeente 'rotterdam'",
        ),
        (
            &["eval", "--answers", "acute_risk=yes"],
            "--region ontbreekt",
        ),
        (&["evaluate"], "onbekende opdracht 'evaluate'"),
        (&["eval", "--regio", "dwo"], "onbekende optie '--regio'"),
        (
            &["tree", "--region", "dwo", "--format", "png"],
            "onbekend formaat 'png'",
        ),
    ];
    for (args, message) in cases {
        let output = cli(args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(message),
            "{args:?}: expected '{message}' in:\n{stderr}"
        );
        assert!(output.stdout.is_empty(), "{args:?} printed on stdout");
    }
}

#[test]
fn tree_draws_every_question_and_route() {
    let pack = verwijswijzer::packs::bundled("dwo")
        .expect("dwo")
        .load()
        .expect("loads");
    for (format, opening) in [
        ("dot", "digraph verwijswijzer {"),
        ("mermaid", "flowchart TD"),
    ] {
        let output = cli(&["tree", "--region", "dwo", "--format", format]);
        assert!(output.status.success());
        let drawing = text(&output.stdout);
        assert!(drawing.contains(opening), "{format}: {drawing}");
        for question in pack.questions.keys() {
            assert!(
                drawing.contains(&format!("{question}")),
                "{format}: vraag {question} ontbreekt"
            );
        }
        for route in pack.routes.values() {
            assert!(
                drawing.contains(&route.title),
                "{format}: route {} ontbreekt",
                route.title
            );
        }
    }
}

#[test]
fn the_content_folder_can_be_named() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let output = cli(&[
        "eval",
        "--content",
        dir.to_str().expect("utf-8"),
        "--region",
        "dwo",
        "--answers",
        "acute_risk=yes",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
}
