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

impl Tanggal {
    /// A full date, checked against the calendar.
    pub fn ymd(tahun: u16, bulan: u8, hari: u8) -> Option<Tanggal> {
        let valid = (1..=12).contains(&bulan) && hari >= 1 && hari <= days_in_month(tahun, bulan);
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

fn days_in_month(tahun: u16, bulan: u8) -> u8 {
    match bulan {
        4 | 6 | 9 | 11 => 30,
        2 if (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
