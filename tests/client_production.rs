//! The production client against the sandbox's faults, tokens and journal:
//! retries (honouring `Retry-After`, within their budget, never repeating a
//! create that was sent), token renewal (before expiry, after a `401`, one
//! renewal for fifty callers), the client-side rate limit, bounded errors,
//! tracing. The client runs on tokio's paused clock, so its waits take no
//! real time; the sandbox runs in a runtime of its own, on real time and a
//! fixed sandbox clock the tests move.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use elasticpath_subscriptions_client::{Call, Client, ClientBuilder, Interceptor, ListFilter, RetryPolicy, types};
use elasticpath_subscriptions_sandbox::{Clock, Fault, JobFixture, Sandbox};
use futures_util::{StreamExt, TryStreamExt};
use tokio::time::Instant;

use crate::elsewhere;

use elsewhere::{Elsewhere, elsewhere};

fn still() -> Sandbox {
    Sandbox::new().with_clock(Clock::fixed("2026-03-28T12:00:00Z".parse().unwrap()))
}

/// A client for the paused clock: no reqwest timers, which the paused
/// clock would fire while a request waits on the socket.
fn builder(remote: &Elsewhere) -> ClientBuilder {
    Client::builder(&remote.base_url)
        .timeout(None)
        .connect_timeout(None)
        .http(|builder| builder.pool_idle_timeout(None))
}

fn operations(sandbox: &Sandbox) -> Vec<(&'static str, Option<u16>)> {
    sandbox.journal().iter().map(|e| (e.operation_id.unwrap_or("-"), e.status)).collect()
}

fn job_body() -> types::JobCreateRequest {
    types::JobCreateRequest {
        data: types::JobCreate {
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobCreateAttributes {
                external_ref: None,
                job_type: types::JobTypeAttributes::PaymentRun,
            },
        },
    }
}

#[tokio::test(start_paused = true)]
async fn a_429_is_retried_after_the_time_it_asks_for() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).bearer_token("t").build().unwrap();
    sandbox.inject(Fault::rate_limited(7).on("ListJobs")).unwrap();
    let started = Instant::now();
    client.list_jobs().send().await.unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_secs(7) && waited < Duration::from_secs(8), "{waited:?}");
    assert_eq!(operations(&sandbox), [("ListJobs", Some(429)), ("ListJobs", Some(200))]);
}

#[tokio::test(start_paused = true)]
async fn retries_stop_at_the_attempts_and_at_the_time_budget() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    sandbox.inject(Fault::status(503).on("GetJob").times(10)).unwrap();
    let client = builder(&remote).bearer_token("t").build().unwrap();
    let error = client.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(error.is_retryable());
    assert_eq!(sandbox.journal().len(), 4, "the default: four attempts");

    // A wait longer than what is left of the budget is not started.
    sandbox.clear_journal();
    sandbox.clear_faults();
    sandbox.inject(Fault::rate_limited(20).on("GetJob").times(10)).unwrap();
    let patient_but_brief = builder(&remote)
        .bearer_token("t")
        .retry(RetryPolicy::default().max_elapsed(Duration::from_secs(5)))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = patient_but_brief.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(20)));
    assert_eq!(sandbox.journal().len(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));

    // Backoff with full jitter: every wait is at most its ceiling.
    sandbox.clear_journal();
    sandbox.clear_faults();
    sandbox.inject(Fault::status(502).on("GetJob").times(3)).unwrap();
    let started = Instant::now();
    client.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err(); // then 404: the job does not exist
    assert!(started.elapsed() <= Duration::from_millis(200 + 400 + 800), "{:?}", started.elapsed());
    assert_eq!(sandbox.journal().len(), 4);

    // Off: one attempt.
    sandbox.clear_journal();
    sandbox.inject(Fault::status(503).on("GetJob")).unwrap();
    let once = builder(&remote).bearer_token("t").no_retries().build().unwrap();
    once.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    assert_eq!(sandbox.journal().len(), 1);
}

/// Counts the attempts it sees.
#[derive(Debug, Default)]
struct Attempts(Mutex<Vec<(u32, Instant)>>);

impl Interceptor for Attempts {
    fn before(&self, _request: &mut reqwest::Request, call: &Call) {
        self.0.lock().unwrap().push((call.attempt, Instant::now()));
    }
}

#[tokio::test(start_paused = true)]
async fn a_create_that_was_sent_is_never_sent_twice() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).bearer_token("t").build().unwrap();
    sandbox.inject(Fault::status(503).on("CreateJob")).unwrap();
    let error = client.create_job().body(job_body()).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    sandbox.inject(Fault::drop_connection().on("CreateJob")).unwrap();
    let error = client.create_job().body(job_body()).send().await.unwrap_err();
    assert!(error.status().is_none(), "{error}");
    sandbox.inject(Fault::rate_limited(1).on("CreateJob")).unwrap();
    assert!(client.create_job().body(job_body()).send().await.unwrap_err().is_rate_limited());
    assert_eq!(operations(&sandbox), [("CreateJob", Some(503)), ("CreateJob", None), ("CreateJob", Some(429))]);
    assert_eq!(sandbox.job_count(), 0);

    // A create that could not even connect never left: it is tried again.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let nowhere = format!("http://{}/v2", closed.local_addr().unwrap());
    drop(closed);
    let attempts = Arc::new(Attempts::default());
    let unreachable = Client::builder(&nowhere)
        .bearer_token("t")
        .timeout(None)
        .connect_timeout(None)
        .interceptor(attempts.clone())
        .build()
        .unwrap();
    let error = unreachable.create_job().body(job_body()).send().await.unwrap_err();
    assert!(error.status().is_none() && error.is_retryable(), "{error}");
    assert_eq!(attempts.0.lock().unwrap().len(), 4);
}

#[tokio::test(start_paused = true)]
async fn tokens_are_renewed_before_they_expire_and_after_a_401() {
    let sandbox = still().with_client_credentials("id", "secret").with_token_lifetime(Duration::from_secs(60));
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).client_credentials("id", "secret").build().unwrap();
    client.list_jobs().send().await.unwrap();
    // 55 s later on both clocks: within the last tenth of its life, the
    // token is renewed before it is used.
    tokio::time::advance(Duration::from_secs(55)).await;
    sandbox.advance(Duration::from_secs(55));
    client.list_jobs().send().await.unwrap();
    assert_eq!(
        operations(&sandbox),
        [("AccessToken", Some(200)), ("ListJobs", Some(200)), ("AccessToken", Some(200)), ("ListJobs", Some(200))]
    );

    // The server's clock runs ahead: the token is refused, renewed once, and
    // the call goes through.
    sandbox.clear_journal();
    sandbox.advance(Duration::from_secs(3600));
    client.list_jobs().send().await.unwrap();
    assert_eq!(operations(&sandbox), [("ListJobs", Some(401)), ("AccessToken", Some(200)), ("ListJobs", Some(200))]);

    // Wrong credentials: a readable error, and no secret in it.
    let wrong = builder(&remote).client_credentials("id", "not-the-secret").build().unwrap();
    let error = wrong.list_jobs().send().await.unwrap_err();
    let shown = error.to_string();
    assert!(shown.contains("access token") && shown.contains("401") && !shown.contains("not-the-secret"), "{shown}");
    assert!(!format!("{wrong:?}").contains("not-the-secret"));
}

#[tokio::test(start_paused = true)]
async fn fifty_callers_share_one_renewal() {
    let sandbox = still().with_client_credentials("id", "secret").with_token_lifetime(Duration::from_secs(600));
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).client_credentials("id", "secret").build().unwrap();
    let burst = |client: Client| async move {
        let calls = (0..50).map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.list_jobs().send().await.map(|_| ()) })
        });
        for call in futures_util::future::join_all(calls).await {
            call.unwrap().unwrap();
        }
    };
    burst(client.clone()).await;
    let tokens = |sandbox: &Sandbox| sandbox.journal().iter().filter(|e| e.operation_id == Some("AccessToken")).count();
    assert_eq!(tokens(&sandbox), 1);
    // At expiry, again one.
    tokio::time::advance(Duration::from_secs(600)).await;
    sandbox.advance(Duration::from_secs(600));
    burst(client).await;
    assert_eq!(tokens(&sandbox), 2);
    assert_eq!(sandbox.journal().iter().filter(|e| e.status == Some(401)).count(), 0);
}

#[tokio::test(start_paused = true)]
async fn the_rate_limit_spaces_a_burst_on_the_clients_clock() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let attempts = Arc::new(Attempts::default());
    let client = builder(&remote).bearer_token("t").rate_limit(10).interceptor(attempts.clone()).build().unwrap();
    let calls = (0..40).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_schedules().send().await.map(|_| ()) })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
    let mut times: Vec<Instant> = attempts.0.lock().unwrap().iter().map(|(_, at)| *at).collect();
    times.sort();
    assert_eq!(times.len(), 40);
    for window in times.windows(11) {
        assert!(
            window[10] - window[0] >= Duration::from_millis(999),
            "11 requests within {:?}",
            window[10] - window[0]
        );
    }
}

#[tokio::test(start_paused = true)]
async fn errors_print_one_bounded_line() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).bearer_token("t").build().unwrap();
    let missing = client.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    assert!(missing.is_not_found());
    let shown = missing.to_string();
    assert_eq!(shown, "GetJob failed: 404 Not Found: No job found with id 00000000-0000-0000-0000-000000000000");
}

/// An undocumented answer with a large body, and a documented one that
/// does not decode: neither prints its body.
#[tokio::test]
async fn undocumented_and_unreadable_answers_stay_short() {
    use axum::routing::get;
    let big = "<html>".to_owned() + &"secret customer data ".repeat(50_000) + "</html>";
    let big_for_route = big.clone();
    let app = axum::Router::new()
        .route("/v2/subscriptions/jobs/{id}", get(move || async move { (axum::http::StatusCode::IM_A_TEAPOT, big_for_route) }))
        .route(
            "/v2/subscriptions/jobs",
            get(|| async { ([("content-type", "application/json")], format!("{{\"data\": [{}]}}", "1,".repeat(50_000) + "1")) }),
        )
        .route(
            "/v2/subscriptions/schedules/{id}",
            get(|| async {
                let detail = "x".repeat(5_000) + "\nsecond line";
                (
                    axum::http::StatusCode::BAD_REQUEST,
                    axum::Json(serde_json::json!({ "errors": [{ "status": "400", "title": "Validation Error", "detail": detail }] })),
                )
            }),
        )
        .route(
            "/v2/subscriptions/schedules",
            get(|| async {
                (
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    axum::Json(serde_json::json!({ "errors": [{ "status": "503", "title": "Service Unavailable", "detail": "maintenance" }] })),
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::builder(&format!("http://{address}/v2")).bearer_token("t").no_retries().build().unwrap();

    let teapot = client.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    assert_eq!(teapot.status().map(|s| s.as_u16()), Some(418));
    let shown = teapot.to_string();
    assert!(shown.chars().count() < 400 && !shown.contains('\n'), "{shown}");
    assert!(teapot.body_excerpt().unwrap().chars().count() <= elasticpath_subscriptions_client::MAX_SHOWN + 1);

    let garbage = client.list_jobs().send().await.unwrap_err();
    let shown = garbage.to_string();
    assert!(shown.starts_with("ListJobs: the 200 OK answer could not be read"), "{shown}");
    assert!(shown.chars().count() < 400, "{shown}");

    // A documented error with a detail of 5,000 characters on two lines: cut.
    let long = client.get_schedule().schedule_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    let shown = long.to_string();
    assert!(!shown.contains('\n') && shown.chars().count() < 300, "{} characters: {shown}", shown.chars().count());
    assert_eq!(long.api_errors()[0].detail.as_ref().map(String::len), Some(5_012), "the error itself keeps it all");

    // An undocumented status in the API's error format is read as one.
    let unavailable = client.list_schedules().send().await.unwrap_err();
    assert_eq!(unavailable.api_errors()[0].detail.as_deref(), Some("maintenance"));
    assert!(unavailable.is_retryable());
    server.abort();
    let _ = big;
}

#[tokio::test(start_paused = true)]
async fn a_walk_carries_on_through_rate_limits() {
    let sandbox = still();
    for _ in 0..250 {
        sandbox.seed_job(JobFixture::billing_run());
    }
    let remote = elsewhere(sandbox.clone());
    sandbox.inject(Fault::rate_limited(3).on("ListJobs").times(2)).unwrap();
    let client = builder(&remote).bearer_token("t").build().unwrap();
    let jobs: Vec<types::Job> = client.list_all_jobs(ListFilter::all()).try_collect().await.unwrap();
    assert_eq!(jobs.len(), 250);
    let statuses: Vec<Option<u16>> = sandbox.journal().iter().map(|e| e.status).collect();
    assert_eq!(statuses, [Some(429), Some(429), Some(200), Some(200), Some(200)]);
}

/// The README's production example, against the sandbox with its rate
/// limit on and tokens that last two seconds: a walk over 5,000 jobs while
/// other tasks create more. Real time: what is measured here is pacing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_production_example_walks_five_thousand_jobs_while_others_create() {
    let sandbox = Sandbox::new()
        .with_client_credentials("my-client", "my-secret")
        .with_token_lifetime(Duration::from_secs(2))
        .with_rate_limit(25);
    for _ in 0..5_000 {
        sandbox.seed_job(JobFixture::billing_run().succeeded());
    }
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let client = Client::builder(running.base_url())
        .client_credentials("my-client", "my-secret")
        .rate_limit(20)
        .retry(RetryPolicy::default().max_attempts(5))
        .build()
        .unwrap();
    let creators: Vec<_> = (0..2)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                for _ in 0..20 {
                    client.create_job().body(job_body()).send().await.unwrap();
                }
            })
        })
        .collect();
    let jobs: Vec<types::Job> = client.list_all_jobs(ListFilter::all()).try_collect().await.unwrap();
    for creator in creators {
        creator.await.unwrap();
    }
    assert!((5_000..=5_040).contains(&jobs.len()), "{} jobs", jobs.len());
    let journal = sandbox.journal();
    let count = |status: u16| journal.iter().filter(|e| e.status == Some(status)).count();
    let tokens = journal.iter().filter(|e| e.operation_id == Some("AccessToken")).count();
    assert_eq!(count(429), 0, "no request over the store's limit");
    assert!(tokens >= 2, "the two-second tokens were renewed: {tokens} token requests");
    assert!(count(401) < tokens, "a refused token (if any) is renewed: {} refused, {tokens} requested", count(401));
    assert_eq!(journal.iter().filter(|e| e.operation_id == Some("CreateJob") && e.status == Some(201)).count(), 40);
    running.stop().await;
}

#[tokio::test(start_paused = true)]
async fn a_token_that_stays_refused_is_renewed_once() {
    let sandbox = still().with_client_credentials("id", "secret");
    let remote = elsewhere(sandbox.clone());
    let client = builder(&remote).client_credentials("id", "secret").build().unwrap();
    sandbox.inject(Fault::status(401).on("ListJobs").times(10)).unwrap();
    let error = client.list_jobs().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(
        operations(&sandbox),
        [("AccessToken", Some(200)), ("ListJobs", Some(401)), ("AccessToken", Some(200)), ("ListJobs", Some(401))]
    );
}

/// Fifty callers need a token while the token endpoint is down: it is
/// tried its three times, not three times for each caller, and every
/// caller gets that failure as a readable error.
#[tokio::test(start_paused = true)]
async fn a_failing_renewal_is_shared_not_repeated() {
    let sandbox = still().with_client_credentials("id", "secret");
    let remote = elsewhere(sandbox.clone());
    sandbox.inject(Fault::status(503).on("AccessToken").times(100)).unwrap();
    let client = builder(&remote).client_credentials("id", "secret").build().unwrap();
    let calls = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_jobs().send().await })
    });
    for call in futures_util::future::join_all(calls).await {
        let error = call.unwrap().unwrap_err();
        assert!(error.token_error().is_some(), "no call was sent: {error}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "the token endpoint's status");
        assert!(error.to_string().contains("access token") && error.to_string().contains("503"), "{error}");
    }
    assert_eq!(operations(&sandbox), [("AccessToken", Some(503)); 3]);

    // Once it is back, the next call renews and goes through.
    sandbox.clear_faults();
    sandbox.clear_journal();
    client.list_jobs().send().await.unwrap();
    assert_eq!(operations(&sandbox), [("AccessToken", Some(200)), ("ListJobs", Some(200))]);
}

#[tokio::test(start_paused = true)]
async fn the_time_budget_ends_a_run_of_backoffs() {
    let sandbox = still();
    let remote = elsewhere(sandbox.clone());
    sandbox.inject(Fault::status(503).on("ListSchedules").times(1_000)).unwrap();
    let budget = Duration::from_secs(5);
    let client = builder(&remote)
        .bearer_token("t")
        .retry(RetryPolicy::default().max_attempts(1_000).initial_backoff(Duration::from_secs(1)).max_elapsed(budget))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.list_schedules().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(started.elapsed() <= budget, "{:?}", started.elapsed());
    let attempts = sandbox.journal().len();
    assert!((2..1_000).contains(&attempts), "{attempts} attempts");
}

/// Answers the first request of each path with a body that breaks off
/// half way, and every later one with `good`.
async fn breaking_server(good: Vec<u8>) -> (String, Arc<Mutex<Vec<String>>>, tokio::task::JoinHandle<()>) {
    use axum::body::Body;
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen_by_server = seen.clone();
    let app = axum::Router::new().fallback(move |request: axum::extract::Request| {
        let (seen, good) = (seen_by_server.clone(), good.clone());
        async move {
            let path = request.uri().path().to_owned();
            let first = {
                let mut seen = seen.lock().unwrap();
                let first = !seen.contains(&path);
                seen.push(path);
                first
            };
            let body = if first {
                let half = good[..good.len() / 2].to_vec();
                Body::from_stream(futures_util::stream::iter([
                    Ok(half),
                    Err(std::io::Error::other("the connection broke")),
                ]))
            } else {
                Body::from(good)
            };
            ([("content-type", "application/json")], body)
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{address}/v2"), seen, server)
}

/// A read broken off mid-answer is retried for a `GET`; for a create (which
/// may have been done) it is an error saying so, sent once.
#[tokio::test]
async fn an_answer_that_breaks_off_is_read_again_for_a_get_only() {
    let sandbox = still();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let page = subscriptions_tests::http()
        .get(format!("{}/subscriptions/schedules", running.base_url()))
        .bearer_auth("t")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    running.stop().await;
    let (base_url, seen, server) = breaking_server(page).await;
    let client = Client::builder(&base_url).bearer_token("t").build().unwrap();
    client.list_schedules().send().await.unwrap();
    assert_eq!(seen.lock().unwrap().len(), 2, "read again");

    let error = client.create_job().body(job_body()).send().await.unwrap_err();
    assert_eq!(seen.lock().unwrap().len(), 3, "a create is sent once");
    let shown = error.to_string();
    assert!(shown.contains("may have been done") && !shown.contains("127.0.0.1"), "{shown}");
    server.abort();
}

/// A documented status whose body is not the documented one (an HTML 429
/// from a proxy): the error keeps the status and the `Retry-After`.
#[tokio::test]
async fn an_unreadable_error_answer_keeps_its_status_and_retry_after() {
    use axum::routing::get;
    let app = axum::Router::new()
        .route(
            "/v2/subscriptions/jobs",
            get(|| async {
                (
                    axum::http::StatusCode::TOO_MANY_REQUESTS,
                    [("content-type", "text/html"), ("retry-after", "3")],
                    "<html><body>Slow down</body></html>",
                )
            }),
        )
        .route(
            "/v2/subscriptions/schedules",
            get(|| async {
                let detail = "first line\nsecond line\u{2028}third";
                (
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    axum::Json(serde_json::json!({ "errors": [{ "status": "503", "title": "Unavailable", "detail": detail }] })),
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::builder(&format!("http://{address}/v2")).bearer_token("t").no_retries().build().unwrap();

    let error = client.list_jobs().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert!(error.is_rate_limited() && error.is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
    let debug = format!("{error:?}");
    assert!(debug.chars().count() < 400 && !debug.contains("retry-after") && !debug.contains('\n'), "{debug}");

    // Line breaks early in a detail do not break the line.
    let error = client.list_schedules().send().await.unwrap_err();
    let shown = error.to_string();
    assert!(shown.contains("first line second line third") && !shown.contains('\n'), "{shown}");
    assert!(!format!("{error:?}").contains('\n'));
    server.abort();
}

/// A transport error says what happened, without the URL (which may carry
/// a filter with customer data).
#[tokio::test]
async fn a_transport_error_names_no_url() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let nowhere = format!("http://{}/v2", closed.local_addr().unwrap());
    drop(closed);
    let client = Client::builder(&nowhere).bearer_token("t").no_retries().build().unwrap();
    let error = client.list_jobs().filter("eq(external_ref,customer-4711)").send().await.unwrap_err();
    let shown = error.to_string();
    assert!(shown.starts_with("ListJobs: no answer from the API: could not connect"), "{shown}");
    assert!(!shown.contains("customer-4711") && !shown.contains("127.0.0.1"), "{shown}");
}

/// An error answer that never ends: the client reads its first 64 KiB
/// (`MAX_ERROR_ANSWER`) and lets go; the server is asked for far less than
/// the 100 MiB it would send.
#[tokio::test]
async fn an_endless_error_answer_is_read_only_so_far() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let produced = Arc::new(AtomicUsize::new(0));
    let counter = produced.clone();
    let app = axum::Router::new().fallback(move || {
        let counter = counter.clone();
        async move {
            let chunks = futures_util::stream::iter(0..1_600).map(move |_| {
                counter.fetch_add(64 * 1024, Ordering::Relaxed);
                Ok::<_, std::io::Error>(vec![b'x'; 64 * 1024])
            });
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, axum::body::Body::from_stream(chunks))
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::builder(&format!("http://{address}/v2")).bearer_token("t").no_retries().build().unwrap();
    let error = client.list_jobs().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(error.to_string().chars().count() < 400, "{error}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = produced.load(Ordering::Relaxed);
    assert!(sent < 8 * 1024 * 1024, "the server produced {sent} bytes of 100 MiB");
    server.abort();
}
