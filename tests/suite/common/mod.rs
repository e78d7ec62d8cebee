//! Helpers shared by the integration tests: a temporary folder, running the
//! real `sopgen` binary, and reading its diagnostics back.
#![allow(dead_code)]

pub mod browser;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// A folder under the system's temp folder, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("sopgen-test-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `text` at `rel`, creating folders on the way.
    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        make_writable(&self.0);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in walkdir::WalkDir::new(path)
        .follow_links(false)
        .into_iter()
        .flatten()
    {
        if entry.file_type().is_dir() || entry.file_type().is_file() {
            let _ = std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o755));
        }
    }
}

/// Copies a folder tree (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    repo().join("tests/fixtures").join(rel)
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `sopgen ARGS` in `dir`, without colours, messages in English
/// (what the expectations of the tests are written in).
pub fn sopgen_in(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sopgen"));
    cmd.env("SOPGEN_LANG", "en");
    run(cmd, dir, args)
}

/// Runs `sopgen ARGS` in `dir` as users do, with no language asked for:
/// messages in Indonesian.
pub fn sopgen_id_in(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sopgen"));
    cmd.env_remove("SOPGEN_LANG");
    run(cmd, dir, args)
}

pub fn sopgen_id(args: &[&str]) -> Run {
    sopgen_id_in(&repo(), args)
}

fn run(mut cmd: Command, dir: &Path, args: &[&str]) -> Run {
    let out = cmd
        .args(args)
        .arg("--color=never")
        .current_dir(dir)
        .output()
        .expect("run sopgen");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn sopgen(args: &[&str]) -> Run {
    sopgen_in(&repo(), args)
}

/// A site built once a test run for the tests that read it: where it was
/// written, and what `sopgen build` said. Tests must not write into it.
pub struct Built {
    pub out: PathBuf,
    pub run: Run,
    root: PathBuf,
    extra: Vec<String>,
}

/// `sopgen build --root ROOT --output OUT EXTRA...` the first time a test
/// asks for `name`, into a folder of the suite's own under the system's
/// temp folder (removed when the test process exits); the later callers,
/// and those that asked meanwhile, get the same output. The build must
/// succeed. One `name` is one site: the same root and arguments.
pub fn shared_build(name: &'static str, root: &Path, extra: &[&str]) -> &'static Built {
    type Cell = &'static OnceLock<Built>;
    static BUILDS: OnceLock<Mutex<HashMap<&'static str, Cell>>> = OnceLock::new();
    // The lock is held only to find the site's cell: sites are built
    // side by side, each once.
    let cell: Cell = *BUILDS
        .get_or_init(Default::default)
        .lock()
        .unwrap()
        .entry(name)
        .or_insert_with(|| Box::leak(Box::default()));
    let built = cell.get_or_init(|| {
        let out = shared_folder().join(name);
        let mut args = vec![
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let run = sopgen(&args);
        assert_eq!(run.code, 0, "{name}: sopgen {args:?}\n{}", run.stderr);
        Built {
            out,
            run,
            root: root.to_path_buf(),
            extra: extra.iter().map(|s| s.to_string()).collect(),
        }
    });
    assert!(
        built.root == root && built.extra == extra,
        "shared site {name} asked for with other arguments"
    );
    built
}

/// The example catalogue (`content/` of the repository) as `sopgen build`
/// writes it, built once a run.
pub fn example_site() -> &'static Built {
    shared_build("contoh", &repo(), &[])
}

/// The folder of the shared builds of this test process; removed at its
/// exit, whether the tests passed or not (the harness exits through
/// `exit`, which runs `atexit` handlers).
fn shared_folder() -> &'static Path {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        extern "C" fn remove() {
            if let Some(dir) = FOLDER.get() {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
        let dir = std::env::temp_dir().join(format!("sopgen-test-bersama-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // SAFETY: registers a function that takes no arguments and only
        // removes a folder.
        let registered = unsafe { libc::atexit(remove) };
        assert_eq!(registered, 0, "atexit");
        dir
    })
}

/// A diagnostic as printed: `severity`, `file:line:col`, message and hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub severity: String,
    pub locus: String,
    pub message: String,
    pub hint: String,
}

impl Reported {
    /// `file:line:col: message`, the form the expected-output files use.
    pub fn short(&self) -> String {
        format!("{}: {}", self.locus, self.message)
    }
}

/// Reads the diagnostics back from sopgen's stderr (English: `error:`,
/// `warning:`, `= hint:`).
pub fn reported(stderr: &str) -> Vec<Reported> {
    reported_as(stderr, ["error", "warning"], "hint")
}

/// Reads the diagnostics back from a report whose severities are written
/// `severities` (error, warning) and whose hints `= HINT:`.
pub fn reported_as(stderr: &str, severities: [&str; 2], hint: &str) -> Vec<Reported> {
    let [error, warning] = severities.map(|s| format!("{s}: "));
    let hint = format!("= {hint}: ");
    let mut out: Vec<Reported> = Vec::new();
    for line in stderr.lines() {
        let head = line
            .strip_prefix(error.as_str())
            .map(|m| (severities[0], m))
            .or_else(|| {
                line.strip_prefix(warning.as_str())
                    .map(|m| (severities[1], m))
            });
        if let Some((severity, message)) = head {
            out.push(Reported {
                severity: severity.to_string(),
                locus: String::new(),
                message: message.to_string(),
                hint: String::new(),
            });
        } else if let (Some(last), Some(locus)) =
            (out.last_mut(), line.trim_start().strip_prefix("--> "))
        {
            last.locus = locus.to_string();
        } else if let (Some(last), Some((_, text))) = (out.last_mut(), line.split_once(&hint)) {
            last.hint = text.to_string();
        }
    }
    out
}

/// Every file under `dir` with its contents, for before/after comparisons.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}
