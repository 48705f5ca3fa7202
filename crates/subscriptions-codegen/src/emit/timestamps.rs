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
                use ::chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};

                /// The text of a date-time, in `buf` (no string is
                /// allocated for it): what `to_rfc3339_opts` writes, with
                /// six digits or nine. `None` for a year of other than four
                /// digits, or a leap second: chrono writes those.
                fn text<'b>(value: &DateTime<Utc>, buf: &'b mut [u8; 30]) -> ::std::option::Option<&'b str> {
                    // In UTC the stored date and time are the ones written
                    // (a `DateTime`'s own accessors add the offset to them
                    // on every call).
                    let naive = value.naive_utc();
                    let (date, time) = (naive.date(), naive.time());
                    let nanos = time.nanosecond();
                    if !(0..=9999).contains(&date.year()) || nanos >= 1_000_000_000 {
                        return None;
                    }
                    let mut put = |at: usize, width: usize, mut n: u32| {
                        for i in (at..at + width).rev() {
                            buf[i] = b'0' + (n % 10) as u8;
                            n /= 10;
                        }
                    };
                    put(0, 4, date.year() as u32);
                    put(5, 2, date.month());
                    put(8, 2, date.day());
                    put(11, 2, time.hour());
                    put(14, 2, time.minute());
                    put(17, 2, time.second());
                    let end = if nanos.is_multiple_of(1_000) {
                        put(20, 6, nanos / 1_000);
                        buf[26] = b'Z';
                        27
                    } else {
                        put(20, 9, nanos);
                        buf[29] = b'Z';
                        30
                    };
                    ::std::str::from_utf8(&buf[..end]).ok()
                }

                /// Writes the text as one string (not through
                /// `collect_str`, whose formatting machinery costs more than
                /// the digits).
                pub fn serialize<S: ::serde::Serializer>(value: &DateTime<Utc>, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    let mut buf = *b"0000-00-00T00:00:00.000000000Z";
                    match text(value, &mut buf) {
                        Some(text) => serializer.serialize_str(text),
                        None => {
                            let digits = if value.nanosecond().is_multiple_of(1_000) {
                                SecondsFormat::Micros
                            } else {
                                SecondsFormat::Nanos
                            };
                            serializer.serialize_str(&value.to_rfc3339_opts(digits, true))
                        }
                    }
                }

                pub fn deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<DateTime<Utc>, D::Error> {
                    <DateTime<Utc> as ::serde::Deserialize>::deserialize(deserializer)
                }

                /// The same for an optional date-time.
                pub mod option {
                    use ::chrono::{DateTime, Utc};

                    pub fn serialize<S: ::serde::Serializer>(value: &::std::option::Option<DateTime<Utc>>, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                        match value {
                            Some(value) => super::serialize(value, serializer),
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
