//! The index pages: by instansi and unit, actor, regulation, tag, status
//! and revision. Two templates serve them all: `indeks.html` (a list of
//! things, each with a count) and `daftar.html` (lists of SOPs).

use serde::Serialize;

use super::links::{Links, UrlStyle};
use super::views::{SopLink, status_label};
use crate::catalog::Catalog;
use crate::content::Status;
use crate::indexes::Indexes;
use crate::url;

/// A link in a breadcrumb trail.
#[derive(Serialize, Clone)]
pub struct Jejak {
    pub nama: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct Entri {
    pub nama: String,
    pub href: Option<String>,
    pub jumlah: usize,
    pub catatan: Option<String>,
}

#[derive(Serialize)]
pub struct BagianIndeks {
    pub judul: Option<String>,
    pub entri: Vec<Entri>,
}

/// `indeks.html`: lists of things (instansi, actors, regulations, tags).
#[derive(Serialize)]
pub struct IndeksPage {
    pub judul: String,
    pub pengantar: Option<String>,
    pub jejak: Vec<Jejak>,
    pub bagian: Vec<BagianIndeks>,
}

#[derive(Serialize)]
pub struct Butir<'a> {
    pub sop: SopLink<'a>,
    pub catatan: Option<String>,
    /// Steps, for an actor's page: (number, kegiatan).
    pub langkah: Vec<(usize, &'a str)>,
}

#[derive(Serialize)]
pub struct BagianDaftar<'a> {
    pub judul: Option<String>,
    pub href: Option<String>,
    pub sops: Vec<Butir<'a>>,
    /// The rest of a section that began on the page before.
    pub lanjutan: bool,
}

/// `daftar.html`: lists of SOPs. Its hrefs are relative to its folder;
/// [`paginate`] moves them for the pages after the first, so an href
/// field added here must be moved there too.
#[derive(Serialize)]
pub struct DaftarPage<'a> {
    pub judul: String,
    pub pengantar: Option<String>,
    pub jejak: Vec<Jejak>,
    pub rincian: Vec<(String, String)>,
    pub bagian: Vec<BagianDaftar<'a>>,
    /// Set when the list is split over several pages.
    pub halaman: Option<Halaman>,
}

/// Where a page stands among the pages of a long list, with links to each.
#[derive(Serialize)]
pub struct Halaman {
    pub nomor: usize,
    pub jumlah: usize,
    /// Every page of the list: its number and href (this one included).
    pub semua: Vec<(usize, String)>,
    pub sebelumnya: Option<String>,
    pub berikutnya: Option<String>,
}

/// The most SOPs a list page shows; longer lists go on to
/// `halaman/2/`, `halaman/3/`, ... under the list's folder (a 10,000-SOP
/// catalogue's list of SOPs in force was one 2.7 MB page).
pub const PER_PAGE: usize = 200;

/// `page` at `dir`, split into pages of at most [`PER_PAGE`] SOPs when
/// longer: (folder, page) each, the first at `dir`. A section cut in two
/// carries on, under its heading, on the next page.
pub fn paginate(
    dir: String,
    page: DaftarPage<'_>,
    style: UrlStyle,
) -> Vec<(String, DaftarPage<'_>)> {
    let total: usize = page.bagian.iter().map(|b| b.sops.len()).sum();
    if total <= PER_PAGE {
        return vec![(dir, page)];
    }
    let DaftarPage {
        judul,
        pengantar,
        jejak,
        rincian,
        bagian,
        halaman: _,
    } = page;
    let mut split: Vec<Vec<BagianDaftar>> = Vec::new();
    let mut current: Vec<BagianDaftar> = Vec::new();
    let mut count = 0;
    for b in bagian {
        let BagianDaftar {
            judul, href, sops, ..
        } = b;
        if sops.is_empty() {
            current.push(BagianDaftar {
                judul,
                href,
                sops,
                lanjutan: false,
            });
            continue;
        }
        let mut rest = sops.into_iter().peekable();
        let mut lanjutan = false;
        while rest.peek().is_some() {
            if count == PER_PAGE {
                split.push(std::mem::take(&mut current));
                count = 0;
            }
            let part: Vec<Butir> = rest.by_ref().take(PER_PAGE - count).collect();
            count += part.len();
            current.push(BagianDaftar {
                judul: judul.clone(),
                href: href.clone(),
                sops: part,
                lanjutan,
            });
            lanjutan = true;
        }
    }
    split.push(current);
    let n = split.len();
    let dirs: Vec<String> = (1..=n)
        .map(|k| {
            if k == 1 {
                dir.clone()
            } else {
                url::halaman(&dir, k)
            }
        })
        .collect();
    split
        .into_iter()
        .enumerate()
        .map(|(k, mut bagian)| {
            let here = Links::new(&dirs[k], style);
            let mut jejak = jejak.clone();
            if k > 0 {
                // The page sits two folders below the list's first page.
                for j in &mut jejak {
                    rebase(&mut j.href);
                }
                for b in &mut bagian {
                    if let Some(href) = &mut b.href {
                        rebase(href);
                    }
                    for item in &mut b.sops {
                        rebase(&mut item.sop.href);
                    }
                }
            }
            let page = DaftarPage {
                judul: judul.clone(),
                pengantar: pengantar.clone(),
                jejak,
                rincian: rincian.clone(),
                bagian,
                halaman: Some(Halaman {
                    nomor: k + 1,
                    jumlah: n,
                    semua: dirs
                        .iter()
                        .enumerate()
                        .map(|(j, d)| (j + 1, here.page(d)))
                        .collect(),
                    sebelumnya: (k > 0).then(|| here.page(&dirs[k - 1])),
                    berikutnya: (k + 1 < n).then(|| here.page(&dirs[k + 1])),
                }),
            };
            (dirs[k].clone(), page)
        })
        .collect()
}

/// A link written for a list's first page, made to work from its later
/// pages (`halaman/N/`, two folders down). Every link of a list page is
/// relative to the page.
fn rebase(href: &mut String) {
    href.insert_str(0, &"../".repeat(url::HALAMAN_DEPTH));
}

/// One index page to render: its folder, template and view.
pub enum IndexPage<'a> {
    Indeks(String, IndeksPage),
    Daftar(String, DaftarPage<'a>),
}

/// The folder of each index page, for links from elsewhere.
pub fn instansi_dir(ix: &Indexes, g: usize) -> String {
    url::instansi(&ix.instansi[g].slug)
}
pub fn unit_dir(ix: &Indexes, g: usize, u: usize) -> String {
    url::unit(&ix.instansi[g].slug, &ix.instansi[g].units[u].slug)
}
pub fn pelaksana_dir(ix: &Indexes, a: usize) -> String {
    url::pelaksana(&ix.pelaksana[a].slug)
}
pub fn hukum_dir(ix: &Indexes, r: usize) -> String {
    url::dasar_hukum(&ix.dasar_hukum[r].key)
}
pub fn tag_dir(ix: &Indexes, t: usize) -> String {
    url::kata_kunci(&ix.kata_kunci[t].slug)
}
pub fn status_dir(s: Status) -> String {
    url::status(s.name())
}

fn home(links: &Links) -> Jejak {
    Jejak {
        nama: "Beranda".into(),
        href: links.page(url::BERANDA),
    }
}

fn crumbs(links: &Links, trail: &[(&str, &str)]) -> Vec<Jejak> {
    std::iter::once(home(links))
        .chain(trail.iter().map(|(nama, dir)| Jejak {
            nama: (*nama).to_string(),
            href: links.page(dir),
        }))
        .collect()
}

fn item<'a>(catalog: &'a Catalog, i: usize, links: &Links) -> Butir<'a> {
    Butir {
        sop: SopLink::new(&catalog.entries[i], links),
        catatan: None,
        langkah: Vec::new(),
    }
}

fn instansi_name(n: &Option<String>) -> String {
    n.clone()
        .unwrap_or_else(|| "Instansi tidak disebutkan".into())
}

fn unit_name(n: &Option<String>) -> String {
    n.clone().unwrap_or_else(|| "Tanpa unit".into())
}

/// Every index page of the catalogue, each view made for its own folder.
pub fn pages<'a>(
    catalog: &'a Catalog,
    ix: &'a Indexes,
    links_for: &dyn Fn(&str) -> Links,
) -> Vec<IndexPage<'a>> {
    let mut out = Vec::new();
    // Instansi and units.
    let dir = url::INSTANSI.to_string();
    let l = links_for(&dir);
    out.push(IndexPage::Indeks(
        dir.clone(),
        IndeksPage {
            judul: "Instansi".into(),
            pengantar: Some("Instansi dan unit kerja yang SOP-nya ada dalam katalog ini.".into()),
            jejak: vec![home(&l)],
            bagian: vec![BagianIndeks {
                judul: None,
                entri: ix
                    .instansi
                    .iter()
                    .enumerate()
                    .map(|(g, ins)| Entri {
                        nama: instansi_name(&ins.nama),
                        href: Some(l.page(&instansi_dir(ix, g))),
                        jumlah: ins.units.iter().map(|u| u.sops.len()).sum(),
                        catatan: Some(format!("{} unit", ins.units.len())),
                    })
                    .collect(),
            }],
        },
    ));
    for (g, ins) in ix.instansi.iter().enumerate() {
        let dir = instansi_dir(ix, g);
        let l = links_for(&dir);
        let name = instansi_name(&ins.nama);
        out.push(IndexPage::Daftar(
            dir.clone(),
            DaftarPage {
                halaman: None,
                judul: name.clone(),
                pengantar: None,
                jejak: crumbs(&l, &[("Instansi", url::INSTANSI)]),
                rincian: Vec::new(),
                bagian: ins
                    .units
                    .iter()
                    .enumerate()
                    .map(|(u, unit)| BagianDaftar {
                        lanjutan: false,
                        judul: Some(unit_name(&unit.nama)),
                        href: Some(l.page(&unit_dir(ix, g, u))),
                        sops: unit.sops.iter().map(|&i| item(catalog, i, &l)).collect(),
                    })
                    .collect(),
            },
        ));
        for (u, unit) in ins.units.iter().enumerate() {
            let udir = unit_dir(ix, g, u);
            let l = links_for(&udir);
            out.push(IndexPage::Daftar(
                udir,
                DaftarPage {
                    halaman: None,
                    judul: unit_name(&unit.nama),
                    pengantar: Some(name.clone()),
                    jejak: crumbs(&l, &[("Instansi", url::INSTANSI), (&name, &dir)]),
                    rincian: Vec::new(),
                    bagian: vec![BagianDaftar {
                        lanjutan: false,
                        judul: None,
                        href: None,
                        sops: unit.sops.iter().map(|&i| item(catalog, i, &l)).collect(),
                    }],
                },
            ));
        }
    }
    // Actors.
    let dir = url::PELAKSANA.to_string();
    let l = links_for(&dir);
    out.push(IndexPage::Indeks(
        dir,
        IndeksPage {
            judul: "Pelaksana".into(),
            pengantar: Some("Setiap pelaksana dengan SOP dan langkah yang melibatkannya. Penulisan nama yang berbeda tetapi sama (huruf besar-kecil, spasi, titik, \u{201c}Kasubbag\u{201d}/\u{201c}Kasubag\u{201d}) digabung.".into()),
            jejak: vec![home(&l)],
            bagian: vec![BagianIndeks {
                judul: None,
                entri: ix
                    .pelaksana
                    .iter()
                    .enumerate()
                    .map(|(a, actor)| Entri {
                        nama: actor.nama.clone(),
                        href: Some(l.page(&pelaksana_dir(ix, a))),
                        jumlah: actor.langkah.len(),
                        catatan: (!actor.ejaan.is_empty()).then(|| format!("juga ditulis: {}", actor.ejaan.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join("; "))),
                    })
                    .collect(),
            }],
        },
    ));
    for (a, actor) in ix.pelaksana.iter().enumerate() {
        let dir = pelaksana_dir(ix, a);
        let l = links_for(&dir);
        out.push(IndexPage::Daftar(
            dir,
            DaftarPage {
                halaman: None,
                judul: actor.nama.clone(),
                pengantar: Some(format!("Pelaksana dalam {} SOP.", actor.langkah.len())),
                jejak: crumbs(&l, &[("Pelaksana", url::PELAKSANA)]),
                rincian: if actor.ejaan.is_empty() {
                    Vec::new()
                } else {
                    vec![(
                        "Juga ditulis".into(),
                        actor
                            .ejaan
                            .iter()
                            .map(|(n, _)| n.as_str())
                            .collect::<Vec<_>>()
                            .join("; "),
                    )]
                },
                bagian: vec![BagianDaftar {
                    lanjutan: false,
                    judul: None,
                    href: None,
                    sops: actor
                        .langkah
                        .iter()
                        .map(|(i, steps)| {
                            let sop = &catalog.entries[*i].sop;
                            Butir {
                                sop: SopLink::new(&catalog.entries[*i], &l),
                                catatan: None,
                                langkah: steps
                                    .iter()
                                    .map(|&k| (k + 1, sop.langkah[k].kegiatan.as_str()))
                                    .collect(),
                            }
                        })
                        .collect(),
                }],
            },
        ));
    }
    // Regulations.
    let dir = url::DASAR_HUKUM.to_string();
    let l = links_for(&dir);
    let mut by_type: Vec<BagianIndeks> = Vec::new();
    for (r, reg) in ix.dasar_hukum.iter().enumerate() {
        let entri = Entri {
            nama: reg.citation.judul(),
            href: Some(l.page(&hukum_dir(ix, r))),
            jumlah: reg.dikutip.len(),
            catatan: reg.citation.tentang.clone(),
        };
        match by_type.last_mut() {
            Some(b) if b.judul.as_deref() == Some(reg.citation.jenis.as_str()) => {
                b.entri.push(entri)
            }
            _ => by_type.push(BagianIndeks {
                judul: Some(reg.citation.jenis.clone()),
                entri: vec![entri],
            }),
        }
    }
    if !ix.dasar_hukum_lain.is_empty() {
        by_type.push(BagianIndeks {
            judul: Some("Rujukan yang belum dapat dibaca".into()),
            entri: ix
                .dasar_hukum_lain
                .iter()
                .map(|(text, i)| Entri {
                    nama: text.clone(),
                    href: Some(l.page(&catalog.entries[*i].url)),
                    jumlah: 1,
                    catatan: Some(format!("dalam SOP {}", catalog.entries[*i].sop.nama)),
                })
                .collect(),
        });
    }
    out.push(IndexPage::Indeks(
        dir,
        IndeksPage {
            judul: "Dasar Hukum".into(),
            pengantar: Some("Satu entri untuk setiap peraturan, walaupun ditulis dengan cara berbeda di tiap SOP, beserta SOP yang merujuknya.".into()),
            jejak: vec![home(&l)],
            bagian: by_type,
        },
    ));
    for (r, reg) in ix.dasar_hukum.iter().enumerate() {
        let dir = hukum_dir(ix, r);
        let l = links_for(&dir);
        let c = &reg.citation;
        let mut rincian = vec![
            ("Jenis".to_string(), c.jenis.clone()),
            ("Nomor".into(), c.nomor.clone()),
            ("Tahun".into(), c.tahun.to_string()),
        ];
        if let Some(w) = &c.wilayah {
            rincian.push(("Wilayah".into(), w.clone()));
        }
        if let Some(t) = &c.tentang {
            rincian.push(("Tentang".into(), t.clone()));
        }
        // How the SOPs wrote it, each spelling once, most used first.
        for (text, n) in &reg.ejaan {
            rincian.push((
                "Ditulis".into(),
                format!("\u{201c}{text}\u{201d} ({n} SOP)"),
            ));
        }
        out.push(IndexPage::Daftar(
            dir,
            DaftarPage {
                halaman: None,
                judul: c.judul(),
                pengantar: None,
                jejak: crumbs(&l, &[("Dasar Hukum", url::DASAR_HUKUM)]),
                rincian,
                bagian: vec![BagianDaftar {
                    lanjutan: false,
                    judul: Some("Dirujuk oleh".into()),
                    href: None,
                    sops: reg
                        .dikutip
                        .iter()
                        .map(|(i, _)| item(catalog, *i, &l))
                        .collect(),
                }],
            },
        ));
    }
    // Tags.
    let dir = url::KATA_KUNCI.to_string();
    let l = links_for(&dir);
    out.push(IndexPage::Indeks(
        dir,
        IndeksPage {
            judul: "Kata Kunci".into(),
            pengantar: None,
            jejak: vec![home(&l)],
            bagian: vec![BagianIndeks {
                judul: None,
                entri: ix
                    .kata_kunci
                    .iter()
                    .enumerate()
                    .map(|(t, tag)| Entri {
                        nama: tag.nama.clone(),
                        href: Some(l.page(&tag_dir(ix, t))),
                        jumlah: tag.sops.len(),
                        catatan: None,
                    })
                    .collect(),
            }],
        },
    ));
    for (t, tag) in ix.kata_kunci.iter().enumerate() {
        let dir = tag_dir(ix, t);
        let l = links_for(&dir);
        out.push(IndexPage::Daftar(
            dir,
            DaftarPage {
                halaman: None,
                judul: format!("Kata kunci: {}", tag.nama),
                pengantar: None,
                jejak: crumbs(&l, &[("Kata Kunci", url::KATA_KUNCI)]),
                rincian: Vec::new(),
                bagian: vec![BagianDaftar {
                    lanjutan: false,
                    judul: None,
                    href: None,
                    sops: tag.sops.iter().map(|&i| item(catalog, i, &l)).collect(),
                }],
            },
        ));
    }
    // Status.
    let dir = url::STATUS.to_string();
    let l = links_for(&dir);
    out.push(IndexPage::Indeks(
        dir,
        IndeksPage {
            judul: "Status SOP".into(),
            pengantar: None,
            jejak: vec![home(&l)],
            bagian: vec![BagianIndeks {
                judul: None,
                entri: ix
                    .status
                    .iter()
                    .map(|(s, sops)| Entri {
                        nama: status_label(*s).into(),
                        href: Some(l.page(&status_dir(*s))),
                        jumlah: sops.len(),
                        catatan: None,
                    })
                    .collect(),
            }],
        },
    ));
    for (s, sops) in &ix.status {
        let dir = status_dir(*s);
        let l = links_for(&dir);
        out.push(IndexPage::Daftar(
            dir,
            DaftarPage {
                halaman: None,
                judul: format!("SOP {}", status_label(*s).to_lowercase()),
                pengantar: (*s == Status::Dicabut)
                    .then(|| "SOP yang sudah tidak berlaku, disimpan sebagai arsip.".to_string()),
                jejak: crumbs(&l, &[("Status", url::STATUS)]),
                rincian: Vec::new(),
                bagian: vec![BagianDaftar {
                    lanjutan: false,
                    judul: None,
                    href: None,
                    sops: sops.iter().map(|&i| item(catalog, i, &l)).collect(),
                }],
            },
        ));
    }
    // Recently revised.
    let dir = url::TERBARU.to_string();
    let l = links_for(&dir);
    out.push(IndexPage::Daftar(
        dir,
        DaftarPage {
            halaman: None,
            judul: "Revisi terbaru".into(),
            pengantar: Some("SOP yang pernah direvisi, dari revisi terakhir.".into()),
            jejak: vec![home(&l)],
            rincian: Vec::new(),
            bagian: vec![BagianDaftar {
                lanjutan: false,
                judul: None,
                href: None,
                sops: ix
                    .terbaru
                    .iter()
                    .map(|&i| Butir {
                        catatan: catalog.entries[i]
                            .sop
                            .tanggal_revisi
                            .map(|t| format!("Revisi {t}")),
                        ..item(catalog, i, &l)
                    })
                    .collect(),
            }],
        },
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(judul: &str, n: usize) -> BagianDaftar<'static> {
        BagianDaftar {
            judul: Some(judul.to_string()),
            href: Some(format!("../../instansi/{judul}/")),
            sops: (0..n)
                .map(|k| Butir {
                    sop: SopLink {
                        nama: "SOP",
                        nomor: None,
                        href: format!("../../{judul}/sop-{k}/"),
                        status: "berlaku",
                        status_label: "Berlaku",
                        instansi: None,
                        unit: None,
                    },
                    catatan: None,
                    langkah: Vec::new(),
                })
                .collect(),
            lanjutan: false,
        }
    }

    fn list(sizes: &[usize]) -> DaftarPage<'static> {
        DaftarPage {
            judul: "Daftar".into(),
            pengantar: None,
            jejak: vec![Jejak {
                nama: "Beranda".into(),
                href: "../../".into(),
            }],
            rincian: Vec::new(),
            bagian: sizes
                .iter()
                .enumerate()
                .map(|(k, &n)| section(&format!("u{k}"), n))
                .collect(),
            halaman: None,
        }
    }

    #[test]
    fn a_short_list_stays_one_page() {
        let pages = paginate(
            "pelaksana/staf/".into(),
            list(&[PER_PAGE]),
            UrlStyle::Pretty,
        );
        assert_eq!(pages.len(), 1);
        assert!(pages[0].1.halaman.is_none());
    }

    #[test]
    fn sections_carry_on_across_pages_and_links_follow_the_pages_down() {
        let sizes = [150, PER_PAGE - 30, 0, PER_PAGE];
        let pages = paginate("pelaksana/staf/".into(), list(&sizes), UrlStyle::Pretty);
        let dirs: Vec<&str> = pages.iter().map(|(d, _)| d.as_str()).collect();
        assert_eq!(
            dirs,
            [
                "pelaksana/staf/",
                "pelaksana/staf/halaman/2/",
                "pelaksana/staf/halaman/3/"
            ]
        );
        // (section, SOPs, carried on) of each page.
        let shape: Vec<Vec<(String, usize, bool)>> = pages
            .iter()
            .map(|(_, p)| {
                p.bagian
                    .iter()
                    .map(|b| (b.judul.clone().unwrap(), b.sops.len(), b.lanjutan))
                    .collect()
            })
            .collect();
        assert_eq!(
            shape,
            [
                vec![("u0".into(), 150, false), ("u1".into(), 50, false)],
                vec![
                    ("u1".into(), PER_PAGE - 80, true),
                    ("u2".into(), 0, false),
                    ("u3".into(), 80, false)
                ],
                vec![("u3".into(), PER_PAGE - 80, true)],
            ]
        );
        // Every SOP once, in order.
        let hrefs: Vec<&str> = pages
            .iter()
            .flat_map(|(_, p)| &p.bagian)
            .flat_map(|b| &b.sops)
            .map(|b| b.sop.href.as_str())
            .collect();
        assert_eq!(hrefs.len(), sizes.iter().sum::<usize>());
        assert_eq!(hrefs[0], "../../u0/sop-0/");
        // Later pages are two folders down: their links go two further up.
        assert_eq!(hrefs[PER_PAGE], "../../../../u1/sop-50/");
        assert_eq!(pages[1].1.jejak[0].href, "../../../../");
        assert_eq!(
            pages[1].1.bagian[0].href.as_deref(),
            Some("../../../../instansi/u1/")
        );
        let h = pages[1].1.halaman.as_ref().unwrap();
        assert_eq!((h.nomor, h.jumlah), (2, 3));
        assert_eq!(h.sebelumnya.as_deref(), Some("../../../../pelaksana/staf/"));
        assert_eq!(
            h.berikutnya.as_deref(),
            Some("../../../../pelaksana/staf/halaman/3/")
        );
        assert_eq!(h.semua[0], (1, "../../../../pelaksana/staf/".to_string()));
        let first = pages[0].1.halaman.as_ref().unwrap();
        assert_eq!(first.sebelumnya, None);
        assert_eq!(
            first.berikutnya.as_deref(),
            Some("../../pelaksana/staf/halaman/2/")
        );
    }
}
