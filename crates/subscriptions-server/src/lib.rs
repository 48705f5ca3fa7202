//! Server side of the Elastic Path Commerce Cloud Subscriptions API, jobs
//! and schedules: one trait, [`SubscriptionsApi`], with one method per
//! operation, and an axum [`router`] that serves an implementation of it.
//!
//! Generated from `openapi/subscriptions.yaml` by `cargo xtask generate`.
//! The request and response types are the shared `subscriptions-types`
//! crate; this crate does not depend on the client or on reqwest.
//!
//! Before a method is called the router has answered, in the API's
//! documented error format, every request that is not well-formed:
//!
//! | problem | status |
//! |---|---|
//! | missing or malformed `Authorization: Bearer` | 401 |
//! | malformed JSON, wrong types, violated constraints, bad path or query values | 400 |
//! | body over [`RouterOptions::body_limit`] | 413 |
//! | body that is not `application/json` | 415 |
//! | unknown path | 404 |
//! | method the path does not have | 405, with `Allow` |
//! | a panic in the implementation | 500 |
//!
//! ```
//! use subscriptions_server::{GetJobResponse, RequestContext, SubscriptionsApi};
//! # use subscriptions_server::*;
//! use subscriptions_types as types;
//!
//! struct Jobs;
//!
//! impl SubscriptionsApi for Jobs {
//!     async fn get_job(&self, context: RequestContext, job_uuid: uuid::Uuid) -> GetJobResponse {
//!         GetJobResponse::NotFound(subscriptions_server::not_found(format!("no job {job_uuid}")))
//!     }
//!     // … one `async fn` per operation.
//! #   async fn list_jobs(&self, _: RequestContext, _: ListJobsQuery) -> ListJobsResponse { unimplemented!() }
//! #   async fn create_job(&self, _: RequestContext, _: types::JobCreateRequest) -> CreateJobResponse { unimplemented!() }
//! #   async fn delete_job(&self, _: RequestContext, _: uuid::Uuid) -> DeleteJobResponse { unimplemented!() }
//! #   async fn list_schedules(&self, _: RequestContext, _: ListSchedulesQuery) -> ListSchedulesResponse { unimplemented!() }
//! #   async fn create_schedule(&self, _: RequestContext, _: types::ScheduleCreateRequest) -> CreateScheduleResponse { unimplemented!() }
//! #   async fn get_schedule(&self, _: RequestContext, _: uuid::Uuid) -> GetScheduleResponse { unimplemented!() }
//! #   async fn update_schedule(&self, _: RequestContext, _: uuid::Uuid, _: types::ScheduleUpdateRequest) -> UpdateScheduleResponse { unimplemented!() }
//! #   async fn delete_schedule(&self, _: RequestContext, _: uuid::Uuid) -> DeleteScheduleResponse { unimplemented!() }
//! }
//!
//! let app: axum::Router = subscriptions_server::router(Jobs);
//! ```

// The generated code documents what the spec documents.
#[allow(missing_docs)]
#[rustfmt::skip]
mod generated;

pub mod runtime;
pub mod serve;

pub use generated::*;
pub use runtime::{RequestContext, RouterOptions, Unauthenticated};
pub use serve::{ServeOptions, serve};

/// An `ErrorResponse` with one error.
pub fn error(status: u16, title: &str, detail: Option<String>) -> subscriptions_types::ErrorResponse {
    subscriptions_types::ErrorResponse {
        errors: vec![subscriptions_types::Error {
            status: subscriptions_types::ErrorStatus::String(
                status.to_string().parse().expect("a three-digit status matches the status pattern"),
            ),
            title: title.to_owned(),
            detail,
            meta: Default::default(),
        }],
    }
}

/// A `400 Validation Error` body; `detail` should start with the JSON path of
/// the offending field, as in `data.attributes.name: "name" is required`.
pub fn validation_error(detail: impl Into<String>) -> subscriptions_types::ErrorResponse {
    error(400, "Validation Error", Some(detail.into()))
}

/// A `401 Unauthorized` body.
pub fn unauthorized(detail: impl Into<String>) -> subscriptions_types::ErrorResponse {
    error(401, "Unauthorized", Some(detail.into()))
}

/// A `403 Forbidden` body.
pub fn forbidden(detail: impl Into<String>) -> subscriptions_types::ErrorResponse {
    error(403, "Permission denied", Some(detail.into()))
}

/// A `404 Not Found` body.
pub fn not_found(detail: impl Into<String>) -> subscriptions_types::ErrorResponse {
    error(404, "Not Found", Some(detail.into()))
}

/// A `409 Write Conflict` body.
pub fn write_conflict(detail: impl Into<String>) -> subscriptions_types::ErrorResponse {
    error(409, "Write Conflict", Some(detail.into()))
}

/// A `500 Internal Server Error` body.
pub fn internal_error(detail: impl Into<String>) -> subscriptions_types::ErrorResponse {
    error(500, "Internal Server Error", Some(detail.into()))
}
