//! Date-times as the API writes them: RFC 3339 in UTC with six fractional
//! digits (`2017-01-10T11:41:19.244842Z`).
//!
//! chrono writes as few fractional digits as the value needs (`…:19Z`,
//! `…:19.500Z`), so two times a microsecond apart could differ in length
//! and in sort order as text. Every `date-time` field is written with six
//! digits instead, or nine when the value has nanoseconds, so nothing that
//! arrived is lost; any RFC 3339 form is read.

use quote::quote;
use syn::visit_mut::VisitMut;

/// Adds `#[serde(with = …)]` to every `DateTime<Utc>` field (plain or
/// `Option`), and the module it names, when there is one.
pub fn apply(items: &mut Vec<syn::Item>) {
    let mut fields = Fields { changed: false };
    for item in items.iter_mut() {
        if let syn::Item::Struct(item) = item {
            fields.visit_item_struct_mut(item);
        }
    }
    if fields.changed {
        let module: syn::ItemMod = syn::parse2(quote! {
            /// Date-times with six fractional digits (nine for nanoseconds).
            mod rfc3339_micros {
                use ::chrono::{DateTime, SecondsFormat, Timelike, Utc};

                fn text(value: &DateTime<Utc>) -> ::std::string::String {
                    let digits = if value.nanosecond().is_multiple_of(1_000) { SecondsFormat::Micros } else { SecondsFormat::Nanos };
                    value.to_rfc3339_opts(digits, true)
                }

                pub fn serialize<S: ::serde::Serializer>(value: &DateTime<Utc>, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(&text(value))
                }

                pub fn deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<DateTime<Utc>, D::Error> {
                    <DateTime<Utc> as ::serde::Deserialize>::deserialize(deserializer)
                }

                /// The same for an optional date-time.
                pub mod option {
                    use ::chrono::{DateTime, Utc};

                    pub fn serialize<S: ::serde::Serializer>(value: &::std::option::Option<DateTime<Utc>>, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                        match value {
                            Some(value) => serializer.serialize_str(&super::text(value)),
                            None => serializer.serialize_none(),
                        }
                    }

                    pub fn deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<::std::option::Option<DateTime<Utc>>, D::Error> {
                        <::std::option::Option<DateTime<Utc>> as ::serde::Deserialize>::deserialize(deserializer)
                    }
                }
            }
        })
        .expect("the date-time module parses");
        let at = items.iter().position(|item| matches!(item, syn::Item::Mod(_))).unwrap_or(items.len());
        items.insert(at, syn::Item::Mod(module));
    }
}

struct Fields {
    changed: bool,
}

impl VisitMut for Fields {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        let ty = &field.ty;
        let text = quote!(#ty).to_string().replace(' ', "");
        let with = if text == "::chrono::DateTime<::chrono::offset::Utc>" {
            "rfc3339_micros"
        } else if text == "::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>" {
            "rfc3339_micros::option"
        } else {
            return;
        };
        field.attrs.push(syn::parse_quote! { #[serde(with = #with)] });
        if with.ends_with("option") && !has_default(&field.attrs) {
            field.attrs.push(syn::parse_quote! { #[serde(default)] });
        }
        self.changed = true;
    }
}

/// Whether a field already says `#[serde(default…)]`: `with` takes away the
/// `Option` field's implicit default, so it must be stated.
fn has_default(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("serde")).any(|attr| {
        let mut found = false;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                found = true;
            }
            if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
        found
    })
}
