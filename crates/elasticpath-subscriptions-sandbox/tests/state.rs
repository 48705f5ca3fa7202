//! The sandbox's state as a file: seeded, exported, replaced, saved, and
//! stores that never see each other's records.

use std::time::Duration;

use elasticpath_subscriptions_client::Client;
use elasticpath_subscriptions_client::types::{JobCreateRequest, JobStatus, JobType};
use elasticpath_subscriptions_sandbox::state::FORMAT;
use elasticpath_subscriptions_sandbox::{Clock, JobFixture, Outcome, Sandbox, ScheduleFixture};
use serde_json::{Value, json};

const SANDBOX: &str = env!("CARGO_BIN_EXE_elasticpath-subscriptions-sandbox");

fn still() -> Sandbox {
    Sandbox::new().with_clock(Clock::fixed("2026-03-28T12:00:00Z".parse().unwrap()))
}

/// A sandbox holding a bit of everything: jobs in every status, schedules,
/// planned outcomes, the organization's records, two stores.
fn busy() -> Sandbox {
    let sandbox = still().with_client_credentials("team-a", "a-secret").with_client_credentials("team-b", "b-secret");
    let a = sandbox.store("team-a").unwrap();
    a.seed_job(JobFixture::billing_run().succeeded().external_ref("nightly-1"));
    a.seed_job(JobFixture::tax_run(2).failed());
    a.seed_job(JobFixture::payment_run().started());
    a.seed_job(JobFixture::notification_run());
    a.seed_schedule(ScheduleFixture::daily_billing_run().named("Nightly billing"));
    a.plan_outcome(JobType::TaxRun, Outcome::Failed);
    let b = sandbox.store("team-b").unwrap();
    b.seed_job(JobFixture::import().succeeded());
    sandbox.organization().seed_schedule(ScheduleFixture::daily_billing_run().owned_by_organization());
    sandbox
}

#[test]
fn an_export_loaded_again_exports_the_same() {
    let first = busy().export_state();
    assert_eq!(first.format, FORMAT);
    assert_eq!(first.stores["team-a"].jobs.len(), 4);
    let again = still().with_client_credentials("team-a", "x").with_client_credentials("team-b", "y");
    again.import_state(serde_json::to_value(&first).unwrap(), "the export").unwrap();
    assert_eq!(again.export_state(), first);
    // And as YAML.
    let yaml = serde_yaml::to_string(&first).unwrap();
    let third = still().with_client_credentials("team-a", "x").with_client_credentials("team-b", "y");
    third.import_state(elasticpath_subscriptions_sandbox::state::parse(&yaml, "yaml").unwrap(), "yaml").unwrap();
    assert_eq!(third.export_state(), first);
}

#[test]
fn a_bad_state_names_each_problem_and_loads_nothing() {
    let sandbox = busy();
    let before = sandbox.export_state();
    let mut document = serde_json::to_value(&before).unwrap();
    document["stores"]["team-a"]["jobs"][1]["attributes"]["status"] = json!("exploded");
    document["stores"]["team-b"]["jobs"][0]["id"] = json!("not-a-uuid");
    document["stores"]["team-a"]["schedules"][0]["attributes"]["specification"] = json!("61 * * * *");
    document["stores"]["nobody"] = json!({});
    let refused = sandbox.import_state(document, "seed.yaml").unwrap_err();
    let shown = refused.to_string();
    assert!(shown.contains("seed.yaml#/stores/team-a/jobs/1/attributes/status: \"exploded\""), "{shown}");
    assert!(shown.contains("seed.yaml#/stores/team-b/jobs/0/id: "), "{shown}");
    assert!(shown.contains("seed.yaml#/stores/team-a/schedules/0/attributes/specification: "), "{shown}");
    assert!(shown.contains("seed.yaml#/stores/nobody: this sandbox has no store `nobody`"), "{shown}");
    assert_eq!(sandbox.export_state(), before, "nothing was loaded");

    let newer = sandbox.import_state(json!({ "format": FORMAT + 1 }), "new.json").unwrap_err();
    assert!(newer.to_string().starts_with("new.json#/format: format 2 is newer than this sandbox reads"), "{newer}");
    let duplicate = json!({ "format": FORMAT, "jobs": [
        JobFixture::billing_run().external_ref("x").build(sandbox.now()),
        JobFixture::billing_run().external_ref("x").build(sandbox.now()),
    ]});
    let refused = sandbox.import_state(duplicate, "dup.json").unwrap_err();
    assert!(
        refused.to_string().contains("dup.json#/stores/team-a/jobs/1/attributes/external_ref: a second job"),
        "{refused}"
    );
    assert_eq!(sandbox.export_state(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_of_one_store_never_reads_anothers_records() {
    let sandbox = busy();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let client =
        |id: &str, secret: &str| Client::builder(running.base_url()).client_credentials(id, secret).build().unwrap();
    let (a, b) = (client("team-a", "a-secret"), client("team-b", "b-secret"));
    let mine = a.start_job(JobCreateRequest::billing_run().external_ref("only-a".parse().unwrap())).await.unwrap();
    let theirs = b.list_jobs().send().await.unwrap().into_inner().data;
    assert_eq!(theirs.len(), 1, "team-b sees its import only");
    assert!(b.get_job().job_uuid(mine.id).send().await.unwrap_err().is_not_found());
    assert!(b.delete_job().job_uuid(mine.id).send().await.unwrap_err().is_not_found());
    // The same reference is free in another store.
    b.start_job(JobCreateRequest::billing_run().external_ref("only-a".parse().unwrap())).await.unwrap();
    // The organization's schedule: both see it, neither changes it.
    let org = sandbox.organization().schedules()[0].id;
    for client in [&a, &b] {
        let listed = client.list_schedules().send().await.unwrap().into_inner().data;
        assert!(listed.iter().any(|s| s.id == org));
        assert_eq!(client.delete_schedule().schedule_uuid(org).send().await.unwrap_err().status().unwrap(), 403);
    }
    // The journal, by store.
    let http = reqwest::Client::new();
    let origin = format!("http://{}", running.address());
    let journal: Value =
        http.get(format!("{origin}/__sandbox/journal?store=team-b")).send().await.unwrap().json().await.unwrap();
    let entries = journal["requests"].as_array().unwrap();
    assert!(!entries.is_empty() && entries.iter().all(|e| e["store"] == "team-b"), "{journal}");
    let unknown = http.get(format!("{origin}/__sandbox/journal?store=nobody")).send().await.unwrap();
    assert_eq!(unknown.status(), 400);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_state_is_replaced_over_http_all_or_nothing() {
    let sandbox = busy();
    let running = elasticpath_subscriptions_sandbox::spawn(sandbox.clone()).await.unwrap();
    let http = reqwest::Client::new();
    let url = format!("http://{}/__sandbox/state", running.address());
    let exported: Value = http.get(&url).send().await.unwrap().json().await.unwrap();
    let mut bad = exported.clone();
    bad["stores"]["team-a"]["jobs"][0]["type"] = json!("subscription_schedule");
    let refused = http.put(&url).body(bad.to_string()).send().await.unwrap();
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.unwrap();
    assert!(body["errors"][0]["detail"].as_str().unwrap().starts_with("#/stores/team-a/jobs/0/type: "), "{body}");
    assert_eq!(http.get(&url).send().await.unwrap().json::<Value>().await.unwrap(), exported);
    let emptied = json!({ "format": FORMAT });
    assert_eq!(http.put(&url).body(emptied.to_string()).send().await.unwrap().status(), 204);
    assert_eq!(sandbox.job_count(), 0);
    running.stop().await;
}

/// Starts the sandbox binary with `args`; its API origin.
fn start(args: &[&str]) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(SANDBOX)
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .env_remove("EP_CLIENT_ID")
        .env_remove("EP_CLIENT_SECRET")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    let origin =
        first.split_whitespace().find(|w| w.starts_with("http://")).unwrap().trim_end_matches("/v2").to_owned();
    (child, origin)
}

fn stop(mut child: std::process::Child) -> std::process::ExitStatus {
    // SIGINT, as ctrl-c: the sandbox saves and stops.
    let _ = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    child.wait().unwrap()
}

#[test]
fn the_binary_seeds_from_a_file_and_its_export_seeds_the_same() {
    elasticpath_subscriptions_client::install_tls_provider();
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.yaml");
    std::fs::write(
        &seed,
        format!(
            "format: {FORMAT}\nschedules:\n  - {}\njobs:\n  - {}\noutcomes:\n  billing-run: [failed]\n",
            // Now, on the binary's system clock: nothing is due while the test runs.
            serde_json::to_string(&ScheduleFixture::daily_billing_run().build(chrono::Utc::now())).unwrap(),
            serde_json::to_string(&JobFixture::tax_run(1).succeeded().build(chrono::Utc::now())).unwrap(),
        ),
    )
    .unwrap();
    let (child, origin) = start(&["--seed", seed.to_str().unwrap()]);
    let export = reqwest::blocking::get(format!("{origin}/__sandbox/state")).unwrap().text().unwrap();
    assert!(stop(child).success());
    let exported: Value = serde_json::from_str(&export).unwrap();
    assert_eq!(exported["stores"]["default"]["jobs"].as_array().unwrap().len(), 1);
    assert_eq!(exported["stores"]["default"]["outcomes"]["billing-run"], json!(["failed"]));
    let again = dir.path().join("export.json");
    std::fs::write(&again, &export).unwrap();
    let (child, origin) = start(&["--seed", again.to_str().unwrap()]);
    let second = reqwest::blocking::get(format!("{origin}/__sandbox/state")).unwrap().text().unwrap();
    assert!(stop(child).success());
    assert_eq!(second, export);

    // A bad seed: the file, the pointer, the reason; the sandbox does not start.
    std::fs::write(&seed, format!("format: {FORMAT}\njobs:\n  - {{}}\n")).unwrap();
    let output = std::process::Command::new(SANDBOX)
        .args(["--listen", "127.0.0.1:0", "--seed", seed.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&format!("{}#/stores/default/jobs/0: ", seed.display())), "{stderr}");
}

/// Kill -9 while the sandbox saves, forty times: the state file is always
/// whole, and the next start loads it. Each round lives 20 to 120 ms and
/// saves every 5 ms, so every kill lands among four saves or more, at a
/// different point of the save each time (the rounds' lengths step by
/// 37 ms modulo 100: forty distinct lengths).
#[test]
fn a_kill_during_saves_never_leaves_an_unreadable_state() {
    elasticpath_subscriptions_client::install_tls_provider();
    let dir = tempfile::tempdir().unwrap();
    let state_dir = dir.path().to_str().unwrap().to_owned();
    let mut loaded_jobs = 0;
    for round in 0..40u64 {
        let (mut child, origin) = start(&["--state-dir", &state_dir, "--save-every-ms", "5"]);
        let http = reqwest::blocking::Client::new();
        let until = std::time::Instant::now() + Duration::from_millis(20 + (round * 37) % 100);
        while std::time::Instant::now() < until {
            let body =
                json!({ "data": { "type": "subscription_job", "attributes": { "job_type": "notification-run" } } });
            let _ = http.post(format!("{origin}/v2/subscriptions/jobs")).bearer_auth("t").json(&body).send();
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let file = dir.path().join("state.json");
        if file.exists() {
            let check = still();
            check.load_state_file(&file).unwrap_or_else(|e| panic!("round {round}: {e}"));
            let jobs = check.job_count();
            assert!(jobs >= loaded_jobs, "round {round}: {jobs} jobs after {loaded_jobs}");
            loaded_jobs = jobs;
        }
    }
    assert!(loaded_jobs > 0, "some state was saved");
    let _ = JobStatus::Pending;
}

/// The README's seed is `seeds/nightly.yaml`, whole, and a day after it
/// loads the nightly billing run has run and finished, as the README says.
#[test]
fn the_readmes_seed_runs_its_nightly_billing() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let seed = std::fs::read_to_string(format!("{dir}/seeds/nightly.yaml")).unwrap();
    let readme = std::fs::read_to_string(format!("{dir}/README.md")).unwrap();
    let records = &seed[seed.find("format:").unwrap()..];
    assert!(readme.contains(&format!("```yaml\n{records}```")), "the README shows seeds/nightly.yaml as it is");
    assert!(readme.contains("--seed crates/elasticpath-subscriptions-sandbox/seeds/nightly.yaml"));

    let sandbox = still();
    sandbox.load_state_file(std::path::Path::new(&format!("{dir}/seeds/nightly.yaml"))).unwrap();
    let before = sandbox.jobs();
    assert_eq!(before.len(), 1);
    sandbox.advance(Duration::from_secs(24 * 3600));
    let billing: Vec<_> =
        sandbox.jobs().into_iter().filter(|job| job.attributes.job_type.job_type() == JobType::BillingRun).collect();
    assert_eq!(billing.len(), 1, "one nightly run a day");
    assert_eq!(billing[0].attributes.status, JobStatus::Success);
    assert!(billing[0].meta.report.is_some());
}
