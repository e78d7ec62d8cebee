//! The flowchart as a real browser draws it: in headless Chromium, every
//! row is as tall as laid out, no text overflows its cell, every symbol
//! sits in its step's row and lane, no page of the procedure is taller
//! than a printed A4 landscape page; printed, every page is A4 landscape
//! and the branch labels ("Ya", "Tidak") are at least 7 pt on paper.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::browser::{chromium, dump_dom_sized, file_url, print_pdf};
use crate::common::*;

const MEASURE: &str = include_str!("../browser/measure.js");

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
    // that its relative links (CSS, fonts) still resolve; named after the
    // test's scratch folder, as tests measure the same pages side by side.
    let html = std::fs::read_to_string(page).unwrap();
    let probe = page.with_file_name(format!(
        "ukur-{}.html",
        scratch.path().file_name().unwrap().to_str().unwrap()
    ));
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

/// The example catalogue built once for the tests here that measure its
/// pages: theirs, not the suite's read-only `example_site()`, as they put
/// their probe pages beside the pages.
fn example() -> &'static Path {
    &shared_build("contoh-peramban", &repo(), &[]).out
}

/// The SOPs' own pages (not the printed books, which hold their forms too).
fn sop_pages(out: &Path) -> Vec<std::path::PathBuf> {
    let mut pages: Vec<_> = walkdir::WalkDir::new(out)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "index.html"))
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("class=\"halaman-sop ")
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn seed_flowcharts_line_up_with_their_rows_in_chromium() {
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-seeds");
    let pages = sop_pages(example());
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
    for page in sop_pages(example()).iter().take(2) {
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
    for page in sop_pages(example()) {
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

/// A word of a PDF as poppler places it (`pdftotext -bbox`), in pt.
#[derive(Debug, Clone)]
struct PdfWord {
    page: usize,
    text: String,
    x_min: f32,
    y_min: f32,
    y_max: f32,
}

impl PdfWord {
    fn height(&self) -> f32 {
        self.y_max - self.y_min
    }
}

/// Every word of `pdf`, by `pdftotext -bbox` (poppler-utils).
fn pdf_words(pdf: &Path) -> Vec<PdfWord> {
    let out = match std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "pdftotext is needed for the print tests: install Debian's `poppler-utils`, or set SOPGEN_SKIP_BROWSER=1 to skip them"
        ),
        Err(e) => panic!("cannot run pdftotext: {e}"),
    };
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let xml = String::from_utf8_lossy(&out.stdout);
    let attr = |tag: &str, name: &str| -> f32 {
        let at = tag.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
        tag[at..].split('"').next().unwrap().parse().expect(name)
    };
    let mut words = Vec::new();
    for (page, chunk) in xml.split("<page ").skip(1).enumerate() {
        for w in chunk.split("<word ").skip(1) {
            let (tag, rest) = w.split_once('>').unwrap();
            let tag = &format!(" {tag}");
            let text = rest.split("</word>").next().unwrap();
            words.push(PdfWord {
                page,
                text: text
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&"),
                x_min: attr(tag, "xMin"),
                y_min: attr(tag, "yMin"),
                y_max: attr(tag, "yMax"),
            });
        }
    }
    words
}

/// The words of the flowchart's branch labels in a printed page, one entry
/// a word of a label: the smallest box poppler reports for it. (Chromium
/// draws a label twice, its white halo and its ink, in fonts whose boxes
/// differ; both copies start at the same x and overlap.)
fn printed_labels(words: &[PdfWord], label_words: &BTreeSet<String>) -> Vec<PdfWord> {
    let mut labels: Vec<PdfWord> = Vec::new();
    for w in words.iter().filter(|w| label_words.contains(&w.text)) {
        let same = labels.iter_mut().find(|l| {
            l.page == w.page
                && l.text == w.text
                && (l.x_min - w.x_min).abs() < 0.05
                && l.y_min < w.y_max
                && w.y_min < l.y_max
        });
        match same {
            Some(l) if w.height() < l.height() => *l = w.clone(),
            Some(_) => {}
            None => labels.push(w.clone()),
        }
    }
    labels
}

/// The branch labels an SOP's decisions carry, from its `sop.json`: "Ya"
/// and "Tidak", or the step's own `label_ya` / `label_tidak`.
fn branch_labels(page: &Path) -> BTreeSet<String> {
    let json = std::fs::read_to_string(page.with_file_name("sop.json")).unwrap();
    let sop: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut labels = BTreeSet::new();
    for step in sop["data"]["langkah"].as_array().unwrap() {
        if step.get("tidak").is_some() {
            for (key, default) in [("label_ya", "Ya"), ("label_tidak", "Tidak")] {
                labels.insert(step[key].as_str().unwrap_or(default).to_string());
            }
        }
    }
    labels
}

/// The `<text>` elements of an SOP page's flowcharts that show one of
/// `labels`.
fn label_elements(html: &str, labels: &BTreeSet<String>) -> Vec<(String, String)> {
    html.split("<text ")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find("</text>")?;
            let element = &rest[..end];
            let (_, text) = element.split_once('>')?;
            let text = text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            labels
                .contains(&text)
                .then(|| (format!("<text {element}</text>"), text))
        })
        .collect()
}

/// `element` (a tag) with attribute `name` set to `value`.
fn with_attr(element: &str, name: &str, value: &str) -> String {
    let at = element
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("{name} in {element}"))
        + name.len()
        + 3;
    let end = at + element[at..].find('"').unwrap();
    format!("{}{value}{}", &element[..at], &element[end..])
}

/// `label` at `size` px with its baseline at (200, `y`): in the middle, so
/// that a label anchored at its end shows too.
fn label_at(label: &str, size: u32, y: u32) -> String {
    let moved = with_attr(&with_attr(label, "x", "200"), "y", &y.to_string());
    with_attr(&moved, "font-size", &size.to_string())
}

/// Poppler's box height per pt of printed font size for text drawn as a
/// flowchart label is: prints, beside `page`, a page holding the label
/// element itself at 16 and 24 CSS px (12 and 18 pt; a page this small
/// prints unscaled) and divides.
fn label_box_per_pt(
    chrome: &Path,
    page: &Path,
    (label, text): &(String, String),
    scratch: &TempDir,
) -> f32 {
    let html = std::fs::read_to_string(page).unwrap();
    let head = &html[..html.find("</head>").expect("a head")];
    let svg_open = &html[html.find("<svg class=\"sop-flow\"").expect("a flowchart")..];
    let font = svg_open[..svg_open.find('>').unwrap()]
        .split(" font-family=\"")
        .nth(1)
        .and_then(|f| f.split('"').next())
        .unwrap_or("sans-serif");
    let calibration = format!(
        "{head}</head><body><svg class=\"sop-flow\" width=\"400\" height=\"120\" viewBox=\"0 0 400 120\" font-family=\"{font}\">{}{}</svg></body></html>",
        label_at(label, 16, 40),
        label_at(label, 24, 100),
    );
    let probe = page.with_file_name("kalibrasi.html");
    std::fs::write(&probe, calibration).unwrap();
    let pdf = scratch.path().join("kalibrasi.pdf");
    let _ = std::fs::remove_file(&pdf);
    print_pdf(
        chrome,
        &scratch.path().join("profile-kalibrasi"),
        &file_url(&probe),
        &pdf,
    );
    let words: BTreeSet<String> = text.split_whitespace().map(String::from).collect();
    let labels = printed_labels(&pdf_words(&pdf), &words);
    // The 12 pt line above, the 18 pt line 45 pt below it.
    let top = labels.iter().map(|l| l.y_min).fold(f32::INFINITY, f32::min);
    let band = |upper: bool| {
        labels
            .iter()
            .filter(|l| (l.y_min < top + 20.0) == upper)
            .map(PdfWord::height)
            .fold(f32::INFINITY, f32::min)
    };
    assert_eq!(
        labels.len(),
        2 * words.len(),
        "the calibration page: {labels:?}"
    );
    let (at12, at18) = (band(true) / 12.0, band(false) / 18.0);
    assert!(
        (at12 - at18).abs() < 0.02 * at18,
        "label boxes grow with the font size: {at12} and {at18} a pt"
    );
    (at12 + at18) / 2.0
}

/// An SOP whose decisions carry their own branch labels.
const OWN_LABELS: &str = r#"+++
nama = "Rujukan Pasien"
pelaksana = ["Dokter Jaga", "Perawat"]

[[langkah]]
kegiatan = "Memeriksa pasien"
pelaksana = "Dokter Jaga"

[[langkah]]
kegiatan = "Menilai apakah pasien stabil untuk dirujuk"
pelaksana = "Dokter Jaga"
tidak = 4
label_ya = "Stabil"
label_tidak = "Belum stabil"

[[langkah]]
kegiatan = "Mengantar pasien"
pelaksana = "Perawat"
lanjut = 5

[[langkah]]
kegiatan = "Menstabilkan kondisi pasien"
pelaksana = ["Dokter Jaga", "Perawat"]
lanjut = 2

[[langkah]]
kegiatan = "Mencatat rujukan"
pelaksana = "Perawat"
+++
"#;

/// Printed as a user prints it (A4 landscape, from Chromium), every branch
/// label of every flowchart ("Ya", "Tidak", or a step's own) of the seeds
/// and of an SOP with its own labels is at least 7 pt: read in a paper copy.
#[test]
fn printed_branch_labels_are_at_least_7pt() {
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-label-print");
    let own = TempDir::new("flow-label-site");
    own.write("content/rujukan.md", OWN_LABELS);
    let mut pages = Vec::new();
    for (name, root) in [("contoh", repo()), ("label", own.path().to_path_buf())] {
        let out = scratch.path().join(name);
        let run = sopgen(&[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        pages.extend(sop_pages(&out));
    }
    let mut checked = 0;
    let mut smallest = f32::MAX;
    let mut small = Vec::new();
    for page in pages {
        let html = std::fs::read_to_string(&page).unwrap();
        let labels = branch_labels(&page);
        let elements = label_elements(&html, &labels);
        let Some(label) = elements.first() else {
            continue;
        };
        let per_pt = label_box_per_pt(&chrome, &page, label, &scratch);
        let pdf = scratch.path().join("sop.pdf");
        let _ = std::fs::remove_file(&pdf);
        print_pdf(
            &chrome,
            &scratch.path().join("profile-print"),
            &file_url(&page),
            &pdf,
        );
        let words: BTreeSet<String> = labels
            .iter()
            .flat_map(|l| l.split_whitespace().map(String::from))
            .collect();
        let printed = printed_labels(&pdf_words(&pdf), &words);
        let expected: usize = elements
            .iter()
            .map(|(_, text)| text.split_whitespace().count())
            .sum();
        assert!(
            printed.len() >= expected,
            "{}: {expected} label words in the flowcharts, {} found in the PDF",
            page.display(),
            printed.len()
        );
        for l in &printed {
            let pt = l.height() / per_pt;
            smallest = smallest.min(pt);
            checked += 1;
            if pt < 7.0 {
                small.push(format!(
                    "{}: \"{}\" on sheet {} is {pt:.2} pt",
                    page.strip_prefix(scratch.path()).unwrap().display(),
                    l.text,
                    l.page + 1
                ));
            }
        }
    }
    assert!(checked >= 8, "only {checked} labels printed");
    eprintln!("{checked} printed branch labels, the smallest {smallest:.2} pt");
    assert!(
        small.is_empty(),
        "branch labels printed under 7 pt:\n{}",
        small.join("\n")
    );
}

/// Injected into an SOP page: every branch label of its flowcharts as
/// Chromium lays it out (its box in the drawing's pixels, its font size),
/// with the attributes it was written with.
const LABEL_PROBE: &str = r#"
(async () => {
  await document.fonts.ready;
  const out = [];
  for (const svg of document.querySelectorAll('svg.sop-flow')) {
    const size = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
    for (const t of svg.querySelectorAll('.arrow text')) {
      const b = t.getBBox();
      const spans = [...t.querySelectorAll('tspan')].map((s) => s.textContent);
      out.push({
        x: parseFloat(t.getAttribute('x')),
        y: parseFloat(t.getAttribute('y')),
        end: t.getAttribute('text-anchor') === 'end',
        lines: spans.length ? spans : [t.textContent],
        box: [b.x, b.y, b.width, b.height],
        font: getComputedStyle(t).fontSize,
        size,
      });
    }
  }
  const pre = document.createElement('pre');
  pre.id = 'label-ukur';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
"#;

/// In Chromium, every branch label of the seeds and of the real-world
/// fixture is 11 px and lies inside the box the geometry measured for it
/// (the font's widths, caps and descenders, the italic's lean, the halo),
/// inside its drawing: so what the geometry tests prove of those boxes (no
/// label on a symbol or on another label) holds on screen.
#[test]
fn branch_labels_lie_where_the_geometry_measured_them() {
    use sopgen::flowchart::geometry::Label;
    let Some(chrome) = chromium() else { return };
    let scratch = TempDir::new("flow-label-box");
    let mut pages = Vec::new();
    for (name, root) in [
        ("contoh", repo()),
        ("bentuk", fixture("valid/bentuk-nyata")),
    ] {
        let out = scratch.path().join(name);
        let run = sopgen(&[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        pages.extend(sop_pages(&out));
    }
    let mut labels = 0;
    for page in pages {
        let html = std::fs::read_to_string(&page).unwrap();
        let probe = page.with_file_name("label.html");
        std::fs::write(
            &probe,
            html.replace("</body>", &format!("<script>{LABEL_PROBE}</script></body>")),
        )
        .unwrap();
        let dom = dump_dom_sized(
            &chrome,
            &scratch.path().join("profile"),
            &file_url(&probe),
            (1280, 900),
        );
        let json = dom
            .split("<pre id=\"label-ukur\">")
            .nth(1)
            .and_then(|s| s.split("</pre>").next())
            .unwrap_or_else(|| panic!("no labels measured in {}", page.display()))
            .replace("&quot;", "\"")
            .replace("&gt;", ">")
            .replace("&lt;", "<")
            .replace("&amp;", "&");
        let found: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        for l in found {
            let here = format!("{}: {l}", page.display());
            let num = |v: &serde_json::Value| v.as_f64().unwrap() as f32;
            let label = Label {
                lines: l["lines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
                x: num(&l["x"]),
                y: num(&l["y"]),
                end: l["end"].as_bool().unwrap(),
            };
            assert_eq!(l["font"], "11px", "{here}");
            let b: Vec<f32> = l["box"].as_array().unwrap().iter().map(num).collect();
            let r = label.rect();
            let tol = 0.5;
            assert!(
                b[0] >= r.x - tol
                    && b[0] + b[2] <= r.right() + tol
                    && b[1] >= r.y - tol
                    && b[1] + b[3] <= r.bottom() + tol,
                "{here}: drawn at {b:?}, measured {r:?}"
            );
            let size: Vec<f32> = l["size"].as_array().unwrap().iter().map(num).collect();
            assert!(
                b[0] >= 0.0
                    && b[0] + b[2] <= size[0] + 1.0
                    && b[1] >= 0.0
                    && b[1] + b[3] <= size[1] + 1.0,
                "{here}: the label leaves its drawing"
            );
            labels += 1;
        }
    }
    assert!(labels >= 20, "only {labels} labels");
}
