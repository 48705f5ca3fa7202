//! The sandbox's state as a document: what `--seed` loads, what
//! `GET /__sandbox/state` exports and `PUT /__sandbox/state` replaces, and
//! what `--state-dir` saves and loads.
//!
//! ```yaml
//! format: 1
//! now: 2026-03-28T12:00:00Z      # the clock (exported for a fixed clock only)
//! stores:
//!   default:                     # a store: `default`, or a client_id
//!     schedules: [ … ]           # records as the API writes them (`data`)
//!     jobs: [ … ]
//!     outcomes: { tax-run: [failed] }   # how the next jobs of a type end
//! organization: { schedules: [ … ], jobs: [ … ] }   # what every store sees
//! ```
//!
//! A seed may give one store's `jobs`, `schedules` and `outcomes` at the top
//! level instead: they go to the sandbox's first store. Every record is
//! checked against the API's own schema for it (`Job`, `Schedule`), then as
//! the API would (ids and `external_ref`s unique, cron and zones valid): a
//! document with any problem loads nothing, and each problem names its JSON
//! pointer. A document of another `format` is refused whole.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::store::Store;
use crate::stores::ORGANIZATION;
use crate::{Outcome, Sandbox, types};

/// The format this sandbox writes and reads.
pub const FORMAT: u64 = 1;

/// The records of one store, as the API writes them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Records {
    /// Its jobs, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jobs: Vec<Value>,
    /// Its schedules, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Value>,
    /// How the next jobs of a type end, in order: `{"tax-run": ["failed"]}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outcomes: BTreeMap<String, Vec<String>>,
}

impl Records {
    fn is_empty(&self) -> bool {
        self.jobs.is_empty() && self.schedules.is_empty() && self.outcomes.is_empty()
    }
}

/// A whole state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// [`FORMAT`].
    pub format: u64,
    /// The clock, if the state sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<DateTime<Utc>>,
    /// Each store's records, by store name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stores: BTreeMap<String, Records>,
    /// What every store sees.
    #[serde(default, skip_serializing_if = "Records::is_empty")]
    pub organization: Records,
}

/// Why a state was refused: each problem with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateError {
    /// Where the state came from (a file, `the request body`).
    pub source: String,
    /// Each problem: its JSON pointer in the document, and why.
    pub problems: Vec<(String, String)>,
}

impl std::fmt::Display for StateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (pointer, reason)) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}#{pointer}: {reason}", self.source)?;
        }
        Ok(())
    }
}

impl std::error::Error for StateError {}

/// The most problems a refused state lists.
const MAX_PROBLEMS: usize = 20;

impl StateError {
    fn one(source: &str, pointer: impl Into<String>, reason: impl Into<String>) -> StateError {
        StateError { source: source.to_owned(), problems: vec![(pointer.into(), reason.into())] }
    }
}

/// Reads a state document, JSON or YAML.
pub fn parse(text: &str, source: &str) -> Result<Value, StateError> {
    let trimmed = text.trim_start();
    let value: Value = if trimmed.starts_with('{') {
        serde_json::from_str(text).map_err(|e| StateError::one(source, "", format!("not JSON: {e}")))?
    } else {
        serde_yaml::from_str(text).map_err(|e| StateError::one(source, "", format!("not YAML: {e}")))?
    };
    Ok(value)
}

/// The records a state puts in each store, checked; the state's clock.
pub(crate) struct Checked {
    now: Option<DateTime<Utc>>,
    stores: Vec<(String, Store)>,
}

impl Sandbox {
    /// The whole state: every store's records, oldest first, its planned
    /// outcomes, and the clock if it is fixed (a system clock moves on).
    pub fn export_state(&self) -> State {
        self.settle();
        let records = |store: &Store| Records {
            jobs: store.jobs.page(&[], 0, store.jobs.len()).0.iter().map(to_value).collect(),
            schedules: store.schedules.page(&[], 0, store.schedules.len()).0.iter().map(to_value).collect(),
            outcomes: store
                .engine
                .plans()
                .into_iter()
                .map(|(kind, outcomes)| (kind.to_string(), outcomes.iter().map(|o| o.as_str().to_owned()).collect()))
                .collect(),
        };
        State {
            format: FORMAT,
            now: self.clock().is_fixed().then(|| self.now()),
            stores: self.stores.named().iter().map(|(name, store)| (name.clone(), records(&store.read()))).collect(),
            organization: records(&self.stores.organization().read()),
        }
    }

    /// Replaces the whole state with `document` (from `source`, for the
    /// errors), or, if it has any problem, changes nothing.
    pub fn import_state(&self, document: Value, source: &str) -> Result<(), StateError> {
        let checked = self.check_state(document, source)?;
        let _turn = self.turn();
        if let Some(now) = checked.now {
            self.clock().set(now);
        }
        for (name, store) in checked.stores {
            if let Some(shared) = self.stores.get(&name) {
                *shared.write() = store;
            }
        }
        Ok(())
    }

    /// Reads `path` (JSON or YAML) and replaces the state with it; see
    /// [`Sandbox::import_state`].
    pub fn load_state_file(&self, path: &Path) -> Result<(), StateError> {
        let source = path.display().to_string();
        let text =
            std::fs::read_to_string(path).map_err(|e| StateError::one(&source, "", format!("cannot read it: {e}")))?;
        self.import_state(parse(&text, &source)?, &source)
    }

    /// Checks a document as the API would, and builds each store from it.
    fn check_state(&self, mut document: Value, source: &str) -> Result<Checked, StateError> {
        let refuse = |pointer: &str, reason: String| StateError::one(source, pointer, reason);
        let Some(object) = document.as_object_mut() else {
            return Err(refuse("", "a state is an object with `format`".to_owned()));
        };
        match object.get("format").and_then(Value::as_u64) {
            Some(FORMAT) => {}
            Some(newer) if newer > FORMAT => {
                return Err(refuse(
                    "/format",
                    format!("format {newer} is newer than this sandbox reads ({FORMAT}): use a newer sandbox"),
                ));
            }
            Some(other) => {
                return Err(refuse("/format", format!("format {other} is not one this sandbox reads ({FORMAT})")));
            }
            None => return Err(refuse("/format", format!("required: the state's format, {FORMAT}"))),
        }
        // The shorthand: one store's records at the top level.
        let shorthand: serde_json::Map<String, Value> = ["jobs", "schedules", "outcomes"]
            .iter()
            .filter_map(|key| object.remove(*key).map(|value| ((*key).to_owned(), value)))
            .collect();
        if !shorthand.is_empty() {
            let stores = object.entry("stores").or_insert_with(|| Value::Object(Default::default()));
            let default = self.stores.default_name().to_owned();
            if let Some(stores) = stores.as_object_mut() {
                if stores.contains_key(&default) {
                    return Err(refuse(
                        "/jobs",
                        format!("give store `{default}`'s records either at the top level or under `stores`, not both"),
                    ));
                }
                stores.insert(default, Value::Object(shorthand));
            }
        }
        let state: State = serde_path_to_error::deserialize(document).map_err(|e| {
            let pointer = pointer_of(e.path());
            refuse(&pointer, e.inner().to_string())
        })?;

        let mut problems: Vec<(String, String)> = Vec::new();
        let mut stores = Vec::new();
        for name in state.stores.keys() {
            if name == ORGANIZATION || self.stores.get(name).is_none() {
                let known: Vec<&str> = self.stores.named().keys().map(String::as_str).collect();
                problems.push((
                    format!("/stores/{}", escape(name)),
                    format!("this sandbox has no store `{name}`; it has {} (and `organization`)", known.join(", ")),
                ));
            }
        }
        let now = state.now.unwrap_or_else(|| self.now());
        let build = |name: &str, at: &str, records: &Records, problems: &mut Vec<(String, String)>| {
            let mut store = Store::default();
            store.engine.settings = self.settings.clone();
            for (i, value) in records.schedules.iter().enumerate() {
                let pointer = format!("{at}/schedules/{i}");
                if let Some(schedule) = checked::<types::Schedule>("Schedule", value, &pointer, problems) {
                    if store.schedules.contains(&schedule.id) {
                        problems.push((format!("{pointer}/id"), format!("a second schedule {}", schedule.id)));
                    } else if let Err(e) =
                        crate::cron::Timing::new(&schedule.attributes.specification, &schedule.attributes.location)
                    {
                        problems.push((format!("{pointer}/attributes/{}", e.attribute), e.reason));
                    } else {
                        // A schedule written without its next run (a seed
                        // written by hand) runs next as a new one would.
                        let mut schedule = schedule;
                        if schedule.meta.scheduled_for.is_none()
                            && let Ok(timing) = crate::cron::Timing::new(
                                &schedule.attributes.specification,
                                &schedule.attributes.location,
                            )
                        {
                            schedule.meta.scheduled_for = timing.next_after(now);
                        }
                        store.note_created(schedule.attributes.created_at);
                        store.put_schedule(schedule);
                    }
                }
            }
            for (i, value) in records.jobs.iter().enumerate() {
                let pointer = format!("{at}/jobs/{i}");
                if let Some(job) = checked::<types::Job>("Job", value, &pointer, problems) {
                    let reference = job.attributes.external_ref.as_deref().map(|r| r.as_str().to_owned());
                    if store.jobs.contains(&job.id) {
                        problems.push((format!("{pointer}/id"), format!("a second job {}", job.id)));
                    } else if let Some(reference) = reference.filter(|r| store.jobs.has_ref(r)) {
                        problems.push((
                            format!("{pointer}/attributes/external_ref"),
                            format!("a second job with external_ref `{reference}`: the API keeps them unique"),
                        ));
                    } else {
                        store.note_created(job.attributes.created_at);
                        store.put_job(job, now);
                    }
                }
            }
            for (kind, outcomes) in &records.outcomes {
                let pointer = format!("{at}/outcomes/{}", escape(kind));
                let Ok(job_type) = kind.parse::<types::JobType>() else {
                    problems.push((pointer, format!("not a job type; one of {}", types::JobType::VALUES.join(", "))));
                    continue;
                };
                for (i, outcome) in outcomes.iter().enumerate() {
                    match Outcome::parse(outcome) {
                        Some(outcome) => {
                            if !store.engine.plan(job_type.clone(), outcome, 1) {
                                problems.push((format!("{pointer}/{i}"), "too many outcomes planned".to_owned()));
                            }
                        }
                        None => problems.push((format!("{pointer}/{i}"), "must be success or failed".to_owned())),
                    }
                }
            }
            (name.to_owned(), store)
        };
        for name in self.stores.named().keys() {
            let records = state.stores.get(name).cloned().unwrap_or_default();
            stores.push(build(name, &format!("/stores/{}", escape(name)), &records, &mut problems));
        }
        stores.push(build(ORGANIZATION, "/organization", &state.organization, &mut problems));
        if problems.is_empty() {
            Ok(Checked { now: state.now, stores })
        } else {
            problems.truncate(MAX_PROBLEMS);
            Err(StateError { source: source.to_owned(), problems })
        }
    }
}

/// A record checked against the API's schema `schema`, then decoded.
fn checked<T: serde::de::DeserializeOwned>(
    schema: &str,
    value: &Value,
    pointer: &str,
    problems: &mut Vec<(String, String)>,
) -> Option<T> {
    match elasticpath_subscriptions_server::check_resource(schema, value) {
        Some(Ok(())) => {}
        Some(Err(found)) => {
            problems.extend(found.into_iter().map(|(at, reason)| (format!("{pointer}{at}"), reason)));
            return None;
        }
        None => {
            problems.push((pointer.to_owned(), format!("the API serves no `{schema}`")));
            return None;
        }
    }
    match serde_json::from_value(value.clone()) {
        Ok(record) => Some(record),
        Err(e) => {
            problems.push((pointer.to_owned(), e.to_string()));
            None
        }
    }
}

fn to_value<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("a record serializes")
}

/// A JSON pointer segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape(key))),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// Saves the state in a directory: `state.json`, written whole to
/// `state.json.tmp`, flushed to disk, then renamed over it, so a crash
/// mid-write leaves the last state complete.
#[derive(Debug, Clone)]
pub struct StateDir {
    dir: PathBuf,
}

impl StateDir {
    /// The state in `dir`, made if it does not exist.
    pub fn new(dir: &Path) -> std::io::Result<StateDir> {
        std::fs::create_dir_all(dir)?;
        Ok(StateDir { dir: dir.to_owned() })
    }

    /// The state file.
    pub fn file(&self) -> PathBuf {
        self.dir.join("state.json")
    }

    /// Writes `state`, atomically.
    pub fn save(&self, state: &State) -> std::io::Result<()> {
        use std::io::Write;
        let temporary = self.dir.join("state.json.tmp");
        let mut file = std::fs::File::create(&temporary)?;
        serde_json::to_writer_pretty(&mut file, state)?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, self.file())?;
        // The rename itself, on disk.
        std::fs::File::open(&self.dir)?.sync_all()
    }
}

impl Sandbox {
    /// How many changes the records have seen: a saver saves when it moves.
    pub fn changes(&self) -> u64 {
        self.stores.all().map(|store| store.read().changes()).sum()
    }

    /// Saves the state in `dir` whenever it has changed, at most every
    /// `every` (a crash loses at most that much), until the future is
    /// dropped; then the caller saves once more with [`StateDir::save`].
    pub async fn keep_saved(&self, dir: StateDir, every: std::time::Duration) {
        let mut saved = self.changes();
        loop {
            tokio::time::sleep(every).await;
            let changes = self.changes();
            if changes == saved {
                continue;
            }
            let (sandbox, dir) = (self.clone(), dir.clone());
            match tokio::task::spawn_blocking(move || dir.save(&sandbox.export_state())).await {
                Ok(Ok(())) => saved = changes,
                Ok(Err(e)) => eprintln!("warning: cannot save the state: {e}"),
                Err(_) => eprintln!("warning: cannot save the state"),
            }
        }
    }
}

/// The most jobs and schedules the page is given.
const SHOWN: usize = 50;

impl Sandbox {
    /// What the page shows of store `store` (default: the first).
    pub(crate) fn summary(&self, store: Option<&str>) -> Value {
        self.settle();
        let name = store.unwrap_or(self.stores.default_name()).to_owned();
        let shared = self.stores.get(&name).unwrap_or(self.stores.default()).clone();
        let store = shared.read();
        let mut counts: BTreeMap<String, usize> =
            ["pending", "started", "success", "failed"].iter().map(|s| ((*s).to_owned(), 0)).collect();
        for job in store.jobs.rows() {
            *counts.entry(job.attributes.status.to_string()).or_default() += 1;
        }
        let total = store.jobs.len();
        let mut latest = store.jobs.page(&[], total.saturating_sub(SHOWN), SHOWN).0;
        latest.reverse();
        let schedules = store.schedules.page(&[], 0, SHOWN * 2).0;
        serde_json::json!({
            "now": self.now(),
            "fixed": self.clock().is_fixed(),
            "store": name,
            "stores": self.store_names(),
            "jobs": { "counts": counts, "total": total, "latest": latest },
            "schedules": schedules,
            "operations": elasticpath_subscriptions_server::OPERATIONS.iter().map(|op| op.id).collect::<Vec<_>>(),
        })
    }
}
