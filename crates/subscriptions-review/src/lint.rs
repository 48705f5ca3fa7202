//! `cargo xtask lint`: the house rules for the spec, each finding with the
//! JSON pointer of the node it is about.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use heck::ToUpperCamelCase;
use serde_json::{Value, json};
use subscriptions_codegen::json_schema;
use subscriptions_codegen::spec::{Spec, escape_pointer, pointer};

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The JSON pointer of the node.
    pub pointer: String,
    /// The rule's name, such as `operation-summary`.
    pub rule: &'static str,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}: [{}] {}", self.pointer, self.rule, self.message)
    }
}

/// Every rule, with what it checks; `cargo xtask lint --rules` prints this.
pub const RULES: &[(&str, &str)] = &[
    ("structure", "the document is OpenAPI 3.0 and the generators support it"),
    ("operation-id", "every operation has a unique PascalCase operationId"),
    ("operation-summary", "every operation has a summary"),
    ("operation-description", "every operation has a description"),
    ("operation-tag", "every operation has a tag declared in the top-level tags"),
    ("input-errors", "an operation that takes input declares 400 and 500"),
    ("error-response-schema", "every 4xx and 5xx response body is an ErrorResponse"),
    ("schema-description", "every schema and every property has a description"),
    (
        "required-declared",
        "every name in `required` is a property of its object (a `not`/`allOf` assertion reads its enclosing object's)",
    ),
    ("body-example", "every request and response body has at least one example"),
    ("example-valid", "every example validates against its schema"),
    ("unused-component", "every component is used"),
];

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const ERROR_SCHEMA: &str = "#/components/schemas/ErrorResponse";

/// Parses `text` and checks every rule.
pub fn lint_text(text: &str, file: &str) -> Vec<Finding> {
    match Spec::parse(text, file) {
        Ok(spec) => lint(&spec),
        Err(errors) => errors
            .0
            .into_iter()
            .map(|e| Finding { pointer: e.pointer, rule: "structure", message: e.message })
            .collect(),
    }
}

/// Checks every rule on a loaded document; findings come sorted by pointer.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add =
        |pointer: String, rule: &'static str, message: String| findings.push(Finding { pointer, rule, message });
    if let Err(errors) = subscriptions_codegen::model::Api::build(spec) {
        for e in errors.0 {
            add(e.pointer, "structure", e.message);
        }
    }
    let doc = &spec.raw;
    operations(doc, &mut add);
    descriptions(doc, &mut add);
    required_declared(doc, &mut add);
    examples(doc, &mut add);
    unused(doc, &mut add);
    findings.sort();
    findings.dedup();
    findings
}

fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str).and_then(|r| doc.pointer(r.trim_start_matches('#'))) {
        Some(target) => resolve(doc, target),
        None => node,
    }
}

fn operations(doc: &Value, add: &mut impl FnMut(String, &'static str, String)) {
    let declared_tags: BTreeSet<&str> = doc
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| tags.iter().filter_map(|t| t.get("name").and_then(Value::as_str)).collect())
        .unwrap_or_default();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = pointer(["paths", path.as_str(), method]);
            match op.get("operationId").and_then(Value::as_str) {
                None => add(at.clone(), "operation-id", "the operation has no operationId".into()),
                Some(id) => {
                    if id.to_upper_camel_case() != id {
                        add(
                            format!("{at}/operationId"),
                            "operation-id",
                            format!("`{id}` is not PascalCase (`{}`)", id.to_upper_camel_case()),
                        );
                    }
                    if let Some(first) = ids.insert(id.to_owned(), at.clone()) {
                        add(format!("{at}/operationId"), "operation-id", format!("`{id}` is also used at {first}"));
                    }
                }
            }
            for (key, rule) in [("summary", "operation-summary"), ("description", "operation-description")] {
                if op.get(key).and_then(Value::as_str).is_none_or(|s| s.trim().is_empty()) {
                    add(at.clone(), rule, format!("the operation has no {key}"));
                }
            }
            match op.get("tags").and_then(Value::as_array) {
                Some(tags) if !tags.is_empty() => {
                    for (i, tag) in tags.iter().enumerate() {
                        let name = tag.as_str().unwrap_or_default();
                        if !declared_tags.contains(name) {
                            add(
                                format!("{at}/tags/{i}"),
                                "operation-tag",
                                format!("tag `{name}` is not declared in the top-level tags"),
                            );
                        }
                    }
                }
                _ => add(at.clone(), "operation-tag", "the operation has no tag".into()),
            }
            let takes_input = op.get("requestBody").is_some()
                || [item.get("parameters"), op.get("parameters")]
                    .into_iter()
                    .flatten()
                    .any(|list| list.as_array().is_some_and(|l| !l.is_empty()));
            let responses = op.get("responses").and_then(Value::as_object);
            if takes_input {
                for status in ["400", "500"] {
                    if !responses.is_some_and(|r| r.contains_key(status)) {
                        add(
                            format!("{at}/responses"),
                            "input-errors",
                            format!("the operation takes input but declares no {status} response"),
                        );
                    }
                }
            }
            for (status, response) in responses.into_iter().flatten() {
                if !(status.starts_with('4') || status.starts_with('5')) {
                    continue;
                }
                let resolved = resolve(doc, response);
                let schema = resolved.pointer("/content/application~1json/schema/$ref").and_then(Value::as_str);
                if schema != Some(ERROR_SCHEMA) {
                    add(
                        format!("{at}/responses/{}", escape_pointer(status)),
                        "error-response-schema",
                        format!("error response {status} must have an application/json body of {ERROR_SCHEMA}"),
                    );
                }
            }
        }
    }
}

fn descriptions(doc: &Value, add: &mut impl FnMut(String, &'static str, String)) {
    let Some(schemas) = doc.pointer("/components/schemas").and_then(Value::as_object) else { return };
    for (name, schema) in schemas {
        let at = pointer(["components", "schemas", name.as_str()]);
        if schema.get("$ref").is_none()
            && schema.get("description").and_then(Value::as_str).is_none_or(|d| d.trim().is_empty())
        {
            add(at.clone(), "schema-description", format!("schema `{name}` has no description"));
        }
        properties_described(schema, &at, add);
    }
}

/// Inline properties need their own description; a `$ref` property is
/// described by its target (OpenAPI 3.0 ignores siblings of `$ref`).
fn properties_described(schema: &Value, at: &str, add: &mut impl FnMut(String, &'static str, String)) {
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (prop, prop_schema) in properties {
            let prop_at = format!("{at}/properties/{}", escape_pointer(prop));
            if prop_schema.get("$ref").is_none()
                && prop_schema.get("description").and_then(Value::as_str).is_none_or(|d| d.trim().is_empty())
            {
                add(prop_at.clone(), "schema-description", format!("property `{prop}` has no description"));
            }
            properties_described(prop_schema, &prop_at, add);
        }
    }
    if let Some(items) = schema.get("items") {
        properties_described(items, &format!("{at}/items"), add);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for (i, member) in schema.get(key).and_then(Value::as_array).into_iter().flatten().enumerate() {
            properties_described(member, &format!("{at}/{key}/{i}"), add);
        }
    }
}

fn required_declared(doc: &Value, add: &mut impl FnMut(String, &'static str, String)) {
    let Some(schemas) = doc.pointer("/components/schemas").and_then(Value::as_object) else { return };
    for (name, schema) in schemas {
        check_required(schema, &BTreeSet::new(), &pointer(["components", "schemas", name.as_str()]), add);
    }
}

/// `enclosing`: the properties of the object an assertion subschema
/// (`not`, an inline `allOf`/`anyOf`/`oneOf` member) speaks about.
fn check_required(
    schema: &Value,
    enclosing: &BTreeSet<String>,
    at: &str,
    add: &mut impl FnMut(String, &'static str, String),
) {
    let mut declared = enclosing.clone();
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        declared.extend(properties.keys().cloned());
        for (prop, prop_schema) in properties {
            let prop_at = format!("{at}/properties/{}", escape_pointer(prop));
            check_required(prop_schema, &BTreeSet::new(), &prop_at, add);
        }
    }
    for (i, name) in schema.get("required").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let name = name.as_str().unwrap_or_default();
        if !declared.contains(name) {
            add(format!("{at}/required/{i}"), "required-declared", format!("`{name}` is required but not a property"));
        }
    }
    if let Some(not) = schema.get("not") {
        check_required(not, &declared, &format!("{at}/not"), add);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        for (i, member) in schema.get(key).and_then(Value::as_array).into_iter().flatten().enumerate() {
            if member.get("$ref").is_none() {
                check_required(member, &declared, &format!("{at}/{key}/{i}"), add);
            }
        }
    }
    if let Some(items) = schema.get("items") {
        check_required(items, &BTreeSet::new(), &format!("{at}/items"), add);
    }
}

/// A JSON Schema validator for one OpenAPI schema node of `doc`.
fn validator(doc: &Value, schema: &Value) -> Result<jsonschema::Validator, String> {
    let components = doc.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
    let bundled = json_schema::bundle(&components, json_schema::translate(schema));
    jsonschema::options().should_validate_formats(true).build(&bundled).map_err(|e| e.to_string())
}

fn check_example(
    doc: &Value,
    schema: &Value,
    value: &Value,
    at: String,
    add: &mut impl FnMut(String, &'static str, String),
) {
    match validator(doc, schema) {
        Ok(validator) => {
            for error in validator.iter_errors(value) {
                add(at.clone(), "example-valid", format!("at `{}`: {error}", error.instance_path().as_str()));
            }
        }
        Err(e) => add(at, "example-valid", format!("the schema cannot be compiled: {e}")),
    }
}

/// Examples of one media type object: `(pointer, value)`.
fn media_examples<'a>(doc: &'a Value, media: &'a Value, at: &str) -> Vec<(String, &'a Value)> {
    let mut out = Vec::new();
    if let Some(value) = media.get("example") {
        out.push((format!("{at}/example"), value));
    }
    for (name, example) in media.get("examples").and_then(Value::as_object).into_iter().flatten() {
        let example_at = format!("{at}/examples/{}", escape_pointer(name));
        let example_at = match example.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference.trim_start_matches('#').to_owned(),
            None => example_at,
        };
        if let Some(value) = resolve(doc, example).get("value") {
            out.push((example_at, value));
        }
    }
    out
}

fn examples(doc: &Value, add: &mut impl FnMut(String, &'static str, String)) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return };
    let mut checked: BTreeSet<(String, String)> = BTreeSet::new();
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = pointer(["paths", path.as_str(), method]);
            let mut bodies: Vec<(String, &Value)> = Vec::new();
            if let Some(body) = op.get("requestBody") {
                bodies.push((format!("{at}/requestBody"), body));
            }
            for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
                bodies.push((format!("{at}/responses/{}", escape_pointer(status)), response));
            }
            for (body_at, body) in bodies {
                let (body, body_at) = match body.get("$ref").and_then(Value::as_str) {
                    Some(reference) => (resolve(doc, body), reference.trim_start_matches('#').to_owned()),
                    None => (body, body_at),
                };
                for (media_type, media) in body.get("content").and_then(Value::as_object).into_iter().flatten() {
                    let media_at = format!("{body_at}/content/{}", escape_pointer(media_type));
                    let found = media_examples(doc, media, &media_at);
                    if found.is_empty() {
                        add(media_at.clone(), "body-example", "the body has no example".into());
                    }
                    let Some(schema) = media.get("schema") else { continue };
                    for (example_at, value) in found {
                        // A shared response is checked once.
                        if checked.insert((media_at.clone(), example_at.clone())) {
                            check_example(doc, schema, value, example_at, add);
                        }
                    }
                }
            }
        }
    }
    // Parameter and schema examples must be valid too.
    let mut parameter_nodes: Vec<(String, &Value)> = Vec::new();
    for (name, param) in doc.pointer("/components/parameters").and_then(Value::as_object).into_iter().flatten() {
        parameter_nodes.push((pointer(["components", "parameters", name.as_str()]), param));
    }
    for (at, param) in parameter_nodes {
        if let (Some(value), Some(schema)) = (param.get("example"), param.get("schema")) {
            check_example(doc, schema, value, format!("{at}/example"), add);
        }
    }
    for (name, schema) in doc.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        if let Some(value) = schema.get("example") {
            let at = pointer(["components", "schemas", name.as_str(), "example"]);
            check_example(doc, &json!({ "$ref": format!("#/components/schemas/{name}") }), value, at, add);
        }
    }
}

fn unused(doc: &Value, add: &mut impl FnMut(String, &'static str, String)) {
    let mut references: BTreeSet<String> = BTreeSet::new();
    collect_refs(doc, &mut references);
    let mut used_schemes: BTreeSet<String> = BTreeSet::new();
    let mut requirement_lists: Vec<&Value> = doc.get("security").into_iter().collect();
    for item in doc.get("paths").and_then(Value::as_object).into_iter().flatten().map(|(_, v)| v) {
        for method in METHODS {
            if let Some(security) = item.get(method).and_then(|op| op.get("security")) {
                requirement_lists.push(security);
            }
        }
    }
    for list in requirement_lists {
        for requirement in list.as_array().into_iter().flatten() {
            used_schemes.extend(requirement.as_object().into_iter().flatten().map(|(k, _)| k.clone()));
        }
    }
    for kind in ["schemas", "parameters", "responses", "requestBodies", "examples", "headers", "securitySchemes"] {
        for name in
            doc.pointer(&format!("/components/{kind}")).and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k)
        {
            let at = pointer(["components", kind, name.as_str()]);
            let used = if kind == "securitySchemes" {
                used_schemes.contains(name)
            } else {
                references.contains(&format!("#{at}"))
            };
            if !used {
                add(at, "unused-component", format!("{kind} `{name}` is never used"));
            }
        }
    }
}

/// Every `$ref` in the document, except those inside a component that is
/// itself never reached would still count: a chain of unused components is
/// reported from its head, which is enough to find it.
fn collect_refs(node: &Value, out: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                out.insert(reference.to_owned());
            }
            for (key, child) in map {
                if key != "example" {
                    collect_refs(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_refs(i, out)),
        _ => {}
    }
}
