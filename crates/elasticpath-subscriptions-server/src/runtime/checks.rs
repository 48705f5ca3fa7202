//! The request checks: path and query parameters, the JSON body, and the
//! spec's schemas run over them, each problem described the way the API's
//! documentation writes it (`data.attributes.name: "name" is required`).

use axum::body::Body;

use axum::http::{HeaderMap, StatusCode, header};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::sync::OnceLock;

use super::{Problem, tree};
use crate::options::{LISTED_VALUES, MAX_DEPTH, MAX_PROBLEMS, RouterOptions};

/// A JSON Schema (2020-12) embedded by the generator, compiled on first use.
pub struct Schema {
    json: &'static str,
    /// The engine's validator, of the schema with its references inlined
    /// (see `inline`): what the router lists a bad value's problems with.
    compiled: OnceLock<jsonschema::Validator>,
    /// The engine's validator of the schema as written, for the tests that
    /// hold the inlined schema's listing to it.
    as_written: OnceLock<jsonschema::Validator>,
    /// The generator's compiled check of this schema, where it wrote one:
    /// it answers as the engine does, without walking a schema tree.
    accepts: Option<Accepts>,
}

/// A compiled check, for each value it runs on: the one-pass value of a
/// body, and a `serde_json::Value` (parameters, and larger bodies).
#[derive(Clone, Copy)]
struct Accepts {
    read_once: fn(&tree::Value<'_>) -> bool,
    json: fn(&Value) -> bool,
}

impl Schema {
    /// A schema checked by the engine alone.
    pub const fn new(json: &'static str) -> Self {
        Schema { json, compiled: OnceLock::new(), as_written: OnceLock::new(), accepts: None }
    }

    /// A schema with its compiled check, as the generator writes it once
    /// and instantiates it for each value it runs on (`read_once` for the
    /// one-pass value of a body, `on_json` for a `serde_json::Value`): a
    /// good value is answered by the check alone, and the engine runs only
    /// to list a bad one's problems.
    pub const fn compiled(
        json: &'static str,
        read_once: fn(&tree::Value<'_>) -> bool,
        on_json: fn(&Value) -> bool,
    ) -> Self {
        let accepts = Accepts { read_once, json: on_json };
        Schema { json, compiled: OnceLock::new(), as_written: OnceLock::new(), accepts: Some(accepts) }
    }

    /// What the compiled check answers, if there is one (for the tests
    /// that hold it to the engine). Both instances of the check are asked,
    /// and must agree.
    #[doc(hidden)]
    pub fn compiled_answer(&self, value: &Value) -> Option<bool> {
        let accepts = self.accepts?;
        let (on_json, read_once) = ((accepts.json)(value), (accepts.read_once)(&tree::Value::from(value)));
        assert_eq!(on_json, read_once, "the check answers otherwise on the one-pass value, for {value}");
        Some(on_json)
    }

    /// The schema, as JSON (2020-12).
    #[doc(hidden)]
    pub fn json(&self) -> &'static str {
        self.json
    }

    /// What the engine answers, of the schema as written.
    #[doc(hidden)]
    pub fn engine_answer(&self, value: &Value) -> bool {
        self.as_written().is_valid(value)
    }

    /// Every problem the router's engine finds in `value` (not cut at
    /// [`MAX_PROBLEMS`]), as `detail` lines.
    #[doc(hidden)]
    pub fn problems(&self, value: &Value) -> Vec<String> {
        listing(self.validator(), value)
    }

    /// Every problem the engine finds in `value` against the schema as
    /// written, without its references inlined: what [`Schema::problems`]
    /// must equal.
    #[doc(hidden)]
    pub fn problems_as_written(&self, value: &Value) -> Vec<String> {
        listing(self.as_written(), value)
    }

    /// What the router's first path makes of a JSON body (see `tree`): the
    /// value it reads, as a `serde_json::Value`, with its count of JSON
    /// values, and the body decoded when the compiled check accepts it and
    /// it decodes; `None` when it cannot read it. For the tests that hold
    /// that path to the one through `serde_json::Value`.
    #[doc(hidden)]
    pub fn first_path<T: DeserializeOwned>(&self, bytes: &[u8]) -> Option<(Value, usize, Option<T>)> {
        let (body, values) = tree::read(bytes)?;
        let decoded = match self.first_answer(&body, values) {
            First::Decoded(decoded) => Some(decoded),
            First::Bad(_) | First::PassedOn => None,
        };
        Some((Value::from(&body), values, decoded))
    }

    /// The first path's answer for a body read into `body` (of `values`
    /// JSON values): decoded when the compiled check accepts it and it
    /// decodes, its problems when the compiled check refuses it (listed
    /// from the value converted for the engine), and otherwise passed on.
    fn first_answer<T: DeserializeOwned>(&self, body: &tree::Value<'_>, values: usize) -> First<T> {
        let Some(accepts) = self.accepts else { return First::PassedOn };
        if !(accepts.read_once)(body) {
            return match self.list(&Value::from(body), values) {
                Err(details) => First::Bad(details),
                Ok(()) => First::PassedOn,
            };
        }
        T::deserialize(body).map_or(First::PassedOn, First::Decoded)
    }

    fn as_written(&self) -> &jsonschema::Validator {
        self.as_written.get_or_init(|| build(&self.parsed()))
    }

    fn parsed(&self) -> Value {
        // The generator wrote this schema and a test compiles every one,
        // so failing here is a bug in the generator, not bad input.
        serde_json::from_str(self.json).expect("generated schema is JSON")
    }

    /// The schema the router's engine is given: with its references
    /// inlined, or as written where they are better left (see `inline`).
    #[doc(hidden)]
    pub fn as_given_to_the_engine(&self) -> Value {
        let schema = self.parsed();
        super::inline::inline_refs(&schema).unwrap_or(schema)
    }

    fn validator(&self) -> &jsonschema::Validator {
        self.compiled.get_or_init(|| build(&self.as_given_to_the_engine()))
    }

    /// Checks `value`; each violation as a `detail` line, at most
    /// [`MAX_PROBLEMS`] of them (and a last line saying more were cut).
    ///
    /// jsonschema collects every violation at once when asked for all of
    /// them, so they are listed only for a value of at most
    /// [`LISTED_VALUES`] JSON values (`values`, as counted when it was
    /// read): one pass, bounded by that size. A larger value gets one pass
    /// that stops at its first violation, which is the answer. That bounds
    /// both the work and the answer, whatever the body holds.
    fn check(&self, value: &Value, values: usize) -> Result<(), Vec<String>> {
        // Most requests are good: the compiled check (or, for a schema
        // without one, one engine pass that stops at the first problem)
        // answers them, without the bookkeeping of a listing, which only a
        // value that has problems pays for.
        let good = match self.accepts {
            Some(accepts) => (accepts.json)(value),
            None => self.validator().is_valid(value),
        };
        if good {
            return Ok(());
        }
        self.list(value, values)
    }

    /// The problems of a value a check has found bad, as [`Schema::check`]
    /// gives them (none, if the engine finds none).
    fn list(&self, value: &Value, values: usize) -> Result<(), Vec<String>> {
        let mut details = Vec::new();
        if values <= LISTED_VALUES {
            for error in self.validator().iter_errors(value) {
                describe_into(&error, &mut details);
                if details.len() > MAX_PROBLEMS {
                    break;
                }
            }
        } else if let Err(first) = self.validator().validate(value) {
            describe_into(&first, &mut details);
            details.push(format!(
                "body: only the first problem is listed: the body holds {values} JSON values, more than the {LISTED_VALUES} whose problems are all listed"
            ));
        }
        if details.is_empty() {
            return Ok(());
        }
        details.dedup();
        Err(details)
    }
}

/// The engine's validator of a schema the generator wrote (formats
/// checked), for the router and for `check_resource`.
pub(crate) fn build(schema: &Value) -> jsonschema::Validator {
    jsonschema::options().should_validate_formats(true).build(schema).expect("generated schema compiles")
}

/// Every problem `validator` finds in `value`, described.
fn listing(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    let mut details = Vec::new();
    for error in validator.iter_errors(value) {
        describe_into(&error, &mut details);
    }
    details
}

/// How a path or query parameter's text is read before it is checked.
#[derive(Clone, Copy, Debug)]
pub enum ParamKind {
    /// Taken as it is.
    String,
    /// Read as a JSON integer.
    Integer,
    /// Read as a JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
}

/// How a parameter is written: one value, or a list of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamShape {
    /// One value, given at most once.
    One,
    /// A list, one `name=value` pair an item (`style: form`, `explode: true`).
    Repeated,
    /// A list in one value, its items separated by commas (`explode: false`).
    CommaSeparated,
}

/// A path or query parameter, by its name on the wire.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
    pub shape: ParamShape,
}

/// Reads raw parameter values into an object, checks it against `schema`
/// and decodes it: `400` on any problem.
pub fn decode_params<T: DeserializeOwned>(
    raw: impl Iterator<Item = (String, String)>,
    params: &[Param],
    schema: &Schema,
) -> Result<T, Problem> {
    let mut object = Map::new();
    let mut details = Vec::new();
    for (name, text) in raw {
        let Some(param) = params.iter().find(|p| p.name == name) else { continue };
        if param.shape == ParamShape::Repeated {
            let list = object.entry(param.name).or_insert_with(|| Value::Array(Vec::new()));
            match (read_param(param, &text), list) {
                (Ok(value), Value::Array(items)) => items.push(value),
                (Err(detail), _) => details.push(detail),
                (Ok(_), _) => {}
            }
            continue;
        }
        if object.contains_key(param.name) {
            details.push(format!("{0}: \"{0}\" must be given at most once", param.name));
            continue;
        }
        let value = match param.shape {
            ParamShape::CommaSeparated => text
                .split(',')
                .map(|item| read_param(param, item))
                .collect::<Result<Vec<Value>, String>>()
                .map(Value::Array),
            _ => read_param(param, &text),
        };
        match value {
            Ok(value) => {
                object.insert(param.name.to_owned(), value);
            }
            Err(detail) => details.push(detail),
        }
    }
    let value = Value::Object(object);
    if let Err(more) = schema.check(&value, 1) {
        details.extend(more);
    }
    if !details.is_empty() {
        return Err(Problem::validation(details));
    }
    serde_json::from_value(value).map_err(|e| Problem::validation(vec![e.to_string()]))
}

/// Reads the header parameters of `params` from `headers` (by name, without
/// case) and decodes them as [`decode_params`] does: a header that is not
/// visible ASCII text, or is sent twice, is a `400`.
pub fn decode_headers<T: DeserializeOwned>(
    headers: &HeaderMap,
    params: &[Param],
    schema: &Schema,
) -> Result<T, Problem> {
    let mut pairs = Vec::new();
    for param in params {
        for value in headers.get_all(param.name) {
            match value.to_str() {
                Ok(text) => pairs.push((param.name.to_owned(), text.trim().to_owned())),
                Err(_) => return Err(Problem::validation(vec![format!("{0}: \"{0}\" must be text", param.name)])),
            }
        }
    }
    decode_params(pairs.into_iter(), params, schema)
}

fn read_param(param: &Param, text: &str) -> Result<Value, String> {
    let name = param.name;
    match param.kind {
        ParamKind::String => Ok(Value::String(text.to_owned())),
        ParamKind::Integer => {
            text.parse::<i64>().map(Value::from).map_err(|_| format!("{name}: \"{name}\" must be an integer"))
        }
        ParamKind::Number => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("{name}: \"{name}\" must be a number")),
        ParamKind::Boolean => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(format!("{name}: \"{name}\" must be true or false")),
        },
    }
}

/// What the first path makes of a body (see [`Schema::first_answer`]).
enum First<T> {
    Decoded(T),
    Bad(Vec<String>),
    PassedOn,
}

/// The largest body read in one pass (see `tree`): a job or a schedule is a
/// few hundred bytes. A larger one is read into a `serde_json::Value`, as
/// the engine needs it to list problems: converting the one-pass value for
/// it cost a bad body of 256 KiB a third more than reading it that way.
const ONE_PASS_BYTES: usize = 16 * 1024;

/// Reads a JSON body: `415` unless it is `application/json`, `413` past the
/// size limit, `400` when it is missing, not JSON, or violates `schema`.
pub async fn json_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
    schema: &Schema,
    options: &RouterOptions,
) -> Result<T, Problem> {
    let unsupported = |got: String| {
        Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            vec![format!("Content-Type: expected application/json, got {got}")],
        )
    };
    if let Some(content_type) = headers.get(header::CONTENT_TYPE) {
        let text = content_type.to_str().unwrap_or("");
        let mut pieces = text.split(';');
        let essence = pieces.next().unwrap_or("").trim();
        if !essence.eq_ignore_ascii_case("application/json") {
            return Err(unsupported(format!("`{}`", clipped(text))));
        }
        // JSON is UTF-8 (RFC 8259); a body that says otherwise would be misread.
        for parameter in pieces {
            let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
            let value = value.trim().trim_matches('"');
            if name.trim().eq_ignore_ascii_case("charset") && !value.eq_ignore_ascii_case("utf-8") {
                return Err(Problem::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    vec![format!("Content-Type: the charset must be utf-8, not `{}`", clipped(value))],
                ));
            }
        }
    }
    let bytes = read_bytes(headers, body, options).await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::validation(vec!["body: a request body is required".into()]));
    }
    if headers.get(header::CONTENT_TYPE).is_none() {
        return Err(unsupported("none".into()));
    }
    // A body of an ordinary size whose schema has a compiled check is read
    // once into a value borrowing its strings (`tree`), checked there, and
    // decoded from it when good. A bad one is listed from that value. Any
    // other body, and any the first path cannot finish, goes on below,
    // through `serde_json::Value`: its answer is the same either way.
    if bytes.len() <= ONE_PASS_BYTES
        && let Some((body, values)) = tree::read(&bytes)
    {
        match schema.first_answer(&body, values) {
            First::Decoded(decoded) => return Ok(decoded),
            First::Bad(details) => return Err(Problem::validation(details)),
            First::PassedOn => {}
        }
    }
    let (value, values) = read_json(&bytes).map_err(Problem::malformed)?;
    schema.check(&value, values).map_err(Problem::validation)?;
    // A body the schema accepts nearly always decodes: the value moves into
    // its type. Only a body that does not pays for reading it again, to
    // track the path of its problem.
    let value = match serde_json::from_value::<T>(value) {
        Ok(decoded) => return Ok(decoded),
        Err(_) => read_json(&bytes).map_err(Problem::malformed)?.0,
    };
    serde_path_to_error::deserialize(value).map_err(|e| {
        use serde_path_to_error::Segment;
        let mut pointer = String::new();
        for segment in e.path().iter() {
            match segment {
                Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
                Segment::Map { key } => pointer.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1"))),
                Segment::Enum { .. } | Segment::Unknown => {}
            }
        }
        Problem::validation(vec![format!("{}: {}", dotted(&pointer), e.inner())])
    })
}

/// Reads a body as sent, within the limits: no decompression (so no
/// decompression bomb), at most `body_limit` bytes (`413`), within the body
/// deadline (`408`).
async fn read_bytes(headers: &HeaderMap, body: Body, options: &RouterOptions) -> Result<axum::body::Bytes, Problem> {
    // Bodies are read as sent: no decompression, so no decompression bomb.
    for encoding in headers.get_all(header::CONTENT_ENCODING) {
        let text = encoding.to_str().unwrap_or("");
        if !text.split(',').all(|coding| coding.trim().eq_ignore_ascii_case("identity")) {
            return Err(Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                vec![format!("Content-Encoding: `{}` is not accepted; send the body uncompressed", clipped(text))],
            ));
        }
    }
    let too_large = || {
        Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            vec![format!("body: larger than the limit of {} bytes", options.body_limit)],
        )
    };
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > options.body_limit as u64) {
        return Err(too_large());
    }
    match axum::body::to_bytes(body, options.body_limit).await {
        Ok(bytes) => Ok(bytes),
        Err(error) => {
            let cause = error.into_inner();
            let is = |check: &dyn Fn(&(dyn std::error::Error + 'static)) -> bool| {
                let mut current: Option<&(dyn std::error::Error + 'static)> = Some(&*cause);
                while let Some(error) = current {
                    if check(error) {
                        return true;
                    }
                    current = error.source();
                }
                false
            };
            Err(if is(&|e| e.is::<http_body_util::LengthLimitError>()) {
                too_large()
            } else if is(&|e| e.is::<super::layers::BodyTimeout>()) {
                Problem::new(
                    StatusCode::REQUEST_TIMEOUT,
                    vec![format!("body: not received within {:?}", options.body_read_timeout)],
                )
            } else {
                Problem::malformed("body: the body could not be read")
            })
        }
    }
}

/// Reads a body that is not JSON (`media_type`, such as
/// `multipart/form-data`): `415` unless its `Content-Type` is of that media
/// type, then as [`read_bytes`]; `400` when a required body is empty.
pub async fn raw_body(
    headers: &HeaderMap,
    body: Body,
    media_type: &'static str,
    required: bool,
    options: &RouterOptions,
) -> Result<crate::RawBody, Problem> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let unsupported = || {
        let got = if content_type.is_empty() { "none".to_owned() } else { format!("`{}`", clipped(content_type)) };
        Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            vec![format!("Content-Type: expected {media_type}, got {got}")],
        )
    };
    // An optional body may be left out: no `Content-Type`, no bytes.
    if !required && !headers.contains_key(header::CONTENT_TYPE) {
        let bytes = read_bytes(headers, body, options).await?;
        return if bytes.is_empty() { Ok(crate::RawBody::new(String::new(), bytes)) } else { Err(unsupported()) };
    }
    if !essence.eq_ignore_ascii_case(media_type) {
        return Err(unsupported());
    }
    let bytes = read_bytes(headers, body, options).await?;
    if required && bytes.is_empty() {
        return Err(Problem::validation(vec!["body: a request body is required".into()]));
    }
    Ok(crate::RawBody::new(content_type.to_owned(), bytes))
}

/// [`read_json`], for the tests that hold the router's first path to it.
#[doc(hidden)]
pub fn read_strictly(bytes: &[u8]) -> Result<(Value, usize), String> {
    read_json(bytes)
}

/// Parses a JSON body strictly: a key twice in one object is an error (not
/// "last one wins"), and so is nesting deeper than [`MAX_DEPTH`]. Returns
/// the value and how many JSON values it holds. Linear in the body's size.
fn read_json(bytes: &[u8]) -> Result<(Value, usize), String> {
    use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
    use std::cell::Cell;

    struct Strict<'a> {
        depth: usize,
        values: &'a Cell<usize>,
    }

    impl Strict<'_> {
        fn count(&self) {
            self.values.set(self.values.get() + 1);
        }
        fn nested(&self) -> Strict<'_> {
            Strict { depth: self.depth + 1, values: self.values }
        }
    }

    impl<'de> DeserializeSeed<'de> for Strict<'_> {
        type Value = Value;
        fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
            deserializer.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Strict<'_> {
        type Value = Value;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            self.count();
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            self.count();
            Ok(Value::from(v))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            self.count();
            Ok(Value::from(v))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            self.count();
            Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            self.count();
            Ok(Value::String(v.to_owned()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            self.count();
            Ok(Value::String(v))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            self.count();
            Ok(Value::Null)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            self.count();
            if self.depth >= MAX_DEPTH {
                return Err(A::Error::custom(format!("nested deeper than {MAX_DEPTH} levels")));
            }
            let mut items = Vec::new();
            while let Some(item) = seq.next_element_seed(self.nested())? {
                items.push(item);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            self.count();
            if self.depth >= MAX_DEPTH {
                return Err(A::Error::custom(format!("nested deeper than {MAX_DEPTH} levels")));
            }
            let mut object = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                // One lookup a key: the slot is found (or the key refused)
                // before its value is read.
                match object.entry(key) {
                    serde_json::map::Entry::Occupied(slot) => {
                        return Err(A::Error::custom(format!(
                            "the key {} appears twice in one object",
                            shown(slot.key())
                        )));
                    }
                    serde_json::map::Entry::Vacant(slot) => {
                        slot.insert(map.next_value_seed(self.nested())?);
                    }
                }
            }
            Ok(Value::Object(object))
        }
    }

    let values = Cell::new(0);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = Strict { depth: 0, values: &values }
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value))
        .map_err(|e| format!("body: malformed JSON: {e}"))?;
    Ok((value, values.get()))
}

/// Header text for an error message, cut at 64 characters.
pub fn clipped(text: &str) -> String {
    if text.chars().count() <= 64 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(64).collect::<String>())
    }
}

/// A value for an error message: quoted, or only its length when it is long.
fn shown(value: &str) -> String {
    let length = value.chars().count();
    if length <= 64 { format!("{value:?}") } else { format!("a {length}-character value") }
}

/// A JSON pointer as the documentation writes paths: `data.attributes.name`,
/// `data.attributes.taxes[0].invoice_id`; the empty pointer is `body`.
pub fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{segment}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&segment);
        }
    }
    if out.is_empty() { "body".to_owned() } else { out }
}

/// The message for a `not` the spec uses to forbid a combination of
/// members: `{required: [a, b]}` (mutually exclusive) and
/// `{required: [a], not: {required: [b]}}` (`a` only with `b`).
fn forbidden_combination(schema: &Value) -> String {
    let names = |s: &Value| -> Vec<String> {
        s.get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).map(|n| format!("\"{n}\"")).collect())
            .unwrap_or_default()
    };
    let present = names(schema);
    match schema.get("not") {
        None if present.len() > 1 => format!("{} are mutually exclusive", present.join(" and ")),
        Some(inner) if !present.is_empty() && !names(inner).is_empty() => {
            format!("{} is only valid with {}", present.join(" and "), names(inner).join(" and "))
        }
        _ => format!("must not match {schema}"),
    }
}

/// Describes one violation. A value that matches none of the forms of an
/// `anyOf`/`oneOf` but has the type of only one of them (a nullable
/// reference that is not `null`, a union whose discriminator picks one
/// branch) is described by what is wrong in that form.
fn describe_into(error: &jsonschema::ValidationError<'_>, out: &mut Vec<String>) {
    if let ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } = error.kind() {
        let at = error.instance_path().as_str();
        let wrong_type = |branch: &Vec<jsonschema::ValidationError<'static>>| {
            branch.iter().any(|e| {
                e.instance_path().as_str() == at
                    && matches!(e.kind(), ValidationErrorKind::Type { .. } | ValidationErrorKind::Constant { .. })
            })
        };
        let fitting: Vec<&Vec<jsonschema::ValidationError<'static>>> =
            context.iter().filter(|branch| !wrong_type(branch)).collect();
        if let [branch] = fitting.as_slice()
            && !branch.is_empty()
        {
            for inner in branch.iter() {
                describe_into(inner, out);
            }
            return;
        }
    }
    out.push(describe(error));
}

/// One violation as `path: "label" message`, the documented style.
fn describe(error: &jsonschema::ValidationError<'_>) -> String {
    let pointer = error.instance_path().as_str().to_owned();
    let label = |pointer: &str| {
        let last = pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
        if pointer.is_empty() { "body".to_owned() } else { last }
    };
    let list = |values: &Value| match values {
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string()))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    };
    let (pointer, message) = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().map(str::to_owned).unwrap_or_else(|| property.to_string());
            let at = format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"));
            return format!("{}: \"{name}\" is required", dotted(&at));
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let names: Vec<String> = unexpected.iter().map(|u| format!("\"{u}\"")).collect();
            (pointer.clone(), format!("{} not allowed", names.join(", ")))
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(ty) => ty.to_string(),
                TypeKind::Multiple(types) => types.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" or "),
            };
            (pointer.clone(), format!("\"{}\" must be of type {expected}", label(&pointer)))
        }
        ValidationErrorKind::MinLength { limit } => {
            (pointer.clone(), format!("\"{}\" length must be at least {limit} characters long", label(&pointer)))
        }
        ValidationErrorKind::MaxLength { limit } => (
            pointer.clone(),
            format!("\"{}\" length must be less than or equal to {limit} characters long", label(&pointer)),
        ),
        ValidationErrorKind::Enum { options } => {
            (pointer.clone(), format!("\"{}\" must be one of [{}]", label(&pointer), list(options)))
        }
        ValidationErrorKind::Constant { expected_value } => {
            (pointer.clone(), format!("\"{}\" must be {expected_value}", label(&pointer)))
        }
        ValidationErrorKind::Format { format } => {
            let what = match format.as_str() {
                "uuid" => "a valid GUID".to_owned(),
                "date-time" => "a valid RFC 3339 date-time".to_owned(),
                "uri" => "a valid URI".to_owned(),
                other => format!("a valid {other}"),
            };
            (pointer.clone(), format!("\"{}\" must be {what}", label(&pointer)))
        }
        ValidationErrorKind::Minimum { limit } => {
            (pointer.clone(), format!("\"{}\" must be greater than or equal to {limit}", label(&pointer)))
        }
        ValidationErrorKind::Maximum { limit } => {
            (pointer.clone(), format!("\"{}\" must be less than or equal to {limit}", label(&pointer)))
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            (pointer.clone(), format!("\"{}\" must be greater than {limit}", label(&pointer)))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            (pointer.clone(), format!("\"{}\" must be less than {limit}", label(&pointer)))
        }
        ValidationErrorKind::MinItems { limit } => {
            (pointer.clone(), format!("\"{}\" must contain at least {limit} items", label(&pointer)))
        }
        ValidationErrorKind::MaxItems { limit } => {
            (pointer.clone(), format!("\"{}\" must contain at most {limit} items", label(&pointer)))
        }
        ValidationErrorKind::Pattern { pattern } => {
            (pointer.clone(), format!("\"{}\" fails to match the required pattern: {pattern}", label(&pointer)))
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            (pointer.clone(), format!("\"{}\" does not match any of the allowed forms", label(&pointer)))
        }
        ValidationErrorKind::Not { schema } => (pointer.clone(), forbidden_combination(schema)),
        ValidationErrorKind::OneOfMultipleValid { .. } => {
            (pointer.clone(), format!("\"{}\" matches more than one of the allowed forms", label(&pointer)))
        }
        _ => (pointer.clone(), error.to_string()),
    };
    format!("{}: {message}", dotted(&pointer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_read_like_the_documentation() {
        assert_eq!(dotted("/data/attributes/name"), "data.attributes.name");
        assert_eq!(dotted("/data/attributes/taxes/0/invoice_id"), "data.attributes.taxes[0].invoice_id");
        assert_eq!(dotted("/page[limit]"), "page[limit]");
        assert_eq!(dotted(""), "body");
    }

    fn details(schema: &str, value: Value) -> Vec<String> {
        Schema::new(Box::leak(schema.to_owned().into_boxed_str())).check(&value, 1).unwrap_err()
    }

    #[test]
    fn a_missing_property_is_named_like_the_documented_example() {
        let schema = r#"{"type":"object","properties":{"data":{"type":"object","properties":{"attributes":{"type":"object","required":["name"]}}}}}"#;
        assert_eq!(
            details(schema, json!({ "data": { "attributes": {} } })),
            vec![r#"data.attributes.name: "name" is required"#]
        );
    }

    #[test]
    fn lengths_enums_formats_and_bounds_have_messages() {
        let schema = r#"{"type":"object","properties":{
            "name":{"type":"string","minLength":3},
            "kind":{"enum":["a","b"]},
            "id":{"type":"string","format":"uuid"},
            "limit":{"type":"integer","maximum":100},
            "items":{"type":"array","minItems":1}}}"#;
        let got = details(schema, json!({ "name": "ab", "kind": "c", "id": "x", "limit": 101, "items": [] }));
        for expected in [
            r#"name: "name" length must be at least 3 characters long"#,
            r#"kind: "kind" must be one of [a, b]"#,
            r#"id: "id" must be a valid GUID"#,
            r#"limit: "limit" must be less than or equal to 100"#,
            r#"items: "items" must contain at least 1 items"#,
        ] {
            assert!(got.iter().any(|d| d == expected), "missing {expected:?} in {got:?}");
        }
    }

    /// A body the schema accepts but its type refuses: read again, and the
    /// problem named at its path.
    #[tokio::test]
    async fn a_body_the_type_refuses_is_named_at_its_path() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Inner {
            count: u8,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Outer {
            data: Inner,
        }
        static ANYTHING: Schema = Schema::compiled("true", |_| true, |_| true);
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
        let options = RouterOptions::default();
        let refused = json_body::<Outer>(&headers, Body::from(r#"{"data":{"count":300}}"#), &ANYTHING, &options)
            .await
            .unwrap_err();
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert_eq!(refused.details.len(), 1, "{refused:?}");
        assert!(refused.details[0].starts_with("data.count: invalid value: integer `300`"), "{refused:?}");
        let decoded = json_body::<Outer>(&headers, Body::from(r#"{"data":{"count":3}}"#), &ANYTHING, &options).await;
        assert_eq!(decoded.unwrap().data.count, 3);
    }
}
