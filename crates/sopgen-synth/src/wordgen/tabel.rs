//! Tables as Word writes them: `w:tblPr`, a real `w:tblGrid`, rows with
//! `w:trPr`, cells with widths, spans and vertical merges.

use std::fmt::Write;

use super::teks::Penulis;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gabung {
    Mulai,
    Lanjut,
}

#[derive(Debug, Clone, Default)]
pub struct Sel {
    pub span: u32,
    pub gabung: Option<Gabung>,
    /// Paragraphs (and nested tables); at least one paragraph is written.
    pub isi: String,
    pub tengah_v: bool,
    pub arsir: bool,
    pub tanpa_garis: bool,
}

impl Sel {
    pub fn new(isi: String) -> Sel {
        Sel {
            span: 1,
            isi,
            ..Sel::default()
        }
    }
    pub fn span(mut self, n: u32) -> Sel {
        self.span = n;
        self
    }
    pub fn gabung(mut self, g: Gabung) -> Sel {
        self.gabung = Some(g);
        self
    }
    pub fn tengah(mut self) -> Sel {
        self.tengah_v = true;
        self
    }
    pub fn arsir(mut self) -> Sel {
        self.arsir = true;
        self
    }
}

#[derive(Debug, Clone, Default)]
pub struct Baris {
    pub sel: Vec<Sel>,
    /// Height in twips ("at least").
    pub tinggi: Option<u32>,
    pub kepala: bool,
    pub tak_terpisah: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct OpsiTabel {
    pub tanpa_garis: bool,
    pub indent: i32,
}

/// Writes a table. Widths of cells come from the grid.
pub fn tulis(w: &mut Penulis, out: &mut String, grid: &[u32], baris: &[Baris], opsi: OpsiTabel) {
    let total: u32 = grid.iter().sum();
    out.push_str("<w:tbl><w:tblPr>");
    if !opsi.tanpa_garis {
        out.push_str("<w:tblStyle w:val=\"TableGrid\"/>");
    }
    let _ = write!(out, "<w:tblW w:w=\"{total}\" w:type=\"dxa\"/>");
    if opsi.indent != 0 {
        let _ = write!(out, "<w:tblInd w:w=\"{}\" w:type=\"dxa\"/>", opsi.indent);
    }
    if opsi.tanpa_garis {
        out.push_str("<w:tblBorders><w:top w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>");
    }
    out.push_str("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for g in grid {
        let _ = write!(out, "<w:gridCol w:w=\"{g}\"/>");
    }
    out.push_str("</w:tblGrid>");
    for b in baris {
        out.push_str("<w:tr");
        if w.ids.para_id {
            let a = (w.ids.acak.next() as u32) & 0x7FFF_FFFF;
            let _ = write!(out, " w14:paraId=\"{a:08X}\" w14:textId=\"77777777\"");
        }
        let r = w.ids.rsid();
        let _ = write!(out, " w:rsidR=\"{r}\" w:rsidTr=\"{r}\">");
        if b.tinggi.is_some() || b.kepala || b.tak_terpisah {
            out.push_str("<w:trPr>");
            if b.tak_terpisah {
                out.push_str("<w:cantSplit/>");
            }
            if let Some(h) = b.tinggi {
                let _ = write!(out, "<w:trHeight w:val=\"{h}\"/>");
            }
            if b.kepala {
                out.push_str("<w:tblHeader/>");
            }
            out.push_str("</w:trPr>");
        }
        let mut col = 0usize;
        for s in &b.sel {
            let span = s.span.max(1) as usize;
            let width: u32 = grid[col..(col + span).min(grid.len())].iter().sum();
            col += span;
            let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
            if span > 1 {
                let _ = write!(out, "<w:gridSpan w:val=\"{span}\"/>");
            }
            match s.gabung {
                Some(Gabung::Mulai) => out.push_str("<w:vMerge w:val=\"restart\"/>"),
                Some(Gabung::Lanjut) => out.push_str("<w:vMerge/>"),
                None => {}
            }
            if s.tanpa_garis {
                out.push_str("<w:tcBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/></w:tcBorders>");
            }
            if s.arsir {
                out.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\" w:themeFill=\"background1\" w:themeFillShade=\"D9\"/>");
            }
            if s.tengah_v {
                out.push_str("<w:vAlign w:val=\"center\"/>");
            }
            out.push_str("</w:tcPr>");
            // A cell must end with a paragraph.
            if s.isi.ends_with("</w:p>") {
                out.push_str(&s.isi);
            } else {
                out.push_str(&s.isi);
                w.p_kosong(out);
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}
