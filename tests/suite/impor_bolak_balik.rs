//! Round trip: generated SOPs (`wordgen::dokumen`: 8 to 10 actors, 25 to
//! 32 steps over several pages, decisions returning up and jumping down,
//! `lanjut`, steps of several actors, a skipped step number, three
//! signatories, custom branch labels) written as Word files by
//! `sopgen_synth::wordgen` in each of the 21 flowchart encodings
//! (`Gaya::ragam`) and in random styles (`gaya_acak`), imported again,
//! and compared with what the writer was given, field by field, with no
//! table of exceptions: what differs is a bug of the importer or the
//! writer. What the form cannot carry is said at [`dari_dokumen`] and
//! [`kapital_boleh`].
//!
//! 63 + 63 cases by default; `SOPGEN_ROUNDTRIP_CASES=2100` runs 100
//! documents an encoding and 2,100 random styles (some four minutes).
//! `tulis_kasus` writes one case's .docx and import to look at.

use crate::impor_banding::{Alur, Beda, Medan, TIDAK_ADA, alur, banding, dari_sop, parse, tampil};
use sopgen::content::tanggal::Tanggal;
use sopgen::impor::baca_docx;
use sopgen_synth::wordgen::{DokumenSop, Gaya, dokumen, gaya_acak, ke_docx};

const BERKAS: &str = "SOP Bolak-balik.docx";

/// A date cell: its date, "(kosong)" when the row is there but blank, or
/// no row at all.
fn tanggal(m: &mut Medan, name: &str, v: &Option<String>) {
    let nilai = match v.as_deref() {
        None => TIDAK_ADA.to_string(),
        Some(t) => match Tanggal::baca(t) {
            Ok(Some(t)) => t.iso(),
            Ok(None) => "(kosong)".to_string(),
            Err(e) => panic!("the writer was given a bad date {t:?}: {e:?}"),
        },
    };
    m.tambah(name, nilai);
}

/// What the document says in `gaya`, flattened like [`dari_sop`] flattens
/// an SOP.
///
/// What the form or the format cannot carry, and so is not expected back:
/// - a Nomor row left blank (the format has no blank nomor: it is no nomor);
/// - the order in which a step of several actors lists them: the form
///   draws one symbol in each of their lanes, so they come back in lane
///   order;
/// - a step's keterangan or penanggung jawab when the style's table has no
///   such column (the writer drops them).
fn dari_dokumen(d: &DokumenSop, gaya: &Gaya, lajur_impor: &[String]) -> Medan {
    let mut m = Medan::default();
    m.teks("nama", Some(&d.nama));
    m.teks("nomor", d.nomor.as_deref().filter(|n| !n.trim().is_empty()));
    m.teks("pemerintah", d.pemerintah.as_deref());
    m.teks("instansi", d.instansi.as_deref());
    m.daftar("unit", &d.unit);
    m.tambah("status", "draf");
    tanggal(&mut m, "tanggal_pembuatan", &d.tanggal_pembuatan);
    tanggal(&mut m, "tanggal_revisi", &d.tanggal_revisi);
    tanggal(&mut m, "tanggal_efektif", &d.tanggal_efektif);
    tanggal(&mut m, "tanggal_pengesahan", &d.tanggal_pengesahan);
    for (i, p) in d.penandatangan.iter().enumerate() {
        let at = format!("disahkan_oleh[{i}]");
        m.teks(
            format!("{at}.peran"),
            Some(p.peran.as_deref().unwrap_or("Disahkan oleh")),
        );
        m.teks(format!("{at}.jabatan"), Some(&p.jabatan));
        m.teks(format!("{at}.nama"), p.nama.as_deref());
        m.teks(format!("{at}.pangkat"), p.pangkat.as_deref());
        m.teks(format!("{at}.nip"), p.nip.as_deref());
    }
    m.teks("sumber_dokumen", Some(BERKAS));
    m.butir("dasar_hukum", &d.dasar_hukum);
    m.butir("kualifikasi_pelaksana", &d.kualifikasi_pelaksana);
    m.butir("keterkaitan", &d.keterkaitan);
    m.butir("peralatan_perlengkapan", &d.peralatan_perlengkapan);
    m.butir("peringatan", &d.peringatan);
    m.butir("pencatatan_pendataan", &d.pencatatan_pendataan);
    m.daftar("kata_kunci", &[]);
    m.teks("slug", None);
    m.butir("pelaksana", &d.pelaksana);
    let n = d.langkah.len();
    for (i, l) in d.langkah.iter().enumerate() {
        let at = format!("langkah[{i}]");
        m.tambah(format!("{at}.no"), d.nomor_langkah(i).to_string());
        m.teks(format!("{at}.kegiatan"), Some(&l.kegiatan));
        let mut lanes = l.pelaksana.clone();
        lanes.sort_unstable();
        // An actor whose lane header is in capitals is named as the
        // import names the lane (see `kapital_boleh`), when that is the
        // same name in other capitals.
        let actors: Vec<String> = lanes
            .iter()
            .map(|&p| {
                let name = &d.pelaksana[p];
                match lajur_impor.get(p) {
                    Some(n) if semua_kapital(name) && n.to_uppercase() == *name => n.clone(),
                    _ => name.clone(),
                }
            })
            .collect();
        m.daftar(format!("{at}.pelaksana"), &actors);
        m.daftar(format!("{at}.kelengkapan"), &l.kelengkapan);
        m.teks(format!("{at}.waktu"), l.waktu.as_deref());
        m.daftar(format!("{at}.output"), &l.output);
        m.teks(
            format!("{at}.keterangan"),
            l.keterangan.as_deref().filter(|_| gaya.kolom_keterangan),
        );
        m.teks(
            format!("{at}.penanggung_jawab"),
            l.penanggung_jawab
                .as_deref()
                .filter(|_| gaya.kolom_penanggung_jawab),
        );
        alur(
            &mut m,
            &at,
            Alur {
                tidak: l.tidak,
                ya: l.ya,
                lanjut: l.lanjut,
                label_ya: l.label_ya.as_deref().unwrap_or("Ya"),
                label_tidak: l.label_tidak.as_deref().unwrap_or("Tidak"),
            },
            i,
            n,
            |t| d.nomor_langkah(t).to_string(),
        );
    }
    m
}

/// Fields the importer writes in ordinary capitalisation when the form
/// prints them in capitals throughout (names, as the catalogue shows them
/// and as transcribers write them): for those, case is not compared when
/// the document's text is all capitals; every letter must still be there.
fn kapital_boleh(path: &str) -> bool {
    matches!(path, "nama" | "pemerintah" | "instansi" | "unit")
        || path.starts_with("pelaksana[")
        || (path.starts_with("disahkan_oleh[") && path.ends_with(".jabatan"))
}

fn semua_kapital(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Writes `dok` in `gaya`, imports it, and returns the differences
/// between the two, with the importer's notes (to read when they differ).
fn bolak_balik(dok: &DokumenSop, gaya: &Gaya) -> Result<(Vec<Beda>, Vec<String>), String> {
    let bytes = ke_docx(dok, gaya);
    let mut hasil = baca_docx(&bytes, BERKAS).map_err(|e| format!("import failed: {e}"))?;
    if hasil.len() != 1 {
        return Err(format!("{} SOPs imported, not 1", hasil.len()));
    }
    let h = hasil.remove(0);
    let sop = parse(&h.teks, "x").map_err(|e| format!("{e}\n{}", catatan(&h.catatan)))?;
    let beda = banding(&dari_dokumen(dok, gaya, &sop.pelaksana), &dari_sop(&sop))
        .into_iter()
        .filter(|b| {
            !(kapital_boleh(&b.path)
                && semua_kapital(&b.harapan)
                && b.harapan == b.impor.to_uppercase())
        })
        .collect();
    Ok((beda, h.catatan))
}

fn catatan(c: &[String]) -> String {
    c.iter()
        .map(|c| format!("  catatan impor: {c}\n"))
        .collect()
}

fn kasus(label: &str, dok: &DokumenSop, gaya: &Gaya, gagal: &mut Vec<String>) {
    match bolak_balik(dok, gaya) {
        Ok((beda, _)) if beda.is_empty() => {}
        Ok((beda, c)) => gagal.push(tampil(label, &beda) + &catatan(&c)),
        Err(e) => gagal.push(format!("{label}: {e}")),
    }
}

fn laporkan(gagal: &[String], total: usize) {
    assert!(
        gagal.is_empty(),
        "{} of {total} round trips differ:\n{}",
        gagal.len(),
        gagal.join("\n")
    );
}

/// Cases a test runs by default: 63 documents in the 21 encodings and 63
/// in random styles, some 10 s of a debug build on two cores.
const BAWAAN: u64 = 63;

/// How many cases to run: `SOPGEN_ROUNDTRIP_CASES`, else `default`.
fn banyak(default: u64) -> u64 {
    std::env::var("SOPGEN_ROUNDTRIP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn every_encoding_round_trips() {
    // Three documents an encoding; with SOPGEN_ROUNDTRIP_CASES=N, N/21.
    let per = (banyak(BAWAAN) / 21).max(1);
    let mut gagal = Vec::new();
    let ragam = Gaya::ragam();
    for (k, gaya) in ragam.iter().enumerate() {
        for j in 0..per {
            let seed = 100 + k as u64 + 21 * j;
            let dok = dokumen(seed);
            kasus(
                &format!(
                    "ragam[{k}] {:?}/{:?}/{:?}/{:?}, dokumen({seed})",
                    gaya.versi, gaya.kodean, gaya.tempat, gaya.sambungan
                ),
                &dok,
                gaya,
                &mut gagal,
            );
        }
    }
    laporkan(&gagal, ragam.len() * per as usize);
}

#[test]
fn random_styles_round_trip() {
    let n = banyak(BAWAAN);
    let mut gagal = Vec::new();
    for seed in 0..n {
        let dok = dokumen(1000 + seed);
        let gaya = gaya_acak(seed);
        kasus(
            &format!("gaya_acak({seed}), dokumen({})", 1000 + seed),
            &dok,
            &gaya,
            &mut gagal,
        );
    }
    laporkan(&gagal, n as usize);
}

/// Writes one case's .docx and its import into `$WORDGEN_OUT`, to look at
/// when a round trip fails: `SOPGEN_ROUNDTRIP_KASUS=ragam:3` (the fourth
/// encoding and `dokumen(103)`; `ragam:24`, the fourth and `dokumen(124)`)
/// or `acak:7` (`gaya_acak(7)` and `dokumen(1007)`), then
/// `WORDGEN_OUT=/tmp/x cargo test --test suite -- --ignored impor_bolak_balik::tulis_kasus`.
#[test]
#[ignore]
fn tulis_kasus() {
    let out = std::path::PathBuf::from(std::env::var("WORDGEN_OUT").expect("WORDGEN_OUT"));
    let spec = std::env::var("SOPGEN_ROUNDTRIP_KASUS").expect("SOPGEN_ROUNDTRIP_KASUS");
    let (kind, k) = spec.split_once(':').expect("ragam:N or acak:N");
    let k: u64 = k.parse().expect("a number");
    let (dok, gaya) = match kind {
        "ragam" => (dokumen(100 + k), Gaya::ragam()[(k % 21) as usize].clone()),
        _ => (dokumen(1000 + k), gaya_acak(k)),
    };
    std::fs::create_dir_all(&out).unwrap();
    let bytes = ke_docx(&dok, &gaya);
    std::fs::write(out.join(format!("{kind}-{k}.docx")), &bytes).unwrap();
    for h in baca_docx(&bytes, BERKAS).unwrap() {
        std::fs::write(out.join(format!("{kind}-{k}.md")), &h.teks).unwrap();
    }
    match bolak_balik(&dok, &gaya) {
        Ok((beda, c)) => eprintln!("{}{}", tampil(&spec, &beda), catatan(&c)),
        Err(e) => eprintln!("{e}"),
    }
}
