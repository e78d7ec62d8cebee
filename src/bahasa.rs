//! The language of terminal messages: Indonesian, or English on request
//! (`--lang en`, or `SOPGEN_LANG=en`). The site itself is always Indonesian.
//!
//! Chosen once, at start, by the command line; everything that prints a
//! message asks [`inggris`]. Messages are written in both languages where
//! they are made, with [`crate::pesan!`], so that the two cannot drift apart
//! through a lookup table.

use std::sync::atomic::{AtomicBool, Ordering};

static INGGRIS: AtomicBool = AtomicBool::new(false);

/// Whether messages are to be in English.
pub fn inggris() -> bool {
    INGGRIS.load(Ordering::Relaxed)
}

/// Sets the language of messages for the rest of the process.
pub fn pakai_inggris(on: bool) {
    INGGRIS.store(on, Ordering::Relaxed);
}

/// Reads a language name: `id`/`indonesia` or `en`/`english` (any case,
/// region suffixes such as `en_US.UTF-8` allowed). `None` for others.
pub fn dari_nama(name: &str) -> Option<bool> {
    let lower = name.trim().to_ascii_lowercase();
    let base = lower.split(['_', '-', '.', '@']).next().unwrap_or_default();
    match base {
        "id" | "in" | "indonesia" | "indonesian" | "bahasa" => Some(false),
        "en" | "english" | "inggris" => Some(true),
        _ => None,
    }
}

/// A message in Indonesian and English, formatted like `format!`; the one
/// of the chosen language is made.
///
/// ```
/// let n = 17;
/// let m = sopgen::pesan!("NIP berisi {n} angka", "the NIP has {n} digits");
/// assert_eq!(m, "NIP berisi 17 angka");
/// ```
#[macro_export]
macro_rules! pesan {
    ($id:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        if $crate::bahasa::inggris() {
            format!($en $(, $arg)*)
        } else {
            format!($id $(, $arg)*)
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_names() {
        assert_eq!(dari_nama("en_US.UTF-8"), Some(true));
        assert_eq!(dari_nama("EN"), Some(true));
        assert_eq!(dari_nama("id_ID.UTF-8"), Some(false));
        assert_eq!(dari_nama("indonesia"), Some(false));
        assert_eq!(dari_nama("fr"), None);
        assert_eq!(dari_nama(""), None);
    }
}
