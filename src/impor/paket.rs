//! Opening a Word file: what kind of file the bytes are, and the XML parts
//! of a .docx package, read within limits so that a hostile file (a zip
//! bomb, a huge part, thousands of entries) cannot exhaust memory.

use std::io::{Cursor, Read};

use super::gagal::GagalImpor;

/// The largest file accepted (a .docx with photos is a few MB).
pub const MAKS_BERKAS: u64 = 100 * 1024 * 1024;
/// The largest XML part read, uncompressed. A 100-page SOP manual's
/// `document.xml` is a few MB.
pub const MAKS_BAGIAN: u64 = 24 * 1024 * 1024;
/// The most entries a package may list.
const MAKS_ENTRI: usize = 5_000;
/// The most XML nodes a part may hold: bounds the parsed tree's memory.
pub const MAKS_SIMPUL: u32 = 1_500_000;
/// The deepest element nesting accepted: real documents stay under 40
/// (tables in tables included); the readers after the parser recurse.
pub const MAKS_KEDALAMAN: usize = 256;

/// What the first bytes say a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jenis {
    /// A zip: .docx (or another Office Open XML package).
    Zip,
    /// An OLE compound file: Word 97-2003 .doc, or an encrypted .docx.
    Ole,
    /// Rich Text Format, which Word also saves under .doc.
    Rtf,
    Lain,
}

pub fn jenis(bytes: &[u8]) -> Jenis {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Jenis::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Jenis::Ole
    } else if bytes.starts_with(b"{\\rtf") {
        Jenis::Rtf
    } else {
        Jenis::Lain
    }
}

/// An OLE file holding an `EncryptedPackage` stream is a password-protected
/// Office Open XML document (ECMA-376 encryption): the stream's name is in
/// a directory sector, as UTF-16LE.
pub fn ole_terenkripsi(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// The parts of a .docx that the reader uses, as text.
#[derive(Debug, Default)]
pub struct Paket {
    pub dokumen: String,
    pub numbering: Option<String>,
    pub styles: Option<String>,
    /// The page headers (`header1.xml`...), where some agencies put the kop
    /// and identity table so that it repeats on every page.
    pub kepala_halaman: Vec<String>,
}

pub fn buka_docx(bytes: &[u8]) -> Result<Paket, GagalImpor> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| GagalImpor::Rusak(format!("arsip zip-nya rusak atau tidak lengkap ({e})")))?;
    if zip.len() > MAKS_ENTRI {
        return Err(GagalImpor::Rusak(format!(
            "berisi {} entri, terlalu banyak untuk dokumen Word",
            zip.len()
        )));
    }
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    let find = |wanted: &str| {
        names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(wanted)))
            .cloned()
    };
    // The main part is named in _rels/.rels; Word, WPS and LibreOffice all
    // use word/document.xml, which is the fallback.
    let utama = find("_rels/.rels")
        .and_then(|n| baca_entri(&mut zip, &n).ok())
        .and_then(|rels| target_utama(&rels))
        .and_then(|t| find(&t))
        .or_else(|| find("word/document.xml"));
    let Some(utama) = utama else {
        if names.iter().any(|n| n.starts_with("xl/")) {
            return Err(GagalImpor::BukanWord(
                "berkas Excel (.xlsx), bukan dokumen Word".into(),
            ));
        }
        if names.iter().any(|n| n.starts_with("ppt/")) {
            return Err(GagalImpor::BukanWord(
                "berkas PowerPoint (.pptx), bukan dokumen Word".into(),
            ));
        }
        return Err(GagalImpor::BukanWord(
            "arsip zip ini bukan dokumen Word (tidak ada word/document.xml)".into(),
        ));
    };
    let dokumen = baca_entri(&mut zip, &utama)?;
    let dir = utama.rsplit_once('/').map_or("", |(d, _)| d);
    let numbering =
        find(&format!("{dir}/numbering.xml")).and_then(|n| baca_entri(&mut zip, &n).ok());
    let styles = find(&format!("{dir}/styles.xml")).and_then(|n| baca_entri(&mut zip, &n).ok());
    let mut header_names: Vec<&String> = names
        .iter()
        .filter(|n| {
            n.strip_prefix(&format!("{dir}/header"))
                .and_then(|r| r.strip_suffix(".xml"))
                .is_some_and(|k| k.chars().all(|c| c.is_ascii_digit()))
        })
        .collect();
    header_names.sort();
    let kepala_halaman = header_names
        .into_iter()
        .take(8)
        .filter_map(|n| baca_entri(&mut zip, n).ok())
        .collect();
    Ok(Paket {
        dokumen,
        numbering,
        styles,
        kepala_halaman,
    })
}

/// Reads one entry as UTF-8 text, never more than [`MAKS_BAGIAN`] bytes
/// whatever its header claims.
fn baca_entri<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<String, GagalImpor> {
    let entry = zip.by_name(name).map_err(|e| match e {
        zip::result::ZipError::UnsupportedArchive(m) if m.contains("assword") => {
            GagalImpor::Terenkripsi
        }
        e => GagalImpor::Rusak(format!("bagian {name} tidak dapat dibuka ({e})")),
    })?;
    if entry.encrypted() {
        return Err(GagalImpor::Terenkripsi);
    }
    if entry.size() > MAKS_BAGIAN {
        return Err(GagalImpor::TerlaluBesar(format!(
            "bagian {name} mengaku berukuran {} MB setelah dibuka (batas {} MB)",
            entry.size() / (1024 * 1024),
            MAKS_BAGIAN / (1024 * 1024)
        )));
    }
    let mut buf = Vec::new();
    entry
        .take(MAKS_BAGIAN + 1)
        .read_to_end(&mut buf)
        .map_err(|e| GagalImpor::Rusak(format!("bagian {name} rusak ({e})")))?;
    if buf.len() as u64 > MAKS_BAGIAN {
        return Err(GagalImpor::TerlaluBesar(format!(
            "bagian {name} lebih dari {} MB setelah dibuka",
            MAKS_BAGIAN / (1024 * 1024)
        )));
    }
    // UTF-16 parts exist in theory; Word writes UTF-8.
    if buf.starts_with(&[0xFF, 0xFE]) || buf.starts_with(&[0xFE, 0xFF]) {
        let le = buf[0] == 0xFF;
        let units: Vec<u16> = buf[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        return String::from_utf16(&units)
            .map_err(|_| GagalImpor::Rusak(format!("bagian {name} bukan teks yang sah")));
    }
    let mut text = String::from_utf8(buf)
        .map_err(|_| GagalImpor::Rusak(format!("bagian {name} bukan teks UTF-8 yang sah")))?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

/// The officeDocument target in `_rels/.rels`.
fn target_utama(rels: &str) -> Option<String> {
    let doc = parse_xml(rels).ok()?;
    doc.descendants()
        .filter(|n| n.tag_name().name() == "Relationship")
        .find(|n| {
            n.attribute("Type")
                .is_some_and(|t| t.ends_with("/officeDocument"))
        })
        .and_then(|n| n.attribute("Target"))
        .map(|t| t.trim_start_matches('/').to_string())
}

/// Parses a part: no DTD (so no entity expansion), a bounded node count
/// and nesting depth.
pub fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, GagalImpor> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAKS_SIMPUL,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, opts).map_err(|e| match e {
        roxmltree::Error::DtdDetected => GagalImpor::Rusak(
            "XML-nya memuat DTD (deklarasi entitas), yang tidak pernah ditulis Word; ditolak demi keamanan".into(),
        ),
        roxmltree::Error::NodesLimitReached => GagalImpor::TerlaluBesar(format!(
            "XML-nya memuat lebih dari {MAKS_SIMPUL} simpul"
        )),
        roxmltree::Error::EntityReferenceLoop(_) => {
            GagalImpor::Rusak("XML-nya memuat entitas yang berulang tanpa akhir".into())
        }
        e => GagalImpor::Rusak(format!("XML-nya rusak ({e})")),
    })?;
    // The depth, without recursion: a parent comes before its children.
    let mut depth: Vec<u16> = Vec::new();
    let mut max = 0usize;
    for n in doc.descendants() {
        let id = n.id().get_usize();
        if depth.len() <= id {
            depth.resize(id + 1, 0);
        }
        let d = n
            .parent()
            .map_or(0, |p| depth.get(p.id().get_usize()).copied().unwrap_or(0))
            + 1;
        depth[id] = d.min(u16::MAX - 1);
        max = max.max(usize::from(d));
    }
    if max > MAKS_KEDALAMAN {
        return Err(GagalImpor::Rusak(format!(
            "susunannya bersarang {max} tingkat (misalnya tabel di dalam tabel berulang-ulang); batasnya {MAKS_KEDALAMAN}"
        )));
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_kinds() {
        assert_eq!(jenis(b"PK\x03\x04rest"), Jenis::Zip);
        assert_eq!(
            jenis(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Jenis::Ole
        );
        assert_eq!(jenis(b"{\\rtf1\\ansi"), Jenis::Rtf);
        assert_eq!(jenis(b"<html>"), Jenis::Lain);
        let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(ole_terenkripsi(&ole));
        assert!(!ole_terenkripsi(b"WordDocument"));
    }

    #[test]
    fn refuses_dtds_and_deep_nesting() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><l>&b;</l>";
        assert!(matches!(parse_xml(laughs), Err(GagalImpor::Rusak(m)) if m.contains("DTD")));
        let deep = format!("{}{}", "<a>".repeat(300), "</a>".repeat(300));
        assert!(matches!(parse_xml(&deep), Err(GagalImpor::Rusak(m)) if m.contains("bersarang")));
        assert!(parse_xml("<a><b/></a>").is_ok());
    }
}
