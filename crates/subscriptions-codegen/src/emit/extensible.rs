//! Structs only responses carry grow without breaking Rust users.
//!
//! A new optional property in a response is compatible over HTTP; in Rust it
//! is a new field, which breaks every struct literal outside the crate. So
//! every object struct reachable from a response, and from no request, is
//! `#[non_exhaustive]`, and
//! gets a constructor taking its required properties in document order
//! (its optional ones start out `None`, or empty, and are set on the value:
//! the fields stay public):
//!
//! ```text
//! let mut job = Job::new(attributes, id, meta, type_);
//! job.relationships = Some(relationships);
//! ```
//!
//! A new optional property is then a new field the constructor fills: a
//! minor change. A new required property is a new constructor parameter: a
//! major one, as cargo-semver-checks reports. Structs a request carries stay
//! literal-friendly, since clients build them all the time: a property
//! added to one is a major change in Rust (CONTRIBUTING.md, "Versions").

use std::collections::BTreeSet;

use quote::quote;

/// Whether `field` may be left out: an `Option`, or a `#[serde(default)]`.
fn optional(field: &syn::Field) -> bool {
    let is_option = matches!(&field.ty, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|last| last.ident == "Option"));
    let has_default = field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde") && {
            let mut found = false;
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("default") {
                    found = true;
                }
                // Skip the value of `key = "..."` items.
                if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
            found
        }
    });
    is_option || has_default
}

/// Marks the object structs named in `open_types` `#[non_exhaustive]` and
/// gives each a `new` constructor.
pub fn apply(items: &mut Vec<syn::Item>, open_types: &BTreeSet<String>) {
    let mut constructors = Vec::new();
    for (index, item) in items.iter_mut().enumerate() {
        let syn::Item::Struct(item) = item else { continue };
        let syn::Fields::Named(fields) = &item.fields else { continue };
        if !open_types.contains(&item.ident.to_string()) {
            continue;
        }
        item.attrs.push(syn::parse_quote!(#[non_exhaustive]));
        let name = &item.ident;
        let (mut parameters, mut values) = (Vec::new(), Vec::new());
        for field in &fields.named {
            let ident = field.ident.as_ref().expect("a named field");
            if optional(field) {
                values.push(quote!(#ident: ::std::default::Default::default()));
            } else {
                let ty = &field.ty;
                parameters.push(quote!(#ident: #ty));
                values.push(quote!(#ident));
            }
        }
        let doc = format!(
            " A `{name}` from its required properties; the optional ones start out \
             empty and are set on the value (the struct is `#[non_exhaustive]`, so \
             that a new optional property is not a breaking change)."
        );
        let allow = match parameters.len() {
            0 => Some(quote!(#[allow(clippy::new_without_default)])),
            8.. => Some(quote!(#[allow(clippy::too_many_arguments)])),
            _ => None,
        };
        let constructor: syn::Item = syn::parse_quote! {
            impl #name {
                #[doc = #doc]
                #allow
                pub fn new(#(#parameters),*) -> Self {
                    #name { #(#values),* }
                }
            }
        };
        constructors.push((index, constructor));
    }
    // After each struct, from the last so the indices hold.
    for (index, constructor) in constructors.into_iter().rev() {
        items.insert(index + 1, constructor);
    }
}
