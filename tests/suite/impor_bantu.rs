//! Builders for small .docx files made in memory: each test states only
//! the XML that matters (a table, a shape), and these wrap it into a
//! Word package as Word writes one.
#![allow(dead_code, clippy::too_many_arguments)]

use sopgen::zip::{DosTime, ZipWriter};

pub const NS: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#,
    r#"xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" "#,
    r#"xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" "#,
    r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#,
    r#"xmlns:v="urn:schemas-microsoft-com:vml" "#,
    r#"xmlns:o="urn:schemas-microsoft-com:office:office" "#,
    r#"xmlns:w10="urn:schemas-microsoft-com:office:word" "#,
    r#"mc:Ignorable="w10""#
);

/// A zip of the given parts.
pub fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = ZipWriter::new(Vec::new(), DosTime::new(2024, 1, 1));
    for (name, data) in parts {
        w.add(name, data).unwrap();
    }
    w.finish().unwrap()
}

pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

pub const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// A document.xml around `body`, with an A4 landscape section.
pub fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr></w:body></w:document>"#
    )
}

/// A .docx whose body is `body`.
pub fn docx(body: &str) -> Vec<u8> {
    docx_dengan(body, &[])
}

/// A .docx with extra parts (numbering.xml, styles.xml...).
pub fn docx_dengan(body: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let doc = document(body);
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
    ];
    for (n, t) in extra {
        parts.push((n, t.as_bytes()));
    }
    zip(&parts)
}

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A paragraph of text; `\n` becomes a soft line break.
pub fn p(text: &str) -> String {
    let runs: Vec<String> = text
        .split('\n')
        .map(|t| format!(r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#, esc(t)))
        .collect();
    format!("<w:p>{}</w:p>", runs.join("<w:r><w:br/></w:r>"))
}

/// A paragraph holding runs given as XML.
pub fn p_xml(runs: &str) -> String {
    format!("<w:p>{runs}</w:p>")
}

/// Paragraphs, one a line.
pub fn ps(lines: &[&str]) -> String {
    lines.iter().map(|l| p(l)).collect()
}

/// A cell; `props` goes into `w:tcPr` (gridSpan, vMerge, shd).
pub fn tc(props: &str, content: &str) -> String {
    let content = if content.is_empty() {
        "<w:p/>"
    } else {
        content
    };
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>")
}

/// A plain cell of text.
pub fn c(text: &str) -> String {
    tc("", &ps(&text.split('\n').collect::<Vec<_>>()))
}

pub fn span(n: usize, text: &str) -> String {
    tc(&format!(r#"<w:gridSpan w:val="{n}"/>"#), &p(text))
}

pub fn vstart(text: &str) -> String {
    tc(r#"<w:vMerge w:val="restart"/>"#, &p(text))
}

pub fn vcont() -> String {
    tc("<w:vMerge/>", "")
}

pub fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

/// A row with a fixed height (points) and, optionally, repeated as header.
pub fn tr_h(height_pt: f64, header: bool, cells: &[String]) -> String {
    let hdr = if header { "<w:tblHeader/>" } else { "" };
    format!(
        r#"<w:tr><w:trPr><w:trHeight w:val="{}" w:hRule="exact"/>{hdr}</w:trPr>{}</w:tr>"#,
        (height_pt * 20.0) as i64,
        cells.concat()
    )
}

/// A table with grid column widths in points.
pub fn tbl(grid_pt: &[f64], rows: &[String]) -> String {
    let grid: String = grid_pt
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{}"/>"#, (w * 20.0) as i64))
        .collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{}</w:tbl>"#,
        rows.concat()
    )
}

static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(100);

fn id() -> usize {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

const EMU: f64 = 12_700.0;

/// A floating DrawingML shape (as a run), positioned against the column
/// (the cell) and the paragraph of its anchor, with a VML fallback as Word
/// writes it: readers must take one of the two.
pub fn shape(prst: &str, text: &str, x: f64, y: f64, w: f64, h: f64) -> String {
    let i = id();
    let txbx = if text.is_empty() {
        String::new()
    } else {
        format!(
            "<wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx>",
            p(text)
        )
    };
    let vml_type = match prst {
        "flowChartTerminator" => "116",
        "flowChartDecision" => "110",
        "flowChartOffpageConnector" => "177",
        _ => "109",
    };
    let vml_text = if text.is_empty() {
        String::new()
    } else {
        format!(
            "<v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox>",
            p(text)
        )
    };
    format!(
        r##"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{}</wp:posOffset></wp:positionV><wp:extent cx="{}" cy="{}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{i}" name="Shape {i}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom></wps:spPr>{txbx}<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="_x0000_s{i}" type="#_x0000_t{vml_type}" style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:{w}pt;height:{h}pt;z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text">{vml_text}</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"##,
        (x * EMU) as i64,
        (y * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64,
    )
}

/// A floating straight arrow from (x1, y1) to (x2, y2), points relative to
/// its anchor's column and paragraph, arrowhead at the end; written with
/// flips as Word does when the line goes left or up.
pub fn panah(x1: f64, y1: f64, x2: f64, y2: f64) -> String {
    let i = id();
    let (x, y) = (x1.min(x2), y1.min(y2));
    let (w, h) = ((x2 - x1).abs(), (y2 - y1).abs());
    let flip_h = if x2 < x1 { r#" flipH="1""# } else { "" };
    let flip_v = if y2 < y1 { r#" flipV="1""# } else { "" };
    format!(
        r#"<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{}</wp:posOffset></wp:positionV><wp:extent cx="{}" cy="{}"/><wp:wrapNone/><wp:docPr id="{i}" name="Connector {i}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm{flip_h}{flip_v}><a:off x="0" y="0"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"#,
        (x * EMU) as i64,
        (y * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64,
    )
}

/// A borderless text box ("Ya", "Tidak").
pub fn label(text: &str, x: f64, y: f64) -> String {
    let i = id();
    format!(
        r#"<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{}</wp:posOffset></wp:positionV><wp:extent cx="{}" cy="{}"/><wp:wrapNone/><wp:docPr id="{i}" name="Text Box {i}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"#,
        (x * EMU) as i64,
        (y * EMU) as i64,
        (30.0 * EMU) as i64,
        (14.0 * EMU) as i64,
        (30.0 * EMU) as i64,
        (14.0 * EMU) as i64,
        p(text)
    )
}

/// The identity table of the SOP-AP form: the kop on the left, labels and
/// values on the right.
pub fn identitas(kop: &[&str], rows: &[(&str, &str)]) -> String {
    let mut out = Vec::new();
    for (i, (l, v)) in rows.iter().enumerate() {
        let left = if i == 0 { vstart_ps(kop) } else { vcont() };
        out.push(tr(&[left, c(l), c(v)]));
    }
    tbl(&[250.0, 150.0, 350.0], &out)
}

fn vstart_ps(lines: &[&str]) -> String {
    tc(r#"<w:vMerge w:val="restart"/>"#, &ps(lines))
}

/// The six boxes as two columns: headings in one row, contents below.
pub fn kotak(pairs: &[(&str, &[&str], &str, &[&str])]) -> String {
    let mut rows = Vec::new();
    for (h1, i1, h2, i2) in pairs {
        rows.push(tr(&[c(h1), c(h2)]));
        rows.push(tr(&[tc("", &ps(i1)), tc("", &ps(i2))]));
    }
    tbl(&[375.0, 375.0], &rows)
}

/// Writes a file for a test and returns its path.
pub fn tulis(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A fresh temporary folder, removed when the test is done with it.
pub struct Folder(std::path::PathBuf);

impl std::ops::Deref for Folder {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::path::Path> for Folder {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A new folder under the system's temp folder, removed when dropped;
/// unique in the test process even when two tests give the same `name`.
pub fn folder(name: &str) -> Folder {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!(
        "sopgen-impor-test-{}-{n}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Folder(d)
}

// ------------------------------------------------------------------- VML

/// A floating legacy VML shape of Word's shape type `t` (116 terminator,
/// 109 process, 110 decision, 177 off-page, 202 text box), in points from
/// its anchor's column and paragraph.
pub fn vml(t: u32, text: &str, x: f64, y: f64, w: f64, h: f64, extra: &str) -> String {
    let i = id();
    let tb = if text.is_empty() {
        String::new()
    } else {
        format!(
            "<v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox>",
            p(text)
        )
    };
    format!(
        r##"<w:r><w:pict><v:shape id="_x0000_s{i}" type="#_x0000_t{t}" style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:{w}pt;height:{h}pt;z-index:{i};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" {extra}>{tb}</v:shape></w:pict></w:r>"##
    )
}

/// A VML straight arrow connector (t32) from (x1, y1) to (x2, y2), written
/// as Word does: a box and flips.
pub fn vml_panah(x1: f64, y1: f64, x2: f64, y2: f64) -> String {
    let i = id();
    let mut flip = Vec::new();
    if x2 < x1 {
        flip.push("x");
    }
    if y2 < y1 {
        flip.push("y");
    }
    let flip = if flip.is_empty() {
        String::new()
    } else {
        format!("flip:{};", flip.join(" "))
    };
    format!(
        r##"<w:r><w:pict><v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" filled="f"/><v:shape id="_x0000_s{i}" type="#_x0000_t32" o:connectortype="straight" style="position:absolute;margin-left:{}pt;margin-top:{}pt;width:{}pt;height:{}pt;{flip}z-index:{i};mso-position-horizontal-relative:text;mso-position-vertical-relative:text"><v:stroke endarrow="block"/></v:shape></w:pict></w:r>"##,
        x1.min(x2),
        y1.min(y2),
        (x2 - x1).abs(),
        (y2 - y1).abs()
    )
}

/// A VML line; `arrow` puts an arrowhead at its end.
pub fn vml_garis(x1: f64, y1: f64, x2: f64, y2: f64, arrow: bool) -> String {
    let i = id();
    let stroke = if arrow {
        r#"<v:stroke endarrow="block"/>"#
    } else {
        ""
    };
    format!(
        r#"<w:r><w:pict><v:line id="_x0000_s{i}" style="position:absolute;z-index:{i};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" from="{x1}pt,{y1}pt" to="{x2}pt,{y2}pt">{stroke}</v:line></w:pict></w:r>"#
    )
}

// ------------------------------------------------- DrawingML containers

/// A child shape of a group or canvas, in the container's child units.
pub fn anak(id: u32, prst: &str, text: &str, x: f64, y: f64, w: f64, h: f64) -> String {
    let txbx = if text.is_empty() {
        String::new()
    } else {
        format!(
            "<wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx>",
            p(text)
        )
    };
    let ln = if prst == "rect" && !text.is_empty() {
        "<a:noFill/><a:ln><a:noFill/></a:ln>"
    } else {
        "<a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln>"
    };
    let tb = if prst == "rect" && !text.is_empty() {
        r#" txBox="1""#
    } else {
        ""
    };
    format!(
        r#"<wps:wsp><wps:cNvPr id="{id}" name="Shape {id}"/><wps:cNvSpPr{tb}/><wps:spPr><a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>{ln}</wps:spPr>{txbx}<wps:bodyPr/></wps:wsp>"#,
        (x * EMU) as i64,
        (y * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64
    )
}

/// A connector child glued to shapes `from` and `to` (ids), drawn from
/// (x1, y1) to (x2, y2) with an arrowhead at the end.
pub fn anak_sambung(
    id: u32,
    from: Option<u32>,
    to: Option<u32>,
    prst: &str,
    x1: f64,
    y1: f64,
    x2: f64,
    y2: f64,
) -> String {
    let st = from.map_or(String::new(), |f| format!(r#"<a:stCxn id="{f}" idx="2"/>"#));
    let en = to.map_or(String::new(), |t| {
        format!(r#"<a:endCxn id="{t}" idx="0"/>"#)
    });
    let flip_h = if x2 < x1 { r#" flipH="1""# } else { "" };
    let flip_v = if y2 < y1 { r#" flipV="1""# } else { "" };
    format!(
        r#"<wps:wsp><wps:cNvPr id="{id}" name="Connector {id}"/><wps:cNvCnPr>{st}{en}</wps:cNvCnPr><wps:spPr><a:xfrm{flip_h}{flip_v}><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"#,
        (x1.min(x2) * EMU) as i64,
        (y1.min(y2) * EMU) as i64,
        ((x2 - x1).abs() * EMU) as i64,
        ((y2 - y1).abs() * EMU) as i64
    )
}

fn anchor_xml(
    rel_h: &str,
    rel_v: &str,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    uri: &str,
    inner: &str,
) -> String {
    let i = id();
    format!(
        r#"<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{}</wp:posOffset></wp:positionV><wp:extent cx="{}" cy="{}"/><wp:wrapNone/><wp:docPr id="{i}" name="Group {i}"/><a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"#,
        (x * EMU) as i64,
        (y * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64,
    )
}

/// A drawing canvas (`wpc:wpc`) of w x h points at (x, y) against
/// `rel_h` / `rel_v`; children in points from the canvas' corner.
pub fn kanvas(rel_h: &str, rel_v: &str, x: f64, y: f64, w: f64, h: f64, children: &str) -> String {
    let inner = format!(r#"<wpc:wpc><wpc:bg/><wpc:whole/>{children}</wpc:wpc>"#);
    anchor_xml(
        rel_h,
        rel_v,
        x,
        y,
        w,
        h,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        &inner,
    )
}

/// A group (`wpg:wgp`) of w x h points whose children use units `scale`
/// times smaller than points (chExt = ext * scale), as Word's groups do.
pub fn grup(
    rel_h: &str,
    rel_v: &str,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    scale: f64,
    children: &str,
) -> String {
    let inner = format!(
        r#"<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{}" cy="{}"/><a:chOff x="0" y="0"/><a:chExt cx="{}" cy="{}"/></a:xfrm></wpg:grpSpPr>{children}</wpg:wgp>"#,
        (w * EMU) as i64,
        (h * EMU) as i64,
        (w * EMU * scale) as i64,
        (h * EMU * scale) as i64
    );
    anchor_xml(
        rel_h,
        rel_v,
        x,
        y,
        w,
        h,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        &inner,
    )
}

// ------------------------------------------------------ the content parser

use sopgen::content::parse::parse_sop;
use sopgen::diagnostic::SourceFile;

/// Parses a written SOP; panics with the parser's errors.
pub fn parse(teks: &str) -> sopgen::content::Sop {
    let (sop, diags) = parse_sop(
        SourceFile::new("content/x.md", teks.to_string()),
        "x".into(),
    );
    assert!(
        sop.is_some(),
        "parser rejected the import:\n{teks}\n{diags:#?}"
    );
    sop.unwrap()
}

/// Each step's actors, by name.
pub fn pelaksana(sop: &sopgen::content::Sop) -> Vec<Vec<String>> {
    sop.langkah
        .iter()
        .map(|l| sop.actors_of(l).into_iter().map(str::to_string).collect())
        .collect()
}

/// A VML elbow connector (t34) running down and right from (x1, y1) to
/// (x2, y2), written as Word writes one that runs down-across-down: its
/// box turned 90 degrees and mirrored (`rotation:90;flip:x`).
pub fn vml_siku(x1: f64, y1: f64, x2: f64, y2: f64) -> String {
    let i = id();
    let (cx, cy) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
    let (w, h) = ((x2 - x1).abs(), (y2 - y1).abs());
    format!(
        r##"<w:r><w:pict><v:shapetype id="_x0000_t34" coordsize="21600,21600" o:spt="34" o:oned="t" adj="10800" path="m,l@0,0@0,21600,21600,21600e" filled="f"/><v:shape id="_x0000_s{i}" type="#_x0000_t34" o:connectortype="elbow" adj="10800" style="position:absolute;margin-left:{}pt;margin-top:{}pt;width:{h}pt;height:{w}pt;rotation:90;flip:x;z-index:{i};mso-position-horizontal-relative:text;mso-position-vertical-relative:text"><v:stroke endarrow="block"/></v:shape></w:pict></w:r>"##,
        cx - h / 2.0,
        cy - w / 2.0
    )
}

/// A drawn line as LibreOffice saves one: a `v:shape` with a free path in
/// its own coordinates, no fill, an arrowhead at the end.
pub fn vml_jalur(points: &[(f64, f64)]) -> String {
    let x0 = points.iter().map(|p| p.0).fold(f64::MAX, f64::min);
    let y0 = points.iter().map(|p| p.1).fold(f64::MAX, f64::min);
    let x1 = points.iter().map(|p| p.0).fold(f64::MIN, f64::max);
    let y1 = points.iter().map(|p| p.1).fold(f64::MIN, f64::max);
    let (w, h) = ((x1 - x0).max(0.1), (y1 - y0).max(0.1));
    // Path units: a hundredth of a point.
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(k, p)| {
            format!(
                "{}{},{}",
                if k == 0 { "m" } else { "l" },
                ((p.0 - x0) * 100.0).round(),
                ((p.1 - y0) * 100.0).round()
            )
        })
        .collect();
    format!(
        r#"<w:r><w:pict><v:shape id="shape_0" coordsize="{},{}" path="{}e" stroked="t" o:allowincell="f" style="position:absolute;margin-left:{x0}pt;margin-top:{y0}pt;width:{w}pt;height:{h}pt"><v:stroke color="black" endarrow="block"/><v:fill on="false"/></v:shape></w:pict></w:r>"#,
        (w * 100.0).round(),
        (h * 100.0).round(),
        path.concat()
    )
}

/// A shape in line with the text of its cell (`wp:inline`).
pub fn inline(prst: &str, w: f64, h: f64) -> String {
    let i = id();
    format!(
        r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{}" cy="{}"/><wp:docPr id="{i}" name="Inline {i}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#,
        (w * EMU) as i64,
        (h * EMU) as i64,
        (w * EMU) as i64,
        (h * EMU) as i64
    )
}

/// A VML group (`v:group`) at (x, y) against the page and paragraph, w x h
/// points, whose children use `units` coordinate units a point.
pub fn vml_grup(x: f64, y: f64, w: f64, h: f64, units: f64, children: &str) -> String {
    let i = id();
    format!(
        r#"<w:r><w:pict><v:group id="_x0000_s{i}" style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:{w}pt;height:{h}pt;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:text" coordorigin="0,0" coordsize="{},{}">{children}</v:group></w:pict></w:r>"#,
        (w * units).round(),
        (h * units).round()
    )
}

/// A child of a VML group, in the group's units.
pub fn vml_anak(t: u32, x: f64, y: f64, w: f64, h: f64) -> String {
    let i = id();
    format!(
        r##"<v:shape id="_x0000_s{i}" type="#_x0000_t{t}" style="position:absolute;left:{x};top:{y};width:{w};height:{h}"/>"##
    )
}

/// A line child of a VML group, in the group's units, arrowhead at the end.
pub fn vml_anak_garis(x1: f64, y1: f64, x2: f64, y2: f64) -> String {
    let i = id();
    format!(
        r#"<v:line id="_x0000_s{i}" style="position:absolute" from="{x1},{y1}" to="{x2},{y2}"><v:stroke endarrow="block"/></v:line>"#
    )
}
