//! The memos' map: keyed by short texts (a waktu, a branch label), hashed
//! with FNV-1a. A leaf: the layout's parts use it without importing the
//! module that imports them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: for the short texts the memos here are keyed by (a waktu, a
/// branch label), cheaper than the default SipHash, and nobody chooses
/// these keys to collide.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by text, hashed with `Fnv`.
pub(crate) type TextMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;
