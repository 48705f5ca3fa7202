//! Optional nullable properties: absent, `null` and a value are three states.
//!
//! typify turns an optional property whose schema is `nullable` into a single
//! `Option<T>`, so `null` and "absent" collapse, and an update can never
//! remove a value (`UpdateSchedule` documents `"name": null` as exactly
//! that). This pass finds those properties in the document and rewrites the
//! generated field to `Option<Option<T>>` with serde_with's `double_option`,
//! in the struct and in its builder. A nullable reference,
//! `oneOf: [{$ref: X}, {$ref: NullValue}]` (`NullValue` admitting only `null`), gets
//! the same three states around the referenced type `X` itself.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::spec::{Spec, SpecError, pointer};

/// One property to give three states.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TriStateField {
    /// The Rust struct that holds it.
    pub struct_name: String,
    /// Its Rust field name.
    pub field_name: String,
    /// The property's description when typify cannot see it (as for a
    /// nullable reference).
    pub description: Option<String>,
}

/// Finds every optional nullable property of the component schemas: an
/// inline nullable schema, or a nullable reference written the way
/// OpenAPI 3.0.3 allows, `oneOf: [{$ref: X}, {$ref: NullValue}]` where `Null`
/// admits only `null` (`nullable` alone cannot make a `$ref` nullable).
pub fn find(spec: &Spec) -> Result<BTreeSet<TriStateField>, Vec<SpecError>> {
    let mut fields = BTreeSet::new();
    let mut errors = Vec::new();
    let Some(schemas) = spec.raw.pointer("/components/schemas").and_then(Value::as_object) else {
        return Ok(fields);
    };
    for (name, schema) in schemas {
        let schema_pointer = pointer(["components", "schemas", name.as_str()]);
        for (prop, prop_schema, prop_pointer, required) in properties(schema, &schema_pointer) {
            if let Some(reference) = prop_schema.get("$ref").and_then(Value::as_str) {
                let target = spec.resolve_ref(reference);
                if !required && target.is_some_and(is_nullable) && !target.is_some_and(is_null_only) {
                    errors.push(spec.error(
                        format!("{prop_pointer}/$ref"),
                        format!(
                            "optional property `{prop}` refers to the nullable schema {reference}: refer to a schema that is not nullable, and make the property nullable with `oneOf: [{{$ref: ...}}, {{$ref: '#/components/schemas/NullValue'}}]`, so that absent and null stay distinct"
                        ),
                    ));
                }
                continue;
            }
            if nullable_reference(spec, prop_schema).is_some() {
                if required {
                    errors.push(spec.error(
                        prop_pointer.clone(),
                        format!("required nullable reference `{prop}` is not supported: make it optional"),
                    ));
                } else {
                    let description = prop_schema.get("description").and_then(Value::as_str).map(str::to_owned);
                    fields.insert(TriStateField {
                        struct_name: crate::names::type_name(name),
                        field_name: crate::names::property_field(prop).to_string(),
                        description,
                    });
                }
                continue;
            }
            if !required && is_nullable(prop_schema) {
                fields.insert(TriStateField {
                    struct_name: crate::names::type_name(name),
                    field_name: crate::names::property_field(prop).to_string(),
                    description: None,
                });
            }
            nested(spec, prop_schema, &prop_pointer, &mut errors);
        }
    }
    if errors.is_empty() { Ok(fields) } else { Err(errors) }
}

/// A schema that admits only `null`: `{nullable: true, enum: [null]}`
/// (with the `type` OpenAPI 3.0.3 wants beside `nullable`).
pub fn is_null_only(schema: &Value) -> bool {
    is_nullable(schema)
        && schema.get("enum").and_then(Value::as_array).is_some_and(|values| values.as_slice() == [Value::Null])
}

/// The target of a nullable reference, `oneOf: [{$ref: X}, null-only]`
/// in either order, the null-only schema inline or referred to, with a
/// description at most beside it.
pub fn nullable_reference<'a>(spec: &'a Spec, schema: &'a Value) -> Option<&'a str> {
    let object = schema.as_object()?;
    if object.keys().any(|k| !matches!(k.as_str(), "oneOf" | "description")) {
        return None;
    }
    let resolve = |member: &'a Value| spec.follow(member);
    let [first, second] = object.get("oneOf")?.as_array()?.as_slice() else { return None };
    let (reference, other) = if resolve(second).is_some_and(is_null_only) { (first, second) } else { (second, first) };
    if !resolve(other).is_some_and(is_null_only) {
        return None;
    }
    let target = reference.get("$ref")?.as_str()?;
    (reference.as_object().is_some_and(|o| o.len() == 1) && !resolve(reference).is_some_and(is_null_only))
        .then_some(target)
}

/// A schema with every nullable reference (`oneOf: [{$ref: X}, null-only]`)
/// written as `{nullable: true, allOf: [{$ref: X}]}`, so that a comparison
/// of two documents sees a nullable `X` whichever way it was written.
pub fn normalize(spec: &Spec, schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            if let Some(target) = nullable_reference(spec, schema) {
                let mut out = serde_json::json!({ "nullable": true, "allOf": [{ "$ref": target }] });
                if let Some(description) = map.get("description") {
                    out["description"] = description.clone();
                }
                return out;
            }
            let walked = map
                .iter()
                .map(|(key, child)| {
                    let child =
                        if key == "example" || key == "examples" { child.clone() } else { normalize(spec, child) };
                    (key.clone(), child)
                })
                .collect();
            Value::Object(walked)
        }
        Value::Array(items) => Value::Array(items.iter().map(|item| normalize(spec, item)).collect()),
        other => other.clone(),
    }
}

/// Rewrites each nullable reference of a property into the bare `$ref`,
/// for typify, which would otherwise make a new type of it; [`apply`](crate::emit::nullable::apply) then
/// gives the field its three states. Null-only component schemas have no
/// Rust type of their own, so typify does not see them.
pub fn prepare(spec: &Spec, schemas: &mut serde_json::Map<String, Value>) {
    let rewrites: Vec<(String, String, String)> = schemas
        .iter()
        .flat_map(|(name, schema)| {
            schema.get("properties").and_then(Value::as_object).into_iter().flatten().filter_map(|(prop, value)| {
                nullable_reference(spec, value).map(|target| (name.clone(), prop.clone(), target.to_owned()))
            })
        })
        .collect();
    for (name, prop, target) in rewrites {
        if let Some(property) =
            schemas.get_mut(&name).and_then(|s| s.get_mut("properties")).and_then(|p| p.get_mut(&prop))
        {
            let mut bare = serde_json::json!({ "$ref": target });
            if let Some(description) = property.get("description") {
                bare["description"] = description.clone();
            }
            *property = bare;
        }
    }
    schemas.retain(|_, schema| !is_null_only(schema));
}

fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool) == Some(true)
}

/// (name, schema, pointer, required) of each property of an object schema.
fn properties<'a>(schema: &'a Value, schema_pointer: &str) -> Vec<(&'a str, &'a Value, String, bool)> {
    let required: BTreeSet<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|props| {
            props
                .iter()
                .map(|(prop, prop_schema)| {
                    let prop_pointer = format!("{schema_pointer}{}", pointer(["properties", prop.as_str()]));
                    (prop.as_str(), prop_schema, prop_pointer, required.contains(prop.as_str()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Inline objects nested in properties get names made up by typify; the
/// rewrite only knows component names, so such properties are refused.
fn nested(spec: &Spec, schema: &Value, schema_pointer: &str, errors: &mut Vec<SpecError>) {
    for (prop, prop_schema, prop_pointer, required) in properties(schema, schema_pointer) {
        if !required && is_nullable(prop_schema) {
            errors.push(spec.error(
                prop_pointer.clone(),
                format!(
                    "optional nullable property `{prop}` of an inline object is not supported: move the object to #/components/schemas"
                ),
            ));
        }
        nested(spec, prop_schema, &prop_pointer, errors);
    }
    if let Some(items) = schema.get("items") {
        nested(spec, items, &format!("{schema_pointer}/items"), errors);
    }
}
