//! Discriminated unions: a `oneOf` of `$ref`s with a `discriminator`, found
//! and checked in the document (their enums are written by
//! `emit::unions`).
//!
//! typify ignores `discriminator` and turns such a `oneOf` into an untagged
//! enum whose variants are told apart by trial, with names such as
//! `JobCreateAttributesVariant0JobType`. This module does what typify does
//! not: it checks the union (every variant mapped, every variant pinning the
//! discriminator to its own value), hides the union from typify, and emits
//! one enum for it, one variant per mapped value, that reads the
//! discriminator first and decodes the variant it names.
//!
//! A union is used by an object schema through `allOf: [{$ref: Union}]`
//! beside the object's own `properties`. The generated struct has those
//! properties and one field, named after the discriminator, that holds the
//! union flattened into the same JSON object:
//!
//! ```yaml
//! JobCreateAttributes:
//!   type: object
//!   properties:
//!     external_ref: {$ref: '#/components/schemas/ExternalRef'}
//!   allOf:
//!     - $ref: '#/components/schemas/JobTypeAttributes'
//! ```
//!
//! becomes `struct JobCreateAttributes { external_ref, #[serde(flatten)] job_type: JobTypeAttributes }`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::spec::{Spec, SpecError, pointer};

const SCHEMAS: &str = "#/components/schemas/";

/// One discriminated union of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Union {
    /// The component schema's name, such as `JobTypeAttributes`.
    pub name: String,
    /// The discriminator property, such as `job_type`.
    pub property: String,
    /// The component schema of the discriminator property, when the union
    /// declares it as a `$ref` (such as `JobType`).
    pub property_schema: Option<String>,
    /// The union's description.
    pub description: Option<String>,
    /// The variants, in `oneOf` order.
    pub variants: Vec<Variant>,
}

/// One variant of a union.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The discriminator value that selects it, such as `billing-run`.
    pub value: String,
    /// Its component schema, such as `BillingRunJobAttributes`.
    pub schema: String,
    /// Whether it has properties besides the discriminator; a variant
    /// without any is a unit variant of the enum.
    pub has_fields: bool,
    /// The variant schema's description.
    pub description: Option<String>,
}

/// An object schema that includes a union with `allOf`, directly or
/// through another container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Container {
    /// The object schema's name, such as `JobCreateAttributes`.
    pub name: String,
    /// The union it includes.
    pub union: String,
    /// The union's discriminator, which names the flattened field.
    pub property: String,
    /// The container it includes, when it includes the union through one
    /// (typify merges that container's members, the union's field with
    /// them, into this object's struct).
    pub via: Option<String>,
}

/// The unions and their containers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unions {
    /// Every discriminated union, by name.
    pub unions: BTreeMap<String, Union>,
    /// Every object schema that includes one.
    pub containers: Vec<Container>,
}

impl Unions {
    /// Whether `name` is a variant schema of some union.
    pub fn is_variant(&self, name: &str) -> bool {
        self.unions.values().any(|u| u.variants.iter().any(|v| v.schema == name))
    }
}

fn text(node: &Value, key: &str) -> Option<String> {
    node.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Finds and checks every discriminated union and every object that
/// includes one. Each broken rule is an error naming its node.
pub fn find(spec: &Spec) -> Result<Unions, Vec<SpecError>> {
    let mut errors = Vec::new();
    let mut found = Unions::default();
    let Some(schemas) = spec.raw.pointer("/components/schemas").and_then(Value::as_object) else {
        return Ok(found);
    };
    for (name, schema) in schemas {
        let at = pointer(["components", "schemas", name.as_str()]);
        if schema.get("discriminator").is_some()
            && let Some(union) = union(spec, name, schema, &at, &mut errors)
        {
            found.unions.insert(name.clone(), union);
        }
    }
    // Variants are rewritten for typify (their discriminator is taken out),
    // so they may not be used anywhere but in their union.
    let variant_names: BTreeSet<String> =
        found.unions.values().flat_map(|u| u.variants.iter().map(|v| v.schema.clone())).collect();
    let mut found_refs = Vec::new();
    super::references(&spec.raw, "", &mut found_refs);
    let uses = found_refs.into_iter().filter_map(|r| {
        let name = r.target?.strip_prefix(SCHEMAS)?.to_owned();
        Some((format!("{}/$ref", r.pointer), name))
    });
    for (at, name) in uses {
        if variant_names.contains(&name) && !at.starts_with("/components/schemas/") {
            errors.push(spec.error(at, format!("variant schema `{name}` of a discriminated union is used outside it")));
        } else if variant_names.contains(&name) {
            let owner = at.trim_start_matches("/components/schemas/").split('/').next().unwrap_or_default();
            let owner = owner.replace("~1", "/").replace("~0", "~");
            let in_its_union = found.unions.get(&owner).is_some_and(|u| u.variants.iter().any(|v| v.schema == name));
            if !in_its_union {
                errors.push(spec.error(
                    at,
                    format!(
                        "variant schema `{name}` of a discriminated union is used outside it; refer to the union instead"
                    ),
                ));
            }
        }
    }
    for (name, schema) in schemas {
        let at = pointer(["components", "schemas", name.as_str()]);
        let Some(all_of) = schema.get("allOf").and_then(Value::as_array) else { continue };
        let included: Vec<(usize, &str)> = all_of
            .iter()
            .enumerate()
            .filter_map(|(i, member)| {
                member.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix(SCHEMAS)).map(|n| (i, n))
            })
            .filter(|(_, target)| found.unions.contains_key(*target))
            .collect();
        let Some(&(_, target)) = included.first() else { continue };
        if all_of.len() != 1 {
            errors.push(spec.error(
                format!("{at}/allOf"),
                format!(
                    "`allOf` including the union `{target}` must hold that `$ref` alone; put the object's own members in `properties`"
                ),
            ));
            continue;
        }
        let union = &found.unions[target];
        if schema.pointer(&pointer(["properties", union.property.as_str()])).is_some() {
            errors.push(spec.error(
                format!("{at}{}", pointer(["properties", union.property.as_str()])),
                format!("`{}` comes from the union `{target}`; do not declare it here too", union.property),
            ));
            continue;
        }
        found.containers.push(Container {
            name: name.clone(),
            union: target.to_owned(),
            property: union.property.clone(),
            via: None,
        });
    }
    // An object whose `allOf` includes a container is one too: typify
    // merges the container's members into it, the union's field with them.
    loop {
        let known: BTreeMap<String, Container> = found.containers.iter().map(|c| (c.name.clone(), c.clone())).collect();
        let before = found.containers.len();
        for (name, schema) in schemas {
            if known.contains_key(name) {
                continue;
            }
            let Some(all_of) = schema.get("allOf").and_then(Value::as_array) else { continue };
            let included = all_of
                .iter()
                .filter_map(|member| member.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix(SCHEMAS)))
                .find_map(|target| known.get(target));
            if let Some(included) = included {
                found.containers.push(Container {
                    name: name.clone(),
                    via: Some(included.name.clone()),
                    ..included.clone()
                });
            }
        }
        if found.containers.len() == before {
            break;
        }
    }
    if errors.is_empty() { Ok(found) } else { Err(errors) }
}

fn union(spec: &Spec, name: &str, schema: &Value, at: &str, errors: &mut Vec<SpecError>) -> Option<Union> {
    let before = errors.len();
    let discriminator = &schema["discriminator"];
    let Some(property) = discriminator.get("propertyName").and_then(Value::as_str) else {
        errors.push(spec.error(format!("{at}/discriminator"), "a discriminator needs a `propertyName`"));
        return None;
    };
    let Some(members) = schema.get("oneOf").and_then(Value::as_array) else {
        errors.push(
            spec.error(format!("{at}/discriminator"), "a discriminator is only supported beside a `oneOf` of `$ref`s"),
        );
        return None;
    };
    for keyword in ["anyOf", "allOf"] {
        if schema.get(keyword).is_some() {
            errors.push(
                spec.error(format!("{at}/{keyword}"), format!("a discriminated union cannot also have `{keyword}`")),
            );
        }
    }
    let mapping: BTreeMap<&str, &str> = discriminator
        .get("mapping")
        .and_then(Value::as_object)
        .map(|m| m.iter().filter_map(|(k, v)| v.as_str().map(|v| (k.as_str(), v))).collect())
        .unwrap_or_default();
    let mut variants = Vec::new();
    let mut mapped: BTreeSet<&str> = BTreeSet::new();
    for (i, member) in members.iter().enumerate() {
        let member_at = format!("{at}/oneOf/{i}");
        let Some(reference) = member.get("$ref").and_then(Value::as_str) else {
            errors.push(
                spec.error(member_at, "every member of a discriminated `oneOf` must be a `$ref` to a component schema"),
            );
            continue;
        };
        let Some(target) = reference.strip_prefix(SCHEMAS) else {
            errors.push(spec.error(format!("{member_at}/$ref"), "every member must refer to #/components/schemas/…"));
            continue;
        };
        let values: Vec<&str> = mapping.iter().filter(|(_, r)| **r == reference).map(|(k, _)| *k).collect();
        let value = match values.as_slice() {
            [value] => *value,
            [] => {
                errors.push(spec.error(
                    format!("{at}/discriminator/mapping"),
                    format!("the mapping has no `{property}` value for `{target}`: every variant needs one"),
                ));
                continue;
            }
            _ => {
                errors.push(spec.error(
                    format!("{at}/discriminator/mapping"),
                    format!("the mapping gives `{target}` several values ({}); give it one", values.join(", ")),
                ));
                continue;
            }
        };
        mapped.insert(value);
        let Some(variant) = spec.resolve_ref(reference) else { continue };
        let variant_at = pointer(["components", "schemas", target]);
        let pinned = variant.pointer(&pointer(["properties", property]));
        let pinned_value = pinned
            .and_then(|p| p.get("enum"))
            .and_then(Value::as_array)
            .filter(|values| values.len() == 1)
            .and_then(|values| values[0].as_str());
        let required = variant
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|v| v.as_str() == Some(property)));
        if pinned_value != Some(value) || !required {
            errors.push(spec.error(
                variant_at.clone(),
                format!(
                    "variant `{target}` must declare `{property}` as a required one-value enum `[{value}]`, so that validators that do not read `discriminator` still pick exactly one variant"
                ),
            ));
            continue;
        }
        let has_fields = variant.get("properties").and_then(Value::as_object).is_some_and(|p| p.len() > 1);
        variants.push(Variant {
            value: value.to_owned(),
            schema: target.to_owned(),
            has_fields,
            description: text(variant, "description"),
        });
    }
    for (value, reference) in &mapping {
        if !mapped.contains(value) {
            errors.push(spec.error(
                format!("{at}/discriminator/mapping"),
                format!("mapping `{value}` → {reference} names no member of the `oneOf`"),
            ));
        }
    }
    // The union may declare the discriminator itself (for a readable
    // validation error on an unknown value); its enum must then list
    // exactly the mapped values.
    let own = schema.pointer(&pointer(["properties", property]));
    let property_schema = own.and_then(|p| p.get("$ref")).and_then(Value::as_str).and_then(|r| r.strip_prefix(SCHEMAS));
    if let Some(own) = own {
        let resolved = spec.follow(own);
        let listed: BTreeSet<&str> = resolved
            .and_then(|s| s.get("enum"))
            .and_then(Value::as_array)
            .map(|values| values.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if listed != mapped {
            errors.push(spec.error(
                format!("{at}{}", pointer(["properties", property])),
                format!(
                    "`{property}` must list exactly the mapped values; it lists [{}], the mapping [{}]",
                    listed.iter().copied().collect::<Vec<_>>().join(", "),
                    mapped.iter().copied().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    let others: Vec<&String> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().filter(|k| *k != property).collect())
        .unwrap_or_default();
    if !others.is_empty() {
        errors.push(spec.error(
            format!("{at}/properties"),
            format!(
                "a discriminated union declares only its discriminator `{property}`; move {} to the schema that includes it",
                others.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let mut idents = BTreeSet::new();
    for variant in &variants {
        let ident = crate::names::variant_name(&variant.value);
        if ident == "Unknown" || !idents.insert(ident.clone()) {
            errors.push(spec.error(
                format!("{at}/discriminator/mapping"),
                format!("value `{}` gives the variant name `{ident}`, which is taken", variant.value),
            ));
        }
    }
    (errors.len() == before).then(|| Union {
        name: name.to_owned(),
        property: property.to_owned(),
        property_schema: property_schema.map(str::to_owned),
        description: text(schema, "description"),
        variants,
    })
}

/// Rewrites the document typify reads: each union is left to the
/// replacement settings (see [`replacements`]); each variant loses its
/// discriminator (a variant left empty is dropped, and becomes a unit
/// variant); each container gets the union as a property named after the
/// discriminator, which the emitter then flattens.
pub fn prepare(schemas: &mut Map<String, Value>, unions: &Unions) {
    for union in unions.unions.values() {
        for variant in &union.variants {
            if !variant.has_fields {
                schemas.remove(&variant.schema);
                continue;
            }
            let Some(schema) = schemas.get_mut(&variant.schema) else { continue };
            if let Some(Value::Object(properties)) = schema.get_mut("properties") {
                properties.remove(&union.property);
            }
            if let Some(Value::Array(required)) = schema.get_mut("required") {
                required.retain(|r| r.as_str() != Some(union.property.as_str()));
            }
        }
    }
    for container in unions.containers.iter().filter(|c| c.via.is_none()) {
        let Some(Value::Object(schema)) = schemas.get_mut(&container.name) else { continue };
        schema.remove("allOf");
        let properties = schema.entry("properties").or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(properties) = properties {
            properties.insert(
                container.property.clone(),
                serde_json::json!({ "$ref": format!("{SCHEMAS}{}", container.union) }),
            );
        }
        let required = schema.entry("required").or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(required) = required {
            required.push(Value::String(container.property.clone()));
        }
    }
}

/// The typify replacements: each union is a type typify does not
/// generate, but refers to by name; [`emit`](crate::emit::unions::emit) writes it.
pub fn replacements(unions: &Unions) -> impl Iterator<Item = &str> {
    unions.unions.keys().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Elastic Path's job attributes: a response's attributes include the
    /// create attributes (a container) beside more members; typify merges
    /// them, the union's field with them, so it is a container too, which
    /// the typify document leaves as written.
    #[test]
    fn an_object_including_a_container_is_one_too() {
        let spec = Spec::parse(
            r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Kind:
      type: object
      required: [kind]
      properties: {kind: {type: string, enum: [a, b]}}
      discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A', b: '#/components/schemas/B'}}
      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
    A: {type: object, required: [kind], properties: {kind: {type: string, enum: [a]}}}
    B: {type: object, required: [kind], properties: {kind: {type: string, enum: [b]}, size: {type: integer}}}
    CreateAttributes:
      type: object
      properties: {name: {type: string}}
      allOf: [{$ref: '#/components/schemas/Kind'}]
    ResponseAttributes:
      allOf: [{$ref: '#/components/schemas/CreateAttributes'}, {type: object, properties: {status: {type: string}}}]
"##,
            "t.yaml",
        )
        .unwrap();
        let unions = find(&spec).unwrap();
        let by_name: BTreeMap<&str, &Container> = unions.containers.iter().map(|c| (c.name.as_str(), c)).collect();
        assert_eq!(by_name["CreateAttributes"].via, None);
        let response = by_name["ResponseAttributes"];
        assert_eq!((response.union.as_str(), response.property.as_str()), ("Kind", "kind"));
        assert_eq!(response.via.as_deref(), Some("CreateAttributes"));

        let mut schemas = spec.raw["components"]["schemas"].as_object().unwrap().clone();
        prepare(&mut schemas, &unions);
        assert!(
            schemas["CreateAttributes"].get("allOf").is_none(),
            "the direct container holds the union as a property"
        );
        assert_eq!(schemas["CreateAttributes"]["properties"]["kind"]["$ref"], "#/components/schemas/Kind");
        assert!(schemas["ResponseAttributes"]["allOf"].is_array(), "the indirect one is merged by typify as written");
    }
}
