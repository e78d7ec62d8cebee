//! The branch labels of decisions, placed once every arrow is drawn: beside
//! the first segment of their exit, on the side where the route does not
//! turn, or wherever else near the exit they overlap nothing. Their boxes
//! are measured with the theme font, so a long label ("Tidak Memenuhi
//! Syarat") finds room as surely as "Ya".

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use super::cross::{self, Bounds};
use super::model::{Branch, FlowStep, LABEL_SIZE, Label, Node, Page, Rect};
use crate::flowchart::memo::TextMap;
use crate::flowchart::text::{self, Weight};

/// Gap between a label's box and the line it labels.
const GAP: f32 = 1.0;

/// A way to set a label's text, and the size of its box.
pub(super) struct Setting {
    lines: Vec<String>,
    /// The box of the label set at the origin, anchored at its start.
    b: Rect,
}

/// The ways to set `text`: on one line, then (when it has several words)
/// on two and on three, broken where the longest line is shortest.
pub(super) fn settings(text: &str) -> Vec<Setting> {
    lines(text)
        .into_iter()
        .map(|lines| {
            let b = Label {
                lines: lines.clone(),
                x: 0.0,
                y: 0.0,
                end: false,
            }
            .rect();
            Setting { lines, b }
        })
        .collect()
}

/// The settings of a label's text, kept by this thread for the labels
/// that come again and again ("Ya", "Tidak", a ministry's own words),
/// forgotten wholesale when it holds too many.
fn settings_of(text: &str) -> Rc<Vec<Setting>> {
    const KEPT: usize = 512;
    thread_local! {
        static MADE: RefCell<TextMap<Rc<Vec<Setting>>>> = RefCell::default();
    }
    MADE.with_borrow_mut(|made| {
        if let Some(s) = made.get(text) {
            return Rc::clone(s);
        }
        if made.len() >= KEPT {
            made.clear();
        }
        let s = Rc::new(settings(text));
        made.insert(text.to_string(), Rc::clone(&s));
        s
    })
}

/// The settings of the labels of every step's exits, each made when
/// first asked for (routes weigh them many times a layout).
pub(super) struct Settings<'a> {
    steps: &'a [FlowStep],
    made: Vec<[OnceCell<Rc<Vec<Setting>>>; 2]>,
}

impl<'a> Settings<'a> {
    pub(super) fn new(steps: &'a [FlowStep]) -> Settings<'a> {
        Settings {
            steps,
            made: steps.iter().map(|_| Default::default()).collect(),
        }
    }

    /// The settings of the label of step `i`'s exit `branch`, when it has
    /// one (as `FlowStep::label` says).
    pub(super) fn get(&self, i: usize, branch: Branch) -> Option<&[Setting]> {
        let text = self.steps[i].label(branch)?;
        let k = usize::from(branch == Branch::Tidak);
        Some(self.made[i][k].get_or_init(|| settings_of(text)))
    }
}

/// A place for a label: which setting, and its box.
#[derive(Debug, Clone, Copy)]
struct Place {
    setting: usize,
    r: Rect,
    /// Anchored at the end: the box's right edge is where the text ends.
    end: bool,
}

impl Place {
    fn label(&self, settings: &[Setting]) -> Label {
        let s = &settings[self.setting];
        Label {
            lines: s.lines.clone(),
            x: if self.end {
                self.r.right() + s.b.x
            } else {
                self.r.x - s.b.x
            },
            y: self.r.y - s.b.y,
            end: self.end,
        }
    }
}

fn lines(text: &str) -> Vec<Vec<String>> {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let width = |ws: &[&str]| text::width(&ws.join(" "), LABEL_SIZE, Weight::Regular);
    let mut out = vec![vec![text.to_string()]];
    let n = words.len();
    // Two lines: one break; three: two breaks.
    let best = |breaks: &mut dyn Iterator<Item = Vec<usize>>| {
        breaks
            .map(|b| {
                let mut cuts = vec![0];
                cuts.extend(b);
                cuts.push(n);
                let lines: Vec<&[&str]> = cuts.windows(2).map(|c| &words[c[0]..c[1]]).collect();
                let widest = lines.iter().map(|l| width(l)).fold(0.0, f32::max);
                (
                    widest,
                    lines.iter().map(|l| l.join(" ")).collect::<Vec<String>>(),
                )
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, lines)| lines)
    };
    if n >= 2 {
        out.extend(best(&mut (1..n).map(|i| vec![i])));
    }
    if n >= 3 {
        out.extend(best(
            &mut (1..n).flat_map(|i| (i + 1..n).map(move |j| vec![i, j])),
        ));
    }
    out
}

/// Places to try for a label set as `settings` for an exit running along
/// `points` from symbol `from` on a page `width` wide, best first: beside
/// the exit's first segment (on one line, then wrapped), then the places
/// further from it.
fn candidates(points: &[(f32, f32)], from: &Rect, settings: &[Setting], width: f32) -> Vec<Place> {
    let (mut beside, further) = places(points, from, settings, width, true);
    beside.extend(further);
    beside
}

/// The places beside an exit's first segment, and (`further`) the others,
/// for each setting of the label.
fn places(
    points: &[(f32, f32)],
    from: &Rect,
    settings: &[Setting],
    width: f32,
    further: bool,
) -> (Vec<Place>, Vec<Place>) {
    let (x0, y0) = points[0];
    let (x1, y1) = points[1];
    // Two places beside the exit a setting; up to seven further.
    let mut near = Vec::with_capacity(2 * settings.len());
    let mut far = if further {
        Vec::with_capacity(8 * settings.len())
    } else {
        Vec::new()
    };
    for (setting, Setting { b, .. }) in settings.iter().enumerate() {
        // The label with its box's left (or right, when `end`) edge at
        // `x` and its top at `top`.
        let at = |x: f32, top: f32, end: bool| Place {
            setting,
            r: Rect {
                x: if end { x - b.w } else { x },
                y: top,
                w: b.w,
                h: b.h,
            },
            end,
        };
        let above = |y: f32| y - GAP - b.h;
        let below = |y: f32| y + GAP;
        if (x0 - x1).abs() < 0.01 {
            // Out of the bottom: beside the line, away from where it turns.
            let turns_right = points.get(2).is_some_and(|p| p.0 > x1 + 0.01);
            let sides = if turns_right {
                [true, false]
            } else {
                [false, true]
            };
            let beside = |end: bool, dx: f32| if end { x0 - dx } else { x0 + dx };
            for end in sides {
                near.push(at(beside(end, 2.5), below(y0), end));
            }
            if !further {
                continue;
            }
            // Beside the symbol's lower tip, then lower down the line.
            for end in sides {
                far.push(at(beside(end, from.w / 2.0 + 2.0), above(y0 + 0.5), end));
            }
            for end in sides {
                far.push(at(beside(end, 2.5), below(y0) + 0.97 * LABEL_SIZE, end));
            }
            // Across the line, within the page (the line shows above and
            // below the words).
            far.push(at(
                (x0 - b.w / 2.0).clamp(0.5, (width - b.w - 0.5).max(0.5)),
                below(y0),
                false,
            ));
        } else {
            // Out of a side: above or below the line, away from where the
            // route heads next.
            let end = x1 < x0;
            let x = if end { x0 - 2.0 } else { x0 + 2.0 };
            let heads_up = points.get(2).is_some_and(|p| p.1 < y1);
            let levels = if heads_up {
                [below(y0), above(y0)]
            } else {
                [above(y0), below(y0)]
            };
            for top in levels {
                near.push(at(x, top, end));
            }
            if !further {
                continue;
            }
            // Where the exit is short (at the edge of the page), above or
            // below the symbol, on this side of the track.
            let x = if end { x1 + 2.0 } else { x1 - 2.0 };
            for top in [above(from.y), below(from.bottom())] {
                far.push(at(x, top, !end));
            }
            // Then beside the track, further along the route, and on the
            // symbol's other side.
            if let Some(&(_, y2)) = points.get(2) {
                let up = y2 < y1;
                for k in 1..=3 {
                    let y = y0 + if up { -1.0 } else { 1.0 } * (k as f32 * (b.h + GAP) + 12.0);
                    if (y - y0).abs() < (y2 - y0).abs() {
                        far.push(at(x, if up { above(y) } else { below(y) }, !end));
                    }
                }
            }
            let x = if end {
                from.right() + 2.0
            } else {
                from.x - 2.0
            };
            for top in [above(y0), below(y0)] {
                far.push(at(x, top, !end));
            }
        }
    }
    // Last, those of the places that leave the page moved into it, across
    // whatever lines are there.
    let moved: Vec<Place> = near
        .iter()
        .chain(&far)
        .filter(|p| p.r.w <= width && (p.r.x < 0.0 || p.r.right() > width))
        .map(|p| Place {
            r: Rect {
                x: p.r.x.clamp(0.0, width - p.r.w),
                ..p.r
            },
            ..*p
        })
        .collect();
    far.extend(moved);
    (near, far)
}

/// What makes a label's place worse, most important first: covering a
/// symbol, leaving the page (where it is cut off), covering another label,
/// lying across lines. `boxes` are those of the page's arrows.
fn badness(
    r: &Rect,
    page: &Page,
    boxes: &[Bounds],
    placed: &[Rect],
) -> (usize, usize, usize, usize) {
    let (symbols, outside) = cover(r, page);
    let labels = placed.iter().filter(|p| p.overlaps(r)).count();
    (symbols, outside, labels, across(r, page, boxes))
}

/// How many symbols the place `r` covers, and whether it leaves the page.
fn cover(r: &Rect, page: &Page) -> (usize, usize) {
    let symbols = page.symbols.iter().filter(|s| s.meets(r)).count();
    let outside =
        usize::from(r.x < 0.0 || r.right() > page.width || r.y < 0.0 || r.bottom() > page.height);
    (symbols, outside)
}

/// How many lines (arrows, whose boxes are `boxes`, and join lines) the
/// place `r` lies across.
fn across(r: &Rect, page: &Page, boxes: &[Bounds]) -> usize {
    page.arrows
        .iter()
        .zip(boxes)
        .filter(|&(a, &b)| cross::may_pass(b, r) && cross::through(&a.points, r))
        .count()
        + page
            .joins
            .iter()
            .filter(|j| cross::through(&[(j.x1, j.y), (j.x2, j.y)], r))
            .count()
}

/// Whether a label has a place beside its exit.
#[derive(Debug, Clone, Copy)]
pub(super) struct Room {
    /// One inside the page that covers no symbol.
    pub(super) fits: bool,
    /// One that also lies across no line.
    pub(super) clear: bool,
}

/// The room beside an exit along `points` from symbol `from` for the label
/// `text` (for choosing between routes).
pub(super) fn room(
    points: &[(f32, f32)],
    from: &Rect,
    settings: &[Setting],
    page: &Page,
    boxes: &[Bounds],
) -> Room {
    let mut room = Room {
        fits: false,
        clear: false,
    };
    for l in places(points, from, settings, page.width, false).0 {
        let (symbols, outside, _, lines) = badness(&l.r, page, boxes, &[]);
        if symbols + outside == 0 {
            room.fits = true;
            if lines == 0 && !cross::through(points, &l.r) {
                room.clear = true;
                break;
            }
        }
    }
    room
}

/// Where the label `text` of an exit along `points` from symbol `from`
/// will likely go: the first place beside the exit inside the page, off
/// the symbols, clear of lines and of the places kept for other labels if
/// there is one. Routes drawn later keep off it.
pub(super) fn spot(
    points: &[(f32, f32)],
    from: &Rect,
    set: &[Setting],
    page: &Page,
    boxes: &[Bounds],
    kept: &[Rect],
) -> Option<Rect> {
    // The first place that fits and is clear of lines and kept places,
    // else the first that fits.
    let mut first_fit = None;
    for l in places(points, from, set, page.width, false).0 {
        if cover(&l.r, page) != (0, 0) {
            continue;
        }
        first_fit.get_or_insert(l.r);
        if badness(&l.r, page, boxes, kept) == (0, 0, 0, 0) && !cross::through(points, &l.r) {
            return Some(l.r);
        }
    }
    first_fit
}

/// What a label's place costs apart from the other labels, as far as it
/// was worked out: the symbols it covers and whether it leaves the page,
/// the lines it lies across.
#[derive(Clone, Copy, Default)]
struct Costs {
    cover: Option<(usize, usize)>,
    lines: Option<usize>,
}

/// Labels the exits of every decision: each where it is least in the
/// way, given the labels placed before it; then each again given all the
/// others, until none moves (twice at most).
pub(super) fn place(pages: &mut [Page], labels: &Settings) {
    for page in pages.iter_mut() {
        // The arrows that carry a label, and its text.
        let labelled: Vec<(usize, &[Setting])> = page
            .arrows
            .iter()
            .enumerate()
            .filter_map(|(k, a)| {
                let (Node::Step(from), Some(branch)) = (a.from, a.branch) else {
                    return None;
                };
                // The half of a flow leaving the decision carries the label.
                if page.symbols[a.start].step != Some(from) || branch == Branch::Lanjut {
                    return None;
                }
                Some((k, labels.get(from, branch)?))
            })
            .collect();
        // The places to try for each label, beside its exit first: the
        // others only once those are all in the way of something.
        let mut options: Vec<Vec<Place>> = labelled
            .iter()
            .map(|&(k, set)| {
                let a = &page.arrows[k];
                places(
                    &a.points,
                    &page.symbols[a.start].rect,
                    set,
                    page.width,
                    false,
                )
                .0
            })
            .collect();
        let mut complete = vec![false; labelled.len()];
        let boxes: Vec<Bounds> = page
            .arrows
            .iter()
            .map(|a| cross::bounds(&a.points))
            .collect();
        // What each place costs apart from the other labels: the symbols
        // it covers and whether it leaves the page, then the lines it lies
        // across; each worked out when first needed.
        let mut costs: Vec<Vec<Costs>> = vec![Vec::new(); labelled.len()];
        // The place of label `i` least in the way of the others chosen:
        // the least (symbols, outside, labels, lines), the first of equals.
        // Places come in order, so a place in nobody's way ends the search,
        // and the lines of a place matter only when the rest ties.
        let mut choose = |i: usize, chosen: &[Option<usize>], options: &mut Vec<Vec<Place>>| {
            let mut best: Option<((usize, usize, usize, usize), usize)> = None;
            let mut rank = 0;
            loop {
                if rank == options[i].len() {
                    if complete[i] {
                        break;
                    }
                    // All of them, those beside the exit again first.
                    let (k, set) = labelled[i];
                    let a = &page.arrows[k];
                    options[i] =
                        candidates(&a.points, &page.symbols[a.start].rect, set, page.width);
                    complete[i] = true;
                    continue;
                }
                let r = options[i][rank].r;
                if costs[i].len() <= rank {
                    costs[i].resize(options[i].len(), Costs::default());
                }
                let (symbols, outside) =
                    *costs[i][rank].cover.get_or_insert_with(|| cover(&r, page));
                let labels = chosen
                    .iter()
                    .enumerate()
                    .filter(|&(j, c)| j != i && c.is_some_and(|c| options[j][c].r.overlaps(&r)))
                    .count();
                let ties = best.is_none_or(|(b, _)| (symbols, outside, labels) <= (b.0, b.1, b.2));
                if ties {
                    let lines = *costs[i][rank]
                        .lines
                        .get_or_insert_with(|| across(&r, page, &boxes));
                    let key = (symbols, outside, labels, lines);
                    if best.is_none_or(|(b, _)| key < b) {
                        best = Some((key, rank));
                    }
                    if key == (0, 0, 0, 0) {
                        break;
                    }
                }
                rank += 1;
            }
            best.expect("an exit has places for its label").1
        };
        let mut chosen: Vec<Option<usize>> = vec![None; labelled.len()];
        for i in 0..labelled.len() {
            chosen[i] = Some(choose(i, &chosen, &mut options));
        }
        for _ in 0..2 {
            let mut changed = false;
            for i in 0..labelled.len() {
                let now = chosen[i];
                chosen[i] = Some(choose(i, &chosen, &mut options));
                changed |= chosen[i] != now;
            }
            if !changed {
                break;
            }
        }
        for (i, &(k, set)) in labelled.iter().enumerate() {
            let c = chosen[i].expect("every label is placed");
            page.arrows[k].label = Some(options[i][c].label(set));
        }
    }
}
