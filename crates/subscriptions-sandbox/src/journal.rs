//! The request journal: every request the sandbox answered (the API's
//! operations, the token endpoint, and paths it does not have; not the
//! admin endpoints), so a test can assert on what a client sent.

use std::collections::VecDeque;
use std::sync::Mutex;

use axum::response::Response;
use chrono::{DateTime, Utc};

/// The most entries kept; older ones are forgotten first.
pub const JOURNAL_CAPACITY: usize = 10_000;

/// One request, as the sandbox saw it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    /// When it arrived, on the sandbox's clock.
    pub at: DateTime<Utc>,
    /// The method, such as `GET`.
    pub method: String,
    /// The path, such as `/v2/subscriptions/jobs`.
    pub path: String,
    /// The query string, if any.
    pub query: Option<String>,
    /// The operation it named, such as `ListJobs` (`AccessToken` for the
    /// token endpoint), if any.
    pub operation_id: Option<&'static str>,
    /// The answer's status; `None` if the connection was dropped.
    pub status: Option<u16>,
}

/// The entries, oldest first.
#[derive(Debug, Default)]
pub(crate) struct Journal(Mutex<VecDeque<Entry>>);

impl Journal {
    pub(crate) fn entries(&self) -> Vec<Entry> {
        self.lock().iter().cloned().collect()
    }

    pub(crate) fn clear(&self) {
        self.lock().clear();
    }

    fn push(&self, entry: Entry) {
        let mut entries = self.lock();
        if entries.len() >= JOURNAL_CAPACITY {
            entries.pop_front();
        }
        entries.push_back(entry);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Entry>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The layer that records every request but the admin endpoints'.
pub(crate) async fn layer(
    axum::extract::State(sandbox): axum::extract::State<crate::Sandbox>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path().to_owned();
    if path.starts_with(crate::admin::PREFIX) {
        return next.run(request).await;
    }
    let at = sandbox.now();
    let method = request.method().to_string();
    let query = request.uri().query().map(str::to_owned);
    let operation_id = crate::operation_id(request.method(), &path);
    let response = next.run(request).await;
    let status = match response.extensions().get::<crate::faults::Dropped>() {
        Some(_) => None,
        None => Some(response.status().as_u16()),
    };
    sandbox.journal.push(Entry { at, method, path, query, operation_id, status });
    response
}
