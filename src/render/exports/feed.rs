//! `feed.xml`: an Atom feed of the SOPs by their newest date, written
//! when the site has a `base_url`.

use crate::catalog::{Catalog, Entry};
use crate::content::Sop;
use crate::content::tanggal::Tanggal;
use crate::url;

/// XML text and attribute values: the pages' escape (`'` too).
pub(super) fn xml(s: &str) -> String {
    crate::escape::escape(s)
}

/// The newest date an SOP carries: revised, effective or made.
pub(super) fn latest(sop: &Sop) -> Option<Tanggal> {
    [
        sop.tanggal_revisi,
        sop.tanggal_efektif,
        sop.tanggal_pembuatan,
        sop.tanggal_pengesahan,
    ]
    .into_iter()
    .flatten()
    .max()
}

fn timestamp(t: Tanggal) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        t.tahun,
        t.bulan.unwrap_or(1),
        t.hari.unwrap_or(1)
    )
}

/// An Atom feed of the SOPs by their newest date, most recent first.
pub fn feed(base: &str, title: &str, catalog: &Catalog) -> String {
    let mut dated: Vec<(Tanggal, &Entry)> = catalog
        .published()
        .filter_map(|(_, e)| latest(&e.sop).map(|t| (t, e)))
        .collect();
    dated.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.url.cmp(&b.1.url)));
    dated.truncate(50);
    let updated = dated.first().map_or_else(
        || "1970-01-01T00:00:00Z".to_string(),
        |(t, _)| timestamp(*t),
    );
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}{}\"/>\n  <updated>{updated}</updated>\n  <generator>sopgen</generator>\n",
        xml(title),
        xml(base),
        xml(base),
        xml(base),
        url::FEED
    );
    for (t, e) in dated {
        let url = format!("{base}{}", crate::render::links::encode_path(&e.url));
        let what = if e.sop.tanggal_revisi == Some(t) {
            "Direvisi"
        } else {
            "Diterbitkan"
        };
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n    <author><name>{}</name></author>\n    <summary>{} {}{}</summary>\n  </entry>\n",
            xml(&e.sop.nama),
            xml(&url),
            xml(&url),
            timestamp(t),
            xml(e.instansi.as_deref().unwrap_or(title)),
            what,
            t,
            e.sop.nomor.as_deref().map(|n| format!(" · Nomor {}", xml(n))).unwrap_or_default()
        ));
    }
    out.push_str("</feed>\n");
    out
}
