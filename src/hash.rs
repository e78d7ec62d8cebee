//! Content keys: a fast 64-bit hash of a text or of several parts, by
//! which `serve --watch` knows an input it has seen (a file's bytes, a
//! SOP's text, a page's inputs). A leaf: everything may use it, it uses
//! nothing of the crate. (The build's hash maps are `rustc_hash`'s.)

use std::hash::{Hash, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One step of the hash: `hash` with `word` mixed in (multiply-rotate).
#[inline]
fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(SEED)
}

/// `bytes` as little-endian words, the last one zero-padded with its
/// length in its top byte, each handed to `add`.
#[inline]
fn words(bytes: &[u8], mut add: impl FnMut(u64)) {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
    }
}

/// Builds a content key from strings, bytes and values by their `Hash`: a fast 64-bit hash (8 bytes a step, in four
/// lanes for long texts), ample for telling contents apart in one preview
/// session (the inputs are the user's own files, not an attacker's).
#[derive(Clone)]
pub struct Key {
    h: u64,
    len: u64,
}

impl Key {
    pub fn new() -> Key {
        Key { h: 0, len: 0 }
    }

    pub(crate) fn word(&mut self, w: u64) {
        self.h = mix(self.h, w);
    }

    pub(crate) fn feed(&mut self, buf: &[u8]) {
        // Long texts (a flowchart's SVG, a SOP's source) four words at a
        // time in four independent lanes, which the processor runs side by
        // side: one lane waits on each multiply in turn.
        let mut blocks = buf.chunks_exact(32);
        if buf.len() >= 32 {
            let mut lanes = [self.h, self.h ^ 1, self.h ^ 2, self.h ^ 3];
            for block in &mut blocks {
                for (lane, word) in lanes.iter_mut().zip(block.chunks_exact(8)) {
                    *lane = mix(*lane, u64::from_le_bytes(word.try_into().expect("8 bytes")));
                }
            }
            self.h = lanes.iter().fold(self.h, |h, &lane| mix(h, lane));
        }
        words(blocks.remainder(), |w| self.word(w));
        self.len = self.len.wrapping_add(buf.len() as u64);
    }

    /// Ends one part, so that ("ab", "c") and ("a", "bc") differ.
    pub(crate) fn part(&mut self) {
        self.word(self.len ^ 0xFF00_FF00_FF00_FF00);
    }

    pub fn text(mut self, s: &str) -> Key {
        self.feed(s.as_bytes());
        self.part();
        self
    }

    pub fn bytes(mut self, b: &[u8]) -> Key {
        self.feed(b);
        self.part();
        self
    }

    /// Adds a value by its [`Hash`]: its structure and contents, as the
    /// derive writes them (a string's bytes then `0xFF`, a list's length
    /// first, an enum's variant, each number whole).
    pub fn value<T: Hash + ?Sized>(mut self, v: &T) -> Key {
        v.hash(&mut self);
        self.part();
        self
    }

    pub fn finish(&self) -> u64 {
        // A last mix, so that nearby inputs spread.
        let mut h = self.h ^ self.len;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

impl Default for Key {
    fn default() -> Self {
        Key::new()
    }
}

/// Values fed by their `Hash` ([`Key::value`]).
impl Hasher for Key {
    fn write(&mut self, bytes: &[u8]) {
        self.feed(bytes);
    }
    fn write_u8(&mut self, i: u8) {
        self.word(u64::from(i));
    }
    fn write_u16(&mut self, i: u16) {
        self.word(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.word(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.word(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.word(i as u64);
    }
    fn write_i64(&mut self, i: i64) {
        self.word(i as u64);
    }
    fn write_isize(&mut self, i: isize) {
        self.word(i as u64);
    }
    fn finish(&self) -> u64 {
        Key::finish(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_tell_contents_apart() {
        let k = |parts: &[&str]| parts.iter().fold(Key::new(), |k, p| k.text(p)).finish();
        assert_eq!(k(&["ab", "c"]), k(&["ab", "c"]));
        assert_ne!(k(&["ab", "c"]), k(&["a", "bc"]));
        assert_ne!(k(&["abcdefgh"]), k(&["abcdefgi"]));
        assert_ne!(k(&["x"]), k(&["x\0"]));
        // Long texts: any byte changed, words swapped within a block or
        // blocks swapped, the key changes.
        let text: Vec<u8> = (0..100u8).map(|i| b'a' + i % 26).collect();
        let key = |b: &[u8]| Key::new().bytes(b).finish();
        for at in 0..text.len() {
            let mut t = text.clone();
            t[at] ^= 1;
            assert_ne!(key(&t), key(&text), "byte {at}");
        }
        let mut words = text.clone();
        words[..16].rotate_left(8);
        assert_ne!(key(&words), key(&text));
        let mut blocks = text.clone();
        blocks[..64].rotate_left(32);
        assert_ne!(key(&blocks), key(&text));
        // Values by their Hash: order counts.
        assert_ne!(
            Key::new().value(&vec![1, 2]).finish(),
            Key::new().value(&vec![2, 1]).finish()
        );
    }
}
