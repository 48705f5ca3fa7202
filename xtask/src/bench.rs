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
    let mut command = pinned(SERVER_CORE, &node::tool(root, "prism")?);
    command.current_dir(root).env("NO_UPDATE_NOTIFIER", "1");
    command.args(["mock", subscriptions_codegen::SPEC_PATH, "--host", "127.0.0.1", "--port", &port.to_string()]);
    start_listening(command, port)
}

const CREATE_BODY: &str = r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#;

/// The core the server runs on, and the one the load generator runs on:
/// on two cores a load generator beside the server caps both servers at the
/// same rate, so CPU time per request is read from the server process.
const SERVER_CORE: &str = "0";
const LOAD_CORE: &str = "1";

/// `taskset -c CORE program args…`: the program, pinned to one core.
fn pinned(core: &str, program: &Path) -> Command {
    let mut command = Command::new("taskset");
    command.args(["-c", core]).arg(program);
    command
}

/// CPU time (user + system) a process has used, in seconds, from
/// `/proc/PID/stat`.
fn cpu_seconds(pid: u32) -> Result<f64, String> {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    let ticks = *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(100.0)
    });
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).map_err(|e| format!("/proc/{pid}/stat: {e}"))?;
    // Fields after the command name, which may hold spaces: utime and stime
    // are fields 14 and 15 of the line, 12 and 13 after the `)`.
    let after = stat.rsplit_once(')').map(|(_, rest)| rest).ok_or("no `)` in /proc/PID/stat")?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).ok_or("short /proc/PID/stat");
    Ok((field(11)? + field(12)?) / ticks)
}

/// One load run against the server `pid`: `(rps, p99 µs, server CPU µs per request)`.
fn load(load_bin: &Path, pid: u32, method: &str, url: &str, expect: &str) -> Result<(f64, f64, f64), String> {
    let mut command = pinned(LOAD_CORE, load_bin);
    command.args([method, url, expect, CONNECTIONS, SECONDS]);
    if method == "POST" {
        command.arg(CREATE_BODY);
    }
    let before = cpu_seconds(pid)?;
    let output = command.output().map_err(|e| format!("load: {e}"))?;
    let after = cpu_seconds(pid)?;
    let value: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("load printed no JSON: {e}"))?;
    let errors = value["errors"].as_u64().unwrap_or(0);
    let requests = value["requests"].as_u64().unwrap_or(0);
    if requests == 0 || errors > requests / 100 {
        return Err(format!("load against {url}: {requests} answered, {errors} errors"));
    }
    let cpu_per_request = (after - before) * 1e6 / requests as f64;
    Ok((value["rps"].as_f64().unwrap_or(0.0), value["p99_us"].as_f64().unwrap_or(0.0), cpu_per_request))
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

/// Per operation: requests/s, p99 µs and server CPU µs per request, per run.
#[derive(Default)]
struct Server {
    get: (Vec<f64>, Vec<f64>, Vec<f64>),
    create: (Vec<f64>, Vec<f64>, Vec<f64>),
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
                0 => start_announcing(
                    pinned(SERVER_CORE, &release.join("subscriptions-sandbox")).args(["--listen", "127.0.0.1:0"]),
                )?,
                1 => start_announcing(
                    pinned(SERVER_CORE, &release.join("floor-server")).args(["--listen", "127.0.0.1:0"]),
                )?,
                _ => prism_mock(root)?,
            };
            let pid = guard.0.id();
            let get_url = if index == 2 {
                format!("{base}/subscriptions/jobs/6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10")
            } else {
                one_job(&base)?
            };
            let (rps, p99, cpu) = load(&load_bin, pid, "GET", &get_url, "200")?;
            server.get.0.push(rps);
            server.get.1.push(p99);
            server.get.2.push(cpu);
            let (rps, p99, cpu) = load(&load_bin, pid, "POST", &format!("{base}/subscriptions/jobs"), "201")?;
            server.create.0.push(rps);
            server.create.1.push(p99);
            server.create.2.push(cpu);
            drop(guard);
        }
    }
    Ok(results)
}

/// One request of the `rejection/worst` group.
struct WorstCase {
    name: String,
    status: u16,
    /// Criterion's median, in nanoseconds.
    time: f64,
    /// The answer's size, in bytes.
    bytes: u64,
    /// The request's size (target and body), in bytes.
    request_bytes: u64,
}

/// The `rejection/worst` cases, good ones first (as the bench lists them),
/// with the answer sizes the bench wrote.
fn worst_cases(root: &Path, median_of: &dyn Fn(&str, &str) -> Result<f64, String>) -> Result<Vec<WorstCase>, String> {
    let path = root.join("target").join("criterion").join("rejection-worst-bytes.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sizes: serde_json::Map<String, Value> = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut cases = Vec::new();
    for (name, size) in &sizes {
        let status = size["status"].as_u64().unwrap_or(0) as u16;
        cases.push(WorstCase {
            name: name.clone(),
            status,
            time: median_of("rejection/worst", name)?,
            bytes: size["response_bytes"].as_u64().unwrap_or(0),
            request_bytes: size["request_bytes"].as_u64().unwrap_or(0),
        });
    }
    cases.sort_by_key(|c| (!c.name.starts_with("good"), c.name.starts_with("good_largest")));
    Ok(cases)
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
    let worst = worst_cases(root, &c)?;
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
         release builds). The server is pinned to core {SERVER_CORE} and the load generator to core {LOAD_CORE} \
         (`taskset`): on {cores} cores the load generator can cap both servers at the same rate, so each \
         server's CPU time per request, read from `/proc/PID/stat` around the run, is given beside its \
         requests per second. The ratios below are of CPU time per request (lower is better), the fairer \
         measure here.\n"
    );
    let _ = writeln!(
        out,
        "| server | GetJob req/s | GetJob p99 | GetJob server CPU | CreateJob req/s | CreateJob p99 | CreateJob server CPU |\n|---|---|---|---|---|---|---|"
    );
    let medians: Vec<(f64, f64, f64, f64)> = servers
        .iter()
        .map(|(_, s)| {
            (median(s.get.0.clone()), median(s.get.1.clone()), median(s.create.0.clone()), median(s.create.1.clone()))
        })
        .collect();
    let cpu: Vec<(f64, f64)> =
        servers.iter().map(|(_, s)| (median(s.get.2.clone()), median(s.create.2.clone()))).collect();
    for (((name, _), (get_rps, get_p99, create_rps, create_p99)), (get_cpu, create_cpu)) in
        servers.iter().zip(&medians).zip(&cpu)
    {
        let _ = writeln!(
            out,
            "| {name} | {get_rps:.0} | {:.2} ms | {get_cpu:.1} µs | {create_rps:.0} | {:.2} ms | {create_cpu:.1} µs |",
            get_p99 / 1000.0,
            create_p99 / 1000.0
        );
    }
    let (ours, floor, prism) = (cpu[0], cpu[1], cpu[2]);
    let _ = writeln!(out, "\n| efficiency (CPU per request, theirs ÷ ours) | GetJob | CreateJob |\n|---|---|---|");
    let _ = writeln!(
        out,
        "| hand-written axum ÷ generated | {:.2}× {} | {:.2}× {} |",
        floor.0 / ours.0,
        verdict(floor.0 / ours.0, 0.9),
        floor.1 / ours.1,
        verdict(floor.1 / ours.1, 0.9)
    );
    let _ = writeln!(
        out,
        "| Prism mock ÷ generated | {:.1}× {} | {:.1}× {} |\n",
        prism.0 / ours.0,
        verdict(prism.0 / ours.0, 10.0),
        prism.1 / ours.1,
        verdict(prism.1 / ours.1, 10.0)
    );
    let _ = writeln!(
        out,
        "Requests per second, for comparison: generated ÷ hand-written {:.2}× (GetJob), {:.2}× (CreateJob); \
         generated ÷ Prism {:.1}×, {:.1}×.\n",
        medians[0].0 / medians[1].0,
        medians[0].2 / medians[1].2,
        medians[0].0 / medians[2].0,
        medians[0].2 / medians[2].2
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
        "\nA body of at most 2,000 JSON values is checked in one pass that lists every violation; a larger one in \
         one pass that stops at the first. A good request also decodes, stores and serializes a job.\n"
    );
    let _ = writeln!(out, "## Worst bad request (target: ≤ 10× a good CreateJob, in CPU time and in answer bytes)\n");
    let _ = writeln!(
        out,
        "How they were found: each stage a request passes was given its worst input within the limits (256 KiB \
         body, 32 KiB target, 8 KB filter, 1,024-character cron): the most violations, the most values with \
         violations just under the listing threshold, the longest string to count, the deepest nesting, the \
         most keys, a duplicate key at the very end, the longest filter failing at its end, the longest cron \
         that never runs. Each is timed in process (criterion, one thread, so time is CPU time), against a \
         good CreateJob of the smallest size and one of the largest (256 KiB of taxes, stored and echoed).\n"
    );
    let _ = writeln!(
        out,
        "| request | status | request bytes | time | answer bytes | time ÷ small good | time ÷ good of its size | bytes ÷ small good |\n|---|---|---|---|---|---|---|---|"
    );
    let small = worst.first().map(|w| (w.time, w.bytes, w.request_bytes)).unwrap_or((f64::NAN, 0, 0));
    let large = worst.get(1).map(|w| (w.time, w.request_bytes)).unwrap_or((f64::NAN, 0));
    // A good CreateJob of `size` bytes, by the line through the two measured.
    let good_of = |size: u64| {
        let slope = (large.0 - small.0) / (large.1 as f64 - small.2 as f64);
        small.0 + slope * (size as f64 - small.2 as f64).max(0.0)
    };
    let mut worst_time: f64 = 0.0;
    let mut worst_bytes: f64 = 0.0;
    for case in &worst {
        let (by_small, by_size, bytes) =
            (case.time / small.0, case.time / good_of(case.request_bytes), case.bytes as f64 / small.1 as f64);
        if case.name.starts_with("bad") {
            worst_time = worst_time.max(by_size);
            worst_bytes = worst_bytes.max(bytes);
        }
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {:.1} µs | {} | {by_small:.1}× | {by_size:.2}× | {bytes:.1}× |",
            case.name,
            case.status,
            case.request_bytes,
            case.time / 1000.0,
            case.bytes
        );
    }
    let _ = writeln!(
        out,
        "\nA bad request is compared with a good CreateJob of its own size (on the line through the two good ones \
         measured): any body costs at least its reading, good or bad. Worst bad request ÷ a good one of its \
         size: **{worst_time:.2}×** {} in time; worst answer ÷ a good answer: **{worst_bytes:.1}×** {} in bytes.\n",
        if worst_time <= 10.0 { "✅ met" } else { "❌ missed" },
        if worst_bytes <= 10.0 { "✅ met" } else { "❌ missed" }
    );
    let path = root.join("BENCHMARKS.md");
    std::fs::write(&path, out).map_err(|e| e.to_string())?;
    Ok(path)
}
