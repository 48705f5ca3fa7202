//! What answering a bad request costs against serving a good one, through
//! the generated router and the sandbox, in process.

use axum::body::Body;
use axum::http::Request;
use criterion::{Criterion, criterion_group, criterion_main};
use subscriptions_sandbox::Sandbox;
use tower::ServiceExt;

fn request(method: &str, uri: &str, body: Option<&'static str>) -> Request<Body> {
    let builder = Request::builder().method(method).uri(uri).header("authorization", "Bearer bench");
    match body {
        Some(body) => builder.header("content-type", "application/json").body(Body::from(body)).unwrap(),
        None => builder.body(Body::empty()).unwrap(),
    }
}

async fn status(router: &axum::Router, request: Request<Body>) -> u16 {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    status
}

const GOOD: &str = r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#;
const BAD: &str = r#"{"data":{"type":"subscription_job","attributes":{"job_type":"coffee-run","external_ref":7}}}"#;

fn rejection(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let router = Sandbox::new().router();
    let id = runtime.block_on(async {
        let response = router.clone().oneshot(request("POST", "/v2/subscriptions/jobs", Some(GOOD))).await.unwrap();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let job: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        job["data"]["id"].as_str().unwrap().to_owned()
    });
    let get = format!("/v2/subscriptions/jobs/{id}");

    let mut g = c.benchmark_group("rejection/create_job");
    g.bench_function("good_201", |b| {
        b.to_async(&runtime).iter(|| async {
            assert_eq!(status(&router, request("POST", "/v2/subscriptions/jobs", Some(GOOD))).await, 201)
        })
    });
    g.bench_function("bad_400", |b| {
        b.to_async(&runtime).iter(|| async {
            assert_eq!(status(&router, request("POST", "/v2/subscriptions/jobs", Some(BAD))).await, 400)
        })
    });
    g.finish();

    let mut g = c.benchmark_group("rejection/get_job");
    g.bench_function("good_200", |b| {
        b.to_async(&runtime).iter(|| async { assert_eq!(status(&router, request("GET", &get, None)).await, 200) })
    });
    g.bench_function("bad_400", |b| {
        b.to_async(&runtime).iter(|| async {
            assert_eq!(status(&router, request("GET", "/v2/subscriptions/jobs/not-a-uuid", None)).await, 400)
        })
    });
    g.finish();
}

criterion_group!(benches, rejection);
criterion_main!(benches);
