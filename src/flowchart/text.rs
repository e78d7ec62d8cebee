//! Text measured with the theme font's real advance widths, and wrapped the
//! way a browser wraps it, so that the table's row heights can be known
//! before any browser sees the page.
//!
//! The estimate errs on the tall side: lines break only at spaces (a
//! browser may also break after hyphens), and kerning, which only narrows
//! text, is ignored. Characters the font lacks count as a full em.

use super::metrics::{BOLD, RANGES, REGULAR, UNITS_PER_EM};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// The advance of `c` in ems.
pub fn advance(c: char, weight: Weight) -> f32 {
    let table: &[u16] = match weight {
        Weight::Regular => &REGULAR,
        Weight::Bold => &BOLD,
    };
    let cp = c as u32;
    let mut offset = 0usize;
    for (lo, hi) in RANGES {
        if (lo..=hi).contains(&cp) {
            let w = table[offset + (cp - lo) as usize];
            return if w == 0 {
                1.0
            } else {
                f32::from(w) / f32::from(UNITS_PER_EM)
            };
        }
        offset += (hi - lo + 1) as usize;
    }
    match c {
        '\u{200B}'..='\u{200D}' | '\u{FEFF}' => 0.0,
        _ => 1.0,
    }
}

/// The width of `text` in px at `size` px.
pub fn width(text: &str, size: f32, weight: Weight) -> f32 {
    text.chars().map(|c| advance(c, weight)).sum::<f32>() * size
}

/// Where a browser may break inside a word: after a hyphen or dash (but
/// not inside a number such as "12-34"), and before an em dash (UAX #14 as
/// Chromium applies it, checked against Chromium). A slash is not a break.
fn pieces(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut chars = rest.char_indices().peekable();
        let mut cut = rest.len();
        let mut prev: Option<char> = None;
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let numeric =
                next.is_some_and(|n| n.is_ascii_digit()) && prev.is_none_or(|p| p.is_ascii_digit());
            prev = Some(c);
            let after = match c {
                '-' | '\u{2010}' => next.is_some() && !numeric,
                '\u{2013}' | '\u{2014}' | '\u{00AD}' => next.is_some(),
                _ => false,
            };
            if after {
                cut = i + c.len_utf8();
                break;
            }
            if next == Some('\u{2014}') && i + c.len_utf8() < rest.len() {
                cut = i + c.len_utf8();
                break;
            }
        }
        let (piece, tail) = rest.split_at(cut);
        rest = tail;
        Some(piece)
    })
}

/// How many lines `text` takes in a box `max` px wide: greedy, breaking at
/// spaces and at hyphens and dashes, with pieces wider than the box broken
/// where they overflow (CSS `overflow-wrap: anywhere`). Newlines count as
/// spaces, as in HTML. An empty text takes no line.
pub fn lines(text: &str, max: f32, size: f32, weight: Weight) -> usize {
    let space = advance(' ', weight) * size;
    let mut count = 0usize;
    let mut line = 0.0f32;
    for word in text.split_whitespace() {
        for (k, piece) in pieces(word).enumerate() {
            let w = width(piece, size, weight);
            let gap = if k == 0 { space } else { 0.0 };
            if count > 0 && line + gap + w <= max {
                line += gap + w;
                continue;
            }
            // A new line for this piece, more when it is too wide for one.
            count += 1;
            line = 0.0;
            for c in piece.chars() {
                let a = advance(c, weight) * size;
                if line + a > max && line > 0.0 {
                    count += 1;
                    line = 0.0;
                }
                line += a;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        // Liberation Sans: "i" is 455/2048 em, "m" 1706/2048, space 569/2048.
        assert!((advance('i', Weight::Regular) - 455.0 / 2048.0).abs() < 1e-6);
        assert!(
            (width("mi", 12.0, Weight::Regular) - (1706.0 + 455.0) / 2048.0 * 12.0).abs() < 1e-4
        );
        assert!(width("Kepala", 12.0, Weight::Bold) > width("Kepala", 12.0, Weight::Regular));
        assert_eq!(advance('中', Weight::Regular), 1.0);
    }

    #[test]
    fn breaks_where_chromium_does() {
        // Line counts Chromium gives these texts in a 60 px box at 12 px.
        let cases = [
            ("aaaa-bbbb-cccc-dddd", 3),
            ("aaaa/bbbb/cccc/dddd", 2),
            ("aaaa\u{2013}bbbb\u{2013}cccc\u{2013}dddd", 3),
            ("aaaa(bbbb)cccc.dddd", 2),
            ("aaaa,bbbb,cccc,dddd", 2),
            ("12-34-56-78-90-12", 2),
            ("aaaa-12345-bbbb-ccc", 3),
            ("aaaa-12345-bbbb", 3),
            ("UP/GU/TU/SPM/SPP", 2),
        ];
        for (text, want) in cases {
            assert_eq!(lines(text, 60.0, 12.0, Weight::Regular), want, "{text}");
        }
        let split: Vec<&str> = pieces("Daerah-Daerah").collect();
        assert_eq!(split, ["Daerah-", "Daerah"]);
        assert_eq!(pieces("No.35/2012").count(), 1);
    }

    #[test]
    fn wraps_at_spaces_and_breaks_long_words() {
        let size = 12.0;
        let one = width("Menyusun laporan", size, Weight::Regular);
        assert_eq!(
            lines("Menyusun laporan", one + 0.5, size, Weight::Regular),
            1
        );
        assert_eq!(
            lines("Menyusun laporan", one - 0.5, size, Weight::Regular),
            2
        );
        assert_eq!(lines("", 100.0, size, Weight::Regular), 0);
        assert_eq!(lines("a\nb", 100.0, size, Weight::Regular), 1);
        let long = "x".repeat(100);
        let per_line = (50.0 / width("x", size, Weight::Regular)).floor() as usize;
        assert_eq!(
            lines(&long, 50.0, size, Weight::Regular),
            100usize.div_ceil(per_line)
        );
    }
}
