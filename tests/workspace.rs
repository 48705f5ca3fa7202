//! The workspace's tests, one binary: each file here is a module, named
//! for what it proves (see CONTRIBUTING.md for the list). Run one file's
//! tests with its name as the filter, as in
//! `cargo test -p subscriptions-tests --test workspace hardening::`.
//! (`client_tracing.rs` is a binary of its own: see its first lines.)

mod bad_requests;
mod client_ext;
mod client_production;
mod compiled_checks;
mod conformance;
mod constraints;
/// A sandbox on a thread of its own, for the tests on a paused clock.
mod elsewhere;
mod examples;
mod forward_compat;
mod freshness;
mod fuzz_decoding;
mod generator_errors;
mod hardening;
mod hardening_ii;
mod jobs;
mod live_api;
mod load_generator;
mod sandbox;
mod server_http;
mod server_snapshots;
mod spec_review;
