//! What the compiled request checks call: the generator writes, for each
//! request schema, a function that answers what the schema answers (see
//! `subscriptions-codegen`'s `schema_check`), and these are the few rules
//! it does not write inline. Each answers exactly as the JSON Schema engine
//! (`jsonschema`) does; `tests/compiled_checks.rs` holds them to it.

use std::cmp::Ordering;

pub use serde_json::{Number, Value};

/// A numeric bound of the schema, as written: an integer compares exactly.
#[derive(Clone, Copy, Debug)]
pub enum Bound {
    Integer(i128),
    Float(f64),
}

/// `type: integer`: a number with no fractional part (`1.0` is one).
pub fn is_integer(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

/// How `number` compares with `bound`, exactly: integers as integers, and a
/// float against an integer without rounding the integer.
pub fn compare(number: &Number, bound: Bound) -> Ordering {
    let exact = number.as_i64().map(i128::from).or_else(|| number.as_u64().map(i128::from));
    match (exact, bound) {
        (Some(n), Bound::Integer(b)) => n.cmp(&b),
        (Some(n), Bound::Float(b)) => reverse(compare_float_integer(b, n)),
        (None, bound) => {
            let f = number.as_f64().unwrap_or(f64::NAN);
            match bound {
                Bound::Integer(b) => compare_float_integer(f, b),
                Bound::Float(b) => f.partial_cmp(&b).unwrap_or(Ordering::Equal),
            }
        }
    }
}

fn reverse(ordering: Ordering) -> Ordering {
    ordering.reverse()
}

/// `f` against the integer `i`, exactly (JSON numbers are finite).
fn compare_float_integer(f: f64, i: i128) -> Ordering {
    // Every integer in ±2^53 is a float exactly; past that, an i64 or u64
    // rounds, so the float is compared with the integer's floor and ceiling.
    let floor = f.floor();
    if floor < -1.7e38 {
        return Ordering::Less;
    }
    if floor > 1.7e38 {
        return Ordering::Greater;
    }
    let whole = floor as i128;
    match whole.cmp(&i) {
        Ordering::Equal if f > floor => Ordering::Greater,
        ordering => ordering,
    }
}

/// `minLength`: at least `n` characters (Unicode scalar values, as the
/// engine counts them).
pub fn chars_at_least(text: &str, n: usize) -> bool {
    text.len() >= n && (text.len() >= n.saturating_mul(4) || text.chars().count() >= n)
}

/// `maxLength`: at most `n` characters.
pub fn chars_at_most(text: &str, n: usize) -> bool {
    text.len() <= n || text.chars().count() <= n
}

/// `format: uuid`: the hyphenated form only, 8-4-4-4-12 hexadecimal
/// digits, in either case (`uuid::Uuid` also parses the simple, braced
/// and URN forms; the schema does not accept them).
pub fn uuid(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn integers_compare_exactly_with_bounds_past_the_floats() {
        let n = |v: Value| v.as_number().unwrap().clone();
        assert_eq!(compare(&n(json!(i64::MAX)), Bound::Integer(i64::MAX as i128)), Ordering::Equal);
        assert_eq!(compare(&n(json!(i64::MAX as u64 + 1)), Bound::Integer(i64::MAX as i128)), Ordering::Greater);
        assert_eq!(compare(&n(json!(9.3e18)), Bound::Integer(i64::MAX as i128)), Ordering::Greater);
        assert_eq!(compare(&n(json!(-0.5)), Bound::Integer(0)), Ordering::Less);
        assert_eq!(compare(&n(json!(100.5)), Bound::Integer(100)), Ordering::Greater);
        assert_eq!(compare(&n(json!(100)), Bound::Float(100.0)), Ordering::Equal);
        assert_eq!(compare(&n(json!(101)), Bound::Float(100.5)), Ordering::Greater);
        assert_eq!(compare(&n(json!(100)), Bound::Float(100.5)), Ordering::Less);
        assert_eq!(compare(&n(json!(1e300)), Bound::Integer(i64::MAX as i128)), Ordering::Greater);
    }

    #[test]
    fn lengths_count_characters() {
        assert!(chars_at_most("ééé", 3));
        assert!(!chars_at_most("éééé", 3));
        assert!(chars_at_least("ééé", 3));
        assert!(!chars_at_least("éé", 3));
    }

    #[test]
    fn only_the_hyphenated_uuid_is_one() {
        assert!(uuid("6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10"));
        assert!(uuid("6F9D8C1E-5B1A-4D6E-9A53-0C2F4E8B7A10"));
        assert!(!uuid("6f9d8c1e5b1a4d6e9a530c2f4e8b7a10"));
        assert!(!uuid("{6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10}"));
        assert!(!uuid("6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a1g"));
    }
}
