//! The `xtask` binary's exit codes, as CI and maintainers see them.

use std::process::Command;

fn xtask(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).output().expect("xtask runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn generate_check_passes_on_the_committed_tree() {
    let (code, out, err) = xtask(&["generate", "--check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("generated files are up to date"), "{out}");
}

#[test]
fn the_house_rules_pass_on_the_spec() {
    let (code, out, err) = xtask(&["lint", "--no-redocly"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 findings"), "{out}");
}

#[test]
fn a_bad_command_line_exits_with_2_and_the_usage() {
    for args in [&["bogus"][..], &["generate", "--force"], &["diff", "--frobnicate"]] {
        let (code, _, err) = xtask(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("usage: cargo xtask <command>"), "{args:?}: {err}");
    }
}

/// The units cargo would build for `args` (`--unit-graph`, which builds
/// nothing), each keyed by what makes cargo build it apart from another: its
/// crate, target, features, platform, mode and opt-level and debug info, and
/// the keys of what it depends on. With each key, the unit's crate, target
/// and mode, for messages.
fn units(args: &[&str]) -> Vec<(String, String)> {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is in the workspace");
    let output = Command::new(env!("CARGO"))
        .args(args)
        .args(["--unit-graph", "-Z", "unstable-options"])
        // Stable cargo prints the unit graph only with this.
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(workspace)
        .output()
        .expect("cargo runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a unit graph");
    let units = graph["units"].as_array().expect("units");
    fn key(units: &[serde_json::Value], index: usize, memo: &mut Vec<Option<String>>) -> String {
        if let Some(known) = &memo[index] {
            return known.clone();
        }
        let unit = &units[index];
        let field = |pointer: &str| unit.pointer(pointer).map(|v| v.to_string()).unwrap_or_default();
        let own = [
            "/pkg_id",
            "/target/name",
            "/target/kind",
            "/features",
            "/platform",
            "/mode",
            "/profile/opt_level",
            "/profile/debuginfo",
        ]
        .map(field)
        .join(" ");
        let mut dependencies: Vec<String> = unit["dependencies"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|dependency| dependency["index"].as_u64())
            .map(|dependency| key(units, dependency as usize, memo))
            .collect();
        dependencies.sort();
        // Short and unique enough to compare: a hash of the whole.
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (own, dependencies).hash(&mut hasher);
        let known = format!("{:016x}", hasher.finish());
        memo[index] = Some(known.clone());
        known
    }
    let mut memo = vec![None; units.len()];
    (0..units.len())
        .map(|index| {
            let unit = &units[index];
            let name = format!(
                "{} {} {} {}",
                unit["pkg_id"].as_str().unwrap_or_default().rsplit('#').next().unwrap_or_default(),
                unit["target"]["name"],
                unit["target"]["kind"],
                unit["mode"]
            );
            (key(units, index, &mut memo), name)
        })
        .collect()
}

/// On a fresh clone `cargo xtask generate` builds first and `cargo test
/// --workspace` after it. Neither builds a crate twice (the generator's
/// stack is wanted by proc-macros and by the generator: xtask's
/// build-dependencies give both sides the same features), and every unit
/// the first builds is one the second builds too (xtask's other
/// feature-alignment lines): this holds those lines of its Cargo.toml to
/// it as dependencies change.
#[test]
fn generate_builds_each_crate_once_and_the_workspace_tests_reuse_them() {
    let generate = units(&["build", "--package", "xtask"]);
    let tests = units(&["test", "--workspace", "--no-run"]);
    // The generator's stack (typify, progenitor, syn, serde, …), not a handful.
    assert!(generate.len() > 100, "{} units", generate.len());
    for (command, units) in [("cargo xtask generate", &generate), ("cargo test --workspace", &tests)] {
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&String> = units.iter().map(|(_, name)| name).filter(|name| !seen.insert(*name)).collect();
        assert!(twice.is_empty(), "`{command}` builds these twice, with different features: {twice:#?}");
    }
    let reused: std::collections::HashSet<&String> = tests.iter().map(|(key, _)| key).collect();
    let again: Vec<&String> = generate.iter().filter(|(key, _)| !reused.contains(key)).map(|(_, name)| name).collect();
    assert!(
        again.is_empty(),
        "built by `cargo xtask generate` and again, otherwise, by `cargo test --workspace`: {again:#?}"
    );
}
