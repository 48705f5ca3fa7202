//! The hand-written client additions against a small local server: bearer
//! token construction, the headers actually sent, and the page-walking
//! streams with their filter.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use elasticpath_subscriptions_client::{BuildError, Client, ClientInfo, ListFilter, types};
use futures_util::TryStreamExt;
use serde_json::json;

/// What the fake server saw, and what it serves.
#[derive(Default)]
struct Seen {
    queries: Vec<HashMap<String, String>>,
    headers: Vec<HeaderMap>,
}

struct Fake {
    total: usize,
    /// Serve full pages forever, whatever the offset.
    endless: bool,
    /// Answer every request with this status and an error body.
    fail_with: Option<StatusCode>,
    seen: Mutex<Seen>,
}

fn job(index: usize) -> serde_json::Value {
    json!({
        "id": uuid::Uuid::from_u128(index as u128 + 1),
        "type": "subscription_job",
        "attributes": {
            "job_type": "billing-run",
            "external_ref": format!("job-{index}"),
            "status": "pending",
            "created_at": "2026-11-21T00:00:00Z",
            "updated_at": "2026-11-21T00:00:00Z"
        },
        "meta": {
            "owner": "store",
            "timestamps": { "created_at": "2026-11-21T00:00:00Z", "updated_at": "2026-11-21T00:00:00Z" }
        }
    })
}

async fn list_jobs(
    State(fake): State<Arc<Fake>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    fake.seen.lock().unwrap().queries.push(query.clone());
    fake.seen.lock().unwrap().headers.push(headers);
    if let Some(status) = fake.fail_with {
        let body = json!({ "errors": [{ "status": status.as_str(), "title": "Validation Error", "detail": "page[limit]: too large" }] });
        return (status, axum::Json(body)).into_response();
    }
    let offset: usize = query.get("page[offset]").and_then(|v| v.parse().ok()).unwrap_or(0);
    let limit: usize = query.get("page[limit]").and_then(|v| v.parse().ok()).unwrap_or(25);
    let wanted = query.get("filter").cloned();
    let data: Vec<_> = if fake.endless {
        (offset..offset + limit).map(job).collect()
    } else {
        (0..fake.total)
            .filter(|i| wanted.as_ref().is_none_or(|f| f == &format!("eq(external_ref,job-{i})")))
            .skip(offset)
            .take(limit)
            .map(job)
            .collect()
    };
    axum::Json(json!({ "data": data, "links": {} })).into_response()
}

/// Starts the fake on 127.0.0.1; the server task ends with the runtime.
async fn serve(fake: Fake) -> (String, Arc<Fake>) {
    let fake = Arc::new(fake);
    let app = axum::Router::new().route("/v2/subscriptions/jobs", get(list_jobs)).with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{address}/v2"), fake)
}

fn fake(total: usize) -> Fake {
    Fake { total, endless: false, fail_with: None, seen: Mutex::new(Seen::default()) }
}

fn offsets(fake: &Fake) -> Vec<(String, String)> {
    fake.seen.lock().unwrap().queries.iter().map(|q| (q["page[offset]"].clone(), q["page[limit]"].clone())).collect()
}

#[tokio::test]
async fn list_all_jobs_walks_every_page_once() {
    let (url, fake) = serve(fake(250)).await;
    let client = Client::with_bearer_token(&url, "secret").unwrap();
    let jobs: Vec<types::Job> = client.list_all_jobs(ListFilter::all()).try_collect().await.unwrap();
    assert_eq!(jobs.len(), 250);
    let refs: Vec<String> = jobs.iter().map(|j| j.attributes.external_ref.as_deref().unwrap().to_string()).collect();
    assert_eq!(refs, (0..250).map(|i| format!("job-{i}")).collect::<Vec<_>>(), "each job once, in order");
    assert_eq!(
        offsets(&fake),
        vec![("0".into(), "100".into()), ("100".into(), "100".into()), ("200".into(), "100".into())],
        "the third page is short, so the walk stops there"
    );
}

#[tokio::test]
async fn an_exactly_full_last_page_costs_one_empty_request() {
    let (url, fake) = serve(fake(50)).await;
    let client = Client::with_bearer_token(&url, "secret").unwrap();
    let jobs: Vec<types::Job> = client.list_all_jobs(ListFilter::all().page_limit(25)).try_collect().await.unwrap();
    assert_eq!(jobs.len(), 50);
    assert_eq!(offsets(&fake).len(), 3);
}

#[tokio::test]
async fn the_filter_is_sent_on_every_page() {
    let (url, fake) = serve(fake(30)).await;
    let client = Client::with_bearer_token(&url, "secret").unwrap();
    let jobs: Vec<types::Job> =
        client.list_all_jobs(ListFilter::all().raw_filter("eq(external_ref,job-7)")).try_collect().await.unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].attributes.external_ref.as_deref().map(|r| r.as_str()), Some("job-7"));
    let seen = fake.seen.lock().unwrap();
    assert!(seen.queries.iter().all(|q| q.get("filter").map(String::as_str) == Some("eq(external_ref,job-7)")));
}

#[tokio::test]
async fn requests_carry_the_bearer_token_and_no_api_version_header() {
    let (url, fake) = serve(fake(1)).await;
    let client = Client::with_bearer_token(&format!("{url}/"), "secret").unwrap();
    client.list_jobs().send().await.unwrap();
    let seen = fake.seen.lock().unwrap();
    let headers = &seen.headers[0];
    assert_eq!(headers["authorization"], "Bearer secret");
    assert_eq!(headers["accept"], "application/json");
    assert!(headers.get("api-version").is_none(), "progenitor's api-version header is not sent");
    assert!(headers["user-agent"].to_str().unwrap().starts_with("elasticpath-subscriptions-client/"));
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_typed_error() {
    let mut failing = fake(10);
    failing.fail_with = Some(StatusCode::BAD_REQUEST);
    let (url, _fake) = serve(failing).await;
    let client = Client::with_bearer_token(&url, "secret").unwrap();
    let error = client.list_all_jobs(ListFilter::all()).try_collect::<Vec<_>>().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(error.api_errors()[0].title, "Validation Error");
    assert_eq!(error.operation(), "ListJobs");
}

#[tokio::test]
async fn a_walk_past_the_offset_limit_ends_with_an_error() {
    let mut endless = fake(0);
    endless.endless = true;
    let (url, fake) = serve(endless).await;
    let client = Client::with_bearer_token(&url, "secret").unwrap();
    let mut stream = client.list_all_jobs(ListFilter::all());
    let mut count = 0;
    let error = loop {
        match stream.try_next().await {
            Ok(Some(_)) => count += 1,
            Ok(None) => panic!("an endless list cannot end"),
            Err(error) => break error,
        }
    };
    assert_eq!(count, 10_100, "offsets 0 to 10,000 inclusive, 100 each");
    assert!(error.status().is_none() && error.to_string().contains("10000"), "{error}");
    assert_eq!(offsets(&fake).len(), 101);
}

#[test]
fn bad_construction_inputs_are_refused() {
    assert!(matches!(Client::with_bearer_token("euwest.api.elasticpath.com", "t"), Err(BuildError::InvalidBaseUrl(_))));
    assert!(matches!(Client::with_bearer_token("https://", "t"), Err(BuildError::InvalidBaseUrl(_))));
    assert!(matches!(
        Client::with_bearer_token(elasticpath_subscriptions_client::EU_WEST, "line\nbreak"),
        Err(BuildError::InvalidToken)
    ));
    let client = Client::with_bearer_token(elasticpath_subscriptions_client::EU_WEST, "t").unwrap();
    assert_eq!(client.baseurl(), "https://euwest.api.elasticpath.com/v2");
    assert!(!format!("{client:?}").contains("Bearer t"), "the token is not in Debug output");
}

#[tokio::test]
async fn a_user_agent_of_yours_is_kept_and_yours_headers_are_added() {
    #[derive(Debug)]
    struct Tenant;
    impl elasticpath_subscriptions_client::Interceptor for Tenant {
        fn before(&self, request: &mut reqwest::Request, call: &elasticpath_subscriptions_client::Call) {
            request.headers_mut().insert("x-operation", call.operation.parse().unwrap());
        }
    }
    let (url, fake) = serve(fake(1)).await;
    let client = Client::builder(&url)
        .bearer_token("secret")
        .http(|builder| builder.user_agent("billing-service/3.1"))
        .interceptor(Tenant)
        .build()
        .unwrap();
    client.list_jobs().send().await.unwrap();
    let seen = fake.seen.lock().unwrap();
    assert_eq!(seen.headers[0]["user-agent"], "billing-service/3.1");
    assert_eq!(seen.headers[0]["x-operation"], "ListJobs");
    assert_eq!(seen.headers[0]["authorization"], "Bearer secret");
}
