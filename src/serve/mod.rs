//! `sopgen serve`: the site built in memory and served on localhost, rebuilt
//! on every saved change with `--watch`, browsers told through server-sent
//! events. It runs the same pipeline as `build`; it never writes the site to
//! disk, so the user's `public/` is left alone.

pub mod command;
pub mod http;
pub mod reload;
pub mod watch;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use tiny_http::{Method, Request, Server};

use crate::diagnostic::Diagnostic;
use crate::site;
use http::{Lookup, Served, clean_path, content_type};
use reload::Hub;

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    /// Whether the port was asked for: then a busy port is an error
    /// rather than a reason to try the next one.
    pub port_given: bool,
    pub watch: bool,
    pub poll: bool,
    pub drafts: bool,
}

/// What the server shares between its threads.
pub struct State {
    site: RwLock<Arc<Served>>,
    build: AtomicU64,
    pub hub: Hub,
    /// What rebuilds reuse: unchanged files are not parsed, drawn or
    /// rendered again.
    caches: Arc<crate::cache::Caches>,
}

impl State {
    fn new() -> State {
        // Builds of a new server process must differ from the last
        // process's, so that pages reload after a restart.
        let start = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        State {
            // Served until a build succeeds.
            site: RwLock::new(Arc::new(placeholder(start))),
            build: AtomicU64::new(start),
            hub: Hub::default(),
            caches: Arc::default(),
        }
    }
}

/// A page for every path while no build has succeeded yet: it carries the
/// reload script, so it turns into the site once the errors are fixed.
fn placeholder(build: u64) -> Served {
    let html = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Build gagal</title></head><body><h1>Build gagal</h1><p>Belum ada build yang berhasil. Perbaiki kesalahannya; halaman ini diperbarui sendiri.</p></body></html>";
    let page = Arc::new(html.as_bytes().to_vec());
    let mut files = HashMap::new();
    files.insert(
        crate::url::page_file(crate::url::BERANDA),
        Arc::clone(&page),
    );
    files.insert(crate::url::NOT_FOUND.to_string(), page);
    Served { files, build }
}

/// Builds the site and, when it succeeds, puts it in place; then tells the
/// browsers. Returns the diagnostics to print and how long it took.
pub fn rebuild(options: &Options, state: &State) -> (Vec<Diagnostic>, bool, Duration) {
    let started = Instant::now();
    let mut build_options = site::Options::new(&options.root);
    build_options.drafts = options.drafts.into();
    build_options.caches = Some(Arc::clone(&state.caches));
    // The server shows the 404 page at any depth: its links start from /.
    build_options.render.site_path = Some("/".to_string());
    match site::build(&build_options) {
        Ok(site) => {
            let id = state.build.fetch_add(1, Ordering::SeqCst) + 1;
            let files = site.files.into_iter().map(|f| (f.path, f.bytes)).collect();
            *state.site.write().expect("not poisoned") = Arc::new(Served { files, build: id });
            state.hub.announce(reload::event(id, None));
            (site.built.warnings, true, started.elapsed())
        }
        Err(diags) => {
            // The last good site (or the placeholder) stays.
            let id = state.build.load(Ordering::SeqCst);
            state.hub.announce(reload::event(id, Some(&diags)));
            (diags, false, started.elapsed())
        }
    }
}

/// Binds the server: the port asked for, or (when none was asked for) the
/// first free one from the default. Says which in the error.
pub fn bind(options: &Options) -> Result<(Server, SocketAddr), String> {
    let tries = if options.port_given { 1 } else { 20 };
    let mut last = String::new();
    for k in 0..tries {
        let port = options.port.saturating_add(k);
        let addr = SocketAddr::new(options.bind, port);
        match Server::http(addr) {
            Ok(server) => {
                if k > 0 {
                    let busy = options.port;
                    eprintln!(
                        "{}",
                        crate::pesan!(
                            "catatan: port {busy} sedang dipakai; memakai {port}",
                            "note: port {busy} is busy; using {port}"
                        )
                    );
                }
                // With port 0 the system picked one: say which.
                let actual = server.server_addr().to_ip().unwrap_or(addr);
                return Ok((server, actual));
            }
            Err(e) => {
                last = match e.downcast_ref::<std::io::Error>() {
                    Some(io) => crate::terjemah::io(io),
                    None => e.to_string(),
                }
            }
        }
    }
    let (bind, port) = (options.bind, options.port);
    Err(if options.port_given {
        crate::pesan!(
            "tidak dapat mendengarkan di {bind}:{port}: {last}; apakah ada server lain yang memakai port itu? pilih port lain dengan --port",
            "cannot listen on {bind}:{port}: {last}; is another server using the port? choose another with --port"
        )
    } else {
        let to = options.port.saturating_add(tries - 1);
        crate::pesan!(
            "tidak dapat mendengarkan di {bind} port {port} sampai {to}: {last}; pilih port dengan --port",
            "cannot listen on {bind} ports {port} to {to}: {last}; choose a port with --port"
        )
    })
}

/// The reason phrase of the statuses sopgen serve answers with.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Error",
    }
}

/// Answers `request`, then asks the browser to close the connection.
///
/// tiny_http gives each open connection a thread of a pool that can
/// leave a new connection queued behind idle keep-alive ones, so a page
/// whose browser opens several connections at once could stall on a
/// script or a font. Closing after each answer frees the thread at once;
/// on localhost a new connection costs nothing. tiny_http will not send a
/// `Connection` header of ours, so the answer is written here.
fn respond(request: Request, status: u16, kind: &str, body: &[u8], extra: &[(&str, &str)]) {
    use std::io::Write;
    let head = *request.method() == Method::Head;
    let mut text = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        reason(status),
        body.len()
    );
    for (k, v) in extra {
        // Only sopgen's own values come here; refuse anything that could
        // split the header.
        if !k.contains(['\r', '\n', ':']) && !v.contains(['\r', '\n']) {
            text.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    text.push_str("\r\n");
    let mut writer = request.into_writer();
    let _ = writer
        .write_all(text.as_bytes())
        .and_then(|()| if head { Ok(()) } else { writer.write_all(body) })
        .and_then(|()| writer.flush());
}

fn plain(request: Request, status: u16, text: &str, extra: &[(&str, &str)]) {
    respond(
        request,
        status,
        "text/plain; charset=utf-8",
        text.as_bytes(),
        extra,
    );
}

/// Answers one request.
pub fn handle(state: &State, request: Request) {
    let method = request.method().clone();
    if method != Method::Get && method != Method::Head {
        return plain(
            request,
            405,
            &crate::pesan!(
                "Hanya GET dan HEAD yang dilayani.\n",
                "Only GET and HEAD are served.\n"
            ),
            &[("Allow", "GET, HEAD")],
        );
    }
    let url = request.url().to_string();
    let clean = match clean_path(&url) {
        Ok(c) => c,
        Err(refusal) => {
            return plain(
                request,
                refusal.status(),
                &crate::pesan!(
                    "Ditolak: path ini keluar dari situs atau tidak sah.\n",
                    "Refused: the path leaves the site or is malformed.\n"
                ),
                &[],
            );
        }
    };
    match format!("/{clean}").as_str() {
        reload::SCRIPT_PATH => {
            return respond(
                request,
                200,
                "text/javascript; charset=utf-8",
                reload::SCRIPT.as_bytes(),
                &[],
            );
        }
        reload::EVENTS_PATH if method == Method::Get => {
            state.hub.join(request.into_writer());
            return;
        }
        _ => {}
    }
    let site = Arc::clone(&state.site.read().expect("not poisoned"));
    match site.lookup(&clean) {
        Lookup::File(path) => {
            let bytes = &site.files[&path];
            let kind = content_type(&path);
            if path.ends_with(".html") {
                respond(request, 200, kind, &reload::inject(bytes, site.build), &[]);
            } else {
                respond(request, 200, kind, bytes, &[]);
            }
        }
        Lookup::Redirect(to) => plain(
            request,
            301,
            &crate::pesan!("Dipindahkan.\n", "Moved.\n"),
            &[("Location", &to)],
        ),
        Lookup::NotFound => match site.files.get(crate::url::NOT_FOUND) {
            Some(page) => respond(
                request,
                404,
                "text/html; charset=utf-8",
                &reload::inject(page, site.build),
                &[],
            ),
            None => plain(
                request,
                404,
                &crate::pesan!("Tidak ditemukan.\n", "Not found.\n"),
                &[],
            ),
        },
    }
}

/// Starts the worker threads that answer requests, and one that keeps the
/// event streams alive (and notices browsers that left).
pub fn start_workers(server: Arc<Server>, state: Arc<State>, workers: usize) {
    for _ in 0..workers {
        let (server, state) = (Arc::clone(&server), Arc::clone(&state));
        std::thread::spawn(move || {
            while let Ok(request) = server.recv() {
                handle(&state, request);
            }
        });
    }
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(15));
            state.hub.send(": tetap\n\n");
        }
    });
}

/// Opens `url` in the desktop's browser, if there is one.
pub fn open_browser(url: &str) -> Result<(), String> {
    let opener = if cfg!(target_os = "macos") {
        ("open", vec![url.to_string()])
    } else if cfg!(target_os = "windows") {
        (
            "cmd",
            vec!["/C".to_string(), "start".to_string(), url.to_string()],
        )
    } else {
        ("xdg-open", vec![url.to_string()])
    };
    std::process::Command::new(opener.0)
        .args(&opener.1)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| {
            let program = opener.0;
            let e = crate::terjemah::io(&e);
            crate::pesan!(
                "peramban tidak dapat dibuka ({program}: {e}); buka {url} sendiri",
                "cannot open a browser ({program}: {e}); open {url} yourself"
            )
        })
}

/// The state shared with the request threads, for the command to own.
pub fn new_state() -> Arc<State> {
    Arc::new(State::new())
}
