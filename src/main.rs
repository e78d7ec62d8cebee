//! The command line: parse arguments, run a command, map the outcome to an
//! exit code (0 success, 1 problems found, 2 bad usage).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use sopgen::catalog::Drafts;
use sopgen::diagnostic::{self, Diagnostic};
use sopgen::{output, site};

#[derive(Parser)]
#[command(
    name = "sopgen",
    version,
    about = "Build a searchable HTML catalogue of SOP-AP documents from Markdown files",
    long_about = "Build a searchable HTML catalogue of SOP-AP documents (Standar Operasional Prosedur \
                  Administrasi Pemerintahan) from Markdown files with TOML front matter, one SOP a file, \
                  under content/. See README.md for the file format."
)]
struct Cli {
    /// When to use colours in messages
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Language of messages: id (Indonesian, the default) or en (English); also SOPGEN_LANG
    #[arg(long, global = true, value_name = "id|en", value_parser = parse_lang)]
    lang: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default)
    Build {
        /// The site's folder (holding content/ and an optional sopgen.toml)
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Where to write the site [default: output_dir of sopgen.toml, else ROOT/public]
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The URL the site is published at, e.g. https://dinsos.example.go.id/sop/
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Also publish SOPs with status = "draf"
        #[arg(long)]
        drafts: bool,
        /// Print the time of each phase and the peak memory
        #[arg(long)]
        stats: bool,
    },
    /// Check every SOP and report all problems, without writing anything
    Check {
        /// The site's folder (holding content/ and an optional sopgen.toml)
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Treat warnings (such as links to SOPs not in the catalogue) as errors
        #[arg(long)]
        strict: bool,
    },
    /// Make one zip of the catalogue for reviewers: opens from disk, no server or internet needed
    Bundle {
        /// The site's folder (holding content/ and an optional sopgen.toml)
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The zip to write [default: <site-name>-<date>.zip in the current folder]
        #[arg(long, short, value_name = "FILE.zip")]
        output: Option<PathBuf>,
        /// Include draft SOPs, marked DRAF (the default)
        #[arg(long, overrides_with = "no_drafts")]
        drafts: bool,
        /// Leave draft SOPs out
        #[arg(long, overrides_with = "drafts")]
        no_drafts: bool,
        /// Replace the zip if it exists
        #[arg(long)]
        force: bool,
    },
    /// Serve the site on this computer for previewing; with --watch, rebuild and reload on every save
    Serve {
        /// The site's folder (holding content/ and an optional sopgen.toml)
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The address to listen on (127.0.0.1: only this computer)
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: std::net::IpAddr,
        /// The port to listen on [default: 1111, or the next free one]
        #[arg(long, value_name = "PORT")]
        port: Option<u16>,
        /// Rebuild when a source changes, and reload the open pages
        #[arg(long)]
        watch: bool,
        /// Watch by polling (for network drives, where change events are unreliable)
        #[arg(long, requires = "watch")]
        poll: bool,
        /// Open the site in the browser
        #[arg(long)]
        open: bool,
        /// Show SOPs with status = "draf", marked DRAF (the default: a preview shows what is being written)
        #[arg(long, overrides_with = "no_drafts")]
        drafts: bool,
        /// Leave draft SOPs out, as `build` does
        #[arg(long, overrides_with = "drafts")]
        no_drafts: bool,
    },
    /// Search the catalogue from the terminal, ranked as the search page ranks
    Search {
        /// The site's folder (holding content/ and an optional sopgen.toml)
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Print the results as JSON
        #[arg(long)]
        json: bool,
        /// How many results to show
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Also search SOPs with status = "draf"
        #[arg(long)]
        drafts: bool,
        /// The words to search for, e.g. dikumpulkan data kinerja
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Print the JSON Schema of an SOP's front matter (for editors and validators)
    Schema,
    /// Import SOPs from Word files (.docx, .doc) into the catalogue's format
    #[command(
        visible_alias = "import",
        long_about = "Read SOP-AP documents from Word files (.docx; .doc through LibreOffice) and write \
                      each SOP as one .md file (TOML front matter) under content/ or --ke DIR: the \
                      identity table, the six boxes, the procedure table and the flowchart drawn with \
                      Word shapes.\n\n\
                      Each SOP is written with status \"draf\" and opens with a \"## Catatan impor\" \
                      section listing what was guessed or could not be read, with its place in the \
                      source (table, row, column). Review it, then run `sopgen check`.\n\n\
                      Existing files are not replaced without --force. .doc files (Word 97-2003) are \
                      converted with LibreOffice (Debian/Ubuntu: sudo apt install libreoffice-writer-nogui).\n\n\
                      Exit codes: 0 all imported, 1 some files failed or were skipped, 2 bad usage.",
        after_help = "Examples:\n  sopgen impor SOP-Surat-Masuk.docx\n  sopgen impor \"Arsip SOP/\" --ke content/dinsos"
    )]
    Impor {
        /// Word files (.docx, .doc) or folders (searched with their subfolders)
        #[arg(required = true, num_args = 1.., value_name = "FILE_OR_FOLDER")]
        sumber: Vec<PathBuf>,
        /// The folder the .md files are written into
        #[arg(long, default_value = "content", value_name = "DIR")]
        ke: PathBuf,
        /// Replace .md files that exist
        #[arg(long)]
        force: bool,
    },
    /// Copy the built-in theme's templates and static files out for editing
    #[command(
        visible_alias = "theme",
        long_about = "Copy the built-in theme (its templates into templates/, its static files into \
                      static/) into the site, or with --ke into another folder such as themes/NAME \
                      (then use it with theme = \"NAME\" in sopgen.toml). Existing files are never \
                      replaced without --force: when any exists, nothing is written.\n\n\
                      To change one part only, a template can extend the built-in one instead: \
                      {% extends \"default/base.html\" %} and the block it changes (see docs/tema.md).\n\n\
                      Exit codes: 0 written, 1 files exist or cannot be written, 2 bad usage.",
        after_help = "Examples:\n  sopgen tema\n  sopgen tema --ke themes/biru\n  sopgen tema base.html"
    )]
    Tema {
        /// Only these files: a template's name (base.html) or a path in the theme (static/aset/sopgen.css)
        #[arg(value_name = "FILE")]
        berkas: Vec<String>,
        /// The folder templates/ and static/ are written into
        #[arg(long, default_value = ".", value_name = "DIR")]
        ke: PathBuf,
        /// Replace files that exist
        #[arg(long)]
        force: bool,
    },
    /// Write a synthetic catalogue of realistic SOPs (for benchmarks and tests)
    #[command(hide = true)]
    Generate {
        /// How many SOPs
        #[arg(long, default_value_t = 1000)]
        count: usize,
        /// Different seeds give different catalogues; the same seed the same one
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// An empty or new folder to write the site into
        #[arg(long, value_name = "DIR")]
        root: PathBuf,
    },
}

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, which
/// libmimalloc-sys gives no name).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory in the process instead of handing it back to the
/// system a second later: every build phase frees what the next one allocates
/// again, and with transparent huge pages each return meant the kernel
/// zeroing 2 MB anew, a third of a 10,000-SOP build's CPU time. A build
/// ends soon after; `serve` holds the whole site in memory anyway.
fn keep_freed_memory() {
    // SAFETY: sets an integer option; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

/// The command line: clap's English help and errors as they are with
/// `--lang en`, else in Indonesian (see `sopgen::bantuan`).
fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    if sopgen::bahasa::inggris() {
        return Cli::parse_from(args);
    }
    let matches = sopgen::bantuan::indonesia(Cli::command())
        .try_get_matches_from(args)
        .unwrap_or_else(|e| sopgen::bantuan::keluar(e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| sopgen::bantuan::keluar(e))
}

/// `--lang`: `true` for English.
fn parse_lang(s: &str) -> Result<bool, String> {
    sopgen::bahasa::dari_nama(s).ok_or_else(|| {
        sopgen::pesan!(
            "bahasa \"{s}\" tidak dikenal: pakai id atau en",
            "unknown language \"{s}\": use id or en"
        )
    })
}

fn main() -> ExitCode {
    keep_freed_memory();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = std::env::var("SOPGEN_LANG").ok();
    sopgen::bahasa::pakai_inggris(sopgen::bahasa::dari_argumen(&args, env.as_deref()));
    let cli = parse(args);
    if let Some(en) = cli.lang {
        sopgen::bahasa::pakai_inggris(en);
    }
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            stats,
        } => build(root, output, base_url, drafts, stats, color),
        Command::Check { root, strict } => check(root, strict, color),
        Command::Generate { count, seed, root } => generate(count, seed, &root),
        Command::Bundle {
            root,
            output,
            drafts: _,
            no_drafts,
            force,
        } => bundle(
            sopgen::bundle::Options {
                root,
                output,
                drafts: !no_drafts,
                force,
            },
            color,
        ),
        Command::Serve {
            root,
            bind,
            port,
            watch,
            poll,
            open,
            drafts: _,
            no_drafts,
        } => serve(
            sopgen::serve::Options {
                root,
                bind,
                port: port.unwrap_or(1111),
                port_given: port.is_some(),
                watch,
                poll,
                drafts: !no_drafts,
            },
            open,
            color,
        ),
        Command::Search {
            root,
            json,
            limit,
            drafts,
            query,
        } => search(root, &query.join(" "), json, limit, drafts, color),
        Command::Impor { sumber, ke, force } => impor(&sumber, ke, force),
        Command::Tema { berkas, ke, force } => {
            sopgen::render::tema::jalankan(&sopgen::render::tema::Opsi { ke, force, berkas })
        }
        Command::Schema => {
            let schema = sopgen::render::exports::schema();
            println!("{}", serde_json::to_string_pretty(&schema).expect("JSON"));
            ExitCode::SUCCESS
        }
    }
}

fn impor(sumber: &[PathBuf], ke: PathBuf, force: bool) -> ExitCode {
    use sopgen::impor::berkas;
    use sopgen::pesan;
    let files = match berkas::kumpulkan(sumber) {
        Ok(f) => f,
        Err(m) => {
            eprintln!("{}", pesan!("galat: {m}", "error: {m}"));
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        let dirs = sumber
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        eprintln!(
            "{}",
            pesan!(
                "galat: tidak ada berkas Word (.docx, .doc) di {dirs}",
                "error: no Word files (.docx, .doc) in {dirs}"
            )
        );
        return ExitCode::from(2);
    }
    let r = berkas::jalankan(
        &files,
        &berkas::Opsi {
            ke: ke.clone(),
            force,
        },
    );
    for (_, target, h) in &r.ditulis {
        let (t, n, c) = (target.display(), h.langkah, h.catatan.len());
        println!(
            "{}",
            match c {
                0 => pesan!("ditulis  {t}  ({n} langkah)", "written  {t}  ({n} steps)"),
                _ => pesan!(
                    "ditulis  {t}  ({n} langkah, {c} butir perlu diperiksa)",
                    "written  {t}  ({n} steps, {c} items to review)"
                ),
            }
        );
    }
    // The reasons are Indonesian: they are about the agency's documents.
    for (f, target, why) in &r.dilewati {
        let (f, t) = (f.display(), target.display());
        eprintln!(
            "{}",
            pesan!("dilewati {f} → {t}: {why}", "skipped  {f} → {t}: {why}")
        );
    }
    for (f, why) in &r.gagal {
        let f = f.display();
        eprintln!("{}", pesan!("gagal    {f}: {why}", "failed   {f}: {why}"));
    }
    let langkah: usize = r.ditulis.iter().map(|w| w.2.langkah).sum();
    let periksa: usize = r.ditulis.iter().map(|w| w.2.catatan.len()).sum();
    let (n, k, g, d, f) = (
        r.ditulis.len(),
        ke.display(),
        r.gagal.len(),
        r.dilewati.len(),
        files.len(),
    );
    println!(
        "\n{}",
        pesan!(
            "Ringkasan: {n} SOP ditulis ke {k} ({langkah} langkah, {periksa} butir perlu diperiksa di \"Catatan impor\"); {g} berkas gagal, {d} SOP dilewati, dari {f} berkas.",
            "Summary: {n} SOPs written into {k} ({langkah} steps, {periksa} items to review in \"Catatan impor\"); {g} files failed, {d} SOPs skipped, of {f} files."
        )
    );
    if !r.ditulis.is_empty() {
        println!(
            "{}",
            pesan!(
                "Setiap SOP berstatus draf: periksa \"Catatan impor\" di tiap berkas, lalu jalankan `sopgen check`.",
                "Each SOP is a draft (status \"draf\"): review its \"Catatan impor\", then run `sopgen check`."
            )
        );
    }
    if r.berhasil() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn generate(count: usize, seed: u64, root: &std::path::Path) -> ExitCode {
    let empty = std::fs::read_dir(root).map_or(true, |mut d| d.next().is_none());
    let shown = root.display();
    if !empty {
        eprintln!(
            "{}",
            sopgen::pesan!(
                "kesalahan: {shown} tidak kosong; berikan folder baru atau kosong",
                "error: {shown} is not empty; give a new or empty folder"
            )
        );
        return ExitCode::FAILURE;
    }
    match sopgen::synth::write(root, count, seed) {
        Ok(n) => {
            println!(
                "{}",
                sopgen::pesan!("{n} SOP ditulis ke {shown}", "Wrote {n} SOPs into {shown}")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            let e = sopgen::terjemah::io(&e);
            eprintln!(
                "{}",
                sopgen::pesan!(
                    "kesalahan: tidak dapat menulis ke dalam {shown}: {e}",
                    "error: cannot write into {shown}: {e}"
                )
            );
            ExitCode::FAILURE
        }
    }
}

/// Prints the diagnostics and a summary line; true when there were errors.
/// With `brief`, warnings alone are listed a line each (`check` shows them
/// in full).
fn report(diags: &[Diagnostic], color: bool, brief: bool) -> bool {
    let short = brief && !diags.iter().any(Diagnostic::is_error);
    diagnostic::report(diags, color, short);
    let (errors, warnings) = diagnostic::count(diags);
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let (se, sw) = (s(errors), s(warnings));
    if errors > 0 {
        eprintln!(
            "{}",
            sopgen::pesan!(
                "{errors} kesalahan, {warnings} peringatan",
                "{errors} error{se}, {warnings} warning{sw}"
            )
        );
    } else if warnings > 0 {
        let more = match brief {
            true => sopgen::pesan!(
                "; `sopgen check` menampilkannya selengkapnya",
                "; `sopgen check` shows them in full"
            ),
            false => String::new(),
        };
        eprintln!(
            "{}",
            sopgen::pesan!(
                "{warnings} peringatan{more}",
                "{warnings} warning{sw}{more}"
            )
        );
    }
    errors > 0
}

/// `serve --watch` on a rebuild: the warnings that were not there before
/// (a large catalogue's thousands, printed on every save, would bury the
/// one the save just made), then a count. A failed build is reported in
/// full. `said` holds the warnings of the last good build, a line each;
/// with `quiet`, nothing is said when they are the same.
fn report_rebuild(
    diags: &[Diagnostic],
    color: bool,
    ok: bool,
    said: &mut std::collections::HashSet<String>,
    quiet: bool,
) {
    if !ok {
        report(diags, color, false);
        return;
    }
    let fresh: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| !said.contains(&d.render_short(false)))
        .cloned()
        .collect();
    let now = lines_of(diags);
    let gone = said.difference(&now).count();
    diagnostic::report(&fresh, color, true);
    let same = fresh.is_empty() && gone == 0;
    if !same || (!quiet && !diags.is_empty()) {
        let (n, new) = (diags.len(), fresh.len());
        let s = if n == 1 { "" } else { "s" };
        eprintln!(
            "{}",
            sopgen::pesan!(
                "{n} peringatan ({new} baru, {gone} hilang); `sopgen check` menampilkannya selengkapnya",
                "{n} warning{s} ({new} new, {gone} gone); `sopgen check` shows them in full"
            )
        );
    }
    *said = now;
}

/// Each diagnostic as its one line, without colour: what
/// [`report_rebuild`] compares from one build to the next.
fn lines_of(diags: &[Diagnostic]) -> std::collections::HashSet<String> {
    diags.iter().map(|d| d.render_short(false)).collect()
}

fn build(
    root: PathBuf,
    output: Option<PathBuf>,
    base_url: Option<String>,
    drafts: bool,
    stats: bool,
    color: bool,
) -> ExitCode {
    let started = Instant::now();
    let mut options = site::Options::new(&root);
    options.base_url = base_url;
    options.drafts = drafts.into();
    let mut out_dir = PathBuf::new();
    let built = site::build_with(&options, |config| {
        let out = site::output_dir(&root, config, output.as_deref());
        out_dir = output::check_output_dir(&root, &out)?;
        output::Staging::new(&out_dir)
    });
    let (built, staging) = match built {
        Ok(done) => done,
        Err(diags) => {
            report(&diags, color, false);
            eprintln!(
                "{}",
                sopgen::pesan!(
                    "Build gagal; tidak ada yang ditulis.",
                    "Build failed; nothing was written."
                )
            );
            return ExitCode::FAILURE;
        }
    };
    report(&built.warnings, color, true);
    let swapping = Instant::now();
    if let Err(d) = staging.commit() {
        report(&[d], color, false);
        return ExitCode::FAILURE;
    }
    if stats {
        print_stats(&built, swapping.elapsed());
    }
    let n = built.sop_count();
    let s = if n == 1 { "" } else { "s" };
    let (files, shown, ms) = (
        built.paths.len(),
        out_dir.display(),
        started.elapsed().as_millis(),
    );
    println!(
        "{}",
        sopgen::pesan!(
            "{n} SOP dibangun ({files} berkas) ke {shown} dalam {ms} ms",
            "Built {n} SOP{s} ({files} files) into {shown} in {ms} ms"
        )
    );
    ExitCode::SUCCESS
}

fn check(root: PathBuf, strict: bool, color: bool) -> ExitCode {
    let mut options = site::Options::new(&root);
    options.drafts = Drafts::Include;
    let diags = site::check(&options, strict);
    if report(&diags, color, false) {
        return ExitCode::FAILURE;
    }
    if diags.is_empty() {
        println!(
            "{}",
            sopgen::pesan!("Tidak ada masalah.", "No problems found.")
        );
    }
    ExitCode::SUCCESS
}

/// `--stats`: one line a phase, for benchmarks and curious admins.
fn print_stats(built: &site::Built, swap: std::time::Duration) {
    let en = sopgen::bahasa::inggris();
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

fn search(
    root: PathBuf,
    query: &str,
    json: bool,
    limit: usize,
    drafts: bool,
    color: bool,
) -> ExitCode {
    use sopgen::search::{index::SearchIndex, query};
    let mut options = site::Options::new(&root);
    options.drafts = drafts.into();
    let catalog = match site::load(&options) {
        Ok((_, catalog)) if !catalog.diags.iter().any(Diagnostic::is_error) => catalog,
        Ok((_, catalog)) => {
            report(&catalog.diags, color, false);
            return ExitCode::FAILURE;
        }
        Err(diags) => {
            report(&diags, color, false);
            return ExitCode::FAILURE;
        }
    };
    let index = SearchIndex::build(&catalog, sopgen::cache::Caches::none());
    let hits = query::search(&index, query, |_| true);
    let shown: Vec<_> = hits.iter().take(limit).collect();
    if json {
        let results: Vec<serde_json::Value> = shown
            .iter()
            .enumerate()
            .map(|(k, h)| {
                let d = &index.docs[h.doc as usize];
                serde_json::json!({
                    "peringkat": k + 1,
                    "nama": d.nama,
                    "url": d.url,
                    "instansi": index.instansi[d.instansi as usize],
                    "unit": index.unit[d.unit as usize],
                    "status": d.status,
                    "skor": h.score,
                    "kata_cocok": h.groups,
                })
            })
            .collect();
        let out = serde_json::json!({"query": query, "jumlah": hits.len(), "hasil": results});
        println!("{}", serde_json::to_string_pretty(&out).expect("JSON"));
        return ExitCode::SUCCESS;
    }
    if hits.is_empty() {
        println!(
            "{}",
            sopgen::pesan!(
                "Tidak ada SOP yang cocok dengan \"{query}\".",
                "No SOP matches \"{query}\"."
            )
        );
        return ExitCode::SUCCESS;
    }
    let n = hits.len();
    let s = if n == 1 { "" } else { "s" };
    let first = if n > limit {
        sopgen::pesan!(" ({limit} teratas)", " (first {limit})")
    } else {
        String::new()
    };
    println!(
        "{}",
        sopgen::pesan!(
            "{n} SOP cocok dengan \"{query}\"{first}:",
            "{n} SOP{s} match \"{query}\"{first}:"
        )
    );
    let score = if sopgen::bahasa::inggris() {
        "score"
    } else {
        "skor"
    };
    for (k, h) in shown.iter().enumerate() {
        let d = &index.docs[h.doc as usize];
        let place: Vec<&str> = [
            &index.instansi[d.instansi as usize],
            &index.unit[d.unit as usize],
        ]
        .into_iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
        println!(
            "{:>3}. {}\n     {}\n     {} ({score} {:.2})",
            k + 1,
            d.nama,
            place.join(" · "),
            d.url,
            h.score
        );
    }
    ExitCode::SUCCESS
}

fn serve(options: sopgen::serve::Options, open: bool, color: bool) -> ExitCode {
    use sopgen::serve;
    let state = serve::new_state();
    // Watch before the first build, so that no change is missed between
    // the build and the watching.
    let watching = if options.watch {
        match serve::watch::Watching::start(&options.root, options.poll) {
            Ok(w) => {
                if w.polling && !options.poll {
                    eprintln!(
                        "{}",
                        sopgen::pesan!(
                            "catatan: pemberitahuan perubahan berkas tidak tersedia di sini; perubahan diperiksa berkala (polling)",
                            "note: change events are not available here; watching by polling"
                        )
                    );
                }
                Some(w)
            }
            Err(e) => {
                let (shown, e) = (options.root.display(), serve::watch::Watching::reason(&e));
                eprintln!(
                    "{}",
                    sopgen::pesan!(
                        "kesalahan: {shown} tidak dapat diawasi: {e}; coba --poll",
                        "error: cannot watch {shown}: {e}; try --poll"
                    )
                );
                return ExitCode::FAILURE;
            }
        }
    } else {
        None
    };
    let (diags, ok, took) = serve::rebuild(&options, &state);
    report(&diags, color, ok);
    let mut said = if ok {
        lines_of(&diags)
    } else {
        std::collections::HashSet::new()
    };
    if ok {
        let ms = took.as_millis();
        println!(
            "{}",
            sopgen::pesan!("Dibangun dalam {ms} ms", "Built in {ms} ms")
        );
    } else {
        eprintln!(
            "{}",
            sopgen::pesan!(
                "Build gagal: peramban menampilkan kesalahannya sampai diperbaiki.",
                "The build failed: the browser shows the errors until they are fixed."
            )
        );
    }
    let (server, addr) = match serve::bind(&options) {
        Ok(bound) => bound,
        Err(message) => {
            eprintln!(
                "{}",
                sopgen::pesan!("kesalahan: {message}", "error: {message}")
            );
            return ExitCode::FAILURE;
        }
    };
    let url = format!("http://{addr}/");
    serve::start_workers(
        std::sync::Arc::new(server),
        std::sync::Arc::clone(&state),
        8,
    );
    let shown = options.root.display();
    let watching_note = match options.watch {
        true => sopgen::pesan!(" (mengawasi perubahan)", " (watching for changes)"),
        false => String::new(),
    };
    println!(
        "{}",
        sopgen::pesan!(
            "Menyajikan {shown} di {url}{watching_note}",
            "Serving {shown} at {url}{watching_note}"
        )
    );
    println!(
        "{}",
        sopgen::pesan!(
            "Tekan Ctrl-C untuk berhenti; tidak ada yang ditulis ke disk.",
            "Press Ctrl-C to stop; nothing is written to disk."
        )
    );
    if open && let Err(message) = serve::open_browser(&url) {
        eprintln!(
            "{}",
            sopgen::pesan!("catatan: {message}", "note: {message}")
        );
    }
    let Some(watching) = watching else {
        loop {
            std::thread::park();
        }
    };
    while let Some(change) = watching.next_change() {
        let changed = change.paths;
        let names: Vec<String> = changed
            .iter()
            .take(3)
            .map(|p| p.display().to_string())
            .collect();
        let (diags, ok, took) = serve::rebuild(&options, &state);
        report_rebuild(&diags, color, ok, &mut said, false);
        let more = if changed.len() > 3 {
            let others = changed.len() - 3;
            sopgen::pesan!(" dan {others} lainnya", " and {others} more")
        } else {
            String::new()
        };
        let (names, ms) = (names.join(", "), took.as_millis());
        if ok {
            println!(
                "{}",
                sopgen::pesan!(
                    "Dibangun ulang setelah {names}{more} berubah, dalam {ms} ms",
                    "Rebuilt after {names}{more} in {ms} ms"
                )
            );
        } else {
            eprintln!(
                "{}",
                sopgen::pesan!(
                    "Build gagal setelah {names}{more} berubah; build terakhir yang berhasil tetap disajikan",
                    "Build failed after {names}{more}; still serving the last good build"
                )
            );
        }
        if change.new_folder {
            // Files written into the new folder before it was watched raised
            // no event: look once more, shortly.
            std::thread::sleep(std::time::Duration::from_millis(150));
            let (diags, ok, _) = serve::rebuild(&options, &state);
            report_rebuild(&diags, color, ok, &mut said, true);
        }
    }
    ExitCode::SUCCESS
}

fn bundle(options: sopgen::bundle::Options, color: bool) -> ExitCode {
    match sopgen::bundle::run(&options) {
        Ok(done) => {
            report(&done.warnings, color, true);
            let (n, files, mb, shown) = (
                done.sops,
                done.files,
                done.bytes as f64 / 1e6,
                done.path.display(),
            );
            let s = if n == 1 { "" } else { "s" };
            println!(
                "{}",
                sopgen::pesan!(
                    "{n} SOP dikemas ({files} berkas, {mb:.1} MB) ke {shown}",
                    "Bundled {n} SOP{s} ({files} files, {mb:.1} MB) into {shown}"
                )
            );
            println!(
                "{}",
                sopgen::pesan!(
                    "Ekstrak di mana saja lalu buka index.html: tidak perlu server atau internet.",
                    "Unpack it anywhere and open index.html: no server or internet needed."
                )
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(&diags, color, false);
            eprintln!(
                "{}",
                sopgen::pesan!("Tidak ada zip yang ditulis.", "No bundle was written.")
            );
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_option_has_an_indonesian_help() {
        use sopgen::bantuan::{opsi, tentang};
        let english = Cli::command();
        let text = |s: Option<&clap::builder::StyledStr>| s.map(ToString::to_string);
        let mut missing = Vec::new();
        let commands = std::iter::once((&english, ""))
            .chain(english.get_subcommands().map(|s| (s, s.get_name())));
        for (command, key) in commands {
            if !key.is_empty() {
                match tentang(key) {
                    Some(about) if Some(about.to_string()) != text(command.get_about()) => {}
                    _ => missing.push(key.to_string()),
                }
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                match opsi(key, id) {
                    Some((help, _)) if Some(help.to_string()) != text(arg.get_help()) => {}
                    _ => missing.push(format!("{} --{id}", command.get_name())),
                }
            }
        }
        assert!(missing.is_empty(), "no Indonesian help for: {missing:?}");

        // Rendered, hidden commands included, with no word of clap's
        // English left.
        let mut id = sopgen::bantuan::indonesia(Cli::command());
        let mut helps = vec![
            id.render_help().to_string(),
            id.render_long_help().to_string(),
        ];
        for sub in id.get_subcommands_mut() {
            helps.push(sub.render_help().to_string());
            helps.push(sub.render_long_help().to_string());
        }
        for help in helps {
            for english in [
                "Usage",
                "Options",
                "Commands",
                "Arguments",
                "default",
                "possible",
                "Print",
                "[OPTIONS]",
                "<DIR>",
            ] {
                assert!(!help.contains(english), "{english}:\n{help}");
            }
            assert!(help.contains("Cara pakai: sopgen"), "{help}");
        }
    }

    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // mimalloc 3's default purge delay is 1000 ms (options.c); a
        // wrong index would read another option.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            let before = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
            assert_eq!(before, 1000);
        }
        keep_freed_memory();
        let after = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(after, -1);
    }
}
