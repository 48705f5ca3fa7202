//! Splitting progenitor's output into the types crate and the client crate,
//! and reworking the client: errors of the crate's own type, and a table of
//! the operations for the client's runtime.
//!
//! progenitor emits one file: a `types` module (typify's output) and the
//! client that uses it as `types::…`. The `types` module moves to the shared
//! types crate, and the client gets `pub use elasticpath_subscriptions_types as types;`
//! in its place, so every path in the client still resolves exactly as
//! progenitor wrote it, and the server crate can share the types without
//! depending on reqwest.

/// Returns (the items of the `types` module, the client file).
pub fn split(mut file: syn::File, types_path: &str) -> Result<(Vec<syn::Item>, syn::File), String> {
    let index = file
        .items
        .iter()
        .position(|item| matches!(item, syn::Item::Mod(m) if m.ident == "types"))
        .ok_or("progenitor's output has no `types` module")?;
    let syn::Item::Mod(module) = file.items.remove(index) else { unreachable!("position() matched a module") };
    let (_, items) = module.content.ok_or("progenitor's `types` module has no body")?;
    let types_path: syn::Path = syn::parse_str(types_path).map_err(|e| format!("the types path: {e}"))?;
    file.items.insert(
        index,
        syn::parse_quote! {
            /// The request and response types, from the shared types crate.
            pub use #types_path as types;
        },
    );
    Ok((items, file))
}

/// Reworks the client progenitor wrote:
///
/// - every builder's `send` returns the client crate's own `crate::Error`
///   (readable, bounded, with helpers), converted from progenitor's by
///   `crate::Error::from_progenitor`, named with the spec's operationId;
/// - `OPERATIONS` lists every operation (progenitor's id, the spec's
///   operationId, method, path template, and whether it may be retried),
///   for the runtime's retries and tracing;
/// - every method's example (progenitor writes them `ignore`, with
///   placeholders) becomes one that compiles, with typed values from the
///   spec's examples: see [`examples`](super::examples).
pub fn rework(file: &mut syn::File, api: &crate::model::Api, client_crate: &str) -> Result<(), String> {
    let mut wrapped = 0;
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else { continue };
        if module.ident != "builder" {
            continue;
        }
        let (_, items) = module.content.as_mut().ok_or("progenitor's `builder` module has no body")?;
        for item in items {
            let syn::Item::Impl(block) = item else { continue };
            for member in &mut block.items {
                let syn::ImplItem::Fn(method) = member else { continue };
                if method.sig.ident != "send" {
                    explain_conversion(method);
                    continue;
                }
                wrap_send(method, api)?;
                wrapped += 1;
            }
        }
    }
    if wrapped != api.operations.len() {
        return Err(format!("wrapped {wrapped} `send` methods for {} operations", api.operations.len()));
    }
    for op in &api.operations {
        if let Some(raw) = &op.raw_body {
            raw_body(file, op, &raw.media_type)?;
        }
    }
    restrict_constructors(file)?;
    super::examples::rewrite(file, api, client_crate)?;
    let rows = api.operations.iter().map(|op| {
        let (progenitor_id, name, method, path) =
            (crate::names::method_name(&op.id), &op.id, op.method.as_str(), &op.path);
        let idempotent = !matches!(op.method, crate::model::Method::Post | crate::model::Method::Patch);
        // A create whose collection lists with a `filter`: what it made can
        // be looked up by its `external_ref` before it is sent again.
        let findable = matches!(op.method, crate::model::Method::Post)
            && api.operations.iter().any(|list| {
                matches!(list.method, crate::model::Method::Get)
                    && list.path == op.path
                    && list.query_params.iter().any(|p| p.name == "filter")
            });
        quote::quote! {
            crate::Operation {
                progenitor_id: #progenitor_id,
                name: #name,
                method: #method,
                path: #path,
                idempotent: #idempotent,
                findable: #findable,
            }
        }
    });
    file.items.push(syn::parse_quote! {
        /// Every operation, for the client's runtime: progenitor's id, the
        /// spec's operationId, method, path template, whether a retry is
        /// safe once the request may have reached the server, and whether
        /// what a create made can be found by its `external_ref`.
        pub(crate) const OPERATIONS: &[crate::Operation] = &[#(#rows),*];
    });
    Ok(())
}

/// Corrects progenitor's own client (one not on this workspace's client
/// runtime) where it would send what the spec does not say: lists that are
/// not exploded, bodies that are not JSON. The helpers it then uses come
/// from the client crate at `client_crate`.
pub fn correct(file: &mut syn::File, api: &crate::model::Api, client_crate: &str) -> Result<(), String> {
    for op in &api.operations {
        if let Some(raw) = &op.raw_body {
            raw_body(file, op, &raw.media_type)?;
        }
    }
    let support: syn::Path = syn::parse_str(&format!("{client_crate}::__generated")).map_err(|e| e.to_string())?;
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else { continue };
        if module.ident != "builder" {
            continue;
        }
        let Some((_, items)) = module.content.as_mut() else { continue };
        for item in items {
            let syn::Item::Impl(block) = item else { continue };
            for member in &mut block.items {
                let syn::ImplItem::Fn(method) = member else { continue };
                if method.sig.ident != "send" {
                    explain_conversion(method);
                    continue;
                }
                let text = {
                    let body = &method.block;
                    quote::quote!(#body).to_string()
                };
                let progenitor_id = text.split("operation_id :").nth(1).and_then(|rest| rest.split('"').nth(1));
                let operation =
                    api.operations.iter().find(|op| Some(crate::names::method_name(&op.id).as_str()) == progenitor_id);
                if let Some(operation) = operation {
                    comma_separated(method, operation, &support);
                }
            }
        }
    }
    Ok(())
}

/// `send` with its body run as before, inside the call's scope (which
/// tells the runtime the operation by name, and records the answer), and
/// an error converted to the crate's own.
fn wrap_send(method: &mut syn::ImplItemFn, api: &crate::model::Api) -> Result<(), String> {
    let syn::ReturnType::Type(_, ty) = &method.sig.output else {
        return Err("a `send` without a return type".to_owned());
    };
    let ty = ty.clone();
    let syn::Type::Path(path) = &*ty else { return Err("a `send` that does not return a `Result`".to_owned()) };
    let last = path.path.segments.last().ok_or("an empty return type")?;
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return Err("a `send` whose `Result` has no arguments".to_owned());
    };
    let ok = arguments.args.first().ok_or("a `Result` without its success type")?.clone();
    // The operation is named by progenitor's id in the body: `operation_id: "list_jobs"`.
    let text = {
        let body = &method.block;
        quote::quote!(#body).to_string()
    };
    let progenitor_id = text
        .split("operation_id :")
        .nth(1)
        .and_then(|rest| rest.split('"').nth(1))
        .ok_or("a `send` that names no operation")?
        .to_owned();
    let name = api
        .operations
        .iter()
        .find(|op| crate::names::method_name(&op.id) == progenitor_id)
        .map(|op| op.id.clone())
        .ok_or_else(|| format!("progenitor's operation `{progenitor_id}` is not in the model"))?;
    if let Some(operation) = api.operations.iter().find(|op| op.id == name) {
        comma_separated(method, operation, &syn::parse_quote!(crate::__generated));
    }
    let body = &method.block;
    method.sig.output = syn::parse_quote! { -> Result<#ok, crate::Error> };
    method.block = syn::parse_quote! {{
        let (result, call): (#ty, _) = crate::runtime::scoped(#name, async move #body).await;
        match result {
            Ok(value) => Ok(value),
            Err(error) => Err(crate::Error::from_progenitor(error, call).await),
        }
    }};
    Ok(())
}

/// progenitor sends a body that is not JSON as `application/octet-stream`
/// (the model gave it that media type to read): it is sent with the spec's
/// media type instead, and a `multipart/form-data` body is a
/// `reqwest::multipart::Form`, which writes its own boundary.
fn raw_body(file: &mut syn::File, op: &crate::model::Operation, media_type: &str) -> Result<(), String> {
    use syn::visit_mut::VisitMut;
    let builder = crate::names::type_name(&op.id);
    let multipart = media_type.split(';').next().unwrap_or_default().trim().eq_ignore_ascii_case("multipart/form-data");
    struct Send {
        media_type: String,
        multipart: bool,
        rewritten: usize,
    }
    impl VisitMut for Send {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            let syn::Expr::MethodCall(body) = expr else { return };
            if body.method != "body" {
                return;
            }
            let syn::Expr::MethodCall(header) = &mut *body.receiver else { return };
            let text = header.args.iter().map(|a| quote::quote!(#a).to_string()).collect::<String>();
            if header.method != "header" || !text.contains("application/octet-stream") {
                return;
            }
            self.rewritten += 1;
            if self.multipart {
                let receiver = &header.receiver;
                let value = &body.args;
                *expr = syn::parse_quote! { #receiver.multipart(#value) };
            } else {
                let media_type = &self.media_type;
                header.args[1] = syn::parse_quote! { ::reqwest::header::HeaderValue::from_static(#media_type) };
            }
        }
    }
    struct Form;
    impl VisitMut for Form {
        fn visit_type_path_mut(&mut self, path: &mut syn::TypePath) {
            syn::visit_mut::visit_type_path_mut(self, path);
            if quote::quote!(#path).to_string().replace(' ', "") == "reqwest::Body" {
                *path = syn::parse_quote! { ::reqwest::multipart::Form };
            }
        }
    }
    let mut send = Send { media_type: media_type.to_owned(), multipart, rewritten: 0 };
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else { continue };
        if module.ident != "builder" {
            continue;
        }
        let Some((_, items)) = module.content.as_mut() else { continue };
        for item in items {
            match item {
                syn::Item::Struct(builder_struct) if builder_struct.ident == builder && multipart => {
                    Form.visit_item_struct_mut(builder_struct);
                }
                syn::Item::Impl(block) if matches!(&*block.self_ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == builder)) =>
                {
                    if multipart {
                        Form.visit_item_impl_mut(block);
                    }
                    send.visit_item_impl_mut(block);
                }
                _ => {}
            }
        }
    }
    if send.rewritten == 1 {
        Ok(())
    } else {
        Err(format!("found {} raw bodies sent by `{builder}`, expected one", send.rewritten))
    }
}

/// progenitor writes every list query parameter `name=a&name=b`; a list
/// the spec does not explode (`explode: false`) is written `name=a,b`, its
/// value wrapped in the runtime's `CommaSeparated`.
fn comma_separated(method: &mut syn::ImplItemFn, operation: &crate::model::Operation, support: &syn::Path) {
    use syn::visit_mut::VisitMut;
    let joined: Vec<String> = operation
        .query_params
        .iter()
        .filter(|p| matches!(p.shape, crate::model::ParamShape::List { explode: false, .. }))
        .map(|p| p.name.clone())
        .collect();
    if joined.is_empty() {
        return;
    }
    struct Wrap(Vec<String>, syn::Path);
    impl VisitMut for Wrap {
        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            syn::visit_mut::visit_expr_call_mut(self, call);
            let syn::Expr::Path(function) = &*call.func else { return };
            let segments: Vec<String> = function.path.segments.iter().map(|s| s.ident.to_string()).collect();
            if !segments.ends_with(&["QueryParam".to_owned(), "new".to_owned()]) || call.args.len() != 2 {
                return;
            }
            let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(name), .. })) = call.args.first() else { return };
            if !self.0.contains(&name.value()) {
                return;
            }
            let value = &call.args[1];
            let support = &self.1;
            call.args[1] = syn::parse_quote! { &#support::CommaSeparated(#value) };
        }
    }
    Wrap(joined, support.clone()).visit_block_mut(&mut method.block);
}

/// A builder's setter converts what it is given (`V: TryInto<T>`) and, on
/// failure, progenitor keeps only `conversion to `T` for NAME failed`: the
/// reason is lost (a filter that cannot be written, a page size of 0). The
/// setter is made to require a reason (`V::Error: Display`, which every
/// conversion into the API's types has) and to say `NAME: reason`.
fn explain_conversion(method: &mut syn::ImplItemFn) {
    use syn::visit_mut::VisitMut;
    let generic = method.sig.generics.type_params().map(|p| p.ident.clone()).collect::<Vec<_>>();
    let [generic] = generic.as_slice() else { return };
    let Some(clause) = method.sig.generics.where_clause.as_mut() else { return };
    let converts = clause.predicates.iter().any(|predicate| {
        matches!(predicate, syn::WherePredicate::Type(bound)
            if quote::quote!(#bound).to_string().contains("TryInto"))
    });
    if !converts {
        return;
    }
    clause.predicates.push(syn::parse_quote! { #generic::Error: ::std::fmt::Display });
    struct KeepReason;
    impl VisitMut for KeepReason {
        fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
            syn::visit_mut::visit_expr_method_call_mut(self, call);
            if call.method != "map_err" {
                return;
            }
            let Some(syn::Expr::Closure(closure)) = call.args.first() else { return };
            let syn::Expr::MethodCall(to_string) = &*closure.body else { return };
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(message), .. }) = &*to_string.receiver else {
                return;
            };
            // `conversion to `T` for NAME failed` says only NAME; keep it.
            let text = message.value();
            let name = text.rsplit_once(" for ").map_or(text.as_str(), |(_, rest)| rest.trim_end_matches(" failed"));
            let message = format!("{name}: {{e}}");
            call.args[0] = syn::parse_quote! { |e| format!(#message) };
        }
    }
    KeepReason.visit_block_mut(&mut method.block);
}

/// Whether `block` is an inherent `impl Client` (its constructors and one
/// method per operation), not a trait implementation.
pub(super) fn is_client_impl(block: &syn::ItemImpl) -> bool {
    block.trait_.is_none() && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
}

/// progenitor's `Client::new` and `new_with_client` would make a client
/// that skips the crate's own setup (its TLS, its user agent, its
/// timeouts), and `new` unwraps reqwest's build: the crate's builder is the
/// way in, so they are made `pub(crate)`.
fn restrict_constructors(file: &mut syn::File) -> Result<(), String> {
    let mut restricted = 0;
    for item in &mut file.items {
        let syn::Item::Impl(block) = item else { continue };
        if !is_client_impl(block) {
            continue;
        }
        for member in &mut block.items {
            if let syn::ImplItem::Fn(method) = member
                && (method.sig.ident == "new" || method.sig.ident == "new_with_client")
            {
                method.vis = syn::parse_quote!(pub(crate));
                method.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
                restricted += 1;
            }
        }
    }
    if restricted == 2 { Ok(()) } else { Err(format!("found {restricted} of the client's two constructors")) }
}
