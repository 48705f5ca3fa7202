//! One GetJob call through the generated client against the same call with
//! raw reqwest (same server, same JSON type), over 127.0.0.1.

use criterion::{Criterion, criterion_group, criterion_main};
use elasticpath_subscriptions_client::Client;
use elasticpath_subscriptions_sandbox::Sandbox;
use elasticpath_subscriptions_types as types;

fn client(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let (running, id) = runtime.block_on(async {
        let running = elasticpath_subscriptions_sandbox::spawn(Sandbox::new()).await.unwrap();
        let client = Client::with_bearer_token(running.base_url(), "bench").unwrap();
        let body = types::JobCreateRequest {
            data: types::JobCreate {
                type_: types::SubscriptionJobType::SubscriptionJob,
                attributes: types::JobCreateAttributes {
                    external_ref: None,
                    job_type: types::JobTypeAttributes::BillingRun(Default::default()),
                },
            },
        };
        let id = client.create_job().body(body).send().await.unwrap().into_inner().data.id;
        (running, id)
    });
    let generated = Client::with_bearer_token(running.base_url(), "bench").unwrap();
    let raw = subscriptions_bench::http().build().expect("a client");
    let url = format!("{}/subscriptions/jobs/{id}", running.base_url());

    let mut g = c.benchmark_group("client/get_job");
    g.bench_function("generated", |b| {
        b.to_async(&runtime).iter(|| async { generated.get_job().job_uuid(id).send().await.unwrap().into_inner() })
    });
    g.bench_function("reqwest", |b| {
        b.to_async(&runtime).iter(|| async {
            raw.get(&url)
                .bearer_auth("bench")
                .header("accept", "application/json")
                .send()
                .await
                .unwrap()
                .error_for_status()
                .unwrap()
                .json::<types::JobResponse>()
                .await
                .unwrap()
        })
    });
    g.finish();
    runtime.block_on(running.stop());
}

criterion_group!(benches, client);
criterion_main!(benches);
