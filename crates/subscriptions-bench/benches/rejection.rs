//! What answering a bad request costs against serving a good one, through
//! the generated router and the sandbox, in process; and the most
//! expensive bad requests that can be built within the limits (the
//! `rejection/worst` group), against good CreateJobs of the smallest and
//! the largest size. Their answer sizes are written to
//! `target/criterion/rejection-worst-bytes.json` for `cargo xtask bench-report`.

use axum::body::Body;
use axum::http::Request;
use criterion::{Criterion, criterion_group, criterion_main};
use elasticpath_subscriptions_sandbox::{RunSettings, Sandbox};
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
    // Jobs start and finish at once, so what the sandbox keeps is finished
    // jobs, which it forgets oldest first: a long run of creates never fills
    // it (a sandbox full of pending jobs answers 409).
    let instant = RunSettings {
        start_after: std::time::Duration::ZERO,
        run_for: Default::default(),
        default_run_for: std::time::Duration::ZERO,
        at_once: Default::default(),
        ..RunSettings::default()
    };
    let router = Sandbox::new().with_run_settings(instant).router();

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

    // The job to read is made after the creates, which make the sandbox
    // forget its oldest jobs.
    let id = runtime.block_on(async {
        let response = router.clone().oneshot(request("POST", "/v2/subscriptions/jobs", Some(GOOD))).await.unwrap();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let job: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        job["data"]["id"].as_str().unwrap().to_owned()
    });
    let get = format!("/v2/subscriptions/jobs/{id}");
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

/// One adversarial (or reference) request: name, method, target, body,
/// expected status.
type Case = (&'static str, &'static str, String, Option<Vec<u8>>, u16);

fn job_body(attributes: &str) -> Vec<u8> {
    format!(r#"{{"data":{{"type":"subscription_job","attributes":{attributes}}}}}"#).into_bytes()
}

/// The candidates, each within the limits (256 KiB body, 32 KiB target, 8 KB
/// filter, 1,024-character cron): the shapes that make a validator, a
/// parser or the store work hardest, found by trying each stage's worst
/// input (many errors, the most values with errors just under the
/// listing threshold, the longest strings to count, the deepest nesting,
/// the most keys, a late duplicate key, the longest filter and cron).
fn cases() -> Vec<Case> {
    const MAX: usize = 256 * 1024; // the router's default body limit
    let fill = |item: &str, overhead: usize| vec![item; (MAX - overhead) / (item.len() + 1)].join(",");
    let valid_tax =
        r#"{"invoice_id":"11111111-2222-3333-4444-555555555555","tax_items":[{"type":"tax_item","rate":0.2}]}"#;
    let jobs = "/v2/subscriptions/jobs".to_owned();
    vec![
        ("good_small_201", "POST", jobs.clone(), Some(job_body(r#"{"job_type":"billing-run"}"#)), 201),
        ("good_largest_201", "POST", jobs.clone(), Some(job_body(&format!(r#"{{"job_type":"tax-run","taxes":[{}]}}"#, fill(valid_tax, 200)))), 201),
        ("bad_largest_of_empty_items", "POST", jobs.clone(), Some(job_body(&format!(r#"{{"job_type":"tax-run","taxes":[{}]}}"#, fill("{}", 200)))), 400),
        (
            "bad_2000_values_all_wrong",
            "POST",
            jobs.clone(),
            Some(job_body(&format!(r#"{{"job_type":"tax-run","taxes":[{}]}}"#, vec![r#"{"invoice_id":1,"tax_items":2}"#; 660].join(",")))),
            400,
        ),
        ("bad_largest_bad_uuids", "POST", jobs.clone(), Some(job_body(&format!(r#"{{"job_type":"tax-run","taxes":[{}]}}"#, fill(r#"{"invoice_id":"x","tax_items":[]}"#, 200)))), 400),
        ("bad_largest_string", "POST", jobs.clone(), Some(job_body(&format!(r#"{{"job_type":"billing-run","external_ref":"{}"}}"#, "é".repeat(MAX / 2 - 100)))), 400),
        ("bad_deep_nesting", "POST", jobs.clone(), Some(format!("{}{}", "[".repeat(MAX / 2), "]".repeat(MAX / 2)).into_bytes()), 400),
        ("bad_largest_of_keys", "POST", jobs.clone(), Some(job_body(&format!("{{{}}}", (0..15_000).map(|i| format!(r#""k{i:06}":0"#)).collect::<Vec<_>>().join(",")))), 400),
        ("bad_late_duplicate_key", "POST", jobs.clone(), Some(job_body(&format!(r#"{{"job_type":"tax-run","taxes":[{}],"job_type":"x"}}"#, fill(valid_tax, 300)))), 400),
        (
            "bad_8kb_filter",
            "GET",
            format!("{jobs}?filter={}", form_encode(&format!("in(external_ref,{},)", vec!["abcdefgh"; 900].join(",")))),
            None,
            400,
        ),
        ("bad_32kib_target", "GET", format!("{jobs}?x={}", "y".repeat(33 * 1024)), None, 414),
        (
            "bad_1024_char_cron",
            "POST",
            "/v2/subscriptions/schedules".to_owned(),
            Some(
                format!(
                    r#"{{"data":{{"type":"subscription_schedule","attributes":{{"specification":"{} 0 30 2 *","location":"Europe/London","job":{{"job_type":"billing-run"}}}}}}}}"#,
                    (0..60).map(|m| m.to_string()).collect::<Vec<_>>().join(",").repeat(6)[..1000].trim_end_matches(',')
                )
                .into_bytes(),
            ),
            400,
        ),
    ]
}

fn form_encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn build(method: &str, uri: &str, body: &Option<Vec<u8>>) -> Request<Body> {
    let builder = Request::builder().method(method).uri(uri).header("authorization", "Bearer bench");
    match body {
        Some(body) => builder.header("content-type", "application/json").body(Body::from(body.clone())).unwrap(),
        None => builder.body(Body::empty()).unwrap(),
    }
}

fn worst(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let cases = cases();
    // Each case once, outside the timing: its status, and its answer's size.
    let mut sizes = serde_json::Map::new();
    for (name, method, uri, body, expected) in &cases {
        let (status, bytes) = runtime.block_on(async {
            let response = Sandbox::new().router().oneshot(build(method, uri, body)).await.unwrap();
            let status = response.status().as_u16();
            (status, axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap().len())
        });
        assert_eq!(status, *expected, "{name}");
        let request_bytes = uri.len() + body.as_ref().map_or(0, Vec::len);
        sizes.insert(
            name.to_string(),
            serde_json::json!({ "status": status, "response_bytes": bytes, "request_bytes": request_bytes }),
        );
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map(std::path::PathBuf::from).unwrap_or_else(|| "../../target".into());
    let dir = target.join("criterion");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("rejection-worst-bytes.json"), serde_json::Value::Object(sizes).to_string()).unwrap();

    let mut g = c.benchmark_group("rejection/worst");
    g.sample_size(20);
    for (name, method, uri, body, expected) in &cases {
        // A fresh sandbox per request, made outside the timing, so that the
        // good cases do not fill one store.
        g.bench_function(*name, |b| {
            b.to_async(&runtime).iter_batched(
                || (Sandbox::new().router(), build(method, uri, body)),
                |(router, request)| async move {
                    let response = router.oneshot(request).await.unwrap();
                    assert_eq!(response.status().as_u16(), *expected);
                    axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
                },
                criterion::BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, rejection, worst);
criterion_main!(benches);
