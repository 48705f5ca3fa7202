//! The reader: the raw document, read once into the model's types
//! ([`super::ir`]), checked against what the generators support.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::*;
use crate::spec::{Spec, SpecError, SpecErrors, escape_pointer, pointer};

/// Whether an operationId can name Rust items: ASCII letters, digits and
/// `_`, starting with a letter.
fn is_rust_name(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl Scalar {
    /// The scalar of a schema (a `$ref` already followed), if it is one.
    pub(crate) fn of(schema: &Value) -> Option<Scalar> {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        Some(match schema.get("type").and_then(Value::as_str)? {
            "string" if format == "uuid" => Scalar::Uuid,
            "string" => Scalar::String,
            "integer" => Scalar::Integer {
                unsigned: schema.get("minimum").and_then(Value::as_f64).is_some_and(|minimum| minimum >= 0.0),
            },
            "number" => Scalar::Number,
            "boolean" => Scalar::Boolean,
            _ => return None,
        })
    }
}

impl Api {
    /// Builds the model, reporting every unsupported or broken construct.
    pub fn build(spec: &Spec) -> Result<Api, SpecErrors> {
        let (api, errors) = Api::read(spec);
        if errors.is_empty() { Ok(api) } else { Err(SpecErrors(errors)) }
    }

    /// Reads as much of the document as it can, with every problem found.
    pub fn read(spec: &Spec) -> (Api, Vec<SpecError>) {
        let mut errors = Vec::new();
        let mut references_found = Vec::new();
        references(&spec.raw, "", &mut references_found);
        check_refs(spec, &references_found, &mut errors);
        let text = |at: &str| spec.raw.pointer(at).and_then(Value::as_str).unwrap_or_default().to_owned();
        let operations = read_operations(spec, &mut errors);
        let routes = routes(&operations);
        let base_path = base_path(spec, &mut errors);
        let error = error_format(spec, &operations, &mut errors);
        let unions = unions::find(spec).unwrap_or_else(|e| {
            errors.extend(e);
            Default::default()
        });
        let tri_state = nullable::find(spec).unwrap_or_else(|e| {
            errors.extend(e);
            Default::default()
        });
        let schemas = spec.raw.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
        let tags = tags(spec);
        let (parameter_examples, schema_examples) = examples(spec, &schemas);
        let components = components(spec);
        let used_schemes = used_schemes(spec);
        let typify_document = if errors.is_empty() {
            let router_errors = error.as_ref().map(|e| e.schema.as_str());
            match prepare::typify_document(spec, &unions, &operations, router_errors) {
                Ok(doc) => Some(doc),
                Err(e) => {
                    errors.push(e);
                    None
                }
            }
        } else {
            None
        };
        let json = serde_json::to_string_pretty(&spec.raw).expect("a JSON tree serializes");
        let api = Api {
            title: text("/info/title"),
            version: text("/info/version"),
            base_path,
            operations,
            routes,
            error,
            schemas,
            unions,
            tri_state,
            tags,
            parameter_examples,
            schema_examples,
            references: references_found,
            components,
            used_schemes,
            typify_document,
            json,
        };
        (api, errors)
    }
}

/// Phase 1: every operation, in document order, with duplicate
/// operationIds refused.
fn read_operations(spec: &Spec, errors: &mut Vec<SpecError>) -> Vec<Operation> {
    let mut operations = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let Some(paths) = spec.raw.get("paths").and_then(Value::as_object) else { return operations };
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
        for (key, method) in METHODS {
            let Some(op) = item.get(key) else { continue };
            let op_pointer = format!("{item_pointer}/{key}");
            if !method.supported() {
                errors.push(spec.error(op_pointer.clone(), format!("the {} method is not supported", method.as_str())));
            }
            let mut operation = build_operation(spec, path, method, op, shared, &op_pointer, errors);
            (operation.inputs, operation.outputs) = reach::of(spec, item, op);
            if !operation.id.is_empty() {
                // `getJob` and `GetJob` would name the same Rust items.
                let key = crate::names::type_name(&operation.id);
                match seen.get(&key) {
                    Some(first) => errors.push(spec.error(
                        format!("{op_pointer}/operationId"),
                        format!("duplicate operationId `{}`: already used at {first}", operation.id),
                    )),
                    None => {
                        seen.insert(key, op_pointer.clone());
                    }
                }
            }
            operations.push(operation);
        }
    }
    operations
}

/// The declared tags.
fn tags(spec: &Spec) -> Vec<String> {
    spec.raw
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| tags.iter().filter_map(|t| t.get("name").and_then(Value::as_str)).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The examples of shared parameters and of component schemas.
type Examples = (Vec<ParameterExample>, Vec<SchemaExample>);

fn examples(spec: &Spec, schemas: &Map<String, Value>) -> Examples {
    let mut parameter_examples = Vec::new();
    for (name, param) in spec.raw.pointer("/components/parameters").and_then(Value::as_object).into_iter().flatten() {
        if let (Some(value), Some(schema)) = (param.get("example"), param.get("schema")) {
            let at = pointer(["components", "parameters", name.as_str(), "example"]);
            parameter_examples.push(ParameterExample { pointer: at, schema: schema.clone(), value: value.clone() });
        }
    }
    let schema_examples = schemas
        .iter()
        .filter_map(|(name, schema)| {
            let value = schema.get("example")?;
            Some(SchemaExample {
                pointer: pointer(["components", "schemas", name.as_str(), "example"]),
                schema: name.clone(),
                value: value.clone(),
            })
        })
        .collect();
    (parameter_examples, schema_examples)
}

/// Every component, as (kind, name).
fn components(spec: &Spec) -> Vec<(String, String)> {
    spec.raw
        .get("components")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(kind, entries)| {
            entries.as_object().into_iter().flatten().map(move |(name, _)| (kind.clone(), name.clone()))
        })
        .collect()
}

const JSON: &str = "application/json";

/// The paths in document order, with the `Allow` list of each.
fn routes(operations: &[Operation]) -> Vec<Route> {
    let mut routes: Vec<Route> = Vec::new();
    for (index, op) in operations.iter().enumerate() {
        match routes.iter_mut().find(|r| r.path == op.path) {
            Some(route) => route.operations.push(index),
            None => routes.push(Route { path: op.path.clone(), operations: vec![index], allow: String::new() }),
        }
    }
    for route in &mut routes {
        let mut allowed: Vec<&str> = route.operations.iter().map(|&i| operations[i].method.as_str()).collect();
        if route.operations.iter().any(|&i| operations[i].method == Method::Get) {
            allowed.push("HEAD");
        }
        allowed.sort();
        // A `HEAD` operation of its own beside the `GET`.
        allowed.dedup();
        route.allow = allowed.join(", ");
    }
    routes
}

/// The path of the server URLs (`/v2`); all servers must agree on it.
fn base_path(spec: &Spec, errors: &mut Vec<SpecError>) -> String {
    let Some(servers) = spec.raw.get("servers").and_then(Value::as_array) else {
        return String::new();
    };
    let mut found: Option<String> = None;
    for (i, server) in servers.iter().enumerate() {
        let url = server.get("url").and_then(Value::as_str).unwrap_or_default();
        let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
        let path = after_scheme.find('/').map(|at| &after_scheme[at..]).unwrap_or("");
        let path = path.trim_end_matches('/').to_owned();
        match &found {
            None => found = Some(path),
            Some(first) if *first != path => {
                errors.push(spec.error(
                    format!("/servers/{i}/url"),
                    format!("all servers must share one base path: `{path}` differs from `{first}`"),
                ));
            }
            Some(_) => {}
        }
    }
    found.unwrap_or_default()
}

/// The error schema the router answers its own refusals in: the one most
/// error responses use (the first of them in document order on a tie).
/// Error responses may use others too, each answered by the implementation
/// in its own schema.
fn router_error_schema(operations: &[Operation]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for op in operations {
        let listed_errors = op.responses.iter().filter(|r| r.status >= 400);
        let default_error = op.default_response.iter().filter(|_| op.responses.iter().any(|r| r.status < 300));
        for schema in listed_errors.chain(default_error).filter_map(|r| r.schema.as_ref()) {
            match counts.iter_mut().find(|(name, _)| name == schema) {
                Some((_, count)) => *count += 1,
                None => counts.push((schema.clone(), 1)),
            }
        }
    }
    let most = counts.iter().map(|(_, count)| *count).max()?;
    counts.into_iter().find(|(_, count)| *count == most).map(|(name, _)| name)
}

/// The router's error format ([`router_error_schema`]), holding `status`,
/// `title` and `detail` (some of them), directly or in a list.
fn error_format(spec: &Spec, operations: &[Operation], errors: &mut Vec<SpecError>) -> Option<ErrorFormat> {
    let name = router_error_schema(operations)?;
    let at = pointer(["components", "schemas", name.as_str()]);
    let schema = spec.raw.pointer(&at)?;
    let resolve = |node: &Value| -> Value { spec.follow(node).cloned().unwrap_or(Value::Null) };
    let members = |object: &Value| -> ErrorMembers {
        let property = |name: &str| object.pointer(&pointer(["properties", name])).map(resolve);
        let status = property("status");
        ErrorMembers {
            status: status.is_some(),
            status_is_number: status.as_ref().is_some_and(|s| {
                s.get("type").and_then(Value::as_str) == Some("integer")
                    && !s.get("oneOf").is_some_and(|o| o.to_string().contains("\"string\""))
            }),
            title: property("title").is_some(),
            detail: property("detail").is_some(),
            detail_required: object
                .get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|name| name == "detail")),
        }
    };
    let list = schema.get("properties").and_then(Value::as_object).and_then(|properties| {
        properties.iter().find_map(|(name, property)| {
            let property = resolve(property);
            let items = resolve(property.get("items")?);
            let members = members(&items);
            (property.get("type").and_then(Value::as_str) == Some("array") && (members.detail || members.title))
                .then(|| (name.clone(), members, items, property))
        })
    });
    // Around a list, nothing else may be required, and the list must take
    // from one error to as many as a rejection lists.
    let mut constrained: Vec<String> = Vec::new();
    if let Some((list, _, _, property)) = &list {
        let others: Vec<&str> = required_names(schema).into_iter().filter(|r| r != list).collect();
        if !others.is_empty() {
            constrained.push(format!("it requires {} beside `{list}`", others.join(", ")));
        }
        if property.get("maxItems").is_some() || property.get("minItems").and_then(Value::as_u64).is_some_and(|n| n > 1)
        {
            constrained.push(format!("`{list}` bounds its number of errors"));
        }
    }
    let (shape, object) = match list {
        Some((list, members, items, _)) => (ErrorShape::List { list, members }, items),
        None => (ErrorShape::Single(members(schema)), schema.clone()),
    };
    let members = match &shape {
        ErrorShape::List { members, .. } | ErrorShape::Single(members) => *members,
    };
    let known = ["status", "title", "detail"];
    let required: Vec<&str> = required_names(&object).into_iter().filter(|r| !known.contains(r)).collect();
    // The router fills these members with any title and text, and any
    // status from 100 to 599: a constraint beyond that could refuse what it
    // builds.
    constrained.extend(known.iter().filter_map(|member| {
        let schema = resolve(object.pointer(&pointer(["properties", *member]))?);
        if *member != "status" && schema.get("type").is_some_and(|t| t != "string") {
            return Some(format!("`{member}` is not a string"));
        }
        let limiting: &[&str] =
            if *member == "status" { &["enum"] } else { &["enum", "pattern", "minLength", "maxLength", "format"] };
        let keywords: Vec<&str> = limiting.iter().copied().filter(|keyword| schema.get(*keyword).is_some()).collect();
        (!keywords.is_empty()).then(|| format!("`{member}` has {}", keywords.join(", ")))
    }));
    if !constrained.is_empty() {
        errors.push(spec.error(
            at.clone(),
            format!(
                "the error schema `{name}` constrains what the router writes into it ({}): leave `status`, `title` and `detail` unconstrained strings (a status may be a number), and the list of errors unbounded, so that every rejection fits the schema",
                constrained.join("; ")
            ),
        ));
        return None;
    }
    if !(members.detail || members.title) || !required.is_empty() {
        errors.push(spec.error(
            at,
            format!(
                "the error schema `{name}` must hold `detail` or `title` (and may hold `status`), directly or in a list of errors, and require nothing else{}, so that the router can answer in its format",
                if required.is_empty() { String::new() } else { format!(" (it requires {})", required.join(", ")) }
            ),
        ));
        return None;
    }
    Some(ErrorFormat { schema: name, shape })
}

/// The names in a schema's `required`.
fn required_names(schema: &Value) -> Vec<&str> {
    schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect()
}

/// Every security scheme some requirement names.
fn used_schemes(spec: &Spec) -> BTreeSet<String> {
    let mut lists: Vec<&Value> = spec.raw.get("security").into_iter().collect();
    for item in spec.raw.get("paths").and_then(Value::as_object).into_iter().flatten().map(|(_, v)| v) {
        for (key, _) in METHODS {
            if let Some(security) = item.get(key).and_then(|op| op.get("security")) {
                lists.push(security);
            }
        }
    }
    lists
        .into_iter()
        .flat_map(|list| list.as_array().into_iter().flatten())
        .flat_map(|requirement| requirement.as_object().into_iter().flatten().map(|(k, _)| k.clone()))
        .collect()
}

/// Where an operation is, for the phases that read it.
struct OperationSite<'a> {
    spec: &'a Spec,
    path: &'a str,
    method: Method,
    op: &'a Value,
    pointer: &'a str,
}

/// Reads one operation, phase by phase: its id, its parameters, its body,
/// its responses, its security.
fn build_operation(
    spec: &Spec,
    path: &str,
    method: Method,
    op: &Value,
    shared_params: Option<&Value>,
    op_pointer: &str,
    errors: &mut Vec<SpecError>,
) -> Operation {
    let site = OperationSite { spec, path, method, op, pointer: op_pointer };
    let id = operation_id(&site, errors);
    let OperationParams { path: path_params, query: query_params, header: header_params } =
        operation_params(&site, shared_params, errors);
    let (body, raw_body) = request_body(&site, errors);
    let (responses, default_response) = responses(&site, errors);
    let requires_bearer = security(spec, op, op_pointer, errors);
    let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::to_owned);
    Operation {
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
        header_params,
        body,
        raw_body,
        responses,
        default_response,
        requires_bearer,
        inputs: BTreeSet::new(),
        outputs: BTreeSet::new(),
    }
}

/// The operationId, which names Rust items; empty (with an error) if unusable.
fn operation_id(site: &OperationSite<'_>, errors: &mut Vec<SpecError>) -> String {
    let (spec, op_pointer) = (site.spec, site.pointer);
    match site.op.get("operationId") {
        Some(Value::String(id)) if is_rust_name(id) => id.clone(),
        Some(Value::String(id)) if !id.trim().is_empty() => {
            errors.push(spec.error(
                format!("{op_pointer}/operationId"),
                format!(
                    "operationId `{id}` must be ASCII letters, digits and `_`, starting with a letter: it names the generated method and types"
                ),
            ));
            String::new()
        }
        Some(_) => {
            errors.push(spec.error(format!("{op_pointer}/operationId"), "operationId must be a non-empty string"));
            String::new()
        }
        None => {
            errors.push(spec.error(
                op_pointer,
                format!(
                    "{} {} has no operationId: every operation needs one, it names the generated method",
                    site.method.as_str(),
                    site.path
                ),
            ));
            String::new()
        }
    }
}

/// An operation's parameters by where they travel.
struct OperationParams {
    path: Vec<Param>,
    query: Vec<Param>,
    header: Vec<Param>,
}

/// Headers the HTTP layer owns: OpenAPI says a parameter of these names is
/// ignored (`Authorization` belongs to the security scheme).
const IGNORED_HEADER_PARAMS: [&str; 3] = ["accept", "content-type", "authorization"];

/// Whether a parameter object (its `$ref` followed) is a header parameter
/// OpenAPI says to ignore: neither the router nor the client sees it.
pub(crate) fn is_ignored_header(spec: &Spec, param: &Value) -> bool {
    let param = spec.follow(param).unwrap_or(param);
    param.get("in").and_then(Value::as_str) == Some("header")
        && param
            .get("name")
            .and_then(Value::as_str)
            .is_some_and(|name| IGNORED_HEADER_PARAMS.contains(&name.to_ascii_lowercase().as_str()))
}

/// Path parameters in template order, query and header parameters in
/// document order: path-level ones first, overridden by operation-level
/// ones (a header's name compared without case).
fn operation_params(
    site: &OperationSite<'_>,
    shared_params: Option<&Value>,
    errors: &mut Vec<SpecError>,
) -> OperationParams {
    let (spec, op_pointer, path) = (site.spec, site.pointer, site.path);
    let mut params: Vec<Param> = Vec::new();
    let lists = [
        (shared_params, format!("{}/parameters", parent_pointer(op_pointer))),
        (site.op.get("parameters"), format!("{op_pointer}/parameters")),
    ];
    for (list, list_pointer) in lists {
        let Some(list) = list else { continue };
        let Some(list) = list.as_array() else {
            errors.push(spec.error(list_pointer, "parameters must be a list"));
            continue;
        };
        for (i, param) in list.iter().enumerate() {
            let param_pointer = format!("{list_pointer}/{i}");
            if is_ignored_header(spec, param) {
                continue;
            }
            if let Some(param) = build_param(spec, param, &param_pointer, errors) {
                let same = |p: &Param| match param.location {
                    ParamLocation::Header => p.name.eq_ignore_ascii_case(&param.name),
                    _ => p.name == param.name,
                };
                params.retain(|p| !(p.location == param.location && same(p)));
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
    let query_params: Vec<Param> = params.iter().filter(|p| p.location == ParamLocation::Query).cloned().collect();
    let header_params: Vec<Param> = params.into_iter().filter(|p| p.location == ParamLocation::Header).collect();
    // Path and query fields are one struct each on the server, but the
    // client's builder has one setter per parameter: all must differ.
    check_field_names(
        spec,
        path_params.iter().chain(&query_params).chain(&header_params).map(|p| (p.name.as_str(), p.pointer.as_str())),
        errors,
    );
    OperationParams { path: path_params, query: query_params, header: header_params }
}

/// The request body: a `$ref` to a component schema when it is JSON, or
/// bytes of one other media type.
fn request_body(site: &OperationSite<'_>, errors: &mut Vec<SpecError>) -> (Option<Body>, Option<RawBody>) {
    let (spec, op_pointer) = (site.spec, site.pointer);
    let mut raw_body = None;
    let body = site.op.get("requestBody").and_then(|body| {
        let body_pointer = format!("{op_pointer}/requestBody");
        let (body, body_pointer) = follow(spec, body, &body_pointer, "#/components/requestBodies/", errors)?;
        let required = body.get("required").and_then(Value::as_bool).unwrap_or(false);
        let others: Vec<&String> = body
            .get("content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
            .filter(|k| *k != JSON)
            .collect();
        if let [media_type] = others.as_slice()
            && body.pointer(&format!("/content/{}", escape_pointer(JSON))).is_none()
        {
            raw_body = Some(RawBody { media_type: (*media_type).clone(), required, pointer: body_pointer });
            return None;
        }
        let media = media(spec, body, &body_pointer);
        let schema = json_schema_ref(spec, body, &body_pointer, errors)?;
        Some(Body { schema, required, pointer: body_pointer, media })
    });
    if (body.is_some() || raw_body.is_some()) && site.method == Method::Get {
        errors.push(spec.error(format!("{op_pointer}/requestBody"), "a GET operation cannot have a request body"));
    }
    (body, raw_body)
}

/// The responses, by status code, each with its body schema and headers,
/// and the `default` response.
fn responses(site: &OperationSite<'_>, errors: &mut Vec<SpecError>) -> (Vec<Response>, Option<Response>) {
    let (spec, op_pointer) = (site.spec, site.pointer);
    let Some(map) = site.op.get("responses").and_then(Value::as_object) else {
        errors.push(spec.error(op_pointer, "the operation declares no responses"));
        return (Vec::new(), None);
    };
    let mut responses = Vec::new();
    for (status, response) in map {
        let response_pointer = format!("{op_pointer}/responses/{}", escape_pointer(status));
        let code = match status.parse::<u16>() {
            Ok(code) if (100..=599).contains(&code) && status.len() == 3 => code,
            _ if status == "default" => 0,
            _ => {
                errors.push(spec.error(
                    response_pointer,
                    format!(
                        "response key `{status}` is not supported: list each status code (such as \"400\"), or `default`; ranges cannot be typed"
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
        let (schema, media) = if response.get("content").is_some() {
            (json_schema_ref(spec, response, &resolved_pointer, errors), media(spec, response, &resolved_pointer))
        } else {
            (None, None)
        };
        let headers = headers(spec, response, &resolved_pointer, errors);
        let header_at = |name: &str| format!("{resolved_pointer}/headers/{}", escape_pointer(name));
        let header_pointers: Vec<(String, String)> =
            headers.iter().map(|h| (h.name.clone(), header_at(&h.name))).collect();
        check_field_names(spec, header_pointers.iter().map(|(n, at)| (n.as_str(), at.as_str())), errors);
        responses.push(Response {
            status: code,
            description,
            schema,
            component,
            pointer: resolved_pointer,
            headers,
            media,
        });
    }
    responses.sort_by_key(|r| r.status);
    let default_response = match responses.first() {
        Some(first) if first.status == 0 => Some(responses.remove(0)),
        _ => None,
    };
    check_response_kinds(spec, &responses, default_response.as_ref(), op_pointer, errors);
    (responses, default_response)
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

/// progenitor types every success response with one type (it asserts so,
/// and panics otherwise); the check here says so with a pointer instead. A
/// `default` response is a success when the operation lists none. Error
/// responses may differ by status: the server types each, and progenitor
/// is shown one error schema (see `prepare::error_responses`).
fn check_response_kinds(
    spec: &Spec,
    responses: &[Response],
    default_response: Option<&Response>,
    op_pointer: &str,
    errors: &mut Vec<SpecError>,
) {
    let has_success = responses.iter().any(|r| r.status < 300);
    let successes: Vec<&Response> =
        responses.iter().filter(|r| r.status < 400).chain(default_response.filter(|_| !has_success)).collect();
    let kinds: BTreeSet<Option<&str>> = successes.iter().map(|r| r.schema.as_deref()).collect();
    if kinds.len() > 1 {
        let listed: Vec<String> = successes
            .iter()
            .map(|r| {
                let status = if r.status == 0 { "default".to_owned() } else { r.status.to_string() };
                format!("{status} → {}", r.schema.as_deref().unwrap_or("no body"))
            })
            .collect();
        errors.push(spec.error(
            format!("{op_pointer}/responses"),
            format!(
                "all success responses of an operation must share one body schema (or all have none): {}",
                listed.join(", ")
            ),
        ));
    }
    if !has_success && default_response.is_none() {
        errors.push(spec.error(format!("{op_pointer}/responses"), "the operation declares no 2xx response"));
    }
}

/// Parameters (or headers) become fields of one Rust struct: each needs a
/// Rust name, and no two may get the same one.
fn check_field_names<'a>(spec: &Spec, names: impl Iterator<Item = (&'a str, &'a str)>, errors: &mut Vec<SpecError>) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (wire, at) in names {
        match field_name(wire) {
            None => errors
                .push(spec.error(at, format!("`{wire}` cannot be made a Rust field name: start it with a letter"))),
            Some(field) => {
                match seen.get(&field) {
                    Some(first) => errors.push(spec.error(
                        at,
                        format!("`{wire}` and `{first}` would both be the Rust field `{field}`: rename one"),
                    )),
                    None => {
                        seen.insert(field, wire);
                    }
                }
            }
        }
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
        Some("header") => ParamLocation::Header,
        Some(other) => {
            errors.push(spec.error(
                format!("{pointer}/in"),
                format!("{other} parameters are not supported; only path, query and header parameters are"),
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
            ParamLocation::Path | ParamLocation::Header => "simple",
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
    let schema = spec.follow(schema_node).cloned().unwrap_or(Value::Null);
    let shape = match Scalar::of(&schema) {
        Some(scalar) => ParamShape::One(scalar),
        None if schema.get("type").and_then(Value::as_str) == Some("array") && location == ParamLocation::Query => {
            let items = schema.get("items").map(|items| spec.follow(items).cloned().unwrap_or(Value::Null));
            match items.as_ref().and_then(Scalar::of) {
                Some(item) => {
                    ParamShape::List { item, explode: param.get("explode").and_then(Value::as_bool).unwrap_or(true) }
                }
                None => {
                    errors.push(spec.error(
                        format!("{pointer}/schema/items"),
                        format!("the items of list parameter `{name}` must be a string, integer, number or boolean"),
                    ));
                    return None;
                }
            }
        }
        None => {
            errors.push(spec.error(
                format!("{pointer}/schema"),
                format!(
                    "parameter `{name}` must have a scalar schema (string, integer, number or boolean){}",
                    if location == ParamLocation::Query { ", or be a list of one" } else { "" }
                ),
            ));
            return None;
        }
    };
    let required = param.get("required").and_then(Value::as_bool).unwrap_or(false);
    if location == ParamLocation::Path && !required {
        errors.push(spec.error(format!("{pointer}/required"), format!("path parameter `{name}` must be required")));
    }
    if location == ParamLocation::Header && http::HeaderName::from_bytes(name.as_bytes()).is_err() {
        errors.push(spec.error(format!("{pointer}/name"), format!("`{name}` is not a valid HTTP header name")));
        return None;
    }
    Some(Param {
        name,
        location,
        required,
        description: param.get("description").and_then(Value::as_str).map(str::to_owned),
        example: param.get("example").cloned(),
        schema,
        schema_ref,
        shape,
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
fn check_refs(spec: &Spec, references: &[Reference], errors: &mut Vec<SpecError>) {
    for reference in references {
        let at = format!("{}/$ref", reference.pointer);
        match &reference.target {
            Some(r) if r.starts_with("#/") => {
                if spec.resolve_ref(r).is_none() {
                    errors.push(spec.error(at, format!("dangling $ref: nothing at {r}")));
                }
            }
            Some(r) => errors.push(
                spec.error(at, format!("external $ref `{r}` is not supported: the document must be self-contained")),
            ),
            None => errors.push(spec.error(at, "$ref must be a string")),
        }
    }
}

/// Every `$ref` of the document, with where it is: the one walker of
/// references. Example values are data, so a `$ref` key inside one is just
/// a key.
pub fn references(node: &Value, at: &str, out: &mut Vec<Reference>) {
    match node {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref") {
                out.push(Reference { pointer: at.to_owned(), target: reference.as_str().map(str::to_owned) });
            }
            for (key, child) in map {
                if key == "example" || (key == "value" && at.contains("/examples/")) || key == "$ref" {
                    continue;
                }
                references(child, &format!("{at}/{}", escape_pointer(key)), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                references(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The JSON media of a body or response: its schema, its examples.
fn media(spec: &Spec, node: &Value, node_pointer: &str) -> Option<Media> {
    let media = node.pointer(&format!("/content/{}", escape_pointer(JSON)))?;
    let at = format!("{node_pointer}/content/{}", escape_pointer(JSON));
    let mut examples = Vec::new();
    if let Some(value) = media.get("example") {
        examples.push(Example { name: "example".to_owned(), pointer: format!("{at}/example"), value: value.clone() });
    }
    for (name, example) in media.get("examples").and_then(Value::as_object).into_iter().flatten() {
        let (example, pointer) = match example.get("$ref").and_then(Value::as_str) {
            Some(reference) => (spec.resolve_ref(reference), reference.trim_start_matches('#').to_owned()),
            None => (Some(example), format!("{at}/examples/{}", escape_pointer(name))),
        };
        if let Some(value) = example.and_then(|e| e.get("value")) {
            examples.push(Example { name: name.clone(), pointer, value: value.clone() });
        }
    }
    let schema = media.get("schema").cloned();
    Some(Media { pointer: at, schema, examples })
}

/// The headers a response declares (a `$ref` to `#/components/headers/` is followed).
fn headers(spec: &Spec, response: &Value, response_pointer: &str, errors: &mut Vec<SpecError>) -> Vec<Header> {
    let mut out = Vec::new();
    for (name, header) in response.get("headers").and_then(Value::as_object).into_iter().flatten() {
        let at = format!("{response_pointer}/headers/{}", escape_pointer(name));
        // OpenAPI: a response header named Content-Type is ignored.
        if name.eq_ignore_ascii_case("content-type") {
            continue;
        }
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if name.is_empty() || !name.bytes().all(token) {
            errors.push(spec.error(at, format!("`{name}` is not a valid HTTP header name")));
            continue;
        }
        let Some((header, _)) = follow(spec, header, &at, "#/components/headers/", errors) else { continue };
        let kind = match header.pointer("/schema/type").and_then(Value::as_str) {
            Some("integer") => HeaderKind::Integer,
            Some("string") | None => HeaderKind::String,
            Some(other) => {
                errors.push(spec.error(
                    format!("{at}/schema/type"),
                    format!("response header `{name}` of type `{other}` is not supported: use a string or an integer"),
                ));
                continue;
            }
        };
        out.push(Header {
            name: name.clone(),
            required: header.get("required").and_then(Value::as_bool).unwrap_or(false),
            description: header.get("description").and_then(Value::as_str).map(str::to_owned),
            kind,
        });
    }
    out
}
