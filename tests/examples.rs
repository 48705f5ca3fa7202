//! Every example in the spec round-trips through its generated type and
//! matches its schema; every JSON document of the seed documentation pages
//! is one of those examples.

use std::collections::BTreeSet;

use elasticpath_subscriptions_types::*;
use serde_json::Value;
use subscriptions_tests::{examples, roundtrip};

/// One test per (site, example name); `LISTED` lets a test check that the
/// spec has no example without a test, and no test names a missing example.
macro_rules! examples {
    ($($test:ident: $ty:ty => $site:literal, $name:literal;)*) => {
        $(
            #[test]
            fn $test() {
                roundtrip::<$ty>($site, $name);
            }
        )*
        const LISTED: &[(&str, &str)] = &[$(($site, $name)),*];
    };
}

examples! {
    example_create_job_request_billing_run: JobCreateRequest => "CreateJob request", "billing-run";
    example_create_job_201_billing_run_with_report: JobResponse => "CreateJob 201", "billing-run-with-report";
    example_list_jobs_200_one_pending_job: JobListResponse => "ListJobs 200", "one-pending-job";
    example_get_job_200_billing_run_with_report: JobResponse => "GetJob 200", "billing-run-with-report";
    example_get_job_200_pending_billing_run: JobResponse => "GetJob 200", "pending-billing-run";
    example_create_schedule_request_daily_billing_run: ScheduleCreateRequest => "CreateSchedule request", "daily-billing-run";
    example_create_schedule_201_daily_billing_run: ScheduleResponse => "CreateSchedule 201", "daily-billing-run";
    example_list_schedules_200_daily_billing_run: ScheduleListResponse => "ListSchedules 200", "daily-billing-run";
    example_get_schedule_200_daily_billing_run: ScheduleResponse => "GetSchedule 200", "daily-billing-run";
    example_update_schedule_request_weekly_payment_run: ScheduleUpdateRequest => "UpdateSchedule request", "weekly-payment-run";
    example_update_schedule_200_weekly_payment_run: ScheduleResponse => "UpdateSchedule 200", "weekly-payment-run";
    example_validation_error_missing_name: ErrorResponse => "ValidationError", "missing-name";
    example_unauthorized_error_unauthorized: ErrorResponse => "UnauthorizedError", "unauthorized";
    example_forbidden_error_permission_denied: ErrorResponse => "ForbiddenError", "permission-denied";
    example_not_found_error_not_found: ErrorResponse => "NotFoundError", "not-found";
    example_write_conflict_error_write_conflict: ErrorResponse => "WriteConflictError", "write-conflict";
    example_internal_server_error_internal_server_error: ErrorResponse => "InternalServerError", "internal-server-error";
    example_internal_server_error_with_detail_and_meta: ErrorResponse => "InternalServerError", "with-detail-and-meta";
    example_internal_server_error_integer_status: ErrorResponse => "InternalServerError", "integer-status";
    // The 2026 release: new job types, reports and schedule job types.
    example_create_job_request_tax_run: JobCreateRequest => "CreateJob request", "tax-run";
    example_create_job_request_notification_run: JobCreateRequest => "CreateJob request", "notification-run";
    example_create_job_request_subscription_update: JobCreateRequest => "CreateJob request", "subscription-update";
    example_create_job_201_subscription_update_pending: JobResponse => "CreateJob 201", "subscription-update-pending";
    example_get_job_200_notification_run_with_report: JobResponse => "GetJob 200", "notification-run-with-report";
    example_get_job_200_subscription_update_with_report: JobResponse => "GetJob 200", "subscription-update-with-report";
    example_list_jobs_200_every_kind_of_run: JobListResponse => "ListJobs 200", "every-kind-of-run";
    example_create_schedule_request_daily_notification_run: ScheduleCreateRequest => "CreateSchedule request", "daily-notification-run";
    example_create_schedule_201_daily_notification_run: ScheduleResponse => "CreateSchedule 201", "daily-notification-run";
    example_rate_limited_error_rate_limited: ErrorResponse => "RateLimitedError", "rate-limited";
}

#[test]
fn every_example_in_the_spec_has_a_test() {
    let in_spec: BTreeSet<(String, String)> = examples().into_iter().map(|e| (e.site, e.name)).collect();
    let listed: BTreeSet<(String, String)> = LISTED.iter().map(|(s, n)| (s.to_string(), n.to_string())).collect();
    let untested: Vec<_> = in_spec.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&in_spec).collect();
    assert!(untested.is_empty(), "examples in the spec without a test: {untested:?}");
    assert!(missing.is_empty(), "tests naming examples the spec lacks: {missing:?}");
}

#[test]
fn every_request_and_response_body_has_an_example() {
    let sites: BTreeSet<String> = examples().into_iter().map(|e| e.site).collect();
    for expected in [
        "CreateJob request",
        "CreateJob 201",
        "ListJobs 200",
        "GetJob 200",
        "CreateSchedule request",
        "CreateSchedule 201",
        "ListSchedules 200",
        "GetSchedule 200",
        "UpdateSchedule request",
        "UpdateSchedule 200",
    ] {
        assert!(sites.contains(expected), "no example for {expected}");
    }
}

#[test]
fn the_integer_status_example_keeps_its_integer() {
    let example = subscriptions_tests::example("InternalServerError", "integer-status");
    assert_eq!(example.value["errors"][0]["status"], Value::from(500));
    let typed: ErrorResponse = serde_json::from_value(example.value).unwrap();
    assert!(matches!(typed.errors[0].status, ErrorStatus::Integer(500)));
    assert_eq!(serde_json::to_value(&typed).unwrap()["errors"][0]["status"], Value::from(500));
}

#[test]
fn null_in_an_update_stays_null_and_absent_stays_absent() {
    let example = subscriptions_tests::example("UpdateSchedule request", "weekly-payment-run");
    let typed: ScheduleUpdateRequest = serde_json::from_value(example.value).unwrap();
    let attributes = &typed.data.attributes;
    assert_eq!(attributes.external_ref, Some(None), "`external_ref: null` means remove it");
    assert!(attributes.location.is_none(), "`location` is absent: unchanged");
    assert_eq!(attributes.name.as_ref().and_then(|n| n.as_deref()).map(|n| n.as_str()), Some("Weekly payment run."));
    let json = serde_json::to_value(&typed).unwrap();
    assert_eq!(json["data"]["attributes"]["external_ref"], Value::Null);
    assert!(json["data"]["attributes"].get("location").is_none());
}

/// The JSON documents of a seed page: every block that starts with a line
/// holding only `{`, and the body string of a C# `StringContent(...)` sample.
fn seed_documents(text: &str) -> Vec<Value> {
    let mut documents = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() == "{" {
            let mut depth = 0i32;
            let mut block = String::new();
            for (j, line) in lines.iter().enumerate().skip(i) {
                block.push_str(line);
                block.push('\n');
                depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
                if depth == 0 {
                    documents.push(serde_json::from_str(&block).unwrap_or_else(|e| panic!("seed block: {e}\n{block}")));
                    i = j;
                    break;
                }
            }
        }
        i += 1;
    }
    if let Some(start) = text.find("new StringContent(\"") {
        let rest = &text[start + "new StringContent(\"".len()..];
        let end = rest.find("\", null").expect("end of the C# string");
        let body: String =
            serde_json::from_str(&format!("\"{}\"", &rest[..end])).expect("a C# string is a JSON string here");
        documents.push(serde_json::from_str(&body).expect("the code sample body is JSON"));
    }
    documents
}

#[test]
fn every_seed_document_is_an_example_in_the_spec() {
    let dir = subscriptions_tests::root().join("tests/fixtures/seeds");
    let mut distinct: Vec<Value> = Vec::new();
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            pages += 1;
            for document in seed_documents(&std::fs::read_to_string(&path).unwrap()) {
                if !distinct.contains(&document) {
                    distinct.push(document);
                }
            }
        }
    }
    assert_eq!(pages, 5, "five seed pages");
    assert_eq!(distinct.len(), 11, "the seed pages hold 11 distinct JSON documents");
    let in_spec: Vec<Value> = examples().into_iter().map(|e| e.value).collect();
    for document in &distinct {
        assert!(
            in_spec.contains(document),
            "seed document missing from the spec's examples:\n{}",
            serde_json::to_string_pretty(document).unwrap()
        );
    }
}
