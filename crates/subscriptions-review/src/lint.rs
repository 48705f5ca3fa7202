//! `cargo xtask lint`: the house rules for the spec, each finding with the
//! JSON pointer of the node it is about.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::{Map, Value, json};
use subscriptions_codegen::json_schema;
use subscriptions_codegen::model::Api;
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
    (
        "house-form",
        "written in the forms the generator would otherwise lower it to: named body schemas, union variants pinning their discriminator, unions holding only it, nullable references as `oneOf: [X, NullValue]`",
    ),
    ("operation-id", "every operation has a unique PascalCase operationId"),
    ("operation-summary", "every operation has a summary"),
    ("operation-description", "every operation has a description"),
    ("operation-tag", "every operation has a tag declared in the top-level tags"),
    ("input-errors", "an operation that takes input declares 400 and 500"),
    ("error-response-schema", "every 4xx and 5xx response has a body of the one error schema (`ErrorResponse` here)"),
    ("schema-description", "every schema and every property has a description"),
    (
        "required-declared",
        "every name in `required` is a property of its object (a `not`/`allOf` assertion reads its enclosing object's)",
    ),
    ("body-example", "every request and response body has at least one example"),
    ("example-valid", "every example validates against its schema"),
    ("unused-component", "every component is used"),
];

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

/// Checks every rule on a loaded document, from its model; findings come
/// sorted by pointer.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add =
        |pointer: String, rule: &'static str, message: String| findings.push(Finding { pointer, rule, message });
    let (api, errors) = Api::read(spec);
    for e in errors {
        add(e.pointer, "structure", e.message);
    }
    // The generator reads other documents in these forms too; ours is
    // written in the lowered form, so a review sees the names it gets.
    for lowered in &spec.lowered {
        add(lowered.pointer.clone(), "house-form", format!("write it in the lowered form: {}", lowered.what));
    }
    operations(&api, &mut add);
    descriptions(&api.schemas, &mut add);
    required_declared(&api.schemas, &mut add);
    examples(&api, &mut add);
    unused(&api, &mut add);
    findings.sort();
    findings.dedup();
    findings
}

fn operations(api: &Api, add: &mut impl FnMut(String, &'static str, String)) {
    let mut ids: BTreeMap<&str, &str> = BTreeMap::new();
    for op in &api.operations {
        let at = op.pointer.clone();
        if op.id.is_empty() {
            add(at.clone(), "operation-id", "the operation has no operationId".into());
        } else {
            let id = op.id.as_str();
            // The id is the name of the Rust types made for it: it should
            // read as one.
            let rust = subscriptions_codegen::names::type_name(id);
            if rust != id {
                add(format!("{at}/operationId"), "operation-id", format!("`{id}` is not PascalCase (`{rust}`)"));
            }
            if let Some(first) = ids.insert(id, &op.pointer) {
                add(format!("{at}/operationId"), "operation-id", format!("`{id}` is also used at {first}"));
            }
        }
        for (text, rule, key) in
            [(&op.summary, "operation-summary", "summary"), (&op.description, "operation-description", "description")]
        {
            if text.as_deref().is_none_or(|s| s.trim().is_empty()) {
                add(at.clone(), rule, format!("the operation has no {key}"));
            }
        }
        if op.tags.is_empty() {
            add(at.clone(), "operation-tag", "the operation has no tag".into());
        }
        for (i, tag) in op.tags.iter().enumerate() {
            if !api.tags.contains(tag) {
                add(
                    format!("{at}/tags/{i}"),
                    "operation-tag",
                    format!("tag `{tag}` is not declared in the top-level tags"),
                );
            }
        }
        let takes_input = op.body.is_some() || !op.path_params.is_empty() || !op.query_params.is_empty();
        if takes_input {
            for status in [400, 500] {
                if op.response(status).is_none() {
                    add(
                        format!("{at}/responses"),
                        "input-errors",
                        format!("the operation takes input but declares no {status} response"),
                    );
                }
            }
        }
        let error_schema = api.error.as_ref().map(|e| e.schema.as_str());
        for response in op.responses.iter().filter(|r| r.status >= 400) {
            if response.schema.is_none() || response.schema.as_deref() != error_schema {
                add(
                    format!("{at}/responses/{}", response.status),
                    "error-response-schema",
                    format!(
                        "error response {} must have an application/json body of the error schema{}",
                        response.status,
                        error_schema.map(|s| format!(" (`{s}`)")).unwrap_or_default()
                    ),
                );
            }
        }
    }
}

fn descriptions(schemas: &Map<String, Value>, add: &mut impl FnMut(String, &'static str, String)) {
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

fn required_declared(schemas: &Map<String, Value>, add: &mut impl FnMut(String, &'static str, String)) {
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

/// A JSON Schema validator for one OpenAPI schema node.
fn validator(schemas: &Map<String, Value>, schema: &Value) -> Result<jsonschema::Validator, String> {
    let bundled = json_schema::bundle(schemas, json_schema::translate(schema));
    jsonschema::options().should_validate_formats(true).build(&bundled).map_err(|e| e.to_string())
}

fn check_example(
    schemas: &Map<String, Value>,
    schema: &Value,
    value: &Value,
    at: String,
    add: &mut impl FnMut(String, &'static str, String),
) {
    match validator(schemas, schema) {
        Ok(validator) => {
            for error in validator.iter_errors(value) {
                add(at.clone(), "example-valid", format!("at `{}`: {error}", error.instance_path().as_str()));
            }
        }
        Err(e) => add(at, "example-valid", format!("the schema cannot be compiled: {e}")),
    }
}

fn examples(api: &Api, add: &mut impl FnMut(String, &'static str, String)) {
    let mut checked: BTreeSet<(String, String)> = BTreeSet::new();
    for op in &api.operations {
        let medias =
            op.body.iter().filter_map(|b| b.media.as_ref()).chain(op.responses.iter().filter_map(|r| r.media.as_ref()));
        for media in medias {
            if media.examples.is_empty() {
                add(media.pointer.clone(), "body-example", "the body has no example".into());
            }
            let Some(schema) = &media.schema else { continue };
            for example in &media.examples {
                // A shared response is checked once.
                if checked.insert((media.pointer.clone(), example.pointer.clone())) {
                    check_example(&api.schemas, schema, &example.value, example.pointer.clone(), add);
                }
            }
        }
    }
    // Parameter and schema examples must be valid too.
    for example in &api.parameter_examples {
        check_example(&api.schemas, &example.schema, &example.value, example.pointer.clone(), add);
    }
    for example in &api.schema_examples {
        let schema = json!({ "$ref": format!("#/components/schemas/{}", example.schema) });
        check_example(&api.schemas, &schema, &example.value, example.pointer.clone(), add);
    }
}

fn unused(api: &Api, add: &mut impl FnMut(String, &'static str, String)) {
    let referenced: BTreeSet<&str> = api.references.iter().filter_map(|r| r.target.as_deref()).collect();
    for (kind, name) in &api.components {
        let at = pointer(["components", kind.as_str(), name.as_str()]);
        let used = if kind == "securitySchemes" {
            api.used_schemes.contains(name)
        } else {
            referenced.contains(format!("#{at}").as_str())
        };
        if !used {
            add(at, "unused-component", format!("{kind} `{name}` is never used"));
        }
    }
}
