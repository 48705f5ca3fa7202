//! Jobs and schedules in any state, in one line, to seed a sandbox with
//! ([`Sandbox::seed_job`](crate::Sandbox::seed_job),
//! [`Sandbox::seed_schedule`](crate::Sandbox::seed_schedule)):
//!
//! ```
//! use elasticpath_subscriptions_sandbox::{JobFixture, Sandbox, ScheduleFixture};
//!
//! let sandbox = Sandbox::new();
//! let finished = sandbox.seed_job(JobFixture::billing_run().succeeded());
//! assert!(finished.meta.report.is_some());
//! let theirs = sandbox.seed_schedule(ScheduleFixture::daily_billing_run().owned_by_organization());
//! assert_eq!(theirs.meta.owner, elasticpath_subscriptions_types::OwnerMeta::Organization);
//! ```

use chrono::{DateTime, TimeDelta, Utc};
use elasticpath_subscriptions_types as types;
use uuid::Uuid;

use crate::runs::{Outcome, pending_job, report};

/// A job to seed: its type, state, owner and reference.
#[derive(Clone, Debug)]
pub struct JobFixture {
    job_type: types::JobTypeAttributes,
    status: types::JobStatus,
    owner: types::OwnerMeta,
    external_ref: Option<String>,
    report: Option<Option<types::JobReport>>,
    id: Option<Uuid>,
}

impl JobFixture {
    /// A `pending` job of `job_type`, owned by the store.
    pub fn of(job_type: types::JobTypeAttributes) -> JobFixture {
        JobFixture {
            job_type,
            status: types::JobStatus::Pending,
            owner: types::OwnerMeta::Store,
            external_ref: None,
            report: None,
            id: None,
        }
    }

    /// A billing run.
    pub fn billing_run() -> JobFixture {
        JobFixture::of(types::JobTypeAttributes::BillingRun(Default::default()))
    }

    /// A tax run adding taxes to `invoices` invoices (one 20% item each).
    pub fn tax_run(invoices: usize) -> JobFixture {
        let item = |_| types::InvoiceTaxItems {
            invoice_id: Uuid::new_v4(),
            tax_items: vec![types::TaxItem {
                type_: types::TaxItemType::TaxItem,
                name: Some("VAT".parse().expect("a short name")),
                code: Some("20.0 % S".parse().expect("a short code")),
                rate: 0.2,
                jurisdiction: Some("GB".parse().expect("a short jurisdiction")),
            }],
        };
        JobFixture::of(types::JobTypeAttributes::TaxRun(types::TaxRunJobAttributes {
            taxes: (0..invoices).map(item).collect(),
        }))
    }

    /// A payment run.
    pub fn payment_run() -> JobFixture {
        JobFixture::of(types::JobTypeAttributes::PaymentRun)
    }

    /// An import.
    pub fn import() -> JobFixture {
        JobFixture::of(types::JobTypeAttributes::Import)
    }

    /// A notification run.
    pub fn notification_run() -> JobFixture {
        JobFixture::of(types::JobTypeAttributes::NotificationRun)
    }

    /// A subscription update of `subscriptions` subscriptions, with no price changes.
    pub fn subscription_update(subscriptions: usize) -> JobFixture {
        JobFixture::of(types::JobTypeAttributes::SubscriptionUpdate(types::SubscriptionUpdateRunJobAttributes {
            excluded_subscription_ids: Vec::new(),
            offering_id: None,
            price_changes: types::SubscriptionPriceChanges::default(),
            subscription_ids: (0..subscriptions).map(|_| Uuid::new_v4()).collect(),
        }))
    }

    /// Started (now); it runs on from there, for its kind's duration, and
    /// succeeds.
    pub fn started(mut self) -> JobFixture {
        self.status = types::JobStatus::Started;
        self
    }

    /// Finished as `success`, with the report of its type.
    pub fn succeeded(mut self) -> JobFixture {
        self.status = types::JobStatus::Success;
        self
    }

    /// Finished as `failed`, with the report of its type counting a failure.
    pub fn failed(mut self) -> JobFixture {
        self.status = types::JobStatus::Failed;
        self
    }

    /// Owned by the organization: the store cannot delete it (`403`).
    pub fn owned_by_organization(mut self) -> JobFixture {
        self.owner = types::OwnerMeta::Organization;
        self
    }

    /// With this `external_ref`.
    pub fn external_ref(mut self, external_ref: &str) -> JobFixture {
        self.external_ref = Some(external_ref.to_owned());
        self
    }

    /// With this report (or none) instead of the one of its type.
    pub fn report(mut self, report: Option<types::JobReport>) -> JobFixture {
        self.report = Some(report);
        self
    }

    /// With this id instead of a new one.
    pub fn id(mut self, id: Uuid) -> JobFixture {
        self.id = Some(id);
        self
    }

    /// The job, as of `now`: a pending one created at `now` (it starts
    /// after [`RunSettings::start_after`](crate::RunSettings::start_after));
    /// a started one created a minute before and started at `now`; a
    /// finished one created two minutes before, started one minute before,
    /// finished at `now`.
    pub fn build(self, now: DateTime<Utc>) -> types::Job {
        let minutes = |n| now - TimeDelta::minutes(n);
        let created_at = match self.status {
            types::JobStatus::Pending => now,
            types::JobStatus::Started => minutes(1),
            _ => minutes(2),
        };
        let mut job = pending_job(self.job_type, created_at, self.owner);
        if let Some(id) = self.id {
            job.id = id;
        }
        job.attributes.external_ref =
            self.external_ref.map(|r| r.parse().expect("an external_ref of at most 2,048 characters"));
        job.attributes.status = self.status.clone();
        let outcome = match self.status {
            types::JobStatus::Pending => None,
            types::JobStatus::Started => {
                job.meta.timestamps.started_at = Some(now);
                job.attributes.updated_at = now;
                None
            }
            types::JobStatus::Failed => Some(Outcome::Failed),
            _ => Some(Outcome::Success),
        };
        if let Some(outcome) = outcome {
            job.meta.timestamps.started_at = Some(minutes(1));
            job.meta.timestamps.finished_at = Some(now);
            job.attributes.updated_at = now;
            job.meta.report = report(&job.attributes.job_type, outcome);
        }
        job.meta.timestamps.updated_at = job.attributes.updated_at;
        if let Some(report) = self.report {
            job.meta.report = report;
        }
        job
    }
}

/// A schedule to seed.
#[derive(Clone, Debug)]
pub struct ScheduleFixture {
    specification: String,
    location: String,
    job_type: types::ScheduleJobType,
    name: Option<String>,
    external_ref: Option<String>,
    owner: types::OwnerMeta,
}

impl ScheduleFixture {
    /// A schedule of `job_type` runs at `specification` (cron) in `location`.
    pub fn new(specification: &str, location: &str, job_type: types::ScheduleJobType) -> ScheduleFixture {
        ScheduleFixture {
            specification: specification.to_owned(),
            location: location.to_owned(),
            job_type,
            name: None,
            external_ref: None,
            owner: types::OwnerMeta::Store,
        }
    }

    /// A billing run every day at 00:30 in London.
    pub fn daily_billing_run() -> ScheduleFixture {
        ScheduleFixture::new("30 0 * * *", "Europe/London", types::ScheduleJobType::BillingRun)
    }

    /// Owned by the organization: the store cannot change or delete it (`403`).
    pub fn owned_by_organization(mut self) -> ScheduleFixture {
        self.owner = types::OwnerMeta::Organization;
        self
    }

    /// With this name.
    pub fn named(mut self, name: &str) -> ScheduleFixture {
        self.name = Some(name.to_owned());
        self
    }

    /// With this `external_ref`.
    pub fn external_ref(mut self, external_ref: &str) -> ScheduleFixture {
        self.external_ref = Some(external_ref.to_owned());
        self
    }

    /// The schedule, created at `now`, with its next run after `now`.
    ///
    /// # Panics
    ///
    /// If the specification or location is not one the API accepts.
    pub fn build(self, now: DateTime<Utc>) -> types::Schedule {
        let timing = crate::cron::Timing::new(&self.specification, &self.location)
            .unwrap_or_else(|e| panic!("a fixture schedule the API would refuse: {}: {}", e.attribute, e.reason));
        let mut attributes = types::ScheduleResponseAttributes::new(
            now,
            types::ScheduleJob { job_type: self.job_type },
            self.location.parse().expect("a location of at most 1,024 characters"),
            self.specification.parse().expect("a specification of at most 1,024 characters"),
            now,
        );
        attributes.external_ref =
            self.external_ref.map(|r| r.parse().expect("an external_ref of at most 2,048 characters"));
        attributes.name = self.name.map(|n| n.parse().expect("a name of at most 1,024 characters"));
        let mut meta = types::ScheduleMeta::new(self.owner, types::Timestamps::new(now, now));
        meta.scheduled_for = timing.next_after(now);
        types::Schedule::new(attributes, Uuid::new_v4(), meta, types::SubscriptionScheduleType::SubscriptionSchedule)
    }
}
