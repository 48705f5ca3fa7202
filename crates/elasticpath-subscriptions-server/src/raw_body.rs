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

/// One part of a `multipart/form-data` body (see [`RawBody::form`]).
#[cfg(feature = "multipart")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormPart {
    name: Option<String>,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Bytes,
}

#[cfg(feature = "multipart")]
impl FormPart {
    /// The form field's name (`Content-Disposition: form-data; name=…`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The file name, for a file field.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The part's own `Content-Type`, if it gives one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// Its bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

/// Why a body could not be read as `multipart/form-data`; answer it with a
/// `400` (for example `ErrorBody::validation_error(format!("body: {error}"))`).
#[cfg(feature = "multipart")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormError(String);

#[cfg(feature = "multipart")]
impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "multipart")]
impl std::error::Error for FormError {}

#[cfg(feature = "multipart")]
impl RawBody {
    /// Reads the body as `multipart/form-data` into its parts, in order,
    /// with multer. The body is already in memory and within the router's
    /// body limit, so this is bounded by it; a missing boundary or a
    /// malformed part is a [`FormError`].
    pub async fn form(&self) -> Result<Vec<FormPart>, FormError> {
        let boundary = multer::parse_boundary(&self.content_type)
            .map_err(|e| FormError(format!("not a multipart/form-data body: {e}")))?;
        let chunk = Ok::<Bytes, std::convert::Infallible>(self.bytes.clone());
        let mut multipart = multer::Multipart::new(futures_util::stream::once(async move { chunk }), boundary);
        let mut parts = Vec::new();
        let malformed = |e: multer::Error| FormError(format!("a malformed multipart body: {e}"));
        while let Some(field) = multipart.next_field().await.map_err(malformed)? {
            let name = field.name().map(str::to_owned);
            let file_name = field.file_name().map(str::to_owned);
            let content_type = field.content_type().map(ToString::to_string);
            let bytes = field.bytes().await.map_err(malformed)?;
            parts.push(FormPart { name, file_name, content_type, bytes });
        }
        Ok(parts)
    }
}
