//! Machine-readable files: `katalog.json` and a `sop.json` beside each SOP
//! page, the JSON Schema of the front matter (`sopgen schema`), and the
//! files a public website wants: `sitemap.xml`, `robots.txt`, `feed.xml`.

use serde::Serialize;
use serde_json::{Value, json};

use std::sync::Arc;

use crate::cache::{Caches, Key};
use crate::catalog::{Catalog, Entry};
use crate::content::parse::{LANGKAH_FIELDS, PENGESAH_FIELDS, RIWAYAT_FIELDS, SOP_FIELDS};
use crate::content::tanggal::Tanggal;
use crate::content::{Langkah, Sop};
use crate::url;

fn none<T>(v: &Option<T>) -> bool {
    v.is_none()
}

fn empty<T>(v: &[T]) -> bool {
    v.is_empty()
}

/// A step in the shape of its `[[langkah]]` table.
#[derive(Serialize)]
struct Step<'a> {
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
struct Approver<'a> {
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
enum Approvers<'a> {
    One(Approver<'a>),
    Many(Vec<Approver<'a>>),
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
    disahkan_oleh: Option<Approvers<'a>>,
    #[serde(skip_serializing_if = "empty")]
    menggantikan: Vec<&'a str>,
    #[serde(skip_serializing_if = "empty")]
    riwayat: Vec<Revision<'a>>,
    #[serde(skip_serializing_if = "none")]
    sumber_dokumen: Option<&'a str>,
    langkah: Vec<Step<'a>>,
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
        disahkan_oleh: approvers(sop),
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
        langkah: sop.langkah.iter().map(|l| step(sop, l)).collect(),
    }
}

fn approver(p: &crate::content::Pengesah) -> Approver<'_> {
    Approver {
        peran: p.peran.as_deref(),
        jabatan: &p.jabatan,
        nama: p.nama.as_deref(),
        pangkat: p.pangkat.as_deref(),
        nip: p.nip.as_deref(),
    }
}

fn approvers(sop: &Sop) -> Option<Approvers<'_>> {
    let one = approver;
    match sop.disahkan_oleh.as_slice() {
        [] => None,
        [p] => Some(Approvers::One(one(p))),
        many => Some(Approvers::Many(many.iter().map(one).collect())),
    }
}

fn step<'a>(sop: &'a Sop, l: &'a Langkah) -> Step<'a> {
    // Targets by printed number; `no` only where the SOP numbers its own.
    let number = |t: usize| sop.langkah[t].no;
    let own = sop.langkah.iter().enumerate().any(|(i, s)| s.no != i + 1);
    Step {
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

#[derive(Serialize)]
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
/// with caches, made anew only when what it shows changed.
pub fn sop_record(catalog: &Catalog, e: &Entry, caches: Option<&Caches>) -> Arc<Vec<u8>> {
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
    let json = || serde_json::to_vec(&record).expect("JSON");
    match caches {
        Some(c) => {
            // `data` and `total_waktu` follow from the SOP's source text.
            let key = Key::new()
                .json(&(
                    e.sop.source.hash(),
                    &record.url,
                    &record.sumber,
                    &record.pemerintah,
                    &record.instansi,
                    &record.unit,
                    &record.unit_tingkat,
                    &record.keterkaitan,
                    &record.digunakan_oleh,
                    &record.menggantikan,
                    &record.digantikan_oleh,
                ))
                .finish();
            c.record(key, json)
        }
        None => Arc::new(json()),
    }
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

fn string_or_list(description: &str) -> Value {
    json!({
        "description": description,
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "array", "items": {"type": "string"}}
        ]
    })
}

fn text(description: &str) -> Value {
    json!({"description": description, "type": "string", "minLength": 1})
}

fn date(description: &str) -> Value {
    json!({
        "description": description,
        "type": "string",
        "anyOf": [
            {"format": "date"},
            {"pattern": "^[0-9]{4}(-(0[1-9]|1[0-2]))?$"},
            {"pattern": "^(?![0-9]{4}-)"}
        ]
    })
}

const DATE_FORMS: &str = "A TOML date (2023-03-18); \"YYYY-MM\" or \"YYYY\" when the day is unknown; as Indonesian documents write it (\"8 April 2019\", \"Juni 2020\", \"JUNI 2020\"); \"-\" or \"\" for none.";

/// The JSON Schema (draft-07) of an SOP's front matter. Its fields are the
/// parser's own lists (a test holds them equal).
pub fn schema() -> Value {
    let target = json!({
        "anyOf": [
            {"type": "integer", "minimum": 1},
            {"type": "string", "minLength": 1}
        ]
    });
    let langkah = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["kegiatan", "pelaksana"],
        "properties": {
            "no": {"description": "The number the source prints in the No column, where it is not 1, 2, 3... When one step sets it, every step must, increasing; ya, tidak and lanjut then mean these numbers.", "type": "integer", "minimum": 1},
            "kegiatan": text("What is done, an active verb first."),
            "pelaksana": string_or_list("One or more names from the SOP's `pelaksana`."),
            "kelengkapan": string_or_list("Mutu baku: what is needed."),
            "waktu": {"description": "Mutu baku, as SOPs write it: \"N unit\" (N whole or decimal, 1,5 or 1.5; unit detik, menit, jam, hari, hari kerja, minggu, bulan), a range (\"10-15 menit\", \"10 s.d. 15 menit\"), \"1 x 24 jam\", or free text (\"Disesuaikan\") kept as written and left out of the total.", "type": "string", "pattern": crate::content::waktu::schema_pattern()},
            "output": string_or_list("Mutu baku: what comes out."),
            "keterangan": text("Remarks."),
            "penanggung_jawab": text("Shown as an extra column when any step has it."),
            "id": text("A name other steps can point to."),
            "tidak": {"description": "Makes the step a decision: the step (number or id) \"Tidak\" goes to.", "anyOf": target["anyOf"]},
            "ya": {"description": "For a decision: the step (number or id) \"Ya\" goes to; default the next step.", "anyOf": target["anyOf"]},
            "lanjut": {"description": "For a step that is not a decision: the step (number or id) the flow goes to next, when not the following step.", "anyOf": target["anyOf"]},
            "label_ya": text("A decision's \"Ya\" label as the source writes it (\"Setuju\", \"Lengkap\")."),
            "label_tidak": text("A decision's \"Tidak\" label as the source writes it (\"Perbaikan\", \"Tidak Lengkap\").")
        }
    });
    let pengesah = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["jabatan"],
        "properties": {
            "peran": text("The form's label for this signatory: \"Disahkan oleh\" (default), \"Dibuat oleh\", \"Diperiksa oleh\", \"Disetujui oleh\"."),
            "jabatan": text("The signatory's position."),
            "nama": text("The signatory's name."),
            "pangkat": text("Rank."),
            "nip": {"description": "18 digits; spaces, dots and a leading \"NIP\", \"NIP.\" or \"NIP:\" allowed.", "type": "string", "pattern": "^\\s*([Nn][Ii][Pp]\\s*[.:]?\\s*)?([0-9][\\s.]*){18}$"}
        }
    });
    let riwayat = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["revisi", "tanggal", "uraian"],
        "properties": {
            "revisi": {"description": "The revision number, increasing.", "type": "integer", "minimum": 0},
            "tanggal": date(DATE_FORMS),
            "uraian": text("What changed."),
            "disahkan_oleh": text("Who approved this revision.")
        }
    });
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "SOP-AP (sopgen front matter)",
        "description": "The TOML front matter of an SOP file for sopgen (Permenpan RB 35/2012).",
        "type": "object",
        "additionalProperties": false,
        "required": ["nama", "pelaksana", "langkah"],
        "properties": {
            "nama": text("Nama SOP: the title."),
            "nomor": text("Nomor SOP, as the unit's tata naskah writes it."),
            "pemerintah": text("The government line of the letterhead (\"Pemerintah Provinsi Jawa Timur\"); inherited like instansi."),
            "instansi": text("The agency; inherited from the folder's _index.md, then the site config."),
            "unit": string_or_list("Unit kerja inside the agency; a list for deeper organisations, outermost first; inherited like instansi."),
            "status": {"description": "A draft is left out of the public build; a revoked SOP stays, marked.", "enum": ["draf", "berlaku", "dicabut"]},
            "tanggal_pembuatan": date(DATE_FORMS),
            "tanggal_revisi": date(DATE_FORMS),
            "tanggal_efektif": date(DATE_FORMS),
            "tanggal_pengesahan": date(DATE_FORMS),
            "disahkan_oleh": {
                "description": "The signatories: one table, or several ([[disahkan_oleh]]) in the order the form shows them.",
                "anyOf": [pengesah, {"type": "array", "minItems": 1, "items": pengesah}]
            },
            "menggantikan": string_or_list("The SOP(s) this one replaces, written like a keterkaitan entry."),
            "riwayat": {"description": "The revision history, oldest first.", "type": "array", "items": riwayat},
            "sumber_dokumen": text("The document this SOP was transcribed or imported from."),
            "dasar_hukum": string_or_list("Legal basis, one regulation an item."),
            "kualifikasi_pelaksana": string_or_list("Qualifications of the actors."),
            "keterkaitan": string_or_list("Related SOPs: a path under content/ without .md, a unique file name, or a nama."),
            "peralatan_perlengkapan": string_or_list("Equipment."),
            "peringatan": string_or_list("Warnings."),
            "pencatatan_pendataan": string_or_list("Records kept."),
            "kata_kunci": {"description": "Tags.", "type": "array", "items": {"type": "string"}},
            "slug": {"description": "Replaces the file name in the URL.", "type": "string", "pattern": "^[^/\\\\?#%_.][^/\\\\?#%]*$"},
            "pelaksana": {"description": "The actors, in the column order of the flowchart; names unique.", "type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
            "langkah": {"description": "The steps, in order.", "type": "array", "minItems": 1, "items": langkah}
        }
    })
}

/// The field names a schema object allows.
pub fn schema_fields(object: &Value) -> Vec<String> {
    let mut v: Vec<String> = object["properties"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Checks the schema and the parser agree on every field name.
pub fn schema_matches_parser() -> bool {
    let s = schema();
    let sorted = |f: &[&str]| {
        let mut v: Vec<String> = f.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    };
    schema_fields(&s) == sorted(SOP_FIELDS)
        && schema_fields(&s["properties"]["langkah"]["items"]) == sorted(LANGKAH_FIELDS)
        && schema_fields(&s["properties"]["disahkan_oleh"]["anyOf"][0]) == sorted(PENGESAH_FIELDS)
        && schema_fields(&s["properties"]["disahkan_oleh"]["anyOf"][1]["items"])
            == sorted(PENGESAH_FIELDS)
        && schema_fields(&s["properties"]["riwayat"]["items"]) == sorted(RIWAYAT_FIELDS)
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The newest date an SOP carries: revised, effective or made.
fn latest(sop: &Sop) -> Option<Tanggal> {
    [
        sop.tanggal_revisi,
        sop.tanggal_efektif,
        sop.tanggal_pembuatan,
        sop.tanggal_pengesahan,
    ]
    .into_iter()
    .flatten()
    .max()
}

fn timestamp(t: Tanggal) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        t.tahun,
        t.bulan.unwrap_or(1),
        t.hari.unwrap_or(1)
    )
}

/// `sitemap.xml` over `pages` (folders under the site root).
pub fn sitemap(base: &str, catalog: &Catalog, pages: &[String]) -> String {
    let dates: std::collections::HashMap<&str, Tanggal> = catalog
        .published()
        .filter_map(|(_, e)| latest(&e.sop).map(|t| (e.url.as_str(), t)))
        .collect();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in pages {
        out.push_str("  <url><loc>");
        out.push_str(&xml(&format!("{base}{}", super::links::encode_path(p))));
        out.push_str("</loc>");
        if let Some(t) = dates.get(p.as_str()).filter(|t| t.hari.is_some()) {
            out.push_str(&format!("<lastmod>{}</lastmod>", t.iso()));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

pub fn robots(base: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = base {
        out.push_str(&format!("Sitemap: {base}{}\n", url::SITEMAP));
    }
    out
}

/// An Atom feed of the SOPs by their newest date, most recent first.
pub fn feed(base: &str, title: &str, catalog: &Catalog) -> String {
    let mut dated: Vec<(Tanggal, &Entry)> = catalog
        .published()
        .filter_map(|(_, e)| latest(&e.sop).map(|t| (t, e)))
        .collect();
    dated.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.url.cmp(&b.1.url)));
    dated.truncate(50);
    let updated = dated.first().map_or_else(
        || "1970-01-01T00:00:00Z".to_string(),
        |(t, _)| timestamp(*t),
    );
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}{}\"/>\n  <updated>{updated}</updated>\n  <generator>sopgen</generator>\n",
        xml(title),
        xml(base),
        xml(base),
        xml(base),
        url::FEED
    );
    for (t, e) in dated {
        let url = format!("{base}{}", super::links::encode_path(&e.url));
        let what = if e.sop.tanggal_revisi == Some(t) {
            "Direvisi"
        } else {
            "Diterbitkan"
        };
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n    <author><name>{}</name></author>\n    <summary>{} {}{}</summary>\n  </entry>\n",
            xml(&e.sop.nama),
            xml(&url),
            xml(&url),
            timestamp(t),
            xml(e.instansi.as_deref().unwrap_or(title)),
            what,
            t,
            e.sop.nomor.as_deref().map(|n| format!(" · Nomor {}", xml(n))).unwrap_or_default()
        ));
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_names_exactly_the_fields_the_parser_reads() {
        assert!(schema_matches_parser());
    }

    #[test]
    fn robots_points_at_the_sitemap_when_the_site_has_an_address() {
        assert_eq!(robots(None), "User-agent: *\nAllow: /\n");
        assert!(
            robots(Some("https://x.go.id/")).ends_with("Sitemap: https://x.go.id/sitemap.xml\n")
        );
    }
}
