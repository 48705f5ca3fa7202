//! The client's error: one or two readable lines, never a whole response.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::types;

/// The most bytes read from an answer the spec does not document, to look
/// for the API's error document in it.
pub const MAX_UNDOCUMENTED_BODY: usize = 16 * 1024;

/// The most characters of any text from the server shown in [`Error`]'s
/// `Display` (a title, a detail, a body excerpt).
pub const MAX_SHOWN: usize = 200;

/// Why a call failed.
///
/// Its `Display` is one line: the operation, the status, the API's `title`
/// and `detail` (or what went wrong on the way), with anything the server
/// sent cut to [`MAX_SHOWN`] characters; never headers, never a whole body.
///
/// ```
/// # async fn example(client: &elasticpath_subscriptions_client::Client) {
/// match client.get_job().job_uuid(uuid::Uuid::nil()).send().await {
///     Ok(job) => println!("{}", job.data.id),
///     Err(e) if e.is_not_found() => println!("no such job"),
///     Err(e) if e.is_retryable() => println!("try again in {:?}: {e}", e.retry_after()),
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
pub struct Error {
    operation: &'static str,
    /// Whether the operation may be retried once it may have reached the server.
    idempotent: bool,
    kind: Kind,
}

/// The same line as `Display`: `main` returning the error prints that
/// line, never a dump of headers and bodies.
impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

#[derive(Debug)]
enum Kind {
    /// An answer in the API's error format (documented, or undocumented
    /// but readable as it).
    Api { status: StatusCode, headers: HeaderMap, body: types::ErrorResponse },
    /// An answer the spec does not document, not in the API's error format.
    Undocumented { status: StatusCode, headers: HeaderMap, excerpt: Option<String> },
    /// A redirect to another origin, which the client does not follow;
    /// `to` is that origin.
    Redirected { status: StatusCode, headers: HeaderMap, to: String },
    /// A documented answer whose body does not decode.
    Decode { status: StatusCode, headers: HeaderMap, message: String },
    /// The server could not be reached, or the answer not read; `cause` is
    /// the innermost reason, without the URL.
    Transport { error: reqwest::Error, cause: String },
    /// No access token could be had.
    Auth(crate::auth::TokenError),
    /// The call's time budget ran out before it was sent, waiting for the
    /// client's rate limit.
    Unsent { budget: Duration },
    /// The request could not be built from what was given.
    Request(String),
}

impl Error {
    /// Converts progenitor's error for the call `call` recorded.
    pub(crate) async fn from_progenitor(
        error: progenitor_client::Error<types::ErrorResponse>,
        call: crate::runtime::CallRecord,
    ) -> Error {
        use progenitor_client::Error as P;
        let (operation, idempotent) = (call.operation.name, call.operation.idempotent);
        let (status, headers) = call.answer.unwrap_or((StatusCode::OK, HeaderMap::new()));
        let kind = match error {
            P::ErrorResponse(answer) => {
                let (status, headers) = (answer.status(), answer.headers().clone());
                Kind::Api { status, headers, body: answer.into_inner() }
            }
            P::UnexpectedResponse(response) if response.status().is_redirection() => {
                let to = crate::redirect::target(response.url(), response.headers());
                Kind::Redirected { status: response.status(), headers: response.headers().clone(), to }
            }
            P::UnexpectedResponse(response) => undocumented(response).await,
            P::InvalidResponsePayload(_, e) => Kind::Decode { status, headers, message: e.to_string() },
            P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => transport(e),
            P::InvalidRequest(message) => Kind::Request(message),
            P::Custom(message) => match call.unsent {
                Some(budget) => Kind::Unsent { budget },
                None => Kind::Auth(call.token_error.unwrap_or_else(|| crate::auth::TokenError::new(message))),
            },
        };
        Error { operation, idempotent, kind }
    }

    /// A request the client refused to send.
    pub(crate) fn invalid(operation: &'static str, message: String) -> Error {
        Error { operation, idempotent: true, kind: Kind::Request(message) }
    }

    /// The operation that failed, by its operationId (`GetJob`).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The HTTP status of the answer, if there was one: the API's, or the
    /// token endpoint's when no token could be had.
    pub fn status(&self) -> Option<StatusCode> {
        match &self.kind {
            Kind::Api { status, .. }
            | Kind::Undocumented { status, .. }
            | Kind::Redirected { status, .. }
            | Kind::Decode { status, .. } => Some(*status),
            Kind::Transport { error, .. } => error.status(),
            Kind::Auth(e) => e.status(),
            Kind::Request(_) | Kind::Unsent { .. } => None,
        }
    }

    /// Why no access token could be had, when that is why the call failed
    /// (the call itself was then not sent).
    pub fn token_error(&self) -> Option<&crate::auth::TokenError> {
        match &self.kind {
            Kind::Auth(e) => Some(e),
            _ => None,
        }
    }

    /// The API's errors, when the answer was in its error format.
    pub fn api_errors(&self) -> &[types::Error] {
        match &self.kind {
            Kind::Api { body, .. } => &body.errors,
            _ => &[],
        }
    }

    /// The answer's headers, if there was an answer (the token endpoint's,
    /// when no token could be had).
    pub fn headers(&self) -> Option<&HeaderMap> {
        match &self.kind {
            Kind::Api { headers, .. }
            | Kind::Undocumented { headers, .. }
            | Kind::Redirected { headers, .. }
            | Kind::Decode { headers, .. } => Some(headers),
            Kind::Auth(e) => e.headers(),
            _ => None,
        }
    }

    /// `404`: the job or schedule does not exist.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }

    /// `409`: a conflict (a duplicate `external_ref`, a started job, a
    /// concurrent change).
    pub fn is_conflict(&self) -> bool {
        self.status() == Some(StatusCode::CONFLICT)
    }

    /// `429`: the store's rate limit.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(StatusCode::TOO_MANY_REQUESTS)
    }

    /// Whether trying the same call again later may succeed and is safe,
    /// by the rule the client retries by: for `GET`, `PUT` and `DELETE`,
    /// `429`, `502`, `503`, `504`, or a connection that failed, timed out or
    /// broke; for a `POST` (a create), only a connection that could not be
    /// made, since otherwise it may have been done already. When no token
    /// could be had, nothing was sent: whether asking for one again may work.
    pub fn is_retryable(&self) -> bool {
        use crate::retry::{Attempted, worth_retrying};
        match &self.kind {
            Kind::Transport { error, .. } => worth_retrying(Attempted::Failed(error), self.idempotent),
            Kind::Auth(e) => e.is_retryable(),
            Kind::Unsent { .. } => true,
            Kind::Request(_) | Kind::Redirected { .. } => false,
            Kind::Api { status, .. } | Kind::Undocumented { status, .. } | Kind::Decode { status, .. } => {
                worth_retrying(Attempted::Answered(*status), self.idempotent)
            }
        }
    }

    /// How long the server asked to wait (`Retry-After`, in seconds or as
    /// an HTTP date), if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        self.headers().and_then(crate::retry::retry_after)
    }

    /// The first 200 characters of an undocumented answer's body, when it
    /// was not in the API's error format.
    pub fn body_excerpt(&self) -> Option<&str> {
        match &self.kind {
            Kind::Undocumented { excerpt, .. } => excerpt.as_deref(),
            _ => None,
        }
    }
}

/// Reads what an undocumented answer says: the API's error document if it
/// is one, else a short excerpt.
async fn undocumented(mut response: reqwest::Response) -> Kind {
    let (status, headers) = (response.status(), response.headers().clone());
    let mut body = Vec::new();
    while body.len() < MAX_UNDOCUMENTED_BODY {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            _ => break,
        }
    }
    body.truncate(MAX_UNDOCUMENTED_BODY);
    match serde_json::from_slice::<types::ErrorResponse>(&body) {
        Ok(api) => Kind::Api { status, headers, body: api },
        Err(_) => Kind::Undocumented { status, headers, excerpt: excerpt_of(&body) },
    }
}

/// A transport failure, told by its innermost cause; the URL (whose query
/// may carry data) is dropped.
fn transport(error: reqwest::Error) -> Kind {
    let error = error.without_url();
    let cause = describe_transport(&error);
    Kind::Transport { error, cause }
}

/// What went wrong on the way, in a few words and the innermost cause
/// (`could not connect: Connection refused`): the words every transport
/// failure of the client is told in, an API call's or the token
/// endpoint's.
pub(crate) fn describe_transport(error: &reqwest::Error) -> String {
    let mut cause = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        cause = inner.to_string();
        source = inner.source();
    }
    let what = if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "could not connect"
    } else if error.is_body() || error.is_decode() {
        "the answer broke off"
    } else if error.is_request() {
        "the connection was lost"
    } else {
        "the request failed"
    };
    format!("{what}: {}", shown(&cause))
}

/// What an error answer says, in the words an API call's error uses:
/// `401 Unauthorized: client_id and client_secret do not match` (a title
/// that repeats the status is left out) for the API's error format, else the status and an excerpt.
pub(crate) fn describe_answer(status: StatusCode, body: &[u8]) -> String {
    match serde_json::from_slice::<types::ErrorResponse>(body) {
        Ok(api) => api_summary(status, &api.errors),
        Err(_) => undocumented_summary(status, &excerpt_of(body)),
    }
}

/// `{status}: {title}: {detail} (and N more)`, each said once: a title that
/// only repeats the status's reason (`404 Not Found: Not Found`) is left out.
fn api_summary(status: StatusCode, errors: &[types::Error]) -> String {
    let mut line = status.to_string();
    if let Some(first) = errors.first() {
        let reason = status.canonical_reason().unwrap_or_default();
        if !first.title.trim().eq_ignore_ascii_case(reason) {
            line.push_str(&format!(": {}", shown(&first.title)));
        }
        if let Some(detail) = &first.detail {
            line.push_str(&format!(": {}", shown(detail)));
        }
    }
    if errors.len() > 1 {
        line.push_str(&format!(" (and {} more)", errors.len() - 1));
    }
    line
}

/// `{status}, an answer the API does not document: {excerpt}`.
fn undocumented_summary(status: StatusCode, excerpt: &Option<String>) -> String {
    match excerpt {
        Some(excerpt) => format!("{status}, an answer the API does not document: {excerpt}"),
        None => format!("{status}, an answer the API does not document"),
    }
}

/// A body's first [`MAX_SHOWN`] characters on one line, if it has any.
fn excerpt_of(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let excerpt = shown(text.trim());
    (!excerpt.is_empty()).then_some(excerpt)
}

/// Text from the server, on one line, at most [`MAX_SHOWN`] characters.
pub(crate) fn shown(text: &str) -> String {
    let one_line: String =
        text.chars().map(|c| if c.is_control() || c == '\u{2028}' || c == '\u{2029}' { ' ' } else { c }).collect();
    match one_line.char_indices().nth(MAX_SHOWN) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let operation = self.operation;
        match &self.kind {
            Kind::Api { status, body, .. } => write!(f, "{operation} failed: {}", api_summary(*status, &body.errors)),
            Kind::Undocumented { status, excerpt, .. } => {
                write!(f, "{operation} failed: {}", undocumented_summary(*status, excerpt))
            }
            Kind::Redirected { status, to, .. } => {
                write!(f, "{operation} failed: {status}, a redirect to {to}, which the client does not follow")
            }
            Kind::Decode { status, message, .. } => {
                write!(f, "{operation}: the {status} answer could not be read: {}", shown(message))
            }
            Kind::Transport { error, cause } => {
                write!(f, "{operation}: no answer from the API: {cause}")?;
                if !self.idempotent && !error.is_connect() {
                    // The request may have reached the server.
                    f.write_str(" (it may have been done; not sent again)")?;
                }
                Ok(())
            }
            Kind::Auth(e) => write!(f, "{operation}: {e}"),
            Kind::Unsent { budget } => {
                write!(
                    f,
                    "{operation}: not sent: the call's time budget of {budget:?} ran out waiting for the rate limit"
                )
            }
            Kind::Request(message) => write!(f, "{operation}: the request is not valid: {}", shown(message)),
        }
    }
}

impl std::error::Error for Error {
    /// The failure underneath, when there is one: the transport error of
    /// the call or of the token request. The `Display` already tells it, so
    /// a report walking the chain adds only its detail, and a token error is
    /// reached with [`Error::token_error`].
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            Kind::Transport { error, .. } => Some(error),
            Kind::Auth(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}
