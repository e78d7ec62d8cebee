//! Markdown bodies to HTML. Content is written by many hands, so raw HTML is
//! shown as text, never passed through, and links keep only safe schemes.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// A link or image target is kept only when relative, a fragment, or one of
/// http, https, mailto and tel.
pub fn is_safe_url(url: &str) -> bool {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(colon) => {
            // A colon after a slash, `?` or `#` is not a scheme separator.
            if lower[..colon].contains(['/', '?', '#']) {
                return true;
            }
            matches!(&lower[..colon], "http" | "https" | "mailto" | "tel")
        }
    }
}

/// Raw HTML becomes text; a link with an unsafe target points nowhere
/// (`#`); an image with one is left out, its alt text shown in its place.
struct Sanitize {
    /// For each open image, whether it was left out.
    images: Vec<bool>,
}

impl Sanitize {
    fn event<'a>(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        Some(match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if !is_safe_url(&dest_url) => Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::Borrowed("#"),
                title,
                id,
            }),
            Event::Start(Tag::Image { ref dest_url, .. }) => {
                let safe = is_safe_url(dest_url) && !dest_url.trim().is_empty();
                self.images.push(!safe);
                if !safe {
                    return None;
                }
                event
            }
            Event::End(TagEnd::Image) => {
                if self.images.pop().unwrap_or(false) {
                    return None;
                }
                event
            }
            other => other,
        })
    }
}

/// Renders `text` to HTML under a heading of level `parent`: its highest
/// headings become `parent + 1` and the rest keep their distance from them,
/// so that `## Catatan` in an SOP's notes is not a skipped level on a page
/// whose section heading is an h2. Headings are never raised.
pub fn to_html_below(text: &str, parent: u8) -> String {
    let top = Parser::new_ext(text, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(level as u8),
            _ => None,
        })
        .min();
    let shift = top.map_or(0, |t| (parent + 1).saturating_sub(t));
    to_html(text, shift)
}

/// Renders `text` to HTML. Headings are shifted down by `shift` levels so a
/// body's `#` does not compete with the page's own title.
pub fn to_html(text: &str, shift: u8) -> String {
    use pulldown_cmark::HeadingLevel::*;
    let down = |level| {
        let n = (level as u8 + shift).min(6);
        [H1, H2, H3, H4, H5, H6][n as usize - 1]
    };
    let mut sanitize = Sanitize { images: Vec::new() };
    let events = Parser::new_ext(text, options())
        .filter_map(move |e| sanitize.event(e))
        .map(|e| match e {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: down(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(down(level))),
            other => other,
        });
    let mut out = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        assert_eq!(
            to_html("Catatan **penting**", 0),
            "<p>Catatan <strong>penting</strong></p>\n"
        );
        assert_eq!(to_html("# Judul", 1), "<h2>Judul</h2>\n");
    }

    #[test]
    fn notes_headings_follow_the_section_they_are_in() {
        assert_eq!(
            to_html_below("## Catatan\n\n### Rinci", 2),
            "<h3>Catatan</h3>\n<h4>Rinci</h4>\n"
        );
        assert_eq!(to_html_below("# Judul", 2), "<h3>Judul</h3>\n");
        assert_eq!(to_html_below("#### Dalam", 2), "<h4>Dalam</h4>\n");
        assert_eq!(to_html_below("Tanpa judul", 2), "<p>Tanpa judul</p>\n");
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let out = to_html("<script>alert(1)</script>\n\nA <b onclick=\"x()\">b</b>", 0);
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<b "), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
    }

    #[test]
    fn unsafe_link_schemes_are_dropped() {
        let out = to_html(
            "[x](javascript:alert(1)) [y](JaVa\tScript:alert(1)) ![i](data:text/html,x)",
            0,
        );
        assert!(!out.to_lowercase().contains("javascript"), "{out}");
        assert!(!out.contains("data:"), "{out}");
        assert!(is_safe_url("https://jdih.go.id/x"));
        assert!(is_safe_url("../lain/"));
        assert!(is_safe_url("a/b:c"));
        assert!(is_safe_url("mailto:a@b.go.id"));
        assert!(!is_safe_url("vbscript:x"));
    }

    #[test]
    fn an_image_with_an_unsafe_target_becomes_its_alt_text() {
        let out = to_html(
            "![bagan *alur*](javascript:x) ![logo](logo.png) ![kosong]()",
            0,
        );
        assert!(!out.contains("javascript"), "{out}");
        assert!(out.contains("bagan <em>alur</em>"), "{out}");
        assert!(out.contains("<img src=\"logo.png\" alt=\"logo\""), "{out}");
        assert!(out.contains("kosong") && !out.contains("src=\"\""), "{out}");
        assert_eq!(out.matches("<img").count(), 1, "{out}");
    }
}
