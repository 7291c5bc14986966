//! `verwijswijzer`: the command line for pack editors and scripts.
//!
//! - `check [PACK...]` validates region packs (all in `content/` when none is named);
//!   exit 1 on any error.
//! - `eval --region R --answers q=a,... [--gemeente G]` prints one JSON outcome.
//! - `tree --region R --format dot|mermaid` draws the decision tree.
//!
//! Unknown input (command, flag, region, question, answer, gemeente) exits 2 with a Dutch
//! message on stderr.

use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use verwijswijzer::engine::{
    Answers, Context, Finding, GemeenteId, LoadError, Pack, PackSource, Severity, TreeFormat,
    base_name, check_pack, draw_tree, enumerate_paths, evaluate, load_pack,
};

const USAGE: &str = "gebruik:
  verwijswijzer check [PAKKET.toml ...]
  verwijswijzer eval --region REGIO --answers vraag=antwoord,... [--gemeente GEMEENTE]
  verwijswijzer tree --region REGIO --format dot|mermaid
opties voor alle opdrachten: --content MAP (standaard: content)";

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
        "tree" => tree(&options),
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
        self.text
            .lines()
            .any(|line| line.trim_start().starts_with("extends"))
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

fn region_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::Usage(format!("kan map '{}' niet lezen: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| PackFile::read(p).is_ok_and(|f| f.is_region()))
        .collect();
    files.sort();
    Ok(files)
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
    Ok(load(&path, Depth::Structure)?.0)
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
        match load(path, Depth::EveryPath) {
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

fn eval(options: &Options) -> Result<ExitCode, Failure> {
    let pack = load_region(options)?;
    let answers = Answers::parse(&pack, options.answers.as_deref().unwrap_or_default())
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let gemeente = options.gemeente.as_deref().map(GemeenteId::from);
    let context =
        Context::new(&pack, gemeente.as_ref()).map_err(|e| Failure::Usage(e.to_string()))?;
    let walk = evaluate(&pack, &context, &answers);
    let Some(primary) = &walk.primary else {
        let missing = walk
            .next
            .map_or_else(String::new, |q| format!(": vraag '{q}' ontbreekt"));
        return Err(Failure::Usage(format!(
            "te weinig antwoorden voor een uitkomst{missing}"
        )));
    };
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

fn tree(options: &Options) -> Result<ExitCode, Failure> {
    let format = match options.format.as_deref() {
        Some("dot") => TreeFormat::Dot,
        Some("mermaid") => TreeFormat::Mermaid,
        Some(other) => {
            return Err(Failure::Usage(format!(
                "onbekend formaat '{other}'; kies dot of mermaid"
            )));
        }
        None => return Err(Failure::Usage("--format ontbreekt (dot of mermaid)".into())),
    };
    let pack = load_region(options)?;
    print!("{}", draw_tree(&pack, format));
    Ok(ExitCode::SUCCESS)
}
