// Snapshot of the server generator for tests/fixtures/server/bracketed_query.yaml.
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
    ///`ListThingsFilter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListThingsFilter(::std::string::String);
    impl ::std::ops::Deref for ListThingsFilter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListThingsFilter> for ::std::string::String {
        fn from(value: ListThingsFilter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListThingsFilter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err(
                    format!(
                        "{}{}", shown(value),
                        " is not a valid ListThingsFilter: at least 1 characters are required"
                    )
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListThingsFilter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListThingsFilter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListThingsFilter {
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
    ///A page of things.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ThingList {
        pub data: ::std::vec::Vec<::std::string::String>,
    }
    impl ThingList {
        pub fn builder() -> builder::ThingList {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ThingList {
            data: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ThingList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl ThingList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ThingList> for super::ThingList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ThingList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::ThingList> for ThingList {
            fn from(value: super::ThingList) -> Self {
                Self { data: Ok(value.data) }
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
/// The answers of `ListThings` (`GET /things`): one variant per status the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsResponse {
    /// `200 OK`: A page of things.
    Ok(self::types::ThingList),
}
impl ListThingsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(_) => 200u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
impl ::axum::response::IntoResponse for ListThingsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
        }
    }
}
/// The query parameters of `ListThings`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
pub struct ListThingsQuery {
    /// Records to skip.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<i64>,
    /// Records per page.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<i64>,
    /// A filter.
    #[serde(rename = "filter")]
    pub filter: ::std::string::String,
}
const LIST_THINGS_QUERY_PARAMS: &[::subscriptions_server::runtime::Param] = &[
    ::subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::subscriptions_server::runtime::ParamKind::Integer,
    },
    ::subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::subscriptions_server::runtime::ParamKind::Integer,
    },
    ::subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::subscriptions_server::runtime::ParamKind::String,
    },
];
static LIST_THINGS_QUERY_SCHEMA: ::subscriptions_server::runtime::Schema = ::subscriptions_server::runtime::Schema::new(
    r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"page[offset]":{"type":"integer","format":"int64","minimum":0,"maximum":10000},"page[limit]":{"type":"integer","format":"int64","minimum":1,"maximum":100},"filter":{"type":"string","minLength":1}},"required":["filter"]}"#,
);
/// Bracketed query fixture: one method per operation.
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
    /// List things
    ///
    /// `GET /things` (operation `ListThings`)
    fn list_things(
        &self,
        context: ::subscriptions_server::runtime::RequestContext,
        query: ListThingsQuery,
    ) -> impl ::std::future::Future<Output = ListThingsResponse> + Send;
}
/// The path every operation is served under, from the spec's `servers`.
pub const BASE_PATH: &str = "";
/// The OpenAPI document this crate was generated from, as JSON; the
/// router serves it at `GET /openapi.json`.
pub const OPENAPI_JSON: &str = r##"{"openapi":"3.0.3","info":{"title":"Bracketed query fixture","version":"1.0.0"},"paths":{"/things":{"get":{"operationId":"ListThings","summary":"List things","parameters":[{"name":"page[offset]","in":"query","description":"Records to skip.","schema":{"type":"integer","format":"int64","minimum":0,"maximum":10000}},{"name":"page[limit]","in":"query","description":"Records per page.","schema":{"type":"integer","format":"int64","minimum":1,"maximum":100}},{"name":"filter","in":"query","required":true,"description":"A filter.","schema":{"type":"string","minLength":1}}],"responses":{"200":{"description":"A page of things.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ThingList"}}}}}}}},"components":{"schemas":{"ThingList":{"type":"object","description":"A page of things.","required":["data"],"properties":{"data":{"type":"array","items":{"type":"string"}}}}}}}"##;
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
            ::axum::routing::get(handle_list_things::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/things",
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
/// Serves `ListThings`: checks the request, then calls the implementation.
async fn handle_list_things<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (parts, _body) = request.into_parts();
    let context = match ::subscriptions_server::runtime::authorize(
        &parts,
        "ListThings",
        false,
    ) {
        Ok(context) => context,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    if let Err(refused) = state.api.authenticate(&context).await {
        return ::axum::response::IntoResponse::into_response(refused);
    }
    let query: ListThingsQuery = match ::subscriptions_server::runtime::query_params(
        &parts,
        LIST_THINGS_QUERY_PARAMS,
        &LIST_THINGS_QUERY_SCHEMA,
    ) {
        Ok(query) => query,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    ::subscriptions_server::runtime::call(state.api.list_things(context, query)).await
}
