//! Requests in one line: constructors and setters for every struct a
//! request carries, and the API's JSON:API envelopes built from their
//! attributes.
//!
//! For each struct a request can carry (never `#[non_exhaustive]`):
//!
//! - `new(…)` takes its required properties in field order, and the
//!   properties its schema names in `x-constructor-parameters` (what the
//!   struct is about, though optional on the wire, such as a tax run's
//!   `taxes`). A property whose type has one value (`type: subscription_job`)
//!   is filled in, as is a struct whose own `new` takes nothing. A
//!   parameter that is a struct of one required property takes anything
//!   that converts into it (`ScheduleJobType::BillingRun` for a
//!   `ScheduleJob`), through a `From` written for it.
//! - Each optional property gets a setter named after it, taking the value;
//!   an optional nullable one (`Option<Option<T>>`) gets `set_<name>` and
//!   `clear_<name>` (which sends `null`).
//!
//! For each envelope (a struct whose one property is `data`, a struct with
//! `attributes`), the setters of the attributes are repeated on the
//! envelope. When the attributes carry a discriminated union flattened into
//! them (`job_type`), the union gets one constructor per variant, named
//! after its tag (`JobTypeAttributes::tax_run(taxes)`), and so do the
//! attributes and the envelope (`JobCreateRequest::billing_run()`); a
//! variant's struct converts into the union and the envelope (`From`).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::model::unions::Unions;

/// How a field is filled.
#[derive(Clone)]
enum Fill {
    /// A parameter of `new`.
    Parameter,
    /// A type with one value: that value.
    Constant(TokenStream),
    /// A struct whose `new` takes nothing.
    Empty,
    /// Optional: `None`, or empty.
    Default,
}

/// A field of a struct, and how `new` fills it.
#[derive(Clone)]
struct Field {
    ident: syn::Ident,
    ty: syn::Type,
    fill: Fill,
    shape: Shape,
}

/// How an optional field holds its value.
#[derive(Clone)]
enum Shape {
    /// Required: the value itself.
    Value,
    /// `Option<T>`.
    Option(syn::Type),
    /// `Option<Option<T>>`: left out, `null`, or a value.
    TriState(syn::Type),
    /// A list or map, empty when left out.
    Collection,
}

/// Adds the constructors and setters to `items`. `requests` are the type
/// names a request can carry; `schemas` the document's component schemas.
pub fn apply(
    items: &mut Vec<syn::Item>,
    requests: &BTreeSet<String>,
    schemas: &Map<String, Value>,
    unions: &Unions,
) -> Result<(), String> {
    let requests: BTreeSet<String> = requests.iter().map(|name| crate::names::type_name(name)).collect();
    let item_names: BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    // Enums with one value (an open one's `Unknown` aside).
    let one_valued: BTreeMap<String, TokenStream> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e) => {
                let known: Vec<&syn::Variant> = e.variants.iter().filter(|v| v.ident != "Unknown").collect();
                match known.as_slice() {
                    [only] if matches!(only.fields, syn::Fields::Unit) => {
                        let (name, variant) = (&e.ident, &only.ident);
                        Some((name.to_string(), quote! { #name::#variant }))
                    }
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    let union_names: BTreeSet<String> = unions.unions.keys().map(|name| crate::names::type_name(name)).collect();
    let schema_of = |type_name: &str| -> Option<&Value> {
        schemas.iter().find(|(name, _)| crate::names::type_name(name) == type_name).map(|(_, schema)| schema)
    };
    let property_order = |type_name: &str| -> Vec<String> {
        schema_of(type_name)
            .and_then(|schema| schema.get("properties"))
            .and_then(Value::as_object)
            .map(|properties| properties.keys().map(|p| field_ident(p).to_string()).collect())
            .unwrap_or_default()
    };
    let parameters_named = |type_name: &str| -> BTreeSet<String> {
        schema_of(type_name)
            .and_then(|schema| schema.get("x-constructor-parameters"))
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).map(|n| field_ident(n).to_string()).collect())
            .unwrap_or_default()
    };

    // The request structs and their fields, in a first pass: which take
    // nothing decides how the others are filled.
    let mut structs: BTreeMap<String, Vec<Field>> = BTreeMap::new();
    for item in items.iter() {
        let syn::Item::Struct(item) = item else { continue };
        let name = item.ident.to_string();
        let syn::Fields::Named(named) = &item.fields else { continue };
        if !requests.contains(&name) || item.attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            continue;
        }
        let named_parameters = parameters_named(&name);
        let order = property_order(&name);
        let mut fields = Vec::new();
        for field in &named.named {
            let ident = field.ident.clone().ok_or_else(|| format!("{name} has a field without a name"))?;
            let shape = shape_of(field);
            let type_name = last_segment(&field.ty);
            let fill = if !matches!(shape, Shape::Value) && !named_parameters.contains(&ident.to_string()) {
                Fill::Default
            } else if let Some(value) = type_name.as_ref().and_then(|t| one_valued.get(t)) {
                Fill::Constant(value.clone())
            } else {
                Fill::Parameter
            };
            fields.push(Field { ident, ty: field.ty.clone(), fill, shape });
        }
        // Parameters in the order the schema lists its properties.
        fields.sort_by_key(|f| order.iter().position(|p| f.ident == p).unwrap_or(usize::MAX));
        structs.insert(name, fields);
    }
    // An envelope's `attributes` that take nothing (an update's, all
    // optional) start empty, with their `new()`.
    loop {
        let takes_nothing: BTreeSet<String> = structs
            .iter()
            .filter(|(_, fields)| fields.iter().all(|f| !matches!(f.fill, Fill::Parameter)))
            .map(|(name, _)| name.clone())
            .collect();
        let mut changed = false;
        for fields in structs.values_mut() {
            for field in fields.iter_mut() {
                if matches!(field.fill, Fill::Parameter)
                    && field.ident == "attributes"
                    && matches!(field.shape, Shape::Value)
                    && last_segment(&field.ty).is_some_and(|t| takes_nothing.contains(&t))
                {
                    field.fill = Fill::Empty;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    // Envelopes: one field, `data`, a struct with `attributes`.
    let envelope_names: BTreeSet<String> = structs
        .iter()
        .filter(|(_, fields)| match fields.as_slice() {
            [data] => {
                data.ident == "data"
                    && last_segment(&data.ty)
                        .and_then(|name| structs.get(&name))
                        .is_some_and(|fields| fields.iter().any(|f| f.ident == "attributes"))
            }
            _ => false,
        })
        .map(|(name, _)| name.clone())
        .collect();
    // A struct of one required field converts from that field's type.
    let wrappers: BTreeMap<String, syn::Type> = structs
        .iter()
        .filter(|(name, _)| !envelope_names.contains(*name))
        .filter_map(|(name, fields)| match fields.as_slice() {
            [only] if matches!(only.fill, Fill::Parameter) && matches!(only.shape, Shape::Value) => {
                let named = last_segment(&only.ty).is_some_and(|t| item_names.contains(&t));
                named.then(|| (name.clone(), only.ty.clone()))
            }
            _ => None,
        })
        .collect();

    let mut generated: Vec<syn::Item> = Vec::new();
    for (name, fields) in &structs {
        let ident = format_ident!("{name}");
        if union_names.contains(name) || envelope_names.contains(name) {
            continue;
        }
        generated.push(constructor(&ident, fields, &wrappers)?);
        if let Some(wrapped) = wrappers.get(name) {
            let field = &fields[0].ident;
            generated.push(syn::parse_quote! {
                impl ::std::convert::From<#wrapped> for #ident {
                    fn from(value: #wrapped) -> Self {
                        Self { #field: value }
                    }
                }
            });
        }
        let setters: Vec<TokenStream> = fields.iter().filter_map(|field| setter(field, &quote! {self})).collect();
        if !setters.is_empty() {
            generated.push(syn::parse_quote! {
                impl #ident {
                    #(#setters)*
                }
            });
        }
    }

    // Unions flattened into request attributes: a constructor per variant.
    for container in &unions.containers {
        let attributes = crate::names::type_name(&container.name);
        let Some(attribute_fields) = structs.get(&attributes) else { continue };
        let Some(union) = unions.unions.get(&container.union) else { continue };
        let union_ident = format_ident!("{}", crate::names::type_name(&container.union));
        let union_field = field_ident(&container.property);
        // The attributes' `new` must take the union alone.
        let parameters: Vec<&Field> = attribute_fields.iter().filter(|f| matches!(f.fill, Fill::Parameter)).collect();
        if !matches!(parameters.as_slice(), [only] if only.ident == union_field) {
            continue;
        }
        let attributes_ident = format_ident!("{attributes}");
        let mut union_constructors = Vec::new();
        let mut attribute_constructors = Vec::new();
        let mut variants = Vec::new();
        for variant in &union.variants {
            let method = format_ident!("{}", crate::names::variant_method(&variant.value));
            let variant_ident = format_ident!("{}", crate::names::variant_name(&variant.value));
            let doc = format!(" A `{}`.", variant.value);
            let (parameters, arguments, value) = if variant.has_fields {
                let struct_name = crate::names::type_name(&variant.schema);
                let struct_ident = format_ident!("{struct_name}");
                let fields = structs
                    .get(&struct_name)
                    .ok_or_else(|| format!("no struct {struct_name} for {}", variant.value))?;
                let (parameters, arguments) = parameters_of(fields, &wrappers);
                variants.push((struct_ident.clone(), variant_ident.clone()));
                (parameters, arguments.clone(), quote! { Self::#variant_ident(#struct_ident::new(#(#arguments),*)) })
            } else {
                (Vec::new(), Vec::new(), quote! { Self::#variant_ident })
            };
            union_constructors.push(quote! {
                #[doc = #doc]
                pub fn #method(#(#parameters),*) -> Self {
                    #value
                }
            });
            attribute_constructors.push((method, doc, parameters, arguments));
        }
        generated.push(syn::parse_quote! {
            impl #union_ident {
                #(#union_constructors)*
            }
        });
        for (struct_ident, variant_ident) in &variants {
            generated.push(syn::parse_quote! {
                impl ::std::convert::From<#struct_ident> for #union_ident {
                    fn from(value: #struct_ident) -> Self {
                        Self::#variant_ident(value)
                    }
                }
            });
        }
        let shortcuts = attribute_constructors.iter().map(|(method, doc, parameters, arguments)| {
            quote! {
                #[doc = #doc]
                pub fn #method(#(#parameters),*) -> Self {
                    Self::new(#union_ident::#method(#(#arguments),*))
                }
            }
        });
        generated.push(syn::parse_quote! {
            impl #attributes_ident {
                #(#shortcuts)*
            }
        });
        // The envelopes around these attributes.
        for (envelope, data, data_fields) in envelopes(&structs, &attributes) {
            let envelope_ident = format_ident!("{envelope}");
            let data_parameters: Vec<&Field> =
                data_fields.iter().filter(|f| matches!(f.fill, Fill::Parameter)).collect();
            if data_parameters.len() != 1 {
                continue;
            }
            let _ = data;
            let shortcuts = attribute_constructors.iter().map(|(method, doc, parameters, arguments)| {
                quote! {
                    #[doc = #doc]
                    pub fn #method(#(#parameters),*) -> Self {
                        Self::from(#attributes_ident::#method(#(#arguments),*))
                    }
                }
            });
            generated.push(syn::parse_quote! {
                impl #envelope_ident {
                    #(#shortcuts)*
                }
            });
            for (struct_ident, _) in &variants {
                generated.push(syn::parse_quote! {
                    impl ::std::convert::From<#struct_ident> for #envelope_ident {
                        fn from(value: #struct_ident) -> Self {
                            Self::from(#attributes_ident::new(#union_ident::from(value)))
                        }
                    }
                });
            }
        }
    }

    // Envelopes: `new` from the data's parameters, the attributes' setters.
    for envelope in &envelope_names {
        let [data] = structs[envelope].as_slice() else { continue };
        let Some(data_name) = last_segment(&data.ty) else { continue };
        let Some(data_fields) = structs.get(&data_name) else { continue };
        let Some(attributes) = data_fields.iter().find(|f| f.ident == "attributes") else { continue };
        let Some(attributes_name) = last_segment(&attributes.ty) else { continue };
        let Some(attribute_fields) = structs.get(&attributes_name) else { continue };
        let envelope_ident = format_ident!("{envelope}");
        let data_ident = format_ident!("{data_name}");
        let attributes_ident = format_ident!("{attributes_name}");
        // The data's parameters, the attributes given by theirs.
        let mut parameters = Vec::new();
        let mut arguments = Vec::new();
        for field in data_fields.iter().filter(|f| matches!(f.fill, Fill::Parameter)) {
            if field.ident == "attributes" {
                let (inner_parameters, inner_arguments) = parameters_of(attribute_fields, &wrappers);
                parameters.extend(inner_parameters);
                arguments.push(quote! { #attributes_ident::new(#(#inner_arguments),*) });
            } else {
                let (field_parameters, field_arguments) = parameters_of(std::slice::from_ref(field), &wrappers);
                parameters.extend(field_parameters);
                arguments.extend(field_arguments);
            }
        }
        let doc = format!(" A `{data_name}` of these values, in its envelope (`{{\"data\": …}}`).");
        let mut items_of_envelope = vec![quote! {
            #[doc = #doc]
            pub fn new(#(#parameters),*) -> Self {
                Self { data: #data_ident::new(#(#arguments),*) }
            }
        }];
        let attributes_path = quote! { self.data.attributes };
        items_of_envelope.extend(attribute_fields.iter().filter_map(|field| setter(field, &attributes_path)));
        generated.push(syn::parse_quote! {
            impl #envelope_ident {
                #(#items_of_envelope)*
            }
        });
        let data_parameters = data_fields.iter().filter(|f| matches!(f.fill, Fill::Parameter)).count();
        if data_parameters == 1 && matches!(attributes.fill, Fill::Parameter) {
            generated.push(syn::parse_quote! {
                impl ::std::convert::From<#attributes_ident> for #envelope_ident {
                    fn from(attributes: #attributes_ident) -> Self {
                        Self { data: #data_ident::new(attributes) }
                    }
                }
            });
        }
    }
    items.extend(generated);
    Ok(())
}

/// The envelopes (struct name, data struct name, data fields) whose data
/// holds `attributes` of type `attributes`.
fn envelopes<'a>(structs: &'a BTreeMap<String, Vec<Field>>, attributes: &str) -> Vec<(&'a str, String, &'a [Field])> {
    let mut found = Vec::new();
    for (envelope, fields) in structs {
        let [data] = fields.as_slice() else { continue };
        if data.ident != "data" {
            continue;
        }
        let Some(data_name) = last_segment(&data.ty) else { continue };
        let Some(data_fields) = structs.get(&data_name) else { continue };
        if data_fields.iter().any(|f| f.ident == "attributes" && last_segment(&f.ty).as_deref() == Some(attributes)) {
            found.push((envelope.as_str(), data_name, data_fields.as_slice()));
        }
    }
    found
}

/// `new`, filling every field.
fn constructor(
    ident: &syn::Ident,
    fields: &[Field],
    wrappers: &BTreeMap<String, syn::Type>,
) -> Result<syn::Item, String> {
    let (parameters, _) = parameters_of(fields, wrappers);
    let values = fields.iter().map(|field| {
        let name = &field.ident;
        let value = match &field.fill {
            Fill::Parameter if takes_into(&field.ty, wrappers) => quote! { #name.into() },
            Fill::Parameter if matches!(field.shape, Shape::Option(_)) => quote! { ::std::option::Option::Some(#name) },
            Fill::Parameter => return quote! { #name },
            Fill::Constant(value) => value.clone(),
            Fill::Empty => {
                let ty = &field.ty;
                quote! { #ty::new() }
            }
            Fill::Default => quote! { ::std::default::Default::default() },
        };
        quote! { #name: #value }
    });
    let doc = if parameters.is_empty() {
        format!(" A `{ident}` with nothing set: set what you need with its setters.")
    } else {
        format!(" A `{ident}` of its required values; set the others with its setters.")
    };
    Ok(syn::parse_quote! {
        impl #ident {
            #[doc = #doc]
            #[allow(clippy::new_without_default)]
            pub fn new(#(#parameters),*) -> Self {
                Self { #(#values),* }
            }
        }
    })
}

/// The parameters of a `new` over `fields`, and the arguments passing them on.
fn parameters_of(fields: &[Field], wrappers: &BTreeMap<String, syn::Type>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    fields
        .iter()
        .filter(|f| matches!(f.fill, Fill::Parameter))
        .map(|field| {
            let (name, ty) = (&field.ident, &field.ty);
            let ty = match &field.shape {
                Shape::Option(inner) => quote! { #inner },
                _ => quote! { #ty },
            };
            let parameter = if takes_into(&field.ty, wrappers) {
                quote! { #name: impl ::std::convert::Into<#ty> }
            } else {
                quote! { #name: #ty }
            };
            (parameter, quote! { #name })
        })
        .unzip()
}

/// Whether a parameter of this type takes anything that converts into it.
fn takes_into(ty: &syn::Type, wrappers: &BTreeMap<String, syn::Type>) -> bool {
    last_segment(ty).is_some_and(|name| wrappers.contains_key(&name))
}

/// The setter(s) of an optional field, on the struct at `path`.
fn setter(field: &Field, path: &TokenStream) -> Option<TokenStream> {
    let name = &field.ident;
    let bare = name.to_string();
    let bare = bare.trim_end_matches('_');
    match (&field.fill, &field.shape) {
        (Fill::Default, Shape::Option(inner)) => {
            let doc = format!(" Sets `{bare}`.");
            Some(quote! {
                #[doc = #doc]
                pub fn #name(mut self, value: #inner) -> Self {
                    #path.#name = ::std::option::Option::Some(value);
                    self
                }
            })
        }
        (Fill::Default, Shape::TriState(inner)) => {
            let (set, clear) = (format_ident!("set_{bare}"), format_ident!("clear_{bare}"));
            let (set_doc, clear_doc) = (format!(" Sets `{bare}`."), format!(" Removes `{bare}` (sends `null`)."));
            Some(quote! {
                #[doc = #set_doc]
                pub fn #set(mut self, value: #inner) -> Self {
                    #path.#name = ::std::option::Option::Some(::std::option::Option::Some(value));
                    self
                }
                #[doc = #clear_doc]
                pub fn #clear(mut self) -> Self {
                    #path.#name = ::std::option::Option::Some(::std::option::Option::None);
                    self
                }
            })
        }
        (Fill::Default, Shape::Collection) => {
            let ty = &field.ty;
            let doc = format!(" Sets `{bare}`.");
            Some(quote! {
                #[doc = #doc]
                pub fn #name(mut self, value: #ty) -> Self {
                    #path.#name = value;
                    self
                }
            })
        }
        _ => None,
    }
}

/// How a field holds its value.
fn shape_of(field: &syn::Field) -> Shape {
    if let Some(inner) = option_of(&field.ty) {
        return match option_of(&inner) {
            Some(innermost) => Shape::TriState(innermost),
            None => Shape::Option(inner),
        };
    }
    let defaulted = field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde") && {
            let text = quote! { #attr }.to_string();
            text.contains("default")
        }
    });
    if defaulted { Shape::Collection } else { Shape::Value }
}

/// `T` of an `Option<T>` (however the path is written).
fn option_of(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else { return None };
    match arguments.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner.clone()),
        _ => None,
    }
}

/// The last path segment of a plain type name (`Foo`, `crate::Foo`).
fn last_segment(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    matches!(last.arguments, syn::PathArguments::None).then(|| last.ident.to_string())
}

/// The Rust field of a property.
fn field_ident(property: &str) -> syn::Ident {
    crate::names::property_field(property)
}
