//! Rounding to whole numbers as `f32::round` does (halves away from
//! zero), without the call to the C library's `roundf` that `round` is on
//! a baseline x86-64: coordinates are rounded millions of times a build.

/// `v.round() as i64`.
pub(crate) fn round(v: f32) -> i64 {
    // Below 2^23 a float may have a fraction; the truncation and the
    // difference are exact there.
    if v.abs() < 8_388_608.0 {
        let t = v as i64;
        let frac = v - t as f32;
        if frac >= 0.5 {
            t + 1
        } else if frac <= -0.5 {
            t - 1
        } else {
            t
        }
    } else {
        v.round() as i64
    }
}

/// `v.round() as u32` (negative values and NaN to 0, those too large to
/// `u32::MAX`).
pub(crate) fn round_u32(v: f32) -> u32 {
    round(v).clamp(0, i64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_the_standard_librarys() {
        // Halves, values just beside them, negatives, and the large
        // values where floats have no fraction left.
        let mut values = vec![0.5f32, -0.5, 1.5, -2.5, 0.49999997, -0.49999997, 8388607.5];
        values.extend([
            f32::MAX,
            f32::MIN,
            f32::NAN,
            1e12,
            -1e12,
            -0.0,
            4294967295.0,
        ]);
        values.extend([4294967296.0, 4294967040.0, f32::INFINITY, f32::NEG_INFINITY]);
        let mut x = 1.0e-3f32;
        while x < 1.0e11 {
            for v in [
                x,
                -x,
                x.next_up(),
                x.next_down(),
                (x * 10.0).round() / 10.0 + 0.05,
                x.floor() + 0.5,
            ] {
                values.push(v);
            }
            x *= 1.013;
        }
        for v in values {
            assert_eq!(round(v), v.round() as i64, "{v}");
            assert_eq!(round_u32(v), v.round() as u32, "{v}");
        }
    }
}
