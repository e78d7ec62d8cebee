//! What templates see: view structs made for display (dates in Indonesian,
//! links relative to the page), not the model itself, so the model can
//! change without breaking themes.

use serde::Serialize;

use super::links::Links;
use super::markdown;
use crate::catalog::{Catalog, Entry};
use crate::config::Config;
use crate::content::waktu::format_total;
use crate::content::{Langkah, Status};

#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub base_url: Option<&'a str>,
    pub generator: &'static str,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config) -> Self {
        SiteView {
            title: &config.title,
            description: config.description.as_deref(),
            base_url: config.base_url.as_deref(),
            generator: concat!("sopgen ", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// Links every page has: home, stylesheet, logo.
#[derive(Serialize)]
pub struct NavView {
    pub root: String,
    /// The page's absolute URL, when the config gives a `base_url`.
    pub canonical: Option<String>,
    pub home: String,
    pub css: String,
    pub logo: Option<String>,
}

impl NavView {
    pub fn new(links: &Links, page_dir: &str, config: &Config) -> Self {
        NavView {
            root: links.root.clone(),
            canonical: config
                .base_url
                .as_ref()
                .map(|base| format!("{base}{}", super::links::encode_path(page_dir))),
            home: links.page(""),
            css: links.file("aset/sopgen.css"),
            logo: config
                .logo
                .as_deref()
                .map(|l| links.file(l.trim_start_matches('/'))),
        }
    }
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Draf => "Draf",
        Status::Berlaku => "Berlaku",
        Status::Dicabut => "Dicabut",
    }
}

/// An SOP as a line in a list.
#[derive(Serialize)]
pub struct SopLink<'a> {
    pub nama: &'a str,
    pub nomor: Option<&'a str>,
    pub href: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub instansi: Option<&'a str>,
    pub unit: Option<&'a str>,
}

impl<'a> SopLink<'a> {
    pub fn new(e: &'a Entry, links: &Links) -> Self {
        SopLink {
            nama: &e.sop.nama,
            nomor: e.sop.nomor.as_deref(),
            href: links.page(&e.url),
            status: e.sop.status.name(),
            status_label: status_label(e.sop.status),
            instansi: e.instansi.as_deref(),
            unit: e.unit.as_deref(),
        }
    }
}

#[derive(Serialize)]
pub struct PengesahView<'a> {
    pub jabatan: &'a str,
    pub nama: Option<&'a str>,
    pub pangkat: Option<&'a str>,
    pub nip: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TerkaitView<'a> {
    pub teks: &'a str,
    /// Set when the entry resolves to a published SOP.
    pub href: Option<String>,
    pub nama: Option<&'a str>,
}

/// One lane cell of a step's row.
#[derive(Serialize)]
pub struct LaneCell {
    pub aktif: bool,
    /// `terminator`, `process` or `decision` (FLOWCHART.md's symbol names).
    pub simbol: &'static str,
}

#[derive(Serialize)]
pub struct LangkahView<'a> {
    pub no: usize,
    pub kegiatan: &'a str,
    pub pelaksana: Vec<&'a str>,
    pub lanes: Vec<LaneCell>,
    pub kelengkapan: &'a [String],
    pub waktu: Option<String>,
    pub output: &'a [String],
    pub keterangan: Option<&'a str>,
    pub penanggung_jawab: Option<&'a str>,
    pub keputusan: bool,
    /// Step numbers "Ya" and "Tidak" lead to, for a decision.
    pub ya: Option<usize>,
    pub tidak: Option<usize>,
}

#[derive(Serialize)]
pub struct SopView<'a> {
    pub nama: &'a str,
    pub nomor: Option<&'a str>,
    pub instansi: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub status: &'static str,
    pub status_label: &'static str,
    pub tanggal_pembuatan: Option<String>,
    pub tanggal_revisi: Option<String>,
    pub tanggal_efektif: Option<String>,
    pub tanggal_pengesahan: Option<String>,
    pub disahkan_oleh: Option<PengesahView<'a>>,
    pub dasar_hukum: &'a [String],
    pub kualifikasi_pelaksana: &'a [String],
    pub keterkaitan: Vec<TerkaitView<'a>>,
    pub peralatan_perlengkapan: &'a [String],
    pub peringatan: &'a [String],
    pub pencatatan_pendataan: &'a [String],
    pub kata_kunci: &'a [String],
    pub pelaksana: &'a [String],
    pub langkah: Vec<LangkahView<'a>>,
    pub ada_penanggung_jawab: bool,
    pub total_waktu: String,
    pub catatan_html: String,
    pub digunakan_oleh: Vec<SopLink<'a>>,
    pub sumber: String,
}

fn symbol(step: &Langkah, index: usize, count: usize) -> &'static str {
    if step.is_decision() {
        "decision"
    } else if index == 0 || index + 1 == count {
        "terminator"
    } else {
        "process"
    }
}

impl<'a> SopView<'a> {
    pub fn new(catalog: &'a Catalog, index: usize, links: &Links) -> Self {
        let e = &catalog.entries[index];
        let sop = &e.sop;
        let count = sop.langkah.len();
        let langkah = sop
            .langkah
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let simbol = symbol(l, i, count);
                LangkahView {
                    no: i + 1,
                    kegiatan: &l.kegiatan,
                    pelaksana: l
                        .pelaksana
                        .iter()
                        .map(|&p| sop.pelaksana[p].as_str())
                        .collect(),
                    lanes: (0..sop.pelaksana.len())
                        .map(|lane| LaneCell {
                            aktif: l.pelaksana.contains(&lane),
                            simbol,
                        })
                        .collect(),
                    kelengkapan: &l.kelengkapan,
                    waktu: l.waktu.as_ref().map(ToString::to_string),
                    output: &l.output,
                    keterangan: l.keterangan.as_deref(),
                    penanggung_jawab: l.penanggung_jawab.as_deref(),
                    keputusan: l.is_decision(),
                    ya: l
                        .is_decision()
                        .then(|| l.ya.unwrap_or(i + 1) + 1)
                        .filter(|&n| n <= count),
                    tidak: l.tidak.map(|t| t + 1),
                }
            })
            .collect();
        let published = |j: usize| catalog.entries[j].published.then_some(&catalog.entries[j]);
        SopView {
            nama: &sop.nama,
            nomor: sop.nomor.as_deref(),
            instansi: e.instansi.as_deref(),
            unit: e.unit.as_deref(),
            status: sop.status.name(),
            status_label: status_label(sop.status),
            tanggal_pembuatan: sop.tanggal_pembuatan.map(|t| t.to_string()),
            tanggal_revisi: sop.tanggal_revisi.map(|t| t.to_string()),
            tanggal_efektif: sop.tanggal_efektif.map(|t| t.to_string()),
            tanggal_pengesahan: sop.tanggal_pengesahan.map(|t| t.to_string()),
            disahkan_oleh: sop.disahkan_oleh.as_ref().map(|p| PengesahView {
                jabatan: &p.jabatan,
                nama: p.nama.as_deref(),
                pangkat: p.pangkat.as_deref(),
                nip: p.nip.as_deref(),
            }),
            dasar_hukum: &sop.dasar_hukum,
            kualifikasi_pelaksana: &sop.kualifikasi_pelaksana,
            keterkaitan: e
                .terkait
                .iter()
                .map(|(teks, target)| {
                    let target = target.and_then(published);
                    TerkaitView {
                        teks,
                        href: target.map(|t| links.page(&t.url)),
                        nama: target.map(|t| t.sop.nama.as_str()),
                    }
                })
                .collect(),
            peralatan_perlengkapan: &sop.peralatan_perlengkapan,
            peringatan: &sop.peringatan,
            pencatatan_pendataan: &sop.pencatatan_pendataan,
            kata_kunci: &sop.kata_kunci,
            pelaksana: &sop.pelaksana,
            langkah,
            ada_penanggung_jawab: sop.langkah.iter().any(|l| l.penanggung_jawab.is_some()),
            total_waktu: format_total(sop.total_seconds()),
            catatan_html: markdown::to_html(&sop.body, 2),
            digunakan_oleh: e
                .digunakan_oleh
                .iter()
                .filter_map(|&j| published(j))
                .map(|t| SopLink::new(t, links))
                .collect(),
            sumber: format!("content/{}.md", sop.path),
        }
    }
}

#[derive(Serialize)]
pub struct UnitView<'a> {
    pub nama: Option<&'a str>,
    pub sops: Vec<SopLink<'a>>,
}

#[derive(Serialize)]
pub struct InstansiView<'a> {
    pub nama: Option<&'a str>,
    pub jumlah: usize,
    pub units: Vec<UnitView<'a>>,
}

/// Published SOPs grouped by instansi and unit, as lists of links.
pub fn groups<'a>(
    catalog: &'a Catalog,
    links: &Links,
    filter: impl Fn(&Entry) -> bool,
) -> Vec<InstansiView<'a>> {
    catalog
        .groups()
        .into_iter()
        .filter_map(|(nama, units)| {
            let units: Vec<UnitView> = units
                .into_iter()
                .filter_map(|(unit, sops)| {
                    let sops: Vec<SopLink> = sops
                        .into_iter()
                        .map(|i| &catalog.entries[i])
                        .filter(|e| filter(e))
                        .map(|e| SopLink::new(e, links))
                        .collect();
                    (!sops.is_empty()).then_some(UnitView { nama: unit, sops })
                })
                .collect();
            let jumlah = units.iter().map(|u| u.sops.len()).sum();
            (jumlah > 0).then_some(InstansiView {
                nama,
                jumlah,
                units,
            })
        })
        .collect()
}
