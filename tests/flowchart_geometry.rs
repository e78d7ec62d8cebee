//! Geometry invariants of the flowchart, over thousands of random flows:
//! no two symbols overlap, no arrow passes through a symbol other than its
//! ends, every arrow ends on its target's border, every step has exactly
//! one symbol per actor, every decision exactly one "ya" and one "tidak"
//! exit, and no two arrows run along each other.

use std::collections::{BTreeSet, HashMap};

use sopgen::flowchart::geometry::{
    self, Arrow, Branch, FlowStep, Metrics, Page, Shape, Symbol, Target,
};
use sopgen::flowchart::table;

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

/// A random flow: up to 12 lanes and 60 steps, with loops and jumps.
fn random_flow(rng: &mut Rng) -> (usize, Vec<FlowStep>, Vec<f32>) {
    let lanes = 1 + rng.below(12);
    let n = 1 + rng.below(60);
    let mut steps = Vec::with_capacity(n);
    for i in 0..n {
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
        let mut step = FlowStep {
            actors,
            tidak: None,
            ya: None,
        };
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
        }
        steps.push(step);
    }
    let rows: Vec<f32> = (0..n)
        .map(|_| table::MIN_ROW + (rng.below(6) * rng.below(40)) as f32)
        .collect();
    (lanes, steps, rows)
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

fn check(lanes: usize, steps: &[FlowStep], rows: &[f32], pages: &[Page], case: &str) {
    let n = steps.len();
    let mut instances: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut exits: HashMap<(usize, Branch), usize> = HashMap::new();
    let mut drawn: BTreeSet<(usize, String)> = BTreeSet::new();
    for (p, page) in pages.iter().enumerate() {
        let here = format!("{case}, page {p}");
        for (a, sa) in page.symbols.iter().enumerate() {
            assert!(
                sa.rect.x >= -0.01 && sa.rect.right() <= page.width + 0.01,
                "{here}: symbol outside the page: {sa:?}"
            );
            assert!(
                sa.rect.y >= -0.01 && sa.rect.bottom() <= page.height + 0.01,
                "{here}: symbol outside the page: {sa:?}"
            );
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
        for arrow in &page.arrows {
            check_arrow(page, arrow, &here);
            if let (Some(b), Some(_)) = (arrow.branch, Some(())) {
                *exits.entry((arrow.from, b)).or_default() += 1;
            }
            let to = match arrow.to {
                Target::Step(t) => t.to_string(),
                Target::End => "end".into(),
            };
            drawn.insert((arrow.from, to));
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
        let mut got = instances.remove(&i).unwrap_or_default();
        got.sort_unstable();
        assert_eq!(got, want, "{case}: step {i} must have one symbol per actor");
        if let Some(t) = s.tidak {
            assert_eq!(
                exits.get(&(i, Branch::Ya)),
                Some(&1),
                "{case}: decision {i} has one ya exit"
            );
            assert_eq!(
                exits.get(&(i, Branch::Tidak)),
                Some(&1),
                "{case}: decision {i} has one tidak exit"
            );
            assert!(
                drawn.contains(&(i, t.to_string())),
                "{case}: {i} -> {t} drawn"
            );
        } else if i + 1 < n {
            assert!(
                drawn.contains(&(i, (i + 1).to_string())),
                "{case}: {i} -> {} drawn",
                i + 1
            );
        }
    }
    let _ = (lanes, rows);
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
                    "{here}: arrow {}->{:?} passes through {s:?}: {a:?}",
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
    match (end.step, a.to) {
        (Some(s), Target::Step(t)) => assert_eq!(s, t, "{here}: {a:?}"),
        (None, _) => assert!(end.shape == Shape::Offpage || end.end, "{here}: {a:?}"),
        (Some(_), Target::End) => panic!("{here}: an arrow to the end reaches a step: {a:?}"),
    }
}

#[test]
fn invariants_hold_on_thousands_of_random_flows() {
    let mut rng = Rng(0x50F6E2);
    for case in 0..5000 {
        let (lanes, steps, rows) = random_flow(&mut rng);
        let cols = table::Columns::new(lanes, false);
        let pages = table::paginate(&rows, 60.0);
        let laid = geometry::layout(
            &steps,
            lanes,
            Metrics::new(cols.lane, table::SPACER),
            &rows,
            &pages,
        );
        check(
            lanes,
            &steps,
            &rows,
            &laid,
            &format!("case {case} ({lanes} lanes, {} steps)", steps.len()),
        );
    }
}

#[test]
fn a_last_step_decision_says_ya_to_the_end() {
    let steps = vec![
        FlowStep {
            actors: vec![0],
            tidak: None,
            ya: None,
        },
        FlowStep {
            actors: vec![1],
            tidak: None,
            ya: None,
        },
        FlowStep {
            actors: vec![1],
            tidak: Some(1),
            ya: None,
        },
    ];
    let rows = vec![table::MIN_ROW; 3];
    let pages = geometry::layout(
        &steps,
        2,
        Metrics::new(80.0, table::SPACER),
        &rows,
        &[std::ops::Range { start: 0, end: 3 }],
    );
    check(2, &steps, &rows, &pages, "last decision");
    let end: Vec<&Symbol> = pages[0].symbols.iter().filter(|s| s.end).collect();
    assert_eq!(end.len(), 1);
    assert_eq!(end[0].shape, Shape::Terminator);
    assert!(
        pages[0]
            .arrows
            .iter()
            .any(|a| a.to == Target::End && a.branch == Some(Branch::Ya))
    );
}

#[test]
fn flows_across_pages_go_through_lettered_connector_pairs() {
    let steps: Vec<FlowStep> = (0..12)
        .map(|i| FlowStep {
            actors: vec![i % 3],
            tidak: (i == 10).then_some(1),
            ya: None,
        })
        .collect();
    let rows = vec![120.0; 12];
    let split = table::paginate(&rows, 60.0);
    assert!(split.len() >= 2);
    let pages = geometry::layout(&steps, 3, Metrics::new(80.0, table::SPACER), &rows, &split);
    check(3, &steps, &rows, &pages, "pages");
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

#[test]
fn invariants_hold_on_generated_catalogue_sops() {
    use sopgen::content::load::{RawFile, parse_files};
    let raw: Vec<RawFile> = sopgen::synth::generate(2000, 11)
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
    for sop in &loaded.sops {
        let plan = sopgen::flowchart::plan(sop);
        let steps = sopgen::flowchart::flow_steps(sop);
        check(
            sop.pelaksana.len(),
            &steps,
            &plan.rows,
            &plan.pages,
            &sop.path,
        );
    }
}
