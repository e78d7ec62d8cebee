//! From a [`crate::catalog::Catalog`] to the files of the site, in memory.
//!
//! - [`templates`]: Tera set up from the [`theme`] (built-in templates also
//!   as `default/NAME`), template errors as diagnostics.
//! - [`page`]: what a page kind is given and how it renders a page (with
//!   its cache key); [`site`]: every page kind in turn; [`sink`]: where the
//!   files go.
//! - The page kinds, each a module with its view and its template:
//!   [`home`] (`index.html`), [`sop`] (`sop.html` and `sop.json`),
//!   [`indeks`] (the index kinds: instansi and unit, pelaksana, dasar hukum,
//!   kata kunci, status, terbaru; `indeks/*.html`), [`bagian`] (folder
//!   pages), [`cari`] (the search page and index), [`not_found`] (404),
//!   [`exports`] (`katalog.json`, `robots.txt`, `sitemap.xml`,
//!   `feed.xml`), [`buku`] (the printed books, `cetak/`), [`paket`] (the
//!   review bundle's cover and its book of every SOP).
//! - [`views`]: views several kinds share; [`links`]: relative links;
//!   [`markdown`]: Markdown bodies; [`tema`]: `sopgen tema`, the built-in
//!   theme copied out for editing. Paths come from [`crate::url`].

pub mod bagian;
pub mod buku;
pub mod cari;
pub mod exports;
pub mod home;
pub mod indeks;
pub mod links;
pub mod markdown;
pub mod not_found;
pub mod page;
pub mod paket;
pub mod sink;
pub mod site;
pub mod sop;
pub mod tema;
pub mod templates;
pub mod theme;
pub mod views;

pub use page::{BundleInfo, Input, RenderOptions};
pub use paket::PRINT_ALL_LIMIT;
pub use sink::{Discard, Memory, OutputFile, Sink};
pub use templates::Renderer;

/// The index pages' old module, for `tests/build.rs` until the tests are
/// merged.
#[doc(hidden)]
pub mod indexpages {
    pub use crate::render::indeks::PER_PAGE;
}
