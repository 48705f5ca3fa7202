//! Deserialize + serialize the documented Job response and schedule list:
//! the generated types against minimal hand-written serde structs.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use elasticpath_subscriptions_types as types;
use serde_json::Value;
use std::hint::black_box;
use subscriptions_bench::handwritten;

fn example(spec: &Value, name: &str) -> String {
    spec["components"]["examples"][name]["value"].to_string()
}

fn serde(c: &mut Criterion) {
    let spec: Value = serde_json::from_str(elasticpath_subscriptions_server::OPENAPI_JSON).unwrap();
    for (group, name) in [("serde/job_response", "JobBillingRunWithReport"), ("serde/schedule_list", "ScheduleList")] {
        let json = example(&spec, name);
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(json.len() as u64));
        if name == "ScheduleList" {
            g.bench_function("generated", |b| {
                b.iter(|| {
                    serde_json::to_string(
                        &serde_json::from_str::<types::ScheduleListResponse>(black_box(&json)).unwrap(),
                    )
                    .unwrap()
                })
            });
            g.bench_function("handwritten", |b| {
                b.iter(|| {
                    serde_json::to_string(
                        &serde_json::from_str::<handwritten::ScheduleListResponse>(black_box(&json)).unwrap(),
                    )
                    .unwrap()
                })
            });
        } else {
            g.bench_function("generated", |b| {
                b.iter(|| {
                    serde_json::to_string(&serde_json::from_str::<types::JobResponse>(black_box(&json)).unwrap())
                        .unwrap()
                })
            });
            g.bench_function("handwritten", |b| {
                b.iter(|| {
                    serde_json::to_string(&serde_json::from_str::<handwritten::JobResponse>(black_box(&json)).unwrap())
                        .unwrap()
                })
            });
        }
        g.finish();
    }
}

criterion_group!(benches, serde);
criterion_main!(benches);
