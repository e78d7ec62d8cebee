//! The commands of `sopgen`, a module each: its arguments (parsed by clap
//! in `main.rs`) and its work, with what it prints and its exit code (0
//! success, 1 problems found, 2 bad usage). `serve` runs in
//! [`crate::serve::command`].

pub mod baru;
pub mod build;
pub mod bundle;
pub mod check;
pub mod impor;
pub mod init;
pub mod memory;
pub mod schema;
pub mod search;
pub mod serve;
pub mod tema;

/// Writes a file that must not exist yet: a file that appeared meanwhile
/// is an error (`AlreadyExists`), never replaced.
pub(crate) fn write_new(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}
