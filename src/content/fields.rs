//! The fields of the format and their limits, and typed reads of them
//! from a spanned TOML table that collect every problem as a located
//! diagnostic instead of stopping at the first one.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::tanggal::Tanggal;
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

/// Tables written under a header, in which an author's later fields get
/// caught (see [`Trap`]).
pub const TRAPS: [(&str, &str); 2] = [
    (
        "disahkan_oleh",
        "disahkan_oleh = { jabatan = \"...\", nama = \"...\" }",
    ),
    (
        "riwayat",
        "riwayat = [{ revisi = 1, tanggal = \"...\", uraian = \"...\" }]",
    ),
];

pub type Value<'i> = Spanned<DeValue<'i>>;

/// Reads fields out of the front matter of one file. Spans from the TOML
/// parser are relative to the front matter; `base` makes them file offsets.
pub struct Reader<'a> {
    pub file: &'a SourceFile,
    pub base: usize,
    /// The opening `+++` (file offsets): where problems of the whole front
    /// matter, such as a missing field, are shown.
    pub opening: Range<usize>,
    pub diags: Vec<Diagnostic>,
}

/// A table written under a header (`[disahkan_oleh]`, `[[riwayat]]`): in
/// TOML every key after the header belongs to it, a trap for authors who
/// put the header above the SOP's own fields.
pub struct Trap<'t> {
    /// The header as written: `[disahkan_oleh]` or `[[disahkan_oleh]]`.
    pub header: &'t str,
    /// The table's name.
    pub name: &'t str,
    /// Fields that belong to the SOP, not to this table.
    pub fields: &'t [&'t str],
    /// The inline way to write it, for the hint.
    pub inline: &'t str,
}

impl Trap<'_> {
    fn hint(&self, field: &str) -> String {
        let Trap {
            header,
            name,
            inline,
            ..
        } = self;
        crate::pesan!(
            "dalam TOML setiap kunci yang ditulis sesudah baris `{header}` termasuk ke dalam `{name}`, jadi `{field}` terbaca sebagai bagian dari `{name}`: pindahkan `{header}` beserta isinya ke bawah kolom-kolom lain, tepat di atas `[[langkah]]` yang pertama, atau tulis dalam satu baris: `{inline}`",
            "in TOML every key written after the `{header}` header belongs to `{name}`, so `{field}` was read as part of `{name}`: move `{header}` and its keys below the other fields, just above the first `[[langkah]]`, or write it inline: `{inline}`"
        )
    }
}

/// Names the TOML type of a value the way an author would say it.
pub fn type_name(v: &DeValue) -> &'static str {
    let (id, en) = match v {
        DeValue::String(_) => ("teks", "a string"),
        DeValue::Integer(_) => ("bilangan", "a number"),
        DeValue::Float(_) => ("bilangan desimal", "a decimal number"),
        DeValue::Boolean(_) => ("true/false", "true/false"),
        DeValue::Datetime(_) => ("tanggal", "a date"),
        DeValue::Array(_) => ("daftar", "a list"),
        DeValue::Table(_) => ("tabel", "a table"),
    };
    if crate::bahasa::inggris() { en } else { id }
}

impl<'a> Reader<'a> {
    pub fn new(file: &'a SourceFile, base: usize, opening: Range<usize>) -> Self {
        Reader {
            file,
            base,
            opening,
            diags: Vec::new(),
        }
    }

    /// Reports at `local`, or at the opening line when the parser gave the
    /// value no span of its own.
    pub fn error_near(
        &mut self,
        local: Range<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        if local.is_empty() {
            self.error_at_opening(message, hint);
        } else {
            self.error(local, message, hint);
        }
    }

    /// Reports a problem of the front matter as a whole, at its opening line.
    pub fn error_at_opening(&mut self, message: impl Into<String>, hint: impl Into<String>) {
        let d = self
            .file
            .error(self.opening.clone(), message)
            .with_hint(hint);
        self.diags.push(d);
    }

    pub fn span(&self, local: Range<usize>) -> Range<usize> {
        local.start + self.base..local.end + self.base
    }

    pub fn error(
        &mut self,
        local: Range<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        let span = self.span(local);
        let d = self.file.error(span, message).with_hint(hint);
        self.diags.push(d);
    }

    pub fn warning(
        &mut self,
        local: Range<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        let span = self.span(local);
        let d = self.file.warning(span, message).with_hint(hint);
        self.diags.push(d);
    }

    /// Reports every key of `table` that is not in `known`. `context` names
    /// the table for the message ("" for the top level); `trap`, for a
    /// table written under a `[header]`, the fields of the SOP that an
    /// author may have written below that header by mistake.
    pub fn unknown_keys(
        &mut self,
        table: &DeTable,
        known: &[&str],
        context: &str,
        trap: Option<&Trap>,
    ) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let message = if context.is_empty() {
                crate::pesan!("kolom `{name}` tidak dikenal", "unknown field `{name}`")
            } else {
                crate::pesan!(
                    "kolom `{name}` tidak dikenal di `{context}`",
                    "unknown field `{name}` in `{context}`"
                )
            };
            let hint = match trap {
                Some(t) if t.fields.contains(&name) => t.hint(name),
                _ => match closest(name, known.iter().copied()) {
                    Some(near) => crate::pesan!("maksudnya `{near}`?", "did you mean `{near}`?"),
                    None => {
                        let all = known.join(", ");
                        crate::pesan!(
                            "kolom yang boleh di sini: {all}",
                            "the fields allowed here are: {all}"
                        )
                    }
                },
            };
            self.error(key.span(), message, hint);
        }
    }

    pub fn wrong_type(&mut self, field: &str, v: &Value, expected: &str, example: &str) {
        let found = type_name(v.get_ref());
        let message = crate::pesan!(
            "`{field}` harus berupa {expected}, bukan {found}",
            "`{field}` must be {expected}, found {found}"
        );
        let hint = crate::pesan!("tulis seperti ini: {example}", "write it as {example}");
        self.error(v.span(), message, hint);
    }

    /// Reports a control character in a text (written in TOML as an
    /// escape such as `\u0001`): invisible, and not allowed in the HTML
    /// and XML the text goes into. Tabs and line breaks are text.
    pub fn control_character(&mut self, field: &str, span: Range<usize>, s: &str) -> bool {
        let Some(c) = s.chars().find(|&c| is_control(c)) else {
            return false;
        };
        let code = format!("U+{:04X}", c as u32);
        let escape = format!("\\u{:04X}", c as u32);
        self.error(
            span,
            crate::pesan!(
                "`{field}` memuat karakter kendali {code}, yang tidak terlihat dan tidak boleh ada di halaman",
                "`{field}` holds the control character {code}, which is invisible and not allowed in pages"
            ),
            crate::pesan!(
                "hapus karakter itu (di TOML tertulis {escape}); biasanya terbawa dari salinan dokumen lain",
                "remove it (in TOML it is written {escape}); it usually comes with text copied from another document"
            ),
        );
        true
    }

    /// A string, trimmed; an empty one is reported when `required`.
    pub fn string(&mut self, field: &str, v: &Value, example: &str) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) if self.control_character(field, v.span(), s) => None,
            DeValue::String(s) => {
                let s = s.trim();
                if s.is_empty() {
                    self.error(
                        v.span(),
                        crate::pesan!("`{field}` kosong", "`{field}` is empty"),
                        crate::pesan!(
                            "tulis seperti ini: {example}, atau hapus barisnya",
                            "write it as {example}, or remove the line"
                        ),
                    );
                    None
                } else {
                    Some(s.to_string())
                }
            }
            _ => {
                self.wrong_type(field, v, &crate::pesan!("teks", "a string"), example);
                None
            }
        }
    }

    /// A list of strings; empty items are dropped with a warning.
    pub fn list(&mut self, field: &str, v: &Value, also_string: bool) -> Vec<Spanned<String>> {
        let example = format!("`{field} = [\"...\", \"...\"]`");
        match v.get_ref() {
            DeValue::String(_) if also_string => self
                .string(field, v, &example)
                .map(|s| Spanned::new(v.span(), s))
                .into_iter()
                .collect(),
            DeValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(s) if s.trim().is_empty() => self.warning(
                            item.span(),
                            crate::pesan!(
                                "ada butir kosong di `{field}`",
                                "empty item in `{field}`"
                            ),
                            crate::pesan!("hapus teks yang kosong itu", "remove the empty string"),
                        ),
                        DeValue::String(s) if self.control_character(field, item.span(), s) => {}
                        DeValue::String(s) => {
                            out.push(Spanned::new(item.span(), s.trim().to_string()))
                        }
                        other => {
                            let found = type_name(other);
                            let message = crate::pesan!(
                                "butir `{field}` harus berupa teks, bukan {found}",
                                "items of `{field}` must be strings, found {found}"
                            );
                            let hint = crate::pesan!(
                                "apit butir itu dengan tanda petik: \"...\"",
                                "put the item in quotes: \"...\""
                            );
                            self.error(item.span(), message, hint);
                        }
                    }
                }
                out
            }
            _ => {
                let expected = if also_string {
                    crate::pesan!("teks atau daftar teks", "a string or a list of strings")
                } else {
                    crate::pesan!("daftar teks", "a list of strings")
                };
                self.wrong_type(field, v, &expected, &example);
                Vec::new()
            }
        }
    }

    pub fn strings(&mut self, field: &str, v: &Value) -> Vec<String> {
        self.list(field, v, true)
            .into_iter()
            .map(Spanned::into_inner)
            .collect()
    }

    pub fn date(&mut self, field: &str, v: &Value) -> Option<Tanggal> {
        let example = crate::pesan!(
            "`{field} = 2023-03-18`, atau `\"2023-09\"` / `\"2023\"` bila tanggalnya tidak diketahui",
            "`{field} = 2023-03-18`, or `\"2023-09\"` / `\"2023\"` when the day is unknown"
        );
        let hint = crate::pesan!(
            "tulis tanggal seperti ini: {example}",
            "write a date as {example}"
        );
        let parsed = match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => Tanggal::ymd(d.year, d.month, d.day),
                _ => {
                    self.error(
                        v.span(),
                        crate::pesan!(
                            "`{field}` harus berupa tanggal tanpa jam",
                            "`{field}` must be a date without a time"
                        ),
                        hint,
                    );
                    return None;
                }
            },
            // "-" or "" is how forms say "no date"; "8 April 2019" is a date.
            DeValue::String(s) => match Tanggal::baca(s) {
                Ok(t) => t,
                Err(e) => {
                    self.error(
                        v.span(),
                        crate::pesan!("`{field}`: {}", "`{field}`: {}", e.message),
                        e.hint,
                    );
                    return None;
                }
            },
            _ => {
                self.wrong_type(field, v, &crate::pesan!("tanggal", "a date"), &example);
                return None;
            }
        };
        if parsed.is_none() && !matches!(v.get_ref(), DeValue::String(_)) {
            let shown = &self.file.text[self.span(v.span())];
            self.error(
                v.span(),
                crate::pesan!(
                    "`{field}` bukan tanggal: {shown}",
                    "`{field}` is not a date: {shown}"
                ),
                hint,
            );
        }
        parsed
    }
}

/// A character that has no place in a text: the C0 and C1 controls and
/// DEL, except tab and line breaks.
pub fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}
