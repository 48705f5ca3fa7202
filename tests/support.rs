//! Shared helpers for the workspace tests: the spec, its examples, and an
//! independent JSON Schema check of any JSON value against a component.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use subscriptions_codegen::json_schema;

/// A reqwest client of the tests' own, for plain HTTP to 127.0.0.1. The
/// workspace builds reqwest without a crypto provider of its own (its one
/// TLS stack is rustls with ring, which the client crate installs), so the
/// provider is installed first.
pub fn http() -> reqwest::Client {
    http_builder().build().expect("a reqwest client")
}

/// [`http`]'s builder, for a client with settings of its own.
pub fn http_builder() -> reqwest::ClientBuilder {
    elasticpath_subscriptions_client::install_tls_provider();
    reqwest::Client::builder()
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// The spec, as a JSON tree.
pub fn spec() -> &'static Value {
    static SPEC: LazyLock<Value> = LazyLock::new(|| {
        let path = root().join(subscriptions_codegen::SPEC_PATH);
        match subscriptions_codegen::Spec::load(&path, subscriptions_codegen::SPEC_PATH) {
            Ok(spec) => spec.raw,
            Err(errors) => panic!("the spec does not load:\n{errors}"),
        }
    });
    &SPEC
}

fn resolve(node: &Value) -> &Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let target = spec()
                .pointer(reference.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling $ref {reference}"));
            resolve(target)
        }
        None => node,
    }
}

/// One example attached to a request or response body.
#[derive(Clone, Debug)]
pub struct Example {
    /// Where it is attached: `CreateJob request`, `GetJob 200`, or the name
    /// of a `components/responses` entry such as `ValidationError`.
    pub site: String,
    /// The example's name.
    pub name: String,
    /// The component schema of the body.
    pub schema: String,
    /// The example value.
    pub value: Value,
}

fn media_examples(site: String, media: &Value, out: &mut Vec<Example>) {
    let schema = media
        .pointer("/schema/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .unwrap_or_else(|| panic!("{site}: the body schema is not a component $ref"))
        .to_owned();
    if let Some(examples) = media.get("examples").and_then(Value::as_object) {
        for (name, example) in examples {
            let value = resolve(example).get("value").cloned().unwrap_or_else(|| panic!("{site} {name}: no value"));
            out.push(Example { site: site.clone(), name: name.clone(), schema: schema.clone(), value });
        }
    }
    if let Some(value) = media.get("example") {
        out.push(Example { site, name: "example".to_owned(), schema, value: value.clone() });
    }
}

/// Every example of every request and response body in the spec, each
/// once per place it is attached. Examples on shared response components
/// are listed once, under the component's name.
pub fn examples() -> Vec<Example> {
    let mut out = Vec::new();
    let json = "application/json";
    for item in spec()["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("path item").values() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
            if let Some(media) =
                op.get("requestBody").map(resolve).and_then(|b| b.pointer("/content/application~1json"))
            {
                media_examples(format!("{id} request"), media, &mut out);
            }
            for (status, response) in op["responses"].as_object().expect("responses") {
                if response.get("$ref").is_some() {
                    continue;
                }
                if let Some(media) = response.get("content").and_then(|c| c.get(json)) {
                    media_examples(format!("{id} {status}"), media, &mut out);
                }
            }
        }
    }
    if let Some(responses) = spec().pointer("/components/responses").and_then(Value::as_object) {
        for (name, response) in responses {
            if let Some(media) = response.get("content").and_then(|c| c.get(json)) {
                media_examples(name.clone(), media, &mut out);
            }
        }
    }
    out
}

/// The example attached at `site` under `name`.
pub fn example(site: &str, name: &str) -> Example {
    examples()
        .into_iter()
        .find(|e| e.site == site && e.name == name)
        .unwrap_or_else(|| panic!("the spec has no example `{name}` at `{site}`"))
}

/// Round-trips the example at (`site`, `name`) through the generated type
/// `T`: JSON → `T` → JSON must give back the same JSON (see [`same_json`]), and the
/// example must also satisfy its schema as an independent validator reads it.
pub fn roundtrip<T: DeserializeOwned + Serialize>(site: &str, name: &str) {
    let example = example(site, name);
    let type_name = std::any::type_name::<T>().rsplit("::").next().unwrap_or_default();
    assert_eq!(
        type_name, example.schema,
        "{site} {name}: the test names type {type_name}, the spec schema {}",
        example.schema
    );
    let typed: T = serde_json::from_value(example.value.clone())
        .unwrap_or_else(|e| panic!("{site} {name}: does not deserialize into {type_name}: {e}"));
    let back = serde_json::to_value(&typed).expect("serializes");
    if let Err(difference) = same_json(&back, &example.value) {
        panic!("{site} {name}: round trip through {type_name} changed the JSON: {difference}\n{back}");
    }
    if let Err(errors) = validate(&example.schema, &example.value) {
        panic!("{site} {name}: does not match schema {}:\n{}", example.schema, errors.join("\n"));
    }
}

/// Compares two JSON documents as the API means them: numbers by value
/// (`90` and `90.0` are one number), date-times by instant
/// (`…T01:00:00.000000Z` and `…T01:00:00Z` are one time), everything else
/// exactly. The error names the first JSON pointer where they differ.
pub fn same_json(got: &Value, want: &Value) -> Result<(), String> {
    fn walk(got: &Value, want: &Value, at: &str) -> Result<(), String> {
        let differ = || Err(format!("at `{at}`: got {got}, want {want}"));
        match (got, want) {
            (Value::Number(a), Value::Number(b)) => {
                let same = match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
                    (Some(x), Some(y), _, _) => x == y,
                    (_, _, Some(x), Some(y)) => x == y,
                    _ => a.as_f64() == b.as_f64(),
                };
                if same { Ok(()) } else { differ() }
            }
            (Value::String(a), Value::String(b)) if a != b => {
                match (chrono::DateTime::parse_from_rfc3339(a), chrono::DateTime::parse_from_rfc3339(b)) {
                    (Ok(x), Ok(y)) if x == y => Ok(()),
                    _ => differ(),
                }
            }
            (Value::Array(a), Value::Array(b)) => {
                if a.len() != b.len() {
                    return differ();
                }
                a.iter().zip(b).enumerate().try_for_each(|(i, (x, y))| walk(x, y, &format!("{at}/{i}")))
            }
            (Value::Object(a), Value::Object(b)) => {
                if a.len() != b.len() || a.keys().any(|k| !b.contains_key(k)) {
                    return differ();
                }
                a.iter()
                    .try_for_each(|(k, x)| walk(x, &b[k], &format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"))))
            }
            _ if got == want => Ok(()),
            _ => differ(),
        }
    }
    walk(got, want, "")
}

fn validators() -> &'static BTreeMap<String, jsonschema::Validator> {
    static VALIDATORS: LazyLock<BTreeMap<String, jsonschema::Validator>> = LazyLock::new(|| {
        let schemas = spec().pointer("/components/schemas").and_then(Value::as_object).expect("schemas");
        schemas
            .keys()
            .map(|name| {
                // The generator's own OpenAPI → JSON Schema translation (the
                // one the server embeds), so the examples are checked the way
                // requests are.
                let root = json_schema::bundle(
                    schemas,
                    json_schema::translate(&serde_json::json!({ "$ref": format!("#/components/schemas/{name}") })),
                );
                let validator = jsonschema::draft202012::options()
                    .should_validate_formats(true)
                    .build(&root)
                    .unwrap_or_else(|e| panic!("schema {name} is not valid JSON Schema: {e}"));
                (name.clone(), validator)
            })
            .collect()
    });
    &VALIDATORS
}

/// The instance paths (JSON pointers) where `value` breaks an `enum` or a
/// `const` of the component schema `schema`, as an independent validator
/// reads the spec.
pub fn enum_violations(schema: &str, value: &Value) -> Vec<String> {
    use jsonschema::error::ValidationErrorKind;
    let validator = validators().get(schema).unwrap_or_else(|| panic!("no schema {schema}"));
    validator
        .iter_errors(value)
        .filter(|e| matches!(e.kind(), ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. }))
        .map(|e| e.instance_path().as_str().to_owned())
        .collect()
}

/// Validates `value` against the component schema `schema` with the
/// `jsonschema` crate; the errors name the JSON pointer of each failure.
pub fn validate(schema: &str, value: &Value) -> Result<(), Vec<String>> {
    let validator = validators().get(schema).unwrap_or_else(|| panic!("no schema {schema}"));
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{}: {e}", e.instance_path())).collect();
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}
