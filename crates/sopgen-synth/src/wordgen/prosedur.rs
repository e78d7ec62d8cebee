//! The procedure table: two header rows (Pelaksana and Mutu Baku over
//! their sub-columns, the other headings merged down), an optional row of
//! column numbers, one row per step, the flowchart's shapes in the lane
//! cells; split over pages.

use super::gambar::{Gambar, IsiSel};

/// Spacing after the procedure's title paragraph (twips).
pub const JARAK_JUDUL: u32 = 120;
use super::gaya::Pecah;
use super::kotak;
use super::model::DokumenSop;
use super::tabel::{self, Baris, Gabung, OpsiTabel, Sel};
use super::tata::{JenisBaris, Kolom, Tata};
use super::teks::{Par, Penulis};

/// Writes the procedure: a paragraph (the title, or an empty one) that
/// starts the page, then the table(s). `halaman_baru`: that paragraph
/// starts a new page (no section break does).
pub fn tulis(
    w: &mut Penulis,
    out: &mut String,
    dok: &DokumenSop,
    tata: &Tata,
    isi: &Gambar,
    halaman_baru: bool,
) {
    let judul = |w: &mut Penulis, out: &mut String, p: usize, runs: &str| {
        let first = p == 0;
        match (&w.gaya.judul_prosedur.clone(), first) {
            (Some(j), true) => {
                let par = Par {
                    setelah: Some(JARAK_JUDUL),
                    halaman_baru,
                    ..Par::default().tengah().tebal()
                };
                w.buka_p(out, &par);
                out.push_str(runs);
                w.runs(out, &par, j);
                out.push_str("</w:p>");
            }
            _ => {
                let par = Par {
                    halaman_baru: halaman_baru || !first,
                    ..Par::default()
                };
                w.p_xml(out, par, runs);
            }
        }
    };
    let kepala = baris_kepala(w, dok, tata);
    let mut rows_of_page: Vec<Vec<Baris>> = vec![Vec::new(); tata.jumlah_halaman];
    for (r, b) in tata.baris.iter().enumerate() {
        let row = baris_badan(w, dok, tata, &isi.sel, r);
        rows_of_page[b.halaman].push(row);
    }
    let pecah = w.gaya.pecah;
    match pecah {
        Pecah::UlangKepala | Pecah::TanpaUlang => {
            judul(w, out, 0, "");
            let mut all = kepala.clone();
            for b in &mut all {
                b.kepala = pecah == Pecah::UlangKepala;
            }
            for rows in rows_of_page {
                all.extend(rows);
            }
            tabel::tulis(w, out, &tata.grid, &all, OpsiTabel::default());
        }
        Pecah::TabelTerpisah => {
            let n = rows_of_page.len();
            let _ = n;
            for (p, rows) in rows_of_page.into_iter().enumerate() {
                // Each page's table after a paragraph that starts the page
                // (and holds the page's canvas, when there is one).
                let runs = isi.halaman.get(p).cloned().unwrap_or_default();
                judul(w, out, p, &runs);
                let mut all = kepala.clone();
                all.extend(rows);
                tabel::tulis(w, out, &tata.grid, &all, OpsiTabel::default());
            }
        }
    }
}

fn sel_teks(w: &mut Penulis, text: &str, par: Par) -> String {
    let mut s = String::new();
    w.p(&mut s, par, text);
    s
}

fn baris_kepala(w: &mut Penulis, dok: &DokumenSop, tata: &Tata) -> Vec<Baris> {
    let l = w.gaya.label.clone();
    let kapital = w.gaya.label_kapital;
    let cap = |s: &str| {
        if kapital {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    };
    let head = Par::default().tengah().tebal();
    let mut r1 = Vec::new();
    let mut r2 = Vec::new();
    let mut k = 0;
    while k < tata.kolom.len() {
        match tata.kolom[k] {
            Kolom::Lane(_) => {
                let n = dok.pelaksana.len() as u32;
                r1.push(
                    Sel::new(sel_teks(w, &cap(&l.pelaksana), head))
                        .span(n)
                        .tengah()
                        .arsir(),
                );
                for name in &dok.pelaksana {
                    r2.push(Sel::new(sel_teks(w, name, head)).tengah().arsir());
                }
                k += n as usize;
            }
            Kolom::Kelengkapan => {
                r1.push(
                    Sel::new(sel_teks(w, &cap(&l.mutu_baku), head))
                        .span(3)
                        .tengah()
                        .arsir(),
                );
                for t in [&l.kelengkapan, &l.waktu, &l.output] {
                    r2.push(Sel::new(sel_teks(w, &cap(t), head)).tengah().arsir());
                }
                k += 3;
            }
            c => {
                let t = match c {
                    Kolom::No => &l.no,
                    Kolom::Kegiatan => &l.kegiatan,
                    Kolom::Keterangan => &l.keterangan,
                    _ => &l.penanggung_jawab,
                };
                r1.push(
                    Sel::new(sel_teks(w, &cap(t), head))
                        .gabung(Gabung::Mulai)
                        .tengah()
                        .arsir(),
                );
                r2.push(Sel::new(String::new()).gabung(Gabung::Lanjut).arsir());
                k += 1;
            }
        }
    }
    let mut rows = vec![
        Baris {
            sel: r1,
            tinggi: Some(tata.kepala[0]),
            ..Baris::default()
        },
        Baris {
            sel: r2,
            tinggi: Some(tata.kepala[1]),
            ..Baris::default()
        },
    ];
    if w.gaya.baris_nomor_kolom {
        let small = Par {
            ukuran: Some(8),
            ..Par::default().tengah()
        };
        let sel = (1..=tata.kolom.len())
            .map(|n| Sel::new(sel_teks(w, &n.to_string(), small)).arsir())
            .collect();
        rows.push(Baris {
            sel,
            tinggi: Some(tata.kepala[2]),
            ..Baris::default()
        });
    }
    rows
}

fn baris_badan(w: &mut Penulis, dok: &DokumenSop, tata: &Tata, isi: &IsiSel, r: usize) -> Baris {
    let row = tata.baris[r];
    let step = match row.jenis {
        JenisBaris::Langkah(i) => Some(i),
        JenisBaris::Penghubung => None,
    };
    let mut cells = Vec::new();
    for &k in &tata.kolom {
        let mut c = String::new();
        match (k, step) {
            (Kolom::Lane(lane), _) => {
                let runs = isi.get(&(r, lane)).map(String::as_str).unwrap_or("");
                w.p_xml(&mut c, Par::default().tengah(), runs);
            }
            (_, None) => w.p_kosong(&mut c),
            (Kolom::No, Some(i)) => {
                let n = dok.nomor_langkah(i);
                let text = if w.gaya.nomor_bertitik {
                    format!("{n}.")
                } else {
                    n.to_string()
                };
                w.p(&mut c, Par::default().tengah(), &text);
            }
            (Kolom::Kegiatan, Some(i)) => {
                let l = &dok.langkah[i];
                let text = if w.gaya.nomor_dalam_kegiatan {
                    format!("{}. {}", dok.nomor_langkah(i), l.kegiatan)
                } else {
                    l.kegiatan.clone()
                };
                w.p(&mut c, Par::isi(), &text);
                w.mungkin_kosong(&mut c, 0.15);
            }
            (Kolom::Kelengkapan, Some(i)) => kotak::mutu(w, &mut c, &dok.langkah[i].kelengkapan),
            (Kolom::Output, Some(i)) => kotak::mutu(w, &mut c, &dok.langkah[i].output),
            (Kolom::Waktu, Some(i)) => {
                let t = dok.langkah[i].waktu.clone().unwrap_or_default();
                w.p(&mut c, Par::isi().tengah(), &t);
            }
            (Kolom::Keterangan, Some(i)) => {
                let t = dok.langkah[i].keterangan.clone().unwrap_or_default();
                w.p(&mut c, Par::isi(), &t);
            }
            (Kolom::PenanggungJawab, Some(i)) => {
                let t = dok.langkah[i].penanggung_jawab.clone().unwrap_or_default();
                w.p(&mut c, Par::isi(), &t);
            }
        }
        let mut s = Sel::new(c);
        if matches!(k, Kolom::No | Kolom::Waktu) {
            s = s.tengah();
        }
        cells.push(s);
    }
    Baris {
        sel: cells,
        tinggi: Some(row.tinggi),
        tak_terpisah: true,
        ..Baris::default()
    }
}
