//! Which component schemas each operation reaches, in requests (inputs) and
//! in responses (outputs). A change to a schema is judged by where it flows:
//! a new required property breaks requests, a removed one breaks responses.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// Where a schema is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Directions {
    /// In a request body or a parameter.
    pub input: bool,
    /// In a response body.
    pub output: bool,
}

/// An operation's identity: `METHOD path`, and its operationId if any.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct OperationKey {
    /// `GET`, `POST`, …
    pub method: String,
    /// The path template.
    pub path: String,
}

/// The operations of a document, with what they reach.
#[derive(Clone, Debug, Default)]
pub struct Reach {
    /// operationId by operation.
    pub ids: BTreeMap<OperationKey, String>,
    /// Component schemas each operation reaches in requests.
    pub inputs: BTreeMap<OperationKey, BTreeSet<String>>,
    /// Component schemas each operation reaches in responses.
    pub outputs: BTreeMap<OperationKey, BTreeSet<String>>,
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

impl Reach {
    /// Walks every operation of `doc`.
    pub fn of(doc: &Value) -> Reach {
        let mut reach = Reach::default();
        let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return reach };
        for (path, item) in paths {
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let key = OperationKey { method: method.to_uppercase(), path: path.clone() };
                let id = op.get("operationId").and_then(Value::as_str).unwrap_or("<unnamed>").to_owned();
                let mut inputs = BTreeSet::new();
                for list in [item.get("parameters"), op.get("parameters")].into_iter().flatten() {
                    collect(doc, list, &mut inputs);
                }
                if let Some(body) = op.get("requestBody") {
                    collect(doc, body, &mut inputs);
                }
                let mut outputs = BTreeSet::new();
                if let Some(responses) = op.get("responses") {
                    collect(doc, responses, &mut outputs);
                }
                reach.ids.insert(key.clone(), id);
                reach.inputs.insert(key.clone(), inputs);
                reach.outputs.insert(key, outputs);
            }
        }
        reach
    }

    /// Where component schema `name` is used, over all operations.
    pub fn directions(&self, name: &str) -> Directions {
        Directions {
            input: self.inputs.values().any(|s| s.contains(name)),
            output: self.outputs.values().any(|s| s.contains(name)),
        }
    }

    /// The operations that reach component schema `name`.
    pub fn users(&self, name: &str) -> BTreeSet<OperationKey> {
        self.inputs
            .iter()
            .chain(self.outputs.iter())
            .filter(|(_, schemas)| schemas.contains(name))
            .map(|(key, _)| key.clone())
            .collect()
    }

    /// The operationId of an operation, or `METHOD path`.
    pub fn name(&self, key: &OperationKey) -> String {
        self.ids.get(key).cloned().unwrap_or_else(|| format!("{} {}", key.method, key.path))
    }
}

/// Adds every component schema reachable from `node`, following `$ref`s to
/// any component (parameters, responses, request bodies, schemas).
fn collect(doc: &Value, node: &Value, out: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                if let Some(name) = reference.strip_prefix("#/components/schemas/")
                    && !out.insert(name.to_owned())
                {
                    return;
                }
                if let Some(target) = doc.pointer(reference.trim_start_matches('#')) {
                    collect(doc, target, out);
                }
            }
            for (key, child) in map {
                if key != "example" && key != "examples" {
                    collect(doc, child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect(doc, item, out)),
        _ => {}
    }
}
