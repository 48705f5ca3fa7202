//! The error helpers: bodies in the API's error format, as associated
//! functions of the error body, built through [`error_body`], the one
//! constructor generated from the spec's error schema.

use axum::http::StatusCode;

use crate::{ErrorBody, error_body, runtime};

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::ErrorBody {}
}

/// Error bodies by status, on the error body itself:
/// `ErrorBody::not_found(format!("no job {id}"))`. Bring it into scope with
/// `use elasticpath_subscriptions_server::ErrorBodyExt;`.
///
/// The titles come from the router's one table ([`title_of`](crate::title_of)),
/// so a body built here reads like the router's own refusals. Sealed: only
/// [`ErrorBody`] implements it.
pub trait ErrorBodyExt: sealed::Sealed + Sized {
    /// A body with one error of `status`, `title` and `detail`.
    fn error(status: StatusCode, title: &str, detail: Option<String>) -> Self;

    /// The body of `status` with its title from the router's table, and
    /// one `detail`.
    fn titled(status: StatusCode, detail: impl Into<String>) -> Self {
        Self::error(status, runtime::title(status), Some(detail.into()))
    }

    /// A `400 Validation Error` body; `detail` should start with the JSON
    /// path of the offending field, as in
    /// `data.attributes.name: "name" is required`.
    fn validation_error(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::BAD_REQUEST, detail)
    }

    /// A `400 Bad Request` body, for input that cannot be read at all
    /// (malformed JSON, a filter that does not parse), as the API titles it.
    fn bad_request(detail: impl Into<String>) -> Self {
        Self::error(StatusCode::BAD_REQUEST, runtime::MALFORMED, Some(detail.into()))
    }

    /// A `401 Unauthorized` body.
    fn unauthorized(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::UNAUTHORIZED, detail)
    }

    /// A `403 Forbidden` body (titled `Permission denied`, as the API does).
    fn forbidden(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::FORBIDDEN, detail)
    }

    /// A `404 Not Found` body.
    fn not_found(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::NOT_FOUND, detail)
    }

    /// A `409 Write Conflict` body.
    fn write_conflict(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::CONFLICT, detail)
    }

    /// A `429 Too Many Requests` body.
    fn too_many_requests(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::TOO_MANY_REQUESTS, detail)
    }

    /// A `500 Internal Server Error` body.
    fn internal_error(detail: impl Into<String>) -> Self {
        Self::titled(StatusCode::INTERNAL_SERVER_ERROR, detail)
    }
}

impl ErrorBodyExt for ErrorBody {
    fn error(status: StatusCode, title: &str, detail: Option<String>) -> Self {
        error_body(status, title, &detail.into_iter().collect::<Vec<_>>())
    }
}
