//! The compiled request checks of Elastic Path's own document answer
//! exactly what the JSON Schema engine answers (as `tests/compiled_checks.rs`
//! shows for ours), over values made from each of its request schemas.

#[path = "../../schema_values.rs"]
mod schema_values;

#[test]
fn every_compiled_check_of_the_upstream_document_answers_as_the_engine() {
    let schemas = subscriptions_upstream::server::REQUEST_SCHEMAS;
    let compiled = schemas.iter().filter(|(_, s)| s.compiled_answer(&serde_json::Value::Null).is_some()).count();
    // Most of the document compiles; the rest (a `date-time`, a `pattern`)
    // is checked by the engine alone, which needs no test of agreement.
    assert!(compiled * 10 >= schemas.len() * 9, "{compiled} of {} compiled", schemas.len());
    let (accepted, refused) = schema_values::hold_to_the_engine(schemas, 300);
    assert!(accepted > 3000 && refused > 3000, "accepted {accepted}, refused {refused}");
}

/// As `tests/compiled_checks.rs` shows for ours: the router lists the
/// problems of the schema as written, though its engine is given each
/// schema with its references inlined.
#[test]
fn every_listing_of_the_upstream_document_equals_the_listing_as_written() {
    let schemas = subscriptions_upstream::server::REQUEST_SCHEMAS;
    let (refused, several) = schema_values::hold_listing_to_the_schema_as_written(schemas, 150);
    assert!(refused > 3000 && several > 500, "refused {refused}, several problems {several}");
}
