//! A whole site: every page kind in turn, then the theme's static files.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use super::page::{Input, Made, Pages, RenderOptions};
use super::sink::Sink;
use super::templates::Renderer;
use super::theme::Theme;
use super::{bagian, buku, cari, exports, home, indeks, not_found, paket};
use crate::diagnostic::Diagnostic;

impl Renderer {
    /// Every page and static file of the site, each handed to `sink` as
    /// soon as it is made (pages are made in parallel). Returns the paths
    /// written; fails with every problem found.
    pub fn render_site(
        &self,
        input: &Input,
        options: &RenderOptions,
        sink: &dyn Sink,
    ) -> Result<Vec<String>, Vec<Diagnostic>> {
        let p = Pages::new(self, input, options, sink);
        // Each SOP's JSON, for its sop.json and for katalog.json.
        let records = exports::records(&p);
        // Each SOP's page, and the printed books made of their forms.
        let (mut made, books) = buku::render(&p, &records, paket::semua(&p));
        made.push(home::render(&p));
        if let Some(info) = &options.bundle {
            made.extend(paket::render(&p, info));
        }
        // The printed books, and their list (with the bundle's book of
        // every SOP).
        made.extend(books);
        made.extend(indeks::render(&p));
        made.extend(bagian::render(&p));
        made.extend(cari::render(&p));
        made.push(not_found::render(&p));
        // After the pages: the sitemap lists them.
        let exports = exports::render(&p, &records, &made);
        made.extend(exports);
        made.extend(statics(&p, self.theme()));
        let (mut paths, mut diags) = (Vec::with_capacity(made.len()), Vec::new());
        for r in made {
            match r {
                Ok(path) => paths.push(path),
                Err(d) => diags.push(d),
            }
        }
        diags.extend(check_collisions(&paths, self.theme()));
        if diags.is_empty() {
            Ok(paths)
        } else {
            Err(dedup(diags))
        }
    }
}

/// The theme's static files, as they are.
fn statics(p: &Pages, theme: &Theme) -> Vec<Made> {
    theme
        .statics
        .iter()
        .map(|(path, file)| {
            let bytes = file.read().map_err(|e| {
                let e = crate::terjemah::io(&e);
                Diagnostic::error(
                    file.shown.clone(),
                    crate::pesan!(
                        "berkas ini tidak dapat dibaca: {e}",
                        "cannot read the file: {e}"
                    ),
                )
            })?;
            p.file(path.clone(), Arc::new(bytes.into_owned()))
        })
        .collect()
}

/// Many pages can fail on the same template line: say it once.
fn dedup(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    crate::diagnostic::sort(&mut diags);
    diags.dedup();
    diags
}

/// A static file and a page at the same path would overwrite each other.
fn check_collisions(paths: &[String], theme: &Theme) -> Vec<Diagnostic> {
    let mut seen = HashSet::new();
    let mut diags = Vec::new();
    for p in paths {
        if !seen.insert(p.to_lowercase()) {
            let shown = theme
                .statics
                .get(p)
                .map_or_else(|| Path::new("static").join(p), |t| t.shown.clone());
            diags.push(
                Diagnostic::error(
                    shown,
                    crate::pesan!(
                        "dua berkas akan ditulis ke `{p}`",
                        "two files would be written to `{p}`"
                    ),
                )
                .with_hint(crate::pesan!(
                    "sebuah berkas statis ber-path sama dengan sebuah halaman: ganti nama atau pindahkan berkas statis itu",
                    "a static file has the same path as a page: rename or move the static file"
                )),
            );
        }
    }
    diags
}
