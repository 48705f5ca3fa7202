//! The sandbox as a fake to test against: time that moves, schedules that
//! fire, jobs that run and report, tokens that expire, faults on demand
//! from Rust and over HTTP, the request journal, fixtures, isolation.
//! Every test runs on a fixed clock, so a day passes in milliseconds.

use std::time::Duration;

use chrono::{DateTime, Utc};
use elasticpath_subscriptions_client::{Client, Error, types};
use elasticpath_subscriptions_sandbox::{
    Clock, Fault, FaultError, JobFixture, Outcome, RunSettings, Running, Sandbox, ScheduleFixture,
};
use serde_json::{Value, json};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// Saturday 2026-03-28, noon UTC: London moves to summer time that night.
const SATURDAY_NOON: &str = "2026-03-28T12:00:00Z";

fn still(start: &str) -> Sandbox {
    Sandbox::new().with_clock(Clock::fixed(at(start)))
}

async fn serve(sandbox: Sandbox) -> Running {
    elasticpath_subscriptions_sandbox::spawn(sandbox).await.unwrap()
}

/// A client that does not retry: these tests look at what the sandbox
/// answers, one request at a time (`tests/client_production.rs` looks at
/// the client's retries).
fn client(running: &Running, token: &str) -> Client {
    Client::builder(running.base_url()).bearer_token(token).no_retries().build().unwrap()
}

fn origin(running: &Running) -> String {
    format!("http://{}", running.address())
}

/// `POST /oauth/access_token` with client credentials.
async fn token(running: &Running, id: &str, secret: &str) -> reqwest::Response {
    subscriptions_tests::http()
        .post(format!("{}/oauth/access_token", origin(running)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(
            form_urlencoded::Serializer::new(String::new())
                .extend_pairs([("grant_type", "client_credentials"), ("client_id", id), ("client_secret", secret)])
                .finish(),
        )
        .send()
        .await
        .unwrap()
}

async fn access_token(running: &Running) -> String {
    let answer: Value = token(running, "my-client", "my-secret").await.json().await.unwrap();
    answer["access_token"].as_str().unwrap().to_owned()
}

fn schedule_body(specification: &str, location: &str) -> types::ScheduleCreateRequest {
    types::ScheduleCreateRequest {
        data: types::ScheduleCreate {
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleCreateAttributes {
                external_ref: None,
                name: Some("Nightly billing run.".parse().unwrap()),
                specification: specification.parse().unwrap(),
                location: location.parse().unwrap(),
                job: types::ScheduleJob { job_type: types::ScheduleJobType::BillingRun },
            },
        },
    }
}

fn job_body(job_type: types::JobTypeAttributes) -> types::JobCreateRequest {
    types::JobCreateRequest {
        data: types::JobCreate {
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobCreateAttributes { external_ref: None, job_type },
        },
    }
}

fn status_of(error: &Error) -> Option<u16> {
    error.status().map(|s| s.as_u16())
}

/// The whole story, as a user's integration test would tell it: a token,
/// a nightly schedule across the change to summer time, its jobs running
/// to a report, the token expiring and being renewed, all in one day of
/// sandbox time.
#[tokio::test]
async fn a_day_passes_in_milliseconds() {
    let sandbox = still(SATURDAY_NOON).with_client_credentials("my-client", "my-secret");
    let running = serve(sandbox.clone()).await;

    let first_token = access_token(&running).await;
    let api = client(&running, &first_token);
    let schedule = api
        .create_schedule()
        .body(schedule_body("30 0 * * *", "Europe/London"))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    // 00:30 in London on Sunday is still GMT.
    assert_eq!(schedule.meta.scheduled_for, Some(at("2026-03-29T00:30:00Z")));

    // Thirteen hours later: the run at 00:30 made a job, which waited a
    // second, ran for a minute and succeeded with a billing report.
    sandbox.advance(Duration::from_secs(13 * 3600));
    assert_eq!(sandbox.now(), at("2026-03-29T01:00:00Z"));

    // The token lasted an hour: it has expired, and says so.
    let expired = api.list_jobs().send().await.unwrap_err();
    assert_eq!(status_of(&expired), Some(401));
    assert_eq!(expired.api_errors()[0].detail.as_deref(), Some("Authorization: the access token has expired"));
    let api = client(&running, &access_token(&running).await);

    let jobs = api.list_jobs().send().await.unwrap().into_inner().data;
    assert_eq!(jobs.len(), 1);
    let job = &jobs[0];
    assert_eq!(job.attributes.job_type.job_type(), types::JobType::BillingRun);
    assert_eq!(job.attributes.status, types::JobStatus::Success);
    assert_eq!(job.attributes.created_at, at("2026-03-29T00:30:00Z"));
    assert_eq!(job.meta.timestamps.started_at, Some(at("2026-03-29T00:30:01Z")));
    assert_eq!(job.meta.timestamps.finished_at, Some(at("2026-03-29T00:31:01Z")));
    assert!(matches!(job.meta.report, Some(types::JobReport::BillingRunReport(_))), "{:?}", job.meta.report);
    // The next run is 00:30 summer time, 23:30 UTC.
    let schedule = api.get_schedule().schedule_uuid(schedule.id).send().await.unwrap().into_inner().data;
    assert_eq!(schedule.meta.scheduled_for, Some(at("2026-03-29T23:30:00Z")));

    // The rest of the day, and the next run.
    sandbox.advance(Duration::from_secs(23 * 3600));
    let api = client(&running, &access_token(&running).await);
    let jobs = api.list_jobs().send().await.unwrap().into_inner().data;
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[1].attributes.created_at, at("2026-03-29T23:30:00Z"));
    assert_eq!(jobs[1].attributes.status, types::JobStatus::Success);

    // The journal saw every request, the refused one included.
    let journal = sandbox.journal();
    let seen: Vec<(Option<&str>, Option<u16>)> = journal.iter().map(|e| (e.operation_id, e.status)).collect();
    assert_eq!(
        seen,
        [
            (Some("AccessToken"), Some(200)),
            (Some("CreateSchedule"), Some(201)),
            (Some("ListJobs"), Some(401)),
            (Some("AccessToken"), Some(200)),
            (Some("ListJobs"), Some(200)),
            (Some("GetSchedule"), Some(200)),
            (Some("AccessToken"), Some(200)),
            (Some("ListJobs"), Some(200)),
        ]
    );
    assert_eq!(journal[2].at, at("2026-03-29T01:00:00Z"), "entries carry the sandbox's time");
    running.stop().await;
}

#[tokio::test]
async fn tokens_are_issued_only_to_the_configured_client() {
    let running = serve(still(SATURDAY_NOON).with_client_credentials("my-client", "my-secret")).await;
    let good: Value = token(&running, "my-client", "my-secret").await.json().await.unwrap();
    assert_eq!(good["token_type"], "Bearer");
    assert_eq!(good["identifier"], "client_credentials");
    assert_eq!(good["expires_in"], 3600);
    assert_eq!(good["expires"], at(SATURDAY_NOON).timestamp() + 3600);
    let wrong = token(&running, "my-client", "guess").await;
    assert_eq!(wrong.status(), 401);
    let wrong: Value = wrong.json().await.unwrap();
    assert_eq!(wrong["errors"][0]["title"], "Unauthorized");
    let url = format!("{}/oauth/access_token", origin(&running));
    let as_json =
        subscriptions_tests::http().post(&url).json(&json!({ "grant_type": "client_credentials" })).send().await;
    assert_eq!(as_json.unwrap().status(), 415);
    let get = reqwest::get(&url).await.unwrap();
    assert_eq!((get.status().as_u16(), get.headers()["allow"].to_str().unwrap()), (405, "POST"));
    // An unknown token is refused.
    let unknown = client(&running, "made-up").list_jobs().send().await.unwrap_err();
    assert_eq!(status_of(&unknown), Some(401));
}

#[tokio::test]
async fn missed_runs_each_make_a_job_up_to_the_catch_up_limit() {
    let sandbox = still("2026-01-05T09:10:00Z");
    let hourly = sandbox.seed_schedule(ScheduleFixture::new("0 * * * *", "UTC", types::ScheduleJobType::PaymentRun));
    sandbox.advance(Duration::from_secs(5 * 3600));
    let jobs = sandbox.jobs();
    let created: Vec<DateTime<Utc>> = jobs.iter().map(|j| j.attributes.created_at).collect();
    assert_eq!(created, ["10", "11", "12", "13", "14"].map(|h| at(&format!("2026-01-05T{h}:00:00Z"))));
    assert!(jobs.iter().all(|j| j.attributes.status == types::JobStatus::Success));
    assert_eq!(sandbox.schedule(hourly.id).unwrap().meta.scheduled_for, Some(at("2026-01-05T15:00:00Z")));

    // A jump of three days makes up at most `max_catch_up` runs; the rest
    // are skipped, and the next run is the first after the new time.
    let limited =
        still("2026-01-05T09:10:00Z").with_run_settings(RunSettings { max_catch_up: 3, ..Default::default() });
    let hourly = limited.seed_schedule(ScheduleFixture::new("0 * * * *", "UTC", types::ScheduleJobType::PaymentRun));
    limited.advance(Duration::from_secs(72 * 3600));
    assert_eq!(limited.job_count(), 3);
    assert_eq!(limited.schedule(hourly.id).unwrap().meta.scheduled_for, Some(at("2026-01-08T10:00:00Z")));
}

#[tokio::test]
async fn billing_runs_queue_one_at_a_time_earliest_first_beside_other_kinds() {
    let sandbox = still(SATURDAY_NOON);
    let running = serve(sandbox.clone()).await;
    let api = client(&running, "any");
    let mut billing = Vec::new();
    for _ in 0..3 {
        let body = job_body(types::JobTypeAttributes::BillingRun(Default::default()));
        billing.push(api.create_job().body(body).send().await.unwrap().into_inner().data.id);
        sandbox.advance(Duration::from_millis(1));
    }
    let payment = api.create_job().body(job_body(types::JobTypeAttributes::PaymentRun)).send().await.unwrap();
    let payment = payment.into_inner().data.id;
    let notification = api.create_job().body(job_body(types::JobTypeAttributes::NotificationRun)).send().await.unwrap();
    let notification = notification.into_inner().data.id;

    sandbox.advance(Duration::from_secs(2));
    let status = |id| sandbox.job(id).unwrap().attributes.status;
    assert_eq!(
        billing.iter().map(|id| status(*id)).collect::<Vec<_>>(),
        [types::JobStatus::Started, types::JobStatus::Pending, types::JobStatus::Pending]
    );
    assert_eq!(status(payment), types::JobStatus::Started, "a payment run runs beside a billing run");
    assert_eq!(status(notification), types::JobStatus::Started);

    sandbox.advance(Duration::from_secs(10 * 60));
    let jobs: Vec<types::Job> = billing.iter().map(|id| sandbox.job(*id).unwrap()).collect();
    assert!(jobs.iter().all(|j| j.attributes.status == types::JobStatus::Success));
    for pair in jobs.windows(2) {
        assert_eq!(pair[1].meta.timestamps.started_at, pair[0].meta.timestamps.finished_at, "one after the other");
    }
    running.stop().await;
}

#[tokio::test]
async fn every_job_type_finishes_with_the_report_of_its_type() {
    let sandbox = still(SATURDAY_NOON);
    let fixtures = [
        JobFixture::billing_run(),
        JobFixture::tax_run(3),
        JobFixture::payment_run(),
        JobFixture::import(),
        JobFixture::notification_run(),
        JobFixture::subscription_update(4),
    ];
    let ids: Vec<_> = fixtures.into_iter().map(|f| sandbox.seed_job(f).id).collect();
    assert!(sandbox.jobs().iter().all(|j| j.attributes.status == types::JobStatus::Pending));
    sandbox.advance(Duration::from_secs(5 * 60));
    for id in &ids {
        let job = sandbox.job(*id).unwrap();
        assert_eq!(job.attributes.status, types::JobStatus::Success);
        assert_eq!(job.meta.timestamps.started_at, Some(at("2026-03-28T12:00:01Z")), "none waits for another kind");
        assert!(job.meta.timestamps.finished_at > job.meta.timestamps.started_at);
    }
    let reports: Vec<Option<types::JobReport>> = ids.iter().map(|id| sandbox.job(*id).unwrap().meta.report).collect();
    assert!(matches!(reports[0], Some(types::JobReport::BillingRunReport(_))));
    assert!(
        matches!(&reports[1], Some(types::JobReport::TaxRunReport(r)) if r.invoices_updated == 3 && r.invoice_failures == 0)
    );
    assert!(matches!(reports[2], Some(types::JobReport::PaymentRunReport(_))));
    assert_eq!(reports[3], None, "the API has no report for an import");
    assert!(matches!(reports[4], Some(types::JobReport::NotificationRunReport(_))));
    assert!(matches!(
        &reports[5],
        Some(types::JobReport::SubscriptionUpdateReport(r)) if r.total_processed == 4 && r.subscriptions_updated == 4
    ));
    // Every report is one the spec allows for the job it is on.
    for id in &ids {
        let job = serde_json::to_value(sandbox.job(*id).unwrap()).unwrap();
        subscriptions_tests::validate("Job", &job).unwrap_or_else(|e| panic!("{e:?}"));
    }
}

#[tokio::test]
async fn a_planned_failure_fails_the_next_job_of_its_type_only() {
    let sandbox = still(SATURDAY_NOON);
    sandbox.plan_outcome(types::JobType::TaxRun, Outcome::Failed);
    let failing = sandbox.seed_job(JobFixture::tax_run(2));
    let next = sandbox.seed_job(JobFixture::tax_run(2));
    let billing = sandbox.seed_job(JobFixture::billing_run());
    sandbox.advance(Duration::from_secs(5 * 60));
    let failing = sandbox.job(failing.id).unwrap();
    assert_eq!(failing.attributes.status, types::JobStatus::Failed);
    assert!(failing.meta.timestamps.finished_at.is_some());
    assert!(matches!(
        failing.meta.report,
        Some(types::JobReport::TaxRunReport(ref r)) if r.invoice_failures == 2 && r.invoices_updated == 0
    ));
    assert_eq!(sandbox.job(next.id).unwrap().attributes.status, types::JobStatus::Success);
    assert_eq!(sandbox.job(billing.id).unwrap().attributes.status, types::JobStatus::Success);
}

#[tokio::test]
async fn faults_from_rust_are_seen_by_the_client_as_specified() {
    let sandbox = still(SATURDAY_NOON);
    let running = serve(sandbox.clone()).await;
    let api = client(&running, "any");

    sandbox.inject(Fault::rate_limited(2).on("ListJobs").times(2)).unwrap();
    for _ in 0..2 {
        let limited = api.list_jobs().send().await.unwrap_err();
        assert!(limited.is_rate_limited(), "{limited}");
        assert_eq!(limited.retry_after(), Some(Duration::from_secs(2)));
        assert_eq!(limited.api_errors()[0].title, "Too Many Requests");
    }
    api.list_jobs().send().await.unwrap();
    // Other operations are untouched by a fault on ListJobs.
    sandbox.inject(Fault::rate_limited(2).on("ListJobs")).unwrap();
    api.list_schedules().send().await.unwrap();
    sandbox.clear_faults();

    // A 503 the spec does not declare reaches the client as unexpected.
    sandbox.inject(Fault::status(503)).unwrap();
    let unavailable = api.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    assert_eq!(status_of(&unavailable), Some(503));
    assert!(unavailable.is_retryable() && unavailable.api_errors()[0].title == "Service Unavailable", "{unavailable}");

    // A dropped connection is a transport error, with no answer at all.
    sandbox.inject(Fault::drop_connection().on("ListSchedules")).unwrap();
    let dropped = api.list_schedules().send().await.unwrap_err();
    assert!(
        dropped.status().is_none() && dropped.to_string().contains("no answer"),
        "not even a status line: {dropped}"
    );

    // Latency: the answer is the operation's own, only later.
    sandbox.inject(Fault::delay(Duration::from_millis(150))).unwrap();
    let started = std::time::Instant::now();
    api.list_jobs().send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(150));

    let statuses: Vec<Option<u16>> = sandbox.journal().iter().map(|e| e.status).collect();
    assert_eq!(statuses, [Some(429), Some(429), Some(200), Some(200), Some(503), None, Some(200)]);
    assert!(sandbox.faults().is_empty());
    running.stop().await;
}

#[tokio::test]
async fn admin_endpoints_drive_the_sandbox_over_http() {
    let sandbox = still(SATURDAY_NOON);
    let running = serve(sandbox.clone()).await;
    let http = subscriptions_tests::http();
    let admin = |path: &str| format!("{}/__sandbox{path}", origin(&running));
    let api = client(&running, "any");

    // Faults.
    let fault = json!({ "operation": "CreateJob", "status": 503, "retry_after": 7, "times": 1 });
    let added = http.post(admin("/faults")).json(&fault).send().await.unwrap();
    assert_eq!(added.status(), 201);
    let listed: Value = http.get(admin("/faults")).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed["faults"][0]["operation"], "CreateJob");
    let refused = api.create_job().body(job_body(types::JobTypeAttributes::PaymentRun)).send().await.unwrap_err();
    assert_eq!(status_of(&refused), Some(503));
    assert_eq!(refused.retry_after(), Some(Duration::from_secs(7)));
    // Bad faults are refused in the API's error format.
    for bad in [json!({ "status": 200 }), json!({ "status": 500, "drop": true }), json!({ "colour": "red" }), json!({})]
    {
        let answer = http.post(admin("/faults")).json(&bad).send().await.unwrap();
        assert_eq!(answer.status(), 400, "{bad}");
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["errors"][0]["status"], "400", "{bad}");
    }
    http.post(admin("/faults")).json(&json!({ "drop": true })).send().await.unwrap();
    assert_eq!(http.delete(admin("/faults")).send().await.unwrap().status(), 204);
    assert!(sandbox.faults().is_empty());

    // The clock, and a planned outcome.
    let planned = json!({ "job_type": "payment-run", "outcome": "failed" });
    assert_eq!(http.post(admin("/outcomes")).json(&planned).send().await.unwrap().status(), 204);
    let job = api.create_job().body(job_body(types::JobTypeAttributes::PaymentRun)).send().await.unwrap();
    let job = job.into_inner().data;
    let moved: Value = http
        .post(admin("/clock/advance"))
        .json(&json!({ "seconds": 3600 }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(moved["now"], "2026-03-28T13:00:00Z");
    let job = api.get_job().job_uuid(job.id).send().await.unwrap().into_inner().data;
    assert_eq!(job.attributes.status, types::JobStatus::Failed);
    let set: Value = http
        .post(admin("/clock/set"))
        .json(&json!({ "now": "2026-04-01T00:00:00Z" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(set["now"], "2026-04-01T00:00:00Z");
    assert_eq!(sandbox.now(), at("2026-04-01T00:00:00Z"));

    // The journal, which leaves the admin endpoints out.
    let journal: Value = http.get(admin("/journal")).send().await.unwrap().json().await.unwrap();
    let operations: Vec<&str> =
        journal["requests"].as_array().unwrap().iter().map(|e| e["operation_id"].as_str().unwrap()).collect();
    assert_eq!(operations, ["CreateJob", "CreateJob", "GetJob"]);
    assert_eq!(journal["requests"][0]["status"], 503);
    assert_eq!(http.delete(admin("/journal")).send().await.unwrap().status(), 204);
    assert!(sandbox.journal().is_empty());
    let wrong = http.put(admin("/clock")).send().await.unwrap();
    assert_eq!(wrong.status(), 405);
    running.stop().await;
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after() {
    let sandbox = still(SATURDAY_NOON).with_rate_limit(5);
    let running = serve(sandbox.clone()).await;
    let api = client(&running, "any");
    let mut limited = 0;
    let started = std::time::Instant::now();
    for _ in 0..20 {
        match api.list_jobs().send().await {
            Ok(_) => {}
            Err(answer) if answer.is_rate_limited() => {
                assert!(answer.retry_after().is_some_and(|wait| wait >= Duration::from_secs(1)));
                limited += 1;
            }
            Err(other) => panic!("{other:?}"),
        }
    }
    // A burst of 5 is let through, then 5 a second: of 20 sent back to
    // back, at most 5 plus 5 for each second they took get through.
    let allowed = 20 - limited;
    let most = 5 + (started.elapsed().as_secs_f64() * 5.0).ceil() as usize;
    assert!(limited > 0 && allowed <= most, "{allowed} let through in {:?}", started.elapsed());
    let refused = sandbox.journal().iter().filter(|e| e.status == Some(429)).count();
    assert_eq!(refused, limited);
    running.stop().await;
}

#[tokio::test]
async fn two_sandboxes_share_nothing() {
    let (one, two) = (still(SATURDAY_NOON), still(SATURDAY_NOON));
    let (running_one, running_two) = (serve(one.clone()).await, serve(two.clone()).await);
    one.inject(Fault::status(500).times(10)).unwrap();
    one.seed_job(JobFixture::billing_run());
    one.advance(Duration::from_secs(3600));
    let listed = client(&running_two, "any").list_jobs().send().await.unwrap().into_inner().data;
    assert!(listed.is_empty());
    assert_eq!(two.now(), at(SATURDAY_NOON));
    assert_eq!(two.journal().len(), 1);
    assert!(one.journal().is_empty());
    assert_eq!(one.faults()[0].times, 10);
    running_one.stop().await;
    running_two.stop().await;
}

#[tokio::test]
async fn schedules_follow_their_updates_and_deletes() {
    let sandbox = still(SATURDAY_NOON);
    let running = serve(sandbox.clone()).await;
    let api = client(&running, "any");
    let daily =
        sandbox.seed_schedule(ScheduleFixture::new("0 18 * * *", "UTC", types::ScheduleJobType::NotificationRun));
    let update = types::ScheduleUpdateRequest {
        data: types::ScheduleUpdate {
            id: daily.id,
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleUpdateAttributes {
                specification: Some("0 13 * * *".parse().unwrap()),
                ..Default::default()
            },
        },
    };
    api.update_schedule().schedule_uuid(daily.id).body(update).send().await.unwrap();
    sandbox.advance(Duration::from_secs(3600 + 60));
    let jobs = sandbox.jobs();
    assert_eq!(jobs.len(), 1, "it fired at 13:00, the updated time");
    assert_eq!(jobs[0].attributes.created_at, at("2026-03-28T13:00:00Z"));
    assert!(matches!(jobs[0].attributes.job_type, types::JobTypeAttributes::NotificationRun));
    api.delete_schedule().schedule_uuid(daily.id).send().await.unwrap();
    sandbox.advance(Duration::from_secs(3 * 24 * 3600));
    assert_eq!(sandbox.job_count(), 1, "a deleted schedule fires no more");
    running.stop().await;
}

#[tokio::test]
async fn fixtures_make_any_state_in_one_line() {
    let sandbox = still(SATURDAY_NOON);
    let done = sandbox.seed_job(JobFixture::billing_run().succeeded().external_ref("month-end"));
    assert_eq!(done.attributes.status, types::JobStatus::Success);
    assert!(matches!(done.meta.report, Some(types::JobReport::BillingRunReport(_))));
    assert_eq!(done.meta.timestamps.finished_at, Some(at(SATURDAY_NOON)));
    let failed = sandbox.seed_job(JobFixture::payment_run().failed());
    assert!(matches!(failed.meta.report, Some(types::JobReport::PaymentRunReport(ref r)) if r.failed_payments == 1));
    let theirs = sandbox.seed_job(JobFixture::import().succeeded().owned_by_organization());
    let running = sandbox.seed_job(JobFixture::payment_run().started());
    let schedule = sandbox.seed_schedule(ScheduleFixture::daily_billing_run().owned_by_organization().named("Theirs"));
    for job in [&done, &failed, &theirs, &running] {
        subscriptions_tests::validate("Job", &serde_json::to_value(job).unwrap()).unwrap_or_else(|e| panic!("{e:?}"));
    }
    subscriptions_tests::validate("Schedule", &serde_json::to_value(&schedule).unwrap())
        .unwrap_or_else(|e| panic!("{e:?}"));
    // What the fixtures say is what the API then does with them.
    let served = serve(sandbox.clone()).await;
    let api = client(&served, "any");
    let refused = api.delete_job().job_uuid(theirs.id).send().await.unwrap_err();
    assert_eq!(status_of(&refused), Some(403));
    let busy = api.delete_job().job_uuid(running.id).send().await.unwrap_err();
    assert_eq!(status_of(&busy), Some(409));
    sandbox.advance(Duration::from_secs(61));
    assert_eq!(sandbox.job(running.id).unwrap().attributes.status, types::JobStatus::Success);
    api.delete_job().job_uuid(running.id).send().await.unwrap();
    served.stop().await;
}

#[tokio::test]
async fn what_tests_can_pile_up_is_bounded() {
    let sandbox = still(SATURDAY_NOON);
    for _ in 0..elasticpath_subscriptions_sandbox::MAX_FAULTS {
        sandbox.inject(Fault::status(500).on("DeleteJob")).unwrap();
    }
    assert_eq!(sandbox.inject(Fault::status(500)), Err(FaultError::TooMany), "the fault past the cap is refused");
    let running = serve(sandbox.clone()).await;
    let answer = subscriptions_tests::http()
        .post(format!("{}/__sandbox/faults", origin(&running)))
        .json(&json!({ "status": 500 }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 409);
    let planned = json!({ "job_type": "tax-run", "outcome": "failed", "times": u32::MAX });
    let answer = subscriptions_tests::http()
        .post(format!("{}/__sandbox/outcomes", origin(&running)))
        .json(&planned)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 409, "four billion plans are refused whole");
    // None of them was planned: the next tax run succeeds.
    let job = sandbox.seed_job(JobFixture::tax_run(1));
    sandbox.advance(Duration::from_secs(60));
    assert_eq!(sandbox.job(job.id).unwrap().attributes.status, types::JobStatus::Success);
    let oversized = subscriptions_tests::http()
        .post(format!("{}/__sandbox/clock/advance", origin(&running)))
        .body(vec![b' '; 64 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(oversized.status(), 413);
    running.stop().await;
}

#[tokio::test]
async fn a_seeded_pending_job_is_pending_until_it_may_start() {
    let sandbox = still(SATURDAY_NOON);
    let job = sandbox.seed_job(JobFixture::payment_run());
    assert_eq!(sandbox.job(job.id).unwrap().attributes.status, types::JobStatus::Pending);
    assert_eq!(job.attributes.created_at, at(SATURDAY_NOON));
    sandbox.advance(Duration::from_millis(999));
    assert_eq!(sandbox.job(job.id).unwrap().attributes.status, types::JobStatus::Pending);
    sandbox.advance(Duration::from_millis(1));
    let started = sandbox.job(job.id).unwrap();
    assert_eq!(started.attributes.status, types::JobStatus::Started);
    assert_eq!(started.meta.timestamps.started_at, Some(at("2026-03-28T12:00:01Z")));
}

/// The queue is by creation time, not by arrival: a job created earlier
/// but stored later starts first. A pending job deleted leaves the queue.
#[tokio::test]
async fn the_earliest_created_pending_job_starts_first_and_deleted_ones_never() {
    let sandbox = still(SATURDAY_NOON);
    let t0 = at(SATURDAY_NOON);
    let running = sandbox.seed_job(JobFixture::billing_run().started());
    let later = sandbox.seed_job(JobFixture::billing_run());
    let deleted = sandbox.seed_job(JobFixture::billing_run());
    let earlier = JobFixture::billing_run().build(t0 - chrono::TimeDelta::seconds(30));
    sandbox.insert_job(earlier.clone());
    let served = serve(sandbox.clone()).await;
    client(&served, "any").delete_job().job_uuid(deleted.id).send().await.unwrap();
    sandbox.advance(Duration::from_secs(10 * 60));
    let started = |id| sandbox.job(id).unwrap().meta.timestamps.started_at.unwrap();
    assert_eq!(started(running.id), t0);
    assert_eq!(started(earlier.id), at("2026-03-28T12:01:00Z"), "when the running one finished");
    assert_eq!(started(later.id), at("2026-03-28T12:02:00Z"));
    assert!(sandbox.job(deleted.id).is_none());
    served.stop().await;
}

#[tokio::test]
async fn missed_billing_runs_queue_behind_each_other() {
    let sandbox = still("2026-01-05T09:00:30Z");
    sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::BillingRun));
    sandbox.advance(Duration::from_secs(5 * 60));
    let jobs = sandbox.jobs();
    assert_eq!(jobs.len(), 5);
    // Created a minute apart, each runs a minute after a one-second wait:
    // each starts when the one before finishes.
    for pair in jobs.windows(2) {
        assert_eq!(pair[1].meta.timestamps.started_at, pair[0].meta.timestamps.finished_at);
    }
    let statuses: Vec<_> = jobs.iter().map(|j| j.attributes.status.clone()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == types::JobStatus::Started).count(), 1, "{statuses:?}");
}

#[tokio::test]
async fn moving_the_clock_back_undoes_nothing_and_moving_it_far_breaks_nothing() {
    let sandbox = still(SATURDAY_NOON);
    let served = serve(sandbox.clone()).await;
    let api = client(&served, "any");
    let schedule = sandbox.seed_schedule(ScheduleFixture::daily_billing_run());
    let before = api.create_job().body(job_body(types::JobTypeAttributes::PaymentRun)).send().await.unwrap();
    let before = before.into_inner().data;
    sandbox.set_now(at("2026-03-28T06:00:00Z"));
    assert_eq!(sandbox.schedule(schedule.id).unwrap().meta.scheduled_for, schedule.meta.scheduled_for);
    // Creation times never go back: a job created now is stamped with the
    // newest creation time, and waits for the clock to pass it.
    let job = api.create_job().body(job_body(types::JobTypeAttributes::PaymentRun)).send().await.unwrap();
    let job = job.into_inner().data;
    assert_eq!(job.attributes.created_at, at(SATURDAY_NOON));
    sandbox.advance(Duration::from_secs(3600));
    assert_eq!(sandbox.job(job.id).unwrap().attributes.status, types::JobStatus::Pending);
    assert_eq!(sandbox.job(before.id).unwrap().attributes.status, types::JobStatus::Pending);

    // The far future: everything due happens, nothing overflows, the API answers.
    sandbox.advance(Duration::MAX);
    let created = api.create_job().body(job_body(types::JobTypeAttributes::PaymentRun)).send().await.unwrap();
    assert_eq!(created.status(), 201);
    // Three jobs created, and the daily schedule made up its 100 runs.
    assert_eq!(sandbox.job_count(), 103);
    assert_eq!(api.list_jobs().send().await.unwrap().into_inner().data.len(), 25);
    let http = subscriptions_tests::http();
    let admin = format!("{}/__sandbox/clock/advance", origin(&served));
    for bad in
        [json!({ "seconds": -1 }), json!({ "seconds": 1e13 }), json!({ "seconds": "soon" }), json!({ "hours": 1 })]
    {
        let answer = http.post(&admin).json(&bad).send().await.unwrap();
        assert_eq!(answer.status(), 400, "{bad}");
    }
    served.stop().await;
}

/// Spring forward: 01:30 does not exist in London on 2026-03-29; fall
/// back: 01:30 happens twice on 2026-10-25, and the schedule runs once.
#[tokio::test]
async fn schedules_across_daylight_saving_changes() {
    let spring = still(SATURDAY_NOON);
    let schedule =
        spring.seed_schedule(ScheduleFixture::new("30 1 * * *", "Europe/London", types::ScheduleJobType::BillingRun));
    let first = schedule.meta.scheduled_for.unwrap();
    assert_eq!(first, at("2026-03-29T01:00:00Z"), "the end of the gap: 02:00 summer time");
    spring.advance(Duration::from_secs(2 * 24 * 3600));
    let runs: Vec<_> = spring.jobs().iter().map(|j| j.attributes.created_at).collect();
    assert_eq!(runs.len(), 2, "one run a day: {runs:?}");
    assert_eq!(runs[1], at("2026-03-30T00:30:00Z"), "01:30 summer time");

    let autumn = still("2026-10-24T12:00:00Z");
    autumn.seed_schedule(ScheduleFixture::new("30 1 * * *", "Europe/London", types::ScheduleJobType::BillingRun));
    autumn.advance(Duration::from_secs(24 * 3600));
    let runs: Vec<_> = autumn.jobs().iter().map(|j| j.attributes.created_at).collect();
    assert_eq!(runs, [at("2026-10-25T00:30:00Z")], "the repeated hour runs once, the first time");
}

#[tokio::test]
async fn the_journal_keeps_every_request_in_arrival_order_but_the_admin_ones() {
    let sandbox = still(SATURDAY_NOON);
    let served = serve(sandbox.clone()).await;
    let http = subscriptions_tests::http();
    let base = origin(&served);
    http.get(format!("{base}/v2/nowhere")).send().await.unwrap();
    http.patch(format!("{base}/v2/subscriptions/jobs")).bearer_auth("t").send().await.unwrap();
    http.get(format!("{base}/__sandbox/clock")).send().await.unwrap();
    http.get(format!("{base}/v2/subscriptions/jobs?filter={}", "x".repeat(5_000)))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    let journal = sandbox.journal();
    let seen: Vec<(&str, Option<&str>, Option<u16>)> =
        journal.iter().map(|e| (e.method.as_str(), e.operation_id, e.status)).collect();
    assert_eq!(seen, [("GET", None, Some(404)), ("PATCH", None, Some(405)), ("GET", Some("ListJobs"), Some(400))]);
    assert!(journal[2].query.as_ref().unwrap().chars().count() <= elasticpath_subscriptions_sandbox::MAX_RECORDED + 1);

    // An entry is written when its request arrives, before it is answered.
    sandbox.inject(Fault::delay(Duration::from_secs(2)).on("ListSchedules")).unwrap();
    let api = client(&served, "t");
    let slow = tokio::spawn(async move { api.list_schedules().send().await });
    let mut waiting = None;
    for _ in 0..200 {
        if let Some(entry) = sandbox.journal().into_iter().find(|e| e.operation_id == Some("ListSchedules")) {
            waiting = Some(entry);
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(waiting.expect("the entry is there while the request waits").status, None);
    slow.await.unwrap().unwrap();
    assert_eq!(sandbox.journal().last().unwrap().status, Some(200));
    served.stop().await;
}

/// The token endpoint issues tokens only where client credentials are
/// configured; with any token or a fixed one, it issues none.
#[tokio::test]
async fn tokens_are_issued_only_where_credentials_are_configured() {
    for (sandbox, good) in [(still(SATURDAY_NOON), "any-other"), (still(SATURDAY_NOON).with_token("fixed"), "fixed")] {
        let served = serve(sandbox).await;
        let refused = token(&served, "anyone", "anything").await;
        assert_eq!(refused.status(), 401);
        let detail: Value = refused.json().await.unwrap();
        assert!(detail["errors"][0]["detail"].as_str().unwrap().contains("no client credentials are configured"));
        client(&served, good).list_jobs().send().await.unwrap();
        served.stop().await;
    }
    let served = serve(still(SATURDAY_NOON).with_token("fixed")).await;
    assert_eq!(status_of(&client(&served, "other").list_jobs().send().await.unwrap_err()), Some(401));
    served.stop().await;
}

#[tokio::test]
async fn faults_the_sandbox_cannot_apply_are_refused() {
    let sandbox = still(SATURDAY_NOON);
    assert!(matches!(sandbox.inject(Fault::status(200)), Err(FaultError::NotAnErrorStatus(200))));
    assert!(matches!(sandbox.inject(Fault::status(500).on("ListJob")), Err(FaultError::UnknownOperation(_))));
    assert_eq!(sandbox.inject(Fault::status(500).times(0)), Err(FaultError::NeverApplies));
    assert!(matches!(sandbox.inject(Fault::delay(Duration::from_secs(3600))), Err(FaultError::TooSlow(_))));
    assert!(sandbox.faults().is_empty());
    let served = serve(sandbox.clone()).await;
    let http = subscriptions_tests::http();
    let faults = format!("{}/__sandbox/faults", origin(&served));
    let unknown = http.post(&faults).json(&json!({ "operation": "ListJob", "status": 500 })).send().await.unwrap();
    assert_eq!(unknown.status(), 400);
    let detail: Value = unknown.json().await.unwrap();
    assert!(detail["errors"][0]["detail"].as_str().unwrap().contains("ListJobs"), "{detail}");
    let never = http.post(&faults).json(&json!({ "status": 500, "times": 0 })).send().await.unwrap();
    assert_eq!(never.status(), 400);
    // A fault on the token endpoint is used by a POST to it only.
    sandbox.inject(Fault::status(503).on("AccessToken")).unwrap();
    let get = reqwest::get(format!("{}/oauth/access_token", origin(&served))).await.unwrap();
    assert_eq!(get.status(), 405);
    assert_eq!(token(&served, "a", "b").await.status(), 503);
    served.stop().await;
}
