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

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::Value;
use subscriptions_codegen::model::{Api, Directions, Method, Operation, nullable};
use subscriptions_codegen::spec::{Spec, escape_pointer, pointer};

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
    /// Which engine classified it.
    pub source: Source,
    /// What it does to the Rust API of the generated crates, as the
    /// release policy (CONTRIBUTING.md) predicts it.
    pub rust: Bump,
}

/// A semver bump, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Fixes and documentation: `x.y.Z`.
    Patch,
    /// Additions: `x.Y.0`.
    Minor,
    /// Breaking changes: `X.0.0`.
    Major,
}

impl Bump {
    /// `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// `version` bumped.
    pub fn apply(self, version: &semver::Version) -> semver::Version {
        match self {
            Bump::Major => semver::Version::new(version.major + 1, 0, 0),
            Bump::Minor => semver::Version::new(version.major, version.minor + 1, 0),
            Bump::Patch => semver::Version::new(version.major, version.minor, version.patch + 1),
        }
    }

    /// The least bump that takes `from` to `to` (`None` if `to` is not
    /// greater).
    pub fn between(from: &semver::Version, to: &semver::Version) -> Option<Bump> {
        if to.major > from.major {
            Some(Bump::Major)
        } else if to.major == from.major && to.minor > from.minor {
            Some(Bump::Minor)
        } else if to > from {
            Some(Bump::Patch)
        } else {
            None
        }
    }
}

impl Finding {
    /// The bump this finding needs: the larger of its HTTP impact
    /// (breaking: major; any other contract change: minor; documentation:
    /// patch) and its Rust impact.
    pub fn bump(&self) -> Bump {
        let http = match self.impact {
            Impact::Breaking => Bump::Major,
            _ if self.rust == Bump::Patch => Bump::Patch,
            _ => Bump::Minor,
        };
        http.max(self.rust)
    }
}

/// Which engine classified a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Oxide's `drift`.
    Drift,
    /// The rules of this module.
    Rule,
}

/// An operation named in the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// Its operationId (`METHOD path` when it has none).
    pub id: String,
    /// Its method.
    pub method: Method,
    /// Its path template.
    pub path: String,
}

impl Endpoint {
    fn of(op: &Operation) -> Endpoint {
        Endpoint { id: op.name(), method: op.method, path: op.path.clone() }
    }
}

/// Operations added, removed and changed, identified by method and path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Operations {
    /// In the new document only.
    pub added: Vec<Endpoint>,
    /// In the old document only.
    pub removed: Vec<Endpoint>,
    /// In both, with at least one finding that reaches them.
    pub changed: Vec<Endpoint>,
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
    /// The least version bump the findings need.
    pub fn required_bump(&self) -> Option<Bump> {
        self.findings.iter().map(Finding::bump).max()
    }

    /// Whether any finding breaks existing clients.
    pub fn is_breaking(&self) -> bool {
        self.findings.iter().any(|f| f.impact == Impact::Breaking)
    }

    /// Checks that `info.version` was bumped as the release policy asks:
    /// by at least [`Report::required_bump`].
    pub fn check_version(&self) -> Result<(), String> {
        let (old, new) = &self.versions;
        let parse = |v: &str| semver::Version::parse(v).map_err(|e| format!("info.version `{v}` is not semver: {e}"));
        let (old_v, new_v) = (parse(old)?, parse(new)?);
        let Some(needed) = self.required_bump() else { return Ok(()) };
        match Bump::between(&old_v, &new_v) {
            Some(bump) if bump >= needed => Ok(()),
            _ => Err(format!(
                "these changes need a {} version bump (to {}): info.version is {new}, was {old}; \
                 `cargo xtask release` applies it",
                needed.as_str(),
                needed.apply(&old_v)
            )),
        }
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
        if let Some(bump) = self.required_bump() {
            let rust = self.findings.iter().map(|f| f.rust).max().unwrap_or(Bump::Patch);
            let _ = writeln!(
                out,
                "**Release**: needs a **{}** bump (the Rust API of the crates: {}; see CONTRIBUTING.md).\n",
                bump.as_str(),
                rust.as_str()
            );
        }
        let ops = &self.operations;
        if ops.added.is_empty() && ops.removed.is_empty() && ops.changed.is_empty() {
            let _ = writeln!(out, "No operation added, removed or changed.\n");
        } else {
            let _ = writeln!(out, "| operations | operationId | endpoint |\n|---|---|---|");
            for (label, list) in [("added", &ops.added), ("removed", &ops.removed), ("changed", &ops.changed)] {
                for endpoint in list {
                    let _ = writeln!(
                        out,
                        "| {label} | `{}` | `{} {}` |",
                        endpoint.id,
                        endpoint.method.as_str(),
                        endpoint.path
                    );
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
                let _ =
                    writeln!(out, "- `#{}`: {} — Rust: {}", finding.pointer, finding.message, finding.rust.as_str());
            }
            out.push('\n');
        }
        out
    }
}

/// One change one rule saw, before it is classified by direction.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Change {
    kind: Kind,
    /// Where, as a JSON pointer.
    pointer: String,
    /// What changed.
    what: String,
}

impl Change {
    fn new(kind: Kind, pointer: impl Into<String>, what: impl Into<String>) -> Change {
        Change { kind, pointer: pointer.into(), what: what.into() }
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

impl Kind {
    /// What the change does to the generated Rust API. Enums and unions a
    /// response reaches are `#[non_exhaustive]`, and so are the structs only
    /// responses reach (with constructors), so what they gain is an
    /// addition. Request types are plain, built with literals and matched
    /// exhaustively, so what they gain breaks. A constraint lives in a
    /// conversion, not a signature; a description in the docs.
    fn rust(self, directions: Directions) -> Bump {
        use Kind::*;
        match self {
            Documentation | Tightened | Loosened => Bump::Patch,
            EnumWidened | VariantAdded if directions.output => Bump::Minor,
            PropertyAddedOptional if directions.output && !directions.input => Bump::Minor,
            _ => Bump::Major,
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

/// The two documents, each read into the model.
struct Sides<'a> {
    old: (&'a Spec, Api),
    new: (&'a Spec, Api),
}

/// Compares two documents. Each is read into the model leniently (the
/// model's own complaints are the lint's business), so that a document
/// the generators would refuse can still be compared.
pub fn compare(old: &Spec, new: &Spec) -> Result<Report, String> {
    let sides = Sides { old: (old, Api::read(old).0), new: (new, Api::read(new).0) };
    let mut findings = Vec::new();
    // The pointers of the components and endpoints the rules classified:
    // drift's "unhandled" there is already answered.
    let mut classified = BTreeSet::new();
    schema_findings(&sides, &mut findings, &mut classified);
    parameter_findings(&sides, &mut findings, &mut classified);
    header_findings(&sides, &mut findings);
    argument_findings(&sides, &mut findings);
    drift_findings(old, new, &classified, &mut findings)?;
    findings.sort_by(|a, b| (a.impact, &a.pointer, &a.message).cmp(&(b.impact, &b.pointer, &b.message)));
    findings.dedup();
    let operations = summarize(&sides, &findings);
    Ok(Report { findings, operations, versions: (sides.old.1.version.clone(), sides.new.1.version.clone()) })
}

/// The rules on the component schemas in both documents, each judged by
/// where the schema flows in either document.
fn schema_findings(sides: &Sides<'_>, findings: &mut Vec<Finding>, classified: &mut BTreeSet<String>) {
    let (old_spec, old_api) = &sides.old;
    let (new_spec, new_api) = &sides.new;
    for (name, new_schema) in &new_api.schemas {
        let Some(old_schema) = old_api.schemas.get(name) else { continue };
        let (old_d, new_d) = (old_api.directions(name), new_api.directions(name));
        let directions = Directions { input: old_d.input || new_d.input, output: old_d.output || new_d.output };
        let base = pointer(["components", "schemas", name.as_str()]);
        let mut seen = Vec::new();
        schema_rules(
            &nullable::normalize(old_spec, old_schema),
            &nullable::normalize(new_spec, new_schema),
            &base,
            &mut seen,
        );
        if !seen.is_empty() {
            classified.insert(base);
        }
        for change in seen {
            let impact = change.kind.impact(directions);
            let why = match impact {
                Impact::Breaking => "breaks existing clients",
                Impact::Tolerated => "the generated clients keep it as `Unknown`; strict clients elsewhere may fail",
                Impact::Compatible if change.kind == Kind::Documentation => "documentation only",
                Impact::Compatible => "existing clients keep working",
            };
            findings.push(Finding {
                impact,
                pointer: change.pointer,
                message: format!("{} (used in {}: {why})", change.what, describe(directions)),
                source: Source::Rule,
                rust: change.kind.rust(directions),
            });
        }
    }
}

/// The parameters of operations in both documents: `required` and their
/// schemas, which only ever flow in requests.
fn parameter_findings(sides: &Sides<'_>, findings: &mut Vec<Finding>, classified: &mut BTreeSet<String>) {
    let (old_api, new_api) = (&sides.old.1, &sides.new.1);
    for new_op in &new_api.operations {
        let Some(old_op) = old_api.endpoint(new_op.method, &new_op.path) else { continue };
        for new_param in new_op.params() {
            let Some(old_param) =
                old_op.params().find(|p| p.name == new_param.name && p.location == new_param.location)
            else {
                continue;
            };
            let at = &new_param.pointer;
            let name = &new_param.name;
            let mut seen = Vec::new();
            if !old_param.required && new_param.required {
                seen.push(Change::new(Kind::BecameRequired, at, format!("parameter `{name}` became required")));
            }
            if old_param.required && !new_param.required {
                seen.push(Change::new(Kind::BecameOptional, at, format!("parameter `{name}` became optional")));
            }
            schema_rules(&old_param.schema, &new_param.schema, &format!("{at}/schema"), &mut seen);
            if !seen.is_empty() {
                classified.insert(new_op.pointer.clone());
            }
            for change in seen {
                let directions = Directions { input: true, output: false };
                findings.push(Finding {
                    impact: change.kind.impact(directions),
                    pointer: change.pointer,
                    message: format!("{} (parameter `{name}` of {})", change.what, new_op.name()),
                    source: Source::Rule,
                    rust: change.kind.rust(directions),
                });
            }
        }
    }
}

/// Response headers of operations in both documents, which drift does not
/// compare: a response that stops promising a header breaks the clients
/// that read it; a new header, or one now always sent, does not.
fn header_findings(sides: &Sides<'_>, findings: &mut Vec<Finding>) {
    let (old_api, new_api) = (&sides.old.1, &sides.new.1);
    for new_op in &new_api.operations {
        let Some(old_op) = old_api.endpoint(new_op.method, &new_op.path) else { continue };
        for new_response in new_op.responses.iter().chain(&new_op.default_response) {
            let old_response = match new_response.status {
                0 => old_op.default_response.as_ref(),
                status => old_op.response(status),
            };
            let Some(old_response) = old_response else { continue };
            let status = match new_response.status {
                0 => "default response".to_owned(),
                status => status.to_string(),
            };
            let mut push = |impact: Impact, header: &str, what: String| {
                // A response's headers are fields of the server's response
                // variant: any change to them is one to its signature.
                findings.push(Finding {
                    impact,
                    pointer: format!("{}/headers/{}", new_response.pointer, escape_pointer(header)),
                    message: format!("{what} (the {status} of {})", new_op.name()),
                    source: Source::Rule,
                    rust: Bump::Major,
                });
            };
            for new_header in &new_response.headers {
                let name = &new_header.name;
                match old_response.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)) {
                    None => push(Impact::Compatible, name, format!("response header `{name}` added")),
                    Some(old_header) => {
                        if old_header.kind != new_header.kind {
                            push(
                                Impact::Breaking,
                                name,
                                format!(
                                    "response header `{name}` changed type from {:?} to {:?}",
                                    old_header.kind, new_header.kind
                                ),
                            );
                        }
                        if old_header.required && !new_header.required {
                            push(Impact::Breaking, name, format!("response header `{name}` is no longer always sent"));
                        }
                        if !old_header.required && new_header.required {
                            push(Impact::Compatible, name, format!("response header `{name}` is now always sent"));
                        }
                    }
                }
            }
            for old_header in &old_response.headers {
                if !new_response.headers.iter().any(|h| h.name.eq_ignore_ascii_case(&old_header.name)) {
                    let impact = if old_header.required { Impact::Breaking } else { Impact::Compatible };
                    push(impact, &old_header.name, format!("response header `{}` removed", old_header.name));
                }
            }
        }
    }
}

/// The server trait takes an operation's query parameters, and its header
/// parameters, as one argument each, present only when the operation has
/// some: the first one added changes the method's signature (a major bump
/// in Rust) though it is compatible over HTTP when optional (drift judges
/// that), and the last one removed does too.
fn argument_findings(sides: &Sides<'_>, findings: &mut Vec<Finding>) {
    let (old_api, new_api) = (&sides.old.1, &sides.new.1);
    for new_op in &new_api.operations {
        let Some(old_op) = old_api.endpoint(new_op.method, &new_op.path) else { continue };
        for (what, old, new) in [
            ("query", &old_op.query_params, &new_op.query_params),
            ("header", &old_op.header_params, &new_op.header_params),
        ] {
            let change = match (old.is_empty(), new.is_empty()) {
                (true, false) => "gains",
                (false, true) => "loses",
                _ => continue,
            };
            findings.push(Finding {
                impact: Impact::Compatible,
                pointer: new_op.pointer.clone(),
                message: format!(
                    "the server trait method of {} {change} its {what} parameters argument",
                    new_op.name()
                ),
                source: Source::Rule,
                rust: Bump::Major,
            });
        }
    }
}

/// drift, for what the rules do not cover: operations and parameters
/// added or removed, response shapes, and anything it cannot classify
/// that the rules did not either.
fn drift_findings(
    old: &Spec,
    new: &Spec,
    classified: &BTreeSet<String>,
    findings: &mut Vec<Finding>,
) -> Result<(), String> {
    let changes =
        drift::compare(&old.raw, &new.raw).map_err(|e| format!("drift could not compare the documents: {e:#}"))?;
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
            let (impact, note) = match info.class {
                drift::ChangeClass::BackwardIncompatible | drift::ChangeClass::Incompatible => {
                    (Impact::Breaking, "breaks existing clients")
                }
                drift::ChangeClass::ForwardIncompatible => (Impact::Compatible, "existing clients keep working"),
                drift::ChangeClass::Trivial => (Impact::Compatible, "documentation only"),
                drift::ChangeClass::Unhandled if bases.iter().any(|b| classified.contains(b)) => continue,
                drift::ChangeClass::Unhandled => (
                    Impact::Breaking,
                    "not classified by drift or the rules here; review it by hand (counted as breaking)",
                ),
            };
            // An operation added is a new client method and a new server
            // trait method with a default (answering 500 until implemented);
            // an optional parameter a new field of a `#[non_exhaustive]`
            // query struct: additions in Rust too.
            let rust = match info.class {
                drift::ChangeClass::Trivial => Bump::Patch,
                _ if impact == Impact::Breaking => Bump::Major,
                _ => Bump::Minor,
            };
            findings.push(Finding {
                impact,
                pointer: format!("{base}{subpath}"),
                message: format!("{} ({note})", info.message),
                source: Source::Drift,
                rust,
            });
        }
    }
    Ok(())
}

/// Which operations were added, removed, or touched by a finding: on the
/// operation itself, in a component schema it reaches, or in a shared
/// parameter it uses.
fn summarize(sides: &Sides<'_>, findings: &[Finding]) -> Operations {
    let (old, new) = (&sides.old.1, &sides.new.1);
    let only_in = |these: &Api, those: &Api| -> Vec<Endpoint> {
        these.operations.iter().filter(|op| those.endpoint(op.method, &op.path).is_none()).map(Endpoint::of).collect()
    };
    let mut ops = Operations { added: only_in(new, old), removed: only_in(old, new), changed: Vec::new() };
    let within = |at: &str, base: &str| at == base || at.strip_prefix(base).is_some_and(|rest| rest.starts_with('/'));
    for new_op in &new.operations {
        let Some(old_op) = old.endpoint(new_op.method, &new_op.path) else { continue };
        let touched = findings.iter().any(|f| {
            within(&f.pointer, &new_op.pointer)
                || f.pointer.strip_prefix("/components/schemas/").is_some_and(|rest| {
                    let name = rest.split('/').next().unwrap_or_default();
                    [old_op, new_op].iter().any(|op| op.inputs.contains(name) || op.outputs.contains(name))
                })
                || old_op
                    .params()
                    .chain(new_op.params())
                    .any(|p| p.pointer.starts_with("/components/") && within(&f.pointer, &p.pointer))
        });
        if touched {
            ops.changed.push(Endpoint::of(new_op));
        }
    }
    ops
}

/// The schema rules: compares two schema nodes, one rule family after the
/// other (not following `$ref`s: referenced components are compared in
/// their own right).
fn schema_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    if reference_rules(old, new, at, out) {
        return;
    }
    property_rules(old, new, at, out);
    enum_rules(old, new, at, out);
    bound_rules(old, new, at, out);
    text_rules(old, new, at, out);
    nullable_rules(old, new, at, out);
    nested_rules(old, new, at, out);
    composition_rules(old, new, at, out);
    discriminator_rules(old, new, at, out);
    not_rules(old, new, at, out);
    description_rules(old, new, at, out);
}

/// A `$ref` on either side: the same target is no change here; another
/// one is a different schema. Returns whether either side is a `$ref`.
fn reference_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) -> bool {
    let old_ref = old.get("$ref").and_then(Value::as_str);
    let new_ref = new.get("$ref").and_then(Value::as_str);
    if old_ref.is_none() && new_ref.is_none() {
        return false;
    }
    if old_ref != new_ref {
        out.push(Change::new(
            Kind::ReferenceChanged,
            at,
            format!(
                "the schema changed from {} to {}",
                old_ref.unwrap_or("an inline schema"),
                new_ref.unwrap_or("an inline schema")
            ),
        ));
    }
    true
}

/// Properties added, removed, or changed in `required`; shared ones are
/// compared in turn.
fn property_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
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
    let prop_at = |name: &str| format!("{at}/properties/{}", escape_pointer(name));
    for (name, new_prop) in &new_props {
        let here = prop_at(name);
        let Some(old_prop) = old_props.get(name) else {
            let (kind, what) = if new_req.contains(name) {
                (Kind::PropertyAddedRequired, "new required property")
            } else {
                (Kind::PropertyAddedOptional, "new optional property")
            };
            out.push(Change::new(kind, here, format!("{what} `{name}`")));
            continue;
        };
        if !old_req.contains(name) && new_req.contains(name) {
            out.push(Change::new(Kind::BecameRequired, &here, format!("property `{name}` became required")));
        }
        if old_req.contains(name) && !new_req.contains(name) {
            out.push(Change::new(Kind::BecameOptional, &here, format!("property `{name}` became optional")));
        }
        schema_rules(old_prop, new_prop, &here, out);
    }
    for name in old_props.keys().filter(|n| !new_props.contains_key(*n)) {
        out.push(Change::new(Kind::PropertyRemoved, prop_at(name), format!("property `{name}` was removed")));
    }
}

/// Enum values added or removed, or an enum added or dropped.
fn enum_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    let values = |s: &Value| s.get("enum").and_then(Value::as_array).cloned();
    let enum_at = format!("{at}/enum");
    match (values(old), values(new)) {
        (Some(old_values), Some(new_values)) => {
            let listed = |from: &[Value], without: &[Value]| -> Vec<String> {
                from.iter().filter(|v| !without.contains(v)).map(Value::to_string).collect()
            };
            let removed = listed(&old_values, &new_values);
            let added = listed(&new_values, &old_values);
            if !removed.is_empty() {
                out.push(Change::new(
                    Kind::EnumNarrowed,
                    &enum_at,
                    format!("enum values removed: {}", removed.join(", ")),
                ));
            }
            if !added.is_empty() {
                out.push(Change::new(Kind::EnumWidened, &enum_at, format!("enum values added: {}", added.join(", "))));
            }
        }
        (None, Some(_)) => out.push(Change::new(Kind::Tightened, enum_at, "values are now restricted to an enum")),
        (Some(_), None) => out.push(Change::new(Kind::Loosened, at, "values are no longer restricted to an enum")),
        (None, None) => {}
    }
}

/// Numeric bounds: a larger lower bound or a smaller upper bound accepts less.
fn bound_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
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
        let change = match (number(old), number(new)) {
            (None, Some(n)) => Some((Kind::Tightened, format!("`{keyword}: {n}` added"))),
            (Some(o), None) => Some((Kind::Loosened, format!("`{keyword}: {o}` removed"))),
            (Some(o), Some(n)) if o != n => {
                let tighter = if lower { n > o } else { n < o };
                let kind = if tighter { Kind::Tightened } else { Kind::Loosened };
                Some((kind, format!("`{keyword}` changed from {o} to {n}")))
            }
            _ => None,
        };
        if let Some((kind, what)) = change {
            out.push(Change::new(kind, format!("{at}/{keyword}"), what));
        }
    }
}

/// `pattern` and `format`. Whether one pattern accepts less than another
/// cannot be decided in general: any change counts as tighter.
fn text_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    for keyword in ["pattern", "format"] {
        let text = |s: &Value| s.get(keyword).and_then(Value::as_str).map(str::to_owned);
        let keyword_at = format!("{at}/{keyword}");
        match (text(old), text(new)) {
            (None, Some(n)) => out.push(Change::new(Kind::Tightened, keyword_at, format!("`{keyword}: {n}` added"))),
            (Some(o), None) => out.push(Change::new(Kind::Loosened, at, format!("`{keyword}: {o}` removed"))),
            (Some(o), Some(n)) if o != n => {
                out.push(Change::new(Kind::Tightened, keyword_at, format!("`{keyword}` changed from `{o}` to `{n}`")))
            }
            _ => {}
        }
    }
}

/// `nullable` added or removed (nullable references were normalized to it).
fn nullable_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    let nullable = |s: &Value| s.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    match (nullable(old), nullable(new)) {
        (false, true) => out.push(Change::new(Kind::NullableAdded, format!("{at}/nullable"), "now nullable")),
        (true, false) => out.push(Change::new(Kind::NullableRemoved, at, "no longer nullable")),
        _ => {}
    }
}

/// Array items and schema-valued `additionalProperties`, compared in turn.
fn nested_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    if let (Some(old_items), Some(new_items)) = (old.get("items"), new.get("items")) {
        schema_rules(old_items, new_items, &format!("{at}/items"), out);
    }
    if let (Some(old_extra), Some(new_extra)) = (old.get("additionalProperties"), new.get("additionalProperties"))
        && old_extra.is_object()
        && new_extra.is_object()
    {
        schema_rules(old_extra, new_extra, &format!("{at}/additionalProperties"), out);
    }
}

/// `oneOf`, `anyOf` and `allOf` members. The same members are compared one
/// by one; referenced variants added or removed are new shapes; any other
/// change of composition is judged by hand.
fn composition_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    for keyword in ["oneOf", "anyOf", "allOf"] {
        let members = |s: &Value| s.get(keyword).and_then(Value::as_array).cloned().unwrap_or_default();
        let (old_members, new_members) = (members(old), members(new));
        let (old_refs, new_refs) = (references(&old_members), references(&new_members));
        let keyword_at = format!("{at}/{keyword}");
        if old_members.len() == new_members.len() && old_refs == new_refs {
            for (i, (o, n)) in old_members.iter().zip(&new_members).enumerate() {
                schema_rules(o, n, &format!("{keyword_at}/{i}"), out);
            }
            continue;
        }
        let all_refs = old_members.len() == old_refs.len() && new_members.len() == new_refs.len();
        if keyword == "allOf" || !all_refs {
            out.push(Change::new(Kind::ReferenceChanged, keyword_at, format!("the `{keyword}` members changed")));
            continue;
        }
        for added in new_refs.difference(&old_refs) {
            out.push(Change::new(Kind::VariantAdded, &keyword_at, format!("`{keyword}` variant {added} added")));
        }
        for removed in old_refs.difference(&new_refs) {
            out.push(Change::new(Kind::VariantRemoved, &keyword_at, format!("`{keyword}` variant {removed} removed")));
        }
    }
}

/// A discriminator value is a variant of the union, as seen on the wire.
fn discriminator_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    let mapping = |s: &Value| -> BTreeSet<String> {
        s.pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    let (old_mapping, new_mapping) = (mapping(old), mapping(new));
    let mapping_at = format!("{at}/discriminator/mapping");
    for added in new_mapping.difference(&old_mapping) {
        out.push(Change::new(Kind::VariantAdded, &mapping_at, format!("discriminator value `{added}` added")));
    }
    for removed in old_mapping.difference(&new_mapping) {
        out.push(Change::new(Kind::VariantRemoved, &mapping_at, format!("discriminator value `{removed}` removed")));
    }
}

/// A `not` assertion added, removed or changed.
fn not_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    match (old.get("not"), new.get("not")) {
        (None, Some(_)) => out.push(Change::new(Kind::Tightened, format!("{at}/not"), "a `not` assertion was added")),
        (Some(_), None) => out.push(Change::new(Kind::Loosened, at, "a `not` assertion was removed")),
        (Some(o), Some(n)) if o != n => {
            out.push(Change::new(Kind::Tightened, format!("{at}/not"), "a `not` assertion changed"))
        }
        _ => {}
    }
}

/// A description changed: documentation only.
fn description_rules(old: &Value, new: &Value, at: &str, out: &mut Vec<Change>) {
    let (o, n) = (old.get("description"), new.get("description"));
    if o != n {
        out.push(Change::new(Kind::Documentation, format!("{at}/description"), "the description changed"));
    }
}

/// The `$ref`s among `members`.
fn references(members: &[Value]) -> BTreeSet<String> {
    members.iter().filter_map(|m| m.get("$ref").and_then(Value::as_str)).map(str::to_owned).collect()
}
