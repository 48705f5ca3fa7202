//! Runtime support for the generated router: the request context, decoding
//! and checking of path, query and body, and answers in the API's error
//! format. The generated code calls into this module; it holds nothing
//! specific to one API, so it is written by hand.
//!
//! Every failure is answered in the documented `ErrorResponse` format:
//!
//! ```json
//! {"errors":[{"status":"400","title":"Validation Error","detail":"data.attributes.name: \"name\" is required"}]}
//! ```
//!
//! where `detail` starts with the JSON path of the offending field, written
//! the way the API's own documentation writes it.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::extract::RawPathParams;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::FutureExt;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// What the router knows about a request once it has passed the checks,
/// handed to every operation so the implementation can authorize it.
#[derive(Clone, Debug)]
pub struct RequestContext {
    /// The operationId being served, such as `CreateJob`.
    pub operation_id: &'static str,
    /// The bearer token from `Authorization: Bearer <token>`. Never empty
    /// for an operation whose `security` requires one (every operation of
    /// this API); empty if an optional token was not sent.
    pub bearer_token: String,
    /// All request headers.
    pub headers: HeaderMap,
}

/// Settings of the generated router: what one request may cost it.
///
/// Everything the router refuses is answered in the API's error format.
/// [`serve`](crate::serve()) adds the limits that only the HTTP server can
/// enforce (header read time, connections, the size of a request head).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RouterOptions {
    /// The largest request body accepted, in bytes; larger ones get `413`.
    /// Default 256 KiB: every body of this API is a few KB (a tax run for
    /// 2,000 invoices fits), and reading JSON costs CPU by its size (the
    /// worst 256 KiB, tiny values, about 5 ms).
    pub body_limit: usize,
    /// The longest request target (path and query), in bytes; longer ones
    /// get `414`. Default 32 KiB: a filter of 8 KB, percent-encoded.
    pub max_uri_bytes: usize,
    /// The most request headers; more get `431`.
    pub max_headers: usize,
    /// The largest request header (name and value), in bytes; larger get `431`.
    pub max_header_bytes: usize,
    /// How long the body may take to arrive; slower gets `408`.
    pub body_read_timeout: Duration,
    /// How long one request may take in all; longer gets `500`.
    pub request_timeout: Duration,
}

impl Default for RouterOptions {
    fn default() -> Self {
        RouterOptions {
            body_limit: 256 * 1024,
            max_uri_bytes: 32 * 1024,
            max_headers: 64,
            max_header_bytes: 8 * 1024,
            body_read_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl RouterOptions {
    /// Sets the largest request body accepted, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Sets the longest request target accepted, in bytes.
    pub fn max_uri_bytes(mut self, bytes: usize) -> Self {
        self.max_uri_bytes = bytes;
        self
    }

    /// Sets the most request headers accepted.
    pub fn max_headers(mut self, count: usize) -> Self {
        self.max_headers = count;
        self
    }

    /// Sets the largest request header accepted, in bytes.
    pub fn max_header_bytes(mut self, bytes: usize) -> Self {
        self.max_header_bytes = bytes;
        self
    }

    /// Sets how long the body may take to arrive.
    pub fn body_read_timeout(mut self, timeout: Duration) -> Self {
        self.body_read_timeout = timeout;
        self
    }

    /// Sets how long one request may take in all.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }
}

/// Wraps the routes in the protections of `options`, outermost first: any
/// error answer without a body gets one in the error format; then the
/// request target and header limits; the request timeout; the body read
/// timeout. The layers are tower-http's and axum's own.
#[doc(hidden)]
pub fn protect(router: axum::Router, options: &RouterOptions) -> axum::Router {
    let limits = options.clone();
    router
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(options.body_read_timeout))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::INTERNAL_SERVER_ERROR,
            options.request_timeout,
        ))
        .layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            let refused = request_limits(&request, &limits);
            async move {
                match refused {
                    Some(rejection) => rejection.into_response(),
                    None => next.run(request).await,
                }
            }
        }))
        .layer(axum::middleware::map_response(error_format))
}

/// `414` or `431` when the request target or headers are over the limits.
fn request_limits(request: &axum::extract::Request, options: &RouterOptions) -> Option<Rejection> {
    let target = request.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > options.max_uri_bytes {
        return Some(Rejection::new(
            StatusCode::URI_TOO_LONG,
            "URI Too Long",
            vec![format!("the request target is {target} bytes, more than the {} accepted", options.max_uri_bytes)],
        ));
    }
    let headers = request.headers();
    if headers.len() > options.max_headers {
        return Some(Rejection::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "Request Header Fields Too Large",
            vec![format!("{} headers were sent, more than the {} accepted", headers.len(), options.max_headers)],
        ));
    }
    if let Some((name, value)) =
        headers.iter().find(|(name, value)| name.as_str().len() + value.len() > options.max_header_bytes)
    {
        return Some(Rejection::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "Request Header Fields Too Large",
            vec![format!(
                "{name}: the header is {} bytes, more than the {} accepted",
                name.as_str().len() + value.len(),
                options.max_header_bytes
            )],
        ));
    }
    None
}

/// Gives an error answer that has no body (from a layer: the request
/// timeout, axum's own refusals) the API's error format.
async fn error_format(response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || response.headers().contains_key(header::CONTENT_TYPE)
    {
        return response;
    }
    let detail = match status {
        StatusCode::INTERNAL_SERVER_ERROR => "the request was not answered in time".to_owned(),
        StatusCode::REQUEST_TIMEOUT => "the request was not received in time".to_owned(),
        other => format!("the request was refused ({other})"),
    };
    let title = status.canonical_reason().unwrap_or("Error");
    let mut answer = error_response(status, title, vec![detail]);
    for (name, value) in response.headers() {
        if name == header::ALLOW || name == header::RETRY_AFTER || name == header::WWW_AUTHENTICATE {
            answer.headers_mut().insert(name.clone(), value.clone());
        }
    }
    answer
}

/// The router's state: the implementation and the options.
#[doc(hidden)]
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
    #[doc(hidden)]
    pub fn new(api: A, options: RouterOptions) -> Self {
        AppState { api: Arc::new(api), options: Arc::new(options) }
    }
}

/// A JSON Schema (2020-12) embedded by the generator, compiled on first use.
#[doc(hidden)]
pub struct Schema {
    json: &'static str,
    compiled: OnceLock<jsonschema::Validator>,
}

impl Schema {
    #[doc(hidden)]
    pub const fn new(json: &'static str) -> Self {
        Schema { json, compiled: OnceLock::new() }
    }

    fn validator(&self) -> &jsonschema::Validator {
        self.compiled.get_or_init(|| {
            // The generator wrote this schema and a test compiles every one,
            // so failing here is a bug in the generator, not bad input.
            let schema: Value = serde_json::from_str(self.json).expect("generated schema is JSON");
            jsonschema::options().should_validate_formats(true).build(&schema).expect("generated schema compiles")
        })
    }

    /// Checks `value`; each violation as a `detail` line, at most
    /// [`MAX_PROBLEMS`] of them (and a last line saying more were cut).
    ///
    /// jsonschema collects every violation at once when asked for all of
    /// them, so they are listed only for a value of at most
    /// [`LISTED_VALUES`] JSON values (`values`, as counted when it was
    /// read): one pass, bounded by that size. A larger value gets one pass
    /// that stops at its first violation, which is the answer. That bounds
    /// both the work and the answer, whatever the body holds.
    fn check(&self, value: &Value, values: usize) -> Result<(), Vec<String>> {
        let mut details = Vec::new();
        if values <= LISTED_VALUES {
            for error in self.validator().iter_errors(value) {
                describe_into(&error, &mut details);
                if details.len() > MAX_PROBLEMS {
                    break;
                }
            }
        } else if let Err(first) = self.validator().validate(value) {
            describe_into(&first, &mut details);
            details.push(format!(
                "body: only the first problem is listed: the body holds {values} JSON values, more than the {LISTED_VALUES} whose problems are all listed"
            ));
        }
        if details.is_empty() {
            return Ok(());
        }
        details.dedup();
        Err(details)
    }
}

/// The most problems one rejection lists; a last `detail` says when more
/// were found.
pub const MAX_PROBLEMS: usize = 20;

/// A body of at most this many JSON values has every problem listed (up
/// to [`MAX_PROBLEMS`]); a larger one, its first.
pub const LISTED_VALUES: usize = 2_000;

/// How deep JSON may nest in a request body. The API's bodies nest about
/// eight levels.
pub const MAX_DEPTH: usize = 32;

/// A refusal from [`authenticate`](crate::SubscriptionsApi::authenticate):
/// the router answers `401` with `WWW-Authenticate: Bearer` and this detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unauthenticated {
    /// The `detail` of the error, such as `Authorization: the bearer token is not valid`.
    pub detail: String,
}

impl Unauthenticated {
    /// A refusal with `detail`.
    pub fn new(detail: impl Into<String>) -> Self {
        Unauthenticated { detail: detail.into() }
    }
}

impl IntoResponse for Unauthenticated {
    fn into_response(self) -> Response {
        Rejection {
            status: StatusCode::UNAUTHORIZED,
            title: "Unauthorized",
            details: vec![self.detail],
            challenge: true,
        }
        .into_response()
    }
}

/// How a path or query parameter's text is read before it is checked.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum ParamKind {
    String,
    Integer,
    Number,
    Boolean,
}

/// A path or query parameter, by its name on the wire.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
}

const VALIDATION_ERROR: &str = "Validation Error";

/// A request the router refuses before the implementation sees it; it
/// becomes an answer in the documented error format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    /// The HTTP status.
    pub status: StatusCode,
    /// The error title, such as `Validation Error`.
    pub title: &'static str,
    /// One `detail` per problem found.
    pub details: Vec<String>,
    /// Whether to add `WWW-Authenticate: Bearer` (on `401`).
    pub challenge: bool,
}

impl Rejection {
    fn new(status: StatusCode, title: &'static str, details: Vec<String>) -> Self {
        Rejection { status, title, details, challenge: false }
    }

    fn validation(details: Vec<String>) -> Self {
        Rejection::new(StatusCode::BAD_REQUEST, VALIDATION_ERROR, capped(details))
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let mut response = error_response(self.status, self.title, self.details);
        if self.challenge {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// At most [`MAX_PROBLEMS`] details, and a last one saying how many more
/// there were.
fn capped(mut details: Vec<String>) -> Vec<String> {
    if details.len() > MAX_PROBLEMS {
        details.truncate(MAX_PROBLEMS);
        details.push(format!("body: more problems were found; only the first {MAX_PROBLEMS} are listed"));
    }
    details
}

/// An answer in the documented error format: one error per detail (or one
/// without a detail).
pub fn error_response(status: StatusCode, title: &str, details: Vec<String>) -> Response {
    /// One error, serialized without building a JSON tree first.
    #[derive(Serialize)]
    struct Error<'a> {
        status: &'a str,
        title: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        detail: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct Errors<'a> {
        errors: Vec<Error<'a>>,
    }
    let code = status.as_str();
    let errors = if details.is_empty() {
        vec![Error { status: code, title, detail: None }]
    } else {
        details.iter().map(|detail| Error { status: code, title, detail: Some(detail) }).collect()
    };
    json_response(status, &Errors { errors })
}

/// A JSON answer.
#[doc(hidden)]
pub fn json_response<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => {
            let mut response = (status, bytes).into_response();
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response
        }
        Err(e) => error_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            vec![format!("the response could not be serialized: {e}")],
        ),
    }
}

/// An answer without a body.
#[doc(hidden)]
pub fn no_content(status: StatusCode) -> Response {
    status.into_response()
}

/// Reads `Authorization: Bearer <token>`. When `required`, a missing or
/// malformed header is a `401`; otherwise only a malformed one is.
#[doc(hidden)]
pub fn authorize(parts: &Parts, operation_id: &'static str, required: bool) -> Result<RequestContext, Rejection> {
    let unauthorized = |detail: &str| Rejection {
        status: StatusCode::UNAUTHORIZED,
        title: "Unauthorized",
        details: vec![detail.to_owned()],
        challenge: true,
    };
    let mut values = parts.headers.get_all(header::AUTHORIZATION).iter();
    let value = match (values.next(), values.next()) {
        (Some(value), None) => value,
        (None, _) if !required => {
            return Ok(RequestContext { operation_id, bearer_token: String::new(), headers: parts.headers.clone() });
        }
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
    Ok(RequestContext { operation_id, bearer_token: token.to_owned(), headers: parts.headers.clone() })
}

/// Reads the path parameters, checks them against `schema` and decodes them.
#[doc(hidden)]
pub async fn path_params<T: DeserializeOwned>(
    parts: &mut Parts,
    params: &[Param],
    schema: &Schema,
) -> Result<T, Rejection> {
    let raw = RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|rejection| Rejection::validation(vec![format!("path: {}", rejection.body_text())]))?;
    let mut object = Map::new();
    let mut details = Vec::new();
    for (name, text) in raw.iter() {
        if let Some(param) = params.iter().find(|p| p.name == name) {
            match read_param(param, text) {
                Ok(value) => {
                    object.insert(name.to_owned(), value);
                }
                Err(detail) => details.push(detail),
            }
        }
    }
    decode_params(object, details, schema)
}

/// Reads the query string, checks it against `schema` and decodes it.
/// Parameters the operation does not declare are ignored.
#[doc(hidden)]
pub fn query_params<T: DeserializeOwned>(parts: &Parts, params: &[Param], schema: &Schema) -> Result<T, Rejection> {
    let mut object = Map::new();
    let mut details = Vec::new();
    let query = parts.uri.query().unwrap_or_default();
    for (name, text) in form_urlencoded::parse(query.as_bytes()) {
        let Some(param) = params.iter().find(|p| p.name == name) else { continue };
        if object.contains_key(param.name) {
            details.push(format!("{0}: \"{0}\" must be given at most once", param.name));
            continue;
        }
        match read_param(param, &text) {
            Ok(value) => {
                object.insert(param.name.to_owned(), value);
            }
            Err(detail) => details.push(detail),
        }
    }
    decode_params(object, details, schema)
}

fn read_param(param: &Param, text: &str) -> Result<Value, String> {
    let name = param.name;
    match param.kind {
        ParamKind::String => Ok(Value::String(text.to_owned())),
        ParamKind::Integer => {
            text.parse::<i64>().map(Value::from).map_err(|_| format!("{name}: \"{name}\" must be an integer"))
        }
        ParamKind::Number => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("{name}: \"{name}\" must be a number")),
        ParamKind::Boolean => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(format!("{name}: \"{name}\" must be true or false")),
        },
    }
}

fn decode_params<T: DeserializeOwned>(
    object: Map<String, Value>,
    mut details: Vec<String>,
    schema: &Schema,
) -> Result<T, Rejection> {
    let value = Value::Object(object);
    if let Err(more) = schema.check(&value, 1) {
        details.extend(more);
    }
    if !details.is_empty() {
        return Err(Rejection::validation(details));
    }
    serde_json::from_value(value).map_err(|e| Rejection::validation(vec![e.to_string()]))
}

/// Reads a JSON body: `415` unless it is `application/json`, `413` past the
/// size limit, `400` when it is missing, not JSON, or violates `schema`.
#[doc(hidden)]
pub async fn json_body<T: DeserializeOwned>(
    parts: &Parts,
    body: Body,
    schema: &Schema,
    options: &RouterOptions,
) -> Result<T, Rejection> {
    let unsupported = |got: String| {
        Rejection::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type",
            vec![format!("Content-Type: expected application/json, got {got}")],
        )
    };
    if let Some(content_type) = parts.headers.get(header::CONTENT_TYPE) {
        let text = content_type.to_str().unwrap_or("");
        let mut pieces = text.split(';');
        let essence = pieces.next().unwrap_or("").trim();
        if !essence.eq_ignore_ascii_case("application/json") {
            return Err(unsupported(format!("`{}`", clipped(text))));
        }
        // JSON is UTF-8 (RFC 8259); a body that says otherwise would be misread.
        for parameter in pieces {
            let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
            let value = value.trim().trim_matches('"');
            if name.trim().eq_ignore_ascii_case("charset") && !value.eq_ignore_ascii_case("utf-8") {
                return Err(Rejection::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type",
                    vec![format!("Content-Type: the charset must be utf-8, not `{}`", clipped(value))],
                ));
            }
        }
    }
    // Bodies are read as sent: no decompression, so no decompression bomb.
    for encoding in parts.headers.get_all(header::CONTENT_ENCODING) {
        let text = encoding.to_str().unwrap_or("");
        if !text.split(',').all(|coding| coding.trim().eq_ignore_ascii_case("identity")) {
            return Err(Rejection::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Unsupported Media Type",
                vec![format!("Content-Encoding: `{}` is not accepted; send the body uncompressed", clipped(text))],
            ));
        }
    }
    let too_large = || {
        Rejection::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Payload Too Large",
            vec![format!("body: larger than the limit of {} bytes", options.body_limit)],
        )
    };
    let declared = parts.headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > options.body_limit as u64) {
        return Err(too_large());
    }
    let bytes = match axum::body::to_bytes(body, options.body_limit).await {
        Ok(bytes) => bytes,
        Err(error) => {
            let cause = error.into_inner();
            let is = |check: &dyn Fn(&(dyn std::error::Error + 'static)) -> bool| {
                let mut current: Option<&(dyn std::error::Error + 'static)> = Some(&*cause);
                while let Some(error) = current {
                    if check(error) {
                        return true;
                    }
                    current = error.source();
                }
                false
            };
            return Err(if is(&|e| e.is::<http_body_util::LengthLimitError>()) {
                too_large()
            } else if is(&|e| e.is::<tower_http::timeout::TimeoutError>()) {
                Rejection::new(
                    StatusCode::REQUEST_TIMEOUT,
                    "Request Timeout",
                    vec![format!("body: not received within {:?}", options.body_read_timeout)],
                )
            } else {
                Rejection::new(StatusCode::BAD_REQUEST, "Bad Request", vec!["body: the body could not be read".into()])
            });
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Rejection::validation(vec!["body: a request body is required".into()]));
    }
    if parts.headers.get(header::CONTENT_TYPE).is_none() {
        return Err(unsupported("none".into()));
    }
    let (value, values) =
        read_json(&bytes).map_err(|detail| Rejection::new(StatusCode::BAD_REQUEST, "Bad Request", vec![detail]))?;
    schema.check(&value, values).map_err(Rejection::validation)?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        use serde_path_to_error::Segment;
        let mut pointer = String::new();
        for segment in e.path().iter() {
            match segment {
                Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
                Segment::Map { key } => pointer.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1"))),
                Segment::Enum { .. } | Segment::Unknown => {}
            }
        }
        Rejection::validation(vec![format!("{}: {}", dotted(&pointer), e.inner())])
    })
}

/// Parses a JSON body strictly: a key twice in one object is an error (not
/// "last one wins"), and so is nesting deeper than [`MAX_DEPTH`]. Returns
/// the value and how many JSON values it holds. Linear in the body's size.
fn read_json(bytes: &[u8]) -> Result<(Value, usize), String> {
    use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
    use std::cell::Cell;

    struct Strict<'a> {
        depth: usize,
        values: &'a Cell<usize>,
    }

    impl Strict<'_> {
        fn count(&self) {
            self.values.set(self.values.get() + 1);
        }
        fn nested(&self) -> Strict<'_> {
            Strict { depth: self.depth + 1, values: self.values }
        }
    }

    impl<'de> DeserializeSeed<'de> for Strict<'_> {
        type Value = Value;
        fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
            deserializer.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Strict<'_> {
        type Value = Value;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            self.count();
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            self.count();
            Ok(Value::from(v))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            self.count();
            Ok(Value::from(v))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            self.count();
            Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            self.count();
            Ok(Value::String(v.to_owned()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            self.count();
            Ok(Value::String(v))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            self.count();
            Ok(Value::Null)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            self.count();
            if self.depth >= MAX_DEPTH {
                return Err(A::Error::custom(format!("nested deeper than {MAX_DEPTH} levels")));
            }
            let mut items = Vec::new();
            while let Some(item) = seq.next_element_seed(self.nested())? {
                items.push(item);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            self.count();
            if self.depth >= MAX_DEPTH {
                return Err(A::Error::custom(format!("nested deeper than {MAX_DEPTH} levels")));
            }
            let mut object = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                if object.contains_key(&key) {
                    return Err(A::Error::custom(format!("the key {} appears twice in one object", shown(&key))));
                }
                let value = map.next_value_seed(self.nested())?;
                object.insert(key, value);
            }
            Ok(Value::Object(object))
        }
    }

    let values = Cell::new(0);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = Strict { depth: 0, values: &values }
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value))
        .map_err(|e| format!("body: malformed JSON: {e}"))?;
    Ok((value, values.get()))
}

/// Header text for an error message, cut at 64 characters.
fn clipped(text: &str) -> String {
    if text.chars().count() <= 64 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(64).collect::<String>())
    }
}

/// A value for an error message: quoted, or only its length when it is long.
fn shown(value: &str) -> String {
    let length = value.chars().count();
    if length <= 64 { format!("{value:?}") } else { format!("a {length}-character value") }
}

/// Runs an operation. A panic in the implementation is answered with `500`
/// in the error format instead of tearing down the connection.
#[doc(hidden)]
pub async fn call<F, R>(operation: F) -> Response
where
    F: Future<Output = R>,
    R: IntoResponse,
{
    match AssertUnwindSafe(operation).catch_unwind().await {
        Ok(response) => response.into_response(),
        Err(_) => error_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            vec!["the server failed while handling the request".into()],
        ),
    }
}

/// `405` with the `Allow` header.
#[doc(hidden)]
pub fn method_not_allowed(method: &axum::http::Method, path: &str, allow: &'static str) -> Response {
    let mut response = error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "Method Not Allowed",
        vec![format!("{method} is not allowed on {path}; allowed: {allow}")],
    );
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
    response
}

/// `404` for a path the API does not have.
#[doc(hidden)]
pub async fn not_found(uri: axum::http::Uri) -> Response {
    error_response(StatusCode::NOT_FOUND, "Not Found", vec![format!("no such path: {}", uri.path())])
}

/// The OpenAPI document, as JSON.
#[doc(hidden)]
pub fn openapi(json: &'static str) -> Response {
    let mut response = (StatusCode::OK, json).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// A JSON pointer as the documentation writes paths: `data.attributes.name`,
/// `data.attributes.taxes[0].invoice_id`; the empty pointer is `body`.
fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{segment}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&segment);
        }
    }
    if out.is_empty() { "body".to_owned() } else { out }
}

/// The message for a `not` the spec uses to forbid a combination of
/// members: `{required: [a, b]}` (mutually exclusive) and
/// `{required: [a], not: {required: [b]}}` (`a` only with `b`).
fn forbidden_combination(schema: &Value) -> String {
    let names = |s: &Value| -> Vec<String> {
        s.get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).map(|n| format!("\"{n}\"")).collect())
            .unwrap_or_default()
    };
    let present = names(schema);
    match schema.get("not") {
        None if present.len() > 1 => format!("{} are mutually exclusive", present.join(" and ")),
        Some(inner) if !present.is_empty() && !names(inner).is_empty() => {
            format!("{} is only valid with {}", present.join(" and "), names(inner).join(" and "))
        }
        _ => format!("must not match {schema}"),
    }
}

/// Describes one violation. A value that matches none of the forms of an
/// `anyOf`/`oneOf` but has the type of only one of them (a nullable
/// reference that is not `null`, a union whose discriminator picks one
/// branch) is described by what is wrong in that form.
fn describe_into(error: &jsonschema::ValidationError<'_>, out: &mut Vec<String>) {
    if let ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } = error.kind() {
        let at = error.instance_path().as_str();
        let wrong_type = |branch: &Vec<jsonschema::ValidationError<'static>>| {
            branch.iter().any(|e| {
                e.instance_path().as_str() == at
                    && matches!(e.kind(), ValidationErrorKind::Type { .. } | ValidationErrorKind::Constant { .. })
            })
        };
        let fitting: Vec<&Vec<jsonschema::ValidationError<'static>>> =
            context.iter().filter(|branch| !wrong_type(branch)).collect();
        if let [branch] = fitting.as_slice()
            && !branch.is_empty()
        {
            for inner in branch.iter() {
                describe_into(inner, out);
            }
            return;
        }
    }
    out.push(describe(error));
}

/// One violation as `path: "label" message`, the documented style.
fn describe(error: &jsonschema::ValidationError<'_>) -> String {
    let pointer = error.instance_path().as_str().to_owned();
    let label = |pointer: &str| {
        let last = pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
        if pointer.is_empty() { "body".to_owned() } else { last }
    };
    let list = |values: &Value| match values {
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string()))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    };
    let (pointer, message) = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().map(str::to_owned).unwrap_or_else(|| property.to_string());
            let at = format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"));
            return format!("{}: \"{name}\" is required", dotted(&at));
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let names: Vec<String> = unexpected.iter().map(|u| format!("\"{u}\"")).collect();
            (pointer.clone(), format!("{} not allowed", names.join(", ")))
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(ty) => ty.to_string(),
                TypeKind::Multiple(types) => types.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" or "),
            };
            (pointer.clone(), format!("\"{}\" must be of type {expected}", label(&pointer)))
        }
        ValidationErrorKind::MinLength { limit } => {
            (pointer.clone(), format!("\"{}\" length must be at least {limit} characters long", label(&pointer)))
        }
        ValidationErrorKind::MaxLength { limit } => (
            pointer.clone(),
            format!("\"{}\" length must be less than or equal to {limit} characters long", label(&pointer)),
        ),
        ValidationErrorKind::Enum { options } => {
            (pointer.clone(), format!("\"{}\" must be one of [{}]", label(&pointer), list(options)))
        }
        ValidationErrorKind::Constant { expected_value } => {
            (pointer.clone(), format!("\"{}\" must be {expected_value}", label(&pointer)))
        }
        ValidationErrorKind::Format { format } => {
            let what = match format.as_str() {
                "uuid" => "a valid GUID".to_owned(),
                "date-time" => "a valid RFC 3339 date-time".to_owned(),
                "uri" => "a valid URI".to_owned(),
                other => format!("a valid {other}"),
            };
            (pointer.clone(), format!("\"{}\" must be {what}", label(&pointer)))
        }
        ValidationErrorKind::Minimum { limit } => {
            (pointer.clone(), format!("\"{}\" must be greater than or equal to {limit}", label(&pointer)))
        }
        ValidationErrorKind::Maximum { limit } => {
            (pointer.clone(), format!("\"{}\" must be less than or equal to {limit}", label(&pointer)))
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            (pointer.clone(), format!("\"{}\" must be greater than {limit}", label(&pointer)))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            (pointer.clone(), format!("\"{}\" must be less than {limit}", label(&pointer)))
        }
        ValidationErrorKind::MinItems { limit } => {
            (pointer.clone(), format!("\"{}\" must contain at least {limit} items", label(&pointer)))
        }
        ValidationErrorKind::MaxItems { limit } => {
            (pointer.clone(), format!("\"{}\" must contain at most {limit} items", label(&pointer)))
        }
        ValidationErrorKind::Pattern { pattern } => {
            (pointer.clone(), format!("\"{}\" fails to match the required pattern: {pattern}", label(&pointer)))
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            (pointer.clone(), format!("\"{}\" does not match any of the allowed forms", label(&pointer)))
        }
        ValidationErrorKind::Not { schema } => (pointer.clone(), forbidden_combination(schema)),
        ValidationErrorKind::OneOfMultipleValid { .. } => {
            (pointer.clone(), format!("\"{}\" matches more than one of the allowed forms", label(&pointer)))
        }
        _ => (pointer.clone(), error.to_string()),
    };
    format!("{}: {message}", dotted(&pointer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_read_like_the_documentation() {
        assert_eq!(dotted("/data/attributes/name"), "data.attributes.name");
        assert_eq!(dotted("/data/attributes/taxes/0/invoice_id"), "data.attributes.taxes[0].invoice_id");
        assert_eq!(dotted("/page[limit]"), "page[limit]");
        assert_eq!(dotted(""), "body");
    }

    fn details(schema: &str, value: Value) -> Vec<String> {
        Schema::new(Box::leak(schema.to_owned().into_boxed_str())).check(&value, 1).unwrap_err()
    }

    #[test]
    fn a_missing_property_is_named_like_the_documented_example() {
        let schema = r#"{"type":"object","properties":{"data":{"type":"object","properties":{"attributes":{"type":"object","required":["name"]}}}}}"#;
        assert_eq!(
            details(schema, json!({ "data": { "attributes": {} } })),
            vec![r#"data.attributes.name: "name" is required"#]
        );
    }

    #[test]
    fn lengths_enums_formats_and_bounds_have_messages() {
        let schema = r#"{"type":"object","properties":{
            "name":{"type":"string","minLength":3},
            "kind":{"enum":["a","b"]},
            "id":{"type":"string","format":"uuid"},
            "limit":{"type":"integer","maximum":100},
            "items":{"type":"array","minItems":1}}}"#;
        let got = details(schema, json!({ "name": "ab", "kind": "c", "id": "x", "limit": 101, "items": [] }));
        for expected in [
            r#"name: "name" length must be at least 3 characters long"#,
            r#"kind: "kind" must be one of [a, b]"#,
            r#"id: "id" must be a valid GUID"#,
            r#"limit: "limit" must be less than or equal to 100"#,
            r#"items: "items" must contain at least 1 items"#,
        ] {
            assert!(got.iter().any(|d| d == expected), "missing {expected:?} in {got:?}");
        }
    }
}
