//! Checks every bundled region pack and ships it pre-parsed.
//!
//! The packs are the library's `BUNDLED` list, which its build script generates from the
//! region files in `content/` (`src/packs/discover.rs`, the same rule as the checker CLI): a new
//! `content/<region>.toml` reaches the app with no code change.
//!
//! A pack with an error stops the build with the checker's file, line and reason, so a broken
//! pack never reaches a browser. A good pack is written to OUT_DIR in postcard's compact
//! binary form (`verwijswijzer::fingerprint::encode`): the browser then needs no TOML parser
//! (about 200 KB of wasm saved). The pack's fingerprint is a hash of these bytes, which the
//! browser computes as it decodes them (the generated table names it in a comment).

use std::fmt::Write as _;
use std::path::PathBuf;
use verwijswijzer::fingerprint::{Fingerprint, encode};
use verwijswijzer::packs::{BUNDLED, default_region_ok};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!(
        "cargo:rerun-if-changed={}",
        root.join("../content").display()
    );

    if let Err(problem) = default_region_ok() {
        panic!("\nDe standaardregio klopt niet: {problem}");
    }
    if BUNDLED.is_empty() {
        panic!("\nEr staat geen regiobestand in content/ (een *.toml met extends = \"...\").");
    }

    let mut index = String::from(
        "/// Region id and postcard bytes of every bundled pack, default first.\npub const PACKS: &[(&str, &[u8])] = &[\n",
    );
    for bundled in BUNDLED {
        let pack = match bundled.check() {
            Ok((pack, _warnings)) => pack,
            Err(error) => panic!(
                "\nHet inhoudspakket van regio '{}' bevat fouten:\n{error}",
                bundled.region
            ),
        };
        let bytes = encode(&pack);
        // What the browser stamps is what every native loader stamps (tests/fingerprint.rs).
        assert_eq!(
            Fingerprint::of_bytes(&bytes),
            pack.fingerprint,
            "regio '{}': de vingerafdruk van het pakket klopt niet",
            bundled.region
        );
        let file = out.join(format!("{}.postcard", bundled.region));
        std::fs::write(&file, bytes).expect("OUT_DIR is writable");
        let _ = writeln!(
            index,
            "    // {}: inhoud {}\n    ({:?}, include_bytes!({:?})),",
            bundled.region,
            pack.fingerprint,
            bundled.region,
            file.display().to_string()
        );
    }
    index.push_str("];\n");
    std::fs::write(out.join("packs.rs"), index).expect("OUT_DIR is writable");
}
