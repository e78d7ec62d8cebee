//! Importing files and folders: finding the Word files, reading them side
//! by side (a .doc converted in [`super::konversi`]), and writing each SOP
//! atomically (a temporary file renamed into place) without replacing an
//! existing file unless asked to.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::baca::{HasilImpor, baca_berkas};
use super::gagal::{GagalImpor, pesan_io};

#[derive(Debug, Clone)]
pub struct Opsi {
    /// The folder the SOPs are written into.
    pub ke: PathBuf,
    /// Replace files that exist.
    pub force: bool,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Ringkasan {
    /// Written: the source file, the file written, and what was read.
    pub ditulis: Vec<(PathBuf, PathBuf, HasilImpor)>,
    /// Source files that could not be read, and why.
    pub gagal: Vec<(PathBuf, GagalImpor)>,
    /// SOPs read but not written (the file exists, or writing failed).
    pub dilewati: Vec<(PathBuf, PathBuf, String)>,
}

impl Ringkasan {
    pub fn berhasil(&self) -> bool {
        self.gagal.is_empty() && self.dilewati.is_empty()
    }
}

/// A Word file by its name: .docx, .docm, .doc; not Word's lock files (`~$...`).
pub fn berkas_word(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    !name.starts_with("~$")
        && !name.starts_with('.')
        && matches!(ext.as_deref(), Some("docx" | "docm" | "doc" | "dotx"))
}

/// The Word files named by `paths`: files as given, folders searched
/// recursively, in a stable order.
pub fn kumpulkan(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        let meta =
            std::fs::metadata(p).map_err(|e| format!("{}: {}", p.display(), pesan_io(&e)))?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(p)
                .follow_links(false)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file() && berkas_word(e.path()))
                .map(walkdir::DirEntry::into_path)
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Imports `files` into `opsi.ke`.
pub fn jalankan(files: &[PathBuf], opsi: &Opsi) -> Ringkasan {
    let read: Vec<(PathBuf, Result<Vec<HasilImpor>, GagalImpor>)> = files
        .par_iter()
        .map(|f| (f.clone(), baca_berkas(f)))
        .collect();
    let mut r = Ringkasan::default();
    if let Err(e) = std::fs::create_dir_all(&opsi.ke) {
        for (f, res) in read {
            match res {
                Ok(sops) => {
                    for s in sops {
                        let target = opsi.ke.join(format!("{}.md", s.slug));
                        r.dilewati.push((
                            f.clone(),
                            target,
                            format!("folder tujuan tidak dapat dibuat: {}", pesan_io(&e)),
                        ));
                    }
                }
                Err(g) => r.gagal.push((f, g)),
            }
        }
        return r;
    }
    let mut taken: HashSet<String> = HashSet::new();
    for (f, res) in read {
        let sops = match res {
            Ok(s) => s,
            Err(g) => {
                r.gagal.push((f, g));
                continue;
            }
        };
        for mut s in sops {
            // Two SOPs of one run never share a file: the second gets "-2".
            let mut name = s.slug.clone();
            let mut k = 2;
            while taken.contains(&name) {
                name = format!("{}-{k}", s.slug);
                k += 1;
            }
            taken.insert(name.clone());
            s.slug = name;
            let target = opsi.ke.join(format!("{}.md", s.slug));
            match tulis_atomik(&target, s.teks.as_bytes(), opsi.force) {
                Ok(()) => r.ditulis.push((f.clone(), target, s)),
                Err(m) => r.dilewati.push((f.clone(), target, m)),
            }
        }
    }
    r
}

/// Numbers the files this process writes, for their temporary names.
static URUT: AtomicUsize = AtomicUsize::new(0);

/// Writes `bytes` to `target` through a temporary file in the same folder:
/// the target is either absent, as it was, or complete. Without `force`
/// an existing target is left alone.
pub fn tulis_atomik(target: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    if !force && target.exists() {
        return Err("berkas tujuan sudah ada; tambahkan --force untuk menimpanya".into());
    }
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("sop.md");
    let tmp = dir.join(format!(
        ".{name}.{}-{}.tmp",
        std::process::id(),
        URUT.fetch_add(1, Ordering::Relaxed)
    ));
    // No fsync: the rename keeps a failed import from leaving half a file,
    // which is what is asked; a thousand fsyncs took 13 of a 1,000-file
    // import's 16 seconds.
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("tidak dapat menulis: {}", pesan_io(&e)));
    }
    let done = if force {
        std::fs::rename(&tmp, target)
    } else {
        // A hard link fails when the target exists: no race with another
        // writer between the check above and here.
        match std::fs::hard_link(&tmp, target) {
            Ok(()) => std::fs::remove_file(&tmp),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let _ = std::fs::remove_file(&tmp);
                return Err("berkas tujuan sudah ada; tambahkan --force untuk menimpanya".into());
            }
            Err(_) => std::fs::rename(&tmp, target),
        }
    };
    done.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("tidak dapat menulis: {}", pesan_io(&e))
    })
}
