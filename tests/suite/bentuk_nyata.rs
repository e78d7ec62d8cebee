//! The format as real agencies' SOPs need it (tests/fixtures/valid/bentuk-nyata:
//! a puskesmas, a provincial hospital UPT, a licensing office, a kelurahan,
//! an education office): every SOP checks clean, builds, and its page shows
//! every value it gives — the letterhead's three lines, several signatories
//! with their roles, dates as written, the source's own step numbers,
//! `lanjut`, custom branch labels, every waktu form — and its flowchart
//! carries them in its `data-*` attributes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::*;
use sopgen::content::Sop;
use sopgen::content::load::{parse_files, read_content};

fn site() -> PathBuf {
    fixture("valid/bentuk-nyata")
}

/// The fixture built once for all tests here.
fn built() -> &'static Path {
    &shared_build("bentuk-nyata", &site(), &[]).out
}

fn sops() -> Vec<std::sync::Arc<Sop>> {
    let (files, diags) = read_content(&site(), &site().join("content"));
    assert!(diags.is_empty(), "{diags:?}");
    let loaded = parse_files(files);
    assert!(
        loaded.diags.iter().all(|d| !d.is_error()),
        "{:#?}",
        loaded.diags
    );
    loaded.sops
}

fn page(url: &str) -> String {
    let path = built().join(url).join("index.html");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn page_of(sop: &Sop) -> String {
    let url = match &sop.slug {
        Some(s) => match sop.path.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/{}", s.text),
            None => s.text.clone(),
        },
        None => sop.path.clone(),
    };
    page(&url)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"))
        + start.len();
    let to = html[from..].find(end).map_or(html.len(), |i| from + i);
    &html[from..to]
}

/// Every element of the page's flowcharts whose tag opens with `class="…"`,
/// as (class, the tag's text).
fn svg_tags<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    let needle = format!("class=\"{class}");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let end = html[i..].find('>').map_or(html.len(), |e| i + e);
            &html[i..end]
        })
        .collect()
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    let to = tag[from..].find('"')? + from;
    Some(&tag[from..to])
}

#[test]
fn every_fixture_checks_clean() {
    let site = site();
    let run = sopgen(&["check", "--root", site.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Only links to SOPs outside this catalogue are reported.
    for d in reported(&run.stderr) {
        assert_eq!(d.severity, "warning", "{d:?}");
        assert!(d.message.starts_with("keterkaitan"), "{d:?}");
    }
    assert!(sops().len() >= 8);
}

#[test]
fn every_value_of_every_sop_is_on_its_page() {
    for sop in sops() {
        let html = page_of(&sop);
        let mut items: Vec<String> = vec![sop.nama.clone()];
        items.extend(sop.nomor.clone());
        items.extend(sop.sumber_dokumen.clone());
        for list in [
            &sop.dasar_hukum,
            &sop.kualifikasi_pelaksana,
            &sop.peralatan_perlengkapan,
            &sop.peringatan,
            &sop.pencatatan_pendataan,
            &sop.pelaksana,
        ] {
            items.extend(list.iter().cloned());
        }
        items.extend(sop.keterkaitan.iter().map(|k| k.text.clone()));
        for p in &sop.disahkan_oleh {
            items.push(p.peran_tampil().to_string());
            items.push(p.jabatan.clone());
            items.extend(p.nama.clone());
            items.extend(p.pangkat.clone());
            // Shown without the "NIP." the author may have written.
            items.extend(p.nip.clone());
        }
        for t in [
            sop.tanggal_pembuatan,
            sop.tanggal_revisi,
            sop.tanggal_efektif,
            sop.tanggal_pengesahan,
        ]
        .into_iter()
        .flatten()
        {
            items.push(t.to_string());
        }
        for r in &sop.riwayat {
            items.push(r.uraian.clone());
            items.extend(r.tanggal.map(|t| t.to_string()));
            items.extend(r.disahkan_oleh.clone());
        }
        for step in &sop.langkah {
            items.push(step.kegiatan.clone());
            items.extend(step.kelengkapan.iter().cloned());
            items.extend(step.output.iter().cloned());
            items.extend(step.keterangan.clone());
            items.extend(step.penanggung_jawab.clone());
            items.extend(step.waktu.as_ref().map(ToString::to_string));
        }
        for item in &items {
            assert!(
                html.contains(&escape(item)),
                "{}: the page lacks {item:?}",
                sop.path
            );
        }
        // The NIP is shown once with its prefix, never twice.
        assert!(!html.contains("NIP. NIP"), "{}", sop.path);
    }
}

#[test]
fn the_letterhead_has_the_government_line_and_every_unit_level() {
    let html = page("puskesmas-tomoni-timur/pendaftaran-pasien");
    let kop = between(&html, "<div class=\"kop", "</div>");
    let lines = [
        "Pemerintah Kabupaten Luwu Timur",
        "Dinas Kesehatan Kabupaten Luwu Timur",
        "UPTD Puskesmas Tomoni Timur",
        "Subbagian Tata Usaha",
    ];
    let mut at = 0;
    for line in lines {
        let found = kop[at..]
            .find(line)
            .unwrap_or_else(|| panic!("kop lacks {line:?} after the previous line: {kop}"));
        at += found + line.len();
    }
    // An SOP's own unit replaces the folder's.
    let obat = page("puskesmas-tomoni-timur/pengelolaan-obat");
    let kop = between(&obat, "<div class=\"kop", "</div>");
    assert!(kop.contains("Ruang Farmasi") && !kop.contains("Subbagian Tata Usaha"));
    // Three levels under the instansi, in the breadcrumb trail as one unit.
    let sktm = page("kelurahan-sukamaju/sktm");
    assert!(sktm.contains("Kelurahan Sukamaju › Seksi Pemerintahan › Pelayanan Umum"));
}

#[test]
fn several_signatories_each_with_their_role_in_the_forms_order() {
    let html = page("puskesmas-tomoni-timur/pendaftaran-pasien");
    let roles: Vec<usize> = ["Dibuat oleh", "Diperiksa oleh", "Disetujui oleh"]
        .iter()
        .map(|r| html.find(r).unwrap_or_else(|| panic!("no {r}")))
        .collect();
    assert!(roles.windows(2).all(|w| w[0] < w[1]), "{roles:?}");
    assert!(html.contains("19620511 199003 2 004"));
    // One signatory with no role is "Disahkan oleh".
    let obat = page("puskesmas-tomoni-timur/pengelolaan-obat");
    assert!(obat.contains("Disahkan oleh"));
    assert!(page("dpmptsp-samarinda/izin-reklame").contains("Ditetapkan oleh"));
}

#[test]
fn the_sources_own_numbers_are_printed_and_targets_follow_them() {
    let html = page("rs-paru-jember/rujukan-pasien");
    let numbers: Vec<&str> = svg_tags(&html, "sym ")
        .iter()
        .filter_map(|t| attr(t, "data-step"))
        .collect();
    let set: BTreeSet<usize> = numbers.iter().map(|n| n.parse().unwrap()).collect();
    assert_eq!(set, BTreeSet::from([1, 2, 3, 4, 6, 7]), "{numbers:?}");
    for no in [1, 2, 3, 4, 6, 7] {
        assert!(html.contains(&format!("id=\"langkah-{no}\"")), "row {no}");
    }
    assert!(!html.contains("id=\"langkah-5\""));
    let arrows = svg_tags(&html, "arrow\"");
    let has = |from: &str, to: &str, branch: Option<&str>| {
        arrows.iter().any(|a| {
            attr(a, "data-from") == Some(from)
                && attr(a, "data-to") == Some(to)
                && attr(a, "data-branch") == branch
        })
    };
    assert!(has("2", "6", Some("tidak")), "{arrows:#?}");
    assert!(has("2", "3", Some("ya")), "{arrows:#?}");
    assert!(has("4", "7", Some("lanjut")), "{arrows:#?}");
    // A step going elsewhere has no arrow to the next one.
    assert!(!has("4", "6", None), "{arrows:#?}");
}

#[test]
fn every_decision_and_lanjut_is_drawn_with_its_labels() {
    for sop in sops() {
        let html = page_of(&sop);
        let arrows = svg_tags(&html, "arrow\"");
        let found = |from: usize, to: usize, branch: &str| {
            arrows.iter().any(|a| {
                attr(a, "data-from") == Some(&from.to_string())
                    && attr(a, "data-to") == Some(&to.to_string())
                    && attr(a, "data-branch") == Some(branch)
            })
        };
        for (i, l) in sop.langkah.iter().enumerate() {
            if let Some(t) = l.tidak {
                assert!(
                    found(l.no, sop.langkah[t].no, "tidak"),
                    "{}: step {} tidak",
                    sop.path,
                    l.no
                );
                let ya = l.ya.unwrap_or(i + 1);
                if ya < sop.langkah.len() {
                    assert!(
                        found(l.no, sop.langkah[ya].no, "ya"),
                        "{}: step {} ya",
                        sop.path,
                        l.no
                    );
                }
                let svg = html.as_str();
                for label in [l.label_ya(), l.label_tidak()] {
                    assert!(
                        svg.contains(&format!(">{}</text>", escape(label))),
                        "{}: step {} label {label}",
                        sop.path,
                        l.no
                    );
                }
            }
            if let Some(t) = l.lanjut {
                assert!(
                    found(l.no, sop.langkah[t].no, "lanjut"),
                    "{}: step {} lanjut",
                    sop.path,
                    l.no
                );
            }
        }
    }
}

#[test]
fn every_flowchart_has_one_start_and_one_end_terminator() {
    for sop in sops() {
        let html = page_of(&sop);
        let terminators = svg_tags(&html, "sym terminator").len();
        assert_eq!(terminators, 2, "{}", sop.path);
        // One symbol per actor of each step.
        for l in &sop.langkah {
            let n = svg_tags(&html, "sym ")
                .iter()
                .filter(|t| attr(t, "data-step") == Some(&l.no.to_string()))
                .count();
            assert_eq!(n, l.pelaksana.len(), "{} step {}", sop.path, l.no);
        }
    }
}

#[test]
fn totals_keep_working_days_apart_give_ranges_and_count_unmeasured_steps() {
    let html = page("puskesmas-tomoni-timur/pengelolaan-obat");
    let total = between(&html, "class=\"kol-total\">", "</td>");
    // 2 + 5 hari kerja; 10–15 menit; 1 x 24 jam.
    assert!(total.contains("7 hari kerja"), "{total}");
    assert!(total.contains('–'), "a range: {total}");
    let html = page("puskesmas-tomoni-timur/pendaftaran-pasien");
    let total = between(&html, "class=\"kol-total\">", "</td>");
    // "Disesuaikan" is left out and counted.
    assert!(total.contains("1 langkah"), "{total}");
}

#[test]
fn a_long_procedure_goes_over_several_printed_pages() {
    let html = page("dpmptsp-samarinda/pbg");
    assert!(html.matches("class=\"halaman-prosedur\"").count() >= 3);
    assert!(svg_tags(&html, "sym offpage").len() >= 4);
}

#[test]
fn a_replaced_sop_points_to_its_replacement_and_back() {
    let old = page("rs-paru-jember/pengadaan-barang-2018");
    assert!(
        old.contains("Digantikan oleh"),
        "old page names its replacement"
    );
    let top = &old[..old.find("class=\"identitas\"").unwrap()];
    let links_to = |html: &str, url: &str| {
        html.match_indices("href=\"")
            .any(|(i, _)| html[i + 6..].split('"').next().unwrap().ends_with(url))
    };
    assert!(
        links_to(top, "rs-paru-jember/pengadaan-barang/"),
        "a revoked SOP points to its replacement before the form"
    );
    let new = page("rs-paru-jember/pengadaan-barang");
    assert!(new.contains("Menggantikan"));
    assert!(links_to(&new, "rs-paru-jember/pengadaan-barang-2018/"));
    // The history's rows, and its latest date as the revision date.
    let riwayat = between(&new, "class=\"riwayat", "</table>");
    assert!(riwayat.contains("Penyesuaian dengan Perpres 16 Tahun 2018"));
    assert!(riwayat.contains("12 Januari 2021"));
}

#[test]
fn a_regulation_cited_twice_in_one_sop_counts_that_sop_once() {
    let index = page("dasar-hukum");
    // Perpres 16/2018 is cited twice by one SOP and by no other.
    let pos = index
        .find("16 Tahun 2018")
        .expect("Perpres 16/2018 is listed");
    let line = &index[pos..pos + index[pos..].find("</li>").unwrap()];
    assert!(line.contains("1 SOP"), "{line}");
}

#[test]
fn regulations_keep_the_name_of_their_year() {
    let html = page("rs-paru-jember/rujukan-pasien");
    let dasar = between(&html, "<section class=\"dasar-hukum\">", "</section>");
    assert!(!dasar.contains("PANRB"), "a 1993 regulation: {dasar}");
    let index = page("dasar-hukum");
    assert!(!index.contains("Menteri PANRB Nomor 81 Tahun 1993"));
    // "Perbub" is read as a Peraturan Bupati and linked to its page.
    let ijazah = page("disdik-bandung-barat/legalisir-ijazah");
    let dasar = between(&ijazah, "<section class=\"dasar-hukum\">", "</section>");
    let perbub = dasar
        .split("<li>")
        .find(|li| li.contains("Perbub Bandung Barat No 52"))
        .unwrap();
    assert!(perbub.contains("href="), "{perbub}");
}

#[test]
fn the_footer_names_the_content_file_apart_from_the_source_document() {
    let html = page("dpmptsp-samarinda/izin-reklame");
    assert!(html.contains("Berkas: <code>content/dpmptsp-samarinda/izin-reklame.md</code>"));
    assert!(!html.contains("Sumber: <code>"));
    assert!(html.contains("Dokumen sumber"));
}

/// The URLs `sopgen search` ranks for `query` on the fixture.
fn search(query: &str) -> Vec<String> {
    let site = site();
    let run = sopgen(&["search", "--root", site.to_str().unwrap(), "--json", query]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    v["hasil"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["url"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_finds_sops_by_their_new_fields() {
    // The government line, a signatory's name, a revision's description,
    // the source document, a unit's inner level.
    for (query, url) in [
        ("Luwu Timur", "puskesmas-tomoni-timur/pendaftaran-pasien/"),
        ("Sugeng Prasetyo", "rs-paru-jember/rujukan-pasien/"),
        (
            "Panitia Pengadaan digantikan",
            "rs-paru-jember/pengadaan-barang/",
        ),
        ("rsparujember", "rs-paru-jember/pengadaan-barang/"),
        ("Seksi Pemerintahan", "kelurahan-sukamaju/sktm/"),
    ] {
        let found = search(query);
        assert!(found.iter().any(|u| u == url), "{query}: {found:?}");
    }
}
