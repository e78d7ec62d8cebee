//! What templates see: view structs made for display (dates in Indonesian,
//! links relative to the page), not the model itself, so the model can
//! change without breaking themes.

use serde::Serialize;

use super::indexpages::{self, Jejak};
use super::links::Links;
use super::markdown;
use crate::cache::Caches;
use crate::catalog::{Catalog, Entry};
use crate::config::Config;
use crate::content::{Sop, Status};
use crate::flowchart;
use crate::indexes::Indexes;
use crate::url;

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

/// Links every page has: home, stylesheet, logo, the index pages.
#[derive(Serialize)]
pub struct NavView {
    pub root: String,
    pub instansi: String,
    pub pelaksana: String,
    pub dasar_hukum: String,
    pub kata_kunci: String,
    pub terbaru: String,
    pub cari: String,
    /// The Atom feed (written when the config gives a `base_url`).
    pub feed: String,
    /// Links name `index.html` (pages opened from disk).
    pub berkas: bool,
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
            instansi: links.page(url::INSTANSI),
            pelaksana: links.page(url::PELAKSANA),
            dasar_hukum: links.page(url::DASAR_HUKUM),
            kata_kunci: links.page(url::KATA_KUNCI),
            terbaru: links.page(url::TERBARU),
            cari: links.page(url::CARI),
            feed: links.file(url::FEED),
            berkas: links.is_file_style(),
            canonical: config
                .base_url
                .as_ref()
                .map(|base| format!("{base}{}", super::links::encode_path(page_dir))),
            home: links.page(url::BERANDA),
            css: links.file(url::CSS),
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
    /// The form's label: "Disahkan oleh" unless the SOP says otherwise.
    pub peran: &'a str,
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

/// An entry of the revision history.
#[derive(Serialize)]
pub struct RiwayatView<'a> {
    pub revisi: u32,
    pub tanggal: Option<String>,
    pub uraian: &'a str,
    pub disahkan_oleh: Option<&'a str>,
}

#[derive(Serialize)]
pub struct LangkahView<'a> {
    /// The number printed in the No column.
    pub no: usize,
    pub kegiatan: &'a str,
    pub pelaksana: Vec<&'a str>,
    /// The row's height in px, fixed so that the flowchart lines up.
    pub tinggi: f32,
    pub kelengkapan: &'a [String],
    pub waktu: Option<String>,
    pub output: &'a [String],
    pub keterangan: Option<&'a str>,
    pub penanggung_jawab: Option<&'a str>,
    pub keputusan: bool,
    /// Where the flow goes when it does not go on to the next step: a
    /// decision's exits (with their labels) or a `lanjut`, by printed number.
    pub ya: Option<usize>,
    pub tidak: Option<usize>,
    pub lanjut: Option<usize>,
    pub label_ya: &'a str,
    pub label_tidak: &'a str,
}

/// Column widths of the procedure table, in px.
#[derive(Serialize)]
pub struct KolomView {
    pub no: f32,
    pub kegiatan: f32,
    pub lane: f32,
    pub kelengkapan: f32,
    pub waktu: f32,
    pub output: f32,
    pub keterangan: f32,
    pub penanggung_jawab: Option<f32>,
    pub total: f32,
    /// Columns right of the lanes: Kelengkapan, Waktu, Output, Keterangan
    /// (and Penanggung Jawab).
    pub kanan: usize,
}

/// One printed page of the procedure table.
#[derive(Serialize)]
pub struct HalamanView<'a> {
    pub nomor: usize,
    pub langkah: Vec<LangkahView<'a>>,
    /// The flowchart of these steps (inline SVG, safe to insert).
    pub bagan: String,
    pub sambungan_atas: bool,
    pub sambungan_bawah: bool,
    /// Rows the flowchart cell spans: the steps and the connector strips.
    pub rentang: usize,
}

#[derive(Serialize)]
pub struct ProsedurView<'a> {
    pub kolom: KolomView,
    pub kepala: (f32, f32),
    pub sambungan: f32,
    pub halaman: Vec<HalamanView<'a>>,
    pub jumlah_halaman: usize,
}

/// A name that links to its index page.
#[derive(Serialize)]
pub struct Tautan<'a> {
    pub nama: &'a str,
    pub href: Option<String>,
}

#[derive(Serialize)]
pub struct SopView<'a> {
    /// Prefixes the ids of the page's elements (several SOPs on one print
    /// page); empty on the SOP's own page.
    pub id_prefix: String,
    /// Beranda › instansi › unit.
    pub jejak: Vec<super::indexpages::Jejak>,
    pub status_href: String,
    pub nama: &'a str,
    pub nomor: Option<&'a str>,
    /// The letterhead's government line.
    pub pemerintah: Option<&'a str>,
    pub instansi: Option<&'a str>,
    pub instansi_href: Option<String>,
    /// The unit's levels on one line ("A › B").
    pub unit: Option<&'a str>,
    /// The unit's levels, outermost first: a kop line each.
    pub unit_tingkat: &'a [String],
    pub unit_href: Option<String>,
    pub status: &'static str,
    pub status_label: &'static str,
    pub tanggal_pembuatan: Option<String>,
    pub tanggal_revisi: Option<String>,
    pub tanggal_efektif: Option<String>,
    pub tanggal_pengesahan: Option<String>,
    /// The signatories, in the form's order (empty: none given).
    pub disahkan_oleh: Vec<PengesahView<'a>>,
    /// Whether the identity block shows a Tanggal Efektif row: when given
    /// (also as "-"), or when neither it nor Tanggal Pengesahan is.
    pub baris_efektif: bool,
    /// Whether it shows a Tanggal Pengesahan row: when given (also as "-").
    pub baris_pengesahan: bool,
    pub riwayat: Vec<RiwayatView<'a>>,
    pub menggantikan: Vec<TerkaitView<'a>>,
    pub digantikan_oleh: Vec<SopLink<'a>>,
    /// The document this SOP was transcribed or imported from.
    pub sumber_dokumen: Option<&'a str>,
    pub dasar_hukum: Vec<Tautan<'a>>,
    pub kualifikasi_pelaksana: &'a [String],
    pub keterkaitan: Vec<TerkaitView<'a>>,
    pub peralatan_perlengkapan: &'a [String],
    pub peringatan: &'a [String],
    pub pencatatan_pendataan: &'a [String],
    pub kata_kunci: Vec<Tautan<'a>>,
    pub pelaksana: Vec<Tautan<'a>>,
    pub prosedur: ProsedurView<'a>,
    pub total_waktu: String,
    /// How many steps have no measurable waktu (free text or none).
    pub tanpa_waktu: usize,
    /// "2 langkah tanpa waktu terukur", when there are such steps.
    pub total_catatan: Option<String>,
    pub catatan_html: String,
    pub digunakan_oleh: Vec<SopLink<'a>>,
    /// The content file, e.g. `content/dinsos/sop-a.md` (shown as "Berkas";
    /// also under its old name `sumber`).
    pub berkas: String,
    pub sumber: String,
}

fn prosedur<'a>(sop: &'a Sop, caches: Option<&Caches>) -> ProsedurView<'a> {
    // The flowchart depends on the SOP's text only.
    let layout = match caches {
        Some(c) => c.flow(sop.source.hash(), || flowchart::procedure(sop)),
        None => std::sync::Arc::new(flowchart::procedure(sop)),
    };
    let c = &layout.columns;
    let number = |t: usize| sop.langkah[t].no;
    let langkah_view = |i: usize, tinggi: f32| {
        let l = &sop.langkah[i];
        LangkahView {
            no: l.no,
            kegiatan: &l.kegiatan,
            pelaksana: sop.actors_of(l),
            tinggi,
            kelengkapan: &l.kelengkapan,
            waktu: l.waktu.as_ref().map(ToString::to_string),
            output: &l.output,
            keterangan: l.keterangan.as_deref(),
            penanggung_jawab: l.penanggung_jawab.as_deref(),
            keputusan: l.is_decision(),
            ya: l.ya.map(number),
            tidak: l.tidak.map(number),
            lanjut: l.lanjut.map(number),
            label_ya: l.label_ya(),
            label_tidak: l.label_tidak(),
        }
    };
    let jumlah_halaman = layout.pages.len();
    let halaman = layout
        .pages
        .iter()
        .enumerate()
        .map(|(n, page)| HalamanView {
            nomor: n + 1,
            langkah: page
                .steps
                .clone()
                .zip(&page.rows)
                .map(|(i, &h)| langkah_view(i, h))
                .collect(),
            rentang: page.steps.len()
                + usize::from(page.top_spacer)
                + usize::from(page.bottom_spacer),
            sambungan_atas: page.top_spacer,
            sambungan_bawah: page.bottom_spacer,
            bagan: page.svg.clone(),
        })
        .collect();
    ProsedurView {
        kolom: KolomView {
            no: c.no,
            kegiatan: c.kegiatan,
            lane: c.lane,
            kelengkapan: c.kelengkapan,
            waktu: c.waktu,
            output: c.output,
            keterangan: c.keterangan,
            penanggung_jawab: c.penanggung_jawab,
            total: c.total(),
            kanan: 4 + usize::from(c.penanggung_jawab.is_some()),
        },
        kepala: layout.head,
        sambungan: flowchart::table::SPACER,
        halaman,
        jumlah_halaman,
    }
}

/// What a SOP's page takes from outside its own file: where the SOP sits
/// in the catalogue and the links it shows to index pages and to other
/// SOPs. With the SOP's source (text and path) it makes the whole page:
/// `serve --watch` keys the page by the two, without building its view.
#[derive(Serialize)]
pub struct SopContext<'a> {
    jejak: Vec<Jejak>,
    status_href: String,
    pemerintah: Option<&'a str>,
    instansi: Option<&'a str>,
    instansi_href: Option<String>,
    unit: Option<&'a str>,
    unit_tingkat: &'a [String],
    unit_href: Option<String>,
    /// The index page of each `pelaksana`, `dasar_hukum` and `kata_kunci`
    /// entry, by position.
    pelaksana: Vec<Option<String>>,
    dasar_hukum: Vec<Option<String>>,
    kata_kunci: Vec<Option<String>>,
    keterkaitan: Vec<TerkaitView<'a>>,
    digunakan_oleh: Vec<SopLink<'a>>,
    menggantikan: Vec<TerkaitView<'a>>,
    digantikan_oleh: Vec<SopLink<'a>>,
}

impl<'a> SopContext<'a> {
    pub fn new(catalog: &'a Catalog, ix: &'a Indexes, index: usize, links: &Links) -> Self {
        let e = &catalog.entries[index];
        let sop = &e.sop;
        let places = ix.by_sop.get(&index).cloned().unwrap_or_default();
        let mut jejak = vec![Jejak {
            nama: "Beranda".into(),
            href: links.page(url::BERANDA),
        }];
        // The kop links the SOP's instansi and unit to their index pages.
        let (mut instansi_href, mut unit_href) = (None, None);
        if let Some((g, u)) = places.instansi {
            if ix.instansi[g].nama.is_some() {
                instansi_href = Some(links.page(&indexpages::instansi_dir(ix, g)));
            }
            if ix.instansi[g].units[u].nama.is_some() {
                unit_href = Some(links.page(&indexpages::unit_dir(ix, g, u)));
            }
            let crumbs = [
                (&ix.instansi[g].nama, &instansi_href),
                (&ix.instansi[g].units[u].nama, &unit_href),
            ];
            for (nama, href) in crumbs {
                if let (Some(nama), Some(href)) = (nama, href) {
                    jejak.push(Jejak {
                        nama: nama.clone(),
                        href: href.clone(),
                    });
                }
            }
        }
        let hrefs = |n: usize, at: &dyn Fn(usize) -> Option<String>| (0..n).map(at).collect();
        let published = |j: usize| catalog.entries[j].published.then_some(&catalog.entries[j]);
        let refs = |list: &'a [(String, Option<usize>)]| -> Vec<TerkaitView<'a>> {
            list.iter()
                .map(|(teks, target)| {
                    let target = target.and_then(published);
                    TerkaitView {
                        teks,
                        href: target.map(|t| links.page(&t.url)),
                        nama: target.map(|t| t.sop.nama.as_str()),
                    }
                })
                .collect()
        };
        SopContext {
            jejak,
            status_href: links.page(&indexpages::status_dir(sop.status)),
            pemerintah: e.pemerintah.as_deref(),
            instansi: e.instansi.as_deref(),
            instansi_href,
            unit: e.unit.as_deref(),
            unit_tingkat: &e.unit_tingkat,
            unit_href,
            pelaksana: hrefs(sop.pelaksana.len(), &|k| {
                places
                    .pelaksana
                    .get(k)
                    .map(|&a| links.page(&indexpages::pelaksana_dir(ix, a)))
            }),
            dasar_hukum: hrefs(sop.dasar_hukum.len(), &|k| {
                places
                    .dasar_hukum
                    .get(k)
                    .copied()
                    .flatten()
                    .map(|r| links.page(&indexpages::hukum_dir(ix, r)))
            }),
            kata_kunci: hrefs(sop.kata_kunci.len(), &|k| {
                places
                    .kata_kunci
                    .get(k)
                    .map(|&t| links.page(&indexpages::tag_dir(ix, t)))
            }),
            keterkaitan: refs(&e.terkait),
            digunakan_oleh: e
                .digunakan_oleh
                .iter()
                .filter_map(|&j| published(j))
                .map(|t| SopLink::new(t, links))
                .collect(),
            menggantikan: refs(&e.menggantikan),
            digantikan_oleh: e
                .digantikan_oleh
                .iter()
                .filter_map(|&j| published(j))
                .map(|t| SopLink::new(t, links))
                .collect(),
        }
    }
}

impl<'a> SopView<'a> {
    pub fn new(
        catalog: &'a Catalog,
        ix: &'a Indexes,
        index: usize,
        links: &Links,
        caches: Option<&Caches>,
    ) -> Self {
        let context = SopContext::new(catalog, ix, index, links);
        SopView::in_context(&catalog.entries[index].sop, context, caches)
    }

    /// The view of `sop` from its own fields and its context, and nothing
    /// else (the page's key in `serve --watch` relies on it).
    pub fn in_context(sop: &'a Sop, cx: SopContext<'a>, caches: Option<&Caches>) -> Self {
        let linked = |names: &'a [String], hrefs: Vec<Option<String>>| -> Vec<Tautan<'a>> {
            names
                .iter()
                .zip(hrefs)
                .map(|(nama, href)| Tautan { nama, href })
                .collect()
        };
        let total = sop.total();
        SopView {
            id_prefix: String::new(),
            jejak: cx.jejak,
            status_href: cx.status_href,
            nama: &sop.nama,
            nomor: sop.nomor.as_deref(),
            pemerintah: cx.pemerintah,
            instansi: cx.instansi,
            instansi_href: cx.instansi_href,
            unit: cx.unit,
            unit_tingkat: cx.unit_tingkat,
            unit_href: cx.unit_href,
            status: sop.status.name(),
            status_label: status_label(sop.status),
            tanggal_pembuatan: sop.tanggal_pembuatan.map(|t| t.to_string()),
            tanggal_revisi: sop.tanggal_revisi.map(|t| t.to_string()),
            tanggal_efektif: sop.tanggal_efektif.map(|t| t.to_string()),
            tanggal_pengesahan: sop.tanggal_pengesahan.map(|t| t.to_string()),
            disahkan_oleh: sop
                .disahkan_oleh
                .iter()
                .map(|p| PengesahView {
                    peran: p.peran_tampil(),
                    jabatan: &p.jabatan,
                    nama: p.nama.as_deref(),
                    pangkat: p.pangkat.as_deref(),
                    nip: p.nip.as_deref(),
                })
                .collect(),
            baris_efektif: {
                let written =
                    |d: &Option<_>, name| d.is_some() || sop.tanggal_kosong.contains(&name);
                written(&sop.tanggal_efektif, "tanggal_efektif")
                    || !written(&sop.tanggal_pengesahan, "tanggal_pengesahan")
            },
            baris_pengesahan: sop.tanggal_pengesahan.is_some()
                || sop.tanggal_kosong.contains(&"tanggal_pengesahan"),
            riwayat: sop
                .riwayat
                .iter()
                .map(|r| RiwayatView {
                    revisi: r.revisi,
                    tanggal: r.tanggal.map(|t| t.to_string()),
                    uraian: &r.uraian,
                    disahkan_oleh: r.disahkan_oleh.as_deref(),
                })
                .collect(),
            menggantikan: cx.menggantikan,
            digantikan_oleh: cx.digantikan_oleh,
            sumber_dokumen: sop.sumber_dokumen.as_deref(),
            dasar_hukum: linked(&sop.dasar_hukum, cx.dasar_hukum),
            kualifikasi_pelaksana: &sop.kualifikasi_pelaksana,
            keterkaitan: cx.keterkaitan,
            peralatan_perlengkapan: &sop.peralatan_perlengkapan,
            peringatan: &sop.peringatan,
            pencatatan_pendataan: &sop.pencatatan_pendataan,
            kata_kunci: linked(&sop.kata_kunci, cx.kata_kunci),
            pelaksana: linked(&sop.pelaksana, cx.pelaksana),
            prosedur: prosedur(sop, caches),
            total_waktu: total.teks(),
            tanpa_waktu: total.tanpa_waktu,
            total_catatan: total.tanpa_waktu_teks(),
            catatan_html: markdown::to_html_below(&sop.body, 2),
            digunakan_oleh: cx.digunakan_oleh,
            berkas: format!("content/{}.md", sop.path),
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
        .iter()
        .filter_map(|g| {
            let units: Vec<UnitView> = g
                .units
                .iter()
                .filter_map(|(unit, sops)| {
                    let sops: Vec<SopLink> = sops
                        .iter()
                        .map(|&i| &catalog.entries[i])
                        .filter(|e| filter(e))
                        .map(|e| SopLink::new(e, links))
                        .collect();
                    (!sops.is_empty()).then_some(UnitView {
                        nama: unit.as_deref(),
                        sops,
                    })
                })
                .collect();
            let jumlah = units.iter().map(|u| u.sops.len()).sum();
            (jumlah > 0).then_some(InstansiView {
                nama: g.instansi.as_deref(),
                jumlah,
                units,
            })
        })
        .collect()
}

/// An entry of the home page's "browse" list.
#[derive(Serialize)]
pub struct JelajahView {
    pub nama: &'static str,
    pub href: String,
    pub jumlah: usize,
    pub satuan: &'static str,
}

/// The index pages, with how much each holds.
pub fn jelajah(ix: &Indexes, links: &Links) -> Vec<JelajahView> {
    let entry = |nama, dir: &str, jumlah, satuan| JelajahView {
        nama,
        href: links.page(dir),
        jumlah,
        satuan,
    };
    vec![
        entry(
            "Instansi dan unit",
            url::INSTANSI,
            ix.instansi.len(),
            "instansi",
        ),
        entry("Pelaksana", url::PELAKSANA, ix.pelaksana.len(), "pelaksana"),
        entry(
            "Dasar hukum",
            url::DASAR_HUKUM,
            ix.dasar_hukum.len(),
            "peraturan",
        ),
        entry(
            "Kata kunci",
            url::KATA_KUNCI,
            ix.kata_kunci.len(),
            "kata kunci",
        ),
        entry("Status", url::STATUS, ix.status.len(), "status"),
        entry("Revisi terbaru", url::TERBARU, ix.terbaru.len(), "SOP"),
    ]
}
