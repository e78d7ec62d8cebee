//! The five seed SOPs (`/work/shared/seeds/`) as their Word files show
//! them: the source's texts, typos included, in the tables and cells the
//! source has; actors and decisions as `content/*/` reconstructed them.

use sopgen_synth::wordgen::*;

/// The seeds written by the writer itself, by fixture name.
pub fn semua() -> Vec<(&'static str, (DokumenSop, Gaya))> {
    vec![
        ("dinsos-ntb", dinsos_ntb()),
        ("dpmd-nganjuk", dpmd_nganjuk()),
        ("dinsos-selayar", dinsos_selayar()),
        // Converted to .doc by tests/tools/word-fixtures.sh.
        ("dkp-jambi", dkp_jambi()),
    ]
}

fn s(x: &str) -> String {
    x.to_string()
}

fn v(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

/// A step: kegiatan, actors (indices), kelengkapan, waktu, output.
fn l(kegiatan: &str, pelaksana: &[usize], kel: &[&str], waktu: &str, out: &[&str]) -> Langkah {
    Langkah {
        kegiatan: s(kegiatan),
        pelaksana: pelaksana.to_vec(),
        kelengkapan: v(kel),
        waktu: if waktu.is_empty() {
            None
        } else {
            Some(s(waktu))
        },
        output: v(out),
        ..Langkah::default()
    }
}

/// Dinas Sosial Provinsi NTB (seed 000): DrawingML shapes with their VML
/// fallback, anchored in the lane cells, connectors glued; the table
/// split after step 8 with off-page connectors in rows of their own.
pub fn dinsos_ntb() -> (DokumenSop, Gaya) {
    let mut langkah = vec![
        l(
            "Membuat draft format data kinerja",
            &[0],
            &["Daftar pertanyaan"],
            "2 hari",
            &["Draft format data kinerja"],
        ),
        l(
            "Mengkoreksi format data kinerja bila benar di digandakan bila salah dikembalikan ke staf untuk diperbaiki",
            &[1],
            &["Draft format data kinerja"],
            "10 menit",
            &["Format data kinerja"],
        ),
        l(
            "Menggandakan dan menyerahkan ke Sekretaris",
            &[0],
            &["Format data kinerja"],
            "1 hari",
            &["Format data kinerja di meja Kabid"],
        ),
        l(
            "Menerima dan mengisi data kinerja",
            &[2, 3],
            &["Format data kinerja"],
            "3 hari",
            &["Format Data kinerja sudah diisi"],
        ),
        l(
            "Menerima dan verifikasi data kinerja dari bidang",
            &[1],
            &["Format data kinerja yang sudah terisi"],
            "1 hari",
            &["Data kinerja yang sudah terverifikasi"],
        ),
        l(
            "Mengoreksi data kinerja dari bidang, bila benar dilanjutkan untuk dientry bila salah dikemabikan ke bidang teknis",
            &[1],
            &["Format data kinerja yang sudah terisi"],
            "1 hari",
            &["Data kinerja yang sudah terverifikasi"],
        ),
        l(
            "Mengentry data kinerja yang sudah dikoreksi dan dinyatakan benar",
            &[0],
            &["Data kinerja yang sudah terverifikasi"],
            "1 hari",
            &["Print out data kinerja"],
        ),
        l(
            "Menyerahkan print out data kinerja untuk di paraf sebagai bahan penyusunan laporan kinerja",
            &[1],
            &["Print out data kinerja"],
            "10 menit",
            &["Print out data kinerja yang sudah di paraf"],
        ),
        l(
            "Paraf laporan kinerja",
            &[2],
            &["Print out data kinerja yang sudah di paraf"],
            "10 menit",
            &["Print out data kinerja yang sudah di paraf"],
        ),
        l(
            "Menandatangani laporan kinerja",
            &[3],
            &["Print out data kinerja yang sudah di paraf"],
            "10 menit",
            &["Print out data kinerja yang sudah ditandatangani"],
        ),
    ];
    let pj = [
        "Staf Subag Program",
        "Kasubag Program",
        "Sekretaris",
        "Sekretaris dan Kabid Bidang Teknis",
        "Kasubag Program",
        "Kasubag Program",
        "Staf Subag Program",
        "Kasubag Program",
        "Sekretaris",
        "Masing masing kepala biadang teknis",
    ];
    for (k, p) in pj.iter().enumerate() {
        langkah[k].penanggung_jawab = Some(s(p));
    }
    langkah[1].tidak = Some(0);
    langkah[5].tidak = Some(3);
    let dok = DokumenSop {
        pemerintah: Some(s("PEMERINTAH PROVINSI NUSA TENGGARA BARAT")),
        instansi: Some(s("DINAS SOSIAL")),
        tanggal_pembuatan: Some(s("2 Januari 2017")),
        tanggal_revisi: Some(s("4 Januari 2021")),
        tanggal_efektif: Some(s("")),
        nama: s("Mekanisme Pengumpulan Data Kinerja"),
        penandatangan: vec![Penandatangan {
            peran: Some(s("Disahkan Oleh")),
            jabatan: s("Kepala Dinas Sosial Prov. NTB"),
            nama: Some(s("H. Ahsanul Khalik, S.Sos.,MH")),
            pangkat: None,
            nip: Some(s("19701231 199803 1 069")),
        }],
        dasar_hukum: v(&[
            "UU No.64/1958 tentang Pembentukan Daerah-Daerah Tk.I Bali, NTB dan NTT.",
            "UU No.25/2004 tentang Sistem Perencanaan Pembangunan Nasional.",
            "UU No.32/2004 tentang Pemerintahan Daerah.",
            "UU No.33/2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Daerah.",
            "PP No. 6/1988 tentang Koordinasi Kegiatan Instansi Vertikal di Daerah.",
            "PP No.58/2005 tentang Pengelolaan Keuangan Daerah.",
            "PP No.7/2008 tentang Dekonsentrasi dan Tugas Pembantuan.",
            "PP No.8/2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan.",
            "Permendagri No. 59/2007 tentang Perubahan Permendagri No. 13/2006 tenang Pedoman Pengelolaan Keuangan Daerah.",
            "Perda No.3/2008 tentang Rencana Pembangunan Jangka Panjang 2005-2025.",
            "Perda No.5/2008 tentang Urusan Pemerintahan Provinsi NTB.",
        ]),
        kualifikasi_pelaksana: v(&[
            "Pelaksana 1,  diwajibkan memiliki kemampuan, kecakapan, terampil, dan Inovatif, Pendidikan minimal D.III Jurusan Administrasi Negara.",
            "Pelaksana 2,  diwajibkan memiliki kemampuan, kecakapan, terampil, dan Inovatif,  Pendidikan minimal S-1 Jurusan Administrasi Negara.",
        ]),
        peralatan_perlengkapan: v(&["Seperangkat Komputer", "Renstra", "Renja", "DPA"]),
        peringatan: v(&["Tertib Pelaporan Kinerja"]),
        pelaksana: v(&["Staf", "Kasubag", "Sekretaris", "Kabid"]),
        langkah,
        ..DokumenSop::default()
    };
    let label = Label {
        kotak: [
            s("Dasar Hukum :"),
            s("Kualifikasi Pelaksana :"),
            s("Keterkaitan :"),
            s("Peralatan/ Perlengkapan :"),
            s("Peringatan :"),
            s("Pencatatan  dan Pendataan :"),
        ],
        no: s("No."),
        kelengkapan: s("Persyaratan/ Kelengkapan"),
        penanggung_jawab: s("Penangung Jawab"),
        nama: s("Nama SOP :"),
        ..Label::default()
    };
    let gaya = Gaya {
        versi: VersiWord::Word2016,
        label,
        judul_kotak_titik_dua: false,
        kotak_tanpa_nomor: [false, true, false, false, false, false],
        pengesahan: TempatPengesahan::SetelahKotak,
        butir_mutu_baku: true,
        kolom_keterangan: false,
        kolom_penanggung_jawab: true,
        pecah: Pecah::TanpaUlang,
        langkah_per_halaman: 8,
        kodean: Kodean::DrawingMl,
        tempat: Tempat::Sel,
        sambungan: Sambungan::Terikat,
        penghubung: Penghubung::BarisSendiri,
        derau: Derau {
            paragraf_kosong: true,
            run_terpecah: true,
            bookmark: true,
            ..Derau::default()
        },
        benih: 1000,
        ..Gaya::default()
    };
    (dok, gaya)
}

/// Dinas PMD Kabupaten Nganjuk (seed 001): a Word 2007 document, VML
/// only, shapes in the lane cells, arrows not glued (lines drawn with the
/// Arrow tool, elbows as free connectors); boxes as nested number|text
/// tables; a cover page.
pub fn dpmd_nganjuk() -> (DokumenSop, Gaya) {
    let mut langkah = vec![
        l(
            "Sekretaris Dinas memerintahkan Ka.Subbag Program dan Evaluasi untuk mendakanjuti permintaan data dan informasi kinerja dinas",
            &[0],
            &["dokumen"],
            "5 menit",
            &["dokumen format data"],
        ),
        l(
            "Kasubbag Program dan Evaluasi memerintahkan staff untuk memenuhi permintaan data dan informasi kinerja dinas",
            &[1],
            &["dokumen"],
            "5 menit",
            &["dokumen format data"],
        ),
        l(
            "Menyampaikan format permintaan data dan informasi kinerja kepada masing- masing Bidang",
            &[2, 3],
            &["dokumen"],
            "10 menit",
            &["dokumen format data"],
        ),
        l(
            "Menghimpun data dan informasi kinerja dari masing Bidang dan menyampalkannya kepada Ka.Subbag Program dan Evaluasi",
            &[2, 3],
            &["dokumen"],
            "2 hari",
            &["dokumen LHP, LHE, TL HP"],
        ),
        l(
            "Menghimpun data dan informasi kinerja dari Ka.Subbag Program dan Evaluasi yang telah terkumpul",
            &[1],
            &["dokumen"],
            "1 hari",
            &["Kumpulan data untuk dianalisis"],
        ),
        l(
            "Menganalisa dan mengevaluasi data dan informasi kinerja yang telah terkumpul sebagai bahan penyusunan Laporan Kinerja",
            &[1],
            &["dokumen"],
            "1 hari",
            &["rekap hasil capaian pengumpulan data kinerja dinas"],
        ),
        l(
            "Kasubbag Program dan Evaluasi menyampaikan Laporan Kinerja kepada Sekretaris Dinas untuk dinaikkan kepada Kepala Dinas",
            &[0, 1],
            &["dokumen"],
            "10 Menit",
            &["hasil capaian pengumpulan data kinerja dinas"],
        ),
    ];
    langkah.iter_mut().for_each(|x| x.keterangan = None);
    let dok = DokumenSop {
        pemerintah: Some(s("PEMERINTAH DAERAH KABUPATEN NGANJUK")),
        instansi: Some(s("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA")),
        nomor: Some(s("188 / 120 / K / 411.307 / 2019.")),
        tanggal_pembuatan: Some(s("19 September 2019")),
        tanggal_revisi: Some(s("")),
        tanggal_pengesahan: Some(s("")),
        nama: s("Mekanisme Pengumpulan Data Kinerja"),
        penandatangan: vec![Penandatangan {
            peran: Some(s("Disahkan Oleh")),
            jabatan: s("KEPALA DINAS PMD KABUPATEN NGANJUK"),
            nama: Some(s("HARIS ATMIKO, S.Pd")),
            pangkat: Some(s("Pembantu Tingkat I")),
            nip: Some(s("N.P. 19711219 1998003 1 006")),
        }],
        dasar_hukum: v(&[
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Indonesia Nomor 29 Tahun 2010 tentang Pedoman Penyusunan Penetapan Kinerja dan Pelaporan Akuntabilitas Kinerja Instansi Pemerintah",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
            "Peraturan Daerah Kabupaten Nganjuk Nomor 8 Tahun 2016 Tentang Pembentukan Dan Susunan Perangkat Daerah Kabupaten Nganjuk",
            "Peraturan Bupati Nganjuk Nomor 07 Tahun 2012 Tentang Penyusunan Standar Operasional Prosedur Lingkungan Pemerintah Kabupaten Nganjuk",
            "Peraturan Bupati Nganjuk Nomor 41 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Tugas Dan Fungsi, Serta Tata Kerja Perangkat Daerah Kabupaten Nganjuk",
        ]),
        kualifikasi_pelaksana: v(&[
            "Memahami Peraturan Perundang-undangan yang terkait",
            "Memahami sasaran dan capaian program",
            "Mengetahui tugas, pokok, dan fungsi, uraian tugas Inspektorat",
            "Memahami Rencana Pembangunan Jangka Menengah (RPJMD) Pemerintah Daerah secara keseluruhan dan penjabarannya melalui Renstra SKPD",
        ]),
        keterkaitan: v(&[
            "SOP Penyusunan Renstra",
            "SOP Penyusunan Rencana Kerja Tahunan (RKT)",
            "SOP Penyusunan Penetapan Kinerja (TAPKIN)",
            "SOP Penyusunan Laporan Capaian Kinerja dan SOP Penyusunan Lakiip",
        ]),
        peralatan_perlengkapan: v(&[
            "Peraturan perundang-undangan yang berlaku dan terkait dengan SAKIP",
            "Data dan informasi yang terkait dengan pelaksanaan program",
            "Alat tulis kantor",
            "Komputer/ Laptop yang dilengkapi Printer dan program kerja",
        ]),
        peringatan: v(&[
            "Apabila pengumpulan data kinerja tidak terselesaikan dengan baik dan benar maka kegiatan pelaporan akan terhambat",
        ]),
        pencatatan_pendataan: v(&[
            "Kepala SKPD : Lembar disposisi/ arahan; tanda tangan",
            "Sekretaris SKPD : Lembar disposisi; paraf",
            "Kasubag Program dan Evaluasi : Lembar disposisi; paraf",
            "Setiap tahap terdokumentasi dengan baik, baik dalam bentuk softcopy maupun hardcopy",
        ]),
        pelaksana: v(&[
            "Sekretaris Dinas",
            "Kasubbag Program dan Evaluasi",
            "Penyusun Bahan Evaluasi, Rencana, Program dan Laporan",
            "Bidang",
        ]),
        langkah,
        ..DokumenSop::default()
    };
    let label = Label {
        nomor: s("Nomor Urut SOP"),
        disahkan: s("Disahkan Oleh"),
        kotak: [
            s("Dasar Hukum"),
            s("Kualifikasi Pelaksana"),
            s("Keterkaitan"),
            s("Peralatan/Perengkapan"),
            s("Peringatan"),
            s("Pencatatan dan Pendataan :"),
        ],
        no: s("NO"),
        kegiatan: s("Aktivitas"),
        waktu: s("Waktu (menit)"),
        ..Label::default()
    };
    let gaya = Gaya {
        versi: VersiWord::Word2007,
        kertas: Kertas::F4,
        identitas_potret: true,
        huruf: s("Bookman Old Style"),
        sampul: v(&[
            "SOP MEKANISME PENGUMPULAN DATA KINERJA",
            "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN NGANJUK",
        ]),
        label,
        judul_kotak_titik_dua: false,
        judul_kotak_baris_sendiri: true,
        butir: Butir::TabelNomor,
        judul_prosedur: Some(s("SOP MEKANISME PENGUMPULAN DATA KINERJA")),
        pecah: Pecah::UlangKepala,
        kodean: Kodean::Vml,
        tempat: Tempat::Sel,
        sambungan: Sambungan::Lepas,
        derau: Derau {
            tab: true,
            spasi_keras: true,
            tanda_hubung_lunak: true,
            field: true,
            ..Derau::default()
        },
        benih: 1001,
        ..Gaya::default()
    };
    (dok, gaya)
}

/// Dinas Sosial Kabupaten Kepulauan Selayar (seed 002): Word 2016, the
/// flowchart of each page one group (`wpg:wgp`, VML `v:group` fallback)
/// floating over the table; boxes with Word numbering; no No column
/// (numbers typed before the text); a return from step 10 to step 2
/// across the page break.
pub fn dinsos_selayar() -> (DokumenSop, Gaya) {
    let mut langkah = vec![
        l(
            "Kepala Dinas Memerintahkan Sekretaris untuk melakukan Pengumpulan data kinerja",
            &[0],
            &["Blanko Nota Dinas"],
            "10 menit",
            &["Nota Dinas"],
        ),
        l(
            "Sekretaris melakukan rapat dengan TIM untuk memberikan arahan pelaksanaan kegiatan pengumpulan data kinerja",
            &[1, 3],
            &["Nota Dinas"],
            "60 menit",
            &["Notulen Rapat"],
        ),
        l(
            "Tim Menyusun Rencana kegiatan Pengumpulan data",
            &[3],
            &["Notulen rapat"],
            "120 menit",
            &["Program kerja kegiatan"],
        ),
        l(
            "Tim mengumpulkan dokumen-dokumen yang diperlukan untuk kegiatan pengumpulan data",
            &[3],
            &["Program kerja kegiatan, Renstra, TAPKIN"],
            "1 Hari",
            &["Ceklist dokumen"],
        ),
        l(
            "Tim Menyiapkan format pengumpulan data capaian kinerja",
            &[3],
            &["Draft format pengumpulan data capaian kinerja"],
            "120 menit",
            &["Format pengumpulan data capaian kinerja"],
        ),
        l(
            "Format pengumpulan data capaian kinerja didistribusikan ke sekretariat dan bidang",
            &[4],
            &["Format pengumpulan data capaian kinerja"],
            "10 Menit",
            &["Bukti tanda terima format"],
        ),
        l(
            "Sekretariat dan Bidang mengisi format pengumpulan data capaian kinerja selanjutnya menyerahkan kepada tim Lakip",
            &[1, 2],
            &["Blanko format pengumpulan data capaian kinerja"],
            "1 Hari",
            &["Format pengumpulan data capaian kinerja yang telah diisi"],
        ),
        l("Tim merekap data capaian kinerja", &[3], &[], "", &[]),
        l(
            "Tim melaporkan hasil rekapitulasi data kinerja kepada sekretaris",
            &[3],
            &[],
            "",
            &[],
        ),
        l(
            "Sekretaris menganalisa hasil pengumpulan data kinerja, apabila setuju akan digunakan sebagai bahan untuk Penyusunan Laporan Kinerja, jika tidak di kembalikan sesuai arahan",
            &[1],
            &[],
            "",
            &[],
        ),
        l(
            "Sekretaris melaporkan data hasil pengukuran kinerja kepada kepala Dinas",
            &[1],
            &[],
            "",
            &[],
        ),
        l("Pengarsipan data kinerja", &[4], &[], "", &[]),
    ];
    langkah[9].tidak = Some(1);
    let dok = DokumenSop {
        instansi: Some(s("DINAS SOSIAL\nKABUPATEN KEPULAUAN SELAYAR")),
        unit: v(&["SEKRETARIAT", "SUB BAGIAN PROGRAM DAN KEUANGAN"]),
        nomor: Some(s("07 /SOP/III/2023/Dinsos")),
        tanggal_pembuatan: Some(s("18 Maret 2023")),
        tanggal_revisi: Some(s("")),
        tanggal_efektif: Some(s("")),
        nama: s("PENGUMPULAN DATA KINERJA"),
        penandatangan: vec![Penandatangan {
            jabatan: s("Kepala Dinas Sosial Kabupaten Kepulauan Selayar"),
            ..Penandatangan::default()
        }],
        dasar_hukum: v(&[
            "Peraturan Menteri Sosial RI Nomor 32 Tahun 2012 tentang Standar Operasional Prosedur di Lingkungan Kementerian Sosial",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Indonesia Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan (SOP-AP)",
            "Peraturan Daerah Kabupaten Kepulauan Selayar Nomor 4 tahun 2022 tentang Perubahan atas Peraturan Daerah Kabupaten Kepulauan Selayar Nomor 4 Tahun 2020 tentang Pembentukan dan Susunan organisasi Perangkat Daerah Kabupaten Kepulauan Selayar",
            "Peraturan Bupati Kepulauan Selayar Nomor 126 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Sosial.",
            "Peraturan Bupati Kepulauan Selayar Nomor 34 tahun 2019 tentang Tentang Tata Naskah Dinas Di Lingkungan Pemerintah Daerah Kabupaten Kepulauan Selayar.",
        ]),
        kualifikasi_pelaksana: v(&[
            "Menguasai Komputer",
            "Mampu Menyusun Laporan",
            "Mampu Mengolah Data",
            "SMA, SMK",
            "S-1 Sosial",
        ]),
        keterkaitan: v(&[
            "SOP Pembuatan Surat Masuk",
            "SOP Pengukuran Kinerja",
            "SOP Penyusunan Lakiip",
        ]),
        peralatan_perlengkapan: v(&[
            "Buku Agenda",
            "Komputer",
            "Printer",
            "Buku Ekspedisi",
            "Alat Tulis Kantor",
        ]),
        peringatan: v(&[
            "Jika Pengumpulan data Kinerja tidak dilakukan maka Pencapaian Kinerja SKPD tidak dapat terukur",
        ]),
        pelaksana: v(&[
            "Kepala SKPD",
            "Sekretaris",
            "Bidang",
            "Tim Penyusun LAKIP",
            "STAF",
        ]),
        langkah,
        ..DokumenSop::default()
    };
    let label = Label {
        pembuatan: s("Tgl Pembuatan"),
        revisi: s("Tgl Revisi"),
        efektif: s("Tgl Efektif"),
        kotak: [
            s("Dasar Hukum: Standar Operasional Prosedur Administrasi Pemerintahan (SOP-AP)"),
            s("Kualifikasi Pelaksana:"),
            s("Keterkaitan:"),
            s("Peralatan Perlengkapan:"),
            s("Peringatan:"),
            s("Pencatatan dan Pendataan:"),
        ],
        kegiatan: s("Uraian Prosedur"),
        keterangan: s("Ket."),
        ..Label::default()
    };
    let gaya = Gaya {
        versi: VersiWord::Word2016,
        label,
        judul_kotak_titik_dua: false,
        judul_kotak_baris_sendiri: true,
        butir: Butir::Penomoran,
        nomor_dalam_kegiatan: true,
        pecah: Pecah::TabelTerpisah,
        langkah_per_halaman: 7,
        kodean: Kodean::DrawingMl,
        tempat: Tempat::Grup,
        sambungan: Sambungan::Terikat,
        derau: Derau {
            paragraf_kosong: true,
            baris_lunak: true,
            kutip_cerdas: true,
            run_terpecah: true,
            lacak_perubahan: true,
            ..Derau::default()
        },
        benih: 1002,
        ..Gaya::default()
    };
    (dok, gaya)
}

/// Dinas Kelautan dan Perikanan Provinsi Jambi (seed 004, a scanned
/// source): written as a Word 2007 document with the flowchart of each
/// page in a VML drawing canvas (`v:group editas="canvas"`) over the
/// table, its arrows line pieces, then saved by
/// LibreOffice as Word 97 (.doc). Typed numbers as the source has them
/// (items 4 to 8 of the legal basis unnumbered, "4," for "4.").
pub fn dkp_jambi() -> (DokumenSop, Gaya) {
    let mut langkah = vec![
        l(
            "staff Membuat Draft Format Data Kinerja yang akan dikoreksi oleh Kasubag Program, Kepegawaian dan Pelaporan",
            &[0],
            &["Daftar Pernyataan"],
            "2 Hari",
            &["Draft Format data Kinerja"],
        ),
        l(
            "Kasubag Program, Kepegawaian dan Pelaporan Mengkoreksi Format Data Kinerja Bila Benar digunakan bila Salah maka akan dikembalikan ke Staff untuk di Perbaiki",
            &[1],
            &["Draft Format data Kinerja"],
            "10 Menit",
            &["Format Data Kinerja"],
        ),
        l(
            "staff Menggandakan Draft Format Data Kinerja dan Menyerahkan Draft data ke Pejabat Terkait",
            &[0],
            &["Format Data Kinerja"],
            "1 Hari",
            &["Format Data Kinerja Pejabat Terkait"],
        ),
        l(
            "Pejabat Terkait menerima dan mengisi Formart Data Kinerja dan akan dikembalikan ke Kasubag Program, Kepegawaian dan Pelaporan untuk di Verifikasi",
            &[2],
            &["Format Data Kinerja Pejabat Terkait"],
            "3 Hari",
            &["Format Data Kinerja yang sudah Di Isi"],
        ),
        l(
            "Kasubag Program, Kepegawaian dan Pelaporan menerima Formart Data dan melakukan Verifikasi dan dikembalikan ke Staff untuk di Entry",
            &[1],
            &["Format Data Kinerja yang sudah Di Isi"],
            "1 hari",
            &["Format Data Kinerja yang sudah Di Isi dan Diverifikasi"],
        ),
        l(
            "Staff Melakukan Entry Data Kinerja dan diserahkan Kepada Kasubag Program, Kepegawaian dan Pelaporan",
            &[0],
            &["Format Data Kinerja yang sudah Di Isi dan Diverifikasi"],
            "2 Hari",
            &["Print Out Data Kinerja"],
        ),
        l(
            "Kasubag Program, Kepegawaian dan Pelaporan melakukan Validasi dan paraf Data Kinerja",
            &[1],
            &["Print Out Data Kinerja"],
            "20 Menit",
            &["Print out Data Kinerja yang sudah divalidasi dan di paraf"],
        ),
        l(
            "Kasubag Program, Kepegawaian dan Pelaporan Melakukan Penandatanganan Data Kinerja",
            &[1],
            &["Print out Data Kinerja yang sudah divalidasi dan di paraf"],
            "10 Menir",
            &["Print out Data Kinerja yang sudah Ditandatangani"],
        ),
    ];
    langkah[1].tidak = Some(0);
    let dok = DokumenSop {
        pemerintah: Some(s("PEMERINTAH PROVINSI JAMBI")),
        instansi: Some(s("DINAS KELAUTAN DAN PERIKANAN")),
        unit: v(&["SEKRETARIAT"]),
        nomor: Some(s("")),
        tanggal_pembuatan: Some(s("")),
        tanggal_revisi: Some(s("")),
        tanggal_efektif: Some(s("")),
        nama: s("Prosedtur Mekanisme Pengumpulan Data Kinerja"),
        dasar_hukum: v(&[
            "1. Permenpan RB No.35 tahun 2012 tentang Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
            "2. Permenpan RB No.19 Tahun 2018 tentang Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah",
            "3. Permendagri No.90 Tahun 2019 tentang Peraturan Menteri Dalam Negeri tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah",
            "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara",
            "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
            "Undang-Undang Nomor 33 Tahun 2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Daerah",
            "Peraturan Menteri Dalam Negeri Nomor 13 tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah",
            "Peraturan Menteri Dalam Negeri Nomor 54 tahun 2010 tentang Pelaksanaan Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata cara Penyusunan, Pengendalian dan Evaluasi pelaksanaan Rencana Pembangunan Daerah",
            "9. Peraturan Gubernur Nomor 51 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Kelautan dan Perikanan Provinsi Jambi",
        ]),
        kualifikasi_pelaksana: v(&["1. S1", "2.  Memahami Mekanisme Pengumpulan Data Kinerja"]),
        keterkaitan: v(&[
            "1. SOP Surat Masuk",
            "2. SOP Surat Keluar",
            "3. SOP Penerbitan SPM - UP/GU/TU",
            "4, SOP Penerbitan SPP - UP/GU/TU",
            "5. SOP Pengarsipan",
        ]),
        peralatan_perlengkapan: v(&["1. Perangkat Komputer", "2. Alat Dokumentasi"]),
        peringatan: v(&[
            "Jika tidak dilaksanakan sesuai SOP, Maka tidak dapat terlaksana dengan maksimal",
        ]),
        pencatatan_pendataan: v(&["1. Hasil akan disimpan sebagai Data"]),
        pelaksana: v(&[
            "Staf",
            "Kasubag Program, Kepegawaian dan Pelaporan",
            "Pejabat Terkait",
        ]),
        langkah,
        ..DokumenSop::default()
    };
    let label = Label {
        nomor: s("No. SOP"),
        pembuatan: s("Tgl. Pembuatan"),
        revisi: s("Tgl. Revisi"),
        efektif: s("Tgl. Efektif"),
        disahkan: s("Disahkan Oleh"),
        kotak: [
            s("Dasar Hukum:"),
            s("Kualifikasi Pelaksana"),
            s("Keterkaitan:"),
            s("Perlengkapan Kinerja"),
            s("Peringatan:"),
            s("Pencacatan dan Pendataan"),
        ],
        ..Label::default()
    };
    let gaya = Gaya {
        versi: VersiWord::Word2007,
        label,
        judul_kotak_titik_dua: false,
        kotak_tanpa_nomor: [true; 6],
        judul_prosedur: Some(s("PROSEDUR MEKANISME PENGUMPULAN DATA KINERJA")),
        kodean: Kodean::Vml,
        tempat: Tempat::Kanvas,
        // Arrows drawn as line pieces (`v:line`): LibreOffice's Word 97
        // export keeps lines, and drops connectors; and it reads only the
        // pieces written from their top-left end (the return from step 2
        // to step 1 was lost with the others).
        sambungan: Sambungan::Segmen,
        garis_searah: true,
        langkah_per_halaman: 8,
        benih: 1004,
        ..Gaya::default()
    };
    (dok, gaya)
}
