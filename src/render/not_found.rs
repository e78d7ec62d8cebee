//! The page web servers show for a missing path (`404.html`, template
//! `404.html`), at any depth: its links start from the site's root path.

use serde::Serialize;

use super::links::{self, Links};
use super::page::{Made, Pages};
use crate::url;

#[derive(Serialize, Hash)]
struct NotFoundPage {}

pub fn render(p: &Pages) -> Made {
    // Its links work from the root (and from anywhere when the site's
    // path is known: served, or from `base_url`).
    let site_path = p
        .options
        .site_path
        .clone()
        .or_else(|| p.config.base_url.as_deref().map(links::url_path));
    let links = match site_path {
        Some(path) => Links::rooted(path, p.options.url_style),
        None => p.links(url::BERANDA),
    };
    p.keyed(
        &links,
        url::BERANDA,
        url::NOT_FOUND.into(),
        "404.html",
        NotFoundPage {},
        |v| v,
    )
}
