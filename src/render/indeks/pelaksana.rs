//! The actors: `pelaksana/` lists them (spellings merged, see
//! `alias_pelaksana`), each with its SOPs and the steps it does in them at
//! `pelaksana/SLUG/`.

use serde::Serialize;

use super::jenis::{Jenis, Out};
use super::view::{Butir, IndeksPage, KelompokSop, jejak};
use crate::render::page::Pages;
use crate::render::views::SopLink;
use crate::url;

pub const JENIS: Jenis = Jenis {
    kunci: "pelaksana",
    dir: url::PELAKSANA,
    template: "indeks/pelaksana.html",
    jelajah: ("Pelaksana", "pelaksana"),
    jumlah: |ix| ix.pelaksana.len(),
    halaman,
};

/// The kind's own page: every actor.
#[derive(Serialize, Hash)]
struct Daftar<'a> {
    pelaksana: Vec<PelaksanaEntri<'a>>,
}

#[derive(Serialize, Hash)]
struct PelaksanaEntri<'a> {
    nama: &'a str,
    href: String,
    /// The SOPs it acts in.
    jumlah: usize,
    /// Other spellings merged into this name.
    ejaan: Vec<&'a str>,
}

/// An actor's page.
#[derive(Serialize, Clone, Hash)]
struct Rincian<'a> {
    nama: &'a str,
    /// The SOPs it acts in.
    jumlah: usize,
    /// Other spellings merged into this name.
    ejaan: Vec<&'a str>,
}

fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let ejaan = |e: &'a [(String, usize)]| e.iter().map(|(n, _)| n.as_str()).collect();
    let l = p.links(url::PELAKSANA);
    let pelaksana = ix
        .pelaksana
        .iter()
        .map(|actor| PelaksanaEntri {
            nama: &actor.nama,
            href: l.page(&url::pelaksana(&actor.slug)),
            jumlah: actor.langkah.len(),
            ejaan: ejaan(&actor.ejaan),
        })
        .collect();
    out.indeks(
        url::PELAKSANA,
        IndeksPage::things(&l, Vec::new(), Daftar { pelaksana }),
    );
    for actor in &ix.pelaksana {
        let dir = url::pelaksana(&actor.slug);
        let l = p.links(&dir);
        let sops = actor
            .langkah
            .iter()
            .map(|(i, steps)| {
                let sop = &catalog.entries[*i].sop;
                Butir {
                    sop: SopLink::new(&catalog.entries[*i], &l),
                    catatan: None,
                    langkah: steps
                        .iter()
                        .map(|&k| (k + 1, sop.langkah[k].kegiatan.as_str()))
                        .collect(),
                }
            })
            .collect();
        out.daftar(
            dir,
            IndeksPage::sops(
                1,
                jejak(&l, url::PELAKSANA, &[]),
                vec![KelompokSop::of(sops)],
                Rincian {
                    nama: &actor.nama,
                    jumlah: actor.langkah.len(),
                    ejaan: ejaan(&actor.ejaan),
                },
            ),
        );
    }
}
