//! The content fingerprint: which compiled pack produced a referral text (docs/decisions.md,
//! 58).
//!
//! A pack's fingerprint is FNV-1a 64 over the pack's postcard bytes, the very bytes the app
//! ships (`app/build.rs` writes them with [`encode`], the browser reads them with [`decode`]).
//! Those bytes hold everything the app shows: base, region, factsheet and training cases. It is
//! written as the first 8 of its 16 hex digits ("inhoud 1a2b3c4d" in the summary's last line,
//! the footer, the factsheet and `verwijswijzer check`), enough to tell two versions of a pack
//! apart without a coach having to copy a long code.
//!
//! Every loader stamps the pack it returns (`Pack::fingerprint`): the engine's `load_pack` and
//! `check_pack`, again once the training cases are in (`packs`), and [`decode`] in the browser,
//! which hashes the shipped bytes themselves, so the app needs no serialiser. A pack changed in
//! memory after loading keeps its old stamp until [`stamp`] runs again.

use crate::engine::Pack;
use std::fmt;

/// FNV-1a 64's offset basis and prime (http://www.isthe.com/chongo/tech/comp/fnv/).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// The fingerprint of a compiled pack. Shown as 8 lower-case hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Fingerprint(u64);

impl Fingerprint {
    /// FNV-1a 64 of the bytes.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self(bytes.iter().fold(FNV_OFFSET, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
        }))
    }

    /// The fingerprint of the pack's content as the app ships it (its stamp left out).
    pub fn of_pack(pack: &Pack) -> Self {
        Self::of_bytes(&encode(pack))
    }

    /// The whole 64-bit hash; only its first 8 hex digits are shown.
    pub fn hash(self) -> u64 {
        self.0
    }
}

impl fmt::Display for Fingerprint {
    /// The first 8 hex digits, lower case: `1a2b3c4d`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:08x}", self.0 >> 32)
    }
}

/// The pack in postcard's compact binary form: what the app build ships (`app/build.rs`).
pub fn encode(pack: &Pack) -> Vec<u8> {
    postcard::to_allocvec(pack).expect("a pack serialises: postcard only fails on I/O")
}

/// A shipped pack, decoded and stamped with the fingerprint of these bytes: what the app runs.
pub fn decode(bytes: &[u8]) -> Result<Pack, postcard::Error> {
    let mut pack: Pack = postcard::from_bytes(bytes)?;
    pack.fingerprint = Fingerprint::of_bytes(bytes);
    Ok(pack)
}

/// Sets `pack.fingerprint` to the fingerprint of its content as it is now.
pub fn stamp(pack: &mut Pack) {
    pack.fingerprint = Fingerprint::of_pack(pack);
}

#[cfg(test)]
mod tests {
    use super::Fingerprint;

    /// The published FNV-1a 64 test vectors, so anyone can recompute a fingerprint.
    #[test]
    fn fnv1a_64_matches_the_reference_vectors() {
        for (input, hash) in [
            ("", 0xcbf2_9ce4_8422_2325_u64),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            assert_eq!(
                Fingerprint::of_bytes(input.as_bytes()).hash(),
                hash,
                "{input:?}"
            );
        }
    }

    #[test]
    fn shows_the_first_eight_hex_digits_in_lower_case() {
        assert_eq!(Fingerprint::of_bytes(b"foobar").to_string(), "85944171");
        assert_eq!(Fingerprint(0x0000_00ab_ffff_ffff).to_string(), "000000ab");
    }
}
