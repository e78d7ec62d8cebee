//! `robots.txt`, and with a `base_url` `sitemap.xml`: every page of the
//! site, with the date of an SOP's page.

use super::feed::{latest, xml};
use crate::catalog::Catalog;
use crate::content::tanggal::Tanggal;
use crate::url;

/// `sitemap.xml` over `pages` (folders under the site root).
pub fn sitemap(base: &str, catalog: &Catalog, pages: &[String]) -> String {
    let dates: std::collections::HashMap<&str, Tanggal> = catalog
        .published()
        .filter_map(|(_, e)| latest(&e.sop).map(|t| (e.url.as_str(), t)))
        .collect();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in pages {
        out.push_str("  <url><loc>");
        out.push_str(&xml(&format!(
            "{base}{}",
            crate::render::links::encode_path(p)
        )));
        out.push_str("</loc>");
        if let Some(t) = dates.get(p.as_str()).filter(|t| t.hari.is_some()) {
            out.push_str(&format!("<lastmod>{}</lastmod>", t.iso()));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

pub fn robots(base: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = base {
        out.push_str(&format!("Sitemap: {base}{}\n", url::SITEMAP));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_points_at_the_sitemap_when_the_site_has_an_address() {
        assert_eq!(robots(None), "User-agent: *\nAllow: /\n");
        assert!(
            robots(Some("https://x.go.id/")).ends_with("Sitemap: https://x.go.id/sitemap.xml\n")
        );
    }
}
