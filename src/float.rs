//! `trunc`, `floor` and `ceil` of f64 without std (the .wasm has none, and core's own are not
//! stable yet). One version for both builds, so the native tests check what the .wasm runs.

/// Past 2^52 every f64 is a whole number already.
const WHOLE_FROM: f64 = 4_503_599_627_370_496.0;

pub fn trunc(x: f64) -> f64 {
    if x > -WHOLE_FROM && x < WHOLE_FROM {
        // In range of i64, and exact: the cast drops the fraction, towards zero.
        (x as i64) as f64
    } else {
        // Whole already, infinite, or NaN: all their own truncation.
        x
    }
}

pub fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x {
        t - 1.0
    } else {
        t
    }
}

pub fn ceil(x: f64) -> f64 {
    let t = trunc(x);
    if t < x {
        t + 1.0
    } else {
        t
    }
}

// Against std's own: native only (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
