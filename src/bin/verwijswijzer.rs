//! `verwijswijzer`: the command line for pack editors and scripts.
//!
//! - `check [PACK...]` validates region packs (all in `content/` when none is named);
//!   exit 1 on any error.
//! - `eval --region R --answers q=a,... [--gemeente G]` prints one JSON outcome.
//! - `summary --region R --answers q=a,... [--gemeente G] [--referrer T] [--consent C]
//!   [--reasons id,...] [--layout L]` prints the referral text the app copies for that consult,
//!   made by the same library function (`summary::referral_text_as`). `C` is `gegeven`,
//!   `geweigerd` or `niet_gevraagd` (default); `L` is `zorgdomein`, `viplive` or `his`
//!   (default: the region's channel); the reasons are the pack's `[[referral_reasons]]` ids.
//!   When no referral text may be made (urgent care, acute risk "weet ik niet", consent
//!   refused) nothing goes to stdout, the reason goes to stderr and the exit code is 3.
//! - `tree --region R --format dot|mermaid|svg` draws the decision tree; with
//!   `--answers q=a,... [--gemeente G]` the SVG highlights that consult's path.
//! - `pii` reads lines on stdin and prints one JSON object per line, `{"kinds": [...]}`, with
//!   the kinds of personal data the app warns about in that line (`bsn`, `geboortedatum`,
//!   `telefoonnummer`, `email`, `postcode_huisnummer`; `privacy::kinds`, the app's own code).
//!   `scripts/pii-oracle.py` compares it with independent libraries.
//!
//! Unknown input (command, flag, region, question, answer, gemeente, referrer, consent, reason,
//! layout) and a main-flow question left unanswered exit 2 with a Dutch message on stderr.

use serde::Serialize;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use verwijswijzer::consult::Consult;
use verwijswijzer::engine::{
    Answers, Consent, Context, Finding, GemeenteId, Highlight, LoadError, Pack, PackSource,
    ReasonId, ReferrerId, RouteId, Severity, TreeFormat, Walk, base_name, check_pack, draw_tree,
    enumerate_paths, evaluate, load_pack, tree_svg,
};
use verwijswijzer::packs::{add_training_beside, discover};
use verwijswijzer::privacy;
use verwijswijzer::summary::{Layout, NoText, referral_text_as};

const USAGE: &str = "gebruik:
  verwijswijzer check [PAKKET.toml ...]
  verwijswijzer eval --region REGIO --answers vraag=antwoord,... [--gemeente GEMEENTE]
  verwijswijzer summary --region REGIO --answers vraag=antwoord,... [--gemeente GEMEENTE]
                        [--referrer VERWIJZER] [--consent gegeven|geweigerd|niet_gevraagd]
                        [--reasons REDEN,...] [--layout zorgdomein|viplive|his]
  verwijswijzer tree --region REGIO --format dot|mermaid|svg
                     [--answers vraag=antwoord,... [--gemeente GEMEENTE]] (alleen svg)
  verwijswijzer pii < REGELS
opties voor alle opdrachten: --content MAP (standaard: content)
summary drukt de verwijstekst af zoals de app die kopieert (toestemming standaard:
niet_gevraagd; opmaak standaard: het kanaal van de regio); mag er geen verwijstekst gemaakt
worden, dan staat de reden op stderr en is de afsluitcode 3
pii leest regels van stdin en drukt per regel {\"kinds\": [...]} af: de soorten
persoonsgegevens waarvoor de app in die tekst waarschuwt (bsn, geboortedatum,
telefoonnummer, email, postcode_huisnummer); geen opties";

/// Why the command stopped: bad input (exit 2) or a pack with errors (exit 1).
enum Failure {
    Usage(String),
    Pack(Vec<Finding>),
}

impl From<LoadError> for Failure {
    fn from(error: LoadError) -> Self {
        Failure::Pack(error.findings)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure::Usage(message)) => {
            eprintln!("verwijswijzer: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Pack(findings)) => {
            for finding in findings {
                eprintln!("{finding}");
            }
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| Failure::Usage("geen opdracht gegeven".into()))?;
    let options = Options::parse(rest)?;
    match command.as_str() {
        "check" => check(&options),
        "eval" => eval(&options),
        "summary" => summary(&options),
        "tree" => tree(&options),
        "pii" if rest.is_empty() => pii(),
        "pii" => Err(Failure::Usage(
            "pii leest regels van stdin en kent geen opties".into(),
        )),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Failure::Usage(format!("onbekende opdracht '{other}'"))),
    }
}

#[derive(Default)]
struct Options {
    region: Option<String>,
    answers: Option<String>,
    gemeente: Option<String>,
    referrer: Option<String>,
    consent: Option<String>,
    reasons: Option<String>,
    layout: Option<String>,
    format: Option<String>,
    content: Option<PathBuf>,
    packs: Vec<PathBuf>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Self, Failure> {
        let mut options = Options::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| Failure::Usage(format!("{flag} heeft een waarde nodig")))
            };
            match arg.as_str() {
                "--region" => options.region = Some(value(arg)?),
                "--answers" => options.answers = Some(value(arg)?),
                "--gemeente" => options.gemeente = Some(value(arg)?),
                "--referrer" => options.referrer = Some(value(arg)?),
                "--consent" => options.consent = Some(value(arg)?),
                "--reasons" => options.reasons = Some(value(arg)?),
                "--layout" => options.layout = Some(value(arg)?),
                "--format" => options.format = Some(value(arg)?),
                "--content" => options.content = Some(PathBuf::from(value(arg)?)),
                flag if flag.starts_with("--") => {
                    return Err(Failure::Usage(format!("onbekende optie '{flag}'")));
                }
                pack => options.packs.push(PathBuf::from(pack)),
            }
        }
        Ok(options)
    }

    /// The content folder: as given, else `content/` here, else the one beside this crate.
    fn content_dir(&self) -> PathBuf {
        if let Some(dir) = &self.content {
            return dir.clone();
        }
        let here = PathBuf::from("content");
        if here.is_dir() {
            here
        } else {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
        }
    }

    fn region(&self) -> Result<&str, Failure> {
        self.region
            .as_deref()
            .ok_or_else(|| Failure::Usage("--region ontbreekt".into()))
    }
}

/// A file read from disk, named as the user would find it.
struct PackFile {
    name: String,
    text: String,
}

impl PackFile {
    fn read(path: &Path) -> Result<Self, Failure> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Usage(format!("kan '{name}' niet lezen: {e}")))?;
        Ok(Self { name, text })
    }

    fn source(&self) -> PackSource<'_> {
        PackSource {
            name: &self.name,
            text: &self.text,
        }
    }

    fn is_region(&self) -> bool {
        discover::is_region(&self.text)
    }
}

/// How much to check while loading: `eval` and `tree` trust a pack `check` has passed.
#[derive(Clone, Copy)]
enum Depth {
    Structure,
    EveryPath,
}

/// Loads a region file and the base it extends (looked up beside it).
fn load(path: &Path, depth: Depth) -> Result<(Pack, Vec<Finding>), Failure> {
    let region = PackFile::read(path)?;
    let base_stem = base_name(&region.source())?;
    let base_path = path.with_file_name(format!("{base_stem}.toml"));
    let base = PackFile::read(&base_path).map_err(|_| {
        Failure::Pack(vec![Finding {
            severity: Severity::Error,
            file: region.name.clone(),
            line: region
                .text
                .lines()
                .position(|l| l.trim_start().starts_with("extends"))
                .map(|i| i + 1),
            message: format!(
                "extends = \"{base_stem}\", maar '{}' bestaat niet of is niet leesbaar",
                base_path.display()
            ),
        }])
    })?;
    let loaded = match depth {
        Depth::Structure => load_pack(&region.source(), &base.source()),
        Depth::EveryPath => check_pack(&region.source(), &base.source()),
    };
    Ok(loaded?)
}

/// `load` with every answer path walked, plus the training cases beside the region file
/// (`oefenen/<region>.toml`), each checked against the pack's tree.
fn load_checked(path: &Path) -> Result<(Pack, Vec<Finding>), Failure> {
    let (mut pack, mut warnings) = load(path, Depth::EveryPath)?;
    warnings.extend(add_training_beside(path, &mut pack)?);
    Ok((pack, warnings))
}

/// The region packs in a folder, found as the library and the app find them.
fn region_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let files = discover::region_files(dir)
        .map_err(|e| Failure::Usage(format!("kan map '{}' niet lezen: {e}", dir.display())))?;
    Ok(files.into_iter().map(|f| f.path).collect())
}

fn load_region(options: &Options) -> Result<Pack, Failure> {
    let region = options.region()?;
    let dir = options.content_dir();
    let path = dir.join(format!("{region}.toml"));
    let known = region_files(&dir)?;
    if !known.contains(&path) {
        let names: Vec<String> = known
            .iter()
            .filter_map(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        return Err(Failure::Usage(format!(
            "onbekende regio '{region}'; kies uit: {}",
            names.join(", ")
        )));
    }
    // With its training cases, as the app has it: the summary's fingerprint covers them too.
    let mut pack = load(&path, Depth::Structure)?.0;
    add_training_beside(&path, &mut pack)?;
    Ok(pack)
}

fn check(options: &Options) -> Result<ExitCode, Failure> {
    let mut targets = Vec::new();
    if options.packs.is_empty() {
        targets = region_files(&options.content_dir())?;
    }
    for path in &options.packs {
        if PackFile::read(path)?.is_region() {
            targets.push(path.clone());
        } else {
            // A base is checked through every region in its folder that builds on it.
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            for region in region_files(dir)? {
                let file = PackFile::read(&region)?;
                if base_name(&file.source()).is_ok_and(|b| b == stem) && !targets.contains(&region)
                {
                    targets.push(region);
                }
            }
        }
    }
    if targets.is_empty() {
        return Err(Failure::Usage(
            "geen regiopakketten gevonden om te controleren".into(),
        ));
    }

    let mut failed = false;
    for path in &targets {
        match load_checked(path) {
            Ok((pack, warnings)) => {
                for warning in &warnings {
                    eprintln!("{warning}");
                }
                let paths = enumerate_paths(&pack, &Context::region(&pack)).len();
                println!(
                    "{}: in orde: {} vragen, {} routes, {} gemeenten, {paths} antwoordpaden, {} waarschuwing(en)",
                    path.display(),
                    pack.questions.len(),
                    pack.routes.len(),
                    pack.gemeenten.len(),
                    warnings.len()
                );
                println!("{}: {} oefencasussen", pack.region.id, pack.training.len());
                // The fingerprint the app, its footer and every referral text show.
                println!("{}: inhoud {}", pack.region.id, pack.fingerprint);
            }
            Err(Failure::Pack(findings)) => {
                failed = true;
                for finding in &findings {
                    eprintln!("{finding}");
                }
                let errors = findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .count();
                println!("{}: {errors} fout(en)", path.display());
            }
            Err(usage) => return Err(usage),
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The JSON shape `eval` prints; `also` and `open_checks` are sorted by the engine.
#[derive(Serialize)]
struct EvalOutput<'a> {
    primary: &'a str,
    also: Vec<&'a str>,
    open_checks: Vec<&'a str>,
    provisional: bool,
    path: Vec<&'a str>,
}

/// What `eval` and `summary` both read: the region pack, the parsed answers and the gemeente.
/// Unknown regions, questions and answer codes are usage errors (exit 2).
struct ConsultInput {
    pack: Pack,
    answers: Answers,
    gemeente: Option<GemeenteId>,
}

impl ConsultInput {
    fn read(options: &Options) -> Result<Self, Failure> {
        let pack = load_region(options)?;
        let answers = Answers::parse(&pack, options.answers.as_deref().unwrap_or_default())
            .map_err(|e| Failure::Usage(e.to_string()))?;
        let gemeente = options.gemeente.as_deref().map(GemeenteId::from);
        Ok(Self {
            pack,
            answers,
            gemeente,
        })
    }
}

/// Too few answers for an outcome: names the question the walk would ask next.
fn missing_answer(walk: &Walk) -> Failure {
    let missing = walk
        .next
        .as_ref()
        .map_or_else(String::new, |q| format!(": vraag '{q}' ontbreekt"));
    Failure::Usage(format!("te weinig antwoorden voor een uitkomst{missing}"))
}

/// The primary route, or the usage error `eval` and `summary` give when the main flow has
/// not reached one.
fn require_primary(walk: &Walk) -> Result<&RouteId, Failure> {
    walk.primary.as_ref().ok_or_else(|| missing_answer(walk))
}

fn eval(options: &Options) -> Result<ExitCode, Failure> {
    let ConsultInput {
        pack,
        answers,
        gemeente,
    } = ConsultInput::read(options)?;
    let context =
        Context::new(&pack, gemeente.as_ref()).map_err(|e| Failure::Usage(e.to_string()))?;
    let walk = evaluate(&pack, &context, &answers);
    let primary = require_primary(&walk)?;
    let output = EvalOutput {
        primary: primary.as_str(),
        also: walk.also.iter().map(|r| r.as_str()).collect(),
        open_checks: walk.open_checks.iter().map(|q| q.as_str()).collect(),
        provisional: walk.provisional,
        path: walk.path.iter().map(|s| s.question.as_str()).collect(),
    };
    let json = serde_json::to_string(&output)
        .map_err(|e| Failure::Usage(format!("kan de uitkomst niet schrijven: {e}")))?;
    println!("{json}");
    Ok(ExitCode::SUCCESS)
}

/// The referrer type as the pack knows it; an unknown id is a usage error naming the known ones.
fn referrer(pack: &Pack, id: Option<&str>) -> Result<Option<ReferrerId>, Failure> {
    let Some(id) = id else {
        return Ok(None);
    };
    if pack.referrer_types.iter().any(|r| r.id.as_str() == id) {
        return Ok(Some(ReferrerId::from(id)));
    }
    let known: Vec<&str> = pack.referrer_types.iter().map(|r| r.id.as_str()).collect();
    Err(Failure::Usage(format!(
        "onbekende verwijzer '{id}'; kies uit: {}",
        known.join(", ")
    )))
}

/// The reasons for referral, comma-separated pack ids; an unknown id is a usage error naming the
/// known ones.
fn reasons(pack: &Pack, ids: Option<&str>) -> Result<Vec<ReasonId>, Failure> {
    let ids = ids.unwrap_or_default().split(',').map(str::trim);
    ids.filter(|id| !id.is_empty())
        .map(|id| {
            if pack.referral_reasons.iter().any(|r| r.id.as_str() == id) {
                return Ok(ReasonId::from(id));
            }
            let known: Vec<&str> = pack
                .referral_reasons
                .iter()
                .map(|r| r.id.as_str())
                .collect();
            Err(Failure::Usage(format!(
                "onbekende reden van verwijzing '{id}'; kies uit: {}",
                known.join(", ")
            )))
        })
        .collect()
}

/// Exit code when the safety rules allow no referral text for the consult.
const NO_REFERRAL_TEXT: u8 = 3;

/// Prints the referral text the app copies, in the chosen layout, made by the same library
/// function.
fn summary(options: &Options) -> Result<ExitCode, Failure> {
    let ConsultInput {
        pack,
        answers,
        gemeente,
    } = ConsultInput::read(options)?;
    let referrer = referrer(&pack, options.referrer.as_deref())?;
    let consent = match options.consent.as_deref() {
        Some(code) => code.parse::<Consent>().map_err(Failure::Usage)?,
        None => Consent::default(),
    };
    let reasons = reasons(&pack, options.reasons.as_deref())?;
    let layout = match options.layout.as_deref() {
        Some(code) => code.parse::<Layout>().map_err(Failure::Usage)?,
        None => Layout::for_channel(pack.region.channel),
    };
    let mut consult = Consult::decided(pack, gemeente.as_ref(), referrer, answers, consent)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    consult.reasons.extend(reasons);
    require_primary(&consult.walk)?;
    match referral_text_as(&consult, layout) {
        Ok(text) => {
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(NoText::Incomplete) => Err(missing_answer(&consult.walk)),
        Err(NoText::NotAllowed(reason)) => {
            let texts = reason.texts(&consult.pack);
            eprintln!(
                "verwijswijzer: geen verwijstekst: {reason}.\n{} {}",
                texts.why, texts.instead
            );
            Ok(ExitCode::from(NO_REFERRAL_TEXT))
        }
    }
}

fn tree(options: &Options) -> Result<ExitCode, Failure> {
    let format = match options.format.as_deref() {
        Some("dot") => TreeFormat::Dot,
        Some("mermaid") => TreeFormat::Mermaid,
        Some("svg") => TreeFormat::Svg,
        Some(other) => {
            return Err(Failure::Usage(format!(
                "onbekend formaat '{other}'; kies dot, mermaid of svg"
            )));
        }
        None => {
            return Err(Failure::Usage(
                "--format ontbreekt (dot, mermaid of svg)".into(),
            ));
        }
    };
    if options.answers.is_some() {
        // With answers, the SVG highlights that consult's path, as the app's tree view does.
        if format != TreeFormat::Svg {
            return Err(Failure::Usage(
                "--answers kan alleen met --format svg".into(),
            ));
        }
        let input = ConsultInput::read(options)?;
        let context = Context::new(&input.pack, input.gemeente.as_ref())
            .map_err(|e| Failure::Usage(e.to_string()))?;
        let walk = evaluate(&input.pack, &context, &input.answers);
        print!("{}", tree_svg(&input.pack, &Highlight::from(&walk)));
        return Ok(ExitCode::SUCCESS);
    }
    let pack = load_region(options)?;
    print!("{}", draw_tree(&pack, format));
    Ok(ExitCode::SUCCESS)
}

/// One JSON line per input line: the kinds `privacy::kinds` finds, by their `PiiKind::code`.
fn pii() -> Result<ExitCode, Failure> {
    let output = std::io::BufWriter::new(std::io::stdout().lock());
    match pii_lines(std::io::stdin().lock(), output) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(error) => {
            eprintln!("verwijswijzer: pii: {error}");
            Ok(ExitCode::from(1))
        }
    }
}

/// Input that is not UTF-8 is read with replacement characters, as a browser would show it; a
/// line may end in "\n" or "\r\n".
fn pii_lines(mut input: impl BufRead, mut output: impl Write) -> std::io::Result<()> {
    let mut line = Vec::new();
    while input.read_until(b'\n', &mut line)? > 0 {
        let text = String::from_utf8_lossy(&line);
        let text = text.strip_suffix('\n').unwrap_or(&text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        let codes: Vec<String> = privacy::kinds(text)
            .into_iter()
            .map(|kind| format!("\"{}\"", kind.code()))
            .collect();
        writeln!(output, "{{\"kinds\": [{}]}}", codes.join(", "))?;
        line.clear();
    }
    output.flush()
}
