//! Messages are Indonesian unless English is asked for. Each kind of
//! message sopgen prints, run as users run it (no `SOPGEN_LANG`), and where
//! it helps against the same run in English: the reports must say the same
//! things at the same places, in the other language.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::common::*;

/// The diagnostics of an Indonesian report: `kesalahan:` / `peringatan:`,
/// the `-->` locus, `= saran:`.
fn dilaporkan(stderr: &str) -> Vec<Reported> {
    reported_as(stderr, ["kesalahan", "peringatan"], "saran")
}

/// No line of `text` starts the way an English report does.
fn no_english_labels(text: &str) {
    for line in text.lines() {
        for english in ["error:", "warning:", "note:"] {
            assert!(!line.starts_with(english), "{line}\n\n{text}");
        }
        assert!(!line.contains("= hint:"), "{line}\n\n{text}");
    }
}

#[test]
fn check_reports_every_invalid_fixture_in_indonesian_at_the_same_places() {
    let mut fixtures: Vec<_> = std::fs::read_dir(fixture("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    fixtures.sort();
    assert!(fixtures.len() > 20, "{fixtures:?}");
    for root in fixtures {
        let name = root.file_name().unwrap().to_string_lossy().into_owned();
        let root = root.to_str().unwrap();
        let en = sopgen(&["check", "--root", root]);
        let id = sopgen_id(&["check", "--root", root]);
        assert_eq!((en.code, id.code), (1, 1), "{name}:\n{}", id.stderr);
        no_english_labels(&id.stderr);
        let (en_said, id_said) = (reported(&en.stderr), dilaporkan(&id.stderr));
        assert!(!en_said.is_empty(), "{name}: {}", en.stderr);
        assert_eq!(en_said.len(), id_said.len(), "{name}:\n{}", id.stderr);
        for (e, i) in en_said.iter().zip(&id_said) {
            // The same problem at the same place.
            assert_eq!(e.locus, i.locus, "{name}");
            let label = if e.severity == "error" {
                "kesalahan"
            } else {
                "peringatan"
            };
            assert_eq!(i.severity, label, "{name}");
            assert!(!i.hint.is_empty(), "{name}: every report has a hint");
            // Said in Indonesian, hint included. The waktu messages are
            // made in content/waktu.rs, which this work leaves alone.
            if name != "bad_waktu" {
                assert_ne!(e.message, i.message, "{name}: untranslated");
                assert_ne!(e.hint, i.hint, "{name}: untranslated hint");
            }
        }
        let errors = id_said.iter().filter(|d| d.severity == "kesalahan").count();
        let warnings = id_said.len() - errors;
        assert_eq!(
            id.stderr.lines().last(),
            Some(format!("{errors} kesalahan, {warnings} peringatan").as_str()),
            "{name}"
        );
    }
}

#[test]
fn a_build_says_what_it_did_and_why_it_failed_in_indonesian() {
    let site = TempDir::new("bahasa-build");
    copy_dir(&fixture("valid/minimal"), site.path());
    let root = site.path().to_str().unwrap();
    let run = sopgen_id(&["check", "--root", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "Tidak ada masalah.\n");

    let run = sopgen_id(&["build", "--root", root, "--stats"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = site.path().join("public");
    let done = format!(" berkas) ke {} dalam ", out.display());
    let last = run.stdout.lines().last().unwrap();
    assert!(
        last.starts_with("1 SOP dibangun (") && last.contains(&done) && last.ends_with(" ms"),
        "{}",
        run.stdout
    );
    // The stats table: a line a phase, then the files and the memory.
    let stats: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("statistik: "))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    for phase in ["baca", "urai", "render", "tukar", "berkas"] {
        assert!(stats.contains(&phase), "{}", run.stdout);
    }
    assert!(!run.stdout.contains("stats:"), "{}", run.stdout);

    // A broken SOP: nothing is written, and it says so.
    site.write("content/sop-a.md", "+++\nnama = \"Rusak\"\n");
    let run = sopgen_id(&["build", "--root", root]);
    assert_eq!(run.code, 1);
    no_english_labels(&run.stderr);
    assert_eq!(
        dilaporkan(&run.stderr)[0].message,
        "front matter tidak ditutup"
    );
    assert!(
        run.stderr
            .ends_with("1 kesalahan, 0 peringatan\nBuild gagal; tidak ada yang ditulis.\n"),
        "{}",
        run.stderr
    );

    // An output folder that would destroy work is refused.
    copy_dir(&fixture("valid/minimal"), site.path());
    let run = sopgen_id(&["build", "--root", root, "--output", "/"]);
    assert_eq!(run.code, 1);
    let said = dilaporkan(&run.stderr);
    assert_eq!(
        said[0].message,
        "situs tidak akan ditulis ke /: itu folder akar sistem berkas"
    );
    assert!(
        said[0].hint.contains("pilih folder tersendiri"),
        "{}",
        said[0].hint
    );
}

#[test]
fn settings_themes_and_templates_are_reported_in_indonesian() {
    let site = TempDir::new("bahasa-config");
    copy_dir(&fixture("valid/minimal"), site.path());
    let root = site.path().to_str().unwrap();
    site.write("sopgen.toml", "title = \"x\"\nbase_ur = \"y\"\n");
    let run = sopgen_id(&["check", "--root", root]);
    let said = dilaporkan(&run.stderr);
    assert_eq!(said[0].locus, "sopgen.toml:2:1", "{}", run.stderr);
    assert!(
        said[0].message.starts_with("kolom `base_ur` tidak dikenal"),
        "{}",
        run.stderr
    );
    assert_eq!(said[0].hint, "maksudnya `base_url`?");

    site.write("sopgen.toml", "theme = \"biru\"\n");
    let run = sopgen_id(&["check", "--root", root]);
    let said = dilaporkan(&run.stderr);
    assert_eq!(
        said[0].message, "tema \"biru\" tidak ditemukan",
        "{}",
        run.stderr
    );

    std::fs::remove_file(site.path().join("sopgen.toml")).unwrap();
    site.write(
        "templates/sop.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock main %}",
    );
    let run = sopgen_id(&["check", "--root", root]);
    let said = dilaporkan(&run.stderr);
    assert!(
        said[0].locus.starts_with("templates/sop.html:3:"),
        "{}",
        run.stderr
    );
    assert!(
        said[0].message.starts_with("kesalahan templat: "),
        "{}",
        run.stderr
    );
    no_english_labels(&run.stderr);
}

#[test]
fn warnings_are_listed_in_indonesian_with_their_count() {
    // The example catalogue links SOPs that are not in it.
    let out = TempDir::new("bahasa-warnings");
    let public = out.path().join("public");
    let run = sopgen_id(&["build", "--output", public.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    no_english_labels(&run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    let n = lines.len() - 1;
    assert!(n > 0, "{}", run.stderr);
    for line in &lines[..n] {
        assert!(
            line.starts_with("peringatan: content/")
                && line.contains(" tidak cocok dengan SOP mana pun di katalog"),
            "{line}"
        );
    }
    assert_eq!(
        lines[n],
        format!("{n} peringatan; `sopgen check` menampilkannya selengkapnya")
    );
}

#[test]
fn search_answers_in_indonesian() {
    let run = sopgen_id(&["search", "--limit", "1", "data", "kinerja"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap();
    assert!(
        first.ends_with(" SOP cocok dengan \"data kinerja\" (1 teratas):"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("(skor "), "{}", run.stdout);
    let run = sopgen_id(&["search", "zzqxv"]);
    assert_eq!(run.stdout, "Tidak ada SOP yang cocok dengan \"zzqxv\".\n");
}

#[test]
fn a_bundle_says_what_it_made_and_what_it_would_not_replace_in_indonesian() {
    let dir = TempDir::new("bahasa-bundle");
    let zip = dir.path().join("katalog.zip");
    let root = fixture("valid/minimal");
    let args = [
        "bundle",
        "--root",
        root.to_str().unwrap(),
        "--output",
        zip.to_str().unwrap(),
    ];
    let run = sopgen_id(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("1 SOP dikemas (")
            && lines[0].ends_with(&format!(" ke {}", zip.display())),
        "{}",
        run.stdout
    );
    assert_eq!(
        lines[1],
        "Ekstrak di mana saja lalu buka index.html: tidak perlu server atau internet."
    );
    let run = sopgen_id(&args);
    assert_eq!(run.code, 1);
    let said = dilaporkan(&run.stderr);
    assert_eq!(said[0].message, format!("{} sudah ada", zip.display()));
    assert!(
        run.stderr.ends_with("Tidak ada zip yang ditulis.\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_are_in_indonesian_and_in_english_on_request() {
    let run = sopgen_id(&["xyzzy"]);
    assert_eq!(run.code, 2, "bad usage exits with 2");
    assert!(
        run.stderr.starts_with(
            "kesalahan: perintah 'xyzzy' tidak dikenal\n\nCara pakai: sopgen [OPSI] <PERINTAH>\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("Untuk keterangan lebih lanjut, coba '--help'.\n")
    );
    let run = sopgen_id(&["build", "--roo", "x"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("kesalahan: argumen '--roo' tidak dikenal")
            && run.stderr.contains("saran: ada opsi yang mirip: '--root'"),
        "{}",
        run.stderr
    );
    let run = sopgen_id(&["serve", "--port", "huruf"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(
            "kesalahan: nilai 'huruf' tidak sah untuk '--port <PORT>': bukan bilangan bulat"
        ),
        "{}",
        run.stderr
    );
    let run = sopgen_id(&["--lang", "fr", "check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("bahasa \"fr\" tidak dikenal: pakai id atau en"),
        "{}",
        run.stderr
    );
    // English on request: clap's own words.
    let run = sopgen_id(&["--lang", "en", "bangun"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: unrecognized subcommand 'bangun'"),
        "{}",
        run.stderr
    );
}

/// A running `sopgen serve --watch` in Indonesian, stopped when dropped.
struct Server {
    child: std::process::Child,
    port: u16,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn lines_of(from: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(from).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    rx
}

/// The lines from `rx` up to the first that `done` accepts, which is the
/// last. Generous patience: the machine is shared.
fn until(rx: &Receiver<String>, done: impl Fn(&str) -> bool) -> Vec<String> {
    let mut seen = Vec::new();
    loop {
        match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(line) => {
                let last = done(&line);
                seen.push(line);
                if last {
                    return seen;
                }
            }
            Err(RecvTimeoutError::Timeout) => panic!("waited in vain; so far:\n{seen:#?}"),
            Err(RecvTimeoutError::Disconnected) => panic!("sopgen stopped; it said:\n{seen:#?}"),
        }
    }
}

#[test]
fn serve_speaks_indonesian() {
    let site = TempDir::new("bahasa-serve");
    copy_dir(&fixture("valid/minimal"), site.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .env_remove("SOPGEN_LANG")
        .args(["serve", "--watch", "--port", "0", "--color=never", "--root"])
        .arg(site.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = lines_of(child.stdout.take().unwrap());
    let stderr = lines_of(child.stderr.take().unwrap());
    let mut server = Server {
        child,
        port: 0,
        stdout,
        stderr,
    };
    let banner = until(&server.stdout, |l| l.starts_with("Tekan "));
    let shown = site.path().display().to_string();
    assert_eq!(banner.len(), 3, "{banner:#?}");
    assert!(
        banner[0].starts_with("Dibangun dalam ") && banner[0].ends_with(" ms"),
        "{banner:#?}"
    );
    let serving = banner[1]
        .strip_prefix(&format!("Menyajikan {shown} di http://127.0.0.1:"))
        .and_then(|rest| rest.strip_suffix("/ (mengawasi perubahan)"))
        .unwrap_or_else(|| panic!("{banner:#?}"));
    server.port = serving.parse().unwrap();
    assert_eq!(
        banner[2],
        "Tekan Ctrl-C untuk berhenti; tidak ada yang ditulis ke disk."
    );

    // What the server answers a method it does not serve.
    let mut s = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(s, "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 405"), "{reply}");
    assert!(
        reply.ends_with("\r\n\r\nHanya GET dan HEAD yang dilayani.\n"),
        "{reply}"
    );

    // A save rebuilds; a broken save is reported and the last good build
    // stays.
    let sop = site.path().join("content/sop-a.md");
    let text = std::fs::read_to_string(&sop).unwrap();
    std::fs::write(&sop, text.replace("Mengerjakan", "Mengerjakan lagi")).unwrap();
    let rebuilt = until(&server.stdout, |l| l.starts_with("Dibangun ulang"));
    let path = std::path::Path::new("content").join("sop-a.md");
    assert!(
        rebuilt.last().unwrap().starts_with(&format!(
            "Dibangun ulang setelah {} berubah, dalam ",
            path.display()
        )),
        "{rebuilt:#?}"
    );
    std::fs::write(&sop, text.replace("kegiatan", "kegiatann")).unwrap();
    let failed = until(&server.stderr, |l| l.starts_with("Build gagal setelah"));
    assert_eq!(
        failed.last().unwrap(),
        &format!(
            "Build gagal setelah {} berubah; build terakhir yang berhasil tetap disajikan",
            path.display()
        )
    );
    let report = failed.join("\n");
    no_english_labels(&report);
    let said = dilaporkan(&report);
    let unknown = said
        .iter()
        .find(|d| d.message == "kolom `kegiatann` tidak dikenal di `langkah 1`")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(unknown.hint, "maksudnya `kegiatan`?");
    assert!(
        said.iter()
            .any(|d| d.message == "langkah 1 tidak punya `kegiatan`"),
        "{report}"
    );
}

#[test]
fn a_busy_port_is_reported_in_indonesian() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let root = fixture("valid/minimal");
    let run = sopgen_id(&["serve", "--port", &port, "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(&format!(
            "kesalahan: tidak dapat mendengarkan di 127.0.0.1:{port}: alamat sudah dipakai program lain"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("pilih port lain dengan --port"),
        "{}",
        run.stderr
    );
}

/// The string literal starting at `s` (after optional whitespace), decoded
/// enough to compare placeholders, and the rest after it.
fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    let (raw, body) = if let Some(rest) = s.strip_prefix("r#\"") {
        let end = rest.find("\"#")?;
        return Some((rest[..end].to_string(), &rest[end + 2..]));
    } else if let Some(rest) = s.strip_prefix("r\"") {
        (true, rest)
    } else {
        (false, s.strip_prefix('"')?)
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' if !raw => {
                let (_, e) = chars.next()?;
                match e {
                    '\n' => {
                        // A line continuation: the next line's indent goes.
                        let rest = &body[i + 2..];
                        let skip = rest.len() - rest.trim_start().len();
                        for _ in 0..rest[..skip].chars().count() {
                            chars.next();
                        }
                    }
                    'n' => out.push('\n'),
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

/// `{name}` and `{name:fmt}` placeholders of a format string (not `{{`).
fn placeholders(f: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = f;
    while let Some(i) = rest.find('{') {
        if rest[i + 1..].starts_with('{') {
            rest = &rest[i + 2..];
            continue;
        }
        let Some(j) = rest[i..].find('}') else { break };
        let inner = &rest[i + 1..i + j];
        out.insert(inner.split(':').next().unwrap_or("").to_string());
        rest = &rest[i + j + 1..];
    }
    out
}

/// The catalogue of messages is the source's `pesan!(indonesian, english)`
/// calls: each has both texts, neither empty, naming the same values.
#[test]
fn every_message_has_both_languages_naming_the_same_values() {
    let mut calls = 0;
    let mut bad = Vec::new();
    for entry in walkdir::WalkDir::new(repo().join("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let name = entry
            .path()
            .strip_prefix(repo())
            .unwrap()
            .display()
            .to_string();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("pesan!(") {
            let line = text[..text.len() - rest.len() + at].matches('\n').count() + 1;
            rest = &rest[at + "pesan!(".len()..];
            // The macro's own definition and its documentation.
            if rest.trim_start().starts_with('$') || rest.starts_with("indonesian") {
                continue;
            }
            let Some((id, after)) = literal(rest) else {
                bad.push(format!("{name}:{line}: no Indonesian text"));
                continue;
            };
            let Some(after) = after.trim_start().strip_prefix(',') else {
                bad.push(format!("{name}:{line}: no English text"));
                continue;
            };
            let Some((en, _)) = literal(after) else {
                bad.push(format!("{name}:{line}: no English text"));
                continue;
            };
            calls += 1;
            if id.trim().is_empty() || en.trim().is_empty() {
                bad.push(format!("{name}:{line}: an empty text"));
            }
            // English may name more only for a plural ending ("SOP{s}",
            // "error{se}"): Indonesian has none.
            let (pi, pe) = (placeholders(&id), placeholders(&en));
            let ending = |p: &String| {
                en.match_indices(&format!("{{{p}}}"))
                    .all(|(i, _)| en[..i].chars().last().is_some_and(char::is_alphabetic))
            };
            if !pi.is_subset(&pe) || !pe.difference(&pi).all(ending) {
                bad.push(format!(
                    "{name}:{line}: the texts name different values: {pi:?} / {pe:?}"
                ));
            }
        }
    }
    assert!(calls > 250, "only {calls} messages found");
    assert!(
        bad.is_empty(),
        "{} messages:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// A setting under both its names is reported in Indonesian too.
#[test]
fn a_setting_written_twice_is_reported_in_indonesian() {
    let site = TempDir::new("dua-nama");
    site.write("sopgen.toml", "title = \"A\"\njudul = \"B\"\n");
    site.write("content/.keep", "");
    let run = sopgen_id(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "kesalahan: pengaturan `title` ditulis dua kali (mungkin dengan nama lainnya)"
        ),
        "{}",
        run.stderr
    );
}
