//! Synthetic SOP catalogues: realistic SOP-AP content, deterministic for a
//! seed, for the benchmark and for property and search tests.
//!
//! A catalogue is a set of agency folders (`content/dinsos-kab-sleman/`),
//! each with an `_index.md` and 20 to 60 SOPs, plus a `sopgen.toml`. The
//! content imitates what real agencies write: nominalised SOP names
//! ("Pelayanan Penerbitan Akta Kelahiran"), several spellings of the same
//! role ("Kasubag Program", "Ka.Subbag Program") and of the same regulation
//! ("UU No.23/2014", "Undang-Undang Nomor 23 Tahun 2014"), steps that start
//! and end the way SOP-AP steps do, decisions that loop back, Indonesian
//! word families in their meN-/di-/peN-an forms, and cross-links by name,
//! slug or path, some of them to SOPs that are not in the catalogue.
//!
//! Everything generated is valid per docs/format.md. The generator owns its
//! PRNG (splitmix64), so the output depends on the seed alone.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use sopgen::content::pelaksana::normal_in_sop as normal_name;
use sopgen::content::tanggal::{civil_from_days, days_from_civil, days_in_month};

/// A generated content file: its path under the site root (e.g.
/// "content/dinsos-kab-sleman/penyusunan-lakip.md") and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub text: String,
}

/// `count` SOPs (plus one `_index.md` per agency folder and a `sopgen.toml`
/// at the root), deterministic for `seed`.
pub fn generate(count: usize, seed: u64) -> Vec<GeneratedFile> {
    let mut rng = Rng::new(seed);
    let mut files = Vec::with_capacity(count + count / 20 + 2);
    files.push(GeneratedFile {
        path: "sopgen.toml".to_string(),
        text: format!(
            "title = \"Katalog SOP Sintetis\"\ndescription = {}\n",
            toml_str(&format!(
                "{count} SOP sintetis (seed {seed}) untuk uji kinerja dan pengujian"
            ))
        ),
    });
    if count == 0 {
        return files;
    }
    let folders = plan_folders(&mut rng, count);
    // Every name first: cross-links need the names of the whole folder, and
    // a bare slug is only a link when no other folder has it.
    let mut leaf_count: HashMap<String, usize> = HashMap::new();
    for f in &folders {
        for p in &f.plans {
            *leaf_count.entry(p.slug.clone()).or_default() += 1;
        }
    }
    for f in &folders {
        let mut frng = Rng::new(f.seed);
        files.push(GeneratedFile {
            path: format!("content/{}/_index.md", f.slug),
            text: render_index(&mut frng, f),
        });
        for i in 0..f.plans.len() {
            let text = render_sop(&mut frng, f, i, &leaf_count);
            files.push(GeneratedFile {
                path: format!("content/{}/{}.md", f.slug, f.plans[i].slug),
                text,
            });
        }
    }
    files
}

/// Writes them under `root` (creating folders). Returns the number of SOP
/// files.
pub fn write(root: &Path, count: usize, seed: u64) -> std::io::Result<usize> {
    let mut sops = 0;
    let mut made: HashSet<std::path::PathBuf> = HashSet::new();
    for f in generate(count, seed) {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent()
            && made.insert(dir.to_path_buf())
        {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, f.text.as_bytes())?;
        if is_sop_path(&f.path) {
            sops += 1;
        }
    }
    Ok(sops)
}

fn is_sop_path(path: &str) -> bool {
    path.starts_with("content/") && path.ends_with(".md") && !path.ends_with("/_index.md")
}

// ------------------------------------------------------------------ PRNG

/// splitmix64: tiny, fast, and good enough for synthetic text.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut r = Rng(seed ^ 0x5EED_50F6_E11E_7A7E);
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`; `n` > 0.
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) * (1.0 / (1u64 << 53) as f64) < p
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }

    /// An index drawn with the given weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

// ------------------------------------------------------------ word forms

/// A process and its forms: the noun of SOP names ("Penyusunan"), the
/// active verb ("menyusun") and the passive ("disusun").
struct Proc {
    key: &'static str,
    noun: &'static str,
    act: &'static str,
    pas: &'static str,
}

const fn pr(key: &'static str, noun: &'static str, act: &'static str, pas: &'static str) -> Proc {
    Proc {
        key,
        noun,
        act,
        pas,
    }
}

#[rustfmt::skip]
const PROCS: &[Proc] = &[
    pr("susun", "Penyusunan", "menyusun", "disusun"),
    pr("kumpul", "Pengumpulan", "mengumpulkan", "dikumpulkan"),
    pr("verif", "Verifikasi", "memverifikasi", "diverifikasi"),
    pr("kelola", "Pengelolaan", "mengelola", "dikelola"),
    pr("terbit", "Penerbitan", "menerbitkan", "diterbitkan"),
    pr("aju", "Pengajuan", "mengajukan", "diajukan"),
    pr("usul", "Pengusulan", "mengusulkan", "diusulkan"),
    pr("lapor", "Pelaporan", "melaporkan", "dilaporkan"),
    pr("rencana", "Perencanaan", "merencanakan", "direncanakan"),
    pr("periksa", "Pemeriksaan", "memeriksa", "diperiksa"),
    pr("arsip", "Pengarsipan", "mengarsipkan", "diarsipkan"),
    pr("salur", "Penyaluran", "menyalurkan", "disalurkan"),
    pr("distribusi", "Pendistribusian", "mendistribusikan", "didistribusikan"),
    pr("evaluasi", "Evaluasi", "mengevaluasi", "dievaluasi"),
    pr("pantau", "Pemantauan", "memantau", "dipantau"),
    pr("terima", "Penerimaan", "menerima", "diterima"),
    pr("catat", "Pencatatan", "mencatat", "dicatat"),
    pr("tangan", "Penandatanganan", "menandatangani", "ditandatangani"),
    pr("sah", "Pengesahan", "mengesahkan", "disahkan"),
    pr("tetap", "Penetapan", "menetapkan", "ditetapkan"),
    pr("serah", "Penyerahan", "menyerahkan", "diserahkan"),
    pr("sampai", "Penyampaian", "menyampaikan", "disampaikan"),
    pr("mutakhir", "Pemutakhiran", "memutakhirkan", "dimutakhirkan"),
    pr("validasi", "Validasi", "memvalidasi", "divalidasi"),
    pr("tangani", "Penanganan", "menangani", "ditangani"),
    pr("pelihara", "Pemeliharaan", "memelihara", "dipelihara"),
    pr("ada", "Pengadaan", "mengadakan", "diadakan"),
    pr("hapus", "Penghapusan", "menghapus", "dihapus"),
    pr("inventaris", "Inventarisasi", "menginventarisasi", "diinventarisasi"),
    pr("rekap", "Rekapitulasi", "merekapitulasi", "direkapitulasi"),
    pr("bayar", "Pembayaran", "membayarkan", "dibayarkan"),
    pr("pinjam", "Peminjaman", "meminjamkan", "dipinjamkan"),
    pr("layan", "Pelayanan", "melayani", "dilayani"),
    pr("selenggara", "Penyelenggaraan", "menyelenggarakan", "diselenggarakan"),
    pr("laksana", "Pelaksanaan", "melaksanakan", "dilaksanakan"),
    pr("tindak", "Tindak Lanjut", "menindaklanjuti", "ditindaklanjuti"),
    pr("susut", "Penyusutan", "menyusutkan", "disusutkan"),
    pr("pindah", "Pemindahan", "memindahkan", "dipindahkan"),
    pr("publikasi", "Publikasi", "memublikasikan", "dipublikasikan"),
    pr("awas", "Pengawasan", "mengawasi", "diawasi"),
    pr("tertib", "Penertiban", "menertibkan", "ditertibkan"),
    pr("fasilitasi", "Fasilitasi", "memfasilitasi", "difasilitasi"),
    pr("nilai", "Penilaian", "menilai", "dinilai"),
    pr("bina", "Pembinaan", "membina", "dibina"),
    pr("cetak", "Pencetakan", "mencetak", "dicetak"),
    pr("rekam", "Perekaman", "merekam", "direkam"),
    pr("daftar", "Pendaftaran", "mendaftarkan", "didaftarkan"),
    pr("kirim", "Pengiriman", "mengirimkan", "dikirimkan"),
    pr("disposisi", "Disposisi", "mendisposisikan", "didisposisikan"),
    pr("ubah", "Perubahan", "mengubah", "diubah"),
    pr("bahas", "Pembahasan", "membahas", "dibahas"),
    pr("reviu", "Reviu", "mereviu", "direviu"),
    pr("analisis", "Analisis", "menganalisis", "dianalisis"),
    pr("tanggungjawab", "Pertanggungjawaban", "mempertanggungjawabkan", "dipertanggungjawabkan"),
    pr("manfaat", "Pemanfaatan", "memanfaatkan", "dimanfaatkan"),
    pr("angkut", "Pengangkutan", "mengangkut", "diangkut"),
    pr("kembang", "Pengembangan", "mengembangkan", "dikembangkan"),
    pr("aman", "Pengamanan", "mengamankan", "diamankan"),
    pr("damping", "Pendampingan", "mendampingi", "didampingi"),
    pr("selesai", "Penyelesaian", "menyelesaikan", "diselesaikan"),
    pr("tegak", "Penegakan", "menegakkan", "ditegakkan"),
];

fn proc_by_key(key: &str) -> &'static Proc {
    PROCS
        .iter()
        .find(|p| p.key == key)
        .unwrap_or_else(|| panic!("unknown process key {key}"))
}

// --------------------------------------------------------------- objects

/// How a procedure runs, which decides its actors and steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    /// A public service: a pemohon applies at a counter.
    Svc,
    /// A complaint or an incident reported from outside.
    Lap,
    /// A personnel request by an employee.
    Peg,
    /// Letters.
    Srt,
    /// An internal document.
    Doc,
    /// Payments.
    Fin,
    /// Technical work of a bidang.
    Tek,
}

impl Flow {
    fn bit(self) -> u8 {
        match self {
            Flow::Svc => SVC,
            Flow::Lap => LAP,
            Flow::Peg => PEG,
            Flow::Srt => SRT,
            Flow::Doc => DOC,
            Flow::Fin => FIN,
            Flow::Tek => TEK,
        }
    }

    fn external(self) -> bool {
        matches!(self, Flow::Svc | Flow::Lap | Flow::Peg)
    }
}

const SVC: u8 = 1;
const LAP: u8 = 2;
const PEG: u8 = 4;
const SRT: u8 = 8;
const DOC: u8 = 16;
const FIN: u8 = 32;
const TEK: u8 = 64;
const ALL: u8 = 127;

/// The part of the agency an SOP belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dom {
    /// Planning and performance (Sub Bagian Program).
    Ren,
    /// Finance.
    Keu,
    /// Personnel.
    Peg,
    /// General affairs: letters, archives, assets.
    Umum,
    /// A bidang's own work.
    Tek,
}

struct Obj {
    name: &'static str,
    /// Keys of the processes that make sense with it.
    procs: &'static str,
    flow: Flow,
    dom: Dom,
    /// What the procedure produces; empty: the object itself.
    doc: &'static str,
    tags: &'static str,
    /// Index into the agency's bidang, for agency objects.
    bidang: Option<usize>,
    /// Reports and plans made every period.
    periodic: bool,
}

const fn g(
    name: &'static str,
    procs: &'static str,
    flow: Flow,
    dom: Dom,
    doc: &'static str,
    tags: &'static str,
) -> Obj {
    Obj {
        name,
        procs,
        flow,
        dom,
        doc,
        tags,
        bidang: None,
        periodic: false,
    }
}

const fn gp(
    name: &'static str,
    procs: &'static str,
    flow: Flow,
    dom: Dom,
    doc: &'static str,
    tags: &'static str,
) -> Obj {
    Obj {
        name,
        procs,
        flow,
        dom,
        doc,
        tags,
        bidang: None,
        periodic: true,
    }
}

const fn a(
    bidang: usize,
    name: &'static str,
    procs: &'static str,
    flow: Flow,
    doc: &'static str,
    tags: &'static str,
) -> Obj {
    Obj {
        name,
        procs,
        flow,
        dom: Dom::Tek,
        doc,
        tags,
        bidang: Some(bidang),
        periodic: false,
    }
}

use Flow::{Doc, Fin, Lap, Peg, Srt, Svc, Tek};

/// Objects every agency has SOPs for.
#[rustfmt::skip]
const GENERIC: &[Obj] = &[
    gp("Laporan Kinerja", "susun reviu sampai evaluasi", Doc, Dom::Ren, "laporan kinerja", "kinerja,LAKIP"),
    g("Data Kinerja", "kumpul verif validasi rekap analisis", Doc, Dom::Ren, "laporan data kinerja", "kinerja,SAKIP"),
    g("Rencana Strategis", "susun reviu evaluasi", Doc, Dom::Ren, "rancangan Renstra", "Renstra,perencanaan"),
    gp("Rencana Kerja", "susun bahas evaluasi tetap", Doc, Dom::Ren, "rancangan Renja", "Renja,perencanaan"),
    gp("Perjanjian Kinerja", "susun tetap evaluasi", Doc, Dom::Ren, "dokumen perjanjian kinerja", "kinerja,perjanjian kinerja"),
    g("Indikator Kinerja Utama", "susun tetap reviu", Doc, Dom::Ren, "dokumen IKU", "IKU,kinerja"),
    g("Standar Operasional Prosedur", "susun evaluasi reviu tetap", Doc, Dom::Ren, "draf SOP", "SOP,tata laksana"),
    g("Survei Kepuasan Masyarakat", "laksana analisis", Doc, Dom::Ren, "laporan hasil survei kepuasan masyarakat", "SKM,IKM,pelayanan"),
    g("Rencana Aksi", "susun pantau evaluasi", Doc, Dom::Ren, "dokumen rencana aksi", "rencana aksi,kinerja"),
    gp("Laporan Penyelenggaraan Pemerintahan Daerah", "susun sampai", Doc, Dom::Ren, "bahan LPPD", "LPPD,laporan"),
    g("Standar Pelayanan", "susun tetap evaluasi", Doc, Dom::Ren, "rancangan standar pelayanan", "standar pelayanan,pelayanan"),
    gp("Laporan Bulanan", "susun rekap sampai", Doc, Dom::Ren, "laporan bulanan", "laporan,monev"),
    g("Program dan Kegiatan", "pantau evaluasi", Doc, Dom::Ren, "laporan monitoring dan evaluasi", "monev,program"),
    g("Rencana Kerja dan Anggaran", "susun verif bahas", Doc, Dom::Keu, "RKA", "RKA,anggaran"),
    g("Dokumen Pelaksanaan Anggaran", "susun verif ubah", Doc, Dom::Keu, "DPA", "DPA,anggaran"),
    g("Surat Permintaan Pembayaran", "aju verif terbit", Fin, Dom::Keu, "SPP", "SPP,keuangan"),
    g("Surat Perintah Membayar", "terbit verif", Fin, Dom::Keu, "SPM", "SPM,keuangan"),
    gp("Laporan Keuangan", "susun sampai reviu", Doc, Dom::Keu, "laporan keuangan", "laporan keuangan,akuntansi"),
    gp("Laporan Realisasi Anggaran", "susun sampai", Doc, Dom::Keu, "LRA", "LRA,realisasi anggaran"),
    g("Uang Persediaan", "aju tanggungjawab", Fin, Dom::Keu, "SPP-UP", "UP,keuangan"),
    g("Ganti Uang Persediaan", "aju verif", Fin, Dom::Keu, "SPP-GU", "GU,keuangan"),
    g("Gaji Pegawai", "bayar", Fin, Dom::Keu, "daftar gaji", "gaji,keuangan"),
    g("Tambahan Penghasilan Pegawai", "bayar verif", Fin, Dom::Keu, "daftar TPP", "TPP,keuangan"),
    g("Surat Pertanggungjawaban", "verif susun", Fin, Dom::Keu, "SPJ", "SPJ,keuangan"),
    g("Biaya Perjalanan Dinas", "tanggungjawab bayar", Fin, Dom::Keu, "SPPD", "perjalanan dinas,SPPD"),
    g("Cuti Pegawai", "aju layan", Peg, Dom::Peg, "surat izin cuti", "cuti,kepegawaian"),
    g("Kenaikan Gaji Berkala", "aju terbit", Peg, Dom::Peg, "surat pemberitahuan kenaikan gaji berkala", "KGB,kepegawaian"),
    g("Usul Kenaikan Pangkat", "aju verif", Peg, Dom::Peg, "berkas usul kenaikan pangkat", "kenaikan pangkat,kepegawaian"),
    g("Data Kepegawaian", "kelola mutakhir verif", Doc, Dom::Peg, "rekapitulasi data kepegawaian", "SIMPEG,kepegawaian"),
    g("Sasaran Kinerja Pegawai", "susun nilai", Doc, Dom::Peg, "dokumen SKP", "SKP,kinerja pegawai"),
    g("Daftar Hadir Pegawai", "rekap kelola", Doc, Dom::Peg, "rekapitulasi daftar hadir", "absensi,kehadiran"),
    g("Izin Belajar Pegawai", "aju", Peg, Dom::Peg, "surat izin belajar", "izin belajar,kepegawaian"),
    g("Disiplin Pegawai", "tegak", Lap, Dom::Peg, "berita acara pemeriksaan", "disiplin,hukuman disiplin"),
    g("Usul Pensiun Pegawai", "aju verif", Peg, Dom::Peg, "berkas usul pensiun", "pensiun,kepegawaian"),
    g("Surat Masuk", "kelola terima catat disposisi arsip", Srt, Dom::Umum, "surat masuk", "surat masuk,persuratan"),
    g("Surat Keluar", "kelola susun tangan kirim arsip", Srt, Dom::Umum, "surat keluar", "surat keluar,persuratan"),
    g("Nota Dinas", "susun kirim", Srt, Dom::Umum, "nota dinas", "nota dinas,persuratan"),
    g("Surat Tugas", "terbit susun", Srt, Dom::Umum, "surat tugas", "surat tugas,persuratan"),
    g("Undangan Rapat", "susun kirim", Srt, Dom::Umum, "surat undangan", "undangan,persuratan"),
    g("Arsip Dinamis", "kelola pindah susut", Doc, Dom::Umum, "daftar arsip", "arsip,kearsipan"),
    g("Barang Milik Daerah", "inventaris catat pelihara serah", Doc, Dom::Umum, "kartu inventaris barang", "BMD,aset"),
    g("Kendaraan Dinas", "pelihara pinjam", Doc, Dom::Umum, "surat perintah penggunaan kendaraan", "kendaraan dinas,aset"),
    g("Alat Tulis Kantor", "ada distribusi", Doc, Dom::Umum, "bukti permintaan ATK", "ATK,persediaan"),
    g("Rapat Koordinasi", "selenggara", Doc, Dom::Umum, "notulen rapat koordinasi", "rapat,koordinasi"),
    g("Pengaduan Masyarakat", "tangani terima kelola", Lap, Dom::Umum, "laporan tindak lanjut pengaduan", "pengaduan,SP4N-LAPOR"),
    g("Permohonan Informasi Publik", "layan", Svc, Dom::Umum, "jawaban permohonan informasi", "PPID,informasi publik"),
    g("Kunjungan Tamu Dinas", "layan terima", Svc, Dom::Umum, "buku tamu", "tamu,protokol"),
    g("Sarana dan Prasarana Kantor", "pelihara ada", Doc, Dom::Umum, "laporan pemeliharaan", "sarpras,aset"),
    g("Persediaan Barang", "kelola catat", Doc, Dom::Umum, "laporan persediaan", "persediaan,aset"),
    g("Perjalanan Dinas", "laksana", Doc, Dom::Umum, "surat perintah perjalanan dinas", "perjalanan dinas,SPPD"),
];

// -------------------------------------------------------------- agencies

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bk {
    Bidang,
    Bagian,
    Irban,
}

struct Agency {
    key: &'static str,
    name: &'static str,
    /// As written in SOP numbers: "Dinsos".
    short: &'static str,
    /// Spellings of the head as an actor.
    head: &'static [&'static str],
    /// The head's position, without the region.
    head_title: &'static str,
    sek: &'static [&'static str],
    bk: Bk,
    bidang: &'static [&'static str],
    seksi: &'static [&'static str],
    uptd: &'static [&'static str],
    objects: &'static [Obj],
    /// The application the agency's operators use.
    app: &'static str,
    tim: &'static [&'static str],
    tags: &'static [&'static str],
}

const DINAS_HEAD: &[&str] = &["Kepala Dinas", "Kadis", "Kepala SKPD", "Kepala OPD"];
const DINAS_SEK: &[&str] = &["Sekretaris", "Sekretaris Dinas", "Sekdis"];
const BADAN_SEK: &[&str] = &["Sekretaris", "Sekretaris Badan", "Sekban"];
const NO_UPTD: &[&str] = &[];

#[rustfmt::skip]
const AGENCIES: &[Agency] = &[
    Agency {
        key: "dinsos",
        name: "Dinas Sosial",
        short: "Dinsos",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Sosial",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial", "Penanganan Fakir Miskin"],
        seksi: &["Rehabilitasi Sosial Anak dan Lanjut Usia", "Rehabilitasi Sosial Penyandang Disabilitas", "Perlindungan Sosial Korban Bencana", "Jaminan Sosial Keluarga", "Identifikasi dan Penguatan Kapasitas", "Pendataan dan Pengelolaan Data Fakir Miskin"],
        uptd: &["UPTD Panti Sosial Bina Laras", "UPTD Rumah Perlindungan Sosial", "UPTD Panti Sosial Tresna Werdha"],
        objects: &[
            a(1, "Usulan Bantuan Sosial", "verif validasi rekap", Tek, "daftar usulan calon penerima bantuan sosial", "bansos,bantuan sosial"),
            a(1, "Bantuan Sosial", "salur distribusi", Tek, "berita acara serah terima bantuan sosial", "bansos,bantuan sosial"),
            a(3, "Data Terpadu Kesejahteraan Sosial", "verif validasi mutakhir kelola", Tek, "data DTKS hasil verifikasi dan validasi", "DTKS,data kemiskinan"),
            a(1, "Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan", "terbit layan", Svc, "surat rekomendasi PBI-JK", "PBI-JK,jaminan kesehatan"),
            a(0, "Rehabilitasi Sosial Penyandang Disabilitas", "layan laksana", Svc, "rencana intervensi rehabilitasi sosial", "disabilitas,rehabilitasi sosial"),
            a(0, "Pemulangan Orang Terlantar", "laksana fasilitasi", Lap, "berita acara pemulangan", "orang terlantar,rehabilitasi sosial"),
            a(1, "Bantuan Korban Bencana Sosial", "salur verif", Tek, "berita acara penyaluran bantuan", "bencana,bantuan sosial"),
            a(0, "Rekomendasi Pengangkatan Anak", "terbit layan", Svc, "rekomendasi pengangkatan anak", "adopsi,anak"),
            a(2, "Izin Pengumpulan Uang dan Barang", "terbit layan", Svc, "surat izin pengumpulan uang dan barang", "PUB,izin"),
            a(2, "Tanda Daftar Lembaga Kesejahteraan Sosial", "terbit layan", Svc, "tanda daftar LKS", "LKS,lembaga sosial"),
        ],
        app: "SIKS-NG",
        tim: &["Tim Verifikasi dan Validasi", "Pendamping Sosial", "Pekerja Sosial", "Tim Verifikator"],
        tags: &["sosial", "kesejahteraan sosial"],
    },
    Agency {
        key: "dinkes",
        name: "Dinas Kesehatan",
        short: "Dinkes",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Kesehatan",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Pelayanan Kesehatan", "Sumber Daya Kesehatan"],
        seksi: &["Kesehatan Keluarga dan Gizi", "Kesehatan Lingkungan", "Surveilans dan Imunisasi", "Pelayanan Kesehatan Primer", "Kefarmasian dan Alat Kesehatan", "Sumber Daya Manusia Kesehatan"],
        uptd: &["UPTD Puskesmas", "UPTD Instalasi Farmasi", "UPTD Laboratorium Kesehatan Daerah"],
        objects: &[
            a(3, "Surat Izin Praktik Tenaga Kesehatan", "terbit layan verif", Svc, "surat izin praktik", "SIP,tenaga kesehatan"),
            a(3, "Rekomendasi Izin Apotek", "terbit verif", Svc, "rekomendasi izin apotek", "apotek,farmasi"),
            a(0, "Sertifikat Laik Higiene Sanitasi", "terbit layan", Svc, "sertifikat laik higiene sanitasi", "SLHS,sanitasi"),
            a(3, "Obat dan Perbekalan Kesehatan", "distribusi kelola ada", Tek, "surat bukti barang keluar", "obat,farmasi"),
            a(1, "Kejadian Luar Biasa", "tangani lapor", Lap, "laporan penyelidikan epidemiologi", "KLB,surveilans"),
            a(1, "Data Surveilans Penyakit", "kumpul lapor rekap analisis", Tek, "laporan surveilans mingguan", "surveilans,penyakit menular"),
            a(1, "Imunisasi Rutin", "laksana lapor pantau", Tek, "laporan cakupan imunisasi", "imunisasi"),
            a(2, "Akreditasi Puskesmas", "fasilitasi", Tek, "rekomendasi akreditasi", "akreditasi,puskesmas"),
            a(2, "Rujukan Pasien", "layan", Svc, "surat rujukan", "rujukan,pelayanan kesehatan"),
        ],
        app: "SIKDA",
        tim: &["Tim Gerak Cepat", "Tim Teknis", "Petugas Surveilans", "Tim Pemeriksa"],
        tags: &["kesehatan"],
    },
    Agency {
        key: "disdik",
        name: "Dinas Pendidikan",
        short: "Disdik",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Pendidikan",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Pembinaan Sekolah Dasar", "Pembinaan Sekolah Menengah Pertama", "Pendidikan Anak Usia Dini dan Pendidikan Nonformal", "Guru dan Tenaga Kependidikan"],
        seksi: &["Kurikulum dan Penilaian", "Peserta Didik dan Pembangunan Karakter", "Sarana dan Prasarana", "Kelembagaan", "Pendidik dan Tenaga Kependidikan"],
        uptd: &["UPTD Satuan Pendidikan", "UPTD Sanggar Kegiatan Belajar"],
        objects: &[
            a(1, "Mutasi Peserta Didik", "layan verif", Svc, "surat rekomendasi mutasi", "mutasi siswa,peserta didik"),
            a(0, "Legalisasi Ijazah", "layan", Svc, "salinan ijazah terlegalisasi", "ijazah,legalisasi"),
            a(1, "Surat Keterangan Pengganti Ijazah", "terbit layan", Svc, "surat keterangan pengganti ijazah", "ijazah"),
            a(0, "Dana Bantuan Operasional Sekolah", "salur verif lapor pantau", Tek, "laporan penggunaan dana BOS", "BOS,dana BOS"),
            a(0, "Data Pokok Pendidikan", "verif mutakhir validasi", Tek, "data Dapodik terverifikasi", "Dapodik,data pendidikan"),
            a(2, "Izin Operasional Satuan Pendidikan", "terbit layan verif", Svc, "izin operasional", "izin sekolah,PAUD"),
            a(3, "Tunjangan Profesi Guru", "verif aju salur", Peg, "SK tunjangan profesi", "TPG,sertifikasi guru"),
            a(1, "Penerimaan Peserta Didik Baru", "selenggara pantau", Tek, "laporan hasil PPDB", "PPDB,peserta didik"),
        ],
        app: "Dapodik",
        tim: &["Tim Verifikasi", "Pengawas Sekolah", "Tim Teknis", "Panitia PPDB"],
        tags: &["pendidikan", "sekolah"],
    },
    Agency {
        key: "bappeda",
        name: "Badan Perencanaan Pembangunan Daerah",
        short: "Bappeda",
        head: &["Kepala Badan", "Kepala Bappeda", "Kaban", "Kepala SKPD"],
        head_title: "Kepala Badan Perencanaan Pembangunan Daerah",
        sek: BADAN_SEK,
        bk: Bk::Bidang,
        bidang: &["Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "Perekonomian dan Sumber Daya Alam", "Infrastruktur dan Kewilayahan", "Pemerintahan dan Pembangunan Manusia", "Penelitian dan Pengembangan"],
        seksi: &["Perencanaan", "Pengendalian dan Evaluasi", "Data dan Informasi Pembangunan", "Inovasi dan Teknologi"],
        uptd: NO_UPTD,
        objects: &[
            a(0, "Rencana Pembangunan Jangka Menengah Daerah", "susun evaluasi reviu", Tek, "rancangan RPJMD", "RPJMD,perencanaan"),
            a(0, "Rencana Kerja Pemerintah Daerah", "susun bahas tetap", Tek, "rancangan RKPD", "RKPD,perencanaan"),
            a(0, "Musyawarah Perencanaan Pembangunan", "selenggara fasilitasi", Tek, "berita acara Musrenbang", "Musrenbang,perencanaan"),
            a(0, "Rencana Kerja Perangkat Daerah", "verif evaluasi", Tek, "hasil verifikasi Renja", "Renja,perencanaan"),
            a(0, "Data Statistik Sektoral", "kumpul kelola publikasi", Tek, "buku data statistik sektoral", "statistik,satu data"),
            a(4, "Usulan Penelitian", "verif fasilitasi", Tek, "rekomendasi penelitian", "penelitian,litbang"),
            a(4, "Inovasi Daerah", "nilai pantau", Tek, "hasil penilaian inovasi daerah", "inovasi,litbang"),
        ],
        app: "SIPD",
        tim: &["Tim Perencana", "Tim Penyusun RKPD", "Tim Teknis", "Tim Verifikasi Renja"],
        tags: &["perencanaan", "pembangunan"],
    },
    Agency {
        key: "bpkad",
        name: "Badan Pengelolaan Keuangan dan Aset Daerah",
        short: "BPKAD",
        head: &["Kepala Badan", "Kepala BPKAD", "Kaban", "Kepala SKPD"],
        head_title: "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
        sek: BADAN_SEK,
        bk: Bk::Bidang,
        bidang: &["Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Aset"],
        seksi: &["Penyusunan Anggaran", "Perbendaharaan dan Kas Daerah", "Akuntansi", "Penatausahaan Aset", "Pemanfaatan dan Penghapusan Aset"],
        uptd: NO_UPTD,
        objects: &[
            a(1, "Surat Perintah Pencairan Dana", "terbit verif", Fin, "SP2D", "SP2D,pencairan"),
            a(0, "Anggaran Pendapatan dan Belanja Daerah", "susun ubah bahas", Tek, "rancangan APBD", "APBD,anggaran"),
            a(2, "Laporan Keuangan Pemerintah Daerah", "susun reviu sampai", Tek, "LKPD", "LKPD,laporan keuangan"),
            a(3, "Rekonsiliasi Aset Daerah", "laksana", Tek, "berita acara rekonsiliasi", "aset,rekonsiliasi"),
            a(3, "Barang Milik Daerah Rusak Berat", "hapus inventaris", Tek, "keputusan penghapusan BMD", "BMD,aset"),
            a(0, "Surat Penyediaan Dana", "terbit", Fin, "SPD", "SPD,anggaran"),
            a(1, "Uang Persediaan Perangkat Daerah", "verif", Fin, "SP2D-UP", "UP,kas daerah"),
        ],
        app: "SIPD",
        tim: &["Tim Anggaran Pemerintah Daerah", "Tim Verifikasi", "Tim Rekonsiliasi", "Verifikator SP2D"],
        tags: &["keuangan daerah", "aset"],
    },
    Agency {
        key: "pupr",
        name: "Dinas Pekerjaan Umum dan Penataan Ruang",
        short: "PUPR",
        head: &["Kepala Dinas", "Kadis PUPR", "Kepala Dinas PUPR", "Kepala SKPD"],
        head_title: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang", "Bina Konstruksi"],
        seksi: &["Pembangunan Jalan dan Jembatan", "Preservasi Jalan", "Irigasi", "Bangunan Gedung", "Perencanaan Tata Ruang", "Pengendalian Pemanfaatan Ruang"],
        uptd: &["UPTD Peralatan dan Perbekalan", "UPTD Laboratorium Bahan Konstruksi"],
        objects: &[
            a(2, "Persetujuan Bangunan Gedung", "terbit layan verif", Svc, "dokumen PBG", "PBG,bangunan gedung"),
            a(3, "Kesesuaian Kegiatan Pemanfaatan Ruang", "terbit layan", Svc, "KKPR", "KKPR,tata ruang"),
            a(0, "Jalan dan Jembatan", "pelihara pantau", Tek, "laporan pemeliharaan jalan", "jalan,jembatan"),
            a(0, "Pengaduan Kerusakan Jalan", "tangani tindak", Lap, "laporan penanganan kerusakan", "jalan,pengaduan"),
            a(2, "Sertifikat Laik Fungsi", "terbit layan", Svc, "SLF", "SLF,bangunan gedung"),
            a(1, "Rekomendasi Teknis Pemanfaatan Sumber Daya Air", "terbit", Svc, "rekomendasi teknis", "sumber daya air,rekomendasi"),
            a(4, "Pekerjaan Konstruksi", "awas", Tek, "laporan pengawasan pekerjaan", "konstruksi,pengawasan"),
        ],
        app: "SIMBG",
        tim: &["Tim Teknis", "Tim Profesi Ahli", "Konsultan Pengawas", "Petugas Lapangan"],
        tags: &["infrastruktur", "pekerjaan umum"],
    },
    Agency {
        key: "disdukcapil",
        name: "Dinas Kependudukan dan Pencatatan Sipil",
        short: "Disdukcapil",
        head: &["Kepala Dinas", "Kadisdukcapil", "Kepala Dinas Dukcapil", "Kepala SKPD"],
        head_title: "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Pengelolaan Informasi Administrasi Kependudukan", "Pemanfaatan Data dan Inovasi Pelayanan"],
        seksi: &["Identitas Penduduk", "Pindah Datang Penduduk", "Kelahiran", "Perkawinan dan Perceraian", "Sistem Informasi Administrasi Kependudukan", "Pengolahan dan Penyajian Data Kependudukan"],
        uptd: &["UPT Pelayanan Adminduk Kecamatan"],
        objects: &[
            a(1, "Akta Kelahiran", "terbit layan cetak", Svc, "kutipan akta kelahiran", "akta kelahiran,pencatatan sipil"),
            a(1, "Akta Kematian", "terbit layan", Svc, "kutipan akta kematian", "akta kematian,pencatatan sipil"),
            a(1, "Akta Perkawinan", "terbit layan", Svc, "kutipan akta perkawinan", "akta perkawinan,pencatatan sipil"),
            a(0, "Kartu Keluarga", "terbit layan cetak", Svc, "kartu keluarga", "KK,kartu keluarga"),
            a(0, "KTP Elektronik", "cetak rekam layan", Svc, "KTP-el", "KTP-el,e-KTP"),
            a(0, "Kartu Identitas Anak", "terbit layan", Svc, "KIA", "KIA,identitas anak"),
            a(0, "Surat Keterangan Pindah", "terbit layan", Svc, "SKPWNI", "pindah datang,SKPWNI"),
            a(3, "Data Kependudukan", "manfaat", Tek, "perjanjian kerja sama pemanfaatan data", "data kependudukan,NIK"),
        ],
        app: "SIAK",
        tim: &["Petugas Registrasi", "Tim Verifikasi", "Petugas Perekaman", "Petugas Pencetakan"],
        tags: &["adminduk", "kependudukan"],
    },
    Agency {
        key: "dpmptsp",
        name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        short: "DPMPTSP",
        head: &["Kepala Dinas", "Kepala DPMPTSP", "Kadis", "Kepala SKPD"],
        head_title: "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Pelayanan Perizinan", "Penanaman Modal", "Pengaduan, Kebijakan dan Pelaporan Layanan", "Pengendalian Pelaksanaan Penanaman Modal"],
        seksi: &["Pelayanan Perizinan A", "Pelayanan Perizinan B", "Promosi Penanaman Modal", "Pengaduan dan Informasi", "Pengendalian Penanaman Modal"],
        uptd: NO_UPTD,
        objects: &[
            a(0, "Perizinan Berusaha", "layan terbit", Svc, "izin usaha", "perizinan,OSS"),
            a(0, "Nomor Induk Berusaha", "terbit layan", Svc, "NIB", "NIB,OSS"),
            a(0, "Izin Reklame", "terbit layan", Svc, "izin reklame", "reklame,perizinan"),
            a(2, "Pengaduan Layanan Perizinan", "tangani tindak", Lap, "jawaban pengaduan", "pengaduan,perizinan"),
            a(3, "Laporan Kegiatan Penanaman Modal", "verif pantau rekap", Tek, "rekapitulasi LKPM", "LKPM,investasi"),
            a(0, "Surat Izin Praktik Bidan", "terbit", Svc, "SIPB", "izin praktik,perizinan"),
            a(1, "Promosi Investasi Daerah", "laksana", Tek, "laporan promosi", "investasi,promosi"),
        ],
        app: "OSS",
        tim: &["Tim Teknis", "Tim Teknis Perizinan", "Tim Verifikasi Lapangan", "Petugas Lapangan"],
        tags: &["perizinan", "investasi"],
    },
    Agency {
        key: "inspektorat",
        name: "Inspektorat",
        short: "Itda",
        head: &["Inspektur", "Inspektur Daerah", "Kepala Inspektorat"],
        head_title: "Inspektur",
        sek: &["Sekretaris", "Sekretaris Inspektorat", "Sekretaris Itda"],
        bk: Bk::Irban,
        bidang: &["Wilayah I", "Wilayah II", "Wilayah III", "Wilayah IV"],
        seksi: &["Auditor Ahli Madya", "Pengendali Teknis", "Ketua Tim Pemeriksa", "P2UPD Ahli Madya"],
        uptd: NO_UPTD,
        objects: &[
            a(0, "Audit Kinerja", "laksana", Tek, "laporan hasil audit", "audit,pengawasan"),
            a(0, "Laporan Hasil Pemeriksaan", "susun sampai", Tek, "LHP", "LHP,pengawasan"),
            a(1, "Reviu Laporan Keuangan", "laksana", Tek, "laporan hasil reviu", "reviu,laporan keuangan"),
            a(2, "Pengaduan Masyarakat", "tangani tindak", Lap, "laporan hasil pemeriksaan khusus", "pengaduan,whistleblowing"),
            a(3, "Tindak Lanjut Hasil Pemeriksaan", "pantau", Tek, "laporan pemantauan TLHP", "TLHP,pengawasan"),
            a(0, "Program Kerja Pengawasan Tahunan", "susun tetap", Tek, "PKPT", "PKPT,pengawasan"),
            a(1, "Akuntabilitas Kinerja Perangkat Daerah", "evaluasi", Tek, "laporan hasil evaluasi SAKIP", "SAKIP,evaluasi"),
        ],
        app: "SIMWAS",
        tim: &["Tim Audit", "Auditor", "Tim Pemeriksa", "Anggota Tim"],
        tags: &["pengawasan", "audit"],
    },
    Agency {
        key: "setda",
        name: "Sekretariat Daerah",
        short: "Setda",
        head: &["Sekretaris Daerah", "Sekda"],
        head_title: "Sekretaris Daerah",
        sek: &["Asisten Administrasi Umum", "Asisten III", "Asisten Pemerintahan dan Kesejahteraan Rakyat"],
        bk: Bk::Bagian,
        bidang: &["Hukum", "Organisasi", "Umum", "Protokol dan Komunikasi Pimpinan", "Pengadaan Barang dan Jasa", "Kesejahteraan Rakyat"],
        seksi: &["Perundang-undangan", "Bantuan Hukum", "Kelembagaan dan Analisis Jabatan", "Tata Usaha Pimpinan", "Protokol", "Pengelolaan Pengadaan Barang dan Jasa"],
        uptd: NO_UPTD,
        objects: &[
            a(0, "Rancangan Peraturan Kepala Daerah", "susun bahas", Tek, "rancangan peraturan", "produk hukum,JDIH"),
            a(0, "Produk Hukum Daerah", "tetap", Tek, "produk hukum daerah", "produk hukum,JDIH"),
            a(1, "Analisis Jabatan dan Beban Kerja", "susun", Tek, "dokumen anjab dan ABK", "anjab,ABK"),
            a(3, "Kegiatan Pimpinan", "fasilitasi", Tek, "jadwal kegiatan pimpinan", "protokol,pimpinan"),
            a(3, "Naskah Sambutan Pimpinan", "susun", Tek, "naskah sambutan", "sambutan,protokol"),
            a(4, "Tender Pengadaan Barang dan Jasa", "laksana", Tek, "berita acara hasil pemilihan", "tender,pengadaan"),
            a(5, "Bantuan Hibah", "verif salur", Tek, "naskah perjanjian hibah daerah", "hibah,bansos"),
            a(0, "Perjanjian Kerja Sama Daerah", "susun fasilitasi", Tek, "naskah perjanjian kerja sama", "kerja sama,produk hukum"),
        ],
        app: "JDIH",
        tim: &["Tim Penyusun Produk Hukum", "Pokja Pemilihan", "Tim Evaluasi", "Tim Teknis"],
        tags: &["sekretariat daerah", "pemerintahan"],
    },
    Agency {
        key: "dishub",
        name: "Dinas Perhubungan",
        short: "Dishub",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Perhubungan",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Lalu Lintas", "Angkutan", "Sarana dan Prasarana", "Pengujian Kendaraan Bermotor"],
        seksi: &["Manajemen dan Rekayasa Lalu Lintas", "Angkutan Orang", "Angkutan Barang", "Perparkiran", "Pengujian Berkala"],
        uptd: &["UPTD Pengujian Kendaraan Bermotor", "UPTD Perparkiran"],
        objects: &[
            a(3, "Uji Berkala Kendaraan Bermotor", "layan laksana", Svc, "bukti lulus uji elektronik", "KIR,uji kendaraan"),
            a(1, "Izin Trayek", "terbit layan", Svc, "izin trayek", "trayek,angkutan"),
            a(0, "Persetujuan Analisis Dampak Lalu Lintas", "terbit", Svc, "persetujuan andalalin", "andalalin,lalu lintas"),
            a(2, "Retribusi Parkir", "kelola", Tek, "laporan setoran retribusi parkir", "parkir,retribusi"),
            a(2, "Rambu Lalu Lintas", "pelihara ada", Tek, "laporan pemasangan rambu", "rambu,lalu lintas"),
            a(0, "Kecelakaan Lalu Lintas", "tangani", Lap, "laporan kejadian", "kecelakaan,lalu lintas"),
        ],
        app: "e-Uji",
        tim: &["Penguji Kendaraan Bermotor", "Petugas Lapangan", "Tim Teknis", "Juru Parkir Koordinator"],
        tags: &["perhubungan", "lalu lintas"],
    },
    Agency {
        key: "dlh",
        name: "Dinas Lingkungan Hidup",
        short: "DLH",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Lingkungan Hidup",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Tata Lingkungan", "Pengelolaan Sampah dan Limbah B3", "Pengendalian Pencemaran dan Kerusakan Lingkungan", "Penaatan dan Peningkatan Kapasitas Lingkungan Hidup"],
        seksi: &["Kajian Dampak Lingkungan", "Pengurangan Sampah", "Penanganan Sampah", "Pemantauan Lingkungan", "Pengaduan dan Penyelesaian Sengketa Lingkungan"],
        uptd: &["UPTD Tempat Pemrosesan Akhir Sampah", "UPTD Laboratorium Lingkungan"],
        objects: &[
            a(0, "Dokumen UKL-UPL", "periksa", Svc, "rekomendasi UKL-UPL", "UKL-UPL,persetujuan lingkungan"),
            a(0, "Persetujuan Lingkungan", "terbit", Svc, "persetujuan lingkungan", "AMDAL,persetujuan lingkungan"),
            a(3, "Pengaduan Pencemaran Lingkungan", "tangani tindak", Lap, "berita acara verifikasi pengaduan", "pencemaran,pengaduan"),
            a(1, "Sampah Rumah Tangga", "angkut kelola", Tek, "laporan volume sampah", "sampah,kebersihan"),
            a(1, "Izin Penyimpanan Sementara Limbah B3", "terbit", Svc, "izin TPS limbah B3", "limbah B3"),
            a(2, "Kualitas Air Sungai", "pantau", Tek, "laporan hasil uji kualitas air", "kualitas air,pencemaran"),
            a(3, "Sekolah Adiwiyata", "bina nilai", Tek, "hasil penilaian adiwiyata", "adiwiyata,sekolah"),
        ],
        app: "SIPSN",
        tim: &["Tim Teknis", "Pengawas Lingkungan Hidup", "Tim Verifikasi Pengaduan", "Petugas Lapangan"],
        tags: &["lingkungan hidup"],
    },
    Agency {
        key: "diskominfo",
        name: "Dinas Komunikasi dan Informatika",
        short: "Diskominfo",
        head: &["Kepala Dinas", "Kadis Kominfo", "Kepala Diskominfo", "Kepala SKPD"],
        head_title: "Kepala Dinas Komunikasi dan Informatika",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Persandian dan Statistik", "Infrastruktur Teknologi Informasi dan Komunikasi"],
        seksi: &["Pengelolaan Informasi Publik", "Kemitraan Media", "Pengembangan Aplikasi", "Persandian", "Statistik Sektoral", "Jaringan dan Infrastruktur"],
        uptd: NO_UPTD,
        objects: &[
            a(0, "Konten Website Resmi Pemerintah Daerah", "kelola publikasi", Tek, "konten website", "website,publikasi"),
            a(0, "Permohonan Informasi Publik", "layan", Svc, "jawaban permohonan informasi", "PPID,informasi publik"),
            a(3, "Jaringan Internet Perangkat Daerah", "pelihara kelola", Tek, "laporan pemeliharaan jaringan", "jaringan,internet"),
            a(1, "Subdomain", "daftar layan", Svc, "subdomain aktif", "domain,go.id"),
            a(1, "Aplikasi Perangkat Daerah", "kembang", Tek, "aplikasi", "aplikasi,SPBE"),
            a(0, "Siaran Pers", "susun publikasi", Tek, "siaran pers", "humas,siaran pers"),
            a(2, "Sertifikat Elektronik", "terbit layan", Svc, "sertifikat elektronik", "TTE,persandian"),
        ],
        app: "SPLP",
        tim: &["Tim Teknis", "Admin Website", "Programmer", "Tim Pengelola Konten"],
        tags: &["kominfo", "informatika"],
    },
    Agency {
        key: "bkpsdm",
        name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        short: "BKPSDM",
        head: &["Kepala Badan", "Kepala BKPSDM", "Kaban", "Kepala SKPD"],
        head_title: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        sek: BADAN_SEK,
        bk: Bk::Bidang,
        bidang: &["Pengadaan, Pemberhentian dan Informasi Kepegawaian", "Mutasi dan Promosi", "Pengembangan Kompetensi Aparatur", "Penilaian Kinerja Aparatur dan Penghargaan"],
        seksi: &["Pengadaan dan Pemberhentian", "Data dan Informasi Kepegawaian", "Mutasi", "Pengembangan Karier", "Diklat Struktural dan Fungsional"],
        uptd: NO_UPTD,
        objects: &[
            a(1, "Kenaikan Pangkat", "usul verif", Peg, "pertimbangan teknis kenaikan pangkat", "kenaikan pangkat,KP"),
            a(0, "Pensiun Pegawai Negeri Sipil", "usul layan", Peg, "SK pensiun", "pensiun,BUP"),
            a(2, "Izin Belajar", "terbit layan", Peg, "surat izin belajar", "izin belajar"),
            a(2, "Tugas Belajar", "usul", Peg, "SK tugas belajar", "tugas belajar"),
            a(0, "Kartu Pegawai Elektronik", "terbit", Peg, "KPE", "Karpeg,KPE"),
            a(1, "Mutasi Pegawai", "laksana aju verif", Peg, "SK mutasi", "mutasi,kepegawaian"),
            a(3, "Satyalancana Karya Satya", "usul", Peg, "usulan satyalancana", "penghargaan,satyalancana"),
            a(0, "Seleksi Calon Aparatur Sipil Negara", "selenggara", Tek, "pengumuman hasil seleksi", "CASN,seleksi"),
            a(2, "Ujian Dinas", "selenggara", Tek, "hasil ujian dinas", "ujian dinas,kenaikan pangkat"),
        ],
        app: "SIASN",
        tim: &["Tim Verifikasi", "Panitia Seleksi", "Tim Penilai Kinerja", "Verifikator BKPSDM"],
        tags: &["kepegawaian", "ASN"],
    },
    Agency {
        key: "satpolpp",
        name: "Satuan Polisi Pamong Praja",
        short: "Satpol PP",
        head: &["Kepala Satuan", "Kasatpol PP", "Kepala Satpol PP"],
        head_title: "Kepala Satuan Polisi Pamong Praja",
        sek: &["Sekretaris", "Sekretaris Satpol PP"],
        bk: Bk::Bidang,
        bidang: &["Penegakan Peraturan Daerah", "Ketertiban Umum dan Ketenteraman Masyarakat", "Perlindungan Masyarakat", "Sumber Daya Aparatur"],
        seksi: &["Pembinaan, Pengawasan dan Penyuluhan", "Penyelidikan dan Penyidikan", "Operasi dan Pengendalian", "Kerja Sama", "Satuan Linmas"],
        uptd: NO_UPTD,
        objects: &[
            a(0, "Pelanggaran Peraturan Daerah", "tangani", Lap, "berita acara pemeriksaan", "penegakan perda,PPNS"),
            a(1, "Pedagang Kaki Lima", "tertib bina", Tek, "berita acara penertiban", "PKL,penertiban"),
            a(1, "Patroli Ketertiban Umum", "laksana", Tek, "laporan hasil patroli", "patroli,trantibum"),
            a(1, "Kegiatan Pemerintah Daerah", "aman", Tek, "laporan pengamanan", "pengamanan,trantibum"),
            a(1, "Pengaduan Gangguan Ketertiban", "tangani tindak", Lap, "laporan tindak lanjut pengaduan", "pengaduan,trantibum"),
            a(0, "Bangunan Liar", "tertib", Tek, "berita acara pembongkaran", "bangunan liar,penertiban"),
            a(2, "Satuan Perlindungan Masyarakat", "bina", Tek, "laporan pembinaan Satlinmas", "linmas,perlindungan masyarakat"),
        ],
        app: "SIMPOLPP",
        tim: &["Regu Penertiban", "Komandan Regu", "Anggota Satpol PP", "PPNS"],
        tags: &["ketertiban umum", "trantibum"],
    },
    Agency {
        key: "distan",
        name: "Dinas Pertanian",
        short: "Distan",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Pertanian",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Tanaman Pangan", "Hortikultura", "Perkebunan", "Prasarana dan Sarana Pertanian", "Penyuluhan"],
        seksi: &["Produksi Tanaman Pangan", "Perlindungan Tanaman", "Pupuk, Pestisida dan Alat Mesin Pertanian", "Perbenihan", "Kelembagaan Penyuluhan"],
        uptd: &["UPTD Balai Benih Induk", "UPTD Balai Penyuluhan Pertanian"],
        objects: &[
            a(3, "Pupuk Bersubsidi", "salur pantau", Tek, "rekapitulasi penyaluran pupuk", "pupuk,RDKK"),
            a(3, "Rencana Definitif Kebutuhan Kelompok", "susun verif", Tek, "e-RDKK", "RDKK,kelompok tani"),
            a(0, "Bantuan Benih", "salur verif", Tek, "berita acara serah terima benih", "benih,bantuan"),
            a(2, "Izin Usaha Perkebunan", "terbit", Svc, "rekomendasi teknis", "perkebunan,IUP"),
            a(0, "Serangan Organisme Pengganggu Tumbuhan", "tangani lapor", Lap, "laporan serangan OPT", "OPT,hama"),
            a(0, "Data Luas Tanam dan Panen", "kumpul lapor rekap", Tek, "laporan luas tanam", "luas tanam,statistik pertanian"),
            a(4, "Penyuluhan Pertanian", "laksana", Tek, "laporan kegiatan penyuluhan", "penyuluhan,kelompok tani"),
            a(3, "Alat dan Mesin Pertanian", "salur pinjam", Tek, "berita acara serah terima alsintan", "alsintan,bantuan"),
        ],
        app: "e-RDKK",
        tim: &["Penyuluh Pertanian Lapangan", "POPT", "Tim Teknis", "Petugas Lapangan"],
        tags: &["pertanian"],
    },
    Agency {
        key: "dispersip",
        name: "Dinas Perpustakaan dan Kearsipan",
        short: "Dispersip",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Perpustakaan dan Kearsipan",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Pengembangan Perpustakaan", "Layanan dan Pelestarian Bahan Pustaka", "Pengelolaan Arsip", "Pembinaan Kearsipan"],
        seksi: &["Layanan Perpustakaan", "Pengolahan Bahan Pustaka", "Akuisisi Arsip", "Pengolahan Arsip", "Pembinaan Kearsipan Perangkat Daerah"],
        uptd: NO_UPTD,
        objects: &[
            a(1, "Keanggotaan Perpustakaan", "layan daftar", Svc, "kartu anggota perpustakaan", "perpustakaan,anggota"),
            a(1, "Koleksi Bahan Pustaka", "ada kelola", Tek, "daftar koleksi", "koleksi,bahan pustaka"),
            a(1, "Koleksi Perpustakaan", "pinjam layan", Svc, "bukti peminjaman", "peminjaman,perpustakaan"),
            a(2, "Arsip Statis", "serah kelola", Tek, "berita acara serah terima arsip statis", "arsip statis,kearsipan"),
            a(2, "Arsip Inaktif", "pindah susut", Tek, "daftar arsip usul musnah", "arsip inaktif,retensi"),
            a(3, "Kearsipan Perangkat Daerah", "bina awas", Tek, "laporan hasil pengawasan kearsipan", "kearsipan,pengawasan"),
            a(0, "Perpustakaan Desa", "bina", Tek, "laporan pembinaan", "perpustakaan desa"),
        ],
        app: "SRIKANDI",
        tim: &["Pustakawan", "Arsiparis Ahli", "Tim Penilai Arsip", "Tim Teknis"],
        tags: &["perpustakaan", "kearsipan"],
    },
    Agency {
        key: "dpmd",
        name: "Dinas Pemberdayaan Masyarakat dan Desa",
        short: "DPMD",
        head: &["Kepala Dinas", "Kadis PMD", "Kepala Dinas PMD", "Kepala SKPD"],
        head_title: "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Pemerintahan Desa", "Pemberdayaan Masyarakat", "Keuangan dan Aset Desa", "Pembangunan Kawasan Perdesaan"],
        seksi: &["Penataan dan Administrasi Desa", "Kelembagaan Masyarakat", "Keuangan Desa", "Aset Desa", "Pembangunan Kawasan Perdesaan"],
        uptd: NO_UPTD,
        objects: &[
            a(2, "Alokasi Dana Desa", "salur verif pantau", Tek, "rekomendasi pencairan ADD", "ADD,dana desa"),
            a(2, "Dana Desa", "salur pantau", Tek, "rekomendasi penyaluran dana desa", "dana desa"),
            a(2, "Anggaran Pendapatan dan Belanja Desa", "evaluasi verif", Tek, "hasil evaluasi APBDes", "APBDes,keuangan desa"),
            a(0, "Pemilihan Kepala Desa", "fasilitasi selenggara", Tek, "laporan hasil pilkades", "pilkades,pemerintahan desa"),
            a(0, "Pengangkatan dan Pemberhentian Perangkat Desa", "fasilitasi", Tek, "rekomendasi camat", "perangkat desa"),
            a(0, "Profil Desa dan Kelurahan", "mutakhir susun", Tek, "buku profil desa", "profil desa,prodeskel"),
            a(1, "Badan Usaha Milik Desa", "bina", Tek, "laporan pembinaan BUMDes", "BUMDes"),
            a(0, "Laporan Penyelenggaraan Pemerintahan Desa", "verif evaluasi", Tek, "LPPDes", "LPPDes,pemerintahan desa"),
        ],
        app: "Siskeudes",
        tim: &["Tim Fasilitasi", "Pendamping Desa", "Tim Evaluasi", "Tim Teknis"],
        tags: &["desa", "pemberdayaan masyarakat"],
    },
    Agency {
        key: "dp3a",
        name: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        short: "DP3A",
        head: &["Kepala Dinas", "Kadis P3A", "Kepala SKPD"],
        head_title: "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Kualitas Hidup Perempuan", "Perlindungan Hak Perempuan", "Pemenuhan Hak Anak", "Perlindungan Khusus Anak", "Data dan Informasi Gender dan Anak"],
        seksi: &["Pengarusutamaan Gender", "Perlindungan Perempuan", "Pemenuhan Hak Sipil Anak", "Perlindungan Anak Berhadapan dengan Hukum", "Data Gender dan Anak"],
        uptd: &["UPTD Perlindungan Perempuan dan Anak"],
        objects: &[
            a(1, "Pengaduan Kekerasan terhadap Perempuan dan Anak", "tangani terima", Lap, "laporan penanganan kasus", "kekerasan,pengaduan"),
            a(3, "Korban Kekerasan", "damping", Lap, "laporan pendampingan", "pendampingan,korban"),
            a(4, "Data Terpilah Gender dan Anak", "kumpul kelola", Tek, "profil gender dan anak", "data gender,anak"),
            a(2, "Kabupaten/Kota Layak Anak", "evaluasi", Tek, "laporan evaluasi KLA", "KLA,anak"),
            a(2, "Forum Anak Daerah", "bina fasilitasi", Tek, "laporan kegiatan forum anak", "forum anak,anak"),
            a(0, "Pengarusutamaan Gender", "evaluasi pantau", Tek, "laporan PUG", "PUG,gender"),
        ],
        app: "SIMFONI-PPA",
        tim: &["Konselor", "Pendamping Korban", "Psikolog", "Tim Penjangkauan"],
        tags: &["perempuan", "anak"],
    },
    Agency {
        key: "bpbd",
        name: "Badan Penanggulangan Bencana Daerah",
        short: "BPBD",
        head: &["Kepala Pelaksana", "Kalaksa", "Kepala Pelaksana BPBD"],
        head_title: "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
        sek: &["Sekretaris", "Sekretaris BPBD", "Sekretaris Badan"],
        bk: Bk::Bidang,
        bidang: &["Pencegahan dan Kesiapsiagaan", "Kedaruratan dan Logistik", "Rehabilitasi dan Rekonstruksi"],
        seksi: &["Pencegahan", "Kesiapsiagaan", "Kedaruratan", "Logistik", "Rehabilitasi", "Rekonstruksi"],
        uptd: NO_UPTD,
        objects: &[
            a(1, "Kejadian Bencana", "tangani lapor", Lap, "laporan kaji cepat", "bencana,kedaruratan"),
            a(1, "Bantuan Logistik", "distribusi salur", Tek, "berita acara serah terima logistik", "logistik,bencana"),
            a(0, "Informasi Peringatan Dini", "sampai", Tek, "informasi peringatan dini", "peringatan dini,EWS"),
            a(0, "Kajian Risiko Bencana", "susun", Tek, "dokumen KRB", "KRB,risiko bencana"),
            a(2, "Rehabilitasi Rumah Pascabencana", "verif laksana", Tek, "berita acara verifikasi kerusakan", "pascabencana,rehabilitasi"),
            a(0, "Desa Tangguh Bencana", "bina", Tek, "laporan pembentukan destana", "destana,kesiapsiagaan"),
        ],
        app: "InaRISK",
        tim: &["Tim Reaksi Cepat", "TRC", "Pusdalops", "Tim Kaji Cepat"],
        tags: &["bencana", "kebencanaan"],
    },
    Agency {
        key: "kesbangpol",
        name: "Badan Kesatuan Bangsa dan Politik",
        short: "Kesbangpol",
        head: &["Kepala Badan", "Kepala Kesbangpol", "Kaban", "Kepala SKPD"],
        head_title: "Kepala Badan Kesatuan Bangsa dan Politik",
        sek: BADAN_SEK,
        bk: Bk::Bidang,
        bidang: &["Ideologi, Wawasan Kebangsaan dan Karakter Bangsa", "Politik Dalam Negeri", "Ketahanan Ekonomi, Sosial, Budaya, Agama dan Organisasi Kemasyarakatan", "Kewaspadaan Nasional dan Penanganan Konflik"],
        seksi: &["Ideologi dan Wawasan Kebangsaan", "Pendidikan Politik", "Organisasi Kemasyarakatan", "Kewaspadaan Dini", "Penanganan Konflik"],
        uptd: NO_UPTD,
        objects: &[
            a(2, "Surat Keterangan Terdaftar Organisasi Kemasyarakatan", "terbit layan verif", Svc, "SKT ormas", "SKT,ormas"),
            a(3, "Surat Keterangan Penelitian", "terbit layan", Svc, "surat keterangan penelitian", "penelitian,rekomendasi"),
            a(1, "Bantuan Keuangan Partai Politik", "verif salur", Tek, "hasil verifikasi bantuan keuangan parpol", "parpol,banpol"),
            a(2, "Forum Kerukunan Umat Beragama", "fasilitasi bina", Tek, "laporan kegiatan FKUB", "FKUB,kerukunan"),
            a(3, "Orang Asing", "pantau awas", Tek, "laporan pemantauan orang asing", "orang asing,timpora"),
            a(3, "Potensi Konflik Sosial", "pantau tangani", Lap, "laporan deteksi dini", "konflik,deteksi dini"),
        ],
        app: "SIORMAS",
        tim: &["Tim Verifikasi", "Komunitas Intelijen Daerah", "Tim Terpadu", "Tim Teknis"],
        tags: &["kesbangpol", "politik"],
    },
    Agency {
        key: "dkp",
        name: "Dinas Kelautan dan Perikanan",
        short: "DKP",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Kelautan dan Perikanan",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Perikanan Tangkap", "Perikanan Budidaya", "Pengolahan dan Pemasaran Hasil Perikanan", "Pengawasan Sumber Daya Kelautan dan Perikanan"],
        seksi: &["Kapal dan Alat Penangkapan Ikan", "Pemberdayaan Nelayan", "Produksi Perikanan Budidaya", "Mutu Hasil Perikanan", "Pengawasan"],
        uptd: &["UPTD Pelabuhan Perikanan", "UPTD Balai Benih Ikan"],
        objects: &[
            a(0, "Surat Izin Usaha Perikanan", "terbit layan", Svc, "SIUP", "SIUP,perikanan"),
            a(0, "Bantuan Sarana Penangkapan Ikan", "salur verif", Tek, "berita acara serah terima", "nelayan,bantuan"),
            a(0, "Kartu Pelaku Usaha Kelautan dan Perikanan", "terbit", Svc, "KUSUKA", "KUSUKA,nelayan"),
            a(1, "Benih Ikan", "distribusi ada", Tek, "berita acara penebaran benih", "benih ikan,budidaya"),
            a(2, "Data Produksi Perikanan", "kumpul rekap", Tek, "laporan statistik perikanan", "statistik perikanan"),
        ],
        app: "SATUDATA KKP",
        tim: &["Penyuluh Perikanan", "Pengawas Perikanan", "Tim Teknis", "Enumerator"],
        tags: &["perikanan", "kelautan"],
    },
    Agency {
        key: "disnaker",
        name: "Dinas Tenaga Kerja",
        short: "Disnaker",
        head: DINAS_HEAD,
        head_title: "Kepala Dinas Tenaga Kerja",
        sek: DINAS_SEK,
        bk: Bk::Bidang,
        bidang: &["Penempatan dan Perluasan Kesempatan Kerja", "Pelatihan dan Produktivitas", "Hubungan Industrial dan Jaminan Sosial"],
        seksi: &["Penempatan Tenaga Kerja", "Informasi Pasar Kerja", "Pelatihan Kerja", "Persyaratan Kerja", "Penyelesaian Perselisihan"],
        uptd: &["UPTD Balai Latihan Kerja"],
        objects: &[
            a(0, "Kartu Tanda Bukti Pendaftaran Pencari Kerja", "terbit layan", Svc, "kartu AK/I", "kartu kuning,AK1"),
            a(2, "Perselisihan Hubungan Industrial", "selesai", Lap, "anjuran mediator", "mediasi,PHI"),
            a(2, "Peraturan Perusahaan", "sah", Svc, "SK pengesahan peraturan perusahaan", "peraturan perusahaan"),
            a(1, "Pelatihan Berbasis Kompetensi", "selenggara", Tek, "laporan pelatihan", "pelatihan kerja,BLK"),
            a(0, "Lowongan Kerja", "kelola publikasi", Tek, "informasi lowongan kerja", "lowongan,bursa kerja"),
        ],
        app: "SIAPkerja",
        tim: &["Mediator Hubungan Industrial", "Pengantar Kerja", "Instruktur", "Tim Teknis"],
        tags: &["ketenagakerjaan"],
    },
];

// --------------------------------------------------------------- regions

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rk {
    Kab,
    Kota,
    Prov,
}

struct Region {
    kind: Rk,
    name: &'static str,
}

const fn kab(name: &'static str) -> Region {
    Region {
        kind: Rk::Kab,
        name,
    }
}
const fn kota(name: &'static str) -> Region {
    Region {
        kind: Rk::Kota,
        name,
    }
}
const fn prov(name: &'static str) -> Region {
    Region {
        kind: Rk::Prov,
        name,
    }
}

#[rustfmt::skip]
const REGIONS: &[Region] = &[
    kab("Sleman"),
    kab("Bantul"),
    kota("Yogyakarta"),
    kota("Kupang"),
    prov("Jambi"),
    kab("Kepulauan Selayar"),
    kab("Balangan"),
    kab("Nganjuk"),
    prov("Nusa Tenggara Barat"),
    kab("Bogor"),
    kota("Bogor"),
    kota("Bandung"),
    kota("Surabaya"),
    kab("Banyumas"),
    kab("Gowa"),
    kota("Makassar"),
    kab("Sidoarjo"),
    kota("Semarang"),
    prov("Jawa Tengah"),
    kab("Lombok Timur"),
    kota("Padang"),
    prov("Sumatera Barat"),
    kab("Deli Serdang"),
    kota("Medan"),
    kab("Aceh Besar"),
    kota("Banda Aceh"),
    kab("Kutai Kartanegara"),
    kota("Samarinda"),
    kota("Balikpapan"),
    kab("Banjar"),
    kota("Pontianak"),
    kab("Kubu Raya"),
    prov("Kalimantan Barat"),
    kab("Minahasa"),
    kota("Manado"),
    kab("Jayapura"),
    kota("Ambon"),
    kab("Maluku Tengah"),
    kab("Badung"),
    kota("Denpasar"),
    prov("Bali"),
    kab("Sumba Timur"),
    kab("Tulungagung"),
    kab("Garut"),
    kota("Bekasi"),
    kab("Tangerang"),
    prov("Banten"),
    kab("Ogan Komering Ilir"),
    kota("Palembang"),
    kab("Lampung Selatan"),
    kota("Bengkulu"),
    kab("Kampar"),
    kota("Pekanbaru"),
    prov("Riau"),
    kota("Batam"),
    kab("Bangka"),
    kota("Gorontalo"),
    kab("Poso"),
    kota("Palu"),
    kota("Kendari"),
    kab("Konawe"),
    kota("Mataram"),
    kab("Bima"),
    kota("Ternate"),
    kab("Manokwari"),
    kota("Sorong"),
    kab("Merauke"),
    prov("Jawa Timur"),
    prov("Sulawesi Selatan"),
    prov("Nusa Tenggara Timur"),
];

impl Region {
    fn full(&self) -> String {
        format!("{} {}", self.kind_word(), self.name)
    }

    fn kind_word(&self) -> &'static str {
        match self.kind {
            Rk::Kab => "Kabupaten",
            Rk::Kota => "Kota",
            Rk::Prov => "Provinsi",
        }
    }

    fn abbr(&self) -> String {
        match self.kind {
            Rk::Kab => format!("Kab. {}", self.name),
            Rk::Kota => format!("Kota {}", self.name),
            Rk::Prov => format!("Prov. {}", self.name),
        }
    }

    fn slug_kind(&self) -> &'static str {
        match self.kind {
            Rk::Kab => "kab",
            Rk::Kota => "kota",
            Rk::Prov => "prov",
        }
    }

    /// The regional head: Bupati, Wali Kota, Gubernur.
    fn head(&self) -> &'static str {
        match self.kind {
            Rk::Kab => "Bupati",
            Rk::Kota => "Wali Kota",
            Rk::Prov => "Gubernur",
        }
    }

    /// Long and short spellings of the regional head's regulation.
    fn perkada(&self, rng: &mut Rng) -> String {
        let (long, alt, short) = match self.kind {
            Rk::Kab => ("Peraturan Bupati", "Peraturan Bupati", "Perbup"),
            Rk::Kota => ("Peraturan Wali Kota", "Peraturan Walikota", "Perwali"),
            Rk::Prov => ("Peraturan Gubernur", "Peraturan Gubernur", "Pergub"),
        };
        let kind = *rng.pick(&[long, long, alt, short]);
        format!("{kind} {}", self.name)
    }

    fn perda(&self, rng: &mut Rng) -> String {
        match rng.below(4) {
            0 | 1 => format!("Peraturan Daerah {}", self.full()),
            2 => format!("Perda {}", self.abbr()),
            _ => format!("Perda {}", self.full()),
        }
    }
}

// ----------------------------------------------------------- regulations

/// The issuers of regulations, each in the spellings found in real SOPs;
/// the first is the canonical one.
#[rustfmt::skip]
const ISSUERS: &[&[&str]] = &[
    &["Undang-Undang", "Undang-undang", "UU", "Undang-Undang Republik Indonesia", "UU RI"],
    &["Peraturan Pemerintah", "PP", "Peraturan Pemerintah Republik Indonesia", "PP RI"],
    &["Peraturan Presiden", "Perpres", "Peraturan Presiden Republik Indonesia", "Perpres RI"],
    &["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Peraturan Menteri PANRB", "Permenpan RB", "Permen PAN-RB", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia", "PermenPAN-RB", "Peraturan Menteri PAN dan RB"],
    &["Peraturan Menteri Dalam Negeri", "Permendagri", "Peraturan Mendagri", "Peraturan Menteri Dalam Negeri Republik Indonesia"],
    &["Peraturan Menteri Sosial", "Permensos", "Peraturan Menteri Sosial RI", "Peraturan Menteri Sosial Republik Indonesia"],
    &["Peraturan Menteri Kesehatan", "Permenkes", "Peraturan Menteri Kesehatan Republik Indonesia"],
    &["Peraturan Menteri Pendidikan dan Kebudayaan", "Permendikbud", "Peraturan Mendikbud"],
    &["Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat", "Permen PUPR", "Peraturan Menteri PUPR"],
    &["Peraturan Menteri Lingkungan Hidup dan Kehutanan", "Permen LHK", "Peraturan Menteri LHK"],
    &["Peraturan Menteri Perhubungan", "Permenhub", "PM Perhubungan"],
    &["Peraturan Menteri Komunikasi dan Informatika", "Permenkominfo", "Peraturan Menkominfo"],
    &["Peraturan Menteri Pertanian", "Permentan", "Peraturan Mentan"],
    &["Peraturan Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "Permen PPPA", "Peraturan Menteri PPPA"],
    &["Peraturan Kepala Badan Kepegawaian Negara", "Perka BKN", "Peraturan Kepala BKN"],
    &["Peraturan Kepala Arsip Nasional Republik Indonesia", "Perka ANRI", "Peraturan Kepala ANRI"],
    &["Peraturan Kepala Badan Nasional Penanggulangan Bencana", "Perka BNPB", "Peraturan Kepala BNPB"],
    &["Peraturan Menteri Ketenagakerjaan", "Permenaker", "Peraturan Menaker"],
];

const UU: u8 = 0;
const PP: u8 = 1;
const PERPRES: u8 = 2;
const PANRB: u8 = 3;
const DAGRI: u8 = 4;
const SOS: u8 = 5;
const KES: u8 = 6;
const DIKBUD: u8 = 7;
const PUPR: u8 = 8;
const LHK: u8 = 9;
const HUB: u8 = 10;
const KOMINFO: u8 = 11;
const TAN: u8 = 12;
const PPPA: u8 = 13;
const BKN: u8 = 14;
const ANRI: u8 = 15;
const BNPB: u8 = 16;
const NAKER: u8 = 17;

struct Reg {
    issuer: u8,
    no: u16,
    year: u16,
    /// The subject; alternatives written by real authors after `|`.
    about: &'static str,
    /// "all", "sop", "org", "ren", "keu", "peg", "umum", "yan", or an agency key.
    tags: &'static str,
}

const fn rg(issuer: u8, no: u16, year: u16, about: &'static str, tags: &'static str) -> Reg {
    Reg {
        issuer,
        no,
        year,
        about,
        tags,
    }
}

/// The shared pool of national regulations.
#[rustfmt::skip]
const REGS: &[Reg] = &[
    rg(UU, 23, 2014, "Pemerintahan Daerah", "org all"),
    rg(UU, 5, 2014, "Aparatur Sipil Negara", "peg all"),
    rg(UU, 20, 2023, "Aparatur Sipil Negara", "peg bkpsdm"),
    rg(UU, 25, 2009, "Pelayanan Publik", "yan all"),
    rg(UU, 14, 2008, "Keterbukaan Informasi Publik", "yan diskominfo all"),
    rg(UU, 30, 2014, "Administrasi Pemerintahan", "all sop"),
    rg(UU, 17, 2003, "Keuangan Negara", "keu ren"),
    rg(UU, 1, 2004, "Perbendaharaan Negara", "keu bpkad"),
    rg(UU, 25, 2004, "Sistem Perencanaan Pembangunan Nasional", "ren bappeda"),
    rg(UU, 33, 2004, "Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah|Perimbangan Keuangan antara Pemerintah Pusat dan Daerah", "keu ren"),
    rg(UU, 43, 2009, "Kearsipan", "umum dispersip"),
    rg(UU, 43, 2007, "Perpustakaan", "dispersip"),
    rg(UU, 11, 2009, "Kesejahteraan Sosial", "dinsos"),
    rg(UU, 13, 2011, "Penanganan Fakir Miskin", "dinsos"),
    rg(UU, 36, 2009, "Kesehatan", "dinkes"),
    rg(UU, 17, 2023, "Kesehatan", "dinkes"),
    rg(UU, 20, 2003, "Sistem Pendidikan Nasional", "disdik"),
    rg(UU, 14, 2005, "Guru dan Dosen", "disdik"),
    rg(UU, 23, 2006, "Administrasi Kependudukan", "disdukcapil"),
    rg(UU, 24, 2013, "Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan", "disdukcapil"),
    rg(UU, 6, 2014, "Desa", "dpmd"),
    rg(UU, 24, 2007, "Penanggulangan Bencana", "bpbd"),
    rg(UU, 32, 2009, "Perlindungan dan Pengelolaan Lingkungan Hidup", "dlh"),
    rg(UU, 18, 2008, "Pengelolaan Sampah", "dlh"),
    rg(UU, 22, 2009, "Lalu Lintas dan Angkutan Jalan", "dishub"),
    rg(UU, 35, 2014, "Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak", "dp3a"),
    rg(UU, 23, 2004, "Penghapusan Kekerasan dalam Rumah Tangga", "dp3a"),
    rg(UU, 17, 2013, "Organisasi Kemasyarakatan", "kesbangpol"),
    rg(UU, 2, 2008, "Partai Politik", "kesbangpol"),
    rg(UU, 28, 2002, "Bangunan Gedung", "pupr"),
    rg(UU, 2, 2017, "Jasa Konstruksi", "pupr"),
    rg(UU, 6, 2023, "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang|Cipta Kerja", "dpmptsp pupr dlh disnaker"),
    rg(UU, 25, 2007, "Penanaman Modal", "dpmptsp"),
    rg(UU, 19, 2013, "Perlindungan dan Pemberdayaan Petani", "distan"),
    rg(UU, 13, 2003, "Ketenagakerjaan", "disnaker"),
    rg(UU, 31, 2004, "Perikanan", "dkp"),
    rg(UU, 11, 2008, "Informasi dan Transaksi Elektronik", "diskominfo"),
    rg(UU, 12, 2011, "Pembentukan Peraturan Perundang-undangan", "setda"),
    rg(PP, 18, 2016, "Perangkat Daerah", "org all"),
    rg(PP, 12, 2019, "Pengelolaan Keuangan Daerah", "keu bpkad"),
    rg(PP, 58, 2005, "Pengelolaan Keuangan Daerah", "keu"),
    rg(PP, 11, 2017, "Manajemen Pegawai Negeri Sipil", "peg bkpsdm"),
    rg(PP, 17, 2020, "Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil", "peg bkpsdm"),
    rg(PP, 94, 2021, "Disiplin Pegawai Negeri Sipil", "peg"),
    rg(PP, 30, 2019, "Penilaian Kinerja Pegawai Negeri Sipil", "peg ren"),
    rg(PP, 28, 2012, "Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan", "umum dispersip"),
    rg(PP, 61, 2010, "Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", "yan diskominfo"),
    rg(PP, 96, 2012, "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "yan"),
    rg(PP, 8, 2008, "Tahapan, Tata Cara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah|Tahapan, Tatacara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah", "ren bappeda"),
    rg(PP, 27, 2014, "Pengelolaan Barang Milik Negara/Daerah", "umum bpkad"),
    rg(PP, 28, 2020, "Perubahan atas Peraturan Pemerintah Nomor 27 Tahun 2014 tentang Pengelolaan Barang Milik Negara/Daerah", "umum bpkad"),
    rg(PP, 5, 2021, "Penyelenggaraan Perizinan Berusaha Berbasis Risiko", "dpmptsp"),
    rg(PP, 60, 2008, "Sistem Pengendalian Intern Pemerintah", "inspektorat keu all"),
    rg(PP, 12, 2017, "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah", "inspektorat"),
    rg(PP, 21, 2008, "Penyelenggaraan Penanggulangan Bencana", "bpbd"),
    rg(PP, 16, 2021, "Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung", "pupr"),
    rg(PP, 22, 2021, "Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup", "dlh"),
    rg(PP, 43, 2014, "Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2014 tentang Desa", "dpmd"),
    rg(PP, 39, 2012, "Penyelenggaraan Kesejahteraan Sosial", "dinsos"),
    rg(PP, 24, 2014, "Pelaksanaan Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan", "dispersip"),
    rg(PP, 40, 2019, "Pelaksanaan Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan", "disdukcapil"),
    rg(PP, 30, 2021, "Penyelenggaraan Bidang Lalu Lintas dan Angkutan Jalan", "dishub"),
    rg(PP, 6, 2010, "Satuan Polisi Pamong Praja", "satpolpp"),
    rg(PP, 47, 2016, "Fasilitas Pelayanan Kesehatan", "dinkes"),
    rg(PP, 17, 2010, "Pengelolaan dan Penyelenggaraan Pendidikan", "disdik"),
    rg(PP, 35, 2021, "Perjanjian Kerja Waktu Tertentu, Alih Daya, Waktu Kerja dan Waktu Istirahat, dan Pemutusan Hubungan Kerja", "disnaker"),
    rg(PERPRES, 29, 2014, "Sistem Akuntabilitas Kinerja Instansi Pemerintah|Sistem Akuntabilitas Kinerja Instansi Pemerintahan", "ren all"),
    rg(PERPRES, 81, 2010, "Grand Design Reformasi Birokrasi 2010-2025", "all sop"),
    rg(PERPRES, 95, 2018, "Sistem Pemerintahan Berbasis Elektronik", "diskominfo all"),
    rg(PERPRES, 16, 2018, "Pengadaan Barang/Jasa Pemerintah", "keu umum"),
    rg(PERPRES, 12, 2021, "Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah", "keu umum setda"),
    rg(PERPRES, 39, 2019, "Satu Data Indonesia", "ren diskominfo bappeda"),
    rg(PERPRES, 96, 2018, "Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil", "disdukcapil"),
    rg(PERPRES, 76, 2013, "Pengelolaan Pengaduan Pelayanan Publik", "yan"),
    rg(PANRB, 35, 2012, "Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan|Pedoman Penyusunan SOP Administrasi Pemerintahan|Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan (SOP-AP)|Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "sop"),
    rg(PANRB, 53, 2014, "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah", "ren"),
    rg(PANRB, 14, 2017, "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik", "yan"),
    rg(PANRB, 19, 2018, "Penyusunan Peta Proses Bisnis Instansi Pemerintah", "sop"),
    rg(PANRB, 15, 2014, "Pedoman Standar Pelayanan", "yan"),
    rg(PANRB, 6, 2022, "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara", "peg"),
    rg(DAGRI, 52, 2011, "Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota", "sop"),
    rg(DAGRI, 77, 2020, "Pedoman Teknis Pengelolaan Keuangan Daerah", "keu bpkad"),
    rg(DAGRI, 13, 2006, "Pedoman Pengelolaan Keuangan Daerah", "keu"),
    rg(DAGRI, 86, 2017, "Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah", "ren bappeda"),
    rg(DAGRI, 90, 2019, "Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah", "ren keu"),
    rg(DAGRI, 54, 2009, "Tata Naskah Dinas di Lingkungan Pemerintah Daerah", "umum"),
    rg(DAGRI, 19, 2016, "Pedoman Pengelolaan Barang Milik Daerah", "umum bpkad"),
    rg(DAGRI, 80, 2015, "Pembentukan Produk Hukum Daerah", "setda"),
    rg(DAGRI, 20, 2018, "Pengelolaan Keuangan Desa", "dpmd"),
    rg(DAGRI, 114, 2014, "Pedoman Pembangunan Desa", "dpmd"),
    rg(DAGRI, 57, 2017, "Pendaftaran dan Pengelolaan Sistem Informasi Organisasi Kemasyarakatan", "kesbangpol"),
    rg(DAGRI, 3, 2018, "Penerbitan Surat Keterangan Penelitian", "kesbangpol"),
    rg(DAGRI, 108, 2019, "Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil", "disdukcapil"),
    rg(DAGRI, 54, 2011, "Standar Operasional Prosedur Satuan Polisi Pamong Praja", "satpolpp"),
    rg(DAGRI, 101, 2018, "Standar Teknis Pelayanan Dasar pada Standar Pelayanan Minimal Sub-Urusan Bencana Daerah Kabupaten/Kota", "bpbd"),
    rg(SOS, 3, 2021, "Pengelolaan Data Terpadu Kesejahteraan Sosial", "dinsos"),
    rg(SOS, 1, 2019, "Penyaluran Belanja Bantuan Sosial di Lingkungan Kementerian Sosial", "dinsos"),
    rg(SOS, 32, 2012, "Standar Operasional Prosedur di Lingkungan Kementerian Sosial", "dinsos"),
    rg(KES, 43, 2019, "Pusat Kesehatan Masyarakat", "dinkes"),
    rg(KES, 4, 2019, "Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan", "dinkes"),
    rg(DIKBUD, 44, 2019, "Penerimaan Peserta Didik Baru pada Taman Kanak-Kanak, Sekolah Dasar, Sekolah Menengah Pertama, Sekolah Menengah Atas, dan Sekolah Menengah Kejuruan", "disdik"),
    rg(DIKBUD, 75, 2016, "Komite Sekolah", "disdik"),
    rg(PUPR, 22, 2018, "Pembangunan Bangunan Gedung Negara", "pupr"),
    rg(LHK, 4, 2021, "Daftar Usaha dan/atau Kegiatan yang Wajib Memiliki Analisis Mengenai Dampak Lingkungan Hidup, Upaya Pengelolaan Lingkungan Hidup dan Upaya Pemantauan Lingkungan Hidup atau Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup", "dlh"),
    rg(HUB, 19, 2021, "Pengujian Berkala Kendaraan Bermotor", "dishub"),
    rg(KOMINFO, 5, 2015, "Registrar Nama Domain Instansi Penyelenggara Negara", "diskominfo"),
    rg(TAN, 10, 2022, "Tata Cara Penetapan Alokasi dan Harga Eceran Tertinggi Pupuk Bersubsidi Sektor Pertanian", "distan"),
    rg(PPPA, 4, 2018, "Pedoman Pembentukan Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak", "dp3a"),
    rg(BKN, 24, 2017, "Tata Cara Pemberian Cuti Pegawai Negeri Sipil", "peg bkpsdm"),
    rg(ANRI, 19, 2012, "Pedoman Penyusunan Klasifikasi Arsip", "umum dispersip"),
    rg(BNPB, 4, 2008, "Pedoman Penyusunan Rencana Penanggulangan Bencana", "bpbd"),
    rg(NAKER, 39, 2016, "Penempatan Tenaga Kerja", "disnaker"),
];

impl Reg {
    fn has(&self, tag: &str) -> bool {
        self.tags.split(' ').any(|t| t == tag)
    }

    /// The regulation in one of the spellings real authors use. `short`
    /// is how much this agency likes abbreviations.
    fn spell(&self, rng: &mut Rng, short: f64) -> String {
        let names = ISSUERS[self.issuer as usize];
        let issuer = if rng.chance(1.0 - short) {
            names[0]
        } else {
            names[rng.below(names.len())]
        };
        let abbreviated = !issuer.contains(' ')
            || issuer.starts_with("UU")
            || issuer.starts_with("PP")
            || issuer.starts_with("Perka")
            || issuer.starts_with("Permen ")
            || issuer.starts_with("Perpres");
        let nomor = spell_nomor(rng, self.no, self.year, abbreviated);
        let abouts: Vec<&str> = self.about.split('|').collect();
        let about = if rng.chance(0.6) {
            abouts[0]
        } else {
            abouts[rng.below(abouts.len())]
        };
        finish_reg(rng, &format!("{issuer} {nomor}"), about)
    }
}

fn spell_nomor(rng: &mut Rng, no: u16, year: u16, abbreviated: bool) -> String {
    let no = if no < 10 && rng.chance(0.06) {
        format!("0{no}")
    } else {
        no.to_string()
    };
    let weights: &[u32] = if abbreviated {
        &[20, 5, 35, 20, 20]
    } else {
        &[70, 14, 12, 2, 2]
    };
    match rng.weighted(weights) {
        0 => format!("Nomor {no} Tahun {year}"),
        1 => format!("Nomor {no} tahun {year}"),
        2 => format!("No. {no} Tahun {year}"),
        3 => format!("No.{no} tahun {year}"),
        _ => format!("No.{no}/{year}"),
    }
}

fn finish_reg(rng: &mut Rng, head: &str, about: &str) -> String {
    let tentang = if rng.chance(0.85) {
        "tentang"
    } else {
        "Tentang"
    };
    let about = if rng.chance(0.15) {
        title_case(about)
    } else {
        about.to_string()
    };
    let dot = if rng.chance(0.15) { "." } else { "" };
    format!("{head} {tentang} {about}{dot}")
}

fn title_case(s: &str) -> String {
    const SMALL: &[&str] = &[
        "dan",
        "atau",
        "di",
        "pada",
        "serta",
        "dalam",
        "atas",
        "dengan",
        "tentang",
        "yang",
        "untuk",
        "bagi",
        "antara",
        "menjadi",
        "sebagaimana",
        "telah",
        "diubah",
    ];
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && SMALL.contains(&w) {
                w.to_string()
            } else {
                cap_first(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ------------------------------------------------------------------ roles

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Pimpinan,
    Sekretaris,
    Kabid,
    KepalaUptd,
    KasubagUmum,
    KasubagProgram,
    KasubagKeu,
    Kasi,
    BidangTeknis,
    Ppk,
    Pptk,
    Bendahara,
    Tim,
    Staf,
    Operator,
    Loket,
    Pengadm,
    Arsiparis,
    Pemohon,
}

impl Role {
    fn rank(self) -> u8 {
        match self {
            Role::Pimpinan => 6,
            Role::Sekretaris => 5,
            Role::Kabid | Role::KepalaUptd => 4,
            Role::KasubagUmum
            | Role::KasubagProgram
            | Role::KasubagKeu
            | Role::Kasi
            | Role::BidangTeknis
            | Role::Ppk => 3,
            Role::Pptk | Role::Bendahara | Role::Tim => 2,
            Role::Staf | Role::Operator | Role::Loket | Role::Pengadm | Role::Arsiparis => 1,
            Role::Pemohon => 0,
        }
    }

    fn is_sup(self) -> bool {
        self.rank() >= 3
    }

    fn is_front(self) -> bool {
        matches!(self, Role::Loket | Role::Pengadm)
    }

    fn index(self) -> u32 {
        self as u32
    }
}

/// Role spellings that do not depend on the agency.
fn fixed_spellings(role: Role, flow: Flow, app: &str) -> Vec<String> {
    let v: &[&str] = match role {
        Role::KasubagUmum => &[
            "Kasubag Umum dan Kepegawaian",
            "Kasubbag Umum dan Kepegawaian",
            "Ka.Subbag Umum dan Kepegawaian",
            "Kepala Sub Bagian Umum dan Kepegawaian",
            "Kasubag Umpeg",
            "Kasubag Umum",
        ],
        Role::KasubagProgram => &[
            "Kasubag Program",
            "Kasubbag Program dan Evaluasi",
            "Ka.Subbag Program",
            "Kepala Sub Bagian Program",
            "Kasubag Program dan Keuangan",
            "Kepala Sub Bagian Program dan Pelaporan",
            "Kasubbag Program",
        ],
        Role::KasubagKeu => &[
            "Kasubag Keuangan",
            "Kasubbag Keuangan dan Aset",
            "Kepala Sub Bagian Keuangan",
            "Ka.Subbag Keuangan",
            "Kasubag Keuangan dan Aset",
        ],
        Role::BidangTeknis => &[
            "Bidang Teknis",
            "Bidang",
            "Pejabat Terkait",
            "Bidang Terkait",
        ],
        Role::Ppk => &[
            "PPK-SKPD",
            "Pejabat Penatausahaan Keuangan",
            "PPK SKPD",
            "Pejabat Penatausahaan Keuangan (PPK)",
        ],
        Role::Pptk => &[
            "PPTK",
            "Pejabat Pelaksana Teknis Kegiatan",
            "Pejabat Pelaksana Teknis Kegiatan (PPTK)",
        ],
        Role::Bendahara => &[
            "Bendahara Pengeluaran",
            "Bendahara",
            "Bendahara Pengeluaran Pembantu",
        ],
        Role::Staf => &[
            "Staf",
            "Staff",
            "Staf Pelaksana",
            "Pelaksana",
            "Staf Teknis",
        ],
        Role::Loket if flow == Flow::Lap => &[
            "Petugas Pengaduan",
            "Petugas Penerima Pengaduan",
            "Admin Pengaduan",
        ],
        Role::Loket => &[
            "Petugas Loket",
            "Petugas Pelayanan",
            "Petugas Front Office",
            "Front Office",
            "Petugas Penerima Berkas",
        ],
        Role::Pengadm => &[
            "Pengadministrasi Umum",
            "Petugas Agenda",
            "Pengelola Surat",
            "Pengadministrasi Persuratan",
            "Pengadministrasi",
        ],
        Role::Arsiparis => &["Arsiparis", "Pengelola Arsip", "Petugas Arsip"],
        Role::Pemohon => match flow {
            Flow::Lap => &["Pelapor", "Masyarakat/Pelapor", "Pengadu", "Masyarakat"],
            Flow::Peg => &[
                "Pegawai Pemohon",
                "ASN yang Bersangkutan",
                "PNS Pemohon",
                "Pegawai yang bersangkutan",
                "Pegawai",
            ],
            _ => &[
                "Pemohon",
                "Masyarakat/Pemohon",
                "Masyarakat",
                "Pemohon Layanan",
            ],
        },
        Role::Operator => {
            return vec![
                format!("Operator {app}"),
                "Operator".to_string(),
                format!("Petugas Operator {app}"),
                "Operator Komputer".to_string(),
            ];
        }
        _ => &[],
    };
    v.iter().map(|s| (*s).to_string()).collect()
}

/// The actors an SOP of this flow draws from, most important first
/// (priority 0 always, 1 likely, 2 sometimes).
fn role_pool(flow: Flow, dom: Dom, uptd: bool) -> Vec<(Role, u8)> {
    let kabid = if uptd { Role::KepalaUptd } else { Role::Kabid };
    let kasubag = match dom {
        Dom::Ren => Role::KasubagProgram,
        Dom::Keu => Role::KasubagKeu,
        _ => Role::KasubagUmum,
    };
    use Role::*;
    match flow {
        Flow::Svc => vec![
            (Pemohon, 0),
            (Loket, 0),
            (Kasi, 0),
            (kabid, 1),
            (Pimpinan, 1),
            (Operator, 1),
            (Staf, 2),
            (Tim, 2),
            (Sekretaris, 2),
            (Arsiparis, 2),
        ],
        Flow::Lap => vec![
            (Pemohon, 0),
            (Tim, 0),
            (kabid, 0),
            (Loket, 1),
            (Kasi, 1),
            (Pimpinan, 1),
            (Staf, 2),
            (Operator, 2),
            (Sekretaris, 2),
            (BidangTeknis, 2),
        ],
        Flow::Peg => vec![
            (Pemohon, 0),
            (KasubagUmum, 0),
            (Pimpinan, 0),
            (Staf, 1),
            (Sekretaris, 1),
            (Operator, 1),
            (Pengadm, 2),
            (BidangTeknis, 2),
            (Arsiparis, 2),
        ],
        Flow::Srt => vec![
            (Pengadm, 0),
            (Pimpinan, 0),
            (KasubagUmum, 0),
            (Sekretaris, 1),
            (Kabid, 1),
            (Staf, 1),
            (Arsiparis, 2),
            (BidangTeknis, 2),
            (Operator, 2),
        ],
        Flow::Doc => vec![
            (Pimpinan, 0),
            (kasubag, 0),
            (Staf, 0),
            (Sekretaris, 1),
            (BidangTeknis, 1),
            (Tim, 2),
            (Operator, 2),
            (Kabid, 2),
            (Pengadm, 2),
        ],
        Flow::Fin => vec![
            (Pimpinan, 0),
            (Ppk, 0),
            (Bendahara, 0),
            (Pptk, 1),
            (KasubagKeu, 1),
            (Sekretaris, 1),
            (Staf, 2),
            (Operator, 2),
            (Tim, 2),
        ],
        Flow::Tek => vec![
            (Pimpinan, 0),
            (kabid, 0),
            (Kasi, 0),
            (Staf, 0),
            (Tim, 1),
            (Operator, 2),
            (Sekretaris, 2),
            (Pengadm, 2),
            (KasubagProgram, 2),
        ],
    }
}

// -------------------------------------------------------------- folders

struct Person {
    nama: String,
    nip: String,
    pangkat: String,
}

struct Folder {
    seed: u64,
    agency: &'static Agency,
    region: &'static Region,
    slug: String,
    instansi: String,
    /// Chooses each role's usual spelling in this agency.
    bias: u64,
    head: Person,
    nomor_style: usize,
    kodewil: String,
    perda_sotk: (u16, u16),
    perkada_tupoksi: (u16, u16),
    perkada_sop: (u16, u16),
    sub_umum: &'static str,
    sub_prog: &'static str,
    sub_keu: &'static str,
    /// How much this agency abbreviates regulations.
    reg_short: f64,
    plans: Vec<Plan>,
}

struct Plan {
    nama: String,
    slug: String,
    obj: &'static Obj,
    proc_: &'static Proc,
}

fn plan_folders(rng: &mut Rng, count: usize) -> Vec<Folder> {
    let mut sizes = Vec::new();
    let mut left = count;
    while left > 0 {
        let s = rng.range(20, 60).min(left);
        sizes.push(s);
        left -= s;
    }
    if sizes.len() > 1 && *sizes.last().unwrap_or(&0) < 10 {
        let last = sizes.pop().unwrap_or(0);
        let n = sizes.len();
        sizes[n - 1] += last;
    }
    let capacity = AGENCIES.len() * REGIONS.len();
    if sizes.len() > capacity {
        // More SOPs than distinct agencies: fill every folder evenly.
        sizes = (0..capacity)
            .map(|i| count / capacity + usize::from(i < count % capacity))
            .collect();
    }
    let mut pairs: Vec<(usize, usize)> = (0..AGENCIES.len())
        .flat_map(|a| (0..REGIONS.len()).map(move |r| (a, r)))
        .collect();
    rng.shuffle(&mut pairs);
    sizes
        .iter()
        .zip(pairs)
        .map(|(&size, (ai, ri))| {
            let mut frng = Rng::new(rng.next());
            let mut f = new_folder(&mut frng, &AGENCIES[ai], &REGIONS[ri]);
            f.plans = plan_names(&mut frng, &f, size);
            f.seed = frng.next();
            f
        })
        .collect()
}

fn new_folder(rng: &mut Rng, agency: &'static Agency, region: &'static Region) -> Folder {
    let slug = format!(
        "{}-{}-{}",
        agency.key,
        region.slug_kind(),
        slugify(region.name)
    );
    let instansi = format!("{} {}", agency.name, region.full());
    let year = rng.range(2016, 2022) as u16;
    let setda = agency.key == "setda";
    const PROG: [&str; 4] = [
        "Sekretariat - Sub Bagian Program dan Keuangan",
        "Sekretariat - Sub Bagian Perencanaan dan Evaluasi",
        "Sekretariat - Sub Bagian Program",
        "Sekretariat - Sub Bagian Program dan Keuangan",
    ];
    const UMUM: [&str; 4] = [
        "Sekretariat - Sub Bagian Umum dan Kepegawaian",
        "Sekretariat - Sub Bagian Umum dan Kepegawaian",
        "Sekretariat - Subbag Umum dan Kepegawaian",
        "Sekretariat",
    ];
    let sub_prog = if setda {
        "Bagian Perencanaan dan Keuangan"
    } else {
        PROG[rng.below(PROG.len())]
    };
    let sub_keu = if sub_prog.ends_with("Keuangan") {
        sub_prog
    } else {
        "Sekretariat - Sub Bagian Keuangan"
    };
    let sub_umum = if setda {
        "Bagian Umum"
    } else {
        UMUM[rng.below(UMUM.len())]
    };
    Folder {
        seed: 0,
        agency,
        region,
        slug,
        instansi,
        bias: rng.next(),
        head: person(rng),
        nomor_style: rng.below(5),
        kodewil: format!("{}.{}", rng.range(400, 499), rng.range(100, 399)),
        perda_sotk: (rng.range(1, 15) as u16, rng.range(2016, 2021) as u16),
        perkada_tupoksi: (rng.range(10, 140) as u16, year),
        perkada_sop: (rng.range(1, 60) as u16, rng.range(2012, 2020) as u16),
        sub_umum,
        sub_prog,
        sub_keu,
        reg_short: [0.15, 0.3, 0.5, 0.7][rng.below(4)],
        plans: Vec::new(),
    }
}

/// Names `size` SOPs of a folder: unique names and slugs.
fn plan_names(rng: &mut Rng, f: &Folder, size: usize) -> Vec<Plan> {
    let mut plans: Vec<Plan> = Vec::with_capacity(size);
    let mut names: HashSet<String> = HashSet::new();
    let mut slugs: HashSet<String> = HashSet::new();
    let mut fallback = 0usize;
    while plans.len() < size {
        let mut found = None;
        for _ in 0..40 {
            let obj = if rng.chance(0.45) {
                rng.pick(f.agency.objects)
            } else {
                rng.pick(GENERIC)
            };
            let nama = sop_name(rng, obj);
            let (nama, proc_) = nama;
            let slug = slugify(&nama);
            if !names.contains(&nama.to_lowercase()) && !slugs.contains(&slug) {
                found = Some((nama, slug, obj, proc_));
                break;
            }
        }
        let (nama, slug, obj, proc_) = found.unwrap_or_else(|| {
            // A big folder ran out of combinations: qualify a name.
            let obj = rng.pick(GENERIC);
            let (base, proc_) = sop_name(rng, obj);
            loop {
                fallback += 1;
                let nama = match fallback % 4 {
                    0 => format!("{base} Tahap {}", roman(fallback / 4 % 12 + 1)),
                    1 => format!(
                        "{base} pada {}",
                        f.agency.bidang[fallback % f.agency.bidang.len()]
                    ),
                    2 => format!("{base} secara Elektronik {}", fallback),
                    _ => format!("{base} Tahun {}", 2015 + fallback % 10),
                };
                let slug = slugify(&nama);
                if !names.contains(&nama.to_lowercase()) && !slugs.contains(&slug) {
                    return (nama, slug, obj, proc_);
                }
            }
        });
        names.insert(nama.to_lowercase());
        slugs.insert(slug.clone());
        plans.push(Plan {
            nama,
            slug,
            obj,
            proc_,
        });
    }
    plans
}

fn sop_name(rng: &mut Rng, obj: &'static Obj) -> (String, &'static Proc) {
    let keys: Vec<&str> = obj.procs.split(' ').collect();
    let proc_ = proc_by_key(keys[rng.below(keys.len())]);
    let mut name = format!("{} {}", proc_.noun, obj.name);
    if keys.len() > 1 && rng.chance(0.1) {
        let other = proc_by_key(keys[rng.below(keys.len())]);
        if other.key != proc_.key {
            name = format!("{} dan {} {}", proc_.noun, other.noun, obj.name);
        }
    }
    if obj.periodic && rng.chance(0.25) {
        name = format!(
            "{name} {}",
            rng.pick(&["Tahunan", "Triwulan", "Semester", "Bulanan"])
        );
    }
    if obj.flow == Flow::Svc && proc_.key != "layan" && rng.chance(0.3) {
        name = format!("Pelayanan {name}");
    } else if rng.chance(0.06) {
        name = format!(
            "{} {name}",
            rng.pick(&["Mekanisme", "Prosedur", "Tata Cara"])
        );
    }
    (name, proc_)
}

// ----------------------------------------------------------------- people

const MALE: &[&str] = &[
    "Ahmad",
    "Budi",
    "Agus",
    "Bambang",
    "Hendra",
    "Joko",
    "Rudi",
    "Slamet",
    "Sugeng",
    "Wahyu",
    "Eko",
    "Dedi",
    "Andi",
    "Muhammad",
    "Yusuf",
    "Hasan",
    "Arief",
    "Dwi",
    "Heru",
    "Imam",
    "Iwan",
    "I Made",
    "I Nyoman",
    "I Ketut",
    "Yohanes",
    "Fransiskus",
    "La Ode",
    "Abdul",
    "Syamsul",
    "Taufik",
    "Rahmat",
    "Zainal",
    "Herman",
    "Sutrisno",
    "Suparman",
    "Haris",
    "Ahsanul",
    "Gede",
    "Fajar",
    "Hadi",
];
const FEMALE: &[&str] = &[
    "Sri", "Siti", "Dewi", "Ratna", "Endang", "Nur", "Rina", "Yuli", "Lilik", "Tri", "Retno",
    "Wiwik", "Ni Made", "Ni Luh", "Maria", "Theresia", "Fitri", "Nurul", "Ayu", "Rini", "Dyah",
    "Erna", "Hartati", "Andi",
];
const LAST_M: &[&str] = &[
    "Santoso",
    "Wijaya",
    "Prasetyo",
    "Saputra",
    "Hidayat",
    "Nugroho",
    "Setiawan",
    "Kurniawan",
    "Gunawan",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Manurung",
    "Rahman",
    "Hakim",
    "Sulaiman",
    "Syahputra",
    "Wibowo",
    "Susanto",
    "Purnomo",
    "Firmansyah",
    "Mahendra",
    "Pangaribuan",
    "Tambunan",
    "Atmiko",
    "Khalik",
    "Sinaga",
    "Latuconsina",
    "Mandagi",
    "Daeng",
];
const LAST_F: &[&str] = &[
    "Lestari",
    "Wulandari",
    "Rahayu",
    "Handayani",
    "Susanti",
    "Puspitasari",
    "Anggraini",
    "Kusumawati",
    "Rahmawati",
    "Suryani",
    "Permatasari",
    "Sari",
    "Siregar",
    "Nasution",
    "Hidayati",
];
const DEGREES: &[&str] = &[
    "S.Sos.",
    "M.Si",
    "S.E.",
    "M.M.",
    "S.H.",
    "M.H.",
    "S.Pd.",
    "M.Pd.",
    "S.T.",
    "M.T.",
    "S.Kep.",
    "M.Kes.",
    "S.STP",
    "M.AP",
    "S.IP",
    "S.Kom.",
    "S.P.",
    "M.P.",
    "Ak.",
    "M.Eng.",
    "S.Sos.,MH",
];

fn person(rng: &mut Rng) -> Person {
    let female = rng.chance(0.3);
    let first = if female {
        rng.pick(FEMALE)
    } else {
        rng.pick(MALE)
    };
    let last = if female {
        rng.pick(LAST_F)
    } else {
        rng.pick(LAST_M)
    };
    let mut nama = String::new();
    // Hajj titles go with Muslim names only.
    let hajj = ![
        "I ",
        "Ni ",
        "Gede",
        "Yohanes",
        "Fransiskus",
        "Maria",
        "Theresia",
    ]
    .iter()
    .any(|p| first.starts_with(p));
    let prefix = match (female, rng.below(10)) {
        (false, 0 | 1) if hajj => "H. ",
        (true, 0 | 1) if hajj => "Hj. ",
        (false, 2) => "Drs. ",
        (true, 2) => "Dra. ",
        (_, 3) => "Dr. ",
        (_, 4) => "Ir. ",
        (false, 5) if hajj && rng.chance(0.3) => "Drs. H. ",
        _ => "",
    };
    nama.push_str(prefix);
    nama.push_str(first);
    nama.push(' ');
    nama.push_str(last);
    let n_deg = rng.weighted(&[15, 45, 40]);
    let mut degrees: Vec<&str> = Vec::new();
    while degrees.len() < n_deg {
        let d = *rng.pick(DEGREES);
        if !degrees.contains(&d) {
            degrees.push(d);
        }
    }
    if !degrees.is_empty() {
        nama.push_str(", ");
        nama.push_str(&degrees.join(if rng.chance(0.8) { ", " } else { "," }));
    }
    if rng.chance(0.12) {
        // Some forms print the name in capitals, titles and all.
        let (name, titles) = match nama.split_once(", ") {
            Some((n, t)) => (n.to_uppercase(), format!(", {t}")),
            None => (nama.to_uppercase(), String::new()),
        };
        nama = format!("{name}{titles}");
    }
    // NIP: birth date, appointment (TMT CPNS) year and month, sex, number.
    let by = rng.range(1964, 1984) as i64;
    let bm = rng.range(1, 12) as u32;
    let bd = rng.range(1, days_in_month(by, bm) as usize) as u32;
    let ay = (by + rng.range(23, 33) as i64).min(2012);
    let any_month = rng.range(1, 12) as u32;
    let am = *rng.pick(&[1u32, 3, 3, 4, 10, 12, 12, any_month]);
    let sex = if female { 2 } else { 1 };
    let no = if rng.chance(0.8) {
        rng.range(1, 150)
    } else {
        rng.range(1, 999)
    };
    let nip = if rng.chance(0.85) {
        format!("{by:04}{bm:02}{bd:02} {ay:04}{am:02} {sex} {no:03}")
    } else {
        format!("{by:04}{bm:02}{bd:02}{ay:04}{am:02}{sex}{no:03}")
    };
    let pangkat = (*rng.pick(&[
        "Pembina Tingkat I",
        "Pembina Tingkat I",
        "Pembina Tingkat I (IV/b)",
        "Pembina Utama Muda",
        "Pembina Utama Muda (IV/c)",
        "Pembina Utama Madya (IV/d)",
        "Pembina (IV/a)",
        "Pembina Tk. I / IV b",
        "Pembina Utama Muda / IV.c",
    ]))
    .to_string();
    Person { nama, nip, pangkat }
}

// ------------------------------------------------------------------ dates

/// A date as the front matter writes it: a TOML date mostly, a "YYYY-MM"
/// or "YYYY" string when the day (or month) is not known.
fn date_value(rng: &mut Rng, day: i64, p_month: f64, p_year: f64) -> String {
    let (y, m, d) = civil_from_days(day);
    if rng.chance(p_year) {
        format!("\"{y:04}\"")
    } else if rng.chance(p_month) {
        format!("\"{y:04}-{m:02}\"")
    } else {
        format!("{y:04}-{m:02}-{d:02}")
    }
}

fn roman(n: usize) -> &'static str {
    const R: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    R[(n.max(1) - 1) % 12]
}

// ------------------------------------------------------------------ text

fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// A TOML basic string, quoted and escaped.
fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    if !s
        .bytes()
        .any(|b| b == b'"' || b == b'\\' || b < 0x20 || b == 0x7f)
    {
        out.push_str(s);
        out.push('"');
        return out;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn cap_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An object's name as running text: lower case, acronyms kept
/// ("KTP Elektronik" → "KTP elektronik").
fn running(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            if w.chars().filter(char::is_ascii_uppercase).count() >= 2 {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fills `{name}` placeholders from `vars`.
fn fill(t: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(t.len() + 32);
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match vars.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

// ----------------------------------------------------------------- steps

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Open,
    Deleg,
    Intake,
    Work,
    Check,
    Approve,
    Close,
}

impl Kind {
    /// Which slots go first when a procedure is too long.
    fn removal_order(self) -> u8 {
        match self {
            Kind::Deleg => 0,
            Kind::Close => 1,
            Kind::Work => 2,
            Kind::Intake => 3,
            Kind::Approve => 4,
            Kind::Check => 5,
            Kind::Open => 6,
        }
    }
}

#[derive(Debug, Clone)]
struct Slot {
    kind: Kind,
    actors: Vec<usize>,
    /// Index into `WORK`, for work slots.
    work: Option<usize>,
}

impl Slot {
    fn new(kind: Kind, actor: usize) -> Slot {
        Slot {
            kind,
            actors: vec![actor],
            work: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Any,
    Op,
    Tim,
    Bend,
}

/// A work step: its place in the procedure (0 preparing … 4 finishing),
/// the flows it fits, who does it, what is done, what comes out, and what
/// is needed.
struct WorkT {
    rank: u8,
    flows: u8,
    who: Who,
    keg: &'static str,
    out: &'static str,
    inp: &'static str,
}

const fn w(
    rank: u8,
    flows: u8,
    who: Who,
    keg: &'static str,
    out: &'static str,
    inp: &'static str,
) -> WorkT {
    WorkT {
        rank,
        flows,
        who,
        keg,
        out,
        inp,
    }
}

#[rustfmt::skip]
const WORK: &[WorkT] = &[
    w(0, DOC | TEK, Who::Any, "Menyiapkan format {proc} {obj}", "Format {proc} {obj}", "Disposisi"),
    w(0, SVC | PEG, Who::Any, "Menyiapkan blanko dan formulir {obj}", "Blanko {obj}", "Formulir permohonan"),
    w(0, DOC | TEK | LAP, Who::Tim, "Menyusun rencana kerja {proc} {obj}", "Rencana kerja", "Surat tugas"),
    w(0, DOC | TEK | FIN, Who::Any, "Menyampaikan undangan rapat pembahasan {obj} kepada peserta", "Undangan rapat", "Daftar peserta rapat"),
    w(0, DOC, Who::Any, "Mendistribusikan format {obj} kepada bidang-bidang", "Bukti tanda terima format", "Format {obj}"),
    w(0, TEK | LAP, Who::Tim, "Melakukan persiapan peninjauan lapangan dan menyiapkan peralatan", "Surat tugas dan peralatan", "Surat tugas"),
    w(1, DOC | TEK | FIN, Who::Any, "Mengumpulkan dokumen-dokumen yang diperlukan untuk {proc} {obj}", "Dokumen-dokumen pendukung", "Daftar kebutuhan dokumen"),
    w(1, DOC | TEK, Who::Any, "Menghimpun {data} dari masing-masing bidang", "Kumpulan {data}", "Format data"),
    w(1, DOC, Who::Any, "Mengisi format {obj} dan menyerahkannya kepada {to}", "Format yang telah diisi", "Format {obj}"),
    w(1, TEK | LAP, Who::Tim, "Melakukan pendataan {obj} di lapangan", "Data hasil pendataan lapangan", "Formulir pendataan"),
    w(1, SVC | LAP | TEK, Who::Tim, "Melakukan verifikasi lapangan terhadap {berkas}", "Berita acara verifikasi lapangan", "{berkas}"),
    w(1, SVC | LAP, Who::Tim, "Melakukan peninjauan lokasi bersama pihak terkait", "Berita acara peninjauan lokasi", "Surat tugas"),
    w(1, SVC | PEG | FIN, Who::Any, "Meneliti berkas-berkas {berkas} yang diterima", "Berkas yang telah diteliti", "{berkas}"),
    w(1, SVC | PEG | SRT | LAP, Who::Any, "Mencatat {berkas} ke dalam buku register", "Buku register", "Buku register"),
    w(2, ALL, Who::Op, "Menginput {data} ke dalam aplikasi {app}", "{data} tercatat dalam aplikasi {app}", "{data}"),
    w(2, DOC | TEK, Who::Any, "Mengolah dan merekap {data}", "Rekapitulasi {data}", "{data}"),
    w(2, DOC | TEK, Who::Any, "Menganalisis data sebagai bahan {proc} {obj}", "Hasil analisis data", "Rekapitulasi data"),
    w(2, SVC | PEG, Who::Op, "Memproses {proc} {obj} melalui aplikasi {app}", "Draf {doc}", "Berkas permohonan lengkap"),
    w(2, SVC, Who::Op, "Melakukan pengecekan data pemohon pada database {app}", "Data pemohon terverifikasi", "Berkas permohonan"),
    w(2, LAP | TEK | DOC, Who::Any, "Berkoordinasi dengan bidang terkait untuk penyelesaian {proc} {obj}", "Hasil koordinasi", "Nota dinas"),
    w(2, FIN, Who::Bend, "Menyiapkan dokumen SPP beserta kelengkapannya", "Dokumen SPP", "Nota permintaan dana"),
    w(2, FIN, Who::Bend, "Mencatat transaksi dalam buku kas umum", "Buku kas umum", "Bukti transaksi"),
    w(2, FIN, Who::Bend, "Memeriksa ketersediaan anggaran pada DPA", "Konfirmasi ketersediaan anggaran", "DPA"),
    w(2, LAP | DOC | TEK, Who::Any, "Menyusun telaahan staf terkait {obj}", "Telaahan staf", "Data dan informasi"),
    w(2, LAP, Who::Tim, "Mengklarifikasi {berkas} kepada pihak terkait", "Berita acara klarifikasi", "{berkas}"),
    w(3, DOC | TEK | FIN | PEG | SRT, Who::Any, "Menyusun draf {doc}", "Draf {doc}", "Bahan penyusunan"),
    w(3, ALL, Who::Any, "Membuat konsep {doc}", "Konsep {doc}", "Data pendukung"),
    w(3, PEG | SRT | SVC, Who::Any, "Menyusun konsep surat {proc} {obj}", "Konsep surat", "Berkas yang telah diteliti"),
    w(3, LAP | TEK | DOC, Who::Any, "Menyusun laporan hasil {proc} {obj}", "Laporan hasil {proc}", "Data hasil kegiatan"),
    w(3, SRT | PEG | DOC, Who::Any, "Mengetik {doc} sesuai format tata naskah dinas", "Naskah {doc}", "Konsep {doc}"),
    w(4, SVC | PEG | DOC | FIN, Who::Op, "Mencetak {doc}", "{doc} tercetak", "Draf {doc}"),
    w(4, DOC | SRT | TEK, Who::Any, "Menggandakan {doc} sesuai kebutuhan", "{doc} yang telah digandakan", "{doc}"),
    w(4, ALL, Who::Any, "Menyampaikan {doc} kepada {to} untuk diperiksa", "{doc}", "{doc}"),
    w(4, ALL, Who::Op, "Memindai {doc} dan mengunggahnya ke aplikasi {app}", "Arsip digital {doc}", "{doc}"),
];

/// (kegiatan, output, kelengkapan)
type T3 = (&'static str, &'static str, &'static str);

#[rustfmt::skip]
/// Steps two actors do together, with the flows they fit.
const PAIR: &[(u8, &str, &str, &str)] = &[
    (DOC | TEK | FIN | LAP, "Membahas {doc} dalam rapat koordinasi", "Notulen rapat", "Undangan rapat"),
    (DOC | TEK | SRT | PEG, "Melaksanakan rapat pembahasan {proc} {obj}", "Notulen rapat", "Bahan rapat"),
    (DOC | TEK, "Menerima dan mengisi format {obj}", "Format yang telah diisi", "Format {obj}"),
    (ALL, "Melakukan verifikasi bersama terhadap {berkas}", "Berita acara verifikasi", "{berkas}"),
    (DOC | TEK, "Menghimpun {data} dan menyampaikannya kepada {to}", "{data}", "Format data"),
    (SVC | PEG | LAP | FIN, "Meneliti bersama kelengkapan dan keabsahan {berkas}", "Berkas yang telah diteliti", "{berkas}"),
];

#[rustfmt::skip]
const OPEN_SUP: &[T3] = &[
    ("Memerintahkan {to} untuk {act} {obj}", "Nota dinas", "Blanko nota dinas"),
    ("Menerima surat permintaan {obj} dan mendisposisikannya kepada {to}", "Lembar disposisi", "Surat permintaan"),
    ("Mendisposisikan kepada {to} untuk melaksanakan {proc} {obj}", "Disposisi", "Lembar disposisi"),
    ("Memberikan arahan kepada {to} terkait rencana {proc} {obj}", "Arahan pimpinan", "Program kerja"),
    ("Menetapkan jadwal {proc} {obj} dan menugaskan {to}", "Surat tugas", "Rencana kerja"),
    ("Merencanakan {proc} {obj} dan menugaskan {to}", "Rencana kegiatan", "Program kerja"),
];
#[rustfmt::skip]
const OPEN_SVC: &[T3] = &[
    ("Mengajukan permohonan {obj} dengan melampirkan persyaratan", "Berkas permohonan", "Formulir permohonan"),
    ("Datang ke loket pelayanan dan menyerahkan berkas permohonan {obj}", "Berkas permohonan", "Persyaratan"),
    ("Mengisi formulir permohonan {obj} dan melengkapi persyaratan", "Formulir permohonan yang telah diisi", "Formulir permohonan"),
];
#[rustfmt::skip]
const OPEN_LAP: &[T3] = &[
    ("Menyampaikan pengaduan terkait {obj} secara langsung, tertulis, atau melalui media sosial", "Laporan pengaduan", "Identitas pelapor"),
    ("Melaporkan {obj} kepada {to}", "Laporan kejadian", "Formulir pengaduan"),
];
#[rustfmt::skip]
const OPEN_PEG: &[T3] = &[
    ("Mengajukan permohonan {obj} kepada {to} dengan melampirkan berkas persyaratan", "Surat permohonan", "Berkas persyaratan"),
    ("Mengisi formulir {obj} dan menyerahkannya kepada {to}", "Formulir yang telah diisi", "Formulir {obj}"),
];
#[rustfmt::skip]
const OPEN_SRT: &[T3] = &[
    ("Menerima surat masuk dan mencatatnya dalam buku agenda", "Surat masuk tercatat", "Buku agenda"),
    ("Menerima, mencatat dan memberi lembar disposisi pada {doc}", "Lembar disposisi", "Buku agenda"),
    ("Menerima konsep {doc} dari bidang dan mencatatnya dalam buku agenda", "Konsep {doc} tercatat", "Buku agenda"),
];
#[rustfmt::skip]
const OPEN_LOKET: &[T3] = &[
    ("Menerima permohonan {obj} beserta berkas persyaratan dari {req}", "Berkas permohonan", "Formulir permohonan"),
    ("Menerima {berkas} dan mencatatnya dalam buku register", "Register {berkas}", "Buku register"),
];
#[rustfmt::skip]
const OPEN_WORKER: &[T3] = &[
    ("Membuat draf format {obj}", "Draf format {obj}", "Daftar pertanyaan"),
    ("Menerima disposisi dan menyiapkan bahan {proc} {obj}", "Bahan {proc} {obj}", "Lembar disposisi"),
    ("Menyiapkan dokumen-dokumen yang diperlukan untuk {proc} {obj}", "Dokumen pendukung", "Daftar kebutuhan dokumen"),
];
#[rustfmt::skip]
const OPEN_FIN: &[T3] = &[
    ("Mengajukan permintaan pembayaran kegiatan kepada {to}", "Nota permintaan dana", "Dokumen kegiatan"),
    ("Menyiapkan {doc} beserta dokumen pendukungnya", "{doc}", "Bukti pengeluaran"),
];
#[rustfmt::skip]
const DELEG: &[T3] = &[
    ("Meneruskan disposisi kepada {to} untuk ditindaklanjuti", "Disposisi", "Lembar disposisi"),
    ("Menerima disposisi dan memerintahkan {to} untuk {act} {obj}", "Disposisi", "Lembar disposisi"),
    ("Mendisposisikan surat permintaan {obj} kepada {to}", "Lembar disposisi", "Surat permintaan"),
    ("Memberikan arahan kepada {to} terkait {proc} {obj}", "Arahan", "Nota dinas"),
    ("Memimpin rapat persiapan {proc} {obj} bersama {to}", "Notulen rapat", "Nota dinas"),
    ("Menugaskan {to} untuk menyiapkan bahan {proc} {obj}", "Surat tugas", "Disposisi"),
];
#[rustfmt::skip]
const INTAKE: &[T3] = &[
    ("Menerima dan memeriksa kelengkapan berkas {obj}", "Berkas permohonan lengkap", "Berkas permohonan"),
    ("Mencatat permohonan dalam buku register dan memberikan tanda terima kepada {req}", "Tanda terima berkas", "Buku register"),
    ("Memberikan nomor antrean dan menerima berkas persyaratan", "Nomor antrean", "Berkas persyaratan"),
];
#[rustfmt::skip]
const INTAKE_LAP: &[T3] = &[
    ("Menerima pengaduan dan mencatatnya dalam buku register pengaduan", "Register pengaduan", "Formulir pengaduan"),
    ("Menelaah pengaduan dan meneruskannya kepada {to}", "Lembar telaah pengaduan", "Register pengaduan"),
];
#[rustfmt::skip]
const INTAKE_SRT: &[T3] = &[
    ("Mengagendakan {doc} dan meneruskannya kepada {to}", "Buku agenda", "{doc}"),
    ("Mencatat {doc} dalam buku agenda", "Buku agenda", "{doc}"),
];
#[rustfmt::skip]
const CHECK: &[T3] = &[
    ("Memastikan {doc} telah {pas} sesuai ketentuan", "{doc} yang telah {pas}", "{doc}"),
    ("Memeriksa dan memaraf {doc}", "{doc} yang telah diparaf", "{doc}"),
    ("Mengoreksi {doc}", "{doc} yang telah dikoreksi", "{doc}"),
    ("Mengkoreksi {doc} dan memarafnya", "{doc} yang telah dikoreksi", "{doc}"),
    ("Memverifikasi {doc}", "{doc} terverifikasi", "{doc}"),
    ("Meneliti kebenaran {doc} dan memarafnya", "{doc} yang telah diparaf", "{doc}"),
    ("Menelaah {doc} dan memberikan catatan perbaikan", "Catatan telaahan", "{doc}"),
    ("Memvalidasi {data}", "{data} yang telah divalidasi", "{data}"),
    ("Memberikan persetujuan atas {doc}", "Persetujuan {doc}", "{doc}"),
    ("Menerima {doc} dan meneruskannya kepada {to}", "{doc}", "{doc}"),
    ("Mengevaluasi hasil {proc} {obj}", "Hasil evaluasi", "Laporan hasil {proc}"),
    ("Memeriksa kesesuaian {doc} dengan ketentuan yang berlaku", "{doc} yang telah diperiksa", "{doc}"),
];
/// (kegiatan, output) of decisions that loop back.
#[rustfmt::skip]
const DECIDE: &[(&str, &str)] = &[
    ("Memeriksa kelengkapan berkas; bila lengkap dilanjutkan, bila tidak dikembalikan kepada {back} untuk diperbaiki", "Berkas lengkap"),
    ("Mengoreksi {doc}; bila benar diteruskan kepada {to}, bila salah dikembalikan kepada {back} untuk diperbaiki", "{doc} yang telah dikoreksi"),
    ("Memverifikasi {doc}; apabila sesuai dilanjutkan, apabila tidak sesuai dikembalikan kepada {back}", "{doc} yang telah diverifikasi"),
    ("Menganalisa hasil {proc} {obj}; bila setuju dilanjutkan, bila tidak dikembalikan kepada {back} sesuai arahan", "{doc} yang disetujui"),
    ("Meneliti {doc}, jika memenuhi syarat diproses lebih lanjut, jika tidak dikembalikan kepada {back} disertai alasannya", "{doc} yang memenuhi syarat"),
    ("Memeriksa dan memaraf {doc}; bila ada koreksi dikembalikan kepada {back} untuk diperbaiki", "{doc} yang telah diparaf"),
    ("Memvalidasi {doc}; bila valid dilanjutkan, bila tidak valid dikembalikan kepada {back}", "{doc} yang telah divalidasi"),
    ("Mengkoreksi {doc} bila benar dilanjutkan bila salah dikembalikan ke {back} untuk diperbaiki", "{doc}"),
];
#[rustfmt::skip]
const DECIDE_INTAKE: &[(&str, &str)] = &[
    ("Memeriksa kelengkapan berkas persyaratan; bila lengkap dilanjutkan, bila tidak dikembalikan kepada {back} untuk dilengkapi", "Berkas permohonan lengkap"),
    ("Meneliti kelengkapan dan keabsahan {berkas}; jika lengkap diberikan tanda terima, jika tidak lengkap dikembalikan kepada {back}", "Tanda terima berkas"),
];
/// Decisions at a work step: checks of what the step received.
#[rustfmt::skip]
const DECIDE_WORK: &[(&str, &str)] = &[
    ("Memeriksa kelengkapan {berkas}; bila lengkap dilanjutkan, bila tidak diminta kepada {back} untuk dilengkapi", "{berkas} yang lengkap"),
    ("Mencocokkan {data} dengan dokumen pendukung; bila sesuai dilanjutkan, bila tidak sesuai dikembalikan kepada {back} untuk diperbaiki", "{data} yang sesuai"),
    ("Meneliti kelengkapan bahan; jika belum lengkap dikembalikan kepada {back}", "Bahan yang lengkap"),
];
/// Decisions whose "Ya" skips ahead.
#[rustfmt::skip]
const DECIDE_FWD: &[(&str, &str)] = &[
    ("Memeriksa kelengkapan {doc}; bila sudah lengkap langsung diteruskan kepada {fwd}, bila tidak dikembalikan kepada {back} untuk dilengkapi", "{doc} yang lengkap"),
    ("Meneliti {doc}; jika tidak memerlukan perbaikan langsung diajukan kepada {fwd}, jika perlu perbaikan dikembalikan kepada {back}", "{doc} yang telah diteliti"),
];
#[rustfmt::skip]
const APPROVE: &[T3] = &[
    ("Menandatangani {doc}", "{doc} yang telah ditandatangani", "{doc}"),
    ("Menandatangani {doc}", "{doc} yang telah ditandatangani", "{doc} yang telah diparaf"),
    ("Mengesahkan {doc}", "{doc} yang telah disahkan", "{doc}"),
    ("Menetapkan {doc}", "{doc} yang telah ditetapkan", "{doc}"),
    ("Menyetujui dan menandatangani {doc}", "{doc} yang telah ditandatangani", "{doc}"),
    ("Melakukan penandatanganan {doc}", "{doc} yang telah ditandatangani", "{doc}"),
];
#[rustfmt::skip]
const LAST_SUP: &[T3] = &[
    ("Menerima laporan hasil {proc} {obj}", "Laporan hasil {proc} diterima", "Laporan hasil {proc}"),
    ("Menerima dan menandatangani {doc}", "{doc} yang telah ditandatangani", "{doc}"),
];
#[rustfmt::skip]
const LAST_WORKER: &[T3] = &[
    ("Mengarsipkan {doc} yang telah {pas}", "Arsip {doc}", "{doc} yang telah {pas}"),
    ("Mengarsipkan {doc} yang telah ditandatangani", "Arsip {doc}", "{doc} yang telah ditandatangani"),
    ("Mengarsipkan berkas-berkas {proc} {obj}", "Arsip", "Berkas {proc}"),
    ("Pengarsipan {doc}", "Arsip", "{doc}"),
    ("Mendistribusikan {doc} kepada bidang-bidang dan mengarsipkan salinannya", "Tanda terima distribusi", "{doc}"),
    ("Mengirimkan {doc} kepada {dest} dan mengarsipkan tembusannya", "Tanda terima pengiriman", "{doc}"),
    ("Menyimpan {doc} sebagai arsip", "Arsip {doc}", "{doc}"),
];
#[rustfmt::skip]
const LAST_EXT_FLOW: &[T3] = &[
    ("Menyerahkan {doc} kepada {req} dan mengarsipkan salinannya", "Tanda terima penyerahan {doc}", "{doc}"),
    ("Menyerahkan {doc} kepada {req}", "{doc} diserahkan kepada {req}", "{doc}"),
    ("Menginformasikan hasil {proc} kepada {req} dan mengarsipkan berkasnya", "Arsip berkas", "{doc}"),
    ("Mengarsipkan berkas-berkas {proc} {obj}", "Arsip", "Berkas {proc}"),
];
#[rustfmt::skip]
const LAST_EXT: &[T3] = &[("Menerima {doc} dan menandatangani tanda terima", "Tanda terima", "{doc}")];
#[rustfmt::skip]
const CLOSE: &[T3] = &[
    ("Memberikan nomor dan tanggal pada {doc}", "{doc} bernomor", "Buku agenda"),
    ("Menggandakan {doc}", "Salinan {doc}", "{doc}"),
    ("Menyerahkan {doc} kepada {to}", "{doc} telah diserahkan", "{doc}"),
    ("Mengirimkan {doc} kepada {dest}", "Tanda terima pengiriman", "{doc}"),
    ("Menginput hasil {proc} ke dalam aplikasi {app}", "Data tercatat dalam aplikasi {app}", "{doc}"),
    ("Membubuhkan cap dinas pada {doc}", "{doc} yang telah dicap", "{doc}"),
];
#[rustfmt::skip]
const CLOSE_EXT: &[T3] = &[("Menyampaikan {doc} kepada {req}", "{doc}", "{doc}")];
const KETERANGAN: &[&str] = &[
    "Melalui aplikasi {app}",
    "Paling lambat 3 hari kerja",
    "Dapat dilakukan secara daring",
    "Berkas yang tidak lengkap dikembalikan",
    "Sesuai jadwal yang ditetapkan",
    "Tembusan kepada {top}",
    "Dicatat pada kolom \"Keterangan\" buku agenda",
    "Salinan disimpan di folder D:\\Arsip\\SOP",
    "Waktu dihitung dalam hari kerja",
    "Bila pejabat berhalangan, dilaksanakan oleh pelaksana harian",
];

struct Actor {
    name: String,
    role: Role,
}

/// What the text of an SOP's steps is about.
struct Ctx<'a> {
    flow: Flow,
    obj: String,
    /// "data ..." of the object, without saying "data" twice.
    data: String,
    doc: String,
    proc_noun: String,
    act: &'static str,
    pas: &'static str,
    /// Whether "{pas}" reads well before the approval ("telah disusun",
    /// not "telah ditetapkan").
    pas_mid: bool,
    app: &'a str,
    berkas: String,
    req: &'static str,
    dest: &'static str,
}

struct Step {
    kegiatan: String,
    actors: Vec<usize>,
    kelengkapan: Vec<String>,
    waktu: Option<String>,
    output: Option<String>,
    keterangan: Option<String>,
    /// Target step (0-based) and whether it is written as an `id`.
    tidak: Option<(usize, bool)>,
    ya: Option<(usize, bool)>,
    id: Option<String>,
}

/// The order of the procedure: who does what kind of step, fitted to `n`
/// steps with every actor taking part.
fn skeleton(rng: &mut Rng, actors: &[Actor], flow: Flow, n: usize) -> Vec<Slot> {
    let ext = actors.iter().position(|a| a.role == Role::Pemohon);
    let fronts: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].role.is_front())
        .collect();
    let mut sups: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].role.is_sup())
        .collect();
    sups.sort_by_key(|&i| std::cmp::Reverse(actors[i].role.rank()));
    let workers: Vec<usize> = (0..actors.len())
        .filter(|&i| {
            let r = actors[i].role;
            !r.is_sup() && !r.is_front() && r != Role::Pemohon
        })
        .collect();
    let top = sups.first().copied().unwrap_or(0);

    // Regions: open, deleg, work, check, approve, close.
    let mut reg: [Vec<Slot>; 6] = Default::default();
    let mut front_used = 0;
    if let Some(e) = ext {
        reg[0].push(Slot::new(Kind::Open, e));
        for &f in &fronts {
            reg[2].push(Slot::new(Kind::Intake, f));
        }
        front_used = fronts.len();
    } else if let Some(&f) = fronts.first() {
        reg[0].push(Slot::new(Kind::Open, f));
        front_used = 1;
        for &s in &sups {
            reg[1].push(Slot::new(Kind::Deleg, s));
        }
    } else {
        reg[0].push(Slot::new(Kind::Open, top));
        for &s in sups.iter().skip(1) {
            reg[1].push(Slot::new(Kind::Deleg, s));
        }
    }
    for &f in fronts.iter().skip(front_used) {
        reg[2].push(Slot::new(Kind::Intake, f));
    }
    for &wk in &workers {
        reg[2].push(Slot::new(Kind::Work, wk));
    }
    if reg[2].is_empty() {
        let lowest = *sups.last().unwrap_or(&top);
        reg[2].push(Slot::new(Kind::Work, lowest));
    }
    for &s in sups.iter().skip(1).rev() {
        reg[3].push(Slot::new(Kind::Check, s));
    }
    reg[4].push(Slot::new(Kind::Approve, top));
    let closer = fronts.first().or(workers.first()).copied();
    if let Some(c) = closer {
        reg[5].push(Slot::new(Kind::Close, c));
        if rng.chance(0.3) {
            let archivist = workers
                .iter()
                .copied()
                .find(|&i| actors[i].role == Role::Arsiparis)
                .unwrap_or(c);
            reg[5].push(Slot::new(Kind::Close, archivist));
        }
    }

    let mut len: usize = reg.iter().map(Vec::len).sum();
    // Too long: drop steps of actors who act elsewhere too.
    while len > n {
        let mut uses = vec![0usize; actors.len()];
        for s in reg.iter().flatten() {
            for &a in &s.actors {
                uses[a] += 1;
            }
        }
        let mut best: Vec<(usize, usize)> = Vec::new();
        let mut best_order = u8::MAX;
        for (r, slots) in reg.iter().enumerate() {
            for (i, s) in slots.iter().enumerate() {
                if (r == 0 && i == 0) || s.actors.iter().any(|&a| uses[a] < 2) {
                    continue;
                }
                let o = s.kind.removal_order();
                if o < best_order {
                    best_order = o;
                    best.clear();
                }
                if o == best_order {
                    best.push((r, i));
                }
            }
        }
        let Some(&(r, i)) = best.get(rng.below(best.len().max(1))) else {
            break;
        };
        reg[r].remove(i);
        len -= 1;
    }
    // Too short: more work, reviews, meetings.
    let non_top_sups: Vec<usize> = sups.iter().copied().skip(1).collect();
    let doers: Vec<usize> = if workers.is_empty() {
        (0..actors.len()).filter(|&i| Some(i) != ext).collect()
    } else {
        workers.clone()
    };
    while len < n {
        let x = rng.below(100);
        if x < 55 || (x >= 85 && reg[5].len() >= 3) {
            let at = rng.range(0, reg[2].len());
            reg[2].insert(at, Slot::new(Kind::Work, *rng.pick(&doers)));
        } else if x < 70 {
            let lead = if non_top_sups.is_empty() {
                top
            } else {
                *rng.pick(&non_top_sups)
            };
            let other = *rng.pick(&doers);
            let mut slot = Slot::new(Kind::Work, lead);
            if other != lead {
                slot.actors.push(other);
            }
            let at = rng.range(0, reg[2].len());
            reg[2].insert(at, slot);
        } else if x < 85 {
            let s = if non_top_sups.is_empty() {
                top
            } else {
                *rng.pick(&non_top_sups)
            };
            let at = rng.range(0, reg[3].len());
            reg[3].insert(at, Slot::new(Kind::Check, s));
        } else {
            let c = closer.unwrap_or_else(|| *rng.pick(&doers));
            reg[5].insert(0, Slot::new(Kind::Close, c));
        }
        len += 1;
    }
    // Work templates, then the work in a sensible order.
    let mut used = vec![false; WORK.len()];
    for s in reg[2]
        .iter_mut()
        .filter(|s| s.kind == Kind::Work && s.actors.len() == 1)
    {
        s.work = Some(pick_work(rng, flow, actors[s.actors[0]].role, &mut used));
    }
    reg[2].sort_by_key(|s| match (s.kind, s.work) {
        (Kind::Intake, _) => 0,
        (_, Some(t)) => 1 + WORK[t].rank,
        // Meetings come after preparation.
        (_, None) => 2,
    });
    reg.into_iter().flatten().collect()
}

fn pick_work(rng: &mut Rng, flow: Flow, role: Role, used: &mut [bool]) -> usize {
    let who_ok = |who: Who| match who {
        Who::Any => true,
        Who::Op => matches!(role, Role::Operator | Role::Staf),
        Who::Tim => matches!(role, Role::Tim | Role::Staf),
        Who::Bend => matches!(role, Role::Bendahara | Role::Staf),
    };
    let special = |who: Who| match who {
        Who::Any => false,
        Who::Op => role == Role::Operator,
        Who::Tim => role == Role::Tim,
        Who::Bend => role == Role::Bendahara,
    };
    let fits = |i: usize, fresh: bool| {
        let t = &WORK[i];
        t.flows & flow.bit() != 0 && who_ok(t.who) && (!fresh || !used[i])
    };
    let own: Vec<usize> = (0..WORK.len())
        .filter(|&i| fits(i, true) && special(WORK[i].who))
        .collect();
    let fresh: Vec<usize> = (0..WORK.len()).filter(|&i| fits(i, true)).collect();
    let i = if !own.is_empty() && rng.chance(0.7) {
        *rng.pick(&own)
    } else if !fresh.is_empty() {
        *rng.pick(&fresh)
    } else {
        let any: Vec<usize> = (0..WORK.len()).filter(|&i| fits(i, false)).collect();
        if any.is_empty() { 0 } else { *rng.pick(&any) }
    };
    used[i] = true;
    i
}

/// Picks a template that fits and that this SOP has not used yet, if any.
fn fresh<T: Copy>(
    rng: &mut Rng,
    list: &[T],
    used: &mut Vec<&'static str>,
    key: fn(&T) -> &'static str,
    ok: &dyn Fn(&T) -> bool,
) -> T {
    let fit: Vec<T> = list.iter().copied().filter(|t| ok(t)).collect();
    let unused: Vec<T> = fit
        .iter()
        .copied()
        .filter(|t| !used.contains(&key(t)))
        .collect();
    let t = match (unused.is_empty(), fit.is_empty()) {
        (false, _) => *rng.pick(&unused),
        (true, false) => *rng.pick(&fit),
        (true, true) => *rng.pick(list),
    };
    used.push(key(&t));
    t
}

/// Decisions: mostly at reviews and intake, never the first or last step.
fn place_decisions(rng: &mut Rng, slots: &[Slot]) -> Vec<Option<(usize, Option<usize>)>> {
    let n = slots.len();
    let mut out: Vec<Option<(usize, Option<usize>)>> = vec![None; n];
    for i in 1..n.saturating_sub(1) {
        let p = match slots[i].kind {
            Kind::Check => 0.55,
            Kind::Intake => 0.5,
            Kind::Work if slots[i].actors.len() == 1 => 0.1,
            _ => 0.0,
        };
        if !rng.chance(p) {
            continue;
        }
        let me = slots[i].actors[0];
        let lo = i.saturating_sub(5);
        let candidates: Vec<usize> = (lo..i).filter(|&j| out[j].is_none()).collect();
        let preferred = candidates
            .iter()
            .rev()
            .copied()
            .find(|&j| !slots[j].actors.contains(&me) && slots[j].kind != Kind::Approve);
        let tidak = match preferred {
            Some(j) if rng.chance(0.75) => j,
            _ if !candidates.is_empty() => *rng.pick(&candidates),
            _ => rng.range(lo, i - 1),
        };
        // About 1 in 20 decisions skips ahead when the answer is "Ya".
        let ya = if i + 2 < n && rng.chance(0.05) {
            Some(i + 1 + rng.range(1, 3.min(n - 2 - i)))
        } else {
            None
        };
        out[i] = Some((tidak, ya));
    }
    out
}

fn waktu(rng: &mut Rng, kind: Kind) -> String {
    let (amount, unit): (String, &str) = match kind {
        Kind::Open | Kind::Deleg | Kind::Close | Kind::Approve => {
            if rng.chance(0.1) {
                ("1".into(), "hari")
            } else {
                (rng.pick(&[5, 5, 10, 10, 15, 30]).to_string(), "menit")
            }
        }
        Kind::Intake => (rng.pick(&[5, 10, 15, 20, 30]).to_string(), "menit"),
        Kind::Check => match rng.below(10) {
            0..=5 => (rng.pick(&[10, 15, 20, 30, 60]).to_string(), "menit"),
            6..=8 => (rng.pick(&["1", "2", "1,5"]).to_string(), "jam"),
            _ => ("1".into(), "hari"),
        },
        Kind::Work => match rng.below(10) {
            0..=3 => (rng.pick(&[30, 45, 60, 90, 120]).to_string(), "menit"),
            4..=6 => (
                rng.pick(&["1", "2", "3", "1,5", "2,5", "4"]).to_string(),
                "jam",
            ),
            7 if rng.chance(0.3) => ("1".into(), "minggu"),
            _ => (
                rng.pick(&["1", "2", "3", "5", "7", "0,5"]).to_string(),
                "hari",
            ),
        },
    };
    let amount = if rng.chance(0.1) {
        amount.replace(',', ".")
    } else {
        amount
    };
    let unit = if rng.chance(0.2) {
        cap_first(unit)
    } else {
        unit.to_string()
    };
    format!("{amount} {unit}")
}

fn render_steps(rng: &mut Rng, c: &Ctx, actors: &[Actor], slots: &[Slot]) -> Vec<Step> {
    let n = slots.len();
    let decisions = place_decisions(rng, slots);
    let top = actors
        .iter()
        .enumerate()
        .max_by_key(|(i, a)| (a.role.rank(), std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i);
    let ext_flow = c.flow.external();
    let mut steps: Vec<Step> = Vec::with_capacity(n);
    let mut prev_out: Option<String> = None;
    let mut used: Vec<&'static str> = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let me = slot.actors[0];
        let role = actors[me].role;
        // Whom this step hands over to: the next other actor, else the
        // one the procedure serves.
        let to = match (i + 1..n).find(|&j| !slot.actors.contains(&slots[j].actors[0])) {
            Some(j) => actors[slots[j].actors[0]].name.as_str(),
            None if ext_flow => c.req,
            None if me != top => actors[top].name.as_str(),
            None => "unit terkait",
        };
        let decision = decisions[i];
        let back = decision.map_or("", |(t, _)| {
            let a = slots[t].actors[0];
            if a == me {
                "pelaksana"
            } else {
                actors[a].name.as_str()
            }
        });
        let fwd = decision
            .and_then(|(_, y)| y)
            .map_or("", |y| actors[slots[y].actors[0]].name.as_str());
        let vars: [(&str, &str); 14] = [
            ("pas", c.pas),
            ("data", &c.data),
            ("obj", &c.obj),
            ("doc", &c.doc),
            ("proc", &c.proc_noun),
            ("act", c.act),
            ("app", c.app),
            ("to", to),
            ("back", back),
            ("fwd", fwd),
            ("req", c.req),
            ("dest", c.dest),
            ("berkas", &c.berkas),
            ("top", &actors[top].name),
        ];
        let (keg, out, inp): (&str, &str, &str) = if let Some((_, ya)) = decision {
            let list = if ya.is_some() {
                DECIDE_FWD
            } else if slot.kind == Kind::Intake || role.is_front() {
                DECIDE_INTAKE
            } else if slot.kind == Kind::Work {
                DECIDE_WORK
            } else {
                DECIDE
            };
            let (k, o) = fresh(rng, list, &mut used, |t| t.0, &|_| true);
            (k, o, "{doc}")
        } else if i == 0 {
            *rng.pick(match role {
                Role::Pemohon => match c.flow {
                    Flow::Lap => OPEN_LAP,
                    Flow::Peg => OPEN_PEG,
                    _ => OPEN_SVC,
                },
                Role::Pengadm => OPEN_SRT,
                Role::Loket => OPEN_LOKET,
                Role::Pptk | Role::Bendahara => OPEN_FIN,
                r if r.is_sup() => OPEN_SUP,
                _ => OPEN_WORKER,
            })
        } else if i == n - 1 {
            let receive = rng.chance(0.2);
            *rng.pick(match role {
                Role::Pemohon => LAST_EXT,
                r if r.is_sup() && receive => LAST_SUP,
                r if r.is_sup() => APPROVE,
                _ if ext_flow => LAST_EXT_FLOW,
                _ => LAST_WORKER,
            })
        } else if slot.actors.len() > 1 {
            let bit = c.flow.bit();
            let (_, k, o, i) = fresh(rng, PAIR, &mut used, |t| t.1, &|t| t.0 & bit != 0);
            (k, o, i)
        } else {
            match slot.kind {
                Kind::Open | Kind::Deleg => fresh(rng, DELEG, &mut used, |t| t.0, &|_| true),
                Kind::Intake => *rng.pick(match c.flow {
                    Flow::Lap => INTAKE_LAP,
                    Flow::Srt | Flow::Doc | Flow::Tek => INTAKE_SRT,
                    _ => INTAKE,
                }),
                Kind::Work => {
                    let t = &WORK[slot.work.unwrap_or(0)];
                    (t.keg, t.out, t.inp)
                }
                Kind::Check => fresh(rng, CHECK, &mut used, |t| t.0, &|t| {
                    c.pas_mid || !t.0.contains("{pas}")
                }),
                Kind::Approve => fresh(rng, APPROVE, &mut used, |t| t.0, &|_| true),
                Kind::Close if ext_flow && rng.chance(0.3) => *rng.pick(CLOSE_EXT),
                Kind::Close => fresh(rng, CLOSE, &mut used, |t| t.0, &|_| true),
            }
        };
        let mut kegiatan = cap_first(&fill(keg, &vars));
        if decision.is_none() && i > 0 && rng.chance(0.06) {
            // As some authors write it: the actor as the subject.
            kegiatan = format!("{} {}", actors[me].name, lower_first(&kegiatan));
        }
        let output = cap_first(&fill(out, &vars));
        let input = cap_first(&fill(inp, &vars));
        let mut kelengkapan = Vec::new();
        if i == 0 {
            if rng.chance(0.8) {
                kelengkapan.push(input);
            }
        } else {
            let x = rng.below(100);
            match (&prev_out, x) {
                (Some(p), 0..=59) => {
                    kelengkapan.push(p.clone());
                    if x < 6 && *p != input {
                        kelengkapan.push(input);
                    }
                }
                (_, 0..=84) => kelengkapan.push(input),
                _ => {}
            }
        }
        let output = rng.chance(0.88).then_some(output);
        prev_out.clone_from(&output);
        let keterangan = rng
            .chance(0.07)
            .then(|| fill(KETERANGAN[rng.below(KETERANGAN.len())], &vars));
        steps.push(Step {
            kegiatan,
            actors: slot.actors.clone(),
            kelengkapan,
            waktu: rng.chance(0.92).then(|| waktu(rng, slot.kind)),
            output,
            keterangan,
            tidak: decision.map(|(t, _)| (t, rng.chance(0.4))),
            ya: decision.and_then(|(_, y)| y).map(|y| (y, rng.chance(0.3))),
            id: None,
        });
    }
    // Ids for the steps a decision names by id.
    let mut taken: HashSet<String> = HashSet::new();
    let targets: Vec<usize> = steps
        .iter()
        .flat_map(|s| [s.tidak, s.ya])
        .flatten()
        .filter(|&(_, by_id)| by_id)
        .map(|(t, _)| t)
        .collect();
    for t in targets {
        if steps[t].id.is_some() {
            continue;
        }
        let base: String = slugify(&steps[t].kegiatan)
            .split('-')
            .take(2)
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "langkah".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut k = 2;
        while !taken.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        steps[t].id = Some(id);
    }
    steps
}

// -------------------------------------------------------------- rendering

macro_rules! put {
    ($s:expr, $($t:tt)*) => {
        let _ = writeln!($s, $($t)*);
    };
}

fn render_index(rng: &mut Rng, f: &Folder) -> String {
    let mut s = String::with_capacity(512);
    s.push_str("+++\n");
    put!(s, "judul = {}", toml_str(&f.instansi));
    put!(
        s,
        "deskripsi = {}",
        toml_str(&format!(
            "Standar Operasional Prosedur Administrasi Pemerintahan (SOP-AP) {}",
            f.instansi
        ))
    );
    put!(s, "instansi = {}", toml_str(&f.instansi));
    s.push_str("+++\n\n");
    put!(
        s,
        "{} adalah perangkat daerah di lingkungan Pemerintah {}.",
        f.agency.name,
        f.region.full()
    );
    if rng.chance(0.6) {
        let (n, y) = f.perkada_tupoksi;
        put!(
            s,
            "Kedudukan, susunan organisasi, tugas dan fungsi serta tata kerjanya diatur\ndalam Peraturan {} {} Nomor {n} Tahun {y}.",
            f.region.head(),
            f.region.name
        );
    }
    s
}

fn render_sop(
    rng: &mut Rng,
    f: &Folder,
    idx: usize,
    leaf_count: &HashMap<String, usize>,
) -> String {
    let plan = &f.plans[idx];
    let obj = plan.obj;
    let ag = f.agency;
    let flow = obj.flow;

    let bidang_i = obj
        .bidang
        .filter(|&b| b < ag.bidang.len())
        .unwrap_or_else(|| rng.below(ag.bidang.len()));
    let bidang = ag.bidang[bidang_i];
    // A seksi that shares a word with the bidang or the object, mostly.
    let words = |s: &str| -> Vec<String> {
        s.split([' ', ','])
            .filter(|w| w.len() >= 5)
            .map(str::to_lowercase)
            .collect()
    };
    let mut keys = words(bidang);
    keys.extend(words(obj.name));
    let related: Vec<&str> = ag
        .seksi
        .iter()
        .copied()
        .filter(|s| words(s).iter().any(|w| keys.contains(w)))
        .collect();
    let seksi = if !related.is_empty() && rng.chance(0.8) {
        *rng.pick(&related)
    } else {
        *rng.pick(ag.seksi)
    };
    let uptd = (obj.dom == Dom::Tek && !ag.uptd.is_empty() && rng.chance(0.15))
        .then(|| *rng.pick(ag.uptd));
    let bidang_unit = match ag.bk {
        Bk::Bidang => format!("Bidang {bidang}"),
        Bk::Bagian => format!("Bagian {bidang}"),
        Bk::Irban => format!("Inspektur Pembantu {bidang}"),
    };
    let unit = match obj.dom {
        Dom::Ren => f.sub_prog.to_string(),
        Dom::Keu => f.sub_keu.to_string(),
        Dom::Peg | Dom::Umum => f.sub_umum.to_string(),
        Dom::Tek => match uptd {
            Some(u) => u.to_string(),
            None if ag.bk == Bk::Bidang && rng.chance(0.1) => {
                format!("{bidang_unit} - Seksi {seksi}")
            }
            None => bidang_unit,
        },
    };
    let app = match obj.dom {
        Dom::Peg => "SIMPEG",
        Dom::Keu => "SIPD",
        Dom::Ren if rng.chance(0.5) => "e-SAKIP",
        Dom::Ren => "SIPD",
        Dom::Umum => "SRIKANDI",
        Dom::Tek => ag.app,
    };
    let obj_text = running(obj.name);
    let ctx = Ctx {
        flow,
        doc: if obj.doc.is_empty() {
            obj_text.clone()
        } else {
            obj.doc.to_string()
        },
        berkas: match flow {
            Flow::Svc => "berkas permohonan".to_string(),
            Flow::Lap => "berkas pengaduan".to_string(),
            Flow::Peg => "berkas usulan".to_string(),
            _ => format!("dokumen {obj_text}"),
        },
        data: if obj_text.starts_with("data ") {
            obj_text.clone()
        } else {
            format!("data {obj_text}")
        },
        obj: obj_text,
        proc_noun: running(plan.proc_.noun),
        act: plan.proc_.act,
        pas: plan.proc_.pas,
        pas_mid: [
            "susun",
            "kumpul",
            "verif",
            "validasi",
            "rekap",
            "inventaris",
            "catat",
            "mutakhir",
            "analisis",
            "periksa",
            "evaluasi",
            "reviu",
            "bahas",
            "rencana",
            "kelola",
            "cetak",
            "rekam",
            "daftar",
            "nilai",
            "ubah",
        ]
        .contains(&plan.proc_.key),
        app,
        req: match flow {
            Flow::Svc => "pemohon",
            Flow::Lap => "pelapor",
            Flow::Peg => "pegawai yang bersangkutan",
            _ => "pihak terkait",
        },
        dest: match obj.dom {
            Dom::Peg if ag.key != "bkpsdm" => "BKPSDM",
            Dom::Keu if ag.key != "bpkad" => "BPKAD",
            Dom::Ren if ag.key != "bappeda" => "Bappeda",
            Dom::Umum => "instansi tujuan",
            _ => "instansi terkait",
        },
    };

    // Actors and steps.
    let n = 5 + rng.weighted(&[
        3, 5, 7, 9, 9, 9, 8, 8, 7, 6, 5, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1,
    ]);
    let pool = role_pool(flow, obj.dom, uptd.is_some());
    let want = (3 + rng.weighted(&[12, 22, 25, 20, 12, 9])).min(n);
    let mut keyed: Vec<(usize, Role)> = pool
        .iter()
        .map(|&(r, p)| (usize::from(p) * 100 + rng.below(100), r))
        .collect();
    keyed.sort_by_key(|k| k.0);
    let names = Names {
        f,
        flow,
        dom: obj.dom,
        bidang,
        seksi,
        uptd,
        app,
        kinerja: obj.tags.contains("kinerja") || obj.tags.contains("LAKIP"),
    };
    let mut actors: Vec<Actor> = Vec::with_capacity(want);
    let mut seen: HashSet<String> = HashSet::new();
    for &(_, role) in &keyed {
        if actors.len() == want {
            break;
        }
        if let Some(name) = names.pick(rng, role, &seen) {
            seen.insert(normal_name(&name));
            actors.push(Actor { name, role });
        }
    }
    // The columns of the form: top-down mostly, sometimes bottom-up.
    let ext_first = actors.iter().any(|a| a.role == Role::Pemohon) && rng.chance(0.6);
    match rng.below(100) {
        _ if ext_first => actors.sort_by_key(|a| (a.role != Role::Pemohon, a.role.rank())),
        0..=59 => actors.sort_by_key(|a| std::cmp::Reverse(a.role.rank())),
        60..=94 => actors.sort_by_key(|a| a.role.rank()),
        _ => {}
    }
    let slots = skeleton(rng, &actors, flow, n);
    let steps = render_steps(rng, &ctx, &actors, &slots);

    // Front matter.
    let mut s = String::with_capacity(6144);
    s.push_str("+++\n");
    let first_day = days_from_civil(2016, 1, 4);
    let last_day = days_from_civil(2024, 12, 20);
    let made = first_day + rng.below((last_day - first_day) as usize) as i64;
    let (my, mm, _) = civil_from_days(made);
    if rng.chance(0.85) {
        put!(s, "nomor = {}", toml_str(&nomor(rng, f, idx + 1, my, mm)));
    }
    put!(s, "nama = {}", toml_str(&plan.nama));
    if rng.chance(0.1) {
        put!(s, "instansi = {}", toml_str(&f.instansi));
    }
    if rng.chance(0.92) {
        put!(s, "unit = {}", toml_str(&unit));
    }
    match rng.below(100) {
        0..=2 => s.push_str("status = \"draf\"\n"),
        3..=4 => s.push_str("status = \"dicabut\"\n"),
        x if x < 24 => s.push_str("status = \"berlaku\"\n"),
        _ => {}
    }
    if rng.chance(0.9) {
        put!(
            s,
            "tanggal_pembuatan = {}",
            date_value(rng, made, 0.08, 0.03)
        );
    }
    let mut base = made;
    let revised = rng.chance(0.3);
    if revised {
        base = made + rng.range(90, 900) as i64;
        put!(s, "tanggal_revisi = {}", date_value(rng, base, 0.12, 0.0));
    }
    if rng.chance(0.35) {
        let day = base + rng.range(0, 30) as i64;
        put!(s, "tanggal_efektif = {}", date_value(rng, day, 0.1, 0.0));
    }
    if rng.chance(0.12) {
        let day = made + rng.range(0, 14) as i64;
        put!(s, "tanggal_pengesahan = {}", date_value(rng, day, 0.1, 0.0));
    }
    if rng.chance(0.85) {
        let tags = kata_kunci(rng, f, plan);
        write_list(&mut s, rng, "kata_kunci", &tags, false);
    }
    s.push('\n');
    let dh = dasar_hukum(rng, f, plan, my);
    write_list(&mut s, rng, "dasar_hukum", &dh, false);
    if rng.chance(0.9) {
        let k = kualifikasi(rng, &ctx, obj.dom, ag);
        write_list(&mut s, rng, "kualifikasi_pelaksana", &k, true);
    }
    let links = keterkaitan(rng, f, idx, leaf_count);
    if !links.is_empty() {
        write_list(&mut s, rng, "keterkaitan", &links, true);
    }
    if rng.chance(0.9) {
        let p = peralatan(rng, app);
        write_list(&mut s, rng, "peralatan_perlengkapan", &p, true);
    }
    if rng.chance(0.85) {
        let p = vec![peringatan(rng, &ctx)];
        write_list(&mut s, rng, "peringatan", &p, true);
    }
    if rng.chance(0.75) {
        let p = pencatatan(rng, &ctx);
        write_list(&mut s, rng, "pencatatan_pendataan", &p, true);
    }
    s.push('\n');
    let pelaksana: Vec<String> = actors.iter().map(|a| a.name.clone()).collect();
    write_list(&mut s, rng, "pelaksana", &pelaksana, false);

    // The approver: the folder's head mostly, sometimes an acting one.
    let x = rng.below(100);
    if x < 92 {
        let other;
        let (who, plt) = if rng.chance(0.15) {
            other = person(rng);
            (&other, rng.chance(0.4))
        } else {
            (&f.head, false)
        };
        let jabatan = match rng.below(10) {
            0..=6 => format!("{} {}", ag.head_title, f.region.full()),
            7 | 8 => format!("{} {}", ag.head_title, f.region.abbr()),
            _ => format!("Kepala {} {}", ag.short, f.region.full()),
        };
        let jabatan = if plt {
            format!("Plt. {jabatan}")
        } else {
            jabatan
        };
        let mut fields = vec![("jabatan", jabatan)];
        if rng.chance(0.85) {
            fields.push(("nama", who.nama.clone()));
            if rng.chance(0.7) {
                fields.push(("pangkat", who.pangkat.clone()));
            }
            if rng.chance(0.75) {
                fields.push(("nip", who.nip.clone()));
            }
        }
        if x < 5 {
            let inline: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("{k} = {}", toml_str(v)))
                .collect();
            put!(s, "disahkan_oleh = {{ {} }}", inline.join(", "));
        } else {
            // Below every top-level key: keys after a table header belong to it.
            s.push_str("\n[disahkan_oleh]\n");
            for (k, v) in &fields {
                put!(s, "{k} = {}", toml_str(v));
            }
        }
    }

    for st in &steps {
        s.push_str("\n[[langkah]]\n");
        if let Some(id) = &st.id {
            put!(s, "id = {}", toml_str(id));
        }
        put!(s, "kegiatan = {}", toml_str(&st.kegiatan));
        if st.actors.len() == 1 && rng.chance(0.97) {
            put!(s, "pelaksana = {}", toml_str(&actors[st.actors[0]].name));
        } else {
            let names: Vec<String> = st
                .actors
                .iter()
                .map(|&a| toml_str(&actors[a].name))
                .collect();
            put!(s, "pelaksana = [{}]", names.join(", "));
        }
        match st.kelengkapan.as_slice() {
            [] => {}
            [one] => {
                put!(s, "kelengkapan = {}", toml_str(one));
            }
            many => {
                let items: Vec<String> = many.iter().map(|k| toml_str(k)).collect();
                put!(s, "kelengkapan = [{}]", items.join(", "));
            }
        }
        if let Some(wk) = &st.waktu {
            put!(s, "waktu = {}", toml_str(wk));
        }
        if let Some(o) = &st.output {
            put!(s, "output = {}", toml_str(o));
        }
        if let Some(k) = &st.keterangan {
            put!(s, "keterangan = {}", toml_str(k));
        }
        for (key, target) in [("tidak", st.tidak), ("ya", st.ya)] {
            match target {
                Some((t, true)) => {
                    let id = steps[t].id.as_deref().unwrap_or_default();
                    put!(s, "{key} = {}", toml_str(id));
                }
                Some((t, false)) => {
                    put!(s, "{key} = {}", t + 1);
                }
                None => {}
            }
        }
    }
    s.push_str("+++\n\n");
    s.push_str(&body(rng, f, &ctx, &unit, revised));
    s
}

/// Picks an actor's name in the spellings of its role.
struct Names<'a> {
    f: &'a Folder,
    flow: Flow,
    dom: Dom,
    bidang: &'a str,
    seksi: &'a str,
    uptd: Option<&'a str>,
    app: &'a str,
    /// Performance reporting, where the team is a "Tim Penyusun LAKIP".
    kinerja: bool,
}

impl Names<'_> {
    fn spellings(&self, role: Role) -> Vec<String> {
        let ag = self.f.agency;
        let with = |ts: &[&str], key: &str, v: &str| -> Vec<String> {
            ts.iter().map(|t| t.replace(key, v)).collect()
        };
        match role {
            Role::Pimpinan => {
                let mut v: Vec<String> = ag.head.iter().map(|s| (*s).to_string()).collect();
                if self.flow == Flow::Fin {
                    v.push("Pengguna Anggaran".to_string());
                }
                v
            }
            Role::Sekretaris => ag.sek.iter().map(|s| (*s).to_string()).collect(),
            Role::Kabid => match ag.bk {
                Bk::Bidang => with(
                    &["Kepala Bidang {B}", "Kabid {B}", "Kabid", "Kepala Bidang"],
                    "{B}",
                    self.bidang,
                ),
                Bk::Bagian => with(
                    &["Kepala Bagian {B}", "Kabag {B}", "Kabag"],
                    "{B}",
                    self.bidang,
                ),
                Bk::Irban => with(
                    &["Inspektur Pembantu {B}", "Irban {B}", "Inspektur Pembantu"],
                    "{B}",
                    self.bidang,
                ),
            },
            Role::KepalaUptd => with(
                &["Kepala {U}", "Ka. {U}", "Kepala UPTD"],
                "{U}",
                self.uptd.unwrap_or("UPTD"),
            ),
            Role::Kasi => match ag.bk {
                Bk::Bidang => with(
                    &["Kepala Seksi {S}", "Kasi {S}", "Kasie {S}", "Ka. Seksi {S}"],
                    "{S}",
                    self.seksi,
                ),
                Bk::Bagian => with(
                    &["Kepala Sub Bagian {S}", "Kasubag {S}", "Kasubbag {S}"],
                    "{S}",
                    self.seksi,
                ),
                Bk::Irban => vec![self.seksi.to_string()],
            },
            Role::Tim => {
                let v: &[&str] = match (self.flow, self.dom) {
                    (Flow::Doc, Dom::Ren) if self.kinerja => {
                        &["Tim Penyusun LAKIP", "Tim Penyusun", "Tim SAKIP"]
                    }
                    (Flow::Doc, Dom::Ren) => &["Tim Penyusun", "Tim Perencana", "Tim Teknis"],
                    (Flow::Fin, _) => &["Tim Verifikasi SPJ", "Verifikator Keuangan"],
                    (Flow::Doc, _) => &["Tim Teknis", "Tim Pelaksana"],
                    _ => ag.tim,
                };
                v.iter().map(|s| (*s).to_string()).collect()
            }
            _ => fixed_spellings(role, self.flow, self.app),
        }
    }

    fn pick(&self, rng: &mut Rng, role: Role, seen: &HashSet<String>) -> Option<String> {
        let v = self.spellings(role);
        if v.is_empty() {
            return None;
        }
        let usual = ((self.f.bias >> ((role.index() * 3) % 61)) as usize) % v.len();
        let first = if rng.chance(0.7) {
            usual
        } else {
            rng.below(v.len())
        };
        (0..v.len())
            .map(|k| &v[(first + k) % v.len()])
            .find(|name| !seen.contains(&normal_name(name)))
            .cloned()
    }
}

fn write_list(s: &mut String, rng: &mut Rng, key: &str, items: &[String], allow_string: bool) {
    if items.len() == 1 && allow_string && rng.chance(0.5) {
        put!(s, "{key} = {}", toml_str(&items[0]));
        return;
    }
    let quoted: Vec<String> = items.iter().map(|x| toml_str(x)).collect();
    let width: usize = quoted.iter().map(|q| q.len() + 2).sum::<usize>() + key.len() + 4;
    if width <= 88 {
        put!(s, "{key} = [{}]", quoted.join(", "));
    } else {
        put!(s, "{key} = [");
        for q in quoted {
            put!(s, "  {q},");
        }
        s.push_str("]\n");
    }
}

fn nomor(rng: &mut Rng, f: &Folder, seq: usize, year: i64, month: u32) -> String {
    let short = f.agency.short;
    let upper = short.to_uppercase().replace(' ', "");
    let month = month as usize;
    match f.nomor_style {
        0 => format!("{seq:02}/SOP/{}/{year}/{short}", roman(month)),
        1 => format!(
            "{}/{:03}/{upper}/{year}",
            rng.pick(&["800", "060", "065", "188.4", "400", "050"]),
            seq + 10
        ),
        2 => format!("SOP-{upper}-{seq:02}/{year}"),
        3 => format!("{seq}/SOP-AP/{short}/{}/{year}", roman(month)),
        _ => format!("188/{:03}/K/{}/{year}", seq + 100, f.kodewil),
    }
}

fn kata_kunci(rng: &mut Rng, f: &Folder, plan: &Plan) -> Vec<String> {
    let mut pool: Vec<String> = plan.obj.tags.split(',').map(str::to_string).collect();
    pool.push(running(plan.proc_.noun));
    pool.push(match plan.obj.dom {
        Dom::Ren => "perencanaan".to_string(),
        Dom::Keu => "keuangan".to_string(),
        Dom::Peg => "kepegawaian".to_string(),
        Dom::Umum => "umum".to_string(),
        Dom::Tek => (*rng.pick(f.agency.tags)).to_string(),
    });
    rng.shuffle(&mut pool[1..]);
    let want = rng.range(2, 4);
    let mut out: Vec<String> = Vec::new();
    for t in pool {
        if out.len() == want {
            break;
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&t)) {
            out.push(t);
        }
    }
    out
}

fn dasar_hukum(rng: &mut Rng, f: &Folder, plan: &Plan, year: i64) -> Vec<String> {
    let ag = f.agency;
    let region = f.region;
    let obj = plan.obj;
    // (hierarchy rank, year, text)
    let mut out: Vec<(u8, u16, String)> = Vec::new();
    let mut picked: Vec<usize> = Vec::new();
    let find = |issuer: u8, no: u16, year: u16| {
        REGS.iter()
            .position(|r| r.issuer == issuer && r.no == no && r.year == year)
            .expect("a regulation of REGS")
    };
    let mut add = |rng: &mut Rng, i: usize, out: &mut Vec<(u8, u16, String)>| {
        if !picked.contains(&i) {
            picked.push(i);
            let r = &REGS[i];
            out.push((r.issuer.min(3), r.year, r.spell(rng, f.reg_short)));
        }
    };
    for (issuer, no, y, p) in [
        (PANRB, 35, 2012, 0.75),
        (DAGRI, 52, 2011, 0.2),
        (PANRB, 19, 2018, 0.1),
        (UU, 23, 2014, 0.55),
        (PP, 18, 2016, 0.35),
    ] {
        if rng.chance(p) {
            add(rng, find(issuer, no, y), &mut out);
        }
    }
    let mut tags: Vec<&str> = vec![match obj.dom {
        Dom::Ren => "ren",
        Dom::Keu => "keu",
        Dom::Peg => "peg",
        Dom::Umum => "umum",
        Dom::Tek => ag.key,
    }];
    if matches!(obj.flow, Flow::Svc | Flow::Lap) {
        tags.push("yan");
    }
    let mut domain: Vec<usize> = (0..REGS.len())
        .filter(|&i| tags.iter().any(|t| REGS[i].has(t)))
        .collect();
    rng.shuffle(&mut domain);
    for &i in domain.iter().take(rng.range(1, 4)) {
        add(rng, i, &mut out);
    }
    let general: Vec<usize> = (0..REGS.len()).filter(|&i| REGS[i].has("all")).collect();
    for _ in 0..rng.range(0, 2) {
        let i = *rng.pick(&general);
        add(rng, i, &mut out);
    }
    // The region's own regulations.
    let short = f.reg_short > 0.4;
    if rng.chance(0.45) {
        let (n, y) = f.perda_sotk;
        let head = format!("{} {}", region.perda(rng), spell_nomor(rng, n, y, short));
        let about = if rng.chance(0.5) {
            format!("Pembentukan dan Susunan Perangkat Daerah {}", region.full())
        } else {
            "Pembentukan dan Susunan Perangkat Daerah".to_string()
        };
        out.push((5, y, finish_reg(rng, &head, &about)));
    }
    if rng.chance(0.55) {
        let (n, y) = f.perkada_tupoksi;
        let head = format!("{} {}", region.perkada(rng), spell_nomor(rng, n, y, short));
        let about = match rng.below(3) {
            0 => format!(
                "Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja {}",
                ag.name
            ),
            1 => format!(
                "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja {} {}",
                ag.name,
                region.full()
            ),
            _ => {
                "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah"
                    .to_string()
            }
        };
        out.push((6, y, finish_reg(rng, &head, &about)));
    }
    if rng.chance(0.15) {
        let (n, y) = f.perkada_sop;
        let head = format!("{} {}", region.perkada(rng), spell_nomor(rng, n, y, short));
        let about = format!(
            "Pedoman Penyusunan Standar Operasional Prosedur di Lingkungan Pemerintah {}",
            region.full()
        );
        out.push((6, y, finish_reg(rng, &head, &about)));
    }
    if obj.dom == Dom::Keu && rng.chance(0.3) {
        let y = (year - 1).max(2015) as u16;
        let no = rng.range(1, 20) as u16;
        let head = format!("{} {}", region.perda(rng), spell_nomor(rng, no, y, short));
        let about = format!(
            "Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {}",
            y + 1
        );
        out.push((5, y, finish_reg(rng, &head, &about)));
    }
    if obj.flow == Flow::Svc && rng.chance(0.2) {
        let y = (year - rng.range(0, 3) as i64).max(2015) as u16;
        let no = rng.range(100, 900) as u16;
        let head = format!(
            "Keputusan {} {} {}",
            region.head(),
            region.name,
            spell_nomor(rng, no, y, short)
        );
        let about = format!("Standar Pelayanan pada {} {}", ag.name, region.full());
        out.push((7, y, finish_reg(rng, &head, &about)));
    }
    let filler: Vec<usize> = (0..REGS.len())
        .filter(|&i| REGS[i].has("all") || REGS[i].has("org") || REGS[i].has("sop"))
        .collect();
    while out.len() < 3 {
        let i = *rng.pick(&filler);
        add(rng, i, &mut out);
    }
    if out.len() > 12 {
        rng.shuffle(&mut out);
        out.truncate(12);
    }
    if rng.chance(0.85) {
        out.sort_by_key(|(rank, y, _)| (*rank, *y));
    }
    out.into_iter().map(|(_, _, t)| t).collect()
}

const DANGLING: &[&str] = &[
    "SOP Surat Masuk",
    "SOP Surat Keluar",
    "SOP Pengarsipan",
    "SOP Penyusunan Lakiip",
    "SOP Penerbitan SPM - UP/GU/TU",
    "SOP Penerbitan SPP - UP/GU/TU",
    "SOP Pengukuran Kinerja",
    "SOP Penyusunan Renstra",
    "SOP Penyusunan Rencana Kerja Tahunan (RKT)",
    "SOP Pelayanan Informasi",
    "SOP Tata Naskah Dinas",
    "SOP Rapat Koordinasi",
    "SOP Pengelolaan Keuangan",
    "SOP Pembuatan Surat Masuk",
    "Standar Pelayanan Publik",
];

fn keterkaitan(
    rng: &mut Rng,
    f: &Folder,
    idx: usize,
    leaf_count: &HashMap<String, usize>,
) -> Vec<String> {
    let k = rng.weighted(&[25, 25, 25, 15, 10]);
    let plans = &f.plans;
    let me = &plans[idx];
    let mut used = vec![idx];
    let mut out: Vec<String> = Vec::new();
    for _ in 0..k {
        if rng.chance(0.2) || plans.len() < 2 {
            let d = (*rng.pick(DANGLING)).to_string();
            if !out.contains(&d) {
                out.push(d);
            }
            continue;
        }
        let near: Vec<usize> = (0..plans.len())
            .filter(|j| !used.contains(j))
            .filter(|&j| plans[j].obj.name == me.obj.name || plans[j].obj.dom == me.obj.dom)
            .collect();
        let j = if !near.is_empty() && rng.chance(0.6) {
            *rng.pick(&near)
        } else {
            let free: Vec<usize> = (0..plans.len()).filter(|j| !used.contains(j)).collect();
            if free.is_empty() {
                break;
            }
            *rng.pick(&free)
        };
        used.push(j);
        let p = &plans[j];
        let text = match rng.below(100) {
            0..=39 => p.nama.clone(),
            40..=66 => format!("SOP {}", p.nama),
            67..=69 => format!("SOP {}", p.nama.to_uppercase()),
            // A bare slug is a link only when no other folder has it.
            70..=84 if leaf_count.get(&p.slug) == Some(&1) => p.slug.clone(),
            _ => format!("{}/{}", f.slug, p.slug),
        };
        out.push(text);
    }
    out
}

fn kualifikasi(rng: &mut Rng, c: &Ctx, dom: Dom, ag: &Agency) -> Vec<String> {
    let bidang = match dom {
        Dom::Ren => "perencanaan dan pelaporan kinerja",
        Dom::Keu => "pengelolaan keuangan daerah",
        Dom::Peg => "manajemen kepegawaian",
        Dom::Umum => "tata naskah dinas dan kearsipan",
        Dom::Tek => ag.tags[0],
    };
    let jurusan = *rng.pick(&[
        "Administrasi Negara",
        "Ekonomi",
        "Hukum",
        "Sosial",
        "Teknik",
        "Manajemen",
        "Akuntansi",
        "Ilmu Pemerintahan",
        "Kesehatan Masyarakat",
        "Pertanian",
        "Komputer",
    ]);
    let mut pool = vec![
        "Menguasai komputer".to_string(),
        format!("Mampu mengoperasikan aplikasi {}", c.app),
        format!("Memahami peraturan perundang-undangan terkait {bidang}"),
        "Pendidikan minimal SMA/sederajat".to_string(),
        "Pendidikan minimal D-III".to_string(),
        format!("S-1 {jurusan}"),
        "Memiliki kemampuan komunikasi yang baik".to_string(),
        "Teliti dan cermat".to_string(),
        format!("Telah mengikuti bimbingan teknis {bidang}"),
        "Mampu menyusun laporan".to_string(),
        "Mampu mengolah data".to_string(),
        "Memahami tugas pokok dan fungsi unit kerja".to_string(),
        "Memiliki integritas dan tanggung jawab".to_string(),
    ];
    rng.shuffle(&mut pool);
    pool.truncate(rng.range(1, 5));
    pool
}

fn peralatan(rng: &mut Rng, app: &str) -> Vec<String> {
    let mut pool: Vec<String> = [
        "Komputer",
        "Printer",
        "Alat Tulis Kantor",
        "Jaringan Internet",
        "Buku Agenda",
        "Buku Ekspedisi",
        "Map/Ordner",
        "Telepon",
        "Scanner",
        "Lemari Arsip",
        "Kendaraan Operasional",
        "Formulir permohonan",
        "Stempel Dinas",
        "Seperangkat Komputer",
        "Komputer/Laptop yang dilengkapi Printer",
        "Kamera Dokumentasi",
        "LCD Proyektor",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    pool.push(format!("Aplikasi {app}"));
    rng.shuffle(&mut pool);
    pool.truncate(rng.range(1, 6));
    pool
}

fn peringatan(rng: &mut Rng, c: &Ctx) -> String {
    let cons: &[&str] = match c.flow {
        Flow::Svc => &[
            "pelayanan kepada masyarakat terhambat",
            "hak pemohon tertunda",
            "kepuasan masyarakat menurun",
        ],
        Flow::Peg => &[
            "hak kepegawaian pegawai tertunda",
            "pelayanan administrasi kepegawaian terhambat",
        ],
        Flow::Fin => &[
            "terjadi keterlambatan pembayaran",
            "timbul temuan pemeriksaan",
        ],
        Flow::Srt => &[
            "surat tidak terdistribusi tepat waktu",
            "terjadi kehilangan arsip",
        ],
        Flow::Lap => &[
            "pengaduan tidak tertangani dengan baik",
            "kepercayaan masyarakat menurun",
        ],
        Flow::Doc | Flow::Tek => &[
            "pencapaian kinerja tidak dapat terukur",
            "laporan tidak dapat disampaikan tepat waktu",
            "kegiatan tidak terlaksana secara optimal",
        ],
    };
    let cons = *rng.pick(cons);
    let p = &c.proc_noun;
    let o = &c.obj;
    match rng.below(4) {
        0 => format!("Jika {p} {o} tidak dilaksanakan sesuai SOP, maka {cons}"),
        1 => format!("Apabila SOP ini tidak dilaksanakan maka {cons}"),
        2 => format!("Keterlambatan {p} {o} mengakibatkan {cons}"),
        _ => format!(
            "{} {o} yang tidak sesuai prosedur dapat menyebabkan {cons}",
            cap_first(p)
        ),
    }
}

fn pencatatan(rng: &mut Rng, c: &Ctx) -> Vec<String> {
    let mut pool = vec![
        format!("Disimpan sebagai dokumen {} {}", c.proc_noun, c.obj),
        format!("Dicatat dalam buku register {}", c.obj),
        format!("Arsip elektronik pada aplikasi {}", c.app),
        "Setiap tahap terdokumentasi dengan baik, baik dalam bentuk softcopy maupun hardcopy"
            .to_string(),
        "Buku agenda surat masuk dan surat keluar".to_string(),
        format!("Hasil {} disimpan sebagai data", c.proc_noun),
        "Lembar disposisi dan tanda terima diarsipkan".to_string(),
    ];
    rng.shuffle(&mut pool);
    pool.truncate(rng.range(1, 3));
    pool
}

fn body(rng: &mut Rng, f: &Folder, c: &Ctx, unit: &str, revised: bool) -> String {
    let p = &c.proc_noun;
    let o = &c.obj;
    let mut pool = vec![
        format!(
            "SOP ini mengatur tata cara {p} {o} di lingkungan {}.",
            f.instansi
        ),
        format!("Prosedur ini menjadi acuan bagi {unit} dalam {p} {o}."),
        "SOP ini ditinjau kembali paling lambat satu tahun sejak tanggal efektif.".to_string(),
        "Dokumen yang dihasilkan disimpan sesuai ketentuan kearsipan yang berlaku.".to_string(),
        format!(
            "Pelaksanaan {p} {o} dilakukan secara berkala dan hasilnya dilaporkan kepada pimpinan."
        ),
    ];
    if revised {
        pool.push(
            "Revisi ini menyesuaikan dengan perubahan susunan organisasi perangkat daerah."
                .to_string(),
        );
    }
    if c.flow == Flow::Svc {
        pool.push("Waktu penyelesaian dihitung sejak berkas dinyatakan lengkap.".to_string());
        pool.push("Pelayanan ini **tidak dipungut biaya**.".to_string());
    }
    let first = pool.remove(rng.below(2));
    rng.shuffle(&mut pool);
    let mut s = first;
    for extra in pool.iter().take(rng.range(0, 2)) {
        s.push(' ');
        s.push_str(extra);
    }
    s.push('\n');
    if rng.chance(0.25) {
        let items: &[&str] = match c.flow {
            Flow::Svc => &[
                "Fotokopi KTP pemohon",
                "Fotokopi Kartu Keluarga",
                "Surat pengantar dari desa/kelurahan",
                "Formulir permohonan yang telah diisi",
                "Pas foto berwarna ukuran 3x4",
            ],
            Flow::Peg => &[
                "Surat permohonan",
                "Fotokopi SK pangkat terakhir",
                "Fotokopi SKP dua tahun terakhir",
                "Surat pernyataan atasan langsung",
            ],
            _ => &[
                "Nota dinas atau disposisi pimpinan",
                "Data pendukung dari bidang terkait",
                "Format isian yang telah ditetapkan",
                "Laporan periode sebelumnya",
            ],
        };
        let head = if c.flow == Flow::Svc || c.flow == Flow::Peg {
            "Persyaratan"
        } else {
            "Bahan yang diperlukan"
        };
        let _ = write!(s, "\n{head}:\n\n");
        let numbered = rng.chance(0.3);
        for (i, item) in items.iter().take(rng.range(2, items.len())).enumerate() {
            if numbered {
                put!(s, "{}. {item}", i + 1);
            } else {
                put!(s, "- {item}");
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use sopgen::catalog::{Catalog, Drafts};
    use sopgen::config::Config;
    use sopgen::content::load::{Loaded, RawFile, parse_files};

    fn parse(files: &[GeneratedFile]) -> Loaded {
        let raw: Vec<RawFile> = files
            .iter()
            .filter(|f| f.path.ends_with(".md"))
            .map(|f| RawFile {
                rel: f.path.trim_start_matches("content/").to_string(),
                display: f.path.clone().into(),
                bytes: f.text.clone().into_bytes(),
            })
            .collect();
        parse_files(raw)
    }

    fn shown(loaded: &Loaded) -> String {
        loaded
            .diags
            .iter()
            .take(5)
            .map(|d| d.render(false))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_same_seed_gives_the_same_catalogue() {
        assert_eq!(generate(150, 42), generate(150, 42));
        assert_ne!(generate(150, 42), generate(150, 43));
    }

    #[test]
    fn gives_the_number_of_sops_asked_for() {
        for count in [0, 1, 7, 19, 20, 61, 300] {
            let files = generate(count, 5);
            let sops = files.iter().filter(|f| is_sop_path(&f.path)).count();
            assert_eq!(sops, count, "count {count}");
            assert_eq!(files[0].path, "sopgen.toml");
            assert!(files[0].text.contains("title = \"Katalog SOP Sintetis\""));
            let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
            assert_eq!(paths.len(), files.len(), "paths are unique");
            let folders: HashSet<&str> = files
                .iter()
                .filter(|f| is_sop_path(&f.path))
                .map(|f| f.path.rsplit_once('/').unwrap().0)
                .collect();
            for folder in &folders {
                assert!(
                    paths.contains(format!("{folder}/_index.md").as_str()),
                    "{folder}"
                );
            }
            assert_eq!(files.len(), 1 + count + folders.len());
        }
    }

    #[test]
    fn folders_hold_20_to_60_sops() {
        let files = generate(3000, 11);
        let mut per: HashMap<&str, usize> = HashMap::new();
        for f in files.iter().filter(|f| is_sop_path(&f.path)) {
            *per.entry(f.path.rsplit_once('/').unwrap().0).or_default() += 1;
        }
        assert!(per.len() >= 50, "{} folders", per.len());
        assert!(per.values().all(|&n| (20..=69).contains(&n)), "{per:?}");
    }

    #[test]
    fn the_catalogue_parses_without_errors() {
        let files = generate(300, 7);
        let loaded = parse(&files);
        assert!(loaded.diags.is_empty(), "{}", shown(&loaded));
        assert_eq!(loaded.sops.len(), 300);
        let mut steps = 0;
        let mut decisions = 0;
        let mut forward = 0;
        let mut by_id = 0;
        for sop in &loaded.sops {
            let n = sop.langkah.len();
            assert!((5..=25).contains(&n), "{}: {n} steps", sop.path);
            assert!(
                (3..=8).contains(&sop.pelaksana.len()),
                "{}: {:?}",
                sop.path,
                sop.pelaksana
            );
            for (i, _) in sop.pelaksana.iter().enumerate() {
                assert!(
                    sop.langkah.iter().any(|l| l.pelaksana.contains(&i)),
                    "{}: actor {} takes no step",
                    sop.path,
                    sop.pelaksana[i]
                );
            }
            assert!(!sop.langkah[0].is_decision(), "{}", sop.path);
            assert!(!sop.langkah[n - 1].is_decision(), "{}", sop.path);
            for (i, l) in sop.langkah.iter().enumerate() {
                steps += 1;
                if let Some(t) = l.tidak {
                    decisions += 1;
                    assert!(
                        t < i && i - t <= 5,
                        "{}: step {} goes back to {}",
                        sop.path,
                        i + 1,
                        t + 1
                    );
                }
                if let Some(y) = l.ya {
                    forward += 1;
                    assert!(
                        y > i + 1 && y - i <= 4 && y < n,
                        "{}: ya of {} is {}",
                        sop.path,
                        i + 1,
                        y + 1
                    );
                }
                by_id += usize::from(l.id.is_some());
            }
        }
        let rate = decisions as f64 / steps as f64;
        assert!((0.12..=0.22).contains(&rate), "decision rate {rate}");
        assert!(by_id > 0, "some decisions name their target by id");
        assert!(
            forward < decisions / 8 + 3,
            "{forward} of {decisions} jump forward"
        );
    }

    #[test]
    fn the_catalogue_links_without_errors() {
        let files = generate(400, 3);
        let loaded = parse(&files);
        let links: usize = loaded.sops.iter().map(|s| s.keterkaitan.len()).sum();
        let catalog = Catalog::build(loaded, &Config::default(), Drafts::Include);
        assert!(catalog.diags.iter().all(|d| !d.is_error()));
        // The only warnings are keterkaitan that name SOPs not in the catalogue.
        assert!(
            catalog
                .diags
                .iter()
                .all(|d| d.message.starts_with("keterkaitan")),
            "{}",
            catalog.diags[0].render(false)
        );
        let resolved: usize = catalog
            .entries
            .iter()
            .map(|e| e.terkait.iter().filter(|(_, t)| t.is_some()).count())
            .sum();
        assert!(links > 300, "{links} links");
        assert!(
            resolved * 100 >= links * 70,
            "{resolved} of {links} links resolve"
        );
        assert!(resolved < links, "some links name SOPs that do not exist");
        let drafts = catalog
            .entries
            .iter()
            .filter(|e| e.sop.status.name() == "draf")
            .count();
        let revoked = catalog
            .entries
            .iter()
            .filter(|e| e.sop.status.name() == "dicabut")
            .count();
        assert!(
            (2..=30).contains(&drafts) && (1..=25).contains(&revoked),
            "{drafts} {revoked}"
        );
    }

    #[test]
    fn names_and_slugs_are_unique_in_a_folder() {
        let loaded = parse(&generate(1500, 9));
        let mut names: HashSet<(String, String)> = HashSet::new();
        for sop in &loaded.sops {
            let (folder, leaf) = sop.path.rsplit_once('/').unwrap();
            assert_eq!(
                leaf,
                slugify(&sop.nama),
                "the file name is the slug of the name"
            );
            assert!(
                names.insert((folder.to_string(), sop.nama.to_lowercase())),
                "{}",
                sop.path
            );
        }
    }

    #[test]
    fn text_has_the_variety_of_real_sops() {
        let text: String = generate(1000, 2).into_iter().map(|f| f.text).collect();
        let words = [
            // Word families in their meN-, di-, peN-an, ber-, ter- forms.
            "mengumpulkan",
            "dikumpulkan",
            "Pengumpulan",
            "memverifikasi",
            "diverifikasi",
            "Verifikasi",
            "Mengoreksi",
            "dikoreksi",
            "menyusun",
            "disusun",
            "Penyusunan",
            "Menandatangani",
            "ditandatangani",
            "penandatanganan",
            "Mengarsipkan",
            "diarsipkan",
            "Pengarsipan",
            "melaporkan",
            "dilaporkan",
            "Pelaporan",
            "Merencanakan",
            "Perencanaan",
            "Memeriksa",
            "diperiksa",
            "Pemeriksaan",
            "menerbitkan",
            "diterbitkan",
            "Penerbitan",
            "mendisposisikan",
            "disposisi",
            "Menyerahkan",
            "diserahkan",
            "Penyerahan",
            "mengajukan",
            "diajukan",
            "Pengajuan",
            "dokumen-dokumen",
            "berkas-berkas",
            "terverifikasi",
            "bernomor",
            "Berkoordinasi",
            "kelengkapannya",
            "menyerahkannya",
            // Spellings of one regulation, of one role.
            "Peraturan Menteri PANRB Nomor 35 Tahun 2012",
            "Permenpan RB No",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012",
            "UU No.23/2014 tentang Pemerintahan Daerah",
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "Perbup ",
            "Peraturan Gubernur ",
            "Perwali ",
            "Keputusan Bupati ",
            "\"Kasubag Program\"",
            "\"Kasubbag Program dan Evaluasi\"",
            "\"Ka.Subbag Program\"",
            "\"Kepala Sub Bagian Program\"",
            "nama = \"Pelayanan Penerbitan ",
            "1,5 jam",
            "S.Sos.",
        ];
        let missing: Vec<&str> = words.into_iter().filter(|w| !text.contains(w)).collect();
        assert!(missing.is_empty(), "missing: {missing:?}");
    }

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_str(r#"a "b" c:\d"#), r#""a \"b\" c:\\d""#);
        assert_eq!(toml_str("x\ny"), r#""x\ny""#);
        let parsed: toml::Table =
            toml::from_str(&format!("k = {}", toml_str("D:\\Arsip \"x\"\u{1}"))).unwrap();
        assert_eq!(parsed["k"].as_str(), Some("D:\\Arsip \"x\"\u{1}"));
    }

    #[test]
    fn a_written_catalogue_passes_check() {
        let root = std::env::temp_dir().join(format!("sopgen-synth-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(write(&root, 45, 1).unwrap(), 45);
        let diags = sopgen::site::check(&sopgen::site::Options::new(&root), false);
        let _ = std::fs::remove_dir_all(&root);
        let errors: Vec<String> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.render(false))
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    /// `cargo test --release -p sopgen-synth -- --ignored --nocapture time_ten_thousand`
    /// to time it.
    #[test]
    #[ignore]
    fn time_ten_thousand() {
        let t = std::time::Instant::now();
        let files = generate(10_000, 1);
        let bytes: usize = files.iter().map(|f| f.text.len()).sum();
        eprintln!(
            "generate(10_000, 1): {} files, {:.1} MB in {:?}",
            files.len(),
            bytes as f64 / 1e6,
            t.elapsed()
        );
        if let Ok(dir) = std::env::var("SYNTH_DIR") {
            eprintln!(
                "wrote {} SOPs to {dir}",
                write(Path::new(&dir), 10_000, 1).unwrap()
            );
        }
    }
}
