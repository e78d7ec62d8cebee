//! Starting out: `sopgen init` writes a catalogue that builds and checks
//! clean at once, and `sopgen baru` an SOP from a template that checks
//! clean where it lands; neither replaces a file that exists.

use crate::common::*;

#[test]
fn init_writes_a_catalogue_that_checks_and_builds_clean() {
    let tmp = TempDir::new("init");
    let run = sopgen_id_in(tmp.path(), &["init", "katalog"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("Katalog baru ada di katalog"),
        "{}",
        run.stdout
    );
    let site = tmp.path().join("katalog");
    for rel in [
        "sopgen.toml",
        ".gitignore",
        "content/_index.md",
        "content/contoh-dinas/_index.md",
        "content/contoh-dinas/penerimaan-surat-masuk.md",
    ] {
        assert!(site.join(rel).is_file(), "{rel} not written");
    }
    // Every setting is there to be found, explained in Indonesian.
    let toml = std::fs::read_to_string(site.join("sopgen.toml")).unwrap();
    for setting in [
        "judul",
        "deskripsi",
        "base_url",
        "pemerintah",
        "instansi",
        "logo",
        "output_dir",
        "theme",
        "alias_pelaksana",
    ] {
        assert!(
            toml.contains(setting),
            "sopgen.toml does not mention {setting}"
        );
    }
    let check = sopgen_in(&site, &["check", "--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.is_empty() || !check.stderr.contains("warning"),
        "{}",
        check.stderr
    );
    let build = sopgen_in(&site, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page =
        std::fs::read_to_string(site.join("public/contoh-dinas/penerimaan-surat-masuk/index.html"))
            .unwrap();
    assert!(page.contains("Penerimaan dan Pencatatan Surat Masuk"));
    assert!(
        page.contains("Dinas Contoh Kabupaten Contoh"),
        "the folder's instansi is inherited"
    );
    assert!(
        std::fs::read_to_string(site.join(".gitignore"))
            .unwrap()
            .contains("/public/")
    );
}

#[test]
fn init_refuses_a_folder_in_use_and_never_replaces_a_file() {
    let tmp = TempDir::new("init-penuh");
    tmp.write("sopgen.toml", "judul = \"Milik saya\"\n");
    let refused = sopgen_in(tmp.path(), &["init"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("is not empty"),
        "{}",
        refused.stderr
    );
    assert!(
        !tmp.path().join("content").exists(),
        "nothing written when refused"
    );
    let forced = sopgen_in(tmp.path(), &["init", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        forced.stdout.contains("kept     sopgen.toml"),
        "{}",
        forced.stdout
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("sopgen.toml")).unwrap(),
        "judul = \"Milik saya\"\n",
        "the user's file is kept"
    );
    assert!(
        tmp.path()
            .join("content/contoh-dinas/penerimaan-surat-masuk.md")
            .is_file()
    );
    // A file where the folder should be.
    tmp.write("berkas", "x");
    let file = sopgen_in(tmp.path(), &["init", "berkas"]);
    assert_eq!(file.code, 2, "{}", file.stderr);
}

#[test]
fn baru_writes_a_draft_that_checks_clean_with_what_its_folder_gives() {
    let tmp = TempDir::new("baru");
    tmp.write(
        "content/dinsos/_index.md",
        "+++\npemerintah = \"Pemerintah Provinsi Nusa Tenggara Barat\"\ninstansi = \"Dinas Sosial Provinsi NTB\"\n+++\n",
    );
    tmp.write(
        "content/dinsos/sekretariat/_index.md",
        "+++\nunit = [\"Sekretariat\", \"Subbagian Umum\"]\n+++\n",
    );
    let run = sopgen_id_in(tmp.path(), &["baru", "dinsos/sekretariat/surat-masuk"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("content/dinsos/sekretariat/surat-masuk.md"),
        "{}",
        run.stdout
    );
    let text =
        std::fs::read_to_string(tmp.path().join("content/dinsos/sekretariat/surat-masuk.md"))
            .unwrap();
    assert!(text.contains("status = \"draf\""));
    assert!(text.contains("nama = \"Surat Masuk\""));
    assert!(
        text.contains(
            "# instansi = \"Dinas Sosial Provinsi NTB\"   # diwarisi dari content/dinsos/_index.md"
        ),
        "{text}"
    );
    assert!(text.contains("# unit = [\"Sekretariat\", \"Subbagian Umum\"]   # diwarisi dari content/dinsos/sekretariat/_index.md"), "{text}");
    // The signatory table sits after every plain field and before the
    // steps, where TOML reads it as the SOP's.
    let table = text.find("\n[disahkan_oleh]").expect("signatory table");
    let steps = text.find("\n[[langkah]]").expect("steps");
    assert!(table < steps);
    let plain_after = text[table..steps]
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#') && !l.starts_with('['))
        .all(|l| {
            ["jabatan", "nama", "pangkat", "nip"]
                .iter()
                .any(|k| l.starts_with(k))
        });
    assert!(
        plain_after,
        "only signatory keys under [disahkan_oleh]:\n{text}"
    );

    let check = sopgen_in(tmp.path(), &["check", "--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    // Shown in the preview (a draft), left out of the published build.
    let build = sopgen_in(tmp.path(), &["build", "--drafts"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = std::fs::read_to_string(
        tmp.path()
            .join("public/dinsos/sekretariat/surat-masuk/index.html"),
    )
    .unwrap();
    assert!(page.contains("Dinas Sosial Provinsi NTB") && page.contains("Subbagian Umum"));

    // Never over an existing file; a name of its own; odd paths refused.
    let again = sopgen_in(
        tmp.path(),
        &["baru", "content/dinsos/sekretariat/surat-masuk.md"],
    );
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stderr.contains("exists"), "{}", again.stderr);
    let named = sopgen_in(
        tmp.path(),
        &["baru", "lain/aduan", "--nama", "Penanganan \"Aduan\""],
    );
    assert_eq!(named.code, 0, "{}", named.stderr);
    let text = std::fs::read_to_string(tmp.path().join("content/lain/aduan.md")).unwrap();
    assert!(
        text.contains("nama = \"Penanganan \\\"Aduan\\\"\""),
        "{text}"
    );
    assert!(
        text.contains("# instansi = \"Dinas ...\"   # nothing inherited yet"),
        "{text}"
    );
    for bad in ["../luar", "dinsos/_index", "cari/x", ""] {
        let r = sopgen_in(tmp.path(), &["baru", bad]);
        assert_eq!(r.code, 2, "{bad}: {}", r.stderr);
    }
    assert_eq!(sopgen_in(tmp.path(), &["check"]).code, 0);
}

#[test]
fn baru_takes_the_sites_own_template() {
    let tmp = TempDir::new("baru-templat");
    tmp.write(
        "templates/sop-baru.md",
        "+++\nstatus = \"draf\"\nnama = \"{{ nama }}\"\nnomor = \"KHUSUS/{{ tahun }}\"\npelaksana = [\"Staf\"]\n\n[[langkah]]\nkegiatan = \"Mulai\"\npelaksana = \"Staf\"\n+++\n",
    );
    let run = sopgen_in(tmp.path(), &["new", "umum/arsip"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(tmp.path().join("content/umum/arsip.md")).unwrap();
    assert!(
        text.starts_with("+++\nstatus = \"draf\"\nnama = \"Arsip\"\nnomor = \"KHUSUS/20"),
        "{text}"
    );
    assert_eq!(sopgen_in(tmp.path(), &["check"]).code, 0);
}
