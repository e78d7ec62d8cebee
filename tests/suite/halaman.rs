//! The shape of the rendered site: every path comes from `sopgen::url`,
//! whose reserved names content may not take; a site's template can extend
//! the built-in one it replaces; `sopgen tema` copies the built-in theme
//! out for editing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use crate::common::{TempDir, copy_dir, repo, snapshot, sopgen_id_in, sopgen_in};
use sopgen::render::{BundleInfo, RenderOptions};
use sopgen::site;

/// The example catalogue built with everything switched on: a `base_url`
/// (sitemap, feed), drafts, and the review bundle's own pages.
fn everything(root: &std::path::Path) -> site::Site {
    everything_with(root, None)
}

fn everything_with(
    root: &std::path::Path,
    caches: Option<&Arc<sopgen::cache::Caches>>,
) -> site::Site {
    let mut options = site::Options::new(root);
    options.caches = caches.cloned();
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

/// The example catalogue's content and settings in a folder of its own,
/// without the repository's themes/ (the built-in theme's source).
fn example_site(label: &str) -> TempDir {
    let site = TempDir::new(label);
    copy_dir(&repo().join("content"), &site.path().join("content"));
    std::fs::copy(repo().join("sopgen.toml"), site.path().join("sopgen.toml")).unwrap();
    site
}

fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let built = site::build(&site::Options::new(root)).unwrap_or_else(|d| panic!("{d:?}"));
    built
        .files
        .into_iter()
        .map(|f| (f.path, f.bytes.to_vec()))
        .collect()
}

#[test]
fn a_base_template_that_only_extends_the_built_in_one_changes_nothing() {
    let site = example_site("extends");
    let before = files(site.path());
    site.write(
        "templates/base.html",
        "{% extends \"default/base.html\" %}\n",
    );
    let after = files(site.path());
    assert!(before.len() > 100, "{} files", before.len());
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &before {
        assert!(after[path] == *bytes, "{path} differs");
    }
}

#[test]
fn overriding_one_block_of_the_built_in_base_changes_only_that_block() {
    const MARK: &str = "<p class=\"tema-situs\">Tema situs</p>";
    let site = example_site("block");
    let before = files(site.path());
    site.write(
        "templates/base.html",
        format!(
            "{{% extends \"default/base.html\" %}}\n{{% block kotak_cari %}}{{{{ super() }}}}{MARK}{{% endblock kotak_cari %}}\n"
        ),
    );
    let after = files(site.path());
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    let mut marked = 0;
    for (path, bytes) in &before {
        let (old, new) = (
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&after[path]),
        );
        if new.contains(MARK) {
            marked += 1;
            // The block's own output, then the mark: nothing else moved.
            assert_eq!(new.matches(MARK).count(), 1, "{path}");
            let form_end = old.find("</form>").expect("the search box") + "</form>".len();
            let expected = format!("{}{MARK}{}", &old[..form_end], &old[form_end..]);
            assert!(new == expected, "{path} changed elsewhere");
        } else {
            assert!(old == new, "{path} changed without the mark");
            // Only the search page has no search box in its header.
            assert!(
                !old.contains("class=\"kotak-cari\""),
                "{path} has the block but not the change"
            );
        }
    }
    assert!(marked > 20, "{marked} pages");
}

#[test]
fn every_template_a_page_kind_uses_is_built_in_under_default() {
    let names: BTreeSet<&str> = sopgen::render::theme::built_in()
        .filter_map(|(rel, _)| rel.strip_prefix("templates/"))
        .collect();
    let mut used = vec![
        "index.html",
        "sop.html",
        "bagian.html",
        "cari.html",
        "404.html",
        "sampul.html",
        "cetak.html",
        "cetak-daftar.html",
        "indeks.html",
        "base.html",
        "components.html",
    ];
    used.extend(sopgen::render::indeks::JENIS.iter().map(|j| j.template));
    for name in used {
        assert!(names.contains(name), "{name} is not built in");
    }
}

/// The built-in theme's source in the repository, file by file.
fn theme_source() -> Vec<(std::path::PathBuf, Vec<u8>)> {
    snapshot(&repo().join("themes/default"))
}

#[test]
fn the_theme_command_copies_the_built_in_theme_and_never_overwrites_unasked() {
    let dir = TempDir::new("tema");
    let run = sopgen_id_in(dir.path(), &["tema", "--ke", "salinan"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("salinan");
    assert_eq!(snapshot(&out), theme_source(), "a copy of themes/default");
    assert!(
        run.stdout.contains("berkas tema bawaan ditulis ke salinan"),
        "{}",
        run.stdout
    );
    // A second run refuses, names what exists, and writes nothing: an
    // edited file stays edited, a deleted one is not brought back.
    let base = out.join("templates/base.html");
    std::fs::write(&base, "diubah").unwrap();
    std::fs::remove_file(out.join("templates/404.html")).unwrap();
    let before = snapshot(&out);
    let run = sopgen_id_in(dir.path(), &["tema", "--ke", "salinan"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("salinan/templates/base.html sudah ada"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(snapshot(&out), before);
    // In English on request.
    let run = sopgen_in(dir.path(), &["tema", "--ke", "salinan"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("exists already"), "{}", run.stderr);
    // Asked, it replaces them.
    let run = sopgen_id_in(dir.path(), &["tema", "--ke", "salinan", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(snapshot(&out), theme_source());
}

#[test]
fn the_theme_command_copies_single_files_by_name() {
    let dir = TempDir::new("tema-satu");
    let run = sopgen_in(
        dir.path(),
        &["theme", "base.html", "static/aset/sopgen.css"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written: Vec<_> = snapshot(dir.path()).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        written,
        [
            std::path::PathBuf::from("static/aset/sopgen.css"),
            "templates/base.html".into()
        ]
    );
    assert!(
        run.stdout.contains("2 files of the built-in theme written"),
        "{}",
        run.stdout
    );
    // A name the theme does not have is a usage error; nothing is written.
    let run = sopgen_id_in(
        dir.path(),
        &["tema", "--ke", "lain", "base.html", "tidak-ada.html"],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("tidak-ada.html"), "{}", run.stderr);
    assert!(!dir.path().join("lain").exists());
}

#[test]
fn a_site_built_with_the_copied_theme_is_the_same_site() {
    let site = example_site("tema-situs");
    let before = files(site.path());
    // Into the site itself: its templates/ and static/ replace the built-in.
    let run = sopgen_in(site.path(), &["tema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.path()
            .join("templates/indeks/pelaksana.html")
            .is_file()
    );
    assert!(files(site.path()) == before, "the copy in the site differs");
    // As a named theme.
    std::fs::remove_dir_all(site.path().join("templates")).unwrap();
    std::fs::remove_dir_all(site.path().join("static")).unwrap();
    let run = sopgen_id_in(site.path(), &["tema", "--ke", "themes/biru"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("theme = \"biru\""), "{}", run.stdout);
    let toml = std::fs::read_to_string(site.path().join("sopgen.toml")).unwrap();
    std::fs::write(
        site.path().join("sopgen.toml"),
        format!("{toml}\ntheme = \"biru\"\n"),
    )
    .unwrap();
    assert!(files(site.path()) == before, "the named theme differs");
}

#[test]
fn pages_rendered_from_kept_caches_equal_fresh_ones_bundle_pages_included() {
    // tests/incremental.rs checks the site; the bundle's print pages are
    // keyed by their own inputs.
    let site = example_site("cache-paket");
    let caches = Arc::new(sopgen::cache::Caches::default());
    let as_map = |s: site::Site| -> BTreeMap<String, Vec<u8>> {
        s.files
            .into_iter()
            .map(|f| (f.path, f.bytes.to_vec()))
            .collect()
    };
    let first = as_map(everything_with(site.path(), Some(&caches)));
    assert_eq!(first, as_map(everything(site.path())));
    // An edit that changes a print page and the flowchart it holds.
    let rel = "content/dinsos-selayar/pengumpulan-data-kinerja.md";
    let text = std::fs::read_to_string(site.path().join(rel)).unwrap();
    let edited = text.replacen("kegiatan = \"", "kegiatan = \"Segera ", 1);
    assert_ne!(edited, text);
    std::fs::write(site.path().join(rel), edited).unwrap();
    let kept = as_map(everything_with(site.path(), Some(&caches)));
    let fresh = as_map(everything(site.path()));
    let differ: Vec<&String> = fresh
        .iter()
        .filter(|(p, b)| kept.get(*p) != Some(b))
        .map(|(p, _)| p)
        .collect();
    assert!(differ.is_empty(), "stale from the caches: {differ:?}");
    assert_eq!(kept.len(), fresh.len());
    let changed: Vec<&String> = fresh
        .iter()
        .filter(|(p, b)| first.get(*p) != Some(b))
        .map(|(p, _)| p)
        .collect();
    assert!(
        changed.iter().any(|p| p.starts_with("cetak/")),
        "the edit reached no print page: {changed:?}"
    );
}

/// An index kind the site does not have, made the way the built-in ones
/// are: SOPs by the equipment they list.
mod peralatan {
    use std::collections::BTreeMap;

    use serde::Serialize;
    use sopgen::render::indeks::jenis::{Jenis, Out};
    use sopgen::render::indeks::view::{
        Butir, EntriIndeks, IndeksPage, KelompokEntri, KelompokSop, jejak,
    };
    use sopgen::render::page::Pages;

    pub const DIR: &str = "peralatan/";

    pub const JENIS: Jenis = Jenis {
        kunci: "peralatan",
        dir: DIR,
        template: "indeks/peralatan.html",
        jelajah: ("Peralatan", "alat"),
        jumlah: |_| 0,
        halaman,
    };

    #[derive(Serialize, Hash, Clone)]
    struct Rincian<'a> {
        nama: &'a str,
    }

    fn halaman<'a>(p: &Pages<'a>, out: &mut Out<'a>) {
        let mut by: BTreeMap<&'a str, Vec<usize>> = BTreeMap::new();
        for &i in &p.published {
            for alat in &p.catalog.entries[i].sop.peralatan_perlengkapan {
                by.entry(alat).or_default().push(i);
            }
        }
        let l = p.links(DIR);
        let entri = by
            .iter()
            .enumerate()
            .map(|(k, (alat, sops))| EntriIndeks {
                nama: alat.to_string(),
                href: Some(l.page(&format!("{DIR}{k}/"))),
                jumlah: sops.len(),
                catatan: None,
            })
            .collect();
        out.indeks(
            DIR,
            IndeksPage::things(&l, vec![KelompokEntri { judul: None, entri }], ()),
        );
        for (k, (alat, sops)) in by.into_iter().enumerate() {
            let dir = format!("{DIR}{k}/");
            let l = p.links(&dir);
            let sops = sops.iter().map(|&i| Butir::new(p.catalog, i, &l)).collect();
            out.daftar(
                dir,
                IndeksPage::sops(
                    1,
                    jejak(&l, DIR, &[]),
                    vec![KelompokSop::of(sops)],
                    Rincian { nama: alat },
                ),
            );
        }
    }
}

#[test]
fn a_new_index_kind_is_an_entry_and_a_template() {
    use sopgen::render::{Memory, Renderer, indeks, page::Pages, theme::Theme};
    let site = TempDir::new("jenis-baru");
    copy_dir(&repo().join("tests/fixtures/valid/full"), site.path());
    site.write(
        "templates/indeks/peralatan.html",
        "{% extends \"indeks.html\" %}\n\
         {% block judul_indeks %}Peralatan{% endblock judul_indeks %}\n\
         {% block pengantar_indeks %}SOP menurut peralatannya.{% endblock pengantar_indeks %}\n\
         {% block judul %}Alat: {{ page.nama }}{% endblock judul %}\n",
    );
    let options = site::Options::new(site.path());
    let (config, catalog) = site::load(&options).unwrap();
    let indexes = sopgen::indexes::Indexes::build(&catalog, &config.alias_pelaksana);
    let caches = sopgen::cache::Caches::none();
    let search = sopgen::search::index::SearchIndex::build(&catalog, caches);
    let renderer = Renderer::new(Theme::resolve(site.path(), &config.theme).unwrap()).unwrap();
    let input = sopgen::render::Input {
        catalog: &catalog,
        indexes: &indexes,
        search: &search,
        config: &config,
        caches,
    };
    let (options, sink) = (RenderOptions::default(), Memory::default());
    let pages = Pages::new(&renderer, &input, &options, &sink);
    let made = indeks::render_kinds(&pages, &[peralatan::JENIS]);
    assert!(made.iter().all(Result::is_ok), "{made:?}");
    let files: BTreeMap<String, String> = sink
        .into_files()
        .into_iter()
        .map(|f| (f.path, String::from_utf8(f.bytes.to_vec()).unwrap()))
        .collect();
    let own = &files["peralatan/index.html"];
    assert!(own.contains("<h1>Peralatan</h1>"), "{own}");
    assert!(own.contains("<p class=\"deskripsi\">SOP menurut peralatannya.</p>"));
    assert!(own.contains("<title>Peralatan · "), "{own}");
    let things = files.len() - 1;
    assert!(things >= 2, "{files:?}");
    let one = &files["peralatan/0/index.html"];
    assert!(one.contains("<h1>Alat: "), "{one}");
    // The crumb back to the kind's page is named by its template.
    assert!(
        one.contains("<li><a href=\"../../peralatan/\">Peralatan</a></li>"),
        "{one}"
    );
    assert!(one.contains("class=\"daftar-sop\""), "{one}");
}
