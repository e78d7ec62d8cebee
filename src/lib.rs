//! sopgen: turns a folder of SOP-AP documents (Markdown with TOML front
//! matter) into a cross-linked HTML catalogue.
//!
//! The pipeline, in `site`: `config` → `content` (read, parse and check
//! each file into the model) → `catalog` (place and link the SOPs) →
//! `indexes` (the catalogue by instansi, pelaksana, dasar hukum with
//! `indexes::hukum`, kata kunci, status) and `search` → `render` (Tera and
//! the theme, `flowchart` drawing each procedure) → `output` (atomic
//! write) or `bundle` (a zip). `serve` runs the same pipeline in memory;
//! `impor` reads Word files into content files. `cli` holds each command
//! of `main.rs`.
//!
//! Leaves that everything may use, and that use nothing of the crate:
//! `hash` (content keys), `slug`, `url` (the site's reserved folders),
//! `escape`, `content::pelaksana` (how actor names compare), `bahasa` (the
//! language of messages). `tests/arsitektur.rs` keeps the imports between
//! files free of circles.

pub mod bahasa;
pub mod bantuan;
pub mod bundle;
pub mod cache;
pub mod catalog;
pub mod cetak;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod escape;
pub mod flowchart;
pub mod hash;
pub mod impor;
pub mod indexes;
pub mod output;
pub mod pdf;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod slug;
pub mod terjemah;
pub mod url;
pub mod zip;
