//! Recognising the labels of the SOP-AP form in text as staff type it:
//! any case, with or without colons or dots, with common typos.

use super::teks::kunci;

/// The identity fields of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identitas {
    Nomor,
    Nama,
    TanggalPembuatan,
    TanggalRevisi,
    TanggalEfektif,
    TanggalPengesahan,
    /// A signatory, with the form's label when it is not "Disahkan oleh".
    Pengesah(Option<&'static str>),
}

const IDENTITAS: &[(&str, Identitas)] = &[
    ("nama sop", Identitas::Nama),
    ("judul sop", Identitas::Nama),
    ("nama prosedur", Identitas::Nama),
    ("nama standar operasional prosedur", Identitas::Nama),
    ("nomor urut sop", Identitas::Nomor),
    ("no urut sop", Identitas::Nomor),
    ("nomor sop", Identitas::Nomor),
    ("no sop", Identitas::Nomor),
    ("nomer sop", Identitas::Nomor),
    ("nomor", Identitas::Nomor),
    ("tanggal pembuatan", Identitas::TanggalPembuatan),
    ("tgl pembuatan", Identitas::TanggalPembuatan),
    ("tanggal dibuat", Identitas::TanggalPembuatan),
    ("tanggal penyusunan", Identitas::TanggalPembuatan),
    ("tanggal revisi", Identitas::TanggalRevisi),
    ("tgl revisi", Identitas::TanggalRevisi),
    ("tanggal efektif", Identitas::TanggalEfektif),
    ("tgl efektif", Identitas::TanggalEfektif),
    ("tanggal berlaku", Identitas::TanggalEfektif),
    ("tanggal pengesahan", Identitas::TanggalPengesahan),
    ("tgl pengesahan", Identitas::TanggalPengesahan),
    ("tanggal disahkan", Identitas::TanggalPengesahan),
    ("tgl disahkan", Identitas::TanggalPengesahan),
    ("disahkan oleh", Identitas::Pengesah(None)),
    ("disyahkan oleh", Identitas::Pengesah(None)),
    ("disahkan", Identitas::Pengesah(None)),
    ("mengesahkan", Identitas::Pengesah(None)),
    (
        "ditetapkan oleh",
        Identitas::Pengesah(Some("Ditetapkan oleh")),
    ),
    ("dibuat oleh", Identitas::Pengesah(Some("Dibuat oleh"))),
    ("disusun oleh", Identitas::Pengesah(Some("Disusun oleh"))),
    (
        "diperiksa oleh",
        Identitas::Pengesah(Some("Diperiksa oleh")),
    ),
    (
        "disetujui oleh",
        Identitas::Pengesah(Some("Disetujui oleh")),
    ),
];

/// Splits `line` after `label` (in [`kunci`] form) when the line starts
/// with it: the rest, its colon and spaces removed.
pub fn setelah<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let mut k = String::new();
    let mut last_alnum = false;
    for (i, c) in line.char_indices() {
        if c.is_alphanumeric() {
            if !last_alnum && !k.is_empty() {
                k.push(' ');
            }
            k.extend(c.to_lowercase());
            last_alnum = true;
            if !label.starts_with(k.as_str()) {
                return None;
            }
            if k == label {
                let rest = &line[i + c.len_utf8()..];
                if rest.starts_with(char::is_alphanumeric) {
                    return None;
                }
                return Some(
                    rest.trim_start_matches(|c: char| {
                        c.is_whitespace() || matches!(c, ':' | '.' | '=' | '-' | '–')
                    })
                    .trim_end(),
                );
            }
        } else {
            last_alnum = false;
        }
    }
    None
}

/// An identity label at the start of `line`, and the value after it.
pub fn identitas(line: &str) -> Option<(Identitas, &str)> {
    let k = kunci(line);
    for (label, f) in IDENTITAS {
        if !k.starts_with(label) {
            continue;
        }
        if let Some(rest) = setelah(line, label) {
            // "Nomor" alone is a label only when nothing but a value follows.
            if *label == "nomor" && rest.split_whitespace().count() > 6 {
                continue;
            }
            if *label == "disahkan" && !rest.is_empty() {
                continue;
            }
            return Some((*f, rest));
        }
    }
    None
}

/// A box heading at the start of `line` (typos within one or two letters
/// accepted for the long ones), and the text after it.
pub fn kotak(line: &str) -> Option<(&'static str, &str)> {
    let k = kunci(line);
    if k.is_empty() || k.len() > 200 {
        return None;
    }
    for (field, labels) in super::draf::KOTAK {
        for label in *labels {
            if k.starts_with(label)
                && let Some(rest) = setelah(line, label)
            {
                // A heading stands alone or is followed by a colon; "Peralatan
                // kantor tersedia" is content.
                let tail = &line[line.len() - rest.len()..];
                let before = &line[..line.len() - tail.len()];
                if rest.is_empty() || before.contains(':') {
                    return Some((field, rest));
                }
            }
        }
    }
    // Typos: "Peralatan/Perengkapan", "Pencacatan dan Pendataan".
    let k_short = k.trim_end_matches(" :").to_string();
    if k_short.split(' ').count() <= 4 && !line.contains(':') || line.trim_end().ends_with(':') {
        for (field, labels) in super::draf::KOTAK {
            for label in *labels {
                if label.len() >= 9 && jarak(&k_short, label) <= 2 {
                    return Some((field, ""));
                }
            }
        }
    }
    None
}

/// A box heading as staff sometimes write it in a row of headings: the
/// keyword and a word or two more ("Perlengkapan Kinerja"), no colon.
pub fn kotak_longgar(line: &str) -> Option<&'static str> {
    if let Some((field, _)) = kotak(line) {
        return Some(field);
    }
    let k = kunci(line);
    if k.is_empty() || k.split(' ').count() > 4 {
        return None;
    }
    super::draf::KOTAK
        .iter()
        .find(|(_, labels)| labels.iter().any(|l| k.starts_with(&format!("{l} "))))
        .map(|(f, _)| *f)
}

/// Levenshtein distance, for short labels.
pub fn jarak(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 3 {
        return 99;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The role of a procedure table's column, from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kolom {
    No,
    Kegiatan,
    Pelaksana,
    MutuBaku,
    Kelengkapan,
    Waktu,
    Output,
    Keterangan,
    PenanggungJawab,
}

pub fn kolom(text: &str) -> Option<Kolom> {
    let k = kunci(text);
    let k = k.as_str();
    if k.is_empty() {
        return None;
    }
    let starts = |p: &str| k == p || k.starts_with(&format!("{p} "));
    Some(match k {
        "no" | "nomor" | "no urut" | "nmr" => Kolom::No,
        _ if starts("kegiatan")
            || starts("aktivitas")
            || starts("aktifitas")
            || starts("uraian")
            || starts("prosedur")
            || starts("langkah")
            || k == "deskripsi kegiatan"
            || k == "rincian kegiatan" =>
        {
            Kolom::Kegiatan
        }
        _ if starts("pelaksana") => Kolom::Pelaksana,
        _ if starts("mutu baku")
            || starts("mutu buku")
            || starts("mutu")
            || jarak(k, "mutu baku") <= 2 =>
        {
            Kolom::MutuBaku
        }
        _ if starts("input") || starts("masukan") || k == "bahan" || k == "sarana" => {
            Kolom::Kelengkapan
        }
        _ if starts("lama waktu") || k == "jangka waktu" => Kolom::Waktu,
        _ if starts("kelengkapan")
            || starts("persyaratan")
            || starts("syarat")
            || starts("perlengkapan")
            || starts("persyaratan kelengkapan") =>
        {
            Kolom::Kelengkapan
        }
        _ if starts("waktu") || starts("wkt") || k == "durasi" => Kolom::Waktu,
        _ if starts("output") || starts("hasil") || starts("keluaran") || starts("out put") => {
            Kolom::Output
        }
        _ if starts("keterangan") || k == "ket" || k == "catatan" => Kolom::Keterangan,
        _ if starts("penanggung jawab")
            || starts("penangung jawab")
            || starts("penanggungjawab")
            || k == "pj"
            || jarak(k, "penanggung jawab") <= 2 =>
        {
            Kolom::PenanggungJawab
        }
        _ => return None,
    })
}

/// The unit a "Waktu (menit)" heading gives to bare numbers.
pub fn satuan_kolom(text: &str) -> Option<&'static str> {
    let k = kunci(text);
    ["detik", "menit", "jam", "hari", "minggu", "bulan"]
        .into_iter()
        .find(|u| k.split(' ').skip(1).any(|w| w == *u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_labels() {
        assert_eq!(
            identitas("Nomor SOP : 07/SOP"),
            Some((Identitas::Nomor, "07/SOP"))
        );
        assert_eq!(identitas("NOMOR URUT SOP"), Some((Identitas::Nomor, "")));
        assert_eq!(identitas("No. SOP: 12"), Some((Identitas::Nomor, "12")));
        assert_eq!(
            identitas("Tgl. Pembuatan :"),
            Some((Identitas::TanggalPembuatan, ""))
        );
        assert_eq!(
            identitas("Diperiksa Oleh"),
            Some((Identitas::Pengesah(Some("Diperiksa oleh")), ""))
        );
        assert_eq!(
            identitas("Nama SOP : Mekanisme X"),
            Some((Identitas::Nama, "Mekanisme X"))
        );
        assert_eq!(identitas("Nomorator"), None);
        assert_eq!(identitas("Kepala Dinas"), None);
    }

    #[test]
    fn box_headings() {
        assert_eq!(kotak("Dasar Hukum:"), Some(("dasar_hukum", "")));
        assert_eq!(
            kotak("DASAR HUKUM : UU 1/2020"),
            Some(("dasar_hukum", "UU 1/2020"))
        );
        assert_eq!(
            kotak("Peralatan/Perengkapan"),
            Some(("peralatan_perlengkapan", ""))
        );
        assert_eq!(
            kotak("Pencacatan dan Pendataan"),
            Some(("pencatatan_pendataan", ""))
        );
        assert_eq!(kotak("Peralatan kantor tersedia lengkap di ruang"), None);
        assert_eq!(
            kotak_longgar("Perlengkapan Kinerja"),
            Some("peralatan_perlengkapan")
        );
        assert_eq!(
            kotak_longgar("Peralatan kantor tersedia lengkap di ruang"),
            None
        );
    }

    #[test]
    fn column_headings() {
        assert_eq!(kolom("NO."), Some(Kolom::No));
        assert_eq!(kolom("Uraian Prosedur"), Some(Kolom::Kegiatan));
        assert_eq!(kolom("MUTU BUKU"), Some(Kolom::MutuBaku));
        assert_eq!(kolom("Kelengkapan dan Peralatan"), Some(Kolom::Kelengkapan));
        assert_eq!(kolom("Waktu (menit)"), Some(Kolom::Waktu));
        assert_eq!(satuan_kolom("Waktu (menit)"), Some("menit"));
        assert_eq!(kolom("Penangung Jawab"), Some(Kolom::PenanggungJawab));
        assert_eq!(kolom("Ket."), Some(Kolom::Keterangan));
        assert_eq!(kolom("Kepala Dinas"), None);
        assert_eq!(kolom("Input"), Some(Kolom::Kelengkapan));
        assert_eq!(kolom("Lama Waktu"), Some(Kolom::Waktu));
    }
}
