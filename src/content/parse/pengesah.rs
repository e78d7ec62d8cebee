//! `disahkan_oleh` and `riwayat`: who signed the SOP and its revisions,
//! with their NIPs checked.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::content::fields::{
    MAX_PENGESAH, PENGESAH_FIELDS, RIWAYAT_FIELDS, Reader, SOP_FIELDS, TRAPS, Trap, Value,
};
use crate::content::model::{Pengesah, Riwayat};

/// `disahkan_oleh`: one table, or several (`[[disahkan_oleh]]`).
pub(super) fn read_pengesah(r: &mut Reader, v: &Value) -> Vec<Pengesah> {
    let example = crate::pesan!(
        "`[disahkan_oleh]` dengan `jabatan = \"...\"`, atau beberapa `[[disahkan_oleh]]`",
        "`[disahkan_oleh]` with `jabatan = \"...\"`, or several `[[disahkan_oleh]]`"
    );
    match v.get_ref() {
        DeValue::Table(t) => read_one_pengesah(r, t, v.span(), "[disahkan_oleh]")
            .into_iter()
            .collect(),
        DeValue::Array(items) => {
            if items.is_empty() {
                r.error(
                    v.span(),
                    crate::pesan!("`disahkan_oleh` kosong", "`disahkan_oleh` is empty"),
                    crate::pesan!(
                        "tulis penanda tangan dalam tabel `[[disahkan_oleh]]` dengan `jabatan`, atau hapus baris ini",
                        "write each signatory as a `[[disahkan_oleh]]` table with `jabatan`, or remove the line"
                    ),
                );
            }
            if items.len() > MAX_PENGESAH {
                let n = items.len();
                r.error(
                    v.span(),
                    crate::pesan!(
                        "terlalu banyak penanda tangan ({n}); paling banyak {MAX_PENGESAH}",
                        "too many signatories ({n}); at most {MAX_PENGESAH}"
                    ),
                    crate::pesan!(
                        "formulir SOP memuat beberapa penanda tangan saja",
                        "the form has room for a few signatories"
                    ),
                );
                return Vec::new();
            }
            items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => read_one_pengesah(r, t, item.span(), "[[disahkan_oleh]]"),
                    _ => {
                        r.wrong_type(
                            "disahkan_oleh",
                            item,
                            &crate::pesan!("tabel", "a table"),
                            "`{ jabatan = \"...\", nama = \"...\" }`",
                        );
                        None
                    }
                })
                .collect()
        }
        _ => {
            r.wrong_type(
                "disahkan_oleh",
                v,
                &crate::pesan!("tabel atau daftar tabel", "a table or a list of tables"),
                &example,
            );
            Vec::new()
        }
    }
}

fn read_one_pengesah(
    r: &mut Reader,
    t: &DeTable,
    span: Range<usize>,
    header: &str,
) -> Option<Pengesah> {
    let trap = Trap {
        header,
        name: "disahkan_oleh",
        fields: SOP_FIELDS,
        inline: if header.starts_with("[[") {
            "disahkan_oleh = [{ peran = \"Dibuat oleh\", jabatan = \"...\" }, { peran = \"Disetujui oleh\", jabatan = \"...\" }]"
        } else {
            TRAPS[0].1
        },
    };
    r.unknown_keys(t, PENGESAH_FIELDS, "disahkan_oleh", Some(&trap));
    let get = |r: &mut Reader, name: &str| {
        t.get(name).and_then(|v| {
            r.string(
                &format!("disahkan_oleh.{name}"),
                v,
                &format!("`{name} = \"...\"`"),
            )
        })
    };
    let peran = get(r, "peran");
    let jabatan = get(r, "jabatan");
    if !t.contains_key("jabatan") {
        r.error_near(
            span,
            crate::pesan!(
                "kolom wajib `jabatan` tidak ada di `disahkan_oleh`",
                "missing required field `jabatan` in `disahkan_oleh`"
            ),
            crate::pesan!(
                "tambahkan jabatan penanda tangan, misalnya `jabatan = \"Kepala Dinas Sosial\"`",
                "add the signatory's position, e.g. `jabatan = \"Kepala Dinas Sosial\"`"
            ),
        );
    }
    let nama = get(r, "nama");
    let pangkat = get(r, "pangkat");
    let nip = match (get(r, "nip"), t.get("nip")) {
        (Some(nip), Some(nv)) => read_nip(r, &nip, nv.span()),
        _ => None,
    };
    Some(Pengesah {
        peran,
        jabatan: jabatan?,
        nama,
        pangkat,
        nip,
    })
}

/// A NIP as written, without a leading "NIP", "NIP." or "NIP:"; it must
/// have 18 digits once spaces and dots are removed.
pub fn nip_digits(written: &str) -> (String, String) {
    let t = written.trim();
    let body = if t.len() >= 3 && t[..3].eq_ignore_ascii_case("nip") {
        t[3..].trim_start_matches(['.', ':', ' ', '\u{a0}']).trim()
    } else {
        t
    };
    let digits: String = body
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    (body.to_string(), digits)
}

fn read_nip(r: &mut Reader, nip: &str, span: Range<usize>) -> Option<String> {
    let (body, digits) = nip_digits(nip);
    let counted = digits.chars().filter(char::is_ascii_digit).count();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        r.error(
            span,
            crate::pesan!(
                "NIP \"{nip}\" memuat tanda selain angka",
                "NIP \"{nip}\" holds characters other than digits"
            ),
            crate::pesan!(
                "NIP terdiri dari 18 angka, biasanya ditulis \"19701231 199803 1 069\"; spasi, titik dan awalan \"NIP.\" boleh",
                "a NIP is 18 digits, usually written \"19701231 199803 1 069\"; spaces, dots and a leading \"NIP.\" are allowed"
            ),
        );
        return None;
    }
    if counted != 18 {
        r.error(
            span,
            crate::pesan!(
                "NIP \"{nip}\" berisi {counted} angka, bukan 18",
                "NIP \"{nip}\" has {counted} digits, not 18"
            ),
            crate::pesan!(
                "NIP terdiri dari 18 angka (8 tanggal lahir, 6 TMT, 1 jenis kelamin, 3 nomor urut), biasanya ditulis \"19701231 199803 1 069\"; periksa angka yang kurang atau lebih",
                "a NIP is 18 digits (8 birth date, 6 appointment, 1 sex, 3 serial), usually written \"19701231 199803 1 069\"; look for a digit missing or repeated"
            ),
        );
        return None;
    }
    Some(body)
}

/// `[[riwayat]]`: the revision history, revisions increasing.
pub(super) fn read_riwayat(r: &mut Reader, v: &Value) -> Vec<Riwayat> {
    let DeValue::Array(items) = v.get_ref() else {
        r.wrong_type(
            "riwayat",
            v,
            &crate::pesan!(
                "daftar tabel `[[riwayat]]`",
                "a list of `[[riwayat]]` tables"
            ),
            &crate::pesan!(
                "`[[riwayat]]` dengan `revisi`, `tanggal` dan `uraian`",
                "`[[riwayat]]` with `revisi`, `tanggal` and `uraian`"
            ),
        );
        return Vec::new();
    };
    let trap = Trap {
        header: "[[riwayat]]",
        name: "riwayat",
        fields: SOP_FIELDS,
        inline: TRAPS[1].1,
    };
    let mut out: Vec<Riwayat> = Vec::with_capacity(items.len());
    for item in items.iter() {
        let Some(t) = item.get_ref().as_table() else {
            r.wrong_type(
                "riwayat",
                item,
                &crate::pesan!("tabel", "a table"),
                &crate::pesan!(
                    "`[[riwayat]]` dengan `revisi`, `tanggal` dan `uraian`",
                    "`[[riwayat]]` with `revisi`, `tanggal` and `uraian`"
                ),
            );
            continue;
        };
        r.unknown_keys(t, RIWAYAT_FIELDS, "riwayat", Some(&trap));
        for name in ["revisi", "tanggal", "uraian"] {
            if !t.contains_key(name) {
                r.error_near(
                    item.span(),
                    crate::pesan!(
                        "kolom wajib `{name}` tidak ada di `[[riwayat]]`",
                        "missing required field `{name}` in `[[riwayat]]`"
                    ),
                    crate::pesan!(
                        "setiap `[[riwayat]]` memuat `revisi` (nomor revisi), `tanggal` dan `uraian` (apa yang berubah)",
                        "each `[[riwayat]]` has `revisi` (the revision number), `tanggal` and `uraian` (what changed)"
                    ),
                );
            }
        }
        let revisi = t.get("revisi").and_then(|rv| {
            let n = match rv.get_ref() {
                DeValue::Integer(i) => i.as_str().replace('_', "").parse::<u32>().ok(),
                _ => {
                    r.wrong_type(
                        "riwayat.revisi",
                        rv,
                        &crate::pesan!("bilangan bulat", "a whole number"),
                        "`revisi = 1`",
                    );
                    return None;
                }
            };
            if n.is_none() {
                r.error(
                    rv.span(),
                    crate::pesan!(
                        "`revisi` bukan nomor revisi yang wajar",
                        "`revisi` is not a plausible revision number"
                    ),
                    crate::pesan!(
                        "tulis `revisi = 1`, `revisi = 2`, ...",
                        "write `revisi = 1`, `revisi = 2`, ..."
                    ),
                );
            }
            if let (Some(n), Some(prev)) = (n, out.last())
                && n <= prev.revisi
            {
                let p = prev.revisi;
                r.error(
                    rv.span(),
                    crate::pesan!(
                        "revisi {n} ditulis sesudah revisi {p}",
                        "revision {n} comes after revision {p}"
                    ),
                    crate::pesan!(
                        "tulis riwayat dari revisi terlama ke terbaru, nomornya naik",
                        "write the history oldest first, with increasing revision numbers"
                    ),
                );
                return None;
            }
            n
        });
        let tanggal = t
            .get("tanggal")
            .and_then(|tv| r.date("riwayat.tanggal", tv));
        let uraian = t
            .get("uraian")
            .and_then(|uv| r.string("riwayat.uraian", uv, "`uraian = \"...\"`"));
        let disahkan_oleh = t.get("disahkan_oleh").and_then(|dv| {
            r.string(
                "riwayat.disahkan_oleh",
                dv,
                "`disahkan_oleh = \"Kepala Dinas\"`",
            )
        });
        if let (Some(revisi), Some(uraian)) = (revisi, uraian) {
            out.push(Riwayat {
                revisi,
                tanggal,
                uraian,
                disahkan_oleh,
            });
        }
    }
    out
}
