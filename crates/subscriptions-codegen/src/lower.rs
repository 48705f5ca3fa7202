//! Real documents in: constructs that Elastic Path's documents write, lowered
//! to the forms the model reads, before it reads them.
//!
//! Each lowering rewrites the document into one that means the same, with
//! names made from the document's own, deterministically:
//!
//! - **An inline body schema** becomes a component: a request body's is
//!   `{OperationId}Body`, a response's `{OperationId}{Status}` (`ListJobsOk`,
//!   `CreateJobCreated`, `GetJobDefault`), a shared response's
//!   `{Response}Body`, a shared request body's `{RequestBody}Body`.
//! - **A union variant that leaves its discriminator a free string** gets
//!   the one value the mapping gives it (`enum: [billing-run]`), required.
//! - **A union that declares other properties** beside its discriminator is
//!   split: the union moves to `{Name}{Discriminator}` (`JobCreateAttributesJobType`)
//!   and the schema keeps its other properties and includes it with `allOf`.
//! - **An optional property that refers to a nullable schema** `N` becomes
//!   `oneOf: [{$ref: N without null}, {$ref: NullValue}]`, so that absent and
//!   `null` stay two states. `N without null` is the schema of the same
//!   content that is not nullable if the document has one (`Price` for
//!   `NullablePrice`), else `{N}Value`; `NullValue` is added if missing.
//!
//! - **A `deepObject` query parameter** `filter` whose schema is an object of
//!   scalar properties becomes one query parameter per property,
//!   `filter[status]`, `filter[type]`: the same query string
//!   (`filter[status]=paid`), typed field by field. What `deepObject` does
//!   not define (a nested object, a free-form map) is an error at it.
//!
//! A name that is taken is an error at the node that wanted it. Each
//! lowering is listed ([`Lowering`]): our own document is written in the
//! lowered forms already, and `cargo xtask lint` says where it is not.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::spec::{METHODS, escape_pointer, pointer};

const SCHEMAS: &str = "#/components/schemas/";

/// The name of the schema that admits only `null`, added when a lowering
/// needs it and the document has none.
pub const NULL_VALUE: &str = "NullValue";

/// One rewrite made to the document: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lowering {
    /// The JSON pointer of the node as the document wrote it.
    pub pointer: String,
    /// What was done, for a reader: "the inline body schema is named `CreateJobBody`".
    pub what: String,
}

/// The reason phrase of a status, as one word (`201` → `Created`).
fn status_word(status: &str) -> String {
    let reason = status
        .parse::<u16>()
        .ok()
        .and_then(|code| http::StatusCode::from_u16(code).ok())
        .and_then(|code| code.canonical_reason());
    match reason {
        Some(reason) => reason.split(|c: char| !c.is_ascii_alphanumeric()).map(capitalized).collect(),
        None if status == "default" => "Default".to_owned(),
        None => format!("Status{}", status.replace(|c: char| !c.is_ascii_alphanumeric(), "")),
    }
}

fn capitalized(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let mut chars = lower.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// Lowers `raw` in place; the rewrites made, or the names that were taken.
pub fn lower(raw: &mut Value) -> Result<Vec<Lowering>, Vec<(String, String)>> {
    let mut state = State { done: Vec::new(), errors: Vec::new(), added: BTreeMap::new() };
    hoist_bodies(raw, &mut state);
    unions(raw, &mut state);
    nullable_references(raw, &mut state);
    deep_objects(raw, &mut state);
    if !state.added.is_empty() {
        let schemas = schemas_mut(raw);
        for (name, schema) in std::mem::take(&mut state.added) {
            schemas.insert(name, schema);
        }
    }
    if state.errors.is_empty() { Ok(state.done) } else { Err(state.errors) }
}

struct State {
    done: Vec<Lowering>,
    errors: Vec<(String, String)>,
    /// Component schemas to add, by name.
    added: BTreeMap<String, Value>,
}

impl State {
    /// Claims `name` for a new component schema made from the node at `at`.
    fn claim(&mut self, raw: &Value, name: &str, at: &str) -> bool {
        let taken = raw.pointer(&pointer(["components", "schemas", name])).is_some() || self.added.contains_key(name);
        if taken {
            self.errors.push((
                at.to_owned(),
                format!("the schema here would be named `{name}`, which the document already uses: name it with a `$ref` to a component of its own"),
            ));
        }
        !taken
    }
}

fn schemas_mut(raw: &mut Value) -> &mut Map<String, Value> {
    let components = raw
        .as_object_mut()
        .expect("a document is a mapping")
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    if !components.is_object() {
        *components = Value::Object(Map::new());
    }
    let schemas = components.as_object_mut().expect("set above").entry("schemas").or_insert_with(|| json!({}));
    if !schemas.is_object() {
        *schemas = json!({});
    }
    schemas.as_object_mut().expect("set above")
}

/// Every media type's inline schema of a body or response at `at` (a
/// request body, a response), moved to `name` (several JSON-like media
/// types share one component when their schemas are equal).
fn hoist_content(raw: &mut Value, at: &str, name: &str, state: &mut State) {
    let Some(content) = raw.pointer(&format!("{at}/content")).and_then(Value::as_object).cloned() else { return };
    let mut hoisted: Option<Value> = None;
    for (media_type, media) in &content {
        let Some(schema) = media.get("schema") else { continue };
        if schema.get("$ref").is_some() || !is_json(media_type) || !worth_naming(schema) {
            continue;
        }
        let schema_at = format!("{at}/content/{}/schema", escape_pointer(media_type));
        match &hoisted {
            Some(same) if same == schema => {}
            Some(_) => continue,
            None => {
                if !state.claim(raw, name, &schema_at) {
                    return;
                }
                state.added.insert(name.to_owned(), schema.clone());
                hoisted = Some(schema.clone());
            }
        }
        if let Some(node) = raw.pointer_mut(&schema_at) {
            *node = json!({ "$ref": format!("{SCHEMAS}{name}") });
        }
        state.done.push(Lowering { pointer: schema_at, what: format!("the inline body schema is named `{name}`") });
    }
}

/// `application/json` and its relatives (`application/vnd.api+json`).
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A schema typify would give a type of its own (an object, an array, a
/// union); a scalar body stays where it is.
fn worth_naming(schema: &Value) -> bool {
    !matches!(schema.get("type").and_then(Value::as_str), Some("string" | "integer" | "number" | "boolean"))
        || schema.get("enum").is_some()
}

fn hoist_bodies(raw: &mut Value, state: &mut State) {
    let mut sites: Vec<(String, String)> = Vec::new();
    for (path, item) in raw.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for (key, _) in METHODS {
            let Some(op) = item.get(key) else { continue };
            let Some(id) = op.get("operationId").and_then(Value::as_str).filter(|id| is_name(id)) else { continue };
            let id = upper_camel(id);
            let op_at = pointer(["paths", path.as_str(), key]);
            if op.get("requestBody").is_some_and(|b| b.get("$ref").is_none()) {
                sites.push((format!("{op_at}/requestBody"), format!("{id}Body")));
            }
            for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
                if response.get("$ref").is_none() {
                    sites.push((
                        format!("{op_at}/responses/{}", escape_pointer(status)),
                        format!("{id}{}", status_word(status)),
                    ));
                }
            }
        }
    }
    for kind in ["responses", "requestBodies"] {
        for (name, _) in raw.pointer(&format!("/components/{kind}")).and_then(Value::as_object).into_iter().flatten() {
            if is_name(name) {
                sites.push((pointer(["components", kind, name.as_str()]), format!("{}Body", upper_camel(name))));
            }
        }
    }
    for (at, name) in sites {
        hoist_content(raw, &at, &name, state);
    }
}

fn is_name(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic()) && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn upper_camel(text: &str) -> String {
    crate::names::type_name(text)
}

/// Discriminated unions: variants pin their value, and a union holding other
/// properties is split from them.
fn unions(raw: &mut Value, state: &mut State) {
    let Some(schemas) = raw.pointer("/components/schemas").and_then(Value::as_object).cloned() else { return };
    for (name, schema) in &schemas {
        let Some(property) = schema.pointer("/discriminator/propertyName").and_then(Value::as_str) else { continue };
        let Some(mapping) = schema.pointer("/discriminator/mapping").and_then(Value::as_object) else { continue };
        if schema.get("oneOf").is_none() {
            continue;
        }
        // Each variant pins its value.
        for (value, reference) in mapping {
            let Some(variant) = reference.as_str().and_then(|r| r.strip_prefix(SCHEMAS)) else { continue };
            let variant_at = pointer(["components", "schemas", variant]);
            let Some(Value::Object(target)) = raw.pointer_mut(&variant_at) else { continue };
            let pinned = target
                .get("properties")
                .and_then(|p| p.get(property))
                .and_then(|p| p.get("enum"))
                .and_then(Value::as_array)
                .is_some_and(|values| values.len() == 1);
            let required =
                target.get("required").and_then(Value::as_array).is_some_and(|r| r.iter().any(|v| v == property));
            if pinned && required {
                continue;
            }
            let properties = target.entry("properties").or_insert_with(|| json!({}));
            if let Value::Object(properties) = properties {
                let mut pinned_schema = json!({ "type": "string", "enum": [value] });
                if let Some(description) = properties.get(property).and_then(|p| p.get("description")) {
                    pinned_schema["description"] = description.clone();
                }
                properties.insert(property.to_owned(), pinned_schema);
            }
            let list = target.entry("required").or_insert_with(|| json!([]));
            if let Value::Array(list) = list
                && !list.iter().any(|v| v == property)
            {
                list.push(Value::String(property.to_owned()));
            }
            state.done.push(Lowering {
                pointer: format!("{variant_at}/properties/{}", escape_pointer(property)),
                what: format!("`{property}` is pinned to `{value}`, as the mapping of `{name}` says"),
            });
        }
        // Other properties beside the discriminator: split.
        let others: Vec<String> = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().filter(|k| *k != property).cloned().collect())
            .unwrap_or_default();
        if others.is_empty() {
            continue;
        }
        let at = pointer(["components", "schemas", name.as_str()]);
        let union_name = format!("{}{}", upper_camel(name), upper_camel(property));
        if !state.claim(raw, &union_name, &format!("{at}/properties")) {
            continue;
        }
        let mut union = Map::new();
        let mut container = Map::new();
        for (key, value) in schema.as_object().into_iter().flatten() {
            match key.as_str() {
                "oneOf" | "discriminator" => {
                    union.insert(key.clone(), value.clone());
                }
                "properties" => {
                    let (own, rest): (Map<String, Value>, Map<String, Value>) = value
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .partition(|(k, _)| k == property);
                    union.insert(key.clone(), Value::Object(own));
                    container.insert(key.clone(), Value::Object(rest));
                }
                "required" => {
                    let list = value.as_array().cloned().unwrap_or_default();
                    let (own, rest): (Vec<Value>, Vec<Value>) = list.into_iter().partition(|r| r == property);
                    if !own.is_empty() {
                        union.insert(key.clone(), Value::Array(own));
                    }
                    if !rest.is_empty() {
                        container.insert(key.clone(), Value::Array(rest));
                    }
                }
                "type" => {
                    union.insert(key.clone(), value.clone());
                    container.insert(key.clone(), value.clone());
                }
                _ => {
                    container.insert(key.clone(), value.clone());
                }
            }
        }
        container.insert("allOf".to_owned(), json!([{ "$ref": format!("{SCHEMAS}{union_name}") }]));
        if let Some(node) = raw.pointer_mut(&at) {
            *node = Value::Object(container);
        }
        state.added.insert(union_name.clone(), Value::Object(union));
        state.done.push(Lowering {
            pointer: format!("{at}/properties"),
            what: format!(
                "the union of `{name}` moves to `{union_name}`, which `{name}` includes beside its other properties"
            ),
        });
    }
}

/// Whether a schema is `nullable`.
fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable") == Some(&Value::Bool(true))
}

/// Whether a schema admits only `null`.
fn is_null_only(schema: &Value) -> bool {
    is_nullable(schema) && schema.get("enum").and_then(Value::as_array).is_some_and(|v| v.as_slice() == [Value::Null])
}

fn nullable_references(raw: &mut Value, state: &mut State) {
    let Some(schemas) = raw.pointer("/components/schemas").and_then(Value::as_object).cloned() else { return };
    // The optional properties that refer to a nullable schema, anywhere
    // under a component schema's `properties`.
    let mut sites: Vec<(String, String)> = Vec::new();
    for (name, schema) in &schemas {
        collect_sites(schema, &pointer(["components", "schemas", name.as_str()]), &schemas, &mut sites);
    }
    if sites.is_empty() {
        return;
    }
    let null_value = match schemas.get(NULL_VALUE) {
        Some(existing) if is_null_only(existing) => NULL_VALUE.to_owned(),
        Some(_) => {
            let at = pointer(["components", "schemas", NULL_VALUE]);
            state
                .errors
                .push((at, format!("`{NULL_VALUE}` is needed for a schema that admits only `null`, and is taken")));
            return;
        }
        None => {
            state.added.insert(
                NULL_VALUE.to_owned(),
                json!({ "type": "string", "nullable": true, "enum": [null], "description": "The JSON value `null`, and nothing else." }),
            );
            NULL_VALUE.to_owned()
        }
    };
    let mut made: BTreeMap<String, String> = BTreeMap::new();
    let names: BTreeSet<&String> = schemas.keys().collect();
    for (at, target) in sites {
        let without = match made.get(&target) {
            Some(name) => name.clone(),
            None => {
                let mut stripped = schemas[&target].clone();
                if let Some(object) = stripped.as_object_mut() {
                    object.shift_remove("nullable");
                }
                let same = |candidate: &Value| {
                    let mut candidate = candidate.clone();
                    let mut mine = stripped.clone();
                    for schema in [&mut candidate, &mut mine] {
                        if let Some(object) = schema.as_object_mut() {
                            object.shift_remove("description");
                            object.shift_remove("example");
                        }
                    }
                    candidate == mine
                };
                let existing = target
                    .strip_prefix("Nullable")
                    .filter(|plain| names.contains(&plain.to_string()))
                    .filter(|plain| same(&schemas[*plain]))
                    .map(str::to_owned)
                    .or_else(|| {
                        target
                            .strip_suffix("Update")
                            .filter(|plain| names.contains(&plain.to_string()))
                            .filter(|plain| same(&schemas[*plain]))
                            .map(str::to_owned)
                    });
                let name = match existing {
                    Some(name) => name,
                    None => {
                        let name = format!("{target}Value");
                        if !state.claim(raw, &name, &pointer(["components", "schemas", target.as_str()])) {
                            continue;
                        }
                        state.added.insert(name.clone(), stripped);
                        name
                    }
                };
                made.insert(target.clone(), name.clone());
                name
            }
        };
        let Some(Value::Object(property)) = raw.pointer_mut(&at) else { continue };
        let description = property.get("description").cloned();
        let mut rewritten = Map::new();
        if let Some(description) = description {
            rewritten.insert("description".to_owned(), description);
        }
        rewritten.insert(
            "oneOf".to_owned(),
            json!([{ "$ref": format!("{SCHEMAS}{without}") }, { "$ref": format!("{SCHEMAS}{null_value}") }]),
        );
        *property = rewritten;
        state.done.push(Lowering {
            pointer: at,
            what: format!(
                "the optional reference to the nullable `{target}` is written `oneOf: [{without}, {null_value}]`"
            ),
        });
    }
}

/// Optional properties referring to a nullable, not null-only, component
/// schema: (pointer of the property, the component's name).
fn collect_sites(schema: &Value, at: &str, schemas: &Map<String, Value>, out: &mut Vec<(String, String)>) {
    let required: BTreeSet<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let property_at = format!("{at}/properties/{}", escape_pointer(name));
        let target = property.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix(SCHEMAS));
        if let Some(target) = target {
            let nullable = schemas.get(target).is_some_and(|t| is_nullable(t) && !is_null_only(t));
            if nullable && !required.contains(name.as_str()) {
                out.push((property_at, target.to_owned()));
            }
            continue;
        }
        collect_sites(property, &property_at, schemas, out);
        if let Some(items) = property.get("items") {
            collect_sites(items, &format!("{property_at}/items"), schemas, out);
        }
    }
    for keyword in ["allOf", "oneOf", "anyOf"] {
        for (i, member) in schema.get(keyword).and_then(Value::as_array).into_iter().flatten().enumerate() {
            collect_sites(member, &format!("{at}/{keyword}/{i}"), schemas, out);
        }
    }
}

/// Every `deepObject` query parameter of every operation (and path item),
/// replaced in its list by one `form` parameter per property.
fn deep_objects(raw: &mut Value, state: &mut State) {
    let document = raw.clone();
    let resolve = |node: &Value| -> Option<(Value, String)> {
        match node.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                document.pointer(reference.strip_prefix('#')?).cloned().map(|t| (t, reference[1..].to_owned()))
            }
            None => Some((node.clone(), String::new())),
        }
    };
    let Some(Value::Object(paths)) = raw.get_mut("paths") else { return };
    for (path, item) in paths.iter_mut() {
        let Value::Object(item) = item else { continue };
        for (key, node) in item.iter_mut() {
            let (list, list_at) = if key == "parameters" {
                (Some(node), pointer(["paths", path.as_str(), "parameters"]))
            } else if METHODS.iter().any(|(method, _)| method == key) {
                (node.get_mut("parameters"), pointer(["paths", path.as_str(), key.as_str(), "parameters"]))
            } else {
                continue;
            };
            let Some(Value::Array(list)) = list else { continue };
            let mut lowered = Vec::with_capacity(list.len());
            for (i, entry) in list.iter().enumerate() {
                let Some((param, declared_at)) = resolve(entry) else {
                    lowered.push(entry.clone());
                    continue;
                };
                let at = if declared_at.is_empty() { format!("{list_at}/{i}") } else { declared_at };
                if param.get("in").and_then(Value::as_str) != Some("query")
                    || param.get("style").and_then(Value::as_str) != Some("deepObject")
                {
                    lowered.push(entry.clone());
                    continue;
                }
                match expand_deep_object(&param, &document, &at) {
                    Ok(expanded) => {
                        let names: Vec<String> = expanded
                            .iter()
                            .filter_map(|p| p.get("name").and_then(Value::as_str).map(|n| format!("`{n}`")))
                            .collect();
                        state.done.push(Lowering {
                            pointer: at,
                            what: format!("the deepObject parameter is read as {}", names.join(", ")),
                        });
                        lowered.extend(expanded);
                    }
                    Err(error) => {
                        state.errors.push(error);
                        lowered.push(entry.clone());
                    }
                }
            }
            *list = lowered;
        }
    }
}

/// The `form` parameters a `deepObject` parameter stands for, one per
/// property of its object schema (each required when the parameter is and
/// the object requires it).
fn expand_deep_object(param: &Value, document: &Value, at: &str) -> Result<Vec<Value>, (String, String)> {
    let name = param.get("name").and_then(Value::as_str).unwrap_or_default();
    let follow = |node: &Value| -> Value {
        match node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            Some(target) => document.pointer(target).cloned().unwrap_or(Value::Null),
            None => node.clone(),
        }
    };
    let schema = follow(param.get("schema").unwrap_or(&Value::Null));
    let refuse = |why: &str| (format!("{at}/schema"), format!("deepObject parameter `{name}`: {why}"));
    let Some(properties) = schema.get("properties").and_then(Value::as_object).filter(|p| !p.is_empty()) else {
        return Err(refuse("its schema must be an object with properties (one query parameter each)"));
    };
    if schema.get("additionalProperties").is_some_and(|extra| extra != &Value::Bool(false)) {
        return Err(refuse("a free-form map (`additionalProperties`) cannot be typed; list its properties"));
    }
    let required: BTreeSet<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let param_required = param.get("required").and_then(Value::as_bool).unwrap_or(false);
    let mut out = Vec::new();
    for (property, property_schema) in properties {
        let resolved = follow(property_schema);
        if matches!(resolved.get("type").and_then(Value::as_str), Some("object" | "array")) {
            return Err(refuse(&format!(
                "property `{property}` is an {}, which deepObject does not define",
                resolved["type"].as_str().unwrap_or_default()
            )));
        }
        let mut expanded = json!({
            "name": format!("{name}[{property}]"),
            "in": "query",
            "required": param_required && required.contains(property.as_str()),
            "schema": property_schema,
        });
        if let Some(description) = property_schema
            .get("description")
            .or_else(|| resolved.get("description"))
            .or_else(|| param.get("description"))
        {
            expanded["description"] = description.clone();
        }
        if let Some(example) = param.get("example").and_then(|e| e.get(property)) {
            expanded["example"] = example.clone();
        }
        out.push(expanded);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words() {
        assert_eq!(status_word("200"), "Ok");
        assert_eq!(status_word("201"), "Created");
        assert_eq!(status_word("204"), "NoContent");
        assert_eq!(status_word("422"), "UnprocessableEntity");
        assert_eq!(status_word("default"), "Default");
    }

    #[test]
    fn inline_bodies_are_named_after_their_operation() {
        let mut raw = json!({
            "paths": {"/jobs": {"post": {
                "operationId": "createJob",
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {"201": {"description": "d", "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}}},
            }}},
            "components": {"schemas": {"Other": {"type": "string"}}},
        });
        let done = lower(&mut raw).unwrap();
        assert_eq!(done.len(), 2);
        assert_eq!(
            raw["paths"]["/jobs"]["post"]["requestBody"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/CreateJobBody"})
        );
        assert_eq!(raw["components"]["schemas"]["CreateJobCreated"]["properties"]["a"], json!({"type": "string"}));

        let mut taken = raw.clone();
        taken["paths"]["/jobs"]["post"]["requestBody"]["content"]["application/json"]["schema"] =
            json!({"type": "object"});
        let errors = lower(&mut taken).unwrap_err();
        assert_eq!(errors[0].0, "/paths/~1jobs/post/requestBody/content/application~1json/schema");
        assert!(errors[0].1.contains("`CreateJobBody`, which the document already uses"), "{errors:?}");
    }

    #[test]
    fn unions_pin_and_split() {
        let mut raw = json!({"components": {"schemas": {
            "Attributes": {
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": ["a"]}, "note": {"type": "string"}},
                "oneOf": [{"$ref": "#/components/schemas/A"}],
                "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}},
            },
            "A": {"properties": {"kind": {"type": "string"}, "x": {"type": "integer"}}},
        }}});
        lower(&mut raw).unwrap();
        let schemas = &raw["components"]["schemas"];
        assert_eq!(schemas["A"]["properties"]["kind"], json!({"type": "string", "enum": ["a"]}));
        assert_eq!(schemas["A"]["required"], json!(["kind"]));
        assert_eq!(schemas["Attributes"]["allOf"], json!([{"$ref": "#/components/schemas/AttributesKind"}]));
        assert_eq!(schemas["Attributes"]["properties"], json!({"note": {"type": "string"}}));
        assert_eq!(schemas["AttributesKind"]["properties"], json!({"kind": {"type": "string", "enum": ["a"]}}));
    }

    #[test]
    fn nullable_references_get_three_states() {
        let mut raw = json!({"components": {"schemas": {
            "Price": {"type": "object", "additionalProperties": {"type": "integer"}},
            "NullablePrice": {"type": "object", "additionalProperties": {"type": "integer"}, "nullable": true},
            "RefUpdate": {"type": "string", "maxLength": 3, "nullable": true},
            "Update": {"type": "object", "properties": {
                "price": {"$ref": "#/components/schemas/NullablePrice"},
                "reference": {"$ref": "#/components/schemas/RefUpdate"},
            }},
        }}});
        lower(&mut raw).unwrap();
        let schemas = &raw["components"]["schemas"];
        assert_eq!(schemas["Update"]["properties"]["price"]["oneOf"][0]["$ref"], "#/components/schemas/Price");
        assert_eq!(
            schemas["Update"]["properties"]["reference"]["oneOf"][0]["$ref"],
            "#/components/schemas/RefUpdateValue"
        );
        assert_eq!(schemas["RefUpdateValue"], json!({"type": "string", "maxLength": 3}));
        assert!(is_null_only(&schemas["NullValue"]));
    }
}
