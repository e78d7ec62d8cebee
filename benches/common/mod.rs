//! What a benchmark run measured, written to `benches/hasil/<name>.md`
//! (committed: the results of the last run, which README points to rather
//! than copying figures by hand): when, on what machine, at which commit,
//! with which settings, then the table and the lines the run printed.
//!
//! `BENCH_HASIL=FILE` writes the file elsewhere (e.g. to keep a trial run
//! out of the tree).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One run's results.
pub struct Results<'a> {
    /// The file's name under `benches/hasil/` ("build" gives build.md).
    pub name: &'a str,
    /// The command that ran, e.g. "cargo bench --bench build".
    pub command: &'a str,
    /// The settings it ran with, e.g. "BENCH_SIZES=100,1000,10000".
    pub settings: Vec<String>,
    /// Why these are not the full benchmark's figures, when they are not
    /// (other sizes than the default ones, say).
    pub partial: Option<String>,
    /// The markdown table, as printed.
    pub table: &'a str,
    /// The lines printed after it (phases, budgets), as printed.
    pub lines: &'a str,
}

/// Writes `r` to its file; returns the path written.
pub fn write(r: &Results) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = std::env::var_os("BENCH_HASIL").map_or_else(
        || repo.join("benches/hasil").join(format!("{}.md", r.name)),
        PathBuf::from,
    );
    let mut md = String::new();
    let _ = writeln!(md, "# `{}`: the last run\n", r.command);
    let _ = writeln!(
        md,
        "Written by the benchmark itself (benches/common/mod.rs); rerun it to \
         update, and commit this file with the change it measured. Times are \
         wall-clock on whatever else the machine was doing: compare figures of \
         one run, not across machines.\n"
    );
    if let Some(why) = &r.partial {
        let _ = writeln!(md, "**Not the full benchmark:** {why}\n");
    }
    let _ = writeln!(md, "- Run: {}", now_utc());
    let _ = writeln!(md, "- Commit: {}", commit(repo));
    let _ = writeln!(md, "- Machine: {}", machine());
    if let Some(rustc) = rustc() {
        let _ = writeln!(md, "- Compiler: {rustc}");
    }
    let settings = if r.settings.is_empty() {
        "defaults".to_string()
    } else {
        r.settings.join(", ")
    };
    let _ = writeln!(md, "- Settings: {settings}\n");
    let _ = writeln!(md, "{}", r.table.trim_end());
    if !r.lines.trim().is_empty() {
        let _ = writeln!(md, "\n```text\n{}\n```", r.lines.trim_end());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(&path, md).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    eprintln!("hasil ditulis ke {}", path.display());
    path
}

/// `YYYY-MM-DD HH:MM UTC` of now.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let (y, m, d) = sopgen::content::tanggal::civil_from_days(days);
    let in_day = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        in_day / 3600,
        in_day % 3600 / 60
    )
}

/// `git rev-parse --short HEAD`, marked when files other than the results
/// differ from it; "unknown" outside a git checkout.
fn commit(repo: &Path) -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let Some(hash) = git(&["rev-parse", "--short", "HEAD"]) else {
        return "unknown (not a git checkout)".to_string();
    };
    let changed = git(&[
        "status",
        "--porcelain",
        "--untracked-files=no",
        "--",
        ".",
        ":(exclude)benches/hasil",
    ])
    .is_some_and(|s| !s.is_empty());
    if changed {
        format!("{hash}, with uncommitted changes")
    } else {
        hash
    }
}

/// The processor's model, its logical CPUs, how many this process may use
/// (as `nproc` counts), and the memory, from /proc.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        cpuinfo.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == name).then(|| v.trim().to_string())
        })
    };
    let model = field("model name")
        .or_else(|| field("Hardware"))
        .or_else(|| field("cpu model"))
        .unwrap_or_else(|| "unknown processor".to_string());
    let logical = cpuinfo
        .lines()
        .filter(|l| l.split(':').next().is_some_and(|k| k.trim() == "processor"))
        .count();
    let usable = std::thread::available_parallelism().map_or(1, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or_else(
            || "memory unknown".to_string(),
            |kb| format!("{:.1} GB memory", kb / 1024.0 / 1024.0),
        );
    format!("{model}, {logical} logical CPUs, nproc {usable}, {memory}")
}

/// `rustc --version`, when rustc is on the PATH.
fn rustc() -> Option<String> {
    let out = Command::new("rustc").arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}
