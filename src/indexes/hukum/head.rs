//! Reading a citation's head (the words before its number) into a kind
//! of act: "Peraturan Menteri Dalam Negeri", "Perbup", "Keputusan Kepala
//! Dinas Sosial".

use super::issuers::{AGAMA, KEUANGAN, MINISTRIES, agency, lookup, ministry, ministry_kind};
use super::kinds::{Instr, Kind, Local, Rk, fixed};
use super::words::{Word, push_title};

pub(super) fn classify(h: &[Word]) -> Option<Kind> {
    let w0 = h.first()?.lc;
    let w1 = h.get(1).map_or("", |w| w.lc);
    match w0 {
        "uud" => return None,
        "uu" | "undang" | "undangundang" => {
            let at = if w0 == "undang" && w1 == "undang" {
                2
            } else {
                1
            };
            if h.get(at).is_some_and(|w| w.lc == "dasar") {
                return None;
            }
            return fixed("Undang-Undang", "UU");
        }
        "perppu" | "perpu" => return perppu(),
        _ => {}
    }
    let (instr, at) = match (w0, w1) {
        ("peraturan" | "per", _) => (Instr::Per, 1),
        ("keputusan" | "kep" | "sk" | "kepts" | "skep", _) => (Instr::Kep, 1),
        ("surat", "keputusan") => (Instr::Kep, 2),
        ("surat", "edaran") => (Instr::Se, 2),
        ("se", _) => (Instr::Se, 1),
        ("instruksi", _) => (Instr::In, 1),
        _ => return fused(h),
    };
    issuer(instr, h, at)
}

pub(super) fn perppu() -> Option<Kind> {
    fixed("Peraturan Pemerintah Pengganti Undang-Undang", "Perppu")
}

/// Types written as one word: "Perpres", "Permendagri", "Perbup", "PMK".
pub(super) fn fused(h: &[Word]) -> Option<Kind> {
    let w0 = h[0].lc;
    let w1 = h.get(1).map_or("", |w| w.lc);
    let rest = &h[1..];
    let local = |instr, l| regional(instr, l, 1);
    match w0 {
        "pp" if w1 == "pengganti" => perppu(),
        "pp" => fixed("Peraturan Pemerintah", "PP"),
        "perpres" => fixed("Peraturan Presiden", "Perpres"),
        "keppres" | "kepres" => fixed("Keputusan Presiden", "Keppres"),
        "inpres" => fixed("Instruksi Presiden", "Inpres"),
        "perda" => local(Instr::Per, Local::Daerah),
        "qanun" => local(Instr::Per, Local::Qanun),
        "pergub" | "pergubernur" => local(Instr::Per, Local::Gubernur),
        "kepgub" | "kepgubernur" => local(Instr::Kep, Local::Gubernur),
        "ingub" => local(Instr::In, Local::Gubernur),
        // "Perbub": the b of "Bupati" is often doubled in the short form.
        "perbup" | "perbub" | "perbupati" => local(Instr::Per, Local::Bupati),
        "kepbup" | "kepbub" | "kepbupati" => local(Instr::Kep, Local::Bupati),
        "inbup" | "inbub" => local(Instr::In, Local::Bupati),
        "perwali" | "perwal" | "perwalkot" | "perwako" | "perwalikota" => {
            local(Instr::Per, Local::WaliKota)
        }
        "kepwali" | "kepwal" | "kepwalkot" | "kepwako" | "kepwalikota" => {
            local(Instr::Kep, Local::WaliKota)
        }
        "inwali" | "inwal" => local(Instr::In, Local::WaliKota),
        // Peraturan Kepala Daerah (UU 23/2014): a Perbup, Perwali or Pergub.
        "perkada" => local(Instr::Per, Local::KepalaDaerah),
        "kepkada" => local(Instr::Kep, Local::KepalaDaerah),
        "perdirjen" | "kepdirjen" => {
            let instr = if w0.starts_with("per") {
                Instr::Per
            } else {
                Instr::Kep
            };
            let dirjen = [
                Word {
                    lc: "direktur",
                    orig: "Direktur",
                },
                Word {
                    lc: "jenderal",
                    orig: "Jenderal",
                },
            ];
            let words: Vec<Word> = dirjen.iter().chain(rest).copied().collect();
            generic(instr, &words)
        }
        "perdes" => local(Instr::Per, Local::Desa),
        "perkades" => local(Instr::Per, Local::KepalaDesa),
        "kepdes" => local(Instr::Kep, Local::Desa),
        "perka" | "perkaban" | "perban" | "perlem" | "perkalan" => agency(Instr::Per, rest),
        "kepka" => agency(Instr::Kep, rest),
        "pkpu" => agency(
            Instr::Per,
            &[Word {
                lc: "kpu",
                orig: "KPU",
            }],
        ),
        "pmk" => Some(ministry_kind(Instr::Per, KEUANGAN)),
        "kmk" => Some(ministry_kind(Instr::Kep, KEUANGAN)),
        "pma" => Some(ministry_kind(Instr::Per, AGAMA)),
        "kma" => Some(ministry_kind(Instr::Kep, AGAMA)),
        "pm" => ministry(Instr::Per, "", rest),
        _ => {
            for (prefix, instr) in [
                ("permen", Instr::Per),
                ("kepmen", Instr::Kep),
                ("inmen", Instr::In),
            ] {
                if let Some(stem) = w0.strip_prefix(prefix) {
                    return ministry(instr, stem, rest);
                }
            }
            None
        }
    }
}

/// The issuer after an instrument word: "Peraturan *Menteri Dalam Negeri*".
pub(super) fn issuer(instr: Instr, h: &[Word], at: usize) -> Option<Kind> {
    let w = h.get(at)?.lc;
    let next = h.get(at + 1).map_or("", |w| w.lc);
    let local = |l, skip| regional(instr, l, at + skip).or_else(|| generic(instr, &h[at..]));
    match w {
        "presiden" => match instr {
            Instr::Per => fixed("Peraturan Presiden", "Perpres"),
            Instr::Kep => fixed("Keputusan Presiden", "Keppres"),
            Instr::In => fixed("Instruksi Presiden", "Inpres"),
            Instr::Se => fixed("Surat Edaran Presiden", "SE Presiden"),
        },
        "pemerintah" | "pemerintahan" if instr == Instr::Per => {
            if next == "pengganti" {
                perppu()
            } else {
                fixed("Peraturan Pemerintah", "PP")
            }
        }
        "menteri" | "men" => ministry(instr, "", &h[at + 1..]),
        "daerah" => local(Local::Daerah, 1),
        "gubernur" | "gub" => local(Local::Gubernur, 1),
        "bupati" | "bup" => local(Local::Bupati, 1),
        "walikota" | "walkot" | "wako" => local(Local::WaliKota, 1),
        "wali" if next == "kota" => local(Local::WaliKota, 2),
        "wali" => local(Local::WaliKota, 1),
        "desa" => local(Local::Desa, 1),
        "kepala" | "ka" if next == "desa" => local(Local::KepalaDesa, 2),
        "kepala" | "ka" if next == "daerah" => local(Local::KepalaDaerah, 2),
        "kepala" | "ka" => agency(instr, &h[at + 1..]).or_else(|| generic(instr, &h[at..])),
        _ => {
            // "Peraturan Mendagri", "Peraturan MenPAN-RB"
            if let Some(stem) = w.strip_prefix("men")
                && let Some(m) = lookup(&MINISTRIES, |m| m.forms, stem, &h[at + 1..])
            {
                return Some(ministry_kind(instr, m));
            }
            agency(instr, &h[at..]).or_else(|| generic(instr, &h[at..]))
        }
    }
}

/// A type the tables do not know: "Keputusan Kepala Dinas Sosial".
pub(super) fn generic(instr: Instr, words: &[Word]) -> Option<Kind> {
    let first = words.first()?.lc;
    if matches!(
        first,
        "perundang"
            | "perundangan"
            | "perundangundangan"
            | "yang"
            | "terkait"
            | "lain"
            | "lainnya"
            | "dan"
            | "pelaksanaan"
            | "menteri"
            | "daerah"
    ) {
        return None;
    }
    let mut jenis = String::with_capacity(48);
    jenis.push_str(instr.long());
    jenis.push(' ');
    push_title(&mut jenis, words);
    Some(Kind {
        singkatan: jenis.clone(),
        jenis,
        region: None,
        menteri: None,
    })
}

pub(super) fn regional(instr: Instr, l: Local, at: usize) -> Option<Kind> {
    use Instr::*;
    let (jenis, singkatan, implied) = match (l, instr) {
        (Local::Daerah, Per) => ("Peraturan Daerah", "Perda", None),
        (Local::Daerah, _) => return None,
        (Local::Qanun, _) => ("Qanun", "Qanun", None),
        (Local::Gubernur, Per) => ("Peraturan Gubernur", "Pergub", Some(Rk::Provinsi)),
        (Local::Gubernur, Kep) => ("Keputusan Gubernur", "Kepgub", Some(Rk::Provinsi)),
        (Local::Gubernur, In) => ("Instruksi Gubernur", "Ingub", Some(Rk::Provinsi)),
        (Local::Gubernur, Se) => ("Surat Edaran Gubernur", "SE Gubernur", Some(Rk::Provinsi)),
        (Local::Bupati, Per) => ("Peraturan Bupati", "Perbup", Some(Rk::Kabupaten)),
        (Local::Bupati, Kep) => ("Keputusan Bupati", "Kepbup", Some(Rk::Kabupaten)),
        (Local::Bupati, In) => ("Instruksi Bupati", "Inbup", Some(Rk::Kabupaten)),
        (Local::Bupati, Se) => ("Surat Edaran Bupati", "SE Bupati", Some(Rk::Kabupaten)),
        (Local::WaliKota, Per) => ("Peraturan Wali Kota", "Perwali", Some(Rk::Kota)),
        (Local::WaliKota, Kep) => ("Keputusan Wali Kota", "Kepwali", Some(Rk::Kota)),
        (Local::WaliKota, In) => ("Instruksi Wali Kota", "Inwali", Some(Rk::Kota)),
        (Local::WaliKota, Se) => ("Surat Edaran Wali Kota", "SE Wali Kota", Some(Rk::Kota)),
        (Local::Desa, Per) => ("Peraturan Desa", "Perdes", Some(Rk::Desa)),
        (Local::Desa, Kep) => ("Keputusan Desa", "Kepdes", Some(Rk::Desa)),
        (Local::Desa, _) => return None,
        (Local::KepalaDesa, Per) => ("Peraturan Kepala Desa", "Perkades", Some(Rk::Desa)),
        (Local::KepalaDesa, Kep) => ("Keputusan Kepala Desa", "Kepkades", Some(Rk::Desa)),
        (Local::KepalaDesa, In) => ("Instruksi Kepala Desa", "Inkades", Some(Rk::Desa)),
        (Local::KepalaDesa, Se) => ("Surat Edaran Kepala Desa", "SE Kepala Desa", Some(Rk::Desa)),
        (Local::KepalaDaerah, Per) => ("Peraturan Kepala Daerah", "Perkada", None),
        (Local::KepalaDaerah, Kep) => ("Keputusan Kepala Daerah", "Kepkada", None),
        (Local::KepalaDaerah, _) => return None,
    };
    Some(Kind {
        jenis: jenis.to_string(),
        singkatan: singkatan.to_string(),
        region: Some((implied, at)),
        menteri: None,
    })
}
