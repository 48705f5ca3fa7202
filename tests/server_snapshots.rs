//! Snapshot tests of the server generator: one small fixture spec per
//! feature, each generated module compared with its committed snapshot in
//! `tests/snapshots/server/`. `server_snapshots_compile.rs` compiles them and
//! serves requests through one.
//!
//! After a deliberate change to the generator, refresh the snapshots with
//! `UPDATE_SNAPSHOTS=1 cargo test -p subscriptions-tests --test server_snapshots`
//! and review the diff.

use subscriptions_codegen::Spec;

fn check(name: &str) {
    let root = subscriptions_tests::root();
    let fixture = format!("tests/fixtures/server/{name}.yaml");
    let spec = Spec::load(&root.join(&fixture), &fixture).unwrap_or_else(|e| panic!("{e}"));
    let header = format!(
        "// Snapshot of the server generator for {fixture}.\n\
         // Refresh: UPDATE_SNAPSHOTS=1 cargo test -p subscriptions-tests --test server_snapshots\n\n"
    );
    let generated = subscriptions_codegen::server_snapshot(&spec, &header).unwrap_or_else(|e| panic!("{e}"));
    let path = root.join(format!("tests/snapshots/server/{name}.rs"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "the server generator's output for {fixture} differs from {}; if the change is intended, \
         refresh with UPDATE_SNAPSHOTS=1 and review the diff",
        path.display()
    );
}

#[test]
fn path_parameter() {
    check("path_param");
}

#[test]
fn bracketed_query_parameters() {
    check("bracketed_query");
}

#[test]
fn body_with_three_statuses() {
    check("body_three_statuses");
}

#[test]
fn no_content_without_body() {
    check("no_content");
}

#[test]
fn discriminated_union_and_open_enum() {
    check("discriminated_union");
}
