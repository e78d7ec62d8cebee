//! Writes the flowchart's geometry out as Word stores it: DrawingML shapes
//! with their VML fallback, or VML alone; each shape anchored in a cell,
//! or all of a page's shapes in one group or drawing canvas.

use std::collections::HashMap;
use std::fmt::Write;

use super::bagan::{Bagan, Bentuk, Panah, Sisi};
use super::gaya::{Kodean, Sambungan, Tempat, VersiWord};
use super::tata::{MARGIN_SEL, Tata};
use super::teks::Penulis;
use super::xml::{EMU_TWIP, esc_into, pt};

/// What one drawn thing is.
#[derive(Debug, Clone)]
enum Jenis {
    Simbol(Bentuk),
    /// A connector: DrawingML preset, its transform and glue.
    Konektor {
        prst: &'static str,
        rot: bool,
        flip_h: bool,
        flip_v: bool,
        adj: Option<i64>,
        kepala: bool,
        dari: Option<(u32, u32, Sisi)>,
        ke: Option<(u32, u32, Sisi)>,
    },
    Label,
}

/// A shape ready to write, in its container's coordinates (EMU).
#[derive(Debug, Clone)]
struct Bentukan {
    jenis: Jenis,
    x: i64,
    y: i64,
    w: i64,
    h: i64,
    /// End points, for `v:line`.
    garis: Option<((i64, i64), (i64, i64))>,
    teks: Option<String>,
    id: u32,
    spid: u32,
    nama: String,
}

/// The runs to put into each cell of the procedure table: keyed by (row of
/// `Tata::baris`, lane).
pub type IsiSel = HashMap<(usize, usize), String>;

/// Where the shapes go: runs for lane cells, and (for canvases) runs for
/// the paragraph above each page's table.
#[derive(Debug, Default)]
pub struct Gambar {
    pub sel: IsiSel,
    pub halaman: Vec<String>,
}

/// Writes every shape of the flowchart, as the style asks.
pub fn tulis(w: &mut Penulis, tata: &Tata, bagan: &Bagan) -> Gambar {
    let mut isi = IsiSel::new();
    let mut halaman = Vec::new();
    // Ids first, so connectors can name the shapes they are glued to.
    let mut sym_ids = Vec::with_capacity(bagan.simbol.len());
    let wadah = w.gaya.tempat != Tempat::Sel;
    match w.gaya.tempat {
        Tempat::Sel => {
            for _ in &bagan.simbol {
                sym_ids.push((w.ids.next_doc_pr(), w.ids.next_spid()));
            }
            let mut items: Vec<(usize, usize, Bentukan)> = Vec::new();
            for (k, s) in bagan.simbol.iter().enumerate() {
                let (id, spid) = sym_ids[k];
                items.push((
                    s.baris,
                    s.lane,
                    Bentukan {
                        jenis: Jenis::Simbol(s.bentuk),
                        x: s.x,
                        y: s.y,
                        w: s.w,
                        h: s.h,
                        garis: None,
                        teks: s.teks.clone(),
                        id,
                        spid,
                        nama: nama_simbol(w.gaya.versi, s.bentuk, id),
                    },
                ));
            }
            for p in &bagan.panah {
                for b in konektor(w, p, &sym_ids) {
                    items.push((p.baris, p.lane, b));
                }
            }
            for l in &bagan.label {
                let id = w.ids.next_doc_pr();
                let spid = w.ids.next_spid();
                items.push((
                    l.baris,
                    l.lane,
                    Bentukan {
                        jenis: Jenis::Label,
                        x: l.x,
                        y: l.y,
                        w: l.w,
                        h: l.h,
                        garis: None,
                        teks: Some(l.teks.clone()),
                        id,
                        spid,
                        nama: format!("Text Box {id}"),
                    },
                ));
            }
            for (r, lane, mut b) in items {
                // Into the cell's coordinates: the cell's text area.
                let (lx, _) = tata.lane_emu(lane);
                let ox = lx + i64::from(MARGIN_SEL) * EMU_TWIP;
                let oy = i64::from(tata.baris[r].y) * EMU_TWIP;
                b.x -= ox;
                b.y -= oy;
                if let Some((a, z)) = b.garis {
                    b.garis = Some(((a.0 - ox, a.1 - oy), (z.0 - ox, z.1 - oy)));
                }
                let run = satu(w, &b);
                isi.entry((r, lane)).or_default().push_str(&run);
            }
        }
        Tempat::Grup if !w.gaya.jangkar_paragraf() => {
            // Anchored in lane 0's cell of the page's first row.
            let (l0, _) = tata.lane_emu(0);
            for p in 0..tata.jumlah_halaman {
                let r = tata.baris_halaman(p).next().expect("page rows");
                let asal = (
                    l0 + i64::from(MARGIN_SEL) * EMU_TWIP,
                    i64::from(tata.baris[r].y) * EMU_TWIP,
                );
                let run = wadah_halaman(w, tata, bagan, p, asal);
                isi.entry((r, 0)).or_default().push_str(&run);
            }
        }
        Tempat::Grup | Tempat::Kanvas => {
            // Anchored in the paragraph above the page's table: across
            // from the margin, down from the paragraph's top.
            let kepala: u32 = tata.kepala.iter().sum();
            let ukuran = w.gaya.ukuran;
            let tepi = tepi_tabel(w);
            for p in 0..tata.jumlah_halaman {
                let par = if p == 0 && w.gaya.judul_prosedur.is_some() {
                    super::tata::tinggi_baris(ukuran) + super::prosedur::JARAK_JUDUL
                } else {
                    super::tata::tinggi_baris(ukuran)
                };
                let asal = (-tepi, -i64::from(par + kepala) * EMU_TWIP);
                halaman.push(wadah_halaman(w, tata, bagan, p, asal));
            }
        }
    }
    let _ = wadah;
    Gambar { sel: isi, halaman }
}

/// The table's left border from the margin (EMU): Word 2013 and later put
/// it on the margin; earlier versions (and compatibility mode) put the
/// first cell's text there, the border a cell margin to the left.
fn tepi_tabel(w: &Penulis) -> i64 {
    if w.gaya.versi == VersiWord::Word2016 && w.gaya.kodean == Kodean::DrawingMl {
        0
    } else {
        -i64::from(MARGIN_SEL) * EMU_TWIP
    }
}

fn nama_simbol(versi: VersiWord, b: Bentuk, id: u32) -> String {
    let _ = versi;
    match b {
        Bentuk::Terminator => format!("Flowchart: Terminator {id}"),
        Bentuk::Proses => format!("Flowchart: Process {id}"),
        Bentuk::Keputusan => format!("Flowchart: Decision {id}"),
        Bentuk::Penghubung => format!("Flowchart: Off-page Connector {id}"),
    }
}

/// The shapes that draw one arrow: one connector, or (for `Segmen`) one
/// line a segment.
fn konektor(w: &mut Penulis, p: &Panah, sym_ids: &[(u32, u32)]) -> Vec<Bentukan> {
    let segmen = w.gaya.sambungan == Sambungan::Segmen && p.titik.len() > 2;
    let versi = w.gaya.versi;
    let mut out = Vec::new();
    if segmen {
        let n = p.titik.len() - 1;
        for k in 0..n {
            let a = p.titik[k];
            let z = p.titik[k + 1];
            let id = w.ids.next_doc_pr();
            let spid = w.ids.next_spid();
            let kepala = p.kepala && k + 1 == n;
            let mut b = lurus(a, z, kepala, None, None);
            b.id = id;
            b.spid = spid;
            b.nama = if kepala {
                format!("Straight Arrow Connector {id}")
            } else {
                format!("Straight Connector {id}")
            };
            out.push(b);
        }
        return out;
    }
    let dari = p.dari.map(|(s, side)| (sym_ids[s].0, sym_ids[s].1, side));
    let ke = p.ke.map(|(s, side)| (sym_ids[s].0, sym_ids[s].1, side));
    let id = w.ids.next_doc_pr();
    let spid = w.ids.next_spid();
    let mut b = if p.titik.len() == 2 {
        lurus(p.titik[0], p.titik[1], p.kepala, dari, ke)
    } else {
        siku(&p.titik, p.kepala, dari, ke)
    };
    b.id = id;
    b.spid = spid;
    b.nama = match &b.jenis {
        Jenis::Konektor { prst, kepala, .. } if prst.starts_with("bent") => {
            if versi == VersiWord::Word2016 {
                format!("Connector: Elbow {id}")
            } else {
                format!("Elbow Connector {id}")
            }
        }
        Jenis::Konektor { kepala: true, .. } => format!("Straight Arrow Connector {id}"),
        _ => format!("Straight Connector {id}"),
    };
    out.push(b);
    out
}

fn lurus(
    a: (i64, i64),
    z: (i64, i64),
    kepala: bool,
    dari: Option<(u32, u32, Sisi)>,
    ke: Option<(u32, u32, Sisi)>,
) -> Bentukan {
    Bentukan {
        jenis: Jenis::Konektor {
            prst: if kepala { "straightConnector1" } else { "line" },
            rot: false,
            flip_h: z.0 < a.0,
            flip_v: z.1 < a.1,
            adj: None,
            kepala,
            dari,
            ke,
        },
        x: a.0.min(z.0),
        y: a.1.min(z.1),
        w: (z.0 - a.0).abs(),
        h: (z.1 - a.1).abs(),
        garis: Some((a, z)),
        teks: None,
        id: 0,
        spid: 0,
        nama: String::new(),
    }
}

/// An elbow connector through the four points of an orthogonal route:
/// across-down-across is `bentConnector3` as it is; down-across-down is
/// the same preset turned a quarter, as Word stores it.
fn siku(
    pts: &[(i64, i64)],
    kepala: bool,
    dari: Option<(u32, u32, Sisi)>,
    ke: Option<(u32, u32, Sisi)>,
) -> Bentukan {
    let a = pts[0];
    let z = pts[pts.len() - 1];
    let horizontal_first = pts[1].1 == a.1;
    if horizontal_first {
        let cx = pts[1].0;
        // A loop back into the same side has no width; Word keeps a
        // sliver of one and stretches the middle leg by the adjustment.
        let mut dx = z.0 - a.0;
        if dx.abs() < 12700 {
            dx = if cx >= a.0 { -12700 } else { 12700 };
        }
        let adj = (cx - a.0) * 100_000 / dx;
        let zx = a.0 + dx;
        Bentukan {
            jenis: Jenis::Konektor {
                prst: "bentConnector3",
                rot: false,
                flip_h: dx < 0,
                flip_v: z.1 < a.1,
                adj: Some(adj),
                kepala,
                dari,
                ke,
            },
            x: a.0.min(zx),
            y: a.1.min(z.1),
            w: dx.abs(),
            h: (z.1 - a.1).abs(),
            garis: None,
            teks: None,
            id: 0,
            spid: 0,
            nama: String::new(),
        }
    } else {
        let ym = pts[1].1;
        let dy = (z.1 - a.1).max(1);
        let dx = z.0 - a.0;
        let adj = (ym - a.1) * 100_000 / dy;
        let (cx, cy) = (dy.abs(), dx.abs());
        let c = ((a.0 + z.0) / 2, (a.1 + z.1) / 2);
        Bentukan {
            jenis: Jenis::Konektor {
                prst: "bentConnector3",
                rot: true,
                flip_h: z.1 < a.1,
                flip_v: dx > 0,
                adj: Some(adj),
                kepala,
                dari,
                ke,
            },
            x: c.0 - cx / 2,
            y: c.1 - cy / 2,
            w: cx,
            h: cy,
            garis: None,
            teks: None,
            id: 0,
            spid: 0,
            nama: String::new(),
        }
    }
}

/// One floating shape, as a run.
fn satu(w: &mut Penulis, b: &Bentukan) -> String {
    let mut out = String::new();
    out.push_str("<w:r><w:rPr><w:noProof/></w:rPr>");
    match w.gaya.kodean {
        Kodean::DrawingMl => {
            out.push_str("<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>");
            let z = w.ids.next_z();
            let graphic = {
                let mut g = String::new();
                wsp(w, &mut g, b, false);
                g
            };
            anchor(
                w,
                &mut out,
                b,
                z,
                "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
                &graphic,
            );
            out.push_str("</w:drawing></mc:Choice><mc:Fallback><w:pict>");
            vml(w, &mut out, b, Some(z), None);
            out.push_str("</w:pict></mc:Fallback></mc:AlternateContent>");
        }
        Kodean::Vml => {
            out.push_str("<w:pict>");
            let z = w.ids.next_z();
            vml(w, &mut out, b, Some(z), None);
            out.push_str("</w:pict>");
        }
    }
    out.push_str("</w:r>");
    out
}

fn anchor(w: &mut Penulis, out: &mut String, b: &Bentukan, z: u32, uri: &str, graphic: &str) {
    let wp14 = if w.gaya.versi == VersiWord::Word2007 {
        String::new()
    } else {
        format!(
            " wp14:anchorId=\"{}\" wp14:editId=\"{}\"",
            w.ids.hex8(),
            w.ids.hex8()
        )
    };
    let _ = write!(
        out,
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"{z}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"{wp14}>\
<wp:simplePos x=\"0\" y=\"0\"/>\
<wp:positionH relativeFrom=\"column\"><wp:posOffset>{}</wp:posOffset></wp:positionH>\
<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>{}</wp:posOffset></wp:positionV>\
<wp:extent cx=\"{}\" cy=\"{}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>\
<wp:docPr id=\"{}\" name=\"",
        b.x, b.y, b.w, b.h, b.id
    );
    esc_into(out, &b.nama);
    let _ = write!(
        out,
        "\"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"{uri}\">{graphic}</a:graphicData></a:graphic>"
    );
    if w.gaya.versi != VersiWord::Word2007 {
        out.push_str("<wp14:sizeRelH relativeFrom=\"margin\"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom=\"margin\"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>");
    }
    out.push_str("</wp:anchor>");
}

fn prst_simbol(b: Bentuk) -> &'static str {
    match b {
        Bentuk::Terminator => "flowChartTerminator",
        Bentuk::Proses => "flowChartProcess",
        Bentuk::Keputusan => "flowChartDecision",
        Bentuk::Penghubung => "flowChartOffpageConnector",
    }
}

/// `w:txbxContent` with one centred line of small text.
fn txbx(out: &mut String, teks: &str, center: bool) {
    out.push_str(
        "<w:txbxContent><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
    );
    if center {
        out.push_str("<w:jc w:val=\"center\"/>");
    }
    out.push_str("<w:rPr><w:color w:val=\"000000\" w:themeColor=\"text1\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:pPr><w:r><w:rPr><w:color w:val=\"000000\" w:themeColor=\"text1\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>");
    super::teks::t(out, teks);
    out.push_str("</w:r></w:p></w:txbxContent>");
}

/// A `wps:wsp`; inside a group or canvas it carries its own `wps:cNvPr`.
fn wsp(w: &mut Penulis, out: &mut String, b: &Bentukan, in_wadah: bool) {
    let _ = w;
    out.push_str("<wps:wsp>");
    if in_wadah {
        let _ = write!(out, "<wps:cNvPr id=\"{}\" name=\"", b.id);
        esc_into(out, &b.nama);
        out.push_str("\"/>");
    }
    let xfrm_attrs = |rot: bool, fh: bool, fv: bool| {
        let mut s = String::new();
        if rot {
            s.push_str(" rot=\"5400000\"");
        }
        if fh {
            s.push_str(" flipH=\"1\"");
        }
        if fv {
            s.push_str(" flipV=\"1\"");
        }
        s
    };
    match &b.jenis {
        Jenis::Simbol(bentuk) => {
            let _ = write!(
                out,
                "<wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom prst=\"{}\"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill></a:ln></wps:spPr>",
                if in_wadah { b.x } else { 0 },
                if in_wadah { b.y } else { 0 },
                b.w,
                b.h,
                prst_simbol(*bentuk)
            );
            out.push_str("<wps:style><a:lnRef idx=\"2\"><a:schemeClr val=\"accent1\"><a:shade val=\"50000\"/></a:schemeClr></a:lnRef><a:fillRef idx=\"1\"><a:schemeClr val=\"accent1\"/></a:fillRef><a:effectRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:effectRef><a:fontRef idx=\"minor\"><a:schemeClr val=\"lt1\"/></a:fontRef></wps:style>");
            if let Some(t) = &b.teks {
                out.push_str("<wps:txbx>");
                txbx(out, t, true);
                out.push_str("</wps:txbx>");
                out.push_str("<wps:bodyPr rot=\"0\" spcFirstLastPara=\"0\" vertOverflow=\"overflow\" horzOverflow=\"overflow\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" numCol=\"1\" spcCol=\"0\" rtlCol=\"0\" fromWordArt=\"0\" anchor=\"ctr\" anchorCtr=\"0\" forceAA=\"0\" compatLnSpc=\"1\"><a:prstTxWarp prst=\"textNoShape\"><a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr>");
            } else {
                out.push_str("<wps:bodyPr rot=\"0\" spcFirstLastPara=\"0\" vertOverflow=\"overflow\" horzOverflow=\"overflow\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" numCol=\"1\" spcCol=\"0\" rtlCol=\"0\" fromWordArt=\"0\" anchor=\"ctr\" anchorCtr=\"0\" forceAA=\"0\" compatLnSpc=\"1\"><a:prstTxWarp prst=\"textNoShape\"><a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr>");
            }
        }
        Jenis::Konektor {
            prst,
            rot,
            flip_h,
            flip_v,
            adj,
            kepala,
            dari,
            ke,
        } => {
            out.push_str("<wps:cNvCnPr>");
            if let Some((id, _, s)) = dari {
                let _ = write!(out, "<a:stCxn id=\"{id}\" idx=\"{}\"/>", *s as u8);
            }
            if let Some((id, _, s)) = ke {
                let _ = write!(out, "<a:endCxn id=\"{id}\" idx=\"{}\"/>", *s as u8);
            }
            out.push_str("</wps:cNvCnPr>");
            let _ = write!(
                out,
                "<wps:spPr><a:xfrm{}><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom prst=\"{prst}\">",
                xfrm_attrs(*rot, *flip_h, *flip_v),
                if in_wadah { b.x } else { 0 },
                if in_wadah { b.y } else { 0 },
                b.w,
                b.h
            );
            match adj {
                Some(v) if *v != 50_000 => {
                    let _ = write!(
                        out,
                        "<a:avLst><a:gd name=\"adj1\" fmla=\"val {v}\"/></a:avLst>"
                    );
                }
                _ => out.push_str("<a:avLst/>"),
            }
            out.push_str("</a:prstGeom><a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>");
            if *kepala {
                out.push_str("<a:tailEnd type=\"triangle\"/>");
            }
            out.push_str("</a:ln></wps:spPr><wps:style><a:lnRef idx=\"1\"><a:schemeClr val=\"accent1\"/></a:lnRef><a:fillRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:fillRef><a:effectRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:effectRef><a:fontRef idx=\"minor\"><a:schemeClr val=\"tx1\"/></a:fontRef></wps:style><wps:bodyPr/>");
        }
        Jenis::Label => {
            let _ = write!(
                out,
                "<wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln w=\"6350\"><a:noFill/></a:ln></wps:spPr>",
                if in_wadah { b.x } else { 0 },
                if in_wadah { b.y } else { 0 },
                b.w,
                b.h
            );
            out.push_str("<wps:style><a:lnRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:lnRef><a:fillRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:fillRef><a:effectRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:effectRef><a:fontRef idx=\"minor\"><a:schemeClr val=\"dk1\"/></a:fontRef></wps:style><wps:txbx>");
            txbx(out, b.teks.as_deref().unwrap_or(""), false);
            out.push_str("</wps:txbx><wps:bodyPr rot=\"0\" spcFirstLastPara=\"0\" vertOverflow=\"overflow\" horzOverflow=\"overflow\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" numCol=\"1\" spcCol=\"0\" rtlCol=\"0\" fromWordArt=\"0\" anchor=\"t\" anchorCtr=\"0\" forceAA=\"0\" compatLnSpc=\"1\"><a:prstTxWarp prst=\"textNoShape\"><a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr>");
        }
    }
    out.push_str("</wps:wsp>");
}

/// VML shape types Word declares before their first use.
fn shapetype(out: &mut String, t: u32) {
    let s = match t {
        109 => {
            "<v:shapetype id=\"_x0000_t109\" coordsize=\"21600,21600\" o:spt=\"109\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
        }
        110 => {
            "<v:shapetype id=\"_x0000_t110\" coordsize=\"21600,21600\" o:spt=\"110\" path=\"m10800,l,10800,10800,21600,21600,10800xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\" textboxrect=\"5400,5400,16200,16200\"/></v:shapetype>"
        }
        116 => {
            "<v:shapetype id=\"_x0000_t116\" coordsize=\"21600,21600\" o:spt=\"116\" path=\"m3475,qx,10800,3475,21600l18125,21600qx21600,10800,18125,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\" textboxrect=\"1018,3163,20582,18437\"/></v:shapetype>"
        }
        177 => {
            "<v:shapetype id=\"_x0000_t177\" coordsize=\"21600,21600\" o:spt=\"177\" path=\"m,l21600,r,17150l10800,21600,,17150xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\" textboxrect=\"0,0,21600,17150\"/></v:shapetype>"
        }
        202 => {
            "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
        }
        32 => {
            "<v:shapetype id=\"_x0000_t32\" coordsize=\"21600,21600\" o:spt=\"32\" o:oned=\"t\" path=\"m,l21600,21600e\" filled=\"f\"><v:path arrowok=\"t\" fillok=\"f\" o:connecttype=\"none\"/><o:lock v:ext=\"edit\" shapetype=\"t\"/></v:shapetype>"
        }
        34 => {
            "<v:shapetype id=\"_x0000_t34\" coordsize=\"21600,21600\" o:spt=\"34\" o:oned=\"t\" adj=\"10800\" path=\"m,l@0,0@0,21600,21600,21600e\" filled=\"f\"><v:stroke joinstyle=\"miter\"/><v:formulas><v:f eqn=\"val #0\"/></v:formulas><v:path arrowok=\"t\" fillok=\"f\" o:connecttype=\"none\"/><v:handles><v:h position=\"#0,center\"/></v:handles><o:lock v:ext=\"edit\" shapetype=\"t\"/></v:shapetype>"
        }
        _ => "",
    };
    out.push_str(s);
}

fn tipe_vml(b: Bentuk) -> u32 {
    match b {
        Bentuk::Terminator => 116,
        Bentuk::Proses => 109,
        Bentuk::Keputusan => 110,
        Bentuk::Penghubung => 177,
    }
}

/// A VML shape. `z` is its z-index when it floats on its own; `skala`
/// (coordinate units an EMU, as a divisor) when it sits in a group.
fn vml(w: &mut Penulis, out: &mut String, b: &Bentukan, z: Option<u32>, skala: Option<i64>) {
    let legacy = w.gaya.kodean == Kodean::Vml;
    let pos = |v: i64| match skala {
        Some(k) => (v / k).to_string(),
        None => pt(v),
    };
    let style_pos = |extra: &str| -> String {
        match (skala, z) {
            (Some(_), _) => format!(
                "position:absolute;left:{};top:{};width:{};height:{}{extra}",
                pos(b.x),
                pos(b.y),
                pos(b.w),
                pos(b.h)
            ),
            (None, z) => format!(
                "position:absolute;margin-left:{};margin-top:{};width:{};height:{}{extra};z-index:{};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text",
                pos(b.x),
                pos(b.y),
                pos(b.w),
                pos(b.h),
                z.unwrap_or(0)
            ),
        }
    };
    let id_attrs = |out: &mut String| {
        if legacy {
            let _ = write!(out, " id=\"_x0000_s{}\"", b.spid);
        } else {
            out.push_str(" id=\"");
            esc_into(out, &b.nama);
            let _ = write!(out, "\" o:spid=\"_x0000_s{}\"", b.spid);
        }
    };
    match &b.jenis {
        Jenis::Simbol(bentuk) => {
            let t = tipe_vml(*bentuk);
            deklarasi(w, out, t);
            out.push_str("<v:shape");
            id_attrs(out);
            let _ = write!(
                out,
                " type=\"#_x0000_t{t}\" style=\"{}\" fillcolor=\"white [3212]\" strokecolor=\"black [3213]\">",
                style_pos(";v-text-anchor:middle")
            );
            if let Some(teks) = &b.teks {
                out.push_str("<v:textbox inset=\"0,0,0,0\">");
                txbx(out, teks, true);
                out.push_str("</v:textbox>");
            }
            out.push_str("</v:shape>");
        }
        Jenis::Label => {
            deklarasi(w, out, 202);
            out.push_str("<v:shape");
            id_attrs(out);
            let _ = write!(
                out,
                " type=\"#_x0000_t202\" style=\"{}\" filled=\"f\" stroked=\"f\" strokeweight=\".5pt\"><v:textbox inset=\"0,0,0,0\">",
                style_pos("")
            );
            txbx(out, b.teks.as_deref().unwrap_or(""), false);
            out.push_str("</v:textbox></v:shape>");
        }
        Jenis::Konektor {
            prst,
            rot,
            flip_h,
            flip_v,
            adj,
            kepala,
            dari,
            ke,
        } => {
            let stroke = if *kepala {
                "<v:stroke endarrow=\"block\" joinstyle=\"miter\"/>"
            } else {
                "<v:stroke joinstyle=\"miter\"/>"
            };
            let lepas = w.gaya.sambungan != Sambungan::Terikat;
            if let (true, true, Some((a, zz))) = (legacy, lepas, b.garis) {
                // Drawn with the Line or Arrow tool of Word 2003.
                out.push_str("<v:line");
                id_attrs(out);
                let style = match (skala, z) {
                    (Some(_), _) => "position:absolute".to_string(),
                    (None, z) => format!(
                        "position:absolute;z-index:{};visibility:visible;mso-position-horizontal-relative:text;mso-position-vertical-relative:text",
                        z.unwrap_or(0)
                    ),
                };
                // From the top-left end, the arrowhead at the start when the
                // flow runs the other way.
                let (a, zz, stroke) = if w.gaya.garis_searah && (zz.0, zz.1) < (a.0, a.1) {
                    let stroke = if *kepala {
                        "<v:stroke startarrow=\"block\" joinstyle=\"miter\"/>"
                    } else {
                        stroke
                    };
                    (zz, a, stroke)
                } else {
                    (a, zz, stroke)
                };
                let _ = write!(
                    out,
                    " style=\"{style}\" from=\"{},{}\" to=\"{},{}\" strokecolor=\"black [3213]\" strokeweight=\".5pt\">{stroke}</v:line>",
                    pos(a.0),
                    pos(a.1),
                    pos(zz.0),
                    pos(zz.1)
                );
                return;
            }
            let bent = prst.starts_with("bent");
            let t = if bent { 34 } else { 32 };
            deklarasi(w, out, t);
            let mut extra = String::new();
            if *rot {
                extra.push_str(";rotation:90");
            }
            // VML flips along the page's axes, after the rotation: turned
            // a quarter, DrawingML's flipV is VML's flip:x.
            let (flip_h, flip_v) = if *rot {
                (flip_v, flip_h)
            } else {
                (flip_h, flip_v)
            };
            match (flip_h, flip_v) {
                (true, true) => extra.push_str(";flip:x y"),
                (true, false) => extra.push_str(";flip:x"),
                (false, true) => extra.push_str(";flip:y"),
                _ => {}
            }
            out.push_str("<v:shape");
            id_attrs(out);
            let _ = write!(
                out,
                " type=\"#_x0000_t{t}\" style=\"{}\" o:connectortype=\"{}\"",
                style_pos(&extra),
                if bent { "elbow" } else { "straight" }
            );
            if let Some(v) = adj {
                if bent {
                    let _ = write!(out, " adj=\"{}\"", v * 21600 / 100_000);
                }
            }
            let _ = write!(
                out,
                " strokecolor=\"black [3213]\" strokeweight=\".5pt\">{stroke}</v:shape>"
            );
            // Glue, in the VML way: a rule naming the shapes, in settings.xml.
            if legacy && (dari.is_some() || ke.is_some()) {
                w.jumlah_aturan += 1;
                let _ = write!(
                    w.aturan_vml,
                    "<o:r id=\"V:Rule{}\" type=\"connector\" idref=\"#_x0000_s{}\">",
                    w.jumlah_aturan, b.spid
                );
                for (kind, end) in [("start", dari), ("end", ke)] {
                    if let Some((_, spid, side)) = end {
                        let _ = write!(
                            w.aturan_vml,
                            "<o:proxy {kind}=\"\" idref=\"#_x0000_s{spid}\" connectloc=\"{}\"/>",
                            *side as u8
                        );
                    }
                }
                w.aturan_vml.push_str("</o:r>");
            }
        }
    }
}

fn deklarasi(w: &mut Penulis, out: &mut String, t: u32) {
    if w.tipe_vml.insert(t) {
        match &mut w.tipe_tertunda {
            Some(types) => shapetype(types, t),
            None => shapetype(out, t),
        }
    }
}

/// All of page `p`'s shapes in one group or canvas, floating over the
/// table; `asal` is where its anchor's origin is, in the page's table
/// coordinates.
fn wadah_halaman(
    w: &mut Penulis,
    tata: &Tata,
    bagan: &Bagan,
    p: usize,
    asal: (i64, i64),
) -> String {
    let kanvas = w.gaya.tempat == Tempat::Kanvas;
    let first_row = tata.baris_halaman(p).next().expect("page rows");
    // The container: the lanes of the page's rows, grown to hold anything
    // that reaches beyond them.
    let (l0, _) = tata.lane_emu(0);
    let n = tata
        .kolom
        .iter()
        .filter(|k| matches!(k, super::tata::Kolom::Lane(_)))
        .count();
    let (ln, lw) = tata.lane_emu(n - 1);
    let top = i64::from(tata.baris[first_row].y) * EMU_TWIP;
    let mut x0 = l0;
    let mut y0 = top;
    let mut x1 = ln + lw;
    let mut y1 = top + i64::from(tata.tinggi_halaman(p)) * EMU_TWIP;
    let mut items: Vec<Bentukan> = Vec::new();
    let mut sym_ids = vec![(0u32, 0u32); bagan.simbol.len()];
    let container_id = w.ids.next_doc_pr();
    let container_spid = w.ids.next_spid();
    if kanvas {
        // The canvas's background shape takes an id of its own.
        w.ids.next_spid();
    }
    for (k, s) in bagan.simbol.iter().enumerate() {
        if s.halaman != p {
            continue;
        }
        let id = w.ids.next_doc_pr();
        let spid = w.ids.next_spid();
        sym_ids[k] = (id, spid);
        items.push(Bentukan {
            jenis: Jenis::Simbol(s.bentuk),
            x: s.x,
            y: s.y,
            w: s.w,
            h: s.h,
            garis: None,
            teks: s.teks.clone(),
            id,
            spid,
            nama: nama_simbol(w.gaya.versi, s.bentuk, id),
        });
    }
    for pa in bagan.panah.iter().filter(|pa| pa.halaman == p) {
        items.extend(konektor(w, pa, &sym_ids));
    }
    for l in bagan.label.iter().filter(|l| l.halaman == p) {
        let id = w.ids.next_doc_pr();
        let spid = w.ids.next_spid();
        items.push(Bentukan {
            jenis: Jenis::Label,
            x: l.x,
            y: l.y,
            w: l.w,
            h: l.h,
            garis: None,
            teks: Some(l.teks.clone()),
            id,
            spid,
            nama: format!("Text Box {id}"),
        });
    }
    for b in &items {
        x0 = x0.min(b.x);
        y0 = y0.min(b.y);
        x1 = x1.max(b.x + b.w);
        y1 = y1.max(b.y + b.h);
    }
    for b in &mut items {
        b.x -= x0;
        b.y -= y0;
        if let Some((a, z)) = b.garis {
            b.garis = Some(((a.0 - x0, a.1 - y0), (z.0 - x0, z.1 - y0)));
        }
    }
    let (cw, ch) = (x1 - x0, y1 - y0);
    let ax = x0 - asal.0;
    let ay = y0 - asal.1;
    let nama = if kanvas {
        format!("Canvas {container_id}")
    } else {
        format!("Group {container_id}")
    };
    let frame = Bentukan {
        jenis: Jenis::Label,
        x: ax,
        y: ay,
        w: cw,
        h: ch,
        garis: None,
        teks: None,
        id: container_id,
        spid: container_spid,
        nama: nama.clone(),
    };
    let z = w.ids.next_z();
    let mut out = String::from("<w:r><w:rPr><w:noProof/></w:rPr>");
    let dml = w.gaya.kodean == Kodean::DrawingMl;
    if dml {
        let mut g = String::new();
        if kanvas {
            g.push_str("<wpc:wpc><wpc:bg/><wpc:whole/>");
            for b in &items {
                wsp(w, &mut g, b, true);
            }
            g.push_str("</wpc:wpc>");
        } else {
            let _ = write!(
                g,
                "<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cw}\" cy=\"{ch}\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"{cw}\" cy=\"{ch}\"/></a:xfrm></wpg:grpSpPr>"
            );
            for b in &items {
                wsp(w, &mut g, b, true);
            }
            g.push_str("<wpg:bodyPr/></wpg:wgp>");
        }
        let (req, uri) = if kanvas {
            (
                "wpc",
                "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
            )
        } else {
            (
                "wpg",
                "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
            )
        };
        let _ = write!(
            out,
            "<mc:AlternateContent><mc:Choice Requires=\"{req}\"><w:drawing>"
        );
        anchor(w, &mut out, &frame, z, uri, &g);
        out.push_str("</w:drawing></mc:Choice><mc:Fallback><w:pict>");
    } else {
        out.push_str("<w:pict>");
    }
    // The VML: a v:group (editas="canvas" for a canvas). Word 2010+ scales
    // child coordinates to EMU/100; Word 2003/2007 to twips.
    let skala = if dml { 100 } else { EMU_TWIP };
    let legacy = !dml;
    // The group's shape types go before it, in the w:pict, as Word puts them.
    let mut children = String::new();
    w.tipe_tertunda = Some(String::new());
    for b in &items {
        vml(w, &mut children, b, None, Some(skala));
    }
    if let Some(types) = w.tipe_tertunda.take() {
        out.push_str(&types);
    }
    out.push_str("<v:group");
    if legacy {
        let _ = write!(out, " id=\"_x0000_s{container_spid}\"");
    } else {
        out.push_str(" id=\"");
        esc_into(&mut out, &nama);
        let _ = write!(out, "\" o:spid=\"_x0000_s{container_spid}\"");
    }
    if kanvas {
        out.push_str(" editas=\"canvas\"");
    }
    let _ = write!(
        out,
        " style=\"position:absolute;margin-left:{};margin-top:{};width:{};height:{};z-index:{z};mso-position-horizontal-relative:text;mso-position-vertical-relative:text\" coordsize=\"{},{}\">",
        pt(ax),
        pt(ay),
        pt(cw),
        pt(ch),
        cw / skala,
        ch / skala
    );
    if kanvas {
        let _ = write!(
            out,
            "<v:shapetype id=\"_x0000_t75\" coordsize=\"21600,21600\" o:spt=\"75\" o:preferrelative=\"t\" path=\"m@4@5l@4@11@9@11@9@5xe\" filled=\"f\" stroked=\"f\"><v:stroke joinstyle=\"miter\"/><v:formulas><v:f eqn=\"if lineDrawn pixelLineWidth 0\"/><v:f eqn=\"sum @0 1 0\"/><v:f eqn=\"sum 0 0 @1\"/><v:f eqn=\"prod @2 1 2\"/><v:f eqn=\"prod @3 21600 pixelWidth\"/><v:f eqn=\"prod @3 21600 pixelHeight\"/><v:f eqn=\"sum @0 0 1\"/><v:f eqn=\"prod @6 1 2\"/><v:f eqn=\"prod @7 21600 pixelWidth\"/><v:f eqn=\"sum @8 21600 0\"/><v:f eqn=\"prod @7 21600 pixelHeight\"/><v:f eqn=\"sum @10 21600 0\"/></v:formulas><v:path o:extrusionok=\"f\" gradientshapeok=\"t\" o:connecttype=\"rect\"/><o:lock v:ext=\"edit\" aspectratio=\"t\"/></v:shapetype><v:shape id=\"_x0000_s{}\" type=\"#_x0000_t75\" style=\"position:absolute;width:{};height:{}\" o:preferrelative=\"f\"><v:fill o:detectmouseclick=\"t\"/><v:path o:extrusionok=\"t\" o:connecttype=\"none\"/><o:lock v:ext=\"edit\" text=\"t\"/></v:shape>",
            container_spid + 1,
            cw / skala,
            ch / skala
        );
    }
    out.push_str(&children);
    out.push_str("</v:group>");
    if dml {
        out.push_str("</w:pict></mc:Fallback></mc:AlternateContent>");
    } else {
        out.push_str("</w:pict>");
    }
    out.push_str("</w:r>");
    out
}
