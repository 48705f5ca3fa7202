//! Jobs, not operations: start a run, wait for it to finish.
//!
//! ```no_run
//! use std::time::Duration;
//! use elasticpath_subscriptions_client::{Client, WaitError, types::JobCreateRequest};
//!
//! # async fn example(client: &Client) -> Result<(), Box<dyn std::error::Error>> {
//! let job = client.start_job(JobCreateRequest::billing_run()).await?;
//! match client.wait_for(&job).max_wait(Duration::from_secs(600)).until_done().await {
//!     Ok(done) => println!("finished: {:?}", done.report()),
//!     Err(WaitError::Failed(failed)) => println!("failed: {:?}", failed.report()),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::time::Duration;

use futures_util::Stream;
use tokio::time::Instant;
use uuid::Uuid;

use crate::types::{self, Job, JobStatus, JobType};
use crate::{Client, Error};

/// A record a create gave back: the one it made, or, when its answer was
/// lost or it was a duplicate, the one the client found by its
/// `external_ref` (see [`creates`](crate::creates)). It derefs to the record.
#[derive(Clone, Debug, PartialEq)]
pub struct Created<T> {
    record: T,
    found: Option<String>,
}

impl<T> Created<T> {
    /// The record.
    pub fn into_inner(self) -> T {
        self.record
    }

    /// Whether the client found the record by its reference after the
    /// create's answer was lost, rather than receiving it.
    pub fn was_recovered(&self) -> bool {
        self.found.as_deref() == Some("lookup")
    }

    /// Whether the record existed already (a `409` answered with it, as
    /// [`ClientBuilder::existing_on_conflict`](crate::ClientBuilder::existing_on_conflict) asks).
    pub fn existed(&self) -> bool {
        self.found.as_deref() == Some("existing")
    }
}

impl<T> std::ops::Deref for Created<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.record
    }
}

impl<T> Created<T> {
    fn from_answer<R>(answer: progenitor_client::ResponseValue<R>, data: impl FnOnce(R) -> T) -> Created<T> {
        let found = answer.headers().get(crate::RECOVERED).and_then(|v| v.to_str().ok()).map(str::to_owned);
        Created { record: data(answer.into_inner()), found }
    }
}

impl Client {
    /// Creates a job, and gives it back. With an `external_ref` (or with
    /// [`ClientBuilder::fill_external_refs`](crate::ClientBuilder::fill_external_refs)),
    /// a create whose answer is lost is looked up rather than sent blind:
    /// it never starts twice.
    pub async fn start_job(&self, request: impl Into<types::JobCreateRequest>) -> Result<Created<Job>, Error> {
        let answer = self.create_job().body(request.into()).send().await?;
        Ok(Created::from_answer(answer, |response| response.data))
    }

    /// Creates a schedule, and gives it back; retried safely like
    /// [`Client::start_job`].
    pub async fn start_schedule(
        &self,
        request: impl Into<types::ScheduleCreateRequest>,
    ) -> Result<Created<types::Schedule>, Error> {
        let answer = self.create_schedule().body(request.into()).send().await?;
        Ok(Created::from_answer(answer, |response| response.data))
    }

    /// Waits for the job `id` to finish; see [`JobWaiter`]. The polling
    /// defaults follow the job's type, learned from its first poll.
    pub fn wait_for_job(&self, id: Uuid) -> JobWaiter<'_> {
        JobWaiter { client: self, id, job_type: None, max_wait: None, interval: None, on_poll: None }
    }

    /// Waits for `job` to finish; see [`JobWaiter`]. The polling defaults
    /// follow its type.
    pub fn wait_for(&self, job: &Job) -> JobWaiter<'_> {
        JobWaiter { job_type: Some(job.job_type()), ..self.wait_for_job(job.id) }
    }
}

/// How long jobs of a type usually take, and so how a waiter polls them:
/// the shortest and longest wait between polls, and the longest wait in
/// all. Billing and payment runs go through a whole store: minutes, at
/// times hours. The others take seconds to minutes.
pub fn polling_defaults(job_type: Option<&JobType>) -> (Duration, Duration, Duration) {
    const MINUTE: Duration = Duration::from_secs(60);
    match job_type {
        Some(JobType::BillingRun | JobType::PaymentRun) => (Duration::from_secs(5), MINUTE, 120 * MINUTE),
        _ => (Duration::from_secs(2), Duration::from_secs(30), 60 * MINUTE),
    }
}

/// Waits for a job to finish: polls `GetJob` with exponential backoff and
/// jitter between a shortest and a longest interval, until the job is
/// `success` or `failed`, or the maximum wait has passed.
///
/// Each poll is a call of the client, with its retries and rate limit; a
/// poll that fails in a way worth retrying (a `429`, a `503` after the
/// client's own retries) counts as a poll and the wait goes on. A status
/// this version does not know is not the end: polling goes on. A job that
/// is gone (`404`) ends the wait with [`WaitError::Gone`]. Dropping the
/// waiter (or its future or stream) stops it. A poll under way when the
/// maximum wait passes is let finish (within the client's own time budget).
#[must_use = "a waiter does nothing until `until_done` is awaited or its stream is polled"]
pub struct JobWaiter<'a> {
    client: &'a Client,
    id: Uuid,
    job_type: Option<JobType>,
    max_wait: Option<Duration>,
    interval: Option<(Duration, Duration)>,
    on_poll: Option<ShowProgress<'a>>,
}

/// What a waiter calls after every poll.
type ShowProgress<'a> = Box<dyn Fn(&Progress<'_>) + Send + Sync + 'a>;

impl fmt::Debug for JobWaiter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JobWaiter")
            .field("id", &self.id)
            .field("job_type", &self.job_type)
            .field("max_wait", &self.max_wait)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

/// Where a wait stands, after a poll: for showing progress.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Progress<'a> {
    /// The job as this poll saw it (`None`: the poll failed, and the wait
    /// goes on).
    pub job: Option<&'a Job>,
    /// How long the wait has lasted.
    pub elapsed: Duration,
    /// The polls so far.
    pub polls: u32,
    /// When the next poll is (`None`: there is none; the wait ends).
    pub next_poll_in: Option<Duration>,
}

impl<'a> JobWaiter<'a> {
    /// Gives up after `max_wait` ([`WaitError::TimedOut`]); by default, by
    /// the job's type ([`polling_defaults`]).
    pub fn max_wait(mut self, max_wait: Duration) -> JobWaiter<'a> {
        self.max_wait = Some(max_wait);
        self
    }

    /// Polls at least `shortest` and at most `longest` apart, the wait
    /// doubling from the one to the other, with jitter; by default, by the
    /// job's type ([`polling_defaults`]).
    pub fn poll_interval(mut self, shortest: Duration, longest: Duration) -> JobWaiter<'a> {
        self.interval = Some((shortest, longest.max(shortest)));
        self
    }

    /// Calls `show` after every poll with where the wait stands (the job's
    /// status, the time waited, when the next poll is): for a progress line.
    pub fn on_poll(mut self, show: impl Fn(&Progress<'_>) + Send + Sync + 'a) -> JobWaiter<'a> {
        self.on_poll = Some(Box::new(show));
        self
    }

    /// The finished job on `success`; [`WaitError::Failed`] with the job
    /// and its report on `failed`.
    pub async fn until_done(self) -> Result<Job, WaitError> {
        use futures_util::StreamExt;
        let mut changes = std::pin::pin!(self.into_stream());
        let mut last = None;
        while let Some(change) = changes.next().await {
            last = Some(change?);
        }
        match last {
            Some(job) if job.attributes.status == JobStatus::Failed => Err(WaitError::Failed(Box::new(job))),
            Some(job) => Ok(job),
            None => unreachable!("the stream ends with a job or an error"),
        }
    }

    /// The job each time its status changes (the first poll included),
    /// ending after a `success` or `failed`, or with the error that ended
    /// the wait: for showing progress.
    pub fn into_stream(self) -> impl Stream<Item = Result<Job, WaitError>> + Send + 'a {
        let state =
            Watch { waiter: self, started: None, polls: 0, last: None, ceiling: None, pause: None, done: false };
        futures_util::stream::unfold(state, |mut state| async move {
            let item = state.next_change().await?;
            Some((item, state))
        })
    }
}

/// A waiter as it polls.
struct Watch<'a> {
    waiter: JobWaiter<'a>,
    started: Option<Instant>,
    polls: u32,
    last: Option<Job>,
    /// The backoff's current ceiling.
    ceiling: Option<Duration>,
    /// The pause before the next poll.
    pause: Option<Duration>,
    done: bool,
}

impl Watch<'_> {
    /// Polls until the status changes or the wait ends; `None` once done.
    async fn next_change(&mut self) -> Option<Result<Job, WaitError>> {
        if self.done {
            return None;
        }
        let started = *self.started.get_or_insert_with(Instant::now);
        loop {
            if let Some(pause) = self.pause.take() {
                tokio::time::sleep(pause).await;
            }
            self.polls += 1;
            let polled = self.waiter.client.get_job().job_uuid(self.waiter.id).send().await;
            let (shortest, longest, max_wait) = self.settings();
            let left = max_wait.saturating_sub(started.elapsed());
            // The next poll's pause: doubling from the shortest to the
            // longest, jittered down to half, never past the maximum wait.
            let ceiling = self.ceiling.map_or(shortest, |c| (c * 2).min(longest));
            self.ceiling = Some(ceiling);
            let pause = crate::retry::jittered_between(ceiling / 2, ceiling).max(shortest).min(left);
            let outcome = match polled {
                Ok(answer) => {
                    let job = answer.into_inner().data;
                    self.waiter.job_type.get_or_insert_with(|| job.job_type());
                    let changed = self.last.as_ref().is_none_or(|last| last.attributes.status != job.attributes.status);
                    let terminal = job.is_terminal();
                    self.last = Some(job.clone());
                    if terminal {
                        Some(Ok(job))
                    } else if left.is_zero() {
                        Some(Err(self.timed_out(started)))
                    } else if changed {
                        self.pause = Some(pause);
                        self.show(Some(&job), started, Some(pause));
                        return Some(Ok(job));
                    } else {
                        None
                    }
                }
                Err(e) if e.is_not_found() => Some(Err(WaitError::Gone { id: self.waiter.id })),
                // A rate limit or an outage outlasting the client's own
                // retries: the wait goes on.
                Err(e) if e.is_retryable() && !left.is_zero() => {
                    tracing::debug!(error = %e, "a poll failed; polling goes on");
                    None
                }
                Err(e) if e.is_retryable() => Some(Err(self.timed_out(started))),
                Err(e) => Some(Err(WaitError::Client(e))),
            };
            if let Some(item) = outcome {
                let seen = self.last.clone();
                self.show(seen.as_ref(), started, None);
                return self.end(item);
            }
            let seen = self.last.clone();
            self.show(seen.as_ref(), started, Some(pause));
            self.pause = Some(pause);
        }
    }

    /// Tells the waiter's `on_poll`, if it has one, where the wait stands.
    fn show(&self, job: Option<&Job>, started: Instant, next_poll_in: Option<Duration>) {
        if let Some(show) = &self.waiter.on_poll {
            show(&Progress { job, elapsed: started.elapsed(), polls: self.polls, next_poll_in });
        }
    }

    fn settings(&self) -> (Duration, Duration, Duration) {
        let (shortest, longest, max_wait) = polling_defaults(self.waiter.job_type.as_ref());
        let (shortest, longest) = self.waiter.interval.unwrap_or((shortest, longest));
        (shortest, longest, self.waiter.max_wait.unwrap_or(max_wait))
    }

    fn timed_out(&self, started: Instant) -> WaitError {
        WaitError::TimedOut { elapsed: started.elapsed(), polls: self.polls, last: self.last.clone().map(Box::new) }
    }

    fn end(&mut self, item: Result<Job, WaitError>) -> Option<Result<Job, WaitError>> {
        self.done = true;
        Some(item)
    }
}

/// Why a wait for a job ended without its success.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError {
    /// The job finished `failed`: the job, with its report.
    Failed(Box<Job>),
    /// The maximum wait passed first.
    TimedOut {
        /// How long was waited.
        elapsed: Duration,
        /// How many polls were made.
        polls: u32,
        /// The job as last seen, if a poll saw it.
        last: Option<Box<Job>>,
    },
    /// The job is gone: `GetJob` answered `404`.
    Gone {
        /// The job's id.
        id: Uuid,
    },
    /// A call failed in a way waiting longer does not mend.
    Client(Error),
}

impl WaitError {
    /// The job as last seen, if there is one.
    pub fn job(&self) -> Option<&Job> {
        match self {
            WaitError::Failed(job) => Some(job),
            WaitError::TimedOut { last, .. } => last.as_deref(),
            _ => None,
        }
    }
}

impl fmt::Display for WaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failed(job) => write!(f, "job {} ({}) failed", job.id, job.job_type()),
            WaitError::TimedOut { elapsed, polls, last } => {
                write!(f, "the job was not done after {elapsed:.1?} ({polls} polls")?;
                match last {
                    Some(job) => write!(f, "; job {} was last {})", job.id, job.attributes.status),
                    None => f.write_str(")"),
                }
            }
            WaitError::Gone { id } => {
                write!(f, "job {id} is gone: GetJob answered 404 Not Found while it was waited for")
            }
            WaitError::Client(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for WaitError {
    /// A client error is shown as it is (`Display`), so its source is the
    /// client error's own.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Client(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

impl From<Error> for WaitError {
    fn from(e: Error) -> WaitError {
        WaitError::Client(e)
    }
}
