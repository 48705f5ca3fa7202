//! Creates you can retry: a create that carries an `external_ref` and ends
//! without a clear answer is looked up by that reference before it is sent
//! again.
//!
//! The API has no idempotency keys, but `external_ref` is unique and the
//! lists filter by it. So when `CreateJob` or `CreateSchedule` (any create
//! whose collection lists with a `filter`) times out, loses its connection
//! after sending, or is answered `502`, `503` or `504`, the client waits its
//! backoff, lists the collection with `eq(external_ref,…)`, and:
//!
//! - if the record is there, that record is the answer: a `201` whose
//!   [`RECOVERED`] header says `lookup`;
//! - if not, the create is sent again, within the retry policy.
//!
//! A `409` answering a create sent again means an earlier attempt landed
//! after the lookup: it is looked up too. With
//! [`ClientBuilder::existing_on_conflict`](crate::ClientBuilder::existing_on_conflict),
//! any `409` of a create with a reference answers with the record that has
//! it (`RECOVERED: existing`). With
//! [`ClientBuilder::fill_external_refs`](crate::ClientBuilder::fill_external_refs),
//! a create without a reference is given a fresh one, so that it can be
//! retried this way.
//!
//! What remains: an attempt still on its way can land after the lookup
//! found nothing. The wait before the lookup (the retry backoff, at least
//! 200 ms) and the per-attempt timeout bound how late it can be; if it
//! lands, the create sent again is refused `409` for the duplicate
//! reference, and looked up. A duplicate is possible only where the API
//! does not enforce the reference's uniqueness at once (two creates racing
//! in the same instant), which Elastic Path documents nowhere either way.

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use reqwest::{Request, Response, StatusCode};
use serde_json::Value;

use crate::types::filter::Filter;

/// The header a create's answer carries when the client found the record
/// rather than received it: `lookup` (after an answer was lost) or
/// `existing` (after a `409`, when asked for).
pub const RECOVERED: &str = "x-ep-client-recovered";

/// How a create's record was had, when it was not simply answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// Looked up after an answer was lost.
    Lookup,
    /// Looked up after a `409`.
    Existing,
}

impl Found {
    fn as_str(self) -> &'static str {
        match self {
            Found::Lookup => "lookup",
            Found::Existing => "existing",
        }
    }
}

/// The body's `data.attributes.external_ref`; with `fill`, a create that
/// has none is given a fresh one first.
pub(crate) fn reference(request: &mut Request, fill: bool) -> Option<String> {
    let bytes = request.body()?.as_bytes()?;
    let mut body: Value = serde_json::from_slice(bytes).ok()?;
    let attributes = body.pointer_mut("/data/attributes")?.as_object_mut()?;
    if let Some(reference) = attributes.get("external_ref").and_then(Value::as_str) {
        return Some(reference.to_owned());
    }
    if !fill {
        return None;
    }
    let fresh = format!("ep-client-{}", uuid::Uuid::new_v4().simple());
    attributes.insert("external_ref".to_owned(), Value::String(fresh.clone()));
    *request.body_mut() = Some(serde_json::to_vec(&body).ok()?.into());
    Some(fresh)
}

/// Whether a create's outcome is unknown: no clear answer, so it may or may
/// not have been done.
pub(crate) fn unclear(result: &reqwest::Result<Response>) -> bool {
    match result {
        Ok(response) => matches!(response.status().as_u16(), 502..=504),
        Err(error) => !error.is_connect(),
    }
}

/// The request that lists the create's collection for `reference`, with the
/// create's token.
pub(crate) fn lookup(create: &Request, reference: &str) -> Option<Request> {
    let filter = Filter::external_ref().eq(reference).to_query().ok()?;
    let mut url = create.url().clone();
    url.query_pairs_mut().clear().append_pair("filter", &filter).append_pair("page[limit]", "1");
    let mut request = Request::new(reqwest::Method::GET, url);
    request.headers_mut().insert(ACCEPT, HeaderValue::from_static("application/json"));
    if let Some(token) = create.headers().get(AUTHORIZATION) {
        request.headers_mut().insert(AUTHORIZATION, token.clone());
    }
    *request.timeout_mut() = create.timeout().copied();
    Some(request)
}

/// The record a lookup's (successful) answer lists, as a create's `201`
/// answer marked `found`; `None` if it lists none (or is not a list).
pub(crate) fn answer(create: &Request, body: &[u8], found: Found) -> Option<Response> {
    use reqwest::ResponseBuilderExt;
    let list: Value = serde_json::from_slice(body).ok()?;
    let record = list.get("data")?.as_array()?.first()?.clone();
    let bytes = serde_json::to_vec(&serde_json::json!({ "data": record })).ok()?;
    let response = http::Response::builder()
        .status(StatusCode::CREATED)
        .url(create.url().clone())
        .header(CONTENT_TYPE, "application/json")
        .header(RECOVERED, found.as_str())
        .body(bytes)
        .ok()?;
    Some(Response::from(response))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn create(body: Value) -> Request {
        let mut request =
            Request::new(reqwest::Method::POST, "http://x.example/v2/subscriptions/jobs".parse().unwrap());
        *request.body_mut() = Some(serde_json::to_vec(&body).unwrap().into());
        request
    }

    #[test]
    fn a_reference_is_read_or_filled_in() {
        let body = serde_json::json!({"data": {"type": "subscription_job", "attributes": {"job_type": "billing-run", "external_ref": "n-1"}}});
        assert_eq!(reference(&mut create(body), false).as_deref(), Some("n-1"));
        let without =
            serde_json::json!({"data": {"type": "subscription_job", "attributes": {"job_type": "billing-run"}}});
        assert_eq!(reference(&mut create(without.clone()), false), None);
        let mut request = create(without);
        let fresh = reference(&mut request, true).unwrap();
        assert!(fresh.starts_with("ep-client-"));
        let sent: Value = serde_json::from_slice(request.body().unwrap().as_bytes().unwrap()).unwrap();
        assert_eq!(sent["data"]["attributes"]["external_ref"], fresh.as_str());
    }

    #[test]
    fn the_lookup_filters_the_collection_by_the_quoted_reference() {
        let mut request = create(serde_json::json!({}));
        request.headers_mut().insert(AUTHORIZATION, HeaderValue::from_static("Bearer t"));
        let lookup = lookup(&request, "a,b").unwrap();
        assert_eq!(lookup.method(), reqwest::Method::GET);
        assert_eq!(
            lookup.url().as_str(),
            "http://x.example/v2/subscriptions/jobs?filter=eq%28external_ref%2C%22a%2Cb%22%29&page%5Blimit%5D=1"
        );
        assert_eq!(lookup.headers()[AUTHORIZATION], "Bearer t");
    }
}
