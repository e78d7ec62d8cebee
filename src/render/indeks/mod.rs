//! The index pages: the catalogue seen by instansi and unit, actor,
//! regulation, tag, status and revision. Each kind is data: an entry of
//! [`JENIS`] (its folder, its template, the function that makes its pages:
//! see [`Jenis`]) and one template, `indeks/<kunci>.html`, which extends
//! the layout `indeks.html` and holds the kind's words (its name, its
//! introductions, what it says of each thing). A new kind is a module with
//! its entry, an entry here, and its template.
//!
//! Every page of a kind has the same view, [`IndeksPage`] (in [`view`]).

mod dasar_hukum;
mod instansi;
pub mod jenis;
mod kata_kunci;
mod pelaksana;
mod status;
mod terbaru;
pub mod view;

use rayon::prelude::*;
use serde::Serialize;

use self::jenis::{Jenis, Out};
use super::links::Links;
use super::page::{AnyView, Made, Pages};
use crate::indexes::Indexes;

pub use self::view::{IndeksPage, PER_PAGE};

/// The index kinds, in the order of the home page's list and of the site.
pub static JENIS: [Jenis; 6] = [
    instansi::JENIS,
    pelaksana::JENIS,
    dasar_hukum::JENIS,
    kata_kunci::JENIS,
    status::JENIS,
    terbaru::JENIS,
];

/// Every page of every index kind, rendered in parallel.
pub fn render(p: &Pages) -> Vec<Made> {
    render_kinds(p, &JENIS)
}

/// Every page of `kinds`, rendered in parallel.
pub fn render_kinds(p: &Pages, kinds: &[Jenis]) -> Vec<Made> {
    let mut pages: Vec<(&'static str, String, AnyView)> = Vec::new();
    for jenis in kinds {
        let mut out = Out::new(p.options.url_style);
        (jenis.halaman)(p, &mut out);
        pages.extend(
            out.into_pages()
                .into_iter()
                .map(|(dir, view)| (jenis.template, dir, view)),
        );
    }
    pages
        .into_par_iter()
        .map(|(template, dir, view)| p.page(&dir, template, |_| view))
        .collect()
}

/// An entry of the home page's "browse" list.
#[derive(Serialize, Hash)]
pub struct JelajahView {
    /// The kind's [`Jenis::kunci`].
    pub jenis: &'static str,
    pub nama: &'static str,
    pub href: String,
    pub jumlah: usize,
    pub satuan: &'static str,
}

/// The index kinds, with how much each holds.
pub fn jelajah(ix: &Indexes, links: &Links) -> Vec<JelajahView> {
    JENIS
        .iter()
        .map(|j| JelajahView {
            jenis: j.kunci,
            nama: j.jelajah.0,
            href: links.page(j.dir),
            jumlah: (j.jumlah)(ix),
            satuan: j.jelajah.1,
        })
        .collect()
}
