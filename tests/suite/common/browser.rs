//! Headless Chromium for the browser tests: run it on a page, read the
//! page back (after its scripts ran) or print it to PDF.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The Chromium to test with: $CHROMIUM, else `chromium` on the PATH. The
/// browser tests fail without one, unless SOPGEN_SKIP_BROWSER=1 says to
/// skip them (CI installs Debian's `chromium`).
pub fn chromium() -> Option<PathBuf> {
    if std::env::var_os("SOPGEN_SKIP_BROWSER").is_some_and(|v| v == "1") {
        eprintln!("skipped: SOPGEN_SKIP_BROWSER=1");
        return None;
    }
    let found = std::env::var_os("CHROMIUM").map(PathBuf::from).or_else(|| {
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .find_map(|name| {
                std::env::var_os("PATH").and_then(|paths| {
                    std::env::split_paths(&paths)
                        .map(|d| d.join(name))
                        .find(|p| p.is_file())
                })
            })
    });
    match found {
        Some(path) => Some(path),
        None => panic!(
            "Chromium is needed for the browser tests: install Debian's `chromium` (or set CHROMIUM), or set SOPGEN_SKIP_BROWSER=1 to skip them"
        ),
    }
}

/// Runs Chromium headless with the flags of a closed, quiet machine, a
/// fresh profile, and `args`; returns stdout. Kills it after `limit`.
/// Chromium now and then dies of a signal while starting on a loaded
/// machine, before it reads any page: then it gets one more try.
pub fn run(chrome: &Path, profile: &Path, args: &[String], limit: Duration) -> String {
    let (out, crashed) = run_once(chrome, profile, args, limit);
    if crashed && out.is_empty() {
        eprintln!("note: chromium died of a signal with no output; trying once more");
        return run_once(chrome, profile, args, limit).0;
    }
    out
}

/// One run: stdout, and whether Chromium was killed by a signal.
fn run_once(chrome: &Path, profile: &Path, args: &[String], limit: Duration) -> (String, bool) {
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (reader.join().expect("reader"), status.signal().is_some())
}

/// The page at `url` as the DOM stands after its scripts ran, in a
/// window `width` × `height` px.
pub fn dump_dom_sized(
    chrome: &Path,
    profile: &Path,
    url: &str,
    (width, height): (u32, u32),
) -> String {
    run(
        chrome,
        profile,
        &[
            format!("--window-size={width},{height}"),
            "--virtual-time-budget=10000".to_string(),
            "--dump-dom".to_string(),
            url.to_string(),
        ],
        Duration::from_secs(90),
    )
}

/// Prints the page at `url` to `pdf`.
pub fn print_pdf(chrome: &Path, profile: &Path, url: &str, pdf: &Path) {
    run(
        chrome,
        profile,
        &[
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
            url.to_string(),
        ],
        Duration::from_secs(90),
    );
    assert!(pdf.is_file(), "chromium wrote no PDF");
}

pub fn file_url(path: &Path) -> String {
    let abs = std::fs::canonicalize(path).expect("page exists");
    let mut url = String::from("file://");
    for b in abs.to_str().expect("UTF-8 path").bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}
