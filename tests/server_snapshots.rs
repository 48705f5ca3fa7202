//! Snapshot tests of the server generator: one small fixture spec per
//! feature, run through the real `generate` pipeline with the paths of a
//! snapshot, and compared with the committed files in
//! `crates/elasticpath-subscriptions-server/src/fixtures/` (a diff is shown on failure).
//! The server crate compiles those files in its own tests and serves
//! requests through them (`src/fixtures/mod.rs`).
//!
//! After a deliberate change to the generator, refresh the snapshots with
//! `EXPECTORATE=overwrite cargo test -p subscriptions-tests --test workspace server_snapshots::`
//! and review the diff.

use subscriptions_codegen::{Spec, Target};

/// Where the snapshots live, relative to the workspace root.
const DIR: &str = "crates/elasticpath-subscriptions-server/src/fixtures";

const REFRESH: &str = "EXPECTORATE=overwrite cargo test -p subscriptions-tests --test workspace server_snapshots::";

fn check(name: &str) {
    let root = subscriptions_tests::root();
    let fixture = format!("tests/fixtures/server/{name}.yaml");
    let spec = Spec::load(&root.join(&fixture), &fixture).unwrap_or_else(|e| panic!("{e}"));
    let files = subscriptions_codegen::generate(&spec, &Target::snapshot(DIR, name, REFRESH))
        .unwrap_or_else(|e| panic!("{fixture}: {e}"));
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        [format!("{DIR}/{name}.openapi.json"), format!("{DIR}/{name}.rs")],
        "a snapshot is the server file and its JSON document"
    );
    for (path, contents) in &files {
        expectorate::assert_contents(root.join(path), contents);
    }
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

#[test]
fn response_headers() {
    check("response_headers");
}

#[test]
fn header_parameters() {
    check("header_params");
}

#[test]
fn default_response() {
    check("default_response");
}

#[test]
fn raw_bodies() {
    check("raw_body");
}

#[test]
fn error_schemas_by_status() {
    check("error_schemas_by_status");
}

/// Elastic Path's own Subscriptions document (release 26.0427, all 85
/// operations), as it is published, generated into a crate of its own,
/// `tests/upstream`, which compiles it and serves its examples.
#[test]
fn the_upstream_subscriptions_document() {
    let root = subscriptions_tests::root();
    let fixture = "tests/fixtures/upstream/subscriptions-26.0427.yaml";
    let spec = Spec::load(&root.join(fixture), fixture).unwrap_or_else(|e| panic!("{e}"));
    let files = subscriptions_codegen::generate(&spec, &Target::external("tests/upstream", REFRESH))
        .unwrap_or_else(|e| panic!("{fixture}: {e}"));
    assert_eq!(files.len(), 5, "types, client, server, examples and the JSON document");
    for (path, contents) in &files {
        expectorate::assert_contents(root.join(path), contents);
    }
}
