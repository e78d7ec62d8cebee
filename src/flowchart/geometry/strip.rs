//! The strips above and below a page's rows, where off-page connectors
//! stand: a place for a connector and the level its link turns at.

use super::Rect;
use super::build::Builder;

/// A connector in a page's strip and the level its link turns at.
pub(super) struct StripLink {
    pub(super) x: f32,
    pub(super) level: f32,
    /// Whether the link runs along no other line.
    pub(super) free: bool,
}

impl Builder<'_> {
    /// The places for a connector in the strip of page `p` (bottom or
    /// top): every connector's width and a gap apart, where no symbol is.
    pub(super) fn strip_places(&self, p: usize, bottom: bool) -> Vec<f32> {
        let page = &self.pages[p];
        let (cw, ch) = self.m.offpage;
        let cy = self.strip_middle(p, bottom);
        let (first, step) = (cw / 2.0 + 2.0, cw + 4.0);
        // Every place spans the same heights: only the symbols there (the
        // strip's connectors and terminators) can be in the way.
        let band = Rect::centered(first, cy, cw + 4.0, ch);
        let there: Vec<&Rect> = page
            .symbols
            .iter()
            .map(|s| &s.rect)
            .filter(|s| s.y < band.bottom() && band.y < s.bottom())
            .collect();
        (0..)
            .map(|k| first + k as f32 * step)
            .take_while(|&c| c <= page.width - cw / 2.0 - 2.0)
            .filter(|&c| {
                let r = Rect::centered(c, cy, cw + 4.0, ch);
                !there.iter().any(|s| s.overlaps(&r))
            })
            .collect()
    }

    fn strip_middle(&self, p: usize, bottom: bool) -> f32 {
        if bottom {
            self.pages[p].height - self.m.spacer / 2.0
        } else {
            self.m.spacer / 2.0
        }
    }

    /// One of `places` in the strip of page `p` (bottom or top) for a
    /// connector and a level for its link to the track at `x`, such that
    /// the link (from `from_y` on the track, to the level, across to the
    /// connector) is free; the nearest place when none is.
    pub(super) fn strip_link(
        &self,
        p: usize,
        bottom: bool,
        places: &[f32],
        x: f32,
        from_y: f32,
    ) -> StripLink {
        let (_, ch) = self.m.offpage;
        let cy = self.strip_middle(p, bottom);
        let edge = if bottom { cy - ch / 2.0 } else { cy + ch / 2.0 };
        let strip_edge = if bottom {
            self.pages[p].height - self.m.spacer
        } else {
            self.m.spacer
        };
        // Levels between the rows and the connectors, nearest the rows first.
        let levels = (1..=3).map(|k| {
            if bottom {
                strip_edge + 3.0 * k as f32
            } else {
                strip_edge - 3.0 * k as f32
            }
        });
        // The places nearest the track first.
        let split = places.partition_point(|&c| c < x);
        let (mut left, mut right) = (
            places[..split].iter().rev().peekable(),
            places[split..].iter().peekable(),
        );
        let nearest = std::iter::from_fn(|| match (left.peek(), right.peek()) {
            (Some(&&l), Some(&&r)) => {
                if x - l <= r - x {
                    left.next()
                } else {
                    right.next()
                }
            }
            _ => left.next().or_else(|| right.next()),
        });
        let mut fallback = None;
        for &c in nearest {
            for level in levels.clone() {
                let occ = &self.occ[p];
                if occ.v_free(x, from_y, level)
                    && occ.h_free(level, x, c)
                    && occ.v_free(c, level, edge)
                {
                    return StripLink {
                        x: c,
                        level,
                        free: true,
                    };
                }
                fallback.get_or_insert(StripLink {
                    x: c,
                    level,
                    free: false,
                });
            }
        }
        fallback.unwrap_or(StripLink {
            x: x.clamp(self.m.offpage.0, self.pages[p].width - self.m.offpage.0),
            level: strip_edge,
            free: false,
        })
    }
}
