//! `build --pdf`: the PDF of every SOP page and every printed book, printed
//! by headless Chromium ([`crate::pdf`]) from the pages just written, into
//! the same staging folder, so that they land with the site or not at all.
//!
//! Printing is the slow part of a build by far (a second or so a page), so
//! PDFs are kept in a folder of their own, `.sopgen-cache/pdf/` in the site
//! folder, named by a hash of what they are printed from: the page's HTML
//! and every file it may load (stylesheet, script, fonts, logo). A rebuild
//! prints only the pages whose HTML or look changed and copies the rest.
//! After a good build the folder keeps only what that build used.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::hash::Key;
use crate::indexes::Indexes;
use crate::pdf::Printer;
use crate::render::buku;
use crate::url;

/// Where the kept PDFs live, under the site folder.
pub const SIMPANAN: &str = ".sopgen-cache/pdf";

/// One PDF to make: the page it prints and where it goes, both paths
/// under the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tugas {
    pub html: String,
    pub pdf: String,
}

/// What a printing did.
#[derive(Debug, Default)]
pub struct Hasil {
    /// PDFs printed by Chromium.
    pub dicetak: usize,
    /// PDFs copied from the kept ones.
    pub disimpan: usize,
    /// Every PDF written, under the output folder.
    pub berkas: Vec<String>,
}

/// The PDFs of a built site: one per published SOP, one per book (and,
/// with `semua`, the review bundle's book of every SOP).
pub fn tugas(catalog: &Catalog, ix: &Indexes, semua: bool) -> Vec<Tugas> {
    let sops = catalog.published().map(|(_, e)| Tugas {
        html: url::page_file(&e.url),
        pdf: url::sop_pdf(&e.url),
    });
    let books = buku::books(catalog, ix).into_iter().map(|b| Tugas {
        html: url::page_file(&b.dir),
        pdf: url::buku_pdf(&b.dir),
    });
    let semua = semua.then(|| Tugas {
        html: url::page_file(url::CETAK_SEMUA),
        pdf: url::buku_pdf(url::CETAK_SEMUA),
    });
    sops.chain(books).chain(semua).collect()
}

/// Prints `tugas` from the site written in `dir`, keeping PDFs in
/// `simpanan`. `shown` is the output folder the user knows (`dir` is its
/// staging folder): messages name pages under it.
pub fn cetak(
    dir: &Path,
    tugas: &[Tugas],
    simpanan: &Path,
    shown: &Path,
) -> Result<Hasil, Vec<Diagnostic>> {
    let look = look_of(dir).map_err(|d| vec![d])?;
    std::fs::create_dir_all(simpanan).map_err(|e| vec![io(simpanan, &e)])?;
    let mut hasil = Hasil::default();
    let mut used = HashSet::new();
    let mut to_print: Vec<(&Tugas, PathBuf)> = Vec::new();
    for t in tugas {
        let html = dir.join(&t.html);
        let bytes = std::fs::read(&html).map_err(|e| vec![io(&shown.join(&t.html), &e)])?;
        let name = format!("{:016x}.pdf", look.clone().bytes(&bytes).finish());
        let kept = simpanan.join(&name);
        used.insert(name);
        if kept.is_file() {
            std::fs::copy(&kept, dir.join(&t.pdf))
                .map_err(|e| vec![io(&shown.join(&t.pdf), &e)])?;
            hasil.disimpan += 1;
        } else {
            to_print.push((t, kept));
        }
        hasil.berkas.push(t.pdf.clone());
    }
    if !to_print.is_empty() {
        let mut printer =
            Printer::start().map_err(|e| vec![Diagnostic::error(shown, e.to_string())])?;
        let pages: Vec<PathBuf> = to_print.iter().map(|(t, _)| dir.join(&t.html)).collect();
        let tabs = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
        let mut diags = Vec::new();
        for ((t, kept), printed) in to_print.iter().zip(printer.print(&pages, tabs)) {
            match printed {
                Ok(printed) => {
                    let written = keep(kept, &printed.pdf)
                        .and_then(|()| std::fs::write(dir.join(&t.pdf), &printed.pdf));
                    if let Err(e) = written {
                        diags.push(io(&shown.join(&t.pdf), &e));
                    }
                    hasil.dicetak += 1;
                }
                Err(e) => diags.push(Diagnostic::error(shown.join(&t.html), e.to_string())),
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
    }
    prune(simpanan, &used);
    Ok(hasil)
}

/// What every page's print depends on besides its HTML: every file of the
/// site that is not a page or data (stylesheets, scripts, fonts, images),
/// by path and content. The search index is data too: it changes with any
/// SOP, and no printed page loads it.
fn look_of(dir: &Path) -> Result<Key, Diagnostic> {
    let search = dir.join(url::CARI).join(url::CARI_INDEKS);
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_entry(|e| e.path() != search)
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| {
            !matches!(
                p.extension().and_then(|x| x.to_str()),
                Some("html" | "json" | "xml" | "pdf" | "txt")
            )
        })
        .collect();
    files.sort();
    let mut key = Key::new().text("sopgen pdf 1");
    for f in files {
        let bytes = std::fs::read(&f).map_err(|e| io(&f, &e))?;
        let rel = f.strip_prefix(dir).unwrap_or(&f);
        key = key.text(&rel.to_string_lossy()).bytes(&bytes);
    }
    Ok(key)
}

/// Writes a kept PDF whole or not at all (a build stopped midway leaves no
/// half file to be copied later).
fn keep(path: &Path, pdf: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, pdf)?;
    std::fs::rename(&tmp, path)
}

/// Removes the kept PDFs this build did not use: only files named as this
/// module names them, so nothing else put in the folder is touched.
fn prune(simpanan: &Path, used: &HashSet<String>) {
    let Ok(entries) = std::fs::read_dir(simpanan) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = name.len() == 20
            && name.ends_with(".pdf")
            && name[..16].bytes().all(|b| b.is_ascii_hexdigit());
        if ours && !used.contains(&name) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn io(path: &Path, e: &std::io::Error) -> Diagnostic {
    let e = crate::terjemah::io(e);
    Diagnostic::error(
        path,
        crate::pesan!(
            "berkas ini tidak dapat dibaca atau ditulis: {e}",
            "cannot read or write this file: {e}"
        ),
    )
}
