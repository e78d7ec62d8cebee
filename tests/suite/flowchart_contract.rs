//! The SVG contract of docs/bagan-alir.md, checked on the example catalogue's
//! pages: symbols by class and data-step (the printed number), one start
//! and one end terminator, arrows by data-from/data-to and data-branch with
//! their visible labels, lanes by data-lane, off-page connectors in
//! lettered pairs.

use std::collections::HashMap;

use crate::common::*;
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

/// The printed number of step `i`.
fn no_of(steps: &[sopgen::flowchart::geometry::FlowStep], i: usize) -> String {
    steps[i].no.to_string()
}

/// What a site's pages showed, over all its SOPs.
#[derive(Default)]
struct Seen {
    sops: usize,
    decisions: usize,
    custom_labels: usize,
    lanjut: usize,
    skipped_numbers: usize,
}

/// Builds the site at `root` (drafts too) and checks the flowchart of
/// every SOP page against the SOP's steps.
fn check_site(root: &std::path::Path) -> Seen {
    let scratch = TempDir::new("contract");
    let out = scratch.path().join("public");
    let run = sopgen(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
        "--drafts",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (files, _) = read_content(root, &root.join("content"));
    let loaded = parse_files(files);
    let mut seen = Seen::default();
    for sop in &loaded.sops {
        seen.sops += 1;
        let page = match &sop.slug {
            Some(slug) => match sop.path.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{}", slug.text),
                None => slug.text.clone(),
            },
            None => sop.path.clone(),
        };
        let html = std::fs::read_to_string(out.join(&page).join("index.html")).unwrap();
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
        let steps = sopgen::flowchart::flow_steps(sop);
        let n = steps.len();
        let no = |i: usize| steps[i].no.to_string();
        for (i, step) in steps.iter().enumerate() {
            let no = no(i);
            let mine: Vec<_> = symbols
                .iter()
                .filter(|(a, _)| a.get("data-step") == Some(&no.as_str()))
                .collect();
            assert_eq!(
                mine.len(),
                sop.langkah[i].pelaksana.len(),
                "{here} step {no}: one symbol per actor"
            );
            let count = |class: &str| mine.iter().filter(|(a, _)| a["class"] == class).count();
            // Exactly one terminator at the first and the last step, with
            // process boxes for their other actors; decisions all diamonds.
            if step.tidak.is_some() {
                assert_eq!(
                    count("sym decision"),
                    mine.len(),
                    "{here} step {no}: decision"
                );
            } else if i == 0 || i + 1 == n {
                assert_eq!(
                    count("sym terminator"),
                    1,
                    "{here} step {no}: one terminator"
                );
                assert_eq!(count("sym process"), mine.len() - 1, "{here} step {no}");
            } else {
                assert_eq!(
                    count("sym process"),
                    mine.len(),
                    "{here} step {no}: process"
                );
            }
            let from: Vec<_> = arrows
                .iter()
                .filter(|(a, _)| a.get("data-from") == Some(&no.as_str()))
                .collect();
            let next = if i + 1 < n {
                no_of(&steps, i + 1)
            } else {
                "selesai".to_string()
            };
            if i > 0 && step.no != steps[i - 1].no + 1 {
                seen.skipped_numbers += 1;
                assert!(
                    !html.contains(&format!("data-step=\"{}\"", steps[i - 1].no + 1)),
                    "{here}: no symbol for the skipped number"
                );
            }
            if let Some(t) = step.tidak {
                seen.decisions += 1;
                seen.custom_labels +=
                    usize::from(step.label_ya.is_some() || step.label_tidak.is_some());
                let exit = |branch: &str| -> Vec<_> {
                    from.iter()
                        .filter(|(a, _)| a.get("data-branch") == Some(&branch))
                        .collect()
                };
                let (ya, tidak) = (exit("ya"), exit("tidak"));
                assert_eq!(ya.len(), 1, "{here} step {no}: one ya exit");
                assert_eq!(tidak.len(), 1, "{here} step {no}: one tidak exit");
                // The labels are visible, in the step's own words, at 11 px.
                for (arrow, text) in [
                    (ya[0], step.label_ya.as_deref().unwrap_or("Ya")),
                    (tidak[0], step.label_tidak.as_deref().unwrap_or("Tidak")),
                ] {
                    assert_eq!(
                        label_text(arrow.1).as_deref(),
                        Some(text),
                        "{here} step {no}: the label {text} is visible: {}",
                        arrow.1
                    );
                    assert!(
                        arrow.1.contains("font-size=\"11\""),
                        "{here} step {no}: {}",
                        arrow.1
                    );
                }
                assert_eq!(
                    tidak[0].0["data-to"],
                    no_of(&steps, t),
                    "{here} step {no}: tidak target"
                );
                let ya_to = step.ya.map_or(next, |y| no_of(&steps, y));
                assert_eq!(ya[0].0["data-to"], ya_to, "{here} step {no}: ya target");
            } else if let Some(t) = step.lanjut {
                seen.lanjut += 1;
                assert!(
                    !from.iter().any(|(a, _)| a["data-to"] == next && t != i + 1),
                    "{here} step {no}: no arrow to the next step"
                );
                assert!(
                    from.iter().any(|(a, body)| a["data-to"] == no_of(&steps, t)
                        && a.get("data-branch") == Some(&"lanjut")
                        && !body.contains("<text")),
                    "{here} step {no}: an unlabelled lanjut arrow"
                );
            } else if i + 1 < n || n == 1 {
                // (a one-step procedure flows from its step, the start, into
                // a "Selesai" of its own)
                assert!(
                    from.iter()
                        .any(|(a, _)| a["data-to"] == next && !a.contains_key("data-branch")),
                    "{here} step {no}: an arrow to the next step"
                );
            } else {
                assert!(from.is_empty(), "{here}: nothing leaves the last step");
            }
        }
        // One start and one end per SOP.
        assert_eq!(
            symbols
                .iter()
                .filter(|(a, _)| a["class"] == "sym terminator")
                .count(),
            2,
            "{here}: two terminators"
        );
        // The label of each page names its first and last step as printed.
        assert!(
            html.contains(&format!(
                "aria-label=\"Bagan alir langkah {} sampai ",
                no(0)
            )),
            "{here}: the flowchart's label"
        );
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
    seen
}

/// The visible text of a label: its words, the lines of a wrapped one
/// joined by spaces.
fn label_text(body: &str) -> Option<String> {
    let start = body.find("<text")?;
    let inner = &body[start..];
    let inner = &inner[inner.find('>')? + 1..inner.find("</text>")?];
    let words: Vec<&str> = inner
        .split("</tspan>")
        .map(|t| t.rsplit('>').next().unwrap_or(""))
        .filter(|t| !t.is_empty())
        .collect();
    Some(words.join(" "))
}

#[test]
fn seed_pages_keep_the_svg_contract() {
    let seen = check_site(&repo());
    assert_eq!(seen.sops, 5);
    assert!(
        seen.decisions >= 5,
        "the seeds' reconstructed decisions are drawn"
    );
}

#[test]
fn fixture_pages_keep_the_svg_contract() {
    let mut all = Seen::default();
    for entry in std::fs::read_dir(repo().join("tests/fixtures/valid")).unwrap() {
        let root = entry.unwrap().path();
        if root.join("content").is_dir() {
            let seen = check_site(&root);
            all.sops += seen.sops;
            all.custom_labels += seen.custom_labels;
            all.lanjut += seen.lanjut;
            all.skipped_numbers += seen.skipped_numbers;
        }
    }
    // The real-world shapes are exercised: the sources' own labels, steps
    // going on elsewhere, a skipped number.
    assert!(all.sops >= 10, "{}", all.sops);
    assert!(all.custom_labels >= 2 && all.lanjut >= 2 && all.skipped_numbers >= 1);
}
