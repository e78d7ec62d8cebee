//! Untrusted content: tests/fixtures/hostile puts script tags, event
//! handlers, `javascript:` URLs, CDATA ends and template syntax into every
//! string a site has (settings, section pages, every SOP field, step texts
//! that become flowchart text, actor names that become URLs, the Markdown
//! body). The built site and the review bundle are scanned tag by tag: no
//! script but sopgen's own, no event-handler attribute, no unsafe URL, no
//! frame or object; the text itself is still shown, escaped. The browser
//! side (no script runs) is tests/js/hostile.test.js.

use std::path::Path;

use crate::common::{TempDir, fixture, sopgen};

/// A start tag as a browser's tokenizer sees it: its name and attributes,
/// values with character references decoded.
#[derive(Debug)]
struct StartTag {
    name: String,
    attrs: Vec<(String, String)>,
    /// The text up to the matching end tag, for raw-text elements.
    raw_text: Option<String>,
}

/// Decodes the character references the escapers use, and numeric ones.
fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 12);
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "Tab" => Some('\t'),
            "NewLine" => Some('\n'),
            "colon" => Some(':'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The start tags of an HTML (or SVG) document, by the tokenizer's rules
/// for the parts that matter here: comments, doctype, quoted and unquoted
/// attribute values, and the raw text of script and style.
fn start_tags(html: &str) -> Vec<StartTag> {
    let b = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        if b.get(i + 1) == Some(&b'!') || b.get(i + 1) == Some(&b'?') {
            i = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            continue;
        }
        if !b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
            j += 1;
        }
        let name = html[i + 1..j].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                j += 1;
                break;
            }
            let start = j;
            while j < b.len() && !b[j].is_ascii_whitespace() && !b"=>/".contains(&b[j]) {
                j += 1;
            }
            let attr = html[start..j].to_ascii_lowercase();
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let mut value = String::new();
            if b.get(j) == Some(&b'=') {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if let Some(&q) = b.get(j).filter(|&&q| q == b'"' || q == b'\'') {
                    let end = html[j + 1..].find(q as char).map_or(b.len(), |e| j + 1 + e);
                    value = decode(&html[j + 1..end]);
                    j = end + 1;
                } else {
                    let start = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = decode(&html[start..j]);
                }
            }
            attrs.push((attr, value));
        }
        let mut raw_text = None;
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            let end = html[j.min(b.len())..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(b.len(), |e| j + e);
            raw_text = Some(html[j.min(b.len())..end].to_string());
            j = end;
        }
        tags.push(StartTag {
            name,
            attrs,
            raw_text,
        });
        i = j;
    }
    tags
}

/// What a browser would make of a URL's scheme: whitespace and controls
/// inside are dropped, case ignored.
fn scheme(url: &str) -> Option<String> {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let colon = squeezed.find(':')?;
    let head = &squeezed[..colon];
    (!head.contains(['/', '?', '#'])).then(|| head.to_string())
}

const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "ping",
];

/// Every way the scanned `html` could run script or load something foreign.
fn dangers(file: &str, html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in start_tags(html) {
        let here = format!("{file}: <{}>", tag.name);
        match tag.name.as_str() {
            "script" => {
                let src = tag.attrs.iter().find(|(k, _)| k == "src").map(|(_, v)| v);
                let ours = src.is_some_and(|s| {
                    s.rsplit('/')
                        .next()
                        .is_some_and(|f| ["sopgen.js", "cari.js", "stem.js"].contains(&f))
                });
                if !ours {
                    found.push(format!("{here} is not one of sopgen's scripts: {tag:?}"));
                }
                if tag
                    .raw_text
                    .as_deref()
                    .is_some_and(|t| !t.trim().is_empty())
                {
                    found.push(format!("{here} has inline code: {tag:?}"));
                }
            }
            "style" | "iframe" | "frame" | "frameset" | "object" | "embed" | "base"
            | "foreignobject" | "applet" | "portal" => {
                found.push(format!("{here} must not appear: {tag:?}"));
            }
            "meta" if tag.attrs.iter().any(|(k, _)| k == "http-equiv") => {
                found.push(format!("{here} with http-equiv: {tag:?}"));
            }
            _ => {}
        }
        for (k, v) in &tag.attrs {
            if k.starts_with("on") {
                found.push(format!("{here} has an event handler {k}={v:?}"));
            }
            if k == "style" && v.to_ascii_lowercase().contains("url(") {
                found.push(format!("{here} loads from a style: {v:?}"));
            }
            if URL_ATTRS.contains(&k.as_str())
                && let Some(s) = scheme(v)
                && !["http", "https", "mailto", "tel"].contains(&s.as_str())
            {
                found.push(format!("{here} has {k} with scheme {s}: {v:?}"));
            }
        }
    }
    found
}

/// Scans every HTML and SVG file under `dir`; returns how many were read.
fn scan(dir: &Path) -> usize {
    let mut problems = Vec::new();
    let mut scanned = 0;
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["html", "svg", "xml"].contains(&ext) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let rel = path.strip_prefix(dir).unwrap().display().to_string();
        problems.extend(dangers(&rel, &text));
        scanned += 1;
    }
    assert!(
        problems.is_empty(),
        "{} dangers:\n{}",
        problems.len(),
        problems.join("\n")
    );
    scanned
}

fn build_hostile(out: &Path) -> String {
    let run = sopgen(&[
        "build",
        "--root",
        fixture("hostile").to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::read_to_string(out.join("jahat/sop-jahat/index.html")).unwrap()
}

#[test]
fn the_scanner_finds_what_it_looks_for() {
    // The scanner itself, on markup a careless template would produce.
    let bad = r#"<p title="x">ok</p><img src=x onerror="a()"><a href=" java&#x09;script:b()">x</a>
<script>c()</script><SCRIPT src="https://evil.example/x.js"></SCRIPT><svg><a xlink:href="JAVASCRIPT:d()"/></svg>
<iframe srcdoc="x"></iframe><a href='data:text/html,x'>y</a><div style="background:url(//x)"></div>"#;
    let found = dangers("t.html", bad);
    for needle in [
        "event handler onerror",
        "href with scheme javascript",
        "inline code",
        "not one of sopgen's scripts",
        "xlink:href with scheme javascript",
        "<iframe> must not appear",
        "href with scheme data",
        "loads from a style",
    ] {
        assert!(
            found.iter().any(|f| f.contains(needle)),
            "missed {needle}: {found:#?}"
        );
    }
    let good = r#"<!doctype html><!-- <script>x</script> --><a href="../x/">a &lt;script&gt; onerror=</a>
<script src="../aset/sopgen.js" defer></script><a href="https://jdih.go.id">j</a><img src="a.png" alt="">"#;
    assert_eq!(dangers("t.html", good), Vec::<String>::new());
}

#[test]
fn hostile_content_is_shown_as_text_and_never_runs() {
    let out = TempDir::new("hostile");
    let page = build_hostile(&out.path().join("public"));
    let scanned = scan(&out.path().join("public"));
    assert!(scanned >= 20, "only {scanned} pages scanned");

    // Escaped, not silently dropped: the writer sees what they wrote.
    assert!(
        page.contains("Prosedur &lt;script&gt;document.title="),
        "the title is shown escaped"
    );
    assert!(
        page.contains("&lt;div onmouseover="),
        "raw HTML blocks show as text"
    );
    assert!(page.contains("blok HTML mentah"));
    // Safe links stay links; unsafe ones point nowhere.
    assert!(page.contains(r#"href="https://example.go.id/sop""#));
    assert!(page.contains(">tautan javascript</a>"));
    // The flowchart is there, with its hostile text as text.
    assert!(page.contains("class=\"sop-flow\""), "no flowchart");
    assert!(page.contains("&lt;/text&gt;") || page.contains("&lt;/text>"));
}

#[test]
fn hostile_exports_stay_data() {
    let out = TempDir::new("hostile-json");
    let public = out.path().join("public");
    build_hostile(&public);
    // The JSON is valid and carries the strings exactly as written: data
    // for programs, which escape it where they show it.
    let sop: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(public.join("jahat/sop-jahat/sop.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        sop["data"]["nama"],
        "Prosedur <script>document.title='PW'+'NED'</script> \"Jahat\" & 'Kutip'"
    );
    let katalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(public.join("katalog.json")).unwrap())
            .unwrap();
    assert_eq!(katalog["jumlah"], 2);
    // The search index is script: no string in it may close a script
    // element or leave its string literal.
    for entry in std::fs::read_dir(public.join("cari/indeks")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.to_ascii_lowercase().contains("</script"),
            "{} holds </script",
            path.display()
        );
        assert!(
            !text.contains('\u{2028}') && !text.contains('\u{2029}'),
            "{} holds a raw line separator",
            path.display()
        );
    }
}

#[test]
fn the_hostile_bundle_is_safe_too() {
    let out = TempDir::new("hostile-bundle");
    let zip = out.path().join("b.zip");
    let run = sopgen(&[
        "bundle",
        "--root",
        fixture("hostile").to_str().unwrap(),
        "--output",
        zip.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let unpacked = out.path().join("u");
    let py = std::process::Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(&zip)
        .arg(&unpacked)
        .status()
        .expect("python3 unpacks the zip");
    assert!(py.success());
    assert!(scan(&unpacked) >= 20);
}
