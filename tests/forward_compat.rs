//! Values no document lists yet: an invented job type, status, owner,
//! report shape and schedule job type decode through the generated types
//! and the client over HTTP, nothing is lost, and each goes back out
//! unchanged.

use std::sync::{Arc, Mutex};

use axum::extract::{Query, State};
use elasticpath_subscriptions_client::{Client, ListFilter, types};
use futures_util::TryStreamExt;
use serde_json::{Value, json};
use subscriptions_tests::same_json;

/// A job of a type nobody has defined, in a status nobody has defined,
/// owned by a new kind of owner, with a report of a new shape.
fn invented_job(id: &str) -> Value {
    json!({
        "id": id,
        "type": "subscription_job",
        "attributes": {
            "external_ref": "sweep-1",
            "job_type": "invoice-sweep",
            "sweep_window_days": 30,
            "status": "paused",
            "created_at": "2027-03-01T00:00:00.123456Z",
            "updated_at": "2027-03-01T00:05:00.5Z"
        },
        "meta": {
            "owner": "partner",
            "timestamps": { "created_at": "2027-03-01T00:00:00.123456Z", "updated_at": "2027-03-01T00:05:00.5Z" },
            "report": { "invoices_swept": 12, "sweep_failures": [{ "invoice_id": "x", "reason": "locked" }] }
        }
    })
}

/// A job of a known type whose attributes carry a shape this version does
/// not know (a `price_changes` that is a list).
fn known_type_new_shape(id: &str) -> Value {
    json!({
        "id": id,
        "type": "subscription_job",
        "attributes": {
            "job_type": "subscription-update",
            "price_changes": [{ "plan": "p1", "amount": 100 }],
            "status": "pending",
            "created_at": "2027-03-01T00:00:00Z",
            "updated_at": "2027-03-01T00:00:00Z"
        },
        "meta": { "owner": "store", "timestamps": { "created_at": "2027-03-01T00:00:00Z", "updated_at": "2027-03-01T00:00:00Z" } }
    })
}

fn known_job(id: &str) -> Value {
    json!({
        "id": id,
        "type": "subscription_job",
        "attributes": {
            "job_type": "notification-run",
            "status": "success",
            "created_at": "2026-11-21T06:00:00Z",
            "updated_at": "2026-11-21T06:00:41Z"
        },
        "meta": {
            "owner": "store",
            "timestamps": { "created_at": "2026-11-21T06:00:00Z", "updated_at": "2026-11-21T06:00:41Z" },
            "report": { "total_notifications_sent": 412, "failed_notifications": 3 }
        }
    })
}

fn invented_schedule(id: &str) -> Value {
    json!({
        "id": id,
        "type": "subscription_schedule",
        "attributes": {
            "name": "Nightly sweep.",
            "specification": "0 2 * * *",
            "location": "Europe/Paris",
            "job": { "job_type": "invoice-sweep" },
            "created_at": "2027-03-01T00:00:00Z",
            "updated_at": "2027-03-01T00:00:00Z"
        },
        "meta": {
            "scheduled_for": "2027-03-02T01:00:00Z",
            "owner": "partner",
            "timestamps": { "created_at": "2027-03-01T00:00:00Z", "updated_at": "2027-03-01T00:00:00Z" }
        }
    })
}

const ID_1: &str = "11111111-1111-4111-8111-111111111111";
const ID_2: &str = "22222222-2222-4222-8222-222222222222";
const ID_3: &str = "33333333-3333-4333-8333-333333333333";

#[test]
fn a_page_with_invented_values_decodes_every_job_and_round_trips() {
    let page = json!({ "data": [known_job(ID_1), invented_job(ID_2), known_type_new_shape(ID_3)], "links": {} });
    let typed: types::JobListResponse = serde_json::from_value(page.clone()).expect("the whole page decodes");
    assert_eq!(typed.data.len(), 3);

    let known = &typed.data[0];
    assert_eq!(known.attributes.job_type, types::JobTypeAttributes::NotificationRun);
    assert!(matches!(known.meta.report, Some(types::JobReport::NotificationRunReport(_))));

    let invented = &typed.data[1];
    let types::JobTypeAttributes::Unknown(shape) = &invented.attributes.job_type else {
        panic!("an invented job type must be Unknown: {:?}", invented.attributes.job_type)
    };
    assert_eq!(shape.as_json()["sweep_window_days"], json!(30), "its attributes are kept");
    assert_eq!(invented.attributes.job_type.tag(), "invoice-sweep");
    let job_type = invented.attributes.job_type.job_type();
    assert!(matches!(&job_type, types::JobType::Unknown(v) if v.as_str() == "invoice-sweep"), "{job_type:?}");
    assert_eq!(job_type.to_string(), "invoice-sweep");
    assert!(matches!(&invented.attributes.status, types::JobStatus::Unknown(v) if v.as_str() == "paused"));
    assert!(matches!(&invented.meta.owner, types::OwnerMeta::Unknown(v) if v.as_str() == "partner"));
    let Some(types::JobReport::Unknown(report)) = &invented.meta.report else {
        panic!("a report of a new shape must be Unknown: {:?}", invented.meta.report)
    };
    assert_eq!(report.as_json()["sweep_failures"][0]["reason"], json!("locked"));

    let reshaped = &typed.data[2];
    assert!(matches!(&reshaped.attributes.job_type, types::JobTypeAttributes::Unknown(_)));
    assert_eq!(reshaped.attributes.job_type.job_type(), types::JobType::SubscriptionUpdate, "the type is still known");

    let back = serde_json::to_value(&typed).unwrap();
    same_json(&back, &page).unwrap_or_else(|difference| panic!("the page changed: {difference}"));
    // The unknown parts come back exactly, not only by value.
    assert_eq!(back["data"][1]["attributes"]["sweep_window_days"], json!(30));
    assert_eq!(back["data"][1]["meta"]["report"], page["data"][1]["meta"]["report"]);
    assert_eq!(back["data"][2]["attributes"]["price_changes"], page["data"][2]["attributes"]["price_changes"]);
}

#[test]
fn a_schedule_with_an_invented_job_type_and_owner_decodes_and_round_trips() {
    let body = json!({ "data": invented_schedule(ID_1) });
    let typed: types::ScheduleResponse = serde_json::from_value(body.clone()).unwrap();
    assert!(
        matches!(&typed.data.attributes.job.job_type, types::ScheduleJobType::Unknown(v) if v.as_str() == "invoice-sweep")
    );
    same_json(&serde_json::to_value(&typed).unwrap(), &body).unwrap();
}

#[test]
fn errors_in_new_shapes_still_decode() {
    let body = json!({ "errors": [
        { "status": "4xx", "title": "Odd" },
        { "title": "Bad Request", "status": { "code": 400 }, "detail": "Could not parse the supplied filter", "source": "filter" }
    ] });
    let typed: types::ErrorResponse = serde_json::from_value(body.clone()).unwrap();
    assert!(matches!(typed.errors[0].status, types::ErrorStatus::Unknown(_)));
    assert_eq!(typed.errors[1].status.to_string(), r#"{"code":400}"#);
    same_json(
        &serde_json::to_value(&typed).unwrap(),
        &json!({ "errors": [
        { "status": "4xx", "title": "Odd" },
        // `source` is not in the spec: like every unknown member of a known
        // object it is not kept. Only unknown enum values and shapes are.
        { "title": "Bad Request", "status": { "code": 400 }, "detail": "Could not parse the supplied filter" }
    ] }),
    )
    .unwrap();
}

#[test]
fn unknown_values_cannot_be_parsed_into_existence() {
    // Only decoding makes an `Unknown`: a request built in code cannot carry a typo.
    assert!("invoice-sweep".parse::<types::JobType>().is_err());
    assert!("paused".parse::<types::JobStatus>().is_err());
    assert!("partner".parse::<types::OwnerMeta>().is_err());
    assert!("invoice-sweep".parse::<types::ScheduleJobType>().is_err());
}

#[test]
fn open_enums_are_ordered_by_value_so_a_value_keeps_its_place_across_versions() {
    // A derived order would put every unknown value after the known ones,
    // and move it when a later version names it. Ordered by the value as
    // sent, a sorted list stays sorted whatever this version knows.
    let decode = |value: &str| serde_json::from_value::<types::JobStatus>(json!(value)).unwrap();
    let mut statuses: Vec<types::JobStatus> =
        ["success", "paused", "failed", "aborted", "pending", "started"].into_iter().map(decode).collect();
    statuses.sort();
    let sorted: Vec<&str> = statuses.iter().map(types::JobStatus::as_str).collect();
    assert_eq!(sorted, ["aborted", "failed", "paused", "pending", "started", "success"]);
    assert!(decode("paused") < types::JobStatus::Pending, "an unknown value sorts by its text, not last");
    assert_eq!(decode("pending"), types::JobStatus::Pending);
    assert_eq!(decode("pending").cmp(&types::JobStatus::Pending), std::cmp::Ordering::Equal);
    // The order agrees with equality, so the values key a BTreeSet.
    let set: std::collections::BTreeSet<types::JobStatus> =
        ["failed", "failed", "paused"].into_iter().map(decode).collect();
    assert_eq!(set.len(), 2);
}

/// A fake upstream holding a store of raw JSON jobs, paged like the API,
/// that records the bodies it is sent.
#[derive(Clone, Default)]
struct Upstream {
    jobs: Arc<Vec<Value>>,
    received: Arc<Mutex<Vec<Value>>>,
}

async fn list_jobs(State(upstream): State<Upstream>, Query(query): Query<Vec<(String, String)>>) -> axum::Json<Value> {
    let number = |name: &str, default: usize| {
        query.iter().find(|(k, _)| k == name).and_then(|(_, v)| v.parse().ok()).unwrap_or(default)
    };
    let (offset, limit) = (number("page[offset]", 0), number("page[limit]", 25));
    let page: Vec<Value> = upstream.jobs.iter().skip(offset).take(limit).cloned().collect();
    axum::Json(json!({ "data": page, "links": {} }))
}

async fn get_schedule() -> axum::Json<Value> {
    axum::Json(json!({ "data": invented_schedule(ID_1) }))
}

async fn update_schedule(State(upstream): State<Upstream>, axum::Json(body): axum::Json<Value>) -> axum::Json<Value> {
    upstream.received.lock().unwrap().push(body);
    axum::Json(json!({ "data": invented_schedule(ID_1) }))
}

async fn serve(upstream: Upstream) -> (String, tokio::task::JoinHandle<()>) {
    let app = axum::Router::new()
        .route("/v2/subscriptions/jobs", axum::routing::get(list_jobs))
        .route("/v2/subscriptions/schedules/{id}", axum::routing::get(get_schedule).put(update_schedule))
        .with_state(upstream);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{address}/v2"), task)
}

#[tokio::test]
async fn the_client_walks_a_store_holding_jobs_of_unknown_types() {
    // 250 jobs over three pages of 100; every fifth one is invented.
    let jobs: Vec<Value> = (0..250)
        .map(|i| {
            let id = format!("00000000-0000-4000-8000-{i:012}");
            match i % 5 {
                0 => invented_job(&id),
                1 => known_type_new_shape(&id),
                _ => known_job(&id),
            }
        })
        .collect();
    let upstream = Upstream { jobs: Arc::new(jobs.clone()), ..Default::default() };
    let (base, server) = serve(upstream).await;
    let client = Client::with_bearer_token(&base, "token").unwrap();
    let walked: Vec<types::Job> =
        client.list_all_jobs(ListFilter::all()).try_collect().await.expect("the walk completes");
    assert_eq!(walked.len(), 250);
    let unknown =
        walked.iter().filter(|j| matches!(j.attributes.job_type, types::JobTypeAttributes::Unknown(_))).count();
    assert_eq!(unknown, 100, "50 invented types and 50 known types in new shapes");
    for (job, original) in walked.iter().zip(&jobs) {
        same_json(&serde_json::to_value(job).unwrap(), original).unwrap();
    }
    server.abort();
}

#[tokio::test]
async fn the_client_sends_an_unknown_value_back_unchanged() {
    let upstream = Upstream::default();
    let (base, server) = serve(upstream.clone()).await;
    let client = Client::with_bearer_token(&base, "token").unwrap();
    let id: uuid::Uuid = ID_1.parse().unwrap();
    let schedule = client.get_schedule().schedule_uuid(id).send().await.unwrap().into_inner().data;
    assert!(matches!(&schedule.meta.owner, types::OwnerMeta::Unknown(v) if v.as_str() == "partner"));

    // Rename it, keeping the job type the server knows and this crate does not.
    let update = types::ScheduleUpdateRequest {
        data: types::ScheduleUpdate {
            id,
            type_: schedule.type_.clone(),
            attributes: types::ScheduleUpdateAttributes {
                name: Some(Some("Nightly sweep, renamed.".parse().unwrap())),
                job: Some(schedule.attributes.job.clone()),
                ..Default::default()
            },
        },
    };
    client.update_schedule().schedule_uuid(id).body(update).send().await.unwrap();
    let received = upstream.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0]["data"]["attributes"]["job"], json!({ "job_type": "invoice-sweep" }));
    server.abort();
}
