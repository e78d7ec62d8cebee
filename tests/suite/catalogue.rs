//! The cross-linked catalogue over a fixture of 50 SOPs in three agencies:
//! keterkaitan in every form (path, file name, nama with and without "SOP",
//! other case and spacing), a link cycle, links to SOPs that do not exist,
//! actor spellings that must and must not merge, a regulation written in
//! several ways. Every resolved link works both ways, every index page lists
//! what it should, `sopgen check` names every broken link.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::*;

struct Planned {
    path: String,
    nama: String,
    links: Vec<String>,
}

const AGENCIES: [(&str, &str); 3] = [
    ("dinsos", "Dinas Sosial Kabupaten Uji"),
    ("dinkes", "Dinas Kesehatan Kabupaten Uji"),
    ("bappeda", "Bappeda Kabupaten Uji"),
];

const CITATIONS: [&str; 4] = [
    "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan",
    "Permenpan RB No.35 tahun 2012 tentang Pedoman Penyusunan SOP AP",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012",
    "PermenPAN-RB Nomor 35 Tahun 2012",
];

/// 50 SOPs; returns the plan and the number of links that resolve nowhere.
fn write_fixture(site: &TempDir) -> (Vec<Planned>, usize) {
    site.write("sopgen.toml", "title = \"Katalog Bertaut\"\n[alias_pelaksana]\n\"Kasubbag Program dan Evaluasi\" = \"Kasubag Program\"\n");
    for (slug, name) in AGENCIES {
        site.write(
            &format!("content/{slug}/_index.md"),
            format!("+++\njudul = \"{name}\"\ninstansi = \"{name}\"\n+++\n"),
        );
    }
    let mut plan: Vec<Planned> = (0..50)
        .map(|i| {
            let (slug, _) = AGENCIES[i % 3];
            Planned {
                path: format!("{slug}/sop-{i:02}"),
                nama: format!("Prosedur Nomor {i:02} Pelayanan"),
                links: Vec::new(),
            }
        })
        .collect();
    let mut missing = 0;
    for i in 0..50 {
        let t = (i * 7 + 3) % 50;
        let target_path = plan[t].path.clone();
        let target_leaf = target_path.rsplit('/').next().unwrap().to_string();
        let target_nama = plan[t].nama.clone();
        let form = match i % 5 {
            0 => target_path,
            1 => target_leaf,
            2 => target_nama,
            3 => format!("SOP {}", target_nama.to_uppercase()),
            _ => format!("  sop   {}  ", target_nama.replace(' ', "  ")),
        };
        plan[i].links.push(form);
        if i % 10 == 0 {
            plan[i].links.push(format!("SOP Yang Tidak Ada {i}"));
            missing += 1;
        }
    }
    // A cycle: 40 -> 41 -> 42 -> 40.
    for (a, b) in [(40, 41), (41, 42), (42, 40)] {
        let target = plan[b].path.clone();
        plan[a].links.push(target);
    }
    let actors = [
        "Kasubag Program",
        "Kasubbag Program",
        "Ka.Subbag Program",
        "Kasubbag Program dan Evaluasi",
        "Kepala Sub Bagian Umum",
    ];
    for (i, p) in plan.iter().enumerate() {
        let actor = actors[i % actors.len()];
        let links = p
            .links
            .iter()
            .map(|l| format!("\"{l}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let text = format!(
            "+++\nnama = \"{}\"\nnomor = \"{i:02}/SOP/2024\"\nkata_kunci = [\"{}\"]\ndasar_hukum = [\"{}\"]\nketerkaitan = [{links}]\npelaksana = [\"{actor}\", \"Staf\"]\n\n[[langkah]]\nkegiatan = \"Menerima berkas nomor {i}\"\npelaksana = \"Staf\"\n\n[[langkah]]\nkegiatan = \"Memeriksa berkas nomor {i}\"\npelaksana = \"{actor}\"\n+++\n",
            p.nama,
            if i % 2 == 0 { "genap" } else { "Ganjil" },
            CITATIONS[i % CITATIONS.len()],
        );
        site.write(&format!("content/{}.md", p.path), text);
    }
    (plan, missing)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Links of a section of a page (`<section class="{class}"...</section>`).
fn section_links(html: &str, class: &str) -> Vec<String> {
    let Some(start) = html.find(&format!("<section class=\"{class}\"")) else {
        return Vec::new();
    };
    let end = html[start..]
        .find("</section>")
        .map_or(html.len(), |e| start + e);
    html[start..end]
        .split("href=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect()
}

/// How many SOPs the lists of an index page hold.
fn listed(html: &str) -> usize {
    html.split("<ul class=\"daftar-sop\">")
        .skip(1)
        .map(|l| {
            l.split("</ul>")
                .next()
                .unwrap()
                .matches("<li><a href=")
                .count()
        })
        .sum()
}

/// The folder a relative href from `page_dir` leads to, under the root.
fn resolve(page_dir: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page_dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "" | "." => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn fifty_linked_sops_link_both_ways_and_check_names_every_broken_link() {
    let site = TempDir::new("linked");
    let (plan, missing) = write_fixture(&site);
    let root = site.path().to_str().unwrap();
    let check = sopgen(&["check", "--root", root]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let warnings = reported(&check.stderr);
    assert_eq!(warnings.len(), missing, "{}", check.stderr);
    for w in &warnings {
        assert!(w.message.contains("SOP Yang Tidak Ada"), "{w:?}");
        assert!(w.locus.contains(".md:6:"), "at the keterkaitan line: {w:?}");
    }
    let out = site.path().join("public");
    assert_eq!(sopgen(&["build", "--root", root]).code, 0);
    // Every resolved link leads to its target, which lists the linking SOP.
    let mut expected_back: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in &plan {
        let dir = format!("{}/", p.path);
        let html = read(&out.join(&p.path).join("index.html"));
        let links = section_links(&html, "keterkaitan");
        let resolvable = p.links.iter().filter(|l| !l.contains("Tidak Ada")).count();
        assert_eq!(links.len(), resolvable, "{}: {links:?}", p.path);
        for href in links {
            let target = resolve(&dir, &href);
            assert!(
                out.join(&target).join("index.html").is_file(),
                "{} links {href}",
                p.path
            );
            expected_back
                .entry(target)
                .or_default()
                .insert(p.path.clone());
        }
        for l in p.links.iter().filter(|l| l.contains("Tidak Ada")) {
            assert!(
                html.contains(&format!("<li>{l}</li>")),
                "{}: a missing SOP stays text",
                p.path
            );
        }
    }
    for (target, from) in &expected_back {
        let html = read(&out.join(target).join("index.html"));
        let back: BTreeSet<String> = section_links(&html, "digunakan-oleh")
            .iter()
            .map(|h| resolve(&format!("{target}/"), h))
            .collect();
        assert_eq!(&back, from, "{target}: Digunakan oleh");
    }
    // The cycle is drawn both ways without trouble.
    for (a, b) in [(40, 41), (41, 42), (42, 40)] {
        assert!(expected_back[&plan[b].path].contains(&plan[a].path));
    }
}

#[test]
fn index_pages_list_what_they_should() {
    let site = TempDir::new("linked-ix");
    let (plan, _) = write_fixture(&site);
    let root = site.path().to_str().unwrap();
    assert_eq!(sopgen(&["build", "--root", root]).code, 0);
    let out = site.path().join("public");
    // Actors: the three spellings that normalise equal, and the alias, are
    // one actor; "Kepala Sub Bagian Umum" stays apart.
    let actors = read(&out.join("pelaksana/index.html"));
    assert!(
        actors.contains(">Kasubag Program</a> <span class=\"jumlah\">(40 SOP)</span>"),
        "{actors}"
    );
    assert!(actors.contains(">Kepala Sub Bagian Umum</a> <span class=\"jumlah\">(10 SOP)</span>"));
    assert!(actors.contains(">Staf</a> <span class=\"jumlah\">(50 SOP)</span>"));
    let kasubag = read(&out.join("pelaksana/kasubag-program/index.html"));
    for spelling in [
        "Kasubbag Program",
        "Ka.Subbag Program",
        "Kasubbag Program dan Evaluasi",
    ] {
        assert!(
            kasubag.contains(spelling),
            "other spellings shown: {spelling}"
        );
    }
    assert_eq!(kasubag.matches("class=\"langkah-pelaksana\"").count(), 40);
    assert!(kasubag.contains("Memeriksa berkas nomor 1<"));
    // The regulation, written four ways, is one entry cited by all 50.
    let laws = read(&out.join("dasar-hukum/index.html"));
    assert_eq!(laws.matches("Nomor 35 Tahun 2012</a>").count(), 1, "{laws}");
    assert!(laws.contains("(50 SOP)"));
    let law = read(&out.join("dasar-hukum/permenpan-rb/35/2012/index.html"));
    assert_eq!(listed(&law), 50);
    for c in CITATIONS {
        assert!(law.contains(c), "the original text stays visible: {c}");
    }
    // Tags, case aside, and instansi and units.
    let tags = read(&out.join("kata-kunci/index.html"));
    assert!(tags.contains("(25 SOP)"));
    let dinkes = read(&out.join("instansi/dinas-kesehatan-kabupaten-uji/index.html"));
    let in_dinkes = plan
        .iter()
        .filter(|p| p.path.starts_with("dinkes/"))
        .count();
    assert_eq!(listed(&dinkes), in_dinkes);
    // Each SOP page links its actors, regulations, tags and instansi.
    let page = read(&out.join("dinsos/sop-00/index.html"));
    assert!(page.contains("href=\"../../pelaksana/kasubag-program/\""));
    assert!(page.contains("href=\"../../dasar-hukum/permenpan-rb/35/2012/\""));
    assert!(page.contains("href=\"../../kata-kunci/genap/\""));
    assert!(page.contains("href=\"../../instansi/dinas-sosial-kabupaten-uji/\""));
    // The home page links every index.
    let home = read(&out.join("index.html"));
    for dir in [
        "instansi/",
        "pelaksana/",
        "dasar-hukum/",
        "kata-kunci/",
        "status/",
        "terbaru/",
    ] {
        assert!(home.contains(&format!("href=\"{dir}\"")), "{dir}");
    }
}

#[test]
fn website_basics_with_a_base_url() {
    let site = TempDir::new("basics");
    copy_dir(&fixture("valid/full"), site.path());
    site.write(
        "sopgen.toml",
        "title = \"Katalog Uji\"\nbase_url = \"https://sop.uji.go.id/katalog\"\n",
    );
    let root = site.path().to_str().unwrap();
    assert_eq!(sopgen(&["build", "--root", root]).code, 0);
    let out = site.path().join("public");
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://sop.uji.go.id/katalog/dinas-a/pengumpulan-data-kinerja/</loc><lastmod>2024-02-29</lastmod>"), "{sitemap}");
    assert!(sitemap.contains("<loc>https://sop.uji.go.id/katalog/</loc>"));
    assert!(!sitemap.contains("draf-baru"), "drafts are not published");
    let robots = read(&out.join("robots.txt"));
    assert!(robots.contains("Sitemap: https://sop.uji.go.id/katalog/sitemap.xml"));
    let feed = read(&out.join("feed.xml"));
    assert!(
        feed.starts_with("<?xml")
            && feed.contains("<entry>")
            && feed.contains("https://sop.uji.go.id/katalog/dinas-a/pengumpulan-data-kinerja/")
    );
    let page = read(&out.join("dinas-a/pengumpulan-data-kinerja/index.html"));
    assert!(page.contains("<meta property=\"og:title\" content=\"Pengumpulan Data Kinerja\">"));
    assert!(page.contains("<meta property=\"og:url\" content=\"https://sop.uji.go.id/katalog/dinas-a/pengumpulan-data-kinerja/\">"));
    assert!(page.contains("<nav class=\"jejak\""), "breadcrumbs");
    let nf = read(&out.join("404.html"));
    assert!(
        nf.contains("href=\"/katalog/aset/sopgen.css\"")
            && nf.contains("href=\"/katalog/instansi/\""),
        "the 404 page's links start from the site's path, so they work at any depth"
    );
    // Breadcrumbs: instansi > unit > SOP.
    assert!(page.contains(
        "<li><a href=\"../../instansi/dinas-a-kabupaten-uji/\">Dinas A Kabupaten Uji</a></li>"
    ));
    // Folder pages are listed on the home page.
    let home = read(&out.join("index.html"));
    assert!(
        home.contains("<li class=\"tingkat-1\"><a href=\"dinas-a/\">Dinas A</a>"),
        "{home}"
    );
    // Without a base_url: no sitemap or feed (they need absolute URLs).
    let plain = TempDir::new("basics-plain");
    copy_dir(&fixture("valid/full"), plain.path());
    assert_eq!(
        sopgen(&["build", "--root", plain.path().to_str().unwrap()]).code,
        0
    );
    assert!(!plain.path().join("public/sitemap.xml").exists());
    assert!(plain.path().join("public/robots.txt").is_file());
    assert!(plain.path().join("public/404.html").is_file());
}

#[test]
fn content_may_not_take_the_index_pages_urls() {
    let site = TempDir::new("reserved");
    site.write(
        "content/pelaksana/staf.md",
        "+++\nnama = \"Tugas Staf\"\npelaksana = [\"Staf\"]\n\n[[langkah]]\nkegiatan = \"Bekerja\"\npelaksana = \"Staf\"\n+++\n",
    );
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let got = reported(&run.stderr);
    assert_eq!(
        got[0].locus, "content/pelaksana/staf.md:1:1",
        "{}",
        run.stderr
    );
    assert!(
        got[0]
            .message
            .contains("kept for the catalogue's own pages")
    );
}

#[test]
fn the_schema_command_prints_the_front_matter_schema() {
    let run = sopgen(&["schema"]);
    assert_eq!(run.code, 0);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        schema["required"],
        serde_json::json!(["nama", "pelaksana", "langkah"])
    );
    assert_eq!(schema["additionalProperties"], false);
    assert!(schema["properties"]["dasar_hukum"].is_object());
}
