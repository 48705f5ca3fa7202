//! OpenAPI 3.1 in: a 3.1 document is translated to the 3.0 document that
//! means the same, before anything else reads it.
//!
//! progenitor and openapiv3 read 3.0 only, and Elastic Path publishes most
//! of its documents as 3.1. The two differ mostly in their schemas (3.1's
//! are JSON Schema 2020-12), and the differences a real API document uses
//! have exact 3.0 forms:
//!
//! | 3.1 | 3.0 |
//! |---|---|
//! | `type: [string, "null"]` | `type: string`, `nullable: true` (right after `type`) |
//! | `type: "null"` | `type: string`, `nullable: true`, `enum: [null]` |
//! | `const: v` | `enum: [v]` |
//! | `examples: [a, …]` (in a schema) | `example: a` |
//! | `exclusiveMinimum: n` | `minimum: n`, `exclusiveMinimum: true` (and the same for maximum) |
//! | `$ref` with siblings | `allOf: [{$ref}]` with the siblings |
//! | `prefixItems` of one schema | `items` (with `maxItems` under `items: false`) |
//! | `contentEncoding: base64` / `contentMediaType` | `format: byte` / `format: binary` |
//! | a reference object's `summary`, `description` | (dropped: 3.0 has none) |
//! | `components/pathItems` referenced from `paths` | the path item, in place |
//! | `info.summary`, `license.identifier`, `jsonSchemaDialect`, `webhooks` | (dropped: a client and a server of the API neither send nor serve webhooks) |
//!
//! Keys keep their order, so a 3.0 document written as 3.1 comes back as
//! itself. What has no 3.0 form (a schema of several types, a tuple of
//! different schemas, `if`/`then`/`else`, …) is an error at its JSON
//! pointer, saying what to write instead.

use serde_json::{Map, Value};

use crate::spec::escape_pointer;

/// The version a translated document declares.
pub const TRANSLATED_VERSION: &str = "3.0.3";

/// Whether `raw` declares OpenAPI 3.1.
pub fn is_3_1(raw: &Value) -> bool {
    raw.get("openapi").and_then(Value::as_str).is_some_and(|version| version.starts_with("3.1."))
}

/// Keywords of JSON Schema 2020-12 that validate and have no 3.0 form.
const UNTRANSLATABLE: &[(&str, &str)] = &[
    ("if", "write the alternatives with `oneOf`"),
    ("then", "write the alternatives with `oneOf`"),
    ("else", "write the alternatives with `oneOf`"),
    ("dependentRequired", "describe the dependency in `description`, or use `oneOf`"),
    ("dependentSchemas", "describe the dependency in `description`, or use `oneOf`"),
    ("patternProperties", "use `additionalProperties` with one schema"),
    ("propertyNames", "describe the names in `description`"),
    ("unevaluatedProperties", "use `additionalProperties`"),
    ("unevaluatedItems", "use `items`"),
    ("contains", "describe it in `description`"),
    ("minContains", "describe it in `description`"),
    ("maxContains", "describe it in `description`"),
    ("$dynamicRef", "use `$ref`"),
    ("$defs", "move the schemas to `components/schemas`"),
];

/// Annotations 3.1 schemas may carry that 3.0 has no keyword for: dropped.
const DROPPED: &[&str] = &["$schema", "$id", "$anchor", "$comment", "$dynamicAnchor", "$vocabulary"];

/// Translates a 3.1 document to 3.0; every problem is a JSON pointer and
/// what is wrong there.
pub fn translate(raw: Value) -> Result<Value, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let Value::Object(mut document) = raw else {
        return Err(vec![(String::new(), "the document is not a mapping".to_owned())]);
    };
    if let Some(dialect) = document.get("jsonSchemaDialect").and_then(Value::as_str)
        && dialect != "https://spec.openapis.org/oas/3.1/dialect/base"
    {
        errors.push((
            "/jsonSchemaDialect".to_owned(),
            format!("schemas in the dialect {dialect} cannot be read; only OpenAPI's own dialect is"),
        ));
    }
    let path_items = document
        .get("components")
        .and_then(|components| components.get("pathItems"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut out = Map::new();
    for (key, value) in document.iter_mut() {
        let value = std::mem::take(value);
        match key.as_str() {
            "openapi" => {
                out.insert(key.clone(), Value::String(TRANSLATED_VERSION.to_owned()));
            }
            "jsonSchemaDialect" | "webhooks" => {}
            "info" => {
                out.insert(key.clone(), info(value));
            }
            "paths" => {
                out.insert(key.clone(), paths(value, &path_items, &mut errors));
            }
            "components" => {
                out.insert(key.clone(), components(value, &mut errors));
            }
            _ => {
                out.insert(key.clone(), value);
            }
        }
    }
    if !out.contains_key("paths") {
        out.insert("paths".to_owned(), Value::Object(Map::new()));
    }
    if errors.is_empty() { Ok(Value::Object(out)) } else { Err(errors) }
}

fn info(value: Value) -> Value {
    let Value::Object(mut info) = value else { return value };
    info.shift_remove("summary");
    if let Some(Value::Object(license)) = info.get_mut("license") {
        license.shift_remove("identifier");
    }
    Value::Object(info)
}

fn paths(value: Value, path_items: &Map<String, Value>, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(paths) = value else { return value };
    let mut out = Map::new();
    for (path, item) in paths {
        let at = format!("/paths/{}", escape_pointer(&path));
        let item = match item.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                match reference.strip_prefix("#/components/pathItems/").and_then(|name| path_items.get(name)) {
                    Some(target) => target.clone(),
                    None => {
                        errors.push((format!("{at}/$ref"), format!("{reference} is not a path item of this document")));
                        continue;
                    }
                }
            }
            None => item,
        };
        out.insert(path, path_item(item, &at, errors));
    }
    Value::Object(out)
}

fn path_item(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(item) = value else { return value };
    let mut out = Map::new();
    for (key, value) in item {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = match key.as_str() {
            "parameters" => each(value, &here, errors, parameter),
            "summary" | "description" | "servers" => value,
            key if key.starts_with("x-") => value,
            _ => operation(value, &here, errors),
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

fn operation(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(operation) = value else { return value };
    let mut out = Map::new();
    for (key, value) in operation {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = match key.as_str() {
            "parameters" => each(value, &here, errors, parameter),
            "requestBody" => body(value, &here, errors),
            "responses" => map_values(value, &here, errors, response),
            // A callback is a request the API sends: nothing generated here
            // reads it, and its schemas are left as they are.
            _ => value,
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

fn components(value: Value, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(components) = value else { return value };
    let mut out = Map::new();
    for (kind, entries) in components {
        let at = format!("/components/{}", escape_pointer(&kind));
        let entries = match kind.as_str() {
            "schemas" => map_values(entries, &at, errors, schema),
            "parameters" => map_values(entries, &at, errors, parameter),
            "requestBodies" => map_values(entries, &at, errors, body),
            "responses" => map_values(entries, &at, errors, response),
            "headers" => map_values(entries, &at, errors, parameter),
            // Inlined where `paths` refers to them.
            "pathItems" => continue,
            _ => entries,
        };
        out.insert(kind, entries);
    }
    Value::Object(out)
}

type Translate = fn(Value, &str, &mut Vec<(String, String)>) -> Value;

fn each(value: Value, at: &str, errors: &mut Vec<(String, String)>, f: Translate) -> Value {
    match value {
        Value::Array(items) => {
            Value::Array(items.into_iter().enumerate().map(|(i, item)| f(item, &format!("{at}/{i}"), errors)).collect())
        }
        other => other,
    }
}

fn map_values(value: Value, at: &str, errors: &mut Vec<(String, String)>, f: Translate) -> Value {
    match value {
        Value::Object(entries) => Value::Object(
            entries
                .into_iter()
                .map(|(key, item)| {
                    let here = format!("{at}/{}", escape_pointer(&key));
                    (key, f(item, &here, errors))
                })
                .collect(),
        ),
        other => other,
    }
}

/// A reference object of 3.1 may carry `summary` and `description`; 3.0's
/// carries `$ref` alone.
fn reference(value: Value) -> Result<Value, Map<String, Value>> {
    match value {
        Value::Object(object) if object.contains_key("$ref") => {
            Ok(Value::Object(object.into_iter().filter(|(key, _)| key == "$ref").collect()))
        }
        Value::Object(object) => Err(object),
        other => Ok(other),
    }
}

/// A parameter or a header: its `schema` and its `content`.
fn parameter(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let object = match reference(value) {
        Ok(done) => return done,
        Err(object) => object,
    };
    let mut out = Map::new();
    for (key, value) in object {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = match key.as_str() {
            "schema" => schema(value, &here, errors),
            "content" => map_values(value, &here, errors, media_type),
            _ => value,
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

fn body(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let object = match reference(value) {
        Ok(done) => return done,
        Err(object) => object,
    };
    let mut out = Map::new();
    for (key, value) in object {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = if key == "content" { map_values(value, &here, errors, media_type) } else { value };
        out.insert(key, value);
    }
    Value::Object(out)
}

fn response(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let object = match reference(value) {
        Ok(done) => return done,
        Err(object) => object,
    };
    let mut out = Map::new();
    for (key, value) in object {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = match key.as_str() {
            "content" => map_values(value, &here, errors, media_type),
            "headers" => map_values(value, &here, errors, parameter),
            _ => value,
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

fn media_type(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(object) = value else { return value };
    let mut out = Map::new();
    for (key, value) in object {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = match key.as_str() {
            "schema" => schema(value, &here, errors),
            "encoding" => map_values(value, &here, errors, encoding),
            _ => value,
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

fn encoding(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(object) = value else { return value };
    let mut out = Map::new();
    for (key, value) in object {
        let here = format!("{at}/{}", escape_pointer(&key));
        let value = if key == "headers" { map_values(value, &here, errors, parameter) } else { value };
        out.insert(key, value);
    }
    Value::Object(out)
}

/// One schema, and every schema inside it.
fn schema(value: Value, at: &str, errors: &mut Vec<(String, String)>) -> Value {
    let Value::Object(mut object) = value else {
        // `true` and `false` are schemas in 3.1: anything, and nothing.
        return match value {
            Value::Bool(true) => Value::Object(Map::new()),
            Value::Bool(false) => Value::Object([("not".to_owned(), Value::Object(Map::new()))].into_iter().collect()),
            other => other,
        };
    };
    for (keyword, instead) in UNTRANSLATABLE {
        if object.contains_key(*keyword) {
            errors.push((
                format!("{at}/{}", escape_pointer(keyword)),
                format!("`{keyword}` has no OpenAPI 3.0 form: {instead}"),
            ));
        }
    }
    for keyword in DROPPED {
        object.shift_remove(*keyword);
    }
    // `$ref` beside other keywords: 3.0 would ignore them.
    if object.contains_key("$ref") && object.len() > 1 {
        let mut out = Map::new();
        for (key, value) in object {
            if key == "$ref" {
                let reference = [(key, value)].into_iter().collect::<Map<_, _>>();
                out.insert("allOf".to_owned(), Value::Array(vec![Value::Object(reference)]));
            } else {
                out.insert(key, value);
            }
        }
        object = out;
    }

    let types = match object.get("type") {
        Some(Value::Array(types)) => Some(types.clone()),
        Some(Value::String(one)) => Some(vec![Value::String(one.clone())]),
        _ => None,
    };
    let nullable = types.as_ref().is_some_and(|types| types.iter().any(|t| t == "null"));
    let others: Vec<Value> = types.iter().flatten().filter(|t| *t != "null").cloned().collect();
    if others.len() > 1 {
        errors.push((
            format!("{at}/type"),
            format!(
                "a schema of several types ({}) has no OpenAPI 3.0 form: write `oneOf` with one schema a type",
                Value::Array(types.clone().unwrap_or_default())
            ),
        ));
    }
    let only_null = nullable && others.is_empty();
    let prefix_same = match object.get("prefixItems") {
        Some(Value::Array(items)) => {
            let first = items.first().cloned();
            let same = items.iter().all(|item| Some(item) == first.as_ref())
                && match object.get("items") {
                    None | Some(Value::Bool(false)) => true,
                    Some(other) => Some(other) == first.as_ref(),
                };
            if !same {
                errors.push((
                    format!("{at}/prefixItems"),
                    "a tuple of different schemas has no OpenAPI 3.0 form: use `items` with one schema (`oneOf` if \
                     the items differ)"
                        .to_owned(),
                ));
            }
            Some((first, items.len(), object.get("items") == Some(&Value::Bool(false))))
        }
        _ => None,
    };

    let mut out = Map::new();
    for (key, value) in object {
        let here = format!("{at}/{}", escape_pointer(&key));
        match key.as_str() {
            "type" => {
                if only_null {
                    out.insert(key, Value::String("string".to_owned()));
                    out.insert("nullable".to_owned(), Value::Bool(true));
                    out.entry("enum").or_insert_with(|| Value::Array(vec![Value::Null]));
                } else {
                    let first = others.first().cloned().unwrap_or(value);
                    out.insert(key, first);
                    if nullable {
                        out.insert("nullable".to_owned(), Value::Bool(true));
                    }
                }
            }
            "enum" if only_null => {
                out.insert(key, value);
            }
            "const" => {
                out.insert("enum".to_owned(), Value::Array(vec![value]));
            }
            "examples" => {
                if let Value::Array(mut examples) = value
                    && !examples.is_empty()
                {
                    out.insert("example".to_owned(), examples.swap_remove(0));
                }
            }
            "exclusiveMinimum" | "exclusiveMaximum" if value.is_number() => {
                let bound = if key == "exclusiveMinimum" { "minimum" } else { "maximum" };
                out.insert(bound.to_owned(), value);
                out.insert(key, Value::Bool(true));
            }
            "minimum" | "maximum"
                if out.get(&format!("exclusive{}", capitalized(&key))) == Some(&Value::Bool(true)) =>
            {
                // The exclusive bound came first and is kept unless this one
                // is stricter.
                let exclusive = out.get(&key).and_then(Value::as_f64);
                let stricter = match (key.as_str(), value.as_f64(), exclusive) {
                    ("minimum", Some(inclusive), Some(exclusive)) => inclusive > exclusive,
                    ("maximum", Some(inclusive), Some(exclusive)) => inclusive < exclusive,
                    _ => false,
                };
                if stricter {
                    out.insert(key.clone(), value);
                    out.shift_remove(&format!("exclusive{}", capitalized(&key)));
                }
            }
            "prefixItems" => {
                if let Some((Some(first), len, closed)) = &prefix_same {
                    out.insert("items".to_owned(), schema(first.clone(), &format!("{here}/0"), errors));
                    if *closed {
                        let max =
                            out.get("maxItems").and_then(Value::as_u64).map_or(*len as u64, |m| m.min(*len as u64));
                        out.insert("maxItems".to_owned(), Value::from(max));
                    }
                }
            }
            "items" if prefix_same.is_some() => {}
            "contentEncoding" => {
                if value == "base64" {
                    out.insert("format".to_owned(), Value::String("byte".to_owned()));
                }
            }
            "contentMediaType" => {
                if !out.contains_key("format") {
                    out.insert("format".to_owned(), Value::String("binary".to_owned()));
                }
            }
            "properties" => {
                out.insert(key, map_values(value, &here, errors, schema));
            }
            "items" | "additionalProperties" | "not" => {
                let value = if value.is_object() || key == "items" || key == "not" {
                    schema(value, &here, errors)
                } else {
                    value
                };
                out.insert(key, value);
            }
            "allOf" | "oneOf" | "anyOf" => {
                out.insert(key, each(value, &here, errors, schema));
            }
            "minItems" | "maxItems" if out.contains_key(&key) => {
                // Set already from `prefixItems`: the smaller bound holds.
                if let (Some(new), Some(old)) = (value.as_u64(), out.get(&key).and_then(Value::as_u64)) {
                    out.insert(key, Value::from(new.min(old)));
                }
            }
            _ => {
                out.insert(key, value);
            }
        }
    }
    Value::Object(out)
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn translated(schema_31: Value) -> Result<Value, Vec<(String, String)>> {
        let document = json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1", "summary": "s", "license": {"name": "MIT", "identifier": "MIT"}},
            "components": {"schemas": {"S": schema_31}},
        });
        translate(document).map(|document| document["components"]["schemas"]["S"].clone())
    }

    #[test]
    fn nullable_types_keep_their_place() {
        let out = translated(json!({"type": ["string", "null"], "format": "uri", "description": "d"})).unwrap();
        assert_eq!(
            serde_json::to_string(&out).unwrap(),
            r#"{"type":"string","nullable":true,"format":"uri","description":"d"}"#
        );
        let out = translated(json!({"type": "null", "description": "nothing"})).unwrap();
        assert_eq!(
            serde_json::to_string(&out).unwrap(),
            r#"{"type":"string","nullable":true,"enum":[null],"description":"nothing"}"#
        );
    }

    #[test]
    fn const_examples_and_exclusive_bounds() {
        let out = translated(json!({"type": "integer", "const": 3, "examples": [3, 4]})).unwrap();
        assert_eq!(out, json!({"type": "integer", "enum": [3], "example": 3}));
        let out =
            translated(json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "maximum": 5})).unwrap();
        assert_eq!(out, json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 5}));
    }

    #[test]
    fn refs_with_siblings_tuples_and_content() {
        let out = translated(json!({"$ref": "#/components/schemas/T", "description": "d"})).unwrap();
        assert_eq!(out, json!({"allOf": [{"$ref": "#/components/schemas/T"}], "description": "d"}));
        let out = translated(
            json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "string"}], "items": false}),
        )
        .unwrap();
        assert_eq!(out, json!({"type": "array", "items": {"type": "string"}, "maxItems": 2}));
        let out = translated(json!({"type": "string", "contentMediaType": "image/png"})).unwrap();
        assert_eq!(out, json!({"type": "string", "format": "binary"}));
        let out = translated(json!({"type": "object", "properties": {"a": {"type": ["integer", "null"]}}})).unwrap();
        assert_eq!(out, json!({"type": "object", "properties": {"a": {"type": "integer", "nullable": true}}}));
    }

    #[test]
    fn what_has_no_3_0_form_is_located() {
        let errors = translated(json!({"type": ["string", "integer"]})).unwrap_err();
        assert_eq!(errors[0].0, "/components/schemas/S/type");
        assert!(errors[0].1.contains("write `oneOf`"), "{errors:?}");
        let errors =
            translated(json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]})).unwrap_err();
        assert_eq!(errors[0].0, "/components/schemas/S/prefixItems");
        let errors = translated(json!({"type": "object", "properties": {"a": {"if": {}, "then": {}}}})).unwrap_err();
        assert_eq!(errors[0].0, "/components/schemas/S/properties/a/if");
    }

    #[test]
    fn the_document_around_the_schemas() {
        let document = json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": {"title": "t", "version": "1", "summary": "s"},
            "webhooks": {"w": {}},
            "components": {"pathItems": {"P": {"get": {"operationId": "A", "responses": {"200": {"$ref": "#/components/responses/R", "description": "d"}}}}}},
        });
        let mut with_paths = document.clone();
        with_paths["paths"] = json!({"/a": {"$ref": "#/components/pathItems/P"}});
        let out = translate(with_paths).unwrap();
        assert_eq!(out["openapi"], "3.0.3");
        assert!(out.get("webhooks").is_none() && out.get("jsonSchemaDialect").is_none());
        assert!(out["info"].get("summary").is_none());
        assert_eq!(out["paths"]["/a"]["get"]["responses"]["200"], json!({"$ref": "#/components/responses/R"}));
        assert!(out["components"].get("pathItems").is_none());
        assert_eq!(translate(document).unwrap()["paths"], json!({}), "paths are optional in 3.1");
    }
}
