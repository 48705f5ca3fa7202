//! Examples that compile, for the client's methods.
//!
//! progenitor documents each method of `Client` with an example marked
//! `ignore`: it passes variables that are never declared (`.job_uuid(job_uuid)`)
//! and discards the result. Here each one becomes a `no_run` example that
//! rustdoc compiles: every parameter with a value (the parameter's
//! example, else its schema's), typed as the method's builder wants it; the
//! request body decoded from the spec's shortest example of it; the error
//! handled with `?`, and the success typed as the spec's response schema.
//! A parameter the spec gives no value is left out when optional, and
//! declared with `todo!()` when required, so the example still compiles.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::{Api, Operation, Param};

/// Rewrites the example of every operation's method on `Client`; fails when
/// a method or its example is missing, so a change in progenitor's output
/// cannot leave an `ignore` example behind.
pub fn rewrite(file: &mut syn::File, api: &Api, client_crate: &str) -> Result<(), String> {
    let setters = builder_setters(file)?;
    let mut rewritten = 0;
    for item in &mut file.items {
        let syn::Item::Impl(block) = item else { continue };
        if !super::client::is_client_impl(block) {
            continue;
        }
        for member in &mut block.items {
            let syn::ImplItem::Fn(method) = member else { continue };
            let name = method.sig.ident.to_string();
            let Some(op) = api.operations.iter().find(|op| crate::names::method_name(&op.id) == name) else { continue };
            let builder =
                setters.get(&op.id).ok_or_else(|| format!("progenitor wrote no builder `{}` for `{name}`", op.id))?;
            let example = example(op, builder, client_crate)?;
            replace_example(method, &example).map_err(|e| format!("`Client::{name}`: {e}"))?;
            rewritten += 1;
        }
    }
    if rewritten != api.operations.len() {
        return Err(format!("rewrote {rewritten} examples for {} operations", api.operations.len()));
    }
    Ok(())
}

/// Each setter of a builder, and the type it converts its value into:
/// `page_limit` → `::std::num::NonZeroU64`.
pub(crate) type Setters = BTreeMap<String, syn::Path>;

/// For each builder struct (named as the operation), its [`Setters`].
pub(crate) fn builder_setters(file: &syn::File) -> Result<BTreeMap<String, Setters>, String> {
    let module = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref(),
            _ => None,
        })
        .ok_or("progenitor's output has no `builder` module")?;
    let mut builders = BTreeMap::new();
    for item in &module.1 {
        let syn::Item::Impl(block) = item else { continue };
        let syn::Type::Path(self_ty) = &*block.self_ty else { continue };
        let Some(struct_name) = self_ty.path.segments.last() else { continue };
        let setters: &mut Setters = builders.entry(struct_name.ident.to_string()).or_default();
        for member in &block.items {
            let syn::ImplItem::Fn(method) = member else { continue };
            if let Some(target) = setter_target(&method.sig) {
                setters.insert(method.sig.ident.to_string(), target);
            }
        }
    }
    Ok(builders)
}

/// `T` in a setter's `where V: std::convert::TryInto<T>`.
fn setter_target(sig: &syn::Signature) -> Option<syn::Path> {
    let clause = sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(predicate) = predicate else { return None };
        predicate.bounds.iter().find_map(|bound| {
            let syn::TypeParamBound::Trait(bound) = bound else { return None };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else { return None };
            match arguments.args.first()? {
                syn::GenericArgument::Type(syn::Type::Path(target)) => Some(target.path.clone()),
                _ => None,
            }
        })
    })
}

/// The example's Markdown, fences included.
fn example(op: &Operation, setters: &Setters, client_crate: &str) -> Result<String, String> {
    let method = crate::names::method_name(&op.id);
    let mut lines = vec![
        "```no_run".to_owned(),
        format!("# async fn example(client: &{client_crate}::Client) -> Result<(), Box<dyn std::error::Error>> {{"),
    ];
    let success = op.responses.iter().find(|r| (200..300).contains(&r.status)).and_then(|r| r.schema.as_deref());
    if op.body.is_some() || success.is_some() {
        lines.push(format!("use {client_crate}::types;"));
    }
    let mut calls = Vec::new();
    for param in op.path_params.iter().chain(&op.query_params) {
        let setter = crate::names::method_name(&param.name);
        let target = setters.get(&setter).ok_or_else(|| format!("the builder `{}` has no setter `{setter}`", op.id))?;
        let Some(value) = value(param, target, client_crate, &mut lines) else { continue };
        calls.push(format!("    .{setter}({value})"));
    }
    if let Some(body) = &op.body {
        let shortest = body
            .media
            .iter()
            .flat_map(|media| &media.examples)
            .map(|example| serde_json::to_string_pretty(&example.value).expect("a JSON value serializes"))
            .min_by_key(|text| (text.len(), text.clone()));
        match shortest {
            Some(json) => {
                lines.push(format!(
                    "let body: types::{} = serde_json::from_value(serde_json::json!({json}))?;",
                    body.schema
                ));
            }
            None => lines.push(format!("let body: types::{} = todo!(\"the request\");", body.schema)),
        }
        calls.push("    .body(body)".to_owned());
    }
    let binding = if success.is_some() { "let response = " } else { "" };
    lines.push(format!("{binding}client.{method}()"));
    lines.extend(calls);
    lines.push("    .send()".to_owned());
    lines.push("    .await?;".to_owned());
    if let Some(schema) = success {
        lines.push(format!("let value: types::{schema} = response.into_inner();"));
    }
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    Ok(lines.join("\n"))
}

/// The expression passed to a parameter's setter, declaring a variable in
/// `lines` first when the value needs one; `None` leaves out an optional
/// parameter the spec gives no value.
fn value(param: &Param, target: &syn::Path, client_crate: &str, lines: &mut Vec<String>) -> Option<String> {
    let given = param.example.as_ref().or_else(|| param.schema.get("example"));
    let type_name = target.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
    let variable = crate::names::method_name(&param.name);
    let integer_suffix = match type_name.as_str() {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => Some(type_name.clone()),
        other => other.strip_prefix("NonZero").map(str::to_lowercase),
    };
    match (given, type_name.as_str(), integer_suffix) {
        (Some(Value::String(text)), "String", _) => Some(format!("{text:?}")),
        (Some(Value::String(text)), "Uuid", _) => {
            lines.push(format!("let {variable}: {client_crate}::uuid::Uuid = {text:?}.parse()?;"));
            Some(variable)
        }
        (Some(Value::Number(number)), _, Some(suffix)) if number.is_i64() || number.is_u64() => {
            Some(format!("{number}{suffix}"))
        }
        _ if !param.required => None,
        _ => {
            let path = target.segments.iter().map(|segment| segment.ident.to_string()).collect::<Vec<_>>().join("::");
            let path = if target.leading_colon.is_some() { format!("::{path}") } else { path };
            // todo!'s message is a format string: braces are doubled.
            let message = format!("the {}", param.name).replace('{', "{{").replace('}', "}}");
            lines.push(format!("let {variable}: {path} = todo!({message:?});"));
            Some(variable)
        }
    }
}

/// Replaces progenitor's `ignore` example in the method's documentation.
fn replace_example(method: &mut syn::ImplItemFn, example: &str) -> Result<(), String> {
    for attribute in &mut method.attrs {
        if !attribute.path().is_ident("doc") {
            continue;
        }
        let syn::Meta::NameValue(meta) = &mut attribute.meta else { continue };
        let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &meta.value else { continue };
        let doc = text.value();
        let Some(start) = doc.find("```ignore") else { continue };
        let end =
            doc[start + 3..].find("```").map(|at| start + 3 + at + 3).ok_or("its `ignore` example is not closed")?;
        let doc = format!("{}{example}{}", &doc[..start], &doc[end..]);
        meta.value = syn::parse_quote!(#doc);
        return Ok(());
    }
    Err("progenitor wrote no `ignore` example".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param(name: &str, required: bool, example: Option<Value>) -> Param {
        Param {
            name: name.to_owned(),
            location: crate::model::ParamLocation::Query,
            required,
            description: None,
            example,
            schema: serde_json::json!({"type": "integer"}),
            schema_ref: None,
            shape: crate::model::ParamShape::One(crate::model::Scalar::Integer { unsigned: false }),
            pointer: format!("/components/parameters/{name}"),
        }
    }

    #[test]
    fn values_are_typed_as_the_setter_wants_them() {
        let mut lines = Vec::new();
        let limit = param("page[limit]", false, Some(serde_json::json!(100)));
        assert_eq!(
            value(&limit, &syn::parse_quote!(::std::num::NonZeroU64), "c", &mut lines).as_deref(),
            Some("100u64")
        );
        assert_eq!(value(&limit, &syn::parse_quote!(i32), "c", &mut lines).as_deref(), Some("100i32"));
        let filter = param("filter", false, Some(serde_json::json!("eq(a,b)")));
        assert_eq!(
            value(&filter, &syn::parse_quote!(::std::string::String), "c", &mut lines).as_deref(),
            Some("\"eq(a,b)\"")
        );
        assert!(lines.is_empty(), "literals need no variable: {lines:?}");

        let id = param("job_uuid", true, Some(serde_json::json!("00000000-0000-0000-0000-000000000000")));
        assert_eq!(value(&id, &syn::parse_quote!(::uuid::Uuid), "c", &mut lines).as_deref(), Some("job_uuid"));
        assert_eq!(lines, ["let job_uuid: c::uuid::Uuid = \"00000000-0000-0000-0000-000000000000\".parse()?;"]);
    }

    #[test]
    fn a_parameter_without_a_value_is_left_out_or_declared() {
        let mut lines = Vec::new();
        let optional = param("page[offset]", false, None);
        assert_eq!(value(&optional, &syn::parse_quote!(i64), "c", &mut lines), None);
        // A fraction cannot be an integer literal: the same as no value.
        let fraction = param("page[offset]", true, Some(serde_json::json!(1.5)));
        assert_eq!(value(&fraction, &syn::parse_quote!(i64), "c", &mut lines).as_deref(), Some("page_offset"));
        assert_eq!(lines, ["let page_offset: i64 = todo!(\"the page[offset]\");"]);
    }

    #[test]
    fn the_ignore_example_is_replaced_and_its_absence_is_an_error() {
        let mut method: syn::ImplItemFn = syn::parse_quote! {
            #[doc = "Get job\n\n```ignore\nlet response = client.get_job()\n    .send()\n    .await;\n```\nAfter."]
            pub fn get_job(&self) {}
        };
        replace_example(&mut method, "```no_run\nnew\n```").unwrap();
        let syn::Meta::NameValue(meta) = &method.attrs[0].meta else { panic!("a doc attribute") };
        let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &meta.value else { panic!("a string") };
        assert_eq!(text.value(), "Get job\n\n```no_run\nnew\n```\nAfter.");

        // Already replaced (or never written by progenitor): no second example.
        assert_eq!(replace_example(&mut method, "x").unwrap_err(), "progenitor wrote no `ignore` example");
        let mut unclosed: syn::ImplItemFn = syn::parse_quote! {
            #[doc = "```ignore\nlet response = client.get_job();"]
            pub fn get_job(&self) {}
        };
        assert_eq!(replace_example(&mut unclosed, "x").unwrap_err(), "its `ignore` example is not closed");
    }
}
