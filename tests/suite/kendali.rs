//! Control characters (TOML's `\u0001`, or raw in the Markdown) never reach
//! a page or the feed: in a field they are an error located at the value,
//! in the notes they are dropped with a warning, in `sopgen.toml` an error
//! at the setting's line.

use crate::common::*;

const SOP: &str = r#"+++
nomor = "NOMOR"
nama = "NAMA"
instansi = "INSTANSI"
unit = ["UNIT"]
dasar_hukum = ["DASAR"]
peringatan = "PERINGATAN"
kata_kunci = ["KUNCI"]
pelaksana = ["Staf", "PELAKSANA"]

[disahkan_oleh]
jabatan = "JABATAN"
nama = "PENGESAH"

[[langkah]]
kegiatan = "KEGIATAN"
pelaksana = "Staf"
output = "OUTPUT"
keterangan = "KETERANGAN"

[[langkah]]
kegiatan = "Selesai"
pelaksana = "PELAKSANA"
+++

CATATAN
"#;

fn site_with(sop: &str) -> TempDir {
    let tmp = TempDir::new("kendali");
    tmp.write("content/uji/sop.md", sop);
    tmp
}

#[test]
fn a_control_character_in_any_field_is_an_error_at_its_value() {
    let fields = [
        ("NOMOR", "nomor"),
        ("NAMA", "nama"),
        ("INSTANSI", "instansi"),
        ("UNIT", "unit"),
        ("DASAR", "dasar_hukum"),
        ("PERINGATAN", "peringatan"),
        ("KUNCI", "kata_kunci"),
        ("JABATAN", "jabatan"),
        ("PENGESAH", "nama"),
        ("KEGIATAN", "kegiatan"),
        ("OUTPUT", "output"),
        ("KETERANGAN", "keterangan"),
    ];
    for (marker, field) in fields {
        let text = SOP.replacen(marker, &format!("{marker}\\u0001x"), 1);
        let line = text.lines().position(|l| l.contains("\\u0001")).unwrap() + 1;
        let site = site_with(&text);
        let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
        assert_eq!(run.code, 1, "{field}: {}", run.stderr);
        let reports = reported(&run.stderr);
        let hit = reports
            .iter()
            .find(|r| r.message.contains("control character U+0001"));
        let hit = hit.unwrap_or_else(|| panic!("{field}: {}", run.stderr));
        assert!(
            hit.message.contains(&format!("{field}`")),
            "{field}: {}",
            hit.message
        );
        assert!(
            hit.locus
                .starts_with(&format!("content/uji/sop.md:{line}:")),
            "{field} at line {line}: {}",
            hit.locus
        );
        // And the build stops, writing nothing.
        let out = site.path().join("public");
        let built = sopgen(&["build", "--root", site.path().to_str().unwrap()]);
        assert_eq!(built.code, 1);
        assert!(!out.exists());
    }
    // A pelaksana name, in the SOP's list and in a step.
    let text = SOP.replace("PELAKSANA", "PELAKSANA\\u007F");
    let site = site_with(&text);
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("control character U+007F"),
        "{}",
        run.stderr
    );
}

#[test]
fn control_characters_in_the_notes_are_dropped_and_the_feed_stays_xml() {
    let text = SOP.replace("CATATAN", "Catatan\u{1} dengan\u{7} bel\u{85}.");
    let site = site_with(&text);
    let root = site.path().to_str().unwrap();
    let run = sopgen(&[
        "build",
        "--root",
        root,
        "--base-url",
        "https://sop.example.go.id/",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: content/uji/sop.md:26:8: the SOP's notes hold 3 control characters (the first U+0001)"
        ),
        "{}",
        run.stderr
    );
    let feed = std::fs::read_to_string(site.path().join("public/feed.xml")).unwrap();
    roxmltree::Document::parse(&feed).expect("feed.xml is well-formed XML");
    for (path, bytes) in snapshot(&site.path().join("public")) {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["html", "xml", "json", "js", "txt"].contains(&ext) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
            "{} holds a control character",
            path.display()
        );
    }
    let page = std::fs::read_to_string(site.path().join("public/uji/sop/index.html")).unwrap();
    assert!(
        page.contains("Catatan dengan bel."),
        "the text around them is kept"
    );
}

#[test]
fn a_control_character_in_the_settings_is_an_error_at_its_line() {
    let site = site_with(&SOP.replace("CATATAN", "Catatan"));
    site.write(
        "sopgen.toml",
        "base_url = \"https://x.go.id/\"\njudul = \"Katalog\\u0002 SOP\"\n",
    );
    let run = sopgen(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let r = reported(&run.stderr);
    assert!(
        r.iter().any(|r| r
            .message
            .contains("`title` holds the control character U+0002")
            && r.locus.starts_with("sopgen.toml:2:1")),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("public").exists());
}
