//! `sopgen bundle`: one zip that works from disk. Unpacked (with python3's
//! zipfile, an independent reader) into a folder whose path has spaces and
//! non-ASCII letters: every link resolves to a file of the bundle and names
//! it; drafts are in, marked; the same content gives the same bytes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;
use sopgen::serve::http::percent_decode;

fn bundle(site: &Path, cwd: &Path, extra: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sopgen"));
    cmd.env("SOPGEN_LANG", "en");
    cmd.args(["bundle", "--color=never", "--root"])
        .arg(site)
        .args(extra)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", "1795219200"); // 2026-11-21
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub(crate) fn unzip(zip: &Path, into: &Path) {
    let ok = Command::new("python3")
        .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])"])
        .arg(zip)
        .arg(into)
        .status()
        .expect("python3 to unpack the zip");
    assert!(ok.success());
}

/// Every href and src of an HTML page.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\"", "action=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            let after = &rest[at + attr.len()..];
            let end = after.find('"').unwrap();
            out.push(after[..end].replace("&amp;", "&"));
            rest = &after[end..];
        }
    }
    out
}

#[test]
fn the_bundle_opens_from_disk_with_every_link_resolving() {
    let work = TempDir::new("bundle");
    let site = work.path().join("situs");
    copy_dir(&fixture("valid/full"), &site);
    let run = bundle(&site, work.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let zip = work.path().join("katalog-uji-2026-11-21.zip");
    assert!(zip.is_file(), "{}", run.stdout);
    let place = work.path().join("Tinjauan Bagian Organisasi — SOP");
    unzip(&zip, &place);
    let root = place.join("katalog-uji-2026-11-21");
    assert!(
        root.join("index.html").is_file(),
        "unpacks to a folder whose index.html opens"
    );
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&root) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(
            !html.contains("__sopgen"),
            "{}: no live-reload script",
            path.display()
        );
        for link in links(&html) {
            if link.starts_with('#') || link.starts_with("mailto:") {
                continue;
            }
            assert!(
                !link.contains("://") && !link.starts_with('/'),
                "{}: {link} is not relative",
                path.display()
            );
            let file = link.split(['#', '?']).next().unwrap();
            if file.is_empty() {
                continue;
            }
            assert!(
                !file.ends_with('/'),
                "{}: {link} names no file",
                path.display()
            );
            let target: PathBuf = path
                .parent()
                .unwrap()
                .join(percent_decode(file).expect("a valid escape"));
            assert!(
                target.is_file(),
                "{}: {link} does not resolve ({})",
                path.display(),
                target.display()
            );
        }
    }
    assert!(pages > 20, "{pages} pages");
    // Drafts are in the bundle, marked, and listed on their own.
    let draft = std::fs::read_to_string(root.join("dinas-b/draf-baru/index.html")).unwrap();
    assert!(draft.contains("class=\"tanda-air\"") && draft.contains(">DRAF<"));
    let home = std::fs::read_to_string(root.join("index.html")).unwrap();
    assert!(
        home.contains("id=\"judul-draf\""),
        "drafts under their own heading"
    );
    assert!(
        home.contains("sampul/index.html"),
        "the home page links the cover"
    );
    // The cover: date, source revision, counts, what to check.
    let cover = std::fs::read_to_string(root.join("sampul/index.html")).unwrap();
    assert!(cover.contains("21 November 2026"));
    assert!(cover.contains("bukan checkout git"));
    assert!(cover.contains("<dt>SOP draf</dt><dd>1</dd>"), "{cover}");
    assert!(
        cover.contains("keterkaitan &quot;SOP Surat Masuk&quot; tidak cocok"),
        "{cover}"
    );
    assert!(cover.contains("content/dinas-b/lama.md: belum ada nomor"));
    // Print pages, each SOP once.
    let all = std::fs::read_to_string(root.join("cetak/semua/index.html")).unwrap();
    assert_eq!(all.matches("<article class=\"sop\"").count(), 4);
    assert!(
        all.contains("id=\"sop1-judul-sop\"") && all.contains("id=\"sop4-judul-sop\""),
        "ids stay unique"
    );
    // Zip paths: relative, no `..`.
    let names = Command::new("python3")
        .args([
            "-c",
            "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
        ])
        .arg(&zip)
        .output()
        .unwrap();
    for name in String::from_utf8_lossy(&names.stdout).lines() {
        assert!(
            name.starts_with("katalog-uji-2026-11-21/") && !name.split('/').any(|p| p == ".."),
            "{name}"
        );
    }
}

#[test]
fn the_same_content_gives_the_same_bytes_and_nothing_is_overwritten() {
    let work = TempDir::new("bundle-same");
    let site = work.path().join("situs");
    copy_dir(&fixture("valid/full"), &site);
    // Twice, under the same name (the zip's folder is named like it).
    std::fs::create_dir_all(work.path().join("lagi")).unwrap();
    assert_eq!(bundle(&site, work.path(), &["--output", "a.zip"]).code, 0);
    assert_eq!(
        bundle(&site, &work.path().join("lagi"), &["--output", "a.zip"]).code,
        0
    );
    let a = std::fs::read(work.path().join("a.zip")).unwrap();
    let b = std::fs::read(work.path().join("lagi/a.zip")).unwrap();
    assert!(a == b, "two bundles of the same content differ");
    // An existing file is kept unless --force.
    std::fs::write(work.path().join("a.zip"), "milik pengguna").unwrap();
    let run = bundle(&site, work.path(), &["--output", "a.zip"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("exists already") && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(work.path().join("a.zip")).unwrap(),
        "milik pengguna"
    );
    assert_eq!(
        bundle(&site, work.path(), &["--output", "a.zip", "--force"]).code,
        0
    );
    assert_eq!(std::fs::read(work.path().join("a.zip")).unwrap(), b);
    // No temporary files are left.
    let left: Vec<_> = std::fs::read_dir(work.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("sopgen-tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // A change to the content changes the bundle.
    site.join("content/dinas-b/lama.md")
        .exists()
        .then(|| std::fs::remove_file(site.join("content/dinas-b/lama.md")).unwrap());
    assert_eq!(
        bundle(
            &site,
            &work.path().join("lagi"),
            &["--output", "a.zip", "--force"]
        )
        .code,
        0
    );
    assert_ne!(std::fs::read(work.path().join("lagi/a.zip")).unwrap(), b);
}

#[test]
fn no_drafts_leaves_them_out_and_a_broken_site_writes_nothing() {
    let work = TempDir::new("bundle-nodrafts");
    let site = work.path().join("situs");
    copy_dir(&fixture("valid/full"), &site);
    assert_eq!(
        bundle(&site, work.path(), &["--output", "x.zip", "--no-drafts"]).code,
        0
    );
    unzip(&work.path().join("x.zip"), &work.path().join("x"));
    assert!(!work.path().join("x/x/dinas-b/draf-baru").exists());
    let broken = work.path().join("rusak");
    copy_dir(&fixture("invalid/bad_waktu"), &broken);
    let run = bundle(&broken, work.path(), &["--output", "y.zip"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("No bundle was written"),
        "{}",
        run.stderr
    );
    assert!(!work.path().join("y.zip").exists());
}

/// The date a bundle is named after is the day where the machine is, not
/// in UTC: at 06:00 WIB (23:00 UTC the day before) it is already today.
#[test]
fn the_bundle_is_dated_in_the_machines_time_zone() {
    let work = TempDir::new("bundle-tz");
    let site = work.path().join("situs");
    copy_dir(&fixture("valid/full"), &site);
    // POSIX time zones need no tz database: "WIB-7" is UTC+7, "BIT+12" UTC-12.
    for (tz, offset_h) in [("WIB-7", 7i64), ("BIT+12", -12)] {
        let out_dir = work.path().join(tz);
        std::fs::create_dir_all(&out_dir).unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_sopgen"))
            .args(["bundle", "--root"])
            .arg(&site)
            .current_dir(&out_dir)
            .env("TZ", tz)
            .env_remove("SOURCE_DATE_EPOCH")
            .env("SOPGEN_LANG", "en")
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let day = |secs: i64| {
            let (y, m, d) = sopgen::content::tanggal::civil_from_days(secs.div_euclid(86_400));
            format!("{y:04}-{m:02}-{d:02}")
        };
        let names: Vec<String> = std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        // Around midnight the day may turn between the two readings.
        let expected = [day(now + offset_h * 3600), day(now + offset_h * 3600 + 60)];
        assert!(
            expected
                .iter()
                .any(|d| names[0] == format!("katalog-uji-{d}.zip")),
            "{tz}: {names:?}, expected one of {expected:?}"
        );
    }
}
