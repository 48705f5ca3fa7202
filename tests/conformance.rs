//! Prism, a tool nobody here wrote, against our code: its mock server
//! (built from the spec alone) against the generated client, and its
//! validating proxy in front of the sandbox while the end-to-end requests
//! go through it.
//!
//! These tests need Prism, so they are ignored by a plain `cargo test`;
//! `cargo xtask conformance` installs the pinned Prism and runs them with
//! `PRISM` set to its path.

use std::process::Command;

use elasticpath_subscriptions_client::{Client, Error, types};
use elasticpath_subscriptions_sandbox::{Clock, JobFixture, Sandbox};
use serde_json::Value;
use uuid::Uuid;

const TOKEN: &str = "conformance";

/// Starts Prism with `args` on a free port and waits until it listens;
/// returns it (stopped when dropped) and its origin.
fn prism(args: &[&str]) -> (xtask::process::Stopped, String) {
    let binary =
        std::env::var("PRISM").expect("PRISM is the path of the prism binary (cargo xtask conformance sets it)");
    let port = xtask::process::free_port().unwrap();
    let mut command = Command::new(binary);
    command
        .args(args)
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .current_dir(subscriptions_tests::root());
    xtask::process::start_listening(command, port).unwrap_or_else(|e| panic!("prism: {e}"))
}

fn example(name: &str) -> Value {
    subscriptions_tests::spec()["components"]["examples"][name]["value"].clone()
}

fn typed<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).unwrap()
}

#[tokio::test]
#[ignore = "needs Prism: run by `cargo xtask conformance`"]
async fn prism_mock_answers_every_operation_as_the_client_expects() {
    let (_prism, origin) = prism(&["mock", subscriptions_codegen::SPEC_PATH]);
    let client = Client::with_bearer_token(&origin, TOKEN).unwrap();
    let id = Uuid::new_v4();

    let jobs = client.list_jobs().page_limit(10).send().await.unwrap();
    assert_eq!(jobs.status(), 200);
    assert_eq!(jobs.into_inner(), typed(example("JobList")));

    let body: types::JobCreateRequest = typed(example("JobCreateBillingRun"));
    let created = client.create_job().body(body).send().await.unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.into_inner(), typed(example("JobBillingRunWithReport")));

    let job = client.get_job().job_uuid(id).send().await.unwrap();
    assert_eq!(job.status(), 200);
    assert_eq!(job.into_inner().data.type_, types::SubscriptionJobType::SubscriptionJob);

    assert_eq!(client.delete_job().job_uuid(id).send().await.unwrap().status(), 204);

    let schedules = client.list_schedules().send().await.unwrap();
    assert_eq!(schedules.into_inner(), typed(example("ScheduleList")));

    let body: types::ScheduleCreateRequest = typed(example("ScheduleCreateDailyBillingRun"));
    let created = client.create_schedule().body(body).send().await.unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.into_inner(), typed(example("ScheduleDailyBillingRun")));

    let schedule = client.get_schedule().schedule_uuid(id).send().await.unwrap();
    assert_eq!(schedule.into_inner(), typed(example("ScheduleDailyBillingRun")));

    let mut update: types::ScheduleUpdateRequest = typed(example("ScheduleUpdateWeeklyPaymentRun"));
    update.data.id = id;
    let updated = client.update_schedule().schedule_uuid(id).body(update).send().await.unwrap();
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.into_inner(), typed(example("ScheduleWeeklyPaymentRun")));

    assert_eq!(client.delete_schedule().schedule_uuid(id).send().await.unwrap().status(), 204);
}

/// The status of a client result, success or documented error.
fn status<T>(result: Result<elasticpath_subscriptions_client::ResponseValue<T>, Error>) -> u16 {
    match result {
        Ok(response) => response.status().as_u16(),
        Err(error) if !error.api_errors().is_empty() => error.status().map_or(0, |s| s.as_u16()),
        Err(other) => panic!("not a documented answer: {other}"),
    }
}

#[tokio::test]
#[ignore = "needs Prism: run by `cargo xtask conformance`"]
async fn prism_proxy_finds_no_violation_in_the_end_to_end_traffic() {
    // A still clock: the started job stays started.
    let sandbox = Sandbox::new().with_token(TOKEN).with_clock(Clock::fixed(chrono::Utc::now()));
    let started = sandbox.seed_job(JobFixture::payment_run().started());
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox).await.unwrap();
    let (_prism, origin) = prism(&["proxy", subscriptions_codegen::SPEC_PATH, running.base_url(), "--errors"]);
    let client = Client::with_bearer_token(&origin, TOKEN).unwrap();
    let stranger = Client::with_bearer_token(&origin, "someone-else").unwrap();
    let missing = Uuid::new_v4();

    // Jobs: every operation, and each documented status a valid request can get.
    let body = |external_ref: &str| types::JobCreateRequest {
        data: types::JobCreate {
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobCreateAttributes {
                external_ref: Some(external_ref.parse().unwrap()),
                job_type: types::JobTypeAttributes::TaxRun(types::TaxRunJobAttributes { taxes: vec![] }),
            },
        },
    };
    let job = client.create_job().body(body("proxy-1")).send().await.unwrap().into_inner().data;
    assert_eq!(status(client.create_job().body(body("proxy-1")).send().await), 409);
    assert_eq!(status(client.list_jobs().filter("eq(external_ref,proxy-1)").send().await), 200);
    assert_eq!(status(stranger.list_jobs().send().await), 401);
    assert_eq!(status(client.get_job().job_uuid(job.id).send().await), 200);
    assert_eq!(status(client.get_job().job_uuid(missing).send().await), 404);
    assert_eq!(status(client.delete_job().job_uuid(started.id).send().await), 409);
    assert_eq!(status(client.delete_job().job_uuid(job.id).send().await), 204);
    assert_eq!(status(client.delete_job().job_uuid(job.id).send().await), 404);

    // Schedules.
    let create = types::ScheduleCreateRequest {
        data: types::ScheduleCreate {
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleCreateAttributes {
                external_ref: Some("proxy-schedule".parse().unwrap()),
                name: Some("Proxy run.".parse().unwrap()),
                specification: "0 6 * * MON-FRI".parse().unwrap(),
                location: "America/New_York".parse().unwrap(),
                job: types::ScheduleJob { job_type: types::ScheduleJobType::PaymentRun },
            },
        },
    };
    let schedule = client.create_schedule().body(create).send().await.unwrap().into_inner().data;
    assert_eq!(status(client.list_schedules().page_offset(0).page_limit(5).send().await), 200);
    assert_eq!(status(client.get_schedule().schedule_uuid(schedule.id).send().await), 200);
    assert_eq!(status(client.get_schedule().schedule_uuid(missing).send().await), 404);
    let update = |id: Uuid| types::ScheduleUpdateRequest {
        data: types::ScheduleUpdate {
            id,
            type_: types::SubscriptionScheduleType::SubscriptionSchedule,
            attributes: types::ScheduleUpdateAttributes {
                name: Some(None),
                external_ref: Some(None),
                ..Default::default()
            },
        },
    };
    assert_eq!(status(client.update_schedule().schedule_uuid(schedule.id).body(update(schedule.id)).send().await), 200);
    assert_eq!(status(client.update_schedule().schedule_uuid(schedule.id).body(update(missing)).send().await), 409);
    assert_eq!(status(client.update_schedule().schedule_uuid(missing).body(update(missing)).send().await), 404);
    assert_eq!(status(client.delete_schedule().schedule_uuid(schedule.id).send().await), 204);
    assert_eq!(status(client.delete_schedule().schedule_uuid(schedule.id).send().await), 404);

    // A 1,000-job paginated walk would be slow through the proxy; a few pages show the links pass.
    for i in 0..7 {
        client.create_job().body(body(&format!("page-{i}"))).send().await.unwrap();
    }
    let mut offset = 0;
    loop {
        let page = client.list_jobs().page_offset(offset).page_limit(3).send().await.unwrap().into_inner();
        if page.data.len() < 3 {
            break;
        }
        offset += 3;
    }
    assert_eq!(offset, 6);
    running.stop().await;
}
