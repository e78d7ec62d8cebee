//! The totals of an SOP's waktu.

use std::fmt;

use super::nilai::{Lama, Waktu};

/// A total calendar time, e.g. "6 hari 3 jam 25 menit"; "0 menit" for
/// nothing.
pub fn format_total(seconds: u64) -> String {
    Lama {
        detik: seconds,
        hari_kerja_x100: 0,
    }
    .to_string()
}

/// The sum of an SOP's waktu (docs/format.md, "Waktu").
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

    /// "3 hari kerja 2 jam 10 menit", "2 jam 20 menit – 3 jam"; "–" when
    /// no step has a measured waktu (not "0 menit", which would claim one).
    pub fn teks(&self) -> String {
        if self.terukur == 0 {
            "–".to_string()
        } else {
            self.to_string()
        }
    }

    /// "2 langkah tanpa waktu terukur", when there are such steps; "tidak
    /// ada langkah dengan waktu terukur" when none has one.
    pub fn tanpa_waktu_teks(&self) -> Option<String> {
        if self.terukur == 0 && self.tanpa_waktu > 0 {
            return Some("tidak ada langkah dengan waktu terukur".to_string());
        }
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
