//! Splits a content file into its TOML front matter and Markdown body.

use std::ops::Range;

/// The two parts of a content file, as byte ranges into its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub toml: Range<usize>,
    pub body: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    Empty,
    /// No opening `+++`; `yaml` when the file opens with `---` instead.
    Missing {
        yaml: bool,
        first_line: Range<usize>,
    },
    /// The opening `+++` at this span is never closed.
    Unterminated {
        opening: Range<usize>,
    },
}

const FENCE: &str = "+++";

/// Lines with their byte ranges, line ending excluded.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = start..end;
        start = end + 1;
        Some(line)
    })
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == FENCE
}

pub fn split(text: &str) -> Result<Split, SplitError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    if text[bom..].trim().is_empty() {
        return Err(SplitError::Empty);
    }
    // Blank lines before the opening fence are skipped, the BOM aside: a
    // first line holding only a BOM and spaces (or the `\r` of CRLF) is blank.
    let mut all = lines(text).skip_while(|l| text[l.start.max(bom)..l.end].trim().is_empty());
    let first = all.next().expect("a non-blank file has a non-blank line");
    let first_text = &text[first.start.max(bom)..first.end];
    if !is_fence(first_text) {
        let shown = first.start.max(bom)..first.end;
        return Err(SplitError::Missing {
            yaml: first_text.trim_end() == "---",
            first_line: shown,
        });
    }
    let toml_start = (first.end + 1).min(text.len());
    for line in all {
        if is_fence(&text[line.clone()]) {
            let body_start = (line.end + 1).min(text.len());
            return Ok(Split {
                toml: toml_start..line.start,
                body: body_start..text.len(),
            });
        }
    }
    Err(SplitError::Unterminated {
        opening: first.start.max(bom)..first.end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (&str, &str) {
        let s = split(text).unwrap();
        (&text[s.toml], &text[s.body])
    }

    #[test]
    fn splits_front_matter_and_body() {
        assert_eq!(
            parts("+++\nnama = \"x\"\n+++\nHalo\n"),
            ("nama = \"x\"\n", "Halo\n")
        );
        assert_eq!(parts("+++\r\na = 1\r\n+++\r\nB"), ("a = 1\r\n", "B"));
        assert_eq!(parts("\u{feff}+++\na = 1\n+++"), ("a = 1\n", ""));
        assert_eq!(parts("\n\n+++\n+++\n"), ("", ""));
    }

    #[test]
    fn a_bom_before_a_blank_line_is_skipped_with_it() {
        // Found by tests/fuzz.rs: "\u{feff}\r\n+++" was "missing front matter".
        assert_eq!(
            parts("\u{feff}\r\n+++\r\na = 1\r\n+++\r\n"),
            ("a = 1\r\n", "")
        );
        assert_eq!(parts("\u{feff} \n\t\n+++\na = 1\n+++\nB"), ("a = 1\n", "B"));
        assert_eq!(
            split("\u{feff}\r\n# Judul\n"),
            Err(SplitError::Missing {
                yaml: false,
                first_line: 5..12
            })
        );
    }

    #[test]
    fn a_fence_inside_a_value_line_does_not_close() {
        assert_eq!(parts("+++\na = \"+++\"\n+++ \nx"), ("a = \"+++\"\n", "x"));
    }

    #[test]
    fn reports_missing_empty_and_unterminated() {
        assert_eq!(split(""), Err(SplitError::Empty));
        assert_eq!(split(" \n\t\n"), Err(SplitError::Empty));
        assert_eq!(
            split("---\na: 1\n---\n"),
            Err(SplitError::Missing {
                yaml: true,
                first_line: 0..3
            })
        );
        assert_eq!(
            split("\n# Judul\n"),
            Err(SplitError::Missing {
                yaml: false,
                first_line: 1..8
            })
        );
        assert_eq!(
            split("x\n+++\na = 1\n"),
            Err(SplitError::Missing {
                yaml: false,
                first_line: 0..1
            })
        );
        assert_eq!(
            split("+++\na = 1\n"),
            Err(SplitError::Unterminated { opening: 0..3 })
        );
    }
}
