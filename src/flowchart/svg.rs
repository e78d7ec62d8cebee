//! A page of flowchart geometry written as inline SVG, with the class names
//! and data attributes FLOWCHART.md fixes for themes and tests.
//!
//! Written straight into one string: thousands of pages are drawn a build,
//! so numbers are formatted by hand (to a tenth of a pixel) and shared
//! presentation attributes sit on the enclosing groups.

use super::geometry::{
    Arrow, Branch, LABEL_LINE, LABEL_SIZE, Node, Page, Shape, Symbol, TERMINAL_TEXT, terminal_word,
};
use super::round::round;
use super::text::{self, Weight};

/// The ink of the lines and symbols' outlines (a macro, for `concat!`).
macro_rules! ink {
    () => {
        "#1b1f24"
    };
}
/// Cell borders inside the lane area: lighter than the arrows, so that an
/// arrow running beside one is still told apart (also in black and white).
macro_rules! grid {
    () => {
        "#8a94a3"
    };
}

fn esc(out: &mut String, s: &str) {
    // The runs between the characters to escape go in whole.
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Writes `v` rounded to a tenth, without a trailing ".0".
fn num(out: &mut String, v: f32) {
    let tenths = round(v * 10.0);
    if tenths < 0 {
        out.push('-');
    }
    let a = tenths.unsigned_abs();
    uint(out, a / 10);
    if a % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (a % 10) as u8));
    }
}

fn digit(d: u64) -> char {
    char::from(b'0' + (d % 10) as u8)
}

/// Writes a whole number in decimal.
fn uint(out: &mut String, mut n: u64) {
    // Most are below 10,000: digit by digit.
    if n < 10 {
        out.push(digit(n));
        return;
    }
    if n < 100 {
        out.push(digit(n / 10));
        out.push(digit(n));
        return;
    }
    if n < 1000 {
        out.push(digit(n / 100));
        out.push(digit(n / 10));
        out.push(digit(n));
        return;
    }
    if n < 10_000 {
        out.push(digit(n / 1000));
        out.push(digit(n / 100));
        out.push(digit(n / 10));
        out.push(digit(n));
        return;
    }
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[at..]).expect("ASCII digits"));
}

/// Writes `cmd x y` (a path command and a point).
fn pt(out: &mut String, cmd: char, x: f32, y: f32) {
    out.push(cmd);
    num(out, x);
    out.push(' ');
    num(out, y);
}

/// Writes ` name="v"` for a number.
fn attr(out: &mut String, name: &str, v: f32) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    num(out, v);
    out.push('"');
}

/// Writes a step or terminal node as `data-*` shows it: the printed step
/// number, "mulai" or "selesai".
fn node(out: &mut String, n: Node, numbers: &[usize]) {
    match n {
        Node::Step(i) => uint(out, numbers[i] as u64),
        Node::Start => out.push_str("mulai"),
        Node::End => out.push_str("selesai"),
    }
}

fn symbol(out: &mut String, s: &Symbol, numbers: &[usize]) {
    let r = &s.rect;
    let class = match s.shape {
        Shape::Terminator => "terminator",
        Shape::Process => "process",
        Shape::Decision => "decision",
        Shape::Offpage => "offpage",
    };
    out.push_str("<g class=\"sym ");
    out.push_str(class);
    out.push('"');
    if let Some(step) = s.step {
        out.push_str(" data-step=\"");
        node(out, Node::Step(step), numbers);
        out.push('"');
    }
    if let Some(label) = &s.label {
        out.push_str(" data-label=\"");
        esc(out, label);
        out.push('"');
    }
    match s.terminal {
        Some(Node::Start) => out.push_str(" data-start=\"mulai\""),
        Some(Node::End) => out.push_str(" data-end=\"selesai\""),
        _ => {}
    }
    out.push('>');
    match s.shape {
        Shape::Terminator | Shape::Process => {
            out.push_str("<rect");
            attr(out, "x", r.x);
            attr(out, "y", r.y);
            attr(out, "width", r.w);
            attr(out, "height", r.h);
            if s.shape == Shape::Terminator {
                attr(out, "rx", r.h / 2.0);
            }
            out.push_str("/>");
            if let Some(t) = s.terminal {
                // The word at the label size, smaller only when a narrow
                // lane leaves no room (never below 7 pt on paper).
                let word = terminal_word(t);
                let natural = text::width(word, TERMINAL_TEXT, Weight::Regular);
                let size = (TERMINAL_TEXT * (r.w - 8.0) / natural).clamp(9.5, TERMINAL_TEXT);
                out.push_str("<title>");
                out.push_str(word);
                out.push_str("</title><text");
                attr(out, "x", r.cx());
                attr(out, "y", r.cy() + 0.35 * size);
                attr(out, "font-size", size);
                out.push_str(concat!(
                    " text-anchor=\"middle\" fill=\"",
                    ink!(),
                    "\" stroke=\"none\">"
                ));
                out.push_str(word);
                out.push_str("</text>");
            }
        }
        Shape::Decision => {
            out.push_str("<path d=\"");
            pt(out, 'M', r.cx(), r.y);
            pt(out, 'L', r.right(), r.cy());
            pt(out, 'L', r.cx(), r.bottom());
            pt(out, 'L', r.x, r.cy());
            out.push_str("Z\"/>");
        }
        Shape::Offpage => {
            // Home plate: square top, point at the bottom.
            let shoulder = r.y + r.h * 0.6;
            out.push_str("<path d=\"");
            pt(out, 'M', r.x, r.y);
            pt(out, 'L', r.right(), r.y);
            pt(out, 'L', r.right(), shoulder);
            pt(out, 'L', r.cx(), r.bottom());
            pt(out, 'L', r.x, shoulder);
            out.push_str("Z\"/><text");
            attr(out, "x", r.cx());
            attr(out, "y", r.y + r.h * 0.55);
            out.push_str(concat!(
                " font-size=\"9\" font-weight=\"700\" text-anchor=\"middle\" fill=\"",
                ink!(),
                "\" stroke=\"none\">"
            ));
            esc(out, s.label.as_deref().unwrap_or(""));
            out.push_str("</text>");
        }
    }
    out.push_str("</g>");
}

/// The arrowhead at the end of `points`, pointing along the last segment.
fn head(out: &mut String, points: &[(f32, f32)]) {
    let &(x, y) = points.last().expect("an arrow has points");
    let &(px, py) = points
        .iter()
        .rev()
        .find(|p| (p.0 - x).abs() + (p.1 - y).abs() > 0.01)
        .unwrap_or(&(x, y - 1.0));
    let (dx, dy) = (x - px, y - py);
    let len = (dx * dx + dy * dy).sqrt().max(0.001);
    let (ux, uy) = (dx / len, dy / len);
    let (l, w) = (7.0, 3.5);
    let (bx, by) = (x - ux * l, y - uy * l);
    out.push_str("<path class=\"head\" d=\"");
    pt(out, 'M', x, y);
    pt(out, 'L', bx - uy * w, by + ux * w);
    pt(out, 'L', bx + uy * w, by - ux * w);
    out.push_str(concat!("Z\" fill=\"", ink!(), "\" stroke=\"none\"/>"));
}

fn arrow(out: &mut String, a: &Arrow, numbers: &[usize]) {
    out.push_str("<g class=\"arrow\" data-from=\"");
    node(out, a.from, numbers);
    out.push_str("\" data-to=\"");
    node(out, a.to, numbers);
    out.push('"');
    if let Some(b) = a.branch {
        out.push_str(match b {
            Branch::Ya => " data-branch=\"ya\"",
            Branch::Tidak => " data-branch=\"tidak\"",
            Branch::Lanjut => " data-branch=\"lanjut\"",
        });
    }
    if let Some(via) = &a.via {
        out.push_str(" data-via=\"");
        esc(out, via);
        out.push('"');
    }
    out.push_str("><path d=\"");
    for (i, &(x, y)) in a.points.iter().enumerate() {
        pt(out, if i == 0 { 'M' } else { 'L' }, x, y);
    }
    out.push_str("\"/>");
    head(out, &a.points);
    if let Some(l) = &a.label {
        out.push_str("<text");
        attr(out, "x", l.x);
        attr(out, "y", l.y);
        attr(out, "font-size", LABEL_SIZE);
        out.push_str(" font-style=\"italic\"");
        if l.end {
            out.push_str(" text-anchor=\"end\"");
        }
        out.push_str(concat!(
            " fill=\"",
            ink!(),
            "\" stroke=\"#fff\" stroke-width=\"3\" style=\"paint-order:stroke\">"
        ));
        if let [one] = l.lines.as_slice() {
            esc(out, one);
        } else {
            for (i, line) in l.lines.iter().enumerate() {
                out.push_str("<tspan");
                attr(out, "x", l.x);
                if i > 0 {
                    attr(out, "dy", LABEL_LINE);
                }
                out.push('>');
                esc(out, line);
                out.push_str("</tspan>");
            }
        }
        out.push_str("</text>");
    }
    out.push_str("</g>");
}

/// The SVG of one page. `lanes` are the actors' names, for `data-lane`;
/// `numbers` the steps' printed numbers. The table's cell borders inside
/// the lane area are drawn here, since the drawing covers those cells.
pub fn page_svg(page: &Page, lanes: &[String], numbers: &[usize], label: &str) -> String {
    let (w, h) = (page.width - 1.0, page.height - 1.0);
    let mut out = String::with_capacity(2048 + 160 * (page.symbols.len() + page.arrows.len()));
    out.push_str("<svg class=\"sop-flow\"");
    attr(&mut out, "width", w);
    attr(&mut out, "height", h);
    out.push_str(" viewBox=\"0 0 ");
    num(&mut out, w);
    out.push(' ');
    num(&mut out, h);
    out.push_str("\" role=\"img\" aria-label=\"");
    esc(&mut out, label);
    out.push_str("\" font-family=\"'Sopgen Sans', 'Liberation Sans', Arial, sans-serif\"><g class=\"lanes\" fill=\"none\">");
    let lane_w = page.width / lanes.len().max(1) as f32;
    for (j, name) in lanes.iter().enumerate() {
        out.push_str("<rect class=\"lane\" data-lane=\"");
        esc(&mut out, name);
        out.push('"');
        attr(&mut out, "x", j as f32 * lane_w);
        out.push_str(" y=\"0\"");
        attr(&mut out, "width", lane_w);
        attr(&mut out, "height", h);
        out.push_str("/>");
    }
    // Cell borders: between lanes, and between rows (not across the
    // connector strips, which are one cell).
    let rows_top = page.rows.first().map_or(0.0, |r| r.0);
    let rows_bottom = page.rows.last().map_or(0.0, |r| r.0 + r.1);
    out.push_str(concat!(
        "<path class=\"grid\" stroke=\"",
        grid!(),
        "\" stroke-width=\"1\" d=\""
    ));
    for j in 1..lanes.len() {
        pt(&mut out, 'M', j as f32 * lane_w - 0.5, rows_top);
        out.push('V');
        num(&mut out, rows_bottom - 1.0);
    }
    let rule = |out: &mut String, y: f32| {
        pt(out, 'M', 0.0, y);
        out.push('H');
        num(out, w);
    };
    for (top, height) in &page.rows {
        let y = top + height - 0.5;
        if y < h - 0.1 {
            rule(&mut out, y);
        }
    }
    if page.top_spacer {
        rule(&mut out, rows_top - 0.5);
    }
    out.push_str("\"/></g>");
    out.push_str(concat!(
        "<g class=\"joins\" stroke=\"",
        ink!(),
        "\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\">"
    ));
    for j in &page.joins {
        out.push_str("<path class=\"join\" data-step=\"");
        node(&mut out, Node::Step(j.step), numbers);
        out.push_str("\" d=\"");
        pt(&mut out, 'M', j.x1, j.y);
        out.push('H');
        num(&mut out, j.x2);
        out.push_str("\"/>");
    }
    out.push_str(concat!(
        "</g><g class=\"arrows\" fill=\"none\" stroke=\"",
        ink!(),
        "\" stroke-width=\"1.3\">"
    ));
    for a in &page.arrows {
        arrow(&mut out, a, numbers);
    }
    out.push_str(concat!(
        "</g><g class=\"symbols\" fill=\"#fff\" stroke=\"",
        ink!(),
        "\" stroke-width=\"1.5\">"
    ));
    for s in &page.symbols {
        symbol(&mut out, s, numbers);
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::super::geometry::{FlowStep, Metrics, layout, strips};
    use super::super::table;
    use super::*;

    /// A flow that opens with a decision, skips a printed number, labels
    /// its exits in its own words and loops back with `lanjut`.
    fn sample() -> String {
        let mut steps: Vec<FlowStep> = [(1, 0), (2, 1), (4, 1), (5, 0), (6, 1)]
            .into_iter()
            .map(|(no, lane)| FlowStep::new(no, vec![lane]))
            .collect();
        steps[0].tidak = Some(3);
        steps[0].label_ya = Some("Lengkap".into());
        steps[0].label_tidak = Some("Tidak Lengkap".into());
        steps[3].lanjut = Some(1);
        let rows = vec![table::MIN_ROW; steps.len()];
        let split = table::paginate(&rows, 60.0, strips(&steps));
        let pages = layout(&steps, 2, Metrics::new(120.0, table::SPACER), &rows, &split);
        assert_eq!(pages.len(), 1);
        let numbers: Vec<usize> = steps.iter().map(|s| s.no).collect();
        page_svg(&pages[0], &["A".into(), "B".into()], &numbers, "x")
    }

    #[test]
    fn steps_and_arrows_carry_printed_numbers_and_branches() {
        let svg = sample();
        for attrs in [
            "<g class=\"sym decision\" data-step=\"1\">",
            "<g class=\"sym process\" data-step=\"4\">",
            "<g class=\"sym terminator\" data-step=\"6\">",
            "<g class=\"sym terminator\" data-start=\"mulai\">",
            "<g class=\"arrow\" data-from=\"mulai\" data-to=\"1\">",
            "<g class=\"arrow\" data-from=\"1\" data-to=\"2\" data-branch=\"ya\">",
            "<g class=\"arrow\" data-from=\"1\" data-to=\"5\" data-branch=\"tidak\">",
            "<g class=\"arrow\" data-from=\"5\" data-to=\"2\" data-branch=\"lanjut\">",
        ] {
            assert!(svg.contains(attrs), "{attrs} in {svg}");
        }
        // No step 3: its number is skipped, as the source prints it.
        assert!(!svg.contains("data-step=\"3\""));
        // A lanjut has no arrow to the next step and no label.
        assert!(!svg.contains("data-from=\"5\" data-to=\"6\""));
        let lanjut = svg.split("data-branch=\"lanjut\">").nth(1).unwrap();
        assert!(!lanjut.split("</g>").next().unwrap().contains("<text"));
        assert_eq!(svg.matches("class=\"sym terminator\"").count(), 2);
    }

    #[test]
    fn branch_labels_are_the_steps_own_words_at_11_px() {
        let svg = sample();
        let labels: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter(|t| t.contains("font-style=\"italic\""))
            .collect();
        assert_eq!(labels.len(), 2, "{svg}");
        for l in &labels {
            assert!(l.contains("font-size=\"11\""), "{l}");
        }
        let text: String = labels
            .iter()
            .map(|l| {
                let body = &l[l.find('>').unwrap() + 1..l.find("</text>").unwrap()];
                // Lines of a wrapped label are tspans: their words, spaced.
                body.split("</tspan>")
                    .map(|t| t.rsplit('>').next().unwrap())
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("|");
        assert!(
            text == "Lengkap|Tidak Lengkap" || text == "Tidak Lengkap|Lengkap",
            "{text}"
        );
        // "Mulai" is written in its terminator.
        assert!(svg.contains("<title>Mulai</title>"));
    }

    #[test]
    fn numbers_are_written_to_a_tenth() {
        let mut s = String::new();
        for v in [0.0, 12.0, 12.04, 12.06, -3.5, 102.5, 0.95] {
            num(&mut s, v);
            s.push(' ');
        }
        assert_eq!(s, "0 12 12 12.1 -3.5 102.5 1 ");
        for n in (0..20_000u64).chain([99_999, 100_000, 123_456_789, u64::MAX]) {
            let mut s = String::new();
            uint(&mut s, n);
            assert_eq!(s, n.to_string());
        }
        let mut e = String::new();
        esc(&mut e, "a&b<c>\"d\"é&");
        esc(&mut e, "");
        esc(&mut e, "Bagian Umum");
        assert_eq!(e, "a&amp;b&lt;c&gt;&quot;d&quot;é&amp;Bagian Umum");
    }
}
