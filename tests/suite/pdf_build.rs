//! `sopgen build --pdf` (issue 18 item 4): a PDF of every SOP page and of
//! every printed book, printed by headless Chromium into the output, each
//! A4 landscape and holding its SOP's text; the pages link them ("Unduh
//! PDF"); a rebuild prints only the pages whose HTML changed and copies the
//! rest from `.sopgen-cache/pdf`; without Chromium the build fails naming
//! the package and leaves the previous output as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::buku::{a4_landscape, collapse, daftar_isi, pdf_pages_text, read, sops_of, text};
use crate::bundle::unzip;
use crate::common::browser::chromium;
use crate::common::*;

/// A copy of the example catalogue to build (the build writes its cache
/// into the site folder).
fn example_copy(label: &str) -> TempDir {
    let site = TempDir::new(label);
    copy_dir(&repo().join("content"), &site.path().join("content"));
    std::fs::copy(repo().join("sopgen.toml"), site.path().join("sopgen.toml")).unwrap();
    site
}

/// `(printed, unchanged)` from the build's "PDFs: N printed, M unchanged"
/// line.
fn counts(stdout: &str) -> (usize, usize) {
    let line = stdout
        .lines()
        .find(|l| l.starts_with("PDFs: "))
        .unwrap_or_else(|| panic!("no PDF line in:\n{stdout}"));
    let number = |after: &str| -> usize {
        let at = line.find(after).unwrap_or_else(|| panic!("{line}")) + after.len();
        line[at..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    (number("PDFs: "), number("printed, "))
}

/// The href of the "Unduh PDF" link of the page at `page`, as a file.
fn pdf_link(page: &Path) -> Option<PathBuf> {
    let html = read(page);
    let at = html.find(">Unduh PDF</a>")?;
    let a = &html[html[..at].rfind("<a ").unwrap()..at];
    let href = a
        .split("href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let file = page.parent().unwrap().join(href);
    Some(std::fs::canonicalize(&file).unwrap_or(file))
}

/// Every page that has a PDF (SOP pages and books), with its HTML.
fn printed_pages(out: &Path) -> BTreeMap<PathBuf, String> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "index.html"))
        .map(|p| {
            let html = read(&p);
            (p, html)
        })
        .filter(|(_, html)| {
            html.contains("class=\"halaman-sop ") || html.contains("halaman-cetak halaman-buku")
        })
        .collect()
}

/// The page numbers `build --pdf` wrote into a book's daftar isi: one a
/// line, rising, each the PDF page where that SOP's form begins (its nama
/// is there, and the page before it is not the SOP's).
fn assert_pages_numbered(html: &str, pdf: &Path) {
    let numbers: Vec<usize> = html
        .split("data-halaman=\"sop-")
        .skip(1)
        .map(|rest| {
            let n = &rest[rest.find('>').unwrap() + 1..rest.find("</span>").unwrap()];
            n.parse()
                .unwrap_or_else(|_| panic!("{}: no page number: {n:?}", pdf.display()))
        })
        .collect();
    let forms = forms(html);
    assert_eq!(numbers.len(), forms.len());
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
    let pages = pdf_pages_text(pdf);
    // The cover, then the daftar isi, before the first SOP.
    assert!(numbers[0] >= 3, "{numbers:?}");
    assert!(*numbers.last().unwrap() <= pages.len());
    for (n, (nama, _)) in numbers.iter().zip(&forms) {
        let sheet = pages[n - 1].to_lowercase();
        assert!(
            sheet.contains(&nama.to_lowercase()) && sheet.contains("nomor sop"),
            "{}: page {n} is not where \"{nama}\" begins:\n{sheet}",
            pdf.display()
        );
    }
}

/// Each SOP form of a page: its nama (the `<h1>`) and the kegiatan of its
/// last step (the procedure table's last row), as text.
fn forms(html: &str) -> Vec<(String, String)> {
    html.split("<article class=\"sop\"")
        .skip(1)
        .map(|form| {
            let cell = |from: &str| {
                let at = from.find('>').unwrap() + 1;
                text(&from[at..at + from[at..].find("</").unwrap()])
            };
            let h1 = &form[form.find("<h1").unwrap()..];
            let last = &form[form.rfind("<td class=\"kol-kegiatan\"").unwrap()..];
            let last = &last[..last.find("</td>").unwrap()];
            // What screen readers alone get is not printed.
            let last = last.split("<span class=\"sr-only\"").next().unwrap();
            (cell(h1), text(&last[last.find('>').unwrap() + 1..]))
        })
        .collect()
}

#[test]
fn build_pdf_prints_every_sop_and_book_and_reprints_only_what_changed() {
    if chromium().is_none() {
        return;
    }
    let site = example_copy("pdf-build");
    let out = site.path().join("public");
    let run = sopgen_in(site.path(), &["build", "--pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = printed_pages(&out);
    let sops = sops_of(site.path());
    let books: Vec<_> = pages
        .keys()
        .filter(|p| p.starts_with(out.join("cetak")))
        .collect();
    assert_eq!(pages.len() - books.len(), sops.len(), "one page per SOP");
    assert!(books.len() >= 5, "a book per instansi at least: {books:?}");
    assert_eq!(counts(&run.stdout), (pages.len(), 0), "{}", run.stdout);

    // Every page links its PDF, which is there, A4 landscape on every
    // sheet, and holds what the page shows.
    for (page, html) in &pages {
        let pdf = pdf_link(page).unwrap_or_else(|| panic!("{}: no Unduh PDF", page.display()));
        assert!(
            pdf.is_file(),
            "{}: {} missing",
            page.display(),
            pdf.display()
        );
        let sheets = a4_landscape(&pdf);
        assert!(
            !sheets.is_empty() && sheets.iter().all(|&a4| a4),
            "{}: {sheets:?}",
            pdf.display()
        );
        // Each form on the page (one on an SOP page, one per SOP in a
        // book): its nama and its last step's kegiatan are on paper.
        let text = pdf_pages_text(&pdf).join(" ").to_lowercase();
        let forms = forms(html);
        assert!(!forms.is_empty(), "{}", page.display());
        if html.contains("halaman-buku") {
            assert_eq!(forms.len(), daftar_isi(html).len(), "{}", page.display());
            assert_pages_numbered(html, &pdf);
        } else {
            assert_eq!(forms.len(), 1);
            assert!(sops.iter().any(|s| collapse(&s.nama) == forms[0].0));
        }
        for (nama, last) in forms {
            let tail: String = {
                let c: Vec<char> = last.chars().collect();
                c[c.len().saturating_sub(30)..].iter().collect()
            };
            assert!(
                text.contains(&nama.to_lowercase()),
                "{}: nama \"{nama}\" not in the PDF",
                pdf.display()
            );
            assert!(
                text.contains(&tail.to_lowercase()),
                "{}: last step \"{last}\" not in the PDF",
                pdf.display()
            );
        }
    }
    let kept = site.path().join(".sopgen-cache/pdf");
    assert_eq!(std::fs::read_dir(&kept).unwrap().count(), pages.len());

    // Nothing changed: nothing printed, the same PDFs.
    let before = snapshot(&out);
    let run = sopgen_in(site.path(), &["build", "--pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(counts(&run.stdout), (0, pages.len()), "{}", run.stdout);
    assert_eq!(snapshot(&out), before);

    // One step's text edited: printed are exactly the pages whose HTML
    // changed (that SOP's and its books'), the rest copied unchanged.
    let sop = &sops[0];
    let file = site.path().join("content").join(format!("{}.md", sop.path));
    let old = &sop.langkah.last().unwrap().kegiatan;
    let new = "Menyerahkan laporan akhir kepada pimpinan untuk diarsipkan";
    let source = read(&file);
    assert!(source.contains(old.as_str()), "{}", file.display());
    std::fs::write(&file, source.replace(old.as_str(), new)).unwrap();
    let run = sopgen_in(site.path(), &["build", "--pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = printed_pages(&out);
    let changed: Vec<_> = after
        .iter()
        .filter(|(p, h)| pages.get(*p) != Some(*h))
        .collect();
    assert!(changed.len() >= 2, "the SOP and its book(s): {changed:?}");
    assert_eq!(
        counts(&run.stdout),
        (changed.len(), pages.len() - changed.len()),
        "{}",
        run.stdout
    );
    for page in after.keys() {
        let pdf = pdf_link(page).unwrap();
        let old_pdf = &before
            .iter()
            .find(|(rel, _)| std::fs::canonicalize(out.join(rel)).unwrap() == pdf)
            .unwrap()
            .1;
        let is_changed = changed.iter().any(|(p, _)| p == &page);
        assert_eq!(
            &std::fs::read(&pdf).unwrap() != old_pdf,
            is_changed,
            "{}: reprinted only when its page changed",
            pdf.display()
        );
        if is_changed {
            let text = pdf_pages_text(&pdf).join(" ");
            assert!(
                text.contains(new),
                "{}: the edit is not printed",
                pdf.display()
            );
        }
    }
    // The kept PDFs are those of this build.
    assert_eq!(std::fs::read_dir(&kept).unwrap().count(), pages.len());
}

#[test]
fn without_chromium_the_build_fails_naming_the_package_and_keeps_the_output() {
    let site = example_copy("pdf-tanpa-chromium");
    let out = site.path().join("public");
    let run = sopgen_in(site.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = snapshot(&out);
    for lang in ["id", "en"] {
        let out_run = std::process::Command::new(env!("CARGO_BIN_EXE_sopgen"))
            .args(["build", "--pdf", "--color=never"])
            .current_dir(site.path())
            .env("SOPGEN_CHROMIUM", "/tidak/ada/chromium")
            .env("SOPGEN_LANG", lang)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out_run.stderr);
        assert!(!out_run.status.success(), "{stderr}");
        assert!(stderr.contains("chromium"), "{stderr}");
        assert!(stderr.contains("apt install chromium"), "{stderr}");
        assert_eq!(snapshot(&out), before, "the previous output is untouched");
    }
}

#[test]
fn without_pdf_no_pdf_is_made_or_linked() {
    let built = example_site();
    for (page, html) in printed_pages(&built.out) {
        assert!(!html.contains("Unduh PDF"), "{}", page.display());
    }
    let pdfs = walkdir::WalkDir::new(&built.out)
        .into_iter()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "pdf")
        })
        .count();
    assert_eq!(pdfs, 0);
}

#[test]
fn bundle_pdf_holds_the_pdf_of_every_page_linked_from_disk() {
    if chromium().is_none() {
        return;
    }
    let site = example_copy("pdf-bundle");
    let zip = site.path().join("tinjau.zip");
    let run = sopgen_in(
        site.path(),
        &["bundle", "--pdf", "--output", zip.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (printed, kept) = counts(&run.stdout);
    assert!(printed > 0 && kept == 0, "{}", run.stdout);
    // The site's PDFs and the bundle's are kept apart: building one does
    // not drop the other's, and a second run of each prints nothing.
    let build = sopgen_in(site.path(), &["build", "--pdf"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(counts(&build.stdout).0 > 0);
    let again = sopgen_in(
        site.path(),
        &[
            "bundle",
            "--pdf",
            "--force",
            "--output",
            zip.to_str().unwrap(),
        ],
    );
    assert_eq!(counts(&again.stdout), (0, printed), "{}", again.stdout);
    let build = sopgen_in(site.path(), &["build", "--pdf"]);
    assert_eq!(counts(&build.stdout).0, 0, "{}", build.stdout);
    let place = site.path().join("buka");
    unzip(&zip, &place);
    let out = place.join("tinjau");
    let pages = printed_pages(&out);
    // The SOPs, every instansi's and unit's book, and the book of all.
    assert!(pages.len() > sops_of(site.path()).len() + 5);
    assert!(pages.keys().any(|p| p.ends_with("cetak/semua/index.html")));
    for (page, html) in &pages {
        // Links from disk name the file; each leads to a PDF in the zip.
        let pdf = pdf_link(page).unwrap_or_else(|| panic!("{}: no Unduh PDF", page.display()));
        assert!(pdf.is_file(), "{}: {}", page.display(), pdf.display());
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
        let sheets = a4_landscape(&pdf);
        assert!(!sheets.is_empty() && sheets.iter().all(|&a4| a4));
        let text = pdf_pages_text(&pdf).join(" ").to_lowercase();
        for (nama, _) in forms(html) {
            assert!(
                text.contains(&nama.to_lowercase()),
                "{}: {nama}",
                pdf.display()
            );
        }
    }
}

#[test]
fn a_book_of_several_sops_numbers_its_daftar_isi_by_the_pdf() {
    if chromium().is_none() {
        return;
    }
    let site = TempDir::new("pdf-halaman");
    copy_dir(&fixture("valid/bentuk-nyata"), site.path());
    let run = sopgen_in(site.path(), &["build", "--pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = site.path().join("public");
    let mut books = 0;
    for (page, html) in printed_pages(&out) {
        if html.contains("halaman-buku") && forms(&html).len() >= 3 {
            let pdf = pdf_link(&page).unwrap();
            assert_pages_numbered(&html, &pdf);
            books += 1;
        }
    }
    assert!(
        books >= 2,
        "an instansi's and a unit's book of several SOPs"
    );
}
