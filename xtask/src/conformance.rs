//! `cargo xtask conformance`: tools nobody here wrote check our code.
//!
//! 1. schemathesis (pinned in `xtask/conformance/requirements.txt`, installed
//!    into a virtualenv under `target/conformance/`) runs every check, in its
//!    positive, negative and stateful phases, with a fixed seed, against the
//!    sandbox on a free port of 127.0.0.1;
//! 2. Prism (pinned in `xtask/node`) mocks the API from the spec for the
//!    generated client, and validates the end-to-end traffic as a proxy in
//!    front of the sandbox (`tests/conformance.rs`).
//!
//! Every process started here is stopped by its PID when the run ends,
//! whether it passed or not.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::node;
use crate::process::{Stopped, cargo, sandbox_binary, start_announcing};

/// The seed of the schemathesis run, so a failure reproduces.
pub const SEED: &str = "20261121";
/// Test cases per operation and phase (9 operations: well over 1,000 in all).
pub const MAX_EXAMPLES: &str = "100";
const TOKEN: &str = "conformance";

fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("cannot run {what}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{what} failed ({status})")) }
}

/// The schemathesis executable, installed into a virtualenv if needed.
fn schemathesis(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target").join("conformance").join("venv");
    let bin = venv.join("bin").join("schemathesis");
    let requirements = root.join("xtask").join("conformance").join("requirements.txt");
    let wanted = std::fs::read_to_string(&requirements).map_err(|e| format!("{}: {e}", requirements.display()))?;
    let version = wanted.trim().trim_start_matches("schemathesis==");
    let installed = Command::new(&bin).arg("--version").output().ok().filter(|o| o.status.success());
    if installed.is_some_and(|o| String::from_utf8_lossy(&o.stdout).contains(version)) {
        return Ok(bin);
    }
    eprintln!("installing schemathesis {version} into target/conformance/venv…");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv), "python3 -m venv")?;
    run(
        Command::new(venv.join("bin").join("pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements),
        "pip install",
    )?;
    Ok(bin)
}

/// Builds and starts the sandbox on a free port; returns it and its base URL.
fn sandbox(root: &Path) -> Result<(Stopped, String), String> {
    start_announcing(Command::new(sandbox_binary(root)?).args(["--listen", "127.0.0.1:0", "--token", TOKEN]))
}

/// What one schemathesis run printed and returned.
struct Run {
    passed: bool,
    /// The line counting the cases: "1322 generated, 1322 passed, 18 skipped".
    counted: Option<String>,
    /// Whether the summary lists failed checks (as opposed to only errors
    /// inside schemathesis itself).
    check_failures: bool,
}

fn run_schemathesis(root: &Path, schemathesis: &Path, report: &Path) -> Result<Run, String> {
    let (sandbox, base_url) = sandbox(root)?;
    println!("sandbox (pid {}) at {base_url}", sandbox.0.id());
    // One worker: with several, CPython 3.11 can crash inside schemathesis
    // ("AST constructor recursion depth mismatch", compiling in two threads
    // at once), a tool error that would fail the run for nothing.
    let spec = root.join(subscriptions_codegen::SPEC_PATH);
    let work = root.join("target").join("conformance");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let mut child = Command::new(schemathesis)
        .arg("run")
        .arg(&spec)
        .args(["--url", &base_url])
        .args(["--checks", "all", "--mode", "all", "--phases", "examples,coverage,fuzzing,stateful"])
        .args(["--seed", SEED, "--max-examples", MAX_EXAMPLES, "--workers", "1", "--no-shrink"])
        .args(["--header", &format!("Authorization: Bearer {TOKEN}")])
        .args(["--report", "junit", "--report-junit-path"])
        .arg(report)
        // Its cache (.schemathesis/) goes under target/, with the venv; the
        // hooks module is found through PYTHONPATH.
        .current_dir(&work)
        .env("PYTHONPATH", root.join("xtask").join("conformance"))
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run schemathesis: {e}"))?;
    // Pass its report through, keeping the summary lines that matter.
    let mut counted = None;
    let mut check_failures = false;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if line.contains(" generated") && line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                counted = Some(line.trim().to_owned());
            }
            if line.trim() == "Failures:" {
                check_failures = true;
            }
        }
    }
    let status = child.wait().map_err(|e| format!("schemathesis: {e}"))?;
    drop(sandbox);
    Ok(Run { passed: status.success(), counted, check_failures })
}

/// Runs both tools; `Ok` when neither found a failure.
pub fn conformance(root: &Path) -> Result<(), String> {
    let schemathesis = schemathesis(root)?;
    let prism = node::tool(root, "prism")?;
    let report = root.join("target").join("conformance").join("junit.xml");
    let mut attempt = run_schemathesis(root, &schemathesis, &report)?;
    if !attempt.passed && !attempt.check_failures {
        // Only errors inside schemathesis itself (no check failed): one
        // more run, against a fresh sandbox, before giving up.
        eprintln!("schemathesis stopped on an error of its own, not a failed check; running it once more");
        attempt = run_schemathesis(root, &schemathesis, &report)?;
    }
    if !attempt.passed {
        return Err(format!("schemathesis found failures; JUnit report: {}", report.display()));
    }
    println!("schemathesis: 0 failures; test cases: {}", attempt.counted.unwrap_or_else(|| "?".into()));

    run(
        cargo()
            // `--workspace`, as the README's test command: the same
            // features, so the test binary built there is run, not rebuilt
            // (`-p` took 25 s to build it again).
            .args(["test", "--quiet", "--workspace", "--test", "workspace", "--"])
            .args(["--ignored", "--test-threads=1", "conformance::"])
            .env("PRISM", &prism)
            .current_dir(root),
        "the Prism checks (tests/conformance.rs)",
    )?;
    println!("prism: the mock and the validating proxy agree with the client and the sandbox");
    Ok(())
}
