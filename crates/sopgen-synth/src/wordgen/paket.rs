//! The parts of the .docx package around `document.xml`, as Word writes
//! them, and the zip that holds them.

use std::fmt::Write;

use super::gaya::{Kodean, VersiWord};
use super::teks::{NUM_ANGKA, NUM_ANGKA_MULAI, NUM_BULLET, Penulis};
use super::xml::esc;
use sopgen::zip::{DosTime, ZipWriter, prepare_with_level};

pub const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The namespace declarations of `w:document` (and the parts that can hold
/// shapes), as each Word version writes them.
pub fn ns_dokumen(versi: VersiWord) -> &'static str {
    match versi {
        VersiWord::Word2007 => {
            "xmlns:ve=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\""
        }
        VersiWord::Word2010 => {
            "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" xmlns:wpi=\"http://schemas.microsoft.com/office/word/2010/wordprocessingInk\" xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" mc:Ignorable=\"w14 wp14\""
        }
        VersiWord::Word2016 => {
            "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" xmlns:cx=\"http://schemas.microsoft.com/office/drawing/2014/chartex\" xmlns:cx1=\"http://schemas.microsoft.com/office/drawing/2015/9/8/chartex\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:aink=\"http://schemas.microsoft.com/office/drawing/2016/ink\" xmlns:am3d=\"http://schemas.microsoft.com/office/drawing/2017/model3d\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\" xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" xmlns:wpi=\"http://schemas.microsoft.com/office/word/2010/wordprocessingInk\" xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" mc:Ignorable=\"w14 w15 w16se wp14\""
        }
    }
}

const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

/// Everything `rakit` needs beyond the body.
pub struct Bagian<'a> {
    pub body: &'a str,
    pub judul: &'a str,
    pub footer: Option<String>,
    pub logo: Option<Vec<u8>>,
}

/// Relationship ids of document.xml, fixed per package.
pub struct Rels {
    pub footer: &'static str,
    pub logo: &'static str,
}

pub const RELS: Rels = Rels {
    footer: "rId8",
    logo: "rId9",
};

/// Zips the parts into a .docx.
pub fn rakit(w: &Penulis, b: Bagian) -> Vec<u8> {
    let versi = w.gaya.versi;
    let mut parts: Vec<(&str, String)> = Vec::new();
    let numbering = w.penomoran;
    // [Content_Types].xml
    let mut ct = String::from(DECL);
    ct.push_str("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    if b.logo.is_some() {
        ct.push_str("<Default Extension=\"png\" ContentType=\"image/png\"/>");
    }
    ct.push_str("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
    if numbering {
        ct.push_str("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
    }
    ct.push_str("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/word/webSettings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml\"/>");
    if b.footer.is_some() {
        ct.push_str("<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>");
    }
    ct.push_str("<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/><Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>");
    parts.push(("[Content_Types].xml", ct));
    parts.push((
        "_rels/.rels",
        format!(
            "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId3\" Type=\"{REL}/extended-properties\" Target=\"docProps/app.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
        ),
    ));
    // word/document.xml
    let mut doc = String::with_capacity(b.body.len() + 4096);
    doc.push_str(DECL);
    let _ = write!(doc, "<w:document {}><w:body>", ns_dokumen(versi));
    doc.push_str(b.body);
    doc.push_str("</w:body></w:document>");
    parts.push(("word/document.xml", doc));
    // word/_rels/document.xml.rels
    let mut rels = String::from(DECL);
    rels.push_str(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    );
    if numbering {
        let _ = write!(
            rels,
            "<Relationship Id=\"rId1\" Type=\"{REL}/numbering\" Target=\"numbering.xml\"/>"
        );
    }
    let _ = write!(
        rels,
        "<Relationship Id=\"rId2\" Type=\"{REL}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"{REL}/settings\" Target=\"settings.xml\"/><Relationship Id=\"rId4\" Type=\"{REL}/webSettings\" Target=\"webSettings.xml\"/><Relationship Id=\"rId10\" Type=\"{REL}/fontTable\" Target=\"fontTable.xml\"/><Relationship Id=\"rId11\" Type=\"{REL}/theme\" Target=\"theme/theme1.xml\"/>"
    );
    if b.footer.is_some() {
        let _ = write!(
            rels,
            "<Relationship Id=\"{}\" Type=\"{REL}/footer\" Target=\"footer1.xml\"/>",
            RELS.footer
        );
    }
    if b.logo.is_some() {
        let _ = write!(
            rels,
            "<Relationship Id=\"{}\" Type=\"{REL}/image\" Target=\"media/image1.png\"/>",
            RELS.logo
        );
    }
    rels.push_str("</Relationships>");
    parts.push(("word/_rels/document.xml.rels", rels));
    if numbering {
        parts.push(("word/numbering.xml", numbering_xml(w)));
    }
    parts.push(("word/styles.xml", styles_xml(w)));
    parts.push(("word/settings.xml", settings_xml(w)));
    parts.push((
        "word/webSettings.xml",
        format!(
            "{DECL}<w:webSettings xmlns:w=\"{NS_W}\" xmlns:r=\"{NS_R}\"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"
        ),
    ));
    if let Some(f) = &b.footer {
        parts.push((
            "word/footer1.xml",
            format!("{DECL}<w:ftr {}>{f}</w:ftr>", ns_dokumen(versi)),
        ));
    }
    parts.push(("word/fontTable.xml", font_table(w)));
    parts.push(("word/theme/theme1.xml", theme()));
    parts.push(("docProps/core.xml", core(w, b.judul)));
    parts.push(("docProps/app.xml", app(w)));
    let mut zip = ZipWriter::new(Vec::with_capacity(64 * 1024), DosTime::new(1980, 1, 1));
    // The fastest deflate level: the benchmark writes a thousand of these.
    for (name, text) in &parts {
        let entry = prepare_with_level(name, text.as_bytes(), 1).expect("a valid part name");
        zip.add_prepared(entry).expect("in-memory zip");
    }
    if let Some(png) = &b.logo {
        let entry = prepare_with_level("word/media/image1.png", png, 1).expect("a valid part name");
        zip.add_prepared(entry).expect("in-memory zip");
    }
    zip.finish().expect("in-memory zip")
}

fn numbering_xml(w: &Penulis) -> String {
    let mut s = String::from(DECL);
    let _ = write!(s, "<w:numbering {}>", ns_dokumen(w.gaya.versi));
    // 0: decimal "1." ; 1: bullets.
    s.push_str("<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"2B6E4A31\"/><w:multiLevelType w:val=\"hybridMultilevel\"/><w:tmpl w:val=\"0409000F\"/>");
    for lvl in 0..3 {
        let fmt = ["decimal", "lowerLetter", "lowerRoman"][lvl];
        let left = 360 + 360 * lvl;
        let _ = write!(
            s,
            "<w:lvl w:ilvl=\"{lvl}\" w:tplc=\"0409000F\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/><w:lvlText w:val=\"%{}.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{left}\" w:hanging=\"360\"/></w:pPr></w:lvl>",
            lvl + 1
        );
    }
    s.push_str("</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:nsid w:val=\"5C1F27D8\"/><w:multiLevelType w:val=\"hybridMultilevel\"/><w:tmpl w:val=\"04090001\"/><w:lvl w:ilvl=\"0\" w:tplc=\"04090001\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{F0B7}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"317\" w:hanging=\"317\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" w:hint=\"default\"/></w:rPr></w:lvl></w:abstractNum>");
    let _ = write!(
        s,
        "<w:num w:numId=\"{NUM_ANGKA}\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"{NUM_BULLET}\"><w:abstractNumId w:val=\"1\"/></w:num>"
    );
    for k in 0..w.daftar_baru {
        let _ = write!(
            s,
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>",
            NUM_ANGKA_MULAI + k
        );
    }
    s.push_str("</w:numbering>");
    s
}

fn styles_xml(w: &Penulis) -> String {
    let f = esc(&w.gaya.huruf);
    let sz = w.gaya.ukuran * 2;
    let mut s = String::from(DECL);
    let ns = match w.gaya.versi {
        VersiWord::Word2007 => format!("xmlns:r=\"{NS_R}\" xmlns:w=\"{NS_W}\""),
        _ => format!(
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:r=\"{NS_R}\" xmlns:w=\"{NS_W}\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\""
        ),
    };
    let _ = write!(
        s,
        "<w:styles {ns}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{f}\" w:eastAsia=\"Times New Roman\" w:hAnsi=\"{f}\" w:cs=\"{f}\"/><w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/><w:lang w:val=\"en-US\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>\
<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:defSemiHidden=\"0\" w:defUnhideWhenUsed=\"0\" w:defQFormat=\"0\" w:count=\"371\"><w:lsdException w:name=\"Normal\" w:uiPriority=\"0\" w:qFormat=\"1\"/><w:lsdException w:name=\"Table Grid\" w:uiPriority=\"39\"/><w:lsdException w:name=\"List Paragraph\" w:uiPriority=\"34\" w:qFormat=\"1\"/></w:latentStyles>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:link w:val=\"FooterChar\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs></w:pPr></w:style>\
<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"FooterChar\"><w:name w:val=\"Footer Char\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:link w:val=\"Footer\"/><w:uiPriority w:val=\"99\"/></w:style></w:styles>"
    );
    s
}

fn settings_xml(w: &Penulis) -> String {
    let mut s = String::from(DECL);
    let versi = w.gaya.versi;
    match versi {
        VersiWord::Word2007 => {
            s.push_str("<w:settings xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:sl=\"http://schemas.openxmlformats.org/schemaLibrary/2006/main\">");
        }
        _ => {
            s.push_str("<w:settings xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" xmlns:sl=\"http://schemas.openxmlformats.org/schemaLibrary/2006/main\" mc:Ignorable=\"w14 w15\">");
        }
    }
    s.push_str("<w:zoom w:percent=\"90\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>");
    // A document saved in compatibility mode keeps VML shapes only.
    let mode = match (versi, w.gaya.kodean) {
        (VersiWord::Word2007, _) => None,
        (_, Kodean::Vml) => Some(12),
        (VersiWord::Word2010, _) => Some(14),
        (VersiWord::Word2016, _) => Some(15),
    };
    match mode {
        None => s.push_str("<w:compat><w:applyBreakingRules/></w:compat>"),
        Some(m) => {
            let _ = write!(
                s,
                "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"{m}\"/><w:compatSetting w:name=\"overrideTableStyleFontSizeAndJustification\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/><w:compatSetting w:name=\"enableOpenTypeFeatures\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/><w:compatSetting w:name=\"doNotFlipMirrorIndents\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/></w:compat>"
            );
        }
    }
    let rsids = w.ids.rsids();
    let _ = write!(s, "<w:rsids><w:rsidRoot w:val=\"{:08X}\"/>", rsids[0]);
    for r in rsids {
        let _ = write!(s, "<w:rsid w:val=\"{r:08X}\"/>");
    }
    s.push_str("</w:rsids><m:mathPr><m:mathFont m:val=\"Cambria Math\"/><m:brkBin m:val=\"before\"/><m:brkBinSub m:val=\"--\"/><m:smallFrac m:val=\"0\"/><m:dispDef/><m:lMargin m:val=\"0\"/><m:rMargin m:val=\"0\"/><m:defJc m:val=\"centerGroup\"/><m:wrapIndent m:val=\"1440\"/><m:intLim m:val=\"subSup\"/><m:naryLim m:val=\"undOvr\"/></m:mathPr><w:themeFontLang w:val=\"en-US\"/><w:clrSchemeMapping w:bg1=\"light1\" w:t1=\"dark1\" w:bg2=\"light2\" w:t2=\"dark2\" w:accent1=\"accent1\" w:accent2=\"accent2\" w:accent3=\"accent3\" w:accent4=\"accent4\" w:accent5=\"accent5\" w:accent6=\"accent6\" w:hyperlink=\"hyperlink\" w:followedHyperlink=\"followedHyperlink\"/>");
    let _ = write!(
        s,
        "<w:shapeDefaults><o:shapedefaults v:ext=\"edit\" spidmax=\"{}\"/><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/>",
        w.ids.spid + 1
    );
    if !w.aturan_vml.is_empty() {
        let _ = write!(s, "<o:rules v:ext=\"edit\">{}</o:rules>", w.aturan_vml);
    }
    s.push_str("</o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>");
    if versi != VersiWord::Word2007 {
        let _ = write!(
            s,
            "<w14:docId w14:val=\"{:08X}\"/>",
            w.ids.rsids()[0] | 0x1000_0000
        );
    }
    if versi == VersiWord::Word2016 {
        s.push_str("<w15:chartTrackingRefBased/>");
    }
    s.push_str("</w:settings>");
    s
}

fn font_table(w: &Penulis) -> String {
    let mut s = String::from(DECL);
    let _ = write!(s, "<w:fonts xmlns:r=\"{NS_R}\" xmlns:w=\"{NS_W}\">");
    let mut fonts = vec![
        w.gaya.huruf.as_str(),
        "Times New Roman",
        "Calibri",
        "Calibri Light",
    ];
    if w.penomoran {
        fonts.push("Symbol");
    }
    fonts.dedup();
    for f in fonts {
        let (panose, family, charset) = match f {
            "Symbol" => ("05050102010706020507", "roman", "02"),
            "Times New Roman" => ("02020603050405020304", "roman", "00"),
            "Calibri" => ("020F0502020204030204", "swiss", "00"),
            "Calibri Light" => ("020F0302020204030204", "swiss", "00"),
            "Bookman Old Style" => ("02050604050505020204", "roman", "00"),
            _ => ("020B0604020202020204", "swiss", "00"),
        };
        let _ = write!(
            s,
            "<w:font w:name=\"{}\"><w:panose1 w:val=\"{panose}\"/><w:charset w:val=\"{charset}\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>",
            esc(f)
        );
    }
    s.push_str("</w:fonts>");
    s
}

fn core(w: &Penulis, judul: &str) -> String {
    let mut a = w.ids.acak.clone();
    let d = 1 + a.below(28);
    let m = 1 + a.below(12);
    let y = 2017 + a.below(7);
    format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject></dc:subject><dc:creator>{}</dc:creator><cp:keywords></cp:keywords><dc:description></dc:description><cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>{}</cp:revision><dcterms:created xsi:type=\"dcterms:W3CDTF\">{y}-{m:02}-{d:02}T01:{:02}:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{y}-{m:02}-{d:02}T07:{:02}:00Z</dcterms:modified></cp:coreProperties>",
        esc(judul),
        a.pick(&["Admin", "user", "Windows User", "ASUS"]),
        a.pick(&["Subbag Program", "hp", "Lenovo", "USER"]),
        2 + a.below(40),
        a.below(60),
        a.below(60)
    )
}

fn app(w: &Penulis) -> String {
    let (ver, name) = match w.gaya.versi {
        VersiWord::Word2007 => ("12.0000", "Microsoft Office Word"),
        VersiWord::Word2010 => ("14.0000", "Microsoft Office Word"),
        VersiWord::Word2016 => ("16.0000", "Microsoft Office Word"),
    };
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Template>Normal.dotm</Template><TotalTime>{}</TotalTime><Pages>{}</Pages><Words>{}</Words><Characters>{}</Characters><Application>{name}</Application><DocSecurity>0</DocSecurity><Lines>{}</Lines><Paragraphs>{}</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>{}</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>{ver}</AppVersion></Properties>",
        30 + w.kata % 400,
        2 + w.kata / 400,
        w.kata,
        w.huruf,
        1 + w.huruf / 60,
        1 + w.kata / 12,
        w.huruf + w.kata
    )
}

/// A compact Office theme: colours, fonts and the three-of-each format
/// lists the schema asks for.
fn theme() -> String {
    let mut s = String::from(DECL);
    s.push_str("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements><a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1><a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2><a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2><a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4><a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6><a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme><a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"Calibri Light\" panose=\"020F0302020204030204\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\" panose=\"020F0502020204030204\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"50000\"/></a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"80000\"/></a:schemeClr></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w=\"6350\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln><a:ln w=\"12700\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln><a:ln w=\"19050\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"95000\"/></a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"90000\"/></a:schemeClr></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>");
    s
}
