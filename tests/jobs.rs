//! Jobs, not operations: requests in one line, waiting for a job (on
//! tokio's paused clock, against the sandbox's movable clock: each poll
//! moves the sandbox on, so a job runs as the waiter watches), creates that
//! can be retried without starting twice, and typed filters over HTTP.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use elasticpath_subscriptions_client::types::{
    self, JobCreateRequest, JobStatus, ScheduleCreateRequest, ScheduleJobType,
};
use elasticpath_subscriptions_client::{Call, Client, ClientBuilder, Filter, Interceptor, ListFilter, WaitError};
use elasticpath_subscriptions_sandbox::{Clock, Fault, JobFixture, Outcome, Sandbox};
use futures_util::{StreamExt, TryStreamExt};

use crate::elsewhere;

use elsewhere::{Elsewhere, elsewhere};

fn still() -> Sandbox {
    Sandbox::new().with_clock(Clock::fixed("2026-03-28T12:00:00Z".parse().unwrap()))
}

/// A client for the paused clock (no reqwest timers).
fn builder(remote: &Elsewhere) -> ClientBuilder {
    Client::builder(&remote.base_url)
        .bearer_token("t")
        .timeout(None)
        .connect_timeout(None)
        .http(|builder| builder.pool_idle_timeout(None))
}

/// After every `GetJob`, the sandbox's clock moves `step` on; on the
/// `on`-th, `then` runs once.
#[derive(Clone)]
struct Ticks {
    sandbox: Sandbox,
    step: Duration,
    polls: Arc<AtomicU32>,
    on: u32,
    then: Arc<dyn Fn(&Sandbox) + Send + Sync>,
}

impl std::fmt::Debug for Ticks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ticks({:?})", self.step)
    }
}

impl Ticks {
    fn every_poll(sandbox: &Sandbox, step: Duration) -> Ticks {
        Ticks { sandbox: sandbox.clone(), step, polls: Arc::default(), on: 0, then: Arc::new(|_| {}) }
    }

    fn on_poll(mut self, on: u32, then: impl Fn(&Sandbox) + Send + Sync + 'static) -> Ticks {
        self.on = on;
        self.then = Arc::new(then);
        self
    }
}

impl Interceptor for Ticks {
    fn before(&self, _request: &mut reqwest::Request, call: &Call) {
        if call.operation == "GetJob" {
            let polls = self.polls.fetch_add(1, Ordering::SeqCst) + 1;
            if polls == self.on {
                (self.then)(&self.sandbox);
            }
        }
    }

    fn after(&self, _result: &reqwest::Result<reqwest::Response>, call: &Call) {
        if call.operation == "GetJob" {
            self.sandbox.advance(self.step);
        }
    }
}

#[test]
fn requests_are_built_in_one_line() {
    fn json(value: &impl serde::Serialize) -> serde_json::Value {
        serde_json::to_value(value).unwrap()
    }
    assert_eq!(
        json(&JobCreateRequest::billing_run().external_ref("nightly".parse().unwrap())),
        serde_json::json!({"data": {"type": "subscription_job", "attributes": {"job_type": "billing-run", "external_ref": "nightly"}}})
    );
    let taxes = vec![types::InvoiceTaxItems::new(uuid::Uuid::nil(), vec![types::TaxItem::new(0.2)])];
    assert_eq!(
        json(&JobCreateRequest::tax_run(taxes))["data"]["attributes"]["taxes"][0]["tax_items"][0],
        serde_json::json!({"type": "tax_item", "rate": 0.2})
    );
    let update = types::SubscriptionUpdateRunJobAttributes::new(types::SubscriptionPriceChanges::new())
        .offering_id(uuid::Uuid::nil());
    assert_eq!(
        json(&JobCreateRequest::from(update))["data"]["attributes"],
        serde_json::json!({"job_type": "subscription-update", "offering_id": uuid::Uuid::nil(), "price_changes": {}})
    );
    let schedule = ScheduleCreateRequest::new(
        "30 0 * * *".parse().unwrap(),
        "Europe/London".parse().unwrap(),
        ScheduleJobType::BillingRun,
    )
    .name("Nightly billing".parse().unwrap());
    assert_eq!(
        json(&schedule),
        serde_json::json!({"data": {"type": "subscription_schedule", "attributes": {
            "specification": "30 0 * * *", "location": "Europe/London", "job": {"job_type": "billing-run"}, "name": "Nightly billing"}}})
    );
    let update =
        types::ScheduleUpdateRequest::new(uuid::Uuid::nil()).clear_name().set_external_ref("x".parse().unwrap());
    assert_eq!(
        json(&update)["data"],
        serde_json::json!({"id": uuid::Uuid::nil(), "type": "subscription_schedule", "attributes": {"name": null, "external_ref": "x"}})
    );
}

#[tokio::test(start_paused = true)]
async fn a_waiter_sees_a_job_through_to_success() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).interceptor(Ticks::every_poll(&sandbox, Duration::from_secs(20))).build().unwrap();
    let job = client.start_job(JobCreateRequest::payment_run()).await.unwrap();
    assert!(!job.was_recovered());
    let seen: Vec<JobStatus> =
        client.wait_for(&job).into_stream().map_ok(|job| job.attributes.status).try_collect().await.unwrap();
    assert_eq!(seen, [JobStatus::Pending, JobStatus::Started, JobStatus::Success]);
    let done = client.wait_for_job(job.id).until_done().await.unwrap();
    assert!(matches!(done.report(), Some(types::JobReport::PaymentRunReport(_))));
}

#[tokio::test(start_paused = true)]
async fn a_failed_job_is_an_error_carrying_its_report() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    sandbox.plan_outcome(types::JobType::TaxRun, Outcome::Failed);
    let client = builder(&remote).interceptor(Ticks::every_poll(&sandbox, Duration::from_secs(20))).build().unwrap();
    let job = client.start_job(JobCreateRequest::tax_run(Vec::new())).await.unwrap();
    let error = client.wait_for(&job).until_done().await.unwrap_err();
    let WaitError::Failed(failed) = &error else { panic!("{error}") };
    assert_eq!(failed.attributes.status, JobStatus::Failed);
    assert!(matches!(failed.report(), Some(types::JobReport::TaxRunReport(_))));
    assert_eq!(error.to_string(), format!("job {} (tax-run) failed", job.id));
}

#[tokio::test(start_paused = true)]
async fn a_waiter_gives_up_at_its_maximum_wait_with_what_it_saw() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).build().unwrap();
    let job = sandbox.seed_job(JobFixture::billing_run());
    let started = tokio::time::Instant::now();
    let error = client
        .wait_for_job(job.id)
        .max_wait(Duration::from_secs(300))
        .poll_interval(Duration::from_secs(5), Duration::from_secs(60))
        .until_done()
        .await
        .unwrap_err();
    let waited = started.elapsed();
    let WaitError::TimedOut { elapsed, polls, last } = &error else { panic!("{error}") };
    assert!(waited >= Duration::from_secs(300) && waited <= Duration::from_secs(301), "{waited:?}");
    assert!(*elapsed >= Duration::from_secs(300));
    // 5, 10, 20, 40, 60, 60, … s apart (jittered down to at least half):
    // between 7 and 40 polls in five minutes.
    assert!((7..=40).contains(polls), "{polls} polls");
    assert_eq!(last.as_ref().unwrap().attributes.status, JobStatus::Pending);
    assert!(error.to_string().contains("was last pending"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn a_status_this_version_does_not_know_keeps_the_waiter_polling() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let mut queued = JobFixture::notification_run().build(sandbox.now());
    queued.attributes.status = serde_json::from_value(serde_json::json!("queued")).unwrap();
    sandbox.insert_job(queued.clone());
    let finished = JobFixture::notification_run().succeeded().id(queued.id).build(sandbox.now());
    let ticks =
        Ticks::every_poll(&sandbox, Duration::ZERO).on_poll(4, move |sandbox| sandbox.insert_job(finished.clone()));
    let client = builder(&remote).interceptor(ticks.clone()).build().unwrap();
    let done = client.wait_for_job(queued.id).until_done().await.unwrap();
    assert_eq!(done.attributes.status, JobStatus::Success);
    assert_eq!(ticks.polls.load(Ordering::SeqCst), 4, "polled through the unknown status");
}

#[tokio::test(start_paused = true)]
async fn a_job_gone_mid_wait_is_an_error_of_its_own() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let job = sandbox.seed_job(JobFixture::billing_run());
    let ticks = Ticks::every_poll(&sandbox, Duration::ZERO)
        .on_poll(3, |sandbox| sandbox.inject(Fault::status(404).on("GetJob")).unwrap());
    let client = builder(&remote).interceptor(ticks).build().unwrap();
    let error = client.wait_for_job(job.id).until_done().await.unwrap_err();
    assert!(matches!(error, WaitError::Gone { id } if id == job.id), "{error}");
}

#[tokio::test(start_paused = true)]
async fn a_rate_limit_mid_wait_slows_the_waiter_without_ending_it() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let job = sandbox.seed_job(JobFixture::payment_run());
    // Six 429s: more than the client's four attempts of one poll.
    let ticks = Ticks::every_poll(&sandbox, Duration::from_secs(20))
        .on_poll(2, |sandbox| sandbox.inject(Fault::rate_limited(3).on("GetJob").times(6)).unwrap());
    let client = builder(&remote).interceptor(ticks).build().unwrap();
    let done = client.wait_for_job(job.id).until_done().await.unwrap();
    assert_eq!(done.attributes.status, JobStatus::Success);
    let limited = sandbox.journal().iter().filter(|e| e.status == Some(429)).count();
    assert_eq!(limited, 6);
}

/// The sandbox carries each create out and loses the answer: with an
/// `external_ref`, every create comes back (found by its reference) and
/// none is made twice; without one, the caller is told it may have been
/// done.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_whose_answers_are_lost_are_found_not_repeated() {
    let sandbox = still();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let client = Client::builder(running.base_url()).bearer_token("t").build().unwrap();
    sandbox.inject(Fault::lose_answer().on("CreateJob").times(1_000)).unwrap();
    let creates = futures_util::stream::iter(0..1_000).map(|n| {
        let client = client.clone();
        async move {
            let request = JobCreateRequest::notification_run().external_ref(format!("create-{n}").parse().unwrap());
            client.start_job(request).await
        }
    });
    let created: Vec<_> = creates.buffer_unordered(50).try_collect().await.unwrap();
    assert_eq!(created.len(), 1_000);
    assert!(created.iter().all(|job| job.was_recovered()));
    assert_eq!(sandbox.job_count(), 1_000, "no create was made twice");

    // Without a reference, a lost answer is an error that says so.
    sandbox.inject(Fault::lose_answer().on("CreateJob")).unwrap();
    let error = client.start_job(JobCreateRequest::notification_run()).await.unwrap_err();
    assert!(error.to_string().contains("it may have been done; not sent again"), "{error}");
    assert_eq!(sandbox.job_count(), 1_001);

    // With references filled in, it comes back too.
    let filling = Client::builder(running.base_url()).bearer_token("t").fill_external_refs().build().unwrap();
    sandbox.inject(Fault::lose_answer().on("CreateSchedule")).unwrap();
    let schedule = filling
        .start_schedule(ScheduleCreateRequest::new(
            "0 1 * * *".parse().unwrap(),
            "UTC".parse().unwrap(),
            ScheduleJobType::PaymentRun,
        ))
        .await
        .unwrap();
    assert!(schedule.was_recovered());
    assert!(schedule.attributes.external_ref.as_ref().unwrap().starts_with("ep-client-"));
    assert_eq!(sandbox.schedule_count(), 1);
    running.stop().await;
}

/// A `409` for a duplicate reference is an error, unless the caller asks
/// for the existing record.
#[tokio::test]
async fn a_duplicate_reference_answers_with_the_existing_record_when_asked() {
    let sandbox = still();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let request = || JobCreateRequest::billing_run().external_ref("once".parse().unwrap());
    let plain = Client::builder(running.base_url()).bearer_token("t").build().unwrap();
    let first = plain.start_job(request()).await.unwrap();
    assert!(plain.start_job(request()).await.unwrap_err().is_conflict());
    let lenient = Client::builder(running.base_url()).bearer_token("t").existing_on_conflict().build().unwrap();
    let again = lenient.start_job(request()).await.unwrap();
    assert!(again.existed() && again.id == first.id);
    assert_eq!(sandbox.job_count(), 1);
    running.stop().await;
}

/// References with every character filters care about: each typed filter
/// finds its job, and only it.
#[tokio::test]
async fn typed_filters_find_references_with_any_character() {
    let sandbox = still();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let client = Client::builder(running.base_url()).bearer_token("t").build().unwrap();
    let references = ["plain", "a,b:c", "(x)", "it's", r#"say "hi""#, " spaced ", "é,ü"];
    for reference in references {
        client.start_job(JobCreateRequest::payment_run().external_ref(reference.parse().unwrap())).await.unwrap();
    }
    for reference in references {
        let found: Vec<types::Job> = client
            .list_all_jobs(ListFilter::all().filter(Filter::external_ref().eq(reference)))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(found.len(), 1, "{reference}");
        assert_eq!(found[0].attributes.external_ref.as_deref().map(|r| r.as_str()), Some(reference));
    }
    let some = Filter::external_ref().is_in(["a,b:c", "it's", "nobody"]);
    let page = client.list_jobs().filter(some).send().await.unwrap().into_inner();
    assert_eq!(page.data.len(), 2);
    // A filter the API would refuse is refused before anything is sent.
    let eleven = (0..11).map(|n| Filter::external_ref().eq(n.to_string())).reduce(Filter::and).unwrap();
    let error = client.list_jobs().filter(eleven).send().await.unwrap_err();
    assert!(error.to_string().contains("filter: 11 conditions; at most 10"), "{error}");
    let both = Filter::external_ref().eq(r#"it's "both""#);
    let error = client.list_all_jobs(ListFilter::all().filter(both)).try_next().await.unwrap_err();
    assert!(error.to_string().contains("cannot hold both"), "{error}");
    running.stop().await;
}

/// A cron field: `*`, a value, a range, a step or a list, within `low..=high`.
fn cron_field(low: u32, high: u32) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        Just("*".to_owned()),
        (low..=high).prop_map(|v| v.to_string()),
        (low..=high, low..=high).prop_map(|(a, b)| format!("{}-{}", a.min(b), a.max(b))),
        (1..=high.max(1)).prop_map(|n| format!("*/{n}")),
        proptest::collection::btree_set(low..=high, 1..4).prop_map(|set| set
            .into_iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(",")),
    ]
}

const ZONES: &[&str] = &[
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Sao_Paulo",
    "America/St_Johns",
    "Australia/Lord_Howe",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Africa/Casablanca",
    "America/Santiago",
];

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 1_000, failure_persistence: None, ..Default::default() })]

    /// The preview a client computes is what the sandbox does: its
    /// `scheduled_for`, and the jobs it creates as the clock passes,
    /// created at the instants the preview lists.
    #[test]
    fn the_schedule_preview_is_what_the_sandbox_does(
        minute in cron_field(0, 59),
        hour in cron_field(0, 23),
        day in cron_field(1, 31),
        month in cron_field(1, 12),
        weekday in cron_field(0, 6),
        zone in proptest::sample::select(ZONES),
        start in 0i64..(2 * 366 * 24 * 60),
    ) {
        let specification = format!("{minute} {hour} {day} {month} {weekday}");
        let from = chrono::DateTime::<chrono::Utc>::from_timestamp(1_767_225_600 + start * 60 + 17, 0).unwrap();
        // A specification the API refuses, or one that runs too rarely to
        // watch three times, is not a case (proptest draws another).
        let preview = types::cron::next_runs(&specification, zone, from, 3).unwrap_or_default();
        proptest::prop_assume!(preview.len() == 3 && (preview[2] - from) < chrono::TimeDelta::days(2 * 366));
        let sandbox = Sandbox::new().with_clock(Clock::fixed(from));
        let schedule = sandbox.seed_schedule(elasticpath_subscriptions_sandbox::ScheduleFixture::new(&specification, zone, ScheduleJobType::NotificationRun));
        proptest::prop_assert_eq!(schedule.meta.scheduled_for, Some(preview[0]), "{} in {}", specification, zone);
        // Just past the third run, in one move: three jobs, at the runs.
        sandbox.set_now(preview[2] + chrono::TimeDelta::seconds(1));
        let created: Vec<_> = sandbox.jobs().iter().map(|job| job.attributes.created_at).collect();
        proptest::prop_assert_eq!(&created, &preview, "{} in {}", specification, zone);
        let next = sandbox.schedule(schedule.id).unwrap().meta.scheduled_for;
        let fourth = types::cron::next_runs(&specification, zone, preview[2], 1).unwrap();
        proptest::prop_assert_eq!(next, fourth.first().copied());
    }
}
