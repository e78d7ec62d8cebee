//! The review bundle's own pages: its cover (`sampul/`, template
//! `sampul.html`), the list of print pages (`cetak/`, `cetak-daftar.html`)
//! and the print pages (`cetak.html`): each unit's SOPs, and the whole
//! catalogue's when it is modest, on A4 one after another.

use serde::Serialize;

use super::page::{BundleInfo, Made, Pages};
use super::sop::{SopContext, SopView};
use super::views::status_label;
use crate::content::Status;
use crate::url;

/// The most SOPs the "print all" page of a bundle holds; beyond it, units
/// are printed one at a time.
pub const PRINT_ALL_LIMIT: usize = 300;

#[derive(Serialize, Hash)]
struct CoverPage<'a> {
    info: &'a BundleInfo,
    jumlah: Vec<(&'static str, usize)>,
    cetak: String,
}

#[derive(Serialize, Hash)]
struct PrintIndex {
    semua: Option<(String, usize)>,
    unit: Vec<(String, String, usize)>,
}

#[derive(Serialize)]
struct PrintPage<'a> {
    judul: String,
    sops: Vec<SopView<'a>>,
}

/// What a print page is made from, as SOP pages are: each SOP's source
/// and context (and its place in the catalogue, to find it).
type PrintInputs<'a> = (String, Vec<(usize, u64, &'a String, SopContext<'a>)>);

pub fn render(p: &Pages, info: &BundleInfo) -> Vec<Made> {
    let (catalog, ix) = (p.catalog, p.ix);
    let mut out = Vec::new();
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for status in Status::ALL {
        let n = catalog
            .published()
            .filter(|(_, e)| e.sop.status == status)
            .count();
        counts.push((status_label(status), n));
    }
    out.push(p.page(url::SAMPUL, "sampul.html", |links| CoverPage {
        info,
        jumlah: counts,
        cetak: links.page(url::CETAK),
    }));
    // Print pages: one per unit, and the whole catalogue when modest.
    let mut units: Vec<(String, String, Vec<usize>)> = Vec::new();
    for ins in &ix.instansi {
        for unit in &ins.units {
            let title = match (&ins.nama, &unit.nama) {
                (Some(i), Some(u)) => format!("{i} · {u}"),
                (Some(i), None) => i.clone(),
                (None, Some(u)) => u.clone(),
                (None, None) => "Tanpa instansi".into(),
            };
            units.push((
                title,
                url::cetak_unit(&ins.slug, &unit.slug),
                unit.sops.clone(),
            ));
        }
    }
    let all = &p.published;
    let whole = all.len() <= PRINT_ALL_LIMIT;
    let print = |dir: &str, judul: String, sops: &[usize]| {
        let links = p.links(dir);
        let inputs: PrintInputs = (
            judul,
            sops.iter()
                .map(|&i| {
                    let e = &catalog.entries[i];
                    let cx = SopContext::new(catalog, ix, i, &links);
                    (i, e.sop.source.hash(), &e.sop.path, cx)
                })
                .collect(),
        );
        p.keyed(
            &links,
            dir,
            url::page_file(dir),
            "cetak.html",
            inputs,
            |(judul, sops)| PrintPage {
                judul,
                sops: sops
                    .into_iter()
                    .enumerate()
                    .map(|(k, (i, _, _, cx))| {
                        let mut v = SopView::in_context(&catalog.entries[i].sop, cx, p.caches);
                        v.id_prefix = format!("sop{}-", k + 1);
                        v
                    })
                    .collect(),
            },
        )
    };
    out.push(p.page(url::CETAK, "cetak-daftar.html", |links| {
        PrintIndex {
            semua: whole.then(|| (links.page(url::CETAK_SEMUA), all.len())),
            unit: units
                .iter()
                .map(|(t, dir, sops)| (t.clone(), links.page(dir), sops.len()))
                .collect(),
        }
    }));
    if whole {
        out.push(print(url::CETAK_SEMUA, "Semua SOP".into(), all));
    }
    for (title, dir, sops) in &units {
        out.push(print(dir, title.clone(), sops));
    }
    out
}
