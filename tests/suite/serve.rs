//! `sopgen serve --watch` with a real HTTP client over TCP: pages served
//! from memory, hostile paths refused, only GET and HEAD, live reload and
//! error events through server-sent events, many clients at once.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// A running `sopgen serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    /// What it prints on stderr, a line at a time.
    said: std::sync::mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(site: &TempDir, extra: &[&str]) -> Server {
    serve_at(site.path(), extra)
}

fn serve_at(root: &std::path::Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .env("SOPGEN_LANG", "en")
        .args(["serve", "--watch", "--port", "0", "--color=never", "--root"])
        .arg(root)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sopgen serve");
    let (tx, said) = std::sync::mpsc::channel();
    let stderr = BufReader::new(child.stderr.take().unwrap());
    std::thread::spawn(move || {
        for line in stderr.lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let port = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // Keep reading so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, port, said }
}

struct Reply {
    status: u16,
    headers: String,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// Sends `method path` exactly as given (no normalisation) and reads the
/// whole reply.
fn request(port: u16, method: &str, path: &str) -> Reply {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers end");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers: head,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&b[..end]).unwrap().trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[end + 2..end + 2 + size]);
        b = &b[end + 4 + size..];
    }
}

fn get(port: u16, path: &str) -> Reply {
    request(port, "GET", path)
}

/// An open event stream; `wait_for` reads until an event's text matches.
struct Events {
    reader: BufReader<TcpStream>,
    /// What was heard, for the message when an awaited event never comes.
    heard: Vec<String>,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            s,
            "GET /__sopgen/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        let mut reader = BufReader::new(s);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 200"), "{line}");
        Events {
            reader,
            heard: Vec::new(),
        }
    }

    /// The next event (its name and data).
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::new(), String::new());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            assert!(
                Instant::now() < deadline,
                "no event within 30 s; heard {:?}",
                self.heard
            );
            let mut line = String::new();
            let n = self
                .reader
                .read_line(&mut line)
                .expect("an event within the timeout");
            assert!(n > 0, "the stream closed");
            let line = line.trim_end();
            if let Some(v) = line.strip_prefix("event: ") {
                name = v.to_string();
            } else if let Some(v) = line.strip_prefix("data: ") {
                data = v.to_string();
            } else if line.is_empty() && !name.is_empty() {
                self.heard.push(name.clone());
                return (name, data);
            }
        }
    }

    /// Waits for builds until `done` holds (each condition a test gives is
    /// false before its change, so only a build can make it true): one save
    /// can bring two rebuilds (a new folder is looked at once more, 150 ms
    /// later; events split by a busy machine), so the first build after a
    /// change may be the previous change's second. Fails when 30 s of
    /// builds pass without it.
    fn until_built(&mut self, what: &str, done: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            self.wait_for("build");
            if done() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{what}: not so after the builds of 30 s; heard {:?}",
                self.heard
            );
        }
    }

    /// Waits (at most 30 s: keep-alive comments arrive meanwhile) for an
    /// event called `name`.
    fn wait_for(&mut self, name: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            assert!(
                Instant::now() < deadline,
                "no `{name}` event within 30 s; heard {:?}",
                self.heard
            );
            let (n, d) = self.next();
            if n == name {
                return d;
            }
        }
    }
}

fn site() -> TempDir {
    let site = TempDir::new("serve");
    copy_dir(&fixture("valid/full"), site.path());
    site
}

#[test]
fn serves_pages_from_memory_and_leaves_public_alone() {
    let site = site();
    let server = serve(&site, &[]);
    let home = get(server.port, "/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert!(home.text().contains("<html lang=\"id\">"));
    assert!(
        home.text().contains("/__sopgen/reload.js"),
        "the live-reload script is injected"
    );
    let page = get(server.port, "/dinas-a/pengumpulan-data-kinerja/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Pengumpulan Data Kinerja"));
    let css = get(server.port, "/aset/sopgen.css");
    assert_eq!(
        css.header("content-type").as_deref(),
        Some("text/css; charset=utf-8")
    );
    assert!(!css.text().contains("reload.js"));
    let font = get(server.port, "/aset/font/sopgen-sans-regular.woff2");
    assert_eq!(font.header("content-type").as_deref(), Some("font/woff2"));
    let json = get(server.port, "/katalog.json");
    assert_eq!(
        json.header("content-type").as_deref(),
        Some("application/json")
    );
    let moved = get(server.port, "/dinas-a/pengumpulan-data-kinerja");
    assert_eq!(moved.status, 301);
    assert_eq!(
        moved.header("location").as_deref(),
        Some("/dinas-a/pengumpulan-data-kinerja/")
    );
    let head = request(server.port, "HEAD", "/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    let missing = get(server.port, "/tidak/ada/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("Halaman tidak ditemukan"),
        "the styled 404 page"
    );
    let listing = get(server.port, "/aset/");
    assert_eq!(listing.status, 404, "no directory listings");
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let r = request(server.port, method, "/");
        assert_eq!(r.status, 405, "{method}");
        assert_eq!(r.header("allow").as_deref(), Some("GET, HEAD"));
    }
    assert!(
        !site.path().join("public").exists(),
        "serve never writes public/"
    );
}

#[test]
fn hostile_paths_are_refused() {
    // The site in a folder beside something a traversal would reach.
    let outer = TempDir::new("serve-outer");
    copy_dir(&fixture("valid/full"), &outer.path().join("situs"));
    outer.write("rahasia.txt", "root:x:0:0");
    let server = serve_at(&outer.path().join("situs"), &[]);
    let hostile = [
        "/../etc/passwd",
        "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/rahasia.txt",
        "/..%2frahasia.txt",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/aset/..%2f..%2frahasia.txt",
        "/%2e%2e%2frahasia.txt",
        "/.%2e/rahasia.txt",
        "/%2e./rahasia.txt",
        "/..\\rahasia.txt",
        "/aset\\..\\..\\rahasia.txt",
        "/a%5c..%5c..%5crahasia.txt",
        "/index.html%00.css",
        "/%00",
        "//etc/passwd",
        "/C:/Windows/win.ini",
        "/c:%5cwindows%5cwin.ini",
        "/%c0%ae%c0%ae/etc/passwd",
        "/%252e%252e/rahasia.txt",
        "/aset/../../rahasia.txt",
        "/./../rahasia.txt",
        "etc/passwd",
        "/%zz",
    ];
    for path in hostile {
        let r = get(server.port, path);
        assert!(matches!(r.status, 400 | 403 | 404), "{path}: {}", r.status);
        assert!(!r.text().contains("root:"), "{path} leaked a file");
    }
    // The well-formed ones still work.
    assert_eq!(get(server.port, "/./aset/sopgen.css").status, 200);
}

#[test]
fn a_save_reloads_a_broken_save_shows_errors_and_keeps_the_last_good_site() {
    let site = site();
    let server = serve(&site, &[]);
    let mut events = Events::open(server.port);
    let first: serde_json::Value = serde_json::from_str(&events.wait_for("build")).unwrap();
    let file = "content/dinas-a/penyusunan-lakip.md";
    let good = std::fs::read_to_string(site.path().join(file)).unwrap();

    // An edit: a new build, and the page shows it.
    site.write(
        file,
        good.replace("Menyusun draf LAKIP", "Menyusun rancangan LAKIP"),
    );
    let second: serde_json::Value = serde_json::from_str(&events.wait_for("build")).unwrap();
    assert_ne!(first["id"], second["id"]);
    let page = get(server.port, "/dinas-a/penyusunan-lakip/").text();
    assert!(page.contains("Menyusun rancangan LAKIP"));
    assert!(page.contains(&format!("data-build=\"{}\"", second["id"])));

    // A broken save: the error event names file, line and column; the
    // last good page is still served.
    site.write(
        file,
        good.replace("waktu = \"2 hari\"", "waktu = \"2 harii\""),
    );
    let failed: serde_json::Value = serde_json::from_str(&events.wait_for("gagal")).unwrap();
    let text = failed["galat"][0].as_str().unwrap();
    assert!(
        text.contains("content/dinas-a/penyusunan-lakip.md:10:9"),
        "{text}"
    );
    assert!(text.contains("unknown unit \"harii\""), "{text}");
    assert!(text.contains("did you mean \"hari\"?"), "{text}");
    let still = get(server.port, "/dinas-a/penyusunan-lakip/");
    assert_eq!(still.status, 200);
    // The last good build is the edited one, not the file as it first was.
    assert!(still.text().contains("Menyusun rancangan LAKIP"));
    // A browser arriving now hears about the errors at once.
    let mut late = Events::open(server.port);
    assert_eq!(late.next().0, "gagal");

    // The fix clears it.
    site.write(file, &good);
    let fixed: serde_json::Value = serde_json::from_str(&events.wait_for("build")).unwrap();
    assert_ne!(fixed["id"], second["id"]);
    assert_eq!(late.wait_for("build"), fixed.to_string());
}

#[test]
fn a_rebuild_lists_only_the_warnings_it_had_not_listed() {
    let site = site();
    let server = serve(&site, &[]);
    // Lines up to and including the count of warnings.
    let until_count = || {
        let mut lines = Vec::new();
        loop {
            let line = server
                .said
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no count of warnings; heard {lines:?}"));
            let done = line.contains(" warning");
            lines.push(line);
            if done && !lines.last().unwrap().starts_with("warning:") {
                return lines;
            }
        }
    };
    let first = until_count();
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(first[0].contains("\"SOP Surat Masuk\""), "{first:?}");

    // A save that adds a warning: only that one is listed.
    let mut events = Events::open(server.port);
    events.wait_for("build");
    let file = "content/dinas-a/penyusunan-lakip.md";
    let good = std::fs::read_to_string(site.path().join(file)).unwrap();
    site.write(
        file,
        good.replace(
            "keterkaitan = [\"SOP Pengumpulan Data Kinerja\"]",
            "keterkaitan = [\"SOP Pengumpulan Data Kinerja\", \"SOP Tidak Ada\"]",
        ),
    );
    let second = until_count();
    assert_eq!(second.len(), 2, "{second:?}");
    assert!(second[0].starts_with("warning: content/dinas-a/penyusunan-lakip.md:5:"));
    assert!(second[0].contains("\"SOP Tidak Ada\""), "{second:?}");
    assert_eq!(
        second[1],
        "2 warnings (1 new, 0 gone); `sopgen check` shows them in full"
    );

    // Fixing it lists nothing and says one is gone.
    site.write(file, &good);
    let third = until_count();
    assert_eq!(
        third,
        ["1 warning (0 new, 1 gone); `sopgen check` shows them in full"]
    );
}

#[test]
fn new_folders_deletions_renames_and_editor_temp_files() {
    let site = site();
    let server = serve(&site, &[]);
    let mut events = Events::open(server.port);
    events.wait_for("build");
    // A new folder with a new SOP.
    site.write(
        "content/dinas-c/baru.md",
        "+++\nnama = \"SOP Baru Sekali\"\npelaksana = [\"Staf\"]\n\n[[langkah]]\nkegiatan = \"Mencoba\"\npelaksana = \"Staf\"\n+++\n",
    );
    let port = server.port;
    events.until_built("the new SOP served", || {
        get(port, "/dinas-c/baru/").status == 200
    });
    // A rename, as editors save: write a temp file, rename it over.
    site.write("content/dinas-c/.baru.md.swp", "junk");
    site.write("content/dinas-c/baru.md~", "junk");
    std::fs::rename(
        site.path().join("content/dinas-c/baru.md"),
        site.path().join("content/dinas-c/lain.md"),
    )
    .unwrap();
    events.until_built("the renamed SOP served at its new address only", || {
        get(port, "/dinas-c/baru/").status == 404 && get(port, "/dinas-c/lain/").status == 200
    });
    // A deletion.
    std::fs::remove_dir_all(site.path().join("content/dinas-c")).unwrap();
    events.until_built("the deleted SOP gone", || {
        get(port, "/dinas-c/lain/").status == 404
    });
    // The config and templates are watched too.
    site.write("sopgen.toml", "title = \"Katalog Diganti\"\n");
    events.until_built("the new title shown", || {
        get(port, "/").text().contains("Katalog Diganti")
    });
}

#[test]
fn many_clients_at_once_do_not_stall() {
    let site = site();
    let server = serve(&site, &[]);
    let port = server.port;
    // 150 live-reload streams held open...
    let streams: Vec<Events> = (0..150).map(|_| Events::open(port)).collect();
    // ...while 50 clients fetch pages at the same time.
    let started = Instant::now();
    let fetchers: Vec<_> = (0..50)
        .map(|k| {
            std::thread::spawn(move || {
                let path = if k % 2 == 0 { "/" } else { "/aset/sopgen.css" };
                get(port, path).status
            })
        })
        .collect();
    for f in fetchers {
        assert_eq!(f.join().unwrap(), 200);
    }
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "page requests stalled"
    );
    // Every stream is told about the next build.
    site.write(
        "content/dinas-a/penyusunan-lakip.md",
        std::fs::read_to_string(site.path().join("content/dinas-a/penyusunan-lakip.md")).unwrap()
            + "\nCatatan.\n",
    );
    let mut streams = streams;
    for s in streams.iter_mut().step_by(10) {
        s.wait_for("build");
        s.wait_for("build");
    }
}

#[test]
fn a_busy_port_is_reported_clearly() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = site();
    let out = Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .env("SOPGEN_LANG", "en")
        .args(["serve", "--port", &port, "--color=never", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{err}"
    );
    assert!(err.contains("--port"), "{err}");
}

/// Word SOPs imported into a served site show at once, as the drafts they
/// are; `--no-drafts` previews what `build` publishes.
#[test]
fn imported_word_sops_show_at_once() {
    let site = site();
    let server = serve(&site, &[]);
    let mut events = Events::open(server.port);
    events.wait_for("build");
    // The drafts the site already had are shown, marked.
    let draft = get(server.port, "/dinas-b/draf-baru/");
    assert_eq!(draft.status, 200);
    assert!(draft.text().contains("DRAF"));
    let imported = Command::new(env!("CARGO_BIN_EXE_sopgen"))
        .env("SOPGEN_LANG", "en")
        .args(["impor", "--color=never", "--ke"])
        .arg(site.path().join("content/impor"))
        .arg(repo().join("tests/fixtures/word/dinsos-ntb.docx"))
        .output()
        .unwrap();
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    events.wait_for("build");
    let page = get(server.port, "/impor/mekanisme-pengumpulan-data-kinerja/");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Mekanisme Pengumpulan Data Kinerja"));
    assert!(text.contains("Catatan impor"));
    assert!(text.contains("DRAF"));
    drop(server);
    let published_only = serve(&site, &["--no-drafts"]);
    let mut events = Events::open(published_only.port);
    events.wait_for("build");
    assert_eq!(
        get(
            published_only.port,
            "/impor/mekanisme-pengumpulan-data-kinerja/"
        )
        .status,
        404
    );
}
