//! The flowchart, drawn with Word's shapes in the ways real SOPs draw it:
//! legacy VML, a drawing canvas floating over the table with glued
//! connectors, a scaled group with an elbow return drawn as separate line
//! segments, and no shapes at all (marks in the lane cells).

use crate::impor_bantu::*;
use sopgen::impor::{HasilImpor, baca_docx};

const LANES: [&str; 3] = ["Kepala Bidang", "Kasubag Program", "Staf Pelaksana"];
/// No 30, Kegiatan 150, three lanes of 80 (from x = 180), Mutu Baku.
const GRID: [f64; 8] = [30.0, 150.0, 80.0, 80.0, 80.0, 80.0, 50.0, 80.0];
const ROW: f64 = 50.0;

fn kepala() -> Vec<String> {
    vec![
        tr_h(
            20.0,
            true,
            &[
                vstart("No"),
                vstart("Uraian Kegiatan"),
                span(3, "Pelaksana"),
                span(3, "Mutu Baku"),
            ],
        ),
        tr_h(
            30.0,
            true,
            &[
                vcont(),
                vcont(),
                c(LANES[0]),
                c(LANES[1]),
                c(LANES[2]),
                c("Kelengkapan"),
                c("Waktu"),
                c("Output"),
            ],
        ),
    ]
}

/// A step row; `gambar[l]` holds the runs drawn in lane l's cell.
fn baris(no: &str, kegiatan: &str, gambar: [&str; 3]) -> String {
    let mut cells = vec![c(no), c(kegiatan)];
    for g in gambar {
        cells.push(if g.is_empty() {
            c("")
        } else {
            tc("", &p_xml(g))
        });
    }
    cells.extend([c("Berkas"), c("10 menit"), c("Berkas")]);
    tr_h(ROW, false, &cells)
}

fn impor(body: &str) -> HasilImpor {
    let ident = identitas(&["DINAS KOMINFO"], &[("Nama SOP", "Uji Bagan Alir")]);
    let mut r =
        baca_docx(&docx(&format!("{ident}{body}")), "bagan.docx").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.len(), 1);
    r.remove(0)
}

fn nama(l: usize) -> Vec<String> {
    vec![LANES[l].to_string()]
}

#[test]
fn legacy_vml_shapes_with_custom_labels() {
    // 1 lane 0 -> 2 lane 1 -> 3 lane 2 (decision) -> 4 lane 1 -> 5 lane 0;
    // "Tidak Lengkap" from 3 goes back up to 2. The arrow 1 -> 2 is an
    // elbow Word turned and mirrored; 4 -> 5 a path as LibreOffice saves it.
    let box_ = |t: u32| vml(t, "", 10.0, 5.0, 60.0, 30.0, "");
    let down = |dl: f64| vml_panah(40.0, 35.0, 40.0 + dl, ROW + 5.0);
    let rows = [
        baris(
            "1",
            "Menerima berkas",
            [
                &(box_(116) + &vml_siku(40.0, 35.0, 120.0, ROW + 5.0)),
                "",
                "",
            ],
        ),
        baris("2", "Mencatat berkas", ["", &(box_(109) + &down(80.0)), ""]),
        baris(
            "3",
            "Memeriksa kelengkapan berkas",
            [
                "",
                "",
                &(box_(110)
                    + &vml_panah(40.0, 35.0, -40.0, ROW + 5.0)
                    + &vml_panah(70.0, 20.0, 70.0 - 80.0 + 10.0 - 20.0, 20.0 - ROW)
                    + &vml(
                        202,
                        "Tidak Lengkap",
                        72.0,
                        -2.0,
                        40.0,
                        14.0,
                        r#"stroked="f" filled="f""#,
                    )
                    + &vml(
                        202,
                        "Lengkap",
                        5.0,
                        36.0,
                        30.0,
                        14.0,
                        r#"stroked="f" filled="f""#,
                    )),
            ],
        ),
        baris(
            "4",
            "Memproses berkas",
            [
                "",
                &(box_(109)
                    + &vml_jalur(&[
                        (40.0, 35.0),
                        (40.0, 45.0),
                        (-40.0, 45.0),
                        (-40.0, ROW + 5.0),
                    ])),
                "",
            ],
        ),
        baris("5", "Menandatangani surat", [&box_(116), "", ""]),
    ];
    let mut all = kepala();
    all.extend(rows);
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [nama(0), nama(1), nama(2), nama(1), nama(0)],
        "{}",
        h.teks
    );
    assert_eq!(sop.langkah[2].tidak, Some(1), "{}", h.teks);
    // The turned elbow (1 -> 2) and LibreOffice's path (4 -> 5) point forward.
    assert!(sop.langkah.iter().all(|l| l.lanjut.is_none()), "{}", h.teks);
    assert!(
        sop.langkah
            .iter()
            .enumerate()
            .all(|(i, l)| i == 2 || l.tidak.is_none())
    );
    assert_eq!(sop.langkah[2].label_ya.as_deref(), Some("Lengkap"));
    assert_eq!(sop.langkah[2].label_tidak.as_deref(), Some("Tidak Lengkap"));
}

#[test]
fn a_canvas_over_the_table_with_glued_connectors() {
    canvas_test(&anak_sambung(
        12,
        Some(4),
        Some(5),
        "bentConnector2",
        200.0,
        140.0,
        40.0,
        160.0,
    ));
}

#[test]
fn a_connector_word_turned_a_quarter() {
    // The "Ya" exit runs down-across-down, which Word writes as an elbow
    // connector turned 90 degrees: its box (20 x 160 at 110,70) is the
    // drawn path's box turned back. Read unturned, its path would pass
    // nowhere near the "Ya" label, which would then go to the other exit.
    let turned = anak_sambung(
        12,
        Some(4),
        Some(5),
        "bentConnector3",
        110.0,
        70.0,
        130.0,
        230.0,
    )
    .replace("<a:xfrm>", r#"<a:xfrm rot="5400000">"#);
    canvas_test(&turned);
}

fn canvas_test(ya_connector: &str) {
    // The canvas floats over the procedure table, anchored in the paragraph
    // before it, its x against the page (left margin 56.7 pt + No and
    // Kegiatan 180 pt). Connectors are glued (stCxn/endCxn); two of them
    // carry a wrong geometry, so only the glue can place them.
    let x_page = 56.7 + 180.0;
    let children = [
        anak(2, "flowChartTerminator", "Mulai", 10.0, 10.0, 60.0, 30.0),
        anak(3, "flowChartProcess", "", 90.0, 60.0, 60.0, 30.0),
        anak(4, "flowChartDecision", "", 170.0, 110.0, 60.0, 30.0),
        anak(5, "flowChartTerminator", "Selesai", 10.0, 160.0, 60.0, 30.0),
        anak_sambung(
            10,
            Some(2),
            Some(3),
            "straightConnector1",
            0.0,
            0.0,
            1.0,
            1.0,
        ),
        anak_sambung(
            11,
            Some(3),
            Some(4),
            "straightConnector1",
            500.0,
            500.0,
            501.0,
            501.0,
        ),
        ya_connector.to_string(),
        anak_sambung(
            13,
            Some(4),
            Some(2),
            "bentConnector3",
            230.0,
            125.0,
            70.0,
            25.0,
        ),
        anak(20, "rect", "Ya", 205.0, 141.0, 20.0, 12.0),
        anak(21, "rect", "Tidak", 232.0, 110.0, 28.0, 12.0),
    ]
    .concat();
    let canvas = kanvas("page", "paragraph", x_page, 30.0, 240.0, 200.0, &children);
    let mut all = kepala();
    all.extend([
        baris("1", "Memberi arahan", ["", "", ""]),
        baris("2", "Menyusun konsep", ["", "", ""]),
        baris("3", "Memeriksa konsep", ["", "", ""]),
        baris("4", "Menetapkan keputusan", ["", "", ""]),
    ]);
    let h = impor(&format!("{}{}", p_xml(&canvas), tbl(&GRID, &all)));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [nama(0), nama(1), nama(2), nama(0)],
        "{}",
        h.teks
    );
    assert_eq!(sop.langkah[2].tidak, Some(0), "{}", h.teks);
    assert_eq!(sop.langkah.iter().filter(|l| l.tidak.is_some()).count(), 1);
}

#[test]
fn a_group_with_an_elbow_return_of_separate_segments() {
    // A group anchored in step 1's first lane cell covers the three lanes
    // and four rows; its children are in units half a point (chExt = 2 x
    // ext). The "Tidak" return from the diamond (step 2) to step 1 is three
    // plain lines, written last to first, the middle one drawn upside
    // down; only the last has an arrowhead.
    let s = 2.0; // child units per point
    let k =
        |prst: &str, id: u32, x: f64, y: f64| anak(id, prst, "", x * s, y * s, 60.0 * s, 30.0 * s);
    let line = |id: u32, x1: f64, y1: f64, x2: f64, y2: f64, arrow: bool| {
        let xml = anak_sambung(id, None, None, "line", x1 * s, y1 * s, x2 * s, y2 * s);
        if arrow {
            xml
        } else {
            xml.replace(r#"<a:tailEnd type="triangle"/>"#, "")
        }
    };
    let children = [
        k("flowChartProcess", 2, 10.0, 10.0),
        k("flowChartDecision", 3, 90.0, 60.0),
        k("flowChartProcess", 4, 170.0, 110.0),
        k("flowChartProcess", 5, 10.0, 160.0),
        line(10, 40.0, 40.0, 120.0, 60.0, true),
        line(11, 120.0, 90.0, 200.0, 110.0, true),
        line(12, 200.0, 140.0, 40.0, 160.0, true),
        line(13, 165.0, 25.0, 72.0, 25.0, true),
        line(14, 165.0, 25.0, 165.0, 75.0, false),
        line(15, 150.0, 75.0, 165.0, 75.0, false),
        anak(20, "rect", "Tidak", 152.0 * s, 62.0 * s, 28.0 * s, 12.0 * s),
        anak(21, "rect", "Ya", 125.0 * s, 92.0 * s, 20.0 * s, 12.0 * s),
    ]
    .concat();
    let group = grup("column", "paragraph", 0.0, 0.0, 240.0, 200.0, s, &children);
    let mut all = kepala();
    all.extend([
        baris("1", "Menyusun jadwal", [&group, "", ""]),
        baris("2", "Meneliti jadwal", ["", "", ""]),
        baris("3", "Mengirim jadwal", ["", "", ""]),
        baris("4", "Mengarsipkan jadwal", ["", "", ""]),
    ]);
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [nama(0), nama(1), nama(2), nama(0)],
        "{}",
        h.teks
    );
    assert_eq!(sop.langkah[1].tidak, Some(0), "{}", h.teks);
    assert!(
        h.catatan.iter().all(|c| !c.contains("ditebak ke langkah")),
        "{:#?}",
        h.catatan
    );
}

#[test]
fn marks_in_lane_cells_when_there_are_no_shapes() {
    // √ typed as a Wingdings symbol, an "X", a shaded cell, "MULAI".
    let sym = r#"<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>"#;
    let shaded = tc(
        r#"<w:shd w:val="clear" w:color="auto" w:fill="808080"/>"#,
        "",
    );
    let cells = |no: &str, k: &str, lanes: [String; 3]| {
        let mut v = vec![c(no), c(k)];
        v.extend(lanes);
        v.extend([c("Berkas"), c("5"), c("Berkas")]);
        tr(&v)
    };
    let mut all = kepala();
    all.push(cells("1", "Menerima surat", [c("MULAI"), c(""), c("")]));
    all.push(cells(
        "2",
        "Mencatat surat",
        [c(""), tc("", &p_xml(sym)), c("")],
    ));
    all.push(cells(
        "3",
        "Mendisposisikan surat",
        [c(""), c(""), shaded.clone()],
    ));
    all.push(cells(
        "4",
        "Kepala Bidang menandatangani surat",
        [c(""), c(""), c("")],
    ));
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [nama(0), nama(1), nama(2), nama(0)],
        "{}",
        h.teks
    );
    // The last step had no mark: its actor is a guess, said so with its place.
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("baris 6") && c.contains("langkah 4") && c.contains("ditebak")),
        "{:#?}",
        h.catatan
    );
    assert!(
        h.catatan.iter().any(|c| c.contains("tanda")),
        "{:#?}",
        h.catatan
    );
    // A bare "5" under a "Waktu" heading with no unit is not a waktu.
    assert!(sop.langkah.iter().all(|l| l.waktu.is_none()));
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("baris 3, kolom Waktu: “5”")),
        "{:#?}",
        h.catatan
    );
}

#[test]
fn off_page_connectors_skipped_numbers_and_a_jump() {
    // Table 1 (a page): a "Mulai" capsule in the header, steps 1-3, and an
    // off-page connector "A" under step 3. Table 2 repeats the header and
    // goes on from "A": step 5 (the source skips 4) decides: "Ya" to 6,
    // "Tidak" on to 7; step 6 jumps to 8 (lanjut); 7 goes to 8.
    let proc_ = |t: &str| shape(t, "", 10.0, 5.0, 60.0, 30.0);
    let down = |dl: f64| panah(40.0, 35.0, 40.0 + dl, ROW + 5.0);
    let mut head1 = kepala();
    head1[1] = tr_h(
        30.0,
        true,
        &[
            vcont(),
            vcont(),
            tc(
                "",
                &(p(LANES[0])
                    + &p_xml(&shape(
                        "flowChartTerminator",
                        "Mulai",
                        10.0,
                        -40.0,
                        60.0,
                        20.0,
                    ))),
            ),
            c(LANES[1]),
            c(LANES[2]),
            c("Kelengkapan"),
            c("Waktu"),
            c("Output"),
        ],
    );
    let mut t1 = head1;
    t1.push(baris(
        "1",
        "Menerima berkas",
        [&(proc_("flowChartTerminator") + &down(80.0)), "", ""],
    ));
    t1.push(baris(
        "2",
        "Mencatat berkas",
        ["", &(proc_("flowChartProcess") + &down(80.0)), ""],
    ));
    t1.push(baris(
        "3",
        "Meneruskan berkas",
        [
            "",
            "",
            &(proc_("flowChartProcess")
                + &panah(40.0, 35.0, 40.0, 38.0)
                + &shape("flowChartOffpageConnector", "A", 30.0, 38.0, 20.0, 12.0)),
        ],
    ));
    let mut t2 = kepala();
    t2.push(baris(
        "5",
        "Memeriksa berkas",
        [
            "",
            "",
            &(shape("flowChartOffpageConnector", "A", 30.0, -14.0, 20.0, 12.0)
                + &panah(40.0, -2.0, 40.0, 5.0)
                + &shape("flowChartDecision", "", 10.0, 5.0, 60.0, 30.0)
                + &down(-80.0)
                + &label("Ya", 42.0, 36.0)
                + &panah(10.0, 20.0, -160.0 + 40.0, 2.0 * ROW + 5.0)
                + &label("Tidak", -20.0, 6.0)),
        ],
    ));
    t2.push(baris(
        "6",
        "Memproses berkas",
        [
            "",
            &(proc_("flowChartProcess") + &panah(70.0, 20.0, 70.0, 2.0 * ROW + 20.0)),
            "",
        ],
    ));
    t2.push(baris(
        "7",
        "Mengembalikan berkas",
        [&(proc_("flowChartProcess") + &down(80.0)), "", ""],
    ));
    t2.push(baris(
        "8",
        "Mengarsipkan berkas",
        ["", &proc_("flowChartTerminator"), ""],
    ));
    let h = impor(&format!("{}{}{}", tbl(&GRID, &t1), p(""), tbl(&GRID, &t2)));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [
            nama(0),
            nama(1),
            nama(2),
            nama(2),
            nama(1),
            nama(0),
            nama(1)
        ],
        "{}",
        h.teks
    );
    // The capsule in the header and the connectors are not steps.
    assert_eq!(sop.langkah.len(), 7);
    // 0-based: step 5 is index 3, its "Tidak" goes to step 7 (index 5).
    assert_eq!(sop.langkah[3].tidak, Some(5), "{}", h.teks);
    assert_eq!(
        sop.langkah.iter().filter(|l| l.tidak.is_some()).count(),
        1,
        "{}",
        h.teks
    );
    let nos: Vec<usize> = sop.langkah.iter().map(|l| l.no).collect();
    assert_eq!(nos, [1, 2, 3, 5, 6, 7, 8]);
    assert!(h.teks.contains("tidak = 7"), "{}", h.teks);
    // Step 6 (index 4) jumps to step 8 (index 6); nothing else does.
    let jumps: Vec<Option<usize>> = sop.langkah.iter().map(|l| l.lanjut).collect();
    assert_eq!(
        jumps,
        [None, None, None, None, Some(6), None, None],
        "{}",
        h.teks
    );
}

#[test]
fn shapes_all_anchored_in_the_first_row() {
    // Every symbol is anchored in step 1's No cell, with offsets reaching
    // down the table as Word laid the rows out (70 pt each); the rows carry
    // no height, so their estimate differs: the symbols are aligned to the
    // step rows by their order.
    let step_y = |k: usize| 10.0 + 70.0 * k as f64;
    let lane_x = |l: usize| 30.0 + 150.0 + 80.0 * l as f64 - 30.0 + 10.0; // from the No cell's left
    let mut drawn = String::new();
    for (k, (lane, prst)) in [
        (0, "flowChartTerminator"),
        (2, "flowChartProcess"),
        (1, "flowChartProcess"),
        (2, "flowChartTerminator"),
    ]
    .into_iter()
    .enumerate()
    {
        drawn.push_str(&shape(prst, "", lane_x(lane), step_y(k), 60.0, 30.0));
    }
    let row = |no: &str, k: &str, first: bool| {
        let no_cell = if first {
            tc("", &(p(no) + &p_xml(&drawn)))
        } else {
            c(no)
        };
        let mut cells = vec![
            no_cell,
            c(k),
            c(""),
            c(""),
            c(""),
            c("Berkas"),
            c("10 menit"),
            c("Berkas"),
        ];
        cells.truncate(8);
        tr(&cells)
    };
    let mut all = kepala();
    all.push(row(
        "1",
        "Menerima usulan kegiatan dari bidang-bidang",
        true,
    ));
    all.push(row("2", "Menyusun rancangan rencana kerja", false));
    all.push(row(
        "3",
        "Membahas rancangan rencana kerja bersama bidang",
        false,
    ));
    all.push(row("4", "Menetapkan rencana kerja", false));
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [nama(0), nama(2), nama(1), nama(2)],
        "{}",
        h.teks
    );
}

#[test]
fn jumps_drawn_as_a_turned_vml_elbow_and_a_libreoffice_path() {
    // 1 jumps to 3 through an elbow Word turned and mirrored; 3 jumps to 5
    // through a free path as LibreOffice saves a polyline. Unread, either
    // would leave its step going on to the next one.
    let box_ = |t: u32| vml(t, "", 10.0, 5.0, 60.0, 30.0, "");
    let rows = [
        baris(
            "1",
            "Menerima berkas",
            [
                &(box_(116) + &vml_siku(40.0, 35.0, 200.0, 2.0 * ROW + 5.0)),
                "",
                "",
            ],
        ),
        baris(
            "2",
            "Mencatat berkas susulan",
            [
                "",
                &(box_(109) + &vml_panah(40.0, 35.0, 120.0, ROW + 5.0)),
                "",
            ],
        ),
        baris(
            "3",
            "Memproses berkas",
            [
                "",
                "",
                &(box_(109)
                    + &vml_jalur(&[
                        (40.0, 35.0),
                        (40.0, 70.0),
                        (-120.0, 70.0),
                        (-120.0, 2.0 * ROW + 5.0),
                    ])),
            ],
        ),
        baris(
            "4",
            "Melengkapi berkas",
            [
                "",
                &(box_(109) + &vml_panah(40.0, 35.0, -40.0, ROW + 5.0)),
                "",
            ],
        ),
        baris("5", "Mengarsipkan berkas", [&box_(116), "", ""]),
    ];
    let mut all = kepala();
    all.extend(rows);
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    let jumps: Vec<Option<usize>> = sop.langkah.iter().map(|l| l.lanjut).collect();
    assert_eq!(jumps, [Some(2), None, Some(4), None, None], "{}", h.teks);
}

#[test]
fn shapes_in_line_with_the_cell_text() {
    let mut all = kepala();
    all.push(baris(
        "1",
        "Menerima",
        ["", &inline("flowChartTerminator", 60.0, 25.0), ""],
    ));
    all.push(baris(
        "2",
        "Mencatat",
        [&inline("flowChartProcess", 60.0, 25.0), "", ""],
    ));
    all.push(baris(
        "3",
        "Menyimpan",
        ["", "", &inline("flowChartTerminator", 60.0, 25.0)],
    ));
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    assert_eq!(pelaksana(&sop), [nama(1), nama(0), nama(2)], "{}", h.teks);
}

#[test]
fn a_legacy_vml_group_over_the_table() {
    // A Word 2003 group floating over the table from the paragraph above
    // it, x against the page; children in tenths of a point. Step 2 is a
    // decision whose "Tidak" (the line going up) returns to step 1.
    let u = 10.0;
    let children = [
        vml_anak(116, 10.0 * u, 10.0 * u, 60.0 * u, 30.0 * u),
        vml_anak(110, 170.0 * u, 60.0 * u, 60.0 * u, 30.0 * u),
        vml_anak(109, 90.0 * u, 110.0 * u, 60.0 * u, 30.0 * u),
        vml_anak_garis(40.0 * u, 40.0 * u, 200.0 * u, 60.0 * u),
        vml_anak_garis(200.0 * u, 90.0 * u, 120.0 * u, 110.0 * u),
        vml_anak_garis(230.0 * u, 75.0 * u, 70.0 * u, 25.0 * u),
    ]
    .concat();
    let group = vml_grup(56.7 + 180.0, 20.0, 240.0, 150.0, u, &children);
    let mut all = kepala();
    all.push(baris("1", "Menerima", ["", "", ""]));
    all.push(baris("2", "Memeriksa", ["", "", ""]));
    all.push(baris("3", "Menyimpan", ["", "", ""]));
    let h = impor(&format!("{}{}", p_xml(&group), tbl(&GRID, &all)));
    let sop = parse(&h.teks);
    assert_eq!(pelaksana(&sop), [nama(0), nama(2), nama(1)], "{}", h.teks);
    assert_eq!(sop.langkah[1].tidak, Some(0), "{}", h.teks);
    // No "Ya"/"Tidak" text: the guess is said, with its place.
    assert!(
        h.catatan
            .iter()
            .any(|c| c.contains("langkah 2") && c.contains("ditebak")),
        "{:#?}",
        h.catatan
    );
}

#[test]
fn branch_words_typed_into_the_lane_cells() {
    // Step 3's diamond: "Tidak" goes on to step 4, "Ya" jumps to step 5.
    // The words are typed into cells, not drawn: "Ya" in the cell right of
    // the diamond, "Tidak" in the cell under it. Without them the arrow
    // that skips a step would be taken for "Tidak".
    let box_ = |t: u32| vml(t, "", 10.0, 5.0, 60.0, 30.0, "");
    let mut all = kepala();
    all.push(baris("1", "Menerima berkas", [&box_(116), "", ""]));
    all.push(baris("2", "Mencatat berkas", ["", &box_(109), ""]));
    let mut cells = vec![c("3"), c("Memeriksa berkas")];
    cells.push(c(""));
    cells.push(tc(
        "",
        &p_xml(
            &(box_(110)
                + &vml_panah(40.0, 35.0, -40.0, ROW + 5.0)
                + &vml_panah(70.0, 20.0, 120.0, 2.0 * ROW + 5.0)),
        ),
    ));
    cells.push(c("Ya"));
    cells.extend([c("Berkas"), c("10 menit"), c("Berkas")]);
    all.push(tr_h(ROW, false, &cells));
    let mut cells = vec![
        c("4"),
        c("Mengembalikan berkas"),
        tc("", &p_xml(&box_(109))),
        c("Tidak"),
        c(""),
    ];
    cells.extend([c("Berkas"), c("10 menit"), c("Berkas")]);
    all.push(tr_h(ROW, false, &cells));
    all.push(baris("5", "Mengarsipkan berkas", ["", "", &box_(116)]));
    let h = impor(&tbl(&GRID, &all));
    let sop = parse(&h.teks);
    assert_eq!(
        pelaksana(&sop),
        [nama(0), nama(1), nama(1), nama(0), nama(2)],
        "{}",
        h.teks
    );
    assert_eq!(sop.langkah[2].tidak, Some(3), "{}", h.teks);
    assert_eq!(sop.langkah[2].ya, Some(4), "{}", h.teks);
}
