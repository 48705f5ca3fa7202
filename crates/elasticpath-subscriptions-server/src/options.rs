//! The limits of the generated router, and the hook on its rejections.

use std::time::Duration;

use crate::context::{Rejection, RejectionHook};

/// Settings of the generated router: what one request may cost it.
///
/// Everything the router refuses is answered in the API's error format.
/// [`serve`](crate::serve()) adds the limits that only the HTTP server can
/// enforce (header read time, connections, the size of a request head).
#[derive(Clone)]
#[non_exhaustive]
pub struct RouterOptions {
    /// The largest request body accepted, in bytes; larger ones get `413`.
    /// Default 256 KiB: every body of this API is a few KB (a tax run for
    /// 2,000 invoices fits), and reading JSON costs CPU by its size (the
    /// worst 256 KiB, tiny values, about 5 ms).
    pub body_limit: usize,
    /// The longest request target (path and query), in bytes; longer ones
    /// get `414`. Default 32 KiB: a filter of 8 KB, percent-encoded.
    pub max_uri_bytes: usize,
    /// The most request headers; more get `431`.
    pub max_headers: usize,
    /// The largest request header (name and value), in bytes; larger get `431`.
    pub max_header_bytes: usize,
    /// How long the whole body may take to arrive, counted from the
    /// request's arrival (one deadline, however the body trickles); a body
    /// not complete by then gets `408` at that time.
    pub body_read_timeout: Duration,
    /// How long one request may take in all; longer gets `500`.
    pub request_timeout: Duration,
    /// Sees every rejection; see [`RouterOptions::on_rejection`].
    pub rejection_hook: Option<RejectionHook>,
}

impl std::fmt::Debug for RouterOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RouterOptions")
            .field("body_limit", &self.body_limit)
            .field("max_uri_bytes", &self.max_uri_bytes)
            .field("max_headers", &self.max_headers)
            .field("max_header_bytes", &self.max_header_bytes)
            .field("body_read_timeout", &self.body_read_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("rejection_hook", &self.rejection_hook.as_ref().map(|_| "<set>"))
            .finish()
    }
}

impl Default for RouterOptions {
    fn default() -> Self {
        RouterOptions {
            body_limit: 256 * 1024,
            max_uri_bytes: 32 * 1024,
            max_headers: 64,
            max_header_bytes: 8 * 1024,
            body_read_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            rejection_hook: None,
        }
    }
}

impl RouterOptions {
    /// Sets the largest request body accepted, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Sets the longest request target accepted, in bytes.
    pub fn max_uri_bytes(mut self, bytes: usize) -> Self {
        self.max_uri_bytes = bytes;
        self
    }

    /// Sets the most request headers accepted.
    pub fn max_headers(mut self, count: usize) -> Self {
        self.max_headers = count;
        self
    }

    /// Sets the largest request header accepted, in bytes.
    pub fn max_header_bytes(mut self, bytes: usize) -> Self {
        self.max_header_bytes = bytes;
        self
    }

    /// Sets how long the whole body may take to arrive.
    pub fn body_read_timeout(mut self, timeout: Duration) -> Self {
        self.body_read_timeout = timeout;
        self
    }

    /// Sets how long one request may take in all.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Sees every request the router refuses (for logging or metrics), and
    /// may answer it differently: `hook` returns `Some(response)` to send
    /// that instead, or `None` to send the router's own answer.
    ///
    /// ```
    /// use elasticpath_subscriptions_server::RouterOptions;
    ///
    /// let refused = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    /// let counter = refused.clone();
    /// let options = RouterOptions::default().on_rejection(move |rejection| {
    ///     counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    ///     eprintln!("refused {:?}: {} {:?}", rejection.operation_id, rejection.status, rejection.details);
    ///     None
    /// });
    /// # let _ = options;
    /// ```
    pub fn on_rejection(
        mut self,
        hook: impl Fn(&Rejection) -> Option<axum::response::Response> + Send + Sync + 'static,
    ) -> Self {
        self.rejection_hook = Some(std::sync::Arc::new(hook));
        self
    }
}

/// The most problems one rejection lists; a last `detail` says when more
/// were found.
pub const MAX_PROBLEMS: usize = 20;

/// A body of at most this many JSON values has every problem listed (up
/// to [`MAX_PROBLEMS`]); a larger one, its first.
pub const LISTED_VALUES: usize = 2_000;

/// How deep JSON may nest in a request body. The API's bodies nest about
/// eight levels.
pub const MAX_DEPTH: usize = 32;
