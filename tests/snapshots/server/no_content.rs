// Snapshot of the server generator for tests/fixtures/server/no_content.yaml.
// Refresh: UPDATE_SNAPSHOTS=1 cargo test -p subscriptions-tests --test server_snapshots

/// The fixture's types, as typify generates them.
#[allow(dead_code, clippy::all)]
pub mod types {
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
    /// Types for composing complex structures.
    pub mod builder {
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
/// The answers of `DeleteThing` (`DELETE /things/{thing_id}`): one variant per status the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteThingResponse {
    /// `204 No Content`: Deleted.
    NoContent,
    /// `404 Not Found`: Not found.
    NotFound(self::types::Problem),
}
impl DeleteThingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::NotFound(_) => 404u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
impl ::axum::response::IntoResponse for DeleteThingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => ::subscriptions_server::runtime::no_content(status),
            Self::NotFound(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
        }
    }
}
#[derive(::serde::Deserialize)]
struct DeleteThingPath {
    #[serde(rename = "thing_id")]
    thing_id: ::uuid::Uuid,
}
const DELETE_THING_PATH_PARAMS: &[::subscriptions_server::runtime::Param] = &[
    ::subscriptions_server::runtime::Param {
        name: "thing_id",
        kind: ::subscriptions_server::runtime::ParamKind::String,
    },
];
static DELETE_THING_PATH_SCHEMA: ::subscriptions_server::runtime::Schema = ::subscriptions_server::runtime::Schema::new(
    r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"thing_id":{"type":"string","format":"uuid"}},"required":["thing_id"]}"#,
);
/// No content fixture: one method per operation.
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
    /// Delete a thing
    ///
    /// `DELETE /things/{thing_id}` (operation `DeleteThing`)
    fn delete_thing(
        &self,
        context: ::subscriptions_server::runtime::RequestContext,
        thing_id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteThingResponse> + Send;
}
/// The path every operation is served under, from the spec's `servers`.
pub const BASE_PATH: &str = "";
/// The OpenAPI document this crate was generated from, as JSON; the
/// router serves it at `GET /openapi.json`.
pub const OPENAPI_JSON: &str = r##"{"openapi":"3.0.3","info":{"title":"No content fixture","version":"1.0.0"},"paths":{"/things/{thing_id}":{"delete":{"operationId":"DeleteThing","summary":"Delete a thing","parameters":[{"name":"thing_id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],"responses":{"204":{"description":"Deleted."},"404":{"description":"Not found.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},"components":{"schemas":{"Problem":{"type":"object","description":"A problem.","properties":{"detail":{"type":"string","description":"What went wrong."}}}}}}"##;
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
            "/things/{thing_id}",
            ::axum::routing::delete(handle_delete_thing::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/things/{thing_id}",
                        "DELETE",
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
/// Serves `DeleteThing`: checks the request, then calls the implementation.
async fn handle_delete_thing<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut parts, _body) = request.into_parts();
    let context = match ::subscriptions_server::runtime::authorize(
        &parts,
        "DeleteThing",
        false,
    ) {
        Ok(context) => context,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    if let Err(refused) = state.api.authenticate(&context).await {
        return ::axum::response::IntoResponse::into_response(refused);
    }
    let path: DeleteThingPath = match ::subscriptions_server::runtime::path_params(
            &mut parts,
            DELETE_THING_PATH_PARAMS,
            &DELETE_THING_PATH_SCHEMA,
        )
        .await
    {
        Ok(path) => path,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    ::subscriptions_server::runtime::call(state.api.delete_thing(context, path.thing_id))
        .await
}
