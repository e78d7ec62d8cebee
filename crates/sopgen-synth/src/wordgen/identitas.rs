//! The identity table: the kop cell (logo, PEMERINTAH ..., the agency,
//! the unit lines) beside the rows Nomor SOP ... Nama SOP; and the
//! signatories' blocks.

use std::fmt::Write;

use super::gaya::{TempatPengesahan, TitikDua, VersiWord};
use super::model::{DokumenSop, Penandatangan};
use super::paket::RELS;
use super::tabel::{self, Baris, Gabung, OpsiTabel, Sel};
use super::teks::{Par, Penulis, Rata};

/// Writes the identity table, `lebar` twips wide.
pub fn tulis(w: &mut Penulis, out: &mut String, dok: &DokumenSop, lebar: u32) {
    let colon = w.gaya.titik_dua;
    let kop_w = lebar * 40 / 100;
    let label_w = lebar * 18 / 100;
    let colon_w = if colon == TitikDua::SelSendiri {
        300
    } else {
        0
    };
    let value_w = lebar - kop_w - label_w - colon_w;
    let mut grid = vec![kop_w, label_w];
    if colon_w > 0 {
        grid.push(colon_w);
    }
    grid.push(value_w);
    let label = w.gaya.label.clone();
    let mut rows: Vec<(String, Isi)> = Vec::new();
    if let Some(n) = &dok.nomor {
        rows.push((label.nomor.clone(), Isi::Teks(n.clone())));
    }
    for (l, v) in [
        (&label.pembuatan, &dok.tanggal_pembuatan),
        (&label.revisi, &dok.tanggal_revisi),
        (&label.efektif, &dok.tanggal_efektif),
        (&label.pengesahan, &dok.tanggal_pengesahan),
    ] {
        if let Some(v) = v {
            rows.push((l.clone(), Isi::Teks(v.clone())));
        }
    }
    if w.gaya.pengesahan == TempatPengesahan::Identitas {
        if dok.penandatangan.is_empty() {
            rows.push((label.disahkan.clone(), Isi::Teks(String::new())));
        }
        for p in &dok.penandatangan {
            let l = p.peran.clone().unwrap_or_else(|| label.disahkan.clone());
            rows.push((l, Isi::Tanda(p.clone())));
        }
    }
    rows.push((label.nama.clone(), Isi::Nama(dok.nama.clone())));
    let mut baris = Vec::new();
    let n = rows.len();
    for (k, (l, isi)) in rows.into_iter().enumerate() {
        let mut cells = Vec::new();
        // The kop: one cell merged down the rows.
        if k == 0 {
            let mut kop = String::new();
            kop_isi(w, &mut kop, dok);
            cells.push(Sel::new(kop).gabung(Gabung::Mulai).tengah());
        } else {
            cells.push(Sel::new(String::new()).gabung(Gabung::Lanjut));
        }
        let mut text = if w.gaya.label_kapital {
            l.to_uppercase()
        } else {
            l
        };
        if colon == TitikDua::DiLabel {
            text.push_str(" :");
        }
        let mut lc = String::new();
        w.p(&mut lc, Par::default(), &text);
        cells.push(Sel::new(lc).tengah());
        if colon == TitikDua::SelSendiri {
            let mut cc = String::new();
            w.p(&mut cc, Par::default().tengah(), ":");
            cells.push(Sel::new(cc).tengah());
        }
        let mut vc = String::new();
        match isi {
            Isi::Teks(t) => w.p(&mut vc, Par::isi(), &t),
            Isi::Nama(t) => {
                let par = Par {
                    tebal: true,
                    ..Par::isi()
                };
                if w.derau.field {
                    // The title kept in the document's properties and shown
                    // through a field, as templates do.
                    w.buka_p(&mut vc, &par);
                    w.field_kompleks(&mut vc, &par, " DOCPROPERTY  Title  \\* MERGEFORMAT ", &t);
                    vc.push_str("</w:p>");
                } else {
                    w.p(&mut vc, par, &t);
                }
            }
            Isi::Tanda(p) => blok_tanda(w, &mut vc, &p, Rata::Kiri),
        }
        cells.push(Sel::new(vc).tengah());
        let _ = n;
        baris.push(Baris {
            sel: cells,
            tinggi: Some(380),
            ..Baris::default()
        });
    }
    tabel::tulis(w, out, &grid, &baris, OpsiTabel::default());
}

enum Isi {
    Teks(String),
    Nama(String),
    Tanda(Penandatangan),
}

fn kop_isi(w: &mut Penulis, out: &mut String, dok: &DokumenSop) {
    if w.gaya.logo {
        w.logo = true;
        let mut run = String::new();
        logo_run(w, &mut run);
        w.p_xml(out, Par::default().tengah(), &run);
    }
    let bold = Par {
        ukuran: Some(w.gaya.ukuran + 2),
        ..Par::isi().tengah().tebal()
    };
    if let Some(p) = &dok.pemerintah {
        w.p(out, bold, p);
    }
    if let Some(i) = &dok.instansi {
        w.p(out, bold, i);
    }
    for u in &dok.unit {
        w.p(out, Par::isi().tengah().tebal(), u);
    }
}

/// An inline picture: the agency's emblem.
fn logo_run(w: &mut Penulis, out: &mut String) {
    let id = w.ids.next_doc_pr();
    let wp14 = if w.gaya.versi == VersiWord::Word2007 {
        String::new()
    } else {
        format!(
            " wp14:anchorId=\"{}\" wp14:editId=\"{}\"",
            w.ids.hex8(),
            w.ids.hex8()
        )
    };
    let size = 685_800; // 0.75 in
    let _ = write!(
        out,
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"{wp14}><wp:extent cx=\"{size}\" cy=\"{size}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"{id}\" name=\"Picture {id}\" descr=\"logo\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"{}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{size}\" cy=\"{size}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
        RELS.logo
    );
}

/// A signatory's block in one cell: jabatan, room for the signature,
/// nama (bold, underlined), pangkat, NIP.
pub fn blok_tanda(w: &mut Penulis, out: &mut String, p: &Penandatangan, rata: Rata) {
    let par = Par { rata, ..Par::isi() };
    w.p(out, par, &p.jabatan);
    for _ in 0..3 {
        w.p_xml(
            out,
            Par {
                rata,
                ..Par::default()
            },
            "",
        );
    }
    if let Some(n) = &p.nama {
        w.p(
            out,
            Par {
                tebal: true,
                garis_bawah: true,
                ..par
            },
            n,
        );
    }
    if let Some(pk) = &p.pangkat {
        w.p(out, par, pk);
    }
    if let Some(nip) = &p.nip {
        // A NIP the form prints with a prefix of its own ("N.P. ...") is
        // kept as it is.
        if nip.starts_with(|c: char| c.is_ascii_digit()) {
            w.p(out, par, &format!("NIP. {nip}"));
        } else {
            w.p(out, par, nip);
        }
    }
}

/// The signatories as a block of their own (after the boxes or after the
/// procedure): one column each, in a table without borders; a single
/// signatory to the right.
pub fn tulis_blok(w: &mut Penulis, out: &mut String, dok: &DokumenSop, lebar: u32) {
    if dok.penandatangan.is_empty() {
        return;
    }
    let n = dok.penandatangan.len() as u32;
    let (grid, pad) = if n == 1 {
        (vec![lebar * 6 / 10, lebar - lebar * 6 / 10], true)
    } else {
        ((0..n).map(|_| lebar / n).collect(), false)
    };
    let mut cells = Vec::new();
    if pad {
        cells.push(Sel::new(String::new()));
    }
    let disahkan = w.gaya.label.disahkan.clone();
    for p in &dok.penandatangan {
        let mut c = String::new();
        let peran = p.peran.clone().unwrap_or_else(|| disahkan.clone());
        w.p(&mut c, Par::default().tengah(), &peran);
        blok_tanda(w, &mut c, p, Rata::Tengah);
        cells.push(Sel::new(c));
    }
    tabel::tulis(
        w,
        out,
        &grid,
        &[Baris {
            sel: cells,
            ..Baris::default()
        }],
        OpsiTabel {
            tanpa_garis: true,
            indent: 0,
        },
    );
}
