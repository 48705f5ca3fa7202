#![doc = include_str!("../README.md")]
//!
//! ## In detail
//!
//! - [`Client`] has one method per operation, each returning a builder
//!   whose `send` returns `Result<ResponseValue<T>, Error>`; the request
//!   and response types are the shared [`types`].
//! - Clients are made by [`Client::builder`] (tokens, retries, rate limit,
//!   interceptors, timeouts) or [`Client::with_bearer_token`], so every
//!   client has a [`TokenProvider`] and a [`RetryPolicy`].
//! - Every call fails with the one readable [`Error`], whose helpers
//!   (`is_not_found`, `is_rate_limited`, `retry_after`, …) say what
//!   happened; bodies it reads are bounded ([`MAX_ANSWER`],
//!   [`MAX_ERROR_ANSWER`]).
//! - [`ext`] has the streams that walk every page of a list; a
//!   [`ListFilter`] gives them the `filter` and the page size.

// On docs.rs (nightly, `--cfg docsrs`), items behind a cargo feature say which.
#![cfg_attr(docsrs, feature(doc_cfg))]

// progenitor documents what the operations document; its builder
// internals are undocumented.
#[allow(missing_docs)]
#[rustfmt::skip]
mod generated;

mod auth;
pub mod creates;
mod error;
pub mod ext;
mod jobs;
mod redirect;
mod retry;
mod runtime;

/// What generated code uses from this crate's runtime. Not a public API:
/// it changes with the generator.
#[doc(hidden)]
pub mod __generated {
    pub use crate::runtime::CommaSeparated;
}
mod setup;
mod tls;

pub use tls::install as install_tls_provider;

pub use auth::{AccessToken, ClientCredentials, MAX_TOKEN_ANSWER, StaticToken, TokenError, TokenFuture, TokenProvider};
pub use creates::RECOVERED;
pub use error::{Error, MAX_SHOWN, MAX_UNDOCUMENTED_BODY};
pub use ext::{EU_WEST, ListFilter, US_EAST};
pub use generated::*;
pub use jobs::{Created, JobWaiter, Progress, WaitError, polling_defaults};
pub use retry::RetryPolicy;
pub use runtime::{Call, Interceptor, MAX_ANSWER, MAX_ERROR_ANSWER, Settings};
pub use setup::{BuildError, ClientBuilder, USER_AGENT};
/// The `filter` of the list calls and streams, typed: see [`types::filter`].
pub use types::filter::Filter;

pub(crate) use runtime::Operation;

/// The operationIds of the API's operations, as the spec lists them.
pub fn operation_ids() -> impl Iterator<Item = &'static str> {
    generated::OPERATIONS.iter().map(|operation| operation.name)
}

/// The versions this crate is built with, so you need not add them yourself.
pub use {chrono, reqwest, uuid};
