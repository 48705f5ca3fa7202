//! What an implementation is handed with each request, and what it can see
//! of the requests the router refused.

use std::fmt;
use std::sync::Arc;

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

/// What the router knows about a request once it has passed the checks,
/// handed to every operation.
#[derive(Clone)]
#[non_exhaustive]
pub struct RequestContext {
    /// The operationId being served, such as `CreateJob`.
    pub operation_id: &'static str,
    /// The bearer token from `Authorization: Bearer <token>`. Never empty
    /// for an operation whose `security` requires one (every operation of
    /// this API); empty if an optional token was not sent.
    pub bearer_token: String,
    /// All request headers.
    pub headers: HeaderMap,
    /// The request's extensions: what middleware put there (a tenant, a
    /// database handle, a trace id), to read with `extensions.get::<T>()`.
    pub extensions: axum::http::Extensions,
}

impl RequestContext {
    /// A context for calling an implementation directly, as a test would.
    pub fn new(operation_id: &'static str, bearer_token: impl Into<String>) -> RequestContext {
        RequestContext {
            operation_id,
            bearer_token: bearer_token.into(),
            headers: HeaderMap::new(),
            extensions: axum::http::Extensions::new(),
        }
    }
}

/// The token and the `Authorization` header are never printed.
impl fmt::Debug for RequestContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Headers<'a>(&'a HeaderMap);
        impl fmt::Debug for Headers<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(name, value)| {
                        let shown = if name == header::AUTHORIZATION || name == header::PROXY_AUTHORIZATION {
                            "<redacted>"
                        } else {
                            value.to_str().unwrap_or("<not text>")
                        };
                        (name.as_str(), shown)
                    }))
                    .finish()
            }
        }
        f.debug_struct("RequestContext")
            .field("operation_id", &self.operation_id)
            .field("bearer_token", &if self.bearer_token.is_empty() { "" } else { "<redacted>" })
            .field("headers", &Headers(&self.headers))
            .field("extensions", &self.extensions.len())
            .finish()
    }
}

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

/// A request the router answered itself, in the error format: refused
/// before the implementation saw it (a bad token, a value the spec does not
/// allow, a limit passed, an unknown path), or failed in it (a panic, a
/// response that could not be sent). Handed to the hook set with
/// [`RouterOptions::on_rejection`](crate::RouterOptions::on_rejection).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rejection {
    /// The HTTP status of the answer.
    pub status: StatusCode,
    /// The error title, such as `Validation Error`.
    pub title: &'static str,
    /// One `detail` per problem found (at most [`MAX_PROBLEMS`](crate::MAX_PROBLEMS) and a last
    /// one saying more were cut).
    pub details: Vec<String>,
    /// The operation the request was routed to, if it was.
    pub operation_id: Option<&'static str>,
}

/// What the hook of [`RouterOptions::on_rejection`](crate::RouterOptions::on_rejection)
/// is: it sees every rejection, and may return an answer to send instead of
/// the router's.
pub type RejectionHook = Arc<dyn Fn(&Rejection) -> Option<Response> + Send + Sync>;
