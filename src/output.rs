//! Writing a built site to disk safely: into a temporary folder beside the
//! output, swapped in only when complete, so a failed build leaves the
//! previous output exactly as it was; and never over a folder sopgen did not
//! make.

use std::path::{Component, Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::render::OutputFile;

/// Marks a folder as made by sopgen, so that a rebuild may replace it.
pub const MARKER: &str = ".sopgen-output";

/// `path` made absolute and free of `.`/`..`, with symbolic links of the
/// part that exists resolved.
pub fn normalize(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut clean = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    // Resolve links in the longest existing prefix, then add the rest.
    let mut existing = clean.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_owned()),
            None => break,
        }
        existing.pop();
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

fn refuse(output: &Path, why: &str, hint: &str) -> Diagnostic {
    let shown = output.display();
    Diagnostic::error(
        output,
        crate::pesan!(
            "situs tidak akan ditulis ke {shown}: {why}",
            "refusing to write the site to {shown}: {why}"
        ),
    )
    .with_hint(hint.to_string())
}

/// Checks that replacing `output` cannot destroy the user's work: it is not
/// `/`, a home folder, the site root, nor a folder holding or inside the
/// site's sources; and if it exists, sopgen made it.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<PathBuf, Diagnostic> {
    let out = normalize(output);
    let root = normalize(root);
    let hint = &crate::pesan!(
        "pilih folder tersendiri untuk situs yang dibangun, misalnya `--output public`",
        "choose a folder of its own for the built site, e.g. `--output public`"
    );
    if out.parent().is_none() {
        let why = crate::pesan!(
            "itu folder akar sistem berkas",
            "it is the root of the file system"
        );
        return Err(refuse(&out, &why, hint));
    }
    let home = std::env::var_os("HOME").map(|h| normalize(Path::new(&h)));
    if home.as_deref() == Some(out.as_path()) {
        let why = crate::pesan!("itu folder rumah pengguna", "it is a home folder");
        return Err(refuse(&out, &why, hint));
    }
    if root.starts_with(&out) {
        let why = crate::pesan!(
            "folder itu memuat situs ini sendiri (content/, sopgen.toml)",
            "it holds the site itself (content/, sopgen.toml)"
        );
        return Err(refuse(&out, &why, hint));
    }
    for source in ["content", "templates", "static", "themes"] {
        if out.starts_with(root.join(source)) {
            let why = crate::pesan!(
                "folder itu ada di dalam folder {source}/ situs ini",
                "it is inside the site's {source}/ folder"
            );
            return Err(refuse(&out, &why, hint));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(refuse(
                &out,
                &crate::pesan!("itu berkas, bukan folder", "it is a file, not a folder"),
                &crate::pesan!(
                    "hapus berkas itu atau pilih folder keluaran lain",
                    "remove the file or choose another output folder"
                ),
            ));
        }
        let empty = std::fs::read_dir(&out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty && !out.join(MARKER).is_file() {
            return Err(refuse(
                &out,
                &crate::pesan!(
                    "folder itu sudah berisi berkas yang tidak ditulis sopgen",
                    "it already holds files that sopgen did not write"
                ),
                &crate::pesan!(
                    "sopgen mengganti seluruh isi folder keluarannya pada setiap build: pindahkan berkas-berkas itu, atau pilih folder keluaran lain",
                    "sopgen replaces its output folder on every build: move those files away, or choose another output folder"
                ),
            ));
        }
    }
    Ok(out)
}

/// What could not be done to a path, for [`io_diag`].
#[derive(Clone, Copy)]
enum Act {
    Create,
    WriteInto,
    Write,
    Replace,
}

fn io_diag(path: &Path, act: Act, e: &std::io::Error) -> Diagnostic {
    let hint = match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            crate::pesan!(
                "periksa apakah folder induk folder keluaran dapat ditulisi",
                "check that the output folder's parent is writable"
            )
        }
        std::io::ErrorKind::StorageFull => crate::pesan!(
            "disk penuh: kosongkan sebagian tempat lalu build lagi",
            "the disk is full: free some space and build again"
        ),
        _ => crate::pesan!(
            "periksa folder keluaran dan disk tempatnya berada",
            "check the output folder and the disk it is on"
        ),
    };
    let shown = path.display();
    let e = crate::terjemah::io(e);
    let message = match act {
        Act::Create => crate::pesan!(
            "{shown} tidak dapat dibuat: {e}",
            "cannot create {shown}: {e}"
        ),
        Act::WriteInto => crate::pesan!(
            "tidak dapat menulis ke dalam {shown}: {e}",
            "cannot write into {shown}: {e}"
        ),
        Act::Write => crate::pesan!(
            "{shown} tidak dapat ditulis: {e}",
            "cannot write {shown}: {e}"
        ),
        Act::Replace => crate::pesan!(
            "{shown} tidak dapat diganti: {e}",
            "cannot replace {shown}: {e}"
        ),
    };
    Diagnostic::error(path, message).with_hint(crate::pesan!(
        "{hint}; tidak ada yang diubah",
        "{hint}; nothing was changed"
    ))
}

/// A path from the renderer, checked to stay inside the output folder.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then(|| p.to_path_buf())
}

fn sibling(out: &Path, kind: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    out.with_file_name(format!(
        ".{name}.sopgen-{kind}-{}-{nanos}",
        std::process::id()
    ))
}

/// Removes folders a crashed earlier run left beside `out`: only ours, by
/// name and by marker.
fn remove_leftovers(out: &Path) {
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return;
    };
    let prefix = format!(".{}.sopgen-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let ours =
            entry.file_name().to_string_lossy().starts_with(&prefix) && path.join(MARKER).is_file();
        if ours {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// A site being written: into a temporary folder beside the output, which
/// replaces the output only on [`Staging::commit`]. Dropped uncommitted, it
/// removes the temporary folder and leaves the output as it was.
pub struct Staging {
    tmp: PathBuf,
    out: PathBuf,
    done: bool,
    /// Set by the first file that could not be written: one error is
    /// reported (a full disk would otherwise fail every file) and the rest
    /// are not tried.
    failed: std::sync::atomic::AtomicBool,
}

impl Staging {
    /// Starts writing a site for `out` (already checked by
    /// [`check_output_dir`]).
    pub fn new(out: &Path) -> Result<Staging, Diagnostic> {
        let parent = out.parent().expect("checked: not the file system root");
        std::fs::create_dir_all(parent).map_err(|e| io_diag(parent, Act::Create, &e))?;
        remove_leftovers(out);
        let tmp = sibling(out, "new");
        std::fs::create_dir(&tmp).map_err(|e| io_diag(parent, Act::WriteInto, &e))?;
        let staging = Staging {
            tmp,
            out: out.to_path_buf(),
            done: false,
            failed: Default::default(),
        };
        std::fs::write(
            staging.tmp.join(MARKER),
            b"Built by sopgen; this folder is replaced on every build.\n",
        )
        .map_err(|e| io_diag(parent, Act::WriteInto, &e))?;
        Ok(staging)
    }

    /// The folder the site is being written into.
    pub fn dir(&self) -> &Path {
        &self.tmp
    }

    /// Swaps the written site in for the output.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        swap_in(&self.tmp, &self.out)?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

impl crate::render::Sink for Staging {
    fn put(&self, file: OutputFile) -> Result<(), Diagnostic> {
        let rel = safe_relative(&file.path).ok_or_else(|| {
            Diagnostic::error(
                &file.path,
                crate::pesan!(
                    "kesalahan internal: sebuah path keluaran keluar dari folder keluaran",
                    "internal error: an output path leaves the output folder"
                ),
            )
        })?;
        use std::sync::atomic::Ordering;
        if self.failed.load(Ordering::Relaxed) {
            return Ok(());
        }
        let path = self.tmp.join(&rel);
        let written = match path.parent() {
            Some(dir) => std::fs::create_dir_all(dir),
            None => Ok(()),
        }
        .and_then(|()| std::fs::write(&path, file.bytes.as_slice()));
        match written {
            Ok(()) => Ok(()),
            // Only the first failure speaks; the build fails with it.
            Err(_) if self.failed.swap(true, Ordering::Relaxed) => Ok(()),
            Err(e) => Err(io_diag(&self.out.join(rel), Act::Write, &e)),
        }
    }
}

fn swap_in(tmp: &Path, out: &Path) -> Result<(), Diagnostic> {
    if !out.exists() {
        return std::fs::rename(tmp, out).map_err(|e| io_diag(out, Act::Create, &e));
    }
    let old = sibling(out, "old");
    std::fs::rename(out, &old).map_err(|e| io_diag(out, Act::Replace, &e))?;
    if let Err(e) = std::fs::rename(tmp, out) {
        let _ = std::fs::rename(&old, out);
        return Err(io_diag(out, Act::Replace, &e));
    }
    remove_tree(&old);
    Ok(())
}

/// Removes a folder this build replaced, its subfolders side by side: a
/// catalogue's output is tens of thousands of files, and unlinking them one
/// after another took a tenth of a 10,000-SOP build.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    if let Ok(entries) = std::fs::read_dir(dir) {
        let entries: Vec<_> = entries.flatten().collect();
        entries.par_iter().for_each(|entry| {
            let path = entry.path();
            let _ = match entry.file_type() {
                Ok(t) if t.is_dir() => std::fs::remove_dir_all(&path),
                _ => std::fs::remove_file(&path),
            };
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_written() {
        assert!(safe_relative("a/b/index.html").is_some());
        for bad in ["", "../x", "/etc/passwd", "a/../../x", "./a"] {
            assert!(safe_relative(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn normalize_removes_dots() {
        let p = normalize(Path::new("/nonexistent-sopgen/a/./b/../c"));
        assert_eq!(p, PathBuf::from("/nonexistent-sopgen/a/c"));
    }
}
