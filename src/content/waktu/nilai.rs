//! The model of a waktu: units, exact numbers, amounts, a measured
//! waktu, and lengths (calendar seconds and working days kept apart).

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign};

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
