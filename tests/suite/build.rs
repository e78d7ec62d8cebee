//! `sopgen build`: the pages it writes, and how it writes them.

use std::path::Path;

use crate::common::*;

fn build(root: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    sopgen(&args)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"))
        + start.len();
    let to = html[from..].find(end).map_or(html.len(), |i| from + i);
    &html[from..to]
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn the_example_catalogue_builds_five_sop_pages_and_a_home_page() {
    let Built { out: dest, run, .. } = example_site();
    assert!(run.stdout.starts_with("Built 5 SOPs"), "{}", run.stdout);
    let pages: Vec<_> = walkdir::WalkDir::new(dest)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        // The printed books under cetak/ hold the SOPs' forms too.
        .filter(|p| !p.strip_prefix(dest).unwrap().starts_with("cetak"))
        .filter(|p| p.ends_with("index.html") && read(p).contains("<article class=\"sop\""))
        .collect();
    assert_eq!(pages.len(), 5, "{pages:?}");
    let home = read(&dest.join("index.html"));
    for page in &pages {
        let rel = page
            .parent()
            .unwrap()
            .strip_prefix(dest)
            .unwrap()
            .to_str()
            .unwrap();
        assert!(
            home.contains(&format!("href=\"{rel}/\"")),
            "home links {rel}"
        );
    }
}

#[test]
fn seed_000_lists_its_11_dasar_hukum_and_10_steps() {
    let dest = &example_site().out;
    let html = read(&dest.join("dinsos-ntb/mekanisme-pengumpulan-data-kinerja/index.html"));
    let dasar = between(&html, "<section class=\"dasar-hukum\">", "</section>");
    assert_eq!(dasar.matches("<li>").count(), 11, "{dasar}");
    assert!(
        dasar.contains("UU No.64/1958 tentang Pembentukan Daerah-Daerah Tk.I Bali, NTB dan NTT.")
    );
    assert!(dasar.contains("Perda No.5/2008 tentang Urusan Pemerintahan Provinsi NTB."));
    let steps = between(&html, "<section class=\"prosedur\"", "</section>");
    assert_eq!(steps.matches("<tr id=\"langkah-").count(), 10);
    assert!(html.contains("H. Ahsanul Khalik, S.Sos.,MH"));
    assert!(html.contains("NIP. 19701231 199803 1 069"));
    assert!(
        html.contains("2 Januari 2017"),
        "tanggal pembuatan in Indonesian"
    );
    assert!(html.contains("4 Januari 2021"));
    // 2+1+3+1+1+1 hari and 4 x 10 menit.
    assert!(html.contains("9 hari 40 menit"), "total waktu");
}

/// Every item each SOP file holds appears on its page: the page shows
/// every part of its seed.
#[test]
fn every_part_of_every_seed_is_on_its_page() {
    use sopgen::content::load::{parse_files, read_content};
    let dest = &example_site().out;
    let (files, diags) = read_content(&repo(), &repo().join("content"));
    assert!(diags.is_empty());
    let loaded = parse_files(files);
    assert_eq!(loaded.sops.len(), 5);
    for sop in &loaded.sops {
        let html = read(&dest.join(&sop.path).join("index.html"));
        let mut items: Vec<&str> = vec![&sop.nama];
        items.extend(sop.nomor.as_deref());
        for list in [
            &sop.dasar_hukum,
            &sop.kualifikasi_pelaksana,
            &sop.peralatan_perlengkapan,
            &sop.peringatan,
            &sop.pencatatan_pendataan,
            &sop.pelaksana,
        ] {
            items.extend(list.iter().map(String::as_str));
        }
        items.extend(sop.keterkaitan.iter().map(|k| k.text.as_str()));
        for p in &sop.disahkan_oleh {
            items.push(&p.jabatan);
            items.extend(p.nama.as_deref());
            items.extend(p.pangkat.as_deref());
            items.extend(p.nip.as_deref());
        }
        let rows = between(&html, "<section class=\"prosedur\"", "</section>");
        assert_eq!(
            rows.matches("<tr id=\"langkah-").count(),
            sop.langkah.len(),
            "{}",
            sop.path
        );
        for step in &sop.langkah {
            items.push(&step.kegiatan);
            items.extend(step.kelengkapan.iter().map(String::as_str));
            items.extend(step.output.iter().map(String::as_str));
            items.extend(step.keterangan.as_deref());
            items.extend(step.penanggung_jawab.as_deref());
        }
        for item in items {
            assert!(
                html.contains(&escape(item)),
                "{}: page lacks {item:?}",
                sop.path
            );
        }
        for (i, step) in sop.langkah.iter().enumerate() {
            let row = between(rows, &format!("<tr id=\"langkah-{}\"", i + 1), "</tr>");
            if let Some(w) = &step.waktu {
                assert!(
                    row.contains(&w.to_string()),
                    "{} step {}: waktu",
                    sop.path,
                    i + 1
                );
            }
            let symbols = html.matches(&format!("data-step=\"{}\">", i + 1)).count();
            assert_eq!(
                symbols,
                step.pelaksana.len(),
                "{} step {}: one symbol per actor",
                sop.path,
                i + 1
            );
        }
    }
}

#[test]
fn every_page_is_indonesian_and_links_relatively() {
    let dest = &example_site().out;
    for entry in walkdir::WalkDir::new(dest) {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|e| e == "html") {
            let html = read(&path);
            assert!(
                html.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"),
                "{}",
                path.display()
            );
            for attr in ["href=\"/", "src=\"/", "http://", "https://"] {
                assert!(!html.contains(attr), "{} has {attr}", path.display());
            }
        }
    }
    let sop = read(&dest.join("dinsos-ntb/mekanisme-pengumpulan-data-kinerja/index.html"));
    assert!(sop.contains("href=\"../../aset/sopgen.css\""));
    assert!(sop.contains("href=\"../../\""));
}

#[test]
fn fixture_site_pages_show_inheritance_links_dates_and_totals() {
    let dest = &shared_build("full", &fixture("valid/full"), &[]).out;
    let html = read(&dest.join("dinas-a/pengumpulan-data-kinerja/index.html"));
    // instansi from the folder's _index.md, unit from the SOP itself.
    // Each links to its index page.
    assert!(html.contains("<p class=\"kop-instansi\"><a href=\"../../instansi/dinas-a-kabupaten-uji/\">Dinas A Kabupaten Uji</a></p>"));
    assert!(html.contains("<p class=\"kop-unit\"><a href=\"../../instansi/dinas-a-kabupaten-uji/sub-bagian-program/\">Sub Bagian Program</a></p>"));
    // Dates as the format shows them.
    for date in [
        "18 Maret 2023",
        "Januari 2024",
        "<td>2024</td>",
        "29 Februari 2024",
    ] {
        assert!(html.contains(date), "{date}");
    }
    assert!(
        html.contains("6 hari 3 jam 35 menit"),
        "10 menit + 1,5 jam + 6 hari + 115 menit"
    );
    assert!(html.contains("<td class=\"kol-waktu\">1,5 jam</td>"));
    // Both path forms resolve; the unresolved one stays text.
    let terkait = between(&html, "<section class=\"keterkaitan\">", "</section>");
    assert_eq!(
        terkait
            .matches("<a href=\"../../dinas-a/penyusunan-lakip/\">Penyusunan LAKIP</a>")
            .count(),
        2,
        "{terkait}"
    );
    assert!(terkait.contains("<li>SOP Surat Masuk</li>"));
    // The link back, by nama ("SOP Pengumpulan Data Kinerja").
    let lakip = read(&dest.join("dinas-a/penyusunan-lakip/index.html"));
    let used = between(&lakip, "Digunakan oleh", "</section>");
    assert!(
        used.contains("href=\"../../dinas-a/pengumpulan-data-kinerja/\""),
        "{used}"
    );
    // The decision and its branches, the penanggung jawab column.
    assert!(html.contains("<g class=\"arrow\" data-from=\"3\" data-to=\"4\" data-branch=\"ya\">"));
    assert!(
        html.contains("<g class=\"arrow\" data-from=\"3\" data-to=\"2\" data-branch=\"tidak\">")
    );
    assert!(html.contains("Penanggung Jawab"));
    assert!(
        !lakip.contains("Penanggung Jawab"),
        "the column only when a step has one"
    );
    // Raw HTML of the body is shown as text.
    assert!(html.contains("&lt;script&gt;alert"));
    assert!(!html.contains("<script>"));
    // The site's config.
    assert!(html.contains("<title>Pengumpulan Data Kinerja · Katalog Uji</title>"));
}

#[test]
fn drafts_only_with_the_flag_and_revoked_marked() {
    let out = TempDir::new("drafts");
    let dest = &shared_build("full", &fixture("valid/full"), &[]).out;
    assert!(
        !dest.join("dinas-b/draf-baru").exists(),
        "a draft is left out of the public build"
    );
    let home = read(&dest.join("index.html"));
    assert!(!home.contains("Masih Draf"));
    let lama = read(&dest.join("dinas-b/lama/index.html"));
    assert!(lama.contains("DICABUT"));
    assert!(home.contains("<span class=\"status status-dicabut\">Dicabut</span>"));
    // A draft's link does not make a backlink on a public page.
    let lakip = read(&dest.join("dinas-a/penyusunan-lakip/index.html"));
    assert!(!lakip.contains("draf-baru"));

    let with = out.path().join("with");
    assert_eq!(build(&fixture("valid/full"), &with, &["--drafts"]).code, 0);
    let draft = read(&with.join("dinas-b/draf-baru/index.html"));
    assert!(draft.contains("DRAF"));
    let lakip = read(&with.join("dinas-a/penyusunan-lakip/index.html"));
    assert!(lakip.contains("dinas-b/draf-baru/"));
}

#[test]
fn a_site_with_no_config_builds_with_defaults() {
    let out = TempDir::new("minimal");
    let dest = out.path().join("out");
    let run = build(&fixture("valid/minimal"), &dest, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = read(&dest.join("sop-a/index.html"));
    assert!(html.contains("Katalog SOP"));
    assert!(
        dest.join("aset/sopgen.css").is_file(),
        "the built-in theme's files"
    );
}

#[test]
fn output_defaults_to_public_under_the_root() {
    let site = TempDir::new("default-out");
    copy_dir(&fixture("valid/minimal"), site.path());
    let run = sopgen(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.path().join("public/sop-a/index.html").is_file());
    site.write("sopgen.toml", "output_dir = \"situs\"\n");
    assert_eq!(
        sopgen(&["build", "--root", site.path().to_str().unwrap()]).code,
        0
    );
    assert!(site.path().join("situs/sop-a/index.html").is_file());
    // --output is relative to the current folder.
    let run = sopgen_in(site.path(), &["build", "--output", "lain"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.path().join("lain/sop-a/index.html").is_file());
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = TempDir::new("atomic");
    copy_dir(&fixture("valid/full"), site.path());
    let root = site.path().to_str().unwrap();
    assert_eq!(sopgen(&["build", "--root", root]).code, 0);
    let before = snapshot(&site.path().join("public"));
    assert!(before.len() > 5);
    // Break one SOP: the build must fail and change nothing.
    site.write(
        "content/dinas-a/penyusunan-lakip.md",
        "+++\nnama = \"Rusak\"\n",
    );
    let run = sopgen(&["build", "--root", root]);
    assert_eq!(run.code, 1);
    assert_eq!(snapshot(&site.path().join("public")), before);
    // A template error fails the build the same way.
    copy_dir(&fixture("valid/full/content"), &site.path().join("content"));
    site.write(
        "templates/sop.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.sop.tidak_ada }}{% endblock main %}",
    );
    let run = sopgen(&["build", "--root", root]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(snapshot(&site.path().join("public")), before);
    // No temporary folders are left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("sopgen-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // A good build replaces the output whole: a deleted SOP's page is gone.
    std::fs::remove_file(site.path().join("templates/sop.html")).unwrap();
    std::fs::remove_file(site.path().join("content/dinas-b/lama.md")).unwrap();
    assert_eq!(sopgen(&["build", "--root", root]).code, 0);
    assert!(!site.path().join("public/dinas-b/lama").exists());
}

#[test]
fn refuses_output_folders_that_would_destroy_work() {
    let site = TempDir::new("refuse");
    copy_dir(&fixture("valid/minimal"), site.path());
    let root = site.path().to_str().unwrap();
    let parent = site.path().parent().unwrap().to_str().unwrap().to_string();
    let content = site.path().join("content");
    let inside = site.path().join("content/keluar");
    for (out, why) in [
        (root.to_string(), "it holds the site itself"),
        (parent, "it holds the site itself"),
        ("/".to_string(), "it is the root of the file system"),
        (
            content.to_str().unwrap().to_string(),
            "inside the site's content/ folder",
        ),
        (
            inside.to_str().unwrap().to_string(),
            "inside the site's content/ folder",
        ),
    ] {
        let run = sopgen(&["build", "--root", root, "--output", &out]);
        assert_eq!(run.code, 1, "{out}: {}", run.stderr);
        assert!(run.stderr.contains(why), "{out}: {}", run.stderr);
    }
    // A home folder.
    let home = TempDir::new("home");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .env("SOPGEN_LANG", "en")
        .args([
            "build",
            "--root",
            root,
            "--output",
            home.path().to_str().unwrap(),
        ])
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("it is a home folder"));
    // A folder of someone else's files is never replaced.
    let other = site.path().join("punya-orang");
    site.write("punya-orang/penting.docx", "isi");
    let run = sopgen(&["build", "--root", root, "--output", other.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("already holds files that sopgen did not write"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(other.join("penting.docx")).unwrap(),
        "isi"
    );
    // Nothing was written anywhere.
    assert!(!site.path().join("public").exists());
    assert_eq!(snapshot(&content).len(), 1);
}

#[test]
fn a_site_can_override_templates_and_static_files() {
    let site = TempDir::new("override");
    copy_dir(&fixture("valid/minimal"), site.path());
    site.write(
        "templates/sop.html",
        "{% extends \"base.html\" %}{% block main %}<h1 class=\"ganti\">{{ page.sop.nama }}</h1>{% endblock main %}",
    );
    site.write("static/aset/sopgen.css", "body { color: red }");
    site.write("static/logo.png", "png");
    let out = site.path().join("public");
    let run = build(site.path(), &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        read(&out.join("sop-a/index.html")).contains("<h1 class=\"ganti\">Contoh Minimal</h1>")
    );
    assert_eq!(read(&out.join("aset/sopgen.css")), "body { color: red }");
    assert!(out.join("logo.png").is_file());
    // The base template still comes from the built-in theme.
    assert!(read(&out.join("sop-a/index.html")).contains("<html lang=\"id\">"));
}

#[test]
fn a_named_theme_is_used_and_a_missing_one_reported() {
    let site = TempDir::new("theme");
    copy_dir(&fixture("valid/minimal"), site.path());
    site.write("sopgen.toml", "theme = \"biru\"\n");
    let root = site.path().to_str().unwrap();
    let run = sopgen(&["build", "--root", root]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("theme \"biru\" not found"),
        "{}",
        run.stderr
    );
    site.write("themes/biru/static/aset/sopgen.css", "/* biru */");
    assert_eq!(sopgen(&["build", "--root", root]).code, 0);
    assert_eq!(
        read(&site.path().join("public/aset/sopgen.css")),
        "/* biru */"
    );
}

#[test]
fn a_template_error_points_at_the_template() {
    let site = TempDir::new("tplerr");
    copy_dir(&fixture("valid/minimal"), site.path());
    site.write(
        "templates/sop.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock main %}",
    );
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let got = reported(&run.stderr);
    assert_eq!(got.len(), 1, "{}", run.stderr);
    assert!(
        got[0].locus.starts_with("templates/sop.html:3:"),
        "{}",
        run.stderr
    );
    assert!(
        got[0].message.starts_with("template error:"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_bad_config_is_reported_at_its_line() {
    let site = TempDir::new("config");
    copy_dir(&fixture("valid/minimal"), site.path());
    site.write(
        "sopgen.toml",
        "title = \"x\"\nbase_ur = \"https://x.go.id\"\n",
    );
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let got = reported(&run.stderr);
    assert_eq!(got[0].locus, "sopgen.toml:2:1", "{}", run.stderr);
    assert_eq!(got[0].hint, "did you mean `base_url`?");
}

#[test]
fn help_describes_every_command_and_option() {
    let run = sopgen(&["--help"]);
    assert_eq!(run.code, 0);
    for word in ["build", "check"] {
        assert!(run.stdout.contains(word), "{}", run.stdout);
    }
    let run = sopgen(&["build", "--help"]);
    for flag in ["--root", "--output", "--base-url", "--drafts"] {
        assert!(run.stdout.contains(flag), "{}", run.stdout);
    }
    let run = sopgen(&["check", "--help"]);
    assert!(run.stdout.contains("--strict"));
    let run = sopgen(&["bangun"]);
    assert_eq!(run.code, 2, "bad usage exits with 2");
}

/// The generator of test catalogues is not in the binary users install
/// (it is crates/sopgen-synth): no `generate` command, hidden or not, and
/// none of its code linked in.
#[test]
fn the_installed_binary_has_no_generator() {
    let site = TempDir::new("no-generate");
    let root = site.path().join("situs");
    let run = sopgen_id(&["generate", "--count", "3", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .starts_with("kesalahan: perintah 'generate' tidak dikenal"),
        "{}",
        run.stderr
    );
    assert!(!root.exists(), "nothing is written");
    for args in [&["--help"][..], &["--lang", "en", "--help"]] {
        let help = sopgen_id(args);
        assert_eq!(help.code, 0, "{args:?}: {}", help.stderr);
        assert!(help.stdout.contains("build"), "{}", help.stdout);
        assert!(!help.stdout.contains("generate"), "{}", help.stdout);
    }
    // (`help` takes no --color, which the helpers add.)
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .args(["help", "generate"])
        .env_remove("SOPGEN_LANG")
        .output()
        .unwrap();
    assert_eq!(help.status.code(), Some(2));
    let said = String::from_utf8_lossy(&help.stderr);
    assert!(said.contains("'generate' tidak dikenal"), "{said}");
    // The title every generated catalogue's sopgen.toml has, a literal of
    // the generator only.
    let binary = std::fs::read(env!("CARGO_BIN_EXE_sopgen")).unwrap();
    let title = b"Katalog SOP Sintetis";
    assert!(
        !binary.windows(title.len()).any(|w| w == title),
        "the sopgen binary links the generator"
    );
}

/// The commands or options a help text lists, each with what it says of
/// itself: `("build", "Build the site ...")`, `("--root", "The site's ...")`,
/// `("<QUERY>...", "The words ...")`.
fn described(help: &str) -> Vec<(String, String)> {
    help.lines()
        .filter_map(|line| {
            let entry = line.strip_prefix("  ")?.trim_start();
            let (names, text) = entry.split_once("  ")?;
            let name = names.rsplit(", ").next()?.split(' ').next()?;
            Some((name.to_string(), text.trim().to_string()))
        })
        .collect()
}

#[test]
fn help_is_indonesian_unless_english_is_asked_for() {
    let en = sopgen(&["-h"]);
    let commands: Vec<String> = described(&en.stdout)
        .into_iter()
        .map(|(name, _)| name)
        // `help` has no options of its own: its text is checked in the list.
        .filter(|name| !name.starts_with('-') && name != "help")
        .collect();
    assert!(commands.len() >= 6, "{}", en.stdout);
    for command in std::iter::once("").chain(commands.iter().map(String::as_str)) {
        let args: Vec<&str> = [command, "-h"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let en = sopgen(&args);
        let id = sopgen_id(&args);
        assert_eq!((en.code, id.code), (0, 0), "{command}: {}", id.stderr);
        // The same commands and options, each described in Indonesian.
        let (en_said, id_said) = (described(&en.stdout), described(&id.stdout));
        assert!(!en_said.is_empty(), "{command}: {}", en.stdout);
        assert_eq!(en_said.len(), id_said.len(), "{command}:\n{}", id.stdout);
        for ((en_name, en_text), (id_name, id_text)) in en_said.iter().zip(&id_said) {
            // Positional arguments (`<NAME>`, or `[NAME]` when optional)
            // are named in the language of the help.
            if !en_name.starts_with(['<', '[']) {
                assert_eq!(en_name, id_name, "{command}");
            }
            assert!(!id_text.is_empty(), "{command} {id_name}");
            assert_ne!(en_text, id_text, "{command} {id_name} is not in Indonesian");
        }
        // What the command is, and the words clap writes itself.
        let about = |help: &str| help.lines().next().unwrap_or_default().to_string();
        assert_ne!(about(&en.stdout), about(&id.stdout), "{command}");
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "[default:",
            "possible values",
            "Print help",
            "Print version",
        ] {
            assert!(
                !id.stdout.contains(english),
                "{command}: {english}\n{}",
                id.stdout
            );
        }
        assert!(id.stdout.contains("Cara pakai: sopgen"), "{}", id.stdout);
        // English on request, by flag or by SOPGEN_LANG: today's help.
        let mut flagged = vec!["--lang", "en"];
        flagged.extend(&args);
        assert_eq!(sopgen_id(&flagged).stdout, en.stdout, "{command}");
        assert!(en.stdout.contains("Usage: sopgen"), "{}", en.stdout);
    }
    let en = sopgen(&["build", "-h"]);
    assert!(
        en.stdout
            .starts_with("Build the site into the output folder (public/ by default)\n")
    );
    assert!(en.stdout.contains("      --root <DIR>      The site's folder (holding content/ and an optional sopgen.toml) [default: .]\n"));
    // --lang wins over SOPGEN_LANG, for the help too.
    let id = sopgen(&["--lang", "id", "build", "-h"]);
    assert!(
        id.stdout.starts_with("Membangun situs ke folder keluaran"),
        "{}",
        id.stdout
    );
}

#[test]
fn base_url_gives_canonical_links_but_pages_stay_relative() {
    let out = TempDir::new("baseurl");
    let dest = out.path().join("out");
    let run = build(
        &fixture("valid/minimal"),
        &dest,
        &["--base-url", "https://sop.example.go.id/katalog"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = read(&dest.join("sop-a/index.html"));
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://sop.example.go.id/katalog/sop-a/\">"),
        "{html}"
    );
    assert!(html.contains("href=\"../aset/sopgen.css\""));
}

/// A generated catalogue of `count` SOPs (seed 3), built in memory; each
/// size once for all the tests that ask for it.
fn generated(count: usize) -> &'static sopgen::site::Site {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static BUILT: OnceLock<Mutex<HashMap<usize, &'static sopgen::site::Site>>> = OnceLock::new();
    let mut built = BUILT.get_or_init(Default::default).lock().unwrap();
    built.entry(count).or_insert_with(|| {
        let dir = TempDir::new("generated");
        sopgen_synth::write(dir.path(), count, 3).unwrap();
        let site = sopgen::site::build(&sopgen::site::Options::new(dir.path())).unwrap();
        Box::leak(Box::new(site))
    })
}

/// The home page's links under "Semua SOP": (href, text) of each.
fn listed_under_semua_sop(home: &str) -> Vec<(String, String)> {
    let part = &home[home
        .find("class=\"judul-semua\"")
        .expect("the Semua SOP heading")..];
    part.split("<a href=\"")
        .skip(1)
        .map(|rest| {
            let href = &rest[..rest.find('"').unwrap()];
            let text = &rest[rest.find('>').unwrap() + 1..rest.find("</a>").unwrap()];
            (href.to_string(), text.to_string())
        })
        .collect()
}

#[test]
fn a_large_catalogue_lists_instansi_on_the_home_page_and_a_small_one_every_sop() {
    let site = |count: usize| {
        let built = generated(count);
        let file = |path: &str| {
            built
                .files
                .iter()
                .find(|f| f.path == path)
                .map(|f| String::from_utf8(f.bytes.to_vec()).unwrap())
        };
        let home = file("index.html").unwrap();
        let published: Vec<String> = built
            .built
            .catalog
            .published()
            .filter(|(_, e)| e.sop.status != sopgen::content::Status::Draf)
            .map(|(_, e)| e.url.clone())
            .collect();
        // Every instansi page linked from the home page, with its SOPs.
        let instansi: Vec<(String, String, usize)> = listed_under_semua_sop(&home)
            .into_iter()
            .filter(|(href, _)| href.starts_with("instansi/"))
            .map(|(href, nama)| {
                let page = file(&format!("{href}index.html"))
                    .unwrap_or_else(|| panic!("the home page links {href}, which was not built"));
                let sops = published
                    .iter()
                    .filter(|url| page.contains(&format!("href=\"../../{url}\"")))
                    .count();
                (href, nama, sops)
            })
            .collect();
        (home, published, instansi)
    };

    // 600 SOPs: each instansi with its count and a link to its page; the
    // counts add up, and every SOP is on the page of its instansi.
    let (home, published, instansi) = site(600);
    assert!(published.len() > 500, "{}", published.len());
    assert!(!instansi.is_empty());
    let counted: usize = instansi
        .iter()
        .map(|(href, nama, sops)| {
            let shown = format!("{nama}</a> <span class=\"jumlah\">({sops} SOP)</span>");
            assert!(home.contains(&shown), "{href}: {shown}");
            sops
        })
        .sum();
    assert_eq!(counted, published.len());
    for url in &published {
        assert!(
            !home.contains(&format!("href=\"{url}\"")),
            "{url} on the home page"
        );
    }
    assert!(home.len() < 200_000, "{} bytes", home.len());

    // 60 SOPs: every one listed.
    let (home, published, instansi) = site(60);
    assert!(instansi.is_empty());
    let listed = listed_under_semua_sop(&home);
    for url in &published {
        assert!(
            listed.iter().any(|(href, _)| href == url),
            "{url} not listed"
        );
    }
}

/// Where `href`, on the page at `page` (a path under the site root),
/// leads: a path under the site root, or None for a link off the site.
fn resolve(page: &str, href: &str) -> Option<String> {
    if href.starts_with('#') || href.contains("://") || href.starts_with("mailto:") {
        return None;
    }
    let href = href.split('#').next().unwrap();
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop().expect("a link above the site root");
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if href.ends_with('/') || href.is_empty() {
        path.push_str(if path.is_empty() {
            "index.html"
        } else {
            "/index.html"
        });
    }
    Some(path)
}

#[test]
fn long_lists_go_on_over_numbered_pages_whose_links_all_work() {
    let built = generated(600);
    let files: std::collections::BTreeMap<&str, String> = built
        .files
        .iter()
        .map(|f| {
            (
                f.path.as_str(),
                String::from_utf8_lossy(&f.bytes).into_owned(),
            )
        })
        .collect();
    let in_force: Vec<&str> = built
        .built
        .catalog
        .published()
        .filter(|(_, e)| e.sop.status == sopgen::content::Status::Berlaku)
        .map(|(_, e)| e.url.as_str())
        .collect();
    let per_page = sopgen::render::indexpages::PER_PAGE;
    assert!(in_force.len() > 2 * per_page, "{}", in_force.len());
    let pages = in_force.len().div_ceil(per_page);
    let page_path = |k: usize| match k {
        1 => "status/berlaku/index.html".to_string(),
        k => format!("status/berlaku/halaman/{k}/index.html"),
    };
    assert!(!files.contains_key(page_path(pages + 1).as_str()));
    let mut seen: Vec<String> = Vec::new();
    for k in 1..=pages {
        let path = page_path(k);
        let html = files
            .get(path.as_str())
            .unwrap_or_else(|| panic!("{path} was not built"));
        assert!(
            html.contains(&format!("Halaman {k} dari {pages}")),
            "{path}"
        );
        let hrefs: Vec<&str> = html
            .split("href=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        for href in &hrefs {
            if let Some(target) = resolve(&path, href) {
                assert!(
                    files.contains_key(target.as_str()),
                    "{path}: {href} -> {target}"
                );
            }
        }
        // The SOPs it lists, and links to every page of the list.
        let listed = between(html, "<h1>", "class=\"paginasi\"");
        seen.extend(
            in_force
                .iter()
                .filter(|url| {
                    let href = format!("{}{url}\"", "../".repeat(path.matches('/').count()));
                    listed.contains(&format!("href=\"{href}"))
                })
                .map(|url| url.to_string()),
        );
        let nav: Vec<String> = hrefs
            .iter()
            .filter_map(|h| resolve(&path, h))
            .filter(|t| t.starts_with("status/berlaku/"))
            .collect();
        for j in 1..=pages {
            assert!(nav.contains(&page_path(j)), "{path} does not link page {j}");
        }
        assert!(html.contains("aria-current=\"page\""));
    }
    seen.sort();
    let mut want: Vec<String> = in_force.iter().map(|u| u.to_string()).collect();
    want.sort();
    assert_eq!(seen, want, "every SOP in force listed once over the pages");
}
