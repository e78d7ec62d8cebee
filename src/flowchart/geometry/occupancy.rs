//! What is taken on a page: segments of arrows (so that no two run along
//! each other) and entry points on symbols' sides.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::super::round::round;

/// Hashes the small integer keys here with one multiplication: routing
/// asks the occupancy thousands of times a build, SipHash showed.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        // The table picks buckets by the low bits: bring the well-mixed
        // high bits down.
        self.0 ^ (self.0 >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7C_C1_B7_27_22_0A_95);
    }
    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

#[derive(Default, Clone)]
pub(super) struct Occupancy {
    /// Vertical segments by x: their spans.
    vertical: Map<i64, Vec<(f32, f32)>>,
    /// Horizontal segments by y: their spans.
    horizontal: Map<i64, Vec<(f32, f32)>>,
    /// Offsets from the middle taken on (symbol, right side), by arrows
    /// arriving there and by exits.
    slots: Map<(usize, bool), Vec<f32>>,
    /// What was taken, in order, to take back (`rollback`).
    log: Vec<Taken>,
}

/// Where something was taken: the list it went to the end of.
#[derive(Clone, Copy)]
enum Taken {
    Vertical(i64),
    Horizontal(i64),
    Slot(usize, bool),
}

/// Whether span a–b keeps clear (by `gap`) of every span in `spans`.
fn clear(spans: Option<&Vec<(f32, f32)>>, a: f32, b: f32, gap: f32) -> bool {
    let (lo, hi) = (a.min(b) - gap, a.max(b) + gap);
    spans.is_none_or(|spans| spans.iter().all(|&(s, e)| e < lo || s > hi))
}

fn key(x: f32) -> i64 {
    round(x * 100.0)
}

impl Occupancy {
    pub(super) fn v_free(&self, x: f32, a: f32, b: f32) -> bool {
        clear(self.vertical.get(&key(x)), a, b, 4.0)
    }

    pub(super) fn h_free(&self, y: f32, a: f32, b: f32) -> bool {
        clear(self.horizontal.get(&key(y)), a, b, 3.0)
    }

    /// How many segments of `points` would run along a taken one.
    pub(super) fn conflicts(&self, points: &[(f32, f32)]) -> usize {
        points
            .windows(2)
            .filter(|w| {
                let ((x0, y0), (x1, y1)) = (w[0], w[1]);
                if (x0 - x1).abs() < 0.01 {
                    !self.v_free(x0, y0, y1)
                } else {
                    !self.h_free(y0, x0, x1)
                }
            })
            .count()
    }

    /// Records the segments of a polyline.
    pub(super) fn take(&mut self, points: &[(f32, f32)]) {
        for w in points.windows(2) {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            if (x0 - x1).abs() < 0.01 {
                self.vertical
                    .entry(key(x0))
                    .or_default()
                    .push((y0.min(y1), y0.max(y1)));
                self.log.push(Taken::Vertical(key(x0)));
            } else {
                self.horizontal
                    .entry(key(y0))
                    .or_default()
                    .push((x0.min(x1), x0.max(x1)));
                self.log.push(Taken::Horizontal(key(y0)));
            }
        }
    }

    /// How much has been taken: a mark to roll back to.
    pub(super) fn mark(&self) -> usize {
        self.log.len()
    }

    /// Takes back what was taken since `mark`. (A list emptied stays in
    /// its map: an empty list and none mean the same.)
    pub(super) fn rollback(&mut self, mark: usize) {
        while self.log.len() > mark {
            let undone = match self.log.pop().expect("a taken place") {
                Taken::Vertical(k) => self.vertical.get_mut(&k).map(|v| v.pop().is_some()),
                Taken::Horizontal(k) => self.horizontal.get_mut(&k).map(|v| v.pop().is_some()),
                Taken::Slot(sym, right) => {
                    self.slots.get_mut(&(sym, right)).map(|v| v.pop().is_some())
                }
            };
            debug_assert_eq!(undone, Some(true), "the log matches the lists");
        }
    }

    pub(super) fn slot_free(&self, sym: usize, right: bool, offset: f32) -> bool {
        self.slots
            .get(&(sym, right))
            .is_none_or(|u| !u.contains(&offset))
    }

    /// The offsets taken on a symbol's side.
    pub(super) fn slots_taken(&self, sym: usize, right: bool) -> &[f32] {
        self.slots.get(&(sym, right)).map_or(&[], Vec::as_slice)
    }

    pub(super) fn take_slot(&mut self, sym: usize, right: bool, offset: f32) {
        self.slots.entry((sym, right)).or_default().push(offset);
        self.log.push(Taken::Slot(sym, right));
    }
}
