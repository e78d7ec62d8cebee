//! The region of a regional regulation: "Kabupaten Nganjuk", "Kab.
//! Sleman", "Prov. NTB".

use super::kinds::Rk;
use super::words::{Word, push_title};

/// Province abbreviations: (compact, name).
#[rustfmt::skip]
pub(super) const PROVINCES: &[(&str, &str)] = &[
    ("ntb", "Nusa Tenggara Barat"), ("ntt", "Nusa Tenggara Timur"),
    ("diy", "Daerah Istimewa Yogyakarta"), ("daerahistimewayogyakarta", "Daerah Istimewa Yogyakarta"),
    ("istimewayogyakarta", "Daerah Istimewa Yogyakarta"),
    ("dki", "DKI Jakarta"), ("dkijakarta", "DKI Jakarta"), ("daerahkhususibukotajakarta", "DKI Jakarta"),
    ("jatim", "Jawa Timur"), ("jateng", "Jawa Tengah"), ("jabar", "Jawa Barat"),
    ("sumut", "Sumatera Utara"), ("sumbar", "Sumatera Barat"), ("sumsel", "Sumatera Selatan"),
    ("sulsel", "Sulawesi Selatan"), ("sulut", "Sulawesi Utara"), ("sulteng", "Sulawesi Tengah"),
    ("sultra", "Sulawesi Tenggara"), ("sulbar", "Sulawesi Barat"),
    ("kalbar", "Kalimantan Barat"), ("kalteng", "Kalimantan Tengah"), ("kalsel", "Kalimantan Selatan"),
    ("kaltim", "Kalimantan Timur"), ("kaltara", "Kalimantan Utara"),
    ("babel", "Kepulauan Bangka Belitung"), ("kepri", "Kepulauan Riau"), ("malut", "Maluku Utara"),
];

/// The kind of region a word names.
pub(super) fn region_kind(lc: &str) -> Option<Rk> {
    match lc {
        "kabupaten" | "kab" | "kabupatan" => Some(Rk::Kabupaten),
        "kota" | "kotamadya" | "kodya" | "kotamadia" => Some(Rk::Kota),
        "provinsi" | "propinsi" | "prov" | "prop" | "provensi" => Some(Rk::Provinsi),
        "desa" => Some(Rk::Desa),
        _ => None,
    }
}

/// Whether `region` reads a word (lower case) at the start of a region's
/// words as more than its name.
pub(super) fn opens_region(lc: &str) -> bool {
    region_kind(lc).is_some()
        || matches!(
            lc,
            "pemerintah" | "pemerintahan" | "daerah" | "tingkat" | "tk" | "dati"
        )
}

/// The region named by the words after a regional issuer: "Kabupaten
/// Nganjuk", "Kab. Sleman", "Prov. NTB", or a bare name whose kind the
/// issuer implies ("Peraturan Bupati Nganjuk").
pub(super) fn region(words: &[Word], implied: Option<Rk>) -> Option<String> {
    let mut i = 0;
    while words.get(i).is_some_and(|w| {
        matches!(w.lc, "pemerintah" | "pemerintahan" | "daerah") && i + 1 < words.len()
    }) && !words
        .get(i + 1)
        .is_some_and(|w| matches!(w.lc, "istimewa" | "khusus"))
    {
        i += 1;
    }
    let kind_word = |w: &Word| region_kind(w.lc);
    let mut kind = implied;
    if let Some(k) = words.get(i).and_then(kind_word) {
        kind = Some(k);
        i += 1;
        // "Kota Kota Yogyakarta": the kind written twice ("Kabupaten Kota
        // Baru" keeps its name).
        while i + 1 < words.len() && kind_word(&words[i]) == Some(k) {
            i += 1;
        }
    }
    // "Kabupaten Daerah Tingkat II Nganjuk", "Dati II", "Tk. I"
    loop {
        let lc = |k: usize| words.get(k).map_or("", |w| w.lc);
        let step = match (lc(i), lc(i + 1)) {
            ("daerah", "tingkat" | "tk") => 2,
            ("tingkat" | "tk" | "dati", _) => 1,
            _ => break,
        };
        i += step;
        if matches!(lc(i), "i" | "ii") {
            i += 1;
        }
    }
    let name = &words[i..];
    if name.is_empty() {
        return None;
    }
    if matches!(kind, None | Some(Rk::Provinsi)) {
        let mut compact = String::with_capacity(32);
        for w in name {
            compact.push_str(w.lc);
        }
        if let Some((_, full)) = PROVINCES.iter().find(|(c, _)| *c == compact) {
            return Some(format!("Provinsi {full}"));
        }
    }
    let mut out = String::with_capacity(40);
    if let Some(k) = kind {
        out.push_str(k.word());
        out.push(' ');
    }
    push_title(&mut out, name);
    Some(out)
}
