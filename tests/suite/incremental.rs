//! `serve --watch` keeps what it made between rebuilds (parsed files,
//! flowcharts, search words, JSON records, rendered pages), each keyed by
//! its inputs. A key that misses an input shows a stale page in the
//! preview. After each edit of a series, a rebuild with the kept caches
//! must give the same files, byte for byte, as a build from scratch.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::common::TempDir;
use sopgen::cache::Caches;
use sopgen::site;

fn files(site: site::Site) -> BTreeMap<String, Vec<u8>> {
    site.files
        .into_iter()
        .map(|f| (f.path, f.bytes.to_vec()))
        .collect()
}

fn build(root: &Path, caches: Option<&Arc<Caches>>) -> BTreeMap<String, Vec<u8>> {
    let mut options = site::Options::new(root);
    options.caches = caches.cloned();
    match site::build(&options) {
        Ok(site) => files(site),
        Err(diags) => panic!("the build failed: {diags:?}"),
    }
}

/// The paths whose bytes differ, or that only one side has.
fn differences(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut out: Vec<String> = a
        .iter()
        .filter(|(p, bytes)| b.get(*p) != Some(bytes))
        .map(|(p, _)| p.clone())
        .collect();
    out.extend(b.keys().filter(|p| !a.contains_key(*p)).cloned());
    out
}

fn edit(root: &Path, rel: &str, change: impl FnOnce(String) -> String) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = change(text.clone());
    assert_ne!(changed, text, "the edit of {rel} changed nothing");
    std::fs::write(&path, changed).unwrap();
}

/// The first `keterkaitan` path of a SOP that has one: (the linking SOP,
/// the SOP it links to), both as paths under the site root.
fn a_link(root: &Path) -> (String, String) {
    let generated = sopgen_synth::generate(60, 5);
    for f in &generated {
        let Some(start) = f.text.find("keterkaitan = [\n  \"") else {
            continue;
        };
        let rest = &f.text[start + "keterkaitan = [\n  \"".len()..];
        let target = format!("content/{}.md", &rest[..rest.find('"').unwrap()]);
        if root.join(&target).is_file() {
            return (f.path.clone(), target);
        }
    }
    panic!("no SOP of the generated catalogue links to another by its path");
}

#[test]
fn a_rebuild_from_kept_caches_equals_a_fresh_build_after_every_edit() {
    let dir = TempDir::new("incremental");
    let root = dir.path();
    sopgen_synth::write(root, 60, 5).unwrap();
    let caches = Arc::new(Caches::default());
    let (linking, target) = a_link(root);
    let folder = &target[..target.rfind('/').unwrap()];

    type Step<'a> = (&'a str, Box<dyn Fn() + 'a>);
    let steps: Vec<Step> = vec![
        ("first build", Box::new(|| {})),
        (
            "a step's text of a linked SOP",
            Box::new(|| {
                edit(root, &target, |t| {
                    t.replacen("kegiatan = \"", "kegiatan = \"Memeriksa ulang dan ", 1)
                })
            }),
        ),
        (
            "the name of a linked SOP",
            Box::new(|| {
                edit(root, &target, |t| {
                    t.replacen("nama = \"", "nama = \"Tata Cara ", 1)
                })
            }),
        ),
        (
            "the address (slug) of a linked SOP",
            Box::new(|| {
                edit(root, &target, |t| {
                    t.replacen("+++\n", "+++\nslug = \"alamat-baru\"\n", 1)
                })
            }),
        ),
        (
            "the instansi its folder's _index.md gives",
            Box::new(|| {
                edit(root, &format!("{folder}/_index.md"), |t| {
                    t.replacen("instansi = \"", "instansi = \"UPT ", 1)
                })
            }),
        ),
        (
            "the site's title",
            Box::new(|| edit(root, "sopgen.toml", |t| t.replacen("Katalog", "Daftar", 1))),
        ),
        (
            "a copy of the linked SOP under a new name",
            Box::new(|| {
                let text = std::fs::read_to_string(root.join(&target)).unwrap();
                std::fs::write(
                    root.join(format!("{folder}/salinan-baru.md")),
                    text.replacen("slug = \"alamat-baru\"\n", "", 1).replacen(
                        "nama = \"",
                        "nama = \"Salinan ",
                        1,
                    ),
                )
                .unwrap();
            }),
        ),
        (
            "the linking SOP removed",
            Box::new(|| std::fs::remove_file(root.join(&linking)).unwrap()),
        ),
    ];
    for (what, step) in steps {
        step();
        let kept = build(root, Some(&caches));
        let fresh = build(root, None);
        let differ = differences(&kept, &fresh);
        assert!(
            differ.is_empty(),
            "after \"{what}\", {} files differ from a fresh build: {:?}",
            differ.len(),
            &differ[..differ.len().min(10)]
        );
    }
}
