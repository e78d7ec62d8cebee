//! What the build needs to know of a PDF Chromium printed: its pages and
//! their sizes, and on which page each named destination is.

use std::collections::{HashMap, HashSet};

use super::error::PdfError;
use super::object::{Dict, Doc, Obj};

/// The pages of a PDF and its named destinations.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfInfo {
    /// Each page's size in points (1/72 inch), width × height, from its
    /// `/MediaBox`: A4 landscape is about 841.9 × 595.3 (Chromium rounds
    /// it to whole CSS pixels: 841.92 × 594.96).
    pub pages: Vec<(f32, f32)>,
    /// Each named destination and the 1-based page it is on. Chromium
    /// writes one for each element `id` that a link in the page targets
    /// (`<a href="#sop-3">` and `id="sop-3"` give `"sop-3"`); names are
    /// given back as the `id` was written (Chromium stores them
    /// percent-encoded: `bagian-%C3%A4` is read as `bagian-ä`).
    pub dests: HashMap<String, usize>,
}

/// How deep the page tree and the name tree may go, and how many
/// references a destination may pass through.
const MAX_DEPTH: usize = 64;

/// Reads `pdf`: its pages (in order, with their sizes) and its named
/// destinations, from the catalog's `/Dests` dictionary (what Chromium
/// writes) or its `/Names` → `/Dests` name tree (what PDF 1.2 and later
/// writers may write instead).
pub fn info(pdf: &[u8]) -> Result<PdfInfo, PdfError> {
    if find(&pdf[..pdf.len().min(1024)], b"%PDF-").is_none() {
        return Err(PdfError::umum(crate::pesan!(
            "PDF tidak dapat dibaca: isinya tidak diawali %PDF-",
            "cannot read the PDF: it does not begin with %PDF-"
        )));
    }
    let doc = Doc::scan(pdf);
    let catalog = catalog(&doc).ok_or_else(|| {
        PdfError::umum(crate::pesan!(
            "PDF tidak dapat dibaca: katalognya (/Root) tidak ditemukan",
            "cannot read the PDF: its catalog (/Root) is missing"
        ))
    })?;
    let Some(tree) = catalog.get(b"Pages") else {
        return Err(PdfError::umum(crate::pesan!(
            "PDF tidak dapat dibaca: daftar halamannya (/Pages) tidak ada",
            "cannot read the PDF: its page tree (/Pages) is missing"
        )));
    };
    let mut walk = PageWalk {
        doc: &doc,
        pages: Vec::new(),
        numbers: HashMap::new(),
        seen: HashSet::new(),
    };
    walk.node(tree, None, 0)?;
    let mut dests = HashMap::new();
    if let Some(Obj::Dict(names)) = catalog.get(b"Dests").map(|d| doc.resolve(d)) {
        for (name, dest) in &names.0 {
            if let Some(page) = dest_page(&doc, dest, &walk.numbers) {
                dests.insert(dest_name(name, false), page);
            }
        }
    }
    if let Some(tree) = catalog
        .get(b"Names")
        .and_then(|n| doc.resolve(n).as_dict())
        .and_then(|n| n.get(b"Dests"))
    {
        let mut found = Vec::new();
        name_tree(&doc, tree, 0, &mut HashSet::new(), &mut found);
        for (name, dest) in found {
            if let Some(page) = dest_page(&doc, dest, &walk.numbers) {
                dests.entry(dest_name(&name, true)).or_insert(page);
            }
        }
    }
    Ok(PdfInfo {
        pages: walk.pages,
        dests,
    })
}

/// The document catalog: the last trailer's `/Root`, else any object of
/// `/Type /Catalog`.
fn catalog<'d>(doc: &'d Doc) -> Option<&'d Dict> {
    let from_trailer = doc
        .trailers
        .iter()
        .rev()
        .filter_map(|t| t.get(b"Root"))
        .find_map(|root| doc.resolve(root).as_dict());
    from_trailer.or_else(|| {
        let mut numbers: Vec<u32> = doc.numbers().collect();
        numbers.sort_unstable();
        numbers.into_iter().rev().find_map(|n| {
            doc.get(n)?
                .as_dict()
                .filter(|d| d.get(b"Type").is_some_and(|t| t.is_name(b"Catalog")))
        })
    })
}

struct PageWalk<'d> {
    doc: &'d Doc<'d>,
    /// The sizes found so far.
    pages: Vec<(f32, f32)>,
    /// Each page object's number: its 1-based page.
    numbers: HashMap<u32, usize>,
    /// The tree's nodes visited, so that a loop ends.
    seen: HashSet<u32>,
}

impl PageWalk<'_> {
    /// A node of the page tree (`node` as written, maybe a reference),
    /// `media` the `/MediaBox` its ancestors give.
    fn node(&mut self, node: &Obj, media: Option<&Obj>, depth: usize) -> Result<(), PdfError> {
        if depth > MAX_DEPTH {
            return Err(looping());
        }
        let number = match node {
            Obj::Ref(n, _) => {
                if !self.seen.insert(*n) {
                    return Err(looping());
                }
                Some(*n)
            }
            _ => None,
        };
        let Some(dict) = self.doc.resolve(node).as_dict() else {
            return Ok(());
        };
        let media = dict.get(b"MediaBox").or(media);
        let kids = dict.get(b"Kids").map(|k| self.doc.resolve(k));
        let is_tree = dict.get(b"Type").is_some_and(|t| t.is_name(b"Pages"));
        if let Some(Obj::Array(kids)) = kids {
            for kid in kids {
                self.node(kid, media, depth + 1)?;
            }
            return Ok(());
        }
        if is_tree {
            // A tree node without kids has no pages.
            return Ok(());
        }
        let page = self.pages.len() + 1;
        let size = media
            .map(|m| self.doc.resolve(m))
            .and_then(Obj::as_array)
            .and_then(|b| {
                let v: Vec<f64> = b
                    .iter()
                    .filter_map(|n| self.doc.resolve(n).as_num())
                    .collect();
                (v.len() == 4).then(|| ((v[2] - v[0]).abs() as f32, (v[3] - v[1]).abs() as f32))
            })
            .ok_or_else(|| {
                PdfError::umum(crate::pesan!(
                    "PDF tidak dapat dibaca: halaman {page} tidak punya ukuran (/MediaBox)",
                    "cannot read the PDF: page {page} has no size (/MediaBox)"
                ))
            })?;
        self.pages.push(size);
        if let Some(n) = number {
            self.numbers.insert(n, page);
        }
        Ok(())
    }
}

fn looping() -> PdfError {
    PdfError::umum(crate::pesan!(
        "PDF tidak dapat dibaca: daftar halamannya berputar atau terlalu dalam",
        "cannot read the PDF: its page tree loops or is too deep"
    ))
}

/// The (key, value) pairs of a name tree's leaves, in order.
fn name_tree<'d>(
    doc: &'d Doc,
    node: &'d Obj,
    depth: usize,
    seen: &mut HashSet<u32>,
    out: &mut Vec<(Vec<u8>, &'d Obj)>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Obj::Ref(n, _) = node
        && !seen.insert(*n)
    {
        return;
    }
    let Some(dict) = doc.resolve(node).as_dict() else {
        return;
    };
    if let Some(pairs) = dict.get(b"Names").and_then(|n| doc.resolve(n).as_array()) {
        for pair in pairs.chunks(2) {
            if let [key, value] = pair
                && let Obj::Str(key) = doc.resolve(key)
            {
                out.push((key.clone(), value));
            }
        }
    }
    if let Some(kids) = dict.get(b"Kids").and_then(|k| doc.resolve(k).as_array()) {
        for kid in kids {
            name_tree(doc, kid, depth + 1, seen, out);
        }
    }
}

/// The page a destination points at: an array whose first item is the
/// page object, or a dictionary holding one as `/D`.
fn dest_page(doc: &Doc, dest: &Obj, pages: &HashMap<u32, usize>) -> Option<usize> {
    let mut dest = doc.resolve(dest);
    if let Obj::Dict(d) = dest {
        dest = doc.resolve(d.get(b"D")?);
    }
    match dest.as_array()?.first()? {
        Obj::Ref(n, _) => pages.get(n).copied(),
        _ => None,
    }
}

/// A destination's name as the page's `id` was: a string key may be
/// UTF-16 (with its byte order mark); then `%xx` escapes are undone when
/// what they make is UTF-8.
fn dest_name(raw: &[u8], string: bool) -> String {
    let text = match raw {
        [0xfe, 0xff, rest @ ..] if string => {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => String::from_utf8_lossy(raw).into_owned(),
    };
    crate::url::percent_decode(&text).unwrap_or(text)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF with a classic cross-reference table (offsets left at zero:
    /// the reader does not use them) from numbered object bodies.
    fn pdf(objects: &[(u32, &str)], root: u32) -> Vec<u8> {
        let mut out = b"%PDF-1.4\n%\xd3\xeb\xe9\xe1\n".to_vec();
        for (n, body) in objects {
            out.extend_from_slice(format!("{n} 0 obj\n{body}\nendobj\n").as_bytes());
        }
        out.extend_from_slice(
            format!("xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 9 /Root {root} 0 R>>\nstartxref\n0\n%%EOF\n")
                .as_bytes(),
        );
        out
    }

    #[test]
    fn pages_in_tree_order_with_inherited_sizes_and_catalog_dests() {
        let file = pdf(
            &[
                (1, "<</Type /Catalog /Pages 2 0 R /Dests 7 0 R>>"),
                (
                    2,
                    "<</Type /Pages /Count 3 /MediaBox [0 0 841.92 594.96] /Kids [3 0 R 4 0 R]>>",
                ),
                (3, "<</Type /Page /Parent 2 0 R>>"),
                (4, "<</Type /Pages /Parent 2 0 R /Kids [6 0 R 5 0 R]>>"),
                (
                    5,
                    "<</Type /Page /MediaBox [0 0 595.28 841.89] /Parent 4 0 R>>",
                ),
                (6, "<</Type /Page /Parent 4 0 R>>"),
                (
                    7,
                    "<</sop-3 [5 0 R /XYZ 6 544 0] /x 8 0 R /bagian-#25C3#25A4#25201 <</D [6 0 R /Fit]>> /hilang [99 0 R /Fit]>>",
                ),
                (8, "[3 0 R /XYZ 0 0 0]"),
            ],
            1,
        );
        let info = info(&file).unwrap();
        assert_eq!(
            info.pages,
            vec![(841.92, 594.96), (841.92, 594.96), (595.28, 841.89)]
        );
        assert_eq!(info.dests.get("sop-3"), Some(&3));
        assert_eq!(info.dests.get("x"), Some(&1));
        assert_eq!(info.dests.get("bagian-ä 1"), Some(&2));
        assert_eq!(info.dests.len(), 3, "{:?}", info.dests);
    }

    #[test]
    fn a_names_tree_of_dests_with_kids_and_utf16_keys() {
        let file = pdf(
            &[
                (1, "<</Type /Catalog /Pages 2 0 R /Names <</Dests 5 0 R>>>>"),
                (
                    2,
                    "<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 10 20]>>",
                ),
                (3, "<</Type /Page>>"),
                (4, "<</Type /Page>>"),
                (5, "<</Kids [6 0 R 7 0 R]>>"),
                (
                    6,
                    "<</Limits [(a) (b)] /Names [(a) [4 0 R /Fit] (b) [3 0 R /Fit]]>>",
                ),
                (7, "<</Names [<FEFF00630025> [4 0 R /Fit]]>>"),
            ],
            1,
        );
        let info = info(&file).unwrap();
        assert_eq!(info.pages, vec![(10.0, 20.0), (10.0, 20.0)]);
        assert_eq!(info.dests.get("a"), Some(&2));
        assert_eq!(info.dests.get("b"), Some(&1));
        // "c%" is no percent-escape: kept as written.
        assert_eq!(info.dests.get("c%"), Some(&2));
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        assert!(info(b"").is_err());
        assert!(info(b"hello").is_err());
        assert!(info(b"%PDF-1.4\n").is_err(), "no catalog");
        let looping = pdf(
            &[
                (1, "<</Type /Catalog /Pages 2 0 R>>"),
                (2, "<</Type /Pages /Kids [2 0 R]>>"),
            ],
            1,
        );
        assert!(info(&looping).is_err());
        let sizeless = pdf(
            &[
                (1, "<</Type /Catalog /Pages 2 0 R>>"),
                (2, "<</Type /Pages /Kids [3 0 R]>>"),
                (3, "<</Type /Page>>"),
            ],
            1,
        );
        let e = info(&sizeless).unwrap_err().to_string();
        assert!(e.contains("halaman 1"), "{e}");
        // Every prefix of a good file reads or fails, without panicking.
        let good = pdf(
            &[
                (
                    1,
                    "<</Type /Catalog /Pages 2 0 R /Dests <</a [3 0 R /Fit]>>>>",
                ),
                (2, "<</Type /Pages /Kids [3 0 R] /MediaBox [0 0 1 1]>>"),
                (3, "<</Type /Page (unclosed>>"),
            ],
            1,
        );
        for end in 0..good.len() {
            let _ = info(&good[..end]);
        }
    }

    #[test]
    fn the_catalog_is_found_without_a_trailer() {
        let mut file = pdf(
            &[
                (1, "<</Type /Catalog /Pages 2 0 R>>"),
                (2, "<</Type /Pages /Kids [3 0 R] /MediaBox [0 0 5 6]>>"),
                (3, "<</Type /Page>>"),
            ],
            1,
        );
        let cut = find(&file, b"xref").unwrap();
        file.truncate(cut);
        assert_eq!(info(&file).unwrap().pages, vec![(5.0, 6.0)]);
    }

    #[test]
    fn percent_escapes() {
        use crate::url::percent_decode;
        assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%C3%A4").as_deref(), Some("ä"));
        assert_eq!(percent_decode("plain").as_deref(), Some("plain"));
        assert_eq!(percent_decode("50%"), None);
        assert_eq!(percent_decode("%FF"), None, "not UTF-8");
    }
}
