//! `page` on every index page ([`IndeksPage`]), its parts, and how a long
//! list of SOPs goes on over several pages: the first at the list's
//! folder, the next at `halaman/2/`, `halaman/3/`, ... below it, each
//! linking to all the others.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::render::links::{Links, UrlStyle};
use crate::render::views::{Jejak, SopLink};
use crate::url;

/// `page` on every index page.
#[derive(Serialize, Hash)]
pub struct IndeksPage<'a, X> {
    /// 0 on the kind's own page, 1 on a thing's page, 2 on a unit's page
    /// (below its instansi's).
    pub tingkat: u8,
    /// Whether the page lists SOPs (`kelompok`) rather than things
    /// (`kelompok_entri`).
    pub daftar: bool,
    /// The crumbs above the page; the kind's own page's has no name (the
    /// template names it).
    pub jejak: Vec<Jejak>,
    /// The things the kind's own page lists, in groups.
    pub kelompok_entri: Vec<KelompokEntri>,
    /// The SOPs a list of SOPs shows, in groups. Its hrefs are relative to
    /// the list's first page: [`paginate`] moves them for the
    /// pages after it, with those of `jejak`.
    pub kelompok: Vec<KelompokSop<'a>>,
    /// Set when the list is split over several pages.
    pub halaman: Option<Paginasi>,
    /// The printed book of the list's SOPs (an instansi's or a unit's),
    /// when it has one; [`paginate`] moves it for the later pages.
    pub buku: Option<String>,
    /// The kind's own fields (`page.nama`, ...). On a list of SOPs they
    /// hold no links: pagination would not move them.
    #[serde(flatten)]
    pub isi: X,
}

impl<'a, X> IndeksPage<'a, X> {
    /// The kind's own page, listing things.
    pub fn things(links: &Links, kelompok_entri: Vec<KelompokEntri>, isi: X) -> Self {
        IndeksPage {
            tingkat: 0,
            daftar: false,
            jejak: vec![Jejak::beranda(links)],
            kelompok_entri,
            kelompok: Vec::new(),
            halaman: None,
            buku: None,
            isi,
        }
    }

    /// A list of SOPs with the crumbs `jejak` above it.
    pub fn sops(tingkat: u8, jejak: Vec<Jejak>, kelompok: Vec<KelompokSop<'a>>, isi: X) -> Self {
        IndeksPage {
            tingkat,
            daftar: true,
            jejak,
            kelompok_entri: Vec::new(),
            kelompok,
            halaman: None,
            buku: None,
            isi,
        }
    }
}

/// The crumbs of a thing's page: home, the kind's page (named by the
/// template), then `more`.
pub fn jejak(links: &Links, kind_dir: &str, more: &[(&str, &str)]) -> Vec<Jejak> {
    let mut out = vec![
        Jejak::beranda(links),
        Jejak {
            nama: None,
            href: links.page(kind_dir),
        },
    ];
    out.extend(more.iter().map(|(nama, dir)| Jejak {
        nama: Some((*nama).to_string()),
        href: links.page(dir),
    }));
    out
}

/// A group of things on a kind's own page (the regulations of one type).
#[derive(Serialize, Hash)]
pub struct KelompokEntri {
    pub judul: Option<String>,
    pub entri: Vec<EntriIndeks>,
}

/// A thing on its kind's page, with the number of SOPs it has.
#[derive(Serialize, Hash)]
pub struct EntriIndeks {
    pub nama: String,
    pub href: Option<String>,
    pub jumlah: usize,
    /// What the data adds (a regulation's subject).
    pub catatan: Option<String>,
}

/// A group of SOPs on a list page (a unit's, on its instansi's page).
#[derive(Serialize, Hash)]
pub struct KelompokSop<'a> {
    /// None: the group is named by the template's `judul_kelompok`, if at
    /// all.
    pub judul: Option<String>,
    pub href: Option<String>,
    pub sops: Vec<Butir<'a>>,
    /// The rest of a group that began on the page before.
    pub lanjutan: bool,
}

impl<'a> KelompokSop<'a> {
    /// A group with no name of its own.
    pub fn of(sops: Vec<Butir<'a>>) -> Self {
        KelompokSop {
            judul: None,
            href: None,
            sops,
            lanjutan: false,
        }
    }
}

/// An SOP in a list.
#[derive(Serialize, Hash)]
pub struct Butir<'a> {
    pub sop: SopLink<'a>,
    /// What the kind says of it (the date of its latest revision).
    pub catatan: Option<String>,
    /// Steps, for an actor's page: (number, kegiatan).
    pub langkah: Vec<(usize, &'a str)>,
}

impl<'a> Butir<'a> {
    pub fn new(catalog: &'a Catalog, i: usize, links: &Links) -> Self {
        Butir {
            sop: SopLink::new(&catalog.entries[i], links),
            catatan: None,
            langkah: Vec::new(),
        }
    }
}

/// The most SOPs a list page shows; longer lists go on to
/// `halaman/2/`, `halaman/3/`, ... under the list's folder (a 10,000-SOP
/// catalogue's list of SOPs in force was one 2.7 MB page).
pub const PER_PAGE: usize = 200;

/// Where a page stands among the pages of a long list, with links to each
/// (`page.halaman`).
#[derive(Serialize, Hash)]
pub struct Paginasi {
    pub nomor: usize,
    pub jumlah: usize,
    /// Every page of the list: its number and href (this one included).
    pub semua: Vec<(usize, String)>,
    pub sebelumnya: Option<String>,
    pub berikutnya: Option<String>,
}

/// `page` at `dir`, split into pages of at most [`PER_PAGE`] SOPs when
/// longer: (folder, page) each, the first at `dir`. A group cut in two
/// carries on, under its heading, on the next page.
pub fn paginate<'a, X: Clone>(
    dir: String,
    page: IndeksPage<'a, X>,
    style: UrlStyle,
) -> Vec<(String, IndeksPage<'a, X>)> {
    let total: usize = page.kelompok.iter().map(|b| b.sops.len()).sum();
    if total <= PER_PAGE {
        return vec![(dir, page)];
    }
    let IndeksPage {
        tingkat,
        daftar,
        jejak,
        kelompok_entri: _,
        kelompok,
        halaman: _,
        buku,
        isi,
    } = page;
    let mut split: Vec<Vec<KelompokSop>> = Vec::new();
    let mut current: Vec<KelompokSop> = Vec::new();
    let mut count = 0;
    for b in kelompok {
        let KelompokSop {
            judul, href, sops, ..
        } = b;
        if sops.is_empty() {
            current.push(KelompokSop {
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
            let part: Vec<_> = rest.by_ref().take(PER_PAGE - count).collect();
            count += part.len();
            current.push(KelompokSop {
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
        .map(|(k, mut kelompok)| {
            let here = Links::new(&dirs[k], style);
            let mut jejak = jejak.clone();
            let mut buku = buku.clone();
            if k > 0 {
                if let Some(href) = &mut buku {
                    rebase(href);
                }
                // The page sits folders below the list's first page.
                for j in &mut jejak {
                    rebase(&mut j.href);
                }
                for b in &mut kelompok {
                    if let Some(href) = &mut b.href {
                        rebase(href);
                    }
                    for item in &mut b.sops {
                        rebase(&mut item.sop.href);
                    }
                }
            }
            let page = IndeksPage {
                tingkat,
                daftar,
                jejak,
                kelompok_entri: Vec::new(),
                kelompok,
                halaman: Some(Paginasi {
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
                buku,
                isi: isi.clone(),
            };
            (dirs[k].clone(), page)
        })
        .collect()
}

/// A link written for a list's first page, made to work from its later
/// pages (`halaman/N/`, folders down). Every link of a list page is
/// relative to the page.
fn rebase(href: &mut String) {
    href.insert_str(0, &"../".repeat(url::HALAMAN_DEPTH));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::SopLink;

    fn group(judul: &str, n: usize) -> KelompokSop<'static> {
        KelompokSop {
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

    fn list(sizes: &[usize]) -> IndeksPage<'static, &'static str> {
        IndeksPage::sops(
            1,
            vec![Jejak {
                nama: Some("Beranda".into()),
                href: "../../".into(),
            }],
            sizes
                .iter()
                .enumerate()
                .map(|(k, &n)| group(&format!("u{k}"), n))
                .collect(),
            "Daftar",
        )
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
    fn groups_carry_on_across_pages_and_links_follow_the_pages_down() {
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
        // (group, SOPs, carried on) of each page.
        let shape: Vec<Vec<(String, usize, bool)>> = pages
            .iter()
            .map(|(_, p)| {
                p.kelompok
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
        // Every SOP once, in order; the kind's fields on every page.
        let hrefs: Vec<&str> = pages
            .iter()
            .flat_map(|(_, p)| &p.kelompok)
            .flat_map(|b| &b.sops)
            .map(|b| b.sop.href.as_str())
            .collect();
        assert_eq!(hrefs.len(), sizes.iter().sum::<usize>());
        assert!(pages.iter().all(|(_, p)| p.isi == "Daftar" && p.daftar));
        assert_eq!(hrefs[0], "../../u0/sop-0/");
        // Later pages are two folders down: their links go two further up.
        assert_eq!(hrefs[PER_PAGE], "../../../../u1/sop-50/");
        assert_eq!(pages[1].1.jejak[0].href, "../../../../");
        assert_eq!(
            pages[1].1.kelompok[0].href.as_deref(),
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
