//! Splitting progenitor's output into the types crate and the client crate.
//!
//! progenitor emits one file: a `types` module (typify's output) and the
//! client that uses it as `types::…`. The `types` module moves to the shared
//! types crate, and the client gets `pub use subscriptions_types as types;`
//! in its place, so every path in the client still resolves exactly as
//! progenitor wrote it, and the server crate can share the types without
//! depending on reqwest.

/// Returns (the items of the `types` module, the client file).
pub fn split(mut file: syn::File, types_crate: &str) -> Result<(Vec<syn::Item>, syn::File), String> {
    let index = file
        .items
        .iter()
        .position(|item| matches!(item, syn::Item::Mod(m) if m.ident == "types"))
        .ok_or("progenitor's output has no `types` module")?;
    let syn::Item::Mod(module) = file.items.remove(index) else { unreachable!("position() matched a module") };
    let (_, items) = module.content.ok_or("progenitor's `types` module has no body")?;
    let types_crate = syn::Ident::new(types_crate, proc_macro2::Span::call_site());
    file.items.insert(
        index,
        syn::parse_quote! {
            /// The request and response types, from the shared types crate.
            pub use #types_crate as types;
        },
    );
    Ok((items, file))
}
