// Snapshot of the server generator for tests/fixtures/server/body_three_statuses.yaml.
// Refresh: UPDATE_SNAPSHOTS=1 cargo test -p subscriptions-tests --test server_snapshots

/// The fixture's types, as typify generates them.
#[allow(dead_code, clippy::all)]
pub mod types {
    /// A value for an error message: quoted, or only its length when it is long.
    fn shown(value: &str) -> ::std::string::String {
        let length = value.chars().count();
        if length <= 64 {
            format!("{value:?}")
        } else {
            format!("a {length}-character string")
        }
    }
    ///A thing to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NewThing {
        ///Its name.
        pub name: NewThingName,
    }
    impl NewThing {
        pub fn builder() -> builder::NewThing {
            Default::default()
        }
    }
    ///Its name.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NewThingName(::std::string::String);
    impl ::std::ops::Deref for NewThingName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewThingName> for ::std::string::String {
        fn from(value: NewThingName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewThingName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err(
                    format!(
                        "{}{}", shown(value),
                        " is not a valid NewThingName: at most 10 characters are allowed"
                    )
                        .into(),
                );
            }
            if value.chars().count() < 3usize {
                return Err(
                    format!(
                        "{}{}", shown(value),
                        " is not a valid NewThingName: at least 3 characters are required"
                    )
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewThingName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewThingName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewThingName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A problem.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Problem {
        ///What went wrong.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    ///A thing.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Thing {
        ///Its name.
        pub name: ::std::string::String,
    }
    impl Thing {
        pub fn builder() -> builder::Thing {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct NewThing {
            name: ::std::result::Result<super::NewThingName, ::std::string::String>,
        }
        impl ::std::default::Default for NewThing {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl NewThing {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NewThingName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NewThing> for super::NewThing {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewThing,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::NewThing> for NewThing {
            fn from(value: super::NewThing) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Problem {
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                }
            }
        }
        impl Problem {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Thing {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Thing {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Thing {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Thing> for super::Thing {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Thing,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::Thing> for Thing {
            fn from(value: super::Thing) -> Self {
                Self { name: Ok(value.name) }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
/// The answers of `CreateThing` (`POST /things`): one variant per status the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateThingResponse {
    /// `201 Created`: Created.
    Created(self::types::Thing),
    /// `400 Bad Request`: Bad request.
    BadRequest(self::types::Problem),
    /// `409 Conflict`: Conflict.
    Conflict(self::types::Problem),
}
impl CreateThingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(_) => 201u16,
            Self::BadRequest(_) => 400u16,
            Self::Conflict(_) => 409u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
impl ::axum::response::IntoResponse for CreateThingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
            Self::BadRequest(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
            Self::Conflict(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
        }
    }
}
static CREATE_THING_BODY_SCHEMA: ::subscriptions_server::runtime::Schema = ::subscriptions_server::runtime::Schema::new(
    r##"{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"#/$defs/NewThing","$defs":{"NewThing":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":3,"maxLength":10}}}}}"##,
);
/// Body fixture: one method per operation.
///
/// Implement it (each method can be an `async fn`) and serve it with [`router`]. When a method is called, the router has already checked the bearer token (its presence, then [`authenticate`](Self::authenticate)), the path, the query and the body against the spec; the method's return type lists exactly the statuses the spec documents for the operation.
pub trait Api: Send + Sync + 'static {
    /// Checks the caller before anything else about the request is
    /// looked at, so a bad token gets `401` even when the rest of the
    /// request is bad too. The default accepts every token (the
    /// router has already refused a missing or malformed one).
    fn authenticate(
        &self,
        context: &::subscriptions_server::runtime::RequestContext,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            (),
            ::subscriptions_server::runtime::Unauthenticated,
        >,
    > + Send {
        let _ = context;
        async { Ok(()) }
    }
    /// Create a thing
    ///
    /// `POST /things` (operation `CreateThing`)
    fn create_thing(
        &self,
        context: ::subscriptions_server::runtime::RequestContext,
        body: self::types::NewThing,
    ) -> impl ::std::future::Future<Output = CreateThingResponse> + Send;
}
/// The path every operation is served under, from the spec's `servers`.
pub const BASE_PATH: &str = "";
/// The OpenAPI document this crate was generated from, as JSON; the
/// router serves it at `GET /openapi.json`.
pub const OPENAPI_JSON: &str = r##"{"openapi":"3.0.3","info":{"title":"Body fixture","version":"1.0.0"},"paths":{"/things":{"post":{"operationId":"CreateThing","summary":"Create a thing","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewThing"}}}},"responses":{"201":{"description":"Created.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},"400":{"description":"Bad request.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Problem"}}}},"409":{"description":"Conflict.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},"components":{"schemas":{"NewThing":{"type":"object","description":"A thing to create.","required":["name"],"properties":{"name":{"type":"string","minLength":3,"maxLength":10,"description":"Its name."}}},"Thing":{"type":"object","description":"A thing.","required":["name"],"properties":{"name":{"type":"string","description":"Its name."}}},"Problem":{"type":"object","description":"A problem.","properties":{"detail":{"type":"string","description":"What went wrong."}}}}}}"##;
/// An axum router serving `api` with the default options.
pub fn router<A: Api>(api: A) -> ::axum::Router {
    router_with_options(api, ::subscriptions_server::runtime::RouterOptions::default())
}
/// An axum router serving `api`: every operation under [`BASE_PATH`],
/// and the spec at `GET /openapi.json`. Unknown paths get `404` and
/// undeclared methods `405` with `Allow`; requests over the limits of
/// `options` are refused; every refusal is in the API's error format.
pub fn router_with_options<A: Api>(
    api: A,
    options: ::subscriptions_server::runtime::RouterOptions,
) -> ::axum::Router {
    let routes = ::axum::Router::new()
        .route(
            "/things",
            ::axum::routing::post(handle_create_thing::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/things",
                        "POST",
                    )
                }),
        )
        .route(
            "/openapi.json",
            ::axum::routing::get(|| async {
                    ::subscriptions_server::runtime::openapi(OPENAPI_JSON)
                })
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/openapi.json",
                        "GET, HEAD",
                    )
                }),
        )
        .fallback(::subscriptions_server::runtime::not_found)
        .with_state(
            ::subscriptions_server::runtime::AppState::new(api, options.clone()),
        );
    ::subscriptions_server::runtime::protect(routes, &options)
}
/// Serves `CreateThing`: checks the request, then calls the implementation.
async fn handle_create_thing<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (parts, body) = request.into_parts();
    let context = match ::subscriptions_server::runtime::authorize(
        &parts,
        "CreateThing",
        false,
    ) {
        Ok(context) => context,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    if let Err(refused) = state.api.authenticate(&context).await {
        return ::axum::response::IntoResponse::into_response(refused);
    }
    let body: self::types::NewThing = match ::subscriptions_server::runtime::json_body(
            &parts,
            body,
            &CREATE_THING_BODY_SCHEMA,
            &state.options,
        )
        .await
    {
        Ok(body) => body,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    ::subscriptions_server::runtime::call(state.api.create_thing(context, body)).await
}
