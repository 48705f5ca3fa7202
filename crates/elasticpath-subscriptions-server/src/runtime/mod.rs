//! The runtime of the generated router: what every operation does before
//! and after the implementation is called, written (and tested) once.
//!
//! The generated code describes each operation with an [`Operation`] (its
//! id, whether it needs a bearer token, the schemas of its path, query and
//! body) and hands the request to [`decode`], which checks it in one fixed
//! order: the bearer token, then [`authenticate`](crate::SubscriptionsApi::authenticate),
//! then the path, the query and the body. [`call`] runs the implementation.
//!
//! Every refusal, from here or from the layers of [`protect`], is a
//! [`Problem`] first, carried to the outermost layer and rendered there, in
//! one place, through the error constructor generated from the spec's error
//! schema (and the [rejection hook](crate::RouterOptions::on_rejection)).
//!
//! This module is public only for code generated from other documents
//! (`cargo xtask generate` for a document that is not this crate's: its
//! router names these items through `::elasticpath_subscriptions_server::runtime`).
//! It is hidden and is not part of the crate's API: it changes with the
//! generator. The generator's snapshot fixtures are compiled inside this
//! crate's own tests (`src/fixtures/`), as rust-analyzer compiles its
//! generated code.

mod checks;
pub mod compiled;
mod inline;
mod layers;
mod tree;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::FutureExt;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub(crate) use checks::build;
pub use checks::{Param, ParamKind, ParamShape, Schema, read_strictly};
pub use layers::protect;

use crate::context::{Rejection, RequestContext, Unauthenticated};
use crate::options::{MAX_PROBLEMS, RouterOptions};

/// The title of an error of `status` in the API's error format; `400`s for
/// input that is not even well-formed say [`MALFORMED`] instead.
pub fn title(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "Validation Error",
        401 => "Unauthorized",
        403 => "Permission denied",
        404 => "Not Found",
        409 => "Write Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => status.canonical_reason().unwrap_or("Error"),
    }
}

/// The title of a `400` for input that cannot be read at all (malformed
/// JSON, an unreadable body).
pub const MALFORMED: &str = "Bad Request";

/// A refusal on its way out: the status, the title and the details, and
/// whether to challenge for a bearer token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub status: StatusCode,
    pub title: &'static str,
    pub details: Vec<String>,
}

impl Problem {
    /// A refusal titled from the one table, [`title`].
    pub fn new(status: StatusCode, details: Vec<String>) -> Problem {
        Problem { status, title: title(status), details }
    }

    /// A `400` for input that cannot be read at all, titled [`MALFORMED`].
    pub fn malformed(detail: impl Into<String>) -> Problem {
        Problem { status: StatusCode::BAD_REQUEST, title: MALFORMED, details: vec![detail.into()] }
    }

    /// A `400 Validation Error` with at most [`MAX_PROBLEMS`] details, and a
    /// last one saying how many more there were.
    pub fn validation(mut details: Vec<String>) -> Problem {
        if details.len() > MAX_PROBLEMS {
            details.truncate(MAX_PROBLEMS);
            details.push(format!("body: more problems were found; only the first {MAX_PROBLEMS} are listed"));
        }
        Problem::new(StatusCode::BAD_REQUEST, details)
    }

    /// The answer carrying this problem: its status and no body yet. The
    /// outermost layer renders it (see [`layers`]).
    pub fn into_response(self, operation_id: Option<&'static str>) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(Rejection {
            status: self.status,
            title: self.title,
            details: self.details,
            operation_id,
        });
        response
    }
}

/// Builds the body of an error answer in the spec's error format; the
/// generator writes one from the error schema (`error_body`).
pub type ErrorAnswer = fn(StatusCode, &str, &[String]) -> Response;

/// The router's state: the implementation and the options.
pub struct AppState<A> {
    pub api: Arc<A>,
    pub options: Arc<RouterOptions>,
}

impl<A> Clone for AppState<A> {
    fn clone(&self) -> Self {
        AppState { api: self.api.clone(), options: self.options.clone() }
    }
}

impl<A> AppState<A> {
    pub fn new(api: A, options: RouterOptions) -> Self {
        AppState { api: Arc::new(api), options: Arc::new(options) }
    }
}

/// A path, query or header parameter list and the schema that checks it.
pub struct Params {
    pub list: &'static [Param],
    pub schema: &'static Schema,
}

/// What the generated code says about one operation.
pub struct Operation {
    /// The operationId.
    pub id: &'static str,
    /// Whether `Authorization: Bearer` is required.
    pub bearer: bool,
    /// Its path parameters, if any.
    pub path: Option<Params>,
    /// Its query parameters, if any.
    pub query: Option<Params>,
    /// Its header parameters, if any.
    pub header: Option<Params>,
    /// The schema of its JSON body, if it takes one.
    pub body: Option<&'static Schema>,
}

/// A request that passed every check: what the implementation is called with.
pub struct Input<P, Q, H, B> {
    pub context: RequestContext,
    pub path: P,
    pub query: Q,
    pub headers: H,
    pub body: B,
}

/// `()` for a part the operation does not have.
fn absent<T: DeserializeOwned>() -> T {
    serde_json::from_value(serde_json::Value::Null).expect("a part the operation lacks is typed `()`")
}

/// The implementation's check of the caller, as [`decode`] sees it. The
/// generated code implements it for every implementation of the trait.
pub trait Authenticate {
    /// Accepts or refuses the caller of `context`.
    fn check(&self, context: &RequestContext) -> impl Future<Output = Result<(), Unauthenticated>> + Send;
}

/// Checks a request for `operation`, in this order: the bearer token, then
/// the implementation's `authenticate`, then the path, the query, the
/// header parameters and the body. The first that fails answers; `P`, `Q`,
/// `H`, `B` are `()` for parts the operation lacks.
pub async fn decode<P, Q, H, B>(
    operation: &'static Operation,
    options: &RouterOptions,
    request: axum::extract::Request,
    api: &impl Authenticate,
) -> Result<Input<P, Q, H, B>, Response>
where
    P: DeserializeOwned,
    Q: DeserializeOwned,
    H: DeserializeOwned,
    B: DeserializeOwned,
{
    let (Input { context, path, query, headers, .. }, body) = decode_head::<P, Q, H>(operation, request, api).await?;
    let body = match operation.body {
        Some(schema) => checks::json_body(&context.headers, body, schema, options)
            .await
            .map_err(|problem| problem.into_response(Some(operation.id)))?,
        None => absent(),
    };
    Ok(Input { context, path, query, headers, body })
}

/// [`decode`] for an operation whose body is not JSON: the body of
/// `media_type`, as bytes.
pub async fn decode_raw<P, Q, H>(
    operation: &'static Operation,
    media_type: &'static str,
    required: bool,
    options: &RouterOptions,
    request: axum::extract::Request,
    api: &impl Authenticate,
) -> Result<Input<P, Q, H, crate::RawBody>, Response>
where
    P: DeserializeOwned,
    Q: DeserializeOwned,
    H: DeserializeOwned,
{
    let (Input { context, path, query, headers, .. }, body) = decode_head::<P, Q, H>(operation, request, api).await?;
    let body = checks::raw_body(&context.headers, body, media_type, required, options)
        .await
        .map_err(|problem| problem.into_response(Some(operation.id)))?;
    Ok(Input { context, path, query, headers, body })
}

/// Everything but the body, which is handed back unread.
async fn decode_head<P, Q, H>(
    operation: &'static Operation,
    request: axum::extract::Request,
    api: &impl Authenticate,
) -> Result<(Input<P, Q, H, ()>, axum::body::Body), Response>
where
    P: DeserializeOwned,
    Q: DeserializeOwned,
    H: DeserializeOwned,
{
    let refuse = |problem: Problem| problem.into_response(Some(operation.id));
    let (mut parts, body) = request.into_parts();
    // The router left the path's values in the extensions; they are read
    // out before the extensions go to the context, and checked in turn.
    let raw_path = match &operation.path {
        Some(_) => Some(
            RawPathParams::from_request_parts(&mut parts, &())
                .await
                .map(|raw| raw.iter().map(|(name, value)| (name.to_owned(), value.to_owned())).collect::<Vec<_>>())
                .map_err(|rejection| rejection.body_text()),
        ),
        None => None,
    };
    // The context takes the headers and, for `authenticate` too, what
    // middleware put in the request's extensions.
    let context = authorize(&mut parts, operation.id, operation.bearer).map_err(refuse)?;
    if let Err(refused) = api.check(&context).await {
        return Err(refuse(Problem::new(StatusCode::UNAUTHORIZED, vec![refused.detail])));
    }
    let path = match (&operation.path, raw_path) {
        (Some(params), Some(raw)) => {
            let pairs = raw.map_err(|text| refuse(Problem::validation(vec![format!("path: {text}")])))?;
            checks::decode_params(pairs.into_iter(), params.list, params.schema).map_err(refuse)?
        }
        _ => absent(),
    };
    let query = match &operation.query {
        Some(params) => {
            let query = parts.uri.query().unwrap_or_default();
            let pairs = form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()));
            checks::decode_params(pairs, params.list, params.schema).map_err(refuse)?
        }
        None => absent(),
    };
    let headers = match &operation.header {
        Some(params) => checks::decode_headers(&context.headers, params.list, params.schema).map_err(refuse)?,
        None => absent(),
    };
    Ok((Input { context, path, query, headers, body: () }, body))
}

/// Reads `Authorization: Bearer <token>`. When `required`, a missing or
/// malformed header is a `401`; otherwise only a malformed one is.
fn authorize(parts: &mut Parts, operation_id: &'static str, required: bool) -> Result<RequestContext, Problem> {
    let unauthorized = |detail: &str| Problem::new(StatusCode::UNAUTHORIZED, vec![detail.to_owned()]);
    let mut values = parts.headers.get_all(header::AUTHORIZATION).iter();
    let value = match (values.next(), values.next()) {
        (Some(value), None) => value,
        (None, _) if !required => return Ok(context(parts, operation_id, String::new())),
        (None, _) => return Err(unauthorized("Authorization: a bearer token is required")),
        (Some(_), Some(_)) => return Err(unauthorized("Authorization: send exactly one Authorization header")),
    };
    let value = value.to_str().map_err(|_| unauthorized("Authorization: the header is not valid text"))?;
    let token = match value.split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
        // HTTP drops trailing white space: `Bearer ` arrives as `Bearer`.
        None if value.trim().eq_ignore_ascii_case("bearer") => "",
        _ => return Err(unauthorized("Authorization: expected `Bearer <token>`")),
    };
    if token.is_empty() || token.contains(char::is_whitespace) {
        return Err(unauthorized("Authorization: the bearer token is empty or malformed"));
    }
    let token = token.to_owned();
    Ok(context(parts, operation_id, token))
}

/// The context of a request that passed the token check: the headers and
/// extensions are moved into it, not copied.
fn context(parts: &mut Parts, operation_id: &'static str, token: String) -> RequestContext {
    let mut context = RequestContext::new(operation_id, token);
    context.headers = std::mem::take(&mut parts.headers);
    context.extensions = std::mem::take(&mut parts.extensions);
    context
}

/// Runs an operation. A panic in the implementation is answered with `500`
/// in the error format instead of tearing down the connection.
pub async fn call<F, R>(operation_id: &'static str, operation: F) -> Response
where
    F: Future<Output = R>,
    R: IntoResponse,
{
    match AssertUnwindSafe(operation).catch_unwind().await {
        Ok(response) => response.into_response(),
        Err(_) => {
            Problem::new(StatusCode::INTERNAL_SERVER_ERROR, vec!["the server failed while handling the request".into()])
                .into_response(Some(operation_id))
        }
    }
}

/// A JSON answer with `headers` (those given as `None` are left out). A
/// body that cannot be serialized, or a header value that cannot be sent,
/// is a bug of the implementation: the answer is a `500` that says which.
pub fn json_response<T: Serialize>(status: StatusCode, body: &T, headers: &[(&str, Option<String>)]) -> Response {
    // Room for a job or a schedule at once (serde_json starts at 128 bytes
    // and doubles: two moves for a job of about 500).
    let mut bytes = Vec::with_capacity(1024);
    if let Err(e) = serde_json::to_writer(&mut bytes, body) {
        return failed(format!("the response could not be serialized: {e}"));
    }
    let mut response = (status, bytes).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    with_headers(response, headers)
}

/// An answer without a body, with `headers` as for [`json_response`].
pub fn no_content(status: StatusCode, headers: &[(&str, Option<String>)]) -> Response {
    with_headers(status.into_response(), headers)
}

fn with_headers(mut response: Response, headers: &[(&str, Option<String>)]) -> Response {
    for (name, value) in headers {
        let Some(value) = value else { continue };
        let name =
            axum::http::HeaderName::try_from(*name).expect("the generator writes header names the spec declares");
        match HeaderValue::from_str(value) {
            Ok(value) => {
                response.headers_mut().insert(name, value);
            }
            Err(_) => {
                return failed(format!(
                    "the implementation set the `{name}` header to a value that cannot be sent: {:?}",
                    checks::clipped(value)
                ));
            }
        }
    }
    response
}

/// A `500` for an answer the implementation got wrong.
fn failed(detail: String) -> Response {
    Problem::new(StatusCode::INTERNAL_SERVER_ERROR, vec![detail]).into_response(None)
}

/// `405` with the `Allow` header.
pub fn method_not_allowed(method: &axum::http::Method, path: &str, allow: &'static str) -> Response {
    let mut response = Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        vec![format!("{method} is not allowed on {path}; allowed: {allow}")],
    )
    .into_response(None);
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
    response
}

/// `404` for a path the API does not have.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    Problem::new(StatusCode::NOT_FOUND, vec![format!("no such path: {}", checks::clipped(uri.path()))])
        .into_response(None)
}

/// The OpenAPI document, as JSON.
pub fn openapi(json: &'static str) -> Response {
    let mut response = (StatusCode::OK, json).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}
