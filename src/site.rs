//! The pipeline shared by every command: load, link, render; then, for
//! `build`, write.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::cache::Caches;
use crate::catalog::{Catalog, Drafts};
use crate::config::Config;
use crate::content::load::{parse_files_cached, read_content};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::indexes::Indexes;
use crate::render::theme::Theme;
use crate::render::{Discard, Input, Memory, OutputFile, RenderOptions, Renderer, Sink};
use crate::search::index::SearchIndex;

/// What a command asks of the pipeline.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: Drafts,
    pub render: RenderOptions,
    /// Kept between builds by `serve --watch`; none for a one-shot build.
    pub caches: Option<std::sync::Arc<Caches>>,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            base_url: None,
            drafts: Drafts::Exclude,
            render: RenderOptions::default(),
            caches: None,
        }
    }

    /// The caching layer the pipeline is given: the kept caches, or the
    /// no-op form.
    fn caches(&self) -> &Caches {
        self.caches.as_deref().unwrap_or(Caches::none())
    }
}

/// What a build made, besides its files.
#[derive(Debug)]
pub struct Built {
    pub config: Config,
    pub catalog: Catalog,
    pub indexes: Indexes,
    /// Paths of the files written, under the output folder.
    pub paths: Vec<String>,
    /// Warnings of the run (errors make the build fail instead).
    pub warnings: Vec<Diagnostic>,
    /// How long each phase took, in order.
    pub timings: Vec<(&'static str, Duration)>,
}

impl Built {
    pub fn sop_count(&self) -> usize {
        self.catalog.published().count()
    }
}

/// A built site, in memory.
#[derive(Debug)]
pub struct Site {
    pub built: Built,
    pub files: Vec<OutputFile>,
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
    let mut loaded = parse_files_cached(files, options.caches());
    read_diags.append(&mut loaded.diags);
    loaded.diags = read_diags;
    lap(timings, "parse", &mut clock);
    let catalog = Catalog::build(loaded, &config, options.drafts);
    lap(timings, "link", &mut clock);
    Ok((config, catalog))
}

/// Loads, links and renders, handing the files to the sink that
/// `make_sink` sets up once the content has passed its checks (and the
/// config, which may say where the site goes, is known). Fails with every
/// error found, content first.
pub fn build_with<S: Sink>(
    options: &Options,
    make_sink: impl FnOnce(&Config) -> Result<S, Diagnostic>,
) -> Result<(Built, S), Vec<Diagnostic>> {
    let mut timings = Vec::new();
    let (config, catalog) = load_timed(options, &mut timings)?;
    build_loaded(options, (config, catalog), timings, make_sink)
}

/// [`build_with`] from what [`load`] read, for a caller that looked at the
/// catalogue first (`bundle`'s cover lists its warnings).
pub fn build_loaded<S: Sink>(
    options: &Options,
    (config, mut catalog): (Config, Catalog),
    mut timings: Vec<(&'static str, Duration)>,
    make_sink: impl FnOnce(&Config) -> Result<S, Diagnostic>,
) -> Result<(Built, S), Vec<Diagnostic>> {
    let mut diags = std::mem::take(&mut catalog.diags);
    if diags.iter().any(Diagnostic::is_error) {
        diagnostic::sort(&mut diags);
        return Err(diags);
    }
    // The index pages' data and the search index need only the catalogue:
    // built side by side (a rebuild in `serve --watch` waits on both).
    let ((indexes, index_took), (search, search_took)) = rayon::join(
        || {
            let t = Instant::now();
            (
                Indexes::build(&catalog, &config.alias_pelaksana),
                t.elapsed(),
            )
        },
        || {
            let t = Instant::now();
            let search = SearchIndex::build(&catalog, options.caches());
            (search, t.elapsed())
        },
    );
    timings.push(("index", index_took));
    timings.push(("search", search_took));
    let mut clock = Instant::now();
    let theme = Theme::resolve(&options.root, &config.theme).map_err(|d| vec![d])?;
    let renderer = Renderer::new(theme)?;
    lap(&mut timings, "theme", &mut clock);
    let sink = make_sink(&config).map_err(|d| vec![d])?;
    let input = Input {
        catalog: &catalog,
        indexes: &indexes,
        search: &search,
        config: &config,
        caches: options.caches(),
    };
    let paths = renderer.render_site(&input, &options.render, &sink)?;
    lap(&mut timings, "render", &mut clock);
    // What this good build did not use will not be asked for again.
    options.caches().sweep();
    let built = Built {
        config,
        catalog,
        indexes,
        paths,
        warnings: diags,
        timings,
    };
    Ok((built, sink))
}

/// Loads, links and renders into memory.
pub fn build(options: &Options) -> Result<Site, Vec<Diagnostic>> {
    in_memory(build_with(options, |_| Ok(Memory::default())))
}

fn in_memory(built: Result<(Built, Memory), Vec<Diagnostic>>) -> Result<Site, Vec<Diagnostic>> {
    let (built, memory) = built?;
    Ok(Site {
        built,
        files: memory.into_files(),
    })
}

/// `sopgen check`: every problem of the site; with `strict`, warnings count
/// as errors.
pub fn check(options: &Options, strict: bool) -> Vec<Diagnostic> {
    let mut diags = match build_with(options, |_| Ok(Discard)) {
        Ok((built, _)) => built.warnings,
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
