//! The generator behind `cargo xtask generate`.
//!
//! It is a pure function from the OpenAPI document to a set of files:
//! [`generate`] returns every generated file's path (relative to the
//! workspace root) and contents, and touches nothing on disk. The xtask
//! writes them; the freshness test compares them with what is committed.
//!
//! Phases: [`spec`] loads the document and reports errors with JSON pointers;
//! [`model`] checks it against what the generators support and resolves the
//! operations; [`progenitor_run`] runs progenitor; `types` and `client` split
//! its output into the types and client crates; [`server`] emits the server
//! trait and router; [`format`](mod@format) formats and stamps the files.

pub mod format;
pub mod json_schema;
pub mod model;
pub mod nullable;
pub mod open;
pub mod progenitor_run;
pub mod server;
pub mod spec;
pub mod timestamps;
pub mod unions;

mod client;
mod types;

use std::collections::BTreeMap;
use std::path::Path;

pub use spec::{Spec, SpecError, SpecErrors};

/// Where the document lives, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/subscriptions.yaml";

/// The generated types crate's file.
pub const TYPES_FILE: &str = "crates/subscriptions-types/src/generated.rs";
/// The generated client crate's file.
pub const CLIENT_FILE: &str = "crates/subscriptions-client/src/generated.rs";
/// The generated server crate's file.
pub const SERVER_FILE: &str = "crates/subscriptions-server/src/generated.rs";

/// The Rust name of the types crate, as the client refers to it.
const TYPES_CRATE: &str = "subscriptions_types";

/// Generated files, by path relative to the workspace root.
pub type Files = BTreeMap<String, String>;

/// The server generator alone, for a small fixture document: one
/// self-contained module holding the fixture's types (`mod types`) and the
/// server code, using the runtime of the `subscriptions-server` crate. The
/// snapshot tests compare and compile it.
pub fn server_snapshot(spec: &Spec, header: &str) -> Result<String, SpecErrors> {
    let api = model::Api::build(spec)?;
    let tri_state = nullable::find(spec).map_err(SpecErrors)?;
    let tokens = progenitor_run::generate(spec, &api.unions)?;
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| SpecErrors::one(spec.error("", format!("progenitor produced unparsable code: {e}"))))?;
    let (types_items, _) = client::split(file, TYPES_CRATE).map_err(|e| SpecErrors::one(spec.error("", e)))?;
    let types_file = types::emit(types_items, &tri_state, &api.unions, &api.response_schemas())
        .map_err(|e| SpecErrors::one(spec.error("", e)))?;
    let paths = server::ServerPaths {
        types: syn::parse_quote!(self::types),
        runtime: syn::parse_quote!(::subscriptions_server::runtime),
        trait_name: "Api".to_owned(),
    };
    let mut server_file = server::emit(spec, &api, &paths).map_err(SpecErrors)?;
    let type_items = types_file.items;
    server_file.items.insert(
        0,
        syn::parse_quote! {
            /// The fixture's types, as typify generates them.
            #[allow(dead_code, clippy::all)]
            pub mod types {
                #(#type_items)*
            }
        },
    );
    Ok(format!("{header}{}", prettyplease::unparse(&server_file)))
}

/// Loads the document at `root/SPEC_PATH` and generates every file.
pub fn generate_workspace(root: &Path) -> Result<Files, SpecErrors> {
    let spec = Spec::load(&root.join(SPEC_PATH), SPEC_PATH)?;
    generate(&spec)
}

/// Generates every file from a loaded document.
pub fn generate(spec: &Spec) -> Result<Files, SpecErrors> {
    let mut errors = Vec::new();
    let api = model::Api::build(spec).unwrap_or_else(|e| {
        errors.extend(e.0);
        model::Api { operations: Vec::new(), unions: Default::default() }
    });
    let tri_state = nullable::find(spec).unwrap_or_else(|e| {
        errors.extend(e);
        Default::default()
    });
    if !errors.is_empty() {
        return Err(SpecErrors(errors));
    }
    let tokens = progenitor_run::generate(spec, &api.unions)?;
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| SpecErrors::one(spec.error("", format!("progenitor produced unparsable code: {e}"))))?;
    let (types_items, client_items) =
        client::split(file, TYPES_CRATE).map_err(|e| SpecErrors::one(spec.error("", e)))?;
    let types_file = types::emit(types_items, &tri_state, &api.unions, &api.response_schemas())
        .map_err(|e| SpecErrors::one(spec.error("/components/schemas", e)))?;

    let server_file = server::emit(spec, &api, &server::crate_paths()).map_err(SpecErrors)?;

    let mut files = Files::new();
    files.insert(TYPES_FILE.to_owned(), format::render(&spec.file, types_file));
    files.insert(CLIENT_FILE.to_owned(), format::render(&spec.file, client_items));
    files.insert(SERVER_FILE.to_owned(), format::render(&spec.file, server_file));
    Ok(files)
}
