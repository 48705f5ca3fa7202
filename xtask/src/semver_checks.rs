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
        // serial step on two cores. Without them, and unoptimised, it
        // builds in 95 s (171 s of CPU) where opt-level 1 took 227 s (435 s
        // of CPU), measured one after the other on 2 cores, and checks this
        // workspace's four crates in 27-32 s against 24-25 s: its own part
        // (parsing the rustdoc JSON, 229 lints) is about a second of that;
        // the rest is rustdoc. In CI it builds beside the other steps and
        // is the last to finish, so its CPU is what the run waits for.
        // (The pinned version and lock file stay.)
        let status = crate::process::cargo()
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
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

/// Installs the tool if `cargo xtask diff BASE --semver` will run it (see
/// [`nothing_to_check`]), and says which. `.ci/run` calls
/// it in the background, at the lowest priority, while the tests run.
pub fn prepare(root: &Path, base: &str) -> Result<String, String> {
    if let Some(why) = nothing_to_check(root, base)? {
        return Ok(format!("cargo-semver-checks is not needed: {why}"));
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

/// Why cargo-semver-checks has nothing to check against git revision
/// `base`, if so:
/// - no [`watched`] file changed since: the crates are the same source on
///   the same dependencies, and their API is the same;
/// - or every public crate it would compare (those with a library at
///   `base`) went up a major version since ([`allows_any_change`]): a major
///   release may change its Rust API in any way, and the tool then runs
///   none of its lints (measured on this workspace: "0 checks: 0 pass, 260
///   skip" for each crate, after 12 min of building the tool and rustdoc).
///
/// `None` when some crate's version allows less than a major change: then
/// the tool runs.
pub fn nothing_to_check(root: &Path, base: &str) -> Result<Option<String>, String> {
    let short = base.get(..12).unwrap_or(base);
    if changed_inputs(root, base)?.is_empty() {
        return Ok(Some(format!(
            "no file of a public crate, nor the workspace's manifest, lock file or toolchain, changed since \
             `{short}`, so their Rust API is the same"
        )));
    }
    let mut bumps = Vec::new();
    for name in PUBLIC_CRATES.iter().filter(|name| has_library_at(root, base, name)) {
        let (old, new) = (version_at(root, Some(base), name)?, version_at(root, None, name)?);
        if !allows_any_change(&old, &new) {
            return Ok(None);
        }
        bumps.push(format!("`{name}` {old} → {new}"));
    }
    if bumps.is_empty() {
        return Ok(Some(format!("no public crate had a library at `{short}` to compare with")));
    }
    Ok(Some(format!(
        "every public crate it compares went up a major version since `{short}` ({}): a major release may change \
         its Rust API in any way, so none of the tool's lints applies",
        bumps.join(", ")
    )))
}

/// Whether going from version `old` to `new` allows any change to a Rust
/// API, as cargo-semver-checks classifies the change (its
/// `classify_minimum_semver_version_change`): a major one when the
/// left-most non-zero component changed (`0.y` counts `y`, `0.0.z` counts
/// `z`), when a pre-release part changed, or when the version stayed at a
/// pre-release or at `0.0.z`. A major change supports every lint's required
/// update, so the tool skips them all.
pub fn allows_any_change(old: &semver::Version, new: &semver::Version) -> bool {
    if old.cmp_precedence(new) == std::cmp::Ordering::Equal {
        return !old.pre.is_empty() || (new.major == 0 && new.minor == 0);
    }
    if old.major != new.major {
        true
    } else if old.minor != new.minor {
        new.major == 0
    } else if old.patch != new.patch {
        new.major == 0 && new.minor == 0
    } else {
        // Only the pre-release part differs.
        true
    }
}

/// The version of public crate `name` at git revision `rev` (the working
/// tree for `None`): its own `version`, or the workspace's when its manifest
/// says `version.workspace = true`.
pub fn version_at(root: &Path, rev: Option<&str>, name: &str) -> Result<semver::Version, String> {
    let read = |path: &str| -> Result<String, String> {
        match rev {
            None => std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}")),
            Some(rev) => crate::review::file_at(root, rev, path)?.ok_or_else(|| format!("no {path} at {rev}")),
        }
    };
    use crate::release::{crate_version, manifest_value};
    let manifest_path = format!("crates/{name}/Cargo.toml");
    let manifest = read(&manifest_path)?;
    let text = if manifest_value(&manifest, "[package]", "version.workspace").as_deref() == Some("true") {
        crate_version(&read("Cargo.toml")?)?
    } else {
        manifest_value(&manifest, "[package]", "version").ok_or_else(|| format!("{manifest_path}: no version"))?
    };
    semver::Version::parse(&text).map_err(|e| format!("{manifest_path}: version `{text}`: {e}"))
}

/// Runs cargo-semver-checks on the public crates against git revision
/// `base`, unless it has [`nothing_to_check`].
pub fn check(root: &Path, base: &str) -> Result<Findings, String> {
    let short = base.get(..12).unwrap_or(base);
    if let Some(why) = nothing_to_check(root, base)? {
        return Ok(Findings {
            breaking: false,
            markdown: format!("### Rust API (cargo-semver-checks {VERSION} against `{short}`)\n\nSkipped: {why}.\n"),
        });
    }
    let changed = changed_inputs(root, base)?;
    eprintln!(
        "cargo-semver-checks: {} file(s) of the public crates changed since {short}, such as {}",
        changed.len(),
        changed.first().map_or("none now", String::as_str)
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
        // "fatal: path … does not exist" is the answer no, not an error.
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_allows_anything_as_cargo_semver_checks_says() {
        let v = |text: &str| semver::Version::parse(text).unwrap();
        // (from, to, a major change?): each branch of the tool's classification.
        for (old, new, major) in [
            ("2.1.0", "3.0.0", true),
            ("2.1.0", "2.2.0", false),
            ("2.1.0", "2.1.1", false),
            ("2.1.0", "2.1.0", false),
            ("3.0.0", "2.9.0", true),
            ("0.3.0", "0.4.0", true),
            ("0.3.0", "0.3.1", false),
            ("0.3.0", "0.3.0", false),
            ("0.0.1", "0.0.2", true),
            ("0.0.1", "0.0.1", true),
            ("3.0.0-rc.1", "3.0.0", true),
            ("3.0.0-rc.1", "3.0.0-rc.1", true),
            ("3.0.0", "3.0.0+build", false),
        ] {
            assert_eq!(allows_any_change(&v(old), &v(new)), major, "{old} → {new}");
        }
    }

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
