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

/// The advances of the ASCII characters in ems, looked up directly: most
/// text is ASCII. The printable ones (U+0020 to U+007E, the first of
/// `RANGES`) from the font, the control characters a full em, as
/// `advance` counts them.
const fn ascii(table: &[u16]) -> [f32; 128] {
    let mut out = [1.0f32; 128];
    let mut k = 0x20;
    while k < 0x7F {
        let w = table[k - 0x20];
        if w != 0 {
            out[k] = w as f32 / UNITS_PER_EM as f32;
        }
        k += 1;
    }
    out
}

const _: () = assert!(RANGES[0].0 == 0x20 && RANGES[0].1 == 0x7E);

static ASCII_REGULAR: [f32; 128] = ascii(&REGULAR);
static ASCII_BOLD: [f32; 128] = ascii(&BOLD);

/// For scanning text a byte at a time: the advance of each ASCII
/// character in font units (a character without a glyph, a control
/// character, a full em), `SPACE` for the whitespace `char::is_whitespace`
/// knows (U+0009 to U+000D and the space), `OTHER` for the bytes of the
/// characters beyond ASCII.
const fn scan(table: &[u16]) -> [u16; 256] {
    let mut out = [OTHER; 256];
    let mut k = 0;
    while k < 128 {
        out[k] = if k == 0x20 || (k >= 0x09 && k <= 0x0D) {
            SPACE
        } else if k > 0x20 && k < 0x7F && table[k - 0x20] != 0 {
            table[k - 0x20]
        } else {
            UNITS_PER_EM
        };
        k += 1;
    }
    out
}

const SPACE: u16 = u16::MAX;
/// Above every advance, as `SPACE` is.
const OTHER: u16 = u16::MAX - 1;

static SCAN_REGULAR: [u16; 256] = scan(&REGULAR);
static SCAN_BOLD: [u16; 256] = scan(&BOLD);

/// The longest piece whose advances, in ems, sum exactly in an `f32`
/// whatever their order: every advance is a whole number of font units
/// (2048 an em) below 2^12, so every running sum of fewer is below 2^24
/// units, which an `f32` holds exactly.
const EXACT_PIECE: usize = 4096;

fn ascii_table(weight: Weight) -> &'static [f32; 128] {
    match weight {
        Weight::Regular => &ASCII_REGULAR,
        Weight::Bold => &ASCII_BOLD,
    }
}

/// The advance of `c` in ems.
pub fn advance(c: char, weight: Weight) -> f32 {
    let cp = c as u32;
    if cp < 0x80 {
        return ascii_table(weight)[cp as usize];
    }
    let table: &[u16] = match weight {
        Weight::Regular => &REGULAR,
        Weight::Bold => &BOLD,
    };
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
    lines_joined(&[text], max, size, weight)
}

/// The lines of `parts` set one after the other with a space between
/// them (as `lines` counts them once joined).
pub fn lines_joined(parts: &[&str], max: f32, size: f32, weight: Weight) -> usize {
    let mut wrap = Wrap {
        max,
        size,
        whole_size: (0.0..=4096.0).contains(&size) && size.fract() == 0.0,
        weight,
        space: advance(' ', weight) * size,
        count: 0,
        line: 0.0,
    };
    for part in parts {
        wrap.text(part);
    }
    wrap.count
}

/// The lines taken so far, and how far the last one is filled.
struct Wrap {
    max: f32,
    size: f32,
    /// Whether `size` is a whole number of pixels, up to 4,096.
    whole_size: bool,
    weight: Weight,
    space: f32,
    count: usize,
    line: f32,
}

impl Wrap {
    /// Sets the words of `text` (as `split_whitespace` finds them), the
    /// ASCII ones on a path of their own.
    fn text(&mut self, text: &str) {
        // Most texts are ASCII: tried as such, and done again the general
        // way from where they began when a character beyond ASCII comes.
        let (count, line) = (self.count, self.line);
        if self.ascii_text(text.as_bytes()) {
            return;
        }
        (self.count, self.line) = (count, line);
        let bytes = text.as_bytes();
        let mut start: Option<usize> = None;
        let mut ascii = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (space, len) = if b < 0x80 {
                (matches!(b, b' ' | b'\t'..=b'\r'), 1)
            } else {
                let c = text[i..].chars().next().expect("a character starts here");
                (c.is_whitespace(), c.len_utf8())
            };
            if space {
                if let Some(s) = start.take() {
                    self.word(&text[s..i], ascii);
                }
            } else if start.is_none() {
                start = Some(i);
                ascii = b < 0x80;
            } else if b >= 0x80 {
                ascii = false;
            }
            i += len;
        }
        if let Some(s) = start {
            self.word(&text[s..], ascii);
        }
    }

    fn word(&mut self, word: &str, ascii: bool) {
        if ascii {
            self.ascii_word(word.as_bytes());
            return;
        }
        for (k, piece) in pieces(word).enumerate() {
            let w = width(piece, self.size, self.weight);
            self.piece(piece, w, if k == 0 { self.space } else { 0.0 });
        }
    }

    /// Sets a piece `w` px wide after a gap of `gap` px.
    fn piece(&mut self, piece: &str, w: f32, gap: f32) {
        if self.count > 0 && self.line + gap + w <= self.max {
            self.line += gap + w;
            return;
        }
        // A new line for this piece, more when it is too wide for one.
        self.count += 1;
        self.line = 0.0;
        for c in piece.chars() {
            let a = advance(c, self.weight) * self.size;
            if self.line + a > self.max && self.line > 0.0 {
                self.count += 1;
                self.line = 0.0;
            }
            self.line += a;
        }
    }

    /// A text of ASCII characters in one pass: its words (between the
    /// ASCII whitespace `char::is_whitespace` knows), each cut into pieces
    /// as `ascii_word` cuts it and summed as it sums them. False (with the
    /// lines left half counted) when a character beyond ASCII comes.
    fn ascii_text(&mut self, text: &[u8]) -> bool {
        let table = ascii_table(self.weight);
        let scan = match self.weight {
            Weight::Regular => &SCAN_REGULAR,
            Weight::Bold => &SCAN_BOLD,
        };
        let n = text.len();
        let mut i = 0;
        while i < n {
            match scan[usize::from(text[i])] {
                SPACE => {
                    i += 1;
                    continue;
                }
                OTHER => return false,
                _ => {}
            }
            // A word: its pieces, the first after a space.
            let mut gap = self.space;
            loop {
                let start = i;
                // The advances summed in font units: the same sum as in
                // ems one after the other, while that is exact.
                let mut units = 0u32;
                let mut cut = false;
                while i < n {
                    let c = text[i];
                    let a = scan[usize::from(c)];
                    if a >= OTHER {
                        if a == OTHER {
                            return false;
                        }
                        break;
                    }
                    units += u32::from(a);
                    i += 1;
                    if c == b'-' && i < n {
                        let next = text[i];
                        // The character before the hyphen in this piece is
                        // a digit, or there is none.
                        let prev_digit = i - 1 == start || text[i - 2].is_ascii_digit();
                        if scan[usize::from(next)] < OTHER && !(next.is_ascii_digit() && prev_digit)
                        {
                            cut = true;
                            break;
                        }
                    }
                }
                let piece = &text[start..i];
                let sum = if piece.len() < EXACT_PIECE {
                    // Scaling by a power of two is exact: the same as
                    // dividing, without the division.
                    units as f32 * (1.0 / f32::from(UNITS_PER_EM))
                } else {
                    piece.iter().map(|&c| table[usize::from(c)]).sum()
                };
                let exact = (piece.len() < EXACT_PIECE).then_some(units);
                self.ascii_piece(piece, sum, exact, gap, table);
                gap = 0.0;
                if !cut {
                    break;
                }
            }
        }
        true
    }

    /// Sets an ASCII piece whose advances sum to `sum` ems after a gap of
    /// `gap` px; `units`, that sum in font units when it was summed so.
    fn ascii_piece(
        &mut self,
        piece: &[u8],
        sum: f32,
        units: Option<u32>,
        gap: f32,
        table: &[f32; 128],
    ) {
        let w = sum * self.size;
        if self.count > 0 && self.line + gap + w <= self.max {
            self.line += gap + w;
            return;
        }
        self.count += 1;
        // The line so far is the running sum of the advances, a new one
        // begun where it would pass the box. The advances are never
        // negative (at a size that is not): when the whole sum stays in the
        // box, so did every running sum, and none was begun. At a whole
        // size in pixels, every advance and every running sum of them is a
        // whole number of 2^-11 px below 2^24 of them, exactly held: the
        // running sum is `w` itself.
        if let Some(units) = units
            && self.whole_size
            && u64::from(units) * (self.size as u64) < 1 << 24
        {
            if w <= self.max {
                self.line = w;
                return;
            }
        } else if self.size >= 0.0 {
            let mut line = 0.0f32;
            for &c in piece {
                line += table[usize::from(c)] * self.size;
            }
            if line <= self.max {
                self.line = line;
                return;
            }
        }
        self.line = 0.0;
        for &c in piece {
            let a = table[usize::from(c)] * self.size;
            if self.line + a > self.max && self.line > 0.0 {
                self.count += 1;
                self.line = 0.0;
            }
            self.line += a;
        }
    }

    /// A word of ASCII characters, split as `pieces` splits it (only after
    /// a hyphen: the other breaks are at characters outside ASCII), each
    /// piece's width summed in the same order as `width` sums it.
    fn ascii_word(&mut self, word: &[u8]) {
        let table = ascii_table(self.weight);
        let mut start = 0;
        let mut gap = self.space;
        while start < word.len() {
            let mut prev: Option<u8> = None;
            let mut sum = 0.0f32;
            let mut end = word.len();
            for i in start..word.len() {
                let c = word[i];
                sum += table[usize::from(c)];
                if c == b'-'
                    && let Some(&next) = word.get(i + 1)
                {
                    let numeric = next.is_ascii_digit() && prev.is_none_or(|p| p.is_ascii_digit());
                    if !numeric {
                        end = i + 1;
                        break;
                    }
                }
                prev = Some(c);
            }
            self.ascii_piece(&word[start..end], sum, None, gap, table);
            gap = 0.0;
            start = end;
        }
    }
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

    /// `lines` as it was before ASCII words had a path of their own.
    fn lines_by_pieces(text: &str, max: f32, size: f32, weight: Weight) -> usize {
        let space = advance(' ', weight) * size;
        let mut wrap = Wrap {
            max,
            size,
            whole_size: false,
            weight,
            space,
            count: 0,
            line: 0.0,
        };
        for word in text.split_whitespace() {
            for (k, piece) in pieces(word).enumerate() {
                let w = width(piece, size, weight);
                wrap.piece(piece, w, if k == 0 { space } else { 0.0 });
            }
        }
        wrap.count
    }

    #[test]
    fn ascii_words_wrap_as_any_other() {
        // Random texts of the characters that matter (hyphens beside
        // digits, control characters, dashes, long words), in boxes of
        // every width: the ASCII path must count what the general one does.
        let alphabet: Vec<char> =
            "aZ9-- 0m.i\u{1}\t\u{b}\u{c}\r\n\u{1c}\u{7f}\u{2013}\u{2014}\u{a0}\u{3000}é/W1-x"
                .chars()
                .collect();
        let mut state = 0x5EED_u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) % n as u64) as usize
        };
        // Half the texts of ASCII only, for the path of their own.
        let ascii: Vec<char> = alphabet.iter().copied().filter(char::is_ascii).collect();
        for k in 0..40_000 {
            let len = next(40);
            let chars = if k % 2 == 0 { &alphabet } else { &ascii };
            let text: String = (0..len).map(|_| chars[next(chars.len())]).collect();
            let max = 2.0 + next(120) as f32 * 1.37;
            let weight = if next(2) == 0 {
                Weight::Regular
            } else {
                Weight::Bold
            };
            let size = [11.0, 12.0, 13.5, 1.0, 0.0, 300.0, 4096.0][next(7)];
            assert_eq!(
                lines(&text, max, size, weight),
                lines_by_pieces(&text, max, size, weight),
                "{text:?} in {max} px"
            );
            // Split anywhere at a space: the parts set one after the other.
            if let Some((i, _)) = text.char_indices().find(|&(_, c)| c == ' ') {
                assert_eq!(
                    lines_joined(&[&text[..i], &text[i + 1..]], max, size, weight),
                    lines_by_pieces(&text, max, size, weight),
                    "{text:?} split at {i}"
                );
            }
        }
        // Words longer than the exact sum in units goes, and just shorter.
        for len in [EXACT_PIECE - 1, EXACT_PIECE, EXACT_PIECE + 7] {
            for (k, max) in [(0usize, 50.0f32), (1, 1e6), (2, 300.0)] {
                let word: String = (0..len)
                    .map(|i| ['W', 'm', '@', 'i', '-', '1'][(i * 7 + k) % 6])
                    .collect();
                let text = format!("ab {word} cd");
                assert_eq!(
                    lines(&text, max, 12.0, Weight::Bold),
                    lines_by_pieces(&text, max, 12.0, Weight::Bold),
                    "{len} {max}"
                );
            }
        }
        // Summed in units, the advances of the longest exact piece of the
        // widest characters are what they are summed in ems.
        let widest: Vec<u8> = (0u8..0x80)
            .filter(|&c| c != b' ' && !(0x09..=0x0D).contains(&c))
            .collect();
        for w in [Weight::Regular, Weight::Bold] {
            let scan = if w == Weight::Regular {
                &SCAN_REGULAR
            } else {
                &SCAN_BOLD
            };
            let mut units = 0u32;
            let mut ems = 0.0f32;
            for i in 0..EXACT_PIECE - 1 {
                let c = widest[(i * 31) % widest.len()];
                units += u32::from(scan[usize::from(c)]);
                ems += advance(char::from(c), w);
                assert_eq!(units as f32 * (1.0 / f32::from(UNITS_PER_EM)), ems, "{i}");
            }
            assert!(UNITS_PER_EM.is_power_of_two());
            let most = (0u8..0x80)
                .map(|c| scan[usize::from(c)])
                .filter(|&a| a != SPACE)
                .max();
            assert!(most.is_some_and(|m| u32::from(m) * EXACT_PIECE as u32 <= 1 << 24));
        }
        let general = |c: char, weight: Weight| {
            let table: &[u16] = match weight {
                Weight::Regular => &REGULAR,
                Weight::Bold => &BOLD,
            };
            match c {
                ' '..='~' => match table[c as usize - 0x20] {
                    0 => 1.0,
                    w => f32::from(w) / f32::from(UNITS_PER_EM),
                },
                _ => 1.0,
            }
        };
        for c in (0u8..0x80).map(char::from) {
            for w in [Weight::Regular, Weight::Bold] {
                assert_eq!(advance(c, w), general(c, w), "{c:?}");
            }
        }
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
