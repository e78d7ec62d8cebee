//! The regulations: `dasar-hukum/` lists them by type (one entry for each,
//! however the SOPs spell it), and the citations that could not be read;
//! each regulation's page at `dasar-hukum/KEY/` lists the SOPs citing it.

use serde::Serialize;

use super::jenis::{Jenis, Out};
use super::view::{Butir, EntriIndeks, IndeksPage, KelompokEntri, KelompokSop, jejak};
use crate::render::page::Pages;
use crate::url;

pub const JENIS: Jenis = Jenis {
    kunci: "dasar_hukum",
    dir: url::DASAR_HUKUM,
    template: "indeks/dasar-hukum.html",
    jelajah: ("Dasar hukum", "peraturan"),
    jumlah: |ix| ix.dasar_hukum.len(),
    halaman,
};

/// The kind's own page: the regulations by type (`kelompok_entri`), then
/// these.
#[derive(Serialize, Hash)]
struct Daftar<'a> {
    /// Citations that could not be read as a regulation, each in its SOP.
    lain: Vec<Lain<'a>>,
}

#[derive(Serialize, Hash)]
struct Lain<'a> {
    teks: &'a str,
    /// The SOP's page.
    href: String,
    /// The SOP's name.
    sop: &'a str,
}

/// A regulation's page.
#[derive(Serialize, Clone, Hash)]
struct Rincian<'a> {
    /// Its title ("Peraturan Bupati Nomor 12 Tahun 2023").
    nama: String,
    jenis: &'a str,
    nomor: &'a str,
    tahun: u16,
    wilayah: Option<&'a str>,
    tentang: Option<&'a str>,
    /// How the SOPs wrote it: each spelling once, with how many SOPs,
    /// most used first.
    ejaan: Vec<(&'a str, usize)>,
}

fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let l = p.links(url::DASAR_HUKUM);
    let mut by_type: Vec<KelompokEntri> = Vec::new();
    for reg in &ix.dasar_hukum {
        let entri = EntriIndeks {
            nama: reg.citation.judul(),
            href: Some(l.page(&url::dasar_hukum(&reg.key))),
            jumlah: reg.dikutip.len(),
            catatan: reg.citation.tentang.clone(),
        };
        match by_type.last_mut() {
            Some(b) if b.judul.as_deref() == Some(reg.citation.jenis.as_str()) => {
                b.entri.push(entri)
            }
            _ => by_type.push(KelompokEntri {
                judul: Some(reg.citation.jenis.clone()),
                entri: vec![entri],
            }),
        }
    }
    let lain = ix
        .dasar_hukum_lain
        .iter()
        .map(|(teks, i)| Lain {
            teks,
            href: l.page(&catalog.entries[*i].url),
            sop: &catalog.entries[*i].sop.nama,
        })
        .collect();
    out.indeks(
        url::DASAR_HUKUM,
        IndeksPage::things(&l, by_type, Daftar { lain }),
    );
    for reg in &ix.dasar_hukum {
        let dir = url::dasar_hukum(&reg.key);
        let l = p.links(&dir);
        let c = &reg.citation;
        let sops = reg
            .dikutip
            .iter()
            .map(|(i, _)| Butir::new(catalog, *i, &l))
            .collect();
        out.daftar(
            dir,
            IndeksPage::sops(
                1,
                jejak(&l, url::DASAR_HUKUM, &[]),
                vec![KelompokSop::of(sops)],
                Rincian {
                    nama: c.judul(),
                    jenis: &c.jenis,
                    nomor: &c.nomor,
                    tahun: c.tahun,
                    wilayah: c.wilayah.as_deref(),
                    tentang: c.tentang.as_deref(),
                    ejaan: reg.ejaan.iter().map(|(t, n)| (t.as_str(), *n)).collect(),
                },
            ),
        );
    }
}
