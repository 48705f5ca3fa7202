//! `clock-move ORIGIN PID JOB_TYPE`: the worst move of a sandbox's clock.
//!
//! Against the sandbox binary at `ORIGIN` (`http://127.0.0.1:PORT`, process
//! `PID`, freshly started on a fixed time), creates the most schedules the
//! sandbox holds, every one `* * * * *` of `JOB_TYPE` (`billing-run` or
//! `notification-run`), then moves the clock a day, then as far as it goes
//! (to 9999-12-31). While each move works, `GET /__sandbox/clock` is asked
//! every 10 ms. Prints one JSON line per move: its wall time, the slowest
//! answer to the clock while it worked, how many were asked, and the
//! process's peak memory (`VmHWM`) so far.

use std::time::{Duration, Instant};

use serde_json::json;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [origin, pid, job_type] = args.as_slice() else {
        eprintln!("usage: clock-move ORIGIN PID JOB_TYPE");
        std::process::exit(2);
    };
    let http = subscriptions_bench::http().timeout(Duration::from_secs(600)).build().expect("a client");
    let schedules = elasticpath_subscriptions_sandbox::MAX_SCHEDULES;
    create_schedules(&http, origin, job_type, schedules).await;
    let moves = [
        ("a day", "/__sandbox/clock/advance", json!({ "seconds": 86_400 })),
        ("to 9999-12-31", "/__sandbox/clock/set", json!({ "now": "9999-12-31T00:00:00Z" })),
    ];
    for (name, path, body) in moves {
        let polling = tokio::spawn(poll_clock(http.clone(), format!("{origin}/__sandbox/clock")));
        let started = Instant::now();
        let answer = http.post(format!("{origin}{path}")).json(&body).send().await.expect("the move is answered");
        let seconds = started.elapsed().as_secs_f64();
        assert!(answer.status().is_success(), "{name}: {}", answer.status());
        polling.abort();
        let _ = polling.await;
        let (slowest, asked) = POLLED.with_last();
        let line = json!({
            "job_type": job_type,
            "schedules": schedules,
            "move": name,
            "seconds": seconds,
            "slowest_clock_ms": slowest.as_secs_f64() * 1000.0,
            "clock_answers": asked,
            "peak_rss_mib": peak_rss_mib(pid),
        });
        println!("{line}");
    }
}

/// What the poller saw, kept where the aborted task can leave it.
struct Polled(std::sync::Mutex<(Duration, u64)>);

static POLLED: Polled = Polled(std::sync::Mutex::new((Duration::ZERO, 0)));

impl Polled {
    fn record(&self, took: Duration) {
        let mut seen = self.0.lock().expect("not poisoned");
        seen.0 = seen.0.max(took);
        seen.1 += 1;
    }

    /// The slowest answer and the count, and starts afresh.
    fn with_last(&self) -> (Duration, u64) {
        std::mem::take(&mut *self.0.lock().expect("not poisoned"))
    }
}

/// Asks the clock every 10 ms until aborted.
async fn poll_clock(http: reqwest::Client, url: String) {
    loop {
        let asked = Instant::now();
        let answered = http.get(&url).send().await.and_then(|r| r.error_for_status());
        assert!(answered.is_ok(), "the clock did not answer: {answered:?}");
        POLLED.record(asked.elapsed());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn create_schedules(http: &reqwest::Client, origin: &str, job_type: &str, count: usize) {
    let url = format!("{origin}/v2/subscriptions/schedules");
    let body = json!({ "data": { "type": "subscription_schedule", "attributes": {
        "specification": "* * * * *", "location": "UTC", "job": { "job_type": job_type } } } });
    let mut left = count;
    while left > 0 {
        let batch = left.min(32);
        let mut creates = tokio::task::JoinSet::new();
        for _ in 0..batch {
            creates.spawn(http.post(&url).bearer_auth("bench").json(&body).send());
        }
        while let Some(created) = creates.join_next().await {
            let created = created.expect("the task ran").expect("a create is answered");
            assert_eq!(created.status(), 201, "{:?}", created.text().await);
        }
        left -= batch;
    }
}

/// The process's peak resident memory so far, in MiB.
fn peak_rss_mib(pid: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    kib / 1024.0
}
