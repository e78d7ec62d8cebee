//! The review bundle's own pages: its cover (`sampul/`, template
//! `sampul.html`) and, when the catalogue is modest, the book of every SOP
//! it holds, drafts included (`cetak/semua/`, `cetak.html`). The books of
//! each instansi and unit, and their list at `cetak/`, are in every build
//! ([`super::buku`]).

use serde::Serialize;

use super::page::{BundleInfo, Made, Pages};
use super::views::status_label;
use crate::content::Status;
use crate::url;

/// The most SOPs the "print all" page of a bundle holds; beyond it, units
/// are printed one at a time.
pub const PRINT_ALL_LIMIT: usize = 300;

#[derive(Serialize, Hash)]
struct CoverPage<'a> {
    info: &'a BundleInfo,
    jumlah: Vec<(&'static str, usize)>,
    cetak: String,
}

/// How many SOPs the bundle's book of every SOP holds, when it has one.
pub fn semua(p: &Pages) -> Option<usize> {
    let n = p.published.len();
    (p.options.bundle.is_some() && has_book_of_all(n)).then_some(n)
}

/// Whether a bundle of `published` SOPs has the book of every SOP.
pub fn has_book_of_all(published: usize) -> bool {
    published <= PRINT_ALL_LIMIT
}

pub fn render(p: &Pages, info: &BundleInfo) -> Vec<Made> {
    let catalog = p.catalog;
    let mut out = Vec::new();
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for status in Status::ALL {
        let n = catalog
            .published()
            .filter(|(_, e)| e.sop.status == status)
            .count();
        counts.push((status_label(status), n));
    }
    out.push(p.page(url::SAMPUL, "sampul.html", |links| CoverPage {
        info,
        jumlah: counts,
        cetak: links.page(url::CETAK),
    }));
    out
}
