//! The shapes of the geometry that every part shares: symbols, arrows,
//! labels, pages, and how a flow's steps connect. A leaf of `geometry`:
//! the parts (`build`, `side`, `labels`, `cross`) use it, and it uses none
//! of them.

use std::ops::Range;

use super::super::text::{self, Weight};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Terminator,
    Process,
    Decision,
    Offpage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Branch {
    Ya,
    Tidak,
    /// A non-decision step's flow to a step other than the next.
    Lanjut,
}

/// An end of an arrow: a step, or the start or end of the procedure (the
/// "Mulai" and "Selesai" terminators that are no step).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Start,
    Step(usize),
    End,
}

/// A step as the flowchart sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowStep {
    /// The number printed in the table's No column.
    pub no: usize,
    /// Lanes (indices of the SOP's pelaksana), at least one, in the order
    /// the SOP names them.
    pub actors: Vec<usize>,
    /// 0-based target of "Tidak": makes the step a decision.
    pub tidak: Option<usize>,
    /// 0-based target of "Ya" when not the next step.
    pub ya: Option<usize>,
    /// 0-based target of a non-decision step's flow when not the next step.
    pub lanjut: Option<usize>,
    /// The visible text of a decision's exits; "Ya" / "Tidak" when absent.
    pub label_ya: Option<String>,
    pub label_tidak: Option<String>,
}

impl FlowStep {
    /// A plain step numbered `no`, done by `actors`, flowing to the next.
    pub fn new(no: usize, actors: Vec<usize>) -> FlowStep {
        FlowStep {
            no,
            actors,
            tidak: None,
            ya: None,
            lanjut: None,
            label_ya: None,
            label_tidak: None,
        }
    }

    pub fn is_decision(&self) -> bool {
        self.tidak.is_some()
    }

    /// The visible label of a decision's exit.
    pub fn label(&self, branch: Branch) -> Option<&str> {
        match branch {
            Branch::Ya => Some(self.label_ya.as_deref().unwrap_or("Ya")),
            Branch::Tidak => Some(self.label_tidak.as_deref().unwrap_or("Tidak")),
            Branch::Lanjut => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub(crate) fn centered(cx: f32, cy: f32, w: f32, h: f32) -> Rect {
        Rect {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
    }
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
    pub fn cy(&self) -> f32 {
        self.y + self.h / 2.0
    }
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Whether the insides of the two rectangles meet.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Symbol {
    pub shape: Shape,
    /// 0-based step, for the symbols of steps.
    pub step: Option<usize>,
    /// The letter of an off-page connector.
    pub label: Option<String>,
    /// `Node::Start` or `Node::End` for the "Mulai" and "Selesai"
    /// terminators that belong to no step.
    pub terminal: Option<Node>,
    pub lane: Option<usize>,
    pub rect: Rect,
}

impl Symbol {
    /// Whether the inside of the symbol's outline meets `r`: the diamond
    /// of a decision, the box of the others.
    pub fn meets(&self, r: &Rect) -> bool {
        let s = &self.rect;
        if !s.overlaps(r) {
            return false;
        }
        if self.shape != Shape::Decision {
            return true;
        }
        // The point of `r` nearest the middle, in each axis apart: the
        // diamond |dx|/hw + |dy|/hh < 1 is smallest there.
        let dx = (s.cx() - s.cx().clamp(r.x, r.right())).abs();
        let dy = (s.cy() - s.cy().clamp(r.y, r.bottom())).abs();
        dx / (s.w / 2.0) + dy / (s.h / 2.0) < 1.0
    }
}

/// The size of the branch labels, in px: 11 px on screen is 8.25 pt on
/// paper (the SVG is not scaled in print), above the 7 pt minimum.
pub const LABEL_SIZE: f32 = 11.0;

/// The distance between the baselines of a label's two lines.
pub const LABEL_LINE: f32 = 12.0;

/// A branch label ("Ya", "Tidak" or the step's own words), on one line or,
/// when long and short of room, two or three.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub lines: Vec<String>,
    /// The start of the first line's baseline (its end when `end`).
    pub x: f32,
    pub y: f32,
    /// Anchored at its end (`text-anchor="end"`).
    pub end: bool,
}

impl Label {
    /// The words of the label.
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// The box the label's glyphs and their white halo cover: the font's
    /// advance widths, caps and descenders, and the lean of the italic.
    pub fn rect(&self) -> Rect {
        let w = self
            .lines
            .iter()
            .map(|l| text::width(l, LABEL_SIZE, Weight::Regular))
            .fold(0.0, f32::max)
            + 0.2 * LABEL_SIZE;
        let halo = 1.5;
        let x = if self.end { self.x - w } else { self.x };
        let extra = (self.lines.len().max(1) - 1) as f32 * LABEL_LINE;
        Rect {
            x: x - halo,
            y: self.y - 0.75 * LABEL_SIZE - halo,
            w: w + 2.0 * halo,
            h: 0.97 * LABEL_SIZE + extra + 2.0 * halo,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    pub from: Node,
    pub to: Node,
    /// Set on a decision's exits and on a `lanjut` (on the half leaving the
    /// step when the flow continues on another page).
    pub branch: Option<Branch>,
    /// The connector letter, when the flow crosses pages.
    pub via: Option<String>,
    /// Indices into the page's symbols of the arrow's two ends.
    pub start: usize,
    pub end: usize,
    /// An orthogonal polyline; the last point is on the end symbol's border.
    pub points: Vec<(f32, f32)>,
    /// The branch label of a decision's exit.
    pub label: Option<Label>,
}

/// A line joining the symbols of a step done by several actors.
#[derive(Debug, Clone, PartialEq)]
pub struct Join {
    pub step: usize,
    pub y: f32,
    pub x1: f32,
    pub x2: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub steps: Range<usize>,
    pub width: f32,
    pub height: f32,
    pub top_spacer: bool,
    pub bottom_spacer: bool,
    /// Top of each row of `steps`, and its height.
    pub rows: Vec<(f32, f32)>,
    pub symbols: Vec<Symbol>,
    pub arrows: Vec<Arrow>,
    pub joins: Vec<Join>,
}

/// Sizes of the drawing, from the lane width.
#[derive(Debug, Clone, Copy)]
pub struct Metrics {
    pub lane: f32,
    pub spacer: f32,
    pub process: (f32, f32),
    pub decision: (f32, f32),
    pub offpage: (f32, f32),
    /// Distance of the first track from a lane boundary.
    pub first_track: f32,
    /// Distance between neighbouring tracks of a channel.
    pub track_step: f32,
    /// Tracks on each side of a lane boundary.
    pub tracks: usize,
    /// Where an arrow between consecutive rows turns, below the row's top.
    pub turn: f32,
    /// Entry points on a symbol's side, as offsets from its middle.
    pub slots: [f32; 5],
}

impl Metrics {
    pub fn new(lane: f32, spacer: f32) -> Metrics {
        // The margins beside the symbols hold the tracks: a fifth of the
        // lane on each side, within reason.
        let margin = (lane * 0.22).clamp(10.0, 15.0);
        let process = ((lane - 2.0 * margin).min(64.0), 24.0);
        let decision = ((lane - 2.0 * margin).min(46.0), 32.0);
        let free = (lane - process.0.max(decision.0)) / 2.0;
        // Tracks keep clear of the lane's border line and of the symbols
        // (a line closer than 5 px to a box seems to belong to it).
        let (first_track, track_step) = (4.0, 2.5);
        let tracks =
            (((free - 5.0 - first_track) / track_step).floor().max(0.0) as usize + 1).max(1);
        Metrics {
            lane,
            spacer,
            process,
            decision,
            offpage: (16.0, 16.0),
            first_track,
            track_step,
            tracks,
            turn: 6.0,
            slots: [0.0, -6.0, 6.0, -11.0, 11.0],
        }
    }
}

/// One flow of the procedure: from a step to a step or to the end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub from: usize,
    pub to: Node,
    pub branch: Option<Branch>,
}

/// The edges of the flow, in order. A one-step procedure flows from its
/// step (the start) into a "Selesai" terminator of its own, as does a last
/// step that is a decision through its "Ya".
pub fn edges(steps: &[FlowStep]) -> Vec<Edge> {
    let n = steps.len();
    let next = |i: usize| {
        if i + 1 < n {
            Some(Node::Step(i + 1))
        } else {
            None
        }
    };
    let decisions = steps.iter().filter(|s| s.is_decision()).count();
    let mut out = Vec::with_capacity(n + decisions);
    for (i, s) in steps.iter().enumerate() {
        let edge = |to, branch| Edge {
            from: i,
            to,
            branch,
        };
        if let Some(t) = s.tidak {
            let ya = s.ya.map(Node::Step).or(next(i)).unwrap_or(Node::End);
            out.push(edge(ya, Some(Branch::Ya)));
            out.push(edge(Node::Step(t), Some(Branch::Tidak)));
        } else if let Some(t) = s.lanjut {
            out.push(edge(Node::Step(t), Some(Branch::Lanjut)));
        } else if let Some(to) = next(i) {
            out.push(edge(to, None));
        } else if n == 1 {
            out.push(edge(Node::End, None));
        }
    }
    out
}

/// Whether the first page needs a strip above its rows (for the "Mulai"
/// terminator of a procedure that opens with a decision) and the last page
/// one below them (for a "Selesai" terminator that is no step).
pub fn strips(steps: &[FlowStep]) -> (bool, bool) {
    let start = steps.first().is_some_and(FlowStep::is_decision);
    // As `edges` has it: only the last step can flow to the end, through
    // the "Ya" of a decision going nowhere else, or as the only step.
    let end = steps.last().is_some_and(|s| {
        if s.is_decision() {
            s.ya.is_none()
        } else {
            s.lanjut.is_none() && steps.len() == 1
        }
    });
    (start, end)
}

/// The lane of the terminator of step `i`, when it has one.
///
/// SOP-AP draws exactly one start and one end terminator. The first and
/// the last step are terminators unless they are decisions: then a
/// "Mulai" terminator of its own stands above the first step (in this
/// lane), and a last decision's "Ya" leads to a "Selesai" of its own. A
/// one-step procedure's step is the start, and flows into a "Selesai". A
/// last step with `lanjut` stays the end terminator (the last row of the
/// form), its flow leaving from its side. When the step has several
/// actors, the terminator is drawn in the lane nearest the neighbouring
/// step (where the flow leaves the first step, or reaches the last), the
/// others get a process box joined to it. (A last decision whose "Ya"
/// goes back to an earlier step leaves the procedure without an end: no
/// "Selesai" is drawn for a flow that never gets there.)
pub fn terminal_lane(steps: &[FlowStep], i: usize) -> Option<usize> {
    let n = steps.len();
    let first = i == 0;
    let last = i + 1 == n && n > 1;
    if !(first || last) {
        return None;
    }
    if steps[i].is_decision() && !first {
        return None;
    }
    let neighbour = if first { 1 } else { i - 1 };
    if neighbour >= n {
        return steps[i].actors.first().copied();
    }
    Some(nearest_lanes(&steps[i].actors, &steps[neighbour].actors).0)
}

/// The lanes of `a` and `b` nearest each other (the leftmost such pair).
pub fn nearest_lanes(a: &[usize], b: &[usize]) -> (usize, usize) {
    let sorted = |v: &[usize]| {
        let mut v = v.to_vec();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (a, b) = (sorted(a), sorted(b));
    let mut best = (a[0], b[0]);
    for &x in &a {
        for &y in &b {
            if x.abs_diff(y) < best.0.abs_diff(best.1) {
                best = (x, y);
            }
        }
    }
    best
}

/// The shape of step `i`'s symbol in `lane`.
pub fn shape_at(steps: &[FlowStep], i: usize, lane: usize) -> Shape {
    if steps[i].is_decision() {
        Shape::Decision
    } else if terminal_lane(steps, i) == Some(lane) {
        Shape::Terminator
    } else {
        Shape::Process
    }
}

/// The x where a horizontal line at `dy` from the middle meets the side of
/// a symbol: its border, so arrows end exactly on it.
pub fn side_x(shape: Shape, r: &Rect, side_right: bool, dy: f32) -> f32 {
    let half = r.w / 2.0;
    let reach = match shape {
        Shape::Decision => half * (1.0 - dy.abs() / (r.h / 2.0)),
        Shape::Terminator => {
            let radius = r.h / 2.0;
            half - radius + (radius * radius - dy * dy).max(0.0).sqrt()
        }
        Shape::Process | Shape::Offpage => half,
    };
    if side_right {
        r.cx() + reach
    } else {
        r.cx() - reach
    }
}
