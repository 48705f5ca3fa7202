//! The shared types crate: typify's types, one per schema, rewritten where
//! typify falls short: optional nullable properties get three states
//! ([`nullable`]), discriminated unions become tagged enums ([`unions`]),
//! and types a response can carry survive values no document lists yet
//! ([`open`]).

use std::collections::{BTreeMap, BTreeSet};

use super::{constructors, extensible, nullable, open, timestamps, unions};
use crate::model::nullable::TriStateField;
use crate::model::unions::Unions;

/// Builds the types file from the items of progenitor's `types` module.
/// `responses` names the component schemas of response bodies: every type
/// reachable from them is open. `requests` names the component schemas a
/// request can carry: the structs only responses carry can grow
/// ([`extensible`]).
pub fn emit(
    mut items: Vec<syn::Item>,
    tri_state: &BTreeSet<TriStateField>,
    unions: &Unions,
    responses: &BTreeSet<String>,
    requests: &BTreeSet<String>,
    schemas: &serde_json::Map<String, serde_json::Value>,
) -> Result<syn::File, String> {
    nullable::apply(&mut items, tri_state)?;
    unions::flatten(&mut items, unions)?;
    timestamps::apply(&mut items);
    // A union's enum is written below; until then its edges are given by hand.
    let mut extra: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for union in unions.unions.values() {
        let mut edges: BTreeSet<String> =
            union.variants.iter().filter(|v| v.has_fields).map(|v| crate::names::type_name(&v.schema)).collect();
        edges.extend(union.property_schema.iter().map(|p| crate::names::type_name(p)));
        extra.insert(crate::names::type_name(&union.name), edges);
    }
    let open_types = open::reachable(&items, responses.iter().map(|r| crate::names::type_name(r)), &extra);
    let union_items = unions::emit(&items, unions, &open_types)?;
    let shapes_used = unions.unions.keys().any(|name| open_types.contains(&crate::names::type_name(name)));
    for (name, group) in union_items {
        // Before the first type named after it, or the modules at the end.
        let position = items
            .iter()
            .position(|item| matches!(item, syn::Item::Mod(_)) || item_name(item).is_some_and(|n| n > name))
            .unwrap_or(items.len());
        items.splice(position..position, group);
    }
    let shown_used = unions.unions.keys().any(|name| !open_types.contains(&crate::names::type_name(name)));
    open::apply(&mut items, &open_types, shapes_used, shown_used)?;
    let response_only: BTreeSet<String> = open_types
        .iter()
        .filter(|name| !requests.iter().any(|request| crate::names::type_name(request) == **name))
        .cloned()
        .collect();
    extensible::apply(&mut items, &response_only);
    constructors::apply(&mut items, requests, schemas, unions)?;
    let mut file: syn::File = syn::parse_quote! {};
    file.items = items;
    Ok(file)
}

fn item_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        _ => None,
    }
}
