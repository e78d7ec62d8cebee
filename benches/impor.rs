//! `cargo bench --bench impor`: how fast `sopgen impor` reads an agency's
//! archive of Word SOPs. Writes 1,000 generated SOP-AP documents as .docx
//! (`sopgen_synth::wordgen`: 8 to 10 actors, 25 to 32 steps over several pages,
//! decisions, three signatories, in every shape encoding Word uses: DrawingML
//! with its VML fallback, VML only, groups and canvases over the table),
//! imports the folder with the release binary, and prints the time, the
//! documents a second and the peak memory, and writes them with the date,
//! the machine and the commit to benches/hasil/impor.md (`BENCH_HASIL=FILE`
//! elsewhere). Budget: under 10 s for the 1,000 files on this project's
//! 2-core machine.
//!
//!     cargo bench --bench impor
//!     BENCH_IMPOR=5000 cargo bench --bench impor   # another number of files
//!     BENCH_RUNS=5 cargo bench --bench impor       # more runs (default 3; the median counts)
//!     BENCH_DIR=/dev/shm cargo bench --bench impor # scratch folder
//!
//! Times are wall-clock on whatever else the machine is doing.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sopgen_synth::wordgen;

const SOPGEN: &str = env!("CARGO_BIN_EXE_sopgen");

/// The largest resident set of the children waited for so far, in bytes.
fn peak_of_children() -> u64 {
    // SAFETY: getrusage writes into the zeroed struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(rc, 0, "getrusage");
    // Linux gives kilobytes.
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(3)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Writes `n` documents into `dir`, side by side; returns their total size.
fn write_documents(dir: &Path, n: usize) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let docs = wordgen::dokumen_banyak(n, 0x5e1a);
    docs.par_iter()
        .enumerate()
        .map(|(i, d)| {
            let bytes = wordgen::ke_docx(d, &wordgen::gaya_acak(i as u64));
            std::fs::write(dir.join(format!("SOP-{i:05}.docx")), &bytes).unwrap();
            bytes.len() as u64
        })
        .sum()
}

fn count_md(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
                .count()
        })
        .unwrap_or(0)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let n: usize = std::env::var("BENCH_IMPOR")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_FILES);
    let base = std::env::var_os("BENCH_DIR").map_or_else(std::env::temp_dir, PathBuf::from);
    let scratch = base.join(format!("sopgen-bench-impor-{}", std::process::id()));
    let word = scratch.join("word");
    eprintln!("sopgen impor benchmark: {n} .docx files, {} runs", runs());
    let started = Instant::now();
    let bytes = write_documents(&word, n);
    eprintln!(
        "  written in {:.1} s ({:.1} MB)",
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6
    );

    let mut times = Vec::new();
    let mut written = 0;
    for k in 0..runs() {
        let out = scratch.join(format!("site-{k}"));
        let started = Instant::now();
        let run = Command::new(SOPGEN)
            .env("SOPGEN_LANG", "en")
            .args(["impor", "--color=never", "--ke"])
            .arg(out.join("content"))
            .arg(&word)
            .output()
            .expect("run sopgen impor");
        let took = started.elapsed();
        assert!(
            run.status.success(),
            "sopgen impor failed:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
        written = count_md(&out.join("content"));
        eprintln!(
            "  run {}: {:.2} s, {written} SOP files",
            k + 1,
            took.as_secs_f64()
        );
        times.push(took);
    }
    let peak = peak_of_children();
    // What was written is a catalogue: `sopgen check` accepts it.
    let check = Command::new(SOPGEN)
        .env("SOPGEN_LANG", "en")
        .args(["check", "--color=never", "--root"])
        .arg(scratch.join("site-0"))
        .output()
        .expect("run sopgen check");
    let checked = check.status.success();
    let _ = std::fs::remove_dir_all(&scratch);

    let t = median(times);
    let mut table = String::new();
    let _ = writeln!(
        table,
        "| .docx files | SOPs written | import (median) | files/s | peak memory | check |"
    );
    let _ = writeln!(table, "|---:|---:|---:|---:|---:|---|");
    let _ = writeln!(
        table,
        "| {n} | {written} | {:.2} s | {:.0} | {:.0} MB | {} |",
        t.as_secs_f64(),
        n as f64 / t.as_secs_f64(),
        peak as f64 / 1e6,
        if checked { "clean" } else { "ERRORS" }
    );
    let mut lines = String::new();
    let ok = |b: bool| if b { "ok  " } else { "MISS" };
    if n == 1000 {
        let _ = writeln!(
            lines,
            "budget {}: 1,000 .docx imported in under 10 s ({:.2} s)",
            ok(t < Duration::from_secs(10)),
            t.as_secs_f64()
        );
    }
    let _ = writeln!(
        lines,
        "budget {}: every document gives an SOP that `sopgen check` accepts ({written} of {n})",
        ok(checked && written == n)
    );
    println!();
    print!("{table}");
    println!();
    print!("{lines}");
    let mut settings = vec![format!("BENCH_IMPOR={n}"), format!("BENCH_RUNS={}", runs())];
    if let Some(dir) = std::env::var_os("BENCH_DIR") {
        settings.push(format!("BENCH_DIR={}", dir.to_string_lossy()));
    }
    common::write(&common::Results {
        name: "impor",
        command: "cargo bench --bench impor",
        settings,
        partial: (n != DEFAULT_FILES).then(|| {
            format!("{n} files instead of {DEFAULT_FILES}, so the 10 s budget is not measured")
        }),
        table: &table,
        lines: &lines,
    });
}

/// The number of .docx files a plain `cargo bench --bench impor` imports.
const DEFAULT_FILES: usize = 1000;
