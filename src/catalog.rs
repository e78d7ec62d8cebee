//! All SOPs of a site, placed at their URLs and linked to each other.
//! Pure: built from parsed content and the config, no file system.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::config::Config;
use crate::content::load::Loaded;
use crate::content::model::label_unit;
use crate::content::{Bagian, Located, Sop, Status};
use crate::diagnostic::Diagnostic;

/// One SOP in the catalogue.
#[derive(Debug)]
pub struct Entry {
    pub sop: Arc<Sop>,
    /// The page's folder under the site root, ending in `/`, e.g.
    /// `dinsos-selayar/pengumpulan-data-kinerja/`.
    pub url: String,
    /// After inheritance from `_index.md` files and the config.
    pub pemerintah: Option<String>,
    pub instansi: Option<String>,
    /// The unit's levels on one line (see [`label_unit`]): how lists,
    /// indexes and search name it.
    pub unit: Option<String>,
    /// The unit's levels, outermost first.
    pub unit_tingkat: Vec<String>,
    /// Whether this build publishes it (drafts only with `--drafts`).
    pub published: bool,
    /// `keterkaitan`, each entry with the SOP it resolves to, if any.
    pub terkait: Vec<(String, Option<usize>)>,
    /// The SOPs whose `keterkaitan` point here ("Digunakan oleh").
    pub digunakan_oleh: Vec<usize>,
    /// `menggantikan`, each entry with the SOP it resolves to, if any.
    pub menggantikan: Vec<(String, Option<usize>)>,
    /// The SOPs that say they replace this one ("Digantikan oleh").
    pub digantikan_oleh: Vec<usize>,
}

#[derive(Debug)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    /// Folders that have an `_index.md`, by folder path ("" for `content/`).
    pub bagian: BTreeMap<String, Bagian>,
    pub diags: Vec<Diagnostic>,
    groups: Vec<Group>,
}

/// The published SOPs of one instansi (`None`: none named), by unit
/// (`None`: no unit named), as indices into `entries`.
#[derive(Debug)]
pub struct Group {
    pub instansi: Option<String>,
    pub units: Vec<(Option<String>, Vec<usize>)>,
}

/// The letterhead an SOP gets from itself, its folders and the config.
struct Inherited {
    pemerintah: Option<String>,
    instansi: Option<String>,
    unit: Vec<String>,
}

/// How references name SOPs: by path, by file name, by nama.
#[derive(Default)]
struct Names {
    by_path: HashMap<String, usize>,
    by_leaf: HashMap<String, Vec<usize>>,
    by_nama: HashMap<String, Vec<usize>>,
}

/// What a reference to another SOP says of it.
#[derive(Clone, Copy)]
enum Relation {
    Terkait,
    Menggantikan,
}

impl Relation {
    fn field(self) -> &'static str {
        match self {
            Relation::Terkait => "keterkaitan",
            Relation::Menggantikan => "menggantikan",
        }
    }
}

/// Which SOPs a build publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drafts {
    Exclude,
    Include,
}

impl From<bool> for Drafts {
    /// `true` (a `--drafts` flag given) includes them.
    fn from(include: bool) -> Drafts {
        if include {
            Drafts::Include
        } else {
            Drafts::Exclude
        }
    }
}

/// How names are compared when resolving links: case, runs of spaces and a
/// leading "SOP " do not matter.
pub fn normal_title(s: &str) -> String {
    let lower = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match lower.strip_prefix("sop ") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => lower,
    }
}

fn folder_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

impl Catalog {
    /// The folders above `path` (a file or folder under content/, no
    /// trailing `/`) that have a folder page, outermost first, with their
    /// titles.
    pub fn folder_pages<'a>(&'a self, path: &'a str) -> Vec<(&'a str, &'a str)> {
        let mut chain = Vec::new();
        let mut folder = folder_of(path);
        while !folder.is_empty() {
            if let Some(b) = self.bagian.get(folder) {
                chain.push((folder, b.judul.as_deref().unwrap_or(folder)));
            }
            folder = folder_of(folder);
        }
        chain.reverse();
        chain
    }

    pub fn build(loaded: Loaded, config: &Config, drafts: Drafts) -> Catalog {
        let Loaded {
            sops,
            bagian,
            diags,
        } = loaded;
        let bagian: BTreeMap<String, Bagian> =
            bagian.into_iter().map(|b| (b.path.clone(), b)).collect();
        let mut catalog = Catalog {
            entries: Vec::with_capacity(sops.len()),
            bagian,
            diags,
            groups: Vec::new(),
        };
        let mut sops = sops;
        sops.sort_by(|a, b| a.path.cmp(&b.path));
        for sop in sops {
            let Inherited {
                pemerintah,
                instansi,
                unit,
            } = catalog.inherited(&sop, config);
            let folder = folder_of(&sop.path);
            let leaf = sop
                .slug
                .as_ref()
                .map_or_else(|| &sop.path[folder.len()..], |s| &s.text);
            let leaf = leaf.trim_start_matches('/');
            let url = crate::url::sop(folder, leaf);
            let published = sop.status != Status::Draf || drafts == Drafts::Include;
            catalog.entries.push(Entry {
                sop,
                url,
                pemerintah,
                instansi,
                unit: label_unit(&unit),
                unit_tingkat: unit,
                published,
                terkait: Vec::new(),
                digunakan_oleh: Vec::new(),
                menggantikan: Vec::new(),
                digantikan_oleh: Vec::new(),
            });
        }
        catalog.check_urls();
        catalog.resolve_links();
        catalog.groups = catalog.compute_groups();
        diagnostic_sort(&mut catalog.diags);
        catalog
    }

    /// `pemerintah`, `instansi` and `unit` from the SOP, else the nearest
    /// `_index.md` that sets them, else the config.
    fn inherited(&self, sop: &Sop, config: &Config) -> Inherited {
        let mut pemerintah = sop.pemerintah.clone();
        let mut instansi = sop.instansi.clone();
        let mut unit = sop.unit.clone();
        let mut folder = folder_of(&sop.path);
        loop {
            if let Some(b) = self.bagian.get(folder) {
                pemerintah = pemerintah.or_else(|| b.pemerintah.clone());
                instansi = instansi.or_else(|| b.instansi.clone());
                if unit.is_empty() {
                    unit.clone_from(&b.unit);
                }
            }
            if folder.is_empty() {
                break;
            }
            folder = folder_of(folder);
        }
        Inherited {
            pemerintah: pemerintah.or_else(|| config.pemerintah.clone()),
            instansi: instansi.or_else(|| config.instansi.clone()),
            unit,
        }
    }

    /// Two pages at one URL would overwrite each other; URLs that differ
    /// only in case collide on case-insensitive servers and disks.
    fn check_urls(&mut self) {
        let mut taken: HashMap<String, String> = self
            .bagian
            .keys()
            .filter(|k| !k.is_empty())
            .map(|k| {
                (
                    crate::url::bagian(k).to_lowercase(),
                    crate::pesan!(
                        "halaman folder dari content/{k}/_index.md",
                        "the folder page of content/{k}/_index.md"
                    ),
                )
            })
            .collect();
        for e in &self.entries {
            let key = e.url.to_lowercase();
            let this = format!("content/{}.md", e.sop.path);
            let top = key.split('/').next().unwrap_or("");
            if crate::url::RESERVED.contains(&top) {
                let span = e.sop.slug.as_ref().map_or(0..0, |s| s.span.clone());
                let url = &e.url;
                let reserved = crate::url::RESERVED
                    .iter()
                    .map(|r| format!("{r}/"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let d = e
                    .sop
                    .source
                    .error(
                        span,
                        crate::pesan!(
                            "URL `{url}` dipakai untuk halaman katalog sendiri",
                            "the URL `{url}` is kept for the catalogue's own pages"
                        ),
                    )
                    .with_hint(crate::pesan!(
                        "sopgen menulis halaman-halaman indeksnya di bawah {reserved}: ganti nama folder atau berkas `{top}`",
                        "sopgen writes its index pages under {reserved}: rename the folder or file `{top}`"
                    ));
                self.diags.push(d);
                continue;
            }
            if let Some(other) = taken.get(&key) {
                let span = e.sop.slug.as_ref().map_or(0..0, |s| s.span.clone());
                let url = &e.url;
                let d = e
                    .sop
                    .source
                    .error(
                        span,
                        crate::pesan!(
                            "dua halaman akan diterbitkan di URL yang sama, `{url}`",
                            "two pages would be published at the same URL `{url}`"
                        ),
                    )
                    .with_hint(crate::pesan!(
                        "{other} juga diterbitkan di sana: ganti nama salah satu berkas atau beri salah satunya `slug` yang lain",
                        "{other} is published there too: rename one of the files or give one a different `slug`"
                    ));
                self.diags.push(d);
            } else {
                taken.insert(key, this);
            }
        }
    }

    /// Resolves every `keterkaitan` and `menggantikan` entry as docs/format.md
    /// says: the SOP's path under `content/`, its last path part when
    /// unique, or its nama.
    fn resolve_links(&mut self) {
        let mut names = Names::default();
        for (i, e) in self.entries.iter().enumerate() {
            let path = e.sop.path.to_lowercase();
            let leaf = path.rsplit('/').next().unwrap_or(&path).to_string();
            names.by_path.insert(path, i);
            names.by_leaf.entry(leaf).or_default().push(i);
            names
                .by_nama
                .entry(normal_title(&e.sop.nama))
                .or_default()
                .push(i);
        }
        let mut backlinks: Vec<Vec<usize>> = vec![Vec::new(); self.entries.len()];
        let mut replaced_by: Vec<Vec<usize>> = vec![Vec::new(); self.entries.len()];
        for i in 0..self.entries.len() {
            let sop = Arc::clone(&self.entries[i].sop);
            let mut terkait = Vec::with_capacity(sop.keterkaitan.len());
            for r in &sop.keterkaitan {
                let target = self.resolve(i, r, &names, Relation::Terkait);
                if let Some(j) = target {
                    backlinks[j].push(i);
                }
                terkait.push((r.text.clone(), target));
            }
            let mut menggantikan = Vec::with_capacity(sop.menggantikan.len());
            for r in &sop.menggantikan {
                let target = self.resolve(i, r, &names, Relation::Menggantikan);
                if let Some(j) = target {
                    replaced_by[j].push(i);
                    self.warn_still_in_force(i, j, r);
                }
                menggantikan.push((r.text.clone(), target));
            }
            self.entries[i].terkait = terkait;
            self.entries[i].menggantikan = menggantikan;
        }
        for (j, mut from) in backlinks.into_iter().enumerate() {
            from.sort_unstable();
            from.dedup();
            self.entries[j].digunakan_oleh = from;
        }
        for (j, mut from) in replaced_by.into_iter().enumerate() {
            from.sort_unstable();
            from.dedup();
            self.entries[j].digantikan_oleh = from;
        }
    }

    /// Warns when SOP `i`, no longer a draft, replaces SOP `j` that is
    /// still `berlaku`: readers would find two SOPs in force for one task.
    /// Located at the `menggantikan` entry `r` of the new SOP.
    fn warn_still_in_force(&mut self, i: usize, j: usize, r: &Located) {
        let new = &self.entries[i].sop;
        let old = &self.entries[j].sop;
        if new.status == Status::Draf || old.status != Status::Berlaku {
            return;
        }
        let (text, path) = (&r.text, &old.path);
        let d = new
            .source
            .warning(
                r.span.clone(),
                crate::pesan!(
                    "SOP yang digantikan \"{text}\" masih berstatus \"berlaku\"",
                    "the replaced SOP \"{text}\" is still \"berlaku\""
                ),
            )
            .with_hint(crate::pesan!(
                "ubah status = \"berlaku\" menjadi status = \"dicabut\" di content/{path}.md",
                "change status = \"berlaku\" to status = \"dicabut\" in content/{path}.md"
            ));
        self.diags.push(d);
    }

    /// The SOP a reference of SOP `i` names, or a warning saying why none.
    fn resolve(&mut self, i: usize, r: &Located, names: &Names, rel: Relation) -> Option<usize> {
        let key = r
            .text
            .trim()
            .trim_end_matches(".md")
            .trim_matches('/')
            .to_lowercase();
        // A file name shared by several folders is not unique: then the nama
        // decides, and failing that the choice is reported.
        let by_name = names
            .by_nama
            .get(&normal_title(&r.text))
            .cloned()
            .unwrap_or_default();
        let candidates: Vec<usize> = if let Some(&j) = names.by_path.get(&key) {
            vec![j]
        } else if let Some(v) = names
            .by_leaf
            .get(&key)
            .filter(|v| v.len() == 1 || by_name.is_empty())
        {
            v.clone()
        } else {
            by_name
        };
        let field = rel.field();
        let text = &r.text;
        let source = Arc::clone(&self.entries[i].sop.source);
        let warn =
            |message: String, hint: String| source.warning(r.span.clone(), message).with_hint(hint);
        match self.pick(i, &candidates) {
            Some(j) if j == i => {
                self.diags.push(warn(
                    crate::pesan!(
                        "{field} \"{text}\" menunjuk SOP ini sendiri",
                        "{field} \"{text}\" refers to this SOP itself"
                    ),
                    crate::pesan!("hapus entri ini", "remove the entry"),
                ));
                None
            }
            Some(j) => Some(j),
            None if candidates.len() > 1 => {
                let n = candidates.len();
                let paths: Vec<String> = candidates
                    .iter()
                    .map(|&j| format!("\"{}\"", self.entries[j].sop.path))
                    .collect();
                let paths = paths.join(", ");
                self.diags.push(warn(
                    crate::pesan!(
                        "{field} \"{text}\" cocok dengan {n} SOP",
                        "{field} \"{text}\" matches {n} SOPs"
                    ),
                    crate::pesan!(
                        "tulis path SOP yang dimaksud: {paths}",
                        "write the path of the one you mean: {paths}"
                    ),
                ));
                None
            }
            None => {
                self.diags.push(warn(
                    crate::pesan!(
                        "{field} \"{text}\" tidak cocok dengan SOP mana pun di katalog",
                        "{field} \"{text}\" does not match any SOP in the catalogue"
                    ),
                    crate::pesan!(
                        "tulis nama SOP yang ada di katalog ini, atau path-nya di bawah content/ tanpa `.md` (misalnya \"dinsos/penyusunan-lakip\"); sampai itu ia tampil sebagai teks biasa",
                        "write the nama of an SOP in this catalogue, or its path under content/ without `.md` (e.g. \"dinsos/penyusunan-lakip\"); it stays plain text until then"
                    ),
                ));
                None
            }
        }
    }

    /// Of several SOPs a name matches, the one nearest to SOP `from`: in the
    /// same folder, else of the same instansi. `None` when still ambiguous.
    fn pick(&self, from: usize, candidates: &[usize]) -> Option<usize> {
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        let here = &self.entries[from];
        let folder = folder_of(&here.sop.path);
        let narrow = |f: &dyn Fn(&Entry) -> bool| -> Option<usize> {
            let v: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&j| f(&self.entries[j]))
                .collect();
            (v.len() == 1).then(|| v[0])
        };
        narrow(&|e| folder_of(&e.sop.path) == folder)
            .or_else(|| narrow(&|e| e.instansi.is_some() && e.instansi == here.instansi))
    }

    pub fn published(&self) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries.iter().enumerate().filter(|(_, e)| e.published)
    }

    /// Published SOPs grouped by instansi, then unit, each sorted by name
    /// (computed once, when the catalogue is built).
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    fn compute_groups(&self) -> Vec<Group> {
        // Keys sort named groups before unnamed ones.
        type Key<'k> = (bool, &'k str);
        let mut tree: BTreeMap<Key, BTreeMap<Key, Vec<usize>>> = BTreeMap::new();
        for (i, e) in self.published() {
            let ins = e.instansi.as_deref().map_or((true, ""), |s| (false, s));
            let unit = e.unit.as_deref().map_or((false, ""), |s| (true, s));
            tree.entry(ins)
                .or_default()
                .entry(unit)
                .or_default()
                .push(i);
        }
        tree.into_iter()
            .map(|((none, ins), units)| Group {
                instansi: (!none).then(|| ins.to_string()),
                units: units
                    .into_iter()
                    .map(|((named, unit), mut sops)| {
                        sops.sort_by_cached_key(|&i| {
                            (
                                self.entries[i].sop.nama.to_lowercase(),
                                self.entries[i].url.clone(),
                            )
                        });
                        (named.then(|| unit.to_string()), sops)
                    })
                    .collect(),
            })
            .collect()
    }
}

fn diagnostic_sort(diags: &mut [Diagnostic]) {
    crate::diagnostic::sort(diags);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_compare_without_case_spaces_or_sop_prefix() {
        assert_eq!(normal_title("SOP  Penyusunan LAKIP"), "penyusunan lakip");
        assert_eq!(normal_title("sop penyusunan lakip"), "penyusunan lakip");
        assert_eq!(normal_title("SOP"), "sop");
        assert_eq!(normal_title("Sopir Dinas"), "sopir dinas");
    }
}
