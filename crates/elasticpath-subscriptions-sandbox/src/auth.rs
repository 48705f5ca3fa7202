//! Who may call: any token, one fixed token, or client credentials
//! exchanged for tokens that expire, as Elastic Path's
//! `POST /oauth/access_token` does. The token endpoint issues tokens only
//! where client credentials are configured, and to those only; in the
//! other modes it answers `401`. Each set of client credentials has a
//! store of its own, which its tokens name: a token of one never reads
//! another's records.
//!
//! The token endpoint takes the form fields `grant_type=client_credentials`,
//! `client_id` and `client_secret`, and answers
//! `{"expires": <unix time>, "identifier": "client_credentials",
//! "expires_in": <seconds>, "access_token": "…", "token_type": "Bearer"}`.
//! Tokens expire on the sandbox's clock (an hour by default); an expired or
//! unknown token gets the API's `401`.
//!
//! A token carries its own expiry and its store, signed with a key of this
//! sandbox (`<expires, ms>.<nonce>.<store, hex>.<signature>`), so nothing
//! is stored per token: any number can be issued, and one stays
//! recognizably expired forever. Each token has one spelling: the expiry as
//! Rust writes an `i64` (no plus sign, no leading zeros), a nonce of 32, the
//! store's name in lower-case hex and a signature of 16 lower-case hex
//! digits; any other spelling is not a token of this sandbox. A form field
//! given twice is refused.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, TimeDelta, Utc};
use uuid::Uuid;

/// Which tokens the sandbox accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Any non-empty token, except one this sandbox issued that has
    /// expired; the token endpoint issues none (no credentials are
    /// configured).
    AnyToken,
    /// Only this token; the token endpoint issues none.
    Fixed(String),
    /// Only tokens issued, to one of these credentials, that have not
    /// expired; each `client_id` has a store of its own.
    ClientCredentials(Vec<Credential>),
}

/// A `client_id` and `client_secret` the token endpoint accepts.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    /// The `client_id` to present; it names the credential's store.
    pub client_id: String,
    /// The `client_secret` to present.
    pub client_secret: String,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential").field("client_id", &self.client_id).field("client_secret", &"<redacted>").finish()
    }
}

/// The store of the sandbox's modes without credentials.
pub const DEFAULT_STORE: &str = "default";

impl Mode {
    /// The stores this mode serves: one per credential, or the default one.
    pub fn stores(&self) -> Vec<String> {
        match self {
            Mode::ClientCredentials(credentials) => credentials.iter().map(|c| c.client_id.clone()).collect(),
            Mode::AnyToken | Mode::Fixed(_) => vec![DEFAULT_STORE.to_owned()],
        }
    }
}

/// The tokens accepted, and how issued ones are recognized.
#[derive(Debug)]
pub struct Auth {
    pub(crate) mode: Mode,
    pub(crate) lifetime: Duration,
    /// The key issued tokens are signed with (a keyed SipHash: a fake's
    /// tokens need telling apart, not protecting).
    key: std::hash::RandomState,
}

impl Default for Auth {
    fn default() -> Self {
        Auth::new(Mode::AnyToken, Duration::from_secs(3600))
    }
}

impl Auth {
    pub(crate) fn new(mode: Mode, lifetime: Duration) -> Auth {
        Auth { mode, lifetime, key: std::hash::RandomState::new() }
    }

    fn signature(&self, expires: i64, nonce: &str, store: &str) -> u64 {
        self.key.hash_one((expires, nonce, store))
    }

    /// When a token this sandbox issued expires (Unix time, milliseconds);
    /// `None` for any other token.
    /// When a token this sandbox issued expires, and its store. Only the
    /// one spelling [`Auth::issue`] writes is read.
    fn read(&self, token: &str) -> Option<(i64, String)> {
        let mut parts = token.split('.');
        let (expires_text, nonce, store_text, signature_text) =
            (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let lower_hex = |text: &str| text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if parts.next().is_some()
            || !(nonce.len() == 32 && lower_hex(nonce))
            || !(signature_text.len() == 16 && lower_hex(signature_text))
            || !(store_text.len() % 2 == 0 && lower_hex(store_text))
        {
            return None;
        }
        let expires: i64 = expires_text.parse().ok().filter(|e: &i64| e.to_string() == expires_text)?;
        let store_bytes: Option<Vec<u8>> =
            (0..store_text.len()).step_by(2).map(|i| u8::from_str_radix(&store_text[i..i + 2], 16).ok()).collect();
        let store = String::from_utf8(store_bytes?).ok()?;
        let signature = u64::from_str_radix(signature_text, 16).ok()?;
        (self.signature(expires, nonce, &store) == signature).then_some((expires, store))
    }

    /// The store `token` names, expired or not (`None`: not a token of
    /// this sandbox's modes).
    pub(crate) fn store_of(&self, token: &str) -> Option<String> {
        match &self.mode {
            Mode::Fixed(fixed) => (fixed == token).then(|| DEFAULT_STORE.to_owned()),
            Mode::AnyToken => Some(DEFAULT_STORE.to_owned()),
            Mode::ClientCredentials(_) => self.read(token).map(|(_, store)| store),
        }
    }

    /// Accepts `token` at `now`, and names its store; or says why not.
    pub(crate) fn check(&self, token: &str, now: DateTime<Utc>) -> Result<String, &'static str> {
        if let Mode::Fixed(fixed) = &self.mode {
            return if fixed == token {
                Ok(DEFAULT_STORE.to_owned())
            } else {
                Err("Authorization: the bearer token is not valid")
            };
        }
        match (self.read(token), &self.mode) {
            (Some((expires, _)), _) if expires <= now.timestamp_millis() => {
                Err("Authorization: the access token has expired")
            }
            (Some((_, store)), Mode::ClientCredentials(credentials))
                if credentials.iter().any(|c| c.client_id == store) =>
            {
                Ok(store)
            }
            (_, Mode::AnyToken) => Ok(DEFAULT_STORE.to_owned()),
            (_, Mode::ClientCredentials(_) | Mode::Fixed(_)) => Err("Authorization: the bearer token is not valid"),
        }
    }

    /// Issues a token for the form `body` at `now`: the JSON answer, or an
    /// error status and detail.
    pub(crate) fn issue(&self, body: &[u8], now: DateTime<Utc>) -> Result<serde_json::Value, (StatusCode, String)> {
        match self.mode {
            Mode::Fixed(_) => {
                return Err((
                    StatusCode::UNAUTHORIZED,
                    "no client credentials are configured: this sandbox accepts one fixed bearer token".to_owned(),
                ));
            }
            Mode::AnyToken => {
                return Err((
                    StatusCode::UNAUTHORIZED,
                    "no client credentials are configured: this sandbox accepts any bearer token (send one), or \
                     start it with client credentials"
                        .to_owned(),
                ));
            }
            Mode::ClientCredentials(_) => {}
        }
        let mut fields: HashMap<String, String> = HashMap::new();
        for (name, value) in form_urlencoded::parse(body) {
            if fields.contains_key(name.as_ref()) {
                return Err((StatusCode::BAD_REQUEST, format!("{}: given more than once", clipped(&name))));
            }
            fields.insert(name.into_owned(), value.into_owned());
        }
        let field = |name: &str| fields.get(name).map(String::as_str);
        match field("grant_type") {
            Some("client_credentials") => {}
            Some(other) => {
                return Err((
                    StatusCode::BAD_REQUEST,
                    format!("grant_type: `{}` is not supported here; use client_credentials", clipped(other)),
                ));
            }
            None => return Err((StatusCode::BAD_REQUEST, "grant_type: required, as client_credentials".to_owned())),
        }
        let (Some(id), Some(secret)) = (field("client_id"), field("client_secret")) else {
            return Err((StatusCode::BAD_REQUEST, "client_id and client_secret are required".to_owned()));
        };
        let Mode::ClientCredentials(credentials) = &self.mode else { unreachable!("refused above") };
        if !credentials.iter().any(|c| c.client_id == id && c.client_secret == secret) {
            return Err((StatusCode::UNAUTHORIZED, "client_id and client_secret do not match".to_owned()));
        }
        let store = id;
        let lifetime = TimeDelta::from_std(self.lifetime).unwrap_or(TimeDelta::MAX);
        let expires = now.checked_add_signed(lifetime).unwrap_or(DateTime::<Utc>::MAX_UTC);
        // The token carries its expiry to the millisecond: it lasts exactly
        // its lifetime; `expires` is in whole seconds, as Elastic Path's is.
        let expires_ms = expires.timestamp_millis();
        let nonce = Uuid::new_v4().simple().to_string();
        let store_hex: String = store.bytes().map(|b| format!("{b:02x}")).collect();
        let token = format!("{expires_ms}.{nonce}.{store_hex}.{:016x}", self.signature(expires_ms, &nonce, store));
        Ok(serde_json::json!({
            "expires": expires.timestamp(),
            "identifier": "client_credentials",
            "expires_in": self.lifetime.as_secs(),
            "access_token": token,
            "token_type": "Bearer",
        }))
    }
}

fn clipped(text: &str) -> String {
    text.chars().take(64).collect()
}

/// `POST /oauth/access_token`.
pub(crate) async fn token_endpoint(
    axum::extract::State(sandbox): axum::extract::State<crate::Sandbox>,
    request: axum::extract::Request,
) -> Response {
    let form = request.headers().get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
    });
    if !form {
        return crate::error_answer(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type: expected application/x-www-form-urlencoded".to_owned(),
        );
    }
    let body = match crate::read_body(request.into_body(), 8 * 1024).await {
        Ok(body) => body,
        Err(answer) => return answer,
    };
    match sandbox.auth.issue(&body, sandbox.now()) {
        Ok(answer) => (StatusCode::OK, axum::Json(answer)).into_response(),
        Err((status, detail)) => crate::error_answer(status, detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn issued_tokens_expire_and_unknown_ones_are_refused_by_mode() {
        let now = at("2026-01-01T00:00:00Z");
        let auth = Auth::new(
            Mode::ClientCredentials(vec![Credential { client_id: "id".into(), client_secret: "secret".into() }]),
            Duration::from_secs(3600),
        );
        let answer = auth.issue(b"grant_type=client_credentials&client_id=id&client_secret=secret", now).unwrap();
        assert_eq!(answer["expires_in"], 3600);
        assert_eq!(answer["expires"], now.timestamp() + 3600);
        assert_eq!(answer["token_type"], "Bearer");
        let token = answer["access_token"].as_str().unwrap();
        assert_eq!(auth.check(token, now + TimeDelta::minutes(59)), Ok("id".to_owned()));
        assert_eq!(auth.check(token, now + TimeDelta::minutes(60)), Err("Authorization: the access token has expired"));
        assert_eq!(auth.check("made-up", now), Err("Authorization: the bearer token is not valid"));
        // A token of another sandbox, or one tampered with, is not one of these.
        let other = Auth::new(auth.mode.clone(), auth.lifetime);
        assert!(other.check(token, now).is_err());
        let (expires, rest) = token.split_once('.').unwrap();
        let extended = format!("{}.{rest}", expires.parse::<i64>().unwrap() + 3_600_000);
        assert_eq!(
            auth.check(&extended, now + TimeDelta::minutes(90)),
            Err("Authorization: the bearer token is not valid")
        );
        let wrong = auth.issue(b"grant_type=client_credentials&client_id=id&client_secret=nope", now).unwrap_err();
        assert_eq!(wrong.0, StatusCode::UNAUTHORIZED);
        assert_eq!(auth.issue(b"client_id=id&client_secret=secret", now).unwrap_err().0, StatusCode::BAD_REQUEST);
        assert_eq!(auth.issue(b"grant_type=implicit&client_id=id", now).unwrap_err().0, StatusCode::BAD_REQUEST);
    }

    /// One spelling per token: the same token written another way (an
    /// upper-case or signed signature, a signed or zero-padded expiry) is
    /// not one of this sandbox's.
    #[test]
    fn tokens_and_forms_are_read_canonically() {
        let now = at("2026-01-01T00:00:00Z");
        let auth = Auth::new(
            Mode::ClientCredentials(vec![Credential { client_id: "id".into(), client_secret: "secret".into() }]),
            Duration::from_secs(3600),
        );
        let answer = auth.issue(b"grant_type=client_credentials&client_id=id&client_secret=secret", now).unwrap();
        let token = answer["access_token"].as_str().unwrap().to_owned();
        assert!(auth.check(&token, now).is_ok());
        let parts: Vec<&str> = token.split('.').collect();
        let (expires, nonce, store, signature) = (parts[0], parts[1], parts[2], parts[3]);
        assert_eq!(store, "6964", "the store, `id`, in hex");
        let respelled = [
            format!("{expires}.{nonce}.{store}.{}", signature.to_uppercase()),
            format!("{expires}.{nonce}.{store}.+{}", &signature[1..]),
            format!("+{expires}.{nonce}.{store}.{signature}"),
            format!("0{expires}.{nonce}.{store}.{signature}"),
            format!("{expires}.{}.{store}.{signature}", nonce.to_uppercase()),
            format!("{expires}.{nonce}.{}.{signature}", "6965"),
            format!("{expires}.{nonce}.{store}.{signature}."),
            format!("{expires}.{nonce}.{signature}"),
        ];
        for other in &respelled {
            assert_ne!(other, &token);
            assert_eq!(auth.check(other, now), Err("Authorization: the bearer token is not valid"), "{other}");
        }
        let twice =
            auth.issue(b"grant_type=implicit&grant_type=client_credentials&client_id=id&client_secret=secret", now);
        assert_eq!(twice.unwrap_err(), (StatusCode::BAD_REQUEST, "grant_type: given more than once".to_owned()));
        let secret_twice =
            auth.issue(b"grant_type=client_credentials&client_id=id&client_secret=x&client_secret=secret", now);
        assert_eq!(secret_twice.unwrap_err().0, StatusCode::BAD_REQUEST);
    }

    /// `--token`: that token and nothing else; the token endpoint issues
    /// none, whatever the credentials.
    #[test]
    fn a_fixed_token_is_the_only_token() {
        let now = at("2026-01-01T00:00:00Z");
        let auth = Auth::new(Mode::Fixed("s3cret".into()), Duration::from_secs(3600));
        let refused = auth.issue(b"grant_type=client_credentials&client_id=a&client_secret=b", now).unwrap_err();
        assert_eq!(refused.0, StatusCode::UNAUTHORIZED);
        assert_eq!(auth.check("s3cret", now), Ok(DEFAULT_STORE.to_owned()));
        assert!(auth.check("s3cre", now).is_err() && auth.check("other", now).is_err());
        // Not even a token signed with this sandbox's key.
        let issuer = Auth {
            mode: Mode::ClientCredentials(vec![Credential { client_id: "a".into(), client_secret: "b".into() }]),
            lifetime: auth.lifetime,
            key: auth.key.clone(),
        };
        let token = issuer.issue(b"grant_type=client_credentials&client_id=a&client_secret=b", now).unwrap();
        let token = token["access_token"].as_str().unwrap();
        assert!(issuer.check(token, now).is_ok());
        assert!(auth.check(token, now).is_err());
    }

    /// With no credentials configured, any token is accepted but none is
    /// issued, and one of this key's that expired is still refused.
    #[test]
    fn any_token_mode_issues_none_and_refuses_an_expired_one() {
        let now = at("2026-01-01T00:00:00Z");
        let auth = Auth::default();
        assert_eq!(auth.check("anything", now), Ok(DEFAULT_STORE.to_owned()));
        let refused = auth.issue(b"grant_type=client_credentials&client_id=a&client_secret=b", now).unwrap_err();
        assert_eq!(refused.0, StatusCode::UNAUTHORIZED);
        let issuer = Auth {
            mode: Mode::ClientCredentials(vec![Credential { client_id: "a".into(), client_secret: "b".into() }]),
            lifetime: auth.lifetime,
            key: auth.key.clone(),
        };
        let answer = issuer.issue(b"grant_type=client_credentials&client_id=a&client_secret=b", now).unwrap();
        let token = answer["access_token"].as_str().unwrap();
        assert!(auth.check(token, now + TimeDelta::hours(2)).is_err());
    }
}
