//! Where the flowchart's shapes sit against the procedure table: every
//! shape is brought into its table's coordinates (x from the grid's column
//! widths, y from row heights given or estimated from the text), so that a
//! symbol falls in an actor's lane and a step's row. Shapes anchored in a
//! cell are placed from that cell; a group or canvas floating over the
//! table is aligned to the step rows by the order of its symbols.

use std::collections::BTreeMap;

use super::bentuk::{Bentuk, JenisBentuk, Rel};
use super::dokumen::{Kertas, Tabel};
use super::prosedur::{BarisLangkah, Kepala};

/// A shape in table coordinates (points from the table's top-left corner).
#[derive(Debug, Clone)]
pub struct Taruh<'a> {
    pub b: &'a Bentuk,
    /// Index of the procedure's table.
    pub tabel: usize,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// Line points, transformed likewise.
    pub titik: Vec<(f64, f64)>,
    /// The row and lane of a symbol, when it falls in one.
    pub baris: Option<usize>,
    pub lajur: Option<usize>,
    /// Placed by aligning a floating group to the rows (less sure).
    pub ditebak: bool,
}

impl Taruh<'_> {
    pub fn tengah(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// Rows' top edges and the table's height, estimated.
pub struct Geometri {
    pub atas: Vec<f64>,
    pub bawah: f64,
}

const MARGIN_SEL: f64 = 5.4;

fn tinggi_paragraf(teks: &str, lebar: f64, ukuran: f64) -> f64 {
    let per_baris = ((lebar - 2.0 * MARGIN_SEL).max(20.0) / (ukuran * 0.5)).max(4.0);
    let lines: f64 = teks
        .split('\n')
        .map(|l| (l.chars().count() as f64 / per_baris).ceil().max(1.0))
        .sum();
    lines * ukuran * 1.2
}

pub fn geometri(t: &Tabel) -> Geometri {
    let mut atas = Vec::with_capacity(t.baris.len());
    let mut y = 0.0;
    for r in &t.baris {
        atas.push(y);
        let mut h: f64 = 0.0;
        for c in &r.sel {
            let lebar: f64 = t.grid.iter().skip(c.kol).take(c.span).sum();
            let mut ch = 2.0;
            for p in c.paragraf() {
                let ukuran = p.ukuran.unwrap_or(11.0).clamp(6.0, 30.0);
                ch += tinggi_paragraf(&p.teks, lebar, ukuran);
                ch += p
                    .bentuk
                    .iter()
                    .filter(|b| b.letak.inline)
                    .map(|b| b.y + b.h)
                    .fold(0.0, f64::max);
            }
            h = h.max(ch);
        }
        if let Some(min) = r.tinggi {
            h = h.max(min);
        }
        y += h.max(12.0);
    }
    Geometri { atas, bawah: y }
}

impl Geometri {
    pub fn baris_di(&self, y: f64) -> Option<usize> {
        if y < 0.0 || y >= self.bawah {
            return None;
        }
        Some(self.atas.partition_point(|&a| a <= y).saturating_sub(1))
    }
    pub fn tengah(&self, r: usize) -> f64 {
        let end = self.atas.get(r + 1).copied().unwrap_or(self.bawah);
        (self.atas[r] + end) / 2.0
    }
}

/// A branch word ("Ya", "Tidak", "Lengkap") typed into a lane cell, placed
/// near the top of its cell.
#[derive(Debug, Clone)]
pub struct LabelSel {
    pub tabel: usize,
    pub x: f64,
    pub y: f64,
    pub teks: String,
}

/// The branch words typed into the lane cells of the procedure's tables.
pub fn label_sel(tabel: &[(&Tabel, &Kepala)], geo: &[Geometri]) -> Vec<LabelSel> {
    let mut out = Vec::new();
    for (ti, (t, k)) in tabel.iter().enumerate() {
        for (ri, r) in t.baris.iter().enumerate().skip(k.baris + k.tinggi) {
            for c in &r.sel {
                let in_lane = k.lajur.iter().any(|l| c.kol >= l.kol0 && c.kol < l.kol1);
                if !in_lane || c.lanjut {
                    continue;
                }
                for (pi, p) in c.paragraf().iter().enumerate() {
                    if teks_label(&p.teks) {
                        let width: f64 = t.grid.iter().skip(c.kol).take(c.span).sum();
                        out.push(LabelSel {
                            tabel: ti,
                            x: t.kiri(c.kol) + width / 2.0,
                            y: geo[ti].atas[ri] + 8.0 + 13.0 * pi as f64,
                            teks: p.teks.clone(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Whether a shape is a flowchart symbol (a step's box).
pub fn simbol(b: &Bentuk) -> bool {
    matches!(
        b.jenis,
        JenisBentuk::Terminator | JenisBentuk::Proses | JenisBentuk::Keputusan
    ) && !teks_label(&b.teks)
}

/// "Ya", "Tidak" and other branch words: a label, even in a box.
pub fn teks_label(s: &str) -> bool {
    let k = super::teks::kunci(s);
    !k.is_empty() && k.split(' ').count() <= 2 && (kelas_label(&k).is_some())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kelas {
    Ya,
    Tidak,
}

pub fn kelas_label(k: &str) -> Option<Kelas> {
    let k = super::teks::kunci(k);
    let words: Vec<&str> = k.split(' ').collect();
    let tidak = [
        "tidak", "tdk", "t", "no", "n", "tolak", "ditolak", "salah", "belum", "kurang", "revisi",
        "gagal", "tak",
    ];
    let ya = [
        "ya",
        "y",
        "yes",
        "benar",
        "setuju",
        "disetujui",
        "lengkap",
        "sesuai",
        "ok",
        "oke",
        "valid",
        "diterima",
        "terima",
        "sudah",
        "lulus",
        "layak",
        "sah",
        "cocok",
    ];
    if words
        .iter()
        .any(|w| tidak.contains(w) || w.starts_with("tidak") || w.starts_with("belum"))
    {
        Some(Kelas::Tidak)
    } else if words.iter().any(|w| ya.contains(w)) {
        Some(Kelas::Ya)
    } else {
        None
    }
}

/// Mulai/Selesai written in a terminator.
pub fn mulai_selesai(s: &str) -> bool {
    matches!(
        super::teks::kunci(s).as_str(),
        "mulai"
            | "selesai"
            | "start"
            | "end"
            | "finish"
            | "akhir"
            | "awal"
            | "stop"
            | "berakhir"
            | "tamat"
    )
}

/// A shape with its table and, when anchored in a cell, (row, grid
/// column, offset of its paragraph in the cell).
type Jangkar<'a> = (usize, Option<(usize, usize, usize)>, &'a Bentuk);

/// Places every shape of the procedure's tables. `luar` holds shapes
/// anchored outside the tables, each with the table it precedes.
pub fn taruh<'a>(
    tabel: &[(&'a Tabel, &Kepala)],
    geo: &[Geometri],
    langkah: &[BarisLangkah],
    luar: &[(usize, &'a Bentuk)],
    kertas: Kertas,
) -> Vec<Taruh<'a>> {
    let mut out = Vec::new();
    // Shapes by anchor (wadah): one transform each.
    let mut wadah: BTreeMap<usize, Vec<Jangkar<'a>>> = BTreeMap::new();
    for (ti, (t, _)) in tabel.iter().enumerate() {
        for (ri, r) in t.baris.iter().enumerate() {
            for c in &r.sel {
                let mut offset = 0.0;
                let lebar: f64 = t.grid.iter().skip(c.kol).take(c.span).sum();
                for p in c.paragraf() {
                    for b in &p.bentuk {
                        wadah.entry(b.wadah).or_default().push((
                            ti,
                            Some((ri, c.kol, offset as usize)),
                            b,
                        ));
                    }
                    offset +=
                        tinggi_paragraf(&p.teks, lebar, p.ukuran.unwrap_or(11.0).clamp(6.0, 30.0));
                }
            }
        }
    }
    for (ti, b) in luar {
        wadah.entry(b.wadah).or_default().push((*ti, None, b));
    }
    // Shapes dropped one by one but all anchored in one cell (Word keeps
    // the anchor where a shape was first drawn when it is "locked", and
    // some writers anchor everything in the first row): placed from that
    // cell their rows would hang on estimated row heights, so they are
    // aligned to the step rows together, as a group is.
    let mut units: Vec<(Vec<Jangkar<'a>>, bool)> = Vec::new();
    let mut by_cell: BTreeMap<(usize, usize, usize), Vec<Vec<Jangkar<'a>>>> = BTreeMap::new();
    for (_, shapes) in wadah {
        let (ti, anchor, first) = shapes[0];
        match anchor {
            Some((ri, kol, _))
                if !first.letak.inline
                    && matches!(
                        first.letak.rel_v,
                        Rel::Paragraf | Rel::Kolom | Rel::Karakter
                    ) =>
            {
                by_cell.entry((ti, ri, kol)).or_default().push(shapes)
            }
            _ => units.push((shapes, false)),
        }
    }
    for ((ti, ri, _), groups) in by_cell {
        let all: Vec<Jangkar<'a>> = groups.iter().flatten().copied().collect();
        let ys: Vec<(f64, f64)> = all
            .iter()
            .filter(|s| simbol(s.2))
            .map(|s| {
                let off = s.1.map_or(0.0, |a| a.2 as f64);
                (s.2.y + off, s.2.y + off + s.2.h)
            })
            .collect();
        let span = ys.iter().map(|y| y.1).fold(f64::MIN, f64::max)
            - ys.iter().map(|y| y.0).fold(f64::MAX, f64::min);
        let g = &geo[ti];
        let row_h = g.atas.get(ri + 1).copied().unwrap_or(g.bawah) - g.atas[ri];
        // One drawing (a group or canvas a page) anchored in a cell with
        // symbols on several levels: aligned to the rows level by level
        // too. Placed from its anchor, its lower symbols would hang on the
        // estimated heights of every row above them.
        let levels = tingkat(&ys.iter().map(|y| (y.0, y.1, false)).collect::<Vec<_>>()).len();
        if (ys.len() >= 3 && span > 2.5 * row_h.max(12.0)) || (groups.len() == 1 && levels >= 2) {
            units.push((all, true));
        } else {
            units.extend(groups.into_iter().map(|g| (g, false)));
        }
    }
    // The rows where drawings of several shapes (a group or canvas a
    // page) are anchored: each covers the rows down to the next one's.
    let jangkar_grup: Vec<(usize, usize)> = units
        .iter()
        .filter(|(sh, crowded)| *crowded || sh.len() >= 2)
        .filter_map(|(sh, _)| sh[0].1.map(|a| (sh[0].0, a.0)))
        .collect();
    for (shapes, crowded) in units {
        let (ti, anchor, first) = shapes[0];
        let (t, k) = tabel[ti];
        let g = &geo[ti];
        let letak = first.letak;
        // x: the reference's left edge in table coordinates.
        let x_sel =
            anchor.map(|(_, kol, _)| t.kiri(kol) + if letak.inline { MARGIN_SEL } else { 0.0 });
        let x_halaman = match letak.rel_h {
            Rel::Halaman => -(kertas.margin_kiri + t.ind),
            _ => -t.ind,
        };
        let x0 = match (x_sel, letak.rel_h) {
            (Some(x), _) if letak.inline => x,
            (Some(x), Rel::Kolom | Rel::Karakter | Rel::Paragraf) if letak.dalam_sel => x,
            // "column" outside the cell's layout (`layoutInCell="0"`, as
            // LibreOffice writes it) is measured from the page's column in
            // Word but from the cell in LibreOffice: take the reading that
            // puts more symbols in lanes.
            (Some(x), Rel::Kolom | Rel::Karakter | Rel::Paragraf) => {
                let in_lanes = |x0: f64| {
                    shapes
                        .iter()
                        .filter(|s| simbol(s.2))
                        .filter(|s| {
                            lajur_di(
                                k,
                                t,
                                x0 + s.2.x,
                                x0 + s.2.x + s.2.w,
                                x0 + s.2.x + s.2.w / 2.0,
                            )
                            .is_some_and(|l| {
                                let c = x0 + s.2.x + s.2.w / 2.0;
                                c >= t.kiri(k.lajur[l].kol0) && c < t.kiri(k.lajur[l].kol1)
                            })
                        })
                        .count()
                };
                if in_lanes(x) >= in_lanes(x_halaman) {
                    x
                } else {
                    x_halaman
                }
            }
            _ => x_halaman,
        };
        let y_known = !crowded
            && anchor.is_some()
            && (letak.inline || matches!(letak.rel_v, Rel::Paragraf | Rel::Kolom | Rel::Karakter));
        // Each shape's y from the unit's reference (its paragraph's offset
        // in the cell, for shapes gathered from one cell).
        let dy = |s: &Jangkar| {
            if crowded {
                s.1.map_or(0.0, |a| a.2 as f64)
            } else {
                0.0
            }
        };
        let symbols: Vec<(f64, f64, bool)> = shapes
            .iter()
            .filter(|s| simbol(s.2))
            .map(|s| {
                (
                    s.2.y + dy(s),
                    s.2.y + dy(s) + s.2.h,
                    mulai_selesai(&s.2.teks),
                )
            })
            .collect();
        let mut y0 = 0.0;
        let mut scale = 1.0;
        let mut ditebak = false;
        // (level, row centre) of a drawing aligned level by level.
        let mut pasangan: Vec<(f64, f64)> = Vec::new();
        if y_known {
            let (ri, _, off) = anchor.expect("known");
            y0 = g.atas[ri] + off as f64 + if letak.inline { 2.0 } else { 0.0 };
        } else if let (Some((ri, _, _)), true) = (anchor, !crowded && symbols.len() <= 2) {
            // A shape placed against the page, anchored in a cell: Word
            // keeps the anchor in the paragraph nearest the shape.
            let (min_y, max_y) = span_y(&shapes.iter().map(|s| s.2).collect::<Vec<_>>());
            y0 = g.tengah(ri) - (min_y + max_y) / 2.0;
        } else {
            // A group or canvas over the table: align its symbols' levels
            // with the step rows of this table.
            ditebak = true;
            // The step rows from the cell it is anchored in (a group a page
            // is anchored in its page's first row) down to the next
            // drawing's anchor (the next page's); else all of the table's.
            let from = anchor.map_or(0, |a| a.0);
            let until = jangkar_grup
                .iter()
                .filter(|&&(t, r)| t == ti && r > from)
                .map(|&(_, r)| r)
                .min()
                .unwrap_or(usize::MAX);
            let rows: Vec<f64> = langkah
                .iter()
                .filter(|l| l.tabel == ti && l.baris_akhir >= from && l.baris < until)
                .map(|l| {
                    (g.atas[l.baris] + g.atas.get(l.baris_akhir + 1).copied().unwrap_or(g.bawah))
                        / 2.0
                })
                .collect();
            let levels = tingkat(&symbols);
            let levels = if levels.len() > rows.len() {
                let filtered: Vec<(f64, f64, bool)> =
                    symbols.iter().copied().filter(|s| !s.2).collect();
                tingkat(&filtered)
            } else {
                levels
            };
            if let (Some(&l0), Some(&l1), Some(&r0), Some(&r1)) =
                (levels.first(), levels.last(), rows.first(), rows.last())
            {
                if levels.len() == rows.len() && levels.len() >= 2 && l1 > l0 {
                    // Each level onto its own row: rows are not all of one
                    // height (a decision's row is taller), so one scale
                    // from the first to the last put a middle level in
                    // its neighbour's row.
                    pasangan = levels.iter().copied().zip(rows.iter().copied()).collect();
                    ditebak = false;
                } else if l1 > l0 && r1 > r0 {
                    scale = (r1 - r0) / (l1 - l0);
                    y0 = r0 - l0 * scale;
                } else {
                    y0 = r0 - l0;
                }
            }
        }
        for s in &shapes {
            let b = s.2;
            let d = dy(s);
            let tx = |x: f64| x0 + x;
            let ty = |y: f64| {
                if pasangan.is_empty() {
                    y0 + (y + d) * scale
                } else {
                    sepotong(&pasangan, y + d)
                }
            };
            let titik = b
                .garis
                .as_ref()
                .map(|gr| gr.titik.iter().map(|&(x, y)| (tx(x), ty(y))).collect())
                .unwrap_or_default();
            let mut p = Taruh {
                b,
                tabel: ti,
                x: tx(b.x),
                y: ty(b.y),
                w: b.w,
                h: ty(b.y + b.h) - ty(b.y),
                titik,
                baris: None,
                lajur: None,
                ditebak,
            };
            if simbol(b) || matches!(b.jenis, JenisBentuk::OffPage | JenisBentuk::Penghubung) {
                let (cx, cy) = p.tengah();
                p.baris = g.baris_di(cy).or_else(|| anchor.map(|a| a.0));
                // Outside every lane (a writer's odd offsets): the lane of
                // the cell it is anchored in, if that is one.
                p.lajur = lajur_di(k, t, p.x, p.x + p.w, cx).or_else(|| {
                    let kol = s.1?.1;
                    k.lajur.iter().position(|l| l.kol0 <= kol && kol < l.kol1)
                });
            }
            out.push(p);
        }
    }
    out
}

/// `v` mapped piecewise linearly through the (from, to) pairs, increasing
/// in `from`; beyond the ends, at the drawing's own scale (what lies
/// above the first level or below the last, off-page connectors, keeps its
/// distance: stretched like the rows between levels, a page's last
/// connector landed in the next page's first row).
fn sepotong(pasangan: &[(f64, f64)], v: f64) -> f64 {
    let (first, last) = (pasangan[0], pasangan[pasangan.len() - 1]);
    if v <= first.0 {
        return first.1 + (v - first.0);
    }
    if v >= last.0 {
        return last.1 + (v - last.0);
    }
    let k = pasangan
        .windows(2)
        .position(|w| v < w[1].0)
        .unwrap_or(pasangan.len().saturating_sub(2));
    let (a, b) = (pasangan[k], pasangan[(k + 1).min(pasangan.len() - 1)]);
    if b.0 > a.0 {
        a.1 + (v - a.0) * (b.1 - a.1) / (b.0 - a.0)
    } else {
        a.1 + (v - a.0)
    }
}

fn span_y(shapes: &[&Bentuk]) -> (f64, f64) {
    shapes.iter().fold((f64::MAX, f64::MIN), |(a, b), s| {
        (a.min(s.y), b.max(s.y + s.h))
    })
}

/// The vertical levels of symbols (top, bottom): centres of groups that
/// overlap in y.
fn tingkat(symbols: &[(f64, f64, bool)]) -> Vec<f64> {
    let mut s: Vec<(f64, f64)> = symbols.iter().map(|b| (b.0, b.1)).collect();
    s.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut levels: Vec<(f64, f64, f64, usize)> = Vec::new(); // top, bottom, sum of centres, n
    for (top, bottom) in s {
        let c = (top + bottom) / 2.0;
        match levels.last_mut() {
            Some(l) if c < l.1 && top < (l.0 + l.1) / 2.0 + (l.1 - l.0) * 0.2 => {
                l.1 = l.1.max(bottom);
                l.2 += c;
                l.3 += 1;
            }
            _ => levels.push((top, bottom, c, 1)),
        }
    }
    levels.into_iter().map(|l| l.2 / l.3 as f64).collect()
}

/// The lane a shape spanning x0..x1 (centre cx) sits in: the one holding
/// its centre, else the one it overlaps most.
fn lajur_di(k: &Kepala, t: &Tabel, x0: f64, x1: f64, cx: f64) -> Option<usize> {
    let mut best = None;
    let mut best_overlap = 0.0;
    for (i, l) in k.lajur.iter().enumerate() {
        let a = t.kiri(l.kol0);
        let b = t.kiri(l.kol1);
        if cx >= a && cx < b {
            return Some(i);
        }
        let overlap = (x1.min(b) - x0.max(a)).max(0.0);
        if overlap > best_overlap {
            best_overlap = overlap;
            best = Some(i);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_s_levels_each_onto_its_row() {
        // Three levels of symbols; three rows, centred at 100, 140 and 240
        // (the third is a decision's, taller: 160 to 320). One scale from
        // the first level to the last put the middle level at 193, in the
        // third row; level by level it is at its own row's centre.
        let p = [(10.0, 100.0), (50.0, 140.0), (70.0, 240.0)];
        assert_eq!(sepotong(&p, 50.0), 140.0);
        assert_eq!(sepotong(&p, 30.0), 120.0);
        assert_eq!(sepotong(&p, 60.0), 190.0);
        // Beyond the ends, at the drawing's own scale.
        assert_eq!(sepotong(&p, 0.0), 90.0);
        assert_eq!(sepotong(&p, 75.0), 245.0);
    }

    #[test]
    fn labels() {
        assert_eq!(kelas_label("Ya"), Some(Kelas::Ya));
        assert_eq!(kelas_label("TIDAK"), Some(Kelas::Tidak));
        assert_eq!(kelas_label("Tidak Lengkap"), Some(Kelas::Tidak));
        assert_eq!(kelas_label("Lengkap"), Some(Kelas::Ya));
        assert_eq!(kelas_label("Tdk"), Some(Kelas::Tidak));
        assert_eq!(kelas_label("Memeriksa berkas"), None);
        assert!(teks_label("Ya"));
        assert!(!teks_label("Memeriksa kelengkapan berkas"));
        assert!(mulai_selesai("MULAI"));
        // Check marks in lane cells are not branch labels.
        assert!(!teks_label("v") && !teks_label("X") && !teks_label("√"));
    }
}
