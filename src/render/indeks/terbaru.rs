//! The latest revisions: `terbaru/` lists the SOPs that were ever revised,
//! the latest revision first.

use super::jenis::{Jenis, Out};
use super::view::{Butir, IndeksPage, KelompokSop};
use crate::render::page::Pages;
use crate::render::views::Jejak;
use crate::url;

pub const JENIS: Jenis = Jenis {
    kunci: "terbaru",
    dir: url::TERBARU,
    template: "indeks/terbaru.html",
    jelajah: ("Revisi terbaru", "SOP"),
    jumlah: |ix| ix.terbaru.len(),
    halaman,
};

fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let l = p.links(url::TERBARU);
    let sops = ix
        .terbaru
        .iter()
        .map(|&i| Butir {
            // The date of its latest revision.
            catatan: catalog.entries[i].sop.tanggal_revisi.map(|t| t.to_string()),
            ..Butir::new(catalog, i, &l)
        })
        .collect();
    out.daftar(
        url::TERBARU.to_string(),
        IndeksPage::sops(0, vec![Jejak::beranda(&l)], vec![KelompokSop::of(sops)], ()),
    );
}
