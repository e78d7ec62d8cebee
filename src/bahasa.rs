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

/// The language asked for on the command line (`--lang X` or `--lang=X`,
/// the last one before a `--`), else by `SOPGEN_LANG` (`env`): `true` for
/// English, `false` (Indonesian) when neither names a language. Read from
/// the raw arguments, since clap's help and errors must already be in it.
pub fn dari_argumen<S: AsRef<std::ffi::OsStr>>(args: &[S], env: Option<&str>) -> bool {
    let mut asked = None;
    let mut args = args.iter().skip(1).map(|a| a.as_ref().to_str());
    while let Some(arg) = args.next() {
        let value = match arg {
            Some("--") => break,
            Some("--lang") => args.next().flatten(),
            Some(a) => a.strip_prefix("--lang="),
            None => None,
        };
        if let Some(en) = value.and_then(dari_nama) {
            asked = Some(en);
        }
    }
    asked.or_else(|| env.and_then(dari_nama)).unwrap_or(false)
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

    #[test]
    fn the_flag_wins_over_the_environment() {
        let en = |args: &[&str], env| dari_argumen(args, env);
        assert!(!en(&["sopgen", "check"], None), "Indonesian by default");
        assert!(en(&["sopgen", "check"], Some("en_US.UTF-8")));
        assert!(en(&["sopgen", "--lang", "en", "check"], Some("id")));
        assert!(!en(&["sopgen", "check", "--lang=id"], Some("en")));
        assert!(
            en(&["sopgen", "check", "--lang=xx"], Some("en")),
            "an unknown name is no choice"
        );
        // After `--`, a word is a search word, not an option.
        assert!(!en(&["sopgen", "search", "--", "--lang", "en"], None));
        // The program's own name is never read as an argument.
        assert!(!en(&["--lang=en"], None));
    }
}
