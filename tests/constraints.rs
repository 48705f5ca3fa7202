//! The constraints of the spec hold in the generated types: bad values are
//! rejected when deserialized or built, with an error naming the type, the
//! value and the rule, and good ones just inside the limits are accepted.
//!
//! Enums and unions a response can carry are open instead: a value no
//! document lists decodes as `Unknown` (see `forward_compat.rs`). Parsing
//! (`FromStr`) still accepts only the values the spec lists.

use elasticpath_subscriptions_types::*;
use serde_json::{Value, json};

fn schedule_attributes(name: &str) -> Value {
    json!({
        "name": name,
        "specification": "30 0 * * *",
        "location": "Europe/London",
        "job": { "job_type": "billing-run" }
    })
}

fn rejects<T: serde::de::DeserializeOwned + std::fmt::Debug>(value: Value, needle: &str) {
    let error = serde_json::from_value::<T>(value).expect_err("must be rejected");
    assert!(error.to_string().contains(needle), "error `{error}` does not mention `{needle}`");
}

#[test]
fn schedule_name_of_two_characters_is_rejected() {
    let message = r#""ab" is not a valid ScheduleName: at least 3 characters are required"#;
    rejects::<ScheduleCreateAttributes>(schedule_attributes("ab"), message);
    assert!(serde_json::from_value::<ScheduleCreateAttributes>(schedule_attributes("abc")).is_ok());
    assert_eq!("ab".parse::<ScheduleName>().unwrap_err().to_string(), message);
}

#[test]
fn schedule_name_of_1025_characters_is_rejected() {
    // A long value is not echoed: the message gives its length.
    let message = "a 1025-character string is not a valid ScheduleName: at most 1024 characters are allowed";
    rejects::<ScheduleCreateAttributes>(schedule_attributes(&"n".repeat(1025)), message);
    assert_eq!("n".repeat(1025).parse::<ScheduleName>().unwrap_err().to_string(), message);
    assert!(serde_json::from_value::<ScheduleCreateAttributes>(schedule_attributes(&"n".repeat(1024))).is_ok());
}

#[test]
fn update_name_keeps_its_limits_when_not_null() {
    rejects::<ScheduleUpdateAttributes>(json!({ "name": "ab" }), "is not a valid ScheduleName");
    let cleared: ScheduleUpdateAttributes = serde_json::from_value(json!({ "name": null })).unwrap();
    assert_eq!(cleared.name, Some(None));
}

#[test]
fn external_ref_of_2049_characters_is_rejected() {
    let job = |external_ref: String| json!({ "job_type": "billing-run", "external_ref": external_ref });
    rejects::<JobCreateAttributes>(job("x".repeat(2049)), "is not a valid ExternalRef: at most 2048 characters");
    assert!(serde_json::from_value::<JobCreateAttributes>(job("x".repeat(2048))).is_ok());
    assert!("x".repeat(2049).parse::<ExternalRef>().is_err());
}

#[test]
fn parsing_accepts_only_listed_values_and_says_which() {
    assert_eq!(
        "hello".parse::<JobType>().unwrap_err().to_string(),
        r#""hello" is not a valid JobType: expected one of billing-run, tax-run, payment-run, import, notification-run, subscription-update"#
    );
    assert_eq!("tax-run".parse::<JobType>().unwrap(), JobType::TaxRun);
    assert_eq!(JobType::try_from("notification-run").unwrap(), JobType::NotificationRun);
    assert!("tax-run".parse::<ScheduleJobType>().unwrap_err().to_string().contains("not a valid ScheduleJobType"));
    assert!("Store".parse::<OwnerMeta>().is_err(), "parsing is case-sensitive, as the API is");
    // A value from a long string is not echoed whole.
    let long = "x".repeat(500);
    assert!(
        long.parse::<JobStatus>()
            .unwrap_err()
            .to_string()
            .starts_with("a 500-character string is not a valid JobStatus")
    );
}

#[test]
fn wrong_resource_type_cannot_be_parsed() {
    assert!("subscription_schedule".parse::<SubscriptionJobType>().is_err());
}

#[test]
fn missing_required_field_is_rejected() {
    rejects::<ScheduleCreateAttributes>(
        json!({ "specification": "* * * * *", "job": { "job_type": "billing-run" } }),
        "missing field `location`",
    );
    rejects::<ErrorResponse>(json!({}), "missing field `errors`");
    rejects::<SubscriptionUpdateRunJobAttributes>(json!({}), "missing field `price_changes`");
}

#[test]
fn non_uuid_id_is_rejected() {
    let schedule = |id: &str| {
        json!({
            "id": id,
            "type": "subscription_schedule",
            "attributes": {}
        })
    };
    rejects::<ScheduleUpdate>(schedule("not-a-uuid"), "invalid character");
    rejects::<ScheduleUpdate>(schedule("11111111-2222-3333-4444-55555555555"), "invalid group length");
    assert!(serde_json::from_value::<ScheduleUpdate>(schedule("11111111-2222-3333-4444-555555555555")).is_ok());
}

#[test]
fn malformed_timestamp_is_rejected() {
    rejects::<Timestamps>(
        json!({ "created_at": "yesterday", "updated_at": "2017-01-10T11:41:19Z" }),
        "input contains invalid characters",
    );
}

#[test]
fn error_status_is_a_string_of_three_digits_or_a_number() {
    assert!("oops".parse::<ErrorStatusString>().unwrap_err().to_string().contains("must match the pattern"));
    let string: Error = serde_json::from_value(json!({ "status": "404", "title": "t" })).unwrap();
    assert!(matches!(string.status, ErrorStatus::String(_)));
    let number: Error = serde_json::from_value(json!({ "status": 404, "title": "t" })).unwrap();
    assert_eq!(number.status, ErrorStatus::Integer(404));
}

#[test]
fn report_variant_is_chosen_by_its_members() {
    let tax: JobReport = serde_json::from_value(json!({ "invoices_updated": 3, "invoice_failures": 1 })).unwrap();
    assert!(matches!(tax, JobReport::TaxRunReport(_)));
    let payment: JobReport =
        serde_json::from_value(json!({ "total_payment_attempts": 2, "failed_payments": 0, "total_collected": {} }))
            .unwrap();
    assert!(matches!(payment, JobReport::PaymentRunReport(_)));
    let notification: JobReport =
        serde_json::from_value(json!({ "total_notifications_sent": 5, "failed_notifications": 1 })).unwrap();
    assert!(matches!(notification, JobReport::NotificationRunReport(_)));
    let update: JobReport =
        serde_json::from_value(json!({ "subscriptions_updated": 2, "subscription_failures": 0, "total_processed": 2 }))
            .unwrap();
    assert!(matches!(update, JobReport::SubscriptionUpdateReport(_)));
}

#[test]
fn job_type_attributes_are_chosen_by_job_type() {
    let tax: JobCreateAttributes = serde_json::from_value(json!({
        "job_type": "tax-run", "external_ref": "t1",
        "taxes": [{ "invoice_id": "11111111-2222-3333-4444-555555555555", "tax_items": [{ "type": "tax_item", "rate": 0.2 }] }]
    }))
    .unwrap();
    assert_eq!(tax.external_ref.as_deref().map(|r| r.as_str()), Some("t1"));
    let JobTypeAttributes::TaxRun(run) = &tax.job_type else { panic!("not a tax run: {tax:?}") };
    assert_eq!(run.taxes.len(), 1);
    assert_eq!(tax.job_type.job_type(), JobType::TaxRun);
    assert_eq!(tax.job_type.tag(), "tax-run");

    let payment: JobCreateAttributes = serde_json::from_value(json!({ "job_type": "payment-run" })).unwrap();
    assert_eq!(payment.job_type, JobTypeAttributes::PaymentRun);
    assert_eq!(serde_json::to_value(&payment).unwrap(), json!({ "job_type": "payment-run" }));
}
