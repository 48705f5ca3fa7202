//! Loading the OpenAPI document, and the errors that point into it.
//!
//! The document is read twice over: as a plain JSON tree (`raw`), which keeps
//! every node addressable by JSON pointer, and as an `openapiv3::OpenAPI`,
//! which is what progenitor consumes. A 3.1 document is translated to 3.0
//! first (`openapi31`), so both are the 3.0 form. Every error carries the
//! file and the JSON pointer of the node it is about. This module owns
//! navigating the document: the HTTP methods of a path item, `$ref`s.

use std::fmt;
use std::path::Path;

use serde_json::Value;

/// One problem found in an OpenAPI document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecError {
    /// The file, as the user named it (usually relative to the workspace).
    pub file: String,
    /// The JSON pointer of the offending node (`""` is the whole document).
    pub pointer: String,
    /// Line and column (1-based), where the parser could tell.
    pub position: Option<(usize, usize)>,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.file, self.pointer)?;
        if let Some((line, column)) = self.position {
            write!(f, " (line {line}, column {column})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a document; never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct SpecErrors(pub Vec<SpecError>);

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl SpecErrors {
    /// Wraps a single error.
    pub fn one(error: SpecError) -> Self {
        SpecErrors(vec![error])
    }
}

/// A loaded OpenAPI document.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The file it came from, as given.
    pub file: String,
    /// The document as a JSON tree, for pointer lookups.
    pub raw: Value,
    /// The document as typed OpenAPI 3.0.
    pub doc: openapiv3::OpenAPI,
    /// What was lowered to the forms the model reads (`lower`), in order.
    pub lowered: Vec<crate::lower::Lowering>,
}

impl Spec {
    /// Reads and parses the document at `path`; `display` is how errors name it.
    pub fn load(path: &Path, display: &str) -> Result<Spec, SpecErrors> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            SpecErrors::one(SpecError {
                file: display.to_owned(),
                pointer: String::new(),
                position: None,
                message: format!("cannot read the file: {e}"),
            })
        })?;
        Spec::parse(&text, display)
    }

    /// Parses a document from YAML (or JSON, which is YAML too).
    pub fn parse(text: &str, file: &str) -> Result<Spec, SpecErrors> {
        let error = |pointer: String, position, message: String| {
            SpecErrors::one(SpecError { file: file.to_owned(), pointer, position, message })
        };
        let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
            let position = e.location().map(|l| (l.line(), l.column()));
            error(String::new(), position, format!("invalid YAML: {}", strip_position(&e)))
        })?;
        let raw = yaml_to_json(yaml, "").map_err(|(pointer, message)| error(pointer, None, message))?;
        Spec::from_value(raw, file)
    }

    /// Takes a document already read as JSON.
    pub fn from_value(raw: Value, file: &str) -> Result<Spec, SpecErrors> {
        let error = |pointer: String, position, message: String| {
            SpecErrors::one(SpecError { file: file.to_owned(), pointer, position, message })
        };
        check_version(&raw).map_err(|(pointer, message)| error(pointer, None, message))?;
        let translated = crate::openapi31::is_3_1(&raw);
        let raw = if translated {
            crate::openapi31::translate(raw).map_err(|problems| {
                SpecErrors(
                    problems
                        .into_iter()
                        .map(|(pointer, message)| SpecError { file: file.to_owned(), pointer, position: None, message })
                        .collect(),
                )
            })?
        } else {
            raw
        };
        let mut raw = raw;
        let mut lowered = if raw.is_object() {
            crate::lower::lower(&mut raw).map_err(|problems| {
                SpecErrors(
                    problems
                        .into_iter()
                        .map(|(pointer, message)| SpecError { file: file.to_owned(), pointer, position: None, message })
                        .collect(),
                )
            })?
        } else {
            Vec::new()
        };
        if translated {
            lowered.insert(
                0,
                crate::lower::Lowering {
                    pointer: "/openapi".to_owned(),
                    what: format!("the document is read as OpenAPI {}", crate::openapi31::TRANSLATED_VERSION),
                },
            );
        }
        let doc: openapiv3::OpenAPI = serde_path_to_error::deserialize(raw.clone()).map_err(|e| {
            let (pointer, message) = narrow(&raw).unwrap_or_else(|| (path_to_pointer(e.path()), e.inner().to_string()));
            error(pointer, None, format!("not a valid OpenAPI 3.0 document: {message}"))
        })?;
        Ok(Spec { file: file.to_owned(), raw, doc, lowered })
    }

    /// An error about the node at `pointer`.
    pub fn error(&self, pointer: impl Into<String>, message: impl Into<String>) -> SpecError {
        SpecError { file: self.file.clone(), pointer: pointer.into(), position: None, message: message.into() }
    }

    /// Follows a local `$ref` (`#/components/...`) to its node in `raw`.
    pub fn resolve_ref(&self, reference: &str) -> Option<&Value> {
        reference.strip_prefix('#').and_then(|pointer| self.raw.pointer(pointer))
    }

    /// `node`, with its `$ref` followed if it has one: the one place that
    /// does so. `None` when the reference dangles (reported once, where
    /// references are checked).
    pub fn follow<'a>(&'a self, node: &'a Value) -> Option<&'a Value> {
        match node.get("$ref").and_then(Value::as_str) {
            Some(reference) => self.resolve_ref(reference),
            None => Some(node),
        }
    }
}

/// The HTTP methods of OpenAPI path items, in document order: the one list.
pub const METHODS: [(&str, Method); 8] = [
    ("get", Method::Get),
    ("put", Method::Put),
    ("post", Method::Post),
    ("delete", Method::Delete),
    ("options", Method::Options),
    ("head", Method::Head),
    ("patch", Method::Patch),
    ("trace", Method::Trace),
];

/// An HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `POST`
    Post,
    /// `DELETE`
    Delete,
    /// `OPTIONS` (refused by the generators)
    Options,
    /// `HEAD` (refused by the generators; answered for every `GET`)
    Head,
    /// `PATCH`
    Patch,
    /// `TRACE` (refused by the generators)
    Trace,
}

impl Method {
    /// The lowercase name used as a key in the document.
    pub fn key(self) -> &'static str {
        METHODS.iter().find(|(_, m)| *m == self).map(|(k, _)| *k).expect("every method is listed")
    }

    /// The uppercase name used on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// Whether the generated router can serve it.
    pub fn supported(self) -> bool {
        matches!(self, Method::Get | Method::Head | Method::Put | Method::Post | Method::Delete | Method::Patch)
    }
}

/// serde_yaml puts "at line X column Y" in its message; the position is
/// reported separately, so it is taken out of the message.
fn strip_position(error: &serde_yaml::Error) -> String {
    let message = error.to_string();
    match message.find(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message,
    }
}

/// Refuses anything that is not OpenAPI 3.0.x or 3.1.x before the typed
/// parse, whose error for another version would be confusing.
fn check_version(raw: &Value) -> Result<(), (String, String)> {
    match raw.get("openapi") {
        Some(Value::String(version)) if version.starts_with("3.0.") || version.starts_with("3.1.") => Ok(()),
        Some(Value::String(version)) => Err((
            "/openapi".to_owned(),
            format!("unsupported OpenAPI version {version}: only 3.0.x and 3.1.x are read"),
        )),
        Some(other) => {
            Err(("/openapi".to_owned(), format!("expected a version string such as \"3.0.3\", found {other}")))
        }
        None if raw.get("swagger").is_some() => {
            Err(("/swagger".to_owned(), "Swagger 2.0 is not supported: convert the document to OpenAPI 3.0".to_owned()))
        }
        None => Err((String::new(), "missing the `openapi` version field".to_owned())),
    }
}

/// Converts the YAML tree to JSON. Scalar keys become strings (YAML allows
/// `200:` as an integer key; OpenAPI means the string "200").
fn yaml_to_json(value: serde_yaml::Value, pointer: &str) -> Result<Value, (String, String)> {
    use serde_yaml::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| (pointer.to_owned(), format!("the number {n} has no JSON form")))?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &format!("{pointer}/{i}")))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(map) => {
            let mut object = serde_json::Map::new();
            for (key, item) in map {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => {
                        return Err((pointer.to_owned(), format!("mapping keys must be scalars, found {other:?}")));
                    }
                };
                let child = format!("{pointer}/{}", escape_pointer(&key));
                let item = yaml_to_json(item, &child)?;
                object.insert(key, item);
            }
            Value::Object(object)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, pointer)?,
    })
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Builds a JSON pointer from segments.
pub fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    segments.into_iter().map(|s| format!("/{}", escape_pointer(s.as_ref()))).collect()
}

/// openapiv3 buffers path items and operations (they carry flattened
/// extensions), so serde's path stops at `/paths`. Deserializing the nodes
/// one by one finds the innermost one that is wrong.
fn narrow(raw: &Value) -> Option<(String, String)> {
    fn check<T: serde::de::DeserializeOwned>(node: &Value, at: &str) -> Option<(String, String)> {
        serde_path_to_error::deserialize::<_, T>(node.clone())
            .err()
            .map(|e| (format!("{at}{}", path_to_pointer(e.path())), e.inner().to_string()))
    }
    use openapiv3::{Example, Operation, Parameter, ReferenceOr, RequestBody, Response, Schema};
    if let Some(paths) = raw.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let Some(item) = item.as_object() else { continue };
            for (key, node) in item {
                let at = format!("/paths/{}/{key}", escape_pointer(path));
                let found = match key.as_str() {
                    "parameters" => check::<Vec<ReferenceOr<Parameter>>>(node, &at),
                    method if METHODS.iter().any(|(name, _)| *name == method) => check::<Operation>(node, &at),
                    _ => None,
                };
                if found.is_some() {
                    return found;
                }
            }
        }
    }
    let components = raw.get("components").and_then(Value::as_object)?;
    for (kind, entries) in components {
        let Some(entries) = entries.as_object() else { continue };
        for (name, node) in entries {
            let at = format!("/components/{kind}/{}", escape_pointer(name));
            let found = match kind.as_str() {
                "schemas" => check::<ReferenceOr<Schema>>(node, &at),
                "parameters" => check::<ReferenceOr<Parameter>>(node, &at),
                "responses" => check::<ReferenceOr<Response>>(node, &at),
                "requestBodies" => check::<ReferenceOr<RequestBody>>(node, &at),
                "examples" => check::<ReferenceOr<Example>>(node, &at),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape_pointer(key))),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_keys_become_strings() {
        let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: A\n      responses:\n        204: {description: none}\n";
        let spec = Spec::parse(spec, "t.yaml").unwrap();
        assert!(spec.raw.pointer("/paths/~1a/get/responses/204").is_some());
    }

    #[test]
    fn typed_parse_errors_name_the_node() {
        let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: [not, a, string]\n      responses: {}\n";
        let errors = Spec::parse(spec, "t.yaml").unwrap_err();
        assert_eq!(errors.0[0].pointer, "/paths/~1a/get/operationId", "{errors}");
    }
}
