//! The page of each content folder with an `_index.md` (template
//! `bagian.html`): its title, description and notes, and the published SOPs
//! under it by instansi and unit.

use rayon::prelude::*;
use serde::Serialize;

use super::markdown;
use super::page::{Made, Pages};
use super::views::{self, InstansiView, Jejak};
use crate::content::Bagian;
use crate::url;

#[derive(Serialize, Hash)]
struct BagianPage<'a> {
    jejak: Vec<Jejak>,
    judul: &'a str,
    deskripsi: Option<&'a str>,
    pemerintah: Option<&'a str>,
    instansi: Option<&'a str>,
    unit: Option<String>,
    catatan_html: String,
    groups: Vec<InstansiView<'a>>,
}

pub fn render(p: &Pages) -> Vec<Made> {
    let catalog = p.catalog;
    let folders: Vec<(&String, &Bagian)> = catalog
        .bagian
        .iter()
        .filter(|(path, _)| !path.is_empty())
        .collect();
    folders
        .par_iter()
        .map(|&(path, b)| {
            let dir = url::bagian(path);
            p.page(&dir, "bagian.html", |links| BagianPage {
                jejak: std::iter::once(Jejak::beranda(links))
                    .chain(
                        catalog
                            .folder_pages(path)
                            .into_iter()
                            .map(|(folder, judul)| Jejak {
                                nama: Some(judul.to_string()),
                                href: links.page(&url::bagian(folder)),
                            }),
                    )
                    .collect(),
                judul: b.judul.as_deref().unwrap_or(path),
                deskripsi: b.deskripsi.as_deref(),
                pemerintah: b.pemerintah.as_deref(),
                instansi: b.instansi.as_deref(),
                unit: crate::content::model::label_unit(&b.unit),
                catatan_html: markdown::to_html(&b.body, 1),
                groups: views::groups(catalog, links, |e| e.sop.path.starts_with(&dir)),
            })
        })
        .collect()
}
