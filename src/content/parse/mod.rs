//! From a file's text to a checked [`Sop`] or [`Bagian`], with every problem
//! of the file reported at its place.

mod langkah;
mod pengesah;

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Reader, TRAPS, Value, is_control};
use super::frontmatter::{self, SplitError};
use super::model::{Bagian, Located, Riwayat, Sop, Status};
use crate::diagnostic::{Diagnostic, SourceFile, closest};
use langkah::{read_langkah, read_pelaksana};
use pengesah::{read_pengesah, read_riwayat};

/// The format's fields and limits (kept in [`super::fields`]), also here.
pub use super::fields::{
    BAGIAN_FIELDS, LANGKAH_FIELDS, MAX_LANGKAH, MAX_PELAKSANA, MAX_PENGESAH, PENGESAH_FIELDS,
    RIWAYAT_FIELDS, SOP_FIELDS,
};
pub use pengesah::nip_digits;

/// The front matter parsed into a spanned table, or the reasons it could not be.
struct Parsed<'t> {
    table: Spanned<DeTable<'t>>,
    base: usize,
    opening: Range<usize>,
    body: Range<usize>,
    /// TOML syntax errors. The parser recovers from them, so the fields
    /// are still read, and all problems of the file reported together.
    syntax: Vec<Diagnostic>,
}

impl Parsed<'_> {
    /// The syntax errors, then the problems found in the fields, except
    /// those on a line with a syntax error (most likely its echo).
    fn merge(self, found: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let line = |d: &Diagnostic| d.location.as_ref().map(|l| l.line);
        let broken: HashSet<Option<usize>> = self.syntax.iter().map(line).collect();
        let mut all = self.syntax;
        all.extend(found.into_iter().filter(|d| !broken.contains(&line(d))));
        all
    }
}

fn parse_front_matter<'t>(
    file: &'t SourceFile,
    required: bool,
) -> Result<Option<Parsed<'t>>, Vec<Diagnostic>> {
    let text = &file.text;
    let split = match frontmatter::split(text) {
        Ok(split) => split,
        Err(SplitError::Empty) if !required => return Ok(None),
        Err(SplitError::Missing { .. }) if !required => return Ok(None),
        Err(SplitError::Empty) => {
            let d = file
                .error(0..0, crate::pesan!("berkas ini kosong", "the file is empty"))
                .with_hint(crate::pesan!(
                    "SOP diawali front matter TOML di antara dua baris `+++`; lihat contohnya di docs/format.md",
                    "an SOP starts with TOML front matter between two `+++` lines; see the example in docs/format.md"
                ));
            return Err(vec![d]);
        }
        Err(SplitError::Missing { yaml, first_line }) => {
            let hint = if yaml {
                crate::pesan!(
                    "sopgen membaca front matter TOML di antara baris `+++`, bukan YAML di antara `---`: ganti kedua baris `---` dengan `+++` dan tulis kolom-kolomnya sebagai `kunci = \"nilai\"`",
                    "sopgen reads TOML front matter between `+++` lines, not YAML between `---`: replace both `---` lines with `+++` and write the fields as `key = \"value\"`"
                )
            } else {
                crate::pesan!(
                    "awali berkas dengan baris `+++`, lalu kolom-kolom SOP dalam TOML, lalu satu baris `+++` lagi; isi Markdown ditulis sesudahnya",
                    "start the file with a line `+++`, the SOP's fields in TOML, and another line `+++`; the Markdown body comes after"
                )
            };
            return Err(vec![
                file.error(
                    first_line,
                    crate::pesan!("front matter tidak ada", "missing front matter"),
                )
                .with_hint(hint),
            ]);
        }
        Err(SplitError::Unterminated { opening }) => {
            let d = file
                .error(
                    opening,
                    crate::pesan!("front matter tidak ditutup", "front matter is not closed"),
                )
                .with_hint(crate::pesan!(
                    "tambahkan baris `+++` sesudah kolom terakhir front matter",
                    "add a line `+++` after the last field of the front matter"
                ));
            return Err(vec![d]);
        }
    };
    let base = split.toml.start;
    let (table, errors) = DeTable::parse_recoverable(&text[split.toml.clone()]);
    // The first syntax error of each line: the parser recovers a character
    // at a time, so one bad line can give an error per character (a line of
    // 60,000 `+` gave 60,000, which took seconds to locate); the rest of a
    // line's errors are echoes of its first.
    let mut lines_seen = HashSet::new();
    let syntax = errors
        .iter()
        .filter_map(|e| {
            let local = e.span().unwrap_or(0..0);
            let span = local.start + base..local.end + base;
            lines_seen
                .insert(file.line_index(span.start))
                .then_some((e, span))
        })
        .map(|(e, span)| {
            let message = e.message().trim_end();
            let message =
                if message.starts_with("invalid date") || message.starts_with("invalid time") {
                    let why = message.split_once(", ").map_or(message, |(_, why)| why);
                    let why = crate::terjemah::toml(why);
                    crate::pesan!("tanggal tidak sah: {why}", "not a valid date: {why}")
                } else {
                    let message = crate::terjemah::toml(message);
                    crate::pesan!("TOML tidak sah: {message}", "invalid TOML: {message}")
                };
            file.error(span, message).with_hint(toml_hint(e.message()))
        })
        .collect();
    let opening_end = text[..base].trim_end_matches(['\n', '\r']).len();
    let opening = opening_end.saturating_sub(3)..opening_end;
    Ok(Some(Parsed {
        table,
        base,
        opening,
        body: split.body,
        syntax,
    }))
}

fn toml_hint(message: &str) -> String {
    if message.contains("duplicate key") {
        crate::pesan!(
            "setiap kolom hanya boleh muncul sekali dalam satu tabel; hapus atau ganti nama salah satunya",
            "each field may appear only once in a table; remove or rename one of them"
        )
    } else if message.contains("date") || message.contains("time") {
        super::tanggal::bentuk_tanggal().to_string()
    } else {
        crate::pesan!(
            "nilai teks diapit tanda petik ganda (nama = \"...\"), daftar diapit kurung siku ([\"a\", \"b\"]); lihat contohnya di docs/format.md",
            "text values need double quotes (nama = \"...\"), lists square brackets ([\"a\", \"b\"]); see the example in docs/format.md"
        )
    }
}

/// Reads an SOP file. `path` is its place under `content/` without `.md`.
pub fn parse_sop(file: Arc<SourceFile>, path: String) -> (Option<Sop>, Vec<Diagnostic>) {
    let parsed = match parse_front_matter(&file, true) {
        Ok(Some(p)) => p,
        Ok(None) => unreachable!("required front matter is never absent without an error"),
        Err(diags) => return (None, diags),
    };
    let mut r = Reader::new(&file, parsed.base, parsed.opening.clone());
    let sop = read_sop(&mut r, &parsed, &file, path);
    let diags = parsed.merge(r.diags);
    let ok = !diags.iter().any(Diagnostic::is_error);
    (sop.filter(|_| ok), diags)
}

/// The tables under `name`: one `[name]` table, or the tables of `[[name]]`.
fn tables_of<'v, 't>(v: &'v Value<'t>) -> Vec<&'v DeTable<'t>> {
    match v.get_ref() {
        DeValue::Table(t) => vec![t],
        DeValue::Array(items) => items
            .iter()
            .filter_map(|i| i.get_ref().as_table())
            .collect(),
        _ => Vec::new(),
    }
}

/// How the author wrote the header of table `name`: `[name]` or `[[name]]`.
fn header_of(v: &Value, name: &str) -> String {
    if v.get_ref().is_array() {
        format!("[[{name}]]")
    } else {
        format!("[{name}]")
    }
}

fn read_sop(r: &mut Reader, parsed: &Parsed, file: &Arc<SourceFile>, path: String) -> Option<Sop> {
    let table = parsed.table.get_ref();
    // Which header, if any, caught a field the SOP needs.
    let trapped = |name: &str| -> Option<String> {
        TRAPS.iter().find_map(|(t, _)| {
            let v = table.get(*t)?;
            tables_of(v)
                .iter()
                .any(|tb| tb.contains_key(name))
                .then(|| header_of(v, t))
        })
    };
    let require = |r: &mut Reader, name: &str, example: &str| -> Option<&Value> {
        let v = table.get(name);
        // A field written below a `[disahkan_oleh]` header is reported there
        // already, except one that table also has (`nama`).
        let caught = trapped(name);
        let own = ["nama", "tanggal"].contains(&name);
        if v.is_none() && (own || caught.is_none()) {
            let hint = match caught {
                Some(header) => crate::pesan!(
                    "tambahkan {example} di atas `{header}`: `{name}` yang ditulis di bawah baris itu termasuk ke dalam tabel tersebut",
                    "add {example} above `{header}`: a `{name}` written below that header belongs to that table"
                ),
                None => crate::pesan!(
                    "tambahkan {example} ke front matter",
                    "add {example} to the front matter"
                ),
            };
            r.error_at_opening(
                crate::pesan!(
                    "kolom wajib `{name}` tidak ada",
                    "missing required field `{name}`"
                ),
                hint,
            );
        }
        v
    };

    r.unknown_keys(table, SOP_FIELDS, "", None);
    let nama = require(r, "nama", "`nama = \"...\"` (judul SOP)")
        .and_then(|v| r.string("nama", v, "`nama = \"...\"`"));
    let pelaksana_v = require(r, "pelaksana", "`pelaksana = [\"Kepala Dinas\", \"Staf\"]`");
    let langkah_v = require(r, "langkah", "`[[langkah]]`");

    let opt_string = |r: &mut Reader, name: &str| {
        table
            .get(name)
            .and_then(|v| r.string(name, v, &format!("`{name} = \"...\"`")))
    };
    let opt_date = |r: &mut Reader, name: &str| table.get(name).and_then(|v| r.date(name, v));
    let opt_list = |r: &mut Reader, name: &str| {
        table
            .get(name)
            .map(|v| r.strings(name, v))
            .unwrap_or_default()
    };
    let located = |r: &mut Reader, name: &str| -> Vec<Located> {
        table
            .get(name)
            .map(|v| {
                r.list(name, v, true)
                    .into_iter()
                    .map(|s| Located {
                        span: r.span(s.span()),
                        text: s.into_inner(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    };

    let nomor = opt_string(r, "nomor");
    let pemerintah = opt_string(r, "pemerintah");
    let instansi = opt_string(r, "instansi");
    let unit = opt_list(r, "unit");
    let status = table
        .get("status")
        .map_or(Some(Status::Berlaku), |v| read_status(r, v));
    let tanggal_pembuatan = opt_date(r, "tanggal_pembuatan");
    let tanggal_revisi = opt_date(r, "tanggal_revisi");
    let tanggal_efektif = opt_date(r, "tanggal_efektif");
    let tanggal_pengesahan = opt_date(r, "tanggal_pengesahan");
    let tanggal_kosong = [
        "tanggal_pembuatan",
        "tanggal_revisi",
        "tanggal_efektif",
        "tanggal_pengesahan",
    ]
    .into_iter()
    .filter(|name| {
        table
            .get(*name)
            .and_then(|v| v.get_ref().as_str())
            .is_some_and(super::tanggal::is_kosong)
    })
    .collect();
    let disahkan_oleh = table
        .get("disahkan_oleh")
        .map(|v| read_pengesah(r, v))
        .unwrap_or_default();
    let menggantikan = located(r, "menggantikan");
    let riwayat = table
        .get("riwayat")
        .map(|v| read_riwayat(r, v))
        .unwrap_or_default();
    let sumber_dokumen = opt_string(r, "sumber_dokumen");
    let dasar_hukum = opt_list(r, "dasar_hukum");
    let kualifikasi_pelaksana = opt_list(r, "kualifikasi_pelaksana");
    let keterkaitan = located(r, "keterkaitan");
    let peralatan_perlengkapan = opt_list(r, "peralatan_perlengkapan");
    let peringatan = opt_list(r, "peringatan");
    let pencatatan_pendataan = opt_list(r, "pencatatan_pendataan");
    let kata_kunci = table
        .get("kata_kunci")
        .map(|v| {
            r.list("kata_kunci", v, false)
                .into_iter()
                .map(Spanned::into_inner)
                .collect()
        })
        .unwrap_or_default();
    let slug = table.get("slug").and_then(|v| read_slug(r, v));
    // Unknown when missing or malformed: steps are then not checked against
    // it, since every step would be reported for one mistake.
    let pelaksana = pelaksana_v.and_then(|v| read_pelaksana(r, v));
    let langkah = langkah_v
        .map(|v| read_langkah(r, v, pelaksana.as_deref()))
        .unwrap_or_default();
    // The history's latest date stands for the revision date the form
    // shows when none is written.
    let tanggal_revisi =
        tanggal_revisi.or_else(|| riwayat.iter().rev().find_map(|e: &Riwayat| e.tanggal));

    Some(Sop {
        source: Arc::clone(file),
        path,
        nama: nama?,
        nomor,
        pemerintah,
        instansi,
        unit,
        status: status?,
        tanggal_pembuatan,
        tanggal_revisi,
        tanggal_efektif,
        tanggal_pengesahan,
        tanggal_kosong,
        disahkan_oleh,
        menggantikan,
        riwayat,
        sumber_dokumen,
        dasar_hukum,
        kualifikasi_pelaksana,
        keterkaitan,
        peralatan_perlengkapan,
        peringatan,
        pencatatan_pendataan,
        kata_kunci,
        slug,
        pelaksana: pelaksana.unwrap_or_default(),
        langkah,
        body: body_text(file, parsed.body.clone(), &mut r.diags),
    })
}

/// The Markdown body, without control characters (they are invisible and
/// not allowed in HTML): the first is named in a warning, all are dropped.
fn body_text(file: &SourceFile, range: Range<usize>, diags: &mut Vec<Diagnostic>) -> String {
    let text = &file.text[range.clone()];
    let Some((at, c)) = text.char_indices().find(|&(_, c)| is_control(c)) else {
        return text.to_string();
    };
    let count = text.chars().filter(|&c| is_control(c)).count();
    let start = range.start + at;
    let code = format!("U+{:04X}", c as u32);
    diags.push(
        file.warning(
            start..start + c.len_utf8(),
            crate::pesan!(
                "catatan SOP memuat {count} karakter kendali (yang pertama {code}), yang tidak terlihat; semuanya dibuang",
                "the SOP's notes hold {count} control characters (the first {code}), which are invisible; all are left out"
            ),
        )
        .with_hint(crate::pesan!(
            "hapus karakter itu dari berkas; biasanya terbawa dari salinan dokumen lain",
            "remove them from the file; they usually come with text copied from another document"
        )),
    );
    text.chars().filter(|&c| !is_control(c)).collect()
}

fn read_status(r: &mut Reader, v: &Value) -> Option<Status> {
    let text = r.string("status", v, "`status = \"berlaku\"`")?;
    let found = Status::ALL
        .into_iter()
        .find(|s| s.name() == text.to_lowercase());
    if found.is_none() {
        let names = Status::ALL.map(Status::name);
        let hint = match closest(&text, names) {
            Some(near) => crate::pesan!(
                "maksudnya \"{near}\"? status adalah salah satu dari \"draf\", \"berlaku\", \"dicabut\"",
                "did you mean \"{near}\"? status is one of \"draf\", \"berlaku\", \"dicabut\""
            ),
            None => crate::pesan!(
                "status adalah salah satu dari \"draf\", \"berlaku\", \"dicabut\"",
                "status is one of \"draf\", \"berlaku\", \"dicabut\""
            ),
        };
        r.error(
            v.span(),
            crate::pesan!(
                "status \"{text}\" tidak dikenal",
                "unknown status \"{text}\""
            ),
            hint,
        );
    }
    found
}

fn read_slug(r: &mut Reader, v: &Value) -> Option<Located> {
    let slug = r.string("slug", v, "`slug = \"nama-halaman\"`")?;
    let bad = slug == "."
        || slug == ".."
        || slug.starts_with('_')
        || slug.contains(['/', '\\', '?', '#', '%']);
    if bad {
        r.error(
            v.span(),
            crate::pesan!(
                "`slug` \"{slug}\" tidak dapat menjadi bagian URL",
                "`slug` \"{slug}\" cannot be part of a URL"
            ),
            crate::pesan!(
                "pakai huruf, angka dan tanda hubung, misalnya `slug = \"pengumpulan-data-kinerja\"`",
                "use letters, digits and dashes, e.g. `slug = \"pengumpulan-data-kinerja\"`"
            ),
        );
        return None;
    }
    Some(Located {
        text: slug,
        span: r.span(v.span()),
    })
}

/// Reads a folder's `_index.md`; its front matter is optional.
pub fn parse_bagian(file: Arc<SourceFile>, path: String) -> (Bagian, Vec<Diagnostic>) {
    let mut bagian = Bagian {
        path,
        ..Bagian::default()
    };
    let parsed = match parse_front_matter(&file, false) {
        Ok(Some(p)) => p,
        Ok(None) => {
            let mut diags = Vec::new();
            bagian.body = body_text(&file, 0..file.text.len(), &mut diags);
            return (bagian, diags);
        }
        Err(diags) => return (bagian, diags),
    };
    let mut r = Reader::new(&file, parsed.base, parsed.opening.clone());
    let table = parsed.table.get_ref();
    r.unknown_keys(table, BAGIAN_FIELDS, "", None);
    let mut get = |name: &str| {
        table
            .get(name)
            .and_then(|v| r.string(name, v, &format!("`{name} = \"...\"`")))
    };
    bagian.judul = get("judul");
    bagian.deskripsi = get("deskripsi");
    bagian.pemerintah = get("pemerintah");
    bagian.instansi = get("instansi");
    bagian.unit = table
        .get("unit")
        .map(|v| r.strings("unit", v))
        .unwrap_or_default();
    bagian.body = body_text(&file, parsed.body.clone(), &mut r.diags);
    let diags = r.diags;
    (bagian, parsed.merge(diags))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sop(text: String) -> Vec<Diagnostic> {
        parse_sop(SourceFile::new("content/a.md", text), "a".to_string()).1
    }

    #[test]
    fn one_syntax_error_a_line() {
        // Found by tests/fuzz.rs: a line of 60,000 `+` in a list gave an
        // error per character, and parse_sop took seconds to locate them.
        let text = format!(
            "+++\nnama = \"x\"\ndasar_hukum = [\n{}\n]\nkata_kunci = [+, +]\npelaksana = [\"A\"]\n[[langkah]]\nkegiatan = \"k\"\npelaksana = \"A\"\n+++\n",
            "+".repeat(20_000)
        );
        let diags = sop(text);
        let lines: Vec<usize> = diags
            .iter()
            .filter(|d| d.message.starts_with("TOML tidak sah"))
            .map(|d| d.location.as_ref().unwrap().line)
            .collect();
        assert_eq!(lines, [4, 6], "{diags:#?}");
    }

    #[test]
    fn too_many_pelaksana_is_one_error() {
        // Found by tests/fuzz.rs: a stray run of quotes made 8,000 empty
        // names, each reported as a duplicate, and every step's actors
        // were looked up among them.
        let names = vec!["\"A\""; 5000].join(", ");
        let text = format!(
            "+++\nnama = \"x\"\npelaksana = [{names}]\n[[langkah]]\nkegiatan = \"k\"\npelaksana = \"B\"\n+++\n"
        );
        let diags = sop(text);
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            ["terlalu banyak pelaksana (5000); sebuah SOP paling banyak punya 20"]
        );
    }

    #[test]
    fn a_last_decision_leading_only_back_is_warned_of() {
        let text = |ya: &str| {
            format!(
                "+++\nnama = \"x\"\npelaksana = [\"A\"]\n\
                 [[langkah]]\nkegiatan = \"k\"\npelaksana = \"A\"\n\
                 [[langkah]]\nkegiatan = \"k\"\npelaksana = \"A\"\ntidak = 1\n{ya}+++\n"
            )
        };
        let diags = sop(text("ya = 1\n"));
        assert_eq!(diags.len(), 1, "{diags:#?}");
        assert!(!diags[0].is_error());
        assert_eq!(diags[0].location.as_ref().unwrap().line, 11);
        // "Ya" of a last decision goes to the end by default.
        assert!(sop(text("")).is_empty());
    }

    #[test]
    fn id_hints_do_not_depend_on_hashing() {
        // Found by tests/fuzz.rs: "ab" and "ac" are as close to "aa", and
        // the hint named whichever the hash map gave first.
        let text = "+++\nnama = \"x\"\npelaksana = [\"A\"]\n\
                    [[langkah]]\nid = \"ac\"\nkegiatan = \"k\"\npelaksana = \"A\"\n\
                    [[langkah]]\nid = \"ab\"\nkegiatan = \"k\"\npelaksana = \"A\"\n\
                    [[langkah]]\nkegiatan = \"k\"\npelaksana = \"A\"\ntidak = \"aa\"\n+++\n";
        for _ in 0..32 {
            let diags = sop(text.to_string());
            assert_eq!(diags.len(), 1, "{diags:#?}");
            assert_eq!(diags[0].hint.as_deref(), Some("maksudnya \"ac\"?"));
        }
    }
}
