//! [`Printer`]: HTML files on disk printed to PDF by one headless
//! Chromium, several at once, each in a tab of its own.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::devtools::{Browser, Conn, Fault, Pending};
use super::error::PdfError;
use super::info::info;
use super::wire::base64;

/// How long a page may take to load, unless [`Printer::set_load_timeout`]
/// says otherwise.
const BATAS_MUAT: Duration = Duration::from_secs(60);

/// How long opening a tab, or waiting for fonts and printing a loaded
/// page, may take (a book of hundreds of pages prints in seconds).
const BATAS_LANGKAH: Duration = Duration::from_secs(120);

/// How often a wait for a reply looks whether the tab crashed meanwhile.
const JEDA_PERIKSA: Duration = Duration::from_millis(100);

/// The programs tried, in order, when `SOPGEN_CHROMIUM` is not set.
const NAMA_PROGRAM: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// A running headless Chromium, for printing pages to PDF. Killed, with
/// every process it started, and its temporary profile removed, when
/// dropped.
pub struct Printer {
    browser: Browser,
    load_timeout: Duration,
}

/// One page printed.
#[derive(Debug, Clone, PartialEq)]
pub struct Printed {
    /// The PDF file's bytes.
    pub pdf: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
}

impl Printer {
    /// Finds the browser: `$SOPGEN_CHROMIUM` if set (a path, or a name
    /// looked up on the PATH), else `chromium`, `chromium-browser`,
    /// `google-chrome`, `google-chrome-stable` on the PATH. Starts it
    /// headless with a fresh profile in a temporary folder, driven over
    /// `--remote-debugging-pipe`, and waits until it answers (it gets a
    /// second try if it dies while starting, as Chromium now and then does
    /// on a loaded machine).
    ///
    /// The error, when it is missing, names the Debian package to install.
    /// Printing needs a Unix system (Linux, macOS): elsewhere this is an
    /// error saying so.
    pub fn start() -> Result<Printer, PdfError> {
        if cfg!(not(unix)) {
            return Err(PdfError::umum(crate::pesan!(
                "mencetak PDF untuk sementara hanya dapat dilakukan di Linux dan macOS",
                "printing PDFs works only on Linux and macOS for now"
            )));
        }
        let program = find_chromium()?;
        let browser = match Browser::launch(&program) {
            Err(failed) if failed.coba_lagi => Browser::launch(&program),
            other => other,
        }
        .map_err(|failed| failed.error)?;
        Ok(Printer {
            browser,
            load_timeout: BATAS_MUAT,
        })
    }

    /// Sets how long a page may take to load (60 s unless set): a page
    /// still loading then (an image or font that never comes) is an error
    /// naming its file.
    pub fn set_load_timeout(&mut self, limit: Duration) {
        self.load_timeout = limit;
    }

    /// The browser's process id (the leader of its process group).
    pub fn pid(&self) -> u32 {
        self.browser.pid()
    }

    /// Prints each HTML file to PDF, up to `tabs` at once (2 to 4 suit
    /// most machines; 0 counts as 1), and gives the results in the order
    /// of `jobs`. A relative path is taken from the working folder.
    ///
    /// Each page is loaded (its `load` event, so its stylesheets, scripts
    /// and images), then its fonts (`document.fonts.ready`), then printed
    /// with its own CSS page size (`@page { size: ... }`) and margins,
    /// backgrounds included, without Chromium's header and footer.
    ///
    /// A file that is missing, cannot be opened, or does not finish
    /// loading in time is an error naming it, and the other jobs go on.
    /// When the browser dies (crashes, or is killed), this and every job
    /// left is an error at once; so is every job of a later call.
    pub fn print(&mut self, jobs: &[PathBuf], tabs: usize) -> Vec<Result<Printed, PdfError>> {
        let conn: &Conn = &self.browser.conn;
        let load_timeout = self.load_timeout;
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Result<Printed, PdfError>>>> =
            Mutex::new(jobs.iter().map(|_| None).collect());
        let workers = tabs.clamp(1, jobs.len().max(1));
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| {
                    let mut tab = None;
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        let result = print_one(conn, &mut tab, job, load_timeout);
                        results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
                    }
                    if let Some(tab) = tab {
                        tab.close(conn);
                    }
                });
            }
        });
        results
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .zip(jobs)
            .map(|(r, job)| r.unwrap_or_else(|| Err(gone(job))))
            .collect()
    }
}

/// The browser to run, or why there is none.
fn find_chromium() -> Result<PathBuf, PdfError> {
    if let Some(asked) = std::env::var_os("SOPGEN_CHROMIUM").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(&asked);
        let bare = path.components().count() == 1 && !path.is_absolute();
        let found = if bare {
            on_path(&path)
        } else {
            path.is_file().then(|| path.clone())
        };
        return found.ok_or_else(|| {
            let asked = path.display();
            PdfError::umum(crate::pesan!(
                "Chromium tidak ditemukan di {asked} (SOPGEN_CHROMIUM): pasang paket Debian `chromium` (sudo apt install chromium) atau tunjuk programnya dengan SOPGEN_CHROMIUM",
                "Chromium not found at {asked} (SOPGEN_CHROMIUM): install the Debian package `chromium` (sudo apt install chromium) or point SOPGEN_CHROMIUM at the program"
            ))
        });
    }
    NAMA_PROGRAM
        .iter()
        .find_map(|name| on_path(Path::new(name)))
        .ok_or_else(|| {
            PdfError::umum(crate::pesan!(
                "Chromium tidak ditemukan: pasang paket Debian `chromium` (sudo apt install chromium) atau tunjuk programnya dengan SOPGEN_CHROMIUM",
                "Chromium not found: install the Debian package `chromium` (sudo apt install chromium) or point SOPGEN_CHROMIUM at the program"
            ))
        })
}

/// `name` in a folder of the PATH, as an executable file.
fn on_path(name: &Path) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// The error of a job the browser did not live to print.
fn gone(job: &Path) -> PdfError {
    let file = job.display();
    PdfError::tentang(
        job,
        crate::pesan!(
            "{file}: tidak dicetak karena Chromium berhenti (mogok atau ditutup)",
            "{file}: not printed, Chromium stopped (crashed or closed)"
        ),
    )
}

/// Prints `job` in `tab`, opening one first if there is none, and closing
/// it when it is no longer fit to use.
fn print_one(
    conn: &Conn,
    tab: &mut Option<Tab>,
    job: &Path,
    load_timeout: Duration,
) -> Result<Printed, PdfError> {
    let path = std::path::absolute(job).unwrap_or_else(|_| job.to_path_buf());
    if !path.is_file() {
        let file = job.display();
        return Err(PdfError::tentang(
            job,
            crate::pesan!("{file}: berkas tidak ada", "{file}: no such file"),
        ));
    }
    if conn.is_closed() {
        return Err(gone(job));
    }
    let open = match tab {
        Some(open) => open,
        None => tab.insert(Tab::open(conn).map_err(|fault| {
            let file = job.display();
            match fault {
                Fault::Closed => gone(job),
                Fault::Timeout => {
                    let detik = BATAS_LANGKAH.as_secs();
                    PdfError::tentang(
                        job,
                        crate::pesan!(
                            "{file}: Chromium tidak membuka tab baru dalam {detik} detik",
                            "{file}: Chromium did not open a new tab within {detik} s"
                        ),
                    )
                }
                Fault::Protocol(why) => PdfError::tentang(
                    job,
                    crate::pesan!(
                        "{file}: Chromium tidak dapat membuka tab baru: {why}",
                        "{file}: Chromium cannot open a new tab: {why}"
                    ),
                ),
            }
        })?),
    };
    match open.print(conn, job, &path, load_timeout) {
        Ok(printed) => Ok(printed),
        Err(Failed { error, tab_lost }) => {
            if tab_lost && let Some(lost) = tab.take() {
                lost.close(conn);
            }
            Err(error)
        }
    }
}

/// A job that failed, and whether its tab is to be closed (it crashed, or
/// still loads a page that never finishes).
struct Failed {
    error: PdfError,
    tab_lost: bool,
}

/// Why a wait in a tab ended without its answer.
enum TabFault {
    Fault(Fault),
    /// The tab's renderer crashed, or the tab was closed.
    Crashed,
}

/// A browser tab, attached to in a session of its own.
struct Tab {
    target: String,
    session: String,
    events: Receiver<Value>,
    /// Events read while waiting for a reply, not yet looked at.
    backlog: VecDeque<Value>,
}

impl Tab {
    fn open(conn: &Conn) -> Result<Tab, Fault> {
        let created = conn.call(
            None,
            "Target.createTarget",
            json!({ "url": "about:blank" }),
            BATAS_LANGKAH,
        )?;
        let target = text(&created, "targetId")?;
        let attached = conn
            .call(
                None,
                "Target.attachToTarget",
                json!({ "targetId": target, "flatten": true }),
                BATAS_LANGKAH,
            )
            .and_then(|a| text(&a, "sessionId"));
        let session = match attached {
            Ok(session) => session,
            Err(e) => {
                let _ = conn.send(None, "Target.closeTarget", json!({ "targetId": target }));
                return Err(e);
            }
        };
        let tab = Tab {
            events: conn.events(&session),
            target,
            session,
            backlog: VecDeque::new(),
        };
        for method in ["Page.enable", "Page.setLifecycleEventsEnabled"] {
            let params = if method == "Page.enable" {
                json!({})
            } else {
                json!({ "enabled": true })
            };
            if let Err(e) = conn.call(Some(&tab.session), method, params, BATAS_LANGKAH) {
                tab.close(conn);
                return Err(e);
            }
        }
        Ok(tab)
    }

    /// Closes the tab, without waiting for Chromium to do it.
    fn close(self, conn: &Conn) {
        conn.forget(&self.session);
        let _ = conn.send(
            None,
            "Target.closeTarget",
            json!({ "targetId": self.target }),
        );
    }

    /// The next event of the tab before `deadline`.
    fn next_event(&mut self, deadline: Instant) -> Result<Value, TabFault> {
        if let Some(event) = self.backlog.pop_front() {
            return Ok(event);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match self.events.recv_timeout(left) {
            Ok(event) => Ok(event),
            Err(RecvTimeoutError::Timeout) => Err(TabFault::Fault(Fault::Timeout)),
            Err(RecvTimeoutError::Disconnected) => Err(TabFault::Fault(Fault::Closed)),
        }
    }

    /// The reply to `pending`, before `deadline`; meanwhile a crash of
    /// the tab ends the wait, and other events are kept for later.
    fn reply(&mut self, pending: Pending<'_>, deadline: Instant) -> Result<Value, TabFault> {
        loop {
            let slice = deadline
                .saturating_duration_since(Instant::now())
                .min(JEDA_PERIKSA);
            if let Some(reply) = pending.wait_for(slice) {
                return reply.map_err(TabFault::Fault);
            }
            loop {
                match self.events.try_recv() {
                    Ok(event) if ends_tab(&event) => return Err(TabFault::Crashed),
                    Ok(event) => self.backlog.push_back(event),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => return Err(TabFault::Fault(Fault::Closed)),
                }
            }
            if Instant::now() >= deadline {
                pending.give_up();
                return Err(TabFault::Fault(Fault::Timeout));
            }
        }
    }

    fn print(
        &mut self,
        conn: &Conn,
        job: &Path,
        path: &Path,
        load_timeout: Duration,
    ) -> Result<Printed, Failed> {
        let file = job.display();
        let session = self.session.clone();
        let failed = |fault: TabFault, langkah_id: &str, langkah_en: &str| -> Failed {
            let langkah = if crate::bahasa::inggris() {
                langkah_en
            } else {
                langkah_id
            };
            let (error, tab_lost) = match fault {
                TabFault::Fault(Fault::Closed) => (gone(job), true),
                TabFault::Crashed => (
                    PdfError::tentang(
                        job,
                        crate::pesan!(
                            "{file}: tab Chromium yang {langkah} mogok atau tertutup",
                            "{file}: the Chromium tab {langkah} crashed or closed"
                        ),
                    ),
                    true,
                ),
                TabFault::Fault(Fault::Timeout) => {
                    let detik = BATAS_LANGKAH.as_secs();
                    (
                        PdfError::tentang(
                            job,
                            crate::pesan!(
                                "{file}: tab Chromium yang {langkah} tidak selesai dalam {detik} detik",
                                "{file}: the Chromium tab {langkah} did not finish within {detik} s"
                            ),
                        ),
                        true,
                    )
                }
                TabFault::Fault(Fault::Protocol(why)) => (
                    PdfError::tentang(
                        job,
                        crate::pesan!(
                            "{file}: tab Chromium yang {langkah} menolak: {why}",
                            "{file}: the Chromium tab {langkah} refused: {why}"
                        ),
                    ),
                    false,
                ),
            };
            Failed { error, tab_lost }
        };
        let loading = |fault| failed(fault, "memuatnya", "loading it");
        let printing = |fault| failed(fault, "mencetaknya", "printing it");

        // Events of the page before (its late paints) are not this one's.
        self.backlog.clear();
        while self.events.try_recv().is_ok() {}

        let load_by = Instant::now() + load_timeout;
        let navigate = conn
            .send(
                Some(&session),
                "Page.navigate",
                json!({ "url": file_url(path) }),
            )
            .map_err(|f| loading(TabFault::Fault(f)))?;
        let navigated = self.reply(navigate, load_by).map_err(|f| match f {
            TabFault::Fault(Fault::Timeout) => not_loaded(job, load_timeout),
            other => loading(other),
        })?;
        if let Some(why) = navigated.get("errorText").and_then(Value::as_str) {
            return Err(Failed {
                error: PdfError::tentang(
                    job,
                    crate::pesan!(
                        "{file}: Chromium tidak dapat membukanya ({why})",
                        "{file}: Chromium cannot open it ({why})"
                    ),
                ),
                tab_lost: false,
            });
        }
        // The load of this navigation, known by its loader: not the end of
        // the blank page the tab opened with, nor of a frame in the page.
        // (A navigation within the document has no loader, and no load.)
        if let Some(loader) = navigated.get("loaderId").and_then(Value::as_str) {
            let frame = navigated.get("frameId").and_then(Value::as_str);
            loop {
                let event = self.next_event(load_by).map_err(|f| match f {
                    TabFault::Fault(Fault::Timeout) => not_loaded(job, load_timeout),
                    other => loading(other),
                })?;
                if ends_tab(&event) {
                    return Err(loading(TabFault::Crashed));
                }
                let params = &event["params"];
                if event["method"] == "Page.lifecycleEvent"
                    && params["name"] == "load"
                    && params["loaderId"].as_str() == Some(loader)
                    && (frame.is_none() || params["frameId"].as_str() == frame)
                {
                    break;
                }
            }
        }

        // A big book prints for long: a 6 MB page of 230 SOPs made 914
        // pages in about 35 s on two busy cores. A minute more per MB.
        let size = std::fs::metadata(job).map_or(0, |m| m.len());
        let print_by = Instant::now() + BATAS_LANGKAH + Duration::from_secs(60 * (size >> 20));
        let fonts = conn
            .send(
                Some(&session),
                "Runtime.evaluate",
                json!({
                    "expression": "document.fonts.ready.then(() => document.fonts.status)",
                    "awaitPromise": true,
                    "returnByValue": true,
                }),
            )
            .map_err(|f| printing(TabFault::Fault(f)))?;
        self.reply(fonts, print_by).map_err(printing)?;
        let print = conn
            .send(
                Some(&session),
                "Page.printToPDF",
                json!({
                    "printBackground": true,
                    "preferCSSPageSize": true,
                    "displayHeaderFooter": false,
                    "transferMode": "ReturnAsBase64",
                }),
            )
            .map_err(|f| printing(TabFault::Fault(f)))?;
        let printed = self.reply(print, print_by).map_err(printing)?;
        let pdf = printed
            .get("data")
            .and_then(Value::as_str)
            .and_then(|data| base64(data.as_bytes()))
            .ok_or_else(|| Failed {
                error: PdfError::tentang(
                    job,
                    crate::pesan!(
                        "{file}: Chromium tidak mengirim PDF yang utuh",
                        "{file}: Chromium did not send a whole PDF"
                    ),
                ),
                tab_lost: false,
            })?;
        let pages = info(&pdf)
            .map_err(|e| Failed {
                error: PdfError::tentang(job, format!("{file}: {e}")),
                tab_lost: false,
            })?
            .pages
            .len();
        Ok(Printed { pdf, pages })
    }
}

/// The error of a page still loading at its deadline: its tab is closed,
/// which stops the load.
fn not_loaded(job: &Path, limit: Duration) -> Failed {
    let file = job.display();
    let detik = limit.as_secs_f64();
    Failed {
        error: PdfError::tentang(
            job,
            crate::pesan!(
                "{file}: halaman tidak selesai dimuat dalam {detik} detik (gambar, fon, atau berkas lain yang dirujuknya tidak kunjung datang?)",
                "{file}: the page did not finish loading within {detik} s (an image, font or other file it refers to never came?)"
            ),
        ),
        tab_lost: true,
    }
}

/// Whether `event` says the tab's renderer crashed or the tab is gone.
fn ends_tab(event: &Value) -> bool {
    matches!(
        event["method"].as_str(),
        Some("Inspector.targetCrashed" | "Target.detachedFromTarget")
    )
}

/// The string `key` of a result.
fn text(result: &Value, key: &str) -> Result<String, Fault> {
    result
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Fault::Protocol(format!("no {key} in {result}")))
}

/// The `file://` URL of an absolute path, every byte but the unreserved
/// ones and `/` percent-encoded.
fn file_url(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().replace('\\', "/").into_bytes();
    let mut url = String::from("file://");
    if !bytes.starts_with(b"/") {
        url.push('/');
    }
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_escape_what_a_url_cannot_hold() {
        assert_eq!(
            file_url(Path::new("/tmp/buku sop/bab#1/ä.html")),
            "file:///tmp/buku%20sop/bab%231/%C3%A4.html"
        );
        assert_eq!(file_url(Path::new("/a/b-c_d.e~f")), "file:///a/b-c_d.e~f");
    }
}
