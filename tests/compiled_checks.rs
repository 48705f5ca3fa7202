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

/// The router reads a body whose schema has a compiled check into a value
/// of its own (strings borrowed from the body) and decodes a good one from
/// it, without a `serde_json::Value`. Over values made from each body
/// schema, that path reads exactly what the strict reader reads (the same
/// value, the same count of JSON values), takes exactly the bodies the
/// engine accepts and `serde_json::from_value` decodes, and decodes each
/// into what `from_value` makes of it.
#[test]
fn the_first_path_reads_takes_and_decodes_as_the_path_through_serde_json() {
    use elasticpath_subscriptions_types as types;
    let counts = [
        hold_first_path::<types::JobCreateRequest>("CREATE_JOB_BODY_SCHEMA", 1500),
        hold_first_path::<types::ScheduleCreateRequest>("CREATE_SCHEDULE_BODY_SCHEMA", 1500),
        hold_first_path::<types::ScheduleUpdateRequest>("UPDATE_SCHEDULE_BODY_SCHEMA", 1500),
    ];
    // Both ways out are reached, for each schema.
    for (taken, passed_on) in counts {
        assert!(taken > 300 && passed_on > 300, "taken {taken}, passed on {passed_on}");
    }
}

/// Writes every `e` in a string as `\u0065`: the reader must unescape.
struct Escaping;

impl serde_json::ser::Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        writer.write_all(fragment.replace('e', "\\u0065").as_bytes())
    }
}

/// Holds the first path to the one through `serde_json::Value` over
/// `cases` values of the schema `name`, whose body type is `T`; returns how
/// many bodies it took and how many it passed on.
fn hold_first_path<T>(name: &str, cases: u64) -> (usize, usize)
where
    T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let schemas = elasticpath_subscriptions_server::REQUEST_SCHEMAS;
    let schema = schemas.iter().find(|(n, _)| *n == name).expect("the body schema").1;
    let bundled: Value = serde_json::from_str(schema.json()).unwrap();
    let defs = schema_values::defs(&bundled);
    let (mut taken, mut passed_on) = (0, 0);
    for seed in 0..cases {
        let mut rng = schema_values::Rng::new(seed + 11);
        let wrong = [4, 12, 40, u64::MAX][seed as usize % 4];
        let value = schema_values::make(&bundled, &defs, &mut rng, wrong);
        // Written compactly, with whitespace, or with escapes.
        let bytes = match seed % 3 {
            0 => serde_json::to_vec(&value).unwrap(),
            1 => serde_json::to_vec_pretty(&value).unwrap(),
            _ => {
                let mut bytes = Vec::new();
                let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Escaping);
                serde::Serialize::serialize(&value, &mut serializer).unwrap();
                bytes
            }
        };
        let strict = elasticpath_subscriptions_server::runtime::read_strictly(&bytes)
            .unwrap_or_else(|e| panic!("{name}: {e}\n{}", String::from_utf8_lossy(&bytes)));
        assert_eq!(strict.0, value, "{name}: written and read back, the value changed");
        let (read, values, decoded) = schema.first_path::<T>(&bytes).expect("the first path reads it");
        assert_eq!((&read, values), (&strict.0, strict.1), "{name}: read otherwise than the strict reader");
        let through_serde_json =
            if schema.engine_answer(&value) { serde_json::from_value::<T>(value.clone()).ok() } else { None };
        assert_eq!(decoded, through_serde_json, "{name}: decoded otherwise than through serde_json, for\n{value}");
        if decoded.is_some() { taken += 1 } else { passed_on += 1 }
    }
    (taken, passed_on)
}
