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
//!   must match the path (`409`); a schedule owned by the organization cannot
//!   be changed by the store (`403`).
//! - Schedules create billing, payment and notification runs only, as the
//!   current release allows (the router refuses other job types).
//! - Lists: `filter=eq(external_ref,VALUE)` and `in(external_ref,A,B,…)`,
//!   joined by `:`, `page[offset]`/`page[limit]`
//!   (default 25), oldest first, with `first`/`prev`/`next`/`last` links.
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

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, SubsecRound, Utc};
use indexmap::IndexMap;
use subscriptions_server::{
    CreateJobResponse, CreateScheduleResponse, DeleteJobResponse, DeleteScheduleResponse, GetJobResponse,
    GetScheduleResponse, ListJobsQuery, ListJobsResponse, ListSchedulesQuery, ListSchedulesResponse, RequestContext,
    SubscriptionsApi, UpdateScheduleResponse,
};
use subscriptions_types as types;
use uuid::Uuid;

/// The page length when `page[limit]` is not given.
pub const DEFAULT_PAGE_LIMIT: i64 = 25;
/// The largest `page[offset]` the API accepts, as documented.
pub const MAX_PAGE_OFFSET: i64 = 10_000;

type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

#[derive(Default)]
struct Store {
    jobs: IndexMap<Uuid, types::Job>,
    schedules: IndexMap<Uuid, types::Schedule>,
}

/// The in-memory implementation. Clones share the same store, so a test can
/// keep one to seed or inspect the data while the router serves another.
#[derive(Clone)]
pub struct Sandbox {
    store: Arc<RwLock<Store>>,
    token: Option<Arc<str>>,
    clock: Clock,
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let store = self.store.read().unwrap_or_else(|e| e.into_inner());
        f.debug_struct("Sandbox")
            .field("jobs", &store.jobs.len())
            .field("schedules", &store.schedules.len())
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .finish()
    }
}

impl Sandbox {
    /// An empty sandbox that accepts any bearer token.
    pub fn new() -> Sandbox {
        Sandbox { store: Arc::default(), token: None, clock: Arc::new(Utc::now) }
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

    /// Stores a job as given, for tests that need one in a given state.
    pub fn insert_job(&self, job: types::Job) {
        self.write().jobs.insert(job.id, job);
    }

    /// Stores a schedule as given.
    pub fn insert_schedule(&self, schedule: types::Schedule) {
        self.write().schedules.insert(schedule.id, schedule);
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
}

/// A page of a list and its links.
struct Page<T> {
    data: Vec<T>,
    links: types::Links,
}

/// One list request: where it came in, and its filter.
struct List<'a> {
    context: &'a RequestContext,
    path: &'static str,
    filter: Option<&'a str>,
}

impl List<'_> {
    /// Filters `items` by `external_ref`, cuts the page out and builds the
    /// links, with URLs on the host the request was sent to. A filter that
    /// cannot be parsed is the `400` body.
    fn page<'i, T: Clone + 'i>(
        &self,
        items: impl Iterator<Item = &'i T>,
        external_ref: impl Fn(&T) -> Option<&str>,
        offset: Option<i64>,
        limit: Option<i64>,
    ) -> Result<Page<T>, types::ErrorResponse> {
        let conditions = match self.filter.map(filter::parse).transpose() {
            Ok(conditions) => conditions.unwrap_or_default(),
            Err(e) => return Err(subscriptions_server::error(400, "Bad Request", Some(e.to_string()))),
        };
        let matching: Vec<&T> = items.filter(|item| filter::matches(&conditions, external_ref(item))).collect();
        let offset = offset.unwrap_or(0).max(0);
        let limit = limit.filter(|l| *l > 0).unwrap_or(DEFAULT_PAGE_LIMIT);
        let total = matching.len() as i64;
        let data = matching.into_iter().skip(offset as usize).take(limit as usize).cloned().collect();
        let host = self.context.headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or("localhost");
        let url = |at: i64| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            if let Some(filter) = self.filter {
                query.append_pair("filter", filter);
            }
            query.append_pair("page[offset]", &at.to_string()).append_pair("page[limit]", &limit.to_string());
            let link = format!("http://{host}{}{}?{}", subscriptions_server::BASE_PATH, self.path, query.finish());
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
        Ok(Page { data, links: types::Links(links.into_iter().map(|(name, link)| (name.to_owned(), link)).collect()) })
    }
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

    async fn list_jobs(&self, context: RequestContext, query: ListJobsQuery) -> ListJobsResponse {
        let store = self.read();
        let listed = List { context: &context, path: "/subscriptions/jobs", filter: query.filter.as_deref() }.page(
            store.jobs.values(),
            |job| job.attributes.external_ref.as_deref().map(|r| r.as_str()),
            query.page_offset,
            query.page_limit,
        );
        match listed {
            Ok(page) => ListJobsResponse::Ok(types::JobListResponse { data: page.data, links: Some(page.links) }),
            Err(e) => ListJobsResponse::BadRequest(e),
        }
    }

    async fn create_job(&self, _context: RequestContext, body: types::JobCreateRequest) -> CreateJobResponse {
        let attributes = body.data.attributes;
        let now = self.now();
        let job = types::Job {
            id: Uuid::new_v4(),
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobResponseAttributes {
                external_ref: attributes.external_ref,
                job_type: attributes.job_type,
                status: types::JobStatus::Pending,
                created_at: now,
                updated_at: now,
            },
            relationships: None,
            meta: types::JobMeta {
                owner: types::OwnerMeta::Store,
                timestamps: types::JobTimestamps {
                    created_at: now,
                    updated_at: now,
                    started_at: None,
                    finished_at: None,
                },
                report: None,
            },
        };
        let mut store = self.write();
        if let Some(external_ref) = &job.attributes.external_ref
            && store.jobs.values().any(|other| other.attributes.external_ref.as_ref() == Some(external_ref))
        {
            return CreateJobResponse::Conflict(subscriptions_server::write_conflict(format!(
                "data.attributes.external_ref: a job with external_ref `{}` already exists",
                external_ref.as_str()
            )));
        }
        store.jobs.insert(job.id, job.clone());
        CreateJobResponse::Created(types::JobResponse { data: job })
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
        match store.jobs.get(&job_uuid).map(|job| &job.attributes.status) {
            None => {
                DeleteJobResponse::NotFound(subscriptions_server::not_found(format!("No job found with id {job_uuid}")))
            }
            Some(types::JobStatus::Started) => DeleteJobResponse::Conflict(subscriptions_server::write_conflict(
                "the job has started; it can be deleted once it has finished",
            )),
            Some(_) => {
                store.jobs.shift_remove(&job_uuid);
                DeleteJobResponse::NoContent
            }
        }
    }

    async fn list_schedules(&self, context: RequestContext, query: ListSchedulesQuery) -> ListSchedulesResponse {
        let store = self.read();
        let listed = List { context: &context, path: "/subscriptions/schedules", filter: query.filter.as_deref() }
            .page(
                store.schedules.values(),
                |s| s.attributes.external_ref.as_deref().map(|r| r.as_str()),
                query.page_offset,
                query.page_limit,
            );
        match listed {
            Ok(page) => {
                ListSchedulesResponse::Ok(types::ScheduleListResponse { data: page.data, links: Some(page.links) })
            }
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
        let schedule = types::Schedule {
            id: Uuid::new_v4(),
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleResponseAttributes {
                external_ref: attributes.external_ref,
                name: attributes.name,
                specification: attributes.specification,
                location: attributes.location,
                job: attributes.job,
                created_at: now,
                updated_at: now,
            },
            meta: types::ScheduleMeta {
                scheduled_for: timing.next_after(now),
                owner: types::OwnerMeta::Store,
                timestamps: types::Timestamps { created_at: now, updated_at: now },
            },
        };
        self.write().schedules.insert(schedule.id, schedule.clone());
        CreateScheduleResponse::Created(types::ScheduleResponse { data: schedule })
    }

    async fn get_schedule(&self, _context: RequestContext, schedule_uuid: Uuid) -> GetScheduleResponse {
        match self.read().schedules.get(&schedule_uuid) {
            Some(schedule) => GetScheduleResponse::Ok(types::ScheduleResponse { data: schedule.clone() }),
            None => GetScheduleResponse::NotFound(subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
        }
    }

    async fn update_schedule(
        &self,
        _context: RequestContext,
        schedule_uuid: Uuid,
        body: types::ScheduleUpdateRequest,
    ) -> UpdateScheduleResponse {
        let update = body.data;
        let mut store = self.write();
        let Some(current) = store.schedules.get(&schedule_uuid) else {
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
        if current.meta.owner != types::OwnerMeta::Store {
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
        let schedule = store.schedules.get_mut(&schedule_uuid).expect("looked up above, under the same lock");
        schedule.attributes = next;
        schedule.meta.timestamps.updated_at = now;
        schedule.meta.scheduled_for = timing.next_after(now);
        UpdateScheduleResponse::Ok(types::ScheduleResponse { data: schedule.clone() })
    }

    async fn delete_schedule(&self, _context: RequestContext, schedule_uuid: Uuid) -> DeleteScheduleResponse {
        match self.write().schedules.shift_remove(&schedule_uuid) {
            Some(_) => DeleteScheduleResponse::NoContent,
            None => DeleteScheduleResponse::NotFound(subscriptions_server::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
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

/// Serves `sandbox` on `address`.
pub async fn serve_on(sandbox: Sandbox, address: SocketAddr) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    let address = listener.local_addr()?;
    let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = sandbox.router();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async move {
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
