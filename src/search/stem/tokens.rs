//! The tokenizer of the index and of queries: runs of letters and
//! digits, hyphenated reduplications kept whole.

use super::rules::reduplication;

/// Splits text into lowercase word tokens the way the index does: runs of
/// letters and digits; a hyphenated reduplication ("dokumen-dokumen",
/// "bersama-sama", "perundang-undangan") is one token, any other hyphen
/// splits ("tanda-tangan" → "tanda", "tangan"). "Permenpan RB No.35/2012"
/// → ["permenpan", "rb", "no", "35", "2012"].
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// The tokens of `text` as [`tokens`] gives them, handed to `f` one by one
/// without allocating for each: the index builder tokenizes millions.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    // The parts of a hyphenated chain, lowercased, one after the other in
    // `buf`; `ends` marks where each part ends.
    let mut buf = String::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut cur_start = 0usize;
    let mut hyphen = false;
    let mut joined = String::new();
    let mut flush = |buf: &mut String,
                     ends: &mut Vec<usize>,
                     cur_start: &mut usize,
                     f: &mut dyn FnMut(&str)| {
        if buf.len() > *cur_start {
            ends.push(buf.len());
        }
        let mut start = 0;
        let mut k = 0;
        while k < ends.len() {
            let a = &buf[start..ends[k]];
            if k + 1 < ends.len() {
                let b = &buf[ends[k]..ends[k + 1]];
                if reduplication(a, b).is_some() {
                    joined.clear();
                    joined.push_str(a);
                    joined.push('-');
                    joined.push_str(b);
                    f(&joined);
                    start = ends[k + 1];
                    k += 2;
                    continue;
                }
            }
            f(a);
            start = ends[k];
            k += 1;
        }
        buf.clear();
        ends.clear();
        *cur_start = 0;
    };
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if hyphen {
                ends.push(buf.len());
                cur_start = buf.len();
                hyphen = false;
            }
            push_lower(&mut buf, ch);
        } else if is_hyphen(ch) && buf.len() > cur_start && !hyphen {
            hyphen = true;
        } else {
            flush(&mut buf, &mut ends, &mut cur_start, &mut f);
            hyphen = false;
        }
    }
    flush(&mut buf, &mut ends, &mut cur_start, &mut f);
}

/// Lowercases as `str::to_lowercase` does, a character at a time (the
/// final-sigma rule aside, which Indonesian text does not meet).
fn push_lower(buf: &mut String, ch: char) {
    if ch.is_ascii() {
        buf.push(ch.to_ascii_lowercase());
    } else {
        buf.extend(ch.to_lowercase());
    }
}

fn is_hyphen(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}' | '\u{2011}')
}
