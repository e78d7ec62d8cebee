//! Geometry invariants of the flowchart, over thousands of random flows and
//! every SOP of the example catalogue and the fixture sites: no two symbols
//! overlap, no arrow passes through a symbol other than its ends, every
//! arrow ends on its target's border, every step has exactly one symbol per
//! actor, exactly one start and one end terminator, every decision exactly
//! one "ya" and one "tidak" exit (labelled with its own words, where the
//! label overlaps no symbol and no other label), every `lanjut` one exit
//! and no arrow to the next step, no two arrows run along each other, and
//! arrows cross only where they must.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use sopgen::flowchart::geometry::{
    self, Arrow, Branch, FlowStep, LABEL_SIZE, Metrics, Node, Page, Shape, Symbol,
};
use sopgen::flowchart::table;
use sopgen::flowchart::text::{self, Weight};

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Branch labels as sources write them, short and long.
const LABELS: [(&str, &str); 6] = [
    ("Lengkap", "Tidak Lengkap"),
    ("Setuju", "Perbaikan"),
    ("Sesuai", "Tdk"),
    ("Memenuhi Syarat", "Tidak Memenuhi Syarat"),
    ("Valid", "Dikembalikan untuk diperbaiki"),
    ("ACC", "Revisi"),
];

/// A random flow: up to 12 lanes and 60 steps, with loops and jumps (from
/// decisions and `lanjut`), the sources' own branch labels, and printed
/// numbers that now and then skip one.
fn random_flow(rng: &mut Rng) -> (usize, Vec<FlowStep>, Vec<f32>) {
    let lanes = 1 + rng.below(12);
    let n = 1 + rng.below(60);
    let mut steps = Vec::with_capacity(n);
    let mut no = 0;
    for i in 0..n {
        no += if rng.chance(8) { 2 } else { 1 };
        let mut actors = vec![rng.below(lanes)];
        if lanes > 1 && rng.chance(15) {
            let other = rng.below(lanes);
            if !actors.contains(&other) {
                actors.push(other);
            }
            if rng.chance(20) {
                let third = rng.below(lanes);
                if !actors.contains(&third) {
                    actors.push(third);
                }
            }
        }
        let mut step = FlowStep::new(no, actors);
        if i > 0 && rng.chance(22) {
            // Back 1 to 6 steps (a loop), now and then forward.
            let back = 1 + rng.below(6.min(i));
            step.tidak = Some(i - back);
            if i + 3 < n && rng.chance(10) {
                step.ya = Some(i + 2 + rng.below(2));
            }
            if rng.chance(5) && i + 2 < n {
                step.tidak = Some(i + 2);
            }
            if rng.chance(40) {
                let (ya, tidak) = LABELS[rng.below(LABELS.len())];
                step.label_ya = Some(ya.to_string());
                step.label_tidak = Some(tidak.to_string());
            }
        } else if n > 2 && rng.chance(6) {
            // A correction going back, or a jump forward.
            let target = rng.below(n);
            if target != i && target != i + 1 {
                step.lanjut = Some(target);
            }
        }
        steps.push(step);
    }
    let rows: Vec<f32> = (0..n)
        .map(|_| table::MIN_ROW + (rng.below(6) * rng.below(40)) as f32)
        .collect();
    (lanes, steps, rows)
}

fn lay_out(lanes: usize, steps: &[FlowStep], rows: &[f32]) -> Vec<Page> {
    let cols = table::Columns::new(lanes, false);
    let split = table::paginate(rows, 60.0, geometry::strips(steps));
    geometry::layout(
        steps,
        lanes,
        Metrics::new(cols.lane, table::SPACER),
        rows,
        &split,
    )
}

fn overlap(a: &geometry::Rect, b: &geometry::Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// Whether the segment p–q passes through the inside of `r`.
fn crosses(p: (f32, f32), q: (f32, f32), r: &geometry::Rect) -> bool {
    let inner = geometry::Rect {
        x: r.x + 0.5,
        y: r.y + 0.5,
        w: r.w - 1.0,
        h: r.h - 1.0,
    };
    let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
    let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
    x0 < inner.right() && x1 > inner.x && y0 < inner.bottom() && y1 > inner.y
}

/// Whether (x, y) lies on the border of symbol `s`, within half a pixel.
fn on_border(s: &Symbol, (x, y): (f32, f32)) -> bool {
    let r = &s.rect;
    let tol = 0.6;
    let dy = y - r.cy();
    let dx = x - r.cx();
    match s.shape {
        Shape::Decision => {
            // |dx|/(w/2) + |dy|/(h/2) = 1
            let v = dx.abs() / (r.w / 2.0) + dy.abs() / (r.h / 2.0);
            (v - 1.0).abs() * (r.w / 2.0).min(r.h / 2.0) < tol
        }
        Shape::Process | Shape::Offpage | Shape::Terminator => {
            let on_side = ((x - r.x).abs() < tol || (x - r.right()).abs() < tol)
                && y >= r.y - tol
                && y <= r.bottom() + tol;
            let on_top = ((y - r.y).abs() < tol || (y - r.bottom()).abs() < tol)
                && x >= r.x - tol
                && x <= r.right() + tol;
            match s.shape {
                Shape::Terminator => {
                    let rad = r.h / 2.0;
                    let straight = (dx.abs() <= r.w / 2.0 - rad + tol)
                        && ((y - r.y).abs() < tol || (y - r.bottom()).abs() < tol);
                    let cx = if dx > 0.0 { r.right() - rad } else { r.x + rad };
                    let round = (((x - cx).powi(2) + dy.powi(2)).sqrt() - rad).abs() < tol
                        && dx.abs() > r.w / 2.0 - rad - tol;
                    straight || round
                }
                // The pentagon's slanted lower edges are reached only at its point.
                Shape::Offpage => {
                    on_side || on_top || ((x - r.cx()).abs() < tol && (y - r.bottom()).abs() < tol)
                }
                _ => on_side || on_top,
            }
        }
    }
}

/// The box of a label's glyphs: its advance widths in the theme font,
/// from the cap height of its first line to the descenders of its last.
fn label_box(l: &geometry::Label) -> geometry::Rect {
    assert!(
        (1..=3).contains(&l.lines.len()),
        "a label has one to three lines: {l:?}"
    );
    let w = l
        .lines
        .iter()
        .map(|line| text::width(line, LABEL_SIZE, Weight::Regular))
        .fold(0.0, f32::max);
    geometry::Rect {
        x: if l.end { l.x - w } else { l.x },
        y: l.y - 0.72 * LABEL_SIZE,
        w,
        h: 0.93 * LABEL_SIZE + (l.lines.len() - 1) as f32 * geometry::LABEL_LINE,
    }
}

/// Whether a label box meets a symbol's outline (a decision's diamond).
fn label_meets(s: &Symbol, r: &geometry::Rect) -> bool {
    if !overlap(&s.rect, r) {
        return false;
    }
    if s.shape != Shape::Decision {
        return true;
    }
    let c = &s.rect;
    let dx = (c.cx() - c.cx().clamp(r.x, r.right())).abs();
    let dy = (c.cy() - c.cy().clamp(r.y, r.bottom())).abs();
    dx / (c.w / 2.0) + dy / (c.h / 2.0) < 1.0
}

/// What a flow's drawing showed, beyond the invariants.
#[derive(Debug, Default)]
struct Seen {
    crossings: usize,
    labels: usize,
    /// Labels a line runs through.
    crossed_labels: usize,
}

fn check(steps: &[FlowStep], pages: &[Page], case: &str) -> Seen {
    let n = steps.len();
    let mut seen = Seen::default();
    let mut instances: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut exits: HashMap<(usize, Branch), Vec<Node>> = HashMap::new();
    let mut drawn: BTreeSet<(Node, Node)> = BTreeSet::new();
    let mut terminators: Vec<(Option<usize>, Option<Node>)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        let here = format!("{case}, page {p}");
        seen.crossings += geometry::crossings(page);
        for (a, sa) in page.symbols.iter().enumerate() {
            assert!(
                sa.rect.x >= -0.01 && sa.rect.right() <= page.width + 0.01,
                "{here}: symbol outside the page: {sa:?}"
            );
            assert!(
                sa.rect.y >= -0.01 && sa.rect.bottom() <= page.height + 0.01,
                "{here}: symbol outside the page: {sa:?}"
            );
            if sa.shape == Shape::Terminator {
                terminators.push((sa.step, sa.terminal));
            }
            if let Some(step) = sa.step {
                instances.entry(step).or_default().push(sa.lane.unwrap());
                let k = step - page.steps.start;
                let (top, h) = page.rows[k];
                assert!(
                    sa.rect.y >= top && sa.rect.bottom() <= top + h,
                    "{here}: step {step}'s symbol leaves its row"
                );
            }
            for sb in &page.symbols[a + 1..] {
                assert!(
                    !overlap(&sa.rect, &sb.rect),
                    "{here}: symbols overlap: {sa:?} {sb:?}"
                );
            }
        }
        let mut labels: Vec<geometry::Rect> = Vec::new();
        for arrow in &page.arrows {
            check_arrow(page, arrow, &here);
            let leaves_step =
                matches!(arrow.from, Node::Step(f) if page.symbols[arrow.start].step == Some(f));
            if let (Node::Step(from), Some(b), true) = (arrow.from, arrow.branch, leaves_step) {
                exits.entry((from, b)).or_default().push(arrow.to);
                let want = match b {
                    Branch::Ya => Some(steps[from].label_ya.as_deref().unwrap_or("Ya")),
                    Branch::Tidak => Some(steps[from].label_tidak.as_deref().unwrap_or("Tidak")),
                    Branch::Lanjut => None,
                };
                assert_eq!(
                    arrow.label.as_ref().map(|l| l.lines.join(" ")).as_deref(),
                    want,
                    "{here}: the label of {arrow:?}"
                );
            }
            drawn.insert((arrow.from, arrow.to));
            if let Some(l) = &arrow.label {
                let r = label_box(l);
                seen.labels += 1;
                assert!(
                    r.x >= 0.0
                        && r.right() <= page.width
                        && r.y >= 0.0
                        && r.bottom() <= page.height,
                    "{here}: label {l:?} leaves the page"
                );
                for s in &page.symbols {
                    assert!(!label_meets(s, &r), "{here}: label {l:?} on {s:?}");
                }
                for o in &labels {
                    assert!(!overlap(o, &r), "{here}: labels overlap: {l:?}");
                }
                labels.push(r);
                let lines = page
                    .arrows
                    .iter()
                    .any(|a| a.points.windows(2).any(|w| crosses(w[0], w[1], &r)));
                seen.crossed_labels += usize::from(lines);
            }
        }
        // No two arrows run along each other.
        type Segment = (usize, (f32, f32), (f32, f32));
        let segs: Vec<Segment> = page
            .arrows
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.points.windows(2).map(move |w| (i, w[0], w[1])))
            .collect();
        for (x, &(i, p0, p1)) in segs.iter().enumerate() {
            for &(j, q0, q1) in &segs[x + 1..] {
                if i == j {
                    continue;
                }
                let vertical = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).abs() < 0.01;
                let shared = if vertical(p0, p1) && vertical(q0, q1) && (p0.0 - q0.0).abs() < 0.01 {
                    p0.1.max(p1.1).min(q0.1.max(q1.1)) - p0.1.min(p1.1).max(q0.1.min(q1.1))
                } else if !vertical(p0, p1) && !vertical(q0, q1) && (p0.1 - q0.1).abs() < 0.01 {
                    p0.0.max(p1.0).min(q0.0.max(q1.0)) - p0.0.min(p1.0).max(q0.0.min(q1.0))
                } else {
                    0.0
                };
                assert!(
                    shared <= 1.0,
                    "{here}: arrows {:?} and {:?} overlap by {shared}",
                    page.arrows[i],
                    page.arrows[j]
                );
            }
        }
    }
    for (i, s) in steps.iter().enumerate() {
        let mut want: Vec<usize> = s.actors.clone();
        want.sort_unstable();
        want.dedup();
        let mut got = instances.remove(&i).unwrap_or_default();
        got.sort_unstable();
        assert_eq!(got, want, "{case}: step {i} must have one symbol per actor");
        let next = if i + 1 < n {
            Node::Step(i + 1)
        } else {
            Node::End
        };
        if let Some(t) = s.tidak {
            let ya = s.ya.map_or(next, Node::Step);
            assert_eq!(
                exits.get(&(i, Branch::Ya)),
                Some(&vec![ya]),
                "{case}: decision {i} has one ya exit"
            );
            assert_eq!(
                exits.get(&(i, Branch::Tidak)),
                Some(&vec![Node::Step(t)]),
                "{case}: decision {i} has one tidak exit"
            );
        } else if let Some(t) = s.lanjut {
            assert_eq!(
                exits.get(&(i, Branch::Lanjut)),
                Some(&vec![Node::Step(t)]),
                "{case}: step {i} goes on to {t}"
            );
            assert!(
                t == i + 1 || !drawn.contains(&(Node::Step(i), next)),
                "{case}: step {i} with lanjut has no arrow to the next step"
            );
        } else if i + 1 < n || n == 1 {
            assert!(
                drawn.contains(&(Node::Step(i), next)),
                "{case}: {i} -> {next:?} drawn"
            );
        } else {
            assert!(
                !drawn.iter().any(|d| d.0 == Node::Step(i)),
                "{case}: nothing leaves the last step"
            );
        }
    }
    // Exactly one start and one end terminator.
    let last = n - 1;
    let start = if steps[0].tidak.is_some() {
        assert!(
            drawn.contains(&(Node::Start, Node::Step(0))),
            "{case}: Mulai leads to the first step"
        );
        (None, Some(Node::Start))
    } else {
        (Some(0), None)
    };
    let end = if steps[last].tidak.is_some() || n == 1 {
        (None, Some(Node::End))
    } else {
        (Some(last), None)
    };
    terminators.sort();
    let mut want = vec![start, end];
    want.sort();
    assert_eq!(
        terminators, want,
        "{case}: one start and one end terminator"
    );
    seen
}

fn check_arrow(page: &Page, a: &Arrow, here: &str) {
    assert!(a.points.len() >= 2, "{here}: {a:?}");
    for w in a.points.windows(2) {
        let (p, q) = (w[0], w[1]);
        assert!(
            (p.0 - q.0).abs() < 0.01 || (p.1 - q.1).abs() < 0.01,
            "{here}: segment not orthogonal in {a:?}"
        );
        for (k, s) in page.symbols.iter().enumerate() {
            if k != a.start && k != a.end {
                assert!(
                    !crosses(p, q, &s.rect),
                    "{here}: arrow {:?}->{:?} passes through {s:?}: {a:?}",
                    a.from,
                    a.to
                );
            }
        }
    }
    let start = &page.symbols[a.start];
    let end = &page.symbols[a.end];
    assert!(
        on_border(start, a.points[0]),
        "{here}: arrow does not start on its source's border: {a:?} {start:?}"
    );
    assert!(
        on_border(end, *a.points.last().unwrap()),
        "{here}: arrow does not end on its target's border: {a:?} {end:?}"
    );
    // The ends are the right symbols.
    match (start.step, start.terminal, a.from) {
        (Some(s), _, Node::Step(f)) => assert_eq!(s, f, "{here}: {a:?}"),
        (None, Some(Node::Start), Node::Start) => {}
        (None, None, _) => assert_eq!(start.shape, Shape::Offpage, "{here}: {a:?}"),
        _ => panic!("{here}: an arrow leaves the wrong symbol: {a:?} {start:?}"),
    }
    match (end.step, end.terminal, a.to) {
        (Some(s), _, Node::Step(t)) => assert_eq!(s, t, "{here}: {a:?}"),
        (None, Some(Node::End), Node::End) => {}
        (None, None, Node::Step(_)) => assert_eq!(end.shape, Shape::Offpage, "{here}: {a:?}"),
        _ => panic!("{here}: an arrow reaches the wrong symbol: {a:?} {end:?}"),
    }
}

/// The side flows of a flow (returns, jumps, `lanjut`) as row spans, or
/// `None` when one of them leaves its page.
fn side_spans(steps: &[FlowStep], split: &[Range<usize>]) -> Option<Vec<(usize, usize)>> {
    let page = |i: usize| split.iter().position(|r| r.contains(&i)).unwrap();
    let mut spans = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        let mut side: Vec<usize> = Vec::new();
        if let Some(t) = s.tidak {
            side.push(t);
            match s.ya {
                Some(y) if y != i + 1 => side.push(y),
                _ => {}
            }
        }
        side.extend(s.lanjut.filter(|&t| t != i + 1));
        for t in side {
            if page(t) != page(i) {
                return None;
            }
            spans.push((i.min(t), i.max(t)));
        }
    }
    Some(spans)
}

/// Whether no two spans interleave (each pair is nested or apart).
fn laminar(spans: &[(usize, usize)]) -> bool {
    spans.iter().enumerate().all(|(k, a)| {
        spans[k + 1..].iter().all(|b| {
            let apart = a.1 <= b.0 || b.1 <= a.0;
            let nested = (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1);
            apart || nested
        })
    })
}

#[test]
fn invariants_hold_on_thousands_of_random_flows() {
    let mut rng = Rng(0x50F6E2);
    let (mut crossings, mut planar, mut planar_crossings, mut labels, mut crossed) =
        (0, 0, 0, 0, 0);
    for case in 0..3000 {
        let (lanes, steps, rows) = random_flow(&mut rng);
        let laid = lay_out(lanes, &steps, &rows);
        let name = format!("case {case} ({lanes} lanes, {} steps)", steps.len());
        let seen = check(&steps, &laid, &name);
        crossings += seen.crossings;
        labels += seen.labels;
        crossed += seen.crossed_labels;
        // Loops on one page that do not interleave have a drawing without
        // crossings: they must get it.
        let split = table::paginate(&rows, 60.0, geometry::strips(&steps));
        if let Some(spans) = side_spans(&steps, &split)
            && laminar(&spans)
        {
            planar += 1;
            planar_crossings += seen.crossings;
            assert_eq!(seen.crossings, 0, "{name}: crossings in a planar flow");
        }
    }
    eprintln!(
        "random flows: {crossings} crossings in all; {planar} planar flows, {planar_crossings} crossings; {crossed} of {labels} labels crossed by a line"
    );
    assert!(planar > 300, "the planar cases are exercised: {planar}");
    // Labels find a place clear of lines nearly always (what is left are
    // crowded pages of these random flows; none in the real-world shapes).
    assert!(
        crossed * 100 < labels * 2,
        "{crossed} of {labels} labels crossed by a line"
    );
}

#[test]
fn a_last_step_decision_says_ya_to_the_end() {
    let mut steps: Vec<FlowStep> = [0, 1, 1]
        .iter()
        .enumerate()
        .map(|(i, &lane)| FlowStep::new(i + 1, vec![lane]))
        .collect();
    steps[2].tidak = Some(1);
    let rows = vec![table::MIN_ROW; 3];
    let pages = lay_out(2, &steps, &rows);
    check(&steps, &pages, "last decision");
    let end: Vec<&Symbol> = pages[0]
        .symbols
        .iter()
        .filter(|s| s.terminal == Some(Node::End))
        .collect();
    assert_eq!(end.len(), 1);
    assert_eq!(end[0].shape, Shape::Terminator);
    assert!(
        pages[0]
            .arrows
            .iter()
            .any(|a| a.to == Node::End && a.branch == Some(Branch::Ya))
    );
}

#[test]
fn a_first_and_last_step_of_several_actors_is_one_terminator_and_boxes() {
    let mut steps = vec![
        FlowStep::new(1, vec![2, 0]),
        FlowStep::new(2, vec![1]),
        FlowStep::new(3, vec![0, 1, 2]),
    ];
    let rows = vec![table::MIN_ROW; 3];
    let pages = lay_out(3, &steps, &rows);
    check(&steps, &pages, "several actors");
    let shapes = |step: usize| -> Vec<(usize, Shape)> {
        let mut v: Vec<_> = pages[0]
            .symbols
            .iter()
            .filter(|s| s.step == Some(step))
            .map(|s| (s.lane.unwrap(), s.shape))
            .collect();
        v.sort_by_key(|x| x.0);
        v
    };
    // The terminator stands where the flow leaves the first step (lane 0,
    // nearest step 2's lane 1) and where it reaches the last (lane 1).
    assert_eq!(shapes(0), [(0, Shape::Terminator), (2, Shape::Process)]);
    assert_eq!(
        shapes(2),
        [
            (0, Shape::Process),
            (1, Shape::Terminator),
            (2, Shape::Process)
        ]
    );
    assert_eq!(pages[0].joins.iter().filter(|j| j.step == 2).count(), 2);
    // A first step that is a decision gets a "Mulai" above it, in a strip
    // of its own on the first page.
    steps[0].tidak = Some(2);
    let pages = lay_out(3, &steps, &rows);
    check(&steps, &pages, "first decision");
    assert!(pages[0].top_spacer);
    let start: Vec<&Symbol> = pages[0]
        .symbols
        .iter()
        .filter(|s| s.terminal == Some(Node::Start))
        .collect();
    assert_eq!(start.len(), 1);
    assert!(start[0].rect.bottom() <= pages[0].rows[0].0);
}

#[test]
fn a_one_step_procedure_starts_and_ends() {
    let steps = vec![FlowStep::new(1, vec![0])];
    let pages = lay_out(1, &steps, &[table::MIN_ROW]);
    check(&steps, &pages, "one step");
    assert!(pages[0].bottom_spacer && !pages[0].top_spacer);
    assert_eq!(pages[0].arrows.len(), 1);
    assert_eq!(pages[0].arrows[0].to, Node::End);
}

#[test]
fn lanjut_runs_like_a_return_without_a_label() {
    // 1 → 2 → 3 (decision: tidak → 5) → 4 → 5 (lanjut → 3) → 6: the
    // correction loops back to the check, which also jumps forward.
    let mut steps: Vec<FlowStep> = [0, 1, 1, 2, 0, 1]
        .iter()
        .enumerate()
        .map(|(i, &lane)| FlowStep::new([1, 2, 3, 4, 6, 7][i], vec![lane]))
        .collect();
    steps[2].tidak = Some(4);
    steps[2].label_tidak = Some("Perbaikan".into());
    steps[4].lanjut = Some(2);
    let rows = vec![table::MIN_ROW; 6];
    let pages = lay_out(3, &steps, &rows);
    let seen = check(&steps, &pages, "lanjut");
    assert_eq!(seen.crossings, 0);
    let lanjut: Vec<&Arrow> = pages[0]
        .arrows
        .iter()
        .filter(|a| a.branch == Some(Branch::Lanjut))
        .collect();
    assert_eq!(lanjut.len(), 1);
    assert_eq!(
        (lanjut[0].from, lanjut[0].to),
        (Node::Step(4), Node::Step(2))
    );
    assert!(lanjut[0].label.is_none());
    // It leaves from a side and enters the decision from a side.
    let (first, last) = (lanjut[0].points[0], *lanjut[0].points.last().unwrap());
    let (src, dst) = (
        &pages[0].symbols[lanjut[0].start],
        &pages[0].symbols[lanjut[0].end],
    );
    assert!((first.1 - src.rect.cy()).abs() < 0.01);
    assert!(last.1 > dst.rect.y && last.1 < dst.rect.bottom());
}

#[test]
fn a_last_step_with_lanjut_stays_the_end_terminator() {
    let mut steps: Vec<FlowStep> = (0..4).map(|i| FlowStep::new(i + 1, vec![i % 2])).collect();
    steps[3].lanjut = Some(1);
    let pages = lay_out(2, &steps, &[table::MIN_ROW; 4]);
    check(&steps, &pages, "last lanjut");
    let last: Vec<&Symbol> = pages[0]
        .symbols
        .iter()
        .filter(|s| s.step == Some(3))
        .collect();
    assert_eq!(last[0].shape, Shape::Terminator);
    assert!(!pages[0].bottom_spacer);
}

#[test]
fn a_return_runs_up_the_free_side_instead_of_cutting_the_flow() {
    // The flow zigzags between lanes 1 and 2; the check at step 6 (lane 1)
    // returns to step 2 (lane 1). A return in the channel between lanes 1
    // and 2 would cut every forward arrow; up the left it cuts none.
    let lanes_of = [0, 1, 2, 1, 2, 1, 0];
    let mut steps: Vec<FlowStep> = lanes_of
        .iter()
        .enumerate()
        .map(|(i, &l)| FlowStep::new(i + 1, vec![l]))
        .collect();
    steps[5].tidak = Some(1);
    let rows = vec![table::MIN_ROW; lanes_of.len()];
    let pages = lay_out(3, &steps, &rows);
    let seen = check(&steps, &pages, "zigzag");
    assert_eq!(seen.crossings, 0, "{:?}", pages[0].arrows);
    // Two returns whose spans interleave go up opposite sides.
    steps[4].tidak = Some(2);
    let pages = lay_out(3, &steps, &rows);
    assert_eq!(check(&steps, &pages, "interleaved").crossings, 0);
}

#[test]
fn the_crossing_counter_counts_real_crossings() {
    // Three returns whose spans interleave pairwise cannot all keep apart
    // in one lane: one crossing at least, and the counter sees it.
    let mut steps: Vec<FlowStep> = (0..8).map(|i| FlowStep::new(i + 1, vec![0])).collect();
    steps[4].tidak = Some(1);
    steps[5].tidak = Some(2);
    steps[6].tidak = Some(3);
    let pages = lay_out(1, &steps, &[table::MIN_ROW; 8]);
    let seen = check(&steps, &pages, "three interleaved");
    assert!(seen.crossings >= 1);
    // A made-up page: a plus sign and two arrows meeting at a point.
    let mut page = pages[0].clone();
    let arrow = |points: Vec<(f32, f32)>| Arrow {
        from: Node::Step(0),
        to: Node::Step(1),
        branch: None,
        via: None,
        start: 0,
        end: 1,
        points,
        label: None,
    };
    page.arrows = vec![
        arrow(vec![(0.0, 50.0), (100.0, 50.0)]),
        arrow(vec![(50.0, 0.0), (50.0, 100.0)]),
        arrow(vec![(60.0, 0.0), (60.0, 40.0)]),
        arrow(vec![(70.0, 40.0), (60.0, 40.0)]),
    ];
    assert_eq!(geometry::crossings(&page), 1);
}

#[test]
fn flows_across_pages_go_through_lettered_connector_pairs() {
    let steps: Vec<FlowStep> = (0..12)
        .map(|i| {
            let mut s = FlowStep::new(i + 1, vec![i % 3]);
            s.tidak = (i == 10).then_some(1);
            s
        })
        .collect();
    let rows = vec![120.0; 12];
    let pages = lay_out(3, &steps, &rows);
    assert!(pages.len() >= 2);
    check(&steps, &pages, "pages");
    let mut letters: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        for s in page.symbols.iter().filter(|s| s.shape == Shape::Offpage) {
            *letters.entry(s.label.clone().unwrap()).or_default() += 1;
        }
    }
    assert!(!letters.is_empty());
    assert!(
        letters.values().all(|&n| n == 2),
        "each letter is a pair: {letters:?}"
    );
    assert!(letters.contains_key("A"));
}

/// Lays out and checks every SOP of a site's content folder; returns how
/// many there were.
fn check_site(root: &Path) -> usize {
    use sopgen::content::load::{parse_files, read_content};
    let (files, _) = read_content(root, &root.join("content"));
    let loaded = parse_files(files);
    for sop in &loaded.sops {
        let plan = sopgen::flowchart::plan(sop);
        let steps = sopgen::flowchart::flow_steps(sop);
        let here = format!("{}: {}", root.display(), sop.path);
        let seen = check(&steps, &plan.pages, &here);
        assert_eq!(seen.crossings, 0, "{here}: arrows cross");
        assert_eq!(
            seen.crossed_labels, 0,
            "{here}: a line runs through a label"
        );
    }
    loaded.sops.len()
}

#[test]
fn example_and_fixture_sops_have_two_terminators_and_no_crossings() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(check_site(repo), 5, "the example catalogue");
    let mut fixtures = 0;
    for entry in std::fs::read_dir(repo.join("tests/fixtures/valid")).unwrap() {
        let root = entry.unwrap().path();
        if root.join("content").is_dir() {
            fixtures += check_site(&root);
        }
    }
    assert!(fixtures >= 5, "the fixture sites' SOPs: {fixtures}");
}

#[test]
fn invariants_hold_on_generated_catalogue_sops() {
    use sopgen::content::load::{RawFile, parse_files};
    let raw: Vec<RawFile> = sopgen_synth::generate(2000, 11)
        .into_iter()
        .filter(|f| f.path.ends_with(".md") && !f.path.ends_with("_index.md"))
        .map(|f| RawFile {
            rel: f.path.trim_start_matches("content/").to_string(),
            display: f.path.clone().into(),
            bytes: f.text.into_bytes(),
        })
        .collect();
    let loaded = parse_files(raw);
    assert_eq!(loaded.sops.len(), 2000);
    let mut crossings = 0;
    for sop in &loaded.sops {
        let plan = sopgen::flowchart::plan(sop);
        let steps = sopgen::flowchart::flow_steps(sop);
        crossings += check(&steps, &plan.pages, &sop.path).crossings;
    }
    eprintln!("2000 generated SOPs: {crossings} crossings");
}
