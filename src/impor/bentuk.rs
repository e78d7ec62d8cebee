//! The shapes Word draws flowcharts with, read into one form: DrawingML
//! (`wps:wsp`, groups `wpg:wgp`, canvases `wpc:wpc`) and legacy VML
//! (`v:shape`, `v:rect`, `v:line`, `v:group`...). Each shape gets its kind,
//! text, box and, for lines, its points and attached ends, in points
//! relative to the reference its anchor names.

use std::collections::HashMap;

use roxmltree::Node;

use super::teks;
use super::xml::{Ns, attr, child, emu_pt, is, num, path};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JenisBentuk {
    Terminator,
    Proses,
    Keputusan,
    OffPage,
    /// A small circle with a letter: an on-page connector.
    Penghubung,
    Garis,
    /// A text box with no outline: "Ya", "Tidak", notes.
    Label,
    Gambar,
}

/// What a floating shape's offset is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// The column (inside a table: the cell) / the text line position.
    Kolom,
    Paragraf,
    Margin,
    Halaman,
    Karakter,
    Lain,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letak {
    pub inline: bool,
    pub rel_h: Rel,
    pub rel_v: Rel,
    /// Laid out inside the table cell of its anchor (`layoutInCell`).
    pub dalam_sel: bool,
}

#[derive(Debug, Clone)]
pub struct Garis {
    /// From the first point to the last, as drawn.
    pub titik: Vec<(f64, f64)>,
    pub panah_awal: bool,
    pub panah_akhir: bool,
    /// Ids of the shapes Word recorded the ends as glued to.
    pub dari: Option<String>,
    pub ke: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Bentuk {
    pub jenis: JenisBentuk,
    /// The geometry's name in the file ("flowChartDecision", "t110").
    pub asli: String,
    pub id: Option<String>,
    /// The anchor this shape came with: shapes of one group or canvas
    /// share it, and their coordinates.
    pub wadah: usize,
    pub teks: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub letak: Letak,
    pub garis: Option<Garis>,
}

impl Bentuk {
    pub fn tengah(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// out = (p - c) * s + o, per axis.
#[derive(Debug, Clone, Copy)]
struct Tf {
    o: (f64, f64),
    s: (f64, f64),
    c: (f64, f64),
}

impl Tf {
    fn id(scale: f64) -> Tf {
        Tf {
            o: (0.0, 0.0),
            s: (scale, scale),
            c: (0.0, 0.0),
        }
    }
    fn p(&self, x: f64, y: f64) -> (f64, f64) {
        (
            (x - self.c.0) * self.s.0 + self.o.0,
            (y - self.c.1) * self.s.1 + self.o.1,
        )
    }
    /// A child frame inside this one.
    fn then(&self, inner: Tf) -> Tf {
        let (ox, oy) = self.p(inner.o.0, inner.o.1);
        Tf {
            o: (ox, oy),
            s: (inner.s.0 * self.s.0, inner.s.1 * self.s.1),
            c: inner.c,
        }
    }
}

/// Reads the shapes of a `w:drawing`, `w:pict` or `w:object`.
pub fn baca(n: Node, wadah: usize, out: &mut Vec<Bentuk>) {
    if is(n, Ns::W, "drawing") {
        for c in n.children().filter(Node::is_element) {
            if is(c, Ns::Wp, "inline") || is(c, Ns::Wp, "anchor") {
                drawingml(c, wadah, out);
            }
        }
    } else {
        let letak = Letak {
            inline: true,
            rel_h: Rel::Kolom,
            rel_v: Rel::Paragraf,
            dalam_sel: true,
        };
        for c in n.children().filter(Node::is_element) {
            vml(c, wadah, Tf::id(1.0), true, letak, out);
        }
    }
}

// --------------------------------------------------------------- DrawingML

fn rel(v: Option<&str>) -> Rel {
    match v {
        Some("column" | "insideMargin" | "outsideMargin") => Rel::Kolom,
        Some("paragraph" | "line") => Rel::Paragraf,
        Some("margin" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin") => Rel::Margin,
        Some("page") => Rel::Halaman,
        Some("character") => Rel::Karakter,
        _ => Rel::Lain,
    }
}

fn drawingml(a: Node, wadah: usize, out: &mut Vec<Bentuk>) {
    let inline = is(a, Ns::Wp, "inline");
    let ext = child(a, Ns::Wp, "extent");
    let cx = ext.and_then(|e| num(e, "cx")).unwrap_or(0.0);
    let cy = ext.and_then(|e| num(e, "cy")).unwrap_or(0.0);
    let pos = |name: &str| {
        let p = child(a, Ns::Wp, name);
        let r = rel(p.and_then(|p| attr(p, "relativeFrom")));
        let off = p
            .and_then(|p| child(p, Ns::Wp, "posOffset"))
            .and_then(|o| o.text())
            .and_then(|t| t.trim().parse::<f64>().ok())
            .unwrap_or(0.0);
        (r, off)
    };
    let (rel_h, ox) = pos("positionH");
    let (rel_v, oy) = pos("positionV");
    let letak = Letak {
        inline,
        rel_h: if inline { Rel::Kolom } else { rel_h },
        rel_v: if inline { Rel::Paragraf } else { rel_v },
        dalam_sel: attr(a, "layoutInCell") != Some("0"),
    };
    let (ox, oy) = if inline { (0.0, 0.0) } else { (ox, oy) };
    let doc_id = child(a, Ns::Wp, "docPr")
        .and_then(|d| attr(d, "id"))
        .map(|i| format!("d:{i}"));
    let Some(data) = path(a, &[(Ns::A, "graphic"), (Ns::A, "graphicData")]) else {
        return;
    };
    let base = Tf {
        o: (emu_pt(ox), emu_pt(oy)),
        s: (1.0 / 12_700.0, 1.0 / 12_700.0),
        c: (0.0, 0.0),
    };
    for g in data.children().filter(Node::is_element) {
        if is(g, Ns::Wps, "wsp") {
            // A lone shape fills its anchor's extent.
            let mut b = wsp(g, wadah, base, Some((0.0, 0.0, cx, cy)), letak, "d");
            if b.id.is_none() {
                b.id.clone_from(&doc_id);
            }
            out.push(b);
        } else if is(g, Ns::Wpg, "wgp") {
            let frame = xfrm(child(g, Ns::Wpg, "grpSpPr"));
            let tf = match frame {
                Some(f) if f.ch_ext.0 > 0.0 && f.ch_ext.1 > 0.0 => base.then(Tf {
                    o: (0.0, 0.0),
                    s: (cx.max(1.0) / f.ch_ext.0, cy.max(1.0) / f.ch_ext.1),
                    c: f.ch_off,
                }),
                _ => base,
            };
            grup(g, wadah, tf, letak, out);
        } else if is(g, Ns::Wpc, "wpc") {
            grup(g, wadah, base, letak, out);
        }
    }
}

struct Frame {
    off: (f64, f64),
    ext: (f64, f64),
    ch_off: (f64, f64),
    ch_ext: (f64, f64),
    flip_h: bool,
    flip_v: bool,
    /// Clockwise rotation about the centre, in degrees.
    rot: f64,
}

fn xfrm(sppr: Option<Node>) -> Option<Frame> {
    let x = child(sppr?, Ns::A, "xfrm")?;
    let pair = |name: &str, a: &str, b: &str| {
        child(x, Ns::A, name).map(|n| (num(n, a).unwrap_or(0.0), num(n, b).unwrap_or(0.0)))
    };
    let off = pair("off", "x", "y").unwrap_or((0.0, 0.0));
    let ext = pair("ext", "cx", "cy").unwrap_or((0.0, 0.0));
    Some(Frame {
        off,
        ext,
        ch_off: pair("chOff", "x", "y").unwrap_or(off),
        ch_ext: pair("chExt", "cx", "cy").unwrap_or(ext),
        flip_h: matches!(attr(x, "flipH"), Some("1" | "true")),
        flip_v: matches!(attr(x, "flipV"), Some("1" | "true")),
        rot: num(x, "rot").map_or(0.0, |r| r / 60_000.0),
    })
}

/// The children of a group or canvas, in its coordinates.
fn grup(g: Node, wadah: usize, tf: Tf, letak: Letak, out: &mut Vec<Bentuk>) {
    for c in g.children().filter(Node::is_element) {
        if is(c, Ns::Wps, "wsp") {
            out.push(wsp(c, wadah, tf, None, letak, &wadah.to_string()));
        } else if is(c, Ns::Wpg, "grpSp") || is(c, Ns::Wpg, "wgp") {
            let inner = match xfrm(child(c, Ns::Wpg, "grpSpPr")) {
                Some(f) if f.ch_ext.0 > 0.0 && f.ch_ext.1 > 0.0 => Tf {
                    o: f.off,
                    s: (f.ext.0 / f.ch_ext.0, f.ext.1 / f.ch_ext.1),
                    c: f.ch_off,
                },
                _ => Tf::id(1.0),
            };
            grup(c, wadah, tf.then(inner), letak, out);
        }
    }
}

fn wsp(
    s: Node,
    wadah: usize,
    tf: Tf,
    lone: Option<(f64, f64, f64, f64)>,
    letak: Letak,
    scope: &str,
) -> Bentuk {
    let sppr = child(s, Ns::Wps, "spPr");
    let frame = xfrm(sppr);
    let (x, y, w, h) = match (&frame, lone) {
        (_, Some((x, y, w, h))) if w > 0.0 || h > 0.0 => (x, y, w, h),
        (Some(f), _) => (f.off.0, f.off.1, f.ext.0, f.ext.1),
        (None, Some(b)) => b,
        (None, None) => (0.0, 0.0, 0.0, 0.0),
    };
    let (x0, y0) = tf.p(x, y);
    let (x1, y1) = tf.p(x + w, y + h);
    let prst = sppr
        .and_then(|p| child(p, Ns::A, "prstGeom"))
        .and_then(|g| attr(g, "prst"))
        .unwrap_or(
            if sppr.and_then(|p| child(p, Ns::A, "custGeom")).is_some() {
                "custGeom"
            } else {
                "rect"
            },
        );
    let ln = sppr.and_then(|p| child(p, Ns::A, "ln"));
    let tanpa_garis = ln.is_some_and(|l| child(l, Ns::A, "noFill").is_some());
    let tanpa_isi = sppr.is_some_and(|p| child(p, Ns::A, "noFill").is_some());
    let teks = child(s, Ns::Wps, "txbx")
        .and_then(|t| child(t, Ns::W, "txbxContent"))
        .map(teks_kotak)
        .unwrap_or_default();
    let id = child(s, Ns::Wps, "cNvPr")
        .and_then(|c| attr(c, "id"))
        .map(|i| format!("{scope}:{i}"));
    let cxn = child(s, Ns::Wps, "cNvCnPr");
    let ujung = |name: &str| {
        cxn.and_then(|c| child(c, Ns::A, name))
            .and_then(|e| attr(e, "id"))
            .map(|i| format!("{scope}:{i}"))
    };
    let is_text_box = child(s, Ns::Wps, "cNvSpPr").is_some_and(|c| attr(c, "txBox") == Some("1"));
    let mut jenis = jenis_prst(prst, &teks);
    // A text box or plain rectangle with no outline is a label; a shape
    // chosen from the flowchart set stays a symbol however it is drawn.
    let polos = is_text_box || prst == "rect";
    if jenis == JenisBentuk::Proses
        && polos
        && (tanpa_garis || (is_text_box && ln.is_none() && tanpa_isi))
    {
        jenis = JenisBentuk::Label;
    }
    let rot = frame.as_ref().map_or(0.0, |f| f.rot);
    let (bx, by, bw, bh) = kotak_putar(
        x0.min(x1),
        y0.min(y1),
        (x1 - x0).abs(),
        (y1 - y0).abs(),
        rot,
    );
    let garis = if jenis == JenisBentuk::Garis || cxn.is_some() {
        jenis = JenisBentuk::Garis;
        let (fh, fv) = frame
            .as_ref()
            .map_or((false, false), |f| (f.flip_h, f.flip_v));
        let (sx, ex) = if fh { (x1, x0) } else { (x0, x1) };
        let (sy, ey) = if fv { (y1, y0) } else { (y0, y1) };
        let panah = |name: &str| {
            ln.and_then(|l| child(l, Ns::A, name))
                .and_then(|e| attr(e, "type"))
                .is_some_and(|t| t != "none")
        };
        // Flips first, then the turn about the centre (a connector Word
        // turned a quarter to run down-across-down).
        let mut titik = garis_prst(prst, (sx, sy), (ex, ey), adj_prst(sppr));
        putar(&mut titik, ((x0 + x1) / 2.0, (y0 + y1) / 2.0), rot);
        Some(Garis {
            titik,
            panah_awal: panah("headEnd"),
            panah_akhir: panah("tailEnd"),
            dari: ujung("stCxn"),
            ke: ujung("endCxn"),
        })
    } else {
        panah_blok(prst, bx, by, bw, bh)
    };
    if garis.is_some() {
        jenis = JenisBentuk::Garis;
    }
    // A line's box is its points' box.
    let (bx, by, bw, bh) = match &garis {
        Some(g) => kotak_titik(&g.titik),
        None => (bx, by, bw, bh),
    };
    Bentuk {
        jenis,
        asli: prst.to_string(),
        id,
        wadah,
        teks,
        x: bx,
        y: by,
        w: bw,
        h: bh,
        letak,
        garis,
    }
}

fn kotak_titik(t: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    let (x0, x1) = t
        .iter()
        .fold((f64::MAX, f64::MIN), |a, p| (a.0.min(p.0), a.1.max(p.0)));
    let (y0, y1) = t
        .iter()
        .fold((f64::MAX, f64::MIN), |a, p| (a.0.min(p.1), a.1.max(p.1)));
    (x0, y0, x1 - x0, y1 - y0)
}

/// Points turned `deg` degrees clockwise (y grows downwards) about `c`.
fn putar(points: &mut [(f64, f64)], c: (f64, f64), deg: f64) {
    if deg.rem_euclid(360.0) == 0.0 {
        return;
    }
    let (s, k) = deg.to_radians().sin_cos();
    for p in points {
        let (dx, dy) = (p.0 - c.0, p.1 - c.1);
        *p = (c.0 + dx * k - dy * s, c.1 + dx * s + dy * k);
    }
}

/// The bounding box of a box turned about its centre.
fn kotak_putar(x: f64, y: f64, w: f64, h: f64, deg: f64) -> (f64, f64, f64, f64) {
    let mut c = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)];
    putar(&mut c, (x + w / 2.0, y + h / 2.0), deg);
    let (x0, x1) = c
        .iter()
        .fold((f64::MAX, f64::MIN), |a, p| (a.0.min(p.0), a.1.max(p.0)));
    let (y0, y1) = c
        .iter()
        .fold((f64::MAX, f64::MIN), |a, p| (a.0.min(p.1), a.1.max(p.1)));
    (x0, y0, x1 - x0, y1 - y0)
}

fn jenis_prst(prst: &str, teks: &str) -> JenisBentuk {
    use JenisBentuk::*;
    match prst {
        "flowChartTerminator" | "roundRect" | "flowChartAlternateProcess" | "snipRoundRect" => {
            Terminator
        }
        "ellipse" | "flowChartConnector" | "flowChartOr" | "flowChartSummingJunction" => {
            if prst == "flowChartConnector"
                || teks.trim().chars().count() <= 2 && !teks.trim().is_empty()
            {
                Penghubung
            } else {
                Terminator
            }
        }
        "flowChartDecision" | "diamond" => Keputusan,
        "flowChartOffpageConnector" | "homePlate" | "pentagon" | "chevron" => OffPage,
        "line" | "straightConnector1" | "bentConnector2" | "bentConnector3" | "bentConnector4"
        | "bentConnector5" | "curvedConnector2" | "curvedConnector3" | "curvedConnector4"
        | "curvedConnector5" | "lineInv" => Garis,
        _ => Proses,
    }
}

/// The points of a connector from its start and end: an elbow's bend,
/// its middle leg at `adj` (a fraction of the way from the start; half way
/// when the connector does not say: Word moves it, even outside the box,
/// to route an arrow round the symbols).
fn garis_prst(prst: &str, a: (f64, f64), b: (f64, f64), adj: Option<f64>) -> Vec<(f64, f64)> {
    match prst {
        "bentConnector2" => vec![a, (b.0, a.1), b],
        "bentConnector3" | "bentConnector4" | "bentConnector5" => {
            let f = adj.filter(|f| f.is_finite()).unwrap_or(0.5);
            let mx = a.0 + (b.0 - a.0) * f;
            vec![a, (mx, a.1), (mx, b.1), b]
        }
        _ => vec![a, b],
    }
}

/// A DrawingML preset's first adjustment (`<a:gd name="adj1" fmla="val
/// 150000"/>`) as a fraction (1.5).
fn adj_prst(sppr: Option<Node>) -> Option<f64> {
    let av = sppr
        .and_then(|p| child(p, Ns::A, "prstGeom"))
        .and_then(|g| child(g, Ns::A, "avLst"))?;
    av.children()
        .filter(|g| is(*g, Ns::A, "gd"))
        .find(|g| matches!(attr(*g, "name"), Some("adj1" | "adj")))
        .and_then(|g| attr(g, "fmla"))
        .and_then(|f| f.trim().strip_prefix("val"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|v| v / 100_000.0)
}

/// A VML shape's first adjustment (`adj="32400"`, in 21600ths) as a
/// fraction.
fn adj_vml(n: Node) -> Option<f64> {
    attr(n, "adj")?
        .split(',')
        .next()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|v| v / 21_600.0)
}

/// Block arrows (`downArrow`...) drawn as arrows between symbols.
fn panah_blok(prst: &str, x: f64, y: f64, w: f64, h: f64) -> Option<Garis> {
    let (a, b) = match prst {
        "downArrow" => ((x + w / 2.0, y), (x + w / 2.0, y + h)),
        "upArrow" => ((x + w / 2.0, y + h), (x + w / 2.0, y)),
        "rightArrow" => ((x, y + h / 2.0), (x + w, y + h / 2.0)),
        "leftArrow" => ((x + w, y + h / 2.0), (x, y + h / 2.0)),
        _ => return None,
    };
    Some(Garis {
        titik: vec![a, b],
        panah_awal: false,
        panah_akhir: true,
        dari: None,
        ke: None,
    })
}

/// The text of a text box: paragraphs a line each, deletions and field
/// instructions left out.
pub fn teks_kotak(n: Node) -> String {
    let mut out = String::new();
    for p in n.descendants().filter(|d| is(*d, Ns::W, "p")) {
        // Nested text boxes are read with their own shape.
        let mut line = String::new();
        let mut instr = 0usize;
        for d in p.descendants() {
            if !d.is_element() {
                continue;
            }
            let skip = d.ancestors().skip(1).take_while(|a| *a != p).any(|a| {
                is(a, Ns::W, "del")
                    || is(a, Ns::W, "moveFrom")
                    || is(a, Ns::W, "txbxContent")
                    || is(a, Ns::Mc, "Fallback")
            });
            if skip {
                continue;
            }
            match d.tag_name().name() {
                "t" if is(d, Ns::W, "t") && instr == 0 => line.push_str(d.text().unwrap_or("")),
                "br" | "cr" if is(d, Ns::W, d.tag_name().name()) => line.push('\n'),
                "tab" if is(d, Ns::W, "tab") => line.push(' '),
                "fldChar" if is(d, Ns::W, "fldChar") => match attr(d, "fldCharType") {
                    Some("begin") => instr += 1,
                    Some("separate") => instr = instr.saturating_sub(1),
                    _ => {}
                },
                _ => {}
            }
        }
        let line = teks::rapikan(&line);
        if !line.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line);
        }
    }
    out
}

// --------------------------------------------------------------------- VML

fn gaya(s: &str) -> HashMap<String, String> {
    s.split(';')
        .filter_map(|kv| kv.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect()
}

/// A CSS length in points; a bare number is a pixel at top level, a
/// coordinate unit inside a group (`bare` gives its scale).
fn panjang(v: &str, bare: f64) -> Option<f64> {
    let v = v.trim();
    let (n, unit) = v
        .find(|c: char| c.is_ascii_alphabetic())
        .map_or((v, ""), |i| (&v[..i], &v[i..]));
    let n: f64 = n.trim().parse().ok()?;
    Some(match unit {
        "pt" => n,
        "in" => n * 72.0,
        "cm" => n * 72.0 / 2.54,
        "mm" => n * 72.0 / 25.4,
        "px" => n * 0.75,
        "emu" => n / 12_700.0,
        "pc" => n * 12.0,
        _ => n * bare,
    })
}

fn vml_rel(v: Option<&String>, horizontal: bool) -> Rel {
    match v.map(String::as_str) {
        Some("page") => Rel::Halaman,
        Some(
            "margin" | "left-margin-area" | "right-margin-area" | "top-margin-area"
            | "bottom-margin-area",
        ) => Rel::Margin,
        Some("char") => Rel::Karakter,
        Some("line") => Rel::Paragraf,
        // "text": the column horizontally, the paragraph vertically.
        _ if horizontal => Rel::Kolom,
        _ => Rel::Paragraf,
    }
}

fn vml(n: Node, wadah: usize, tf: Tf, top: bool, letak0: Letak, out: &mut Vec<Bentuk>) {
    if ns(n) != Ns::V {
        return;
    }
    let name = n.tag_name().name();
    if !matches!(
        name,
        "shape" | "rect" | "roundrect" | "oval" | "line" | "polyline" | "group"
    ) {
        return;
    }
    let st = gaya(attr(n, "style").unwrap_or(""));
    let bare = if top { 0.75 } else { 1.0 };
    let get = |k: &str| st.get(k).and_then(|v| panjang(v, bare));
    let absolute = st.get("position").is_some_and(|p| p == "absolute");
    let letak = if top {
        Letak {
            inline: !absolute,
            rel_h: if absolute {
                vml_rel(st.get("mso-position-horizontal-relative"), true)
            } else {
                Rel::Kolom
            },
            rel_v: if absolute {
                vml_rel(st.get("mso-position-vertical-relative"), false)
            } else {
                Rel::Paragraf
            },
            dalam_sel: attr(n, "allowincell") != Some("f"),
        }
    } else {
        letak0
    };
    let x = get("margin-left").or_else(|| get("left")).unwrap_or(0.0);
    let y = get("margin-top").or_else(|| get("top")).unwrap_or(0.0);
    let w = get("width").unwrap_or(0.0);
    let h = get("height").unwrap_or(0.0);
    let flip = st.get("flip").map(String::as_str).unwrap_or("");
    let id = attr(n, "id")
        .or_else(|| attr(n, "spid"))
        .map(|i| format!("v:{i}"));
    if name == "group" {
        let pair = |k: &str, d: (f64, f64)| {
            attr(n, k)
                .and_then(|v| {
                    let mut it = v.split(',').map(|p| p.trim().parse::<f64>().ok());
                    Some((it.next()??, it.next().flatten().unwrap_or(d.1)))
                })
                .unwrap_or(d)
        };
        let origin = pair("coordorigin", (0.0, 0.0));
        let size = pair("coordsize", (1000.0, 1000.0));
        let inner = Tf {
            o: (x, y),
            s: (
                if size.0 != 0.0 { w / size.0 } else { 1.0 },
                if size.1 != 0.0 { h / size.1 } else { 1.0 },
            ),
            c: origin,
        };
        let tf2 = tf.then(inner);
        for c in n.children().filter(Node::is_element) {
            vml(c, wadah, tf2, false, letak, out);
        }
        return;
    }
    let teks = path(n, &[(Ns::V, "textbox"), (Ns::W, "txbxContent")])
        .map(teks_kotak)
        .unwrap_or_default();
    let spt = attr(n, "type")
        .and_then(|t| t.rsplit("_t").next())
        .and_then(|t| t.parse::<u32>().ok())
        .or_else(|| {
            attr(n, "spt")
                .and_then(|v| v.parse::<f64>().ok())
                .map(|v| v as u32)
        });
    let asli = match name {
        "shape" => spt.map_or("shape".to_string(), |t| format!("t{t}")),
        other => other.to_string(),
    };
    let stroke = child(n, Ns::V, "stroke");
    let tanpa_garis = attr(n, "stroked").is_some_and(|v| matches!(v, "f" | "false"))
        || stroke.is_some_and(|s| attr(s, "on").is_some_and(|v| matches!(v, "f" | "false")));
    let panah = |k: &str| stroke.and_then(|s| attr(s, k)).is_some_and(|v| v != "none");
    let rot = st.get("rotation").and_then(|r| {
        let r = r.trim();
        match r.strip_suffix("fd") {
            Some(fd) => fd.trim().parse::<f64>().ok().map(|v| v / 65_536.0),
            None => r.trim_end_matches("deg").trim().parse::<f64>().ok(),
        }
    });
    let rot = rot.unwrap_or(0.0);
    let (p0, p1) = (tf.p(x, y), tf.p(x + w, y + h));
    let (bx, by, bw, bh) = kotak_putar(
        p0.0.min(p1.0),
        p0.1.min(p1.1),
        (p1.0 - p0.0).abs(),
        (p1.1 - p0.1).abs(),
        rot,
    );
    let tanpa_isi = attr(n, "filled").is_some_and(|v| matches!(v, "f" | "false"))
        || child(n, Ns::V, "fill")
            .is_some_and(|f| attr(f, "on").is_some_and(|v| matches!(v, "f" | "false")));
    let jalur_terbuka = attr(n, "path")
        .filter(|_| tanpa_isi || panah("endarrow") || panah("startarrow"))
        .and_then(|d| jalur_vml(d, attr(n, "coordsize"), attr(n, "coordorigin")))
        .map(|pts| {
            // From the path's coordinates into the shape's box.
            pts.into_iter()
                .map(|(u, v)| tf.p(x + u * w, y + v * h))
                .collect::<Vec<_>>()
        })
        .filter(|pts| pts.len() >= 2);
    let mut jenis = match (name, spt) {
        ("rect", _) => JenisBentuk::Proses,
        ("roundrect", _) => JenisBentuk::Terminator,
        ("oval", _) => jenis_prst("ellipse", &teks),
        ("line" | "polyline", _) => JenisBentuk::Garis,
        // A free path that is not closed and not filled: a drawn arrow
        // (LibreOffice writes its polylines so).
        ("shape", None) if jalur_terbuka.is_some() => JenisBentuk::Garis,
        (_, Some(116 | 176 | 2)) => JenisBentuk::Terminator,
        (_, Some(110 | 4)) => JenisBentuk::Keputusan,
        (_, Some(177 | 15 | 56)) => JenisBentuk::OffPage,
        (_, Some(120 | 3)) => jenis_prst("ellipse", &teks),
        (_, Some(32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 20)) => JenisBentuk::Garis,
        (_, Some(75)) => JenisBentuk::Gambar,
        (_, Some(67)) => JenisBentuk::Garis, // down arrow block
        _ => JenisBentuk::Proses,
    };
    if jenis == JenisBentuk::Proses && tanpa_garis {
        jenis = JenisBentuk::Label;
    }
    let garis = match (name, spt) {
        ("line", _) => {
            let pt = |k: &str| {
                attr(n, k).and_then(|v| {
                    let mut it = v.split(',').map(|p| panjang(p, bare));
                    Some((it.next()??, it.next()??))
                })
            };
            let a = pt("from").unwrap_or((0.0, 0.0));
            let b = pt("to").unwrap_or((0.0, 0.0));
            // A top-level line's from/to are offsets from its anchor, as
            // for the margins of other shapes.
            let a = tf.p(
                a.0 + if top { x } else { 0.0 },
                a.1 + if top { y } else { 0.0 },
            );
            let b = tf.p(
                b.0 + if top { x } else { 0.0 },
                b.1 + if top { y } else { 0.0 },
            );
            Some(vec![a, b])
        }
        ("shape", None) if jalur_terbuka.is_some() => jalur_terbuka.clone(),
        ("polyline", _) => {
            let nums: Vec<f64> = attr(n, "points")
                .unwrap_or("")
                .split([',', ' '])
                .filter(|s| !s.is_empty())
                .filter_map(|p| panjang(p, bare))
                .collect();
            let pts: Vec<(f64, f64)> = nums
                .chunks_exact(2)
                .map(|c| {
                    tf.p(
                        c[0] + if top { x } else { 0.0 },
                        c[1] + if top { y } else { 0.0 },
                    )
                })
                .collect();
            (pts.len() >= 2).then_some(pts)
        }
        (_, Some(67)) => Some(vec![(bx + bw / 2.0, by), (bx + bw / 2.0, by + bh)]),
        _ if jenis == JenisBentuk::Garis => {
            let prst = match spt {
                Some(33) => "bentConnector2",
                Some(34..=37) => "bentConnector3",
                _ => "line",
            };
            // VML turns the path about the box's centre, then mirrors it
            // (as Word writes an elbow that runs down-across-down).
            let c = ((p0.0 + p1.0) / 2.0, (p0.1 + p1.1) / 2.0);
            let mut t = garis_prst(prst, p0, p1, adj_vml(n));
            putar(&mut t, c, rot);
            for q in &mut t {
                if flip.contains('x') {
                    q.0 = 2.0 * c.0 - q.0;
                }
                if flip.contains('y') {
                    q.1 = 2.0 * c.1 - q.1;
                }
            }
            Some(t)
        }
        _ => None,
    };
    let garis = garis.map(|titik| Garis {
        titik,
        panah_awal: panah("startarrow"),
        panah_akhir: panah("endarrow") || spt == Some(67),
        dari: None,
        ke: None,
    });
    let (bx, by, bw, bh) = match &garis {
        Some(g) => kotak_titik(&g.titik),
        None => (bx, by, bw, bh),
    };
    out.push(Bentuk {
        jenis,
        asli,
        id,
        wadah,
        teks,
        x: bx,
        y: by,
        w: bw,
        h: bh,
        letak,
        garis,
    });
}

/// The points of a VML path made of moves and lines only (`m`, `l`, `t`,
/// `r`; curves count by their end points), each as a fraction of the
/// coordinate size; `None` for a closed path (`x`), which is a shape.
fn jalur_vml(d: &str, size: Option<&str>, origin: Option<&str>) -> Option<Vec<(f64, f64)>> {
    let pair = |v: Option<&str>, def: f64| {
        v.map(|v| {
            let mut it = v.split(',').map(|p| p.trim().parse::<f64>().unwrap_or(def));
            (it.next().unwrap_or(def), it.next().unwrap_or(def))
        })
        .unwrap_or((def, def))
    };
    let (sw, sh) = pair(size, 1000.0);
    let (ox, oy) = pair(origin, 0.0);
    if sw == 0.0 || sh == 0.0 {
        return None;
    }
    let mut pts: Vec<(f64, f64)> = Vec::new();
    let mut cur = (0.0, 0.0);
    let mut cmd = ' ';
    let mut nums: Vec<f64> = Vec::new();
    let mut num = String::new();
    let flush =
        |cmd: char, nums: &mut Vec<f64>, cur: &mut (f64, f64), pts: &mut Vec<(f64, f64)>| {
            let step = match cmd {
                'm' | 'l' | 't' | 'r' => 2,
                'c' | 'v' => 6,
                _ => {
                    nums.clear();
                    return;
                }
            };
            for chunk in nums.chunks(step) {
                if chunk.len() < 2 {
                    break;
                }
                let (px, py) = (chunk[chunk.len() - 2], chunk[chunk.len() - 1]);
                *cur = if matches!(cmd, 't' | 'r' | 'v') {
                    (cur.0 + px, cur.1 + py)
                } else {
                    (px, py)
                };
                if matches!(cmd, 'm' | 't') && !pts.is_empty() {
                    // A second sub-path: not a simple line.
                    pts.push((f64::NAN, f64::NAN));
                }
                pts.push(*cur);
            }
            nums.clear();
        };
    // An empty number ("m,l" or "l,5") is 0.
    let mut after_comma = false;
    for c in d.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || c == '-' || c == '.' {
            num.push(c);
            continue;
        }
        if !num.is_empty() || c == ',' || (after_comma && c.is_ascii_alphabetic()) {
            nums.push(num.parse().unwrap_or(0.0));
            num.clear();
            after_comma = c == ',';
            if c == ',' {
                continue;
            }
        }
        if c.is_ascii_alphabetic() {
            after_comma = false;
        }
        if c.is_ascii_alphabetic() {
            flush(cmd, &mut nums, &mut cur, &mut pts);
            if c == 'x' {
                return None;
            }
            cmd = c;
        }
    }
    flush(cmd, &mut nums, &mut cur, &mut pts);
    if pts.iter().any(|p| p.0.is_nan()) {
        return None;
    }
    Some(
        pts.into_iter()
            .map(|(px, py)| ((px - ox) / sw, (py - oy) / sh))
            .collect(),
    )
}

fn ns(n: Node) -> Ns {
    super::xml::ns(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vml_paths() {
        let pts = jalur_vml("m0,0l0,601l4401,601l4401,1201e", Some("4402,1202"), None).unwrap();
        assert_eq!(pts.len(), 4);
        assert_eq!(pts[2], (4401.0 / 4402.0, 601.0 / 1202.0));
        assert_eq!(
            jalur_vml("m,l21600,21600e", Some("21600,21600"), None),
            Some(vec![(0.0, 0.0), (1.0, 1.0)])
        );
        // Closed: a shape, not a line.
        assert_eq!(jalur_vml("m0,0l10,0l10,10xe", Some("10,10"), None), None);
    }

    #[test]
    fn css_lengths() {
        assert_eq!(panjang("12.5pt", 0.75), Some(12.5));
        assert_eq!(panjang("1in", 0.75), Some(72.0));
        assert_eq!(panjang("100", 0.75), Some(75.0));
        assert_eq!(panjang("100", 1.0), Some(100.0));
        assert_eq!(panjang("x", 1.0), None);
    }

    #[test]
    fn frames_compose() {
        let outer = Tf {
            o: (10.0, 10.0),
            s: (2.0, 2.0),
            c: (0.0, 0.0),
        };
        let inner = Tf {
            o: (5.0, 5.0),
            s: (0.5, 0.5),
            c: (100.0, 100.0),
        };
        let t = outer.then(inner);
        // inner: 120 → (120-100)*0.5+5 = 15; outer: 15*2+10 = 40
        assert_eq!(t.p(120.0, 100.0), (40.0, 20.0));
    }

    const NS_UJI: &str = concat!(
        r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
        r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
        r#"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#,
        r#"xmlns:v="urn:schemas-microsoft-com:vml" "#,
        r#"xmlns:o="urn:schemas-microsoft-com:office:office""#
    );

    fn garis_dari(xml: &str) -> Vec<(f64, f64)> {
        let doc = roxmltree::Document::parse(xml).unwrap();
        let mut out = Vec::new();
        baca(doc.root_element(), 0, &mut out);
        assert_eq!(out.len(), 1, "{out:#?}");
        let t = out[0].garis.as_ref().expect("a line").titik.clone();
        t.into_iter()
            .map(|(x, y)| ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0))
            .collect()
    }

    #[test]
    fn an_elbow_s_middle_leg_where_its_adjustment_puts_it() {
        // Word routes a return round the symbols by moving the middle leg
        // of a bentConnector3 outside its box (adj1 150%): read at 50%, the
        // arrow ran through the lanes, past another branch's label.
        let drawingml = |flip: &str, adj: &str| {
            format!(
                r#"<w:drawing {NS_UJI}><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1270000" cy="635000"/><a:graphic><a:graphicData><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm{flip}><a:off x="0" y="0"/><a:ext cx="1270000" cy="635000"/></a:xfrm><a:prstGeom prst="bentConnector3"><a:avLst>{adj}</a:avLst></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"#
            )
        };
        let adj = r#"<a:gd name="adj1" fmla="val 150000"/>"#;
        assert_eq!(
            garis_dari(&drawingml("", adj)),
            [(0.0, 0.0), (150.0, 0.0), (150.0, 50.0), (100.0, 50.0)]
        );
        // Mirrored: from the right end, the leg 150% of the way leftwards.
        assert_eq!(
            garis_dari(&drawingml(r#" flipH="1""#, adj)),
            [(100.0, 0.0), (-50.0, 0.0), (-50.0, 50.0), (0.0, 50.0)]
        );
        // No adjustment: half way.
        assert_eq!(
            garis_dari(&drawingml("", "")),
            [(0.0, 0.0), (50.0, 0.0), (50.0, 50.0), (100.0, 50.0)]
        );
        // VML's elbow (type 34), its adjustment in 21600ths.
        let vml = format!(
            r##"<w:pict {NS_UJI}><v:shape type="#_x0000_t34" adj="-10800" style="position:absolute;margin-left:0;margin-top:0;width:100pt;height:50pt" filled="f"><v:stroke endarrow="block"/></v:shape></w:pict>"##
        );
        assert_eq!(
            garis_dari(&vml),
            [(0.0, 0.0), (-50.0, 0.0), (-50.0, 50.0), (100.0, 50.0)]
        );
    }
}
