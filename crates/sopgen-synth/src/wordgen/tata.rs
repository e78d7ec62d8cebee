//! The procedure table's layout: column widths, row heights, which steps
//! go on which page. Word lays the table out itself; the writer chooses
//! row heights (`w:trHeight`, "at least") generous enough for their text,
//! so Word's rows come out as tall as planned and the shapes drawn over
//! them land where they belong.

use super::gaya::{Gaya, Kertas, Pecah, Penghubung};
use super::model::DokumenSop;
use super::xml::EMU_TWIP;

/// Page size and margins, in twips.
#[derive(Debug, Clone, Copy)]
pub struct Halaman {
    pub lebar: u32,
    pub tinggi: u32,
    pub atas: u32,
    pub bawah: u32,
    pub kiri: u32,
    pub kanan: u32,
}

impl Halaman {
    pub fn new(kertas: Kertas, landscape: bool, margin: u32) -> Halaman {
        let (w, h) = match kertas {
            Kertas::A4 => (11906, 16838),
            Kertas::F4 => (12242, 18722),
        };
        let (lebar, tinggi) = if landscape { (h, w) } else { (w, h) };
        Halaman {
            lebar,
            tinggi,
            atas: margin,
            bawah: margin,
            kiri: margin,
            kanan: margin,
        }
    }

    pub fn isi_lebar(&self) -> u32 {
        self.lebar - self.kiri - self.kanan
    }

    pub fn isi_tinggi(&self) -> u32 {
        self.tinggi - self.atas - self.bawah
    }
}

/// The left and right cell margins Word uses (twips).
pub const MARGIN_SEL: u32 = 108;

/// What a column of the procedure table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kolom {
    No,
    Kegiatan,
    Lane(usize),
    Kelengkapan,
    Waktu,
    Output,
    Keterangan,
    PenanggungJawab,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JenisBaris {
    Langkah(usize),
    /// An empty row holding off-page connectors.
    Penghubung,
}

#[derive(Debug, Clone, Copy)]
pub struct BarisTata {
    pub jenis: JenisBaris,
    pub halaman: usize,
    /// Top, from the first body row of its page (twips).
    pub y: u32,
    pub tinggi: u32,
    /// Room kept at the top / bottom for off-page connectors (twips).
    pub atas: u32,
    pub bawah: u32,
}

#[derive(Debug, Clone)]
pub struct Tata {
    pub halaman: Halaman,
    pub kolom: Vec<Kolom>,
    pub grid: Vec<u32>,
    pub kepala: Vec<u32>,
    pub baris: Vec<BarisTata>,
    pub jumlah_halaman: usize,
}

/// Tinggi minimum baris (twips) for each kind of symbol.
pub const TINGGI_PROSES: u32 = 800;
pub const TINGGI_KEPUTUSAN: u32 = 1100;
pub const TINGGI_PENGHUBUNG: u32 = 720;

impl Tata {
    pub fn new(dok: &DokumenSop, gaya: &Gaya) -> Tata {
        let halaman = Halaman::new(gaya.kertas, true, gaya.margin);
        let kolom = kolom(dok, gaya);
        let grid = lebar_kolom(&kolom, dok.pelaksana.len(), halaman.isi_lebar());
        let ukuran = gaya.ukuran;
        let lebar_of = |k: Kolom| -> u32 {
            kolom
                .iter()
                .position(|&c| c == k)
                .map(|i| grid[i])
                .unwrap_or(0)
        };
        // Header rows: group headings, then the sub-columns (lane names).
        let mut tinggi2 = 400;
        for (i, name) in dok.pelaksana.iter().enumerate() {
            let w = lebar_of(Kolom::Lane(i));
            tinggi2 = tinggi2.max(tinggi_teks(name, w, ukuran, true) + 80);
        }
        for (k, text) in [
            (Kolom::Kelengkapan, &gaya.label.kelengkapan),
            (Kolom::Waktu, &gaya.label.waktu),
            (Kolom::Output, &gaya.label.output),
        ] {
            tinggi2 = tinggi2.max(tinggi_teks(text, lebar_of(k), ukuran, true) + 80);
        }
        let mut kepala = vec![420, tinggi2];
        if gaya.baris_nomor_kolom {
            kepala.push(300);
        }
        // Each step's row height.
        let tinggi: Vec<u32> = (0..dok.langkah.len())
            .map(|i| tinggi_langkah(dok, gaya, &kolom, &grid, i))
            .collect();
        let kepala_total: u32 = kepala.iter().sum();
        let judul = if gaya.judul_prosedur.is_some() {
            700
        } else {
            0
        };
        // Room on a page: less the header, an off-page connector row at the
        // bottom (and at the top after the first page), and some slack.
        let ruang = |p: usize| {
            let top = if p > 0 { TINGGI_PENGHUBUNG } else { 0 };
            halaman.isi_tinggi() - kepala_total - TINGGI_PENGHUBUNG - top - 300
        };
        // Steps to pages.
        let mut halaman_of = vec![0usize; tinggi.len()];
        let mut p = 0;
        let mut used = judul;
        let mut count = 0;
        for (i, &t) in tinggi.iter().enumerate() {
            if count > 0 && (count >= gaya.langkah_per_halaman.max(1) || used + t > ruang(p)) {
                p += 1;
                used = 0;
                count = 0;
            }
            halaman_of[i] = p;
            used += t;
            count += 1;
        }
        let jumlah_halaman = p + 1;
        let mut baris = Vec::new();
        let dalam_sel = gaya.penghubung == Penghubung::DalamSel;
        for (i, &t) in tinggi.iter().enumerate() {
            let pg = halaman_of[i];
            let first = i == 0 || halaman_of[i - 1] != pg;
            let last = i + 1 == tinggi.len() || halaman_of[i + 1] != pg;
            let atas = if first && pg > 0 {
                TINGGI_PENGHUBUNG
            } else {
                0
            };
            let bawah = if last && pg + 1 < jumlah_halaman {
                TINGGI_PENGHUBUNG
            } else {
                0
            };
            if dalam_sel {
                baris.push(BarisTata {
                    jenis: JenisBaris::Langkah(i),
                    halaman: pg,
                    y: 0,
                    tinggi: t + atas + bawah,
                    atas,
                    bawah,
                });
            } else {
                if atas > 0 {
                    baris.push(penghubung(pg));
                }
                baris.push(BarisTata {
                    jenis: JenisBaris::Langkah(i),
                    halaman: pg,
                    y: 0,
                    tinggi: t,
                    atas: 0,
                    bawah: 0,
                });
                if bawah > 0 {
                    baris.push(penghubung(pg));
                }
            }
        }
        // Tops within each page.
        let mut y = 0;
        let mut pg = usize::MAX;
        for b in &mut baris {
            if b.halaman != pg {
                pg = b.halaman;
                y = 0;
            }
            b.y = y;
            y += b.tinggi;
        }
        let _ = Pecah::UlangKepala;
        Tata {
            halaman,
            kolom,
            grid,
            kepala,
            baris,
            jumlah_halaman,
        }
    }

    /// Left edge of grid column `i`, from the table's left edge (twips).
    pub fn kiri(&self, i: usize) -> u32 {
        self.grid[..i].iter().sum()
    }

    pub fn indeks(&self, k: Kolom) -> Option<usize> {
        self.kolom.iter().position(|&c| c == k)
    }

    /// The lane's left edge and width, in EMU from the table's left edge.
    pub fn lane_emu(&self, lane: usize) -> (i64, i64) {
        let i = self.indeks(Kolom::Lane(lane)).expect("lane column");
        (
            i64::from(self.kiri(i)) * EMU_TWIP,
            i64::from(self.grid[i]) * EMU_TWIP,
        )
    }

    /// The row of step `i`.
    pub fn baris_langkah(&self, i: usize) -> usize {
        self.baris
            .iter()
            .position(|b| b.jenis == JenisBaris::Langkah(i))
            .expect("step row")
    }

    /// Rows of page `p`.
    pub fn baris_halaman(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.baris.len()).filter(move |&r| self.baris[r].halaman == p)
    }

    /// Total height of the body rows of page `p` (twips).
    pub fn tinggi_halaman(&self, p: usize) -> u32 {
        self.baris_halaman(p).map(|r| self.baris[r].tinggi).sum()
    }
}

fn penghubung(halaman: usize) -> BarisTata {
    BarisTata {
        jenis: JenisBaris::Penghubung,
        halaman,
        y: 0,
        tinggi: TINGGI_PENGHUBUNG,
        atas: 0,
        bawah: 0,
    }
}

/// The procedure table's columns, left to right.
pub fn kolom(dok: &DokumenSop, gaya: &Gaya) -> Vec<Kolom> {
    let mut k = Vec::new();
    if !gaya.nomor_dalam_kegiatan {
        k.push(Kolom::No);
    }
    k.push(Kolom::Kegiatan);
    for i in 0..dok.pelaksana.len() {
        k.push(Kolom::Lane(i));
    }
    k.extend([Kolom::Kelengkapan, Kolom::Waktu, Kolom::Output]);
    if gaya.kolom_keterangan {
        k.push(Kolom::Keterangan);
    }
    if gaya.kolom_penanggung_jawab {
        k.push(Kolom::PenanggungJawab);
    }
    k
}

/// Widths (twips) that fill `total`: text columns by share, lanes what is
/// left, at most 1500 twips each (the rest goes back to the text).
fn lebar_kolom(kolom: &[Kolom], lanes: usize, total: u32) -> Vec<u32> {
    let share = |k: Kolom, tight: bool| -> f64 {
        match (k, tight) {
            (Kolom::No, _) => 0.035,
            (Kolom::Kegiatan, false) => 0.22,
            (Kolom::Kegiatan, true) => 0.16,
            (Kolom::Kelengkapan, false) | (Kolom::Output, false) => 0.11,
            (Kolom::Kelengkapan, true) | (Kolom::Output, true) => 0.085,
            (Kolom::Waktu, false) => 0.065,
            (Kolom::Waktu, true) => 0.055,
            (Kolom::Keterangan, false) => 0.07,
            (Kolom::Keterangan, true) => 0.05,
            (Kolom::PenanggungJawab, false) => 0.085,
            (Kolom::PenanggungJawab, true) => 0.065,
            (Kolom::Lane(_), _) => 0.0,
        }
    };
    let tight = lanes > 5;
    let text: f64 = kolom.iter().map(|&k| share(k, tight)).sum();
    let text_w = (f64::from(total) * text) as u32;
    let lane_w = ((total - text_w) / lanes.max(1) as u32).min(1500);
    let lanes_w = lane_w * lanes as u32;
    let spare = total - text_w - lanes_w;
    let mut grid: Vec<u32> = kolom
        .iter()
        .map(|&k| match k {
            Kolom::Lane(_) => lane_w,
            k => {
                let s = share(k, tight);
                (f64::from(total) * s + f64::from(spare) * s / text) as u32
            }
        })
        .collect();
    // Rounding: the Kegiatan column takes what is left.
    let sum: u32 = grid.iter().sum();
    if let Some(i) = kolom.iter().position(|&k| k == Kolom::Kegiatan) {
        grid[i] += total - sum;
    }
    grid
}

/// The height (twips) of `text` wrapped in a column `lebar` twips wide.
pub fn tinggi_teks(text: &str, lebar: u32, ukuran: u32, tebal: bool) -> u32 {
    baris_teks(text, lebar, ukuran, tebal) * tinggi_baris(ukuran)
}

/// Height of a line of text (twips): Arial's ascent and descent, a bit over.
pub fn tinggi_baris(ukuran: u32) -> u32 {
    ukuran * 24
}

/// How many lines `text` takes in a column `lebar` twips wide (cell
/// margins included), wrapping at spaces. Character widths are taken a
/// little wider than Arial's so the estimate errs on the tall side.
pub fn baris_teks(text: &str, lebar: u32, ukuran: u32, tebal: bool) -> u32 {
    let usable = f64::from(lebar.saturating_sub(2 * MARGIN_SEL + 20).max(200));
    let per = |c: char| -> f64 {
        let em = f64::from(ukuran) * 20.0;
        let w = if c == 'm' || c == 'w' || c == 'M' || c == 'W' {
            0.85
        } else if c.is_uppercase() {
            0.70
        } else if matches!(
            c,
            ' ' | 'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '/' | '-' | '(' | ')'
        ) {
            0.32
        } else {
            0.56
        };
        em * if tebal { w * 1.08 } else { w }
    };
    let mut lines = 0;
    for para in text.split('\n') {
        lines += 1;
        let mut x = 0.0;
        for word in para.split(' ') {
            let w: f64 = word.chars().map(per).sum();
            let space = per(' ');
            if x > 0.0 && x + space + w > usable {
                lines += 1;
                x = 0.0;
            }
            if x > 0.0 {
                x += space;
            }
            // A word longer than the line breaks where it must.
            let mut w = w;
            while w > usable {
                lines += 1;
                w -= usable;
            }
            x += w;
        }
    }
    lines
}

fn tinggi_langkah(dok: &DokumenSop, gaya: &Gaya, kolom: &[Kolom], grid: &[u32], i: usize) -> u32 {
    let l = &dok.langkah[i];
    let u = gaya.ukuran;
    let mut h = 0;
    for (c, &k) in kolom.iter().enumerate() {
        let w = grid[c];
        let t = match k {
            Kolom::Kegiatan => {
                let prefix = if gaya.nomor_dalam_kegiatan {
                    "10. "
                } else {
                    ""
                };
                tinggi_teks(&format!("{prefix}{}", l.kegiatan), w, u, false)
            }
            Kolom::Kelengkapan => daftar(&l.kelengkapan, w, u, gaya.butir_mutu_baku),
            Kolom::Output => daftar(&l.output, w, u, gaya.butir_mutu_baku),
            Kolom::Waktu => l
                .waktu
                .as_deref()
                .map_or(0, |t| tinggi_teks(t, w, u, false)),
            Kolom::Keterangan => l
                .keterangan
                .as_deref()
                .map_or(0, |t| tinggi_teks(t, w, u, false)),
            Kolom::PenanggungJawab => l
                .penanggung_jawab
                .as_deref()
                .map_or(0, |t| tinggi_teks(t, w, u, false)),
            _ => 0,
        };
        h = h.max(t);
    }
    // Room for noise: a soft line break or an empty paragraph in a cell.
    let extra = if gaya.derau.paragraf_kosong || gaya.derau.baris_lunak {
        tinggi_baris(u)
    } else {
        0
    };
    let min = if l.keputusan() {
        TINGGI_KEPUTUSAN
    } else {
        TINGGI_PROSES
    };
    (h + extra + 120).max(min)
}

fn daftar(items: &[String], w: u32, u: u32, bullet: bool) -> u32 {
    let w = if bullet { w.saturating_sub(317) } else { w };
    items.iter().map(|t| tinggi_teks(t, w, u, false)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_to_more_lines_in_a_narrow_column() {
        let text = "Menganalisa dan mengevaluasi data dan informasi kinerja yang telah terkumpul";
        let wide = baris_teks(text, 10000, 10, false);
        let narrow = baris_teks(text, 2000, 10, false);
        assert_eq!(wide, 1);
        assert!(narrow >= 4, "{narrow}");
        assert_eq!(baris_teks("satu\ndua", 6000, 10, false), 2);
    }

    #[test]
    fn columns_fill_the_page_width() {
        let kolom: Vec<Kolom> = [Kolom::No, Kolom::Kegiatan]
            .into_iter()
            .chain((0..9).map(Kolom::Lane))
            .chain([
                Kolom::Kelengkapan,
                Kolom::Waktu,
                Kolom::Output,
                Kolom::Keterangan,
            ])
            .collect();
        let grid = lebar_kolom(&kolom, 9, 14570);
        assert_eq!(grid.iter().sum::<u32>(), 14570);
        assert!(grid[2] >= 800, "{grid:?}");
    }
}
