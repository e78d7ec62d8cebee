//! The shape of the rendered site: every path comes from `sopgen::url`,
//! whose reserved names content may not take.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::{TempDir, copy_dir, repo};
use sopgen::render::{BundleInfo, RenderOptions};
use sopgen::site;

/// The example catalogue built with everything switched on: a `base_url`
/// (sitemap, feed), drafts, and the review bundle's own pages.
fn everything(root: &std::path::Path) -> site::Site {
    let mut options = site::Options::new(root);
    options.base_url = Some("https://sop.example.go.id/".into());
    options.drafts = sopgen::catalog::Drafts::Include;
    options.render = RenderOptions {
        bundle: Some(Arc::new(BundleInfo {
            tanggal: "1 Desember 2025".into(),
            revisi: None,
            ada_perubahan: false,
            peringatan: Vec::new(),
        })),
        ..RenderOptions::default()
    };
    site::build(&options).unwrap_or_else(|d| panic!("{d:?}"))
}

#[test]
fn every_top_level_name_the_renderer_writes_is_reserved() {
    let site = everything(&repo());
    let content: BTreeSet<String> = site
        .built
        .catalog
        .entries
        .iter()
        .map(|e| e.url.split('/').next().unwrap().to_string())
        .collect();
    let mut written: BTreeSet<&str> = BTreeSet::new();
    for f in &site.files {
        let top = f.path.split('/').next().unwrap();
        if f.path.contains('/') && content.contains(top) {
            continue;
        }
        written.insert(top);
    }
    // The home page is the only top-level name the content cannot clash
    // with (an SOP's page is always a folder).
    written.remove(sopgen::url::INDEX_FILE);
    let reserved: BTreeSet<&str> = sopgen::url::RESERVED.iter().copied().collect();
    assert_eq!(
        written, reserved,
        "the site's top-level names and url::RESERVED differ"
    );
}

#[test]
fn content_may_not_take_the_bundles_print_pages_folder() {
    // The review bundle writes print pages under cetak/ and its cover at
    // sampul/: an SOP there would be overwritten by them in the bundle.
    for folder in ["cetak", "sampul"] {
        let site = TempDir::new("cetak");
        copy_dir(&repo().join("tests/fixtures/valid/minimal"), site.path());
        site.write(
            &format!("content/{folder}/tugas.md"),
            "+++\nnama = \"Tugas\"\npelaksana = [\"Staf\"]\n\n[[langkah]]\nkegiatan = \"Bekerja\"\npelaksana = \"Staf\"\n+++\n",
        );
        let diags = site::check(&site::Options::new(site.path()), false);
        let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
        assert_eq!(errors.len(), 1, "{diags:?}");
        assert_eq!(
            errors[0].file,
            std::path::PathBuf::from(format!("content/{folder}/tugas.md"))
        );
    }
}
