//! The layers around the routes: the request target and header limits,
//! the timeouts (one deadline for the whole body, counted from the
//! request's arrival, and one for the whole request), and, outermost, the
//! one place where every refusal is rendered in the spec's error format.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{ErrorAnswer, Problem};
use crate::context::{Rejection, RejectionHook};
use crate::options::RouterOptions;

/// Wraps the routes in the protections of `options`, outermost first: the
/// renderer of refusals; the request target and header limits; the request
/// timeout; the body's deadline.
pub fn protect(router: axum::Router, options: &RouterOptions, answer: ErrorAnswer) -> axum::Router {
    let limits = options.clone();
    let renderer = Renderer { answer, hook: options.rejection_hook.clone() };
    let request_timeout = options.request_timeout;
    let body_timeout = options.body_read_timeout;
    router
        .layer(axum::middleware::map_request(move |request: axum::extract::Request| async move {
            DeadlineBody::around(request, body_timeout)
        }))
        .layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| async move {
                match tokio::time::timeout(request_timeout, next.run(request)).await {
                    Ok(response) => response,
                    Err(_) => Problem::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        vec!["the request was not answered in time".to_owned()],
                    )
                    .into_response(None),
                }
            },
        ))
        .layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            let refused = request_limits(&request, &limits);
            async move {
                match refused {
                    Some(problem) => problem.into_response(None),
                    None => next.run(request).await,
                }
            }
        }))
        .layer(axum::middleware::map_response_with_state(Arc::new(renderer), render))
}

/// `414` or `431` when the request target or headers are over the limits.
fn request_limits(request: &axum::extract::Request, options: &RouterOptions) -> Option<Problem> {
    let target = request.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > options.max_uri_bytes {
        return Some(Problem::new(
            StatusCode::URI_TOO_LONG,
            vec![format!("the request target is {target} bytes, more than the {} accepted", options.max_uri_bytes)],
        ));
    }
    let headers = request.headers();
    if headers.len() > options.max_headers {
        return Some(Problem::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            vec![format!("{} headers were sent, more than the {} accepted", headers.len(), options.max_headers)],
        ));
    }
    if let Some((name, value)) =
        headers.iter().find(|(name, value)| name.as_str().len() + value.len() > options.max_header_bytes)
    {
        return Some(Problem::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            vec![format!(
                "{name}: the header is {} bytes, more than the {} accepted",
                name.as_str().len() + value.len(),
                options.max_header_bytes
            )],
        ));
    }
    None
}

/// How refusals are rendered: the spec's error constructor, and the hook.
struct Renderer {
    answer: ErrorAnswer,
    hook: Option<RejectionHook>,
}

/// Renders the refusal `response` carries, if it carries one, in the error
/// format, after showing it to the hook. Every other answer, the
/// implementation's own included, passes unchanged.
async fn render(State(renderer): State<Arc<Renderer>>, mut response: Response) -> Response {
    let Some(rejection) = response.extensions_mut().remove::<Rejection>() else {
        return response;
    };
    if let Some(hook) = &renderer.hook
        && let Some(answer) = hook(&rejection)
    {
        return answer;
    }
    let mut answer = (renderer.answer)(rejection.status, rejection.title, &rejection.details);
    for (name, value) in response.headers() {
        if name == header::ALLOW || name == header::RETRY_AFTER {
            answer.headers_mut().insert(name.clone(), value.clone());
        }
    }
    if rejection.status == StatusCode::UNAUTHORIZED {
        answer.headers_mut().insert(header::WWW_AUTHENTICATE, axum::http::HeaderValue::from_static("Bearer"));
    }
    answer.into_response()
}

/// The body of a request that must have arrived in full within `timeout`
/// of the request's arrival: one deadline for the whole body, however it
/// trickles (a timeout per read would restart with every byte).
struct DeadlineBody {
    inner: axum::body::Body,
    deadline: Pin<Box<tokio::time::Sleep>>,
    timeout: Duration,
}

/// The error a body past its deadline reads as.
#[derive(Debug)]
pub struct BodyTimeout(pub Duration);

impl std::fmt::Display for BodyTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the body was not received within {:?}", self.0)
    }
}

impl std::error::Error for BodyTimeout {}

impl DeadlineBody {
    /// `request` with its body under a deadline `timeout` from now (a
    /// request with no body is left as it is).
    fn around(request: axum::extract::Request, timeout: Duration) -> axum::extract::Request {
        use http_body::Body as _;
        if request.body().is_end_stream() {
            return request;
        }
        let deadline = Box::pin(tokio::time::sleep(timeout));
        request.map(|inner| axum::body::Body::new(DeadlineBody { inner, deadline, timeout }))
    }
}

impl http_body::Body for DeadlineBody {
    type Data = axum::body::Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        // The deadline first: a body that keeps trickling is still late.
        if std::future::Future::poll(self.deadline.as_mut(), cx).is_ready() {
            return Poll::Ready(Some(Err(Box::new(BodyTimeout(self.timeout)))));
        }
        Pin::new(&mut self.inner).poll_frame(cx).map_err(Into::into)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}
