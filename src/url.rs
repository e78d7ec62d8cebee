//! The names the site keeps for its own pages and files at the top of the
//! output folder. A leaf: the catalogue refuses SOP folders that take one,
//! the renderer writes under them.

/// Folders and files of the site that hold index pages, search, exports
/// and assets; content may not use them.
pub const RESERVED: &[&str] = &[
    "404.html",
    "aset",
    "cari",
    "dasar-hukum",
    "feed.xml",
    "instansi",
    "katalog.json",
    "kata-kunci",
    "pelaksana",
    "robots.txt",
    "sitemap.xml",
    "status",
    "terbaru",
];
