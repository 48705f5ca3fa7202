//! The server-trait generator: one trait for the whole API, typed inputs,
//! one response enum per operation, and an axum router that checks every
//! request against the spec before the trait is called.
//!
//! The emitted code leans on a hand-written runtime module (decoding, error
//! answers), whose path is a parameter, so the same emitter serves the real
//! server crate and the snapshot fixtures.

use heck::{ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

use crate::format::doc_lines;
use crate::json_schema;
use crate::model::{Api, Method, Operation, Param};
use crate::spec::{Spec, SpecError};

/// Where the emitted code finds what it uses.
#[derive(Clone)]
pub struct ServerPaths {
    /// The module holding the generated types (`::subscriptions_types`).
    pub types: syn::Path,
    /// The module holding the runtime (`crate::runtime`).
    pub runtime: syn::Path,
    /// The name of the trait (`SubscriptionsApi`).
    pub trait_name: String,
}

/// Emits the server code for `api`.
pub fn emit(spec: &Spec, api: &Api, paths: &ServerPaths) -> Result<syn::File, Vec<SpecError>> {
    let base_path = base_path(spec)?;
    let components = spec.raw.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
    let rt = &paths.runtime;
    let trait_ident = format_ident!("{}", paths.trait_name);

    let mut items = Vec::new();
    let mut trait_methods = Vec::new();
    let mut handlers = Vec::new();
    for op in &api.operations {
        let generated = Emitted::new(op, &components, paths);
        items.extend(generated.response_enum());
        items.extend(generated.query_struct());
        items.extend(generated.path_struct());
        items.extend(generated.schemas());
        trait_methods.push(generated.trait_method());
        handlers.push(generated.handler(&trait_ident));
    }

    let title = spec.raw.pointer("/info/title").and_then(Value::as_str).unwrap_or("API");
    let trait_docs = doc_lines(&format!(
        "{title}: one method per operation.\n\n\
         Implement it (each method can be an `async fn`) and serve it with [`router`]. \
         When a method is called, the router has already checked the bearer token \
         (its presence, then [`authenticate`](Self::authenticate)), the path, the query and \
         the body against the spec; the method's return type lists exactly the statuses \
         the spec documents for the operation."
    ));
    let mut routes = Vec::new();
    let mut paths_in_order: Vec<&str> = Vec::new();
    for op in &api.operations {
        if !paths_in_order.contains(&op.path.as_str()) {
            paths_in_order.push(&op.path);
        }
    }
    for path in paths_in_order {
        let ops: Vec<&Operation> = api.operations.iter().filter(|o| o.path == path).collect();
        let full = format!("{base_path}{path}");
        let mut allowed: Vec<&str> = ops.iter().map(|o| o.method.as_str()).collect();
        if ops.iter().any(|o| o.method == Method::Get) {
            allowed.push("HEAD");
        }
        allowed.sort();
        let allow = allowed.join(", ");
        let mut method_router = None;
        for op in ops {
            let handler = handler_ident(op);
            let method = format_ident!("{}", op.method.key());
            method_router = Some(match method_router {
                None => quote! { ::axum::routing::#method(#handler::<A>) },
                Some(chain) => quote! { #chain.#method(#handler::<A>) },
            });
        }
        routes.push(quote! {
            .route(
                #full,
                #method_router.fallback(|method: ::axum::http::Method| async move {
                    #rt::method_not_allowed(&method, #full, #allow)
                }),
            )
        });
    }
    let openapi_json = raw_string(&serde_json::to_string(&spec.raw).unwrap_or_default());

    items.push(syn::parse_quote! {
        #(#trait_docs)*
        pub trait #trait_ident: Send + Sync + 'static {
            /// Checks the caller before anything else about the request is
            /// looked at, so a bad token gets `401` even when the rest of the
            /// request is bad too. The default accepts every token (the
            /// router has already refused a missing or malformed one).
            fn authenticate(
                &self,
                context: &#rt::RequestContext,
            ) -> impl ::std::future::Future<Output = ::std::result::Result<(), #rt::Unauthenticated>> + Send {
                let _ = context;
                async { Ok(()) }
            }

            #(#trait_methods)*
        }
    });
    items.push(syn::parse_quote! {
        /// The path every operation is served under, from the spec's `servers`.
        pub const BASE_PATH: &str = #base_path;
    });
    items.push(syn::parse_quote! {
        /// The OpenAPI document this crate was generated from, as JSON; the
        /// router serves it at `GET /openapi.json`.
        pub const OPENAPI_JSON: &str = #openapi_json;
    });
    items.push(syn::parse_quote! {
        /// An axum router serving `api` with the default options.
        pub fn router<A: #trait_ident>(api: A) -> ::axum::Router {
            router_with_options(api, #rt::RouterOptions::default())
        }
    });
    items.push(syn::parse_quote! {
        /// An axum router serving `api`: every operation under [`BASE_PATH`],
        /// and the spec at `GET /openapi.json`. Unknown paths get `404` and
        /// undeclared methods `405` with `Allow`; requests over the limits of
        /// `options` are refused; every refusal is in the API's error format.
        pub fn router_with_options<A: #trait_ident>(api: A, options: #rt::RouterOptions) -> ::axum::Router {
            let routes = ::axum::Router::new()
                #(#routes)*
                .route(
                    "/openapi.json",
                    ::axum::routing::get(|| async { #rt::openapi(OPENAPI_JSON) }).fallback(
                        |method: ::axum::http::Method| async move {
                            #rt::method_not_allowed(&method, "/openapi.json", "GET, HEAD")
                        },
                    ),
                )
                .fallback(#rt::not_found)
                .with_state(#rt::AppState::new(api, options.clone()));
            #rt::protect(routes, &options)
        }
    });
    items.extend(handlers);

    let mut file: syn::File = syn::parse_quote! {};
    file.items = items;
    Ok(file)
}

/// The path of the first server URL (`/v2`); all servers must agree on it.
fn base_path(spec: &Spec) -> Result<String, Vec<SpecError>> {
    let Some(servers) = spec.raw.get("servers").and_then(Value::as_array) else {
        return Ok(String::new());
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
                return Err(vec![spec.error(
                    format!("/servers/{i}/url"),
                    format!("all servers must share one base path: `{path}` differs from `{first}`"),
                )]);
            }
            Some(_) => {}
        }
    }
    Ok(found.unwrap_or_default())
}

/// A raw string literal (`r#"…"#`), so embedded JSON reads as JSON.
fn raw_string(text: &str) -> proc_macro2::Literal {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}").parse().expect("a raw string literal")
}

fn handler_ident(op: &Operation) -> syn::Ident {
    format_ident!("handle_{}", op.id.to_snake_case())
}

/// The standard reason phrase of a status as a variant name.
fn variant_name(status: u16) -> syn::Ident {
    let reason = axum_reason(status);
    let name: String = reason
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
            format!("{first}{}", chars.as_str().to_ascii_lowercase())
        })
        .collect();
    format_ident!("{}", if name.is_empty() { format!("Status{status}") } else { name })
}

fn axum_reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// The Rust type of a parameter, from its (resolved) schema.
fn param_type(param: &Param) -> TokenStream {
    let ty = param.schema.get("type").and_then(Value::as_str).unwrap_or("string");
    let format = param.schema.get("format").and_then(Value::as_str).unwrap_or("");
    match (ty, format) {
        ("string", "uuid") => quote! { ::uuid::Uuid },
        ("string", _) => quote! { ::std::string::String },
        ("integer", _) => quote! { i64 },
        ("number", _) => quote! { f64 },
        ("boolean", _) => quote! { bool },
        _ => quote! { ::std::string::String },
    }
}

fn param_kind(param: &Param, rt: &syn::Path) -> TokenStream {
    match param.schema.get("type").and_then(Value::as_str).unwrap_or("string") {
        "integer" => quote! { #rt::ParamKind::Integer },
        "number" => quote! { #rt::ParamKind::Number },
        "boolean" => quote! { #rt::ParamKind::Boolean },
        _ => quote! { #rt::ParamKind::String },
    }
}

/// A Rust field name for a wire name such as `page[offset]`.
fn field_ident(name: &str) -> syn::Ident {
    let snake = name.replace(['[', ']', '.'], "_").to_snake_case();
    match syn::parse_str::<syn::Ident>(&snake) {
        Ok(ident) => ident,
        Err(_) => format_ident!("r#{snake}"),
    }
}

/// What one operation contributes.
struct Emitted<'a> {
    op: &'a Operation,
    components: &'a Map<String, Value>,
    paths: &'a ServerPaths,
    response: syn::Ident,
    method: syn::Ident,
    prefix: String,
}

impl<'a> Emitted<'a> {
    fn new(op: &'a Operation, components: &'a Map<String, Value>, paths: &'a ServerPaths) -> Self {
        Emitted {
            op,
            components,
            paths,
            response: format_ident!("{}Response", op.id),
            method: format_ident!("{}", op.id.to_snake_case()),
            prefix: op.id.to_shouty_snake_case(),
        }
    }

    fn query_ident(&self) -> syn::Ident {
        format_ident!("{}Query", self.op.id)
    }

    fn path_ident(&self) -> syn::Ident {
        format_ident!("{}Path", self.op.id)
    }

    fn consts(&self, what: &str) -> (syn::Ident, syn::Ident) {
        (format_ident!("{}_{what}_PARAMS", self.prefix), format_ident!("{}_{what}_SCHEMA", self.prefix))
    }

    fn response_enum(&self) -> Vec<syn::Item> {
        let types = &self.paths.types;
        let rt = &self.paths.runtime;
        let name = &self.response;
        let mut variants = Vec::new();
        let mut status_arms = Vec::new();
        let mut body_arms = Vec::new();
        for response in &self.op.responses {
            let variant = variant_name(response.status);
            let status = response.status;
            let doc = format!(" `{status} {}`: {}", axum_reason(status), response.description.trim());
            status_arms.push(match &response.schema {
                Some(_) => quote! { Self::#variant(_) => #status },
                None => quote! { Self::#variant => #status },
            });
            match &response.schema {
                Some(schema) => {
                    let schema = format_ident!("{}", schema);
                    variants.push(quote! { #[doc = #doc] #variant(#types::#schema) });
                    body_arms.push(quote! { Self::#variant(body) => #rt::json_response(status, &body) });
                }
                None => {
                    variants.push(quote! { #[doc = #doc] #variant });
                    body_arms.push(quote! { Self::#variant => #rt::no_content(status) });
                }
            }
        }
        let doc = format!(
            " The answers of `{}` (`{} {}`): one variant per status the spec documents.",
            self.op.id,
            self.op.method.as_str(),
            self.op.path
        );
        let generated: TokenStream = quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, PartialEq)]
            #[allow(clippy::large_enum_variant)]
            pub enum #name {
                #(#variants,)*
            }

            impl #name {
                /// The HTTP status of this answer.
                pub fn status(&self) -> ::axum::http::StatusCode {
                    let code: u16 = match self {
                        #(#status_arms,)*
                    };
                    ::axum::http::StatusCode::from_u16(code).unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
                }
            }

            impl ::axum::response::IntoResponse for #name {
                fn into_response(self) -> ::axum::response::Response {
                    let status = self.status();
                    match self {
                        #(#body_arms,)*
                    }
                }
            }
        };
        syn::parse2::<syn::File>(generated).map(|file| file.items).unwrap_or_default()
    }

    fn query_struct(&self) -> Option<syn::Item> {
        if self.op.query_params.is_empty() {
            return None;
        }
        let name = self.query_ident();
        let fields = self.op.query_params.iter().map(|p| {
            let ident = field_ident(&p.name);
            let wire = &p.name;
            let ty = param_type(p);
            let doc = doc_lines(p.description.as_deref().unwrap_or(&format!("The `{wire}` query parameter.")));
            if p.required {
                quote! { #(#doc)* #[serde(rename = #wire)] pub #ident: #ty }
            } else {
                quote! { #(#doc)* #[serde(rename = #wire, default)] pub #ident: ::std::option::Option<#ty> }
            }
        });
        let doc = format!(" The query parameters of `{}`, by their names on the wire.", self.op.id);
        Some(syn::parse_quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
            pub struct #name {
                #(#fields,)*
            }
        })
    }

    fn path_struct(&self) -> Option<syn::Item> {
        if self.op.path_params.is_empty() {
            return None;
        }
        let name = self.path_ident();
        let fields = self.op.path_params.iter().map(|p| {
            let ident = field_ident(&p.name);
            let wire = &p.name;
            let ty = param_type(p);
            quote! { #[serde(rename = #wire)] #ident: #ty }
        });
        Some(syn::parse_quote! {
            #[derive(::serde::Deserialize)]
            struct #name {
                #(#fields,)*
            }
        })
    }

    fn params_schema(&self, params: &[Param]) -> String {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for p in params {
            let schema = match &p.schema_ref {
                Some(name) => json!({ "$ref": format!("#/components/schemas/{name}") }),
                None => p.schema.clone(),
            };
            properties.insert(p.name.clone(), json_schema::translate(&schema));
            if p.required {
                required.push(Value::String(p.name.clone()));
            }
        }
        let mut schema = json!({ "type": "object", "properties": properties });
        if !required.is_empty() {
            schema["required"] = Value::Array(required);
        }
        json_schema::bundle(self.components, schema).to_string()
    }

    fn schemas(&self) -> Vec<syn::Item> {
        let rt = &self.paths.runtime;
        let mut items = Vec::new();
        for (what, params) in [("QUERY", &self.op.query_params), ("PATH", &self.op.path_params)] {
            if params.is_empty() {
                continue;
            }
            let (params_const, schema_const) = self.consts(what);
            let list = params.iter().map(|p| {
                let name = &p.name;
                let kind = param_kind(p, rt);
                quote! { #rt::Param { name: #name, kind: #kind } }
            });
            let schema = raw_string(&self.params_schema(params));
            items.push(syn::parse_quote! {
                const #params_const: &[#rt::Param] = &[#(#list),*];
            });
            items.push(syn::parse_quote! {
                static #schema_const: #rt::Schema = #rt::Schema::new(#schema);
            });
        }
        if let Some(body) = &self.op.body {
            let (_, schema_const) = self.consts("BODY");
            let root = json_schema::translate(&json!({ "$ref": format!("#/components/schemas/{}", body.schema) }));
            let schema = raw_string(&json_schema::bundle(self.components, root).to_string());
            items.push(syn::parse_quote! {
                static #schema_const: #rt::Schema = #rt::Schema::new(#schema);
            });
        }
        items
    }

    fn trait_method(&self) -> TokenStream {
        let rt = &self.paths.runtime;
        let types = &self.paths.types;
        let method = &self.method;
        let response = &self.response;
        let mut text = String::new();
        if let Some(summary) = &self.op.summary {
            text.push_str(summary.trim());
            text.push_str("\n\n");
        }
        if let Some(description) = &self.op.description {
            text.push_str(description.trim());
            text.push_str("\n\n");
        }
        text.push_str(&format!("`{} {}` (operation `{}`)", self.op.method.as_str(), self.op.path, self.op.id));
        let doc = doc_lines(&text);
        let mut args = vec![quote! { context: #rt::RequestContext }];
        for p in &self.op.path_params {
            let ident = field_ident(&p.name);
            let ty = param_type(p);
            args.push(quote! { #ident: #ty });
        }
        if !self.op.query_params.is_empty() {
            let query = self.query_ident();
            args.push(quote! { query: #query });
        }
        if let Some(body) = &self.op.body {
            let schema = format_ident!("{}", body.schema);
            args.push(quote! { body: #types::#schema });
        }
        quote! {
            #(#doc)*
            fn #method(&self, #(#args),*) -> impl ::std::future::Future<Output = #response> + Send;
        }
    }

    fn handler(&self, trait_ident: &syn::Ident) -> syn::Item {
        let rt = &self.paths.runtime;
        let types = &self.paths.types;
        let name = handler_ident(self.op);
        let method = &self.method;
        let op_id = &self.op.id;
        let requires_bearer = self.op.requires_bearer;
        let mut steps = Vec::new();
        let mut call_args = vec![quote! { context }];
        if !self.op.path_params.is_empty() {
            let (params, schema) = self.consts("PATH");
            let path = self.path_ident();
            steps.push(quote! {
                let path: #path = match #rt::path_params(&mut parts, #params, &#schema).await {
                    Ok(path) => path,
                    Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
                };
            });
            for p in &self.op.path_params {
                let ident = field_ident(&p.name);
                call_args.push(quote! { path.#ident });
            }
        }
        if !self.op.query_params.is_empty() {
            let (params, schema) = self.consts("QUERY");
            let query = self.query_ident();
            steps.push(quote! {
                let query: #query = match #rt::query_params(&parts, #params, &#schema) {
                    Ok(query) => query,
                    Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
                };
            });
            call_args.push(quote! { query });
        }
        if let Some(body) = &self.op.body {
            let (_, schema) = self.consts("BODY");
            let ty = format_ident!("{}", body.schema);
            steps.push(quote! {
                let body: #types::#ty = match #rt::json_body(&parts, body, &#schema, &state.options).await {
                    Ok(body) => body,
                    Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
                };
            });
            call_args.push(quote! { body });
        }
        let parts_binding = if self.op.path_params.is_empty() {
            quote! { parts }
        } else {
            quote! { mut parts }
        };
        let body_binding = if self.op.body.is_some() {
            quote! { body }
        } else {
            quote! { _body }
        };
        let doc = format!(" Serves `{op_id}`: checks the request, then calls the implementation.");
        syn::parse_quote! {
            #[doc = #doc]
            async fn #name<A: #trait_ident>(
                ::axum::extract::State(state): ::axum::extract::State<#rt::AppState<A>>,
                request: ::axum::extract::Request,
            ) -> ::axum::response::Response {
                let (#parts_binding, #body_binding) = request.into_parts();
                let context = match #rt::authorize(&parts, #op_id, #requires_bearer) {
                    Ok(context) => context,
                    Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
                };
                if let Err(refused) = state.api.authenticate(&context).await {
                    return ::axum::response::IntoResponse::into_response(refused);
                }
                #(#steps)*
                #rt::call(state.api.#method(#(#call_args),*)).await
            }
        }
    }
}

/// The paths the real server crate uses.
pub fn crate_paths() -> ServerPaths {
    ServerPaths {
        types: syn::parse_quote!(::subscriptions_types),
        runtime: syn::parse_quote!(crate::runtime),
        trait_name: "SubscriptionsApi".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_reason_phrases() {
        assert_eq!(variant_name(200), "Ok");
        assert_eq!(variant_name(204), "NoContent");
        assert_eq!(variant_name(500), "InternalServerError");
        assert_eq!(variant_name(299), "Status299");
    }

    #[test]
    fn wire_names_become_fields() {
        assert_eq!(field_ident("page[offset]"), "page_offset");
        assert_eq!(field_ident("filter"), "filter");
        assert_eq!(field_ident("type"), "r#type");
    }
}
