//! A request body that is not JSON, as the router hands it over.

use axum::body::Bytes;

/// A request body of a media type other than JSON (`multipart/form-data`,
/// `application/octet-stream`, …), as it arrived: the router has checked
/// that its `Content-Type` is the documented media type, and read it within
/// the body limit and deadline; what is inside is the implementation's to
/// read. An optional body the client left out arrives empty, with an
/// empty `content_type`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawBody {
    content_type: String,
    bytes: Bytes,
}

impl RawBody {
    /// A body with its `Content-Type` (parameters, such as a multipart
    /// `boundary`, included).
    pub fn new(content_type: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        RawBody { content_type: content_type.into(), bytes: bytes.into() }
    }

    /// The `Content-Type` it was sent with, parameters included.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// Its bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// Its bytes, owned.
    pub fn into_bytes(self) -> Bytes {
        self.bytes
    }
}
