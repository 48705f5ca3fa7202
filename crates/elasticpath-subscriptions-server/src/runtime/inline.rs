//! The request schemas as the engine is given them: each `$ref` into
//! `$defs` replaced by the schema it names, so that the engine checks a
//! value without following references.
//!
//! A reference costs the engine on every violation it reports below it
//! (it tracks the path through each reference to say where the violated
//! keyword is), which made listing a bad body's problems cost about three
//! times what it costs without them. The answer does not change: the
//! engine's `$ref` and `allOf` both report the violations of what they
//! apply, in order, as they are, and a `$ref` runs after every keyword
//! beside it. So `{"$ref": "#/$defs/X"}` becomes `X`, and a reference with
//! keywords beside it, `{"allOf": [{the keywords}, X]}`: the same
//! violations, of the same kinds, at the same places, in the same order,
//! which is all the router reads (`tests/compiled_checks.rs` holds every
//! request schema's listing to the listing of the schema as written).
//!
//! Left as written: a reference that comes back to a schema it is inside
//! (it still resolves: `$defs` is kept when a reference is left), one this
//! module does not understand, and the inside of a `not` (its violation
//! quotes the schema).
//! A schema whose meaning could depend on where a subschema sits
//! (`$id`, anchors, dynamic references, `unevaluated*`) is not inlined at
//! all, nor one of a dialect before 2019-09 (whose `$ref` ignores the
//! keywords beside it), nor one whose inlined form would be more than
//! [`GROWTH`] times larger.

use serde_json::{Map, Value};

/// The most an inlined schema may grow, in JSON values, against the schema
/// as written: past that, the schema is used as written (references shared
/// by many subschemas could otherwise grow it exponentially).
pub const GROWTH: usize = 16;

/// Keywords that make a subschema's meaning depend on where it is, or on
/// what its neighbours evaluate: a schema using any is left as written.
const PLACE_BOUND: &[&str] = &[
    "$id",
    "$anchor",
    "$dynamicAnchor",
    "$dynamicRef",
    "$recursiveRef",
    "$recursiveAnchor",
    "unevaluatedProperties",
    "unevaluatedItems",
];

/// The dialects whose `$ref` applies beside the keywords next to it (the
/// router's schemas are 2020-12; no `$schema` is taken as that too).
const DIALECTS: &[&str] =
    &["https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema"];

/// Keywords beside a `$ref` that only annotate: dropped when inlining, as
/// the engine ignores them.
const ANNOTATIONS: &[&str] =
    &["$comment", "title", "description", "examples", "example", "default", "deprecated", "readOnly", "writeOnly"];

/// Keywords whose value is one subschema.
const ONE_SCHEMA: &[&str] =
    &["additionalProperties", "items", "contains", "if", "then", "else", "propertyNames", "additionalItems"];

/// Keywords whose value is a list of subschemas.
const SCHEMA_LISTS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];

/// Keywords whose value maps names to subschemas.
const SCHEMA_MAPS: &[&str] = &["properties", "patternProperties", "dependentSchemas"];

/// `schema` (a bundled schema: the root, its components under `$defs`)
/// with its references inlined; `None` when it is better used as written.
pub fn inline_refs(schema: &Value) -> Option<Value> {
    let Value::Object(root) = schema else { return None };
    // Before 2019-09, keywords beside a `$ref` are ignored: wrapping them
    // would start checking them.
    let dialect_known = match root.get("$schema") {
        None => true,
        Some(Value::String(uri)) => DIALECTS.contains(&uri.trim_end_matches('#')),
        Some(_) => false,
    };
    if !dialect_known || mentions(schema, PLACE_BOUND) {
        return None;
    }
    let defs = match root.get("$defs") {
        Some(Value::Object(defs)) => defs.clone(),
        Some(_) => return None,
        None => Map::new(),
    };
    let mut inliner = Inliner { defs: &defs, inside: Vec::new(), budget: size(schema).saturating_mul(GROWTH) };
    let mut body = root.clone();
    body.remove("$defs");
    // The dialect stays the root's.
    let dialect = body.remove("$schema");
    let Value::Object(mut inlined) = inliner.schema(&Value::Object(body))? else {
        // The root was a reference to a boolean schema.
        return None;
    };
    if let Some(dialect) = dialect {
        inlined.insert("$schema".to_owned(), dialect);
    }
    if inlined.contains_key("$ref") || inlined.values().any(|value| mentions(value, &["$ref"])) {
        // References left as written still resolve.
        inlined.insert("$defs".to_owned(), Value::Object(defs));
    }
    Some(Value::Object(inlined))
}

struct Inliner<'a> {
    defs: &'a Map<String, Value>,
    /// The components being inlined, outermost first: a reference to one of
    /// them is a cycle, and stays a reference.
    inside: Vec<&'a str>,
    /// JSON values that may still be written.
    budget: usize,
}

impl<'a> Inliner<'a> {
    fn spend(&mut self, values: usize) -> Option<()> {
        self.budget = self.budget.checked_sub(values)?;
        Some(())
    }

    /// One subschema, its references inlined; `None` past the budget.
    fn schema(&mut self, schema: &Value) -> Option<Value> {
        let Value::Object(map) = schema else {
            self.spend(1)?;
            return Some(schema.clone());
        };
        if let Some(reference) = map.get("$ref") {
            let defs: &'a Map<String, Value> = self.defs;
            let target = reference
                .as_str()
                .and_then(|r| r.strip_prefix("#/$defs/"))
                .filter(|name| !name.contains(['~', '%', '/']))
                .and_then(|name| defs.get_key_value(name));
            let Some((name, target)) = target.filter(|(name, _)| !self.inside.contains(&name.as_str())) else {
                self.spend(size(schema))?;
                return Some(schema.clone());
            };
            self.inside.push(name);
            let inlined = self.schema(target);
            self.inside.pop();
            let inlined = inlined?;
            let beside: Map<String, Value> = map
                .iter()
                .filter(|(keyword, _)| {
                    *keyword != "$ref" && !ANNOTATIONS.contains(&keyword.as_str()) && !keyword.starts_with("x-")
                })
                .map(|(keyword, value)| (keyword.clone(), value.clone()))
                .collect();
            if beside.is_empty() {
                return Some(inlined);
            }
            // The keywords beside the reference run first, then the reference.
            let beside = self.keywords(&beside)?;
            self.spend(2)?;
            let mut wrapper = Map::new();
            wrapper.insert("allOf".to_owned(), Value::Array(vec![Value::Object(beside), inlined]));
            return Some(Value::Object(wrapper));
        }
        self.keywords(map).map(Value::Object)
    }

    /// A schema object's keywords, each subschema in them inlined.
    fn keywords(&mut self, map: &Map<String, Value>) -> Option<Map<String, Value>> {
        self.spend(1)?;
        let mut out = Map::new();
        for (keyword, value) in map {
            let keyword_str = keyword.as_str();
            let inlined = match value {
                _ if ONE_SCHEMA.contains(&keyword_str) => self.schema(value)?,
                Value::Array(items) if SCHEMA_LISTS.contains(&keyword_str) => {
                    Value::Array(items.iter().map(|item| self.schema(item)).collect::<Option<_>>()?)
                }
                Value::Object(members) if SCHEMA_MAPS.contains(&keyword_str) => Value::Object(
                    members
                        .iter()
                        .map(|(name, item)| Some((name.clone(), self.schema(item)?)))
                        .collect::<Option<_>>()?,
                ),
                // Data (`enum`, `const`, annotations), a keyword this module
                // does not know, and `not`, whose violation quotes it.
                _ => {
                    self.spend(size(value))?;
                    value.clone()
                }
            };
            out.insert(keyword.clone(), inlined);
        }
        Some(out)
    }
}

/// How many JSON values `value` holds.
fn size(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(size).sum::<usize>(),
        Value::Object(map) => 1 + map.values().map(size).sum::<usize>(),
        _ => 1,
    }
}

/// Whether any object in `value` has one of `keywords` as a key.
fn mentions(value: &Value, keywords: &[&str]) -> bool {
    match value {
        Value::Array(items) => items.iter().any(|item| mentions(item, keywords)),
        Value::Object(map) => {
            map.keys().any(|key| keywords.contains(&key.as_str())) || map.values().any(|v| mentions(v, keywords))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_reference_becomes_what_it_names_and_keywords_beside_it_run_first() {
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": "#/$defs/Outer",
            "$defs": {
                "Outer": {"type": "object", "properties": {"id": {"$ref": "#/$defs/Id", "description": "the id"}, "n": {"$ref": "#/$defs/N", "maximum": 3}}},
                "Id": {"type": "string", "format": "uuid"},
                "N": {"type": "integer"}
            }
        });
        let inlined = inline_refs(&schema).unwrap();
        assert_eq!(inlined["type"], "object");
        assert_eq!(inlined["$schema"], schema["$schema"], "the dialect stays at the root");
        assert_eq!(inlined["properties"]["id"], json!({"type": "string", "format": "uuid"}));
        assert_eq!(inlined["properties"]["n"], json!({"allOf": [{"maximum": 3}, {"type": "integer"}]}));
        assert_eq!(inlined.get("$defs"), None, "no reference is left");
    }

    /// Neither our document nor Elastic Path's puts a keyword beside a
    /// reference, so the wrapping is held to the engine here.
    #[test]
    fn keywords_beside_a_reference_list_the_same_problems_in_the_same_order() {
        let json = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "properties": {
                "n": {"$ref": "#/$defs/Count", "maximum": 3, "type": "integer", "description": "a count"},
                "item": {"$ref": "#/$defs/Item", "required": ["extra"], "minProperties": 3},
                "items": {"type": "array", "items": {"$ref": "#/$defs/Item", "additionalProperties": false}}
            },
            "$defs": {
                "Count": {"type": "number", "minimum": 0, "multipleOf": 2},
                "Item": {"type": "object", "required": ["id"], "properties": {"id": {"$ref": "#/$defs/Id"}, "n": {"$ref": "#/$defs/Count"}}},
                "Id": {"type": "string", "format": "uuid", "maxLength": 36}
            }
        });
        let inlined = inline_refs(&json).unwrap();
        assert!(inlined["properties"]["n"]["allOf"].is_array(), "{inlined}");
        let schema = crate::runtime::Schema::new(Box::leak(json.to_string().into_boxed_str()));
        let mut several = 0;
        for value in [
            json!({"n": 7.5, "item": {"id": 3, "n": -3}, "items": [{"id": "x", "n": 1, "z": 1}, {}, 4]}),
            json!({"n": -1, "item": {}, "items": [{"n": "two"}, {"id": "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10"}]}),
            json!({"n": "3", "item": [], "items": {}}),
            json!({"n": 2, "item": {"id": "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10", "extra": 1, "n": 4}, "items": []}),
        ] {
            let listed = schema.problems(&value);
            assert_eq!(listed, schema.problems_as_written(&value), "for {value}");
            several += usize::from(listed.len() > 3);
        }
        assert_eq!(several, 3, "three of the values have many problems");
    }

    #[test]
    fn cycles_data_and_not_are_left_as_written() {
        let schema = json!({
            "$ref": "#/$defs/Tree",
            "$defs": {
                "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/Tree"}}, "kind": {"enum": [{"$ref": "#/$defs/Tree"}]}, "other": {"not": {"$ref": "#/$defs/Leaf"}}}},
                "Leaf": {"type": "string"}
            }
        });
        let inlined = inline_refs(&schema).unwrap();
        assert_eq!(inlined["$defs"], schema["$defs"], "kept for the references left as written");
        assert_eq!(inlined["properties"]["children"]["items"], json!({"$ref": "#/$defs/Tree"}));
        assert_eq!(inlined["properties"]["kind"]["enum"][0], json!({"$ref": "#/$defs/Tree"}));
        assert_eq!(inlined["properties"]["other"]["not"], json!({"$ref": "#/$defs/Leaf"}));
    }

    #[test]
    fn what_cannot_be_inlined_faithfully_is_left_as_written() {
        let unevaluated =
            json!({"$ref": "#/$defs/A", "unevaluatedProperties": false, "$defs": {"A": {"type": "object"}}});
        assert_eq!(inline_refs(&unevaluated), None);
        // Draft 7 ignores keywords beside a `$ref`; wrapping them would check them.
        let draft7 =
            json!({"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#/$defs/A", "$defs": {"A": {}}});
        assert_eq!(inline_refs(&draft7), None);
        // Not a bundle this module reads: no inlining, the engine gets it as written.
        assert_eq!(inline_refs(&json!(true)), None);
        assert_eq!(inline_refs(&json!({"$ref": "#/$defs/A", "$defs": [1]})), None);
        assert_eq!(inline_refs(&json!({"$ref": "#/$defs/B", "$defs": {"B": false}})), None, "a boolean root");
        // References it does not read (escaped names, other documents) stay.
        let odd = json!({"properties": {"a": {"$ref": "#/$defs/x~1y"}, "b": {"$ref": "other.json#/A"}}, "$defs": {"x/y": {}}});
        let inlined = inline_refs(&odd).unwrap();
        assert_eq!(inlined["properties"], odd["properties"]);
        assert_eq!(inlined["$defs"], odd["$defs"]);
        // Each level refers to the next twice: inlined, it doubles per level.
        let mut defs = Map::new();
        for level in 0..20 {
            let next = format!("#/$defs/L{}", level + 1);
            defs.insert(format!("L{level}"), json!({"properties": {"a": {"$ref": next}, "b": {"$ref": next}}}));
        }
        defs.insert("L20".to_owned(), json!({"type": "string"}));
        let doubling = json!({"$ref": "#/$defs/L0", "$defs": defs});
        assert_eq!(inline_refs(&doubling), None);
    }
}
