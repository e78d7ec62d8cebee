//! `sopgen::pdf`: pages printed by one real headless Chromium over its
//! debugging pipe, checked with poppler's `pdfinfo` and `pdftotext`, and
//! `pdf::info` checked against them.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use sopgen::pdf::{PdfError, Printed, Printer, info};

use crate::common::{TempDir, browser};

/// A4 landscape in points.
const A4_LANDSCAPE: (f32, f32) = (841.89, 595.28);

const NAMA: [&str; 6] = ["satu", "dua", "tiga", "empat", "lima", "enam"];

/// A test page of `pages` pages (one section each, each after a page
/// break), named `nama`: page 1 links to `#bagian-ä` (page 2) and `#bab-3`
/// (page 3). Its `@page` rule is in the page, or in `css` (a relative
/// link).
fn page(nama: &str, pages: usize, css: Option<&str>) -> String {
    let style = match css {
        Some(href) => format!(r#"<link rel="stylesheet" href="{href}">"#),
        None => format!("<style>{}</style>", stylesheet()),
    };
    let mut body = format!(
        r##"<section><h1>Dokumen uji nomor {nama}</h1>
<p><a href="#bab-3">Ke bab tiga</a>, <a href="#bagian-ä">ke bagian dua</a>.</p></section>
"##
    );
    for k in 2..=pages {
        let id = match k {
            2 => "bagian-ä".to_string(),
            k => format!("bab-{k}"),
        };
        let title = match k {
            3 => format!("Bab tiga dokumen {nama}"),
            k => format!("Bagian {k} dokumen {nama}"),
        };
        body.push_str(&format!(
            "<section class=\"baru\"><h2 id=\"{id}\">{title}</h2><p>Isi halaman {k}.</p></section>\n"
        ));
    }
    format!(
        "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{nama}</title>{style}</head><body>{body}</body></html>"
    )
}

fn stylesheet() -> &'static str {
    "@page { size: A4 landscape; margin: 12mm 15mm; }\n\
     body { font-family: sans-serif; }\n\
     section.baru { break-before: page; }\n\
     h1 { background: #cde; }"
}

/// `pdfinfo` on a PDF: (pages, page size in points).
fn pdfinfo(pdf: &Path) -> (usize, (f32, f32)) {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo (poppler-utils)");
    assert!(out.status.success(), "pdfinfo {}", pdf.display());
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in\n{text}"))
            .trim()
            .to_string()
    };
    let pages = field("Pages:").parse().expect("a page count");
    let size = field("Page size:");
    let mut numbers = size
        .split_whitespace()
        .filter_map(|w| w.parse::<f32>().ok());
    let (w, h) = (
        numbers.next().expect("width"),
        numbers.next().expect("height"),
    );
    (pages, (w, h))
}

/// `pdftotext` of pages `first..=last` of a PDF.
fn pdftotext(pdf: &Path, first: usize, last: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &first.to_string(), "-l", &last.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn close(a: f32, b: f32, tolerance: f32) -> bool {
    (a - b).abs() <= tolerance
}

/// Writes `printed` next to the pages and checks it as a test page named
/// `nama` of `pages` pages: with pdfinfo and pdftotext, and `info`
/// against them.
fn check_printed(dir: &TempDir, nama: &str, pages: usize, printed: &Printed) {
    let file = dir.write(&format!("pdf/{nama}.pdf"), &printed.pdf);
    let (count, size) = pdfinfo(&file);
    assert_eq!(count, pages, "{nama}: pdfinfo's page count");
    assert_eq!(printed.pages, pages, "{nama}: Printed::pages");
    assert!(
        close(size.0, A4_LANDSCAPE.0, 1.0) && close(size.1, A4_LANDSCAPE.1, 1.0),
        "{nama}: {size:?} is not A4 landscape"
    );
    let read = info(&printed.pdf).unwrap_or_else(|e| panic!("{nama}: {e}"));
    assert_eq!(read.pages.len(), count, "{nama}: info's page count");
    for (i, &(w, h)) in read.pages.iter().enumerate() {
        assert!(
            close(w, size.0, 0.01) && close(h, size.1, 0.01),
            "{nama} page {}: info says {w} x {h}, pdfinfo {size:?}",
            i + 1
        );
    }
    assert_eq!(
        read.dests.get("bab-3"),
        Some(&3),
        "{nama}: {:?}",
        read.dests
    );
    assert_eq!(
        read.dests.get("bagian-ä"),
        Some(&2),
        "{nama}: {:?}",
        read.dests
    );
    // Only linked ids are destinations: the other sections' ids are not.
    assert_eq!(read.dests.len(), 2, "{nama}: {:?}", read.dests);
    // The destinations are where the text is.
    assert!(
        pdftotext(&file, 3, 3).contains(&format!("Bab tiga dokumen {nama}")),
        "{nama}: page 3"
    );
    assert!(pdftotext(&file, 2, 2).contains(&format!("Bagian 2 dokumen {nama}")));
    let all = pdftotext(&file, 1, pages);
    assert!(
        all.contains(&format!("Dokumen uji nomor {nama}")),
        "{nama}:\n{all}"
    );
    for other in NAMA.iter().filter(|&&o| o != nama) {
        assert!(
            !all.contains(&format!("nomor {other}")),
            "{nama}: has the text of {other}"
        );
    }
}

fn start() -> Printer {
    Printer::start().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_batch_prints_in_order_several_tabs_at_once() {
    if browser::chromium().is_none() {
        return;
    }
    let dir = TempDir::new("pdf-batch");
    dir.write("gaya.css", stylesheet());
    let mut jobs = Vec::new();
    for (i, nama) in NAMA.iter().enumerate() {
        // Half the pages take their @page rule from a stylesheet two
        // folders up, as the site's pages do.
        let html = if i % 2 == 0 {
            page(nama, 3 + i % 3, None)
        } else {
            page(nama, 3 + i % 3, Some("../../gaya.css"))
        };
        jobs.push(dir.write(&format!("sop/{nama}/index.html"), html));
    }
    let mut printer = start();
    let results = printer.print(&jobs, 3);
    assert_eq!(results.len(), jobs.len());
    for (i, (nama, result)) in NAMA.iter().zip(&results).enumerate() {
        let printed = result.as_ref().unwrap_or_else(|e| panic!("{nama}: {e}"));
        check_printed(&dir, nama, 3 + i % 3, printed);
    }
    // The same printer prints again (its tabs were closed and reopen).
    let again = printer.print(&jobs[..2], 2);
    for (nama, result) in NAMA.iter().zip(&again) {
        let printed = result.as_ref().unwrap_or_else(|e| panic!("{nama}: {e}"));
        assert_eq!(printed.pages, info(&printed.pdf).unwrap().pages.len());
        assert!(printed.pdf.starts_with(b"%PDF-"));
    }
    assert!(printer.print(&[], 3).is_empty());
}

/// A server that accepts connections and never answers, so that a page
/// with an image from it never finishes loading. Says on the channel it
/// is made with when a connection came; stops when dropped.
struct Silent {
    port: u16,
    stop: Arc<AtomicBool>,
}

impl Silent {
    fn start() -> (Silent, mpsc::Receiver<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, accepted) = mpsc::channel();
        let stopping = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut held = Vec::new();
            while !stopping.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        held.push(stream);
                        let _ = tx.send(());
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        });
        (Silent { port, stop }, accepted)
    }

    fn page(&self) -> String {
        format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>Menunggu gambar</p><img src=\"http://127.0.0.1:{}/gambar.png\"></body></html>",
            self.port
        )
    }
}

impl Drop for Silent {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn assert_names(error: &PdfError, job: &Path, says: &str) {
    let text = error.to_string();
    assert!(text.contains(&job.display().to_string()), "{text}");
    assert!(text.contains(says), "{text}");
    assert_eq!(error.berkas(), Some(job));
}

#[test]
fn a_missing_file_and_a_page_that_never_loads_fail_alone() {
    if browser::chromium().is_none() {
        return;
    }
    let dir = TempDir::new("pdf-fail");
    let (silent, accepted) = Silent::start();
    let jobs = vec![
        dir.write("satu.html", page("satu", 3, None)),
        dir.path().join("tidak-ada.html"),
        dir.write("macet.html", silent.page()),
        dir.write("dua.html", page("dua", 4, None)),
    ];
    let mut printer = start();
    printer.set_load_timeout(Duration::from_secs(10));
    // One tab: the page after the one that never loads is printed in the
    // tab that replaced it.
    let results = printer.print(&jobs, 1);
    assert!(
        accepted.try_recv().is_ok(),
        "Chromium never asked the silent server for the image"
    );
    check_printed(&dir, "satu", 3, results[0].as_ref().unwrap());
    assert_names(
        results[1].as_ref().unwrap_err(),
        &jobs[1],
        "berkas tidak ada",
    );
    assert_names(
        results[2].as_ref().unwrap_err(),
        &jobs[2],
        "tidak selesai dimuat dalam 10 detik",
    );
    check_printed(&dir, "dua", 4, results[3].as_ref().unwrap());
    // Several tabs: the same, in the order of the jobs.
    let results = printer.print(&jobs, 3);
    assert!(results[0].is_ok() && results[3].is_ok(), "{results:?}");
    assert_names(
        results[1].as_ref().unwrap_err(),
        &jobs[1],
        "berkas tidak ada",
    );
    assert_names(
        results[2].as_ref().unwrap_err(),
        &jobs[2],
        "tidak selesai dimuat",
    );
}

#[test]
fn a_browser_killed_mid_batch_fails_the_rest_at_once() {
    if browser::chromium().is_none() {
        return;
    }
    let dir = TempDir::new("pdf-killed");
    let (silent, accepted) = Silent::start();
    let jobs = vec![
        dir.write("macet.html", silent.page()),
        dir.write("satu.html", page("satu", 3, None)),
        dir.write("dua.html", page("dua", 3, None)),
    ];
    let mut printer = start();
    // The default 60 s to load: the first job ends by the kill, not by the
    // time limit, or its error would say so.
    let pid = printer.pid() as libc::pid_t;
    let killed = Arc::new(AtomicBool::new(false));
    let killer = {
        let killed = Arc::clone(&killed);
        std::thread::spawn(move || {
            // The browser is mid-page once it asks for the image.
            if accepted.recv_timeout(Duration::from_secs(300)).is_ok() {
                // SAFETY: a signal to the printer's own process group.
                unsafe { libc::kill(-pid, libc::SIGKILL) };
                killed.store(true, Ordering::SeqCst);
            }
        })
    };
    let results = printer.print(&jobs, 1);
    killer.join().unwrap();
    assert!(
        killed.load(Ordering::SeqCst),
        "the image was never asked for"
    );
    for (job, result) in jobs.iter().zip(&results) {
        assert_names(result.as_ref().unwrap_err(), job, "Chromium berhenti");
    }
    // And so does any later batch, at once.
    let later = printer.print(&jobs[1..], 2);
    assert_eq!(later.len(), 2);
    for (job, result) in jobs[1..].iter().zip(&later) {
        assert_names(result.as_ref().unwrap_err(), job, "Chromium berhenti");
    }
}

/// The process group of `pid`'s members still alive (not zombies).
#[cfg(target_os = "linux")]
fn group_alive(pgid: u32) -> Vec<u32> {
    let mut alive = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid pgrp ...: comm may hold spaces.
        let Some(after) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
            continue;
        };
        let fields: Vec<&str> = after.split_whitespace().collect();
        if fields.len() > 2 && fields[2] == pgid.to_string() && fields[0] != "Z" {
            alive.push(pid);
        }
    }
    alive
}

#[cfg(target_os = "linux")]
#[test]
fn dropping_the_printer_kills_chromium_and_removes_its_profile() {
    if browser::chromium().is_none() {
        return;
    }
    let dir = TempDir::new("pdf-drop");
    let job = dir.write("satu.html", page("satu", 3, None));
    let mut printer = start();
    let pid = printer.pid();
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    let profile = cmdline
        .split(|&b| b == 0)
        .find_map(|arg| arg.strip_prefix(b"--user-data-dir="))
        .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
        .expect("a --user-data-dir");
    assert!(profile.is_dir(), "{}", profile.display());
    assert!(cmdline.windows(23).any(|w| w == b"--remote-debugging-pipe"));
    // Printing starts renderers in the group too.
    assert!(printer.print(std::slice::from_ref(&job), 2)[0].is_ok());
    assert!(group_alive(pid).len() > 1, "only the browser runs");
    drop(printer);
    assert!(!profile.exists(), "{} is left", profile.display());
    // SIGKILL is immediate, but a process's end is noticed a moment later.
    let until = Instant::now() + Duration::from_secs(30);
    while !group_alive(pid).is_empty() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(group_alive(pid), Vec::<u32>::new(), "still running");
}

/// Run as a child of itself (the environment of the test process is not
/// to be changed): with `SOPGEN_CHROMIUM` naming nothing, or no Chromium
/// on an empty PATH, starting fails with a message that names the Debian
/// package; with a "browser" that dies at once, with its last words. In
/// Indonesian and in English.
#[test]
fn without_chromium_the_message_names_the_package() {
    const CHILD: &str = "SOPGEN_UJI_PDF_ANAK";
    match std::env::var(CHILD).as_deref() {
        Ok("hilang") => {
            let asked = std::env::var("SOPGEN_CHROMIUM").ok();
            let text = Printer::start().err().expect("no Chromium").to_string();
            assert!(text.starts_with("Chromium tidak ditemukan"), "{text}");
            assert!(
                text.contains("pasang paket Debian `chromium` (sudo apt install chromium)"),
                "{text}"
            );
            assert!(text.contains("SOPGEN_CHROMIUM"), "{text}");
            if let Some(asked) = &asked {
                assert!(text.contains(asked.as_str()), "{text}");
            }
            sopgen::bahasa::pakai_inggris(true);
            let text = Printer::start().err().expect("still none").to_string();
            assert!(
                text.contains("install the Debian package `chromium` (sudo apt install chromium)"),
                "{text}"
            );
            return;
        }
        Ok("mogok") => {
            let text = Printer::start().err().expect("it dies").to_string();
            assert!(text.contains("berhenti saat dijalankan"), "{text}");
            assert!(text.contains("(kode keluar 3)"), "{text}");
            assert!(text.ends_with("profil rusak (palsu)"), "{text}");
            sopgen::bahasa::pakai_inggris(true);
            let text = Printer::start().err().expect("it dies").to_string();
            assert!(
                text.contains("stopped while starting (exit code 3)"),
                "{text}"
            );
            return;
        }
        _ => {}
    }
    let dir = TempDir::new("pdf-no-chromium");
    let empty = dir.path().join("kosong");
    std::fs::create_dir(&empty).unwrap();
    let runs_log = dir.path().join("dijalankan");
    let fake = dir.write(
        "palsu/chromium",
        format!(
            "#!/bin/sh\necho jalan >> '{}'\necho 'noise' >&2\necho 'profil rusak (palsu)' >&2\nexit 3\n",
            runs_log.display()
        ),
    );
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let name = "pdf_cetak::without_chromium_the_message_names_the_package";
    let me = std::env::current_exe().unwrap();
    let runs: [(&str, &str, &std::ffi::OsStr); 3] = [
        (
            "hilang",
            "SOPGEN_CHROMIUM",
            "/nonexistent/chromium".as_ref(),
        ),
        ("hilang", "PATH", empty.as_os_str()),
        ("mogok", "SOPGEN_CHROMIUM", fake.as_os_str()),
    ];
    for (kind, key, value) in runs {
        let out = Command::new(&me)
            .args(["--exact", name, "--nocapture", "--test-threads=1"])
            .env_remove("SOPGEN_CHROMIUM")
            .env_remove("SOPGEN_LANG")
            .env(CHILD, kind)
            .env(key, value)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{kind} {key}={value:?}:\n{text}");
        assert!(
            text.contains("1 passed"),
            "{kind}: the child ran no test\n{text}"
        );
    }
    // Each start tried the dying browser twice.
    let log = std::fs::read_to_string(&runs_log).unwrap();
    assert_eq!(log.lines().count(), 4, "{log}");
}

/// The time to print 100 one-page files with 1, 2 and 4 tabs (run with
/// `--ignored --nocapture`; the figures vary with the machine's load).
#[test]
#[ignore]
fn print_time() {
    let dir = TempDir::new("pdf-time");
    let jobs: Vec<PathBuf> = (0..100)
        .map(|i| {
            dir.write(
                &format!("p{i}.html"),
                format!(
                    "<!doctype html><html><head><meta charset=\"utf-8\"><style>{}</style></head><body><h1>Halaman {i}</h1><p>Satu halaman saja.</p></body></html>",
                    stylesheet()
                ),
            )
        })
        .collect();
    let t = Instant::now();
    let mut printer = start();
    eprintln!("PDFTIME start {:?}", t.elapsed());
    // One warm-up print, so that the first figure is not the browser's
    // first page.
    assert!(printer.print(&jobs[..1], 1)[0].is_ok());
    for tabs in [1, 2, 4, 1, 2, 4] {
        let t = Instant::now();
        let results = printer.print(&jobs, tabs);
        let took = t.elapsed();
        assert!(
            results
                .iter()
                .all(|r| r.as_ref().is_ok_and(|p| p.pages == 1))
        );
        eprintln!(
            "PDFTIME {tabs} tab(s): 100 prints in {took:?} ({:?} each)",
            took / 100
        );
    }
}
