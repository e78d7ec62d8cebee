//! Where rendered files go: memory (for `check` and `serve`) or a folder
//! being built (for `build`, in `crate::output`).

use std::sync::{Arc, Mutex};

use crate::diagnostic::Diagnostic;

/// A file of the built site: its path under the output folder and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    /// Shared: a page unchanged since the last rebuild of `serve --watch`
    /// is the cached one, not a copy.
    pub bytes: Arc<Vec<u8>>,
}

/// Takes each file as soon as it is made. Called from several threads at
/// once.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile) -> Result<(), Diagnostic>;
}

/// Keeps the files in memory.
#[derive(Default)]
pub struct Memory(pub Mutex<Vec<OutputFile>>);

impl Sink for Memory {
    fn put(&self, file: OutputFile) -> Result<(), Diagnostic> {
        self.0.lock().expect("not poisoned").push(file);
        Ok(())
    }
}

impl Memory {
    pub fn into_files(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().expect("not poisoned");
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// Throws the files away: for checking only.
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: OutputFile) -> Result<(), Diagnostic> {
        Ok(())
    }
}
