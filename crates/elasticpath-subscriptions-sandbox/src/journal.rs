//! The request journal: every request the sandbox received on the API's
//! paths, the token endpoint, and paths it does not have (not the admin
//! endpoints, and not what hyper refused before a request existed), in the
//! order they arrived, so a test can assert on what a client sent.
//!
//! An entry is written when its request arrives and completed when it is
//! answered: a request whose client gave up first, or whose connection a
//! fault dropped, keeps `status: None`.

use std::collections::VecDeque;
use std::sync::Mutex;

use axum::response::Response;
use chrono::{DateTime, Utc};

/// The most entries kept; older ones are forgotten first.
pub const JOURNAL_CAPACITY: usize = 10_000;

/// The most characters of a path or query kept in an entry (the rest is
/// cut, with `…`): the journal's size stays bounded.
pub const MAX_RECORDED: usize = 1_024;

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
    /// The answer's status; `None` if there was none (the connection was
    /// dropped, or the client gave up first).
    pub status: Option<u16>,
    /// The store its bearer token names, if it carries one the sandbox
    /// reads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
}

#[derive(Debug, Default)]
struct Entries {
    entries: VecDeque<Entry>,
    /// The number of the first entry kept.
    first: u64,
}

/// The entries, in order of arrival.
#[derive(Debug, Default)]
pub(crate) struct Journal(Mutex<Entries>);

impl Journal {
    pub(crate) fn entries(&self) -> Vec<Entry> {
        self.lock().entries.iter().cloned().collect()
    }

    pub(crate) fn clear(&self) {
        let mut entries = self.lock();
        entries.first += entries.entries.len() as u64;
        entries.entries.clear();
    }

    /// Writes an entry; returns its number.
    fn push(&self, entry: Entry) -> u64 {
        let mut entries = self.lock();
        if entries.entries.len() >= JOURNAL_CAPACITY {
            entries.entries.pop_front();
            entries.first += 1;
        }
        entries.entries.push_back(entry);
        entries.first + entries.entries.len() as u64 - 1
    }

    /// Completes entry `number` with its status, if it is still kept.
    fn answered(&self, number: u64, status: Option<u16>) {
        let mut entries = self.lock();
        let Some(index) = number.checked_sub(entries.first) else { return };
        if let Some(entry) = usize::try_from(index).ok().and_then(|i| entries.entries.get_mut(i)) {
            entry.status = status;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// At most [`MAX_RECORDED`] characters of `text`.
fn recorded(text: &str) -> String {
    match text.char_indices().nth(MAX_RECORDED) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The operation a request names, and the store its token names, worked
/// out once by the journal for the layers inside it.
#[derive(Clone, Debug)]
pub(crate) struct Named(pub(crate) Option<&'static str>, pub(crate) Option<String>);

/// The store a request's bearer token names, if any.
pub(crate) fn store_of(sandbox: &crate::Sandbox, request: &axum::extract::Request) -> Option<String> {
    let token = request.headers().get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let token = token.strip_prefix("Bearer ").or_else(|| token.strip_prefix("bearer "))?;
    sandbox.auth.store_of(token.trim())
}

/// The layer that records every request but the admin endpoints'.
pub(crate) async fn layer(
    axum::extract::State(sandbox): axum::extract::State<crate::Sandbox>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path();
    if path.starts_with(crate::admin::PREFIX) {
        return next.run(request).await;
    }
    let operation_id = crate::operation_id(request.method(), path);
    let store = store_of(&sandbox, &request);
    let number = sandbox.journal.push(Entry {
        at: sandbox.now(),
        method: request.method().to_string(),
        path: recorded(path),
        query: request.uri().query().map(recorded),
        operation_id,
        status: None,
        store: store.clone(),
    });
    request.extensions_mut().insert(Named(operation_id, store));
    let response = next.run(request).await;
    let status = match response.extensions().get::<crate::faults::Dropped>() {
        Some(_) => None,
        None => Some(response.status().as_u16()),
    };
    sandbox.journal.answered(number, status);
    response
}
