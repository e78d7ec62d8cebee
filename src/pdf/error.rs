//! The error of everything in `pdf`: a message for the user, already in
//! the language of messages, and the file it is about, if any.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why a PDF could not be made or read. Its `Display` is the message for
/// the user (Indonesian, or English when asked for), naming the file when
/// the error is about one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfError {
    pesan: String,
    berkas: Option<PathBuf>,
}

impl PdfError {
    /// An error about no file in particular (the browser, the machine).
    pub(crate) fn umum(pesan: String) -> PdfError {
        PdfError {
            pesan,
            berkas: None,
        }
    }

    /// An error about `berkas`; `pesan` names it already.
    pub(crate) fn tentang(berkas: &Path, pesan: String) -> PdfError {
        PdfError {
            pesan,
            berkas: Some(berkas.to_path_buf()),
        }
    }

    /// The page (HTML file) the error is about, if it is about one.
    pub fn berkas(&self) -> Option<&Path> {
        self.berkas.as_deref()
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pesan)
    }
}

impl std::error::Error for PdfError {}
