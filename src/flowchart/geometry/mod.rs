//! The flowchart as pure geometry: where each symbol sits and how each
//! arrow runs, page by page. No SVG: numbers only (and the branch labels'
//! text, measured with the theme font), so that the invariants (no
//! overlap, no arrow through a symbol, every arrow ending on its target's
//! border, arrows crossing only where they must) can be checked directly.
//!
//! Lanes are columns of equal width; rows are the table's rows. Symbols sit
//! in the middle of their cell, leaving a margin on each side of a lane for
//! the vertical channels (tracks) that loops and jumps run in, and a gap
//! above and below for the arrows between consecutive steps.
//!
//! `build` places the symbols and the arrows straight down, `side` the
//! arrows that leave a symbol sideways (returns, jumps, `lanjut`),
//! choosing among candidate routes the one crossing fewest arrows, with
//! `strip` placing the off-page connectors they need; `labels` puts the
//! branch labels where they have room; `cross` counts crossings;
//! `occupancy` keeps arrows from running along each other.

mod build;
mod cross;
mod labels;
mod model;
mod occupancy;
mod side;
mod strip;

use build::Builder;
pub use build::{TERMINAL_TEXT, terminal_word};
pub use cross::crossings;

use std::ops::Range;

pub use model::*;

/// Lays out the flowchart of `steps` over `lanes` lanes, with the table's
/// row heights and its split into pages (which must leave room for the
/// strips [`strips`] asks for).
pub fn layout(
    steps: &[FlowStep],
    lanes: usize,
    m: Metrics,
    rows: &[f32],
    pages: &[Range<usize>],
) -> Vec<Page> {
    let lanes = lanes.max(1);
    let all = edges(steps);
    let (start_strip, end_strip) = strips(steps);
    let mut out = Vec::with_capacity(pages.len());
    for (p, range) in pages.iter().enumerate() {
        let last = p + 1 == pages.len();
        let top_spacer = p > 0 || start_strip;
        let bottom_spacer = !last || end_strip;
        let mut y = if top_spacer { m.spacer } else { 0.0 };
        let mut row_boxes = Vec::with_capacity(range.len());
        for i in range.clone() {
            row_boxes.push((y, rows[i]));
            y += rows[i];
        }
        let height = y + if bottom_spacer { m.spacer } else { 0.0 };
        // Room for a symbol an actor and an arrow a step, and a few more
        // (connectors, terminators, second exits).
        let actors: usize = steps[range.clone()].iter().map(|s| s.actors.len()).sum();
        out.push(Page {
            steps: range.clone(),
            width: lanes as f32 * m.lane,
            height,
            top_spacer,
            bottom_spacer,
            rows: row_boxes,
            symbols: Vec::with_capacity(actors + 4),
            arrows: Vec::with_capacity(range.len() + 4),
            joins: Vec::new(),
        });
    }
    let settings = labels::Settings::new(steps);
    let mut b = Builder::new(steps, &settings, m, lanes, out);
    b.place_symbols();
    if start_strip {
        b.place_start();
    }
    // A flow to the next step (or the end) leaves from the bottom, one a
    // step; the others leave from a side.
    let mut side = Vec::new();
    for e in &all {
        let down = match e.to {
            Node::Step(t) => t == e.from + 1,
            Node::End | Node::Start => true,
        };
        if down && !b.has_bottom_exit(e.from) {
            b.route_down(e.from, e.to, e.branch);
        } else {
            b.side_exit[e.from] = true;
            side.push(*e);
        }
    }
    let b = side::route_all(b, side);
    let mut pages = b.pages;
    labels::place(&mut pages, &settings);
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_strip_is_there_when_an_edge_goes_to_the_end() {
        // Every last step of one to three steps: plain, a decision, with
        // `lanjut`, with its own "Ya".
        let kinds = |n: usize| {
            let mut out = Vec::new();
            for tidak in [None, Some(0)] {
                for ya in [None, Some(0)] {
                    for lanjut in [None, Some(0)] {
                        let mut s = FlowStep::new(n, vec![0]);
                        s.tidak = tidak;
                        s.ya = ya;
                        s.lanjut = lanjut;
                        out.push(s);
                    }
                }
            }
            out
        };
        for n in 1..=3 {
            for first in kinds(1) {
                for last in kinds(n) {
                    let mut steps: Vec<FlowStep> =
                        (1..n).map(|k| FlowStep::new(k, vec![0])).collect();
                    steps.push(last.clone());
                    steps[0] = if n == 1 { last.clone() } else { first.clone() };
                    let end = edges(&steps).iter().any(|e| e.to == Node::End);
                    assert_eq!(strips(&steps).1, end, "{steps:?}");
                }
            }
        }
        assert_eq!(strips(&[]), (false, false));
    }
}
