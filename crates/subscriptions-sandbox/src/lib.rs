//! A local sandbox of the Subscriptions jobs and schedules API: an
//! in-memory, thread-safe implementation of
//! [`subscriptions_server::SubscriptionsApi`], served by the generated
//! router.
//!
//! - Jobs: create (always `pending`) of every job type, list, get, delete. A job that has
//!   `started` cannot be deleted (`409`); two jobs cannot share an
//!   `external_ref` (`409`).
//! - Schedules: create, list, get, update, delete. `meta.scheduled_for` is the
//!   next time the cron `specification` matches in the `location` time zone;
//!   an update with `null` removes `name` or `external_ref`; the body's `id`
//!   must match the path (`409`); a schedule (or a job) owned by the
//!   organization cannot be updated or deleted by the store (`403`).
//! - Schedules create billing, payment and notification runs only, as the
//!   current release allows (the router refuses other job types).
//! - Lists: `filter=eq(external_ref,VALUE)` and `in(external_ref,A,B,…)`,
//!   joined by `:`, `page[offset]`/`page[limit]`
//!   (default 25), oldest first, with `first`/`prev`/`next`/`last` links
//!   built from the public URL (never from the request's `Host`).
//! - No request's cost grows with the size of the store: rows are indexed
//!   by id and `external_ref`, and nothing slow runs under the lock.
//! - Owner `store`; timestamps in UTC, RFC 3339.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let sandbox = subscriptions_sandbox::spawn(subscriptions_sandbox::Sandbox::new()).await?;
//! let client = subscriptions_client::Client::with_bearer_token(sandbox.base_url(), "any-token").unwrap();
//! # Ok(()) }
//! ```

pub mod cron;
pub mod filter;
mod store;

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, SubsecRound, Utc};
use subscriptions_server::{
    CreateJobCreatedHeaders, CreateJobResponse, CreateScheduleCreatedHeaders, CreateScheduleResponse,
    DeleteJobResponse, DeleteScheduleResponse, GetJobResponse, GetScheduleResponse, ListJobsQuery, ListJobsResponse,
    ListSchedulesQuery, ListSchedulesResponse, RequestContext, ServeOptions, SubscriptionsApi, UpdateScheduleResponse,
};
use subscriptions_types as types;
use uuid::Uuid;

use store::Table;

/// The page length when `page[limit]` is not given.
pub const DEFAULT_PAGE_LIMIT: i64 = 25;
/// The largest `page[offset]` the API accepts, as documented.
pub const MAX_PAGE_OFFSET: i64 = 10_000;

type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

#[derive(Default)]
struct Store {
    jobs: Table<types::Job>,
    schedules: Table<types::Schedule>,
    /// The newest creation time given: creation times never go back, so
    /// list order (creation order) is `created_at` order.
    last_created: Option<DateTime<Utc>>,
}

impl Store {
    /// The creation time of a new resource: `now`, or the last one given if
    /// the clock has not moved past it.
    fn created_at(&mut self, now: DateTime<Utc>) -> DateTime<Utc> {
        let at = self.last_created.map_or(now, |last| last.max(now));
        self.last_created = Some(at);
        at
    }
}

/// The in-memory implementation. Clones share the same store, so a test can
/// keep one to seed or inspect the data while the router serves another.
#[derive(Clone)]
pub struct Sandbox {
    store: Arc<RwLock<Store>>,
    token: Option<Arc<str>>,
    clock: Clock,
    public_url: Arc<str>,
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
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .field("public_url", &self.public_url)
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

impl Sandbox {
    /// An empty sandbox that accepts any bearer token. Its links point at
    /// `http://localhost` until [`Sandbox::with_public_url`] says otherwise
    /// ([`serve_on`] sets the address it listens on).
    pub fn new() -> Sandbox {
        Sandbox { store: Arc::default(), token: None, clock: Arc::new(Utc::now), public_url: "http://localhost".into() }
    }

    /// Accepts only `token`; other tokens get `401`.
    pub fn with_token(mut self, token: &str) -> Sandbox {
        self.token = Some(token.into());
        self
    }

    /// Reads the time from `clock` instead of the system clock.
    pub fn with_clock(mut self, clock: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Sandbox {
        self.clock = Arc::new(clock);
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

    /// Stores a job as given, for tests that need one in a given state.
    pub fn insert_job(&self, job: types::Job) {
        self.write().jobs.put(job.id, job);
    }

    /// Stores a schedule as given.
    pub fn insert_schedule(&self, schedule: types::Schedule) {
        self.write().schedules.put(schedule.id, schedule);
    }

    /// The number of jobs stored.
    pub fn job_count(&self) -> usize {
        self.read().jobs.len()
    }

    /// The number of schedules stored.
    pub fn schedule_count(&self) -> usize {
        self.read().schedules.len()
    }

    /// The router serving this sandbox.
    pub fn router(self) -> axum::Router {
        subscriptions_server::router(self)
    }

    fn now(&self) -> DateTime<Utc> {
        // The API returns microseconds, as its examples do.
        (self.clock)().trunc_subsecs(6)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(|e| e.into_inner())
    }

    fn timing(&self, specification: &str, location: &str) -> Result<cron::Timing, types::ErrorResponse> {
        cron::Timing::new(specification, location).map_err(|e| {
            subscriptions_server::validation_error(format!("data.attributes.{}: {}", e.attribute, e.reason))
        })
    }

    /// The URL of one resource, as a `Location` header names it.
    fn resource_url(&self, collection: &str, id: Uuid) -> String {
        format!("{}{}{collection}/{id}", self.public_url, subscriptions_server::BASE_PATH)
    }

    /// One page of a list, with its links. The filter is parsed first,
    /// outside the lock; the lock is held to copy the page out.
    fn list<T: store::Row>(
        &self,
        table: impl Fn(&Store) -> &Table<T>,
        path: &str,
        filter: Option<&str>,
        offset: Option<i64>,
        limit: Option<i64>,
    ) -> Result<(Vec<T>, types::Links), types::ErrorResponse> {
        let conditions = match filter.map(filter::parse).transpose() {
            Ok(conditions) => conditions.unwrap_or_default(),
            Err(e) => return Err(subscriptions_server::bad_request(e.to_string())),
        };
        let offset = offset.unwrap_or(0).clamp(0, MAX_PAGE_OFFSET);
        let limit = limit.filter(|l| *l > 0).unwrap_or(DEFAULT_PAGE_LIMIT);
        let (data, total) = table(&self.read()).page(&conditions, offset as usize, limit as usize);
        let total = total as i64;
        let url = |at: i64| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            if let Some(filter) = filter {
                query.append_pair("filter", filter);
            }
            query.append_pair("page[offset]", &at.to_string()).append_pair("page[limit]", &limit.to_string());
            let link = format!("{}{}{path}?{}", self.public_url, subscriptions_server::BASE_PATH, query.finish());
            types::Link::Uri(types::LinkUri(Some(link)))
        };
        let null = || types::Link::Uri(types::LinkUri(None));
        let last = if total == 0 { 0 } else { ((total - 1) / limit * limit).min(MAX_PAGE_OFFSET) };
        let next = offset + limit;
        let links = [
            ("first", url(0)),
            ("prev", if offset > 0 { url((offset - limit).max(0)) } else { null() }),
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
    /// With [`Sandbox::with_token`], only that token is accepted.
    async fn authenticate(&self, context: &RequestContext) -> Result<(), subscriptions_server::Unauthenticated> {
        match &self.token {
            Some(token) if **token != *context.bearer_token => {
                Err(subscriptions_server::Unauthenticated::new("Authorization: the bearer token is not valid"))
            }
            _ => Ok(()),
        }
    }

    async fn list_jobs(&self, _context: RequestContext, query: ListJobsQuery) -> ListJobsResponse {
        match self.list(
            |s| &s.jobs,
            "/subscriptions/jobs",
            query.filter.as_deref(),
            query.page_offset,
            query.page_limit,
        ) {
            Ok((data, links)) => ListJobsResponse::Ok(types::JobListResponse { data, links: Some(links) }),
            Err(e) => ListJobsResponse::BadRequest(e),
        }
    }

    async fn create_job(&self, _context: RequestContext, body: types::JobCreateRequest) -> CreateJobResponse {
        let attributes = body.data.attributes;
        let now = self.now();
        let mut store = self.write();
        if let Some(external_ref) = &attributes.external_ref
            && store.jobs.has_ref(external_ref)
        {
            return CreateJobResponse::Conflict(subscriptions_server::write_conflict(format!(
                "data.attributes.external_ref: a job with external_ref `{}` already exists",
                external_ref.as_str()
            )));
        }
        let created_at = store.created_at(now);
        let job = types::Job {
            id: Uuid::new_v4(),
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobResponseAttributes {
                external_ref: attributes.external_ref,
                job_type: attributes.job_type,
                status: types::JobStatus::Pending,
                created_at,
                updated_at: created_at,
            },
            relationships: None,
            meta: types::JobMeta {
                owner: types::OwnerMeta::Store,
                timestamps: types::JobTimestamps {
                    created_at,
                    updated_at: created_at,
                    started_at: None,
                    finished_at: None,
                },
                report: None,
            },
        };
        store.jobs.put(job.id, job.clone());
        let location = Some(self.resource_url("/subscriptions/jobs", job.id));
        CreateJobResponse::Created(types::JobResponse { data: job }, CreateJobCreatedHeaders { location })
    }

    async fn get_job(&self, _context: RequestContext, job_uuid: Uuid) -> GetJobResponse {
        match self.read().jobs.get(&job_uuid) {
            Some(job) => GetJobResponse::Ok(types::JobResponse { data: job.clone() }),
            None => {
                GetJobResponse::NotFound(subscriptions_server::not_found(format!("No job found with id {job_uuid}")))
            }
        }
    }

    async fn delete_job(&self, _context: RequestContext, job_uuid: Uuid) -> DeleteJobResponse {
        let mut store = self.write();
        let Some(job) = store.jobs.get(&job_uuid) else {
            return DeleteJobResponse::NotFound(subscriptions_server::not_found(format!(
                "No job found with id {job_uuid}"
            )));
        };
        if !owned_by_the_store(&job.meta.owner) {
            return DeleteJobResponse::Forbidden(subscriptions_server::forbidden(
                "Permission denied: the job belongs to the organization",
            ));
        }
        if job.attributes.status == types::JobStatus::Started {
            return DeleteJobResponse::Conflict(subscriptions_server::write_conflict(
                "the job has started; it can be deleted once it has finished",
            ));
        }
        store.jobs.remove(&job_uuid);
        DeleteJobResponse::NoContent
    }

    async fn list_schedules(&self, _context: RequestContext, query: ListSchedulesQuery) -> ListSchedulesResponse {
        match self.list(
            |s| &s.schedules,
            "/subscriptions/schedules",
            query.filter.as_deref(),
            query.page_offset,
            query.page_limit,
        ) {
            Ok((data, links)) => ListSchedulesResponse::Ok(types::ScheduleListResponse { data, links: Some(links) }),
            Err(e) => ListSchedulesResponse::BadRequest(e),
        }
    }

    async fn create_schedule(
        &self,
        _context: RequestContext,
        body: types::ScheduleCreateRequest,
    ) -> CreateScheduleResponse {
        let attributes = body.data.attributes;
        let timing = match self.timing(&attributes.specification, &attributes.location) {
            Ok(timing) => timing,
            Err(e) => return CreateScheduleResponse::BadRequest(e),
        };
        let now = self.now();
        let scheduled_for = timing.next_after(now);
        let mut store = self.write();
        let created_at = store.created_at(now);
        let schedule = types::Schedule {
            id: Uuid::new_v4(),
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleResponseAttributes {
                external_ref: attributes.external_ref,
                name: attributes.name,
                specification: attributes.specification,
                location: attributes.location,
                job: attributes.job,
                created_at,
                updated_at: created_at,
            },
            meta: types::ScheduleMeta {
                scheduled_for,
                owner: types::OwnerMeta::Store,
                timestamps: types::Timestamps { created_at, updated_at: created_at },
            },
        };
        store.schedules.put(schedule.id, schedule.clone());
        let location = Some(self.resource_url("/subscriptions/schedules", schedule.id));
        CreateScheduleResponse::Created(
            types::ScheduleResponse { data: schedule },
            CreateScheduleCreatedHeaders { location },
        )
    }

    async fn get_schedule(&self, _context: RequestContext, schedule_uuid: Uuid) -> GetScheduleResponse {
        match self.read().schedules.get(&schedule_uuid) {
            Some(schedule) => GetScheduleResponse::Ok(types::ScheduleResponse { data: schedule.clone() }),
            None => GetScheduleResponse::NotFound(subscriptions_server::not_found(format!(
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
        let update = body.data;
        let Some(current) = self.read().schedules.get(&schedule_uuid).cloned() else {
            return UpdateScheduleResponse::NotFound(subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            )));
        };
        if update.id != schedule_uuid {
            return UpdateScheduleResponse::Conflict(subscriptions_server::write_conflict(format!(
                "data.id: `{}` does not match the schedule in the path, `{schedule_uuid}`",
                update.id
            )));
        }
        if !owned_by_the_store(&current.meta.owner) {
            return UpdateScheduleResponse::Forbidden(subscriptions_server::forbidden(
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
                return UpdateScheduleResponse::NotFound(subscriptions_server::not_found(format!(
                    "No schedule found with id {schedule_uuid}"
                )));
            }
            Some(stored) if *stored != current => {
                return UpdateScheduleResponse::Conflict(subscriptions_server::write_conflict(
                    "the schedule was changed by another request meanwhile; read it again and retry",
                ));
            }
            Some(_) => {}
        }
        let mut schedule = current;
        schedule.attributes = next;
        schedule.meta.timestamps.updated_at = now;
        schedule.meta.scheduled_for = scheduled_for;
        store.schedules.put(schedule_uuid, schedule.clone());
        UpdateScheduleResponse::Ok(types::ScheduleResponse { data: schedule })
    }

    async fn delete_schedule(&self, _context: RequestContext, schedule_uuid: Uuid) -> DeleteScheduleResponse {
        let mut store = self.write();
        match store.schedules.get(&schedule_uuid) {
            None => DeleteScheduleResponse::NotFound(subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
            Some(schedule) if !owned_by_the_store(&schedule.meta.owner) => DeleteScheduleResponse::Forbidden(
                subscriptions_server::forbidden("Permission denied: the schedule belongs to the organization"),
            ),
            Some(_) => {
                store.schedules.remove(&schedule_uuid);
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

/// Serves `sandbox` on `address` through [`subscriptions_server::serve()`],
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
    let app = sandbox.router();
    let task = tokio::spawn(async move {
        let _ = subscriptions_server::serve(listener, app, options, async move {
            let _ = stopped.await;
        })
        .await;
    });
    Ok(Running {
        address,
        base_url: format!("http://{address}{}", subscriptions_server::BASE_PATH),
        shutdown: Some(shutdown),
        task: Some(task),
    })
}

/// The README's examples, compiled as doctests so they stay true (this crate
/// sees the client, the server and the sandbox).
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
