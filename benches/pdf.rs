//! `cargo bench --bench pdf`: how long `sopgen build --pdf` takes (issue 18)
//! on a generated catalogue of 100 SOPs (crates/sopgen-synth): from cold
//! (no `.sopgen-cache/`), again with nothing changed, and after one step of
//! one SOP is reworded. Prints a table with the three times, the counts of
//! the build's "PDFs: …" line, the number and total size of the PDFs, and
//! the site built without `--pdf` for comparison; writes them, with the
//! date, the machine and the commit, to benches/hasil/pdf.md
//! (`BENCH_HASIL=FILE` elsewhere).
//!
//! It also checks what the cache promises, as counted from the catalogue:
//! the cold build prints every published SOP and every book; the rebuild
//! with nothing changed prints none; the rebuild after the edit prints that
//! SOP and the books holding it (its instansi's and its unit's), and only
//! those. A miss stops the benchmark.
//!
//!     cargo bench --bench pdf
//!     BENCH_PDF=300 cargo bench --bench pdf      # another number of SOPs
//!     BENCH_DIR=/dev/shm cargo bench --bench pdf # scratch folder
//!
//! Needs Chromium (Debian's `chromium`, or `SOPGEN_CHROMIUM`); without it
//! the benchmark says so and stops, writing nothing. Each figure is one
//! run (not a median: printing is slow): wall-clock, of the release
//! binary, on whatever else the machine is doing.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use sopgen::content::Status;

const SOPGEN: &str = env!("CARGO_BIN_EXE_sopgen");

/// The seed of the generated catalogue (the one benches/build.rs uses).
const SEED: u64 = 2026;

/// The number of SOPs a plain `cargo bench --bench pdf` prints.
const DEFAULT_SOPS: usize = 100;

/// What one `sopgen build --pdf` did.
struct Run {
    took: Duration,
    /// From its "PDFs: N printed, M unchanged" line.
    printed: usize,
    unchanged: usize,
}

/// Runs `sopgen build` of `site` into `out`, with `--pdf` when `pdf`.
fn build(site: &Path, out: &Path, pdf: bool) -> (Duration, String) {
    let mut cmd = Command::new(SOPGEN);
    // The lines read below are the English ones.
    cmd.env("SOPGEN_LANG", "en")
        .args(["build", "--color=never", "--root"])
        .arg(site)
        .arg("--output")
        .arg(out);
    if pdf {
        cmd.arg("--pdf");
    }
    let started = Instant::now();
    let run = cmd.output().expect("run sopgen build");
    let took = started.elapsed();
    assert!(
        run.status.success(),
        "sopgen build{} failed:\n{}",
        if pdf { " --pdf" } else { "" },
        String::from_utf8_lossy(&run.stderr)
    );
    (took, String::from_utf8_lossy(&run.stdout).into_owned())
}

fn build_pdf(site: &Path, out: &Path) -> Run {
    let (took, stdout) = build(site, out, true);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("PDFs: "))
        .unwrap_or_else(|| panic!("no \"PDFs:\" line in the build's output:\n{stdout}"));
    // "3 printed, 12 unchanged (taken from .sopgen-cache/pdf) in 2.2 s"
    let count = |word: &str| -> usize {
        line.split(", ")
            .find_map(|part| {
                let mut words = part.split_whitespace();
                let n = words.next()?;
                (words.next()? == word).then(|| n.parse().ok())?
            })
            .unwrap_or_else(|| panic!("no count of \"{word}\" in \"PDFs: {line}\""))
    };
    Run {
        took,
        printed: count("printed"),
        unchanged: count("unchanged"),
    }
}

/// The PDFs under `dir`: how many, and their total size in bytes.
fn pdfs(dir: &Path) -> (usize, u64) {
    let mut n = 0;
    let mut bytes = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "pdf") {
                n += 1;
                bytes += e.metadata().unwrap().len();
            }
        }
    }
    (n, bytes)
}

/// What the catalogue of `site` says the PDFs are: how many (one per
/// published SOP, one per instansi and per unit with a published SOP that
/// is not a draft, as `cetak/` prints them), and the SOP to edit with the
/// books holding it.
struct Expected {
    total: usize,
    sops: usize,
    books: usize,
    /// The edited SOP's file, under the site folder.
    file: PathBuf,
    /// The books (instansi and unit) the edited SOP is in.
    its_books: usize,
}

fn expected(site: &Path) -> Expected {
    let built = sopgen::site::build(&sopgen::site::Options::new(site))
        .unwrap_or_else(|d| panic!("the generated catalogue does not build: {d:?}"))
        .built;
    let catalog = &built.catalog;
    let in_book = |i: usize| {
        let e = &catalog.entries[i];
        e.published && e.sop.status != Status::Draf
    };
    // A unit has a book of its own unless it is its instansi's only unit
    // and has no name.
    let own = |ins: &sopgen::indexes::InstansiIndex, u: &sopgen::indexes::UnitIndex| {
        ins.units.len() > 1 || u.nama.is_some()
    };
    let mut books = 0;
    for ins in &built.indexes.instansi {
        let printed = ins
            .units
            .iter()
            .filter(|u| u.sops.iter().any(|&i| in_book(i)));
        let units = printed.clone().filter(|u| own(ins, u)).count();
        books += units + usize::from(printed.count() > 0);
    }
    // An SOP in the middle of the catalogue that goes in the books.
    let candidates: Vec<usize> = catalog
        .published()
        .map(|(i, _)| i)
        .filter(|&i| in_book(i))
        .collect();
    let edited = candidates[candidates.len() / 2];
    let mut its_books = 0;
    for ins in &built.indexes.instansi {
        let holding = ins.units.iter().filter(|u| u.sops.contains(&edited));
        let units = holding.clone().filter(|u| own(ins, u)).count();
        its_books += units + usize::from(holding.count() > 0);
    }
    let sops = catalog.published().count();
    Expected {
        total: sops + books,
        sops,
        books,
        file: site
            .join("content")
            .join(format!("{}.md", catalog.entries[edited].sop.path)),
        its_books,
    }
}

/// Rewords the first step of the SOP in `file`.
fn edit_one_step(file: &Path) {
    let text = std::fs::read_to_string(file).unwrap();
    let edited = text.replacen("kegiatan = \"", "kegiatan = \"(Direvisi) ", 1);
    assert_ne!(text, edited, "{} has no step to edit", file.display());
    std::fs::write(file, edited).unwrap();
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not,
    // and must not start Chromium for minutes.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    if let Err(e) = sopgen::pdf::Printer::start() {
        eprintln!("sopgen pdf benchmark skipped: Chromium cannot be started here.\n  {e}");
        return;
    }
    let n: usize = std::env::var("BENCH_PDF")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_SOPS);
    let base = std::env::var_os("BENCH_DIR").map_or_else(std::env::temp_dir, PathBuf::from);
    let scratch = base.join(format!("sopgen-bench-pdf-{}", std::process::id()));
    let site = scratch.join("site");
    let out = scratch.join("out");
    eprintln!("sopgen pdf benchmark: {n} SOPs");
    sopgen_synth::write(&site, n, SEED).expect("generate");
    let want = expected(&site);
    eprintln!(
        "  {} PDFs to make: {} SOPs, {} books; edited later: {} (in {} books)",
        want.total,
        want.sops,
        want.books,
        want.file.strip_prefix(&site).unwrap().display(),
        want.its_books
    );

    let (plain, _) = build(&site, &scratch.join("plain"), false);
    let _ = std::fs::remove_dir_all(scratch.join("plain"));
    eprintln!("  without --pdf: {:.2} s", plain.as_secs_f64());

    let cold = build_pdf(&site, &out);
    let (files, bytes) = pdfs(&out);
    eprintln!(
        "  cold: {:.1} s, {} printed, {} unchanged; {files} PDFs, {:.1} MB",
        cold.took.as_secs_f64(),
        cold.printed,
        cold.unchanged,
        bytes as f64 / 1e6
    );
    let (kept, kept_bytes) = pdfs(&site.join(sopgen::cetak::SIMPANAN));

    let same = build_pdf(&site, &out);
    eprintln!(
        "  nothing changed: {:.1} s, {} printed, {} unchanged",
        same.took.as_secs_f64(),
        same.printed,
        same.unchanged
    );

    edit_one_step(&want.file);
    let edit = build_pdf(&site, &out);
    eprintln!(
        "  one step edited: {:.1} s, {} printed, {} unchanged",
        edit.took.as_secs_f64(),
        edit.printed,
        edit.unchanged
    );
    let (files_after, _) = pdfs(&out);
    let (kept_after, _) = pdfs(&site.join(sopgen::cetak::SIMPANAN));
    let _ = std::fs::remove_dir_all(&scratch);

    // What the cache promises, counted from the catalogue.
    let reprinted = 1 + want.its_books;
    assert_eq!(
        (cold.printed, cold.unchanged, files),
        (want.total, 0, want.total),
        "cold: every SOP and book printed, one PDF each"
    );
    assert_eq!(
        (kept, kept_bytes),
        (want.total, bytes),
        "cold: every PDF kept in {}",
        sopgen::cetak::SIMPANAN
    );
    assert_eq!(
        (same.printed, same.unchanged),
        (0, want.total),
        "nothing changed: nothing printed"
    );
    assert_eq!(
        (edit.printed, edit.unchanged, files_after),
        (reprinted, want.total - reprinted, want.total),
        "one step edited: that SOP and its {} books printed, no other",
        want.its_books
    );
    assert_eq!(
        kept_after, want.total,
        "after the edit, the cache keeps only what that build used"
    );

    let secs = |d: Duration| format!("{:.2} s", d.as_secs_f64());
    let mut table = String::new();
    let _ = writeln!(
        table,
        "| SOPs | PDFs (SOPs + books) | size of the PDFs | build without --pdf | --pdf from cold | --pdf, nothing changed | --pdf after one step edited |"
    );
    let _ = writeln!(table, "|---:|---:|---:|---:|---:|---:|---:|");
    let _ = writeln!(
        table,
        "| {n} | {files} ({} + {}) | {:.1} MB | {:.2} s | {} ({} printed) | {} ({} printed, {} unchanged) | {} ({} printed, {} unchanged) |",
        want.sops,
        want.books,
        bytes as f64 / 1e6,
        plain.as_secs_f64(),
        secs(cold.took),
        cold.printed,
        secs(same.took),
        same.printed,
        same.unchanged,
        secs(edit.took),
        edit.printed,
        edit.unchanged,
    );
    let mut lines = String::new();
    let _ = writeln!(
        lines,
        "each figure is one run, not a median, on a machine shared with other work: expect them to vary"
    );
    let _ = writeln!(
        lines,
        "cold: {:.2} s a PDF on average ({} PDFs printed)",
        cold.took.saturating_sub(plain).as_secs_f64() / cold.printed.max(1) as f64,
        cold.printed
    );
    let _ = writeln!(
        lines,
        "edited: {}, in {} books: {reprinted} printed as expected",
        want.file.strip_prefix(&site).unwrap().display(),
        want.its_books
    );
    let _ = writeln!(
        lines,
        "nothing changed: 0 printed as expected, {} copied from .sopgen-cache/pdf",
        same.unchanged
    );
    println!();
    print!("{table}");
    println!();
    print!("{lines}");
    let mut settings = vec![format!("BENCH_PDF={n}")];
    if let Some(dir) = std::env::var_os("BENCH_DIR") {
        settings.push(format!("BENCH_DIR={}", dir.to_string_lossy()));
    }
    common::write(&common::Results {
        name: "pdf",
        command: "cargo bench --bench pdf",
        settings,
        partial: (n != DEFAULT_SOPS).then(|| format!("{n} SOPs instead of {DEFAULT_SOPS}")),
        table: &table,
        lines: &lines,
    });
}
