//! Hostile and broken files: each gets a clear Indonesian message naming
//! the file, nothing is written, the rest of the batch still imports, and
//! memory stays bounded (measured on the binary with wait4).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::impor_bantu::*;
use sopgen::impor::{GagalImpor, baca_docx};

/// A minimal zip written by hand: one deflated entry whose headers claim
/// `claimed` bytes uncompressed, plus plain stored entries.
fn zip_mentah(name: &str, deflated: &[u8], claimed: u32, stored: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let mut entries: Vec<(&str, &[u8], u16, u32, u32)> = vec![(name, deflated, 8, claimed, 0)];
    for (n, d) in stored {
        entries.push((n, d, 0, d.len() as u32, sopgen::zip::crc32(d)));
    }
    for (n, data, method, size, crc) in &entries {
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(method.to_le_bytes());
            h.extend(0u32.to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((n.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                // comment length, disk, internal and external attributes
                h.extend([0u8; 10]);
                h.extend(offset.to_le_bytes());
            }
            h.extend(n.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(*data);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// A deflate stream that inflates to `n` x 258 zero bytes (plus one):
/// one literal, then "copy 258 bytes from 1 back" again and again, with
/// the fixed Huffman codes: 13 bits for every 258 bytes.
fn deflate_nol(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n * 13 / 8 + 16);
    let (mut acc, mut bits) = (0u64, 0u32);
    let mut push = |v: u64, nbits: u32, out: &mut Vec<u8>| {
        acc |= v << bits;
        bits += nbits;
        while bits >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            bits -= 8;
        }
    };
    // Huffman codes go most significant bit first.
    let huff =
        |code: u64, len: u32| (0..len).fold(0u64, |r, i| r | (((code >> i) & 1) << (len - 1 - i)));
    push(1, 1, &mut out); // last block
    push(1, 2, &mut out); // fixed Huffman
    push(huff(0x30, 8), 8, &mut out); // literal 0
    let copy = huff(0b1100_0101, 8) | (huff(0, 5) << 8); // length 258, distance 1
    for _ in 0..n {
        push(copy, 13, &mut out);
    }
    push(0, 7, &mut out); // end of block
    push(0, 7, &mut out); // flush
    out
}

fn hostile(dir: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let ok_doc = document(&p("x"));
    // 4,000,000 x 258 bytes: about 1 GB of zeros from 6.5 MB.
    let bomb = deflate_nol(4_000_000);
    let laughs = format!(
        r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><w:document {NS}><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let nested = {
        let open =
            "<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>".repeat(2_000);
        let close = "<w:p/></w:tc></w:tr></w:tbl>".repeat(2_000);
        document(&format!("{open}{close}"))
    };
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.resize(1024, 0);
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    encrypted.resize(4096, 0);
    let good = docx(&format!(
        "{}{}",
        identitas(&["DINAS"], &[("Nama SOP", "SOP Baik")]),
        tbl(
            &[30.0, 200.0, 80.0, 80.0, 50.0, 80.0],
            &[
                tr(&[
                    c("No"),
                    c("Kegiatan"),
                    c("Staf"),
                    c("Kelengkapan"),
                    c("Waktu"),
                    c("Output")
                ]),
                tr(&[
                    c("1"),
                    c("Menerima surat"),
                    c("√"),
                    c("Surat"),
                    c("5 menit"),
                    c("Agenda")
                ]),
            ]
        )
    ));
    let _ = dir;
    vec![
        (
            "bukan-zip.docx",
            b"Ini hanya teks biasa, bukan dokumen Word.".to_vec(),
        ),
        ("zip-rusak.docx", good[..good.len() / 2].to_vec()),
        (
            "tanpa-sop.docx",
            docx(&ps(&["Undangan rapat", "Hari Senin"])),
        ),
        ("terenkripsi.docx", encrypted),
        (
            "bom-klaim.docx",
            zip_mentah(
                "word/document.xml",
                &deflate_nol(10),
                u32::MAX - 10,
                &[("[Content_Types].xml", CONTENT_TYPES.as_bytes())],
            ),
        ),
        (
            "bom-isi.docx",
            zip_mentah(
                "word/document.xml",
                &bomb,
                4096,
                &[("[Content_Types].xml", CONTENT_TYPES.as_bytes())],
            ),
        ),
        (
            "entitas.docx",
            zip(&[
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                ("_rels/.rels", RELS.as_bytes()),
                ("word/document.xml", laughs.as_bytes()),
            ]),
        ),
        (
            "bersarang.docx",
            zip(&[
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                ("_rels/.rels", RELS.as_bytes()),
                ("word/document.xml", nested.as_bytes()),
            ]),
        ),
        ("baik.docx", good),
        ("kosong.docx", Vec::new()),
        (
            "bukan-word.docx",
            zip(&[
                ("xl/workbook.xml", ok_doc.as_bytes()),
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            ]),
        ),
    ]
}

#[test]
fn each_hostile_file_has_its_reason() {
    let dir = folder("alasan");
    let files = hostile(&dir);
    let reason = |name: &str| {
        let bytes = &files.iter().find(|f| f.0 == name).unwrap().1;
        baca_docx(bytes, name).err()
    };
    assert!(matches!(
        reason("bukan-zip.docx"),
        Some(GagalImpor::BukanWord(_))
    ));
    assert!(
        matches!(reason("kosong.docx"), Some(GagalImpor::BukanWord(m)) if m.contains("kosong"))
    );
    assert!(matches!(
        reason("zip-rusak.docx"),
        Some(GagalImpor::Rusak(_))
    ));
    assert!(matches!(
        reason("tanpa-sop.docx"),
        Some(GagalImpor::TanpaSop(_))
    ));
    assert_eq!(reason("terenkripsi.docx"), Some(GagalImpor::Terenkripsi));
    assert!(
        matches!(reason("bom-klaim.docx"), Some(GagalImpor::TerlaluBesar(_))),
        "{:?}",
        reason("bom-klaim.docx")
    );
    assert!(
        matches!(reason("bom-isi.docx"), Some(GagalImpor::TerlaluBesar(_))),
        "{:?}",
        reason("bom-isi.docx")
    );
    assert!(matches!(reason("entitas.docx"), Some(GagalImpor::Rusak(m)) if m.contains("DTD")));
    assert!(
        matches!(reason("bersarang.docx"), Some(GagalImpor::Rusak(m)) if m.contains("bersarang"))
    );
    assert!(
        matches!(reason("bukan-word.docx"), Some(GagalImpor::BukanWord(m)) if m.contains("Excel"))
    );
    assert!(reason("baik.docx").is_none());
}

/// Runs `cmd` to its end: its output, and the peak resident memory of that
/// one child in bytes (its VmHWM, read every 5 ms while it runs).
fn run_measured(cmd: &mut Command) -> (Output, u64) {
    use std::io::Read;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sopgen");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        out.read_to_end(&mut b).map(|_| b)
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        err.read_to_end(&mut b).map(|_| b)
    });
    // The child's own high-water mark (VmHWM), read while it runs: the
    // rusage of wait4 would also count this test process's memory, which
    // the child had between its fork and its exec.
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak_kb = peak_kb.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let output = Output {
        status,
        stdout: reader.join().unwrap().unwrap(),
        stderr: err_reader.join().unwrap().unwrap(),
    };
    (output, peak_kb * 1024)
}

#[test]
fn a_hostile_batch_writes_only_the_good_file_in_bounded_memory() {
    let dir = folder("batch");
    let src = dir.join("Arsip SOP");
    std::fs::create_dir_all(src.join("lama")).unwrap();
    for (name, bytes) in hostile(&dir) {
        // One level down too: the folder is searched recursively.
        let sub = if name.starts_with("bom") {
            src.join("lama")
        } else {
            src.clone()
        };
        tulis(&sub, name, &bytes);
    }
    // Word's lock files and other files are not Word documents to import.
    tulis(&src, "~$baik.docx", b"lock");
    tulis(&src, "catatan.txt", b"bukan word");
    let out = dir.join("content");
    let (run, peak) = run_measured(Command::new(env!("CARGO_BIN_EXE_sopgen")).args([
        "impor",
        src.to_str().unwrap(),
        "--ke",
        out.to_str().unwrap(),
    ]));
    let stderr = String::from_utf8_lossy(&run.stderr);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{stdout}\n{stderr}");
    let peak_mb = peak as f64 / (1024.0 * 1024.0);
    assert!(peak_mb > 1.0, "no peak measured: {peak} bytes");
    eprintln!("impor of the hostile batch: peak {peak_mb:.0} MB");
    assert!(peak_mb < 200.0, "peak {peak_mb:.0} MB");
    for (name, why) in [
        ("bukan-zip.docx", "bukan dokumen Word"),
        ("zip-rusak.docx", "berkas rusak"),
        ("tanpa-sop.docx", "tidak ditemukan SOP"),
        ("terenkripsi.docx", "kata sandi"),
        ("bom-klaim.docx", "terlalu besar"),
        ("bom-isi.docx", "terlalu besar"),
        ("entitas.docx", "DTD"),
        ("bersarang.docx", "bersarang"),
        ("kosong.docx", "kosong"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not reported:\n{stderr}"));
        assert!(line.starts_with("gagal") && line.contains(why), "{line}");
    }
    assert!(
        !stderr.contains("~$baik") && !stderr.contains("catatan.txt"),
        "{stderr}"
    );
    // Only the good SOP was written; no temporary file was left.
    let written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written, ["sop-baik.md"], "{stdout}");
    assert!(stdout.contains("Ringkasan: 1 SOP ditulis"), "{stdout}");
}
