//! A writer of SOP-AP documents as agencies' Word files hold them, for the
//! importer's tests and benchmark: the identity table, the six boxes, the
//! procedure table with its flowchart drawn in the lanes, in the encodings
//! Word 2007–365 use (DrawingML with a VML fallback, VML alone, a group or
//! drawing canvas over the table), with the noise of hand editing.
//!
//! [`ke_docx`] writes a [`DokumenSop`] in a [`Gaya`]; [`acak`] makes
//! varied documents from a seed for round trips.

pub mod acak;
mod bagan;
mod gambar;
pub mod gaya;
mod identitas;
mod kotak;
mod logo;
pub mod model;
mod paket;
mod prosedur;
mod tabel;
mod tata;
mod teks;
mod xml;

use std::fmt::Write;

pub use acak::{dokumen, dokumen_banyak, gaya_acak};
pub use gaya::{
    Butir, Derau, Gaya, Kertas, Kodean, Label, Pecah, Penghubung, Sambungan, Tempat,
    TempatPengesahan, TitikDua, VersiWord,
};
pub use model::{DokumenSop, Langkah, Penandatangan};

use tata::{Halaman, Tata};
use teks::{Par, Penulis};

/// The .docx bytes of `dok` written in `gaya`.
pub fn ke_docx(dok: &DokumenSop, gaya: &Gaya) -> Vec<u8> {
    let mut gaya = gaya.clone();
    if gaya.versi == VersiWord::Word2007 {
        // Word 2007 has no DrawingML shapes: it writes VML.
        gaya.kodean = Kodean::Vml;
    }
    if gaya.jangkar_paragraf() {
        // The container floats from the paragraph above its page's table.
        gaya.pecah = Pecah::TabelTerpisah;
    }
    let mut w = Penulis::new(&gaya);
    let body = badan(&mut w, dok);
    let footer = if gaya.derau.field {
        let mut f = String::new();
        w.buka_p(&mut f, &Par::default().tengah());
        w.run(&mut f, &Par::default(), "Halaman ");
        w.field_sederhana(&mut f, &Par::default(), " PAGE   \\* MERGEFORMAT ", "1");
        w.run(&mut f, &Par::default(), " dari ");
        w.field_kompleks(&mut f, &Par::default(), " NUMPAGES   \\* MERGEFORMAT ", "3");
        f.push_str("</w:p>");
        Some(f)
    } else {
        None
    };
    let logo = if w.logo { Some(logo::png(96)) } else { None };
    paket::rakit(
        &w,
        paket::Bagian {
            body: &body,
            judul: &dok.nama,
            footer,
            logo,
        },
    )
}

/// `document.xml`'s body.
fn badan(w: &mut Penulis, dok: &DokumenSop) -> String {
    let gaya = w.gaya.clone();
    let mut out = String::with_capacity(64 * 1024 + dok.langkah.len() * 8 * 1024);
    let depan = Halaman::new(gaya.kertas, !gaya.identitas_potret, gaya.margin);
    let lebar = depan.isi_lebar();
    for (k, line) in gaya.sampul.iter().enumerate() {
        let par = Par {
            ukuran: Some(20),
            setelah: Some(240),
            ..Par::default().tengah().tebal()
        };
        w.p(&mut out, par, line);
        if k + 1 == gaya.sampul.len() {
            w.p_xml(
                &mut out,
                Par::default(),
                "<w:r><w:br w:type=\"page\"/></w:r>",
            );
        }
    }
    identitas::tulis(w, &mut out, dok, lebar);
    w.p_kosong(&mut out);
    kotak::tulis(w, &mut out, dok, lebar);
    if gaya.pengesahan == TempatPengesahan::SetelahKotak {
        w.p_kosong(&mut out);
        identitas::tulis_blok(w, &mut out, dok, lebar);
    }
    let footer = gaya.derau.field;
    if gaya.identitas_potret {
        // A section break: the front pages portrait, the procedure landscape.
        let sect = sect_pr(w, &depan, false, footer);
        w.p_xml(&mut out, Par::default(), "");
        // Put the section's properties into that last paragraph.
        let at = out.rfind("</w:p>").expect("a paragraph");
        let p_start = out[..at].rfind("<w:p ").expect("a paragraph");
        let head_end = p_start + out[p_start..].find('>').expect("tag") + 1;
        out.insert_str(head_end, &format!("<w:pPr>{sect}</w:pPr>"));
    }
    let tata = Tata::new(dok, &gaya);
    let bagan = bagan::susun(dok, &gaya, &tata);
    let isi = gambar::tulis(w, &tata, &bagan);
    prosedur::tulis(w, &mut out, dok, &tata, &isi, !gaya.identitas_potret);
    if gaya.pengesahan == TempatPengesahan::SetelahProsedur {
        w.p_kosong(&mut out);
        identitas::tulis_blok(w, &mut out, dok, tata.halaman.isi_lebar());
    }
    w.p_kosong(&mut out);
    let sect = sect_pr(w, &tata.halaman, true, footer);
    out.push_str(&sect);
    out
}

fn sect_pr(w: &mut Penulis, h: &Halaman, landscape: bool, footer: bool) -> String {
    let mut s = String::new();
    let r = w.ids.rsid();
    let _ = write!(s, "<w:sectPr w:rsidR=\"{r}\" w:rsidSect=\"{r}\">");
    if footer {
        let _ = write!(
            s,
            "<w:footerReference w:type=\"default\" r:id=\"{}\"/>",
            paket::RELS.footer
        );
    }
    let orient = if landscape {
        " w:orient=\"landscape\""
    } else {
        ""
    };
    let _ = write!(
        s,
        "<w:pgSz w:w=\"{}\" w:h=\"{}\"{orient}/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>",
        h.lebar, h.tinggi, h.atas, h.kanan, h.bawah, h.kiri
    );
    s
}
