//! What `serve --watch` keeps between rebuilds, so that saving one SOP
//! costs about one SOP: parsed files by their bytes, flowcharts by their
//! SOP's text, each SOP's search words by its text, and rendered files by a
//! hash of everything they were rendered from. Every entry is keyed by
//! content, never by time, so a changed input is a different key and a stale
//! entry cannot be served.
//!
//! The pipeline is given [`Caches`] once and asks it for each such value,
//! saying how to key it and how to make it; a one-shot build gives
//! [`Caches::none`], which keeps nothing and makes every value anew
//! (without computing its key). The layer knows nothing of what it keeps.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.kept.is_some() {
            "Caches { .. }"
        } else {
            "Caches::none()"
        })
    }
}

/// Entries by key, each with the number of the last build that used it.
type Kept<K, V> = Mutex<HashMap<K, (V, u64)>>;

/// What `serve --watch` keeps from one build to the next, or (the no-op
/// form, [`Caches::none`]) nothing. Each value remembers the last build that
/// used it; [`Caches::sweep`], after a good build, drops the rest, so that a
/// long preview session holds what one build needs rather than every
/// version of every edited file.
pub struct Caches {
    kept: Option<Store>,
}

#[derive(Default)]
struct Store {
    build: AtomicU64,
    /// Values of any type, by their type and key.
    values: Kept<(TypeId, u64), Arc<dyn Any + Send + Sync>>,
    /// A rendered file by its path: the hash of its inputs and its bytes.
    pages: Kept<String, (u64, Arc<Vec<u8>>)>,
}

static NONE: Caches = Caches { kept: None };

impl Default for Caches {
    /// Caches that keep: for `serve --watch`.
    fn default() -> Self {
        Caches {
            kept: Some(Store::default()),
        }
    }
}

impl Caches {
    /// The no-op form, for one-shot builds: keeps nothing, makes every
    /// value anew, and never computes a key.
    pub fn none() -> &'static Caches {
        &NONE
    }

    /// Drops what the build just made did not use, and starts the next.
    pub fn sweep(&self) {
        let Some(store) = &self.kept else { return };
        let build = store.build.fetch_add(1, Ordering::Relaxed);
        for_build(&store.values, build);
        for_build(&store.pages, build);
    }

    /// The value `make(input)` makes, or the one kept for the same key
    /// (`key(&input)`) and type. Keys are per type: two kinds of value
    /// kept side by side must differ in type.
    pub fn value<I, V: Any + Send + Sync>(
        &self,
        input: I,
        key: impl FnOnce(&I) -> u64,
        make: impl FnOnce(I) -> V,
    ) -> Arc<V> {
        let Some(store) = &self.kept else {
            return Arc::new(make(input));
        };
        let build = store.build.load(Ordering::Relaxed);
        let k = (TypeId::of::<V>(), key(&input));
        if let Some((hit, used)) = store.values.lock().expect("not poisoned").get_mut(&k) {
            *used = build;
            return Arc::clone(hit).downcast::<V>().expect("keys are per type");
        }
        let made = Arc::new(make(input));
        store
            .values
            .lock()
            .expect("not poisoned")
            .insert(k, (Arc::clone(&made) as Arc<dyn Any + Send + Sync>, build));
        made
    }

    /// The file at `path` rendered from `inputs`: rendered anew only when
    /// their key (`key(&inputs)`) changed since the path was last rendered.
    pub fn page<I, E>(
        &self,
        path: &str,
        inputs: I,
        key: impl FnOnce(&I) -> u64,
        render: impl FnOnce(I) -> Result<Vec<u8>, E>,
    ) -> Result<Arc<Vec<u8>>, E> {
        let Some(store) = &self.kept else {
            return render(inputs).map(Arc::new);
        };
        let build = store.build.load(Ordering::Relaxed);
        let k = key(&inputs);
        if let Some(((old, bytes), used)) = store.pages.lock().expect("not poisoned").get_mut(path)
            && *old == k
        {
            *used = build;
            return Ok(Arc::clone(bytes));
        }
        let bytes = Arc::new(render(inputs)?);
        store
            .pages
            .lock()
            .expect("not poisoned")
            .insert(path.to_string(), ((k, Arc::clone(&bytes)), build));
        Ok(bytes)
    }
}

fn for_build<K: Hash + Eq, V>(m: &Kept<K, V>, build: u64) {
    m.lock()
        .expect("not poisoned")
        .retain(|_, (_, used)| *used == build);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Key;

    #[test]
    fn a_sweep_keeps_what_the_last_build_used() {
        let caches = Caches::default();
        let made = std::cell::Cell::new(0);
        let record = |key: u64| {
            caches.value(
                key,
                |&k| k,
                |k| {
                    made.set(made.get() + 1);
                    vec![k as u8]
                },
            )
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
        // Values of another type under the same key are apart.
        let text = caches.value(1u64, |&k| k, |_| String::from("teks"));
        assert_eq!(*text, "teks");
        assert_eq!(*record(1), vec![1]);
        // Pages the same way, by path.
        let page = |path: &str| {
            caches
                .page(path, 7, |&k| k, |_| Ok::<_, ()>(vec![1]))
                .unwrap()
        };
        page("a/index.html");
        caches.sweep();
        caches.sweep();
        let store = caches.kept.as_ref().unwrap();
        assert!(store.pages.lock().unwrap().is_empty());
    }

    #[test]
    fn the_no_op_form_makes_everything_and_keys_nothing() {
        let none = Caches::none();
        let made = std::cell::Cell::new(0);
        for _ in 0..2 {
            let v = none.value(
                (),
                |_| panic!("no key is computed"),
                |_| {
                    made.set(made.get() + 1);
                    made.get()
                },
            );
            assert_eq!(*v, made.get());
            let p = none
                .page(
                    "a/index.html",
                    (),
                    |_| panic!("no key"),
                    |_| Ok::<_, ()>(vec![2]),
                )
                .unwrap();
            assert_eq!(*p, vec![2]);
        }
        assert_eq!(made.get(), 2);
        none.sweep();
    }

    #[test]
    fn values_are_told_apart_by_structure_and_content() {
        #[derive(Hash, Clone)]
        struct Page<'a> {
            nama: &'a str,
            langkah: Vec<&'a str>,
            catatan: Option<&'a str>,
        }
        let j = |v: &Page| Key::new().value(v).finish();
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
                ..base.clone()
            },
            Page {
                langkah: vec!["ab", "c", ""],
                ..base.clone()
            },
            Page {
                langkah: vec!["abc"],
                ..base.clone()
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
            Key::new().value(&("1", 1)).finish(),
            Key::new().value(&(1, "1")).finish()
        );
        assert_ne!(
            Key::new().value(&vec![vec![1], vec![]]).finish(),
            Key::new().value(&vec![vec![], vec![1]]).finish()
        );
        assert_ne!(
            Key::new().value(&(Some(1u32), None::<u32>)).finish(),
            Key::new().value(&(None::<u32>, Some(1u32))).finish()
        );
    }
}
