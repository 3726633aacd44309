//! Random params for every method of the table, checked by the old checker (serde_json
//! `Value`s, `before.rs`) and by the call path (`core::ops::prepare`: the text read once into
//! `json::Node`): the same verdict, field and problem, including repeated keys in the text.

use super::before;
use crate::error::Error;
use crate::methods;
use crate::prelude::*;
use crate::schema::{Method, Ty};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// A small deterministic generator (xorshift), seeded by proptest.
struct TestRng(u64);

impl TestRng {
    fn gen_range(&mut self, range: core::ops::Range<usize>) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        range.start + (self.0 % (range.end - range.start).max(1) as u64) as usize
    }
}

/// A value for `ty`: mostly valid, sometimes of another type, empty, null or with strays.
fn sample(ty: &Ty, rng: &mut TestRng, depth: u32) -> Value {
    let roll = rng.gen_range(0..100);
    if roll < 2 {
        return odd(rng);
    }
    match ty {
        // Mostly valid (so that checks reach the later fields), a few wrong.
        Ty::Str | Ty::Any | Ty::File => pick(
            rng,
            &[json!("text"), json!("a\"b"), json!("é"), json!("12")],
            &[json!("")],
        ),
        Ty::Int => pick(
            rng,
            &[json!(7), json!("42"), json!(-3), json!("-0")],
            &[json!(1.5), json!("x"), json!(-0.0)],
        ),
        Ty::Num => pick(
            rng,
            &[json!(1.25), json!("3.5e2"), json!(0)],
            &[json!("abc"), json!(true)],
        ),
        Ty::Bool => pick(
            rng,
            &[json!(true), json!("Y"), json!("N")],
            &[json!("yes"), json!(1)],
        ),
        Ty::Date => pick(
            rng,
            &[
                json!("2024-10-11"),
                json!("2024-10-11T10:00:00+03:00"),
                json!("11.10.2024 10:00"),
            ],
            &[json!("2024-02-30"), json!(20241011)],
        ),
        Ty::Time => pick(
            rng,
            &[json!("09:00"), json!("23:59"), json!("00:00")],
            &[json!("24:00"), json!("9:00")],
        ),
        Ty::Enum(values) if !values.is_empty() && rng.gen_range(0..100) < 90 => {
            let v = values[rng.gen_range(0..values.len())];
            // The portal compares numbers by their text: an integer-looking value may go as one.
            match v.parse::<i64>() {
                Ok(n) if rng.gen_range(0..2) == 0 => json!(n),
                _ => json!(v),
            }
        }
        Ty::Enum(_) => json!("not-a-value"),
        Ty::Array(item) if depth < 4 => Value::Array(
            (0..rng.gen_range(0..4))
                .map(|_| sample(item, rng, depth + 1))
                .collect(),
        ),
        Ty::Map(item) if depth < 4 => {
            let mut map = Map::new();
            for i in 0..rng.gen_range(0..4) {
                map.insert(
                    format!("k{}", rng.gen_range(0..9) * 10 + i),
                    sample(item, rng, depth + 1),
                );
            }
            Value::Object(map)
        }
        Ty::Object(shape) if depth < 4 => {
            let mut map = Map::new();
            for p in shape.fields {
                if rng.gen_range(0..100) < 85 {
                    map.insert(p.name.to_string(), sample(&p.ty, rng, depth + 1));
                }
            }
            for _ in 0..[0, 0, 0, 0, 0, 0, 0, 0, 1, 2][rng.gen_range(0..10)] {
                map.insert(
                    ["ZZ_UNKNOWN", "AA_UNKNOWN", "mid"][rng.gen_range(0..3)].into(),
                    json!(1),
                );
            }
            Value::Object(map)
        }
        Ty::Either(choices) if !choices.is_empty() => {
            sample(&choices[rng.gen_range(0..choices.len())], rng, depth)
        }
        _ => odd(rng),
    }
}

fn pick(rng: &mut TestRng, good: &[Value], bad: &[Value]) -> Value {
    if rng.gen_range(0..100) < 6 {
        bad[rng.gen_range(0..bad.len())].clone()
    } else {
        good[rng.gen_range(0..good.len())].clone()
    }
}

fn odd(rng: &mut TestRng) -> Value {
    [
        json!(null),
        json!(""),
        json!({}),
        json!([]),
        json!(false),
        json!(12345678901234567890u64),
        json!(-0.0),
        json!("$result[a][B]"),
    ][rng.gen_range(0..8)]
    .clone()
}

fn params(method: &Method, rng: &mut TestRng) -> Value {
    let mut map = Map::new();
    for p in method.params {
        if rng.gen_range(0..100) < 80 {
            map.insert(p.name.to_string(), sample(&p.ty, rng, 0));
        }
    }
    for _ in 0..[0, 0, 0, 0, 0, 0, 0, 0, 1, 2][rng.gen_range(0..10)] {
        map.insert(
            ["UNKNOWN_PARAM", "A_UNKNOWN"][rng.gen_range(0..2)].into(),
            json!(1),
        );
    }
    Value::Object(map)
}

/// What a check said: nothing, or the field and problem.
fn verdict(result: Result<(), Error>) -> Option<(String, String)> {
    match result {
        Ok(()) => None,
        Err(Error::InvalidParam { field, problem, .. }) => Some((field, problem.to_string())),
        Err(other) => Some(("(other)".into(), other.to_string())),
    }
}

/// The checks below are only as good as the params: they must reach past the first field.
#[test]
fn the_random_params_reach_every_kind_of_verdict() {
    let all: Vec<&Method> = methods::all().collect();
    let (mut accepted, mut problems) = (0, Vec::<String>::new());
    for seed in 1..4000u64 {
        let mut rng = TestRng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let method = all[rng.gen_range(0..all.len())];
        match verdict(before::validate(method, &params(method, &mut rng))) {
            None => accepted += 1,
            Some((_, problem)) => {
                let kind = problem.split(' ').take(3).collect::<Vec<_>>().join(" ");
                if !problems.contains(&kind) {
                    problems.push(kind);
                }
            }
        }
    }
    assert!(accepted > 400, "{accepted} of 4000 accepted");
    assert!(problems.len() >= 10, "{problems:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
    #[test]
    fn the_call_path_refuses_what_the_value_checker_refused(seed in any::<u64>(), pick in any::<prop::sample::Index>()) {
        let all: Vec<&Method> = methods::all().collect();
        let method = all[pick.index(all.len())];
        let mut rng = TestRng(seed | 1);
        let value = params(method, &mut rng);
        let text = value.to_string();
        let old = verdict(before::validate(method, &value));
        let new = verdict(crate::core::ops::prepare(method.name, &text).map(|_| ()));
        prop_assert_eq!(&old, &new, "{} {}", method.name, text);
        // A key given twice: serde_json's map kept the last value, and so does the reader.
        if let Some((key, _)) = value.as_object().and_then(|m| m.iter().next()) {
            let twice = format!("{{\"{key}\":[],{}", &text[1..]);
            let read: Value = serde_json::from_str(&twice)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let old = verdict(before::validate(method, &read));
            let new = verdict(crate::core::ops::prepare(method.name, &twice).map(|_| ()));
            prop_assert_eq!(&old, &new, "{} {}", method.name, twice);
        }
        // Batch mode too (references stand for any value).
        let old = verdict(before::validate_batch(method, &value));
        let new = verdict(super::validate_batch(method, &value));
        prop_assert_eq!(&old, &new, "batch {} {}", method.name, text);
    }
}
