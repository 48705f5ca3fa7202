//! `cargo xtask release`: versions that follow the spec.
//!
//! The public crates share one version, and it is the spec's
//! `info.version`. `openapi/released.yaml` is the spec as last released;
//! what changed since is judged by `cargo xtask diff`'s engine, HTTP and
//! Rust (see CONTRIBUTING.md, "Versions"), and needs at least the bump the
//! findings ask for. `release` applies it: the spec's `info.version`, the
//! crates' version, a CHANGELOG.md entry, the regenerated crates, and the
//! new baseline. `generate --check` fails while the version is too low.

use std::fs;
use std::path::Path;

use subscriptions_codegen::{SPEC_PATH, Spec};
use subscriptions_review::diff::{self, Bump, Report};

/// The spec as last released, relative to the workspace root.
pub const RELEASED_PATH: &str = "openapi/released.yaml";
/// The workspace manifest, whose `[workspace.package] version` the public
/// crates share.
const MANIFEST: &str = "Cargo.toml";
/// The changelog, newest entry first.
const CHANGELOG: &str = "CHANGELOG.md";
/// The crates that are published, and share the version.
pub const PUBLIC_CRATES: &[&str] = &[
    "elasticpath-subscriptions-types",
    "elasticpath-subscriptions-client",
    "elasticpath-subscriptions-server",
    "elasticpath-subscriptions-sandbox",
    "elasticpath-subscriptions-cli",
];

/// Where the versions stand.
#[derive(Debug)]
pub struct Standing {
    /// The comparison of the released spec with the working tree's.
    pub report: Report,
    /// The released version (`info.version` of the baseline).
    pub released: semver::Version,
    /// `info.version` now.
    pub spec: semver::Version,
    /// `[workspace.package] version` now.
    pub crates: semver::Version,
}

fn read(root: &Path, path: &str) -> Result<String, String> {
    fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))
}

fn parse_version(text: &str, whose: &str) -> Result<semver::Version, String> {
    semver::Version::parse(text).map_err(|e| format!("{whose} `{text}` is not a semver version: {e}"))
}

/// The value of `key` in table `table` (its header, as `[package]`) of a
/// manifest's text, spaces removed and quotes trimmed: `version` of
/// `[workspace.package]` is `3.0.0`, `version.workspace` of `[package]` is
/// `true`.
pub(crate) fn manifest_value(manifest: &str, table: &str, key: &str) -> Option<String> {
    let mut inside = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == table;
        } else if inside {
            let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            if let Some(value) = compact.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')) {
                return Some(value.trim_matches('"').to_owned());
            }
        }
    }
    None
}

/// `[workspace.package] version` of the manifest text.
pub(crate) fn crate_version(manifest: &str) -> Result<String, String> {
    manifest_value(manifest, "[workspace.package]", "version")
        .ok_or_else(|| format!("{MANIFEST}: no `version` in [workspace.package]"))
}

/// Compares the released spec with the working tree's.
pub fn standing(root: &Path) -> Result<Standing, String> {
    let old = Spec::parse(&read(root, RELEASED_PATH)?, RELEASED_PATH).map_err(|e| e.to_string())?;
    let new = Spec::parse(&read(root, SPEC_PATH)?, SPEC_PATH).map_err(|e| e.to_string())?;
    let report = diff::compare(&old, &new)?;
    let released = parse_version(&report.versions.0, &format!("{RELEASED_PATH}: info.version"))?;
    let spec = parse_version(&report.versions.1, &format!("{SPEC_PATH}: info.version"))?;
    let crates = parse_version(&crate_version(&read(root, MANIFEST)?)?, &format!("{MANIFEST}: version"))?;
    Ok(Standing { report, released, spec, crates })
}

impl Standing {
    /// Why the versions do not fit what changed, if they do not.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.crates != self.spec {
            problems.push(format!(
                "the crates are version {} but {SPEC_PATH} says info.version {}: they must agree \
                 (`cargo xtask release` sets both)",
                self.crates, self.spec
            ));
        }
        if let Some(needed) = self.report.required_bump() {
            let enough = Bump::between(&self.released, &self.spec).is_some_and(|bump| bump >= needed);
            if !enough {
                problems.push(format!(
                    "the spec changed since {} was released in a way that needs a {} bump (to {}), but \
                     info.version is {}: run `cargo xtask release`",
                    self.released,
                    needed.as_str(),
                    needed.apply(&self.released),
                    self.spec
                ));
            }
        }
        problems
    }
}

/// What `release` did or would do.
#[derive(Debug)]
pub struct Release {
    /// The bump applied.
    pub bump: Bump,
    /// The new version.
    pub version: semver::Version,
    /// The CHANGELOG.md entry.
    pub entry: String,
}

/// Replaces `info.version` in the spec's text, keeping everything else.
fn set_spec_version(spec: &str, version: &str) -> Result<String, String> {
    let info = spec.find("\ninfo:").ok_or_else(|| format!("{SPEC_PATH}: no top-level `info:`"))?;
    let at = spec[info..]
        .find("\n  version:")
        .map(|at| info + at + 1)
        .ok_or_else(|| format!("{SPEC_PATH}: no `info.version` line"))?;
    let end = spec[at..].find('\n').map_or(spec.len(), |end| at + end);
    Ok(format!("{}  version: {version}{}", &spec[..at], &spec[end..]))
}

/// Sets the shared version and the public crates' dependency versions.
fn set_manifest_version(manifest: &str, version: &str) -> String {
    let mut in_package = false;
    let mut out = String::new();
    for line in manifest.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_package = trimmed == "[workspace.package]";
        }
        let public_dependency = PUBLIC_CRATES.iter().any(|name| trimmed.starts_with(&format!("{name} = {{")));
        if in_package && trimmed.starts_with("version = ") {
            out.push_str(&format!("version = \"{version}\"\n"));
        } else if public_dependency && let Some(start) = line.find("version = \"") {
            let value = start + "version = \"".len();
            let end = line[value..].find('"').map_or(line.len(), |end| value + end);
            out.push_str(&format!("{}{version}{}", &line[..value], &line[end..]));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Today, for the changelog (UTC; the entry is written once).
fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// The heading of the notes a change the spec's diff cannot see (the
/// hand-written crates' Rust API) leaves for the next release.
const UNRELEASED: &str = "## Unreleased";

/// The CHANGELOG.md text without its `## Unreleased` section, and that
/// section's notes (empty if it has none).
fn unreleased(changelog: &str) -> (String, String) {
    let Some(start) = changelog.find(&format!("\n{UNRELEASED}\n")).map(|at| at + 1) else {
        return (changelog.to_owned(), String::new());
    };
    let body = start + UNRELEASED.len() + 1;
    let end = changelog[body..].find("\n## ").map_or(changelog.len(), |at| body + at + 1);
    let rest = format!("{}{}", &changelog[..start], &changelog[end..]);
    (rest, changelog[body..end].trim().to_owned())
}

/// Plans the release of what changed since the last one; `None` if
/// nothing did.
///
/// The bump is the larger of what the spec's changes need and what
/// `info.version` already says: a change the spec's diff cannot see, such
/// as one to the hand-written crates' Rust API, is released by setting
/// the version by hand (both places) and noting it under `## Unreleased` in
/// CHANGELOG.md; those notes join the release's entry.
pub fn plan(root: &Path) -> Result<Option<Release>, String> {
    let standing = standing(root)?;
    let needed = standing.report.required_bump();
    let by_hand = Bump::between(&standing.released, &standing.spec);
    let Some(bump) = needed.max(by_hand) else { return Ok(None) };
    let version = bump.apply(&standing.released);
    let mut report = standing.report;
    report.versions.1 = version.to_string();
    let mut entry = report.markdown(&format!("{version} ({})", today()));
    let (_, notes) = unreleased(&fs::read_to_string(root.join(CHANGELOG)).unwrap_or_default());
    if !notes.is_empty() {
        entry = format!("{}\n\n### Also in this release\n\n{notes}\n", entry.trim_end());
    }
    Ok(Some(Release { bump, version, entry }))
}

/// Applies `release`: the spec's version, the manifest's, the changelog
/// entry, the baseline. (Regeneration is the caller's next step.)
pub fn apply(root: &Path, release: &Release) -> Result<(), String> {
    let version = release.version.to_string();
    let spec = set_spec_version(&read(root, SPEC_PATH)?, &version)?;
    let manifest = set_manifest_version(&read(root, MANIFEST)?, &version);
    let changelog = match fs::read_to_string(root.join(CHANGELOG)) {
        Ok(text) => unreleased(&text).0,
        Err(_) => "# Changelog\n\nEvery release of the public crates, newest first, from `cargo xtask release`.\n\n"
            .to_owned(),
    };
    let first_entry = changelog.find("\n## ").map_or(changelog.len(), |at| at + 1);
    let changelog = format!("{}{}\n{}", &changelog[..first_entry], release.entry.trim_end(), &changelog[first_entry..]);
    let changelog = if changelog.ends_with('\n') { changelog } else { changelog + "\n" };
    // Everything computed first; then written.
    for (path, text) in [(SPEC_PATH, &spec), (MANIFEST, &manifest), (CHANGELOG, &changelog), (RELEASED_PATH, &spec)] {
        fs::write(root.join(path), text).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_value_is_read_from_its_table_only() {
        let manifest = "[package]\nname = \"a\"\nversion.workspace = true\n\n[workspace.package]\nversion = \"1.2.3\"\n\
                        [dependencies]\nversion = \"9\"\n";
        assert_eq!(manifest_value(manifest, "[workspace.package]", "version").as_deref(), Some("1.2.3"));
        assert_eq!(crate_version(manifest).as_deref(), Ok("1.2.3"));
        assert_eq!(manifest_value(manifest, "[package]", "version.workspace").as_deref(), Some("true"));
        // `version.workspace` is not `version`, and another table's is not this one's.
        assert_eq!(manifest_value(manifest, "[package]", "version"), None);
        assert_eq!(manifest_value("[dependencies]\nversion = \"1\"\n", "[package]", "version"), None);
        assert!(crate_version("[package]\nversion = \"1.0.0\"\n").is_err());
    }

    #[test]
    fn unreleased_notes_are_taken_out_whole() {
        let changelog = "# Changelog\n\nIntro.\n\n## Unreleased\n\n- `TokenError` is a struct.\n\n## 2.1.0\n\nFirst.\n";
        let (rest, notes) = unreleased(changelog);
        assert_eq!(rest, "# Changelog\n\nIntro.\n\n## 2.1.0\n\nFirst.\n");
        assert_eq!(notes, "- `TokenError` is a struct.");
        let (same, none) = unreleased("# Changelog\n\n## 2.1.0\n");
        assert_eq!((same.as_str(), none.as_str()), ("# Changelog\n\n## 2.1.0\n", ""));
        let (rest, notes) = unreleased("# Changelog\n\n## Unreleased\n\n- last\n");
        assert_eq!((rest.as_str(), notes.as_str()), ("# Changelog\n\n", "- last"));
    }

    #[test]
    fn versions_are_set_where_they_live() {
        let spec = "openapi: 3.0.3\ninfo:\n  title: T\n  version: 2.1.0\n  license:\n    name: x\npaths: {}\n";
        let set = set_spec_version(spec, "2.2.0").unwrap();
        assert_eq!(set, spec.replace("2.1.0", "2.2.0"));
        let manifest = "[workspace]\n[workspace.package]\nedition = \"2024\"\nversion = \"2.1.0\"\n\n\
                        [workspace.dependencies]\nsemver = \"1.0\"\n\
                        elasticpath-subscriptions-types = { path = \"crates/t\", version = \"2.1.0\" }\n";
        let set = set_manifest_version(manifest, "3.0.0");
        assert_eq!(set, manifest.replace("2.1.0", "3.0.0"));
        assert_eq!(crate_version(&set).unwrap(), "3.0.0");
    }

    /// A scratch root holding the workspace's spec as released, `spec` as
    /// the working copy, and a manifest at `crates`.
    fn scratch(spec: &str, crates: &str) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-release-{}-{}", std::process::id(), crates));
        fs::create_dir_all(root.join("openapi")).unwrap();
        let released = fs::read_to_string(crate::workspace_root().join(SPEC_PATH)).unwrap();
        fs::write(root.join(RELEASED_PATH), &released).unwrap();
        fs::write(root.join(SPEC_PATH), spec).unwrap();
        fs::write(
            root.join(MANIFEST),
            format!(
                "[workspace.package]\nversion = \"{crates}\"\n\n[workspace.dependencies]\n\
                 elasticpath-subscriptions-types = {{ path = \"t\", version = \"{crates}\" }}\n"
            ),
        )
        .unwrap();
        root
    }

    fn with_queued_at(spec: &str) -> String {
        let at = spec.find("    JobTimestamps:").unwrap();
        let at = at + spec[at..].find("        finished_at:").unwrap();
        let property = "        queued_at:\n          type: string\n          format: date-time\n          \
                        description: When the job was queued.\n";
        format!("{}{property}{}", &spec[..at], &spec[at..])
    }

    /// A new response property without a release: `--check` names the
    /// minor bump; `release` applies it everywhere, and then all agree.
    #[test]
    fn a_change_needs_its_release_and_release_makes_it() {
        let released = fs::read_to_string(crate::workspace_root().join(SPEC_PATH)).unwrap();
        let version = crate_version(&fs::read_to_string(crate::workspace_root().join(MANIFEST)).unwrap()).unwrap();
        let root = scratch(&with_queued_at(&released), &version);
        let problems = standing(&root).unwrap().problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("needs a minor bump"), "{}", problems[0]);

        let release = plan(&root).unwrap().expect("something changed");
        assert_eq!(release.bump, Bump::Minor);
        apply(&root, &release).unwrap();
        let next = release.version.to_string();
        assert!(standing(&root).unwrap().problems().is_empty());
        let manifest = fs::read_to_string(root.join(MANIFEST)).unwrap();
        assert_eq!(manifest.matches(&next).count(), 2, "{manifest}");
        let changelog = fs::read_to_string(root.join(CHANGELOG)).unwrap();
        assert!(changelog.contains(&format!("## {next} (")) && changelog.contains("queued_at"), "{changelog}");
        assert_eq!(plan(&root).unwrap().map(|r| r.version), None, "released: nothing left to release");

        let _ = fs::remove_dir_all(&root);

        // Crates that disagree with the spec are named too.
        let root = scratch(&released, "9.9.9");
        assert!(standing(&root).unwrap().problems()[0].contains("must agree"));
        let _ = fs::remove_dir_all(root);
    }
}
