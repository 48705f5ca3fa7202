//! What the example programs share: a client for the API the environment
//! names.
//!
//! `EP_BASE_URL` (default: a local sandbox, `http://127.0.0.1:8080/v2`) and
//! `EP_CLIENT_ID` / `EP_CLIENT_SECRET` (the API's client credentials; a
//! local sandbox started with `--client-id` and `--client-secret` takes
//! them too).

use elasticpath_subscriptions_client::{Client, ClientBuilder};

/// A client for `EP_BASE_URL` with the client credentials of
/// `EP_CLIENT_ID` and `EP_CLIENT_SECRET`.
pub fn client() -> Result<Client, Box<dyn std::error::Error>> {
    Ok(builder()?.build()?)
}

/// The same, to set more on it first.
pub fn builder() -> Result<ClientBuilder, Box<dyn std::error::Error>> {
    let var = |name: &str| std::env::var(name).map_err(|_| format!("set {name}"));
    let base_url = std::env::var("EP_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v2".to_owned());
    Ok(Client::builder(&base_url).client_credentials(&var("EP_CLIENT_ID")?, &var("EP_CLIENT_SECRET")?))
}
