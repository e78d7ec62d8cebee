//! The printed books ("Buku SOP"), in every build: one per instansi at
//! `cetak/INSTANSI/` and one per unit at `cetak/INSTANSI/UNIT/`, listed at
//! `cetak/` (template `cetak-daftar.html`). A book (`cetak.html`) is a
//! cover, a daftar isi linking each SOP inside the book, then each SOP as
//! its A4 landscape form, each on a new page when printed. Drafts are left
//! out: a book is what an agency prints and binds.
//!
//! The review bundle adds a book of every SOP it holds, drafts included
//! (`cetak/semua/`, when modest): see [`super::paket`].

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::links::Links;
use super::page::{Made, Pages};
use super::sop::{self, Lembar, Tempat, lembar_di};
use crate::catalog::Catalog;
use crate::content::Status;
use crate::indexes::Indexes;
use crate::url;

/// A book's cover: who it is of, the year, how many SOPs.
#[derive(Serialize, Hash, Clone)]
pub struct Sampul {
    pub pemerintah: Option<String>,
    pub instansi: Option<String>,
    pub unit: Option<String>,
    /// The year of the latest date (revision, effect, approval, making)
    /// among its SOPs: the edition the book prints; the year of the build
    /// when none has a date.
    pub tahun: u16,
    pub jumlah: usize,
}

/// A book to make: where, its title and cover, its SOPs in order.
pub struct Buku {
    pub dir: String,
    pub judul: String,
    pub sampul: Sampul,
    /// Where the book's instansi or unit is listed on the site (its page).
    pub asal: Option<(String, String)>,
    pub sops: Vec<usize>,
    /// The instansi (in [`crate::indexes::Indexes::instansi`]) whose SOPs
    /// it holds; none for the review bundle's book of every SOP.
    pub grup: Option<usize>,
}

/// Each SOP's form by its place in the catalogue.
type Forms = FxHashMap<usize, Lembar>;

/// A line of the daftar isi.
#[derive(Serialize)]
struct Isi<'a> {
    nomor: Option<&'a str>,
    nama: &'a str,
    /// The SOP's place in the book (`#sop-1`).
    href: String,
    /// Its own page on the site.
    halaman: String,
}

#[derive(Serialize)]
struct BukuPage<'a> {
    judul: String,
    sampul: Sampul,
    /// The instansi's or unit's page: (name, href).
    asal: Option<(String, String)>,
    /// The list of books.
    daftar_buku: String,
    /// Its PDF (`build --pdf`).
    pdf: Option<String>,
    isi: Vec<Isi<'a>>,
    sops: Vec<BukuSop>,
}

/// An SOP in a book: its status and its form, as HTML.
#[derive(Serialize)]
struct BukuSop {
    status: &'static str,
    isi: String,
}

/// The SOPs of `sops` that go in a book: not drafts.
fn dicetak(catalog: &Catalog, sops: &[usize]) -> Vec<usize> {
    sops.iter()
        .copied()
        .filter(|&i| catalog.entries[i].sop.status != Status::Draf)
        .collect()
}

/// The cover of a book of `sops`.
pub fn sampul(
    catalog: &Catalog,
    sops: &[usize],
    instansi: Option<&str>,
    unit: Option<&str>,
) -> Sampul {
    let entries = || sops.iter().map(|&i| &catalog.entries[i]);
    let tahun = entries()
        .flat_map(|e| {
            let s = &e.sop;
            [
                s.tanggal_revisi,
                s.tanggal_efektif,
                s.tanggal_pengesahan,
                s.tanggal_pembuatan,
            ]
        })
        .flatten()
        .map(|t| t.tahun)
        .max()
        .unwrap_or_else(this_year);
    Sampul {
        pemerintah: entries().find_map(|e| e.pemerintah.clone()),
        instansi: instansi.map(str::to_string),
        unit: unit.map(str::to_string),
        tahun,
        jumlah: sops.len(),
    }
}

/// The year now (UTC), or of SOURCE_DATE_EPOCH when set (reproducible
/// builds).
fn this_year() -> u16 {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    year_of_day(secs.div_euclid(86_400))
}

/// The year of day `days` after 1970-01-01 (proleptic Gregorian).
fn year_of_day(days: i64) -> u16 {
    // Days from 0000-03-01, in 400-year eras of 146,097 days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    u16::try_from(year).unwrap_or(0)
}

/// Every book of the site: each instansi's, then each of its units'; none
/// for an instansi or unit with only drafts, nor for the only unit of an
/// instansi when it has no name (that book would be the instansi's).
pub fn books(catalog: &Catalog, ix: &Indexes) -> Vec<Buku> {
    let mut out = Vec::new();
    for (g, ins) in ix.instansi.iter().enumerate() {
        let all: Vec<usize> = ins.units.iter().flat_map(|u| u.sops.clone()).collect();
        let sops = dicetak(catalog, &all);
        if sops.is_empty() {
            continue;
        }
        let nama = ins.nama.as_deref();
        out.push(Buku {
            dir: url::buku_instansi(&ins.slug),
            judul: nama.unwrap_or("Instansi tidak disebutkan").to_string(),
            sampul: sampul(catalog, &sops, nama, None),
            asal: Some((
                nama.unwrap_or("Instansi tidak disebutkan").to_string(),
                url::instansi(&ins.slug),
            )),
            sops,
            grup: Some(g),
        });
        for (k, unit) in ins.units.iter().enumerate() {
            let sops = dicetak(catalog, &unit.sops);
            if sops.is_empty() || !ins.unit_has_own_book(k) {
                continue;
            }
            let u = unit.nama.as_deref();
            let judul = match (nama, u) {
                (Some(i), Some(u)) => format!("{i} · {u}"),
                (Some(i), None) => format!("{i} · Tanpa unit"),
                (None, Some(u)) => u.to_string(),
                (None, None) => "Tanpa instansi".into(),
            };
            out.push(Buku {
                dir: url::cetak_unit(&ins.slug, &unit.slug),
                judul,
                sampul: sampul(catalog, &sops, nama, u),
                asal: Some((
                    u.unwrap_or("Tanpa unit").to_string(),
                    url::unit(&ins.slug, &unit.slug),
                )),
                sops,
                grup: Some(g),
            });
        }
    }
    out
}

/// A book's forms, which its key in `serve` knows by what each is made from
/// rather than by its text (hashing every form of every book on each
/// rebuild would cost more than the rebuild).
struct Bentuk<'a, 'p> {
    p: &'a Pages<'p>,
    sops: Vec<(usize, &'a Arc<String>)>,
}

impl std::hash::Hash for Bentuk<'_, '_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        for &(i, _) in &self.sops {
            sop::hash_lembar(self.p, i, h);
        }
    }
}

/// Renders the book `buku` (template `cetak.html`) from its SOPs' forms,
/// made with their pages.
fn render_book(p: &Pages, buku: &Buku, forms: &Forms) -> Made {
    let catalog = p.catalog;
    let dir = buku.dir.as_str();
    let links: Links = p.links(dir);
    let mut list = Vec::with_capacity(buku.sops.len());
    for &i in &buku.sops {
        match forms.get(&i) {
            Some(Ok(form)) => list.push((i, form)),
            Some(Err(d)) => return Err(d.clone()),
            None => unreachable!("every SOP of a book has its form made"),
        }
    }
    // What the page is made from (its key in `serve`): the book's own
    // words and each SOP's form, with what the daftar isi shows of it.
    let inputs = (
        &buku.judul,
        &buku.sampul,
        buku.asal
            .as_ref()
            .map(|(nama, d)| (nama.clone(), links.page(d))),
        list.iter()
            .map(|&(i, _)| {
                let e = &catalog.entries[i];
                (&e.url, &e.sop.nomor, &e.sop.nama, e.sop.status)
            })
            .collect::<Vec<_>>(),
        Bentuk { p, sops: list },
    );
    let daftar_buku = links.page(url::CETAK);
    let pdf = p.options.pdf.then(|| links.file(&url::buku_pdf(dir)));
    p.keyed(
        &links,
        dir,
        url::page_file(dir),
        "cetak.html",
        inputs,
        |(judul, sampul, asal, sops, bentuk)| {
            let mut isi = Vec::with_capacity(sops.len());
            let mut views = Vec::with_capacity(sops.len());
            let forms = bentuk.sops.iter().map(|&(_, form)| form);
            for (k, ((url, nomor, nama, status), form)) in sops.into_iter().zip(forms).enumerate() {
                isi.push(Isi {
                    nomor: nomor.as_deref(),
                    nama,
                    href: format!("#sop-{}", k + 1),
                    halaman: links.page(url),
                });
                views.push(BukuSop {
                    status: status.name(),
                    isi: lembar_di(form, &links.root, Tempat::Buku(k + 1)),
                });
            }
            BukuPage {
                judul: judul.clone(),
                sampul: sampul.clone(),
                asal,
                daftar_buku,
                pdf,
                isi,
                sops: views,
            }
        },
    )
}

/// The list of books at `cetak/`: (title, href, number of SOPs), each
/// instansi's book with its units' after it; `semua`, in the bundle, the
/// book of every SOP.
#[derive(Serialize, Hash)]
struct DaftarBuku {
    semua: Option<(String, usize)>,
    buku: Vec<BukuEntri>,
}

#[derive(Serialize, Hash)]
struct BukuEntri {
    judul: String,
    href: String,
    jumlah: usize,
    /// Its units' books.
    unit: Vec<BukuEntri>,
}

/// Every book of the site and the list of them; `semua` (a book at
/// [`url::CETAK_SEMUA`] of that many SOPs) is listed first when given.
pub fn render(p: &Pages, records: &[Arc<Vec<u8>>], semua: Option<usize>) -> (Vec<Made>, Vec<Made>) {
    let (catalog, ix) = (p.catalog, p.ix);
    let books = books(catalog, ix);
    // The SOPs an instansi's books hold and the rest of its SOPs (drafts)
    // are made together, then its books: only one instansi's forms at a
    // time (one per thread) are held in memory, unless the bundle's book
    // of every SOP needs them all.
    let mut grup: Vec<Vec<usize>> = ix
        .instansi
        .iter()
        .map(|ins| {
            ins.units
                .iter()
                .flat_map(|u| u.sops.iter().copied())
                .collect()
        })
        .collect();
    let mut placed = vec![false; catalog.entries.len()];
    for &i in grup.iter().flatten() {
        placed[i] = true;
    }
    // Published SOPs in no instansi's index (none today): made alone.
    grup.push(
        p.published
            .iter()
            .copied()
            .filter(|&i| !placed[i])
            .collect(),
    );
    let mut record_of = vec![usize::MAX; catalog.entries.len()];
    for (k, &i) in p.published.iter().enumerate() {
        record_of[i] = k;
    }
    type Made3 = (usize, Made, Made);
    let done: Vec<(Vec<Made3>, Vec<Made>, Forms)> = grup
        .par_iter()
        .enumerate()
        .map(|(g, sops)| {
            let made: Vec<(Made3, Lembar)> = sops
                .par_iter()
                .map(|&i| {
                    let (page, json, lembar) = sop::render(p, i, &records[record_of[i]]);
                    ((i, page, json), lembar)
                })
                .collect();
            let (pages, forms): (Vec<Made3>, Vec<Lembar>) = made.into_iter().unzip();
            let forms: Forms = sops.iter().copied().zip(forms).collect();
            let of_grup: Vec<&Buku> = books.iter().filter(|b| b.grup == Some(g)).collect();
            let made_books = of_grup
                .par_iter()
                .map(|b| render_book(p, b, &forms))
                .collect();
            let kept = if semua.is_some() {
                forms
            } else {
                Forms::default()
            };
            (pages, made_books, kept)
        })
        .collect();
    let mut sop_made: Vec<Option<(Made, Made)>> =
        (0..catalog.entries.len()).map(|_| None).collect();
    let mut book_made = Vec::new();
    let mut all_forms = Forms::default();
    for (pages, made_books, forms) in done {
        for (i, page, json) in pages {
            sop_made[i] = Some((page, json));
        }
        book_made.extend(made_books);
        all_forms.extend(forms);
    }
    if semua.is_some() {
        let sops = p.published.clone();
        let buku = Buku {
            dir: url::CETAK_SEMUA.to_string(),
            judul: "Semua SOP".into(),
            sampul: sampul(catalog, &sops, None, None),
            asal: None,
            sops,
            grup: None,
        };
        book_made.insert(0, render_book(p, &buku, &all_forms));
    }
    let mut out = book_made;
    out.push(p.page(url::CETAK, "cetak-daftar.html", |links| {
        let mut buku: Vec<BukuEntri> = Vec::new();
        for b in &books {
            let entri = BukuEntri {
                judul: b.judul.clone(),
                href: links.page(&b.dir),
                jumlah: b.sops.len(),
                unit: Vec::new(),
            };
            // A unit's book is two folders below `cetak/`; an instansi's one.
            let is_unit = b.dir.trim_end_matches('/').matches('/').count() > 1;
            match buku.last_mut() {
                Some(ins) if is_unit => ins.unit.push(entri),
                _ => buku.push(entri),
            }
        }
        DaftarBuku {
            semua: semua.map(|n| (links.page(url::CETAK_SEMUA), n)),
            buku,
        }
    }));
    let pages = p
        .published
        .iter()
        .flat_map(|&i| {
            let (page, json) = sop_made[i].take().expect("every published SOP is made");
            [page, json]
        })
        .collect();
    (pages, out)
}

/// The href, from `links`, of the book at `dir` of the SOPs `sops` (an
/// instansi's or a unit's), when it has one: when not all are drafts.
pub fn href_if_printed(
    catalog: &Catalog,
    sops: &[usize],
    dir: &str,
    links: &Links,
) -> Option<String> {
    sops.iter()
        .any(|&i| catalog.entries[i].sop.status != Status::Draf)
        .then(|| links.page(dir))
}

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn years_of_days() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(364), 1970);
        assert_eq!(year_of_day(365), 1971);
        // 2026-11-21 and the last and first days around a new year.
        assert_eq!(year_of_day(1_795_219_200 / 86_400), 2026);
        assert_eq!(year_of_day(20_453), 2025); // 2025-12-31
        assert_eq!(year_of_day(20_454), 2026); // 2026-01-01
        assert_eq!(year_of_day(11_016), 2000); // 2000-02-29
    }
}
