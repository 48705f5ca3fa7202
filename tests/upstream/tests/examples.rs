//! Elastic Path's own Subscriptions document, over real HTTP: the generated
//! server answers every operation with each of its response examples, and
//! the generated client, sending a valid request, gets each one back with
//! its documented status and every member of its body.

use std::collections::BTreeSet;
use std::time::Duration;

use serde_json::Value;
use subscriptions_upstream::examples::{Examples, RESPONSE_EXAMPLES, call};
use subscriptions_upstream::{client::Client, server::router};

/// The operations of the document, and how many examples its responses
/// document, counted from the JSON document itself.
fn document() -> (BTreeSet<String>, usize) {
    let document: Value = serde_json::from_str(include_str!("../src/openapi.json")).expect("the document is JSON");
    let resolve = |mut node: Value| {
        while let Some(pointer) = node.get("$ref").and_then(Value::as_str) {
            node = document.pointer(&pointer[1..]).expect("the reference resolves").clone();
        }
        node
    };
    let (mut operations, mut examples) = (BTreeSet::new(), 0);
    for item in document["paths"].as_object().expect("paths").values() {
        for operation in item.as_object().expect("a path item").values() {
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else { continue };
            operations.insert(id.to_owned());
            for response in operation["responses"].as_object().expect("responses").values() {
                let response = resolve(response.clone());
                if let Some(json) = response.pointer("/content/application~1json") {
                    examples += usize::from(json.get("example").is_some());
                    examples += json.get("examples").and_then(Value::as_object).map_or(0, |all| all.len());
                }
            }
        }
    }
    (operations, examples)
}

/// Whether every member of `expected` is in `actual`, recursively (an
/// array's items in order). Two date-times match when they are the same
/// instant (the types write six fractional digits), and an empty map or
/// list matches its absence (typify leaves empty optional ones out).
fn contains(actual: &Value, expected: &Value) -> bool {
    let empty = |value: &Value| {
        value.as_object().is_some_and(|o| o.is_empty()) || value.as_array().is_some_and(|a| a.is_empty())
    };
    match (actual, expected) {
        (Value::Object(actual), Value::Object(expected)) => expected.iter().all(|(key, value)| match actual.get(key) {
            Some(found) => contains(found, value),
            None => empty(value),
        }),
        (Value::String(actual), Value::String(expected)) if actual != expected => {
            match (chrono::DateTime::parse_from_rfc3339(actual), chrono::DateTime::parse_from_rfc3339(expected)) {
                (Ok(actual), Ok(expected)) => actual == expected,
                _ => false,
            }
        }
        (Value::Array(actual), Value::Array(expected)) => {
            actual.len() == expected.len() && actual.iter().zip(expected).all(|(a, e)| contains(a, e))
        }
        (Value::Number(actual), Value::Number(expected)) => actual.as_f64() == expected.as_f64(),
        _ => actual == expected,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_goes_through_server_and_client() {
    let (operations, documented) = document();
    assert_eq!(operations.len(), 85, "the whole document");
    let answered: BTreeSet<String> = RESPONSE_EXAMPLES.iter().map(|e| e.operation.to_owned()).collect();
    assert_eq!(answered, operations, "every operation has an example to answer");
    assert_eq!(
        RESPONSE_EXAMPLES.iter().filter(|e| e.documented).count(),
        documented,
        "every documented example is answered"
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let server = tokio::spawn(async move { axum::serve(listener, router(Examples)).await });

    // The workspace's reqwest has no crypto provider of its own.
    elasticpath_subscriptions_client::install_tls_provider();
    let mut failures = Vec::new();
    for example in &RESPONSE_EXAMPLES {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, "Bearer examples".parse().expect("a header value"));
        let prefer = format!("code={}, example={}", example.status, example.name);
        headers.insert("prefer", prefer.parse().expect("a header value"));
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(10))
            .build()
            .expect("a client");
        let client = Client::new_with_client(&base, http);
        let what = format!("{} {} `{}`", example.operation, example.status, example.name);
        match call(&client, example.operation).await {
            Ok((status, body)) => {
                if status != example.status {
                    failures.push(format!("{what}: answered {status}: {body}"));
                    continue;
                }
                let expected: Value =
                    example.json.map_or(Value::Null, |json| serde_json::from_str(json).expect("JSON"));
                if !contains(&body, &expected) {
                    failures.push(format!("{what}: the client read {body}, not {expected}"));
                }
            }
            Err(e) => failures.push(format!("{what}: {e}")),
        }
    }
    server.abort();
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        RESPONSE_EXAMPLES.len(),
        failures.join("\n")
    );
}
