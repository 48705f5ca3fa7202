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
