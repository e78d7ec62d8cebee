//! The users' manual in `docs/` keeps up with the program: every field the
//! SOP schema knows is documented in `docs/format.md`, every setting of
//! `sopgen.toml` in `docs/pengaturan.md`, and every relative link of
//! README.md and `docs/` leads to a file that exists.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::*;

/// Every property name anywhere in a JSON Schema.
fn properties(v: &serde_json::Value, out: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == "properties"
                    && let Some(props) = v.as_object()
                {
                    out.extend(props.keys().cloned());
                }
                properties(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| properties(v, out)),
        _ => {}
    }
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn every_schema_field_is_in_the_format_manual() {
    let run = sopgen(&["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).expect("schema is JSON");
    let mut fields = BTreeSet::new();
    properties(&schema, &mut fields);
    // The schema names the SOP's fields, the step's, the signatory's and
    // the revision's: dozens, not a handful.
    assert!(fields.len() >= 30, "{fields:?}");
    let manual = read("docs/format.md");
    let missing: Vec<_> = fields
        .iter()
        .filter(|f| !manual.contains(&format!("`{f}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/format.md does not name {missing:?}"
    );
}

#[test]
fn every_setting_is_in_the_settings_manual() {
    // The settings as `sopgen.toml` refuses an unknown one: its message
    // lists them all.
    let site = TempDir::new("dokumen-setting");
    std::fs::create_dir_all(site.path().join("content")).unwrap();
    std::fs::write(site.path().join("sopgen.toml"), "tidak_ada = 1\n").unwrap();
    let run = sopgen(&["check", "--root", site.path().to_str().unwrap()]);
    assert_ne!(run.code, 0);
    let listed = run
        .stderr
        .lines()
        .find_map(|l| {
            l.split_once("the settings are: ")
                .map(|(_, s)| s.to_string())
        })
        .unwrap_or_else(|| panic!("no list of settings in {}", run.stderr));
    let manual = read("docs/pengaturan.md");
    let settings: Vec<&str> = listed.split(", ").map(|s| s.trim_matches('`')).collect();
    assert!(settings.len() >= 8, "{settings:?}");
    for s in settings {
        assert!(
            manual.contains(&format!("`{s}`")),
            "docs/pengaturan.md does not name `{s}`"
        );
    }
}

/// The targets of the Markdown links `[text](target)` in `text`, outside
/// code blocks and code spans.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced || line.starts_with("    ") {
            continue;
        }
        let mut rest = line;
        let mut plain = String::new();
        // Drop code spans.
        while let Some(i) = rest.find('`') {
            plain.push_str(&rest[..i]);
            match rest[i + 1..].find('`') {
                Some(j) => rest = &rest[i + 1 + j + 1..],
                None => {
                    rest = "";
                }
            }
        }
        plain.push_str(rest);
        let mut s = plain.as_str();
        while let Some(i) = s.find("](") {
            let tail = &s[i + 2..];
            if let Some(end) = tail.find(')') {
                out.push(tail[..end].to_string());
                s = &tail[end..];
            } else {
                break;
            }
        }
    }
    out
}

#[test]
fn links_of_the_manual_lead_to_files() {
    let root = repo();
    let mut pages = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "md") {
            pages.push(p);
        }
    }
    assert!(pages.len() >= 5, "{pages:?}");
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        for target in links(&text) {
            if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
                continue;
            }
            let file = target.split('#').next().unwrap();
            let dir = page.parent().unwrap_or(Path::new("."));
            checked += 1;
            if !dir.join(file).exists() {
                broken.push(format!("{}: {target}", page.display()));
            }
        }
    }
    assert!(checked >= 20, "only {checked} links found");
    assert!(broken.is_empty(), "links to missing files: {broken:#?}");
}
