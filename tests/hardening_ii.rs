//! A hostile token server, a hostile clock, a hostile peer: each test is
//! named after a defect found by attacking the client, the sandbox and the
//! router, and fails on the code that had it.
//!
//! - The client: no redirect to another origin (the secret stays at the
//!   token endpoint), no `Referer`; the token answer is bounded; waiting for
//!   a token is inside the call's budget; a token too short to use is one
//!   error; token errors keep their cause and status.
//! - The sandbox: a clock move never stops the server answering, its work
//!   and memory are bounded, the catch-up limit holds under concurrency,
//!   the clock stops at the edge of RFC 3339; `--token` is that token only;
//!   tokens and forms have one spelling.
//! - The router: a trickling body gets `408` at the body timeout.
//!
//! Servers listen on 127.0.0.1; every loop is bounded.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use elasticpath_subscriptions_client::{Client, RetryPolicy, types};
use elasticpath_subscriptions_sandbox::{Clock, MAX_JOBS, Sandbox, ScheduleFixture};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One request a recording server received.
#[derive(Clone, Debug)]
struct Seen {
    path: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// A server on 127.0.0.1 that records every request and answers as
/// `answer` says; stopped when dropped.
struct Recorder {
    origin: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Recorder {
    async fn start<F, Fut>(answer: F) -> Recorder
    where
        F: Fn(Seen) -> Fut + Clone + Send + Sync + 'static,
        Fut: std::future::Future<Output = Response> + Send + 'static,
    {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorded = seen.clone();
        let app = axum::Router::new().fallback(move |request: axum::extract::Request| {
            let (recorded, answer) = (recorded.clone(), answer.clone());
            async move {
                let (parts, body) = request.into_parts();
                let body = axum::body::to_bytes(body, 1 << 20).await.unwrap_or_default().to_vec();
                let path = parts.uri.path_and_query().map_or_else(String::new, |p| p.as_str().to_owned());
                let request = Seen { path, headers: parts.headers, body };
                recorded.lock().unwrap().push(request.clone());
                answer(request).await
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Recorder { origin, seen, task }
    }

    fn base_url(&self) -> String {
        format!("{}/v2", self.origin)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn token_answer(expires_in: u64) -> Response {
    let body = json!({ "access_token": "t0ken", "expires_in": expires_in, "token_type": "Bearer" });
    (StatusCode::OK, axum::Json(body)).into_response()
}

fn redirect(status: u16, to: &str) -> Response {
    Response::builder().status(status).header("location", to).body(Body::empty()).unwrap()
}

fn empty_list() -> Response {
    axum::Json(json!({ "data": [] })).into_response()
}

/// A port nothing listens on.
async fn dead_port() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{address}")
}

#[tokio::test]
async fn the_token_request_follows_no_redirect_to_another_origin() {
    // Another origin that would take the secret and hand back a token.
    let thief = Recorder::start(|_| async { token_answer(3600) }).await;
    let stolen_at = format!("{}/oauth/access_token", thief.origin);
    let api = Recorder::start(move |request| {
        let stolen_at = stolen_at.clone();
        async move { if request.path == "/oauth/access_token" { redirect(307, &stolen_at) } else { empty_list() } }
    })
    .await;
    let client = Client::builder(&api.base_url()).client_credentials("id", "s3cret-value").build().unwrap();
    let error = client.list_jobs().send().await.unwrap_err();

    assert!(thief.seen().is_empty(), "the other origin got {:?}", thief.seen());
    assert_eq!(error.status(), Some(StatusCode::TEMPORARY_REDIRECT));
    assert!(error.token_error().is_some(), "{error}");
    let shown = error.to_string();
    assert!(shown.contains(&format!("a redirect to {}, not followed", thief.origin)), "{shown}");
    assert!(!api.seen().iter().any(|r| r.path.starts_with("/v2")), "no call went out without a token");
    let asked = api.seen().into_iter().find(|r| r.path == "/oauth/access_token").unwrap();
    assert!(String::from_utf8_lossy(&asked.body).contains("client_secret=s3cret-value"), "the token endpoint has it");
}

#[tokio::test]
async fn api_calls_follow_no_redirect_to_another_origin_and_send_no_referer() {
    let thief = Recorder::start(|_| async { empty_list() }).await;
    let elsewhere = format!("{}/v2/subscriptions/jobs", thief.origin);
    let api = Recorder::start(move |request| {
        let elsewhere = elsewhere.clone();
        async move {
            match request.path.as_str() {
                "/v2/subscriptions/jobs" => redirect(307, &elsewhere),
                "/v2/subscriptions/schedules" => redirect(307, "/v2/subscriptions/schedules?moved=1"),
                _ => empty_list(),
            }
        }
    })
    .await;
    let client = Client::with_bearer_token(&api.base_url(), "t0ken").unwrap();

    let error = client.list_jobs().send().await.unwrap_err();
    assert!(thief.seen().is_empty(), "the other origin got {:?}", thief.seen());
    assert_eq!(error.status(), Some(StatusCode::TEMPORARY_REDIRECT));
    assert_eq!(
        error.to_string(),
        format!(
            "ListJobs failed: 307 Temporary Redirect, a redirect to {}, which the client does not follow",
            thief.origin
        )
    );

    // Within the origin a redirect is followed, with the token, without a Referer.
    client.list_schedules().send().await.unwrap();
    let moved = api.seen().into_iter().find(|r| r.path == "/v2/subscriptions/schedules?moved=1").unwrap();
    assert_eq!(moved.headers.get("authorization").unwrap(), "Bearer t0ken");
    assert!(moved.headers.get("referer").is_none(), "{:?}", moved.headers);
}

#[tokio::test]
async fn the_token_answer_is_read_only_to_its_bound() {
    const OFFERED: usize = 64 << 20;
    let produced = Arc::new(AtomicUsize::new(0));
    let counted = produced.clone();
    let endless = Recorder::start(move |_| {
        let counted = counted.clone();
        async move {
            let chunks = futures_util::stream::unfold(counted, |counted| async move {
                let so_far = counted.fetch_add(64 << 10, Ordering::SeqCst);
                (so_far < OFFERED).then(|| (Ok::<_, std::io::Error>(vec![b' '; 64 << 10]), counted))
            });
            Response::builder().header("content-type", "application/json").body(Body::from_stream(chunks)).unwrap()
        }
    })
    .await;
    let client = Client::builder(&endless.base_url()).client_credentials("id", "secret").build().unwrap();
    let error = client.list_jobs().send().await.unwrap_err();
    assert!(error.to_string().contains("larger than 65536 bytes"), "{error}");
    // The client stopped reading: what was produced is the bound and what
    // the sockets buffer, not the 64 MiB on offer.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = produced.load(Ordering::SeqCst);
    assert!(sent < 16 << 20, "{sent} bytes produced");
}

#[tokio::test]
async fn a_dripping_token_answer_ends_at_the_timeout_and_says_so() {
    let dripping = Recorder::start(|_| async {
        let drips = futures_util::stream::unfold(0u32, |n| async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            (n < 2_000).then(|| (Ok::<_, std::io::Error>(vec![b' ']), n + 1))
        });
        Response::builder().header("content-type", "application/json").body(Body::from_stream(drips)).unwrap()
    })
    .await;
    let client = Client::builder(&dripping.base_url())
        .client_credentials("id", "secret")
        .timeout(Some(Duration::from_millis(300)))
        .retry(RetryPolicy::default().max_elapsed(Duration::from_secs(2)))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.list_jobs().send().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    let shown = error.to_string();
    assert!(shown.contains("could not get an access token") && shown.contains("timed out"), "{shown}");
}

#[tokio::test]
async fn a_call_waiting_for_a_token_stays_within_its_budget() {
    let slow = Recorder::start(|request| async move {
        if request.path == "/oauth/access_token" {
            tokio::time::sleep(Duration::from_secs(4)).await;
            token_answer(3600)
        } else {
            empty_list()
        }
    })
    .await;
    let budget = Duration::from_millis(800);
    let client = Client::builder(&slow.base_url())
        .client_credentials("id", "secret")
        .retry(RetryPolicy::default().max_elapsed(budget))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.list_jobs().send().await.unwrap_err();
    let took = started.elapsed();
    assert!(took >= budget && took < budget + Duration::from_millis(1500), "{took:?}");
    assert_eq!(error.to_string(), "ListJobs: no access token within the call's time budget of 800ms");
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_token_too_short_to_use_is_one_error_not_a_loop() {
    let asked = Arc::new(AtomicUsize::new(0));
    let counted = asked.clone();
    let stingy = Recorder::start(move |request| {
        let counted = counted.clone();
        async move {
            if request.path == "/oauth/access_token" {
                counted.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(300)).await;
                token_answer(0)
            } else {
                empty_list()
            }
        }
    })
    .await;
    let client = Client::builder(&stingy.base_url()).client_credentials("id", "secret").build().unwrap();
    let calls = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_jobs().send().await })
    });
    for call in futures_util::future::join_all(calls).await {
        let error = call.unwrap().unwrap_err();
        assert!(error.to_string().ends_with("the token expires in 0 s, too soon to use (at least 1 s)"), "{error}");
        assert!(!error.is_retryable());
    }
    assert_eq!(asked.load(Ordering::SeqCst), 1, "fifty callers, one token request");
    assert!(!stingy.seen().iter().any(|r| r.path.starts_with("/v2")));
}

/// Two calls need a token a while apart; the first gives up (its budget
/// ends) before the token comes. The fetch is not the first caller's: it
/// goes on, and the second takes its token. One request in all.
#[tokio::test]
async fn a_caller_that_gives_up_leaves_the_token_fetch_to_the_others() {
    let asked = Arc::new(AtomicUsize::new(0));
    let counted = asked.clone();
    let slow = Recorder::start(move |request| {
        let counted = counted.clone();
        async move {
            if request.path == "/oauth/access_token" {
                counted.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(1_500)).await;
                token_answer(3600)
            } else {
                empty_list()
            }
        }
    })
    .await;
    let client = Client::builder(&slow.base_url())
        .client_credentials("id", "secret")
        .retry(RetryPolicy::default().max_elapsed(Duration::from_secs(1)))
        .build()
        .unwrap();
    let first = tokio::spawn({
        let client = client.clone();
        async move { client.list_jobs().send().await }
    });
    tokio::time::sleep(Duration::from_millis(700)).await;
    let second = client.list_jobs().send().await;
    let first = first.await.unwrap().unwrap_err();
    assert!(first.to_string().contains("time budget"), "{first}");
    second.expect("the fetch the first caller started served the second");
    assert_eq!(asked.load(Ordering::SeqCst), 1);
}

/// The client's own rate limit makes a call wait past its budget: the call
/// is not sent at all, and says so.
#[tokio::test]
async fn a_call_whose_budget_ends_in_the_rate_limit_is_not_sent() {
    let api = Recorder::start(|_| async { empty_list() }).await;
    let client = Client::builder(&api.base_url())
        .bearer_token("t")
        .rate_limit(1)
        .retry(RetryPolicy::default().max_elapsed(Duration::from_millis(300)))
        .build()
        .unwrap();
    client.list_jobs().send().await.unwrap();
    let error = client.list_jobs().send().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "ListJobs: not sent: the call's time budget of 300ms ran out waiting for the rate limit"
    );
    assert!(error.is_retryable() && error.status().is_none());
    assert_eq!(api.seen().len(), 1, "the second call never left");
}

#[tokio::test]
async fn token_errors_keep_their_cause_and_status() {
    use std::error::Error as _;

    // Nothing listening: the same words as an API call to the same port.
    let dead = dead_port().await;
    let api_error =
        Client::builder(&format!("{dead}/v2")).bearer_token("t").build().unwrap().list_jobs().send().await.unwrap_err();
    let token_error = Client::builder(&format!("{dead}/v2"))
        .client_credentials("id", "secret")
        .build()
        .unwrap()
        .list_jobs()
        .send()
        .await
        .unwrap_err();
    let cause = api_error.to_string().split_once("no answer from the API: ").unwrap().1.to_owned();
    assert!(cause.starts_with("could not connect: "), "{api_error}");
    assert_eq!(
        token_error.to_string(),
        format!("ListJobs: could not get an access token from {dead}/oauth/access_token: {cause}")
    );
    assert_eq!(token_error.status(), None);
    let source = token_error.source().expect("the transport error underneath");
    assert!(source.downcast_ref::<reqwest::Error>().is_some_and(reqwest::Error::is_connect), "{source}");
    assert!(!source.to_string().contains("access token"), "the source does not repeat the message: {source}");
    assert!(token_error.is_retryable());

    // A wrong secret: the token endpoint's 401, told as an API call's 401.
    let sandbox = Sandbox::new().with_client_credentials("id", "secret");
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox).await.unwrap();
    let refused = Client::builder(running.base_url())
        .client_credentials("id", "wrong")
        .build()
        .unwrap()
        .list_jobs()
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        format!(
            "ListJobs: could not get an access token from http://{}/oauth/access_token: 401 Unauthorized: \
             client_id and client_secret do not match",
            running.address()
        )
    );
    assert_eq!(refused.status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(refused.token_error().and_then(|e| e.status()), Some(StatusCode::UNAUTHORIZED));
    assert!(refused.source().is_none(), "an answer has no cause underneath");
    assert!(!refused.is_retryable());
    running.stop().await;

    // A token endpoint that never answers: a timeout, said as one.
    let silent = Recorder::start(|_| async {
        tokio::time::sleep(Duration::from_secs(60)).await;
        token_answer(3600)
    })
    .await;
    let timed_out = Client::builder(&silent.base_url())
        .client_credentials("id", "secret")
        .timeout(Some(Duration::from_millis(200)))
        .retry(RetryPolicy::default().max_elapsed(Duration::from_secs(2)))
        .build()
        .unwrap()
        .list_jobs()
        .send()
        .await
        .unwrap_err();
    let shown = timed_out.to_string();
    assert!(shown.contains("/oauth/access_token: timed out: "), "{shown}");
    assert!(
        timed_out.source().and_then(|s| s.downcast_ref::<reqwest::Error>()).is_some_and(reqwest::Error::is_timeout)
    );
}

const NOON: &str = "2026-03-28T12:00:00Z";

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn still() -> Sandbox {
    Sandbox::new().with_clock(Clock::fixed(at(NOON)))
}

/// `POST {origin}{path}` with a JSON body; the status and the JSON answer.
async fn post_json(http: &reqwest::Client, url: &str, body: Value) -> (u16, Value) {
    let answer = http.post(url).json(&body).send().await.unwrap();
    (answer.status().as_u16(), answer.json().await.unwrap_or(Value::Null))
}

/// With 3,000 minute-by-minute schedules (300,000 runs to catch up, three
/// times the store's bound), a day's move of the clock: every other request
/// is answered within a second throughout, the clock shows the move's
/// progress, and the jobs made stay within the bound.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clock_move_never_stops_the_server_answering() {
    let sandbox = still();
    for _ in 0..3_000 {
        sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::NotificationRun));
    }
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let origin = format!("http://{}", running.address());
    let http = subscriptions_tests::http_builder().timeout(Duration::from_secs(120)).build().unwrap();
    let advance = tokio::spawn({
        let (http, url) = (http.clone(), format!("{origin}/__sandbox/clock/advance"));
        async move { post_json(&http, &url, json!({ "seconds": 86_400 })).await }
    });

    let (mut slowest, mut polls, mut shown) = (Duration::ZERO, 0, Vec::new());
    let jobs = format!("{origin}/v2/subscriptions/jobs?page[limit]=1");
    let deadline = Instant::now() + Duration::from_secs(120);
    while !advance.is_finished() && Instant::now() < deadline {
        let asked = Instant::now();
        let clock: Value = http.get(format!("{origin}/__sandbox/clock")).send().await.unwrap().json().await.unwrap();
        let listed = http.get(&jobs).bearer_auth("t").send().await.unwrap();
        assert_eq!(listed.status(), 200);
        slowest = slowest.max(asked.elapsed());
        polls += 1;
        shown.push(at(clock["now"].as_str().unwrap()));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, moved) = advance.await.unwrap();
    assert_eq!(status, 200, "{moved}");
    eprintln!("{polls} polls while the clock moved a day; the slowest answer took {slowest:?}");
    let target = at(NOON) + chrono::TimeDelta::days(1);
    assert_eq!(at(moved["now"].as_str().unwrap()), target);
    assert!(slowest < Duration::from_secs(1), "a request waited {slowest:?} during the move ({polls} polls)");
    assert!(polls >= 3, "the move was too quick to watch: {polls} polls");
    assert!(shown.windows(2).all(|w| w[0] <= w[1]), "the clock never goes back while it moves");
    assert!(
        shown.iter().any(|t| *t > at(NOON) && *t < target),
        "the clock shows the move's progress: {:?}",
        shown.first()
    );
    assert!(sandbox.job_count() <= MAX_JOBS, "{} jobs", sandbox.job_count());
    running.stop().await;
}

/// One minute-by-minute schedule, four clients listing as fast as they can,
/// a day's move: the schedule makes up its 100 runs, not 100 per request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catch_up_limit_holds_under_concurrent_requests() {
    let sandbox = still();
    sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::BillingRun));
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let origin = format!("http://{}", running.address());
    let http = subscriptions_tests::http();
    let stop = Arc::new(AtomicBool::new(false));
    let listers: Vec<_> = (0..4)
        .map(|_| {
            let (http, stop, url) =
                (http.clone(), stop.clone(), format!("{origin}/v2/subscriptions/jobs?page[limit]=1"));
            tokio::spawn(async move {
                for _ in 0..100_000 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let _ = http.get(&url).bearer_auth("t").send().await;
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let (status, _) =
        post_json(&http, &format!("{origin}/__sandbox/clock/advance"), json!({ "seconds": 86_400 })).await;
    assert_eq!(status, 200);
    stop.store(true, Ordering::SeqCst);
    for lister in listers {
        lister.await.unwrap();
    }
    assert_eq!(sandbox.job_count(), 100);
    running.stop().await;

    // In process too: threads reading while the test moves the clock.
    let sandbox = still();
    sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::BillingRun));
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let (sandbox, stop) = (sandbox.clone(), stop.clone());
            std::thread::spawn(move || {
                for _ in 0..1_000_000 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let _ = sandbox.jobs();
                }
            })
        })
        .collect();
    sandbox.advance(Duration::from_secs(86_400));
    stop.store(true, Ordering::SeqCst);
    for reader in readers {
        reader.join().unwrap();
    }
    assert_eq!(sandbox.job_count(), 100);
}

/// Fifty minute-by-minute schedules, a day's move: 5,000 runs, far more
/// than one slice of events, and every schedule made up exactly its 100.
#[test]
fn the_catch_up_limit_holds_across_the_slices_of_a_move() {
    let sandbox = still();
    for _ in 0..50 {
        sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::NotificationRun));
    }
    sandbox.advance(Duration::from_secs(86_400));
    assert_eq!(sandbox.job_count(), 50 * 100);
}

/// A move asked for while another works starts from where that one ends:
/// a day, then an hour, is 25 hours, never back.
#[test]
fn a_move_asked_for_during_another_starts_where_it_ends() {
    let sandbox = still();
    // Enough for the day's move to take far longer than the 50 ms below.
    for _ in 0..600 {
        sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::NotificationRun));
    }
    let day = std::thread::spawn({
        let sandbox = sandbox.clone();
        move || sandbox.advance(Duration::from_secs(86_400))
    });
    std::thread::sleep(Duration::from_millis(50));
    assert!(!day.is_finished(), "the day's move is still under way");
    sandbox.advance(Duration::from_secs(3_600));
    day.join().unwrap();
    assert_eq!(sandbox.now(), at(NOON) + chrono::TimeDelta::hours(25));
}

/// On the system clock, as the binary runs: a time RFC 3339 cannot write is
/// refused, and moves at the edge stop there; the server keeps answering.
#[tokio::test]
async fn the_clock_never_panics_at_the_edge_of_time() {
    let sandbox = Sandbox::new();
    sandbox.seed_schedule(ScheduleFixture::new("* * * * *", "UTC", types::ScheduleJobType::BillingRun));
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let origin = format!("http://{}", running.address());
    let http = subscriptions_tests::http();
    let (status, refused) =
        post_json(&http, &format!("{origin}/__sandbox/clock/set"), json!({ "now": "+262000-01-01T00:00:00Z" })).await;
    assert_eq!(status, 400, "{refused}");
    assert!(refused["errors"][0]["detail"].as_str().unwrap().contains("9999-12-31T23:59:59.999999Z"), "{refused}");
    let (status, _) =
        post_json(&http, &format!("{origin}/__sandbox/clock/set"), json!({ "now": "9999-12-31T00:00:00Z" })).await;
    assert_eq!(status, 200);
    for _ in 0..2 {
        let (status, moved) =
            post_json(&http, &format!("{origin}/__sandbox/clock/advance"), json!({ "seconds": 3_155_760_000u64 }))
                .await;
        assert_eq!((status, moved["now"].as_str()), (200, Some("9999-12-31T23:59:59.999999Z")), "{moved}");
    }
    let clock: Value = http.get(format!("{origin}/__sandbox/clock")).send().await.unwrap().json().await.unwrap();
    assert_eq!(clock["now"], "9999-12-31T23:59:59.999999Z");
    let listed = http.get(format!("{origin}/v2/subscriptions/jobs")).bearer_auth("t").send().await.unwrap();
    assert_eq!(listed.status(), 200);
    // The background ticker lives through it: back in 2026, a job due
    // starts with no request to make it.
    sandbox.set_now(at(NOON));
    let job = sandbox.seed_job(elasticpath_subscriptions_sandbox::JobFixture::payment_run());
    // The ticker runs every second; on a loaded machine it may take a few.
    // Bounded: 30 s, then the assertion below fails.
    for _ in 0..300 {
        if sandbox.job(job.id).unwrap().attributes.status != types::JobStatus::Pending {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let listed: Value = http.get(format!("{origin}/__sandbox/journal")).send().await.unwrap().json().await.unwrap();
    assert!(listed["requests"].is_array());
    assert_ne!(sandbox.job(job.id).unwrap().attributes.status, types::JobStatus::Pending);
    running.stop().await;
}

#[tokio::test]
async fn the_token_flag_accepts_that_token_only() {
    let running = elasticpath_subscriptions_sandbox::spawn(still().with_token("s3cret")).await.unwrap();
    let origin = format!("http://{}", running.address());
    let http = subscriptions_tests::http();
    let issued = http
        .post(format!("{origin}/oauth/access_token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials&client_id=any&client_secret=thing")
        .send()
        .await
        .unwrap();
    assert_eq!(issued.status(), 401);
    let jobs = format!("{origin}/v2/subscriptions/jobs");
    assert_eq!(http.get(&jobs).bearer_auth("s3cret").send().await.unwrap().status(), 200);
    for other in ["s3cre", "s3cret2", "S3CRET", "anything"] {
        assert_eq!(http.get(&jobs).bearer_auth(other).send().await.unwrap().status(), 401, "{other}");
    }
    running.stop().await;
}

#[tokio::test]
async fn tokens_and_forms_are_read_canonically() {
    let running =
        elasticpath_subscriptions_sandbox::spawn(still().with_client_credentials("id", "secret")).await.unwrap();
    let origin = format!("http://{}", running.address());
    let http = subscriptions_tests::http();
    let ask = |body: &'static str| {
        http.post(format!("{origin}/oauth/access_token"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let twice =
        ask("grant_type=implicit&grant_type=client_credentials&client_id=id&client_secret=secret").await.unwrap();
    assert_eq!(twice.status(), 400);
    let detail: Value = twice.json().await.unwrap();
    assert_eq!(detail["errors"][0]["detail"], "grant_type: given more than once");
    let answer: Value =
        ask("grant_type=client_credentials&client_id=id&client_secret=secret").await.unwrap().json().await.unwrap();
    let token = answer["access_token"].as_str().unwrap();
    let jobs = format!("{origin}/v2/subscriptions/jobs");
    assert_eq!(http.get(&jobs).bearer_auth(token).send().await.unwrap().status(), 200);
    let (expires, rest) = token.split_once('.').unwrap();
    let (nonce, signature) = rest.split_once('.').unwrap();
    for respelled in [
        format!("{expires}.{nonce}.{}", signature.to_uppercase()),
        format!("+{expires}.{nonce}.{signature}"),
        format!("00{expires}.{nonce}.{signature}"),
    ] {
        assert_eq!(http.get(&jobs).bearer_auth(&respelled).send().await.unwrap().status(), 401, "{respelled}");
    }
    running.stop().await;
}

/// `Content-Length: 1000`, one byte every 100 ms: `408` at the body
/// timeout, in the error format, not `500` at the request timeout.
#[tokio::test]
async fn a_trickling_body_gets_408_at_the_body_timeout() {
    use elasticpath_subscriptions_server::{RouterOptions, ServeOptions};
    let body_timeout = Duration::from_millis(600);
    let router = elasticpath_subscriptions_server::router_with_options(
        still(),
        RouterOptions::default().body_read_timeout(body_timeout).request_timeout(Duration::from_secs(5)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(elasticpath_subscriptions_server::serve(
        listener,
        router,
        ServeOptions::default(),
        std::future::pending(),
    ));
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let started = Instant::now();
    stream
        .write_all(b"POST /v2/subscriptions/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
        .await
        .unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let trickle = tokio::spawn(async move {
        for _ in 0..1_000 {
            if writer.write_all(b" ").await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    while !answer.windows(4).any(|w| w == b"\r\n\r\n") || !answer.ends_with(b"}") {
        match tokio::time::timeout(Duration::from_secs(10), reader.read(&mut buffer)).await {
            Ok(Ok(n)) if n > 0 => answer.extend_from_slice(&buffer[..n]),
            _ => break,
        }
    }
    let took = started.elapsed();
    trickle.abort();
    server.abort();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"status\":\"408\""), "{answer}");
    assert!(took >= body_timeout && took < body_timeout * 3, "{took:?}");
}
