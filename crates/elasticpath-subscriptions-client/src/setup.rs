//! Building a client: where it points, where its tokens come from, how it
//! retries and paces itself, and your reqwest settings.

use std::sync::Arc;
use std::time::Duration;

use crate::Client;
use crate::auth::{ClientCredentials, StaticToken, TokenProvider};
use crate::retry::RetryPolicy;
use crate::runtime::{Interceptor, Settings};

/// The user agent a client sends unless you set your own.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Why a client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The token cannot be sent in an HTTP header (it has control characters).
    InvalidToken,
    /// No token, token provider or client credentials were given.
    NoCredentials,
    /// The base URL is not an absolute `http` or `https` URL.
    InvalidBaseUrl(String),
    /// reqwest could not build its client (for example, no TLS backend).
    Http(reqwest::Error),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::InvalidToken => write!(f, "the bearer token cannot be sent in an HTTP header"),
            BuildError::NoCredentials => {
                write!(f, "no credentials: give a bearer token, a token provider or client credentials")
            }
            BuildError::InvalidBaseUrl(url) => {
                write!(f, "the base URL `{url}` is not an absolute http:// or https:// URL")
            }
            BuildError::Http(e) => write!(f, "cannot build the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Http(e) => Some(e),
            _ => None,
        }
    }
}

enum Credentials {
    None,
    /// A bearer token that cannot be sent.
    InvalidToken,
    Provider(Arc<dyn TokenProvider>),
    IdAndSecret {
        id: String,
        secret: String,
    },
}

type HttpSettings = Box<dyn FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send>;

/// A client under construction; see [`Client::builder`].
pub struct ClientBuilder {
    base_url: String,
    credentials: Credentials,
    retry: RetryPolicy,
    #[cfg(feature = "rate-limit")]
    rate_limit: Option<std::num::NonZeroU32>,
    interceptors: Vec<Arc<dyn Interceptor>>,
    http: Vec<HttpSettings>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    fill_refs: bool,
    existing_on_conflict: bool,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("retry", &self.retry)
            .field("interceptors", &self.interceptors)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `base_url` (such as [`EU_WEST`](crate::EU_WEST)):
    /// give it credentials, then [`build`](ClientBuilder::build) it.
    ///
    /// By default it retries (see [`RetryPolicy`]), has no client-side
    /// rate limit, times out a request after 30 s (10 s to connect), and
    /// sends [`USER_AGENT`].
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use elasticpath_subscriptions_client::{Client, RetryPolicy};
    ///
    /// let client = Client::builder(elasticpath_subscriptions_client::EU_WEST)
    ///     .client_credentials("my-client-id", "my-client-secret")
    ///     .retry(RetryPolicy::default().max_attempts(5))
    ///     .timeout(Some(Duration::from_secs(10)))
    ///     .http(|builder| builder.user_agent("billing-service/3.1"))
    ///     .build()?;
    /// # Ok::<(), elasticpath_subscriptions_client::BuildError>(())
    /// ```
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.to_owned(),
            credentials: Credentials::None,
            retry: RetryPolicy::default(),
            #[cfg(feature = "rate-limit")]
            rate_limit: None,
            interceptors: Vec::new(),
            http: Vec::new(),
            timeout: Some(Duration::from_secs(30)),
            connect_timeout: Some(Duration::from_secs(10)),
            fill_refs: false,
            existing_on_conflict: false,
        }
    }

    /// A client for `base_url` that sends `Authorization: Bearer <token>`
    /// with the default settings: the simple case of [`Client::builder`].
    ///
    /// ```
    /// use elasticpath_subscriptions_client::ClientInfo;
    ///
    /// let client = elasticpath_subscriptions_client::Client::with_bearer_token(elasticpath_subscriptions_client::US_EAST, "my-token")?;
    /// assert_eq!(client.baseurl(), "https://useast.api.elasticpath.com/v2");
    /// # Ok::<(), elasticpath_subscriptions_client::BuildError>(())
    /// ```
    pub fn with_bearer_token(base_url: &str, token: &str) -> Result<Client, BuildError> {
        Client::builder(base_url).bearer_token(token).build()
    }
}

impl ClientBuilder {
    /// Sends this token with every call (it is never shown in `Debug`).
    pub fn bearer_token(mut self, token: &str) -> ClientBuilder {
        self.credentials = if reqwest::header::HeaderValue::from_str(&format!("Bearer {token}")).is_ok() {
            Credentials::Provider(Arc::new(StaticToken::new(token)))
        } else {
            Credentials::InvalidToken
        };
        self
    }

    /// Gets tokens from Elastic Path with these client credentials
    /// (`POST /oauth/access_token`), and renews them; see
    /// [`ClientCredentials`].
    pub fn client_credentials(mut self, client_id: &str, client_secret: &str) -> ClientBuilder {
        self.credentials = Credentials::IdAndSecret { id: client_id.to_owned(), secret: client_secret.to_owned() };
        self
    }

    /// Gets tokens from `provider`.
    pub fn token_provider(mut self, provider: impl TokenProvider) -> ClientBuilder {
        self.credentials = Credentials::Provider(Arc::new(provider));
        self
    }

    /// Retries as `policy` says.
    pub fn retry(mut self, policy: RetryPolicy) -> ClientBuilder {
        self.retry = policy;
        self
    }

    /// Never retries.
    pub fn no_retries(self) -> ClientBuilder {
        self.retry(RetryPolicy::none())
    }

    /// Sends at most `per_second` requests a second (token requests aside,
    /// every attempt counts, retries included), waiting when it would send
    /// more: stay under the store's limit (Elastic Path: 100 a second in
    /// production, 25 in development). `0` turns it off (the default).
    /// Needs the `rate-limit` feature.
    #[cfg(feature = "rate-limit")]
    pub fn rate_limit(mut self, per_second: u32) -> ClientBuilder {
        self.rate_limit = std::num::NonZeroU32::new(per_second);
        self
    }

    /// Adds `interceptor` around every attempt, after the ones added before.
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> ClientBuilder {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// How long one attempt may take in all, the token request's included
    /// (default 30 s). With a timeout, a call also ends when its time budget
    /// ([`RetryPolicy::max_elapsed`]) runs out, whatever it is waiting for.
    /// `None`: no timer bounds a call (the budget then only keeps retries
    /// from starting), as tests on a paused clock need.
    pub fn timeout(mut self, timeout: Option<Duration>) -> ClientBuilder {
        self.timeout = timeout;
        self
    }

    /// Gives every create that has no `external_ref` a fresh one
    /// (`ep-client-<uuid>`), so that it can be retried safely when its
    /// answer is lost (see [`creates`](crate::creates)). Off by default:
    /// the reference is then visible on the record.
    pub fn fill_external_refs(mut self) -> ClientBuilder {
        self.fill_refs = true;
        self
    }

    /// Answers a create refused `409` for a duplicate `external_ref` with
    /// the record that has it (its answer's [`RECOVERED`](crate::RECOVERED)
    /// header says `existing`), instead of the error: for callers to whom
    /// "it exists" is success.
    pub fn existing_on_conflict(mut self) -> ClientBuilder {
        self.existing_on_conflict = true;
        self
    }

    /// How long connecting may take (default 10 s; `None`: no limit).
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> ClientBuilder {
        self.connect_timeout = timeout;
        self
    }

    /// Changes the reqwest settings: proxies, TLS roots, default
    /// headers, a user agent (yours replaces [`USER_AGENT`]). Applied after
    /// the defaults, in order. Two settings are the client's own and
    /// applied last: a redirect is followed only within its origin, and no
    /// `Referer` is sent, so that a token or the client secret never goes
    /// to another origin.
    pub fn http(
        mut self,
        settings: impl FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + 'static,
    ) -> ClientBuilder {
        self.http.push(Box::new(settings));
        self
    }

    /// The client.
    pub fn build(self) -> Result<Client, BuildError> {
        let trimmed = self.base_url.trim_end_matches('/');
        if !(trimmed.starts_with("http://") || trimmed.starts_with("https://")) || trimmed.len() <= "https://".len() {
            return Err(BuildError::InvalidBaseUrl(self.base_url.clone()));
        }
        crate::tls::install();
        let mut builder = reqwest::Client::builder().user_agent(USER_AGENT);
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        if let Some(timeout) = self.connect_timeout {
            builder = builder.connect_timeout(timeout);
        }
        for settings in self.http {
            builder = settings(builder);
        }
        // After the user's settings, so that they hold whatever those say.
        let http = crate::redirect::guarded(builder).build().map_err(BuildError::Http)?;
        let tokens: Arc<dyn TokenProvider> = match self.credentials {
            Credentials::None => return Err(BuildError::NoCredentials),
            Credentials::Provider(provider) => provider,
            Credentials::InvalidToken => return Err(BuildError::InvalidToken),
            Credentials::IdAndSecret { id, secret } => {
                Arc::new(ClientCredentials::with_http(trimmed, &id, &secret, http.clone()))
            }
        };
        let mut settings = Settings::new(tokens);
        settings.retry = self.retry;
        #[cfg(feature = "rate-limit")]
        {
            settings.limiter = self.rate_limit.map(crate::runtime::Limiter::per_second);
        }
        settings.interceptors = self.interceptors;
        settings.timeout = self.timeout;
        settings.fill_refs = self.fill_refs;
        settings.existing_on_conflict = self.existing_on_conflict;
        Ok(Client::new_with_client(trimmed, http, settings))
    }
}
