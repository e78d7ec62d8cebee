//! Tera setup and the pages of a site: from a [`Catalog`] to files in memory.

pub mod exports;
pub mod indexpages;
pub mod links;
pub mod markdown;
pub mod theme;
pub mod views;

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::catalog::Catalog;
use crate::config::Config;
use crate::content::Status;
use crate::diagnostic::{Diagnostic, Location};
use crate::indexes::Indexes;
use crate::url;
use indexpages::IndexPage;
use links::{Links, UrlStyle};
use theme::Theme;
use views::{InstansiView, NavView, SiteView, SopContext, SopView};

/// A file of the built site: its path under the output folder and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    /// Shared: a page unchanged since the last rebuild of `serve --watch`
    /// is the cached one, not a copy.
    pub bytes: Arc<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub url_style: UrlStyle,
    /// Set for the offline review bundle: a cover page and print pages.
    pub bundle: Option<std::sync::Arc<BundleInfo>>,
    /// The path the site is served under (`/`, `/sop/`), when known: the
    /// 404 page, which a server shows at any depth, links from there.
    /// Without it, the path of `base_url` is used, if set.
    pub site_path: Option<String>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            url_style: UrlStyle::Pretty,
            bundle: None,
            site_path: None,
        }
    }
}

/// What the review bundle's cover page tells.
#[derive(Debug, Clone, Serialize)]
pub struct BundleInfo {
    /// When it was made, in Indonesian.
    pub tanggal: String,
    /// The source revision, when the site is a git checkout.
    pub revisi: Option<String>,
    /// Whether the checkout had uncommitted changes.
    pub ada_perubahan: bool,
    /// Problems a reviewer should chase, a line each.
    pub peringatan: Vec<String>,
}

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
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        tera.set_escape_fn(escape_html);
        if let Err(e) = tera.add_raw_templates(sources) {
            return Err(vec![tera_diag(&theme, &e)]);
        }
        for required in [
            "index.html",
            "sop.html",
            "bagian.html",
            "indeks.html",
            "daftar.html",
            "404.html",
            "cari.html",
        ] {
            if !tera.contains_template(required) {
                return Err(vec![Diagnostic::error(
                    format!("templates/{required}"),
                    crate::pesan!("templat ini tidak ada", "template missing"),
                )]);
            }
        }
        Ok(Renderer { tera, theme })
    }

    fn render<T: Serialize>(
        &self,
        template: &str,
        page: &T,
        common: &Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut context = common.clone();
        context.insert("page", page);
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, &context, &mut out)
            .map_err(|e| tera_diag(&self.theme, &e))?;
        Ok(out)
    }

    /// Renders one page at `dir` (its folder, `""` for the home page); the
    /// view is made for that page's links.
    fn page<T: Serialize>(
        &self,
        ctx: &PageSetup,
        dir: &str,
        template: &str,
        view: impl FnOnce(&Links) -> T,
    ) -> Result<OutputFile, Diagnostic> {
        self.file(ctx, dir, url::page_file(dir), template, view)
    }

    /// Renders `template` to `path`, with links as seen from folder `dir`;
    /// with caches, only when its inputs changed since the last render.
    fn file<T: Serialize>(
        &self,
        ctx: &PageSetup,
        dir: &str,
        path: String,
        template: &str,
        view: impl FnOnce(&Links) -> T,
    ) -> Result<OutputFile, Diagnostic> {
        self.file_at(ctx, Links::new(dir, ctx.style), dir, path, template, view)
    }

    /// The page of SOP `i`. With caches it is keyed by the SOP's source
    /// and its [`SopContext`], which make the whole view: an unchanged page
    /// costs neither building its view nor hashing it.
    fn sop_page(
        &self,
        ctx: &PageSetup,
        catalog: &Catalog,
        ix: &Indexes,
        i: usize,
    ) -> Result<OutputFile, Diagnostic> {
        let e = &catalog.entries[i];
        let links = Links::new(&e.url, ctx.style);
        let nav = NavView::new(&links, &e.url, ctx.config);
        let inputs = (
            e.sop.source.hash(),
            &e.sop.path,
            SopContext::new(catalog, ix, i, &links),
        );
        self.keyed(
            ctx,
            &nav,
            url::page_file(&e.url),
            "sop.html",
            inputs,
            |(_, _, cx)| SopPage {
                sop: SopView::in_context(&e.sop, cx, ctx.caches),
            },
        )
    }

    /// [`Renderer::file`] with the given links.
    fn file_at<T: Serialize>(
        &self,
        ctx: &PageSetup,
        links: Links,
        dir: &str,
        path: String,
        template: &str,
        view: impl FnOnce(&Links) -> T,
    ) -> Result<OutputFile, Diagnostic> {
        let view = view(&links);
        let mut nav = NavView::new(&links, dir, ctx.config);
        if !path.ends_with(url::INDEX_FILE) {
            // Not a page of its own (the 404 page): no canonical address.
            nav.canonical = None;
        }
        self.keyed(ctx, &nav, path, template, view, |view| view)
    }

    /// Renders `template` to `path` with the view `view(inputs)` makes.
    /// With caches, only when the inputs (which must determine the view)
    /// or the page's setting changed since the last render; otherwise the
    /// view is not even made.
    fn keyed<I: Serialize, T: Serialize>(
        &self,
        ctx: &PageSetup,
        nav: &NavView,
        path: String,
        template: &str,
        inputs: I,
        view: impl FnOnce(I) -> T,
    ) -> Result<OutputFile, Diagnostic> {
        let render = |inputs| {
            let mut context = Context::new();
            context.insert("site", &ctx.site);
            context.insert("nav", nav);
            self.render(template, &view(inputs), &context)
        };
        let bytes = match ctx.caches {
            Some(c) => {
                let key = crate::cache::Key::new()
                    .text(template)
                    .json(&ctx.site)
                    .json(nav)
                    .json(&inputs)
                    .finish();
                c.page(&path, key, || render(inputs))?
            }
            None => Arc::new(render(inputs)?),
        };
        Ok(OutputFile { path, bytes })
    }

    /// Every page and static file of the site, each handed to `sink` as
    /// soon as it is made (pages are made in parallel). Returns the paths
    /// written; fails with every problem found.
    pub fn render_site(
        &self,
        input: &Input,
        options: &RenderOptions,
        sink: &dyn Sink,
    ) -> Result<Vec<String>, Vec<Diagnostic>> {
        let Input {
            catalog,
            indexes: ix,
            search,
            config,
            caches,
        } = *input;
        let ctx = PageSetup {
            site: SiteView::new(config),
            config,
            style: options.url_style,
            caches,
        };
        let put = |made: Result<OutputFile, Diagnostic>| -> Result<String, Diagnostic> {
            let file = made?;
            let path = file.path.clone();
            sink.put(file)?;
            Ok(path)
        };
        let published: Vec<usize> = catalog.published().map(|(i, _)| i).collect();
        // Each SOP's JSON, for its sop.json and for katalog.json.
        let records: Vec<Arc<Vec<u8>>> = published
            .par_iter()
            .map(|&i| exports::sop_record(catalog, &catalog.entries[i], caches))
            .collect();
        let mut results: Vec<Result<String, Diagnostic>> = published
            .par_iter()
            .zip(&records)
            .flat_map_iter(|(&i, record)| {
                let e = &catalog.entries[i];
                let page = put(self.sop_page(&ctx, catalog, ix, i));
                let json = put(Ok(OutputFile {
                    path: url::sop_json(&e.url),
                    bytes: Arc::clone(record),
                }));
                [page, json]
            })
            .collect();
        results.push(put(self.page(&ctx, url::BERANDA, "index.html", |links| {
            let root = catalog.bagian.get("");
            HomePage {
                judul: root.and_then(|b| b.judul.as_deref()),
                deskripsi: root.and_then(|b| b.deskripsi.as_deref()),
                catatan_html: root
                    .map(|b| markdown::to_html(&b.body, 1))
                    .unwrap_or_default(),
                jumlah: published.len(),
                ringkas: (published.len() > HOME_LIST_LIMIT).then(|| {
                    ix.instansi
                        .iter()
                        .enumerate()
                        .filter_map(|(g, ins)| {
                            let jumlah = ins
                                .units
                                .iter()
                                .flat_map(|u| &u.sops)
                                .filter(|&&i| catalog.entries[i].sop.status != Status::Draf)
                                .count();
                            (jumlah > 0).then(|| RingkasInstansi {
                                nama: ins.nama.as_deref(),
                                jumlah,
                                href: links.page(&indexpages::instansi_dir(ix, g)),
                            })
                        })
                        .collect()
                }),
                instansi: views::groups(catalog, links, |e| e.sop.status != Status::Draf),
                draf: catalog
                    .published()
                    .filter(|(_, e)| e.sop.status == Status::Draf)
                    .map(|(_, e)| views::SopLink::new(e, links))
                    .collect(),
                jelajah: views::jelajah(ix, links),
                bagian: catalog
                    .bagian
                    .iter()
                    .filter(|(path, _)| !path.is_empty())
                    .map(|(path, b)| BagianLink {
                        judul: b.judul.as_deref().unwrap_or(path),
                        deskripsi: b.deskripsi.as_deref(),
                        href: links.page(&url::bagian(path)),
                        tingkat: path.matches('/').count() + 1,
                    })
                    .collect(),
                paket: options
                    .bundle
                    .is_some()
                    .then(|| (links.page(url::SAMPUL), links.page(url::CETAK))),
            }
        })));
        if let Some(info) = &options.bundle {
            results.extend(
                self.bundle_pages(&ctx, catalog, ix, info)
                    .into_iter()
                    .map(&put),
            );
        }
        let index_pages = indexpages::pages(catalog, ix, &|dir| Links::new(dir, ctx.style));
        results.par_extend(index_pages.into_par_iter().flat_map_iter(|p| {
            match p {
                IndexPage::Indeks(dir, view) => {
                    vec![put(self.page(&ctx, &dir, "indeks.html", |_| view))]
                }
                IndexPage::Daftar(dir, view) => indexpages::paginate(dir, view, ctx.style)
                    .into_iter()
                    .map(|(dir, view)| put(self.page(&ctx, &dir, "daftar.html", |_| view)))
                    .collect(),
            }
        }));
        let folders: Vec<(&String, &crate::content::Bagian)> = catalog
            .bagian
            .iter()
            .filter(|(p, _)| !p.is_empty())
            .collect();
        results.par_extend(folders.par_iter().map(|&(path, b)| {
            let dir = url::bagian(path);
            put(self.page(&ctx, &dir, "bagian.html", |links| BagianPage {
                jejak: std::iter::once(indexpages::Jejak {
                    nama: "Beranda".into(),
                    href: links.page(url::BERANDA),
                })
                .chain(
                    catalog
                        .folder_pages(path)
                        .into_iter()
                        .map(|(folder, judul)| indexpages::Jejak {
                            nama: judul.to_string(),
                            href: links.page(&url::bagian(folder)),
                        }),
                )
                .collect(),
                judul: b.judul.as_deref().unwrap_or(path),
                deskripsi: b.deskripsi.as_deref(),
                pemerintah: b.pemerintah.as_deref(),
                instansi: b.instansi.as_deref(),
                unit: crate::content::model::label_unit(&b.unit),
                catatan_html: markdown::to_html(&b.body, 1),
                groups: views::groups(catalog, links, |e| e.sop.path.starts_with(&dir)),
            }))
        }));
        results.push(put(self.page(&ctx, url::CARI, "cari.html", |_| {
            SearchPage {
                indeks: url::CARI_INDEKS,
            }
        })));
        let index_files = crate::search::index::files(search);
        results.par_extend(index_files.into_par_iter().map(|(name, text)| {
            put(Ok(OutputFile {
                path: url::cari_indeks(&name),
                bytes: Arc::new(text.into_bytes()),
            }))
        }));
        // Served by web servers for a missing page, at any depth: its links
        // work from the root (and from anywhere when `base_url` is set).
        let site_path = options
            .site_path
            .clone()
            .or_else(|| config.base_url.as_deref().map(links::url_path));
        results.push(put(self.file_at(
            &ctx,
            match site_path {
                Some(path) => Links::rooted(path, ctx.style),
                None => Links::new(url::BERANDA, ctx.style),
            },
            url::BERANDA,
            url::NOT_FOUND.into(),
            "404.html",
            |_| NotFoundPage {},
        )));
        let records: Vec<&[u8]> = records.iter().map(|r| r.as_slice()).collect();
        results.push(put(Ok(OutputFile {
            path: url::KATALOG_JSON.into(),
            bytes: Arc::new(exports::catalog_json(&config.title, &records)),
        })));
        results.push(put(Ok(OutputFile {
            path: url::ROBOTS.into(),
            bytes: Arc::new(exports::robots(config.base_url.as_deref()).into_bytes()),
        })));
        if let Some(base) = &config.base_url {
            results.push(put(Ok(OutputFile {
                path: url::FEED.into(),
                bytes: Arc::new(exports::feed(base, &config.title, catalog).into_bytes()),
            })));
            let pages: Vec<String> = results
                .iter()
                .filter_map(|r| r.as_ref().ok())
                .filter_map(|p| p.strip_suffix(url::INDEX_FILE))
                .map(str::to_string)
                .collect();
            results.push(put(Ok(OutputFile {
                path: url::SITEMAP.into(),
                bytes: Arc::new(exports::sitemap(base, catalog, &pages).into_bytes()),
            })));
        }
        for (path, file) in &self.theme.statics {
            let read = file
                .read()
                .map(|bytes| OutputFile {
                    path: path.clone(),
                    bytes: Arc::new(bytes.into_owned()),
                })
                .map_err(|e| {
                    let e = crate::terjemah::io(&e);
                    Diagnostic::error(
                        file.shown.clone(),
                        crate::pesan!(
                            "berkas ini tidak dapat dibaca: {e}",
                            "cannot read the file: {e}"
                        ),
                    )
                });
            results.push(put(read));
        }
        let (mut paths, mut diags) = (Vec::with_capacity(results.len()), Vec::new());
        for r in results {
            match r {
                Ok(p) => paths.push(p),
                Err(d) => diags.push(d),
            }
        }
        diags.extend(check_collisions(&paths, &self.theme));
        if diags.is_empty() {
            Ok(paths)
        } else {
            Err(dedup(diags))
        }
    }
}

impl Renderer {
    /// The review bundle's own pages: the cover, and print pages for the
    /// whole catalogue (when not too large) and for each unit.
    fn bundle_pages(
        &self,
        ctx: &PageSetup,
        catalog: &Catalog,
        ix: &Indexes,
        info: &BundleInfo,
    ) -> Vec<Result<OutputFile, Diagnostic>> {
        let mut out = Vec::new();
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for status in Status::ALL {
            let n = catalog
                .published()
                .filter(|(_, e)| e.sop.status == status)
                .count();
            counts.push((views::status_label(status), n));
        }
        out.push(
            self.page(ctx, url::SAMPUL, "sampul.html", |links| CoverPage {
                info,
                jumlah: counts,
                cetak: links.page(url::CETAK),
            }),
        );
        // Print pages: one per unit, and the whole catalogue when modest.
        let mut units: Vec<(String, String, Vec<usize>)> = Vec::new();
        for ins in &ix.instansi {
            for unit in &ins.units {
                let title = match (&ins.nama, &unit.nama) {
                    (Some(i), Some(u)) => format!("{i} · {u}"),
                    (Some(i), None) => i.clone(),
                    (None, Some(u)) => u.clone(),
                    (None, None) => "Tanpa instansi".into(),
                };
                units.push((
                    title,
                    url::cetak_unit(&ins.slug, &unit.slug),
                    unit.sops.clone(),
                ));
            }
        }
        let all: Vec<usize> = catalog.published().map(|(i, _)| i).collect();
        let whole = all.len() <= PRINT_ALL_LIMIT;
        let print = |dir: &str, judul: String, sops: &[usize]| {
            self.page(ctx, dir, "cetak.html", |links| PrintPage {
                judul,
                sops: sops
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| {
                        let mut v = SopView::new(catalog, ix, i, links, ctx.caches);
                        v.id_prefix = format!("sop{}-", k + 1);
                        v
                    })
                    .collect(),
            })
        };
        out.push(self.page(ctx, url::CETAK, "cetak-daftar.html", |links| {
            PrintIndex {
                semua: whole.then(|| (links.page(url::CETAK_SEMUA), all.len())),
                unit: units
                    .iter()
                    .map(|(t, dir, sops)| (t.clone(), links.page(dir), sops.len()))
                    .collect(),
            }
        }));
        if whole {
            out.push(print(url::CETAK_SEMUA, "Semua SOP".into(), &all));
        }
        for (title, dir, sops) in &units {
            out.push(print(dir, title.clone(), sops));
        }
        out
    }
}

/// The most SOPs the "print all" page of a bundle holds; beyond it, units
/// are printed one at a time.
pub const PRINT_ALL_LIMIT: usize = 300;

#[derive(Serialize)]
struct CoverPage<'a> {
    info: &'a BundleInfo,
    jumlah: Vec<(&'static str, usize)>,
    cetak: String,
}

#[derive(Serialize)]
struct PrintIndex {
    semua: Option<(String, usize)>,
    unit: Vec<(String, String, usize)>,
}

#[derive(Serialize)]
struct PrintPage<'a> {
    judul: String,
    sops: Vec<SopView<'a>>,
}

/// Where rendered files go: memory (for `check` and `serve`) or a folder
/// being built (for `build`). Called from several threads at once.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile) -> Result<(), Diagnostic>;
}

/// Keeps the files in memory.
#[derive(Default)]
pub struct Memory(pub std::sync::Mutex<Vec<OutputFile>>);

impl Sink for Memory {
    fn put(&self, file: OutputFile) -> Result<(), Diagnostic> {
        self.0.lock().expect("not poisoned").push(file);
        Ok(())
    }
}

impl Memory {
    pub fn into_files(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().expect("not poisoned");
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// Throws the files away: for checking only.
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: OutputFile) -> Result<(), Diagnostic> {
        Ok(())
    }
}

/// What every page of one render shares.
struct PageSetup<'a> {
    site: SiteView<'a>,
    config: &'a Config,
    style: UrlStyle,
    caches: Option<&'a crate::cache::Caches>,
}

/// Many pages can fail on the same template line: say it once.
fn dedup(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    crate::diagnostic::sort(&mut diags);
    diags.dedup();
    diags
}

/// A static file and a page at the same path would overwrite each other.
fn check_collisions(paths: &[String], theme: &Theme) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
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

#[derive(Serialize)]
struct NotFoundPage {}

#[derive(Serialize)]
struct SearchPage {
    /// The folder of the search index, relative to the search page.
    indeks: &'static str,
}

/// What a site is rendered from.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub catalog: &'a Catalog,
    pub indexes: &'a Indexes,
    pub search: &'a crate::search::index::SearchIndex,
    pub config: &'a Config,
    pub caches: Option<&'a crate::cache::Caches>,
}

#[derive(Serialize)]
struct SopPage<'a> {
    sop: SopView<'a>,
}

#[derive(Serialize)]
struct HomePage<'a> {
    judul: Option<&'a str>,
    deskripsi: Option<&'a str>,
    catatan_html: String,
    jumlah: usize,
    /// Set above [`HOME_LIST_LIMIT`] SOPs: each instansi with its count
    /// and index page, which the default theme lists instead of every SOP.
    ringkas: Option<Vec<RingkasInstansi<'a>>>,
    /// Every published SOP but the drafts, by instansi and unit.
    instansi: Vec<InstansiView<'a>>,
    /// Drafts, under their own heading (only when drafts are published).
    draf: Vec<views::SopLink<'a>>,
    jelajah: Vec<views::JelajahView>,
    /// The folder pages (`_index.md` of content folders), in path order.
    bagian: Vec<BagianLink<'a>>,
    /// In the review bundle: the cover and print pages.
    paket: Option<(String, String)>,
}

/// Above this many SOPs the home page lists instansi, not SOPs: a
/// province's 10,000 made a 1.9 MB home page.
const HOME_LIST_LIMIT: usize = 500;

#[derive(Serialize)]
struct RingkasInstansi<'a> {
    nama: Option<&'a str>,
    jumlah: usize,
    href: String,
}

#[derive(Serialize)]
struct BagianLink<'a> {
    judul: &'a str,
    deskripsi: Option<&'a str>,
    href: String,
    /// 1 for a folder under content/, 2 for one inside it, ...
    tingkat: usize,
}

#[derive(Serialize)]
struct BagianPage<'a> {
    jejak: Vec<indexpages::Jejak>,
    judul: &'a str,
    deskripsi: Option<&'a str>,
    pemerintah: Option<&'a str>,
    instansi: Option<&'a str>,
    unit: Option<String>,
    catatan_html: String,
    groups: Vec<InstansiView<'a>>,
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
