//! What staff type into the form, in its many shapes: identity labels with
//! colons in their own cells and several signatories, boxes as Word lists,
//! typed numbers or nested tables, procedure columns under other names,
//! tables continued over pages, and Word's noise (runs, fields, tracked
//! changes, content controls, hidden text, odd spaces and hyphens).

use crate::impor_bantu::*;
use sopgen::impor::{HasilImpor, baca_docx};

fn impor(body: &str, extra: &[(&str, &str)]) -> HasilImpor {
    let mut r = baca_docx(&docx_dengan(body, extra), "isi.docx").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.len(), 1, "{r:#?}");
    r.remove(0)
}

/// A plain procedure table: No | Kegiatan | Staf | Kasubag | Kelengkapan |
/// Waktu | Output, marks in the lanes.
fn prosedur_sederhana(steps: &[(&str, &str, usize)]) -> String {
    let mut rows = vec![
        tr(&[
            vstart("No"),
            vstart("Kegiatan"),
            span(2, "Pelaksana"),
            span(3, "Mutu Baku"),
        ]),
        tr(&[
            vcont(),
            vcont(),
            c("Staf"),
            c("Kasubag"),
            c("Kelengkapan"),
            c("Waktu"),
            c("Output"),
        ]),
    ];
    for (no, k, lane) in steps {
        let marks: Vec<String> = (0..2)
            .map(|l| c(if l == *lane { "√" } else { "" }))
            .collect();
        rows.push(tr(&[
            c(no),
            c(k),
            marks[0].clone(),
            marks[1].clone(),
            c("Berkas"),
            c("1 jam"),
            c("Berkas"),
        ]));
    }
    tbl(&[30.0, 200.0, 80.0, 80.0, 80.0, 50.0, 80.0], &rows)
}

#[test]
fn identity_labels_colons_and_several_signatories() {
    // Labels in any case, with "Tgl.", a colon in its own cell, blank and
    // "-" dates, signatories labelled in one row and signed in the next.
    let ident = tbl(
        &[150.0, 10.0, 300.0],
        &[
            tr(&[
                c("NOMOR URUT SOP"),
                c(":"),
                c("188 / 120 / K / 411.307 / 2019."),
            ]),
            tr(&[c("tgl. pembuatan"), c(":"), c("8 april 2019")]),
            tr(&[c("Tgl Revisi"), c(":"), c("-")]),
            tr(&[c("Tanggal Efektif :"), c(""), c("JUNI 2020")]),
            tr(&[c("Tanggal Pengesahan"), c(":"), c("31 Juni 2020")]),
            tr(&[c("Nama SOP"), c(":"), c("Penerbitan Surat Keterangan")]),
        ],
    );
    let sign = tbl(
        &[200.0, 200.0, 200.0],
        &[
            tr(&[c("Dibuat oleh"), c("Diperiksa oleh"), c("Disahkan oleh")]),
            tr(&[
                c("Kepala Sub Bagian Umum\n\n\nBudi Santoso, S.E.\nNIP. 19800101 200501 1 001"),
                c(
                    "Sekretaris\n\n\nDra. Siti Aminah, M.Si\nPembina (IV/a)\nNIP 19700202 199503 2 002",
                ),
                c("KEPALA DINAS\n\n\nH. Ahmad, S.H., M.H.\nNIP. 196603131 198903 1 011"),
            ]),
        ],
    );
    let h = impor(
        &format!(
            "{ident}{sign}{}",
            prosedur_sederhana(&[("1", "Menerima permohonan", 0)])
        ),
        &[],
    );
    let sop = parse(&h.teks);
    assert_eq!(
        sop.nomor.as_deref(),
        Some("188 / 120 / K / 411.307 / 2019.")
    );
    assert_eq!(sop.nama, "Penerbitan Surat Keterangan");
    assert_eq!(
        sop.tanggal_pembuatan.map(|t| t.iso()).as_deref(),
        Some("2019-04-08")
    );
    assert_eq!(sop.tanggal_revisi, None);
    assert_eq!(sop.tanggal_kosong, ["tanggal_revisi"]);
    assert_eq!(
        sop.tanggal_efektif.map(|t| t.iso()).as_deref(),
        Some("2020-06")
    );
    // 31 Juni does not exist: left out, quoted with its place.
    assert_eq!(sop.tanggal_pengesahan, None);
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("Tabel 1, baris 5") && c.contains("31 Juni 2020")),
        "{:#?}",
        h.catatan
    );
    // The third signatory's 19-digit NIP is left out and quoted.
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("196603131 198903 1 011") && c.contains("19 angka")),
        "{:#?}",
        h.catatan
    );
    let signers: Vec<_> = sop
        .disahkan_oleh
        .iter()
        .map(|s| {
            (
                s.peran.as_deref(),
                s.jabatan.as_str(),
                s.nama.as_deref(),
                s.pangkat.as_deref(),
                s.nip.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        signers,
        [
            (
                Some("Dibuat oleh"),
                "Kepala Sub Bagian Umum",
                Some("Budi Santoso, S.E."),
                None,
                Some("19800101 200501 1 001")
            ),
            (
                Some("Diperiksa oleh"),
                "Sekretaris",
                Some("Dra. Siti Aminah, M.Si"),
                Some("Pembina (IV/a)"),
                Some("19700202 199503 2 002")
            ),
            (
                None,
                "Kepala Dinas",
                Some("H. Ahmad, S.H., M.H."),
                None,
                None
            ),
        ]
    );
}

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"#;

fn li(num: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>"#,
        esc(text)
    )
}

#[test]
fn the_six_boxes_in_their_many_shapes() {
    // Dasar Hukum, its heading followed by a subtitle, as a Word numbered
    // list whose second item wraps into a paragraph of its own; Kualifikasi as bullets; Keterkaitan as a nested
    // number | text table; Peralatan typed "a." / "b)"; Peringatan with its
    // heading and text in one cell; Pencatatan empty ("-").
    let nested = tbl(
        &[20.0, 300.0],
        &[
            tr(&[c("1"), c("SOP Surat Masuk")]),
            tr(&[c("2"), c("SOP Surat Keluar")]),
        ],
    );
    let boxes = tbl(
        &[375.0, 375.0],
        &[
            tr(&[
                c("DASAR HUKUM : Standar Operasional Prosedur AP"),
                c("Kualifikasi Pelaksana:"),
            ]),
            tr(&[
                tc(
                    "",
                    &[
                        li(
                            1,
                            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
                        ),
                        li(
                            1,
                            "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman",
                        ),
                        p("penyusunan SOP AP;"),
                    ]
                    .concat(),
                ),
                tc(
                    "",
                    &[li(2, "Menguasai komputer"), li(2, "S-1 Administrasi")].concat(),
                ),
            ]),
            tr(&[c("Keterkaitan"), c("Perlengkapan Kinerja")]),
            tr(&[
                tc("", &nested),
                tc(
                    "",
                    &ps(&["a. Komputer", "b) Printer", "c. Alat tulis kantor"]),
                ),
            ]),
            tr(&[
                c("Peringatan:\nJika SOP tidak dilaksanakan, layanan terlambat"),
                c("Pencatatan dan Pendataan:\n-"),
            ]),
        ],
    );
    let ident = tbl(
        &[150.0, 300.0],
        &[
            tr(&[c("Nama SOP"), c("Layanan Uji")]),
            tr(&[c("Nomor SOP"), c("1")]),
        ],
    );
    let h = impor(
        &format!(
            "{ident}{boxes}{}",
            prosedur_sederhana(&[("1", "Menerima", 0)])
        ),
        &[("word/numbering.xml", NUMBERING)],
    );
    let sop = parse(&h.teks);
    assert_eq!(
        sop.dasar_hukum,
        [
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman penyusunan SOP AP",
        ]
    );
    assert_eq!(
        sop.kualifikasi_pelaksana,
        ["Menguasai komputer", "S-1 Administrasi"]
    );
    let links: Vec<&str> = sop.keterkaitan.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(links, ["SOP Surat Masuk", "SOP Surat Keluar"]);
    assert_eq!(
        sop.peralatan_perlengkapan,
        ["Komputer", "Printer", "Alat tulis kantor"]
    );
    assert_eq!(
        sop.peringatan,
        ["Jika SOP tidak dilaksanakan, layanan terlambat"]
    );
    assert!(sop.pencatatan_pendataan.is_empty());
    // The subtitle after "DASAR HUKUM :" is not an item, and is said so.
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("Dasar Hukum") && c.contains("Standar Operasional Prosedur AP")),
        "{:#?}",
        h.catatan
    );
}

#[test]
fn procedure_columns_under_other_names() {
    // "NO." / "Uraian Prosedur" / "MUTU BUKU" / "Persyaratan" / "Waktu
    // (menit)" with bare numbers / "Hasil" / "Ket." / "Penangung Jawab",
    // a row of column numbers, a repeated header (tblHeader) mid-table, and
    // empty trailing rows.
    let head = || {
        vec![
            tr_h(
                20.0,
                true,
                &[
                    vstart("NO."),
                    vstart("URAIAN PROSEDUR"),
                    span(2, "PELAKSANA"),
                    span(3, "MUTU BUKU"),
                    vstart("Ket."),
                    vstart("Penangung Jawab"),
                ],
            ),
            tr_h(
                20.0,
                true,
                &[
                    vcont(),
                    vcont(),
                    c("STAF TU"),
                    c("KASUBAG"),
                    c("Persyaratan"),
                    c("Waktu (menit)"),
                    c("Hasil"),
                    vcont(),
                    vcont(),
                ],
            ),
        ]
    };
    let mut rows = head();
    rows.push(tr(&(1..=9).map(|n| c(&n.to_string())).collect::<Vec<_>>()));
    let step = |no: &str, k: &str, lane: usize, w: &str| {
        let marks: Vec<String> = (0..2)
            .map(|l| c(if l == lane { "X" } else { "" }))
            .collect();
        tr(&[
            c(no),
            c(k),
            marks[0].clone(),
            marks[1].clone(),
            c("• Formulir\n• KTP"),
            c(w),
            c("Berkas"),
            c("-"),
            c("Kasubag TU"),
        ])
    };
    rows.push(step("1.", "Menerima berkas", 0, "15"));
    rows.push(step("2.", "Memeriksa berkas", 1, "1,5 jam"));
    rows.extend(head());
    rows.push(step("4.", "Mengarsipkan berkas", 0, "10 mnt"));
    rows.push(tr(&(0..9).map(|_| c("")).collect::<Vec<_>>()));
    rows.push(tr(&(0..9).map(|_| c("")).collect::<Vec<_>>()));
    let ident = tbl(&[150.0, 300.0], &[tr(&[c("Nama SOP"), c("Layanan Uji")])]);
    let h = impor(
        &format!(
            "{ident}{}",
            tbl(
                &[30.0, 200.0, 70.0, 70.0, 80.0, 50.0, 80.0, 40.0, 80.0],
                &rows
            )
        ),
        &[],
    );
    let sop = parse(&h.teks);
    assert_eq!(sop.pelaksana, ["Staf TU", "Kasubag"]);
    assert_eq!(sop.langkah.len(), 3, "{}", h.teks);
    assert_eq!(
        pelaksana(&sop),
        [
            vec!["Staf TU".to_string()],
            vec!["Kasubag".into()],
            vec!["Staf TU".into()]
        ]
    );
    let waktu: Vec<String> = sop
        .langkah
        .iter()
        .map(|l| l.waktu.as_ref().map(|w| w.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(waktu, ["15 menit", "1,5 jam", "10 menit"]);
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("“10 mnt”") && c.contains("10 menit")),
        "{:#?}",
        h.catatan
    );
    assert_eq!(sop.langkah[0].kelengkapan, ["Formulir", "KTP"]);
    assert_eq!(sop.langkah[0].output, ["Berkas"]);
    assert_eq!(sop.langkah[0].keterangan, None);
    assert_eq!(
        sop.langkah[0].penanggung_jawab.as_deref(),
        Some("Kasubag TU")
    );
    // Source numbers 1, 2, 4: kept as `no` where the parser knows it.
    let nos: Vec<usize> = sop.langkah.iter().map(|l| l.no).collect();
    assert_eq!(nos, [1, 2, 4]);
}

#[test]
fn a_procedure_split_over_tables() {
    // The first table ends a page; the second repeats the header; a third,
    // without a header, continues with the same columns.
    let ident = tbl(&[150.0, 300.0], &[tr(&[c("Nama SOP"), c("Layanan Uji")])]);
    let t1 = prosedur_sederhana(&[("1", "Menerima", 0), ("2", "Memeriksa", 1)]);
    // The second page's header has a row of column numbers, which must not
    // read as a procedure starting again at 1.
    let t2 = prosedur_sederhana(&[("3", "Memproses", 0)]);
    let numbers = tr(&(1..=7).map(|n| c(&n.to_string())).collect::<Vec<_>>());
    let head_end = t2
        .match_indices("</w:tr>")
        .nth(1)
        .map(|(i, _)| i + "</w:tr>".len())
        .unwrap();
    let t2 = format!("{}{numbers}{}", &t2[..head_end], &t2[head_end..]);
    // A step's text carried over to a row of its own, without a number.
    let t1 = t1.replacen(
        "</w:tbl>",
        &format!(
            "{}</w:tbl>",
            tr(&[
                c(""),
                c("lalu mencatatnya di buku agenda"),
                c(""),
                c(""),
                c(""),
                c(""),
                c("")
            ])
        ),
        1,
    );
    let t3 = tbl(
        &[30.0, 200.0, 80.0, 80.0, 80.0, 50.0, 80.0],
        &[tr(&[
            c("4"),
            c("Menyerahkan"),
            c(""),
            c("√"),
            c("Berkas"),
            c("1 jam"),
            c("Berkas"),
        ])],
    );
    let h = impor(&format!("{ident}{t1}{}{t2}{}{t3}", p(""), p("")), &[]);
    let sop = parse(&h.teks);
    let k: Vec<&str> = sop.langkah.iter().map(|l| l.kegiatan.as_str()).collect();
    assert_eq!(
        k,
        [
            "Menerima",
            "Memeriksa lalu mencatatnya di buku agenda",
            "Memproses",
            "Menyerahkan"
        ]
    );
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("baris 5") && c.contains("digabung")),
        "{:#?}",
        h.catatan
    );
    assert_eq!(
        pelaksana(&sop),
        [
            vec!["Staf".to_string()],
            vec!["Kasubag".into()],
            vec!["Staf".into()],
            vec!["Kasubag".into()]
        ]
    );
}

#[test]
fn word_noise_is_read_as_the_text_shows() {
    // Text split over runs; a soft hyphen, a non-breaking hyphen, a
    // non-breaking space, smart quotes, a tab; a bookmark; a field (its
    // instruction dropped, its result kept); a hyperlink; tracked changes
    // (insertions and moves in, deletions and moved-from text out); hidden
    // text; a content control around a cell and one around a row; empty
    // paragraphs; a soft line break.
    let r = |t: &str| format!(r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#, esc(t));
    let kegiatan = [
        r#"<w:bookmarkStart w:id="0" w:name="awal"/>"#.to_string(),
        r("Mem"),
        r("e\u{ad}riksa"),
        r#"<w:bookmarkEnd w:id="0"/>"#.into(),
        r(" \u{201c}berkas\u{201d}\u{a0}"),
        r#"<w:del w:id="1" w:author="A"><w:r><w:delText>salah </w:delText></w:r></w:del>"#.into(),
        r#"<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">surat </w:t></w:r></w:ins>"#.into(),
        r#"<w:moveFrom w:id="3" w:author="A"><w:r><w:t>pindah</w:t></w:r></w:moveFrom>"#.into(),
        r#"<w:r><w:t>pra</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t xml:space="preserve">cetak </w:t></w:r>"#.into(),
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF awal \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>nomor</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#.into(),
        r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>TERSEMBUNYI</w:t></w:r>"#.into(),
        r#"<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> daring</w:t></w:r></w:hyperlink>"#.into(),
        r#"<w:r><w:tab/><w:t>dan</w:t><w:br/><w:t>mencatat</w:t></w:r>"#.into(),
    ]
    .concat();
    let kegiatan_cell = tc("", &format!("<w:p/>{}<w:p/>", p_xml(&kegiatan)));
    let sdt_cell = format!(
        r#"<w:sdt><w:sdtPr><w:alias w:val="Waktu"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>"#,
        c("2 jam")
    );
    let mut rows = vec![
        tr(&[
            vstart("No"),
            vstart("Kegiatan"),
            span(2, "Pelaksana"),
            span(3, "Mutu Baku"),
        ]),
        tr(&[
            vcont(),
            vcont(),
            c("Staf"),
            c("Kasubag"),
            c("Kelengkapan"),
            c("Waktu"),
            c("Output"),
        ]),
        tr(&[
            c("1"),
            kegiatan_cell,
            c("√"),
            c(""),
            c("Berkas"),
            sdt_cell,
            c("Berkas"),
        ]),
    ];
    let row2 = tr(&[
        c("2"),
        c("Menyimpan\u{a0}berkas"),
        c(""),
        c("√"),
        c("Berkas"),
        c("1 jam"),
        c("Arsip"),
    ]);
    rows.push(format!(
        r#"<w:sdt><w:sdtContent>{row2}</w:sdtContent></w:sdt>"#
    ));
    let ident = tbl(&[150.0, 300.0], &[tr(&[c("Nama SOP"), c("Layanan Uji")])]);
    let h = impor(
        &format!(
            "{ident}{}",
            tbl(&[30.0, 200.0, 80.0, 80.0, 80.0, 50.0, 80.0], &rows)
        ),
        &[],
    );
    let sop = parse(&h.teks);
    assert_eq!(
        sop.langkah[0].kegiatan,
        "Memeriksa \"berkas\" surat pra-cetak nomor daring dan mencatat"
    );
    assert_eq!(
        sop.langkah[0]
            .waktu
            .as_ref()
            .map(|w| w.to_string())
            .as_deref(),
        Some("2 jam")
    );
    assert_eq!(sop.langkah[1].kegiatan, "Menyimpan berkas");
    assert_eq!(
        pelaksana(&sop),
        [vec!["Staf".to_string()], vec!["Kasubag".into()]]
    );
}

#[test]
fn the_identity_table_in_the_page_header() {
    // Some agencies put the kop and the identity table in the page header,
    // so that it repeats on every page; the body holds the procedure.
    let ident = identitas(
        &["PEMERINTAH KOTA PALU", "BADAN KEPEGAWAIAN DAERAH"],
        &[
            ("Nomor SOP", "800/12/BKD"),
            ("Tanggal Pembuatan", "3 Maret 2022"),
            ("Nama SOP", "Pengajuan Cuti Tahunan"),
        ],
    );
    let header = format!("<w:hdr {NS}>{ident}<w:p/></w:hdr>");
    let h = impor(
        &prosedur_sederhana(&[
            ("1", "Mengajukan permohonan cuti", 0),
            ("2", "Menyetujui cuti", 1),
        ]),
        &[("word/header1.xml", &header)],
    );
    let sop = parse(&h.teks);
    assert_eq!(sop.nama, "Pengajuan Cuti Tahunan");
    assert_eq!(sop.nomor.as_deref(), Some("800/12/BKD"));
    assert_eq!(
        sop.tanggal_pembuatan.map(|t| t.iso()).as_deref(),
        Some("2022-03-03")
    );
    assert_eq!(sop.pemerintah.as_deref(), Some("Pemerintah Kota Palu"));
    // Named with the region of the "PEMERINTAH KOTA PALU" line above it.
    assert_eq!(
        sop.instansi.as_deref(),
        Some("Badan Kepegawaian Daerah Kota Palu")
    );
    assert!(
        h.catatan.iter().any(|c| c.contains("kepala halaman")),
        "{:#?}",
        h.catatan
    );
}

#[test]
fn a_procedure_without_actor_columns() {
    // No lane columns: the Penanggung Jawab column names the actors; with
    // none either, one "Pelaksana" stands for all, and both are said.
    let ident = tbl(&[150.0, 300.0], &[tr(&[c("Nama SOP"), c("Layanan Uji")])]);
    let with_pj = tbl(
        &[30.0, 250.0, 80.0, 50.0, 80.0, 100.0],
        &[
            tr(&[
                c("No"),
                c("Kegiatan"),
                c("Kelengkapan"),
                c("Waktu"),
                c("Output"),
                c("Penanggung Jawab"),
            ]),
            tr(&[
                c("1"),
                c("Menerima"),
                c("Berkas"),
                c("5 menit"),
                c("Agenda"),
                c("Staf TU"),
            ]),
            tr(&[
                c("2"),
                c("Menyetujui"),
                c("Agenda"),
                c("1 hari"),
                c("Disposisi"),
                c("Kepala"),
            ]),
            tr(&[
                c("3"),
                c("Mencatat"),
                c("Disposisi"),
                c("5 menit"),
                c("Arsip"),
                c("staf tu"),
            ]),
        ],
    );
    let h = impor(&format!("{ident}{with_pj}"), &[]);
    let sop = parse(&h.teks);
    assert_eq!(sop.pelaksana, ["Staf TU", "Kepala"]);
    assert_eq!(
        pelaksana(&sop),
        [
            vec!["Staf TU".to_string()],
            vec!["Kepala".into()],
            vec!["Staf TU".into()]
        ]
    );
    assert!(
        h.catatan.iter().any(|c| c.contains("Penanggung Jawab")),
        "{:#?}",
        h.catatan
    );
    let bare = tbl(
        &[30.0, 250.0, 50.0],
        &[
            tr(&[c("No"), c("Kegiatan"), c("Waktu")]),
            tr(&[c("1"), c("Menerima"), c("5 menit")]),
        ],
    );
    let h = impor(&format!("{ident}{bare}"), &[]);
    let sop = parse(&h.teks);
    assert_eq!(sop.pelaksana, ["Pelaksana"]);
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("tidak punya kolom pelaksana")),
        "{:#?}",
        h.catatan
    );
}
