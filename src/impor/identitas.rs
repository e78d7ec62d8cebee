//! The identity part of the form: the letterhead (kop), Nomor, dates,
//! signatories and Nama SOP, wherever the table puts the values (after a
//! colon, in the next cell, past a cell holding only ":", in the cell
//! below, or as a column of values beside a column of labels).

use std::collections::HashSet;

use super::dokumen::{Blok, Tabel};
use super::draf::{Draf, Pengesah};
use super::label::{self, Identitas};
use super::teks::{self, judul, kutip, satu_baris};

/// A value found for a label, with where it was.
struct Nilai {
    field: Identitas,
    lines: Vec<String>,
    tempat: String,
}

/// Where in a segment the identity and box tables end: rows of a table at
/// and after its procedure header are not identity.
pub type Batas<'a> = &'a dyn Fn(usize) -> usize;

pub fn baca(blok: &[&Blok], batas: Batas, d: &mut Draf) {
    let mut nilai = Vec::new();
    let mut dipakai: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut kop = Vec::new();
    let mut sebelum_tabel = true;
    for b in blok {
        match b {
            Blok::Para(p) => {
                if let Some((f, rest)) = label::identitas(&p.teks) {
                    nilai.push(Nilai {
                        field: f,
                        lines: vec![rest.to_string()],
                        tempat: "teks di luar tabel".into(),
                    });
                } else if sebelum_tabel {
                    kop.extend(p.teks.lines().map(str::to_string));
                }
            }
            Blok::Tabel(t) => {
                sebelum_tabel = false;
                tabel(t, batas, &mut nilai, &mut dipakai);
                if nilai.is_empty() && kop.len() < 12 {
                    // A letterhead table above the identity table.
                    for r in &t.baris {
                        for c in &r.sel {
                            kop.extend(c.teks().lines().map(str::to_string));
                        }
                    }
                }
            }
        }
    }
    // The cells of identity tables that are neither labels nor values: the
    // letterhead beside the identity rows.
    for b in blok {
        if let Blok::Tabel(t) = b {
            let limit = batas(t.no);
            let has_identity = nilai
                .iter()
                .any(|n| n.tempat.starts_with(&format!("{},", t.nama())));
            if !has_identity {
                continue;
            }
            for (ri, r) in t.baris.iter().enumerate().take(limit) {
                for c in &r.sel {
                    if c.lanjut || dipakai.contains(&(t.no, ri, c.kol)) {
                        continue;
                    }
                    let text = c.teks();
                    if text
                        .lines()
                        .any(|l| label::identitas(l).is_some() || label::kotak(l).is_some())
                    {
                        continue;
                    }
                    kop.extend(text.lines().map(str::to_string));
                }
            }
        }
    }
    for n in nilai {
        isi(d, n);
    }
    baca_kop(&kop, d);
}

/// The identity labels of one table (and the tables nested in it).
fn tabel(
    t: &Tabel,
    batas: Batas,
    nilai: &mut Vec<Nilai>,
    dipakai: &mut HashSet<(usize, usize, usize)>,
) {
    let limit = batas(t.no);
    for (ri, r) in t.baris.iter().enumerate().take(limit) {
        for (ci, c) in r.sel.iter().enumerate() {
            if c.lanjut || dipakai.contains(&(t.no, ri, c.kol)) {
                continue;
            }
            for b in &c.blok {
                if let Blok::Tabel(inner) = b {
                    tabel(inner, batas, nilai, dipakai);
                }
            }
            let lines: Vec<String> = c.paragraf().iter().map(|p| p.teks.clone()).collect();
            let tempat = |k: usize| format!("{}, baris {}, kolom {}", t.nama(), ri + 1, k + 1);
            let labels: Vec<(usize, Identitas, String)> = lines
                .iter()
                .enumerate()
                .filter_map(|(i, l)| label::identitas(l).map(|(f, rest)| (i, f, rest.to_string())))
                .collect();
            if labels.is_empty() {
                continue;
            }
            dipakai.insert((t.no, ri, c.kol));
            // The cells after this one in the row, past ":" cells.
            // The value cell: the next one, past a ":" cell or an empty
            // spacer (at most two cells on).
            let after = &r.sel[ci + 1..];
            let next = after
                .iter()
                .take(3)
                .find(|n| !teks::kosong(&n.teks()))
                .or_else(|| after.iter().find(|n| n.teks().trim() != ":"));
            let next_is_label = next.is_some_and(|n| {
                n.teks()
                    .lines()
                    .next()
                    .is_some_and(|l| label::identitas(l).is_some())
            });
            if labels.len() >= 2 && labels.iter().all(|(_, _, rest)| rest.is_empty()) {
                // A column of labels beside a column of values, line by line.
                if let Some(n) = next.filter(|_| !next_is_label) {
                    dipakai.insert((t.no, ri, n.kol));
                    let values: Vec<String> = n.paragraf().iter().map(|p| p.teks.clone()).collect();
                    for (k, (_, f, _)) in labels.iter().enumerate() {
                        nilai.push(Nilai {
                            field: *f,
                            lines: values.get(k).cloned().into_iter().collect(),
                            tempat: tempat(n.kol),
                        });
                    }
                }
                continue;
            }
            for (k, (i, f, rest)) in labels.iter().enumerate() {
                let end = labels.get(k + 1).map_or(lines.len(), |x| x.0);
                let mut value: Vec<String> = Vec::new();
                if !rest.is_empty() {
                    value.push(rest.clone());
                }
                value.extend(lines[i + 1..end].iter().cloned());
                let mut where_ = tempat(c.kol);
                if value.iter().all(|v| teks::kosong(v)) && labels.len() == 1 {
                    if let Some(n) = next.filter(|_| !next_is_label) {
                        dipakai.insert((t.no, ri, n.kol));
                        value = n.paragraf().iter().map(|p| p.teks.clone()).collect();
                        // "Disahkan oleh | : | value": the colon in the value cell.
                        if value.first().is_some_and(|v| v.trim() == ":") {
                            value.remove(0);
                        }
                        where_ = tempat(n.kol);
                    } else if matches!(f, Identitas::Pengesah(_))
                        && let Some(below) = t.baris.get(ri + 1).and_then(|b| b.sel_di(c.kol))
                    {
                        // Signatory labels in one row, signatures in the next.
                        dipakai.insert((t.no, ri + 1, below.kol));
                        value = below.paragraf().iter().map(|p| p.teks.clone()).collect();
                        where_ = format!("{}, baris {}, kolom {}", t.nama(), ri + 2, below.kol + 1);
                    }
                }
                nilai.push(Nilai {
                    field: *f,
                    lines: value,
                    tempat: where_,
                });
            }
        }
    }
}

fn isi(d: &mut Draf, n: Nilai) {
    let text = satu_baris(&n.lines.join(" "));
    let text = text.trim_start_matches(':').trim().to_string();
    let field = match n.field {
        Identitas::TanggalPembuatan => "tanggal_pembuatan",
        Identitas::TanggalRevisi => "tanggal_revisi",
        Identitas::TanggalEfektif => "tanggal_efektif",
        _ => "tanggal_pengesahan",
    };
    let tanggal = |d: &mut Draf, name: &str| -> Option<crate::content::tanggal::Tanggal> {
        if teks::kosong(&text) {
            if !d.tanggal_kosong.iter().any(|(f, _)| *f == field) {
                d.tanggal_kosong
                    .push((field, if text.contains('-') { "-" } else { "" }));
            }
            return None;
        }
        match teks::tanggal(&text) {
            Some(t) => Some(t),
            None => {
                d.catat(format!(
                    "{}, {name}: {} bukan tanggal yang terbaca; tidak dimasukkan.",
                    n.tempat,
                    kutip(&text)
                ));
                None
            }
        }
    };
    match n.field {
        Identitas::Nomor if !teks::kosong(&text) => {
            d.nomor.get_or_insert(text.clone());
        }
        Identitas::Nama if !teks::kosong(&text) => {
            let nama = judul(&text);
            if d.nama.is_none() {
                d.nama = Some(nama);
            }
        }
        Identitas::TanggalPembuatan => {
            if let Some(t) = tanggal(d, "Tanggal Pembuatan") {
                d.tanggal_pembuatan.get_or_insert(t);
            }
        }
        Identitas::TanggalRevisi => {
            if let Some(t) = tanggal(d, "Tanggal Revisi") {
                d.tanggal_revisi.get_or_insert(t);
            }
        }
        Identitas::TanggalEfektif => {
            if let Some(t) = tanggal(d, "Tanggal Efektif") {
                d.tanggal_efektif.get_or_insert(t);
            }
        }
        Identitas::TanggalPengesahan => {
            if let Some(t) = tanggal(d, "Tanggal Pengesahan") {
                d.tanggal_pengesahan.get_or_insert(t);
            }
        }
        Identitas::Pengesah(peran) => {
            let lines: Vec<String> = n
                .lines
                .iter()
                .flat_map(|l| l.lines().map(str::to_string).collect::<Vec<_>>())
                .collect();
            if lines.iter().all(|l| teks::kosong(l)) {
                return;
            }
            let p = pengesah(&lines, peran.map(str::to_string), &n.tempat, d);
            if let Some(p) = p {
                d.disahkan_oleh.push(p);
            }
        }
        _ => {}
    }
}

/// A signatory from the lines of a signature cell: jabatan first, then
/// (after the blank lines left for the signature) the name, the rank and
/// the NIP.
pub fn pengesah(
    lines: &[String],
    peran: Option<String>,
    tempat: &str,
    d: &mut Draf,
) -> Option<Pengesah> {
    // The first line after the blank space left for the signature: the
    // name, in the usual layout.
    let mut after_gap = None;
    let mut seen_text = false;
    let mut gap = false;
    let mut kept = Vec::new();
    for l in lines.iter().map(|l| satu_baris(l)) {
        let blank = teks::kosong(&l) || l.chars().all(|c| matches!(c, '.' | '_' | ' ' | '…'));
        if blank {
            gap |= seen_text;
            continue;
        }
        if gap && after_gap.is_none() {
            after_gap = Some(kept.len());
        }
        seen_text = true;
        kept.push(l);
    }
    let mut lines = kept;
    // "NIP. 1970..." written inside the name line, or everything in one line.
    let mut split = Vec::new();
    for l in lines.drain(..) {
        // ASCII lowercase keeps byte positions.
        let low = l.to_ascii_lowercase();
        let pos = [" nip", " n.i.p", " n.p."]
            .iter()
            .filter_map(|m| low.find(m))
            .min();
        match pos {
            Some(p) if p > 0 => {
                if after_gap.is_some_and(|g| g > split.len()) {
                    after_gap = after_gap.map(|g| g + 1);
                }
                split.push(l[..p].trim().to_string());
                split.push(l[p..].trim().to_string());
            }
            _ => split.push(l),
        }
    }
    let lines = split;
    if lines.is_empty() {
        return None;
    }
    let mut p = Pengesah {
        peran,
        ..Pengesah::default()
    };
    let nip_at = lines.iter().position(|l| teks::nip(l).is_some());
    let pangkat_at = lines.iter().position(|l| teks::pangkat(l));
    let upto = nip_at.or(pangkat_at).unwrap_or(lines.len());
    let nama_at = lines[..upto]
        .iter()
        .rposition(|l| teks::nama_bergelar(l))
        .or_else(|| {
            (upto < lines.len() && upto >= 2)
                .then(|| upto - 1)
                .filter(|&i| Some(i) != pangkat_at)
        })
        .or_else(|| {
            after_gap.filter(|&g| g < upto && g > 0 && Some(g) != pangkat_at && Some(g) != nip_at)
        });
    let jabatan_end = nama_at.unwrap_or(upto);
    let jabatan: Vec<&str> = lines[..jabatan_end]
        .iter()
        .map(String::as_str)
        .filter(|l| !l.eq_ignore_ascii_case("ttd") && !l.eq_ignore_ascii_case("ttd."))
        .collect();
    p.jabatan = judul(&jabatan.join(" "));
    p.nama = nama_at.map(|i| lines[i].clone());
    p.pangkat = pangkat_at.map(|i| lines[i].clone());
    if let Some(i) = nip_at
        && let Some((nip, digits)) = teks::nip(&lines[i])
    {
        if digits == 18 {
            p.nip = Some(nip);
        } else {
            d.catat(format!(
                "{tempat}, NIP: {} punya {digits} angka, bukan 18; tidak dimasukkan. Periksa NIP pada dokumen asli.",
                kutip(&lines[i])
            ));
        }
    }
    if p.jabatan.is_empty() {
        match p.nama.take() {
            Some(n) => {
                d.catat(format!(
                    "{tempat}: jabatan penandatangan tidak ditemukan; {} ditulis sebagai jabatan.",
                    kutip(&n)
                ));
                p.jabatan = n;
            }
            None => return None,
        }
    }
    if lines.len() == 1 && lines[0].len() > 60 && nama_at.is_none() {
        d.catat(format!(
            "{tempat}: jabatan, nama dan pangkat penandatangan tertulis dalam satu baris ({}); semuanya dimasukkan sebagai jabatan, pisahkan sendiri.",
            kutip(&lines[0])
        ));
    }
    Some(p)
}

/// Pemerintah, instansi and unit from the letterhead's lines.
fn baca_kop(lines: &[String], d: &mut Draf) {
    let mut seen = HashSet::new();
    let lines: Vec<String> = lines
        .iter()
        .map(|l| satu_baris(l))
        .filter(|l| !l.is_empty() && seen.insert(teks::kunci(l)))
        .collect();
    let nama_k = d.nama.as_deref().map(teks::kunci);
    let mut instansi: Option<String> = None;
    let mut unit: Vec<String> = Vec::new();
    for l in &lines {
        let k = teks::kunci(l);
        let abaikan = k.is_empty()
            || l.len() > 120
            || k.contains("standar operasional")
            || k.starts_with("sop")
            || k.starts_with("prosedur")
            || k.starts_with("jl ")
            || k.starts_with("jalan ")
            || k.contains("telp")
            || k.contains("email")
            || k.contains("e mail")
            || k.contains("kode pos")
            || k.contains("website")
            || k.contains("http")
            || k.contains("faks")
            || k.contains("www")
            || nama_k.as_deref() == Some(k.as_str())
            || k.chars().all(|c| c.is_ascii_digit() || c == ' ');
        if abaikan {
            continue;
        }
        if k.starts_with("pemerintah") {
            if d.pemerintah.is_none() {
                d.pemerintah = Some(judul(l));
            }
            continue;
        }
        let first = k.split(' ').next().unwrap_or("");
        let instansi_kata = matches!(
            first,
            "dinas"
                | "badan"
                | "kantor"
                | "inspektorat"
                | "kecamatan"
                | "kelurahan"
                | "rsud"
                | "rumah"
                | "puskesmas"
                | "kementerian"
                | "lembaga"
                | "satuan"
                | "direktorat"
                | "biro"
                | "sekretariat"
                | "uptd"
                | "upt"
                | "bagian"
                | "bidang"
                | "kejaksaan"
                | "pengadilan"
                | "kepolisian"
                | "dprd"
                | "sekolah"
                | "smp"
                | "sma"
                | "smk"
                | "universitas"
                | "politeknik"
                | "desa"
        );
        let sambungan = matches!(
            first,
            "dan" | "kabupaten" | "kota" | "provinsi" | "daerah" | "prov" | "kab"
        );
        // "Sekretariat Daerah", "Sekretariat DPRD": agencies of their own;
        // a bare "Sekretariat" under a dinas is one of its units.
        let second = k.split(' ').nth(1).unwrap_or("");
        let sekretariat_instansi = first == "sekretariat"
            && matches!(
                second,
                "daerah" | "dprd" | "dewan" | "jenderal" | "utama" | "negara" | "kabinet"
            );
        // A line that starts with a joining mark ("- SEKSI ...", "& ...")
        // goes on with the one above.
        if l.trim_start().starts_with(['-', '–', '—', '&', '/', ','])
            && let Some(last) = unit.last_mut().or(instansi.as_mut())
        {
            last.push(' ');
            last.push_str(l.trim());
            continue;
        }
        match &mut instansi {
            None if instansi_kata
                && (!matches!(first, "bidang" | "bagian" | "sekretariat")
                    || sekretariat_instansi
                    || lines.len() == 1) =>
            {
                instansi = Some(l.clone());
            }
            Some(i) if sambungan && unit.is_empty() => {
                i.push(' ');
                i.push_str(l);
            }
            // The agency's name wrapped onto the next line: it goes on up
            // to its region ("... PELAYANAN" ↵ "TERPADU SATU PINTU
            // KABUPATEN KUBU RAYA").
            Some(i)
                if unit.is_empty()
                    && !instansi_kata
                    && !unit_kata(first)
                    && !ada_wilayah(&teks::kunci(i))
                    && ada_wilayah(&k) =>
            {
                i.push(' ');
                i.push_str(l);
            }
            // The agency's name again (a cover page above the kop) is not a unit.
            Some(i) if teks::kunci(i).starts_with(&k) => {}
            Some(_) if instansi_kata || k.starts_with("sub") || unit_kata(first) => {
                unit.push(l.clone());
            }
            None if instansi_kata => unit.push(l.clone()),
            // A unit's name wrapped onto the next line ("BIDANG KETAHANAN
            // EKONOMI, SOSIAL," ↵ "BUDAYA, AGAMA DAN ..."): a line that
            // starts no unit of its own goes on with the one above.
            Some(_) if sambungan || !unit.is_empty() => {
                if let Some(last) = unit.last_mut() {
                    last.push(' ');
                    last.push_str(l);
                }
            }
            _ => {}
        }
    }
    if d.instansi.is_none() {
        d.instansi = instansi.map(|i| judul(&i));
        lengkapi_wilayah(d);
    }
    if d.unit.is_empty() {
        unit.truncate(3);
        d.unit = unit.iter().map(|u| judul(u)).collect();
    }
}

/// "PEMERINTAH PROVINSI NUSA TENGGARA BARAT" over "DINAS SOSIAL": the kop
/// says the agency's region on the line above it. An agency of a region
/// is named with it ("Dinas Sosial Provinsi Nusa Tenggara Barat"); without
/// it, the catalogue would put every province's "Dinas Sosial" under one
/// name. Said in the notes.
fn lengkapi_wilayah(d: &mut Draf) {
    let (Some(i), Some(p)) = (&d.instansi, &d.pemerintah) else {
        return;
    };
    let ki = teks::kunci(i);
    let first = ki.split(' ').next().unwrap_or("");
    let daerah = matches!(
        first,
        "dinas" | "badan" | "inspektorat" | "sekretariat" | "satuan" | "kantor"
    );
    if !daerah || ada_wilayah(&ki) {
        return;
    }
    // The region: from "Provinsi", "Kabupaten" or "Kota" on.
    let words: Vec<&str> = p.split(' ').collect();
    let Some(at) = words.iter().position(|w| {
        matches!(
            teks::kunci(w).as_str(),
            "provinsi" | "kabupaten" | "kota" | "prov" | "kab"
        )
    }) else {
        return;
    };
    let wilayah = words[at..].join(" ");
    let lengkap = format!("{i} {wilayah}");
    d.catat(format!(
        "Nama instansi {} dilengkapi dengan wilayah dari baris pemerintah di kop: {}.",
        kutip(i),
        kutip(&lengkap)
    ));
    d.instansi = Some(lengkap);
}

/// Whether a name says its region: "... Kabupaten Kubu Raya".
fn ada_wilayah(k: &str) -> bool {
    k.split(' ')
        .any(|w| matches!(w, "kabupaten" | "kota" | "provinsi" | "kab" | "prov"))
}

/// First words of a unit inside an agency that are not agencies
/// themselves: "Seksi ...", "Inspektur Pembantu Wilayah II", "Unit ...".
fn unit_kata(first: &str) -> bool {
    matches!(
        first,
        "seksi" | "inspektur" | "irban" | "unit" | "instalasi" | "kelompok" | "pokja" | "tim"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_cell() {
        let mut d = Draf::default();
        let lines: Vec<String> = [
            "KEPALA DINAS SOSIAL",
            "",
            "",
            "H. Ahsanul Khalik, S.Sos., MH",
            "Pembina Tingkat I",
            "NIP. 19701231 199803 1 069",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let p = pengesah(&lines, None, "Tabel 1", &mut d).unwrap();
        assert_eq!(p.jabatan, "Kepala Dinas Sosial");
        assert_eq!(p.nama.as_deref(), Some("H. Ahsanul Khalik, S.Sos., MH"));
        assert_eq!(p.pangkat.as_deref(), Some("Pembina Tingkat I"));
        assert_eq!(p.nip.as_deref(), Some("19701231 199803 1 069"));
        assert!(d.catatan.is_empty());
        // No title, no NIP: the line after the signature space is the name.
        let lines: Vec<String> = ["KEPALA BAGIAN UMUM", "", "", "BUDI SANTOSO"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let p = pengesah(&lines, None, "Tabel 1", &mut d).unwrap();
        assert_eq!(
            (p.jabatan.as_str(), p.nama.as_deref()),
            ("Kepala Bagian Umum", Some("BUDI SANTOSO"))
        );
        let lines = vec![
            "Kepala".to_string(),
            "Budi".to_string(),
            "NIP 1234".to_string(),
        ];
        let p = pengesah(&lines, None, "Tabel 1, baris 2", &mut d).unwrap();
        assert_eq!(p.nama.as_deref(), Some("Budi"));
        assert_eq!(p.nip, None);
        assert!(d.catatan[0].contains("punya 4 angka"), "{:?}", d.catatan);
    }

    #[test]
    fn letterhead() {
        let mut d = Draf::default();
        let lines: Vec<String> = [
            "PEMERINTAH KABUPATEN NGANJUK",
            "DINAS PEMBERDAYAAN MASYARAKAT",
            "DAN DESA",
            "Jl. Merdeka 1, Telp. 123",
            "SEKRETARIAT",
            "SUB BAGIAN PROGRAM",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        baca_kop(&lines, &mut d);
        assert_eq!(
            d.pemerintah.as_deref(),
            Some("Pemerintah Kabupaten Nganjuk")
        );
        // The agency named with the region of the line above it.
        assert_eq!(
            d.instansi.as_deref(),
            Some("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Nganjuk")
        );
        assert_eq!(d.unit, ["Sekretariat", "Sub Bagian Program"]);
        assert!(
            d.catatan
                .iter()
                .any(|c| c.contains("dilengkapi dengan wilayah")),
            "{:?}",
            d.catatan
        );
    }

    #[test]
    fn the_agency_named_with_its_region() {
        let kop = |lines: &[&str]| {
            let mut d = Draf::default();
            let lines: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            baca_kop(&lines, &mut d);
            d
        };
        // Every province has a "Dinas Sosial": the kop says which one on
        // the line above (the import wrote "Dinas Sosial" alone, unlike
        // the transcription of the same form).
        let d = kop(&["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "DINAS SOSIAL"]);
        assert_eq!(
            d.instansi.as_deref(),
            Some("Dinas Sosial Provinsi Nusa Tenggara Barat")
        );
        // Already named with its region, or no region to add: as written.
        let d = kop(&[
            "PEMERINTAH KABUPATEN SLEMAN",
            "DINAS SOSIAL KABUPATEN SLEMAN",
        ]);
        assert_eq!(d.instansi.as_deref(), Some("Dinas Sosial Kabupaten Sleman"));
        assert!(d.catatan.is_empty(), "{:?}", d.catatan);
        let d = kop(&["DINAS SOSIAL", "SEKRETARIAT"]);
        assert_eq!(d.instansi.as_deref(), Some("Dinas Sosial"));
        // Not an agency named after its region.
        let d = kop(&[
            "PEMERINTAH KABUPATEN LUWU TIMUR",
            "UPTD PUSKESMAS TOMONI TIMUR",
        ]);
        assert_eq!(d.instansi.as_deref(), Some("UPTD Puskesmas Tomoni Timur"));
    }

    #[test]
    fn a_secretariat_that_is_the_agency() {
        // "Sekretariat Daerah" is an agency of its own (it was read as a
        // unit, and the SOP had no instansi); a bare "Sekretariat" under a
        // dinas stays a unit (above).
        let mut d = Draf::default();
        let lines: Vec<String> = [
            "PEMERINTAH KOTA BENGKULU",
            "SEKRETARIAT DAERAH KOTA BENGKULU",
            "Bagian Umum",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        baca_kop(&lines, &mut d);
        assert_eq!(
            d.instansi.as_deref(),
            Some("Sekretariat Daerah Kota Bengkulu")
        );
        assert_eq!(d.unit, ["Bagian Umum"]);
        let mut d = Draf::default();
        baca_kop(
            &[
                "SEKRETARIAT DPRD".to_string(),
                "BAGIAN PERSIDANGAN".to_string(),
            ],
            &mut d,
        );
        assert_eq!(d.instansi.as_deref(), Some("Sekretariat DPRD"));
        assert_eq!(d.unit, ["Bagian Persidangan"]);
        // An inspectorate's unit (it was left out: not a word of units).
        let mut d = Draf::default();
        baca_kop(
            &[
                "PEMERINTAH KABUPATEN SLEMAN".to_string(),
                "INSPEKTORAT KABUPATEN SLEMAN".to_string(),
                "Inspektur Pembantu Wilayah II".to_string(),
            ],
            &mut d,
        );
        assert_eq!(d.instansi.as_deref(), Some("Inspektorat Kabupaten Sleman"));
        assert_eq!(d.unit, ["Inspektur Pembantu Wilayah II"]);
        // The agency's name on two lines, the break before its region.
        let mut d = Draf::default();
        baca_kop(
            &[
                "DINAS PENANAMAN MODAL DAN PELAYANAN".to_string(),
                "TERPADU SATU PINTU KABUPATEN KUBU RAYA".to_string(),
                "BIDANG PERIZINAN".to_string(),
            ],
            &mut d,
        );
        assert_eq!(
            d.instansi.as_deref(),
            Some("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kubu Raya")
        );
        assert_eq!(d.unit, ["Bidang Perizinan"]);
        // A unit's name on two lines.
        let mut d = Draf::default();
        baca_kop(
            &[
                "BADAN KESATUAN BANGSA DAN POLITIK KOTA MALANG".to_string(),
                "BIDANG KETAHANAN EKONOMI, SOSIAL,".to_string(),
                "BUDAYA, AGAMA DAN ORGANISASI KEMASYARAKATAN".to_string(),
                "Jl. Majapahit 1, Telp. 123".to_string(),
            ],
            &mut d,
        );
        assert_eq!(
            d.unit,
            ["Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Organisasi Kemasyarakatan"]
        );
        // ... broken before the dash joining its levels.
        let mut d = Draf::default();
        baca_kop(
            &[
                "BADAN KEPEGAWAIAN DAERAH KOTA PALU".to_string(),
                "Bidang Penilaian Kinerja Aparatur dan Penghargaan".to_string(),
                "- Seksi Diklat Struktural dan Fungsional".to_string(),
            ],
            &mut d,
        );
        assert_eq!(
            d.unit,
            [
                "Bidang Penilaian Kinerja Aparatur dan Penghargaan - Seksi Diklat Struktural dan Fungsional"
            ]
        );
    }
}
