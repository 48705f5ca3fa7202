//! One store of a sandbox, seen from Rust.

use uuid::Uuid;

use crate::{JobFixture, Outcome, Sandbox, ScheduleFixture, stores, types};

/// One store of a sandbox, to seed and read in process (see
/// [`Sandbox::store`], [`Sandbox::organization`]).
#[derive(Clone)]
pub struct StoreRef<'a> {
    pub(crate) sandbox: &'a Sandbox,
    pub(crate) store: stores::Shared,
}

impl std::fmt::Debug for StoreRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let store = self.store.read();
        f.debug_struct("StoreRef").field("jobs", &store.jobs.len()).field("schedules", &store.schedules.len()).finish()
    }
}

impl StoreRef<'_> {
    /// Stores a job as given; a `pending` one queues and a `started` one
    /// runs, like any other.
    pub fn insert_job(&self, job: types::Job) {
        let now = self.sandbox.now();
        self.store.write().put_job(job, now);
    }

    /// Stores a schedule as given; it fires at its `scheduled_for`.
    pub fn insert_schedule(&self, schedule: types::Schedule) {
        self.store.write().put_schedule(schedule);
    }

    /// Stores the job `fixture` describes, as of now, and returns it.
    pub fn seed_job(&self, fixture: JobFixture) -> types::Job {
        let job = fixture.build(self.sandbox.now());
        self.insert_job(job.clone());
        job
    }

    /// Stores the schedule `fixture` describes, created now, and returns it.
    pub fn seed_schedule(&self, fixture: ScheduleFixture) -> types::Schedule {
        let schedule = fixture.build(self.sandbox.now());
        self.insert_schedule(schedule.clone());
        schedule
    }

    /// The job with `id`, as it is now.
    pub fn job(&self, id: Uuid) -> Option<types::Job> {
        self.sandbox.settle();
        self.store.read().jobs.get(&id).cloned()
    }

    /// The schedule with `id`, as it is now.
    pub fn schedule(&self, id: Uuid) -> Option<types::Schedule> {
        self.sandbox.settle();
        self.store.read().schedules.get(&id).cloned()
    }

    /// Every job, oldest first, as they are now.
    pub fn jobs(&self) -> Vec<types::Job> {
        self.sandbox.settle();
        let store = self.store.read();
        store.jobs.page(&[], 0, store.jobs.len()).0
    }

    /// Every schedule, oldest first.
    pub fn schedules(&self) -> Vec<types::Schedule> {
        self.sandbox.settle();
        let store = self.store.read();
        store.schedules.page(&[], 0, store.schedules.len()).0
    }

    /// The number of jobs stored.
    pub fn job_count(&self) -> usize {
        self.store.read().jobs.len()
    }

    /// The number of schedules stored.
    pub fn schedule_count(&self) -> usize {
        self.store.read().schedules.len()
    }

    /// Plans how this store's next job of `job_type` to start will end; see
    /// [`Sandbox::plan_outcome`].
    pub fn plan_outcome(&self, job_type: types::JobType, outcome: Outcome) -> bool {
        let mut store = self.store.write();
        store.changed();
        store.engine.plan(job_type, outcome, 1)
    }
}
