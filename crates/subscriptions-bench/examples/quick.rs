use axum::body::Body;
use axum::http::Request;
use std::time::Instant;
use tower::ServiceExt;

const GOOD: &str = r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#;

fn req(method: &str, uri: &str, body: Option<&'static str>) -> Request<Body> {
    let b = Request::builder().method(method).uri(uri).header("authorization", "Bearer bench");
    match body {
        Some(body) => b.header("content-type", "application/json").body(Body::from(body)).unwrap(),
        None => b.body(Body::empty()).unwrap(),
    }
}

async fn time(name: &str, router: &axum::Router, n: u32, make: impl Fn() -> Request<Body>, expect: u16) {
    let t = Instant::now();
    for _ in 0..n {
        let r = router.clone().oneshot(make()).await.unwrap();
        assert_eq!(r.status().as_u16(), expect);
        axum::body::to_bytes(r.into_body(), usize::MAX).await.unwrap();
    }
    println!("{name}: {:.2} us", t.elapsed().as_secs_f64() * 1e6 / n as f64);
}

fn main() {
    let only = std::env::var("ONLY").unwrap_or_default();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        for _ in 0..2 {
            for (name, router) in [("floor", subscriptions_bench::floor_router()), ("generated", subscriptions_bench::generated_router())] {
                if !only.is_empty() && !only.starts_with(name) { continue; }
                let r = router.clone().oneshot(req("POST", "/v2/subscriptions/jobs", Some(GOOD))).await.unwrap();
                let bytes = axum::body::to_bytes(r.into_body(), usize::MAX).await.unwrap();
                let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                let get = format!("/v2/subscriptions/jobs/{}", v["data"]["id"].as_str().unwrap());
                if !only.ends_with("create") { time(&format!("{name} get"), &router, 200_000, || req("GET", &get, None), 200).await; }
                if !only.ends_with("get") { time(&format!("{name} create"), &router, 100_000, || req("POST", "/v2/subscriptions/jobs", Some(GOOD)), 201).await; }
            }
        }
    });
}
