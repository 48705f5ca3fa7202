//! cargo-semver-checks on the public crates, pinned and installed into
//! `target/tools/` (never globally), for `cargo xtask diff --semver`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::release::PUBLIC_CRATES;

/// The pinned version (it must read the rustdoc JSON of the toolchain).
pub const VERSION: &str = "0.51.0";

/// The binary, installed on first use.
pub fn install(root: &Path) -> Result<PathBuf, String> {
    let tools = root.join("target").join("tools");
    let binary = tools.join("bin").join("cargo-semver-checks");
    let installed = Command::new(&binary)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(VERSION));
    if !installed {
        eprintln!("installing cargo-semver-checks {VERSION} into {}…", tools.display());
        // Its release profile links with LTO into one codegen unit, a long
        // serial step on two cores; without them, and at opt-level 1, it
        // builds in about 3.5 min instead of 4.5 and still checks this
        // workspace in seconds: its time goes to rustdoc, not to itself.
        // (The pinned version and lock file stay.)
        let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
            .env("CARGO_PROFILE_RELEASE_LTO", "false")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
            .env("CARGO_PROFILE_RELEASE_DEBUG", "0")
            .args(["install", "cargo-semver-checks", "--version", VERSION, "--locked", "--root"])
            .arg(&tools)
            .status()
            .map_err(|e| format!("cannot run cargo install: {e}"))?;
        if !status.success() {
            return Err(format!("cargo install cargo-semver-checks {VERSION} failed ({status})"));
        }
    }
    Ok(binary)
}

/// Installs the tool if `cargo xtask diff BASE --semver` will run it (a
/// file it watches changed since `base`), and says which. `.ci/run` calls
/// it in the background, at the lowest priority, while the tests run.
pub fn prepare(root: &Path, base: &str) -> Result<String, String> {
    let changed = changed_inputs(root, base)?;
    if changed.is_empty() {
        return Ok(format!("cargo-semver-checks is not needed: nothing it checks changed since {base}"));
    }
    let binary = install(root)?;
    Ok(format!("cargo-semver-checks {VERSION} is ready: {}", binary.display()))
}

/// What cargo-semver-checks found against `base`.
#[derive(Debug)]
pub struct Findings {
    /// Whether any lint failed.
    pub breaking: bool,
    /// The report, as Markdown.
    pub markdown: String,
}

/// The workspace files outside the public crates' directories that their
/// Rust API depends on: the manifest (versions and features of what they
/// re-export), the lock file (the versions resolved), the toolchain and
/// cargo's configuration.
pub const WORKSPACE_INPUTS: &[&str] = &["Cargo.toml", "Cargo.lock", "rust-toolchain", "rust-toolchain.toml", ".cargo/"];

/// Whether `path` (relative to the workspace root, `/`-separated) is
/// something cargo-semver-checks' answer depends on: a file of a public
/// crate's directory (its sources, the generated code, its manifest, the
/// README its docs include), or one of [`WORKSPACE_INPUTS`].
pub fn watched(path: &str) -> bool {
    PUBLIC_CRATES.iter().any(|name| path.starts_with(&format!("crates/{name}/")))
        || WORKSPACE_INPUTS
            .iter()
            .any(|input| if input.ends_with('/') { path.starts_with(input) } else { path == *input })
}

/// The [`watched`] files that differ between git revision `base` and the
/// working tree (committed, staged, unstaged or untracked).
pub fn changed_inputs(root: &Path, base: &str) -> Result<Vec<String>, String> {
    let git = |args: &[&str]| -> Result<String, String> {
        let output =
            Command::new("git").args(args).current_dir(root).output().map_err(|e| format!("cannot run git: {e}"))?;
        if !output.status.success() {
            return Err(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim()));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let changed = git(&["diff", "--name-only", "--no-renames", base, "--"])?;
    let untracked = git(&["ls-files", "--others", "--exclude-standard"])?;
    let mut paths: Vec<String> =
        changed.lines().chain(untracked.lines()).filter(|path| watched(path)).map(str::to_owned).collect();
    paths.sort();
    paths.dedup();
    Ok(paths)
}

/// Runs cargo-semver-checks on the public crates against git revision
/// `base`, unless no [`watched`] file changed since: then the crates are
/// the same source on the same dependencies, and their API is the same.
pub fn check(root: &Path, base: &str) -> Result<Findings, String> {
    let short = base.get(..12).unwrap_or(base);
    let changed = changed_inputs(root, base)?;
    if changed.is_empty() {
        return Ok(Findings {
            breaking: false,
            markdown: format!(
                "### Rust API (cargo-semver-checks {VERSION} against `{short}`)\n\nSkipped: no file of a public crate, \
                 nor the workspace's manifest, lock file or toolchain, changed since `{short}`, so their Rust API is the same.\n"
            ),
        });
    }
    eprintln!(
        "cargo-semver-checks: {} file(s) of the public crates changed since {short}, such as {}",
        changed.len(),
        changed[0]
    );
    let binary = install(root)?;
    let mut command = Command::new(&binary);
    command.args(["semver-checks", "--baseline-rev", base, "--color", "never"]);
    // The tool gives each crate, baseline and current, a target directory of
    // its own (eight here), so it checked the same dependencies eight times:
    // 231 s. It takes its directory from `cargo metadata`, which follows
    // CARGO_TARGET_DIR: one directory for all of them builds each
    // dependency once per feature set (118 s). Their rustdoc JSON shares a
    // path there (`doc/<crate>.json`, baseline and current alike), so our
    // crates' own outputs and fingerprints go first: their rustdoc is always
    // written by this run, never read back from an earlier one.
    let build = root.join("target").join("semver-checks");
    forget_own_docs(&build)?;
    command.env("CARGO_TARGET_DIR", &build);
    // A crate with a library at the base: a binary has no Rust API to
    // break, and a crate new since the base has nothing to compare.
    for name in PUBLIC_CRATES.iter().filter(|name| has_library_at(root, base, name)) {
        command.args(["--package", name]);
    }
    let output = command.current_dir(root).output().map_err(|e| format!("cannot run cargo-semver-checks: {e}"))?;
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let interesting: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|line| {
            let line = line.trim_start();
            line.starts_with("--- failure")
                || line.starts_with("Summary")
                || line.starts_with("Failed in:")
                || line.starts_with("field ")
                || line.starts_with("variant ")
                || line.starts_with("function ")
                || line.starts_with("method ")
                || line.starts_with("struct ")
                || line.starts_with("enum ")
                || line.starts_with("error")
        })
        .collect();
    let mut markdown = format!("### Rust API (cargo-semver-checks {VERSION} against `{short}`)\n\n");
    if output.status.success() {
        markdown.push_str("No semver violation in the public crates.\n");
        for line in interesting.iter().filter(|l| l.trim_start().starts_with("Summary")) {
            markdown.push_str(&format!("- {}\n", line.trim()));
        }
    } else if interesting.is_empty() {
        return Err(format!("cargo-semver-checks failed ({}):\n{text}", output.status));
    } else {
        markdown.push_str("```text\n");
        for line in &interesting {
            markdown.push_str(line);
            markdown.push('\n');
        }
        markdown.push_str("```\n");
    }
    Ok(Findings { breaking: !output.status.success(), markdown })
}

/// Removes what `build` (the tool's target directory) holds of the public
/// crates' own rustdoc: the JSON files and the fingerprints of their units,
/// so that cargo runs rustdoc on them again and the tool cannot read a
/// baseline's JSON as the current one (or the reverse). Dependencies stay.
fn forget_own_docs(build: &Path) -> Result<(), String> {
    let own = |name: &str| PUBLIC_CRATES.iter().any(|krate| name.starts_with(&format!("{krate}-")));
    let doc = build.join("doc");
    if doc.exists() {
        std::fs::remove_dir_all(&doc).map_err(|e| format!("cannot remove {}: {e}", doc.display()))?;
    }
    let fingerprints = build.join("debug").join(".fingerprint");
    let Ok(entries) = std::fs::read_dir(&fingerprints) else { return Ok(()) };
    for entry in entries.flatten() {
        if own(&entry.file_name().to_string_lossy()) {
            let path = entry.path();
            std::fs::remove_dir_all(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Whether the public crate `name` had a library (`src/lib.rs`) at `base`.
fn has_library_at(root: &Path, base: &str, name: &str) -> bool {
    Command::new("git")
        .args(["cat-file", "-e", &format!("{base}:crates/{name}/src/lib.rs")])
        .current_dir(root)
        .status()
        .is_ok_and(|status| status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_crates_rustdoc_is_forgotten() {
        let build = std::env::temp_dir().join(format!("xtask-forget-own-docs-{}", std::process::id()));
        let fingerprints = build.join("debug").join(".fingerprint");
        let ours = ["elasticpath-subscriptions-types-1a2b", "elasticpath-subscriptions-cli-3c4d"];
        let theirs = ["serde_json-5e6f", "elasticpath-subscriptions-typesetter-7a8b", "local-placeholder-9c0d"];
        for dir in ours.iter().chain(&theirs) {
            std::fs::create_dir_all(fingerprints.join(dir)).unwrap();
        }
        std::fs::create_dir_all(build.join("doc")).unwrap();
        std::fs::write(build.join("doc").join("elasticpath_subscriptions_types.json"), "{}").unwrap();

        forget_own_docs(&build).unwrap();
        assert!(!build.join("doc").exists(), "the JSON of the last run is gone");
        for dir in ours {
            assert!(!fingerprints.join(dir).exists(), "{dir} is built again");
        }
        for dir in theirs {
            assert!(fingerprints.join(dir).exists(), "{dir} is kept");
        }
        // Nothing built yet is nothing to forget.
        forget_own_docs(&build.join("absent")).unwrap();
        std::fs::remove_dir_all(&build).unwrap();
    }
}
