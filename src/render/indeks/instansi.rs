//! Instansi and their units: `instansi/` lists the instansi, each with its
//! SOPs by unit at `instansi/SLUG/`, and each unit's at
//! `instansi/SLUG/UNIT/`.

use serde::Serialize;

use super::jenis::{Jenis, Out};
use super::view::{Butir, IndeksPage, KelompokSop, jejak};
use crate::render::buku;
use crate::render::page::Pages;
use crate::url;

pub const JENIS: Jenis = Jenis {
    kunci: "instansi",
    dir: url::INSTANSI,
    template: "indeks/instansi.html",
    jelajah: ("Instansi dan unit", "instansi"),
    jumlah: |ix| ix.instansi.len(),
    halaman,
};

/// The kind's own page: every instansi.
#[derive(Serialize, Hash)]
struct Daftar {
    instansi: Vec<InstansiEntri>,
}

#[derive(Serialize, Hash)]
struct InstansiEntri {
    nama: String,
    href: String,
    /// Its SOPs.
    jumlah: usize,
    /// Its units.
    unit: usize,
}

/// An instansi's page, or a unit's (`nama_instansi` set: the unit's
/// instansi).
#[derive(Serialize, Clone, Hash)]
struct Rincian {
    nama: String,
    nama_instansi: Option<String>,
}

fn instansi_name(n: &Option<String>) -> String {
    n.clone()
        .unwrap_or_else(|| "Instansi tidak disebutkan".into())
}

fn unit_name(n: &Option<String>) -> String {
    n.clone().unwrap_or_else(|| "Tanpa unit".into())
}

fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let l = p.links(url::INSTANSI);
    let instansi = ix
        .instansi
        .iter()
        .map(|ins| InstansiEntri {
            nama: instansi_name(&ins.nama),
            href: l.page(&url::instansi(&ins.slug)),
            jumlah: ins.units.iter().map(|u| u.sops.len()).sum(),
            unit: ins.units.len(),
        })
        .collect();
    out.indeks(
        url::INSTANSI,
        IndeksPage::things(&l, Vec::new(), Daftar { instansi }),
    );
    for ins in &ix.instansi {
        let dir = url::instansi(&ins.slug);
        let l = p.links(&dir);
        let name = instansi_name(&ins.nama);
        let units = ins
            .units
            .iter()
            .map(|unit| KelompokSop {
                judul: Some(unit_name(&unit.nama)),
                href: Some(l.page(&url::unit(&ins.slug, &unit.slug))),
                sops: unit
                    .sops
                    .iter()
                    .map(|&i| Butir::new(catalog, i, &l))
                    .collect(),
                lanjutan: false,
            })
            .collect();
        let all: Vec<usize> = ins.units.iter().flat_map(|u| u.sops.clone()).collect();
        out.daftar(
            dir.clone(),
            IndeksPage {
                buku: buku::href_if_printed(catalog, &all, &url::buku_instansi(&ins.slug), &l),
                ..IndeksPage::sops(
                    1,
                    jejak(&l, url::INSTANSI, &[]),
                    units,
                    Rincian {
                        nama: name.clone(),
                        nama_instansi: None,
                    },
                )
            },
        );
        for (k, unit) in ins.units.iter().enumerate() {
            let udir = url::unit(&ins.slug, &unit.slug);
            let l = p.links(&udir);
            let sops = unit
                .sops
                .iter()
                .map(|&i| Butir::new(catalog, i, &l))
                .collect();
            let book = url::cetak_unit(&ins.slug, &unit.slug);
            out.daftar(
                udir,
                IndeksPage {
                    buku: ins
                        .unit_has_own_book(k)
                        .then(|| buku::href_if_printed(catalog, &unit.sops, &book, &l))
                        .flatten(),
                    ..IndeksPage::sops(
                        2,
                        jejak(&l, url::INSTANSI, &[(&name, &dir)]),
                        vec![KelompokSop::of(sops)],
                        Rincian {
                            nama: unit_name(&unit.nama),
                            nama_instansi: Some(name.clone()),
                        },
                    )
                },
            );
        }
    }
}
