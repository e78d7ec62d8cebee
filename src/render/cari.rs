//! The search page (`cari/`, template `cari.html`) and the search index's
//! files it loads (`cari/indeks/`).

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use super::page::{Made, Pages};
use crate::url;

#[derive(Serialize, Hash)]
struct SearchPage {
    /// The folder of the search index, relative to the search page.
    indeks: &'static str,
}

pub fn render(p: &Pages) -> Vec<Made> {
    let mut made = vec![p.page(url::CARI, "cari.html", |_| SearchPage {
        indeks: url::CARI_INDEKS,
    })];
    let files = crate::search::index::files(p.search);
    made.par_extend(
        files
            .into_par_iter()
            .map(|(name, text)| p.file(url::cari_indeks(&name), Arc::new(text.into_bytes()))),
    );
    made
}
