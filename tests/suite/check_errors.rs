//! Every error kind docs/format.md lists, and every kind of bad input, gets a
//! located diagnostic from `sopgen check` (and makes `build` write nothing).
//!
//! Each folder under `tests/fixtures/invalid/` is a small site; its
//! `expected.txt` lists the diagnostics `sopgen check` must print, one
//! `severity file:line:col: message` a line, in order.

use crate::common::*;

fn expected(name: &str) -> Vec<String> {
    let path = fixture(&format!("invalid/{name}/expected.txt"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Runs `check` on a fixture and compares with its `expected.txt`; returns
/// the diagnostics for further checks.
fn check_fixture(name: &str) -> Vec<Reported> {
    let root = fixture(&format!("invalid/{name}"));
    let run = sopgen(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 1, "check must fail on {name}:\n{}", run.stderr);
    let got = reported(&run.stderr);
    let lines: Vec<String> = got
        .iter()
        .map(|r| format!("{} {}", r.severity, r.short()))
        .collect();
    assert_eq!(
        lines,
        expected(name),
        "diagnostics of {name}:\n{}",
        run.stderr
    );
    assert!(
        got.iter().all(|r| !r.hint.is_empty()),
        "every diagnostic has a hint:\n{}",
        run.stderr
    );
    got
}

/// `build` on an invalid site fails and creates no output folder.
fn build_writes_nothing(name: &str) {
    let site = TempDir::new(name);
    copy_dir(&fixture(&format!("invalid/{name}")), site.path());
    let run = sopgen(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(
        !site.path().join("public").exists(),
        "build of {name} wrote public/"
    );
}

macro_rules! fixtures {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check_fixture(stringify!($name));
                build_writes_nothing(stringify!($name));
            }
        )*
    };
}

fixtures!(
    missing_front_matter,
    yaml_front_matter,
    unterminated_front_matter,
    empty_file,
    invalid_toml,
    unknown_field,
    missing_required_field,
    wrong_type,
    unknown_actor,
    duplicate_actor,
    missing_target,
    self_target,
    bad_waktu,
    bad_date,
    duplicate_url,
    non_utf8,
    binary_file,
    table_trap,
    no_order,
    lanjut_rules,
    nip_digits,
    trap_signatories,
);

// `folder_named_like_file` holds a folder `sop.md/`: git keeps it only
// because of the file inside, which is fine for this fixture too.
#[test]
fn folder_named_like_a_file() {
    check_fixture("folder_named_like_file");
    build_writes_nothing("folder_named_like_file");
}

#[test]
fn hints_say_what_to_do() {
    let trap = check_fixture("table_trap");
    assert!(
        trap[0].hint.contains("move `[disahkan_oleh]`"),
        "{}",
        trap[0].hint
    );
    assert!(
        trap[0].hint.contains("disahkan_oleh = {"),
        "{}",
        trap[0].hint
    );
    let waktu = check_fixture("bad_waktu");
    assert_eq!(waktu[0].hint, "did you mean \"menit\"?");
    let field = check_fixture("unknown_field");
    assert_eq!(field[0].hint, "did you mean `dasar_hukum`?");
    let actor = check_fixture("unknown_actor");
    assert!(
        actor[0].hint.contains("\"Sekretaris\""),
        "{}",
        actor[0].hint
    );
    let yaml = check_fixture("yaml_front_matter");
    assert!(yaml[0].hint.contains("not YAML"), "{}", yaml[0].hint);
    // Several signatories: the trap is explained for `[[...]]`, with the
    // inline form that keeps them a list.
    let trap = check_fixture("trap_signatories");
    assert!(
        trap[0].hint.contains("move `[[disahkan_oleh]]`")
            && trap[0].hint.contains("disahkan_oleh = [{"),
        "{}",
        trap[0].hint
    );
    // The numbering an SOP gives itself is what a wrong target is told.
    let lanjut = check_fixture("lanjut_rules");
    assert_eq!(lanjut[2].hint, "this SOP's step numbers (`no`): 1, 2, 4, 5");
    assert!(
        lanjut[0].hint.contains("`ya` and `tidak`"),
        "{}",
        lanjut[0].hint
    );
    let order = check_fixture("no_order");
    assert!(order[0].hint.contains("must increase"), "{}", order[0].hint);
    // The NIP's message counts the digits after its "NIP:" prefix.
    let nip = check_fixture("nip_digits");
    assert!(
        nip[0].message.contains("has 19 digits"),
        "{}",
        nip[0].message
    );
}

#[test]
fn messages_are_indonesian_unless_english_is_asked_for() {
    let root = fixture("invalid/nip_digits");
    let root = root.to_str().unwrap();
    let id = std::process::Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .args(["check", "--color=never", "--root", root])
        .env_remove("SOPGEN_LANG")
        .output()
        .unwrap();
    let id = String::from_utf8_lossy(&id.stderr);
    assert!(id.contains("berisi 19 angka, bukan 18"), "{id}");
    assert!(!id.contains("digits"), "{id}");
    let en = sopgen(&["check", "--lang", "en", "--root", root]);
    assert!(en.stderr.contains("has 19 digits, not 18"), "{}", en.stderr);
    let flag = std::process::Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .args(["check", "--color=never", "--lang", "id", "--root", root])
        .env("SOPGEN_LANG", "en")
        .output()
        .unwrap();
    let flag = String::from_utf8_lossy(&flag.stderr);
    assert!(
        flag.contains("berisi 19 angka"),
        "--lang wins over SOPGEN_LANG: {flag}"
    );
}

#[test]
fn the_offending_line_is_quoted_with_a_caret() {
    let root = fixture("invalid/unknown_field");
    let run = sopgen(&["check", "--root", root.to_str().unwrap()]);
    assert!(
        run.stderr
            .contains("3 | dasar_hokum = [\"UU No. 23 Tahun 2014\"]\n  | ^^^^^^^^^^^\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn all_errors_of_all_files_are_reported_together() {
    let site = TempDir::new("many");
    for name in ["unknown_field", "bad_waktu", "missing_target"] {
        let text = std::fs::read(fixture(&format!("invalid/{name}/content/sop.md"))).unwrap();
        site.write(&format!("content/{name}.md"), text);
    }
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let got = reported(&run.stderr);
    assert_eq!(got.len(), 6, "{}", run.stderr);
    let files: std::collections::BTreeSet<&str> = got
        .iter()
        .map(|r| r.locus.split(':').next().unwrap())
        .collect();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(
        run.stderr.contains("6 errors, 0 warnings"),
        "{}",
        run.stderr
    );
}

fn sop_with_steps(n: usize) -> String {
    let mut s = String::from("+++\nnama = \"Panjang\"\npelaksana = [\"Staf\"]\n");
    for i in 0..n {
        s.push_str(&format!(
            "\n[[langkah]]\nkegiatan = \"Langkah {i}\"\npelaksana = \"Staf\"\n"
        ));
    }
    s.push_str("+++\n");
    s
}

#[test]
fn a_step_list_of_500_steps_is_refused() {
    let site = TempDir::new("steps");
    site.write("content/panjang.md", sop_with_steps(500));
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let got = reported(&run.stderr);
    assert_eq!(got.len(), 1, "{}", run.stderr);
    assert_eq!(
        got[0].message,
        "too many steps (500); an SOP has at most 200"
    );
    // Points at the first step over the limit.
    let line = sop_with_steps(500)
        .lines()
        .position(|l| l == "kegiatan = \"Langkah 200\"")
        .unwrap();
    assert_eq!(got[0].locus, format!("content/panjang.md:{line}:1"));
    let fine = TempDir::new("steps-ok");
    fine.write("content/cukup.md", sop_with_steps(200));
    assert_eq!(
        sopgen(&["check", "--root", fine.path().to_str().unwrap()]).code,
        0
    );
}

#[test]
fn a_10_mb_file_is_refused_without_reading_it_all() {
    let site = TempDir::new("big");
    let mut text = sop_with_steps(1).into_bytes();
    text.resize(10 * 1024 * 1024, b'x');
    site.write("content/besar.md", text);
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let got = reported(&run.stderr);
    assert_eq!(got.len(), 1, "{}", run.stderr);
    assert_eq!(got[0].locus, "content/besar.md");
    assert!(
        got[0]
            .message
            .starts_with("the file is too large (10.5 MB)"),
        "{}",
        got[0].message
    );
}

#[test]
fn toml_of_the_wrong_shape() {
    let site = TempDir::new("shape");
    site.write(
        "content/bentuk.md",
        "+++\nnama = [\"a\"]\npelaksana = [\"Staf\"]\nlangkah = \"satu\"\ndisahkan_oleh = \"Kepala\"\n+++\n",
    );
    site.write(
        "content/tabel.md",
        "+++\nnama = \"x\"\npelaksana = [\"Staf\"]\n[langkah]\nkegiatan = \"a\"\npelaksana = \"Staf\"\n+++\n",
    );
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    let got: Vec<String> = reported(&run.stderr).iter().map(Reported::short).collect();
    assert_eq!(
        got,
        [
            "content/bentuk.md:2:8: `nama` must be a string, found a list",
            "content/bentuk.md:4:11: `langkah` must be a list of steps, found a string",
            "content/bentuk.md:5:17: `disahkan_oleh` must be a table or a list of tables, found a string",
            "content/tabel.md:4:1: `langkah` must be a list of steps",
        ],
        "{}",
        run.stderr
    );
}

#[test]
fn a_symlink_loop_is_reported() {
    let site = TempDir::new("loop");
    site.write("content/a/sop.md", sop_with_steps(1));
    std::os::unix::fs::symlink("..", site.path().join("content/a/balik")).unwrap();
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let got = reported(&run.stderr);
    assert_eq!(got.len(), 1, "{}", run.stderr);
    assert_eq!(got[0].locus, "content/a/balik");
    assert_eq!(got[0].message, "a symbolic link loop");
    let run = sopgen(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(!site.path().join("public").exists());
}

#[test]
fn a_link_to_nowhere_is_reported() {
    let site = TempDir::new("dangling");
    site.write("content/ada.md", sop_with_steps(1));
    std::os::unix::fs::symlink("/nonexistent/sop.md", site.path().join("content/hilang.md"))
        .unwrap();
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let got = reported(&run.stderr);
    assert_eq!(got.len(), 1, "{}", run.stderr);
    assert_eq!(got[0].locus, "content/hilang.md");
}

#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let site = TempDir::new("unreadable");
    let path = site.write("content/rahasia.md", sop_with_steps(1));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reads, nothing to test.
        eprintln!("skipped: this user can read a file with mode 000");
        return;
    }
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let got = reported(&run.stderr);
    assert_eq!(got[0].locus, "content/rahasia.md");
    assert!(
        got[0].message.starts_with("cannot read the file"),
        "{}",
        got[0].message
    );
}

#[test]
fn no_content_folder() {
    let site = TempDir::new("nocontent");
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert_eq!(reported(&run.stderr)[0].message, "no content folder");
}

#[test]
fn strict_turns_unresolved_links_into_errors() {
    let root = fixture("valid/full");
    let run = sopgen(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warnings = reported(&run.stderr);
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    assert_eq!(warnings[0].severity, "warning");
    assert_eq!(
        warnings[0].short(),
        "content/dinas-a/pengumpulan-data-kinerja.md:16:64: keterkaitan \"SOP Surat Masuk\" does not match any SOP in the catalogue"
    );
    let strict = sopgen(&["check", "--strict", "--root", root.to_str().unwrap()]);
    assert_eq!(strict.code, 1);
    assert_eq!(reported(&strict.stderr)[0].severity, "error");
}

#[test]
fn the_example_catalogue_is_clean_but_for_links_outside_it() {
    let run = sopgen(&["check", "--strict"]);
    let got = reported(&run.stderr);
    assert!(!got.is_empty());
    for r in &got {
        assert!(
            r.message.starts_with("keterkaitan "),
            "only unresolved links may be reported: {r:?}"
        );
        assert!(
            r.message
                .ends_with("does not match any SOP in the catalogue"),
            "{r:?}"
        );
    }
}
