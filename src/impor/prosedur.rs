//! The procedure table: its two-row header with merged cells (Pelaksana
//! and Mutu Baku over their columns), the columns' roles whatever their
//! names, and the rows that are steps, over repeated headers, column
//! number rows, continuation tables and empty rows.

use super::dokumen::{Baris, Sel, Tabel};
use super::kotak::tanpa_nomor;
use super::label::{self, Kolom};
use super::teks::{self, judul, kunci, satu_baris};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Peran {
    No,
    Kegiatan,
    /// An actor's lane: index into [`Kepala::lajur`].
    Lajur(usize),
    Kelengkapan,
    Waktu,
    Output,
    Keterangan,
    PenanggungJawab,
}

#[derive(Debug, Clone)]
pub struct Lajur {
    pub nama: String,
    pub kol0: usize,
    pub kol1: usize,
}

#[derive(Debug, Clone)]
pub struct Kepala {
    /// The first header row.
    pub baris: usize,
    /// How many header rows (1 or 2).
    pub tinggi: usize,
    /// The role of each grid column.
    pub peran: Vec<Option<Peran>>,
    pub lajur: Vec<Lajur>,
    pub satuan_waktu: Option<&'static str>,
    /// The header rows' texts, to recognise them when repeated.
    pub teks: Vec<String>,
}

fn sel_teks(c: Option<&Sel>) -> String {
    c.map(|c| satu_baris(&c.teks())).unwrap_or_default()
}

/// The procedure header of a table, if it has one.
pub fn kepala(t: &Tabel) -> Option<Kepala> {
    let h = t.baris.iter().take(60).position(kepala_baris)?;
    let row = &t.baris[h];
    let n = t.lebar_kolom();
    let next = t.baris.get(h + 1);
    let grouped = row.sel.iter().any(|c| {
        matches!(
            label::kolom(&c.teks()),
            Some(Kolom::Pelaksana | Kolom::MutuBaku)
        )
    });
    let sub = next.filter(|r| {
        let subs = r
            .sel
            .iter()
            .filter(|c| {
                matches!(
                    label::kolom(&c.teks()),
                    Some(Kolom::Kelengkapan | Kolom::Waktu | Kolom::Output)
                )
            })
            .count();
        grouped || subs >= 2 || r.sel.iter().any(|c| c.lanjut)
    });
    let mut peran = vec![None; n];
    let mut lajur: Vec<Lajur> = Vec::new();
    let mut satuan_waktu = None;
    let mut mutu_urut = 0;
    let mut k = 0;
    while k < n {
        let top_cell = row.sel_di(k);
        let top = sel_teks(top_cell);
        let sub_cell = sub.and_then(|r| r.sel_di(k)).filter(|c| !c.lanjut);
        let sub_text = sel_teks(sub_cell);
        let top_kind = label::kolom(&top);
        let span_end = |c: Option<&Sel>| c.map_or(k + 1, |c| c.kol + c.span);
        match top_kind {
            Some(Kolom::Pelaksana) => {
                let end = if sub_cell.is_some() {
                    span_end(sub_cell)
                } else {
                    k + 1
                };
                let nama = if sub_text.is_empty() {
                    String::new()
                } else {
                    judul(&sub_text)
                };
                lajur.push(Lajur {
                    nama,
                    kol0: k,
                    kol1: end,
                });
                for p in peran.iter_mut().take(end.min(n)).skip(k) {
                    *p = Some(Peran::Lajur(lajur.len() - 1));
                }
                k = end;
                continue;
            }
            Some(Kolom::MutuBaku) => {
                let kind = label::kolom(&sub_text);
                let role = match kind {
                    Some(Kolom::Kelengkapan) => Peran::Kelengkapan,
                    Some(Kolom::Waktu) => Peran::Waktu,
                    Some(Kolom::Output) => Peran::Output,
                    _ => [Peran::Kelengkapan, Peran::Waktu, Peran::Output][mutu_urut.min(2)],
                };
                if role == Peran::Waktu {
                    satuan_waktu = satuan_waktu.or(label::satuan_kolom(&sub_text));
                }
                mutu_urut += 1;
                let end = span_end(sub_cell).max(k + 1);
                for p in peran.iter_mut().take(end.min(n)).skip(k) {
                    *p = Some(role);
                }
                k = end;
                continue;
            }
            _ => {}
        }
        let kind = top_kind.or_else(|| label::kolom(&sub_text));
        let role = match kind {
            Some(Kolom::No) => Some(Peran::No),
            Some(Kolom::Kegiatan) => Some(Peran::Kegiatan),
            Some(Kolom::Kelengkapan) => Some(Peran::Kelengkapan),
            Some(Kolom::Waktu) => {
                satuan_waktu = satuan_waktu
                    .or(label::satuan_kolom(&top))
                    .or(label::satuan_kolom(&sub_text));
                Some(Peran::Waktu)
            }
            Some(Kolom::Output) => Some(Peran::Output),
            Some(Kolom::Keterangan) => Some(Peran::Keterangan),
            Some(Kolom::PenanggungJawab) => Some(Peran::PenanggungJawab),
            _ => None,
        };
        let end = span_end(top_cell).max(k + 1);
        if let Some(role) = role {
            for p in peran.iter_mut().take(end.min(n)).skip(k) {
                *p = Some(role);
            }
        } else if !top.is_empty() || !sub_text.is_empty() {
            // An unnamed group: actors as headings of their own, between
            // Kegiatan and Mutu Baku.
            let after_kegiatan = peran[..k].contains(&Some(Peran::Kegiatan));
            let mutu_seen = peran[..k]
                .iter()
                .any(|p| matches!(p, Some(Peran::Kelengkapan | Peran::Waktu | Peran::Output)));
            if after_kegiatan && !mutu_seen {
                let nama = if sub_text.is_empty() {
                    top.clone()
                } else {
                    sub_text.clone()
                };
                let end = if sub_cell.is_some() {
                    span_end(sub_cell)
                } else {
                    end
                };
                lajur.push(Lajur {
                    nama: judul(&nama),
                    kol0: k,
                    kol1: end,
                });
                for p in peran.iter_mut().take(end.min(n)).skip(k) {
                    *p = Some(Peran::Lajur(lajur.len() - 1));
                }
                k = end;
                continue;
            }
        }
        k = end;
    }
    if !peran.contains(&Some(Peran::Kegiatan)) {
        return None;
    }
    let tinggi = if sub.is_some() { 2 } else { 1 };
    let teks = t.baris[h..h + tinggi]
        .iter()
        .map(|r| {
            r.sel
                .iter()
                .map(|c| kunci(&c.teks()))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    Some(Kepala {
        baris: h,
        tinggi,
        peran,
        lajur,
        satuan_waktu,
        teks,
    })
}

fn kepala_baris(r: &Baris) -> bool {
    let kinds: Vec<Kolom> = r
        .sel
        .iter()
        .filter_map(|c| label::kolom(&c.teks()))
        .collect();
    kinds.contains(&Kolom::Kegiatan)
        && kinds.iter().any(|k| {
            matches!(
                k,
                Kolom::Pelaksana
                    | Kolom::MutuBaku
                    | Kolom::No
                    | Kolom::Waktu
                    | Kolom::Output
                    | Kolom::Kelengkapan
            )
        })
}

/// A row of column numbers under the header: "1 2 3 ... 11".
pub fn baris_nomor_kolom(r: &Baris) -> bool {
    let nums: Vec<u32> = r
        .sel
        .iter()
        .map(|c| satu_baris(&c.teks()))
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('.').parse::<u32>().ok())
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    nums.len() >= 3 && nums.windows(2).all(|w| w[1] == w[0] + 1)
}

/// A row that repeats the header (on a new page, or at a continuation table).
fn baris_kepala_ulang(r: &Baris, k: &Kepala) -> bool {
    let t = r
        .sel
        .iter()
        .map(|c| kunci(&c.teks()))
        .collect::<Vec<_>>()
        .join("|");
    k.teks.contains(&t) || kepala_baris(r) || {
        // The sub-header row: every non-empty cell a lane name or Mutu Baku heading.
        let cells: Vec<String> = r
            .sel
            .iter()
            .map(|c| satu_baris(&c.teks()))
            .filter(|s| !s.is_empty())
            .collect();
        cells.len() >= 2
            && cells.iter().all(|s| {
                matches!(
                    label::kolom(s),
                    Some(Kolom::Kelengkapan | Kolom::Waktu | Kolom::Output)
                ) || k.lajur.iter().any(|l| kunci(&l.nama) == kunci(s))
            })
    }
}

fn kolom_dengan(k: &Kepala, p: Peran) -> Vec<usize> {
    (0..k.peran.len())
        .filter(|&i| k.peran[i] == Some(p))
        .collect()
}

/// The text of the cells with role `p` in row `ri`, and the first of them
/// (through vertical merges).
fn teks_peran<'a>(
    t: &'a Tabel,
    k: &Kepala,
    r: &'a Baris,
    ri: usize,
    p: Peran,
) -> (String, Option<&'a Sel>) {
    let mut seen = Vec::new();
    let mut parts = Vec::new();
    let mut first = None;
    for kol in kolom_dengan(k, p) {
        if let Some(c) = r.sel_di(kol) {
            if seen.contains(&c.kol) {
                continue;
            }
            seen.push(c.kol);
            let c = if c.lanjut {
                t.sel_isi(ri, kol).unwrap_or(c)
            } else {
                c
            };
            first.get_or_insert(c);
            parts.push(c.teks());
        }
    }
    (parts.join("\n"), first)
}

/// A step as its row says it.
#[derive(Debug, Clone, Default)]
pub struct BarisLangkah {
    /// Index of the table in the procedure's tables.
    pub tabel: usize,
    /// The table's number in the document, and its name, for notes.
    pub tabel_no: usize,
    pub tabel_nama: String,
    pub baris: usize,
    /// The last row of the step (rows merged under its Kegiatan cell).
    pub baris_akhir: usize,
    pub no: Option<u32>,
    pub kegiatan: String,
    /// Per lane of the procedure: the cell's text and shading.
    pub tanda: Vec<(usize, String, bool)>,
    pub kelengkapan: Vec<String>,
    pub waktu: String,
    pub output: Vec<String>,
    pub keterangan: String,
    pub penanggung_jawab: String,
    /// Rows whose text was carried over into this step.
    pub sambungan: Vec<usize>,
}

/// Items of a Mutu Baku cell: one a paragraph ("Berkas permohonan" ↵
/// "Undangan rapat"), bulleted or not; a paragraph that goes on in lower
/// case, or after a word or mark that cannot end a phrase, continues the
/// one before (an Enter typed in the middle of a long text).
fn isi_daftar(c: &Sel) -> Vec<String> {
    let paras: Vec<(bool, String)> = c
        .paragraf()
        .iter()
        .filter(|p| !teks::kosong(&p.teks))
        .map(|p| {
            let (m, rest) = tanpa_nomor(&p.teks);
            (m || p.label.is_some(), satu_baris(rest))
        })
        .filter(|(_, s)| !teks::kosong(s))
        .collect();
    let mut items: Vec<String> = Vec::new();
    for (marked, text) in paras {
        match items.last_mut() {
            Some(last) if !marked && lanjutan(last, &text) => {
                last.push(' ');
                last.push_str(&text);
            }
            _ => items.push(text),
        }
    }
    items
}

/// Words a phrase does not end with: a paragraph after one goes on with it.
const KATA_SAMBUNG: &[&str] = &[
    "dan", "atau", "serta", "yang", "untuk", "dari", "ke", "di", "pada", "dengan", "oleh", "bagi",
    "dalam", "tentang", "sebagai", "beserta", "&",
];

/// Whether `next` continues the text `prev` rather than starting an item.
fn lanjutan(prev: &str, next: &str) -> bool {
    if next.starts_with(|c: char| c.is_lowercase()) {
        return true;
    }
    if prev.ends_with(['-', ',', '/', '(']) {
        return true;
    }
    let last = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
    KATA_SAMBUNG.contains(&last.as_str())
}

/// The steps of one table of the procedure, from row `dari`. `map` gives
/// each of this table's lanes its index among the procedure's lanes.
pub fn langkah<'a>(
    t: &'a Tabel,
    tabel: usize,
    k: &Kepala,
    dari: usize,
    map: &[usize],
    out: &mut Vec<BarisLangkah>,
) {
    let kolom_dengan = |p: Peran| kolom_dengan(k, p);
    let teks_peran = |r: &'a Baris, ri: usize, p: Peran| teks_peran(t, k, r, ri, p);
    let has_no = k.peran.contains(&Some(Peran::No));
    for ri in dari..t.baris.len() {
        let r = &t.baris[ri];
        if baris_nomor_kolom(r) || (r.header && ri > k.baris) || baris_kepala_ulang(r, k) {
            continue;
        }
        let kegiatan_cell = kolom_dengan(Peran::Kegiatan)
            .first()
            .and_then(|&kol| r.sel_di(kol));
        let merged = kegiatan_cell.is_some_and(|c| c.lanjut);
        let (no_text, no_cell) = teks_peran(r, ri, Peran::No);
        let (mut kegiatan, _) = teks_peran(r, ri, Peran::Kegiatan);
        if merged {
            if let Some(last) = out.last_mut().filter(|l| l.tabel == tabel) {
                last.baris_akhir = ri;
                tanda(r, k, map, &mut last.tanda);
            }
            continue;
        }
        let mut no = no_text
            .trim()
            .trim_end_matches(['.', ')'])
            .trim()
            .parse::<u32>()
            .ok()
            .or_else(|| {
                no_cell
                    .and_then(|c| c.paragraf().first().and_then(|p| p.label.clone()))
                    .and_then(|l| l.trim_end_matches(['.', ')']).parse().ok())
            });
        if !has_no || no.is_none() {
            // "1. Kepala Dinas memerintahkan ..." under "Uraian Prosedur".
            let first_para_label = kegiatan_cell
                .and_then(|c| c.paragraf().first().and_then(|p| p.label.clone()))
                .and_then(|l| l.trim_end_matches(['.', ')']).parse::<u32>().ok());
            let lead: String = kegiatan
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Some(n) = first_para_label {
                no = no.or(Some(n));
                kegiatan = kegiatan
                    .split_once(' ')
                    .map_or(String::new(), |(_, r)| r.to_string());
            } else if !lead.is_empty() && tanpa_nomor(&kegiatan).0 {
                no = no.or(lead.parse().ok());
                kegiatan = tanpa_nomor(&kegiatan).1.to_string();
            }
        }
        let kegiatan = satu_baris(&kegiatan);
        if teks::kosong(&kegiatan) {
            // An empty row, or one holding only symbols or a page's connector.
            let content = r.sel.iter().any(|c| !c.kosong());
            if !content || no.is_none() {
                continue;
            }
        }
        // A row with no number under a numbered step, its text going on in
        // lower case: the step's text carried over to a row of its own (a
        // page break, or Enter pressed at the end of a row).
        let carried = has_no
            && no.is_none()
            && kegiatan.starts_with(|c: char| c.is_lowercase())
            && out
                .last()
                .is_some_and(|l| l.tabel == tabel && l.no.is_some());
        if carried {
            let last = out.last_mut().expect("checked");
            last.kegiatan.push(' ');
            last.kegiatan.push_str(&kegiatan);
            last.baris_akhir = ri;
            last.sambungan.push(ri);
            tanda(r, k, map, &mut last.tanda);
            continue;
        }
        let mut step = BarisLangkah {
            tabel,
            tabel_no: t.no,
            tabel_nama: t.nama(),
            baris: ri,
            baris_akhir: ri,
            no,
            kegiatan,
            ..BarisLangkah::default()
        };
        tanda(r, k, map, &mut step.tanda);
        let cell = |p: Peran| kolom_dengan(p).first().and_then(|&kol| r.sel_di(kol));
        step.kelengkapan = cell(Peran::Kelengkapan).map(isi_daftar).unwrap_or_default();
        step.output = cell(Peran::Output).map(isi_daftar).unwrap_or_default();
        step.waktu = satu_baris(&teks_peran(r, ri, Peran::Waktu).0);
        step.keterangan = satu_baris(&teks_peran(r, ri, Peran::Keterangan).0);
        step.penanggung_jawab = satu_baris(&teks_peran(r, ri, Peran::PenanggungJawab).0);
        out.push(step);
    }
}

fn tanda(r: &Baris, k: &Kepala, map: &[usize], out: &mut Vec<(usize, String, bool)>) {
    for (li, l) in k.lajur.iter().enumerate() {
        let cells: Vec<&Sel> = r
            .sel
            .iter()
            .filter(|c| {
                c.kol < l.kol1 && c.kol + c.span > l.kol0 && c.span <= (l.kol1 - l.kol0).max(1) + 1
            })
            .collect();
        let text = cells
            .iter()
            .map(|c| satu_baris(&c.teks()))
            .collect::<Vec<_>>()
            .join(" ");
        let arsir = cells.iter().any(|c| c.arsir);
        let lane = map.get(li).copied().unwrap_or(li);
        if let Some(e) = out.iter_mut().find(|e| e.0 == lane) {
            if !text.is_empty() {
                e.1.push(' ');
                e.1.push_str(&text);
            }
            e.2 |= arsir;
        } else {
            out.push((lane, text, arsir));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_number_rows() {
        let row = |texts: &[&str]| Baris {
            sel: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Sel {
                    kol: i,
                    span: 1,
                    blok: vec![super::super::dokumen::Blok::Para(
                        super::super::dokumen::Para {
                            teks: t.to_string(),
                            ..Default::default()
                        },
                    )],
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        assert!(baris_nomor_kolom(&row(&["1", "2", "3", "4"])));
        assert!(!baris_nomor_kolom(&row(&["1", "Menerima surat", "", ""])));
        assert!(!baris_nomor_kolom(&row(&["1", "3"])));
    }

    fn sel(paras: &[&str]) -> Sel {
        Sel {
            blok: paras
                .iter()
                .map(|t| {
                    super::super::dokumen::Blok::Para(super::super::dokumen::Para {
                        teks: t.to_string(),
                        ..Default::default()
                    })
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn mutu_baku_items_one_a_paragraph() {
        // Two things needed, one a line: two items (they were joined into
        // one text, "Berkas yang telah diteliti Undangan rapat").
        assert_eq!(
            isi_daftar(&sel(&["Berkas yang telah diteliti", "", "Undangan rapat"])),
            ["Berkas yang telah diteliti", "Undangan rapat"]
        );
        // An Enter in the middle of a text: it goes on in lower case, or
        // after a word that cannot end it.
        assert_eq!(
            isi_daftar(&sel(&["Format data kinerja", "yang sudah diisi"])),
            ["Format data kinerja yang sudah diisi"]
        );
        assert_eq!(
            isi_daftar(&sel(&["Laporan dan", "Data Pendukung"])),
            ["Laporan dan Data Pendukung"]
        );
        assert_eq!(isi_daftar(&sel(&["-"])), Vec::<String>::new());
        assert_eq!(
            isi_daftar(&sel(&["1. Nota dinas", "2. Disposisi"])),
            ["Nota dinas", "Disposisi"]
        );
    }
}
