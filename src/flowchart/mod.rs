//! The SOP-AP procedure table and its flowchart, drawn from the steps.
//!
//! `table` measures the text and fixes column widths, row heights and the
//! split into printed pages; `geometry` places symbols and routes arrows in
//! the lane columns of those rows; `svg` writes each page as inline SVG.
//! All pure: an SOP in, numbers and markup out.

pub mod geometry;
mod metrics;
mod round;
pub mod svg;
pub mod table;
pub mod text;

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use crate::content::Sop;
use crate::content::waktu::{Ukuran, Waktu};
use geometry::{FlowStep, Metrics};
use table::{Columns, RowText};

/// One printed page of the procedure: which steps, how tall each row is,
/// and the flowchart drawn over its lane cells.
#[derive(Debug, Clone)]
pub struct ProcedurePage {
    pub steps: Range<usize>,
    pub rows: Vec<f32>,
    pub top_spacer: bool,
    pub bottom_spacer: bool,
    pub svg: String,
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub columns: Columns,
    pub head: (f32, f32),
    pub pages: Vec<ProcedurePage>,
}

/// The flow of an SOP's steps.
pub fn flow_steps(sop: &Sop) -> Vec<FlowStep> {
    sop.langkah
        .iter()
        .map(|l| FlowStep {
            no: l.no,
            actors: l.pelaksana.clone(),
            tidak: l.tidak,
            ya: l.ya,
            lanjut: l.lanjut,
            label_ya: l.label_ya.clone(),
            label_tidak: l.label_tidak.clone(),
        })
        .collect()
}

/// The text of each step's row, as the SOP page shows it.
pub fn row_texts(sop: &Sop) -> Vec<RowText<'_>> {
    sop.langkah
        .iter()
        .map(|l| RowText {
            no: l.no.to_string(),
            kegiatan: &l.kegiatan,
            kelengkapan: &l.kelengkapan,
            waktu: l.waktu.as_ref().map(waktu_text),
            output: &l.output,
            keterangan: l.keterangan.as_deref(),
            penanggung_jawab: l.penanggung_jawab.as_deref(),
        })
        .collect()
}

/// A waktu as the table shows it (normalised when measured). The same few
/// come in every SOP: each thread keeps those it has formatted, by their
/// text and measure (what the shown text depends on), forgetting them
/// wholesale when it holds too many.
fn waktu_text(w: &Waktu) -> String {
    type Shown = HashMap<String, Vec<(Option<Ukuran>, String)>>;
    const KEPT: usize = 1024;
    thread_local! {
        static SHOWN: RefCell<Shown> = RefCell::default();
    }
    SHOWN.with_borrow_mut(|shown| {
        if let Some((_, s)) = shown
            .get(&w.teks)
            .and_then(|list| list.iter().find(|(u, _)| *u == w.ukuran))
        {
            return s.clone();
        }
        if shown.len() >= KEPT {
            shown.clear();
        }
        let s = w.to_string();
        shown
            .entry(w.teks.clone())
            .or_default()
            .push((w.ukuran.clone(), s.clone()));
        s
    })
}

/// The geometry of an SOP's procedure: columns, row heights, header
/// heights, and the flowchart's pages.
pub struct Plan {
    pub columns: Columns,
    pub rows: Vec<f32>,
    pub head: (f32, f32),
    pub pages: Vec<geometry::Page>,
}

/// Lays out an SOP's procedure table and its flowchart.
pub fn plan(sop: &Sop) -> Plan {
    let pj = sop.langkah.iter().any(|l| l.penanggung_jawab.is_some());
    let columns = Columns::new(sop.pelaksana.len(), pj);
    let rows: Vec<f32> = row_texts(sop)
        .iter()
        .map(|r| table::row_height(&columns, r))
        .collect();
    let head = table::head_heights(&columns, &sop.pelaksana);
    let steps = flow_steps(sop);
    let split = table::paginate(&rows, head.0 + head.1, geometry::strips(&steps));
    let metrics = Metrics::new(columns.lane, table::SPACER);
    let pages = geometry::layout(&steps, sop.pelaksana.len(), metrics, &rows, &split);
    Plan {
        columns,
        rows,
        head,
        pages,
    }
}

/// Lays out an SOP's procedure table and draws its flowchart.
pub fn procedure(sop: &Sop) -> Procedure {
    let Plan {
        columns,
        rows,
        head,
        pages,
    } = plan(sop);
    let numbers: Vec<usize> = sop.langkah.iter().map(|l| l.no).collect();
    let count = pages.len();
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(p, page)| {
            let first = numbers[page.steps.start];
            let last = numbers[page.steps.end - 1];
            let label = format!(
                "Bagan alir langkah {first} sampai {last}{}; uraian setiap langkah ada pada kolom Kegiatan tabel ini",
                if count > 1 { format!(" (halaman {} dari {count})", p + 1) } else { String::new() }
            );
            ProcedurePage {
                svg: svg::page_svg(&page, &sop.pelaksana, &numbers, &label),
                rows: rows[page.steps.clone()].to_vec(),
                steps: page.steps,
                top_spacer: page.top_spacer,
                bottom_spacer: page.bottom_spacer,
            }
        })
        .collect();
    Procedure {
        columns,
        head,
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waktu_is_shown_as_it_formats_however_often_it_comes() {
        let texts = [
            "15 menit",
            "1 Jam",
            "1-2 hari kerja",
            "segera",
            "15 Menit",
            "2 jam",
        ];
        for round in 0..3 {
            for t in texts {
                let w = Waktu::parse(t).expect("a waktu");
                assert_eq!(waktu_text(&w), w.to_string(), "{t} ({round})");
                // The same text with another measure is another waktu.
                let free = Waktu {
                    teks: w.teks.clone(),
                    ukuran: None,
                };
                assert_eq!(waktu_text(&free), free.to_string(), "{t} as free text");
            }
        }
    }
}
