//! The JSON Schema (draft-07) of an SOP's front matter: `sopgen schema`,
//! and the shape of `data` in `katalog.json` and `sop.json`.

use serde_json::{Value, json};

use crate::content::parse::{LANGKAH_FIELDS, PENGESAH_FIELDS, RIWAYAT_FIELDS, SOP_FIELDS};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_names_exactly_the_fields_the_parser_reads() {
        assert!(schema_matches_parser());
    }
}
