//! The shared types crate: typify's types, one per schema.

use std::collections::BTreeSet;

use crate::nullable::{self, TriStateField};

/// Builds the types file from the items of progenitor's `types` module.
pub fn emit(mut items: Vec<syn::Item>, tri_state: &BTreeSet<TriStateField>) -> Result<syn::File, String> {
    nullable::apply(&mut items, tri_state)?;
    let mut file: syn::File = syn::parse_quote! {};
    file.items = items;
    Ok(file)
}
