//! The home page (`index.html`, template `index.html`): the catalogue's
//! description, the index kinds to browse, the folder pages, the drafts,
//! and every SOP by instansi and unit (above [`HOME_LIST_LIMIT`] SOPs, the
//! instansi with their counts instead).

use serde::Serialize;

use super::indeks;
use super::links::Links;
use super::markdown;
use super::page::{Made, Pages};
use super::views::{self, InstansiView, SopLink};
use crate::content::Status;
use crate::url;

/// Above this many SOPs the home page lists instansi, not SOPs: a
/// province's 10,000 made a 1.9 MB home page.
const HOME_LIST_LIMIT: usize = 500;

#[derive(Serialize, Hash)]
struct HomePage<'a> {
    judul: Option<&'a str>,
    deskripsi: Option<&'a str>,
    catatan_html: String,
    jumlah: usize,
    /// Set above [`HOME_LIST_LIMIT`] SOPs: each instansi with its count
    /// and index page, which the default theme lists instead of every SOP.
    ringkas: Option<Vec<RingkasInstansi<'a>>>,
    /// Every published SOP but the drafts, by instansi and unit.
    instansi: Vec<InstansiView<'a>>,
    /// Drafts, under their own heading (only when drafts are published).
    draf: Vec<SopLink<'a>>,
    jelajah: Vec<indeks::JelajahView>,
    /// The folder pages (`_index.md` of content folders), in path order.
    bagian: Vec<BagianLink<'a>>,
    /// In the review bundle: the cover and print pages.
    paket: Option<(String, String)>,
}

#[derive(Serialize, Hash)]
struct RingkasInstansi<'a> {
    nama: Option<&'a str>,
    jumlah: usize,
    href: String,
}

#[derive(Serialize, Hash)]
struct BagianLink<'a> {
    judul: &'a str,
    deskripsi: Option<&'a str>,
    href: String,
    /// 1 for a folder under content/, 2 for one inside it, ...
    tingkat: usize,
}

pub fn render(p: &Pages) -> Made {
    p.page(url::BERANDA, "index.html", |links| view(p, links))
}

fn view<'a>(p: &Pages<'a>, links: &Links) -> HomePage<'a> {
    let (catalog, ix) = (p.catalog, p.ix);
    let root = catalog.bagian.get("");
    let jumlah = p.published.len();
    HomePage {
        judul: root.and_then(|b| b.judul.as_deref()),
        deskripsi: root.and_then(|b| b.deskripsi.as_deref()),
        catatan_html: root
            .map(|b| markdown::to_html(&b.body, 1))
            .unwrap_or_default(),
        jumlah,
        ringkas: (jumlah > HOME_LIST_LIMIT).then(|| {
            ix.instansi
                .iter()
                .filter_map(|ins| {
                    let jumlah = ins
                        .units
                        .iter()
                        .flat_map(|u| &u.sops)
                        .filter(|&&i| catalog.entries[i].sop.status != Status::Draf)
                        .count();
                    (jumlah > 0).then(|| RingkasInstansi {
                        nama: ins.nama.as_deref(),
                        jumlah,
                        href: links.page(&url::instansi(&ins.slug)),
                    })
                })
                .collect()
        }),
        instansi: views::groups(catalog, links, |e| e.sop.status != Status::Draf),
        draf: catalog
            .published()
            .filter(|(_, e)| e.sop.status == Status::Draf)
            .map(|(_, e)| SopLink::new(e, links))
            .collect(),
        jelajah: indeks::jelajah(ix, links),
        bagian: catalog
            .bagian
            .iter()
            .filter(|(path, _)| !path.is_empty())
            .map(|(path, b)| BagianLink {
                judul: b.judul.as_deref().unwrap_or(path),
                deskripsi: b.deskripsi.as_deref(),
                href: links.page(&url::bagian(path)),
                tingkat: path.matches('/').count() + 1,
            })
            .collect(),
        paket: p
            .options
            .bundle
            .is_some()
            .then(|| (links.page(url::SAMPUL), links.page(url::CETAK))),
    }
}
