//! The document as progenitor and typify should read it: the same API, in
//! the shapes they type well (see `typify_document`).

use serde_json::Value;

use super::unions::Unions;
use crate::spec::{Spec, SpecError};

/// The document as progenitor should see it.
///
/// progenitor puts parameter descriptions in a Markdown list in the method's
/// rustdoc; a description wrapped over several lines then reads as a "lazy
/// continuation", which clippy rejects. Within a paragraph a line break means
/// a space in Markdown, so the lines of each paragraph are joined.
///
/// The schemas are rewritten for what typify can type: discriminated
/// unions ([`super::unions::prepare`]), nullable references
/// ([`super::nullable::prepare`]), and assertions that constrain values without
/// changing their type (`not`), which only the server's schema check needs.
///
/// progenitor allows one error type per operation: where error responses
/// differ by status, it is shown those of one schema (`error_responses`).
pub fn typify_document(
    spec: &Spec,
    unions: &Unions,
    operations: &[super::Operation],
    router_errors: Option<&str>,
) -> Result<openapiv3::OpenAPI, SpecError> {
    let mut raw = spec.raw.clone();
    error_responses(&mut raw, operations, router_errors);
    if let Some(Value::Object(schemas)) = raw.pointer_mut("/components/schemas") {
        super::unions::prepare(schemas, unions);
        super::nullable::prepare(spec, schemas);
        for schema in schemas.values_mut() {
            strip_assertions(schema);
        }
    }
    let mut lists: Vec<&mut Value> = Vec::new();
    if let Some(Value::Object(parameters)) = raw.pointer_mut("/components/parameters") {
        lists.extend(parameters.values_mut());
    }
    for description in lists.into_iter().filter_map(|p| p.get_mut("description")) {
        unwrap_paragraphs(description);
    }
    raw_bodies(&mut raw);
    default_responses(&mut raw);
    if let Some(Value::Object(paths)) = raw.get_mut("paths") {
        for item in paths.values_mut() {
            let Value::Object(item) = item else { continue };
            for (key, node) in item.iter_mut() {
                let list = if key == "parameters" { Some(node) } else { node.get_mut("parameters") };
                let Some(Value::Array(list)) = list else { continue };
                // `Accept`, `Content-Type` and `Authorization` parameters
                // are HTTP's: no builder setter may send a second one.
                list.retain(|param| !super::is_ignored_header(spec, param));
                for description in list.iter_mut().filter_map(|p| p.get_mut("description")) {
                    unwrap_paragraphs(description);
                }
            }
        }
    }
    serde_json::from_value(raw).map_err(|e| spec.error("", format!("cannot prepare the document: {e}")))
}

/// Where an operation's error responses differ by status, progenitor (which
/// asserts one error type) is shown only those in one schema: the router's
/// own if the operation uses it, else its most common (the first on a
/// tie). The others reach the client as unexpected responses, their bodies
/// readable; the server types every one.
fn error_responses(raw: &mut Value, operations: &[super::Operation], router_errors: Option<&str>) {
    for op in operations {
        let has_success = op.responses.iter().any(|r| r.status < 300);
        let mut errors: Vec<(String, Option<&str>)> = op
            .responses
            .iter()
            .filter(|r| r.status >= 400)
            .map(|r| (r.status.to_string(), r.schema.as_deref()))
            .collect();
        if has_success && let Some(default) = &op.default_response {
            errors.push(("default".to_owned(), default.schema.as_deref()));
        }
        let kinds: Vec<Option<&str>> = errors.iter().map(|(_, schema)| *schema).collect();
        if kinds.iter().all(|kind| *kind == kinds[0]) {
            continue;
        }
        let count = |kind: &Option<&str>| kinds.iter().filter(|k| *k == kind).count();
        let kept = match router_errors.filter(|name| kinds.contains(&Some(*name))) {
            Some(name) => Some(name),
            None => *kinds
                .iter()
                .max_by_key(|kind| (count(kind), std::cmp::Reverse(kinds.iter().position(|k| k == *kind))))
                .expect("two kinds at least"),
        };
        let Some(Value::Object(responses)) = raw.pointer_mut(&format!("{}/responses", op.pointer)) else { continue };
        for (status, schema) in &errors {
            if *schema != kept {
                responses.remove(status);
            }
        }
    }
}

/// progenitor reads a `default` response as both a success and an error,
/// and allows one type for each: beside a listed success, it stands for
/// the errors not listed (`4XX` and `5XX`, which progenitor types as
/// errors); without one, for the successes (`2XX`). The router reads the
/// `default` itself (see `model::Operation::default_response`).
fn default_responses(raw: &mut Value) {
    let Some(Value::Object(paths)) = raw.get_mut("paths") else { return };
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for (_, operation) in item.iter_mut() {
            let Some(Value::Object(responses)) = operation.get_mut("responses") else { continue };
            let Some(default) = responses.remove("default") else { continue };
            let has_success = responses.keys().any(|key| key.starts_with('2'));
            let ranges: &[&str] = if has_success { &["4XX", "5XX"] } else { &["2XX"] };
            for range in ranges {
                responses.entry(range.to_string()).or_insert_with(|| default.clone());
            }
        }
    }
}

/// A request body of another media type than JSON is bytes to progenitor
/// (`application/octet-stream`, which it types as a raw body); the client's
/// rework sends it with the spec's media type.
fn raw_bodies(raw: &mut Value) {
    let raw_content = |body: &mut Value| {
        let Some(Value::Object(content)) = body.get_mut("content") else { return };
        if content.len() == 1 && !content.contains_key("application/json") {
            content.clear();
            content.insert(
                "application/octet-stream".to_owned(),
                serde_json::json!({ "schema": { "type": "string", "format": "binary" } }),
            );
        }
    };
    if let Some(Value::Object(bodies)) = raw.pointer_mut("/components/requestBodies") {
        bodies.values_mut().for_each(raw_content);
    }
    let Some(Value::Object(paths)) = raw.get_mut("paths") else { return };
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for (_, operation) in item.iter_mut() {
            if let Some(body) = operation.get_mut("requestBody") {
                raw_content(body);
            }
        }
    }
}

/// Removes `not`, and the `allOf` members left holding only a description
/// or a `required` list.
fn strip_assertions(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    map.remove("not");
    if let Some(Value::Array(members)) = map.get_mut("allOf") {
        for member in members.iter_mut() {
            strip_assertions(member);
        }
        members.retain(|m| !m.as_object().is_some_and(|o| o.keys().all(|k| k == "description" || k == "required")));
        if members.is_empty() {
            map.remove("allOf");
        }
    }
    for (key, child) in map.iter_mut() {
        match key.as_str() {
            "properties" => {
                if let Value::Object(properties) = child {
                    properties.values_mut().for_each(strip_assertions);
                }
            }
            "items" | "additionalProperties" => strip_assertions(child),
            "oneOf" | "anyOf" => {
                if let Value::Array(members) = child {
                    members.iter_mut().for_each(strip_assertions);
                }
            }
            _ => {}
        }
    }
}

fn unwrap_paragraphs(description: &mut Value) {
    if let Value::String(text) = description {
        let paragraphs: Vec<String> =
            text.trim().split("\n\n").map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" ")).collect();
        *text = paragraphs.join("\n\n");
    }
}
