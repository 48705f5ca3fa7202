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
//!
//! `measure` runs them and returns `Measurements`, with names for
//! every figure; `render` turns those into Markdown, and nothing else.

mod measure;
mod render;
pub mod setup;

use std::path::{Path, PathBuf};

/// Repetitions of each process-level measurement; the median is reported.
const RUNS: usize = 5;
/// Load: connections and seconds per run.
const CONNECTIONS: &str = "16";
const SECONDS: &str = "4";
/// The core the server runs on, and the one the load generator has to
/// itself (it never sleeps, so it neither sets the pace nor has the server
/// pay to wake it); CPU time per request is read from the server process.
const SERVER_CORE: &str = "0";
const LOAD_CORE: &str = "1";

/// A server under load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Server {
    /// The generated router over the floor's work (`generated-server`).
    Generated,
    /// The hand-written axum floor (`floor-server`).
    HandWritten,
    /// The generated router serving the sandbox, which also journals every
    /// request, checks for faults, and runs every job it creates.
    Sandbox,
    /// Prism's mock of the spec.
    Prism,
}

impl Server {
    const ALL: [Server; 4] = [Server::Generated, Server::HandWritten, Server::Sandbox, Server::Prism];

    fn label(self) -> &'static str {
        match self {
            Server::Generated => "generated router + the floor's work",
            Server::HandWritten => "hand-written axum",
            Server::Sandbox => "generated router + sandbox",
            Server::Prism => "Prism mock",
        }
    }
}

/// One load run, or the medians of several.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Stats {
    /// Requests answered per second.
    rps: f64,
    /// 99th percentile latency, in microseconds.
    p99_us: f64,
    /// The server's CPU time per request, in microseconds.
    cpu_us: f64,
}

impl Stats {
    /// The median of each figure over `runs`.
    fn median(runs: &[Stats]) -> Stats {
        Stats {
            rps: median(runs.iter().map(|s| s.rps).collect()),
            p99_us: median(runs.iter().map(|s| s.p99_us).collect()),
            cpu_us: median(runs.iter().map(|s| s.cpu_us).collect()),
        }
    }
}

/// A server's figures for the two operations under load.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct ServerStats {
    get: Stats,
    create: Stats,
}

/// Wall times of the generators, in seconds (medians).
#[derive(Clone, Copy, Debug)]
struct Generation {
    /// `cargo xtask generate`.
    ours: f64,
    /// The generator alone: the xtask binary without cargo in front.
    direct: f64,
    /// openapi-generator-cli `-g rust`.
    rust: f64,
    /// openapi-generator-cli `-g rust-axum`.
    rust_axum: f64,
}

/// Two criterion medians of one group, in nanoseconds.
#[derive(Clone, Copy, Debug)]
struct Pair {
    /// The generated code, or the good request.
    ours: f64,
    /// The hand-written floor, raw reqwest, or the bad request.
    other: f64,
}

/// One request of the `rejection/worst` group.
#[derive(Clone, Debug)]
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

/// One move of the sandbox's clock with the most schedules it holds.
#[derive(Clone, Debug)]
struct ClockMove {
    job_type: String,
    schedules: u64,
    /// `a day`, `to 9999-12-31`.
    name: String,
    seconds: f64,
    /// The slowest answer to `GET /__sandbox/clock` while it worked.
    slowest_clock_ms: f64,
    clock_answers: u64,
    /// The process's peak resident memory so far.
    peak_rss_mib: f64,
}

/// What a hello-world using the client costs to build.
#[derive(Clone, Copy, Debug)]
struct Footprint {
    /// Crates in its dependency tree (normal dependencies), itself excluded.
    crates: usize,
    /// A clean debug build, wall time in seconds.
    seconds: f64,
}

/// What users build: a hello-world on the client, one on the server, and
/// the CLI, each from clean with default features.
#[derive(Clone, Copy, Debug)]
struct Footprints {
    client: Footprint,
    server: Footprint,
    cli: Footprint,
}

/// The footprint before the production client (rustls with aws-lc, no
/// retries, tokens or tracing), measured the same way on the same machine.
const FOOTPRINT_BEFORE: Footprint = Footprint { crates: 103, seconds: 46.5 };

/// Everything the report says.
#[derive(Clone, Debug)]
struct Measurements {
    cores: usize,
    /// Hello-worlds on the client and the server, and the CLI.
    footprints: Footprints,
    generation: Generation,
    /// Generated types against hand-written structs.
    serde_job: Pair,
    serde_list: Pair,
    /// Generated client against raw reqwest.
    client: Pair,
    /// A good request against a bad one.
    reject_create: Pair,
    reject_get: Pair,
    /// The worst bad requests, good ones first.
    worst: Vec<WorstCase>,
    /// Each server's medians, in [`Server::ALL`] order.
    servers: Vec<(Server, ServerStats)>,
    /// The worst moves of the sandbox's clock.
    clock_moves: Vec<ClockMove>,
}

impl Measurements {
    fn server(&self, which: Server) -> ServerStats {
        self.servers.iter().find(|(s, _)| *s == which).map(|(_, stats)| *stats).unwrap_or_default()
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Runs everything and writes BENCHMARKS.md.
pub fn report(root: &Path) -> Result<PathBuf, String> {
    let measurements = measure::all(root)?;
    let path = root.join("BENCHMARKS.md");
    std::fs::write(&path, render::markdown(&measurements)).map_err(|e| e.to_string())?;
    Ok(path)
}
