//! The statuses: `status/` lists them, each with its SOPs at
//! `status/NAME/` (drafts only where drafts are published).

use serde::Serialize;

use super::jenis::{Jenis, Out};
use super::view::{Butir, EntriIndeks, IndeksPage, KelompokEntri, KelompokSop, jejak};
use crate::render::page::Pages;
use crate::render::views::status_label;
use crate::url;

pub const JENIS: Jenis = Jenis {
    kunci: "status",
    dir: url::STATUS,
    template: "indeks/status.html",
    jelajah: ("Status", "status"),
    jumlah: |ix| ix.status.len(),
    halaman,
};

/// A status's page.
#[derive(Serialize, Clone, Hash)]
struct Rincian {
    /// Its label ("Berlaku").
    nama: &'static str,
    /// Its name (`berlaku`, `dicabut`, `draf`).
    status: &'static str,
}

fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let l = p.links(url::STATUS);
    let entri = ix
        .status
        .iter()
        .map(|(s, sops)| EntriIndeks {
            nama: status_label(*s).into(),
            href: Some(l.page(&url::status(s.name()))),
            jumlah: sops.len(),
            catatan: None,
        })
        .collect();
    out.indeks(
        url::STATUS,
        IndeksPage::things(&l, vec![KelompokEntri { judul: None, entri }], ()),
    );
    for (s, sops) in &ix.status {
        let dir = url::status(s.name());
        let l = p.links(&dir);
        let sops = sops.iter().map(|&i| Butir::new(catalog, i, &l)).collect();
        out.daftar(
            dir,
            IndeksPage::sops(
                1,
                jejak(&l, url::STATUS, &[]),
                vec![KelompokSop::of(sops)],
                Rincian {
                    nama: status_label(*s),
                    status: s.name(),
                },
            ),
        );
    }
}
