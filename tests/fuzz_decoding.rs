//! Property tests of the generated router's request decoding (stable Rust,
//! so proptest rather than cargo-fuzz): arbitrary bytes and structured but
//! invalid JSON into every body, arbitrary query strings into every list,
//! arbitrary path segments and Authorization headers. Whatever comes in,
//! the answer is one the operation documents (or a router-level 404, 405,
//! 413 or 415), never a 5xx or a panic, and every 4xx is an `ErrorResponse`.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use elasticpath_subscriptions_sandbox::Sandbox;
use proptest::prelude::*;
use serde_json::{Value, json};
use tower::ServiceExt;

const BEARER: &str = "Bearer fuzz";

/// Sends one request to a fresh in-process router and checks the answer.
fn send(method: &str, uri: &str, authorization: Option<&str>, body: Option<Vec<u8>>, allowed: &[u16]) -> (u16, Value) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(authorization) = authorization {
            request = request.header("authorization", authorization);
        }
        let body = match body {
            Some(bytes) => {
                request = request.header("content-type", "application/json");
                Body::from(bytes)
            }
            None => Body::empty(),
        };
        let response = Sandbox::new().router().oneshot(request.body(body).unwrap()).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        check(status, &value, allowed, method, uri);
        (status.as_u16(), value)
    })
}

fn check(status: StatusCode, body: &Value, allowed: &[u16], method: &str, uri: &str) {
    assert!(!status.is_server_error(), "{method} {uri}: {status} {body}");
    assert!(allowed.contains(&status.as_u16()), "{method} {uri}: {status} is not among {allowed:?}: {body}");
    if status.is_client_error() {
        if let Err(errors) = subscriptions_tests::validate("ErrorResponse", body) {
            panic!("{method} {uri}: {status} body is not an ErrorResponse: {errors:?}\n{body}");
        }
        assert!(
            body["errors"].as_array().unwrap().iter().all(|e| e["status"] == status.as_str()),
            "{method} {uri}: the status in the body differs from {status}: {body}"
        );
    }
}

/// The statuses each body operation may answer: its documented ones, plus
/// 413 and 415, which the router gives any body.
const CREATE_JOB: &[u16] = &[201, 400, 401, 409, 413, 415];
const CREATE_SCHEDULE: &[u16] = &[201, 400, 401, 413, 415];
const UPDATE_SCHEDULE: &[u16] = &[200, 400, 401, 403, 404, 409, 413, 415];
const LIST: &[u16] = &[200, 400, 401];
const BY_ID: &[u16] = &[200, 204, 400, 401, 404, 409];

fn body_operations() -> [(&'static str, &'static str, &'static [u16], Value); 3] {
    let id = "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10";
    [
        (
            "POST",
            "/v2/subscriptions/jobs",
            CREATE_JOB,
            json!({ "data": { "type": "subscription_job", "attributes": { "job_type": "tax-run", "external_ref": "x",
                "taxes": [{ "invoice_id": id, "tax_items": [{ "type": "tax_item", "rate": 0.2, "name": "VAT" }] }] } } }),
        ),
        (
            "POST",
            "/v2/subscriptions/schedules",
            CREATE_SCHEDULE,
            json!({ "data": { "type": "subscription_schedule", "attributes": { "name": "Daily run", "specification": "30 0 * * *",
                "location": "Europe/London", "job": { "job_type": "billing-run" } } } }),
        ),
        (
            "PUT",
            "/v2/subscriptions/schedules/6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10",
            UPDATE_SCHEDULE,
            json!({ "data": { "id": id, "type": "subscription_schedule", "attributes": { "name": null, "external_ref": "y" } } }),
        ),
    ]
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
        Just(Value::String("x".repeat(3000))),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer inside `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// A valid body with one node replaced, removed, or given an extra member.
fn mutate(valid: &Value, which: usize, how: u8, replacement: Value) -> Value {
    let mut body = valid.clone();
    let mut all = Vec::new();
    pointers(&body, String::new(), &mut all);
    let at = &all[which % all.len()];
    match how % 3 {
        0 => {
            if at.is_empty() {
                body = replacement;
            } else {
                *body.pointer_mut(at).unwrap() = replacement;
            }
        }
        1 => {
            if let Some((parent, key)) = at.rsplit_once('/') {
                match body.pointer_mut(parent) {
                    Some(Value::Object(map)) => drop(map.remove(key)),
                    Some(Value::Array(items)) => drop(items.pop()),
                    _ => {}
                }
            }
        }
        _ => {
            if let Some(Value::Object(map)) = body.pointer_mut(at) {
                map.insert("unexpected".into(), replacement);
            }
        }
    }
    body
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_into_every_body(bytes in prop::collection::vec(any::<u8>(), 0..512), operation in 0usize..3) {
        let (method, uri, allowed, _) = &body_operations()[operation];
        let (status, _) = send(method, uri, Some(BEARER), Some(bytes), allowed);
        prop_assert!(status == 400 || status == 201 || status == 200 || status == 404, "{status}");
    }

    #[test]
    fn structured_invalid_json_into_every_body(
        operation in 0usize..3,
        which in 0usize..64,
        how in 0u8..3,
        replacement in any_json(),
    ) {
        let (method, uri, allowed, valid) = &body_operations()[operation];
        let body = mutate(valid, which, how, replacement);
        let (status, answer) = send(method, uri, Some(BEARER), Some(serde_json::to_vec(&body).unwrap()), allowed);
        // The router accepts exactly what the spec's schema accepts, as an
        // independent validator reads it: whatever path the router takes
        // to its answer, a body the schema refuses is a 400, and one it
        // lets through was valid. (The sandbox may still refuse a valid
        // one, a cron or time zone it cannot use, with a 400 of its own.)
        let component = ["JobCreateRequest", "ScheduleCreateRequest", "ScheduleUpdateRequest"][operation];
        let valid_body = subscriptions_tests::validate(component, &body);
        if valid_body.is_err() {
            prop_assert_eq!(status, 400, "{} → {}: {:?}", body, answer, valid_body);
        }
        if (200..300).contains(&status) {
            prop_assert!(valid_body.is_ok(), "{body} was let through: {valid_body:?}");
        }
        // What the router lets through is what the spec lists: the open
        // types never had to fall back to `Unknown` for it (the sandbox
        // echoes what it was given).
        if status == 201 && operation == 0 {
            let job: elasticpath_subscriptions_types::JobResponse = serde_json::from_value(answer.clone()).unwrap();
            prop_assert!(!matches!(job.data.attributes.job_type, elasticpath_subscriptions_types::JobTypeAttributes::Unknown(_)), "{body} → {answer}");
            prop_assert!(!matches!(job.data.type_, elasticpath_subscriptions_types::SubscriptionJobType::Unknown(_)), "{body}");
        }
        if (status == 201 || status == 200) && operation > 0 {
            let schedule: elasticpath_subscriptions_types::ScheduleResponse = serde_json::from_value(answer.clone()).unwrap();
            prop_assert!(!matches!(schedule.data.attributes.job.job_type, elasticpath_subscriptions_types::ScheduleJobType::Unknown(_)), "{body}");
        }
    }

    /// Numbers at the edges of the integer formats, where a JSON Schema
    /// validator and the Rust types could disagree.
    #[test]
    fn integers_at_the_edges_of_their_formats(amount in prop_oneof![
        Just(Value::from(i64::MAX)), Just(Value::from(i64::MAX as u64 + 1)), Just(Value::from(u64::MAX)),
        Just(Value::from(-1)), Just(Value::from(0)), Just(json!(1e300)), Just(json!(100.5)),
    ]) {
        let body = json!({ "data": { "type": "subscription_job", "attributes": { "job_type": "subscription-update",
            "subscription_ids": ["6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10"],
            "price_changes": { "plan_prices": { "p": { "USD": { "amount": amount } } } } } } });
        let (status, answer) = send("POST", "/v2/subscriptions/jobs", Some(BEARER), Some(serde_json::to_vec(&body).unwrap()), CREATE_JOB);
        let fits = amount.as_i64().is_some_and(|n| n >= 0);
        prop_assert_eq!(status == 201, fits, "{} → {}", amount, answer);
        if status == 201 {
            let job: elasticpath_subscriptions_types::JobResponse = serde_json::from_value(answer).unwrap();
            prop_assert!(matches!(job.data.attributes.job_type, elasticpath_subscriptions_types::JobTypeAttributes::SubscriptionUpdate(_)));
        }
    }

    #[test]
    fn arbitrary_query_strings_into_every_list(
        pairs in prop::collection::vec(
            (prop_oneof![Just("page[offset]".to_owned()), Just("page[limit]".to_owned()), Just("filter".to_owned()), ".{0,8}"], ".{0,24}"),
            0..5,
        ),
        schedules in any::<bool>(),
    ) {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (key, value) in &pairs {
            query.append_pair(key, value);
        }
        let path = if schedules { "/v2/subscriptions/schedules" } else { "/v2/subscriptions/jobs" };
        send("GET", &format!("{path}?{}", query.finish()), Some(BEARER), None, LIST);
    }

    #[test]
    fn arbitrary_path_segments_into_every_id(segment in ".{0,60}", operation in 0usize..4) {
        let encoded: String = form_urlencoded::byte_serialize(segment.as_bytes()).collect();
        let (method, path) = [
            ("GET", "/v2/subscriptions/jobs/"),
            ("DELETE", "/v2/subscriptions/jobs/"),
            ("GET", "/v2/subscriptions/schedules/"),
            ("DELETE", "/v2/subscriptions/schedules/"),
        ][operation];
        // An empty segment is another path (the list, or nothing): 404 or 405 are its answers.
        let allowed: Vec<u16> = BY_ID.iter().copied().chain([404, 405]).collect();
        send(method, &format!("{path}{encoded}"), Some(BEARER), None, &allowed);
    }

    #[test]
    fn arbitrary_authorization_headers(value in "[ -~]{0,40}") {
        let (status, _) = send("GET", "/v2/subscriptions/jobs", Some(&value), None, &[200, 401]);
        let well_formed = value.len() > 7 && value[..7].eq_ignore_ascii_case("bearer ")
            && !value[7..].trim().is_empty() && !value[7..].trim().contains(char::is_whitespace);
        prop_assert_eq!(status == 200, well_formed, "{:?} gave {}", value, status);
    }
}

/// Any values, with the characters filters care about overrepresented.
fn filter_value() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        prop::collection::vec(prop::sample::select(vec!['a', ',', '(', ')', ':', '"', '\'', ' ', 'é', '\\']), 0..12)
            .prop_map(|chars| chars.into_iter().collect::<String>()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// What the typed filter writes, the sandbox's parser reads back
    /// exactly: the same conditions, the same values. A value with both
    /// kinds of quote cannot be written, and says so.
    #[test]
    fn the_sandbox_reads_exactly_what_the_filter_builder_writes(
        conditions in prop::collection::vec((any::<bool>(), prop::collection::vec(filter_value(), 1..4)), 1..4),
    ) {
        use elasticpath_subscriptions_client::Filter;
        use elasticpath_subscriptions_client::types::filter::parse;
        let filter = conditions
            .iter()
            .map(|(eq, values)| if *eq { Filter::external_ref().eq(values[0].clone()) } else { Filter::external_ref().is_in(values.clone()) })
            .reduce(Filter::and)
            .unwrap();
        let unwritable = filter.conditions().iter().flat_map(|c| &c.values).any(|v| v.contains('"') && v.contains('\''));
        match filter.to_query() {
            Ok(text) => {
                prop_assert!(!unwritable, "{text}");
                let read = parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
                prop_assert_eq!(read.conditions(), filter.conditions(), "{}", text);
            }
            Err(e) => prop_assert!(unwritable, "{e}"),
        }
    }
}
