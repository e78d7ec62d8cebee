//! From a file's text to a checked [`Sop`] or [`Bagian`], with every problem
//! of the file reported at its place.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Reader, Trap, Value};
use super::frontmatter::{self, SplitError};
use super::model::{Bagian, Langkah, Located, Pengesah, Riwayat, Sop, Status};
use super::pelaksana::normal_in_sop;
/// The old name, still used by the generator (`synth`).
pub use super::pelaksana::normal_in_sop as normal_name;
use super::waktu::Waktu;
use crate::diagnostic::{Diagnostic, SourceFile, closest};

/// The most steps an SOP may have: beyond this a procedure should be split
/// into several SOPs linked through `keterkaitan`.
pub const MAX_LANGKAH: usize = 200;
/// The most actors an SOP may have: each is a column of the printed form.
pub const MAX_PELAKSANA: usize = 20;

pub const SOP_FIELDS: &[&str] = &[
    "nomor",
    "nama",
    "pemerintah",
    "instansi",
    "unit",
    "status",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "tanggal_pengesahan",
    "disahkan_oleh",
    "menggantikan",
    "riwayat",
    "sumber_dokumen",
    "dasar_hukum",
    "kualifikasi_pelaksana",
    "keterkaitan",
    "peralatan_perlengkapan",
    "peringatan",
    "pencatatan_pendataan",
    "kata_kunci",
    "slug",
    "pelaksana",
    "langkah",
];
pub const PENGESAH_FIELDS: &[&str] = &["peran", "jabatan", "nama", "pangkat", "nip"];
pub const RIWAYAT_FIELDS: &[&str] = &["revisi", "tanggal", "uraian", "disahkan_oleh"];
/// The most signatories a form has room for.
pub const MAX_PENGESAH: usize = 10;
pub const LANGKAH_FIELDS: &[&str] = &[
    "kegiatan",
    "pelaksana",
    "kelengkapan",
    "waktu",
    "output",
    "keterangan",
    "penanggung_jawab",
    "id",
    "tidak",
    "ya",
    "lanjut",
    "label_ya",
    "label_tidak",
    "no",
];
pub const BAGIAN_FIELDS: &[&str] = &["judul", "deskripsi", "pemerintah", "instansi", "unit"];

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
                    "SOP diawali front matter TOML di antara dua baris `+++`; lihat contohnya di README.md",
                    "an SOP starts with TOML front matter between two `+++` lines; see the example in README.md"
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
            "nilai teks diapit tanda petik ganda (nama = \"...\"), daftar diapit kurung siku ([\"a\", \"b\"]); lihat contohnya di README.md",
            "text values need double quotes (nama = \"...\"), lists square brackets ([\"a\", \"b\"]); see the example in README.md"
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

/// Tables written under a header, in which an author's later fields get
/// caught (see [`Trap`]).
const TRAPS: [(&str, &str); 2] = [
    (
        "disahkan_oleh",
        "disahkan_oleh = { jabatan = \"...\", nama = \"...\" }",
    ),
    (
        "riwayat",
        "riwayat = [{ revisi = 1, tanggal = \"...\", uraian = \"...\" }]",
    ),
];

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
        body: file.text[parsed.body.clone()].to_string(),
    })
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

/// `disahkan_oleh`: one table, or several (`[[disahkan_oleh]]`).
fn read_pengesah(r: &mut Reader, v: &Value) -> Vec<Pengesah> {
    let example = crate::pesan!(
        "`[disahkan_oleh]` dengan `jabatan = \"...\"`, atau beberapa `[[disahkan_oleh]]`",
        "`[disahkan_oleh]` with `jabatan = \"...\"`, or several `[[disahkan_oleh]]`"
    );
    match v.get_ref() {
        DeValue::Table(t) => read_one_pengesah(r, t, v.span(), "[disahkan_oleh]")
            .into_iter()
            .collect(),
        DeValue::Array(items) => {
            if items.is_empty() {
                r.error(
                    v.span(),
                    crate::pesan!("`disahkan_oleh` kosong", "`disahkan_oleh` is empty"),
                    crate::pesan!(
                        "tulis penanda tangan dalam tabel `[[disahkan_oleh]]` dengan `jabatan`, atau hapus baris ini",
                        "write each signatory as a `[[disahkan_oleh]]` table with `jabatan`, or remove the line"
                    ),
                );
            }
            if items.len() > MAX_PENGESAH {
                let n = items.len();
                r.error(
                    v.span(),
                    crate::pesan!(
                        "terlalu banyak penanda tangan ({n}); paling banyak {MAX_PENGESAH}",
                        "too many signatories ({n}); at most {MAX_PENGESAH}"
                    ),
                    crate::pesan!(
                        "formulir SOP memuat beberapa penanda tangan saja",
                        "the form has room for a few signatories"
                    ),
                );
                return Vec::new();
            }
            items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => read_one_pengesah(r, t, item.span(), "[[disahkan_oleh]]"),
                    _ => {
                        r.wrong_type(
                            "disahkan_oleh",
                            item,
                            &crate::pesan!("tabel", "a table"),
                            "`{ jabatan = \"...\", nama = \"...\" }`",
                        );
                        None
                    }
                })
                .collect()
        }
        _ => {
            r.wrong_type(
                "disahkan_oleh",
                v,
                &crate::pesan!("tabel atau daftar tabel", "a table or a list of tables"),
                &example,
            );
            Vec::new()
        }
    }
}

fn read_one_pengesah(
    r: &mut Reader,
    t: &DeTable,
    span: Range<usize>,
    header: &str,
) -> Option<Pengesah> {
    let trap = Trap {
        header,
        name: "disahkan_oleh",
        fields: SOP_FIELDS,
        inline: if header.starts_with("[[") {
            "disahkan_oleh = [{ peran = \"Dibuat oleh\", jabatan = \"...\" }, { peran = \"Disetujui oleh\", jabatan = \"...\" }]"
        } else {
            TRAPS[0].1
        },
    };
    r.unknown_keys(t, PENGESAH_FIELDS, "disahkan_oleh", Some(&trap));
    let get = |r: &mut Reader, name: &str| {
        t.get(name).and_then(|v| {
            r.string(
                &format!("disahkan_oleh.{name}"),
                v,
                &format!("`{name} = \"...\"`"),
            )
        })
    };
    let peran = get(r, "peran");
    let jabatan = get(r, "jabatan");
    if !t.contains_key("jabatan") {
        r.error_near(
            span,
            crate::pesan!(
                "kolom wajib `jabatan` tidak ada di `disahkan_oleh`",
                "missing required field `jabatan` in `disahkan_oleh`"
            ),
            crate::pesan!(
                "tambahkan jabatan penanda tangan, misalnya `jabatan = \"Kepala Dinas Sosial\"`",
                "add the signatory's position, e.g. `jabatan = \"Kepala Dinas Sosial\"`"
            ),
        );
    }
    let nama = get(r, "nama");
    let pangkat = get(r, "pangkat");
    let nip = match (get(r, "nip"), t.get("nip")) {
        (Some(nip), Some(nv)) => read_nip(r, &nip, nv.span()),
        _ => None,
    };
    Some(Pengesah {
        peran,
        jabatan: jabatan?,
        nama,
        pangkat,
        nip,
    })
}

/// A NIP as written, without a leading "NIP", "NIP." or "NIP:"; it must
/// have 18 digits once spaces and dots are removed.
pub fn nip_digits(written: &str) -> (String, String) {
    let t = written.trim();
    let body = if t.len() >= 3 && t[..3].eq_ignore_ascii_case("nip") {
        t[3..].trim_start_matches(['.', ':', ' ', '\u{a0}']).trim()
    } else {
        t
    };
    let digits: String = body
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    (body.to_string(), digits)
}

fn read_nip(r: &mut Reader, nip: &str, span: Range<usize>) -> Option<String> {
    let (body, digits) = nip_digits(nip);
    let counted = digits.chars().filter(char::is_ascii_digit).count();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        r.error(
            span,
            crate::pesan!(
                "NIP \"{nip}\" memuat tanda selain angka",
                "NIP \"{nip}\" holds characters other than digits"
            ),
            crate::pesan!(
                "NIP terdiri dari 18 angka, biasanya ditulis \"19701231 199803 1 069\"; spasi, titik dan awalan \"NIP.\" boleh",
                "a NIP is 18 digits, usually written \"19701231 199803 1 069\"; spaces, dots and a leading \"NIP.\" are allowed"
            ),
        );
        return None;
    }
    if counted != 18 {
        r.error(
            span,
            crate::pesan!(
                "NIP \"{nip}\" berisi {counted} angka, bukan 18",
                "NIP \"{nip}\" has {counted} digits, not 18"
            ),
            crate::pesan!(
                "NIP terdiri dari 18 angka (8 tanggal lahir, 6 TMT, 1 jenis kelamin, 3 nomor urut), biasanya ditulis \"19701231 199803 1 069\"; periksa angka yang kurang atau lebih",
                "a NIP is 18 digits (8 birth date, 6 appointment, 1 sex, 3 serial), usually written \"19701231 199803 1 069\"; look for a digit missing or repeated"
            ),
        );
        return None;
    }
    Some(body)
}

/// `[[riwayat]]`: the revision history, revisions increasing.
fn read_riwayat(r: &mut Reader, v: &Value) -> Vec<Riwayat> {
    let DeValue::Array(items) = v.get_ref() else {
        r.wrong_type(
            "riwayat",
            v,
            &crate::pesan!(
                "daftar tabel `[[riwayat]]`",
                "a list of `[[riwayat]]` tables"
            ),
            &crate::pesan!(
                "`[[riwayat]]` dengan `revisi`, `tanggal` dan `uraian`",
                "`[[riwayat]]` with `revisi`, `tanggal` and `uraian`"
            ),
        );
        return Vec::new();
    };
    let trap = Trap {
        header: "[[riwayat]]",
        name: "riwayat",
        fields: SOP_FIELDS,
        inline: TRAPS[1].1,
    };
    let mut out: Vec<Riwayat> = Vec::with_capacity(items.len());
    for item in items.iter() {
        let Some(t) = item.get_ref().as_table() else {
            r.wrong_type(
                "riwayat",
                item,
                &crate::pesan!("tabel", "a table"),
                &crate::pesan!(
                    "`[[riwayat]]` dengan `revisi`, `tanggal` dan `uraian`",
                    "`[[riwayat]]` with `revisi`, `tanggal` and `uraian`"
                ),
            );
            continue;
        };
        r.unknown_keys(t, RIWAYAT_FIELDS, "riwayat", Some(&trap));
        for name in ["revisi", "tanggal", "uraian"] {
            if !t.contains_key(name) {
                r.error_near(
                    item.span(),
                    crate::pesan!(
                        "kolom wajib `{name}` tidak ada di `[[riwayat]]`",
                        "missing required field `{name}` in `[[riwayat]]`"
                    ),
                    crate::pesan!(
                        "setiap `[[riwayat]]` memuat `revisi` (nomor revisi), `tanggal` dan `uraian` (apa yang berubah)",
                        "each `[[riwayat]]` has `revisi` (the revision number), `tanggal` and `uraian` (what changed)"
                    ),
                );
            }
        }
        let revisi = t.get("revisi").and_then(|rv| {
            let n = match rv.get_ref() {
                DeValue::Integer(i) => i.as_str().replace('_', "").parse::<u32>().ok(),
                _ => {
                    r.wrong_type(
                        "riwayat.revisi",
                        rv,
                        &crate::pesan!("bilangan bulat", "a whole number"),
                        "`revisi = 1`",
                    );
                    return None;
                }
            };
            if n.is_none() {
                r.error(
                    rv.span(),
                    crate::pesan!(
                        "`revisi` bukan nomor revisi yang wajar",
                        "`revisi` is not a plausible revision number"
                    ),
                    crate::pesan!(
                        "tulis `revisi = 1`, `revisi = 2`, ...",
                        "write `revisi = 1`, `revisi = 2`, ..."
                    ),
                );
            }
            if let (Some(n), Some(prev)) = (n, out.last())
                && n <= prev.revisi
            {
                let p = prev.revisi;
                r.error(
                    rv.span(),
                    crate::pesan!(
                        "revisi {n} ditulis sesudah revisi {p}",
                        "revision {n} comes after revision {p}"
                    ),
                    crate::pesan!(
                        "tulis riwayat dari revisi terlama ke terbaru, nomornya naik",
                        "write the history oldest first, with increasing revision numbers"
                    ),
                );
                return None;
            }
            n
        });
        let tanggal = t
            .get("tanggal")
            .and_then(|tv| r.date("riwayat.tanggal", tv));
        let uraian = t
            .get("uraian")
            .and_then(|uv| r.string("riwayat.uraian", uv, "`uraian = \"...\"`"));
        let disahkan_oleh = t.get("disahkan_oleh").and_then(|dv| {
            r.string(
                "riwayat.disahkan_oleh",
                dv,
                "`disahkan_oleh = \"Kepala Dinas\"`",
            )
        });
        if let (Some(revisi), Some(uraian)) = (revisi, uraian) {
            out.push(Riwayat {
                revisi,
                tanggal,
                uraian,
                disahkan_oleh,
            });
        }
    }
    out
}

fn read_pelaksana(r: &mut Reader, v: &Value) -> Option<Vec<String>> {
    if !v.get_ref().is_array() {
        r.wrong_type(
            "pelaksana",
            v,
            &crate::pesan!("daftar teks", "a list of strings"),
            "`pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
        );
        return None;
    }
    let names = r.list("pelaksana", v, false);
    if names.is_empty() && v.get_ref().is_array() {
        r.error(
            v.span(),
            crate::pesan!("`pelaksana` kosong", "`pelaksana` is empty"),
            crate::pesan!(
                "sebutkan para pelaksana, misalnya `pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
                "list the actors, e.g. `pelaksana = [\"Kepala Dinas\", \"Staf\"]`"
            ),
        );
    }
    if names.len() > MAX_PELAKSANA {
        let n = names.len();
        r.error(
            v.span(),
            crate::pesan!(
                "terlalu banyak pelaksana ({n}); sebuah SOP paling banyak punya {MAX_PELAKSANA}",
                "too many pelaksana ({n}); an SOP has at most {MAX_PELAKSANA}"
            ),
            crate::pesan!(
                "setiap pelaksana menjadi satu kolom formulir cetak: kelompokkan pelaksana menurut perannya, atau pecah SOP ini",
                "each pelaksana is a column of the printed form: group actors by role, or split the SOP"
            ),
        );
        // Not checked further, nor the steps against it: a list that long
        // is a mistake of its own (a stray quote can make thousands of
        // names, and reporting each duplicate took seconds).
        return None;
    }
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for name in &names {
        if seen
            .insert(normal_in_sop(name.get_ref()), name.span())
            .is_some()
        {
            let written = name.get_ref();
            r.error(
                name.span(),
                crate::pesan!(
                    "nama \"{written}\" tertulis dua kali di `pelaksana`",
                    "duplicate name \"{written}\" in `pelaksana`"
                ),
                crate::pesan!(
                    "setiap pelaksana menjadi satu kolom diagram alir: sebutkan sekali saja",
                    "each actor is one column of the flowchart: list it once"
                ),
            );
        }
    }
    Some(names.into_iter().map(Spanned::into_inner).collect())
}

fn read_langkah(r: &mut Reader, v: &Value, pelaksana: Option<&[String]>) -> Vec<Langkah> {
    let items = match v.get_ref() {
        DeValue::Array(items) => items,
        DeValue::Table(_) => {
            r.error(
                v.span(),
                crate::pesan!(
                    "`langkah` harus berupa daftar langkah",
                    "`langkah` must be a list of steps"
                ),
                crate::pesan!(
                    "tulis setiap langkah di bawah baris `[[langkah]]`-nya sendiri (dua kurung siku)",
                    "write each step under its own `[[langkah]]` header (two square brackets)"
                ),
            );
            return Vec::new();
        }
        _ => {
            r.wrong_type(
                "langkah",
                v,
                &crate::pesan!("daftar langkah", "a list of steps"),
                &crate::pesan!(
                    "baris `[[langkah]]`, satu untuk setiap langkah",
                    "`[[langkah]]` headers, one per step"
                ),
            );
            return Vec::new();
        }
    };
    if items.is_empty() {
        r.error(
            v.span(),
            crate::pesan!("`langkah` tidak berisi langkah", "`langkah` has no steps"),
            crate::pesan!(
                "SOP punya paling sedikit satu langkah: tambahkan tabel `[[langkah]]`",
                "an SOP has at least one step: add a `[[langkah]]` table"
            ),
        );
        return Vec::new();
    }
    if items.len() > MAX_LANGKAH {
        let n = items.len();
        r.error(
            items.get(MAX_LANGKAH).map_or(v.span(), |s| s.span()),
            crate::pesan!(
                "terlalu banyak langkah ({n}); sebuah SOP paling banyak punya {MAX_LANGKAH}",
                "too many steps ({n}); an SOP has at most {MAX_LANGKAH}"
            ),
            crate::pesan!(
                "pecah prosedur ini menjadi beberapa SOP dan hubungkan lewat `keterkaitan`",
                "split the procedure into several SOPs and link them through `keterkaitan`"
            ),
        );
        return Vec::new();
    }
    let tables: Vec<Option<&DeTable>> = items.iter().map(|s| s.get_ref().as_table()).collect();
    let numbers = step_numbers(r, items, &tables);
    let mut targets = Targets {
        by_number: numbers.iter().enumerate().map(|(i, &n)| (n, i)).collect(),
        numbers: &numbers,
        custom: tables
            .iter()
            .any(|t| t.is_some_and(|t| t.contains_key("no"))),
        ids: HashMap::new(),
    };
    // Ids first, so that `ya`/`tidak`/`lanjut` may point forward.
    for (i, t) in tables.iter().enumerate() {
        if let Some(idv) = t.and_then(|t| t.get("id"))
            && let Some(id) = idv.get_ref().as_str()
            && targets.ids.insert(id.trim().to_string(), i).is_some()
        {
            let id = id.trim();
            r.error(
                idv.span(),
                crate::pesan!(
                    "id langkah \"{id}\" dipakai dua kali",
                    "duplicate step id \"{id}\""
                ),
                crate::pesan!(
                    "beri setiap langkah `id` yang berbeda",
                    "give each step a different `id`"
                ),
            );
        }
    }
    let mut steps = Vec::with_capacity(items.len());
    for (i, (item, t)) in items.iter().zip(&tables).enumerate() {
        let Some(t) = t else {
            r.wrong_type(
                "langkah",
                item,
                &crate::pesan!("tabel", "a table"),
                &crate::pesan!(
                    "`[[langkah]]` diikuti kolom-kolom langkah itu",
                    "`[[langkah]]` followed by the step's fields"
                ),
            );
            continue;
        };
        if let Some(step) = read_step(r, t, item.span(), i, pelaksana, &targets) {
            steps.push(step);
        }
    }
    steps
}

/// How `ya`, `tidak` and `lanjut` find their step: by printed number (the
/// source's own `no`, or the step's place) or by `id`.
struct Targets<'n> {
    /// The printed number of each step.
    numbers: &'n [usize],
    by_number: HashMap<usize, usize>,
    /// Whether the SOP numbers its steps itself (`no`).
    custom: bool,
    ids: HashMap<String, usize>,
}

impl Targets<'_> {
    /// "1 sampai 12", or the numbers themselves when the SOP gives its own.
    fn numbering(&self) -> String {
        let count = self.numbers.len();
        if self.custom {
            let list: Vec<String> = self.numbers.iter().map(ToString::to_string).collect();
            crate::pesan!(
                "nomor langkah SOP ini (`no`): {}",
                "this SOP's step numbers (`no`): {}",
                list.join(", ")
            )
        } else {
            crate::pesan!(
                "langkah bernomor 1 sampai {count}",
                "steps are numbered 1 to {count}"
            )
        }
    }
}

/// The number printed for each step: `no` where the SOP gives its own
/// numbering (then every step must, increasing), else 1, 2, 3, ...
fn step_numbers(r: &mut Reader, items: &[Value], tables: &[Option<&DeTable>]) -> Vec<usize> {
    let places: Vec<usize> = (1..=items.len()).collect();
    let given: Vec<Option<&Value>> = tables.iter().map(|t| t.and_then(|t| t.get("no"))).collect();
    let Some(first) = given.iter().position(Option::is_some) else {
        return places;
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, (v, item)) in given.iter().zip(items).enumerate() {
        let place = i + 1;
        let Some(v) = v else {
            if tables[i].is_some() {
                let at = first + 1;
                r.error_near(
                    item.span(),
                    crate::pesan!(
                        "langkah ke-{place} tidak punya `no`, padahal langkah ke-{at} punya",
                        "step {place} has no `no`, but step {at} has one"
                    ),
                    crate::pesan!(
                        "bila satu langkah memakai `no` (nomor seperti tercetak pada sumber), setiap langkah harus memakainya",
                        "when one step sets `no` (the number the source prints), every step must"
                    ),
                );
            }
            ok = false;
            out.push(place);
            continue;
        };
        let n = match v.get_ref() {
            DeValue::Integer(n) => n.as_str().replace('_', "").parse::<usize>().ok(),
            _ => {
                r.wrong_type(
                    "no",
                    v,
                    &crate::pesan!("bilangan bulat", "a whole number"),
                    "`no = 4`",
                );
                ok = false;
                out.push(place);
                continue;
            }
        };
        let Some(n) = n.filter(|&n| (1..=100_000).contains(&n)) else {
            r.error(
                v.span(),
                crate::pesan!(
                    "`no` harus bilangan bulat positif",
                    "`no` must be a positive whole number"
                ),
                crate::pesan!(
                    "tulis nomor seperti tercetak di kolom No, misalnya `no = 4`",
                    "write the number printed in the No column, e.g. `no = 4`"
                ),
            );
            ok = false;
            out.push(place);
            continue;
        };
        if let Some(&prev) = out.last()
            && ok
            && n <= prev
        {
            r.error(
                v.span(),
                crate::pesan!(
                    "`no = {n}` tidak lebih besar dari nomor langkah sebelumnya ({prev})",
                    "`no = {n}` is not greater than the previous step's number ({prev})"
                ),
                crate::pesan!(
                    "nomor langkah (`no`) harus naik: boleh melompat (1, 2, 4), tidak boleh berulang atau mundur",
                    "step numbers (`no`) must increase: they may skip (1, 2, 4), not repeat or go back"
                ),
            );
            ok = false;
        }
        out.push(n);
    }
    if ok { out } else { places }
}

fn read_step(
    r: &mut Reader,
    t: &DeTable,
    header: Range<usize>,
    index: usize,
    pelaksana: Option<&[String]>,
    targets: &Targets,
) -> Option<Langkah> {
    let no = targets.numbers[index];
    let context = format!("langkah {no}");
    r.unknown_keys(t, LANGKAH_FIELDS, &context, None);
    let required = |r: &mut Reader, name: &str, example: &str| {
        let v = t.get(name);
        if v.is_none() {
            r.error_near(
                header.clone(),
                crate::pesan!(
                    "langkah {no} tidak punya `{name}`",
                    "step {no} has no `{name}`"
                ),
                crate::pesan!(
                    "tambahkan {example} ke `[[langkah]]` ini",
                    "add {example} to this `[[langkah]]`"
                ),
            );
        }
        v
    };
    let kegiatan = required(r, "kegiatan", "`kegiatan = \"...\"`")
        .and_then(|v| r.string("kegiatan", v, "`kegiatan = \"...\"`"));
    let actors =
        required(r, "pelaksana", "`pelaksana = \"...\"`").map(|v| step_actors(r, v, pelaksana, no));
    let opt_string = |r: &mut Reader, name: &str| {
        t.get(name)
            .and_then(|v| r.string(name, v, &format!("`{name} = \"...\"`")))
    };
    let list =
        |r: &mut Reader, name: &str| t.get(name).map(|v| r.strings(name, v)).unwrap_or_default();
    let waktu = t.get("waktu").and_then(|v| {
        let DeValue::String(text) = v.get_ref() else {
            r.wrong_type(
                "waktu",
                v,
                &crate::pesan!("teks", "a string"),
                "`waktu = \"10 menit\"`",
            );
            return None;
        };
        if text.trim().is_empty() {
            return None;
        }
        match Waktu::parse(text) {
            Ok(w) => Some(w),
            Err(e) => {
                r.error(v.span(), e.message, e.hint);
                None
            }
        }
    });
    let target = |r: &mut Reader, name: &str| {
        t.get(name)
            .and_then(|v| step_target(r, name, v, index, targets))
    };
    let tidak = target(r, "tidak");
    let ya = target(r, "ya");
    let lanjut = target(r, "lanjut");
    let decision = t.contains_key("tidak");
    if let (Some(yv), false) = (t.get("ya"), decision) {
        r.warning(
            yv.span(),
            crate::pesan!(
                "langkah {no} punya `ya` tetapi tidak punya `tidak`, jadi bukan keputusan",
                "step {no} has `ya` but no `tidak`, so it is not a decision"
            ),
            crate::pesan!(
                "tambahkan `tidak` (ke mana alur berlanjut bila jawabannya \"Tidak\"), atau pakai `lanjut` untuk langkah biasa yang tidak berlanjut ke langkah berikutnya",
                "add `tidak` (where the flow goes when the answer is \"Tidak\"), or use `lanjut` for a plain step that does not go on to the next one"
            ),
        );
    }
    if let (Some(yv), true) = (t.get("ya"), decision && index + 1 == targets.numbers.len()) {
        r.warning(
            yv.span(),
            crate::pesan!(
                "langkah terakhir ({no}) adalah keputusan yang kedua jalannya kembali ke langkah lain, jadi prosedur tidak pernah selesai",
                "the last step ({no}) is a decision whose two exits both lead back, so the procedure never ends"
            ),
            crate::pesan!(
                "hapus `ya` supaya \"Ya\" menuju akhir prosedur (Selesai), atau tambahkan langkah penutup",
                "remove `ya` so that \"Ya\" leads to the end (Selesai), or add a closing step"
            ),
        );
    }
    if let (Some(lv), true) = (t.get("lanjut"), decision) {
        r.error(
            lv.span(),
            crate::pesan!(
                "`lanjut` pada langkah keputusan {no}",
                "`lanjut` on decision step {no}"
            ),
            crate::pesan!(
                "keputusan punya dua jalan keluar, `ya` dan `tidak`: tulis tujuannya di sana dan hapus `lanjut`",
                "a decision has two exits, `ya` and `tidak`: write its targets there and remove `lanjut`"
            ),
        );
    }
    let label = |r: &mut Reader, name: &str| {
        let v = t.get(name)?;
        let text = r.string(name, v, &format!("`{name} = \"Setuju\"`"))?;
        if !decision {
            r.warning(
                v.span(),
                crate::pesan!(
                    "`{name}` pada langkah {no}, yang bukan keputusan",
                    "`{name}` on step {no}, which is not a decision"
                ),
                crate::pesan!(
                    "label cabang hanya tampil pada keputusan (langkah dengan `tidak`)",
                    "branch labels show on decisions only (steps with `tidak`)"
                ),
            );
        }
        Some(text)
    };
    let label_ya = label(r, "label_ya");
    let label_tidak = label(r, "label_tidak");
    let kelengkapan = list(r, "kelengkapan");
    let output = list(r, "output");
    let keterangan = opt_string(r, "keterangan");
    let penanggung_jawab = opt_string(r, "penanggung_jawab");
    let id = opt_string(r, "id");
    Some(Langkah {
        no,
        kegiatan: kegiatan?,
        pelaksana: actors.filter(|a| !a.is_empty())?,
        kelengkapan,
        waktu,
        output,
        keterangan,
        penanggung_jawab,
        id,
        tidak,
        ya,
        lanjut: if decision { None } else { lanjut },
        label_ya,
        label_tidak,
    })
}

fn step_actors(r: &mut Reader, v: &Value, pelaksana: Option<&[String]>, no: usize) -> Vec<usize> {
    let names = r.list("pelaksana", v, true);
    if names.is_empty() && v.get_ref().is_array() {
        r.error(
            v.span(),
            crate::pesan!(
                "`pelaksana` langkah {no} kosong",
                "step {no} has an empty `pelaksana`"
            ),
            crate::pesan!(
                "sebutkan siapa yang melakukan langkah ini",
                "name who does this step"
            ),
        );
    }
    let Some(pelaksana) = pelaksana else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::with_capacity(names.len());
    for name in names {
        let wanted = normal_in_sop(name.get_ref());
        let written = name.get_ref();
        match pelaksana.iter().position(|p| normal_in_sop(p) == wanted) {
            Some(i) if out.contains(&i) => r.error(
                name.span(),
                crate::pesan!(
                    "\"{written}\" disebut dua kali pada langkah {no}",
                    "\"{written}\" is named twice in step {no}"
                ),
                crate::pesan!("sebut setiap pelaksana sekali", "name each actor once"),
            ),
            Some(i) => out.push(i),
            None => {
                let hint = match closest(written, pelaksana.iter().map(String::as_str)) {
                    Some(near) => crate::pesan!(
                        "maksudnya \"{near}\"? pelaksana sebuah langkah harus tercantum di `pelaksana` SOP",
                        "did you mean \"{near}\"? a step's actors must be listed in the SOP's `pelaksana`"
                    ),
                    None if pelaksana.is_empty() => crate::pesan!(
                        "cantumkan dulu para pelaksana di `pelaksana`",
                        "list the actors in `pelaksana` first"
                    ),
                    None => {
                        let all = pelaksana
                            .iter()
                            .map(|p| format!("\"{p}\""))
                            .collect::<Vec<_>>()
                            .join(", ");
                        crate::pesan!(
                            "pelaksana sebuah langkah harus tercantum di `pelaksana` SOP: {all}",
                            "a step's actors must be listed in the SOP's `pelaksana`: {all}"
                        )
                    }
                };
                r.error(
                    name.span(),
                    crate::pesan!(
                        "\"{written}\" tidak ada di `pelaksana`",
                        "\"{written}\" is not in `pelaksana`"
                    ),
                    hint,
                );
            }
        }
    }
    out
}

fn step_target(
    r: &mut Reader,
    field: &str,
    v: &Value,
    index: usize,
    targets: &Targets,
) -> Option<usize> {
    let no = targets.numbers[index];
    let by_number = |n: i128| {
        usize::try_from(n)
            .ok()
            .and_then(|n| targets.by_number.get(&n).copied())
    };
    let found = match v.get_ref() {
        DeValue::Integer(i) => {
            let n = i.as_str().replace('_', "").parse::<i128>().ok();
            let found = n.and_then(by_number);
            if found.is_none() {
                let shown = i.as_str();
                r.error(
                    v.span(),
                    crate::pesan!(
                        "`{field}` menunjuk langkah {shown}, yang tidak ada",
                        "`{field}` points to step {shown}, which does not exist"
                    ),
                    targets.numbering(),
                );
            }
            found
        }
        DeValue::String(s) => {
            let s = s.trim();
            let found = targets
                .ids
                .get(s)
                .copied()
                .or_else(|| s.parse::<i128>().ok().and_then(by_number));
            if found.is_none() {
                // In step order: with two ids as close, the hint must not
                // depend on the order of a hash map.
                let ids = &targets.ids;
                let hint = match closest(s, ids_in_order(ids)) {
                    Some(near) => {
                        crate::pesan!("maksudnya \"{near}\"?", "did you mean \"{near}\"?")
                    }
                    None if ids.is_empty() => {
                        let numbering = targets.numbering();
                        crate::pesan!(
                            "beri langkah tujuan `id = \"{s}\"`, atau tulis nomornya ({numbering})",
                            "give the target step `id = \"{s}\"`, or write its number ({numbering})"
                        )
                    }
                    None => {
                        let all = sorted_ids(ids);
                        crate::pesan!(
                            "id langkah di SOP ini: {all}",
                            "the ids in this SOP are: {all}"
                        )
                    }
                };
                r.error(
                    v.span(),
                    crate::pesan!(
                        "`{field}` menunjuk \"{s}\", tetapi tidak ada langkah dengan id itu",
                        "`{field}` points to \"{s}\", but no step has that id"
                    ),
                    hint,
                );
            }
            found
        }
        _ => {
            r.wrong_type(
                field,
                v,
                &crate::pesan!("nomor atau id langkah", "a step number or a step id"),
                &format!("`{field} = 2` / `{field} = \"rapat\"`"),
            );
            None
        }
    };
    if found == Some(index) {
        r.error(
            v.span(),
            crate::pesan!(
                "`{field}` langkah {no} menunjuk langkahnya sendiri",
                "`{field}` of step {no} points to its own step"
            ),
            crate::pesan!(
                "alur berlanjut ke langkah lain: tunjuk langkah tempat alur kembali atau diteruskan",
                "the flow leads to another step: point it to the step the flow returns to or continues with"
            ),
        );
        return None;
    }
    found
}

/// The step ids, in the order of their steps.
fn ids_in_order(ids: &HashMap<String, usize>) -> Vec<&str> {
    let mut v: Vec<(usize, &str)> = ids.iter().map(|(k, &i)| (i, k.as_str())).collect();
    v.sort_unstable();
    v.into_iter().map(|(_, k)| k).collect()
}

fn sorted_ids(ids: &HashMap<String, usize>) -> String {
    ids_in_order(ids)
        .into_iter()
        .map(|k| format!("\"{k}\""))
        .collect::<Vec<_>>()
        .join(", ")
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
            bagian.body = file.text.clone();
            return (bagian, Vec::new());
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
    bagian.body = file.text[parsed.body.clone()].to_string();
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
