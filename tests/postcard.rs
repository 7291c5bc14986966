//! The app ships every bundled pack as postcard bytes (`app/build.rs`) and decodes them in the
//! browser (`app/src/packs.rs`). A field that postcard cannot carry (postcard is positional, so
//! e.g. a skipped or untagged field) would only show in a browser; here it fails natively.

use verwijswijzer::engine::Pack;
use verwijswijzer::packs::BUNDLED;

#[test]
fn every_bundled_pack_round_trips_through_postcard() {
    for bundled in BUNDLED {
        // The app build ships what `check` gives: the same here.
        let (pack, _warnings) = bundled
            .check()
            .unwrap_or_else(|e| panic!("{} laadt niet:\n{e}", bundled.region));
        let bytes = postcard::to_allocvec(&pack).unwrap_or_else(|e| {
            panic!("{}: postcard schrijft het pakket niet: {e}", bundled.region)
        });
        // As the app decodes: `decode` also stamps the fingerprint of the bytes
        // (`Pack::fingerprint`, not itself shipped), which must be the one `check` stamped.
        let decoded: Pack = verwijswijzer::fingerprint::decode(&bytes)
            .unwrap_or_else(|e| panic!("{}: postcard leest het pakket niet: {e}", bundled.region));
        assert_eq!(
            decoded, pack,
            "{}: het pakket verandert onderweg",
            bundled.region
        );
        // The training cases come along inside the pack.
        assert_eq!(decoded.training, pack.training, "{}", bundled.region);
    }
}
