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

    /// The href of the page whose folder is `dir` (`""` for the home page).
    pub fn page(&self, dir: &str) -> String {
        let mut href = format!("{}{}", self.root, encode_path(dir));
        match self.style {
            UrlStyle::File => href.push_str("index.html"),
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
