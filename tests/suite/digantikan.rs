//! Replaced SOPs (issue 18, item 2): `check` warns at the `menggantikan`
//! entry when the SOP it replaces is still `berlaku`, and the status index
//! groups the replaced SOPs apart, each naming its replacement.

use crate::common::*;

const BARU: &str = "content/rs-paru-jember/pengadaan-barang.md";
const LAMA: &str = "content/rs-paru-jember/pengadaan-barang-2018.md";

/// The bentuk-nyata fixture in a temporary folder, its 2018 SOP (which the
/// 2021 one replaces) given `status`.
fn site_with_old_status(status: &str) -> TempDir {
    let work = TempDir::new("digantikan");
    copy_dir(&fixture("valid/bentuk-nyata"), work.path());
    let old = work.path().join(LAMA);
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.contains("status = \"dicabut\""));
    std::fs::write(
        &old,
        text.replace("status = \"dicabut\"", &format!("status = \"{status}\"")),
    )
    .unwrap();
    work
}

fn still_in_force(stderr: &str) -> Vec<Reported> {
    reported(stderr)
        .into_iter()
        .filter(|r| r.message.contains("still \"berlaku\""))
        .collect()
}

#[test]
fn check_warns_at_the_entry_when_a_replaced_sop_is_still_in_force() {
    let work = site_with_old_status("berlaku");
    let root = work.path().to_str().unwrap();
    let run = sopgen(&["check", "--root", root]);
    let warned = still_in_force(&run.stderr);
    assert_eq!(warned.len(), 1, "{}", run.stderr);
    let w = &warned[0];
    assert_eq!(w.severity, "warning");
    // Located at the `menggantikan` line of the new SOP.
    assert!(w.locus.starts_with(&format!("{BARU}:5:")), "{w:?}");
    assert!(
        w.message.contains("rs-paru-jember/pengadaan-barang-2018"),
        "{w:?}"
    );
    assert!(w.hint.contains("dicabut") && w.hint.contains(LAMA), "{w:?}");
    // A warning, not an error: the build goes on.
    assert_eq!(run.code, 0, "{}", run.stderr);
    // In Indonesian by default.
    let run = sopgen_id(&["check", "--root", root]);
    assert!(
        run.stderr.contains("masih berstatus \"berlaku\""),
        "{}",
        run.stderr
    );
}

#[test]
fn no_warning_once_the_old_sop_is_revoked_or_while_the_new_one_is_a_draft() {
    let work = site_with_old_status("dicabut");
    let run = sopgen(&["check", "--root", work.path().to_str().unwrap()]);
    assert!(still_in_force(&run.stderr).is_empty(), "{}", run.stderr);
    // A draft replacing an SOP in force: the old one rightly stays in force.
    let work = site_with_old_status("berlaku");
    let new = work.path().join(BARU);
    let text = std::fs::read_to_string(&new).unwrap();
    let text = match text.find("status = \"") {
        Some(at) => {
            let end = at + text[at..].find('\n').unwrap();
            format!("{}status = \"draf\"{}", &text[..at], &text[end..])
        }
        None => text.replacen("+++\n", "+++\nstatus = \"draf\"\n", 1),
    };
    std::fs::write(&new, text).unwrap();
    let run = sopgen(&["check", "--root", work.path().to_str().unwrap()]);
    assert!(still_in_force(&run.stderr).is_empty(), "{}", run.stderr);
}

/// The `<section>` of the status page `html` headed `judul`.
fn group<'a>(html: &'a str, judul: &str) -> Option<&'a str> {
    html.split("<section class=\"bagian-daftar\">")
        .skip(1)
        .map(|s| &s[..s.find("</section>").unwrap()])
        .find(|s| s.contains(&format!("<h2>{judul}")))
}

#[test]
fn the_status_index_groups_the_replaced_sops_naming_their_replacement() {
    let work = TempDir::new("digantikan-status");
    let out = work.path().join("out");
    let site = fixture("valid/bentuk-nyata");
    let run = sopgen(&[
        "build",
        "--root",
        site.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(out.join("status/dicabut/index.html")).unwrap();
    let replaced = group(&html, "Sudah digantikan").expect("a group of replaced SOPs");
    assert!(
        replaced.contains("Pengadaan Barang Habis Pakai (2018)"),
        "{replaced}"
    );
    assert!(
        replaced.contains("digantikan oleh Pengadaan Barang Habis Pakai (027/112/SOP/102.14/2021)"),
        "{replaced}"
    );
    // The SOPs in force replace nothing of theirs here: one group, unnamed.
    let html = std::fs::read_to_string(out.join("status/berlaku/index.html")).unwrap();
    assert!(group(&html, "Sudah digantikan").is_none());
    assert!(!html.contains("digantikan oleh"));
}
