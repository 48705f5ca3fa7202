//! Access tokens: a fixed one, or Elastic Path's client credentials,
//! fetched, cached and renewed.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use futures_util::future::Shared;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use tokio::time::Instant;

/// A bearer token. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(Arc<str>);

impl AccessToken {
    /// A token.
    pub fn new(token: impl Into<Arc<str>>) -> AccessToken {
        AccessToken(token.into())
    }

    /// The token itself, to send.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

/// Why no token could be had: the token endpoint's answer or the failure
/// to reach it, in the words an API call's [`Error`](crate::Error) uses.
///
/// Its `Display` is one line, such as `could not get an access token from
/// https://euwest.api.elasticpath.com/oauth/access_token: 401 Unauthorized:
/// client_id and client_secret do not match`; `status()`
/// and `source()` keep what caused it.
#[derive(Clone)]
pub struct TokenError {
    /// The token endpoint, when the failure is the client credentials'.
    endpoint: Option<Arc<str>>,
    /// Shared: the error is handed to every caller that waited for a fetch.
    why: Arc<Why>,
}

#[derive(Debug)]
enum Why {
    /// A provider of your own said so.
    Message(Arc<str>),
    /// No answer: the connection failed, timed out or broke.
    Transport(reqwest::Error),
    /// An error status; `said` is what the answer says, as an API call's
    /// error would put it.
    Answer { status: StatusCode, headers: HeaderMap, said: String },
    /// A redirect to another origin, which is not followed: the secret
    /// goes to the token endpoint only.
    Redirected { status: StatusCode, to: String },
    /// A successful answer that is not a token.
    Unreadable(String),
    /// A token that expires before it could be used; how long asking for
    /// it took.
    TooShort { expires_in: u64, took: Duration },
    /// The call's time budget ran out while waiting for a token.
    OutOfTime(Duration),
}

impl TokenError {
    /// An error of your own [`TokenProvider`], saying `message`.
    pub fn new(message: impl Into<String>) -> TokenError {
        TokenError { endpoint: None, why: Arc::new(Why::Message(message.into().into())) }
    }

    /// No token within a call's budget of `budget`.
    pub(crate) fn out_of_time(budget: Duration) -> TokenError {
        TokenError { endpoint: None, why: Arc::new(Why::OutOfTime(budget)) }
    }

    /// The token endpoint's status, when it answered with an error (or a
    /// redirect, which is not followed).
    pub fn status(&self) -> Option<StatusCode> {
        match &*self.why {
            Why::Answer { status, .. } | Why::Redirected { status, .. } => Some(*status),
            Why::Transport(error) => error.status(),
            _ => None,
        }
    }

    /// The token endpoint's headers, when it answered with an error.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match &*self.why {
            Why::Answer { headers, .. } => Some(headers),
            _ => None,
        }
    }

    /// Whether asking again may give a token: by the rule every request of
    /// the client follows (a token request is safe to repeat), or when the
    /// call's time ran out first.
    pub fn is_retryable(&self) -> bool {
        use crate::retry::{Attempted, worth_retrying};
        match &*self.why {
            Why::Answer { status, .. } => worth_retrying(Attempted::Answered(*status), true),
            Why::Transport(error) => worth_retrying(Attempted::Failed(error), true),
            Why::OutOfTime(_) => true,
            Why::Message(_) | Why::Redirected { .. } | Why::Unreadable(_) | Why::TooShort { .. } => false,
        }
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(endpoint) = &self.endpoint {
            write!(f, "could not get an access token from {endpoint}: ")?;
        }
        match &*self.why {
            Why::Message(message) => f.write_str(&crate::error::shown(message)),
            Why::Transport(error) => f.write_str(&crate::error::describe_transport(error)),
            Why::Answer { said, .. } => f.write_str(said),
            Why::Redirected { status, to } => {
                write!(f, "{status}, a redirect to {to}, not followed (the secret goes to the token endpoint only)")
            }
            Why::Unreadable(why) => write!(f, "the answer is not a token: {}", crate::error::shown(why)),
            Why::TooShort { expires_in, took } if *took < MIN_LIFE => {
                write!(f, "the token expires in {expires_in} s, too soon to use (at least {} s)", MIN_LIFE.as_secs())
            }
            Why::TooShort { expires_in, took } => {
                write!(f, "the token expires in {expires_in} s, but asking for it took {took:.1?}: too soon to use")
            }
            Why::OutOfTime(budget) => write!(f, "no access token within the call's time budget of {budget:?}"),
        }
    }
}

/// The same line as `Display`, never the endpoint's headers.
impl fmt::Debug for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl std::error::Error for TokenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.why {
            Why::Transport(error) => Some(error),
            _ => None,
        }
    }
}

/// A future of a token.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send + 'a>>;

/// Where the client's bearer tokens come from.
///
/// The client asks for a token before each call, and once more when a call
/// is answered `401` (after [`TokenProvider::invalidate`]): a provider that
/// can renew does so then.
pub trait TokenProvider: Send + Sync + fmt::Debug + 'static {
    /// A token that is good now.
    fn token(&self) -> TokenFuture<'_>;

    /// `token` was refused: do not hand it out again.
    fn invalidate(&self, token: &AccessToken) {
        let _ = token;
    }
}

/// One token, given once: for a token obtained elsewhere.
#[derive(Clone, Debug)]
pub struct StaticToken(AccessToken);

impl StaticToken {
    /// Always `token`.
    pub fn new(token: impl Into<Arc<str>>) -> StaticToken {
        StaticToken(AccessToken::new(token))
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> TokenFuture<'_> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// A cached token and when to stop using it.
#[derive(Clone, Debug)]
struct Cached {
    token: AccessToken,
    renew_at: Instant,
}

/// A fetch of a token, which every caller that needs one meanwhile joins.
type Fetch = Shared<Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send>>>;

/// Elastic Path's client credentials: `POST /oauth/access_token` with
/// `grant_type=client_credentials`, the token cached and renewed shortly
/// before it expires (a minute before, or a tenth of its life if shorter),
/// and after a `401`. Callers that need a token while one is being fetched
/// join that fetch and take its result, a token or an error: fifty callers
/// at expiry make one request. The fetch runs in a task of its own: a
/// caller that stops waiting (its time budget ran out) leaves it going for
/// the others, and its token is kept.
///
/// Facing a token endpoint that misbehaves:
///
/// - the secret is sent to the token endpoint's origin only: a redirect to
///   another origin is not followed (an error names where it pointed), and
///   no `Referer` is sent;
/// - the answer is read to at most [`MAX_TOKEN_ANSWER`] bytes, within the
///   client's per-attempt timeout (30 s by default);
/// - a token that expires less than a second after it arrives (its
///   lifetime counts from when it was asked for) is an error, not a token
///   to fetch again and again;
/// - 429, 502, 503, 504 and failed connections are tried again, at most
///   three times in all, by the client's one retry rule; a call waiting for
///   a token stops waiting when its own time budget runs out
///   ([`RetryPolicy::max_elapsed`](crate::RetryPolicy::max_elapsed)).
///
/// The secret is never shown: `Debug` prints the client id only.
pub struct ClientCredentials(Arc<Endpoint>);

/// The token endpoint, the credentials, the cached token and the fetch
/// under way.
struct Endpoint {
    url: Arc<str>,
    client_id: String,
    client_secret: String,
    http: reqwest::Client,
    cached: std::sync::RwLock<Option<Cached>>,
    in_flight: std::sync::Mutex<Option<Fetch>>,
}

/// The longest a token is kept, whatever `expires_in` says.
const LONGEST_LIFE: Duration = Duration::from_secs(24 * 60 * 60);
/// The shortest time a token must have left when it arrives to be used.
const MIN_LIFE: Duration = Duration::from_secs(1);
/// Tries at the token endpoint (after a 429, a 5xx or no connection).
const TOKEN_ATTEMPTS: u32 = 3;
/// The most bytes of the token endpoint's answer read (a token answer is
/// a few hundred bytes); a longer answer is an error.
pub const MAX_TOKEN_ANSWER: usize = 64 * 1024;

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("url", &self.0.url)
            .field("client_id", &self.0.client_id)
            .field("client_secret", &"<redacted>")
            .finish()
    }
}

impl ClientCredentials {
    /// Credentials for the API at `base_url` (such as
    /// [`EU_WEST`](crate::EU_WEST)): tokens come from `/oauth/access_token`
    /// at its origin. [`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)
    /// makes these for you, sharing the client's connections; this is for
    /// a provider of your own to wrap.
    pub fn new(base_url: &str, client_id: &str, client_secret: &str) -> Result<ClientCredentials, crate::BuildError> {
        crate::tls::install();
        let http = crate::redirect::guarded(
            reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(10))
                .timeout(Duration::from_secs(30))
                .user_agent(crate::USER_AGENT),
        )
        .build()
        .map_err(crate::BuildError::Http)?;
        Ok(ClientCredentials::with_http(base_url, client_id, client_secret, http))
    }

    /// The same, through the client's own `http` (which follows no
    /// redirect to another origin: see [`crate::redirect`]).
    pub(crate) fn with_http(
        base_url: &str,
        client_id: &str,
        client_secret: &str,
        http: reqwest::Client,
    ) -> ClientCredentials {
        ClientCredentials(Arc::new(Endpoint {
            url: format!("{}/oauth/access_token", origin(base_url)).into(),
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
            http,
            cached: std::sync::RwLock::new(None),
            in_flight: std::sync::Mutex::new(None),
        }))
    }
}

impl Endpoint {
    fn current(&self) -> Option<AccessToken> {
        let cached = self.cached.read().unwrap_or_else(|e| e.into_inner());
        cached.as_ref().filter(|c| Instant::now() < c.renew_at).map(|c| c.token.clone())
    }

    fn failed(&self, why: Why) -> TokenError {
        TokenError { endpoint: Some(self.url.clone()), why: Arc::new(why) }
    }

    /// The fetch under way, or a new one, in a task of its own.
    fn joined_fetch(self: &Arc<Self>) -> Fetch {
        let mut in_flight = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(fetch) = &*in_flight {
            return fetch.clone();
        }
        // The task clears `in_flight` when it ends, which waits for this
        // lock: the fetch is in place before anyone can see it gone.
        let task = tokio::spawn(self.clone().fetch_and_keep());
        let joined: Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send>> = Box::pin(async move {
            task.await.unwrap_or_else(|e| Err(TokenError::new(format!("the token request stopped: {e}"))))
        });
        let fetch = joined.shared();
        *in_flight = Some(fetch.clone());
        fetch
    }

    /// Fetches a token and keeps it; then the next caller starts afresh.
    async fn fetch_and_keep(self: Arc<Self>) -> Result<AccessToken, TokenError> {
        let result = match self.fetch().await {
            Ok(fresh) => {
                let token = fresh.token.clone();
                *self.cached.write().unwrap_or_else(|e| e.into_inner()) = Some(fresh);
                tracing::debug!(url = %self.url, "renewed the access token");
                Ok(token)
            }
            Err(error) => {
                tracing::warn!(url = %self.url, %error, "could not renew the access token");
                Err(error)
            }
        };
        *self.in_flight.lock().unwrap_or_else(|e| e.into_inner()) = None;
        result
    }

    /// Fetches a token, trying again as the client's retry rule says (with
    /// backoff and full jitter, or as `Retry-After` says, up to 10 s); at
    /// most [`TOKEN_ATTEMPTS`] tries.
    async fn fetch(&self) -> Result<Cached, TokenError> {
        let policy = crate::RetryPolicy::default().max_attempts(TOKEN_ATTEMPTS);
        let mut ceilings = policy.ceilings();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let (result, retry_after) = self.fetch_once().await;
            let error = match result {
                Ok(cached) => return Ok(cached),
                Err(error) => error,
            };
            let Some(ceiling) = ceilings.next().filter(|_| error.is_retryable()) else { return Err(error) };
            let wait = retry_after.unwrap_or_else(|| crate::retry::jittered(ceiling)).min(Duration::from_secs(10));
            tracing::debug!(attempt, wait_ms = wait.as_millis() as u64, %error, "trying the token endpoint again");
            tokio::time::sleep(wait).await;
        }
    }

    /// One request to the token endpoint; on failure, how long the server
    /// asked to wait.
    async fn fetch_once(&self) -> (Result<Cached, TokenError>, Option<Duration>) {
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "client_credentials")
            .append_pair("client_id", &self.client_id)
            .append_pair("client_secret", &self.client_secret)
            .finish();
        // A token's lifetime counts from when it was asked for: the answer
        // may have taken a while.
        let asked_at = Instant::now();
        let response = match self
            .http
            .post(&*self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
        {
            Ok(response) => response,
            Err(e) => return (Err(self.failed(Why::Transport(e.without_url()))), None),
        };
        let (status, headers) = (response.status(), response.headers().clone());
        if status.is_redirection() {
            let to = crate::redirect::target(response.url(), &headers);
            return (Err(self.failed(Why::Redirected { status, to })), None);
        }
        let asked = crate::retry::retry_after(&headers);
        let (body, cut) = match crate::runtime::read_capped(response, MAX_TOKEN_ANSWER).await {
            Ok(read) => read,
            Err(e) => return (Err(self.failed(Why::Transport(e.without_url()))), asked),
        };
        if !status.is_success() {
            let said = crate::error::describe_answer(status, &body);
            return (Err(self.failed(Why::Answer { status, headers, said })), asked);
        }
        if cut {
            let why = format!("it is larger than {MAX_TOKEN_ANSWER} bytes");
            return (Err(self.failed(Why::Unreadable(why))), None);
        }
        #[derive(serde::Deserialize)]
        struct Answer {
            access_token: String,
            expires_in: u64,
        }
        let answer: Answer = match serde_json::from_slice(&body) {
            Ok(answer) => answer,
            Err(e) => return (Err(self.failed(Why::Unreadable(e.to_string()))), None),
        };
        let life = Duration::from_secs(answer.expires_in).min(LONGEST_LIFE);
        let took = asked_at.elapsed();
        if life < took + MIN_LIFE {
            return (Err(self.failed(Why::TooShort { expires_in: answer.expires_in, took })), None);
        }
        let margin = (life / 10).min(Duration::from_secs(60));
        let renew_at = asked_at.checked_add(life - margin).unwrap_or(asked_at);
        (Ok(Cached { token: AccessToken::new(answer.access_token), renew_at }), None)
    }
}

impl TokenProvider for ClientCredentials {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            match self.0.current() {
                Some(token) => Ok(token),
                None => self.0.joined_fetch().await,
            }
        })
    }

    fn invalidate(&self, token: &AccessToken) {
        let mut cached = self.0.cached.write().unwrap_or_else(|e| e.into_inner());
        if cached.as_ref().is_some_and(|c| c.token == *token) {
            *cached = None;
        }
    }
}

/// `scheme://host[:port]` of a URL.
fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    match url[after_scheme..].find('/') {
        Some(slash) => &url[..after_scheme + slash],
        None => url.trim_end_matches('/'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_endpoint_is_at_the_origin_of_the_base_url() {
        assert_eq!(origin("https://euwest.api.elasticpath.com/v2"), "https://euwest.api.elasticpath.com");
        assert_eq!(origin("http://127.0.0.1:8080/v2/"), "http://127.0.0.1:8080");
        assert_eq!(origin("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }

    #[test]
    fn secrets_never_show() {
        let credentials = ClientCredentials::new("https://x.example/v2", "my-id", "s3cr3t").unwrap();
        let token = AccessToken::new("tok3n");
        let shown = format!("{credentials:?} {token:?} {:?}", StaticToken::new("tok3n"));
        assert!(shown.contains("my-id") && !shown.contains("s3cr3t") && !shown.contains("tok3n"), "{shown}");
    }
}
