//! The six boxes, two a row: Dasar Hukum | Kualifikasi Pelaksana,
//! Keterkaitan | Peralatan/Perlengkapan, Peringatan | Pencatatan dan
//! Pendataan.

use super::gaya::Butir;
use super::model::DokumenSop;
use super::tabel::{self, Baris, OpsiTabel, Sel};
use super::teks::{NUM_BULLET, Par, Penulis};

pub fn tulis(w: &mut Penulis, out: &mut String, dok: &DokumenSop, lebar: u32) {
    let isi: [&[String]; 6] = [
        &dok.dasar_hukum,
        &dok.kualifikasi_pelaksana,
        &dok.keterkaitan,
        &dok.peralatan_perlengkapan,
        &dok.peringatan,
        &dok.pencatatan_pendataan,
    ];
    let half = lebar / 2;
    let grid = [half, lebar - half];
    let mut baris = Vec::new();
    for pair in 0..3 {
        let mut heads = Vec::new();
        let mut bodies = Vec::new();
        for k in [2 * pair, 2 * pair + 1] {
            let mut judul = w.gaya.label.kotak[k].clone();
            if w.gaya.label_kapital {
                judul = judul.to_uppercase();
            }
            if w.gaya.judul_kotak_titik_dua {
                judul.push(':');
            }
            let mut h = String::new();
            w.p(&mut h, Par::default().tebal(), &judul);
            let mut b = String::new();
            if w.gaya.kotak_tanpa_nomor[k] {
                for t in isi[k] {
                    w.p(&mut b, Par::isi(), t);
                }
                if isi[k].is_empty() {
                    w.p_kosong(&mut b);
                }
            } else {
                butir(w, &mut b, isi[k], half);
            }
            w.mungkin_kosong(&mut b, 0.3);
            if w.gaya.judul_kotak_baris_sendiri {
                heads.push(Sel::new(h));
                bodies.push(Sel::new(b));
            } else {
                h.push_str(&b);
                bodies.push(Sel::new(h));
            }
        }
        if !heads.is_empty() {
            baris.push(Baris {
                sel: heads,
                ..Baris::default()
            });
        }
        baris.push(Baris {
            sel: bodies,
            ..Baris::default()
        });
    }
    tabel::tulis(w, out, &grid, &baris, OpsiTabel::default());
}

/// The items of a box: numbered when there are several.
pub fn butir(w: &mut Penulis, out: &mut String, items: &[String], lebar: u32) {
    if items.is_empty() {
        w.p_kosong(out);
        return;
    }
    if items.len() == 1 {
        w.p(out, Par::isi(), &items[0]);
        return;
    }
    match w.gaya.butir {
        Butir::Ketik => {
            for (k, t) in items.iter().enumerate() {
                let sep = if w.derau.tab { "\t" } else { " " };
                let par = Par {
                    indent: Some((360, 360)),
                    ..Par::isi()
                };
                w.p(out, par, &format!("{}.{sep}{t}", k + 1));
            }
        }
        Butir::Penomoran => {
            let num = w.daftar_baru();
            for t in items {
                let par = Par {
                    num: Some((num, 0)),
                    indent: Some((360, 360)),
                    ..Par::isi()
                };
                w.p(out, par, t);
            }
        }
        Butir::TabelNomor => {
            let nw = 450;
            let grid = [nw, lebar.saturating_sub(nw + 2 * 108 + 30)];
            let mut baris = Vec::new();
            for (k, t) in items.iter().enumerate() {
                let mut a = String::new();
                w.p(&mut a, Par::default(), &format!("{}.", k + 1));
                let mut b = String::new();
                w.p(&mut b, Par::isi(), t);
                baris.push(Baris {
                    sel: vec![Sel::new(a), Sel::new(b)],
                    ..Baris::default()
                });
            }
            tabel::tulis(
                w,
                out,
                &grid,
                &baris,
                OpsiTabel {
                    tanpa_garis: true,
                    indent: 0,
                },
            );
            // Word keeps a paragraph after a nested table.
            w.p_kosong(out);
        }
    }
}

/// Kelengkapan or output items in a procedure cell: bullets, or one line
/// each.
pub fn mutu(w: &mut Penulis, out: &mut String, items: &[String]) {
    if items.is_empty() {
        w.p_kosong(out);
        return;
    }
    for t in items {
        let par = if w.gaya.butir_mutu_baku {
            Par {
                num: Some((NUM_BULLET, 0)),
                indent: Some((317, 317)),
                ..Par::isi()
            }
        } else {
            Par::isi()
        };
        w.p(out, par, t);
    }
}
