//! What the preview server answers: the path guard (pure, tested with
//! hostile paths), content types, and the lookup of a request in the site
//! held in memory. The server never reads the disk for a request, so no
//! path can reach a file outside the site.

use std::collections::HashMap;
use std::sync::Arc;

/// Why a request path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Malformed: bad percent-encoding, not UTF-8, not starting with `/`.
    BadRequest,
    /// An attempt to leave the site: `..`, backslashes, NUL, drive or
    /// absolute paths inside the path.
    Forbidden,
}

impl Refusal {
    pub fn status(self) -> u16 {
        match self {
            Refusal::BadRequest => 400,
            Refusal::Forbidden => 403,
        }
    }
}

pub use crate::url::percent_decode;

/// The site-relative path a request URL asks for (`""` for the root), with
/// a trailing `/` kept; or why it is refused.
pub fn clean_path(url: &str) -> Result<String, Refusal> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Err(Refusal::BadRequest);
    }
    let decoded = percent_decode(path).ok_or(Refusal::BadRequest)?;
    if decoded.contains(['\0', '\\']) || decoded.chars().any(char::is_control) {
        return Err(Refusal::Forbidden);
    }
    // "//etc/passwd" or "/C:/..." name another root: refuse, don't guess.
    if decoded.starts_with("//")
        || decoded.split('/').any(|seg| {
            seg.len() >= 2 && seg.as_bytes()[1] == b':' && seg.as_bytes()[0].is_ascii_alphabetic()
        })
    {
        return Err(Refusal::Forbidden);
    }
    let mut parts: Vec<&str> = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return Err(Refusal::Forbidden),
            s => parts.push(s),
        }
    }
    let mut clean = parts.join("/");
    if decoded.ends_with('/') && !clean.is_empty() {
        clean.push('/');
    }
    Ok(clean)
}

/// The content type of a file, from its name.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// A site held in memory, by path under its root.
#[derive(Debug, Default)]
pub struct Served {
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// The build these files are of; pages get the reload script naming it
    /// as they are sent (not at each rebuild: that copied every page).
    pub build: u64,
}

/// What to answer for a clean path.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    File(String),
    /// The folder's address without its final `/`: send it there.
    Redirect(String),
    NotFound,
}

impl Served {
    pub fn lookup(&self, clean: &str) -> Lookup {
        let key = if clean.is_empty() || clean.ends_with('/') {
            format!("{clean}index.html")
        } else {
            clean.to_string()
        };
        if self.files.contains_key(&key) {
            return Lookup::File(key);
        }
        if !clean.ends_with('/') && self.files.contains_key(&format!("{clean}/index.html")) {
            return Lookup::Redirect(format!("/{}/", crate::render::links::encode_path(clean)));
        }
        Lookup::NotFound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths_stay_inside_the_site() {
        assert_eq!(clean_path("/"), Ok(String::new()));
        assert_eq!(clean_path("/dinsos/sop-a/"), Ok("dinsos/sop-a/".into()));
        assert_eq!(clean_path("/dinsos/sop-a"), Ok("dinsos/sop-a".into()));
        assert_eq!(
            clean_path("/aset/sopgen.css?v=2#x"),
            Ok("aset/sopgen.css".into())
        );
        assert_eq!(clean_path("/dinas%20sosial/"), Ok("dinas sosial/".into()));
        assert_eq!(clean_path("/./a//b/"), Ok("a/b/".into()));
    }

    #[test]
    fn hostile_paths_are_refused() {
        let hostile = [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/..%2fetc%2fpasswd",
            "/a/..%2f..%2fetc/passwd",
            "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/..\\..\\windows\\win.ini",
            "/a%5c..%5c..%5cetc",
            "/index.html%00.css",
            "/%00",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/c:%5cwindows",
            "/a/%2e%2e",
            "/..",
            "/.%2e/x",
            "/%2e./x",
        ];
        for h in hostile {
            assert_eq!(clean_path(h), Err(Refusal::Forbidden), "{h}");
        }
        for bad in ["etc/passwd", "", "/%zz", "/%2", "/%ff%fe", "http://x/"] {
            assert_eq!(clean_path(bad), Err(Refusal::BadRequest), "{bad}");
        }
    }

    #[test]
    fn folders_serve_their_index_and_redirect_without_slash() {
        let mut s = Served::default();
        s.files.insert("index.html".into(), Arc::new(vec![]));
        s.files.insert("a/index.html".into(), Arc::new(vec![]));
        s.files.insert("aset/x.css".into(), Arc::new(vec![]));
        assert_eq!(s.lookup(""), Lookup::File("index.html".into()));
        assert_eq!(s.lookup("a/"), Lookup::File("a/index.html".into()));
        assert_eq!(s.lookup("a"), Lookup::Redirect("/a/".into()));
        assert_eq!(s.lookup("aset/x.css"), Lookup::File("aset/x.css".into()));
        assert_eq!(s.lookup("aset/"), Lookup::NotFound);
        assert_eq!(s.lookup("nope"), Lookup::NotFound);
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("aset/font/x.woff2"), "font/woff2");
        assert_eq!(
            content_type("cari/indeks/t-ku.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type("katalog.json"), "application/json");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
