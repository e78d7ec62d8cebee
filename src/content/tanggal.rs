//! Tanggal: a full date, or a month or year when the day is unknown, shown
//! in Indonesian ("18 Maret 2023", "September 2023", "2023").
//!
//! [`Tanggal::baca`] reads a date as SOP documents write it and tells three
//! outcomes apart: a date, no date, and a text that is not a date (with a
//! message and a hint, in Indonesian). The forms it reads:
//!
//! - ISO, as TOML and `sopgen` itself write dates: `2023-03-18`,
//!   `2023-03`, `2023` (year four digits, month and day two);
//! - as Indonesian documents print them: `8 April 2019`, `08 April 2019`,
//!   `April 2019`, `JUNI 2020`: a day of one or two digits, a month name
//!   in any case, full or abbreviated (`Jan`, `Feb`, `Peb`, `Mar`, `Mrt`,
//!   `Apr`, `Mei`, `Jun`, `Jul`, `Agu`, `Agt`, `Ags`, `Agus`, `Agust`,
//!   `Sep`, `Sept`, `Okt`, `Nov`, `Nop`, `Des`, the old spellings
//!   `Pebruari` and `Nopember`, and the English short forms spreadsheets
//!   print: `May`, `Aug`, `Oct`, `Dec`), a year of four digits. Spaces,
//!   dots, commas, dashes and slashes between the parts are all read as
//!   separators, so `8 Apr. 2019`, `8-Apr-2019` (a spreadsheet export) and
//!   `8 April 2019.` are read too. A weekday in front (`Senin, 8 April
//!   2019`) is allowed and not checked against the date;
//! - numbers only, as forms and letters write them: `08-04-2019`,
//!   `8/4/2019`, `08.04.2019`. These are always day-month-year (the
//!   Indonesian order; month-first is never assumed), with the same
//!   separator twice and a four-digit year: `08/04/19` is refused, since
//!   its century is a guess.
//!
//! `""`, whitespace, `"-"`, `"–"` and `"—"` mean "no date": not an error.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tanggal {
    pub tahun: u16,
    /// 1..=12 when known.
    pub bulan: Option<u8>,
    /// 1..=31 when known (only with a month).
    pub hari: Option<u8>,
}

pub const NAMA_BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// Whether a date field's text says "no date": empty, or a dash.
pub fn is_kosong(text: &str) -> bool {
    text.trim()
        .trim_matches(['-', '\u{2013}', '\u{2014}'])
        .trim()
        .is_empty()
}

impl Tanggal {
    /// A full date, checked against the calendar.
    pub fn ymd(tahun: u16, bulan: u8, hari: u8) -> Option<Tanggal> {
        let valid = (1..=12).contains(&bulan)
            && hari >= 1
            && u32::from(hari) <= days_in_month(i64::from(tahun), u32::from(bulan));
        valid.then_some(Tanggal {
            tahun,
            bulan: Some(bulan),
            hari: Some(hari),
        })
    }

    /// A date as SOP documents write it (see the module's documentation):
    /// `Ok(Some(date))`, `Ok(None)` for "no date" (`""`, `"-"`), or an
    /// error saying why the text is not a date.
    pub fn baca(text: &str) -> Result<Option<Tanggal>, TanggalError> {
        let t = text.trim();
        if t.chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        {
            return Ok(None);
        }
        let numeric = t
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'));
        if numeric {
            baca_angka(t).map(Some)
        } else {
            baca_kata(t).map(Some)
        }
    }

    /// [`Tanggal::baca`] without the reasons: `None` for no date and for a
    /// text that is not a date.
    pub fn parse(text: &str) -> Option<Tanggal> {
        Tanggal::baca(text).ok().flatten()
    }

    /// ISO 8601 form as far as known: "2023-03-18", "2023-09", "2023".
    pub fn iso(&self) -> String {
        match (self.bulan, self.hari) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.tahun),
            (Some(m), None) => format!("{:04}-{m:02}", self.tahun),
            _ => format!("{:04}", self.tahun),
        }
    }
}

impl fmt::Display for Tanggal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.bulan, self.hari) {
            // The year in four digits, as it is read back.
            (Some(m), Some(d)) => write!(f, "{d} {} {:04}", NAMA_BULAN[m as usize - 1], self.tahun),
            (Some(m), None) => write!(f, "{} {:04}", NAMA_BULAN[m as usize - 1], self.tahun),
            _ => write!(f, "{:04}", self.tahun),
        }
    }
}

// ----------------------------------------------------------------- reading

/// Why a text is not a date, with a hint for the author (both in Indonesian).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TanggalError {
    pub message: String,
    pub hint: String,
}

impl fmt::Display for TanggalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.hint)
    }
}

/// Every form [`Tanggal::baca`] accepts, for hints.
pub const BENTUK_TANGGAL: &str = "tulis tanggal sebagai 2023-03-18 (tanggal TOML, tanpa tanda petik), \"2023-03\" atau \"2023\" bila tanggal atau bulannya tidak diketahui, \"18 Maret 2023\", \"18 Mar 2023\", \"Maret 2023\", atau \"18-03-2023\" / \"18/03/2023\" (tanggal-bulan-tahun); nama bulan boleh huruf besar atau kecil dan boleh disingkat (Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu/Agt/Ags, Sep, Okt, Nov/Nop, Des); tulis \"-\" atau \"\" bila tidak ada tanggal";

/// [`BENTUK_TANGGAL`] in English.
pub const DATE_FORMS: &str = "write a date as 2023-03-18 (a TOML date, no quotes), \"2023-03\" or \"2023\" when the day or month is unknown, \"18 Maret 2023\", \"18 Mar 2023\", \"Maret 2023\", or \"18-03-2023\" / \"18/03/2023\" (day-month-year); month names in any case, also abbreviated (Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu/Agt/Ags, Sep, Okt, Nov/Nop, Des); write \"-\" or \"\" when there is no date";

/// Every accepted form, in the language of messages.
pub fn bentuk_tanggal() -> &'static str {
    if crate::bahasa::inggris() {
        DATE_FORMS
    } else {
        BENTUK_TANGGAL
    }
}

/// Month names and their abbreviations, lower case, with their month.
/// Full names first: a suggestion names the full month.
const EJAAN_BULAN: &[(&str, u8)] = &[
    ("januari", 1),
    ("februari", 2),
    ("maret", 3),
    ("april", 4),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("agustus", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("desember", 12),
    // Old spellings.
    ("pebruari", 2),
    ("nopember", 11),
    // Abbreviations.
    ("jan", 1),
    ("feb", 2),
    ("febr", 2),
    ("peb", 2),
    ("mar", 3),
    ("mrt", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("agus", 8),
    ("agust", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("nop", 11),
    ("des", 12),
    // Spreadsheet exports in an English locale.
    ("may", 5),
    ("aug", 8),
    ("oct", 10),
    ("dec", 12),
];

const NAMA_HARI: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad",
];

fn bulan_dari(kata: &str) -> Option<u8> {
    EJAAN_BULAN
        .iter()
        .find(|(e, _)| *e == kata)
        .map(|&(_, m)| m)
}

fn salah(text: &str, why: String) -> TanggalError {
    TanggalError {
        message: crate::pesan!(
            "\"{text}\" bukan tanggal: {why}",
            "\"{text}\" is not a date: {why}"
        ),
        hint: bentuk_tanggal().to_string(),
    }
}

fn tak_dikenal(text: &str) -> TanggalError {
    TanggalError {
        message: crate::pesan!(
            "\"{text}\" bukan tanggal yang dikenal",
            "\"{text}\" is not a date sopgen can read"
        ),
        hint: bentuk_tanggal().to_string(),
    }
}

/// A year of exactly four digits.
fn tahun_dari(text: &str, y: &str) -> Result<u16, TanggalError> {
    if y.len() == 4 {
        Ok(y.parse().expect("four ASCII digits"))
    } else {
        Err(salah(
            text,
            crate::pesan!(
                "tahun \"{y}\" harus ditulis dengan empat angka",
                "the year \"{y}\" must be written with four digits"
            ),
        ))
    }
}

/// Day `d` of `bulan`/`tahun`, or why there is no such day.
fn hari_dari(text: &str, tahun: u16, bulan: u8, d: u32) -> Result<Tanggal, TanggalError> {
    let last = days_in_month(i64::from(tahun), u32::from(bulan));
    if d == 0 {
        return Err(salah(
            text,
            crate::pesan!("tidak ada tanggal 0", "there is no day 0"),
        ));
    }
    if d > last {
        return Err(salah(
            text,
            crate::pesan!(
                "{} {tahun} hanya sampai tanggal {last}",
                "{} {tahun} has only {last} days",
                NAMA_BULAN[usize::from(bulan) - 1]
            ),
        ));
    }
    Ok(Tanggal::ymd(tahun, bulan, d as u8).expect("checked against the calendar"))
}

fn bulan_angka(text: &str, m: &str) -> Result<u8, TanggalError> {
    match m.parse::<u8>() {
        Ok(b @ 1..=12) => Ok(b),
        _ => Err(salah(
            text,
            crate::pesan!(
                "tidak ada bulan {m} (bulan ditulis 1 sampai 12)",
                "there is no month {m} (months are 1 to 12)"
            ),
        )),
    }
}

/// Digits and separators only: ISO ("2023-03-18", "2023-03", "2023") or
/// day-month-year ("08-04-2019", "8/4/2019", "08.04.2019").
fn baca_angka(t: &str) -> Result<Tanggal, TanggalError> {
    let Some(sep) = t.bytes().find(|b| !b.is_ascii_digit()) else {
        let tahun = tahun_dari(t, t)?;
        return Ok(Tanggal {
            tahun,
            bulan: None,
            hari: None,
        });
    };
    let sep = char::from(sep);
    let parts: Vec<&str> = t.split(sep).collect();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !parts.iter().all(|p| digits(p)) {
        return Err(tak_dikenal(t));
    }
    match (sep, parts.as_slice()) {
        ('-', [y, m]) if y.len() == 4 && m.len() == 2 => Ok(Tanggal {
            tahun: tahun_dari(t, y)?,
            bulan: Some(bulan_angka(t, m)?),
            hari: None,
        }),
        ('-', [y, m, d]) if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let (tahun, bulan) = (tahun_dari(t, y)?, bulan_angka(t, m)?);
            hari_dari(t, tahun, bulan, d.parse().expect("two digits"))
        }
        (_, [d, m, y]) if d.len() <= 2 && m.len() <= 2 => {
            let (tahun, bulan) = (tahun_dari(t, y)?, bulan_angka(t, m)?);
            hari_dari(t, tahun, bulan, d.parse().expect("two digits"))
        }
        _ => Err(tak_dikenal(t)),
    }
}

/// With a month written as a word: "[weekday,] [day] month year".
fn baca_kata(t: &str) -> Result<Tanggal, TanggalError> {
    // Words (letters, and an apostrophe inside, as in "Jum'at") and
    // numbers; spaces and , . - / separate them; anything else is not a date.
    let mut tokens: Vec<&str> = Vec::with_capacity(4);
    let mut start = None;
    let mut kind_digit = false;
    for (i, c) in t.char_indices() {
        let is_sep = c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/');
        let is_digit = c.is_ascii_digit();
        let is_letter =
            c.is_alphabetic() || (matches!(c, '\'' | '’') && start.is_some() && !kind_digit);
        if !is_sep && !is_digit && !is_letter {
            return Err(tak_dikenal(t));
        }
        if let Some(s) = start
            && (is_sep || is_digit != kind_digit)
        {
            tokens.push(&t[s..i]);
            start = None;
        }
        if !is_sep && start.is_none() {
            start = Some(i);
            kind_digit = is_digit;
        }
    }
    if let Some(s) = start {
        tokens.push(&t[s..]);
    }
    let is_number = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    // The weekday is not checked: a wrong one is the source's slip, and
    // the date itself is what counts.
    let lower: Vec<String> = tokens.iter().map(|s| s.to_lowercase()).collect();
    let mut at = 0;
    // A weekday in front, when more follows.
    if tokens.len() > 2 && NAMA_HARI.contains(&lower[0].as_str()) {
        at = 1;
    }
    let rest = &tokens[at..];
    let (day, month, year) = match rest {
        [m, y] if !is_number(m) && is_number(y) => (None, at, *y),
        [d, m, y] if is_number(d) && !is_number(m) && is_number(y) => (Some(*d), at + 1, *y),
        _ => {
            // With one word beside numbers, that word was meant as the
            // month: name it when it is none.
            let words: Vec<usize> = (at..tokens.len())
                .filter(|&k| !is_number(tokens[k]))
                .collect();
            if let [k] = words[..]
                && words.len() < rest.len()
                && bulan_dari(&lower[k]).is_none()
            {
                return Err(bukan_bulan(t, tokens[k]));
            }
            return Err(tak_dikenal(t));
        }
    };
    let bulan = bulan_dari(&lower[month]).ok_or_else(|| bukan_bulan(t, tokens[month]))?;
    let tahun = tahun_dari(t, year)?;
    match day {
        None => Ok(Tanggal {
            tahun,
            bulan: Some(bulan),
            hari: None,
        }),
        Some(d) if d.len() <= 2 => hari_dari(t, tahun, bulan, d.parse().expect("digits")),
        Some(d) => Err(salah(
            t,
            crate::pesan!(
                "tanggal \"{d}\" ditulis dengan satu atau dua angka",
                "the day \"{d}\" is written with one or two digits"
            ),
        )),
    }
}

/// An unknown month word, named, with the closest month when one is close.
fn bukan_bulan(text: &str, word: &str) -> TanggalError {
    let lower = word.to_lowercase();
    let hint = match crate::diagnostic::closest(&lower, EJAAN_BULAN.iter().map(|(e, _)| *e))
        .and_then(bulan_dari)
    {
        Some(m) => crate::pesan!(
            "maksudnya \"{}\"? {}",
            "did you mean \"{}\"? {}",
            NAMA_BULAN[usize::from(m) - 1],
            bentuk_tanggal()
        ),
        None => bentuk_tanggal().to_string(),
    };
    TanggalError {
        message: crate::pesan!(
            "\"{word}\" bukan nama bulan dalam tanggal \"{text}\"",
            "\"{word}\" is not a month in the date \"{text}\""
        ),
        hint,
    }
}

// ------------------------------------------------------ calendar arithmetic

pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a (year, month, day).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a count of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_413), (2025, 11, 21));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn dates_round_trip() {
        for day in [-1000, 0, 16_801, 17_000, 19_000, 20_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
            assert!(d >= 1 && d <= days_in_month(y, m));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn shows_dates_in_indonesian() {
        assert_eq!(
            Tanggal::parse("2023-03-18").unwrap().to_string(),
            "18 Maret 2023"
        );
        assert_eq!(
            Tanggal::parse("2023-09").unwrap().to_string(),
            "September 2023"
        );
        assert_eq!(Tanggal::parse("2023").unwrap().to_string(), "2023");
        assert_eq!(
            Tanggal::ymd(2017, 1, 2).unwrap().to_string(),
            "2 Januari 2017"
        );
    }

    fn baca(text: &str) -> Tanggal {
        match Tanggal::baca(text) {
            Ok(Some(t)) => t,
            other => panic!("{text:?} -> {other:?}"),
        }
    }

    fn galat(text: &str) -> TanggalError {
        match Tanggal::baca(text) {
            Err(e) => e,
            ok => panic!("{text:?} should be refused, got {ok:?}"),
        }
    }

    #[test]
    fn reads_iso_forms() {
        assert_eq!(baca("2023-03-18"), Tanggal::ymd(2023, 3, 18).unwrap());
        assert_eq!(baca(" 2023-09 ").iso(), "2023-09");
        assert_eq!(baca("2023").iso(), "2023");
        assert!(Tanggal::parse("2024-02-29").is_some());
        assert!(Tanggal::parse("2000-02-29").is_some());
    }

    #[test]
    fn reads_dates_as_indonesian_documents_print_them() {
        let april8 = Tanggal::ymd(2019, 4, 8).unwrap();
        for text in [
            "8 April 2019",
            "08 April 2019",
            "8 april 2019",
            "8 APRIL 2019",
            "8 Apr 2019",
            "8 Apr. 2019",
            "8 APR. 2019",
            "8 April, 2019",
            "8 April 2019.",
            "8-Apr-2019",
            "08-April-2019",
            "8\u{a0}April\u{a0}2019",
            "  8   April 2019 ",
            "Senin, 8 April 2019",
            "senin 8 april 2019",
            // Day-month-year in numbers, never month first.
            "08-04-2019",
            "8-4-2019",
            "08/04/2019",
            "8/4/2019",
            "08.04.2019",
        ] {
            assert_eq!(baca(text), april8, "{text:?}");
        }
        let juni = Tanggal {
            tahun: 2020,
            bulan: Some(6),
            hari: None,
        };
        for text in [
            "Juni 2020",
            "JUNI 2020",
            "juni 2020",
            "Jun 2020",
            "Jun. 2020",
        ] {
            assert_eq!(baca(text), juni, "{text:?}");
        }
        assert_eq!(baca("Jum'at, 3 Mei 2019").to_string(), "3 Mei 2019");
        assert_eq!(baca("12/01/2019").to_string(), "12 Januari 2019");
    }

    #[test]
    fn reads_every_month_name_and_abbreviation() {
        #[rustfmt::skip]
        let months: [(&[&str], u8); 12] = [
            (&["Januari", "Jan"], 1),
            (&["Februari", "Pebruari", "Feb", "Febr", "Peb"], 2),
            (&["Maret", "Mar", "Mrt"], 3),
            (&["April", "Apr"], 4),
            (&["Mei", "May"], 5),
            (&["Juni", "Jun"], 6),
            (&["Juli", "Jul"], 7),
            (&["Agustus", "Agu", "Agt", "Ags", "Agus", "Agust", "Aug"], 8),
            (&["September", "Sep", "Sept"], 9),
            (&["Oktober", "Okt", "Oct"], 10),
            (&["November", "Nopember", "Nov", "Nop"], 11),
            (&["Desember", "Des", "Dec"], 12),
        ];
        for (names, m) in months {
            for name in names {
                for written in [name.to_string(), name.to_uppercase(), name.to_lowercase()] {
                    let text = format!("1 {written}. 2021");
                    assert_eq!(baca(&text), Tanggal::ymd(2021, m, 1).unwrap(), "{text:?}");
                }
            }
        }
        // Every spelling in the table is tested above.
        let tested: usize = months.iter().map(|(n, _)| n.len()).sum();
        assert_eq!(tested, EJAAN_BULAN.len());
    }

    #[test]
    fn no_date_is_not_an_error() {
        for text in ["", "   ", "-", " - ", "–", "—", "\t-\n", "--"] {
            assert_eq!(Tanggal::baca(text), Ok(None), "{text:?}");
            assert_eq!(Tanggal::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_day_that_does_not_exist_says_why() {
        let e = galat("31 Februari 2020");
        assert_eq!(
            e.message,
            "\"31 Februari 2020\" bukan tanggal: Februari 2020 hanya sampai tanggal 29"
        );
        assert_eq!(e.hint, BENTUK_TANGGAL);
        assert!(
            galat("29 Februari 2023")
                .message
                .ends_with("Februari 2023 hanya sampai tanggal 28")
        );
        assert!(
            galat("31/04/2019")
                .message
                .ends_with("April 2019 hanya sampai tanggal 30")
        );
        assert!(
            galat("2023-02-30")
                .message
                .ends_with("Februari 2023 hanya sampai tanggal 28")
        );
        assert!(
            galat("1900-02-29")
                .message
                .ends_with("Februari 1900 hanya sampai tanggal 28")
        );
        assert_eq!(
            galat("0 Maret 2023").message,
            "\"0 Maret 2023\" bukan tanggal: tidak ada tanggal 0"
        );
        assert_eq!(
            galat("2023-13").message,
            "\"2023-13\" bukan tanggal: tidak ada bulan 13 (bulan ditulis 1 sampai 12)"
        );
        assert!(
            galat("08/13/2019")
                .message
                .ends_with("tidak ada bulan 13 (bulan ditulis 1 sampai 12)")
        );
        assert_eq!(
            galat("8 April 19").message,
            "\"8 April 19\" bukan tanggal: tahun \"19\" harus ditulis dengan empat angka"
        );
        assert!(galat("08/04/19").message.contains("tahun \"19\""));
        assert!(galat("23").message.contains("tahun \"23\""));
        assert!(galat("108 April 2019").message.contains("tanggal \"108\""));
    }

    #[test]
    fn an_unknown_month_is_named_with_the_closest_month() {
        let e = galat("8 Aprl 2019");
        assert_eq!(
            e.message,
            "\"Aprl\" bukan nama bulan dalam tanggal \"8 Aprl 2019\""
        );
        assert_eq!(e.hint, format!("maksudnya \"April\"? {BENTUK_TANGGAL}"));
        // An abbreviation's neighbour suggests the full name.
        assert!(
            galat("1 Agst 2020")
                .hint
                .starts_with("maksudnya \"Agustus\"?")
        );
        assert!(
            galat("Nopembr 2020")
                .hint
                .starts_with("maksudnya \"November\"?")
        );
        assert!(
            galat("1 Febuari 2020")
                .hint
                .starts_with("maksudnya \"Februari\"?")
        );
        // Nothing close: the accepted forms only.
        let e = galat("8 Ramadhan 2019");
        assert_eq!(
            e.message,
            "\"Ramadhan\" bukan nama bulan dalam tanggal \"8 Ramadhan 2019\""
        );
        assert_eq!(e.hint, BENTUK_TANGGAL);
    }

    #[test]
    fn the_hint_lists_every_accepted_form() {
        for form in [
            "2023-03-18",
            "\"2023-03\"",
            "\"2023\"",
            "\"18 Maret 2023\"",
            "\"18 Mar 2023\"",
            "\"Maret 2023\"",
            "\"18-03-2023\"",
            "\"18/03/2023\"",
            "Agu/Agt/Ags",
            "\"-\"",
        ] {
            assert!(BENTUK_TANGGAL.contains(form), "{form}");
        }
        for (_, m) in EJAAN_BULAN {
            assert!(BENTUK_TANGGAL.contains(&NAMA_BULAN[usize::from(*m) - 1][..3]));
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "2023-2-3",
            "2023/03/18",
            "2023-03-18T10:00",
            "２０２３",
            "8 April 2019 (revisi)",
            "April 8, 2019",
            "8 April",
            "April",
            "Tahun 2019",
            "08-04/2019",
            "8..4..2019",
            "1-2-3-4",
            "Senin",
            "2019 April 8",
        ] {
            let e = galat(bad);
            assert!(e.message.starts_with('"'), "{bad:?}: {}", e.message);
            assert!(e.hint.ends_with(BENTUK_TANGGAL), "{bad:?}: {}", e.hint);
            assert_eq!(Tanggal::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sorts_chronologically_and_prints_iso() {
        let a = Tanggal::parse("2023").unwrap();
        let b = Tanggal::parse("2023-01").unwrap();
        let c = Tanggal::parse("2023-01-05").unwrap();
        assert!(a < b && b < c);
        assert_eq!(c.iso(), "2023-01-05");
        assert_eq!(b.iso(), "2023-01");
    }
}
