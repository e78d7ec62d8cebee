//! Relative links between pages, so a site works under any sub-path of a
//! web server, and (with file URLs) straight from disk.

use std::fmt::Write as _;

/// How links to a page's folder are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlStyle {
    /// `dinsos/sop-a/`: for web servers, which serve `index.html` for a folder.
    Pretty,
    /// `dinsos/sop-a/index.html`: for opening from disk (`file://`).
    File,
}

/// Links as seen from one page.
#[derive(Debug, Clone)]
pub struct Links {
    /// `../` once per folder level of the page: the way back to the site root.
    pub root: String,
    style: UrlStyle,
}

impl Links {
    /// `page_dir` is the page's folder under the site root, `""` or ending in `/`.
    pub fn new(page_dir: &str, style: UrlStyle) -> Links {
        let depth = page_dir.matches('/').count();
        Links {
            root: "../".repeat(depth),
            style,
        }
    }

    /// Links that start from `root`, a path from the server's root such as
    /// `/` or `/sop/`: they work from a page shown at any depth.
    pub fn rooted(root: String, style: UrlStyle) -> Links {
        Links { root, style }
    }

    /// The href of the page whose folder is `dir` (`""` for the home page).
    pub fn page(&self, dir: &str) -> String {
        let mut href = format!("{}{}", self.root, encode_path(dir));
        match self.style {
            UrlStyle::File => href.push_str(crate::url::INDEX_FILE),
            UrlStyle::Pretty if href.is_empty() => href.push_str("./"),
            UrlStyle::Pretty => {}
        }
        href
    }

    pub fn is_file_style(&self) -> bool {
        self.style == UrlStyle::File
    }

    /// The href of a file, e.g. `aset/sopgen.css`.
    pub fn file(&self, path: &str) -> String {
        format!("{}{}", self.root, encode_path(path))
    }
}

/// The path of an absolute URL, ending in `/`: `https://x.go.id/sop` gives
/// `/sop/`; a URL with no path gives `/`.
pub fn url_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// Percent-encodes a path for an href, keeping `/` and unreserved characters.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rooted_links_work_at_any_depth() {
        assert_eq!(url_path("https://sop.example.go.id"), "/");
        assert_eq!(url_path("https://example.go.id/sop/"), "/sop/");
        assert_eq!(url_path("https://example.go.id/a/sop?x=1"), "/a/sop/");
        let l = Links::rooted("/sop/".into(), UrlStyle::Pretty);
        assert_eq!(l.page(""), "/sop/");
        assert_eq!(l.page("instansi/"), "/sop/instansi/");
        assert_eq!(l.file("aset/sopgen.css"), "/sop/aset/sopgen.css");
    }

    #[test]
    fn links_climb_back_to_the_root() {
        let l = Links::new("dinsos/sop-a/", UrlStyle::Pretty);
        assert_eq!(l.page("dpmd/sop-b/"), "../../dpmd/sop-b/");
        assert_eq!(l.page(""), "../../");
        assert_eq!(l.file("aset/sopgen.css"), "../../aset/sopgen.css");
        let home = Links::new("", UrlStyle::Pretty);
        assert_eq!(home.page(""), "./");
        assert_eq!(home.page("dinsos/sop-a/"), "dinsos/sop-a/");
    }

    #[test]
    fn file_links_name_the_index_file() {
        let l = Links::new("dinsos/", UrlStyle::File);
        assert_eq!(l.page(""), "../index.html");
        assert_eq!(l.page("dinsos/sop-a/"), "../dinsos/sop-a/index.html");
    }

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(
            encode_path("dinas sosial/sop ä/"),
            "dinas%20sosial/sop%20%C3%A4/"
        );
    }
}
