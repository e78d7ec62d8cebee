//! Finds and reads the content files of a site. Reading is the only part
//! that touches the disk; turning bytes into SOPs is pure and parallel.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::model::{Bagian, Parsed, ParsedFile, Sop};
use super::parse::{parse_bagian, parse_sop};
use crate::cache::Caches;
use crate::diagnostic::{Diagnostic, SourceFile, display_path};

/// Larger than any real SOP by far: a bigger file is almost surely a
/// mistake (a PDF or a data dump saved as `.md`).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

pub const INDEX_FILE: &str = "_index.md";

/// A content file as read from disk.
#[derive(Debug, Clone)]
pub struct RawFile {
    /// Path under `content/` with `/` separators, e.g. `dinsos/sop-a.md`.
    pub rel: String,
    /// The path shown in reports, relative to the site root.
    pub display: PathBuf,
    pub bytes: Vec<u8>,
}

/// Everything read from `content/`.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sops: Vec<Arc<Sop>>,
    pub bagian: Vec<Bagian>,
    pub diags: Vec<Diagnostic>,
}

/// True for names an editor or the OS leaves beside real files.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with('#')
        || name == "4913"
}

/// Reads every `.md` file under `content_dir`, in a stable order. Problems
/// with the tree itself (loops, unreadable entries, folders named `.md`)
/// become diagnostics.
pub fn read_content(root: &Path, content_dir: &Path) -> (Vec<RawFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let shown = |p: &Path| display_path(root, p);
    if !content_dir.is_dir() {
        let folder = shown(content_dir);
        let folder = folder.display();
        let d = Diagnostic::error(
            shown(content_dir),
            crate::pesan!("folder content tidak ada", "no content folder"),
        )
        .with_hint(crate::pesan!(
            "buat folder {folder} berisi satu berkas Markdown untuk setiap SOP, atau tunjuk folder situs dengan --root",
            "create {folder} with one Markdown file per SOP, or pass --root to the site's folder"
        ));
        return (files, vec![d]);
    }
    let mut found: Vec<(String, PathBuf)> = Vec::new();
    let walker = walkdir::WalkDir::new(content_dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_str().is_some_and(is_ignored_name));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(walk_error(&e, &shown));
                continue;
            }
        };
        let path = entry.path();
        let Some(name) = entry.file_name().to_str() else {
            diags.push(
                Diagnostic::error(
                    shown(path),
                    crate::pesan!(
                        "nama berkas ini bukan UTF-8 yang sah",
                        "the file name is not valid UTF-8"
                    ),
                )
                .with_hint(crate::pesan!(
                    "ganti namanya dengan huruf, angka dan tanda hubung",
                    "rename it using letters, digits and dashes"
                )),
            );
            continue;
        };
        if !name.ends_with(".md") {
            continue;
        }
        if entry.file_type().is_dir() {
            diags.push(
                Diagnostic::error(
                    shown(path),
                    crate::pesan!(
                        "sebuah folder bernama seperti berkas SOP",
                        "a folder is named like an SOP file"
                    ),
                )
                .with_hint(crate::pesan!(
                    "SOP adalah berkas yang namanya berakhir `.md`: ganti nama folder ini (tanpa `.md`) atau pindahkan berkas-berkasnya",
                    "an SOP is a file ending in `.md`: rename the folder (without `.md`) or move its files"
                )),
            );
            continue;
        }
        let rel = match path.strip_prefix(content_dir).ok().and_then(Path::to_str) {
            Some(rel) => rel.replace('\\', "/"),
            None => {
                diags.push(
                    Diagnostic::error(
                        shown(path),
                        crate::pesan!(
                            "path ini bukan UTF-8 yang sah",
                            "the path is not valid UTF-8"
                        ),
                    )
                    .with_hint(crate::pesan!(
                        "ganti nama folder-foldernya dengan huruf, angka dan tanda hubung",
                        "rename its folders using letters, digits and dashes"
                    )),
                );
                continue;
            }
        };
        found.push((rel, path.to_path_buf()));
    }
    // Read side by side: a rebuild in `serve --watch` reads every file.
    let read: Vec<_> = found
        .into_par_iter()
        .map(|(rel, path)| (rel, read_file(&path), shown(&path)))
        .collect();
    for (rel, bytes, display) in read {
        match bytes {
            Ok(bytes) => files.push(RawFile {
                rel,
                display,
                bytes,
            }),
            Err(message) => diags.push(message.into_diag(display)),
        }
    }
    (files, diags)
}

enum ReadProblem {
    TooLarge(u64),
    Io(std::io::Error),
}

impl ReadProblem {
    fn into_diag(self, shown: PathBuf) -> Diagnostic {
        match self {
            ReadProblem::TooLarge(n) => {
                let (mb, max) = (n as f64 / 1e6, MAX_FILE_BYTES / (1024 * 1024));
                Diagnostic::error(
                    shown,
                    crate::pesan!(
                        "berkas ini terlalu besar ({mb:.1} MB); berkas SOP paling besar {max} MB",
                        "the file is too large ({mb:.1} MB); an SOP file may be at most {max} MB"
                    ),
                )
                .with_hint(crate::pesan!(
                    "benarkah ini SOP? pindahkan dokumen lain keluar dari content/",
                    "is this really an SOP? move other documents out of content/"
                ))
            }
            ReadProblem::Io(e) => {
                let hint = match e.kind() {
                    std::io::ErrorKind::PermissionDenied => crate::pesan!(
                        "periksa izin akses berkas ini",
                        "check the file's permissions"
                    ),
                    std::io::ErrorKind::NotFound => crate::pesan!(
                        "tautan simbolik yang menunjuk ke tempat yang tidak ada? perbaiki atau hapus",
                        "a symbolic link that points nowhere? fix or remove it"
                    ),
                    _ => crate::pesan!(
                        "periksa apakah berkas ini dapat dibuka",
                        "check that the file can be opened"
                    ),
                };
                let e = crate::terjemah::io(&e);
                Diagnostic::error(
                    shown,
                    crate::pesan!(
                        "berkas ini tidak dapat dibaca: {e}",
                        "cannot read the file: {e}"
                    ),
                )
                .with_hint(hint)
            }
        }
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, ReadProblem> {
    let meta = std::fs::metadata(path).map_err(ReadProblem::Io)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge(meta.len()));
    }
    let bytes = std::fs::read(path).map_err(ReadProblem::Io)?;
    // The file may have grown between the two calls.
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

fn walk_error(e: &walkdir::Error, shown: &dyn Fn(&Path) -> PathBuf) -> Diagnostic {
    let path = e.path().map(shown).unwrap_or_default();
    if let Some(ancestor) = e.loop_ancestor() {
        let ancestor = shown(ancestor);
        let ancestor = ancestor.display();
        return Diagnostic::error(
            path,
            crate::pesan!("tautan simbolik yang berputar", "a symbolic link loop"),
        )
        .with_hint(crate::pesan!(
            "tautan ini kembali ke {ancestor}, yang sedang dibaca: hapus tautannya",
            "this link leads back to {ancestor}, which is being read already: remove the link"
        ));
    }
    let detail = e
        .io_error()
        .map_or_else(|| e.to_string(), crate::terjemah::io);
    Diagnostic::error(
        path,
        crate::pesan!(
            "bagian folder content ini tidak dapat dibaca: {detail}",
            "cannot read this part of the content folder: {detail}"
        ),
    )
    .with_hint(crate::pesan!(
        "periksa izin akses folder ini, atau tautan yang menunjuk ke tempat yang tidak ada",
        "check the folder's permissions, or links that point nowhere"
    ))
}

/// Turns bytes into text, rejecting what is not UTF-8 text at the place of
/// the first bad byte.
pub fn decode(file: RawFile) -> Result<Arc<SourceFile>, Diagnostic> {
    let RawFile { display, bytes, .. } = file;
    match String::from_utf8(bytes) {
        Ok(text) => {
            if let Some(at) = text.find('\0') {
                let f = SourceFile::new(&display, text.clone());
                return Err(f
                    .error(
                        at..at + 1,
                        crate::pesan!(
                            "berkas ini tampaknya bukan teks (ada bita NUL di dalamnya)",
                            "the file looks binary (it contains a NUL byte)"
                        ),
                    )
                    .with_hint(crate::pesan!(
                        "SOP adalah berkas teks UTF-8; simpan sebagai teks biasa (Markdown)",
                        "an SOP is a text file in UTF-8; save it as plain text (Markdown)"
                    )));
            }
            Ok(SourceFile::new(display, text))
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // In the lossy text every bad sequence became U+FFFD; the valid
            // prefix is unchanged, so `at` still points at the first one.
            let f = SourceFile::new(&display, lossy);
            Err(f
                .error(
                    at..at + 3,
                    crate::pesan!(
                        "berkas ini bukan teks UTF-8 yang sah",
                        "the file is not valid UTF-8 text"
                    ),
                )
                .with_hint(crate::pesan!(
                    "simpan berkas ini sebagai UTF-8 (di Word atau Notepad: Save As / Simpan Sebagai, Encoding: UTF-8)",
                    "save the file as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8)"
                )))
        }
    }
}

fn parse_one(raw: RawFile) -> ParsedFile {
    let rel = raw.rel.clone();
    let file = match decode(raw) {
        Ok(f) => f,
        Err(d) => {
            return ParsedFile {
                parsed: None,
                diags: vec![d],
            };
        }
    };
    if rel == INDEX_FILE || rel.ends_with(&format!("/{INDEX_FILE}")) {
        let folder = rel
            .strip_suffix(INDEX_FILE)
            .unwrap_or("")
            .trim_end_matches('/');
        let (b, diags) = parse_bagian(file, folder.to_string());
        ParsedFile {
            parsed: Some(Parsed::Bagian(b)),
            diags,
        }
    } else {
        let path = rel.strip_suffix(".md").unwrap_or(&rel).to_string();
        let (sop, diags) = parse_sop(file, path);
        ParsedFile {
            parsed: sop.map(|s| Parsed::Sop(Arc::new(s))),
            diags,
        }
    }
}

/// Parses every file (in parallel), keeping the order they were read in;
/// a file whose path and bytes `caches` kept is not parsed again.
pub fn parse_files_cached(files: Vec<RawFile>, caches: &Caches) -> Loaded {
    let results: Vec<ParsedFile> = files
        .into_par_iter()
        .map(|raw| {
            let key = |raw: &RawFile| {
                crate::hash::Key::new()
                    .text(&raw.rel)
                    .bytes(&raw.bytes)
                    .finish()
            };
            Arc::unwrap_or_clone(caches.value(raw, key, parse_one))
        })
        .collect();
    let mut loaded = Loaded::default();
    for ParsedFile { parsed, diags } in results {
        loaded.diags.extend(diags);
        match parsed {
            Some(Parsed::Sop(s)) => loaded.sops.push(s),
            Some(Parsed::Bagian(b)) => loaded.bagian.push(b),
            None => {}
        }
    }
    loaded
}

pub fn parse_files(files: Vec<RawFile>) -> Loaded {
    parse_files_cached(files, Caches::none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(rel: &str, bytes: &[u8]) -> RawFile {
        RawFile {
            rel: rel.to_string(),
            display: PathBuf::from("content").join(rel),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn reports_the_first_bad_byte() {
        let d = decode(raw("a.md", b"+++\nnama = \"ok\"\nx = \"\xff\"\n")).unwrap_err();
        let l = d.location.unwrap();
        assert_eq!((l.line, l.column), (3, 6));
        assert_eq!(d.message, "berkas ini bukan teks UTF-8 yang sah");
    }

    #[test]
    fn rejects_binary_text() {
        let d = decode(raw("a.md", b"+++\n\0\0")).unwrap_err();
        assert!(d.message.contains("bita NUL"), "{}", d.message);
    }

    #[test]
    fn ignores_editor_leftovers() {
        for name in [".#a.md", "a.md~", "a.md.swp", "4913", "#a.md#", ".hidden"] {
            assert!(is_ignored_name(name), "{name}");
        }
        assert!(!is_ignored_name("a.md"));
        assert!(!is_ignored_name("_index.md"));
    }
}
