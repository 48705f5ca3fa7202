//! The generated client against the generated router and the sandbox, over
//! real HTTP on 127.0.0.1: every operation's happy path, every documented
//! status reached, a table of bad requests sent raw, and 1,000 concurrent
//! creates found again by a paginated walk.

use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, Mutex};

use elasticpath_subscriptions_client::{Client, Error, ListFilter, types};
use elasticpath_subscriptions_sandbox::{Clock, JobFixture, Running, Sandbox, ScheduleFixture};
use elasticpath_subscriptions_server::{ErrorBody, ErrorBodyExt, RequestContext};
use futures_util::TryStreamExt;
use serde_json::{Value, json};
use uuid::Uuid;

const TOKEN: &str = "sandbox-token";

async fn start(sandbox: Sandbox) -> (Running, Client) {
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox).await.expect("the sandbox starts");
    let client = Client::with_bearer_token(running.base_url(), TOKEN).unwrap();
    (running, client)
}

fn job_body(external_ref: Option<&str>) -> types::JobCreateRequest {
    types::JobCreateRequest {
        data: types::JobCreate {
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobCreateAttributes {
                external_ref: external_ref.map(|r| r.parse().unwrap()),
                job_type: types::JobTypeAttributes::BillingRun(Default::default()),
            },
        },
    }
}

fn schedule_body(name: &str, specification: &str, location: &str) -> types::ScheduleCreateRequest {
    types::ScheduleCreateRequest {
        data: types::ScheduleCreate {
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleCreateAttributes {
                external_ref: Some("nightly".parse().unwrap()),
                name: Some(name.parse().unwrap()),
                specification: specification.parse().unwrap(),
                location: location.parse().unwrap(),
                job: types::ScheduleJob { job_type: types::ScheduleJobType::BillingRun },
            },
        },
    }
}

fn status_of(error: Error) -> u16 {
    error.status().map(|s| s.as_u16()).unwrap_or_else(|| panic!("no status in {error:?}"))
}

#[tokio::test]
async fn every_operation_works_through_the_generated_client() {
    // A fixed clock: Saturday 2026-03-28 12:00 UTC, the day before London
    // moves to summer time.
    let now: chrono::DateTime<chrono::Utc> = "2026-03-28T12:00:00Z".parse().unwrap();
    let (running, client) = start(Sandbox::new().with_token(TOKEN).with_clock(Clock::fixed(now))).await;

    // Jobs.
    let created = client.create_job().body(job_body(Some("run-1"))).send().await.unwrap();
    assert_eq!(created.status(), 201);
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let job = created.into_inner().data;
    assert_eq!(location, format!("{}/subscriptions/jobs/{}", running.base_url(), job.id), "Location names the job");
    assert_eq!(job.attributes.status, types::JobStatus::Pending);
    assert_eq!(job.meta.owner, types::OwnerMeta::Store);
    assert_eq!(job.attributes.created_at, now);
    let fetched = client.get_job().job_uuid(job.id).send().await.unwrap().into_inner();
    assert_eq!(fetched.data, job);
    let listed = client.list_jobs().send().await.unwrap().into_inner();
    assert_eq!(listed.data, vec![job.clone()]);
    let filtered = client.list_jobs().filter("eq(external_ref,other)").send().await.unwrap().into_inner();
    assert!(filtered.data.is_empty());

    // Schedules.
    let created = client.create_schedule().body(schedule_body("Daily billing run.", "30 0 * * *", "Europe/London"));
    let created = created.send().await.unwrap();
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let schedule = created.into_inner().data;
    let at_location: Value =
        subscriptions_tests::http().get(&location).bearer_auth(TOKEN).send().await.unwrap().json().await.unwrap();
    assert_eq!(at_location["data"]["id"], schedule.id.to_string(), "Location leads to the schedule");
    // Next 00:30 in London after Saturday noon is Sunday 00:30, still GMT.
    assert_eq!(schedule.meta.scheduled_for, Some("2026-03-29T00:30:00Z".parse().unwrap()));
    let fetched = client.get_schedule().schedule_uuid(schedule.id).send().await.unwrap().into_inner();
    assert_eq!(fetched.data, schedule);
    let listed = client.list_schedules().page_limit(10).send().await.unwrap().into_inner();
    assert_eq!(listed.data, vec![schedule.clone()]);

    // Update: remove the name (null), change the time; leave the rest.
    let update = types::ScheduleUpdateRequest {
        data: types::ScheduleUpdate {
            id: schedule.id,
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleUpdateAttributes {
                name: Some(None),
                specification: Some("0 6 * * MON".parse().unwrap()),
                ..Default::default()
            },
        },
    };
    let updated = client.update_schedule().schedule_uuid(schedule.id).body(update).send().await.unwrap().into_inner();
    assert_eq!(updated.data.attributes.name, None, "null removed the name");
    assert_eq!(updated.data.attributes.external_ref, schedule.attributes.external_ref, "absent left it alone");
    assert_eq!(updated.data.meta.scheduled_for, Some("2026-03-30T05:00:00Z".parse().unwrap()), "Monday 06:00 BST");

    // Deletes.
    let deleted = client.delete_schedule().schedule_uuid(schedule.id).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    assert_eq!(status_of(client.get_schedule().schedule_uuid(schedule.id).send().await.unwrap_err()), 404);
    assert_eq!(client.delete_job().job_uuid(job.id).send().await.unwrap().status(), 204);
    let missing = client.get_job().job_uuid(job.id).send().await.unwrap_err();
    assert!(missing.is_not_found(), "{missing}");
    assert_eq!(missing.api_errors()[0].title, "Not Found");
    running.stop().await;
}

/// The spec, read by the generator's model.
fn api() -> subscriptions_codegen::model::Api {
    let root = subscriptions_tests::root();
    let spec = subscriptions_codegen::Spec::load(&root.join(subscriptions_codegen::SPEC_PATH), "spec").unwrap();
    subscriptions_codegen::model::Api::build(&spec).unwrap()
}

/// The (operation, status) pairs the spec documents.
fn documented() -> BTreeSet<(String, u16)> {
    api().operations.iter().flat_map(|op| op.responses.iter().map(|r| (op.id.clone(), r.status))).collect()
}

/// The component schema the spec gives for (operation, status), if any.
fn response_schema(operation: &str, status: u16) -> Option<String> {
    api().operation(operation)?.response(status)?.schema.clone()
}

/// Sends raw requests and records which documented statuses came back,
/// checking each body against the spec's schema for that answer.
struct Raw {
    http: reqwest::Client,
    base: String,
    reached: Arc<Mutex<BTreeSet<(String, u16)>>>,
}

impl Raw {
    fn new(base: &str, reached: Arc<Mutex<BTreeSet<(String, u16)>>>) -> Raw {
        Raw { http: subscriptions_tests::http(), base: base.to_owned(), reached }
    }

    async fn send(
        &self,
        operation: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
        token: Option<&str>,
    ) -> (u16, Value) {
        let mut request = self.http.request(method.parse().unwrap(), format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        let value: Value = if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap() };
        match response_schema(operation, status) {
            Some(schema) => {
                if let Err(errors) = subscriptions_tests::validate(&schema, &value) {
                    panic!("{operation} {status}: the body does not match {schema}: {errors:?}\n{value}");
                }
            }
            None => assert_eq!(value, Value::Null, "{operation} {status}: no body is documented"),
        }
        self.reached.lock().unwrap().insert((operation.to_owned(), status));
        (status, value)
    }
}

/// Fails every operation the same way, to show that the router answers
/// `500` for a panic and passes `429` through.
#[derive(Clone, Copy)]
enum Failing {
    /// Panics, as an implementation whose storage is down might.
    Panics,
    /// Answers `429`, as the API does over its rate limit.
    RateLimited,
}

fn rate_limited() -> (types::ErrorResponse, elasticpath_subscriptions_server::RateLimitedErrorHeaders) {
    let body = ErrorBody::too_many_requests("The store's rate limit was exceeded");
    (body, elasticpath_subscriptions_server::RateLimitedErrorHeaders { retry_after: Some("2".to_owned()) })
}

/// The body of every method of `Failing`.
macro_rules! fail {
    ($self:ident, $response:ident) => {
        match $self {
            Failing::Panics => panic!("storage is down"),
            Failing::RateLimited => {
                let (body, headers) = rate_limited();
                elasticpath_subscriptions_server::$response::TooManyRequests(body, headers)
            }
        }
    };
}

impl elasticpath_subscriptions_server::SubscriptionsApi for Failing {
    async fn list_jobs(
        &self,
        _: RequestContext,
        _: elasticpath_subscriptions_server::ListJobsQuery,
        _: elasticpath_subscriptions_server::ListJobsRequestHeaders,
    ) -> elasticpath_subscriptions_server::ListJobsResponse {
        fail!(self, ListJobsResponse)
    }
    async fn create_job(
        &self,
        _: RequestContext,
        _: types::JobCreateRequest,
    ) -> elasticpath_subscriptions_server::CreateJobResponse {
        fail!(self, CreateJobResponse)
    }
    async fn get_job(&self, _: RequestContext, _: Uuid) -> elasticpath_subscriptions_server::GetJobResponse {
        fail!(self, GetJobResponse)
    }
    async fn delete_job(&self, _: RequestContext, _: Uuid) -> elasticpath_subscriptions_server::DeleteJobResponse {
        fail!(self, DeleteJobResponse)
    }
    async fn list_schedules(
        &self,
        _: RequestContext,
        _: elasticpath_subscriptions_server::ListSchedulesQuery,
        _: elasticpath_subscriptions_server::ListSchedulesRequestHeaders,
    ) -> elasticpath_subscriptions_server::ListSchedulesResponse {
        fail!(self, ListSchedulesResponse)
    }
    async fn create_schedule(
        &self,
        _: RequestContext,
        _: types::ScheduleCreateRequest,
    ) -> elasticpath_subscriptions_server::CreateScheduleResponse {
        fail!(self, CreateScheduleResponse)
    }
    async fn get_schedule(&self, _: RequestContext, _: Uuid) -> elasticpath_subscriptions_server::GetScheduleResponse {
        fail!(self, GetScheduleResponse)
    }
    async fn update_schedule(
        &self,
        _: RequestContext,
        _: Uuid,
        _: types::ScheduleUpdateRequest,
    ) -> elasticpath_subscriptions_server::UpdateScheduleResponse {
        fail!(self, UpdateScheduleResponse)
    }
    async fn delete_schedule(
        &self,
        _: RequestContext,
        _: Uuid,
    ) -> elasticpath_subscriptions_server::DeleteScheduleResponse {
        fail!(self, DeleteScheduleResponse)
    }
}

#[tokio::test]
async fn every_documented_status_is_reached() {
    // A still clock: the started job stays started.
    let sandbox = Sandbox::new().with_token(TOKEN).with_clock(Clock::fixed(chrono::Utc::now()));
    let started = sandbox.seed_job(JobFixture::payment_run().started());
    let organization_schedule = sandbox.seed_schedule(ScheduleFixture::daily_billing_run().owned_by_organization());
    let organization_job = sandbox.seed_job(JobFixture::payment_run().succeeded().owned_by_organization());
    let (running, _client) = start(sandbox).await;
    let reached = Arc::new(Mutex::new(BTreeSet::new()));
    let raw = Raw::new(running.base_url(), reached.clone());
    let t = Some(TOKEN);
    let missing = Uuid::new_v4();
    let job = json!({ "data": { "type": "subscription_job", "attributes": { "job_type": "tax-run", "external_ref": "unique-1" } } });
    let schedule = json!({ "data": { "type": "subscription_schedule", "attributes": {
        "specification": "*/5 * * * *", "location": "America/New_York", "job": { "job_type": "payment-run" } } } });

    // Jobs.
    raw.send("ListJobs", "GET", "/subscriptions/jobs", None, t).await;
    raw.send("ListJobs", "GET", "/subscriptions/jobs?page[limit]=101", None, t).await;
    raw.send("ListJobs", "GET", "/subscriptions/jobs", None, Some("wrong")).await;
    let (_, created) = raw.send("CreateJob", "POST", "/subscriptions/jobs", Some(job.clone()), t).await;
    let id = created["data"]["id"].as_str().unwrap().to_owned();
    raw.send("CreateJob", "POST", "/subscriptions/jobs", Some(job.clone()), t).await; // 409: same external_ref
    raw.send("CreateJob", "POST", "/subscriptions/jobs", Some(json!({ "data": {} })), t).await;
    raw.send("CreateJob", "POST", "/subscriptions/jobs", Some(job.clone()), None).await;
    raw.send("GetJob", "GET", &format!("/subscriptions/jobs/{id}"), None, t).await;
    raw.send("GetJob", "GET", "/subscriptions/jobs/nope", None, t).await;
    raw.send("GetJob", "GET", &format!("/subscriptions/jobs/{missing}"), None, t).await;
    raw.send("GetJob", "GET", &format!("/subscriptions/jobs/{id}"), None, None).await;
    raw.send("DeleteJob", "DELETE", &format!("/subscriptions/jobs/{}", started.id), None, t).await; // 409
    raw.send("DeleteJob", "DELETE", &format!("/subscriptions/jobs/{}", organization_job.id), None, t).await; // 403
    raw.send("DeleteJob", "DELETE", &format!("/subscriptions/jobs/{id}"), None, t).await;
    raw.send("DeleteJob", "DELETE", &format!("/subscriptions/jobs/{id}"), None, t).await; // 404 now
    raw.send("DeleteJob", "DELETE", "/subscriptions/jobs/1", None, t).await;
    raw.send("DeleteJob", "DELETE", &format!("/subscriptions/jobs/{id}"), None, None).await;

    // Schedules.
    raw.send("ListSchedules", "GET", "/subscriptions/schedules", None, t).await;
    raw.send("ListSchedules", "GET", "/subscriptions/schedules?filter=bogus", None, t).await;
    raw.send("ListSchedules", "GET", "/subscriptions/schedules", None, None).await;
    let (_, created) = raw.send("CreateSchedule", "POST", "/subscriptions/schedules", Some(schedule.clone()), t).await;
    let sid = created["data"]["id"].as_str().unwrap().to_owned();
    let mut bad_cron = schedule.clone();
    bad_cron["data"]["attributes"]["specification"] = json!("99 * * * *");
    raw.send("CreateSchedule", "POST", "/subscriptions/schedules", Some(bad_cron), t).await;
    raw.send("CreateSchedule", "POST", "/subscriptions/schedules", Some(schedule.clone()), None).await;
    raw.send("GetSchedule", "GET", &format!("/subscriptions/schedules/{sid}"), None, t).await;
    raw.send("GetSchedule", "GET", "/subscriptions/schedules/x", None, t).await;
    raw.send("GetSchedule", "GET", &format!("/subscriptions/schedules/{missing}"), None, t).await;
    raw.send("GetSchedule", "GET", &format!("/subscriptions/schedules/{sid}"), None, None).await;
    let update = |id: &str| json!({ "data": { "id": id, "type": "subscription_schedule", "attributes": { "name": "Renamed" } } });
    raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{sid}"), Some(update(&sid)), t).await;
    raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{sid}"), Some(json!({ "data": 1 })), t).await;
    raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{sid}"), Some(update(&sid)), None).await;
    let org = organization_schedule.id.to_string();
    raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{org}"), Some(update(&org)), t).await; // 403
    let other = missing.to_string();
    raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{other}"), Some(update(&other)), t).await; // 404
    raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{sid}"), Some(update(&other)), t).await; // 409
    raw.send("DeleteSchedule", "DELETE", &format!("/subscriptions/schedules/{org}"), None, t).await; // 403
    raw.send("DeleteSchedule", "DELETE", &format!("/subscriptions/schedules/{sid}"), None, t).await;
    raw.send("DeleteSchedule", "DELETE", &format!("/subscriptions/schedules/{sid}"), None, t).await; // 404
    raw.send("DeleteSchedule", "DELETE", "/subscriptions/schedules/x", None, t).await;
    raw.send("DeleteSchedule", "DELETE", &format!("/subscriptions/schedules/{sid}"), None, None).await;
    running.stop().await;

    // 500: an implementation that panics, and 429: one over its rate limit,
    // behind the same generated router.
    let one = Uuid::new_v4().to_string();
    for failing in [Failing::Panics, Failing::RateLimited] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server =
            tokio::spawn(async move { axum::serve(listener, elasticpath_subscriptions_server::router(failing)).await });
        let raw = Raw::new(&format!("http://{address}/v2"), reached.clone());
        raw.send("ListJobs", "GET", "/subscriptions/jobs", None, t).await;
        raw.send("CreateJob", "POST", "/subscriptions/jobs", Some(job.clone()), t).await;
        raw.send("GetJob", "GET", &format!("/subscriptions/jobs/{one}"), None, t).await;
        raw.send("DeleteJob", "DELETE", &format!("/subscriptions/jobs/{one}"), None, t).await;
        raw.send("ListSchedules", "GET", "/subscriptions/schedules", None, t).await;
        raw.send("CreateSchedule", "POST", "/subscriptions/schedules", Some(schedule.clone()), t).await;
        raw.send("GetSchedule", "GET", &format!("/subscriptions/schedules/{one}"), None, t).await;
        raw.send("UpdateSchedule", "PUT", &format!("/subscriptions/schedules/{one}"), Some(update(&one)), t).await;
        raw.send("DeleteSchedule", "DELETE", &format!("/subscriptions/schedules/{one}"), None, t).await;
        server.abort();
    }

    let reached = reached.lock().unwrap().clone();
    let documented = documented();
    let undocumented: Vec<_> = reached.difference(&documented).collect();
    let unreached: Vec<_> = documented.difference(&reached).collect();
    assert!(undocumented.is_empty(), "statuses the spec does not document: {undocumented:?}");
    assert!(unreached.is_empty(), "documented statuses never reached: {unreached:?}");
}

#[tokio::test]
async fn a_wrong_token_is_refused_by_the_implementation() {
    let (running, _) = start(Sandbox::new().with_token(TOKEN)).await;
    let client = Client::with_bearer_token(running.base_url(), "someone-else").unwrap();
    let refused = client.list_jobs().send().await.unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(refused.api_errors()[0].detail.as_deref(), Some("Authorization: the bearer token is not valid"));
}

#[tokio::test]
async fn a_thousand_concurrent_creates_are_each_listed_once() {
    let (running, client) = start(Sandbox::new()).await;
    // At most 200 requests in flight keeps the test inside a 1,024 file
    // descriptor limit while the store still sees heavy contention.
    let gate = Arc::new(tokio::sync::Semaphore::new(200));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..1000 {
        let client = client.clone();
        let gate = gate.clone();
        tasks.spawn(async move {
            let _permit = gate.acquire().await.unwrap();
            let body = job_body(Some(&format!("bulk-{i}")));
            client.create_job().body(body).send().await.map(|r| r.into_inner().data.id)
        });
    }
    let mut created = HashSet::new();
    while let Some(result) = tasks.join_next().await {
        assert!(created.insert(result.unwrap().unwrap()), "a duplicate id");
    }
    assert_eq!(created.len(), 1000);

    let walked: Vec<types::Job> = client.list_all_jobs(ListFilter::all()).try_collect().await.unwrap();
    assert_eq!(walked.len(), 1000, "every job once");
    let walked_ids: HashSet<Uuid> = walked.iter().map(|j| j.id).collect();
    assert_eq!(walked_ids, created, "exactly the created jobs");
    let refs: HashSet<String> =
        walked.iter().map(|j| j.attributes.external_ref.as_deref().unwrap().to_string()).collect();
    assert_eq!(refs, (0..1000).map(|i| format!("bulk-{i}")).collect());

    // A smaller page size walks the same set, and the filter finds one.
    let by_seven: Vec<types::Job> = client.list_all_jobs(ListFilter::all().page_limit(7)).try_collect().await.unwrap();
    assert_eq!(by_seven.iter().map(|j| j.id).collect::<Vec<_>>(), walked.iter().map(|j| j.id).collect::<Vec<_>>());
    let one: Vec<types::Job> =
        client.list_all_jobs(ListFilter::all().raw_filter("eq(external_ref,bulk-500)")).try_collect().await.unwrap();
    assert_eq!(one.len(), 1);
    running.stop().await;
}

#[tokio::test]
async fn list_links_point_at_the_neighbouring_pages() {
    let (running, client) = start(Sandbox::new()).await;
    for i in 0..5 {
        client.create_job().body(job_body(Some(&format!("l-{i}")))).send().await.unwrap();
    }
    let page = client.list_jobs().page_offset(2).page_limit(2).send().await.unwrap().into_inner();
    let links = page.links.unwrap().0;
    let link = |name: &str| match &links[name] {
        types::Link::Uri(uri) => uri.0.clone(),
        other => panic!("{other:?}"),
    };
    let base = running.base_url();
    assert_eq!(link("first").unwrap(), format!("{base}/subscriptions/jobs?page%5Boffset%5D=0&page%5Blimit%5D=2"));
    assert_eq!(link("prev").unwrap(), format!("{base}/subscriptions/jobs?page%5Boffset%5D=0&page%5Blimit%5D=2"));
    assert_eq!(link("next").unwrap(), format!("{base}/subscriptions/jobs?page%5Boffset%5D=4&page%5Blimit%5D=2"));
    assert_eq!(link("last").unwrap(), format!("{base}/subscriptions/jobs?page%5Boffset%5D=4&page%5Blimit%5D=2"));
    let last = client.list_jobs().page_offset(4).page_limit(2).send().await.unwrap().into_inner();
    assert_eq!(last.data.len(), 1);
    assert!(matches!(&last.links.unwrap().0["next"], types::Link::Uri(types::LinkUri(None))), "no next page");
    running.stop().await;
}

#[tokio::test]
async fn the_router_serves_its_spec() {
    let (running, _) = start(Sandbox::new()).await;
    let url = format!("http://{}/openapi.json", running.address());
    let spec: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    assert_eq!(&spec, subscriptions_tests::spec());
}

/// Serves two operations and leaves the other seven to their defaults.
struct TwoOperations;

impl elasticpath_subscriptions_server::SubscriptionsApi for TwoOperations {
    async fn list_jobs(
        &self,
        _: RequestContext,
        _: elasticpath_subscriptions_server::ListJobsQuery,
        _: elasticpath_subscriptions_server::ListJobsRequestHeaders,
    ) -> elasticpath_subscriptions_server::ListJobsResponse {
        elasticpath_subscriptions_server::ListJobsResponse::Ok(types::JobListResponse::new(Vec::new()))
    }

    async fn get_job(&self, _: RequestContext, job_uuid: Uuid) -> elasticpath_subscriptions_server::GetJobResponse {
        elasticpath_subscriptions_server::GetJobResponse::NotFound(ErrorBody::not_found(format!("no job {job_uuid}")))
    }
}

#[tokio::test]
async fn an_implementation_of_two_operations_serves_them_and_answers_500_for_the_rest() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server =
        tokio::spawn(
            async move { axum::serve(listener, elasticpath_subscriptions_server::router(TwoOperations)).await },
        );
    let client = Client::with_bearer_token(&format!("http://{address}/v2"), TOKEN).unwrap();

    assert!(client.list_jobs().send().await.unwrap().into_inner().data.is_empty());
    assert_eq!(status_of(client.get_job().job_uuid(Uuid::nil()).send().await.unwrap_err()), 404);
    let not_implemented = |error: Error| {
        assert_eq!(error.status().map(|s| s.as_u16()), Some(500), "{error}");
        (error.api_errors()[0].title.clone(), error.api_errors()[0].detail.clone().unwrap_or_default())
    };
    let (title, detail) = not_implemented(client.create_job().body(job_body(None)).send().await.unwrap_err());
    assert_eq!(
        (title.as_str(), detail.as_str()),
        ("Internal Server Error", "CreateJob is not implemented by this server")
    );
    let (_, detail) = not_implemented(client.delete_schedule().schedule_uuid(Uuid::nil()).send().await.unwrap_err());
    assert_eq!(detail, "DeleteSchedule is not implemented by this server");
    // The checks still run first: a bad request is a 400, not a 500.
    let bad = subscriptions_tests::http()
        .post(format!("http://{address}/v2/subscriptions/jobs"))
        .bearer_auth(TOKEN)
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    server.abort();
}

#[tokio::test]
async fn a_429_carries_retry_after_to_the_client() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = elasticpath_subscriptions_server::router(Failing::RateLimited);
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    let client = Client::builder(&format!("http://{address}/v2")).bearer_token(TOKEN).no_retries().build().unwrap();
    let limited = client.list_schedules().send().await.unwrap_err();
    assert!(limited.is_rate_limited(), "{limited}");
    assert_eq!(limited.retry_after(), Some(std::time::Duration::from_secs(2)));
    server.abort();
}
