//! `pelaksana` and `langkah`: the SOP's actors and its steps, each step's
//! actors, numbers and the steps its branches lead to.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::content::fields::{LANGKAH_FIELDS, MAX_LANGKAH, MAX_PELAKSANA, Reader, Value};
use crate::content::model::Langkah;
use crate::content::pelaksana::normal_in_sop;
use crate::content::waktu::Waktu;
use crate::diagnostic::closest;

pub(super) fn read_pelaksana(r: &mut Reader, v: &Value) -> Option<Vec<String>> {
    if !v.get_ref().is_array() {
        r.wrong_type(
            "pelaksana",
            v,
            &crate::pesan!("daftar teks", "a list of strings"),
            "`pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
        );
        return None;
    }
    let names = r.list("pelaksana", v, false);
    if names.is_empty() && v.get_ref().is_array() {
        r.error(
            v.span(),
            crate::pesan!("`pelaksana` kosong", "`pelaksana` is empty"),
            crate::pesan!(
                "sebutkan para pelaksana, misalnya `pelaksana = [\"Kepala Dinas\", \"Staf\"]`",
                "list the actors, e.g. `pelaksana = [\"Kepala Dinas\", \"Staf\"]`"
            ),
        );
    }
    if names.len() > MAX_PELAKSANA {
        let n = names.len();
        r.error(
            v.span(),
            crate::pesan!(
                "terlalu banyak pelaksana ({n}); sebuah SOP paling banyak punya {MAX_PELAKSANA}",
                "too many pelaksana ({n}); an SOP has at most {MAX_PELAKSANA}"
            ),
            crate::pesan!(
                "setiap pelaksana menjadi satu kolom formulir cetak: kelompokkan pelaksana menurut perannya, atau pecah SOP ini",
                "each pelaksana is a column of the printed form: group actors by role, or split the SOP"
            ),
        );
        // Not checked further, nor the steps against it: a list that long
        // is a mistake of its own (a stray quote can make thousands of
        // names, and reporting each duplicate took seconds).
        return None;
    }
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for name in &names {
        if seen
            .insert(normal_in_sop(name.get_ref()), name.span())
            .is_some()
        {
            let written = name.get_ref();
            r.error(
                name.span(),
                crate::pesan!(
                    "nama \"{written}\" tertulis dua kali di `pelaksana`",
                    "duplicate name \"{written}\" in `pelaksana`"
                ),
                crate::pesan!(
                    "setiap pelaksana menjadi satu kolom diagram alir: sebutkan sekali saja",
                    "each actor is one column of the flowchart: list it once"
                ),
            );
        }
    }
    Some(names.into_iter().map(Spanned::into_inner).collect())
}

pub(super) fn read_langkah(
    r: &mut Reader,
    v: &Value,
    pelaksana: Option<&[String]>,
) -> Vec<Langkah> {
    let items = match v.get_ref() {
        DeValue::Array(items) => items,
        DeValue::Table(_) => {
            r.error(
                v.span(),
                crate::pesan!(
                    "`langkah` harus berupa daftar langkah",
                    "`langkah` must be a list of steps"
                ),
                crate::pesan!(
                    "tulis setiap langkah di bawah baris `[[langkah]]`-nya sendiri (dua kurung siku)",
                    "write each step under its own `[[langkah]]` header (two square brackets)"
                ),
            );
            return Vec::new();
        }
        _ => {
            r.wrong_type(
                "langkah",
                v,
                &crate::pesan!("daftar langkah", "a list of steps"),
                &crate::pesan!(
                    "baris `[[langkah]]`, satu untuk setiap langkah",
                    "`[[langkah]]` headers, one per step"
                ),
            );
            return Vec::new();
        }
    };
    if items.is_empty() {
        r.error(
            v.span(),
            crate::pesan!("`langkah` tidak berisi langkah", "`langkah` has no steps"),
            crate::pesan!(
                "SOP punya paling sedikit satu langkah: tambahkan tabel `[[langkah]]`",
                "an SOP has at least one step: add a `[[langkah]]` table"
            ),
        );
        return Vec::new();
    }
    if items.len() > MAX_LANGKAH {
        let n = items.len();
        r.error(
            items.get(MAX_LANGKAH).map_or(v.span(), |s| s.span()),
            crate::pesan!(
                "terlalu banyak langkah ({n}); sebuah SOP paling banyak punya {MAX_LANGKAH}",
                "too many steps ({n}); an SOP has at most {MAX_LANGKAH}"
            ),
            crate::pesan!(
                "pecah prosedur ini menjadi beberapa SOP dan hubungkan lewat `keterkaitan`",
                "split the procedure into several SOPs and link them through `keterkaitan`"
            ),
        );
        return Vec::new();
    }
    let tables: Vec<Option<&DeTable>> = items.iter().map(|s| s.get_ref().as_table()).collect();
    let numbers = step_numbers(r, items, &tables);
    let mut targets = Targets {
        by_number: numbers.iter().enumerate().map(|(i, &n)| (n, i)).collect(),
        numbers: &numbers,
        custom: tables
            .iter()
            .any(|t| t.is_some_and(|t| t.contains_key("no"))),
        ids: HashMap::new(),
    };
    // Ids first, so that `ya`/`tidak`/`lanjut` may point forward.
    for (i, t) in tables.iter().enumerate() {
        if let Some(idv) = t.and_then(|t| t.get("id"))
            && let Some(id) = idv.get_ref().as_str()
            && targets.ids.insert(id.trim().to_string(), i).is_some()
        {
            let id = id.trim();
            r.error(
                idv.span(),
                crate::pesan!(
                    "id langkah \"{id}\" dipakai dua kali",
                    "duplicate step id \"{id}\""
                ),
                crate::pesan!(
                    "beri setiap langkah `id` yang berbeda",
                    "give each step a different `id`"
                ),
            );
        }
    }
    let mut steps = Vec::with_capacity(items.len());
    for (i, (item, t)) in items.iter().zip(&tables).enumerate() {
        let Some(t) = t else {
            r.wrong_type(
                "langkah",
                item,
                &crate::pesan!("tabel", "a table"),
                &crate::pesan!(
                    "`[[langkah]]` diikuti kolom-kolom langkah itu",
                    "`[[langkah]]` followed by the step's fields"
                ),
            );
            continue;
        };
        if let Some(step) = read_step(r, t, item.span(), i, pelaksana, &targets) {
            steps.push(step);
        }
    }
    steps
}

/// How `ya`, `tidak` and `lanjut` find their step: by printed number (the
/// source's own `no`, or the step's place) or by `id`.
struct Targets<'n> {
    /// The printed number of each step.
    numbers: &'n [usize],
    by_number: HashMap<usize, usize>,
    /// Whether the SOP numbers its steps itself (`no`).
    custom: bool,
    ids: HashMap<String, usize>,
}

impl Targets<'_> {
    /// "1 sampai 12", or the numbers themselves when the SOP gives its own.
    fn numbering(&self) -> String {
        let count = self.numbers.len();
        if self.custom {
            let list: Vec<String> = self.numbers.iter().map(ToString::to_string).collect();
            crate::pesan!(
                "nomor langkah SOP ini (`no`): {}",
                "this SOP's step numbers (`no`): {}",
                list.join(", ")
            )
        } else {
            crate::pesan!(
                "langkah bernomor 1 sampai {count}",
                "steps are numbered 1 to {count}"
            )
        }
    }
}

/// The number printed for each step: `no` where the SOP gives its own
/// numbering (then every step must, increasing), else 1, 2, 3, ...
fn step_numbers(r: &mut Reader, items: &[Value], tables: &[Option<&DeTable>]) -> Vec<usize> {
    let places: Vec<usize> = (1..=items.len()).collect();
    let given: Vec<Option<&Value>> = tables.iter().map(|t| t.and_then(|t| t.get("no"))).collect();
    let Some(first) = given.iter().position(Option::is_some) else {
        return places;
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, (v, item)) in given.iter().zip(items).enumerate() {
        let place = i + 1;
        let Some(v) = v else {
            if tables[i].is_some() {
                let at = first + 1;
                r.error_near(
                    item.span(),
                    crate::pesan!(
                        "langkah ke-{place} tidak punya `no`, padahal langkah ke-{at} punya",
                        "step {place} has no `no`, but step {at} has one"
                    ),
                    crate::pesan!(
                        "bila satu langkah memakai `no` (nomor seperti tercetak pada sumber), setiap langkah harus memakainya",
                        "when one step sets `no` (the number the source prints), every step must"
                    ),
                );
            }
            ok = false;
            out.push(place);
            continue;
        };
        let n = match v.get_ref() {
            DeValue::Integer(n) => n.as_str().replace('_', "").parse::<usize>().ok(),
            _ => {
                r.wrong_type(
                    "no",
                    v,
                    &crate::pesan!("bilangan bulat", "a whole number"),
                    "`no = 4`",
                );
                ok = false;
                out.push(place);
                continue;
            }
        };
        let Some(n) = n.filter(|&n| (1..=100_000).contains(&n)) else {
            r.error(
                v.span(),
                crate::pesan!(
                    "`no` harus bilangan bulat positif",
                    "`no` must be a positive whole number"
                ),
                crate::pesan!(
                    "tulis nomor seperti tercetak di kolom No, misalnya `no = 4`",
                    "write the number printed in the No column, e.g. `no = 4`"
                ),
            );
            ok = false;
            out.push(place);
            continue;
        };
        if let Some(&prev) = out.last()
            && ok
            && n <= prev
        {
            r.error(
                v.span(),
                crate::pesan!(
                    "`no = {n}` tidak lebih besar dari nomor langkah sebelumnya ({prev})",
                    "`no = {n}` is not greater than the previous step's number ({prev})"
                ),
                crate::pesan!(
                    "nomor langkah (`no`) harus naik: boleh melompat (1, 2, 4), tidak boleh berulang atau mundur",
                    "step numbers (`no`) must increase: they may skip (1, 2, 4), not repeat or go back"
                ),
            );
            ok = false;
        }
        out.push(n);
    }
    if ok { out } else { places }
}

fn read_step(
    r: &mut Reader,
    t: &DeTable,
    header: Range<usize>,
    index: usize,
    pelaksana: Option<&[String]>,
    targets: &Targets,
) -> Option<Langkah> {
    let no = targets.numbers[index];
    let context = format!("langkah {no}");
    r.unknown_keys(t, LANGKAH_FIELDS, &context, None);
    let required = |r: &mut Reader, name: &str, example: &str| {
        let v = t.get(name);
        if v.is_none() {
            r.error_near(
                header.clone(),
                crate::pesan!(
                    "langkah {no} tidak punya `{name}`",
                    "step {no} has no `{name}`"
                ),
                crate::pesan!(
                    "tambahkan {example} ke `[[langkah]]` ini",
                    "add {example} to this `[[langkah]]`"
                ),
            );
        }
        v
    };
    let kegiatan = required(r, "kegiatan", "`kegiatan = \"...\"`")
        .and_then(|v| r.string("kegiatan", v, "`kegiatan = \"...\"`"));
    let actors =
        required(r, "pelaksana", "`pelaksana = \"...\"`").map(|v| step_actors(r, v, pelaksana, no));
    let opt_string = |r: &mut Reader, name: &str| {
        t.get(name)
            .and_then(|v| r.string(name, v, &format!("`{name} = \"...\"`")))
    };
    let list =
        |r: &mut Reader, name: &str| t.get(name).map(|v| r.strings(name, v)).unwrap_or_default();
    let waktu = t.get("waktu").and_then(|v| {
        let DeValue::String(text) = v.get_ref() else {
            r.wrong_type(
                "waktu",
                v,
                &crate::pesan!("teks", "a string"),
                "`waktu = \"10 menit\"`",
            );
            return None;
        };
        if text.trim().is_empty() {
            return None;
        }
        match Waktu::parse(text) {
            Ok(w) => Some(w),
            Err(e) => {
                r.error(v.span(), e.message, e.hint);
                None
            }
        }
    });
    let target = |r: &mut Reader, name: &str| {
        t.get(name)
            .and_then(|v| step_target(r, name, v, index, targets))
    };
    let tidak = target(r, "tidak");
    let ya = target(r, "ya");
    let lanjut = target(r, "lanjut");
    let decision = t.contains_key("tidak");
    if let (Some(yv), false) = (t.get("ya"), decision) {
        r.warning(
            yv.span(),
            crate::pesan!(
                "langkah {no} punya `ya` tetapi tidak punya `tidak`, jadi bukan keputusan",
                "step {no} has `ya` but no `tidak`, so it is not a decision"
            ),
            crate::pesan!(
                "tambahkan `tidak` (ke mana alur berlanjut bila jawabannya \"Tidak\"), atau pakai `lanjut` untuk langkah biasa yang tidak berlanjut ke langkah berikutnya",
                "add `tidak` (where the flow goes when the answer is \"Tidak\"), or use `lanjut` for a plain step that does not go on to the next one"
            ),
        );
    }
    if let (Some(yv), true) = (t.get("ya"), decision && index + 1 == targets.numbers.len()) {
        r.warning(
            yv.span(),
            crate::pesan!(
                "langkah terakhir ({no}) adalah keputusan yang kedua jalannya kembali ke langkah lain, jadi prosedur tidak pernah selesai",
                "the last step ({no}) is a decision whose two exits both lead back, so the procedure never ends"
            ),
            crate::pesan!(
                "hapus `ya` supaya \"Ya\" menuju akhir prosedur (Selesai), atau tambahkan langkah penutup",
                "remove `ya` so that \"Ya\" leads to the end (Selesai), or add a closing step"
            ),
        );
    }
    if let (Some(lv), true) = (t.get("lanjut"), decision) {
        r.error(
            lv.span(),
            crate::pesan!(
                "`lanjut` pada langkah keputusan {no}",
                "`lanjut` on decision step {no}"
            ),
            crate::pesan!(
                "keputusan punya dua jalan keluar, `ya` dan `tidak`: tulis tujuannya di sana dan hapus `lanjut`",
                "a decision has two exits, `ya` and `tidak`: write its targets there and remove `lanjut`"
            ),
        );
    }
    let label = |r: &mut Reader, name: &str| {
        let v = t.get(name)?;
        let text = r.string(name, v, &format!("`{name} = \"Setuju\"`"))?;
        if !decision {
            r.warning(
                v.span(),
                crate::pesan!(
                    "`{name}` pada langkah {no}, yang bukan keputusan",
                    "`{name}` on step {no}, which is not a decision"
                ),
                crate::pesan!(
                    "label cabang hanya tampil pada keputusan (langkah dengan `tidak`)",
                    "branch labels show on decisions only (steps with `tidak`)"
                ),
            );
        }
        Some(text)
    };
    let label_ya = label(r, "label_ya");
    let label_tidak = label(r, "label_tidak");
    let kelengkapan = list(r, "kelengkapan");
    let output = list(r, "output");
    let keterangan = opt_string(r, "keterangan");
    let penanggung_jawab = opt_string(r, "penanggung_jawab");
    let id = opt_string(r, "id");
    Some(Langkah {
        no,
        kegiatan: kegiatan?,
        pelaksana: actors.filter(|a| !a.is_empty())?,
        kelengkapan,
        waktu,
        output,
        keterangan,
        penanggung_jawab,
        id,
        tidak,
        ya,
        lanjut: if decision { None } else { lanjut },
        label_ya,
        label_tidak,
    })
}

fn step_actors(r: &mut Reader, v: &Value, pelaksana: Option<&[String]>, no: usize) -> Vec<usize> {
    let names = r.list("pelaksana", v, true);
    if names.is_empty() && v.get_ref().is_array() {
        r.error(
            v.span(),
            crate::pesan!(
                "`pelaksana` langkah {no} kosong",
                "step {no} has an empty `pelaksana`"
            ),
            crate::pesan!(
                "sebutkan siapa yang melakukan langkah ini",
                "name who does this step"
            ),
        );
    }
    let Some(pelaksana) = pelaksana else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::with_capacity(names.len());
    for name in names {
        let wanted = normal_in_sop(name.get_ref());
        let written = name.get_ref();
        match pelaksana.iter().position(|p| normal_in_sop(p) == wanted) {
            Some(i) if out.contains(&i) => r.error(
                name.span(),
                crate::pesan!(
                    "\"{written}\" disebut dua kali pada langkah {no}",
                    "\"{written}\" is named twice in step {no}"
                ),
                crate::pesan!("sebut setiap pelaksana sekali", "name each actor once"),
            ),
            Some(i) => out.push(i),
            None => {
                let hint = match closest(written, pelaksana.iter().map(String::as_str)) {
                    Some(near) => crate::pesan!(
                        "maksudnya \"{near}\"? pelaksana sebuah langkah harus tercantum di `pelaksana` SOP",
                        "did you mean \"{near}\"? a step's actors must be listed in the SOP's `pelaksana`"
                    ),
                    None if pelaksana.is_empty() => crate::pesan!(
                        "cantumkan dulu para pelaksana di `pelaksana`",
                        "list the actors in `pelaksana` first"
                    ),
                    None => {
                        let all = pelaksana
                            .iter()
                            .map(|p| format!("\"{p}\""))
                            .collect::<Vec<_>>()
                            .join(", ");
                        crate::pesan!(
                            "pelaksana sebuah langkah harus tercantum di `pelaksana` SOP: {all}",
                            "a step's actors must be listed in the SOP's `pelaksana`: {all}"
                        )
                    }
                };
                r.error(
                    name.span(),
                    crate::pesan!(
                        "\"{written}\" tidak ada di `pelaksana`",
                        "\"{written}\" is not in `pelaksana`"
                    ),
                    hint,
                );
            }
        }
    }
    out
}

fn step_target(
    r: &mut Reader,
    field: &str,
    v: &Value,
    index: usize,
    targets: &Targets,
) -> Option<usize> {
    let no = targets.numbers[index];
    let by_number = |n: i128| {
        usize::try_from(n)
            .ok()
            .and_then(|n| targets.by_number.get(&n).copied())
    };
    let found = match v.get_ref() {
        DeValue::Integer(i) => {
            let n = i.as_str().replace('_', "").parse::<i128>().ok();
            let found = n.and_then(by_number);
            if found.is_none() {
                let shown = i.as_str();
                r.error(
                    v.span(),
                    crate::pesan!(
                        "`{field}` menunjuk langkah {shown}, yang tidak ada",
                        "`{field}` points to step {shown}, which does not exist"
                    ),
                    targets.numbering(),
                );
            }
            found
        }
        DeValue::String(s) => {
            let s = s.trim();
            let found = targets
                .ids
                .get(s)
                .copied()
                .or_else(|| s.parse::<i128>().ok().and_then(by_number));
            if found.is_none() {
                // In step order: with two ids as close, the hint must not
                // depend on the order of a hash map.
                let ids = &targets.ids;
                let hint = match closest(s, ids_in_order(ids)) {
                    Some(near) => {
                        crate::pesan!("maksudnya \"{near}\"?", "did you mean \"{near}\"?")
                    }
                    None if ids.is_empty() => {
                        let numbering = targets.numbering();
                        crate::pesan!(
                            "beri langkah tujuan `id = \"{s}\"`, atau tulis nomornya ({numbering})",
                            "give the target step `id = \"{s}\"`, or write its number ({numbering})"
                        )
                    }
                    None => {
                        let all = sorted_ids(ids);
                        crate::pesan!(
                            "id langkah di SOP ini: {all}",
                            "the ids in this SOP are: {all}"
                        )
                    }
                };
                r.error(
                    v.span(),
                    crate::pesan!(
                        "`{field}` menunjuk \"{s}\", tetapi tidak ada langkah dengan id itu",
                        "`{field}` points to \"{s}\", but no step has that id"
                    ),
                    hint,
                );
            }
            found
        }
        _ => {
            r.wrong_type(
                field,
                v,
                &crate::pesan!("nomor atau id langkah", "a step number or a step id"),
                &format!("`{field} = 2` / `{field} = \"rapat\"`"),
            );
            None
        }
    };
    if found == Some(index) {
        r.error(
            v.span(),
            crate::pesan!(
                "`{field}` langkah {no} menunjuk langkahnya sendiri",
                "`{field}` of step {no} points to its own step"
            ),
            crate::pesan!(
                "alur berlanjut ke langkah lain: tunjuk langkah tempat alur kembali atau diteruskan",
                "the flow leads to another step: point it to the step the flow returns to or continues with"
            ),
        );
        return None;
    }
    found
}

/// The step ids, in the order of their steps.
fn ids_in_order(ids: &HashMap<String, usize>) -> Vec<&str> {
    let mut v: Vec<(usize, &str)> = ids.iter().map(|(k, &i)| (i, k.as_str())).collect();
    v.sort_unstable();
    v.into_iter().map(|(_, k)| k).collect()
}

fn sorted_ids(ids: &HashMap<String, usize>) -> String {
    ids_in_order(ids)
        .into_iter()
        .map(|k| format!("\"{k}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
