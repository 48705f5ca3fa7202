//! The sandbox's tables: rows in creation order, found by id or by
//! `external_ref` without a scan, so that no request's cost grows with the
//! size of the store (a page costs at most the API's largest offset,
//! 10,000, plus its length).
//!
//! The tables are bounded: at most [`MAX_JOBS`] jobs, the oldest finished
//! ones forgotten to make room (retention), and [`MAX_SCHEDULES`]
//! schedules, so that no sequence of requests or clock moves can exhaust
//! memory.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use elasticpath_subscriptions_types as types;
use uuid::Uuid;

use crate::runs::Engine;
use elasticpath_subscriptions_types::filter::Condition;

/// The most jobs the sandbox holds. A new job past it (a create, or a
/// schedule's run) makes room by forgetting the oldest finished job; when
/// every job is pending or started, a create gets `409` and a schedule's
/// run is skipped.
pub const MAX_JOBS: usize = 100_000;

/// The most schedules the sandbox holds; a create past it gets `400` (the
/// operation documents no `409`).
pub const MAX_SCHEDULES: usize = 10_000;

/// The jobs table is full of unfinished jobs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

impl std::fmt::Display for Full {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the sandbox holds its most jobs ({MAX_JOBS}), none of them finished: delete some")
    }
}

/// Everything the sandbox stores: the tables, and the engine that makes
/// time pass for them. Writes go through the methods below, which keep the
/// engine's indexes and the finished jobs' order in step with the tables.
#[derive(Debug, Default)]
pub struct Store {
    /// The jobs (read them here; change them through the methods below).
    pub jobs: Table<types::Job>,
    /// Finished jobs, oldest first: the first forgotten when room is needed.
    finished: BTreeSet<(u64, Uuid)>,
    /// The schedules.
    pub schedules: Table<types::Schedule>,
    /// The newest creation time given: creation times never go back, so
    /// list order (creation order) is `created_at` order.
    last_created: Option<DateTime<Utc>>,
    /// Schedules firing and jobs running.
    pub engine: Engine,
    /// How many changes were made: what a saver compares.
    changes: u64,
}

impl Store {
    /// The creation time of a new resource: `now`, or the last one given if
    /// the clock has not moved past it.
    pub fn created_at(&mut self, now: DateTime<Utc>) -> DateTime<Utc> {
        let at = self.last_created.map_or(now, |last| last.max(now));
        self.last_created = Some(at);
        at
    }

    /// A resource created at `at` was stored: later ones are created after it.
    pub fn note_created(&mut self, at: DateTime<Utc>) {
        self.last_created = Some(self.last_created.map_or(at, |last| last.max(at)));
    }

    /// How many changes have been made to the records (for savers).
    pub fn changes(&self) -> u64 {
        self.changes
    }

    /// A change outside the tables (a planned outcome), for savers.
    pub fn changed(&mut self) {
        self.changes += 1;
    }

    /// Stores a job (new or replaced) as given, past [`MAX_JOBS`] if it
    /// must (fixtures are the test's own); the engine follows it.
    pub fn put_job(&mut self, job: types::Job, now: DateTime<Utc>) {
        if !self.jobs.contains(&job.id) {
            let _ = self.make_room();
        }
        self.engine.job_stored(&job, now);
        self.update_job(job);
    }

    /// Adds a new job the sandbox makes (a create, a schedule's run), if
    /// there is room or room can be made; the engine follows it.
    pub fn add_job(&mut self, job: types::Job, now: DateTime<Utc>) -> Result<(), Full> {
        self.make_room()?;
        self.engine.job_stored(&job, now);
        self.update_job(job);
        Ok(())
    }

    /// Stores the new state of a job the engine already follows.
    pub(crate) fn update_job(&mut self, job: types::Job) {
        self.changes += 1;
        let id = job.id;
        let finished = matches!(job.attributes.status, types::JobStatus::Success | types::JobStatus::Failed);
        let sequence = self.jobs.put(id, job);
        if finished {
            self.finished.insert((sequence, id));
        } else {
            self.finished.remove(&(sequence, id));
        }
    }

    /// Below [`MAX_JOBS`], forgetting the oldest finished job if need be.
    fn make_room(&mut self) -> Result<(), Full> {
        if self.jobs.len() < MAX_JOBS {
            return Ok(());
        }
        let Some(&(_, oldest)) = self.finished.first() else { return Err(Full) };
        self.remove_job(&oldest);
        Ok(())
    }

    /// Removes a job.
    pub fn remove_job(&mut self, id: &Uuid) -> Option<types::Job> {
        self.changes += 1;
        self.engine.job_removed(id);
        if let Some(sequence) = self.jobs.sequence(id) {
            self.finished.remove(&(sequence, *id));
        }
        self.jobs.remove(id)
    }

    /// Stores a schedule (new or replaced); the engine follows it.
    pub fn put_schedule(&mut self, schedule: types::Schedule) {
        self.changes += 1;
        self.engine.schedule_stored(&schedule);
        self.schedules.put(schedule.id, schedule);
    }

    /// Removes a schedule.
    pub fn remove_schedule(&mut self, id: &Uuid) -> Option<types::Schedule> {
        self.changes += 1;
        self.engine.schedule_removed(id);
        self.schedules.remove(id)
    }
}

/// A row that may carry an `external_ref`.
pub trait Row: Clone {
    /// Its external reference.
    fn external_ref(&self) -> Option<&str>;
    /// When it was created: list order.
    fn created(&self) -> DateTime<Utc>;
}

impl Row for types::Job {
    fn external_ref(&self) -> Option<&str> {
        self.attributes.external_ref.as_deref().map(String::as_str)
    }

    fn created(&self) -> DateTime<Utc> {
        self.attributes.created_at
    }
}

impl Row for types::Schedule {
    fn external_ref(&self) -> Option<&str> {
        self.attributes.external_ref.as_deref().map(String::as_str)
    }

    fn created(&self) -> DateTime<Utc> {
        self.attributes.created_at
    }
}

/// Rows in creation order, indexed by id and by `external_ref`.
#[derive(Debug)]
pub struct Table<T> {
    rows: HashMap<Uuid, (u64, T)>,
    order: BTreeMap<u64, Uuid>,
    by_ref: HashMap<String, BTreeSet<u64>>,
    next: u64,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table { rows: HashMap::new(), order: BTreeMap::new(), by_ref: HashMap::new(), next: 0 }
    }
}

impl<T: Row> Table<T> {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// The row with `id`.
    pub fn get(&self, id: &Uuid) -> Option<&T> {
        self.rows.get(id).map(|(_, row)| row)
    }

    /// Every row, in creation order.
    pub fn rows(&self) -> impl Iterator<Item = &T> {
        self.order.values().filter_map(|id| self.get(id))
    }

    /// Whether a row has `id`.
    pub fn contains(&self, id: &Uuid) -> bool {
        self.rows.contains_key(id)
    }

    /// The place of the row with `id` in creation order.
    fn sequence(&self, id: &Uuid) -> Option<u64> {
        self.rows.get(id).map(|(sequence, _)| *sequence)
    }

    /// Whether some row has `external_ref`.
    pub fn has_ref(&self, external_ref: &str) -> bool {
        self.by_ref.get(external_ref).is_some_and(|rows| !rows.is_empty())
    }

    /// Adds `row` last, or replaces the row with `id` in its place; its
    /// place in creation order.
    pub fn put(&mut self, id: Uuid, row: T) -> u64 {
        let sequence = match self.rows.get(&id) {
            Some((sequence, old)) => {
                let sequence = *sequence;
                if let Some(old_ref) = old.external_ref().map(str::to_owned) {
                    self.unindex(&old_ref, sequence);
                }
                sequence
            }
            None => {
                let sequence = self.next;
                self.next += 1;
                self.order.insert(sequence, id);
                sequence
            }
        };
        if let Some(external_ref) = row.external_ref() {
            self.by_ref.entry(external_ref.to_owned()).or_default().insert(sequence);
        }
        self.rows.insert(id, (sequence, row));
        sequence
    }

    /// Removes the row with `id`.
    pub fn remove(&mut self, id: &Uuid) -> Option<T> {
        let (sequence, row) = self.rows.remove(id)?;
        self.order.remove(&sequence);
        if let Some(external_ref) = row.external_ref().map(str::to_owned) {
            self.unindex(&external_ref, sequence);
        }
        Some(row)
    }

    fn unindex(&mut self, external_ref: &str, sequence: u64) {
        if let Some(rows) = self.by_ref.get_mut(external_ref) {
            rows.remove(&sequence);
            if rows.is_empty() {
                self.by_ref.remove(external_ref);
            }
        }
    }

    /// Rows matching every condition, oldest first: `limit` of them from
    /// `offset`, and how many match in all. Conditions are answered from
    /// the `external_ref` index.
    pub fn page(&self, conditions: &[Condition], offset: usize, limit: usize) -> (Vec<T>, usize) {
        let rows = |sequences: &mut dyn Iterator<Item = &u64>| -> Vec<T> {
            sequences
                .skip(offset)
                .take(limit)
                .filter_map(|sequence| self.order.get(sequence))
                .filter_map(|id| self.get(id).cloned())
                .collect()
        };
        if conditions.is_empty() {
            return (rows(&mut self.order.keys()), self.rows.len());
        }
        let mut matching: Option<BTreeSet<u64>> = None;
        for condition in conditions {
            // `external_ref` is the one attribute filtered on; `eq` and `in`
            // both hold for a row whose reference is one of the values.
            let values = &condition.values;
            let found: BTreeSet<u64> =
                values.iter().filter_map(|v| self.by_ref.get(v)).flat_map(|rows| rows.iter().copied()).collect();
            matching = Some(match matching {
                None => found,
                Some(before) => before.intersection(&found).copied().collect(),
            });
        }
        let matching = matching.unwrap_or_default();
        (rows(&mut matching.iter()), matching.len())
    }
}
