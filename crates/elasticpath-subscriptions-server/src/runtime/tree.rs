//! The JSON value a request body is checked and decoded from: read once, as
//! strictly as `checks::read_json` reads (a key twice in one object, nesting
//! past [`MAX_DEPTH`]), with its strings borrowed from the body where they
//! hold no escape and each object a list sorted by key.
//!
//! A good body then costs a few allocations (one a container), the compiled
//! check (which asks this value what it would ask a `serde_json::Value`) and
//! one decode into its type from this value ([`Deserializer`] for
//! `&Value`, answering as `serde_json::Value`'s does), where a
//! `serde_json::Value` would have cost a string a key, a tree node an object
//! and a second pass. Anything else (a body that is not JSON, breaks the
//! schema, or does not decode) goes on through `serde_json::Value` as before,
//! so its answer is the same, word for word.

use std::borrow::Cow;
use std::cell::Cell;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error as _, MapAccess, SeqAccess, Unexpected, VariantAccess,
    Visitor,
};
use serde_json::Number;

use super::compiled::{Json, JsonKey, JsonObject};
use crate::options::MAX_DEPTH;

/// Objects of up to this many members are searched member by member.
const SCANNED: usize = 8;

/// A JSON value, borrowing its strings from the text it was read from
/// where it can.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json reads it.
    Number(Number),
    /// A string: borrowed from the body unless it held an escape.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object.
    Object(Object<'a>),
}

/// A key of an [`Object`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key<'a>(Cow<'a, str>);

impl Key<'_> {
    /// The key's text.
    /// The text, if it is a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A JSON object: its members sorted by key (as `serde_json::Map` keeps
/// them, so both are walked and decoded in the same order), no key twice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object<'a> {
    members: Vec<(Key<'a>, Value<'a>)>,
}

impl<'a> Object<'a> {
    /// The object of `members`, in any order; the key given twice, if one is.
    fn from_members(mut members: Vec<(Key<'a>, Value<'a>)>) -> Result<Self, Key<'a>> {
        // O(n log n), as a B-tree's n inserts are.
        members.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        if let Some(twice) = members.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            return Err(twice[0].0.clone());
        }
        Ok(Object { members })
    }

    /// How many members it has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl Value<'_> {
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Value::Null => Unexpected::Unit,
            Value::Bool(flag) => Unexpected::Bool(*flag),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Unexpected::Unsigned(u),
                (None, Some(i)) => Unexpected::Signed(i),
                _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(text) => Unexpected::Str(text),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }
}

impl<'a> Json for Value<'a> {
    type Object = Object<'a>;
    fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }
    fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }
    fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }
    fn as_array(&self) -> Option<&[Self]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }
    fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(number) => Some(number),
            _ => None,
        }
    }
    fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(flag) => Some(*flag),
            _ => None,
        }
    }
}

impl<'a> JsonObject<Value<'a>> for Object<'a> {
    type Key = Key<'a>;
    fn get(&self, key: &str) -> Option<&Value<'a>> {
        // A small object (a request body's usually are) by a scan, whose
        // comparisons look at the lengths first; a larger one by halves.
        if self.members.len() <= SCANNED {
            return self.members.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v);
        }
        let at = self.members.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(&self.members[at].1)
    }
    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    fn values<'b>(&'b self) -> impl Iterator<Item = &'b Value<'a>>
    where
        Value<'a>: 'b,
    {
        self.members.iter().map(|(_, v)| v)
    }
    fn iter<'b>(&'b self) -> impl Iterator<Item = (&'b Key<'a>, &'b Value<'a>)>
    where
        Value<'a>: 'b,
        Key<'a>: 'b,
    {
        self.members.iter().map(|(k, v)| (k, v))
    }
}

impl JsonKey for Key<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'a> From<&'a serde_json::Value> for Value<'a> {
    /// The same value, its strings borrowed.
    fn from(value: &'a serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(flag) => Value::Bool(*flag),
            serde_json::Value::Number(n) => Value::Number(n.clone()),
            serde_json::Value::String(text) => Value::String(Cow::Borrowed(text)),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(Value::from).collect()),
            // Sorted here: a map built with serde_json's `preserve_order`
            // keeps its members in the order they came (a key is in it once).
            serde_json::Value::Object(map) => {
                let mut members: Vec<_> =
                    map.iter().map(|(k, v)| (Key(Cow::Borrowed(k.as_str())), Value::from(v))).collect();
                members.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                Value::Object(Object { members })
            }
        }
    }
}

impl From<&Value<'_>> for serde_json::Value {
    fn from(value: &Value<'_>) -> Self {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(flag) => serde_json::Value::Bool(*flag),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::String(text) => serde_json::Value::String(text.as_ref().to_owned()),
            Value::Array(items) => serde_json::Value::Array(items.iter().map(serde_json::Value::from).collect()),
            Value::Object(object) => serde_json::Value::Object(
                object.members.iter().map(|(k, v)| (k.as_str().to_owned(), serde_json::Value::from(v))).collect(),
            ),
        }
    }
}

/// Reads `bytes` as one JSON value, with how many JSON values it holds;
/// `None` when `checks::read_json` would refuse it (which then says why).
/// Linear in the body's size, but for sorting each object's keys.
pub fn read(bytes: &[u8]) -> Option<(Value<'_>, usize)> {
    let values = Cell::new(0);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = Strict { depth: 0, values: &values }.deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    Some((value, values.get()))
}

struct Strict<'c> {
    depth: usize,
    values: &'c Cell<usize>,
}

impl Strict<'_> {
    fn count(&self) {
        self.values.set(self.values.get() + 1);
    }
    fn nested(&self) -> Strict<'_> {
        Strict { depth: self.depth + 1, values: self.values }
    }
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value<'de>, E> {
        self.count();
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::String(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::String(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::String(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        self.count();
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        self.count();
        if self.depth >= MAX_DEPTH {
            return Err(A::Error::custom("too deep"));
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.nested())? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        self.count();
        if self.depth >= MAX_DEPTH {
            return Err(A::Error::custom("too deep"));
        }
        let mut members = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            members.push((key, map.next_value_seed(self.nested())?));
        }
        Object::from_members(members).map(Value::Object).map_err(|_| A::Error::custom("a key twice"))
    }
}

struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

/// Why a value did not decode (the router then decodes it again through
/// `serde_json::Value`, whose message it gives).
pub type Error = de::value::Error;

impl<'a, 'b> Deserializer<'a> for &'a Value<'b> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(flag) => visitor.visit_bool(*flag),
            // As serde_json's `Number` gives itself: a positive integer as
            // u64, a negative one as i64, any other as f64.
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => visitor.visit_u64(u),
                (None, Some(i)) => visitor.visit_i64(i),
                _ => visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(text) => visitor.visit_borrowed_str(text),
            Value::Array(items) => {
                let mut seq = Items(items.iter());
                let value = visitor.visit_seq(&mut seq)?;
                match seq.0.len() {
                    0 => Ok(value),
                    _ => Err(Error::invalid_length(items.len(), &"fewer elements in array")),
                }
            }
            Value::Object(object) => {
                let mut map = Members { members: object.members.iter(), value: None };
                let value = visitor.visit_map(&mut map)?;
                match map.members.len() {
                    0 => Ok(value),
                    _ => Err(Error::invalid_length(object.len(), &"fewer elements in map")),
                }
            }
        }
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Value::String(text) => visitor.visit_enum(Variant { name: text, value: None }),
            Value::Object(object) if object.len() == 1 => {
                let (name, value) = &object.members[0];
                visitor.visit_enum(Variant { name: name.as_str(), value: Some(value) })
            }
            other => Err(Error::invalid_type(other.unexpected(), &"a string or a map of one member")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'a>>
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

struct Items<'a, 'b>(std::slice::Iter<'a, Value<'b>>);

impl<'a> SeqAccess<'a> for Items<'a, '_> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.0.next().map(|item| seed.deserialize(item)).transpose()
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Members<'a, 'b> {
    members: std::slice::Iter<'a, (Key<'b>, Value<'b>)>,
    value: Option<&'a Value<'b>>,
}

impl<'a> MapAccess<'a> for Members<'a, '_> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.members.next() else { return Ok(None) };
        self.value = Some(value);
        seed.deserialize(de::value::BorrowedStrDeserializer::new(key.as_str())).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value),
            None => Err(Error::custom("a value asked for before its key")),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}

/// An enum's variant: its name, and its value when written as a map.
struct Variant<'a, 'b> {
    name: &'a str,
    value: Option<&'a Value<'b>>,
}

impl<'a, 'b> EnumAccess<'a> for Variant<'a, 'b> {
    type Error = Error;
    type Variant = Content<'a, 'b>;
    fn variant_seed<V: DeserializeSeed<'a>>(self, seed: V) -> Result<(V::Value, Self::Variant), Error> {
        let name = seed.deserialize(de::value::BorrowedStrDeserializer::<Error>::new(self.name))?;
        Ok((name, Content(self.value)))
    }
}

/// What a variant holds: nothing (written as a string), or a value.
struct Content<'a, 'b>(Option<&'a Value<'b>>);

impl<'a> VariantAccess<'a> for Content<'a, '_> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        match self.0 {
            None | Some(Value::Null) => Ok(()),
            Some(other) => Err(Error::invalid_type(other.unexpected(), &"unit variant")),
        }
    }
    fn newtype_variant_seed<T: DeserializeSeed<'a>>(self, seed: T) -> Result<T::Value, Error> {
        match self.0 {
            Some(value) => seed.deserialize(value),
            None => Err(Error::invalid_type(Unexpected::UnitVariant, &"newtype variant")),
        }
    }
    fn tuple_variant<V: Visitor<'a>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Some(value @ Value::Array(_)) => value.deserialize_any(visitor),
            Some(other) => Err(Error::invalid_type(other.unexpected(), &"tuple variant")),
            None => Err(Error::invalid_type(Unexpected::UnitVariant, &"tuple variant")),
        }
    }
    fn struct_variant<V: Visitor<'a>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Some(value @ (Value::Object(_) | Value::Array(_))) => value.deserialize_any(visitor),
            Some(other) => Err(Error::invalid_type(other.unexpected(), &"struct variant")),
            None => Err(Error::invalid_type(Unexpected::UnitVariant, &"struct variant")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    /// What the strict `serde_json::Value` reader makes of `text`.
    fn strictly(text: &str) -> Option<(serde_json::Value, usize)> {
        super::super::checks::read_strictly(text.as_bytes()).ok()
    }

    fn read_here(text: &str) -> Option<(serde_json::Value, usize)> {
        read(text.as_bytes()).map(|(value, values)| (serde_json::Value::from(&value), values))
    }

    #[test]
    fn reads_what_the_strict_reader_reads_and_refuses_what_it_refuses() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let bodies = [
            r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#.to_owned(),
            r#"{"b":1,"a":[true,false,null],"c":{"z":"\u00e9\n","\u0079":"y"}}"#.to_owned(),
            r#"  [1, -1, 1.0, -0, 1e300, 18446744073709551615, -9223372036854775808, 0.5]  "#.to_owned(),
            r#"{"":{},"\"":[],"é":"ü"}"#.to_owned(),
            r#""a string""#.to_owned(),
            "null".to_owned(),
            deep(MAX_DEPTH),
            deep(MAX_DEPTH + 1),
            r#"{"a":1,"a":2}"#.to_owned(),
            r#"{"a":1,"\u0061":2}"#.to_owned(),
            r#"{"x":{"b":1,"c":2,"b":3}}"#.to_owned(),
            r#"{"a":1} {}"#.to_owned(),
            r#"{"a":1e400}"#.to_owned(),
            r#"{"a":"\ud800"}"#.to_owned(),
            "{".to_owned(),
            String::new(),
        ];
        for body in &bodies {
            assert_eq!(read_here(body), strictly(body), "{body}");
        }
        // Both refuse these, as the reader must (its refusals are then
        // worded by the strict reader).
        for refused in [deep(MAX_DEPTH + 1), r#"{"a":1,"\u0061":2}"#.to_owned(), r#"{"a":1} {}"#.to_owned()] {
            assert!(read(refused.as_bytes()).is_none(), "{refused}");
        }
    }

    #[test]
    fn strings_are_borrowed_unless_they_hold_an_escape() {
        let (value, _) = read(br#"{"plain":"text","k\u00e9y":"a\"b"}"#).unwrap();
        let object = value.as_object().unwrap();
        let members: Vec<_> = object.iter().collect();
        assert!(matches!(members[0].0.0, Cow::Owned(_)), "{members:?}");
        assert!(matches!(members[0].1, Value::String(Cow::Owned(text)) if text == "a\"b"));
        assert!(matches!(members[1].0.0, Cow::Borrowed("plain")));
        assert!(matches!(members[1].1, Value::String(Cow::Borrowed("text"))));
        assert_eq!(object.get("kéy").and_then(Value::as_str), Some("a\"b"));
        assert_eq!(object.get("absent"), None);
    }

    /// Objects small enough to be scanned and larger ones searched by
    /// halves find every member they have and none they do not: keys of
    /// one length, prefixes, escaped keys.
    #[test]
    fn every_member_is_found_in_objects_of_every_size() {
        for size in 0..=3 * SCANNED {
            let keys: Vec<String> = (0..size).map(|i| format!("k{}", "é".repeat(i % 3)) + &i.to_string()).collect();
            let members: Vec<String> =
                keys.iter().enumerate().map(|(i, key)| format!(r#""{}":{i}"#, key.replace('é', r"\u00e9"))).collect();
            let body = format!("{{{}}}", members.join(","));
            let (value, _) = read(body.as_bytes()).unwrap();
            let object = value.as_object().unwrap();
            assert_eq!(object.len(), size);
            for (i, key) in keys.iter().enumerate() {
                assert_eq!(object.get(key).map(serde_json::Value::from), Some(serde_json::json!(i)), "{key} of {body}");
                assert!(object.contains_key(key));
            }
            for absent in ["", "k", "k1é", &format!("k{size}"), "k00", "l0"] {
                assert!(!object.contains_key(absent), "{absent:?} in {body}");
                assert_eq!(object.get(absent), None);
            }
        }
    }

    #[derive(Debug, PartialEq, Deserialize)]
    enum Shape {
        Dot,
        Circle(f64),
        Pair(u8, u8),
        Box { w: u32, h: u32 },
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Either {
        Number(i64),
        Text(String),
        Shapes(Vec<Shape>),
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "kind")]
    enum Tagged {
        One { n: u16 },
        Two,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Everything {
        small: u8,
        signed: i64,
        float: f32,
        maybe: Option<String>,
        #[serde(default)]
        missing: Option<bool>,
        shapes: Vec<Shape>,
        either: Vec<Either>,
        tagged: Vec<Tagged>,
        map: BTreeMap<String, serde_json::Value>,
        #[serde(flatten)]
        rest: BTreeMap<String, serde_json::Value>,
    }

    /// Decodes as `serde_json::Value` decodes: the same value, or an error
    /// where it gives one.
    fn same<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) {
        let (value, _) = read(text.as_bytes()).unwrap();
        let here = T::deserialize(&value).ok();
        let there = serde_json::from_value::<T>(serde_json::from_str(text).unwrap()).ok();
        assert_eq!(here, there, "{text}");
    }

    #[test]
    fn decodes_as_a_serde_json_value_decodes() {
        let good = r#"{"small":255,"signed":-5,"float":1,"maybe":null,"shapes":["Dot",{"Circle":1.5},{"Pair":[1,2]},{"Box":{"w":1,"h":2}}],
            "either":[1,-9223372036854775808,"t",["Dot"]],"tagged":[{"kind":"One","n":7},{"kind":"Two"}],
            "map":{"b":[1],"a":{"x":null}},"z":1,"y":"\u00e9"}"#;
        same::<Everything>(good);
        let (value, _) = read(good.as_bytes()).unwrap();
        if let Err(e) = Everything::deserialize(&value) {
            panic!("{e}");
        }
        for bad in [
            r#"{"small":256,"signed":0,"float":1,"maybe":"m","shapes":[],"either":[],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0.5,"float":1,"maybe":"m","shapes":[],"either":[],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0,"float":1,"maybe":"m","shapes":["Circle"],"either":[],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0,"float":1,"maybe":"m","shapes":[{"Dot":1}],"either":[],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0,"float":1,"maybe":"m","shapes":[{"Pair":[1,2,3]}],"either":[],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0,"float":1,"maybe":"m","shapes":[{"Dot":null,"Box":{}}],"either":[],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0,"float":1,"maybe":"m","shapes":[],"either":[{}],"tagged":[],"map":{}}"#,
            r#"{"small":1,"signed":0,"float":1,"maybe":"m","shapes":[],"either":[],"tagged":[{"kind":"Three"}],"map":{}}"#,
            r#"[1,-5,1,null,[],[],[],{}]"#,
            r#"[1,-5,1,null,[],[],[],{},7]"#,
        ] {
            same::<Everything>(bad);
        }
        same::<(u8, String)>(r#"[1,"a"]"#);
        same::<(u8, String)>(r#"[1,"a",2]"#);
        same::<Option<Shape>>("null");
        same::<()>("null");
        same::<char>(r#""c""#);
        same::<Vec<u64>>("[18446744073709551615, 0]");
    }
}
