//! Tanggal: a full date, or a month or year when the day is unknown, shown
//! in Indonesian ("18 Maret 2023", "September 2023", "2023").

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

    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub fn parse(text: &str) -> Option<Tanggal> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let num = |s: &str, len: usize| -> Option<u16> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => {
                let tahun = num(y, 4)?;
                Some(Tanggal {
                    tahun,
                    bulan: None,
                    hari: None,
                })
            }
            [y, m] => {
                let (tahun, bulan) = (num(y, 4)?, num(m, 2)? as u8);
                (1..=12).contains(&bulan).then_some(Tanggal {
                    tahun,
                    bulan: Some(bulan),
                    hari: None,
                })
            }
            [y, m, d] => Tanggal::ymd(num(y, 4)?, num(m, 2)? as u8, num(d, 2)? as u8),
            _ => None,
        }
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
            (Some(m), Some(d)) => write!(f, "{d} {} {}", NAMA_BULAN[m as usize - 1], self.tahun),
            (Some(m), None) => write!(f, "{} {}", NAMA_BULAN[m as usize - 1], self.tahun),
            _ => write!(f, "{}", self.tahun),
        }
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

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "",
            "2023-13",
            "2023-02-30",
            "2023-2-3",
            "23",
            "Maret 2023",
            "2023-03-18T10:00",
            "2023/03/18",
            "２０２３",
        ] {
            assert_eq!(Tanggal::parse(bad), None, "{bad:?}");
        }
        assert!(Tanggal::parse("2024-02-29").is_some());
        assert!(Tanggal::parse("2023-02-29").is_none());
        assert!(Tanggal::parse("2000-02-29").is_some());
        assert!(Tanggal::parse("1900-02-29").is_none());
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
