//! The six boxes of the form (Dasar Hukum, Kualifikasi Pelaksana,
//! Keterkaitan, Peralatan/Perlengkapan, Peringatan, Pencatatan dan
//! Pendataan) and their items, however the list is typed.

use super::dokumen::{Blok, Para, Tabel};
use super::draf::Draf;
use super::identitas::Batas;
use super::label;
use super::teks::{self, satu_baris};

/// One line of box content: its list label (Word numbering) and text.
#[derive(Debug, Clone)]
struct Baris {
    label: Option<String>,
    teks: String,
}

pub fn baca(blok: &[&Blok], batas: Batas, d: &mut Draf) {
    let mut found: Vec<(&'static str, Vec<Baris>)> = Vec::new();
    let mut notes = Vec::new();
    let mut i = 0;
    while i < blok.len() {
        match blok[i] {
            Blok::Tabel(t) => tabel(t, batas, &mut found, &mut notes),
            Blok::Para(p) => {
                if let Some((field, rest)) = label::kotak(&p.teks) {
                    // A heading paragraph: its content follows until the
                    // next heading or table.
                    let mut lines = Vec::new();
                    if !rest.is_empty() {
                        lines.push(Baris {
                            label: None,
                            teks: rest.to_string(),
                        });
                    }
                    let mut j = i + 1;
                    while let Some(Blok::Para(q)) = blok.get(j) {
                        if label::kotak(&q.teks).is_some() || label::identitas(&q.teks).is_some() {
                            break;
                        }
                        lines.push(baris_para(q));
                        j += 1;
                    }
                    found.push((field, lines));
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    for n in notes {
        d.catat(n);
    }
    for (field, lines) in found {
        let items = butir(&lines);
        let target = d.kotak_mut(field);
        if target.is_empty() {
            *target = items;
        }
    }
}

fn baris_para(p: &Para) -> Baris {
    Baris {
        label: p.label.clone(),
        teks: p.teks.clone(),
    }
}

fn tabel(
    t: &Tabel,
    batas: Batas,
    found: &mut Vec<(&'static str, Vec<Baris>)>,
    notes: &mut Vec<String>,
) {
    let limit = batas(t.no).min(t.baris.len());
    for ri in 0..limit {
        let r = &t.baris[ri];
        // In a row of headings, a cell of a few words starting with a box's
        // keyword is a heading too ("Perlengkapan Kinerja").
        let heading_row = r.sel.iter().any(|c| {
            c.paragraf()
                .first()
                .is_some_and(|p| label::kotak(&p.teks).is_some())
        });
        for c in &r.sel {
            if c.lanjut {
                continue;
            }
            // Paragraphs and nested tables of the cell, in order.
            let mut heading: Option<(&'static str, Vec<Baris>)> = None;
            let mut in_cell = Vec::new();
            for b in &c.blok {
                match b {
                    Blok::Para(p) => {
                        let found = label::kotak(&p.teks).or_else(|| {
                            (heading_row && heading.is_none())
                                .then(|| label::kotak_longgar(&p.teks).map(|f| (f, "")))
                                .flatten()
                        });
                        if let Some((field, rest)) = found {
                            if let Some(h) = heading.take() {
                                in_cell.push(h);
                            }
                            let mut lines = Vec::new();
                            if !rest.is_empty() {
                                lines.push(Baris {
                                    label: None,
                                    teks: rest.to_string(),
                                });
                            }
                            heading = Some((field, lines));
                        } else if let Some((_, lines)) = &mut heading {
                            lines.push(baris_para(p));
                        }
                    }
                    Blok::Tabel(inner) => match &mut heading {
                        Some((_, lines)) => lines.extend(baris_tabel(inner)),
                        None => tabel(inner, batas, found, notes),
                    },
                }
            }
            if let Some(h) = heading.take() {
                in_cell.push(h);
            }
            let n = in_cell.len();
            for (k, (field, lines)) in in_cell.into_iter().enumerate() {
                let has_content = lines.iter().any(|l| !teks::kosong(&l.teks));
                // "Dasar Hukum: Standar Operasional Prosedur ...": a subtitle
                // after the heading, with the list itself in the row below.
                let subtitle_only =
                    lines.len() == 1 && lines[0].label.is_none() && !tanpa_nomor(&lines[0].teks).0;
                let below_has_list = subtitle_only && k + 1 == n && {
                    let (k0, k1) = (c.kol, c.kol + c.span);
                    t.baris.get(ri + 1).is_some_and(|b| {
                        b.sel
                            .iter()
                            .filter(|x| x.kol < k1 && x.kol + x.span > k0 && !x.lanjut)
                            .any(|x| {
                                let ps = x.paragraf();
                                ps.len() >= 2
                                    && ps.iter().all(|p| label::kotak(&p.teks).is_none())
                                    && ps
                                        .iter()
                                        .filter(|p| p.label.is_some() || tanpa_nomor(&p.teks).0)
                                        .count()
                                        >= 2
                            })
                    })
                };
                if (has_content && !below_has_list) || k + 1 < n {
                    found.push((field, lines));
                    continue;
                }
                let lines = if below_has_list {
                    notes.push(format!(
                        "{}, baris {}, kotak {}: teks setelah judulnya ({}) tidak dimasukkan; isinya diambil dari baris di bawahnya.",
                        t.nama(),
                        ri + 1,
                        super::draf::judul_kotak(field),
                        teks::kutip(&lines[0].teks)
                    ));
                    Vec::new()
                } else {
                    lines
                };
                // The content is below the heading, in the same columns,
                // until a row with another heading there.
                let (k0, k1) = (c.kol, c.kol + c.span);
                let mut lines = lines;
                for (rj, below) in t.baris.iter().enumerate().take(limit).skip(ri + 1) {
                    let cells: Vec<_> = below
                        .sel
                        .iter()
                        .filter(|x| x.kol < k1 && x.kol + x.span > k0 && !x.lanjut)
                        .collect();
                    let row_has_heading = below.sel.iter().any(|x| {
                        x.paragraf()
                            .first()
                            .is_some_and(|p| label::kotak(&p.teks).is_some())
                    });
                    let heading_here = cells.iter().any(|x| {
                        x.paragraf().iter().any(|p| {
                            label::kotak(&p.teks).is_some()
                                || (row_has_heading && label::kotak_longgar(&p.teks).is_some())
                        })
                    });
                    if heading_here || (cells.is_empty() && rj > ri + 1) {
                        break;
                    }
                    if cells.len() > 1 {
                        // "1 | text" cells: one item a row.
                        let text = cells
                            .iter()
                            .map(|x| satu_baris(&x.teks()))
                            .collect::<Vec<_>>()
                            .join(" ");
                        lines.push(Baris {
                            label: None,
                            teks: text,
                        });
                    } else {
                        for x in cells {
                            for b in &x.blok {
                                match b {
                                    Blok::Para(p) => lines.push(baris_para(p)),
                                    Blok::Tabel(inner) => lines.extend(baris_tabel(inner)),
                                }
                            }
                        }
                    }
                }
                found.push((field, lines));
            }
        }
    }
}

/// A nested number | text table: one item a row.
fn baris_tabel(t: &Tabel) -> Vec<Baris> {
    t.baris
        .iter()
        .map(|r| Baris {
            label: None,
            teks: r
                .sel
                .iter()
                .map(|c| satu_baris(&c.teks()))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect()
}

/// A list marker typed at the start of a line: "1.", "1)", "(1)", "a.",
/// "-", "•". Returns the text after it.
pub fn tanpa_nomor(s: &str) -> (bool, &str) {
    let t = s.trim_start();
    for b in [
        '•', '●', '▪', '■', '-', '–', '*', '·', '\u{f0b7}', '○', '◦', '➢', '√', '✓', '>',
    ] {
        if let Some(rest) = t.strip_prefix(b)
            && (rest.starts_with(' ') || rest.starts_with('\t') || b != '-')
        {
            return (true, rest.trim_start());
        }
    }
    let bytes = t.as_bytes();
    let mut i = 0;
    let paren = bytes.first() == Some(&b'(');
    if paren {
        i = 1;
    }
    let start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i - start < 3 {
        i += 1;
    }
    let digits = i > start;
    if !digits
        && i < bytes.len()
        && bytes[i].is_ascii_alphabetic()
        && bytes.get(i + 1).is_some_and(|c| matches!(c, b'.' | b')'))
    {
        // "a." / "b)": a single letter, then the text.
        if bytes.get(i + 2).is_some_and(|c| *c == b' ' || *c == b'\t') {
            return (true, t[i + 2..].trim_start());
        }
        return (false, t);
    }
    if digits {
        match bytes.get(i) {
            // "4, SOP X": a comma typed for the dot.
            Some(b',')
                if !paren
                    && i - start <= 2
                    && t[i + 1..].starts_with(' ')
                    && t[i + 1..]
                        .trim_start()
                        .starts_with(|c: char| c.is_uppercase()) =>
            {
                return (true, t[i + 1..].trim_start());
            }
            // "1.SOP X" and "1. SOP X", but not "1.5 jam" or "2023".
            Some(b'.' | b')') if !paren && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                return (true, t[i + 1..].trim_start());
            }
            Some(b')') if paren => return (true, t[i + 1..].trim_start()),
            Some(b' ' | b'\t') if !paren => {
                // "1 Kepala SKPD ...": a number and a capital.
                let rest = t[i..].trim_start();
                if rest.starts_with(|c: char| c.is_uppercase()) && i - start <= 2 {
                    return (true, rest);
                }
            }
            _ => {}
        }
    }
    (false, t)
}

/// "1. A 2. B 3. C" in one paragraph: split where the numbers follow on.
fn pecah_sebaris(s: &str) -> Vec<String> {
    let (numbered, _) = tanpa_nomor(s);
    if !numbered || !s.trim_start().starts_with('1') {
        return vec![s.to_string()];
    }
    let mut parts = Vec::new();
    let mut rest = s.trim_start();
    let mut n = 2;
    loop {
        let marks = [format!(" {n}."), format!(" {n})"), format!("{n}.")];
        let pos = marks
            .iter()
            .filter_map(|m| {
                rest.match_indices(m.as_str()).map(|(p, _)| p).find(|&p| {
                    p > 2 && {
                        let after = &rest[p + m.len()..];
                        let before = rest[..p].chars().last();
                        !after.starts_with(|c: char| c.is_ascii_digit())
                            && (m.starts_with(' ')
                                || before.is_some_and(|b| {
                                    !b.is_ascii_digit() && !b.is_alphabetic() || b == '.'
                                }))
                            && !rest[..p].trim_end().to_lowercase().ends_with("no")
                            && !rest[..p].trim_end().to_lowercase().ends_with("nomor")
                    }
                })
            })
            .min();
        match pos {
            Some(p) => {
                parts.push(rest[..p].trim().to_string());
                rest = rest[p..].trim_start();
                n += 1;
            }
            None => {
                parts.push(rest.trim().to_string());
                break;
            }
        }
    }
    parts
}

const AWAL_PERATURAN: &[&str] = &[
    "undang",
    "uu",
    "peraturan",
    "pp",
    "perpres",
    "permen",
    "perda",
    "perbup",
    "perwal",
    "pergub",
    "keputusan",
    "kepmen",
    "instruksi",
    "surat edaran",
    "se ",
    "inpres",
    "keppres",
    "qanun",
];

/// The items of a box from its lines: one item per list entry; lines
/// without a marker continue the item before when the list is numbered
/// (a wrapped line), unless they start a regulation of their own.
fn butir(lines: &[Baris]) -> Vec<String> {
    // (line, after a soft break in its paragraph, its paragraph numbered)
    let mut expanded: Vec<(Baris, bool, bool)> = Vec::new();
    for l in lines {
        // A paragraph's list label belongs to its first line only: the
        // lines after a soft break continue the item.
        let bernomor = l.label.is_some() || tanpa_nomor(&satu_baris(&l.teks)).0;
        for (j, part) in l.teks.split('\n').enumerate() {
            for (k, piece) in pecah_sebaris(part).into_iter().enumerate() {
                expanded.push((
                    Baris {
                        label: if j == 0 && k == 0 {
                            l.label.clone()
                        } else {
                            None
                        },
                        teks: piece,
                    },
                    j > 0 && k == 0,
                    bernomor,
                ));
            }
        }
    }
    let mut items: Vec<String> = Vec::new();
    let mut numbered_list = false;
    for (l, lunak, para_bernomor) in expanded {
        let text = satu_baris(&l.teks);
        if teks::kosong(&text) {
            continue;
        }
        let (mut marked, mut rest) = tanpa_nomor(&text);
        // A bare number ("19 Tahun 2018 ...") numbers an item only when it
        // is the next one: after "... Nomor" wrapped by hand it is the
        // regulation's number going on.
        let angka: String = text
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let bare = !angka.is_empty() && text.trim_start()[angka.len()..].starts_with([' ', '\t']);
        // After a soft break inside a numbered item, a bare number is never
        // the next item's: that would have its dot ("... Nomor" ↵ "6 Tahun
        // 2022", item 6 of the list).
        if marked
            && bare
            && !items.is_empty()
            && (angka.parse::<usize>().ok() != Some(items.len() + 1) || (lunak && para_bernomor))
        {
            marked = false;
            rest = &text;
        }
        let marked = marked || l.label.is_some();
        let rest = rest.trim().to_string();
        if rest.is_empty() {
            continue;
        }
        let low = rest.to_lowercase();
        let starts_regulation = AWAL_PERATURAN.iter().any(|p| low.starts_with(p));
        let lower = rest.starts_with(|c: char| c.is_lowercase());
        // A line after a soft break in a numbered paragraph goes on with
        // its item (a long citation wrapped by hand, even before
        // "Undang-Undang ..."). In a list without numbers it goes on when
        // it goes on in lower case, or after a long line left unfinished;
        // a short line in capitals is an item of its own ("Renstra↵Renja").
        let prev = items.last().map_or("", String::as_str);
        let unfinished = !prev.trim_end().ends_with(['.', ';']);
        let continues = !marked
            && !items.is_empty()
            && ((lunak && para_bernomor)
                || (!starts_regulation
                    && ((numbered_list && (lower || unfinished))
                        || (lunak && (lower || (unfinished && prev.chars().count() >= 40))))));
        if continues {
            let last = items.last_mut().expect("not empty");
            last.push(' ');
            last.push_str(&rest);
        } else {
            numbered_list |= marked;
            items.push(rest);
        }
    }
    // "a;", "b;", "c." : separators of the list, when it uses them between
    // every item; one item ending in ";" in a list that does not is
    // written as it is.
    let pemisah = items.len() >= 2
        && items[..items.len() - 1]
            .iter()
            .all(|i| i.trim_end().ends_with([';', ',']));
    items
        .into_iter()
        .map(|i| {
            if pemisah || i.trim_end().ends_with(',') {
                i.trim_end_matches([';', ',']).trim().to_string()
            } else {
                i.trim().to_string()
            }
        })
        .filter(|i| !teks::kosong(i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Baris {
        Baris {
            label: None,
            teks: s.to_string(),
        }
    }

    #[test]
    fn markers() {
        assert_eq!(tanpa_nomor("1. UU 23/2014"), (true, "UU 23/2014"));
        assert_eq!(tanpa_nomor("2) Renja"), (true, "Renja"));
        assert_eq!(tanpa_nomor("(3) Renja"), (true, "Renja"));
        assert_eq!(
            tanpa_nomor("4, SOP Penerbitan SPP"),
            (true, "SOP Penerbitan SPP")
        );
        assert_eq!(tanpa_nomor("2, 3 dan 4 hari"), (false, "2, 3 dan 4 hari"));
        assert_eq!(tanpa_nomor("a. Komputer"), (true, "Komputer"));
        assert_eq!(tanpa_nomor("• Daftar"), (true, "Daftar"));
        assert_eq!(tanpa_nomor("1.5 jam"), (false, "1.5 jam"));
        assert_eq!(tanpa_nomor("2023 laporan"), (false, "2023 laporan"));
    }

    #[test]
    fn items() {
        let lines = [
            b("1. PP No.8/2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian dan Evaluasi"),
            b("Pelaksanaan Rencana Pembangunan."),
            b("2. UU No.25/2004 tentang SPPN."),
            b("Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara"),
        ];
        assert_eq!(
            butir(&lines),
            [
                "PP No.8/2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan.",
                "UU No.25/2004 tentang SPPN.",
                "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara",
            ]
        );
        assert_eq!(
            butir(&[b(
                "1.SOP Pembuatan Kegiatan 2.SOP Penyusunan Laporan Kinerja"
            )]),
            ["SOP Pembuatan Kegiatan", "SOP Penyusunan Laporan Kinerja"]
        );
        assert_eq!(
            butir(&[b("1. Renstra 2. Renja 3. Format IKU 4. Komputer")]),
            ["Renstra", "Renja", "Format IKU", "Komputer"]
        );
        assert_eq!(
            butir(&[b("Permenpan No. 35 Tahun 2012")]),
            ["Permenpan No. 35 Tahun 2012"]
        );
        assert_eq!(butir(&[b("-")]), Vec::<String>::new());
    }

    #[test]
    fn soft_breaks_and_separators() {
        // A long warning wrapped by hand (a soft break) in a box without
        // numbers: one item, as the text goes on in lower case.
        assert_eq!(
            butir(&[b(
                "Penertiban bangunan liar yang tidak sesuai prosedur\ndapat menyebabkan kinerja tidak terukur"
            )]),
            [
                "Penertiban bangunan liar yang tidak sesuai prosedur dapat menyebabkan kinerja tidak terukur"
            ]
        );
        // Items one a line in one cell: each its own.
        assert_eq!(
            butir(&[b("Renstra\nRenja\nPerangkat Komputer")]),
            ["Renstra", "Renja", "Perangkat Komputer"]
        );
        // A regulation's number wrapped onto the next line.
        assert_eq!(
            butir(&[
                b("1. Permen PAN-RB Nomor 35 tahun 2012"),
                b("2. Peraturan Menteri PANRB Nomor\n19 Tahun 2018 tentang Peta Proses Bisnis")
            ]),
            [
                "Permen PAN-RB Nomor 35 tahun 2012",
                "Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Peta Proses Bisnis"
            ]
        );
        // A citation wrapped by hand before the act it implements; a
        // warning wrapped before a capital.
        assert_eq!(
            butir(&[
                b(
                    "1. Peraturan Pemerintah No. 61 Tahun 2010 tentang Pelaksanaan\nUndang-Undang Nomor 14 Tahun 2008"
                ),
                b("2. PP 27/2014")
            ]),
            [
                "Peraturan Pemerintah No. 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
                "PP 27/2014"
            ]
        );
        assert_eq!(
            butir(&[b(
                "Jika penyusunan rencana kerja tidak dilaksanakan sesuai\nSOP, maka kinerja tidak dapat terukur"
            )]),
            [
                "Jika penyusunan rencana kerja tidak dilaksanakan sesuai SOP, maka kinerja tidak dapat terukur"
            ]
        );
        // Regulations one a line without numbers stay apart.
        assert_eq!(
            butir(&[b(
                "UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\nPP Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah"
            )]),
            [
                "UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                "PP Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah"
            ]
        );
        // ... even when the regulation's number is the next item's.
        assert_eq!(
            butir(&[
                b("1. UU 5/2014"),
                b("2. Permenpan Nomor\n3 Tahun 2022 tentang Kinerja")
            ]),
            ["UU 5/2014", "Permenpan Nomor 3 Tahun 2022 tentang Kinerja"]
        );
        // Numbers typed with a tab (no dot) still number the items.
        assert_eq!(
            butir(&[b("1\tKepala Dinas"), b("2\tSekretaris")]),
            ["Kepala Dinas", "Sekretaris"]
        );
        // ";" between every item is the list's separator; a single ";"
        // the source puts on one item stays (the transcription keeps it).
        assert_eq!(
            butir(&[
                b("1. UU 23/2014;"),
                b("2. PP 12/2019;"),
                b("3. Perda 4/2022.")
            ]),
            ["UU 23/2014", "PP 12/2019", "Perda 4/2022."]
        );
        assert_eq!(
            butir(&[
                b("1. UU 23/2014"),
                b("2. Permendagri 52/2011 tentang SOP;"),
                b("3. PP 12/2019")
            ]),
            [
                "UU 23/2014",
                "Permendagri 52/2011 tentang SOP;",
                "PP 12/2019"
            ]
        );
    }
}
