//! Which component schemas an operation reaches, in requests (inputs) and
//! in responses (outputs). A change to a schema is judged by where it flows:
//! a new required property breaks requests, a removed one breaks responses.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::spec::Spec;

/// Where a schema is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Directions {
    /// In a request body or a parameter.
    pub input: bool,
    /// In a response body.
    pub output: bool,
}

/// The component schemas reached by the parameters and body of an
/// operation (inputs) and by its responses (outputs).
pub(super) fn of(spec: &Spec, item: &Value, op: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut inputs = BTreeSet::new();
    for list in [item.get("parameters"), op.get("parameters")].into_iter().flatten() {
        collect(spec, list, &mut inputs);
    }
    if let Some(body) = op.get("requestBody") {
        collect(spec, body, &mut inputs);
    }
    let mut outputs = BTreeSet::new();
    if let Some(responses) = op.get("responses") {
        collect(spec, responses, &mut outputs);
    }
    (inputs, outputs)
}

/// Adds every component schema reachable from `node`, following `$ref`s
/// (found by the model's one walker) to any component: parameters,
/// responses, request bodies, schemas.
fn collect(spec: &Spec, node: &Value, out: &mut BTreeSet<String>) {
    let mut found = Vec::new();
    super::references(node, "", &mut found);
    for reference in found.into_iter().filter_map(|r| r.target) {
        if let Some(name) = reference.strip_prefix("#/components/schemas/")
            && !out.insert(name.to_owned())
        {
            continue;
        }
        if let Some(target) = spec.resolve_ref(&reference) {
            collect(spec, target, out);
        }
    }
}
