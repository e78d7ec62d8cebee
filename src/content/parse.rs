//! From a file's text to a checked [`Sop`] or [`Bagian`], with every problem
//! of the file reported at its place.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Reader, Value};
use super::frontmatter::{self, SplitError};
use super::model::{Bagian, Langkah, Located, Pengesah, Sop, Status};
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
    "instansi",
    "unit",
    "status",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "tanggal_pengesahan",
    "disahkan_oleh",
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
pub const PENGESAH_FIELDS: &[&str] = &["jabatan", "nama", "pangkat", "nip"];
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
];
pub const BAGIAN_FIELDS: &[&str] = &["judul", "deskripsi", "instansi", "unit"];

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
                .error(0..0, "the file is empty")
                .with_hint("an SOP starts with TOML front matter between two `+++` lines; see the example in README.md");
            return Err(vec![d]);
        }
        Err(SplitError::Missing { yaml, first_line }) => {
            let hint = if yaml {
                "sopgen reads TOML front matter between `+++` lines, not YAML between `---`: replace both `---` lines with `+++` and write the fields as `key = \"value\"`"
            } else {
                "start the file with a line `+++`, the SOP's fields in TOML, and another line `+++`; the Markdown body comes after"
            };
            return Err(vec![
                file.error(first_line, "missing front matter")
                    .with_hint(hint),
            ]);
        }
        Err(SplitError::Unterminated { opening }) => {
            let d = file
                .error(opening, "front matter is not closed")
                .with_hint("add a line `+++` after the last field of the front matter");
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
                    format!(
                        "not a valid date: {}",
                        message.split_once(", ").map_or(message, |(_, why)| why)
                    )
                } else {
                    format!("invalid TOML: {message}")
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

fn toml_hint(message: &str) -> &'static str {
    if message.contains("duplicate key") {
        "each field may appear only once in a table; remove or rename one of them"
    } else if message.contains("date") || message.contains("time") {
        "write a date as 2023-03-18 (year-month-day), or as a string \"2023-09\" when the day is unknown"
    } else {
        "text values need double quotes (nama = \"...\"), lists square brackets ([\"a\", \"b\"]); see the example in README.md"
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

fn read_sop(r: &mut Reader, parsed: &Parsed, file: &Arc<SourceFile>, path: String) -> Option<Sop> {
    let table = parsed.table.get_ref();
    let pengesah_table = table
        .get("disahkan_oleh")
        .and_then(|v| v.get_ref().as_table());
    let trapped = |name: &str| pengesah_table.is_some_and(|t| t.contains_key(name));
    let require = |r: &mut Reader, name: &str, example: &str| -> Option<&Value> {
        let v = table.get(name);
        // A field written below `[disahkan_oleh]` is reported there already,
        // except `nama`, which that table also has.
        if v.is_none() && (name == "nama" || !trapped(name)) {
            let hint = if trapped(name) {
                format!(
                    "add {example} above `[disahkan_oleh]`: a `{name}` written below that header belongs to `disahkan_oleh`"
                )
            } else {
                format!("add {example} to the front matter")
            };
            r.error_at_opening(format!("missing required field `{name}`"), hint);
        }
        v
    };

    r.unknown_keys(table, SOP_FIELDS, "", &[]);
    let nama = require(r, "nama", "`nama = \"...\"` (the SOP's title)")
        .and_then(|v| r.string("nama", v, "`nama = \"...\"`"));
    let pelaksana_v = require(
        r,
        "pelaksana",
        "the actors as `pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
    );
    let langkah_v = require(
        r,
        "langkah",
        "at least one step under a `[[langkah]]` header",
    );

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

    let nomor = opt_string(r, "nomor");
    let instansi = opt_string(r, "instansi");
    let unit = opt_string(r, "unit");
    let status = table
        .get("status")
        .map_or(Some(Status::Berlaku), |v| read_status(r, v));
    let tanggal_pembuatan = opt_date(r, "tanggal_pembuatan");
    let tanggal_revisi = opt_date(r, "tanggal_revisi");
    let tanggal_efektif = opt_date(r, "tanggal_efektif");
    let tanggal_pengesahan = opt_date(r, "tanggal_pengesahan");
    let disahkan_oleh = table.get("disahkan_oleh").and_then(|v| read_pengesah(r, v));
    let dasar_hukum = opt_list(r, "dasar_hukum");
    let kualifikasi_pelaksana = opt_list(r, "kualifikasi_pelaksana");
    let keterkaitan = table
        .get("keterkaitan")
        .map(|v| {
            r.list("keterkaitan", v, true)
                .into_iter()
                .map(|s| Located {
                    span: r.span(s.span()),
                    text: s.into_inner(),
                })
                .collect()
        })
        .unwrap_or_default();
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

    Some(Sop {
        source: Arc::clone(file),
        path,
        nama: nama?,
        nomor,
        instansi,
        unit,
        status: status?,
        tanggal_pembuatan,
        tanggal_revisi,
        tanggal_efektif,
        tanggal_pengesahan,
        disahkan_oleh,
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
            Some(near) => format!(
                "did you mean \"{near}\"? status is one of \"draf\", \"berlaku\", \"dicabut\""
            ),
            None => "status is one of \"draf\", \"berlaku\", \"dicabut\"".to_string(),
        };
        r.error(v.span(), format!("unknown status \"{text}\""), hint);
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
            format!("`slug` \"{slug}\" cannot be part of a URL"),
            "use letters, digits and dashes, e.g. `slug = \"pengumpulan-data-kinerja\"`",
        );
        return None;
    }
    Some(Located {
        text: slug,
        span: r.span(v.span()),
    })
}

fn read_pengesah(r: &mut Reader, v: &Value) -> Option<Pengesah> {
    let Some(t) = v.get_ref().as_table() else {
        r.wrong_type(
            "disahkan_oleh",
            v,
            "a table",
            "`disahkan_oleh = { jabatan = \"...\", nama = \"...\" }`",
        );
        return None;
    };
    r.unknown_keys(t, PENGESAH_FIELDS, "disahkan_oleh", SOP_FIELDS);
    let get = |r: &mut Reader, name: &str| {
        t.get(name).and_then(|v| {
            r.string(
                &format!("disahkan_oleh.{name}"),
                v,
                &format!("`{name} = \"...\"`"),
            )
        })
    };
    let jabatan = get(r, "jabatan");
    if !t.contains_key("jabatan") {
        r.error_near(
            v.span(),
            "missing required field `jabatan` in `disahkan_oleh`",
            "add the approver's position, e.g. `jabatan = \"Kepala Dinas Sosial\"`",
        );
    }
    let nama = get(r, "nama");
    let pangkat = get(r, "pangkat");
    let nip = get(r, "nip");
    if let (Some(nip), Some(nv)) = (&nip, t.get("nip")) {
        let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            r.error(
                nv.span(),
                format!("NIP \"{nip}\" does not have 18 digits"),
                "a NIP is 18 digits, usually written \"19701231 199803 1 069\"; spaces are allowed",
            );
        }
    }
    Some(Pengesah {
        jabatan: jabatan?,
        nama,
        pangkat,
        nip,
    })
}

/// How actor names are compared: case and runs of spaces aside.
pub fn normal_name(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn read_pelaksana(r: &mut Reader, v: &Value) -> Option<Vec<String>> {
    if !v.get_ref().is_array() {
        r.wrong_type(
            "pelaksana",
            v,
            "a list of strings",
            "`pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
        );
        return None;
    }
    let names = r.list("pelaksana", v, false);
    if names.is_empty() && v.get_ref().is_array() {
        r.error(
            v.span(),
            "`pelaksana` is empty",
            "list the actors, e.g. `pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
        );
    }
    if names.len() > MAX_PELAKSANA {
        r.error(
            v.span(),
            format!("too many pelaksana ({}); an SOP has at most {MAX_PELAKSANA}", names.len()),
            "each pelaksana is a column of the printed form: group actors by role, or split the SOP",
        );
        // Not checked further, nor the steps against it: a list that long
        // is a mistake of its own (a stray quote can make thousands of
        // names, and reporting each duplicate took seconds).
        return None;
    }
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for name in &names {
        if seen
            .insert(normal_name(name.get_ref()), name.span())
            .is_some()
        {
            r.error(
                name.span(),
                format!("duplicate name \"{}\" in `pelaksana`", name.get_ref()),
                "each actor is one column of the flowchart: list it once",
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
                "`langkah` must be a list of steps",
                "write each step under its own `[[langkah]]` header (two square brackets)",
            );
            return Vec::new();
        }
        _ => {
            r.wrong_type(
                "langkah",
                v,
                "a list of steps",
                "`[[langkah]]` headers, one per step",
            );
            return Vec::new();
        }
    };
    if items.is_empty() {
        r.error(
            v.span(),
            "`langkah` has no steps",
            "an SOP has at least one step: add a `[[langkah]]` table",
        );
        return Vec::new();
    }
    if items.len() > MAX_LANGKAH {
        r.error(
            items.get(MAX_LANGKAH).map_or(v.span(), |s| s.span()),
            format!(
                "too many steps ({}); an SOP has at most {MAX_LANGKAH}",
                items.len()
            ),
            "split the procedure into several SOPs and link them through `keterkaitan`",
        );
        return Vec::new();
    }
    let tables: Vec<Option<&DeTable>> = items.iter().map(|s| s.get_ref().as_table()).collect();
    // Ids first, so that `ya`/`tidak` may point forward.
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (i, t) in tables.iter().enumerate() {
        if let Some(idv) = t.and_then(|t| t.get("id"))
            && let Some(id) = idv.get_ref().as_str()
            && ids.insert(id.trim().to_string(), i).is_some()
        {
            r.error(
                idv.span(),
                format!("duplicate step id \"{}\"", id.trim()),
                "give each step a different `id`",
            );
        }
    }
    let mut steps = Vec::with_capacity(items.len());
    for (i, (item, t)) in items.iter().zip(&tables).enumerate() {
        let Some(t) = t else {
            r.wrong_type(
                "langkah",
                item,
                "a table",
                "`[[langkah]]` followed by the step's fields",
            );
            continue;
        };
        if let Some(step) = read_step(r, t, item.span(), i, items.len(), pelaksana, &ids) {
            steps.push(step);
        }
    }
    steps
}

fn read_step(
    r: &mut Reader,
    t: &DeTable,
    header: Range<usize>,
    index: usize,
    count: usize,
    pelaksana: Option<&[String]>,
    ids: &HashMap<String, usize>,
) -> Option<Langkah> {
    let no = index + 1;
    let context = format!("langkah {no}");
    r.unknown_keys(t, LANGKAH_FIELDS, &context, &[]);
    let required = |r: &mut Reader, name: &str, example: &str| {
        let v = t.get(name);
        if v.is_none() {
            r.error_near(
                header.clone(),
                format!("step {no} has no `{name}`"),
                format!("add {example} to this `[[langkah]]`"),
            );
        }
        v
    };
    let kegiatan = required(r, "kegiatan", "`kegiatan = \"...\"` (what is done)")
        .and_then(|v| r.string("kegiatan", v, "`kegiatan = \"...\"`"));
    let actors = required(
        r,
        "pelaksana",
        "`pelaksana = \"...\"` (one of the SOP's pelaksana)",
    )
    .map(|v| step_actors(r, v, pelaksana, no));
    let opt_string = |r: &mut Reader, name: &str| {
        t.get(name)
            .and_then(|v| r.string(name, v, &format!("`{name} = \"...\"`")))
    };
    let list =
        |r: &mut Reader, name: &str| t.get(name).map(|v| r.strings(name, v)).unwrap_or_default();
    let waktu = t.get("waktu").and_then(|v| {
        let text = r.string("waktu", v, "`waktu = \"10 menit\"`")?;
        match Waktu::parse(&text) {
            Ok(w) => Some(w),
            Err(e) => {
                r.error(v.span(), e.message, e.hint);
                None
            }
        }
    });
    let target = |r: &mut Reader, name: &str| {
        t.get(name)
            .and_then(|v| step_target(r, name, v, index, count, ids))
    };
    let tidak = target(r, "tidak");
    let ya = target(r, "ya");
    if let (Some(yv), None, false) = (t.get("ya"), &tidak, t.contains_key("tidak")) {
        r.warning(
            yv.span(),
            format!("step {no} has `ya` but no `tidak`, so it is not a decision"),
            "add `tidak` (where the flow goes when the answer is \"Tidak\") or remove `ya`",
        );
    }
    let kelengkapan = list(r, "kelengkapan");
    let output = list(r, "output");
    let keterangan = opt_string(r, "keterangan");
    let penanggung_jawab = opt_string(r, "penanggung_jawab");
    let id = opt_string(r, "id");
    Some(Langkah {
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
    })
}

fn step_actors(r: &mut Reader, v: &Value, pelaksana: Option<&[String]>, no: usize) -> Vec<usize> {
    let names = r.list("pelaksana", v, true);
    if names.is_empty() && v.get_ref().is_array() {
        r.error(
            v.span(),
            format!("step {no} has an empty `pelaksana`"),
            "name who does this step",
        );
    }
    let Some(pelaksana) = pelaksana else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::with_capacity(names.len());
    for name in names {
        let wanted = normal_name(name.get_ref());
        match pelaksana.iter().position(|p| normal_name(p) == wanted) {
            Some(i) if out.contains(&i) => r.error(
                name.span(),
                format!("\"{}\" is named twice in step {no}", name.get_ref()),
                "name each actor once",
            ),
            Some(i) => out.push(i),
            None => {
                let hint = match closest(name.get_ref(), pelaksana.iter().map(String::as_str)) {
                    Some(near) => format!(
                        "did you mean \"{near}\"? a step's actors must be listed in the SOP's `pelaksana`"
                    ),
                    None if pelaksana.is_empty() => {
                        "list the actors in `pelaksana` first".to_string()
                    }
                    None => format!(
                        "a step's actors must be listed in the SOP's `pelaksana`: {}",
                        pelaksana
                            .iter()
                            .map(|p| format!("\"{p}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                r.error(
                    name.span(),
                    format!("\"{}\" is not in `pelaksana`", name.get_ref()),
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
    count: usize,
    ids: &HashMap<String, usize>,
) -> Option<usize> {
    let no = index + 1;
    let by_number = |n: i128| (1..=count as i128).contains(&n).then(|| n as usize - 1);
    let found = match v.get_ref() {
        DeValue::Integer(i) => {
            let n = i.as_str().replace('_', "").parse::<i128>().ok();
            let found = n.and_then(by_number);
            if found.is_none() {
                r.error(
                    v.span(),
                    format!(
                        "`{field}` points to step {}, which does not exist",
                        i.as_str()
                    ),
                    format!("steps are numbered 1 to {count}"),
                );
            }
            found
        }
        DeValue::String(s) => {
            let s = s.trim();
            let found = ids
                .get(s)
                .copied()
                .or_else(|| s.parse::<i128>().ok().and_then(by_number));
            if found.is_none() {
                // In step order: with two ids as close, the hint must not
                // depend on the order of a hash map.
                let hint = match closest(s, ids_in_order(ids)) {
                    Some(near) => format!("did you mean \"{near}\"?"),
                    None if ids.is_empty() => format!(
                        "give the target step `id = \"{s}\"`, or write its number (1 to {count})"
                    ),
                    None => format!("the ids in this SOP are: {}", sorted_ids(ids)),
                };
                r.error(
                    v.span(),
                    format!("`{field}` points to \"{s}\", but no step has that id"),
                    hint,
                );
            }
            found
        }
        _ => {
            r.wrong_type(
                field,
                v,
                "a step number or a step id",
                &format!("`{field} = 2` or `{field} = \"rapat\"`"),
            );
            None
        }
    };
    if found == Some(index) {
        r.error(
            v.span(),
            format!("`{field}` of step {no} points to its own step"),
            "a decision leads to another step: point it to the step the flow returns to or continues with",
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
    r.unknown_keys(table, BAGIAN_FIELDS, "", &[]);
    let mut get = |name: &str| {
        table
            .get(name)
            .and_then(|v| r.string(name, v, &format!("`{name} = \"...\"`")))
    };
    bagian.judul = get("judul");
    bagian.deskripsi = get("deskripsi");
    bagian.instansi = get("instansi");
    bagian.unit = get("unit");
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
            .filter(|d| d.message.starts_with("invalid TOML"))
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
            ["too many pelaksana (5000); an SOP has at most 20"]
        );
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
            assert_eq!(diags[0].hint.as_deref(), Some("did you mean \"ac\"?"));
        }
    }
}
