//! The generator behind `cargo xtask generate`.
//!
//! It is a pure function from the OpenAPI document to a set of files:
//! [`generate`] returns every generated file's path (relative to the
//! workspace root) and contents, and touches nothing on disk. The xtask
//! writes them; the freshness test compares them with what is committed.
//!
//! Phases, each a module:
//!
//! 1. [`spec`] loads the document; its errors name the file and the JSON
//!    pointer of the node.
//! 2. [`model`] reads it, the only code that does, into an [`model::Api`]:
//!    operations, routes, the error format, unions, three-state properties,
//!    examples, and the document as typify should see it.
//! 3. [`progenitor_run`] runs progenitor (types and client).
//! 4. [`emit`] writes the Rust: the types crate (typify's output, reworked),
//!    the client crate, and the server crate (our generator).
//! 5. [`format`](mod@format) formats and stamps each file.

pub mod emit;
pub mod format;
pub mod json_schema;
pub mod lower;
pub mod model;
pub mod names;
pub mod openapi31;
pub mod progenitor_run;
pub mod spec;

use std::collections::BTreeMap;
use std::path::Path;

pub use spec::{Spec, SpecError, SpecErrors};

/// Where the document lives, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/subscriptions.yaml";

/// The generated types crate's file.
pub const TYPES_FILE: &str = "crates/elasticpath-subscriptions-types/src/generated.rs";
/// The generated client crate's file.
pub const CLIENT_FILE: &str = "crates/elasticpath-subscriptions-client/src/generated.rs";
/// The generated server crate's file.
pub const SERVER_FILE: &str = "crates/elasticpath-subscriptions-server/src/generated.rs";
/// The document the server serves at `/openapi.json`, pretty-printed.
pub const OPENAPI_JSON_FILE: &str = "crates/elasticpath-subscriptions-server/src/openapi.json";

/// The Rust name of the types crate, as the client refers to it.
const TYPES_CRATE: &str = "elasticpath_subscriptions_types";
/// The client crate, as its examples name it.
const CLIENT_CRATE: &str = "elasticpath_subscriptions_client";

/// Generated files, by path relative to the workspace root.
pub type Files = BTreeMap<String, String>;

/// Why generation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document has problems; each names its file and JSON pointer.
    #[error("{0}")]
    Spec(#[from] SpecErrors),
    /// The generator itself went wrong: a bug to report, not a problem of
    /// the document.
    #[error("internal error of the generator while {phase}: {message}")]
    Internal {
        /// What it was doing.
        phase: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl Error {
    fn internal(phase: &'static str) -> impl FnOnce(String) -> Error {
        move |message| Error::Internal { phase, message }
    }
}

/// Where the generated code of one document goes, and how it names what it uses.
#[derive(Clone, Debug)]
pub struct Target {
    /// The types file (`None`: the types go into the server file, in `mod types`).
    pub types_file: Option<String>,
    /// The client file (`None`: no client).
    pub client_file: Option<String>,
    /// The server file.
    pub server_file: String,
    /// The JSON document file, next to the server file.
    pub openapi_file: String,
    /// How the server code names the types, the runtime and the trait.
    pub server: emit::server::ServerPaths,
    /// For a snapshot, the command that refreshes it (named in its header);
    /// `None` for the workspace's files, stamped with [`format::MARKER`].
    pub refresh: Option<String>,
    /// How the client names the types (`elasticpath_subscriptions_types`,
    /// or `crate::types` for a crate of its own).
    pub types_path: String,
    /// The examples file (`None`: none): a server answering each operation
    /// with its response examples, and a call of each operation through
    /// the client ([`emit::example_server`]). Needs the client.
    pub examples_file: Option<String>,
    /// Whether the client is this workspace's, on the client crate's
    /// runtime (tokens, retries, readable errors); otherwise it is
    /// progenitor's own, with the generator's corrections of what it sends.
    pub client_runtime: bool,
}

impl Target {
    /// The workspace's own crates.
    pub fn workspace() -> Target {
        Target {
            types_file: Some(TYPES_FILE.to_owned()),
            client_file: Some(CLIENT_FILE.to_owned()),
            server_file: SERVER_FILE.to_owned(),
            openapi_file: OPENAPI_JSON_FILE.to_owned(),
            server: emit::server::ServerPaths::workspace(),
            refresh: None,
            types_path: TYPES_CRATE.to_owned(),
            examples_file: None,
            client_runtime: true,
        }
    }

    /// Any document, generated into a crate of its own under `dir/src`:
    /// `types.rs`, `client.rs` (progenitor's client), `server.rs` (on the
    /// published server crate's runtime), `examples.rs` and `openapi.json`.
    /// The crate's `lib.rs` declares them as `types`, `client`, `server`
    /// and `examples`.
    pub fn external(dir: &str, refresh: &str) -> Target {
        Target {
            types_file: Some(format!("{dir}/src/types.rs")),
            client_file: Some(format!("{dir}/src/client.rs")),
            server_file: format!("{dir}/src/server.rs"),
            openapi_file: format!("{dir}/src/openapi.json"),
            server: emit::server::ServerPaths::external("openapi.json"),
            refresh: Some(refresh.to_owned()),
            types_path: "crate::types".to_owned(),
            examples_file: Some(format!("{dir}/src/examples.rs")),
            client_runtime: false,
        }
    }

    /// A snapshot of the server generator for a fixture document: one file
    /// `dir/name.rs` holding the fixture's types (`mod types`) and its
    /// server, compiled inside the server crate's tests, and
    /// `dir/name.openapi.json`.
    pub fn snapshot(dir: &str, name: &str, refresh: &str) -> Target {
        Target {
            types_file: None,
            client_file: None,
            server_file: format!("{dir}/{name}.rs"),
            openapi_file: format!("{dir}/{name}.openapi.json"),
            server: emit::server::ServerPaths::fixture(&format!("{name}.openapi.json")),
            refresh: Some(refresh.to_owned()),
            types_path: TYPES_CRATE.to_owned(),
            examples_file: None,
            client_runtime: true,
        }
    }
}

/// Loads the document at `root/SPEC_PATH` and generates every file.
pub fn generate_workspace(root: &Path) -> Result<Files, Error> {
    let spec = Spec::load(&root.join(SPEC_PATH), SPEC_PATH)?;
    generate(&spec, &Target::workspace())
}

/// Generates every file of `target` from a loaded document.
pub fn generate(spec: &Spec, target: &Target) -> Result<Files, Error> {
    let api = model::Api::build(spec)?;
    let document = api.typify_document.as_ref().ok_or_else(|| Error::Internal {
        phase: "reading the model",
        message: "the model holds no document for typify".to_owned(),
    })?;
    let tokens = progenitor_run::generate(spec, document, &api.unions, target.client_runtime)?;
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| Error::internal("parsing progenitor's output")(e.to_string()))?;
    let (types_items, mut client) =
        emit::client::split(file, &target.types_path).map_err(Error::internal("splitting progenitor's output"))?;
    if target.client_file.is_some() {
        if target.client_runtime {
            emit::client::rework(&mut client, &api, CLIENT_CRATE).map_err(Error::internal("reworking the client"))?;
        } else {
            emit::client::correct(&mut client, &api, &format!("::{CLIENT_CRATE}"))
                .map_err(Error::internal("correcting the client"))?;
        }
    }
    let types = emit::types::emit(
        types_items,
        &api.tri_state,
        &api.unions,
        &api.response_schemas(),
        &api.request_schemas(),
        &api.schemas,
    )
    .map_err(Error::internal("reworking typify's types"))?;
    let mut server = emit::server::emit(&api, &target.server);

    let mut files = Files::new();
    let header = match &target.refresh {
        Some(refresh) => format::snapshot_header(&spec.file, refresh),
        None => format::header(&spec.file),
    };
    match &target.types_file {
        Some(path) => {
            files.insert(path.clone(), format::render(&header, types));
        }
        None => {
            let items = types.items;
            server.items.insert(
                0,
                syn::parse_quote! {
                    /// The fixture's types, as typify generates them.
                    #[allow(dead_code, clippy::all)]
                    pub mod types {
                        #(#items)*
                    }
                },
            );
        }
    }
    if let Some(path) = &target.examples_file {
        let examples = emit::example_server::emit(&api, spec, &target.server, &client)
            .map_err(Error::internal("writing the examples server"))?;
        files.insert(path.clone(), format::render(&header, examples));
    }
    if let Some(path) = &target.client_file {
        files.insert(path.clone(), format::render(&header, client));
    }
    files.insert(target.server_file.clone(), format::render(&header, server));
    files.insert(target.openapi_file.clone(), format!("{}\n", api.json));
    Ok(files)
}
