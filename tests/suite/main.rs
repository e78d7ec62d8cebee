//! The integration tests of sopgen, one test binary (as mdBook's
//! testsuite): the crate is linked once, and sites several tests read are
//! built once a run (`common::example_site`, `common::shared_build`).
//!
//! Each module is what was one `tests/*.rs` binary; a test's name is its
//! path in the crate, e.g. `build::help_describes_every_command_and_option`:
//!
//! ```sh
//! cargo test --test suite                     # all of them
//! cargo test --test suite -- impor_           # the modules whose names begin so
//! cargo test --test suite -- --exact fuzz::frontmatter_split
//! ```
//!
//! Everything runs in one process, on the harness's threads: a test that
//! measures the process (its children's peak memory, say) measures its own
//! child (`wait4`), not the process, and nothing changes the process's
//! environment or working folder.

mod common;
mod impor_banding;
mod impor_bantu;

mod arsitektur;
mod bahasa;
mod bentuk_nyata;
mod build;
mod buku;
mod bundle;
mod catalogue;
mod check_errors;
mod digantikan;
mod dokumen;
mod flowchart_browser;
mod flowchart_contract;
mod flowchart_geometry;
mod flowchart_hashes;
mod fuzz;
mod halaman;
mod hostile;
mod impor;
mod impor_bagan;
mod impor_benih;
mod impor_bolak_balik;
mod impor_cli;
mod impor_fuzz;
mod impor_isi;
mod impor_rusak;
mod incremental;
mod kendali;
mod mulai;
mod pdf_build;
mod pdf_cetak;
mod robust;
mod serve;
mod valid_html;
mod wordgen;
