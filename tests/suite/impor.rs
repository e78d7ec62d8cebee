//! `sopgen impor` on whole documents built in memory: the identity table,
//! the six boxes, the procedure table and the flowchart drawn with shapes,
//! written as content files that the crate's own parser accepts.

use crate::impor_bantu::*;
use sopgen::content::parse::parse_sop;
use sopgen::diagnostic::SourceFile;
use sopgen::impor::{HasilImpor, baca_docx};

/// Parses a written SOP with the content parser; panics with its errors.
fn parse(h: &HasilImpor) -> sopgen::content::Sop {
    let (sop, diags) = parse_sop(SourceFile::new("content/x.md", h.teks.clone()), "x".into());
    assert!(
        sop.is_some(),
        "parser rejected the import:\n{}\n{diags:#?}",
        h.teks
    );
    sop.unwrap()
}

fn satu(bytes: &[u8]) -> HasilImpor {
    let mut r = baca_docx(bytes, "SOP Uji.docx").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.len(), 1, "{r:#?}");
    r.remove(0)
}

// Lanes of the procedure table used below: No 30, Kegiatan 170, four
// lanes of 80, Kelengkapan 90, Waktu 50, Output 90, Keterangan 60.
const GRID: [f64; 10] = [30.0, 170.0, 80.0, 80.0, 80.0, 80.0, 90.0, 50.0, 90.0, 60.0];
const LANES: [&str; 4] = ["Kepala Dinas", "Sekretaris", "Kasubag Program", "Staf"];
const ROW_H: f64 = 50.0;

fn kepala_prosedur() -> Vec<String> {
    vec![
        tr(&[
            vstart("No"),
            vstart("Kegiatan"),
            span(4, "Pelaksana"),
            span(3, "Mutu Baku"),
            vstart("Keterangan"),
        ]),
        tr(&[
            vcont(),
            vcont(),
            c(LANES[0]),
            c(LANES[1]),
            c(LANES[2]),
            c(LANES[3]),
            c("Kelengkapan"),
            c("Waktu"),
            c("Output"),
            vcont(),
        ]),
    ]
}

/// A step row: the symbol drawn in lane `lane` (and arrows anchored with it).
fn baris_langkah(
    no: &str,
    kegiatan: &str,
    lane: usize,
    drawing: &str,
    mutu: (&str, &str, &str),
) -> String {
    let mut cells = vec![c(no), c(kegiatan)];
    for l in 0..4 {
        if l == lane {
            cells.push(tc("", &p_xml(drawing)));
        } else {
            cells.push(c(""));
        }
    }
    cells.extend([c(mutu.0), c(mutu.1), c(mutu.2), c("")]);
    tr_h(ROW_H, false, &cells)
}

/// x of the left edge of lane `l`, from the left edge of lane `from`.
fn dx(from: usize, l: usize) -> f64 {
    GRID[2 + l.min(from)..2 + l.max(from)].iter().sum::<f64>() * if l < from { -1.0 } else { 1.0 }
}

/// The arrow from the bottom of a symbol (10, 5, 60x30) in `lane` to the top
/// of the next row's symbol in `next`, anchored in the first symbol's cell.
fn ke_bawah(lane: usize, next: usize) -> String {
    panah(40.0, 35.0, dx(lane, next) + 40.0, ROW_H + 5.0)
}

fn dokumen_lengkap() -> String {
    let ident = identitas(
        &[
            "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
            "DINAS SOSIAL",
            "SEKRETARIAT",
        ],
        &[
            ("Nomor SOP", "07/SOP/III/2023/Dinsos"),
            ("Tanggal Pembuatan", "2 Januari 2017"),
            ("Tanggal Revisi", "4 Januari 2021"),
            ("Tanggal Efektif", "-"),
            (
                "Disahkan Oleh",
                "KEPALA DINAS SOSIAL PROV. NTB\n\n\n\nH. Ahsanul Khalik, S.Sos., MH\nPembina Tingkat I\nNIP. 19701231 199803 1 069",
            ),
            ("Nama SOP", "MEKANISME PENGUMPULAN DATA KINERJA"),
        ],
    );
    let boxes = kotak(&[
        (
            "Dasar Hukum:",
            &[
                "1. UU No.25/2004 tentang Sistem Perencanaan Pembangunan Nasional.",
                "2. PP No.8/2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian dan Evaluasi",
                "Pelaksanaan Rencana Pembangunan.",
            ],
            "Kualifikasi Pelaksana:",
            &["1. Menguasai komputer", "2. S-1 Sosial"],
        ),
        (
            "Keterkaitan:",
            &["1. SOP Surat Masuk", "2. SOP Penyusunan LAKIP"],
            "Peralatan/Perlengkapan:",
            &["1. Komputer", "2. Printer"],
        ),
        (
            "Peringatan:",
            &["Jika tidak dilaksanakan maka kinerja tidak terukur"],
            "Pencatatan dan Pendataan:",
            &["-"],
        ),
    ]);
    // Steps: 1 Kepala Dinas, 2 Sekretaris, 3 Staf, 4 Kasubag (decision:
    // Tidak back to 3), 5 Kepala Dinas.
    let s1 = shape("flowChartTerminator", "", 10.0, 5.0, 60.0, 30.0) + &ke_bawah(0, 1);
    let s2 = shape("flowChartProcess", "", 10.0, 5.0, 60.0, 30.0) + &ke_bawah(1, 3);
    let s3 = shape("flowChartProcess", "", 10.0, 5.0, 60.0, 30.0) + &ke_bawah(3, 2);
    // The diamond in Kasubag's lane; "Tidak" leaves its right corner and
    // goes up into step 3's box in Staf's lane (one row up).
    let s4 = shape("flowChartDecision", "", 10.0, 5.0, 60.0, 30.0)
        + &ke_bawah(2, 0)
        + &panah(70.0, 20.0, dx(2, 3) + 40.0, 35.0 - ROW_H)
        + &label("Tidak", 72.0, 2.0)
        + &label("Ya", 42.0, 36.0);
    let s5 = shape("flowChartTerminator", "", 10.0, 5.0, 60.0, 30.0);
    let mut rows = kepala_prosedur();
    rows.push(baris_langkah(
        "1",
        "Memerintahkan pengumpulan data kinerja",
        0,
        &s1,
        ("Nota dinas", "10 menit", "Disposisi"),
    ));
    rows.push(baris_langkah(
        "2",
        "Menyiapkan format data kinerja",
        1,
        &s2,
        ("Disposisi", "1 hari", "Format"),
    ));
    rows.push(baris_langkah(
        "3",
        "Mengisi data kinerja",
        3,
        &s3,
        ("Format", "2 Hari", "Data kinerja"),
    ));
    rows.push(baris_langkah(
        "4",
        "Memeriksa data kinerja; bila tidak lengkap dikembalikan",
        2,
        &s4,
        ("Data kinerja", "30 Menit", "Data terverifikasi"),
    ));
    rows.push(baris_langkah(
        "5",
        "Menandatangani laporan kinerja",
        0,
        &s5,
        ("Laporan", "10 Menir", "Laporan kinerja"),
    ));
    // Empty trailing rows, as forms often have.
    rows.push(tr(&(0..10).map(|_| c("")).collect::<Vec<_>>()));
    let prosedur = tbl(&GRID, &rows);
    format!(
        "{ident}{}{boxes}{}{prosedur}",
        p(""),
        p("SOP MEKANISME PENGUMPULAN DATA KINERJA")
    )
}

#[test]
fn a_whole_sop_form() {
    let h = satu(&docx(&dokumen_lengkap()));
    let sop = parse(&h);
    assert_eq!(sop.nama, "Mekanisme Pengumpulan Data Kinerja");
    assert_eq!(sop.nomor.as_deref(), Some("07/SOP/III/2023/Dinsos"));
    assert_eq!(sop.status, sopgen::content::Status::Draf);
    assert_eq!(
        sop.tanggal_pembuatan.map(|t| t.iso()).as_deref(),
        Some("2017-01-02")
    );
    assert_eq!(
        sop.tanggal_revisi.map(|t| t.iso()).as_deref(),
        Some("2021-01-04")
    );
    // "-": the row is kept, blank, as the source shows it.
    assert_eq!(sop.tanggal_efektif, None);
    assert_eq!(sop.tanggal_kosong, ["tanggal_efektif"]);
    assert_eq!(sop.disahkan_oleh.len(), 1);
    let s = &sop.disahkan_oleh[0];
    assert_eq!(s.peran, None);
    assert_eq!(s.jabatan, "Kepala Dinas Sosial Prov. NTB");
    assert_eq!(s.nama.as_deref(), Some("H. Ahsanul Khalik, S.Sos., MH"));
    assert_eq!(s.pangkat.as_deref(), Some("Pembina Tingkat I"));
    assert_eq!(s.nip.as_deref(), Some("19701231 199803 1 069"));
    assert_eq!(
        sop.dasar_hukum,
        [
            "UU No.25/2004 tentang Sistem Perencanaan Pembangunan Nasional.",
            "PP No.8/2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan.",
        ]
    );
    assert_eq!(
        sop.kualifikasi_pelaksana,
        ["Menguasai komputer", "S-1 Sosial"]
    );
    let links: Vec<&str> = sop.keterkaitan.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(links, ["SOP Surat Masuk", "SOP Penyusunan LAKIP"]);
    assert_eq!(sop.peralatan_perlengkapan, ["Komputer", "Printer"]);
    assert_eq!(
        sop.peringatan,
        ["Jika tidak dilaksanakan maka kinerja tidak terukur"]
    );
    assert!(sop.pencatatan_pendataan.is_empty());
    assert_eq!(sop.pelaksana, LANES);
    let actors: Vec<Vec<&str>> = sop.langkah.iter().map(|l| sop.actors_of(l)).collect();
    assert_eq!(
        actors,
        [
            vec!["Kepala Dinas"],
            vec!["Sekretaris"],
            vec!["Staf"],
            vec!["Kasubag Program"],
            vec!["Kepala Dinas"]
        ]
    );
    // Step 4 is a decision whose "Tidak" goes back to step 3.
    assert_eq!(sop.langkah[3].tidak, Some(2));
    assert!(
        sop.langkah
            .iter()
            .enumerate()
            .all(|(i, l)| i == 3 || l.tidak.is_none())
    );
    assert_eq!(sop.langkah[0].kelengkapan, ["Nota dinas"]);
    assert_eq!(
        sop.langkah[1]
            .waktu
            .as_ref()
            .map(|w| w.to_string())
            .as_deref(),
        Some("1 hari")
    );
    // "10 Menir" is not a waktu: left out, and quoted in the notes.
    assert_eq!(sop.langkah[4].waktu, None);
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("kolom Waktu") && c.contains("10 Menir") && c.contains("baris 7")),
        "{:#?}",
        h.catatan
    );
    assert_eq!(sop.sumber_dokumen.as_deref(), Some("SOP Uji.docx"));
    assert!(
        h.teks.contains("diimpor otomatis dari “SOP Uji.docx”"),
        "{}",
        h.teks
    );
    assert_eq!(
        sop.pemerintah.as_deref(),
        Some("Pemerintah Provinsi Nusa Tenggara Barat")
    );
    // "DINAS SOSIAL" under "PEMERINTAH PROVINSI NUSA TENGGARA BARAT".
    assert_eq!(
        sop.instansi.as_deref(),
        Some("Dinas Sosial Provinsi Nusa Tenggara Barat")
    );
    assert_eq!(sop.unit, ["Sekretariat"]);
    assert_eq!(h.slug, "mekanisme-pengumpulan-data-kinerja");
    assert_eq!(h.langkah, 5);
    let body_at = h.teks.find("\n+++\n").unwrap();
    assert!(
        h.teks[body_at + 5..]
            .trim_start()
            .starts_with("## Catatan impor")
    );
}

#[test]
fn one_of_the_two_drawings_of_each_shape() {
    // Every symbol of the form above is written twice, as Word does: as
    // DrawingML and as its VML fallback in mc:AlternateContent. The reader
    // takes one of the two.
    use sopgen::impor::bentuk::JenisBentuk;
    use sopgen::impor::dokumen::{self, Blok};
    use sopgen::impor::paket;
    let bytes = docx(&dokumen_lengkap());
    let p = paket::buka_docx(&bytes).unwrap();
    let xml = paket::parse_xml(&p.dokumen).unwrap();
    let model = dokumen::baca(&xml, None, None);
    let mut kinds = Vec::new();
    for b in &model.blok {
        if let Blok::Tabel(t) = b {
            for r in &t.baris {
                for c in &r.sel {
                    kinds.extend(c.bentuk().map(|s| s.jenis));
                }
            }
        }
    }
    let count = |k: JenisBentuk| kinds.iter().filter(|&&x| x == k).count();
    assert_eq!(count(JenisBentuk::Terminator), 2, "{kinds:?}");
    assert_eq!(count(JenisBentuk::Proses), 2, "{kinds:?}");
    assert_eq!(count(JenisBentuk::Keputusan), 1, "{kinds:?}");
    assert_eq!(count(JenisBentuk::Garis), 5, "{kinds:?}");
    assert_eq!(count(JenisBentuk::Label), 2, "{kinds:?}");
}
