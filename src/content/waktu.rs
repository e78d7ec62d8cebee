//! Waktu (the time a step takes), read as SOP tables write it, summed and
//! shown in Indonesian.
//!
//! # What is read
//!
//! A waktu is either *measured* or *free text*. Free text is any text that
//! does not start with a number ("Disesuaikan", "Tentatif", "Sesuai
//! kebutuhan", "-", ""): it is kept as written and left out of totals. A
//! measured waktu is, in order:
//!
//! 1. optionally a qualifier, kept as written and shown, the value being
//!    counted as it stands: `±`, `+/-`, `kurang lebih`, `lebih kurang`,
//!    `kurleb`, `kira-kira`, `sekitar`, `selama`, `maks`/`maks.`/`max`,
//!    `maksimal`, `maksimum`, `paling lama`, `selambat-lambatnya`
//!    ("± 15 menit" is 15 menit);
//! 2. one or more amounts, summed: "10 menit", "1 jam 30 menit". An
//!    amount is a number, whole or decimal (`1,5` or `1.5`; a dot or a
//!    comma is always the decimal mark) or a fraction (`1/2`, `½`, `1½`),
//!    perhaps spelled out after it in
//!    brackets as documents do ("2 (dua) hari"; the words are not
//!    checked), perhaps times another ("1 x 24 jam", "2 X 24 Jam",
//!    "1x24 jam"), then a unit. A number may also be written in words,
//!    when a unit follows: "dua hari", "tiga puluh menit", "setengah jam",
//!    "satu setengah jam", "sehari", "seminggu";
//! 3. optionally a range: `-`, `–`, `—`, `~`, `s.d.`, `s/d`, `sd`,
//!    `sampai`, `sampai dengan`, `hingga`, then amounts again: "10-15
//!    menit", "10 s.d. 15 menit", "1 jam - 2 jam", "30 menit – 1 jam",
//!    "1-2 x 24 jam". A number without a unit before the mark takes the
//!    unit (and the "x 24 jam") of the first amount after it. The shorter
//!    end comes first ("15-10 menit" is an error);
//! 4. optionally more words, kept as written and shown after the value:
//!    "2 hari setelah surat diterima" is 2 hari, shown "2 hari setelah
//!    surat diterima". The measured start is what the step takes; the
//!    rest says from when, and a reader still sees it. The remark starts
//!    at the first word after an amount that is neither a number nor a
//!    range mark.
//!
//! Units, in any case, with the abbreviations SOP tables use (an
//! abbreviation may end with a dot): `detik` (`dtk`, `det`), `menit`
//! (`mnt`, `min`), `jam` (`jm`), `hari` (`hr`), `hari kerja` (`hr kerja`,
//! `HK`), `minggu` (`mgg`, `pekan`), `bulan` (`bln`).
//!
//! A written number must be followed by a unit: "10" and "10-15" are
//! errors asking for one, "10 Menir" an error naming "Menir" and
//! suggesting "menit", "5 hari kerj" one suggesting "hari kerja". A number
//! in words followed by no unit is free text ("satu berkas"), since such
//! words are also ordinary words.
//!
//! # The model: exact and integer
//!
//! A number is kept in millionths ([`Jumlah`]), so "1,5" and "1.50" are
//! the same value and nothing is a float. An amount's length ([`Lama`]) is
//! calendar seconds plus working days in hundredths, kept apart: calendar
//! units add up (1 hari = 24 jam, 1 minggu = 7 hari, 1 bulan = 30 hari),
//! so that a sum does not depend on an agency's working hours and a
//! reader can redo it by hand; a working day is not a number of hours
//! ("5 hari kerja" never becomes 120 jam) and stays "hari kerja" in
//! totals. A length is rounded to the second, and to the hundredth of a
//! working day. One amount is at most 100 000 units, and one side of a
//! waktu at most 100 000 bulan and 100 000 hari kerja, so no sum over the
//! steps of an SOP can overflow.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign};

use crate::diagnostic::closest;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Satuan {
    Detik,
    Menit,
    Jam,
    Hari,
    HariKerja,
    Minggu,
    Bulan,
}

impl Satuan {
    pub const ALL: [Satuan; 7] = [
        Satuan::Detik,
        Satuan::Menit,
        Satuan::Jam,
        Satuan::Hari,
        Satuan::HariKerja,
        Satuan::Minggu,
        Satuan::Bulan,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Satuan::Detik => "detik",
            Satuan::Menit => "menit",
            Satuan::Jam => "jam",
            Satuan::Hari => "hari",
            Satuan::HariKerja => "hari kerja",
            Satuan::Minggu => "minggu",
            Satuan::Bulan => "bulan",
        }
    }

    /// The calendar seconds of one unit; a working day is no calendar time
    /// and has none (see [`Satuan::lama`]).
    pub fn seconds(self) -> u64 {
        match self {
            Satuan::Detik => 1,
            Satuan::Menit => 60,
            Satuan::Jam => 3_600,
            Satuan::Hari => 86_400,
            Satuan::HariKerja => 0,
            Satuan::Minggu => 7 * 86_400,
            Satuan::Bulan => 30 * 86_400,
        }
    }

    /// The length of one unit.
    pub fn lama(self) -> Lama {
        match self {
            Satuan::HariKerja => Lama {
                detik: 0,
                hari_kerja_x100: 100,
            },
            s => Lama {
                detik: s.seconds(),
                hari_kerja_x100: 0,
            },
        }
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
const EJAAN_SATUAN: &[(&str, Satuan)] = &[
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

// ------------------------------------------------------------------ values

/// A number as written, exact to a millionth: "1,5" is `Jumlah(1_500_000)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Jumlah(pub u64);

impl Jumlah {
    pub const SATU: Jumlah = Jumlah(1_000_000);

    pub fn bulat(n: u64) -> Jumlah {
        Jumlah(n.saturating_mul(1_000_000))
    }
}

impl fmt::Display for Jumlah {
    /// "10", "1,5", "0,25": a decimal comma, no trailing zeros.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_decimal(f, self.0, 1_000_000)
    }
}

/// `value / scale` with a decimal comma and no trailing zeros.
fn write_decimal(f: &mut impl fmt::Write, value: u64, scale: u64) -> fmt::Result {
    let whole = value / scale;
    let mut frac = value % scale;
    write!(f, "{whole}")?;
    if frac > 0 {
        let mut width = scale.ilog10() as usize;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        write!(f, ",{frac:0width$}")?;
    }
    Ok(())
}

/// One amount: "10 menit", "1,5 jam", "1 x 24 jam".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Besaran {
    /// The N of "N x 24 jam".
    pub kali: Option<Jumlah>,
    pub jumlah: Jumlah,
    pub satuan: Satuan,
}

impl Besaran {
    /// How many units, in millionths of millionths.
    fn units_e12(&self) -> u128 {
        u128::from(self.kali.unwrap_or(Jumlah::SATU).0) * u128::from(self.jumlah.0)
    }

    /// Its length, rounded to the second (or the hundredth working day).
    pub fn lama(&self) -> Lama {
        let u = self.units_e12();
        let round = |num: u128, den: u128| ((num + den / 2) / den) as u64;
        match self.satuan {
            Satuan::HariKerja => Lama {
                detik: 0,
                hari_kerja_x100: round(u * 100, 1_000_000_000_000),
            },
            s => Lama {
                detik: round(u * u128::from(s.seconds()), 1_000_000_000_000),
                hari_kerja_x100: 0,
            },
        }
    }
}

impl fmt::Display for Besaran {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(k) = self.kali {
            write!(f, "{k} x ")?;
        }
        write!(f, "{} {}", self.jumlah, self.satuan.name())
    }
}

/// A measured waktu: its amounts, a range's upper end, and the words
/// before and after them as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ukuran {
    /// "±", "maksimal", ...
    pub awalan: Option<String>,
    /// The amounts, summed ("1 jam 30 menit"); the lower end of a range.
    pub dari: Vec<Besaran>,
    /// The upper end of a range.
    pub sampai: Option<Vec<Besaran>>,
    /// The words after the value ("setelah surat diterima").
    pub keterangan: Option<String>,
}

impl Ukuran {
    /// The length, or a range's lower end.
    pub fn rendah(&self) -> Lama {
        self.dari.iter().map(Besaran::lama).sum()
    }

    /// A range's upper end, or the length.
    pub fn tinggi(&self) -> Lama {
        self.sampai
            .as_deref()
            .unwrap_or(&self.dari)
            .iter()
            .map(Besaran::lama)
            .sum()
    }

    pub fn is_range(&self) -> bool {
        self.sampai.is_some()
    }
}

fn write_amounts(f: &mut fmt::Formatter<'_>, parts: &[Besaran]) -> fmt::Result {
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            f.write_str(" ")?;
        }
        write!(f, "{p}")?;
    }
    Ok(())
}

impl fmt::Display for Ukuran {
    /// "10 menit", "10–15 menit", "1–2 x 24 jam", "30 menit – 1 jam",
    /// "± 15 menit", "2 hari setelah surat diterima".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(a) = &self.awalan {
            write!(f, "{a} ")?;
        }
        match (self.dari.as_slice(), self.sampai.as_deref()) {
            (_, None) => write_amounts(f, &self.dari)?,
            ([lo], Some([hi])) if lo.satuan == hi.satuan => match (lo.kali, hi.kali) {
                (None, None) => write!(f, "{}–{} {}", lo.jumlah, hi.jumlah, lo.satuan.name())?,
                (Some(a), Some(b)) if lo.jumlah == hi.jumlah => {
                    write!(f, "{a}–{b} x {} {}", lo.jumlah, lo.satuan.name())?
                }
                _ => write!(f, "{lo} – {hi}")?,
            },
            (lo, Some(hi)) => {
                write_amounts(f, lo)?;
                f.write_str(" – ")?;
                write_amounts(f, hi)?;
            }
        }
        if let Some(k) = &self.keterangan {
            if !k.starts_with([',', ';', ':', ')', '/']) {
                f.write_str(" ")?;
            }
            f.write_str(k)?;
        }
        Ok(())
    }
}

/// A step's waktu: the text as written (trimmed), and its value when it
/// is measured.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Waktu {
    pub teks: String,
    /// `None` for free text ("Disesuaikan", "-").
    pub ukuran: Option<Ukuran>,
}

/// Why a waktu could not be read, with a hint for the author (both in
/// Indonesian).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaktuError {
    pub message: String,
    pub hint: String,
}

impl fmt::Display for WaktuError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.hint)
    }
}

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

    /// Whether it has a value that counts in totals.
    pub fn terukur(&self) -> bool {
        self.ukuran.is_some()
    }

    /// The calendar seconds of its length (a range's lower end), without
    /// its working days; 0 for free text.
    pub fn seconds(&self) -> u64 {
        self.ukuran.as_ref().map_or(0, |u| u.rendah().detik)
    }
}

impl fmt::Display for Waktu {
    /// Normalised when measured, as written otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.ukuran {
            Some(u) => write!(f, "{u}"),
            None => f.write_str(&self.teks),
        }
    }
}

// ------------------------------------------------------------------ lengths

/// A length: calendar seconds, and working days in hundredths, kept apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Lama {
    pub detik: u64,
    pub hari_kerja_x100: u64,
}

impl Lama {
    pub fn is_zero(&self) -> bool {
        self.detik == 0 && self.hari_kerja_x100 == 0
    }
}

impl Add for Lama {
    type Output = Lama;
    fn add(self, o: Lama) -> Lama {
        Lama {
            detik: self.detik.saturating_add(o.detik),
            hari_kerja_x100: self.hari_kerja_x100.saturating_add(o.hari_kerja_x100),
        }
    }
}

impl AddAssign for Lama {
    fn add_assign(&mut self, o: Lama) {
        *self = *self + o;
    }
}

impl Sum for Lama {
    fn sum<I: Iterator<Item = Lama>>(iter: I) -> Lama {
        iter.fold(Lama::default(), Add::add)
    }
}

impl fmt::Display for Lama {
    /// "3 hari kerja 2 jam 10 menit", "6 hari 3 jam 25 menit", "2,5 hari
    /// kerja"; "0 menit" for nothing. Calendar time in hari, jam, menit
    /// and detik (never minggu or bulan, so that a reader can add it up).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut sep = |f: &mut fmt::Formatter<'_>| {
            let s = if first { "" } else { " " };
            first = false;
            f.write_str(s)
        };
        if self.hari_kerja_x100 > 0 {
            sep(f)?;
            write_decimal(f, self.hari_kerja_x100, 100)?;
            f.write_str(" hari kerja")?;
        }
        let mut rest = self.detik;
        for satuan in [Satuan::Hari, Satuan::Jam, Satuan::Menit, Satuan::Detik] {
            let size = satuan.seconds();
            let n = rest / size;
            rest %= size;
            if n > 0 {
                sep(f)?;
                write!(f, "{n} {}", satuan.name())?;
            }
        }
        if first {
            f.write_str("0 menit")?;
        }
        Ok(())
    }
}

/// A total calendar time, e.g. "6 hari 3 jam 25 menit"; "0 menit" for
/// nothing.
pub fn format_total(seconds: u64) -> String {
    Lama {
        detik: seconds,
        hari_kerja_x100: 0,
    }
    .to_string()
}

/// The sum of an SOP's waktu (FORMAT.md, "Totals").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Total {
    /// The sum of the lengths, ranges at their lower ends.
    pub rendah: Lama,
    /// The sum of the lengths, ranges at their upper ends.
    pub tinggi: Lama,
    /// Steps with a measured waktu.
    pub terukur: usize,
    /// Steps whose waktu is free text or absent, left out of the sum.
    pub tanpa_waktu: usize,
}

impl Total {
    pub fn is_range(&self) -> bool {
        self.rendah != self.tinggi
    }

    /// "3 hari kerja 2 jam 10 menit", "2 jam 20 menit – 3 jam"; "0 menit"
    /// for nothing.
    pub fn teks(&self) -> String {
        self.to_string()
    }

    /// "2 langkah tanpa waktu terukur", when there are such steps.
    pub fn tanpa_waktu_teks(&self) -> Option<String> {
        (self.tanpa_waktu > 0).then(|| format!("{} langkah tanpa waktu terukur", self.tanpa_waktu))
    }
}

impl fmt::Display for Total {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_range() {
            write!(f, "{} – {}", self.rendah, self.tinggi)
        } else {
            write!(f, "{}", self.rendah)
        }
    }
}

/// Sums the waktu of steps (`None` for a step without one).
pub fn total<'a>(items: impl IntoIterator<Item = Option<&'a Waktu>>) -> Total {
    let mut t = Total::default();
    for w in items {
        match w.and_then(|w| w.ukuran.as_ref()) {
            Some(u) => {
                t.rendah += u.rendah();
                t.tinggi += u.tinggi();
                t.terukur += 1;
            }
            None => t.tanpa_waktu += 1,
        }
    }
    t
}

// ------------------------------------------------------------------ reading

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
struct Bagian {
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
        let done = |parts: Vec<Bagian>| -> Vec<Besaran> {
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

    fn no_unit(&self, p: &Bagian) -> WaktuError {
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
    fn side(&self, mut i: usize) -> Result<(Vec<Bagian>, usize), WaktuError> {
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
    fn amount(&self, i: usize) -> Result<Option<(Bagian, usize)>, WaktuError> {
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
                        Bagian {
                            kali: None,
                            jumlah: n,
                            satuan: Some(satuan),
                            angka: (i, e),
                        },
                        end,
                    )
                }));
        }
        let mut p = Bagian {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Waktu {
        Waktu::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    }

    fn u(text: &str) -> Ukuran {
        w(text)
            .ukuran
            .unwrap_or_else(|| panic!("{text:?} was read as free text"))
    }

    fn galat(text: &str) -> WaktuError {
        match Waktu::parse(text) {
            Err(e) => e,
            Ok(ok) => panic!("{text:?} should be refused, got {ok:?}"),
        }
    }

    const JAM: u64 = 3_600;
    const HARI: u64 = 86_400;

    fn detik(s: u64) -> Lama {
        Lama {
            detik: s,
            hari_kerja_x100: 0,
        }
    }

    fn hk(x100: u64) -> Lama {
        Lama {
            detik: 0,
            hari_kerja_x100: x100,
        }
    }

    #[test]
    fn reads_every_unit_and_abbreviation_in_any_case() {
        #[rustfmt::skip]
        let cases: &[(&[&str], Satuan)] = &[
            (&["detik", "Detik", "DETIK", "dtk", "Dtk.", "det"], Satuan::Detik),
            (&["menit", "Menit", "MENIT", "mnt", "Mnt.", "min"], Satuan::Menit),
            (&["jam", "Jam", "JAM", "jm", "Jm."], Satuan::Jam),
            (&["hari", "Hari", "HARI", "hr", "Hr."], Satuan::Hari),
            (&["hari kerja", "Hari Kerja", "HARI KERJA", "hari  kerja", "hr kerja", "Hr. kerja", "HK", "hk", "HK."], Satuan::HariKerja),
            (&["minggu", "Minggu", "MINGGU", "mgg", "pekan", "Pekan"], Satuan::Minggu),
            (&["bulan", "Bulan", "BULAN", "bln", "Bln."], Satuan::Bulan),
        ];
        let mut tested = Vec::new();
        for (spellings, satuan) in cases {
            for s in *spellings {
                let got = u(&format!("3 {s}"));
                assert_eq!(got.dari.len(), 1, "{s:?}");
                assert_eq!(got.dari[0].satuan, *satuan, "{s:?}");
                assert_eq!(got.dari[0].jumlah, Jumlah::bulat(3));
                assert_eq!(got.keterangan, None, "{s:?}");
                tested.push(s.to_lowercase().trim_end_matches('.').to_string());
            }
        }
        for (e, _) in EJAAN_SATUAN {
            assert!(tested.iter().any(|t| t == e), "{e} is not tested");
        }
        assert_eq!(u("3 hari").rendah(), detik(3 * HARI));
        assert_eq!(u("2 minggu").rendah(), detik(14 * HARI));
        assert_eq!(u("1 bulan").rendah(), detik(30 * HARI));
        assert_eq!(u("30 detik").rendah(), detik(30));
    }

    #[test]
    fn numbers_are_exact_decimals() {
        assert_eq!(u("1,5 Jam").rendah(), detik(5_400));
        assert_eq!(u("1.5 jam"), u("1,5 jam"));
        assert_eq!(u("1,50 jam"), u("1,5 jam"));
        assert_eq!(u("007 menit"), u("7 menit"));
        assert_eq!(u("0,25 jam").rendah(), detik(900));
        assert_eq!(u("2,5 hari kerja").rendah(), hk(250));
        // To the second, and to the hundredth working day, half up.
        assert_eq!(u("0,0000001 jam").rendah(), detik(0));
        assert_eq!(u("0,3333333 jam").rendah(), detik(1_200));
        assert_eq!(u("0,333 hari kerja").rendah(), hk(33));
        assert_eq!(u("0,335 hari kerja").rendah(), hk(34));
        assert_eq!(w("1,5 jam").seconds(), 5_400);
        // Fractions.
        assert_eq!(u("1/2 jam"), u("0,5 jam"));
        assert_eq!(u("½ jam"), u("0,5 jam"));
        assert_eq!(u("1½ hari"), u("1,5 hari"));
        assert_eq!(u("3/4 jam").rendah(), detik(2_700));
        assert_eq!(u("¼ hari kerja").rendah(), hk(25));
        assert_eq!(u("1/3 jam").rendah(), detik(1_200));
        assert_eq!(w("1/2 jam").to_string(), "0,5 jam");
        assert!(galat("1/0 jam").message.contains("\"1/0\""));
        assert!(galat("1/2/3 jam").message.contains("\"1/2/3\""));
        assert!(galat("1,5/2 jam").message.contains("\"1,5/2\""));
        assert!(galat("½").message.contains("tidak diikuti satuan"));
        assert_eq!(w("100000 bulan").seconds(), 100_000 * 30 * HARI);
    }

    #[test]
    fn reads_ranges_in_every_spelling() {
        let ten_fifteen = u("10-15 menit");
        assert_eq!(ten_fifteen.rendah(), detik(600));
        assert_eq!(ten_fifteen.tinggi(), detik(900));
        for text in [
            "10 - 15 menit",
            "10–15 menit",
            "10 – 15 menit",
            "10—15 menit",
            "10 ~ 15 menit",
            "10 s.d. 15 menit",
            "10 s.d 15 menit",
            "10 S.D. 15 Menit",
            "10 s/d 15 menit",
            "10 s/d. 15 menit",
            "10 sd 15 menit",
            "10 sampai 15 menit",
            "10 sampai dengan 15 menit",
            "10 hingga 15 menit",
            "10 menit - 15 menit",
            "10 menit s.d. 15 menit",
        ] {
            assert_eq!(u(text), ten_fifteen, "{text:?}");
        }
        let mixed = u("30 menit – 1 jam");
        assert_eq!((mixed.rendah(), mixed.tinggi()), (detik(1_800), detik(JAM)));
        let two = u("1 jam - 2 jam");
        assert_eq!((two.rendah(), two.tinggi()), (detik(JAM), detik(2 * JAM)));
        let days = u("1-2 x 24 jam");
        assert_eq!(
            (days.rendah(), days.tinggi()),
            (detik(HARI), detik(2 * HARI))
        );
        let compound = u("1 jam 30 menit - 2 jam");
        assert_eq!(compound.rendah(), detik(5_400));
        let work = u("3-5 hari kerja");
        assert_eq!((work.rendah(), work.tinggi()), (hk(300), hk(500)));
        assert!(u("10-10 menit").is_range());
    }

    #[test]
    fn reads_n_times_a_duration() {
        for text in [
            "1 x 24 jam",
            "1x24 jam",
            "1 X 24 Jam",
            "1×24 jam",
            "1x24jam",
        ] {
            let got = u(text);
            assert_eq!(
                got.dari,
                vec![Besaran {
                    kali: Some(Jumlah::SATU),
                    jumlah: Jumlah::bulat(24),
                    satuan: Satuan::Jam
                }],
                "{text:?}"
            );
            assert_eq!(got.rendah(), detik(HARI));
        }
        assert_eq!(u("2 X 24 Jam").rendah(), detik(2 * HARI));
        assert_eq!(u("3 x 1 hari kerja").rendah(), hk(300));
        assert_eq!(u("1,5 x 2 jam").rendah(), detik(3 * JAM));
    }

    #[test]
    fn reads_sums_spelled_numbers_and_qualifiers() {
        assert_eq!(u("1 jam 30 menit").rendah(), detik(5_400));
        assert_eq!(u("2 hari 4 jam").rendah(), detik(2 * HARI + 4 * JAM));
        assert_eq!(
            u("1 hari kerja 2 jam").rendah(),
            Lama {
                detik: 2 * JAM,
                hari_kerja_x100: 100
            }
        );
        for (text, lama) in [
            ("2 (dua) hari", detik(2 * HARI)),
            ("3 ( tiga ) hari kerja", hk(300)),
            ("dua hari", detik(2 * HARI)),
            ("Dua Hari", detik(2 * HARI)),
            ("sepuluh menit", detik(600)),
            ("sebelas menit", detik(660)),
            ("dua belas jam", detik(12 * JAM)),
            ("tiga puluh menit", detik(1_800)),
            ("tiga puluh lima menit", detik(2_100)),
            ("setengah jam", detik(1_800)),
            ("satu setengah jam", detik(5_400)),
            ("sehari", detik(HARI)),
            ("Seminggu", detik(7 * HARI)),
            ("sejam", detik(JAM)),
            ("sebulan", detik(30 * HARI)),
            ("lima hari kerja", hk(500)),
            ("sehari kerja", hk(100)),
        ] {
            assert_eq!(u(text).rendah(), lama, "{text:?}");
        }
        for (text, awalan) in [
            ("± 15 menit", "±"),
            ("±15 menit", "±"),
            ("+/- 15 menit", "+/-"),
            ("+- 15 menit", "+-"),
            ("Kurang lebih 15 menit", "Kurang lebih"),
            ("kurang  lebih 15 menit", "kurang  lebih"),
            ("lebih kurang 15 menit", "lebih kurang"),
            ("kurleb 15 menit", "kurleb"),
            ("kira-kira 15 menit", "kira-kira"),
            ("sekitar 15 menit", "sekitar"),
            ("selama 15 menit", "selama"),
            ("Maks. 15 menit", "Maks."),
            ("maks 15 menit", "maks"),
            ("max 15 menit", "max"),
            ("maksimal 15 menit", "maksimal"),
            ("Maksimum 15 menit", "Maksimum"),
            ("paling lama 15 menit", "paling lama"),
            ("Selambat-lambatnya 15 menit", "Selambat-lambatnya"),
        ] {
            let got = u(text);
            assert_eq!(got.awalan.as_deref(), Some(awalan), "{text:?}");
            assert_eq!(got.rendah(), detik(900), "{text:?}");
        }
    }

    #[test]
    fn words_after_a_measured_start_are_a_remark() {
        // Decided: "2 hari setelah surat diterima" takes 2 hari, counted;
        // the rest says from when, kept and shown.
        let got = w("2 hari setelah surat diterima");
        let ukuran = got.ukuran.as_ref().unwrap();
        assert_eq!(ukuran.rendah(), detik(2 * HARI));
        assert_eq!(ukuran.keterangan.as_deref(), Some("setelah surat diterima"));
        assert_eq!(got.to_string(), "2 hari setelah surat diterima");
        assert_eq!(u("10 menit lagi").keterangan.as_deref(), Some("lagi"));
        assert_eq!(u("10 menit/berkas").keterangan.as_deref(), Some("/berkas"));
        assert_eq!(w("10 menit/berkas").to_string(), "10 menit/berkas");
        assert_eq!(
            u("10 menit, sesuai antrian").keterangan.as_deref(),
            Some(", sesuai antrian")
        );
        assert_eq!(
            w("10 menit, sesuai antrian").to_string(),
            "10 menit, sesuai antrian"
        );
        assert_eq!(
            u("10-15 menit per berkas").keterangan.as_deref(),
            Some("per berkas")
        );
        assert_eq!(
            u("5 hari kerja sejak berkas lengkap.")
                .keterangan
                .as_deref(),
            Some("sejak berkas lengkap")
        );
        // A mark with no number after it starts the remark.
        assert_eq!(
            u("10 menit - sesuai kebutuhan").keterangan.as_deref(),
            Some("- sesuai kebutuhan")
        );
        // Numbers inside the remark are not amounts.
        assert_eq!(
            u("2 hari setelah 3 berkas diterima").rendah(),
            detik(2 * HARI)
        );
        // Trailing punctuation is not a remark.
        assert_eq!(u("10 menit.").keterangan, None);
        assert_eq!(u("10 menit ;").keterangan, None);
    }

    #[test]
    fn free_text_is_kept_as_written_and_not_counted() {
        for text in [
            "Disesuaikan",
            "Tentatif",
            "Sesuai kebutuhan",
            "-",
            "",
            "  ",
            "menit",
            "satu berkas",
            "dua harii",
            "± sesuai kebutuhan",
            "Selama proses berlangsung",
            "-1 jam",
            ".5 jam",
            "１０ menit",
            "(10 menit)",
        ] {
            let got = w(text);
            assert_eq!(got.ukuran, None, "{text:?}");
            assert_eq!(got.teks, text.trim());
            assert_eq!(got.to_string(), text.trim());
            assert_eq!(got.seconds(), 0);
            assert!(!got.terukur());
        }
    }

    #[test]
    fn an_unknown_unit_is_named_with_the_closest_unit() {
        let e = galat("10 Menir");
        assert_eq!(
            e.message,
            "satuan \"Menir\" tidak dikenal dalam waktu \"10 Menir\""
        );
        assert_eq!(e.hint, "maksudnya \"menit\"?");
        for (text, word, unit) in [
            ("2 harii", "harii", "hari"),
            ("1 jem", "jem", "jam"),
            ("30 dtik", "dtik", "detik"),
            ("3 buln", "buln", "bulan"),
            ("1 mingu", "mingu", "minggu"),
            ("5 mnit", "mnit", "menit"),
            ("2 blan", "blan", "bulan"),
            ("10 - 15 Menir", "Menir", "menit"),
            ("1 jam 30 menitt", "menitt", "menit"),
            ("10menit2", "menit2", "menit"),
        ] {
            let e = galat(text);
            assert_eq!(
                e.message,
                format!("satuan \"{word}\" tidak dikenal dalam waktu \"{text}\""),
                "{text:?}"
            );
            assert_eq!(e.hint, format!("maksudnya \"{unit}\"?"), "{text:?}");
        }
        for text in ["5 hari kerj", "5 Hari Kreja", "5 hr kerjaa"] {
            let e = galat(text);
            assert!(
                e.message.starts_with("satuan \""),
                "{text:?}: {}",
                e.message
            );
            assert_eq!(e.hint, "maksudnya \"hari kerja\"?", "{text:?}");
        }
        // Nothing close: every unit in the hint.
        for text in ["1 tahun", "3 kali", "1e3 menit", "2 x jam", "10 orang"] {
            let e = galat(text);
            assert!(
                e.message.starts_with("satuan \""),
                "{text:?}: {}",
                e.message
            );
            assert_eq!(e.hint, BENTUK_WAKTU, "{text:?}");
        }
        assert!(BENTUK_WAKTU.contains("hari kerja (HK)"));
    }

    #[test]
    fn a_number_without_a_unit_asks_for_one() {
        let e = galat("10");
        assert_eq!(
            e.message,
            "angka 10 dalam waktu \"10\" tidak diikuti satuan"
        );
        assert_eq!(
            e.hint,
            format!("tulis satuannya setelah angka, misalnya \"10 menit\"; {BENTUK_WAKTU}")
        );
        for text in [
            "10-15",
            "10 menit - 15",
            "1,5",
            "1. jam",
            "2 (dua)",
            "1 x 24",
            "10 (menit)",
        ] {
            assert!(
                galat(text).message.contains("tidak diikuti satuan"),
                "{text:?}: {}",
                galat(text).message
            );
        }
    }

    #[test]
    fn other_refusals_say_why() {
        let e = galat("1,5,5 jam");
        assert_eq!(
            e.message,
            "angka \"1,5,5\" dalam waktu \"1,5,5 jam\" tidak dapat dibaca"
        );
        assert!(galat("1.000.000 menit").message.contains("\"1.000.000\""));
        let e = galat("15-10 menit");
        assert_eq!(
            e.message,
            "rentang waktu \"15-10 menit\" terbalik: 15 menit lebih lama dari 10 menit"
        );
        assert!(e.hint.contains("lebih singkat lebih dahulu"));
        assert!(galat("2 jam - 30 menit").message.contains("terbalik"));
        for text in [
            "100001 menit",
            "999999999 bulan",
            "0000000000000000000000000000010000000 menit",
            "1000 x 1000 bulan",
            "100000 bulan 100000 bulan",
        ] {
            let e = galat(text);
            assert_eq!(e.message, format!("waktu \"{text}\" terlalu besar"));
            assert!(e.hint.contains("100000"));
        }
        assert!(Waktu::parse("100000 menit").is_ok());
        assert!(Waktu::parse("100000,0000001 menit").is_ok());
    }

    #[test]
    fn shows_measured_values_normalised() {
        for (text, shown) in [
            ("10 Menit", "10 menit"),
            ("1.5 jam", "1,5 jam"),
            ("1,50 JAM", "1,5 jam"),
            ("5 HK", "5 hari kerja"),
            ("5 hari  kerja", "5 hari kerja"),
            ("10-15 menit", "10–15 menit"),
            ("10 s/d 15 Menit", "10–15 menit"),
            ("1 jam - 2 jam", "1–2 jam"),
            ("30 menit sampai 1 jam", "30 menit – 1 jam"),
            ("1x24 jam", "1 x 24 jam"),
            ("2 X 24 Jam", "2 x 24 jam"),
            ("1-2 x 24 jam", "1–2 x 24 jam"),
            ("1 x 24 jam - 3 hari", "1 x 24 jam – 3 hari"),
            ("1 jam 30 menit", "1 jam 30 menit"),
            ("2 (dua) hari", "2 hari"),
            ("dua hari", "2 hari"),
            ("setengah jam", "0,5 jam"),
            ("±15 mnt", "± 15 menit"),
            ("Maks. 3 hr kerja", "Maks. 3 hari kerja"),
            (
                "2 hari  setelah surat diterima",
                "2 hari setelah surat diterima",
            ),
            ("Disesuaikan", "Disesuaikan"),
        ] {
            assert_eq!(w(text).to_string(), shown, "{text:?}");
            // What is shown reads back to the same value.
            assert_eq!(w(shown).ukuran, w(text).ukuran, "{shown:?}");
        }
        assert_eq!(w(" 10 menit ").teks, "10 menit");
    }

    #[test]
    fn working_days_are_not_calendar_days() {
        let l = u("5 hari kerja").rendah();
        assert_eq!(l, hk(500));
        assert_eq!(l.detik, 0);
        assert_eq!(w("5 hari kerja").seconds(), 0);
        assert_eq!(l.to_string(), "5 hari kerja");
        assert_ne!(u("5 hari kerja").rendah(), u("5 hari").rendah());
        assert_eq!(Satuan::HariKerja.lama(), hk(100));
        assert_eq!(Satuan::HariKerja.seconds(), 0);
    }

    fn sum(items: &[Option<&str>]) -> Total {
        let parsed: Vec<Option<Waktu>> = items.iter().map(|t| t.map(w)).collect();
        total(parsed.iter().map(Option::as_ref))
    }

    #[test]
    fn totals_read_like_the_paper_form() {
        let t = sum(&[
            Some("6 hari"),
            Some("3 jam"),
            Some("20 menit"),
            Some("5 menit"),
        ]);
        assert_eq!(t.teks(), "6 hari 3 jam 25 menit");
        assert_eq!((t.terukur, t.tanpa_waktu), (4, 0));
        assert_eq!(t.tanpa_waktu_teks(), None);
        assert!(!t.is_range());
        assert_eq!(sum(&[]).teks(), "0 menit");
        assert_eq!(format_total(0), "0 menit");
        assert_eq!(format_total(90), "1 menit 30 detik");
        assert_eq!(format_total(w("2 minggu").seconds()), "14 hari");
        assert_eq!(format_total(w("1 bulan").seconds()), "30 hari");
    }

    #[test]
    fn totals_keep_working_days_apart_give_ranges_and_count_the_rest() {
        let t = sum(&[
            Some("2 hari kerja"),
            Some("1 hari kerja"),
            Some("2 jam"),
            Some("10 menit"),
        ]);
        assert_eq!(t.teks(), "3 hari kerja 2 jam 10 menit");
        let t = sum(&[Some("1 jam"), Some("1-2 jam"), Some("20 menit")]);
        assert_eq!(t.teks(), "2 jam 20 menit – 3 jam 20 menit");
        let t = sum(&[Some("2 jam 20 menit"), Some("0-40 menit")]);
        assert_eq!(t.teks(), "2 jam 20 menit – 3 jam");
        let t = sum(&[
            Some("10-15 menit"),
            Some("Disesuaikan"),
            None,
            Some("1 x 24 jam"),
            Some("2-3 hari kerja"),
            Some("-"),
            Some("2 hari setelah surat diterima"),
        ]);
        assert_eq!(
            t.rendah,
            Lama {
                detik: 3 * HARI + 600,
                hari_kerja_x100: 200
            }
        );
        assert_eq!(
            t.tinggi,
            Lama {
                detik: 3 * HARI + 900,
                hari_kerja_x100: 300
            }
        );
        assert_eq!(
            t.teks(),
            "2 hari kerja 3 hari 10 menit – 3 hari kerja 3 hari 15 menit"
        );
        assert_eq!((t.terukur, t.tanpa_waktu), (4, 3));
        assert_eq!(
            t.tanpa_waktu_teks().as_deref(),
            Some("3 langkah tanpa waktu terukur")
        );
        assert!(t.is_range());
        let t = sum(&[Some("0,5 hari kerja"), Some("0,25 hari kerja")]);
        assert_eq!(t.teks(), "0,75 hari kerja");
        let t = sum(&[Some("Tentatif"), None]);
        assert_eq!((t.teks(), t.tanpa_waktu), ("0 menit".to_string(), 2));
    }
}
