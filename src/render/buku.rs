//! The printed books ("Buku SOP"), in every build: one per instansi at
//! `cetak/INSTANSI/` and one per unit at `cetak/INSTANSI/UNIT/`, listed at
//! `cetak/` (template `cetak-daftar.html`). A book (`cetak.html`) is a
//! cover, a daftar isi linking each SOP inside the book, then each SOP as
//! its A4 landscape form, each on a new page when printed. Drafts are left
//! out: a book is what an agency prints and binds.
//!
//! The review bundle adds a book of every SOP it holds, drafts included
//! (`cetak/semua/`, when modest): see [`super::paket`].

use serde::Serialize;

use super::links::Links;
use super::page::{Made, Pages};
use super::sop::{SopContext, SopView};
use crate::catalog::Catalog;
use crate::content::Status;
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
}

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
    isi: Vec<Isi<'a>>,
    sops: Vec<SopView<'a>>,
}

/// What a book is made from, as SOP pages are: each SOP's source and
/// context (and its place in the catalogue, to find it).
type BukuInputs<'a> = (
    String,
    Sampul,
    Option<(String, String)>,
    Vec<(usize, u64, &'a String, SopContext<'a>)>,
);

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
/// for an instansi or unit with only drafts.
pub fn books(p: &Pages) -> Vec<Buku> {
    let (catalog, ix) = (p.catalog, p.ix);
    let mut out = Vec::new();
    for ins in &ix.instansi {
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
        });
        for unit in &ins.units {
            let sops = dicetak(catalog, &unit.sops);
            if sops.is_empty() {
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
            });
        }
    }
    out
}

/// Renders the book `buku` (template `cetak.html`).
pub fn render_book(p: &Pages, buku: &Buku) -> Made {
    let (catalog, ix) = (p.catalog, p.ix);
    let dir = buku.dir.as_str();
    let links: Links = p.links(dir);
    let inputs: BukuInputs = (
        buku.judul.clone(),
        buku.sampul.clone(),
        buku.asal
            .as_ref()
            .map(|(nama, d)| (nama.clone(), links.page(d))),
        buku.sops
            .iter()
            .map(|&i| {
                let e = &catalog.entries[i];
                let cx = SopContext::new(catalog, ix, i, &links);
                (i, e.sop.source.hash(), &e.sop.path, cx)
            })
            .collect(),
    );
    let daftar_buku = links.page(url::CETAK);
    p.keyed(
        &links,
        dir,
        url::page_file(dir),
        "cetak.html",
        inputs,
        |(judul, sampul, asal, sops)| {
            let mut isi = Vec::with_capacity(sops.len());
            let mut views = Vec::with_capacity(sops.len());
            for (k, (i, _, _, cx)) in sops.into_iter().enumerate() {
                let e = &catalog.entries[i];
                isi.push(Isi {
                    nomor: e.sop.nomor.as_deref(),
                    nama: &e.sop.nama,
                    href: format!("#sop-{}", k + 1),
                    halaman: links.page(&e.url),
                });
                let mut v = SopView::in_context(&e.sop, cx, p.caches);
                v.id_prefix = format!("sop{}-", k + 1);
                views.push(v);
            }
            BukuPage {
                judul,
                sampul,
                asal,
                daftar_buku,
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
pub fn render(p: &Pages, semua: Option<usize>) -> Vec<Made> {
    let books = books(p);
    let mut out: Vec<Made> = books.iter().map(|b| render_book(p, b)).collect();
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
    out
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
