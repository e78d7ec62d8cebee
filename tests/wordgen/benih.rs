//! The five seed SOPs (`/work/shared/seeds/`) as their Word files show
//! them: the source's texts, typos included, in the tables and cells the
//! source has; actors and decisions as `content/*/` reconstructed them.

use sopgen::wordgen::*;

/// The seeds written by the writer itself, by fixture name.
pub fn semua() -> Vec<(&'static str, (DokumenSop, Gaya))> {
    vec![("dinsos-ntb", dinsos_ntb())]
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
