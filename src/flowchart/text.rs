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

/// How many lines `text` takes in a box `max` px wide: greedy, at spaces,
/// with words wider than the box broken where they overflow (CSS
/// `overflow-wrap: anywhere`). Newlines count as spaces, as in HTML. An
/// empty text takes no line.
pub fn lines(text: &str, max: f32, size: f32, weight: Weight) -> usize {
    let space = advance(' ', weight) * size;
    let mut count = 0usize;
    let mut line = 0.0f32;
    for word in text.split_whitespace() {
        let w = width(word, size, weight);
        if count > 0 && line + space + w <= max {
            line += space + w;
            continue;
        }
        // A new line for this word, more when it is too wide for one.
        count += 1;
        line = 0.0;
        for c in word.chars() {
            let a = advance(c, weight) * size;
            if line + a > max && line > 0.0 {
                count += 1;
                line = 0.0;
            }
            line += a;
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
