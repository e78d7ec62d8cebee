//! The tool under stress: many broken files at once, a full disk, a
//! read-only output folder. Errors name what went wrong and where, and the
//! previous output is left exactly as it was.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{TempDir, reported, sopgen_in};

/// A synthetic catalogue of `count` SOPs (crates/sopgen-synth) in `root`.
fn generate(root: &Path, count: usize, seed: u64) {
    let written = sopgen_synth::write(root, count, seed).expect("write the generated catalogue");
    assert_eq!(written, count);
}

/// The SOP files under `root/content`, sorted.
fn sop_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .filter(|p| p.file_name().is_some_and(|n| n != "_index.md"))
        .collect();
    files.sort();
    files
}

/// Inserts `line` after the opening `+++`.
fn after_opening(text: &str, line: &str) -> String {
    let rest = text
        .strip_prefix("+++\n")
        .expect("front matter opens the file");
    format!("+++\n{line}\n{rest}")
}

/// Ten different ways to break an SOP file, as writers do.
fn break_file(text: &str, kind: usize) -> Vec<u8> {
    let s = match kind {
        // Not TOML.
        0 => after_opening(text, "= \"nilai tanpa kunci\""),
        // The required `nama` removed.
        1 => text
            .lines()
            .filter(|l| !l.starts_with("nama = "))
            .map(|l| format!("{l}\n"))
            .collect(),
        // A duration with no unit.
        2 => {
            let at = text.find("waktu = \"").expect("a step with waktu");
            let end = at + text[at + 9..].find('"').unwrap() + 10;
            format!("{}waktu = \"2\"{}", &text[..at], &text[end..])
        }
        // A step by an actor the SOP does not list.
        3 => {
            let step = text.find("[[langkah]]").unwrap();
            let at = step + text[step..].find("\npelaksana = ").unwrap() + 1;
            let end = at + text[at..].find('\n').unwrap();
            format!(
                "{}pelaksana = \"Hantu Tak Dikenal\"{}",
                &text[..at],
                &text[end..]
            )
        }
        // A date that is no date.
        4 => after_opening(text, "tanggal_pengesahan = \"2023-13\""),
        // A misspelt field.
        5 => after_opening(text, "dasar_hokum = [\"UU 1/2020\"]"),
        // The front matter never closed.
        6 => {
            let close = text[3..].find("\n+++").unwrap() + 3;
            format!("{}{}", &text[..close], &text[close + 4..])
        }
        // A list where a table belongs.
        7 => after_opening(text, "disahkan_oleh = [\"Kepala\"]"),
        // Bytes that are not UTF-8.
        8 => {
            let mut bytes = text.as_bytes().to_vec();
            bytes.extend_from_slice(b"\nCatatan \xff\xfe rusak\n");
            return bytes;
        }
        // A decision that points nowhere.
        9 => {
            let at = text.find("[[langkah]]\n").unwrap() + "[[langkah]]\n".len();
            format!(
                "{}tidak = \"langkah-yang-tidak-ada\"\n{}",
                &text[..at],
                &text[at..]
            )
        }
        _ => unreachable!(),
    };
    s.into_bytes()
}

/// The files (relative to the root) that errors name, each with line and
/// column.
fn files_with_errors(stderr: &str) -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    for r in reported(stderr)
        .into_iter()
        .filter(|r| r.severity == "error")
    {
        let mut parts = r.locus.rsplitn(3, ':');
        let col: usize = parts.next().unwrap().parse().unwrap_or(0);
        let line: usize = parts.next().and_then(|l| l.parse().ok()).unwrap_or(0);
        let file = parts.next().unwrap_or("");
        assert!(line > 0 && col > 0, "error without line and column: {r:?}");
        files.insert(file.to_string());
    }
    files
}

#[test]
fn fifty_broken_files_among_2000_are_all_reported_in_one_run() {
    let dir = TempDir::new("broken-50");
    let root = dir.path().join("situs");
    generate(&root, 2000, 11);
    let files = sop_files(&root);
    assert_eq!(files.len(), 2000);

    // 50 files spread over the catalogue, five of each kind of mistake.
    let mut broken = BTreeSet::new();
    for k in 0..50 {
        let path = &files[k * 39 + 7];
        let text = std::fs::read_to_string(path).unwrap();
        std::fs::write(path, break_file(&text, k % 10)).unwrap();
        let rel = path.strip_prefix(&root).unwrap().to_str().unwrap();
        broken.insert(rel.to_string());
    }

    let check = sopgen_in(&root, &["check"]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    let named = files_with_errors(&check.stderr);
    let missed: Vec<_> = broken.difference(&named).collect();
    let extra: Vec<_> = named.difference(&broken).collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "not reported: {missed:?}\nreported but not broken: {extra:?}"
    );

    // A build reports the same and writes nothing.
    let build = sopgen_in(&root, &["build"]);
    assert_eq!(build.code, 1);
    assert_eq!(files_with_errors(&build.stderr), broken);
    assert!(!root.join("public").exists(), "a failed build wrote output");
}

/// Runs `script` as root of a new user and mount namespace, so that it may
/// mount a small tmpfs without privileges on the host. Arguments are `$1`...
fn in_mount_namespace(script: &str, args: &[&Path]) -> std::process::Output {
    let out = Command::new("unshare")
        // The reports read back are the English ones.
        .env("SOPGEN_LANG", "en")
        .args([
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .args(args)
        .output()
        .expect("unshare (util-linux) runs");
    if out.status.code() == Some(97) {
        panic!(
            "cannot mount a tmpfs in a user namespace here: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// The script's report file `name`.
fn read(log: &Path, name: &str) -> String {
    std::fs::read_to_string(log.join(name)).unwrap_or_else(|_| panic!("no {name} in the log"))
}

/// Builds the example on a 3 MB disk, then a catalogue too big for it;
/// then the same as a zip; then remounts the disk read-only and builds again.
const DISK_SCRIPT: &str = r#"
set -u
M="$1"; BIN="$2"; SMALL="$3"; BIG="$4"; LOG="$5"
mount -t tmpfs -o size=3m tmpfs "$M" || exit 97
state() { (cd "$M" && find . | sort && find . -type f -exec sha256sum {} + | sort); }
run() { name="$1"; shift; "$BIN" "$@" --color=never >"$LOG/$name.out" 2>"$LOG/$name.err"; echo $? >"$LOG/$name.code"; }
run small build --root "$SMALL" --output "$M/public"
run small-zip bundle --root "$SMALL" --output "$M/katalog.zip"
state >"$LOG/before"
df -k "$M" >"$LOG/df"
run full build --root "$BIG" --output "$M/public"
state >"$LOG/after-full"
run full-zip bundle --root "$BIG" --output "$M/katalog.zip" --force
state >"$LOG/after-full-zip"
mount -o remount,ro "$M"
run ro build --root "$SMALL" --output "$M/public"
run ro-zip bundle --root "$SMALL" --output "$M/katalog.zip" --force
state >"$LOG/after-ro"
"#;

#[test]
fn a_full_or_read_only_disk_fails_clearly_and_keeps_the_old_output() {
    let dir = TempDir::new("disk");
    let (mount, log, big) = (
        dir.path().join("disk"),
        dir.path().join("log"),
        dir.path().join("big"),
    );
    std::fs::create_dir_all(&mount).unwrap();
    std::fs::create_dir_all(&log).unwrap();
    generate(&big, 300, 5);
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_sopgen"));
    let out = in_mount_namespace(
        DISK_SCRIPT,
        &[&mount, &bin, &crate::common::repo(), &big, &log],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    assert_eq!(
        read(&log, "small.code").trim(),
        "0",
        "{}",
        read(&log, "small.err")
    );
    assert_eq!(
        read(&log, "small-zip.code").trim(),
        "0",
        "{}",
        read(&log, "small-zip.err")
    );
    let before = read(&log, "before");
    assert!(before.contains("./public/index.html") && before.contains("./katalog.zip"));

    // Full disk: one clear error, naming the output, nothing changed, no
    // temporary files left behind.
    assert_eq!(read(&log, "full.code").trim(), "1");
    let err = read(&log, "full.err");
    let errors = reported(&err);
    assert_eq!(errors.len(), 1, "one error, not one per file:\n{err}");
    assert!(errors[0].message.contains("No space left"), "{err}");
    assert!(
        errors[0].locus.contains("/public/"),
        "names the output: {err}"
    );
    assert!(errors[0].hint.contains("disk is full"), "{err}");
    assert_eq!(read(&log, "after-full"), before, "the old site changed");

    assert_eq!(read(&log, "full-zip.code").trim(), "1");
    let err = read(&log, "full-zip.err");
    assert!(
        err.contains("No space left") && err.contains("katalog.zip"),
        "{err}"
    );
    assert_eq!(read(&log, "after-full-zip"), before, "the old zip changed");

    // Read-only: the same.
    for name in ["ro", "ro-zip"] {
        assert_eq!(read(&log, &format!("{name}.code")).trim(), "1");
        let err = read(&log, &format!("{name}.err"));
        assert!(err.contains("Read-only file system"), "{err}");
    }
    assert_eq!(read(&log, "after-ro"), before);
}
