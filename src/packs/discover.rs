//! Which files in a content folder are region packs, and in what order they are bundled.
//!
//! A region is one file: every `*.toml` with an `extends = "..."` line is a region pack, and its
//! file stem is the region id (the checker requires `[region] id` to equal it). The one-line
//! file `default-region.txt` names the region the app opens with; it comes first, the others
//! follow by id. Std only: the library's build script (`build.rs`) includes this file with
//! `#[path]` to generate the bundled list, and the tests call it on other folders.

use std::path::{Path, PathBuf};

/// The file in the content folder that names the default region.
pub const DEFAULT_REGION_FILE: &str = "default-region.txt";

/// A region pack found in a content folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionFile {
    /// The file stem: the region id.
    pub region: String,
    pub path: PathBuf,
    /// The base file the region names with `extends` (`base` for `base.toml`, beside it), or
    /// `None` when the line cannot be read here (loading then reports why).
    pub extends: Option<String>,
}

impl RegionFile {
    /// The base file's path, beside the region file.
    pub fn base_path(&self) -> Option<PathBuf> {
        let stem = self.extends.as_deref()?;
        Some(self.path.with_file_name(format!("{stem}.toml")))
    }

    /// Where the region's training cases belong (the file may not exist).
    pub fn training_path(&self) -> PathBuf {
        training_path(&self.path)
    }
}

/// The folder beside the region files that holds one training file per region. Being a
/// folder, it is never taken for a region: [`region_files`] reads files only.
pub const TRAINING_DIR: &str = "oefenen";

/// The training file of the region file at `region`: `oefenen/<stem>.toml` beside it.
pub fn training_path(region: &Path) -> PathBuf {
    let stem = region.file_stem().unwrap_or_default().to_string_lossy();
    region
        .with_file_name(TRAINING_DIR)
        .join(format!("{stem}.toml"))
}

/// `None` when the text is no region file; `Some(None)` when it has an `extends` line whose
/// value is not a plain quoted name. The rule is the CLI's: a line that starts with `extends`.
fn extends(text: &str) -> Option<Option<String>> {
    let line = text
        .lines()
        .map(str::trim_start)
        .find(|line| line.starts_with("extends"))?;
    let value = line["extends".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim();
    let value = value.split('#').next().unwrap_or_default().trim();
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|q| value.strip_prefix(*q)?.strip_suffix(*q));
    Some(unquoted.filter(|s| !s.is_empty()).map(str::to_owned))
}

/// Whether a file's text is a region pack (it has an `extends` line) rather than a base.
pub fn is_region(text: &str) -> bool {
    extends(text).is_some()
}

/// Every region file in `dir`, sorted by region id.
pub fn region_files(dir: &Path) -> std::io::Result<Vec<RegionFile>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_none_or(|x| x != "toml") || !path.is_file() {
            continue;
        }
        let Some(region) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if let Some(extends) = extends(&text) {
            found.push(RegionFile {
                region,
                path,
                extends,
            });
        }
    }
    found.sort_by(|a, b| a.region.cmp(&b.region));
    Ok(found)
}

/// The region `default-region.txt` names: its first line that is neither empty nor a `#` comment.
pub fn default_region(dir: &Path) -> Result<String, String> {
    let path = dir.join(DEFAULT_REGION_FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("kan '{}' niet lezen: {e}", path.display()))?;
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .ok_or_else(|| format!("'{}' noemt geen regio", path.display()))
}

/// The region files in bundle order: the default region first, then the others by id. The
/// second value says what is wrong with the default (then the order is by id alone).
pub fn bundle_order(dir: &Path) -> std::io::Result<(Vec<RegionFile>, Result<(), String>)> {
    let mut files = region_files(dir)?;
    let default = default_region(dir).and_then(|region| {
        let position = files.iter().position(|f| f.region == region).ok_or_else(|| {
            format!(
                "{DEFAULT_REGION_FILE} noemt regio '{region}', maar er is geen regiobestand '{region}.toml' in '{}'",
                dir.display()
            )
        })?;
        let file = files.remove(position);
        files.insert(0, file);
        Ok(())
    });
    Ok((files, default))
}
