//! The catalogue seen from other sides: by instansi and unit, by actor, by
//! regulation, by tag, by status, by revision date. Pure data for the index
//! pages, built once from a [`Catalog`]. The citations of regulations are
//! read in [`hukum`].

pub mod hukum;

use std::collections::{BTreeMap, HashMap};

use crate::catalog::Catalog;
use crate::content::pelaksana;
use crate::content::tanggal::Tanggal;
use crate::content::{Sop, Status};
use crate::slug::slug;
use hukum::Citation;

/// Folders of the site that hold index pages; content may not use them.
pub use crate::url::RESERVED;

/// Gives each name a slug, unique among them (`-2`, `-3` on clashes).
fn unique_slugs<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut used: HashMap<String, usize> = HashMap::new();
    names
        .into_iter()
        .map(|n| {
            let base = slug(n);
            let count = used.entry(base.clone()).or_insert(0);
            *count += 1;
            if *count == 1 {
                base
            } else {
                format!("{base}-{count}")
            }
        })
        .collect()
}

#[derive(Debug, Clone)]
pub struct UnitIndex {
    pub nama: Option<String>,
    pub slug: String,
    pub sops: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct InstansiIndex {
    pub nama: Option<String>,
    pub slug: String,
    pub units: Vec<UnitIndex>,
}

impl InstansiIndex {
    /// Whether unit `u` has a printed book of its own (`cetak/INSTANSI/UNIT/`):
    /// not when it is the instansi's only unit and has no name (its SOPs
    /// name no unit), as its book would be the instansi's again.
    pub fn unit_has_own_book(&self, u: usize) -> bool {
        self.units.len() > 1 || self.units[u].nama.is_some()
    }
}

/// An actor, under its most written spelling, with every SOP and step it
/// takes part in.
#[derive(Debug, Clone)]
pub struct PelaksanaIndex {
    pub nama: String,
    pub slug: String,
    /// Other spellings met, with how often.
    pub ejaan: Vec<(String, usize)>,
    /// (SOP, 0-based steps).
    pub langkah: Vec<(usize, Vec<usize>)>,
}

/// A regulation, with each SOP citing it and the words it used.
#[derive(Debug, Clone)]
pub struct DasarHukumIndex {
    pub citation: Citation,
    pub key: String,
    /// (SOP, the citation as written): each citing SOP once, with its
    /// first spelling, however often it cites the regulation.
    pub dikutip: Vec<(usize, String)>,
    /// Every spelling met, with how many SOPs wrote it so (an SOP counted
    /// once a spelling), most written first, then by text.
    pub ejaan: Vec<(String, usize)>,
}

#[derive(Debug, Clone)]
pub struct KataKunciIndex {
    pub nama: String,
    pub slug: String,
    pub sops: Vec<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Indexes {
    pub instansi: Vec<InstansiIndex>,
    pub pelaksana: Vec<PelaksanaIndex>,
    pub dasar_hukum: Vec<DasarHukumIndex>,
    /// Citations that could not be read: kept as written, with their SOP.
    pub dasar_hukum_lain: Vec<(String, usize)>,
    pub kata_kunci: Vec<KataKunciIndex>,
    pub status: Vec<(Status, Vec<usize>)>,
    /// Revised SOPs, most recent revision first.
    pub terbaru: Vec<usize>,
    /// Where each SOP appears: its instansi and unit, its actors, its
    /// regulations (by position in `dasar_hukum`) and its tags.
    pub by_sop: HashMap<usize, SopPlaces>,
}

#[derive(Debug, Clone, Default)]
pub struct SopPlaces {
    /// Indices into `instansi` and its `units`.
    pub instansi: Option<(usize, usize)>,
    /// For each of the SOP's pelaksana: the index into `pelaksana`.
    pub pelaksana: Vec<usize>,
    /// For each dasar hukum entry: the index into `dasar_hukum`, if read.
    pub dasar_hukum: Vec<Option<usize>>,
    /// For each tag: the index into `kata_kunci`.
    pub kata_kunci: Vec<usize>,
}

impl Indexes {
    /// Builds every index over the published SOPs. `aliases` maps actor
    /// spellings (as normalised by [`pelaksana::normal`]) to the name to show.
    pub fn build(catalog: &Catalog, aliases: &BTreeMap<String, String>) -> Indexes {
        let mut ix = Indexes::default();
        let published: Vec<usize> = catalog.published().map(|(i, _)| i).collect();
        ix.build_instansi(catalog);
        ix.build_pelaksana(catalog, &published, aliases);
        ix.build_dasar_hukum(catalog, &published);
        ix.build_kata_kunci(catalog, &published);
        for status in Status::ALL {
            let sops: Vec<usize> = ix
                .instansi
                .iter()
                .flat_map(|g| g.units.iter().flat_map(|u| u.sops.iter().copied()))
                .filter(|&i| catalog.entries[i].sop.status == status)
                .collect();
            if !sops.is_empty() {
                ix.status.push((status, sops));
            }
        }
        let mut revised: Vec<(Tanggal, usize)> = published
            .iter()
            .filter_map(|&i| catalog.entries[i].sop.tanggal_revisi.map(|t| (t, i)))
            .collect();
        revised.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ix.terbaru = revised.into_iter().map(|(_, i)| i).collect();
        ix
    }

    fn place(&mut self, sop: usize) -> &mut SopPlaces {
        self.by_sop.entry(sop).or_default()
    }

    fn build_instansi(&mut self, catalog: &Catalog) {
        let groups = catalog.groups();
        let slugs = unique_slugs(
            groups
                .iter()
                .map(|g| g.instansi.as_deref().unwrap_or("tanpa-instansi")),
        );
        for (gi, (g, s)) in groups.iter().zip(slugs).enumerate() {
            let unit_slugs = unique_slugs(
                g.units
                    .iter()
                    .map(|(u, _)| u.as_deref().unwrap_or("tanpa-unit")),
            );
            let units: Vec<UnitIndex> = g
                .units
                .iter()
                .zip(unit_slugs)
                .map(|((nama, sops), slug)| UnitIndex {
                    nama: nama.clone(),
                    slug,
                    sops: sops.clone(),
                })
                .collect();
            for (ui, u) in units.iter().enumerate() {
                for &i in &u.sops {
                    self.place(i).instansi = Some((gi, ui));
                }
            }
            self.instansi.push(InstansiIndex {
                nama: g.instansi.clone(),
                slug: s,
                units,
            });
        }
    }

    fn build_pelaksana(
        &mut self,
        catalog: &Catalog,
        published: &[usize],
        aliases: &BTreeMap<String, String>,
    ) {
        // By normalised name (after aliases): spellings met, and steps.
        type Uses = (BTreeMap<String, usize>, Vec<(usize, Vec<usize>)>);
        let mut groups: BTreeMap<String, Uses> = BTreeMap::new();
        let mut keys_of: Vec<(usize, Vec<String>)> = Vec::new();
        for &i in published {
            let sop: &Sop = &catalog.entries[i].sop;
            let mut keys = Vec::with_capacity(sop.pelaksana.len());
            for (a, name) in sop.pelaksana.iter().enumerate() {
                let norm = pelaksana::normal(name);
                let key = aliases.get(&norm).map_or(norm, |to| pelaksana::normal(to));
                let g = groups.entry(key.clone()).or_default();
                *g.0.entry(name.clone()).or_default() += 1;
                let steps: Vec<usize> = sop
                    .langkah
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| l.pelaksana.contains(&a))
                    .map(|(k, _)| k)
                    .collect();
                g.1.push((i, steps));
                keys.push(key);
            }
            keys_of.push((i, keys));
        }
        let mut order: Vec<(String, PelaksanaIndex)> = groups
            .into_iter()
            .map(|(key, (spellings, uses))| {
                let shown = aliases
                    .values()
                    .find(|to| pelaksana::normal(to) == key)
                    .cloned()
                    .unwrap_or_else(|| {
                        spellings
                            .iter()
                            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                            .map(|(n, _)| n.clone())
                            .unwrap_or_default()
                    });
                let ejaan = spellings.into_iter().filter(|(n, _)| *n != shown).collect();
                (
                    key,
                    PelaksanaIndex {
                        nama: shown,
                        slug: String::new(),
                        ejaan,
                        langkah: uses,
                    },
                )
            })
            .collect();
        order.sort_by_cached_key(|a| a.1.nama.to_lowercase());
        let slugs = unique_slugs(order.iter().map(|(_, a)| a.nama.as_str()));
        let mut position: HashMap<String, usize> = HashMap::new();
        for (k, ((key, mut actor), slug)) in order.into_iter().zip(slugs).enumerate() {
            actor.slug = slug;
            position.insert(key, k);
            self.pelaksana.push(actor);
        }
        for (i, keys) in keys_of {
            self.place(i).pelaksana = keys.iter().map(|k| position[k]).collect();
        }
    }

    fn build_dasar_hukum(&mut self, catalog: &Catalog, published: &[usize]) {
        let mut by_key: BTreeMap<String, DasarHukumIndex> = BTreeMap::new();
        let mut refs: Vec<(usize, Vec<Option<String>>)> = Vec::new();
        // Many SOPs cite a regulation in the same words: read each text once.
        let mut read: HashMap<&str, Option<Citation>> = HashMap::new();
        for &i in published {
            let sop = &catalog.entries[i].sop;
            let mut keys = Vec::with_capacity(sop.dasar_hukum.len());
            for text in &sop.dasar_hukum {
                let parsed = read
                    .entry(text.as_str())
                    .or_insert_with(|| hukum::parse(text))
                    .clone();
                match parsed {
                    Some(c) => {
                        let key = c.key();
                        let entry = by_key
                            .entry(key.clone())
                            .or_insert_with(|| DasarHukumIndex {
                                citation: c,
                                key: key.clone(),
                                dikutip: Vec::new(),
                                ejaan: Vec::new(),
                            });
                        // An SOP citing a regulation twice is listed once
                        // (its SOPs come one after another); each entry
                        // still links to the regulation.
                        if entry.dikutip.last().is_none_or(|d| d.0 != i) {
                            entry.dikutip.push((i, text.clone()));
                        }
                        // The same words earlier in this SOP: counted.
                        if !sop.dasar_hukum[..keys.len()].contains(text) {
                            match entry.ejaan.iter_mut().find(|(t, _)| t == text) {
                                Some(e) => e.1 += 1,
                                None => entry.ejaan.push((text.clone(), 1)),
                            }
                        }
                        keys.push(Some(key));
                    }
                    None => {
                        self.dasar_hukum_lain.push((text.clone(), i));
                        keys.push(None);
                    }
                }
            }
            refs.push((i, keys));
        }
        let mut regs: Vec<DasarHukumIndex> = by_key.into_values().collect();
        for r in &mut regs {
            r.ejaan
                .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        // By type, then newest first, then number.
        regs.sort_by(|a, b| {
            (
                a.citation.jenis.as_str(),
                std::cmp::Reverse(a.citation.tahun),
                natural(&a.citation.nomor),
            )
                .cmp(&(
                    b.citation.jenis.as_str(),
                    std::cmp::Reverse(b.citation.tahun),
                    natural(&b.citation.nomor),
                ))
        });
        let position: HashMap<&str, usize> = regs
            .iter()
            .enumerate()
            .map(|(k, r)| (r.key.as_str(), k))
            .collect();
        let places: Vec<(usize, Vec<Option<usize>>)> = refs
            .into_iter()
            .map(|(i, keys)| {
                (
                    i,
                    keys.iter()
                        .map(|k| k.as_deref().map(|k| position[k]))
                        .collect(),
                )
            })
            .collect();
        for (i, p) in places {
            self.place(i).dasar_hukum = p;
        }
        self.dasar_hukum = regs;
    }

    fn build_kata_kunci(&mut self, catalog: &Catalog, published: &[usize]) {
        let mut tags: BTreeMap<String, (BTreeMap<String, usize>, Vec<usize>)> = BTreeMap::new();
        for &i in published {
            for t in &catalog.entries[i].sop.kata_kunci {
                let key = t.trim().to_lowercase();
                let e = tags.entry(key).or_default();
                *e.0.entry(t.trim().to_string()).or_default() += 1;
                if e.1.last() != Some(&i) {
                    e.1.push(i);
                }
            }
        }
        let names: Vec<(String, String, Vec<usize>)> = tags
            .into_iter()
            .map(|(key, (spellings, sops))| {
                let shown = spellings
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                    .map(|(n, _)| n)
                    .unwrap_or_default();
                (key, shown, sops)
            })
            .collect();
        let slugs = unique_slugs(names.iter().map(|n| n.1.as_str()));
        let mut position: HashMap<String, usize> = HashMap::new();
        for (k, ((key, nama, sops), slug)) in names.into_iter().zip(slugs).enumerate() {
            position.insert(key, k);
            self.kata_kunci.push(KataKunciIndex { nama, slug, sops });
        }
        for &i in published {
            let p: Vec<usize> = catalog.entries[i]
                .sop
                .kata_kunci
                .iter()
                .map(|t| position[&t.trim().to_lowercase()])
                .collect();
            self.place(i).kata_kunci = p;
        }
    }
}

/// Sorts "2" before "10": numbers by value, then the rest.
fn natural(s: &str) -> (u64, &str) {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u64::MAX), s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_made_unique() {
        assert_eq!(unique_slugs(["A b", "a-b", "c"]), ["a-b", "a-b-2", "c"]);
    }

    /// A catalogue of SOPs whose `dasar_hukum` are these lists.
    fn catalog_citing(lists: &[&[&str]]) -> Catalog {
        use crate::catalog::Drafts;
        use crate::config::Config;
        use crate::content::load::{RawFile, parse_files};
        let files = lists
            .iter()
            .enumerate()
            .map(|(k, items)| {
                let quoted: Vec<String> = items.iter().map(|t| format!("{t:?}")).collect();
                let text = format!(
                    "+++\nnama = \"SOP {k}\"\ndasar_hukum = [{}]\npelaksana = [\"Staf\"]\n\n[[langkah]]\nkegiatan = \"Bekerja\"\npelaksana = \"Staf\"\n+++\n",
                    quoted.join(", ")
                );
                RawFile {
                    rel: format!("dinas/sop-{k}.md"),
                    display: format!("content/dinas/sop-{k}.md").into(),
                    bytes: text.into_bytes(),
                }
            })
            .collect();
        let loaded = parse_files(files);
        assert!(loaded.diags.is_empty(), "{:?}", loaded.diags);
        Catalog::build(loaded, &Config::default(), Drafts::Include)
    }

    #[test]
    fn a_regulation_cited_twice_in_one_sop_lists_that_sop_once() {
        let catalog = catalog_citing(&[
            &[
                "UU No. 23 Tahun 2014 tentang Pemerintahan Daerah",
                "Permendagri No. 52 Tahun 2011",
                "Undang-Undang Nomor 23 Tahun 2014",
                "UU No. 23 Tahun 2014 tentang Pemerintahan Daerah",
                "Rencana Strategis",
            ],
            &["UU No. 23 Tahun 2014 tentang Pemerintahan Daerah"],
            &["Permendagri No. 52 Tahun 2011"],
        ]);
        let ix = Indexes::build(&catalog, &BTreeMap::new());
        let sop = |k: usize| {
            catalog
                .entries
                .iter()
                .position(|e| e.sop.nama == format!("SOP {k}"))
                .unwrap()
        };
        let uu = ix
            .dasar_hukum
            .iter()
            .position(|r| r.key == "uu/23/2014")
            .unwrap();
        let dagri = ix
            .dasar_hukum
            .iter()
            .position(|r| r.key == "permendagri/52/2011")
            .unwrap();
        let cited_by = |r: usize| -> Vec<usize> {
            let mut v: Vec<usize> = ix.dasar_hukum[r].dikutip.iter().map(|d| d.0).collect();
            v.sort_unstable();
            v
        };
        let mut both = vec![sop(0), sop(1)];
        both.sort_unstable();
        assert_eq!(cited_by(uu), both);
        let mut both = vec![sop(0), sop(2)];
        both.sort_unstable();
        assert_eq!(cited_by(dagri), both);
        // The first SOP's first spelling stands for it.
        let first = ix.dasar_hukum[uu]
            .dikutip
            .iter()
            .find(|d| d.0 == sop(0))
            .unwrap();
        assert_eq!(first.1, "UU No. 23 Tahun 2014 tentang Pemerintahan Daerah");
        // Every spelling is kept, an SOP counted once a spelling.
        assert_eq!(
            ix.dasar_hukum[uu].ejaan,
            vec![
                (
                    "UU No. 23 Tahun 2014 tentang Pemerintahan Daerah".to_string(),
                    2
                ),
                ("Undang-Undang Nomor 23 Tahun 2014".to_string(), 1),
            ]
        );
        // Each entry still links to its regulation, at its position.
        assert_eq!(
            ix.by_sop[&sop(0)].dasar_hukum,
            vec![Some(uu), Some(dagri), Some(uu), Some(uu), None]
        );
        assert_eq!(
            ix.dasar_hukum_lain,
            vec![("Rencana Strategis".to_string(), sop(0))]
        );
    }
}
