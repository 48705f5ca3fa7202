//! Values made from a JSON Schema, most of them valid and some a little
//! wrong, for the tests that hold each compiled request check to the JSON
//! Schema engine (`compiled_checks.rs` here and in `tests/upstream`).
//!
//! The maker follows the schema as written (`$ref`, `allOf`, one branch of
//! `oneOf`/`anyOf`, one `if`/`then` whose condition it then meets, enums,
//! formats, bounds) and, at each node, now and then breaks one rule: a
//! wrong type, a `null`, a missing or extra member, a bound crossed, a
//! uuid in another form. Which rules hold does not matter to the tests:
//! they compare two answers on the same value.

use serde_json::{Map, Value, json};

/// A small deterministic generator (xorshift64*): the tests' seeds are
/// fixed, so a failure repeats.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.next().is_multiple_of(n)
    }
}

/// A value for `schema`, whose `$ref`s point into `defs`; `wrong` is how
/// often (one node in `wrong`) a rule is broken.
pub fn make(schema: &Value, defs: &Map<String, Value>, rng: &mut Rng, wrong: u64) -> Value {
    Maker { defs, rng, wrong }.value(schema, 0)
}

struct Maker<'a> {
    defs: &'a Map<String, Value>,
    rng: &'a mut Rng,
    wrong: u64,
}

impl Maker<'_> {
    fn value(&mut self, schema: &Value, depth: usize) -> Value {
        if depth > 12 {
            return Value::Null;
        }
        if self.rng.one_in(self.wrong) {
            return self.broken(schema);
        }
        let Value::Object(map) = schema else { return json!({}) };
        if let Some(target) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/"))
            && let Some(target) = self.defs.get(target).cloned()
        {
            return self.value(&target, depth + 1);
        }
        if let Some(Value::Array(options)) = map.get("enum") {
            return options[self.rng.below(options.len())].clone();
        }
        if let Some(constant) = map.get("const") {
            return constant.clone();
        }
        for branches in ["oneOf", "anyOf"] {
            if let Some(Value::Array(options)) = map.get(branches) {
                let option = options[self.rng.below(options.len())].clone();
                return self.value(&option, depth + 1);
            }
        }
        let kind = match map.get("type") {
            Some(Value::String(kind)) => kind.clone(),
            Some(Value::Array(kinds)) => kinds[self.rng.below(kinds.len())].as_str().unwrap_or("null").to_owned(),
            None if map.contains_key("properties") || map.contains_key("allOf") => "object".to_owned(),
            _ => "string".to_owned(),
        };
        match kind.as_str() {
            "object" => self.object(schema, depth),
            "array" => {
                let least = map.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
                let most = map.get("maxItems").and_then(Value::as_u64).map_or(least + 2, |m| m as usize);
                let count = least + self.rng.below(most.saturating_sub(least) + 1);
                let items = map.get("items").cloned().unwrap_or(json!({}));
                Value::Array((0..count).map(|_| self.value(&items, depth + 1)).collect())
            }
            "string" => self.string(map),
            "integer" | "number" => self.number(map, kind == "integer"),
            "boolean" => Value::Bool(self.rng.one_in(2)),
            _ => Value::Null,
        }
    }

    fn string(&mut self, map: &Map<String, Value>) -> Value {
        if map.get("format").and_then(Value::as_str) == Some("uuid") {
            let digits: String = (0..32).map(|_| char::from(b"0123456789abcdefABCDEF"[self.rng.below(22)])).collect();
            return Value::String(format!(
                "{}-{}-{}-{}-{}",
                &digits[..8],
                &digits[8..12],
                &digits[12..16],
                &digits[16..20],
                &digits[20..]
            ));
        }
        let least = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let most = map.get("maxLength").and_then(Value::as_u64).map_or(least + 12, |m| (m as usize).min(least + 12));
        let length = least + self.rng.below(most.saturating_sub(least) + 1);
        Value::String((0..length).map(|_| ['a', 'Z', '7', ' ', 'é', '-', '*'][self.rng.below(7)]).collect())
    }

    fn number(&mut self, map: &Map<String, Value>, integer: bool) -> Value {
        let least = map.get("minimum").and_then(Value::as_f64).unwrap_or(-1000.0);
        let most = map.get("maximum").and_then(Value::as_f64).unwrap_or(least + 2000.0).min(least + 2000.0);
        let at = least + (most - least) * (self.rng.below(1001) as f64 / 1000.0);
        if integer { json!(at.round() as i64) } else { json!(at) }
    }

    /// An object meeting its own `properties` and `required`, those of its
    /// `allOf` parts, and of one `if`/`then` whose condition it meets.
    fn object(&mut self, schema: &Value, depth: usize) -> Value {
        let mut properties = Map::new();
        let mut required: Vec<String> = Vec::new();
        let mut fixed = Map::new();
        self.gather(schema, &mut properties, &mut required, &mut fixed, 0);
        let mut object = Map::new();
        for (name, property) in &properties {
            if required.contains(name) || self.rng.one_in(2) {
                let value = match fixed.get(name) {
                    Some(value) => value.clone(),
                    None => self.value(property, depth + 1),
                };
                object.insert(name.clone(), value);
            }
        }
        for name in &required {
            if !object.contains_key(name) {
                object.insert(name.clone(), fixed.get(name).cloned().unwrap_or(json!("x")));
            }
        }
        if let Some(additional @ Value::Object(_)) = schema.get("additionalProperties")
            && self.rng.one_in(2)
        {
            let additional = additional.clone();
            object.insert("extra".into(), self.value(&additional, depth + 1));
        }
        Value::Object(object)
    }

    fn gather(
        &mut self,
        schema: &Value,
        properties: &mut Map<String, Value>,
        required: &mut Vec<String>,
        fixed: &mut Map<String, Value>,
        depth: usize,
    ) {
        if depth > 8 {
            return;
        }
        let Value::Object(map) = schema else { return };
        if let Some(target) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/"))
            && let Some(target) = self.defs.get(target).cloned()
        {
            self.gather(&target, properties, required, fixed, depth + 1);
        }
        if let Some(Value::Object(own)) = map.get("properties") {
            for (name, property) in own {
                properties.entry(name.clone()).or_insert_with(|| property.clone());
            }
        }
        if let Some(Value::Array(names)) = map.get("required") {
            required.extend(names.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        if let Some(Value::Array(parts)) = map.get("allOf") {
            let conditional: Vec<&Value> = parts.iter().filter(|part| part.get("if").is_some()).collect();
            let chosen = (!conditional.is_empty()).then(|| self.rng.below(conditional.len()));
            let mut seen = 0;
            for part in parts {
                if part.get("if").is_some() {
                    if Some(seen) == chosen {
                        // Meet the condition's constants, then the branch.
                        if let Some(Value::Object(condition)) = part["if"].get("properties") {
                            for (name, rule) in condition {
                                if let Some(constant) = rule.get("const") {
                                    fixed.insert(name.clone(), constant.clone());
                                }
                            }
                        }
                        if let Some(then) = part.get("then") {
                            self.gather(then, properties, required, fixed, depth + 1);
                        }
                    }
                    seen += 1;
                } else {
                    self.gather(part, properties, required, fixed, depth + 1);
                }
            }
        }
    }

    /// A value that breaks one rule of `schema` (or just any other value).
    fn broken(&mut self, schema: &Value) -> Value {
        let uuid = "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10";
        let options = [
            Value::Null,
            json!(true),
            json!(7),
            json!(-1),
            json!(1.5),
            json!(1.0),
            json!(i64::MAX as u64 + 1),
            json!(""),
            json!("x".repeat(3000)),
            json!(uuid.replace('-', "")),
            json!(format!("{{{uuid}}}")),
            json!(format!("urn:uuid:{uuid}")),
            json!(uuid.to_uppercase()),
            json!([]),
            json!({}),
            json!([{}]),
            json!({ "unexpected": 1 }),
        ];
        let pick = self.rng.below(options.len() + 2);
        match pick {
            // Keep the type, lose the members.
            p if p == options.len() => {
                let mut value = self.value_without_breaking(schema);
                if let Value::Object(map) = &mut value {
                    let keys: Vec<String> = map.keys().cloned().collect();
                    if !keys.is_empty() {
                        map.remove(&keys[self.rng.below(keys.len())]);
                    }
                }
                value
            }
            // Keep the shape, as an array of its values.
            p if p == options.len() + 1 => match self.value_without_breaking(schema) {
                Value::Object(map) => Value::Array(map.into_iter().map(|(_, v)| v).collect()),
                other => other,
            },
            p => options[p].clone(),
        }
    }

    fn value_without_breaking(&mut self, schema: &Value) -> Value {
        let wrong = self.wrong;
        self.wrong = u64::MAX;
        let value = self.value(schema, 0);
        self.wrong = wrong;
        value
    }
}

/// The `$defs` of a bundled schema.
pub fn defs(bundled: &Value) -> Map<String, Value> {
    bundled.get("$defs").and_then(Value::as_object).cloned().unwrap_or_default()
}

/// Compares the two answers over `cases` values of each schema; returns
/// how many values were accepted and refused in all.
pub fn hold_to_the_engine(
    schemas: &[(&str, &elasticpath_subscriptions_server::runtime::Schema)],
    cases: u64,
) -> (usize, usize) {
    let (mut accepted, mut refused) = (0, 0);
    for (name, schema) in schemas {
        let Some(_) = schema.compiled_answer(&Value::Null) else { continue };
        let bundled: Value = serde_json::from_str(schema.json()).unwrap();
        let defs = defs(&bundled);
        for seed in 0..cases {
            let mut rng = Rng::new(seed + 1);
            let wrong = [4, 12, 40, u64::MAX][seed as usize % 4];
            let value = make(&bundled, &defs, &mut rng, wrong);
            let engine = schema.engine_answer(&value);
            let compiled = schema.compiled_answer(&value).unwrap();
            assert_eq!(
                compiled, engine,
                "{name}: the compiled check says {compiled}, the engine {engine}, for\n{value}"
            );
            if engine { accepted += 1 } else { refused += 1 }
        }
    }
    (accepted, refused)
}

/// Compares, over `cases` values of each schema (broken more often than
/// for [`hold_to_the_engine`], so that many have several problems), the
/// problems the router lists (its engine is given the schema with its
/// references inlined) with those of the schema as written: the same
/// lines, in the same order. Returns how many values had problems, and how
/// many of those had more than one.
pub fn hold_listing_to_the_schema_as_written(
    schemas: &[(&str, &elasticpath_subscriptions_server::runtime::Schema)],
    cases: u64,
) -> (usize, usize) {
    let (mut refused, mut several) = (0, 0);
    for (name, schema) in schemas {
        let bundled: Value = serde_json::from_str(schema.json()).unwrap();
        let defs = defs(&bundled);
        for seed in 0..cases {
            let mut rng = Rng::new(seed + 7);
            let wrong = [2, 3, 6, 12][seed as usize % 4];
            let value = make(&bundled, &defs, &mut rng, wrong);
            let listed = schema.problems(&value);
            let as_written = schema.problems_as_written(&value);
            assert_eq!(
                listed, as_written,
                "{name}: the router lists other problems than the schema as written, for\n{value}"
            );
            refused += usize::from(!listed.is_empty());
            several += usize::from(listed.len() > 1);
        }
    }
    (refused, several)
}
