//! Access tokens: a fixed one, or Elastic Path's client credentials,
//! fetched, cached and renewed.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::Mutex;
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

/// Why no token could be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenError(pub String);

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TokenError {}

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

/// Elastic Path's client credentials: `POST /oauth/access_token` with
/// `grant_type=client_credentials`, the token cached and renewed shortly
/// before it expires (a minute before, or a tenth of its life if shorter),
/// and after a `401`. Callers that need a token while one is being fetched
/// wait for that one: fifty callers at expiry make one request.
///
/// The secret is never shown: `Debug` prints the client id only.
pub struct ClientCredentials {
    url: String,
    client_id: String,
    client_secret: String,
    http: reqwest::Client,
    cached: std::sync::RwLock<Option<Cached>>,
    /// Held while a token is fetched; why the last fetch failed, if it did.
    renewing: Mutex<Option<TokenError>>,
    /// How many fetches have finished, failed or not (read without waiting
    /// for the lock, to tell whether one finished while a caller waited).
    finished: AtomicU64,
}

/// The longest a token is kept, whatever `expires_in` says.
const LONGEST_LIFE: Duration = Duration::from_secs(24 * 60 * 60);
/// Tries at the token endpoint (after a 429, a 5xx or no connection).
const TOKEN_ATTEMPTS: u32 = 3;

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("url", &self.url)
            .field("client_id", &self.client_id)
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
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .user_agent(crate::USER_AGENT)
            .build()
            .map_err(crate::BuildError::Http)?;
        Ok(ClientCredentials::with_http(base_url, client_id, client_secret, http))
    }

    /// The same, through the client's own `http`.
    pub(crate) fn with_http(
        base_url: &str,
        client_id: &str,
        client_secret: &str,
        http: reqwest::Client,
    ) -> ClientCredentials {
        ClientCredentials {
            url: format!("{}/oauth/access_token", origin(base_url)),
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
            http,
            cached: std::sync::RwLock::new(None),
            renewing: Mutex::new(None),
            finished: AtomicU64::new(0),
        }
    }

    fn current(&self) -> Option<AccessToken> {
        let cached = self.cached.read().unwrap_or_else(|e| e.into_inner());
        cached.as_ref().filter(|c| Instant::now() < c.renew_at).map(|c| c.token.clone())
    }

    /// Fetches a token, trying again (with backoff and full jitter, or as
    /// `Retry-After` says, up to 10 s) after a 429, a 502/503/504 or a
    /// connection that could not be made; at most [`TOKEN_ATTEMPTS`] tries.
    async fn fetch(&self) -> Result<Cached, TokenError> {
        let mut attempt = 0;
        let policy = crate::RetryPolicy::default().max_attempts(TOKEN_ATTEMPTS);
        let mut ceilings = policy.ceilings();
        loop {
            attempt += 1;
            let (result, retry_after) = self.fetch_once().await;
            let Err((error, retryable)) = result else { return result.map_err(|(e, _)| e) };
            let Some(ceiling) = ceilings.next().filter(|_| retryable) else { return Err(error) };
            let wait = retry_after.unwrap_or_else(|| crate::retry::jittered(ceiling)).min(Duration::from_secs(10));
            tracing::debug!(attempt, wait_ms = wait.as_millis() as u64, %error, "trying the token endpoint again");
            tokio::time::sleep(wait).await;
        }
    }

    /// One request to the token endpoint; on failure, whether it is worth
    /// another, and how long the server asked to wait.
    async fn fetch_once(&self) -> (Result<Cached, (TokenError, bool)>, Option<Duration>) {
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "client_credentials")
            .append_pair("client_id", &self.client_id)
            .append_pair("client_secret", &self.client_secret)
            .finish();
        let failed = |why: String| TokenError(format!("could not get an access token from {}: {why}", self.url));
        let response = match self
            .http
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
        {
            Ok(response) => response,
            Err(e) => {
                let connect = e.is_connect();
                return (Err((failed(e.without_url().to_string()), connect)), None);
            }
        };
        let status = response.status();
        let asked = crate::retry::retry_after(response.headers());
        let retryable = crate::retry::retryable_status(status);
        let text = match response.text().await {
            Ok(text) => text,
            Err(e) => return (Err((failed(e.without_url().to_string()), retryable)), asked),
        };
        if !status.is_success() {
            let detail = serde_json::from_str::<crate::types::ErrorResponse>(&text)
                .ok()
                .and_then(|e| e.errors.into_iter().next())
                .map(|e| format!("{}: {}", e.title, e.detail.unwrap_or_default()))
                .unwrap_or_default();
            let why = format!("{status} {detail}").trim().chars().take(300).collect();
            return (Err((failed(why), retryable)), asked);
        }
        #[derive(serde::Deserialize)]
        struct Answer {
            access_token: String,
            expires_in: u64,
        }
        let answer: Answer = match serde_json::from_str(&text) {
            Ok(answer) => answer,
            Err(e) => return (Err((failed(format!("the answer could not be read: {e}")), false)), None),
        };
        let life = Duration::from_secs(answer.expires_in).min(LONGEST_LIFE);
        let margin = (life / 10).min(Duration::from_secs(60));
        let now = Instant::now();
        let renew_at = now.checked_add(life - margin).unwrap_or(now);
        (Ok(Cached { token: AccessToken::new(answer.access_token), renew_at }), None)
    }
}

impl TokenProvider for ClientCredentials {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            if let Some(token) = self.current() {
                return Ok(token);
            }
            // One renewal at a time; who waited for it uses its token, or
            // its error if it failed (so that fifty waiters do not try
            // fifty times in a row).
            let seen = self.finished.load(Ordering::Acquire);
            let mut last_error = self.renewing.lock().await;
            if let Some(token) = self.current() {
                return Ok(token);
            }
            if self.finished.load(Ordering::Acquire) != seen
                && let Some(error) = &*last_error
            {
                return Err(error.clone());
            }
            let fetched = self.fetch().await;
            match fetched {
                Ok(fresh) => {
                    let token = fresh.token.clone();
                    *self.cached.write().unwrap_or_else(|e| e.into_inner()) = Some(fresh);
                    *last_error = None;
                    self.finished.fetch_add(1, Ordering::Release);
                    tracing::debug!(url = %self.url, "renewed the access token");
                    Ok(token)
                }
                Err(error) => {
                    *last_error = Some(error.clone());
                    self.finished.fetch_add(1, Ordering::Release);
                    tracing::warn!(url = %self.url, %error, "could not renew the access token");
                    Err(error)
                }
            }
        })
    }

    fn invalidate(&self, token: &AccessToken) {
        let mut cached = self.cached.write().unwrap_or_else(|e| e.into_inner());
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
