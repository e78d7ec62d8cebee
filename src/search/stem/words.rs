//! The word lists of the stemmer: stop words, and roots that look
//! derived and are not.

/// A stop word: a function word the index leaves out. Content words that
/// matter in SOPs ("ya", "tidak", "hari", "kerja", "sampai", "sesuai") are
/// not stop words.
pub fn is_stop_word(word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        STOP_WORDS
            .binary_search(&word.to_ascii_lowercase().as_str())
            .is_ok()
    } else {
        STOP_WORDS.binary_search(&word).is_ok()
    }
}

/// Function words left out of the index (sorted, for binary search).
#[rustfmt::skip]
pub(super) const STOP_WORDS: &[&str] = &[
    "ada", "adalah", "agar", "akan", "aku", "anda", "antara", "apa", "apabila", "atas", "atau",
    "bagaimana", "bagi", "bahwa", "beberapa", "belum", "bila", "boleh", "bukan", "dalam", "dan",
    "dapat", "dari", "demikian", "dengan", "di", "dia", "hanya", "harus", "ia", "ialah", "ini",
    "itu", "jika", "juga", "kami", "kamu", "karena", "ke", "kepada", "ketika", "kita", "lagi",
    "lain", "lainnya", "maka", "masih", "maupun", "melalui", "mengenai", "mereka", "meskipun",
    "namun", "oleh", "pada", "para", "pula", "pun", "saat", "saja", "sambil", "sangat", "saya",
    "sebagai", "sebagaimana", "sebelum", "secara", "sedang", "sedangkan", "sehingga", "sejak",
    "selain", "selama", "seluruh", "semua", "sendiri", "seperti", "serta", "sesudah", "setelah",
    "setiap", "suatu", "sudah", "supaya", "tanpa", "telah", "tentang", "terhadap", "tersebut",
    "tetapi", "tiap", "untuk", "walaupun", "yaitu", "yakni", "yang",
];

/// Roots that look derived and are not: never taken apart, and no prefix
/// is stripped from a word starting with one (`berkasnya`, `kependudukan`
/// keep them whole). Kept short: the corpus vote settles most cases.
#[rustfmt::skip]
pub(super) const PROTECTED: &[&str] = &[
    "berapa", "beras", "berat", "berita", "berkas", "diklat", "dinamis", "digital", "direktur",
    "disiplin", "divisi", "kaban", "kalimantan", "kawasan", "memang", "menaker", "mendagri",
    "mendikbud", "pedoman", "pegawai", "pelaku", "pemerintah", "pendapat", "penduduk", "pengaruh",
    "penyakit", "perangkat", "perempuan", "periksa", "perintah", "periode", "pesan", "peserta",
    "selatan", "sekolah", "tangan", "terima", "terminal", "triwulan",
];

/// Roots ending in i that look like a root and the suffix -i
/// (meneliti is teliti, not telit + i).
pub(super) const ROOTS_IN_I: &[&str] = &["lestari", "mandiri", "murni", "teliti"];

pub(super) fn protected_exact(s: &[u8]) -> bool {
    PROTECTED.iter().any(|p| p.as_bytes() == s)
}

pub(super) fn protected_start(s: &[u8]) -> bool {
    PROTECTED.iter().any(|p| s.starts_with(p.as_bytes()))
}
