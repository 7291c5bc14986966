//! The region packs shipped inside the app and used by the tests: the files in `content/`,
//! compiled in so the browser never has to fetch anything.

use crate::engine::{Finding, LoadError, Pack, PackSource, check_pack, load_pack};

/// A region pack compiled into the binary, with the base it extends.
#[derive(Debug, Clone, Copy)]
pub struct BundledPack {
    /// The region id, equal to the file stem and to `[region] id`.
    pub region: &'static str,
    /// The name shown in the region picker before the pack is parsed.
    pub name: &'static str,
    region_file: PackSource<'static>,
    base_file: PackSource<'static>,
}

const BASE: PackSource<'static> = PackSource {
    name: "content/base.toml",
    text: include_str!("../content/base.toml"),
};

/// Every bundled region; the first is the default (DWO).
pub const BUNDLED: &[BundledPack] = &[
    BundledPack {
        region: "dwo",
        name: "Delft, Westland en Oostland (DWO)",
        region_file: PackSource {
            name: "content/dwo.toml",
            text: include_str!("../content/dwo.toml"),
        },
        base_file: BASE,
    },
    BundledPack {
        region: "eindhoven",
        name: "Eindhoven-De Kempen",
        region_file: PackSource {
            name: "content/eindhoven.toml",
            text: include_str!("../content/eindhoven.toml"),
        },
        base_file: BASE,
    },
    BundledPack {
        region: "flevoland",
        name: "Flevoland",
        region_file: PackSource {
            name: "content/flevoland.toml",
            text: include_str!("../content/flevoland.toml"),
        },
        base_file: BASE,
    },
    BundledPack {
        region: "noord-holland",
        name: "Noord-Holland (ZONH)",
        region_file: PackSource {
            name: "content/noord-holland.toml",
            text: include_str!("../content/noord-holland.toml"),
        },
        base_file: BASE,
    },
];

impl BundledPack {
    /// Parses, merges and validates the pack. Warnings are for editors, not for the consult.
    pub fn load(&self) -> Result<Pack, LoadError> {
        load_pack(&self.region_file, &self.base_file).map(|(pack, _warnings)| pack)
    }

    /// Loads with every answer path walked, returning the warnings too (for tests).
    pub fn check(&self) -> Result<(Pack, Vec<Finding>), LoadError> {
        check_pack(&self.region_file, &self.base_file)
    }
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
