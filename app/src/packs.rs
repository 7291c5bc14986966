//! The region packs inside the wasm: checked and serialised at build time (see build.rs),
//! decoded here at start-up, each stamped with the fingerprint of its bytes
//! (`verwijswijzer::fingerprint::decode`), the one the CLI's `check` prints.

use std::rc::Rc;
use verwijswijzer::consult::Catalog;
use verwijswijzer::fingerprint::decode;

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// Decodes every bundled pack, default region first.
pub fn catalog() -> Result<Catalog, String> {
    PACKS
        .iter()
        .map(|(region, bytes)| {
            decode(bytes)
                .map(Rc::new)
                .map_err(|e| format!("het pakket van regio '{region}' is beschadigd: {e}"))
        })
        .collect()
}
