//! Machine-readable files: `katalog.json` and a `sop.json` beside each SOP
//! page, the JSON Schema of the front matter (`sopgen schema`), and the
//! files a public website wants: `sitemap.xml`, `robots.txt`, `feed.xml`.

use serde_json::{Map, Value, json};

use crate::catalog::{Catalog, Entry};
use crate::content::parse::{LANGKAH_FIELDS, PENGESAH_FIELDS, SOP_FIELDS};
use crate::content::tanggal::Tanggal;
use crate::content::waktu::format_total;
use crate::content::{Langkah, Sop};

pub const CATALOG_JSON: &str = "katalog.json";
/// The name of each SOP's JSON, in its page's folder.
pub const SOP_JSON: &str = "sop.json";

fn list(items: &[String]) -> Value {
    Value::Array(items.iter().map(|s| Value::String(s.clone())).collect())
}

fn put_opt(m: &mut Map<String, Value>, key: &str, v: Option<Value>) {
    if let Some(v) = v {
        m.insert(key.to_string(), v);
    }
}

fn put_list(m: &mut Map<String, Value>, key: &str, items: &[String]) {
    if !items.is_empty() {
        m.insert(key.to_string(), list(items));
    }
}

fn step(sop: &Sop, l: &Langkah) -> Value {
    let mut m = Map::new();
    if let Some(id) = &l.id {
        m.insert("id".into(), json!(id));
    }
    m.insert("kegiatan".into(), json!(l.kegiatan));
    m.insert(
        "pelaksana".into(),
        Value::Array(
            l.pelaksana
                .iter()
                .map(|&p| json!(sop.pelaksana[p]))
                .collect(),
        ),
    );
    put_list(&mut m, "kelengkapan", &l.kelengkapan);
    put_opt(
        &mut m,
        "waktu",
        l.waktu.as_ref().map(|w| json!(w.to_string())),
    );
    put_list(&mut m, "output", &l.output);
    put_opt(
        &mut m,
        "keterangan",
        l.keterangan.as_ref().map(|s| json!(s)),
    );
    put_opt(
        &mut m,
        "penanggung_jawab",
        l.penanggung_jawab.as_ref().map(|s| json!(s)),
    );
    put_opt(&mut m, "tidak", l.tidak.map(|t| json!(t + 1)));
    put_opt(&mut m, "ya", l.ya.map(|t| json!(t + 1)));
    Value::Object(m)
}

/// The SOP's fields in the shape of its front matter (dates as ISO text,
/// steps pointing by number): valid against [`schema`].
pub fn front_matter(sop: &Sop) -> Value {
    let mut m = Map::new();
    m.insert("nama".into(), json!(sop.nama));
    put_opt(&mut m, "nomor", sop.nomor.as_ref().map(|s| json!(s)));
    put_opt(&mut m, "instansi", sop.instansi.as_ref().map(|s| json!(s)));
    put_opt(&mut m, "unit", sop.unit.as_ref().map(|s| json!(s)));
    m.insert("status".into(), json!(sop.status.name()));
    let date = |t: &Option<Tanggal>| t.map(|t| json!(t.iso()));
    put_opt(&mut m, "tanggal_pembuatan", date(&sop.tanggal_pembuatan));
    put_opt(&mut m, "tanggal_revisi", date(&sop.tanggal_revisi));
    put_opt(&mut m, "tanggal_efektif", date(&sop.tanggal_efektif));
    put_opt(&mut m, "tanggal_pengesahan", date(&sop.tanggal_pengesahan));
    put_list(&mut m, "kata_kunci", &sop.kata_kunci);
    put_list(&mut m, "dasar_hukum", &sop.dasar_hukum);
    put_list(&mut m, "kualifikasi_pelaksana", &sop.kualifikasi_pelaksana);
    let terkait: Vec<String> = sop.keterkaitan.iter().map(|k| k.text.clone()).collect();
    put_list(&mut m, "keterkaitan", &terkait);
    put_list(
        &mut m,
        "peralatan_perlengkapan",
        &sop.peralatan_perlengkapan,
    );
    put_list(&mut m, "peringatan", &sop.peringatan);
    put_list(&mut m, "pencatatan_pendataan", &sop.pencatatan_pendataan);
    put_opt(&mut m, "slug", sop.slug.as_ref().map(|s| json!(s.text)));
    m.insert("pelaksana".into(), list(&sop.pelaksana));
    if let Some(p) = &sop.disahkan_oleh {
        let mut d = Map::new();
        d.insert("jabatan".into(), json!(p.jabatan));
        put_opt(&mut d, "nama", p.nama.as_ref().map(|s| json!(s)));
        put_opt(&mut d, "pangkat", p.pangkat.as_ref().map(|s| json!(s)));
        put_opt(&mut d, "nip", p.nip.as_ref().map(|s| json!(s)));
        m.insert("disahkan_oleh".into(), Value::Object(d));
    }
    m.insert(
        "langkah".into(),
        Value::Array(sop.langkah.iter().map(|l| step(sop, l)).collect()),
    );
    Value::Object(m)
}

/// One SOP as exported: where it is published, what the catalogue made of
/// it, and its fields.
pub fn sop_record(catalog: &Catalog, e: &Entry) -> Value {
    let published = |j: usize| {
        catalog.entries[j]
            .published
            .then(|| catalog.entries[j].url.clone())
    };
    json!({
        "url": e.url,
        "sumber": format!("content/{}.md", e.sop.path),
        "instansi": e.instansi,
        "unit": e.unit,
        "total_waktu": format_total(e.sop.total_seconds()),
        "keterkaitan": e.terkait.iter().map(|(teks, target)| json!({
            "teks": teks,
            "url": target.and_then(published),
        })).collect::<Vec<_>>(),
        "digunakan_oleh": e.digunakan_oleh.iter().filter_map(|&j| published(j)).collect::<Vec<_>>(),
        "data": front_matter(&e.sop),
    })
}

/// `katalog.json`: every published SOP.
pub fn catalog_json(catalog: &Catalog, title: &str) -> Value {
    let sops: Vec<Value> = catalog
        .published()
        .map(|(_, e)| sop_record(catalog, e))
        .collect();
    json!({
        "judul": title,
        "dibuat_dengan": concat!("sopgen ", env!("CARGO_PKG_VERSION")),
        "skema_data": "sopgen schema",
        "jumlah": sops.len(),
        "sop": sops,
    })
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
            {"pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}
        ]
    })
}

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
            "kegiatan": text("What is done, an active verb first."),
            "pelaksana": string_or_list("One or more names from the SOP's `pelaksana`."),
            "kelengkapan": string_or_list("Mutu baku: what is needed."),
            "waktu": {"description": "Mutu baku: \"N unit\", N whole or decimal (1,5 or 1.5), unit one of detik, menit, jam, hari, minggu, bulan.", "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]+)?\\s+([Dd][Ee][Tt][Ii][Kk]|[Mm][Ee][Nn][Ii][Tt]|[Jj][Aa][Mm]|[Hh][Aa][Rr][Ii]|[Mm][Ii][Nn][Gg][Gg][Uu]|[Bb][Uu][Ll][Aa][Nn])\\s*$"},
            "output": string_or_list("Mutu baku: what comes out."),
            "keterangan": text("Remarks."),
            "penanggung_jawab": text("Shown as an extra column when any step has it."),
            "id": text("A name other steps can point to."),
            "tidak": {"description": "Makes the step a decision: the step (number or id) \"Tidak\" goes to.", "anyOf": target["anyOf"]},
            "ya": {"description": "For a decision: the step (number or id) \"Ya\" goes to; default the next step.", "anyOf": target["anyOf"]}
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
            "instansi": text("The agency; inherited from the folder's _index.md, then the site config."),
            "unit": text("Unit kerja inside the agency; inherited like instansi."),
            "status": {"description": "A draft is left out of the public build; a revoked SOP stays, marked.", "enum": ["draf", "berlaku", "dicabut"]},
            "tanggal_pembuatan": date("A date, or \"YYYY-MM\" / \"YYYY\" when the day is unknown."),
            "tanggal_revisi": date("A date, or \"YYYY-MM\" / \"YYYY\"."),
            "tanggal_efektif": date("A date, or \"YYYY-MM\" / \"YYYY\"."),
            "tanggal_pengesahan": date("A date, or \"YYYY-MM\" / \"YYYY\"."),
            "disahkan_oleh": {
                "type": "object",
                "additionalProperties": false,
                "required": ["jabatan"],
                "properties": {
                    "jabatan": text("The approver's position."),
                    "nama": text("The approver's name."),
                    "pangkat": text("Rank."),
                    "nip": {"description": "18 digits once spaces are removed.", "type": "string", "pattern": "^\\s*([0-9]\\s*){18}$"}
                }
            },
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
        && schema_fields(&s["properties"]["disahkan_oleh"]) == sorted(PENGESAH_FIELDS)
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
        out.push_str(&format!("Sitemap: {base}sitemap.xml\n"));
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
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}feed.xml\"/>\n  <updated>{updated}</updated>\n  <generator>sopgen</generator>\n",
        xml(title),
        xml(base),
        xml(base),
        xml(base)
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
