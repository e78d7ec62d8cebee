//! The SVG contract of FLOWCHART.md, checked on the example catalogue's
//! pages: symbols by class and data-step, arrows by data-from/data-to and
//! data-branch with their visible labels, lanes by data-lane, off-page
//! connectors in lettered pairs.

mod common;

use std::collections::HashMap;

use common::*;
use sopgen::content::load::{parse_files, read_content};

/// The opening tags (`<g ...>`) with the given class prefix, with their
/// attributes, and the markup up to the group's end.
fn groups<'a>(html: &'a str, class_prefix: &str) -> Vec<(HashMap<&'a str, &'a str>, &'a str)> {
    let needle = format!("<g class=\"{class_prefix}");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        let tag_end = rest[at..].find('>').unwrap() + at;
        let tag = &rest[at + 3..tag_end];
        let body_end = rest[tag_end..].find("</g>").unwrap() + tag_end;
        let mut attrs = HashMap::new();
        for part in tag.split("\" ") {
            if let Some((k, v)) = part.split_once("=\"") {
                attrs.insert(k.trim(), v.trim_end_matches('"'));
            }
        }
        out.push((attrs, &rest[tag_end + 1..body_end]));
        rest = &rest[tag_end..];
    }
    out
}

#[test]
fn seed_pages_keep_the_svg_contract() {
    let scratch = TempDir::new("contract");
    let out = scratch.path().join("public");
    assert_eq!(
        sopgen(&["build", "--output", out.to_str().unwrap()]).code,
        0
    );
    let (files, _) = read_content(&repo(), &repo().join("content"));
    let loaded = parse_files(files);
    let mut decisions_seen = 0;
    for sop in &loaded.sops {
        let html = std::fs::read_to_string(out.join(&sop.path).join("index.html")).unwrap();
        let here = &sop.path;
        let svgs = html.matches("<svg class=\"sop-flow\"").count();
        assert!(svgs >= 1, "{here}: no flowchart");
        for name in &sop.pelaksana {
            let lane = format!(
                "data-lane=\"{}\"",
                name.replace('&', "&amp;").replace('"', "&quot;")
            );
            assert_eq!(
                html.matches(&lane).count(),
                svgs,
                "{here}: lane {name} on every page"
            );
        }
        let symbols = groups(&html, "sym ");
        let arrows = groups(&html, "arrow\"");
        let n = sop.langkah.len();
        for (i, step) in sop.langkah.iter().enumerate() {
            let no = (i + 1).to_string();
            let mine: Vec<_> = symbols
                .iter()
                .filter(|(a, _)| a.get("data-step") == Some(&no.as_str()))
                .collect();
            assert_eq!(
                mine.len(),
                step.pelaksana.len(),
                "{here} step {no}: one symbol per actor"
            );
            let want = if step.is_decision() {
                "sym decision"
            } else if i == 0 || i + 1 == n {
                "sym terminator"
            } else {
                "sym process"
            };
            assert!(
                mine.iter().all(|(a, _)| a["class"] == want),
                "{here} step {no}: {want}"
            );
            let from: Vec<_> = arrows
                .iter()
                .filter(|(a, _)| a.get("data-from") == Some(&no.as_str()))
                .collect();
            if let Some(t) = step.tidak {
                decisions_seen += 1;
                let ya: Vec<_> = from
                    .iter()
                    .filter(|(a, _)| a.get("data-branch") == Some(&"ya"))
                    .collect();
                let tidak: Vec<_> = from
                    .iter()
                    .filter(|(a, _)| a.get("data-branch") == Some(&"tidak"))
                    .collect();
                assert_eq!(ya.len(), 1, "{here} step {no}: one ya exit");
                assert_eq!(tidak.len(), 1, "{here} step {no}: one tidak exit");
                assert!(
                    ya[0].1.contains(">Ya</text>"),
                    "{here} step {no}: the label Ya is visible"
                );
                assert!(
                    tidak[0].1.contains(">Tidak</text>"),
                    "{here} step {no}: the label Tidak is visible"
                );
                assert_eq!(
                    tidak[0].0["data-to"],
                    (t + 1).to_string(),
                    "{here} step {no}: tidak target"
                );
                let ya_to = step.ya.map_or_else(
                    || {
                        if i + 1 < n {
                            (i + 2).to_string()
                        } else {
                            "selesai".to_string()
                        }
                    },
                    |y| (y + 1).to_string(),
                );
                assert_eq!(ya[0].0["data-to"], ya_to, "{here} step {no}: ya target");
            } else if i + 1 < n {
                assert!(
                    from.iter().any(|(a, _)| a["data-to"] == (i + 2).to_string()
                        && !a.contains_key("data-branch")),
                    "{here} step {no}: an arrow to the next step"
                );
            } else {
                assert!(from.is_empty(), "{here}: nothing leaves the last step");
            }
        }
        let mut letters: HashMap<&str, usize> = HashMap::new();
        for (a, _) in symbols.iter().filter(|(a, _)| a["class"] == "sym offpage") {
            *letters.entry(a["data-label"]).or_default() += 1;
        }
        assert!(
            letters.values().all(|&c| c == 2),
            "{here}: off-page connectors come in pairs: {letters:?}"
        );
        assert_eq!(
            letters.is_empty(),
            svgs == 1,
            "{here}: connectors exactly when the chart spans pages"
        );
    }
    assert!(
        decisions_seen >= 5,
        "the seeds' reconstructed decisions are drawn"
    );
}
