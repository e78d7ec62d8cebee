//! The Indonesian stemmer of the search index, with the tokenizer and the
//! stop words it works with.
//!
//! `themes/default/static/aset/stem.js` is a port of this module that must
//! behave identically (the index is built with this one, queries are
//! stemmed in the browser with that one); both are checked against the same
//! tables, `tests/data/stem_vectors.tsv` (exact stems: the specification)
//! and `tests/data/stem_families.tsv` (word families to conflate). Change
//! both together. Here: the interface and the corpus vote (mod.rs), the
//! readings of a word and their costs (rules.rs), the tokenizer
//! (tokens.rs), the word lists (words.rs).
//!
//! # How a word is analysed
//!
//! A word is read as `prefix* root suffix? possessive? particle?`, in every
//! way whose root looks like an Indonesian root:
//!
//! - particles `-lah -kah -tah -pun`, possessives `-nya -ku -mu`, one
//!   derivational suffix `-kan -an -i`;
//! - up to three prefixes: `meN- peN-` with their recodings (`meng-`/`peng-`
//!   before vowels, g, h and a dropped k; `meny-`/`peny-` for a dropped s;
//!   `mem-`/`pem-` before b, f, v and for a dropped p; `men-`/`pen-` before
//!   d, c, j, z and for a dropped t; `me-`/`pe-` before l, r, w, y; roots
//!   in m, n, ny, ng; `menge-`/`penge-` before a one-syllable root), `di-
//!   ter- ber- per- ke- se-`, plain `pe-` (`petugas`), `be-` (`bekerja`),
//!   `bel-` (`belajar`), and the combinations Indonesian forms (`memper-`,
//!   `diper-`, `pemberdayaan`, `keberhasilan`, `ketersediaan`,
//!   `kepegawaian`, `berkelanjutan`);
//! - the prefix–suffix pairs Indonesian does not form (`di-…-an`,
//!   `meN-…-an`, `ke-…-kan`, `peN-…-i`, `ber-…-i`, `ter-…-an`, …) are not
//!   read as such;
//! - a stripped root has at least three letters and a vowel, starts the
//!   way Indonesian words start (a vowel, a consonant and a vowel,
//!   ng/ny/sy/kh, or b/d/f/g/k/p/t with r or l: so `dinkes`, `disdik`,
//!   `distribusi` and `disposisi` keep their `di`) and, when a suffix came
//!   off, ends the way they end.
//!
//! Each reading gets a cost. A certain one (a confix such as `peN-…-an`, a
//! `meN-` verb, `-nya`) is far below the word left whole; a plausible one
//! (`di-` or `peN-` alone, plain `pe-`, a bare `-an`, `-i` after a or s as
//! in `nilai`, `mutasi`) a little below it or a little below the reading
//! without the suffix; a doubtful one (`se-`, a particle, `-ku`, a
//! three-letter root left by `di-`, `ber-` or `ter-`) above it. Readings
//! more than `MARGIN` (in rules.rs) above the best are dropped, so a word
//! with a certain reading does not keep its whole form. The roots left,
//! cheapest first and without repeats, are [`candidates`].
//!
//! A few common words that look derived but are roots (`berkas`, `pegawai`,
//! `pemerintah`, `perangkat`, `tangan`, …) are never taken apart, nor is a
//! word starting with one stripped of a prefix or cut into by a suffix
//! (`kependudukan` → `penduduk`, `berpedoman` → `pedoman`): see `PROTECTED`.
//!
//! # Choosing with a corpus
//!
//! The candidates of a word are often ambiguous (`mengoreksi` → `oreksi`,
//! `koreksi`). [`Stemmer`] settles that with the catalogue's own vocabulary.
//! Every word of the corpus votes for its candidates: 2 for a root it
//! proves (the word itself, or its only candidate: `dikumpulkan` proves
//! `kumpul`), 1 for each of its other candidates that is not doubtful. A
//! word's stem is its candidate with the most votes from the *other* words
//! (a doubtful candidate counts one vote less, so `setuju` does not become
//! `tuju` because `tujuan` is about), ties going to the earlier candidate;
//! with no votes at all the word keeps its whole form when that is a
//! candidate, else it takes its first candidate. A chosen root that is a
//! corpus word stemming further, to another candidate of the word, is
//! followed. This is the `known` of [`stem_with`] made finer: a surface
//! word or the single candidate of a word counts most, and siblings that
//! agree (`menyusun`, `penyusunan` for `disusun`) count too.
//!
//! A word costs two small allocations besides the strings returned, about
//! half a microsecond in a release build.

mod rules;
mod tokens;
mod words;

use rules::{Cand, analyse};
use rustc_hash::{FxHashMap, FxHashSet};

pub use tokens::{for_each_token, tokens};
pub use words::is_stop_word;

/// Every plausible stem of `word` (lowercase input expected; the function
/// lowercases anyway), best guess first; never empty. A word with digits,
/// letters outside a–z, or a hyphen that is not a reduplication comes back
/// unchanged and alone; a reduplication (`dokumen-dokumen`) is stemmed as
/// its base.
pub fn candidates(word: &str) -> Vec<String> {
    analyse(word).1.into_iter().map(|c| c.root).collect()
}

/// The stem of `word`: the first candidate for which `known(candidate)` is
/// true, else the first candidate.
pub fn stem_with(word: &str, known: impl Fn(&str) -> bool) -> String {
    let mut cands = candidates(word);
    let i = cands.iter().position(|c| known(c)).unwrap_or(0);
    cands.swap_remove(i)
}

/// A stemmer that knows a corpus: build it from all the words of the
/// catalogue (tokens as [`tokens`] gives them; repeats do not matter). Its
/// [`Stemmer::stem`] picks, among a word's [`candidates`], the one the
/// corpus supports best (see the module documentation), so the result is
/// always one of the word's candidates.
#[derive(Debug, Clone, Default)]
pub struct Stemmer {
    /// The corpus words, normalised (lowercase, reduplications merged).
    words: FxHashSet<String>,
    /// Votes of the corpus for each root: 2 per word proving it, 1 per word
    /// having it as a plausible candidate.
    votes: FxHashMap<String, u32>,
}

impl Stemmer {
    /// A stemmer knowing `words`.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Stemmer {
        let mut s = Stemmer::default();
        for w in words {
            let (norm, cands) = analyse(w);
            if !s.words.insert(norm.clone()) {
                continue;
            }
            if cands.len() == 1 {
                s.vote(&cands[0].root, 2);
                continue;
            }
            for c in &cands {
                if c.root == norm {
                    s.vote(&c.root, 2);
                } else if c.cost <= 0 {
                    s.vote(&c.root, 1);
                }
            }
        }
        s
    }

    fn vote(&mut self, root: &str, n: u32) {
        *self.votes.entry(root.to_string()).or_default() += n;
    }

    /// The stem of `word` given the corpus: always one of its candidates.
    pub fn stem(&self, word: &str) -> String {
        self.choose(word).0
    }

    /// The stem of `word`, then, when the corpus cannot tell between the
    /// readings of a word that is surely derived (`pengumpulan`: `kumpul`
    /// or `umpul`, and no other word of either root), its other plausible
    /// roots: the index files the word under all of them, so that a query
    /// reaching any reading (`dikumpulkan` gives only `kumpul`) finds it.
    pub fn stems(&self, word: &str) -> Vec<String> {
        let (chosen, undecided, cands, norm) = self.choose(word);
        let mut out = vec![chosen];
        if undecided && !cands.iter().any(|c| c.root == norm) {
            for c in cands {
                if c.cost <= 0 && !out.contains(&c.root) {
                    out.push(c.root);
                }
            }
        }
        out
    }

    /// The chosen stem; whether no reading had any support; the word's
    /// candidates; and its normal form.
    fn choose(&self, word: &str) -> (String, bool, Vec<Cand>, String) {
        let (norm, cands) = analyse(word);
        if cands.len() == 1 {
            return (cands[0].root.clone(), false, cands, norm);
        }
        let inside = self.words.contains(&norm);
        let votes = |k: &str| i64::from(self.votes.get(k).copied().unwrap_or(0));
        let mut best = None;
        let mut best_votes = 0;
        for (i, c) in cands.iter().enumerate() {
            // The word's own votes do not count for itself.
            let v = if c.root == norm {
                votes(&c.root) - if inside { 2 } else { 0 }
            } else if c.cost > 0 {
                // A doubtful candidate (setuju → tuju) counts one vote less.
                votes(&c.root) - 1
            } else {
                votes(&c.root) - i64::from(inside)
            };
            if v > best_votes {
                best = Some(i);
                best_votes = v;
            }
        }
        let undecided = best.is_none();
        let i = best.unwrap_or_else(|| cands.iter().position(|c| c.root == norm).unwrap_or(0));
        let chosen = cands[i].root.clone();
        // A chosen root that is itself a corpus word stemming further (and
        // to another candidate of this word) follows it, so that both
        // words end up together.
        if chosen != norm && self.words.contains(&chosen) {
            let further = self.stem(&chosen);
            if further != chosen && cands.iter().any(|c| c.root == further && c.root != chosen) {
                return (further, false, cands, norm);
            }
        }
        (chosen, undecided, cands, norm)
    }
}

#[cfg(test)]
mod tests {
    use super::words::STOP_WORDS;
    use super::*;
    use std::collections::{HashMap, HashSet};

    const VECTORS: &str = include_str!("../../../tests/data/stem_vectors.tsv");
    const FAMILIES: &str = include_str!("../../../tests/data/stem_families.tsv");

    /// The rows of a TSV table: fields of the lines that are neither empty
    /// nor comments.
    fn rows(table: &str) -> Vec<(usize, Vec<&str>)> {
        table
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|(i, l)| (i + 1, l.split('\t').collect()))
            .collect()
    }

    #[test]
    fn vectors_table() {
        let mut failures = Vec::new();
        let mut n = 0;
        for (line, f) in rows(VECTORS) {
            assert!(
                (3..=4).contains(&f.len()),
                "stem_vectors.tsv:{line}: expected 3 or 4 fields, got {f:?}"
            );
            n += 1;
            let (word, want) = (f[0], f[1]);
            let corpus: Vec<&str> = f[2].split_whitespace().collect();
            let got = if corpus.is_empty() {
                stem_with(word, |_| false)
            } else {
                let mut all = corpus.clone();
                all.push(word);
                Stemmer::new(all).stem(word)
            };
            if got != want {
                failures.push(format!(
                    "line {line}: {word} -> {got}, want {want} (candidates {:?})",
                    candidates(word)
                ));
            }
            if let Some(c) = f.get(3).filter(|c| !c.trim().is_empty()) {
                let want: Vec<&str> = c.split_whitespace().collect();
                let got = candidates(word);
                if got != want {
                    failures.push(format!(
                        "line {line}: candidates({word}) = {got:?}, want {want:?}"
                    ));
                }
            }
        }
        println!(
            "stem_vectors.tsv: {} of {n} rows pass",
            n - failures.len().min(n)
        );
        assert!(n >= 300, "the table has {n} rows, fewer than 300");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The family table's figures: words, families, words on their
    /// family's majority stem, families merged into another.
    /// `tests/js/stem.test.js` asserts the same figures, which keeps the
    /// two implementations in step: update both when the table or the
    /// stemmer changes.
    const FAMILY_FIGURES: (usize, usize, usize, usize) = (822, 251, 821, 0);

    struct FamilyReport {
        words: usize,
        families: usize,
        together: usize,
        merged: usize,
    }

    fn family_report() -> FamilyReport {
        let table = rows(FAMILIES);
        let words: Vec<&str> = table.iter().map(|(_, f)| f[0]).collect();
        let stemmer = Stemmer::new(words.iter().copied());
        let mut order: Vec<&str> = Vec::new();
        let mut stems: HashMap<&str, Vec<String>> = HashMap::new();
        for (line, f) in &table {
            assert_eq!(f.len(), 2, "stem_families.tsv:{line}: expected 2 fields");
            if !stems.contains_key(f[1]) {
                order.push(f[1]);
            }
            stems.entry(f[1]).or_default().push(stemmer.stem(f[0]));
        }
        let mut together = 0;
        let mut owner: HashMap<String, HashSet<&str>> = HashMap::new();
        for fam in &order {
            let list = &stems[fam];
            // The majority stem; a tie goes to the stem seen first.
            let mut best = (&list[0], 0);
            for s in list {
                let count = list.iter().filter(|t| *t == s).count();
                if count > best.1 {
                    best = (s, count);
                }
            }
            together += best.1;
            for s in list {
                owner.entry(s.clone()).or_default().insert(fam);
            }
        }
        let merged = owner.values().map(|f| f.len() - 1).sum();
        FamilyReport {
            words: words.len(),
            families: order.len(),
            together,
            merged,
        }
    }

    #[test]
    fn families_table() {
        let r = family_report();
        println!(
            "stem_families.tsv: {} words in {} families; {} ({:.1}%) share their family's majority stem; {} families merged into another",
            r.words,
            r.families,
            r.together,
            100.0 * r.together as f64 / r.words as f64,
            r.merged
        );
        assert!(r.words >= 300, "the table has {} words", r.words);
        assert!(
            r.together as f64 >= 0.95 * r.words as f64,
            "conflation below 95%"
        );
        assert!(r.merged * 50 <= r.families, "over-stemming above 2%");
        assert_eq!(
            (r.words, r.families, r.together, r.merged),
            FAMILY_FIGURES,
            "new figures: update FAMILY_FIGURES here and in tests/js/stem.test.js"
        );
    }

    #[test]
    fn basics() {
        assert_eq!(candidates(""), vec![""]);
        assert_eq!(candidates("2012"), vec!["2012"]);
        assert_eq!(candidates("spm"), vec!["spm"]);
        assert_eq!(candidates("Kinerja"), vec!["kinerja"]);
        assert_eq!(candidates("e-ktp"), vec!["e-ktp"]);
        assert_eq!(candidates("dokumen-dokumen"), vec!["dokumen"]);
        assert_eq!(stem_with("mengoreksi", |c| c == "koreksi"), "koreksi");
        assert_eq!(
            stem_with("mengoreksi", |_| false),
            candidates("mengoreksi")[0]
        );
        assert!(is_stop_word("yang") && is_stop_word("Dan"));
        for w in ["ya", "tidak", "hari", "kerja", "sampai", "sesuai"] {
            assert!(!is_stop_word(w), "{w}");
        }
        assert!(STOP_WORDS.windows(2).all(|p| p[0] < p[1]), "sorted");
        assert_eq!(
            tokens("Permenpan RB No.35/2012"),
            ["permenpan", "rb", "no", "35", "2012"]
        );
        assert_eq!(
            tokens("Dokumen-dokumen, tanda-tangan; e-KTP bersama-sama --x"),
            [
                "dokumen-dokumen",
                "tanda",
                "tangan",
                "e",
                "ktp",
                "bersama-sama",
                "x"
            ]
        );
        assert_eq!(
            tokens("peraturan perundang-undangan yang berlaku"),
            ["peraturan", "perundang-undangan", "yang", "berlaku"]
        );
    }

    #[test]
    fn every_candidate_list_is_sane() {
        for w in FAMILIES
            .lines()
            .chain(VECTORS.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .filter(|w| !w.is_empty())
        {
            let c = candidates(w);
            assert!(!c.is_empty(), "{w}");
            let mut seen = HashSet::new();
            assert!(c.iter().all(|x| seen.insert(x)), "{w}: repeats in {c:?}");
            let s = Stemmer::new([w]).stem(w);
            assert!(c.contains(&s), "{w}: stem {s} not among {c:?}");
        }
    }

    /// `cargo test --release --lib search::stem::tests::speed -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn speed() {
        let words: Vec<&str> = FAMILIES
            .lines()
            .chain(VECTORS.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .filter(|w| !w.is_empty())
            .collect();
        let rounds = 2000;
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..rounds {
            for w in &words {
                n += candidates(std::hint::black_box(w)).len();
            }
        }
        let per = t.elapsed().as_nanos() as f64 / (rounds * words.len()) as f64;
        println!("candidates: {per:.0} ns a word ({n})");
        let stemmer = Stemmer::new(words.iter().copied());
        let t = std::time::Instant::now();
        for _ in 0..rounds {
            for w in &words {
                n += stemmer.stem(std::hint::black_box(w)).len();
            }
        }
        let per = t.elapsed().as_nanos() as f64 / (rounds * words.len()) as f64;
        println!("Stemmer::stem: {per:.0} ns a word ({n})");
    }
}

#[cfg(test)]
mod undecided {
    use super::Stemmer;

    #[test]
    fn a_word_the_corpus_cannot_settle_is_filed_under_each_reading() {
        let alone = Stemmer::new(["pengumpulan", "data"]);
        let all = alone.stems("pengumpulan");
        assert!(all.contains(&"kumpul".to_string()), "{all:?}");
        assert!(all.contains(&"umpul".to_string()), "{all:?}");
        assert_eq!(all[0], alone.stem("pengumpulan"));
        // The corpus settles it: one stem.
        let settled = Stemmer::new(["pengumpulan", "dikumpulkan"]);
        assert_eq!(settled.stems("pengumpulan"), vec!["kumpul".to_string()]);
        // A word that may be whole stays one stem.
        assert_eq!(alone.stems("data"), vec!["data".to_string()]);
    }
}
