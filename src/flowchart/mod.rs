//! The SOP-AP procedure table and its flowchart, drawn from the steps.
//!
//! `table` measures the text and fixes column widths, row heights and the
//! split into printed pages; `geometry` places symbols and routes arrows in
//! the lane columns of those rows; `svg` writes each page as inline SVG.
//! All pure: an SOP in, numbers and markup out.

pub mod geometry;
pub(crate) mod memo;
mod metrics;
mod round;
pub mod svg;
pub mod table;
pub mod text;

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use crate::content::Sop;
use crate::content::waktu::{Ukuran, Waktu};
use geometry::{FlowStep, Metrics};
use memo::TextMap;
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
            no: l.no.to_string().into(),
            kegiatan: &l.kegiatan,
            kelengkapan: &l.kelengkapan,
            waktu: l.waktu.as_ref().map(|w| w.to_string().into()),
            output: &l.output,
            keterangan: l.keterangan.as_deref(),
            penanggung_jawab: l.penanggung_jawab.as_deref(),
        })
        .collect()
}

/// `f` of a waktu's text as the table shows it (normalised when
/// measured). The same few come in every SOP: each thread keeps those it
/// has formatted, by their text and measure (what the shown text depends
/// on), forgetting them wholesale when it holds too many.
fn with_waktu_text<R>(w: Option<&Waktu>, f: impl FnOnce(Option<&str>) -> R) -> R {
    type Shown = TextMap<Vec<(Option<Ukuran>, String)>>;
    const KEPT: usize = 1024;
    thread_local! {
        static SHOWN: RefCell<Shown> = RefCell::default();
    }
    let Some(w) = w else {
        return f(None);
    };
    SHOWN.with_borrow_mut(|shown| {
        let known = shown
            .get(&w.teks)
            .and_then(|list| list.iter().position(|(u, _)| *u == w.ukuran));
        let k = match known {
            Some(k) => k,
            None => {
                if shown.len() >= KEPT {
                    shown.clear();
                }
                let list = shown.entry(w.teks.clone()).or_default();
                list.push((w.ukuran.clone(), w.to_string()));
                list.len() - 1
            }
        };
        f(Some(&shown[&w.teks][k].1))
    })
}

/// `n` in decimal, written into `buf`.
fn decimal(buf: &mut [u8; 20], mut n: usize) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).expect("ASCII digits")
}

/// The height of each step's row: as `row_texts` and `table::row_height`
/// make it, without a string a row.
fn row_heights(sop: &Sop, columns: &Columns) -> Vec<f32> {
    sop.langkah
        .iter()
        .map(|l| {
            let mut digits = [0u8; 20];
            let no = decimal(&mut digits, l.no);
            with_waktu_text(l.waktu.as_ref(), |waktu| {
                table::row_height(
                    columns,
                    &RowText {
                        no: Cow::Borrowed(no),
                        kegiatan: &l.kegiatan,
                        kelengkapan: &l.kelengkapan,
                        waktu: waktu.map(Cow::Borrowed),
                        output: &l.output,
                        keterangan: l.keterangan.as_deref(),
                        penanggung_jawab: l.penanggung_jawab.as_deref(),
                    },
                )
            })
        })
        .collect()
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
    let rows = row_heights(sop, &columns);
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
                let shown = with_waktu_text(Some(&w), |s| s.map(str::to_string));
                assert_eq!(shown, Some(w.to_string()), "{t} ({round})");
                // The same text with another measure is another waktu.
                let free = Waktu {
                    teks: w.teks.clone(),
                    ukuran: None,
                };
                let shown = with_waktu_text(Some(&free), |s| s.map(str::to_string));
                assert_eq!(shown, Some(free.to_string()), "{t} as free text");
            }
        }
        assert!(with_waktu_text(None, |s| s.is_none()));
    }

    #[test]
    fn rows_are_as_tall_as_their_texts_make_them() {
        let files: Vec<_> = sopgen_synth::generate(300, 5)
            .into_iter()
            .filter(|g| g.path.ends_with(".md") && !g.path.ends_with("_index.md"))
            .map(|g| crate::content::load::RawFile {
                rel: g.path.trim_start_matches("content/").to_string(),
                display: g.path.clone().into(),
                bytes: g.text.into_bytes(),
            })
            .collect();
        let loaded = crate::content::load::parse_files(files);
        assert!(loaded.sops.len() >= 250);
        for sop in &loaded.sops {
            let pj = sop.langkah.iter().any(|l| l.penanggung_jawab.is_some());
            let columns = Columns::new(sop.pelaksana.len(), pj);
            let want: Vec<f32> = row_texts(sop)
                .iter()
                .map(|r| table::row_height(&columns, r))
                .collect();
            assert_eq!(row_heights(sop, &columns), want, "{}", sop.path);
        }
        let mut buf = [0u8; 20];
        for n in [0, 7, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(decimal(&mut buf, n), n.to_string());
        }
    }
}
