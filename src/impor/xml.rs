//! Small helpers over roxmltree for the Office XML vocabularies: elements
//! are recognised by namespace family and local name, so that both the
//! transitional and the strict namespaces of Office Open XML are read.

use roxmltree::Node;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// wordprocessingml (`w:`)
    W,
    /// wordprocessingDrawing (`wp:`, and `wp14:`)
    Wp,
    /// drawingml main (`a:`)
    A,
    /// Word 2010 shapes (`wps:`)
    Wps,
    /// Word 2010 groups (`wpg:`)
    Wpg,
    /// Word 2010 drawing canvas (`wpc:`)
    Wpc,
    /// markup compatibility (`mc:`)
    Mc,
    /// VML (`v:`)
    V,
    /// VML Office extensions (`o:`)
    O,
    Lain,
}

pub fn ns(n: Node) -> Ns {
    match n.tag_name().namespace() {
        Some(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | "http://purl.oclc.org/ooxml/wordprocessingml/main",
        ) => Ns::W,
        Some(
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
            | "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"
            | "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        ) => Ns::Wp,
        Some(
            "http://schemas.openxmlformats.org/drawingml/2006/main"
            | "http://purl.oclc.org/ooxml/drawingml/main",
        ) => Ns::A,
        Some("http://schemas.microsoft.com/office/word/2010/wordprocessingShape") => Ns::Wps,
        Some("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup") => Ns::Wpg,
        Some("http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas") => Ns::Wpc,
        Some("http://schemas.openxmlformats.org/markup-compatibility/2006") => Ns::Mc,
        Some("urn:schemas-microsoft-com:vml") => Ns::V,
        Some("urn:schemas-microsoft-com:office:office") => Ns::O,
        _ => Ns::Lain,
    }
}

/// True when `n` is the element `family:name`.
pub fn is(n: Node, family: Ns, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name && ns(n) == family
}

/// The first child element `family:name`.
pub fn child<'a, 'i>(n: Node<'a, 'i>, family: Ns, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(*c, family, name))
}

/// Follows a path of `family:name` children.
pub fn path<'a, 'i>(n: Node<'a, 'i>, steps: &[(Ns, &str)]) -> Option<Node<'a, 'i>> {
    let mut cur = n;
    for (f, name) in steps {
        cur = child(cur, *f, name)?;
    }
    Some(cur)
}

/// An attribute by local name, whatever its namespace (`w:val` and `val`).
pub fn attr<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attributes().find(|a| a.name() == name).map(|a| a.value())
}

/// `w:val` of the child `w:name`, e.g. `val(pPr, "pStyle")`.
pub fn val<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    child(n, Ns::W, name).and_then(|c| attr(c, "val"))
}

/// A number attribute.
pub fn num(n: Node, name: &str) -> Option<f64> {
    attr(n, name).and_then(|v| v.trim().parse::<f64>().ok())
}

/// An on/off property: present without `val`, or with a true `val`.
pub fn on(n: Option<Node>) -> bool {
    n.is_some_and(|n| !matches!(attr(n, "val"), Some("0" | "false" | "off" | "none")))
}

/// EMU (English Metric Units) to points.
pub fn emu_pt(v: f64) -> f64 {
    v / 12_700.0
}

/// Twentieths of a point (twips) to points.
pub fn twip_pt(v: f64) -> f64 {
    v / 20.0
}
