//! The admin endpoints, for tests written in any language: the clock,
//! faults, the journal and planned job outcomes, under [`PREFIX`], which no
//! path of the API can start with. Bodies are JSON; refusals are in the
//! API's error format. They need no token: never expose a sandbox.
//!
//! | endpoint | does |
//! |---|---|
//! | `GET /__sandbox/clock` | `{"now": "<RFC 3339>"}` |
//! | `POST /__sandbox/clock/advance` `{"seconds": 3600}` | moves the clock forward (at most a century, and not past `9999-12-31T23:59:59.999999Z`); everything due happens; answers the new `now` |
//! | `POST /__sandbox/clock/set` `{"now": "2026-03-29T00:00:00Z"}` | sets the clock (from year 0 to 9999); answers the new `now` |
//! | `POST /__sandbox/faults` `{"operation": "ListJobs", "status": 429, "retry_after": 2, "latency_ms": 0, "drop": false, "lose_answer": false, "times": 1}` | adds a fault (every member optional; `status`, `drop`, `lose_answer` and a bare `latency_ms` are the four kinds) |
//! | `GET /__sandbox/faults`, `DELETE /__sandbox/faults` | the faults waiting; removes them all |
//! | `GET /__sandbox/journal`, `DELETE /__sandbox/journal` | the journal, oldest first; empties it |
//! | `POST /__sandbox/outcomes` `{"job_type": "tax-run", "outcome": "failed", "times": 1}`, `DELETE /__sandbox/outcomes` | plans how the next jobs of a type end (all `times` or, past 10,000 waiting, none: `409`); forgets every plan |
//! | `GET /__sandbox/state`, `PUT /__sandbox/state` | the whole state, as [`crate::state`] writes it; replaces it, all or nothing (`400` listing each problem) |
//! | `GET /__sandbox/summary` | what the page shows of a store: the clock, job counts and the latest jobs, schedules |
//! | `GET /__sandbox/ui` | the page: the clock with controls, schedules, jobs with reports, the journal, faults |
//!
//! `?store=NAME` picks a store (a `client_id`, `default`, or
//! `organization`) for the journal (`&last=N` for the last entries), the
//! outcomes and the summary; a fault's `"store"` member limits it to that
//! store's requests.
//!
//! A move of the clock is worked through off the server's async workers:
//! every other request is answered while it works, as of the time the
//! clock shows (how far the move has got).

use std::time::Duration;

use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::{Fault, Outcome, Sandbox};

/// Where the admin endpoints are.
pub const PREFIX: &str = "/__sandbox";

/// The admin routes.
pub(crate) fn router(sandbox: Sandbox) -> axum::Router {
    let refuse = |allow: &'static str| {
        move |method: Method| async move {
            let mut answer = crate::error_answer(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{method} is not allowed here; allowed: {allow}"),
            );
            answer.headers_mut().insert(axum::http::header::ALLOW, axum::http::HeaderValue::from_static(allow));
            answer
        }
    };
    axum::Router::new()
        .route(&format!("{PREFIX}/clock"), get(clock).fallback(refuse("GET, HEAD")))
        .route(&format!("{PREFIX}/clock/advance"), post(advance).fallback(refuse("POST")))
        .route(&format!("{PREFIX}/clock/set"), post(set).fallback(refuse("POST")))
        .route(
            &format!("{PREFIX}/faults"),
            get(faults).post(add_fault).delete(clear_faults).fallback(refuse("DELETE, GET, HEAD, POST")),
        )
        .route(&format!("{PREFIX}/journal"), get(journal).delete(clear_journal).fallback(refuse("DELETE, GET, HEAD")))
        .route(&format!("{PREFIX}/outcomes"), post(plan).delete(clear_plans).fallback(refuse("DELETE, POST")))
        .route(&format!("{PREFIX}/state"), get(state).put(replace_state).fallback(refuse("GET, HEAD, PUT")))
        .route(&format!("{PREFIX}/ui"), get(crate::ui::page).fallback(refuse("GET, HEAD")))
        .route(&format!("{PREFIX}/summary"), get(summary).fallback(refuse("GET, HEAD")))
        .with_state(sandbox)
}

type State = axum::extract::State<Sandbox>;

/// Reads a JSON body of at most 8 KiB, or answers `400`/`413`.
async fn json<T: serde::de::DeserializeOwned>(request: axum::extract::Request) -> Result<T, Response> {
    let bytes = crate::read_body(request.into_body(), 8 * 1024).await?;
    serde_json::from_slice(&bytes).map_err(|e| crate::error_answer(StatusCode::BAD_REQUEST, format!("body: {e}")))
}

fn now_answer(sandbox: &Sandbox) -> Response {
    axum::Json(serde_json::json!({ "now": sandbox.now() })).into_response()
}

async fn clock(axum::extract::State(sandbox): State) -> Response {
    now_answer(&sandbox)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advance {
    seconds: f64,
}

async fn advance(axum::extract::State(sandbox): State, request: axum::extract::Request) -> Response {
    let advance: Advance = match json(request).await {
        Ok(advance) => advance,
        Err(answer) => return answer,
    };
    const CENTURY: f64 = 100.0 * 366.0 * 24.0 * 3600.0;
    match Duration::try_from_secs_f64(advance.seconds).ok().filter(|_| advance.seconds <= CENTURY) {
        Some(by) => off_the_workers(sandbox, move |sandbox| sandbox.advance(by)).await,
        None => crate::error_answer(
            StatusCode::BAD_REQUEST,
            "seconds: must be a number of seconds from 0 to a century".to_owned(),
        ),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Set {
    now: DateTime<Utc>,
}

async fn set(axum::extract::State(sandbox): State, request: axum::extract::Request) -> Response {
    match json::<Set>(request).await {
        Ok(set) if set.now != crate::clock::clamped(set.now) => crate::error_answer(
            StatusCode::BAD_REQUEST,
            format!(
                "now: must be from {} to {}, which RFC 3339 can write",
                crate::clock::EARLIEST.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                crate::clock::LATEST.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
            ),
        ),
        Ok(set) => off_the_workers(sandbox, move |sandbox| sandbox.set_now(set.now)).await,
        Err(answer) => answer,
    }
}

/// Moves the clock on a blocking thread, so that the async workers keep
/// answering while the move works; answers the new `now`.
async fn off_the_workers(sandbox: Sandbox, move_clock: impl FnOnce(&Sandbox) + Send + 'static) -> Response {
    let moved = sandbox.clone();
    match tokio::task::spawn_blocking(move || move_clock(&moved)).await {
        Ok(()) => now_answer(&sandbox),
        Err(_) => crate::error_answer(StatusCode::INTERNAL_SERVER_ERROR, "the clock could not be moved".to_owned()),
    }
}

/// A fault, as JSON.
#[derive(Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct FaultJson {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    operation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    store: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retry_after: Option<u64>,
    #[serde(default)]
    latency_ms: u64,
    #[serde(default)]
    drop: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    lose_answer: bool,
    #[serde(default = "one")]
    times: u32,
}

fn one() -> u32 {
    1
}

impl FaultJson {
    fn into_fault(self) -> Result<Fault, String> {
        let latency = Duration::from_millis(self.latency_ms);
        let mut fault = match (self.status, self.drop, self.lose_answer) {
            (Some(_), true, _) | (Some(_), _, true) | (_, true, true) => {
                return Err("status, drop and lose_answer: give one of them".to_owned());
            }
            (Some(status), false, false) => Fault::status(status),
            (None, true, false) => Fault::drop_connection(),
            (None, false, true) => Fault::lose_answer(),
            (None, false, false) if self.latency_ms > 0 => Fault::delay(latency),
            (None, false, false) => {
                return Err("give a status, drop: true, lose_answer: true, or latency_ms".to_owned());
            }
        };
        if let Some(seconds) = self.retry_after {
            if self.status.is_none() {
                return Err(crate::FaultError::RetryAfterWithoutStatus.to_string());
            }
            fault = fault.retry_after(seconds);
        }
        fault = fault.with_latency(latency).times(self.times);
        if let Some(operation) = &self.operation {
            fault = fault.on(operation);
        }
        if let Some(store) = &self.store {
            fault = fault.in_store(store);
        }
        Ok(fault)
    }

    fn of(fault: &Fault) -> FaultJson {
        let (status, retry_after, drop) = match &fault.kind {
            crate::FaultKind::Status { status, retry_after } => (Some(*status), *retry_after, false),
            crate::FaultKind::DropConnection => (None, None, true),
            crate::FaultKind::LoseAnswer | crate::FaultKind::Slow => (None, None, false),
        };
        let lose_answer = fault.kind == crate::FaultKind::LoseAnswer;
        FaultJson {
            operation: fault.operation.clone(),
            store: fault.store.clone(),
            status,
            retry_after,
            latency_ms: fault.latency.as_millis().try_into().unwrap_or(u64::MAX),
            drop,
            lose_answer,
            times: fault.times,
        }
    }
}

async fn add_fault(axum::extract::State(sandbox): State, request: axum::extract::Request) -> Response {
    let fault: FaultJson = match json(request).await {
        Ok(fault) => fault,
        Err(answer) => return answer,
    };
    match fault.into_fault() {
        Ok(fault) => {
            let shown = FaultJson::of(&fault);
            match sandbox.inject(fault) {
                Ok(()) => (StatusCode::CREATED, axum::Json(shown)).into_response(),
                Err(crate::FaultError::TooMany) => {
                    crate::error_answer(StatusCode::CONFLICT, crate::FaultError::TooMany.to_string())
                }
                Err(refused) => crate::error_answer(StatusCode::BAD_REQUEST, refused.to_string()),
            }
        }
        Err(detail) => crate::error_answer(StatusCode::BAD_REQUEST, detail),
    }
}

async fn faults(axum::extract::State(sandbox): State) -> Response {
    let pending: Vec<FaultJson> = sandbox.faults().iter().map(FaultJson::of).collect();
    axum::Json(serde_json::json!({ "faults": pending })).into_response()
}

async fn clear_faults(axum::extract::State(sandbox): State) -> Response {
    sandbox.clear_faults();
    StatusCode::NO_CONTENT.into_response()
}

/// `?store=NAME`: the store an admin call is about (and, for the
/// journal, `&last=N`: only the last entries).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StoreQuery {
    store: Option<String>,
    last: Option<usize>,
}

/// The store `?store=` names, if it is one of the sandbox's; `Err` answers
/// an unknown one.
fn selected(sandbox: &Sandbox, query: &StoreQuery) -> Result<Option<String>, Box<Response>> {
    match &query.store {
        Some(name) if sandbox.store(name).is_none() => Err(Box::new(crate::error_answer(
            StatusCode::BAD_REQUEST,
            format!("store: no store `{name}`; there are {}", sandbox.store_names().join(", ")),
        ))),
        other => Ok(other.clone()),
    }
}

async fn journal(axum::extract::State(sandbox): State, query: axum::extract::Query<StoreQuery>) -> Response {
    let store = match selected(&sandbox, &query) {
        Ok(store) => store,
        Err(answer) => return *answer,
    };
    let mut requests: Vec<crate::Entry> =
        sandbox.journal().into_iter().filter(|entry| store.is_none() || entry.store == store).collect();
    if let Some(last) = query.last {
        requests.drain(..requests.len().saturating_sub(last));
    }
    axum::Json(serde_json::json!({ "requests": requests })).into_response()
}

/// What the page shows of a store: the clock, the stores, job counts by
/// status and the latest jobs, the schedules, the operations (bounded,
/// however much the store holds).
async fn summary(axum::extract::State(sandbox): State, query: axum::extract::Query<StoreQuery>) -> Response {
    let store = match selected(&sandbox, &query) {
        Ok(store) => store,
        Err(answer) => return *answer,
    };
    match tokio::task::spawn_blocking(move || sandbox.summary(store.as_deref())).await {
        Ok(summary) => axum::Json(summary).into_response(),
        Err(_) => crate::error_answer(StatusCode::INTERNAL_SERVER_ERROR, "the summary could not be made".to_owned()),
    }
}

async fn state(axum::extract::State(sandbox): State) -> Response {
    let sandbox = sandbox.clone();
    match tokio::task::spawn_blocking(move || sandbox.export_state()).await {
        Ok(state) => axum::Json(state).into_response(),
        Err(_) => crate::error_answer(StatusCode::INTERNAL_SERVER_ERROR, "the state could not be read".to_owned()),
    }
}

/// The largest state `PUT /__sandbox/state` takes.
const MAX_STATE: usize = 64 * 1024 * 1024;

async fn replace_state(axum::extract::State(sandbox): State, request: axum::extract::Request) -> Response {
    let bytes = match crate::read_body(request.into_body(), MAX_STATE).await {
        Ok(bytes) => bytes,
        Err(answer) => return answer,
    };
    let imported = tokio::task::spawn_blocking(move || {
        let text = std::str::from_utf8(&bytes).map_err(|e| crate::state::StateError {
            source: "the body".to_owned(),
            problems: vec![(String::new(), format!("not UTF-8: {e}"))],
        })?;
        let document = crate::state::parse(text, "the body")?;
        sandbox.import_state(document, "the body")
    })
    .await;
    match imported {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(refused)) => {
            let errors: Vec<serde_json::Value> = refused
                .problems
                .iter()
                .map(|(pointer, reason)| {
                    serde_json::json!({ "status": "400", "title": "Bad Request", "detail": format!("#{pointer}: {reason}") })
                })
                .collect();
            (StatusCode::BAD_REQUEST, axum::Json(serde_json::json!({ "errors": errors }))).into_response()
        }
        Err(_) => crate::error_answer(StatusCode::INTERNAL_SERVER_ERROR, "the state could not be replaced".to_owned()),
    }
}

async fn clear_journal(axum::extract::State(sandbox): State) -> Response {
    sandbox.clear_journal();
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Plan {
    job_type: String,
    outcome: String,
    #[serde(default = "one")]
    times: u32,
}

async fn plan(
    axum::extract::State(sandbox): State,
    query: axum::extract::Query<StoreQuery>,
    request: axum::extract::Request,
) -> Response {
    let store = match selected(&sandbox, &query) {
        Ok(store) => store,
        Err(answer) => return *answer,
    };
    let plan: Plan = match json(request).await {
        Ok(plan) => plan,
        Err(answer) => return answer,
    };
    let Ok(job_type) = plan.job_type.parse::<elasticpath_subscriptions_types::JobType>() else {
        let known = elasticpath_subscriptions_types::JobType::VALUES.join(", ");
        return crate::error_answer(StatusCode::BAD_REQUEST, format!("job_type: must be one of {known}"));
    };
    let outcome = match plan.outcome.as_str() {
        "success" => Outcome::Success,
        "failed" => Outcome::Failed,
        _ => return crate::error_answer(StatusCode::BAD_REQUEST, "outcome: must be success or failed".to_owned()),
    };
    let times = usize::try_from(plan.times).unwrap_or(usize::MAX);
    if !sandbox.plan_outcomes(store.as_deref(), job_type.clone(), outcome, times) {
        let detail = format!(
            "at most {} outcomes may be planned for {job_type}; none of these {} was",
            crate::runs::MAX_PLANNED,
            plan.times
        );
        return crate::error_answer(StatusCode::CONFLICT, detail);
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_plans(axum::extract::State(sandbox): State) -> Response {
    sandbox.clear_planned_outcomes();
    StatusCode::NO_CONTENT.into_response()
}
