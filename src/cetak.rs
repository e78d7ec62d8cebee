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

use std::collections::{HashMap, HashSet};
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
/// Those of the review bundle (its pages link from disk, so they differ
/// from the site's): apart, so that neither command drops the other's.
pub const SIMPANAN_PAKET: &str = ".sopgen-cache/pdf-paket";

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
/// staging folder): messages name pages under it. `sebelumnya`, the
/// output of the last build, lends a changed book the page numbers its
/// daftar isi had, which after a small edit are mostly still right: the
/// book is then printed once rather than twice.
pub fn cetak(
    dir: &Path,
    tugas: &[Tugas],
    simpanan: &Path,
    shown: &Path,
    sebelumnya: Option<&Path>,
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
        match std::fs::read(&kept) {
            Ok(pdf) => {
                // A book's page numbers, as its kept PDF has them.
                number_pages(&html, &pdf).map_err(|e| vec![io(&shown.join(&t.html), &e)])?;
                std::fs::write(dir.join(&t.pdf), &pdf)
                    .map_err(|e| vec![io(&shown.join(&t.pdf), &e)])?;
                hasil.disimpan += 1;
            }
            Err(_) => {
                if let Some(old) =
                    sebelumnya.and_then(|o| std::fs::read_to_string(o.join(&t.html)).ok())
                {
                    let numbers = baca_halaman(&old);
                    if !numbers.is_empty() {
                        let page = String::from_utf8_lossy(&bytes);
                        std::fs::write(&html, tulis_halaman(&page, &numbers))
                            .map_err(|e| vec![io(&shown.join(&t.html), &e)])?;
                    }
                }
                to_print.push((t, kept));
            }
        }
        hasil.berkas.push(t.pdf.clone());
    }
    if !to_print.is_empty() {
        let mut printer =
            Printer::start().map_err(|e| vec![Diagnostic::error(shown, e.to_string())])?;
        let mut diags = Vec::new();
        let mut pending = to_print;
        // A book is printed again when writing the page numbers into its
        // daftar isi moved a SOP to another page (they have room kept for
        // them, so normally once): at most three times.
        for pass in 0..3 {
            let pages: Vec<PathBuf> = pending.iter().map(|(t, _)| dir.join(&t.html)).collect();
            let mut again = Vec::new();
            for ((t, kept), printed) in pending.into_iter().zip(printer.print(&pages, TABS)) {
                let html = dir.join(&t.html);
                let printed = match printed {
                    Ok(printed) => printed,
                    Err(e) => {
                        diags.push(Diagnostic::error(shown.join(&t.html), e.to_string()));
                        continue;
                    }
                };
                match number_pages(&html, &printed.pdf) {
                    Ok(true) if pass < 2 => again.push((t, kept)),
                    Ok(_) => {
                        let written = keep(&kept, &printed.pdf)
                            .and_then(|()| std::fs::write(dir.join(&t.pdf), &printed.pdf));
                        if let Err(e) = written {
                            diags.push(io(&shown.join(&t.pdf), &e));
                        }
                        hasil.dicetak += 1;
                    }
                    Err(e) => diags.push(io(&shown.join(&t.html), &e)),
                }
            }
            if again.is_empty() {
                break;
            }
            pending = again;
        }
        if !diags.is_empty() {
            return Err(diags);
        }
    }
    prune(simpanan, &used);
    Ok(hasil)
}

/// Pages printed at once, each in its own tab of the one browser.
const TABS: usize = 3;

/// Writes into the page `html` (a book) the page of `pdf` on which each SOP
/// of its daftar isi begins (`span.halaman-isi[data-halaman=ID]`). Whether
/// that changed the page: then it must be printed again to match.
fn number_pages(html: &Path, pdf: &[u8]) -> std::io::Result<bool> {
    let page = std::fs::read_to_string(html)?;
    if !page.contains(HALAMAN) {
        return Ok(false);
    }
    let dests = crate::pdf::info(pdf)
        .map(|i| i.dests)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let numbered = tulis_halaman(&page, &dests);
    if numbered == page {
        return Ok(false);
    }
    std::fs::write(html, numbered)?;
    Ok(true)
}

const HALAMAN: &str = "data-halaman=\"";

/// Where a book page keeps its page numbers: for each
/// `<span ... data-halaman="ID">N</span>` (N empty or digits), the ID and
/// where N lies in `page`. Anything else carrying the attribute (another
/// element, other content) is not one, and is left alone.
fn tempat_halaman(page: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = page[from..].find(HALAMAN) {
        let id_at = from + at + HALAMAN.len();
        from = id_at;
        let rest = &page[id_at..];
        let Some(q) = rest.find('"') else { break };
        let tag_start = page[..id_at].rfind('<').unwrap_or(0);
        let in_span = page[tag_start..].starts_with("<span ");
        let Some(gt) = rest[q..].find('>').map(|g| q + g) else {
            break;
        };
        if !in_span || rest[..gt].contains('<') {
            continue;
        }
        let content = id_at + gt + 1;
        let len = page[content..].find('<').unwrap_or(0);
        let number = &page[content..content + len];
        if page[content + len..].starts_with("</span>")
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            out.push((&rest[..q], content..content + len));
        }
    }
    out
}

/// The page numbers a book's daftar isi holds, by ID.
fn baca_halaman(page: &str) -> HashMap<String, usize> {
    tempat_halaman(page)
        .into_iter()
        .filter_map(|(id, at)| Some((id.to_string(), page[at].parse().ok()?)))
        .collect()
}

/// `page` with each page number place holding the page of its ID in
/// `dests` (left empty when the PDF has no such place).
fn tulis_halaman(page: &str, dests: &HashMap<String, usize>) -> String {
    let mut out = String::with_capacity(page.len() + 1024);
    let mut done = 0;
    for (id, at) in tempat_halaman(page) {
        out.push_str(&page[done..at.start]);
        if let Some(n) = dests.get(id) {
            out.push_str(&n.to_string());
        }
        done = at.end;
    }
    out.push_str(&page[done..]);
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_written_and_rewritten() {
        let page = r##"<li><a href="#sop-1">A</a><span class="halaman-isi" data-halaman="sop-1"></span></li><li><a href="#sop-2">B</a><span class="halaman-isi" data-halaman="sop-2"></span></li>"##;
        let dests = [("sop-1".to_string(), 3), ("sop-2".to_string(), 11)].into();
        let once = tulis_halaman(page, &dests);
        assert_eq!(
            once.matches("data-halaman=\"sop-1\">3</span>").count(),
            1,
            "{once}"
        );
        assert_eq!(
            once.matches("data-halaman=\"sop-2\">11</span>").count(),
            1,
            "{once}"
        );
        // Filled again (a later pass), the numbers are replaced, not added.
        let moved = [("sop-1".to_string(), 3), ("sop-2".to_string(), 12)].into();
        let twice = tulis_halaman(&once, &moved);
        assert_eq!(twice, once.replace(">11<", ">12<"));
        // An id the PDF does not have stays empty; the rest is unchanged.
        assert_eq!(tulis_halaman(page, &Default::default()), page);
        // Read back as written.
        assert_eq!(baca_halaman(&twice), moved);
        assert!(baca_halaman(page).is_empty());
        // The attribute elsewhere (a theme's own cell, a word in the
        // text) is not a place for a number: nothing there changes.
        let other =
            r##"<td data-halaman="sop-1">isi</td><p>data-halaman="sop-2"></p><span>x</span>"##;
        assert_eq!(tulis_halaman(other, &dests), other);
        assert!(baca_halaman(other).is_empty());
    }
}
