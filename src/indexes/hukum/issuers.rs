//! National issuers: the ministries, under the names of their eras, and
//! the agencies whose heads issue regulations.

use super::kinds::{Instr, Kind};
use super::words::{Word, is_head_word, push_title};

/// A ministry: the compact forms of its name after "Menteri" (words joined,
/// without "dan"/"serta"), its full name, the name shown in titles, and the
/// short forms of its regulations, decisions and minister.
pub(super) struct Ministry {
    pub(super) forms: &'static [&'static str],
    pub(super) name: &'static str,
    pub(super) mid: &'static str,
    pub(super) per: &'static str,
    pub(super) kep: &'static str,
    pub(super) men: &'static str,
}

pub(super) const fn mn(
    forms: &'static [&'static str],
    name: &'static str,
    mid: &'static str,
    per: &'static str,
    kep: &'static str,
    men: &'static str,
) -> Ministry {
    Ministry {
        forms,
        name,
        mid,
        per,
        kep,
        men,
    }
}

pub(super) const PANRB: usize = 0;
pub(super) const KEUANGAN: usize = 4;
pub(super) const DIKBUDRISTEK: usize = 5;
pub(super) const DIKBUD: usize = 6;
pub(super) const DIKNAS: usize = 7;
pub(super) const DIKDASMEN: usize = 8;
pub(super) const KOMINFO: usize = 15;
pub(super) const KOMDIGI: usize = 16;
pub(super) const NAKER: usize = 18;
pub(super) const AGAMA: usize = 20;
pub(super) const KUMHAM: usize = 22;
pub(super) const MENPAN: usize = 40;
pub(super) const TENAGA_KERJA: usize = 41;
pub(super) const NAKERTRANS: usize = 42;
pub(super) const KEHAKIMAN: usize = 43;
pub(super) const KUMDANG: usize = 44;
pub(super) const KEHHAM: usize = 45;
pub(super) const HUKUM: usize = 46;

#[rustfmt::skip]
pub(super) const MINISTRIES: [Ministry; 47] = [
    // "Reformasi Birokrasi" or "RB" written: the name since October 2009.
    mn(&["pendayagunaanaparaturnegarareformasibirokrasi", "pendayagunaanaparaturnegarareformasi", "panreformasibirokrasi", "panreformasi", "panrb", "menpanrb"],
       "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "PANRB", "Permenpan RB", "Kepmenpan RB", "Menpan RB"),
    mn(&["dalamnegeri", "dagri"], "Dalam Negeri", "Dalam Negeri", "Permendagri", "Kepmendagri", "Mendagri"),
    mn(&["sosial", "sos"], "Sosial", "Sosial", "Permensos", "Kepmensos", "Mensos"),
    mn(&["kesehatan", "kes"], "Kesehatan", "Kesehatan", "Permenkes", "Kepmenkes", "Menkes"),
    mn(&["keuangan", "keu"], "Keuangan", "Keuangan", "PMK", "KMK", "Menkeu"),
    mn(&["pendidikankebudayaanrisetteknologi", "dikbudristek"], "Pendidikan, Kebudayaan, Riset, dan Teknologi", "Pendidikan, Kebudayaan, Riset, dan Teknologi", "Permendikbudristek", "Kepmendikbudristek", "Mendikbudristek"),
    mn(&["pendidikankebudayaan", "dikbud"], "Pendidikan dan Kebudayaan", "Pendidikan dan Kebudayaan", "Permendikbud", "Kepmendikbud", "Mendikbud"),
    mn(&["pendidikannasional", "diknas"], "Pendidikan Nasional", "Pendidikan Nasional", "Permendiknas", "Kepmendiknas", "Mendiknas"),
    mn(&["pendidikandasarmenengah", "dikdasmen"], "Pendidikan Dasar dan Menengah", "Pendidikan Dasar dan Menengah", "Permendikdasmen", "Kepmendikdasmen", "Mendikdasmen"),
    mn(&["pekerjaanumumperumahanrakyat", "pupr"], "Pekerjaan Umum dan Perumahan Rakyat", "PUPR", "Permen PUPR", "Kepmen PUPR", "Menteri PUPR"),
    mn(&["pekerjaanumum", "pu"], "Pekerjaan Umum", "Pekerjaan Umum", "Permen PU", "Kepmen PU", "Menteri PU"),
    mn(&["lingkunganhidupkehutanan", "lhk"], "Lingkungan Hidup dan Kehutanan", "LHK", "Permen LHK", "Kepmen LHK", "Menteri LHK"),
    mn(&["lingkunganhidup", "lh"], "Lingkungan Hidup", "Lingkungan Hidup", "Permen LH", "Kepmen LH", "Menteri LH"),
    mn(&["kehutanan", "hut"], "Kehutanan", "Kehutanan", "Permenhut", "Kepmenhut", "Menhut"),
    mn(&["perhubungan", "hub"], "Perhubungan", "Perhubungan", "Permenhub", "Kepmenhub", "Menhub"),
    mn(&["komunikasiinformatika", "kominfo"], "Komunikasi dan Informatika", "Komunikasi dan Informatika", "Permenkominfo", "Kepmenkominfo", "Menkominfo"),
    mn(&["komunikasidigital", "komdigi"], "Komunikasi dan Digital", "Komunikasi dan Digital", "Permenkomdigi", "Kepmenkomdigi", "Menkomdigi"),
    mn(&["pertanian", "tan"], "Pertanian", "Pertanian", "Permentan", "Kepmentan", "Mentan"),
    // "Permenaker" is said of every era of the ministry: it is placed by its year.
    mn(&["ketenagakerjaan", "naker", "aker"], "Ketenagakerjaan", "Ketenagakerjaan", "Permenaker", "Kepmenaker", "Menaker"),
    mn(&["pemberdayaanperempuanperlindungananak", "pppa", "ppa"], "Pemberdayaan Perempuan dan Perlindungan Anak", "PPPA", "Permen PPPA", "Kepmen PPPA", "Menteri PPPA"),
    mn(&["agama", "ag"], "Agama", "Agama", "PMA", "KMA", "Menag"),
    mn(&["desapembangunandaerahtertinggaltransmigrasi", "desapdtt", "desa", "des"], "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "Desa PDTT", "Permendesa PDTT", "Kepmendesa PDTT", "Mendesa PDTT"),
    mn(&["hukumhakasasimanusia", "hukumham", "kumham"], "Hukum dan Hak Asasi Manusia", "Hukum dan HAM", "Permenkumham", "Kepmenkumham", "Menkumham"),
    mn(&["perdagangan", "dag"], "Perdagangan", "Perdagangan", "Permendag", "Kepmendag", "Mendag"),
    mn(&["perindustrian", "perin"], "Perindustrian", "Perindustrian", "Permenperin", "Kepmenperin", "Menperin"),
    mn(&["kelautanperikanan", "kp"], "Kelautan dan Perikanan", "Kelautan dan Perikanan", "Permen KP", "Kepmen KP", "Menteri KP"),
    mn(&["energisumberdayamineral", "esdm"], "Energi dan Sumber Daya Mineral", "ESDM", "Permen ESDM", "Kepmen ESDM", "Menteri ESDM"),
    mn(&["agrariatataruang", "atrbpn", "atr"], "Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional", "ATR/BPN", "Permen ATR/BPN", "Kepmen ATR/BPN", "Menteri ATR/BPN"),
    mn(&["pariwisataekonomikreatif", "parekraf", "pariwisata", "par"], "Pariwisata dan Ekonomi Kreatif", "Pariwisata dan Ekonomi Kreatif", "Permenparekraf", "Kepmenparekraf", "Menparekraf"),
    mn(&["pemudaolahraga", "pora"], "Pemuda dan Olahraga", "Pemuda dan Olahraga", "Permenpora", "Kepmenpora", "Menpora"),
    mn(&["koperasiusahakecilmenengah", "koperasiukm", "kopukm", "koperasi"], "Koperasi dan Usaha Kecil dan Menengah", "Koperasi dan UKM", "Permenkop UKM", "Kepmenkop UKM", "Menkop UKM"),
    mn(&["badanusahamiliknegara", "bumn"], "Badan Usaha Milik Negara", "BUMN", "Permen BUMN", "Kepmen BUMN", "Menteri BUMN"),
    mn(&["risetteknologipendidikantinggi", "ristekdikti"], "Riset, Teknologi, dan Pendidikan Tinggi", "Riset, Teknologi, dan Pendidikan Tinggi", "Permenristekdikti", "Kepmenristekdikti", "Menristekdikti"),
    mn(&["luarnegeri", "lu"], "Luar Negeri", "Luar Negeri", "Permenlu", "Kepmenlu", "Menlu"),
    mn(&["perencanaanpembangunannasional", "ppnbappenas", "ppn", "bappenas"], "Perencanaan Pembangunan Nasional/Kepala Badan Perencanaan Pembangunan Nasional", "PPN/Bappenas", "Permen PPN", "Kepmen PPN", "Menteri PPN"),
    mn(&["sekretarisnegara", "setneg", "sesneg"], "Sekretaris Negara", "Sekretaris Negara", "Permensesneg", "Kepmensesneg", "Mensesneg"),
    // Coordinating ministers: "Permenko Perekonomian" is stem "ko" + "perekonomian".
    mn(&["koordinatorbidangperekonomian", "koordinatorperekonomian", "koperekonomian", "koekon"], "Koordinator Bidang Perekonomian", "Koordinator Bidang Perekonomian", "Permenko Perekonomian", "Kepmenko Perekonomian", "Menko Perekonomian"),
    mn(&["koordinatorbidangpembangunanmanusiakebudayaan", "koordinatorpembangunanmanusiakebudayaan", "kopmk"], "Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "Koordinator Bidang PMK", "Permenko PMK", "Kepmenko PMK", "Menko PMK"),
    mn(&["koordinatorbidangpolitikhukumkeamanan", "koordinatorpolitikhukumkeamanan", "kopolhukam"], "Koordinator Bidang Politik, Hukum, dan Keamanan", "Koordinator Bidang Polhukam", "Permenko Polhukam", "Kepmenko Polhukam", "Menko Polhukam"),
    mn(&["koordinatorbidangkemaritimaninvestasi", "koordinatorkemaritimaninvestasi", "komarves"], "Koordinator Bidang Kemaritiman dan Investasi", "Koordinator Bidang Marves", "Permenko Marves", "Kepmenko Marves", "Menko Marves"),
    // Former names (see ERAS). "Permenpan" without "RB" is said of both
    // eras of the ministry: it is placed by its year.
    mn(&["pendayagunaanaparaturnegara", "pan", "mpan"], "Negara Pendayagunaan Aparatur Negara", "Negara PAN", "Permenpan", "Kepmenpan", "Menpan"),
    // Keys as today's ministry's ("permenaker/..."): the URLs of the pages stay.
    mn(&["tenagakerja"], "Tenaga Kerja", "Tenaga Kerja", "Permenaker", "Kepmenaker", "Menaker"),
    mn(&["tenagakerjatransmigrasi", "nakertrans", "akertrans"], "Tenaga Kerja dan Transmigrasi", "Tenaga Kerja dan Transmigrasi", "Permenaker", "Kepmenaker", "Menaker"),
    mn(&["kehakiman", "keh"], "Kehakiman", "Kehakiman", "Permenkeh", "Kepmenkeh", "Menkeh"),
    mn(&["hukumperundangundangan", "hukumperundangan", "kumdang"], "Hukum dan Perundang-undangan", "Hukum dan Perundang-undangan", "Permenkumdang", "Kepmenkumdang", "Menkumdang"),
    mn(&["kehakimanhakasasimanusia", "kehakimanham", "kehham"], "Kehakiman dan Hak Asasi Manusia", "Kehakiman dan HAM", "Permenkeh HAM", "Kepmenkeh HAM", "Menkeh HAM"),
    mn(&["hukum", "kum"], "Hukum", "Hukum", "Permenkum", "Kepmenkum", "Menkum"),
];

/// Ministries renamed over time: each family lists (ministry, first year,
/// last year, whether an older or newer name may be changed into it), the
/// boundary years in two eras (a cabinet renamed it that year). A citation
/// is named as its year named the ministry: when the ministry its words
/// name did not exist in its year, the ministry of that year is named
/// instead ("Kepmenpan" of 1993 is of the Menteri Negara Pendayagunaan
/// Aparatur Negara, "Permendiknas" of 2015 of the Menteri Pendidikan dan
/// Kebudayaan); in a boundary year, the words decide. A ministry split in
/// several ("Pendidikan Dasar dan Menengah" from Pendidikan, Kebudayaan,
/// Riset, dan Teknologi in 2024) is no successor to change a name into:
/// a later citation naming the former ministry keeps its words.
#[rustfmt::skip]
pub(super) const ERAS: &[&[(usize, u16, u16, bool)]] = &[
    // MenPAN until the cabinet of October 2009, PANRB after.
    &[(MENPAN, 0, 2009, true), (PANRB, 2009, u16::MAX, true)],
    // Departemen Pendidikan dan Kebudayaan; Pendidikan Nasional from
    // October 1999; Pendidikan dan Kebudayaan from October 2011; with Riset
    // dan Teknologi from April 2021; split in October 2024.
    &[(DIKBUD, 0, 1999, true), (DIKNAS, 1999, 2011, true), (DIKBUD, 2011, 2021, true),
      (DIKBUDRISTEK, 2021, 2024, true), (DIKDASMEN, 2024, u16::MAX, false)],
    // Kehakiman; Hukum dan Perundang-undangan from October 1999; Kehakiman
    // dan HAM from 2000-2001; Hukum dan HAM from October 2004; split in
    // October 2024.
    &[(KEHAKIMAN, 0, 1999, true), (KUMDANG, 1999, 2001, true), (KEHHAM, 2000, 2004, true),
      (KUMHAM, 2004, 2024, true), (HUKUM, 2024, u16::MAX, false)],
    // Komunikasi dan Informatika, Komunikasi dan Digital from October 2024.
    &[(KOMINFO, 0, 2024, true), (KOMDIGI, 2024, u16::MAX, true)],
    // Tenaga Kerja; Tenaga Kerja dan Transmigrasi from 2000-2001;
    // Ketenagakerjaan from October 2014.
    &[(TENAGA_KERJA, 0, 2001, true), (NAKERTRANS, 2000, 2014, true), (NAKER, 2014, u16::MAX, true)],
];

/// The ministry a citation of `tahun` naming `index` is of (see [`ERAS`]).
pub(super) fn of_its_era(index: usize, tahun: u16) -> usize {
    let Some(family) = ERAS.iter().find(|f| f.iter().any(|e| e.0 == index)) else {
        return index;
    };
    let during = |e: &&(usize, u16, u16, bool)| (e.1..=e.2).contains(&tahun);
    if family.iter().filter(during).any(|e| e.0 == index) {
        return index;
    }
    family
        .iter()
        .filter(during)
        .find(|e| e.3)
        .map_or(index, |e| e.0)
}

pub(super) fn ministry_kind(instr: Instr, index: usize) -> Kind {
    let m = &MINISTRIES[index];
    let (jenis, singkatan) = match instr {
        Instr::Per => (format!("Peraturan Menteri {}", m.name), m.per.to_string()),
        Instr::Kep => (format!("Keputusan Menteri {}", m.name), m.kep.to_string()),
        Instr::In => (
            format!("Instruksi Menteri {}", m.name),
            format!("Instruksi {}", m.men),
        ),
        Instr::Se => (
            format!("Surat Edaran Menteri {}", m.name),
            format!("SE {}", m.men),
        ),
    };
    Kind {
        jenis,
        singkatan,
        region: None,
        menteri: Some((instr, index)),
    }
}

/// The ministry named by `stem` (the rest of a fused word like
/// "Permendagri") and the words after it.
pub(super) fn ministry(instr: Instr, stem: &str, words: &[Word]) -> Option<Kind> {
    // The stem read as the first word, as it is when the type is written
    // out ("Permendan PAN-RB" is "Peraturan Menteri dan PAN-RB"), so that
    // a title names the same ministry; "PermenNo." or "PermenRI" name none.
    let joined: Vec<Word>;
    let words = if stem.is_empty() {
        words
    } else {
        if !is_head_word(stem) {
            return None;
        }
        joined = std::iter::once(Word {
            lc: stem,
            orig: stem,
        })
        .chain(words.iter().copied())
        .collect();
        &joined
    };
    // "Menteri Negara Pendayagunaan Aparatur Negara"
    let at = words.iter().take_while(|w| w.lc == "negara").count();
    let words = &words[at..];
    if let Some(m) = lookup(&MINISTRIES, |m| m.forms, "", words) {
        return Some(ministry_kind(instr, m));
    }
    // Unknown: keep its words.
    if words.is_empty() {
        return None;
    }
    let mut name = String::with_capacity(32);
    push_title(&mut name, words);
    let (jenis, singkatan) = match instr {
        Instr::Per => (
            format!("Peraturan Menteri {name}"),
            format!("Permen {name}"),
        ),
        Instr::Kep => (
            format!("Keputusan Menteri {name}"),
            format!("Kepmen {name}"),
        ),
        Instr::In => (
            format!("Instruksi Menteri {name}"),
            format!("Instruksi Menteri {name}"),
        ),
        Instr::Se => (
            format!("Surat Edaran Menteri {name}"),
            format!("SE Menteri {name}"),
        ),
    };
    Some(Kind {
        jenis,
        singkatan,
        region: None,
        menteri: None,
    })
}

/// The table entry whose longest form is how `stem` + `words` begin (on a
/// word boundary), ignoring "dan" and "serta".
pub(super) fn lookup<T>(
    table: &[T],
    forms: impl Fn(&T) -> &[&'static str],
    stem: &str,
    words: &[Word],
) -> Option<usize> {
    let mut compact = String::with_capacity(64);
    let mut bounds = [0usize; 12];
    let mut nb = 0;
    if !stem.is_empty() {
        compact.push_str(stem);
        bounds[0] = compact.len();
        nb = 1;
    }
    for w in words {
        if nb == bounds.len() {
            break;
        }
        if matches!(w.lc, "dan" | "serta") {
            continue;
        }
        compact.push_str(w.lc);
        bounds[nb] = compact.len();
        nb += 1;
    }
    let bounds = &bounds[..nb];
    let mut best: Option<(usize, usize)> = None;
    for (k, t) in table.iter().enumerate() {
        for f in forms(t) {
            if best.is_none_or(|(_, l)| f.len() > l)
                && compact.starts_with(f)
                && bounds.contains(&f.len())
            {
                best = Some((k, f.len()));
            }
        }
    }
    best.map(|(k, _)| k)
}

// ---------------------------------------------------------------- agencies

/// A national agency whose head issues regulations.
pub(super) struct Agency {
    pub(super) forms: &'static [&'static str],
    pub(super) name: &'static str,
    pub(super) abbr: &'static str,
    /// "Peraturan Kepala X" (true) or "Peraturan X".
    pub(super) kepala: bool,
    pub(super) per: &'static str,
}

pub(super) const fn ag(
    forms: &'static [&'static str],
    name: &'static str,
    abbr: &'static str,
    kepala: bool,
    per: &'static str,
) -> Agency {
    Agency {
        forms,
        name,
        abbr,
        kepala,
        per,
    }
}

#[rustfmt::skip]
pub(super) const AGENCIES: [Agency; 15] = [
    ag(&["badankepegawaiannegara", "kepegawaiannegara", "bkn"], "Badan Kepegawaian Negara", "BKN", true, "Perka BKN"),
    ag(&["arsipnasional", "anri"], "Arsip Nasional Republik Indonesia", "ANRI", true, "Perka ANRI"),
    ag(&["lembagakebijakanpengadaan", "lkpp"], "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", "LKPP", false, "Perlem LKPP"),
    ag(&["badannasionalpenanggulanganbencana", "bnpb"], "Badan Nasional Penanggulangan Bencana", "BNPB", true, "Perka BNPB"),
    ag(&["lembagaadministrasinegara", "lan"], "Lembaga Administrasi Negara", "LAN", true, "Perka LAN"),
    ag(&["badanpusatstatistik", "bps"], "Badan Pusat Statistik", "BPS", true, "Perka BPS"),
    ag(&["badanpengawasankeuanganpembangunan", "bpkp"], "Badan Pengawasan Keuangan dan Pembangunan", "BPKP", true, "Perka BPKP"),
    ag(&["badanpengawasobatmakanan", "bpom"], "Badan Pengawas Obat dan Makanan", "BPOM", true, "Perka BPOM"),
    ag(&["perpustakaannasional", "perpusnas"], "Perpustakaan Nasional Republik Indonesia", "Perpusnas", true, "Perka Perpusnas"),
    ag(&["badankependudukankeluargaberencananasional", "bkkbn"], "Badan Kependudukan dan Keluarga Berencana Nasional", "BKKBN", true, "Perka BKKBN"),
    ag(&["badansibersandinegara", "bssn"], "Badan Siber dan Sandi Negara", "BSSN", true, "Perka BSSN"),
    ag(&["badannarkotikanasional", "bnn"], "Badan Narkotika Nasional", "BNN", true, "Perka BNN"),
    ag(&["badanpertanahannasional", "bpn"], "Badan Pertanahan Nasional", "BPN", true, "Perka BPN"),
    ag(&["badanmeteorologiklimatologigeofisika", "bmkg"], "Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG", true, "Perka BMKG"),
    ag(&["komisipemilihanumum", "kpu"], "Komisi Pemilihan Umum", "KPU", false, "PKPU"),
];

/// "Peraturan Kepala BKN", "Perka BKN", "Peraturan Badan Kepegawaian
/// Negara" (one regulation whichever way its head is named).
pub(super) fn agency(instr: Instr, words: &[Word]) -> Option<Kind> {
    let words = match words.first() {
        Some(w) if matches!(w.lc, "kepala" | "ka") => &words[1..],
        _ => words,
    };
    let a = &AGENCIES[lookup(&AGENCIES, |a| a.forms, "", words)?];
    let (jenis, singkatan) = match instr {
        Instr::Per if a.kepala => (format!("Peraturan Kepala {}", a.name), a.per.to_string()),
        Instr::Per => (format!("Peraturan {}", a.name), a.per.to_string()),
        Instr::Kep => (
            format!("Keputusan Kepala {}", a.name),
            format!("Kepka {}", a.abbr),
        ),
        Instr::In => (
            format!("Instruksi Kepala {}", a.name),
            format!("Instruksi Kepala {}", a.abbr),
        ),
        Instr::Se => (
            format!("Surat Edaran Kepala {}", a.name),
            format!("SE Kepala {}", a.abbr),
        ),
    };
    Some(Kind {
        jenis,
        singkatan,
        region: None,
        menteri: None,
    })
}

/// `jenis` as shown in a title: ministries and agencies by their short
/// names ("Peraturan Menteri PANRB", "Peraturan Kepala BKN").
pub(super) fn push_short_jenis(out: &mut String, jenis: &str, singkatan: &str) {
    if let Some(i) = jenis.find("Menteri ") {
        let name = &jenis[i + 8..];
        if let Some(m) = MINISTRIES.iter().find(|m| m.name == name) {
            out.push_str(&jenis[..i + 8]);
            out.push_str(m.mid);
            return;
        }
    }
    // Only when the agency was read as the issuer ("Perka BKN"): in
    // "Peraturan Menteri Kepala Badan Kepegawaian Negara" it is not, and
    // its abbreviation would make a title whose key is another one.
    if let Some(a) = AGENCIES
        .iter()
        .find(|a| jenis.ends_with(a.name) && singkatan.ends_with(a.abbr))
    {
        out.push_str(&jenis[..jenis.len() - a.name.len()]);
        out.push_str(a.abbr);
        return;
    }
    out.push_str(jenis);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_era_table_names_the_ministries_it_means() {
        for (index, per) in [
            (PANRB, "Permenpan RB"),
            (KEUANGAN, "PMK"),
            (DIKBUDRISTEK, "Permendikbudristek"),
            (DIKBUD, "Permendikbud"),
            (DIKNAS, "Permendiknas"),
            (DIKDASMEN, "Permendikdasmen"),
            (KOMINFO, "Permenkominfo"),
            (KOMDIGI, "Permenkomdigi"),
            (AGAMA, "PMA"),
            (KUMHAM, "Permenkumham"),
            (MENPAN, "Permenpan"),
            (KEHAKIMAN, "Permenkeh"),
            (KUMDANG, "Permenkumdang"),
            (KEHHAM, "Permenkeh HAM"),
            (HUKUM, "Permenkum"),
        ] {
            assert_eq!(MINISTRIES[index].per, per);
        }
        assert_eq!(MINISTRIES[NAKER].name, "Ketenagakerjaan");
        assert_eq!(MINISTRIES[TENAGA_KERJA].name, "Tenaga Kerja");
        assert_eq!(MINISTRIES[NAKERTRANS].name, "Tenaga Kerja dan Transmigrasi");
        // Every year of a family's span has an era, eras follow each other,
        // and names are unique (titles find a ministry by its name).
        for family in ERAS {
            assert_eq!(family[0].1, 0);
            for pair in family.windows(2) {
                assert!(pair[1].1 <= pair[0].2 && pair[0].2 <= pair[1].2, "{pair:?}");
            }
        }
        let mut names: Vec<&str> = MINISTRIES.iter().map(|m| m.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }
}
