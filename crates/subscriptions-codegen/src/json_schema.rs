//! OpenAPI 3.0 schemas as JSON Schema 2020-12, for validators that do not
//! speak OpenAPI: the generated server's request checks and the tests'
//! independent check of every example.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

/// The JSON Schema dialect the translated schemas declare.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Translates one OpenAPI 3.0 schema: `nullable: true` becomes a `null`
/// type (or a `null` alternative where there is no `type`), references to
/// `#/components/schemas/X` become `#/$defs/X`, and annotations
/// (descriptions, examples) are dropped.
///
/// A `oneOf` with a `discriminator` mapping becomes one `if`/`then` per
/// mapped value: the variant is chosen by the discriminator, as OpenAPI
/// means it, so a bad request is told what is wrong with the variant it
/// names (`price_changes` is required), not that it matches no variant.
pub fn translate(schema: &Value) -> Value {
    match schema {
        // A null-only schema (`{type: string, nullable: true, enum: [null]}`,
        // the OpenAPI 3.0.3 way to say `null`) is `{type: null}`.
        Value::Object(map)
            if map.get("nullable") == Some(&Value::Bool(true))
                && map.get("enum").and_then(Value::as_array).is_some_and(|e| e.as_slice() == [Value::Null]) =>
        {
            json!({ "type": "null" })
        }
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let value = match key.as_str() {
                    // Annotations: no validator needs them, and the embedded
                    // schemas stay small.
                    "nullable" | "example" | "examples" | "description" | "title" | "readOnly" | "writeOnly"
                    | "xml" | "externalDocs" | "discriminator" => continue,
                    "oneOf" if discriminated(map).is_some() => continue,
                    // Keys of `properties` are names, not keywords.
                    "properties" => Value::Object(
                        value.as_object().into_iter().flatten().map(|(k, v)| (k.clone(), translate(v))).collect(),
                    ),
                    "$ref" => match value.as_str().and_then(|r| r.strip_prefix("#/components/schemas/")) {
                        Some(name) => Value::String(format!("#/$defs/{name}")),
                        None => value.clone(),
                    },
                    _ => translate(value),
                };
                out.insert(key.clone(), value);
            }
            // `int32`/`int64` bound an integer, as OpenAPI's data types
            // define them; JSON Schema does not know those formats.
            let bits = match (map.get("type").and_then(Value::as_str), map.get("format").and_then(Value::as_str)) {
                (Some("integer"), Some("int32")) => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
                (Some("integer"), Some("int64")) => Some((i64::MIN, i64::MAX)),
                _ => None,
            };
            if let Some((low, high)) = bits {
                let existing = |key: &str| out.get(key).and_then(Value::as_f64);
                let keep_minimum = existing("minimum").is_some_and(|m| m >= low as f64);
                let keep_maximum = existing("maximum").is_some_and(|m| m <= high as f64);
                if !keep_minimum && !out.contains_key("exclusiveMinimum") {
                    out.insert("minimum".into(), Value::from(low));
                }
                if !keep_maximum && !out.contains_key("exclusiveMaximum") {
                    out.insert("maximum".into(), Value::from(high));
                }
            }
            if let Some(branches) = discriminated(map) {
                let Value::Array(all_of) = out.entry("allOf").or_insert_with(|| Value::Array(Vec::new())) else {
                    unreachable!("allOf was translated from an array or is new")
                };
                all_of.extend(branches);
            }
            // OpenAPI 3.0 (like draft 4) makes exclusiveMinimum/Maximum
            // booleans that qualify minimum/maximum; 2020-12 makes them numbers.
            for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
                match out.get(exclusive) {
                    Some(Value::Bool(true)) => {
                        if let Some(limit) = out.remove(bound) {
                            out.insert(exclusive.into(), limit);
                        } else {
                            out.remove(exclusive);
                        }
                    }
                    Some(Value::Bool(false)) => {
                        out.remove(exclusive);
                    }
                    _ => {}
                }
            }
            if map.get("nullable").and_then(Value::as_bool) == Some(true) {
                match out.get("type").cloned() {
                    Some(Value::String(ty)) => {
                        out.insert("type".into(), json!([ty, "null"]));
                        if let Some(Value::Array(values)) = out.get_mut("enum")
                            && !values.contains(&Value::Null)
                        {
                            values.push(Value::Null);
                        }
                    }
                    _ => return json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(translate).collect()),
        other => other.clone(),
    }
}

/// The `if`/`then` branches of a `oneOf` whose `discriminator` maps every
/// member, or `None` when the schema is not such a union.
fn discriminated(map: &Map<String, Value>) -> Option<Vec<Value>> {
    let discriminator = map.get("discriminator")?;
    let property = discriminator.get("propertyName")?.as_str()?;
    let mapping = discriminator.get("mapping")?.as_object()?;
    let members = map.get("oneOf")?.as_array()?;
    let mapped: BTreeSet<&str> = mapping.values().filter_map(Value::as_str).collect();
    if members.iter().any(|m| m.get("$ref").and_then(Value::as_str).is_none_or(|r| !mapped.contains(r))) {
        return None;
    }
    Some(
        mapping
            .iter()
            .filter_map(|(value, reference)| {
                let target = translate(&json!({ "$ref": reference.as_str()? }));
                Some(json!({
                    "if": { "properties": { property: { "const": value } }, "required": [property] },
                    "then": target,
                }))
            })
            .collect(),
    )
}

/// Makes `schema` (already translated) self-contained: every component it
/// reaches, directly or not, is copied into `$defs`.
pub fn bundle(components: &Map<String, Value>, schema: Value) -> Value {
    let mut wanted: Vec<String> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    refs(&schema, &mut wanted);
    let mut defs = Map::new();
    while let Some(name) = wanted.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(component) = components.get(&name) {
            let translated = translate(component);
            refs(&translated, &mut wanted);
            defs.insert(name, translated);
        }
    }
    let mut sorted: Vec<(String, Value)> = defs.into_iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut root = Map::new();
    root.insert("$schema".into(), Value::String(DIALECT.into()));
    if let Value::Object(map) = schema {
        root.extend(map);
    }
    if !sorted.is_empty() {
        root.insert("$defs".into(), Value::Object(sorted.into_iter().collect()));
    }
    Value::Object(root)
}

fn refs(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(name) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
                out.push(name.to_owned());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_becomes_a_null_type() {
        let t = translate(&json!({ "type": "string", "nullable": true, "enum": ["a"] }));
        assert_eq!(t, json!({ "type": ["string", "null"], "enum": ["a", null] }));
        let t = translate(&json!({ "nullable": true, "oneOf": [{ "type": "string" }] }));
        assert_eq!(t, json!({ "anyOf": [{ "oneOf": [{ "type": "string" }] }, { "type": "null" }] }));
    }

    #[test]
    fn a_discriminated_one_of_chooses_by_the_discriminator() {
        let t = translate(&json!({
            "oneOf": [{ "$ref": "#/components/schemas/A" }, { "$ref": "#/components/schemas/B" }],
            "discriminator": { "propertyName": "kind", "mapping": { "a": "#/components/schemas/A", "b": "#/components/schemas/B" } }
        }));
        assert_eq!(
            t,
            json!({ "allOf": [
                { "if": { "properties": { "kind": { "const": "a" } }, "required": ["kind"] }, "then": { "$ref": "#/$defs/A" } },
                { "if": { "properties": { "kind": { "const": "b" } }, "required": ["kind"] }, "then": { "$ref": "#/$defs/B" } }
            ] })
        );
    }

    #[test]
    fn integer_formats_bound_the_value() {
        let t = translate(&json!({ "type": "integer", "format": "int64", "minimum": 0 }));
        assert_eq!(t, json!({ "type": "integer", "format": "int64", "minimum": 0, "maximum": i64::MAX }));
        let t = translate(&json!({ "type": "integer", "format": "int32", "maximum": 100 }));
        assert_eq!(t, json!({ "type": "integer", "format": "int32", "minimum": i32::MIN, "maximum": 100 }));
    }

    #[test]
    fn a_null_only_schema_is_the_null_type() {
        let t = translate(&json!({ "type": "string", "nullable": true, "enum": [null], "description": "null" }));
        assert_eq!(t, json!({ "type": "null" }));
    }

    #[test]
    fn a_property_named_like_a_keyword_is_kept() {
        let t = translate(&json!({ "properties": { "example": { "type": "string", "example": "x" } } }));
        assert_eq!(t, json!({ "properties": { "example": { "type": "string" } } }));
    }

    #[test]
    fn bundle_copies_what_is_reached() {
        let components = json!({
            "A": { "$ref": "#/components/schemas/B" },
            "B": { "type": "string" },
            "C": { "type": "integer" }
        });
        let bundled = bundle(components.as_object().unwrap(), translate(&json!({ "$ref": "#/components/schemas/A" })));
        assert_eq!(bundled["$defs"].as_object().unwrap().keys().collect::<Vec<_>>(), ["A", "B"]);
        assert_eq!(bundled["$ref"], "#/$defs/A");
    }
}
