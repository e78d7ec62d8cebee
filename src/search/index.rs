//! The search index: built from the catalogue at `sopgen build`, written as
//! JavaScript files that call a global (classic `<script>` tags load them,
//! so search works from `file://`), split so that a first query loads
//! little: the base file (facets of every SOP), the shards of the query's
//! terms, and the blocks holding the SOPs shown.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use std::sync::Arc;

use rayon::prelude::*;

use super::stem::{Stemmer, for_each_token, is_stop_word};
use crate::cache::Caches;
use crate::catalog::{Catalog, Entry};
use crate::hash::Key;
use rustc_hash::{FxHashMap, FxHashSet};

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

/// The texts of an SOP by weight (borrowed but for its body's words).
fn fields(catalog: &Catalog, i: usize) -> Vec<(u32, Cow<'_, str>)> {
    let e = &catalog.entries[i];
    let sop = &e.sop;
    fn text<'a>(w: u32) -> impl Fn(&'a String) -> (u32, Cow<'a, str>) + Copy {
        move |t| (w, Cow::Borrowed(t.as_str()))
    }
    let mut out = vec![(W_NAMA, Cow::Borrowed(sop.nama.as_str()))];
    out.extend(sop.kata_kunci.iter().map(text(W_KATA_KUNCI)));
    out.extend(
        sop.langkah
            .iter()
            .map(|l| (W_KEGIATAN, Cow::Borrowed(l.kegiatan.as_str()))),
    );
    out.extend(sop.dasar_hukum.iter().map(text(W_DASAR_HUKUM)));
    let lain = text(W_LAIN);
    out.extend(sop.nomor.iter().map(lain));
    out.extend(e.pemerintah.iter().map(lain));
    out.extend(e.instansi.iter().map(lain));
    out.extend(e.unit_tingkat.iter().map(lain));
    out.extend(sop.pelaksana.iter().map(lain));
    for list in [
        &sop.kualifikasi_pelaksana,
        &sop.peralatan_perlengkapan,
        &sop.peringatan,
        &sop.pencatatan_pendataan,
    ] {
        out.extend(list.iter().map(lain));
    }
    for l in &sop.langkah {
        out.extend(l.kelengkapan.iter().map(lain));
        out.extend(l.output.iter().map(lain));
        out.extend(l.keterangan.iter().map(lain));
    }
    out.extend(
        sop.keterkaitan
            .iter()
            .chain(&sop.menggantikan)
            .map(|k| (W_LAIN, Cow::Borrowed(k.text.as_str()))),
    );
    for p in &sop.disahkan_oleh {
        out.push((W_LAIN, Cow::Borrowed(p.jabatan.as_str())));
        out.extend(p.nama.iter().map(lain));
    }
    out.extend(
        sop.riwayat
            .iter()
            .map(|r| (W_LAIN, Cow::Borrowed(r.uraian.as_str()))),
    );
    out.extend(sop.sumber_dokumen.iter().map(lain));
    out.push((W_LAIN, Cow::Owned(plain_text(&sop.body))));
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
    pub fn build(catalog: &Catalog, caches: &Caches) -> SearchIndex {
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
        let words_of: Vec<Arc<FxHashMap<String, u32>>> = published
            .par_iter()
            .map(|&i| {
                let count = || {
                    let texts = fields(catalog, i);
                    let mut words: FxHashMap<String, u32> = FxHashMap::default();
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
                // The fields are the SOP's own (its source text) but for
                // the inherited instansi and unit.
                let key = |e: &&Entry| {
                    Key::new()
                        .value(&(e.sop.source.hash(), &e.pemerintah, &e.instansi, &e.unit))
                        .finish()
                };
                caches.value(&catalog.entries[i], key, |_| count())
            })
            .collect();
        // Every distinct word is stemmed once, knowing the whole corpus.
        let distinct: FxHashSet<&str> = words_of
            .par_iter()
            .fold(FxHashSet::default, |mut set, m| {
                set.extend(m.keys().map(String::as_str));
                set
            })
            .reduce(FxHashSet::default, |mut a, b| {
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
        let mut stem_ids: FxHashMap<&str, u32> = FxHashMap::default();
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
        let word_id: FxHashMap<&str, u32> = distinct
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
        // The snippet texts, made side by side.
        let kalimat: Vec<Vec<String>> = published
            .par_iter()
            .map(|&i| {
                let sop = &catalog.entries[i].sop;
                let mut kalimat: Vec<String> = Vec::new();
                kalimat.extend(sop.langkah.iter().map(|l| clip(&l.kegiatan)));
                kalimat.extend(sop.dasar_hukum.iter().map(|t| clip(t)));
                kalimat.extend(sop.kata_kunci.iter().cloned());
                kalimat
            })
            .collect();
        for (&i, kalimat) in published.iter().zip(kalimat) {
            let e = &catalog.entries[i];
            let ins = intern(
                &mut ix.instansi,
                &mut instansi_id,
                e.instansi.as_deref().unwrap_or(""),
            );
            let unit = intern(&mut ix.unit, &mut unit_id, e.unit.as_deref().unwrap_or(""));
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
    // Each file written on its own (side by side): millions of postings in
    // a large catalogue.
    let shards: Vec<(&String, &Terms)> = shards.iter().collect();
    out.par_extend(shards.par_iter().map(|(name, terms)| {
        let mut s = format!("SopgenCari.shard({},{{", js(name));
        for (k, (stem, list)) in terms.iter().enumerate() {
            if k > 0 {
                s.push(',');
            }
            js_into(&mut s, stem);
            s.push_str(":\"");
            let mut prev = 0u32;
            for (n, (doc, w)) in list.iter().enumerate() {
                if n > 0 {
                    s.push(' ');
                }
                radix36_into(&mut s, doc - prev);
                s.push(':');
                radix36_into(&mut s, *w);
                prev = *doc;
            }
            s.push('"');
        }
        s.push_str("});\n");
        (format!("t-{name}.js"), s)
    }));
    let mut vocab: BTreeMap<String, Vec<(&String, &String)>> = BTreeMap::new();
    for (word, stem) in &ix.vocabulary {
        vocab
            .entry(shard_of(word, vocab_len))
            .or_default()
            .push((word, stem));
    }
    let vocab_names: Vec<&String> = vocab.keys().collect();
    let vocab: Vec<(&String, &Vec<(&String, &String)>)> = vocab.iter().collect();
    out.par_extend(vocab.par_iter().map(|(name, words)| {
        let mut s = format!("SopgenCari.kosakata({},{{", js(name));
        for (k, (word, stem)) in words.iter().enumerate() {
            if k > 0 {
                s.push(',');
            }
            js_into(&mut s, word);
            s.push_str(":[");
            js_into(&mut s, stem);
            let _ = write!(s, ",{}]", ix.df(stem));
        }
        s.push_str("});\n");
        (format!("v-{name}.js"), s)
    }));
    out.par_extend(ix.docs.par_chunks(BLOCK).enumerate().map(|(b, block)| {
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
        (format!("d-{b}.js"), s)
    }));
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
        radix36_into(&mut base, d.instansi);
        base.push('.');
        radix36_into(&mut base, d.unit);
    }
    base.push_str("\"});\n");
    out.push(("dasar.js".to_string(), base));
    out
}

/// Appends `n` in base 36 (digits, then lowercase letters).
fn radix36_into(out: &mut String, mut n: u32) {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    // u32::MAX is 7 digits in base 36.
    let mut buf = [0u8; 7];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = DIGITS[(n % 36) as usize];
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[at..]).expect("ASCII"));
}

#[cfg(test)]
fn radix36(n: u32) -> String {
    let mut s = String::new();
    radix36_into(&mut s, n);
    s
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
        assert_eq!(radix36(u32::MAX), "1z141z3");
        assert_eq!(js("a\"</script>"), "\"a\\\"<\\/script>\"");
    }
}
