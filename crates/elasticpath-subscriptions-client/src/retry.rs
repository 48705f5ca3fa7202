//! When and how long to wait before trying a call again.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// How a client retries.
///
/// A call is tried again after `429`, `502`, `503` or `504`, or after a
/// connection failure, with exponential backoff and full jitter (a wait
/// drawn at random between zero and the backoff), at most `max_attempts`
/// times in all and within `max_elapsed`. A `Retry-After` the server sent
/// (seconds or an HTTP date) is honoured instead of the backoff.
///
/// `GET`, `PUT` and `DELETE` are tried again. A `POST` is tried again only
/// when the request provably never reached the server (the connection
/// could not be made): the API has no idempotency keys, and a retried
/// create could create twice.
///
/// ```
/// use std::time::Duration;
/// use elasticpath_subscriptions_client::RetryPolicy;
///
/// let patient = RetryPolicy::default().max_attempts(6).max_elapsed(Duration::from_secs(120));
/// let never = RetryPolicy::none();
/// # let _ = (patient, never);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    pub(crate) max_attempts: u32,
    pub(crate) initial_backoff: Duration,
    pub(crate) max_backoff: Duration,
    pub(crate) max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// Four attempts, backoff from 200 ms doubling to at most 10 s, all
    /// within 60 s (no retry starts a wait past that).
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_elapsed: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never try again.
    pub fn none() -> RetryPolicy {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// At most `attempts` tries in all (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff, doubling at each retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> RetryPolicy {
        self.initial_backoff = backoff;
        self
    }

    /// The largest backoff.
    pub fn max_backoff(mut self, backoff: Duration) -> RetryPolicy {
        self.max_backoff = backoff;
        self
    }

    /// No retry starts a wait that would end later than this after the
    /// first attempt began.
    pub fn max_elapsed(mut self, elapsed: Duration) -> RetryPolicy {
        self.max_elapsed = elapsed;
        self
    }

    /// The backoff ceilings, one per retry: exponential (backon), capped.
    pub(crate) fn ceilings(&self) -> impl Iterator<Item = Duration> {
        use backon::BackoffBuilder;
        backon::ExponentialBuilder::default()
            .with_min_delay(self.initial_backoff)
            .with_max_delay(self.max_backoff)
            .with_factor(2.0)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize)
            .build()
    }
}

/// Full jitter: a wait drawn uniformly between zero and `ceiling`.
pub(crate) fn jittered(ceiling: Duration) -> Duration {
    let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
    Duration::from_nanos(fastrand::u64(0..=nanos))
}

/// A wait drawn uniformly between `shortest` and `longest`.
pub(crate) fn jittered_between(shortest: Duration, longest: Duration) -> Duration {
    shortest + jittered(longest.saturating_sub(shortest))
}

/// The statuses worth trying again: the store's rate limit, and a gateway
/// or the service being unavailable.
fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// What one attempt came to, as far as trying again is concerned.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Attempted<'a> {
    /// The server answered with this status.
    Answered(StatusCode),
    /// No answer: the connection failed, timed out or broke.
    Failed(&'a reqwest::Error),
}

impl<'a> Attempted<'a> {
    /// The outcome of a sent request.
    pub(crate) fn of(result: &'a reqwest::Result<reqwest::Response>) -> Attempted<'a> {
        match result {
            Ok(response) => Attempted::Answered(response.status()),
            Err(error) => Attempted::Failed(error),
        }
    }
}

/// The retry decision, the one rule every request the client sends
/// follows (API calls, [`crate::Error::is_retryable`], the token
/// endpoint): whether sending the same request again may succeed and is
/// safe.
///
/// - `429`, `502`, `503` and `504` are worth another try, when the request
///   is `idempotent` (a `GET`, `PUT` or `DELETE`, or a token request: a
///   second one does no harm).
/// - A connection that could not be made means the request never left:
///   safe for every method, a `POST` (a create) included.
/// - A timeout, or a connection lost while sending or reading, may come
///   after the server acted: only for `idempotent` requests.
pub(crate) fn worth_retrying(attempted: Attempted<'_>, idempotent: bool) -> bool {
    match attempted {
        Attempted::Answered(status) => idempotent && retryable_status(status),
        Attempted::Failed(error) => {
            error.is_connect() || (idempotent && (error.is_timeout() || error.is_request() || error.is_body()))
        }
    }
}

/// `Retry-After` as a wait: seconds, or an HTTP date from now.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceilings_double_up_to_the_cap_and_stop_at_the_attempts() {
        let policy = RetryPolicy::default().max_attempts(6).max_backoff(Duration::from_secs(1));
        let ceilings: Vec<u128> = policy.ceilings().map(|c| c.as_millis()).collect();
        assert_eq!(ceilings, [200, 400, 800, 1000, 1000]);
        assert_eq!(RetryPolicy::none().ceilings().count(), 0);
    }

    #[test]
    fn jitter_stays_under_the_ceiling() {
        let ceiling = Duration::from_millis(800);
        let waits: Vec<Duration> = (0..1000).map(|_| jittered(ceiling)).collect();
        assert!(waits.iter().all(|w| *w <= ceiling));
        assert!(waits.iter().any(|w| *w < ceiling / 4) && waits.iter().any(|w| *w > ceiling * 3 / 4), "spread out");
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(reqwest::header::RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let later = std::time::SystemTime::now() + Duration::from_secs(120);
        headers.insert(reqwest::header::RETRY_AFTER, httpdate::fmt_http_date(later).parse().unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!(wait > Duration::from_secs(110) && wait <= Duration::from_secs(120), "{wait:?}");
        headers.insert(reqwest::header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }
}
