//! What the compiled request checks call: the generator writes, for each
//! request schema, a function that answers what the schema answers (see
//! `subscriptions-codegen`'s `schema_check`), and these are the few rules
//! it does not write inline. Each answers exactly as the JSON Schema engine
//! (`jsonschema`) does; `tests/compiled_checks.rs` holds them to it.

use std::cmp::Ordering;

pub use serde_json::Number;

/// A JSON value as the compiled checks ask it: `serde_json::Value` (the
/// parameters, and a body too large for the one-pass path) and the
/// one-pass value (`tree::Value`) both answer, so one check, written once,
/// serves both without converting either.
pub trait Json: Sized {
    /// Its objects.
    type Object: JsonObject<Self>;
    /// Whether it is an object.
    fn is_object(&self) -> bool;
    /// Whether it is an array.
    fn is_array(&self) -> bool;
    /// Whether it is a string.
    fn is_string(&self) -> bool;
    /// Whether it is `true` or `false`.
    fn is_boolean(&self) -> bool;
    /// Whether it is `null`.
    fn is_null(&self) -> bool;
    /// Whether it is a number.
    fn is_number(&self) -> bool;
    /// The object, if it is one.
    fn as_object(&self) -> Option<&Self::Object>;
    /// The items, if it is an array.
    fn as_array(&self) -> Option<&[Self]>;
    /// The text, if it is a string.
    fn as_str(&self) -> Option<&str>;
    /// The number, if it is one.
    fn as_number(&self) -> Option<&Number>;
    /// The boolean, if it is one.
    fn as_bool(&self) -> Option<bool>;
}

/// A JSON object, as the compiled checks ask it.
pub trait JsonObject<V> {
    /// Its keys.
    type Key: JsonKey;
    /// The member named `key`.
    fn get(&self, key: &str) -> Option<&V>;
    /// Whether it has a member named `key`.
    fn contains_key(&self, key: &str) -> bool;
    /// Its members' values.
    fn values<'a>(&'a self) -> impl Iterator<Item = &'a V>
    where
        V: 'a;
    /// Its members.
    fn iter<'a>(&'a self) -> impl Iterator<Item = (&'a Self::Key, &'a V)>
    where
        V: 'a,
        Self::Key: 'a;
}

/// A key of a [`JsonObject`].
pub trait JsonKey {
    /// The key's text.
    fn as_str(&self) -> &str;
}

impl JsonKey for String {
    fn as_str(&self) -> &str {
        self
    }
}

impl Json for serde_json::Value {
    type Object = serde_json::Map<String, serde_json::Value>;
    fn is_object(&self) -> bool {
        self.is_object()
    }
    fn is_array(&self) -> bool {
        self.is_array()
    }
    fn is_string(&self) -> bool {
        self.is_string()
    }
    fn is_boolean(&self) -> bool {
        self.is_boolean()
    }
    fn is_null(&self) -> bool {
        self.is_null()
    }
    fn is_number(&self) -> bool {
        self.is_number()
    }
    fn as_object(&self) -> Option<&serde_json::Map<String, serde_json::Value>> {
        self.as_object()
    }
    fn as_array(&self) -> Option<&[Self]> {
        self.as_array().map(Vec::as_slice)
    }
    fn as_str(&self) -> Option<&str> {
        self.as_str()
    }
    fn as_number(&self) -> Option<&Number> {
        self.as_number()
    }
    fn as_bool(&self) -> Option<bool> {
        self.as_bool()
    }
}

impl JsonObject<serde_json::Value> for serde_json::Map<String, serde_json::Value> {
    type Key = String;
    fn get(&self, key: &str) -> Option<&serde_json::Value> {
        self.get(key)
    }
    fn contains_key(&self, key: &str) -> bool {
        self.contains_key(key)
    }
    fn values<'a>(&'a self) -> impl Iterator<Item = &'a serde_json::Value>
    where
        serde_json::Value: 'a,
    {
        self.values()
    }
    fn iter<'a>(&'a self) -> impl Iterator<Item = (&'a String, &'a serde_json::Value)>
    where
        serde_json::Value: 'a,
        String: 'a,
    {
        self.iter()
    }
}

/// A numeric bound of the schema, as written: an integer compares exactly.
#[derive(Clone, Copy, Debug)]
pub enum Bound {
    Integer(i128),
    Float(f64),
}

/// `type: integer`: a number with no fractional part (`1.0` is one).
pub fn is_integer<V: Json>(value: &V) -> bool {
    value.as_number().is_some_and(|n| n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0))
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
        let n = |v: serde_json::Value| v.as_number().unwrap().clone();
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
