//! The region packs shipped inside the app and used by the tests: the files in `content/`,
//! compiled in so the browser never has to fetch anything.
//!
//! The list is generated: `build.rs` finds every region file in `content/` with
//! [`discover`] (default region first, see `content/default-region.txt`) and writes one
//! `include_str!` per file. Adding `content/<region>.toml` is all it takes to bundle a region.

pub mod discover;

use crate::engine::{
    Finding, LoadError, Pack, PackSource, Severity, check_pack, load_pack, load_training,
    training_count_warning,
};
use std::path::Path;

/// A region pack compiled into the binary, with the base it extends.
#[derive(Debug, Clone, Copy)]
pub struct BundledPack {
    /// The region id: the file stem, which `[region] id` must equal.
    pub region: &'static str,
    region_file: PackSource<'static>,
    /// `None` when the base the region names is not in `content/`.
    base_file: Option<PackSource<'static>>,
    /// `content/oefenen/<region>.toml`; `None` when the region has no training cases yet.
    training_file: Option<PackSource<'static>>,
}

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

type Loaded = Result<(Pack, Vec<Finding>), LoadError>;

impl BundledPack {
    /// Parses, merges and validates the pack. Warnings are for editors, not for the consult.
    /// The training cases come along, checked against the pack's tree (a few dozen walks).
    pub fn load(&self) -> Result<Pack, LoadError> {
        let (mut pack, _warnings) =
            load_named(&self.region_file, self.base_file.as_ref(), load_pack)?;
        add_training(
            &mut pack,
            self.training_file.as_ref(),
            &self.training_name(),
        )?;
        Ok(pack)
    }

    /// Loads with every answer path walked, returning the warnings too (for tests), among
    /// them too few training cases.
    pub fn check(&self) -> Result<(Pack, Vec<Finding>), LoadError> {
        let (mut pack, mut findings) =
            load_named(&self.region_file, self.base_file.as_ref(), check_pack)?;
        findings.extend(add_training(
            &mut pack,
            self.training_file.as_ref(),
            &self.training_name(),
        )?);
        Ok((pack, findings))
    }

    /// The training file's name as messages show it, also when it does not exist yet.
    fn training_name(&self) -> String {
        self.training_file.map_or_else(
            || {
                discover::training_path(Path::new(self.region_file.name))
                    .display()
                    .to_string()
            },
            |file| file.name.to_owned(),
        )
    }
}

/// Fills `pack.training` from the training file, when there is one, checking every case
/// against the pack; returns the warning when there are too few cases for a training.
fn add_training(
    pack: &mut Pack,
    file: Option<&PackSource>,
    name: &str,
) -> Result<Option<Finding>, LoadError> {
    pack.training = match file {
        Some(source) => load_training(source, pack)?,
        None => Vec::new(),
    };
    // The cases are part of the content the app ships, so of the fingerprint.
    crate::fingerprint::stamp(pack);
    Ok(training_count_warning(pack, name))
}

/// Reads the training file beside a region file on disk (`oefenen/<region>.toml`), if it
/// exists, into `pack.training`; returns the warnings (too few cases). The checker CLI and
/// [`check_file`] use it.
pub fn add_training_beside(region_path: &Path, pack: &mut Pack) -> Result<Vec<Finding>, LoadError> {
    let path = discover::training_path(region_path);
    let name = path.display().to_string();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        // No training file is fine for loading; the count warning says what is missing.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(error(
                &name,
                None,
                format!("kan het oefenbestand niet lezen: {e}"),
            ));
        }
    };
    let source = text.as_deref().map(|text| PackSource { name: &name, text });
    Ok(add_training(pack, source.as_ref(), &name)?
        .into_iter()
        .collect())
}

/// Reads a region file [`discover`] found, and its base, and checks them as a bundled pack is
/// checked (every answer path walked; `[region] id` must equal the file stem).
pub fn check_file(file: &discover::RegionFile) -> Result<(Pack, Vec<Finding>), LoadError> {
    let read = |path: &std::path::Path| {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| error(&name, None, e.to_string()))?;
        Ok::<_, LoadError>((name, text))
    };
    let (region_name, region_text) = read(&file.path)?;
    let base = match file.base_path() {
        Some(path) if path.is_file() => Some(read(&path)?),
        _ => None,
    };
    let base_source = base.as_ref().map(|(name, text)| PackSource { name, text });
    let region_source = PackSource {
        name: &region_name,
        text: &region_text,
    };
    let (mut pack, mut findings) = load_named(&region_source, base_source.as_ref(), check_pack)?;
    findings.extend(add_training_beside(&file.path, &mut pack)?);
    Ok((pack, findings))
}

/// Loads a region over its base, which must be beside it. The engine holds `[region] id` to
/// the file name.
fn load_named(
    region_file: &PackSource,
    base_file: Option<&PackSource>,
    load: fn(&PackSource, &PackSource) -> Loaded,
) -> Loaded {
    let Some(base_file) = base_file else {
        return Err(error(
            region_file.name,
            None,
            "de basis die 'extends' noemt staat niet naast dit bestand".to_owned(),
        ));
    };
    load(region_file, base_file)
}

fn error(file: &str, line: Option<usize>, message: String) -> LoadError {
    LoadError {
        findings: vec![Finding {
            severity: Severity::Error,
            file: file.to_owned(),
            line,
            message,
        }],
    }
}

/// Whether `content/default-region.txt` names a bundled region (the first in [`BUNDLED`]).
/// The library builds either way, so the checker can still report on the packs; the app build
/// and the tests call this and stop.
pub fn default_region_ok() -> Result<(), &'static str> {
    DEFAULT_REGION_PROBLEM.map_or(Ok(()), Err)
}

/// Every bundled pack, loaded, in `BUNDLED` order: a consult's catalog.
pub fn catalog() -> Result<crate::consult::Catalog, LoadError> {
    BUNDLED
        .iter()
        .map(|b| b.load().map(std::rc::Rc::new))
        .collect()
}

/// The bundled pack of a region, if there is one.
pub fn bundled(region: &str) -> Option<&'static BundledPack> {
    BUNDLED.iter().find(|p| p.region == region)
}
