//! Text as Word documents hold it, made plain: spaces, quotes, hyphens and
//! case; and the values of the SOP-AP form read from it (labels, dates,
//! waktu, NIP, names).

use crate::content::tanggal::Tanggal;

/// One line of text with Word's noise removed: non-breaking and odd spaces
/// become spaces, smart quotes plain ones, soft hyphens and zero-width
/// characters go, runs of spaces become one.
pub fn rapikan(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2000}'..='\u{200a}' | '\t' | '\u{3000}' => ' ',
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{2060}' => continue,
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
            '\u{2010}' | '\u{2011}' => '-',
            c if c.is_control() && c != '\n' => ' ',
            c => c,
        };
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !out.ends_with('\n') && c != '\n' {
            out.push(' ');
        }
        space = false;
        if c == '\n' {
            while out.ends_with(' ') {
                out.pop();
            }
        }
        out.push(c);
    }
    out.trim_matches([' ', '\n']).to_string()
}

/// Lines of a text joined with single spaces.
pub fn satu_baris(s: &str) -> String {
    rapikan(&s.replace('\n', " "))
}

/// A label compared without case, punctuation or extra spaces:
/// "Tgl. Pembuatan :" and "TGL PEMBUATAN" both give "tgl pembuatan".
pub fn kunci(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// True when the text has letters and none of them is lowercase.
pub fn kapital_semua(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

const KATA_KECIL: &[&str] = &[
    "dan", "di", "ke", "dari", "yang", "untuk", "atas", "pada", "dengan", "atau", "serta",
    "tentang", "oleh", "bagi", "dalam",
];

/// "DINAS SOSIAL KABUPATEN KEPULAUAN SELAYAR" → "Dinas Sosial Kabupaten
/// Kepulauan Selayar"; short words without vowels and known abbreviations
/// (PMD, NTB, UPTD, RSUD...) stay in capitals. Text that is not all
/// capitals is returned as it is.
pub fn judul(s: &str) -> String {
    if !kapital_semua(s) {
        return s.to_string();
    }
    let mut out = Vec::new();
    for (i, w) in s.split(' ').enumerate() {
        let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        let lower = w.to_lowercase();
        let has_vowel = letters.chars().any(|c| "AIUEO".contains(c));
        let singkatan = !has_vowel
            || (letters.len() <= 4 && SINGKATAN.contains(&letters.as_str()))
            || w.contains('.') && letters.len() <= 3
            || ROMAWI.contains(&letters.as_str()) && letters.len() == w.len();
        if singkatan && letters.len() > 1 || letters.is_empty() {
            out.push(w.to_string());
        } else if i > 0 && KATA_KECIL.contains(&lower.as_str()) {
            out.push(lower);
        } else {
            let mut cs = lower.chars();
            let first: String = cs
                .next()
                .map(|c| c.to_uppercase().collect())
                .unwrap_or_default();
            // "KABUPATEN/KOTA" → "Kabupaten/Kota"
            let rest: String = cs.as_str().to_string();
            let mut word = first + &rest;
            if let Some(p) = word.find(['/', '-']) {
                let (a, b) = word.split_at(p + 1);
                let mut bc = b.chars();
                if let Some(c) = bc.next() {
                    word = format!("{a}{}{}", c.to_uppercase(), bc.as_str());
                }
            }
            out.push(word);
        }
    }
    out.join(" ")
}

const SINGKATAN: &[&str] = &[
    "SOP", "PMD", "NTB", "NTT", "UPTD", "UPT", "RSUD", "SKPD", "OPD", "DPRD", "BPBD", "RI", "DKI",
    "DIY", "KB", "PPKB", "PUPR", "BKD", "BKPSDM", "PKK", "ASN", "PNS", "LAKIP", "SAKIP", "TU",
    "IKU", "SDM", "TIK", "KUKM", "DPMPTSP", "BPKAD", "BAPPEDA", "SMA", "SMK", "SMP", "SD", "ATK",
    "RKT", "LKJIP", "AP",
];
const ROMAWI: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

// ------------------------------------------------------------------ tanggal

const BULAN: &[(&str, u8)] = &[
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("pebruari", 2),
    ("feb", 2),
    ("peb", 2),
    ("maret", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("agustus", 8),
    ("agu", 8),
    ("agt", 8),
    ("agus", 8),
    ("ags", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("nop", 11),
    ("desember", 12),
    ("des", 12),
];

fn bulan(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.').to_lowercase();
    BULAN.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// A date as Indonesian documents write it: "2 Januari 2017", "JUNI 2020",
/// "Sept. 2023", "08-04-2019", "8/4/2019", "2019-04-08", "2023". `None`
/// when it is not a date; blank and "-" are handled by the caller.
pub fn tanggal(s: &str) -> Option<Tanggal> {
    let s = satu_baris(s);
    let s = s.trim_end_matches(['.', ',']).trim();
    if let Some(t) = Tanggal::parse(s) {
        return Some(t);
    }
    let parts: Vec<&str> = s.split([' ', ',']).filter(|p| !p.is_empty()).collect();
    let tahun = |p: &str| {
        (p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u16>().ok())
            .flatten()
            .filter(|y| (1900..=2199).contains(y))
    };
    let hari = |p: &str| p.parse::<u8>().ok().filter(|d| (1..=31).contains(d));
    match parts.as_slice() {
        [d, m, y] => {
            let (d, m, y) = (hari(d)?, bulan(m)?, tahun(y)?);
            Tanggal::ymd(y, m, d)
        }
        [m, y] => Some(Tanggal {
            tahun: tahun(y)?,
            bulan: Some(bulan(m)?),
            hari: None,
        }),
        [one] => {
            // 08-04-2019, 8/4/2019, 08.04.2019
            let nums: Vec<&str> = one.split(['-', '/', '.']).collect();
            if let [d, m, y] = nums.as_slice() {
                let m = m.parse::<u8>().ok().or_else(|| bulan(m))?;
                return Tanggal::ymd(tahun(y)?, m, hari(d)?);
            }
            None
        }
        _ => None,
    }
}

/// True for a cell that says there is no value: blank, dashes, dots.
pub fn kosong(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '.' | ':' | '_' | '…'))
}

// ------------------------------------------------------------------- waktu

/// A waktu as the content format accepts it (docs/format.md): "N unit", ranges,
/// "1 x 24 jam", "hari kerja"; or free text with no leading number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BacaWaktu {
    /// Written as is (possibly with an abbreviated unit spelled out).
    Baik(String),
    /// Read, but changed: (the value written, what the source said).
    Ditebak(String, String),
    /// Not readable: left out.
    Gagal,
}

const SATUAN: &[(&str, &str)] = &[
    ("detik", "detik"),
    ("dtk", "detik"),
    ("det", "detik"),
    ("menit", "menit"),
    ("mnt", "menit"),
    ("mnit", "menit"),
    ("men", "menit"),
    ("min", "menit"),
    ("menit'", "menit"),
    ("'", "menit"),
    ("jam", "jam"),
    ("jm", "jam"),
    ("hari", "hari"),
    ("hr", "hari"),
    ("hri", "hari"),
    ("minggu", "minggu"),
    ("mg", "minggu"),
    ("mgg", "minggu"),
    ("pekan", "minggu"),
    ("bulan", "bulan"),
    ("bln", "bulan"),
    ("bl", "bulan"),
];

const SATUAN_BAKU: &[&str] = &["detik", "menit", "jam", "hari", "minggu", "bulan"];

fn angka(s: &str) -> bool {
    let s = s.replacen(',', ".", 1);
    let (a, b) = s.split_once('.').unwrap_or((&s, "0"));
    !a.is_empty()
        && !b.is_empty()
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.bytes().all(|c| c.is_ascii_digit())
}

/// Reads a waktu cell. `satuan_kolom` is the unit a header gives ("Waktu
/// (menit)"), applied to a bare number.
pub fn waktu(s: &str, satuan_kolom: Option<&str>) -> BacaWaktu {
    let asli = satu_baris(s);
    // "± 10 menit", "maks. 1 hari": the amount, said in the notes.
    // ASCII lowercase keeps byte positions, for slicing `asli` below.
    let lower = asli.to_ascii_lowercase();
    for prefix in [
        "±",
        "+/-",
        "+-",
        "kurang lebih",
        "kurleb",
        "lebih kurang",
        "maksimal",
        "maksimum",
        "maks.",
        "maks",
        "max.",
        "max",
        "paling lama",
        "paling lambat",
        "selama",
        "sekitar",
        "kira-kira",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let rest = asli[asli.len() - rest.len()..].trim();
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                return match waktu(rest, satuan_kolom) {
                    BacaWaktu::Baik(w) | BacaWaktu::Ditebak(w, _) => BacaWaktu::Ditebak(w, asli),
                    BacaWaktu::Gagal => BacaWaktu::Gagal,
                };
            }
        }
    }
    // "5'": minutes.
    if let Some(n) = asli.strip_suffix('\'').map(str::trim)
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit())
    {
        return BacaWaktu::Ditebak(format!("{n} menit"), asli.clone());
    }
    let t = asli.trim_end_matches('.').trim();
    if t.is_empty() {
        return BacaWaktu::Gagal;
    }
    if let Some(w) = gabungan(t) {
        return BacaWaktu::Ditebak(w, asli.clone());
    }
    // Free text with no leading number is kept as written.
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return if t.chars().any(char::is_alphabetic) {
            BacaWaktu::Baik(t.to_string())
        } else {
            BacaWaktu::Gagal
        };
    }
    // Split digits from a glued unit: "10menit", "2x24jam".
    let mut spaced = String::new();
    let mut prev: Option<char> = None;
    for c in t.chars() {
        if let Some(p) = prev
            && ((p.is_ascii_digit() && c.is_alphabetic() && c != 'x' && c != 'X')
                || (p.is_alphabetic() && c.is_ascii_digit()))
        {
            spaced.push(' ');
        }
        spaced.push(c);
        prev = Some(c);
    }
    let spaced = spaced.replace(['–', '—'], "-");
    let words: Vec<String> = spaced
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    // The unit: the last word (two for "hari kerja").
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let (angka_kata, satuan_asli, kerja) = if lower.len() >= 2 && lower[lower.len() - 1] == "kerja"
    {
        (
            &words[..words.len() - 2],
            lower[lower.len() - 2].clone(),
            true,
        )
    } else if lower.len() >= 2 {
        (
            &words[..words.len() - 1],
            lower[lower.len() - 1].clone(),
            false,
        )
    } else {
        (&words[..], String::new(), false)
    };
    let angka_teks = angka_kata.join(" ");
    if !bilangan_waktu(&angka_teks) {
        return BacaWaktu::Gagal;
    }
    let satuan = if satuan_asli.is_empty() {
        match satuan_kolom {
            Some(u) => u.to_string(),
            None => return BacaWaktu::Gagal,
        }
    } else {
        match SATUAN
            .iter()
            .find(|(a, _)| *a == satuan_asli.trim_end_matches('.'))
        {
            Some((_, u)) => (*u).to_string(),
            None => return BacaWaktu::Gagal,
        }
    };
    let unit_kata = &words[angka_kata.len()..];
    let unit_ditulis = unit_kata.first().map(|w| w.trim_end_matches('.'));
    let kerja_s = if kerja { " kerja" } else { "" };
    let tulis = match unit_ditulis {
        // Keep the source's spelling of a standard unit ("10 Menit").
        Some(u) if SATUAN_BAKU.contains(&u.to_lowercase().as_str()) => {
            format!("{angka_teks} {u}{kerja_s}")
        }
        _ => format!("{angka_teks} {satuan}{kerja_s}"),
    };
    let sama = tulis == asli || tulis == t;
    if sama || (unit_ditulis.is_some() && satu_baris(&tulis).to_lowercase() == t.to_lowercase()) {
        BacaWaktu::Baik(tulis)
    } else if satuan_asli.is_empty() {
        // A bare number under "Waktu (menit)": the header's unit, as stated.
        BacaWaktu::Baik(tulis)
    } else {
        BacaWaktu::Ditebak(tulis, asli)
    }
}

/// "1 jam 30 menit", "2 hari 4 jam": several amounts, written as one in
/// the smallest unit ("90 menit").
fn gabungan(t: &str) -> Option<String> {
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| w.to_lowercase().trim_end_matches(['.', ',']).to_string())
        .collect();
    if words.len() < 4 || words.len() % 2 != 0 {
        return None;
    }
    let detik = |u: &str| -> Option<(u64, &'static str)> {
        let u = SATUAN.iter().find(|(a, _)| *a == u)?.1;
        Some(match u {
            "detik" => (1, "detik"),
            "menit" => (60, "menit"),
            "jam" => (3600, "jam"),
            "hari" => (86_400, "hari"),
            "minggu" => (604_800, "minggu"),
            _ => (2_592_000, "bulan"),
        })
    };
    let mut total = 0u64;
    let mut smallest = (u64::MAX, "");
    for pair in words.chunks(2) {
        let n: u64 = pair[0].parse().ok()?;
        let (sec, name) = detik(&pair[1])?;
        total = total.checked_add(n.checked_mul(sec)?)?;
        if sec < smallest.0 {
            smallest = (sec, name);
        }
    }
    (total % smallest.0 == 0).then(|| format!("{} {}", total / smallest.0, smallest.1))
}

/// "10", "1,5", "10-15", "10 - 15", "10 s.d. 15", "10 sampai 15", "1 x 24".
fn bilangan_waktu(s: &str) -> bool {
    let s = s.to_lowercase();
    for sep in [
        " s.d. ", " s/d ", " sd ", " s.d ", " sampai ", "-", " x ", "x",
    ] {
        if let Some((a, b)) = s.split_once(sep) {
            return angka(a.trim()) && angka(b.trim());
        }
    }
    angka(s.trim())
}

// --------------------------------------------------------------------- NIP

/// The NIP in a line such as "NIP. 19701231 199803 1 069" or "N.I.P :
/// 1970...": the text after the prefix, and its digit count.
pub fn nip(line: &str) -> Option<(String, usize)> {
    let l = satu_baris(line);
    let k = l.to_ascii_lowercase();
    let prefixes = [
        "n.i.p.", "n.i.p", "nip.", "nip :", "nip:", "nip", "n.p.", "n.p",
    ];
    let rest = prefixes
        .iter()
        .find(|p| k.starts_with(*p))
        .map(|p| l[p.len()..].trim_start_matches([' ', ':', '.']).trim())?;
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    let only = rest
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '.');
    (digits > 0 && only).then(|| (rest.to_string(), digits))
}

/// A pangkat (rank) line: "Pembina Tingkat I", "Penata Muda (III/a)", "IV/b".
pub fn pangkat(line: &str) -> bool {
    let k = kunci(line);
    let mut words = k.split(' ');
    let first = words.next().unwrap_or("");
    if first == "pangkat" {
        return true;
    }
    // "Pembina Utama Muda", "Penata Tk. I (III/d)": a rank's words only
    // ("Juru Parkir Koordinator" is a position, not the rank Juru).
    (matches!(
        first,
        "pembina" | "penata" | "pengatur" | "juru" | "pembantu"
    ) && words.all(|w| {
        matches!(
            w,
            "muda"
                | "madya"
                | "utama"
                | "tingkat"
                | "tk"
                | "i"
                | "ii"
                | "iii"
                | "iv"
                | "a"
                | "b"
                | "c"
                | "d"
                | "e"
                | "gol"
                | "golongan"
                | "ruang"
        ) || w.chars().all(|c| c.is_ascii_digit())
    })) || (k.len() <= 8 && golongan(&k))
}

fn golongan(k: &str) -> bool {
    let k = k.replace(' ', "");
    ["iv", "iii", "ii", "i"].iter().any(|g| {
        k.starts_with(g)
            && k[g.len()..].len() == 1
            && k[g.len()..].chars().all(|c| c.is_ascii_lowercase())
    })
}

/// A person's name with academic titles ("H. Ahsanul Khalik, S.Sos., MH").
pub fn nama_bergelar(line: &str) -> bool {
    let l = satu_baris(line);
    let gelar = [
        "S.Sos", "S.Pd", "S.H", "SH", "S.E", "SE", "S.T", "ST", "M.Si", "MM", "M.M", "MH", "M.H",
        "S.Kom", "S.IP", "S.STP", "M.AP", "M.Pd", "M.Kes", "S.Kep", "Drs", "Dr.", "Ir.", "H.",
        "Hj.", "S.Ag", "M.Ag", "S.Hut", "S.Pi", "S.Kel", "M.T", "MT", "S.AP", "S.Psi", "SKM",
        "S.KM", "A.Md", "Amd", "S.Tr", "M.Sc", "Ph.D", "M.Pub", "S.Farm", "Apt",
    ];
    (l.contains(',')
        || l.starts_with("H.")
        || l.starts_with("Hj.")
        || l.starts_with("Dr")
        || l.starts_with("Ir."))
        && gelar.iter().any(|g| l.contains(g))
}

/// Escapes text for the Markdown of the Catatan impor, so that a source's
/// `*`, `_`, `<` or `[` show as written.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in satu_baris(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A quotation of source text in the Catatan impor, shortened when long.
pub fn kutip(s: &str) -> String {
    let s = satu_baris(s);
    let short: String = if s.chars().count() > 120 {
        let mut t: String = s.chars().take(117).collect();
        t.push_str("...");
        t
    } else {
        s
    };
    format!("“{}”", md(&short))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rapikan_removes_word_noise() {
        assert_eq!(
            rapikan("  Data\u{a0}\u{a0}kin\u{ad}erja \u{201c}baru\u{201d}\t ok \n\n x "),
            "Data kinerja \"baru\" ok\n\nx"
        );
        assert_eq!(kunci("Tgl. Pembuatan :"), "tgl pembuatan");
    }

    #[test]
    fn judul_keeps_abbreviations() {
        assert_eq!(
            judul("DINAS PMD KABUPATEN NGANJUK"),
            "Dinas PMD Kabupaten Nganjuk"
        );
        assert_eq!(
            judul("SUB BAGIAN PROGRAM DAN KEUANGAN"),
            "Sub Bagian Program dan Keuangan"
        );
        assert_eq!(judul("Dinas Sosial"), "Dinas Sosial");
    }

    #[test]
    fn indonesian_dates() {
        let iso = |s: &str| tanggal(s).map(|t| t.iso());
        assert_eq!(iso("2 Januari 2017").as_deref(), Some("2017-01-02"));
        assert_eq!(iso("JUNI 2020").as_deref(), Some("2020-06"));
        assert_eq!(iso("Sept. 2023").as_deref(), Some("2023-09"));
        assert_eq!(iso("08-04-2019").as_deref(), Some("2019-04-08"));
        assert_eq!(iso("8/4/2019").as_deref(), Some("2019-04-08"));
        assert_eq!(iso("2023").as_deref(), Some("2023"));
        assert_eq!(iso("31 Februari 2023"), None);
        assert_eq!(iso("kemarin"), None);
    }

    #[test]
    fn waktu_forms() {
        use BacaWaktu::*;
        assert_eq!(waktu("10 menit", None), Baik("10 menit".into()));
        assert_eq!(waktu("10 Menit", None), Baik("10 Menit".into()));
        assert_eq!(waktu("5", Some("menit")), Baik("5 menit".into()));
        assert_eq!(waktu("1,5 jam", None), Baik("1,5 jam".into()));
        assert_eq!(waktu("10 - 15 menit", None), Baik("10 - 15 menit".into()));
        assert_eq!(waktu("1 x 24 jam", None), Baik("1 x 24 jam".into()));
        assert_eq!(waktu("3 hari kerja", None), Baik("3 hari kerja".into()));
        assert_eq!(
            waktu("15 mnt", None),
            Ditebak("15 menit".into(), "15 mnt".into())
        );
        assert_eq!(
            waktu("10menit", None),
            Ditebak("10 menit".into(), "10menit".into())
        );
        assert_eq!(waktu("10 Menir", None), Gagal);
        assert_eq!(waktu("5", None), Gagal);
        assert_eq!(waktu("Tentatif", None), Baik("Tentatif".into()));
        assert_eq!(waktu("-", None), Gagal);
        assert_eq!(
            waktu("± 10 menit", None),
            Ditebak("10 menit".into(), "± 10 menit".into())
        );
        assert_eq!(
            waktu("Maks. 3 hari", None),
            Ditebak("3 hari".into(), "Maks. 3 hari".into())
        );
        assert_eq!(waktu("5'", None), Ditebak("5 menit".into(), "5'".into()));
        assert_eq!(
            waktu("1 jam 30 menit", None),
            Ditebak("90 menit".into(), "1 jam 30 menit".into())
        );
        assert_eq!(waktu("1 jam 30 menir", None), Gagal);
        // Non-ASCII case changes must not move the slicing.
        assert_eq!(waktu("± 1 İİİ", None), Gagal);
        assert_eq!(nip("İİİ NIP 1"), None);
    }

    #[test]
    fn nip_and_names() {
        assert_eq!(
            nip("NIP. 19701231 199803 1 069"),
            Some(("19701231 199803 1 069".into(), 18))
        );
        assert_eq!(nip("N.P. 19711219 1998003 1 006").map(|n| n.1), Some(19));
        assert_eq!(nip("Nipah"), None);
        assert!(pangkat("Pembina Tingkat I"));
        assert!(pangkat("IV/b"));
        assert!(!pangkat("Kepala Dinas"));
        assert!(pangkat("Penata Muda Tk. I (III/b)"));
        assert!(pangkat("Pembina Utama Muda"));
        assert!(pangkat("Juru Muda"));
        // A position that starts like a rank: the signatory's jabatan (its
        // rank "Penata Tingkat I" was replaced by it).
        assert!(!pangkat("Juru Parkir Koordinator"));
        assert!(!pangkat("Penata Laksana Barang"));
        assert!(nama_bergelar("H. Ahsanul Khalik, S.Sos.,MH"));
        assert!(!nama_bergelar("Kepala Dinas Sosial, Prov. NTB"));
    }
}
