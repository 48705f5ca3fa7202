//! The router's request schemas compiled into Rust: for each JSON Schema
//! the server embeds (a body's, or the object of an operation's path, query
//! or header parameters), a function `fn(&Value) -> bool` that answers what
//! the schema answers, as straight-line Rust (string compares, length
//! checks), without a JSON Schema engine walking a schema tree at run time.
//!
//! A good request is answered by this function alone; the engine
//! (`jsonschema`) runs only for a request the function refuses, to list
//! its problems. The compiled function is exact or absent: a schema that
//! uses a keyword outside the set below gets none, and the router checks
//! it with the engine as before. The set is the vocabulary the translated
//! schemas use ([`json_schema::translate`](crate::json_schema::translate)):
//! `type`, `enum` and `const` of strings and `null`, `properties`,
//! `required`, `additionalProperties`, `items`, `minItems`, `maxItems`,
//! `minLength`, `maxLength`, `minimum`, `maximum`, `exclusiveMinimum`,
//! `exclusiveMaximum`, `format: uuid` (and the formats the engine does not
//! check, which it ignores), `allOf`, `anyOf`, `oneOf`, `not`,
//! `if`/`then`/`else` and `$ref` into `$defs`; annotations are ignored as
//! the engine ignores them.
//!
//! Component schemas under `$defs` are compiled once per file, as
//! `fn schema_<name>`, shared by every operation that reaches them.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::names;

/// Keywords that only annotate: the engine ignores them, and so do we.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$comment",
    "$id",
    "title",
    "description",
    "examples",
    "example",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "discriminator",
    "xml",
    "externalDocs",
    "contentMediaType",
    "contentEncoding",
];

/// Formats the engine checks (`should_validate_formats`): any other format
/// is ignored by it, and so here; of these, only `uuid` is compiled, and a
/// schema with one of the others gets no compiled check.
const CHECKED_FORMATS: &[&str] = &[
    "date",
    "date-time",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    "uuid",
];

/// The compiled checks of one generated file.
#[derive(Default)]
pub struct Checks {
    /// The component schemas the roots reach, by name.
    defs: BTreeMap<String, Value>,
    /// The functions written so far.
    items: Vec<TokenStream>,
    /// Numbers the bindings of nested checks.
    depth: usize,
    /// Every request schema's static, compiled or not, for
    /// `REQUEST_SCHEMAS`.
    statics: Vec<syn::Ident>,
    /// The roots compiled so far, and their functions: a root that is the
    /// same as one before it (the same path parameter of two operations)
    /// shares its function.
    roots: Vec<(Value, syn::Ident)>,
}

impl Checks {
    /// Compiles `bundled` (a schema with its components under `$defs`, as
    /// the server embeds it) into `fn #name(&Value) -> bool`, and returns
    /// the function to call: `name`, or the function of an earlier root
    /// that is the same schema. `None`, and nothing written, when the
    /// schema uses a keyword this module does not compile, or a component
    /// refers back to itself without going into a member or an item (a
    /// check that would never return): the router then checks it with the
    /// engine alone.
    pub fn root(&mut self, name: &syn::Ident, bundled: &Value) -> Option<syn::Ident> {
        if let Some((_, earlier)) = self.roots.iter().find(|(schema, _)| schema == bundled) {
            return Some(earlier.clone());
        }
        let Value::Object(map) = bundled else { return None };
        let defs = match map.get("$defs") {
            Some(Value::Object(defs)) => defs.clone(),
            Some(_) => return None,
            None => Map::new(),
        };
        // Every component this root reaches must compile too, or the root
        // is not compiled at all.
        let mut scratch = Checks { defs: self.defs.clone(), ..Checks::default() };
        for (def, schema) in &defs {
            match scratch.defs.get(def) {
                // The same name is the same component in every bundle of one
                // document; a difference would be a bug of the bundler.
                Some(known) if known != schema => return None,
                _ => {
                    scratch.defs.insert(def.clone(), schema.clone());
                }
            }
        }
        if loops_in_place(&scratch.defs) {
            return None;
        }
        let mut root = map.clone();
        root.remove("$defs");
        let v = format_ident!("v");
        let body = scratch.node(&Value::Object(root), &quote!(#v))?.tokens();
        for schema in defs.values() {
            scratch.node(schema, &quote!(#v))?;
        }
        self.defs = scratch.defs;
        self.items.push(quote! {
            // The boolean algebra follows the schema's structure, as written.
            #[allow(clippy::nonminimal_bool)]
            fn #name<V: crate::runtime::compiled::Json>(#v: &V) -> bool {
                #body
            }
        });
        self.roots.push((bundled.clone(), name.clone()));
        Some(name.clone())
    }

    /// Lists the static `schema` in `REQUEST_SCHEMAS`.
    pub fn listed(&mut self, schema: syn::Ident) {
        self.statics.push(schema);
    }

    /// The functions: one per root, then one per component they reach;
    /// and `REQUEST_SCHEMAS`, every request schema of the file by name,
    /// for the tests that hold the compiled checks to the engine.
    pub fn finish(mut self) -> TokenStream {
        let defs = self.defs.clone();
        for (name, schema) in &defs {
            let ident = def_ident(name);
            let v = format_ident!("v");
            let body = self.node(schema, &quote!(#v)).expect("checked when its root was compiled").tokens();
            self.items.push(quote! {
                #[allow(clippy::nonminimal_bool)]
                fn #ident<V: crate::runtime::compiled::Json>(#v: &V) -> bool {
                    #body
                }
            });
        }
        let items = self.items;
        let names = self.statics.iter().map(|ident| ident.to_string());
        let statics = &self.statics;
        quote! {
            // The checks are written once, for any JSON value the runtime
            // reads (`serde_json::Value`, or its one-pass value).
            #[allow(unused_imports)]
            use crate::runtime::compiled::{Json as _, JsonKey as _, JsonObject as _};

            #(#items)*

            /// Every request schema the router checks, by the name of its
            /// static. Not part of the API: for the tests that hold each
            /// compiled check to the JSON Schema engine.
            #[doc(hidden)]
            pub static REQUEST_SCHEMAS: &[(&str, &crate::runtime::Schema)] = &[#((#names, &#statics)),*];
        }
    }

    /// A fresh binding for a nested value.
    fn binding(&mut self, stem: &str) -> syn::Ident {
        self.depth += 1;
        format_ident!("{stem}{}", self.depth)
    }

    /// The check of `schema` on the value `v` (an expression of type
    /// `&Value`), as a `bool` expression; `None` if not compilable.
    fn node(&mut self, schema: &Value, v: &TokenStream) -> Option<Expr> {
        let map = match schema {
            Value::Bool(flag) => return Some(Expr::Atom(quote!(#flag))),
            Value::Object(map) => map,
            _ => return None,
        };
        let mut checks: Vec<Expr> = Vec::new();
        let mut object: Vec<Expr> = Vec::new();
        let mut array: Vec<Expr> = Vec::new();
        let mut string: Vec<Expr> = Vec::new();
        let mut number: Vec<Expr> = Vec::new();
        self.depth += 1;
        let [o, a, s, n] = ["o", "a", "s", "n"].map(|stem| format_ident!("{stem}{}", self.depth));
        for (keyword, value) in map {
            match keyword.as_str() {
                k if ANNOTATIONS.contains(&k) || k.starts_with("x-") => {}
                "type" => checks.push(types(value, v)?),
                "enum" => {
                    let options =
                        value.as_array()?.iter().map(|option| constant(option, v)).collect::<Option<Vec<_>>>()?;
                    checks.push(Expr::or(options.into_iter().map(Expr::Atom).collect()));
                }
                "const" => checks.push(Expr::Atom(constant(value, v)?)),
                "$ref" => {
                    let name = value.as_str()?.strip_prefix("#/$defs/")?;
                    if !self.defs.contains_key(name) {
                        return None;
                    }
                    let ident = def_ident(name);
                    checks.push(Expr::Call(quote!(#ident), v.clone()));
                }
                "properties" => {
                    for (property, schema) in value.as_object()? {
                        let x = self.binding("x");
                        let check = self.node(schema, &quote!(#x))?.closure(&x);
                        object.push(Expr::Atom(quote!(#o.get(#property).is_none_or(#check))));
                    }
                }
                "required" => {
                    for property in value.as_array()? {
                        let property = property.as_str()?;
                        object.push(Expr::Atom(quote!(#o.contains_key(#property))));
                    }
                }
                "additionalProperties" => {
                    let known: Vec<&str> = match map.get("properties") {
                        Some(Value::Object(properties)) => properties.keys().map(String::as_str).collect(),
                        Some(_) => return None,
                        None => Vec::new(),
                    };
                    if map.contains_key("patternProperties") {
                        return None;
                    }
                    let (k, x) = (self.binding("k"), self.binding("x"));
                    let check = self.node(value, &quote!(#x))?;
                    object.push(Expr::Atom(if known.is_empty() {
                        let check = check.closure(&x);
                        quote!(#o.values().all(#check))
                    } else {
                        let declared = Expr::Atom(quote!(matches!(#k.as_str(), #(#known)|*)));
                        let check = Expr::or(vec![declared, check]).tokens();
                        quote!(#o.iter().all(|(#k, #x)| #check))
                    }));
                }
                "items" => {
                    let x = self.binding("x");
                    let check = self.node(value, &quote!(#x))?.closure(&x);
                    array.push(Expr::Atom(quote!(#a.iter().all(#check))));
                }
                "minItems" => {
                    let bound = count(value)?;
                    array.push(match bound {
                        0 => Expr::Atom(quote!(true)),
                        1 => Expr::Atom(quote!(!#a.is_empty())),
                        _ => Expr::Compare(quote!(#a.len() >= #bound)),
                    });
                }
                "maxItems" => {
                    let bound = count(value)?;
                    array.push(Expr::Compare(quote!(#a.len() <= #bound)));
                }
                "minLength" => {
                    let bound = count(value)?;
                    string.push(Expr::Atom(quote!(crate::runtime::compiled::chars_at_least(#s, #bound))));
                }
                "maxLength" => {
                    let bound = count(value)?;
                    string.push(Expr::Atom(quote!(crate::runtime::compiled::chars_at_most(#s, #bound))));
                }
                "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
                    let bound = bound(value)?;
                    let test = match keyword.as_str() {
                        "minimum" => quote!(!= ::std::cmp::Ordering::Less),
                        "maximum" => quote!(!= ::std::cmp::Ordering::Greater),
                        "exclusiveMinimum" => quote!(== ::std::cmp::Ordering::Greater),
                        _ => quote!(== ::std::cmp::Ordering::Less),
                    };
                    number.push(Expr::Compare(quote!(crate::runtime::compiled::compare(#n, #bound) #test)));
                }
                "format" => {
                    let format = value.as_str()?;
                    if format == "uuid" {
                        string.push(Expr::Call(quote!(crate::runtime::compiled::uuid), quote!(#s)));
                    } else if CHECKED_FORMATS.contains(&format) {
                        return None;
                    }
                }
                "allOf" | "anyOf" | "oneOf" => {
                    let parts =
                        value.as_array()?.iter().map(|part| self.node(part, v)).collect::<Option<Vec<Expr>>>()?;
                    checks.push(match keyword.as_str() {
                        "allOf" => Expr::and(parts),
                        "anyOf" => Expr::or(parts),
                        _ => {
                            let parts = parts.iter().map(Expr::tokens);
                            Expr::Compare(quote!(#(usize::from(#parts))+* == 1))
                        }
                    });
                }
                "not" => {
                    let check = self.node(value, v)?;
                    checks.push(Expr::Atom(match check {
                        Expr::Atom(tokens) => quote!(!#tokens),
                        Expr::Call(function, v) => quote!(!#function(#v)),
                        other => {
                            let tokens = other.tokens();
                            quote!(!(#tokens))
                        }
                    }));
                }
                "if" => {
                    let condition = self.node(value, v)?.tokens();
                    let then = match map.get("then") {
                        Some(then) => self.node(then, v)?.tokens(),
                        None => quote!(true),
                    };
                    let otherwise = match map.get("else") {
                        Some(otherwise) => self.node(otherwise, v)?.tokens(),
                        None => quote!(true),
                    };
                    checks.push(Expr::Branch(quote!(if #condition { #then } else { #otherwise })));
                }
                // Without `if`, both are ignored, as the engine ignores them.
                "then" | "else" => {}
                _ => return None,
            }
        }
        for (parts, binding, of) in [
            (object, o, quote!(as_object)),
            (array, a, quote!(as_array)),
            (string, s, quote!(as_str)),
            (number, n, quote!(as_number)),
        ] {
            if !parts.is_empty() {
                let check = Expr::and(parts).closure(&binding);
                checks.push(Expr::Atom(quote!(#v.#of().is_none_or(#check))));
            }
        }
        Some(Expr::and(checks))
    }
}

/// A compiled check, kept apart from its neighbours by its kind so that
/// the code written has the parentheses it needs and no others.
enum Expr {
    /// A call, a literal, a negation.
    Atom(TokenStream),
    /// A component's check on the value: `schema_uuid(v)`.
    Call(TokenStream, TokenStream),
    /// A comparison (`a.len() >= 1`).
    Compare(TokenStream),
    /// `if c { t } else { e }`.
    Branch(TokenStream),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

impl Expr {
    fn and(parts: Vec<Expr>) -> Expr {
        Expr::joined(parts, true)
    }

    fn or(parts: Vec<Expr>) -> Expr {
        Expr::joined(parts, false)
    }

    fn joined(parts: Vec<Expr>, and: bool) -> Expr {
        let mut flat = Vec::new();
        for part in parts {
            match part {
                Expr::And(inner) if and => flat.extend(inner),
                Expr::Or(inner) if !and => flat.extend(inner),
                other => flat.push(other),
            }
        }
        match flat.len() {
            0 => Expr::Atom(if and { quote!(true) } else { quote!(false) }),
            1 => flat.pop().expect("one part"),
            _ if and => Expr::And(flat),
            _ => Expr::Or(flat),
        }
    }

    /// The expression, as the whole of a closure's body or a condition.
    fn tokens(&self) -> TokenStream {
        match self {
            Expr::Atom(tokens) | Expr::Compare(tokens) | Expr::Branch(tokens) => tokens.clone(),
            Expr::Call(function, v) => quote!(#function(#v)),
            Expr::And(parts) => {
                let parts = parts.iter().map(|part| part.operand());
                quote!(#(#parts)&&*)
            }
            Expr::Or(parts) => {
                let parts = parts.iter().map(|part| part.operand());
                quote!(#(#parts)||*)
            }
        }
    }

    /// The expression as a closure of `binding`: the function itself when
    /// it is one component's check.
    fn closure(&self, binding: &syn::Ident) -> TokenStream {
        match self {
            Expr::Call(function, _) => quote!(#function),
            other => {
                let tokens = other.tokens();
                quote!(|#binding| #tokens)
            }
        }
    }

    /// The expression as one operand of `&&` or `||`.
    fn operand(&self) -> TokenStream {
        match self {
            Expr::Atom(_) | Expr::Compare(_) | Expr::Call(..) => self.tokens(),
            other => {
                let tokens = other.tokens();
                quote!((#tokens))
            }
        }
    }
}

/// Whether a component reaches itself through `$ref`s that check the same
/// value (through `allOf`, `anyOf`, `oneOf`, `not`, `if`, `then`, `else`),
/// not a member or an item of it: compiled, that check would call itself
/// on the same value until the stack ran out.
fn loops_in_place(defs: &BTreeMap<String, Value>) -> bool {
    fn in_place(schema: &Value, out: &mut Vec<String>) {
        let Value::Object(map) = schema else { return };
        if let Some(name) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
            out.push(name.to_owned());
        }
        for keyword in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(parts)) = map.get(keyword) {
                parts.iter().for_each(|part| in_place(part, out));
            }
        }
        for keyword in ["not", "if", "then", "else"] {
            if let Some(part) = map.get(keyword) {
                in_place(part, out);
            }
        }
    }
    defs.keys().any(|start| {
        let mut seen = std::collections::BTreeSet::new();
        let mut next = Vec::new();
        in_place(&defs[start], &mut next);
        while let Some(name) = next.pop() {
            if name == *start {
                return true;
            }
            if seen.insert(name.clone())
                && let Some(schema) = defs.get(&name)
            {
                in_place(schema, &mut next);
            }
        }
        false
    })
}

/// The function of the component `name`.
fn def_ident(name: &str) -> syn::Ident {
    format_ident!("schema_{}", names::method_name(name))
}

/// `type`: one name or a list of them.
fn types(value: &Value, v: &TokenStream) -> Option<Expr> {
    let one = |name: &str| -> Option<TokenStream> {
        Some(match name {
            "object" => quote!(#v.is_object()),
            "array" => quote!(#v.is_array()),
            "string" => quote!(#v.is_string()),
            "boolean" => quote!(#v.is_boolean()),
            "null" => quote!(#v.is_null()),
            "number" => quote!(#v.is_number()),
            "integer" => quote!(crate::runtime::compiled::is_integer(#v)),
            _ => return None,
        })
    };
    match value {
        Value::String(name) => one(name).map(Expr::Atom),
        Value::Array(names) => {
            let each = names.iter().map(|name| one(name.as_str()?).map(Expr::Atom)).collect::<Option<Vec<_>>>()?;
            Some(Expr::or(each))
        }
        _ => None,
    }
}

/// Equality with a constant: strings, `null` and booleans only (numbers
/// compare by value in JSON Schema, `1` equals `1.0`; not compiled).
fn constant(value: &Value, v: &TokenStream) -> Option<TokenStream> {
    match value {
        Value::String(text) => Some(quote!(#v.as_str() == Some(#text))),
        Value::Null => Some(quote!(#v.is_null())),
        Value::Bool(flag) => Some(quote!(#v.as_bool() == Some(#flag))),
        _ => None,
    }
}

/// A count (`minItems`, `maxLength`): a non-negative integer.
fn count(value: &Value) -> Option<usize> {
    value.as_u64().and_then(|n| usize::try_from(n).ok())
}

/// A numeric bound, exactly: an integer as an integer, otherwise a float.
fn bound(value: &Value) -> Option<TokenStream> {
    let number = value.as_number()?;
    if let Some(n) = number.as_i64().map(i128::from).or_else(|| number.as_u64().map(i128::from)) {
        let n = proc_macro2::Literal::i128_suffixed(n);
        return Some(quote!(crate::runtime::compiled::Bound::Integer(#n)));
    }
    let float = number.as_f64()?;
    Some(quote!(crate::runtime::compiled::Bound::Float(#float)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn compiled(schema: Value) -> Option<String> {
        let mut checks = Checks::default();
        checks.root(&format_ident!("check"), &schema)?;
        Some(checks.finish().to_string())
    }

    #[test]
    fn a_schema_with_a_keyword_outside_the_set_gets_no_compiled_check() {
        assert!(compiled(json!({ "type": "string", "pattern": "^a" })).is_none());
        assert!(compiled(json!({ "type": "string", "format": "date-time" })).is_none());
        assert!(compiled(json!({ "enum": [1, 2] })).is_none());
        // …also when the keyword is in a component the root reaches.
        assert!(compiled(json!({ "$ref": "#/$defs/A", "$defs": { "A": { "uniqueItems": true } } })).is_none());
    }

    #[test]
    fn a_component_that_checks_itself_in_place_is_not_compiled() {
        // A: allOf [A] would call itself on the same value for ever.
        let looping = json!({ "$ref": "#/$defs/A", "$defs": { "A": { "allOf": [{ "$ref": "#/$defs/B" }] },
            "B": { "not": { "$ref": "#/$defs/A" } } } });
        assert!(compiled(looping).is_none());
        // Through a member it is a tree, and compiles.
        let tree = json!({ "$ref": "#/$defs/Node", "$defs": { "Node": { "type": "object",
            "properties": { "children": { "type": "array", "items": { "$ref": "#/$defs/Node" } } } } } });
        assert!(compiled(tree).is_some());
    }

    #[test]
    fn the_same_schema_twice_shares_one_function() {
        let mut checks = Checks::default();
        let path = json!({ "type": "object", "properties": { "id": { "type": "string", "format": "uuid" } } });
        assert_eq!(checks.root(&format_ident!("get_path"), &path), Some(format_ident!("get_path")));
        assert_eq!(checks.root(&format_ident!("delete_path"), &path), Some(format_ident!("get_path")));
        let text = checks.finish().to_string();
        assert!(!text.contains("delete_path"), "{text}");
    }

    #[test]
    fn formats_the_engine_ignores_are_ignored() {
        let text = compiled(json!({ "type": "string", "format": "cron", "x-note": 1 })).unwrap();
        assert!(!text.contains("cron"), "{text}");
    }

    #[test]
    fn components_are_compiled_once_for_every_root() {
        let mut checks = Checks::default();
        let bundled = json!({ "$ref": "#/$defs/Uuid", "$defs": { "Uuid": { "type": "string", "format": "uuid" } } });
        let other = json!({ "type": "array", "items": { "$ref": "#/$defs/Uuid" },
            "$defs": { "Uuid": { "type": "string", "format": "uuid" } } });
        checks.root(&format_ident!("a"), &bundled).unwrap();
        checks.root(&format_ident!("b"), &other).unwrap();
        let text = checks.finish().to_string();
        assert_eq!(text.matches("fn schema_uuid").count(), 1, "{text}");
    }
}
