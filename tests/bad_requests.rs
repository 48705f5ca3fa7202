//! Bad requests, sent raw (not through the typed client) to the generated
//! router serving the sandbox: each gets its documented 4xx, in the
//! documented error format, with a `detail` naming the offending field.

use elasticpath_subscriptions_sandbox::Sandbox;
use serde_json::{Value, json};

/// One bad request and what must come back.
struct Case {
    name: &'static str,
    method: &'static str,
    path: String,
    /// `None`: no Authorization header.
    authorization: Option<&'static str>,
    content_type: Option<&'static str>,
    body: Option<Vec<u8>>,
    status: u16,
    title: &'static str,
    /// Some error's `detail` must contain this.
    detail: &'static str,
}

const BEARER: Option<&str> = Some("Bearer token");
const JSON: Option<&str> = Some("application/json");
const JOBS: &str = "/v2/subscriptions/jobs";
const SCHEDULES: &str = "/v2/subscriptions/schedules";
const AN_ID: &str = "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10";

fn get(name: &'static str, path: String, status: u16, title: &'static str, detail: &'static str) -> Case {
    Case { name, method: "GET", path, authorization: BEARER, content_type: None, body: None, status, title, detail }
}

fn post(name: &'static str, path: &str, body: Value, detail: &'static str) -> Case {
    Case {
        name,
        method: "POST",
        path: path.to_owned(),
        authorization: BEARER,
        content_type: JSON,
        body: Some(body.to_string().into_bytes()),
        status: 400,
        title: "Validation Error",
        detail,
    }
}

fn job(attributes: Value) -> Value {
    json!({ "data": { "type": "subscription_job", "attributes": attributes } })
}

fn schedule(attributes: Value) -> Value {
    let mut base =
        json!({ "specification": "30 0 * * *", "location": "Europe/London", "job": { "job_type": "billing-run" } });
    for (key, value) in attributes.as_object().unwrap() {
        if value.is_null() {
            base.as_object_mut().unwrap().remove(key);
        } else {
            base[key] = value.clone();
        }
    }
    json!({ "data": { "type": "subscription_schedule", "attributes": base } })
}

fn update(attributes: Value) -> Value {
    json!({ "data": { "id": AN_ID, "type": "subscription_schedule", "attributes": attributes } })
}

fn tax(item: Value) -> Value {
    job(json!({ "job_type": "tax-run", "taxes": [{ "invoice_id": AN_ID, "tax_items": [item] }] }))
}

fn cases() -> Vec<Case> {
    let q = |query: &str| format!("{JOBS}?{query}");
    let vq = "Validation Error";
    let cases = vec![
        // Authorization: 401 before anything else.
        Case {
            authorization: None,
            ..get(
                "no authorization header",
                JOBS.into(),
                401,
                "Unauthorized",
                "Authorization: a bearer token is required",
            )
        },
        Case {
            authorization: Some("Basic dXNlcjpwdw=="),
            ..get("basic instead of bearer", JOBS.into(), 401, "Unauthorized", "expected `Bearer <token>`")
        },
        Case {
            authorization: Some("Bearer "),
            ..get("empty bearer token", JOBS.into(), 401, "Unauthorized", "empty or malformed")
        },
        Case {
            authorization: Some("Bearer two words"),
            ..get("token with a space", JOBS.into(), 401, "Unauthorized", "empty or malformed")
        },
        Case {
            authorization: Some("Bearertoken"),
            ..get("no space after Bearer", JOBS.into(), 401, "Unauthorized", "expected `Bearer <token>`")
        },
        // Query parameters.
        get(
            "page[limit]=101",
            q("page[limit]=101"),
            400,
            vq,
            "page[limit]: \"page[limit]\" must be less than or equal to 100",
        ),
        get(
            "page[offset]=-1",
            q("page[offset]=-1"),
            400,
            vq,
            "page[offset]: \"page[offset]\" must be greater than or equal to 0",
        ),
        get("page[offset]=abc", q("page[offset]=abc"), 400, vq, "page[offset]: \"page[offset]\" must be an integer"),
        get("page[offset]=10001", q("page%5Boffset%5D=10001"), 400, vq, "must be less than or equal to 10000"),
        get("page[limit]=1.5", q("page[limit]=1.5"), 400, vq, "\"page[limit]\" must be an integer"),
        get("page[limit]=0", q("page[limit]=0"), 400, vq, "\"page[limit]\" must be greater than or equal to 1"),
        get(
            "page[limit] twice",
            q("page[limit]=1&page[limit]=2"),
            400,
            vq,
            "\"page[limit]\" must be given at most once",
        ),
        get("page[offset] overflows", q("page[offset]=99999999999999999999"), 400, vq, "must be an integer"),
        get(
            "filter on an unsupported attribute",
            q("filter=eq(name,x)"),
            400,
            "Bad Request",
            "filter: Could not parse the supplied filter: `name` cannot be filtered on",
        ),
        get(
            "filter with an unknown operator",
            q("filter=like(external_ref,x)"),
            400,
            "Bad Request",
            "operator `like` is not supported",
        ),
        get(
            "filter that is not a filter",
            q("filter=garbage"),
            400,
            "Bad Request",
            "expected `operator(attribute,value)`",
        ),
        get(
            "schedules page[limit]=101",
            format!("{SCHEDULES}?page[limit]=101"),
            400,
            vq,
            "must be less than or equal to 100",
        ),
        get(
            "schedules filter unclosed",
            format!("{SCHEDULES}?filter=eq(external_ref,x"),
            400,
            "Bad Request",
            "missing `)`",
        ),
        // Path parameters.
        get(
            "job id that is not a UUID",
            format!("{JOBS}/not-a-uuid"),
            400,
            vq,
            "job_uuid: \"job_uuid\" must be a valid GUID",
        ),
        get("job id too short", format!("{JOBS}/6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a1"), 400, vq, "must be a valid GUID"),
        get(
            "schedule id that is not a UUID",
            format!("{SCHEDULES}/123"),
            400,
            vq,
            "schedule_uuid: \"schedule_uuid\" must be a valid GUID",
        ),
        Case {
            method: "DELETE",
            ..get("delete a job by a bad id", format!("{JOBS}/x"), 400, vq, "must be a valid GUID")
        },
        // Bodies: JSON syntax.
        Case { body: Some(b"{\"data\":".to_vec()), ..post("truncated JSON", JOBS, Value::Null, "") }.with(
            400,
            "Bad Request",
            "body: malformed JSON",
        ),
        Case { body: Some(b"{\"data\":{}} trailing".to_vec()), ..post("trailing garbage", JOBS, Value::Null, "") }
            .with(400, "Bad Request", "malformed JSON"),
        Case { body: Some(vec![b'{', 0xff, 0xfe, b'}']), ..post("invalid UTF-8", JOBS, Value::Null, "") }.with(
            400,
            "Bad Request",
            "malformed JSON",
        ),
        Case {
            body: Some(format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes()),
            ..post("nested 5,000 deep", JOBS, Value::Null, "")
        }
        .with(400, "Bad Request", "nested deeper than 32 levels"),
        Case { body: Some(Vec::new()), ..post("empty body", JOBS, Value::Null, "body: a request body is required") },
        Case {
            body: Some(b"   ".to_vec()),
            ..post("blank body", JOBS, Value::Null, "body: a request body is required")
        },
        // Bodies: shape and constraints.
        post("array instead of object", JOBS, json!([]), "body: \"body\" must be of type object"),
        post("no data", JOBS, json!({}), "data: \"data\" is required"),
        post(
            "no job_type",
            JOBS,
            job(json!({ "external_ref": "x" })),
            "data.attributes.job_type: \"job_type\" is required",
        ),
        post(
            "unknown job_type",
            JOBS,
            job(json!({ "job_type": "coffee-run" })),
            "data.attributes.job_type: \"job_type\" must be one of [billing-run, tax-run, payment-run, import, notification-run, subscription-update]",
        ),
        post(
            "wrong resource type",
            JOBS,
            json!({ "data": { "type": "subscription_schedule", "attributes": { "job_type": "billing-run" } } }),
            "data.type: \"type\" must be one of [subscription_job]",
        ),
        post(
            "external_ref of 2049 characters",
            JOBS,
            job(json!({ "job_type": "billing-run", "external_ref": "x".repeat(2049) })),
            "data.attributes.external_ref: \"external_ref\" length must be less than or equal to 2048 characters long",
        ),
        post(
            "external_ref is a number",
            JOBS,
            job(json!({ "job_type": "billing-run", "external_ref": 7 })),
            "data.attributes.external_ref: \"external_ref\" must be of type string",
        ),
        post(
            "empty taxes",
            JOBS,
            job(json!({ "job_type": "tax-run", "taxes": [] })),
            "data.attributes.taxes: \"taxes\" must contain at least 1 items",
        ),
        post(
            "tax invoice id not a UUID",
            JOBS,
            job(json!({ "job_type": "tax-run", "taxes": [{ "invoice_id": "inv-1", "tax_items": [] }] })),
            "data.attributes.taxes[0].invoice_id: \"invoice_id\" must be a valid GUID",
        ),
        post(
            "tax rate is a string",
            JOBS,
            tax(json!({ "type": "tax_item", "rate": "20%" })),
            "data.attributes.taxes[0].tax_items[0].rate: \"rate\" must be of type number",
        ),
        post(
            "tax item without rate",
            JOBS,
            tax(json!({ "type": "tax_item" })),
            "data.attributes.taxes[0].tax_items[0].rate: \"rate\" is required",
        ),
        post(
            "tax item name of 1025 characters",
            JOBS,
            tax(json!({ "type": "tax_item", "rate": 0.2, "name": "n".repeat(1025) })),
            "data.attributes.taxes[0].tax_items[0].name: \"name\" length must be less than or equal to 1024",
        ),
        post(
            "schedule name of 2 characters",
            SCHEDULES,
            schedule(json!({ "name": "ab" })),
            "data.attributes.name: \"name\" length must be at least 3 characters long",
        ),
        post(
            "schedule name of 1025 characters",
            SCHEDULES,
            schedule(json!({ "name": "n".repeat(1025) })),
            "data.attributes.name: \"name\" length must be less than or equal to 1024 characters long",
        ),
        post(
            "schedule without job",
            SCHEDULES,
            schedule(json!({ "job": null })),
            "data.attributes.job: \"job\" is required",
        ),
        post(
            "schedule job type unknown",
            SCHEDULES,
            schedule(json!({ "job": { "job_type": "nap" } })),
            "data.attributes.job.job_type: \"job_type\" must be one of",
        ),
        post(
            "cron with 4 fields",
            SCHEDULES,
            schedule(json!({ "specification": "30 0 * *" })),
            "data.attributes.specification: \"specification\" is not a valid cron specification: expected 5 fields",
        ),
        post(
            "cron minute 61",
            SCHEDULES,
            schedule(json!({ "specification": "61 * * * *" })),
            "data.attributes.specification: \"specification\" is not a valid cron specification",
        ),
        post(
            "cron that never matches",
            SCHEDULES,
            schedule(json!({ "specification": "0 0 30 2 *" })),
            "data.attributes.specification: \"specification\" never matches a date",
        ),
        post(
            "unknown time zone",
            SCHEDULES,
            schedule(json!({ "location": "Mars/Olympus_Mons" })),
            "data.attributes.location: \"location\" must be an IANA time zone name",
        ),
        // Update bodies.
        Case {
            method: "PUT",
            ..post(
                "update with a bad id",
                &format!("{SCHEDULES}/{AN_ID}"),
                json!({ "data": { "id": "x", "type": "subscription_schedule", "attributes": {} } }),
                "data.id: \"id\" must be a valid GUID",
            )
        },
        Case {
            method: "PUT",
            ..post(
                "update specification to null",
                &format!("{SCHEDULES}/{AN_ID}"),
                update(json!({ "specification": null })),
                "data.attributes.specification: \"specification\" must be of type string",
            )
        },
        Case {
            method: "PUT",
            ..post(
                "update name too short",
                &format!("{SCHEDULES}/{AN_ID}"),
                update(json!({ "name": "ab" })),
                "data.attributes.name: \"name\" length must be at least 3 characters long",
            )
        },
        Case {
            method: "PUT",
            ..post(
                "update without attributes",
                &format!("{SCHEDULES}/{AN_ID}"),
                json!({ "data": { "id": AN_ID, "type": "subscription_schedule" } }),
                "data.attributes: \"attributes\" is required",
            )
        },
        // Media type and size.
        Case {
            content_type: Some("text/plain"),
            ..post("text/plain body", JOBS, job(json!({ "job_type": "billing-run" })), "")
        }
        .with(415, "Unsupported Media Type", "Content-Type: expected application/json, got `text/plain`"),
        Case {
            content_type: Some("application/xml"),
            ..post("XML content type", JOBS, job(json!({ "job_type": "billing-run" })), "")
        }
        .with(415, "Unsupported Media Type", "got `application/xml`"),
        Case {
            content_type: None,
            ..post("body without content type", JOBS, job(json!({ "job_type": "billing-run" })), "")
        }
        .with(415, "Unsupported Media Type", "got none"),
        Case {
            body: Some(format!("{{\"data\":\"{}\"}}", "x".repeat(2 * 1024 * 1024)).into_bytes()),
            ..post("2 MiB body", JOBS, Value::Null, "")
        }
        .with(413, "Payload Too Large", "body: larger than the limit of 262144 bytes"),
        // Routing.
        get(
            "unknown path",
            "/v2/subscriptions/invoices".into(),
            404,
            "Not Found",
            "no such path: /v2/subscriptions/invoices",
        ),
        get("path without /v2", "/subscriptions/jobs".into(), 404, "Not Found", "no such path: /subscriptions/jobs"),
        get("trailing slash", format!("{JOBS}/"), 404, "Not Found", "no such path"),
        Case {
            method: "PATCH",
            ..get(
                "PATCH a list",
                JOBS.into(),
                405,
                "Method Not Allowed",
                "PATCH is not allowed on /v2/subscriptions/jobs; allowed: GET, HEAD, POST",
            )
        },
        Case {
            method: "POST",
            ..get("POST to a job", format!("{JOBS}/{AN_ID}"), 405, "Method Not Allowed", "allowed: DELETE, GET, HEAD")
        },
        Case {
            method: "DELETE",
            ..get("DELETE the schedule list", SCHEDULES.into(), 405, "Method Not Allowed", "allowed: GET, HEAD, POST")
        },
        Case {
            method: "PUT",
            ..get("PUT a job", format!("{JOBS}/{AN_ID}"), 405, "Method Not Allowed", "allowed: DELETE, GET, HEAD")
        },
    ];
    cases
}

impl Case {
    fn with(mut self, status: u16, title: &'static str, detail: &'static str) -> Case {
        self.status = status;
        self.title = title;
        self.detail = detail;
        self
    }
}

#[tokio::test]
async fn every_bad_request_gets_its_documented_error() {
    let cases = cases();
    assert!(cases.len() >= 40, "the table holds {} cases", cases.len());
    let running = elasticpath_subscriptions_sandbox::spawn(Sandbox::new()).await.unwrap();
    let origin = format!("http://{}", running.address());
    let http = subscriptions_tests::http();
    let mut failures = Vec::new();
    for case in &cases {
        let mut request = http.request(case.method.parse().unwrap(), format!("{origin}{}", case.path));
        if let Some(authorization) = case.authorization {
            request = request.header("authorization", authorization);
        }
        if let Some(content_type) = case.content_type {
            request = request.header("content-type", content_type);
        }
        if let Some(body) = &case.body {
            request = request.body(body.clone());
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let mut problems = Vec::new();
        if status != case.status {
            problems.push(format!("status {status}, expected {}", case.status));
        }
        if headers.get("content-type").and_then(|v| v.to_str().ok()) != Some("application/json") {
            problems.push("not application/json".to_owned());
        }
        if let Err(errors) = subscriptions_tests::validate("ErrorResponse", &body) {
            problems.push(format!("not an ErrorResponse: {errors:?}"));
        }
        let errors = body["errors"].as_array().cloned().unwrap_or_default();
        if !errors.iter().all(|e| e["status"] == Value::String(case.status.to_string()) && e["title"] == case.title) {
            problems.push(format!("status/title in the body are not \"{}\"/{}", case.status, case.title));
        }
        if !errors.iter().any(|e| e["detail"].as_str().is_some_and(|d| d.contains(case.detail))) {
            problems.push(format!("no detail contains {:?}", case.detail));
        }
        if status == 405 && headers.get("allow").is_none() {
            problems.push("405 without Allow".to_owned());
        }
        if status == 401 && headers.get("www-authenticate").and_then(|v| v.to_str().ok()) != Some("Bearer") {
            problems.push("401 without WWW-Authenticate: Bearer".to_owned());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}\n    got: {}",
                case.name,
                problems.join("; "),
                text.chars().take(400).collect::<String>()
            ));
        }
    }
    running.stop().await;
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[tokio::test]
async fn a_smaller_body_limit_is_honoured() {
    let router = elasticpath_subscriptions_server::router_with_options(
        Sandbox::new(),
        elasticpath_subscriptions_server::RouterOptions::default().body_limit(64),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    let body = job(json!({ "job_type": "billing-run", "external_ref": "x".repeat(100) })).to_string();
    let response = subscriptions_tests::http()
        .post(format!("http://{address}{JOBS}"))
        .bearer_auth("t")
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    server.abort();
}
