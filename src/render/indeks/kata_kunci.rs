//! The tags: `kata-kunci/` lists them, each with its SOPs at
//! `kata-kunci/SLUG/`.

use serde::Serialize;

use super::jenis::{Jenis, Out};
use super::view::{Butir, EntriIndeks, IndeksPage, KelompokEntri, KelompokSop, jejak};
use crate::render::page::Pages;
use crate::url;

pub const JENIS: Jenis = Jenis {
    kunci: "kata_kunci",
    dir: url::KATA_KUNCI,
    template: "indeks/kata-kunci.html",
    jelajah: ("Kata kunci", "kata kunci"),
    jumlah: |ix| ix.kata_kunci.len(),
    halaman,
};

/// A tag's page.
#[derive(Serialize, Clone, Hash)]
struct Rincian<'a> {
    nama: &'a str,
}

fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let l = p.links(url::KATA_KUNCI);
    let entri = ix
        .kata_kunci
        .iter()
        .map(|tag| EntriIndeks {
            nama: tag.nama.clone(),
            href: Some(l.page(&url::kata_kunci(&tag.slug))),
            jumlah: tag.sops.len(),
            catatan: None,
        })
        .collect();
    out.indeks(
        url::KATA_KUNCI,
        IndeksPage::things(&l, vec![KelompokEntri { judul: None, entri }], ()),
    );
    for tag in &ix.kata_kunci {
        let dir = url::kata_kunci(&tag.slug);
        let l = p.links(&dir);
        let sops = tag
            .sops
            .iter()
            .map(|&i| Butir::new(catalog, i, &l))
            .collect();
        out.daftar(
            dir,
            IndeksPage::sops(
                1,
                jejak(&l, url::KATA_KUNCI, &[]),
                vec![KelompokSop::of(sops)],
                Rincian { nama: &tag.nama },
            ),
        );
    }
}
