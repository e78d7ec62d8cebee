//! The command line: parse arguments, run a command, map the outcome to an
//! exit code (0 success, 1 problems found, 2 bad usage).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

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
        /// Also show SOPs with status = "draf"
        #[arg(long)]
        drafts: bool,
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

/// `--lang`: `true` for English.
fn parse_lang(s: &str) -> Result<bool, String> {
    sopgen::bahasa::dari_nama(s).ok_or_else(|| format!("unknown language \"{s}\": use id or en"))
}

fn main() -> ExitCode {
    keep_freed_memory();
    if let Some(en) = std::env::var("SOPGEN_LANG")
        .ok()
        .and_then(|v| sopgen::bahasa::dari_nama(&v))
    {
        sopgen::bahasa::pakai_inggris(en);
    }
    let cli = Cli::parse();
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
            drafts,
        } => serve(
            sopgen::serve::Options {
                root,
                bind,
                port: port.unwrap_or(1111),
                port_given: port.is_some(),
                watch,
                poll,
                drafts,
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
        Command::Schema => {
            let schema = sopgen::render::exports::schema();
            println!("{}", serde_json::to_string_pretty(&schema).expect("JSON"));
            ExitCode::SUCCESS
        }
    }
}

fn generate(count: usize, seed: u64, root: &std::path::Path) -> ExitCode {
    let empty = std::fs::read_dir(root).map_or(true, |mut d| d.next().is_none());
    if !empty {
        eprintln!(
            "error: {} is not empty; give a new or empty folder",
            root.display()
        );
        return ExitCode::FAILURE;
    }
    match sopgen::synth::write(root, count, seed) {
        Ok(n) => {
            println!("Wrote {n} SOPs into {}", root.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write into {}: {e}", root.display());
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
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    if errors > 0 {
        eprintln!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
    } else if warnings > 0 {
        let more = if brief {
            "; `sopgen check` shows them in full"
        } else {
            ""
        };
        eprintln!("{}{more}", plural(warnings, "warning"));
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
        let n = diags.len();
        eprintln!(
            "{n} warning{} ({} new, {gone} gone); `sopgen check` shows them in full",
            if n == 1 { "" } else { "s" },
            fresh.len()
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
            eprintln!("Build failed; nothing was written.");
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
    println!(
        "Built {n} SOP{} ({} files) into {} in {} ms",
        if n == 1 { "" } else { "s" },
        built.paths.len(),
        out_dir.display(),
        started.elapsed().as_millis()
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
        println!("No problems found.");
    }
    ExitCode::SUCCESS
}

/// `--stats`: one line a phase, for benchmarks and curious admins.
fn print_stats(built: &site::Built, swap: std::time::Duration) {
    for (phase, took) in built.timings.iter().chain([("swap", swap)].iter()) {
        println!("stats: {phase:<8} {:>8.1} ms", took.as_secs_f64() * 1e3);
    }
    println!("stats: files    {:>8}", built.paths.len());
    if let Some(peak) = site::peak_memory() {
        println!("stats: peak     {:>8.1} MB", peak as f64 / 1e6);
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
    let index = SearchIndex::build(&catalog, None);
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
        println!("No SOP matches \"{query}\".");
        return ExitCode::SUCCESS;
    }
    println!(
        "{} SOP{} match \"{query}\"{}:",
        hits.len(),
        if hits.len() == 1 { "" } else { "s" },
        if hits.len() > limit {
            format!(" (first {limit})")
        } else {
            String::new()
        }
    );
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
            "{:>3}. {}\n     {}\n     {} (score {:.2})",
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
                    eprintln!("note: change events are not available here; watching by polling");
                }
                Some(w)
            }
            Err(e) => {
                eprintln!(
                    "error: cannot watch {}: {e}; try --poll",
                    options.root.display()
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
        println!("Built in {} ms", took.as_millis());
    } else {
        eprintln!("The build failed: the browser shows the errors until they are fixed.");
    }
    let (server, addr) = match serve::bind(&options) {
        Ok(bound) => bound,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let url = format!("http://{addr}/");
    serve::start_workers(
        std::sync::Arc::new(server),
        std::sync::Arc::clone(&state),
        8,
    );
    println!(
        "Serving {} at {url}{}",
        options.root.display(),
        if options.watch {
            " (watching for changes)"
        } else {
            ""
        }
    );
    println!("Press Ctrl-C to stop; nothing is written to disk.");
    if open && let Err(message) = serve::open_browser(&url) {
        eprintln!("note: {message}");
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
            format!(" and {} more", changed.len() - 3)
        } else {
            String::new()
        };
        if ok {
            println!(
                "Rebuilt after {}{more} in {} ms",
                names.join(", "),
                took.as_millis()
            );
        } else {
            eprintln!(
                "Build failed after {}{more}; still serving the last good build",
                names.join(", ")
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
            println!(
                "Bundled {} SOP{} ({} files, {:.1} MB) into {}",
                done.sops,
                if done.sops == 1 { "" } else { "s" },
                done.files,
                done.bytes as f64 / 1e6,
                done.path.display()
            );
            println!("Unpack it anywhere and open index.html: no server or internet needed.");
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(&diags, color, false);
            eprintln!("No bundle was written.");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
