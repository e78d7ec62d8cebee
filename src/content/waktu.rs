//! Waktu (the time a step takes): "N unit", parsed, summed and shown in
//! Indonesian.
//!
//! Units are calendar units (1 hari = 24 jam, 1 minggu = 7 hari, 1 bulan =
//! 30 hari): a sum must not depend on an agency's working hours, and a reader
//! can redo it by hand.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Satuan {
    Detik,
    Menit,
    Jam,
    Hari,
    Minggu,
    Bulan,
}

impl Satuan {
    pub const ALL: [Satuan; 6] = [
        Satuan::Detik,
        Satuan::Menit,
        Satuan::Jam,
        Satuan::Hari,
        Satuan::Minggu,
        Satuan::Bulan,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Satuan::Detik => "detik",
            Satuan::Menit => "menit",
            Satuan::Jam => "jam",
            Satuan::Hari => "hari",
            Satuan::Minggu => "minggu",
            Satuan::Bulan => "bulan",
        }
    }

    pub fn seconds(self) -> u64 {
        match self {
            Satuan::Detik => 1,
            Satuan::Menit => 60,
            Satuan::Jam => 3_600,
            Satuan::Hari => 86_400,
            Satuan::Minggu => 7 * 86_400,
            Satuan::Bulan => 30 * 86_400,
        }
    }
}

/// A parsed waktu: the amount as written and its unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Waktu {
    pub jumlah: f64,
    pub satuan: Satuan,
}

/// Why a waktu could not be read, with a hint for the author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaktuError {
    pub message: String,
    pub hint: String,
}

/// The largest amount accepted, so that sums can never overflow.
const MAX_JUMLAH: f64 = 100_000.0;

impl Waktu {
    pub fn parse(text: &str) -> Result<Waktu, WaktuError> {
        let hint_form = "write a number and a unit, e.g. \"10 menit\", \"1,5 jam\" or \"2 hari\"; units: detik, menit, jam, hari, minggu, bulan";
        let trimmed = text.trim();
        let mut parts = trimmed.split_whitespace();
        let (Some(number), Some(unit), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(WaktuError {
                message: format!("cannot read waktu \"{text}\""),
                hint: hint_form.to_string(),
            });
        };
        let jumlah = parse_number(number).ok_or_else(|| WaktuError {
            message: format!("cannot read the number \"{number}\" in waktu \"{text}\""),
            hint: hint_form.to_string(),
        })?;
        if jumlah > MAX_JUMLAH {
            return Err(WaktuError {
                message: format!("waktu \"{text}\" is too large"),
                hint: "use a larger unit (e.g. hari or bulan instead of menit)".to_string(),
            });
        }
        let unit_l = unit.to_lowercase();
        let satuan = Satuan::ALL
            .into_iter()
            .find(|s| s.name() == unit_l)
            .ok_or_else(|| {
                let names = Satuan::ALL.map(Satuan::name);
                let hint = match crate::diagnostic::closest(&unit_l, names) {
                    Some(s) => format!("did you mean \"{s}\"?"),
                    None => format!("units: {}", names.join(", ")),
                };
                WaktuError {
                    message: format!("unknown unit \"{unit}\" in waktu \"{text}\""),
                    hint,
                }
            })?;
        Ok(Waktu { jumlah, satuan })
    }

    pub fn seconds(&self) -> u64 {
        (self.jumlah * self.satuan.seconds() as f64).round() as u64
    }
}

impl fmt::Display for Waktu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = if self.jumlah.fract() == 0.0 {
            format!("{}", self.jumlah as u64)
        } else {
            format!("{}", self.jumlah).replace('.', ",")
        };
        write!(f, "{n} {}", self.satuan.name())
    }
}

/// "10", "1,5" or "1.5": a whole or decimal number, nothing else.
fn parse_number(s: &str) -> Option<f64> {
    let normal = s.replacen(',', ".", 1);
    let (whole, frac) = normal.split_once('.').unwrap_or((&normal, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits(whole)
        || !digits(frac)
        || (normal.contains('.') && frac.is_empty())
    {
        return None;
    }
    normal.parse().ok()
}

/// A total time, e.g. "6 hari 3 jam 25 menit"; "0 menit" for nothing.
pub fn format_total(seconds: u64) -> String {
    let units = [
        (Satuan::Hari, 86_400),
        (Satuan::Jam, 3_600),
        (Satuan::Menit, 60),
        (Satuan::Detik, 1),
    ];
    let mut rest = seconds;
    let mut parts = Vec::new();
    for (satuan, size) in units {
        let n = rest / size;
        rest %= size;
        if n > 0 {
            parts.push(format!("{n} {}", satuan.name()));
        }
    }
    if parts.is_empty() {
        "0 menit".to_string()
    } else {
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_the_format_allows() {
        let w = Waktu::parse("10 menit").unwrap();
        assert_eq!((w.jumlah, w.satuan), (10.0, Satuan::Menit));
        assert_eq!(Waktu::parse("1,5 Jam").unwrap().seconds(), 5_400);
        assert_eq!(Waktu::parse("1.5 jam").unwrap().seconds(), 5_400);
        assert_eq!(Waktu::parse(" 2 HARI ").unwrap().seconds(), 2 * 86_400);
        assert_eq!(Waktu::parse("1 minggu").unwrap().satuan, Satuan::Minggu);
        assert_eq!(Waktu::parse("1 bulan").unwrap().satuan, Satuan::Bulan);
        assert_eq!(Waktu::parse("30 detik").unwrap().seconds(), 30);
    }

    #[test]
    fn rejects_what_it_cannot_read_with_a_hint() {
        let e = Waktu::parse("10 Menir").unwrap_err();
        assert_eq!(e.message, "unknown unit \"Menir\" in waktu \"10 Menir\"");
        assert_eq!(e.hint, "did you mean \"menit\"?");
        for bad in [
            "",
            "menit",
            "10",
            "sepuluh menit",
            "10 menit lagi",
            "1,5,5 jam",
            "-1 jam",
            "1. jam",
            ".5 jam",
            "1e3 menit",
        ] {
            assert!(Waktu::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(Waktu::parse("999999999 bulan").is_err());
    }

    #[test]
    fn totals_read_like_the_paper_form() {
        let sum: u64 = ["6 hari", "3 jam", "20 menit", "5 menit"]
            .iter()
            .map(|w| Waktu::parse(w).unwrap().seconds())
            .sum();
        assert_eq!(format_total(sum), "6 hari 3 jam 25 menit");
        assert_eq!(format_total(0), "0 menit");
        assert_eq!(format_total(90), "1 menit 30 detik");
        assert_eq!(
            format_total(Waktu::parse("2 minggu").unwrap().seconds()),
            "14 hari"
        );
    }

    #[test]
    fn shows_decimals_with_a_comma() {
        assert_eq!(Waktu::parse("1.5 jam").unwrap().to_string(), "1,5 jam");
        assert_eq!(Waktu::parse("10 Menit").unwrap().to_string(), "10 menit");
    }
}
