//! sopgen: turns a folder of SOP-AP documents (Markdown with TOML front
//! matter) into a cross-linked HTML catalogue.
//!
//! The pipeline: `content` (load and check) → `catalog` (link) → `render`
//! (Tera + theme) → `output` (atomic write). `site` strings them together
//! for the commands in `main.rs`.

pub mod bahasa;
pub mod bantuan;
pub mod bundle;
pub mod cache;
pub mod catalog;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod fasthash;
pub mod flowchart;
pub mod hukum;
pub mod impor;
pub mod indexes;
pub mod output;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod synth;
pub mod terjemah;
pub mod url;
#[doc(hidden)]
pub mod wordgen;
pub mod zip;
