//! `cargo xtask lint`, `cargo xtask diff` and `cargo xtask docs`: the
//! commands a reviewer of a spec change runs.

use std::path::Path;
use std::process::Command;

use subscriptions_codegen::SPEC_PATH;
use subscriptions_review::{diff, lint};

use crate::node;

/// Exit code of `diff` for a breaking change (or a version not bumped).
pub const EXIT_BREAKING: u8 = 4;

/// Runs the house rules; returns the findings as printed lines.
pub fn lint_findings(root: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(root.join(SPEC_PATH)).map_err(|e| format!("{SPEC_PATH}: {e}"))?;
    Ok(lint::lint_text(&text, SPEC_PATH).iter().map(|f| format!("{SPEC_PATH}{f}")).collect())
}

/// Runs Redocly's linter with `redocly.yaml`; `Ok(true)` when it passes.
pub fn redocly_lint(root: &Path) -> Result<bool, String> {
    let status = node::command(root, "redocly")?
        .args(["lint", SPEC_PATH, "--config", "redocly.yaml", "--format", "codeframe"])
        .status()
        .map_err(|e| format!("cannot run redocly: {e}"))?;
    Ok(status.success())
}

/// The spec as it is at git revision `base`, or `None` if it did not exist.
pub fn spec_at(root: &Path, base: &str) -> Result<Option<String>, String> {
    file_at(root, base, SPEC_PATH)
}

/// The text of `path` (relative to the workspace root) at git revision
/// `rev`, or `None` if it did not exist there.
pub fn file_at(root: &Path, rev: &str, path: &str) -> Result<Option<String>, String> {
    let output = Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        return String::from_utf8(output.stdout).map(Some).map_err(|e| format!("{rev}:{path} is not UTF-8: {e}"));
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("does not exist") || stderr.contains("exists on disk, but not in") {
        return Ok(None);
    }
    Err(format!("git show {rev}:{path}: {}", stderr.trim()))
}

/// The default base: the merge base of `HEAD` with `main` (or `origin/main`),
/// else `HEAD` itself.
pub fn default_base(root: &Path) -> Result<String, String> {
    for branch in ["main", "origin/main"] {
        let output = Command::new("git")
            .args(["merge-base", "HEAD", branch])
            .current_dir(root)
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if output.status.success() {
            return Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned());
        }
    }
    Ok("HEAD".to_owned())
}

/// Options of `cargo xtask diff`.
#[derive(Debug, Default)]
pub struct DiffOptions {
    /// The revision to compare against; default: [`default_base`].
    pub base: Option<String>,
    /// Exit 0 even when the change is breaking.
    pub allow_breaking: bool,
    /// Fail unless `info.version` was bumped to match.
    pub check_version: bool,
    /// Also write the report to this file.
    pub output: Option<std::path::PathBuf>,
    /// Add cargo-semver-checks' findings on the public crates.
    pub semver: bool,
}

/// Compares the spec at the base revision with the working tree and prints
/// the Markdown report; returns the exit code.
pub fn diff(root: &Path, options: &DiffOptions) -> Result<u8, String> {
    let base = match &options.base {
        Some(base) => base.clone(),
        None => default_base(root)?,
    };
    let new_text = std::fs::read_to_string(root.join(SPEC_PATH)).map_err(|e| format!("{SPEC_PATH}: {e}"))?;
    let new = subscriptions_codegen::Spec::parse(&new_text, SPEC_PATH).map_err(|e| e.to_string())?;
    let old_file = format!("{base}:{SPEC_PATH}");
    let old = match spec_at(root, &base)? {
        Some(text) => subscriptions_codegen::Spec::parse(&text, &old_file),
        None => subscriptions_codegen::Spec::from_value(
            serde_json::json!({ "openapi": "3.0.3", "info": { "title": "", "version": "0.0.0" }, "paths": {} }),
            &old_file,
        ),
    }
    .map_err(|e| e.to_string())?;
    let report = diff::compare(&old, &new)?;
    let short = base.get(..12).unwrap_or(&base);
    let mut markdown = report.markdown(&format!("API changes in `{SPEC_PATH}` ({short} → working tree)"));
    let mut rust_breaking = false;
    if options.semver {
        let findings = crate::semver_checks::check(root, &base)?;
        rust_breaking = findings.breaking;
        markdown.push_str(&findings.markdown);
    }
    print!("{markdown}");
    if let Some(path) = &options.output {
        std::fs::write(path, &markdown).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut code = 0;
    // With `--check-version`, a major bump says the breaking changes are
    // intended: the version is what fits them.
    let major = options.check_version
        && semver::Version::parse(&report.versions.0)
            .ok()
            .zip(semver::Version::parse(&report.versions.1).ok())
            .is_some_and(|(old, new)| new.major > old.major);
    if (report.is_breaking() || rust_breaking) && !options.allow_breaking && !major {
        eprintln!("breaking changes; if they are intended, bump the major version and pass --allow-breaking");
        code = EXIT_BREAKING;
    }
    if options.check_version
        && let Err(problem) = report.check_version()
    {
        eprintln!("{problem}");
        code = EXIT_BREAKING;
    }
    Ok(code)
}

/// Builds the one-page HTML reference into `target/docs/`.
pub fn docs(root: &Path) -> Result<std::path::PathBuf, String> {
    let out = root.join("target").join("docs").join("subscriptions.html");
    std::fs::create_dir_all(out.parent().expect("a parent")).map_err(|e| e.to_string())?;
    let status = node::command(root, "redocly")?
        .args(["build-docs", SPEC_PATH, "--config", "redocly.yaml", "--output"])
        .arg(&out)
        .status()
        .map_err(|e| format!("cannot run redocly: {e}"))?;
    if status.success() { Ok(out) } else { Err(format!("redocly build-docs failed ({status})")) }
}
