//! For a document generated into a crate of its own: a server that answers
//! each operation with its response examples, and a call of each operation
//! through the generated client, so that a test can drive every example
//! over HTTP and check that both sides agree on it.
//!
//! The examples are the documented ones (every `example` and `examples`
//! entry of a response's JSON content) and, for a response that documents
//! none, one made from its schema (`documented: false`). The request of each
//! call is made the same way: each parameter's example, else a value made
//! from its schema; the body made from its schema. Made values take the
//! smallest valid shape: required properties only, the first `enum` value
//! or `oneOf` branch, the `minimum`, `minItems` items, the schema's own
//! `example` for a string with a `pattern`.
//!
//! Which example the server answers is chosen as Prism chooses it, by the
//! request's `Prefer: code=404, example=NotFound` header; without one, the
//! operation's first example.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::server::{ServerPaths, method_shape, variant_name};
use crate::Spec;
use crate::model::{Api, Operation, Response};

/// How deep a made value may nest before the schema is taken as endless.
const MAX_DEPTH: usize = 24;
/// How deep a full value (with optional members) goes.
const FULL_DEPTH: usize = 8;

/// One answer the examples server can give.
struct Answer<'a> {
    response: &'a Response,
    name: String,
    /// Its JSON, or `None` for a response without a JSON body.
    json: Option<Value>,
    documented: bool,
}

/// Emits the examples file: `RESPONSE_EXAMPLES`, the `Examples` server and
/// `call`. `client` is progenitor's client (its builders name the types each
/// setter takes).
pub fn emit(api: &Api, spec: &Spec, paths: &ServerPaths, client: &syn::File) -> Result<syn::File, String> {
    let setters = super::examples::builder_setters(client)?;
    let returns = client_returns(client);
    let mut table = Vec::new();
    let mut methods = Vec::new();
    let mut arms = Vec::new();
    for op in &api.operations {
        let answers = answers(op, spec);
        let first = table.len();
        for answer in &answers {
            let operation = &op.id;
            let status = answer.response.status;
            let name = &answer.name;
            let documented = answer.documented;
            let json = match &answer.json {
                Some(value) => {
                    let text =
                        super::server::raw_string(&serde_json::to_string_pretty(value).expect("JSON serializes"));
                    quote! { Some(#text) }
                }
                None => quote! { None },
            };
            table.push(quote! {
                ResponseExample { operation: #operation, status: #status, name: #name, documented: #documented, json: #json }
            });
        }
        if !answers.is_empty() {
            methods.push(method(op, api, paths, &answers, first));
        }
        let builder = setters.get(&op.id).ok_or_else(|| format!("progenitor wrote no builder `{}`", op.id))?;
        let ok_has_body = returns.get(&crate::names::method_name(&op.id)).copied().unwrap_or(false);
        let operation = &op.id;
        arms.push(call_arm(op, builder, ok_has_body, spec).unwrap_or_else(|why| {
            let why = format!("{operation} cannot be called: {why}");
            quote! { #operation => Err(#why.to_owned()), }
        }));
    }
    let trait_path: syn::Path = syn::parse_str(&format!("super::server::{}", paths.trait_name)).expect("a path");
    let count = table.len();
    let tokens = quote! {
        #![allow(unused_imports, unused_variables, clippy::all)]
        use super::server::*;
        use super::client::types;

        /// One example a response of the document has.
        #[derive(Clone, Copy, Debug)]
        pub struct ResponseExample {
            /// The operationId.
            pub operation: &'static str,
            /// The documented status.
            pub status: u16,
            /// The example's name (`example` for a lone `example`).
            pub name: &'static str,
            /// Whether the document gives it (else it is made from the schema).
            pub documented: bool,
            /// The body, or `None` for a response without a JSON body.
            pub json: Option<&'static str>,
        }

        /// Every response example, in document order.
        pub const RESPONSE_EXAMPLES: [ResponseExample; #count] = [#(#table),*];

        /// The example a request asks for with `Prefer: code=…, example=…`
        /// (either may be left out), else `operation`'s first one.
        pub fn preferred(headers: &::axum::http::HeaderMap, operation: &str, first: usize) -> &'static ResponseExample {
            let prefer = headers.get("prefer").and_then(|value| value.to_str().ok()).unwrap_or("");
            let (mut code, mut name) = (None, None);
            for part in prefer.split(',') {
                match part.trim().split_once('=') {
                    Some(("code", value)) => code = value.trim().parse::<u16>().ok(),
                    Some(("example", value)) => name = Some(value.trim()),
                    _ => {}
                }
            }
            RESPONSE_EXAMPLES
                .iter()
                .find(|example| {
                    example.operation == operation
                        && code.map_or(true, |code| code == example.status)
                        && name.map_or(true, |name| name == example.name)
                })
                .unwrap_or(&RESPONSE_EXAMPLES[first])
        }

        /// The example's body, as the response's type.
        fn decode<T: ::serde::de::DeserializeOwned>(example: &ResponseExample) -> T {
            let json = example.json.unwrap_or("null");
            ::serde_json::from_str(json).unwrap_or_else(|e| {
                panic!("the example `{}` of {} {} does not decode: {e}", example.name, example.operation, example.status)
            })
        }

        /// A server that answers each operation with one of its examples.
        #[derive(Clone, Copy, Debug, Default)]
        pub struct Examples;

        impl #trait_path for Examples {
            #(#methods)*
        }

        /// A value of `T` from its JSON.
        fn value<T: ::serde::de::DeserializeOwned>(json: &str) -> ::std::result::Result<T, ::std::string::String> {
            ::serde_json::from_str(json).map_err(|e| format!("{json} does not decode: {e}"))
        }

        /// The status and the JSON body of an answer (`null` without one).
        async fn outcome<T, E: ::serde::Serialize + ::std::fmt::Debug>(
            result: ::std::result::Result<::progenitor_client::ResponseValue<T>, ::progenitor_client::Error<E>>,
            body: impl FnOnce(T) -> ::serde_json::Value,
        ) -> ::std::result::Result<(u16, ::serde_json::Value), ::std::string::String> {
            match result {
                Ok(answer) => Ok((answer.status().as_u16(), body(answer.into_inner()))),
                Err(::progenitor_client::Error::ErrorResponse(answer)) => {
                    let status = answer.status().as_u16();
                    Ok((status, ::serde_json::to_value(answer.into_inner()).map_err(|e| e.to_string())?))
                }
                Err(::progenitor_client::Error::UnexpectedResponse(answer)) => {
                    let status = answer.status().as_u16();
                    let text = answer.text().await.map_err(|e| e.to_string())?;
                    Ok((status, ::serde_json::from_str(&text).unwrap_or(::serde_json::Value::String(text))))
                }
                Err(e) => Err(e.to_string()),
            }
        }

        /// Calls `operation` through the client, with its parameters' and
        /// body's examples (or values made from their schemas): the status
        /// and the JSON body of the answer.
        pub async fn call(
            client: &super::client::Client,
            operation: &str,
        ) -> ::std::result::Result<(u16, ::serde_json::Value), ::std::string::String> {
            match operation {
                #(#arms)*
                other => Err(format!("no operation `{other}`")),
            }
        }
    };
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| format!("the examples file does not parse: {e}"))?;
    // The trait's arguments name the server crate's runtime from `crate`,
    // as the server file does; it is moved to `paths.root` the same way.
    if paths.root != "crate" {
        let root: syn::Path = syn::parse_str(&paths.root).map_err(|e| format!("the root `{}`: {e}", paths.root))?;
        super::server::reroot(&mut file, &root, &paths.types);
    }
    Ok(file)
}

/// The answers of `op`: each documented example of each response, and for
/// a success response without one, one made from its schema (or its lack of
/// a body). Responses whose headers are required, and the `default`
/// response, are left out: their variants need more than a body.
fn answers<'a>(op: &'a Operation, spec: &Spec) -> Vec<Answer<'a>> {
    let mut answers = Vec::new();
    for response in &op.responses {
        if response.headers.iter().any(|h| h.required) {
            continue;
        }
        let examples = response.media.as_ref().map(|media| media.examples.as_slice()).unwrap_or_default();
        if response.schema.is_some() {
            for example in examples {
                answers.push(Answer {
                    response,
                    name: example.name.clone(),
                    json: Some(example.value.clone()),
                    documented: true,
                });
            }
        }
        if !examples.is_empty() || !(200..300).contains(&response.status) {
            continue;
        }
        // A schema no value can be made of (a `pattern` without an
        // `example`) leaves the response without an answer.
        let json = match &response.schema {
            Some(schema) => {
                match make(&serde_json::json!({ "$ref": format!("#/components/schemas/{schema}") }), spec, 0, true) {
                    Ok(value) => Some(value),
                    Err(_) => continue,
                }
            }
            None => None,
        };
        answers.push(Answer { response, name: "synthesized".to_owned(), json, documented: false });
    }
    answers
}

/// The `Examples` method of `op`.
fn method(op: &Operation, api: &Api, paths: &ServerPaths, answers: &[Answer<'_>], first: usize) -> TokenStream {
    let shape = method_shape(op, api, paths);
    let (method, response, args) = (&shape.method, &shape.response, &shape.args);
    let operation = &op.id;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.response.status).collect();
    statuses.dedup();
    let arms = statuses.iter().map(|&status| {
        let answer = answers.iter().find(|a| a.response.status == status).expect("a status of an answer");
        let variant = variant_name(status);
        let headers = !answer.response.headers.is_empty();
        let value = match (&answer.response.schema, headers) {
            (Some(_), false) => quote! { #response::#variant(decode(example)) },
            (Some(_), true) => quote! { #response::#variant(decode(example), Default::default()) },
            (None, true) => quote! { #response::#variant(Default::default()) },
            (None, false) => quote! { #response::#variant },
        };
        quote! { #status => #value, }
    });
    let unreachable = format!("{operation} has no example of another status");
    quote! {
        fn #method(&self, #(#args),*) -> impl ::std::future::Future<Output = #response> + Send {
            let example = preferred(&context.headers, #operation, #first);
            async move {
                match example.status {
                    #(#arms)*
                    _ => unreachable!(#unreachable),
                }
            }
        }
    }
}

/// Whether each client method's success carries a body that serializes
/// (not `()` nor a `ByteStream`), by method name.
fn client_returns(client: &syn::File) -> std::collections::BTreeMap<String, bool> {
    let mut returns = std::collections::BTreeMap::new();
    let builders = client.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    for item in builders.into_iter().flatten() {
        let syn::Item::Impl(block) = item else { continue };
        for member in &block.items {
            let syn::ImplItem::Fn(method) = member else { continue };
            if method.sig.ident != "send" {
                continue;
            }
            let output = match &method.sig.output {
                syn::ReturnType::Type(_, ty) => quote!(#ty).to_string().replace(' ', ""),
                syn::ReturnType::Default => continue,
            };
            let syn::Type::Path(self_ty) = &*block.self_ty else { continue };
            let Some(builder) = self_ty.path.segments.last() else { continue };
            let serializes = !output.contains("ResponseValue<()>") && !output.contains("ResponseValue<ByteStream>");
            returns.insert(crate::names::method_name(&builder.ident.to_string()), serializes);
        }
    }
    returns
}

/// The `call` arm of `op`.
fn call_arm(
    op: &Operation,
    setters: &super::examples::Setters,
    ok_has_body: bool,
    spec: &Spec,
) -> Result<TokenStream, String> {
    let method = format_ident!("{}", crate::names::method_name(&op.id));
    let mut calls = Vec::new();
    for param in op.params() {
        let given = param.example.clone().or_else(|| param.schema.get("example").cloned());
        if !param.required && given.is_none() {
            continue;
        }
        let setter_name = crate::names::method_name(&param.name);
        // Headers the client sets itself have no setter.
        let Some(target) = setters.get(&setter_name) else { continue };
        let value = match (given, param.shape) {
            // A list's example written as its query text (`a,b`).
            (Some(Value::String(text)), crate::model::ParamShape::List { .. }) => {
                Value::Array(text.split(',').map(|item| Value::String(item.to_owned())).collect())
            }
            (Some(value), _) => value,
            (None, _) => {
                make(&param.schema, spec, 0, false).map_err(|e| format!("{} parameter {}: {e}", op.id, param.name))?
            }
        };
        let setter = format_ident!("{setter_name}");
        let json = super::server::raw_string(&value.to_string());
        calls.push(quote! { .#setter(value::<#target>(#json)?) });
    }
    if let Some(body) = &op.body {
        let value =
            make(&serde_json::json!({ "$ref": format!("#/components/schemas/{}", body.schema) }), spec, 0, false)
                .map_err(|e| format!("{} body: {e}", op.id))?;
        let schema = format_ident!("{}", crate::names::type_name(&body.schema));
        let json = super::server::raw_string(&value.to_string());
        calls.push(quote! { .body(value::<types::#schema>(#json)?) });
    }
    if let Some(raw) = &op.raw_body {
        calls.push(raw_body(op, raw, spec)?);
    }
    let body = if ok_has_body {
        quote! { |body| ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null) }
    } else {
        quote! { |_| ::serde_json::Value::Null }
    };
    let operation = &op.id;
    Ok(quote! {
        #operation => outcome(client.#method() #(#calls)* .send().await, #body).await,
    })
}

/// The raw body of a call: a form of the required parts for
/// `multipart/form-data` (a file part for `format: binary`), else the
/// bytes `{}`.
fn raw_body(op: &Operation, raw: &crate::model::RawBody, spec: &Spec) -> Result<TokenStream, String> {
    if raw.media_type != "multipart/form-data" {
        let media_type = &raw.media_type;
        return Ok(quote! { .body(::reqwest::Body::from("{}")).content_type(#media_type) });
    }
    let media = format!("{}/content/multipart~1form-data/schema", raw.pointer);
    let schema = spec.raw.pointer(&media).ok_or_else(|| format!("{}: no schema at {media}", op.id))?;
    let schema = resolve(schema, spec)?;
    let mut parts = Vec::new();
    for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
        let property =
            schema.pointer(&crate::spec::pointer(["properties", name])).map(|p| resolve(p, spec)).transpose()?;
        let binary = property.and_then(|p| p.get("format")).and_then(Value::as_str) == Some("binary");
        parts.push(if binary {
            quote! { .part(#name, ::reqwest::multipart::Part::bytes(b"{}\n".to_vec()).file_name(#name)) }
        } else {
            let value = make(property.unwrap_or(&Value::Null), spec, 0, false)?;
            let text = match value {
                Value::String(text) => text,
                other => other.to_string(),
            };
            quote! { .text(#name, #text) }
        });
    }
    Ok(quote! { .body(::reqwest::multipart::Form::new() #(#parts)*) })
}

/// `schema` with its `$ref`s followed (through [`Spec::follow`]), however
/// many there are in a row.
fn resolve<'a>(mut schema: &'a Value, spec: &'a Spec) -> Result<&'a Value, String> {
    for _ in 0..MAX_DEPTH {
        if schema.get("$ref").is_none() {
            return Ok(schema);
        }
        schema = spec.follow(schema).ok_or_else(|| format!("`{}` points nowhere", schema["$ref"]))?;
    }
    Err("a `$ref` loop".to_owned())
}

/// The smallest valid value of `schema` (see the module's documentation);
/// with every optional member too, where one can be made, when `full`.
pub fn make(schema: &Value, spec: &Spec, depth: usize, full: bool) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err("the schema nests too deep to make a value of it".to_owned());
    }
    let schema = resolve(schema, spec)?;
    // Past a few levels only what is required: a schema that nests itself
    // optionally would otherwise double at each level.
    let full = full && depth < FULL_DEPTH;
    if let Some(value) = schema.get("const") {
        return Ok(value.clone());
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return values.iter().find(|v| !v.is_null()).cloned().ok_or_else(|| "an `enum` of only null".to_owned());
    }
    if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = serde_json::Map::new();
        for branch in branches {
            match make(branch, spec, depth + 1, full)? {
                Value::Object(members) => merged.extend(members),
                other if branches.len() == 1 => return Ok(other),
                _ => return Err("an `allOf` of something other than objects".to_owned()),
            }
        }
        return Ok(Value::Object(merged));
    }
    for key in ["oneOf", "anyOf"] {
        let Some(first) = schema.get(key).and_then(Value::as_array).and_then(|branches| branches.first()) else {
            continue;
        };
        if schema.get("properties").is_none() && schema.get("required").is_none() {
            return make(first, spec, depth + 1, full);
        }
        // Branches beside the object's own members: the first branch's
        // members join them.
        let first = resolve(first, spec)?;
        let mut combined = schema.clone();
        let object = combined.as_object_mut().expect("a schema with members is an object");
        object.remove(key);
        for member in ["properties", "required"] {
            let (Some(own), Some(more)) = (object.get(member).cloned(), first.get(member)) else {
                if let Some(more) = first.get(member) {
                    object.insert(member.to_owned(), more.clone());
                }
                continue;
            };
            let joined = match (own, more) {
                (Value::Object(mut own), Value::Object(more)) => {
                    own.extend(more.clone());
                    Value::Object(own)
                }
                (Value::Array(mut own), Value::Array(more)) => {
                    own.extend(more.iter().cloned());
                    Value::Array(own)
                }
                (own, _) => own,
            };
            object.insert(member.to_owned(), joined);
        }
        return make(&combined, spec, depth + 1, full);
    }
    let kind = match schema.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).find(|k| *k != "null").unwrap_or("null"),
        _ => "object",
    };
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    match kind {
        "object" => {
            let mut members = serde_json::Map::new();
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            for name in &required {
                let value = match schema.pointer(&crate::spec::pointer(["properties", name])) {
                    Some(property) => make(property, spec, depth + 1, full).map_err(|e| format!("{name}: {e}"))?,
                    None => Value::Object(serde_json::Map::new()),
                };
                members.insert((*name).to_owned(), value);
            }
            if full {
                let properties = schema.get("properties").and_then(Value::as_object).into_iter().flatten();
                for (name, property) in properties {
                    if required.contains(&name.as_str()) {
                        continue;
                    }
                    // An optional member nothing can be made of is left out.
                    if let Ok(value) = make(property, spec, depth + 1, full) {
                        members.insert(name.clone(), value);
                    }
                }
            }
            Ok(Value::Object(members))
        }
        "array" => {
            let count = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
            let items = schema.get("items").unwrap_or(&Value::Null);
            (0..count.max(u64::from(full)))
                .map(|_| make(items, spec, depth + 1, full))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        "integer" | "number" => {
            if let Some(example) = schema.get("example").filter(|e| e.is_number()) {
                return Ok(example.clone());
            }
            let low = bound("minimum").or(bound("exclusiveMinimum").map(|b| b + 1.0));
            let high = bound("maximum").or(bound("exclusiveMaximum").map(|b| b - 1.0));
            let value = high.map_or(low.unwrap_or(0.0), |high| low.unwrap_or(0.0).min(high));
            Ok(serde_json::json!(value.ceil() as i64))
        }
        "boolean" => Ok(Value::Bool(false)),
        "null" => Ok(Value::Null),
        "string" => {
            let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
            let text = match format {
                "uuid" => "00000000-0000-4000-8000-000000000001".to_owned(),
                "date-time" => "2026-01-01T00:00:00Z".to_owned(),
                "date" => "2026-01-01".to_owned(),
                "email" => "someone@example.com".to_owned(),
                "uri" | "url" => "https://example.com/".to_owned(),
                _ => match schema.get("example").and_then(Value::as_str) {
                    Some(example) => example.to_owned(),
                    None if schema.get("pattern").is_some() => {
                        return Err("a string with a `pattern` and no `example`".to_owned());
                    }
                    None => {
                        let length = schema.get("minLength").and_then(Value::as_u64).unwrap_or(1).max(1);
                        "x".repeat(usize::try_from(length).unwrap_or(1))
                    }
                },
            };
            Ok(Value::String(text))
        }
        other => Err(format!("a schema of type `{other}`")),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::make;
    use crate::Spec;

    /// A document of `schemas` alone.
    fn spec(schemas: serde_json::Value) -> Spec {
        let raw = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}});
        Spec::from_value(raw, "t.yaml").unwrap()
    }

    #[test]
    fn made_values_are_the_smallest_valid_ones() {
        let document = spec(json!({
            "Id": {"type": "string", "format": "uuid"},
            "Kind": {"type": "string", "enum": ["b", "a"]},
            "Thing": {"type": "object", "required": ["id", "kind", "count", "tags"], "properties": {
                "id": {"$ref": "#/components/schemas/Id"},
                "kind": {"$ref": "#/components/schemas/Kind"},
                "count": {"type": "integer", "minimum": 3},
                "tags": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 2}},
                "optional": {"type": "string"}
            }}
        }));
        let value = make(&json!({"$ref": "#/components/schemas/Thing"}), &document, 0, false).unwrap();
        assert_eq!(
            value,
            json!({"id": "00000000-0000-4000-8000-000000000001", "kind": "b", "count": 3, "tags": ["xx"]})
        );
        assert_eq!(make(&json!({"type": "integer", "maximum": -2}), &document, 0, false).unwrap(), json!(-2));
        assert_eq!(make(&json!({"type": "integer", "exclusiveMinimum": 0}), &document, 0, false).unwrap(), json!(1));
        assert_eq!(make(&json!({"oneOf": [{"const": 1}, {"const": 2}]}), &document, 0, false).unwrap(), json!(1));
        assert!(
            make(&json!({"type": "string", "pattern": "^a+$"}), &document, 0, false).unwrap_err().contains("pattern")
        );
        let either = json!({"required": ["id"], "properties": {"id": {"type": "integer"}, "a": {"type": "boolean"}},
            "anyOf": [{"required": ["a"]}, {"required": ["b"]}]});
        assert_eq!(make(&either, &document, 0, false).unwrap(), json!({"id": 0, "a": false}));
        let full = make(&json!({"$ref": "#/components/schemas/Thing"}), &document, 0, true).unwrap();
        assert_eq!(full["optional"], json!("x"), "a full value has the optional members: {full}");
        let endless = spec(json!({"Loop": {"type": "object", "required": ["next"],
            "properties": {"next": {"$ref": "#/components/schemas/Loop"}}}}));
        assert!(make(&json!({"$ref": "#/components/schemas/Loop"}), &endless, 0, false).is_err());
    }
}
