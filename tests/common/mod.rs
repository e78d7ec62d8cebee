//! Helpers shared by the integration tests: a temporary folder, running the
//! real `sopgen` binary, and reading its diagnostics back.
#![allow(dead_code)]

pub mod browser;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// Reads the diagnostics back from sopgen's stderr.
pub fn reported(stderr: &str) -> Vec<Reported> {
    let mut out: Vec<Reported> = Vec::new();
    for line in stderr.lines() {
        let head = line
            .strip_prefix("error: ")
            .map(|m| ("error", m))
            .or_else(|| line.strip_prefix("warning: ").map(|m| ("warning", m)));
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
        } else if let (Some(last), Some((_, hint))) = (out.last_mut(), line.split_once("= hint: "))
        {
            last.hint = hint.to_string();
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
