//! What an index kind is: [`Jenis`], and [`Out`], where its function
//! puts its pages.

use std::hash::Hash;

use serde::Serialize;

use super::view::{self, IndeksPage};
use crate::indexes::Indexes;
use crate::render::links::UrlStyle;
use crate::render::page::{AnyView, Pages};

/// An index kind.
pub struct Jenis {
    /// Its name for themes: the home page's `jelajah[].jenis`.
    pub kunci: &'static str,
    /// The folder of its own page; its things' pages are below it.
    pub dir: &'static str,
    /// The template of all its pages.
    pub template: &'static str,
    /// Its line in the home page's "Jelajahi" list: the label, and what
    /// its count counts.
    pub jelajah: (&'static str, &'static str),
    /// How many things it lists.
    pub jumlah: fn(&Indexes) -> usize,
    /// Its pages, its own first.
    pub halaman: for<'a> fn(&Pages<'a>, &mut Out<'a>),
}

/// The pages a kind makes, each with its folder.
pub struct Out<'a> {
    pages: Vec<(String, AnyView<'a>)>,
    style: UrlStyle,
}

impl<'a> Out<'a> {
    pub fn new(style: UrlStyle) -> Self {
        Out {
            pages: Vec::new(),
            style,
        }
    }

    pub fn into_pages(self) -> Vec<(String, AnyView<'a>)> {
        self.pages
    }

    /// A page that lists things, at `dir`.
    pub fn indeks<X: Serialize + Hash + Send + Sync + 'a>(
        &mut self,
        dir: &str,
        page: IndeksPage<'a, X>,
    ) {
        self.pages.push((dir.to_string(), Box::new(page)));
    }

    /// A page that lists SOPs, at `dir`: over several pages when long.
    pub fn daftar<X: Serialize + Hash + Clone + Send + Sync + 'a>(
        &mut self,
        dir: String,
        page: IndeksPage<'a, X>,
    ) {
        for (dir, page) in view::paginate(dir, page, self.style) {
            self.pages.push((dir, Box::new(page)));
        }
    }
}
