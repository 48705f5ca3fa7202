//! `cargo xtask bench-setup`: what a newcomer waits for on a fresh clone.
//!
//! Clones the committed `HEAD` into `target/bench/fresh` (its own target
//! directory, nothing built), then runs the README's two commands one after
//! the other and times each: `cargo xtask generate`, then
//! `cargo test --workspace`. The registry is the machine's (already
//! downloaded), so the figures are compile and test time, not network.
//! Run it with nothing else building: it measures the whole machine.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// The two timed commands of a fresh clone, in seconds.
#[derive(Clone, Copy, Debug)]
pub struct Setup {
    /// `cargo xtask generate`, cold.
    pub generate: f64,
    /// `cargo test --workspace` after it.
    pub test: f64,
}

/// Clones `HEAD` and times the README's two commands in the clone.
pub fn measure(root: &Path) -> Result<Setup, String> {
    let fresh = root.join("target").join("bench").join("fresh");
    let _ = std::fs::remove_dir_all(&fresh);
    let status = Command::new("git")
        .args(["clone", "--quiet", "--no-hardlinks"])
        .arg(root)
        .arg(&fresh)
        .status()
        .map_err(|e| format!("git clone: {e}"))?;
    if !status.success() {
        return Err(format!("git clone failed ({status})"));
    }
    let run = |args: &[&str]| -> Result<f64, String> {
        eprintln!("cargo {} (in {})…", args.join(" "), fresh.display());
        let started = Instant::now();
        let status = crate::process::cargo()
            .args(args)
            .current_dir(&fresh)
            // The clone's own target directory, whatever the caller's is.
            .env_remove("CARGO_TARGET_DIR")
            .stdout(Stdio::null())
            .status()
            .map_err(|e| format!("cargo {}: {e}", args.join(" ")))?;
        if !status.success() {
            return Err(format!("cargo {} failed ({status})", args.join(" ")));
        }
        Ok(started.elapsed().as_secs_f64())
    };
    let generate = run(&["xtask", "generate"])?;
    let test = run(&["test", "--workspace"])?;
    let _ = std::fs::remove_dir_all(&fresh);
    Ok(Setup { generate, test })
}
