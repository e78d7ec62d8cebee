//! Reading one Word document into SOPs: the layers of `impor` in order,
//! from the file's bytes to the content files written.

use std::path::Path;

use super::gagal::{GagalImpor, pesan_io};
use super::{dokumen, konversi, paket, susun, tulis};

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
        let slug = match crate::slug::file_name(&nama) {
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
    let meta = std::fs::metadata(path).map_err(|e| GagalImpor::Baca(pesan_io(&e)))?;
    if meta.len() > paket::MAKS_BERKAS {
        return Err(GagalImpor::TerlaluBesar(format!(
            "berkas {} MB (batas {} MB)",
            meta.len() / (1024 * 1024),
            paket::MAKS_BERKAS / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| GagalImpor::Baca(pesan_io(&e)))?;
    match paket::jenis(&bytes) {
        paket::Jenis::Ole if paket::ole_terenkripsi(&bytes) => Err(GagalImpor::Terenkripsi),
        paket::Jenis::Ole | paket::Jenis::Rtf => {
            let docx = konversi::konversi_doc(path)?;
            baca_docx(&docx, &nama)
        }
        _ => baca_docx(&bytes, &nama),
    }
}
