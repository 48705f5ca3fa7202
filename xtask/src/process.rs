//! Child processes the xtask (and the conformance tests) start: servers on
//! 127.0.0.1, stopped by their PID when the handle drops, also on failure.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A child process, killed and reaped when dropped.
#[derive(Debug)]
pub struct Stopped(pub Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts a server that prints `… http://ADDRESS/… …` as its first line
/// (the sandbox, the benchmark floor) and returns it with that URL.
pub fn start_announcing(command: &mut Command) -> Result<(Stopped, String), String> {
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command.stdout(Stdio::piped()).spawn().map_err(|e| format!("cannot start {program}: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let guard = Stopped(child);
    let mut line = String::new();
    let mut reader = BufReader::new(stdout);
    reader.read_line(&mut line).map_err(|e| format!("reading {program}: {e}"))?;
    // The rest of what it prints is read and dropped, so that it never
    // writes into a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
    let url = line
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .ok_or_else(|| format!("{program} did not say where it listens: {line:?}"))?
        .to_owned();
    Ok((guard, url))
}

/// What `cargo run` tells the program it runs about its package, and no
/// build should see: a dependency's build script may watch any of them
/// (ring's reads `CARGO_MANIFEST_DIR` and `OUT_DIR` through
/// `rerun-if-env-changed`), so a cargo started from the xtask with
/// `OUT_DIR=…/xtask-…/out` (xtask has a build script) rebuilt ring,
/// rustls, reqwest and every test binary that a cargo started from a shell
/// had built (66 s of a CI run), and the next plain cargo built them again.
const SET_BY_CARGO_RUN: &[&str] = &[
    "OUT_DIR",
    "CARGO_MANIFEST_DIR",
    "CARGO_MANIFEST_PATH",
    "CARGO_CRATE_NAME",
    "CARGO_BIN_NAME",
    "CARGO_PRIMARY_PACKAGE",
    "CARGO_RUSTC_CURRENT_DIR",
];

/// A `cargo` command (the cargo that runs the xtask) whose builds are the
/// ones a cargo started from a shell makes: without the variables `cargo
/// run` set for the xtask, so that both reuse what the other built.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if SET_BY_CARGO_RUN.contains(&name.as_ref()) || name.starts_with("CARGO_PKG_") {
            command.env_remove(name.as_ref());
        }
    }
    command
}

/// The sandbox's binary, built as the README's test command builds it
/// (`cargo test --workspace`: the sandbox's integration tests need it), and
/// so with the same features of every dependency: after the tests it is
/// there already and nothing is compiled. (`cargo build -p` resolves the
/// features of the sandbox's dependencies alone, and rebuilt 40 of them:
/// 43 s of a CI run.)
pub fn sandbox_binary(root: &Path) -> Result<PathBuf, String> {
    let status = cargo()
        .args(["test", "--workspace", "--no-run", "--quiet"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo test --workspace --no-run failed ({status})"));
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let binary = target.join("debug").join("elasticpath-subscriptions-sandbox");
    if binary.exists() { Ok(binary) } else { Err(format!("cargo built no sandbox at {}", binary.display())) }
}

/// A free port on 127.0.0.1 (for tools that need one given).
pub fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// Starts `command`, which will listen on `port`, and waits at most 60 s
/// until it does; returns it and `http://127.0.0.1:PORT`.
pub fn start_listening(mut command: Command, port: u16) -> Result<(Stopped, String), String> {
    let child =
        command.stdout(Stdio::null()).stderr(Stdio::null()).spawn().map_err(|e| format!("cannot start: {e}"))?;
    let mut guard = Stopped(child);
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = guard.0.try_wait() {
            return Err(format!("the process exited ({status}) before listening on {port}"));
        }
        if Instant::now() > deadline {
            return Err(format!("nothing listened on {port} within 60 s"));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Ok((guard, format!("http://127.0.0.1:{port}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_drops_what_cargo_run_set_and_keeps_the_configuration() {
        // `cargo test` sets these for this test binary as `cargo run` does
        // for the xtask.
        assert!(std::env::var_os("CARGO_MANIFEST_DIR").is_some() && std::env::var_os("CARGO_PKG_NAME").is_some());
        let command = cargo();
        let removed: Vec<String> = command
            .get_envs()
            .filter(|(_, value)| value.is_none())
            .map(|(name, _)| name.to_string_lossy().into_owned())
            .collect();
        assert!(std::env::var_os("OUT_DIR").is_some(), "xtask has a build script");
        for gone in ["OUT_DIR", "CARGO_MANIFEST_DIR", "CARGO_PKG_NAME", "CARGO_PKG_VERSION"] {
            assert!(removed.iter().any(|name| name == gone), "{gone} is not passed on: {removed:?}");
        }
        // Only those: the configuration a user gave cargo stays.
        for name in &removed {
            assert!(SET_BY_CARGO_RUN.contains(&name.as_str()) || name.starts_with("CARGO_PKG_"), "{name} was dropped");
        }
        assert!(command.get_envs().all(|(name, _)| name != "CARGO_HOME" && name != "CARGO_TARGET_DIR"));
    }
}
