//! The server-trait generator: one trait for the whole API, typed inputs,
//! one response enum per operation, and an axum router that checks every
//! request against the spec before the trait is called.
//!
//! Everything comes from the model ([`Api`]). Each handler is a few lines
//! driven by a per-operation descriptor; the checks themselves live in the
//! server crate's hand-written runtime. Phases: [`emit`] (the file) →
//! per operation, `Emitted` (response enum and headers, query and path
//! structs, schemas, descriptor, trait method, handler) → the trait and the
//! router.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Value, json};

use super::schema_check;
use crate::format::doc_lines;
use crate::json_schema;
use crate::model::{Api, ErrorShape, HeaderKind, Operation, Param, ParamLocation, ParamShape, Response, Scalar};

/// Where the emitted code finds what it uses.
#[derive(Clone, Debug)]
pub struct ServerPaths {
    /// The module holding the generated types (`::elasticpath_subscriptions_types`).
    pub types: String,
    /// The name of the trait (`SubscriptionsApi`).
    pub trait_name: String,
    /// The JSON document, relative to the generated file, for `include_str!`.
    pub openapi_file: String,
    /// Where the server crate's runtime and request types are: `crate` inside
    /// the server crate, `::elasticpath_subscriptions_server` for a document
    /// generated into a crate of its own.
    pub root: String,
}

impl ServerPaths {
    /// The server crate's own generated file.
    pub fn workspace() -> ServerPaths {
        ServerPaths {
            types: "::elasticpath_subscriptions_types".to_owned(),
            trait_name: "SubscriptionsApi".to_owned(),
            openapi_file: "openapi.json".to_owned(),
            root: "crate".to_owned(),
        }
    }

    /// A document generated into a crate of its own, beside its types
    /// (`crate::types`), on the published server crate's runtime.
    pub fn external(openapi_file: &str) -> ServerPaths {
        ServerPaths {
            types: "crate::types".to_owned(),
            trait_name: "Api".to_owned(),
            openapi_file: openapi_file.to_owned(),
            root: "::elasticpath_subscriptions_server".to_owned(),
        }
    }

    /// A fixture's snapshot, compiled inside the server crate's tests.
    pub fn fixture(openapi_file: &str) -> ServerPaths {
        ServerPaths {
            types: "self::types".to_owned(),
            trait_name: "Api".to_owned(),
            openapi_file: openapi_file.to_owned(),
            root: "crate".to_owned(),
        }
    }

    fn types(&self) -> syn::Path {
        syn::parse_str(&self.types).expect("the types path is a path")
    }
}

/// Emits the server code for `api`.
pub fn emit(api: &Api, paths: &ServerPaths) -> syn::File {
    let trait_ident = format_ident!("{}", paths.trait_name);
    let mut items: Vec<syn::Item> = error_items(api, paths);
    let mut headers_emitted = BTreeSet::new();
    let mut trait_methods = Vec::new();
    let mut handlers = Vec::new();
    let mut checks = schema_check::Checks::default();
    for op in &api.operations {
        let emitted = Emitted::new(op, api, paths);
        items.extend(emitted.headers_structs(&mut headers_emitted));
        items.extend(emitted.response_enum());
        items.extend(emitted.input_struct(ParamLocation::Query));
        items.extend(emitted.input_struct(ParamLocation::Header));
        items.extend(emitted.path_struct());
        items.extend(emitted.descriptor(&mut checks));
        trait_methods.push(emitted.trait_method());
        handlers.push(emitted.handler(&trait_ident));
    }
    items.extend(self::items("the compiled request checks", checks.finish()));
    items.extend(the_trait(api, &trait_ident, &trait_methods));
    items.extend(router_items(api, paths, &trait_ident));
    items.extend(handlers);
    let mut file: syn::File = syn::parse_quote! {};
    file.items = items;
    if paths.root != "crate" {
        let root: syn::Path = syn::parse_str(&paths.root).expect("the root is a path");
        reroot(&mut file, &root, &paths.types);
    }
    file
}

/// Every path the emitter wrote from `crate` (the server crate's runtime and
/// request types: the generated items name each other without it), except
/// those into the types (`types`), is made to start from `root` instead.
pub(crate) fn reroot(file: &mut syn::File, root: &syn::Path, types: &str) {
    use syn::visit_mut::VisitMut;
    struct Reroot<'a>(&'a syn::Path, String);
    impl VisitMut for Reroot<'_> {
        fn visit_path_mut(&mut self, path: &mut syn::Path) {
            syn::visit_mut::visit_path_mut(self, path);
            let text = quote!(#path).to_string().replace(' ', "");
            if text == self.1 || text.starts_with(&format!("{}::", self.1)) {
                return;
            }
            if path.leading_colon.is_none() && path.segments.first().is_some_and(|s| s.ident == "crate") {
                let rest: Vec<syn::PathSegment> = path.segments.iter().skip(1).cloned().collect();
                let mut rooted = self.0.clone();
                rooted.segments.extend(rest);
                *path = rooted;
            }
        }

        /// A `use crate::…` (the compiled checks' traits) is rerooted
        /// too; the emitter writes none into the types.
        fn visit_item_use_mut(&mut self, item: &mut syn::ItemUse) {
            if let syn::UseTree::Path(first) = &item.tree
                && first.ident == "crate"
                && item.leading_colon.is_none()
            {
                let mut tree = (*first.tree).clone();
                for segment in self.0.segments.iter().rev() {
                    tree = syn::UseTree::Path(syn::UsePath {
                        ident: segment.ident.clone(),
                        colon2_token: Default::default(),
                        tree: Box::new(tree),
                    });
                }
                item.leading_colon = self.0.leading_colon;
                item.tree = tree;
            }
        }
    }
    Reroot(root, types.replace(' ', "")).visit_file_mut(file);
}

/// Parses tokens the generator wrote itself: failing here is a bug of the
/// generator, and says where.
fn items(what: &str, tokens: TokenStream) -> Vec<syn::Item> {
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => file.items,
        Err(e) => panic!("the server generator wrote {what} that does not parse: {e}"),
    }
}

/// `error_body`, the one constructor of the spec's error format, and
/// `error_answer`, which the router renders every refusal with.
fn error_items(api: &Api, paths: &ServerPaths) -> Vec<syn::Item> {
    let types = paths.types();
    let Some(error) = &api.error else {
        return items(
            "the error answer",
            quote! {
                /// The answers the router gives itself. The spec declares no
                /// error schema, so they are `{"title": …, "details": […]}`.
                fn error_answer(status: ::axum::http::StatusCode, title: &str, details: &[::std::string::String]) -> ::axum::response::Response {
                    crate::runtime::json_response(status, &::serde_json::json!({ "title": title, "details": details }), &[])
                }
            },
        );
    };
    let schema = format_ident!("{}", crate::names::type_name(&error.schema));
    let members = match &error.shape {
        ErrorShape::List { members, .. } | ErrorShape::Single(members) => *members,
    };
    // One error object, as the schema declares its members (the model
    // made sure it has a title or a detail, so `'a` is always used).
    let mut fields = Vec::new();
    let mut values = Vec::new();
    if members.status {
        if members.status_is_number {
            fields.push(quote! { status: u16 });
            values.push(quote! { status: status.as_u16() });
        } else {
            fields.push(quote! { #[serde(serialize_with = "status_text")] status: ::axum::http::StatusCode });
            values.push(quote! { status });
        }
    }
    if members.title {
        fields.push(quote! { title: &'a str });
        values.push(quote! { title });
    }
    if members.detail_required {
        // The schema requires a detail: an error without one repeats its title.
        fields.push(quote! { detail: ::std::borrow::Cow<'a, str> });
        values.push(quote! { detail: detail.unwrap_or(::std::borrow::Cow::Borrowed(title)) });
    } else if members.detail {
        fields.push(quote! {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<::std::borrow::Cow<'a, str>>
        });
        values.push(quote! { detail });
    }
    let one = quote! {
        /// One error, as the spec's error schema holds it.
        #[derive(::serde::Serialize)]
        struct WireError<'a> {
            #(#fields,)*
        }
    };
    let status_text = (members.status && !members.status_is_number).then(|| {
        quote! {
            /// A status as the schema writes it: text, such as `"400"`.
            fn status_text<S: ::serde::Serializer>(status: &::axum::http::StatusCode, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(status.as_str())
            }
        }
    });
    let make = quote! {
        |detail: ::std::option::Option<::std::borrow::Cow<'a, str>>| {
            let _ = (&status, &title, &detail);
            WireError { #(#values,)* }
        }
    };
    let (wire_items, wire_type, build) = match &error.shape {
        ErrorShape::List { list, .. } => (
            quote! {
                #one

                /// The error body: a list of errors.
                #[derive(::serde::Serialize)]
                struct Wire<'a> {
                    #[serde(rename = #list)]
                    errors: ::std::vec::Vec<WireError<'a>>,
                }
            },
            quote! { Wire<'a> },
            quote! {
                let each = #make;
                let errors = if details.is_empty() {
                    vec![each(None)]
                } else {
                    details.iter().map(|detail| each(Some(::std::borrow::Cow::Borrowed(detail.as_str())))).collect()
                };
                Wire { errors }
            },
        ),
        ErrorShape::Single(_) => (
            quote! { #one },
            quote! { WireError<'a> },
            quote! {
                let make = #make;
                make((!details.is_empty()).then(|| ::std::borrow::Cow::Owned(details.join("; "))))
            },
        ),
    };
    let doc = format!(
        " Builds a body in the spec's error format, `{}`: every answer the router gives itself, and the helpers of this crate, are built here.",
        error.schema
    );
    let alias_doc = format!(
        " The spec's error schema, `{}`: the body of every error answer, whatever the schema is named.",
        error.schema
    );
    items(
        "the error constructor",
        quote! {
            #[doc = #alias_doc]
            pub type ErrorBody = #types::#schema;

            #wire_items

            #status_text

            /// The error format as the router writes it: the one place its
            /// shape is written.
            fn error_wire<'a>(status: ::axum::http::StatusCode, title: &'a str, details: &'a [::std::string::String]) -> #wire_type {
                #build
            }

            #[doc = #doc]
            pub fn error_body(status: ::axum::http::StatusCode, title: &str, details: &[::std::string::String]) -> ErrorBody {
                let value = ::serde_json::to_value(error_wire(status, title, details)).expect("an error serializes");
                ::serde_json::from_value(value).expect("the generator builds a value of the error schema from its members")
            }

            /// The answers the router gives itself, in the error format,
            /// serialized straight from the borrowed wire form: a refusal
            /// costs no more than it must.
            fn error_answer(status: ::axum::http::StatusCode, title: &str, details: &[::std::string::String]) -> ::axum::response::Response {
                crate::runtime::json_response(status, &error_wire(status, title, details), &[])
            }
        },
    )
}

fn the_trait(api: &Api, trait_ident: &syn::Ident, methods: &[TokenStream]) -> Vec<syn::Item> {
    let docs = doc_lines(&format!(
        "{}: one method per operation.\n\n\
         Implement it (each method can be an `async fn`) and serve it with [`router`]. \
         When a method is called, the router has already checked the bearer token \
         (its presence, then [`authenticate`](Self::authenticate)), the path, the query and \
         the body against the spec; the method's return type lists exactly the statuses \
         the spec documents for the operation.\n\n\
         A method with a default answers that it is not implemented, with a status the \
         spec documents for it: implement only the operations you serve.",
        api.title
    ));
    let tokens = quote! {
        #(#docs)*
        pub trait #trait_ident: Send + Sync + 'static {
            /// Checks the caller before anything else about the request is
            /// looked at, so a bad token gets `401` even when the rest of the
            /// request is bad too. The default accepts every token (the
            /// router has already refused a missing or malformed one).
            fn authenticate(
                &self,
                context: &crate::RequestContext,
            ) -> impl ::std::future::Future<Output = ::std::result::Result<(), crate::Unauthenticated>> + Send {
                let _ = context;
                async { Ok(()) }
            }

            #(#methods)*
        }

        /// The implementation's `authenticate`, as the runtime calls it.
        struct Gate<'a, A>(&'a A);

        impl<A: #trait_ident> crate::runtime::Authenticate for Gate<'_, A> {
            fn check(
                &self,
                context: &crate::RequestContext,
            ) -> impl ::std::future::Future<Output = ::std::result::Result<(), crate::Unauthenticated>> + Send {
                self.0.authenticate(context)
            }
        }
    };
    items("the trait", tokens)
}

fn router_items(api: &Api, paths: &ServerPaths, trait_ident: &syn::Ident) -> Vec<syn::Item> {
    let base_path = &api.base_path;
    let openapi_file = &paths.openapi_file;
    let routes = api.routes.iter().map(|route| {
        let full = format!("{base_path}{}", route.path);
        let allow = &route.allow;
        let mut chain = quote! {};
        for (n, &index) in route.operations.iter().enumerate() {
            let op = &api.operations[index];
            let handler = handler_ident(op);
            let method = format_ident!("{}", op.method.key());
            chain = if n == 0 {
                quote! { ::axum::routing::#method(#handler::<A>) }
            } else {
                quote! { #chain.#method(#handler::<A>) }
            };
        }
        quote! {
            .route(
                #full,
                #chain.fallback(|method: ::axum::http::Method| async move {
                    crate::runtime::method_not_allowed(&method, #full, #allow)
                }),
            )
        }
    });
    let infos = api.operations.iter().map(|op| {
        let (id, method, path) = (&op.id, op.method.as_str(), &op.path);
        quote! { crate::OperationInfo { id: #id, method: #method, path: #path } }
    });
    // The resources the API serves: the `data` of its answers' envelopes.
    let resources: std::collections::BTreeSet<&str> = api
        .operations
        .iter()
        .flat_map(|op| &op.responses)
        .filter_map(|response| response.schema.as_deref())
        .filter_map(|envelope| api.schemas.get(envelope)?.pointer("/properties/data/$ref")?.as_str())
        .filter_map(|reference| reference.strip_prefix("#/components/schemas/"))
        .collect();
    let resource_schemas = resources.iter().map(|name| {
        let root = json_schema::translate(&json!({ "$ref": format!("#/components/schemas/{name}") }));
        let json = raw_string(&pretty(&json_schema::bundle(&api.schemas, root)));
        quote! { (#name, #json) }
    });
    items(
        "the router",
        quote! {
            /// The path every operation is served under, from the spec's `servers`.
            pub const BASE_PATH: &str = #base_path;

            /// Every operation of the API, in the spec's order: its id, method
            /// and path template (under [`BASE_PATH`]).
            pub const OPERATIONS: &[crate::OperationInfo] = &[#(#infos),*];

            /// The OpenAPI document this crate was generated from, as JSON; the
            /// router serves it at `GET /openapi.json`.
            pub const OPENAPI_JSON: &str = include_str!(#openapi_file);

            /// The JSON Schema (2020-12) of every resource the API serves (the
            /// `data` of its answers), by schema name: to check records that
            /// come from elsewhere, such as a fake's state file.
            pub const RESOURCE_SCHEMAS: &[(&str, &str)] = &[#(#resource_schemas),*];

            /// An axum router serving `api` with the default options.
            pub fn router<A: #trait_ident>(api: A) -> ::axum::Router {
                router_with_options(api, crate::RouterOptions::default())
            }

            /// An axum router serving `api`: every operation under [`BASE_PATH`],
            /// and the spec at `GET /openapi.json`. Unknown paths get `404` and
            /// undeclared methods `405` with `Allow`; requests over the limits of
            /// `options` are refused; every refusal is in the API's error format.
            pub fn router_with_options<A: #trait_ident>(api: A, options: crate::RouterOptions) -> ::axum::Router {
                let routes = ::axum::Router::new()
                    #(#routes)*
                    .route(
                        "/openapi.json",
                        ::axum::routing::get(|| async { crate::runtime::openapi(OPENAPI_JSON) }).fallback(
                            |method: ::axum::http::Method| async move {
                                crate::runtime::method_not_allowed(&method, "/openapi.json", "GET, HEAD")
                            },
                        ),
                    )
                    .fallback(crate::runtime::not_found)
                    .with_state(crate::runtime::AppState::new(api, options.clone()));
                crate::runtime::protect(routes, &options, error_answer)
            }
        },
    )
}

/// A raw string literal (`r#"…"#`), so embedded JSON reads as JSON.
pub(crate) fn raw_string(text: &str) -> proc_macro2::Literal {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}").parse().expect("a raw string literal parses")
}

fn handler_ident(op: &Operation) -> syn::Ident {
    format_ident!("handle_{}", crate::names::method_name(&op.id))
}

/// The standard reason phrase of a status as a variant name.
pub(crate) fn variant_name(status: u16) -> syn::Ident {
    let reason = reason(status);
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

/// The reason phrase of a status (RFC 9110), for names and docs; `Default`
/// for the `default` response (status `0` in the model).
fn reason(status: u16) -> &'static str {
    match status {
        0 => "Default",
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
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// The Rust type of a parameter, from its (resolved) schema: an integer
/// that cannot be negative is a `u64`, as the client's builders take it.
fn param_type(param: &Param) -> TokenStream {
    let scalar = match param.shape.scalar() {
        Scalar::Uuid => quote! { ::uuid::Uuid },
        Scalar::Integer { unsigned: true } => quote! { u64 },
        Scalar::Integer { unsigned: false } => quote! { i64 },
        Scalar::Number => quote! { f64 },
        Scalar::Boolean => quote! { bool },
        Scalar::String => quote! { ::std::string::String },
    };
    match param.shape {
        ParamShape::One(_) => scalar,
        ParamShape::List { .. } => quote! { ::std::vec::Vec<#scalar> },
    }
}

/// How the router reads a parameter: `crate::runtime::Param`'s kind and shape.
fn param_reading(param: &Param) -> (TokenStream, TokenStream) {
    let kind = match param.shape.scalar() {
        Scalar::Integer { .. } => quote! { crate::runtime::ParamKind::Integer },
        Scalar::Number => quote! { crate::runtime::ParamKind::Number },
        Scalar::Boolean => quote! { crate::runtime::ParamKind::Boolean },
        Scalar::String | Scalar::Uuid => quote! { crate::runtime::ParamKind::String },
    };
    let shape = match param.shape {
        ParamShape::One(_) => quote! { crate::runtime::ParamShape::One },
        ParamShape::List { explode: true, .. } => quote! { crate::runtime::ParamShape::Repeated },
        ParamShape::List { explode: false, .. } => quote! { crate::runtime::ParamShape::CommaSeparated },
    };
    (kind, shape)
}

/// A Rust field name for a wire name such as `page[offset]` (the model
/// has refused names that make none).
fn field_ident(name: &str) -> syn::Ident {
    let snake = crate::names::field_name(name).expect("the model checked every field name");
    match syn::parse_str::<syn::Ident>(&snake) {
        Ok(ident) => ident,
        Err(_) => format_ident!("r#{snake}"),
    }
}

/// How an implementation of the trait writes one operation's method.
pub(crate) struct MethodShape {
    /// The method's name.
    pub method: syn::Ident,
    /// Its response enum.
    pub response: syn::Ident,
    /// Its arguments, `name: Type`, the context first.
    pub args: Vec<TokenStream>,
}

/// The shape of `op`'s trait method, as [`emit`] declares it.
pub(crate) fn method_shape(op: &Operation, api: &Api, paths: &ServerPaths) -> MethodShape {
    let emitted = Emitted::new(op, api, paths);
    let (args, _) = emitted.arguments();
    MethodShape { method: emitted.method, response: emitted.response, args }
}

/// What one operation contributes.
struct Emitted<'a> {
    op: &'a Operation,
    api: &'a Api,
    paths: &'a ServerPaths,
    response: syn::Ident,
    method: syn::Ident,
    prefix: String,
}

impl<'a> Emitted<'a> {
    fn new(op: &'a Operation, api: &'a Api, paths: &'a ServerPaths) -> Self {
        Emitted {
            op,
            api,
            paths,
            response: format_ident!("{}Response", crate::names::type_name(&op.id)),
            method: format_ident!("{}", crate::names::method_name(&op.id)),
            prefix: crate::names::constant_prefix(&op.id),
        }
    }

    fn query_ident(&self) -> syn::Ident {
        format_ident!("{}Query", crate::names::type_name(&self.op.id))
    }

    fn request_headers_ident(&self) -> syn::Ident {
        format_ident!("{}RequestHeaders", crate::names::type_name(&self.op.id))
    }

    fn path_ident(&self) -> syn::Ident {
        format_ident!("{}Path", crate::names::type_name(&self.op.id))
    }

    /// The name of the headers struct of a response that declares headers.
    fn headers_ident(&self, response: &Response) -> Option<syn::Ident> {
        if response.headers.is_empty() {
            return None;
        }
        Some(match &response.component {
            Some(component) => format_ident!("{}Headers", crate::names::type_name(component)),
            None => format_ident!("{}{}Headers", crate::names::type_name(&self.op.id), variant_name(response.status)),
        })
    }

    fn headers_structs(&self, emitted: &mut BTreeSet<String>) -> Vec<syn::Item> {
        let mut out = Vec::new();
        for response in self.op.responses.iter().chain(&self.op.default_response) {
            let Some(name) = self.headers_ident(response) else { continue };
            if !emitted.insert(name.to_string()) {
                continue;
            }
            let fields = response.headers.iter().map(|header| {
                let ident = field_ident(&header.name);
                let ty = match header.kind {
                    HeaderKind::String => quote! { ::std::string::String },
                    HeaderKind::Integer => quote! { i64 },
                };
                let ty = if header.required {
                    ty
                } else {
                    quote! { ::std::option::Option<#ty> }
                };
                let doc = doc_lines(&format!(
                    "`{}`{}",
                    header.name,
                    header.description.as_deref().map(|d| format!(": {}", d.trim())).unwrap_or_default()
                ));
                quote! { #(#doc)* pub #ident: #ty }
            });
            let derive_default = response.headers.iter().all(|h| !h.required).then(|| quote! { Default, });
            let doc = match response.status {
                0 => " The headers of an answer of any status the spec does not list (`default`).".to_owned(),
                status => format!(" The headers of a `{status} {}` answer.", reason(status)),
            };
            out.extend(items(
                "a headers struct",
                quote! {
                    #[doc = #doc]
                    #[derive(Clone, Debug, #derive_default PartialEq, Eq)]
                    pub struct #name {
                        #(#fields,)*
                    }
                },
            ));
        }
        out
    }

    fn response_enum(&self) -> Vec<syn::Item> {
        let types = self.paths.types();
        let name = &self.response;
        let mut variants = Vec::new();
        let mut status_arms = Vec::new();
        let mut body_arms = Vec::new();
        for response in self.op.responses.iter().chain(&self.op.default_response) {
            let variant = variant_name(response.status);
            let status = response.status;
            let doc = doc_lines(&match status {
                0 => format!(
                    "Any status the spec does not list for this operation (`default`), given first: {}",
                    response.description.trim()
                ),
                _ => format!("`{status} {}`: {}", reason(status), response.description.trim()),
            });
            // The `default` variant carries its status; the others are one.
            let (status_field, status, status_binding) = if status == 0 {
                (quote! { ::axum::http::StatusCode, }, quote! { status.as_u16() }, quote! { status, })
            } else {
                (quote! {}, quote! { #status }, quote! {})
            };
            let headers = self.headers_ident(response);
            let header_values: Vec<TokenStream> = response
                .headers
                .iter()
                .map(|header| {
                    let wire = &header.name;
                    let ident = field_ident(&header.name);
                    if header.required {
                        quote! { (#wire, Some(headers.#ident.to_string())) }
                    } else {
                        quote! { (#wire, headers.#ident.as_ref().map(|v| v.to_string())) }
                    }
                })
                .collect();
            match (&response.schema, &headers) {
                (Some(schema), Some(headers_ty)) => {
                    let schema = format_ident!("{}", crate::names::type_name(schema));
                    variants.push(quote! { #(#doc)* #variant(#status_field #types::#schema, #headers_ty) });
                    status_arms.push(quote! { Self::#variant(#status_binding ..) => #status });
                    body_arms.push(quote! {
                        Self::#variant(#status_binding body, headers) => crate::runtime::json_response(status, &body, &[#(#header_values),*])
                    });
                }
                (Some(schema), None) => {
                    let schema = format_ident!("{}", crate::names::type_name(schema));
                    variants.push(quote! { #(#doc)* #variant(#status_field #types::#schema) });
                    status_arms.push(quote! { Self::#variant(#status_binding ..) => #status });
                    body_arms.push(
                        quote! { Self::#variant(#status_binding body) => crate::runtime::json_response(status, &body, &[]) },
                    );
                }
                (None, Some(headers_ty)) => {
                    variants.push(quote! { #(#doc)* #variant(#status_field #headers_ty) });
                    status_arms.push(quote! { Self::#variant(#status_binding ..) => #status });
                    body_arms.push(quote! {
                        Self::#variant(#status_binding headers) => crate::runtime::no_content(status, &[#(#header_values),*])
                    });
                }
                (None, None) if response.status == 0 => {
                    variants.push(quote! { #(#doc)* #variant(::axum::http::StatusCode) });
                    status_arms.push(quote! { Self::#variant(status) => status.as_u16() });
                    body_arms.push(quote! { Self::#variant(_) => crate::runtime::no_content(status, &[]) });
                }
                (None, None) => {
                    variants.push(quote! { #(#doc)* #variant });
                    status_arms.push(quote! { Self::#variant => #status });
                    body_arms.push(quote! { Self::#variant => crate::runtime::no_content(status, &[]) });
                }
            }
        }
        let doc = format!(
            " The answers of `{}` (`{} {}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).",
            self.op.id,
            self.op.method.as_str(),
            self.op.path
        );
        items(
            "a response enum",
            quote! {
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
                        ::axum::http::StatusCode::from_u16(code).expect("a status the spec documents is a status")
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
            },
        )
    }

    /// The struct of its query parameters, or of its header parameters.
    fn input_struct(&self, location: ParamLocation) -> Option<syn::Item> {
        let (params, name, what) = match location {
            ParamLocation::Header => (&self.op.header_params, self.request_headers_ident(), "header"),
            _ => (&self.op.query_params, self.query_ident(), "query"),
        };
        if params.is_empty() {
            return None;
        }
        let fields = params.iter().map(|p| {
            let ident = field_ident(&p.name);
            let wire = &p.name;
            let ty = param_type(p);
            let doc = doc_lines(p.description.as_deref().unwrap_or(&format!("The `{wire}` {what} parameter.")));
            if p.required {
                quote! { #(#doc)* #[serde(rename = #wire)] pub #ident: #ty }
            } else {
                quote! { #(#doc)* #[serde(rename = #wire, default)] pub #ident: ::std::option::Option<#ty> }
            }
        });
        let doc = format!(" The {what} parameters of `{}`, by their names on the wire.", self.op.id);
        items(
            "a parameters struct",
            quote! {
                #[doc = #doc]
                #[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
                #[non_exhaustive]
                pub struct #name {
                    #(#fields,)*
                }
            },
        )
        .pop()
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
        items(
            "a path struct",
            quote! {
                #[derive(::serde::Deserialize)]
                struct #name {
                    #(#fields,)*
                }
            },
        )
        .pop()
    }

    fn params_schema(&self, params: &[Param]) -> Value {
        let mut properties = serde_json::Map::new();
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
        json_schema::bundle(&self.api.schemas, schema)
    }

    /// The schemas of its path, query and body, and its descriptor. Each
    /// schema comes with its compiled check (`checks`) where it has one.
    fn descriptor(&self, checks: &mut schema_check::Checks) -> Vec<syn::Item> {
        let mut statics = Vec::new();
        let mut parts = Vec::new();
        for (what, params) in
            [("PATH", &self.op.path_params), ("QUERY", &self.op.query_params), ("HEADER", &self.op.header_params)]
        {
            let field = format_ident!("{}", what.to_lowercase());
            if params.is_empty() {
                parts.push(quote! { #field: None });
                continue;
            }
            let list = format_ident!("{}_{what}_PARAMS", self.prefix);
            let schema = format_ident!("{}_{what}_SCHEMA", self.prefix);
            let entries = params.iter().map(|p| {
                let name = &p.name;
                let (kind, shape) = param_reading(p);
                quote! { crate::runtime::Param { name: #name, kind: #kind, shape: #shape } }
            });
            let bundled = self.params_schema(params);
            let json = raw_string(&pretty(&bundled));
            checks.listed(schema.clone());
            let new = schema_constructor(checks, &format!("{}_{what}", self.prefix), &bundled, json);
            statics.push(quote! {
                const #list: &[crate::runtime::Param] = &[#(#entries),*];
                static #schema: crate::runtime::Schema = #new;
            });
            parts.push(quote! { #field: Some(crate::runtime::Params { list: #list, schema: &#schema }) });
        }
        match &self.op.body {
            Some(body) => {
                let schema = format_ident!("{}_BODY_SCHEMA", self.prefix);
                let root = json_schema::translate(&json!({ "$ref": format!("#/components/schemas/{}", body.schema) }));
                let bundled = json_schema::bundle(&self.api.schemas, root);
                let json = raw_string(&pretty(&bundled));
                checks.listed(schema.clone());
                let new = schema_constructor(checks, &format!("{}_BODY", self.prefix), &bundled, json);
                statics.push(quote! {
                    static #schema: crate::runtime::Schema = #new;
                });
                parts.push(quote! { body: Some(&#schema) });
            }
            None => parts.push(quote! { body: None }),
        }
        let descriptor = format_ident!("{}_OPERATION", self.prefix);
        let id = &self.op.id;
        let bearer = self.op.requires_bearer;
        let doc = format!(" What the router checks for `{id}`.");
        items(
            "a descriptor",
            quote! {
                #(#statics)*

                #[doc = #doc]
                static #descriptor: crate::runtime::Operation = crate::runtime::Operation {
                    id: #id,
                    bearer: #bearer,
                    #(#parts,)*
                };
            },
        )
    }

    /// The answer of an operation nobody implemented: a documented `501`,
    /// else a documented `500`, in the error format and without required
    /// headers; otherwise why there is none.
    fn not_implemented(&self) -> Result<(u16, TokenStream), &'static str> {
        let error = self.api.error.as_ref().ok_or("the spec declares no error schema")?;
        let response = [501, 500]
            .into_iter()
            .filter_map(|status| self.op.response(status))
            .find(|r| r.schema.as_deref() == Some(error.schema.as_str()) && !r.headers.iter().any(|h| h.required))
            .ok_or("the spec documents no 501 or 500 in the error format, without required headers, for it")?;
        let variant = variant_name(response.status);
        let status = response.status;
        let detail = format!("{} is not implemented by this server", self.op.id);
        let body = quote! {{
            let status = ::axum::http::StatusCode::from_u16(#status).expect("a documented status");
            error_body(status, crate::runtime::title(status), &[#detail.to_owned()])
        }};
        let response_ident = &self.response;
        Ok((
            status,
            match self.headers_ident(response) {
                Some(_) => quote! { #response_ident::#variant(#body, Default::default()) },
                None => quote! { #response_ident::#variant(#body) },
            },
        ))
    }

    fn trait_method(&self) -> TokenStream {
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
        let default = self.not_implemented();
        match &default {
            Ok((status, _)) => text.push_str(&format!(
                "\n\nDefault: answers `{status}` with the detail `{} is not implemented by this server`.",
                self.op.id
            )),
            Err(why) => text.push_str(&format!("\n\nRequired: no default, because {why}.")),
        }
        let doc = doc_lines(&text);
        let (args, names) = self.arguments();
        let unused = if names.len() == 1 {
            quote! { #(#names)* }
        } else {
            quote! { (#(#names),*) }
        };
        match default.map(|(_, answer)| answer) {
            Ok(answer) => quote! {
                #(#doc)*
                fn #method(&self, #(#args),*) -> impl ::std::future::Future<Output = #response> + Send {
                    let _ = #unused;
                    async { #answer }
                }
            },
            Err(_) => quote! {
                #(#doc)*
                fn #method(&self, #(#args),*) -> impl ::std::future::Future<Output = #response> + Send;
            },
        }
    }

    /// The trait method's arguments (`name: Type`), and their names.
    fn arguments(&self) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let types = self.paths.types();
        let mut args = vec![quote! { context: crate::RequestContext }];
        let mut names = vec![quote! { context }];
        for p in &self.op.path_params {
            let ident = field_ident(&p.name);
            let ty = param_type(p);
            args.push(quote! { #ident: #ty });
            names.push(quote! { #ident });
        }
        if !self.op.query_params.is_empty() {
            let query = self.query_ident();
            args.push(quote! { query: #query });
            names.push(quote! { query });
        }
        if !self.op.header_params.is_empty() {
            let headers = self.request_headers_ident();
            args.push(quote! { headers: #headers });
            names.push(quote! { headers });
        }
        if let Some(body) = &self.op.body {
            let schema = format_ident!("{}", crate::names::type_name(&body.schema));
            args.push(quote! { body: #types::#schema });
            names.push(quote! { body });
        }
        if self.op.raw_body.is_some() {
            args.push(quote! { body: crate::RawBody });
            names.push(quote! { body });
        }
        (args, names)
    }

    fn handler(&self, trait_ident: &syn::Ident) -> syn::Item {
        let types = self.paths.types();
        let name = handler_ident(self.op);
        let method = &self.method;
        let descriptor = format_ident!("{}_OPERATION", self.prefix);
        let op_id = &self.op.id;
        let path_ty = if self.op.path_params.is_empty() {
            quote! { () }
        } else {
            let path = self.path_ident();
            quote! { #path }
        };
        let query_ty = if self.op.query_params.is_empty() {
            quote! { () }
        } else {
            let query = self.query_ident();
            quote! { #query }
        };
        let headers_ty = if self.op.header_params.is_empty() {
            quote! { () }
        } else {
            let headers = self.request_headers_ident();
            quote! { #headers }
        };
        let body_ty = match &self.op.body {
            Some(body) => {
                let schema = format_ident!("{}", crate::names::type_name(&body.schema));
                quote! { #types::#schema }
            }
            None => quote! { () },
        };
        let mut call_args = vec![quote! { input.context }];
        for p in &self.op.path_params {
            let ident = field_ident(&p.name);
            call_args.push(quote! { input.path.#ident });
        }
        if !self.op.query_params.is_empty() {
            call_args.push(quote! { input.query });
        }
        if !self.op.header_params.is_empty() {
            call_args.push(quote! { input.headers });
        }
        if self.op.body.is_some() || self.op.raw_body.is_some() {
            call_args.push(quote! { input.body });
        }
        let decode = match &self.op.raw_body {
            Some(raw) => {
                let (media_type, required) = (&raw.media_type, raw.required);
                quote! {
                    crate::runtime::decode_raw::<#path_ty, #query_ty, #headers_ty>(&#descriptor, #media_type, #required, &state.options, request, &Gate(api))
                }
            }
            None => quote! {
                crate::runtime::decode::<#path_ty, #query_ty, #headers_ty, #body_ty>(&#descriptor, &state.options, request, &Gate(api))
            },
        };
        let doc = format!(" Serves `{op_id}`: checks the request, then calls the implementation.");
        let tokens = quote! {
            #[doc = #doc]
            async fn #name<A: #trait_ident>(
                ::axum::extract::State(state): ::axum::extract::State<crate::runtime::AppState<A>>,
                request: ::axum::extract::Request,
            ) -> ::axum::response::Response {
                let api = &*state.api;
                let decoded = #decode.await;
                match decoded {
                    Ok(input) => crate::runtime::call(#op_id, api.#method(#(#call_args),*)).await,
                    Err(refused) => refused,
                }
            }
        };
        items("a handler", tokens).pop().expect("a handler is one item")
    }
}

/// JSON for humans: the embedded schemas are read in review.
/// `Schema::compiled(json, check)` when the schema compiles
/// ([`schema_check`]), `Schema::new(json)` otherwise; `name` is the
/// schema's constant (`CREATE_JOB_BODY`), whose lower case names the check.
fn schema_constructor(
    checks: &mut schema_check::Checks,
    name: &str,
    bundled: &Value,
    json: proc_macro2::Literal,
) -> TokenStream {
    let check = format_ident!("{}_accepts", name.to_lowercase());
    match checks.root(&check, bundled) {
        // The one-pass value borrows from the body: its instance of the
        // check is a closure, generic over that borrow.
        Some(check) => quote!(crate::runtime::Schema::compiled(#json, |v| #check(v), #check)),
        None => quote!(crate::runtime::Schema::new(#json)),
    }
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("a JSON tree serializes")
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
        assert_eq!(field_ident("Retry-After"), "retry_after");
    }
}
