//! Live reload over server-sent events (tiny_http has no WebSocket): the
//! browsers' streams, what each build tells them, and the small script
//! injected into pages in serve mode only.

use std::io::Write;
use std::sync::Mutex;

use crate::diagnostic::Diagnostic;

/// The script every served page loads. It reloads the page (keeping the
/// scroll position) when a newer build is announced, shows the diagnostics
/// of a failed build over the page, and reconnects on its own (the browser's
/// EventSource does) after a server restart.
pub const SCRIPT: &str = r#"(function () {
  "use strict";
  var me = document.currentScript;
  var build = me ? me.getAttribute("data-build") : "";
  var key = "sopgen-gulir:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var y = parseFloat(saved) || 0;
    var back = function () { window.scrollTo(0, y); };
    if (document.readyState === "complete") back(); else window.addEventListener("load", back);
  }
  var overlay = null;
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function show(d) {
    hide();
    overlay = document.createElement("section");
    overlay.id = "sopgen-galat";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-label", "Build gagal");
    overlay.style.cssText = "position:fixed;inset:1rem;z-index:2147483647;overflow:auto;background:#fff;color:#1b1f24;border:3px solid #a1262b;border-radius:6px;padding:1rem 1.25rem;font:14px/1.45 'Sopgen Sans',Arial,sans-serif;box-shadow:0 8px 32px rgba(0,0,0,.35)";
    var h = document.createElement("h2");
    h.textContent = "Build gagal: " + d.jumlah + " kesalahan. Halaman ini menampilkan build terakhir yang berhasil.";
    h.style.cssText = "margin:0 0 .75rem;font-size:1.1rem;color:#a1262b";
    overlay.appendChild(h);
    d.galat.forEach(function (g) {
      var pre = document.createElement("pre");
      pre.className = "sopgen-diagnostik";
      pre.textContent = g;
      pre.style.cssText = "white-space:pre-wrap;background:#f4f6f8;border-left:4px solid #a1262b;padding:.5rem .75rem;margin:0 0 .75rem;font:13px/1.4 ui-monospace,'DejaVu Sans Mono',monospace";
      overlay.appendChild(pre);
    });
    var p = document.createElement("p");
    p.textContent = "Perbaiki berkasnya dan simpan: halaman ini diperbarui sendiri.";
    p.style.margin = "0";
    overlay.appendChild(p);
    document.body.appendChild(overlay);
  }
  var events = new EventSource("/__sopgen/events");
  events.addEventListener("build", function (e) {
    var d = JSON.parse(e.data);
    if (String(d.id) !== build) {
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    } else {
      hide();
    }
  });
  events.addEventListener("gagal", function (e) { show(JSON.parse(e.data)); });
})();
"#;

pub const SCRIPT_PATH: &str = "/__sopgen/reload.js";
pub const EVENTS_PATH: &str = "/__sopgen/events";

/// Adds the reload script to an HTML page, before `</body>`.
pub fn inject(html: &[u8], build: u64) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\" data-build=\"{build}\"></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// The event a build sends: `build` with its id, or `gagal` with the
/// diagnostics as the terminal prints them.
pub fn event(build: u64, errors: Option<&[Diagnostic]>) -> String {
    let (name, data) = match errors {
        None => ("build", serde_json::json!({ "id": build })),
        Some(diags) => (
            "gagal",
            serde_json::json!({
                "id": build,
                "jumlah": diags.iter().filter(|d| d.is_error()).count(),
                // Errors first: they are why the build failed.
                "galat": diags
                    .iter()
                    .filter(|d| d.is_error())
                    .chain(diags.iter().filter(|d| !d.is_error()))
                    .map(|d| d.render(false).trim_end().to_string())
                    .collect::<Vec<_>>(),
            }),
        ),
    };
    format!("event: {name}\ndata: {data}\n\n")
}

type Stream = Box<dyn Write + Send>;

/// The browsers listening for builds, and the last build's event, which a
/// browser joining is told first. Both under one lock: a browser joining
/// while a build is announced hears either the old event and then the new
/// one, or the new one, never the old one alone.
#[derive(Default)]
pub struct Hub {
    inner: Mutex<Listeners>,
}

#[derive(Default)]
struct Listeners {
    current: String,
    streams: Vec<Stream>,
}

impl Listeners {
    /// Sends `message` to every stream, dropping those that went away.
    fn send(&mut self, message: &str) {
        self.streams.retain_mut(|s| {
            s.write_all(message.as_bytes())
                .and_then(|()| s.flush())
                .is_ok()
        });
    }
}

impl Hub {
    /// Takes a new stream: writes the headers and the current state, and
    /// keeps it (if the browser is still there).
    pub fn join(&self, mut stream: Stream) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\nX-Accel-Buffering: no\r\n\r\nretry: 500\n\n";
        let mut inner = self.inner.lock().expect("not poisoned");
        if stream
            .write_all(head.as_bytes())
            .and_then(|()| stream.write_all(inner.current.as_bytes()))
            .and_then(|()| stream.flush())
            .is_ok()
        {
            inner.streams.push(stream);
        }
    }

    /// Tells every browser about a build (`message`, from [`event`]), and
    /// keeps it for those that join later.
    pub fn announce(&self, message: String) {
        let mut inner = self.inner.lock().expect("not poisoned");
        inner.send(&message);
        inner.current = message;
    }

    /// Sends `message` to every stream without keeping it (a keep-alive).
    pub fn send(&self, message: &str) {
        self.inner.lock().expect("not poisoned").send(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_end_of_body() {
        let out = inject(b"<html><body><p>x</p></body></html>", 7);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<html><body><p>x</p><script src=\"/__sopgen/reload.js\" data-build=\"7\"></script></body></html>"
        );
        assert!(inject(b"<p>no body</p>", 1).ends_with(b"</script>"));
    }

    #[test]
    fn events_carry_the_build_or_its_errors() {
        assert_eq!(event(3, None), "event: build\ndata: {\"id\":3}\n\n");
        let d = Diagnostic::error("content/a.md", "unknown field `x`");
        let e = event(4, Some(&[d]));
        assert!(e.starts_with("event: gagal\ndata: {"));
        assert!(e.contains("\"jumlah\":1"));
        assert!(e.contains("unknown field `x`"));
    }
}
