//! Redirects: followed within one origin only, and never with a `Referer`.
//!
//! reqwest follows up to ten redirects anywhere by default. It drops the
//! `Authorization` header when a redirect leaves the origin, but a `307`
//! or `308` resends the body, and the token request's body is the client
//! secret: a token endpoint that redirects elsewhere would hand the secret
//! to whoever it names, and the client would use the token that origin
//! gave back. So every client of this crate follows a redirect only to the
//! same scheme, host and port; a redirect elsewhere is not followed, and
//! the call fails with that answer.

use reqwest::Url;
use reqwest::header::{HeaderMap, LOCATION};

/// The most redirects followed within the origin for one request.
pub(crate) const MAX_REDIRECTS: usize = 5;

/// `builder` with the client's redirect rules: within the origin only, at
/// most [`MAX_REDIRECTS`], no `Referer`. Applied after the user's own
/// reqwest settings, so they cannot be lost.
pub(crate) fn guarded(builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
    builder.redirect(policy()).referer(false)
}

fn policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let Some(first) = attempt.previous().first() else { return attempt.stop() };
        if !same_origin(first, attempt.url()) {
            attempt.stop()
        } else if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
        } else {
            attempt.follow()
        }
    })
}

/// Whether two URLs share scheme, host and port.
fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme() && a.host_str() == b.host_str() && a.port_or_known_default() == b.port_or_known_default()
}

/// Where a redirect that was not followed pointed: its origin only (a path
/// or query could carry data), or `an unreadable Location`.
pub(crate) fn target(from: &Url, headers: &HeaderMap) -> String {
    headers
        .get(LOCATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|location| from.join(location).ok())
        .map(|to| to.origin().ascii_serialization())
        .filter(|origin| origin != "null")
        .unwrap_or_else(|| "an unreadable Location".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_compare_scheme_host_and_port() {
        let url = |text: &str| Url::parse(text).unwrap();
        assert!(same_origin(&url("https://a.example/x"), &url("https://a.example:443/y?z")));
        assert!(!same_origin(&url("https://a.example/x"), &url("http://a.example/x")));
        assert!(!same_origin(&url("http://127.0.0.1:80/"), &url("http://127.0.0.1:81/")));
        assert!(!same_origin(&url("https://a.example/"), &url("https://b.example/")));
    }

    #[test]
    fn a_target_is_shown_as_its_origin_only() {
        let from = Url::parse("https://a.example/oauth/access_token").unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(LOCATION, "https://evil.example:8443/steal?secret=1".parse().unwrap());
        assert_eq!(target(&from, &headers), "https://evil.example:8443");
        headers.insert(LOCATION, "/elsewhere".parse().unwrap());
        assert_eq!(target(&from, &headers), "https://a.example");
        headers.remove(LOCATION);
        assert_eq!(target(&from, &headers), "an unreadable Location");
    }
}
