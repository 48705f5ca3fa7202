//! The layers around the routes: the request target and header limits,
//! the timeouts (one deadline for the whole body, counted from the
//! request's arrival, and one for the whole request), and, outermost, the
//! one place where every refusal is rendered in the spec's error format.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{ErrorAnswer, Problem};
use crate::context::{Rejection, RejectionHook};
use crate::options::RouterOptions;

/// Wraps the routes in the protections of `options`: the request target
/// and header limits, the request timeout, the body's deadline, and the
/// one place where every refusal is rendered in the spec's error format.
///
/// They are one tower service (`Protect`) with one future, not a stack
/// of middleware: each layer of axum's `from_fn` clones the router and
/// boxes a future for every request, which a hand-written axum server does
/// not pay (BENCHMARKS.md measures the generated router against one).
pub fn protect(router: axum::Router, options: &RouterOptions, answer: ErrorAnswer) -> axum::Router {
    let shared = Arc::new(Shared {
        options: options.clone(),
        renderer: Renderer { answer, hook: options.rejection_hook.clone() },
    });
    router.layer(ProtectLayer(shared))
}

/// What every request's protections share.
struct Shared {
    options: RouterOptions,
    renderer: Renderer,
}

/// Makes a [`Protect`] of each route.
#[derive(Clone)]
struct ProtectLayer(Arc<Shared>);

impl<S> tower_layer::Layer<S> for ProtectLayer {
    type Service = Protect<S>;
    fn layer(&self, inner: S) -> Protect<S> {
        Protect { inner, shared: self.0.clone() }
    }
}

/// The protections around one route (see [`protect`]).
#[derive(Clone)]
struct Protect<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S> tower_service::Service<axum::extract::Request> for Protect<S>
where
    S: tower_service::Service<axum::extract::Request, Response = Response, Error = std::convert::Infallible> + Clone,
{
    type Response = Response;
    type Error = std::convert::Infallible;
    type Future = Protected<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: axum::extract::Request) -> Self::Future {
        let shared = self.shared.clone();
        if let Some(problem) = request_limits(&request, &shared.options) {
            return Protected { state: State::Refused { problem: Some(problem) }, shared };
        }
        // One reading of the clock for both deadlines.
        let now = tokio::time::Instant::now();
        let request = DeadlineBody::around(request, now, shared.options.body_read_timeout);
        // The service that was made ready serves this request; a clone
        // takes its place for the next (tower's contract for `call`).
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let running = tokio::time::timeout_at(deadline(now, shared.options.request_timeout), inner.call(request));
        Protected { state: State::Running { running }, shared }
    }
}

pin_project_lite::pin_project! {
    /// The future of [`Protect`]: the route's answer within the request
    /// timeout, with any refusal rendered.
    struct Protected<F> {
        #[pin]
        state: State<F>,
        shared: Arc<Shared>,
    }
}

pin_project_lite::pin_project! {
    #[project = StateProjection]
    enum State<F> {
        Refused { problem: Option<Problem> },
        Running { #[pin] running: tokio::time::Timeout<F> },
    }
}

impl<F> std::future::Future for Protected<F>
where
    F: std::future::Future<Output = Result<Response, std::convert::Infallible>>,
{
    type Output = Result<Response, std::convert::Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.state.project() {
            StateProjection::Refused { problem } => {
                problem.take().expect("polled after it answered").into_response(None)
            }
            StateProjection::Running { running } => match std::task::ready!(running.poll(cx)) {
                Ok(Ok(response)) => response,
                Ok(Err(never)) => match never {},
                Err(_) => Problem::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    vec!["the request was not answered in time".to_owned()],
                )
                .into_response(None),
            },
        };
        Poll::Ready(Ok(render(&this.shared.renderer, response)))
    }
}

/// `timeout` after `now`; a timeout too long for the clock (such as
/// `Duration::MAX`, for "none") is about 30 years, as tokio takes it.
fn deadline(now: tokio::time::Instant, timeout: Duration) -> tokio::time::Instant {
    now.checked_add(timeout).unwrap_or_else(|| now + Duration::from_secs(86_400 * 365 * 30))
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
fn render(renderer: &Renderer, mut response: Response) -> Response {
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
    /// When the whole body must have arrived.
    deadline: tokio::time::Instant,
    /// The timer for `deadline`, made the first time the body has to be
    /// waited for: a body that has arrived by the time it is read (most
    /// do, in the packet of their headers) never sets a timer.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
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
    /// `request` with its body under a deadline `timeout` from `now` (a
    /// request with no body is left as it is).
    fn around(request: axum::extract::Request, now: tokio::time::Instant, timeout: Duration) -> axum::extract::Request {
        use http_body::Body as _;
        if request.body().is_end_stream() {
            return request;
        }
        let deadline = deadline(now, timeout);
        request.map(|inner| axum::body::Body::new(DeadlineBody { inner, deadline, timer: None, timeout }))
    }
}

impl http_body::Body for DeadlineBody {
    type Data = axum::body::Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = &mut *self;
        // What has arrived is taken; the deadline is looked at whenever the
        // body has to be waited for, so a body that keeps trickling is late
        // at its deadline however often it sends a byte, and a body that is
        // all there is read without a timer.
        if let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) {
            return Poll::Ready(frame.map(|frame| frame.map_err(Into::into)));
        }
        let deadline = this.deadline;
        let timer = this.timer.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        if std::future::Future::poll(timer.as_mut(), cx).is_ready() {
            return Poll::Ready(Some(Err(Box::new(BodyTimeout(this.timeout)))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}
