//! Tests of the SOP-AP .docx writer (`sopgen_synth::wordgen`): the packages it
//! writes are well-formed, their relationships resolve, each encoding
//! holds what it claims, and the shapes sit in the cells of their steps'
//! actors. The committed fixtures are checked too, and converted by
//! LibreOffice when it is installed.

mod benih;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use sopgen_synth::wordgen::{
    DokumenSop, Gaya, Kodean, Sambungan, Tempat, VersiWord, dokumen_banyak, gaya_acak, ke_docx,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/word")
}

/// The entries of a zip: name → bytes (stored or deflated).
fn unzip(zip: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes(zip[i..i + 4].try_into().unwrap()) as usize;
    let end = (0..zip.len() - 21)
        .rev()
        .find(|&i| u32_at(i) == 0x0605_4b50)
        .expect("end of central directory");
    let count = u16_at(end + 10);
    let mut at = u32_at(end + 16);
    let mut out = BTreeMap::new();
    for _ in 0..count {
        assert_eq!(u32_at(at), 0x0201_4b50, "central directory entry");
        let method = u16_at(at + 10);
        let size = u32_at(at + 24);
        let name_len = u16_at(at + 28);
        let extra = u16_at(at + 30);
        let comment = u16_at(at + 32);
        let local = u32_at(at + 42);
        let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
        let compressed = u32_at(at + 20);
        let data_at = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        let raw = &zip[data_at..data_at + compressed];
        let data = match method {
            0 => raw.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec(raw).expect("inflate"),
            m => panic!("method {m}"),
        };
        assert_eq!(data.len(), size, "{name}");
        out.insert(name, data);
        at += 46 + name_len + extra + comment;
    }
    out
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone(),
    )
    .unwrap()
}

/// Every XML part parses (namespaces included), every relationship's
/// target is in the package, every part has a content type.
fn check_package(label: &str, zip: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let parts = unzip(zip);
    for (name, data) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let s =
                std::str::from_utf8(data).unwrap_or_else(|_| panic!("{label}: {name} not UTF-8"));
            if let Err(e) = roxmltree::Document::parse(s) {
                panic!("{label}: {name} is not well-formed: {e}");
            }
        }
    }
    let ct = text(&parts, "[Content_Types].xml");
    let ct = roxmltree::Document::parse(&ct).unwrap();
    let defaults: Vec<String> = ct
        .descendants()
        .filter(|n| n.has_tag_name("Default"))
        .map(|n| n.attribute("Extension").unwrap().to_lowercase())
        .collect();
    let overrides: Vec<String> = ct
        .descendants()
        .filter(|n| n.has_tag_name("Override"))
        .map(|n| {
            n.attribute("PartName")
                .unwrap()
                .trim_start_matches('/')
                .to_string()
        })
        .collect();
    for name in parts.keys() {
        if name == "[Content_Types].xml" {
            continue;
        }
        let ext = name.rsplit('.').next().unwrap().to_lowercase();
        assert!(
            overrides.contains(name) || defaults.contains(&ext),
            "{label}: {name} has no content type"
        );
    }
    for o in &overrides {
        assert!(
            parts.contains_key(o),
            "{label}: content type for a missing part {o}"
        );
    }
    for (name, data) in &parts {
        let Some(rest) = name.strip_suffix(".rels") else {
            continue;
        };
        // "word/_rels/document.xml.rels" → the folder "word/".
        let base = rest.rsplit_once("_rels/").map(|(d, _)| d).unwrap_or("");
        let s = std::str::from_utf8(data).unwrap();
        let doc = roxmltree::Document::parse(s).unwrap();
        for r in doc.descendants().filter(|n| n.has_tag_name("Relationship")) {
            if r.attribute("TargetMode") == Some("External") {
                continue;
            }
            let target = r.attribute("Target").unwrap();
            let path = normal(&format!("{base}{target}"));
            assert!(
                parts.contains_key(&path),
                "{label}: {name} points to missing {path}"
            );
        }
    }
    let doc = text(&parts, "word/document.xml");
    let rels = text(&parts, "word/_rels/document.xml.rels");
    // Every r:id / r:embed used in the document is a relationship.
    for attr in ["r:id=\"", "r:embed=\""] {
        for piece in doc.split(attr).skip(1) {
            let id = &piece[..piece.find('"').unwrap()];
            assert!(
                rels.contains(&format!("Id=\"{id}\"")),
                "{label}: {id} unresolved"
            );
        }
    }
    parts
}

fn normal(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            p => out.push(p),
        }
    }
    out.join("/")
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const V: &str = "urn:schemas-microsoft-com:vml";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// A symbol's kind from its DrawingML preset or VML shape type.
fn kind(n: roxmltree::Node) -> Option<&'static str> {
    if n.has_tag_name((A, "prstGeom")) {
        return match n.attribute("prst")? {
            "flowChartTerminator" => Some("terminator"),
            "flowChartProcess" => Some("process"),
            "flowChartDecision" => Some("decision"),
            "flowChartOffpageConnector" => Some("offpage"),
            "straightConnector1" | "bentConnector2" | "bentConnector3" | "line" => Some("line"),
            _ => None,
        };
    }
    if n.has_tag_name((V, "line")) {
        return Some("line");
    }
    if n.has_tag_name((V, "shape")) {
        return match n.attribute("type")? {
            "#_x0000_t116" => Some("terminator"),
            "#_x0000_t109" => Some("process"),
            "#_x0000_t110" => Some("decision"),
            "#_x0000_t177" => Some("offpage"),
            "#_x0000_t32" | "#_x0000_t33" | "#_x0000_t34" => Some("line"),
            _ => None,
        };
    }
    None
}

fn kinds_in(n: roxmltree::Node) -> Vec<&'static str> {
    let mut k: Vec<&'static str> = n.descendants().filter_map(kind).collect();
    k.sort_unstable();
    k
}

/// The procedure table: the one whose second row names the actors.
fn procedure_tables<'a>(
    doc: &'a roxmltree::Document<'a>,
    dok: &DokumenSop,
) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .filter(|t| {
            let rows: Vec<_> = t.children().filter(|r| r.has_tag_name((W, "tr"))).collect();
            rows.len() > 1 && cell_texts(rows[1]).iter().any(|c| c == &dok.pelaksana[0])
        })
        .collect()
}

/// The visible text of a node: w:t inside, not deleted text, not the text
/// of text boxes.
fn plain(n: roxmltree::Node) -> String {
    let mut s = String::new();
    for d in n.descendants() {
        if d.has_tag_name((W, "t"))
            && !d
                .ancestors()
                .any(|a| a.has_tag_name((W, "txbxContent")) || a.has_tag_name((W, "del")))
        {
            s.push_str(d.text().unwrap_or(""));
        }
    }
    s
}

fn cell_texts(row: roxmltree::Node) -> Vec<String> {
    row.children()
        .filter(|c| c.has_tag_name((W, "tc")))
        .map(plain)
        .collect()
}

/// (grid column, cell) of each cell of a row.
fn cells_at<'a, 'i>(row: roxmltree::Node<'a, 'i>) -> Vec<(usize, roxmltree::Node<'a, 'i>)> {
    let mut col = 0;
    let mut out = Vec::new();
    for c in row.children().filter(|c| c.has_tag_name((W, "tc"))) {
        out.push((col, c));
        let span = c
            .descendants()
            .find(|d| d.has_tag_name((W, "gridSpan")))
            .and_then(|d| d.attribute((W, "val")))
            .map_or(1, |v| v.parse::<usize>().unwrap());
        col += span;
    }
    out
}

/// The shapes a node shows: from the DrawingML choice when there is one
/// (not its fallback), else from VML.
fn symbols(n: roxmltree::Node) -> Vec<&'static str> {
    let mut k: Vec<&'static str> = n
        .descendants()
        .filter(|d| !d.ancestors().any(|a| a.has_tag_name((MC, "Fallback"))))
        .filter_map(kind)
        .filter(|k| *k != "line")
        .collect();
    k.sort_unstable();
    k
}

fn plain_style(base: Gaya) -> Gaya {
    Gaya {
        derau: Default::default(),
        nomor_dalam_kegiatan: false,
        ..base
    }
}

#[test]
fn every_part_parses_and_every_relationship_resolves() {
    let docs = dokumen_banyak(3, 11);
    for (k, gaya) in Gaya::ragam().into_iter().enumerate() {
        let zip = ke_docx(&docs[k % 3], &gaya);
        check_package(&format!("ragam {k}"), &zip);
    }
    for seed in 0..12 {
        let gaya = gaya_acak(seed);
        let zip = ke_docx(&docs[seed as usize % 3], &gaya);
        let parts = check_package(&format!("gaya_acak({seed})"), &zip);
        let doc = text(&parts, "word/document.xml");
        // A4 or F4, landscape for the procedure; numbering when used.
        assert!(doc.contains("w:orient=\"landscape\""));
        if doc.contains("<w:numPr>") {
            assert!(parts.contains_key("word/numbering.xml"));
        }
    }
    for (name, (dok, gaya)) in benih::semua() {
        check_package(name, &ke_docx(&dok, &gaya));
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let a = dokumen_banyak(2, 5);
    let b = dokumen_banyak(2, 5);
    assert_eq!(a, b);
    let gaya = gaya_acak(9);
    assert_eq!(ke_docx(&a[0], &gaya), ke_docx(&b[0], &gaya));
    assert_ne!(dokumen_banyak(1, 6)[0], a[0]);
}

#[test]
fn generated_documents_have_what_round_trips_need() {
    let docs = dokumen_banyak(20, 3);
    let mut custom_labels = 0;
    for d in &docs {
        assert!(
            (8..=10).contains(&d.pelaksana.len()),
            "{}",
            d.pelaksana.len()
        );
        assert!(d.langkah.len() >= 25, "{}", d.langkah.len());
        assert_eq!(d.penandatangan.len(), 3);
        let n = d.langkah.len();
        let back = d
            .langkah
            .iter()
            .enumerate()
            .any(|(i, l)| l.tidak.is_some_and(|t| t < i));
        let down =
            d.langkah.iter().enumerate().any(|(i, l)| {
                l.tidak.is_some_and(|t| t > i + 1) || l.ya.is_some_and(|t| t > i + 1)
            });
        assert!(back && down, "decisions both ways");
        assert!(d.langkah.iter().any(|l| l.lanjut.is_some()));
        assert!(d.langkah.iter().any(|l| l.pelaksana.len() > 1));
        let nos: Vec<u32> = (0..n).map(|i| d.nomor_langkah(i)).collect();
        assert!(nos.windows(2).all(|w| w[1] > w[0]));
        assert!(nos.windows(2).any(|w| w[1] > w[0] + 1), "a skipped number");
        assert!(!d.langkah[0].keputusan() && !d.langkah[n - 1].keputusan());
        for (i, l) in d.langkah.iter().enumerate() {
            for t in [l.tidak, l.ya, l.lanjut].into_iter().flatten() {
                assert!(t < n && t != i);
            }
            assert!(l.pelaksana.iter().all(|&p| p < d.pelaksana.len()));
        }
        for a in 0..d.pelaksana.len() {
            assert!(
                d.langkah.iter().any(|l| l.pelaksana.contains(&a)),
                "idle actor"
            );
        }
        custom_labels += d.langkah.iter().filter(|l| l.label_ya.is_some()).count();
    }
    assert!(custom_labels > 0);
}

#[test]
fn each_encoding_holds_what_it_claims() {
    let dok = &dokumen_banyak(1, 21)[0];
    for gaya in Gaya::ragam() {
        let label = format!(
            "{:?} {:?} {:?} {:?}",
            gaya.versi, gaya.kodean, gaya.tempat, gaya.sambungan
        );
        let parts = unzip(&ke_docx(dok, &gaya));
        let xml = text(&parts, "word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let settings = text(&parts, "word/settings.xml");
        let alts: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name((MC, "AlternateContent")))
            .collect();
        match gaya.kodean {
            Kodean::DrawingMl => {
                assert!(!alts.is_empty(), "{label}");
                for alt in &alts {
                    let choice = alt
                        .children()
                        .find(|c| c.has_tag_name((MC, "Choice")))
                        .expect("mc:Choice");
                    let fallback = alt
                        .children()
                        .find(|c| c.has_tag_name((MC, "Fallback")))
                        .expect("mc:Fallback");
                    assert!(choice.attribute("Requires").is_some());
                    assert!(fallback.descendants().any(|d| d.has_tag_name((W, "pict"))));
                    // The same shapes on both sides.
                    assert_eq!(kinds_in(choice), kinds_in(fallback), "{label}");
                }
                assert!(xml.contains("mc:Ignorable=\""));
            }
            Kodean::Vml => {
                assert!(alts.is_empty(), "{label}: VML only");
                assert!(!xml.contains("<wps:"), "{label}");
                assert!(
                    xml.contains("type=\"#_x0000_t116\""),
                    "{label}: a VML terminator"
                );
                assert!(
                    xml.contains("<v:shapetype id=\"_x0000_t116\""),
                    "{label}: its shape type"
                );
            }
        }
        let groups = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "wgp")
            .count();
        let canvases = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "wpc")
            .count();
        let vgroups = doc
            .descendants()
            .filter(|n| n.has_tag_name((V, "group")))
            .count();
        let pages = doc
            .descendants()
            .filter(|n| kind(*n) == Some("offpage"))
            .filter(|n| !n.ancestors().any(|a| a.has_tag_name((MC, "Fallback"))))
            .count()
            / 2
            + 1;
        assert!(pages >= 3, "{label}: 25+ steps over several pages");
        match (gaya.tempat, gaya.kodean) {
            (Tempat::Sel, _) => assert_eq!(groups + canvases + vgroups, 0, "{label}"),
            (Tempat::Grup, Kodean::DrawingMl) => {
                assert!(groups >= 3, "{label}: a group a page");
                assert_eq!(vgroups, groups, "{label}: each with its v:group fallback");
            }
            (Tempat::Kanvas, Kodean::DrawingMl) => {
                assert!(canvases >= 3, "{label}");
                assert!(xml.contains("editas=\"canvas\""), "{label}");
            }
            (_, Kodean::Vml) => assert!(vgroups >= 3, "{label}"),
        }
        let glued_dml = xml.contains("<a:stCxn ") && xml.contains("<a:endCxn ");
        let glued_vml = settings.contains("<o:r id=\"V:Rule1\" type=\"connector\"")
            && settings.contains("<o:proxy start=\"\"");
        let bent = xml.contains("bentConnector3") || xml.contains("#_x0000_t34");
        match gaya.sambungan {
            Sambungan::Terikat => {
                assert!(glued_dml || glued_vml, "{label}: glued connectors");
                if gaya.kodean == Kodean::DrawingMl {
                    assert!(glued_dml, "{label}");
                }
                assert!(bent, "{label}: elbows");
            }
            Sambungan::Lepas => {
                assert!(!glued_dml && !glued_vml, "{label}");
                assert!(bent, "{label}");
            }
            Sambungan::Segmen => {
                assert!(
                    !glued_dml && !glued_vml && !bent,
                    "{label}: straight pieces only"
                );
                assert!(
                    xml.contains("<a:tailEnd type=\"triangle\"/>")
                        || xml.contains("endarrow=\"block\"")
                );
            }
        }
        if gaya.versi == VersiWord::Word2007 {
            assert!(
                xml.contains("xmlns:ve=") && !xml.contains("w14:paraId"),
                "{label}"
            );
        } else {
            assert!(xml.contains("w14:paraId"), "{label}");
        }
    }
}

#[test]
fn symbols_sit_in_the_cells_of_their_steps_actors() {
    let docs = dokumen_banyak(2, 33);
    for base in Gaya::ragam()
        .into_iter()
        .filter(|g| g.tempat == Tempat::Sel)
    {
        for dok in &docs {
            let gaya = plain_style(base.clone());
            let label = format!("{:?} {:?} {:?}", gaya.versi, gaya.kodean, gaya.sambungan);
            let parts = unzip(&ke_docx(dok, &gaya));
            let xml = text(&parts, "word/document.xml");
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let tables = procedure_tables(&doc, dok);
            assert!(!tables.is_empty(), "{label}");
            // Lane columns from the second header row.
            let header = tables[0]
                .children()
                .filter(|r| r.has_tag_name((W, "tr")))
                .nth(1)
                .unwrap();
            let mut lane_of_col = HashMap::new();
            for (col, cell) in cells_at(header) {
                if let Some(a) = dok.pelaksana.iter().position(|p| *p == plain(cell)) {
                    lane_of_col.insert(col, a);
                }
            }
            assert_eq!(lane_of_col.len(), dok.pelaksana.len(), "{label}");
            let mut seen = 0;
            for t in &tables {
                for row in t.children().filter(|r| r.has_tag_name((W, "tr"))) {
                    let cells = cells_at(row);
                    let texts: Vec<String> = cells.iter().map(|(_, c)| plain(*c)).collect();
                    let Some(i) = dok.langkah.iter().position(|l| texts.contains(&l.kegiatan))
                    else {
                        continue;
                    };
                    seen += 1;
                    let mut lanes: Vec<usize> = Vec::new();
                    for (col, cell) in &cells {
                        let Some(&lane) = lane_of_col.get(col) else {
                            continue;
                        };
                        let s = symbols(*cell);
                        let steps = s.iter().filter(|k| **k != "offpage").count();
                        assert!(steps <= 1, "{label}: step {i} has {s:?} in one lane");
                        if steps == 1 {
                            lanes.push(lane);
                        }
                    }
                    let mut want = dok.langkah[i].pelaksana.clone();
                    want.sort_unstable();
                    lanes.sort_unstable();
                    assert_eq!(lanes, want, "{label}: step {i}");
                    let first = symbols(
                        cells
                            .iter()
                            .find(|(col, _)| {
                                lane_of_col.get(col) == Some(&dok.langkah[i].pelaksana[0])
                            })
                            .unwrap()
                            .1,
                    );
                    let expect = if dok.langkah[i].keputusan() {
                        "decision"
                    } else if i == 0 || i + 1 == dok.langkah.len() {
                        "terminator"
                    } else {
                        "process"
                    };
                    assert!(
                        first.contains(&expect),
                        "{label}: step {i} drawn as {first:?}"
                    );
                }
            }
            assert_eq!(seen, dok.langkah.len(), "{label}: every step has its row");
        }
    }
}

#[test]
fn decisions_carry_their_branch_labels() {
    let mut dok = dokumen_banyak(1, 44).remove(0);
    let d = dok.langkah.iter().position(|l| l.keputusan()).unwrap();
    dok.langkah[d].label_ya = Some("Lengkap".to_string());
    dok.langkah[d].label_tidak = Some("Belum Lengkap".to_string());
    for gaya in Gaya::ragam() {
        let xml = text(
            &unzip(&ke_docx(&dok, &plain_style(gaya))),
            "word/document.xml",
        );
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let boxes: Vec<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name((W, "txbxContent")))
            .filter(|n| !n.ancestors().any(|a| a.has_tag_name((MC, "Fallback"))))
            .map(|n| {
                n.descendants()
                    .filter_map(|t| {
                        if t.has_tag_name((W, "t")) {
                            t.text()
                        } else {
                            None
                        }
                    })
                    .collect()
            })
            .collect();
        assert!(boxes.iter().any(|b| b == "Lengkap"));
        assert!(boxes.iter().any(|b| b == "Belum Lengkap"));
        let decisions = dok.langkah.iter().filter(|l| l.keputusan()).count();
        let ya = boxes
            .iter()
            .filter(|b| ["Ya", "Lengkap", "Setuju", "Sesuai", "Benar"].contains(&b.as_str()))
            .count();
        assert!(ya >= decisions, "{ya} < {decisions}");
    }
}

/// The fixtures the writer makes are the committed files: regenerate them
/// with tests/tools/word-fixtures.sh after changing the writer.
#[test]
fn committed_fixtures_match_the_writer() {
    for (name, (dok, gaya)) in benih::semua() {
        let path = fixtures().join(format!("{name}.docx"));
        if name == "dkp-jambi" {
            // Kept only as LibreOffice's .doc of this .docx.
            assert!(fixtures().join("dkp-jambi.doc").exists());
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            committed == ke_docx(&dok, &gaya),
            "{name}.docx is stale: run tests/tools/word-fixtures.sh"
        );
    }
}

#[test]
fn committed_docx_fixtures_are_valid_packages_with_flowcharts() {
    let mut n = 0;
    for e in std::fs::read_dir(fixtures()).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "docx") {
            let parts = check_package(&path.display().to_string(), &std::fs::read(&path).unwrap());
            let xml = text(&parts, "word/document.xml");
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let k = symbols(doc.root());
            for want in ["terminator", "process"] {
                assert!(k.contains(&want), "{}: no {want}", path.display());
            }
            // Nganjuk's procedure has no decision; the others have one.
            let nganjuk = path.file_name().is_some_and(|f| f == "dpmd-nganjuk.docx");
            assert_eq!(k.contains(&"decision"), !nganjuk, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 4, "{n} .docx fixtures");
}

/// LibreOffice opens every fixture and prints it to PDF (skipped, saying
/// so, when soffice is not installed).
#[test]
fn libreoffice_converts_every_fixture() {
    let soffice = ["soffice", "libreoffice"].into_iter().find(|s| {
        std::process::Command::new(s)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(soffice) = soffice else {
        eprintln!(
            "note: soffice not installed; LibreOffice conversion of the Word fixtures skipped"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("wordgen-lo-{}", std::process::id()));
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "docx" || x == "doc"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "{inputs:?}");
    let status = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .args(&inputs)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    for p in &inputs {
        let pdf = dir.join(p.with_extension("pdf").file_name().unwrap());
        let bytes = std::fs::read(&pdf).unwrap_or_else(|_| panic!("no PDF for {}", p.display()));
        assert!(
            bytes.starts_with(b"%PDF") && bytes.len() > 10_000,
            "{}",
            pdf.display()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writes the seed fixtures into tests/fixtures/word/ (run by
/// tests/tools/word-fixtures.sh, which then converts the LibreOffice ones).
#[test]
#[ignore]
fn regenerate_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/word");
    std::fs::create_dir_all(&dir).unwrap();
    let out = std::env::var("WORDGEN_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or(dir);
    for (name, (dok, gaya)) in benih::semua() {
        let bytes = sopgen_synth::wordgen::ke_docx(&dok, &gaya);
        std::fs::write(out.join(format!("{name}.docx")), bytes).unwrap();
    }
}

/// Writes generated documents in every encoding into $WORDGEN_OUT, to look
/// at (LibreOffice: `soffice --headless --convert-to pdf`).
#[test]
#[ignore]
fn write_samples() {
    let out = std::path::PathBuf::from(std::env::var("WORDGEN_OUT").expect("WORDGEN_OUT"));
    let docs = sopgen_synth::wordgen::dokumen_banyak(4, 7);
    for (k, gaya) in sopgen_synth::wordgen::Gaya::ragam().into_iter().enumerate() {
        let dok = &docs[k % docs.len()];
        let bytes = sopgen_synth::wordgen::ke_docx(dok, &gaya);
        let name = format!(
            "{:?}-{:?}-{:?}-{:?}",
            gaya.versi, gaya.kodean, gaya.tempat, gaya.sambungan
        );
        std::fs::write(out.join(format!("{name}.docx")), bytes).unwrap();
    }
    for seed in 0..6 {
        let bytes = ke_docx(&docs[seed as usize % docs.len()], &gaya_acak(seed));
        std::fs::write(out.join(format!("acak-{seed}.docx")), bytes).unwrap();
    }
}

/// Prints how long the writer takes a document (for the 1,000-file
/// benchmark; no timing is asserted): `cargo test --release --test suite
/// -- --ignored --nocapture wordgen::writer_speed`.
#[test]
#[ignore]
fn writer_speed() {
    let docs = dokumen_banyak(50, 1);
    let styles: Vec<Gaya> = (0..50).map(gaya_acak).collect();
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for (d, g) in docs.iter().zip(&styles) {
        bytes += ke_docx(d, g).len();
    }
    let each = start.elapsed() / docs.len() as u32;
    println!(
        "{} documents, {} KB on average, {each:?} each",
        docs.len(),
        bytes / docs.len() / 1024
    );
}
