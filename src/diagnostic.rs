//! One error type for every content problem, and its rustc-like rendering.
//!
//! A [`Diagnostic`] is located once, when it is made, from the file's text:
//! later stages (catalog, render) need no access to the sources to print it.

use std::fmt::{self, Write as _};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The label a report starts with, in the language of messages, and
    /// its colour.
    fn label(self) -> (&'static str, &'static str) {
        let en = crate::bahasa::inggris();
        match self {
            Severity::Error => (if en { "error" } else { "kesalahan" }, "1;31"),
            Severity::Warning => (if en { "warning" } else { "peringatan" }, "1;33"),
        }
    }
}

/// A place in a file: 1-based line and column (in characters), and the text
/// of that line so the report can quote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub line_text: String,
    /// How many characters of `line_text` the span covers from `column` (at least 1).
    pub width: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user would name it: relative to the site root.
    pub file: PathBuf,
    pub location: Option<Box<Location>>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            location: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(Box::new(location));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, the form editors and terminals make clickable.
    pub fn locus(&self) -> String {
        match &self.location {
            Some(l) => format!("{}:{}:{}", self.file.display(), l.line, l.column),
            None => self.file.display().to_string(),
        }
    }

    /// Renders like rustc: headline, locus, quoted line with a caret
    /// underline, then the hint.
    pub fn render(&self, color: bool) -> String {
        let paint = |code: &str, text: &str| {
            if color {
                format!("\x1b[{code}m{text}\x1b[0m")
            } else {
                text.to_string()
            }
        };
        let (label, code) = self.severity.label();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}{} {}",
            paint(code, label),
            paint("1", ":"),
            paint("1", &self.message)
        );
        let gutter_width = self
            .location
            .as_ref()
            .map_or(1, |l| l.line.to_string().len());
        let pad = " ".repeat(gutter_width);
        let _ = writeln!(out, "{pad}{} {}", paint("1;34", "-->"), self.locus());
        if let Some(l) = &self.location {
            let bar = paint("1;34", "|");
            let shown: String = l.line_text.chars().map(tab_to_space).collect();
            let lead: String = shown.chars().take(l.column - 1).collect();
            let lead_width = lead.chars().count();
            let caret = "^".repeat(l.width.max(1));
            let _ = writeln!(out, "{pad} {bar}");
            let _ = writeln!(
                out,
                "{} {bar} {}",
                paint("1;34", &l.line.to_string()),
                shown
            );
            let _ = writeln!(
                out,
                "{pad} {bar} {}{}",
                " ".repeat(lead_width),
                paint(code, &caret)
            );
        }
        if let Some(hint) = &self.hint {
            let label = if crate::bahasa::inggris() {
                "hint"
            } else {
                "saran"
            };
            let _ = writeln!(out, "{pad} {} {label}: {}", paint("1;34", "="), hint);
        }
        out
    }
}

impl Diagnostic {
    /// One line: `warning: file:line:col: message`.
    pub fn render_short(&self, color: bool) -> String {
        let (label, code) = self.severity.label();
        let label = if color {
            format!("\x1b[{code}m{label}\x1b[0m")
        } else {
            label.to_string()
        };
        format!("{label}: {}: {}\n", self.locus(), self.message)
    }
}

fn tab_to_space(c: char) -> char {
    if c == '\t' { ' ' } else { c }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// A file's text and its name for reports; spans are byte ranges into `text`.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
    hash: std::sync::OnceLock<u64>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Arc<Self> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Arc::new(SourceFile {
            path: path.into(),
            text,
            line_starts,
            hash: std::sync::OnceLock::new(),
        })
    }

    /// A hash of the text, made once: `serve --watch` keys what it keeps
    /// between rebuilds (a SOP's flowchart, search words, JSON) by it
    /// instead of hashing the text again for each.
    pub fn hash(&self) -> u64 {
        *self
            .hash
            .get_or_init(|| crate::hash::Key::new().text(&self.text).finish())
    }

    /// The 0-based line holding byte `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset) - 1
    }

    /// The location of a byte span, clamped to the text and to char
    /// boundaries so that no span can make reporting panic.
    pub fn locate(&self, span: Range<usize>) -> Location {
        let start = floor_char_boundary(&self.text, span.start.min(self.text.len()));
        let end = floor_char_boundary(&self.text, span.end.clamp(start, self.text.len()));
        let line_index = self.line_index(start);
        let line_start = self.line_starts[line_index];
        let line_end = self
            .line_starts
            .get(line_index + 1)
            .map_or(self.text.len(), |&next| next - 1);
        let line_text = self.text[line_start..line_end].trim_end_matches('\r');
        let column = self.text[line_start..start].chars().count() + 1;
        let span_on_line = end.min(line_start + line_text.len()).max(start);
        let width = self.text[start..span_on_line].chars().count().max(1);
        Location {
            line: line_index + 1,
            column,
            line_text: line_text.to_string(),
            width,
        }
    }

    pub fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, message).at(self.locate(span))
    }

    pub fn warning(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(&self.path, message).at(self.locate(span))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Orders diagnostics for a stable report: by file, then position.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let pos = |d: &Diagnostic| d.location.as_ref().map(|l| (l.line, l.column));
        (&a.file, pos(a), a.severity, &a.message).cmp(&(&b.file, pos(b), b.severity, &b.message))
    });
}

/// Prints diagnostics to stderr, in full or a line each.
pub fn report(diags: &[Diagnostic], color: bool, short: bool) {
    let mut err = std::io::stderr().lock();
    for d in diags {
        let text = if short {
            d.render_short(color)
        } else {
            d.render(color) + "\n"
        };
        let _ = std::io::Write::write_all(&mut err, text.as_bytes());
    }
}

/// Prints the diagnostics and a summary line; true when there were errors.
/// With `brief`, warnings alone are listed a line each (`check` shows them
/// in full).
pub fn report_with_summary(diags: &[Diagnostic], color: bool, brief: bool) -> bool {
    let short = brief && !diags.iter().any(Diagnostic::is_error);
    report(diags, color, short);
    let (errors, warnings) = count(diags);
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let (se, sw) = (s(errors), s(warnings));
    if errors > 0 {
        eprintln!(
            "{}",
            crate::pesan!(
                "{errors} kesalahan, {warnings} peringatan",
                "{errors} error{se}, {warnings} warning{sw}"
            )
        );
    } else if warnings > 0 {
        let more = match brief {
            true => crate::pesan!(
                "; `sopgen check` menampilkannya selengkapnya",
                "; `sopgen check` shows them in full"
            ),
            false => String::new(),
        };
        eprintln!(
            "{}",
            crate::pesan!(
                "{warnings} peringatan{more}",
                "{warnings} warning{sw}{more}"
            )
        );
    }
    errors > 0
}

pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

/// The path to show for `path`: relative to `root` when it is inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// "Did you mean": the candidate closest to `word` by edit distance, when
/// close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_l = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&word_l, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_columns_in_characters() {
        let f = SourceFile::new("a.md", "+++\nnama = \"Ä\" x\n+++\n".to_string());
        let at = f.text.find('x').unwrap();
        let loc = f.locate(at..at + 1);
        assert_eq!((loc.line, loc.column, loc.width), (2, 12, 1));
        assert_eq!(loc.line_text, "nama = \"Ä\" x");
    }

    #[test]
    fn out_of_range_spans_do_not_panic() {
        let f = SourceFile::new("a.md", "ab\nÄ".to_string());
        let loc = f.locate(4..400);
        assert_eq!(loc.line, 2);
        #[allow(clippy::reversed_empty_ranges)]
        let loc = f.locate(100..50);
        assert_eq!(loc.line, 2);
    }

    #[test]
    fn renders_like_rustc() {
        let f = SourceFile::new("content/x.md", "+++\ndasar_hokum = []\n+++\n".to_string());
        let d = f
            .error(4..15, "kolom `dasar_hokum` tidak dikenal")
            .with_hint("maksudnya `dasar_hukum`?");
        // Messages are Indonesian unless English is asked for (the
        // English labels are checked through the binary, in tests/).
        let text = d.render(false);
        assert_eq!(
            text,
            "kesalahan: kolom `dasar_hokum` tidak dikenal\n --> content/x.md:2:1\n  |\n2 | dasar_hokum = []\n  | ^^^^^^^^^^^\n  = saran: maksudnya `dasar_hukum`?\n"
        );
        assert_eq!(
            d.render_short(false),
            "kesalahan: content/x.md:2:1: kolom `dasar_hokum` tidak dikenal\n"
        );
        let w = Diagnostic::warning("content/y.md", "x");
        assert_eq!(w.render_short(false), "peringatan: content/y.md: x\n");
    }

    #[test]
    fn suggests_close_words_only() {
        let fields = ["dasar_hukum", "nama", "pelaksana"];
        assert_eq!(closest("dasar_hokum", fields), Some("dasar_hukum"));
        assert_eq!(closest("pelaksna", fields), Some("pelaksana"));
        assert_eq!(closest("zzz", fields), None);
    }
}
