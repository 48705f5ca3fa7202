//! The model's types: what the document says, typed and resolved, with
//! the JSON pointer of every node. Only the readers (`read.rs` and its
//! helpers) build them; every other phase only reads them.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{Directions, nullable, unions};
pub use crate::spec::Method;

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// In a request header (its name is case-insensitive on the wire).
    Header,
}

/// One parameter, with its `$ref` followed.
#[derive(Clone, Debug)]
pub struct Param {
    /// The name on the wire, such as `page[offset]`.
    pub name: String,
    /// Path, query or header.
    pub location: ParamLocation,
    /// Whether it must be present.
    pub required: bool,
    /// Its description.
    pub description: Option<String>,
    /// Its example, if it has one.
    pub example: Option<Value>,
    /// Its schema, with a top-level `$ref` followed.
    pub schema: Value,
    /// The name of the component schema, when the parameter's schema is a `$ref`.
    pub schema_ref: Option<String>,
    /// How its text is read: one value, or a list of them.
    pub shape: ParamShape,
    /// Where it is declared (the component, for a shared parameter).
    pub pointer: String,
}

/// What one value of a parameter is read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// Text.
    String,
    /// Text that is a UUID (`format: uuid`).
    Uuid,
    /// A whole number; `unsigned` when its `minimum` is at least 0.
    Integer {
        /// Whether it cannot be negative.
        unsigned: bool,
    },
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
}

/// How a parameter is written on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamShape {
    /// One value.
    One(Scalar),
    /// A list (`type: array` of a scalar, in the query, `style: form`):
    /// `include=a&include=b` when `explode` (the default), `include=a,b`
    /// when not.
    List {
        /// What each item is read as.
        item: Scalar,
        /// Whether each item is a `name=value` pair of its own.
        explode: bool,
    },
}

impl ParamShape {
    /// What one value (or each item) is read as.
    pub fn scalar(self) -> Scalar {
        match self {
            ParamShape::One(scalar) | ParamShape::List { item: scalar, .. } => scalar,
        }
    }
}

/// An example of a body.
#[derive(Clone, Debug)]
pub struct Example {
    /// Its name in the `examples` map (`example` for a single one).
    pub name: String,
    /// Where its value is: the component example it refers to, or the inline one.
    pub pointer: String,
    /// The value.
    pub value: Value,
}

/// The `application/json` content of a body or response.
#[derive(Clone, Debug)]
pub struct Media {
    /// Its pointer.
    pub pointer: String,
    /// Its schema node, as written.
    pub schema: Option<Value>,
    /// Its examples.
    pub examples: Vec<Example>,
}

/// A request body.
#[derive(Clone, Debug)]
pub struct Body {
    /// The component schema of the body.
    pub schema: String,
    /// Whether the body must be present.
    pub required: bool,
    /// Where it is declared (the component, for a shared body).
    pub pointer: String,
    /// Its JSON content.
    pub media: Option<Media>,
}

/// A request body of a media type other than JSON (`multipart/form-data`,
/// `application/octet-stream`, `text/csv`, …).
#[derive(Clone, Debug)]
pub struct RawBody {
    /// Its media type, as the spec writes it.
    pub media_type: String,
    /// Whether the body must be present.
    pub required: bool,
    /// Where it is declared.
    pub pointer: String,
}

/// How a response header's value is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderKind {
    /// Text.
    String,
    /// A whole number.
    Integer,
}

/// A header a response declares.
#[derive(Clone, Debug)]
pub struct Header {
    /// Its name, as declared (`Retry-After`).
    pub name: String,
    /// Whether the response always carries it.
    pub required: bool,
    /// Its description.
    pub description: Option<String>,
    /// Its type.
    pub kind: HeaderKind,
}

/// One documented response.
#[derive(Clone, Debug)]
pub struct Response {
    /// The HTTP status code; `0` for the `default` response
    /// ([`Operation::default_response`]), which answers every status the
    /// operation does not list.
    pub status: u16,
    /// Its description.
    pub description: String,
    /// The component schema of its JSON body, if it has one.
    pub schema: Option<String>,
    /// The name of the `components/responses` entry it refers to, if any.
    pub component: Option<String>,
    /// Where it is declared (the component, for a shared response).
    pub pointer: String,
    /// The headers it declares.
    pub headers: Vec<Header>,
    /// Its JSON content.
    pub media: Option<Media>,
}

/// One operation.
#[derive(Clone, Debug)]
pub struct Operation {
    /// The operationId, such as `CreateJob` (empty if it has none).
    pub id: String,
    /// Its method.
    pub method: Method,
    /// Its path template, such as `/subscriptions/jobs/{job_uuid}`.
    pub path: String,
    /// The pointer of the operation object.
    pub pointer: String,
    /// Its summary.
    pub summary: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Path parameters, in template order.
    pub path_params: Vec<Param>,
    /// Query parameters, in document order.
    pub query_params: Vec<Param>,
    /// Header parameters, in document order.
    pub header_params: Vec<Param>,
    /// The request body, if any, when it is JSON.
    pub body: Option<Body>,
    /// The request body, if any, when it is not JSON: carried as bytes
    /// with its media type.
    pub raw_body: Option<RawBody>,
    /// The responses, by status code.
    pub responses: Vec<Response>,
    /// The `default` response: the answer for every status not in
    /// `responses` (its `status` is `0`).
    pub default_response: Option<Response>,
    /// Whether the operation requires `Authorization: Bearer` (its
    /// `security`, or the document's).
    pub requires_bearer: bool,
    /// The component schemas its requests reach (parameters, body).
    pub inputs: BTreeSet<String>,
    /// The component schemas its responses reach.
    pub outputs: BTreeSet<String>,
}

impl Operation {
    /// The response for `status`, if documented.
    pub fn response(&self, status: u16) -> Option<&Response> {
        self.responses.iter().find(|r| r.status == status)
    }

    /// Its path parameters, then its query and header parameters.
    pub fn params(&self) -> impl Iterator<Item = &Param> {
        self.path_params.iter().chain(&self.query_params).chain(&self.header_params)
    }

    /// Its operationId, or `METHOD path` when it has none.
    pub fn name(&self) -> String {
        if self.id.is_empty() { format!("{} {}", self.method.as_str(), self.path) } else { self.id.clone() }
    }
}

/// A path and the operations on it.
#[derive(Clone, Debug)]
pub struct Route {
    /// The path template.
    pub path: String,
    /// The operations, by index into [`Api::operations`].
    pub operations: Vec<usize>,
    /// The `Allow` list of a `405` on this path (`HEAD` with every `GET`).
    pub allow: String,
}

/// What the error schema of the document holds, so that the router can
/// build its own refusals in that format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorShape {
    /// A list of errors under `list`, each with some of `status`, `title`
    /// and `detail` (`{"errors": [{"status": "400", "title": …, "detail": …}]}`).
    List {
        /// The property holding the list.
        list: String,
        /// Which members an error has, and whether `status` is a number.
        members: ErrorMembers,
    },
    /// One object with some of `status`, `title` and `detail`.
    Single(ErrorMembers),
}

/// Which of `status`, `title` and `detail` an error object declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorMembers {
    /// It has `status`.
    pub status: bool,
    /// `status` is an integer rather than a string.
    pub status_is_number: bool,
    /// It has `title`.
    pub title: bool,
    /// It has `detail`.
    pub detail: bool,
    /// `detail` is required: an error without details carries its title there.
    pub detail_required: bool,
}

/// The error format: the one schema every error response uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorFormat {
    /// The component schema.
    pub schema: String,
    /// What it holds.
    pub shape: ErrorShape,
}

/// A `$ref` of the document.
#[derive(Clone, Debug)]
pub struct Reference {
    /// The pointer of the object holding the `$ref`.
    pub pointer: String,
    /// The reference (`None` if it is not a string).
    pub target: Option<String>,
}

/// The whole API.
#[derive(Clone, Debug)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The path of the server URLs (`/v2`), which every operation is under.
    pub base_path: String,
    /// Operations in document order.
    pub operations: Vec<Operation>,
    /// Paths in document order, with their operations.
    pub routes: Vec<Route>,
    /// The error format, if the document declares error responses.
    pub error: Option<ErrorFormat>,
    /// The component schemas, as written.
    pub schemas: Map<String, Value>,
    /// The discriminated unions, and the objects that include them.
    pub unions: unions::Unions,
    /// The optional nullable properties, which get three states.
    pub tri_state: BTreeSet<nullable::TriStateField>,
    /// The declared tags.
    pub tags: Vec<String>,
    /// Examples of shared parameters.
    pub parameter_examples: Vec<ParameterExample>,
    /// Examples of component schemas.
    pub schema_examples: Vec<SchemaExample>,
    /// Every `$ref` of the document.
    pub references: Vec<Reference>,
    /// Every component: (kind, name), such as ("schemas", "Job").
    pub components: Vec<(String, String)>,
    /// The security schemes that some requirement names.
    pub used_schemes: BTreeSet<String>,
    /// The document as typify and progenitor should read it.
    pub typify_document: Option<openapiv3::OpenAPI>,
    /// The document as JSON, pretty-printed, to serve at `/openapi.json`.
    pub json: String,
}

impl Api {
    /// The component schemas of every response body (success, error or
    /// default): the roots of what a client must be able to decode.
    pub fn response_schemas(&self) -> BTreeSet<String> {
        self.operations
            .iter()
            .flat_map(|op| op.responses.iter().chain(&op.default_response).filter_map(|r| r.schema.clone()))
            .collect()
    }

    /// The component schemas a request reaches (a parameter or a body):
    /// the types that get constructors and setters.
    pub fn request_schemas(&self) -> BTreeSet<String> {
        self.schemas.keys().filter(|name| self.directions(name).input).cloned().collect()
    }

    /// The operation with `id`.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// The operation with this method and path template.
    pub fn endpoint(&self, method: Method, path: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.method == method && op.path == path)
    }

    /// Where component schema `name` is used, over all operations.
    pub fn directions(&self, name: &str) -> Directions {
        Directions {
            input: self.operations.iter().any(|op| op.inputs.contains(name)),
            output: self.operations.iter().any(|op| op.outputs.contains(name)),
        }
    }

    /// The operations that reach component schema `name`.
    pub fn users(&self, name: &str) -> impl Iterator<Item = &Operation> {
        self.operations.iter().filter(move |op| op.inputs.contains(name) || op.outputs.contains(name))
    }
}

/// The example of a shared parameter.
#[derive(Clone, Debug)]
pub struct ParameterExample {
    /// Where it is written.
    pub pointer: String,
    /// The parameter's schema, as written.
    pub schema: Value,
    /// The example.
    pub value: Value,
}

/// The example of a component schema.
#[derive(Clone, Debug)]
pub struct SchemaExample {
    /// Where it is written.
    pub pointer: String,
    /// The component's name.
    pub schema: String,
    /// The example.
    pub value: Value,
}
