//! Gives the optional nullable properties found by `model::nullable` their
//! three states in typify's output: `Option<Option<T>>` with serde_with's
//! `double_option`, in the struct and in its builder.

use std::collections::BTreeSet;

use syn::visit_mut::VisitMut;

use crate::model::nullable::TriStateField;

/// Rewrites the generated items of the types module. Fails if typify's
/// output no longer has the expected shape, rather than half-applying.
pub fn apply(items: &mut [syn::Item], fields: &BTreeSet<TriStateField>) -> Result<(), String> {
    let mut done: BTreeSet<(&str, &str, &str)> = BTreeSet::new();
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(item) => {
                let name = item.ident.to_string();
                for TriStateField { struct_name, field_name, description } in
                    fields.iter().filter(|f| f.struct_name == name)
                {
                    if let Some(field) = named_field(item, field_name)
                        && wrap_first_option(&mut field.ty)
                    {
                        field.attrs.retain(|a| !a.path().is_ident("serde"));
                        if let Some(description) = description {
                            for line in description.trim().lines() {
                                let line = format!(" {line}");
                                field.attrs.push(syn::parse_quote! { #[doc = #line] });
                            }
                        }
                        field.attrs.push(syn::parse_quote! {
                            #[doc = "\n\nThree states: `None` leaves it out, `Some(None)` is `null`, `Some(Some(value))` is a value."]
                        });
                        field.attrs.push(syn::parse_quote! {
                            #[serde(
                                default,
                                skip_serializing_if = "::std::option::Option::is_none",
                                with = "::serde_with::rust::double_option"
                            )]
                        });
                        done.insert((struct_name, field_name, "struct"));
                    }
                }
            }
            syn::Item::Mod(module) if module.ident == "builder" => {
                let Some((_, builder_items)) = module.content.as_mut() else { continue };
                for builder_item in builder_items.iter_mut() {
                    match builder_item {
                        syn::Item::Struct(item) => {
                            let name = item.ident.to_string();
                            for TriStateField { struct_name, field_name, .. } in
                                fields.iter().filter(|f| f.struct_name == name)
                            {
                                if let Some(field) = named_field(item, field_name)
                                    && wrap_first_option(&mut field.ty)
                                {
                                    done.insert((struct_name, field_name, "builder"));
                                }
                            }
                        }
                        syn::Item::Impl(item) if item.trait_.is_none() => {
                            let syn::Type::Path(self_ty) = &*item.self_ty else { continue };
                            let Some(self_name) = self_ty.path.get_ident().map(ToString::to_string) else {
                                continue;
                            };
                            for TriStateField { struct_name, field_name, .. } in
                                fields.iter().filter(|f| f.struct_name == self_name)
                            {
                                for impl_item in item.items.iter_mut() {
                                    let syn::ImplItem::Fn(setter) = impl_item else { continue };
                                    if setter.sig.ident != field_name {
                                        continue;
                                    }
                                    if let Some(clause) = setter.sig.generics.where_clause.as_mut() {
                                        let mut wrapper = WrapFirstOption { done: false };
                                        wrapper.visit_where_clause_mut(clause);
                                        if wrapper.done {
                                            done.insert((struct_name, field_name, "setter"));
                                        }
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    let missing: Vec<String> = fields
        .iter()
        .flat_map(|f| ["struct", "builder", "setter"].map(|part| (&f.struct_name, &f.field_name, part)))
        .filter(|(s, f, part)| !done.contains(&(s.as_str(), f.as_str(), *part)))
        .map(|(s, f, part)| format!("{s}.{f} ({part})"))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the generated types no longer have the shape the nullable rewrite expects; not rewritten: {}",
            missing.join(", ")
        ))
    }
}

fn named_field<'a>(item: &'a mut syn::ItemStruct, name: &str) -> Option<&'a mut syn::Field> {
    match &mut item.fields {
        syn::Fields::Named(named) => named.named.iter_mut().find(|f| f.ident.as_ref().is_some_and(|i| i == name)),
        _ => None,
    }
}

fn wrap_first_option(ty: &mut syn::Type) -> bool {
    let mut wrapper = WrapFirstOption { done: false };
    wrapper.visit_type_mut(ty);
    wrapper.done
}

/// Replaces the first `Option<T>` it meets with `Option<Option<T>>`.
struct WrapFirstOption {
    done: bool,
}

impl VisitMut for WrapFirstOption {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if self.done {
            return;
        }
        if let syn::Type::Path(path) = ty
            && path.qself.is_none()
            && path.path.segments.last().is_some_and(|s| s.ident == "Option")
        {
            let inner = ty.clone();
            *ty = syn::parse_quote! { ::std::option::Option<#inner> };
            self.done = true;
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}
