//! The pipeline shared by every command: load, link, render; then, for
//! `build`, write.

use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, Drafts};
use crate::config::Config;
use crate::content::load::{parse_files, read_content};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::render::theme::Theme;
use crate::render::{OutputFile, RenderOptions, Renderer};

/// What a command asks of the pipeline.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: Drafts,
    pub render: RenderOptions,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            base_url: None,
            drafts: Drafts::Exclude,
            render: RenderOptions::default(),
        }
    }
}

/// A built site, in memory.
#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub catalog: Catalog,
    pub files: Vec<OutputFile>,
    /// Warnings of the run (errors make the build fail instead).
    pub warnings: Vec<Diagnostic>,
}

impl Site {
    pub fn sop_count(&self) -> usize {
        self.catalog.published().count()
    }
}

/// Reads the config and content of a site and links them.
pub fn load(options: &Options) -> Result<(Config, Catalog), Vec<Diagnostic>> {
    let mut config = Config::load(&options.root).map_err(|d| vec![d])?;
    if let Some(url) = &options.base_url {
        config.base_url = Some(if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        });
    }
    let content = options.root.join("content");
    let (files, mut read_diags) = read_content(&options.root, &content);
    let mut loaded = parse_files(files);
    read_diags.append(&mut loaded.diags);
    loaded.diags = read_diags;
    let catalog = Catalog::build(loaded, &config, options.drafts);
    Ok((config, catalog))
}

/// Loads, links and renders; fails with every error found, content first.
pub fn build(options: &Options) -> Result<Site, Vec<Diagnostic>> {
    let (config, mut catalog) = load(options)?;
    let mut diags = std::mem::take(&mut catalog.diags);
    if diags.iter().any(Diagnostic::is_error) {
        diagnostic::sort(&mut diags);
        return Err(diags);
    }
    let theme = Theme::resolve(&options.root, &config.theme).map_err(|d| vec![d])?;
    let renderer = Renderer::new(theme)?;
    let files = renderer.render_site(&catalog, &config, options.render)?;
    Ok(Site {
        config,
        catalog,
        files,
        warnings: diags,
    })
}

/// `sopgen check`: every problem of the site; with `strict`, warnings count
/// as errors.
pub fn check(options: &Options, strict: bool) -> Vec<Diagnostic> {
    let mut diags = match build(options) {
        Ok(site) => site.warnings,
        Err(diags) => diags,
    };
    if strict {
        for d in &mut diags {
            d.severity = Severity::Error;
        }
    }
    diags
}

/// The output folder: `--output` (relative to the current folder), else
/// the config's `output_dir` (relative to the site root).
pub fn output_dir(root: &Path, config: &Config, cli: Option<&Path>) -> PathBuf {
    match cli {
        Some(p) => p.to_path_buf(),
        None => root.join(&config.output_dir),
    }
}
