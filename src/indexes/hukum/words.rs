//! The words of a citation: the head's words, the markers of number, year
//! and subject, and how they are read and shown.

/// A word of the head, lower-cased and as written (ASCII letters and digits).
#[derive(Debug, Clone, Copy)]
pub(super) struct Word<'a> {
    pub(super) lc: &'a str,
    pub(super) orig: &'a str,
}

pub(super) fn skip(b: &[u8], mut i: usize, f: impl Fn(u8) -> bool) -> usize {
    while i < b.len() && f(b[i]) {
        i += 1;
    }
    i
}

pub(super) fn alpha_end(b: &[u8], i: usize) -> usize {
    skip(b, i, |c| c.is_ascii_alphabetic())
}

pub(super) fn is_marker(w: &str) -> bool {
    matches!(w, "nomor" | "no" | "nomer" | "nmr" | "nr" | "nomo" | "nop")
}

/// The country's name, which `parse` leaves out of the head ("Peraturan
/// Pemerintah Republik Indonesia").
pub(super) fn is_country(w: &str) -> bool {
    matches!(w, "republik" | "indonesia" | "ri" | "nkri")
}

/// Whether `parse` keeps `w` (lower case) among the words of the head.
pub(super) fn is_head_word(w: &str) -> bool {
    !is_marker(w) && !is_tentang(w) && !is_country(w) && !w.bytes().any(|c| c.is_ascii_digit())
}

pub(super) fn is_year_marker(w: &str) -> bool {
    matches!(w, "tahun" | "thn" | "th" | "tahu" | "tahum" | "thun")
}

pub(super) fn is_tentang(w: &str) -> bool {
    matches!(
        w,
        "tentang"
            | "tenang"
            | "tentan"
            | "tetang"
            | "tentng"
            | "tntang"
            | "tantang"
            | "tentangg"
            | "ttg"
    )
}

/// Four digits, a plausible year, and no more digits after.
pub(super) fn read_year(b: &[u8], i: usize) -> Option<(u16, usize)> {
    let e = skip(b, i, |c| c.is_ascii_digit());
    if e - i != 4 {
        return None;
    }
    let y = b[i..e]
        .iter()
        .fold(0u16, |a, &c| a * 10 + u16::from(c - b'0'));
    (1945..=2100).contains(&y).then_some((y, e))
}

pub(super) fn plausible_year(s: &str) -> Option<u16> {
    let (y, e) = read_year(s.as_bytes(), 0)?;
    (e == s.len()).then_some(y)
}

/// A number written with its year after a slash, and perhaps the series
/// code of the issuer between them: "25/2004", "190/PMK.05/2012",
/// "22/PRT/M/2018" are numbers 25, 190 and 22. Not when a middle part is a
/// number too ("188/123/KPTS/2020": 188 is a filing code).
pub(super) fn slashed(tok: &str) -> Option<(&str, u16)> {
    let (pre, last) = tok.rsplit_once('/')?;
    let year = plausible_year(last)?;
    let mut parts = pre.split('/');
    let number = parts.next()?;
    let codes = parts.all(|p| p.bytes().next().is_some_and(|c| c.is_ascii_alphabetic()));
    (is_simple(number) && codes).then_some((number, year))
}

/// A plain number: digits, then at most two letters ("7", "07", "13A").
pub(super) fn is_simple(s: &str) -> bool {
    let b = s.as_bytes();
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    d > 0 && b.len() - d <= 2 && b[d..].iter().all(u8::is_ascii_alphabetic)
}

pub(super) fn normalise_nomor(raw: &str, suffix: Option<u8>) -> Option<String> {
    if !raw.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut out = String::with_capacity(raw.len() + 1);
    if is_simple(raw) {
        let d = raw.bytes().take_while(u8::is_ascii_digit).count();
        let digits = raw[..d].trim_start_matches('0');
        out.push_str(if digits.is_empty() { "0" } else { digits });
        out.extend(raw[d..].chars().map(|c| c.to_ascii_uppercase()));
    } else {
        out.extend(raw.chars().map(|c| c.to_ascii_uppercase()));
    }
    if let Some(c) = suffix {
        out.push(char::from(c.to_ascii_uppercase()));
    }
    Some(out)
}

/// Drops list numbering and bullets: "1.", "12)", "(3)", "a.", "iv.", "-".
pub(super) fn strip_numbering(text: &str) -> &str {
    let mut s = text;
    loop {
        s = s.trim_start_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '-' | '*' | '•' | '–' | '—' | '·' | '>' | '"' | '“' | '\''
                )
        });
        let b = s.as_bytes();
        let open = b.first() == Some(&b'(');
        let st = usize::from(open);
        let len = b[st..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if len == 0 {
            break;
        }
        let close = b.get(st + len).copied();
        let closed = if open {
            close == Some(b')')
        } else {
            matches!(close, Some(b'.' | b')'))
        };
        if !closed {
            break;
        }
        let tok = &s[st..st + len];
        let after = st + len + 1;
        let spaced = b.get(after).is_none_or(u8::is_ascii_whitespace);
        let digits = len <= 3 && tok.bytes().all(|c| c.is_ascii_digit());
        let letter = len == 1 && tok.as_bytes()[0].is_ascii_alphabetic();
        let roman = matches!(
            tok.to_ascii_lowercase().as_str(),
            "ii" | "iii" | "iv" | "vi" | "vii" | "viii" | "ix" | "xi" | "xii"
        );
        if !(digits || ((letter || roman) && spaced)) {
            break;
        }
        s = &s[after..];
    }
    s.trim()
}

/// The subject after the year: after "tentang" when it comes first, else
/// the whole rest.
pub(super) fn subject(rest: &str) -> Option<String> {
    let r = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '-' | '–' | '—')
    });
    let wl = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    let r = if wl > 0 && is_tentang(&r[..wl].to_ascii_lowercase()) {
        &r[wl..]
    } else {
        r
    };
    tidy_subject(r)
}

pub(super) fn trim_subject(r: &str) -> &str {
    r.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | ',' | '-' | '"' | '\u{201c}' | '\u{201d}')
    })
    .trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '"' | '\u{201c}' | '\u{201d}')
    })
}

pub(super) fn tidy_subject(r: &str) -> Option<String> {
    let mut r = trim_subject(r);
    // "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244)": where it
    // was promulgated, not what it is about.
    while r.ends_with(')')
        && let Some(open) = r.rfind('(')
    {
        let inner = r[open + 1..].trim_start().to_ascii_lowercase();
        let gazette = ["lembaran", "tambahan", "berita", "ln ", "ln.", "tln", "bn "];
        if !gazette.iter().any(|g| inner.starts_with(g)) {
            break;
        }
        r = trim_subject(&r[..open]);
    }
    if !r.bytes().any(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // "tentang Peraturan Menteri Dalam Negeri tentang Klasifikasi ...": the
    // type written again before the real subject.
    let lc = r.to_ascii_lowercase();
    if lc.starts_with("peraturan ") || lc.starts_with("keputusan ") {
        let mut i = 0;
        let b = lc.as_bytes();
        while i < b.len() {
            if b[i].is_ascii_digit() {
                break;
            }
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let ws = i;
            i = alpha_end(b, i);
            if ws > 0 && is_tentang(&lc[ws..i]) {
                let t = r[i..].trim_start_matches(|c: char| c.is_whitespace() || c == ':');
                if !t.is_empty() {
                    return Some(t.to_string());
                }
                break;
            }
        }
    }
    Some(r.to_string())
}

/// Words in title case: "kepulauan SELAYAR" -> "Kepulauan Selayar";
/// short acronyms ("NTB", "BKPM") stay, small words stay lower-case.
pub(super) fn push_title(out: &mut String, words: &[Word]) {
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let o = w.orig;
        if k > 0 && matches!(w.lc, "dan" | "serta" | "atau" | "di" | "pada") {
            out.push_str(w.lc);
        } else if (2..=4).contains(&o.len()) && o.bytes().all(|c| c.is_ascii_uppercase()) {
            out.push_str(o);
        } else {
            let mut cs = o.chars();
            if let Some(c) = cs.next() {
                out.push(c.to_ascii_uppercase());
                out.extend(cs.map(|c| c.to_ascii_lowercase()));
            }
        }
    }
}
