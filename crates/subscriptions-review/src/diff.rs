//! `cargo xtask diff`: what a spec change does to existing clients.
//!
//! Oxide's `drift` is the engine: it finds added and removed operations and
//! parameters, new required parameters and changed types. Where it leaves a
//! schema change "unhandled" (properties, `required`, enums, constraints,
//! `nullable`), the rules here classify it by direction: a schema used in
//! requests breaks clients when it accepts less, one used in responses when
//! it promises less, or sends what a generated client would reject
//! (a longer string, a new required member). A new enum value or `oneOf`
//! variant in a response is "tolerated": the generated crates keep it as
//! `Unknown`, but other clients may not.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use crate::reach::{Directions, OperationKey, Reach};

/// How a change affects existing clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Existing clients can fail: they send what is now refused, or receive
    /// what they do not expect.
    Breaking,
    /// A response can now carry a value or shape that is new: an enum value
    /// or a `oneOf` variant. The generated crates keep such values as
    /// `Unknown` (their response enums and unions are open), so clients
    /// built from this repository keep working; a client with closed enums,
    /// generated elsewhere, may fail on it.
    Tolerated,
    /// Existing clients keep working.
    Compatible,
}

/// One classified change.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// Breaking or compatible.
    pub impact: Impact,
    /// Where, as a JSON pointer into the new document (the old one for
    /// removals).
    pub pointer: String,
    /// What changed, and why it has this impact.
    pub message: String,
    /// Which engine classified it: `drift` or `rule`.
    pub source: &'static str,
}

/// Operations added, removed and changed, by operationId.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Operations {
    /// In the new document only.
    pub added: Vec<(String, OperationKey)>,
    /// In the old document only.
    pub removed: Vec<(String, OperationKey)>,
    /// In both, with at least one finding that reaches them.
    pub changed: Vec<(String, OperationKey)>,
}

/// The whole comparison.
#[derive(Clone, Debug)]
pub struct Report {
    /// Every finding, breaking first.
    pub findings: Vec<Finding>,
    /// The operations summary.
    pub operations: Operations,
    /// `info.version` before and after.
    pub versions: (String, String),
}

impl Report {
    /// Whether any finding breaks existing clients.
    pub fn is_breaking(&self) -> bool {
        self.findings.iter().any(|f| f.impact == Impact::Breaking)
    }

    /// Checks that `info.version` was bumped to match: a major bump for a
    /// breaking change, any bump for another change.
    pub fn check_version(&self) -> Result<(), String> {
        let (old, new) = &self.versions;
        let parse = |v: &str| semver::Version::parse(v).map_err(|e| format!("info.version `{v}` is not semver: {e}"));
        let (old_v, new_v) = (parse(old)?, parse(new)?);
        if self.is_breaking() {
            if new_v.major <= old_v.major {
                return Err(format!("breaking changes need a major version bump: info.version is {new}, was {old}"));
            }
        } else if !self.findings.is_empty() && new_v <= old_v {
            return Err(format!("the spec changed but info.version did not increase: {old} → {new}"));
        }
        Ok(())
    }

    /// The report as Markdown, for a pull request.
    pub fn markdown(&self, title: &str) -> String {
        let mut out = String::new();
        let breaking: Vec<&Finding> = self.findings.iter().filter(|f| f.impact == Impact::Breaking).collect();
        let tolerated: Vec<&Finding> = self.findings.iter().filter(|f| f.impact == Impact::Tolerated).collect();
        let compatible: Vec<&Finding> = self.findings.iter().filter(|f| f.impact == Impact::Compatible).collect();
        let _ = writeln!(out, "## {title}\n");
        let verdict = if breaking.is_empty() { "✅ no breaking change" } else { "❌ breaking" };
        let _ = writeln!(
            out,
            "**{verdict}**: {} breaking, {} tolerated, {} compatible. `info.version`: {} → {}.\n",
            breaking.len(),
            tolerated.len(),
            compatible.len(),
            self.versions.0,
            self.versions.1
        );
        let ops = &self.operations;
        if ops.added.is_empty() && ops.removed.is_empty() && ops.changed.is_empty() {
            let _ = writeln!(out, "No operation added, removed or changed.\n");
        } else {
            let _ = writeln!(out, "| operations | operationId | endpoint |\n|---|---|---|");
            for (label, list) in [("added", &ops.added), ("removed", &ops.removed), ("changed", &ops.changed)] {
                for (id, key) in list {
                    let _ = writeln!(out, "| {label} | `{id}` | `{} {}` |", key.method, key.path);
                }
            }
            out.push('\n');
        }
        for (heading, note, list) in [
            ("Breaking for existing clients", "", &breaking),
            (
                "Tolerated by the generated crates",
                "New values or shapes in responses. The generated types are open (an unknown value decodes as \
                 `Unknown`), so clients built from these crates keep working; clients with closed enums, \
                 generated elsewhere, may not.\n\n",
                &tolerated,
            ),
            ("Compatible", "", &compatible),
        ] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {heading}\n");
            out.push_str(note);
            for finding in list.iter() {
                let _ = writeln!(out, "- `#{}`: {}", finding.pointer, finding.message);
            }
            out.push('\n');
        }
        out
    }
}

/// What one rule saw, before it is classified by direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    PropertyAddedRequired,
    PropertyAddedOptional,
    PropertyRemoved,
    BecameRequired,
    BecameOptional,
    EnumNarrowed,
    EnumWidened,
    Tightened,
    Loosened,
    NullableAdded,
    NullableRemoved,
    ReferenceChanged,
    /// A `oneOf`/`anyOf` member (or a discriminator value) was added.
    VariantAdded,
    /// A `oneOf`/`anyOf` member (or a discriminator value) was removed.
    VariantRemoved,
    /// A description changed.
    Documentation,
}

impl Kind {
    /// Whether the change breaks existing clients, for a schema used as a
    /// request input and/or a response output.
    fn impact(self, directions: Directions) -> Impact {
        use Kind::*;
        let breaks_input = matches!(
            self,
            PropertyAddedRequired
                | BecameRequired
                | EnumNarrowed
                | Tightened
                | NullableRemoved
                | ReferenceChanged
                | VariantRemoved
        );
        let breaks_output =
            matches!(self, PropertyRemoved | BecameOptional | Loosened | NullableAdded | ReferenceChanged);
        // Response enums and unions are open in the generated types.
        let new_in_output = matches!(self, EnumWidened | VariantAdded);
        if (directions.input && breaks_input) || (directions.output && breaks_output) {
            Impact::Breaking
        } else if directions.output && new_in_output {
            Impact::Tolerated
        } else {
            Impact::Compatible
        }
    }
}

fn describe(directions: Directions) -> &'static str {
    match (directions.input, directions.output) {
        (true, true) => "requests and responses",
        (true, false) => "requests",
        (false, true) => "responses",
        (false, false) => "no operation",
    }
}

/// Compares two documents.
pub fn compare(old: &Value, new: &Value) -> Result<Report, String> {
    let old_reach = Reach::of(old);
    let new_reach = Reach::of(new);
    let mut findings = Vec::new();
    let mut rule_bases: BTreeSet<String> = BTreeSet::new();

    // Component schemas in both documents, nullable references read as such.
    let (old_normal, new_normal) = (normalize(old), normalize(new));
    let old_schemas = old_normal.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
    let new_schemas = new_normal.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
    for (name, new_schema) in &new_schemas {
        let Some(old_schema) = old_schemas.get(name) else { continue };
        let old_d = old_reach.directions(name);
        let new_d = new_reach.directions(name);
        let directions = Directions { input: old_d.input || new_d.input, output: old_d.output || new_d.output };
        let base = subscriptions_codegen::spec::pointer(["components", "schemas", name.as_str()]);
        let mut seen = Vec::new();
        schema_rules(old_schema, new_schema, &base, &mut seen);
        if !seen.is_empty() {
            rule_bases.insert(base.clone());
        }
        for (kind, at, what) in seen {
            let impact = kind.impact(directions);
            let why = match impact {
                Impact::Breaking => "breaks existing clients",
                Impact::Tolerated => "the generated clients keep it as `Unknown`; strict clients elsewhere may fail",
                Impact::Compatible if kind == Kind::Documentation => "documentation only",
                Impact::Compatible => "existing clients keep working",
            };
            findings.push(Finding {
                impact,
                pointer: at,
                message: format!("{what} (used in {}: {why})", describe(directions)),
                source: "rule",
            });
        }
    }

    // Parameters of operations in both documents: schemas and `required`.
    for (key, _) in new_reach.ids.iter().filter(|(k, _)| old_reach.ids.contains_key(*k)) {
        let old_params = parameters(old, key);
        let new_params = parameters(new, key);
        let base = endpoint_pointer(key);
        for ((name, location), (new_at, new_param)) in &new_params {
            let Some((_, old_param)) = old_params.get(&(name.clone(), location.clone())) else { continue };
            let mut seen = Vec::new();
            let required = |p: &Value| p.get("required").and_then(Value::as_bool).unwrap_or(false);
            if !required(old_param) && required(new_param) {
                seen.push((Kind::BecameRequired, new_at.clone(), format!("parameter `{name}` became required")));
            }
            if required(old_param) && !required(new_param) {
                seen.push((Kind::BecameOptional, new_at.clone(), format!("parameter `{name}` became optional")));
            }
            let resolve_schema = |doc: &Value, p: &Value| -> Value {
                let schema = p.get("schema").cloned().unwrap_or(Value::Null);
                match schema.get("$ref").and_then(Value::as_str).and_then(|r| doc.pointer(r.trim_start_matches('#'))) {
                    Some(target) => target.clone(),
                    None => schema,
                }
            };
            schema_rules(
                &resolve_schema(old, old_param),
                &resolve_schema(new, new_param),
                &format!("{new_at}/schema"),
                &mut seen,
            );
            if !seen.is_empty() {
                rule_bases.insert(base.clone());
            }
            let directions = Directions { input: true, output: false };
            for (kind, at, what) in seen {
                let impact = kind.impact(directions);
                let what = format!("{what} (parameter `{name}` of {})", new_reach.name(key));
                findings.push(Finding { impact, pointer: at, message: what, source: "rule" });
            }
        }
    }

    // drift, for what the rules do not cover.
    let changes = drift::compare(old, new).map_err(|e| format!("drift could not compare the documents: {e:#}"))?;
    for change in changes {
        let bases: BTreeSet<String> = change
            .paths
            .iter()
            .flat_map(|p| [p.old.base_and_subpath().0.to_owned(), p.new.base_and_subpath().0.to_owned()])
            .map(|b| b.trim_start_matches('#').to_owned())
            .collect();
        let base = change
            .paths
            .first()
            .map(|p| p.new.base_and_subpath().0.trim_start_matches('#').to_owned())
            .unwrap_or_default();
        for info in change.changes {
            let subpath = if info.new_subpath.is_empty() { String::new() } else { format!("/{}", info.new_subpath) };
            let at = format!("{base}{subpath}");
            let (impact, note) = match info.class {
                drift::ChangeClass::BackwardIncompatible | drift::ChangeClass::Incompatible => {
                    (Impact::Breaking, "breaks existing clients")
                }
                drift::ChangeClass::ForwardIncompatible => (Impact::Compatible, "existing clients keep working"),
                drift::ChangeClass::Trivial => (Impact::Compatible, "documentation only"),
                drift::ChangeClass::Unhandled => {
                    if bases.iter().any(|b| rule_bases.contains(b)) {
                        continue; // The rules classified this component or endpoint.
                    }
                    (
                        Impact::Breaking,
                        "not classified by drift or the rules here; review it by hand (counted as breaking)",
                    )
                }
            };
            findings.push(Finding {
                impact,
                pointer: at,
                message: format!("{} ({note})", info.message),
                source: "drift",
            });
        }
    }
    findings.sort_by(|a, b| (a.impact, &a.pointer, &a.message).cmp(&(b.impact, &b.pointer, &b.message)));
    findings.dedup();

    let operations = summarize(old, new, &old_reach, &new_reach, &findings);
    let version = |doc: &Value| doc.pointer("/info/version").and_then(Value::as_str).unwrap_or("").to_owned();
    Ok(Report { findings, operations, versions: (version(old), version(new)) })
}

/// `oneOf: [{$ref: X}, {$ref: NullValue}]` (a nullable reference, where
/// `NullValue` admits only `null`) becomes `{nullable: true, allOf: [{$ref: X}]}`,
/// so that the rules see a nullable `X`.
fn normalize(doc: &Value) -> Value {
    fn walk(node: &mut Value, doc: &Value) {
        match node {
            Value::Object(map) => {
                let null_only = |member: &Value| {
                    let target = match member.get("$ref").and_then(Value::as_str) {
                        Some(reference) => doc.pointer(reference.trim_start_matches('#')),
                        None => Some(member),
                    };
                    target.is_some_and(subscriptions_codegen::nullable::is_null_only)
                };
                if let Some(Value::Array(members)) = map.get("oneOf")
                    && let [first, second] = members.as_slice()
                    && (null_only(first) != null_only(second))
                {
                    let kept = if null_only(first) { second.clone() } else { first.clone() };
                    map.remove("oneOf");
                    map.insert("nullable".into(), Value::Bool(true));
                    map.insert("allOf".into(), Value::Array(vec![kept]));
                }
                for (key, child) in map.iter_mut() {
                    if key != "example" && key != "examples" {
                        walk(child, doc);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| walk(item, doc)),
            _ => {}
        }
    }
    let mut normal = doc.clone();
    walk(&mut normal, doc);
    normal
}

fn endpoint_pointer(key: &OperationKey) -> String {
    subscriptions_codegen::spec::pointer(["paths", key.path.as_str(), key.method.to_lowercase().as_str()])
}

/// The parameters of an operation by (name, in), with their pointers;
/// operation-level ones override path-level ones.
fn parameters(doc: &Value, key: &OperationKey) -> BTreeMap<(String, String), (String, Value)> {
    let mut out = BTreeMap::new();
    let item_at = subscriptions_codegen::spec::pointer(["paths", key.path.as_str()]);
    let op_at = endpoint_pointer(key);
    for (list_at, list) in [
        (format!("{item_at}/parameters"), doc.pointer(&format!("{item_at}/parameters"))),
        (format!("{op_at}/parameters"), doc.pointer(&format!("{op_at}/parameters"))),
    ] {
        for (i, param) in list.and_then(Value::as_array).into_iter().flatten().enumerate() {
            let (param, at) = match param.get("$ref").and_then(Value::as_str) {
                Some(r) => (
                    doc.pointer(r.trim_start_matches('#')).cloned().unwrap_or(Value::Null),
                    r.trim_start_matches('#').to_owned(),
                ),
                None => (param.clone(), format!("{list_at}/{i}")),
            };
            let name = param.get("name").and_then(Value::as_str).unwrap_or_default().to_owned();
            let location = param.get("in").and_then(Value::as_str).unwrap_or_default().to_owned();
            out.insert((name, location), (at, param));
        }
    }
    out
}

fn summarize(old_doc: &Value, new_doc: &Value, old: &Reach, new: &Reach, findings: &[Finding]) -> Operations {
    let mut ops = Operations::default();
    for (key, id) in &new.ids {
        if !old.ids.contains_key(key) {
            ops.added.push((id.clone(), key.clone()));
        }
    }
    for (key, id) in &old.ids {
        if !new.ids.contains_key(key) {
            ops.removed.push((id.clone(), key.clone()));
        }
    }
    for (key, id) in new.ids.iter().filter(|(k, _)| old.ids.contains_key(*k)) {
        let endpoint = endpoint_pointer(key);
        let touched = findings.iter().any(|f| {
            if f.pointer.starts_with(&format!("{endpoint}/")) || f.pointer == endpoint {
                return true;
            }
            if let Some(rest) = f.pointer.strip_prefix("/components/schemas/") {
                let name = rest.split('/').next().unwrap_or_default();
                return new.users(name).contains(key) || old.users(name).contains(key);
            }
            // A shared parameter: the operations that refer to it.
            [old_doc, new_doc].into_iter().any(|doc| {
                parameters(doc, key).values().any(|(at, _)| {
                    at.starts_with("/components/") && (f.pointer == *at || f.pointer.starts_with(&format!("{at}/")))
                })
            })
        });
        if touched {
            ops.changed.push((id.clone(), key.clone()));
        }
    }
    ops
}

/// The schema rules: compares two schema nodes (not following `$ref`s,
/// which are compared as components in their own right).
fn schema_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<(Kind, String, String)>) {
    let old_ref = old.get("$ref").and_then(Value::as_str);
    let new_ref = new.get("$ref").and_then(Value::as_str);
    if old_ref.is_some() || new_ref.is_some() {
        if old_ref != new_ref {
            out.push((
                Kind::ReferenceChanged,
                at.to_owned(),
                format!(
                    "the schema changed from {} to {}",
                    old_ref.unwrap_or("an inline schema"),
                    new_ref.unwrap_or("an inline schema")
                ),
            ));
        }
        return;
    }
    // Properties and `required`.
    let props = |s: &Value| s.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
    let required = |s: &Value| -> BTreeSet<String> {
        s.get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    let (old_props, new_props) = (props(old), props(new));
    let (old_req, new_req) = (required(old), required(new));
    for (name, new_prop) in &new_props {
        let prop_at = format!("{at}/properties/{}", subscriptions_codegen::spec::escape_pointer(name));
        match old_props.get(name) {
            None if new_req.contains(name) => {
                out.push((Kind::PropertyAddedRequired, prop_at, format!("new required property `{name}`")))
            }
            None => out.push((Kind::PropertyAddedOptional, prop_at, format!("new optional property `{name}`"))),
            Some(old_prop) => {
                if !old_req.contains(name) && new_req.contains(name) {
                    out.push((Kind::BecameRequired, prop_at.clone(), format!("property `{name}` became required")));
                }
                if old_req.contains(name) && !new_req.contains(name) {
                    out.push((Kind::BecameOptional, prop_at.clone(), format!("property `{name}` became optional")));
                }
                schema_rules(old_prop, new_prop, &prop_at, out);
            }
        }
    }
    for name in old_props.keys().filter(|n| !new_props.contains_key(*n)) {
        let prop_at = format!("{at}/properties/{}", subscriptions_codegen::spec::escape_pointer(name));
        out.push((Kind::PropertyRemoved, prop_at, format!("property `{name}` was removed")));
    }
    // Enums.
    let values = |s: &Value| s.get("enum").and_then(Value::as_array).cloned();
    if let (Some(old_values), Some(new_values)) = (values(old), values(new)) {
        let removed: Vec<String> =
            old_values.iter().filter(|v| !new_values.contains(v)).map(Value::to_string).collect();
        let added: Vec<String> = new_values.iter().filter(|v| !old_values.contains(v)).map(Value::to_string).collect();
        if !removed.is_empty() {
            out.push((
                Kind::EnumNarrowed,
                format!("{at}/enum"),
                format!("enum values removed: {}", removed.join(", ")),
            ));
        }
        if !added.is_empty() {
            out.push((Kind::EnumWidened, format!("{at}/enum"), format!("enum values added: {}", added.join(", "))));
        }
    } else if values(old).is_none() && values(new).is_some() {
        out.push((Kind::Tightened, format!("{at}/enum"), "values are now restricted to an enum".to_owned()));
    } else if values(old).is_some() && values(new).is_none() {
        out.push((Kind::Loosened, at.to_owned(), "values are no longer restricted to an enum".to_owned()));
    }
    // Bounds: a larger lower bound or a smaller upper bound accepts less.
    for (keyword, lower) in [
        ("minLength", true),
        ("maxLength", false),
        ("minimum", true),
        ("maximum", false),
        ("minItems", true),
        ("maxItems", false),
        ("minProperties", true),
        ("maxProperties", false),
    ] {
        let number = |s: &Value| s.get(keyword).and_then(Value::as_f64);
        let keyword_at = format!("{at}/{keyword}");
        let kind = match (number(old), number(new)) {
            (None, Some(n)) => Some((Kind::Tightened, format!("`{keyword}: {n}` added"))),
            (Some(o), None) => Some((Kind::Loosened, format!("`{keyword}: {o}` removed"))),
            (Some(o), Some(n)) if o != n => {
                let tighter = if lower { n > o } else { n < o };
                Some((
                    if tighter { Kind::Tightened } else { Kind::Loosened },
                    format!("`{keyword}` changed from {o} to {n}"),
                ))
            }
            _ => None,
        };
        if let Some((kind, what)) = kind {
            out.push((kind, keyword_at, what));
        }
    }
    for keyword in ["pattern", "format"] {
        let text = |s: &Value| s.get(keyword).and_then(Value::as_str).map(str::to_owned);
        match (text(old), text(new)) {
            (None, Some(n)) => {
                out.push((Kind::Tightened, format!("{at}/{keyword}"), format!("`{keyword}: {n}` added")))
            }
            (Some(o), None) => out.push((Kind::Loosened, at.to_owned(), format!("`{keyword}: {o}` removed"))),
            // Whether one pattern accepts less than another cannot be
            // decided in general: a change counts as tighter.
            (Some(o), Some(n)) if o != n => out.push((
                Kind::Tightened,
                format!("{at}/{keyword}"),
                format!("`{keyword}` changed from `{o}` to `{n}`"),
            )),
            _ => {}
        }
    }
    let nullable = |s: &Value| s.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    match (nullable(old), nullable(new)) {
        (false, true) => out.push((Kind::NullableAdded, format!("{at}/nullable"), "now nullable".to_owned())),
        (true, false) => out.push((Kind::NullableRemoved, at.to_owned(), "no longer nullable".to_owned())),
        _ => {}
    }
    if let (Some(old_items), Some(new_items)) = (old.get("items"), new.get("items")) {
        schema_rules(old_items, new_items, &format!("{at}/items"), out);
    }
    if let (Some(old_extra), Some(new_extra)) = (old.get("additionalProperties"), new.get("additionalProperties"))
        && old_extra.is_object()
        && new_extra.is_object()
    {
        schema_rules(old_extra, new_extra, &format!("{at}/additionalProperties"), out);
    }
    for keyword in ["oneOf", "anyOf", "allOf"] {
        let (old_members, new_members) = (members(old, keyword), members(new, keyword));
        if old_members.len() == new_members.len() && references(&old_members) == references(&new_members) {
            for (i, (o, n)) in old_members.iter().zip(&new_members).enumerate() {
                schema_rules(o, n, &format!("{at}/{keyword}/{i}"), out);
            }
            continue;
        }
        let (old_refs, new_refs) = (references(&old_members), references(&new_members));
        let all_refs = |m: &[Value], r: &BTreeSet<String>| m.len() == r.len();
        if keyword == "allOf" || !all_refs(&old_members, &old_refs) || !all_refs(&new_members, &new_refs) {
            // Composition changed, or inline members moved: judged by hand.
            out.push((Kind::ReferenceChanged, format!("{at}/{keyword}"), format!("the `{keyword}` members changed")));
            continue;
        }
        for added in new_refs.difference(&old_refs) {
            out.push((Kind::VariantAdded, format!("{at}/{keyword}"), format!("`{keyword}` variant {added} added")));
        }
        for removed in old_refs.difference(&new_refs) {
            out.push((
                Kind::VariantRemoved,
                format!("{at}/{keyword}"),
                format!("`{keyword}` variant {removed} removed"),
            ));
        }
    }
    // A discriminator value is a variant of the union, as seen on the wire.
    let mapping = |s: &Value| -> BTreeSet<String> {
        s.pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    let (old_mapping, new_mapping) = (mapping(old), mapping(new));
    for added in new_mapping.difference(&old_mapping) {
        out.push((
            Kind::VariantAdded,
            format!("{at}/discriminator/mapping"),
            format!("discriminator value `{added}` added"),
        ));
    }
    for removed in old_mapping.difference(&new_mapping) {
        out.push((
            Kind::VariantRemoved,
            format!("{at}/discriminator/mapping"),
            format!("discriminator value `{removed}` removed"),
        ));
    }
    match (old.get("not"), new.get("not")) {
        (None, Some(_)) => out.push((Kind::Tightened, format!("{at}/not"), "a `not` assertion was added".to_owned())),
        (Some(_), None) => out.push((Kind::Loosened, at.to_owned(), "a `not` assertion was removed".to_owned())),
        (Some(o), Some(n)) if o != n => {
            out.push((Kind::Tightened, format!("{at}/not"), "a `not` assertion changed".to_owned()))
        }
        _ => {}
    }
    if old.get("description") != new.get("description")
        && (old.get("description").is_some() || new.get("description").is_some())
    {
        out.push((Kind::Documentation, format!("{at}/description"), "the description changed".to_owned()));
    }
}

fn members(schema: &Value, keyword: &str) -> Vec<Value> {
    schema.get(keyword).and_then(Value::as_array).cloned().unwrap_or_default()
}

/// The `$ref`s among `members`.
fn references(members: &[Value]) -> BTreeSet<String> {
    members.iter().filter_map(|m| m.get("$ref").and_then(Value::as_str)).map(str::to_owned).collect()
}
