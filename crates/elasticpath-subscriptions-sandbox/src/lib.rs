#![doc = include_str!("../README.md")]
//!
//! ## In detail
//!
//! The sandbox is an in-memory, thread-safe implementation of
//! [`elasticpath_subscriptions_server::SubscriptionsApi`], served by the
//! generated router.
//!
//! - **The API.** Jobs: create (always `pending`) of every job type, list,
//!   get, delete. A job that has `started` cannot be deleted (`409`); two
//!   jobs cannot share an `external_ref` (`409`). Schedules: create, list,
//!   get, update, delete; `meta.scheduled_for` is the next time the cron
//!   `specification` matches in the `location` time zone; an update with
//!   `null` removes `name` or `external_ref`; the body's `id` must match the
//!   path (`409`); what the organization owns cannot be changed or deleted
//!   by the store (`403`). Lists: `filter=eq(external_ref,VALUE)` and
//!   `in(external_ref,A,B,…)` joined by `:`, `page[offset]`/`page[limit]`
//!   (default 25), oldest first, with links built from the public URL.
//! - **Time** ([`clock`], [`runs`]): a [`Clock`] a test holds still and
//!   moves ([`Sandbox::advance`], [`Sandbox::set_now`]); schedules fire and
//!   create jobs, which queue, start and finish with a report, on that
//!   clock. The binary uses the system clock and fires schedules as time
//!   passes.
//! - **Tokens** (`POST /oauth/access_token`): any token, one fixed token, or
//!   client credentials exchanged for tokens that expire on the clock.
//! - **Faults** ([`Fault`]): the next calls of an operation answer `429`,
//!   `500`, `503`…, wait, or lose their connection; and an optional rate
//!   limit per second.
//! - **A journal** ([`Entry`]) of every request.
//! - **Fixtures** ([`JobFixture`], [`ScheduleFixture`]): a job or schedule in
//!   any state in one line.
//! - **Admin endpoints** ([`admin`]) under `/__sandbox`, for tests in other
//!   languages.
//!
//! Each `Sandbox::new()` is its own world: two share nothing (clones of one
//! share everything). No request's cost grows with the size of the store:
//! rows are indexed, and nothing slow runs under the lock.
//!

pub mod admin;
mod api;
mod auth;
pub mod clock;
/// When a schedule next runs: the types crate's cron engine, which the
/// sandbox fires schedules with.
pub use elasticpath_subscriptions_types::cron;
pub mod faults;
pub mod fixtures;
mod journal;
mod listing;
pub mod runs;
mod serve;
pub mod state;
mod store;
mod store_ref;
pub mod stores;
mod time;
mod ui;

use std::num::NonZeroU32;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use elasticpath_subscriptions_server::{ErrorBody, ErrorBodyExt, RequestContext};
use uuid::Uuid;

pub use auth::{Credential, DEFAULT_STORE, Mode as AuthMode};
pub use clock::Clock;
/// The API's types, as the sandbox stores them.
pub use elasticpath_subscriptions_types as types;
pub use faults::{ACCESS_TOKEN, Fault, FaultError, FaultKind, MAX_FAULTS};
pub use fixtures::{JobFixture, ScheduleFixture};
pub use journal::{Entry, JOURNAL_CAPACITY, MAX_RECORDED};
pub use listing::{DEFAULT_PAGE_LIMIT, MAX_PAGE_OFFSET};
pub use runs::{Outcome, RunSettings};
pub use serve::{Running, serve_on, serve_with, spawn};
pub use store::{MAX_JOBS, MAX_SCHEDULES};
pub use store_ref::StoreRef;

use auth::Auth;
use faults::{Faults, RateLimit};
use journal::Journal;
use store::Store;
use stores::Stores;

/// The sandbox. Clones share everything (the store, the clock, the faults,
/// the journal), so a test keeps one to seed, move time, inject faults and
/// read the journal while the router serves another.
///
/// The `with_*` methods configure a sandbox before it is shared: called on
/// a clone, they give that clone its own tokens, clock or rate limit over
/// the shared store, which is rarely what a test wants.
#[derive(Clone)]
pub struct Sandbox {
    /// The stores: one per credential (or the default one), and the
    /// organization's.
    stores: Arc<Stores>,
    /// How jobs run, in every store.
    settings: RunSettings,
    /// Held by whoever makes due things happen: one at a time, so that a
    /// move's limits hold however many requests arrive meanwhile.
    settling: Arc<Mutex<()>>,
    /// Whether a move of the clock is under way: requests then see the
    /// store as of the clock, which shows how far the move has got, and do
    /// not wait for it.
    moving: Arc<AtomicBool>,
    auth: Arc<Auth>,
    clock: Clock,
    public_url: Arc<str>,
    faults: Arc<Faults>,
    journal: Arc<Journal>,
    rate_limit: Option<Arc<RateLimit>>,
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let store = self.read();
        f.debug_struct("Sandbox")
            .field("stores", &self.stores.named().keys().collect::<Vec<_>>())
            .field("jobs", &store.jobs.len())
            .field("schedules", &store.schedules.len())
            .field("now", &self.clock.now())
            .field("public_url", &self.public_url)
            .field("rate_limit", &self.rate_limit)
            .finish()
    }
}

/// Why a public URL was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrlError(String);

impl std::fmt::Display for PublicUrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the public URL `{}` is not an absolute http:// or https:// URL without a query", self.0)
    }
}

impl std::error::Error for PublicUrlError {}

/// An answer in the API's error format, titled from the router's table.
pub(crate) fn error_answer(status: StatusCode, detail: String) -> Response {
    let body = ErrorBody::error(status, elasticpath_subscriptions_server::title_of(status), Some(detail));
    (status, axum::Json(body)).into_response()
}

/// Reads a small body (the token endpoint's, the admin endpoints'): at most
/// `limit` bytes (else `413`) within 10 seconds (else `408`), as the
/// router's limits bound the API's.
pub(crate) async fn read_body(body: axum::body::Body, limit: usize) -> Result<axum::body::Bytes, Response> {
    match tokio::time::timeout(Duration::from_secs(10), axum::body::to_bytes(body, limit)).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err(error_answer(StatusCode::PAYLOAD_TOO_LARGE, format!("body: larger than {limit} bytes"))),
        Err(_) => Err(error_answer(StatusCode::REQUEST_TIMEOUT, "body: not received within 10s".to_owned())),
    }
}

/// The operation a request names: one of the API's, or the token endpoint.
pub(crate) fn operation_id(method: &axum::http::Method, path: &str) -> Option<&'static str> {
    match elasticpath_subscriptions_server::operation_of(method, path) {
        Some(operation) => Some(operation.id),
        None => (method == axum::http::Method::POST && path == "/oauth/access_token").then_some(ACCESS_TOKEN),
    }
}

impl Sandbox {
    /// An empty sandbox on the system clock that accepts any bearer token
    /// (except one it issued that has expired). Its links point at
    /// `http://localhost` until [`Sandbox::with_public_url`] says otherwise
    /// ([`serve_on`] sets the address it listens on).
    pub fn new() -> Sandbox {
        let settings = RunSettings::default();
        Sandbox {
            stores: Arc::new(Stores::new(&AuthMode::AnyToken.stores(), &settings)),
            settings,
            settling: Arc::default(),
            moving: Arc::default(),
            auth: Arc::default(),
            clock: Clock::system(),
            public_url: "http://localhost".into(),
            faults: Arc::default(),
            journal: Arc::default(),
            rate_limit: None,
        }
    }

    /// Accepts only `token`: other tokens get `401`, and the token
    /// endpoint issues none.
    pub fn with_token(mut self, token: &str) -> Sandbox {
        self.set_mode(AuthMode::Fixed(token.to_owned()));
        self
    }

    /// Issues tokens by `POST /oauth/access_token` to these client
    /// credentials, and accepts those tokens until they expire. Called
    /// again, it adds another set, with a store of its own: each client's
    /// tokens see their own jobs and schedules (and the organization's),
    /// never another's. Each store is named by its `client_id`; the first
    /// is the one [`Sandbox::jobs`] and the other in-process calls use.
    ///
    /// It makes the stores anew: configure credentials before seeding.
    pub fn with_client_credentials(mut self, client_id: &str, client_secret: &str) -> Sandbox {
        let credential = Credential { client_id: client_id.to_owned(), client_secret: client_secret.to_owned() };
        let mode = match &self.auth.mode {
            AuthMode::ClientCredentials(credentials) => {
                let mut credentials: Vec<Credential> =
                    credentials.iter().filter(|c| c.client_id != client_id).cloned().collect();
                credentials.push(credential);
                AuthMode::ClientCredentials(credentials)
            }
            _ => AuthMode::ClientCredentials(vec![credential]),
        };
        self.set_mode(mode);
        self
    }

    /// Changes who may call, and makes a store for each credential.
    fn set_mode(&mut self, mode: AuthMode) {
        self.stores = Arc::new(Stores::new(&mode.stores(), &self.settings));
        self.auth = Arc::new(Auth::new(mode, self.auth.lifetime));
    }

    /// How long issued tokens last (default an hour, as Elastic Path's).
    pub fn with_token_lifetime(mut self, lifetime: Duration) -> Sandbox {
        self.auth = Arc::new(Auth::new(self.auth.mode.clone(), lifetime));
        self
    }

    /// Runs on `clock` instead of the system clock: [`Clock::fixed`] holds
    /// time still until the test moves it.
    pub fn with_clock(mut self, clock: Clock) -> Sandbox {
        self.clock = clock;
        self
    }

    /// Answers `429` with `Retry-After` once more than `per_second`
    /// requests arrive in a second (Elastic Path: 100 for a production
    /// store, 25 for a development store). `0` turns the limit off.
    pub fn with_rate_limit(mut self, per_second: u32) -> Sandbox {
        self.rate_limit = NonZeroU32::new(per_second).map(|n| Arc::new(RateLimit::per_second(n)));
        self
    }

    /// How jobs wait, run and queue, in every store.
    pub fn with_run_settings(mut self, settings: RunSettings) -> Sandbox {
        for store in self.stores.all() {
            store.write().engine.settings = settings.clone();
        }
        self.settings = settings;
        self
    }

    /// The URL clients reach the sandbox at, such as
    /// `https://sandbox.example.com`: pagination links start with it. The
    /// `Host` a request names is never used, so a request cannot choose what
    /// its links say.
    pub fn with_public_url(mut self, url: &str) -> Result<Sandbox, PublicUrlError> {
        let trimmed = url.trim_end_matches('/');
        let scheme_ok = trimmed.starts_with("http://") || trimmed.starts_with("https://");
        let host = trimmed.split_once("://").map(|(_, rest)| rest).unwrap_or_default();
        let clean = !host.is_empty()
            && !trimmed.contains(['?', '#', ' ', '"', '<', '>', '\\', '^', '`', '{', '|', '}'])
            && trimmed.chars().all(|c| c.is_ascii_graphic());
        if !(scheme_ok && clean) {
            return Err(PublicUrlError(url.to_owned()));
        }
        self.public_url = trimmed.into();
        Ok(self)
    }

    /// The store named `name` (a credential's `client_id`,
    /// [`DEFAULT_STORE`] without credentials, or
    /// [`stores::ORGANIZATION`]), to seed and read in process.
    pub fn store(&self, name: &str) -> Option<StoreRef<'_>> {
        self.stores.get(name).map(|store| StoreRef { sandbox: self, store: store.clone() })
    }

    /// The organization's store: what it holds, every store reads (and none
    /// can change).
    pub fn organization(&self) -> StoreRef<'_> {
        StoreRef { sandbox: self, store: self.stores.organization().clone() }
    }

    /// The store the calls below use: the first credential's, or the
    /// default one.
    fn own(&self) -> StoreRef<'_> {
        StoreRef { sandbox: self, store: self.stores.default().clone() }
    }

    /// Stores a job as given; a `pending` one queues and a `started` one
    /// runs, like any other.
    pub fn insert_job(&self, job: types::Job) {
        self.own().insert_job(job);
    }

    /// Stores a schedule as given; it fires at its `scheduled_for`.
    pub fn insert_schedule(&self, schedule: types::Schedule) {
        self.own().insert_schedule(schedule);
    }

    /// Stores the job `fixture` describes, as of now, and returns it.
    pub fn seed_job(&self, fixture: JobFixture) -> types::Job {
        self.own().seed_job(fixture)
    }

    /// Stores the schedule `fixture` describes, created now, and returns it.
    pub fn seed_schedule(&self, fixture: ScheduleFixture) -> types::Schedule {
        self.own().seed_schedule(fixture)
    }

    /// The job with `id`, as it is now.
    pub fn job(&self, id: Uuid) -> Option<types::Job> {
        self.own().job(id)
    }

    /// The schedule with `id`, as it is now.
    pub fn schedule(&self, id: Uuid) -> Option<types::Schedule> {
        self.own().schedule(id)
    }

    /// Every job, oldest first, as they are now.
    pub fn jobs(&self) -> Vec<types::Job> {
        self.own().jobs()
    }

    /// The number of jobs stored.
    pub fn job_count(&self) -> usize {
        self.own().job_count()
    }

    /// The number of schedules stored.
    pub fn schedule_count(&self) -> usize {
        self.own().schedule_count()
    }

    /// The time now, on the sandbox's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The sandbox's clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Plans how the next job of `job_type` to start will end (once per
    /// call; unplanned jobs succeed). At most [`runs::MAX_PLANNED`] wait per
    /// job type: past that, `false` and nothing is planned.
    pub fn plan_outcome(&self, job_type: types::JobType, outcome: Outcome) -> bool {
        self.own().plan_outcome(job_type, outcome)
    }

    /// Plans `times` outcomes for store `store` (default: the first; see
    /// [`Sandbox::plan_outcome`]): all, or none and `false`.
    pub(crate) fn plan_outcomes(
        &self,
        store: Option<&str>,
        job_type: types::JobType,
        outcome: Outcome,
        times: usize,
    ) -> bool {
        let shared = store.and_then(|name| self.stores.get(name)).unwrap_or(self.stores.default());
        let mut store = shared.write();
        store.changed();
        store.engine.plan(job_type, outcome, times)
    }

    /// The names of the stores: each credential's (or `default`), then
    /// `organization`.
    pub fn store_names(&self) -> Vec<String> {
        self.stores.named().keys().cloned().chain([stores::ORGANIZATION.to_owned()]).collect()
    }

    /// Forgets every planned outcome, in every store.
    pub fn clear_planned_outcomes(&self) {
        for store in self.stores.all() {
            store.write().engine.clear_plans();
        }
    }

    /// Adds a fault; see [`Fault`]. A fault the sandbox cannot apply (a
    /// status that is not an error, an unknown operation, `times(0)`, a
    /// latency over [`faults::MAX_LATENCY`]) is refused, as is one past
    /// [`MAX_FAULTS`] waiting.
    pub fn inject(&self, fault: Fault) -> Result<(), FaultError> {
        self.faults.add(fault)
    }

    /// The faults waiting to be used, in order.
    pub fn faults(&self) -> Vec<Fault> {
        self.faults.pending()
    }

    /// Removes every fault waiting.
    pub fn clear_faults(&self) {
        self.faults.clear();
    }

    /// Every request answered (up to the last [`JOURNAL_CAPACITY`]), oldest first.
    pub fn journal(&self) -> Vec<Entry> {
        self.journal.entries()
    }

    /// Empties the journal.
    pub fn clear_journal(&self) {
        self.journal.clear();
    }

    /// The router: the API (the generated router over this sandbox), the
    /// token endpoint and the admin endpoints, with the journal, the rate
    /// limit and the faults in front.
    pub fn router(self) -> axum::Router {
        let token = axum::routing::post(auth::token_endpoint).fallback(|method: axum::http::Method| async move {
            let mut answer =
                error_answer(StatusCode::METHOD_NOT_ALLOWED, format!("{method} is not allowed here; allowed: POST"));
            answer.headers_mut().insert(axum::http::header::ALLOW, axum::http::HeaderValue::from_static("POST"));
            answer
        });
        let extra = axum::Router::new().route("/oauth/access_token", token).with_state(self.clone());
        elasticpath_subscriptions_server::router(self.clone())
            .merge(extra)
            .merge(admin::router(self.clone()))
            .layer(axum::middleware::from_fn_with_state(self.clone(), faults::layer))
            .layer(axum::middleware::from_fn_with_state(self, journal::layer))
    }

    /// The store a request's token names (the router has accepted the
    /// token). A token that has expired since is still read for its store;
    /// one that cannot be read gets an empty store of its own, never
    /// another's records.
    pub(crate) fn store_of(&self, context: &RequestContext) -> stores::Shared {
        self.auth
            .store_of(&context.bearer_token)
            .and_then(|name| self.stores.get(&name).cloned())
            .unwrap_or_else(|| Arc::new(parking_lot::RwLock::new(Store::default())))
    }

    fn timing(&self, specification: &str, location: &str) -> Result<cron::Timing, types::ErrorResponse> {
        cron::Timing::new(specification, location)
            .map_err(|e| ErrorBody::validation_error(format!("data.attributes.{}: {}", e.attribute, e.reason)))
    }

    /// The URL of one resource, as a `Location` header names it.
    fn resource_url(&self, collection: &str, id: Uuid) -> String {
        format!("{}{}{collection}/{id}", self.public_url, elasticpath_subscriptions_server::BASE_PATH)
    }
}
