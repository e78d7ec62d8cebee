//! `sopgen impor`: agencies' Word SOPs (.docx; .doc through LibreOffice)
//! read into the catalogue's Markdown + TOML format.
//!
//! Layers: [`paket`] (bytes → XML parts, within limits) → [`dokumen`] and
//! [`bentuk`] (a document model: paragraphs, tables with resolved grids,
//! shapes) → extraction ([`identitas`], [`kotak`], [`prosedur`], [`bagan`],
//! [`alur`]: pure, no file system) → [`tulis`] (the content file, checked
//! with the crate's own parser). [`berkas`] imports files and folders.

pub mod alur;
pub mod bagan;
pub mod bentuk;
pub mod berkas;
pub mod dokumen;
pub mod draf;
pub mod identitas;
pub mod kotak;
pub mod label;
pub mod paket;
pub mod prosedur;
pub mod susun;
pub mod teks;
pub mod tulis;
pub mod xml;

use std::fmt;
use std::path::Path;

pub use berkas::{Opsi, Ringkasan, jalankan};

/// One SOP read from a document.
#[derive(Debug, Clone)]
pub struct HasilImpor {
    /// The SOP's nama.
    pub nama: String,
    /// The file name it is written under, without `.md`.
    pub slug: String,
    /// The content file: front matter and the "Catatan impor".
    pub teks: String,
    pub langkah: usize,
    /// What the reviewer should check (the Catatan impor's items).
    pub catatan: Vec<String>,
}

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

/// Reads the SOPs of a .docx held in memory. `nama_berkas` is the source's
/// file name, written into `sumber_dokumen`. A .doc (Word 97-2003) must go
/// through [`baca_berkas`], which converts it.
pub fn baca_docx(bytes: &[u8], nama_berkas: &str) -> Result<Vec<HasilImpor>, GagalImpor> {
    match paket::jenis(bytes) {
        paket::Jenis::Zip => {}
        paket::Jenis::Ole if paket::ole_terenkripsi(bytes) => return Err(GagalImpor::Terenkripsi),
        paket::Jenis::Ole | paket::Jenis::Rtf => {
            return Err(GagalImpor::BukanWord(
                "ini dokumen Word lama (.doc) atau RTF; impor berkasnya agar dikonversi lewat LibreOffice".into(),
            ));
        }
        paket::Jenis::Lain => {
            return Err(GagalImpor::BukanWord(if bytes.is_empty() {
                "berkasnya kosong".into()
            } else {
                "isinya bukan format Word (.docx atau .doc)".into()
            }));
        }
    }
    if bytes.len() as u64 > paket::MAKS_BERKAS {
        return Err(GagalImpor::TerlaluBesar(format!(
            "berkas {} MB (batas {} MB)",
            bytes.len() / (1024 * 1024),
            paket::MAKS_BERKAS / (1024 * 1024)
        )));
    }
    let p = paket::buka_docx(bytes)?;
    let doc = paket::parse_xml(&p.dokumen)?;
    let numbering = p
        .numbering
        .as_deref()
        .and_then(|t| paket::parse_xml(t).ok());
    let styles = p.styles.as_deref().and_then(|t| paket::parse_xml(t).ok());
    let mut model = dokumen::baca(&doc, numbering.as_ref(), styles.as_ref());
    drop(doc);
    let headers: Vec<roxmltree::Document> = p
        .kepala_halaman
        .iter()
        .filter_map(|t| paket::parse_xml(t).ok())
        .collect();
    model.kepala_halaman = dokumen::baca_kepala(&headers, numbering.as_ref(), styles.as_ref());
    baca_model(&model, nama_berkas)
}

/// Reads the SOPs of a document model (for tests on hand-made models).
pub fn baca_model(
    model: &dokumen::Dokumen,
    nama_berkas: &str,
) -> Result<Vec<HasilImpor>, GagalImpor> {
    let drafs = susun::ekstrak(model, nama_berkas)?;
    let mut out = Vec::with_capacity(drafs.len());
    let mut errors = Vec::new();
    for mut d in drafs {
        let nama = d.nama.clone().unwrap_or_default();
        let slug = match teks::slug(&nama) {
            s if s.is_empty() => "sop".to_string(),
            s => s,
        };
        match tulis::tulis(&mut d, &slug) {
            Ok(teks) => out.push(HasilImpor {
                nama,
                slug,
                teks,
                langkah: d.langkah.len(),
                catatan: d.catatan,
            }),
            Err(e) => errors.push(format!(
                "SOP \"{nama}\" tidak lolos pemeriksaan format ({e})"
            )),
        }
    }
    if out.is_empty() {
        return Err(GagalImpor::TanpaSop(errors.join("; ")));
    }
    Ok(out)
}

/// Reads the SOPs of a Word file: .docx directly, .doc (and RTF saved as
/// .doc) converted through LibreOffice when it is installed.
pub fn baca_berkas(path: &Path) -> Result<Vec<HasilImpor>, GagalImpor> {
    let nama = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let meta = std::fs::metadata(path).map_err(|e| GagalImpor::Baca(berkas::pesan_io(&e)))?;
    if meta.len() > paket::MAKS_BERKAS {
        return Err(GagalImpor::TerlaluBesar(format!(
            "berkas {} MB (batas {} MB)",
            meta.len() / (1024 * 1024),
            paket::MAKS_BERKAS / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| GagalImpor::Baca(berkas::pesan_io(&e)))?;
    match paket::jenis(&bytes) {
        paket::Jenis::Ole if paket::ole_terenkripsi(&bytes) => Err(GagalImpor::Terenkripsi),
        paket::Jenis::Ole | paket::Jenis::Rtf => {
            let docx = berkas::konversi_doc(path)?;
            baca_docx(&docx, &nama)
        }
        _ => baca_docx(&bytes, &nama),
    }
}
