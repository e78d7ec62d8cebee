//! The commands of `sopgen`, a module each: its arguments (parsed by clap
//! in `main.rs`) and its work, with what it prints and its exit code (0
//! success, 1 problems found, 2 bad usage). `serve` runs in
//! [`crate::serve::command`].

pub mod build;
pub mod bundle;
pub mod check;
pub mod impor;
pub mod memory;
pub mod schema;
pub mod search;
pub mod serve;
pub mod tema;
