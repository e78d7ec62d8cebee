//! What `serve --watch` keeps between rebuilds, so that saving one SOP
//! costs about one SOP: parsed files by their bytes, flowcharts by their
//! SOP's text, each SOP's search words by its text, and rendered files by a
//! hash of everything they were rendered from. Every cache is keyed by
//! content, never by time, so a changed input is a different key and a stale
//! entry cannot be served.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::content::load::ParsedFile;
use crate::flowchart::Procedure;

/// Builds a cache key from strings and serializable values: a fast
/// 64-bit hash (8 bytes a step), ample for telling contents apart in one
/// preview session (the inputs are the user's own files, not an attacker's).
pub struct Key {
    h: u64,
    len: u64,
}

impl std::io::Write for Key {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.feed(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Key {
    pub fn new() -> Key {
        Key { h: 0, len: 0 }
    }

    fn word(&mut self, w: u64) {
        self.h = (self.h.rotate_left(5) ^ w).wrapping_mul(K);
    }

    fn feed(&mut self, buf: &[u8]) {
        let mut chunks = buf.chunks_exact(8);
        for c in &mut chunks {
            self.word(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.word(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
        }
        self.len = self.len.wrapping_add(buf.len() as u64);
    }

    /// Ends one part, so that ("ab", "c") and ("a", "bc") differ.
    fn part(&mut self) {
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

    /// Adds a value through its JSON form.
    pub fn json<T: Serialize + ?Sized>(mut self, v: &T) -> Key {
        let _ = serde_json::to_writer(&mut self, v);
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

/// Entries beyond this many (per cache) are dropped at once: a preview
/// session of many edits stays bounded.
const MAX_ENTRIES: usize = 200_000;

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Caches { .. }")
    }
}

/// A rendered page: the hash of its inputs and its bytes.
type RenderedPage = (u64, Arc<Vec<u8>>);

#[derive(Default)]
pub struct Caches {
    parsed: Mutex<HashMap<(String, u64), Arc<ParsedFile>>>,
    flows: Mutex<HashMap<u64, Arc<Procedure>>>,
    words: Mutex<HashMap<u64, Arc<HashMap<String, u32>>>>,
    pages: Mutex<HashMap<String, RenderedPage>>,
}

fn cached<K: Hash + Eq + Clone, V: Clone>(
    m: &Mutex<HashMap<K, V>>,
    k: K,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(hit) = m.lock().expect("not poisoned").get(&k) {
        return hit.clone();
    }
    let made = make();
    let mut map = m.lock().expect("not poisoned");
    if map.len() >= MAX_ENTRIES {
        map.clear();
    }
    map.insert(k, made.clone());
    made
}

impl Caches {
    /// A file parsed, by its path and the hash of its bytes.
    pub fn parsed(
        &self,
        rel: String,
        hash: u64,
        parse: impl FnOnce() -> ParsedFile,
    ) -> Arc<ParsedFile> {
        cached(&self.parsed, (rel, hash), || Arc::new(parse()))
    }

    pub fn flow(&self, key: u64, make: impl FnOnce() -> Procedure) -> Arc<Procedure> {
        cached(&self.flows, key, || Arc::new(make()))
    }

    pub fn words(
        &self,
        key: u64,
        make: impl FnOnce() -> HashMap<String, u32>,
    ) -> Arc<HashMap<String, u32>> {
        cached(&self.words, key, || Arc::new(make()))
    }

    /// The file at `path` rendered from inputs hashing to `key`: rendered
    /// anew only when they changed.
    pub fn page<E>(
        &self,
        path: &str,
        key: u64,
        render: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<Vec<u8>, E> {
        if let Some((k, bytes)) = self.pages.lock().expect("not poisoned").get(path)
            && *k == key
        {
            return Ok(bytes.as_ref().clone());
        }
        let bytes = render()?;
        let mut map = self.pages.lock().expect("not poisoned");
        if map.len() >= MAX_ENTRIES {
            map.clear();
        }
        map.insert(path.to_string(), (key, Arc::new(bytes.clone())));
        Ok(bytes)
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
        assert_ne!(
            Key::new().json(&vec![1, 2]).finish(),
            Key::new().json(&vec![2, 1]).finish()
        );
    }
}
