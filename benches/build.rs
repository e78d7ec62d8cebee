//! `cargo bench`: how fast sopgen builds generated catalogues (crates/
//! sopgen-synth) of 100, 1,000 and 10,000 SOPs, against the floor (`cp -r`
//! of the same output) and, when `hugo` is installed, against Hugo building
//! the same Markdown with a minimal template. Prints a table and checks the
//! budgets of the scale issue, and writes both, with the date, the machine
//! and the commit, to benches/hasil/build.md (`BENCH_HASIL=FILE` elsewhere).
//!
//!     cargo bench                        # 100, 1,000 and 10,000 SOPs
//!     BENCH_SIZES=1000 cargo bench       # other sizes
//!     BENCH_RUNS=5 cargo bench           # more runs a figure (default 3; the median counts)
//!
//!     BENCH_DIR=/dev/shm cargo bench    # scratch folder (default: the system's temp)
//!
//! At 10,000 SOPs it also times the search page in headless Chromium
//! (`tests/js/bench-search.js`) when node and the packages of `tests/js`
//! are installed (`tests/run.sh` installs them).
//!
//! Times are wall-clock, of the release binary, on whatever else the machine
//! is doing: compare figures of one run, not across machines.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const SOPGEN: &str = env!("CARGO_BIN_EXE_sopgen");

struct Row {
    sops: usize,
    /// Size of the search index, and what a first query loads.
    index_mb: f64,
    first_query_kb: f64,
    /// From saving one SOP to the browsers being told, in serve --watch.
    watch: Option<Duration>,
    pages: usize,
    build: Duration,
    peak_mb: f64,
    output_mb: f64,
    files: usize,
    copy: Duration,
    hugo: Option<Duration>,
    phases: String,
    /// Time spent on the search index, from `--stats`.
    search_ms: f64,
    /// The search page in Chromium (`tests/js/bench-search.js`): ms from
    /// the index a query is ranked from having loaded to the results shown.
    page_ms: Option<f64>,
    /// Arrow-on-arrow crossings in the catalogue's flowcharts, and in how
    /// many SOPs.
    crossings: (usize, usize),
}

/// Runs `tests/js/bench-search.js` on a built site when node, its packages
/// (`npm ci` in tests/js) and Chromium are there; the milliseconds from the
/// ranking index loaded to the results shown, for `query`.
fn search_page(out: &Path, query: &str) -> Option<f64> {
    let js = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js");
    if !js.join("node_modules/playwright-core").exists() {
        eprintln!("  (search page not timed: run `npm ci` in tests/js)");
        return None;
    }
    let run = Command::new("node")
        .arg(js.join("bench-search.js"))
        .arg(out)
        .arg(query)
        .env("SOPGEN_BIN", SOPGEN)
        .output()
        .ok()?;
    let line = String::from_utf8_lossy(&run.stdout).into_owned();
    if !run.status.success() {
        eprintln!(
            "  (search page not timed: {})",
            String::from_utf8_lossy(&run.stderr).trim()
        );
        return None;
    }
    eprintln!("  search page: {}", line.trim());
    line.split("\"results_after_index_ms\":")
        .nth(1)?
        .split([',', '}'])
        .next()?
        .parse()
        .ok()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1)
}

fn dir_size(dir: &Path) -> (u64, usize) {
    let mut bytes = 0;
    let mut files = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let t = e.file_type().unwrap();
            if t.is_dir() {
                stack.push(e.path());
            } else {
                bytes += e.metadata().unwrap().len();
                files += 1;
            }
        }
    }
    (bytes, files)
}

fn timed(cmd: &mut Command) -> (Duration, String) {
    let started = Instant::now();
    let out = cmd.output().expect("run");
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (took, String::from_utf8_lossy(&out.stdout).into_owned())
}

fn sopgen_build(site: &Path, out: &Path) -> (Duration, String) {
    timed(
        Command::new(SOPGEN)
            // The lines read below are the English ones.
            .env("SOPGEN_LANG", "en")
            .args(["build", "--stats", "--color=never", "--root"])
            .arg(site)
            .arg("--output")
            .arg(out),
    )
}

fn copy(from: &Path, to: &Path) -> Duration {
    let _ = std::fs::remove_dir_all(to);
    timed(Command::new("cp").arg("-r").arg(from).arg(to)).0
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    })
}

/// A minimal Hugo site over the same content: a page a SOP with its
/// fields and steps table, a list page a folder, a home page.
fn hugo_site(content: &Path, site: &Path) {
    std::fs::create_dir_all(site.join("layouts/_default")).unwrap();
    std::fs::write(
        site.join("hugo.toml"),
        "baseURL = 'https://example.go.id/'\ntitle = 'Katalog SOP'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n[markup.goldmark.renderer]\nunsafe = false\n",
    )
    .unwrap();
    std::fs::write(
        site.join("layouts/_default/baseof.html"),
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{{ .Params.nama }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>",
    )
    .unwrap();
    std::fs::write(
        site.join("layouts/_default/single.html"),
        "{{ define \"main\" }}<h1>{{ .Params.nama }}</h1><p>{{ .Params.nomor }}</p>\
         <ol>{{ range .Params.dasar_hukum }}<li>{{ . }}</li>{{ end }}</ol>\
         <table>{{ range $i, $l := .Params.langkah }}<tr><td>{{ add $i 1 }}</td><td>{{ $l.kegiatan }}</td><td>{{ $l.pelaksana }}</td><td>{{ $l.kelengkapan }}</td><td>{{ $l.waktu }}</td><td>{{ $l.output }}</td></tr>{{ end }}</table>\
         {{ .Content }}{{ end }}",
    )
    .unwrap();
    std::fs::write(
        site.join("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Params.nama }}</a></li>{{ end }}</ul>{{ end }}",
    )
    .unwrap();
    let status = Command::new("cp")
        .arg("-r")
        .arg(content)
        .arg(site.join("content"))
        .status()
        .unwrap();
    assert!(status.success());
}

/// What the search page loads for a first query: the base file, the
/// vocabulary files of its words, the postings of their stems (and of the
/// words the last one begins), the document blocks of the first 20 results
/// (ranked by `sopgen search`, which ranks as the page does); computed with
/// the same library code the page mirrors.
fn first_query(site: &Path, out: &Path, query: &str) -> u64 {
    let idx = out.join("cari/indeks");
    let size = |name: &str| std::fs::metadata(idx.join(name)).map_or(0, |m| m.len());
    let base = std::fs::read_to_string(idx.join("dasar.js")).unwrap();
    let keys: Vec<usize> = base
        .split("kunci:[")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap()
        .split(',')
        .map(|n| n.parse().unwrap())
        .collect();
    let key = |s: &str, len: usize| sopgen::search::index::shard_of(s, len);
    let mut files: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    files.insert("dasar.js".into());
    let words: Vec<String> = sopgen::search::stem::tokens(query)
        .into_iter()
        .filter(|w| !sopgen::search::stem::is_stop_word(w))
        .collect();
    for w in &words {
        files.insert(format!("v-{}.js", key(w, keys[1])));
    }
    // Stems: every candidate, and the vocabulary's stems of words the last
    // word begins (read from its vocabulary file).
    let mut stems: Vec<String> = words
        .iter()
        .flat_map(|w| sopgen::search::stem::candidates(w))
        .collect();
    if let Some(last) = words.last() {
        let v = std::fs::read_to_string(idx.join(format!("v-{}.js", key(last, keys[1]))))
            .unwrap_or_default();
        for entry in v.split("\",").chain(v.split("],")) {
            if let Some((word, rest)) = entry.split_once("\":[\"")
                && word
                    .trim_start_matches([',', '{', '"'])
                    .starts_with(last.as_str())
            {
                stems.push(rest.split('"').next().unwrap().to_string());
            }
        }
    }
    for s in &stems {
        files.insert(format!("t-{}.js", key(s, keys[0])));
    }
    // The blocks holding the first 20 results.
    let ranked = Command::new(SOPGEN)
        .args(["search", "--json", "--limit", "20", "--root"])
        .arg(site)
        .arg(query)
        .output()
        .unwrap();
    assert!(ranked.status.success());
    let ranked = String::from_utf8(ranked.stdout).unwrap();
    let urls: Vec<&str> = ranked
        .split("\"url\": \"")
        .skip(1)
        .map(|r| r.split('"').next().unwrap())
        .collect();
    assert_eq!(urls.len(), 20, "{ranked}");
    for e in std::fs::read_dir(&idx).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("d-") {
            let block = std::fs::read_to_string(e.path()).unwrap();
            if urls.iter().any(|u| block.contains(&format!("u:\"{u}\""))) {
                files.insert(name);
            }
        }
    }
    files.iter().map(|f| size(f)).sum()
}

/// Median time from saving one SOP to the `build` event of `serve --watch`.
fn watch_latency(site: &Path) -> Duration {
    use std::io::{BufRead, BufReader, Write};
    let mut child = Command::new(SOPGEN)
        .args(["serve", "--watch", "--port", "0", "--color=never", "--root"])
        .arg(site)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let port: u16 = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET /__sopgen/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut events = BufReader::new(stream);
    let mut next_build = || loop {
        let mut line = String::new();
        events.read_line(&mut line).unwrap();
        if line.starts_with("event: build") {
            return;
        }
    };
    next_build();
    let file = walk_md(&site.join("content")).into_iter().nth(7).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let mut times = Vec::new();
    for k in 0..7 {
        std::thread::sleep(Duration::from_millis(300));
        let started = Instant::now();
        std::fs::write(
            &file,
            text.replacen("kegiatan = \"", &format!("kegiatan = \"({k}) "), 1),
        )
        .unwrap();
        next_build();
        times.push(started.elapsed());
    }
    let _ = child.kill();
    let _ = child.wait();
    median(times)
}

fn walk_md(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "md") && !p.ends_with("_index.md") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The seed of the generated catalogues.
const SEED: u64 = 2026;

/// The crossings of arrows in the flowcharts of the generated catalogue
/// (the same SOPs the benchmark builds), and how many SOPs have any.
fn crossings(n: usize, seed: u64) -> (usize, usize) {
    use sopgen::content::load::{RawFile, parse_files};
    let raw: Vec<RawFile> = sopgen_synth::generate(n, seed)
        .into_iter()
        .filter(|f| f.path.ends_with(".md") && !f.path.ends_with("_index.md"))
        .map(|f| RawFile {
            rel: f.path.trim_start_matches("content/").to_string(),
            display: f.path.clone().into(),
            bytes: f.text.into_bytes(),
        })
        .collect();
    parse_files(raw)
        .sops
        .iter()
        .map(|sop| {
            sopgen::flowchart::plan(sop)
                .pages
                .iter()
                .map(sopgen::flowchart::geometry::crossings)
                .sum::<usize>()
        })
        .filter(|&c| c > 0)
        .fold((0, 0), |(all, sops), c| (all + c, sops + 1))
}

fn bench(n: usize, scratch: &Path) -> Row {
    let site = scratch.join(format!("site-{n}"));
    let _ = std::fs::remove_dir_all(&site);
    let started = Instant::now();
    sopgen_synth::write(&site, n, SEED).expect("generate");
    eprintln!(
        "  generated {n} SOPs in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    let out = scratch.join(format!("out-{n}"));
    let mut times = Vec::new();
    let mut peak: f64 = 0.0;
    let mut phases = String::new();
    let mut pages = 0;
    for _ in 0..runs() {
        let (took, stdout) = sopgen_build(&site, &out);
        times.push(took);
        for line in stdout.lines() {
            if let Some(v) = line.strip_prefix("stats: peak") {
                peak = peak.max(
                    v.trim()
                        .trim_end_matches("MB")
                        .trim()
                        .parse()
                        .unwrap_or(0.0),
                );
            }
            if let Some(rest) = line.strip_prefix("Built ") {
                pages = rest.split(' ').next().unwrap().parse().unwrap_or(0);
            }
        }
        phases = stdout
            .lines()
            .filter_map(|l| l.strip_prefix("stats: "))
            .filter(|l| l.ends_with(" ms"))
            .map(|l| {
                let mut parts = l.split_whitespace();
                format!("{} {}", parts.next().unwrap(), parts.next().unwrap())
            })
            .collect::<Vec<_>>()
            .join(", ");
    }
    let build = median(times);
    let (bytes, files) = dir_size(&out);
    let (index_bytes, _) = dir_size(&out.join("cari/indeks"));
    let first_query_kb = first_query(&site, &out, "mengumpulkan data kinerja") as f64 / 1e3;
    let watch = (n <= 1000).then(|| watch_latency(&site));
    let page_ms = (n >= 10_000)
        .then(|| search_page(&out, "mengumpulkan data kinerja"))
        .flatten();
    let search_ms = phases
        .split(", ")
        .find_map(|p| p.strip_prefix("search "))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let copy = median(
        (0..runs())
            .map(|_| copy(&out, &scratch.join("copy")))
            .collect(),
    );
    let _ = std::fs::remove_dir_all(scratch.join("copy"));
    let hugo = which("hugo").map(|hugo| {
        let hsite = scratch.join(format!("hugo-{n}"));
        let _ = std::fs::remove_dir_all(&hsite);
        hugo_site(&site.join("content"), &hsite);
        let t = median(
            (0..runs())
                .map(|_| {
                    let hout = hsite.join("public");
                    let _ = std::fs::remove_dir_all(&hout);
                    timed(
                        Command::new(&hugo)
                            .arg("--quiet")
                            .arg("--source")
                            .arg(&hsite)
                            .arg("--destination")
                            .arg(&hout),
                    )
                    .0
                })
                .collect(),
        );
        let _ = std::fs::remove_dir_all(&hsite);
        t
    });
    let _ = std::fs::remove_dir_all(&site);
    let _ = std::fs::remove_dir_all(&out);
    Row {
        sops: n,
        index_mb: index_bytes as f64 / 1e6,
        first_query_kb,
        watch,
        pages,
        build,
        peak_mb: peak,
        output_mb: bytes as f64 / 1e6,
        files,
        copy,
        hugo,
        phases,
        search_ms,
        page_ms,
        crossings: crossings(n, SEED),
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` (or
    // `--all-targets`) does not, and must not start a 10,000-SOP run.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES")
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|_| DEFAULT_SIZES.to_vec());
    let base = std::env::var_os("BENCH_DIR").map_or_else(std::env::temp_dir, PathBuf::from);
    let scratch = base.join(format!("sopgen-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let hugo_version = which("hugo")
        .and_then(|h| Command::new(h).arg("version").output().ok())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    eprintln!(
        "sopgen benchmark: sizes {sizes:?}, {} runs a figure (median), {} cores",
        runs(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let rows: Vec<Row> = sizes
        .iter()
        .map(|&n| {
            eprintln!("- {n} SOPs");
            bench(n, &scratch)
        })
        .collect();
    let _ = std::fs::remove_dir_all(&scratch);

    let mut table = String::new();
    let _ = writeln!(
        table,
        "| SOPs | SOP pages | full build | files/s | peak memory | output | search index | first query loads | cp -r of output | build / cp | hugo | hugo / sopgen | save → reload |"
    );
    let _ = writeln!(
        table,
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for r in &rows {
        let secs = r.build.as_secs_f64();
        let (hugo, ratio) = match r.hugo {
            Some(h) => (
                format!("{:.2} s", h.as_secs_f64()),
                format!("{:.1}×", h.as_secs_f64() / secs),
            ),
            None => ("not installed".to_string(), "–".to_string()),
        };
        let watch = r
            .watch
            .map_or_else(|| "–".to_string(), |w| format!("{} ms", w.as_millis()));
        let _ = writeln!(
            table,
            "| {} | {} | {:.2} s | {:.0} | {:.0} MB | {:.1} MB in {} files | {:.1} MB | {:.0} KB | {:.2} s | {:.2} | {hugo} | {ratio} | {watch} |",
            r.sops,
            r.pages,
            secs,
            r.files as f64 / secs,
            r.peak_mb,
            r.output_mb,
            r.files,
            r.index_mb,
            r.first_query_kb,
            r.copy.as_secs_f64(),
            secs / r.copy.as_secs_f64(),
        );
    }
    // Phases, crossings and budgets, as printed and as written.
    let mut lines = String::new();
    for r in &rows {
        let _ = writeln!(lines, "phases at {} SOPs: {}", r.sops, r.phases);
    }
    for r in &rows {
        let _ = writeln!(
            lines,
            "flowchart crossings at {} SOPs: {} (in {} SOPs)",
            r.sops, r.crossings.0, r.crossings.1
        );
    }
    if let Some(v) = &hugo_version {
        let _ = writeln!(lines, "hugo: {v}");
    }

    // The budgets of the scale issue, where this run measured them.
    if let Some(r) = rows.iter().find(|r| r.sops == 10_000) {
        let mut budget = |ok: bool, what: String| {
            let _ = writeln!(lines, "budget {}: {what}", if ok { "ok  " } else { "MISS" });
        };
        budget(
            r.build < Duration::from_secs(5),
            format!(
                "10,000 SOPs built in {:.2} s (< 5 s)",
                r.build.as_secs_f64()
            ),
        );
        budget(
            r.peak_mb < 1000.0,
            format!("peak memory {:.0} MB (< 1 GB)", r.peak_mb),
        );
        if let Some(h) = r.hugo {
            let ratio = h.as_secs_f64() / r.build.as_secs_f64();
            budget(ratio >= 3.0, format!("{ratio:.1}× faster than Hugo (≥ 3×)"));
        }
        let share = r.search_ms / (r.build.as_secs_f64() * 1e3);
        budget(
            share <= 0.25,
            format!(
                "{:.0}% of the build on the search index (≤ 25%)",
                share * 100.0
            ),
        );
        if let Some(ms) = r.page_ms {
            budget(
                ms <= 50.0,
                format!(
                    "search results shown {ms:.0} ms after the index loaded, in Chromium (≤ 50 ms)"
                ),
            );
        }
        budget(
            r.first_query_kb <= 500.0,
            format!(
                "a first query loads {:.0} KB of index (≤ 500 KB)",
                r.first_query_kb
            ),
        );
    }
    if let Some(w) = rows.iter().find(|r| r.sops == 1000).and_then(|r| r.watch) {
        let _ = writeln!(
            lines,
            "budget {}: one saved SOP of 1,000 rebuilt and told in {} ms (< 150 ms)",
            if w < Duration::from_millis(150) {
                "ok  "
            } else {
                "MISS"
            },
            w.as_millis()
        );
    }
    for r in &rows {
        let ratio = r.build.as_secs_f64() / r.copy.as_secs_f64();
        let _ = writeln!(
            lines,
            "budget {}: build within {ratio:.2}× of cp -r at {} SOPs (≤ 4×)",
            if ratio <= 4.0 { "ok  " } else { "MISS" },
            r.sops
        );
    }
    println!();
    print!("{table}");
    println!();
    print!("{lines}");
    let mut settings = vec![
        format!("BENCH_SIZES={}", sizes_text(&sizes)),
        format!("BENCH_RUNS={}", runs()),
    ];
    if let Some(dir) = std::env::var_os("BENCH_DIR") {
        settings.push(format!("BENCH_DIR={}", dir.to_string_lossy()));
    }
    let partial = (sizes != DEFAULT_SIZES).then(|| {
        format!(
            "sizes {} instead of {}, so the budgets at 1,000 and 10,000 SOPs may not be measured",
            sizes_text(&sizes),
            sizes_text(&DEFAULT_SIZES)
        )
    });
    common::write(&common::Results {
        name: "build",
        command: "cargo bench --bench build",
        settings,
        partial,
        table: &table,
        lines: &lines,
    });
}

/// The sizes a plain `cargo bench` builds.
const DEFAULT_SIZES: [usize; 3] = [100, 1000, 10_000];

fn sizes_text(sizes: &[usize]) -> String {
    sizes
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",")
}
