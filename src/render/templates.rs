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
        tera.set_escape_fn(crate::escape::escape_to);
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
