//! Types that survive growth, and conversions that say what failed.
//!
//! Elastic Path adds enum values and response shapes without notice. typify
//! makes closed enums: one value it does not know fails the whole document
//! (a whole page of jobs for one new `job_type`). This pass rewrites its
//! output, for every type a response can carry:
//!
//! - a string enum gets `Unknown(UnknownValue)`, which keeps the value as it
//!   arrived and sends it back unchanged, and becomes `#[non_exhaustive]`;
//! - an untagged union (`oneOf` without a discriminator, such as the job
//!   report) gets `Unknown(UnknownShape)`, which keeps the JSON as it
//!   arrived, and becomes `#[non_exhaustive]`.
//!
//! Types only requests carry stay closed. Parsing (`FromStr`, `TryFrom`)
//! accepts only the values the document lists, on every enum, so a typo in
//! code that builds a request fails where it is written; `UnknownValue`
//! cannot be built by hand at all. Only decoding what the server sent makes
//! an `Unknown`.
//!
//! Every string enum and constrained string also gets conversion errors
//! that name the type, the value and the rule: `"hello" is not a valid
//! JobType: expected one of billing-run, tax-run, …`.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::VisitMut;

/// The value a unit variant stands for: its `#[serde(rename)]`, or its name.
pub fn wire_name(variant: &syn::Variant) -> String {
    let mut name = variant.ident.to_string();
    for attr in variant.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                name = value.value();
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    name
}

fn has_serde_word(attrs: &[syn::Attribute], word: &str) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("serde")).any(|attr| {
        let mut found = false;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(word) {
                found = true;
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
        found
    })
}

/// What kind of generated type an item is.
enum Shape {
    /// All unit variants: a string enum.
    StringEnum,
    /// `#[serde(untagged)]` with one-field tuple variants.
    UntaggedUnion,
    Other,
}

fn shape(item: &syn::ItemEnum) -> Shape {
    if has_serde_word(&item.attrs, "untagged") {
        if item.variants.iter().all(|v| matches!(&v.fields, syn::Fields::Unnamed(f) if f.unnamed.len() == 1)) {
            return Shape::UntaggedUnion;
        }
        return Shape::Other;
    }
    if !item.variants.is_empty() && item.variants.iter().all(|v| matches!(v.fields, syn::Fields::Unit)) {
        Shape::StringEnum
    } else {
        Shape::Other
    }
}

/// The names of the generated types each type refers to, in field and
/// variant types (and, for unions, in `extra` edges).
fn references(items: &[syn::Item], more_known: &BTreeSet<String>) -> BTreeMap<String, BTreeSet<String>> {
    struct Names<'a> {
        known: &'a BTreeSet<String>,
        found: BTreeSet<String>,
    }
    // `visit_mut` on a copy: syn's read-only `visit` feature is not built.
    impl VisitMut for Names<'_> {
        fn visit_path_segment_mut(&mut self, segment: &mut syn::PathSegment) {
            let name = segment.ident.to_string();
            if self.known.contains(&name) {
                self.found.insert(name);
            }
            syn::visit_mut::visit_path_segment_mut(self, segment);
        }
    }
    let known: BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .chain(more_known.iter().cloned())
        .collect();
    let mut out = BTreeMap::new();
    for item in items {
        let (name, mut names) = match item {
            syn::Item::Struct(s) => {
                let mut names = Names { known: &known, found: BTreeSet::new() };
                names.visit_fields_mut(&mut s.fields.clone());
                (s.ident.to_string(), names)
            }
            syn::Item::Enum(e) => {
                let mut names = Names { known: &known, found: BTreeSet::new() };
                for variant in &e.variants {
                    names.visit_fields_mut(&mut variant.fields.clone());
                }
                (e.ident.to_string(), names)
            }
            _ => continue,
        };
        names.found.remove(&name);
        out.entry(name).or_insert_with(BTreeSet::new).extend(names.found);
    }
    out
}

/// Every type reachable from `roots` through field and variant types, plus
/// `extra` edges (a union to the type of its discriminator).
pub fn reachable(
    items: &[syn::Item],
    roots: impl IntoIterator<Item = String>,
    extra: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeSet<String> {
    let more_known: BTreeSet<String> = extra.keys().cloned().collect();
    let edges = references(items, &more_known);
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = roots.into_iter().collect();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        for next in edges.get(&name).into_iter().flatten().chain(extra.get(&name).into_iter().flatten()) {
            todo.push(next.clone());
        }
    }
    seen
}

/// The support types and helpers the rewritten items use.
fn support(shown: bool, open_enums: bool, open_unions: bool) -> Vec<syn::Item> {
    let mut tokens = TokenStream::new();
    if shown {
        tokens.extend(quote! {
            /// A value for an error message: quoted, or only its length when it is long.
            fn shown(value: &str) -> ::std::string::String {
                let length = value.chars().count();
                if length <= 64 {
                    format!("{value:?}")
                } else {
                    format!("a {length}-character string")
                }
            }
        });
    }
    if open_enums {
        tokens.extend(quote! {
            /// A value of an enum that this version of the crate does not know.
            ///
            /// Elastic Path adds values without notice. A response carrying
            /// one still decodes: the value is kept here exactly as it
            /// arrived, and is sent back unchanged. It cannot be built by
            /// hand (parsing accepts only known values), so a typo in a
            /// request cannot hide in it; and once a later version of the
            /// crate knows the value, it decodes as the named variant.
            #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
            pub struct UnknownValue(::std::string::String);

            impl UnknownValue {
                /// The value as it arrived.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }

            impl ::std::fmt::Display for UnknownValue {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&self.0)
                }
            }
        });
    }
    if open_unions {
        tokens.extend(quote! {
            /// A JSON value in a shape that this version of the crate does
            /// not know (a new kind of report, a new job type), kept exactly
            /// as it arrived and sent back unchanged. It is only made by
            /// decoding.
            #[derive(Clone, Debug, PartialEq)]
            pub struct UnknownShape(::serde_json::Value);

            impl UnknownShape {
                /// The JSON as it arrived.
                pub fn as_json(&self) -> &::serde_json::Value {
                    &self.0
                }

                /// The JSON as it arrived, by value.
                pub fn into_json(self) -> ::serde_json::Value {
                    self.0
                }
            }

            impl ::std::fmt::Display for UnknownShape {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::std::fmt::Display::fmt(&self.0, f)
                }
            }

            impl ::serde::Serialize for UnknownShape {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    ::serde::Serialize::serialize(&self.0, serializer)
                }
            }

            impl<'de> ::serde::Deserialize<'de> for UnknownShape {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer).map(UnknownShape)
                }
            }
        });
    }
    syn::parse2::<syn::File>(tokens).expect("the support items parse").items
}

fn implements_trait(block: &syn::ItemImpl, trait_name: &str) -> bool {
    block.trait_.as_ref().is_some_and(|(p, _)| p.segments.last().is_some_and(|s| s.ident == trait_name))
}

/// Adds `Self::Unknown(x) => x.fmt(f)` to the `match self` of a union's `Display`.
struct AddDisplayArm {
    done: bool,
}

impl VisitMut for AddDisplayArm {
    fn visit_expr_match_mut(&mut self, expr: &mut syn::ExprMatch) {
        if matches!(&*expr.expr, syn::Expr::Path(p) if p.path.is_ident("self")) && !self.done {
            expr.arms.push(syn::parse_quote! { Self::Unknown(x) => ::std::fmt::Display::fmt(x, f), });
            self.done = true;
            return;
        }
        syn::visit_mut::visit_expr_match_mut(self, expr);
    }
}

/// Whether an impl block implements `trait_name` for `self_name`.
fn implements(item: &syn::Item, trait_name: &str, self_name: &str) -> bool {
    let syn::Item::Impl(item) = item else { return false };
    let Some((path, _)) = &item.trait_ else { return false };
    let self_matches = matches!(&*item.self_ty, syn::Type::Path(p) if p.path.is_ident(self_name));
    self_matches && path.segments.last().is_some_and(|s| s.ident == trait_name)
}

/// Rewrites the string enums and untagged unions: the ones in `open` get
/// an `Unknown` variant; every string enum gets its own `Display`,
/// `FromStr` and (when open) serde impls. `shapes_used` and `shown_used`
/// say whether other code (the discriminated unions) needs `UnknownShape`
/// and the `shown` helper.
pub fn apply(
    items: &mut Vec<syn::Item>,
    open: &BTreeSet<String>,
    shapes_used: bool,
    shown_used: bool,
) -> Result<(), String> {
    // typify's `Display` and `FromStr` of string enums give way to ours.
    let string_enums: BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e) if matches!(shape(e), Shape::StringEnum) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    items.retain(|item| {
        !string_enums.iter().any(|name| implements(item, "Display", name) || implements(item, "FromStr", name))
    });
    let mut out = Vec::with_capacity(items.len());
    let mut any_open_enum = false;
    let mut any_open_union = shapes_used;
    let mut open_unions: BTreeSet<String> = BTreeSet::new();
    for mut item in items.drain(..) {
        let mut after = Vec::new();
        if let syn::Item::Enum(item) = &mut item {
            let name = item.ident.to_string();
            let is_open = open.contains(&name);
            match shape(item) {
                Shape::StringEnum => {
                    let values: Vec<(syn::Ident, String)> =
                        item.variants.iter().map(|v| (v.ident.clone(), wire_name(v))).collect();
                    if is_open && values.iter().any(|(ident, _)| ident == "Unknown") {
                        return Err(format!("enum `{name}` has a value named `Unknown`, which the open enum needs"));
                    }
                    for variant in item.variants.iter_mut() {
                        if !variant.attrs.iter().any(|a| a.path().is_ident("doc")) {
                            let doc = format!(" `{}`", wire_name(variant));
                            variant.attrs.insert(0, syn::parse_quote! { #[doc = #doc] });
                        }
                    }
                    let ordered = if is_open {
                        any_open_enum = true;
                        open_string_enum(item)
                    } else {
                        false
                    };
                    after = string_enum_impls(&item.ident, &values, is_open, ordered);
                }
                Shape::UntaggedUnion if is_open => {
                    any_open_union = true;
                    open_unions.insert(name.clone());
                    item.attrs.push(syn::parse_quote! { #[non_exhaustive] });
                    let doc = " A value in none of the shapes above, which this version does not know: the JSON as it arrived, sent back unchanged.";
                    item.variants.push(syn::parse_quote! { #[doc = #doc] Unknown(UnknownShape) });
                }
                _ => {}
            }
        }
        out.push(item);
        out.extend(after);
    }
    for item in out.iter_mut() {
        let syn::Item::Impl(block) = item else { continue };
        let syn::Type::Path(self_ty) = &*block.self_ty else { continue };
        let Some(name) = self_ty.path.get_ident().map(ToString::to_string) else { continue };
        if open_unions.contains(&name) && implements_trait(block, "Display") {
            let mut arm = AddDisplayArm { done: false };
            arm.visit_item_impl_mut(block);
            if !arm.done {
                return Err(format!("typify's `Display` of `{name}` has no `match self` to extend"));
            }
        }
    }
    let rewritten = constrained_string_errors(&mut out);
    let shown = rewritten || !string_enums.is_empty() || shown_used;
    *items = support(shown, any_open_enum, any_open_union);
    items.append(&mut out);
    Ok(())
}

/// Drops serde's derives (replaced by impls that keep unknown values),
/// `Copy` (the unknown value is a `String`) and the derived order, and adds
/// `Unknown`. Returns whether the enum was ordered, for an order by value
/// in its place.
///
/// A derived order follows the variants, and `Unknown` is last: a value a
/// later version names would move from after every known value to the
/// place its variant is declared, and a value the spec adds would reorder
/// the derive (cargo-semver-checks: `partial_ord_enum_variants_reordered`).
/// Ordered by the value as it is sent, a value keeps its place whatever
/// the version knows.
fn open_string_enum(item: &mut syn::ItemEnum) -> bool {
    let mut ordered = false;
    for attr in item.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Ok(list) = attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        let kept: Vec<&syn::Path> = list
            .iter()
            .filter(|p| {
                let last = p.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                if matches!(last.as_str(), "Ord" | "PartialOrd") {
                    ordered = true;
                    return false;
                }
                !matches!(last.as_str(), "Serialize" | "Deserialize" | "Copy")
            })
            .collect();
        *attr = syn::parse_quote! { #[derive(#(#kept),*)] };
    }
    item.attrs.retain(|a| !a.path().is_ident("serde"));
    for variant in item.variants.iter_mut() {
        variant.attrs.retain(|a| !a.path().is_ident("serde"));
    }
    item.attrs.push(syn::parse_quote! { #[non_exhaustive] });
    let doc = " A value this version of the crate does not know, kept as it arrived; see [`UnknownValue`].";
    item.variants.push(syn::parse_quote! { #[doc = #doc] Unknown(UnknownValue) });
    ordered
}

fn string_enum_impls(
    name: &syn::Ident,
    values: &[(syn::Ident, String)],
    is_open: bool,
    ordered: bool,
) -> Vec<syn::Item> {
    let idents: Vec<&syn::Ident> = values.iter().map(|(i, _)| i).collect();
    let wires: Vec<&str> = values.iter().map(|(_, w)| w.as_str()).collect();
    let expected = wires.join(", ");
    let message = format!(" is not a valid {name}: expected one of {expected}");
    let unknown_arm = is_open.then(|| quote! { Self::Unknown(value) => value.as_str(), });
    let mut tokens = quote! {
        impl #name {
            /// The values this version of the crate knows, as they are sent.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The value as it is sent.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #wires,)*
                    #unknown_arm
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = self::error::ConversionError;

            /// Accepts only the values this version knows.
            fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
                match value {
                    #(#wires => Ok(Self::#idents),)*
                    _ => Err(format!("{}{}", shown(value), #message).into()),
                }
            }
        }
    };
    if ordered {
        tokens.extend(quote! {
            /// Ordered by the value as it is sent, so that a value keeps its
            /// place when a later version of the crate names it.
            impl ::std::cmp::Ord for #name {
                fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                    self.as_str().cmp(other.as_str())
                }
            }

            impl ::std::cmp::PartialOrd for #name {
                fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                    ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
                }
            }
        });
    }
    if is_open {
        tokens.extend(quote! {
            impl #name {
                /// Any value that arrived: the known ones as their variant, others as `Unknown`.
                fn from_wire(value: &str) -> Self {
                    match value {
                        #(#wires => Self::#idents,)*
                        _ => Self::Unknown(UnknownValue(value.to_owned())),
                    }
                }
            }

            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            impl<'de> ::serde::Deserialize<'de> for #name {
                /// Accepts every string: a value this version does not know becomes `Unknown`.
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                    Ok(Self::from_wire(&value))
                }
            }
        });
    }
    syn::parse2::<syn::File>(tokens).expect("enum impls parse").items
}

/// typify's constrained strings fail with "longer than 1024 characters";
/// the messages here name the type and the limit as well.
fn constrained_string_errors(items: &mut [syn::Item]) -> bool {
    struct Messages {
        type_name: String,
        rewritten: bool,
    }
    impl VisitMut for Messages {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = expr {
                let text = text.value();
                let name = &self.type_name;
                let replacement: Option<syn::Expr> = if let Some(rest) = text.strip_prefix("longer than ") {
                    let limit = rest.trim_end_matches(" characters");
                    let message = format!(" is not a valid {name}: at most {limit} characters are allowed");
                    Some(syn::parse_quote! { format!("{}{}", shown(value), #message) })
                } else if let Some(rest) = text.strip_prefix("shorter than ") {
                    let limit = rest.trim_end_matches(" characters");
                    let message = format!(" is not a valid {name}: at least {limit} characters are required");
                    Some(syn::parse_quote! { format!("{}{}", shown(value), #message) })
                } else if let Some(rest) = text.strip_prefix("doesn't match pattern ") {
                    let message = format!(" is not a valid {name}: it must match the pattern {rest}");
                    Some(syn::parse_quote! { format!("{}{}", shown(value), #message) })
                } else {
                    None
                };
                if let Some(replacement) = replacement {
                    *expr = replacement;
                    self.rewritten = true;
                    return;
                }
            }
            syn::visit_mut::visit_expr_mut(self, expr);
        }
    }
    let mut rewritten = false;
    for item in items.iter_mut() {
        let syn::Item::Impl(item) = item else { continue };
        let is_from_str =
            item.trait_.as_ref().is_some_and(|(p, _)| p.segments.last().is_some_and(|s| s.ident == "FromStr"));
        if !is_from_str {
            continue;
        }
        let syn::Type::Path(self_ty) = &*item.self_ty else { continue };
        let Some(type_name) = self_ty.path.get_ident().map(ToString::to_string) else { continue };
        let mut messages = Messages { type_name, rewritten: false };
        messages.visit_item_impl_mut(item);
        rewritten |= messages.rewritten;
    }
    rewritten
}
