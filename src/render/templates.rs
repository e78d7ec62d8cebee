//! The templates a site renders with: Tera set up from the [`Theme`], each
//! built-in template also under `default/` (so that a site's template can
//! extend the one it replaces), template errors turned into diagnostics,
//! and the escaping of what templates print.

use tera::{Context, Tera};

use super::theme::{BUILT_IN, Theme};
use crate::diagnostic::{Diagnostic, Location};

pub struct Renderer {
    tera: Tera,
    theme: Theme,
}

/// Turns a Tera error into a diagnostic at the template's line and column.
fn tera_diag(theme: &Theme, err: &tera::Error) -> Diagnostic {
    let shown = |name: &str| {
        theme
            .templates
            .get(name)
            .map_or_else(|| format!("templates/{name}").into(), |f| f.shown.clone())
    };
    match err.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let span = r.span();
            let source = theme
                .templates
                .get(r.filename())
                .and_then(|f| f.read().ok())
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            let line_text = source
                .lines()
                .nth(span.start_line.saturating_sub(1))
                .unwrap_or("")
                .to_string();
            let width = if span.end_line == span.start_line {
                span.end_col.saturating_sub(span.start_col)
            } else {
                1
            };
            let message = r.message();
            Diagnostic::error(
                shown(r.filename()),
                crate::pesan!("kesalahan templat: {message}", "template error: {message}"),
            )
            .at(Location {
                line: span.start_line,
                column: span.start_col + 1,
                line_text,
                width: width.max(1),
            })
            .with_hint(crate::pesan!(
                "perbaiki templat itu, atau hapus salinan Anda agar templat bawaan yang dipakai",
                "fix the template, or delete your copy to use the built-in one"
            ))
        }
        _ => {
            let text = err.to_string();
            // Some errors carry a rendered report: take the file it names.
            let file = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("--> "))
                .and_then(|locus| locus.split(':').next())
                .map_or_else(|| "templates".into(), shown);
            let message = text
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string();
            Diagnostic::error(
                file,
                crate::pesan!("kesalahan templat: {message}", "template error: {message}"),
            )
            .with_hint(text.lines().skip(1).collect::<Vec<_>>().join("\n"))
        }
    }
}

impl Renderer {
    pub fn new(theme: Theme) -> Result<Renderer, Vec<Diagnostic>> {
        let mut sources = Vec::with_capacity(theme.templates.len());
        let mut diags = Vec::new();
        for (name, file) in &theme.templates {
            match file.read() {
                Ok(bytes) => match String::from_utf8(bytes.into_owned()) {
                    Ok(text) => sources.push((name.clone(), text)),
                    Err(_) => diags.push(
                        Diagnostic::error(
                            file.shown.clone(),
                            crate::pesan!(
                                "templat ini bukan teks UTF-8 yang sah",
                                "the template is not valid UTF-8 text"
                            ),
                        )
                        .with_hint(crate::pesan!("simpan sebagai UTF-8", "save it as UTF-8")),
                    ),
                },
                Err(e) => {
                    let e = crate::terjemah::io(&e);
                    diags.push(
                        Diagnostic::error(
                            file.shown.clone(),
                            crate::pesan!(
                                "templat ini tidak dapat dibaca: {e}",
                                "cannot read the template: {e}"
                            ),
                        )
                        .with_hint(crate::pesan!(
                            "periksa izin akses berkas ini",
                            "check the file's permissions"
                        )),
                    )
                }
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let mut tera = Tera::new();
        // A name no layer has is the built-in template's: `sop.html` is
        // `default/sop.html` unless the site or its theme has its own.
        tera.set_fallback_prefixes([BUILT_IN])
            .expect("set before any template is added");
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        tera.set_escape_fn(escape_html);
        if let Err(e) = tera.add_raw_templates(sources) {
            return Err(vec![tera_diag(&theme, &e)]);
        }
        Ok(Renderer { tera, theme })
    }

    /// Renders `template` with `context`.
    pub fn render(&self, template: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, context, &mut out)
            .map_err(|e| tera_diag(&self.theme, &e))?;
        Ok(out)
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }
}

/// Tera's HTML escaping, byte for byte (`& < > " '`), writing the runs
/// between those characters whole: Tera's own writes one byte at a time
/// through `dyn Write`, which was a twentieth of a large build.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_is_teras_byte_for_byte() {
        let samples = [
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
        ];
        for s in samples {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            super::escape_html(s, &mut ours).unwrap();
            tera::escape_html(s, &mut teras).unwrap();
            assert_eq!(ours, teras, "{s:?}");
        }
    }
}
