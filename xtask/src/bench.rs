//! `cargo xtask bench-report`: runs every benchmark side by side in one go
//! and writes BENCHMARKS.md.
//!
//! - generation: warm `cargo xtask generate` against openapi-generator-cli
//!   7.26.0 (PyPI, into `target/bench/venv`) making `rust` and `rust-axum`;
//! - serde, client and rejection cost: `cargo bench -p subscriptions-bench`
//!   (criterion), read back from `target/criterion`;
//! - server: the load generator (its own process) against the generated
//!   router + sandbox, the hand-written axum floor and Prism's mock, each a
//!   release build or the pinned Prism, on 127.0.0.1.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;

use crate::node;
use crate::process::{Stopped, free_port, start_announcing, start_listening};

const OPENAPI_GENERATOR: &str = "openapi-generator-cli==7.26.0";
/// Repetitions of each process-level measurement; the median is reported.
const RUNS: usize = 5;
/// Load: connections and seconds per run.
const CONNECTIONS: &str = "16";
const SECONDS: &str = "4";

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

fn checked(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("cannot run {what}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{what} failed ({status})")) }
}

/// Wall time of `command`, in seconds; fails if it fails.
fn timed(command: &mut Command, what: &str) -> Result<f64, String> {
    let started = Instant::now();
    let output = command.stdout(Stdio::null()).stderr(Stdio::piped()).output().map_err(|e| format!("{what}: {e}"))?;
    let elapsed = started.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!("{what} failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(elapsed)
}

fn openapi_generator(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target").join("bench").join("venv");
    let bin = venv.join("bin").join("openapi-generator-cli");
    if !bin.exists() {
        eprintln!("installing {OPENAPI_GENERATOR} into target/bench/venv…");
        checked(Command::new("python3").args(["-m", "venv"]).arg(&venv), "python3 -m venv")?;
        checked(
            Command::new(venv.join("bin").join("pip")).args(["install", "--quiet", OPENAPI_GENERATOR]),
            "pip install",
        )?;
    }
    Ok(bin)
}

struct Generation {
    ours: f64,
    /// The generator alone: the xtask binary without cargo in front.
    direct: f64,
    rust: f64,
    rust_axum: f64,
}

fn generation(root: &Path) -> Result<Generation, String> {
    let generator = openapi_generator(root)?;
    let out = root.join("target").join("bench");
    let cargo = || {
        let mut command = Command::new(env!("CARGO"));
        command.args(["xtask", "generate"]).current_dir(root);
        command
    };
    timed(&mut cargo(), "cargo xtask generate")?; // warm: the xtask is built
    let other = |generator_name: &str| {
        let mut command = Command::new(&generator);
        command
            .args([
                "generate",
                "-g",
                generator_name,
                "-i",
                subscriptions_codegen::SPEC_PATH,
                "--skip-validate-spec",
                "-o",
            ])
            .arg(out.join(format!("openapi-generator-{generator_name}")))
            .current_dir(root);
        command
    };
    let xtask = std::env::current_exe().map_err(|e| e.to_string())?;
    let (mut ours, mut direct, mut rust, mut axum) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        ours.push(timed(&mut cargo(), "cargo xtask generate")?);
        direct.push(timed(Command::new(&xtask).arg("generate").current_dir(root), "xtask generate")?);
        rust.push(timed(&mut other("rust"), "openapi-generator-cli -g rust")?);
        axum.push(timed(&mut other("rust-axum"), "openapi-generator-cli -g rust-axum")?);
    }
    Ok(Generation { ours: median(ours), direct: median(direct), rust: median(rust), rust_axum: median(axum) })
}

/// Criterion's median estimate for `group/function`, in nanoseconds.
fn criterion_median(root: &Path, group: &str, function: &str) -> Result<f64, String> {
    // criterion writes `group/name` groups to `group_name` directories.
    let path = root
        .join("target")
        .join("criterion")
        .join(group.replace('/', "_"))
        .join(function)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    value
        .pointer("/median/point_estimate")
        .and_then(Value::as_f64)
        .ok_or_else(|| format!("no median in {}", path.display()))
}

fn prism_mock(root: &Path) -> Result<(Stopped, String), String> {
    let port = free_port()?;
    let mut command = node::command(root, "prism")?;
    command.args(["mock", subscriptions_codegen::SPEC_PATH, "--host", "127.0.0.1", "--port", &port.to_string()]);
    start_listening(command, port)
}

const CREATE_BODY: &str = r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#;

/// One load run: `(rps, p99 µs)`.
fn load(load_bin: &Path, method: &str, url: &str, expect: &str) -> Result<(f64, f64), String> {
    let mut command = Command::new(load_bin);
    command.args([method, url, expect, CONNECTIONS, SECONDS]);
    if method == "POST" {
        command.arg(CREATE_BODY);
    }
    let output = command.output().map_err(|e| format!("load: {e}"))?;
    let value: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("load printed no JSON: {e}"))?;
    let errors = value["errors"].as_u64().unwrap_or(0);
    let requests = value["requests"].as_u64().unwrap_or(0);
    if requests == 0 || errors > requests / 100 {
        return Err(format!("load against {url}: {requests} answered, {errors} errors"));
    }
    Ok((value["rps"].as_f64().unwrap_or(0.0), value["p99_us"].as_f64().unwrap_or(0.0)))
}

/// Creates one job through `base` and returns its GetJob URL. A plain
/// HTTP/1.1 exchange over a socket keeps an HTTP client out of the xtask's
/// dependencies, which `cargo xtask generate` would pay for at every start.
fn one_job(base: &str) -> Result<String, String> {
    use std::io::{Read, Write};
    let authority = base.trim_start_matches("http://").split('/').next().unwrap_or_default();
    let path = &base["http://".len() + authority.len()..];
    let mut stream = std::net::TcpStream::connect(authority).map_err(|e| format!("{authority}: {e}"))?;
    let request = format!(
        "POST {path}/subscriptions/jobs HTTP/1.1\r\nHost: {authority}\r\nAuthorization: Bearer bench\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{CREATE_BODY}",
        CREATE_BODY.len()
    );
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut response = String::new();
    stream.read_to_string(&mut response).map_err(|e| e.to_string())?;
    let body = response.split("\r\n\r\n").nth(1).ok_or("no body in the response")?;
    let job: Value = serde_json::from_str(body).map_err(|e| format!("{e}: {body}"))?;
    let id = job.pointer("/data/id").and_then(Value::as_str).ok_or("no id")?;
    Ok(format!("{base}/subscriptions/jobs/{id}"))
}

#[derive(Default)]
struct Server {
    get: (Vec<f64>, Vec<f64>),
    create: (Vec<f64>, Vec<f64>),
}

fn servers(root: &Path) -> Result<[(&'static str, Server); 3], String> {
    checked(
        Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--release",
                "-p",
                "subscriptions-sandbox",
                "-p",
                "subscriptions-bench",
                "--bins",
            ])
            .current_dir(root),
        "cargo build --release",
    )?;
    let release =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target")).join("release");
    let load_bin = release.join("load");
    let mut results = [
        ("generated router + sandbox", Server::default()),
        ("hand-written axum", Server::default()),
        ("Prism mock", Server::default()),
    ];
    for _ in 0..RUNS {
        for (index, (_, server)) in results.iter_mut().enumerate() {
            let (guard, base) = match index {
                0 => start_announcing(&release.join("subscriptions-sandbox"), &["--listen", "127.0.0.1:0"])?,
                1 => start_announcing(&release.join("floor-server"), &["--listen", "127.0.0.1:0"])?,
                _ => prism_mock(root)?,
            };
            let get_url = if index == 2 {
                format!("{base}/subscriptions/jobs/6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10")
            } else {
                one_job(&base)?
            };
            let (rps, p99) = load(&load_bin, "GET", &get_url, "200")?;
            server.get.0.push(rps);
            server.get.1.push(p99);
            let (rps, p99) = load(&load_bin, "POST", &format!("{base}/subscriptions/jobs"), "201")?;
            server.create.0.push(rps);
            server.create.1.push(p99);
            drop(guard);
        }
    }
    Ok(results)
}

fn verdict(ratio: f64, target: f64) -> &'static str {
    if ratio >= target { "✅ met" } else { "❌ missed" }
}

/// Runs everything and writes BENCHMARKS.md.
pub fn report(root: &Path) -> Result<PathBuf, String> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    eprintln!("1/3 generation: cargo xtask generate against openapi-generator-cli ({RUNS} runs each)…");
    let generation = generation(root)?;
    eprintln!("2/3 criterion: cargo bench -p subscriptions-bench…");
    checked(
        Command::new(env!("CARGO")).args(["bench", "--quiet", "-p", "subscriptions-bench"]).current_dir(root),
        "cargo bench",
    )?;
    let c = |group: &str, function: &str| criterion_median(root, group, function);
    let serde_job = (c("serde/job_response", "generated")?, c("serde/job_response", "handwritten")?);
    let serde_list = (c("serde/schedule_list", "generated")?, c("serde/schedule_list", "handwritten")?);
    let client = (c("client/get_job", "generated")?, c("client/get_job", "reqwest")?);
    let reject_create = (c("rejection/create_job", "good_201")?, c("rejection/create_job", "bad_400")?);
    let reject_get = (c("rejection/get_job", "good_200")?, c("rejection/get_job", "bad_400")?);
    eprintln!("3/3 servers: load from a separate process ({RUNS} runs × 3 servers × 2 operations × {SECONDS} s)…");
    let servers = servers(root)?;

    let mut out = String::new();
    let _ = writeln!(out, "# Benchmarks\n");
    let _ = writeln!(
        out,
        "Written by `cargo xtask bench-report` (reproduce with that command). Machine: {cores} cores. \
         Every comparison below was measured side by side in the same run; process-level figures are \
         medians of {RUNS} runs, criterion figures are criterion's median estimates.\n"
    );
    let _ = writeln!(out, "## Generation (target: ≥ 10× faster than openapi-generator)\n");
    let _ = writeln!(out, "| generator | wall time (median) | ours is faster by |\n|---|---|---|");
    let _ = writeln!(
        out,
        "| `cargo xtask generate` (warm: types, client, server) | {:.0} ms | |",
        generation.ours * 1000.0
    );
    let _ = writeln!(
        out,
        "| the same, without cargo in front (`target/debug/xtask generate`) | {:.0} ms | |",
        generation.direct * 1000.0
    );
    for (name, time) in [
        ("openapi-generator-cli 7.26.0 `-g rust`", generation.rust),
        ("openapi-generator-cli 7.26.0 `-g rust-axum`", generation.rust_axum),
    ] {
        let ratio = time / generation.ours;
        let _ = writeln!(out, "| {name} | {:.0} ms | {ratio:.1}× {} |", time * 1000.0, verdict(ratio, 10.0));
    }
    let _ = writeln!(
        out,
        "\nRatios are against `cargo xtask generate`, cargo's own start-up and up-to-date check included \
         (most of its time, as the second row shows); openapi-generator runs with `--skip-validate-spec`, because its validator rejects the object-valued \
         `requestBody` of the UpdateSchedule link, which OpenAPI 3.0 allows.\n"
    );
    let _ = writeln!(out, "## Serde round trip (target: ≥ 0.9× the hand-written throughput)\n");
    let _ =
        writeln!(out, "| document | generated types | hand-written structs | throughput ratio |\n|---|---|---|---|");
    for (name, (generated, hand)) in
        [("Job response (docs example with report)", serde_job), ("schedule list (docs example)", serde_list)]
    {
        let ratio = hand / generated;
        let _ = writeln!(
            out,
            "| {name} | {:.2} µs | {:.2} µs | {ratio:.2}× {} |",
            generated / 1000.0,
            hand / 1000.0,
            verdict(ratio, 0.9)
        );
    }
    let _ = writeln!(
        out,
        "\nDeserialize + serialize of the documented JSON. The hand-written floor uses typed ids, timestamps and \
         enums, and `serde_json::Value` for the nested report and relationships; the generated types also check \
         every length and pattern on the way in.\n"
    );
    let _ = writeln!(out, "## Server (targets: ≥ 0.9× hand-written axum, ≥ 10× Prism)\n");
    let _ = writeln!(
        out,
        "Load from a separate process on 127.0.0.1 ({CONNECTIONS} keep-alive connections, {SECONDS} s per run, \
         release builds); the load generator shares the machine's {cores} cores with the server.\n"
    );
    let _ = writeln!(
        out,
        "| server | GetJob req/s | GetJob p99 | CreateJob req/s | CreateJob p99 |\n|---|---|---|---|---|"
    );
    let medians: Vec<(f64, f64, f64, f64)> = servers
        .iter()
        .map(|(_, s)| {
            (median(s.get.0.clone()), median(s.get.1.clone()), median(s.create.0.clone()), median(s.create.1.clone()))
        })
        .collect();
    for ((name, _), (get_rps, get_p99, create_rps, create_p99)) in servers.iter().zip(&medians) {
        let _ = writeln!(
            out,
            "| {name} | {get_rps:.0} | {:.2} ms | {create_rps:.0} | {:.2} ms |",
            get_p99 / 1000.0,
            create_p99 / 1000.0
        );
    }
    let (ours, floor, prism) = (medians[0], medians[1], medians[2]);
    let _ = writeln!(out, "\n| ratio | GetJob | CreateJob |\n|---|---|---|");
    let _ = writeln!(
        out,
        "| generated ÷ hand-written axum | {:.2}× {} | {:.2}× {} |",
        ours.0 / floor.0,
        verdict(ours.0 / floor.0, 0.9),
        ours.2 / floor.2,
        verdict(ours.2 / floor.2, 0.9)
    );
    let _ = writeln!(
        out,
        "| generated ÷ Prism mock | {:.1}× {} | {:.1}× {} |\n",
        ours.0 / prism.0,
        verdict(ours.0 / prism.0, 10.0),
        ours.2 / prism.2,
        verdict(ours.2 / prism.2, 10.0)
    );
    let _ = writeln!(
        out,
        "The generated router does more than the floor for CreateJob: it checks the body against the spec's \
         JSON Schema (lengths, enums, formats, `minItems`) before decoding it, where the floor only decodes. \
         Both store the job and answer with it.\n"
    );
    let _ = writeln!(out, "## Client (target: ≥ 0.95× raw reqwest)\n");
    let ratio = client.1 / client.0;
    let _ = writeln!(out, "| GetJob against the sandbox on 127.0.0.1 | time per call |\n|---|---|");
    let _ = writeln!(out, "| generated client (`get_job().job_uuid(id).send()`) | {:.1} µs |", client.0 / 1000.0);
    let _ = writeln!(
        out,
        "| raw reqwest (`get(url).bearer_auth(..).send().json::<JobResponse>()`) | {:.1} µs |",
        client.1 / 1000.0
    );
    let _ = writeln!(out, "\nCalls/s ratio, generated ÷ raw: **{ratio:.2}×** {}\n", verdict(ratio, 0.95));
    let _ = writeln!(out, "## Rejection cost (target: a bad request costs no more than a good one)\n");
    let _ =
        writeln!(out, "| in-process request through the router | good | bad (400) | bad ÷ good |\n|---|---|---|---|");
    for (name, (good, bad)) in [
        ("CreateJob (bad: unknown job_type, external_ref a number)", reject_create),
        ("GetJob (bad: id not a UUID)", reject_get),
    ] {
        let ratio = bad / good;
        let _ = writeln!(
            out,
            "| {name} | {:.2} µs | {:.2} µs | {ratio:.2} {} |",
            good / 1000.0,
            bad / 1000.0,
            if ratio <= 1.0 { "✅ met" } else { "❌ missed" }
        );
    }
    let _ = writeln!(
        out,
        "\nA rejection walks the schema once, collecting every violation (no validity pre-check), and writes the \
         error body without building a JSON tree first; a good request also decodes, stores and serializes a job.\n"
    );
    let path = root.join("BENCHMARKS.md");
    std::fs::write(&path, out).map_err(|e| e.to_string())?;
    Ok(path)
}
