//! Reading a waktu as SOP tables write it (the rules are in the
//! module's documentation), and how its units may be written.

use super::nilai::{Besaran, Jumlah, Lama, Satuan, Ukuran, Waktu, WaktuError};
use crate::diagnostic::closest;

impl Waktu {
    /// Reads a waktu (see the module's documentation). Free text is not an
    /// error: it comes back with no `ukuran`.
    pub fn parse(text: &str) -> Result<Waktu, WaktuError> {
        let teks = text.trim();
        Ok(Waktu {
            teks: teks.to_string(),
            ukuran: Reader { t: teks }.ukuran()?,
        })
    }
}

/// A regular expression (ECMA-262, for the JSON Schema) a waktu the parser
/// accepts matches: text that does not start with a number, or a number
/// (a range, "N x", a sum) reaching a unit it knows. It rejects what
/// `sopgen check` rejects most often ("10 Menir", "10"); the parser stays
/// the judge.
pub fn schema_pattern() -> String {
    // Each spelling in any case, longest first so "hari" is not cut to "hr".
    let mut spellings: Vec<&str> = EJAAN_SATUAN.iter().map(|(s, _)| *s).collect();
    spellings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let any_case = |w: &str| -> String {
        w.chars()
            .map(|c| format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase()))
            .collect()
    };
    let unit = spellings
        .iter()
        .map(|w| any_case(w))
        .collect::<Vec<_>>()
        .join("|");
    let num = r"[0-9]+([.,/][0-9]+)?";
    let note = r"(\([^)]*\)\s*)?";
    let range = r"(-|\u2013|\u2014|[Ss]\.?\s*[Dd]\.?|[Ss]/[Dd]|[Ss][Aa][Mm][Pp][Aa][Ii])";
    format!(
        r"^\s*([^0-9\s].*|)$|^\s*{num}\s*{note}([xX\u00d7]\s*{num}\s*)?({range}\s*{num}\s*{note})?({unit})(?![A-Za-z]).*$"
    )
}

/// How units may be written, lower case. Full names first: a suggestion
/// names a full unit.
pub(super) const EJAAN_SATUAN: &[(&str, Satuan)] = &[
    ("detik", Satuan::Detik),
    ("menit", Satuan::Menit),
    ("jam", Satuan::Jam),
    ("hari", Satuan::Hari),
    ("minggu", Satuan::Minggu),
    ("bulan", Satuan::Bulan),
    ("pekan", Satuan::Minggu),
    ("dtk", Satuan::Detik),
    ("det", Satuan::Detik),
    ("mnt", Satuan::Menit),
    ("min", Satuan::Menit),
    ("jm", Satuan::Jam),
    ("hr", Satuan::Hari),
    ("hk", Satuan::HariKerja),
    ("mgg", Satuan::Minggu),
    ("bln", Satuan::Bulan),
];

/// Every unit, for hints.
pub const BENTUK_WAKTU: &str = "satuan yang dikenal: detik (dtk), menit (mnt), jam, hari (hr), hari kerja (HK), minggu (mgg, pekan), bulan (bln); contoh: \"10 menit\", \"1,5 jam\", \"10-15 menit\", \"1 x 24 jam\", \"5 hari kerja\"";

/// [`BENTUK_WAKTU`] in English.
pub const WAKTU_FORMS: &str = "units: detik (dtk), menit (mnt), jam, hari (hr), hari kerja (HK), minggu (mgg, pekan), bulan (bln); e.g. \"10 menit\", \"1,5 jam\", \"10-15 menit\", \"1 x 24 jam\", \"5 hari kerja\"";

/// Every unit, in the language of messages.
pub fn bentuk_waktu() -> &'static str {
    if crate::bahasa::inggris() {
        WAKTU_FORMS
    } else {
        BENTUK_WAKTU
    }
}

/// The most units one amount may have.
const MAX_JUMLAH: u64 = 100_000;
/// The most one side of a waktu may be: 100 000 bulan, 100 000 hari kerja.
const MAX_LAMA: Lama = Lama {
    detik: MAX_JUMLAH * 30 * 86_400,
    hari_kerja_x100: MAX_JUMLAH * 100,
};

/// Qualifiers before a value, lower case, words separated by spaces.
const AWALAN: &[&str] = &[
    "±",
    "+/-",
    "+-",
    "kurang lebih",
    "lebih kurang",
    "kurleb",
    "kira-kira",
    "kira kira",
    "sekitar",
    "selama",
    "maksimal",
    "maksimum",
    "maks.",
    "maks",
    "max.",
    "max",
    "paling lama",
    "selambat-lambatnya",
];

/// Range marks, lower case, words separated by spaces; longest first.
const SAMPAI: &[&str] = &[
    "sampai dengan",
    "sampai",
    "hingga",
    "s.d.",
    "s/d.",
    "s.d",
    "s/d",
    "sd",
    "-",
    "–",
    "—",
    "~",
];

/// Ones, for numbers in words.
const SATUAN_ANGKA: [&str; 9] = [
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// An amount as read: its unit is missing before a range mark ("10-15
/// menit").
#[derive(Debug, Clone, Copy)]
struct Penggalan {
    kali: Option<Jumlah>,
    jumlah: Jumlah,
    satuan: Option<Satuan>,
    /// Where its number was written, for messages.
    angka: (usize, usize),
}

struct Reader<'a> {
    /// The trimmed text.
    t: &'a str,
}

/// "½", "¼", "¾".
fn vulgar(c: char) -> Option<Jumlah> {
    match c {
        '½' => Some(Jumlah(500_000)),
        '¼' => Some(Jumlah(250_000)),
        '¾' => Some(Jumlah(750_000)),
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}'
}

impl<'a> Reader<'a> {
    fn at(&self, i: usize) -> Option<char> {
        self.t[i..].chars().next()
    }

    fn skip_space(&self, mut i: usize) -> usize {
        while let Some(c) = self.at(i).filter(|&c| is_space(c)) {
            i += c.len_utf8();
        }
        i
    }

    /// The end of the run of letters at `i`.
    fn word_end(&self, i: usize) -> usize {
        let mut e = i;
        while let Some(c) = self.at(e).filter(|c| c.is_alphabetic()) {
            e += c.len_utf8();
        }
        e
    }

    /// The end of the run of letters and digits at `i` (a token named in
    /// a message).
    fn token_end(&self, i: usize) -> usize {
        let mut e = i;
        while let Some(c) = self.at(e).filter(|c| c.is_alphanumeric()) {
            e += c.len_utf8();
        }
        e
    }

    /// Whether `i` is where a word may end: not inside letters or digits.
    fn boundary(&self, i: usize) -> bool {
        !self.at(i).is_some_and(char::is_alphanumeric)
    }

    /// A phrase from `list` at `i`, in any case, its words separated by
    /// any spaces, ending on a word boundary when it ends with a letter.
    fn phrase(&self, i: usize, list: &[&str]) -> Option<usize> {
        'next: for p in list {
            let mut j = i;
            for (k, word) in p.split(' ').enumerate() {
                if k > 0 {
                    let s = self.skip_space(j);
                    if s == j {
                        continue 'next;
                    }
                    j = s;
                }
                let rest = &self.t[j..];
                let mut end = 0;
                let mut chars = rest.char_indices();
                for wc in word.chars() {
                    match chars.next() {
                        Some((_, c)) if c.to_lowercase().eq(wc.to_lowercase()) => {
                            end += c.len_utf8();
                        }
                        _ => continue 'next,
                    }
                }
                j += end;
            }
            let last = p.chars().last().unwrap_or(' ');
            if !last.is_alphanumeric() || self.boundary(j) {
                return Some(j);
            }
        }
        None
    }

    fn error(&self, message: String, hint: String) -> WaktuError {
        WaktuError { message, hint }
    }

    fn ukuran(&self) -> Result<Option<Ukuran>, WaktuError> {
        let t = self.t;
        let mut i = 0;
        let mut awalan = None;
        if let Some(e) = self.phrase(0, AWALAN) {
            awalan = Some(t[..e].to_string());
            i = self.skip_space(e);
        }
        let (mut dari, end) = self.side(i)?;
        if dari.is_empty() {
            return Ok(None);
        }
        let mut i = end;
        let mut sampai = None;
        let after = self.skip_space(i);
        if let Some(m) = self.phrase(after, SAMPAI) {
            let (hi, end) = self.side(self.skip_space(m))?;
            if let Some(first) = hi.first() {
                if let Some(p) = hi.iter().find(|p| p.satuan.is_none()) {
                    return Err(self.no_unit(p));
                }
                let satuan = first.satuan.expect("checked above");
                // "10-15 menit", "1-2 x 24 jam": the unit written once.
                if let [lo] = dari.as_mut_slice()
                    && lo.satuan.is_none()
                {
                    lo.satuan = Some(satuan);
                    if let (None, Some(_)) = (lo.kali, first.kali) {
                        lo.kali = Some(lo.jumlah);
                        lo.jumlah = first.jumlah;
                    }
                }
                sampai = Some(hi);
                i = end;
            }
        }
        if let Some(p) = dari.iter().find(|p| p.satuan.is_none()) {
            return Err(self.no_unit(p));
        }
        let keterangan = t[i..]
            .trim_start_matches(is_space)
            .trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | ',' | ';' | ':'))
            .to_string();
        let done = |parts: Vec<Penggalan>| -> Vec<Besaran> {
            parts
                .into_iter()
                .map(|p| Besaran {
                    kali: p.kali,
                    jumlah: p.jumlah,
                    satuan: p.satuan.expect("checked above"),
                })
                .collect()
        };
        let u = Ukuran {
            awalan,
            dari: done(dari),
            sampai: sampai.map(done),
            keterangan: (!keterangan.is_empty()).then_some(keterangan),
        };
        let (lo, hi) = (u.rendah(), u.tinggi());
        for l in [lo, hi] {
            if l.detik > MAX_LAMA.detik || l.hari_kerja_x100 > MAX_LAMA.hari_kerja_x100 {
                return Err(self.too_large());
            }
        }
        if lo != hi && lo.detik >= hi.detik && lo.hari_kerja_x100 >= hi.hari_kerja_x100 {
            return Err(self.error(
                crate::pesan!(
                    "rentang waktu \"{t}\" terbalik: {lo} lebih lama dari {hi}",
                    "the range \"{t}\" is reversed: {lo} is longer than {hi}"
                ),
                crate::pesan!(
                    "tulis yang lebih singkat lebih dahulu, misalnya \"10-15 menit\"",
                    "write the shorter first, e.g. \"10-15 menit\""
                ),
            ));
        }
        Ok(Some(u))
    }

    fn no_unit(&self, p: &Penggalan) -> WaktuError {
        let n = &self.t[p.angka.0..p.angka.1];
        self.error(
            crate::pesan!(
                "angka {n} dalam waktu \"{}\" tidak diikuti satuan",
                "the number {n} in waktu \"{}\" has no unit",
                self.t
            ),
            crate::pesan!(
                "tulis satuannya setelah angka, misalnya \"{n} menit\"; {}",
                "write the unit after the number, e.g. \"{n} menit\"; {}",
                bentuk_waktu()
            ),
        )
    }

    fn too_large(&self) -> WaktuError {
        self.error(
            crate::pesan!("waktu \"{}\" terlalu besar", "waktu \"{}\" is too large", self.t),
            crate::pesan!(
                "paling banyak {MAX_JUMLAH} satuan; gunakan satuan yang lebih besar (misalnya hari atau bulan, bukan menit)",
                "at most {MAX_JUMLAH} of a unit; use a larger unit (e.g. hari or bulan instead of menit)"
            ),
        )
    }

    /// Amounts from `i`, summed: "1 jam 30 menit". Empty when no number
    /// starts there. An amount without a unit ends them.
    fn side(&self, mut i: usize) -> Result<(Vec<Penggalan>, usize), WaktuError> {
        let mut parts = Vec::new();
        while let Some((p, end)) = self.amount(i)? {
            parts.push(p);
            i = end;
            if p.satuan.is_none() {
                break;
            }
            let next = self.skip_space(i);
            if self.number(next)?.is_none() {
                break;
            }
            i = next;
        }
        Ok((parts, i))
    }

    /// One amount at `i`: a number, perhaps spelled in brackets, perhaps
    /// "x" another, then a unit (missing only when nothing that looks like
    /// one follows).
    fn amount(&self, i: usize) -> Result<Option<(Penggalan, usize)>, WaktuError> {
        let Some((n, e, in_words)) = self.number(i)? else {
            return Ok(None);
        };
        if in_words {
            // A number in words counts only with a unit after it, and is
            // never an error: such words are ordinary words too.
            let u = self.skip_space(e);
            return Ok(self
                .unit(u)
                .filter(|&(satuan, end)| satuan != Satuan::Hari || self.not_kerja(u, end).is_ok())
                .map(|(satuan, end)| {
                    (
                        Penggalan {
                            kali: None,
                            jumlah: n,
                            satuan: Some(satuan),
                            angka: (i, e),
                        },
                        end,
                    )
                }));
        }
        let mut p = Penggalan {
            kali: None,
            jumlah: n,
            satuan: None,
            angka: (i, e),
        };
        let mut j = self.spelled(e);
        // "1 x 24 jam", "1x24 jam"
        let x = self.skip_space(j);
        if matches!(self.at(x), Some('x' | 'X' | '×')) {
            let y = self.skip_space(x + self.at(x).map_or(1, char::len_utf8));
            if self.at(y).is_some_and(|c| c.is_ascii_digit())
                && let Some((m, me, false)) = self.number(y)?
            {
                p.kali = Some(n);
                p.jumlah = m;
                p.angka = (i, me);
                j = self.spelled(me);
            }
        }
        let u = self.skip_space(j);
        if p.kali.is_some_and(|k| {
            u128::from(k.0) * u128::from(p.jumlah.0) > u128::from(MAX_JUMLAH) * 1_000_000_000_000
        }) {
            return Err(self.too_large());
        }
        if let Some((satuan, end)) = self.unit(u) {
            if satuan == Satuan::Hari {
                self.not_kerja(u, end)?;
            }
            p.satuan = Some(satuan);
            return Ok(Some((p, end)));
        }
        let te = self.token_end(u);
        if te > u && self.phrase(u, SAMPAI).is_none() {
            return Err(self.unknown_unit(u, te));
        }
        // Nothing like a unit: the caller decides (a range's first end).
        Ok(Some((p, j)))
    }

    /// "(dua)", "( dua puluh )" after a number: skipped.
    fn spelled(&self, e: usize) -> usize {
        let o = self.skip_space(e);
        if self.at(o) != Some('(') {
            return e;
        }
        let inner = &self.t[o + 1..];
        match inner.find(')') {
            Some(close)
                if inner[..close].chars().any(char::is_alphabetic)
                    && inner[..close]
                        .chars()
                        .all(|c| c.is_alphabetic() || is_space(c) || c == '-') =>
            {
                o + 1 + close + 1
            }
            _ => e,
        }
    }

    /// A number at `i`: digits with perhaps a decimal part, or words.
    /// Also whether it was written in words.
    fn number(&self, i: usize) -> Result<Option<(Jumlah, usize, bool)>, WaktuError> {
        if self.at(i).is_some_and(|c| c.is_ascii_digit()) {
            return self.digits(i).map(|(n, e)| Some((n, e, false)));
        }
        if let Some((f, len)) = self
            .at(i)
            .and_then(|c| vulgar(c).map(|f| (f, c.len_utf8())))
        {
            return Ok(Some((f, i + len, false)));
        }
        Ok(self.words(i).map(|(n, e)| (n, e, true)))
    }

    fn unreadable(&self, i: usize, te: usize) -> WaktuError {
        self.error(
            crate::pesan!(
                "angka \"{}\" dalam waktu \"{}\" tidak dapat dibaca",
                "cannot read the number \"{}\" in waktu \"{}\"",
                &self.t[i..te],
                self.t
            ),
            crate::pesan!(
                "tulis bilangan bulat, desimal dengan satu koma, atau pecahan, misalnya \"10\", \"1,5\" atau \"1/2\"",
                "write a whole number, a decimal with one comma, or a fraction, e.g. \"10\", \"1,5\" or \"1/2\""
            ),
        )
    }

    /// "10", "1,5", "1.5", "007", and fractions: "1/2", "1½".
    fn digits(&self, i: usize) -> Result<(Jumlah, usize), WaktuError> {
        let b = self.t.as_bytes();
        let run = |from: usize| from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        let we = run(i);
        let mut e = we;
        let mut frac = "";
        if matches!(b.get(we), Some(b'.' | b',')) && b.get(we + 1).is_some_and(u8::is_ascii_digit) {
            e = run(we + 1);
            frac = &self.t[we + 1..e];
        }
        // "1/2 jam": a fraction of whole numbers.
        let mut den = None;
        if frac.is_empty()
            && b.get(we) == Some(&b'/')
            && b.get(we + 1).is_some_and(u8::is_ascii_digit)
        {
            e = run(we + 1);
            den = Some(&self.t[we + 1..e]);
        }
        if matches!(b.get(e), Some(b'.' | b',' | b'/'))
            && b.get(e + 1).is_some_and(u8::is_ascii_digit)
        {
            // "1,5,5", "1.000.000", "1/2/3"
            let mut te = e;
            while te < b.len() && (b[te].is_ascii_digit() || matches!(b[te], b'.' | b',' | b'/')) {
                te += 1;
            }
            return Err(self.unreadable(i, te));
        }
        let whole = self.t[i..we].trim_start_matches('0');
        if whole.len() > 6 {
            return Err(self.too_large());
        }
        let whole: u64 = if whole.is_empty() {
            0
        } else {
            whole.parse().expect("digits")
        };
        // Millionths, rounded half up on the seventh decimal.
        let mut micro = 0u64;
        for k in 0..6 {
            micro = micro * 10 + frac.as_bytes().get(k).map_or(0, |d| u64::from(d - b'0'));
        }
        if frac.as_bytes().get(6).is_some_and(|&d| d >= b'5') {
            micro += 1;
        }
        let mut n = Jumlah(whole * 1_000_000 + micro);
        if let Some(den) = den {
            let den = den.trim_start_matches('0');
            if den.is_empty() || den.len() > 6 {
                return Err(self.unreadable(i, e));
            }
            let den: u64 = den.parse().expect("digits");
            n = Jumlah((n.0 + den / 2) / den);
        } else if let Some(c) = self.at(e)
            && let Some(f) = vulgar(c)
            && frac.is_empty()
        {
            // "1½ jam"
            n = Jumlah(n.0 + f.0);
            e += c.len_utf8();
        }
        if n.0 > MAX_JUMLAH * 1_000_000 {
            return Err(self.too_large());
        }
        Ok((n, e))
    }

    /// A number in words: "dua", "sepuluh", "sebelas", "dua belas", "tiga
    /// puluh lima", "setengah", "satu setengah"; and the "se-" of
    /// "sehari", "seminggu": one, ending before the unit.
    fn words(&self, i: usize) -> Option<(Jumlah, usize)> {
        let we = self.word_end(i);
        if we == i {
            return None;
        }
        let w = self.t[i..we].to_lowercase();
        let one = |w: &str| {
            SATUAN_ANGKA
                .iter()
                .position(|s| *s == w)
                .map(|k| k as u64 + 1)
        };
        let next_word = |e: usize| {
            let s = self.skip_space(e);
            let ne = self.word_end(s);
            (self.t[s..ne].to_lowercase(), ne)
        };
        // "sehari", "sejam", "seminggu": one, the unit follows at once.
        if let Some(rest) = w.strip_prefix("se")
            && EJAAN_SATUAN.iter().take(7).any(|(s, _)| *s == rest)
        {
            return Some((Jumlah::SATU, i + 2));
        }
        let (mut n, mut e) = match w.as_str() {
            "setengah" => return Some((Jumlah(500_000), we)),
            "sepuluh" => (10, we),
            "sebelas" => (11, we),
            _ => {
                let d = one(&w)?;
                match next_word(we) {
                    (nw, ne) if nw == "belas" => (10 + d, ne),
                    (nw, ne) if nw == "puluh" => match next_word(ne) {
                        (u, ue) if one(&u).is_some() => (10 * d + one(&u)?, ue),
                        _ => (10 * d, ne),
                    },
                    _ => (d, we),
                }
            }
        };
        let mut half = 0;
        if let (nw, ne) = next_word(e)
            && nw == "setengah"
        {
            half = 500_000;
            e = ne;
        }
        n = n * 1_000_000 + half;
        Some((Jumlah(n), e))
    }

    /// A unit at `i`, and where it ends (after an abbreviation's dot).
    fn unit(&self, i: usize) -> Option<(Satuan, usize)> {
        let we = self.word_end(i);
        if we == i || !self.boundary(we) {
            return None;
        }
        let w = self.t[i..we].to_lowercase();
        let (_, mut satuan) = *EJAAN_SATUAN.iter().find(|(s, _)| *s == w)?;
        let dot = |e: usize| {
            if self.at(e) == Some('.') && self.boundary(e + 1) {
                e + 1
            } else {
                e
            }
        };
        let mut end = dot(we);
        if satuan == Satuan::Hari {
            // "hari kerja", "hr. kerja"
            let k = self.skip_space(end);
            let ke = self.word_end(k);
            if k > end && self.boundary(ke) && self.t[k..ke].eq_ignore_ascii_case("kerja") {
                satuan = Satuan::HariKerja;
                end = ke;
            }
        }
        Some((satuan, end))
    }

    /// "hari kerj", "hari kreja": a working day misspelt, not a day and a
    /// remark.
    fn not_kerja(&self, u: usize, end: usize) -> Result<(), WaktuError> {
        let k = self.skip_space(end);
        let ke = self.token_end(k);
        let w = self.t[k..ke].to_lowercase();
        let mut sorted: Vec<char> = w.chars().collect();
        sorted.sort_unstable();
        let near = closest(&w, ["kerja"]).is_some() || sorted == ['a', 'e', 'j', 'k', 'r'];
        if k > end && w != "kerja" && near {
            return Err(self.error(
                crate::pesan!(
                    "satuan \"{}\" tidak dikenal dalam waktu \"{}\"",
                    "unknown unit \"{}\" in waktu \"{}\"",
                    &self.t[u..ke],
                    self.t
                ),
                crate::pesan!("maksudnya \"hari kerja\"?", "did you mean \"hari kerja\"?"),
            ));
        }
        Ok(())
    }

    /// A word after a number that is not a unit, from `u` to `te`.
    fn unknown_unit(&self, u: usize, te: usize) -> WaktuError {
        let word = &self.t[u..te];
        let suggestion = closest(word, EJAAN_SATUAN.iter().map(|(s, _)| *s))
            .and_then(|s| EJAAN_SATUAN.iter().find(|(e, _)| *e == s))
            .map(|(_, satuan)| satuan.name());
        let hint = match suggestion {
            Some(s) => crate::pesan!("maksudnya \"{s}\"?", "did you mean \"{s}\"?"),
            None => bentuk_waktu().to_string(),
        };
        self.error(
            crate::pesan!(
                "satuan \"{word}\" tidak dikenal dalam waktu \"{}\"",
                "unknown unit \"{word}\" in waktu \"{}\"",
                self.t
            ),
            hint,
        )
    }
}
