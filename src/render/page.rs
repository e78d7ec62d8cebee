//! What every page kind is given ([`Pages`]: the catalogue, its indexes,
//! the settings and the caching layer of this render) and how it renders a
//! page: its view made for the links of the page's folder, `site` and `nav`
//! beside it, and, when the caches keep pages, only when what it is made
//! from changed.

use std::hash::Hash;
use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use super::links::{Links, UrlStyle};
use super::sink::{OutputFile, Sink};
use super::templates::Renderer;
use super::views::{NavView, SiteView};
use crate::cache::Caches;
use crate::catalog::Catalog;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::hash::Key;
use crate::indexes::Indexes;
use crate::search::index::SearchIndex;
use crate::url;

/// What a site is rendered from.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub catalog: &'a Catalog,
    pub indexes: &'a Indexes,
    pub search: &'a SearchIndex,
    pub config: &'a Config,
    /// What earlier renders left to reuse ([`Caches::none`]: nothing).
    pub caches: &'a Caches,
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub url_style: UrlStyle,
    /// Set for the offline review bundle: a cover page and print pages.
    pub bundle: Option<Arc<BundleInfo>>,
    /// The path the site is served under (`/`, `/sop/`), when known: the
    /// 404 page, which a server shows at any depth, links from there.
    /// Without it, the path of `base_url` is used, if set.
    pub site_path: Option<String>,
    /// `build --pdf`: each SOP page and book links the PDF printed beside it.
    pub pdf: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            url_style: UrlStyle::Pretty,
            bundle: None,
            site_path: None,
            pdf: false,
        }
    }
}

/// What the review bundle's cover page tells.
#[derive(Debug, Clone, Serialize, Hash)]
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

/// The path of a file made, or why it could not be.
pub type Made = Result<String, Diagnostic>;

/// What a template gets as `page`.
pub trait View: Send + Sync {
    fn insert(&self, context: &mut Context);
}

impl<T: Serialize + Send + Sync> View for T {
    fn insert(&self, context: &mut Context) {
        context.insert("page", self);
    }
}

/// What a page is made from: it keys the page in the caches, so it must
/// determine everything the page shows (its `Hash` is derived).
pub trait Inputs {
    fn key(&self, key: Key) -> Key;
}

impl<T: Hash> Inputs for T {
    fn key(&self, key: Key) -> Key {
        key.value(self)
    }
}

/// A view that is its page's inputs too, of a type only its page kind
/// knows (the index kinds' pages, made by one function each).
pub trait PageView: View + Inputs {}

impl<T: Serialize + Hash + Send + Sync> PageView for T {}

pub type AnyView<'a> = Box<dyn PageView + 'a>;

impl View for AnyView<'_> {
    fn insert(&self, context: &mut Context) {
        (**self).insert(context)
    }
}

impl Inputs for AnyView<'_> {
    fn key(&self, key: Key) -> Key {
        (**self).key(key)
    }
}

/// One render of a site: what its page kinds read, and where their files go.
pub struct Pages<'a> {
    pub catalog: &'a Catalog,
    pub ix: &'a Indexes,
    pub search: &'a SearchIndex,
    pub config: &'a Config,
    pub options: &'a RenderOptions,
    pub caches: &'a Caches,
    /// The published SOPs, in catalogue order.
    pub published: Vec<usize>,
    site: SiteView<'a>,
    renderer: &'a Renderer,
    sink: &'a dyn Sink,
}

impl<'a> Pages<'a> {
    pub fn new(
        renderer: &'a Renderer,
        input: &Input<'a>,
        options: &'a RenderOptions,
        sink: &'a dyn Sink,
    ) -> Self {
        Pages {
            catalog: input.catalog,
            ix: input.indexes,
            search: input.search,
            config: input.config,
            options,
            caches: input.caches,
            published: input.catalog.published().map(|(i, _)| i).collect(),
            site: SiteView::new(input.config),
            renderer,
            sink,
        }
    }

    /// Links as seen from the page at folder `dir`.
    pub fn links(&self, dir: &str) -> Links {
        Links::new(dir, self.options.url_style)
    }

    /// Links that start from `root` rather than from a page's folder.
    pub fn links_rooted(&self, root: String) -> Links {
        Links::rooted(root, self.options.url_style)
    }

    /// `template` rendered on its own, as a piece of pages rather than a
    /// page: `site`, and `nav` for `links`, in its context, and what
    /// `fill(inputs, ..)` puts there. When the caches keep values, made
    /// only when its inputs (which must determine what `fill` puts) or the
    /// settings changed.
    pub fn fragment<I: Inputs>(
        &self,
        links: &Links,
        template: &str,
        inputs: I,
        fill: impl FnOnce(I, &mut Context),
    ) -> Arc<Result<Arc<String>, Diagnostic>> {
        let nav = NavView::new(links, "", self.config);
        let key = |inputs: &I| {
            inputs
                .key(Key::new().text(template).value(&self.site).value(&nav))
                .finish()
        };
        self.caches.value(inputs, key, |inputs| {
            let mut context = Context::new();
            context.insert("site", &self.site);
            context.insert("nav", &nav);
            fill(inputs, &mut context);
            let bytes = self.renderer.render(template, &context)?;
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            Ok(Arc::new(text))
        })
    }

    /// Hands a file that is not rendered from a template to the sink.
    pub fn file(&self, path: String, bytes: Arc<Vec<u8>>) -> Made {
        self.sink.put(OutputFile {
            path: path.clone(),
            bytes,
        })?;
        Ok(path)
    }

    /// The page at folder `dir` (its `index.html`), its view made for the
    /// page's links.
    pub fn page<V: View + Inputs>(
        &self,
        dir: &str,
        template: &str,
        view: impl FnOnce(&Links) -> V,
    ) -> Made {
        let links = self.links(dir);
        let view = view(&links);
        self.keyed(&links, dir, url::page_file(dir), template, view, |v| v)
    }

    /// Renders `template` to `path`, with `links` as seen from folder `dir`
    /// and the view `view(inputs)` makes. When the caches keep pages, only
    /// when the inputs (which must determine the view) or the page's
    /// setting changed since the last render; otherwise the view is not
    /// even made.
    pub fn keyed<I: Inputs, V: View>(
        &self,
        links: &Links,
        dir: &str,
        path: String,
        template: &str,
        inputs: I,
        view: impl FnOnce(I) -> V,
    ) -> Made {
        let mut nav = NavView::new(links, dir, self.config);
        if !path.ends_with(url::INDEX_FILE) {
            // Not a page of its own (the 404 page): no canonical address.
            nav.canonical = None;
        }
        let render = |inputs| {
            let mut context = Context::new();
            context.insert("site", &self.site);
            context.insert("nav", &nav);
            view(inputs).insert(&mut context);
            self.renderer.render(template, &context)
        };
        let key = |inputs: &I| {
            inputs
                .key(Key::new().text(template).value(&self.site).value(&nav))
                .finish()
        };
        let bytes = self.caches.page(&path, inputs, key, render)?;
        self.file(path, bytes)
    }
}
