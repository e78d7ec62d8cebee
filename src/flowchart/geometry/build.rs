//! The drawing under way: symbols in their cells, the "Mulai" terminator,
//! and the arrows that run straight down from a step to the next (or to the
//! end, or to the connector where the page breaks).

use std::cell::RefCell;

use super::cross::{self, Bounds};
use super::labels;
use super::model::*;
use super::occupancy::Occupancy;
use crate::flowchart::text::{self, Weight};

/// A vertical channel a side route may run in, and how far out it lies:
/// boundaries away from the lane, then its place in the channel.
#[derive(Debug, Clone, Copy)]
pub(super) struct Track {
    pub(super) x: f32,
    pub(super) rank: (usize, usize),
}

#[derive(Clone)]
pub(super) struct Builder<'a> {
    pub(super) steps: &'a [FlowStep],
    /// The branch labels' settings.
    pub(super) labels: &'a labels::Settings<'a>,
    pub(super) m: Metrics,
    lanes: usize,
    pub(super) page_of: Vec<usize>,
    pub(super) pages: Vec<Page>,
    /// The box of each arrow of each page.
    pub(super) boxes: Vec<Vec<Bounds>>,
    pub(super) occ: Vec<Occupancy>,
    /// Symbol indices of each step's instances, by lane, on its page.
    pub(super) instances: Instances,
    /// Steps a flow leaves sideways: arrivals keep off their sides' middles.
    pub(super) side_exit: Vec<bool>,
    /// On each page, the places branch labels will likely take: routes
    /// keep off them where they can.
    pub(super) kept: Vec<Vec<Rect>>,
    bottom_exit: Vec<bool>,
    letters: usize,
    /// The candidates of the route being chosen (a buffer reused).
    pub(super) candidates: RefCell<Vec<u128>>,
}

/// The (lane, symbol) of each step's symbols, steps one after the other in
/// one list: `instances[i]` are step `i`'s.
#[derive(Clone, Debug)]
pub(super) struct Instances {
    list: Vec<(usize, usize)>,
    /// Where each step's begin in `list`.
    start: Vec<usize>,
}

impl Instances {
    fn with_capacity(steps: usize, symbols: usize) -> Instances {
        Instances {
            list: Vec::with_capacity(symbols),
            start: Vec::with_capacity(steps),
        }
    }

    /// Adds a symbol of step `i`: steps are placed in order, so `i` is
    /// the last step with symbols or one after it.
    fn push(&mut self, i: usize, instance: (usize, usize)) {
        assert!(i + 1 >= self.start.len(), "steps placed in order");
        while self.start.len() <= i {
            self.start.push(self.list.len());
        }
        self.list.push(instance);
    }
}

impl std::ops::Index<usize> for Instances {
    type Output = [(usize, usize)];

    fn index(&self, i: usize) -> &[(usize, usize)] {
        let end = self.start.get(i + 1).copied().unwrap_or(self.list.len());
        &self.list[self.start[i]..end]
    }
}

/// How far the drawing had got: what `Builder::rollback` returns to.
pub(super) struct Mark {
    /// Symbols, arrows and kept label places of each page.
    pages: Vec<(usize, usize, usize)>,
    occ: Vec<usize>,
    bottom_exit: Vec<bool>,
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

/// The tracks beside `lane` on one side, nearest first: the boundaries
/// on that side, going outward, each with its tracks (nearest the
/// boundary line first, on both sides of it). Counted out as they are
/// asked for: a route seldom looks beyond the nearest few.
fn tracks(m: &Metrics, lanes: usize, lane: usize, right: bool) -> Tracks {
    let mut t = Tracks {
        lane_w: m.lane,
        first: m.first_track,
        step: m.track_step,
        per: m.tracks,
        width: lanes as f32 * m.lane,
        lane,
        right,
        boundaries: if right { lanes - lane } else { lane + 1 },
        away: 0,
        k: 1,
        far_side: false,
        x0: 0.0,
        off: m.first_track,
        index: 0,
    };
    t.x0 = t.boundary_x();
    t
}

/// The tracks beside a lane, as `tracks` counts them out.
pub(super) struct Tracks {
    lane_w: f32,
    first: f32,
    step: f32,
    /// Tracks on each side of a boundary.
    per: usize,
    width: f32,
    lane: usize,
    right: bool,
    boundaries: usize,
    /// The next track: its boundary's place going outward, its place
    /// from the boundary (1 nearest), on which side of the line; the
    /// boundary's x and the track's distance from it.
    away: usize,
    k: usize,
    far_side: bool,
    x0: f32,
    off: f32,
    /// Tracks given so far.
    index: usize,
}

impl Tracks {
    fn boundary_x(&self) -> f32 {
        let b = if self.right {
            self.lane + 1 + self.away
        } else {
            self.lane.wrapping_sub(self.away)
        };
        b as f32 * self.lane_w
    }
}

impl Iterator for Tracks {
    type Item = Track;

    fn next(&mut self) -> Option<Track> {
        while self.away < self.boundaries && self.k <= self.per {
            let away = self.away;
            let x = if self.far_side {
                self.x0 + self.off
            } else {
                self.x0 - self.off
            };
            // On to the next: the other side of the line, then the next
            // track out, then the next boundary.
            if self.far_side {
                self.k += 1;
                if self.k > self.per {
                    self.k = 1;
                    self.away += 1;
                    if self.away < self.boundaries {
                        self.x0 = self.boundary_x();
                    }
                }
                self.off = self.first + (self.k - 1) as f32 * self.step;
            }
            self.far_side = !self.far_side;
            if x > 0.5 && x < self.width - 0.5 {
                self.index += 1;
                return Some(Track {
                    x,
                    rank: (away, self.index - 1),
                });
            }
        }
        None
    }
}

/// The size of the word in a "Mulai" or "Selesai" terminator.
pub const TERMINAL_TEXT: f32 = 11.0;

/// The word a terminator that is no step carries.
pub fn terminal_word(node: Node) -> &'static str {
    if node == Node::Start {
        "Mulai"
    } else {
        "Selesai"
    }
}

impl<'a> Builder<'a> {
    pub(super) fn new(
        steps: &'a [FlowStep],
        labels: &'a labels::Settings<'a>,
        m: Metrics,
        lanes: usize,
        pages: Vec<Page>,
    ) -> Self {
        let mut page_of = vec![0; steps.len()];
        for (p, page) in pages.iter().enumerate() {
            for i in page.steps.clone() {
                page_of[i] = p;
            }
        }
        let n = pages.len();
        Builder {
            steps,
            labels,
            m,
            lanes,
            page_of,
            // A step's arrows have a few segments each.
            occ: pages
                .iter()
                .map(|p| Occupancy::with_room(4 * p.steps.len() + 8))
                .collect(),
            boxes: pages
                .iter()
                .map(|p| Vec::with_capacity(p.arrows.capacity()))
                .collect(),
            pages,
            instances: Instances::with_capacity(
                steps.len(),
                steps.iter().map(|s| s.actors.len()).sum(),
            ),
            side_exit: vec![false; steps.len()],
            kept: (0..n).map(|_| Vec::with_capacity(4)).collect(),
            bottom_exit: vec![false; steps.len()],
            letters: 0,
            candidates: RefCell::default(),
        }
    }

    /// A mark of how far the drawing has got.
    pub(super) fn mark(&self) -> Mark {
        Mark {
            pages: self
                .pages
                .iter()
                .zip(&self.kept)
                .map(|(p, k)| (p.symbols.len(), p.arrows.len(), k.len()))
                .collect(),
            occ: self.occ.iter().map(Occupancy::mark).collect(),
            bottom_exit: self.bottom_exit.clone(),
            letters: self.letters,
        }
    }

    /// Takes back every symbol, arrow, kept place, taken segment and slot,
    /// bottom exit and connector letter added since `mark`: routing adds
    /// these and changes nothing else.
    pub(super) fn rollback(&mut self, mark: &Mark) {
        for (p, &(symbols, arrows, kept)) in mark.pages.iter().enumerate() {
            self.pages[p].symbols.truncate(symbols);
            self.pages[p].arrows.truncate(arrows);
            self.boxes[p].truncate(arrows);
            self.kept[p].truncate(kept);
            self.occ[p].rollback(mark.occ[p]);
        }
        self.bottom_exit.clone_from(&mark.bottom_exit);
        self.letters = mark.letters;
    }

    pub(super) fn place_symbols(&mut self) {
        for page in self.pages.iter_mut() {
            for (k, i) in page.steps.clone().enumerate() {
                let (top, h) = page.rows[k];
                let cy = top + h / 2.0;
                let actors = &self.steps[i].actors;
                let mut sorted = Vec::new();
                let lanes = if actors.is_sorted_by(|a, b| a < b) {
                    actors
                } else {
                    sorted.extend_from_slice(actors);
                    sorted.sort_unstable();
                    sorted.dedup();
                    &sorted
                };
                for &lane in lanes {
                    let shape = shape_at(self.steps, i, lane);
                    let (w, sh) = if shape == Shape::Decision {
                        self.m.decision
                    } else {
                        self.m.process
                    };
                    let cx = (lane as f32 + 0.5) * self.m.lane;
                    page.symbols.push(Symbol {
                        shape,
                        step: Some(i),
                        label: None,
                        terminal: None,
                        lane: Some(lane),
                        rect: Rect::centered(cx, cy, w, sh),
                    });
                    self.instances.push(i, (lane, page.symbols.len() - 1));
                }
                let placed = &self.instances[i];
                for pair in placed.windows(2) {
                    let (l, r) = (&page.symbols[pair[0].1], &page.symbols[pair[1].1]);
                    page.joins.push(Join {
                        step: i,
                        y: cy,
                        x1: side_x(l.shape, &l.rect, true, 0.0),
                        x2: side_x(r.shape, &r.rect, false, 0.0),
                    });
                }
            }
        }
    }

    /// A terminator that is no step ("Mulai" or "Selesai"), centred at
    /// (cx, cy) on page `p`: wide enough for its word, within its lane.
    fn add_terminal(&mut self, p: usize, node: Node, lane: usize, cx: f32, cy: f32) -> usize {
        let word = text::width(terminal_word(node), TERMINAL_TEXT, Weight::Regular);
        let w = (word + 14.0).max(self.m.process.0).min(self.m.lane - 6.0);
        let pg = &mut self.pages[p];
        pg.symbols.push(Symbol {
            shape: Shape::Terminator,
            step: None,
            label: None,
            terminal: Some(node),
            lane: Some(lane),
            rect: Rect::centered(cx, cy, w, self.m.process.1),
        });
        pg.symbols.len() - 1
    }

    /// The "Mulai" terminator above a first step that is a decision, in
    /// the first page's top strip, and the arrow down into the decision.
    pub(super) fn place_start(&mut self) {
        let lane = terminal_lane(self.steps, 0).expect("a first step has a start lane");
        let &(_, dst) = self.instances[0]
            .iter()
            .find(|x| x.0 == lane)
            .expect("the start lane is one of the step's");
        let d = self.sym(0, dst).rect;
        let start = self.add_terminal(0, Node::Start, lane, d.cx(), self.m.spacer / 2.0);
        let from = self.sym(0, start).rect.bottom();
        self.commit(
            0,
            Arrow {
                from: Node::Start,
                to: Node::Step(0),
                branch: None,
                via: None,
                start,
                end: dst,
                points: vec![(d.cx(), from), (d.cx(), d.y)],
                label: None,
            },
        );
    }

    /// The instances of `a` and `b` whose lanes are nearest each other.
    pub(super) fn nearest_pair(&self, a: usize, b: usize) -> ((usize, usize), (usize, usize)) {
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

    pub(super) fn next_letter(&mut self) -> String {
        let l = letter(self.letters);
        self.letters += 1;
        l
    }

    pub(super) fn add_connector(
        &mut self,
        page: usize,
        bottom: bool,
        x: f32,
        label: &str,
    ) -> usize {
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
            terminal: None,
            lane: None,
            rect: Rect::centered(x, cy, w, h),
        });
        pg.symbols.len() - 1
    }

    pub(super) fn sym(&self, page: usize, i: usize) -> &Symbol {
        &self.pages[page].symbols[i]
    }

    pub(super) fn has_bottom_exit(&self, from: usize) -> bool {
        self.bottom_exit[from]
    }

    pub(super) fn take_bottom_exit(&mut self, from: usize) {
        self.bottom_exit[from] = true;
    }

    /// A flow straight down: from the bottom of step `from` into the top of
    /// the next step (or an off-page connector, or the end terminator).
    pub(super) fn route_down(&mut self, from: usize, to: Node, branch: Option<Branch>) {
        self.bottom_exit[from] = true;
        let p = self.page_of[from];
        let (src_lane, src) = match to {
            Node::Step(t) => self.nearest_pair(from, t).0,
            Node::Start | Node::End => {
                let lane = terminal_lane(self.steps, from);
                *self.instances[from]
                    .iter()
                    .find(|x| Some(x.0) == lane)
                    .unwrap_or(&self.instances[from][0])
            }
        };
        let s = self.sym(p, src).rect;
        let start = (s.cx(), s.bottom());
        let arrow = |end, points, via| Arrow {
            from: Node::Step(from),
            to,
            branch,
            via,
            start: src,
            end,
            points,
            label: None,
        };
        match to {
            Node::Start | Node::End => {
                let cy = self.pages[p].height - self.m.spacer / 2.0;
                let end = self.add_terminal(p, Node::End, src_lane, s.cx(), cy);
                let top = self.sym(p, end).rect.y;
                self.commit(p, arrow(end, vec![start, (s.cx(), top)], None));
            }
            Node::Step(t) if self.page_of[t] == p => {
                let (_, (_, dst)) = self.nearest_pair(from, t);
                let d = self.sym(p, dst).rect;
                let k = t - self.pages[p].steps.start;
                let turn = self.pages[p].rows[k].0 + self.m.turn;
                let points = if (d.cx() - s.cx()).abs() < 0.01 {
                    vec![start, (d.cx(), d.y)]
                } else {
                    vec![start, (s.cx(), turn), (d.cx(), turn), (d.cx(), d.y)]
                };
                self.commit(p, arrow(dst, points, None));
            }
            Node::Step(t) => {
                // Across a page break: into a connector at the bottom of this
                // page, out of its twin at the top of the next.
                let letter = self.next_letter();
                let c = self.add_connector(p, true, s.cx(), &letter);
                let ctop = self.sym(p, c).rect.y;
                self.commit(
                    p,
                    arrow(c, vec![start, (s.cx(), ctop)], Some(letter.clone())),
                );
                let q = self.page_of[t];
                let (_, (_, dst)) = self.nearest_pair(from, t);
                let d = self.sym(q, dst).rect;
                let c2 = self.add_connector(q, false, d.cx(), &letter);
                let cbottom = self.sym(q, c2).rect.bottom();
                self.commit(
                    q,
                    Arrow {
                        from: Node::Step(from),
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
    /// the right (or left) of `lane`, going outward, each with its tracks
    /// (nearest the boundary line first, on both sides of it).
    pub(super) fn tracks_beside(&self, lane: usize, right: bool) -> Tracks {
        tracks(&self.m, self.lanes, lane, right)
    }

    /// Adds an arrow to page `p` and takes its segments; keeps the place
    /// its branch label will likely take, when it leaves a decision.
    pub(super) fn commit(&mut self, p: usize, arrow: Arrow) {
        self.occ[p].take(&arrow.points);
        let label = match (arrow.from, arrow.branch) {
            (Node::Step(from), Some(b))
                if self.pages[p].symbols[arrow.start].step == Some(from) =>
            {
                self.labels.get(from, b)
            }
            _ => None,
        };
        if let Some(set) = label {
            let from = self.pages[p].symbols[arrow.start].rect;
            let page = &self.pages[p];
            let boxes = &self.boxes[p];
            if let Some(r) = labels::spot(&arrow.points, &from, set, page, boxes, &self.kept[p]) {
                self.kept[p].push(r);
            }
        }
        self.boxes[p].push(cross::bounds(&arrow.points));
        self.pages[p].arrows.push(arrow);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracks_are_counted_out_nearest_first() {
        // The plain definition: every boundary going outward, each with
        // its tracks on both sides of the line, those inside the lanes.
        let plain = |m: &Metrics, lanes: usize, lane: usize, right: bool| {
            let boundaries: Vec<usize> = if right {
                (lane + 1..=lanes).collect()
            } else {
                (0..=lane).rev().collect()
            };
            let mut out = Vec::new();
            for (away, b) in boundaries.into_iter().enumerate() {
                let x0 = b as f32 * m.lane;
                for k in 1..=m.tracks {
                    let off = m.first_track + (k - 1) as f32 * m.track_step;
                    for x in [x0 - off, x0 + off] {
                        if x > 0.5 && x < lanes as f32 * m.lane - 0.5 {
                            out.push((x, (away, out.len())));
                        }
                    }
                }
            }
            out
        };
        for lane_w in [40.0, 64.0, 110.0, 180.0] {
            let m = Metrics::new(lane_w, 36.0);
            for lanes in 1..=9 {
                for lane in 0..lanes {
                    for right in [false, true] {
                        let got: Vec<(f32, (usize, usize))> = tracks(&m, lanes, lane, right)
                            .map(|t| (t.x, t.rank))
                            .collect();
                        assert_eq!(
                            got,
                            plain(&m, lanes, lane, right),
                            "{lane_w} {lanes} {lane} {right}"
                        );
                    }
                }
            }
        }
    }
}
