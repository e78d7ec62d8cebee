//! Varied documents from a seed, for round trips and the benchmark: big
//! SOPs (8 to 10 actors, 25 to 32 steps over several pages, decisions that
//! return up and jump down, `lanjut`, steps of several actors, a skipped
//! step number, three signatories, custom branch labels), their texts
//! taken from the realistic SOPs of [`crate::generate`].

use super::gaya::{
    Butir, Derau, Gaya, Kertas, Label, Pecah, Penghubung, TempatPengesahan, TitikDua,
};
use super::model::{DokumenSop, Langkah, Penandatangan};
use super::xml::Acak;

/// One document, deterministic for `seed`.
pub fn dokumen(seed: u64) -> DokumenSop {
    dokumen_banyak(1, seed).pop().expect("one document")
}

/// `n` documents, deterministic for `seed`.
pub fn dokumen_banyak(n: usize, seed: u64) -> Vec<DokumenSop> {
    let files = crate::generate((n * 4).max(16), seed);
    let mut instansi = std::collections::HashMap::new();
    let mut sops = Vec::new();
    for f in &files {
        let Some(front) = front_matter(&f.text) else {
            continue;
        };
        let Ok(t) = front.parse::<toml::Table>() else {
            continue;
        };
        let folder = f.path.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        if f.path.ends_with("/_index.md") {
            if let Some(i) = t.get("instansi").and_then(|v| v.as_str()) {
                instansi.insert(folder, i.to_string());
            }
        } else if f.path.ends_with(".md") && f.path.starts_with("content/") {
            sops.push((folder, t));
        }
    }
    assert!(!sops.is_empty(), "synth gave no SOPs");
    let mut acak = Acak::new(seed ^ 0xD0C5);
    (0..n)
        .map(|k| {
            let start = (k * 4) % sops.len();
            let group: Vec<&toml::Table> = (0..sops.len().min(8))
                .map(|j| &sops[(start + j) % sops.len()].1)
                .collect();
            let inst = instansi.get(&sops[start].0).cloned();
            satu(&mut acak, &group, inst)
        })
        .collect()
}

fn front_matter(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest.find("\n+++")?;
    Some(&rest[..end])
}

fn teks(t: &toml::Table, key: &str) -> Option<String> {
    match t.get(key)? {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Integer(i) => Some(i.to_string()),
        _ => None,
    }
}

fn daftar(t: &toml::Table, key: &str) -> Vec<String> {
    match t.get(key) {
        Some(toml::Value::String(s)) => vec![s.clone()],
        Some(toml::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// "2022-12-19" → "19 Desember 2022"; "2023-09" → "September 2023".
fn tanggal(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let bulan = |m: &str| {
        m.parse::<usize>()
            .ok()
            .and_then(|m| BULAN.get(m.wrapping_sub(1)))
            .copied()
            .unwrap_or("Januari")
    };
    match parts.as_slice() {
        [y, m, d] => format!("{} {} {y}", d.trim_start_matches('0'), bulan(m)),
        [y, m] => format!("{} {y}", bulan(m)),
        _ => iso.to_string(),
    }
}

/// "Dinas Sosial Kabupaten Sleman" → "PEMERINTAH KABUPATEN SLEMAN".
fn pemerintah(instansi: &str) -> Option<String> {
    for kind in ["Kabupaten", "Kota", "Provinsi"] {
        if let Some(at) = instansi.find(kind) {
            return Some(format!("PEMERINTAH {}", instansi[at..].to_uppercase()));
        }
    }
    None
}

fn nip(acak: &mut Acak) -> String {
    let y = 1965 + acak.below(30);
    let m = 1 + acak.below(12);
    let d = 1 + acak.below(28);
    let ty = y + 22 + acak.below(8);
    let tm = 1 + acak.below(12);
    format!(
        "{y}{m:02}{d:02} {ty}{tm:02} {} {:03}",
        1 + acak.below(2),
        1 + acak.below(20)
    )
}

const NAMA: [&str; 10] = [
    "Drs. H. Ahmad Yani, M.Si",
    "Sri Wahyuni, S.E.",
    "Ir. Bambang Sutrisno, M.T.",
    "Hj. Nurhayati, S.Sos., M.AP",
    "Dedi Kurniawan, S.Kom",
    "Rina Marlina, S.STP",
    "Agus Salim, S.H., M.H.",
    "Dr. Yuliana Siregar, M.Pd",
    "Muhammad Rizal, A.Md",
    "I Made Suartana, S.T.",
];

const PANGKAT: [&str; 5] = [
    "Pembina Utama Muda",
    "Pembina Tingkat I",
    "Pembina",
    "Penata Tingkat I",
    "Penata",
];

const LABEL_KEPUTUSAN: [(&str, &str); 5] = [
    ("Lengkap", "Tidak Lengkap"),
    ("Setuju", "Ditolak"),
    ("Sesuai", "Tdk"),
    ("Ya", "Tidak"),
    ("Benar", "Salah"),
];

fn satu(acak: &mut Acak, group: &[&toml::Table], instansi: Option<String>) -> DokumenSop {
    let base = group
        .iter()
        .max_by_key(|t| {
            t.get("langkah")
                .and_then(|v| v.as_array())
                .map_or(0, Vec::len)
        })
        .expect("a group");
    // Actors: the base SOP's, then the others' until there are 8 to 10.
    let want_actors = acak.range(8, 10);
    let mut pelaksana: Vec<String> = Vec::new();
    for t in std::iter::once(base).chain(group.iter()) {
        for a in daftar(t, "pelaksana") {
            if pelaksana.len() < want_actors && !pelaksana.contains(&a) {
                pelaksana.push(a);
            }
        }
    }
    for k in 0.. {
        if pelaksana.len() >= 8 {
            break;
        }
        pelaksana.push(format!("Staf Pelaksana {}", k + 1));
    }
    // Steps from the SOPs in turn until there are 25 to 32.
    let want = acak.range(25, 32);
    let mut langkah: Vec<Langkah> = Vec::new();
    'outer: for t in std::iter::once(base).chain(group.iter()).cycle().take(64) {
        let Some(steps) = t.get("langkah").and_then(|v| v.as_array()) else {
            continue;
        };
        for s in steps {
            let Some(s) = s.as_table() else { continue };
            let actors: Vec<usize> = daftar(s, "pelaksana")
                .iter()
                .map(|a| {
                    pelaksana
                        .iter()
                        .position(|p| p == a)
                        .unwrap_or_else(|| a.len() % pelaksana.len())
                })
                .fold(Vec::new(), |mut v, i| {
                    if !v.contains(&i) {
                        v.push(i);
                    }
                    v
                });
            if actors.is_empty() {
                continue;
            }
            langkah.push(Langkah {
                kegiatan: teks(s, "kegiatan").unwrap_or_default(),
                pelaksana: actors,
                kelengkapan: daftar(s, "kelengkapan"),
                waktu: teks(s, "waktu"),
                output: daftar(s, "output"),
                keterangan: teks(s, "keterangan"),
                ..Langkah::default()
            });
            if langkah.len() >= want {
                break 'outer;
            }
        }
    }
    let n = langkah.len();
    // Every actor takes part: hand idle actors a step each.
    for a in 0..pelaksana.len() {
        if !langkah.iter().any(|l| l.pelaksana.contains(&a)) {
            let i = 1 + (a * 7) % (n - 2);
            langkah[i].pelaksana = vec![a];
        }
    }
    // Steps of several actors: at least two (not the first or last).
    for i in [3 + acak.below(4), n / 2 + acak.below(4)] {
        let other =
            (langkah[i].pelaksana[0] + 1 + acak.below(pelaksana.len() - 1)) % pelaksana.len();
        if !langkah[i].pelaksana.contains(&other) {
            langkah[i].pelaksana.push(other);
        }
    }
    // Decisions: a return up; an if/else (tidak jumps down, the other
    // branch continues with lanjut past it); a return whose "ya" jumps
    // down; custom labels on some.
    let d1 = 4 + acak.below(3);
    langkah[d1].tidak = Some(d1 - 1 - acak.below(3));
    let d2 = d1 + 4 + acak.below(3);
    langkah[d2].tidak = Some(d2 + 2);
    langkah[d2 + 1].lanjut = Some(d2 + 3);
    let d3 = (d2 + 6 + acak.below(4)).min(n - 5);
    langkah[d3].tidak = Some(d3 - 2 - acak.below(4));
    langkah[d3].ya = Some(d3 + 2);
    for d in [d1, d2, d3] {
        if acak.chance(0.6) {
            let (y, t) = *acak.pick(&LABEL_KEPUTUSAN);
            langkah[d].label_ya = Some(y.to_string());
            langkah[d].label_tidak = Some(t.to_string());
        }
    }
    // Printed numbers with one skipped.
    let skip = n / 2 + acak.below(n / 3);
    for (i, l) in langkah.iter_mut().enumerate() {
        l.no = Some(i as u32 + 1 + u32::from(i >= skip));
    }
    if acak.chance(0.5) {
        for l in &mut langkah {
            if let Some(p) = l.pelaksana.first() {
                l.penanggung_jawab = Some(pelaksana[*p].clone());
            }
        }
    }
    let instansi = instansi.or_else(|| teks(base, "instansi"));
    let kapital = acak.chance(0.7);
    let penandatangan = [
        ("Dibuat oleh", 1usize),
        ("Diperiksa oleh", 2),
        ("Disetujui oleh", 0),
    ]
    .iter()
    .map(|(peran, who)| {
        let jabatan = match who {
            0 => format!(
                "Kepala {}",
                instansi.clone().unwrap_or_else(|| "Dinas".to_string())
            ),
            k => pelaksana[(*k).min(pelaksana.len() - 1)].clone(),
        };
        Penandatangan {
            peran: Some(peran.to_string()),
            jabatan,
            nama: Some(acak.pick(&NAMA).to_string()),
            pangkat: Some(acak.pick(&PANGKAT).to_string()),
            nip: Some(nip(acak)),
        }
    })
    .collect();
    let dibuat = teks(base, "tanggal_pembuatan").map(|d| tanggal(&d));
    DokumenSop {
        pemerintah: instansi
            .as_deref()
            .and_then(pemerintah)
            .map(|p| if kapital { p } else { title(&p) }),
        instansi: instansi.map(|i| if kapital { i.to_uppercase() } else { i }),
        unit: teks(base, "unit").into_iter().collect(),
        nomor: teks(base, "nomor").or_else(|| Some(String::new())),
        nama: teks(base, "nama").unwrap_or_default(),
        tanggal_pembuatan: dibuat.or_else(|| Some(String::new())),
        tanggal_revisi: Some(if acak.chance(0.5) {
            String::new()
        } else {
            format!("{} Januari 2024", 2 + acak.below(27))
        }),
        tanggal_efektif: Some(String::new()),
        tanggal_pengesahan: None,
        penandatangan,
        dasar_hukum: daftar(base, "dasar_hukum"),
        kualifikasi_pelaksana: daftar(base, "kualifikasi_pelaksana"),
        keterkaitan: daftar(base, "keterkaitan"),
        peralatan_perlengkapan: daftar(base, "peralatan_perlengkapan"),
        peringatan: daftar(base, "peringatan"),
        pencatatan_pendataan: daftar(base, "pencatatan_pendataan"),
        pelaksana,
        langkah,
    }
}

/// "PEMERINTAH KABUPATEN ACEH BESAR" → "Pemerintah Kabupaten Aceh Besar".
fn title(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_string() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A style drawn from the ways real documents are built: every encoding
/// of [`Gaya::ragam`], label variants, page splits and noise.
pub fn gaya_acak(seed: u64) -> Gaya {
    let mut a = Acak::new(seed ^ 0x6A7A);
    let ragam = Gaya::ragam();
    let base = ragam[(seed as usize) % ragam.len()].clone();
    let mut label = Label::default();
    if a.chance(0.5) {
        label.nomor = a
            .pick(&["Nomor SOP", "Nomor Urut SOP", "No. SOP"])
            .to_string();
        label.pembuatan = a
            .pick(&["Tanggal Pembuatan", "Tgl Pembuatan", "Tgl. Pembuatan"])
            .to_string();
        label.revisi = a.pick(&["Tanggal Revisi", "Tgl Revisi"]).to_string();
        label.efektif = a.pick(&["Tanggal Efektif", "Tgl Efektif"]).to_string();
        label.disahkan = a
            .pick(&["Disahkan oleh", "Disahkan Oleh", "Pengesahan"])
            .to_string();
    }
    label.kegiatan = a
        .pick(&[
            "Kegiatan",
            "Aktivitas",
            "Uraian Kegiatan",
            "Uraian Prosedur",
        ])
        .to_string();
    label.kelengkapan = a
        .pick(&["Kelengkapan", "Persyaratan/ Kelengkapan", "Persyaratan"])
        .to_string();
    label.waktu = a.pick(&["Waktu", "Waktu", "Waktu (menit)"]).to_string();
    label.output = a.pick(&["Output", "Output", "Hasil"]).to_string();
    label.keterangan = a.pick(&["Keterangan", "Ket.", "Ket"]).to_string();
    label.no = a.pick(&["No", "No.", "NO"]).to_string();
    let derau = if a.chance(0.8) {
        Derau {
            paragraf_kosong: a.chance(0.6),
            baris_lunak: a.chance(0.5),
            tab: a.chance(0.5),
            spasi_keras: a.chance(0.5),
            kutip_cerdas: a.chance(0.5),
            tanda_hubung_lunak: a.chance(0.4),
            run_terpecah: a.chance(0.7),
            field: a.chance(0.5),
            bookmark: a.chance(0.5),
            lacak_perubahan: a.chance(0.4),
        }
    } else {
        Derau::default()
    };
    Gaya {
        kertas: if a.chance(0.8) {
            Kertas::A4
        } else {
            Kertas::F4
        },
        identitas_potret: a.chance(0.4),
        huruf: a
            .pick(&[
                "Arial",
                "Arial",
                "Bookman Old Style",
                "Times New Roman",
                "Calibri",
            ])
            .to_string(),
        ukuran: *a.pick(&[9, 10, 10, 11]),
        label,
        label_kapital: a.chance(0.3),
        titik_dua: *a.pick(&[TitikDua::Tanpa, TitikDua::DiLabel, TitikDua::SelSendiri]),
        logo: a.chance(0.7),
        pengesahan: *a.pick(&[
            TempatPengesahan::Identitas,
            TempatPengesahan::SetelahKotak,
            TempatPengesahan::SetelahProsedur,
        ]),
        butir: *a.pick(&[Butir::Ketik, Butir::Penomoran, Butir::TabelNomor]),
        judul_kotak_baris_sendiri: a.chance(0.5),
        judul_kotak_titik_dua: a.chance(0.6),
        butir_mutu_baku: a.chance(0.4),
        kolom_keterangan: a.chance(0.8),
        kolom_penanggung_jawab: a.chance(0.3),
        baris_nomor_kolom: a.chance(0.3),
        nomor_bertitik: a.chance(0.4),
        nomor_dalam_kegiatan: a.chance(0.1),
        pecah: *a.pick(&[Pecah::UlangKepala, Pecah::TanpaUlang, Pecah::TabelTerpisah]),
        langkah_per_halaman: a.range(5, 8),
        judul_prosedur: if a.chance(0.5) {
            Some("PROSEDUR".to_string())
        } else {
            None
        },
        penghubung: if a.chance(0.7) {
            Penghubung::BarisSendiri
        } else {
            Penghubung::DalamSel
        },
        garis_searah: a.chance(0.5),
        teks_terminator: if a.chance(0.3) {
            Some(("Mulai".to_string(), "Selesai".to_string()))
        } else {
            None
        },
        derau,
        benih: seed,
        ..base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_the_indonesian_way() {
        assert_eq!(tanggal("2022-12-09"), "9 Desember 2022");
        assert_eq!(tanggal("2023-09"), "September 2023");
        assert_eq!(tanggal("2023"), "2023");
    }

    #[test]
    fn the_government_line_comes_from_the_agency_name() {
        assert_eq!(
            pemerintah("Dinas Sosial Kabupaten Kepulauan Selayar").as_deref(),
            Some("PEMERINTAH KABUPATEN KEPULAUAN SELAYAR")
        );
        assert_eq!(pemerintah("Sekretariat DPRD"), None);
    }
}
