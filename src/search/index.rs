//! The search index: built from the catalogue at `sopgen build`, written as
//! JavaScript files that call a global (classic `<script>` tags load them,
//! so search works from `file://`), split so that a first query loads
//! little: the base file (facets of every SOP), the shards of the query's
//! terms, and the blocks holding the SOPs shown.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use std::sync::Arc;

use rayon::prelude::*;

use super::stem::{Stemmer, for_each_token, is_stop_word};
use crate::cache::{Caches, Key};
use crate::catalog::Catalog;
use crate::fasthash::{FastMap, FastSet};

/// Field weights: nama > kata kunci > kegiatan > dasar hukum > other text.
pub const W_NAMA: u32 = 10;
pub const W_KATA_KUNCI: u32 = 6;
pub const W_KEGIATAN: u32 = 4;
pub const W_DASAR_HUKUM: u32 = 2;
pub const W_LAIN: u32 = 1;

/// SOPs a document block holds.
pub const BLOCK: usize = 4;
/// The longest snippet sentence kept per field item.
const SENTENCE_MAX: usize = 240;

/// One SOP as search sees it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub nama: String,
    pub url: String,
    pub instansi: u32,
    pub unit: u32,
    pub status: &'static str,
    /// Texts a snippet may be cut from, in the order shown.
    pub kalimat: Vec<String>,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    pub docs: Vec<Doc>,
    pub instansi: Vec<String>,
    pub unit: Vec<String>,
    /// Stem -> (doc, weight), by doc.
    pub postings: BTreeMap<String, Vec<(u32, u32)>>,
    /// Surface word -> stem, for prefix matching of the word being typed
    /// (the files give each its stem's document frequency too).
    pub vocabulary: BTreeMap<String, String>,
}

/// The texts of an SOP by weight.
fn fields(catalog: &Catalog, i: usize) -> Vec<(u32, String)> {
    let e = &catalog.entries[i];
    let sop = &e.sop;
    let mut out = vec![(W_NAMA, sop.nama.clone())];
    out.extend(sop.kata_kunci.iter().map(|k| (W_KATA_KUNCI, k.clone())));
    out.extend(sop.langkah.iter().map(|l| (W_KEGIATAN, l.kegiatan.clone())));
    out.extend(sop.dasar_hukum.iter().map(|d| (W_DASAR_HUKUM, d.clone())));
    let mut other: Vec<String> = Vec::new();
    other.extend(sop.nomor.clone());
    other.extend(e.instansi.clone());
    other.extend(e.unit.clone());
    other.extend(sop.pelaksana.iter().cloned());
    for list in [
        &sop.kualifikasi_pelaksana,
        &sop.peralatan_perlengkapan,
        &sop.peringatan,
        &sop.pencatatan_pendataan,
    ] {
        other.extend(list.iter().cloned());
    }
    for l in &sop.langkah {
        other.extend(l.kelengkapan.iter().cloned());
        other.extend(l.output.iter().cloned());
        other.extend(l.keterangan.clone());
    }
    other.extend(sop.keterkaitan.iter().map(|k| k.text.clone()));
    other.push(plain_text(&sop.body));
    out.extend(other.into_iter().map(|t| (W_LAIN, t)));
    out
}

/// Markdown reduced to its words, for indexing.
fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in pulldown_cmark::Parser::new(markdown) {
        if let pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) = event {
            out.push_str(&t);
            out.push(' ');
        }
    }
    out
}

fn clip(s: &str) -> String {
    if s.chars().count() <= SENTENCE_MAX {
        return s.to_string();
    }
    let mut out: String = s.chars().take(SENTENCE_MAX).collect();
    out.push('…');
    out
}

impl SearchIndex {
    pub fn build(catalog: &Catalog, caches: Option<&Caches>) -> SearchIndex {
        // SOPs in the order of their names: SOPs of one name (the same
        // procedure in many agencies) are ranked alike, so sitting side by
        // side their texts come in few document blocks; ties of ranking
        // fall in alphabetical order.
        let mut published: Vec<usize> = catalog.published().map(|(i, _)| i).collect();
        published.sort_by_cached_key(|&i| {
            let e = &catalog.entries[i];
            (e.sop.nama.to_lowercase(), e.url.clone())
        });
        // Per SOP (in parallel): its words, each with the sum of the
        // weights of the fields it occurs in.
        let words_of: Vec<Arc<FastMap<String, u32>>> = published
            .par_iter()
            .map(|&i| {
                let texts = fields(catalog, i);
                let count = || {
                    let mut words: FastMap<String, u32> = FastMap::default();
                    for (w, text) in &texts {
                        for_each_token(text, |t| match words.get_mut(t) {
                            Some(sum) => *sum += w,
                            None => {
                                words.insert(t.to_string(), *w);
                            }
                        });
                    }
                    // Stop words are dropped once per distinct word, not
                    // looked up for each of their many occurrences.
                    words.retain(|t, _| !is_stop_word(t));
                    words
                };
                match caches {
                    Some(c) => c.words(Key::new().json(&texts).finish(), count),
                    None => Arc::new(count()),
                }
            })
            .collect();
        // Every distinct word is stemmed once, knowing the whole corpus.
        let distinct: FastSet<&str> = words_of
            .par_iter()
            .fold(FastSet::default, |mut set, m| {
                set.extend(m.keys().map(String::as_str));
                set
            })
            .reduce(FastSet::default, |mut a, b| {
                a.extend(b);
                a
            });
        let mut distinct: Vec<&str> = distinct.into_iter().collect();
        distinct.sort_unstable();
        let stemmer = Stemmer::new(distinct.iter().copied());
        // A word's stem first, then the other roots it is filed under when
        // the corpus cannot tell its readings apart.
        let stems: Vec<Vec<String>> = distinct.par_iter().map(|w| stemmer.stems(w)).collect();
        // Ids: word -> stem ids, so that the per-SOP work needs no strings.
        let mut stem_ids: FastMap<&str, u32> = FastMap::default();
        let mut stem_names: Vec<&str> = Vec::new();
        let word_stem: Vec<Vec<u32>> = stems
            .iter()
            .map(|all| {
                all.iter()
                    .map(|s| {
                        *stem_ids.entry(s.as_str()).or_insert_with(|| {
                            stem_names.push(s.as_str());
                            (stem_names.len() - 1) as u32
                        })
                    })
                    .collect()
            })
            .collect();
        let word_id: FastMap<&str, u32> = distinct
            .iter()
            .enumerate()
            .map(|(k, w)| (*w, k as u32))
            .collect();
        // Per SOP (in parallel): its stems with their weights, words of one
        // stem adding up.
        let per_doc: Vec<Vec<(u32, u32)>> = words_of
            .par_iter()
            .map(|words| {
                let mut v: Vec<(u32, u32)> = words
                    .iter()
                    .flat_map(|(w, weight)| {
                        word_stem[word_id[w.as_str()] as usize]
                            .iter()
                            .map(|&stem| (stem, *weight))
                    })
                    .collect();
                v.sort_unstable();
                v.dedup_by(|b, a| {
                    if a.0 == b.0 {
                        a.1 += b.1;
                        true
                    } else {
                        false
                    }
                });
                v
            })
            .collect();
        let mut lists: Vec<Vec<(u32, u32)>> = vec![Vec::new(); stem_names.len()];
        for (d, stems) in per_doc.iter().enumerate() {
            for &(stem, w) in stems {
                lists[stem as usize].push((d as u32, w));
            }
        }
        let mut ix = SearchIndex::default();
        let mut instansi_id: HashMap<String, u32> = HashMap::new();
        let mut unit_id: HashMap<String, u32> = HashMap::new();
        let intern = |table: &mut Vec<String>, ids: &mut HashMap<String, u32>, name: &str| {
            *ids.entry(name.to_string()).or_insert_with(|| {
                table.push(name.to_string());
                (table.len() - 1) as u32
            })
        };
        for &i in &published {
            let e = &catalog.entries[i];
            let ins = intern(
                &mut ix.instansi,
                &mut instansi_id,
                e.instansi.as_deref().unwrap_or(""),
            );
            let unit = intern(&mut ix.unit, &mut unit_id, e.unit.as_deref().unwrap_or(""));
            let mut kalimat: Vec<String> = Vec::new();
            kalimat.extend(e.sop.langkah.iter().map(|l| clip(&l.kegiatan)));
            kalimat.extend(e.sop.dasar_hukum.iter().map(|t| clip(t)));
            kalimat.extend(e.sop.kata_kunci.iter().cloned());
            ix.docs.push(Doc {
                nama: e.sop.nama.clone(),
                url: e.url.clone(),
                instansi: ins,
                unit,
                status: e.sop.status.name(),
                kalimat,
            });
        }
        ix.postings = stem_names
            .iter()
            .zip(lists)
            .map(|(s, v)| (s.to_string(), v))
            .collect();
        ix.vocabulary = distinct
            .iter()
            .zip(stems.iter())
            .map(|(w, s)| (w.to_string(), s[0].clone()))
            .collect();
        ix
    }

    /// How many SOPs hold `stem`.
    pub fn df(&self, stem: &str) -> usize {
        self.postings.get(stem).map_or(0, Vec::len)
    }
}

/// The file a stem's postings (or a word's vocabulary entry) is in: its
/// first `len` letters and digits, one more for a number (years share
/// their first digits: "2012" and "2019" would share "201").
pub fn shard_of(stem: &str, len: usize) -> String {
    let mut chars = stem.chars().filter(char::is_ascii_alphanumeric).peekable();
    let len = if chars.peek().is_some_and(char::is_ascii_digit) {
        len + 1
    } else {
        len
    };
    let key: String = chars.take(len).collect();
    if key.is_empty() { "_".to_string() } else { key }
}

/// How finely to split: small catalogues get few files, large ones small
/// files, so that a first query loads little either way.
fn key_lengths(ix: &SearchIndex) -> (usize, usize) {
    let postings: usize = ix.postings.values().map(Vec::len).sum();
    let shard = if postings < 20_000 {
        1
    } else if postings < 500_000 {
        2
    } else {
        3
    };
    let vocab = if ix.vocabulary.len() < 4_000 {
        1
    } else if ix.vocabulary.len() < 40_000 {
        2
    } else {
        3
    };
    (shard, vocab)
}

/// JSON text of a string, for embedding in the generated JavaScript: also
/// escaping what must not appear inside a <script> (`</`, U+2028/9).
fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    js_into(&mut out, s);
    out
}

fn js_into(out: &mut String, s: &str) {
    out.push('"');
    let mut prev = '\0';
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '/' if prev == '<' => out.push_str("\\/"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
        prev = c;
    }
    out.push('"');
}

/// The files of the index, under `cari/indeks/`: (file name, contents).
pub fn files(ix: &SearchIndex) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let (shard_len, vocab_len) = key_lengths(ix);
    // Postings by shard: term -> "doc:weight" pairs, doc ids as deltas.
    type Terms<'a> = Vec<(&'a String, &'a Vec<(u32, u32)>)>;
    let mut shards: BTreeMap<String, Terms> = BTreeMap::new();
    for (stem, list) in &ix.postings {
        shards
            .entry(shard_of(stem, shard_len))
            .or_default()
            .push((stem, list));
    }
    let shard_names: Vec<&String> = shards.keys().collect();
    for (name, terms) in &shards {
        let mut s = format!("SopgenCari.shard({},{{", js(name));
        for (k, (stem, list)) in terms.iter().enumerate() {
            if k > 0 {
                s.push(',');
            }
            let _ = write!(s, "{}:\"", js(stem));
            let mut prev = 0u32;
            for (n, (doc, w)) in list.iter().enumerate() {
                if n > 0 {
                    s.push(' ');
                }
                let _ = write!(s, "{}:{}", radix36(doc - prev), radix36(*w));
                prev = *doc;
            }
            s.push('"');
        }
        s.push_str("});\n");
        out.push((format!("t-{name}.js"), s));
    }
    let mut vocab: BTreeMap<String, Vec<(&String, &String)>> = BTreeMap::new();
    for (word, stem) in &ix.vocabulary {
        vocab
            .entry(shard_of(word, vocab_len))
            .or_default()
            .push((word, stem));
    }
    let vocab_names: Vec<&String> = vocab.keys().collect();
    for (name, words) in &vocab {
        let mut s = format!("SopgenCari.kosakata({},{{", js(name));
        for (k, (word, stem)) in words.iter().enumerate() {
            if k > 0 {
                s.push(',');
            }
            let _ = write!(s, "{}:[{},{}]", js(word), js(stem), ix.df(stem));
        }
        s.push_str("});\n");
        out.push((format!("v-{name}.js"), s));
    }
    for (b, block) in ix.docs.chunks(BLOCK).enumerate() {
        let mut s = format!("SopgenCari.dokumen({b},[");
        for (k, d) in block.iter().enumerate() {
            if k > 0 {
                s.push(',');
            }
            let _ = write!(
                s,
                "{{n:{},u:{},s:{},k:[",
                js(&d.nama),
                js(&d.url),
                js(d.status)
            );
            for (j, t) in d.kalimat.iter().enumerate() {
                if j > 0 {
                    s.push(',');
                }
                js_into(&mut s, t);
            }
            s.push_str("]}");
        }
        s.push_str("]);\n");
        out.push((format!("d-{b}.js"), s));
    }
    // The base: counts, shard names, facets of every SOP.
    let mut base = format!(
        "SopgenCari.dasar({{versi:1,n:{},blok:{BLOCK},kunci:[{shard_len},{vocab_len}],",
        ix.docs.len()
    );
    let list = |names: &[&String]| names.iter().map(|n| js(n)).collect::<Vec<_>>().join(",");
    let _ = write!(
        base,
        "shard:[{}],kosakata:[{}],",
        list(&shard_names),
        list(&vocab_names)
    );
    let names = |v: &[String]| v.iter().map(|n| js(n)).collect::<Vec<_>>().join(",");
    let _ = write!(
        base,
        "instansi:[{}],unit:[{}],",
        names(&ix.instansi),
        names(&ix.unit)
    );
    base.push_str("faset:\"");
    for (k, d) in ix.docs.iter().enumerate() {
        if k > 0 {
            base.push(' ');
        }
        let _ = write!(base, "{}.{}", radix36(d.instansi), radix36(d.unit));
    }
    base.push_str("\"});\n");
    out.push(("dasar.js".to_string(), base));
    out
}

fn radix36(mut n: u32) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".to_string();
    }
    let mut buf = Vec::new();
    while n > 0 {
        buf.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    buf.reverse();
    String::from_utf8(buf).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_and_numbers() {
        assert_eq!(shard_of("kumpul", 2), "ku");
        assert_eq!(shard_of("2012", 2), "201");
        assert_eq!(shard_of("2012", 3), "2012");
        assert_eq!(shard_of("a2012", 3), "a20");
        assert_eq!(shard_of("", 2), "_");
        assert_eq!(shard_of("pengumpulan", 3), "pen");
        assert_eq!(radix36(0), "0");
        assert_eq!(radix36(35), "z");
        assert_eq!(radix36(36), "10");
        assert_eq!(js("a\"</script>"), "\"a\\\"<\\/script>\"");
    }
}
