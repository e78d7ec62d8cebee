//! Every path of the built site, in one place: where each page kind, export
//! and asset goes. Nothing else in sopgen spells a folder name of the site.
//!
//! A page's path is its folder under the site root, ending in `/` (`""` for
//! the home page); the page itself is that folder's [`INDEX_FILE`]. Links
//! between pages are made from these paths by `render::links`, relative to
//! the page they are on.
//!
//! A leaf: it uses nothing of the crate, so every side (the catalogue
//! checking SOP URLs, the renderer, the server) can take its names from here.

/// Declares the names sopgen writes at the top of the site, each once, and
/// [`RESERVED`] from the same list, so that the two cannot drift apart.
macro_rules! top_level {
    ($($(#[$doc:meta])* $kind:ident $name:ident = $value:literal;)*) => {
        $(top_level!(@one $(#[$doc])* $kind $name $value);)*
        /// The names at the top of the site that sopgen writes itself, in
        /// alphabetical order: content may not use them as its first folder
        /// (or file name), or its pages would overwrite these.
        pub const RESERVED: &[&str] = &[$($value),*];
    };
    (@one $(#[$doc:meta])* folder $name:ident $value:literal) => {
        $(#[$doc])*
        pub const $name: &str = concat!($value, "/");
    };
    (@one $(#[$doc:meta])* file $name:ident $value:literal) => {
        $(#[$doc])*
        pub const $name: &str = $value;
    };
}

top_level! {
    /// The page a web server shows for a missing path, at any depth.
    file NOT_FOUND = "404.html";
    /// The theme's static files (stylesheet, scripts, fonts).
    folder ASET = "aset";
    /// The search page, with its index under [`CARI_INDEKS`].
    folder CARI = "cari";
    /// The list of the printed books ("Buku SOP"): each instansi's at
    /// [`buku_instansi`], each unit's at [`cetak_unit`]; in the review
    /// bundle also [`CETAK_SEMUA`].
    folder CETAK = "cetak";
    /// The list of regulations; each at [`dasar_hukum`].
    folder DASAR_HUKUM = "dasar-hukum";
    /// The Atom feed of new and revised SOPs (with `base_url`).
    file FEED = "feed.xml";
    /// The list of instansi; each at [`instansi`], its units at [`unit`].
    folder INSTANSI = "instansi";
    /// The list of tags; each at [`kata_kunci`].
    folder KATA_KUNCI = "kata-kunci";
    /// Every published SOP as JSON.
    file KATALOG_JSON = "katalog.json";
    /// The list of actors; each at [`pelaksana`].
    folder PELAKSANA = "pelaksana";
    /// For crawlers.
    file ROBOTS = "robots.txt";
    /// The review bundle's cover page.
    folder SAMPUL = "sampul";
    /// Every page, for search engines (with `base_url`).
    file SITEMAP = "sitemap.xml";
    /// The list of statuses; each at [`status`].
    folder STATUS = "status";
    /// The SOPs by their latest revision.
    folder TERBARU = "terbaru";
}

/// The home page's folder: the site root.
pub const BERANDA: &str = "";

/// The file of a page in its folder.
pub const INDEX_FILE: &str = "index.html";

/// Each SOP's JSON, beside its page.
pub const SOP_JSON: &str = "sop.json";

/// The stylesheet every page links.
pub const CSS: &str = "aset/sopgen.css";

/// The search index's files, under [`CARI`]; the search page finds them at
/// this path relative to itself.
pub const CARI_INDEKS: &str = "indeks/";

/// The review bundle's page that prints every SOP.
pub const CETAK_SEMUA: &str = "cetak/semua/";

/// The page file of the page at folder `dir`.
pub fn page_file(dir: &str) -> String {
    format!("{dir}{INDEX_FILE}")
}

/// The folder of an SOP's page: its content folder, then its file name or
/// its `slug` (`leaf`).
pub fn sop(folder: &str, leaf: &str) -> String {
    if folder.is_empty() {
        format!("{leaf}/")
    } else {
        format!("{folder}/{leaf}/")
    }
}

/// The folder of the page of the content folder `folder` (its `_index.md`).
pub fn bagian(folder: &str) -> String {
    format!("{folder}/")
}

/// The JSON of the SOP whose page is at `sop_dir`.
pub fn sop_json(sop_dir: &str) -> String {
    format!("{sop_dir}{SOP_JSON}")
}

pub fn instansi(slug: &str) -> String {
    format!("{INSTANSI}{slug}/")
}

pub fn unit(instansi_slug: &str, unit_slug: &str) -> String {
    format!("{INSTANSI}{instansi_slug}/{unit_slug}/")
}

pub fn pelaksana(slug: &str) -> String {
    format!("{PELAKSANA}{slug}/")
}

pub fn dasar_hukum(key: &str) -> String {
    format!("{DASAR_HUKUM}{key}/")
}

pub fn kata_kunci(slug: &str) -> String {
    format!("{KATA_KUNCI}{slug}/")
}

/// The page of the SOPs of one status, by the status's name (`berlaku`).
pub fn status(name: &str) -> String {
    format!("{STATUS}{name}/")
}

/// Page `k` (from 2) of a list of SOPs too long for one page at `dir`:
/// two folders below it.
pub fn halaman(dir: &str, k: usize) -> String {
    format!("{dir}halaman/{k}/")
}

/// How many folders the pages after a list's first lie below it: what
/// their links climb back.
pub const HALAMAN_DEPTH: usize = 2;

/// A file of the search index.
pub fn cari_indeks(name: &str) -> String {
    format!("{CARI}{CARI_INDEKS}{name}")
}

/// The printed book of one instansi's SOPs.
pub fn buku_instansi(instansi_slug: &str) -> String {
    format!("{CETAK}{instansi_slug}/")
}

/// The printed book of one unit's SOPs.
pub fn cetak_unit(instansi_slug: &str, unit_slug: &str) -> String {
    format!("{CETAK}{instansi_slug}/{unit_slug}/")
}

/// The PDF of the SOP whose page is at `sop_dir` (`build --pdf`), named
/// after it so that a download keeps a telling name: `dinsos/sop-a/sop-a.pdf`.
pub fn sop_pdf(sop_dir: &str) -> String {
    format!("{sop_dir}{}.pdf", last_folder(sop_dir))
}

/// The PDF of the book at `dir`, named after its instansi and unit:
/// `cetak/dinsos/umum/buku-sop-dinsos-umum.pdf`.
pub fn buku_pdf(dir: &str) -> String {
    let name = dir.strip_prefix(CETAK).unwrap_or(dir).trim_end_matches('/');
    format!("{dir}buku-sop-{}.pdf", name.replace('/', "-"))
}

fn last_folder(dir: &str) -> &str {
    let dir = dir.trim_end_matches('/');
    dir.rsplit('/').next().unwrap_or(dir)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XX` escapes (a request's path, a PDF's destination name); `None` for a malformed escape or non-UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = hex(*bytes.get(i + 1)?)?;
            let lo = hex(*bytes.get(i + 2)?)?;
            out.push(hi * 16 + lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdfs_are_named_after_their_page() {
        assert_eq!(sop_pdf("dinsos/sop-a/"), "dinsos/sop-a/sop-a.pdf");
        assert_eq!(sop_pdf("sop-a/"), "sop-a/sop-a.pdf");
        assert_eq!(
            buku_pdf("cetak/dinsos/"),
            "cetak/dinsos/buku-sop-dinsos.pdf"
        );
        assert_eq!(
            buku_pdf("cetak/dinsos/umum/"),
            "cetak/dinsos/umum/buku-sop-dinsos-umum.pdf"
        );
        assert_eq!(buku_pdf(CETAK_SEMUA), "cetak/semua/buku-sop-semua.pdf");
    }

    #[test]
    fn reserved_names_are_the_top_level_names_sorted() {
        let mut sorted = RESERVED.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, RESERVED, "keep the list in alphabetical order");
        for folder in [
            ASET,
            CARI,
            CETAK,
            DASAR_HUKUM,
            INSTANSI,
            KATA_KUNCI,
            PELAKSANA,
            SAMPUL,
            STATUS,
            TERBARU,
        ] {
            assert!(RESERVED.contains(&folder.trim_end_matches('/')), "{folder}");
        }
        for file in [NOT_FOUND, FEED, KATALOG_JSON, ROBOTS, SITEMAP] {
            assert!(RESERVED.contains(&file), "{file}");
        }
        // Paths below the top start with a reserved name.
        let top = |p: &str| p.split('/').next().unwrap().to_string();
        for path in [
            CSS.to_string(),
            CETAK_SEMUA.to_string(),
            cari_indeks("a.js"),
            instansi("x"),
            unit("x", "y"),
            pelaksana("x"),
            dasar_hukum("x"),
            kata_kunci("x"),
            status("x"),
            cetak_unit("x", "y"),
            buku_instansi("x"),
        ] {
            assert!(RESERVED.contains(&top(&path).as_str()), "{path}");
        }
    }

    #[test]
    fn paths_of_pages_are_folders() {
        assert_eq!(sop("", "a"), "a/");
        assert_eq!(sop("dinsos/umum", "a"), "dinsos/umum/a/");
        assert_eq!(page_file(&sop("dinsos", "a")), "dinsos/a/index.html");
        assert_eq!(page_file(BERANDA), "index.html");
        assert_eq!(sop_json("dinsos/a/"), "dinsos/a/sop.json");
        assert_eq!(unit("dinsos", "umum"), "instansi/dinsos/umum/");
        assert_eq!(halaman(&pelaksana("staf"), 2), "pelaksana/staf/halaman/2/");
        assert_eq!(
            halaman("a/", 3).matches('/').count() - "a/".matches('/').count(),
            HALAMAN_DEPTH
        );
        assert_eq!(cari_indeks("t-ku.js"), "cari/indeks/t-ku.js");
        assert_eq!(cetak_unit("dinsos", "umum"), "cetak/dinsos/umum/");
        assert_eq!(buku_instansi("dinsos"), "cetak/dinsos/");
    }
}
