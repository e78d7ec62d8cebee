//! The Indonesian stemmer of the search index, with the tokenizer and the
//! stop words it works with.
//!
//! `themes/default/static/aset/stem.js` is a port of this file that must
//! behave identically (the index is built with this one, queries are
//! stemmed in the browser with that one); both are checked against the same
//! tables, `tests/data/stem_vectors.tsv` (exact stems: the specification)
//! and `tests/data/stem_families.tsv` (word families to conflate). Change
//! both files together.
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
//! more than [`MARGIN`] above the best are dropped, so a word with a
//! certain reading does not keep its whole form. The roots left, cheapest
//! first and without repeats, are [`candidates`].
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

use crate::fasthash::{FastMap, FastSet};

// ------------------------------------------------------------------- API

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
    words: FastSet<String>,
    /// Votes of the corpus for each root: 2 per word proving it, 1 per word
    /// having it as a plausible candidate.
    votes: FastMap<String, u32>,
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

/// A stop word: a function word the index leaves out. Content words that
/// matter in SOPs ("ya", "tidak", "hari", "kerja", "sampai", "sesuai") are
/// not stop words.
pub fn is_stop_word(word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        STOP_WORDS
            .binary_search(&word.to_ascii_lowercase().as_str())
            .is_ok()
    } else {
        STOP_WORDS.binary_search(&word).is_ok()
    }
}

/// Splits text into lowercase word tokens the way the index does: runs of
/// letters and digits; a hyphenated reduplication ("dokumen-dokumen",
/// "bersama-sama", "perundang-undangan") is one token, any other hyphen
/// splits ("tanda-tangan" → "tanda", "tangan"). "Permenpan RB No.35/2012"
/// → ["permenpan", "rb", "no", "35", "2012"].
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// The tokens of `text` as [`tokens`] gives them, handed to `f` one by one
/// without allocating for each: the index builder tokenizes millions.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    // The parts of a hyphenated chain, lowercased, one after the other in
    // `buf`; `ends` marks where each part ends.
    let mut buf = String::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut cur_start = 0usize;
    let mut hyphen = false;
    let mut joined = String::new();
    let mut flush = |buf: &mut String,
                     ends: &mut Vec<usize>,
                     cur_start: &mut usize,
                     f: &mut dyn FnMut(&str)| {
        if buf.len() > *cur_start {
            ends.push(buf.len());
        }
        let mut start = 0;
        let mut k = 0;
        while k < ends.len() {
            let a = &buf[start..ends[k]];
            if k + 1 < ends.len() {
                let b = &buf[ends[k]..ends[k + 1]];
                if reduplication(a, b).is_some() {
                    joined.clear();
                    joined.push_str(a);
                    joined.push('-');
                    joined.push_str(b);
                    f(&joined);
                    start = ends[k + 1];
                    k += 2;
                    continue;
                }
            }
            f(a);
            start = ends[k];
            k += 1;
        }
        buf.clear();
        ends.clear();
        *cur_start = 0;
    };
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if hyphen {
                ends.push(buf.len());
                cur_start = buf.len();
                hyphen = false;
            }
            push_lower(&mut buf, ch);
        } else if is_hyphen(ch) && buf.len() > cur_start && !hyphen {
            hyphen = true;
        } else {
            flush(&mut buf, &mut ends, &mut cur_start, &mut f);
            hyphen = false;
        }
    }
    flush(&mut buf, &mut ends, &mut cur_start, &mut f);
}

/// Lowercases as `str::to_lowercase` does, a character at a time (the
/// final-sigma rule aside, which Indonesian text does not meet).
fn push_lower(buf: &mut String, ch: char) {
    if ch.is_ascii() {
        buf.push(ch.to_ascii_lowercase());
    } else {
        buf.extend(ch.to_lowercase());
    }
}

fn is_hyphen(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}' | '\u{2011}')
}

// ------------------------------------------------------------ word lists

/// Function words left out of the index (sorted, for binary search).
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "ada", "adalah", "agar", "akan", "aku", "anda", "antara", "apa", "apabila", "atas", "atau",
    "bagaimana", "bagi", "bahwa", "beberapa", "belum", "bila", "boleh", "bukan", "dalam", "dan",
    "dapat", "dari", "demikian", "dengan", "di", "dia", "hanya", "harus", "ia", "ialah", "ini",
    "itu", "jika", "juga", "kami", "kamu", "karena", "ke", "kepada", "ketika", "kita", "lagi",
    "lain", "lainnya", "maka", "masih", "maupun", "melalui", "mengenai", "mereka", "meskipun",
    "namun", "oleh", "pada", "para", "pula", "pun", "saat", "saja", "sambil", "sangat", "saya",
    "sebagai", "sebagaimana", "sebelum", "secara", "sedang", "sedangkan", "sehingga", "sejak",
    "selain", "selama", "seluruh", "semua", "sendiri", "seperti", "serta", "sesudah", "setelah",
    "setiap", "suatu", "sudah", "supaya", "tanpa", "telah", "tentang", "terhadap", "tersebut",
    "tetapi", "tiap", "untuk", "walaupun", "yaitu", "yakni", "yang",
];

/// Roots that look derived and are not: never taken apart, and no prefix
/// is stripped from a word starting with one (`berkasnya`, `kependudukan`
/// keep them whole). Kept short: the corpus vote settles most cases.
#[rustfmt::skip]
const PROTECTED: &[&str] = &[
    "berapa", "beras", "berat", "berita", "berkas", "diklat", "dinamis", "digital", "direktur",
    "disiplin", "divisi", "kaban", "kalimantan", "kawasan", "memang", "menaker", "mendagri",
    "mendikbud", "pedoman", "pegawai", "pelaku", "pemerintah", "pendapat", "penduduk", "pengaruh",
    "penyakit", "perangkat", "perempuan", "periksa", "perintah", "periode", "pesan", "peserta",
    "selatan", "sekolah", "tangan", "terima", "terminal", "triwulan",
];

/// Roots ending in i that look like a root and the suffix -i
/// (meneliti is teliti, not telit + i).
const ROOTS_IN_I: &[&str] = &["lestari", "mandiri", "murni", "teliti"];

fn protected_exact(s: &[u8]) -> bool {
    PROTECTED.iter().any(|p| p.as_bytes() == s)
}

fn protected_start(s: &[u8]) -> bool {
    PROTECTED.iter().any(|p| s.starts_with(p.as_bytes()))
}

// ------------------------------------------------------------- analysis

/// Readings whose cost is this much above the best one are dropped.
const MARGIN: i32 = 10;

/// A candidate root and the cost of the cheapest reading giving it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cand {
    root: String,
    cost: i32,
}

/// The word as analysed (lowercase, a reduplication merged) and its
/// candidates, cheapest first.
fn analyse(word: &str) -> (String, Vec<Cand>) {
    let lower = word.to_lowercase();
    let norm = if lower.contains('-') {
        let merged = lower
            .split_once('-')
            .filter(|(_, b)| !b.contains('-'))
            .and_then(|(a, b)| reduplication(a, b));
        match merged {
            Some(m) => m,
            None => return (lower.clone(), single(lower)),
        }
    } else {
        lower
    };
    let w = norm.as_bytes();
    if w.len() < 5
        || !w.iter().all(u8::is_ascii_lowercase)
        || !w.iter().any(|&b| is_vowel(b))
        || protected_exact(w)
    {
        return (norm.clone(), single(norm));
    }
    let mut a = Analyser {
        w,
        raws: Vec::with_capacity(32),
    };
    a.run();
    let mut raws = a.raws;
    raws.sort_by_key(|r| r.cost);
    let limit = raws.first().map_or(0, |r| r.cost) + MARGIN;
    let mut out: Vec<Cand> = Vec::with_capacity(4);
    for r in raws.iter().take_while(|r| r.cost < limit) {
        let same = |c: &Cand| {
            let c = c.root.as_bytes();
            c.len() == r.len() && c.starts_with(r.pre) && c[r.pre.len()..] == w[r.start..r.end]
        };
        if !out.iter().any(same) {
            let mut root = String::with_capacity(r.len());
            root.push_str(std::str::from_utf8(r.pre).unwrap_or_default());
            root.push_str(&norm[r.start..r.end]);
            out.push(Cand { root, cost: r.cost });
        }
    }
    if out.is_empty() {
        return (norm.clone(), single(norm));
    }
    (norm, out)
}

fn single(word: String) -> Vec<Cand> {
    vec![Cand {
        root: word,
        cost: 0,
    }]
}

/// A reading: the root is `pre` followed by `w[start..end]`.
#[derive(Debug, Clone, Copy)]
struct Raw {
    pre: &'static [u8],
    start: usize,
    end: usize,
    cost: i32,
}

impl Raw {
    fn len(&self) -> usize {
        self.pre.len() + self.end - self.start
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suf {
    None,
    An,
    Kan,
    I,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    MeN,
    PeN,
    Pe,
    Per,
    Ber,
    Ter,
    Di,
    Ke,
    Se,
}

impl Kind {
    fn bit(self) -> u16 {
        1 << self as u16
    }
}

const ALL_KINDS: u16 = (1 << 9) - 1;

/// One way to take a prefix off: the rest of the word from `at`, with the
/// letter the prefix swallowed (`restored`) put back as `pre`.
#[derive(Debug, Clone, Copy)]
struct Strip {
    kind: Kind,
    pre: &'static [u8],
    at: usize,
    rank: i32,
    /// The letter put back, or 0.
    restored: u8,
    /// A three-letter root is as likely as a longer one after this prefix
    /// (`meng-` before a vowel: mengisi, menguji, pengadu; `menge-`:
    /// mengecek); after other prefixes alone it is doubtful (menit, dinas).
    short_ok: bool,
}

/// At most 8 strips apply to one string.
struct Strips {
    items: [Strip; 8],
    n: usize,
}

impl Strips {
    fn push(&mut self, kind: Kind, pre: &'static [u8], at: usize, rank: i32, restored: u8) {
        self.push_full(kind, pre, at, rank, restored, false);
    }

    fn push_full(
        &mut self,
        kind: Kind,
        pre: &'static [u8],
        at: usize,
        rank: i32,
        restored: u8,
        short_ok: bool,
    ) {
        if self.n < self.items.len() {
            self.items[self.n] = Strip {
                kind,
                pre,
                at,
                rank,
                restored,
                short_ok,
            };
            self.n += 1;
        }
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// One closed syllable of three or four letters: `sah`, `cek`, `tik`,
/// `bom` (ai, au, oi and ei are one vowel; ua in `luar` is two).
fn one_syllable(s: &[u8]) -> bool {
    if s.len() < 3 || s.len() > 4 || is_vowel(s[s.len() - 1]) {
        return false;
    }
    let mut syllables = 0;
    let mut prev = 0;
    for &b in s {
        let diphthong = matches!((prev, b), (b'a' | b'o' | b'e', b'i') | (b'a', b'u'));
        if is_vowel(b) && !diphthong {
            syllables += 1;
        }
        prev = b;
    }
    syllables == 1
}

/// The strips of `w[s..e]` among the kinds in `mask`, in a fixed order.
fn strips(w: &[u8], s: usize, e: usize, mask: u16) -> Strips {
    let mut out = Strips {
        items: [Strip {
            kind: Kind::Di,
            pre: b"",
            at: 0,
            rank: 0,
            restored: 0,
            short_ok: false,
        }; 8],
        n: 0,
    };
    let t = &w[s..e];
    if t.len() < 5 {
        return out;
    }
    let at = |i: usize| t.get(i).copied().unwrap_or(0);
    let on = |k: Kind| mask & k.bit() != 0;
    if on(Kind::MeN) && t.starts_with(b"me") {
        nasal(t, s, Kind::MeN, &mut out);
    }
    if on(Kind::PeN) && t.starts_with(b"pe") {
        nasal(t, s, Kind::PeN, &mut out);
    }
    if on(Kind::Pe) && t.starts_with(b"pe") {
        if t.starts_with(b"pelajar") {
            out.push(Kind::Pe, b"", s + 3, 0, 0);
        } else if matches!(
            at(2),
            b't' | b'd' | b'k' | b'g' | b'j' | b's' | b'c' | b'b' | b'h'
        ) {
            out.push(Kind::Pe, b"", s + 2, 0, 0);
        }
    }
    // per-, and its pel- of pelajari (mempelajari)
    if on(Kind::Per) && (t.starts_with(b"per") || t.starts_with(b"pelajar")) {
        out.push(Kind::Per, b"", s + 3, 0, 0);
    }
    if on(Kind::Ber) {
        if t.starts_with(b"ber") {
            out.push(Kind::Ber, b"", s + 3, 0, 0);
            if is_vowel(at(3)) {
                out.push(Kind::Ber, b"", s + 2, 7, 0);
            }
        } else if t.starts_with(b"belajar") {
            out.push(Kind::Ber, b"", s + 3, 0, 0);
        } else if t.starts_with(b"be") && !is_vowel(at(2)) && at(3) == b'e' && at(4) == b'r' {
            out.push(Kind::Ber, b"", s + 2, 0, 0);
        }
    }
    if on(Kind::Ter) && t.starts_with(b"ter") {
        out.push(Kind::Ter, b"", s + 3, 0, 0);
        if is_vowel(at(3)) {
            out.push(Kind::Ter, b"", s + 2, 7, 0);
        }
    }
    if on(Kind::Di) && t.starts_with(b"di") {
        out.push(Kind::Di, b"", s + 2, 0, 0);
    }
    if on(Kind::Ke) && t.starts_with(b"ke") {
        out.push(Kind::Ke, b"", s + 2, 0, 0);
    }
    if on(Kind::Se) && t.starts_with(b"se") {
        out.push(Kind::Se, b"", s + 2, 0, 0);
    }
    out
}

/// The recodings of `meN-` and `peN-` (`t` starts with "me" or "pe").
fn nasal(t: &[u8], s: usize, kind: Kind, out: &mut Strips) {
    let at = |i: usize| t.get(i).copied().unwrap_or(0);
    if t[2..].starts_with(b"ng") {
        let c = at(4);
        if is_vowel(c) {
            if c == b'e' && one_syllable(&t[5..]) {
                out.push_full(kind, b"", s + 5, 0, 0, true);
                out.push(kind, b"k", s + 4, 1, b'k');
                out.push(kind, b"", s + 4, 2, 0);
            } else if c == b'e' {
                // kelola, kembang, kembali, kenal, kerja outnumber the
                // roots starting with e (evaluasi, edar)
                out.push(kind, b"k", s + 4, 0, b'k');
                out.push_full(kind, b"", s + 4, 1, 0, true);
            } else {
                out.push_full(kind, b"", s + 4, 0, 0, true);
                out.push(kind, b"k", s + 4, 1, b'k');
            }
            // A root in ng (ngeri), last: they are few.
            if t.len() >= 7 && !(c == b'e' && one_syllable(&t[5..])) {
                out.push(kind, b"", s + 2, 3, 0);
            }
        } else if matches!(c, b'g' | b'h' | b'k') {
            out.push(kind, b"", s + 4, 0, 0);
        }
    } else if t[2..].starts_with(b"ny") {
        if is_vowel(at(4)) {
            out.push(kind, b"s", s + 4, 0, b's');
            out.push(kind, b"", s + 2, 1, 0);
        }
    } else if at(2) == b'm' {
        let c = at(3);
        if is_vowel(c) {
            out.push(kind, b"p", s + 3, 0, b'p');
            out.push(kind, b"", s + 2, 1, 0);
        } else if matches!(c, b'b' | b'f' | b'v') {
            out.push(kind, b"", s + 3, 0, 0);
        } else if c == b'p' {
            let rest = &t[3..];
            if rest.starts_with(b"per")
                || rest.starts_with(b"pel")
                || rest.starts_with(b"punya")
                || matches!(at(4), b'r' | b'l')
            {
                out.push(kind, b"", s + 3, 0, 0);
            }
        } else if c == b'r' {
            out.push(kind, b"p", s + 3, 0, b'p');
        }
    } else if at(2) == b'n' {
        let c = at(3);
        if is_vowel(c) {
            out.push(kind, b"t", s + 3, 0, b't');
            out.push(kind, b"", s + 2, 1, 0);
        } else if matches!(c, b'd' | b'c' | b'j' | b'z')
            || (c == b's' && at(4) == b'y')
            || (c == b't' && at(4) == b'r')
        {
            out.push(kind, b"", s + 3, 0, 0);
        } else if c == b's' && is_vowel(at(4)) && kind == Kind::MeN {
            out.push(kind, b"", s + 3, 2, 0);
        }
    } else if t.starts_with(b"pelajar") {
        // pel- + ajar, see strips()
    } else if matches!(at(2), b'l' | b'w' | b'y') || (at(2) == b'r' && kind == Kind::MeN) {
        out.push(kind, b"", s + 2, 0, 0);
    } else if at(2) == b'r' && is_vowel(at(3)) {
        // pe- before r (perencanaan), second to per- + a vowel (peraturan).
        out.push(kind, b"", s + 2, 1, 0);
    }
}

/// Whether Indonesian forms this prefix with this suffix around one root.
fn confix_ok(k: Kind, suf: Suf) -> bool {
    match k {
        Kind::MeN | Kind::Di | Kind::Ter => matches!(suf, Suf::Kan | Suf::I),
        Kind::Ber => matches!(suf, Suf::An | Suf::Kan),
        Kind::PeN | Kind::Pe | Kind::Ke | Kind::Se => suf == Suf::An,
        Kind::Per => true,
    }
}

/// The cost of the outermost prefix, `None` when the reading is not one.
fn outer_cost(k: Kind, suf: Suf, len: usize, short_ok: bool) -> Option<i32> {
    if suf != Suf::None {
        if !confix_ok(k, suf) {
            return None;
        }
        return Some(match k {
            // se-...-an is rare (sebagian); serangan is serang + -an
            Kind::Se => 1,
            // berjalan is ber- + jalan, not ber-...-an around jal
            Kind::Ber if len == 3 => -3,
            _ => -30,
        });
    }
    let short = len == 3;
    Some(match k {
        Kind::MeN | Kind::PeN | Kind::Di if short && !short_ok => 3,
        Kind::MeN => -20,
        Kind::Di | Kind::PeN => -8,
        Kind::Ber => {
            if short {
                3
            } else {
                -5
            }
        }
        Kind::Pe | Kind::Ter => {
            if short {
                3
            } else {
                -3
            }
        }
        Kind::Se => {
            if short {
                4
            } else {
                2
            }
        }
        Kind::Per | Kind::Ke => return None,
    })
}

/// The cost of a prefix of kind `k` inside one of kind `outer`.
fn inner_cost(outer: Kind, k: Kind, len: usize) -> i32 {
    if len == 3 {
        return 3;
    }
    match k {
        Kind::Ber => -5,
        Kind::PeN => -8,
        // berke-...-an is a confix of its own (berkelanjutan); ke- inside
        // other prefixes is rare (diketahui) and kelola, kembali, kenal
        // are roots
        Kind::Ke if outer == Kind::Ber => -3,
        Kind::Ke => 2,
        // memper-, diper- are common; per- inside ke-, ber-, ter- is not
        // (kepercayaan is percaya)
        Kind::Per if !matches!(outer, Kind::MeN | Kind::Di) => 2,
        _ => -3,
    }
}

/// The prefixes that may stand inside a prefix of kind `k`.
fn inner_kinds(k: Kind) -> u16 {
    use Kind::*;
    match k {
        MeN => Ber.bit() | Per.bit(),
        PeN => Ber.bit(),
        Di => Ber.bit() | Per.bit() | Ke.bit(),
        Ter => Per.bit(),
        Ber => Ke.bit() | PeN.bit() | Pe.bit() | Per.bit(),
        Ke => Ber.bit() | Ter.bit() | PeN.bit() | Pe.bit() | Per.bit(),
        Pe | Per | Se => 0,
    }
}

struct Analyser<'a> {
    w: &'a [u8],
    raws: Vec<Raw>,
}

impl Analyser<'_> {
    fn run(&mut self) {
        let w = self.w;
        let n = w.len();
        let mut particles = [(n, 0); 2];
        let mut np = 1;
        if n >= 6
            && [&b"lah"[..], b"kah", b"tah", b"pun"]
                .iter()
                .any(|p| w.ends_with(p))
        {
            particles[1] = (n - 3, 2);
            np = 2;
        }
        for &(e1, c1) in &particles[..np] {
            let b1 = &w[..e1];
            let mut poss = [(e1, 0); 2];
            let mut nq = 1;
            if e1 >= 6 && b1.ends_with(b"nya") && !b1.ends_with(b"tanya") && !b1.ends_with(b"punya")
            {
                poss[1] = (e1 - 3, -15);
                nq = 2;
            } else if e1 >= 7 && (b1.ends_with(b"ku") || b1.ends_with(b"mu")) {
                poss[1] = (e1 - 2, 4);
                nq = 2;
            }
            for &(e2, c2) in &poss[..nq] {
                let b2 = &w[..e2];
                if !protected_exact(b2) {
                    if b2.ends_with(b"an") && e2 >= 5 {
                        self.top(e2 - 2, Suf::An, c1 + c2);
                    }
                    if b2.ends_with(b"kan") && e2 >= 6 {
                        self.top(e2 - 3, Suf::Kan, c1 + c2);
                    }
                    if b2.ends_with(b"i") && e2 >= 5 {
                        self.top(e2 - 1, Suf::I, c1 + c2);
                    }
                }
                self.top(e2, Suf::None, c1 + c2);
            }
        }
    }

    /// Readings of `w[..e]` (the suffixes off) as prefixes and a root.
    fn top(&mut self, e: usize, suf: Suf, base: i32) {
        let bare = match suf {
            Suf::None => Some(0),
            Suf::An if e >= 4 => Some(-3),
            Suf::An => Some(3),
            Suf::Kan => Some(1),
            Suf::I => None,
        };
        if let Some(c) = bare {
            self.add(b"", 0, e, base + c, suf, false);
        }
        if protected_start(&self.w[..e]) {
            return;
        }
        // A root ending in a or in s (nilai, mulai; verifikasi, mutasi)
        // is read with -i only a little less readily than without it.
        let doubtful_i = suf == Suf::I && matches!(self.w[e - 1], b'a' | b's');
        let st = strips(self.w, 0, e, ALL_KINDS);
        for x in &st.items[..st.n] {
            let len = x.pre.len() + e - x.at;
            let pc = if doubtful_i {
                outer_cost(x.kind, Suf::None, len, x.short_ok).map(|c| c + 5)
            } else {
                outer_cost(x.kind, suf, len, x.short_ok)
            };
            let Some(pc) = pc else {
                continue;
            };
            let cost = base + pc + x.rank;
            if self.add(x.pre, x.at, e, cost, suf, true) {
                self.inner(x, e, cost, suf, 1);
            }
        }
    }

    /// Prefixes inside the prefix `x` (of a string ending at `e`).
    fn inner(&mut self, x: &Strip, e: usize, cost: i32, suf: Suf, depth: u32) {
        if depth >= 3 {
            return;
        }
        if x.restored == b'k' {
            // mengetahui → ketahui → tahu
            if matches!(x.kind, Kind::MeN | Kind::PeN) && self.w[x.at] == b'e' {
                let len = e - x.at - 1;
                let c = cost + inner_cost(x.kind, Kind::Ke, len);
                self.add(b"", x.at + 1, e, c, suf, true);
            }
            return;
        }
        if x.restored != 0 || protected_start(&self.w[x.at..e]) {
            return;
        }
        let st = strips(self.w, x.at, e, inner_kinds(x.kind));
        for y in &st.items[..st.n] {
            let len = y.pre.len() + e - y.at;
            let c = cost + inner_cost(x.kind, y.kind, len) + y.rank;
            if self.add(y.pre, y.at, e, c, suf, true) {
                self.inner(y, e, c, suf, depth + 1);
            }
        }
    }

    /// Records the root `pre + w[start..end]` if it is a plausible one;
    /// whether it was.
    fn add(
        &mut self,
        pre: &'static [u8],
        start: usize,
        end: usize,
        cost: i32,
        suf: Suf,
        stripped: bool,
    ) -> bool {
        let w = self.w;
        let len = pre.len() + end - start;
        let at = |i: usize| {
            if i < pre.len() {
                pre[i]
            } else {
                w[start + i - pre.len()]
            }
        };
        if len < 3 || !(0..len).any(|i| is_vowel(at(i))) {
            return false;
        }
        if stripped && !valid_onset(at(0), at(1), at(2)) {
            return false;
        }
        if suf != Suf::None {
            // The suffix must not have been cut out of a protected root
            // (berpedoman is ber- + pedoman, not ber-...-an around pedom).
            if pre.is_empty()
                && PROTECTED
                    .iter()
                    .any(|p| p.len() > len && w[start..].starts_with(p.as_bytes()))
            {
                return false;
            }
            let last = at(len - 1);
            let prev = at(len - 2);
            // A vowel, one consonant after a vowel (not w or y), ng after
            // a vowel, or y after a consonant (entry).
            let coda_ok = is_vowel(last)
                || (is_vowel(prev) && !matches!(last, b'w' | b'y'))
                || (last == b'y' && !is_vowel(prev))
                || (last == b'g' && prev == b'n' && len >= 3 && is_vowel(at(len - 3)));
            if !coda_ok {
                return false;
            }
            if suf == Suf::I {
                if len < 4 || matches!(last, b'e' | b'i' | b'o' | b'y') {
                    return false;
                }
                if ROOTS_IN_I
                    .iter()
                    .any(|r| r.len() == len + 1 && (0..len).all(|i| at(i) == r.as_bytes()[i]))
                {
                    return false;
                }
            }
        }
        self.raws.push(Raw {
            pre,
            start,
            end,
            cost,
        });
        true
    }
}

/// A root starts with a vowel, a consonant and a vowel, ng/ny/sy/kh and a
/// vowel, or b/d/f/g/k/p/t with r or l and a vowel.
fn valid_onset(a: u8, b: u8, c: u8) -> bool {
    if is_vowel(a) || is_vowel(b) {
        return true;
    }
    let digraph = matches!(
        (a, b),
        (b'n', b'g') | (b'n', b'y') | (b's', b'y') | (b'k', b'h')
    );
    let cluster =
        matches!(a, b'b' | b'd' | b'f' | b'g' | b'k' | b'p' | b't') && matches!(b, b'r' | b'l');
    (digraph || cluster) && is_vowel(c)
}

// -------------------------------------------------------- reduplication

/// If `a-b` is a reduplication, the word to stem for it: `dokumen-dokumen`
/// → dokumen, `bersama-sama` → bersama, `perundang-undangan` →
/// perundangan, `sebaik-baiknya` → sebaiknya, `tembak-menembak` → tembak.
/// Both parts lowercase a–z.
fn reduplication(a: &str, b: &str) -> Option<String> {
    let letters = |s: &str| s.len() >= 2 && s.bytes().all(|c| c.is_ascii_lowercase());
    if !letters(a) || !letters(b) {
        return None;
    }
    if a == b {
        return Some(a.to_string());
    }
    const PREFIXES: [&str; 7] = ["", "se", "ber", "ter", "di", "ke", "per"];
    const SUFFIXES: [&str; 11] = [
        "an", "kan", "i", "nya", "annya", "kannya", "inya", "lah", "pun", "ku", "mu",
    ];
    for p in &PREFIXES[1..] {
        if b.len() >= 3 && a.len() == p.len() + b.len() && a.starts_with(p) && a.ends_with(b) {
            return Some(a.to_string());
        }
    }
    for p in PREFIXES {
        if let Some(core) = a.strip_prefix(p)
            && core.len() >= 3
            && let Some(rest) = b.strip_prefix(core)
            && SUFFIXES.contains(&rest)
        {
            return Some(format!("{a}{rest}"));
        }
    }
    if men_form(a).is_some_and(|m| m == b) {
        return Some(a.to_string());
    }
    None
}

/// The `meN-` form of a root: tembak → menembak.
fn men_form(a: &str) -> Option<String> {
    let c = *a.as_bytes().first()?;
    Some(match c {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'g' | b'h' => format!("meng{a}"),
        b'k' => format!("meng{}", &a[1..]),
        b'p' => format!("mem{}", &a[1..]),
        b'b' | b'f' | b'v' => format!("mem{a}"),
        b't' => format!("men{}", &a[1..]),
        b'd' | b'c' | b'j' | b'z' => format!("men{a}"),
        b's' => format!("meny{}", &a[1..]),
        b'l' | b'r' | b'w' | b'y' | b'm' | b'n' => format!("me{a}"),
        _ => return None,
    })
}

// ----------------------------------------------------------------- tests

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    const VECTORS: &str = include_str!("../../tests/data/stem_vectors.tsv");
    const FAMILIES: &str = include_str!("../../tests/data/stem_families.tsv");

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
