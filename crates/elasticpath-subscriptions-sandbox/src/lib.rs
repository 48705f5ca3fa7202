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
mod auth;
pub mod clock;
/// When a schedule next runs: the types crate's cron engine, which the
/// sandbox fires schedules with.
pub use elasticpath_subscriptions_types::cron;
pub mod faults;
pub mod fixtures;
mod journal;
pub mod runs;
mod store;

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use parking_lot::RwLock;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use elasticpath_subscriptions_server::{
    CreateJobCreatedHeaders, CreateJobResponse, CreateScheduleCreatedHeaders, CreateScheduleResponse,
    DeleteJobResponse, DeleteScheduleResponse, GetJobResponse, GetScheduleResponse, ListJobsQuery, ListJobsResponse,
    ListSchedulesQuery, ListSchedulesResponse, RequestContext, ServeOptions, SubscriptionsApi, UpdateScheduleResponse,
};
use uuid::Uuid;

pub use auth::Mode as AuthMode;
pub use clock::Clock;
/// The API's types, as the sandbox stores them.
pub use elasticpath_subscriptions_types as types;
pub use faults::{ACCESS_TOKEN, Fault, FaultError, FaultKind, MAX_FAULTS};
pub use fixtures::{JobFixture, ScheduleFixture};
pub use journal::{Entry, JOURNAL_CAPACITY, MAX_RECORDED};
pub use runs::{Outcome, RunSettings};
pub use store::{MAX_JOBS, MAX_SCHEDULES};

use auth::Auth;
use faults::{Faults, RateLimit};
use journal::Journal;
use store::{Store, Table};

/// The page length when `page[limit]` is not given.
pub const DEFAULT_PAGE_LIMIT: u64 = 25;
/// The largest `page[offset]` the API accepts, as documented.
pub const MAX_PAGE_OFFSET: u64 = 10_000;

/// The sandbox. Clones share everything (the store, the clock, the faults,
/// the journal), so a test keeps one to seed, move time, inject faults and
/// read the journal while the router serves another.
///
/// The `with_*` methods configure a sandbox before it is shared: called on
/// a clone, they give that clone its own tokens, clock or rate limit over
/// the shared store, which is rarely what a test wants.
#[derive(Clone)]
pub struct Sandbox {
    store: Arc<RwLock<Store>>,
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
    let body = elasticpath_subscriptions_server::error(
        status,
        elasticpath_subscriptions_server::title_of(status),
        Some(detail),
    );
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
        Sandbox {
            store: Arc::default(),
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
        self.auth = Arc::new(Auth::new(AuthMode::Fixed(token.to_owned()), self.auth.lifetime));
        self
    }

    /// Accepts only tokens issued by `POST /oauth/access_token` to these
    /// client credentials, until they expire.
    pub fn with_client_credentials(mut self, client_id: &str, client_secret: &str) -> Sandbox {
        let mode =
            AuthMode::ClientCredentials { client_id: client_id.to_owned(), client_secret: client_secret.to_owned() };
        self.auth = Arc::new(Auth::new(mode, self.auth.lifetime));
        self
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

    /// How jobs wait, run and queue.
    pub fn with_run_settings(self, settings: RunSettings) -> Sandbox {
        self.write().engine.settings = settings;
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

    /// Stores a job as given; a `pending` one queues and a `started` one
    /// runs, like any other.
    pub fn insert_job(&self, job: types::Job) {
        let now = self.now();
        self.write().put_job(job, now);
    }

    /// Stores a schedule as given; it fires at its `scheduled_for`.
    pub fn insert_schedule(&self, schedule: types::Schedule) {
        self.write().put_schedule(schedule);
    }

    /// Stores the job `fixture` describes, as of now, and returns it.
    pub fn seed_job(&self, fixture: JobFixture) -> types::Job {
        let job = fixture.build(self.now());
        self.insert_job(job.clone());
        job
    }

    /// Stores the schedule `fixture` describes, created now, and returns it.
    pub fn seed_schedule(&self, fixture: ScheduleFixture) -> types::Schedule {
        let schedule = fixture.build(self.now());
        self.insert_schedule(schedule.clone());
        schedule
    }

    /// The job with `id`, as it is now.
    pub fn job(&self, id: Uuid) -> Option<types::Job> {
        self.settle();
        self.read().jobs.get(&id).cloned()
    }

    /// The schedule with `id`, as it is now.
    pub fn schedule(&self, id: Uuid) -> Option<types::Schedule> {
        self.settle();
        self.read().schedules.get(&id).cloned()
    }

    /// Every job, oldest first, as they are now.
    pub fn jobs(&self) -> Vec<types::Job> {
        self.settle();
        let store = self.read();
        store.jobs.page(&[], 0, store.jobs.len()).0
    }

    /// The number of jobs stored.
    pub fn job_count(&self) -> usize {
        self.read().jobs.len()
    }

    /// The number of schedules stored.
    pub fn schedule_count(&self) -> usize {
        self.read().schedules.len()
    }

    /// The time now, on the sandbox's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The sandbox's clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Moves the clock forward by `by` (to [`clock::LATEST`] at most), and
    /// makes happen everything due by then, in order: schedules fire, jobs
    /// start and finish. See [`Sandbox::set_now`].
    pub fn advance(&self, by: Duration) {
        let _turn = self.turn();
        // From where the clock is once this move's turn has come (another
        // move may have been under way).
        self.move_to(self.clock.after(by));
    }

    /// Sets the clock to `to` (brought within [`clock::EARLIEST`]..=
    /// [`clock::LATEST`]), and makes happen everything due by then.
    ///
    /// A move forward works through what is due in order, on the calling
    /// thread, a bounded number of events per hold of the store's lock
    /// ([`runs::EVENTS_PER_LOCK`]); meanwhile the clock shows how far it has
    /// got, and requests are answered as of that time without waiting. Its
    /// work is bounded ([`runs::MAX_RUNS_PER_MOVE`], [`store::MAX_JOBS`]).
    /// Moves are made one at a time.
    pub fn set_now(&self, to: DateTime<Utc>) {
        let to = clock::clamped(to);
        let _turn = self.turn();
        if to <= self.now() {
            self.clock.set(to);
        } else {
            self.move_to(to);
        }
    }

    /// Moves the clock forward to `target`, showing its progress; the turn
    /// is held.
    fn move_to(&self, target: DateTime<Utc>) {
        /// Says a move is under way for as long as it lives, even if the
        /// move panics (which would otherwise leave requests believing
        /// forever that someone else settles).
        struct Moving<'a>(&'a AtomicBool);
        impl Drop for Moving<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Release);
            }
        }
        self.moving.store(true, Ordering::Release);
        let _moving = Moving(&self.moving);
        self.write().engine.begin_move();
        loop {
            let (more, next) = self.settle_slice(target);
            // Everything before the next event due is done: the clock may
            // show up to just before it.
            let shown = match next.filter(|at| *at <= target) {
                Some(next) => next - chrono::TimeDelta::microseconds(1),
                None => target,
            };
            self.clock.forward_to(shown.min(target));
            if !more {
                break;
            }
        }
        self.clock.forward_to(target);
    }

    /// The turn to make due things happen.
    fn turn(&self) -> std::sync::MutexGuard<'_, ()> {
        self.settling.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Plans how the next job of `job_type` to start will end (once per
    /// call; unplanned jobs succeed). At most [`runs::MAX_PLANNED`] wait per
    /// job type: past that, `false` and nothing is planned.
    pub fn plan_outcome(&self, job_type: types::JobType, outcome: Outcome) -> bool {
        self.write().engine.plan(job_type, outcome, 1)
    }

    /// Forgets every planned outcome.
    pub fn clear_planned_outcomes(&self) {
        self.write().engine.clear_plans();
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

    /// Whether something is due by `now` that a request must wait for: not
    /// while a move is under way (the clock then shows how far it has got,
    /// and all before that is done). Only a read lock is taken.
    fn due(&self, now: DateTime<Utc>) -> bool {
        !self.moving.load(Ordering::Acquire) && self.next_event().is_some_and(|at| at <= now)
    }

    /// Makes happen everything due by now, on this thread (for the
    /// in-process readers, [`Sandbox::job`] and the like, and off the async
    /// workers for requests). If a move of the clock is under way, or
    /// starts while this waits its turn, there is nothing to wait for: the
    /// clock shows how far the move has got, and all before is done.
    fn settle(&self) {
        let now = self.now();
        if !self.due(now) {
            return;
        }
        let _turn = loop {
            match self.settling.try_lock() {
                Ok(turn) => break turn,
                Err(std::sync::TryLockError::Poisoned(poisoned)) => break poisoned.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) if self.moving.load(Ordering::Acquire) => return,
                // Another request settles: a slice or two.
                Err(std::sync::TryLockError::WouldBlock) => std::thread::sleep(Duration::from_micros(200)),
            }
        };
        self.write().engine.begin_move();
        while self.settle_slice(now).0 {}
    }

    /// Makes happen everything due by now, before a request is answered.
    /// Cheap when nothing is due. One bounded slice of the work is done on
    /// this (async) thread if no one else is settling; anything more, or
    /// waiting for another settler, happens off the async workers, so they
    /// keep answering.
    async fn settled(&self) {
        let now = self.now();
        if !self.due(now) {
            return;
        }
        if let Ok(turn) = self.settling.try_lock() {
            self.write().engine.begin_move();
            let (more, _) = self.settle_slice(now);
            drop(turn);
            if !more {
                return;
            }
        }
        let sandbox = self.clone();
        let _ = tokio::task::spawn_blocking(move || sandbox.settle()).await;
    }

    /// When something next happens, if anything will.
    fn next_event(&self) -> Option<DateTime<Utc>> {
        self.read().engine.next_event()
    }

    fn read(&self) -> parking_lot::RwLockReadGuard<'_, Store> {
        self.store.read()
    }

    fn write(&self) -> parking_lot::RwLockWriteGuard<'_, Store> {
        self.store.write()
    }

    /// One slice of the work due by `until` under the write lock, which is
    /// then handed to whoever waits for it (fairly: a settler taking it
    /// again at once would starve the readers); whether more is due, and
    /// when the next thing happens.
    fn settle_slice(&self, until: DateTime<Utc>) -> (bool, Option<DateTime<Utc>>) {
        let mut store = self.write();
        let more = runs::settle(&mut store, until);
        let next = store.engine.next_event();
        parking_lot::RwLockWriteGuard::unlock_fair(store);
        (more, next)
    }

    fn timing(&self, specification: &str, location: &str) -> Result<cron::Timing, types::ErrorResponse> {
        cron::Timing::new(specification, location).map_err(|e| {
            elasticpath_subscriptions_server::validation_error(format!("data.attributes.{}: {}", e.attribute, e.reason))
        })
    }

    /// The URL of one resource, as a `Location` header names it.
    fn resource_url(&self, collection: &str, id: Uuid) -> String {
        format!("{}{}{collection}/{id}", self.public_url, elasticpath_subscriptions_server::BASE_PATH)
    }

    /// One page of a list, with its links. The filter is parsed first,
    /// outside the lock; the lock is held to copy the page out.
    fn list<T: store::Row>(
        &self,
        table: impl Fn(&Store) -> &Table<T>,
        path: &str,
        filter: Option<&str>,
        offset: Option<u64>,
        limit: Option<u64>,
    ) -> Result<(Vec<T>, types::Links), types::ErrorResponse> {
        let conditions = match filter.map(types::filter::parse).transpose() {
            Ok(parsed) => parsed.map(|f| f.conditions().to_vec()).unwrap_or_default(),
            Err(e) => {
                return Err(elasticpath_subscriptions_server::bad_request(format!(
                    "filter: Could not parse the supplied filter: {e}"
                )));
            }
        };
        let offset = offset.unwrap_or(0).min(MAX_PAGE_OFFSET);
        let limit = limit.filter(|l| *l > 0).unwrap_or(DEFAULT_PAGE_LIMIT);
        let (data, total) = table(&self.read()).page(&conditions, offset as usize, limit as usize);
        let total = total as u64;
        let url = |at: u64| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            if let Some(filter) = filter {
                query.append_pair("filter", filter);
            }
            query.append_pair("page[offset]", &at.to_string()).append_pair("page[limit]", &limit.to_string());
            let link =
                format!("{}{}{path}?{}", self.public_url, elasticpath_subscriptions_server::BASE_PATH, query.finish());
            types::Link::Uri(types::LinkUri(Some(link)))
        };
        let null = || types::Link::Uri(types::LinkUri(None));
        let last = if total == 0 { 0 } else { ((total - 1) / limit * limit).min(MAX_PAGE_OFFSET) };
        let next = offset + limit;
        let links = [
            ("first", url(0)),
            ("prev", if offset > 0 { url(offset.saturating_sub(limit)) } else { null() }),
            ("next", if next < total && next <= MAX_PAGE_OFFSET { url(next) } else { null() }),
            ("last", url(last)),
        ];
        Ok((data, types::Links(links.into_iter().map(|(name, link)| (name.to_owned(), link)).collect())))
    }
}

/// A store may not change what its organization owns.
fn owned_by_the_store(owner: &types::OwnerMeta) -> bool {
    *owner == types::OwnerMeta::Store
}

impl SubscriptionsApi for Sandbox {
    /// The token must be one the sandbox accepts: see [`AuthMode`].
    async fn authenticate(
        &self,
        context: &RequestContext,
    ) -> Result<(), elasticpath_subscriptions_server::Unauthenticated> {
        self.auth
            .check(&context.bearer_token, self.now())
            .map_err(elasticpath_subscriptions_server::Unauthenticated::new)
    }

    async fn list_jobs(&self, _context: RequestContext, query: ListJobsQuery) -> ListJobsResponse {
        self.settled().await;
        match self.list(
            |s| &s.jobs,
            "/subscriptions/jobs",
            query.filter.as_deref(),
            query.page_offset,
            query.page_limit,
        ) {
            Ok((data, links)) => ListJobsResponse::Ok({
                let mut list = types::JobListResponse::new(data);
                list.links = Some(links);
                list
            }),
            Err(e) => ListJobsResponse::BadRequest(e),
        }
    }

    async fn create_job(&self, _context: RequestContext, body: types::JobCreateRequest) -> CreateJobResponse {
        self.settled().await;
        let attributes = body.data.attributes;
        let now = self.now();
        let mut store = self.write();
        if let Some(external_ref) = &attributes.external_ref
            && store.jobs.has_ref(external_ref)
        {
            return CreateJobResponse::Conflict(elasticpath_subscriptions_server::write_conflict(format!(
                "data.attributes.external_ref: a job with external_ref `{}` already exists",
                external_ref.as_str()
            )));
        }
        let created_at = store.created_at(now);
        let mut job_attributes =
            types::JobResponseAttributes::new(created_at, attributes.job_type, types::JobStatus::Pending, created_at);
        job_attributes.external_ref = attributes.external_ref;
        let meta = types::JobMeta::new(types::OwnerMeta::Store, types::JobTimestamps::new(created_at, created_at));
        let job = types::Job::new(job_attributes, Uuid::new_v4(), meta, types::SubscriptionJobType::SubscriptionJob);
        if let Err(full) = store.add_job(job.clone(), now) {
            return CreateJobResponse::Conflict(elasticpath_subscriptions_server::write_conflict(full.to_string()));
        }
        let location = Some(self.resource_url("/subscriptions/jobs", job.id));
        CreateJobResponse::Created(types::JobResponse::new(job), CreateJobCreatedHeaders { location })
    }

    async fn get_job(&self, _context: RequestContext, job_uuid: Uuid) -> GetJobResponse {
        self.settled().await;
        match self.read().jobs.get(&job_uuid) {
            Some(job) => GetJobResponse::Ok(types::JobResponse::new(job.clone())),
            None => GetJobResponse::NotFound(elasticpath_subscriptions_server::not_found(format!(
                "No job found with id {job_uuid}"
            ))),
        }
    }

    async fn delete_job(&self, _context: RequestContext, job_uuid: Uuid) -> DeleteJobResponse {
        self.settled().await;
        let mut store = self.write();
        let Some(job) = store.jobs.get(&job_uuid) else {
            return DeleteJobResponse::NotFound(elasticpath_subscriptions_server::not_found(format!(
                "No job found with id {job_uuid}"
            )));
        };
        if !owned_by_the_store(&job.meta.owner) {
            return DeleteJobResponse::Forbidden(elasticpath_subscriptions_server::forbidden(
                "Permission denied: the job belongs to the organization",
            ));
        }
        if job.attributes.status == types::JobStatus::Started {
            return DeleteJobResponse::Conflict(elasticpath_subscriptions_server::write_conflict(
                "the job has started; it can be deleted once it has finished",
            ));
        }
        store.remove_job(&job_uuid);
        DeleteJobResponse::NoContent
    }

    async fn list_schedules(&self, _context: RequestContext, query: ListSchedulesQuery) -> ListSchedulesResponse {
        self.settled().await;
        match self.list(
            |s| &s.schedules,
            "/subscriptions/schedules",
            query.filter.as_deref(),
            query.page_offset,
            query.page_limit,
        ) {
            Ok((data, links)) => ListSchedulesResponse::Ok({
                let mut list = types::ScheduleListResponse::new(data);
                list.links = Some(links);
                list
            }),
            Err(e) => ListSchedulesResponse::BadRequest(e),
        }
    }

    async fn create_schedule(
        &self,
        _context: RequestContext,
        body: types::ScheduleCreateRequest,
    ) -> CreateScheduleResponse {
        self.settled().await;
        let attributes = body.data.attributes;
        let timing = match self.timing(&attributes.specification, &attributes.location) {
            Ok(timing) => timing,
            Err(e) => return CreateScheduleResponse::BadRequest(e),
        };
        let now = self.now();
        let scheduled_for = timing.next_after(now);
        let mut store = self.write();
        if store.schedules.len() >= store::MAX_SCHEDULES {
            // The operation documents no 409: a limit of the fake is a 400.
            return CreateScheduleResponse::BadRequest(elasticpath_subscriptions_server::bad_request(format!(
                "the sandbox holds its most schedules ({}): delete one first",
                store::MAX_SCHEDULES
            )));
        }
        let created_at = store.created_at(now);
        let mut schedule_attributes = types::ScheduleResponseAttributes::new(
            created_at,
            attributes.job,
            attributes.location,
            attributes.specification,
            created_at,
        );
        schedule_attributes.external_ref = attributes.external_ref;
        schedule_attributes.name = attributes.name;
        let mut meta =
            types::ScheduleMeta::new(types::OwnerMeta::Store, types::Timestamps::new(created_at, created_at));
        meta.scheduled_for = scheduled_for;
        let schedule = types::Schedule::new(
            schedule_attributes,
            Uuid::new_v4(),
            meta,
            types::SubscriptionScheduleType::SubscriptionSchedule,
        );
        store.put_schedule(schedule.clone());
        let location = Some(self.resource_url("/subscriptions/schedules", schedule.id));
        CreateScheduleResponse::Created(
            types::ScheduleResponse::new(schedule),
            CreateScheduleCreatedHeaders { location },
        )
    }

    async fn get_schedule(&self, _context: RequestContext, schedule_uuid: Uuid) -> GetScheduleResponse {
        self.settled().await;
        match self.read().schedules.get(&schedule_uuid) {
            Some(schedule) => GetScheduleResponse::Ok(types::ScheduleResponse::new(schedule.clone())),
            None => GetScheduleResponse::NotFound(elasticpath_subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
        }
    }

    /// The new attributes and the next run are worked out from a copy, with
    /// no lock held; the write lock is then taken only to store them, if
    /// the schedule has not changed meanwhile (else `409`).
    async fn update_schedule(
        &self,
        _context: RequestContext,
        schedule_uuid: Uuid,
        body: types::ScheduleUpdateRequest,
    ) -> UpdateScheduleResponse {
        self.settled().await;
        let update = body.data;
        let Some(current) = self.read().schedules.get(&schedule_uuid).cloned() else {
            return UpdateScheduleResponse::NotFound(elasticpath_subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            )));
        };
        if update.id != schedule_uuid {
            return UpdateScheduleResponse::Conflict(elasticpath_subscriptions_server::write_conflict(format!(
                "data.id: `{}` does not match the schedule in the path, `{schedule_uuid}`",
                update.id
            )));
        }
        if !owned_by_the_store(&current.meta.owner) {
            return UpdateScheduleResponse::Forbidden(elasticpath_subscriptions_server::forbidden(
                "Permission denied: the schedule belongs to the organization",
            ));
        }
        let mut next = current.attributes.clone();
        let changes = update.attributes;
        if let Some(external_ref) = changes.external_ref {
            next.external_ref = external_ref;
        }
        if let Some(name) = changes.name {
            next.name = name;
        }
        if let Some(specification) = changes.specification {
            next.specification = specification;
        }
        if let Some(location) = changes.location {
            next.location = location;
        }
        if let Some(job) = changes.job {
            next.job = job;
        }
        let timing = match self.timing(&next.specification, &next.location) {
            Ok(timing) => timing,
            Err(e) => return UpdateScheduleResponse::BadRequest(e),
        };
        let now = self.now();
        next.updated_at = now;
        let scheduled_for = timing.next_after(now);
        let mut store = self.write();
        match store.schedules.get(&schedule_uuid) {
            None => {
                return UpdateScheduleResponse::NotFound(elasticpath_subscriptions_server::not_found(format!(
                    "No schedule found with id {schedule_uuid}"
                )));
            }
            Some(stored) if *stored != current => {
                return UpdateScheduleResponse::Conflict(elasticpath_subscriptions_server::write_conflict(
                    "the schedule was changed by another request meanwhile; read it again and retry",
                ));
            }
            Some(_) => {}
        }
        let mut schedule = current;
        schedule.attributes = next;
        schedule.meta.timestamps.updated_at = now;
        schedule.meta.scheduled_for = scheduled_for;
        store.put_schedule(schedule.clone());
        UpdateScheduleResponse::Ok(types::ScheduleResponse::new(schedule))
    }

    async fn delete_schedule(&self, _context: RequestContext, schedule_uuid: Uuid) -> DeleteScheduleResponse {
        self.settled().await;
        let mut store = self.write();
        match store.schedules.get(&schedule_uuid) {
            None => DeleteScheduleResponse::NotFound(elasticpath_subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
            Some(schedule) if !owned_by_the_store(&schedule.meta.owner) => {
                DeleteScheduleResponse::Forbidden(elasticpath_subscriptions_server::forbidden(
                    "Permission denied: the schedule belongs to the organization",
                ))
            }
            Some(_) => {
                store.remove_schedule(&schedule_uuid);
                DeleteScheduleResponse::NoContent
            }
        }
    }
}

/// A sandbox served on 127.0.0.1; stopped when dropped.
#[derive(Debug)]
pub struct Running {
    address: SocketAddr,
    base_url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
    ticker: Option<tokio::task::JoinHandle<()>>,
}

impl Running {
    /// The base URL to give a client: `http://127.0.0.1:PORT/v2`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops serving and waits until the server has finished.
    pub async fn stop(mut self) {
        if let Some(ticker) = self.ticker.take() {
            ticker.abort();
        }
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(ticker) = self.ticker.take() {
            ticker.abort();
        }
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Serves `sandbox` on a free port of 127.0.0.1, for tests.
pub async fn spawn(sandbox: Sandbox) -> std::io::Result<Running> {
    serve_on(sandbox, "127.0.0.1:0".parse().expect("a socket address")).await
}

/// Serves `sandbox` on `address` with the default [`ServeOptions`].
pub async fn serve_on(sandbox: Sandbox, address: SocketAddr) -> std::io::Result<Running> {
    serve_with(sandbox, address, ServeOptions::default()).await
}

/// Serves `sandbox` on `address` through [`elasticpath_subscriptions_server::serve()`],
/// with its timeouts and limits. Unless [`Sandbox::with_public_url`] set
/// one, links point at the address served.
pub async fn serve_with(sandbox: Sandbox, address: SocketAddr, options: ServeOptions) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    let address = listener.local_addr()?;
    let sandbox = if &*sandbox.public_url == "http://localhost" {
        sandbox.with_public_url(&format!("http://{address}")).expect("a socket address makes a URL")
    } else {
        sandbox
    };
    let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
    let ticker = tokio::spawn(tick(sandbox.clone()));
    let app = sandbox.router();
    let task = tokio::spawn(async move {
        let _ = elasticpath_subscriptions_server::serve(listener, app, options, async move {
            let _ = stopped.await;
        })
        .await;
    });
    Ok(Running {
        address,
        base_url: format!("http://{address}{}", elasticpath_subscriptions_server::BASE_PATH),
        shutdown: Some(shutdown),
        task: Some(task),
        ticker: Some(ticker),
    })
}

/// Makes things happen as the clock passes them, with no request needed:
/// wakes at the next event (at least once a second, to see a clock moved
/// from elsewhere), until aborted. Nothing it runs can end it: a panic in
/// one round is caught, and the next round goes on.
async fn tick(sandbox: Sandbox) {
    use futures_util::FutureExt;
    loop {
        let wait = match sandbox.next_event() {
            Some(at) => (at - sandbox.now()).to_std().unwrap_or(Duration::ZERO).min(Duration::from_secs(1)),
            None => Duration::from_secs(1),
        };
        tokio::time::sleep(wait.max(Duration::from_millis(10))).await;
        let _ = std::panic::AssertUnwindSafe(sandbox.settled()).catch_unwind().await;
    }
}
