//! One headless Chromium, driven over the DevTools protocol through
//! `--remote-debugging-pipe`: Chromium reads commands from its fd 3 and
//! writes replies and events to its fd 4, each a JSON message ended by a
//! NUL byte.
//!
//! A thread reads fd 4 and routes each message: a reply to whoever waits
//! for that command's `id`, an event to the channel of its session (one
//! session per tab). When Chromium dies, the reader meets the end of the
//! pipe and drops every route: whoever waits learns it at once, so a dead
//! browser is an error, never a hang.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::error::PdfError;
use super::wire::Frames;

/// How long Chromium may take to start and answer its first command (a
/// fresh profile on a loaded machine takes seconds).
const BATAS_MULAI: Duration = Duration::from_secs(60);

/// How many of the last lines Chromium wrote to stderr are kept, for the
/// error when it dies while starting.
const BARIS_STDERR: usize = 12;

/// Why a command got no answer.
#[derive(Debug)]
pub(crate) enum Fault {
    /// The browser is gone (or its pipe is).
    Closed,
    /// No reply in time.
    Timeout,
    /// Chromium answered with an error: its message.
    Protocol(String),
}

type Reply = Result<Value, String>;

/// Where the reader sends what comes in.
#[derive(Default)]
struct Routes {
    closed: bool,
    replies: HashMap<u64, Sender<Reply>>,
    sessions: HashMap<String, Sender<Value>>,
}

/// The pipe to Chromium, shared by the tabs printing at once.
pub(crate) struct Conn {
    writer: Mutex<File>,
    next_id: AtomicU64,
    routes: Mutex<Routes>,
}

/// A command sent, whose reply is awaited with [`Pending::wait`].
pub(crate) struct Pending<'a> {
    conn: &'a Conn,
    id: u64,
    rx: Receiver<Reply>,
}

impl Pending<'_> {
    /// The command's result, if it comes before `deadline`.
    pub(crate) fn wait(self, deadline: Instant) -> Result<Value, Fault> {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.wait_for(left) {
            Some(reply) => reply,
            None => {
                self.give_up();
                Err(Fault::Timeout)
            }
        }
    }

    /// The command's result, if it comes within `slice`; `None` if not
    /// yet.
    pub(crate) fn wait_for(&self, slice: Duration) -> Option<Result<Value, Fault>> {
        match self.rx.recv_timeout(slice) {
            Ok(Ok(v)) => Some(Ok(v)),
            Ok(Err(m)) => Some(Err(Fault::Protocol(m))),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Err(Fault::Closed)),
        }
    }

    /// No longer waits: a late reply is dropped.
    pub(crate) fn give_up(self) {
        self.conn.routes().replies.remove(&self.id);
    }
}

impl Conn {
    fn new(writer: File) -> Conn {
        Conn {
            writer: Mutex::new(writer),
            next_id: AtomicU64::new(1),
            routes: Mutex::new(Routes::default()),
        }
    }

    fn routes(&self) -> MutexGuard<'_, Routes> {
        // A thread that panicked while holding it left plain maps behind.
        self.routes.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether the browser is known to be gone.
    pub(crate) fn is_closed(&self) -> bool {
        self.routes().closed
    }

    /// Sends `method` (to a tab's `session`, or to the browser).
    pub(crate) fn send(
        &self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Result<Pending<'_>, Fault> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            message["sessionId"] = Value::from(s);
        }
        let mut bytes = serde_json::to_vec(&message).map_err(|e| Fault::Protocol(e.to_string()))?;
        bytes.push(0);
        let (tx, rx) = mpsc::channel();
        {
            let mut routes = self.routes();
            if routes.closed {
                return Err(Fault::Closed);
            }
            routes.replies.insert(id, tx);
        }
        let written = self
            .writer
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .write_all(&bytes);
        if written.is_err() {
            self.routes().replies.remove(&id);
            return Err(Fault::Closed);
        }
        Ok(Pending { conn: self, id, rx })
    }

    /// Sends `method` and waits at most `limit` for its result.
    pub(crate) fn call(
        &self,
        session: Option<&str>,
        method: &str,
        params: Value,
        limit: Duration,
    ) -> Result<Value, Fault> {
        self.send(session, method, params)?
            .wait(Instant::now() + limit)
    }

    /// The events of `session` from now on (and its end: the channel
    /// closes when the browser dies or [`Conn::forget`] is called).
    pub(crate) fn events(&self, session: &str) -> Receiver<Value> {
        let (tx, rx) = mpsc::channel();
        let mut routes = self.routes();
        if !routes.closed {
            routes.sessions.insert(session.to_string(), tx);
        }
        rx
    }

    pub(crate) fn forget(&self, session: &str) {
        self.routes().sessions.remove(session);
    }

    /// Routes one message from Chromium.
    fn dispatch(&self, frame: &[u8]) {
        let Ok(message) = serde_json::from_slice::<Value>(frame) else {
            return;
        };
        let mut routes = self.routes();
        if let Some(id) = message.get("id").and_then(Value::as_u64) {
            if let Some(tx) = routes.replies.remove(&id) {
                let reply = match message.get("error") {
                    Some(e) => Err(e
                        .get("message")
                        .and_then(Value::as_str)
                        .map_or_else(|| e.to_string(), str::to_string)),
                    None => Ok(message.get("result").cloned().unwrap_or(Value::Null)),
                };
                let _ = tx.send(reply);
            }
            return;
        }
        // A tab's events carry its session; the browser's word that a
        // session ended names it in the parameters.
        let session = message
            .get("sessionId")
            .or_else(|| message.pointer("/params/sessionId"))
            .and_then(Value::as_str)
            .map(str::to_string);
        if let Some(session) = session
            && let Some(tx) = routes.sessions.get(&session)
            && tx.send(message).is_err()
        {
            routes.sessions.remove(&session);
        }
    }

    /// The browser is gone: every waiting command and tab learns it.
    fn close(&self) {
        let mut routes = self.routes();
        routes.closed = true;
        routes.replies.clear();
        routes.sessions.clear();
    }
}

/// A running headless Chromium with its own temporary profile.
pub(crate) struct Browser {
    child: Child,
    profile: PathBuf,
    pub(crate) conn: Arc<Conn>,
}

/// Why a start failed, and whether another try may do better (Chromium
/// now and then dies of a signal while starting on a loaded machine).
pub(crate) struct GagalMulai {
    pub(crate) error: PdfError,
    pub(crate) coba_lagi: bool,
}

impl GagalMulai {
    fn sekali(error: PdfError) -> GagalMulai {
        GagalMulai {
            error,
            coba_lagi: false,
        }
    }
}

/// The flags of a closed, quiet machine, the pipe, and nothing to show.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
];

impl Browser {
    /// Starts `program` and waits until it answers.
    pub(crate) fn launch(program: &Path) -> Result<Browser, GagalMulai> {
        let profile = profile_dir().map_err(|e| {
            let e = e.to_string();
            GagalMulai::sekali(PdfError::umum(crate::pesan!(
                "tidak dapat membuat folder sementara untuk Chromium: {e}",
                "cannot make a temporary folder for Chromium: {e}"
            )))
        })?;
        let mut command = Command::new(program);
        command
            .args(FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let (child, to_chromium, from_chromium) = match spawn_with_pipe(&mut command) {
            Ok(started) => started,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&profile);
                let (program, e) = (program.display(), e.to_string());
                return Err(GagalMulai::sekali(PdfError::umum(crate::pesan!(
                    "Chromium ({program}) tidak dapat dijalankan: {e}",
                    "Chromium ({program}) cannot be run: {e}"
                ))));
            }
        };
        let mut browser = Browser {
            child,
            profile,
            conn: Arc::new(Conn::new(to_chromium)),
        };
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let (stderr_done, stderr_ended) = mpsc::channel::<()>();
        if let Some(stderr) = browser.child.stderr.take() {
            let tail = Arc::clone(&tail);
            std::thread::spawn(move || {
                keep_tail(stderr, &tail);
                let _ = stderr_done.send(());
            });
        }
        let conn = Arc::clone(&browser.conn);
        std::thread::spawn(move || {
            let mut frames = Frames::new(from_chromium);
            while let Ok(Some(frame)) = frames.next_frame() {
                conn.dispatch(&frame);
            }
            conn.close();
        });
        match browser
            .conn
            .call(None, "Browser.getVersion", json!({}), BATAS_MULAI)
        {
            Ok(_) => Ok(browser),
            Err(Fault::Timeout) => {
                let (program, detik) = (program.display(), BATAS_MULAI.as_secs());
                Err(GagalMulai::sekali(PdfError::umum(crate::pesan!(
                    "Chromium ({program}) tidak menjawab dalam {detik} detik setelah dijalankan",
                    "Chromium ({program}) did not answer within {detik} s of starting"
                ))))
            }
            Err(_) => {
                let status = browser.exit_status();
                // Its last words may still be on their way.
                let _ = stderr_ended.recv_timeout(Duration::from_secs(2));
                let lines = tail.lock().unwrap_or_else(|e| e.into_inner());
                let stderr = lines.iter().cloned().collect::<Vec<_>>().join("\n");
                let program = program.display();
                Err(GagalMulai {
                    error: PdfError::umum(crate::pesan!(
                        "Chromium ({program}) berhenti saat dijalankan ({status}); pesan terakhirnya:\n{stderr}",
                        "Chromium ({program}) stopped while starting ({status}); its last words:\n{stderr}"
                    )),
                    coba_lagi: true,
                })
            }
        }
    }

    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// How the process ended, waiting a little for it.
    fn exit_status(&mut self) -> String {
        let until = Instant::now() + Duration::from_secs(2);
        while Instant::now() < until {
            if let Ok(Some(status)) = self.child.try_wait() {
                if let Some(kode) = status.code() {
                    return crate::pesan!("kode keluar {kode}", "exit code {kode}");
                }
                #[cfg(unix)]
                if let Some(sinyal) = std::os::unix::process::ExitStatusExt::signal(&status) {
                    return crate::pesan!(
                        "dihentikan sinyal {sinyal}",
                        "killed by signal {sinyal}"
                    );
                }
                return status.to_string();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        crate::pesan!("masih berjalan", "still running")
    }
}

impl Drop for Browser {
    /// Kills Chromium and every process it started (its process group),
    /// then removes its profile.
    fn drop(&mut self) {
        kill_group(&mut self.child);
        let _ = self.child.wait();
        // A child killed in the middle of writing may finish that write:
        // a second try removes what it left.
        for _ in 0..5 {
            if std::fs::remove_dir_all(&self.profile).is_ok() || !self.profile.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Keeps the last lines of Chromium's stderr (which is mostly noise).
fn keep_tail(stderr: impl std::io::Read, tail: &Mutex<VecDeque<String>>) {
    let mut reader = BufReader::new(stderr);
    let mut line = Vec::new();
    while let Ok(n) = reader.read_until(b'\n', &mut line) {
        if n == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line).trim_end().to_string();
        line.clear();
        if text.is_empty() {
            continue;
        }
        let mut tail = tail.lock().unwrap_or_else(|e| e.into_inner());
        if tail.len() == BARIS_STDERR {
            tail.pop_front();
        }
        tail.push_back(text);
    }
}

/// A new, private folder for Chromium's profile.
fn profile_dir() -> std::io::Result<PathBuf> {
    static URUT: AtomicUsize = AtomicUsize::new(0);
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    loop {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = std::env::temp_dir().join(format!(
            "sopgen-chromium-{}-{}-{nanos}",
            std::process::id(),
            URUT.fetch_add(1, Ordering::Relaxed)
        ));
        match builder.create(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            other => return other.map(|()| path),
        }
    }
}

/// Starts `command` in a process group of its own, its fd 3 reading what
/// we write to the first file, its fd 4 writing what we read from the
/// second.
#[cfg(unix)]
fn spawn_with_pipe(command: &mut Command) -> std::io::Result<(Child, File, File)> {
    use std::os::fd::{AsRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;

    let (their_in, our_out) = pipe()?;
    let (our_in, their_out) = pipe()?;
    let (r, w) = (their_in.as_raw_fd(), their_out.as_raw_fd());
    command.process_group(0);
    // SAFETY: between fork and exec only async-signal-safe calls (fcntl,
    // dup2, close) on descriptors this process owns. The pipe ends move
    // above 10 before landing on 3 and 4, so neither overwrites the other
    // on the way.
    unsafe {
        command.pre_exec(move || {
            let r_high = libc::fcntl(r, libc::F_DUPFD, 10);
            let w_high = libc::fcntl(w, libc::F_DUPFD, 10);
            if r_high < 0 || w_high < 0 || libc::dup2(r_high, 3) < 0 || libc::dup2(w_high, 4) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::close(r_high);
            libc::close(w_high);
            Ok(())
        });
    }
    let child = command.spawn()?;
    // Chromium's ends are its own now: ours close, so that its death ends
    // the pipe we read.
    drop::<(OwnedFd, OwnedFd)>((their_in, their_out));
    Ok((child, File::from(our_out), File::from(our_in)))
}

/// A pipe (read end, write end), closed on exec so that no other child
/// of this process keeps it open.
#[cfg(unix)]
fn pipe() -> std::io::Result<(std::os::fd::OwnedFd, std::os::fd::OwnedFd)> {
    use std::os::fd::{FromRawFd, OwnedFd};
    let mut fds = [0; 2];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    // SAFETY: `fds` has room for the two descriptors.
    let made = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    // SAFETY: as above; then flags on the two descriptors just made.
    let made = unsafe {
        let made = libc::pipe(fds.as_mut_ptr());
        if made == 0 {
            libc::fcntl(fds[0], libc::F_SETFD, libc::FD_CLOEXEC);
            libc::fcntl(fds[1], libc::F_SETFD, libc::FD_CLOEXEC);
        }
        made
    };
    if made != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both were just opened and belong to nothing else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

#[cfg(not(unix))]
fn spawn_with_pipe(_: &mut Command) -> std::io::Result<(Child, File, File)> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "pipes on fd 3 and 4 need a Unix system",
    ))
}

/// Kills the child's whole process group (Chromium's renderers and helpers
/// with it).
fn kill_group(child: &mut Child) {
    #[cfg(unix)]
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: a plain signal to the group the child leads.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
}
