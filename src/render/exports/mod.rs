//! Machine-readable files: each SOP's JSON record (its `sop.json`, beside
//! its page, and its item in `katalog.json`), the JSON Schema of the front
//! matter (`sopgen schema`, in [`schema`]), and the files a public website
//! wants: `robots.txt` and `sitemap.xml` ([`sitemap`]), `feed.xml`
//! ([`feed`]).

pub mod feed;
pub mod schema;
pub mod sitemap;

pub use schema::{schema, schema_fields, schema_matches_parser};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use std::sync::Arc;

use super::page::{Made, Pages};
use crate::cache::Caches;
use crate::catalog::{Catalog, Entry};
use crate::content::tanggal::Tanggal;
use crate::content::{Langkah, Sop};
use crate::hash::Key;
use crate::url;

fn none<T>(v: &Option<T>) -> bool {
    v.is_none()
}

fn empty<T>(v: &[T]) -> bool {
    v.is_empty()
}

/// A step in the shape of its `[[langkah]]` table.
#[derive(Serialize)]
struct LangkahRecord<'a> {
    #[serde(skip_serializing_if = "none")]
    no: Option<usize>,
    #[serde(skip_serializing_if = "none")]
    id: Option<&'a str>,
    kegiatan: &'a str,
    pelaksana: Vec<&'a str>,
    #[serde(skip_serializing_if = "empty")]
    kelengkapan: &'a [String],
    #[serde(skip_serializing_if = "none")]
    waktu: Option<String>,
    #[serde(skip_serializing_if = "empty")]
    output: &'a [String],
    #[serde(skip_serializing_if = "none")]
    keterangan: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    penanggung_jawab: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    tidak: Option<usize>,
    #[serde(skip_serializing_if = "none")]
    ya: Option<usize>,
    #[serde(skip_serializing_if = "none")]
    lanjut: Option<usize>,
    #[serde(skip_serializing_if = "none")]
    label_ya: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    label_tidak: Option<&'a str>,
}

#[derive(Serialize)]
struct PengesahRecord<'a> {
    #[serde(skip_serializing_if = "none")]
    peran: Option<&'a str>,
    jabatan: &'a str,
    #[serde(skip_serializing_if = "none")]
    nama: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    pangkat: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    nip: Option<&'a str>,
}

/// One signatory as a table, several as a list of tables: as written.
#[derive(Serialize)]
#[serde(untagged)]
enum PengesahRecords<'a> {
    One(PengesahRecord<'a>),
    Many(Vec<PengesahRecord<'a>>),
}

/// A text, or a list of texts: as written.
#[derive(Serialize)]
#[serde(untagged)]
enum OneOrMany<'a> {
    One(&'a str),
    Many(&'a [String]),
}

fn one_or_many(v: &[String]) -> Option<OneOrMany<'_>> {
    match v {
        [] => None,
        [one] => Some(OneOrMany::One(one)),
        many => Some(OneOrMany::Many(many)),
    }
}

#[derive(Serialize)]
struct Revision<'a> {
    revisi: u32,
    #[serde(skip_serializing_if = "none")]
    tanggal: Option<String>,
    uraian: &'a str,
    #[serde(skip_serializing_if = "none")]
    disahkan_oleh: Option<&'a str>,
}

/// The SOP's fields in the shape of its front matter (dates as ISO text,
/// steps pointing by number): valid against [`schema`].
#[derive(Serialize)]
pub struct FrontMatter<'a> {
    nama: &'a str,
    #[serde(skip_serializing_if = "none")]
    nomor: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    pemerintah: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    instansi: Option<&'a str>,
    #[serde(skip_serializing_if = "none")]
    unit: Option<OneOrMany<'a>>,
    status: &'static str,
    #[serde(skip_serializing_if = "none")]
    tanggal_pembuatan: Option<String>,
    #[serde(skip_serializing_if = "none")]
    tanggal_revisi: Option<String>,
    #[serde(skip_serializing_if = "none")]
    tanggal_efektif: Option<String>,
    #[serde(skip_serializing_if = "none")]
    tanggal_pengesahan: Option<String>,
    #[serde(skip_serializing_if = "empty")]
    kata_kunci: &'a [String],
    #[serde(skip_serializing_if = "empty")]
    dasar_hukum: &'a [String],
    #[serde(skip_serializing_if = "empty")]
    kualifikasi_pelaksana: &'a [String],
    #[serde(skip_serializing_if = "empty")]
    keterkaitan: Vec<&'a str>,
    #[serde(skip_serializing_if = "empty")]
    peralatan_perlengkapan: &'a [String],
    #[serde(skip_serializing_if = "empty")]
    peringatan: &'a [String],
    #[serde(skip_serializing_if = "empty")]
    pencatatan_pendataan: &'a [String],
    #[serde(skip_serializing_if = "none")]
    slug: Option<&'a str>,
    pelaksana: &'a [String],
    #[serde(skip_serializing_if = "none")]
    disahkan_oleh: Option<PengesahRecords<'a>>,
    #[serde(skip_serializing_if = "empty")]
    menggantikan: Vec<&'a str>,
    #[serde(skip_serializing_if = "empty")]
    riwayat: Vec<Revision<'a>>,
    #[serde(skip_serializing_if = "none")]
    sumber_dokumen: Option<&'a str>,
    langkah: Vec<LangkahRecord<'a>>,
}

pub fn front_matter(sop: &Sop) -> FrontMatter<'_> {
    let iso = |t: &Option<Tanggal>| t.map(|t| t.iso());
    FrontMatter {
        nama: &sop.nama,
        nomor: sop.nomor.as_deref(),
        pemerintah: sop.pemerintah.as_deref(),
        instansi: sop.instansi.as_deref(),
        unit: one_or_many(&sop.unit),
        status: sop.status.name(),
        tanggal_pembuatan: iso(&sop.tanggal_pembuatan),
        tanggal_revisi: iso(&sop.tanggal_revisi),
        tanggal_efektif: iso(&sop.tanggal_efektif),
        tanggal_pengesahan: iso(&sop.tanggal_pengesahan),
        kata_kunci: &sop.kata_kunci,
        dasar_hukum: &sop.dasar_hukum,
        kualifikasi_pelaksana: &sop.kualifikasi_pelaksana,
        keterkaitan: sop.keterkaitan.iter().map(|k| k.text.as_str()).collect(),
        peralatan_perlengkapan: &sop.peralatan_perlengkapan,
        peringatan: &sop.peringatan,
        pencatatan_pendataan: &sop.pencatatan_pendataan,
        slug: sop.slug.as_ref().map(|s| s.text.as_str()),
        pelaksana: &sop.pelaksana,
        disahkan_oleh: pengesah_records(sop),
        menggantikan: sop.menggantikan.iter().map(|k| k.text.as_str()).collect(),
        riwayat: sop
            .riwayat
            .iter()
            .map(|r| Revision {
                revisi: r.revisi,
                tanggal: r.tanggal.map(|t| t.iso()),
                uraian: &r.uraian,
                disahkan_oleh: r.disahkan_oleh.as_deref(),
            })
            .collect(),
        sumber_dokumen: sop.sumber_dokumen.as_deref(),
        langkah: sop.langkah.iter().map(|l| langkah_record(sop, l)).collect(),
    }
}

fn pengesah_record(p: &crate::content::Pengesah) -> PengesahRecord<'_> {
    PengesahRecord {
        peran: p.peran.as_deref(),
        jabatan: &p.jabatan,
        nama: p.nama.as_deref(),
        pangkat: p.pangkat.as_deref(),
        nip: p.nip.as_deref(),
    }
}

fn pengesah_records(sop: &Sop) -> Option<PengesahRecords<'_>> {
    let one = pengesah_record;
    match sop.disahkan_oleh.as_slice() {
        [] => None,
        [p] => Some(PengesahRecords::One(one(p))),
        many => Some(PengesahRecords::Many(many.iter().map(one).collect())),
    }
}

fn langkah_record<'a>(sop: &'a Sop, l: &'a Langkah) -> LangkahRecord<'a> {
    // Targets by printed number; `no` only where the SOP numbers its own.
    let number = |t: usize| sop.langkah[t].no;
    let own = sop.langkah.iter().enumerate().any(|(i, s)| s.no != i + 1);
    LangkahRecord {
        no: own.then_some(l.no),
        id: l.id.as_deref(),
        kegiatan: &l.kegiatan,
        pelaksana: sop.actors_of(l),
        kelengkapan: &l.kelengkapan,
        waktu: l.waktu.as_ref().map(ToString::to_string),
        output: &l.output,
        keterangan: l.keterangan.as_deref(),
        penanggung_jawab: l.penanggung_jawab.as_deref(),
        tidak: l.tidak.map(number),
        ya: l.ya.map(number),
        lanjut: l.lanjut.map(number),
        label_ya: l.label_ya.as_deref(),
        label_tidak: l.label_tidak.as_deref(),
    }
}

#[derive(Serialize, Hash)]
struct Link<'a> {
    teks: &'a str,
    url: Option<&'a str>,
}

/// One SOP as exported: where it is published, what the catalogue made of
/// it, and its fields.
#[derive(Serialize)]
struct Record<'a> {
    url: &'a str,
    /// The content file (not the source document: see `sumber_dokumen`).
    sumber: String,
    pemerintah: Option<&'a str>,
    instansi: Option<&'a str>,
    /// The unit's levels on one line.
    unit: Option<&'a str>,
    /// The unit's levels, outermost first.
    unit_tingkat: &'a [String],
    total_waktu: String,
    /// Steps whose waktu is free text or absent, left out of the total.
    langkah_tanpa_waktu: usize,
    keterkaitan: Vec<Link<'a>>,
    digunakan_oleh: Vec<&'a str>,
    menggantikan: Vec<Link<'a>>,
    digantikan_oleh: Vec<&'a str>,
    data: FrontMatter<'a>,
}

/// The JSON of one SOP (its `sop.json`, and its item in `katalog.json`);
/// when the caches keep it, made anew only when what it shows changed.
pub fn sop_record(catalog: &Catalog, e: &Entry, caches: &Caches) -> Arc<Vec<u8>> {
    let published = |j: usize| {
        catalog.entries[j]
            .published
            .then(|| catalog.entries[j].url.as_str())
    };
    let record = Record {
        url: &e.url,
        sumber: format!("content/{}.md", e.sop.path),
        pemerintah: e.pemerintah.as_deref(),
        instansi: e.instansi.as_deref(),
        unit: e.unit.as_deref(),
        unit_tingkat: &e.unit_tingkat,
        total_waktu: e.sop.total().teks(),
        langkah_tanpa_waktu: e.sop.total().tanpa_waktu,
        keterkaitan: e
            .terkait
            .iter()
            .map(|(teks, target)| Link {
                teks,
                url: target.and_then(published),
            })
            .collect(),
        digunakan_oleh: e
            .digunakan_oleh
            .iter()
            .filter_map(|&j| published(j))
            .collect(),
        menggantikan: e
            .menggantikan
            .iter()
            .map(|(teks, target)| Link {
                teks,
                url: target.and_then(published),
            })
            .collect(),
        digantikan_oleh: e
            .digantikan_oleh
            .iter()
            .filter_map(|&j| published(j))
            .collect(),
        data: front_matter(&e.sop),
    };
    // `data` and `total_waktu` follow from the SOP's source text.
    let key = |record: &Record| {
        Key::new()
            .value(&(
                e.sop.source.hash(),
                record.url,
                &record.sumber,
                record.pemerintah,
                record.instansi,
                record.unit,
                record.unit_tingkat,
                &record.keterkaitan,
                &record.digunakan_oleh,
                &record.menggantikan,
                &record.digantikan_oleh,
            ))
            .finish()
    };
    caches.value(record, key, |record| {
        serde_json::to_vec(&record).expect("JSON")
    })
}

/// `katalog.json`: every published SOP, from their records in order.
pub fn catalog_json(title: &str, records: &[&[u8]]) -> Vec<u8> {
    let head = json!({
        "judul": title,
        "dibuat_dengan": concat!("sopgen ", env!("CARGO_PKG_VERSION")),
        "skema_data": "sopgen schema",
        "jumlah": records.len(),
    })
    .to_string();
    let mut out =
        Vec::with_capacity(records.iter().map(|r| r.len() + 1).sum::<usize>() + head.len() + 16);
    out.extend_from_slice(&head.as_bytes()[..head.len() - 1]);
    out.extend_from_slice(b",\"sop\":[");
    for (k, r) in records.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        out.extend_from_slice(r);
    }
    out.extend_from_slice(b"]}");
    out
}

/// Each published SOP's record, in the order of [`Pages::published`]:
/// made once for its `sop.json` and for `katalog.json`.
pub fn records(p: &Pages) -> Vec<Arc<Vec<u8>>> {
    p.published
        .par_iter()
        .map(|&i| sop_record(p.catalog, &p.catalog.entries[i], p.caches))
        .collect()
}

/// `katalog.json`, `robots.txt`, and with a `base_url` the feed and the
/// sitemap of the pages `made` so far.
pub fn render(p: &Pages, records: &[Arc<Vec<u8>>], made: &[Made]) -> Vec<Made> {
    let config = p.config;
    let records: Vec<&[u8]> = records.iter().map(|r| r.as_slice()).collect();
    let mut out = vec![
        p.file(
            url::KATALOG_JSON.into(),
            Arc::new(catalog_json(&config.title, &records)),
        ),
        p.file(
            url::ROBOTS.into(),
            Arc::new(sitemap::robots(config.base_url.as_deref()).into_bytes()),
        ),
    ];
    if let Some(base) = &config.base_url {
        out.push(p.file(
            url::FEED.into(),
            Arc::new(feed::feed(base, &config.title, p.catalog).into_bytes()),
        ));
        let pages: Vec<String> = made
            .iter()
            .chain(&out)
            .filter_map(|r| r.as_ref().ok())
            .filter_map(|p| p.strip_suffix(url::INDEX_FILE))
            .map(str::to_string)
            .collect();
        out.push(p.file(
            url::SITEMAP.into(),
            Arc::new(sitemap::sitemap(base, p.catalog, &pages).into_bytes()),
        ));
    }
    out
}
