//! Schedules that fire and jobs that run, on the sandbox's clock.
//!
//! Everything is driven by [`settle`]: given the time now, it makes happen,
//! in order of time, everything that was due by then:
//!
//! - **A schedule fires** at its `meta.scheduled_for`: it creates a
//!   `pending` job of its job type (created at the instant of the run), and
//!   `scheduled_for` moves to the next run of its `specification` in its
//!   `location`'s time zone. Across daylight-saving changes (croner's
//!   rules): a run in the hour that spring skips happens at the end of the
//!   gap (`30 1 * * *` in London on 2026-03-29 runs at 02:00 summer time);
//!   a run in the hour autumn repeats happens once, the first time.
//! - **Missed runs are queued.** When the clock jumps past several runs of a
//!   schedule at once, each run creates its own job, created at the
//!   instant of that run, as Elastic Path queues jobs. At most
//!   [`RunSettings::max_catch_up`] runs of one schedule are made up in one
//!   move of the clock (default 100, at least 1), and at most
//!   [`MAX_RUNS_PER_MOVE`] runs of all schedules; later ones are skipped,
//!   and `scheduled_for` moves to the first run after the new time. A run
//!   is skipped too when the jobs table is full of unfinished jobs
//!   ([`crate::store::MAX_JOBS`]).
//! - **The work of one move is bounded**: at most [`MAX_RUNS_PER_MOVE`]
//!   new jobs, one skip per schedule, and a start and a finish for each job
//!   that can run by then; it is done [`EVENTS_PER_LOCK`] events per hold
//!   of the store's lock.
//! - **A job starts** once it has waited [`RunSettings::start_after`]
//!   (default 1 s) and a run of its kind may start: Elastic Path runs at
//!   most one billing run and one payment run at a time per store, and
//!   starts the pending job with the earliest creation time first. Other
//!   kinds start as soon as they may.
//! - **A job finishes** after running for its kind's duration
//!   ([`RunSettings::run_for`]), as `success`, or as `failed` if a test
//!   planned it ([`crate::Sandbox::plan_outcome`]), with `started_at` and
//!   `finished_at` set and a report of the kind its job type has (an import
//!   has none: the API has no import report).
//!
//! The engine keeps its own indexes (pending jobs by kind, running jobs and
//! schedules by time), so finding the next event costs a lookup, not a scan.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use elasticpath_subscriptions_types as types;
use types::JobType;
use uuid::Uuid;

use crate::cron::Timing;
use crate::store::Store;

/// The most outcomes planned for one job type at once.
pub const MAX_PLANNED: usize = 10_000;

/// How a job ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `success`.
    Success,
    /// `failed`; its report counts a failure.
    Failed,
}

impl Outcome {
    /// The job status it ends in: `success` or `failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failed => "failed",
        }
    }

    /// The outcome a status names, `success` or `failed`.
    pub fn parse(text: &str) -> Option<Outcome> {
        match text {
            "success" => Some(Outcome::Success),
            "failed" => Some(Outcome::Failed),
            _ => None,
        }
    }
}

/// How long jobs wait and run, and how many run at once.
#[derive(Clone, Debug)]
pub struct RunSettings {
    /// How long a new job waits before it may start.
    pub start_after: Duration,
    /// How long a job of each kind runs; kinds not listed run for
    /// [`RunSettings::default_run_for`].
    pub run_for: BTreeMap<JobType, Duration>,
    /// How long other kinds run.
    pub default_run_for: Duration,
    /// How many jobs of a kind may run at once; kinds not listed are not
    /// limited.
    pub at_once: BTreeMap<JobType, usize>,
    /// How many missed runs of one schedule one move of the clock makes up
    /// (at least one).
    pub max_catch_up: usize,
}

impl Default for RunSettings {
    fn default() -> Self {
        RunSettings {
            start_after: Duration::from_secs(1),
            run_for: [(JobType::BillingRun, Duration::from_secs(60)), (JobType::PaymentRun, Duration::from_secs(60))]
                .into_iter()
                .collect(),
            default_run_for: Duration::from_secs(30),
            at_once: [(JobType::BillingRun, 1), (JobType::PaymentRun, 1)].into_iter().collect(),
            max_catch_up: 100,
        }
    }
}

impl RunSettings {
    fn duration_of(&self, kind: &JobType) -> Duration {
        *self.run_for.get(kind).unwrap_or(&self.default_run_for)
    }
}

/// `at` plus `duration`, or the last representable instant: the engine's
/// arithmetic never overflows, however far the clock or a setting goes.
fn later(at: DateTime<Utc>, duration: Duration) -> DateTime<Utc> {
    TimeDelta::from_std(duration).ok().and_then(|d| at.checked_add_signed(d)).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// A pending job in its queue: creation time first, then arrival.
type Queued = (DateTime<Utc>, u64, Uuid);

/// What the engine knows beside the tables.
#[derive(Debug, Default)]
pub struct Engine {
    /// The settings.
    pub settings: RunSettings,
    /// Outcomes planned by tests, per kind, used by the next jobs to start.
    planned: HashMap<JobType, VecDeque<Outcome>>,
    /// Pending jobs per kind, earliest created first.
    pending: BTreeMap<JobType, BTreeSet<Queued>>,
    pending_of: HashMap<Uuid, (JobType, Queued)>,
    /// Running jobs: kind, when they finish, how.
    running: HashMap<Uuid, (JobType, DateTime<Utc>, Outcome)>,
    running_kinds: HashMap<JobType, usize>,
    finishing: BTreeSet<(DateTime<Utc>, Uuid)>,
    /// Schedules by their next run.
    fires: BTreeSet<(DateTime<Utc>, Uuid)>,
    fire_of: HashMap<Uuid, (DateTime<Utc>, Timing)>,
    /// Runs each schedule has made up since it was last caught up: the
    /// catch-up limit holds per schedule, however many settle at once.
    made_up: HashMap<Uuid, usize>,
    /// The runs made in the move under way.
    runs_this_move: usize,
    arrivals: u64,
}

impl Engine {
    /// Plans how the next `times` jobs of `kind` to start will end: all of
    /// them, or (past [`MAX_PLANNED`] waiting for that kind) none, and `false`.
    pub fn plan(&mut self, kind: JobType, outcome: Outcome, times: usize) -> bool {
        let planned = self.planned.entry(kind).or_default();
        if planned.len().saturating_add(times) > MAX_PLANNED {
            return false;
        }
        planned.extend(std::iter::repeat_n(outcome, times));
        true
    }

    /// Forgets every planned outcome.
    pub fn clear_plans(&mut self) {
        self.planned.clear();
    }

    /// The outcomes planned, by job type (in the order of their values).
    pub fn plans(&self) -> Vec<(JobType, Vec<Outcome>)> {
        let mut plans: Vec<(JobType, Vec<Outcome>)> = self
            .planned
            .iter()
            .filter(|(_, outcomes)| !outcomes.is_empty())
            .map(|(kind, outcomes)| (kind.clone(), outcomes.iter().copied().collect()))
            .collect();
        plans.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        plans
    }

    /// Follows a job stored in the jobs table: a pending one queues, a
    /// started one runs (it finishes its kind's duration after it started,
    /// or now if that has passed).
    pub fn job_stored(&mut self, job: &types::Job, now: DateTime<Utc>) {
        self.job_removed(&job.id);
        let kind = job.attributes.job_type.job_type();
        match job.attributes.status {
            types::JobStatus::Pending => {
                self.arrivals += 1;
                let queued = (job.attributes.created_at, self.arrivals, job.id);
                self.pending.entry(kind.clone()).or_default().insert(queued);
                self.pending_of.insert(job.id, (kind, queued));
            }
            types::JobStatus::Started => {
                let started = job.meta.timestamps.started_at.unwrap_or(now);
                let finishes = later(started, self.settings.duration_of(&kind)).max(now);
                // A job seeded as started did not start here: it succeeds,
                // and leaves the planned outcomes to jobs that do.
                self.run(job.id, kind, finishes, Outcome::Success);
            }
            _ => {}
        }
    }

    /// Forgets a job removed from the jobs table.
    pub fn job_removed(&mut self, id: &Uuid) {
        if let Some((kind, queued)) = self.pending_of.remove(id)
            && let Some(queue) = self.pending.get_mut(&kind)
        {
            queue.remove(&queued);
        }
        if let Some((kind, finishes, _)) = self.running.remove(id) {
            self.finishing.remove(&(finishes, *id));
            if let Some(count) = self.running_kinds.get_mut(&kind) {
                *count = count.saturating_sub(1);
            }
        }
    }

    /// Follows a schedule stored in the schedules table: it fires at its
    /// `scheduled_for`.
    pub fn schedule_stored(&mut self, schedule: &types::Schedule) {
        // Its runs made up so far still count: an update does not give a
        // schedule a fresh catch-up limit.
        self.unschedule(&schedule.id);
        let timing = Timing::new(&schedule.attributes.specification, &schedule.attributes.location);
        if let (Some(next), Ok(timing)) = (schedule.meta.scheduled_for, timing) {
            self.fires.insert((next, schedule.id));
            self.fire_of.insert(schedule.id, (next, timing));
        }
    }

    /// Forgets a schedule removed from the schedules table.
    pub fn schedule_removed(&mut self, id: &Uuid) {
        self.unschedule(id);
        self.made_up.remove(id);
    }

    /// Forgets a schedule's next run.
    fn unschedule(&mut self, id: &Uuid) {
        if let Some((next, _)) = self.fire_of.remove(id) {
            self.fires.remove(&(next, *id));
        }
    }

    /// A move of the clock begins: its limit on runs counts afresh. Every
    /// sequence of [`settle`] calls is one move, and begins with this.
    pub fn begin_move(&mut self) {
        self.runs_this_move = 0;
    }

    /// When something next happens, if anything ever will.
    pub fn next_event(&self) -> Option<DateTime<Utc>> {
        let finish = self.finishing.first().map(|(at, _)| *at);
        let fire = self.fires.first().map(|(at, _)| *at);
        let start = self
            .pending
            .iter()
            .filter(|(kind, queue)| !queue.is_empty() && self.may_start(kind))
            .filter_map(|(_, queue)| queue.first().map(|(created, _, _)| later(*created, self.settings.start_after)))
            .min();
        [finish, fire, start].into_iter().flatten().min()
    }

    fn may_start(&self, kind: &JobType) -> bool {
        match self.settings.at_once.get(kind) {
            Some(limit) => self.running_kinds.get(kind).copied().unwrap_or(0) < *limit,
            None => true,
        }
    }

    fn next_outcome(&mut self, kind: &JobType) -> Outcome {
        self.planned.get_mut(kind).and_then(VecDeque::pop_front).unwrap_or(Outcome::Success)
    }

    fn run(&mut self, id: Uuid, kind: JobType, finishes: DateTime<Utc>, outcome: Outcome) {
        *self.running_kinds.entry(kind.clone()).or_default() += 1;
        self.running.insert(id, (kind, finishes, outcome));
        self.finishing.insert((finishes, id));
    }
}

/// The most events (a job starting or finishing, a schedule's run) one
/// [`settle`] call makes happen; the caller takes the lock again for the
/// rest, so no one hold of it is long.
pub const EVENTS_PER_LOCK: usize = 1024;

/// The most schedule runs one move of the clock makes: past it, the runs
/// still due are skipped, one skip per schedule.
pub const MAX_RUNS_PER_MOVE: usize = 100_000;

/// Makes happen what is due by `until`, in order of time, at most
/// [`EVENTS_PER_LOCK`] events; `true` if more is due. The calls since the
/// last [`Engine::begin_move`] are one move of the clock: its limits hold
/// across them.
pub fn settle(store: &mut Store, until: DateTime<Utc>) -> bool {
    for _ in 0..EVENTS_PER_LOCK {
        if !step(store, until) {
            return false;
        }
    }
    store.engine.next_event().is_some_and(|at| at <= until)
}

/// The next event due by `until`, if any: at an instant, finishes first
/// (they free their kind), then the schedules' runs, then the starts.
fn step(store: &mut Store, until: DateTime<Utc>) -> bool {
    let Some(at) = store.engine.next_event().filter(|at| *at <= until) else { return false };
    if let Some(&(finishes, id)) = store.engine.finishing.first()
        && finishes <= at
    {
        if let Some(kind) = finish(store, id, finishes) {
            // The kind it frees starts its next job now if that one has
            // waited long enough: at the finish, not at its own start time,
            // which has passed.
            let start_after = store.engine.settings.start_after;
            let next = store.engine.pending.get(&kind).and_then(BTreeSet::first).copied();
            if let Some((created, _, next)) = next
                && store.engine.may_start(&kind)
                && later(created, start_after) <= finishes
            {
                start(store, next, finishes);
            }
        }
        return true;
    }
    if let Some(&(fires, id)) = store.engine.fires.first()
        && fires <= at
    {
        fire(store, id, fires, until);
        return true;
    }
    let start_after = store.engine.settings.start_after;
    let startable = store.engine.pending.iter().find_map(|(kind, queue)| {
        let &(created, _, id) = queue.first()?;
        (store.engine.may_start(kind) && later(created, start_after) <= at).then_some(id)
    });
    match startable {
        Some(id) => {
            start(store, id, at);
            true
        }
        None => false,
    }
}

/// A running job finishes; the kind it frees.
fn finish(store: &mut Store, id: Uuid, at: DateTime<Utc>) -> Option<JobType> {
    let (kind, _, outcome) = store.engine.running.get(&id).cloned()?;
    store.engine.job_removed(&id);
    let mut job = store.jobs.get(&id).cloned()?;
    job.attributes.status = match outcome {
        Outcome::Success => types::JobStatus::Success,
        Outcome::Failed => types::JobStatus::Failed,
    };
    job.attributes.updated_at = at;
    job.meta.timestamps.updated_at = at;
    job.meta.timestamps.finished_at = Some(at);
    job.meta.report = report(&job.attributes.job_type, outcome);
    store.update_job(job);
    Some(kind)
}

fn start(store: &mut Store, id: Uuid, at: DateTime<Utc>) {
    let Some((kind, _)) = store.engine.pending_of.get(&id).cloned() else { return };
    store.engine.job_removed(&id);
    let Some(mut job) = store.jobs.get(&id).cloned() else { return };
    job.attributes.status = types::JobStatus::Started;
    job.attributes.updated_at = at;
    job.meta.timestamps.updated_at = at;
    job.meta.timestamps.started_at = Some(at);
    let finishes = later(at, store.engine.settings.duration_of(&kind));
    let outcome = store.engine.next_outcome(&kind);
    store.engine.run(id, kind, finishes, outcome);
    store.update_job(job);
}

/// A schedule's run at `at`: a pending job, and the next run. A run past
/// the limits of the move (or with no room for its job) is skipped, with
/// every other run of the schedule due by `until`.
fn fire(store: &mut Store, id: Uuid, at: DateTime<Utc>, until: DateTime<Utc>) {
    let Some((_, timing)) = store.engine.fire_of.get(&id).cloned() else { return };
    store.engine.unschedule(&id);
    let Some(mut schedule) = store.schedules.get(&id).cloned() else { return };
    let mut made = false;
    if let Some(job_type) = job_type_of(&schedule.attributes.job.job_type)
        && store.engine.runs_this_move < MAX_RUNS_PER_MOVE
    {
        let created_at = store.created_at(at);
        made = store.add_job(pending_job(job_type, created_at, types::OwnerMeta::Store), at).is_ok();
        if made {
            store.engine.runs_this_move += 1;
        }
    }
    let made_up = store.engine.made_up.get(&id).copied().unwrap_or(0) + 1;
    let mut next = timing.next_after(at);
    let behind = next.is_some_and(|next| next <= until);
    let caught_up = if behind && (made_up >= store.engine.settings.max_catch_up.max(1) || !made) {
        // The runs beyond the catch-up limit, or past the move's, are skipped.
        next = timing.next_after(until);
        true
    } else {
        !behind
    };
    if caught_up {
        store.engine.made_up.remove(&id);
    } else {
        store.engine.made_up.insert(id, made_up);
    }
    schedule.meta.scheduled_for = next;
    if let Some(next) = next {
        // The schedule's specification has not changed: its parsed timing
        // is kept, not parsed again.
        store.engine.fires.insert((next, id));
        store.engine.fire_of.insert(id, (next, timing));
    }
    store.schedules.put(id, schedule);
}

/// The job type a schedule's job type creates (a kind this version does not
/// know creates none).
fn job_type_of(kind: &types::ScheduleJobType) -> Option<types::JobTypeAttributes> {
    match kind {
        types::ScheduleJobType::BillingRun => Some(types::JobTypeAttributes::BillingRun(Default::default())),
        types::ScheduleJobType::PaymentRun => Some(types::JobTypeAttributes::PaymentRun),
        types::ScheduleJobType::NotificationRun => Some(types::JobTypeAttributes::NotificationRun),
        _ => None,
    }
}

/// A new `pending` job.
pub fn pending_job(
    job_type: types::JobTypeAttributes,
    created_at: DateTime<Utc>,
    owner: types::OwnerMeta,
) -> types::Job {
    let attributes = types::JobResponseAttributes::new(created_at, job_type, types::JobStatus::Pending, created_at);
    let meta = types::JobMeta::new(owner, types::JobTimestamps::new(created_at, created_at));
    types::Job::new(attributes, Uuid::new_v4(), meta, types::SubscriptionJobType::SubscriptionJob)
}

/// The report a finished job of this type carries: the variant of its job
/// type, counting what the job was given (the taxes of a tax run, the
/// subscriptions of a subscription update) and, when it failed, one
/// failure at least. An import has no report variant in the API.
pub fn report(job_type: &types::JobTypeAttributes, outcome: Outcome) -> Option<types::JobReport> {
    let failed = i64::from(outcome == Outcome::Failed);
    let price = || types::Price(BTreeMap::new());
    Some(match job_type {
        types::JobTypeAttributes::BillingRun(_) => {
            let (invoice_failures, invoices_ready_for_payment, invoices_tax_required) = (failed, 0, 0);
            types::JobReport::BillingRunReport(types::BillingRunReport::new(
                invoice_failures,
                invoices_ready_for_payment,
                invoices_tax_required,
                price(),
                price(),
            ))
        }
        types::JobTypeAttributes::TaxRun(attributes) => {
            let invoices = attributes.taxes.len() as i64;
            let invoices_updated = if failed == 1 { 0 } else { invoices };
            let invoice_failures = if failed == 1 { invoices.max(1) } else { 0 };
            types::JobReport::TaxRunReport(types::TaxRunReport::new(invoice_failures, invoices_updated))
        }
        types::JobTypeAttributes::PaymentRun => {
            let (failed_payments, total_payment_attempts) = (failed, failed);
            types::JobReport::PaymentRunReport(types::PaymentRunReport::new(
                failed_payments,
                price(),
                total_payment_attempts,
            ))
        }
        types::JobTypeAttributes::NotificationRun => {
            let (failed_notifications, total_notifications_sent) = (failed, 0);
            types::JobReport::NotificationRunReport(types::NotificationRunReport::new(
                failed_notifications,
                total_notifications_sent,
            ))
        }
        types::JobTypeAttributes::SubscriptionUpdate(attributes) => {
            let subscriptions = attributes.subscription_ids.len() as i64;
            let subscriptions_updated = if failed == 1 { 0 } else { subscriptions };
            let subscription_failures = if failed == 1 { subscriptions.max(1) } else { 0 };
            types::JobReport::SubscriptionUpdateReport(types::SubscriptionUpdateReport::new(
                subscription_failures,
                subscriptions_updated,
                subscriptions,
            ))
        }
        _ => return None,
    })
}
