//! Field-by-field comparison of SOPs, for the importer's acceptance tests
//! (`impor_benih`: an imported seed against its hand transcription;
//! `impor_bolak_balik`: an imported document against the document the
//! writer was given).
//!
//! Both sides are flattened into the same list of fields, each a path
//! (`langkah[2].kegiatan`, `disahkan_oleh[0].nip`, `dasar_hukum[4]`) and a
//! value shown as text; two SOPs are compared path by path. Lists are
//! compared item by item, so a missing or extra item shows as a field
//! present on one side only.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write;

use sopgen::content::parse::{parse_bagian, parse_sop};
use sopgen::content::{Bagian, Sop};
use sopgen::diagnostic::SourceFile;

/// What a field holds when one side does not have it at all.
pub const TIDAK_ADA: &str = "(tidak ada)";

/// An SOP as a list of (field path, value), in the order of the form.
#[derive(Debug, Clone, Default)]
pub struct Medan {
    pub isi: Vec<(String, String)>,
}

impl Medan {
    pub fn tambah(&mut self, path: impl Into<String>, nilai: impl Into<String>) {
        self.isi.push((path.into(), nilai.into()));
    }

    /// A text field: its value quoted, or [`TIDAK_ADA`].
    pub fn teks(&mut self, path: impl Into<String>, v: Option<&str>) {
        let nilai = v.map_or_else(|| TIDAK_ADA.to_string(), |s| format!("{s:?}"));
        self.tambah(path, nilai);
    }

    /// A list compared item by item: `path[0]`, `path[1]`, ...
    pub fn butir(&mut self, path: &str, items: &[String]) {
        for (i, s) in items.iter().enumerate() {
            self.tambah(format!("{path}[{i}]"), format!("{s:?}"));
        }
    }

    /// A list compared as a whole (short lists: `unit`, `kata_kunci`, a
    /// step's `kelengkapan`).
    pub fn daftar(&mut self, path: impl Into<String>, items: &[String]) {
        let nilai = if items.is_empty() {
            TIDAK_ADA.to_string()
        } else {
            format!("{items:?}")
        };
        self.tambah(path, nilai);
    }

    fn peta(&self) -> BTreeMap<&str, &str> {
        self.isi
            .iter()
            .map(|(p, v)| (p.as_str(), v.as_str()))
            .collect()
    }

    /// The place of each path, to list differences in the form's order.
    fn urutan(&self) -> BTreeMap<&str, usize> {
        self.isi
            .iter()
            .enumerate()
            .map(|(i, (p, _))| (p.as_str(), i))
            .collect()
    }
}

/// One field that differs: its path, the expected value (the
/// transcription's, or the written document's) and the imported one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beda {
    pub path: String,
    pub harapan: String,
    pub impor: String,
}

/// The fields whose values differ, in the order of the expected side
/// (then the imported side's extra fields).
pub fn banding(harapan: &Medan, impor: &Medan) -> Vec<Beda> {
    let a = harapan.peta();
    let b = impor.peta();
    let mut out = Vec::new();
    let mut paths: Vec<&str> = a.keys().chain(b.keys()).copied().collect();
    let ua = harapan.urutan();
    let ub = impor.urutan();
    paths.sort_by_key(|p| {
        (
            ua.get(p).copied().unwrap_or(usize::MAX),
            ub.get(p).copied().unwrap_or(usize::MAX),
        )
    });
    paths.dedup();
    for p in paths {
        let va = a.get(p).copied().unwrap_or(TIDAK_ADA);
        let vb = b.get(p).copied().unwrap_or(TIDAK_ADA);
        if va != vb {
            out.push(Beda {
                path: p.to_string(),
                harapan: va.to_string(),
                impor: vb.to_string(),
            });
        }
    }
    out
}

/// Differences as a readable table.
pub fn tampil(judul: &str, beda: &[Beda]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{judul}: {} medan berbeda", beda.len());
    for b in beda {
        let _ = writeln!(s, "  {}", b.path);
        let _ = writeln!(s, "    harapan: {}", b.harapan);
        let _ = writeln!(s, "    impor  : {}", b.impor);
    }
    s
}

/// A date field: its date (ISO), "(kosong)" for a row the form has but
/// leaves blank, or [`TIDAK_ADA`].
fn tanggal(m: &mut Medan, sop: &Sop, name: &'static str) {
    let t = match name {
        "tanggal_pembuatan" => sop.tanggal_pembuatan,
        "tanggal_revisi" => sop.tanggal_revisi,
        "tanggal_efektif" => sop.tanggal_efektif,
        _ => sop.tanggal_pengesahan,
    };
    let nilai = match t {
        Some(t) => t.iso(),
        None if sop.tanggal_kosong.contains(&name) => "(kosong)".to_string(),
        None => TIDAK_ADA.to_string(),
    };
    m.tambah(name, nilai);
}

/// The number printed for step `i`.
fn nomor(sop: &Sop, i: usize) -> String {
    sop.langkah
        .get(i)
        .map_or_else(|| format!("?{i}"), |l| l.no.to_string())
}

/// Every field of a parsed SOP. Not compared: `path` and `source` (where
/// the file is), `body` (the Markdown under the front matter: the
/// transcriber's notes or the importer's), and a step's `id` (a name the
/// file gives a step so that others can point to it: the form has no place
/// for it, and the targets it names are compared as step numbers).
pub fn dari_sop(sop: &Sop) -> Medan {
    let mut m = Medan::default();
    m.teks("nama", Some(&sop.nama));
    m.teks("nomor", sop.nomor.as_deref());
    m.teks("pemerintah", sop.pemerintah.as_deref());
    m.teks("instansi", sop.instansi.as_deref());
    m.daftar("unit", &sop.unit);
    m.tambah("status", sop.status.name());
    for t in [
        "tanggal_pembuatan",
        "tanggal_revisi",
        "tanggal_efektif",
        "tanggal_pengesahan",
    ] {
        tanggal(&mut m, sop, t);
    }
    for (i, p) in sop.disahkan_oleh.iter().enumerate() {
        let at = format!("disahkan_oleh[{i}]");
        m.teks(format!("{at}.peran"), Some(p.peran_tampil()));
        m.teks(format!("{at}.jabatan"), Some(&p.jabatan));
        m.teks(format!("{at}.nama"), p.nama.as_deref());
        m.teks(format!("{at}.pangkat"), p.pangkat.as_deref());
        m.teks(format!("{at}.nip"), p.nip.as_deref());
    }
    for (i, r) in sop.riwayat.iter().enumerate() {
        m.tambah(format!("riwayat[{i}]"), format!("{r:?}"));
    }
    let teks = |l: &[sopgen::content::model::Located]| -> Vec<String> {
        l.iter().map(|x| x.text.clone()).collect()
    };
    m.butir("menggantikan", &teks(&sop.menggantikan));
    m.teks("sumber_dokumen", sop.sumber_dokumen.as_deref());
    m.butir("dasar_hukum", &sop.dasar_hukum);
    m.butir("kualifikasi_pelaksana", &sop.kualifikasi_pelaksana);
    m.butir("keterkaitan", &teks(&sop.keterkaitan));
    m.butir("peralatan_perlengkapan", &sop.peralatan_perlengkapan);
    m.butir("peringatan", &sop.peringatan);
    m.butir("pencatatan_pendataan", &sop.pencatatan_pendataan);
    m.daftar("kata_kunci", &sop.kata_kunci);
    m.teks("slug", sop.slug.as_ref().map(|s| s.text.as_str()));
    m.butir("pelaksana", &sop.pelaksana);
    let n = sop.langkah.len();
    for (i, l) in sop.langkah.iter().enumerate() {
        let at = format!("langkah[{i}]");
        m.tambah(format!("{at}.no"), l.no.to_string());
        m.teks(format!("{at}.kegiatan"), Some(&l.kegiatan));
        let actors: Vec<String> = sop.actors_of(l).into_iter().map(str::to_string).collect();
        m.daftar(format!("{at}.pelaksana"), &actors);
        m.daftar(format!("{at}.kelengkapan"), &l.kelengkapan);
        m.teks(
            format!("{at}.waktu"),
            l.waktu.as_ref().map(|w| w.teks.as_str()),
        );
        m.daftar(format!("{at}.output"), &l.output);
        m.teks(format!("{at}.keterangan"), l.keterangan.as_deref());
        m.teks(
            format!("{at}.penanggung_jawab"),
            l.penanggung_jawab.as_deref(),
        );
        alur(
            &mut m,
            &at,
            Alur {
                tidak: l.tidak,
                ya: l.ya,
                lanjut: l.lanjut,
                label_ya: l.label_ya(),
                label_tidak: l.label_tidak(),
            },
            i,
            n,
            |t| nomor(sop, t),
        );
    }
    m
}

/// Where a step goes, as the form draws it.
pub struct Alur<'a> {
    pub tidak: Option<usize>,
    pub ya: Option<usize>,
    pub lanjut: Option<usize>,
    pub label_ya: &'a str,
    pub label_tidak: &'a str,
}

/// A step's flow as the form draws it: a decision's two targets (printed
/// numbers; "Ya" to the next step when not given) and labels; a jump
/// (`lanjut`) when it goes elsewhere than the next step. `lanjut` to the
/// next step and `ya` to the next step say what the default says.
pub fn alur(m: &mut Medan, at: &str, a: Alur, i: usize, n: usize, nomor: impl Fn(usize) -> String) {
    if let Some(t) = a.tidak {
        m.tambah(format!("{at}.tidak"), nomor(t));
        let ya = a.ya.unwrap_or(i + 1);
        m.tambah(
            format!("{at}.ya"),
            if ya < n {
                nomor(ya)
            } else {
                TIDAK_ADA.to_string()
            },
        );
        m.teks(format!("{at}.label_ya"), Some(a.label_ya));
        m.teks(format!("{at}.label_tidak"), Some(a.label_tidak));
    } else if let Some(t) = a.lanjut.filter(|&t| t != i + 1) {
        m.tambah(format!("{at}.lanjut"), nomor(t));
    }
}

/// Parses a content file's text: the SOP, or the parser's errors and
/// warnings (an imported file must draw none).
pub fn parse(teks: &str, path: &str) -> Result<Sop, String> {
    let (sop, diags) = parse_sop(
        SourceFile::new(format!("content/{path}.md"), teks.to_string()),
        path.to_string(),
    );
    match sop {
        Some(s) if diags.is_empty() => Ok(s),
        _ => Err(format!(
            "the parser does not take it as it is:\n{}",
            diags
                .iter()
                .map(|d| format!(
                    "  {}: {} ({})",
                    d.location.as_ref().map_or(0, |l| l.line),
                    d.message,
                    d.hint.as_deref().unwrap_or("")
                ))
                .collect::<Vec<_>>()
                .join("\n")
        )),
    }
}

/// Parses a folder's `_index.md`.
pub fn parse_index(teks: &str, path: &str) -> Bagian {
    let (b, diags) = parse_bagian(
        SourceFile::new(format!("content/{path}/_index.md"), teks.to_string()),
        path.to_string(),
    );
    assert!(diags.is_empty(), "{path}/_index.md: {diags:#?}");
    b
}

/// An SOP with what it inherits from its folder's `_index.md`
/// (`pemerintah`, `instansi`, `unit`) filled in, as the catalogue shows it.
pub fn warisi(mut sop: Sop, bagian: &Bagian) -> Sop {
    if sop.pemerintah.is_none() {
        sop.pemerintah = bagian.pemerintah.clone();
    }
    if sop.instansi.is_none() {
        sop.instansi = bagian.instansi.clone();
    }
    if sop.unit.is_empty() {
        sop.unit = bagian.unit.clone();
    }
    sop
}
