//! A document into SOP drafts: the body cut into SOPs (an identity table
//! after a procedure starts the next one), then each SOP's identity, boxes,
//! procedure rows and flowchart put together into a [`Draf`], with a note
//! for everything guessed. Pure: no file system.

use std::collections::HashMap;

use super::alur;
use super::bagan;
use super::bentuk::Bentuk;
use super::dokumen::{Blok, Dokumen, Tabel};
use super::draf::{Draf, Langkah, Pengesah};
use super::gagal::GagalImpor;
use super::identitas;
use super::kotak;
use super::label::{self, Identitas};
use super::prosedur::{self, BarisLangkah, Kepala};
use super::teks::{self, kunci, kutip, satu_baris};

/// A procedure table of a segment: the table, its header (for a
/// continuation without one: the header of the table before, from row 0).
struct Pros<'a> {
    tabel: &'a Tabel,
    kepala: Kepala,
    dari: usize,
}

/// Top-level blocks [start, end) and their procedure tables.
type Segmen<'a> = (usize, usize, Vec<(usize, Pros<'a>)>);

fn identitas_tabel(t: &Tabel, sampai: usize) -> bool {
    let mut n = 0;
    let mut nama = false;
    for r in t.baris.iter().take(sampai) {
        for c in &r.sel {
            for p in c.paragraf() {
                if let Some((f, _)) = label::identitas(&p.teks) {
                    n += usize::from(!matches!(f, Identitas::Pengesah(_)));
                    nama |= f == Identitas::Nama;
                }
            }
        }
    }
    nama || n >= 2
}

/// The procedure header of a table or of a table nested one level in it.
fn cari_kepala(t: &Tabel) -> Option<(&Tabel, Kepala)> {
    if let Some(k) = prosedur::kepala(t) {
        return Some((t, k));
    }
    for r in &t.baris {
        for c in &r.sel {
            for b in &c.blok {
                if let Blok::Tabel(inner) = b
                    && let Some(k) = prosedur::kepala(inner)
                {
                    return Some((inner, k));
                }
            }
        }
    }
    None
}

/// A table continuing the previous procedure table without a header (the
/// next page): its first rows numbered like steps, about as wide. Its
/// columns take the roles of the previous table's columns at the same
/// place across the page, so a continuation with other column splits (a
/// No column of its own, merged Mutu Baku cells) still maps.
fn lanjutan(t: &Tabel, prev: &Tabel, k: &Kepala) -> Option<Kepala> {
    let numbered = t.baris.iter().take(3).any(|r| {
        r.sel.iter().take(2).any(|c| {
            let s = satu_baris(&c.teks());
            let lead: String = s.chars().take_while(char::is_ascii_digit).collect();
            !lead.is_empty() && lead.len() <= 3
        })
    });
    let (w, pw) = (t.kiri(t.grid.len()), prev.kiri(prev.grid.len()));
    if !numbered || w < pw * 0.8 || w > pw * 1.25 {
        return None;
    }
    if t.lebar_kolom() == prev.lebar_kolom() {
        let mut k = k.clone();
        k.baris = 0;
        k.tinggi = 0;
        return Some(k);
    }
    let scale = pw / w.max(1.0);
    let n = t.lebar_kolom();
    let mut peran = Vec::with_capacity(n);
    for col in 0..n {
        let centre = (t.kiri(col) + t.kiri(col + 1)) / 2.0 * scale;
        let at =
            (0..prev.grid.len()).find(|&pc| centre >= prev.kiri(pc) && centre < prev.kiri(pc + 1));
        peran.push(at.and_then(|pc| k.peran.get(pc).copied().flatten()));
    }
    let mut lajur = k.lajur.clone();
    for (li, l) in lajur.iter_mut().enumerate() {
        let cols: Vec<usize> = (0..n)
            .filter(|&c| peran[c] == Some(prosedur::Peran::Lajur(li)))
            .collect();
        match (cols.first(), cols.last()) {
            (Some(&a), Some(&b)) => {
                l.kol0 = a;
                l.kol1 = b + 1;
            }
            // A lane with no column here: give it an empty range.
            _ => {
                l.kol0 = n;
                l.kol1 = n;
            }
        }
    }
    Some(Kepala {
        baris: 0,
        tinggi: 0,
        peran,
        lajur,
        satuan_waktu: k.satuan_waktu,
        teks: k.teks.clone(),
    })
}

/// The step numbers written in a table's No column, in order.
fn nomor_langkah(t: &Tabel, k: &Kepala, dari: usize) -> Vec<u32> {
    let Some(no_col) = k.peran.iter().position(|p| *p == Some(prosedur::Peran::No)) else {
        return Vec::new();
    };
    t.baris
        .iter()
        .skip(dari)
        .filter(|r| !prosedur::baris_nomor_kolom(r))
        .filter_map(|r| {
            let s = satu_baris(&r.sel_di(no_col)?.teks());
            s.trim_end_matches(['.', ')']).parse::<u32>().ok()
        })
        .collect()
}

pub fn ekstrak(dok: &Dokumen, sumber: &str) -> Result<Vec<Draf>, GagalImpor> {
    let blok = &dok.blok;
    // Segments: [start, end) of top-level blocks, each with its procedure tables.
    let mut segmen: Vec<Segmen> = Vec::new();
    let mut start = 0;
    let mut pros: Vec<(usize, Pros)> = Vec::new();
    for (i, b) in blok.iter().enumerate() {
        let Blok::Tabel(t) = b else { continue };
        let found = cari_kepala(t);
        let head_row = found
            .as_ref()
            .filter(|(inner, _)| std::ptr::eq(*inner, t))
            .map_or(t.baris.len(), |(_, k)| k.baris);
        if identitas_tabel(t, head_row) && !pros.is_empty() {
            segmen.push((start, i, std::mem::take(&mut pros)));
            start = i;
        } else if let (Some((inner, k)), Some((last_i, last))) = (&found, pros.last()) {
            // A new procedure numbered from 1 again after one that went
            // further, with no identity table between: the next SOP of a
            // document that gives each SOP only a title.
            let first = nomor_langkah(inner, k, k.baris + k.tinggi).first().copied();
            let before = nomor_langkah(last.tabel, &last.kepala, last.dari)
                .last()
                .copied();
            if first == Some(1) && before.is_some_and(|n| n > 1) {
                let cut = last_i + 1;
                segmen.push((start, cut, std::mem::take(&mut pros)));
                start = cut;
            }
        }
        match found {
            Some((inner, k)) => pros.push((
                i,
                Pros {
                    tabel: inner,
                    dari: k.baris + k.tinggi,
                    kepala: k,
                },
            )),
            None => {
                if let Some((_, last)) = pros.last()
                    && let Some(k) = lanjutan(t, last.tabel, &last.kepala)
                {
                    pros.push((
                        i,
                        Pros {
                            tabel: t,
                            dari: 0,
                            kepala: k,
                        },
                    ));
                }
            }
        }
    }
    segmen.push((start, blok.len(), pros));
    let mut out = Vec::new();
    let mut alasan = Vec::new();
    for (s, e, pros) in segmen {
        if pros.is_empty() {
            continue;
        }
        match satu_sop(dok, &blok[s..e], s, &pros, sumber) {
            Ok(d) => out.push(d),
            Err(m) => alasan.push(m),
        }
    }
    if out.is_empty() {
        return Err(GagalImpor::TanpaSop(if alasan.is_empty() {
            "tidak ada tabel prosedur (kolom No, Kegiatan, Pelaksana, Mutu Baku)".into()
        } else {
            alasan.join("; ")
        }));
    }
    Ok(out)
}

fn satu_sop(
    dok: &Dokumen,
    blok: &[Blok],
    offset: usize,
    pros: &[(usize, Pros)],
    sumber: &str,
) -> Result<Draf, String> {
    let mut d = Draf {
        sumber_dokumen: sumber.to_string(),
        ..Draf::default()
    };
    let refs: Vec<&Blok> = blok.iter().collect();
    let batas_map: HashMap<usize, usize> = pros
        .iter()
        .map(|(_, p)| (p.tabel.no, p.kepala.baris))
        .collect();
    let batas = |no: usize| batas_map.get(&no).copied().unwrap_or(usize::MAX);
    identitas::baca(&refs, &batas, &mut d);
    if d.nama.is_none() || d.instansi.is_none() || d.disahkan_oleh.is_empty() {
        dari_kepala_halaman(dok, &mut d);
    }
    kotak::baca(&refs, &batas, &mut d);
    akhir_tanda_tangan(blok, offset, pros, &mut d);

    // Lanes, procedure-wide, merged by name over continuation tables.
    let mut lajur: Vec<String> = Vec::new();
    let mut map: Vec<Vec<usize>> = Vec::new();
    for (_, p) in pros {
        let mut m = Vec::new();
        for (li, l) in p.kepala.lajur.iter().enumerate() {
            let nama = if l.nama.trim().is_empty() {
                format!("Pelaksana {}", li + 1)
            } else {
                l.nama.clone()
            };
            let idx = match lajur.iter().position(|x| kunci(x) == kunci(&nama)) {
                Some(i) => i,
                None => {
                    if l.nama.trim().is_empty() {
                        d.catat(format!(
                            "Tabel {}, kepala kolom pelaksana ke-{}: nama pelaksana kosong; ditulis \"{nama}\".",
                            p.tabel.no,
                            li + 1
                        ));
                    }
                    lajur.push(nama);
                    lajur.len() - 1
                }
            };
            m.push(idx);
        }
        map.push(m);
    }
    let mut rows: Vec<BarisLangkah> = Vec::new();
    for (ti, (_, p)) in pros.iter().enumerate() {
        prosedur::langkah(p.tabel, ti, &p.kepala, p.dari, &map[ti], &mut rows);
    }
    if rows.is_empty() {
        return Err(format!(
            "tabel prosedur (Tabel {}) tidak berisi langkah",
            pros[0].1.tabel.no
        ));
    }
    // No actor columns at all: the Penanggung Jawab column names the
    // actors, else one "Pelaksana" stands for all.
    let mut pj_lanes = false;
    if lajur.is_empty() {
        for r in &rows {
            let pj = satu_baris(&r.penanggung_jawab);
            if !teks::kosong(&pj)
                && lajur.len() < crate::content::parse::MAX_PELAKSANA
                && !lajur.iter().any(|l| kunci(l) == kunci(&pj))
            {
                lajur.push(pj);
            }
        }
        pj_lanes = !lajur.is_empty();
        if pj_lanes {
            d.catat(format!(
                "{}: tabel prosedur tidak punya kolom pelaksana; pelaksana diambil dari kolom Penanggung Jawab.",
                pros[0].1.tabel.nama()
            ));
        } else {
            lajur.push("Pelaksana".into());
            d.catat(format!(
                "{}: tabel prosedur tidak punya kolom pelaksana; semua langkah ditulis dengan pelaksana \"Pelaksana\". Isi pelaksana yang sebenarnya.",
                pros[0].1.tabel.nama()
            ));
        }
    }
    // The flowchart.
    let tables: Vec<(&Tabel, &Kepala)> = pros.iter().map(|(_, p)| (p.tabel, &p.kepala)).collect();
    let geo: Vec<bagan::Geometri> = tables.iter().map(|(t, _)| bagan::geometri(t)).collect();
    let luar = bentuk_luar(blok, offset, pros);
    let placed = bagan::taruh(&tables, &geo, &rows, &luar, dok.kertas);
    let cell_labels = bagan::label_sel(&tables, &geo);
    let flow = alur::alur(&placed, &rows, &map, &cell_labels);
    if placed.iter().any(|p| p.ditebak && bagan::simbol(p.b)) {
        d.catat(
            "Bagan alir digambar sebagai satu kelompok di atas tabel; letak simbolnya pada baris langkah diperkirakan dari urutannya. Periksa pelaksana tiap langkah.",
        );
    }
    for c in &flow.catatan {
        d.catat(c.clone());
    }
    // Steps.
    let satuan = pros[0].1.kepala.satuan_waktu;
    let mut prev_no = 0u32;
    let mut numbers_ok = true;
    let mut langkah: Vec<Langkah> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let tempat = format!("{}, baris {}", r.tabel_nama, r.baris + 1);
        let no = r.no.unwrap_or(prev_no + 1);
        if no <= prev_no {
            numbers_ok = false;
        }
        prev_no = no.max(prev_no);
        let mut l = Langkah {
            no,
            kegiatan: if r.kegiatan.trim().is_empty() {
                d.catat(format!(
                    "{tempat}: kolom Kegiatan kosong; ditulis \"(kegiatan tidak terbaca)\"."
                ));
                "(kegiatan tidak terbaca)".into()
            } else {
                r.kegiatan.clone()
            },
            kelengkapan: r.kelengkapan.clone(),
            output: r.output.clone(),
            keterangan: Some(r.keterangan.clone()).filter(|s| !teks::kosong(s)),
            penanggung_jawab: Some(r.penanggung_jawab.clone()).filter(|s| !teks::kosong(s)),
            tempat: tempat.clone(),
            ..Langkah::default()
        };
        for &row in &r.sambungan {
            d.catat(format!(
                "{}, baris {}: baris tanpa nomor yang teksnya berlanjut dengan huruf kecil digabung ke kegiatan langkah {no}.",
                r.tabel_nama,
                row + 1
            ));
        }
        if !teks::kosong(&r.waktu) {
            match teks::waktu(&r.waktu, satuan) {
                teks::BacaWaktu::Baik(w) => l.waktu = Some(w),
                teks::BacaWaktu::Ditebak(w, asli) => {
                    d.catat(format!("{tempat}, kolom Waktu: {} dibaca sebagai \"{w}\".", kutip(&asli)));
                    l.waktu = Some(w);
                }
                teks::BacaWaktu::Gagal => d.catat(format!(
                    "{tempat}, kolom Waktu: {} tidak terbaca sebagai waktu (angka dan satuan: detik, menit, jam, hari, minggu, bulan); tidak dimasukkan.",
                    kutip(&r.waktu)
                )),
            }
        }
        l.pelaksana = if pj_lanes || lajur.len() == 1 && flow.lajur[i].is_empty() {
            let pj = kunci(&r.penanggung_jawab);
            let at = lajur.iter().position(|n| kunci(n) == pj);
            vec![
                at.or_else(|| {
                    langkah
                        .last()
                        .and_then(|p: &Langkah| p.pelaksana.first().copied())
                })
                .unwrap_or(0),
            ]
        } else {
            pelaksana(&mut d, &flow, r, i, &lajur, langkah.last(), &tempat)
        };
        langkah.push(l);
    }
    if !numbers_ok {
        let asli: Vec<String> = rows
            .iter()
            .map(|r| r.no.map_or("-".into(), |n| n.to_string()))
            .collect();
        d.catat(format!(
            "Nomor langkah pada sumber tidak urut ({}); langkah dinomori ulang 1 sampai {}.",
            asli.join(", "),
            langkah.len()
        ));
        for (i, l) in langkah.iter_mut().enumerate() {
            l.no = i as u32 + 1;
        }
    }
    let nomor = |i: usize| langkah[i].no;
    let nos: Vec<u32> = (0..langkah.len()).map(nomor).collect();
    for (i, l) in langkah.iter_mut().enumerate() {
        if let Some(k) = &flow.keputusan[i] {
            l.tidak = k.tidak.map(|t| nos[t]);
            l.ya = k.ya.map(|t| nos[t]);
            l.label_ya.clone_from(&k.label_ya);
            l.label_tidak.clone_from(&k.label_tidak);
        } else if let Some(t) = flow.lanjut[i] {
            l.lanjut = Some(nos[t]);
        }
        if !flow.ada_simbol && keputusan_dalam_teks(&l.kegiatan) {
            d.catatan.push(format!(
                "{}: kegiatan langkah {} menyebut syarat (\"bila/jika ... tidak\"); bagan alirnya tidak terbaca, jadi keputusan tidak dibuat. Tambahkan `tidak` bila ini keputusan.",
                l.tempat, l.no
            ));
        }
    }
    d.pelaksana = lajur;
    d.langkah = langkah;
    if d.nama.is_none() {
        let judul = judul_dari_teks(blok).unwrap_or_else(|| {
            let stem = sumber.rsplit_once('.').map_or(sumber, |(s, _)| s);
            stem.replace(['_', '-'], " ")
        });
        d.catat(format!(
            "Nama SOP tidak ditemukan pada tabel identitas; diambil dari {}.",
            kutip(&judul)
        ));
        d.nama = Some(teks::judul(&judul));
    }
    Ok(d)
}

/// The kop and identity table some agencies put in the page header, so
/// that it repeats on every page: what the body did not give.
fn dari_kepala_halaman(dok: &Dokumen, d: &mut Draf) {
    if dok.kepala_halaman.is_empty() {
        return;
    }
    let refs: Vec<&Blok> = dok.kepala_halaman.iter().collect();
    let mut k = Draf::default();
    identitas::baca(&refs, &|_| usize::MAX, &mut k);
    let before = (d.nama.is_none(), d.nomor.is_none());
    d.nomor = d.nomor.take().or(k.nomor);
    d.nama = d.nama.take().or(k.nama);
    d.pemerintah = d.pemerintah.take().or(k.pemerintah);
    d.instansi = d.instansi.take().or(k.instansi);
    if d.unit.is_empty() {
        d.unit = k.unit;
    }
    d.tanggal_pembuatan = d.tanggal_pembuatan.or(k.tanggal_pembuatan);
    d.tanggal_revisi = d.tanggal_revisi.or(k.tanggal_revisi);
    d.tanggal_efektif = d.tanggal_efektif.or(k.tanggal_efektif);
    d.tanggal_pengesahan = d.tanggal_pengesahan.or(k.tanggal_pengesahan);
    for e in k.tanggal_kosong {
        if !d.tanggal_kosong.iter().any(|x| x.0 == e.0) {
            d.tanggal_kosong.push(e);
        }
    }
    if d.disahkan_oleh.is_empty() {
        d.disahkan_oleh = k.disahkan_oleh;
    }
    for c in k.catatan {
        d.catat(c);
    }
    if before.0 && d.nama.is_some() || before.1 && d.nomor.is_some() {
        d.catat("Identitas SOP (Nama, Nomor) diambil dari kepala halaman (header) dokumen.");
    }
}

fn keputusan_dalam_teks(s: &str) -> bool {
    let k = kunci(s);
    ["bila", "jika", "apabila", "kalau"]
        .iter()
        .any(|w| k.contains(&format!("{w} ")))
        && (k.contains("tidak") || k.contains("salah") || k.contains("dikembalikan"))
}

/// The actors of a step: the lanes of its symbols; without symbols, the
/// marks in its lane cells; failing that, a guess (noted).
fn pelaksana(
    d: &mut Draf,
    flow: &alur::Alur,
    r: &BarisLangkah,
    i: usize,
    lajur: &[String],
    prev: Option<&Langkah>,
    tempat: &str,
) -> Vec<usize> {
    if !flow.lajur[i].is_empty() {
        return flow.lajur[i].clone();
    }
    let mut marked: Vec<usize> = r
        .tanda
        .iter()
        .filter(|(_, text, arsir)| *arsir || (!teks::kosong(text) && !bagan::teks_label(text)))
        .map(|(l, _, _)| *l)
        .collect();
    marked.sort_unstable();
    marked.dedup();
    let no = r.no.unwrap_or(i as u32 + 1);
    if !marked.is_empty() {
        if flow.ada_simbol {
            d.catat(format!(
                "{tempat}: langkah {no} tidak punya simbol bagan alir; pelaksana diambil dari tanda di kolom pelaksana ({}).",
                marked.iter().map(|&l| lajur[l].as_str()).collect::<Vec<_>>().join(", ")
            ));
        } else if d.catatan.iter().all(|c| !c.starts_with("Bagan alir tidak")) {
            d.catat("Bagan alir tidak berupa simbol Word yang terbaca; pelaksana tiap langkah diambil dari tanda (√, v, X, teks atau arsiran) di kolom pelaksana.");
        }
        return marked;
    }
    // A guess: the actor named in the kegiatan, then the Penanggung Jawab,
    // then the step before.
    let k = format!(" {} ", kunci(&r.kegiatan));
    let named = lajur
        .iter()
        .enumerate()
        .filter_map(|(li, name)| k.find(&format!(" {} ", kunci(name))).map(|p| (p, li)))
        .min();
    let pj = kunci(&r.penanggung_jawab);
    let by_pj = (!pj.is_empty())
        .then(|| {
            lajur
                .iter()
                .position(|n| kunci(n) == pj || pj.contains(&kunci(n)))
        })
        .flatten();
    let (lane, how) = if let Some((_, li)) = named {
        (li, "nama pelaksana yang disebut dalam kegiatan")
    } else if let Some(li) = by_pj {
        (li, "kolom Penanggung Jawab")
    } else if let Some(p) = prev.and_then(|p| p.pelaksana.first()) {
        (*p, "pelaksana langkah sebelumnya")
    } else {
        (0, "kolom pelaksana pertama")
    };
    d.catat(format!(
        "{tempat}: pelaksana langkah {no} tidak terbaca dari bagan alir maupun tanda di kolom pelaksana; ditebak \"{}\" dari {how}.",
        lajur.get(lane).map_or("", String::as_str)
    ));
    vec![lane.min(lajur.len().saturating_sub(1))]
}

/// Shapes anchored in paragraphs between the procedure tables (a canvas
/// or group over the table), each with the table it belongs to.
fn bentuk_luar<'a>(
    blok: &'a [Blok],
    offset: usize,
    pros: &[(usize, Pros)],
) -> Vec<(usize, &'a Bentuk)> {
    let mut out = Vec::new();
    for (i, b) in blok.iter().enumerate() {
        let Blok::Para(p) = b else { continue };
        if p.bentuk.is_empty() {
            continue;
        }
        let gi = offset + i;
        // The next procedure table, else the last one before.
        let ti = pros
            .iter()
            .position(|(bi, _)| *bi > gi)
            .or_else(|| pros.iter().rposition(|(bi, _)| *bi < gi));
        if let Some(ti) = ti {
            out.extend(p.bentuk.iter().map(|s| (ti, s)));
        }
    }
    out
}

/// A title written above the procedure table: "SOP MEKANISME PENGUMPULAN DATA KINERJA".
fn judul_dari_teks(blok: &[Blok]) -> Option<String> {
    for b in blok {
        let Blok::Para(p) = b else { continue };
        let t = satu_baris(&p.teks);
        let k = kunci(&t);
        for prefix in [
            "standar operasional prosedur sop",
            "standar operasional prosedur",
            "sop",
            "prosedur",
        ] {
            if let Some(rest) = label::setelah(&t, prefix) {
                let rest = rest.trim_start_matches([')', ':', ' ']).trim();
                if rest.len() >= 5 && !k.contains("nomor") {
                    return Some(rest.to_string());
                }
            }
        }
    }
    None
}

/// A signature block after the procedure ("KEPALA DINAS ... NIP. ..."):
/// fills the signatory's name and NIP, or adds the signatory.
fn akhir_tanda_tangan(blok: &[Blok], offset: usize, pros: &[(usize, Pros)], d: &mut Draf) {
    let Some(last) = pros.last().map(|(i, _)| *i) else {
        return;
    };
    let mut lines: Vec<String> = Vec::new();
    for b in blok.iter().skip(last + 1 - offset) {
        match b {
            Blok::Para(p) => lines.extend(p.teks.lines().map(str::to_string)),
            Blok::Tabel(t) => {
                for r in &t.baris {
                    for c in &r.sel {
                        lines.extend(c.teks().lines().map(str::to_string));
                    }
                }
            }
        }
    }
    let Some(nip_at) = lines.iter().position(|l| teks::nip(l).is_some()) else {
        return;
    };
    let start = nip_at.saturating_sub(8);
    let block: Vec<String> = lines[start..=nip_at]
        .iter()
        .filter(|l| label::identitas(l).is_none())
        .cloned()
        .collect();
    let mut scratch = Draf::default();
    let Some(p) = identitas::pengesah(
        &block,
        None,
        "Tanda tangan di bawah tabel prosedur",
        &mut scratch,
    ) else {
        return;
    };
    // Signatories already read there (a "Dibuat / Diperiksa / Disetujui
    // oleh" table after the procedure) are not added twice.
    let sama = |s: &Pengesah| {
        (p.nip.is_some() && s.nip == p.nip) || (p.nama.is_some() && s.nama == p.nama)
    };
    if d.disahkan_oleh.iter().any(sama) {
        return;
    }
    match d.disahkan_oleh.iter_mut().find(|s| s.peran.is_none()) {
        Some(s) if s.nama.is_none() && s.nip.is_none() => {
            s.nama = p.nama.clone();
            s.pangkat = s.pangkat.take().or(p.pangkat.clone());
            s.nip = p.nip.clone();
            for c in scratch.catatan {
                d.catat(c);
            }
            if p.nama.is_some() {
                d.catat(format!(
                    "Nama dan NIP penandatangan ({}) diambil dari tanda tangan di bawah tabel prosedur.",
                    kutip(p.nama.as_deref().unwrap_or(""))
                ));
            }
        }
        Some(_) => {}
        None => {
            for c in scratch.catatan {
                d.catat(c);
            }
            d.catat(format!(
                "Penandatangan {} diambil dari tanda tangan di bawah tabel prosedur.",
                kutip(&p.jabatan)
            ));
            d.disahkan_oleh.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::impor::dokumen::Para;

    fn para(t: &str) -> Blok {
        Blok::Para(Para {
            teks: t.to_string(),
            ..Para::default()
        })
    }

    #[test]
    fn a_signature_after_the_procedure_read_once() {
        let t = Tabel {
            no: 3,
            di_kepala: false,
            grid: Vec::new(),
            ind: 0.0,
            baris: Vec::new(),
        };
        let kepala = Kepala {
            baris: 0,
            tinggi: 1,
            peran: Vec::new(),
            lajur: Vec::new(),
            satuan_waktu: None,
            teks: Vec::new(),
        };
        let pros = vec![(
            0,
            Pros {
                tabel: &t,
                kepala,
                dari: 0,
            },
        )];
        let blok = vec![
            para("(tabel prosedur)"),
            para("Disetujui oleh"),
            para("Kepala Dinas Sosial"),
            para(""),
            para("Hj. Nurhayati, S.Sos., M.AP"),
            para("NIP. 19750603 199711 2 015"),
        ];
        let signed = Pengesah {
            peran: Some("Disetujui oleh".into()),
            jabatan: "Kepala Dinas Sosial".into(),
            nama: Some("Hj. Nurhayati, S.Sos., M.AP".into()),
            nip: Some("19750603 199711 2 015".into()),
            ..Pengesah::default()
        };
        // Already read (from the signatories' table): not added again as
        // a fourth signatory.
        let mut d = Draf {
            disahkan_oleh: vec![signed.clone()],
            ..Draf::default()
        };
        akhir_tanda_tangan(&blok, 0, &pros, &mut d);
        assert_eq!(d.disahkan_oleh, [signed]);
        // Not read yet: added.
        let mut d = Draf::default();
        akhir_tanda_tangan(&blok, 0, &pros, &mut d);
        assert_eq!(d.disahkan_oleh.len(), 1);
        assert_eq!(d.disahkan_oleh[0].jabatan, "Kepala Dinas Sosial");
    }
}
