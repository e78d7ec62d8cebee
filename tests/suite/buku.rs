//! The printed books ("Buku SOP", issue 18 item 3), made by every build
//! under cetak/: one per instansi and one per unit, each a cover, a daftar
//! isi linking every SOP inside the book, then each SOP's form; drafts
//! left out; SOP, instansi and unit pages link their book; a print button
//! added by script. Printed by Chromium: A4 landscape, every SOP's nama
//! and last step on paper, every SOP from a new sheet.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::browser::{chromium, dump_dom_sized, file_url, print_pdf};
use crate::common::*;
use sopgen::content::Sop;
use sopgen::content::load::{parse_files, read_content};

pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The SOPs of the site at `root`, as sopgen reads them.
pub(crate) fn sops_of(root: &Path) -> Vec<std::sync::Arc<Sop>> {
    let (files, diags) = read_content(root, &root.join("content"));
    assert!(diags.is_empty(), "{diags:?}");
    parse_files(files).sops
}

/// The value of the attribute `name` in the tag starting at `tag`.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag[..tag.find('>')?].find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// Text without tags, entities of names undone, spaces collapsed.
pub(crate) fn text(html: &str) -> String {
    let mut out = String::new();
    // A slice may begin inside a tag.
    let mut in_tag = match (html.find('>'), html.find('<')) {
        (Some(close), Some(open)) => close < open,
        (close, _) => close.is_some(),
    };
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    collapse(
        &out.replace("&amp;", "&")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">"),
    )
}

pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A book's daftar isi: each line's href and text.
pub(crate) fn daftar_isi(html: &str) -> Vec<(String, String)> {
    let from = html.find("class=\"daftar-isi\"").expect("a daftar isi");
    let nav = &html[from..from + html[from..].find("</nav>").unwrap()];
    nav.split("<li>")
        .skip(1)
        .map(|li| {
            let li = &li[..li.find("</li>").unwrap()];
            let href = attr(&li[li.find("<a").unwrap()..], "href").unwrap();
            (href.to_string(), text(li))
        })
        .collect()
}

/// The element of the book with `id`, up to the next SOP (or the end).
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let rest = &html[at..];
    let end = rest[1..]
        .find("<div class=\"sop-cetak")
        .map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

/// The text of a book's cover.
fn cover(html: &str) -> String {
    let at = html.find("class=\"sampul-buku\"").expect("a cover");
    text(&html[at..at + html[at..].find("</section>").unwrap()])
}

/// The book the SOP page `page` links ("Buku SOP unit ini", or "Buku SOP
/// instansi ini" when its unit has no book of its own), as a file.
pub(crate) fn book_of(page: &Path) -> Option<PathBuf> {
    let html = read(page);
    let at = html
        .find("Buku SOP unit ini")
        .or_else(|| html.find("Buku SOP instansi ini"))?;
    let a = &html[html[..at].rfind("<a ").unwrap()..];
    let href = attr(a, "href").unwrap();
    let dir = page.parent().unwrap().join(href);
    Some(
        std::fs::canonicalize(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .join("index.html"),
    )
}

/// Checks the book at `book` lists `sop` in its daftar isi, with a link to
/// its place in the book whose section is the SOP's form.
fn assert_in_book(book: &Path, sop: &Sop) {
    let html = read(book);
    let isi = daftar_isi(&html);
    let line = isi
        .iter()
        .find(|(_, t)| {
            t.ends_with(&collapse(&sop.nama))
                && sop.nomor.as_ref().is_none_or(|n| t.contains(n.as_str()))
        })
        .unwrap_or_else(|| panic!("{}: {} not in {isi:?}", book.display(), sop.nama));
    let id = line.0.strip_prefix('#').expect("a link inside the book");
    let part = section(&html, id);
    assert!(part.contains("<article class=\"sop\""), "{id}: {part:.200}");
    assert!(
        text(part).contains(&format!("Nama SOP {}", collapse(&sop.nama))),
        "{}: section {id} is not {}",
        book.display(),
        sop.nama
    );
}

#[test]
fn every_instansi_has_a_book_listing_and_holding_each_of_its_sops() {
    let Built { out, .. } = example_site();
    let sops = sops_of(&repo());
    // One book an instansi, each one folder below cetak/.
    let books: BTreeSet<PathBuf> = std::fs::read_dir(out.join("cetak"))
        .unwrap()
        .map(|e| std::fs::canonicalize(e.unwrap().path()).unwrap())
        .filter(|p| p.is_dir())
        .collect();
    assert_eq!(books.len(), 5, "{books:?}");
    let mut listed = 0;
    for b in &books {
        let html = read(&b.join("index.html"));
        // The cover.
        let cover = cover(&html);
        assert!(cover.contains("Standar Operasional Prosedur"), "{cover}");
        let isi = daftar_isi(&html);
        assert!(cover.contains(&format!("{} SOP", isi.len())), "{cover}");
        assert!(
            cover.contains("Tahun 20"),
            "the year of the latest date: {cover}"
        );
        // Every line links a section of the book that exists.
        for (href, _) in &isi {
            section(&html, href.strip_prefix('#').unwrap());
        }
        listed += isi.len();
    }
    assert_eq!(listed, sops.len(), "each SOP in its instansi's book once");
    for sop in &sops {
        let page = out.join(&sop.path).join("index.html");
        let linked = book_of(&page).unwrap_or_else(|| panic!("{} links no book", sop.path));
        assert_in_book(&linked, sop);
        let html = read(&page);
        // The unit's book, with the instansi's in the folder above; or,
        // for an SOP that names no unit in an instansi of no units, the
        // instansi's book (a unit book would be the same book again).
        let instansi_book = if html.contains("Buku SOP unit ini") {
            let above = linked
                .parent()
                .unwrap()
                .parent()
                .unwrap()
                .join("index.html");
            assert_in_book(&above, sop);
            above
        } else {
            assert!(html.contains("Buku SOP instansi ini"), "{}", sop.path);
            assert!(
                !html.contains("class=\"kop-unit\""),
                "{}: it has a unit, which has a book",
                sop.path
            );
            linked.clone()
        };
        assert!(books.contains(instansi_book.parent().unwrap()));
        // The instansi's name is on the cover.
        let kop = read(&page);
        let at = kop
            .find("class=\"kop-instansi\"")
            .expect("the kop names the instansi");
        let instansi = text(&kop[at + 21..at + kop[at..].find("</p>").unwrap()]);
        let cover = cover(&read(&instansi_book));
        assert!(
            !instansi.is_empty() && cover.contains(&instansi),
            "{cover} / {instansi}"
        );
    }
    // The list of books links every book, and the instansi pages theirs.
    let list = read(&out.join("cetak/index.html"));
    for b in &books {
        let dir = b.file_name().unwrap().to_str().unwrap();
        assert!(list.contains(&format!("cetak/{dir}/\"")), "{dir}");
        let ins = read(&out.join("instansi").join(dir).join("index.html"));
        assert!(
            ins.contains(&format!("cetak/{dir}/\">Buku SOP instansi ini</a>")),
            "{dir}"
        );
    }
}

#[test]
fn drafts_are_left_out_of_the_books() {
    let work = TempDir::new("buku-draf");
    let out = work.path().join("out");
    let site = fixture("valid/full");
    let run = sopgen(&[
        "build",
        "--root",
        site.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
        "--drafts",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sops = sops_of(&site);
    let draft = sops.iter().find(|s| s.path == "dinas-b/draf-baru").unwrap();
    let page = out.join(&draft.path).join("index.html");
    assert!(
        read(&page).contains("SOP Baru yang Masih Draf"),
        "published"
    );
    assert!(book_of(&page).is_none(), "a draft's page links no book");
    let mut books = 0;
    for entry in walkdir::WalkDir::new(out.join("cetak")) {
        let path = entry.unwrap().into_path();
        if path.file_name().is_some_and(|n| n == "index.html") {
            let html = read(&path);
            // Neither listed nor printed (a form may still link it, as
            // its page does: "Digunakan oleh").
            if html.contains("class=\"daftar-isi\"") {
                let isi = daftar_isi(&html);
                assert!(
                    isi.iter().all(|(_, t)| !t.contains("Masih Draf")),
                    "{}: {isi:?}",
                    path.display()
                );
            }
            assert!(!text(&html).contains("Nama SOP SOP Baru yang Masih Draf"));
            assert!(!html.contains("data-tanda=\"DRAF\""), "{}", path.display());
            books += usize::from(html.contains("class=\"daftar-isi\""));
        }
    }
    assert!(books >= 2, "{books} books");
    // The others are in their books.
    for sop in sops.iter().filter(|s| s.path != draft.path) {
        let page = out.join(&sop.path).join("index.html");
        assert_in_book(&book_of(&page).unwrap(), sop);
    }
}

#[test]
fn the_print_button_is_added_by_script_only() {
    let Built { out, .. } = example_site();
    let sop = &sops_of(&repo())[0];
    let page = out.join(&sop.path).join("index.html");
    let book = book_of(&page).unwrap();
    for p in [&page, &book] {
        let html = read(p);
        assert!(html.contains("data-cetak"), "{}", p.display());
        assert!(!html.contains("<button type=\"button\" class=\"tombol-cetak\""));
    }
    let js = read(&out.join("aset/sopgen.js"));
    assert!(js.contains("window.print()") && js.contains("[data-cetak]"));
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("buku-tombol");
    for p in [&page, &book] {
        let dom = dump_dom_sized(
            &chrome,
            &scratch.path().join("profile"),
            &file_url(p),
            (1280, 900),
        );
        let buttons = dom.matches("class=\"tombol-cetak\"").count();
        assert_eq!(buttons, 1, "{}: one print button", p.display());
    }
}

/// The text of each page of `pdf` (`pdftotext`, pages split at form
/// feeds), spaces collapsed.
pub(crate) fn pdf_pages_text(pdf: &Path) -> Vec<String> {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (Debian's poppler-utils)");
    assert!(out.status.success());
    let all = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = all.split('\u{c}').map(collapse).collect();
    if pages.last().is_some_and(|p| p.is_empty()) {
        pages.pop();
    }
    pages
}

/// Whether every page of `pdf` is A4 landscape (842 × 595 pt).
pub(crate) fn a4_landscape(pdf: &Path) -> Vec<bool> {
    let bytes = std::fs::read(pdf).unwrap();
    String::from_utf8_lossy(&bytes)
        .split("/MediaBox [")
        .skip(1)
        .map(|rest| {
            let n: Vec<f32> = rest
                .split(']')
                .next()
                .unwrap()
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            n.len() == 4 && (n[2] - 841.9).abs() < 1.0 && (n[3] - 595.0).abs() < 1.0
        })
        .collect()
}

#[test]
fn a_book_prints_on_a4_landscape_each_sop_from_a_new_sheet() {
    let Some(chrome) = chromium() else { return };
    // A unit with several SOPs (a revoked one among them).
    let site = fixture("valid/bentuk-nyata");
    let out = &shared_build("bentuk-nyata", &site, &[]).out;
    let sops = sops_of(&site);
    let first = sops
        .iter()
        .find(|s| s.path == "rs-paru-jember/rujukan-pasien")
        .unwrap();
    let book = book_of(&out.join(&first.path).join("index.html")).unwrap();
    let html = read(&book);
    let isi = daftar_isi(&html);
    assert!(isi.len() >= 3, "{isi:?}");
    let in_book: Vec<&Sop> = isi
        .iter()
        .map(|(_, t)| {
            sops.iter()
                .find(|s| s.nomor.as_ref().is_some_and(|n| t.contains(n.as_str())))
                .unwrap_or_else(|| panic!("{t}"))
                .as_ref()
        })
        .collect();
    let scratch = TempDir::new("buku-pdf");
    let pdf = scratch.path().join("buku.pdf");
    print_pdf(
        &chrome,
        &scratch.path().join("profile"),
        &file_url(&book),
        &pdf,
    );
    let sheets = a4_landscape(&pdf);
    assert!(
        sheets.iter().all(|&a4| a4),
        "not all A4 landscape: {sheets:?}"
    );
    let pages = pdf_pages_text(&pdf);
    assert_eq!(pages.len(), sheets.len());
    // The cover alone on the first sheet, the daftar isi on the next.
    assert!(
        pages[0].contains("Standar Operasional Prosedur"),
        "{}",
        pages[0]
    );
    assert!(!pages[0].contains("Daftar Isi"), "{}", pages[0]);
    assert!(pages[1].contains("Daftar Isi"), "{}", pages[1]);
    // Each SOP: its form's first sheet (where its number is) comes after
    // the sheet of the last step of the SOP before it; its nama and its
    // last step are on paper.
    let mut after = 1;
    for (k, sop) in in_book.into_iter().enumerate() {
        let nomor = sop.nomor.as_deref().unwrap();
        // Not begun on the sheet where the SOP before it ends (the daftar
        // isi, before the first, lists every number).
        assert!(
            k == 0 || !pages[after].contains(nomor),
            "{}: begins on the sheet of the SOP before it",
            sop.path
        );
        let start = (after + 1..pages.len())
            .find(|&k| pages[k].contains(nomor))
            .unwrap_or_else(|| panic!("{nomor} not printed after sheet {}", after + 1));
        // The form prints the nama in capitals.
        assert!(
            pages[start]
                .to_lowercase()
                .contains(&collapse(&sop.nama).to_lowercase()),
            "{}: nama not on its first sheet",
            sop.path
        );
        let last = collapse(&sop.langkah.last().unwrap().kegiatan);
        let tail: String = last
            .chars()
            .rev()
            .take(30)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let end = (start..pages.len())
            .find(|&k| pages[k].contains(&tail))
            .unwrap_or_else(|| panic!("{}: last step \"{last}\" not printed", sop.path));
        after = end;
    }
}
