//! Each example program, run as a user runs it, against a sandbox started
//! with client credentials: what it prints, and what it did to the sandbox.

use std::time::Duration;

use elasticpath_subscriptions_sandbox::{Fault, JobFixture, Outcome, RunSettings, Sandbox};

/// A sandbox on the system clock whose jobs start at once and run a second.
fn quick() -> Sandbox {
    let mut settings = RunSettings { start_after: Duration::ZERO, ..RunSettings::default() };
    settings.run_for.clear();
    settings.default_run_for = Duration::from_secs(1);
    Sandbox::new().with_client_credentials("demo", "demo-secret").with_run_settings(settings)
}

/// Runs the example `program` with `args` against `base_url`: its
/// standard output, or a failure with what it printed.
async fn run(program: &str, base_url: &str, args: &[&str]) -> String {
    let output = tokio::time::timeout(
        Duration::from_secs(60),
        tokio::process::Command::new(program)
            .args(args)
            .env("EP_BASE_URL", base_url)
            .env("EP_CLIENT_ID", "demo")
            .env("EP_CLIENT_SECRET", "demo-secret")
            .kill_on_drop(true)
            .output(),
    )
    .await
    .expect("the example ends within a minute")
    .expect("the example runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{program}: {}\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn billing_run_prints_the_report_or_the_failure() {
    // Two sandboxes, one whose billing run fails, and the program run
    // against both at once: each wait sees its job pending, then polls again.
    let (succeeds, fails) = (quick(), quick());
    fails.plan_outcome(elasticpath_subscriptions_sandbox::types::JobType::BillingRun, Outcome::Failed);
    let (ok, failing) = (
        elasticpath_subscriptions_sandbox::spawn(succeeds.clone()).await.unwrap(),
        elasticpath_subscriptions_sandbox::spawn(fails.clone()).await.unwrap(),
    );
    let (finished, failed) = tokio::join!(
        run(env!("CARGO_BIN_EXE_billing-run"), ok.base_url(), &[]),
        run(env!("CARGO_BIN_EXE_billing-run"), failing.base_url(), &[]),
    );
    assert!(finished.contains("billing run finished: Some(BillingRunReport("), "{finished}");
    assert!(failed.contains("billing run failed: Some(BillingRunReport("), "{failed}");
    assert_eq!((succeeds.job_count(), fails.job_count()), (1, 1));
    ok.stop().await;
    failing.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn safe_create_starts_a_night_once() {
    let sandbox = quick();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let program = env!("CARGO_BIN_EXE_safe-create");
    assert!(run(program, running.base_url(), &["2026-12-01"]).await.ends_with("for 2026-12-01: started\n"));
    assert!(run(program, running.base_url(), &["2026-12-01"]).await.ends_with("for 2026-12-01: already started\n"));
    sandbox.inject(Fault::lose_answer().on("CreateJob")).unwrap();
    let printed = run(program, running.base_url(), &["2026-12-02"]).await;
    assert!(printed.contains("its answer was lost; found by its reference"), "{printed}");
    assert_eq!(sandbox.job_count(), 2, "one job a night");
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_jobs_lists_the_weeks_failures() {
    let sandbox = quick();
    for (night, failed) in [("2026-11-25", true), ("2026-11-30", false), ("2026-12-01", true), ("2026-12-02", false)] {
        let fixture = JobFixture::billing_run().external_ref(&format!("billing-run-{night}"));
        sandbox.seed_job(if failed { fixture.failed() } else { fixture.succeeded() });
    }
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let printed = run(env!("CARGO_BIN_EXE_failed-jobs"), running.base_url(), &["2026-12-02"]).await;
    // 2026-11-25 is eight nights back: outside the week.
    assert!(printed.contains("billing-run-2026-12-01 failed: Some(BillingRunReport("), "{printed}");
    assert!(!printed.contains("2026-11-25"), "{printed}");
    assert!(printed.ends_with("1 failed in the week to 2026-12-02\n"), "{printed}");
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schedule_previews_then_creates() {
    let sandbox = quick();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let printed = run(env!("CARGO_BIN_EXE_schedule"), running.base_url(), &[]).await;
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "would run at 2026-03-28 01:30:00 UTC",
            "would run at 2026-03-29 01:00:00 UTC",
            "would run at 2026-03-30 00:30:00 UTC",
        ]
    );
    assert!(lines[3].starts_with("created schedule "), "{printed}");
    assert_eq!(sandbox.schedule_count(), 1);
    running.stop().await;
}

/// The README's quickstart is the billing-run program, as it is.
#[test]
fn the_readme_quickstart_is_the_billing_run_program() {
    let readme = include_str!("../../README.md");
    let program = include_str!("../src/bin/billing-run.rs").trim();
    assert!(readme.contains(program), "README.md's quickstart differs from examples/src/bin/billing-run.rs");
    let quickstart = readme.split("## Quickstart").nth(1).unwrap().split("\n## ").next().unwrap();
    assert!(quickstart.lines().count() <= 40, "{} lines", quickstart.lines().count());
    let code = program.lines().filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//")).count();
    assert!(code <= 15, "{code} lines of code");
    assert!(["loop", "while ", "for "].iter().all(|word| !program.contains(word)), "no loop");
}
