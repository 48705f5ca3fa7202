#![doc = include_str!("../README.md")]
//!
//! ## In detail
//!
//! Before a method is called the router has answered, in the API's
//! documented error format, every request that is not well-formed:
//!
//! | problem | status |
//! |---|---|
//! | missing or malformed `Authorization: Bearer` | 401 |
//! | malformed JSON, wrong types, violated constraints, bad path or query values | 400 |
//! | body over [`RouterOptions::body_limit`] | 413 |
//! | body that is not `application/json` | 415 |
//! | unknown path | 404 |
//! | method the path does not have | 405, with `Allow` |
//! | a panic in the implementation | 500 |
//!
//! Implement the operations you serve on [`SubscriptionsApi`]; the others
//! keep their default, which answers `500` in the error format with the
//! detail `<operationId> is not implemented by this server`. The request
//! and response types are the shared `elasticpath-subscriptions-types`
//! crate; this crate does not depend on the client or on reqwest.
//!
//! What the crate offers beside the generated trait, inputs and outputs:
//! [`RequestContext`] (the token, the headers, and the request extensions
//! middleware filled), [`RouterOptions`] (limits, and a hook on every
//! rejection), [`serve()`] (a hyper server with its own limits), and the
//! error helpers of [`ErrorBodyExt`] (`ErrorBody::not_found(…)`), which
//! build bodies through [`error_body`], the one constructor generated from
//! the spec's error schema.

// The generated code documents what the spec documents.
#[allow(missing_docs)]
#[rustfmt::skip]
mod generated;

mod context;
mod errors;
mod options;
mod raw_body;
#[doc(hidden)]
pub mod runtime;
mod serve;

#[cfg(test)]
mod fixtures;

pub use context::{Rejection, RejectionHook, RequestContext, Unauthenticated};
pub use errors::ErrorBodyExt;
pub use generated::*;
pub use options::{LISTED_VALUES, MAX_DEPTH, MAX_PROBLEMS, RouterOptions};
pub use raw_body::RawBody;
#[cfg(feature = "multipart")]
pub use raw_body::{FormError, FormPart};
pub use serve::{ServeOptions, serve};

/// The request and response types, from the shared types crate.
pub use elasticpath_subscriptions_types as types;
/// The versions this crate is built with (the router is axum's), so you
/// need not add them yourself: `uuid` with `Uuid::new_v4()` for the ids an
/// implementation gives, `chrono` for every timestamp.
pub use {axum, chrono, uuid};

use axum::http::StatusCode;

/// Checks `value` against the JSON Schema of the resource `name` (one of
/// [`RESOURCE_SCHEMAS`], such as `Job`): each violation, at most
/// [`MAX_PROBLEMS`], as its JSON pointer in `value` and the reason. `None`
/// if the API serves no resource of that name.
pub fn check_resource(name: &str, value: &serde_json::Value) -> Option<Result<(), Vec<(String, String)>>> {
    static VALIDATORS: std::sync::OnceLock<Vec<(&'static str, jsonschema::Validator)>> = std::sync::OnceLock::new();
    let validators = VALIDATORS.get_or_init(|| {
        RESOURCE_SCHEMAS
            .iter()
            .map(|(name, json)| {
                // The generator wrote these schemas and a test compiles
                // them: failing here is a bug in the generator.
                let schema: serde_json::Value = serde_json::from_str(json).expect("a generated schema is JSON");
                (*name, runtime::build(&schema))
            })
            .collect()
    });
    let (_, validator) = validators.iter().find(|(known, _)| *known == name)?;
    let problems: Vec<(String, String)> = validator
        .iter_errors(value)
        .take(MAX_PROBLEMS)
        .map(|error| (error.instance_path().as_str().to_owned(), error.to_string()))
        .collect();
    Some(if problems.is_empty() { Ok(()) } else { Err(problems) })
}

/// One operation of the API, as [`OPERATIONS`] lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperationInfo {
    /// The operationId, such as `GetJob`.
    pub id: &'static str,
    /// The HTTP method, such as `GET`.
    pub method: &'static str,
    /// The path template under [`BASE_PATH`], such as `/subscriptions/jobs/{job_uuid}`.
    pub path: &'static str,
}

/// The operation a request names by its method and path (the full path,
/// with [`BASE_PATH`]), for middleware that logs, counts or fakes by
/// operation. `HEAD` names the `GET` of its path. A path parameter matches
/// any one non-empty segment; whether its value is valid is the router's
/// business.
///
/// ```
/// let get = axum::http::Method::GET;
/// let op = elasticpath_subscriptions_server::operation_of(&get, "/v2/subscriptions/jobs/6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10");
/// assert_eq!(op.map(|op| op.id), Some("GetJob"));
/// assert!(elasticpath_subscriptions_server::operation_of(&get, "/v2/nowhere").is_none());
/// ```
pub fn operation_of(method: &axum::http::Method, path: &str) -> Option<&'static OperationInfo> {
    let rest = path.strip_prefix(BASE_PATH)?;
    let method = if method == axum::http::Method::HEAD { "GET" } else { method.as_str() };
    OPERATIONS.iter().find(|op| {
        op.method == method && {
            let mut template = op.path.split('/');
            let mut segments = rest.split('/');
            loop {
                match (template.next(), segments.next()) {
                    (None, None) => break true,
                    (Some(t), Some(s)) if t.starts_with('{') && t.ends_with('}') && !s.is_empty() => {}
                    (Some(t), Some(s)) if t == s => {}
                    _ => break false,
                }
            }
        }
    })
}

/// The title the router gives an error of `status` (`Validation Error`
/// for `400`, `Permission denied` for `403`, the standard reason phrase
/// otherwise): the one table every refusal and helper uses.
pub fn title_of(status: StatusCode) -> &'static str {
    runtime::title(status)
}
