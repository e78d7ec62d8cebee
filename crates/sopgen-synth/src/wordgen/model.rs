//! What the writer is given: an SOP as its Word document says it, field for
//! field like the content format (docs/format.md), with the texts exactly as
//! they are to be printed (typos and all).

/// One signatory of the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Penandatangan {
    /// The form's label: "Disahkan oleh" when `None`; "Dibuat oleh",
    /// "Diperiksa oleh", "Disetujui oleh" ...
    pub peran: Option<String>,
    pub jabatan: String,
    pub nama: Option<String>,
    pub pangkat: Option<String>,
    /// As printed, without the "NIP." the form puts before it.
    pub nip: Option<String>,
}

/// One row of the procedure table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Langkah {
    /// The number printed in the No column; `None` prints 1, 2, 3 ...
    pub no: Option<u32>,
    pub kegiatan: String,
    /// Indices into [`DokumenSop::pelaksana`]; the first is the lane the
    /// arrows come into and leave from.
    pub pelaksana: Vec<usize>,
    pub kelengkapan: Vec<String>,
    pub waktu: Option<String>,
    pub output: Vec<String>,
    pub keterangan: Option<String>,
    pub penanggung_jawab: Option<String>,
    /// 0-based index of the step "Tidak" goes to: makes this a decision.
    pub tidak: Option<usize>,
    /// 0-based index of the step "Ya" goes to, when not the next one.
    pub ya: Option<usize>,
    /// 0-based index of the step that follows a non-decision, when not the
    /// next one.
    pub lanjut: Option<usize>,
    pub label_ya: Option<String>,
    pub label_tidak: Option<String>,
}

impl Langkah {
    pub fn keputusan(&self) -> bool {
        self.tidak.is_some()
    }
}

/// An SOP as its Word file shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DokumenSop {
    /// "PEMERINTAH PROVINSI NUSA TENGGARA BARAT", as the kop prints it.
    pub pemerintah: Option<String>,
    pub instansi: Option<String>,
    /// Unit lines of the kop, outermost first.
    pub unit: Vec<String>,
    pub nomor: Option<String>,
    pub nama: String,
    pub tanggal_pembuatan: Option<String>,
    pub tanggal_revisi: Option<String>,
    pub tanggal_efektif: Option<String>,
    pub tanggal_pengesahan: Option<String>,
    pub penandatangan: Vec<Penandatangan>,
    pub dasar_hukum: Vec<String>,
    pub kualifikasi_pelaksana: Vec<String>,
    pub keterkaitan: Vec<String>,
    pub peralatan_perlengkapan: Vec<String>,
    pub peringatan: Vec<String>,
    pub pencatatan_pendataan: Vec<String>,
    pub pelaksana: Vec<String>,
    pub langkah: Vec<Langkah>,
}

impl DokumenSop {
    /// The number printed for step `i` (0-based).
    pub fn nomor_langkah(&self, i: usize) -> u32 {
        self.langkah[i].no.unwrap_or(i as u32 + 1)
    }

    /// Where the flow goes after step `i`: (target, branch) pairs, the
    /// branch being "ya", "tidak", "lanjut" or "" for the plain next step.
    pub fn keluar(&self, i: usize) -> Vec<(usize, &'static str)> {
        let l = &self.langkah[i];
        let n = self.langkah.len();
        let mut out = Vec::new();
        if let Some(t) = l.tidak {
            let ya = l.ya.unwrap_or(i + 1);
            if ya < n {
                out.push((ya, "ya"));
            }
            out.push((t, "tidak"));
        } else if let Some(t) = l.lanjut {
            out.push((t, "lanjut"));
        } else if i + 1 < n {
            out.push((i + 1, ""));
        }
        out
    }
}
