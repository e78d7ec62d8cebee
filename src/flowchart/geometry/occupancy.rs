//! What is taken on a page: segments of arrows (so that no two run along
//! each other) and entry points on symbols' sides.
//!
//! Each kind is a small hash table of its keys (a segment's x or y to the
//! hundredth of a pixel, a symbol's side), each key the head of a chain of
//! its entries in one list: routing asks these hundreds of thousands of
//! times a build, and a page takes a few dozen entries, so no allocation
//! a key and no general-purpose hashing.

use super::super::round::round;

/// No entry: the end of a chain, or a key whose entries were taken back.
const NONE: u32 = u32::MAX;
/// A slot of the table no key has had.
const UNUSED: u32 = u32::MAX - 1;

/// Entries by key; those of a key found newest first.
#[derive(Clone, Debug, Default)]
struct Keyed<V> {
    /// Open addressing (linear probing): each slot's key and the newest
    /// of its entries (`NONE` when it has none left, `UNUSED` for a slot
    /// never taken). A power of two long, at most half full.
    table: Vec<(i64, u32)>,
    used: usize,
    /// The entries, each with the one before it of its key.
    entries: Vec<(V, u32)>,
}

impl<V: Copy> Keyed<V> {
    /// With room for `n` keys and entries before it grows.
    fn with_room(n: usize) -> Self {
        Keyed {
            table: vec![(0, UNUSED); (2 * n).next_power_of_two().max(16)],
            used: 0,
            entries: Vec::with_capacity(n),
        }
    }

    fn slot(&self, key: i64) -> usize {
        let mask = self.table.len() - 1;
        // Fibonacci hashing: the high bits of the product are well mixed.
        let mut i = ((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
        while self.table[i].1 != UNUSED && self.table[i].0 != key {
            i = (i + 1) & mask;
        }
        i
    }

    /// The entries of `key`, newest first.
    fn get(&self, key: i64) -> impl Iterator<Item = V> + Clone + '_ {
        let mut at = if self.table.is_empty() {
            NONE
        } else {
            match self.table[self.slot(key)].1 {
                UNUSED => NONE,
                head => head,
            }
        };
        std::iter::from_fn(move || {
            let &(v, before) = self.entries.get(at as usize)?;
            at = before;
            Some(v)
        })
    }

    fn push(&mut self, key: i64, v: V) {
        if 2 * (self.used + 1) > self.table.len() {
            self.grow();
        }
        let i = self.slot(key);
        if self.table[i].1 == UNUSED {
            self.table[i] = (key, NONE);
            self.used += 1;
        }
        let index = u32::try_from(self.entries.len()).expect("fewer than 2^32 entries");
        assert!(index < UNUSED, "fewer than 2^32 - 2 entries");
        self.entries.push((v, self.table[i].1));
        self.table[i].1 = index;
    }

    /// Doubles the table (its first 16 slots when it has none).
    fn grow(&mut self) {
        let size = (2 * self.table.len()).max(16);
        let old = std::mem::replace(&mut self.table, vec![(0, UNUSED); size]);
        for (key, head) in old {
            if head != UNUSED {
                let i = self.slot(key);
                self.table[i] = (key, head);
            }
        }
    }

    /// Removes the newest entry of `key`, which must be the newest of all.
    fn pop(&mut self, key: i64) {
        assert!(!self.table.is_empty(), "an entry to take back");
        let i = self.slot(key);
        let newest = self.entries.len().checked_sub(1);
        assert!(
            newest == Some(self.table[i].1 as usize),
            "the newest entry, of this key"
        );
        let (_, before) = self.entries.pop().expect("an entry");
        self.table[i].1 = before;
    }
}

/// The key of a symbol's side.
fn side_key(sym: usize, right: bool) -> i64 {
    i64::try_from(sym).expect("a symbol index") * 2 + i64::from(right)
}

#[derive(Default, Clone)]
pub(super) struct Occupancy {
    /// Vertical segments by x: their spans.
    vertical: Keyed<(f32, f32)>,
    /// Horizontal segments by y: their spans.
    horizontal: Keyed<(f32, f32)>,
    /// Offsets from the middle taken on (symbol, right side), by arrows
    /// arriving there and by exits.
    slots: Keyed<f32>,
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
fn clear(mut spans: impl Iterator<Item = (f32, f32)>, a: f32, b: f32, gap: f32) -> bool {
    let (lo, hi) = (a.min(b) - gap, a.max(b) + gap);
    spans.all(|(s, e)| e < lo || s > hi)
}

fn key(x: f32) -> i64 {
    round(x * 100.0)
}

impl Occupancy {
    /// An occupancy with room for about `segments` segments.
    pub(super) fn with_room(segments: usize) -> Occupancy {
        Occupancy {
            vertical: Keyed::with_room(segments / 2),
            horizontal: Keyed::with_room(segments / 2),
            slots: Keyed::with_room(segments / 4),
            log: Vec::with_capacity(segments),
        }
    }

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
                Taken::Slot(sym, right) => self.slots.pop(side_key(sym, right)),
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
        self.slots.get(side_key(sym, right))
    }

    pub(super) fn take_slot(&mut self, sym: usize, right: bool, offset: f32) {
        self.slots.push(side_key(sym, right), offset);
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

    #[test]
    fn many_keys_taken_and_taken_back_as_a_plain_list_has_them() {
        // A plain list of what is taken, against the table: random keys
        // (many, so that it grows; some repeated), random rollbacks.
        let mut state = 0x0CC_u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let mut o = Occupancy::default();
        let mut plain: Vec<(bool, f32, f32, f32)> = Vec::new();
        let mut marks = Vec::new();
        for round in 0..3000 {
            let x = next(300) as f32 * 0.5 - 40.0;
            let (a, b) = (next(500) as f32, next(500) as f32);
            match next(10) {
                0..=3 => {
                    o.take(&[(x, a), (x, b)]);
                    plain.push((true, x, a.min(b), a.max(b)));
                }
                4..=6 => {
                    o.take(&[(a, x), (b + 0.5, x)]);
                    plain.push((false, x, a.min(b + 0.5), a.max(b + 0.5)));
                }
                7 => marks.push((o.mark(), plain.len())),
                _ => {
                    if let Some((m, len)) = marks.pop() {
                        o.rollback(m);
                        plain.truncate(len);
                    }
                }
            }
            if round % 7 == 0 {
                for _ in 0..20 {
                    let q = next(300) as f32 * 0.5 - 40.0;
                    let (c, d) = (next(500) as f32, next(500) as f32);
                    let free = |vertical: bool, gap: f32| {
                        plain
                            .iter()
                            .filter(|p| p.0 == vertical && p.1 == q)
                            .all(|p| p.3 < c.min(d) - gap || p.2 > c.max(d) + gap)
                    };
                    assert_eq!(o.v_free(q, c, d), free(true, 4.0));
                    assert_eq!(o.h_free(q, c, d), free(false, 3.0));
                }
            }
        }
    }
}
