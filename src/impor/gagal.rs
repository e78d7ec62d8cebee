//! Why a Word file could not be imported, in the words shown after its
//! name. A leaf of `impor`: every layer that can fail returns it.

use std::fmt;

/// Why a file could not be imported. Shown after the file's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GagalImpor {
    /// Not a Word document at all.
    BukanWord(String),
    /// A damaged file.
    Rusak(String),
    /// A password-protected document.
    Terenkripsi,
    /// A file or part beyond the limits (a zip bomb, a huge XML).
    TerlaluBesar(String),
    /// A Word document with no SOP-AP procedure table.
    TanpaSop(String),
    /// A .doc that could not be converted.
    Konversi(String),
    /// The file could not be read.
    Baca(String),
}

impl fmt::Display for GagalImpor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GagalImpor::BukanWord(m) => write!(f, "bukan dokumen Word: {m}"),
            GagalImpor::Rusak(m) => write!(f, "berkas rusak: {m}"),
            GagalImpor::Terenkripsi => write!(
                f,
                "dokumen dilindungi kata sandi; buka di Word, hapus kata sandinya (File > Info > Protect Document), simpan, lalu impor lagi"
            ),
            GagalImpor::TerlaluBesar(m) => write!(f, "terlalu besar untuk dibaca dengan aman: {m}"),
            GagalImpor::TanpaSop(m) => write!(f, "tidak ditemukan SOP: {m}"),
            GagalImpor::Konversi(m) => write!(f, "tidak dapat dikonversi dari .doc: {m}"),
            GagalImpor::Baca(m) => write!(f, "tidak dapat dibaca: {m}"),
        }
    }
}

impl std::error::Error for GagalImpor {}

/// An I/O error in Indonesian.
pub fn pesan_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "tidak ditemukan".into(),
        PermissionDenied => "tidak ada izin".into(),
        AlreadyExists => "sudah ada".into(),
        _ => format!("{e}"),
    }
}
