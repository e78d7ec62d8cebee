//! `sopgen impor`: agencies' Word SOPs (.docx; .doc through LibreOffice)
//! read into the catalogue's Markdown + TOML format.
//!
//! Layers: [`paket`] (bytes → XML parts, within limits) → [`dokumen`] and
//! [`bentuk`] (a document model: paragraphs, tables with resolved grids,
//! shapes) → extraction ([`identitas`], [`kotak`], [`prosedur`], [`bagan`],
//! [`alur`]: pure, no file system) → [`tulis`] (the content file, checked
//! with the crate's own parser), in [`baca`] for one document; [`berkas`]
//! imports files and folders, a .doc through [`konversi`]; [`gagal`] says
//! why a file could not be imported.

pub mod alur;
pub mod baca;
pub mod bagan;
pub mod bentuk;
pub mod berkas;
pub mod dokumen;
pub mod draf;
pub mod gagal;
pub mod identitas;
pub mod konversi;
pub mod kotak;
pub mod label;
pub mod paket;
pub mod prosedur;
pub mod susun;
pub mod teks;
pub mod tulis;
pub mod xml;

pub use baca::{HasilImpor, baca_berkas, baca_docx, baca_model};
pub use berkas::{Opsi, Ringkasan, jalankan};
pub use gagal::GagalImpor;
