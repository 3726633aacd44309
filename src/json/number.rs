//! A number's text as the f64 serde_json reads it (its default, not `float_roundtrip`): the
//! same digits kept, the same powers of ten, the same refusal past f64's range. So a `Value`
//! made from `super::Node` is the one `serde_json::from_str` gives (the property tests hold
//! them side by side), and the `.wasm` needs no float parser of its own.

/// 10^k as the f64 nearest to it: serde_json's table entry, computed instead of stored (the
/// table was 2.4 KB of .wasm data). 10^k is carried as a sum of two f64s (hi + lo, about 106
/// bits) and multiplied by 10 as 8x + 2x, both exact, summed without loss (two-sum): the
/// only roundings are of `lo`, far below half a unit of `hi`. Past 10^22 the entries are not
/// exact; the unit test compares all 309 with the compiler's own literals.
pub(super) fn pow10(k: u32) -> f64 {
    let (mut hi, mut lo) = (1.0f64, 0.0f64);
    for _ in 0..k {
        let (a, b) = (hi * 8.0, hi * 2.0);
        let sum = a + b;
        let b_virtual = sum - a;
        let error = (a - (sum - b_virtual)) + (b - b_virtual) + lo * 10.0;
        hi = sum + error;
        lo = error - (hi - sum);
    }
    hi
}

/// The f64 of a number's text (checked by `Reader::number`); `None` past f64's range.
pub fn to_f64(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let (positive, mut at) = match b.first() {
        Some(b'-') => (false, 1),
        _ => (true, 0),
    };
    let digit = |at: usize| {
        b.get(at)
            .filter(|c| c.is_ascii_digit())
            .map(|c| u64::from(c - b'0'))
    };
    // Digits past u64 are dropped, each raising the exponent (whole part) or not (fraction).
    let fits = |n: u64, d: u64| !(n >= u64::MAX / 10 && (n > u64::MAX / 10 || d > u64::MAX % 10));
    let mut significand: u64 = 0;
    let mut exponent: i32 = 0;
    let mut dropping = false;
    while let Some(d) = digit(at) {
        if dropping || !fits(significand, d) {
            dropping = true;
            exponent = exponent.saturating_add(1);
        } else {
            significand = significand * 10 + d;
        }
        at += 1;
    }
    if b.get(at) == Some(&b'.') {
        at += 1;
        // The fraction starts afresh: its digits are kept while they fit, then all dropped.
        let mut dropping = false;
        while let Some(d) = digit(at) {
            if !dropping && fits(significand, d) {
                significand = significand * 10 + d;
                exponent = exponent.saturating_sub(1);
            } else {
                dropping = true;
            }
            at += 1;
        }
    }
    if let Some(b'e' | b'E') = b.get(at) {
        at += 1;
        let positive_exp = match b.get(at) {
            Some(b'-') => {
                at += 1;
                false
            }
            Some(b'+') => {
                at += 1;
                true
            }
            _ => true,
        };
        let mut exp: i32 = 0;
        while let Some(d) = digit(at) {
            let d = d as i32;
            if exp >= i32::MAX / 10 && (exp > i32::MAX / 10 || d > i32::MAX % 10) {
                // An exponent past i32: zero (or refused, for a non-zero number made bigger).
                if significand != 0 && positive_exp {
                    return None;
                }
                return Some(if positive { 0.0 } else { -0.0 });
            }
            exp = exp * 10 + d;
            at += 1;
        }
        exponent = if positive_exp {
            exponent.saturating_add(exp)
        } else {
            exponent.saturating_sub(exp)
        };
    }
    let mut f = significand as f64;
    loop {
        match Some(exponent.unsigned_abs())
            .filter(|k| *k <= 308)
            .map(pow10)
        {
            Some(pow) => {
                if exponent >= 0 {
                    f *= pow;
                    if f.is_infinite() {
                        return None;
                    }
                } else {
                    f /= pow;
                }
                break;
            }
            None => {
                if f == 0.0 {
                    break;
                }
                if exponent >= 0 {
                    return None;
                }
                f /= 1e308;
                exponent += 308;
            }
        }
    }
    Some(if positive { f } else { -f })
}
