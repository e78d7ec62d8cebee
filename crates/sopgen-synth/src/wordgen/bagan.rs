//! The flowchart's geometry: where each symbol, arrow and label goes, in
//! EMU, page by page, measured from the table's left edge and the top of
//! the page's first body row. Pure: the encodings (`gambar`) only write
//! it out.

use super::gaya::{Gaya, Sambungan};
use super::model::DokumenSop;
use super::tata::{JenisBaris, Tata};
use super::xml::{EMU_PT, EMU_TWIP};

const INCI: i64 = 914_400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bentuk {
    Terminator,
    Proses,
    Keputusan,
    /// Off-page connector (pentagon).
    Penghubung,
}

/// Connection sites, in the order of DrawingML's and VML's `rect`
/// connection points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sisi {
    Atas = 0,
    Kiri = 1,
    Bawah = 2,
    Kanan = 3,
}

#[derive(Debug, Clone)]
pub struct Simbol {
    pub bentuk: Bentuk,
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    pub halaman: usize,
    /// Row of `Tata::baris` and lane it sits in.
    pub baris: usize,
    pub lane: usize,
    pub teks: Option<String>,
}

impl Simbol {
    pub fn titik(&self, s: Sisi) -> (i64, i64) {
        match s {
            Sisi::Atas => (self.x + self.w / 2, self.y),
            Sisi::Kiri => (self.x, self.y + self.h / 2),
            Sisi::Bawah => (self.x + self.w / 2, self.y + self.h),
            Sisi::Kanan => (self.x + self.w, self.y + self.h / 2),
        }
    }
}

/// An arrow (or a joining line): an orthogonal polyline.
#[derive(Debug, Clone)]
pub struct Panah {
    pub titik: Vec<(i64, i64)>,
    pub dari: Option<(usize, Sisi)>,
    pub ke: Option<(usize, Sisi)>,
    /// An arrowhead at the end.
    pub kepala: bool,
    pub halaman: usize,
    /// Row and lane it is anchored in (its start's cell).
    pub baris: usize,
    pub lane: usize,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    pub teks: String,
    pub halaman: usize,
    pub baris: usize,
    pub lane: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Bagan {
    pub simbol: Vec<Simbol>,
    pub panah: Vec<Panah>,
    pub label: Vec<Label>,
}

/// Where each step's symbols are: (primary, others).
struct Letak {
    utama: Vec<usize>,
}

pub fn susun(dok: &DokumenSop, gaya: &Gaya, tata: &Tata) -> Bagan {
    let mut b = Bagan::default();
    let n = dok.langkah.len();
    let inset = INCI / 10;
    let gap = INCI / 10;
    let row_top = |r: usize| i64::from(tata.baris[r].y) * EMU_TWIP;
    let mut letak = Letak {
        utama: Vec::with_capacity(n),
    };
    // Symbols.
    for (i, l) in dok.langkah.iter().enumerate() {
        let r = tata.baris_langkah(i);
        let row = tata.baris[r];
        let ujung = i == 0 || i + 1 == n;
        let mut first = None;
        for (k, &lane) in l.pelaksana.iter().enumerate() {
            let (lx, lw) = tata.lane_emu(lane);
            let bentuk = if l.keputusan() && k == 0 {
                Bentuk::Keputusan
            } else if ujung && k == 0 {
                Bentuk::Terminator
            } else {
                Bentuk::Proses
            };
            let (w, h) = match bentuk {
                Bentuk::Keputusan => ((lw - 2 * inset).min(INCI * 8 / 10), INCI * 48 / 100),
                Bentuk::Terminator => ((lw - 2 * inset).min(INCI), INCI * 30 / 100),
                _ => ((lw - 2 * inset).min(INCI), INCI * 32 / 100),
            };
            let teks = match (&gaya.teks_terminator, bentuk) {
                (Some((mulai, _)), Bentuk::Terminator) if i == 0 => Some(mulai.clone()),
                (Some((_, selesai)), Bentuk::Terminator) => Some(selesai.clone()),
                _ => None,
            };
            b.simbol.push(Simbol {
                bentuk,
                x: lx + (lw - w) / 2,
                y: row_top(r) + i64::from(row.atas) * EMU_TWIP + gap,
                w,
                h,
                halaman: row.halaman,
                baris: r,
                lane,
                teks,
            });
            let id = b.simbol.len() - 1;
            if first.is_none() {
                first = Some(id);
            }
        }
        letak.utama.push(first.expect("a step has an actor"));
    }
    // Lines joining the symbols of a step with several actors.
    for (i, l) in dok.langkah.iter().enumerate() {
        if l.pelaksana.len() < 2 {
            continue;
        }
        let p = letak.utama[i];
        let mut others: Vec<usize> = (1..l.pelaksana.len()).map(|k| p + k).collect();
        others.sort_by_key(|&s| (b.simbol[s].x - b.simbol[p].x).abs());
        let mut last_left = p;
        let mut last_right = p;
        for s in others {
            let from = if b.simbol[s].x > b.simbol[p].x {
                std::mem::replace(&mut last_right, s)
            } else {
                std::mem::replace(&mut last_left, s)
            };
            let (fs, ts) = if b.simbol[s].x > b.simbol[from].x {
                (Sisi::Kanan, Sisi::Kiri)
            } else {
                (Sisi::Kiri, Sisi::Kanan)
            };
            let a = b.simbol[from].titik(fs);
            let z = b.simbol[s].titik(ts);
            let sym = &b.simbol[from];
            b.panah.push(Panah {
                titik: vec![a, (z.0, a.1)],
                dari: Some((from, fs)),
                ke: Some((s, ts)),
                kepala: false,
                halaman: sym.halaman,
                baris: sym.baris,
                lane: sym.lane,
            });
        }
    }
    // The flow.
    let mut huruf = b'A';
    let mut penghubung_dipakai: Vec<(usize, usize, usize)> = Vec::new(); // (row, lane, count)
    for i in 0..n {
        let l = &dok.langkah[i];
        let exits = dok.keluar(i);
        let src = letak.utama[i];
        let lain = b.simbol[src + 1..src + l.pelaksana.len()].to_vec();
        let tidak_sisi = l
            .tidak
            .map(|t| sisi_bebas(&b.simbol[src], &lain, sisi_untuk(&b, src, letak.utama[t])));
        for (target, branch) in exits {
            let dst = letak.utama[target];
            let s = b.simbol[src].clone();
            let d = b.simbol[dst].clone();
            let label_teks = match branch {
                "ya" => Some(l.label_ya.clone().unwrap_or_else(|| gaya.label.ya.clone())),
                "tidak" => Some(
                    l.label_tidak
                        .clone()
                        .unwrap_or_else(|| gaya.label.tidak.clone()),
                ),
                _ => None,
            };
            let next_row = target == i + 1 && d.halaman == s.halaman;
            if s.halaman == d.halaman {
                let (pts, fs, ts, from) = if next_row && branch != "tidak" {
                    let (pts, fs, ts) = turun(&s, &d);
                    (pts, fs, ts, src)
                } else {
                    let side = if branch == "tidak" {
                        tidak_sisi.unwrap_or(Sisi::Kanan)
                    } else if tidak_sisi == Some(Sisi::Kanan) {
                        Sisi::Kiri
                    } else if tidak_sisi == Some(Sisi::Kiri) {
                        Sisi::Kanan
                    } else {
                        sisi_bebas(&b.simbol[src], &lain, sisi_untuk(&b, src, dst))
                    };
                    let from = keluar_dari(&b, src, l.pelaksana.len(), side);
                    let (pts, fs, ts) = samping(tata, &b.simbol[from], &d, side);
                    (pts, fs, ts, from)
                };
                if let Some(t) = label_teks {
                    b.label.push(label_di(&s, fs, t, pts[0], tidak_sisi));
                }
                b.panah.push(Panah {
                    titik: pts,
                    dari: Some((from, fs)),
                    ke: Some((dst, ts)),
                    kepala: true,
                    halaman: s.halaman,
                    baris: s.baris,
                    lane: s.lane,
                });
                continue;
            }
            // Across pages: a pair of off-page connectors with one letter.
            let letter = (huruf as char).to_string();
            huruf = if huruf == b'Z' { b'A' } else { huruf + 1 };
            let down = d.halaman > s.halaman;
            let src_row = zona(tata, s.halaman, !down);
            let dst_row = zona(tata, d.halaman, down);
            let a = penghubung_di(
                tata,
                &mut penghubung_dipakai,
                src_row,
                s.lane,
                !down,
                &letter,
            );
            let z = penghubung_di(
                tata,
                &mut penghubung_dipakai,
                dst_row,
                d.lane,
                down,
                &letter,
            );
            b.simbol.push(a);
            let ai = b.simbol.len() - 1;
            b.simbol.push(z);
            let zi = b.simbol.len() - 1;
            let a = b.simbol[ai].clone();
            let z = b.simbol[zi].clone();
            // Source to its connector.
            let (pts, fs, ts, from) = if down
                && branch != "tidak"
                && a.lane == s.lane
                && tata.baris_langkah(i) + 1 == a.baris
            {
                let (pts, fs, ts) = turun(&s, &a);
                (pts, fs, ts, src)
            } else {
                // A decision's other branch leaves by the other side, as on
                // one page: two arrows out of one corner, their labels on
                // top of each other, is not how anyone draws it.
                let side = if branch == "tidak" {
                    tidak_sisi.unwrap_or(Sisi::Kanan)
                } else if tidak_sisi == Some(Sisi::Kanan) {
                    Sisi::Kiri
                } else if tidak_sisi == Some(Sisi::Kiri) {
                    Sisi::Kanan
                } else {
                    sisi_bebas(&b.simbol[src], &lain, sisi_untuk(&b, src, ai))
                };
                let from = keluar_dari(&b, src, l.pelaksana.len(), side);
                let (pts, fs, ts) = samping(tata, &b.simbol[from], &a, side);
                (pts, fs, ts, from)
            };
            if let Some(t) = label_teks {
                b.label.push(label_di(&s, fs, t, pts[0], tidak_sisi));
            }
            b.panah.push(Panah {
                titik: pts,
                dari: Some((from, fs)),
                ke: Some((ai, ts)),
                kepala: true,
                halaman: s.halaman,
                baris: s.baris,
                lane: s.lane,
            });
            // Connector to the target.
            let (pts, fs, ts) = if down && z.lane == d.lane && z.baris + 1 == d.baris {
                turun(&z, &d)
            } else {
                // By the side whose legs cross no other symbol (the
                // connector beside it in its row, most often).
                let side = sisi_untuk(&b, zi, dst);
                let (pts, fs, ts) = samping(tata, &z, &d, side);
                let lain = if side == Sisi::Kanan {
                    Sisi::Kiri
                } else {
                    Sisi::Kanan
                };
                let (pts2, fs2, ts2) = samping(tata, &z, &d, lain);
                if !bersih(&b, z.halaman, &pts, [zi, dst])
                    && bersih(&b, z.halaman, &pts2, [zi, dst])
                {
                    (pts2, fs2, ts2)
                } else {
                    (pts, fs, ts)
                }
            };
            b.panah.push(Panah {
                titik: pts,
                dari: Some((zi, fs)),
                ke: Some((dst, ts)),
                kepala: true,
                halaman: z.halaman,
                baris: z.baris,
                lane: z.lane,
            });
        }
    }
    if gaya.sambungan != Sambungan::Terikat {
        for p in &mut b.panah {
            p.dari = None;
            p.ke = None;
        }
    }
    b
}

/// The side a side-route leaves `a` by and enters `b` by: towards the
/// lane of `b`, the right when they share one.
fn sisi_untuk(b: &Bagan, a: usize, z: usize) -> Sisi {
    if b.simbol[z].lane < b.simbol[a].lane {
        Sisi::Kiri
    } else {
        Sisi::Kanan
    }
}

/// `side`, unless the step's other symbols (`lain`, joined to `s` across
/// its row) are on that side and none on the other: an arrow leaving that
/// way would run through them.
fn sisi_bebas(s: &Simbol, lain: &[Simbol], side: Sisi) -> Sisi {
    let kanan = lain.iter().any(|o| o.x > s.x);
    let kiri = lain.iter().any(|o| o.x < s.x);
    match side {
        Sisi::Kanan if kanan && !kiri => Sisi::Kiri,
        Sisi::Kiri if kiri && !kanan => Sisi::Kanan,
        side => side,
    }
}

/// Whether an orthogonal route on page `halaman` keeps clear of every
/// symbol there but its two ends.
fn bersih(b: &Bagan, halaman: usize, pts: &[(i64, i64)], ujung: [usize; 2]) -> bool {
    let inset = EMU_PT;
    b.simbol
        .iter()
        .enumerate()
        .filter(|(k, s)| s.halaman == halaman && !ujung.contains(k))
        .all(|(_, s)| {
            let (x0, x1, y0, y1) = (
                s.x + inset,
                s.x + s.w - inset,
                s.y + inset,
                s.y + s.h - inset,
            );
            pts.windows(2).all(|w| {
                let (ax, bx) = (w[0].0.min(w[1].0), w[0].0.max(w[1].0));
                let (ay, by) = (w[0].1.min(w[1].1), w[0].1.max(w[1].1));
                bx < x0 || ax > x1 || by < y0 || ay > y1
            })
        })
}

/// The symbol of step `src` (its primary symbol and the `n - 1` after it)
/// an arrow leaving by `side` starts from: the outermost on that side, so
/// that it does not run through the step's own symbols joined across the
/// row (a decision of two actors whose branches need both sides).
fn keluar_dari(b: &Bagan, src: usize, n: usize, side: Sisi) -> usize {
    let step = src..src + n;
    match side {
        Sisi::Kanan => step.max_by_key(|&k| b.simbol[k].x),
        Sisi::Kiri => step.min_by_key(|&k| b.simbol[k].x),
        _ => None,
    }
    .unwrap_or(src)
}

/// Down from `s` into `d` in the next row: straight, or down-across-down.
fn turun(s: &Simbol, d: &Simbol) -> (Vec<(i64, i64)>, Sisi, Sisi) {
    let a = s.titik(Sisi::Bawah);
    let z = d.titik(Sisi::Atas);
    let pts = if (a.0 - z.0).abs() < 2 {
        vec![a, (a.0, z.1)]
    } else {
        let ym = (a.1 + z.1) / 2;
        vec![a, (a.0, ym), (z.0, ym), z]
    };
    (pts, Sisi::Bawah, Sisi::Atas)
}

/// Out of `s`'s side, along a channel at the edge of the lanes, into `d`'s
/// same side: for returns, jumps and anything not in the next row.
fn samping(tata: &Tata, s: &Simbol, d: &Simbol, side: Sisi) -> (Vec<(i64, i64)>, Sisi, Sisi) {
    let a = s.titik(side);
    let z = d.titik(side);
    let inset = INCI / 20;
    let (sl, sw) = tata.lane_emu(s.lane);
    let (dl, dw) = tata.lane_emu(d.lane);
    let cx = match side {
        Sisi::Kanan => (sl + sw).max(dl + dw) - inset,
        _ => sl.min(dl) + inset,
    };
    (vec![a, (cx, a.1), (cx, z.1), z], side, side)
}

/// The row holding off-page connectors at the top (`atas`) or bottom of
/// page `p`.
fn zona(tata: &Tata, p: usize, atas: bool) -> usize {
    let rows: Vec<usize> = tata.baris_halaman(p).collect();
    if atas {
        rows[0]
    } else {
        *rows.last().expect("a page has rows")
    }
}

/// An off-page connector for a crossing out of (or into) `lane`, in row
/// `r`: in that lane, or, when another connector is there already, in the
/// nearest lane free in that row (side by side in one lane they overflow a
/// narrow lane, onto the arrows running down its edge); side by side only
/// when every lane has one.
fn penghubung_di(
    tata: &Tata,
    dipakai: &mut Vec<(usize, usize, usize)>,
    r: usize,
    lane: usize,
    atas: bool,
    letter: &str,
) -> Simbol {
    let row = tata.baris[r];
    let size = INCI * 30 / 100;
    let lanes = tata
        .kolom
        .iter()
        .filter(|k| matches!(k, super::tata::Kolom::Lane(_)))
        .count();
    let free = |l: usize, d: &Vec<(usize, usize, usize)>| {
        !d.iter().any(|(rr, ll, _)| *rr == r && *ll == l)
    };
    let lane = (0..lanes)
        .flat_map(|k| [lane.checked_sub(k), Some(lane + k)])
        .flatten()
        .filter(|&l| l < lanes)
        .find(|&l| free(l, dipakai))
        .unwrap_or(lane);
    let count = match dipakai
        .iter_mut()
        .find(|(rr, ll, _)| *rr == r && *ll == lane)
    {
        Some(e) => {
            e.2 += 1;
            e.2 - 1
        }
        None => {
            dipakai.push((r, lane, 1));
            0
        }
    };
    let (lx, lw) = tata.lane_emu(lane);
    let top = i64::from(row.y) * EMU_TWIP;
    let y = match row.jenis {
        JenisBaris::Penghubung => top + (i64::from(row.tinggi) * EMU_TWIP - size) / 2,
        JenisBaris::Langkah(_) if atas => top + (i64::from(row.atas) * EMU_TWIP - size) / 2,
        JenisBaris::Langkah(_) => {
            top + i64::from(row.tinggi - row.bawah) * EMU_TWIP
                + (i64::from(row.bawah) * EMU_TWIP - size) / 2
        }
    };
    Simbol {
        bentuk: Bentuk::Penghubung,
        x: lx + (lw - size) / 2 + count as i64 * (size + INCI / 20),
        y,
        w: size,
        h: size,
        halaman: row.halaman,
        baris: r,
        lane,
        teks: Some(letter.to_string()),
    }
}

/// A branch label near where the arrow leaves the diamond. A label on the
/// arrow leaving the bottom goes on the side away from the other branch
/// (`tidak_sisi`), as people place it: not over the arrow that branch
/// draws down the lane.
fn label_di(
    s: &Simbol,
    side: Sisi,
    teks: String,
    at: (i64, i64),
    tidak_sisi: Option<Sisi>,
) -> Label {
    let w = (teks.chars().count() as i64 * 5 * EMU_PT + 10 * EMU_PT).max(26 * EMU_PT);
    let h = 15 * EMU_PT;
    let (x, y) = match side {
        Sisi::Bawah if tidak_sisi == Some(Sisi::Kanan) => {
            (at.0 - w - EMU_PT * 2, at.1 - EMU_PT * 2)
        }
        Sisi::Bawah => (at.0 + EMU_PT * 2, at.1 - EMU_PT * 2),
        Sisi::Kanan => (at.0 + EMU_PT, at.1 - h),
        Sisi::Kiri => (at.0 - w - EMU_PT, at.1 - h),
        Sisi::Atas => (at.0 + EMU_PT * 2, at.1 - h),
    };
    Label {
        x,
        y,
        w,
        h,
        teks,
        halaman: s.halaman,
        baris: s.baris,
        lane: s.lane,
    }
}
