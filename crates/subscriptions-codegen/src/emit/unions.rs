//! The enums of discriminated unions (found by `model::unions`): one variant
//! per mapped value, read by the discriminator first; and the flattened
//! field that includes a union in its containers.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::unions::{Union, Unions};

/// Adds `#[serde(flatten)]` to the union field of each container struct.
/// Fails if typify's output no longer has that field.
pub fn flatten(items: &mut [syn::Item], unions: &Unions) -> Result<(), String> {
    for container in &unions.containers {
        let field_name = crate::names::property_field(&container.property);
        let found = items.iter_mut().find_map(|item| match item {
            syn::Item::Struct(item) if item.ident == crate::names::type_name(&container.name) => match &mut item.fields
            {
                syn::Fields::Named(named) => {
                    named.named.iter_mut().find(|f| f.ident.as_ref().is_some_and(|i| *i == field_name))
                }
                _ => None,
            },
            _ => None,
        });
        let Some(field) = found else {
            return Err(format!("typify gave `{}` no field `{field_name}` to flatten the union into", container.name));
        };
        field.attrs.retain(|a| !a.path().is_ident("serde"));
        let doc = format!(
            "\n\nThe `{}` and the attributes that depend on it, flattened into this object.",
            container.property
        );
        field.attrs.push(syn::parse_quote! { #[doc = #doc] });
        field.attrs.push(syn::parse_quote! { #[serde(flatten)] });
    }
    // typify's builders name types from inside `mod builder` as `super::X`,
    // but a replaced type by its bare name.
    if let Some(syn::Item::Mod(builder)) =
        items.iter_mut().find(|item| matches!(item, syn::Item::Mod(m) if m.ident == "builder"))
        && let Some((_, content)) = builder.content.as_mut()
    {
        // Only the names the builders use bare (a union no builder holds,
        // or one only `super::`-named, needs no import).
        struct Bare(BTreeSet<String>);
        impl syn::visit_mut::VisitMut for Bare {
            fn visit_path_mut(&mut self, path: &mut syn::Path) {
                if path.leading_colon.is_none() && path.segments.len() == 1 {
                    self.0.insert(path.segments[0].ident.to_string());
                }
                syn::visit_mut::visit_path_mut(self, path);
            }
        }
        let mut bare = Bare(BTreeSet::new());
        for item in content.iter_mut() {
            syn::visit_mut::VisitMut::visit_item_mut(&mut bare, item);
        }
        for name in unions.unions.keys() {
            let ident = format_ident!("{}", crate::names::type_name(name));
            if bare.0.contains(&ident.to_string()) {
                content.insert(0, syn::parse_quote! { use super::#ident; });
            }
        }
    }
    Ok(())
}

/// The variant names typify gave the values of a string enum: value → ident.
fn enum_variants(items: &[syn::Item], name: &str) -> Option<BTreeMap<String, syn::Ident>> {
    items.iter().find_map(|item| match item {
        syn::Item::Enum(item) if item.ident == name => Some(
            item.variants
                .iter()
                .filter(|v| matches!(v.fields, syn::Fields::Unit))
                .map(|v| (crate::emit::open::wire_name(v), v.ident.clone()))
                .collect(),
        ),
        _ => None,
    })
}

/// Emits the enum of each union. `open` says which unions keep a value
/// they do not know as `Unknown` (those a response can carry).
/// Each union's items come with the Rust name of its enum.
pub fn emit(
    items: &[syn::Item],
    unions: &Unions,
    open: &BTreeSet<String>,
) -> Result<Vec<(String, Vec<syn::Item>)>, String> {
    let mut out = Vec::new();
    for union in unions.unions.values() {
        let rust = crate::names::type_name(&union.name);
        let is_open = open.contains(&rust);
        out.push((rust, emit_one(items, union, is_open)?));
    }
    Ok(out)
}

fn emit_one(items: &[syn::Item], union: &Union, is_open: bool) -> Result<Vec<syn::Item>, String> {
    let name = format_ident!("{}", crate::names::type_name(&union.name));
    let property = &union.property;
    let doc = crate::format::doc_lines(union.description.as_deref().unwrap_or(""));
    let mut variants = Vec::new();
    let mut tags = Vec::new();
    let mut serialize_arms = Vec::new();
    let mut deserialize_arms = Vec::new();
    let mut kind_arms = Vec::new();
    let property_type = match &union.property_schema {
        Some(schema) => {
            let ident = format_ident!("{}", crate::names::type_name(schema));
            let idents = enum_variants(items, &ident.to_string())
                .ok_or_else(|| format!("typify made no enum `{ident}` for `{}` of `{}`", property, union.name))?;
            Some((ident, idents))
        }
        None => None,
    };
    for variant in &union.variants {
        let ident = format_ident!("{}", crate::names::variant_name(&variant.value));
        let value = &variant.value;
        let text = format!(
            "`{value}`{}",
            variant.description.as_deref().map(|d| format!(": {}", d.trim())).unwrap_or_default()
        );
        let variant_doc = crate::format::doc_lines(&text);
        let pattern = if variant.has_fields {
            quote! { Self::#ident(_) }
        } else {
            quote! { Self::#ident }
        };
        tags.push(quote! { #pattern => #value });
        if variant.has_fields {
            let payload = format_ident!("{}", crate::names::type_name(&variant.schema));
            variants.push(quote! { #(#variant_doc)* #ident(#payload) });
            serialize_arms.push(quote! {
                Self::#ident(fields) => Tagged { tag: #value, fields }.serialize(serializer)
            });
            let on_error = if is_open {
                quote! { Err(_) => Ok(Self::Unknown(UnknownShape(object))) }
            } else {
                quote! { Err(error) => Err(<D::Error as ::serde::de::Error>::custom(format!("{} `{}`: {error}", #property, #value))) }
            };
            deserialize_arms.push(quote! {
                #value => match #payload::deserialize(&object) {
                    Ok(fields) => Ok(Self::#ident(fields)),
                    #on_error,
                }
            });
        } else {
            variants.push(quote! { #(#variant_doc)* #ident });
            serialize_arms.push(quote! {
                Self::#ident => {
                    let mut map = ::serde::Serializer::serialize_map(serializer, Some(1))?;
                    ::serde::ser::SerializeMap::serialize_entry(&mut map, #property, #value)?;
                    ::serde::ser::SerializeMap::end(map)
                }
            });
            deserialize_arms.push(quote! { #value => Ok(Self::#ident) });
        }
        if let Some((property_type, idents)) = &property_type {
            let known = idents.get(value).ok_or_else(|| {
                format!("`{property_type}` has no variant for `{value}`, which `{}` maps", union.name)
            })?;
            kind_arms.push(quote! { #pattern => #property_type::#known });
        }
    }
    let values: Vec<&str> = union.variants.iter().map(|v| v.value.as_str()).collect();
    let expected = values.join(", ");
    if is_open {
        let unknown_doc = format!(
            " A `{property}` this version does not know, or attributes that do not decode as the variant \
             its `{property}` names: the whole object as it arrived, sent back unchanged."
        );
        variants.push(quote! { #[doc = #unknown_doc] Unknown(UnknownShape) });
        tags.push(quote! {
            Self::Unknown(shape) => shape.as_json().get(#property).and_then(::serde_json::Value::as_str).unwrap_or_default()
        });
        serialize_arms.push(quote! { Self::Unknown(shape) => shape.serialize(serializer) });
        deserialize_arms.push(quote! { _ => Ok(Self::Unknown(UnknownShape(object))) });
        if let Some((property_type, _)) = &property_type {
            kind_arms.push(quote! { Self::Unknown(_) => #property_type::from_wire(self.tag()) });
        }
    } else {
        let message = format!("`{property}` must be one of {expected}, not ");
        deserialize_arms.push(quote! {
            other => Err(<D::Error as ::serde::de::Error>::custom(format!("{}{}", #message, shown(other))))
        });
    }
    let tag_doc = format!(" The `{property}` of these attributes, as sent on the wire.");
    let kind_fn = property_type.as_ref().map(|(property_type, _)| {
        let kind_ident = crate::names::property_field(property);
        let kind_doc = format!(" The `{property}` of these attributes.");
        quote! {
            #[doc = #kind_doc]
            pub fn #kind_ident(&self) -> #property_type {
                match self {
                    #(#kind_arms,)*
                }
            }
        }
    });
    let non_exhaustive = is_open.then(|| quote! { #[non_exhaustive] });
    let missing = if is_open {
        quote! { Ok(Self::Unknown(UnknownShape(object))) }
    } else {
        let message = format!("missing `{property}`");
        quote! { Err(<D::Error as ::serde::de::Error>::custom(#message)) }
    };
    let tokens: TokenStream = quote! {
        #(#doc)*
        #[derive(Clone, Debug, PartialEq)]
        #non_exhaustive
        pub enum #name {
            #(#variants,)*
        }

        impl #name {
            #[doc = #tag_doc]
            pub fn tag(&self) -> &str {
                match self {
                    #(#tags,)*
                }
            }

            #kind_fn
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                #[derive(::serde::Serialize)]
                struct Tagged<'a, T: ::serde::Serialize> {
                    #[serde(rename = #property)]
                    tag: &'a str,
                    #[serde(flatten)]
                    fields: &'a T,
                }
                match self {
                    #(#serialize_arms,)*
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let object = ::serde_json::Value::Object(::serde_json::Map::deserialize(deserializer)?);
                // The tag is borrowed: no arm that moves the object reads it.
                let tag = match object.get(#property).and_then(::serde_json::Value::as_str) {
                    Some(tag) => tag,
                    None => return #missing,
                };
                match tag {
                    #(#deserialize_arms,)*
                }
            }
        }
    };
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("the enum of union `{}` does not parse: {e}", union.name))?;
    Ok(file.items)
}
