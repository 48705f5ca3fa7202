//! The client's tracing, in a test binary of its own: tracing caches which
//! spans are wanted per process, and other tests running without a
//! subscriber would race with this one.

use std::sync::{Arc, Mutex};

use elasticpath_subscriptions_client::Client;
use elasticpath_subscriptions_sandbox::{Clock, Fault, Sandbox};

#[path = "elsewhere.rs"]
mod elsewhere;

/// One span per call, with what it did; no token anywhere.
#[tokio::test(start_paused = true)]
async fn each_call_has_a_span_with_what_it_did() {
    use tracing_subscriber::layer::SubscriberExt;

    let sandbox = Sandbox::new().with_clock(Clock::fixed("2026-03-28T12:00:00Z".parse().unwrap()));
    let remote = elsewhere::elsewhere(sandbox.clone());
    let spans = Arc::new(Mutex::new(Vec::<String>::new()));
    let subscriber = tracing_subscriber::registry().with(Recorder(spans.clone()));
    let _guard = tracing::subscriber::set_default(subscriber);
    sandbox.inject(Fault::rate_limited(1).on("GetJob")).unwrap();
    let client = Client::builder(&remote.base_url)
        .bearer_token("s3cr3t-token")
        .timeout(None)
        .connect_timeout(None)
        .http(|builder| builder.pool_idle_timeout(None))
        .build()
        .unwrap();
    client.get_job().job_uuid(uuid::Uuid::nil()).send().await.unwrap_err();
    let recorded = spans.lock().unwrap().join("\n");
    assert!(recorded.contains("operation=GetJob"), "{recorded}");
    assert!(recorded.contains("path=/subscriptions/jobs/{job_uuid}"), "{recorded}");
    assert!(recorded.contains("method=GET"), "{recorded}");
    assert!(recorded.contains("status=404") && recorded.contains("attempts=2"), "{recorded}");
    assert!(recorded.contains("wait_ms=1000 reason=429"), "the retry, and why: {recorded}");
    assert!(recorded.contains("elapsed_ms=1000"), "one second waited, on the paused clock: {recorded}");
    assert!(!recorded.contains("s3cr3t"), "{recorded}");
}

/// Records every span's fields and every event, as `name=value` text.
struct Recorder(Arc<Mutex<Vec<String>>>);

struct Fields(String);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value).replace('"', ""));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Recorder {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut fields = Fields(attrs.metadata().name().to_owned());
        attrs.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }

    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut fields = Fields("record".to_owned());
        values.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let mut fields = Fields("event".to_owned());
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
}
