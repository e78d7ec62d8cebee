//! From placed shapes to the flow: each step's actors (the lanes its
//! symbols sit in), decisions and where "Tidak" goes (connectors by their
//! glued ends or their end points, chains of plain line segments, arrows
//! through off-page connectors, "Ya"/"Tidak" text near the exits), and the
//! arrows that jump (`lanjut`).

use std::collections::{BTreeSet, HashMap};

use super::bagan::{Kelas, LabelSel, Taruh, kelas_label, mulai_selesai, simbol, teks_label};
use super::bentuk::JenisBentuk;
use super::prosedur::BarisLangkah;
use super::teks::{kunci, kutip, satu_baris};

#[derive(Debug, Default, Clone)]
pub struct Keputusan {
    pub tidak: Option<usize>,
    pub ya: Option<usize>,
    pub label_ya: Option<String>,
    pub label_tidak: Option<String>,
}

#[derive(Debug, Default)]
pub struct Alur {
    /// Per step: the lanes (procedure-wide) of its symbols, in lane order.
    pub lajur: Vec<Vec<usize>>,
    pub keputusan: Vec<Option<Keputusan>>,
    pub lanjut: Vec<Option<usize>>,
    pub catatan: Vec<String>,
    /// Any symbol was found at all.
    pub ada_simbol: bool,
}

/// A node of the flow graph: a step's symbol or a connector.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Simpul {
    Langkah(usize),
    Penghubung(usize),
    Abaikan,
}

const TOLERANSI: f64 = 7.0;

fn jarak_kotak(p: (f64, f64), s: &Taruh) -> f64 {
    let dx = (s.x - p.0).max(p.0 - (s.x + s.w)).max(0.0);
    let dy = (s.y - p.1).max(p.1 - (s.y + s.h)).max(0.0);
    (dx * dx + dy * dy).sqrt()
}

/// The unit vector from `a` to `b` ((0, 0) when they are one point).
fn arah(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-9 {
        (0.0, 0.0)
    } else {
        (dx / len, dy / len)
    }
}

fn jarak_segmen(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (qx, qy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - qx).powi(2) + (p.1 - qy).powi(2)).sqrt()
}

/// `map[t][l]`: the procedure-wide lane of lane `l` of table `t`.
/// A branch word placed in the table: a label shape, a connector's text,
/// or text typed into a lane cell.
struct Lbl {
    tabel: usize,
    c: (f64, f64),
    kelas: Kelas,
    teks: String,
    /// The shape it is, when it is one.
    sumber: Option<usize>,
}

pub fn alur(
    shapes: &[Taruh],
    langkah: &[BarisLangkah],
    map: &[Vec<usize>],
    sel_labels: &[LabelSel],
) -> Alur {
    let n = langkah.len();
    let mut a = Alur {
        lajur: vec![Vec::new(); n],
        keputusan: vec![None; n],
        lanjut: vec![None; n],
        ..Alur::default()
    };
    let step_of = |ti: usize, row: usize| {
        langkah
            .iter()
            .position(|l| l.tabel == ti && l.baris <= row && row <= l.baris_akhir)
    };
    // Symbols to steps.
    let mut simpul: Vec<Option<Simpul>> = vec![None; shapes.len()];
    let mut per_step: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in shapes.iter().enumerate() {
        if matches!(s.b.jenis, JenisBentuk::OffPage | JenisBentuk::Penghubung) {
            simpul[i] = Some(Simpul::Penghubung(i));
            continue;
        }
        if !simbol(s.b) {
            continue;
        }
        a.ada_simbol = true;
        let step = s.baris.and_then(|r| step_of(s.tabel, r));
        match (step, s.lajur) {
            (Some(st), Some(_)) => per_step[st].push(i),
            _ => {
                simpul[i] = Some(Simpul::Abaikan);
                if !mulai_selesai(&s.b.teks) && !s.b.teks.trim().is_empty() {
                    a.catatan.push(format!(
                        "Bagan alir: simbol {} tidak berada di baris langkah atau kolom pelaksana mana pun; diabaikan.",
                        kutip(&s.b.teks)
                    ));
                }
            }
        }
    }
    for (st, syms) in per_step.iter_mut().enumerate() {
        // A Mulai/Selesai capsule drawn in the lane of the step's own box
        // is decoration; in a lane of its own it is the step's symbol for
        // that actor (the last step of two actors: "Selesai" in one lane,
        // a box joined to it in the other).
        let hiasan = |i: usize| {
            shapes[i].b.jenis == JenisBentuk::Terminator && mulai_selesai(&shapes[i].b.teks)
        };
        let lanes_box: Vec<Option<usize>> = syms
            .iter()
            .filter(|&&i| !hiasan(i))
            .map(|&i| shapes[i].lajur)
            .collect();
        if !lanes_box.is_empty() {
            syms.retain(|&i| {
                let keep = !hiasan(i)
                    || (shapes[i].lajur.is_some() && !lanes_box.contains(&shapes[i].lajur));
                if !keep {
                    simpul[i] = Some(Simpul::Abaikan);
                }
                keep
            });
        }
        let mut lanes: BTreeSet<usize> = BTreeSet::new();
        for &i in syms.iter() {
            simpul[i] = Some(Simpul::Langkah(st));
            let s = &shapes[i];
            if let Some(l) = s.lajur {
                lanes.insert(map[s.tabel].get(l).copied().unwrap_or(l));
            }
        }
        a.lajur[st] = lanes.into_iter().collect();
    }
    if !a.ada_simbol {
        return a;
    }
    let edges = sambungan(shapes, &simpul);
    // Through connectors: an arrow into "A" continues out of every "A".
    let label_of = |i: usize| kunci(&shapes[i].b.teks);
    let mut keluar: HashMap<usize, Vec<(usize, usize)>> = HashMap::new(); // from node → (to node, edge)
    for (e, ed) in edges.iter().enumerate() {
        keluar.entry(ed.dari).or_default().push((ed.ke, e));
    }
    let langkah_dari = |node: usize, depth: usize, seen: &mut Vec<usize>| -> Vec<usize> {
        fn go(
            node: usize,
            depth: usize,
            seen: &mut Vec<usize>,
            simpul: &[Option<Simpul>],
            keluar: &HashMap<usize, Vec<(usize, usize)>>,
            label_of: &dyn Fn(usize) -> String,
        ) -> Vec<usize> {
            match simpul[node] {
                Some(Simpul::Langkah(st)) => vec![st],
                Some(Simpul::Penghubung(_)) if depth < 6 && !seen.contains(&node) => {
                    seen.push(node);
                    let lab = label_of(node);
                    let mut out = Vec::new();
                    for (other, sp) in simpul.iter().enumerate() {
                        let same = other == node
                            || (!lab.is_empty()
                                && matches!(sp, Some(Simpul::Penghubung(_)))
                                && label_of(other) == lab);
                        if same {
                            for &(to, _) in keluar.get(&other).map_or(&[][..], |v| v.as_slice()) {
                                if to != node {
                                    out.extend(go(to, depth + 1, seen, simpul, keluar, label_of));
                                }
                            }
                        }
                    }
                    out
                }
                _ => Vec::new(),
            }
        }
        go(node, depth, seen, &simpul, &keluar, &label_of)
    };
    // Exits of each step, with the edge's start for labels.
    let mut exits: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n]; // (target step, edge)
    for (e, ed) in edges.iter().enumerate() {
        let Some(Simpul::Langkah(from)) = simpul[ed.dari] else {
            continue;
        };
        for to in langkah_dari(ed.ke, 0, &mut Vec::new()) {
            if to != from && !exits[from].iter().any(|x| x.0 == to) {
                exits[from].push((to, e));
            }
        }
    }
    // Labels: "Ya"/"Tidak" text boxes and connectors' own text.
    // Labels: "Ya"/"Tidak" text boxes, connectors' own text, and the words
    // typed into the lane cells beside a diamond.
    let mut labels: Vec<Lbl> = shapes
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            !s.b.teks.trim().is_empty()
                && teks_label(&s.b.teks)
                && matches!(
                    s.b.jenis,
                    JenisBentuk::Label
                        | JenisBentuk::Proses
                        | JenisBentuk::Garis
                        | JenisBentuk::Terminator
                )
        })
        .filter_map(|(i, s)| {
            kelas_label(&s.b.teks).map(|k| Lbl {
                tabel: s.tabel,
                c: s.tengah(),
                kelas: k,
                teks: satu_baris(&s.b.teks),
                sumber: Some(i),
            })
        })
        .collect();
    labels.extend(sel_labels.iter().filter_map(|l| {
        kelas_label(&l.teks).map(|k| Lbl {
            tabel: l.tabel,
            c: (l.x, l.y),
            kelas: k,
            teks: satu_baris(&l.teks),
            sumber: None,
        })
    }));
    for st in 0..n {
        let decision = per_step[st]
            .iter()
            .find(|&&i| shapes[i].b.jenis == JenisBentuk::Keputusan)
            .copied();
        let no = langkah[st].no.unwrap_or(st as u32 + 1);
        let tempat = format!(
            "{}, baris {}",
            langkah[st].tabel_nama,
            langkah[st].baris + 1
        );
        let ex = &exits[st];
        let Some(d) = decision else {
            let targets: Vec<usize> = ex.iter().map(|x| x.0).collect();
            match targets.as_slice() {
                [] => {}
                [t] if *t == st + 1 => {}
                [t] => a.lanjut[st] = Some(*t),
                _ => {
                    let jumps: Vec<usize> =
                        targets.iter().copied().filter(|&t| t != st + 1).collect();
                    a.catatan.push(format!(
                        "{tempat}: langkah {no} bukan simbol keputusan tetapi punya {} panah keluar (ke langkah {}); periksa apakah langkah ini seharusnya keputusan.",
                        targets.len(),
                        targets.iter().map(|t| langkah[*t].no.unwrap_or(*t as u32 + 1).to_string()).collect::<Vec<_>>().join(", ")
                    ));
                    if jumps.len() == 1 && !targets.contains(&(st + 1)) {
                        a.lanjut[st] = Some(jumps[0]);
                    }
                }
            }
            continue;
        };
        // Each label goes to the nearest exit of the nearest decision: the
        // closest (label, exit) pairs first, one label an exit, so that a
        // label drawn near two arrows leaves the nearer one to the label
        // that is nearer still.
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new(); // (distance, label, exit)
        for (li, l) in labels.iter().enumerate() {
            let c = l.c;
            // Near the decision: its diamond, or a symbol joined to it (a
            // decision of two actors whose branch leaves from the other
            // one, its label there).
            let dekat = per_step[st]
                .iter()
                .filter(|&&i| shapes[i].tabel == l.tabel)
                .map(|&i| jarak_kotak(c, &shapes[i]))
                .fold(f64::MAX, f64::min);
            if l.tabel != shapes[d].tabel || dekat > 90.0 {
                continue;
            }
            let nearer_decision = per_step.iter().enumerate().any(|(o, syms)| {
                o != st
                    && syms.iter().any(|&i| {
                        shapes[i].b.jenis == JenisBentuk::Keputusan
                            && shapes[i].tabel == l.tabel
                            && jarak_kotak(c, &shapes[i]) < dekat
                    })
            });
            if nearer_decision {
                continue;
            }
            for (xi, &(_, e)) in ex.iter().enumerate() {
                let dist = if Some(edges[e].sumber) == l.sumber {
                    0.0
                } else {
                    edges[e]
                        .titik
                        .windows(2)
                        .map(|w| jarak_segmen(c, w[0], w[1]))
                        .fold(f64::MAX, f64::min)
                };
                pairs.push((dist, li, xi));
            }
        }
        pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut kelas: Vec<Option<(Kelas, String)>> = vec![None; ex.len()];
        let mut label_dipakai = vec![false; labels.len()];
        for (_, li, xi) in pairs {
            if label_dipakai[li] || kelas[xi].is_some() {
                continue;
            }
            label_dipakai[li] = true;
            kelas[xi] = Some((labels[li].kelas, labels[li].teks.clone()));
        }
        let mut kep = Keputusan::default();
        let mut ditebak = false;
        let tidak_x = kelas
            .iter()
            .position(|k| matches!(k, Some((Kelas::Tidak, _))));
        let ya_x = kelas.iter().position(|k| matches!(k, Some((Kelas::Ya, _))));
        match (ex.len(), tidak_x, ya_x) {
            (0, _, _) => {
                a.catatan.push(format!(
                    "{tempat}: langkah {no} digambar sebagai keputusan, tetapi panah keluarnya tidak terbaca; ditulis sebagai langkah biasa. Isi `tidak` sendiri."
                ));
                continue;
            }
            (_, Some(t), y) => {
                kep.tidak = Some(ex[t].0);
                let y = y.or_else(|| (ex.len() == 2).then_some(1 - t));
                if let Some(y) = y {
                    kep.ya = Some(ex[y].0).filter(|&to| to != st + 1);
                }
            }
            (2, None, Some(y)) => {
                kep.tidak = Some(ex[1 - y].0);
                kep.ya = Some(ex[y].0).filter(|&to| to != st + 1);
            }
            (1, None, Some(_)) => {
                a.catatan.push(format!(
                    "{tempat}: langkah {no} digambar sebagai keputusan, tetapi hanya cabang \"Ya\" yang terbaca; ditulis sebagai langkah biasa. Isi `tidak` sendiri."
                ));
                if ex[0].0 != st + 1 {
                    a.lanjut[st] = Some(ex[0].0);
                }
                continue;
            }
            (_, None, None) => {
                ditebak = true;
                let other: Vec<usize> = ex.iter().map(|x| x.0).filter(|&t| t != st + 1).collect();
                match other.as_slice() {
                    [t] => kep.tidak = Some(*t),
                    [] => {
                        a.catatan.push(format!(
                            "{tempat}: langkah {no} digambar sebagai keputusan, tetapi hanya ada panah ke langkah berikutnya; ditulis sebagai langkah biasa. Isi `tidak` sendiri."
                        ));
                        continue;
                    }
                    more => {
                        // The arrow going back is the usual "Tidak".
                        kep.tidak = more
                            .iter()
                            .copied()
                            .filter(|&t| t < st)
                            .max()
                            .or(Some(more[0]));
                    }
                }
            }
            _ => {}
        }
        let custom = |k: Kelas, text: &str| {
            let w = kunci(text);
            let default = match k {
                Kelas::Ya => w == "ya",
                Kelas::Tidak => w == "tidak",
            };
            (!default).then(|| text.to_string())
        };
        for (k, text) in kelas.iter().flatten() {
            match k {
                Kelas::Ya => kep.label_ya = custom(*k, text),
                Kelas::Tidak => kep.label_tidak = custom(*k, text),
            }
        }
        if ditebak {
            let to = kep
                .tidak
                .map_or(0, |t| langkah[t].no.unwrap_or(t as u32 + 1));
            a.catatan.push(format!(
                "{tempat}: keputusan langkah {no} tanpa tulisan \"Ya\"/\"Tidak\" di dekat panahnya; cabang \"Tidak\" ditebak ke langkah {to} (panah yang tidak menuju langkah berikutnya)."
            ));
        }
        a.keputusan[st] = Some(kep);
    }
    a
}

/// An arrow between two nodes (shape indices), oriented.
struct Sambungan {
    dari: usize,
    ke: usize,
    /// The line shape the edge starts from (for its own text).
    sumber: usize,
    /// Points from `dari` to `ke`.
    titik: Vec<(f64, f64)>,
}

/// The arrows: lines attached to nodes at both ends, through chains of
/// segments, oriented by arrowheads (else from the earlier step, or out of
/// a decision).
fn sambungan(shapes: &[Taruh], simpul: &[Option<Simpul>]) -> Vec<Sambungan> {
    let id_of: HashMap<&str, usize> = shapes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.b.id.as_deref().map(|id| (id, i)))
        .collect();
    let nodes: Vec<usize> = (0..shapes.len()).filter(|&i| simpul[i].is_some()).collect();
    let lines: Vec<usize> = (0..shapes.len())
        .filter(|&i| shapes[i].b.garis.is_some() && shapes[i].titik.len() >= 2)
        .collect();
    let dist = |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    // The distance from a line's end `p` to the nearest end of another
    // line, leaving out the lines joined to its other end `q` (a piece
    // shorter than the tolerance would otherwise find, beside its end, the
    // piece it comes from).
    let ujung_lain = |li: usize, p: (f64, f64), q: (f64, f64)| -> f64 {
        lines
            .iter()
            .filter(|&&l| l != li && shapes[l].tabel == shapes[li].tabel)
            .map(|&l| {
                let t = &shapes[l].titik;
                [t[0], *t.last().expect("two points")]
            })
            .filter(|e| dist(e[0], q) > 0.5 && dist(e[1], q) > 0.5)
            .flatten()
            .map(|e| dist(p, e))
            .fold(f64::MAX, f64::min)
    };
    // Across, shapes sit where the table's grid says; down, rows are as
    // tall as their text is estimated to be, which can be off by a line
    // or so a row: an arrow drawn from one row into a symbol rows below
    // may end that much above or below it. So a line's end is measured
    // to a node with its vertical distance counted less.
    let jarak_ujung = |p: (f64, f64), s: &Taruh| {
        let dx = (s.x - p.0).max(p.0 - (s.x + s.w)).max(0.0);
        let dy = (s.y - p.1).max(p.1 - (s.y + s.h)).max(0.0) / 2.5;
        (dx * dx + dy * dy).sqrt()
    };
    // A line drawn inside a group or canvas (one drawing of several
    // shapes) joins shapes of that drawing: placed by estimates, one page's
    // drawing can overlap the next one's where the page breaks, their
    // off-page connectors on top of each other.
    let wadah_simpul: BTreeSet<usize> = nodes.iter().map(|&i| shapes[i].b.wadah).collect();
    let sewadah = |a: usize, b: usize| {
        let w = shapes[a].b.wadah;
        !wadah_simpul.contains(&w) || shapes[b].b.wadah == w
    };
    // The node a line's end is on, if it is near one: unless another
    // line's end is nearer still, where the arrow goes on in a segment
    // of its own (an elbow drawn as pieces, its leg in a channel a few
    // points beside the symbol).
    let node_at = |li: usize, p: (f64, f64), q: (f64, f64), tabel: usize| -> Option<usize> {
        let (node, d) = nodes
            .iter()
            .copied()
            .filter(|&i| shapes[i].tabel == tabel && sewadah(li, i))
            .map(|i| (i, jarak_ujung(p, &shapes[i])))
            .filter(|(i, d)| *d <= TOLERANSI + 0.15 * shapes[*i].w.min(shapes[*i].h))
            .min_by(|a, b| a.1.total_cmp(&b.1))?;
        (ujung_lain(li, p, q) + 0.5 >= d).then_some(node)
    };
    // Each line's ends: a node, or free.
    let mut ends: HashMap<usize, [Option<usize>; 2]> = HashMap::new();
    for &li in &lines {
        let s = &shapes[li];
        let g = s.b.garis.as_ref().expect("line");
        let a = g
            .dari
            .as_deref()
            .and_then(|id| id_of.get(id).copied())
            .filter(|i| simpul[*i].is_some());
        let b =
            g.ke.as_deref()
                .and_then(|id| id_of.get(id).copied())
                .filter(|i| simpul[*i].is_some());
        let p0 = s.titik[0];
        let p1 = *s.titik.last().expect("two points");
        ends.insert(
            li,
            [
                a.or_else(|| node_at(li, p0, p1, s.tabel)),
                b.or_else(|| node_at(li, p1, p0, s.tabel)),
            ],
        );
    }
    // Chains: join free ends that touch.
    let mut out = Vec::new();
    let mut used: BTreeSet<usize> = BTreeSet::new();
    for &li in &lines {
        if used.contains(&li) {
            continue;
        }
        // Walk both ways from this segment.
        let mut chain: Vec<(usize, bool)> = vec![(li, false)]; // (line, reversed)
        used.insert(li);
        for dir in [true, false] {
            loop {
                let &(cur, rev) = if dir {
                    chain.last().expect("one")
                } else {
                    chain.first().expect("one")
                };
                let s = &shapes[cur];
                let e = ends[&cur];
                // The end we extend from.
                let at_end = dir != rev;
                let (pt, node) = if at_end {
                    (*s.titik.last().expect("pts"), e[1])
                } else {
                    (s.titik[0], e[0])
                };
                if node.is_some() {
                    break;
                }
                // The direction the chain arrives at `pt` in.
                let masuk = {
                    let t = &s.titik;
                    let (a, b) = if at_end {
                        (t[t.len() - 2], t[t.len() - 1])
                    } else {
                        (t[1], t[0])
                    };
                    arah(a, b)
                };
                // The next piece: the one whose end is nearest (a short
                // piece has both ends within reach: the one that touches,
                // not the first one tried); never one turning back the way
                // the chain came; and where arrows meet, one running on and
                // one turning off (two arrows into one side of a symbol
                // share their last leg), the one that ends in an arrowhead,
                // finishing the arrow.
                let calon: Vec<(usize, bool, f64, bool)> = lines
                    .iter()
                    .copied()
                    .filter(|l| {
                        !used.contains(l) && shapes[*l].tabel == s.tabel && sewadah(cur, *l)
                    })
                    .flat_map(|l| {
                        let t = &shapes[l].titik;
                        let n = t.len();
                        let g = shapes[l].b.garis.as_ref().expect("line");
                        [
                            (l, false, dist(t[0], pt), arah(t[0], t[1]), g.panah_akhir),
                            (
                                l,
                                true,
                                dist(t[n - 1], pt),
                                arah(t[n - 1], t[n - 2]),
                                g.panah_awal,
                            ),
                        ]
                    })
                    .filter(|c| c.2 <= TOLERANSI)
                    .filter(|c| masuk.0 * c.3.0 + masuk.1 * c.3.1 > -0.9)
                    .map(|c| (c.0, c.1, c.2, c.4))
                    .collect();
                let terdekat = calon.iter().map(|c| c.2).fold(f64::MAX, f64::min);
                let next = calon
                    .iter()
                    .filter(|c| c.2 <= terdekat + 0.5)
                    .min_by(|a, b| (!a.3, a.2).partial_cmp(&(!b.3, b.2)).expect("numbers"))
                    .map(|c| (c.0, c.1, c.2));
                let Some((l, touches_last, _)) = next else {
                    break;
                };
                used.insert(l);
                // Keep the chain's orientation: extending forward, the new
                // segment starts where we are.
                let reversed = if dir { touches_last } else { !touches_last };
                if dir {
                    chain.push((l, reversed))
                } else {
                    chain.insert(0, (l, reversed))
                }
            }
        }
        // The chain's points and ends, first to last.
        let mut pts = Vec::new();
        let mut forward_arrow = false;
        let mut backward_arrow = false;
        for &(l, rev) in &chain {
            let g = shapes[l].b.garis.as_ref().expect("line");
            let mut t = shapes[l].titik.clone();
            if rev {
                t.reverse();
            }
            pts.extend(t);
            let (fa, ba) = if rev {
                (g.panah_awal, g.panah_akhir)
            } else {
                (g.panah_akhir, g.panah_awal)
            };
            forward_arrow |= fa;
            backward_arrow |= ba;
        }
        let (l0, r0) = chain[0];
        let (l1, r1) = *chain.last().expect("one");
        let start = if r0 { ends[&l0][1] } else { ends[&l0][0] };
        let end = if r1 { ends[&l1][0] } else { ends[&l1][1] };
        let (Some(s0), Some(s1)) = (start, end) else {
            continue;
        };
        if s0 == s1 {
            continue;
        }
        let step = |i: usize| match simpul[i] {
            Some(Simpul::Langkah(s)) => Some(s),
            _ => None,
        };
        let is_decision = |i: usize| shapes[i].b.jenis == JenisBentuk::Keputusan;
        let forward = if forward_arrow != backward_arrow {
            forward_arrow
        } else {
            match (step(s0), step(s1)) {
                (Some(a), Some(b)) if is_decision(s1) && b > a && !is_decision(s0) => true,
                (Some(a), Some(b)) if is_decision(s1) && a < b => true,
                (Some(_), Some(_)) if is_decision(s0) => true,
                (Some(_), Some(_)) if is_decision(s1) => false,
                (Some(a), Some(b)) => a < b,
                // Into a connector at the bottom of a page, out at the top.
                (Some(_), None) => true,
                (None, Some(_)) => false,
                _ => shapes[s0].y <= shapes[s1].y,
            }
        };
        let sumber = chain[0].0;
        if forward {
            out.push(Sambungan {
                dari: s0,
                ke: s1,
                sumber,
                titik: pts,
            });
        } else {
            pts.reverse();
            out.push(Sambungan {
                dari: s1,
                ke: s0,
                sumber,
                titik: pts,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::bentuk::{Bentuk, Garis, Letak, Rel};
    use super::*;

    fn bentuk(jenis: JenisBentuk, id: &str, teks: &str, r: (f64, f64, f64, f64)) -> Bentuk {
        Bentuk {
            jenis,
            asli: String::new(),
            id: Some(id.to_string()),
            wadah: 0,
            teks: teks.to_string(),
            x: r.0,
            y: r.1,
            w: r.2,
            h: r.3,
            letak: Letak {
                inline: false,
                rel_h: Rel::Kolom,
                rel_v: Rel::Paragraf,
                dalam_sel: true,
            },
            garis: None,
        }
    }

    fn garis(id: &str, a: (f64, f64), b: (f64, f64), awal: bool, akhir: bool) -> Bentuk {
        let mut g = bentuk(
            JenisBentuk::Garis,
            id,
            "",
            (
                a.0.min(b.0),
                a.1.min(b.1),
                (a.0 - b.0).abs(),
                (a.1 - b.1).abs(),
            ),
        );
        g.garis = Some(Garis {
            titik: vec![a, b],
            panah_awal: awal,
            panah_akhir: akhir,
            dari: None,
            ke: None,
        });
        g
    }

    fn taruh(b: &Bentuk, baris: Option<usize>) -> Taruh<'_> {
        Taruh {
            b,
            tabel: 0,
            x: b.x,
            y: b.y,
            w: b.w,
            h: b.h,
            titik: b
                .garis
                .as_ref()
                .map(|g| g.titik.clone())
                .unwrap_or_default(),
            baris,
            lajur: baris.map(|_| 0),
            ditebak: false,
        }
    }

    #[test]
    fn a_return_drawn_as_pieces_in_a_channel_beside_the_symbols() {
        // Step 3 goes back to step 1 (`lanjut`) through a channel 3.6 pt
        // right of the symbols, drawn as three loose pieces; the last one,
        // 3.6 pt long, is written from the symbol outwards with its
        // arrowhead at the start. Each piece's end beside a symbol was
        // taken for the symbol, so the middle piece alone, without its
        // arrowhead, was read as an arrow from step 1 down to step 3; and
        // the short piece was joined by its far end.
        let shapes = [
            bentuk(JenisBentuk::Terminator, "s1", "", (20.0, 5.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Proses, "s2", "", (20.0, 50.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Terminator, "s3", "", (20.0, 95.0, 40.0, 20.0)),
            garis("a1", (40.0, 25.0), (40.0, 50.0), false, true),
            garis("a2", (40.0, 70.0), (40.0, 95.0), false, true),
            garis("t1", (60.0, 105.0), (63.6, 105.0), false, false),
            garis("t2", (63.6, 105.0), (63.6, 15.0), false, false),
            garis("t3", (60.0, 15.0), (63.6, 15.0), true, false),
        ];
        let rows = [Some(0), Some(1), Some(2)];
        let placed: Vec<Taruh> = shapes
            .iter()
            .enumerate()
            .map(|(i, b)| taruh(b, rows.get(i).copied().flatten()))
            .collect();
        let langkah: Vec<BarisLangkah> = (0..3)
            .map(|i| BarisLangkah {
                baris: i,
                baris_akhir: i,
                ..BarisLangkah::default()
            })
            .collect();
        let a = alur(&placed, &langkah, &[vec![0]], &[]);
        assert_eq!(a.lanjut, [None, None, Some(0)], "{:#?}", a.catatan);
        assert!(a.catatan.is_empty(), "{:#?}", a.catatan);
    }

    #[test]
    fn labels_to_the_nearest_exits_first() {
        // "Ya" sits a little nearer the Tidak arrow (11 pt) than its own
        // (15 pt), but "Tidak" is right on it (2 pt). Taken one label at a
        // time in the file's order, "Ya" took the Tidak arrow, "Tidak"
        // found it taken, and the branches came out swapped.
        let shapes = [
            bentuk(JenisBentuk::Terminator, "s1", "", (20.0, 5.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Keputusan, "s2", "", (20.0, 60.0, 40.0, 30.0)),
            bentuk(JenisBentuk::Proses, "s3", "", (20.0, 105.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Terminator, "s4", "", (20.0, 150.0, 40.0, 20.0)),
            garis("a1", (40.0, 25.0), (40.0, 60.0), false, true),
            // Ya: down to step 3; Tidak: from the right corner down a
            // channel to step 4.
            garis("ya", (40.0, 90.0), (40.0, 105.0), false, true),
            garis("t", (60.0, 75.0), (66.0, 75.0), false, false),
            garis("t2", (66.0, 75.0), (66.0, 160.0), false, false),
            garis("t3", (66.0, 160.0), (60.0, 160.0), false, true),
            garis("a3", (40.0, 125.0), (40.0, 150.0), false, true),
            bentuk(JenisBentuk::Label, "l1", "Ya", (45.0, 90.0, 20.0, 10.0)),
            bentuk(JenisBentuk::Label, "l2", "Tidak", (60.0, 75.0, 16.0, 10.0)),
        ];
        let rows = [Some(0), Some(1), Some(2), Some(3)];
        let placed: Vec<Taruh> = shapes
            .iter()
            .enumerate()
            .map(|(i, b)| taruh(b, rows.get(i).copied().flatten()))
            .collect();
        let langkah: Vec<BarisLangkah> = (0..4)
            .map(|i| BarisLangkah {
                baris: i,
                baris_akhir: i,
                ..BarisLangkah::default()
            })
            .collect();
        let a = alur(&placed, &langkah, &[vec![0]], &[]);
        let k = a.keputusan[1].as_ref().expect("step 2 is a decision");
        assert_eq!((k.tidak, k.ya), (Some(3), None), "{:#?}", a.catatan);
    }

    #[test]
    fn a_decision_of_two_actors_whose_ya_leaves_from_its_other_symbol() {
        // Step 2 is a decision of two actors: the diamond, and a box joined
        // to it across the row. Its "Setuju" branch leaves from the box's
        // far side, down a channel, and into step 4's side; the row
        // estimates put step 4 15 pt lower than the arrow's end, and the
        // last piece of the arrow is 3.6 pt long. Its label, beside the
        // box, is 140 pt from the diamond.
        let shapes = [
            bentuk(JenisBentuk::Terminator, "s1", "", (20.0, 5.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Keputusan, "s2", "", (20.0, 60.0, 40.0, 30.0)),
            bentuk(JenisBentuk::Proses, "s2b", "", (160.0, 62.0, 40.0, 26.0)),
            bentuk(JenisBentuk::Proses, "s3", "", (20.0, 105.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Terminator, "s4", "", (20.0, 165.0, 40.0, 20.0)),
            garis("a1", (40.0, 25.0), (40.0, 60.0), false, true),
            garis("join", (60.0, 75.0), (160.0, 75.0), false, false),
            garis("y1", (200.0, 75.0), (203.6, 75.0), false, false),
            garis("y2", (203.6, 75.0), (203.6, 150.0), false, false),
            garis("y3", (203.6, 150.0), (63.6, 150.0), false, false),
            garis("y4", (63.6, 150.0), (60.0, 150.0), false, true),
            garis("t1", (20.0, 75.0), (16.4, 75.0), false, false),
            garis("t2", (16.4, 75.0), (16.4, 15.0), false, false),
            garis("t3", (16.4, 15.0), (20.0, 15.0), false, true),
            garis("a3", (40.0, 125.0), (40.0, 165.0), false, true),
            bentuk(
                JenisBentuk::Label,
                "l1",
                "Setuju",
                (206.0, 60.0, 30.0, 12.0),
            ),
            bentuk(JenisBentuk::Label, "l2", "Ditolak", (0.0, 62.0, 16.0, 10.0)),
        ];
        let rows = [Some(0), Some(1), Some(1), Some(2), Some(3)];
        let placed: Vec<Taruh> = shapes
            .iter()
            .enumerate()
            .map(|(i, b)| taruh(b, rows.get(i).copied().flatten()))
            .collect();
        let langkah: Vec<BarisLangkah> = (0..4)
            .map(|i| BarisLangkah {
                baris: i,
                baris_akhir: i,
                ..BarisLangkah::default()
            })
            .collect();
        let a = alur(&placed, &langkah, &[vec![0, 1]], &[]);
        let k = a.keputusan[1].as_ref().expect("step 2 is a decision");
        assert_eq!((k.tidak, k.ya), (Some(0), Some(3)), "{:#?}", a.catatan);
        assert_eq!(k.label_ya.as_deref(), Some("Setuju"));
        assert_eq!(k.label_tidak.as_deref(), Some("Ditolak"));
    }

    #[test]
    fn a_selesai_capsule_in_a_lane_of_its_own_is_the_step_s() {
        // The last step, done by two actors: "Selesai" in the first's lane
        // joined to a box in the second's. Taken for a decoration beside
        // the step's box, the capsule was dropped with its actor.
        let shapes = [
            bentuk(
                JenisBentuk::Terminator,
                "s1",
                "Mulai",
                (20.0, 5.0, 40.0, 20.0),
            ),
            bentuk(
                JenisBentuk::Terminator,
                "s2",
                "Selesai",
                (20.0, 50.0, 40.0, 20.0),
            ),
            bentuk(JenisBentuk::Proses, "s2b", "", (120.0, 50.0, 40.0, 20.0)),
            garis("a1", (40.0, 25.0), (40.0, 50.0), false, true),
            garis("join", (60.0, 60.0), (120.0, 60.0), false, false),
        ];
        let rows = [Some(0), Some(1), Some(1)];
        let mut placed: Vec<Taruh> = shapes
            .iter()
            .enumerate()
            .map(|(i, b)| taruh(b, rows.get(i).copied().flatten()))
            .collect();
        placed[2].lajur = Some(1);
        let langkah: Vec<BarisLangkah> = (0..2)
            .map(|i| BarisLangkah {
                baris: i,
                baris_akhir: i,
                ..BarisLangkah::default()
            })
            .collect();
        let a = alur(&placed, &langkah, &[vec![0, 1]], &[]);
        assert_eq!(a.lajur, [vec![0], vec![0, 1]]);
    }

    #[test]
    fn a_line_of_a_drawing_joins_the_shapes_of_that_drawing() {
        // Two pages' drawings placed over the table by estimates overlap
        // where the page breaks: page 1's connector "A" lies right on page
        // 2's "B". Step 3's return goes into "B" (and on from page 1's
        // "B" to step 1); it was joined to "A" instead, which leads back
        // to step 3 itself.
        let mut shapes = vec![
            // Page 1.
            bentuk(JenisBentuk::Terminator, "s1", "", (20.0, 5.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Proses, "s2", "", (20.0, 40.0, 40.0, 20.0)),
            bentuk(JenisBentuk::OffPage, "a1", "A", (25.0, 80.0, 20.0, 20.0)),
            bentuk(JenisBentuk::OffPage, "b1", "B", (75.0, 80.0, 20.0, 20.0)),
            garis("p1", (40.0, 25.0), (40.0, 40.0), false, true),
            garis("p2", (35.0, 60.0), (35.0, 80.0), false, true),
            garis("p3", (85.0, 80.0), (85.0, 15.0), false, false),
            garis("p4", (85.0, 15.0), (60.0, 15.0), false, true),
            // Page 2.
            bentuk(JenisBentuk::OffPage, "b2", "B", (25.0, 80.0, 20.0, 20.0)),
            bentuk(JenisBentuk::OffPage, "a2", "A", (25.0, 110.0, 20.0, 20.0)),
            bentuk(JenisBentuk::Keputusan, "s3", "", (20.0, 140.0, 40.0, 30.0)),
            bentuk(JenisBentuk::Terminator, "s4", "", (20.0, 190.0, 40.0, 20.0)),
            garis("q1", (35.0, 130.0), (35.0, 140.0), false, true),
            garis("q2", (40.0, 170.0), (40.0, 190.0), false, true),
            garis("q3", (60.0, 155.0), (70.0, 155.0), false, false),
            garis("q4", (70.0, 155.0), (70.0, 90.0), false, false),
            garis("q5", (70.0, 90.0), (45.0, 90.0), false, true),
        ];
        for (i, b) in shapes.iter_mut().enumerate() {
            b.wadah = if i < 8 { 1 } else { 2 };
        }
        let rows = [
            Some(0),
            Some(1),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(2),
            Some(3),
        ];
        let placed: Vec<Taruh> = shapes
            .iter()
            .enumerate()
            .map(|(i, b)| taruh(b, rows.get(i).copied().flatten()))
            .collect();
        let langkah: Vec<BarisLangkah> = (0..4)
            .map(|i| BarisLangkah {
                baris: i,
                baris_akhir: i,
                ..BarisLangkah::default()
            })
            .collect();
        let a = alur(&placed, &langkah, &[vec![0]], &[]);
        let k = a.keputusan[2].as_ref().expect("step 3 is a decision");
        assert_eq!(k.tidak, Some(0), "{:#?}", a.catatan);
    }

    #[test]
    fn two_arrows_sharing_the_last_leg_into_a_symbol() {
        // Step 1 jumps to step 3 down the channel right of the symbols; an
        // off-page connector's arrow comes up the same channel into the
        // same side of step 3. Where the two meet, step 1's arrow was
        // carried on down the other's leg into the connector.
        let shapes = [
            bentuk(JenisBentuk::Terminator, "s1", "", (20.0, 5.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Proses, "s2", "", (20.0, 50.0, 40.0, 20.0)),
            bentuk(JenisBentuk::Terminator, "s3", "", (20.0, 95.0, 40.0, 20.0)),
            bentuk(JenisBentuk::OffPage, "e", "E", (25.0, 140.0, 20.0, 20.0)),
            garis("a2", (40.0, 70.0), (40.0, 95.0), false, true),
            garis("j1", (60.0, 15.0), (70.0, 15.0), false, false),
            garis("j2", (70.0, 15.0), (70.0, 105.0), false, false),
            garis("e1", (45.0, 150.0), (70.0, 150.0), false, false),
            garis("e2", (70.0, 150.0), (70.0, 105.0), false, false),
            garis("e3", (70.0, 105.0), (60.0, 105.0), false, true),
            garis("j3", (70.0, 105.0), (60.0, 105.0), false, true),
        ];
        let rows = [Some(0), Some(1), Some(2)];
        let placed: Vec<Taruh> = shapes
            .iter()
            .enumerate()
            .map(|(i, b)| taruh(b, rows.get(i).copied().flatten()))
            .collect();
        let langkah: Vec<BarisLangkah> = (0..3)
            .map(|i| BarisLangkah {
                baris: i,
                baris_akhir: i,
                ..BarisLangkah::default()
            })
            .collect();
        let a = alur(&placed, &langkah, &[vec![0]], &[]);
        assert_eq!(a.lanjut, [Some(2), None, None], "{:#?}", a.catatan);
    }
}
