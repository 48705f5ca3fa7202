//! What the client does around every call, in the client's own code rather
//! than in progenitor's single hook: the token, the rate limit, the user's
//! interceptors, retries, and a tracing span. progenitor's hooks call into
//! it; they hold nothing else.

use std::fmt;
use std::sync::Arc;
#[cfg(feature = "rate-limit")]
use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderValue};
use reqwest::{Request, Response, StatusCode};
use tokio::time::Instant;
use tracing::Instrument;

use crate::Client;
use crate::auth::{AccessToken, TokenProvider};
use crate::retry::{Attempted, RetryPolicy, jittered, retry_after, worth_retrying};

/// One operation, as the generated table lists it.
#[derive(Debug)]
pub(crate) struct Operation {
    /// progenitor's name for it (`list_jobs`).
    pub(crate) progenitor_id: &'static str,
    /// The spec's operationId (`ListJobs`).
    pub(crate) name: &'static str,
    /// `GET`, `POST`, …
    pub(crate) method: &'static str,
    /// The path template (`/subscriptions/jobs/{job_uuid}`).
    pub(crate) path: &'static str,
    /// Whether a retry is safe once the request may have reached the server.
    pub(crate) idempotent: bool,
    /// Whether a create's record can be looked up by its `external_ref`
    /// (see [`crate::creates`]).
    pub(crate) findable: bool,
}

/// What one call (one `send`) knows beyond progenitor's view of it: its
/// operation, the final answer's status and headers, and why no token
/// could be had. It lives for the call, in a task-local the generated
/// `send` opens.
#[derive(Debug)]
pub(crate) struct CallRecord {
    pub(crate) operation: &'static Operation,
    /// When the call began: its time budget counts from here.
    pub(crate) started: Instant,
    pub(crate) answer: Option<(StatusCode, reqwest::header::HeaderMap)>,
    pub(crate) token_error: Option<crate::auth::TokenError>,
    /// The call's budget ran out before it was sent, waiting for the rate
    /// limit.
    pub(crate) unsent: Option<std::time::Duration>,
}

tokio::task_local! {
    static CALL: std::cell::RefCell<CallRecord>;
}

/// Runs one call's `body` (the generated `send`) for the operation `name`,
/// and gives back what it recorded.
pub(crate) async fn scoped<T>(name: &'static str, body: impl std::future::Future<Output = T>) -> (T, CallRecord) {
    let operation = crate::generated::OPERATIONS
        .iter()
        .find(|op| op.name == name)
        .expect("the generator lists every operation it wraps");
    let started = Instant::now();
    let fresh = move || CallRecord { operation, started, answer: None, token_error: None, unsent: None };
    let record = std::cell::RefCell::new(fresh());
    CALL.scope(record, async move {
        let value = body.await;
        let record = CALL.with(|cell| std::mem::replace(&mut *cell.borrow_mut(), fresh()));
        (value, record)
    })
    .await
}

/// The operation of the call in progress.
fn current_operation(progenitor_id: &str) -> &'static Operation {
    static UNKNOWN: Operation =
        Operation { progenitor_id: "", name: "unknown", method: "", path: "", idempotent: false, findable: false };
    CALL.try_with(|cell| cell.borrow().operation).unwrap_or_else(|_| {
        crate::generated::OPERATIONS.iter().find(|op| op.progenitor_id == progenitor_id).unwrap_or(&UNKNOWN)
    })
}

fn record(update: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|cell| update(&mut cell.borrow_mut()));
}

/// When the call in progress began (now, outside a call).
fn call_started() -> Instant {
    CALL.try_with(|cell| cell.borrow().started).unwrap_or_else(|_| Instant::now())
}

/// The least time an attempt is given: with less left of the call's
/// budget, the attempt is not made.
const MIN_ATTEMPT: std::time::Duration = std::time::Duration::from_millis(10);

/// The most bytes of a successful answer read (a page of jobs is far less).
pub const MAX_ANSWER: usize = 32 * 1024 * 1024;
/// The most bytes of an error answer read; the rest is cut.
pub const MAX_ERROR_ANSWER: usize = 64 * 1024;

/// Reads the answer's body inside the attempt (so that a failure reading it
/// is retried like any other), at most `MAX_ANSWER` bytes, or
/// `MAX_ERROR_ANSWER` for any other status than a success; a longer one is
/// cut.
async fn buffered(response: Response) -> reqwest::Result<Response> {
    use reqwest::ResponseBuilderExt;
    let limit = if response.status().is_success() { MAX_ANSWER } else { MAX_ERROR_ANSWER };
    let (status, version, url, headers) =
        (response.status(), response.version(), response.url().clone(), response.headers().clone());
    let (body, _) = read_capped(response, limit).await?;
    let mut rebuilt = http::Response::builder().status(status).version(version).url(url);
    if let Some(map) = rebuilt.headers_mut() {
        *map = headers;
    }
    let rebuilt = rebuilt.body(body).expect("the parts of an answer make an answer");
    Ok(Response::from(rebuilt))
}

/// Reads at most `limit` bytes of an answer's body, and whether there was
/// more (which is left unread): every body the client reads, the token
/// endpoint's included, is read through here.
pub(crate) async fn read_capped(mut response: Response, limit: usize) -> reqwest::Result<(Vec<u8>, bool)> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if chunk.len() > room {
            return Ok((body, true));
        }
        if body.len() == limit {
            // Exactly at the limit: more would be too much.
            return Ok((body, response.chunk().await?.is_some_and(|more| !more.is_empty())));
        }
    }
    Ok((body, false))
}

/// What an interceptor is told about the call it sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Call {
    /// The operationId, such as `ListJobs`.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template, such as `/subscriptions/jobs/{job_uuid}`.
    pub path: &'static str,
    /// Which attempt this is, from 1.
    pub attempt: u32,
}

/// Your code around every attempt of every call: add headers, log, count.
///
/// ```
/// use elasticpath_subscriptions_client::{Call, Interceptor};
///
/// #[derive(Debug)]
/// struct TenantHeader(&'static str);
///
/// impl Interceptor for TenantHeader {
///     fn before(&self, request: &mut reqwest::Request, _call: &Call) {
///         request.headers_mut().insert("x-tenant", reqwest::header::HeaderValue::from_static(self.0));
///     }
/// }
/// ```
pub trait Interceptor: Send + Sync + fmt::Debug + 'static {
    /// Before an attempt is sent (after the token is set).
    fn before(&self, request: &mut Request, call: &Call) {
        let _ = (request, call);
    }

    /// After an attempt, with what came back.
    fn after(&self, result: &reqwest::Result<Response>, call: &Call) {
        let _ = (result, call);
    }
}

/// An interceptor you keep a handle to (to read what it recorded).
impl<T: Interceptor + ?Sized> Interceptor for Arc<T> {
    fn before(&self, request: &mut Request, call: &Call) {
        (**self).before(request, call);
    }

    fn after(&self, result: &reqwest::Result<Response>, call: &Call) {
        (**self).after(result, call);
    }
}

/// A rate limiter on tokio's clock (so a paused clock pauses it too).
#[cfg(feature = "rate-limit")]
#[derive(Clone, Debug)]
struct TokioClock(Instant);

#[cfg(feature = "rate-limit")]
impl governor::clock::Clock for TokioClock {
    type Instant = Duration;

    fn now(&self) -> Duration {
        Instant::now().duration_since(self.0)
    }
}

/// The client-side rate limit: governor's GCRA on tokio's clock.
#[cfg(feature = "rate-limit")]
#[derive(Clone)]
pub(crate) struct Limiter {
    limiter: Arc<
        governor::RateLimiter<
            governor::state::NotKeyed,
            governor::state::InMemoryState,
            TokioClock,
            governor::middleware::NoOpMiddleware<Duration>,
        >,
    >,
    clock: TokioClock,
    per_second: u32,
}

#[cfg(feature = "rate-limit")]
impl Limiter {
    pub(crate) fn per_second(per_second: std::num::NonZeroU32) -> Limiter {
        let clock = TokioClock(Instant::now());
        let quota = governor::Quota::per_second(per_second).allow_burst(std::num::NonZeroU32::MIN);
        let limiter = Arc::new(governor::RateLimiter::direct_with_clock(quota, clock.clone()));
        Limiter { limiter, clock, per_second: per_second.get() }
    }

    /// Waits until one more request may go.
    async fn admit(&self) {
        use governor::clock::Clock as _;
        while let Err(not_until) = self.limiter.check() {
            tokio::time::sleep(not_until.wait_time_from(self.clock.now())).await;
        }
    }
}

/// Without the `rate-limit` feature there is no limiter.
#[cfg(not(feature = "rate-limit"))]
#[derive(Clone)]
pub(crate) enum Limiter {}

#[cfg(not(feature = "rate-limit"))]
impl Limiter {
    async fn admit(&self) {
        match *self {}
    }
}

/// What a client does around each call: where tokens come from, how it
/// retries, its rate limit, your interceptors. Made by
/// [`ClientBuilder`](crate::ClientBuilder).
#[derive(Clone)]
pub struct Settings {
    pub(crate) tokens: Arc<dyn TokenProvider>,
    pub(crate) retry: RetryPolicy,
    pub(crate) limiter: Option<Limiter>,
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
    /// The per-attempt timeout; `None`: no timer bounds a call.
    pub(crate) timeout: Option<std::time::Duration>,
    /// Give a create without an `external_ref` a fresh one.
    pub(crate) fill_refs: bool,
    /// Answer a create's `409` with the record that has its reference.
    pub(crate) existing_on_conflict: bool,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("tokens", &self.tokens)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit())
            .field("interceptors", &self.interceptors)
            .field("timeout", &self.timeout)
            .field("fill_refs", &self.fill_refs)
            .field("existing_on_conflict", &self.existing_on_conflict)
            .finish()
    }
}

impl Settings {
    pub(crate) fn new(tokens: Arc<dyn TokenProvider>) -> Settings {
        Settings {
            tokens,
            retry: RetryPolicy::default(),
            limiter: None,
            interceptors: Vec::new(),
            timeout: Some(std::time::Duration::from_secs(30)),
            fill_refs: false,
            existing_on_conflict: false,
        }
    }

    /// When a call that began at `started` must be over: its time budget
    /// from then, when timers bound calls (a per-attempt timeout is set)
    /// and the clock can hold it.
    fn deadline(&self, started: Instant) -> Option<Instant> {
        self.timeout?;
        started.checked_add(self.retry.max_elapsed)
    }

    /// A token, waited for no later than `deadline`: the call's budget
    /// covers the token work it waits for.
    async fn token_by(&self, deadline: Option<Instant>) -> Result<AccessToken, crate::auth::TokenError> {
        match deadline {
            Some(deadline) => tokio::time::timeout_at(deadline, self.tokens.token())
                .await
                .unwrap_or_else(|_| Err(crate::auth::TokenError::out_of_time(self.retry.max_elapsed))),
            None => self.tokens.token().await,
        }
    }

    /// Requests a second, if limited.
    fn rate_limit(&self) -> Option<u32> {
        #[cfg(feature = "rate-limit")]
        return self.limiter.as_ref().map(|limiter| limiter.per_second);
        #[cfg(not(feature = "rate-limit"))]
        None
    }

    /// Waits until the rate limit, if any, lets one more request go, no
    /// later than `deadline`; `false` if the deadline came first.
    async fn admit_by(&self, deadline: Option<Instant>) -> bool {
        let Some(limiter) = &self.limiter else { return true };
        match deadline {
            Some(deadline) => tokio::time::timeout_at(deadline, limiter.admit()).await.is_ok(),
            None => {
                limiter.admit().await;
                true
            }
        }
    }

    /// Sends `request`, trying again as the policy says; returns what the
    /// last attempt got.
    async fn send(
        &self,
        http: &reqwest::Client,
        request: Request,
        operation: &'static Operation,
    ) -> reqwest::Result<Response> {
        let span = tracing::info_span!(
            "subscriptions.call",
            operation = operation.name,
            method = operation.method,
            path = operation.path,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        async move {
            let started = call_started();
            let (result, attempts) = self.attempts(http, request, operation, started).await;
            let span = tracing::Span::current();
            span.record("attempts", attempts);
            span.record("elapsed_ms", started.elapsed().as_millis() as u64);
            match &result {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    let answer = (response.status(), response.headers().clone());
                    record(|call| call.answer = Some(answer));
                }
                Err(_) => {
                    span.record("status", "none");
                }
            };
            result
        }
        .instrument(span)
        .await
    }

    async fn attempts(
        &self,
        http: &reqwest::Client,
        mut request: Request,
        operation: &'static Operation,
        started: Instant,
    ) -> (reqwest::Result<Response>, u32) {
        // No retry waits past the budget's end (none if the clock cannot
        // hold it); with timers on, nothing at all runs past it.
        let budget_end = started.checked_add(self.retry.max_elapsed);
        let deadline = self.deadline(started);
        let mut ceilings = self.retry.ceilings();
        let mut renewed = false;
        let mut attempt = 0;
        // What the attempt before this one got: the answer when the budget
        // ends before the next is sent.
        let mut last: Option<reqwest::Result<Response>> = None;
        // A create that can be looked up by its reference (see `creates`),
        // and whether it has been sent again after an unclear outcome.
        let reference = if operation.findable { crate::creates::reference(&mut request, self.fill_refs) } else { None };
        let mut resent = false;
        loop {
            attempt += 1;
            let call = Call { operation: operation.name, method: operation.method, path: operation.path, attempt };
            if let Some(last) = last.take() {
                // The first attempt was admitted and given its token before
                // the call was sent (`pre`); the others are here, in time.
                if !self.admit_by(deadline).await {
                    return (last, attempt - 1);
                }
                // The token as of sending: a backoff or the rate limit may
                // have outlived the one set before.
                match self.token_by(deadline).await {
                    Ok(token) => set_token(&mut request, &token),
                    Err(_) if deadline.is_some_and(|deadline| Instant::now() >= deadline) => {
                        return (last, attempt - 1);
                    }
                    // The token sent before, if any: the answer will tell.
                    Err(_) => {}
                }
                if let (Some(_), Some(deadline)) = (self.timeout, deadline)
                    && deadline.saturating_duration_since(Instant::now()) < MIN_ATTEMPT
                {
                    return (last, attempt - 1);
                }
            }
            // The attempt gets what is left of the budget, if less than its
            // own timeout.
            if let (Some(timeout), Some(deadline)) = (self.timeout, deadline) {
                let left = deadline.saturating_duration_since(Instant::now());
                *request.timeout_mut() = Some(timeout.min(left).max(MIN_ATTEMPT));
            }
            // The original is kept for a next attempt; a body that cannot be
            // copied (a stream) allows this one only.
            let Some(this) = request.try_clone() else {
                return (self.attempt(http, request, &call).await, attempt);
            };
            let sent_token = token_of(&this);
            let result = self.attempt(http, this, &call).await;

            // A refused token is renewed, once per call. A 401 is a refusal
            // before anything was done, so a create is safe to send again.
            if let Ok(response) = &result
                && response.status() == StatusCode::UNAUTHORIZED
                && !renewed
                && let Some(sent) = sent_token
            {
                renewed = true;
                self.tokens.invalidate(&sent);
                match self.token_by(deadline).await {
                    Ok(fresh) if fresh != sent => {
                        set_token(&mut request, &fresh);
                        tracing::debug!(attempt, "the token was refused; trying again with a new one");
                        last = Some(result);
                        continue;
                    }
                    Ok(_) => return (result, attempt),
                    Err(e) => {
                        record(|call| call.token_error = Some(e));
                        return (result, attempt);
                    }
                }
            }

            if let Some(reference) = &reference {
                if crate::creates::unclear(&result) {
                    // Let an attempt still on its way land, then look.
                    let Some(ceiling) = ceilings.next() else { return (result, attempt) };
                    let asked = result.as_ref().ok().and_then(|response| retry_after(response.headers()));
                    let wait = asked.unwrap_or_else(|| jittered(ceiling)).max(std::time::Duration::from_millis(200));
                    if budget_end.is_some_and(|end| Instant::now().checked_add(wait).is_none_or(|ends| ends > end)) {
                        return (result, attempt);
                    }
                    tokio::time::sleep(wait).await;
                    match self.find(http, &request, reference, crate::creates::Found::Lookup).await {
                        Some(Some(found)) => {
                            tracing::info!(
                                attempt,
                                "the create's answer was lost; its record was found by external_ref"
                            );
                            return (Ok(found), attempt);
                        }
                        Some(None) => {
                            tracing::debug!(
                                attempt,
                                "the create's answer was lost and its record is not there: sending it again"
                            );
                            resent = true;
                            last = Some(result);
                            continue;
                        }
                        None => return (result, attempt),
                    }
                }
                if matches!(&result, Ok(response) if response.status() == StatusCode::CONFLICT)
                    && (resent || self.existing_on_conflict)
                {
                    let found = if resent { crate::creates::Found::Lookup } else { crate::creates::Found::Existing };
                    if let Some(Some(found)) = self.find(http, &request, reference, found).await {
                        return (Ok(found), attempt);
                    }
                    return (result, attempt);
                }
            }
            if !worth_retrying(Attempted::of(&result), operation.idempotent) {
                return (result, attempt);
            }
            let Some(ceiling) = ceilings.next() else { return (result, attempt) };
            let asked = result.as_ref().ok().and_then(|response| retry_after(response.headers()));
            let wait = asked.unwrap_or_else(|| jittered(ceiling));
            let ends = Instant::now().checked_add(wait);
            if budget_end.is_some_and(|end| ends.is_none_or(|ends| ends > end)) {
                return (result, attempt);
            }
            let reason = match &result {
                Ok(response) => response.status().as_u16().to_string(),
                Err(_) => "no answer".to_owned(),
            };
            tracing::debug!(attempt, wait_ms = wait.as_millis() as u64, reason, "trying again");
            last = Some(result);
            tokio::time::sleep(wait).await;
        }
    }

    /// Looks a create's record up by `reference`: `Some(Some(answer))` when
    /// found, `Some(None)` when the list answered without it, `None` when
    /// the list could not be had (tried at most three times).
    async fn find(
        &self,
        http: &reqwest::Client,
        create: &Request,
        reference: &str,
        found: crate::creates::Found,
    ) -> Option<Option<Response>> {
        for tries in 1..=3u32 {
            let lookup = crate::creates::lookup(create, reference)?;
            let result = match http.execute(lookup).await {
                Ok(response) => buffered(response).await,
                Err(e) => Err(e),
            };
            match result {
                Ok(listed) if listed.status().is_success() => {
                    let body = listed.bytes().await.ok()?;
                    return Some(crate::creates::answer(create, &body, found));
                }
                listed if tries < 3 && worth_retrying(Attempted::of(&listed), true) => {
                    tokio::time::sleep(jittered(std::time::Duration::from_millis(200 << tries))).await;
                }
                _ => return None,
            }
        }
        None
    }

    /// One attempt: the interceptors around sending it and reading its answer.
    async fn attempt(&self, http: &reqwest::Client, mut request: Request, call: &Call) -> reqwest::Result<Response> {
        for interceptor in &self.interceptors {
            interceptor.before(&mut request, call);
        }
        let result = match http.execute(request).await {
            Ok(response) => buffered(response).await,
            Err(e) => Err(e),
        };
        for interceptor in &self.interceptors {
            interceptor.after(&result, call);
        }
        result
    }
}

fn set_token(request: &mut Request, token: &AccessToken) {
    if let Ok(mut value) = HeaderValue::from_str(&format!("Bearer {}", token.secret())) {
        value.set_sensitive(true);
        request.headers_mut().insert(AUTHORIZATION, value);
    }
}

fn token_of(request: &Request) -> Option<AccessToken> {
    let value = request.headers().get(AUTHORIZATION)?.to_str().ok()?;
    value.strip_prefix("Bearer ").map(AccessToken::new)
}

/// progenitor's hooks: the token before the call; the runtime for sending.
impl ClientHooks<Settings> for Client {
    async fn pre<E>(&self, request: &mut Request, info: &OperationInfo) -> Result<(), progenitor_client::Error<E>> {
        // progenitor sends `api-version: <info.version>`: the version of
        // this document, which the API does not read.
        request.headers_mut().remove("api-version");
        let settings = self.inner();
        let deadline = settings.deadline(call_started());
        // The first attempt's turn under the rate limit, then its token
        // (the wait for the one may outlive the other): both within the
        // call's budget, or the call is not sent.
        if !settings.admit_by(deadline).await {
            let budget = settings.retry.max_elapsed;
            record(|call| call.unsent = Some(budget));
            return Err(progenitor_client::Error::Custom("the time budget ran out".to_owned()));
        }
        match settings.token_by(deadline).await {
            Ok(token) => {
                set_token(request, &token);
                Ok(())
            }
            Err(e) => {
                let operation = current_operation(info.operation_id).name;
                tracing::warn!(operation, error = %e, "no access token");
                let message = e.to_string();
                record(|call| call.token_error = Some(e));
                Err(progenitor_client::Error::Custom(message))
            }
        }
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        self.inner().send(self.client(), request, current_operation(info.operation_id)).await
    }
}

/// A list query parameter written `name=a,b` (`style: form`, `explode:
/// false`): the items, each as its JSON text without quotes, joined with
/// commas, as one value. progenitor writes every list `name=a&name=b`; the
/// generator wraps the value of a parameter the spec says is not exploded.
pub struct CommaSeparated<'a, T>(pub &'a T);

impl<T: serde::Serialize> serde::Serialize for CommaSeparated<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error;
        match serde_json::to_value(self.0).map_err(S::Error::custom)? {
            serde_json::Value::Null => serializer.serialize_none(),
            serde_json::Value::Array(items) => {
                let text: Vec<String> = items
                    .into_iter()
                    .map(|item| match item {
                        serde_json::Value::String(text) => text,
                        other => other.to_string(),
                    })
                    .collect();
                serializer.serialize_str(&text.join(","))
            }
            other => Err(S::Error::custom(format!("a list parameter holds {other}, not a list"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CommaSeparated;

    #[test]
    fn a_list_is_one_comma_separated_value() {
        let list = Some(vec!["plans", "pricing_options"]);
        assert_eq!(serde_json::to_value(CommaSeparated(&list)).unwrap(), "plans,pricing_options");
        assert_eq!(serde_json::to_value(CommaSeparated(&vec![1, 2])).unwrap(), "1,2");
        let none: Option<Vec<u32>> = None;
        assert_eq!(serde_json::to_value(CommaSeparated(&none)).unwrap(), serde_json::Value::Null);
    }
}
