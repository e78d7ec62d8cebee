//! The flowchart as a real browser draws it: in headless Chromium, every
//! row is as tall as laid out, no text overflows its cell, every symbol
//! sits in its step's row and lane, no page of the procedure is taller
//! than a printed A4 landscape page; printed, every page is A4 landscape.

mod common;

use std::path::Path;

use common::browser::{chromium, dump_dom_sized, file_url, print_pdf};
use common::*;

const MEASURE: &str = include_str!("browser/measure.js");

#[derive(Debug)]
struct Measured {
    font: bool,
    rows: usize,
    symbols: usize,
    pages: usize,
    problems: Vec<String>,
}

fn measure(chrome: &Path, page: &Path, scratch: &TempDir) -> Measured {
    measure_at(chrome, page, scratch, (1280, 900))
}

fn measure_at(chrome: &Path, page: &Path, scratch: &TempDir, window: (u32, u32)) -> Measured {
    // A copy of the page with the measuring script, beside the original so
    // that its relative links (CSS, fonts) still resolve.
    let html = std::fs::read_to_string(page).unwrap();
    let probe = page.with_file_name("ukur.html");
    std::fs::write(
        &probe,
        html.replace("</body>", &format!("<script>{MEASURE}</script></body>")),
    )
    .unwrap();
    let dom = dump_dom_sized(
        chrome,
        &scratch.path().join("profile"),
        &file_url(&probe),
        window,
    );
    let json = dom
        .rsplit("<pre id=\"hasil-ukur\">")
        .next()
        .filter(|_| dom.contains("<pre id=\"hasil-ukur\">"))
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("no measurements from {}", page.display()));
    let json = json
        .replace("&quot;", "\"")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&amp;", "&");
    let v: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    Measured {
        font: v["font"].as_bool().unwrap(),
        rows: v["rows"].as_u64().unwrap() as usize,
        symbols: v["symbols"].as_u64().unwrap() as usize,
        pages: v["pages"].as_u64().unwrap() as usize,
        problems: v["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect(),
    }
}

fn sop_pages(out: &Path) -> Vec<std::path::PathBuf> {
    let mut pages: Vec<_> = walkdir::WalkDir::new(out)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "index.html"))
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("class=\"sop-flow\"")
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn seed_flowcharts_line_up_with_their_rows_in_chromium() {
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-seeds");
    let out = scratch.path().join("public");
    let run = sopgen(&["build", "--output", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = sop_pages(&out);
    assert_eq!(pages.len(), 5);
    for page in pages {
        let m = measure(&chrome, &page, &scratch);
        assert!(m.font, "{}: the theme font did not load", page.display());
        assert!(
            m.rows >= 7 && m.symbols >= m.rows && m.pages >= 1,
            "{}: {m:?}",
            page.display()
        );
        assert!(
            m.problems.is_empty(),
            "{}: {:#?}",
            page.display(),
            m.problems
        );
    }
}

#[test]
fn at_phone_width_the_table_scrolls_in_its_frame_not_the_page() {
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-phone");
    let out = scratch.path().join("public");
    assert_eq!(
        sopgen(&["build", "--output", out.to_str().unwrap()]).code,
        0
    );
    for page in sop_pages(&out).iter().take(2) {
        let m = measure_at(&chrome, page, &scratch, (390, 844));
        assert!(
            m.problems.is_empty(),
            "{}: {:#?}",
            page.display(),
            m.problems
        );
    }
}

/// A stress SOP: many lanes, long texts, lists, many steps and loops.
fn stress_sop(lanes: usize, steps: usize, words: usize) -> String {
    let actors: Vec<String> = (0..lanes)
        .map(|i| format!("Kepala Sub Bagian Perencanaan {i}"))
        .collect();
    let mut s = format!(
        "+++\nnama = \"Uji {lanes} pelaksana {steps} langkah\"\npelaksana = [{}]\n",
        actors
            .iter()
            .map(|a| format!("\"{a}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let text = |n: usize, seed: usize| {
        let pool = [
            "menyusun",
            "laporan",
            "kinerja",
            "pengumpulan",
            "data",
            "diverifikasi",
            "oleh",
            "Kepala",
            "Bidang",
            "Perencanaan",
            "Pembangunan",
            "Daerah,",
            "sesuai",
            "ketentuan",
            "peraturan",
            "perundang-undangan",
            "yang",
            "berlaku",
            "Memverifikasi-kelengkapan-berkas-permohonan-izin-usaha",
        ];
        (0..n)
            .map(|k| pool[(k * 7 + seed * 3) % pool.len()])
            .collect::<Vec<_>>()
            .join(" ")
    };
    for i in 0..steps {
        s.push_str(&format!(
            "\n[[langkah]]\nkegiatan = \"{}\"\npelaksana = [\"{}\"{}]\nkelengkapan = [\"{}\", \"{}\"]\nwaktu = \"{} menit\"\noutput = \"{}\"\nketerangan = \"x {}\"\n",
            text(3 + (i * 5 + words) % words.max(1), i),
            actors[i % lanes],
            if i % 4 == 1 && lanes > 1 { format!(", \"{}\"", actors[(i + 2) % lanes]) } else { String::new() },
            text(2 + i % 5, i + 1),
            text(1 + i % 3, i + 2),
            10 + i,
            text(2 + i % 7, i + 3),
            text(i % 4, i + 4),
        ));
        if i >= 2 && i % 5 == 3 {
            s.push_str(&format!("tidak = {}\n", i - 1 - i % 3));
        }
    }
    s.push_str("+++\n");
    s
}

#[test]
fn stress_flowcharts_line_up_and_fit_printed_pages() {
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-stress");
    let site = TempDir::new("flow-stress-site");
    for (lanes, steps, words) in [
        (1, 6, 40),
        (3, 25, 30),
        (6, 40, 12),
        (12, 60, 25),
        (12, 8, 60),
    ] {
        site.write(
            &format!("content/uji-{lanes}-{steps}.md"),
            stress_sop(lanes, steps, words),
        );
    }
    let out = scratch.path().join("public");
    let run = sopgen(&[
        "build",
        "--root",
        site.path().to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in sop_pages(&out) {
        let m = measure(&chrome, &page, &scratch);
        assert!(
            m.problems.is_empty(),
            "{}: {:#?}",
            page.display(),
            m.problems
        );
        assert!(m.rows > 0);
    }
}

/// Pages of a PDF and whether each is A4 landscape (842 × 595 pt).
fn pdf_pages(pdf: &Path) -> Vec<bool> {
    let bytes = std::fs::read(pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.split("/MediaBox [")
        .skip(1)
        .map(|rest| {
            let nums: Vec<f32> = rest
                .split(']')
                .next()
                .unwrap()
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            nums.len() == 4 && (nums[2] - 841.9).abs() < 1.0 && (nums[3] - 595.0).abs() < 1.0
        })
        .collect()
}

#[test]
fn seeds_print_on_a4_landscape_one_procedure_page_a_sheet() {
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-print");
    let out = scratch.path().join("public");
    assert_eq!(
        sopgen(&["build", "--output", out.to_str().unwrap()]).code,
        0
    );
    for page in sop_pages(&out) {
        let pdf = scratch.path().join("cetak.pdf");
        let _ = std::fs::remove_file(&pdf);
        print_pdf(
            &chrome,
            &scratch.path().join("profile-print"),
            &file_url(&page),
            &pdf,
        );
        let sheets = pdf_pages(&pdf);
        assert!(
            sheets.iter().all(|&a4| a4),
            "{}: not all pages are A4 landscape",
            page.display()
        );
        let procedure_pages = std::fs::read_to_string(&page)
            .unwrap()
            .matches("class=\"halaman-prosedur\"")
            .count();
        // The form's first page, one sheet per procedure page, the notes.
        assert_eq!(
            sheets.len(),
            1 + procedure_pages + 1,
            "{}: {} sheets",
            page.display(),
            sheets.len()
        );
    }
}
