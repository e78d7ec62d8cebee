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

/// The group of a status's page holding the SOPs a published SOP replaces.
pub const KELOMPOK_DIGANTI: &str = "Sudah digantikan";
/// The group of the others, when some are replaced.
pub const KELOMPOK_SENDIRI: &str = "Belum digantikan";

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
        // The SOPs already replaced by a published one are grouped apart,
        // each saying by which.
        let mut sendiri = Vec::new();
        let mut diganti = Vec::new();
        for &i in sops {
            let mut b = Butir::new(catalog, i, &l);
            let oleh: Vec<String> = catalog.entries[i]
                .digantikan_oleh
                .iter()
                .map(|&j| &catalog.entries[j])
                .filter(|e| e.published)
                .map(|e| match &e.sop.nomor {
                    Some(n) => format!("{} ({n})", e.sop.nama),
                    None => e.sop.nama.clone(),
                })
                .collect();
            if oleh.is_empty() {
                sendiri.push(b);
            } else {
                b.catatan = Some(format!("digantikan oleh {}", oleh.join("; ")));
                diganti.push(b);
            }
        }
        let kelompok = if diganti.is_empty() {
            vec![KelompokSop::of(sendiri)]
        } else {
            let mut v = Vec::new();
            if !sendiri.is_empty() {
                v.push(KelompokSop {
                    judul: Some(KELOMPOK_SENDIRI.into()),
                    ..KelompokSop::of(sendiri)
                });
            }
            v.push(KelompokSop {
                judul: Some(KELOMPOK_DIGANTI.into()),
                ..KelompokSop::of(diganti)
            });
            v
        };
        out.daftar(
            dir,
            IndeksPage::sops(
                1,
                jejak(&l, url::STATUS, &[]),
                kelompok,
                Rincian {
                    nama: status_label(*s),
                    status: s.name(),
                },
            ),
        );
    }
}
