//! The theme a site renders with: the built-in default, then the chosen
//! theme under `themes/NAME`, then the site's own `templates/` and `static/`;
//! a later layer overrides a file of the same name.
//!
//! The built-in templates are registered as `default/NAME` and are found
//! under `NAME` when no layer has one of that name: a site's
//! `templates/base.html` can `{% extends "default/base.html" %}` and change
//! one block, and the built-in pages use it.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, display_path};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));
}

/// Where a file of the theme comes from, for reading and for reports.
#[derive(Debug, Clone)]
pub enum Origin {
    BuiltIn(&'static [u8]),
    File(PathBuf),
}

#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub origin: Origin,
    /// How reports name it: `templates/sop.html` relative to the site root,
    /// or `(built-in theme) templates/sop.html`.
    pub shown: PathBuf,
}

impl ThemeFile {
    pub fn read(&self) -> std::io::Result<Cow<'static, [u8]>> {
        match &self.origin {
            Origin::BuiltIn(bytes) => Ok(Cow::Borrowed(bytes)),
            Origin::File(path) => std::fs::read(path).map(Cow::Owned),
        }
    }
}

/// The folder of the built-in templates' names: `default/base.html`.
pub const BUILT_IN: &str = "default/";

/// The built-in theme's files: path under `themes/default`, contents.
pub fn built_in() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    embedded::FILES.iter().copied()
}

#[derive(Debug, Default, Clone)]
pub struct Theme {
    /// By template name: `sop.html` from the site or its theme,
    /// `default/sop.html` built in.
    pub templates: BTreeMap<String, ThemeFile>,
    /// By output path, e.g. `aset/sopgen.css`.
    pub statics: BTreeMap<String, ThemeFile>,
}

impl Theme {
    pub fn resolve(root: &Path, name: &str) -> Result<Theme, Diagnostic> {
        let mut theme = Theme::default();
        for (rel, bytes) in embedded::FILES {
            let file = ThemeFile {
                origin: Origin::BuiltIn(bytes),
                shown: PathBuf::from(crate::pesan!(
                    "(tema bawaan) {rel}",
                    "(built-in theme) {rel}"
                )),
            };
            match rel.strip_prefix("templates/") {
                Some(name) => {
                    theme.templates.insert(format!("{BUILT_IN}{name}"), file);
                }
                None => theme.insert(rel, file),
            }
        }
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            theme.overlay(root, &dir)?;
        } else if name != "default" {
            let folder = display_path(root, &dir);
            let folder = folder.display();
            return Err(Diagnostic::error(
                crate::config::CONFIG_FILE,
                crate::pesan!(
                    "tema \"{name}\" tidak ditemukan",
                    "theme \"{name}\" not found"
                ),
            )
            .with_hint(crate::pesan!(
                "taruh tema itu di {folder}, atau hapus `theme` dari sopgen.toml agar tema bawaan yang dipakai",
                "put the theme in {folder}, or remove `theme` from sopgen.toml to use the built-in one"
            )));
        }
        theme.overlay(root, root)?;
        Ok(theme)
    }

    fn insert(&mut self, rel: &str, file: ThemeFile) {
        if let Some(name) = rel.strip_prefix("templates/") {
            self.templates.insert(name.to_string(), file);
        } else if let Some(path) = rel.strip_prefix("static/") {
            self.statics.insert(path.to_string(), file);
        }
    }

    /// Adds `dir/templates` and `dir/static`, overriding what is there.
    fn overlay(&mut self, root: &Path, dir: &Path) -> Result<(), Diagnostic> {
        for sub in ["templates", "static"] {
            let base = dir.join(sub);
            if !base.is_dir() {
                continue;
            }
            for entry in walkdir::WalkDir::new(&base)
                .follow_links(true)
                .sort_by_file_name()
            {
                let entry = entry.map_err(|e| {
                    let path = e.path().map(|p| display_path(root, p)).unwrap_or_default();
                    let e = if crate::bahasa::inggris() {
                        e.to_string()
                    } else {
                        e.io_error()
                            .map_or_else(|| e.to_string(), crate::terjemah::io)
                    };
                    Diagnostic::error(
                        path,
                        crate::pesan!(
                            "folder tema tidak dapat dibaca: {e}",
                            "cannot read the theme folder: {e}"
                        ),
                    )
                    .with_hint(crate::pesan!(
                        "periksa izin akses folder itu dan tautan-tautannya",
                        "check the folder's permissions and links"
                    ))
                })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let name = entry.file_name().to_string_lossy();
                if crate::content::load::is_ignored_name(&name) {
                    continue;
                }
                let rel = entry.path().strip_prefix(dir).expect("walked under dir");
                let rel = rel.to_string_lossy().replace('\\', "/");
                let file = ThemeFile {
                    origin: Origin::File(entry.path().to_path_buf()),
                    shown: display_path(root, entry.path()),
                };
                self.insert(&rel, file);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_theme_is_built_in() {
        let theme = Theme::resolve(Path::new("/nonexistent-site-root"), "default").unwrap();
        for name in ["base.html", "index.html", "sop.html"] {
            assert!(
                theme.templates.contains_key(&format!("{BUILT_IN}{name}")),
                "{name} missing"
            );
            assert!(!theme.templates.contains_key(name), "{name} not a site's");
        }
        assert!(theme.statics.contains_key("aset/sopgen.css"));
    }

    #[test]
    fn a_missing_named_theme_is_an_error() {
        let d = Theme::resolve(Path::new("/nonexistent-site-root"), "biru").unwrap_err();
        assert_eq!(d.message, "tema \"biru\" tidak ditemukan");
    }
}
