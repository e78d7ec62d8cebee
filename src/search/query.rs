//! Ranking a query against the index. The search page runs the same steps
//! in JavaScript (`aset/cari.js`); keep the two in step: same tokens, same
//! candidates, same arithmetic in the same order, ties broken by SOP order.
//!
//! - Each query word is a group of stems: all its stemmer candidates, plus
//!   the stem the index gave that very word. The last word, when at least 3
//!   letters, also matches the words it begins (at half weight): the word
//!   being typed.
//! - A SOP scores, for each group, the best of its stems:
//!   `factor × idf × tf·(k1+1)/(tf+k1)`, with `tf` the sum of the field
//!   weights of the stem's occurrences and `idf` BM25's.
//! - SOPs matching more groups come first, then by score, then in order.

use std::collections::HashMap;

use super::index::SearchIndex;
use super::stem::{candidates, is_stop_word, tokens};

const K1: f64 = 1.2;
/// How many words the word being typed may stand for.
pub const PREFIX_LIMIT: usize = 8;
pub const PREFIX_FACTOR: f64 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: u32,
    pub groups: usize,
    pub score: f64,
}

/// The query's groups: for each word, its stems with their factors.
pub fn groups(ix: &SearchIndex, query: &str) -> Vec<Vec<(String, f64)>> {
    let words: Vec<String> = tokens(query)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let mut g: Vec<(String, f64)> = Vec::new();
            let mut add = |stem: &str, f: f64| {
                if let Some(e) = g.iter_mut().find(|(s, _)| s == stem) {
                    e.1 = e.1.max(f);
                } else {
                    g.push((stem.to_string(), f));
                }
            };
            if let Some(stem) = ix.vocabulary.get(w) {
                add(stem, 1.0);
            }
            for c in candidates(w) {
                add(&c, 1.0);
            }
            if k == last && w.chars().count() >= 3 {
                let mut started: Vec<(&String, usize)> = ix
                    .vocabulary
                    .range(w.clone()..)
                    .take_while(|(word, _)| word.starts_with(w.as_str()))
                    .filter(|(word, _)| *word != w)
                    .map(|(_, stem)| (stem, ix.df(stem)))
                    .collect();
                started.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                started.dedup_by(|a, b| a.0 == b.0);
                for (stem, _) in started.into_iter().take(PREFIX_LIMIT) {
                    add(stem, PREFIX_FACTOR);
                }
            }
            g
        })
        .collect()
}

pub fn idf(n: usize, df: usize) -> f64 {
    let (n, df) = (n as f64, df as f64);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Ranks the SOPs for `query`, keeping those `keep` accepts (filters).
pub fn search(ix: &SearchIndex, query: &str, keep: impl Fn(u32) -> bool) -> Vec<Hit> {
    let groups = groups(ix, query);
    let n = ix.docs.len();
    // doc -> (groups matched, score)
    let mut acc: HashMap<u32, (usize, f64)> = HashMap::new();
    for g in &groups {
        let mut best: HashMap<u32, f64> = HashMap::new();
        for (stem, factor) in g {
            let Some(list) = ix.postings.get(stem) else {
                continue;
            };
            let idf = idf(n, list.len());
            for &(doc, w) in list {
                let tf = f64::from(w);
                let s = factor * idf * (tf * (K1 + 1.0) / (tf + K1));
                let e = best.entry(doc).or_insert(0.0);
                if s > *e {
                    *e = s;
                }
            }
        }
        for (doc, s) in best {
            let e = acc.entry(doc).or_insert((0, 0.0));
            e.0 += 1;
            e.1 += s;
        }
    }
    let mut hits: Vec<Hit> = acc
        .into_iter()
        .filter(|(doc, _)| keep(*doc))
        .map(|(doc, (groups, score))| Hit { doc, groups, score })
        .collect();
    hits.sort_by(|a, b| {
        b.groups
            .cmp(&a.groups)
            .then(b.score.total_cmp(&a.score))
            .then(a.doc.cmp(&b.doc))
    });
    hits
}
