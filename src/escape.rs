//! Escaping text for the pages, the flowcharts' SVG and the XML files
//! alike: `& < > " '` as entities, pulldown-cmark's escaper (the bytes
//! Tera's own escaping gives). A leaf.

use pulldown_cmark_escape::{IoWriter, escape_html};

/// Appends `text` to `out`, escaped.
pub fn escape_into(out: &mut String, text: &str) {
    escape_html(out, text).expect("writing to a String cannot fail");
}

/// `text`, escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

/// Writes `text` escaped: Tera's escape function (`Tera::set_escape_fn`).
pub fn escape_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    escape_html(IoWriter(out), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: [&str; 11] = [
        "",
        "plain",
        "&",
        "<script>alert('x')</script>",
        "a \"b\" & 'c' <d> e",
        "&&<<>>\"\"''",
        "Perbup No. 12/2023 \u{2013} Bupati Ménado & Kepala \"Dinas\"",
        "tail&",
        "&head",
        "\u{1F600}<\u{1F600}>",
        "Jum'at, 17 Agustus: \"Hari Kerja\" & <b>Libur</b>, lebih dari enam belas byte",
    ];

    #[test]
    fn the_same_bytes_as_teras_escaping() {
        for s in SAMPLES {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            escape_to(s, &mut ours).unwrap();
            tera::escape_html(s, &mut teras).unwrap();
            assert_eq!(ours, teras, "{s:?}");
            assert_eq!(escape(s).into_bytes(), teras, "{s:?}");
        }
    }

    #[test]
    fn every_special_character_becomes_an_entity() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;"
        );
        let mut out = String::from("<text>");
        escape_into(&mut out, "x & y");
        assert_eq!(out, "<text>x &amp; y");
    }
}
