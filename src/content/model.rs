//! The typed SOP model: what an SOP file says once it has been checked.

use std::ops::Range;
use std::sync::Arc;

use super::tanggal::Tanggal;
use super::waktu::Waktu;
use crate::diagnostic::{Diagnostic, SourceFile};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Draf,
    Berlaku,
    Dicabut,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Draf, Status::Berlaku, Status::Dicabut];

    pub fn name(self) -> &'static str {
        match self {
            Status::Draf => "draf",
            Status::Berlaku => "berlaku",
            Status::Dicabut => "dicabut",
        }
    }
}

/// A signatory of the form: who approved (or made, or checked) the SOP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pengesah {
    /// The form's label for this signatory ("Dibuat oleh", "Diperiksa
    /// oleh", ...); `None` is the default "Disahkan oleh".
    pub peran: Option<String>,
    pub jabatan: String,
    pub nama: Option<String>,
    pub pangkat: Option<String>,
    pub nip: Option<String>,
}

impl Pengesah {
    /// The label the form shows beside this signatory.
    pub fn peran_tampil(&self) -> &str {
        self.peran.as_deref().unwrap_or("Disahkan oleh")
    }
}

/// One entry of the revision history (`[[riwayat]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Riwayat {
    pub revisi: u32,
    pub tanggal: Option<Tanggal>,
    pub uraian: String,
    pub disahkan_oleh: Option<String>,
}

/// A value as written, with where it was written, so that a problem found
/// later (a link to nothing, a URL taken twice) can be shown at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub text: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Langkah {
    /// The number printed in the No column: `no` when the SOP gives its
    /// own numbering, else the step's place (1-based).
    pub no: usize,
    pub kegiatan: String,
    /// Indices into the SOP's `pelaksana`, in the order written.
    pub pelaksana: Vec<usize>,
    pub kelengkapan: Vec<String>,
    pub waktu: Option<Waktu>,
    pub output: Vec<String>,
    pub keterangan: Option<String>,
    pub penanggung_jawab: Option<String>,
    pub id: Option<String>,
    /// 0-based index of the step "Tidak" goes to; `Some` makes this a decision.
    pub tidak: Option<usize>,
    /// 0-based index of the step "Ya" goes to, when not the next step.
    pub ya: Option<usize>,
    /// 0-based index of the step a non-decision step goes to, when not the
    /// next step (a loop back for re-checking, a jump forward).
    pub lanjut: Option<usize>,
    /// The branch labels as the source writes them ("Setuju", "Perbaikan");
    /// `None`: "Ya" and "Tidak".
    pub label_ya: Option<String>,
    pub label_tidak: Option<String>,
}

impl Langkah {
    pub fn is_decision(&self) -> bool {
        self.tidak.is_some()
    }

    pub fn label_ya(&self) -> &str {
        self.label_ya.as_deref().unwrap_or("Ya")
    }

    pub fn label_tidak(&self) -> &str {
        self.label_tidak.as_deref().unwrap_or("Tidak")
    }
}

#[derive(Debug, Clone)]
pub struct Sop {
    pub source: Arc<SourceFile>,
    /// Path under `content/`, with `/` separators and without `.md`.
    pub path: String,
    pub nama: String,
    pub nomor: Option<String>,
    pub pemerintah: Option<String>,
    pub instansi: Option<String>,
    /// The unit's levels, outermost first; empty when not given.
    pub unit: Vec<String>,
    pub status: Status,
    pub tanggal_pembuatan: Option<Tanggal>,
    /// As written, or else the date of the latest `riwayat` entry.
    pub tanggal_revisi: Option<Tanggal>,
    pub tanggal_efektif: Option<Tanggal>,
    pub tanggal_pengesahan: Option<Tanggal>,
    /// The date fields written as "-" or "" (the form has the row, left
    /// blank), e.g. `["tanggal_pengesahan"]`.
    pub tanggal_kosong: Vec<&'static str>,
    /// The signatories, in the order the form shows them.
    pub disahkan_oleh: Vec<Pengesah>,
    pub menggantikan: Vec<Located>,
    pub riwayat: Vec<Riwayat>,
    pub sumber_dokumen: Option<String>,
    pub dasar_hukum: Vec<String>,
    pub kualifikasi_pelaksana: Vec<String>,
    pub keterkaitan: Vec<Located>,
    pub peralatan_perlengkapan: Vec<String>,
    pub peringatan: Vec<String>,
    pub pencatatan_pendataan: Vec<String>,
    pub kata_kunci: Vec<String>,
    pub slug: Option<Located>,
    pub pelaksana: Vec<String>,
    pub langkah: Vec<Langkah>,
    /// The Markdown after the front matter.
    pub body: String,
}

impl Sop {
    /// The sum of the steps' waktu: calendar time and working days apart,
    /// ranges as ranges, and how many steps have no measurable time.
    pub fn total(&self) -> super::waktu::Total {
        super::waktu::total(self.langkah.iter().map(|l| l.waktu.as_ref()))
    }

    /// The low calendar seconds of every step's waktu (working days not
    /// counted).
    pub fn total_seconds(&self) -> u64 {
        self.langkah
            .iter()
            .filter_map(|l| l.waktu.as_ref())
            .map(Waktu::seconds)
            .sum()
    }

    /// The names of a step's actors, in the step's order.
    pub fn actors_of(&self, l: &Langkah) -> Vec<&str> {
        l.pelaksana
            .iter()
            .map(|&p| self.pelaksana[p].as_str())
            .collect()
    }
}

/// What joins a unit's levels when they are shown on one line.
pub const PEMISAH_UNIT: &str = " › ";

/// A unit's levels on one line ("UPTD Puskesmas › Subbagian Tata Usaha"),
/// `None` when there are none.
pub fn label_unit(levels: &[String]) -> Option<String> {
    (!levels.is_empty()).then(|| levels.join(PEMISAH_UNIT))
}

/// What a folder's `_index.md` says.
#[derive(Debug, Clone, Default)]
pub struct Bagian {
    /// Folder path under `content/`, with `/` separators; "" for `content/` itself.
    pub path: String,
    pub judul: Option<String>,
    pub deskripsi: Option<String>,
    pub pemerintah: Option<String>,
    pub instansi: Option<String>,
    /// Levels, outermost first; empty when not given.
    pub unit: Vec<String>,
    pub body: String,
}

/// A file, parsed: an SOP or a folder's `_index.md` (or nothing, when it
/// has errors), and what was found wrong.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    pub parsed: Option<Parsed>,
    pub diags: Vec<Diagnostic>,
}

#[derive(Debug, Clone)]
pub enum Parsed {
    Sop(Arc<Sop>),
    Bagian(Bagian),
}
