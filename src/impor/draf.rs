//! An SOP as read from a document, before it is written: every value as
//! the content format will hold it, and the notes for the reviewer.

use crate::content::tanggal::Tanggal;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pengesah {
    /// The form's label ("Dibuat oleh"); `None` for "Disahkan oleh".
    pub peran: Option<String>,
    pub jabatan: String,
    pub nama: Option<String>,
    pub pangkat: Option<String>,
    pub nip: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Langkah {
    /// The number printed in the No column.
    pub no: u32,
    pub kegiatan: String,
    /// Indices into the SOP's pelaksana.
    pub pelaksana: Vec<usize>,
    pub kelengkapan: Vec<String>,
    pub waktu: Option<String>,
    pub output: Vec<String>,
    pub keterangan: Option<String>,
    pub penanggung_jawab: Option<String>,
    /// Targets as printed step numbers.
    pub tidak: Option<u32>,
    pub ya: Option<u32>,
    pub lanjut: Option<u32>,
    pub label_ya: Option<String>,
    pub label_tidak: Option<String>,
    /// Where the step is in the source: "Tabel 3, baris 5".
    pub tempat: String,
}

#[derive(Debug, Clone, Default)]
pub struct Draf {
    pub nomor: Option<String>,
    pub nama: Option<String>,
    pub pemerintah: Option<String>,
    pub instansi: Option<String>,
    pub unit: Vec<String>,
    pub tanggal_pembuatan: Option<Tanggal>,
    pub tanggal_revisi: Option<Tanggal>,
    pub tanggal_efektif: Option<Tanggal>,
    pub tanggal_pengesahan: Option<Tanggal>,
    /// Date rows the form has but leaves blank ("-" or nothing): written
    /// so, so that the page shows the rows the source shows.
    pub tanggal_kosong: Vec<(&'static str, &'static str)>,
    pub sumber_dokumen: String,
    /// False once the parser refused `sumber_dokumen` (an older parser).
    pub tanpa_sumber: bool,
    pub dasar_hukum: Vec<String>,
    pub kualifikasi_pelaksana: Vec<String>,
    pub keterkaitan: Vec<String>,
    pub peralatan_perlengkapan: Vec<String>,
    pub peringatan: Vec<String>,
    pub pencatatan_pendataan: Vec<String>,
    pub pelaksana: Vec<String>,
    pub disahkan_oleh: Vec<Pengesah>,
    pub langkah: Vec<Langkah>,
    /// What the reviewer should check, each with its place in the source.
    pub catatan: Vec<String>,
}

impl Draf {
    pub fn catat(&mut self, s: impl Into<String>) {
        let s = s.into();
        if !self.catatan.contains(&s) {
            self.catatan.push(s);
        }
    }
}

/// The six boxes, by field name, with their headings' spellings.
pub const KOTAK: &[(&str, &[&str])] = &[
    ("dasar_hukum", &["dasar hukum", "landasan hukum"]),
    (
        "kualifikasi_pelaksana",
        &["kualifikasi pelaksana", "kualifikasi"],
    ),
    (
        "keterkaitan",
        &["keterkaitan", "keterkaitan sop", "sop terkait"],
    ),
    (
        "peralatan_perlengkapan",
        &[
            "peralatan perlengkapan",
            "peralatan dan perlengkapan",
            "peralatan",
            "perlengkapan",
            "sarana dan prasarana",
        ],
    ),
    ("peringatan", &["peringatan"]),
    (
        "pencatatan_pendataan",
        &[
            "pencatatan dan pendataan",
            "pencatatan pendataan",
            "pencatatan",
            "pendataan",
        ],
    ),
];

impl Draf {
    pub fn kotak_mut(&mut self, field: &str) -> &mut Vec<String> {
        match field {
            "dasar_hukum" => &mut self.dasar_hukum,
            "kualifikasi_pelaksana" => &mut self.kualifikasi_pelaksana,
            "keterkaitan" => &mut self.keterkaitan,
            "peralatan_perlengkapan" => &mut self.peralatan_perlengkapan,
            "peringatan" => &mut self.peringatan,
            _ => &mut self.pencatatan_pendataan,
        }
    }

    pub fn kotak(&self, field: &str) -> &[String] {
        match field {
            "dasar_hukum" => &self.dasar_hukum,
            "kualifikasi_pelaksana" => &self.kualifikasi_pelaksana,
            "keterkaitan" => &self.keterkaitan,
            "peralatan_perlengkapan" => &self.peralatan_perlengkapan,
            "peringatan" => &self.peringatan,
            _ => &self.pencatatan_pendataan,
        }
    }
}

/// A box's name as the form prints it, for notes.
pub fn judul_kotak(field: &str) -> &'static str {
    match field {
        "dasar_hukum" => "Dasar Hukum",
        "kualifikasi_pelaksana" => "Kualifikasi Pelaksana",
        "keterkaitan" => "Keterkaitan",
        "peralatan_perlengkapan" => "Peralatan/Perlengkapan",
        "peringatan" => "Peringatan",
        _ => "Pencatatan dan Pendataan",
    }
}
