//! Test data for sopgen, kept out of the crate users install: realistic
//! synthetic catalogues ([`generate`], [`write`]) for the benchmark and the
//! property, search and browser tests, and [`wordgen`], a writer of SOP-AP
//! Word documents for the importer's tests and benchmark.
//!
//! `sopgen` takes this crate as a dev-dependency only; the `sopgen-synth`
//! binary writes a catalogue for the JavaScript tests
//! (`sopgen-synth --count 600 --root DIR`).

mod katalog;
pub mod wordgen;

pub use katalog::{GeneratedFile, generate, write};
