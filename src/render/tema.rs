//! `sopgen tema`: the built-in theme copied out for editing, as
//! `mdbook init --theme` does: its templates into `templates/` and its
//! static files into `static/` of a folder (the site itself, whose copies
//! then replace the built-in files, or `themes/NAME` for a theme chosen
//! with `theme = "NAME"`). A file that exists is never replaced unless
//! asked (`--force`): nothing is written then, and the command says which.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::theme;
use crate::pesan;

pub struct Opsi {
    /// The folder `templates/` and `static/` are written into.
    pub ke: PathBuf,
    /// Replace files that exist.
    pub force: bool,
    /// Only these files: a path in the theme (`templates/base.html`,
    /// `static/aset/sopgen.css`) or a template's name (`base.html`).
    /// Empty: every file.
    pub berkas: Vec<String>,
}

/// Why nothing, or not everything, was written.
#[derive(Debug)]
pub enum Gagal {
    /// Names that are not files of the built-in theme.
    TidakDikenal(Vec<String>),
    /// Files that exist (and `force` was not given): nothing was written.
    SudahAda(Vec<PathBuf>),
    /// A file could not be written; those before it were.
    Tulis {
        path: PathBuf,
        error: std::io::Error,
        ditulis: Vec<PathBuf>,
    },
}

/// The built-in theme's files that `berkas` names (all when empty), by
/// their path in the theme.
pub fn pilih(berkas: &[String]) -> Result<Vec<(&'static str, &'static [u8])>, Vec<String>> {
    let all: Vec<(&'static str, &'static [u8])> = theme::built_in().collect();
    if berkas.is_empty() {
        return Ok(all);
    }
    let mut chosen = Vec::new();
    let mut unknown = Vec::new();
    for name in berkas {
        let name = name.trim_start_matches("./").replace('\\', "/");
        let found = all
            .iter()
            .find(|(rel, _)| *rel == name || rel.strip_prefix("templates/") == Some(name.as_str()));
        match found {
            Some(file) if !chosen.contains(file) => chosen.push(*file),
            Some(_) => {}
            None => unknown.push(name),
        }
    }
    if unknown.is_empty() {
        Ok(chosen)
    } else {
        Err(unknown)
    }
}

/// Writes the chosen files under `opsi.ke`; returns the paths written.
pub fn salin(opsi: &Opsi) -> Result<Vec<PathBuf>, Gagal> {
    let files = pilih(&opsi.berkas).map_err(Gagal::TidakDikenal)?;
    let targets: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(rel, bytes)| (opsi.ke.join(rel), *bytes))
        .collect();
    if !opsi.force {
        let existing: Vec<PathBuf> = targets
            .iter()
            .filter(|(path, _)| path.symlink_metadata().is_ok())
            .map(|(path, _)| path.clone())
            .collect();
        if !existing.is_empty() {
            return Err(Gagal::SudahAda(existing));
        }
    }
    let mut ditulis = Vec::new();
    for (path, bytes) in targets {
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, bytes));
        if let Err(error) = written {
            return Err(Gagal::Tulis {
                path,
                error,
                ditulis,
            });
        }
        ditulis.push(path);
    }
    Ok(ditulis)
}

/// The theme's name when `ke` is `themes/NAME` (of some site).
fn nama_tema(ke: &Path) -> Option<String> {
    let parent = ke.parent()?;
    (parent.file_name()? == "themes")
        .then(|| ke.file_name())
        .flatten()
        .map(|n| n.to_string_lossy().into_owned())
}

/// Runs the command: copies, and tells what was written or why not.
/// Exit codes: 0 written, 1 refused or failed, 2 a name not in the theme.
pub fn jalankan(opsi: &Opsi) -> ExitCode {
    let ke = opsi.ke.display();
    match salin(opsi) {
        Ok(ditulis) => {
            for path in &ditulis {
                let path = path.display();
                println!("{}", pesan!("ditulis  {path}", "written  {path}"));
            }
            let n = ditulis.len();
            println!(
                "\n{}",
                pesan!(
                    "{n} berkas tema bawaan ditulis ke {ke}.",
                    "{n} files of the built-in theme written into {ke}."
                )
            );
            match nama_tema(&opsi.ke) {
                Some(nama) => println!(
                    "{}",
                    pesan!(
                        "Pakai tema ini dengan `theme = \"{nama}\"` di sopgen.toml.",
                        "Use this theme with `theme = \"{nama}\"` in sopgen.toml."
                    )
                ),
                None => println!(
                    "{}",
                    pesan!(
                        "Berkas-berkas ini kini dipakai menggantikan yang bawaan. Hapus yang tidak Anda ubah, agar perbaikan tema pada versi sopgen berikutnya tetap sampai; untuk mengubah satu bagian saja, sebuah templat cukup berisi `{{% extends \"default/NAMA.html\" %}}` dan blok yang diubah (lihat docs/tema.md).",
                        "These files now replace the built-in ones. Delete those you do not change, so that theme fixes in later sopgen versions still reach you; to change one part only, a template needs only `{{% extends \"default/NAME.html\" %}}` and the block it changes (see docs/tema.md)."
                    )
                ),
            }
            ExitCode::SUCCESS
        }
        Err(Gagal::TidakDikenal(names)) => {
            let names = names.join(", ");
            let known = theme::built_in()
                .map(|(rel, _)| rel)
                .collect::<Vec<_>>()
                .join(", ");
            eprintln!(
                "{}",
                pesan!(
                    "kesalahan: tema bawaan tidak punya berkas {names}; berkasnya: {known}",
                    "error: the built-in theme has no file {names}; its files: {known}"
                )
            );
            ExitCode::from(2)
        }
        Err(Gagal::SudahAda(existing)) => {
            for path in &existing {
                let path = path.display();
                eprintln!(
                    "{}",
                    pesan!(
                        "kesalahan: {path} sudah ada",
                        "error: {path} exists already"
                    )
                );
            }
            eprintln!(
                "{}",
                pesan!(
                    "Tidak ada yang ditulis. Pindahkan atau hapus berkas itu, pilih folder lain dengan --ke, atau pakai --force untuk menimpanya.",
                    "Nothing was written. Move or delete those files, choose another folder with --ke, or use --force to replace them."
                )
            );
            ExitCode::FAILURE
        }
        Err(Gagal::Tulis {
            path,
            error,
            ditulis,
        }) => {
            let (path, e, n) = (path.display(), crate::terjemah::io(&error), ditulis.len());
            eprintln!(
                "{}",
                pesan!(
                    "kesalahan: {path} tidak dapat ditulis: {e} ({n} berkas sebelumnya sudah ditulis)",
                    "error: cannot write {path}: {e} ({n} files before it were written)"
                )
            );
            ExitCode::FAILURE
        }
    }
}
