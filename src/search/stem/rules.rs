//! The readings of a word: its prefixes, suffixes and particles stripped
//! in every way whose root looks Indonesian, each with a cost (see the
//! module's documentation), and reduplications.

use super::words::{PROTECTED, ROOTS_IN_I, protected_exact, protected_start};

/// Readings whose cost is this much above the best one are dropped.
const MARGIN: i32 = 10;

/// A candidate root and the cost of the cheapest reading giving it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cand {
    pub(super) root: String,
    pub(super) cost: i32,
}

/// The word as analysed (lowercase, a reduplication merged) and its
/// candidates, cheapest first.
pub(super) fn analyse(word: &str) -> (String, Vec<Cand>) {
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

/// If `a-b` is a reduplication, the word to stem for it: `dokumen-dokumen`
/// → dokumen, `bersama-sama` → bersama, `perundang-undangan` →
/// perundangan, `sebaik-baiknya` → sebaiknya, `tembak-menembak` → tembak.
/// Both parts lowercase a–z.
pub(super) fn reduplication(a: &str, b: &str) -> Option<String> {
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
