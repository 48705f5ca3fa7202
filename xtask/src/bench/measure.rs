//! Runs the benchmarks and reads their results back.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;

use super::{
    CONNECTIONS, ClockMove, Footprint, Footprints, Generation, LOAD_CORE, Measurements, Pair, RUNS, SECONDS,
    SERVER_CORE, Server, ServerStats, Stats, WorstCase, median,
};
use crate::node;
use crate::process::{Stopped, cargo, free_port, start_announcing, start_listening};

const OPENAPI_GENERATOR: &str = "openapi-generator-cli==7.26.0";

const CREATE_BODY: &str = r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#;

/// Runs every benchmark.
pub(super) fn all(root: &Path) -> Result<Measurements, String> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    eprintln!("0/4 footprints: clean builds of a hello-world client, a hello-world server and the CLI…");
    let footprints = footprints(root)?;
    eprintln!("1/4 generation: cargo xtask generate against openapi-generator-cli ({RUNS} runs each)…");
    let generation = generation(root)?;
    eprintln!("2/4 criterion: cargo bench -p subscriptions-bench…");
    checked(cargo().args(["bench", "--quiet", "-p", "subscriptions-bench"]).current_dir(root), "cargo bench")?;
    let c = |group: &str, function: &str| criterion_median(root, group, function);
    let pair = |group: &str, ours: &str, other: &str| -> Result<Pair, String> {
        Ok(Pair { ours: c(group, ours)?, other: c(group, other)? })
    };
    let serde_job = pair("serde/job_response", "generated", "handwritten")?;
    let serde_list = pair("serde/schedule_list", "generated", "handwritten")?;
    let client = pair("client/get_job", "generated", "reqwest")?;
    let reject_create = pair("rejection/create_job", "good_201", "bad_400")?;
    let reject_get = pair("rejection/get_job", "good_200", "bad_400")?;
    let worst = worst_cases(root, &c)?;
    eprintln!(
        "3/3 servers: load from a separate process ({RUNS} runs × {} servers × 2 operations × {SECONDS} s)…",
        Server::ALL.len()
    );
    let servers = servers(root)?;
    eprintln!("4/4 the sandbox's worst clock moves (10,000 minute-by-minute schedules, two job types)…");
    let clock_moves = clock_moves(root)?;
    Ok(Measurements {
        cores,
        footprints,
        generation,
        serde_job,
        serde_list,
        client,
        reject_create,
        reject_get,
        worst,
        servers,
        clock_moves,
    })
}

/// The worst moves of the sandbox binary's clock (release build, on both
/// cores), one fresh process per job type: the `clock-move` bench's lines.
fn clock_moves(root: &Path) -> Result<Vec<ClockMove>, String> {
    let release =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target")).join("release");
    let mut moves = Vec::new();
    for job_type in ["notification-run", "billing-run"] {
        let (guard, base) = start_announcing(
            Command::new(release.join("elasticpath-subscriptions-sandbox")).args(["--listen", "127.0.0.1:0"]),
        )?;
        let origin = base.trim_end_matches("/v2").to_owned();
        let output = Command::new(release.join("clock-move"))
            .args([origin.as_str(), &guard.0.id().to_string(), job_type])
            .output()
            .map_err(|e| format!("cannot run clock-move: {e}"))?;
        drop(guard);
        if !output.status.success() {
            return Err(format!("clock-move failed: {}", String::from_utf8_lossy(&output.stderr)));
        }
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            let read: Value = serde_json::from_str(line).map_err(|e| format!("clock-move: {e}: {line}"))?;
            let text = |key: &str| read[key].as_str().unwrap_or_default().to_owned();
            let number = |key: &str| read[key].as_f64().unwrap_or(f64::NAN);
            moves.push(ClockMove {
                job_type: text("job_type"),
                schedules: read["schedules"].as_u64().unwrap_or(0),
                name: text("move"),
                seconds: number("seconds"),
                slowest_clock_ms: number("slowest_clock_ms"),
                clock_answers: read["clock_answers"].as_u64().unwrap_or(0),
                peak_rss_mib: number("peak_rss_mib"),
            });
        }
    }
    Ok(moves)
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

fn generation(root: &Path) -> Result<Generation, String> {
    let generator = openapi_generator(root)?;
    let out = root.join("target").join("bench");
    let cargo = || {
        let mut command = cargo();
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

/// Builds each of [`Footprints`] from clean (hello-worlds in
/// `target/bench/hello-*`, with the workspace's lock file), and counts the
/// crates in each tree.
fn footprints(root: &Path) -> Result<Footprints, String> {
    let path = |name: &str| root.join("crates").join(name).display().to_string();
    let client = footprint(
        root,
        "hello-client",
        &format!(
            "elasticpath-subscriptions-client = {{ path = {:?} }}\n{TOKIO}\"macros\", \"rt-multi-thread\"] }}\n",
            path("elasticpath-subscriptions-client")
        ),
        HELLO_CLIENT,
    )?;
    let server = footprint(
        root,
        "hello-server",
        &format!(
            "elasticpath-subscriptions-server = {{ path = {:?} }}\n{TOKIO}\"macros\", \"rt-multi-thread\", \"net\"] }}\n",
            path("elasticpath-subscriptions-server")
        ),
        HELLO_SERVER,
    )?;
    let cli = cli_footprint(root)?;
    Ok(Footprints { client, server, cli })
}

/// The start of a hello-world's tokio dependency; its features follow.
const TOKIO: &str = "tokio = { version = \"1\", features = [";

/// A binary that builds a client and makes one call.
const HELLO_CLIENT: &str = "#[tokio::main]\nasync fn main() {\n    let client = elasticpath_subscriptions_client::Client::with_bearer_token(elasticpath_subscriptions_client::EU_WEST, \"token\").unwrap();\n    match client.list_jobs().send().await {\n        Ok(page) => println!(\"{} jobs\", page.into_inner().data.len()),\n        Err(e) => println!(\"{e}\"),\n    }\n}\n";

/// A server that implements one operation and serves the rest by default.
const HELLO_SERVER: &str = "use elasticpath_subscriptions_server::uuid::Uuid;\nuse elasticpath_subscriptions_server::{ErrorBody, ErrorBodyExt, GetJobResponse, RequestContext, ServeOptions, SubscriptionsApi};\n\nstruct Jobs;\n\nimpl SubscriptionsApi for Jobs {\n    async fn get_job(&self, _context: RequestContext, job_uuid: Uuid) -> GetJobResponse {\n        GetJobResponse::NotFound(ErrorBody::not_found(format!(\"no job {job_uuid}\")))\n    }\n}\n\n#[tokio::main]\nasync fn main() -> std::io::Result<()> {\n    let listener = tokio::net::TcpListener::bind(\"127.0.0.1:8080\").await?;\n    elasticpath_subscriptions_server::serve(listener, elasticpath_subscriptions_server::router(Jobs), ServeOptions::default(), std::future::pending()).await\n}\n";

/// Builds `name` from clean: a package with the `dependency` lines whose
/// `main.rs` is `main`.
fn footprint(root: &Path, name: &str, dependency: &str, main: &str) -> Result<Footprint, String> {
    let dir = root.join("target").join("bench").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{dependency}\n[workspace]\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("src").join("main.rs"), main).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    let cargo = || {
        let mut command = cargo();
        command.current_dir(&dir).env("CARGO_TARGET_DIR", dir.join("target"));
        command
    };
    let seconds = timed(cargo().args(["build", "--quiet"]), &format!("cargo build ({name})"))?;
    let tree =
        cargo().args(["tree", "--prefix", "none", "-e", "normal"]).output().map_err(|e| format!("cargo tree: {e}"))?;
    Ok(Footprint { crates: count_crates(&String::from_utf8_lossy(&tree.stdout), name), seconds })
}

/// Builds the CLI's binary from clean, in the workspace (its lock file and
/// profile) but into a target directory of its own.
fn cli_footprint(root: &Path) -> Result<Footprint, String> {
    const CLI: &str = "elasticpath-subscriptions-cli";
    let target = root.join("target").join("bench").join("cli-target");
    let _ = std::fs::remove_dir_all(&target);
    let cargo = || {
        let mut command = cargo();
        command.current_dir(root).env("CARGO_TARGET_DIR", &target);
        command
    };
    let seconds = timed(cargo().args(["build", "--quiet", "--locked", "-p", CLI, "--bins"]), "cargo build (the CLI)")?;
    let tree = cargo()
        .args(["tree", "--prefix", "none", "-e", "normal", "-p", CLI])
        .output()
        .map_err(|e| format!("cargo tree: {e}"))?;
    Ok(Footprint { crates: count_crates(&String::from_utf8_lossy(&tree.stdout), CLI), seconds })
}

/// The distinct crates `cargo tree --prefix none` lists, `root` excluded.
fn count_crates(tree: &str, root: &str) -> usize {
    let crates: std::collections::BTreeSet<&str> =
        tree.lines().filter_map(|line| line.split_whitespace().next()).filter(|name| *name != root).collect();
    crates.len()
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

/// One load run against the server `pid`.
fn load(load_bin: &Path, pid: u32, method: &str, url: &str, expect: &str) -> Result<Stats, String> {
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
    Ok(Stats {
        rps: value["rps"].as_f64().unwrap_or(0.0),
        p99_us: value["p99_us"].as_f64().unwrap_or(0.0),
        cpu_us: (after - before) * 1e6 / requests as f64,
    })
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

/// Each server's medians, in [`Server::ALL`] order.
fn servers(root: &Path) -> Result<Vec<(Server, ServerStats)>, String> {
    checked(
        cargo()
            .args([
                "build",
                "--quiet",
                "--release",
                "-p",
                "elasticpath-subscriptions-sandbox",
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
    let mut runs: Vec<(Server, Vec<Stats>, Vec<Stats>)> =
        Server::ALL.iter().map(|server| (*server, Vec::new(), Vec::new())).collect();
    for _ in 0..RUNS {
        for (server, gets, creates) in &mut runs {
            let (guard, base) = match server {
                Server::Generated => start_announcing(
                    pinned(SERVER_CORE, &release.join("generated-server")).args(["--listen", "127.0.0.1:0"]),
                )?,
                // Jobs that start and finish at once: the sandbox forgets
                // finished jobs when full, and 4 s of creates is more than
                // the 100,000 pending ones it keeps.
                Server::Sandbox => {
                    start_announcing(pinned(SERVER_CORE, &release.join("elasticpath-subscriptions-sandbox")).args([
                        "--listen",
                        "127.0.0.1:0",
                        "--job-start-after",
                        "0",
                        "--job-run-for",
                        "0",
                    ]))?
                }
                Server::HandWritten => start_announcing(
                    pinned(SERVER_CORE, &release.join("floor-server")).args(["--listen", "127.0.0.1:0"]),
                )?,
                Server::Prism => prism_mock(root)?,
            };
            let pid = guard.0.id();
            // Prism answers any id from the spec's examples.
            let get_url = match server {
                Server::Prism => format!("{base}/subscriptions/jobs/6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10"),
                _ => one_job(&base)?,
            };
            gets.push(load(&load_bin, pid, "GET", &get_url, "200")?);
            creates.push(load(&load_bin, pid, "POST", &format!("{base}/subscriptions/jobs"), "201")?);
            drop(guard);
        }
    }
    Ok(runs
        .into_iter()
        .map(|(server, gets, creates)| {
            (server, ServerStats { get: Stats::median(&gets), create: Stats::median(&creates) })
        })
        .collect())
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
