//! The flowchart as pure geometry: where each symbol sits and how each
//! arrow runs, page by page. No text, no SVG: numbers only, so that the
//! invariants (no overlap, no arrow through a symbol, every arrow ending on
//! its target's border) can be checked directly.
//!
//! Lanes are columns of equal width; rows are the table's rows. Symbols sit
//! in the middle of their cell, leaving a margin on each side of a lane for
//! the vertical channels (tracks) that loops and jumps run in, and a gap
//! above and below for the arrows between consecutive steps.

use std::collections::HashMap;
use std::ops::Range;

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// A step as the flowchart sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowStep {
    /// Lanes (indices of the SOP's pelaksana), at least one.
    pub actors: Vec<usize>,
    /// 0-based target of "Tidak": makes the step a decision.
    pub tidak: Option<usize>,
    /// 0-based target of "Ya" when not the next step.
    pub ya: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    fn centered(cx: f32, cy: f32, w: f32, h: f32) -> Rect {
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct Symbol {
    pub shape: Shape,
    /// 0-based step, for the symbols of steps.
    pub step: Option<usize>,
    /// The letter of an off-page connector.
    pub label: Option<String>,
    /// The "Selesai" terminator a last-step decision's "Ya" leads to.
    pub end: bool,
    pub lane: Option<usize>,
    pub rect: Rect,
}

/// Where an arrow leads: a step, or the end of the procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Step(usize),
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    /// 0-based step the flow leaves.
    pub from: usize,
    pub to: Target,
    /// Set on a decision's exits (on the half leaving the decision when the
    /// flow continues on another page).
    pub branch: Option<Branch>,
    /// The connector letter, when the flow crosses pages.
    pub via: Option<String>,
    /// Indices into the page's symbols of the arrow's two ends.
    pub start: usize,
    pub end: usize,
    /// An orthogonal polyline; the last point is on the end symbol's border.
    pub points: Vec<(f32, f32)>,
    /// Where the branch label sits (its baseline start) and how it is anchored.
    pub label: Option<(f32, f32, bool)>,
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
        // Tracks keep clear of the lane's border line and of the symbols.
        let (first_track, track_step) = (4.0, 2.5);
        let tracks = (((free - 1.5 - first_track) / track_step).floor() as usize + 1).max(1);
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

/// The edges of the flow, in order.
fn edges(steps: &[FlowStep]) -> Vec<(usize, Target, Option<Branch>)> {
    let n = steps.len();
    let mut out = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        if let Some(t) = s.tidak {
            let ya = match s.ya {
                Some(y) => Target::Step(y),
                None if i + 1 < n => Target::Step(i + 1),
                None => Target::End,
            };
            out.push((i, ya, Some(Branch::Ya)));
            out.push((i, Target::Step(t), Some(Branch::Tidak)));
        } else if i + 1 < n {
            out.push((i, Target::Step(i + 1), None));
        }
    }
    out
}

pub fn shape_of(steps: &[FlowStep], i: usize) -> Shape {
    if steps[i].tidak.is_some() {
        Shape::Decision
    } else if i == 0 || i + 1 == steps.len() {
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

/// What is taken on a page: segments of arrows (so that no two run along
/// each other), entry points on symbols' sides, and symbols.
#[derive(Default)]
struct Occupancy {
    /// Vertical segments by x: their spans.
    vertical: HashMap<i64, Vec<(f32, f32)>>,
    /// Horizontal segments by y: their spans.
    horizontal: HashMap<i64, Vec<(f32, f32)>>,
    /// Entry offsets taken on (symbol, right side).
    slots: HashMap<(usize, bool), Vec<f32>>,
}

/// Whether span a–b keeps clear (by `gap`) of every span in `spans`.
fn clear(spans: Option<&Vec<(f32, f32)>>, a: f32, b: f32, gap: f32) -> bool {
    let (lo, hi) = (a.min(b) - gap, a.max(b) + gap);
    spans.is_none_or(|spans| spans.iter().all(|&(s, e)| e < lo || s > hi))
}

impl Occupancy {
    fn v_free(&self, x: f32, a: f32, b: f32) -> bool {
        clear(self.vertical.get(&key(x)), a, b, 4.0)
    }
    fn h_free(&self, y: f32, a: f32, b: f32) -> bool {
        clear(self.horizontal.get(&key(y)), a, b, 3.0)
    }
    /// Records the segments of a polyline.
    fn take(&mut self, points: &[(f32, f32)]) {
        for w in points.windows(2) {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            if (x0 - x1).abs() < 0.01 {
                self.vertical
                    .entry(key(x0))
                    .or_default()
                    .push((y0.min(y1), y0.max(y1)));
            } else {
                self.horizontal
                    .entry(key(y0))
                    .or_default()
                    .push((x0.min(x1), x0.max(x1)));
            }
        }
    }
    /// A free entry offset on a side of symbol `sym`, among `offsets`.
    fn free_slot(&self, sym: usize, right: bool, offsets: &[f32]) -> Option<f32> {
        let used = self.slots.get(&(sym, right));
        offsets
            .iter()
            .copied()
            .find(|o| used.is_none_or(|u| !u.contains(o)))
    }
    fn take_slot(&mut self, sym: usize, right: bool, offset: f32) {
        self.slots.entry((sym, right)).or_default().push(offset);
    }
}

fn key(x: f32) -> i64 {
    (x * 100.0).round() as i64
}

struct Builder<'a> {
    steps: &'a [FlowStep],
    m: Metrics,
    lanes: usize,
    page_of: Vec<usize>,
    pages: Vec<Page>,
    occ: Vec<Occupancy>,
    /// Symbol indices of each step's instances, by lane, on its page.
    instances: Vec<Vec<(usize, usize)>>,
    letters: usize,
}

fn letter(n: usize) -> String {
    let mut n = n;
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s
}

/// How a flow reaches the side of a symbol from a track: the target
/// symbol, the entry offset and point.
struct Entry {
    sym: usize,
    right: bool,
    dy: f32,
    at: (f32, f32),
}

/// A connector in a page's strip and the level its link turns at.
struct StripLink {
    x: f32,
    level: f32,
}

/// Lays out the flowchart of `steps` over `lanes` lanes, with the table's
/// row heights and its split into pages.
pub fn layout(
    steps: &[FlowStep],
    lanes: usize,
    m: Metrics,
    rows: &[f32],
    pages: &[Range<usize>],
) -> Vec<Page> {
    let lanes = lanes.max(1);
    let all_edges = edges(steps);
    let has_end = all_edges.iter().any(|e| e.1 == Target::End);
    let mut page_of = vec![0; steps.len()];
    let mut out = Vec::with_capacity(pages.len());
    for (p, range) in pages.iter().enumerate() {
        for i in range.clone() {
            page_of[i] = p;
        }
        let last = p + 1 == pages.len();
        let top_spacer = p > 0;
        let bottom_spacer = !last || has_end;
        let mut y = if top_spacer { m.spacer } else { 0.0 };
        let mut row_boxes = Vec::with_capacity(range.len());
        for i in range.clone() {
            row_boxes.push((y, rows[i]));
            y += rows[i];
        }
        let height = y + if bottom_spacer { m.spacer } else { 0.0 };
        out.push(Page {
            steps: range.clone(),
            width: lanes as f32 * m.lane,
            height,
            top_spacer,
            bottom_spacer,
            rows: row_boxes,
            symbols: Vec::new(),
            arrows: Vec::new(),
            joins: Vec::new(),
        });
    }
    let mut b = Builder {
        steps,
        m,
        lanes,
        page_of,
        occ: (0..out.len()).map(|_| Occupancy::default()).collect(),
        pages: out,
        instances: vec![Vec::new(); steps.len()],
        letters: 0,
    };
    b.place_symbols();
    // Exits: a branch to the next step (or the end) leaves from the bottom;
    // the others from the sides.
    let mut routed = Vec::new();
    for &(from, to, branch) in &all_edges {
        let down = match to {
            Target::End => true,
            Target::Step(t) => t == from + 1,
        };
        let bottom_taken = routed.iter().any(|&(f, _, _, bottom)| f == from && bottom);
        routed.push((from, to, branch, down && !bottom_taken));
    }
    // Side exits: "tidak" leaves from the right, a sideways "ya" from the
    // left (or the right when it is the only one). Their points are
    // reserved first, so that no arrow arriving at the decision takes them.
    let mut sides: HashMap<(usize, Option<Branch>), Side> = HashMap::new();
    for &(from, _, branch, bottom) in &routed {
        if bottom {
            continue;
        }
        let both = routed.iter().filter(|r| r.0 == from && !r.3).count() == 2;
        let side = if both && branch == Some(Branch::Ya) {
            Side::Left
        } else {
            Side::Right
        };
        b.set_exit(from, side, true);
        sides.insert((from, branch), side);
    }
    // Side routes are placed shortest first, so short loops get the tracks
    // nearest the symbols and long ones go around them.
    let span = |&(f, t, _, _): &(usize, Target, Option<Branch>, bool)| match t {
        Target::Step(t) => f.abs_diff(t),
        Target::End => 0,
    };
    routed.sort_by_key(|r| (!r.3, span(r)));
    for (from, to, branch, bottom) in routed {
        if bottom {
            b.route_down(from, to, branch);
        } else if let Target::Step(t) = to {
            b.route_side(from, t, branch, sides[&(from, branch)]);
        }
    }
    b.pages
}

impl Builder<'_> {
    fn place_symbols(&mut self) {
        for page in self.pages.iter_mut() {
            for (k, i) in page.steps.clone().enumerate() {
                let (top, h) = page.rows[k];
                let cy = top + h / 2.0;
                let shape = shape_of(self.steps, i);
                let (w, sh) = if shape == Shape::Decision {
                    self.m.decision
                } else {
                    self.m.process
                };
                let mut lanes = self.steps[i].actors.clone();
                lanes.sort_unstable();
                lanes.dedup();
                for &lane in &lanes {
                    let cx = (lane as f32 + 0.5) * self.m.lane;
                    page.symbols.push(Symbol {
                        shape,
                        step: Some(i),
                        label: None,
                        end: false,
                        lane: Some(lane),
                        rect: Rect::centered(cx, cy, w, sh),
                    });
                    self.instances[i].push((lane, page.symbols.len() - 1));
                }
                let placed = &self.instances[i];
                for pair in placed.windows(2) {
                    let (l, r) = (&page.symbols[pair[0].1], &page.symbols[pair[1].1]);
                    page.joins.push(Join {
                        step: i,
                        y: cy,
                        x1: side_x(shape, &l.rect, true, 0.0),
                        x2: side_x(shape, &r.rect, false, 0.0),
                    });
                }
            }
        }
    }

    /// The instances of `a` and `b` whose lanes are nearest each other.
    fn nearest_pair(&self, a: usize, b: usize) -> ((usize, usize), (usize, usize)) {
        let mut best = (self.instances[a][0], self.instances[b][0]);
        for &x in &self.instances[a] {
            for &y in &self.instances[b] {
                if x.0.abs_diff(y.0) < best.0.0.abs_diff(best.1.0) {
                    best = (x, y);
                }
            }
        }
        best
    }

    fn next_letter(&mut self) -> String {
        let l = letter(self.letters);
        self.letters += 1;
        l
    }

    fn add_connector(&mut self, page: usize, bottom: bool, x: f32, label: &str) -> usize {
        let pg = &mut self.pages[page];
        let cy = if bottom {
            pg.height - self.m.spacer / 2.0
        } else {
            self.m.spacer / 2.0
        };
        let (w, h) = self.m.offpage;
        pg.symbols.push(Symbol {
            shape: Shape::Offpage,
            step: None,
            label: Some(label.to_string()),
            end: false,
            lane: None,
            rect: Rect::centered(x, cy, w, h),
        });
        pg.symbols.len() - 1
    }

    fn sym(&self, page: usize, i: usize) -> &Symbol {
        &self.pages[page].symbols[i]
    }

    /// A flow straight down: from the bottom of step `from` into the top of
    /// the next step (or an off-page connector, or the end terminator).
    fn route_down(&mut self, from: usize, to: Target, branch: Option<Branch>) {
        let p = self.page_of[from];
        let (src_lane, src) = match to {
            Target::Step(t) => self.nearest_pair(from, t).0,
            Target::End => self.instances[from][0],
        };
        let s = self.sym(p, src).rect;
        let start = (s.cx(), s.bottom());
        let label = branch.map(|_| (s.cx() + 4.0, s.bottom() + 11.0, false));
        match to {
            Target::End => {
                let (w, h) = self.m.process;
                let pg = &mut self.pages[p];
                let cy = pg.height - self.m.spacer / 2.0;
                pg.symbols.push(Symbol {
                    shape: Shape::Terminator,
                    step: None,
                    label: None,
                    end: true,
                    lane: Some(src_lane),
                    rect: Rect::centered(s.cx(), cy, w, h),
                });
                let end = pg.symbols.len() - 1;
                let top = pg.symbols[end].rect.y;
                pg.arrows.push(Arrow {
                    from,
                    to,
                    branch,
                    via: None,
                    start: src,
                    end,
                    points: vec![start, (s.cx(), top)],
                    label,
                });
            }
            Target::Step(t) if self.page_of[t] == p => {
                let (_, (_, dst)) = self.nearest_pair(from, t);
                let d = self.sym(p, dst).rect;
                let k = t - self.pages[p].steps.start;
                let turn = self.pages[p].rows[k].0 + self.m.turn;
                let points = if (d.cx() - s.cx()).abs() < 0.01 {
                    vec![start, (d.cx(), d.y)]
                } else {
                    vec![start, (s.cx(), turn), (d.cx(), turn), (d.cx(), d.y)]
                };
                self.commit(
                    p,
                    Arrow {
                        from,
                        to,
                        branch,
                        via: None,
                        start: src,
                        end: dst,
                        points,
                        label,
                    },
                );
            }
            Target::Step(t) => {
                // Across a page break: into a connector at the bottom of this
                // page, out of its twin at the top of the next.
                let letter = self.next_letter();
                let c = self.add_connector(p, true, s.cx(), &letter);
                let ctop = self.sym(p, c).rect.y;
                self.commit(
                    p,
                    Arrow {
                        from,
                        to,
                        branch,
                        via: Some(letter.clone()),
                        start: src,
                        end: c,
                        points: vec![start, (s.cx(), ctop)],
                        label,
                    },
                );
                let q = self.page_of[t];
                let (_, (_, dst)) = self.nearest_pair(from, t);
                let d = self.sym(q, dst).rect;
                let c2 = self.add_connector(q, false, d.cx(), &letter);
                let cbottom = self.sym(q, c2).rect.bottom();
                self.commit(
                    q,
                    Arrow {
                        from,
                        to,
                        branch: None,
                        via: Some(letter),
                        start: c2,
                        end: dst,
                        points: vec![(d.cx(), cbottom), (d.cx(), d.y)],
                        label: None,
                    },
                );
            }
        }
    }

    /// Candidate tracks beside a lane, nearest first: the boundaries on
    /// `side` of `lane`, going outward, each with its tracks.
    fn tracks_beside(&self, lane: usize, side: Side) -> Vec<f32> {
        let boundaries: Vec<usize> = match side {
            Side::Right => (lane + 1..=self.lanes).collect(),
            Side::Left => (0..=lane).rev().collect(),
        };
        let mut out = Vec::new();
        for b in boundaries {
            let x0 = b as f32 * self.m.lane;
            for k in 1..=self.m.tracks {
                let off = self.m.first_track + (k - 1) as f32 * self.m.track_step;
                for x in [x0 - off, x0 + off] {
                    if x > 0.5 && x < self.lanes as f32 * self.m.lane - 0.5 {
                        out.push(x);
                    }
                }
            }
        }
        out
    }

    /// Exit from the side of a decision: the instance furthest to that side.
    fn exit_instance(&self, from: usize, side: Side) -> (usize, usize) {
        let inst = &self.instances[from];
        match side {
            Side::Right => *inst
                .iter()
                .max_by_key(|x| x.0)
                .expect("a step has a symbol"),
            Side::Left => *inst
                .iter()
                .min_by_key(|x| x.0)
                .expect("a step has a symbol"),
        }
    }

    /// Reserves (or releases) the exit point on `side` of decision `from`.
    fn set_exit(&mut self, from: usize, side: Side, take: bool) {
        let (_, src) = self.exit_instance(from, side);
        let p = self.page_of[from];
        let used = self.occ[p]
            .slots
            .entry((src, side == Side::Right))
            .or_default();
        if take {
            used.push(0.0);
        } else if let Some(i) = used.iter().position(|&o| o == 0.0) {
            used.remove(i);
        }
    }

    fn exit_free(&self, from: usize, side: Side) -> bool {
        let (_, src) = self.exit_instance(from, side);
        let p = self.page_of[from];
        self.occ[p]
            .slots
            .get(&(src, side == Side::Right))
            .is_none_or(|u| !u.contains(&0.0))
    }

    /// A flow leaving a decision sideways, to a step above (a loop) or
    /// further below (a jump), running in a track beside the symbols; from
    /// `side`, whose exit point is reserved, or else from the other side
    /// when that one is free. Shares a track only when none is free.
    fn route_side(&mut self, from: usize, t: usize, branch: Option<Branch>, side: Side) {
        let other = if side == Side::Right {
            Side::Left
        } else {
            Side::Right
        };
        for force in [false, true] {
            if self.try_side(from, t, branch, side, force) {
                return;
            }
            if self.exit_free(from, other) {
                self.set_exit(from, other, true);
                if self.try_side(from, t, branch, other, force) {
                    self.set_exit(from, side, false);
                    return;
                }
                self.set_exit(from, other, false);
            }
        }
    }

    /// The instance of step `t` nearest `x` on page `p`, entered from the
    /// side facing `x` at a free offset; `None` when that side is full.
    fn entry(&self, p: usize, t: usize, x: f32, force: bool) -> Option<Entry> {
        let &(lane, sym) = self.instances[t]
            .iter()
            .min_by(|a, b| {
                (self.sym(p, a.1).rect.cx() - x)
                    .abs()
                    .total_cmp(&(self.sym(p, b.1).rect.cx() - x).abs())
            })
            .expect("a step has a symbol");
        let d = self.sym(p, sym);
        let right = x > d.rect.cx();
        // Enter off the middle where the middle is spoken for: a decision's
        // side points are its exits, and the side facing other instances of
        // the step carries the line joining them.
        let joined = self.instances[t]
            .iter()
            .any(|o| if right { o.0 > lane } else { o.0 < lane });
        let keep_middle = joined || d.shape == Shape::Decision;
        let offsets: Vec<f32> = self
            .m
            .slots
            .iter()
            .copied()
            .filter(|&o| !(keep_middle && o == 0.0))
            .collect();
        let dy = match self.occ[p].free_slot(sym, right, &offsets) {
            Some(dy) => dy,
            None if force => offsets[0],
            None => return None,
        };
        let y = d.rect.cy() + dy;
        Some(Entry {
            sym,
            right,
            dy,
            at: (side_x(d.shape, &d.rect, right, dy), y),
        })
    }

    /// A place for a connector in the strip of page `p` (bottom or top) and
    /// a level for its link to `track`, such that the link (from `from_y` on
    /// the track, to the level, across to the connector) is free.
    fn strip_link(
        &self,
        p: usize,
        bottom: bool,
        track: f32,
        from_y: f32,
        force: bool,
    ) -> Option<StripLink> {
        let page = &self.pages[p];
        let (cw, ch) = self.m.offpage;
        let cy = if bottom {
            page.height - self.m.spacer / 2.0
        } else {
            self.m.spacer / 2.0
        };
        let edge = if bottom { cy - ch / 2.0 } else { cy + ch / 2.0 };
        let strip_edge = if bottom {
            page.height - self.m.spacer
        } else {
            self.m.spacer
        };
        // Levels between the rows and the connectors, nearest the rows last.
        let levels: Vec<f32> = (1..=3)
            .map(|k| {
                if bottom {
                    strip_edge + 3.0 * k as f32
                } else {
                    strip_edge - 3.0 * k as f32
                }
            })
            .collect();
        let mut places: Vec<f32> = (0..)
            .map(|k| cw / 2.0 + 2.0 + k as f32 * (cw + 4.0))
            .take_while(|&x| x <= page.width - cw / 2.0 - 2.0)
            .collect();
        places.sort_by(|a, b| (a - track).abs().total_cmp(&(b - track).abs()));
        let mut fallback = None;
        for &x in &places {
            let r = Rect::centered(x, cy, cw + 4.0, ch);
            if page.symbols.iter().any(|s| rect_overlap(&s.rect, &r)) {
                continue;
            }
            for &level in &levels {
                fallback.get_or_insert(StripLink { x, level });
                let occ = &self.occ[p];
                if occ.v_free(track, from_y, level)
                    && occ.h_free(level, track, x)
                    && occ.v_free(x, level, edge)
                {
                    return Some(StripLink { x, level });
                }
            }
        }
        if force { fallback } else { None }
    }

    /// Routes from the (reserved) exit on `side` of decision `from`.
    fn try_side(
        &mut self,
        from: usize,
        t: usize,
        branch: Option<Branch>,
        side: Side,
        force: bool,
    ) -> bool {
        let p = self.page_of[from];
        let q = self.page_of[t];
        let (lane, src) = self.exit_instance(from, side);
        let s = self.sym(p, src).clone();
        let right = side == Side::Right;
        let (x0, y0) = (side_x(s.shape, &s.rect, right, 0.0), s.rect.cy());
        let label = Some(if right {
            (x0 + 3.0, y0 - 4.0, false)
        } else {
            (x0 - 3.0, y0 - 4.0, true)
        });
        for track in self.tracks_beside(lane, side) {
            if !force && !self.occ[p].h_free(y0, x0, track) {
                continue;
            }
            if p == q {
                let Some(e) = self.entry(p, t, track, force) else {
                    continue;
                };
                let points = vec![(x0, y0), (track, y0), (track, e.at.1), e.at];
                let free = self.occ[p].v_free(track, y0, e.at.1)
                    && self.occ[p].h_free(e.at.1, track, e.at.0);
                if !(free || force) {
                    continue;
                }
                self.occ[p].take_slot(e.sym, e.right, e.dy);
                self.commit(
                    p,
                    Arrow {
                        from,
                        to: Target::Step(t),
                        branch,
                        via: None,
                        start: src,
                        end: e.sym,
                        points,
                        label,
                    },
                );
                return true;
            }
            // Across pages: along the track to a connector in this page's
            // strip (top when the target is above; when forced, either),
            // then on from its twin.
            let up = q < p;
            let strips: &[bool] = if force { &[!up, up] } else { &[!up] };
            let Some((bottom, out)) = strips
                .iter()
                .find_map(|&b| self.strip_link(p, b, track, y0, force).map(|l| (b, l)))
            else {
                continue;
            };
            let Some((arrival, link2, bottom2)) = self.plan_arrival(q, t, up, force) else {
                continue;
            };
            let letter = self.next_letter();
            let c = self.add_connector(p, bottom, out.x, &letter);
            let cr = self.sym(p, c).rect;
            let cend = if bottom { cr.y } else { cr.bottom() };
            let points = vec![
                (x0, y0),
                (track, y0),
                (track, out.level),
                (out.x, out.level),
                (out.x, cend),
            ];
            self.commit(
                p,
                Arrow {
                    from,
                    to: Target::Step(t),
                    branch,
                    via: Some(letter.clone()),
                    start: src,
                    end: c,
                    points,
                    label,
                },
            );
            let c2 = self.add_connector(q, bottom2, link2.x, &letter);
            let (e, mut points) = arrival;
            let cr = self.sym(q, c2).rect;
            points.insert(0, (cr.cx(), if bottom2 { cr.y } else { cr.bottom() }));
            self.occ[q].take_slot(e.sym, e.right, e.dy);
            self.commit(
                q,
                Arrow {
                    from,
                    to: Target::Step(t),
                    branch: None,
                    via: Some(letter),
                    start: c2,
                    end: e.sym,
                    points,
                    label: None,
                },
            );
            return true;
        }
        false
    }

    /// How a flow arriving on page `q` from another page (from below when
    /// `from_below`) reaches step `t`: the entry and the path from the
    /// connector's level on, the connector's place, and its strip (bottom or
    /// top; when forced, the other strip is tried too).
    #[allow(clippy::type_complexity)]
    fn plan_arrival(
        &self,
        q: usize,
        t: usize,
        from_below: bool,
        force: bool,
    ) -> Option<((Entry, Vec<(f32, f32)>), StripLink, bool)> {
        let passes: &[(bool, bool)] = if force {
            &[
                (from_below, false),
                (!from_below, false),
                (from_below, true),
                (!from_below, true),
            ]
        } else {
            &[(from_below, false)]
        };
        for &(bottom, forced) in passes {
            for &(lane, _) in &self.instances[t] {
                for side in [Side::Right, Side::Left] {
                    for track in self.tracks_beside(lane, side) {
                        let Some(e) = self.entry(q, t, track, forced) else {
                            continue;
                        };
                        let Some(link) = self.strip_link(q, bottom, track, e.at.1, forced) else {
                            continue;
                        };
                        let ok = self.occ[q].v_free(track, link.level, e.at.1)
                            && self.occ[q].h_free(e.at.1, track, e.at.0);
                        if ok || forced {
                            let path = vec![
                                (link.x, link.level),
                                (track, link.level),
                                (track, e.at.1),
                                e.at,
                            ];
                            return Some(((e, path), link, bottom));
                        }
                    }
                }
            }
        }
        None
    }

    /// Adds an arrow to page `p` and takes its segments.
    fn commit(&mut self, p: usize, arrow: Arrow) {
        self.occ[p].take(&arrow.points);
        self.pages[p].arrows.push(arrow);
    }
}

fn rect_overlap(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}
