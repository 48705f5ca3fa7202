//! Faults on demand, and the store's rate limit.
//!
//! A [`Fault`] makes the next calls of an operation (or of any operation)
//! answer an error status (`429` with `Retry-After`, `500`, `503`, …) in
//! the API's error format, wait before answering, drop the connection, or
//! carry the request out and then drop the connection (the answer is lost,
//! what the request did is not).
//! Faults are used in the order they were added; each is used `times`
//! times. The rate limit, when set, answers `429` with `Retry-After` once
//! the store sends more requests per second than it allows, as Elastic
//! Path does (100 a second for a production store, 25 for a development
//! one). Both apply to the API's operations and the token endpoint
//! (operation `AccessToken`), not to the admin endpoints.

use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use governor::clock::Clock as _;

/// The operation id the token endpoint goes by in faults and the journal.
pub const ACCESS_TOKEN: &str = "AccessToken";

/// What a fault does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// Answers this error status in the API's error format, with
    /// `Retry-After` if given (in seconds).
    Status {
        /// The status: 400 to 599.
        status: u16,
        /// The `Retry-After` header, in seconds.
        retry_after: Option<u64>,
    },
    /// Drops the connection instead of answering.
    DropConnection,
    /// Carries the request out, then drops the connection: the answer is
    /// lost, not what the request did.
    LoseAnswer,
    /// Answers normally, after the fault's latency.
    Slow,
}

/// A fault to inject. Build one, then give it to
/// [`Sandbox::inject`](crate::Sandbox::inject):
///
/// ```
/// use std::time::Duration;
/// use elasticpath_subscriptions_sandbox::{Fault, Sandbox};
///
/// let sandbox = Sandbox::new();
/// // The next two ListJobs answer 429 with `Retry-After: 1`.
/// sandbox.inject(Fault::rate_limited(1).on("ListJobs").times(2)).unwrap();
/// // The next call of any operation waits 200 ms, then answers 503.
/// sandbox.inject(Fault::status(503).with_latency(Duration::from_millis(200))).unwrap();
/// // The next CreateJob gets its connection dropped.
/// sandbox.inject(Fault::drop_connection().on("CreateJob")).unwrap();
/// // The next CreateJob creates its job, and its answer is lost.
/// sandbox.inject(Fault::lose_answer().on("CreateJob")).unwrap();
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// What it does.
    pub kind: FaultKind,
    /// How long to wait first.
    pub latency: Duration,
    /// The operation it applies to (`None`: any).
    pub operation: Option<String>,
    /// The store whose requests it applies to (`None`: any).
    pub store: Option<String>,
    /// How many calls it applies to.
    pub times: u32,
}

impl Fault {
    fn new(kind: FaultKind) -> Fault {
        Fault { kind, latency: Duration::ZERO, operation: None, store: None, times: 1 }
    }

    /// Answers `status`, an error status from 400 to 599 (others are
    /// refused by [`Sandbox::inject`](crate::Sandbox::inject)), in the
    /// API's error format.
    pub fn status(status: u16) -> Fault {
        Fault::new(FaultKind::Status { status, retry_after: None })
    }

    /// Answers `429` with `Retry-After: seconds`.
    pub fn rate_limited(seconds: u64) -> Fault {
        Fault::status(429).retry_after(seconds)
    }

    /// Drops the connection without an answer.
    pub fn drop_connection() -> Fault {
        Fault::new(FaultKind::DropConnection)
    }

    /// Carries the request out (a create creates), then drops the
    /// connection without the answer: what a client sees when an answer
    /// is lost on the way back.
    pub fn lose_answer() -> Fault {
        Fault::new(FaultKind::LoseAnswer)
    }

    /// Answers normally, `latency` late (at most [`MAX_LATENCY`]).
    pub fn delay(latency: Duration) -> Fault {
        Fault::new(FaultKind::Slow).with_latency(latency)
    }

    /// Adds `Retry-After: seconds` to a status fault.
    pub fn retry_after(mut self, seconds: u64) -> Fault {
        if let FaultKind::Status { retry_after, .. } = &mut self.kind {
            *retry_after = Some(seconds);
        }
        self
    }

    /// Waits `latency` before acting.
    pub fn with_latency(mut self, latency: Duration) -> Fault {
        self.latency = latency;
        self
    }

    /// Applies to `operation` only (an operationId such as `ListJobs`, or
    /// `AccessToken`).
    pub fn on(mut self, operation: &str) -> Fault {
        self.operation = Some(operation.to_owned());
        self
    }

    /// Applies to requests of store `store` only (whose tokens name it).
    pub fn in_store(mut self, store: &str) -> Fault {
        self.store = Some(store.to_owned());
        self
    }

    /// Applies to the next `times` calls (default 1).
    pub fn times(mut self, times: u32) -> Fault {
        self.times = times;
        self
    }
}

/// The most faults waiting at once.
pub const MAX_FAULTS: usize = 1_000;

/// The longest latency a fault adds: a server must still stop in time.
pub const MAX_LATENCY: Duration = Duration::from_secs(60);

/// Why a fault was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultError {
    /// The status is not an error status, 400 to 599.
    NotAnErrorStatus(u16),
    /// `Retry-After` is only for a status fault.
    RetryAfterWithoutStatus,
    /// No operation has this id.
    UnknownOperation(String),
    /// `times` is 0.
    NeverApplies,
    /// The latency is over [`MAX_LATENCY`].
    TooSlow(Duration),
    /// [`MAX_FAULTS`] are waiting already.
    TooMany,
}

impl std::fmt::Display for FaultError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FaultError::NotAnErrorStatus(status) => write!(f, "status: {status} is not an error status (400 to 599)"),
            FaultError::RetryAfterWithoutStatus => write!(f, "retry_after: only with a status"),
            FaultError::UnknownOperation(operation) => {
                let known: Vec<&str> =
                    elasticpath_subscriptions_server::OPERATIONS.iter().map(|op| op.id).chain([ACCESS_TOKEN]).collect();
                write!(f, "operation: no operation is called `{operation}`; there are {}", known.join(", "))
            }
            FaultError::NeverApplies => write!(f, "times: must be at least 1"),
            FaultError::TooSlow(latency) => write!(f, "latency: {latency:?} is over the most, {MAX_LATENCY:?}"),
            FaultError::TooMany => write!(f, "{MAX_FAULTS} faults are waiting already; delete some first"),
        }
    }
}

impl std::error::Error for FaultError {}

impl Fault {
    /// Whether the sandbox can apply it.
    fn check(&self) -> Result<(), FaultError> {
        match &self.kind {
            FaultKind::Status { status, .. } if !(400..=599).contains(status) => {
                return Err(FaultError::NotAnErrorStatus(*status));
            }
            FaultKind::Status { .. } => {}
            _ => {}
        }
        if let Some(operation) = &self.operation
            && operation != ACCESS_TOKEN
            && !elasticpath_subscriptions_server::OPERATIONS.iter().any(|op| op.id == operation)
        {
            return Err(FaultError::UnknownOperation(operation.clone()));
        }
        if self.times == 0 {
            return Err(FaultError::NeverApplies);
        }
        if self.latency > MAX_LATENCY {
            return Err(FaultError::TooSlow(self.latency));
        }
        Ok(())
    }
}

/// The faults waiting to be used, in order.
#[derive(Debug, Default)]
pub(crate) struct Faults(Mutex<Vec<Fault>>);

impl Faults {
    /// Adds a fault the sandbox can apply, while fewer than [`MAX_FAULTS`] wait.
    pub(crate) fn add(&self, fault: Fault) -> Result<(), FaultError> {
        fault.check()?;
        let mut faults = self.lock();
        if faults.len() >= MAX_FAULTS {
            return Err(FaultError::TooMany);
        }
        faults.push(fault);
        Ok(())
    }

    pub(crate) fn clear(&self) {
        self.lock().clear();
    }

    pub(crate) fn pending(&self) -> Vec<Fault> {
        self.lock().clone()
    }

    /// The first fault for `operation` in `store`, used once.
    fn take(&self, operation: &str, store: Option<&str>) -> Option<Fault> {
        let mut faults = self.lock();
        let index = faults.iter().position(|f| {
            f.operation.as_deref().is_none_or(|o| o == operation) && f.store.as_deref().is_none_or(|s| Some(s) == store)
        })?;
        let fault = &mut faults[index];
        fault.times -= 1;
        let used = fault.clone();
        if fault.times == 0 {
            faults.remove(index);
        }
        Some(used)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Fault>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The store's rate limit, on real time (governor's GCRA).
pub(crate) struct RateLimit {
    per_second: u32,
    limiter: governor::DefaultDirectRateLimiter,
}

impl std::fmt::Debug for RateLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RateLimit({} per second)", self.per_second)
    }
}

impl RateLimit {
    pub(crate) fn per_second(per_second: NonZeroU32) -> RateLimit {
        RateLimit {
            per_second: per_second.get(),
            limiter: governor::RateLimiter::direct(governor::Quota::per_second(per_second)),
        }
    }

    /// `None` if a request may go now; else the seconds to wait, rounded up.
    fn check(&self) -> Option<u64> {
        self.limiter.check().err().map(|not_until| {
            let wait = not_until.wait_time_from(governor::clock::DefaultClock::default().now());
            wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
        })
    }
}

/// Marks an answer whose connection is dropped, for the journal.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Dropped;

/// The layer that applies the rate limit and the faults.
pub(crate) async fn layer(
    axum::extract::State(sandbox): axum::extract::State<crate::Sandbox>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let (named, store) = match request.extensions().get::<crate::journal::Named>() {
        Some(named) => (named.0, named.1.clone()),
        None => {
            (crate::operation_id(request.method(), request.uri().path()), crate::journal::store_of(&sandbox, &request))
        }
    };
    let Some(operation) = named else {
        return next.run(request).await;
    };
    if let Some(limit) = &sandbox.rate_limit
        && let Some(wait) = limit.check()
    {
        let detail = format!("the store sent more than {} requests in a second", limit.per_second);
        return with_retry_after(crate::error_answer(StatusCode::TOO_MANY_REQUESTS, detail), Some(wait.max(1)));
    }
    let Some(fault) = sandbox.faults.take(operation, store.as_deref()) else {
        return next.run(request).await;
    };
    if !fault.latency.is_zero() {
        tokio::time::sleep(fault.latency).await;
    }
    match fault.kind {
        FaultKind::Slow => next.run(request).await,
        FaultKind::Status { status, retry_after } => {
            let detail = format!("a fault injected into the sandbox for {operation}");
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            with_retry_after(crate::error_answer(status, detail), retry_after)
        }
        FaultKind::DropConnection => dropped(),
        FaultKind::LoseAnswer => {
            let _done = next.run(request).await;
            dropped()
        }
    }
}

/// An answer that never arrives: a body that fails at once, so hyper
/// closes the connection without completing it.
fn dropped() -> Response {
    let failing = futures_util::stream::once(async {
        Err::<Bytes, _>(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "dropped by a fault"))
    });
    let mut response = Response::new(Body::from_stream(failing));
    response.extensions_mut().insert(Dropped);
    response
}

fn with_retry_after(mut response: Response, seconds: Option<u64>) -> Response {
    if let Some(seconds) = seconds {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
