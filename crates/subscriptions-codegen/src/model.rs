//! The intermediate model: the operations of the document, checked and
//! resolved, in the shape the emitters need.
//!
//! Building the model is also where the document is checked against what the
//! generators support. Every problem is collected, with its JSON pointer, so
//! that one run reports all of them.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::spec::{Spec, SpecError, SpecErrors, escape_pointer, pointer};

/// The HTTP methods an operation can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `POST`
    Post,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
}

impl Method {
    const ALL: [(&'static str, Method); 5] = [
        ("get", Method::Get),
        ("put", Method::Put),
        ("post", Method::Post),
        ("delete", Method::Delete),
        ("patch", Method::Patch),
    ];

    /// The lowercase name used as a key in the document.
    pub fn key(self) -> &'static str {
        Method::ALL.iter().find(|(_, m)| *m == self).map(|(k, _)| *k).unwrap_or("get")
    }

    /// The uppercase name used on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
}

/// One parameter, with its `$ref` followed.
#[derive(Clone, Debug)]
pub struct Param {
    /// The name on the wire, such as `page[offset]`.
    pub name: String,
    /// Path or query.
    pub location: ParamLocation,
    /// Whether it must be present.
    pub required: bool,
    /// Its description.
    pub description: Option<String>,
    /// Its schema, with a top-level `$ref` followed.
    pub schema: Value,
    /// The name of the component schema, when the parameter's schema is a `$ref`.
    pub schema_ref: Option<String>,
    /// Where it is declared.
    pub pointer: String,
}

/// A request body.
#[derive(Clone, Debug)]
pub struct Body {
    /// The component schema of the body.
    pub schema: String,
    /// Whether the body must be present.
    pub required: bool,
}

/// One documented response.
#[derive(Clone, Debug)]
pub struct Response {
    /// The HTTP status code.
    pub status: u16,
    /// Its description.
    pub description: String,
    /// The component schema of its JSON body, if it has one.
    pub schema: Option<String>,
    /// The name of the `components/responses` entry it refers to, if any.
    pub component: Option<String>,
}

/// One operation.
#[derive(Clone, Debug)]
pub struct Operation {
    /// The operationId, such as `CreateJob`.
    pub id: String,
    /// Its method.
    pub method: Method,
    /// Its path template, such as `/subscriptions/jobs/{job_uuid}`.
    pub path: String,
    /// The pointer of the operation object.
    pub pointer: String,
    /// Its summary.
    pub summary: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Path parameters, in template order.
    pub path_params: Vec<Param>,
    /// Query parameters, in document order.
    pub query_params: Vec<Param>,
    /// The request body, if any.
    pub body: Option<Body>,
    /// The responses, by status code.
    pub responses: Vec<Response>,
    /// Whether the operation requires `Authorization: Bearer` (its
    /// `security`, or the document's).
    pub requires_bearer: bool,
}

impl Operation {
    /// The success response with a body, if there is one.
    pub fn success_schema(&self) -> Option<&str> {
        self.responses.iter().filter(|r| r.status < 300).find_map(|r| r.schema.as_deref())
    }
}

/// The whole API.
#[derive(Clone, Debug)]
pub struct Api {
    /// Operations in document order.
    pub operations: Vec<Operation>,
    /// The discriminated unions, and the objects that include them.
    pub unions: crate::unions::Unions,
}

impl Api {
    /// The component schemas of every response body (success or error):
    /// the roots of what a client must be able to decode.
    pub fn response_schemas(&self) -> BTreeSet<String> {
        self.operations.iter().flat_map(|op| op.responses.iter().filter_map(|r| r.schema.clone())).collect()
    }
}

const JSON: &str = "application/json";

impl Api {
    /// Builds the model, reporting every unsupported or broken construct.
    pub fn build(spec: &Spec) -> Result<Api, SpecErrors> {
        let mut errors = Vec::new();
        check_refs(spec, &spec.raw, "", &mut errors);
        let mut operations = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        if let Some(paths) = spec.raw.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                let item_pointer = pointer(["paths", path.as_str()]);
                if item.get("$ref").is_some() {
                    errors.push(spec.error(
                        format!("{item_pointer}/$ref"),
                        "a path item given as a $ref is not supported: write the operations inline",
                    ));
                    continue;
                }
                let shared = item.get("parameters");
                for (key, method) in Method::ALL {
                    let Some(op) = item.get(key) else { continue };
                    let op_pointer = format!("{item_pointer}/{key}");
                    let Some(operation) = build_operation(spec, path, method, op, shared, &op_pointer, &mut errors)
                    else {
                        continue;
                    };
                    if let Some(first) = seen.get(&operation.id) {
                        errors.push(spec.error(
                            format!("{op_pointer}/operationId"),
                            format!("duplicate operationId `{}`: already used at {first}", operation.id),
                        ));
                        continue;
                    }
                    seen.insert(operation.id.clone(), op_pointer.clone());
                    operations.push(operation);
                }
                for key in ["head", "options", "trace"] {
                    if item.get(key).is_some() {
                        errors.push(spec.error(
                            format!("{item_pointer}/{key}"),
                            format!("the {} method is not supported", key.to_uppercase()),
                        ));
                    }
                }
            }
        }
        let unions = crate::unions::find(spec).unwrap_or_else(|e| {
            errors.extend(e);
            Default::default()
        });
        if errors.is_empty() { Ok(Api { operations, unions }) } else { Err(SpecErrors(errors)) }
    }
}

fn build_operation(
    spec: &Spec,
    path: &str,
    method: Method,
    op: &Value,
    shared_params: Option<&Value>,
    op_pointer: &str,
    errors: &mut Vec<SpecError>,
) -> Option<Operation> {
    let before = errors.len();
    let id = match op.get("operationId") {
        Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
        Some(_) => {
            errors.push(spec.error(format!("{op_pointer}/operationId"), "operationId must be a non-empty string"));
            String::new()
        }
        None => {
            errors.push(spec.error(
                op_pointer,
                format!(
                    "{} {path} has no operationId: every operation needs one, it names the generated method",
                    method.as_str()
                ),
            ));
            String::new()
        }
    };
    let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::to_owned);

    // Parameters: path-level first, then operation-level, which override.
    let mut params: Vec<Param> = Vec::new();
    let lists = [
        (shared_params, format!("{}/parameters", parent_pointer(op_pointer))),
        (op.get("parameters"), format!("{op_pointer}/parameters")),
    ];
    for (list, list_pointer) in lists {
        let Some(list) = list else { continue };
        let Some(list) = list.as_array() else {
            errors.push(spec.error(list_pointer, "parameters must be a list"));
            continue;
        };
        for (i, param) in list.iter().enumerate() {
            let param_pointer = format!("{list_pointer}/{i}");
            if let Some(param) = build_param(spec, param, &param_pointer, errors) {
                params.retain(|p| !(p.name == param.name && p.location == param.location));
                params.push(param);
            }
        }
    }
    let template: Vec<String> =
        path.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(name, _)| name.to_owned())).collect();
    let mut path_params = Vec::new();
    for name in &template {
        match params.iter().find(|p| p.location == ParamLocation::Path && &p.name == name) {
            Some(p) => path_params.push(p.clone()),
            None => errors.push(spec.error(
                op_pointer,
                format!("the path template has {{{name}}} but the operation declares no path parameter `{name}`"),
            )),
        }
    }
    for p in params.iter().filter(|p| p.location == ParamLocation::Path) {
        if !template.contains(&p.name) {
            errors.push(spec.error(
                p.pointer.clone(),
                format!("path parameter `{}` does not appear in the path template {path}", p.name),
            ));
        }
    }
    let query_params: Vec<Param> = params.into_iter().filter(|p| p.location == ParamLocation::Query).collect();

    let body = op.get("requestBody").and_then(|body| {
        let body_pointer = format!("{op_pointer}/requestBody");
        let (body, body_pointer) = follow(spec, body, &body_pointer, "#/components/requestBodies/", errors)?;
        let required = body.get("required").and_then(Value::as_bool).unwrap_or(false);
        let schema = json_schema_ref(spec, body, &body_pointer, errors)?;
        Some(Body { schema, required })
    });
    if body.is_some() && method == Method::Get {
        errors.push(spec.error(format!("{op_pointer}/requestBody"), "a GET operation cannot have a request body"));
    }

    let mut responses = Vec::new();
    match op.get("responses").and_then(Value::as_object) {
        None => errors.push(spec.error(op_pointer, "the operation declares no responses")),
        Some(map) => {
            for (status, response) in map {
                let response_pointer = format!("{op_pointer}/responses/{}", escape_pointer(status));
                let code = match status.parse::<u16>() {
                    Ok(code) if (100..=599).contains(&code) && status.len() == 3 => code,
                    _ => {
                        errors.push(spec.error(
                            response_pointer,
                            format!(
                                "response key `{status}` is not supported: list each status code (such as \"400\"); `default` and ranges cannot be typed"
                            ),
                        ));
                        continue;
                    }
                };
                let component = response
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/responses/"))
                    .map(str::to_owned);
                let Some((response, resolved_pointer)) =
                    follow(spec, response, &response_pointer, "#/components/responses/", errors)
                else {
                    continue;
                };
                let description = response.get("description").and_then(Value::as_str).unwrap_or_default().to_owned();
                let schema = if response.get("content").is_some() {
                    json_schema_ref(spec, response, &resolved_pointer, errors)
                } else {
                    None
                };
                responses.push(Response { status: code, description, schema, component });
            }
        }
    }
    responses.sort_by_key(|r| r.status);
    check_response_kinds(spec, &responses, op_pointer, errors);

    let requires_bearer = security(spec, op, op_pointer, errors);

    (errors.len() == before).then(|| Operation {
        id,
        method,
        path: path.to_owned(),
        pointer: op_pointer.to_owned(),
        summary: text("summary"),
        description: text("description"),
        tags: op
            .get("tags")
            .and_then(Value::as_array)
            .map(|tags| tags.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default(),
        path_params,
        query_params,
        body,
        responses,
        requires_bearer,
    })
}

/// Reads the security requirements that apply to an operation. Only HTTP
/// bearer schemes are supported; an empty list, or an empty requirement
/// (`{}`) among the alternatives, means no token is needed.
fn security(spec: &Spec, op: &Value, op_pointer: &str, errors: &mut Vec<SpecError>) -> bool {
    let (requirements, at) = match op.get("security") {
        Some(list) => (list, format!("{op_pointer}/security")),
        None => match spec.raw.get("security") {
            Some(list) => (list, "/security".to_owned()),
            None => return false,
        },
    };
    let Some(requirements) = requirements.as_array() else {
        errors.push(spec.error(at, "security must be a list of requirements"));
        return false;
    };
    let mut required = !requirements.is_empty();
    for (i, requirement) in requirements.iter().enumerate() {
        let Some(schemes) = requirement.as_object() else { continue };
        if schemes.is_empty() {
            required = false;
        }
        for name in schemes.keys() {
            let scheme = spec.raw.pointer(&pointer(["components", "securitySchemes", name.as_str()]));
            let bearer = scheme.is_some_and(|s| {
                s.get("type").and_then(Value::as_str) == Some("http")
                    && s.get("scheme").and_then(Value::as_str).is_some_and(|v| v.eq_ignore_ascii_case("bearer"))
            });
            if scheme.is_none() {
                errors.push(spec.error(format!("{at}/{i}"), format!("unknown security scheme `{name}`")));
            } else if !bearer {
                errors.push(spec.error(
                    format!("{at}/{i}"),
                    format!("security scheme `{name}` is not supported: only `type: http, scheme: bearer` is"),
                ));
            }
        }
    }
    required
}

/// progenitor types every success response with one type and every error
/// response with one type (it asserts so, and panics otherwise). The check
/// here says so with a pointer instead.
fn check_response_kinds(spec: &Spec, responses: &[Response], op_pointer: &str, errors: &mut Vec<SpecError>) {
    for (label, range) in [("success", 100..400), ("error", 400..600)] {
        let kinds: BTreeSet<Option<&str>> =
            responses.iter().filter(|r| range.contains(&r.status)).map(|r| r.schema.as_deref()).collect();
        if kinds.len() > 1 {
            let listed: Vec<String> = responses
                .iter()
                .filter(|r| range.contains(&r.status))
                .map(|r| format!("{} → {}", r.status, r.schema.as_deref().unwrap_or("no body")))
                .collect();
            errors.push(spec.error(
                format!("{op_pointer}/responses"),
                format!(
                    "all {label} responses of an operation must share one body schema (or all have none): {}",
                    listed.join(", ")
                ),
            ));
        }
    }
    if !responses.iter().any(|r| r.status < 300) {
        errors.push(spec.error(format!("{op_pointer}/responses"), "the operation declares no 2xx response"));
    }
}

fn parent_pointer(pointer: &str) -> &str {
    pointer.rsplit_once('/').map(|(parent, _)| parent).unwrap_or("")
}

/// Follows a `$ref` to a component of the expected kind; returns the target
/// and its pointer.
fn follow<'a>(
    spec: &'a Spec,
    node: &'a Value,
    node_pointer: &str,
    prefix: &str,
    errors: &mut Vec<SpecError>,
) -> Option<(&'a Value, String)> {
    match node.get("$ref") {
        None => Some((node, node_pointer.to_owned())),
        Some(Value::String(reference)) if reference.starts_with(prefix) => {
            // Dangling references are reported once, by `check_refs`.
            spec.resolve_ref(reference).map(|target| (target, reference.trim_start_matches('#').to_owned()))
        }
        Some(other) => {
            errors.push(
                spec.error(format!("{node_pointer}/$ref"), format!("expected a reference to {prefix}…, found {other}")),
            );
            None
        }
    }
}

fn build_param(spec: &Spec, param: &Value, param_pointer: &str, errors: &mut Vec<SpecError>) -> Option<Param> {
    let (param, pointer) = follow(spec, param, param_pointer, "#/components/parameters/", errors)?;
    let name = param.get("name").and_then(Value::as_str).unwrap_or_default().to_owned();
    let location = match param.get("in").and_then(Value::as_str) {
        Some("path") => ParamLocation::Path,
        Some("query") => ParamLocation::Query,
        Some(other) => {
            errors.push(spec.error(
                format!("{pointer}/in"),
                format!("{other} parameters are not supported; only path and query parameters are"),
            ));
            return None;
        }
        None => {
            errors.push(spec.error(pointer, "the parameter has no `in`"));
            return None;
        }
    };
    if let Some(style) = param.get("style").and_then(Value::as_str) {
        let allowed = match location {
            ParamLocation::Path => "simple",
            ParamLocation::Query => "form",
        };
        if style != allowed {
            errors.push(spec.error(
                format!("{pointer}/style"),
                format!("parameter style `{style}` is not supported; use `{allowed}`, the default"),
            ));
            return None;
        }
    }
    let Some(schema_node) = param.get("schema") else {
        errors.push(spec.error(pointer, format!("parameter `{name}` has no schema")));
        return None;
    };
    let schema_ref = schema_node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .map(str::to_owned);
    let schema = match schema_node.get("$ref").and_then(Value::as_str) {
        Some(reference) => spec.resolve_ref(reference).cloned().unwrap_or(Value::Null),
        None => schema_node.clone(),
    };
    if !matches!(schema.get("type").and_then(Value::as_str), Some("string" | "integer" | "number" | "boolean")) {
        errors.push(spec.error(
            format!("{pointer}/schema"),
            format!("parameter `{name}` must have a scalar schema (string, integer, number or boolean)"),
        ));
        return None;
    }
    let required = param.get("required").and_then(Value::as_bool).unwrap_or(false);
    if location == ParamLocation::Path && !required {
        errors.push(spec.error(format!("{pointer}/required"), format!("path parameter `{name}` must be required")));
    }
    Some(Param {
        name,
        location,
        required,
        description: param.get("description").and_then(Value::as_str).map(str::to_owned),
        schema,
        schema_ref,
        pointer,
    })
}

/// The body of a request or response must be `application/json` with a
/// schema that is a `$ref` to a named component, so generated names are stable.
fn json_schema_ref(spec: &Spec, node: &Value, node_pointer: &str, errors: &mut Vec<SpecError>) -> Option<String> {
    let content_pointer = format!("{node_pointer}/content");
    let Some(content) = node.get("content").and_then(Value::as_object) else {
        errors.push(spec.error(content_pointer, "the body has no content"));
        return None;
    };
    let mut result = None;
    for (media_type, media) in content {
        let media_pointer = format!("{content_pointer}/{}", escape_pointer(media_type));
        if media_type != JSON {
            errors.push(
                spec.error(media_pointer, format!("unsupported media type `{media_type}`: only {JSON} is supported")),
            );
            continue;
        }
        match media.get("schema").and_then(|s| s.get("$ref")).and_then(Value::as_str) {
            Some(reference) => match reference.strip_prefix("#/components/schemas/") {
                Some(name) => result = Some(name.to_owned()),
                None => errors.push(spec.error(
                    format!("{media_pointer}/schema/$ref"),
                    "a body schema must refer to #/components/schemas/…",
                )),
            },
            None => errors.push(spec.error(
                format!("{media_pointer}/schema"),
                "a body schema must be a $ref to a named component in #/components/schemas, so that its generated type has a stable name",
            )),
        }
    }
    result
}

/// Every `$ref` in the document must be local and point at an existing node.
fn check_refs(spec: &Spec, node: &Value, node_pointer: &str, errors: &mut Vec<SpecError>) {
    match node {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref") {
                let ref_pointer = format!("{node_pointer}/$ref");
                match reference.as_str() {
                    Some(r) if r.starts_with("#/") => {
                        if spec.resolve_ref(r).is_none() {
                            errors.push(spec.error(ref_pointer, format!("dangling $ref: nothing at {r}")));
                        }
                    }
                    Some(r) => errors.push(spec.error(
                        ref_pointer,
                        format!("external $ref `{r}` is not supported: the document must be self-contained"),
                    )),
                    None => errors.push(spec.error(ref_pointer, "$ref must be a string")),
                }
            }
            for (key, child) in map {
                // `example`/`examples` values are data, not schema: a `$ref`
                // key inside an example value is just a key.
                if key == "example" || (key == "value" && node_pointer.contains("/examples/")) {
                    continue;
                }
                check_refs(spec, child, &format!("{node_pointer}/{}", escape_pointer(key)), errors);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                check_refs(spec, child, &format!("{node_pointer}/{i}"), errors);
            }
        }
        _ => {}
    }
}
