#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
//!
//! ## In detail
//!
//! - Constrained strings are newtypes that validate when built or
//!   deserialized: a [`ScheduleName`] is 3 to 1024 characters, an
//!   [`ExternalRef`] at most 2048.
//! - Maps are `BTreeMap`s, so serialized JSON is stable.
//! - Optional nullable attributes (such as `name` in
//!   [`ScheduleUpdateAttributes`]) are `Option<Option<T>>`: `None` leaves
//!   the attribute out, `Some(None)` sends `null`, `Some(Some(v))` sends `v`.
//! - Request structs have a builder in [`builder`]; response structs are
//!   built with `new` and their optional fields set on the value.
//! - The attributes that depend on the job type are [`JobTypeAttributes`],
//!   an enum chosen by `job_type`, flattened into [`JobCreateAttributes`]
//!   and [`JobResponseAttributes`].
//! - Every enum and union a response can carry is open: a value this
//!   version does not know decodes as `Unknown` ([`UnknownValue`],
//!   [`UnknownShape`]) and is sent back unchanged, and the type is
//!   `#[non_exhaustive]`. Parsing (`FromStr`, `TryFrom`) accepts only the
//!   values the spec lists, and the `Unknown` payloads cannot be built by
//!   hand, so code that builds a request cannot send a typo.
//! - Open enums are ordered by their value as sent (`"failed" < "pending"`),
//!   not by variant, so a value keeps its place in a sorted list or a
//!   `BTreeSet` when a later version of this crate names it.
//!
//! ```
//! use elasticpath_subscriptions_types::JobType;
//!
//! // A job type no spec lists yet still decodes, and keeps its value.
//! let new: JobType = serde_json::from_str(r#""dunning-run""#)?;
//! assert_eq!(new.as_str(), "dunning-run");
//! assert_eq!(serde_json::to_string(&new)?, r#""dunning-run""#);
//! // Parsing, for values written in code, accepts only the known ones.
//! assert_eq!(
//!     "dunning-run".parse::<JobType>().unwrap_err().to_string(),
//!     r#""dunning-run" is not a valid JobType: expected one of billing-run, tax-run, payment-run, import, notification-run, subscription-update"#,
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```

// typify documents what the schemas document; fields without a description
// in the spec have no rustdoc, and its builders are undocumented.
#[allow(missing_docs)]
#[rustfmt::skip]
mod generated;

// On docs.rs (nightly, `--cfg docsrs`), items behind a cargo feature say which.
#[cfg(feature = "cron")]
#[cfg_attr(docsrs, doc(cfg(feature = "cron")))]
pub mod cron;
pub mod filter;

pub use generated::*;

impl JobStatus {
    /// Whether a job in this status is done: `success` or `failed`. A
    /// `pending` or `started` job is not, nor is a status this version does
    /// not know (a waiter keeps watching it).
    ///
    /// ```
    /// use elasticpath_subscriptions_types::JobStatus;
    ///
    /// assert!(JobStatus::Success.is_terminal() && JobStatus::Failed.is_terminal());
    /// assert!(!JobStatus::Started.is_terminal());
    /// ```
    pub fn is_terminal(&self) -> bool {
        matches!(self, JobStatus::Success | JobStatus::Failed)
    }
}

impl Job {
    /// The job's status.
    pub fn status(&self) -> &JobStatus {
        &self.attributes.status
    }

    /// Whether the job is done: see [`JobStatus::is_terminal`].
    pub fn is_terminal(&self) -> bool {
        self.attributes.status.is_terminal()
    }

    /// The report of a finished job, if it has one.
    pub fn report(&self) -> Option<&JobReport> {
        self.meta.report.as_ref()
    }

    /// The job's type, such as [`JobType::BillingRun`].
    pub fn job_type(&self) -> JobType {
        self.attributes.job_type.job_type()
    }
}

#[cfg(feature = "cron")]
#[cfg_attr(docsrs, doc(cfg(feature = "cron")))]
impl ScheduleCreateRequest {
    /// The next `n` runs after `from` of the schedule this request would
    /// create: see [`cron::next_runs`].
    pub fn next_runs(
        &self,
        from: chrono::DateTime<chrono::Utc>,
        n: usize,
    ) -> Result<Vec<chrono::DateTime<chrono::Utc>>, cron::TimingError> {
        let attributes = &self.data.attributes;
        cron::next_runs(&attributes.specification, &attributes.location, from, n)
    }
}

#[cfg(feature = "cron")]
#[cfg_attr(docsrs, doc(cfg(feature = "cron")))]
impl Schedule {
    /// The next `n` runs of this schedule after `from`: see
    /// [`cron::next_runs`]. Its `meta.scheduled_for` is the first run after
    /// its last change.
    pub fn next_runs(
        &self,
        from: chrono::DateTime<chrono::Utc>,
        n: usize,
    ) -> Result<Vec<chrono::DateTime<chrono::Utc>>, cron::TimingError> {
        cron::next_runs(&self.attributes.specification, &self.attributes.location, from, n)
    }
}
