//! A page of flowchart geometry written as inline SVG, with the class names
//! and data attributes FLOWCHART.md fixes for themes and tests.

use std::fmt::Write as _;

use super::geometry::{Arrow, Branch, Page, Shape, Symbol, Target};

const INK: &str = "#1b1f24";
/// Cell borders inside the lane area: lighter than the arrows, so that an
/// arrow running beside one is still told apart (also in black and white).
const GRID: &str = "#8a94a3";

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Rounds for output: a tenth of a pixel is plenty and keeps pages small.
fn n(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn symbol(out: &mut String, s: &Symbol) {
    let r = &s.rect;
    let class = match s.shape {
        Shape::Terminator => "terminator",
        Shape::Process => "process",
        Shape::Decision => "decision",
        Shape::Offpage => "offpage",
    };
    let _ = write!(out, "<g class=\"sym {class}\"");
    if let Some(step) = s.step {
        let _ = write!(out, " data-step=\"{}\"", step + 1);
    }
    if let Some(label) = &s.label {
        let _ = write!(out, " data-label=\"{}\"", esc(label));
    }
    if s.end {
        out.push_str(" data-end=\"selesai\"");
    }
    out.push('>');
    let stroke = format!("fill=\"#fff\" stroke=\"{INK}\" stroke-width=\"1.5\"");
    match s.shape {
        Shape::Terminator => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" {stroke}/>",
                n(r.x),
                n(r.y),
                n(r.w),
                n(r.h),
                n(r.h / 2.0)
            );
            if s.end {
                let _ = write!(
                    out,
                    "<title>Selesai</title><text x=\"{}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\" fill=\"{INK}\">Selesai</text>",
                    n(r.cx()),
                    n(r.cy() + 3.0)
                );
            }
        }
        Shape::Process => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {stroke}/>",
                n(r.x),
                n(r.y),
                n(r.w),
                n(r.h)
            );
        }
        Shape::Decision => {
            let _ = write!(
                out,
                "<path d=\"M{} {}L{} {}L{} {}L{} {}Z\" {stroke}/>",
                n(r.cx()),
                n(r.y),
                n(r.right()),
                n(r.cy()),
                n(r.cx()),
                n(r.bottom()),
                n(r.x),
                n(r.cy())
            );
        }
        Shape::Offpage => {
            // Home plate: square top, point at the bottom.
            let shoulder = r.y + r.h * 0.6;
            let _ = write!(
                out,
                "<path d=\"M{} {}L{} {}L{} {}L{} {}L{} {}Z\" {stroke}/>",
                n(r.x),
                n(r.y),
                n(r.right()),
                n(r.y),
                n(r.right()),
                n(shoulder),
                n(r.cx()),
                n(r.bottom()),
                n(r.x),
                n(shoulder)
            );
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"9\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
                n(r.cx()),
                n(r.y + r.h * 0.55),
                esc(s.label.as_deref().unwrap_or(""))
            );
        }
    }
    out.push_str("</g>");
}

/// The arrowhead at the end of `points`, pointing along the last segment.
fn head(points: &[(f32, f32)]) -> String {
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
    format!(
        "M{} {}L{} {}L{} {}Z",
        n(x),
        n(y),
        n(bx - uy * w),
        n(by + ux * w),
        n(bx + uy * w),
        n(by - ux * w)
    )
}

fn arrow(out: &mut String, a: &Arrow) {
    let to = match a.to {
        Target::Step(t) => (t + 1).to_string(),
        Target::End => "selesai".to_string(),
    };
    let _ = write!(
        out,
        "<g class=\"arrow\" data-from=\"{}\" data-to=\"{to}\"",
        a.from + 1
    );
    if let Some(b) = a.branch {
        let _ = write!(
            out,
            " data-branch=\"{}\"",
            if b == Branch::Ya { "ya" } else { "tidak" }
        );
    }
    if let Some(via) = &a.via {
        let _ = write!(out, " data-via=\"{}\"", esc(via));
    }
    out.push('>');
    let mut d = String::new();
    for (i, (x, y)) in a.points.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if i == 0 { "M" } else { "L" }, n(*x), n(*y));
    }
    let _ = write!(
        out,
        "<path d=\"{d}\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"1.2\"/>"
    );
    let _ = write!(
        out,
        "<path class=\"head\" d=\"{}\" fill=\"{INK}\"/>",
        head(&a.points)
    );
    if let (Some(b), Some((x, y, end))) = (a.branch, a.label) {
        let text = if b == Branch::Ya { "Ya" } else { "Tidak" };
        let anchor = if end { "end" } else { "start" };
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"9\" font-style=\"italic\" text-anchor=\"{anchor}\" fill=\"{INK}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{text}</text>",
            n(x),
            n(y)
        );
    }
    out.push_str("</g>");
}

/// The SVG of one page. `lanes` are the actors' names, for `data-lane`.
/// The table's cell borders inside the lane area are drawn here, since the
/// drawing covers those cells.
pub fn page_svg(page: &Page, lanes: &[String], label: &str) -> String {
    let (w, h) = (page.width - 1.0, page.height - 1.0);
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        "<svg class=\"sop-flow\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" font-family=\"'Sopgen Sans', 'Liberation Sans', Arial, sans-serif\">",
        n(w),
        n(h),
        n(w),
        n(h),
        esc(label)
    );
    let lane_w = page.width / lanes.len().max(1) as f32;
    out.push_str("<g class=\"lanes\">");
    for (j, name) in lanes.iter().enumerate() {
        let _ = write!(
            out,
            "<rect class=\"lane\" data-lane=\"{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"none\"/>",
            esc(name),
            n(j as f32 * lane_w),
            n(lane_w),
            n(h)
        );
    }
    // Cell borders: between lanes, and between rows (not across the
    // connector strips, which are one cell).
    let mut grid = String::new();
    let rows_top = page.rows.first().map_or(0.0, |r| r.0);
    let rows_bottom = page.rows.last().map_or(0.0, |r| r.0 + r.1);
    for j in 1..lanes.len() {
        let x = j as f32 * lane_w - 0.5;
        let _ = write!(grid, "M{} {}V{}", n(x), n(rows_top), n(rows_bottom - 1.0));
    }
    for (top, height) in &page.rows {
        let y = top + height - 0.5;
        if y < h - 0.1 {
            let _ = write!(grid, "M0 {}H{}", n(y), n(w));
        }
    }
    if page.top_spacer {
        let _ = write!(grid, "M0 {}H{}", n(rows_top - 0.5), n(w));
    }
    if !grid.is_empty() {
        let _ = write!(
            out,
            "<path class=\"grid\" d=\"{grid}\" stroke=\"{GRID}\" stroke-width=\"1\" fill=\"none\"/>"
        );
    }
    out.push_str("</g>");
    for j in &page.joins {
        let _ = write!(
            out,
            "<path class=\"join\" data-step=\"{}\" d=\"M{} {}H{}\" stroke=\"{INK}\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>",
            j.step + 1,
            n(j.x1),
            n(j.y),
            n(j.x2)
        );
    }
    for a in &page.arrows {
        arrow(&mut out, a);
    }
    for s in &page.symbols {
        symbol(&mut out, s);
    }
    out.push_str("</svg>");
    out
}
