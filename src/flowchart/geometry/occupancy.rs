//! What is taken on a page: segments of arrows (so that no two run along
//! each other) and entry points on symbols' sides.
//!
//! Each kind is one list sorted by its key (a segment's x or y to the
//! hundredth of a pixel, a symbol's side), the entries of a key in the
//! order they were taken: a page holds a few dozen, found by a binary
//! search without hashing or a list a key.

use super::super::round::round;

/// Entries sorted by key, those of one key in the order taken.
#[derive(Clone, Debug)]
struct Keyed<K, V> {
    list: Vec<(K, V)>,
}

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed { list: Vec::new() }
    }
}

impl<K: Ord + Copy, V> Keyed<K, V> {
    /// The entries of `key`.
    fn get(&self, key: K) -> &[(K, V)] {
        let start = self.list.partition_point(|e| e.0 < key);
        let len = self.list[start..].partition_point(|e| e.0 == key);
        &self.list[start..start + len]
    }

    /// Adds an entry after those of its key.
    fn push(&mut self, key: K, v: V) {
        let at = self.list.partition_point(|e| e.0 <= key);
        self.list.insert(at, (key, v));
    }

    /// Removes the last entry of `key` (the last one taken).
    fn pop(&mut self, key: K) {
        let end = self.list.partition_point(|e| e.0 <= key);
        assert!(
            end > 0 && self.list[end - 1].0 == key,
            "an entry of the key to take back"
        );
        self.list.remove(end - 1);
    }
}

#[derive(Default, Clone)]
pub(super) struct Occupancy {
    /// Vertical segments by x: their spans.
    vertical: Keyed<i64, (f32, f32)>,
    /// Horizontal segments by y: their spans.
    horizontal: Keyed<i64, (f32, f32)>,
    /// Offsets from the middle taken on (symbol, right side), by arrows
    /// arriving there and by exits.
    slots: Keyed<(usize, bool), f32>,
    /// What was taken, in order, to take back (`rollback`).
    log: Vec<Taken>,
}

/// Where something was taken: the list and key it went to.
#[derive(Clone, Copy)]
enum Taken {
    Vertical(i64),
    Horizontal(i64),
    Slot(usize, bool),
}

/// Whether span a–b keeps clear (by `gap`) of every span in `spans`.
fn clear<K>(spans: &[(K, (f32, f32))], a: f32, b: f32, gap: f32) -> bool {
    let (lo, hi) = (a.min(b) - gap, a.max(b) + gap);
    spans.iter().all(|&(_, (s, e))| e < lo || s > hi)
}

fn key(x: f32) -> i64 {
    round(x * 100.0)
}

impl Occupancy {
    pub(super) fn v_free(&self, x: f32, a: f32, b: f32) -> bool {
        clear(self.vertical.get(key(x)), a, b, 4.0)
    }

    pub(super) fn h_free(&self, y: f32, a: f32, b: f32) -> bool {
        clear(self.horizontal.get(key(y)), a, b, 3.0)
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
                self.vertical.push(key(x0), (y0.min(y1), y0.max(y1)));
                self.log.push(Taken::Vertical(key(x0)));
            } else {
                self.horizontal.push(key(y0), (x0.min(x1), x0.max(x1)));
                self.log.push(Taken::Horizontal(key(y0)));
            }
        }
    }

    /// How much has been taken: a mark to roll back to.
    pub(super) fn mark(&self) -> usize {
        self.log.len()
    }

    /// Takes back what was taken since `mark`.
    pub(super) fn rollback(&mut self, mark: usize) {
        while self.log.len() > mark {
            match self.log.pop().expect("a taken place") {
                Taken::Vertical(k) => self.vertical.pop(k),
                Taken::Horizontal(k) => self.horizontal.pop(k),
                Taken::Slot(sym, right) => self.slots.pop((sym, right)),
            }
        }
    }

    pub(super) fn slot_free(&self, sym: usize, right: bool, offset: f32) -> bool {
        !self.slots_taken(sym, right).any(|o| o == offset)
    }

    /// The offsets taken on a symbol's side.
    pub(super) fn slots_taken(
        &self,
        sym: usize,
        right: bool,
    ) -> impl Iterator<Item = f32> + Clone + '_ {
        self.slots.get((sym, right)).iter().map(|e| e.1)
    }

    pub(super) fn take_slot(&mut self, sym: usize, right: bool, offset: f32) {
        self.slots.push((sym, right), offset);
        self.log.push(Taken::Slot(sym, right));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_segments_and_slots_are_found_and_taken_back() {
        let mut o = Occupancy::default();
        o.take(&[(10.0, 0.0), (10.0, 50.0), (30.0, 50.0)]);
        let mark = o.mark();
        o.take(&[(10.0, 80.0), (10.0, 120.0)]);
        o.take_slot(3, true, 6.0);
        o.take_slot(3, false, 0.0);
        o.take_slot(1, true, -6.0);
        // Along a taken segment (within the gap), or clear of it.
        assert!(!o.v_free(10.0, 52.0, 60.0));
        assert!(o.v_free(10.0, 56.0, 75.0));
        assert!(!o.v_free(10.0, 100.0, 130.0));
        assert!(o.v_free(10.5, 0.0, 50.0));
        assert!(!o.h_free(50.0, 0.0, 12.0));
        assert!(o.h_free(50.0, 34.0, 40.0));
        assert_eq!(o.conflicts(&[(0.0, 50.0), (20.0, 50.0), (20.0, 90.0)]), 1);
        assert!(!o.slot_free(3, true, 6.0));
        assert!(o.slot_free(3, true, -6.0));
        assert!(!o.slot_free(3, false, 0.0));
        assert!(!o.slot_free(1, true, -6.0));
        o.rollback(mark);
        assert!(o.v_free(10.0, 100.0, 130.0));
        assert!(!o.v_free(10.0, 52.0, 60.0));
        assert!(
            o.slot_free(3, true, 6.0) && o.slot_free(3, false, 0.0) && o.slot_free(1, true, -6.0)
        );
        o.rollback(0);
        assert!(o.v_free(10.0, 0.0, 50.0) && o.h_free(50.0, 0.0, 30.0));
    }
}
