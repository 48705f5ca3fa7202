//! Every compiled request check answers exactly what the JSON Schema
//! engine answers: the router takes a good request on the compiled check's
//! word alone, so the two must never differ. Over values made from each
//! schema (most valid, some a little wrong: see `schema_values.rs`), for
//! every request schema of the server crate.

#[path = "schema_values.rs"]
mod schema_values;

use serde_json::Value;

#[test]
fn every_compiled_check_answers_as_the_engine() {
    let schemas = elasticpath_subscriptions_server::REQUEST_SCHEMAS;
    // Each schema of the spec compiles (none falls back to the engine).
    for (name, schema) in schemas {
        assert!(schema.compiled_answer(&Value::Null).is_some(), "{name} has no compiled check");
    }
    let (accepted, refused) = schema_values::hold_to_the_engine(schemas, 2000);
    // The values reach both answers, plenty of each.
    assert!(accepted > 2000 && refused > 2000, "accepted {accepted}, refused {refused}");
}

/// The router's engine is given each request schema with its references
/// inlined (they cost it on every problem it lists): it lists exactly the
/// problems of the schema as written, in the same order.
#[test]
fn every_listing_equals_the_listing_of_the_schema_as_written() {
    let schemas = elasticpath_subscriptions_server::REQUEST_SCHEMAS;
    // None of ours is left as written: no reference remains.
    for (name, schema) in schemas {
        let given = schema.as_given_to_the_engine().to_string();
        assert!(!given.contains("\"$ref\""), "{name} is given to the engine with references: {given}");
    }
    let (refused, several) = schema_values::hold_listing_to_the_schema_as_written(schemas, 1000);
    // Most values have problems, and many more than one.
    assert!(refused > 3000 && several > 500, "refused {refused}, several problems {several}");
}
