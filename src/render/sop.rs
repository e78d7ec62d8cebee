//! The page of each SOP: the SOP-AP form (identity block, the six boxes,
//! the procedure table with its flowchart) at the SOP's folder, and its
//! `sop.json` beside it. Its view, [`SopView`], is also what the review
//! bundle's print pages show.

use std::sync::{Arc, OnceLock};

use serde::Serialize;

use super::links::Links;
use super::markdown;
use super::page::{Made, Pages};
use super::views::{Jejak, SopLink, status_label};
use crate::cache::Caches;
use crate::catalog::Catalog;
use crate::content::{Sop, Status};
use crate::diagnostic::Diagnostic;
use crate::flowchart;
use crate::indexes::Indexes;
use crate::url;

/// SOP `i`'s page and its `sop.json` (`record`), and its form as the
/// printed books show it ([`Lembar`]): the page is made from that form, so
/// the form is rendered once for the page and every book that holds it.
pub fn render(p: &Pages, i: usize, record: &Arc<Vec<u8>>) -> (Made, Made, Lembar) {
    let e = &p.catalog.entries[i];
    // Laid out when first needed (in `serve`, only when the page or the
    // form changed), then shared.
    let layout = OnceLock::new();
    let layout = || Arc::clone(layout.get_or_init(|| flowchart_of(&e.sop, p.caches)));
    let lembar = lembar(p, i, &layout);
    (
        page(p, i, &layout, &lembar),
        p.file(url::sop_json(&e.url), Arc::clone(record)),
        lembar,
    )
}

/// The flowchart layout of `sop`, which depends on its text only.
fn flowchart_of(sop: &Sop, caches: &Caches) -> Arc<flowchart::Procedure> {
    caches.value(sop, |sop| sop.source.hash(), flowchart::procedure)
}

/// Where a form has the way back to the site root (`../../`), which
/// depends on the folder of the page that shows it.
const AKAR: u8 = 1;
/// Where it has its elements' id prefix: none on the SOP's page, `sop3-`
/// as the third SOP of a book.
const AWALAN_ID: u8 = 2;
/// Where it names its place in a book for screen readers, as text (in
/// attributes: ` (SOP ke-3)`) and as markup (after section titles).
const TANDA: u8 = 4;
const TANDA_JUDUL: u8 = 5;

/// An SOP's form (template `sop-isi.html`) as rendered once for its page
/// and the printed books, with the markers above where each page puts its
/// own; [`lembar_di`] fills them in. No marker can occur in what the form
/// shows: control characters are refused in SOP files.
pub type Lembar = Result<Arc<String>, Diagnostic>;

/// Where a form is shown.
#[derive(Clone, Copy)]
pub enum Tempat {
    /// On the SOP's own page.
    Halaman,
    /// As the n-th SOP (from 1) of a book.
    Buku(usize),
}

fn marker(b: u8) -> String {
    char::from(b).to_string()
}

/// The form of SOP `i`, in `serve` made anew only when what makes it
/// changed (its source and context, as its page).
fn lembar(p: &Pages, i: usize, layout: &dyn Fn() -> Arc<flowchart::Procedure>) -> Lembar {
    let e = &p.catalog.entries[i];
    let links = p.links_rooted(marker(AKAR));
    let inputs = lembar_inputs(p, i, &links);
    let made = p.fragment(&links, "sop-isi.html", inputs, |(_, _, cx), context| {
        let mut v = SopView::in_context(&e.sop, cx, &layout());
        v.id_prefix = marker(AWALAN_ID);
        context.insert("sop", &v);
        context.insert("tanda", &marker(TANDA));
        context.insert("tanda_judul", &marker(TANDA_JUDUL));
    });
    (*made).clone()
}

/// What the form of SOP `i` is made from (with `links` from the marker
/// root): its key in `serve`, and the key of the books that hold it.
pub fn lembar_inputs<'a>(
    p: &Pages<'a>,
    i: usize,
    links: &Links,
) -> (u64, &'a String, SopContext<'a>) {
    let e = &p.catalog.entries[i];
    (
        e.sop.source.hash(),
        &e.sop.path,
        SopContext::new(p.catalog, p.ix, i, links, p.options.pdf),
    )
}

/// The [`lembar_inputs`] of SOP `i`, hashed.
pub fn hash_lembar<H: std::hash::Hasher>(p: &Pages, i: usize, h: &mut H) {
    use std::hash::Hash;
    lembar_inputs(p, i, &p.links_rooted(marker(AKAR))).hash(h);
}

/// `lembar` as shown at `tempat`, on a page whose way back to the site
/// root is `root`.
pub fn lembar_di(lembar: &str, root: &str, tempat: Tempat) -> String {
    // SOP pages and books lie at least one folder down: a marker never
    // becomes an empty href.
    debug_assert!(!root.is_empty(), "a form is never shown at the site root");
    let (awalan, tanda) = match tempat {
        Tempat::Halaman => (String::new(), String::new()),
        Tempat::Buku(n) => (format!("sop{n}-"), format!(" (SOP ke-{n})")),
    };
    let tanda_judul = if tanda.is_empty() {
        String::new()
    } else {
        format!("<span class=\"sr-only\">{tanda}</span>")
    };
    let mut out = String::with_capacity(lembar.len() + 1024);
    let mut rest = lembar;
    while let Some(at) = rest
        .bytes()
        .position(|b| matches!(b, AKAR | AWALAN_ID | TANDA | TANDA_JUDUL))
    {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        out.push_str(match rest.as_bytes()[at] {
            AKAR => root,
            AWALAN_ID => &awalan,
            TANDA => &tanda,
            _ => &tanda_judul,
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[derive(Serialize)]
struct SopPage<'a> {
    sop: SopView<'a>,
    /// Its form (sop-isi.html), ready to insert.
    isi: String,
}

/// The page of SOP `i`, around its form `lembar`. It is keyed by the SOP's
/// source and its [`SopContext`], which make the whole view and the form:
/// when the caches keep pages, an unchanged page costs neither building
/// its view nor hashing it.
fn page(
    p: &Pages,
    i: usize,
    layout: &dyn Fn() -> Arc<flowchart::Procedure>,
    lembar: &Lembar,
) -> Made {
    let e = &p.catalog.entries[i];
    let links = p.links(&e.url);
    let form = lembar.as_ref().map_err(Clone::clone)?;
    let inputs = (
        e.sop.source.hash(),
        &e.sop.path,
        SopContext::new(p.catalog, p.ix, i, &links, p.options.pdf),
    );
    p.keyed(
        &links,
        &e.url,
        url::page_file(&e.url),
        "sop.html",
        inputs,
        |(_, _, cx)| SopPage {
            sop: SopView::in_context(&e.sop, cx, &layout()),
            isi: lembar_di(form, &links.root, Tempat::Halaman),
        },
    )
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

#[derive(Serialize, Hash)]
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
    pub jejak: Vec<Jejak>,
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
    /// Its unit's printed book ("Buku SOP"), or its instansi's when the
    /// unit has none of its own (`buku_unit` false); none for a draft.
    pub buku_href: Option<String>,
    pub buku_unit: bool,
    /// Its PDF (`build --pdf`).
    pub pdf_href: Option<String>,
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

fn prosedur<'a>(sop: &'a Sop, layout: &flowchart::Procedure) -> ProsedurView<'a> {
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
#[derive(Serialize, Hash)]
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
    /// The printed book of its unit, when it is in one (not a draft).
    buku_href: Option<String>,
    /// Whether that book is its unit's (else its instansi's: the unit has
    /// no book of its own).
    buku_unit: bool,
    /// Its PDF, when the build prints them.
    pdf_href: Option<String>,
}

impl<'a> SopContext<'a> {
    /// `pdf`: whether the build prints each SOP's PDF beside its page.
    pub fn new(
        catalog: &'a Catalog,
        ix: &'a Indexes,
        index: usize,
        links: &Links,
        pdf: bool,
    ) -> Self {
        let e = &catalog.entries[index];
        let sop = &e.sop;
        let places = ix.by_sop.get(&index).cloned().unwrap_or_default();
        let mut jejak = vec![Jejak::beranda(links)];
        // The kop links the SOP's instansi and unit to their index pages.
        let (mut instansi_href, mut unit_href, mut buku_href) = (None, None, None);
        let mut buku_unit = false;
        if let Some((g, u)) = places.instansi {
            if sop.status != Status::Draf {
                let ins = &ix.instansi[g];
                buku_unit = ins.unit_has_own_book(u);
                let dir = if buku_unit {
                    url::cetak_unit(&ins.slug, &ins.units[u].slug)
                } else {
                    url::buku_instansi(&ins.slug)
                };
                buku_href = Some(links.page(&dir));
            }
            if ix.instansi[g].nama.is_some() {
                instansi_href = Some(links.page(&url::instansi(&ix.instansi[g].slug)));
            }
            if ix.instansi[g].units[u].nama.is_some() {
                unit_href = Some(links.page(&url::unit(
                    &ix.instansi[g].slug,
                    &ix.instansi[g].units[u].slug,
                )));
            }
            let crumbs = [
                (&ix.instansi[g].nama, &instansi_href),
                (&ix.instansi[g].units[u].nama, &unit_href),
            ];
            for (nama, href) in crumbs {
                if let (Some(nama), Some(href)) = (nama, href) {
                    jejak.push(Jejak {
                        nama: Some(nama.clone()),
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
            status_href: links.page(&url::status(sop.status.name())),
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
                    .map(|&a| links.page(&url::pelaksana(&ix.pelaksana[a].slug)))
            }),
            dasar_hukum: hrefs(sop.dasar_hukum.len(), &|k| {
                places
                    .dasar_hukum
                    .get(k)
                    .copied()
                    .flatten()
                    .map(|r| links.page(&url::dasar_hukum(&ix.dasar_hukum[r].key)))
            }),
            kata_kunci: hrefs(sop.kata_kunci.len(), &|k| {
                places
                    .kata_kunci
                    .get(k)
                    .map(|&t| links.page(&url::kata_kunci(&ix.kata_kunci[t].slug)))
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
            buku_href,
            buku_unit,
            pdf_href: pdf.then(|| links.file(&url::sop_pdf(&e.url))),
        }
    }
}

impl<'a> SopView<'a> {
    /// The view of `sop` from its own fields and its context, and nothing
    /// else (the page's key in `serve --watch` relies on it).
    pub fn in_context(sop: &'a Sop, cx: SopContext<'a>, layout: &flowchart::Procedure) -> Self {
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
            buku_href: cx.buku_href,
            buku_unit: cx.buku_unit,
            pdf_href: cx.pdf_href,
            sumber_dokumen: sop.sumber_dokumen.as_deref(),
            dasar_hukum: linked(&sop.dasar_hukum, cx.dasar_hukum),
            kualifikasi_pelaksana: &sop.kualifikasi_pelaksana,
            keterkaitan: cx.keterkaitan,
            peralatan_perlengkapan: &sop.peralatan_perlengkapan,
            peringatan: &sop.peringatan,
            pencatatan_pendataan: &sop.pencatatan_pendataan,
            kata_kunci: linked(&sop.kata_kunci, cx.kata_kunci),
            pelaksana: linked(&sop.pelaksana, cx.pelaksana),
            prosedur: prosedur(sop, layout),
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
