//! `sopgen build`: the site written into its output folder, atomically.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::cetak::{self, SIMPANAN};
use crate::diagnostic::report_with_summary;
use crate::{output, site};

#[derive(clap::Args)]
pub struct Args {
    /// The site's folder (holding content/ and an optional sopgen.toml)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Where to write the site [default: output_dir of sopgen.toml, else ROOT/public]
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// The URL the site is published at, e.g. https://dinsos.example.go.id/sop/
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Also publish SOPs with status = "draf"
    #[arg(long)]
    pub drafts: bool,
    /// Print the time of each phase and the peak memory
    #[arg(long)]
    pub stats: bool,
    /// Also print a PDF of every SOP and every SOP book, with headless Chromium
    #[arg(long)]
    pub pdf: bool,
}

pub fn run(args: Args, color: bool) -> ExitCode {
    let started = Instant::now();
    let Args {
        root,
        output,
        base_url,
        drafts,
        stats,
        pdf,
    } = args;
    let mut options = site::Options::new(&root);
    options.base_url = base_url;
    options.drafts = drafts.into();
    options.render.pdf = pdf;
    let mut out_dir = PathBuf::new();
    let built = site::build_with(&options, |config| {
        let out = site::output_dir(&root, config, output.as_deref());
        out_dir = output::check_output_dir(&root, &out)?;
        output::Staging::new(&out_dir)
    });
    let (built, staging) = match built {
        Ok(done) => done,
        Err(diags) => {
            report_with_summary(&diags, color, false);
            eprintln!(
                "{}",
                crate::pesan!(
                    "Build gagal; tidak ada yang ditulis.",
                    "Build failed; nothing was written."
                )
            );
            return ExitCode::FAILURE;
        }
    };
    report_with_summary(&built.warnings, color, true);
    let mut pdfs = None;
    if pdf {
        let printing = Instant::now();
        let tugas = cetak::tugas(&built.catalog, &built.indexes, false);
        match cetak::cetak(
            staging.dir(),
            &tugas,
            &root.join(cetak::SIMPANAN),
            &out_dir,
            Some(&out_dir),
        ) {
            Ok(hasil) => pdfs = Some((hasil, printing.elapsed())),
            Err(diags) => {
                report_with_summary(&diags, color, false);
                eprintln!(
                    "{}",
                    crate::pesan!(
                        "Build gagal saat mencetak PDF; tidak ada yang ditulis.",
                        "Build failed while printing PDFs; nothing was written."
                    )
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let swapping = Instant::now();
    if let Err(d) = staging.commit() {
        report_with_summary(&[d], color, false);
        return ExitCode::FAILURE;
    }
    if stats {
        print_stats(&built, swapping.elapsed());
    }
    if let Some((hasil, took)) = &pdfs {
        let (baru, lama, s) = (hasil.dicetak, hasil.disimpan, took.as_secs_f64());
        println!(
            "{}",
            crate::pesan!(
                "PDF: {baru} dicetak, {lama} tidak berubah (diambil dari {SIMPANAN}) dalam {s:.1} s",
                "PDFs: {baru} printed, {lama} unchanged (taken from {SIMPANAN}) in {s:.1} s",
            )
        );
    }
    let n = built.sop_count();
    let s = if n == 1 { "" } else { "s" };
    let (files, shown, ms) = (
        built.paths.len() + pdfs.as_ref().map_or(0, |(h, _)| h.berkas.len()),
        out_dir.display(),
        started.elapsed().as_millis(),
    );
    println!(
        "{}",
        crate::pesan!(
            "{n} SOP dibangun ({files} berkas) ke {shown} dalam {ms} ms",
            "Built {n} SOP{s} ({files} files) into {shown} in {ms} ms"
        )
    );
    ExitCode::SUCCESS
}

/// `--stats`: one line a phase, for benchmarks and curious admins.
fn print_stats(built: &site::Built, swap: Duration) {
    let en = crate::bahasa::inggris();
    let label = if en { "stats" } else { "statistik" };
    for (phase, took) in built.timings.iter().chain([("swap", swap)].iter()) {
        let phase = if en { phase } else { phase_id(phase) };
        println!("{label}: {phase:<8} {:>8.1} ms", took.as_secs_f64() * 1e3);
    }
    let files = if en { "files" } else { "berkas" };
    println!("{label}: {files:<8} {:>8}", built.paths.len());
    if let Some(peak) = site::peak_memory() {
        let peak_name = if en { "peak" } else { "memori" };
        println!("{label}: {peak_name:<8} {:>8.1} MB", peak as f64 / 1e6);
    }
}

/// A build phase's name in Indonesian, for `--stats`.
fn phase_id(phase: &str) -> &str {
    match phase {
        "read" => "baca",
        "parse" => "urai",
        "link" => "tautkan",
        "index" => "indeks",
        "search" => "cari",
        "theme" => "tema",
        "render" => "render",
        "swap" => "tukar",
        other => other,
    }
}
