//! The page to watch the sandbox: `GET /__sandbox/ui`, one self-contained
//! HTML file (no CDN, nothing to build) that reads the admin endpoints.

use axum::response::{Html, IntoResponse, Response};

/// The page.
const PAGE: &str = include_str!("ui.html");

pub(crate) async fn page() -> Response {
    let mut answer = Html(PAGE).into_response();
    // Everything it loads is its own: nothing from elsewhere runs in it.
    answer.headers_mut().insert(
        axum::http::header::CONTENT_SECURITY_POLICY,
        axum::http::HeaderValue::from_static(
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:",
        ),
    );
    answer
}
