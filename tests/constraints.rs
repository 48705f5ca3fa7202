//! The constraints of the spec hold in the generated types: bad values are
//! rejected when deserialized or built, and good ones just inside the
//! limits are accepted.

use serde_json::{Value, json};
use subscriptions_types::*;

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
    rejects::<ScheduleAttributes>(schedule_attributes("ab"), "shorter than 3");
    assert!(serde_json::from_value::<ScheduleAttributes>(schedule_attributes("abc")).is_ok());
    assert!("ab".parse::<ScheduleName>().is_err());
}

#[test]
fn schedule_name_of_1025_characters_is_rejected() {
    rejects::<ScheduleAttributes>(schedule_attributes(&"n".repeat(1025)), "longer than 1024");
    assert!(serde_json::from_value::<ScheduleAttributes>(schedule_attributes(&"n".repeat(1024))).is_ok());
}

#[test]
fn update_name_keeps_its_limits_when_not_null() {
    rejects::<ScheduleUpdateAttributes>(json!({ "name": "ab" }), "shorter than 3");
    let cleared: ScheduleUpdateAttributes = serde_json::from_value(json!({ "name": null })).unwrap();
    assert_eq!(cleared.name, Some(None));
}

#[test]
fn external_ref_of_2049_characters_is_rejected() {
    let job = |external_ref: String| json!({ "job_type": "billing-run", "external_ref": external_ref });
    rejects::<JobCreateAttributes>(job("x".repeat(2049)), "longer than 2048");
    assert!(serde_json::from_value::<JobCreateAttributes>(job("x".repeat(2048))).is_ok());
    assert!("x".repeat(2049).parse::<ExternalRef>().is_err());
}

#[test]
fn unknown_job_type_is_rejected() {
    rejects::<JobCreateAttributes>(json!({ "job_type": "coffee-run" }), "unknown variant `coffee-run`");
    assert!("coffee-run".parse::<JobType>().is_err());
    assert_eq!("tax-run".parse::<JobType>().unwrap(), JobType::TaxRun);
}

#[test]
fn wrong_resource_type_is_rejected() {
    rejects::<JobCreate>(
        json!({ "type": "subscription_schedule", "attributes": { "job_type": "billing-run" } }),
        "unknown variant `subscription_schedule`",
    );
}

#[test]
fn missing_required_field_is_rejected() {
    rejects::<JobCreateAttributes>(json!({ "external_ref": "abc" }), "missing field `job_type`");
    rejects::<ScheduleAttributes>(
        json!({ "specification": "* * * * *", "job": { "job_type": "billing-run" } }),
        "missing field `location`",
    );
    rejects::<ErrorResponse>(json!({}), "missing field `errors`");
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
fn error_status_must_look_like_a_status_code() {
    rejects::<Error>(json!({ "status": "oops", "title": "t" }), "did not match any variant");
    assert!(serde_json::from_value::<Error>(json!({ "status": "404", "title": "t" })).is_ok());
}

#[test]
fn report_variant_is_chosen_by_its_members() {
    let tax: JobReport = serde_json::from_value(json!({ "invoices_updated": 3, "invoice_failures": 1 })).unwrap();
    assert!(matches!(tax, JobReport::TaxRunReport(_)));
    let payment: JobReport =
        serde_json::from_value(json!({ "total_payment_attempts": 2, "failed_payments": 0, "total_collected": {} }))
            .unwrap();
    assert!(matches!(payment, JobReport::PaymentRunReport(_)));
}
