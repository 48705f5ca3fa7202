//! The pinned Node tools under `xtask/node` (versions in its package.json and
//! package-lock.json), installed on first use with `npm ci` into
//! `xtask/node/node_modules`. Nothing is installed globally.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the tools live.
pub fn dir(root: &Path) -> PathBuf {
    root.join("xtask").join("node")
}

/// The path of a tool's executable, installing the tools if needed.
pub fn tool(root: &Path, name: &str) -> Result<PathBuf, String> {
    let bin = dir(root).join("node_modules").join(".bin").join(name);
    if !bin.exists() {
        install(root)?;
    }
    if bin.exists() { Ok(bin) } else { Err(format!("{name} is not in xtask/node after `npm ci`")) }
}

/// `npm ci` in `xtask/node`: exactly the locked versions.
pub fn install(root: &Path) -> Result<(), String> {
    eprintln!("installing the pinned Node tools into xtask/node (npm ci)…");
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir(root))
        .status()
        .map_err(|e| format!("cannot run npm (Node.js and npm are needed for this command): {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`npm ci` in xtask/node failed ({status})")) }
}

/// A command for a Node tool, quiet about update checks.
pub fn command(root: &Path, name: &str) -> Result<Command, String> {
    let mut command = Command::new(tool(root, name)?);
    command.current_dir(root).env("NO_UPDATE_NOTIFIER", "1").env("REDOCLY_TELEMETRY", "off");
    Ok(command)
}
