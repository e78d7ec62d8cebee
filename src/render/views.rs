//! What templates see, shared by several page kinds: the site, the links
//! every page has, an SOP as a line in a list, breadcrumbs, SOPs grouped by
//! instansi and unit. Views are made for display (dates in Indonesian,
//! links relative to the page), not the model itself, so the model can
//! change without breaking themes. Each page kind's own view is in its
//! module.

use serde::Serialize;

use super::links::Links;
use crate::catalog::{Catalog, Entry};
use crate::config::Config;
use crate::content::Status;
use crate::url;

/// `site` in every template.
#[derive(Serialize, Hash)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub base_url: Option<&'a str>,
    pub generator: &'static str,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config) -> Self {
        SiteView {
            title: &config.title,
            description: config.description.as_deref(),
            base_url: config.base_url.as_deref(),
            generator: concat!("sopgen ", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// `nav` in every template: links every page has (home, stylesheet, logo,
/// the index pages), relative to the page.
#[derive(Serialize, Hash)]
pub struct NavView {
    pub root: String,
    pub instansi: String,
    pub pelaksana: String,
    pub dasar_hukum: String,
    pub kata_kunci: String,
    pub terbaru: String,
    pub cari: String,
    /// The Atom feed (written when the config gives a `base_url`).
    pub feed: String,
    /// Links name `index.html` (pages opened from disk).
    pub berkas: bool,
    /// The page's absolute URL, when the config gives a `base_url`.
    pub canonical: Option<String>,
    pub home: String,
    pub css: String,
    pub logo: Option<String>,
}

impl NavView {
    pub fn new(links: &Links, page_dir: &str, config: &Config) -> Self {
        NavView {
            root: links.root.clone(),
            instansi: links.page(url::INSTANSI),
            pelaksana: links.page(url::PELAKSANA),
            dasar_hukum: links.page(url::DASAR_HUKUM),
            kata_kunci: links.page(url::KATA_KUNCI),
            terbaru: links.page(url::TERBARU),
            cari: links.page(url::CARI),
            feed: links.file(url::FEED),
            berkas: links.is_file_style(),
            canonical: config
                .base_url
                .as_ref()
                .map(|base| format!("{base}{}", super::links::encode_path(page_dir))),
            home: links.page(url::BERANDA),
            css: links.file(url::CSS),
            logo: config
                .logo
                .as_deref()
                .map(|l| links.file(l.trim_start_matches('/'))),
        }
    }
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Draf => "Draf",
        Status::Berlaku => "Berlaku",
        Status::Dicabut => "Dicabut",
    }
}

/// A link in a breadcrumb trail.
#[derive(Serialize, Clone, Hash)]
pub struct Jejak {
    /// None for an index kind's own page, which its template names.
    pub nama: Option<String>,
    pub href: String,
}

impl Jejak {
    /// The home page's crumb.
    pub fn beranda(links: &Links) -> Jejak {
        Jejak {
            nama: Some("Beranda".into()),
            href: links.page(url::BERANDA),
        }
    }
}

/// An SOP as a line in a list.
#[derive(Serialize, Hash)]
pub struct SopLink<'a> {
    pub nama: &'a str,
    pub nomor: Option<&'a str>,
    pub href: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub instansi: Option<&'a str>,
    pub unit: Option<&'a str>,
}

impl<'a> SopLink<'a> {
    pub fn new(e: &'a Entry, links: &Links) -> Self {
        SopLink {
            nama: &e.sop.nama,
            nomor: e.sop.nomor.as_deref(),
            href: links.page(&e.url),
            status: e.sop.status.name(),
            status_label: status_label(e.sop.status),
            instansi: e.instansi.as_deref(),
            unit: e.unit.as_deref(),
        }
    }
}

#[derive(Serialize, Hash)]
pub struct UnitView<'a> {
    pub nama: Option<&'a str>,
    pub sops: Vec<SopLink<'a>>,
}

#[derive(Serialize, Hash)]
pub struct InstansiView<'a> {
    pub nama: Option<&'a str>,
    pub jumlah: usize,
    pub units: Vec<UnitView<'a>>,
}

/// Published SOPs grouped by instansi and unit, as lists of links.
pub fn groups<'a>(
    catalog: &'a Catalog,
    links: &Links,
    filter: impl Fn(&Entry) -> bool,
) -> Vec<InstansiView<'a>> {
    catalog
        .groups()
        .iter()
        .filter_map(|g| {
            let units: Vec<UnitView> = g
                .units
                .iter()
                .filter_map(|(unit, sops)| {
                    let sops: Vec<SopLink> = sops
                        .iter()
                        .map(|&i| &catalog.entries[i])
                        .filter(|e| filter(e))
                        .map(|e| SopLink::new(e, links))
                        .collect();
                    (!sops.is_empty()).then_some(UnitView {
                        nama: unit.as_deref(),
                        sops,
                    })
                })
                .collect();
            let jumlah = units.iter().map(|u| u.sops.len()).sum();
            (jumlah > 0).then_some(InstansiView {
                nama: g.instansi.as_deref(),
                jumlah,
                units,
            })
        })
        .collect()
}
