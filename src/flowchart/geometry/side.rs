//! The flows that leave a symbol sideways: a decision's return to an
//! earlier step, a jump further down, a `lanjut`. Each leaves from the
//! middle of a side, runs along a track (a vertical channel in a lane's
//! margin) and enters its target from the side facing the track, or goes
//! through a pair of off-page connectors when the target is on another
//! page.
//!
//! Every candidate route (either side, every track, every free entry
//! point) is scored, and the best is taken: first one that runs along no
//! other arrow, then the fewest crossings of arrows already drawn, then the
//! fewest crossings of join lines, then the nearest track. A route that
//! can run up a free side of the lanes thus never cuts the forward arrows.
//! The order the routes are placed in matters too: shortest first gives
//! the short loops the inner tracks and lets the long ones go around them;
//! when that leaves crossings, the other orders are tried, and the drawing
//! with the fewest crossings is kept.

use super::super::round::round_u32;
use super::build::{Builder, Track};
use super::cross::{self, Drawn};
use super::labels;
use super::model::{Arrow, Branch, Edge, Node, Rect, Shape, side_x};

/// What makes a route worse, most important first. Lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    /// Segments running along a taken one, taken entry points, symbols
    /// passed through: only when nothing else is possible.
    conflicts: usize,
    /// A branch label with no room beside the exit (or only outside the
    /// page, or on a symbol).
    label: usize,
    crossings: usize,
    /// Places kept for branch labels that the route runs through.
    over_labels: usize,
    /// A branch label with room only across a line.
    label_lines: usize,
    joins: usize,
    /// The length of the route, in px, with the entry at the target's
    /// middle (the entry point is chosen by `slot`).
    length: u32,
    /// The side: 0 for the preferred one.
    side: usize,
    /// The track's place among the tracks beside the lane.
    track: usize,
    /// The entry point on the target's side.
    slot: usize,
}

impl Cost {
    /// A candidate's bound and its track's x in one number that orders as
    /// `(bound, x)` do (x by `total_cmp`), for sorting many candidates
    /// cheaply. A bound is known before the route is scored: it has no
    /// crossings, labels or joins counted yet, no entry point chosen, and
    /// its flags are 0 or 1.
    fn pack(&self, x: f32) -> u128 {
        assert!(
            self.conflicts <= 1
                && self.label <= 1
                && self.label_lines <= 1
                && self.crossings == 0
                && self.over_labels == 0
                && self.joins == 0
                && self.slot == 0
                && self.side < 4,
            "a bound: {self:?}"
        );
        let track = u32::try_from(self.track).expect("fewer than 2^32 tracks");
        // total_cmp's order as unsigned bits.
        let bits = x.to_bits();
        let x = if bits >> 31 == 1 {
            !bits
        } else {
            bits | 0x8000_0000
        };
        (self.conflicts as u128) << 127
            | (self.label as u128) << 126
            | (self.label_lines as u128) << 125
            | u128::from(self.length) << 93
            | (self.side as u128) << 91
            | u128::from(track) << 59
            | u128::from(x)
    }

    /// The bound and x of a packed candidate.
    fn unpack(k: u128) -> (Cost, f32) {
        let field = |shift: u32, bits: u32| ((k >> shift) & ((1u128 << bits) - 1)) as usize;
        let x = k as u32;
        let x = if x >> 31 == 1 { x & 0x7FFF_FFFF } else { !x };
        (
            Cost {
                conflicts: field(127, 1),
                label: field(126, 1),
                crossings: 0,
                over_labels: 0,
                label_lines: field(125, 1),
                joins: 0,
                length: field(93, 32) as u32,
                side: field(91, 2),
                track: field(59, 32),
                slot: 0,
            },
            f32::from_bits(x),
        )
    }
}

/// Packed candidates taken smallest first, sorted a few at a time as they
/// are asked for: the search seldom goes through them all.
struct Ascending<'a> {
    keys: &'a mut [u128],
    /// Taken so far; those below `sorted` are in order.
    next: usize,
    sorted: usize,
}

impl<'a> Ascending<'a> {
    fn new(keys: &'a mut [u128]) -> Ascending<'a> {
        Ascending {
            keys,
            next: 0,
            sorted: 0,
        }
    }
}

impl Iterator for Ascending<'_> {
    type Item = u128;

    fn next(&mut self) -> Option<u128> {
        const CHUNK: usize = 16;
        if self.next == self.keys.len() {
            return None;
        }
        if self.next == self.sorted {
            // The next smallest few, in order.
            let rest = &mut self.keys[self.next..];
            let k = CHUNK.min(rest.len());
            if k < rest.len() {
                rest.select_nth_unstable(k - 1);
            }
            rest[..k].sort_unstable();
            self.sorted += k;
        }
        self.next += 1;
        Some(self.keys[self.next - 1])
    }
}

/// What the routes to one step weigh again and again, kept while one flow
/// is routed (nothing is drawn meanwhile): where a flow from a track meets
/// a side of the step's symbols, and the entry points of those sides.
#[derive(Default)]
struct Memo {
    facing: BySide<(f32, f32)>,
    entries: BySide<Entries>,
}

/// Values kept by (symbol, right side): a few.
type BySide<V> = [Option<(usize, bool, V)>; 4];

/// The entry points a flow along a track may take (at most one a slot).
#[derive(Clone, Copy)]
struct Entries {
    buf: [Entry; 5],
    len: usize,
}

impl std::ops::Deref for Entries {
    type Target = [Entry];
    fn deref(&self) -> &[Entry] {
        &self.buf[..self.len]
    }
}

/// Where a flow enters a symbol from a track: the symbol, which side, the
/// offset from its middle and the point.
#[derive(Debug, Clone, Copy)]
struct Entry {
    sym: usize,
    right: bool,
    dy: f32,
    at: (f32, f32),
    free: bool,
    rank: usize,
}

/// Where a flow leaves its symbol: the middle of a side (the right one
/// when `true`), or the bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    Side(bool),
    Bottom,
}

/// A candidate route's points, kept on the stack while it is weighed.
#[derive(Clone, Copy)]
struct Path {
    buf: [(f32, f32); 7],
    len: usize,
}

impl Path {
    fn new(points: &[(f32, f32)]) -> Path {
        let mut p = Path {
            buf: [(0.0, 0.0); 7],
            len: 0,
        };
        for &pt in points {
            p.push(pt);
        }
        p
    }

    fn push(&mut self, pt: (f32, f32)) {
        self.buf[self.len] = pt;
        self.len += 1;
    }
}

impl std::ops::Deref for Path {
    type Target = [(f32, f32)];
    fn deref(&self) -> &[(f32, f32)] {
        &self.buf[..self.len]
    }
}

/// One way to draw a flow (or the half of it on one page).
struct Route {
    cost: Cost,
    points: Vec<(f32, f32)>,
    /// The symbol it leaves and where.
    exit: Option<(usize, Exit)>,
    entry: Option<Entry>,
    /// The connector's place, when the route ends or starts at one.
    strip: Option<(bool, f32)>,
}

/// The length of a polyline, to the pixel.
fn length(points: &[(f32, f32)]) -> u32 {
    let sum = points
        .windows(2)
        .map(|w| (w[0].0 - w[1].0).abs() + (w[0].1 - w[1].1).abs())
        .sum::<f32>();
    round_u32(sum)
}

/// Routes the side flows, trying the orders that matter, and returns the
/// drawing with the fewest crossings (then the shortest).
pub(super) fn route_all<'a>(b: Builder<'a>, mut edges: Vec<Edge>) -> Builder<'a> {
    if edges.is_empty() {
        return b;
    }
    let span = |e: &Edge| match e.to {
        Node::Step(t) => e.from.abs_diff(t),
        Node::Start | Node::End => 0,
    };
    edges.sort_by_key(span);
    let mut orders = vec![edges.clone()];
    if edges.len() > 1 {
        let mut longest = edges.clone();
        longest.reverse();
        orders.push(longest);
        let mut by_place = edges.clone();
        by_place.sort_by_key(|e| (e.from, span(e)));
        orders.push(by_place);
    }
    if orders.len() == 1 {
        let mut b = b;
        for e in &edges {
            b.route_side(*e);
        }
        return b;
    }
    // Each order is drawn over the same start, taken back before the next;
    // the best drawing is kept aside only when another is tried after it.
    let mut b = b;
    let start = b.mark();
    let mut best: Option<((usize, u32), Option<Builder<'a>>)> = None;
    let count = orders.len();
    for (k, order) in orders.into_iter().enumerate() {
        if k > 0 {
            b.rollback(&start);
        }
        for e in &order {
            b.route_side(*e);
        }
        let crossings: usize = b
            .pages
            .iter()
            .zip(&b.boxes)
            .map(|(p, boxes)| cross::crossings_boxed(p, boxes))
            .sum();
        let length: u32 = b
            .pages
            .iter()
            .flat_map(|p| &p.arrows)
            .map(|a| length(&a.points))
            .sum();
        let score = (crossings, length);
        let last = crossings == 0 || k + 1 == count;
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            if last {
                return b;
            }
            best = Some((score, Some(b.clone())));
        } else if last {
            break;
        }
    }
    best.and_then(|(_, kept)| kept)
        .expect("the best drawing, kept when it was not the last")
}

impl Builder<'_> {
    /// The instance of step `from` furthest to one side: a flow leaving
    /// that side crosses none of the step's other symbols or join lines.
    fn exit_instance(&self, from: usize, right: bool) -> (usize, usize) {
        let inst = self.instances[from].iter();
        *if right {
            inst.max_by_key(|x| x.0)
        } else {
            inst.min_by_key(|x| x.0)
        }
        .expect("a step has a symbol")
    }

    /// The cost of `points` on page `p` (ending at symbols `ends`), with
    /// the cost known so far; `None` when it cannot beat `best`.
    fn score(
        &self,
        p: usize,
        drawn: &Drawn,
        points: &[(f32, f32)],
        ends: [usize; 2],
        known: Cost,
        best: Option<Cost>,
    ) -> Option<Cost> {
        let worse = |c: &Cost| best.is_some_and(|b| *c >= b);
        // Nothing below lowers a cost.
        if worse(&known) {
            return None;
        }
        let page = &self.pages[p];
        let mut cost = known;
        cost.conflicts += self.occ[p].conflicts(points);
        if worse(&cost) {
            return None;
        }
        let b = cross::bounds(points);
        // The crossings are counted only as far as they decide: when the
        // cost ties with the best up to them, one more than the best has
        // makes it worse (and a count that stops short is exact).
        let limit = match best {
            Some(bar) if (cost.conflicts, cost.label) == (bar.conflicts, bar.label) => {
                bar.crossings + 1
            }
            _ => usize::MAX,
        };
        cost.crossings = drawn.crossings(points, b, limit);
        if worse(&cost) {
            return None;
        }
        cost.over_labels = self.kept[p]
            .iter()
            .filter(|r| cross::may_pass(b, r) && cross::through(points, r))
            .count();
        if worse(&cost) {
            return None;
        }
        cost.joins = cross::joins(points, b, &page.joins);
        if worse(&cost) {
            return None;
        }
        cost.conflicts += usize::from(self.hits(p, points, b, ends));
        (!worse(&cost)).then_some(cost)
    }

    /// Whether the inside of the path (within `b`) meets a symbol other
    /// than its ends.
    fn hits(&self, p: usize, points: &[(f32, f32)], b: cross::Bounds, ends: [usize; 2]) -> bool {
        let inside = |r: &Rect| Rect {
            x: r.x + 0.5,
            y: r.y + 0.5,
            w: r.w - 1.0,
            h: r.h - 1.0,
        };
        self.pages[p].symbols.iter().enumerate().any(|(k, s)| {
            let r = inside(&s.rect);
            !ends.contains(&k) && cross::may_pass(b, &r) && cross::through(points, &r)
        })
    }

    /// The symbol of step `t` on page `p` nearest the track at `x` (the
    /// first of equals), its lane, and whether its right side faces the
    /// track.
    fn nearest(&self, p: usize, t: usize, x: f32) -> (usize, usize, bool) {
        let instances = &self.instances[t];
        if let [(lane, sym)] = *instances {
            return (lane, sym, x > self.sym(p, sym).rect.cx());
        }
        let &(lane, sym) = instances
            .iter()
            .min_by(|a, b| {
                (self.sym(p, a.1).rect.cx() - x)
                    .abs()
                    .total_cmp(&(self.sym(p, b.1).rect.cx() - x).abs())
            })
            .expect("a step has a symbol");
        (lane, sym, x > self.sym(p, sym).rect.cx())
    }

    /// The symbol of step `t` on page `p` nearest the track at `x`: the
    /// middle of its side facing the track.
    fn facing(&self, memo: &mut Memo, p: usize, t: usize, x: f32) -> (f32, f32) {
        let (_, sym, right) = self.nearest(p, t, x);
        if let Some(&(_, _, at)) = memo
            .facing
            .iter()
            .flatten()
            .find(|m| (m.0, m.1) == (sym, right))
        {
            return at;
        }
        let d = self.sym(p, sym);
        let at = (side_x(d.shape, &d.rect, right, 0.0), d.rect.cy());
        if let Some(free) = memo.facing.iter_mut().find(|m| m.is_none()) {
            *free = Some((sym, right, at));
        }
        at
    }

    /// The places a flow coming along the track at `x` may enter step `t`
    /// on page `p`: the symbol of `t` nearest the track, on the side facing
    /// it, at each entry offset (the middle only where no flow leaves and
    /// no join line arrives).
    fn entries(&self, memo: &mut Memo, p: usize, t: usize, x: f32) -> Entries {
        let (lane, sym, right) = self.nearest(p, t, x);
        if let Some(&(_, _, e)) = memo
            .entries
            .iter()
            .flatten()
            .find(|m| (m.0, m.1) == (sym, right))
        {
            return e;
        }
        let e = self.entries_of(p, t, lane, sym, right);
        if let Some(free) = memo.entries.iter_mut().find(|m| m.is_none()) {
            *free = Some((sym, right, e));
        }
        e
    }

    /// The entry points on the side `right` of step `t`'s symbol `sym` (in
    /// `lane`) on page `p`.
    fn entries_of(&self, p: usize, t: usize, lane: usize, sym: usize, right: bool) -> Entries {
        let d = self.sym(p, sym);
        let joined = self.instances[t]
            .iter()
            .any(|o| if right { o.0 > lane } else { o.0 < lane });
        let keep_middle = joined || d.shape == Shape::Decision || self.side_exit[t];
        let (shape, rect) = (d.shape, d.rect);
        let taken = self.occ[p].slots_taken(sym, right);
        let taken = |dy: f32| taken.clone().any(|o| o == dy);
        let mut out = Entries {
            buf: [Entry {
                sym,
                right,
                dy: 0.0,
                at: (0.0, 0.0),
                free: true,
                rank: 0,
            }; 5],
            len: 0,
        };
        for dy in self.m.slots {
            if keep_middle && dy == 0.0 {
                continue;
            }
            out.buf[out.len] = Entry {
                sym,
                right,
                dy,
                at: (side_x(shape, &rect, right, dy), rect.cy() + dy),
                free: !taken(dy),
                rank: out.len,
            };
            out.len += 1;
        }
        out
    }

    /// The best way to leave step `from` sideways on its page: to step `t`
    /// on the same page, or else to a connector in the strip at the top
    /// (`to_top`) or bottom. A flow further down may also leave from the
    /// bottom, when no other flow does, and turn to its track just below
    /// the symbol.
    ///
    /// The candidates (an exit and a track each) are weighed best first by
    /// what is known of them before their crossings are counted; the search
    /// stops at the first whose bound cannot beat the best found.
    fn departure(
        &self,
        from: usize,
        t: Option<usize>,
        branch: Option<Branch>,
        to_top: bool,
    ) -> Option<Route> {
        let p = self.page_of[from];
        let mut memo = Memo::default();
        let forward = t.map_or(!to_top, |t| t > from);
        let bottom = forward && !self.has_bottom_exit(from);
        // When nothing else decides: a "Ya" or `lanjut` further down goes
        // down (as SOP-AP draws it), a sideways "Ya" keeps to the left, the
        // others to the right.
        let sides = if branch == Some(Branch::Ya) {
            [Exit::Side(false), Exit::Side(true)]
        } else {
            [Exit::Side(true), Exit::Side(false)]
        };
        let (first, last) = match (bottom, branch == Some(Branch::Tidak)) {
            (true, false) => (Some(Exit::Bottom), None),
            (true, true) => (None, Some(Exit::Bottom)),
            (false, _) => (None, None),
        };
        let exits = first.into_iter().chain(sides).chain(last);
        let label = branch.and_then(|b| self.labels.get(from, b));
        let page = &self.pages[p];
        let (_, ch) = self.m.offpage;
        let (cend, strip_edge) = if to_top {
            (self.m.spacer / 2.0 + ch / 2.0, self.m.spacer)
        } else {
            (
                page.height - self.m.spacer / 2.0 - ch / 2.0,
                page.height - self.m.spacer,
            )
        };
        // The exits: where each leaves, its symbol and first points, the
        // tracks beside it; then the candidates (an exit and a track) with
        // a bound of their cost.
        let mut heads = [(Exit::Bottom, 0, Path::new(&[])); 3];
        let mut candidates = self.candidates.take();
        candidates.clear();
        for (side, exit) in exits.enumerate() {
            let (lane, src) = match exit {
                Exit::Side(right) => self.exit_instance(from, right),
                Exit::Bottom => match t {
                    Some(t) => self.nearest_pair(from, t).0,
                    None => self.instances[from][0],
                },
            };
            let s = self.sym(p, src);
            let (head, tracks, taken) = match exit {
                Exit::Side(right) => (
                    Path::new(&[(side_x(s.shape, &s.rect, right, 0.0), s.rect.cy())]),
                    (right, None),
                    usize::from(!self.occ[p].slot_free(src, right, 0.0)),
                ),
                Exit::Bottom => {
                    let (x, y) = (s.rect.cx(), s.rect.bottom());
                    (
                        Path::new(&[(x, y), (x, y + self.m.turn)]),
                        (true, Some(false)),
                        0,
                    )
                }
            };
            let tracks = self.tracks_beside(lane, tracks.0).chain(
                tracks
                    .1
                    .into_iter()
                    .flat_map(|r| self.tracks_beside(lane, r)),
            );
            let (hx, hy) = *head.last().expect("an exit has a point");
            // The room for the label depends on the exit and on where the
            // route turns after it: up or down the track from a side, left
            // or right from the bottom.
            let mut rooms: [Option<(usize, usize)>; 2] = [None, None];
            for Track { x, rank } in tracks {
                // Where the route goes after the track: the target's
                // middle, or the strip.
                let (to_x, to_y) = match t {
                    Some(t) => self.facing(&mut memo, p, t, x),
                    None => (x, strip_edge),
                };
                let toward = if exit == Exit::Bottom {
                    (x, hy)
                } else {
                    (x, to_y)
                };
                let key = match exit {
                    Exit::Side(_) => usize::from(toward.1 > hy),
                    Exit::Bottom => usize::from(toward.0 > hx),
                };
                let (no_room, crossed) = *rooms[key].get_or_insert_with(|| {
                    let Some(text) = label else {
                        return (0, 0);
                    };
                    let mut probe = head;
                    if probe.len() == 1 {
                        probe.push((hx + (toward.0 - hx).signum() * 5.0, hy));
                    }
                    probe.push(toward);
                    let r = labels::room(&probe, &s.rect, text, page, &self.boxes[p]);
                    (usize::from(!r.fits), usize::from(!r.clear))
                });
                let (x0, y0) = head[0];
                let length = (x0 - hx).abs()
                    + (y0 - hy).abs()
                    + (x - hx).abs()
                    + (to_y - hy).abs()
                    + (to_x - x).abs();
                // The exit's place in `heads` is `side`: no need to
                // order by it as well.
                candidates.push(
                    Cost {
                        conflicts: taken,
                        label: no_room,
                        crossings: 0,
                        over_labels: 0,
                        label_lines: crossed,
                        joins: 0,
                        length: round_u32(length),
                        side,
                        track: rank.1,
                        slot: 0,
                    }
                    .pack(x),
                );
            }
            heads[side] = (exit, src, head);
        }
        let drawn = Drawn {
            arrows: &page.arrows,
            boxes: &self.boxes[p],
        };
        let places = if t.is_none() {
            self.strip_places(p, !to_top)
        } else {
            Vec::new()
        };
        let mut best: Option<Route> = None;
        for key in Ascending::new(&mut candidates) {
            let (bound, x) = Cost::unpack(key);
            let bar = best.as_ref().map(|r| r.cost);
            if bar.is_some_and(|b| bound >= b) {
                break;
            }
            let (exit, src, head) = heads[bound.side];
            let (_, hy) = *head.last().expect("an exit has a point");
            let mut points = head;
            points.push((x, hy));
            match t {
                Some(t) => {
                    // The part every entry shares (the exit, and the track as
                    // far as the entry nearest the exit): when that alone
                    // cannot beat the best, none can.
                    let entries = self.entries(&mut memo, p, t, x);
                    let near = entries
                        .iter()
                        .map(|e| e.at.1)
                        .min_by(|a, b| (a - hy).abs().total_cmp(&(b - hy).abs()))
                        .expect("a step has entry points");
                    let mut trunk = points;
                    trunk.push((x, near));
                    if self
                        .score(p, &drawn, &trunk, [src, usize::MAX], bound, bar)
                        .is_none()
                    {
                        continue;
                    }
                    for &e in entries.iter() {
                        let mut points = points;
                        points.push((x, e.at.1));
                        points.push(e.at);
                        let mut k = bound;
                        k.slot = e.rank;
                        k.conflicts += usize::from(!e.free);
                        let bar = best.as_ref().map(|r| r.cost);
                        if let Some(cost) = self.score(p, &drawn, &points, [src, e.sym], k, bar) {
                            best = Some(Route {
                                cost,
                                points: points.to_vec(),
                                exit: Some((src, exit)),
                                entry: Some(e),
                                strip: None,
                            });
                        }
                    }
                }
                None => {
                    let link = self.strip_link(p, !to_top, &places, x, hy);
                    for pt in [(x, link.level), (link.x, link.level), (link.x, cend)] {
                        points.push(pt);
                    }
                    let mut k = bound;
                    k.length = length(&points);
                    k.conflicts += usize::from(!link.free);
                    if let Some(cost) = self.score(p, &drawn, &points, [src, usize::MAX], k, bar) {
                        best = Some(Route {
                            cost,
                            points: points.to_vec(),
                            exit: Some((src, exit)),
                            entry: None,
                            strip: Some((!to_top, link.x)),
                        });
                    }
                }
            }
        }
        self.candidates.replace(candidates);
        best
    }

    /// The best way for a flow arriving on page `q` through a connector in
    /// its bottom (`from_below`) or top strip to reach step `t`, weighed
    /// best first like a departure.
    fn arrival(&self, q: usize, t: usize, from_below: bool) -> Option<Route> {
        let mut memo = Memo::default();
        let page = &self.pages[q];
        let (_, ch) = self.m.offpage;
        let (cedge, strip_edge) = if from_below {
            (
                page.height - self.m.spacer / 2.0 - ch / 2.0,
                page.height - self.m.spacer,
            )
        } else {
            (self.m.spacer / 2.0 + ch / 2.0, self.m.spacer)
        };
        let mut candidates = self.candidates.take();
        candidates.clear();
        for &(lane, _) in &self.instances[t] {
            for (side, right) in [true, false].into_iter().enumerate() {
                for Track { x, rank } in self.tracks_beside(lane, right) {
                    let mid = self.facing(&mut memo, q, t, x);
                    let bound = Cost {
                        conflicts: 0,
                        label: 0,
                        crossings: 0,
                        over_labels: 0,
                        label_lines: 0,
                        joins: 0,
                        length: round_u32((strip_edge - mid.1).abs() + (x - mid.0).abs()),
                        side,
                        track: rank.1,
                        slot: 0,
                    };
                    candidates.push(bound.pack(x));
                }
            }
        }
        let drawn = Drawn {
            arrows: &page.arrows,
            boxes: &self.boxes[q],
        };
        let places = self.strip_places(q, from_below);
        let mut best: Option<Route> = None;
        for key in Ascending::new(&mut candidates) {
            let (bound, x) = Cost::unpack(key);
            let bar = best.as_ref().map(|r| r.cost);
            if bar.is_some_and(|b| bound >= b) {
                break;
            }
            // One link for the track; the entry points differ by a few
            // pixels only (the routes are checked in full below).
            let entries = self.entries(&mut memo, q, t, x);
            let first = *entries.first().expect("a step has entry points");
            let link = self.strip_link(q, from_below, &places, x, first.at.1);
            let head = [(link.x, cedge), (link.x, link.level), (x, link.level)];
            let d = self.sym(q, first.sym);
            let mid = (side_x(d.shape, &d.rect, first.right, 0.0), d.rect.cy());
            let mut known = bound;
            known.length = length(&[head[0], head[1], head[2], (x, mid.1), mid]);
            known.conflicts += usize::from(!link.free);
            let near = entries
                .iter()
                .map(|e| e.at.1)
                .min_by(|a, b| (a - link.level).abs().total_cmp(&(b - link.level).abs()))
                .expect("a step has entry points");
            let mut trunk = Path::new(&head);
            trunk.push((x, near));
            if self
                .score(q, &drawn, &trunk, [usize::MAX, usize::MAX], known, bar)
                .is_none()
            {
                continue;
            }
            for &e in entries.iter() {
                let mut k = known;
                k.slot = e.rank;
                let bar = best.as_ref().map(|r| r.cost);
                if bar.is_some_and(|b| k >= b) {
                    continue;
                }
                let mut points = Path::new(&head);
                points.push((x, e.at.1));
                points.push(e.at);
                k.conflicts += usize::from(!e.free);
                if let Some(cost) = self.score(q, &drawn, &points, [usize::MAX, e.sym], k, bar) {
                    best = Some(Route {
                        cost,
                        points: points.to_vec(),
                        exit: None,
                        entry: Some(e),
                        strip: Some((from_below, link.x)),
                    });
                }
            }
        }
        self.candidates.replace(candidates);
        best
    }

    fn take_exit(&mut self, p: usize, from: usize, src: usize, exit: Exit) {
        match exit {
            Exit::Side(right) => self.occ[p].take_slot(src, right, 0.0),
            Exit::Bottom => self.take_bottom_exit(from),
        }
    }

    /// Draws a flow that leaves step `e.from` sideways.
    fn route_side(&mut self, e: Edge) {
        let Node::Step(t) = e.to else {
            // Flows to the end always go straight down.
            return;
        };
        if t == e.from {
            return;
        }
        let from = e.from;
        let (p, q) = (self.page_of[from], self.page_of[t]);
        if p == q {
            let Some(r) = self.departure(from, Some(t), e.branch, false) else {
                return;
            };
            let (src, exit) = r.exit.expect("a departure has an exit");
            let entry = r.entry.expect("a route on one page has an entry");
            self.take_exit(p, from, src, exit);
            self.occ[p].take_slot(entry.sym, entry.right, entry.dy);
            self.commit(
                p,
                Arrow {
                    from: Node::Step(from),
                    to: e.to,
                    branch: e.branch,
                    via: None,
                    start: src,
                    end: entry.sym,
                    points: r.points,
                    label: None,
                },
            );
            return;
        }
        // Across pages: up to a connector in this page's top strip and on
        // from its twin in the target page's bottom strip, or down through
        // the bottom and top strips.
        let up = q < p;
        let (Some(out), Some(arr)) = (
            self.departure(from, None, e.branch, up),
            self.arrival(q, t, up),
        ) else {
            return;
        };
        let letter = self.next_letter();
        let (src, exit) = out.exit.expect("a departure has an exit");
        let (bottom, x) = out
            .strip
            .expect("a departure to another page ends in a strip");
        let c = self.add_connector(p, bottom, x, &letter);
        self.take_exit(p, from, src, exit);
        self.commit(
            p,
            Arrow {
                from: Node::Step(from),
                to: e.to,
                branch: e.branch,
                via: Some(letter.clone()),
                start: src,
                end: c,
                points: out.points,
                label: None,
            },
        );
        let (bottom2, x2) = arr.strip.expect("an arrival starts in a strip");
        let c2 = self.add_connector(q, bottom2, x2, &letter);
        let entry = arr.entry.expect("an arrival has an entry");
        self.occ[q].take_slot(entry.sym, entry.right, entry.dy);
        self.commit(
            q,
            Arrow {
                from: Node::Step(from),
                to: e.to,
                branch: None,
                via: Some(letter),
                start: c2,
                end: entry.sym,
                points: arr.points,
                label: None,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_come_smallest_first_as_sorted() {
        let mut state = 0xA5C_u64;
        for len in [0usize, 1, 15, 16, 17, 31, 32, 33, 100, 257] {
            let mut keys: Vec<u128> = (0..len)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    u128::from(state >> 40) << 64 | u128::from(state % 7)
                })
                .collect();
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            let taken: Vec<u128> = Ascending::new(&mut keys).collect();
            assert_eq!(taken, sorted, "{len}");
            // Taken part of the way, the first ones are the smallest.
            let some: Vec<u128> = Ascending::new(&mut keys).take(len / 3 + 1).collect();
            assert_eq!(some, sorted[..some.len()], "{len}");
        }
    }

    #[test]
    fn packed_bounds_order_as_the_bounds_do() {
        let mut state = 0x5EED_u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let xs = [
            -0.0f32,
            0.0,
            1.5,
            -1.5,
            3.25,
            100.0,
            f32::MAX,
            f32::MIN,
            1e-40,
            -1e-40,
        ];
        let mut all = Vec::new();
        for _ in 0..5000 {
            let bound = Cost {
                conflicts: next(2) as usize,
                label: next(2) as usize,
                crossings: 0,
                over_labels: 0,
                label_lines: next(2) as usize,
                joins: 0,
                length: [0, 1, 7, 300, u32::MAX][next(5) as usize],
                side: next(3) as usize,
                track: [0, 1, 2, 40, u32::MAX as usize][next(5) as usize],
                slot: 0,
            };
            let x = xs[next(xs.len() as u64) as usize];
            let k = bound.pack(x);
            let (back, bx) = Cost::unpack(k);
            assert_eq!(back, bound);
            assert_eq!(bx.to_bits(), x.to_bits());
            all.push((bound, x, k));
        }
        let mut by_key = all.clone();
        by_key.sort_by_key(|c| c.2);
        let mut by_bound = all;
        by_bound.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let keys = |v: &[(Cost, f32, u128)]| v.iter().map(|c| c.2).collect::<Vec<_>>();
        assert_eq!(keys(&by_key), keys(&by_bound));
    }
}
