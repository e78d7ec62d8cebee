//! Where arrows cross: every arrow is an orthogonal polyline, so two of
//! them cross where a horizontal segment of one meets a vertical segment of
//! the other. Arrows that merely meet at their ends (at a symbol) do not
//! cross; the dashed lines joining a step's symbols are not arrows.

use super::model::{Arrow, Join, Page, Rect};

type Pt = (f32, f32);

const EPS: f32 = 0.01;

fn vertical(a: Pt, b: Pt) -> bool {
    (a.0 - b.0).abs() < EPS
}

fn within(v: f32, a: f32, b: f32) -> bool {
    v >= a.min(b) - EPS && v <= a.max(b) + EPS
}

/// Where segment a–b meets segment c–d, when one is horizontal and the
/// other vertical (touching counts). Parallel segments never do here:
/// arrows running along each other are kept apart when they are routed.
/// (The definition `meets` follows, a segment of one polyline against all
/// of another's.)
#[cfg(test)]
fn meet(a: Pt, b: Pt, c: Pt, d: Pt) -> Option<Pt> {
    let (av, cv) = (vertical(a, b), vertical(c, d));
    if av == cv {
        return None;
    }
    let ((v0, v1), (h0, h1)) = if av {
        ((a, b), (c, d))
    } else {
        ((c, d), (a, b))
    };
    let (x, y) = (v0.0, h0.1);
    (within(x, h0.0, h1.0) && within(y, v0.1, v1.1)).then_some((x, y))
}

fn same(p: Pt, q: Pt) -> bool {
    (p.0 - q.0).abs() < EPS && (p.1 - q.1).abs() < EPS
}

fn is_end(points: &[Pt], p: Pt) -> bool {
    same(points[0], p) || same(points[points.len() - 1], p)
}

/// The box around a polyline: (left, top, right, bottom).
pub(super) type Bounds = (f32, f32, f32, f32);

pub(super) fn bounds(a: &[Pt]) -> Bounds {
    a.iter().fold(
        (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
        |(l, t, r, b), &(x, y)| (l.min(x), t.min(y), r.max(x), b.max(y)),
    )
}

fn apart(a: Bounds, b: Bounds) -> bool {
    a.0 > b.2 + EPS || b.0 > a.2 + EPS || a.1 > b.3 + EPS || b.1 > a.3 + EPS
}

/// How many times two polylines cross, not counting a point where both
/// end.
pub(super) fn between(a: &[Pt], b: &[Pt]) -> usize {
    let bb = bounds(b);
    if apart(bounds(a), bb) {
        return 0;
    }
    meets(a, b, bb)
}

/// The arrows of a page with their boxes (`boxes[k]` of `arrows[k]`), for
/// counting the crossings of many candidate routes against them.
pub(super) struct Drawn<'a> {
    pub(super) arrows: &'a [Arrow],
    pub(super) boxes: &'a [Bounds],
}

impl Drawn<'_> {
    /// How many times `a` (within `ba`) crosses the arrows, counted until
    /// there are `limit` (the count is exact when below it).
    pub(super) fn crossings(&self, a: &[Pt], ba: Bounds, limit: usize) -> usize {
        let mut n = 0;
        for (&bb, b) in self.boxes.iter().zip(self.arrows) {
            if n >= limit {
                break;
            }
            if !apart(ba, bb) {
                n += meets(a, &b.points, bb);
            }
        }
        n
    }
}

/// The crossings of two polylines whose boxes meet; `bb` is `b`'s box.
/// (What `meet` finds for each pair of segments, with the side of the pair
/// from `a` worked out once for all of `b`'s.)
fn meets(a: &[Pt], b: &[Pt], bb: Bounds) -> usize {
    let mut n = 0;
    for s in a.windows(2) {
        let (s0, s1) = (s[0], s[1]);
        if apart(bounds(s), bb) {
            continue;
        }
        let sv = vertical(s0, s1);
        // The span of `s` across which the other segment must lie.
        let (lo, hi) = if sv {
            (s0.1.min(s1.1) - EPS, s0.1.max(s1.1) + EPS)
        } else {
            (s0.0.min(s1.0) - EPS, s0.0.max(s1.0) + EPS)
        };
        for t in b.windows(2) {
            let (t0, t1) = (t[0], t[1]);
            if vertical(t0, t1) == sv {
                continue;
            }
            let p = if sv {
                // `s` vertical, `t` across it.
                let p = (s0.0, t0.1);
                (within(p.0, t0.0, t1.0) && p.1 >= lo && p.1 <= hi).then_some(p)
            } else {
                let p = (t0.0, s0.1);
                (p.0 >= lo && p.0 <= hi && within(p.1, t0.1, t1.1)).then_some(p)
            };
            if let Some(p) = p
                && !(is_end(a, p) && is_end(b, p))
            {
                n += 1;
            }
        }
    }
    n
}

/// How many times the polyline (within `ba`) crosses the dashed lines
/// joining a step's symbols.
pub(super) fn joins(a: &[Pt], ba: Bounds, joins: &[Join]) -> usize {
    joins
        .iter()
        .map(|j| {
            let b = [(j.x1, j.y), (j.x2, j.y)];
            let bb = bounds(&b);
            if apart(ba, bb) { 0 } else { meets(a, &b, bb) }
        })
        .sum()
}

/// Whether a polyline within `b` may pass through the inside of `r`:
/// `through` can be true only then.
pub(super) fn may_pass(b: Bounds, r: &Rect) -> bool {
    b.0 < r.right() && b.2 > r.x && b.1 < r.bottom() && b.3 > r.y
}

/// Whether the polyline passes through the inside of `r`.
pub(super) fn through(a: &[Pt], r: &Rect) -> bool {
    a.windows(2).any(|s| {
        let ((x0, y0), (x1, y1)) = (s[0], s[1]);
        x0.min(x1) < r.right() && x0.max(x1) > r.x && y0.min(y1) < r.bottom() && y0.max(y1) > r.y
    })
}

/// `crossings` of a page whose arrows' boxes are `boxes`.
pub(super) fn crossings_boxed(page: &Page, boxes: &[Bounds]) -> usize {
    let arrows = &page.arrows;
    let mut n = 0;
    for (i, a) in arrows.iter().enumerate() {
        for (b, &bb) in arrows[i + 1..].iter().zip(&boxes[i + 1..]) {
            if !apart(boxes[i], bb) {
                n += meets(&a.points, &b.points, bb);
            }
        }
    }
    n
}

/// The number of arrow-on-arrow crossings on a page: every pair of arrows,
/// every point where a segment of one meets a segment of the other, other
/// than where both end.
pub fn crossings(page: &Page) -> usize {
    let arrows = &page.arrows;
    let mut n = 0;
    for (i, a) in arrows.iter().enumerate() {
        for b in &arrows[i + 1..] {
            n += between(&a.points, &b.points);
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossings_are_those_of_every_pair_of_segments() {
        // Random orthogonal polylines on a small grid (so that they touch,
        // share ends and run along each other), against `meet` pair by
        // pair.
        let mut state = 0x3E7_u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let line = |next: &mut dyn FnMut(u64) -> u64| {
            let mut p = (next(6) as f32 * 2.0, next(6) as f32 * 2.0);
            let mut out = vec![p];
            for k in 0..1 + next(5) {
                let d = next(7) as f32 * 2.0 - 6.0;
                p = if k % 2 == next(2) {
                    (p.0 + d, p.1)
                } else {
                    (p.0, p.1 + d)
                };
                out.push(p);
            }
            out
        };
        for _ in 0..20_000 {
            let a = line(&mut next);
            let b = line(&mut next);
            let mut want = 0;
            for s in a.windows(2) {
                for t in b.windows(2) {
                    if let Some(p) = meet(s[0], s[1], t[0], t[1])
                        && !(is_end(&a, p) && is_end(&b, p))
                    {
                        want += 1;
                    }
                }
            }
            assert_eq!(between(&a, &b), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn crossing_segments_count_and_shared_ends_do_not() {
        let plus = |a: &[Pt], b: &[Pt]| between(a, b);
        // A plus sign crosses once.
        assert_eq!(
            plus(&[(0.0, 5.0), (10.0, 5.0)], &[(5.0, 0.0), (5.0, 10.0)]),
            1
        );
        // Parallel lines, and lines that miss each other, do not.
        assert_eq!(
            plus(&[(0.0, 5.0), (10.0, 5.0)], &[(0.0, 6.0), (10.0, 6.0)]),
            0
        );
        assert_eq!(
            plus(&[(0.0, 5.0), (4.0, 5.0)], &[(5.0, 0.0), (5.0, 10.0)]),
            0
        );
        assert_eq!(
            plus(
                &[(0.0, 5.0), (5.0, 5.0), (5.0, 9.0)],
                &[(5.0, 0.0), (5.0, 4.0)]
            ),
            0
        );
        // An arrow ending on another's line touches it: a crossing. Two
        // arrows ending at the same point (at a symbol) do not cross.
        assert_eq!(
            plus(&[(0.0, 5.0), (5.0, 5.0)], &[(5.0, 0.0), (5.0, 10.0)]),
            1
        );
        assert_eq!(
            plus(&[(0.0, 5.0), (5.0, 5.0)], &[(5.0, 10.0), (5.0, 5.0)]),
            0
        );
        // A U-turn around a line's end crosses it twice.
        let u = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        assert_eq!(plus(&u, &[(5.0, -5.0), (5.0, 15.0)]), 2);
        assert!(through(
            &u,
            &Rect {
                x: 8.0,
                y: 4.0,
                w: 4.0,
                h: 2.0
            }
        ));
        assert!(!through(
            &u,
            &Rect {
                x: 2.0,
                y: 2.0,
                w: 4.0,
                h: 4.0
            }
        ));
    }
}
