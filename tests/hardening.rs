//! What a hostile client cannot do: every bound is asserted in structure
//! (counts, bytes, a closed socket), with short limits configured for the
//! test, never by timing how long the server takes.
//!
//! - one rejection lists at most 20 problems and stays small, whatever the body
//!   (the default body limit is 256 KiB: `413` past it);
//! - a stalled or trickling connection is closed by the header read timeout,
//!   an idle keep-alive one too, and a slow body gets `408`;
//! - connections past the cap wait until one closes;
//! - every refusal of the router and its layers is in the documented
//!   format: long target (414), many or large headers (431), a method
//!   `/openapi.json` lacks (405), compressed or non-UTF-8 bodies (415),
//!   duplicate keys (400), a request that takes too long (500);
//! - links never carry the request's `Host`;
//! - under concurrent creates, list order is `created_at` order, and every
//!   timestamp has six fractional digits;
//! - what an offset walk guarantees while others delete.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use elasticpath_subscriptions_client::{Client, ListFilter, types};
use elasticpath_subscriptions_sandbox::Sandbox;
use elasticpath_subscriptions_server::{RequestContext, RouterOptions, ServeOptions};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tower::ServiceExt;

const JOBS: &str = "/v2/subscriptions/jobs";

/// Sends one request to the router in process; the status, the content
/// type, the raw body and its JSON.
async fn send(router: axum::Router, request: Request<Body>) -> (StatusCode, Option<String>, Vec<u8>, Value) {
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap().to_vec();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, content_type, bytes, value)
}

fn post() -> axum::http::request::Builder {
    Request::builder().method("POST").uri(JOBS).header("authorization", "Bearer t")
}

fn json_post(body: Vec<u8>) -> Request<Body> {
    post().header("content-type", "application/json").body(Body::from(body)).unwrap()
}

/// The answer is an `ErrorResponse` with `status`, served as JSON; its details.
fn documented(status: StatusCode, content_type: &Option<String>, value: &Value, expected: u16) -> Vec<String> {
    assert_eq!(status.as_u16(), expected, "{value}");
    assert_eq!(content_type.as_deref(), Some("application/json"), "{expected}: {value}");
    subscriptions_tests::validate("ErrorResponse", value).unwrap_or_else(|e| panic!("{expected}: {e:?}\n{value}"));
    let errors = value["errors"].as_array().unwrap();
    let code = expected.to_string();
    assert!(errors.iter().all(|e| e["status"].as_str() == Some(code.as_str())), "{value}");
    errors.iter().map(|e| e["detail"].as_str().unwrap_or_default().to_owned()).collect()
}

// ---- bounded rejections ---------------------------------------------------

#[tokio::test]
async fn a_megabyte_of_bad_taxes_gets_one_small_answer() {
    // 340,000 empty objects (about 1 MB, under a body limit raised to 1 MiB
    // for the test; the default is 256 KiB): each breaks two rules.
    let taxes = vec!["{}"; 340_000].join(",");
    let body =
        format!(r#"{{"data":{{"type":"subscription_job","attributes":{{"job_type":"tax-run","taxes":[{taxes}]}}}}}}"#);
    assert!(body.len() < 1024 * 1024);
    let router = elasticpath_subscriptions_server::router_with_options(
        Sandbox::new(),
        RouterOptions::default().body_limit(1024 * 1024),
    );
    let (status, content_type, bytes, value) = send(router, json_post(body.into_bytes())).await;
    let details = documented(status, &content_type, &value, 400);
    assert!(details.len() <= elasticpath_subscriptions_server::MAX_PROBLEMS + 1, "{} details", details.len());
    assert!(bytes.len() < 2048, "{} bytes", bytes.len());
    assert!(details[0].starts_with("data.attributes.taxes[0]"), "{details:?}");
    assert!(details.last().unwrap().contains("only the first problem is listed"), "{details:?}");
}

#[tokio::test]
async fn a_body_over_the_default_limit_is_refused_before_it_is_read() {
    let body = format!(r#"{{"data":"{}"}}"#, "x".repeat(256 * 1024));
    let (status, content_type, _, value) = send(Sandbox::new().router(), json_post(body.into_bytes())).await;
    let details = documented(status, &content_type, &value, 413);
    assert_eq!(details, ["body: larger than the limit of 262144 bytes"]);
}

#[tokio::test]
async fn a_small_body_lists_twenty_problems_and_says_more_were_cut() {
    let taxes = vec!["{}"; 30].join(",");
    let body =
        format!(r#"{{"data":{{"type":"subscription_job","attributes":{{"job_type":"tax-run","taxes":[{taxes}]}}}}}}"#);
    let (status, content_type, _, value) = send(Sandbox::new().router(), json_post(body.into_bytes())).await;
    let details = documented(status, &content_type, &value, 400);
    assert_eq!(details.len(), elasticpath_subscriptions_server::MAX_PROBLEMS + 1, "{details:?}");
    assert_eq!(details.last().unwrap(), "body: more problems were found; only the first 20 are listed");
    assert_eq!(details[0], r#"data.attributes.taxes[0].invoice_id: "invoice_id" is required"#);
}

#[tokio::test]
async fn a_key_twice_in_one_object_is_refused() {
    let body = br#"{"data":{"type":"subscription_job","attributes":{"job_type":"tax-run","job_type":"billing-run"}}}"#;
    let (status, content_type, _, value) = send(Sandbox::new().router(), json_post(body.to_vec())).await;
    let details = documented(status, &content_type, &value, 400);
    assert!(details[0].contains(r#"the key "job_type" appears twice in one object"#), "{details:?}");
}

#[tokio::test]
async fn only_uncompressed_utf8_json_is_read() {
    let body = json!({ "data": { "type": "subscription_job", "attributes": { "job_type": "payment-run" } } });
    let bytes = body.to_string().into_bytes();
    for (name, value, detail) in [
        ("content-encoding", "gzip", "Content-Encoding: `gzip` is not accepted"),
        ("content-encoding", "identity, br", "Content-Encoding: `identity, br` is not accepted"),
        ("content-type", "application/json; charset=latin1", "the charset must be utf-8, not `latin1`"),
    ] {
        let mut request = post().header(name, value);
        if name != "content-type" {
            request = request.header("content-type", "application/json");
        }
        let (status, content_type, _, answer) =
            send(Sandbox::new().router(), request.body(Body::from(bytes.clone())).unwrap()).await;
        let details = documented(status, &content_type, &answer, 415);
        assert!(details[0].contains(detail), "{details:?}");
    }
    for accepted in ["application/json; charset=UTF-8", "application/json;charset=\"utf-8\""] {
        let request = post().header("content-type", accepted).body(Body::from(bytes.clone())).unwrap();
        assert_eq!(send(Sandbox::new().router(), request).await.0, StatusCode::CREATED, "{accepted}");
    }
}

// ---- the router's limits, in the documented format --------------------------

#[tokio::test]
async fn long_targets_and_many_or_large_headers_are_refused_in_the_error_format() {
    let long = format!("{JOBS}?filter={}", "x".repeat(40 * 1024));
    let request = Request::builder().uri(&long).header("authorization", "Bearer t").body(Body::empty()).unwrap();
    let (status, content_type, _, value) = send(Sandbox::new().router(), request).await;
    let details = documented(status, &content_type, &value, 414);
    assert!(details[0].contains("more than the 32768 accepted"), "{details:?}");

    let mut many = Request::builder().uri(JOBS).header("authorization", "Bearer t");
    for i in 0..70 {
        many = many.header(format!("x-extra-{i}"), "1");
    }
    let (status, content_type, _, value) = send(Sandbox::new().router(), many.body(Body::empty()).unwrap()).await;
    let details = documented(status, &content_type, &value, 431);
    assert!(details[0].contains("71 headers were sent, more than the 64 accepted"), "{details:?}");

    let large = Request::builder()
        .uri(JOBS)
        .header("authorization", "Bearer t")
        .header("x-large", "y".repeat(9 * 1024))
        .body(Body::empty())
        .unwrap();
    let (status, content_type, _, value) = send(Sandbox::new().router(), large).await;
    let details = documented(status, &content_type, &value, 431);
    assert!(details[0].starts_with("x-large: the header is"), "{details:?}");
}

#[tokio::test]
async fn the_spec_document_answers_other_methods_with_405() {
    let request = Request::builder().method("POST").uri("/openapi.json").body(Body::empty()).unwrap();
    let response = Sandbox::new().router().oneshot(request).await.unwrap();
    assert_eq!(response.headers().get("allow").unwrap(), "GET, HEAD");
    let status = response.status();
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    documented(status, &content_type, &serde_json::from_slice(&bytes).unwrap(), 405);
}

#[tokio::test]
async fn links_come_from_the_public_url_never_from_host() {
    let sandbox = Sandbox::new().with_public_url("https://sandbox.example.com/").unwrap();
    let request = Request::builder()
        .uri(format!("{JOBS}?page[limit]=1"))
        .header("authorization", "Bearer t")
        .header("host", "evil.example\"><script>alert(1)</script>")
        .body(Body::empty())
        .unwrap();
    let (status, _, _, value) = send(sandbox.router(), request).await;
    assert_eq!(status, StatusCode::OK);
    for (name, link) in value["links"].as_object().unwrap() {
        if let Some(link) = link.as_str() {
            assert!(link.starts_with("https://sandbox.example.com/v2/subscriptions/jobs?"), "{name}: {link}");
        }
    }
    subscriptions_tests::validate("JobListResponse", &value).unwrap();
    for bad in ["ftp://x", "https://", "http://a b", "https://x/?q=1", "sandbox.example.com"] {
        assert!(Sandbox::new().with_public_url(bad).is_err(), "{bad}");
    }
}

// ---- timeouts and connections, over a real socket ---------------------------

async fn serve_sandbox(options: ServeOptions) -> elasticpath_subscriptions_sandbox::Running {
    elasticpath_subscriptions_sandbox::serve_with(Sandbox::new(), "127.0.0.1:0".parse().unwrap(), options)
        .await
        .unwrap()
}

/// Reads until the server closes the connection; the bytes it sent. The
/// guard only stops a test that would otherwise hang: the server is
/// expected to close long before.
async fn read_until_closed(stream: &mut TcpStream) -> Vec<u8> {
    let mut all = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match tokio::time::timeout(Duration::from_secs(20), stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return all,
            Ok(Ok(n)) => all.extend_from_slice(&buffer[..n]),
            Err(_) => panic!("the server kept the connection open"),
        }
    }
}

#[tokio::test]
async fn a_silent_connection_is_closed_after_the_header_read_timeout() {
    let running = serve_sandbox(ServeOptions::default().header_read_timeout(Duration::from_millis(300))).await;
    let mut stream = TcpStream::connect(running.address()).await.unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.is_empty() || answer.starts_with(b"HTTP/1.1 408"), "{}", String::from_utf8_lossy(&answer));
    running.stop().await;
}

#[tokio::test]
async fn a_connection_that_trickles_its_headers_is_closed_before_they_end() {
    let running = serve_sandbox(ServeOptions::default().header_read_timeout(Duration::from_millis(300))).await;
    let mut stream = TcpStream::connect(running.address()).await.unwrap();
    let head = b"GET /v2/subscriptions/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n";
    let mut sent = 0;
    // One byte every 50 ms: the whole head would take 3.5 s.
    for byte in head {
        if stream.write_all(&[*byte]).await.is_err() {
            break;
        }
        sent += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let answer = read_until_closed(&mut stream).await;
    assert!(!answer.starts_with(b"HTTP/1.1 200"), "the trickled request was served");
    assert!(sent < head.len() || answer.is_empty() || answer.starts_with(b"HTTP/1.1 408"));
    running.stop().await;
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let running = serve_sandbox(ServeOptions::default().header_read_timeout(Duration::from_millis(300))).await;
    let mut stream = TcpStream::connect(running.address()).await.unwrap();
    stream
        .write_all(b"GET /v2/subscriptions/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));
    running.stop().await;
}

#[tokio::test]
async fn connections_past_the_cap_wait_until_one_closes() {
    let running = serve_sandbox(ServeOptions::default().max_connections(2)).await;
    let request = b"GET /v2/subscriptions/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n";
    let mut first = TcpStream::connect(running.address()).await.unwrap();
    let mut second = TcpStream::connect(running.address()).await.unwrap();
    for stream in [&mut first, &mut second] {
        stream.write_all(request).await.unwrap();
        let mut buffer = [0u8; 12];
        stream.read_exact(&mut buffer).await.unwrap();
        assert_eq!(&buffer, b"HTTP/1.1 200");
    }
    // Both stay open (keep-alive). A third connection is not served...
    let mut third = TcpStream::connect(running.address()).await.unwrap();
    third.write_all(request).await.unwrap();
    let mut buffer = [0u8; 12];
    let waited = tokio::time::timeout(Duration::from_millis(300), third.read_exact(&mut buffer)).await;
    assert!(waited.is_err(), "a third connection was served past the cap of two");
    // ...until one of the first two closes.
    drop(first);
    tokio::time::timeout(Duration::from_secs(20), third.read_exact(&mut buffer)).await.unwrap().unwrap();
    assert_eq!(&buffer, b"HTTP/1.1 200");
    drop(second);
    running.stop().await;
}

#[tokio::test]
async fn a_body_that_stalls_gets_408_in_the_error_format() {
    let router = elasticpath_subscriptions_server::router_with_options(
        Sandbox::new(),
        RouterOptions::default().body_read_timeout(Duration::from_millis(200)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(elasticpath_subscriptions_server::serve(
        listener,
        router,
        ServeOptions::default(),
        std::future::pending(),
    ));
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"POST /v2/subscriptions/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"data\":")
        .await
        .unwrap();
    let answer = String::from_utf8(read_until_closed(&mut stream).await).unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("content-type: application/json"), "{answer}");
    let body: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    documented(StatusCode::REQUEST_TIMEOUT, &Some("application/json".into()), &body, 408);
    server.abort();
}

/// Timeouts too long for the clock (`Duration::MAX`, for "none") are taken
/// as about 30 years, not added to the clock's reading, which panicked.
#[tokio::test]
async fn timeouts_too_long_for_the_clock_are_no_timeout() {
    let router = elasticpath_subscriptions_server::router_with_options(
        Sandbox::new(),
        RouterOptions::default().body_read_timeout(Duration::MAX).request_timeout(Duration::MAX),
    );
    let request = Request::builder()
        .method("POST")
        .uri("/v2/subscriptions/jobs")
        .header("authorization", "Bearer t")
        .header("content-type", "application/json")
        .body(Body::from(r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#))
        .unwrap();
    let answer = tower::ServiceExt::oneshot(router, request).await.unwrap();
    assert_eq!(answer.status(), StatusCode::CREATED);
}

/// Past hyper's own limits hyper answers by itself, with the right status
/// and no body: hyper 1 has no hook for that body (see `serve`).
#[tokio::test]
async fn what_hyper_refuses_itself_gets_its_status() {
    let running = serve_sandbox(ServeOptions::default()).await;
    for (request, status) in [
        (b"GARBAGE\r\n\r\n".to_vec(), "400"),
        (b"POST /v2/subscriptions/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n".to_vec(), "400"),
        (format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(100 * 1024)).into_bytes(), "414"),
        (format!("GET / HTTP/1.1\r\nHost: x\r\n{}\r\n", "X-A: 1\r\n".repeat(150)).into_bytes(), "431"),
    ] {
        let mut stream = TcpStream::connect(running.address()).await.unwrap();
        let _ = stream.write_all(&request).await;
        let answer = String::from_utf8_lossy(&read_until_closed(&mut stream).await).into_owned();
        assert!(answer.starts_with(&format!("HTTP/1.1 {status}")), "{answer}");
    }
    running.stop().await;
}

/// Sleeps in every operation, longer than the request timeout.
struct Slow;

macro_rules! slow {
    () => {{
        tokio::time::sleep(Duration::from_secs(30)).await;
        unreachable!("the request timeout fires first")
    }};
}

impl elasticpath_subscriptions_server::SubscriptionsApi for Slow {
    async fn list_jobs(
        &self,
        _: RequestContext,
        _: elasticpath_subscriptions_server::ListJobsQuery,
        _: elasticpath_subscriptions_server::ListJobsRequestHeaders,
    ) -> elasticpath_subscriptions_server::ListJobsResponse {
        slow!()
    }
    async fn create_job(
        &self,
        _: RequestContext,
        _: types::JobCreateRequest,
    ) -> elasticpath_subscriptions_server::CreateJobResponse {
        slow!()
    }
    async fn get_job(&self, _: RequestContext, _: uuid::Uuid) -> elasticpath_subscriptions_server::GetJobResponse {
        slow!()
    }
    async fn delete_job(
        &self,
        _: RequestContext,
        _: uuid::Uuid,
    ) -> elasticpath_subscriptions_server::DeleteJobResponse {
        slow!()
    }
    async fn list_schedules(
        &self,
        _: RequestContext,
        _: elasticpath_subscriptions_server::ListSchedulesQuery,
        _: elasticpath_subscriptions_server::ListSchedulesRequestHeaders,
    ) -> elasticpath_subscriptions_server::ListSchedulesResponse {
        slow!()
    }
    async fn create_schedule(
        &self,
        _: RequestContext,
        _: types::ScheduleCreateRequest,
    ) -> elasticpath_subscriptions_server::CreateScheduleResponse {
        slow!()
    }
    async fn get_schedule(
        &self,
        _: RequestContext,
        _: uuid::Uuid,
    ) -> elasticpath_subscriptions_server::GetScheduleResponse {
        slow!()
    }
    async fn update_schedule(
        &self,
        _: RequestContext,
        _: uuid::Uuid,
        _: types::ScheduleUpdateRequest,
    ) -> elasticpath_subscriptions_server::UpdateScheduleResponse {
        slow!()
    }
    async fn delete_schedule(
        &self,
        _: RequestContext,
        _: uuid::Uuid,
    ) -> elasticpath_subscriptions_server::DeleteScheduleResponse {
        slow!()
    }
}

#[tokio::test]
async fn a_request_that_takes_too_long_gets_500_in_the_error_format() {
    let router = elasticpath_subscriptions_server::router_with_options(
        Slow,
        RouterOptions::default().request_timeout(Duration::from_millis(100)),
    );
    let request = Request::builder().uri(JOBS).header("authorization", "Bearer t").body(Body::empty()).unwrap();
    let (status, content_type, _, value) = send(router, request).await;
    let details = documented(status, &content_type, &value, 500);
    assert_eq!(details, ["the request was not answered in time"]);
}

// ---- consistent data under concurrency --------------------------------------

fn create_body(external_ref: String) -> types::JobCreateRequest {
    types::JobCreateRequest {
        data: types::JobCreate {
            type_: types::SubscriptionJobType::SubscriptionJob,
            attributes: types::JobCreateAttributes {
                external_ref: Some(external_ref.parse().unwrap()),
                job_type: types::JobTypeAttributes::PaymentRun,
            },
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_order_is_created_at_order_and_timestamps_have_six_digits() {
    let running = elasticpath_subscriptions_sandbox::spawn(Sandbox::new()).await.unwrap();
    let client = Client::with_bearer_token(running.base_url(), "t").unwrap();
    futures_util::stream::iter(0..300)
        .map(|i| {
            let client = client.clone();
            async move { client.create_job().body(create_body(format!("c-{i}"))).send().await.unwrap() }
        })
        .buffer_unordered(64)
        .collect::<Vec<_>>()
        .await;
    let text = subscriptions_tests::http()
        .get(format!("{}/subscriptions/jobs?page[limit]=100", running.base_url()))
        .bearer_auth("t")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // Every timestamp on the wire has exactly six fractional digits.
    let value: Value = serde_json::from_str(&text).unwrap();
    for job in value["data"].as_array().unwrap() {
        for at in [&job["attributes"]["created_at"], &job["meta"]["timestamps"]["updated_at"]] {
            let at = at.as_str().unwrap();
            let fraction = at.split('.').nth(1).unwrap_or_default();
            assert_eq!(fraction.len(), "123456Z".len(), "{at}");
        }
    }
    let jobs: Vec<types::Job> = client.list_all_jobs(ListFilter::all()).try_collect().await.unwrap();
    assert_eq!(jobs.len(), 300);
    assert!(jobs.windows(2).all(|pair| pair[0].attributes.created_at <= pair[1].attributes.created_at));
    running.stop().await;
}

/// Offset paging, as the API pages: with no deletion during a walk, every
/// job present when it started comes back exactly once, and jobs created
/// meanwhile come at the end; a deletion behind the walk's position shifts
/// the rest back by one, so one job is skipped (never repeated).
#[tokio::test]
async fn what_a_page_walk_guarantees_while_others_change_the_list() {
    let sandbox = Sandbox::new();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let client = Client::with_bearer_token(running.base_url(), "t").unwrap();
    let mut ids = Vec::new();
    for i in 0..50 {
        ids.push(client.create_job().body(create_body(format!("w-{i}"))).send().await.unwrap().into_inner().data.id);
    }

    // Creates during the walk: nothing is lost or repeated.
    let mut walk = client.list_all_jobs(ListFilter::all().page_limit(10));
    let mut seen = Vec::new();
    while let Some(job) = walk.try_next().await.unwrap() {
        seen.push(job.id);
        if seen.len() == 15 {
            client.create_job().body(create_body("late".to_owned())).send().await.unwrap();
        }
    }
    assert_eq!(seen.len(), 51);
    assert_eq!(&seen[..50], &ids[..]);

    // A deletion behind the walk: the job that moves into the gap is skipped.
    let mut walk = client.list_all_jobs(ListFilter::all().page_limit(10));
    let mut seen = Vec::new();
    while let Some(job) = walk.try_next().await.unwrap() {
        seen.push(job.id);
        if seen.len() == 10 {
            client.delete_job().job_uuid(ids[3]).send().await.unwrap();
        }
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "no job comes twice");
    assert_eq!(seen.len(), 50, "51 jobs, less the one skipped (the deleted one was already seen)");
    assert!(seen.contains(&ids[3]), "seen before it was deleted");
    assert!(!seen.contains(&ids[10]), "ids[10] moved to offset 9 after the deletion, behind the walk");
    running.stop().await;
}

/// Every date-time is written as chrono's `to_rfc3339_opts` writes it (six
/// fractional digits, nine for nanoseconds, `Z`), though the generated
/// serializer writes it in place: for times across the years it can hold
/// (four-digit years by hand; others, and leap seconds, by chrono), in a
/// required field and an optional one.
#[test]
fn date_times_are_written_as_chrono_writes_them() {
    use chrono::{DateTime, SecondsFormat, TimeZone, Timelike, Utc};
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (earliest, latest) =
        (Utc.with_ymd_and_hms(-300, 1, 1, 0, 0, 0).unwrap(), Utc.with_ymd_and_hms(10_300, 12, 31, 23, 59, 59).unwrap());
    let span = (latest.timestamp() - earliest.timestamp()) as u64;
    let mut times: Vec<DateTime<Utc>> = vec![
        Utc.with_ymd_and_hms(0, 1, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap(),
        Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(-1, 12, 31, 23, 59, 59).unwrap(),
        // A leap second (chrono's nanoseconds past a billion).
        Utc.with_ymd_and_hms(2016, 12, 31, 23, 59, 59).unwrap().with_nanosecond(1_500_000_000).unwrap(),
        Utc.with_ymd_and_hms(2016, 12, 31, 23, 59, 59).unwrap().with_nanosecond(1_000_000_007).unwrap(),
    ];
    for i in 0..20_000u64 {
        let seconds = earliest.timestamp() + (next() % span) as i64;
        let nanos = match i % 3 {
            0 => 0,
            1 => (next() % 1_000_000) as u32 * 1_000,
            _ => (next() % 1_000_000_000) as u32,
        };
        times.push(DateTime::from_timestamp(seconds, nanos).unwrap());
    }
    for at in times {
        let digits = if at.nanosecond() % 1_000 == 0 { SecondsFormat::Micros } else { SecondsFormat::Nanos };
        let expected = at.to_rfc3339_opts(digits, true);
        let mut timestamps = types::JobTimestamps::new(at, at);
        timestamps.finished_at = Some(at);
        let written = serde_json::to_value(&timestamps).unwrap();
        for field in ["created_at", "finished_at"] {
            assert_eq!(written[field], expected.as_str(), "{field} of {at:?}");
        }
    }
}
