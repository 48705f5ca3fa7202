// Snapshot of the server generator for tests/fixtures/server/path_param.yaml.
// Refresh: UPDATE_SNAPSHOTS=1 cargo test -p subscriptions-tests --test server_snapshots

/// The fixture's types, as typify generates them.
#[allow(dead_code, clippy::all)]
pub mod types {
    ///Errors.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorResponse {
        pub errors: ::std::vec::Vec<ErrorResponseErrorsItem>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`ErrorResponseErrorsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ErrorResponseErrorsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponseErrorsItem {
        pub fn builder() -> builder::ErrorResponseErrorsItem {
            Default::default()
        }
    }
    ///A thing.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Thing {
        ///Its id.
        pub id: ::uuid::Uuid,
    }
    impl Thing {
        pub fn builder() -> builder::Thing {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ErrorResponseErrorsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    errors: Err("no value supplied for errors".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ErrorResponseErrorsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { errors: value.errors? })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self { errors: Ok(value.errors) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponseErrorsItem {
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponseErrorsItem {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponseErrorsItem {
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
        impl ::std::convert::TryFrom<ErrorResponseErrorsItem>
        for super::ErrorResponseErrorsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponseErrorsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::ErrorResponseErrorsItem>
        for ErrorResponseErrorsItem {
            fn from(value: super::ErrorResponseErrorsItem) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Thing {
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for Thing {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl Thing {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Thing> for super::Thing {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Thing,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::Thing> for Thing {
            fn from(value: super::Thing) -> Self {
                Self { id: Ok(value.id) }
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
/// The answers of `GetThing` (`GET /things/{thing_id}`): one variant per status the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetThingResponse {
    /// `200 OK`: The thing.
    Ok(self::types::Thing),
    /// `400 Bad Request`: Bad request.
    BadRequest(self::types::ErrorResponse),
}
impl GetThingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(_) => 200u16,
            Self::BadRequest(_) => 400u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
impl ::axum::response::IntoResponse for GetThingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
            Self::BadRequest(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
        }
    }
}
#[derive(::serde::Deserialize)]
struct GetThingPath {
    #[serde(rename = "thing_id")]
    thing_id: ::uuid::Uuid,
}
const GET_THING_PATH_PARAMS: &[::subscriptions_server::runtime::Param] = &[
    ::subscriptions_server::runtime::Param {
        name: "thing_id",
        kind: ::subscriptions_server::runtime::ParamKind::String,
    },
];
static GET_THING_PATH_SCHEMA: ::subscriptions_server::runtime::Schema = ::subscriptions_server::runtime::Schema::new(
    r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"thing_id":{"type":"string","format":"uuid"}},"required":["thing_id"]}"#,
);
/// Path parameter fixture: one method per operation.
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
    /// Get a thing
    ///
    /// Returns one thing by its id.
    ///
    /// `GET /things/{thing_id}` (operation `GetThing`)
    fn get_thing(
        &self,
        context: ::subscriptions_server::runtime::RequestContext,
        thing_id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetThingResponse> + Send;
}
/// The path every operation is served under, from the spec's `servers`.
pub const BASE_PATH: &str = "/v1";
/// The OpenAPI document this crate was generated from, as JSON; the
/// router serves it at `GET /openapi.json`.
pub const OPENAPI_JSON: &str = r##"{"openapi":"3.0.3","info":{"title":"Path parameter fixture","version":"1.0.0"},"servers":[{"url":"https://example.com/v1"}],"paths":{"/things/{thing_id}":{"get":{"operationId":"GetThing","summary":"Get a thing","description":"Returns one thing by its id.","parameters":[{"name":"thing_id","in":"path","required":true,"description":"The id of the thing.","schema":{"type":"string","format":"uuid"}}],"responses":{"200":{"description":"The thing.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},"400":{"description":"Bad request.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}}},"components":{"schemas":{"Thing":{"type":"object","description":"A thing.","required":["id"],"properties":{"id":{"type":"string","format":"uuid","description":"Its id."}}},"ErrorResponse":{"type":"object","description":"Errors.","required":["errors"],"properties":{"errors":{"type":"array","items":{"type":"object","properties":{"detail":{"type":"string"}}}}}}}}}"##;
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
            "/v1/things/{thing_id}",
            ::axum::routing::get(handle_get_thing::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v1/things/{thing_id}",
                        "GET, HEAD",
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
/// Serves `GetThing`: checks the request, then calls the implementation.
async fn handle_get_thing<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut parts, _body) = request.into_parts();
    let context = match ::subscriptions_server::runtime::authorize(
        &parts,
        "GetThing",
        false,
    ) {
        Ok(context) => context,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    if let Err(refused) = state.api.authenticate(&context).await {
        return ::axum::response::IntoResponse::into_response(refused);
    }
    let path: GetThingPath = match ::subscriptions_server::runtime::path_params(
            &mut parts,
            GET_THING_PATH_PARAMS,
            &GET_THING_PATH_SCHEMA,
        )
        .await
    {
        Ok(path) => path,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    ::subscriptions_server::runtime::call(state.api.get_thing(context, path.thing_id))
        .await
}
