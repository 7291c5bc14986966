//! The `summary` command, run as a script would run it: it prints the very text the app
//! copies (made in-process by `summary::referral_text` for the same inputs), prints nothing
//! and exits 3 when the safety rules allow no referral text, and exits 2 on bad input.

mod common;

use common::{WOR, cli};

use std::path::Path;
use std::process::Output;
use verwijswijzer::consult::Consult;
use verwijswijzer::engine::{
    Answers, Consent, GemeenteId, NoReferralReason, Pack, PackSource, ReasonId, ReferrerId,
    load_pack,
};
use verwijswijzer::packs::add_training_beside;
use verwijswijzer::summary::{Layout, NoText, referral_text, referral_text_as};

fn summary(answers: &str, extra: &[&str]) -> Output {
    let mut args = vec!["summary", "--region", "dwo", "--answers", answers];
    args.extend_from_slice(extra);
    cli(&args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The WOR answers with one answer replaced (or added).
fn wor_with(question: &str, code: &str) -> String {
    let prefix = format!("{question}=");
    let mut pairs: Vec<String> = WOR
        .split(',')
        .filter(|p| !p.starts_with(&prefix))
        .map(str::to_owned)
        .collect();
    pairs.push(format!("{question}={code}"));
    pairs.join(",")
}

/// The WOR answers without one question.
fn wor_without(question: &str) -> String {
    let prefix = format!("{question}=");
    WOR.split(',')
        .filter(|p| !p.starts_with(&prefix))
        .collect::<Vec<_>>()
        .join(",")
}

/// The DWO pack as the CLI reads it: from `content/` on disk, at run time, with its training
/// cases (they are part of the fingerprint in the text's last line).
fn dwo_pack() -> Pack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("pack file readable");
    let (region, base) = (read("dwo.toml"), read("base.toml"));
    let (mut pack, _warnings) = load_pack(
        &PackSource {
            name: "content/dwo.toml",
            text: &region,
        },
        &PackSource {
            name: "content/base.toml",
            text: &base,
        },
    )
    .unwrap_or_else(|e| panic!("the DWO pack loads: {:?}", e.findings));
    add_training_beside(&dir.join("dwo.toml"), &mut pack)
        .unwrap_or_else(|e| panic!("the DWO training cases load: {:?}", e.findings));
    pack
}

/// The referral text computed in-process through the library, for the same inputs.
fn library_text(
    answers: &str,
    gemeente: Option<&str>,
    referrer: Option<&str>,
    consent: Consent,
) -> Result<String, NoText> {
    let pack = dwo_pack();
    let answers = Answers::parse(&pack, answers).expect("answers parse");
    let gemeente = gemeente.map(GemeenteId::from);
    let consult = Consult::decided(
        pack,
        gemeente.as_ref(),
        referrer.map(ReferrerId::from),
        answers,
        consent,
    )
    .expect("consult input is valid");
    referral_text(&consult)
}

/// The referral text in one layout with reasons, computed in-process for the same inputs.
fn library_text_as(
    answers: &str,
    referrer: Option<&str>,
    reasons: &[&str],
    layout: Layout,
) -> Result<String, NoText> {
    let pack = dwo_pack();
    let answers = Answers::parse(&pack, answers).expect("answers parse");
    let mut consult = Consult::decided(
        pack,
        None,
        referrer.map(ReferrerId::from),
        answers,
        Consent::Given,
    )
    .expect("consult input is valid");
    consult
        .reasons
        .extend(reasons.iter().map(|id| ReasonId::from(*id)));
    referral_text_as(&consult, layout)
}

fn assert_text(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "summary should succeed; stderr: {}",
        text(&output.stderr)
    );
    let stdout = text(&output.stdout);
    assert!(stdout.ends_with('\n'), "text ends with a newline");
    stdout
}

/// Exit 3, nothing on stdout, and the reason (the engine's and the pack's words) on stderr.
fn assert_no_text(output: &Output, reason: NoReferralReason) {
    assert_eq!(
        output.status.code(),
        Some(3),
        "no referral text allowed; stdout: {} stderr: {}",
        text(&output.stdout),
        text(&output.stderr)
    );
    assert!(
        output.stdout.is_empty(),
        "nothing on stdout, got: {}",
        text(&output.stdout)
    );
    let stderr = text(&output.stderr);
    assert!(!stderr.trim().is_empty(), "a reason on stderr");
    // The reason in words a referrer recognises, not merely whatever it displays as.
    let words = match reason {
        NoReferralReason::UrgentCare => "acute zorg",
        NoReferralReason::AcuteRiskUnknown => "acuut gevaar",
        NoReferralReason::ConsentRefused => "geen toestemming",
    };
    assert!(
        stderr.starts_with(&format!("verwijswijzer: geen verwijstekst: {reason}."))
            && reason.to_string().contains(words),
        "'{words}' as the reason in: {stderr}"
    );
    let pack = dwo_pack();
    let texts = reason.texts(&pack);
    assert!(stderr.contains(texts.why.trim()), "why in: {stderr}");
    assert!(
        stderr.contains(texts.instead.trim()),
        "instead in: {stderr}"
    );
}

/// Exit 2, nothing on stdout, and a Dutch message naming the problem on stderr.
fn assert_usage_error(output: &Output, needle: &str) {
    assert_eq!(
        output.status.code(),
        Some(2),
        "bad input exits 2; stdout: {} stderr: {}",
        text(&output.stdout),
        text(&output.stderr)
    );
    assert!(output.stdout.is_empty(), "nothing on stdout");
    let stderr = text(&output.stderr);
    assert!(stderr.contains(needle), "'{needle}' in: {stderr}");
}

#[test]
fn wor_path_prints_the_library_referral_text() {
    let stdout = assert_text(&summary(WOR, &[]));
    let expected = library_text(WOR, None, None, Consent::NotAsked).expect("a WOR text");
    assert_eq!(stdout, format!("{expected}\n"));
    assert!(stdout.contains("Route: "), "{stdout}");
}

#[test]
fn same_text_with_gemeente_referrer_and_consent() {
    let gemeente = dwo_pack()
        .gemeenten
        .first()
        .map(|g| g.id.as_str().to_owned())
        .expect("DWO has gemeenten");
    let output = summary(
        WOR,
        &[
            "--gemeente",
            &gemeente,
            "--referrer",
            "poh_ggz",
            "--consent",
            "gegeven",
        ],
    );
    let stdout = assert_text(&output);
    let expected =
        library_text(WOR, Some(&gemeente), Some("poh_ggz"), Consent::Given).expect("a WOR text");
    assert_eq!(stdout, format!("{expected}\n"));
    assert!(stdout.contains("Gemeente: "), "{stdout}");
}

#[test]
fn consent_given_is_in_the_text_and_default_is_not_asked() {
    let given = assert_text(&summary(WOR, &["--consent", "gegeven"]));
    assert!(
        given.contains("Toestemming van de patiënt voor de verwijzing: gegeven"),
        "{given}"
    );
    let default = assert_text(&summary(WOR, &[]));
    assert!(
        default.contains("Toestemming van de patiënt voor de verwijzing: nog niet gevraagd"),
        "{default}"
    );
    let explicit = assert_text(&summary(WOR, &["--consent", "niet_gevraagd"]));
    assert_eq!(explicit, default);
}

#[test]
fn referrer_outside_the_practice_gets_no_icpc_line() {
    let fysio = assert_text(&summary(WOR, &["--referrer", "fysiotherapeut"]));
    assert!(!fysio.contains("ICPC"), "{fysio}");
    let huisarts = assert_text(&summary(WOR, &["--referrer", "huisarts"]));
    assert!(huisarts.contains("ICPC"), "{huisarts}");
}

#[test]
fn acute_risk_yes_gives_no_text() {
    let output = summary("acute_risk=yes", &[]);
    assert_no_text(&output, NoReferralReason::UrgentCare);
    assert_eq!(
        library_text("acute_risk=yes", None, None, Consent::NotAsked),
        Err(NoText::NotAllowed(NoReferralReason::UrgentCare))
    );
}

#[test]
fn acute_risk_unknown_gives_no_text() {
    let answers = wor_with("acute_risk", "unknown");
    assert_no_text(&summary(&answers, &[]), NoReferralReason::AcuteRiskUnknown);
}

#[test]
fn refused_consent_gives_no_text() {
    let output = summary(WOR, &["--consent", "geweigerd"]);
    assert_no_text(&output, NoReferralReason::ConsentRefused);
}

#[test]
fn unknown_region_exits_2() {
    let output = cli(&["summary", "--region", "atlantis", "--answers", WOR]);
    assert_usage_error(&output, "onbekende regio 'atlantis'");
}

#[test]
fn unknown_question_exits_2() {
    let answers = format!("{WOR},favourite_colour=blue");
    assert_usage_error(
        &summary(&answers, &[]),
        "onbekende vraag 'favourite_colour'",
    );
}

#[test]
fn bad_answer_code_exits_2() {
    let answers = wor_with("open_to_coach", "perhaps");
    assert_usage_error(&summary(&answers, &[]), "perhaps");
}

#[test]
fn unknown_gemeente_exits_2() {
    assert_usage_error(&summary(WOR, &["--gemeente", "atlantis"]), "atlantis");
}

#[test]
fn unknown_referrer_exits_2_and_lists_the_known_ones() {
    let output = summary(WOR, &["--referrer", "tandarts"]);
    assert_usage_error(&output, "onbekende verwijzer 'tandarts'");
    let stderr = text(&output.stderr);
    for referrer in &dwo_pack().referrer_types {
        assert!(
            stderr.contains(referrer.id.as_str()),
            "{} in: {stderr}",
            referrer.id
        );
    }
}

#[test]
fn bad_consent_exits_2() {
    assert_usage_error(
        &summary(WOR, &["--consent", "ja"]),
        "'ja' is geen toestemming",
    );
}

#[test]
fn missing_main_flow_answer_exits_2() {
    let answers = wor_without("open_to_coach");
    assert_usage_error(&summary(&answers, &[]), "vraag 'open_to_coach' ontbreekt");
    // eval gives the same message for the same answers.
    let eval = cli(&["eval", "--region", "dwo", "--answers", &answers]);
    assert_usage_error(&eval, "vraag 'open_to_coach' ontbreekt");
}

#[test]
fn missing_addon_answer_exits_2() {
    let answers = wor_without("carer_strain");
    assert_usage_error(&summary(&answers, &[]), "vraag 'carer_strain' ontbreekt");
    assert_eq!(
        library_text(&answers, None, None, Consent::NotAsked),
        Err(NoText::Incomplete)
    );
}

#[test]
fn each_layout_prints_the_library_text_with_the_reasons() {
    let reasons = ["eenzaamheid", "geldzorgen"];
    for (code, layout) in [
        ("zorgdomein", Layout::ZorgDomein),
        ("viplive", Layout::VipLive),
        ("his", Layout::HisJournaal),
    ] {
        let output = summary(
            WOR,
            &[
                "--referrer",
                "huisarts",
                "--consent",
                "gegeven",
                "--reasons",
                "eenzaamheid,geldzorgen",
                "--layout",
                code,
            ],
        );
        let stdout = assert_text(&output);
        let expected =
            library_text_as(WOR, Some("huisarts"), &reasons, layout).expect("a WOR text");
        assert_eq!(stdout, format!("{expected}\n"), "{code}");
        assert!(
            stdout.contains("\nReden van verwijzing: Eenzaamheid; Geldzorgen"),
            "{code}: {stdout}"
        );
    }
    let his = assert_text(&summary(
        WOR,
        &["--referrer", "huisarts", "--layout", "his"],
    ));
    assert!(
        his.contains("\nS: ") && his.contains("\nE: ") && his.contains("ICPC: Z68"),
        "{his}"
    );
}

#[test]
fn the_default_layout_is_the_region_channel_and_reasons_default_to_none() {
    let default = assert_text(&summary(WOR, &[]));
    let zorgdomein = assert_text(&summary(WOR, &["--layout", "zorgdomein"]));
    assert_eq!(default, zorgdomein, "DWO refers via ZorgDomein");
    assert!(
        default.contains("\nReden van verwijzing: niet opgegeven\n"),
        "{default}"
    );
    let eindhoven = cli(&["summary", "--region", "eindhoven", "--answers", WOR]);
    let note = assert_text(&eindhoven);
    let viplive = cli(&[
        "summary",
        "--region",
        "eindhoven",
        "--answers",
        WOR,
        "--layout",
        "viplive",
    ]);
    assert_eq!(note, assert_text(&viplive), "Eindhoven refers via VIPLive");
    assert!(note.contains("\nAntwoorden: Acuut gevaar: Nee; "), "{note}");
}

#[test]
fn no_layout_prints_a_text_when_consent_is_refused() {
    for layout in ["zorgdomein", "viplive", "his"] {
        let output = summary(WOR, &["--consent", "geweigerd", "--layout", layout]);
        assert_no_text(&output, NoReferralReason::ConsentRefused);
    }
    let urgent = summary("acute_risk=yes", &["--layout", "his"]);
    assert_no_text(&urgent, NoReferralReason::UrgentCare);
}

#[test]
fn unknown_layout_exits_2() {
    assert_usage_error(
        &summary(WOR, &["--layout", "html"]),
        "onbekende opmaak 'html'; kies uit: zorgdomein, viplive, his",
    );
}

#[test]
fn unknown_reason_exits_2_and_lists_the_known_ones() {
    let output = summary(WOR, &["--reasons", "eenzaamheid,verveling"]);
    assert_usage_error(&output, "onbekende reden van verwijzing 'verveling'");
    let stderr = text(&output.stderr);
    for reason in &dwo_pack().referral_reasons {
        assert!(
            stderr.contains(reason.id.as_str()),
            "{} in: {stderr}",
            reason.id
        );
    }
}
