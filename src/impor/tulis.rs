//! Writing a [`Draf`] as a content file: TOML front matter in the field
//! order of docs/format.md's example, lists one item a line, then the
//! "Catatan impor". The text is checked with the crate's own parser; a
//! value it rejects is taken out and quoted in the notes instead.

use crate::content::parse::parse_sop;
use crate::diagnostic::SourceFile;

use super::draf::{Draf, judul_kotak};
use super::teks;

/// Which value a line of the front matter belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Medan {
    Atas(&'static str),
    Pengesah(usize, &'static str),
    Langkah(usize, &'static str),
    Lain,
}

/// A TOML basic string.
pub fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Penulis {
    teks: String,
    medan: Vec<Medan>,
}

impl Penulis {
    fn baris(&mut self, s: &str, m: Medan) {
        for line in s.split('\n') {
            self.teks.push_str(line);
            self.teks.push('\n');
            self.medan.push(m.clone());
        }
    }

    fn teks(&mut self, key: &'static str, v: &str, m: Medan) {
        self.baris(&format!("{key} = {}", toml_str(v)), m);
    }

    fn daftar(&mut self, key: &'static str, items: &[String], m: Medan, satu_string: bool) {
        match items {
            [] => {}
            [one] if satu_string => self.teks(key, one, m),
            _ => {
                let mut s = format!("{key} = [\n");
                for i in items {
                    s.push_str(&format!("  {},\n", toml_str(i)));
                }
                s.push(']');
                self.baris(&s, m);
            }
        }
    }
}

/// The front matter and body, and for each line the value it holds.
fn susun(d: &Draf) -> (String, Vec<Medan>) {
    let mut p = Penulis {
        teks: String::new(),
        medan: Vec::new(),
    };
    p.baris("+++", Medan::Lain);
    if let Some(v) = &d.nomor {
        p.teks("nomor", v, Medan::Atas("nomor"));
    }
    p.teks("nama", d.nama.as_deref().unwrap_or(""), Medan::Atas("nama"));
    if let Some(v) = &d.pemerintah {
        p.teks("pemerintah", v, Medan::Atas("pemerintah"));
    }
    if let Some(v) = &d.instansi {
        p.teks("instansi", v, Medan::Atas("instansi"));
    }
    p.daftar("unit", &d.unit, Medan::Atas("unit"), true);
    p.baris("status = \"draf\"", Medan::Lain);
    for (key, t) in [
        ("tanggal_pembuatan", &d.tanggal_pembuatan),
        ("tanggal_revisi", &d.tanggal_revisi),
        ("tanggal_efektif", &d.tanggal_efektif),
        ("tanggal_pengesahan", &d.tanggal_pengesahan),
    ] {
        if let Some(t) = t {
            // A full date as a TOML date; a month or year as a string.
            let v = if t.hari.is_some() {
                t.iso()
            } else {
                toml_str(&t.iso())
            };
            p.baris(&format!("{key} = {v}"), Medan::Atas(key));
        } else if let Some((_, v)) = d.tanggal_kosong.iter().find(|(f, _)| *f == key) {
            p.baris(&format!("{key} = {}", toml_str(v)), Medan::Atas(key));
        }
    }
    if !d.tanpa_sumber {
        p.teks(
            "sumber_dokumen",
            &d.sumber_dokumen,
            Medan::Atas("sumber_dokumen"),
        );
    }
    p.baris("", Medan::Lain);
    for field in [
        "dasar_hukum",
        "kualifikasi_pelaksana",
        "keterkaitan",
        "peralatan_perlengkapan",
        "peringatan",
        "pencatatan_pendataan",
    ] {
        p.daftar(
            field_static(field),
            d.kotak(field),
            Medan::Atas(field_static(field)),
            true,
        );
    }
    p.baris("", Medan::Lain);
    p.daftar("pelaksana", &d.pelaksana, Medan::Atas("pelaksana"), false);
    // One signatory with the default label as a plain table, which every
    // reader of the format takes; several (or another label) as an array.
    let array = d.disahkan_oleh.len() > 1 || d.disahkan_oleh.iter().any(|s| s.peran.is_some());
    for (i, s) in d.disahkan_oleh.iter().enumerate() {
        p.baris("", Medan::Lain);
        p.baris(
            if array {
                "[[disahkan_oleh]]"
            } else {
                "[disahkan_oleh]"
            },
            Medan::Pengesah(i, "jabatan"),
        );
        if let Some(v) = &s.peran {
            p.teks("peran", v, Medan::Pengesah(i, "peran"));
        }
        p.teks("jabatan", &s.jabatan, Medan::Pengesah(i, "jabatan"));
        for (key, v) in [("nama", &s.nama), ("pangkat", &s.pangkat), ("nip", &s.nip)] {
            if let Some(v) = v {
                p.teks(key, v, Medan::Pengesah(i, key));
            }
        }
    }
    let pakai_no = d
        .langkah
        .iter()
        .enumerate()
        .any(|(i, l)| l.no != i as u32 + 1);
    for (i, l) in d.langkah.iter().enumerate() {
        p.baris("", Medan::Lain);
        p.baris("[[langkah]]", Medan::Langkah(i, "kegiatan"));
        if pakai_no {
            p.baris(&format!("no = {}", l.no), Medan::Langkah(i, "no"));
        }
        p.teks("kegiatan", &l.kegiatan, Medan::Langkah(i, "kegiatan"));
        let names: Vec<String> = l
            .pelaksana
            .iter()
            .map(|&k| d.pelaksana[k].clone())
            .collect();
        p.daftar("pelaksana", &names, Medan::Langkah(i, "pelaksana"), true);
        p.daftar(
            "kelengkapan",
            &l.kelengkapan,
            Medan::Langkah(i, "kelengkapan"),
            true,
        );
        if let Some(v) = &l.waktu {
            p.teks("waktu", v, Medan::Langkah(i, "waktu"));
        }
        p.daftar("output", &l.output, Medan::Langkah(i, "output"), true);
        if let Some(v) = &l.keterangan {
            p.teks("keterangan", v, Medan::Langkah(i, "keterangan"));
        }
        if let Some(v) = &l.penanggung_jawab {
            p.teks("penanggung_jawab", v, Medan::Langkah(i, "penanggung_jawab"));
        }
        for (key, v) in [("tidak", l.tidak), ("ya", l.ya), ("lanjut", l.lanjut)] {
            if let Some(v) = v {
                p.baris(&format!("{key} = {v}"), Medan::Langkah(i, key));
            }
        }
        // Branch labels belong to a decision: a step whose `tidak` was
        // taken out has none (the parser warns of labels on a step that
        // is not a decision).
        for (key, v) in [("label_ya", &l.label_ya), ("label_tidak", &l.label_tidak)] {
            if let Some(v) = v.as_ref().filter(|_| l.tidak.is_some()) {
                p.teks(key, v, Medan::Langkah(i, key));
            }
        }
    }
    p.baris("+++", Medan::Lain);
    p.teks.push('\n');
    p.teks.push_str(&catatan_md(d));
    (p.teks, p.medan)
}

fn field_static(f: &str) -> &'static str {
    match f {
        "dasar_hukum" => "dasar_hukum",
        "kualifikasi_pelaksana" => "kualifikasi_pelaksana",
        "keterkaitan" => "keterkaitan",
        "peralatan_perlengkapan" => "peralatan_perlengkapan",
        "peringatan" => "peringatan",
        _ => "pencatatan_pendataan",
    }
}

fn catatan_md(d: &Draf) -> String {
    let mut s = String::from("## Catatan impor\n\n");
    s.push_str(&format!(
        "SOP ini diimpor otomatis dari {} dan berstatus draf. ",
        teks::kutip(&d.sumber_dokumen)
    ));
    if d.catatan.is_empty() {
        s.push_str("Tidak ada yang ditebak: periksa tetap isinya dengan dokumen asli sebelum diberlakukan.\n");
    } else {
        s.push_str("Periksa butir berikut dengan dokumen asli sebelum diberlakukan:\n\n");
        for c in &d.catatan {
            s.push_str("- ");
            s.push_str(c);
            s.push('\n');
        }
    }
    s
}

/// A date field's value taken out: the date, or the blank row.
fn tanggal(d: &mut Draf, field: &str) -> Option<String> {
    let t = match field {
        "tanggal_pembuatan" => d.tanggal_pembuatan.take(),
        "tanggal_revisi" => d.tanggal_revisi.take(),
        "tanggal_efektif" => d.tanggal_efektif.take(),
        _ => d.tanggal_pengesahan.take(),
    };
    match t {
        Some(t) => Some(t.to_string()),
        None => {
            let at = d.tanggal_kosong.iter().position(|(f, _)| *f == field)?;
            Some(d.tanggal_kosong.remove(at).1.to_string())
        }
    }
}

/// Takes a value out of the draft; returns what it held, for the notes.
fn cabut(d: &mut Draf, m: &Medan) -> Option<(String, String)> {
    let list = |v: &[String]| v.join("; ");
    let nomor_langkah = |d: &Draf, i: usize| d.langkah.get(i).map_or(0, |l| l.no);
    Some(match m {
        Medan::Atas(f) => {
            let f = *f;
            let (label, isi) = match f {
                "nomor" => ("Nomor SOP", d.nomor.take()?),
                "pemerintah" => ("Pemerintah", d.pemerintah.take()?),
                "instansi" => ("Instansi", d.instansi.take()?),
                "unit" => ("Unit", list(&std::mem::take(&mut d.unit))),
                "tanggal_pembuatan" => ("Tanggal Pembuatan", tanggal(d, "tanggal_pembuatan")?),
                "tanggal_revisi" => ("Tanggal Revisi", tanggal(d, "tanggal_revisi")?),
                "tanggal_efektif" => ("Tanggal Efektif", tanggal(d, "tanggal_efektif")?),
                "tanggal_pengesahan" => ("Tanggal Pengesahan", tanggal(d, "tanggal_pengesahan")?),
                "sumber_dokumen" => {
                    d.tanpa_sumber = true;
                    return None;
                }
                "dasar_hukum"
                | "kualifikasi_pelaksana"
                | "keterkaitan"
                | "peralatan_perlengkapan"
                | "peringatan"
                | "pencatatan_pendataan" => (judul_kotak(f), list(&std::mem::take(d.kotak_mut(f)))),
                _ => return None,
            };
            (label.to_string(), isi)
        }
        Medan::Pengesah(i, f) => {
            let s = d.disahkan_oleh.get_mut(*i)?;
            let isi = match *f {
                "peran" => s.peran.take()?,
                "nama" => s.nama.take()?,
                "pangkat" => s.pangkat.take()?,
                "nip" => s.nip.take()?,
                _ => {
                    let s = d.disahkan_oleh.remove(*i);
                    return Some(("Disahkan oleh".into(), s.jabatan));
                }
            };
            (format!("Disahkan oleh, {f}"), isi)
        }
        Medan::Langkah(i, f) => {
            let no = nomor_langkah(d, *i);
            let l = d.langkah.get_mut(*i)?;
            let isi = match *f {
                "no" => {
                    // The numbers go for every step at once, and targets
                    // written as printed numbers become positions.
                    let old: Vec<u32> = d.langkah.iter().map(|l| l.no).collect();
                    if old.iter().enumerate().all(|(i, &n)| n == i as u32 + 1) {
                        return None;
                    }
                    let pos = |n: u32| old.iter().position(|&o| o == n).map(|i| i as u32 + 1);
                    let shown = old
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", ");
                    for (i, l) in d.langkah.iter_mut().enumerate() {
                        l.no = i as u32 + 1;
                        l.tidak = l.tidak.and_then(pos);
                        l.ya = l.ya.and_then(pos);
                        l.lanjut = l.lanjut.and_then(pos);
                    }
                    return Some((
                        "Nomor langkah".into(),
                        format!("nomor pada sumber: {shown}; ditulis 1 sampai {}", old.len()),
                    ));
                }
                "kelengkapan" => list(&std::mem::take(&mut l.kelengkapan)),
                "output" => list(&std::mem::take(&mut l.output)),
                "waktu" => l.waktu.take()?,
                "keterangan" => l.keterangan.take()?,
                "penanggung_jawab" => l.penanggung_jawab.take()?,
                "tidak" => l.tidak.take()?.to_string(),
                "ya" => l.ya.take()?.to_string(),
                "lanjut" => l.lanjut.take()?.to_string(),
                "label_ya" => l.label_ya.take()?,
                "label_tidak" => l.label_tidak.take()?,
                _ => return None,
            };
            (format!("Langkah {no}, {f}"), isi)
        }
        Medan::Lain => return None,
    })
}

/// The file text of a draft, checked with the content parser. Values the
/// parser rejects are taken out and quoted in the notes. `Err` when the
/// SOP cannot be made valid (a parser message).
pub fn tulis(d: &mut Draf, path: &str) -> Result<String, String> {
    for _ in 0..12 {
        let (teks, medan) = susun(d);
        let file = SourceFile::new(format!("{path}.md"), teks.clone());
        let (sop, diags) = parse_sop(file, path.to_string());
        let mut errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
        // Last line first: taking out a signatory must not shift the
        // indices of the ones before it.
        errors.sort_by_key(|e| std::cmp::Reverse(e.location.as_ref().map_or(0, |l| l.line)));
        if sop.is_some() && errors.is_empty() {
            return Ok(teks);
        }
        let mut changed = false;
        for e in &errors {
            let Some(line) = e.location.as_ref().map(|l| l.line) else {
                continue;
            };
            let m = medan.get(line - 1).cloned().unwrap_or(Medan::Lain);
            if let Some((label, isi)) = cabut(d, &m) {
                changed = true;
                d.catat(format!(
                    "{label}: nilai {} ditolak pemeriksa format ({}); tidak dimasukkan, isi sendiri bila perlu.",
                    teks::kutip(&isi),
                    teks::md(&e.message)
                ));
            } else if matches!(m, Medan::Atas("sumber_dokumen")) {
                changed = true;
            }
        }
        if !changed {
            let first = errors
                .first()
                .map_or("tidak diketahui".to_string(), |e| e.message.clone());
            return Err(first);
        }
    }
    Err("terlalu banyak nilai yang ditolak".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::impor::draf::{Langkah, Pengesah};

    fn draf() -> Draf {
        Draf {
            nama: Some("Surat \"Masuk\"\\".into()),
            sumber_dokumen: "a.docx".into(),
            pelaksana: vec!["Staf".into(), "Kepala".into()],
            disahkan_oleh: vec![Pengesah {
                jabatan: "Kepala Dinas".into(),
                nip: Some("19701231 199803 1 0691".into()),
                ..Pengesah::default()
            }],
            langkah: vec![
                Langkah {
                    no: 1,
                    kegiatan: "Menerima".into(),
                    pelaksana: vec![0],
                    waktu: Some("10 menit".into()),
                    ..Langkah::default()
                },
                Langkah {
                    no: 2,
                    kegiatan: "Memeriksa".into(),
                    pelaksana: vec![0, 1],
                    tidak: Some(1),
                    ..Langkah::default()
                },
            ],
            ..Draf::default()
        }
    }

    #[test]
    fn escapes_and_checks() {
        assert_eq!(toml_str("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
        let mut d = draf();
        let text = tulis(&mut d, "x").unwrap();
        assert!(
            text.contains("nama = \"Surat \\\"Masuk\\\"\\\\\""),
            "{text}"
        );
        assert!(
            text.contains("pelaksana = [\"Staf\", \"Kepala\"]")
                || text.contains("pelaksana = [\n  \"Staf\",\n  \"Kepala\",\n]"),
            "{text}"
        );
        // The 19-digit NIP was rejected by the parser, and quoted.
        assert!(!text.contains("nip ="), "{text}");
        assert!(
            d.catatan
                .iter()
                .any(|c| c.contains("19701231 199803 1 0691")),
            "{:?}",
            d.catatan
        );
        assert!(text.contains("## Catatan impor"));
        assert!(text.contains("tidak = 1"));
    }

    #[test]
    fn no_branch_labels_without_the_decision() {
        // A "Tidak" back to the step itself is rejected and taken out; its
        // labels go with it rather than draw a warning.
        let mut d = draf();
        d.langkah[1].tidak = Some(2);
        d.langkah[1].label_ya = Some("Setuju".into());
        d.langkah[1].label_tidak = Some("Ditolak".into());
        let text = tulis(&mut d, "x").unwrap();
        assert!(!text.contains("tidak = 2"), "{text}");
        assert!(!text.contains("label_"), "{text}");
        let (sop, diags) = parse_sop(SourceFile::new("x.md", text.clone()), "x".into());
        assert!(sop.is_some() && diags.is_empty(), "{text}\n{diags:#?}");
    }
}
