//! The reader on mutated documents: a whole SOP form (identity, boxes,
//! procedure, shapes) whose XML has ranges deleted, copied and spliced and
//! hostile fragments inserted (huge spans and offsets, stray closing tags,
//! merges with nothing above), and whose zip bytes are flipped. No input
//! may panic or hang; every SOP returned passes the content parser.
//!
//! `cargo test` runs a short pass; `SOPGEN_FUZZ_CASES=N` sets the number
//! of cases (e.g. 100000 in a release build for a long run).

use crate::impor_bantu::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use sopgen::content::parse::parse_sop;
use sopgen::diagnostic::SourceFile;
use sopgen::impor::baca_docx;

fn cases(default: u32) -> u32 {
    std::env::var("SOPGEN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A form with something of everything the reader handles.
fn body() -> String {
    let ident = identitas(
        &["PEMERINTAH KABUPATEN X", "DINAS Y"],
        &[
            ("Nomor SOP", "1/2/3"),
            ("Tgl. Pembuatan", "2 Januari 2020"),
            (
                "Disahkan oleh",
                "Kepala\n\nBudi, S.E.\nNIP. 19800101 200501 1 001",
            ),
            ("Nama SOP", "Uji Acak"),
        ],
    );
    let boxes = kotak(&[
        (
            "Dasar Hukum:",
            &["1. UU 1/2020", "2. PP 2/2021"],
            "Kualifikasi Pelaksana:",
            &["a. S1"],
        ),
        (
            "Peringatan:",
            &["-"],
            "Pencatatan dan Pendataan:",
            &["Arsip"],
        ),
    ]);
    let grid = [30.0, 150.0, 80.0, 80.0, 80.0, 50.0, 80.0];
    let rows = [
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
            c("Kepala"),
            c("Kelengkapan"),
            c("Waktu"),
            c("Output"),
        ]),
        tr(&[
            c("1"),
            c("Menerima"),
            tc(
                "",
                &p_xml(
                    &(shape("flowChartTerminator", "", 10.0, 5.0, 60.0, 30.0)
                        + &panah(40.0, 35.0, 120.0, 55.0)),
                ),
            ),
            c(""),
            c("Berkas"),
            c("10 menit"),
            c("Berkas"),
        ]),
        tr(&[
            c("2"),
            c("Memeriksa"),
            c(""),
            tc(
                "",
                &p_xml(
                    &(shape("flowChartDecision", "", 10.0, 5.0, 60.0, 30.0)
                        + &panah(10.0, 20.0, -40.0, -15.0)
                        + &label("Tidak", 0.0, 0.0)),
                ),
            ),
            c("Berkas"),
            c("1 jam"),
            c("Berkas"),
        ]),
        tr(&[
            c("3"),
            c("Menyimpan"),
            c("√"),
            c(""),
            c("Berkas"),
            c("5'"),
            c("Arsip"),
        ]),
    ];
    format!("{ident}{boxes}{}", tbl(&grid, &rows))
}

const FRAGMENTS: &[&str] = &[
    "</w:tc>",
    "</w:tr>",
    "</w:tbl>",
    "<w:tc>",
    "<w:tr>",
    r#"<w:gridSpan w:val="999999"/>"#,
    r#"<w:gridSpan w:val="-3"/>"#,
    "<w:vMerge/>",
    r#"<w:vMerge w:val="restart"/>"#,
    r#"<w:tblHeader/>"#,
    "<wp:posOffset>99999999999999999999</wp:posOffset>",
    "<wp:posOffset>-7</wp:posOffset>",
    r#"<a:ext cx="0" cy="-5"/>"#,
    r#"<a:xfrm rot="-99999999" flipH="1"><a:off x="NaN" y="1e308"/></a:xfrm>"#,
    r#"<w:numPr><w:ilvl w:val="99"/><w:numId w:val="7"/></w:numPr>"#,
    r#"<w:fldChar w:fldCharType="begin"/>"#,
    r#"<w:fldChar w:fldCharType="separate"/>"#,
    "<w:t>Nama SOP</w:t>",
    "<w:t>Kegiatan</w:t>",
    "<w:t>Pelaksana</w:t>",
    "<w:t>Tidak</w:t>",
    "<w:t>NIP 1</w:t>",
    "<w:br/>",
    "<w:del>",
    "</w:del>",
    "<w:sdt><w:sdtContent>",
    r##"<v:shape type="#_x0000_t34" style="rotation:1e400;flip:x y;width:-1pt"/>"##,
    r#"<v:shape path="m,,,l99999999999999999999,e" coordsize="0,0"/>"#,
    r#"<v:group coordsize="0,0" style="width:1e308pt"><v:line from="1e308,1" to="-1e308,2"/></v:group>"#,
    "\u{0}",
    "&amp;",
    "<![CDATA[ ]]>",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Copy(usize, usize, usize),
    Insert(usize, usize),
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s = text.as_bytes().to_vec();
    for e in edits {
        let n = s.len().max(1);
        match *e {
            Edit::Delete(a, len) => {
                let a = a % n;
                let b = (a + len % 200).min(s.len());
                s.drain(a..b);
            }
            Edit::Copy(a, len, to) => {
                let a = a % n;
                let b = (a + len % 400).min(s.len());
                let piece = s[a..b].to_vec();
                let to = to % (s.len() + 1);
                s.splice(to..to, piece);
            }
            Edit::Insert(at, k) => {
                let at = at % (s.len() + 1);
                let f = FRAGMENTS[k % FRAGMENTS.len()].as_bytes();
                s.splice(at..at, f.iter().copied());
            }
        }
    }
    String::from_utf8_lossy(&s).into_owned()
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, l)| Edit::Delete(a, l)),
        (any::<usize>(), any::<usize>(), any::<usize>()).prop_map(|(a, l, t)| Edit::Copy(a, l, t)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, k)| Edit::Insert(a, k)),
    ]
}

fn check(bytes: &[u8]) {
    if let Ok(sops) = baca_docx(bytes, "acak.docx") {
        for s in sops {
            let (sop, diags) =
                parse_sop(SourceFile::new("content/a.md", s.teks.clone()), "a".into());
            assert!(sop.is_some(), "{}\n{diags:#?}", s.teks);
            assert_eq!(s.langkah, sop.unwrap().langkah.len());
        }
    }
}

#[test]
fn mutated_documents_never_panic_and_what_is_written_parses() {
    let base = document(&body());
    // The unmutated form imports.
    assert!(baca_docx(&docx(&body()), "a.docx").is_ok());
    let mut runner = TestRunner::new(Config {
        cases: cases(300),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&proptest::collection::vec(edit(), 1..6), |edits| {
            let xml = apply(&base, &edits);
            let bytes = zip(&[
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                ("_rels/.rels", RELS.as_bytes()),
                ("word/document.xml", xml.as_bytes()),
            ]);
            check(&bytes);
            Ok(())
        })
        .unwrap();
}

#[test]
fn flipped_zip_bytes_never_panic() {
    let good = docx(&body());
    let mut runner = TestRunner::new(Config {
        cases: cases(300),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(
            &proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
            |flips| {
                let mut bytes = good.clone();
                for (at, b) in flips {
                    let at = at % bytes.len();
                    bytes[at] ^= b.max(1);
                }
                check(&bytes);
                Ok(())
            },
        )
        .unwrap();
}

/// Words the form's cells hold: labels, numbers, dates, waktu, marks.
const WORDS: &[&str] = &[
    "Nama SOP",
    "Nomor SOP",
    "Tgl. Revisi",
    "Disahkan oleh",
    "Dibuat oleh",
    "NIP. 19800101 200501 1 001",
    "NIP 123",
    "Pembina",
    "Dasar Hukum:",
    "Keterkaitan",
    "Peralatan",
    "Kegiatan",
    "No",
    "Pelaksana",
    "Mutu Baku",
    "Waktu (menit)",
    "Output",
    "Ket.",
    "Penanggung Jawab",
    "1.",
    "2)",
    "a.",
    "•",
    "√",
    "X",
    "MULAI",
    "Ya",
    "Tidak",
    "Lengkap",
    "10 menit",
    "1 jam 30 menit",
    "± 5",
    "10 Menir",
    "-",
    ":",
    "",
    "31 Juni 2020",
    "8 April 2019",
    "2023",
    "PEMERINTAH KOTA X",
    "DINAS Y",
    "SUB BAGIAN Z",
    "1",
    "7",
    "0",
    "999999999999",
    "İİ",
    "\u{a0}",
    "\u{ad}",
    "bila tidak lengkap dikembalikan",
    "4, SOP",
    "1.SOP A 2.SOP B",
];

#[test]
fn random_cell_texts_never_panic_and_what_is_written_parses() {
    // The structure stays valid; every text run gets a random mix of the
    // form's own words, so the extraction itself is exercised.
    let base = document(&body());
    let parts: Vec<&str> = base.split("<w:t xml:space=\"preserve\">").collect();
    let slots = parts.len() - 1;
    let mut runner = TestRunner::new(Config {
        cases: cases(300),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(
            &proptest::collection::vec(proptest::collection::vec(any::<usize>(), 0..4), slots),
            |choice| {
                let mut xml = String::from(parts[0]);
                for (k, part) in parts[1..].iter().enumerate() {
                    let (_, after) = part.split_once("</w:t>").unwrap_or(("", part));
                    let text: Vec<&str> =
                        choice[k].iter().map(|&i| WORDS[i % WORDS.len()]).collect();
                    xml.push_str("<w:t xml:space=\"preserve\">");
                    xml.push_str(&esc(&text.join(" ")));
                    xml.push_str("</w:t>");
                    xml.push_str(after);
                }
                let bytes = zip(&[
                    ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                    ("_rels/.rels", RELS.as_bytes()),
                    ("word/document.xml", xml.as_bytes()),
                ]);
                check(&bytes);
                Ok(())
            },
        )
        .unwrap();
}
