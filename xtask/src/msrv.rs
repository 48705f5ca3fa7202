//! `cargo xtask msrv`: what can be checked of the declared minimum Rust
//! version on the toolchain at hand. Clippy's `incompatible_msrv` lint
//! (`clippy.toml`) catches our own use of newer std APIs; this checks that
//! no crate a public crate depends on (normal dependencies, as users build
//! them) declares a `rust-version` above ours.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::release::PUBLIC_CRATES;

fn version_of(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text.split('.').map(|part| part.parse::<u64>().ok());
    Some((parts.next()??, parts.next().flatten().unwrap_or(0), parts.next().flatten().unwrap_or(0)))
}

/// The problems found; empty if none.
pub fn check(root: &Path) -> Result<Vec<String>, String> {
    let output = crate::process::cargo()
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let packages: BTreeMap<&str, &Value> =
        metadata["packages"].as_array().into_iter().flatten().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let nodes: BTreeMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let ours = |name: &str| packages.values().find(|p| p["name"] == name).and_then(|p| p["rust_version"].as_str());
    let declared = ours(PUBLIC_CRATES[0]).ok_or("the public crates declare no rust-version")?;
    let msrv = version_of(declared).ok_or_else(|| format!("rust-version `{declared}` is not a version"))?;
    let mut todo: Vec<&str> = packages
        .iter()
        .filter(|(_, p)| PUBLIC_CRATES.contains(&p["name"].as_str().unwrap_or_default()))
        .map(|(id, _)| *id)
        .collect();
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        let package = packages[id];
        if let Some(theirs) = package["rust_version"].as_str()
            && version_of(theirs).is_some_and(|v| v > msrv)
        {
            problems.push(format!(
                "{} {} needs Rust {theirs}, above our rust-version {declared}",
                package["name"].as_str().unwrap_or("?"),
                package["version"].as_str().unwrap_or("?")
            ));
        }
        for dep in nodes.get(id).and_then(|n| n["deps"].as_array()).into_iter().flatten() {
            let normal = dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"].is_null());
            if normal && let Some(dep_id) = dep["pkg"].as_str() {
                todo.push(dep_id);
            }
        }
    }
    problems.sort();
    println!("msrv: {declared}; {} crates in the public crates' normal dependencies checked", seen.len());
    Ok(problems)
}
