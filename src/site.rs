//! The pipeline shared by every command: load, link, render; then, for
//! `build`, write.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    /// How long each phase took, in order.
    pub timings: Vec<(&'static str, Duration)>,
}

impl Site {
    pub fn sop_count(&self) -> usize {
        self.catalog.published().count()
    }
}

/// Reads the config and content of a site and links them.
pub fn load(options: &Options) -> Result<(Config, Catalog), Vec<Diagnostic>> {
    load_timed(options, &mut Vec::new())
}

fn lap(timings: &mut Vec<(&'static str, Duration)>, phase: &'static str, since: &mut Instant) {
    timings.push((phase, since.elapsed()));
    *since = Instant::now();
}

fn load_timed(
    options: &Options,
    timings: &mut Vec<(&'static str, Duration)>,
) -> Result<(Config, Catalog), Vec<Diagnostic>> {
    let mut clock = Instant::now();
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
    lap(timings, "read", &mut clock);
    let mut loaded = parse_files(files);
    read_diags.append(&mut loaded.diags);
    loaded.diags = read_diags;
    lap(timings, "parse", &mut clock);
    let catalog = Catalog::build(loaded, &config, options.drafts);
    lap(timings, "link", &mut clock);
    Ok((config, catalog))
}

/// Loads, links and renders; fails with every error found, content first.
pub fn build(options: &Options) -> Result<Site, Vec<Diagnostic>> {
    let mut timings = Vec::new();
    let (config, mut catalog) = load_timed(options, &mut timings)?;
    let mut clock = Instant::now();
    let mut diags = std::mem::take(&mut catalog.diags);
    if diags.iter().any(Diagnostic::is_error) {
        diagnostic::sort(&mut diags);
        return Err(diags);
    }
    let theme = Theme::resolve(&options.root, &config.theme).map_err(|d| vec![d])?;
    let renderer = Renderer::new(theme)?;
    let files = renderer.render_site(&catalog, &config, options.render)?;
    lap(&mut timings, "render", &mut clock);
    Ok(Site {
        config,
        catalog,
        files,
        warnings: diags,
        timings,
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

/// The most memory this process has held so far (Linux), in bytes.
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
