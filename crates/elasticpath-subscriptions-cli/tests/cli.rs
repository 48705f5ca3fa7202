//! `ep-subscriptions`, end to end: the binary run as a process against a
//! sandbox on a free port of 127.0.0.1, with short job durations.

use std::time::Duration;

use elasticpath_subscriptions_sandbox::types::{self, JobType};
use elasticpath_subscriptions_sandbox::{Clock, Fault, JobFixture, Outcome, RunSettings, Sandbox, ScheduleFixture};

const EP: &str = env!("CARGO_BIN_EXE_ep-subscriptions");

/// A sandbox on the system clock whose jobs start at once and run a second
/// (payment runs: no time at all).
fn quick() -> Sandbox {
    let mut settings = RunSettings { start_after: Duration::ZERO, ..RunSettings::default() };
    settings.run_for.clear();
    settings.default_run_for = Duration::from_secs(1);
    // A billing run takes a second, so a wait sees it pending and polls
    // again (five seconds on); a payment run ends at once, and a wait for
    // it ends at its first poll.
    settings.run_for.insert(JobType::PaymentRun, Duration::ZERO);
    Sandbox::new().with_run_settings(settings)
}

/// What a run of the command printed, and its exit code.
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn ep(args: &[&str]) -> Ran {
    let output = tokio::time::timeout(
        Duration::from_secs(60),
        tokio::process::Command::new(EP)
            .args(args)
            .env_remove("EP_BASE_URL")
            .env_remove("EP_CLIENT_ID")
            .env_remove("EP_CLIENT_SECRET")
            .env_remove("EP_TOKEN")
            .kill_on_drop(true)
            .output(),
    )
    .await
    .expect("the command ends within a minute")
    .expect("the command runs");
    Ran {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn origin(running: &elasticpath_subscriptions_sandbox::Running) -> String {
    format!("http://{}", running.address())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_create_wait_prints_the_finished_job_and_exits_as_it_ended() {
    let sandbox = quick();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let at = origin(&running);

    let done = ep(&["--sandbox", &at, "jobs", "create", "billing-run", "--wait"]).await;
    assert_eq!(done.code, 0, "{}{}", done.stdout, done.stderr);
    assert!(done.stdout.contains("status        success"), "{}", done.stdout);
    assert!(done.stdout.contains("report        {\"invoice_failures\":0"), "{}", done.stdout);
    assert!(done.stderr.is_empty(), "progress only on a terminal: {}", done.stderr);

    sandbox.plan_outcome(JobType::PaymentRun, Outcome::Failed);
    let failed = ep(&["--sandbox", &at, "-o", "json", "jobs", "create", "payment-run", "--wait"]).await;
    assert_eq!(failed.code, 4, "{}{}", failed.stdout, failed.stderr);
    let document: serde_json::Value = serde_json::from_str(&failed.stdout).unwrap();
    assert_eq!(document["data"]["attributes"]["status"], "failed");
    assert!(document["data"]["meta"]["report"].is_object());
    assert!(failed.stderr.starts_with("error: job ") && failed.stderr.lines().count() == 1, "{}", failed.stderr);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wait_that_runs_out_exits_with_its_code() {
    let sandbox = Sandbox::new().with_clock(Clock::fixed("2026-03-28T12:00:00Z".parse().unwrap()));
    let job = sandbox.seed_job(JobFixture::billing_run());
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox).await.unwrap();
    let waited = ep(&["--sandbox", &origin(&running), "jobs", "wait", &job.id.to_string(), "--timeout", "2s"]).await;
    assert_eq!(waited.code, 5, "{}{}", waited.stdout, waited.stderr);
    assert!(waited.stderr.starts_with("error: the job was not done after 2."), "{}", waited.stderr);
    assert!(waited.stderr.contains("was last pending"), "{}", waited.stderr);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jsonl_streams_one_valid_line_per_job_through_a_429_storm() {
    let sandbox = quick();
    for n in 0..250 {
        sandbox.seed_job(JobFixture::billing_run().succeeded().external_ref(&format!("nightly-{n}")));
    }
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    // Six 429s in a row, more than a client's default four attempts.
    sandbox.inject(Fault::rate_limited(1).on("ListJobs").times(6)).unwrap();
    let listed = ep(&["--sandbox", &origin(&running), "-o", "jsonl", "jobs", "list", "--all"]).await;
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let lines: Vec<serde_json::Value> =
        listed.stdout.lines().map(|line| serde_json::from_str(line).expect("a JSON record")).collect();
    assert_eq!(lines.len(), 250);
    assert!(lines.iter().all(|job| job["type"] == "subscription_job"));
    assert_eq!(sandbox.journal().iter().filter(|e| e.status == Some(429)).count(), 6);

    // A typed filter, and CSV.
    let some = ep(&[
        "--sandbox",
        &origin(&running),
        "-o",
        "csv",
        "jobs",
        "list",
        "--external-ref",
        "nightly-7",
        "--external-ref",
        "nightly-9",
    ])
    .await;
    assert_eq!(some.code, 0, "{}", some.stderr);
    let rows: Vec<&str> = some.stdout.lines().collect();
    assert_eq!(rows[0], "id,job_type,status,external_ref,created_at,started_at,finished_at");
    assert_eq!(rows.len(), 3, "{}", some.stdout);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_one_line_with_their_exit_code() {
    let running = elasticpath_subscriptions_sandbox::spawn(quick()).await.unwrap();
    let missing = ep(&["--sandbox", &origin(&running), "jobs", "get", "00000000-0000-0000-0000-000000000000"]).await;
    assert_eq!(missing.code, 3);
    assert_eq!(
        missing.stderr,
        "error: GetJob failed: 404 Not Found: No job found with id 00000000-0000-0000-0000-000000000000\n"
    );
    let nowhere = ep(&["jobs", "list"]).await;
    assert_eq!(nowhere.code, 2);
    assert!(nowhere.stderr.starts_with("error: no API given"), "{}", nowhere.stderr);
    let no_credentials = ep(&["--base-url", &format!("{}/v2", origin(&running)), "jobs", "list"]).await;
    assert_eq!(no_credentials.code, 2);
    let bad_type = ep(&["--sandbox", &origin(&running), "jobs", "create", "biling-run"]).await;
    assert_eq!(bad_type.code, 2);
    assert!(bad_type.stderr.contains("billing-run"), "the possible values: {}", bad_type.stderr);
    running.stop().await;
}

/// The preview prints three instants across the change to summer time,
/// and they are the sandbox's: its `scheduled_for`, then the jobs it makes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schedules_preview_agrees_with_the_sandbox_across_summer_time() {
    let preview = ep(&[
        "-o",
        "jsonl",
        "schedules",
        "preview",
        "30 0 * * *",
        "--zone",
        "Europe/London",
        "-n",
        "3",
        "--from",
        "2026-03-28T00:00:00Z",
    ])
    .await;
    assert_eq!(preview.code, 0, "{}", preview.stderr);
    let runs: Vec<String> = preview.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(runs, ["2026-03-28T00:30:00Z", "2026-03-29T00:30:00Z", "2026-03-29T23:30:00Z"]);

    let sandbox = Sandbox::new().with_clock(Clock::fixed("2026-03-28T00:00:00Z".parse().unwrap()));
    let schedule = sandbox.seed_schedule(ScheduleFixture::new(
        "30 0 * * *",
        "Europe/London",
        types::ScheduleJobType::NotificationRun,
    ));
    let at = |text: &str| text.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
    assert_eq!(schedule.meta.scheduled_for, Some(at(&runs[0])));
    sandbox.set_now(at(&runs[2]) + chrono::TimeDelta::seconds(1));
    let created: Vec<_> = sandbox.jobs().iter().map(|job| job.attributes.created_at).collect();
    assert_eq!(created, runs.iter().map(|r| at(r)).collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schedules_are_created_updated_previewed_and_deleted() {
    let running = elasticpath_subscriptions_sandbox::spawn(quick()).await.unwrap();
    let at = origin(&running);
    let created = ep(&[
        "--sandbox",
        &at,
        "-o",
        "json",
        "schedules",
        "create",
        "--cron",
        "0 2 * * *",
        "--zone",
        "UTC",
        "--job-type",
        "payment-run",
        "--name",
        "Nightly payments",
    ])
    .await;
    assert_eq!(created.code, 0, "{}", created.stderr);
    let document: serde_json::Value = serde_json::from_str(&created.stdout).unwrap();
    let id = document["data"]["id"].as_str().unwrap().to_owned();
    let previewed = ep(&[
        "--sandbox",
        &at,
        "-o",
        "jsonl",
        "schedules",
        "update",
        &id,
        "--cron",
        "0 3 * * *",
        "--preview",
        "-n",
        "2",
    ])
    .await;
    assert_eq!(previewed.code, 0, "{}", previewed.stderr);
    assert_eq!(previewed.stdout.lines().count(), 2);
    assert!(previewed.stdout.contains("T03:00:00Z"), "{}", previewed.stdout);
    let updated =
        ep(&["--sandbox", &at, "-o", "json", "schedules", "update", &id, "--clear-name", "--cron", "0 3 * * *"]).await;
    assert_eq!(updated.code, 0, "{}", updated.stderr);
    let document: serde_json::Value = serde_json::from_str(&updated.stdout).unwrap();
    assert!(document["data"]["attributes"].get("name").is_none());
    assert_eq!(document["data"]["attributes"]["specification"], "0 3 * * *");
    let deleted = ep(&["--sandbox", &at, "schedules", "delete", &id]).await;
    assert_eq!((deleted.code, deleted.stdout.as_str()), (0, format!("deleted schedule {id}\n").as_str()));
    running.stop().await;
}

#[tokio::test]
async fn help_is_as_documented() {
    let mut shown = String::new();
    for args in [&["--help"][..], &["jobs", "create", "--help"], &["schedules", "preview", "--help"]] {
        let ran = ep(args).await;
        assert_eq!(ran.code, 0);
        shown.push_str(&format!("$ ep-subscriptions {}\n{}\n", args.join(" "), ran.stdout));
    }
    expectorate::assert_contents("tests/snapshots/help.txt", &shown);
    let completions = ep(&["completions", "bash"]).await;
    assert!(completions.stdout.contains("ep-subscriptions"), "{}", completions.stdout);
}
