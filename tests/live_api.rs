//! The API as Elastic Path runs it today, through the generated router and
//! the sandbox: values no document lists are refused in requests (the
//! server stays strict while the client is open), the `in` filter, and the
//! rules of the current release on job types.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use elasticpath_subscriptions_client::{Client, ListFilter, types};
use elasticpath_subscriptions_sandbox::Sandbox;
use futures_util::TryStreamExt;
use serde_json::{Value, json};
use subscriptions_tests::{enum_violations, examples};
use tower::ServiceExt;

const INVENTED: &str = "no-such-value-2099";

/// Every string leaf of a JSON document, as (pointer, value).
fn string_leaves(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.push(at),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                string_leaves(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                string_leaves(item, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        _ => {}
    }
}

/// `/data/attributes/taxes/0/type` → `data.attributes.taxes[0].type`.
fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for segment in pointer.split('/').skip(1) {
        if segment.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{segment}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(segment);
        }
    }
    out
}

async fn send(router: axum::Router, method: &str, path: &str, body: &Value) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", "Bearer token")
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

/// Every request example, each string in it replaced in turn by a value no
/// document lists. Where that breaks an `enum` (as an independent validator
/// reads the spec), the router must answer `400` naming the field, before
/// the implementation sees the request. Every open enum of a request body
/// is reached this way.
#[tokio::test]
async fn invented_values_are_refused_in_every_request_body() {
    let sandbox = Sandbox::new();
    let router = sandbox.clone().router();
    let mut refused: BTreeSet<(String, String)> = BTreeSet::new();
    let requests = examples().into_iter().filter(|e| e.site.ends_with(" request"));
    for example in requests {
        let (method, path) = match example.site.as_str() {
            "CreateJob request" => ("POST", "/v2/subscriptions/jobs".to_owned()),
            "CreateSchedule request" => ("POST", "/v2/subscriptions/schedules".to_owned()),
            "UpdateSchedule request" => {
                let id = example.value["data"]["id"].as_str().unwrap().to_owned();
                ("PUT", format!("/v2/subscriptions/schedules/{id}"))
            }
            other => panic!("a request example of an operation this test does not know: {other}"),
        };
        let mut leaves = Vec::new();
        string_leaves(&example.value, String::new(), &mut leaves);
        for leaf in leaves {
            let mut mutated = example.value.clone();
            *mutated.pointer_mut(&leaf).unwrap() = Value::String(INVENTED.to_owned());
            if !enum_violations(&example.schema, &mutated).contains(&leaf) {
                continue;
            }
            let (status, body) = send(router.clone(), method, &path, &mutated).await;
            let what = format!("{} {}: {INVENTED} at {leaf}", example.site, example.name);
            assert_eq!(status, StatusCode::BAD_REQUEST, "{what}: {body}");
            let details: Vec<&str> =
                body["errors"].as_array().unwrap().iter().filter_map(|e| e["detail"].as_str()).collect();
            let field = format!("{}:", dotted(&leaf));
            assert!(details.iter().any(|d| d.starts_with(&field)), "{what}: no detail names {field}: {details:?}");
            refused.insert((example.site.clone(), leaf));
        }
    }
    assert_eq!(sandbox.job_count(), 0, "the implementation never saw a refused request");
    assert_eq!(sandbox.schedule_count(), 0);
    for expected in [
        ("CreateJob request", "/data/type"),
        ("CreateJob request", "/data/attributes/job_type"),
        ("CreateJob request", "/data/attributes/taxes/0/tax_items/0/type"),
        ("CreateSchedule request", "/data/type"),
        ("CreateSchedule request", "/data/attributes/job/job_type"),
        ("UpdateSchedule request", "/data/type"),
        ("UpdateSchedule request", "/data/attributes/job/job_type"),
    ] {
        let expected = (expected.0.to_owned(), expected.1.to_owned());
        assert!(refused.contains(&expected), "{expected:?} was not exercised; refused: {refused:?}");
    }
}

fn job(attributes: Value) -> Value {
    json!({ "data": { "type": "subscription_job", "attributes": attributes } })
}

fn price_changes() -> Value {
    json!({ "plan_prices": { "197a11f4-d341-4594-9574-7fbfbe6a671d": { "USD": { "amount": 1299 } } } })
}

/// The first `detail` of an error body.
fn detail(body: &Value) -> &str {
    body["errors"][0]["detail"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn subscription_updates_follow_their_rules() {
    let router = Sandbox::new().router();
    let offering = "0b2d6c1e-4f3a-4e8b-9d7c-5a1f2e3b4c5d";
    let subscription = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    for (name, attributes, expected) in [
        (
            "both targets",
            json!({ "job_type": "subscription-update", "offering_id": offering, "subscription_ids": [subscription], "price_changes": price_changes() }),
            r#"data.attributes: "offering_id" and "subscription_ids" are mutually exclusive"#,
        ),
        (
            "exclusions without an offering",
            json!({ "job_type": "subscription-update", "excluded_subscription_ids": [subscription], "price_changes": price_changes() }),
            r#"data.attributes: "excluded_subscription_ids" is only valid with "offering_id""#,
        ),
        (
            "no prices",
            json!({ "job_type": "subscription-update", "offering_id": offering }),
            r#"data.attributes.price_changes: "price_changes" is required"#,
        ),
        (
            "a percentage over 100",
            json!({ "job_type": "subscription-update", "offering_id": offering, "price_changes": { "pricing_option_prices": { "x": { "base_price_percentage": 120 } } } }),
            r#"data.attributes.price_changes.pricing_option_prices.x.base_price_percentage: "base_price_percentage" must be less than or equal to 100"#,
        ),
        (
            "a negative price",
            json!({ "job_type": "subscription-update", "subscription_ids": [subscription], "price_changes": { "plan_prices": { "p": { "USD": { "amount": -1 } } } } }),
            r#"data.attributes.price_changes.plan_prices.p.USD.amount: "amount" must be greater than or equal to 0"#,
        ),
        (
            "taxes on a tax run must not be empty",
            json!({ "job_type": "tax-run", "taxes": [] }),
            r#"data.attributes.taxes: "taxes" must contain at least 1 items"#,
        ),
    ] {
        let (status, body) = send(router.clone(), "POST", "/v2/subscriptions/jobs", &job(attributes)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{name}: {body}");
        assert_eq!(detail(&body), expected, "{name}: {body}");
    }
    for ok in [
        json!({ "job_type": "subscription-update", "offering_id": offering, "excluded_subscription_ids": [subscription], "price_changes": price_changes() }),
        json!({ "job_type": "subscription-update", "subscription_ids": [subscription], "price_changes": price_changes() }),
    ] {
        let (status, body) = send(router.clone(), "POST", "/v2/subscriptions/jobs", &job(ok)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
}

async fn sandbox_client() -> (elasticpath_subscriptions_sandbox::Running, Client) {
    let running = elasticpath_subscriptions_sandbox::spawn(Sandbox::new()).await.unwrap();
    let client = Client::with_bearer_token(running.base_url(), "token").unwrap();
    (running, client)
}

#[tokio::test]
async fn every_job_type_is_stored_with_its_attributes() {
    let (running, client) = sandbox_client().await;
    let http = subscriptions_tests::http();
    let url = format!("{}/subscriptions/jobs", running.base_url());
    let examples: Vec<_> = examples().into_iter().filter(|e| e.site == "CreateJob request").collect();
    let mut job_types = BTreeSet::new();
    for example in &examples {
        let response = http.post(&url).bearer_auth("token").json(&example.value).send().await.unwrap();
        assert_eq!(response.status(), 201, "{}", example.name);
        let created: types::JobResponse = response.json().await.unwrap();
        let sent: types::JobCreateRequest = serde_json::from_value(example.value.clone()).unwrap();
        assert_eq!(
            created.data.attributes.job_type, sent.data.attributes.job_type,
            "{}: attributes kept",
            example.name
        );
        let fetched = client.get_job().job_uuid(created.data.id).send().await.unwrap().into_inner();
        assert_eq!(fetched.data, created.data);
        job_types.insert(created.data.attributes.job_type.tag().to_owned());
    }
    for job_type in ["import", "payment-run"] {
        let body = types::JobCreateRequest {
            data: types::JobCreate {
                type_: types::SubscriptionJobType::SubscriptionJob,
                attributes: types::JobCreateAttributes {
                    external_ref: None,
                    job_type: serde_json::from_value(json!({ "job_type": job_type })).unwrap(),
                },
            },
        };
        let created = client.create_job().body(body).send().await.unwrap().into_inner();
        job_types.insert(created.data.attributes.job_type.tag().to_owned());
    }
    let expected: BTreeSet<String> = types::JobType::VALUES.iter().map(|v| v.to_string()).collect();
    assert_eq!(job_types, expected, "every job type of the current release");
    running.stop().await;
}

#[tokio::test]
async fn schedules_create_only_the_job_types_the_current_release_allows() {
    let (running, client) = sandbox_client().await;
    let http = subscriptions_tests::http();
    let url = format!("{}/subscriptions/schedules", running.base_url());
    let schedule = |job_type: &str| {
        json!({ "data": { "type": "subscription_schedule", "attributes": {
            "specification": "0 8 * * *", "location": "America/New_York", "job": { "job_type": job_type } } } })
    };
    for allowed in types::ScheduleJobType::VALUES {
        let response = http.post(&url).bearer_auth("token").json(&schedule(allowed)).send().await.unwrap();
        assert_eq!(response.status(), 201, "{allowed}");
    }
    for refused in ["tax-run", "import", "subscription-update"] {
        let response = http.post(&url).bearer_auth("token").json(&schedule(refused)).send().await.unwrap();
        assert_eq!(response.status(), 400, "{refused}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(
            detail(&body),
            r#"data.attributes.job.job_type: "job_type" must be one of [billing-run, payment-run, notification-run]"#
        );
    }
    let stored: Vec<types::Schedule> = client.list_all_schedules(ListFilter::all()).try_collect().await.unwrap();
    let kinds: Vec<String> = stored.iter().map(|s| s.attributes.job.job_type.to_string()).collect();
    assert_eq!(kinds, ["billing-run", "payment-run", "notification-run"]);
    running.stop().await;
}

#[tokio::test]
async fn the_in_filter_selects_any_of_its_values() {
    let (running, client) = sandbox_client().await;
    for external_ref in ["alpha", "beta", "gamma", "delta,with,commas"] {
        let body = types::JobCreateRequest {
            data: types::JobCreate {
                type_: types::SubscriptionJobType::SubscriptionJob,
                attributes: types::JobCreateAttributes {
                    external_ref: Some(external_ref.parse().unwrap()),
                    job_type: types::JobTypeAttributes::PaymentRun,
                },
            },
        };
        client.create_job().body(body).send().await.unwrap();
    }
    let refs = |jobs: Vec<types::Job>| -> Vec<String> {
        jobs.iter().map(|j| j.attributes.external_ref.as_ref().unwrap().to_string()).collect()
    };
    let listed = |filter: &'static str| {
        let client = &client;
        async move { client.list_all_jobs(ListFilter::all().raw_filter(filter)).try_collect::<Vec<_>>().await }
    };
    assert_eq!(refs(listed("in(external_ref,alpha,gamma)").await.unwrap()), ["alpha", "gamma"]);
    assert_eq!(refs(listed("in(external_ref,gamma)").await.unwrap()), ["gamma"]);
    assert_eq!(
        refs(listed("in(external_ref,\"delta,with,commas\",beta)").await.unwrap()),
        ["beta", "delta,with,commas"]
    );
    assert_eq!(refs(listed("in(external_ref,alpha,beta):eq(external_ref,beta)").await.unwrap()), ["beta"]);
    assert!(listed("in(external_ref,nobody)").await.unwrap().is_empty());
    let error = listed("in(external_ref,alpha,,beta)").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400), "{error}");

    // Schedules filter the same way.
    let http = subscriptions_tests::http();
    let url = format!("{}/subscriptions/schedules", running.base_url());
    for external_ref in ["one", "two", "three"] {
        let body = json!({ "data": { "type": "subscription_schedule", "attributes": {
            "external_ref": external_ref, "specification": "0 8 * * *", "location": "UTC", "job": { "job_type": "billing-run" } } } });
        http.post(&url).bearer_auth("token").json(&body).send().await.unwrap();
    }
    let schedules: Vec<types::Schedule> = client
        .list_all_schedules(ListFilter::all().raw_filter("in(external_ref,three,one)"))
        .try_collect()
        .await
        .unwrap();
    let names: Vec<String> =
        schedules.iter().map(|s| s.attributes.external_ref.as_ref().unwrap().to_string()).collect();
    assert_eq!(names, ["one", "three"]);
    running.stop().await;
}

/// `EP-Disable-Beta-Filtering: true` makes quotes plain characters: the
/// client's typed header reaches the sandbox, which reads the filter so.
#[tokio::test]
async fn disabling_beta_filtering_makes_quotes_plain_characters() {
    let (running, client) = sandbox_client().await;
    for external_ref in ["quoted", "\"quoted\""] {
        let body = types::JobCreateRequest {
            data: types::JobCreate {
                type_: types::SubscriptionJobType::SubscriptionJob,
                attributes: types::JobCreateAttributes {
                    external_ref: Some(external_ref.parse().unwrap()),
                    job_type: types::JobTypeAttributes::PaymentRun,
                },
            },
        };
        client.create_job().body(body).send().await.unwrap();
    }
    let listed = |filter: &'static str, disable: Option<bool>| {
        let client = &client;
        async move {
            let mut request = client.list_jobs().filter(filter);
            if let Some(disable) = disable {
                request = request.ep_disable_beta_filtering(disable);
            }
            let jobs = request.send().await?.into_inner().data;
            Ok::<_, elasticpath_subscriptions_client::Error>(
                jobs.iter().map(|j| j.attributes.external_ref.as_ref().unwrap().to_string()).collect::<Vec<_>>(),
            )
        }
    };
    assert_eq!(listed(r#"eq(external_ref,"quoted")"#, None).await.unwrap(), ["quoted"]);
    assert_eq!(listed(r#"eq(external_ref,"quoted")"#, Some(false)).await.unwrap(), ["quoted"]);
    assert_eq!(listed(r#"eq(external_ref,"quoted")"#, Some(true)).await.unwrap(), ["\"quoted\""]);
    // A quoted comma is one value with beta filtering, two without.
    let error = listed(r#"eq(external_ref,"quo,ted")"#, Some(true)).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400), "{error}");
    assert!(error.to_string().contains("beta filtering is off"), "{error}");
    // The router checks the header's type like any parameter.
    let url = format!("{}/subscriptions/schedules?filter=eq(external_ref,x)", running.base_url());
    let answer = subscriptions_tests::http()
        .get(&url)
        .bearer_auth("token")
        .header("EP-Disable-Beta-Filtering", "yes")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    let body: Value = answer.json().await.unwrap();
    assert!(body.to_string().contains("EP-Disable-Beta-Filtering"), "{body}");
    running.stop().await;
}
