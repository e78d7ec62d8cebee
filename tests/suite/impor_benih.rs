//! The five seed SOPs as agencies' Word files (`tests/fixtures/word/`),
//! imported and compared field by field with their hand transcriptions in
//! the example catalogue (`content/<folder>/`), `pemerintah`, `instansi`
//! and `unit` inherited from the folder's `_index.md` as the catalogue
//! shows them.
//!
//! Every field that differs must be a row of [`PENGECUALIAN`], the one
//! table of documented differences between source and transcription (a
//! typo the transcriber corrected and the Word file keeps, a value the
//! transcriber reconstructed from other evidence, what an import writes by
//! design); and every row must still differ, so that the table stays true.

use std::path::{Path, PathBuf};

use crate::impor_banding::{Beda, banding, dari_sop, parse, parse_index, warisi};
use sopgen::impor::{GagalImpor, baca_berkas};

/// One documented difference: the fixture, the field, the transcription's
/// value and the imported one (as the comparison shows them), and why.
struct Pengecualian {
    berkas: &'static str,
    path: &'static str,
    transkripsi: &'static str,
    impor: &'static str,
    alasan: &'static str,
}

const fn p(
    berkas: &'static str,
    path: &'static str,
    transkripsi: &'static str,
    impor: &'static str,
    alasan: &'static str,
) -> Pengecualian {
    Pengecualian {
        berkas,
        path,
        transkripsi,
        impor,
        alasan,
    }
}

/// Why every imported SOP differs from its transcription in these.
const DRAF: &str = "the import writes every SOP as a draft, to be checked against the source before it is published (docs/impor.md); the transcription is in force";
const SUMBER: &str = "the import names the Word file it read; the transcription names the document it was copied from";
const KATA_KUNCI: &str = "tags the transcriber added; the Word form has no place for them";

/// The documented differences: one row a field, as the comparison shows
/// its two values.
const PENGECUALIAN: &[Pengecualian] = &[
    // Dinas Sosial Provinsi Nusa Tenggara Barat.
    p("dinsos-ntb.docx", "status", "berlaku", "draf", DRAF),
    p(
        "dinsos-ntb.docx",
        "sumber_dokumen",
        r#""Dokumen SOP Dinas Sosial Provinsi Nusa Tenggara Barat (Word/PDF), disalin dari teks hasil ekstraksi""#,
        r#""dinsos-ntb.docx""#,
        SUMBER,
    ),
    p(
        "dinsos-ntb.docx",
        "dasar_hukum[8]",
        r#""Permendagri No. 59/2007 tentang Perubahan Permendagri No. 13/2006 tentang Pedoman Pengelolaan Keuangan Daerah.""#,
        r#""Permendagri No. 59/2007 tentang Perubahan Permendagri No. 13/2006 tenang Pedoman Pengelolaan Keuangan Daerah.""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""tenang" menjadi "tentang" (dasar hukum no. 9)""#,
    ),
    p(
        "dinsos-ntb.docx",
        "kata_kunci",
        r#"["kinerja"]"#,
        "(tidak ada)",
        KATA_KUNCI,
    ),
    p(
        "dinsos-ntb.docx",
        "langkah[1].kegiatan",
        r#""Mengkoreksi format data kinerja bila benar digandakan bila salah dikembalikan ke staf untuk diperbaiki""#,
        r#""Mengkoreksi format data kinerja bila benar di digandakan bila salah dikembalikan ke staf untuk diperbaiki""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""di digandakan" menjadi "digandakan" (langkah 2)""#,
    ),
    p(
        "dinsos-ntb.docx",
        "langkah[5].kegiatan",
        r#""Mengoreksi data kinerja dari bidang, bila benar dilanjutkan untuk dientry bila salah dikembalikan ke bidang teknis""#,
        r#""Mengoreksi data kinerja dari bidang, bila benar dilanjutkan untuk dientry bila salah dikemabikan ke bidang teknis""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""dikemabikan" menjadi "dikembalikan" (langkah 6)""#,
    ),
    p(
        "dinsos-ntb.docx",
        "langkah[9].penanggung_jawab",
        r#""Masing masing kepala bidang teknis""#,
        r#""Masing masing kepala biadang teknis""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""biadang" menjadi "bidang" (penanggung jawab langkah 10)""#,
    ),
    // Dinas PMD Kabupaten Nganjuk.
    p("dpmd-nganjuk.docx", "status", "berlaku", "draf", DRAF),
    p(
        "dpmd-nganjuk.docx",
        "disahkan_oleh[0].pangkat",
        r#""Pembina Tingkat I""#,
        r#""Pembantu Tingkat I""#,
        r#"the source's rank, corrected by the transcriber; Catatan transkripsi: "Pangkat penandatangan pada sumber tertulis "Pembantu Tingkat I"; ini salah baca untuk "Pembina Tingkat I"""#,
    ),
    p(
        "dpmd-nganjuk.docx",
        "disahkan_oleh[0].nip",
        r#""19711219 199803 1 006""#,
        "(tidak ada)",
        r#"the source's NIP has 19 digits; the format takes 18, so the import leaves it out and quotes it in the Catatan impor. Catatan transkripsi: "NIP pada sumber tertulis "19711219 1998003 1 006" (19 angka, satu angka lebih pada bagian TMT); dikoreksi menjadi "19711219 199803 1 006" (18 angka)""#,
    ),
    p(
        "dpmd-nganjuk.docx",
        "sumber_dokumen",
        r#""Dokumen SOP Dinas PMD Kabupaten Nganjuk (Word/PDF), disalin dari teks hasil ekstraksi""#,
        r#""dpmd-nganjuk.docx""#,
        SUMBER,
    ),
    p(
        "dpmd-nganjuk.docx",
        "kata_kunci",
        r#"["kinerja", "SAKIP"]"#,
        "(tidak ada)",
        KATA_KUNCI,
    ),
    p(
        "dpmd-nganjuk.docx",
        "langkah[0].kegiatan",
        r#""Sekretaris Dinas memerintahkan Ka.Subbag Program dan Evaluasi untuk menindaklanjuti permintaan data dan informasi kinerja dinas""#,
        r#""Sekretaris Dinas memerintahkan Ka.Subbag Program dan Evaluasi untuk mendakanjuti permintaan data dan informasi kinerja dinas""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""mendakanjuti" menjadi "menindaklanjuti" (langkah 1)""#,
    ),
    p(
        "dpmd-nganjuk.docx",
        "langkah[2].kegiatan",
        r#""Menyampaikan format permintaan data dan informasi kinerja kepada masing-masing Bidang""#,
        r#""Menyampaikan format permintaan data dan informasi kinerja kepada masing- masing Bidang""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""masing- masing" menjadi "masing-masing" (langkah 3)""#,
    ),
    p(
        "dpmd-nganjuk.docx",
        "langkah[3].kegiatan",
        r#""Menghimpun data dan informasi kinerja dari masing Bidang dan menyampaikannya kepada Ka.Subbag Program dan Evaluasi""#,
        r#""Menghimpun data dan informasi kinerja dari masing Bidang dan menyampalkannya kepada Ka.Subbag Program dan Evaluasi""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""menyampalkannya" menjadi "menyampaikannya" (langkah 4)""#,
    ),
    // Dinas Sosial Kabupaten Kepulauan Selayar.
    p(
        "dinsos-selayar.docx",
        "nomor",
        r#""07/SOP/III/2023/Dinsos""#,
        r#""07 /SOP/III/2023/Dinsos""#,
        r#"the source's spacing, corrected by the transcriber; Catatan transkripsi: "spasi dalam nomor "07 /SOP/III/2023/Dinsos" dihapus""#,
    ),
    p("dinsos-selayar.docx", "status", "berlaku", "draf", DRAF),
    p(
        "dinsos-selayar.docx",
        "sumber_dokumen",
        r#""Dokumen SOP Dinas Sosial Kabupaten Kepulauan Selayar (Word/PDF), disalin dari teks hasil ekstraksi""#,
        r#""dinsos-selayar.docx""#,
        SUMBER,
    ),
    p(
        "dinsos-selayar.docx",
        "dasar_hukum[4]",
        r#""Peraturan Bupati Kepulauan Selayar Nomor 34 tahun 2019 tentang Tata Naskah Dinas Di Lingkungan Pemerintah Daerah Kabupaten Kepulauan Selayar.""#,
        r#""Peraturan Bupati Kepulauan Selayar Nomor 34 tahun 2019 tentang Tentang Tata Naskah Dinas Di Lingkungan Pemerintah Daerah Kabupaten Kepulauan Selayar.""#,
        r#"a doubled word of the source the Word file keeps; Catatan transkripsi: ""tentang Tentang" menjadi "tentang" (dasar hukum no. 5)""#,
    ),
    p(
        "dinsos-selayar.docx",
        "kata_kunci",
        r#"["kinerja", "LAKIP"]"#,
        "(tidak ada)",
        KATA_KUNCI,
    ),
    p(
        "dinsos-selayar.docx",
        "langkah[9].kegiatan",
        r#""Sekretaris menganalisa hasil pengumpulan data kinerja, apabila setuju akan digunakan sebagai bahan untuk Penyusunan Laporan Kinerja, jika tidak dikembalikan sesuai arahan""#,
        r#""Sekretaris menganalisa hasil pengumpulan data kinerja, apabila setuju akan digunakan sebagai bahan untuk Penyusunan Laporan Kinerja, jika tidak di kembalikan sesuai arahan""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""di kembalikan" menjadi "dikembalikan" (langkah 10)""#,
    ),
    // Dinas Perpustakaan dan Kearsipan Kabupaten Balangan.
    p("dispersip-balangan.docx", "status", "berlaku", "draf", DRAF),
    p(
        "dispersip-balangan.docx",
        "disahkan_oleh[0].nip",
        r#""19660313 198903 1 011""#,
        "(tidak ada)",
        r#"the source's NIP has 19 digits; the format takes 18, so the import leaves it out and quotes it in the Catatan impor. Catatan transkripsi: "NIP penandatangan pada sumber tertulis "196603131 198903 1 011" (19 angka, satu angka lebih pada tanggal lahir); dikoreksi menjadi "19660313 198903 1 011" (18 angka)""#,
    ),
    p(
        "dispersip-balangan.docx",
        "sumber_dokumen",
        r#""Dokumen SOP Dinas Perpustakaan dan Kearsipan Kabupaten Balangan (Word/PDF), disalin dari teks hasil ekstraksi""#,
        r#""dispersip-balangan.docx""#,
        SUMBER,
    ),
    p(
        "dispersip-balangan.docx",
        "kata_kunci",
        r#"["kinerja", "LAKIP"]"#,
        "(tidak ada)",
        KATA_KUNCI,
    ),
    // Dinas Kelautan dan Perikanan Provinsi Jambi.
    p(
        "dkp-jambi.doc",
        "nama",
        r#""Prosedur Mekanisme Pengumpulan Data Kinerja""#,
        r#""Prosedtur Mekanisme Pengumpulan Data Kinerja""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""Prosedtur" menjadi "Prosedur" (nama SOP)""#,
    ),
    p(
        "dkp-jambi.doc",
        "pemerintah",
        "(tidak ada)",
        r#""Pemerintah Provinsi Jambi""#,
        r#"the scan's letterhead is unreadable (the dump shows only "SEKRETARIAT"), so the transcription names no government: "Nama instansi diambil dari dasar hukum no. 9 ...; unit "Sekretariat" dari kepala halaman"; the Word file's kop reconstructs the letterhead as "PEMERINTAH PROVINSI JAMBI / DINAS KELAUTAN DAN PERIKANAN / SEKRETARIAT" (tests/fixtures/word/README.md)"#,
    ),
    p("dkp-jambi.doc", "status", "berlaku", "draf", DRAF),
    p(
        "dkp-jambi.doc",
        "tanggal_pembuatan",
        "(tidak ada)",
        "(kosong)",
        r#"the form has the row, left blank ("Tgl. ..."), which the import keeps; Catatan transkripsi: "Nomor SOP, tanggal pembuatan, revisi, efektif dan data pengesahan tidak terbaca atau kosong pada sumber, sehingga tidak dicantumkan""#,
    ),
    p(
        "dkp-jambi.doc",
        "tanggal_revisi",
        "(tidak ada)",
        "(kosong)",
        r#"the form has the row, left blank ("Tgl. ..."), which the import keeps; Catatan transkripsi: "Nomor SOP, tanggal pembuatan, revisi, efektif dan data pengesahan tidak terbaca atau kosong pada sumber, sehingga tidak dicantumkan""#,
    ),
    p(
        "dkp-jambi.doc",
        "tanggal_efektif",
        "(tidak ada)",
        "(kosong)",
        r#"the form has the row, left blank ("Tgl. ..."), which the import keeps; Catatan transkripsi: "Nomor SOP, tanggal pembuatan, revisi, efektif dan data pengesahan tidak terbaca atau kosong pada sumber, sehingga tidak dicantumkan""#,
    ),
    p(
        "dkp-jambi.doc",
        "sumber_dokumen",
        r#""Pindaian dokumen SOP Dinas Kelautan dan Perikanan Provinsi Jambi, disalin dari teks hasil OCR""#,
        r#""dkp-jambi.doc""#,
        SUMBER,
    ),
    p(
        "dkp-jambi.doc",
        "kata_kunci",
        r#"["kinerja"]"#,
        "(tidak ada)",
        KATA_KUNCI,
    ),
    p(
        "dkp-jambi.doc",
        "langkah[3].kegiatan",
        r#""Pejabat Terkait menerima dan mengisi Format Data Kinerja dan akan dikembalikan ke Kasubag Program, Kepegawaian dan Pelaporan untuk di Verifikasi""#,
        r#""Pejabat Terkait menerima dan mengisi Formart Data Kinerja dan akan dikembalikan ke Kasubag Program, Kepegawaian dan Pelaporan untuk di Verifikasi""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""Formart" menjadi "Format" (langkah 4 dan 5)""#,
    ),
    p(
        "dkp-jambi.doc",
        "langkah[4].kegiatan",
        r#""Kasubag Program, Kepegawaian dan Pelaporan menerima Format Data dan melakukan Verifikasi dan dikembalikan ke Staff untuk di Entry""#,
        r#""Kasubag Program, Kepegawaian dan Pelaporan menerima Formart Data dan melakukan Verifikasi dan dikembalikan ke Staff untuk di Entry""#,
        r#"a typo of the source the Word file keeps; Catatan transkripsi: ""Formart" menjadi "Format" (langkah 4 dan 5)""#,
    ),
    p(
        "dkp-jambi.doc",
        "langkah[7].waktu",
        r#""10 Menit""#,
        "(tidak ada)",
        r#"the source's "10 Menir" is not a waktu the format takes, so the import leaves it out and quotes it in the Catatan impor; Catatan transkripsi: "waktu langkah 8 "10 Menir" menjadi "10 Menit"""#,
    ),
];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether LibreOffice can convert a .doc here (`SOPGEN_SOFFICE`, or
/// `soffice` on the PATH).
fn ada_soffice() -> bool {
    if let Some(p) = std::env::var_os("SOPGEN_SOFFICE") {
        return PathBuf::from(p).is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join("soffice").is_file()))
}

/// Imports `berkas` and compares it with `content/<folder>/<nama>.md`:
/// the differences, or `None` when the fixture cannot be read here (a .doc
/// without LibreOffice).
fn beda(berkas: &str, folder: &str, nama: &str) -> Option<Vec<Beda>> {
    let path = repo().join("tests/fixtures/word").join(berkas);
    if berkas.ends_with(".doc") && !ada_soffice() {
        eprintln!("note: soffice not installed; {berkas} (Word 97) not imported, skipped");
        return None;
    }
    let hasil = match baca_berkas(&path) {
        Ok(h) => h,
        Err(GagalImpor::Konversi(m)) if !ada_soffice() => {
            eprintln!("note: {berkas} not converted ({m}); skipped");
            return None;
        }
        Err(e) => panic!("{berkas}: import failed: {e}"),
    };
    assert_eq!(hasil.len(), 1, "{berkas}: {} SOPs imported", hasil.len());
    let h = &hasil[0];
    let sop = parse(&h.teks, &format!("{folder}/{}", h.slug))
        .unwrap_or_else(|e| panic!("{berkas}: {e}\n{}", h.teks));
    let dir = repo().join("content").join(folder);
    let read = |f: &str| {
        std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{folder}/{f}: {e}"))
    };
    let transkripsi = parse(&read(&format!("{nama}.md")), &format!("{folder}/{nama}"))
        .unwrap_or_else(|e| panic!("{folder}/{nama}.md: {e}"));
    let bagian = parse_index(&read("_index.md"), folder);
    let transkripsi = warisi(transkripsi, &bagian);
    Some(banding(&dari_sop(&transkripsi), &dari_sop(&sop)))
}

/// Checks one fixture's differences against its rows of the table.
fn periksa(berkas: &str, folder: &str, nama: &str) {
    let Some(beda) = beda(berkas, folder, nama) else {
        return;
    };
    let rows: Vec<&Pengecualian> = PENGECUALIAN.iter().filter(|r| r.berkas == berkas).collect();
    let mut salah = String::new();
    for b in &beda {
        let known = rows
            .iter()
            .any(|r| r.path == b.path && r.transkripsi == b.harapan && r.impor == b.impor);
        if !known {
            salah.push_str(&format!(
                "  {}\n    transkripsi: {}\n    impor      : {}\n",
                b.path, b.harapan, b.impor
            ));
        }
    }
    let mut basi = String::new();
    for r in &rows {
        let still = beda
            .iter()
            .any(|b| r.path == b.path && r.transkripsi == b.harapan && r.impor == b.impor);
        if !still {
            let now = beda.iter().find(|b| b.path == r.path);
            basi.push_str(&format!(
                "  {} (table: {} / {}; now {})\n",
                r.path,
                r.transkripsi,
                r.impor,
                now.map_or("equal".to_string(), |b| format!(
                    "{} / {}",
                    b.harapan, b.impor
                ))
            ));
        }
    }
    assert!(
        salah.is_empty() && basi.is_empty(),
        "{berkas} against content/{folder}/{nama}.md:\n{}{}",
        if salah.is_empty() {
            String::new()
        } else {
            format!(
                "fields that differ and are not in the table of documented differences:\n{salah}"
            )
        },
        if basi.is_empty() {
            String::new()
        } else {
            format!("rows of the table that no longer hold:\n{basi}")
        }
    );
}

#[test]
fn dinsos_ntb() {
    periksa(
        "dinsos-ntb.docx",
        "dinsos-ntb",
        "mekanisme-pengumpulan-data-kinerja",
    );
}

#[test]
fn dpmd_nganjuk() {
    periksa(
        "dpmd-nganjuk.docx",
        "dpmd-nganjuk",
        "mekanisme-pengumpulan-data-kinerja",
    );
}

#[test]
fn dinsos_selayar() {
    periksa(
        "dinsos-selayar.docx",
        "dinsos-selayar",
        "pengumpulan-data-kinerja",
    );
}

#[test]
fn dispersip_balangan() {
    periksa(
        "dispersip-balangan.docx",
        "dispersip-balangan",
        "pengumpulan-data-kinerja",
    );
}

#[test]
fn dkp_jambi() {
    periksa(
        "dkp-jambi.doc",
        "dkp-jambi",
        "mekanisme-pengumpulan-data-kinerja",
    );
}

/// The table itself: every row names one of the five fixtures and a
/// field once, and says why.
#[test]
fn every_row_of_the_table_says_why() {
    let berkas = [
        "dinsos-ntb.docx",
        "dpmd-nganjuk.docx",
        "dinsos-selayar.docx",
        "dispersip-balangan.docx",
        "dkp-jambi.doc",
    ];
    for (i, r) in PENGECUALIAN.iter().enumerate() {
        assert!(berkas.contains(&r.berkas), "row {i}: {}", r.berkas);
        assert!(
            r.alasan.len() > 20,
            "row {i} ({} {}): no reason",
            r.berkas,
            r.path
        );
        assert_ne!(r.transkripsi, r.impor, "row {i}: no difference");
        assert!(
            !PENGECUALIAN[..i]
                .iter()
                .any(|o| o.berkas == r.berkas && o.path == r.path),
            "row {i}: {} {} twice",
            r.berkas,
            r.path
        );
    }
}
