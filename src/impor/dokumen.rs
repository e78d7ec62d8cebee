//! The document model: a .docx body as paragraphs and tables, with each
//! table's grid resolved (every cell knows its grid column, span and
//! vertical merge), paragraph text made plain (fields, tracked changes,
//! content controls, hidden text, symbols resolved), list numbering
//! rendered, and the drawn shapes kept with the paragraph that anchors them.

use std::collections::HashMap;

use roxmltree::Node;

use super::bentuk::{self, Bentuk};
use super::teks;
use super::xml::{Ns, attr, child, is, num, on, twip_pt, val};

#[derive(Debug, Default)]
pub struct Dokumen {
    pub blok: Vec<Blok>,
    /// The page headers' content, read like the body.
    pub kepala_halaman: Vec<Blok>,
    pub kertas: Kertas,
    /// How many tables (nested ones included), for "Tabel N" in notes.
    pub jumlah_tabel: usize,
}

/// The sheet: page size and margins, in points (not `Halaman`, which
/// names pages of a list and of a flowchart elsewhere).
#[derive(Debug, Clone, Copy)]
pub struct Kertas {
    pub lebar: f64,
    pub tinggi: f64,
    pub margin_kiri: f64,
    pub margin_atas: f64,
}

impl Default for Kertas {
    fn default() -> Self {
        // A4 portrait with 2.54 cm margins: Word's default in Indonesia.
        Kertas {
            lebar: 595.0,
            tinggi: 842.0,
            margin_kiri: 72.0,
            margin_atas: 72.0,
        }
    }
}

#[derive(Debug)]
pub enum Blok {
    Para(Para),
    Tabel(Tabel),
}

#[derive(Debug, Default)]
pub struct Para {
    /// The text, plain; soft line breaks are `\n`.
    pub teks: String,
    /// The list label Word draws before the text ("1.", "a)", "•").
    pub label: Option<String>,
    /// Shapes anchored in this paragraph.
    pub bentuk: Vec<Bentuk>,
    /// Font size in points, when a run sets it.
    pub ukuran: Option<f64>,
}

#[derive(Debug)]
pub struct Tabel {
    /// 1-based, in document order (nested tables counted too).
    pub no: usize,
    /// In a page header rather than the body.
    pub di_kepala: bool,
    /// Grid column widths, in points.
    pub grid: Vec<f64>,
    /// Indent of the table from the margin, in points.
    pub ind: f64,
    pub baris: Vec<Baris>,
}

#[derive(Debug, Default)]
pub struct Baris {
    pub sel: Vec<Sel>,
    /// `w:trHeight`, in points.
    pub tinggi: Option<f64>,
    /// A header row repeated on each page (`w:tblHeader`).
    pub header: bool,
}

#[derive(Debug, Default)]
pub struct Sel {
    /// First grid column.
    pub kol: usize,
    /// Grid columns spanned.
    pub span: usize,
    /// A continuation of the cell above (`w:vMerge` without restart).
    pub lanjut: bool,
    pub blok: Vec<Blok>,
    /// Shaded (`w:shd` with a fill that is not white or automatic).
    pub arsir: bool,
}

impl Sel {
    /// The cell's paragraphs, nested tables' included, in order.
    pub fn paragraf(&self) -> Vec<&Para> {
        let mut out = Vec::new();
        paragraf_dari(&self.blok, &mut out);
        out
    }

    /// The cell's text: its paragraphs (with their list labels) a line each.
    pub fn teks(&self) -> String {
        let mut s = String::new();
        for p in self.paragraf() {
            if !s.is_empty() {
                s.push('\n');
            }
            if let Some(l) = &p.label {
                s.push_str(l);
                s.push(' ');
            }
            s.push_str(&p.teks);
        }
        s
    }

    pub fn kosong(&self) -> bool {
        self.paragraf()
            .iter()
            .all(|p| p.teks.trim().is_empty() && p.label.is_none())
    }

    /// Shapes anchored anywhere in the cell.
    pub fn bentuk(&self) -> impl Iterator<Item = &Bentuk> {
        self.paragraf().into_iter().flat_map(|p| p.bentuk.iter())
    }
}

fn paragraf_dari<'a>(blok: &'a [Blok], out: &mut Vec<&'a Para>) {
    for b in blok {
        match b {
            Blok::Para(p) => out.push(p),
            Blok::Tabel(t) => {
                for r in &t.baris {
                    for c in &r.sel {
                        paragraf_dari(&c.blok, out);
                    }
                }
            }
        }
    }
}

impl Baris {
    /// The cell covering grid column `kol`.
    pub fn sel_di(&self, kol: usize) -> Option<&Sel> {
        self.sel
            .iter()
            .find(|c| c.kol <= kol && kol < c.kol + c.span)
    }
}

impl Tabel {
    /// How notes name the table: "Tabel 3", "Tabel 1 di kepala halaman".
    pub fn nama(&self) -> String {
        if self.di_kepala {
            format!("Tabel {} di kepala halaman", self.no)
        } else {
            format!("Tabel {}", self.no)
        }
    }

    pub fn lebar_kolom(&self) -> usize {
        self.grid.len().max(
            self.baris
                .iter()
                .map(|r| r.sel.last().map_or(0, |c| c.kol + c.span))
                .max()
                .unwrap_or(0),
        )
    }

    /// The left edge of grid column `kol`, from the table's left edge, in points.
    pub fn kiri(&self, kol: usize) -> f64 {
        self.grid.iter().take(kol).sum()
    }

    /// The cell at (`baris`, `kol`), following a vertical merge up to the
    /// cell that holds the content.
    pub fn sel_isi(&self, baris: usize, kol: usize) -> Option<&Sel> {
        let mut r = baris;
        loop {
            let c = self.baris.get(r)?.sel_di(kol)?;
            if !c.lanjut || r == 0 {
                return Some(c);
            }
            r -= 1;
        }
    }
}

// ------------------------------------------------------------------ reading

/// The deepest table nesting kept as tables; deeper ones become text.
const MAKS_TABEL_BERSARANG: usize = 6;

struct Level {
    format: String,
    teks: String,
    mulai: u32,
}

/// A style's (numId, ilvl, basedOn).
type GayaNomor = (Option<String>, Option<usize>, Option<String>);

#[derive(Default)]
struct Penomoran {
    /// abstractNumId → levels
    abstrak: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, level → start override)
    num: HashMap<String, (String, HashMap<usize, u32>)>,
    /// styleId → (numId, ilvl), through basedOn
    gaya: HashMap<String, GayaNomor>,
    /// counters by list (abstract, or num when it restarts)
    hitung: HashMap<String, [u32; 9]>,
}

impl Penomoran {
    fn baca(numbering: Option<&roxmltree::Document>, styles: Option<&roxmltree::Document>) -> Self {
        let mut p = Penomoran::default();
        if let Some(doc) = numbering {
            for n in doc.root_element().children() {
                if is(n, Ns::W, "abstractNum") {
                    let id = attr(n, "abstractNumId").unwrap_or("").to_string();
                    let mut levels = Vec::new();
                    for l in n.children().filter(|c| is(*c, Ns::W, "lvl")) {
                        levels.push(Level {
                            format: val(l, "numFmt").unwrap_or("decimal").to_string(),
                            teks: val(l, "lvlText").unwrap_or("%1.").to_string(),
                            mulai: val(l, "start").and_then(|v| v.parse().ok()).unwrap_or(1),
                        });
                    }
                    p.abstrak.insert(id, levels);
                } else if is(n, Ns::W, "num") {
                    let id = attr(n, "numId").unwrap_or("").to_string();
                    let abs = val(n, "abstractNumId").unwrap_or("").to_string();
                    let mut over = HashMap::new();
                    for o in n.children().filter(|c| is(*c, Ns::W, "lvlOverride")) {
                        let lvl = attr(o, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        if let Some(s) = val(o, "startOverride").and_then(|v| v.parse().ok()) {
                            over.insert(lvl, s);
                        }
                    }
                    p.num.insert(id, (abs, over));
                }
            }
        }
        if let Some(doc) = styles {
            for s in doc
                .root_element()
                .children()
                .filter(|c| is(*c, Ns::W, "style"))
            {
                let id = attr(s, "styleId").unwrap_or("").to_string();
                let numpr = child(s, Ns::W, "pPr").and_then(|p| child(p, Ns::W, "numPr"));
                let num_id = numpr.and_then(|n| val(n, "numId")).map(str::to_string);
                let ilvl = numpr
                    .and_then(|n| val(n, "ilvl"))
                    .and_then(|v| v.parse().ok());
                let based = val(s, "basedOn").map(str::to_string);
                p.gaya.insert(id, (num_id, ilvl, based));
            }
        }
        p
    }

    /// numId and level of a style, following basedOn a few steps.
    fn dari_gaya(&self, style: &str) -> (Option<String>, Option<usize>) {
        let mut cur = style.to_string();
        for _ in 0..8 {
            let Some((n, l, based)) = self.gaya.get(&cur) else {
                break;
            };
            if n.is_some() {
                return (n.clone(), *l);
            }
            match based {
                Some(b) => cur = b.clone(),
                None => break,
            }
        }
        (None, None)
    }

    /// The label of the next item of list `num_id` at `ilvl`.
    fn label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        if num_id == "0" {
            return None;
        }
        let (abs, over) = self.num.get(num_id)?;
        let levels = self.abstrak.get(abs)?;
        let ilvl = ilvl.min(8);
        let level = levels.get(ilvl)?;
        let key = if over.is_empty() {
            format!("a{abs}")
        } else {
            format!("n{num_id}")
        };
        let starts: Vec<u32> = (0..9)
            .map(|l| {
                over.get(&l)
                    .copied()
                    .or_else(|| levels.get(l).map(|x| x.mulai))
                    .unwrap_or(1)
            })
            .collect();
        let counters = self.hitung.entry(key).or_insert_with(|| {
            let mut c = [0u32; 9];
            for (l, slot) in c.iter_mut().enumerate() {
                *slot = starts[l].saturating_sub(1);
            }
            c
        });
        counters[ilvl] = counters[ilvl].saturating_add(1);
        for l in ilvl + 1..9 {
            counters[l] = starts[l].saturating_sub(1);
        }
        if level.format == "bullet" {
            return Some("•".to_string());
        }
        if level.format == "none" {
            return None;
        }
        let mut out = String::new();
        let mut chars = level.teks.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%'
                && let Some(d) = chars.peek().and_then(|d| d.to_digit(10))
            {
                chars.next();
                let l = (d as usize).saturating_sub(1).min(8);
                let fmt = levels.get(l).map_or("decimal", |x| x.format.as_str());
                out.push_str(&format_angka(counters[l], fmt));
            } else {
                out.push(c);
            }
        }
        Some(out)
    }
}

fn format_angka(n: u32, fmt: &str) -> String {
    match fmt {
        "lowerLetter" | "upperLetter" => {
            let mut s = String::new();
            let mut k = n.max(1);
            while k > 0 {
                let r = ((k - 1) % 26) as u8;
                s.insert(0, (b'a' + r) as char);
                k = (k - 1) / 26;
            }
            if fmt == "upperLetter" {
                s.to_uppercase()
            } else {
                s
            }
        }
        // Roman numerals only where they are short; a hostile start value
        // of billions would make a label megabytes long.
        "lowerRoman" | "upperRoman" if n < 4000 => {
            let r = romawi(n);
            if fmt == "upperRoman" {
                r
            } else {
                r.to_lowercase()
            }
        }
        _ => n.to_string(),
    }
}

fn romawi(mut n: u32) -> String {
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

struct Pembaca {
    nomor: Penomoran,
    di_kepala: bool,
    jumlah_tabel: usize,
    wadah: usize,
    /// The document's default font size (styles.xml), for text whose runs
    /// do not set one.
    ukuran_dasar: Option<f64>,
}

/// The font size text has when nothing sets it: the "Normal" style's, or
/// the document defaults' (`w:docDefaults`), in points.
fn ukuran_dasar(styles: Option<&roxmltree::Document>) -> Option<f64> {
    let root = styles?.root_element();
    let sz = |rpr: Option<Node>| {
        rpr.and_then(|r| val(r, "sz"))
            .and_then(|v| v.parse::<f64>().ok())
            .map(|v| v / 2.0)
    };
    let normal = root
        .children()
        .filter(|c| is(*c, Ns::W, "style"))
        .find(|c| {
            attr(*c, "type") == Some("paragraph")
                && matches!(attr(*c, "default"), Some("1" | "true"))
        })
        .and_then(|c| sz(child(c, Ns::W, "rPr")));
    let dasar = child(root, Ns::W, "docDefaults")
        .and_then(|d| child(d, Ns::W, "rPrDefault"))
        .and_then(|d| sz(child(d, Ns::W, "rPr")));
    normal.or(dasar).filter(|v| (4.0..=40.0).contains(v))
}

/// Reads the body of `word/document.xml` into the model.
pub fn baca(
    doc: &roxmltree::Document,
    numbering: Option<&roxmltree::Document>,
    styles: Option<&roxmltree::Document>,
) -> Dokumen {
    let mut p = Pembaca {
        nomor: Penomoran::baca(numbering, styles),
        di_kepala: false,
        jumlah_tabel: 0,
        wadah: 0,
        ukuran_dasar: ukuran_dasar(styles),
    };
    let root = doc.root_element();
    let body = child(root, Ns::W, "body").unwrap_or(root);
    let mut blok = Vec::new();
    p.blok(body, &mut blok, 0);
    let kertas = body
        .descendants()
        .rfind(|n| is(*n, Ns::W, "sectPr"))
        .map(kertas)
        .unwrap_or_default();
    Dokumen {
        blok,
        kepala_halaman: Vec::new(),
        kertas,
        jumlah_tabel: p.jumlah_tabel,
    }
}

/// Reads page headers (`w:hdr`): their paragraphs and tables, numbered
/// apart from the body's.
pub fn baca_kepala(
    headers: &[roxmltree::Document],
    numbering: Option<&roxmltree::Document>,
    styles: Option<&roxmltree::Document>,
) -> Vec<Blok> {
    let mut p = Pembaca {
        nomor: Penomoran::baca(numbering, styles),
        di_kepala: true,
        jumlah_tabel: 0,
        wadah: 1_000_000,
        ukuran_dasar: ukuran_dasar(styles),
    };
    let mut blok = Vec::new();
    for h in headers {
        p.blok(h.root_element(), &mut blok, 0);
    }
    blok
}

fn kertas(sect: Node) -> Kertas {
    let mut h = Kertas::default();
    if let Some(sz) = child(sect, Ns::W, "pgSz") {
        h.lebar = num(sz, "w").map_or(h.lebar, twip_pt);
        h.tinggi = num(sz, "h").map_or(h.tinggi, twip_pt);
    }
    if let Some(m) = child(sect, Ns::W, "pgMar") {
        h.margin_kiri = num(m, "left").map_or(h.margin_kiri, twip_pt);
        h.margin_atas = num(m, "top").map_or(h.margin_atas, twip_pt);
    }
    h
}

impl Pembaca {
    /// Block-level content: paragraphs and tables, through content
    /// controls, custom XML and accepted insertions.
    fn blok(&mut self, n: Node, out: &mut Vec<Blok>, tabel_dalam: usize) {
        for c in n.children().filter(Node::is_element) {
            match (super::xml::ns(c), c.tag_name().name()) {
                (Ns::W, "p") => out.push(Blok::Para(self.para(c))),
                (Ns::W, "tbl") => {
                    if tabel_dalam >= MAKS_TABEL_BERSARANG {
                        // Too deep to be a form: keep its text.
                        let mut teks = String::new();
                        for t in c.descendants().filter(|d| is(*d, Ns::W, "t")) {
                            teks.push_str(t.text().unwrap_or(""));
                            teks.push(' ');
                        }
                        out.push(Blok::Para(Para {
                            teks: teks::rapikan(&teks),
                            ..Para::default()
                        }));
                    } else {
                        out.push(Blok::Tabel(self.tabel(c, tabel_dalam + 1)));
                    }
                }
                (Ns::W, "sdt") => {
                    if let Some(content) = child(c, Ns::W, "sdtContent") {
                        self.blok(content, out, tabel_dalam);
                    }
                }
                (Ns::W, "customXml" | "ins" | "moveTo" | "smartTag") => {
                    self.blok(c, out, tabel_dalam)
                }
                (Ns::Mc, "AlternateContent") => {
                    if let Some(pilih) = pilih_alternatif(c) {
                        self.blok(pilih, out, tabel_dalam);
                    }
                }
                _ => {}
            }
        }
    }

    fn para(&mut self, p: Node) -> Para {
        let ppr = child(p, Ns::W, "pPr");
        let mut num_id = None;
        let mut ilvl = None;
        if let Some(np) = ppr.and_then(|x| child(x, Ns::W, "numPr")) {
            num_id = val(np, "numId").map(str::to_string);
            ilvl = val(np, "ilvl").and_then(|v| v.parse().ok());
        }
        if let Some(style) = ppr.and_then(|x| val(x, "pStyle")) {
            let (n, l) = self.nomor.dari_gaya(style);
            if num_id.is_none() {
                num_id = n;
            }
            ilvl = ilvl.or(l);
        }
        let label = num_id.and_then(|id| self.nomor.label(&id, ilvl.unwrap_or(0)));
        let mut run = RunTeks::default();
        let mut shapes = Vec::new();
        self.isi_para(p, &mut run, &mut shapes);
        Para {
            teks: teks::rapikan(&run.teks),
            label,
            bentuk: shapes,
            ukuran: run.ukuran.or(self.ukuran_dasar),
        }
    }

    fn isi_para(&mut self, n: Node, run: &mut RunTeks, shapes: &mut Vec<Bentuk>) {
        for c in n.children().filter(Node::is_element) {
            match (super::xml::ns(c), c.tag_name().name()) {
                (Ns::W, "r") => self.run(c, run, shapes),
                (Ns::W, "del" | "moveFrom" | "pPr" | "rPr") => {}
                (
                    Ns::W,
                    "fldSimple" | "hyperlink" | "ins" | "moveTo" | "smartTag" | "customXml" | "dir"
                    | "bdo",
                ) => self.isi_para(c, run, shapes),
                (Ns::W, "sdt") => {
                    if let Some(content) = child(c, Ns::W, "sdtContent") {
                        self.isi_para(content, run, shapes);
                    }
                }
                (Ns::Mc, "AlternateContent") => {
                    if let Some(pilih) = pilih_alternatif(c) {
                        self.isi_para(pilih, run, shapes);
                    }
                }
                _ => {}
            }
        }
    }

    fn run(&mut self, r: Node, out: &mut RunTeks, shapes: &mut Vec<Bentuk>) {
        let rpr = child(r, Ns::W, "rPr");
        let tersembunyi =
            rpr.is_some_and(|x| on(child(x, Ns::W, "vanish")) || on(child(x, Ns::W, "webHidden")));
        let font = rpr.and_then(|x| child(x, Ns::W, "rFonts")).and_then(|f| {
            attr(f, "ascii")
                .or_else(|| attr(f, "hAnsi"))
                .or_else(|| attr(f, "cs"))
        });
        if let Some(sz) = rpr
            .and_then(|x| val(x, "sz"))
            .and_then(|v| v.parse::<f64>().ok())
            && out.ukuran.is_none()
        {
            out.ukuran = Some(sz / 2.0);
        }
        for c in r.children().filter(Node::is_element) {
            match (super::xml::ns(c), c.tag_name().name()) {
                (Ns::W, "t") if !tersembunyi && out.instruksi == 0 => {
                    let t = c.text().unwrap_or("");
                    match font.map(simbol_font) {
                        Some(Some(f)) => out
                            .teks
                            .extend(t.chars().map(|ch| simbol(f, ch as u32).unwrap_or(ch))),
                        _ => out.teks.push_str(t),
                    }
                }
                (Ns::W, "tab" | "ptab") if out.instruksi == 0 => out.teks.push('\t'),
                (Ns::W, "br" | "cr") if out.instruksi == 0 => out.teks.push('\n'),
                (Ns::W, "noBreakHyphen") if out.instruksi == 0 => out.teks.push('-'),
                (Ns::W, "sym") if !tersembunyi && out.instruksi == 0 => {
                    let f = attr(c, "font").and_then(simbol_font);
                    let code = attr(c, "char").and_then(|h| u32::from_str_radix(h, 16).ok());
                    if let (Some(f), Some(code)) = (f, code)
                        && let Some(ch) = simbol(f, code & 0xFF)
                    {
                        out.teks.push(ch);
                    }
                }
                (Ns::W, "fldChar") => match attr(c, "fldCharType") {
                    Some("begin") => out.instruksi += 1,
                    Some("separate") => out.instruksi = out.instruksi.saturating_sub(1),
                    _ => {}
                },
                (Ns::W, "drawing" | "pict" | "object") => {
                    self.wadah += 1;
                    bentuk::baca(c, self.wadah, shapes);
                }
                (Ns::Mc, "AlternateContent") => {
                    if let Some(pilih) = pilih_alternatif(c) {
                        // The chosen branch holds a w:drawing or w:pict.
                        self.run(pilih, out, shapes);
                    }
                }
                _ => {}
            }
        }
    }

    fn tabel(&mut self, t: Node, dalam: usize) -> Tabel {
        self.jumlah_tabel += 1;
        let no = self.jumlah_tabel;
        let grid: Vec<f64> = child(t, Ns::W, "tblGrid")
            .map(|g| {
                g.children()
                    .filter(|c| is(*c, Ns::W, "gridCol"))
                    .map(|c| num(c, "w").map_or(0.0, twip_pt))
                    .collect()
            })
            .unwrap_or_default();
        let ind = child(t, Ns::W, "tblPr")
            .and_then(|p| child(p, Ns::W, "tblInd"))
            .and_then(|i| num(i, "w"))
            .map_or(0.0, twip_pt);
        let mut baris = Vec::new();
        for tr in baris_dari(t) {
            baris.push(self.baris(tr, dalam));
        }
        let mut tabel = Tabel {
            no,
            di_kepala: self.di_kepala,
            grid,
            ind,
            baris,
        };
        // A grid without widths (some generators): spread evenly.
        let n = tabel.lebar_kolom();
        if tabel.grid.len() < n || tabel.grid.iter().all(|w| *w <= 0.0) {
            tabel.grid = vec![450.0 / n.max(1) as f64; n];
        }
        tabel
    }

    fn baris(&mut self, tr: Node, dalam: usize) -> Baris {
        let trpr = child(tr, Ns::W, "trPr");
        let mut kol = trpr
            .and_then(|p| val(p, "gridBefore"))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0usize);
        let mut b = Baris {
            tinggi: trpr
                .and_then(|p| child(p, Ns::W, "trHeight"))
                .and_then(|h| num(h, "val"))
                .map(twip_pt),
            header: trpr.is_some_and(|p| on(child(p, Ns::W, "tblHeader"))),
            sel: Vec::new(),
        };
        for tc in sel_dari(tr) {
            let tcpr = child(tc, Ns::W, "tcPr");
            let span = tcpr
                .and_then(|p| val(p, "gridSpan"))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 64);
            let vm = tcpr.and_then(|p| child(p, Ns::W, "vMerge"));
            let lanjut = vm.is_some_and(|v| attr(v, "val") != Some("restart"));
            let hmerge = tcpr
                .and_then(|p| child(p, Ns::W, "hMerge"))
                .is_some_and(|h| attr(h, "val") != Some("restart"));
            let arsir = tcpr.and_then(|p| child(p, Ns::W, "shd")).is_some_and(|s| {
                let fill = attr(s, "fill").unwrap_or("auto").to_ascii_lowercase();
                let pattern = attr(s, "val").unwrap_or("clear");
                (fill != "auto" && fill != "ffffff" && !fill.is_empty())
                    || matches!(pattern, "solid" | "pct50" | "pct25" | "pct75")
            });
            let mut blok = Vec::new();
            self.blok(tc, &mut blok, dalam);
            if hmerge && let Some(prev) = b.sel.last_mut() {
                // Legacy horizontal merge: the cell widens the one before.
                prev.span += span;
                kol += span;
                continue;
            }
            b.sel.push(Sel {
                kol,
                span,
                lanjut,
                blok,
                arsir,
            });
            kol += span;
        }
        b
    }
}

/// Rows of a table, through content controls and custom XML around them.
fn baris_dari<'a, 'i>(t: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    for c in t.children().filter(Node::is_element) {
        if is(c, Ns::W, "tr") {
            out.push(c);
        } else if is(c, Ns::W, "sdt") {
            if let Some(content) = child(c, Ns::W, "sdtContent") {
                out.extend(baris_dari(content));
            }
        } else if is(c, Ns::W, "customXml") || is(c, Ns::W, "ins") {
            out.extend(baris_dari(c));
        }
    }
    out
}

fn sel_dari<'a, 'i>(tr: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    for c in tr.children().filter(Node::is_element) {
        if is(c, Ns::W, "tc") {
            out.push(c);
        } else if is(c, Ns::W, "sdt") {
            if let Some(content) = child(c, Ns::W, "sdtContent") {
                out.extend(sel_dari(content));
            }
        } else if is(c, Ns::W, "customXml") {
            out.extend(sel_dari(c));
        }
    }
    out
}

/// `mc:AlternateContent`: one of its branches, never both. The Choice
/// (DrawingML) when it holds something we read, else the Fallback (VML).
pub fn pilih_alternatif<'a, 'i>(ac: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    let choice = ac.children().find(|c| is(*c, Ns::Mc, "Choice"));
    let fallback = ac.children().find(|c| is(*c, Ns::Mc, "Fallback"));
    let bisa = |n: Node| {
        n.descendants().any(|d| {
            is(d, Ns::W, "drawing") || is(d, Ns::W, "p") || is(d, Ns::W, "r") || is(d, Ns::W, "t")
        })
    };
    match (choice, fallback) {
        (Some(c), _) if bisa(c) => Some(c),
        (_, Some(f)) => Some(f),
        (c, None) => c,
    }
}

#[derive(Default)]
struct RunTeks {
    teks: String,
    /// Inside a field's instruction (between `begin` and `separate`).
    instruksi: usize,
    ukuran: Option<f64>,
}

#[derive(Clone, Copy)]
enum FontSimbol {
    Wingdings,
    Wingdings2,
    Symbol,
}

fn simbol_font(name: &str) -> Option<FontSimbol> {
    let n = name.to_ascii_lowercase();
    if n.starts_with("wingdings 2") {
        Some(FontSimbol::Wingdings2)
    } else if n.starts_with("wingdings") {
        Some(FontSimbol::Wingdings)
    } else if n == "symbol" {
        Some(FontSimbol::Symbol)
    } else {
        None
    }
}

/// The meaning of a symbol font's character: check marks and boxes, the
/// marks staff put in actor cells.
fn simbol(f: FontSimbol, code: u32) -> Option<char> {
    let code = code & 0xFF;
    match (f, code) {
        (FontSimbol::Wingdings, 0xFC) => Some('√'),
        (FontSimbol::Wingdings, 0xFB | 0xFD) => Some('X'),
        (FontSimbol::Wingdings, 0xFE) => Some('☑'),
        (FontSimbol::Wingdings, 0xA8 | 0x6F | 0x71 | 0x72) => Some('☐'),
        (FontSimbol::Wingdings, 0x6C | 0x6E | 0xA7) => Some('●'),
        (FontSimbol::Wingdings2, 0x50) => Some('√'),
        (FontSimbol::Wingdings2, 0x4F | 0x54) => Some('X'),
        (FontSimbol::Wingdings2, 0x52 | 0x53) => Some('☑'),
        (FontSimbol::Wingdings2, 0xA3) => Some('☐'),
        (FontSimbol::Symbol, 0xD6) => Some('√'),
        (FontSimbol::Symbol, 0xB7) => Some('•'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_render() {
        assert_eq!(format_angka(3, "lowerLetter"), "c");
        assert_eq!(format_angka(28, "upperLetter"), "AB");
        assert_eq!(format_angka(4, "lowerRoman"), "iv");
        assert_eq!(format_angka(12, "decimal"), "12");
    }

    #[test]
    fn text_without_a_size_has_the_document_s() {
        // The size is set once in styles.xml (9 pt here): rows of text
        // taken at 11 pt came out taller than Word draws them, and a
        // symbol rows below an arrow's start no longer met the arrow.
        const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        let styles = format!(
            r#"<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="18"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Judul"><w:rPr><w:sz w:val="28"/></w:rPr></w:style></w:styles>"#
        );
        let doc = format!(
            r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Menerima surat</w:t></w:r></w:p><w:p><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>Judul</w:t></w:r></w:p></w:body></w:document>"#
        );
        let styles = roxmltree::Document::parse(&styles).unwrap();
        let doc = roxmltree::Document::parse(&doc).unwrap();
        let model = baca(&doc, None, Some(&styles));
        let sizes: Vec<Option<f64>> = model
            .blok
            .iter()
            .map(|b| match b {
                Blok::Para(p) => p.ukuran,
                Blok::Tabel(_) => None,
            })
            .collect();
        assert_eq!(sizes, [Some(9.0), Some(12.0)]);
        // The "Normal" style's size, when it sets one, is the default.
        let styles = format!(
            r#"<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="18"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="20"/></w:rPr></w:style></w:styles>"#
        );
        let styles = roxmltree::Document::parse(&styles).unwrap();
        assert_eq!(ukuran_dasar(Some(&styles)), Some(10.0));
        assert_eq!(ukuran_dasar(None), None);
    }
}
