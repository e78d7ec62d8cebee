//! What `serve --watch` keeps between rebuilds, so that saving one SOP
//! costs about one SOP: parsed files by their bytes, flowcharts by their
//! SOP's text, each SOP's search words by its text, and rendered files by a
//! hash of everything they were rendered from. Every cache is keyed by
//! content, never by time, so a changed input is a different key and a stale
//! entry cannot be served.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::content::model::ParsedFile;
use crate::flowchart::Procedure;
use rustc_hash::FxHashMap;

pub use crate::hash::Key;

impl Key {
    /// Adds a serializable value: its structure and contents, fed as they
    /// are (no JSON text is made: escaping every string was a tenth of a
    /// rebuild in `serve --watch`).
    pub fn json<T: Serialize + ?Sized>(mut self, v: &T) -> Key {
        let _ = v.serialize(Feed(&mut self));
        self.part();
        self
    }
}

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Caches { .. }")
    }
}

/// Values by key, each with the number of the last build that used it.
type Kept<K, V> = Mutex<HashMap<K, (V, u64)>>;

/// What `serve --watch` keeps from one build to the next. Each value
/// remembers the last build that used it; [`Caches::sweep`], after a good
/// build, drops the rest, so that a long preview session holds what one
/// build needs rather than every version of every edited file.
#[derive(Default)]
pub struct Caches {
    build: AtomicU64,
    parsed: Kept<(String, u64), Arc<ParsedFile>>,
    flows: Kept<u64, Arc<Procedure>>,
    words: Kept<u64, Arc<FxHashMap<String, u32>>>,
    records: Kept<u64, Arc<Vec<u8>>>,
    /// A rendered page by its path: the hash of its inputs and its bytes.
    pages: Kept<String, (u64, Arc<Vec<u8>>)>,
}

fn cached<K: Hash + Eq, V: Clone>(m: &Kept<K, V>, build: u64, k: K, make: impl FnOnce() -> V) -> V {
    if let Some((hit, used)) = m.lock().expect("not poisoned").get_mut(&k) {
        *used = build;
        return hit.clone();
    }
    let made = make();
    m.lock()
        .expect("not poisoned")
        .insert(k, (made.clone(), build));
    made
}

fn sweep<K: Hash + Eq, V>(m: &Kept<K, V>, build: u64) {
    m.lock()
        .expect("not poisoned")
        .retain(|_, (_, used)| *used == build);
}

impl Caches {
    fn current(&self) -> u64 {
        self.build.load(Ordering::Relaxed)
    }

    /// Drops what the build just made did not use, and starts the next.
    pub fn sweep(&self) {
        let build = self.build.fetch_add(1, Ordering::Relaxed);
        sweep(&self.parsed, build);
        sweep(&self.flows, build);
        sweep(&self.words, build);
        sweep(&self.records, build);
        sweep(&self.pages, build);
    }

    /// A file parsed, by its path and the hash of its bytes.
    pub fn parsed(
        &self,
        rel: String,
        hash: u64,
        parse: impl FnOnce() -> ParsedFile,
    ) -> Arc<ParsedFile> {
        cached(&self.parsed, self.current(), (rel, hash), || {
            Arc::new(parse())
        })
    }

    pub fn flow(&self, key: u64, make: impl FnOnce() -> Procedure) -> Arc<Procedure> {
        cached(&self.flows, self.current(), key, || Arc::new(make()))
    }

    pub fn words(
        &self,
        key: u64,
        make: impl FnOnce() -> FxHashMap<String, u32>,
    ) -> Arc<FxHashMap<String, u32>> {
        cached(&self.words, self.current(), key, || Arc::new(make()))
    }

    /// A SOP's JSON record, by the hash of what it shows.
    pub fn record(&self, key: u64, make: impl FnOnce() -> Vec<u8>) -> Arc<Vec<u8>> {
        cached(&self.records, self.current(), key, || Arc::new(make()))
    }

    /// The file at `path` rendered from inputs hashing to `key`: rendered
    /// anew only when they changed.
    pub fn page<E>(
        &self,
        path: &str,
        key: u64,
        render: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<Arc<Vec<u8>>, E> {
        let build = self.current();
        if let Some(((k, bytes), used)) = self.pages.lock().expect("not poisoned").get_mut(path)
            && *k == key
        {
            *used = build;
            return Ok(Arc::clone(bytes));
        }
        let bytes = Arc::new(render()?);
        self.pages
            .lock()
            .expect("not poisoned")
            .insert(path.to_string(), ((key, Arc::clone(&bytes)), build));
        Ok(bytes)
    }
}

/// A serde serializer that feeds a [`Key`]: a tag for each kind of value,
/// then its contents; strings with their lengths, so that neighbours
/// cannot run together.
struct Feed<'k>(&'k mut Key);

#[derive(Debug)]
struct FeedError;

impl std::fmt::Display for FeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cannot feed the cache key")
    }
}

impl std::error::Error for FeedError {}

impl serde::ser::Error for FeedError {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        FeedError
    }
}

impl Feed<'_> {
    fn text(&mut self, s: &[u8]) {
        self.0.tag(b's');
        self.0.word(s.len() as u64);
        self.0.feed(s);
    }
    fn end(&mut self) {
        self.0.tag(b'e');
    }
}

impl<'k> serde::Serializer for Feed<'k> {
    type Ok = ();
    type Error = FeedError;
    type SerializeSeq = Feed<'k>;
    type SerializeTuple = Feed<'k>;
    type SerializeTupleStruct = Feed<'k>;
    type SerializeTupleVariant = Feed<'k>;
    type SerializeMap = Feed<'k>;
    type SerializeStruct = Feed<'k>;
    type SerializeStructVariant = Feed<'k>;

    fn serialize_bool(self, v: bool) -> Result<(), FeedError> {
        self.0.tag(if v { b'T' } else { b'F' });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), FeedError> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), FeedError> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), FeedError> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), FeedError> {
        self.0.tag(b'i');
        self.0.word(v as u64);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), FeedError> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), FeedError> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), FeedError> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), FeedError> {
        self.0.tag(b'u');
        self.0.word(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), FeedError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), FeedError> {
        self.0.tag(b'f');
        self.0.word(v.to_bits());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), FeedError> {
        self.0.tag(b'c');
        self.0.word(u64::from(v));
        Ok(())
    }
    fn serialize_str(mut self, v: &str) -> Result<(), FeedError> {
        self.text(v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(mut self, v: &[u8]) -> Result<(), FeedError> {
        self.text(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), FeedError> {
        self.0.tag(b'n');
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), FeedError> {
        self.0.tag(b'y');
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FeedError> {
        self.0.tag(b'0');
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), FeedError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), FeedError> {
        self.text(variant.as_bytes());
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), FeedError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), FeedError> {
        self.text(variant.as_bytes());
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Feed<'k>, FeedError> {
        self.0.tag(b'[');
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Feed<'k>, FeedError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Feed<'k>, FeedError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Feed<'k>, FeedError> {
        self.text(variant.as_bytes());
        self.0.tag(b'[');
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Feed<'k>, FeedError> {
        self.0.tag(b'{');
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Feed<'k>, FeedError> {
        self.0.tag(b'{');
        Ok(self)
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Feed<'k>, FeedError> {
        self.text(variant.as_bytes());
        self.0.tag(b'{');
        Ok(self)
    }
}

/// The sequence-like parts of [`Feed`]: each element fed in turn, then an
/// end tag.
macro_rules! feed_elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl serde::ser::$trait for Feed<'_> {
            type Ok = ();
            type Error = FeedError;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), FeedError> {
                v.serialize(Feed(self.0))
            }
            fn end(mut self) -> Result<(), FeedError> {
                Feed::end(&mut self);
                Ok(())
            }
        }
    )*};
}

feed_elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl serde::ser::SerializeMap for Feed<'_> {
    type Ok = ();
    type Error = FeedError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), FeedError> {
        k.serialize(Feed(self.0))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), FeedError> {
        v.serialize(Feed(self.0))
    }
    fn end(mut self) -> Result<(), FeedError> {
        Feed::end(&mut self);
        Ok(())
    }
}

/// The struct-like parts of [`Feed`]: each field's name, then its value (a
/// skipped field by its name); then an end tag.
macro_rules! feed_fields {
    ($($trait:ident),*) => {$(
        impl serde::ser::$trait for Feed<'_> {
            type Ok = ();
            type Error = FeedError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                name: &'static str,
                v: &T,
            ) -> Result<(), FeedError> {
                self.text(name.as_bytes());
                v.serialize(Feed(self.0))
            }
            fn skip_field(&mut self, name: &'static str) -> Result<(), FeedError> {
                self.0.tag(b'-');
                self.text(name.as_bytes());
                Ok(())
            }
            fn end(mut self) -> Result<(), FeedError> {
                Feed::end(&mut self);
                Ok(())
            }
        }
    )*};
}

feed_fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_keeps_what_the_last_build_used() {
        let caches = Caches::default();
        let made = std::cell::Cell::new(0);
        let record = |key: u64| {
            caches.record(key, || {
                made.set(made.get() + 1);
                vec![key as u8]
            })
        };
        // Build 1 uses 1 and 2; build 2 uses 2 and 3.
        record(1);
        record(2);
        caches.sweep();
        record(2);
        record(3);
        assert_eq!(made.get(), 3, "2 came from the cache");
        caches.sweep();
        // 1 was dropped by the second sweep; 2 and 3 were kept.
        record(2);
        record(3);
        assert_eq!(made.get(), 3);
        record(1);
        assert_eq!(made.get(), 4);
        // Pages the same way, by path.
        let page = |path: &str| caches.page(path, 7, || Ok::<_, ()>(vec![1])).unwrap();
        page("a/index.html");
        caches.sweep();
        caches.sweep();
        assert!(caches.pages.lock().unwrap().is_empty());
    }

    #[test]
    fn values_in_another_order_differ() {
        assert_ne!(
            Key::new().json(&vec![1, 2]).finish(),
            Key::new().json(&vec![2, 1]).finish()
        );
    }

    #[test]
    fn values_are_told_apart_by_structure_and_content() {
        #[derive(Serialize, Clone)]
        struct Page<'a> {
            nama: &'a str,
            langkah: Vec<&'a str>,
            catatan: Option<&'a str>,
        }
        let j = |v: &Page| Key::new().json(v).finish();
        let base = Page {
            nama: "Pengumpulan Data",
            langkah: vec!["ab", "c"],
            catatan: None,
        };
        assert_eq!(
            j(&base),
            j(&Page {
                langkah: vec!["ab", "c"],
                ..base.clone()
            })
        );
        let differ = [
            Page {
                nama: "Pengumpulan Data ",
                ..base.clone()
            },
            Page {
                langkah: vec!["a", "bc"],
                ..base
            },
            Page {
                langkah: vec!["ab", "c", ""],
                ..base
            },
            Page {
                langkah: vec!["abc"],
                ..base
            },
            Page {
                catatan: Some(""),
                ..base.clone()
            },
        ];
        let mut all: Vec<u64> = differ.iter().map(j).collect();
        all.push(j(&base));
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
        // Numbers, text and nesting of one value are not confused.
        assert_ne!(
            Key::new().json(&("1", 1)).finish(),
            Key::new().json(&(1, "1")).finish()
        );
        assert_ne!(
            Key::new().json(&vec![vec![1], vec![]]).finish(),
            Key::new().json(&vec![vec![], vec![1]]).finish()
        );
    }
}
