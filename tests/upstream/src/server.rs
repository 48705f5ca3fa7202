// Snapshot of the server generator for tests/fixtures/upstream/subscriptions-26.0427.yaml. Do not edit.
// Refresh: EXPECTORATE=overwrite cargo test -p subscriptions-tests --test workspace server_snapshots::

/// The spec's error schema, `ErrorResponse`: the body of every error answer, whatever the schema is named.
pub type ErrorBody = crate::types::ErrorResponse;

/// One error, as the spec's error schema holds it.
#[derive(::serde::Serialize)]
struct WireError<'a> {
    #[serde(serialize_with = "status_text")]
    status: ::axum::http::StatusCode,
    title: &'a str,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    detail: ::std::option::Option<::std::borrow::Cow<'a, str>>,
}

/// The error body: a list of errors.
#[derive(::serde::Serialize)]
struct Wire<'a> {
    #[serde(rename = "errors")]
    errors: ::std::vec::Vec<WireError<'a>>,
}

/// A status as the schema writes it: text, such as `"400"`.
fn status_text<S: ::serde::Serializer>(
    status: &::axum::http::StatusCode,
    serializer: S,
) -> ::std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(status.as_str())
}

/// The error format as the router writes it: the one place its
/// shape is written.
fn error_wire<'a>(
    status: ::axum::http::StatusCode,
    title: &'a str,
    details: &'a [::std::string::String],
) -> Wire<'a> {
    let each = |detail: ::std::option::Option<::std::borrow::Cow<'a, str>>| {
        let _ = (&status, &title, &detail);
        WireError { status, title, detail }
    };
    let errors = if details.is_empty() {
        vec![each(None)]
    } else {
        details
            .iter()
            .map(|detail| each(Some(::std::borrow::Cow::Borrowed(detail.as_str()))))
            .collect()
    };
    Wire { errors }
}

/// Builds a body in the spec's error format, `ErrorResponse`: every answer the router gives itself, and the helpers of this crate, are built here.
pub fn error_body(
    status: ::axum::http::StatusCode,
    title: &str,
    details: &[::std::string::String],
) -> ErrorBody {
    let value = ::serde_json::to_value(error_wire(status, title, details))
        .expect("an error serializes");
    ::serde_json::from_value(value)
        .expect("the generator builds a value of the error schema from its members")
}

/// The answers the router gives itself, in the error format,
/// serialized straight from the borrowed wire form: a refusal
/// costs no more than it must.
fn error_answer(
    status: ::axum::http::StatusCode,
    title: &str,
    details: &[::std::string::String],
) -> ::axum::response::Response {
    ::elasticpath_subscriptions_server::runtime::json_response(
        status,
        &error_wire(status, title, details),
        &[],
    )
}

/// The answers of `ListOfferings` (`GET /v2/subscriptions/offerings`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListOfferingsResponse {
    /// `200 OK`: Success. A list of offerings is returned.
    Ok(crate::types::ListOfferingsOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListOfferingsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListOfferingsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListOfferings`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListOfferingsQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
    /// The `include` query parameter.
    #[serde(rename = "include", default)]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

const LIST_OFFERINGS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "include",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::CommaSeparated,
    },
];
static LIST_OFFERINGS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    },
    "include": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "plans",
          "pricing_options",
          "features"
        ]
      }
    }
  }
}"#,
    list_offerings_query_accepts,
);

/// What the router checks for `ListOfferings`.
static LIST_OFFERINGS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListOfferings",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERINGS_QUERY_PARAMS,
        schema: &LIST_OFFERINGS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateOffering` (`POST /v2/subscriptions/offerings`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateOfferingResponse {
    /// `201 Created`: Success. The offering is created.
    Created(crate::types::CreateOfferingCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateOfferingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateOffering`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateOfferingQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_OFFERING_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_OFFERING_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

static CREATE_OFFERING_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateOfferingBody",
  "$defs": {
    "CreateOfferingBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "OfferingAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "OfferingCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/OfferingRelationships"
        }
      }
    },
    "OfferingRelationships": {
      "properties": {
        "proration_policy": {
          "$ref": "#/$defs/ProrationPolicyRelationshipAttributes"
        }
      }
    },
    "ProrationPolicyRelationshipAttributes": {
      "type": "object",
      "required": [
        "type",
        "id"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/ProrationPolicyType"
        },
        "id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "ProrationPolicyType": {
      "type": "string",
      "enum": [
        "subscription_proration_policy"
      ]
    },
    "SubscriptionOfferingType": {
      "type": "string",
      "enum": [
        "subscription_offering"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    create_offering_body_accepts,
);

/// What the router checks for `CreateOffering`.
static CREATE_OFFERING_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateOffering",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_OFFERING_QUERY_PARAMS,
        schema: &CREATE_OFFERING_QUERY_SCHEMA,
    }),
    header: None,
    body: Some(&CREATE_OFFERING_BODY_SCHEMA),
};

/// The answers of `BuildOffering` (`POST /v2/subscriptions/offerings/build`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BuildOfferingResponse {
    /// `201 Created`: Success. The new subscription offering is created with the specified subscription plans and pricing options attached to the offering.
    Created(crate::types::BuildOfferingCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl BuildOfferingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for BuildOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

static BUILD_OFFERING_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/BuildOfferingBody",
  "$defs": {
    "BuildOffering": {
      "required": [
        "name",
        "plans",
        "pricing_options"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "proration_policy_id": {
          "type": "string"
        },
        "configured_features": {
          "$ref": "#/$defs/OfferingBuildConfiguredFeatures"
        },
        "pricing_option_associations": {
          "$ref": "#/$defs/OfferingBuildPricingOptionAssociations"
        },
        "features": {
          "type": "array",
          "minItems": 1,
          "items": {
            "anyOf": [
              {
                "$ref": "#/$defs/ExternalRef"
              },
              {
                "$ref": "#/$defs/FeatureAttributes"
              },
              {
                "$ref": "#/$defs/UUID"
              }
            ]
          }
        },
        "plans": {
          "type": "array",
          "minItems": 1,
          "items": {
            "anyOf": [
              {
                "$ref": "#/$defs/OfferingPlanAttributes"
              }
            ]
          }
        },
        "pricing_options": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/PricingOptionAttributes"
          }
        }
      }
    },
    "BuildOfferingBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/BuildOffering"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureAttributes": {
      "required": [
        "name",
        "configuration"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureConfigAccessAttributes": {
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        }
      }
    },
    "FeatureConfigPromotionAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfigUsageAttributes": {
      "required": [
        "type",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeaturePlanConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigPromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigUsageAttributes"
          }
        }
      ]
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "LeadTime": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.LeadTimeType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "time": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "type",
        "time"
      ]
    },
    "NotificationSchedule": {
      "type": "object",
      "required": [
        "name",
        "unit",
        "amount"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1024
        },
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month"
          ],
          "x-go-type": "model.NotificationScheduleUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 9223372036854775807
        }
      }
    },
    "OfferingBuildConfiguredFeatures": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OfferingBuildPlanFeatures"
      }
    },
    "OfferingBuildPlanFeatures": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/FeaturePlanConfiguration"
      }
    },
    "OfferingBuildPlanPricingOptions": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "OfferingBuildPricingOptionAssociations": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OfferingBuildPlanPricingOptions"
      }
    },
    "OfferingPlanAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/PlanAttributes"
        },
        {
          "$ref": "#/$defs/OfferingPlanExtraAttributes"
        }
      ]
    },
    "OfferingPlanExtraAttributes": {
      "properties": {
        "feature_configurations": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/FeaturePlanConfiguration"
          }
        }
      }
    },
    "PlanAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "sku": {
          "type": "string",
          "maxLength": 1024
        },
        "main_image": {
          "type": "string",
          "format": "uri",
          "maxLength": 1024
        },
        "price": {
          "$ref": "#/$defs/Price"
        },
        "price_units": {
          "$ref": "#/$defs/PriceUnits"
        }
      }
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PriceUnits": {
      "type": "object",
      "required": [
        "unit",
        "amount"
      ],
      "properties": {
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "month"
          ],
          "x-go-type": "model.PriceUnitsUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "PricingOptionAttributes": {
      "required": [
        "name",
        "billing_interval_type",
        "billing_frequency",
        "plan_length",
        "end_behavior",
        "can_pause",
        "can_resume",
        "can_cancel"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "billing_interval_type": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month",
            "year"
          ],
          "x-go-type": "model.BillingIntervalType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "billing_frequency": {
          "type": "integer",
          "minimum": 1
        },
        "trial_period": {
          "type": "integer",
          "minimum": 0
        },
        "lead_time": {
          "$ref": "#/$defs/LeadTime"
        },
        "notification_schedule": {
          "type": "array",
          "x-go-type-skip-optional-pointer": true,
          "items": {
            "$ref": "#/$defs/NotificationSchedule"
          }
        },
        "plan_length": {
          "type": "integer",
          "minimum": 1
        },
        "end_behavior": {
          "type": "string",
          "enum": [
            "close",
            "roll"
          ],
          "x-go-type": "model.EndBehavior",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "can_pause": {
          "type": "boolean"
        },
        "can_resume": {
          "type": "boolean"
        },
        "can_cancel": {
          "type": "boolean"
        },
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
);

/// What the router checks for `BuildOffering`.
static BUILD_OFFERING_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "BuildOffering",
    bearer: true,
    path: None,
    query: None,
    header: None,
    body: Some(&BUILD_OFFERING_BODY_SCHEMA),
};

/// The answers of `GetOffering` (`GET /v2/subscriptions/offerings/{offering_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOfferingResponse {
    /// `200 OK`: Success. The details of the subscription offering are returned.
    Ok(crate::types::GetOfferingOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetOfferingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `GetOffering`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetOfferingQuery {
    /// The `include` query parameter.
    #[serde(rename = "include", default)]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

#[derive(::serde::Deserialize)]
struct GetOfferingPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const GET_OFFERING_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_OFFERING_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

const GET_OFFERING_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "include",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::CommaSeparated,
    },
];
static GET_OFFERING_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "include": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "plans",
          "pricing_options",
          "features"
        ]
      }
    }
  }
}"#,
    get_offering_query_accepts,
);

/// What the router checks for `GetOffering`.
static GET_OFFERING_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetOffering",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_OFFERING_PATH_PARAMS,
        schema: &GET_OFFERING_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_OFFERING_QUERY_PARAMS,
        schema: &GET_OFFERING_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `UpdateOffering` (`PUT /v2/subscriptions/offerings/{offering_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateOfferingResponse {
    /// `200 OK`: Success. The details of the subscription offering are updated.
    Ok(crate::types::UpdateOfferingOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateOfferingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateOfferingPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const UPDATE_OFFERING_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_OFFERING_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

static UPDATE_OFFERING_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateOfferingBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "NullValue": {
      "type": "null"
    },
    "OfferingUpdate": {
      "anyOf": [
        {
          "required": [
            "attributes"
          ]
        },
        {
          "required": [
            "relationships"
          ]
        }
      ],
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingUpdateAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/OfferingUpdateRelationships"
        }
      }
    },
    "OfferingUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 1024
        }
      }
    },
    "OfferingUpdateRelationships": {
      "properties": {
        "proration_policy": {
          "oneOf": [
            {
              "$ref": "#/$defs/ProrationPolicyUpdateRelationshipAttributesValue"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        }
      }
    },
    "ProrationPolicyType": {
      "type": "string",
      "enum": [
        "subscription_proration_policy"
      ]
    },
    "ProrationPolicyUpdateRelationshipAttributesValue": {
      "type": "object",
      "required": [
        "type",
        "id"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/ProrationPolicyType"
        },
        "id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "SubscriptionOfferingType": {
      "type": "string",
      "enum": [
        "subscription_offering"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateOfferingBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingUpdate"
        }
      }
    }
  }
}"##,
    update_offering_body_accepts,
);

/// What the router checks for `UpdateOffering`.
static UPDATE_OFFERING_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateOffering",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_OFFERING_PATH_PARAMS,
        schema: &UPDATE_OFFERING_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_OFFERING_BODY_SCHEMA),
};

/// The answers of `DeleteOffering` (`DELETE /v2/subscriptions/offerings/{offering_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteOfferingResponse {
    /// `204 No Content`: Success. The subscription offering is removed.
    NoContent,
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteOfferingResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteOfferingPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const DELETE_OFFERING_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_OFFERING_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

/// What the router checks for `DeleteOffering`.
static DELETE_OFFERING_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteOffering",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_OFFERING_PATH_PARAMS,
        schema: &DELETE_OFFERING_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `GetOfferingFeature` (`GET /v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOfferingFeatureResponse {
    /// `200 OK`: Success. The details of the feature are returned.
    Ok(crate::types::GetOfferingFeatureOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetOfferingFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetOfferingFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetOfferingFeaturePath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const GET_OFFERING_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_OFFERING_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_feature_path_accepts,
);

/// What the router checks for `GetOfferingFeature`.
static GET_OFFERING_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetOfferingFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_OFFERING_FEATURE_PATH_PARAMS,
        schema: &GET_OFFERING_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateOfferingFeature` (`PUT /v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateOfferingFeatureResponse {
    /// `200 OK`: Success. The feature details are updated on the offering.
    Ok(crate::types::UpdateOfferingFeatureOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateOfferingFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateOfferingFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateOfferingFeaturePath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const UPDATE_OFFERING_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_OFFERING_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_feature_path_accepts,
);

static UPDATE_OFFERING_FEATURE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateOfferingFeatureBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "NullValue": {
      "type": "null"
    },
    "OfferingFeatureUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingFeatureType"
        },
        "attributes": {
          "$ref": "#/$defs/FeatureUpdateAttributes"
        }
      }
    },
    "SubscriptionOfferingFeatureType": {
      "type": "string",
      "enum": [
        "subscription_offering_feature"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateOfferingFeatureBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingFeatureUpdate"
        }
      }
    }
  }
}"##,
);

/// What the router checks for `UpdateOfferingFeature`.
static UPDATE_OFFERING_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateOfferingFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_OFFERING_FEATURE_PATH_PARAMS,
        schema: &UPDATE_OFFERING_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_OFFERING_FEATURE_BODY_SCHEMA),
};

/// The answers of `DeleteOfferingFeature` (`DELETE /v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteOfferingFeatureResponse {
    /// `204 No Content`: Success. The subscription feature is removed from the offering.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
}

impl DeleteOfferingFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteOfferingFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteOfferingFeaturePath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const DELETE_OFFERING_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_OFFERING_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_feature_path_accepts,
);

/// What the router checks for `DeleteOfferingFeature`.
static DELETE_OFFERING_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteOfferingFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_OFFERING_FEATURE_PATH_PARAMS,
        schema: &DELETE_OFFERING_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `AttachOfferingFeature` (`POST /v2/subscriptions/offerings/{offering_uuid}/features/attach`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AttachOfferingFeatureResponse {
    /// `200 OK`: Success. The subscription feature is attached with the offering.
    Ok(crate::types::AttachOfferingFeatureOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl AttachOfferingFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for AttachOfferingFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct AttachOfferingFeaturePath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const ATTACH_OFFERING_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static ATTACH_OFFERING_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

static ATTACH_OFFERING_FEATURE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/AttachOfferingFeatureBody",
  "$defs": {
    "AttachOfferingFeatureBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingFeatureAttach"
        }
      }
    },
    "OfferingFeatureAttach": {
      "required": [
        "features"
      ],
      "properties": {
        "features": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/UUID"
          }
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    attach_offering_feature_body_accepts,
);

/// What the router checks for `AttachOfferingFeature`.
static ATTACH_OFFERING_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "AttachOfferingFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: ATTACH_OFFERING_FEATURE_PATH_PARAMS,
        schema: &ATTACH_OFFERING_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&ATTACH_OFFERING_FEATURE_BODY_SCHEMA),
};

/// The answers of `ListOfferingPricingOptions` (`GET /v2/subscriptions/offerings/{offering_uuid}/pricing-options`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListOfferingPricingOptionsResponse {
    /// `200 OK`: Success. A list of pricing options attached with the offering is returned.
    Ok(crate::types::ListOfferingPricingOptionsOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListOfferingPricingOptionsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListOfferingPricingOptionsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListOfferingPricingOptions`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListOfferingPricingOptionsQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListOfferingPricingOptionsPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const LIST_OFFERING_PRICING_OPTIONS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_PRICING_OPTIONS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

const LIST_OFFERING_PRICING_OPTIONS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_PRICING_OPTIONS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListOfferingPricingOptions`.
static LIST_OFFERING_PRICING_OPTIONS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListOfferingPricingOptions",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_PRICING_OPTIONS_PATH_PARAMS,
        schema: &LIST_OFFERING_PRICING_OPTIONS_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_PRICING_OPTIONS_QUERY_PARAMS,
        schema: &LIST_OFFERING_PRICING_OPTIONS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateOfferingPricingOption` (`POST /v2/subscriptions/offerings/{offering_uuid}/pricing-options`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateOfferingPricingOptionResponse {
    /// `201 Created`: Success. The pricing option is created.
    Created(crate::types::CreateOfferingPricingOptionCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateOfferingPricingOptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateOfferingPricingOptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct CreateOfferingPricingOptionPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const CREATE_OFFERING_PRICING_OPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_OFFERING_PRICING_OPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

static CREATE_OFFERING_PRICING_OPTION_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateOfferingPricingOptionBody",
  "$defs": {
    "CreateOfferingPricingOptionBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingPricingOptionCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "LeadTime": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.LeadTimeType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "time": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "type",
        "time"
      ]
    },
    "NotificationSchedule": {
      "type": "object",
      "required": [
        "name",
        "unit",
        "amount"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1024
        },
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month"
          ],
          "x-go-type": "model.NotificationScheduleUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 9223372036854775807
        }
      }
    },
    "OfferingPricingOptionCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingPricingOptionType"
        },
        "attributes": {
          "$ref": "#/$defs/PricingOptionAttributes"
        }
      }
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PricingOptionAttributes": {
      "required": [
        "name",
        "billing_interval_type",
        "billing_frequency",
        "plan_length",
        "end_behavior",
        "can_pause",
        "can_resume",
        "can_cancel"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "billing_interval_type": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month",
            "year"
          ],
          "x-go-type": "model.BillingIntervalType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "billing_frequency": {
          "type": "integer",
          "minimum": 1
        },
        "trial_period": {
          "type": "integer",
          "minimum": 0
        },
        "lead_time": {
          "$ref": "#/$defs/LeadTime"
        },
        "notification_schedule": {
          "type": "array",
          "x-go-type-skip-optional-pointer": true,
          "items": {
            "$ref": "#/$defs/NotificationSchedule"
          }
        },
        "plan_length": {
          "type": "integer",
          "minimum": 1
        },
        "end_behavior": {
          "type": "string",
          "enum": [
            "close",
            "roll"
          ],
          "x-go-type": "model.EndBehavior",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "can_pause": {
          "type": "boolean"
        },
        "can_resume": {
          "type": "boolean"
        },
        "can_cancel": {
          "type": "boolean"
        },
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "SubscriptionOfferingPricingOptionType": {
      "type": "string",
      "enum": [
        "subscription_offering_pricing_option"
      ]
    }
  }
}"##,
    create_offering_pricing_option_body_accepts,
);

/// What the router checks for `CreateOfferingPricingOption`.
static CREATE_OFFERING_PRICING_OPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateOfferingPricingOption",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_OFFERING_PRICING_OPTION_PATH_PARAMS,
        schema: &CREATE_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&CREATE_OFFERING_PRICING_OPTION_BODY_SCHEMA),
};

/// The answers of `GetOfferingPricingOption` (`GET /v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOfferingPricingOptionResponse {
    /// `200 OK`: Success. The details of the pricing option are returned.
    Ok(crate::types::GetOfferingPricingOptionOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetOfferingPricingOptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetOfferingPricingOptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetOfferingPricingOptionPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "pricing_option_uuid")]
    pricing_option_uuid: ::uuid::Uuid,
}

const GET_OFFERING_PRICING_OPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "pricing_option_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_OFFERING_PRICING_OPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "pricing_option_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "pricing_option_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_pricing_option_path_accepts,
);

/// What the router checks for `GetOfferingPricingOption`.
static GET_OFFERING_PRICING_OPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetOfferingPricingOption",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_OFFERING_PRICING_OPTION_PATH_PARAMS,
        schema: &GET_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateOfferingPricingOption` (`PUT /v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateOfferingPricingOptionResponse {
    /// `200 OK`: Success. The pricing option details are updated on the offering.
    Ok(crate::types::UpdateOfferingPricingOptionOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateOfferingPricingOptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateOfferingPricingOptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateOfferingPricingOptionPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "pricing_option_uuid")]
    pricing_option_uuid: ::uuid::Uuid,
}

const UPDATE_OFFERING_PRICING_OPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "pricing_option_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_OFFERING_PRICING_OPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "pricing_option_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "pricing_option_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_pricing_option_path_accepts,
);

static UPDATE_OFFERING_PRICING_OPTION_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateOfferingPricingOptionBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "NotificationSchedule": {
      "type": "object",
      "required": [
        "name",
        "unit",
        "amount"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1024
        },
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month"
          ],
          "x-go-type": "model.NotificationScheduleUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 9223372036854775807
        }
      }
    },
    "NullValue": {
      "type": "null"
    },
    "NullableLeadTimeValue": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.LeadTimeType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "time": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "type",
        "time"
      ]
    },
    "NullablePriceValue": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "OfferingPricingOptionUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingPricingOptionType"
        },
        "attributes": {
          "$ref": "#/$defs/PricingOptionUpdateAttributes"
        }
      }
    },
    "PricingOptionUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 1024
        },
        "billing_interval_type": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month",
            "year"
          ],
          "x-go-type": "model.BillingIntervalType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "billing_frequency": {
          "type": "integer",
          "minimum": 1
        },
        "trial_period": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "plan_length": {
          "type": "integer",
          "minimum": 1
        },
        "lead_time": {
          "oneOf": [
            {
              "$ref": "#/$defs/NullableLeadTimeValue"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "notification_schedule": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/NotificationSchedule"
          }
        },
        "end_behavior": {
          "type": "string",
          "enum": [
            "close",
            "roll"
          ],
          "x-go-type": "model.EndBehavior",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "can_pause": {
          "type": "boolean"
        },
        "can_resume": {
          "type": "boolean"
        },
        "can_cancel": {
          "type": "boolean"
        },
        "base_price_percentage": {
          "type": [
            "number",
            "null"
          ],
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "oneOf": [
            {
              "$ref": "#/$defs/NullablePriceValue"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        }
      }
    },
    "SubscriptionOfferingPricingOptionType": {
      "type": "string",
      "enum": [
        "subscription_offering_pricing_option"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateOfferingPricingOptionBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingPricingOptionUpdate"
        }
      }
    }
  }
}"##,
    update_offering_pricing_option_body_accepts,
);

/// What the router checks for `UpdateOfferingPricingOption`.
static UPDATE_OFFERING_PRICING_OPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateOfferingPricingOption",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_OFFERING_PRICING_OPTION_PATH_PARAMS,
        schema: &UPDATE_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_OFFERING_PRICING_OPTION_BODY_SCHEMA),
};

/// The answers of `DeleteOfferingPricingOption` (`DELETE /v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteOfferingPricingOptionResponse {
    /// `204 No Content`: Success. The subscription pricing option is no longer associated with the offering.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
}

impl DeleteOfferingPricingOptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteOfferingPricingOptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteOfferingPricingOptionPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "pricing_option_uuid")]
    pricing_option_uuid: ::uuid::Uuid,
}

const DELETE_OFFERING_PRICING_OPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "pricing_option_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_OFFERING_PRICING_OPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "pricing_option_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "pricing_option_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_pricing_option_path_accepts,
);

/// What the router checks for `DeleteOfferingPricingOption`.
static DELETE_OFFERING_PRICING_OPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteOfferingPricingOption",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_OFFERING_PRICING_OPTION_PATH_PARAMS,
        schema: &DELETE_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListOfferingFeatures` (`GET /v2/subscriptions/offerings/{offering_uuid}/features`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListOfferingFeaturesResponse {
    /// `200 OK`: Success. A list of subscription features attached to the offering is returned.
    Ok(crate::types::ListOfferingFeaturesOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListOfferingFeaturesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListOfferingFeaturesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListOfferingFeatures`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListOfferingFeaturesQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListOfferingFeaturesPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const LIST_OFFERING_FEATURES_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_FEATURES_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

const LIST_OFFERING_FEATURES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_FEATURES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListOfferingFeatures`.
static LIST_OFFERING_FEATURES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListOfferingFeatures",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_FEATURES_PATH_PARAMS,
        schema: &LIST_OFFERING_FEATURES_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_FEATURES_QUERY_PARAMS,
        schema: &LIST_OFFERING_FEATURES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateOfferingFeature` (`POST /v2/subscriptions/offerings/{offering_uuid}/features`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateOfferingFeatureResponse {
    /// `201 Created`: Success. The feature is created.
    Created(crate::types::CreateOfferingFeatureCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateOfferingFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateOfferingFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct CreateOfferingFeaturePath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const CREATE_OFFERING_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_OFFERING_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

static CREATE_OFFERING_FEATURE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateOfferingFeatureBody",
  "$defs": {
    "CreateOfferingFeatureBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingFeatureCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureAttributes": {
      "required": [
        "name",
        "configuration"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "OfferingFeatureCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingFeatureType"
        },
        "attributes": {
          "$ref": "#/$defs/FeatureAttributes"
        }
      }
    },
    "SubscriptionOfferingFeatureType": {
      "type": "string",
      "enum": [
        "subscription_offering_feature"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
);

/// What the router checks for `CreateOfferingFeature`.
static CREATE_OFFERING_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateOfferingFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_OFFERING_FEATURE_PATH_PARAMS,
        schema: &CREATE_OFFERING_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&CREATE_OFFERING_FEATURE_BODY_SCHEMA),
};

/// The answers of `ListOfferingPlans` (`GET /v2/subscriptions/offerings/{offering_uuid}/plans`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListOfferingPlansResponse {
    /// `200 OK`: Success. A list of subscription plans attached to the offering is returned.
    Ok(crate::types::ListOfferingPlansOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListOfferingPlansResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListOfferingPlansResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListOfferingPlans`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListOfferingPlansQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListOfferingPlansPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const LIST_OFFERING_PLANS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_PLANS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

const LIST_OFFERING_PLANS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_PLANS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListOfferingPlans`.
static LIST_OFFERING_PLANS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListOfferingPlans",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_PLANS_PATH_PARAMS,
        schema: &LIST_OFFERING_PLANS_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_PLANS_QUERY_PARAMS,
        schema: &LIST_OFFERING_PLANS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateOfferingPlan` (`POST /v2/subscriptions/offerings/{offering_uuid}/plans`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateOfferingPlanResponse {
    /// `201 Created`: Success. The plan is created.
    Created(crate::types::CreateOfferingPlanCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateOfferingPlanResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateOfferingPlanResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct CreateOfferingPlanPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
}

const CREATE_OFFERING_PLAN_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_OFFERING_PLAN_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_path_accepts,
);

static CREATE_OFFERING_PLAN_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateOfferingPlanBody",
  "$defs": {
    "CreateOfferingPlanBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingPlanCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureConfigAccessAttributes": {
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        }
      }
    },
    "FeatureConfigPromotionAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfigUsageAttributes": {
      "required": [
        "type",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "FeaturePlanConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigPromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigUsageAttributes"
          }
        }
      ]
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "OfferingPlanAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/PlanAttributes"
        },
        {
          "$ref": "#/$defs/OfferingPlanExtraAttributes"
        }
      ]
    },
    "OfferingPlanCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingPlanType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingPlanAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        }
      }
    },
    "OfferingPlanExtraAttributes": {
      "properties": {
        "feature_configurations": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/FeaturePlanConfiguration"
          }
        }
      }
    },
    "PlanAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "sku": {
          "type": "string",
          "maxLength": 1024
        },
        "main_image": {
          "type": "string",
          "format": "uri",
          "maxLength": 1024
        },
        "price": {
          "$ref": "#/$defs/Price"
        },
        "price_units": {
          "$ref": "#/$defs/PriceUnits"
        }
      }
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PriceUnits": {
      "type": "object",
      "required": [
        "unit",
        "amount"
      ],
      "properties": {
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "month"
          ],
          "x-go-type": "model.PriceUnitsUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionOfferingPlanType": {
      "type": "string",
      "enum": [
        "subscription_offering_plan"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
);

/// What the router checks for `CreateOfferingPlan`.
static CREATE_OFFERING_PLAN_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateOfferingPlan",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_OFFERING_PLAN_PATH_PARAMS,
        schema: &CREATE_OFFERING_PLAN_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&CREATE_OFFERING_PLAN_BODY_SCHEMA),
};

/// The answers of `GetOfferingPlan` (`GET /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOfferingPlanResponse {
    /// `200 OK`: Success. The details of the plan are returned.
    Ok(crate::types::GetOfferingPlanOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetOfferingPlanResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetOfferingPlanResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetOfferingPlanPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const GET_OFFERING_PLAN_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_OFFERING_PLAN_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_plan_path_accepts,
);

/// What the router checks for `GetOfferingPlan`.
static GET_OFFERING_PLAN_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetOfferingPlan",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_OFFERING_PLAN_PATH_PARAMS,
        schema: &GET_OFFERING_PLAN_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateOfferingPlan` (`PUT /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateOfferingPlanResponse {
    /// `200 OK`: Success. The plan details are updated on the offering.
    Ok(crate::types::UpdateOfferingPlanOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateOfferingPlanResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateOfferingPlanResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateOfferingPlanPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const UPDATE_OFFERING_PLAN_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_OFFERING_PLAN_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_plan_path_accepts,
);

static UPDATE_OFFERING_PLAN_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateOfferingPlanBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureConfigAccessAttributes": {
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        }
      }
    },
    "FeatureConfigPromotionAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfigUsageAttributes": {
      "required": [
        "type",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "FeaturePlanConfigurationUpdate": {
      "type": [
        "object",
        "null"
      ],
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigPromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigUsageAttributes"
          }
        }
      ]
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "NullValue": {
      "type": "null"
    },
    "NullablePriceUnitsValue": {
      "type": "object",
      "required": [
        "unit",
        "amount"
      ],
      "properties": {
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "month"
          ],
          "x-go-type": "model.PriceUnitsUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "NullablePriceValue": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": -9223372036854775808,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "OfferingPlanUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingPlanType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingPlanUpdateAttributes"
        }
      }
    },
    "OfferingPlanUpdateAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/PlanUpdateAttributes"
        },
        {
          "$ref": "#/$defs/OfferingPlanUpdateExtraAttributes"
        }
      ]
    },
    "OfferingPlanUpdateExtraAttributes": {
      "properties": {
        "feature_configurations": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/FeaturePlanConfigurationUpdate"
          }
        }
      }
    },
    "PlanUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 1024
        },
        "sku": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 1024
        },
        "main_image": {
          "type": [
            "string",
            "null"
          ],
          "format": "uri",
          "maxLength": 1024
        },
        "price": {
          "oneOf": [
            {
              "$ref": "#/$defs/NullablePriceValue"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "price_units": {
          "oneOf": [
            {
              "$ref": "#/$defs/NullablePriceUnitsValue"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        }
      }
    },
    "SubscriptionOfferingPlanType": {
      "type": "string",
      "enum": [
        "subscription_offering_plan"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateOfferingPlanBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/OfferingPlanUpdate"
        }
      }
    }
  }
}"##,
);

/// What the router checks for `UpdateOfferingPlan`.
static UPDATE_OFFERING_PLAN_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateOfferingPlan",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_OFFERING_PLAN_PATH_PARAMS,
        schema: &UPDATE_OFFERING_PLAN_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_OFFERING_PLAN_BODY_SCHEMA),
};

/// The answers of `DeleteOfferingPlan` (`DELETE /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteOfferingPlanResponse {
    /// `204 No Content`: Success. The subscription plan is removed from the offering.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
}

impl DeleteOfferingPlanResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteOfferingPlanResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteOfferingPlanPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const DELETE_OFFERING_PLAN_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_OFFERING_PLAN_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_plan_path_accepts,
);

/// What the router checks for `DeleteOfferingPlan`.
static DELETE_OFFERING_PLAN_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteOfferingPlan",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_OFFERING_PLAN_PATH_PARAMS,
        schema: &DELETE_OFFERING_PLAN_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListOfferingPlanPricingOptions` (`GET /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListOfferingPlanPricingOptionsResponse {
    /// `200 OK`: Success. The pricing option relationships are returned
    Ok(crate::types::ListOfferingPlanPricingOptionsOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListOfferingPlanPricingOptionsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListOfferingPlanPricingOptionsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct ListOfferingPlanPricingOptionsPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const LIST_OFFERING_PLAN_PRICING_OPTIONS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_plan_path_accepts,
);

/// What the router checks for `ListOfferingPlanPricingOptions`.
static LIST_OFFERING_PLAN_PRICING_OPTIONS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListOfferingPlanPricingOptions",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_OFFERING_PLAN_PRICING_OPTIONS_PATH_PARAMS,
        schema: &LIST_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `AddOfferingPlanPricingOptions` (`POST /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddOfferingPlanPricingOptionsResponse {
    /// `200 OK`: Success. The pricing options are added to the plan
    Ok(crate::types::AddOfferingPlanPricingOptionsOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl AddOfferingPlanPricingOptionsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for AddOfferingPlanPricingOptionsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct AddOfferingPlanPricingOptionsPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const ADD_OFFERING_PLAN_PRICING_OPTIONS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static ADD_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_plan_path_accepts,
);

static ADD_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/RelationshipsRequest",
  "$defs": {
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipsRequest": {
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    add_offering_plan_pricing_options_body_accepts,
);

/// What the router checks for `AddOfferingPlanPricingOptions`.
static ADD_OFFERING_PLAN_PRICING_OPTIONS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "AddOfferingPlanPricingOptions",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: ADD_OFFERING_PLAN_PRICING_OPTIONS_PATH_PARAMS,
        schema: &ADD_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&ADD_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA),
};

/// The answers of `RemoveOfferingPlanPricingOptions` (`DELETE /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RemoveOfferingPlanPricingOptionsResponse {
    /// `200 OK`: Success. The pricing options are added to the plan
    Ok(crate::types::RemoveOfferingPlanPricingOptionsOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl RemoveOfferingPlanPricingOptionsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for RemoveOfferingPlanPricingOptionsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct RemoveOfferingPlanPricingOptionsPath {
    #[serde(rename = "offering_uuid")]
    offering_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const REMOVE_OFFERING_PLAN_PRICING_OPTIONS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "offering_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static REMOVE_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "offering_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "offering_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_offering_plan_path_accepts,
);

static REMOVE_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/RelationshipsRequest",
  "$defs": {
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipsRequest": {
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    add_offering_plan_pricing_options_body_accepts,
);

/// What the router checks for `RemoveOfferingPlanPricingOptions`.
static REMOVE_OFFERING_PLAN_PRICING_OPTIONS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "RemoveOfferingPlanPricingOptions",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: REMOVE_OFFERING_PLAN_PRICING_OPTIONS_PATH_PARAMS,
        schema: &REMOVE_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&REMOVE_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA),
};

/// The answers of `ListSubscriptions` (`GET /v2/subscriptions/subscriptions`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionsResponse {
    /// `200 OK`: Success. A list of subscriptions is returned.
    Ok(crate::types::ListSubscriptionsOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscriptionsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListSubscriptions`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubscriptionsQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
    /// The `include` query parameter.
    #[serde(rename = "include", default)]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

const LIST_SUBSCRIPTIONS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "include",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::CommaSeparated,
    },
];
static LIST_SUBSCRIPTIONS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    },
    "include": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "plans",
          "pricing_options"
        ]
      }
    }
  }
}"#,
    list_subscriptions_query_accepts,
);

/// What the router checks for `ListSubscriptions`.
static LIST_SUBSCRIPTIONS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptions",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTIONS_QUERY_PARAMS,
        schema: &LIST_SUBSCRIPTIONS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateSubscription` (`POST /v2/subscriptions/subscriptions`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateSubscriptionResponse {
    /// `201 Created`: Success. The subscription is created.
    Created(crate::types::CreateSubscriptionCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateSubscriptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateSubscriptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateSubscription`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubscriptionQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_SUBSCRIPTION_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_SUBSCRIPTION_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

static CREATE_SUBSCRIPTION_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateSubscriptionBody",
  "$defs": {
    "BuildSubscription": {
      "required": [
        "account_id",
        "currency",
        "name",
        "email",
        "manual_payments"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "account_id": {
          "$ref": "#/$defs/UUID"
        },
        "address_id": {
          "$ref": "#/$defs/UUID"
        },
        "offering_external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "offering_id": {
          "$ref": "#/$defs/UUID"
        },
        "plan_id": {
          "$ref": "#/$defs/UUID"
        },
        "pricing_option_id": {
          "$ref": "#/$defs/UUID"
        },
        "currency": {
          "$ref": "#/$defs/CurrencyIdentifier"
        },
        "payment_authority": {
          "$ref": "#/$defs/CreatePaymentAuthority"
        },
        "manual_payments": {
          "$ref": "#/$defs/ManualPayments"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "email": {
          "type": "string",
          "format": "email",
          "minLength": 3,
          "maxLength": 1024
        },
        "pending": {
          "type": "boolean"
        },
        "first_invoice_paid": {
          "type": "boolean"
        },
        "started_at": {
          "type": "string"
        },
        "override_first_period_end_date": {
          "type": "string",
          "format": "date-time"
        },
        "offering": {
          "$ref": "#/$defs/OfferingAttributes"
        },
        "features": {
          "type": "array",
          "minItems": 1,
          "items": {
            "anyOf": [
              {
                "$ref": "#/$defs/ExternalRef"
              },
              {
                "$ref": "#/$defs/FeatureAttributes"
              },
              {
                "$ref": "#/$defs/UUID"
              }
            ]
          }
        },
        "plans": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/PlanAttributesAndSelectedMeta"
          }
        },
        "pricing_options": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/PricingOptionAttributesAndSelectedMeta"
          }
        },
        "configured_features": {
          "$ref": "#/$defs/OfferingBuildConfiguredFeatures"
        },
        "pricing_option_associations": {
          "$ref": "#/$defs/OfferingBuildPricingOptionAssociations"
        },
        "selected_plan": {
          "$ref": "#/$defs/ExternalRef"
        },
        "selected_pricing_option": {
          "$ref": "#/$defs/ExternalRef"
        },
        "order": {
          "$ref": "#/$defs/BuildSubscriptionOrder"
        },
        "meta": {
          "$ref": "#/$defs/SubscriptionMeta"
        }
      }
    },
    "BuildSubscriptionOrder": {
      "required": [
        "order_id",
        "order_item_id"
      ],
      "properties": {
        "order_id": {
          "$ref": "#/$defs/UUID"
        },
        "order_item_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "CreatePaymentAuthority": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net",
            "elastic_path_payments_stripe",
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "elastic_path_payments_stripe"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/CreatePaymentAuthorityEPPayments"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "stripe_payment_intents"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/CreatePaymentAuthorityStripe"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "authorize_net"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/CreatePaymentAuthorityAuthorizeNet"
          }
        }
      ]
    },
    "CreatePaymentAuthorityAuthorizeNet": {
      "type": "object",
      "required": [
        "type",
        "payment_profile_id",
        "customer_profile_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "payment_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "customer_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "CreatePaymentAuthorityEPPayments": {
      "type": "object",
      "required": [
        "type",
        "customer_id",
        "card_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "elastic_path_payments_stripe"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "CreatePaymentAuthorityStripe": {
      "type": "object",
      "required": [
        "type",
        "customer_id",
        "card_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "CreateSubscriptionBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/BuildSubscription"
        }
      }
    },
    "CurrencyIdentifier": {
      "type": "string",
      "maxLength": 1024
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureAttributes": {
      "required": [
        "name",
        "configuration"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureConfigAccessAttributes": {
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        }
      }
    },
    "FeatureConfigPromotionAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfigUsageAttributes": {
      "required": [
        "type",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeaturePlanConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigPromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigUsageAttributes"
          }
        }
      ]
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "LeadTime": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.LeadTimeType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "time": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "type",
        "time"
      ]
    },
    "ManualPayments": {
      "type": "boolean",
      "default": false
    },
    "NotificationSchedule": {
      "type": "object",
      "required": [
        "name",
        "unit",
        "amount"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1024
        },
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month"
          ],
          "x-go-type": "model.NotificationScheduleUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 9223372036854775807
        }
      }
    },
    "OfferingAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "OfferingBuildConfiguredFeatures": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OfferingBuildPlanFeatures"
      }
    },
    "OfferingBuildPlanFeatures": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/FeaturePlanConfiguration"
      }
    },
    "OfferingBuildPlanPricingOptions": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "OfferingBuildPricingOptionAssociations": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OfferingBuildPlanPricingOptions"
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PlanAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "sku": {
          "type": "string",
          "maxLength": 1024
        },
        "main_image": {
          "type": "string",
          "format": "uri",
          "maxLength": 1024
        },
        "price": {
          "$ref": "#/$defs/Price"
        },
        "price_units": {
          "$ref": "#/$defs/PriceUnits"
        }
      }
    },
    "PlanAttributesAndSelectedMeta": {
      "allOf": [
        {
          "$ref": "#/$defs/PlanAttributes"
        },
        {
          "$ref": "#/$defs/SelectedMeta"
        }
      ]
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PriceUnits": {
      "type": "object",
      "required": [
        "unit",
        "amount"
      ],
      "properties": {
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "month"
          ],
          "x-go-type": "model.PriceUnitsUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "PricingOptionAttributes": {
      "required": [
        "name",
        "billing_interval_type",
        "billing_frequency",
        "plan_length",
        "end_behavior",
        "can_pause",
        "can_resume",
        "can_cancel"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "billing_interval_type": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month",
            "year"
          ],
          "x-go-type": "model.BillingIntervalType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "billing_frequency": {
          "type": "integer",
          "minimum": 1
        },
        "trial_period": {
          "type": "integer",
          "minimum": 0
        },
        "lead_time": {
          "$ref": "#/$defs/LeadTime"
        },
        "notification_schedule": {
          "type": "array",
          "x-go-type-skip-optional-pointer": true,
          "items": {
            "$ref": "#/$defs/NotificationSchedule"
          }
        },
        "plan_length": {
          "type": "integer",
          "minimum": 1
        },
        "end_behavior": {
          "type": "string",
          "enum": [
            "close",
            "roll"
          ],
          "x-go-type": "model.EndBehavior",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "can_pause": {
          "type": "boolean"
        },
        "can_resume": {
          "type": "boolean"
        },
        "can_cancel": {
          "type": "boolean"
        },
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "PricingOptionAttributesAndSelectedMeta": {
      "allOf": [
        {
          "$ref": "#/$defs/PricingOptionAttributes"
        },
        {
          "$ref": "#/$defs/SelectedMeta"
        }
      ]
    },
    "PricingOptionPrice": {
      "properties": {
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "SelectedMeta": {
      "properties": {
        "meta": {
          "$ref": "#/$defs/SelectedMetaAttributes"
        }
      }
    },
    "SelectedMetaAttributes": {
      "properties": {
        "selected": {
          "type": "boolean"
        }
      }
    },
    "StateMeta": {
      "required": [
        "created_at"
      ],
      "properties": {
        "created_at": {
          "type": "string"
        }
      }
    },
    "Status": {
      "type": "string",
      "enum": [
        "active",
        "inactive"
      ],
      "x-go-type": "model.SubscriptionStatus",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "SubscriptionMeta": {
      "required": [
        "owner",
        "timestamps",
        "status",
        "canceled",
        "paused",
        "closed",
        "pending",
        "suspended",
        "invoice_after",
        "manual_payments",
        "first_invoice_prepaid"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/SubscriptionTimestamps"
        },
        "status": {
          "$ref": "#/$defs/Status"
        },
        "state": {
          "$ref": "#/$defs/SubscriptionState"
        },
        "manual_payments": {
          "$ref": "#/$defs/ManualPayments"
        },
        "first_invoice_prepaid": {
          "type": "boolean"
        },
        "canceled": {
          "type": "boolean"
        },
        "paused": {
          "type": "boolean"
        },
        "closed": {
          "type": "boolean"
        },
        "suspended": {
          "type": "boolean"
        },
        "pending": {
          "type": "boolean"
        },
        "invoice_after": {
          "type": "string"
        },
        "pending_price_change": {
          "$ref": "#/$defs/SubscriptionPriceChanges"
        },
        "price_update_history": {
          "type": "array",
          "x-go-type-skip-optional-pointer": true,
          "items": {
            "$ref": "#/$defs/SubscriptionPriceUpdateHistoryEntry"
          }
        }
      }
    },
    "SubscriptionPriceChanges": {
      "properties": {
        "plan_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/Price"
          }
        },
        "pricing_option_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/PricingOptionPrice"
          }
        }
      }
    },
    "SubscriptionPriceUpdateHistoryEntry": {
      "required": [
        "price_changes",
        "valid_until"
      ],
      "properties": {
        "price_changes": {
          "$ref": "#/$defs/SubscriptionPriceChanges"
        },
        "valid_until": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "SubscriptionState": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionStateType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionStateAttributes"
        },
        "meta": {
          "$ref": "#/$defs/StateMeta"
        }
      }
    },
    "SubscriptionStateAction": {
      "type": "string",
      "enum": [
        "cancel",
        "pause",
        "resume",
        "pending"
      ],
      "x-go-type": "model.SubscriptionAction",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "SubscriptionStateAttributes": {
      "required": [
        "action"
      ],
      "properties": {
        "action": {
          "$ref": "#/$defs/SubscriptionStateAction"
        },
        "cancel_immediately": {
          "type": "boolean",
          "default": false
        }
      }
    },
    "SubscriptionStateType": {
      "type": "string",
      "enum": [
        "subscription_state"
      ]
    },
    "SubscriptionTimestamps": {
      "allOf": [
        {
          "$ref": "#/$defs/Timestamps"
        },
        {
          "properties": {
            "canceled_at": {
              "type": "string"
            },
            "paused_at": {
              "type": "string"
            },
            "resumed_at": {
              "type": "string"
            },
            "end_date": {
              "type": "string"
            },
            "go_live_after": {
              "type": "string"
            },
            "go_live": {
              "type": "string"
            }
          }
        }
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
);

/// What the router checks for `CreateSubscription`.
static CREATE_SUBSCRIPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateSubscription",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_SUBSCRIPTION_QUERY_PARAMS,
        schema: &CREATE_SUBSCRIPTION_QUERY_SCHEMA,
    }),
    header: None,
    body: Some(&CREATE_SUBSCRIPTION_BODY_SCHEMA),
};

/// The answers of `GetSubscription` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionResponse {
    /// `200 OK`: Success. The details of a subscription are returned.
    Ok(crate::types::GetSubscriptionOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `GetSubscription`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetSubscriptionQuery {
    /// The `include` query parameter.
    #[serde(rename = "include", default)]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

const GET_SUBSCRIPTION_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "include",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::CommaSeparated,
    },
];
static GET_SUBSCRIPTION_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "include": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "plans",
          "pricing_options"
        ]
      }
    }
  }
}"#,
    get_subscription_query_accepts,
);

/// What the router checks for `GetSubscription`.
static GET_SUBSCRIPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscription",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_QUERY_PARAMS,
        schema: &GET_SUBSCRIPTION_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `UpdateSubscription` (`PUT /v2/subscriptions/subscriptions/{subscription_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateSubscriptionResponse {
    /// `200 OK`: Success. The subscription is updated.
    Ok(crate::types::UpdateSubscriptionOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateSubscriptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateSubscriptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateSubscriptionPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const UPDATE_SUBSCRIPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_SUBSCRIPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

static UPDATE_SUBSCRIPTION_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateSubscriptionBody",
  "$defs": {
    "PaymentAuthority": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net",
            "elastic_path_payments_stripe",
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "elastic_path_payments_stripe"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityEPPayments"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "stripe_payment_intents"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityStripe"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "authorize_net"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityAuthorizeNet"
          }
        }
      ]
    },
    "PaymentAuthorityAuthorizeNet": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "payment_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "customer_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityEPPayments": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "elastic_path_payments_stripe"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityStripe": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "SubscriptionType": {
      "type": "string",
      "enum": [
        "subscription"
      ]
    },
    "SubscriptionUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionUpdateAttributes"
        }
      }
    },
    "SubscriptionUpdateAttributes": {
      "properties": {
        "pricing_option_id": {
          "type": "string",
          "format": "uuid",
          "x-go-type": "uuid.UUID",
          "x-go-type-import": {
            "name": "uuid",
            "path": "github.com/google/uuid"
          }
        },
        "plan_id": {
          "type": "string",
          "format": "uuid",
          "x-go-type": "uuid.UUID",
          "x-go-type-import": {
            "name": "uuid",
            "path": "github.com/google/uuid"
          }
        },
        "address_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "UUID",
          "x-go-type": "uuid.UUID",
          "x-go-type-import": {
            "name": "uuid",
            "path": "github.com/google/uuid"
          }
        },
        "payment_authority": {
          "$ref": "#/$defs/PaymentAuthority"
        },
        "go_live_after": {
          "type": [
            "string",
            "null"
          ]
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateSubscriptionBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/SubscriptionUpdate"
        }
      }
    }
  }
}"##,
    update_subscription_body_accepts,
);

/// What the router checks for `UpdateSubscription`.
static UPDATE_SUBSCRIPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateSubscription",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_SUBSCRIPTION_PATH_PARAMS,
        schema: &UPDATE_SUBSCRIPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_SUBSCRIPTION_BODY_SCHEMA),
};

/// The answers of `DeleteSubscription` (`DELETE /v2/subscriptions/subscriptions/{subscription_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteSubscriptionResponse {
    /// `204 No Content`: Success. The subscription is removed.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteSubscriptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteSubscriptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteSubscriptionPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const DELETE_SUBSCRIPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_SUBSCRIPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

/// What the router checks for `DeleteSubscription`.
static DELETE_SUBSCRIPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteSubscription",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_SUBSCRIPTION_PATH_PARAMS,
        schema: &DELETE_SUBSCRIPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `GetSubscriptionFeature` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionFeatureResponse {
    /// `200 OK`: Success. The details of the feature are returned.
    Ok(crate::types::GetSubscriptionFeatureOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriptionFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionFeaturePath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_feature_path_accepts,
);

/// What the router checks for `GetSubscriptionFeature`.
static GET_SUBSCRIPTION_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriptionFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_FEATURE_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `GetSubscriptionPlan` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionPlanResponse {
    /// `200 OK`: Success. The details of the plan are returned.
    Ok(crate::types::GetSubscriptionPlanOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriptionPlanResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionPlanResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionPlanPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "plan_uuid")]
    plan_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_PLAN_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "plan_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_PLAN_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "plan_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "plan_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_plan_path_accepts,
);

/// What the router checks for `GetSubscriptionPlan`.
static GET_SUBSCRIPTION_PLAN_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriptionPlan",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_PLAN_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_PLAN_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `GetSubscriptionPricingOption` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionPricingOptionResponse {
    /// `200 OK`: Success. The details of the pricing option are returned.
    Ok(crate::types::GetSubscriptionPricingOptionOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriptionPricingOptionResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionPricingOptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionPricingOptionPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "pricing_option_uuid")]
    pricing_option_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_PRICING_OPTION_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "pricing_option_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_PRICING_OPTION_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "pricing_option_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "pricing_option_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_pricing_option_path_accepts,
);

/// What the router checks for `GetSubscriptionPricingOption`.
static GET_SUBSCRIPTION_PRICING_OPTION_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriptionPricingOption",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_PRICING_OPTION_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_PRICING_OPTION_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListSubscriptionFeatures` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/features`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionFeaturesResponse {
    /// `200 OK`: Success. A list of subscription features is returned.
    Ok(crate::types::ListSubscriptionFeaturesOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscriptionFeaturesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionFeaturesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListSubscriptionFeatures`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubscriptionFeaturesQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListSubscriptionFeaturesPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const LIST_SUBSCRIPTION_FEATURES_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_FEATURES_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

const LIST_SUBSCRIPTION_FEATURES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_FEATURES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListSubscriptionFeatures`.
static LIST_SUBSCRIPTION_FEATURES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptionFeatures",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_FEATURES_PATH_PARAMS,
        schema: &LIST_SUBSCRIPTION_FEATURES_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_FEATURES_QUERY_PARAMS,
        schema: &LIST_SUBSCRIPTION_FEATURES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `ListSubscriptionPlans` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/plans`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionPlansResponse {
    /// `200 OK`: Success. A list of subscription plans is returned.
    Ok(crate::types::ListSubscriptionPlansOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscriptionPlansResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionPlansResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct ListSubscriptionPlansPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const LIST_SUBSCRIPTION_PLANS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_PLANS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

/// What the router checks for `ListSubscriptionPlans`.
static LIST_SUBSCRIPTION_PLANS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptionPlans",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_PLANS_PATH_PARAMS,
        schema: &LIST_SUBSCRIPTION_PLANS_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ManageSubscriptionPlans` (`PUT /v2/subscriptions/subscriptions/{subscription_uuid}/plans`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ManageSubscriptionPlansResponse {
    /// `204 No Content`: Success. The subscription's plans have been updated.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ManageSubscriptionPlansResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ManageSubscriptionPlansResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct ManageSubscriptionPlansPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const MANAGE_SUBSCRIPTION_PLANS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static MANAGE_SUBSCRIPTION_PLANS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

static MANAGE_SUBSCRIPTION_PLANS_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/ManageSubscriptionPlansBody",
  "$defs": {
    "ManageSubscriptionPlans": {
      "type": "object",
      "required": [
        "type",
        "plans"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "detach"
          ],
          "x-go-type": "model.ManagePlansAction",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "plans": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/UUID"
          }
        }
      }
    },
    "ManageSubscriptionPlansBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ManageSubscriptionPlans"
          }
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    manage_subscription_plans_body_accepts,
);

/// What the router checks for `ManageSubscriptionPlans`.
static MANAGE_SUBSCRIPTION_PLANS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ManageSubscriptionPlans",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: MANAGE_SUBSCRIPTION_PLANS_PATH_PARAMS,
        schema: &MANAGE_SUBSCRIPTION_PLANS_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&MANAGE_SUBSCRIPTION_PLANS_BODY_SCHEMA),
};

/// The answers of `ListSubscriptionPricingOptions` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionPricingOptionsResponse {
    /// `200 OK`: Success. A list of subscription pricing options is returned.
    Ok(crate::types::ListSubscriptionPricingOptionsOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscriptionPricingOptionsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionPricingOptionsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct ListSubscriptionPricingOptionsPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const LIST_SUBSCRIPTION_PRICING_OPTIONS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_PRICING_OPTIONS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

/// What the router checks for `ListSubscriptionPricingOptions`.
static LIST_SUBSCRIPTION_PRICING_OPTIONS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptionPricingOptions",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_PRICING_OPTIONS_PATH_PARAMS,
        schema: &LIST_SUBSCRIPTION_PRICING_OPTIONS_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListSubscriptionStates` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/states`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionStatesResponse {
    /// `200 OK`: Success. A list of subscription states is returned.
    Ok(crate::types::ListSubscriptionStatesOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscriptionStatesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionStatesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct ListSubscriptionStatesPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const LIST_SUBSCRIPTION_STATES_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_STATES_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

/// What the router checks for `ListSubscriptionStates`.
static LIST_SUBSCRIPTION_STATES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptionStates",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_STATES_PATH_PARAMS,
        schema: &LIST_SUBSCRIPTION_STATES_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `CreateSubscriptionState` (`POST /v2/subscriptions/subscriptions/{subscription_uuid}/states`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateSubscriptionStateResponse {
    /// `204 No Content`: Success. The subscription's state has changed.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `422 Unprocessable Content`: Unprocessable Content.
    UnprocessableContent(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateSubscriptionStateResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::UnprocessableContent(..) => 422u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateSubscriptionStateResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::UnprocessableContent(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct CreateSubscriptionStatePath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const CREATE_SUBSCRIPTION_STATE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_SUBSCRIPTION_STATE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

static CREATE_SUBSCRIPTION_STATE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateSubscriptionStateBody",
  "$defs": {
    "ChangeState": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionStateType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionStateAttributes"
        }
      }
    },
    "CreateSubscriptionStateBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/ChangeState"
        }
      }
    },
    "SubscriptionStateAction": {
      "type": "string",
      "enum": [
        "cancel",
        "pause",
        "resume",
        "pending"
      ],
      "x-go-type": "model.SubscriptionAction",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "SubscriptionStateAttributes": {
      "required": [
        "action"
      ],
      "properties": {
        "action": {
          "$ref": "#/$defs/SubscriptionStateAction"
        },
        "cancel_immediately": {
          "type": "boolean",
          "default": false
        }
      }
    },
    "SubscriptionStateType": {
      "type": "string",
      "enum": [
        "subscription_state"
      ]
    }
  }
}"##,
    create_subscription_state_body_accepts,
);

/// What the router checks for `CreateSubscriptionState`.
static CREATE_SUBSCRIPTION_STATE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateSubscriptionState",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_SUBSCRIPTION_STATE_PATH_PARAMS,
        schema: &CREATE_SUBSCRIPTION_STATE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&CREATE_SUBSCRIPTION_STATE_BODY_SCHEMA),
};

/// The answers of `GetSubscriptionState` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionStateResponse {
    /// `200 OK`: Success. A subscription state is returned.
    Ok(crate::types::GetSubscriptionStateOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriptionStateResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionStateResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionStatePath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "state_uuid")]
    state_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_STATE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "state_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_STATE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "state_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "state_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_state_path_accepts,
);

/// What the router checks for `GetSubscriptionState`.
static GET_SUBSCRIPTION_STATE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriptionState",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_STATE_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_STATE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListJobs` (`GET /v2/subscriptions/jobs`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListJobsResponse {
    /// `200 OK`: Success. A list of jobs is returned.
    Ok(crate::types::ListJobsOk),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListJobsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListJobsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListJobs`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListJobsQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_JOBS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_JOBS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListJobs`.
static LIST_JOBS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListJobs",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_JOBS_QUERY_PARAMS,
        schema: &LIST_JOBS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateJob` (`POST /v2/subscriptions/jobs`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateJobResponse {
    /// `201 Created`: Success. The job was created.
    Created(crate::types::CreateJobCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateJobResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateJob`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateJobQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_JOB_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_JOB_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

static CREATE_JOB_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateJobBody",
  "$defs": {
    "BillingRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "billing-run"
          ]
        }
      }
    },
    "CreateJobBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/JobCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "ImportJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "import"
          ]
        }
      }
    },
    "InvoiceTaxItems": {
      "required": [
        "invoice_id",
        "tax_items"
      ],
      "properties": {
        "invoice_id": {
          "$ref": "#/$defs/UUID"
        },
        "tax_items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/TaxItem"
          }
        }
      }
    },
    "JobCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionJobType"
        },
        "attributes": {
          "$ref": "#/$defs/JobCreateAttributes"
        }
      }
    },
    "JobCreateAttributes": {
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        }
      },
      "allOf": [
        {
          "$ref": "#/$defs/JobCreateAttributesJobType"
        }
      ]
    },
    "JobCreateAttributesJobType": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "billing-run",
            "tax-run",
            "payment-run",
            "import",
            "notification-run",
            "subscription-update"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "billing-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/BillingRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "tax-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/TaxRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "payment-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "import"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/ImportJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "notification-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/NotificationRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "subscription-update"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/SubscriptionUpdateRunJobAttributes"
          }
        }
      ]
    },
    "NotificationRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "notification-run"
          ]
        }
      }
    },
    "PaymentRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "payment-run"
          ]
        }
      }
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PricingOptionPrice": {
      "properties": {
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "SubscriptionJobType": {
      "type": "string",
      "enum": [
        "subscription_job"
      ]
    },
    "SubscriptionPriceChanges": {
      "properties": {
        "plan_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/Price"
          }
        },
        "pricing_option_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/PricingOptionPrice"
          }
        }
      }
    },
    "SubscriptionUpdateRunJobAttributes": {
      "required": [
        "job_type",
        "price_changes"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "subscription-update"
          ]
        },
        "offering_id": {
          "type": "string",
          "format": "uuid",
          "x-go-type": "uuid.UUID",
          "x-go-type-import": {
            "name": "uuid",
            "path": "github.com/google/uuid"
          }
        },
        "excluded_subscription_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/UUID"
          },
          "x-go-type-skip-optional-pointer": true
        },
        "subscription_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/UUID"
          },
          "x-go-type-skip-optional-pointer": true
        },
        "price_changes": {
          "$ref": "#/$defs/SubscriptionPriceChanges"
        }
      }
    },
    "TaxItem": {
      "required": [
        "type",
        "rate"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "tax_item"
          ]
        },
        "name": {
          "type": "string",
          "maxLength": 1024
        },
        "code": {
          "type": "string",
          "maxLength": 1024
        },
        "rate": {
          "type": "number",
          "format": "double"
        },
        "jurisdiction": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "TaxRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "tax-run"
          ]
        },
        "taxes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/InvoiceTaxItems"
          }
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    create_job_body_accepts,
);

/// What the router checks for `CreateJob`.
static CREATE_JOB_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateJob",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_JOB_QUERY_PARAMS,
        schema: &CREATE_JOB_QUERY_SCHEMA,
    }),
    header: None,
    body: Some(&CREATE_JOB_BODY_SCHEMA),
};

/// The answers of `GetJob` (`GET /v2/subscriptions/jobs/{job_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetJobResponse {
    /// `200 OK`: Success. The job is returned.
    Ok(crate::types::GetJobOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetJobResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetJobPath {
    #[serde(rename = "job_uuid")]
    job_uuid: ::uuid::Uuid,
}

const GET_JOB_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "job_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_JOB_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "job_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "job_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_job_path_accepts,
);

/// What the router checks for `GetJob`.
static GET_JOB_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetJob",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_JOB_PATH_PARAMS,
        schema: &GET_JOB_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `DeleteJob` (`DELETE /v2/subscriptions/jobs/{job_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteJobResponse {
    /// `204 No Content`: Success. The job was deleted.
    NoContent,
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
}

impl DeleteJobResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::Conflict(..) => 409u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteJobPath {
    #[serde(rename = "job_uuid")]
    job_uuid: ::uuid::Uuid,
}

const DELETE_JOB_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "job_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_JOB_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "job_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "job_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_job_path_accepts,
);

/// What the router checks for `DeleteJob`.
static DELETE_JOB_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteJob",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_JOB_PATH_PARAMS,
        schema: &DELETE_JOB_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListImportJobs` (`GET /v2/subscriptions/imports`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListImportJobsResponse {
    /// `200 OK`: Success. A list of import jobs is returned.
    Ok(crate::types::ListImportJobsOk),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListImportJobsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListImportJobsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListImportJobs`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListImportJobsQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_IMPORT_JOBS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_IMPORT_JOBS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListImportJobs`.
static LIST_IMPORT_JOBS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListImportJobs",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_IMPORT_JOBS_QUERY_PARAMS,
        schema: &LIST_IMPORT_JOBS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateImport` (`POST /v2/subscriptions/imports`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateImportResponse {
    /// `201 Created`: Success. The import was started.
    Created(crate::types::CreateImportCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateImportResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateImportResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateImport`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImportQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_IMPORT_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_IMPORT_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

/// What the router checks for `CreateImport`.
static CREATE_IMPORT_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateImport",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_IMPORT_QUERY_PARAMS,
        schema: &CREATE_IMPORT_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `GetImport` (`GET /v2/subscriptions/imports/{import_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetImportResponse {
    /// `200 OK`: Success. The import is returned.
    Ok(crate::types::GetImportOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetImportResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetImportResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `GetImport`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetImportQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct GetImportPath {
    #[serde(rename = "import_uuid")]
    import_uuid: ::uuid::Uuid,
}

const GET_IMPORT_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "import_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_IMPORT_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "import_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "import_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_import_path_accepts,
);

const GET_IMPORT_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_IMPORT_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `GetImport`.
static GET_IMPORT_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetImport",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_IMPORT_PATH_PARAMS,
        schema: &GET_IMPORT_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_IMPORT_QUERY_PARAMS,
        schema: &GET_IMPORT_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `GetImportErrors` (`GET /v2/subscriptions/imports/{import_uuid}/errors`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetImportErrorsResponse {
    /// `200 OK`: Success. The import errors are returned.
    Ok(crate::types::GetImportErrorsOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetImportErrorsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetImportErrorsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `GetImportErrors`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetImportErrorsQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct GetImportErrorsPath {
    #[serde(rename = "import_uuid")]
    import_uuid: ::uuid::Uuid,
}

const GET_IMPORT_ERRORS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "import_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_IMPORT_ERRORS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "import_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "import_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_import_path_accepts,
);

const GET_IMPORT_ERRORS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_IMPORT_ERRORS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `GetImportErrors`.
static GET_IMPORT_ERRORS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetImportErrors",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_IMPORT_ERRORS_PATH_PARAMS,
        schema: &GET_IMPORT_ERRORS_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_IMPORT_ERRORS_QUERY_PARAMS,
        schema: &GET_IMPORT_ERRORS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `ListSubscriptionInvoices` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionInvoicesResponse {
    /// `200 OK`: Success. A list of invoices is returned.
    Ok(crate::types::ListSubscriptionInvoicesOk),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscriptionInvoicesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionInvoicesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListSubscriptionInvoices`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubscriptionInvoicesQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListSubscriptionInvoicesPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
}

const LIST_SUBSCRIPTION_INVOICES_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_INVOICES_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_path_accepts,
);

const LIST_SUBSCRIPTION_INVOICES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_INVOICES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListSubscriptionInvoices`.
static LIST_SUBSCRIPTION_INVOICES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptionInvoices",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_INVOICES_PATH_PARAMS,
        schema: &LIST_SUBSCRIPTION_INVOICES_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_INVOICES_QUERY_PARAMS,
        schema: &LIST_SUBSCRIPTION_INVOICES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `ListSubscriptionInvoicePayments` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscriptionInvoicePaymentsResponse {
    /// `200 OK`: Success. Payments for the invoice are returned.
    Ok(crate::types::ListSubscriptionInvoicePaymentsOk),
}

impl ListSubscriptionInvoicePaymentsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscriptionInvoicePaymentsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListSubscriptionInvoicePayments`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubscriptionInvoicePaymentsQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListSubscriptionInvoicePaymentsPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
}

const LIST_SUBSCRIPTION_INVOICE_PAYMENTS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_INVOICE_PAYMENTS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "invoice_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    list_subscription_invoice_payments_path_accepts,
);

const LIST_SUBSCRIPTION_INVOICE_PAYMENTS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIPTION_INVOICE_PAYMENTS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListSubscriptionInvoicePayments`.
static LIST_SUBSCRIPTION_INVOICE_PAYMENTS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscriptionInvoicePayments",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_INVOICE_PAYMENTS_PATH_PARAMS,
        schema: &LIST_SUBSCRIPTION_INVOICE_PAYMENTS_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIPTION_INVOICE_PAYMENTS_QUERY_PARAMS,
        schema: &LIST_SUBSCRIPTION_INVOICE_PAYMENTS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `GetSubscriptionInvoicePayment` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionInvoicePaymentResponse {
    /// `200 OK`: Success. Specific payment for the invoice is returned.
    Ok(crate::types::GetSubscriptionInvoicePaymentOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
}

impl GetSubscriptionInvoicePaymentResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionInvoicePaymentResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionInvoicePaymentPath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
    #[serde(rename = "payment_uuid")]
    payment_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_INVOICE_PAYMENT_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "payment_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_INVOICE_PAYMENT_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "payment_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "invoice_uuid",
    "payment_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscription_invoice_payment_path_accepts,
);

/// What the router checks for `GetSubscriptionInvoicePayment`.
static GET_SUBSCRIPTION_INVOICE_PAYMENT_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriptionInvoicePayment",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_INVOICE_PAYMENT_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_INVOICE_PAYMENT_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `GetSubscriptionInvoice` (`GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionInvoiceResponse {
    /// `200 OK`: Success. An invoice is returned.
    Ok(crate::types::GetSubscriptionInvoiceOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriptionInvoiceResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriptionInvoiceResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriptionInvoicePath {
    #[serde(rename = "subscription_uuid")]
    subscription_uuid: ::uuid::Uuid,
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIPTION_INVOICE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscription_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIPTION_INVOICE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscription_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscription_uuid",
    "invoice_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    list_subscription_invoice_payments_path_accepts,
);

/// What the router checks for `GetSubscriptionInvoice`.
static GET_SUBSCRIPTION_INVOICE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriptionInvoice",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIPTION_INVOICE_PATH_PARAMS,
        schema: &GET_SUBSCRIPTION_INVOICE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListInvoices` (`GET /v2/subscriptions/invoices`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListInvoicesResponse {
    /// `200 OK`: Success. A list of invoices is returned.
    Ok(crate::types::ListInvoicesOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListInvoicesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListInvoicesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListInvoices`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListInvoicesQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_INVOICES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_INVOICES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListInvoices`.
static LIST_INVOICES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListInvoices",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_INVOICES_QUERY_PARAMS,
        schema: &LIST_INVOICES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `GetInvoice` (`GET /v2/subscriptions/invoices/{invoice_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceResponse {
    /// `200 OK`: Success. The details of the invoice are returned.
    Ok(crate::types::GetInvoiceOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetInvoiceResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetInvoiceResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetInvoicePath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
}

const GET_INVOICE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_INVOICE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_path_accepts,
);

/// What the router checks for `GetInvoice`.
static GET_INVOICE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetInvoice",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_INVOICE_PATH_PARAMS,
        schema: &GET_INVOICE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListInvoicePayments` (`GET /v2/subscriptions/invoices/{invoice_uuid}/payments`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListInvoicePaymentsResponse {
    /// `200 OK`: Success. Payments for the invoice are returned
    Ok(crate::types::ListInvoicePaymentsOk),
}

impl ListInvoicePaymentsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListInvoicePaymentsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListInvoicePayments`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListInvoicePaymentsQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListInvoicePaymentsPath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
}

const LIST_INVOICE_PAYMENTS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_INVOICE_PAYMENTS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_path_accepts,
);

const LIST_INVOICE_PAYMENTS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_INVOICE_PAYMENTS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListInvoicePayments`.
static LIST_INVOICE_PAYMENTS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListInvoicePayments",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_INVOICE_PAYMENTS_PATH_PARAMS,
        schema: &LIST_INVOICE_PAYMENTS_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_INVOICE_PAYMENTS_QUERY_PARAMS,
        schema: &LIST_INVOICE_PAYMENTS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `GetInvoicePayment` (`GET /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicePaymentResponse {
    /// `200 OK`: Success. Specific payment for the invoice is returned
    Ok(crate::types::GetInvoicePaymentOk),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
}

impl GetInvoicePaymentResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::NotFound(..) => 404u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetInvoicePaymentResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetInvoicePaymentPath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
    #[serde(rename = "payment_uuid")]
    payment_uuid: ::uuid::Uuid,
}

const GET_INVOICE_PAYMENT_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "payment_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_INVOICE_PAYMENT_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "payment_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid",
    "payment_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_payment_path_accepts,
);

/// What the router checks for `GetInvoicePayment`.
static GET_INVOICE_PAYMENT_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetInvoicePayment",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_INVOICE_PAYMENT_PATH_PARAMS,
        schema: &GET_INVOICE_PAYMENT_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateInvoicePayment` (`PUT /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateInvoicePaymentResponse {
    /// `200 OK`: Success. Invoice payment has been updated.
    Ok(crate::types::UpdateInvoicePaymentOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateInvoicePaymentResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateInvoicePaymentResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateInvoicePaymentPath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
    #[serde(rename = "payment_uuid")]
    payment_uuid: ::uuid::Uuid,
}

const UPDATE_INVOICE_PAYMENT_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "payment_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_INVOICE_PAYMENT_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "payment_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid",
    "payment_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_payment_path_accepts,
);

static UPDATE_INVOICE_PAYMENT_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateInvoicePaymentBody",
  "$defs": {
    "SubscriptionInvoicePaymentType": {
      "type": "string",
      "enum": [
        "subscription_invoice_payment"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateInvoicePayment": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentType"
        },
        "attributes": {
          "$ref": "#/$defs/UpdateInvoicePaymentAttributes"
        }
      }
    },
    "UpdateInvoicePaymentAttributes": {
      "required": [
        "success"
      ],
      "properties": {
        "success": {
          "type": "boolean"
        },
        "external_payment_id": {
          "type": "string",
          "maxLength": 1024
        },
        "failure_detail": {
          "type": "string"
        },
        "payment_taken_at": {
          "type": "string"
        }
      }
    },
    "UpdateInvoicePaymentBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/UpdateInvoicePayment"
        }
      }
    }
  }
}"##,
    update_invoice_payment_body_accepts,
);

/// What the router checks for `UpdateInvoicePayment`.
static UPDATE_INVOICE_PAYMENT_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateInvoicePayment",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_INVOICE_PAYMENT_PATH_PARAMS,
        schema: &UPDATE_INVOICE_PAYMENT_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_INVOICE_PAYMENT_BODY_SCHEMA),
};

/// The answers of `ListInvoicePaymentRefunds` (`GET /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListInvoicePaymentRefundsResponse {
    /// `200 OK`: Success. Refunds for an invoice payment are returned.
    Ok(crate::types::ListInvoicePaymentRefundsOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListInvoicePaymentRefundsResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListInvoicePaymentRefundsResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListInvoicePaymentRefunds`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListInvoicePaymentRefundsQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

#[derive(::serde::Deserialize)]
struct ListInvoicePaymentRefundsPath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
    #[serde(rename = "payment_uuid")]
    payment_uuid: ::uuid::Uuid,
}

const LIST_INVOICE_PAYMENT_REFUNDS_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "payment_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_INVOICE_PAYMENT_REFUNDS_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "payment_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid",
    "payment_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_payment_path_accepts,
);

const LIST_INVOICE_PAYMENT_REFUNDS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_INVOICE_PAYMENT_REFUNDS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListInvoicePaymentRefunds`.
static LIST_INVOICE_PAYMENT_REFUNDS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListInvoicePaymentRefunds",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_INVOICE_PAYMENT_REFUNDS_PATH_PARAMS,
        schema: &LIST_INVOICE_PAYMENT_REFUNDS_PATH_SCHEMA,
    }),
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_INVOICE_PAYMENT_REFUNDS_QUERY_PARAMS,
        schema: &LIST_INVOICE_PAYMENT_REFUNDS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateInvoicePaymentRefund` (`POST /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateInvoicePaymentRefundResponse {
    /// `201 Created`: Success. The payment refund is completed.
    Created(crate::types::CreateInvoicePaymentRefundCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `422 Unprocessable Content`: Unprocessable Content.
    UnprocessableContent(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateInvoicePaymentRefundResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::UnprocessableContent(..) => 422u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateInvoicePaymentRefundResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::UnprocessableContent(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct CreateInvoicePaymentRefundPath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
    #[serde(rename = "payment_uuid")]
    payment_uuid: ::uuid::Uuid,
}

const CREATE_INVOICE_PAYMENT_REFUND_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "payment_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_INVOICE_PAYMENT_REFUND_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "payment_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid",
    "payment_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_payment_path_accepts,
);

static CREATE_INVOICE_PAYMENT_REFUND_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateInvoicePaymentRefundBody",
  "$defs": {
    "CreateInvoicePaymentRefund": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentRefundType"
        },
        "attributes": {
          "type": "object",
          "required": [
            "amount",
            "reason"
          ],
          "properties": {
            "amount": {
              "type": "integer",
              "format": "int64",
              "minimum": 1,
              "maximum": 9223372036854775807
            },
            "reason": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1024
            }
          }
        }
      }
    },
    "CreateInvoicePaymentRefundBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/CreateInvoicePaymentRefund"
        }
      }
    },
    "SubscriptionInvoicePaymentRefundType": {
      "type": "string",
      "enum": [
        "subscription_invoice_payment_refund"
      ]
    }
  }
}"##,
    create_invoice_payment_refund_body_accepts,
);

/// What the router checks for `CreateInvoicePaymentRefund`.
static CREATE_INVOICE_PAYMENT_REFUND_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateInvoicePaymentRefund",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_INVOICE_PAYMENT_REFUND_PATH_PARAMS,
        schema: &CREATE_INVOICE_PAYMENT_REFUND_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&CREATE_INVOICE_PAYMENT_REFUND_BODY_SCHEMA),
};

/// The answers of `GetInvoicePaymentRefund` (`GET /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicePaymentRefundResponse {
    /// `200 OK`: Success. Specific refund for the invoice payment is returned
    Ok(crate::types::GetInvoicePaymentRefundOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetInvoicePaymentRefundResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetInvoicePaymentRefundResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetInvoicePaymentRefundPath {
    #[serde(rename = "invoice_uuid")]
    invoice_uuid: ::uuid::Uuid,
    #[serde(rename = "payment_uuid")]
    payment_uuid: ::uuid::Uuid,
    #[serde(rename = "refund_uuid")]
    refund_uuid: ::uuid::Uuid,
}

const GET_INVOICE_PAYMENT_REFUND_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "invoice_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "payment_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "refund_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_INVOICE_PAYMENT_REFUND_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "invoice_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "payment_uuid": {
      "$ref": "#/$defs/UUID"
    },
    "refund_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "invoice_uuid",
    "payment_uuid",
    "refund_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_invoice_payment_refund_path_accepts,
);

/// What the router checks for `GetInvoicePaymentRefund`.
static GET_INVOICE_PAYMENT_REFUND_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetInvoicePaymentRefund",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_INVOICE_PAYMENT_REFUND_PATH_PARAMS,
        schema: &GET_INVOICE_PAYMENT_REFUND_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListSchedules` (`GET /v2/subscriptions/schedules`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSchedulesResponse {
    /// `200 OK`: Success. A list of schedules is returned.
    Ok(crate::types::ListSchedulesOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSchedulesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSchedulesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListSchedules`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListSchedulesQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_SCHEDULES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SCHEDULES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListSchedules`.
static LIST_SCHEDULES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSchedules",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SCHEDULES_QUERY_PARAMS,
        schema: &LIST_SCHEDULES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateSchedule` (`POST /v2/subscriptions/schedules`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateScheduleResponse {
    /// `201 Created`: Success. The schedule is created.
    Created(crate::types::CreateScheduleCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateScheduleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateScheduleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateSchedule`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateScheduleQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_SCHEDULE_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_SCHEDULE_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

static CREATE_SCHEDULE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateScheduleBody",
  "$defs": {
    "CreateScheduleBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/ScheduleCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "ScheduleAttributes": {
      "required": [
        "specification",
        "location",
        "job"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "specification": {
          "type": "string",
          "maxLength": 1024
        },
        "location": {
          "type": "string",
          "maxLength": 1024
        },
        "job": {
          "$ref": "#/$defs/ScheduleJob"
        }
      }
    },
    "ScheduleCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionScheduleType"
        },
        "attributes": {
          "$ref": "#/$defs/ScheduleAttributes"
        }
      }
    },
    "ScheduleJob": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "$ref": "#/$defs/ScheduleJobType"
        }
      }
    },
    "ScheduleJobType": {
      "type": "string",
      "enum": [
        "billing-run",
        "payment-run",
        "notification-run"
      ],
      "x-go-type": "model.JobType",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "SubscriptionScheduleType": {
      "type": "string",
      "enum": [
        "subscription_schedule"
      ]
    }
  }
}"##,
    create_schedule_body_accepts,
);

/// What the router checks for `CreateSchedule`.
static CREATE_SCHEDULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateSchedule",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_SCHEDULE_QUERY_PARAMS,
        schema: &CREATE_SCHEDULE_QUERY_SCHEMA,
    }),
    header: None,
    body: Some(&CREATE_SCHEDULE_BODY_SCHEMA),
};

/// The answers of `GetSchedule` (`GET /v2/subscriptions/schedules/{schedule_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetScheduleResponse {
    /// `200 OK`: Success. A schedule is returned.
    Ok(crate::types::GetScheduleOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetScheduleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetScheduleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSchedulePath {
    #[serde(rename = "schedule_uuid")]
    schedule_uuid: ::uuid::Uuid,
}

const GET_SCHEDULE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "schedule_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SCHEDULE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "schedule_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "schedule_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_schedule_path_accepts,
);

/// What the router checks for `GetSchedule`.
static GET_SCHEDULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSchedule",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SCHEDULE_PATH_PARAMS,
        schema: &GET_SCHEDULE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateSchedule` (`PUT /v2/subscriptions/schedules/{schedule_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateScheduleResponse {
    /// `200 OK`: Success. The schedule details are returned.
    Ok(crate::types::UpdateScheduleOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateScheduleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateScheduleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateSchedulePath {
    #[serde(rename = "schedule_uuid")]
    schedule_uuid: ::uuid::Uuid,
}

const UPDATE_SCHEDULE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "schedule_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_SCHEDULE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "schedule_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "schedule_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_schedule_path_accepts,
);

static UPDATE_SCHEDULE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateScheduleBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "NullValue": {
      "type": "null"
    },
    "ScheduleJob": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "$ref": "#/$defs/ScheduleJobType"
        }
      }
    },
    "ScheduleJobType": {
      "type": "string",
      "enum": [
        "billing-run",
        "payment-run",
        "notification-run"
      ],
      "x-go-type": "model.JobType",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "ScheduleUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionScheduleType"
        },
        "attributes": {
          "$ref": "#/$defs/ScheduleUpdateAttributes"
        }
      }
    },
    "ScheduleUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 3,
          "maxLength": 1024
        },
        "specification": {
          "type": "string",
          "maxLength": 1024
        },
        "location": {
          "type": "string",
          "maxLength": 1024
        },
        "job": {
          "$ref": "#/$defs/ScheduleJob"
        }
      }
    },
    "SubscriptionScheduleType": {
      "type": "string",
      "enum": [
        "subscription_schedule"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateScheduleBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/ScheduleUpdate"
        }
      }
    }
  }
}"##,
    update_schedule_body_accepts,
);

/// What the router checks for `UpdateSchedule`.
static UPDATE_SCHEDULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateSchedule",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_SCHEDULE_PATH_PARAMS,
        schema: &UPDATE_SCHEDULE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_SCHEDULE_BODY_SCHEMA),
};

/// The answers of `DeleteSchedule` (`DELETE /v2/subscriptions/schedules/{schedule_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteScheduleResponse {
    /// `204 No Content`: Success. The schedule is removed.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteScheduleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteScheduleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteSchedulePath {
    #[serde(rename = "schedule_uuid")]
    schedule_uuid: ::uuid::Uuid,
}

const DELETE_SCHEDULE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "schedule_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_SCHEDULE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "schedule_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "schedule_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_schedule_path_accepts,
);

/// What the router checks for `DeleteSchedule`.
static DELETE_SCHEDULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteSchedule",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_SCHEDULE_PATH_PARAMS,
        schema: &DELETE_SCHEDULE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListSubscribers` (`GET /v2/subscriptions/subscribers`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSubscribersResponse {
    /// `200 OK`: Success. A list of subscribers is returned.
    Ok(crate::types::ListSubscribersOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListSubscribersResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListSubscribersResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListSubscribers`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListSubscribersQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_SUBSCRIBERS_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_SUBSCRIBERS_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListSubscribers`.
static LIST_SUBSCRIBERS_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListSubscribers",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_SUBSCRIBERS_QUERY_PARAMS,
        schema: &LIST_SUBSCRIBERS_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateSubscriber` (`POST /v2/subscriptions/subscribers`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateSubscriberResponse {
    /// `201 Created`: Success. The subscriber is created.
    Created(crate::types::CreateSubscriberCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateSubscriberResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateSubscriberResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateSubscriber`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubscriberQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_SUBSCRIBER_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_SUBSCRIBER_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

static CREATE_SUBSCRIBER_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateSubscriberBody",
  "$defs": {
    "CreateSubscriberBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/SubscriberCreate"
        }
      }
    },
    "PaymentAuthority": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net",
            "elastic_path_payments_stripe",
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "elastic_path_payments_stripe"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityEPPayments"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "stripe_payment_intents"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityStripe"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "authorize_net"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityAuthorizeNet"
          }
        }
      ]
    },
    "PaymentAuthorityAuthorizeNet": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "payment_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "customer_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityEPPayments": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "elastic_path_payments_stripe"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityStripe": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "SubscriberAttributes": {
      "required": [
        "name",
        "email",
        "account_id"
      ],
      "properties": {
        "account_id": {
          "$ref": "#/$defs/UUID"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "email": {
          "type": "string",
          "format": "email",
          "minLength": 3,
          "maxLength": 1024,
          "x-go-type": "types.Email",
          "x-go-type-import": {
            "name": "email",
            "path": "github.com/oapi-codegen/runtime/types"
          }
        },
        "payment_authority": {
          "$ref": "#/$defs/PaymentAuthority"
        }
      }
    },
    "SubscriberCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionSubscriberType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriberAttributes"
        }
      }
    },
    "SubscriptionSubscriberType": {
      "type": "string",
      "enum": [
        "subscription_subscriber"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
);

/// What the router checks for `CreateSubscriber`.
static CREATE_SUBSCRIBER_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateSubscriber",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_SUBSCRIBER_QUERY_PARAMS,
        schema: &CREATE_SUBSCRIBER_QUERY_SCHEMA,
    }),
    header: None,
    body: Some(&CREATE_SUBSCRIBER_BODY_SCHEMA),
};

/// The answers of `GetSubscriber` (`GET /v2/subscriptions/subscribers/{subscriber_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriberResponse {
    /// `200 OK`: Success. A subscriber is returned.
    Ok(crate::types::GetSubscriberOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetSubscriberResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetSubscriberResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetSubscriberPath {
    #[serde(rename = "subscriber_uuid")]
    subscriber_uuid: ::uuid::Uuid,
}

const GET_SUBSCRIBER_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscriber_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_SUBSCRIBER_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscriber_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscriber_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscriber_path_accepts,
);

/// What the router checks for `GetSubscriber`.
static GET_SUBSCRIBER_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetSubscriber",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_SUBSCRIBER_PATH_PARAMS,
        schema: &GET_SUBSCRIBER_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateSubscriber` (`PUT /v2/subscriptions/subscribers/{subscriber_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateSubscriberResponse {
    /// `200 OK`: Success. The subscriber details are returned.
    Ok(crate::types::UpdateSubscriberOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateSubscriberResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateSubscriberResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateSubscriberPath {
    #[serde(rename = "subscriber_uuid")]
    subscriber_uuid: ::uuid::Uuid,
}

const UPDATE_SUBSCRIBER_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscriber_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_SUBSCRIBER_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscriber_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscriber_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscriber_path_accepts,
);

static UPDATE_SUBSCRIBER_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateSubscriberBody",
  "$defs": {
    "NullValue": {
      "type": "null"
    },
    "PaymentAuthority": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net",
            "elastic_path_payments_stripe",
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "elastic_path_payments_stripe"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityEPPayments"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "stripe_payment_intents"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityStripe"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "authorize_net"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityAuthorizeNet"
          }
        }
      ]
    },
    "PaymentAuthorityAuthorizeNet": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "payment_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "customer_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityEPPayments": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "elastic_path_payments_stripe"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityStripe": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "SubscriberUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionSubscriberType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriberUpdateAttributes"
        }
      }
    },
    "SubscriberUpdateAttributes": {
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "email": {
          "type": "string",
          "format": "email",
          "minLength": 3,
          "maxLength": 1024,
          "x-go-type": "types.Email",
          "x-go-type-import": {
            "name": "email",
            "path": "github.com/oapi-codegen/runtime/types"
          }
        },
        "payment_authority": {
          "oneOf": [
            {
              "$ref": "#/$defs/PaymentAuthority"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        }
      }
    },
    "SubscriptionSubscriberType": {
      "type": "string",
      "enum": [
        "subscription_subscriber"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateSubscriberBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/SubscriberUpdate"
        }
      }
    }
  }
}"##,
);

/// What the router checks for `UpdateSubscriber`.
static UPDATE_SUBSCRIBER_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateSubscriber",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_SUBSCRIBER_PATH_PARAMS,
        schema: &UPDATE_SUBSCRIBER_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_SUBSCRIBER_BODY_SCHEMA),
};

/// The answers of `DeleteSubscriber` (`DELETE /v2/subscriptions/subscribers/{subscriber_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteSubscriberResponse {
    /// `204 No Content`: Success. The subscriber is removed.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteSubscriberResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteSubscriberResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteSubscriberPath {
    #[serde(rename = "subscriber_uuid")]
    subscriber_uuid: ::uuid::Uuid,
}

const DELETE_SUBSCRIBER_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "subscriber_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_SUBSCRIBER_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "subscriber_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "subscriber_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_subscriber_path_accepts,
);

/// What the router checks for `DeleteSubscriber`.
static DELETE_SUBSCRIBER_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteSubscriber",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_SUBSCRIBER_PATH_PARAMS,
        schema: &DELETE_SUBSCRIBER_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListDunningRules` (`GET /v2/subscriptions/dunning-rules`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListDunningRulesResponse {
    /// `200 OK`: Success. A list of dunning rules is returned.
    Ok(crate::types::ListDunningRulesOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListDunningRulesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListDunningRulesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListDunningRules`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListDunningRulesQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_DUNNING_RULES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_DUNNING_RULES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListDunningRules`.
static LIST_DUNNING_RULES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListDunningRules",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_DUNNING_RULES_QUERY_PARAMS,
        schema: &LIST_DUNNING_RULES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateDunningRule` (`POST /v2/subscriptions/dunning-rules`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateDunningRuleResponse {
    /// `201 Created`: Success. The dunning rule set is created.
    Created(crate::types::CreateDunningRuleCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateDunningRuleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateDunningRuleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

static CREATE_DUNNING_RULE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateDunningRuleBody",
  "$defs": {
    "CreateDunningRuleBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/DunningRuleCreate"
        }
      }
    },
    "DunningRuleAttributes": {
      "required": [
        "payment_retry_type",
        "payment_retries_limit",
        "action"
      ],
      "properties": {
        "payment_retry_type": {
          "type": "string",
          "enum": [
            "fixed",
            "backoff",
            "tiered"
          ],
          "x-go-type": "model.PaymentRetryType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "payment_retry_interval": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 1024
        },
        "payment_retry_unit": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.PaymentRetryUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "payment_retry_multiplier": {
          "type": "number",
          "format": "double",
          "minimum": 1,
          "maximum": 1024
        },
        "payment_retries_limit": {
          "type": "integer",
          "format": "int64",
          "minimum": 0,
          "maximum": 9223372036854775807
        },
        "action": {
          "type": "string",
          "enum": [
            "none",
            "pause",
            "close",
            "suspend"
          ],
          "x-go-type": "model.DunningAction",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "default": {
          "type": "boolean"
        }
      }
    },
    "DunningRuleCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionDunningRuleType"
        },
        "attributes": {
          "$ref": "#/$defs/DunningRuleAttributes"
        }
      }
    },
    "SubscriptionDunningRuleType": {
      "type": "string",
      "enum": [
        "subscription_dunning_rule"
      ]
    }
  }
}"##,
    create_dunning_rule_body_accepts,
);

/// What the router checks for `CreateDunningRule`.
static CREATE_DUNNING_RULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateDunningRule",
    bearer: true,
    path: None,
    query: None,
    header: None,
    body: Some(&CREATE_DUNNING_RULE_BODY_SCHEMA),
};

/// The answers of `GetDunningRule` (`GET /v2/subscriptions/dunning-rules/{dunning_rule_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetDunningRuleResponse {
    /// `200 OK`: Success. The dunning rule details are returned.
    Ok(crate::types::GetDunningRuleOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetDunningRuleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetDunningRuleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetDunningRulePath {
    #[serde(rename = "dunning_rule_uuid")]
    dunning_rule_uuid: ::uuid::Uuid,
}

const GET_DUNNING_RULE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "dunning_rule_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_DUNNING_RULE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "dunning_rule_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "dunning_rule_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_dunning_rule_path_accepts,
);

/// What the router checks for `GetDunningRule`.
static GET_DUNNING_RULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetDunningRule",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_DUNNING_RULE_PATH_PARAMS,
        schema: &GET_DUNNING_RULE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateDunningRule` (`PUT /v2/subscriptions/dunning-rules/{dunning_rule_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDunningRuleResponse {
    /// `200 OK`: Success. The dunning rule set has been updated.
    Ok(crate::types::UpdateDunningRuleOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateDunningRuleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateDunningRuleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateDunningRulePath {
    #[serde(rename = "dunning_rule_uuid")]
    dunning_rule_uuid: ::uuid::Uuid,
}

const UPDATE_DUNNING_RULE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "dunning_rule_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_DUNNING_RULE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "dunning_rule_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "dunning_rule_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_dunning_rule_path_accepts,
);

static UPDATE_DUNNING_RULE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateDunningRuleBody",
  "$defs": {
    "DunningRuleUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionDunningRuleType"
        },
        "attributes": {
          "$ref": "#/$defs/DunningRuleUpdateAttributes"
        }
      }
    },
    "DunningRuleUpdateAttributes": {
      "properties": {
        "payment_retry_type": {
          "type": "string",
          "enum": [
            "fixed",
            "backoff",
            "tiered"
          ],
          "x-go-type": "model.PaymentRetryType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "payment_retry_interval": {
          "type": [
            "integer",
            "null"
          ],
          "format": "int64",
          "minimum": 1,
          "maximum": 1024
        },
        "payment_retry_unit": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "day",
            "week",
            null
          ],
          "x-go-type": "model.PaymentRetryUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "payment_retry_multiplier": {
          "type": [
            "number",
            "null"
          ],
          "format": "double",
          "minimum": 1,
          "maximum": 1024
        },
        "payment_retries_limit": {
          "type": "integer",
          "format": "int64",
          "minimum": 0,
          "maximum": 9223372036854775807
        },
        "action": {
          "type": "string",
          "enum": [
            "none",
            "pause",
            "close",
            "suspend"
          ],
          "x-go-type": "model.DunningAction",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "default": {
          "type": "boolean"
        }
      }
    },
    "SubscriptionDunningRuleType": {
      "type": "string",
      "enum": [
        "subscription_dunning_rule"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateDunningRuleBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/DunningRuleUpdate"
        }
      }
    }
  }
}"##,
    update_dunning_rule_body_accepts,
);

/// What the router checks for `UpdateDunningRule`.
static UPDATE_DUNNING_RULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateDunningRule",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_DUNNING_RULE_PATH_PARAMS,
        schema: &UPDATE_DUNNING_RULE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_DUNNING_RULE_BODY_SCHEMA),
};

/// The answers of `DeleteDunningRule` (`DELETE /v2/subscriptions/dunning-rules/{dunning_rule_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteDunningRuleResponse {
    /// `204 No Content`: Success. The dunning rule is removed.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteDunningRuleResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteDunningRuleResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteDunningRulePath {
    #[serde(rename = "dunning_rule_uuid")]
    dunning_rule_uuid: ::uuid::Uuid,
}

const DELETE_DUNNING_RULE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "dunning_rule_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_DUNNING_RULE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "dunning_rule_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "dunning_rule_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_dunning_rule_path_accepts,
);

/// What the router checks for `DeleteDunningRule`.
static DELETE_DUNNING_RULE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteDunningRule",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_DUNNING_RULE_PATH_PARAMS,
        schema: &DELETE_DUNNING_RULE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListProrationPolicies` (`GET /v2/subscriptions/proration-policies`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListProrationPoliciesResponse {
    /// `200 OK`: Success. A list of proration policies is returned.
    Ok(crate::types::ListProrationPoliciesOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListProrationPoliciesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListProrationPoliciesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListProrationPolicies`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListProrationPoliciesQuery {
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_PRORATION_POLICIES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_PRORATION_POLICIES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_offering_pricing_options_query_accepts,
);

/// What the router checks for `ListProrationPolicies`.
static LIST_PRORATION_POLICIES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListProrationPolicies",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_PRORATION_POLICIES_QUERY_PARAMS,
        schema: &LIST_PRORATION_POLICIES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateProrationPolicy` (`POST /v2/subscriptions/proration-policies`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateProrationPolicyResponse {
    /// `201 Created`: Success. The proration policy is created.
    Created(crate::types::CreateProrationPolicyCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateProrationPolicyResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateProrationPolicyResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

static CREATE_PRORATION_POLICY_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateProrationPolicyBody",
  "$defs": {
    "CreateProrationPolicyBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/ProrationPolicyCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "ProrationPolicyAttributes": {
      "required": [
        "name",
        "rounding"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "rounding": {
          "type": "string",
          "enum": [
            "up",
            "down",
            "nearest"
          ],
          "x-go-type": "model.ProrationPolicyRounding",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        }
      }
    },
    "ProrationPolicyCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/ProrationPolicyType"
        },
        "attributes": {
          "$ref": "#/$defs/ProrationPolicyAttributes"
        }
      }
    },
    "ProrationPolicyType": {
      "type": "string",
      "enum": [
        "subscription_proration_policy"
      ]
    }
  }
}"##,
    create_proration_policy_body_accepts,
);

/// What the router checks for `CreateProrationPolicy`.
static CREATE_PRORATION_POLICY_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateProrationPolicy",
    bearer: true,
    path: None,
    query: None,
    header: None,
    body: Some(&CREATE_PRORATION_POLICY_BODY_SCHEMA),
};

/// The answers of `GetProrationPolicy` (`GET /v2/subscriptions/proration-policies/{proration_policy_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetProrationPolicyResponse {
    /// `200 OK`: Success. The proration policy details are returned.
    Ok(crate::types::GetProrationPolicyOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetProrationPolicyResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetProrationPolicyResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetProrationPolicyPath {
    #[serde(rename = "proration_policy_uuid")]
    proration_policy_uuid: ::uuid::Uuid,
}

const GET_PRORATION_POLICY_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "proration_policy_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_PRORATION_POLICY_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "proration_policy_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "proration_policy_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_proration_policy_path_accepts,
);

/// What the router checks for `GetProrationPolicy`.
static GET_PRORATION_POLICY_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetProrationPolicy",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_PRORATION_POLICY_PATH_PARAMS,
        schema: &GET_PRORATION_POLICY_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateProrationPolicy` (`PUT /v2/subscriptions/proration-policies/{proration_policy_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateProrationPolicyResponse {
    /// `200 OK`: Success. The proration policy details are updated.
    Ok(crate::types::UpdateProrationPolicyOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
}

impl UpdateProrationPolicyResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateProrationPolicyResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateProrationPolicyPath {
    #[serde(rename = "proration_policy_uuid")]
    proration_policy_uuid: ::uuid::Uuid,
}

const UPDATE_PRORATION_POLICY_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "proration_policy_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_PRORATION_POLICY_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "proration_policy_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "proration_policy_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_proration_policy_path_accepts,
);

static UPDATE_PRORATION_POLICY_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateProrationPolicyBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "NullValue": {
      "type": "null"
    },
    "ProrationPolicyType": {
      "type": "string",
      "enum": [
        "subscription_proration_policy"
      ]
    },
    "ProrationPolicyUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/ProrationPolicyType"
        },
        "attributes": {
          "$ref": "#/$defs/ProrationPolicyUpdateAttributes"
        }
      }
    },
    "ProrationPolicyUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "rounding": {
          "type": "string",
          "enum": [
            "up",
            "down",
            "nearest"
          ],
          "x-go-type": "model.ProrationPolicyRounding",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateProrationPolicyBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/ProrationPolicyUpdate"
        }
      }
    }
  }
}"##,
    update_proration_policy_body_accepts,
);

/// What the router checks for `UpdateProrationPolicy`.
static UPDATE_PRORATION_POLICY_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateProrationPolicy",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_PRORATION_POLICY_PATH_PARAMS,
        schema: &UPDATE_PRORATION_POLICY_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_PRORATION_POLICY_BODY_SCHEMA),
};

/// The answers of `DeleteProrationPolicy` (`DELETE /v2/subscriptions/proration-policies/{proration_policy_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteProrationPolicyResponse {
    /// `204 No Content`: Success. The proration policy details are removed.
    NoContent,
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteProrationPolicyResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteProrationPolicyResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteProrationPolicyPath {
    #[serde(rename = "proration_policy_uuid")]
    proration_policy_uuid: ::uuid::Uuid,
}

const DELETE_PRORATION_POLICY_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "proration_policy_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_PRORATION_POLICY_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "proration_policy_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "proration_policy_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_proration_policy_path_accepts,
);

/// What the router checks for `DeleteProrationPolicy`.
static DELETE_PRORATION_POLICY_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteProrationPolicy",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_PRORATION_POLICY_PATH_PARAMS,
        schema: &DELETE_PRORATION_POLICY_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `ListFeatures` (`GET /v2/subscriptions/features`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListFeaturesResponse {
    /// `200 OK`: Success. A list of features is returned.
    Ok(crate::types::ListFeaturesOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl ListFeaturesResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for ListFeaturesResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `ListFeatures`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListFeaturesQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
    /// The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[offset]", default)]
    pub page_offset: ::std::option::Option<u64>,
    /// The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
    #[serde(rename = "page[limit]", default)]
    pub page_limit: ::std::option::Option<u64>,
}

const LIST_FEATURES_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[offset]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "page[limit]",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::Integer,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static LIST_FEATURES_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    },
    "page[offset]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 10000
    },
    "page[limit]": {
      "type": "integer",
      "format": "int64",
      "minimum": 0,
      "maximum": 9223372036854775807
    }
  }
}"#,
    list_jobs_query_accepts,
);

/// What the router checks for `ListFeatures`.
static LIST_FEATURES_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "ListFeatures",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: LIST_FEATURES_QUERY_PARAMS,
        schema: &LIST_FEATURES_QUERY_SCHEMA,
    }),
    header: None,
    body: None,
};

/// The answers of `CreateFeature` (`POST /v2/subscriptions/features`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateFeatureResponse {
    /// `201 Created`: Success. The feature is created.
    Created(crate::types::CreateFeatureCreated),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl CreateFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(..) => 201u16,
            Self::BadRequest(..) => 400u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for CreateFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

/// The query parameters of `CreateFeature`, by their names on the wire.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFeatureQuery {
    /// The `filter` query parameter.
    #[serde(rename = "filter", default)]
    pub filter: ::std::option::Option<::std::string::String>,
}

const CREATE_FEATURE_QUERY_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "filter",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static CREATE_FEATURE_QUERY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r#"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "filter": {
      "type": "string",
      "format": "string"
    }
  }
}"#,
    create_offering_query_accepts,
);

static CREATE_FEATURE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/CreateFeatureBody",
  "$defs": {
    "CreateFeatureBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/FeatureCreate"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureAttributes": {
      "required": [
        "name",
        "configuration"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeatureCreate": {
      "required": [
        "type",
        "attributes"
      ],
      "properties": {
        "type": {
          "$ref": "#/$defs/SubscriptionFeatureType"
        },
        "attributes": {
          "$ref": "#/$defs/FeatureAttributes"
        }
      }
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "SubscriptionFeatureType": {
      "type": "string",
      "enum": [
        "subscription_feature"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
);

/// What the router checks for `CreateFeature`.
static CREATE_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "CreateFeature",
    bearer: true,
    path: None,
    query: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: CREATE_FEATURE_QUERY_PARAMS,
        schema: &CREATE_FEATURE_QUERY_SCHEMA,
    }),
    header: None,
    body: Some(&CREATE_FEATURE_BODY_SCHEMA),
};

/// The answers of `GetFeature` (`GET /v2/subscriptions/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFeatureResponse {
    /// `200 OK`: Success. The feature details are returned.
    Ok(crate::types::GetFeatureOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl GetFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::NotFound(..) => 404u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for GetFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct GetFeaturePath {
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const GET_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static GET_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_feature_path_accepts,
);

/// What the router checks for `GetFeature`.
static GET_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "GetFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: GET_FEATURE_PATH_PARAMS,
        schema: &GET_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

/// The answers of `UpdateFeature` (`PUT /v2/subscriptions/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateFeatureResponse {
    /// `200 OK`: Success. The feature details are updated.
    Ok(crate::types::UpdateFeatureOk),
    /// `400 Bad Request`: Bad request. The request failed validation.
    BadRequest(crate::types::ErrorResponse),
    /// `403 Forbidden`: Forbidden. The operation is forbidden on this entity.
    Forbidden(crate::types::ErrorResponse),
    /// `404 Not Found`: Not found. The requested entity does not exist.
    NotFound(crate::types::ErrorResponse),
    /// `409 Conflict`: Write conflict. Unable to perform the operation at this time.
    Conflict(crate::types::ErrorResponse),
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl UpdateFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Ok(..) => 200u16,
            Self::BadRequest(..) => 400u16,
            Self::Forbidden(..) => 403u16,
            Self::NotFound(..) => 404u16,
            Self::Conflict(..) => 409u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for UpdateFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Ok(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::BadRequest(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Forbidden(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::NotFound(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::Conflict(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct UpdateFeaturePath {
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const UPDATE_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static UPDATE_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_feature_path_accepts,
);

static UPDATE_FEATURE_BODY_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::new(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/UpdateFeatureBody",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUpdate": {
      "required": [
        "id",
        "type",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionFeatureType"
        },
        "attributes": {
          "$ref": "#/$defs/FeatureUpdateAttributes"
        }
      }
    },
    "FeatureUpdateAttributes": {
      "properties": {
        "external_ref": {
          "oneOf": [
            {
              "$ref": "#/$defs/ExternalRef"
            },
            {
              "$ref": "#/$defs/NullValue"
            }
          ]
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "NullValue": {
      "type": "null"
    },
    "SubscriptionFeatureType": {
      "type": "string",
      "enum": [
        "subscription_feature"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    },
    "UpdateFeatureBody": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "$ref": "#/$defs/FeatureUpdate"
        }
      }
    }
  }
}"##,
);

/// What the router checks for `UpdateFeature`.
static UPDATE_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "UpdateFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: UPDATE_FEATURE_PATH_PARAMS,
        schema: &UPDATE_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: Some(&UPDATE_FEATURE_BODY_SCHEMA),
};

/// The answers of `DeleteFeature` (`DELETE /v2/subscriptions/features/{feature_uuid}`): one variant per status the spec documents (and `Default`, of any other status, when it documents one).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteFeatureResponse {
    /// `204 No Content`: Success. The feature is removed.
    NoContent,
    /// `500 Internal Server Error`: Internal server error. There was a system failure in the platform.
    InternalServerError(crate::types::ErrorResponse),
}

impl DeleteFeatureResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::NoContent => 204u16,
            Self::InternalServerError(..) => 500u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .expect("a status the spec documents is a status")
    }
}

impl ::axum::response::IntoResponse for DeleteFeatureResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::NoContent => {
                ::elasticpath_subscriptions_server::runtime::no_content(status, &[])
            }
            Self::InternalServerError(body) => {
                ::elasticpath_subscriptions_server::runtime::json_response(
                    status,
                    &body,
                    &[],
                )
            }
        }
    }
}

#[derive(::serde::Deserialize)]
struct DeleteFeaturePath {
    #[serde(rename = "feature_uuid")]
    feature_uuid: ::uuid::Uuid,
}

const DELETE_FEATURE_PATH_PARAMS: &[::elasticpath_subscriptions_server::runtime::Param] = &[
    ::elasticpath_subscriptions_server::runtime::Param {
        name: "feature_uuid",
        kind: ::elasticpath_subscriptions_server::runtime::ParamKind::String,
        shape: ::elasticpath_subscriptions_server::runtime::ParamShape::One,
    },
];
static DELETE_FEATURE_PATH_SCHEMA: ::elasticpath_subscriptions_server::runtime::Schema = ::elasticpath_subscriptions_server::runtime::Schema::compiled(
    r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "feature_uuid": {
      "$ref": "#/$defs/UUID"
    }
  },
  "required": [
    "feature_uuid"
  ],
  "$defs": {
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    get_feature_path_accepts,
);

/// What the router checks for `DeleteFeature`.
static DELETE_FEATURE_OPERATION: ::elasticpath_subscriptions_server::runtime::Operation = ::elasticpath_subscriptions_server::runtime::Operation {
    id: "DeleteFeature",
    bearer: true,
    path: Some(::elasticpath_subscriptions_server::runtime::Params {
        list: DELETE_FEATURE_PATH_PARAMS,
        schema: &DELETE_FEATURE_PATH_SCHEMA,
    }),
    query: None,
    header: None,
    body: None,
};

#[allow(clippy::nonminimal_bool)]
fn list_offerings_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("filter").is_none_or(|x2| x2.is_string())
                    && o1
                        .get("page[offset]")
                        .is_none_or(|x4| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x4,
                            )
                                && x4
                                    .as_number()
                                    .is_none_or(|n5| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n5,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n5,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    10000i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
                    && o1
                        .get("page[limit]")
                        .is_none_or(|x6| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x6,
                            )
                                && x6
                                    .as_number()
                                    .is_none_or(|n7| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n7,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n7,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    9223372036854775807i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
                    && o1
                        .get("include")
                        .is_none_or(|x8| {
                            x8.is_array()
                                && x8
                                    .as_array()
                                    .is_none_or(|a9| {
                                        a9
                                            .iter()
                                            .all(|x10| {
                                                x10.is_string()
                                                    && (x10.as_str() == Some("plans")
                                                        || x10.as_str() == Some("pricing_options")
                                                        || x10.as_str() == Some("features"))
                                            })
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn create_offering_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| o1.get("filter").is_none_or(|x2| x2.is_string()))
}

#[allow(clippy::nonminimal_bool)]
fn create_offering_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_offering_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_offering_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("offering_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("offering_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_offering_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1
                    .get("include")
                    .is_none_or(|x2| {
                        x2.is_array()
                            && x2
                                .as_array()
                                .is_none_or(|a3| {
                                    a3
                                        .iter()
                                        .all(|x4| {
                                            x4.is_string()
                                                && (x4.as_str() == Some("plans")
                                                    || x4.as_str() == Some("pricing_options")
                                                    || x4.as_str() == Some("features"))
                                        })
                                })
                    })
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_offering_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_offering_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_offering_feature_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("offering_uuid").is_none_or(schema_uuid)
                    && o1.get("feature_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("offering_uuid")
                    && o1.contains_key("feature_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn attach_offering_feature_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_attach_offering_feature_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn list_offering_pricing_options_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1
                    .get("page[offset]")
                    .is_none_or(|x2| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x2,
                        )
                            && x2
                                .as_number()
                                .is_none_or(|n3| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n3,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n3,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                10000i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                    && o1
                        .get("page[limit]")
                        .is_none_or(|x4| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x4,
                            )
                                && x4
                                    .as_number()
                                    .is_none_or(|n5| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n5,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n5,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    9223372036854775807i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn create_offering_pricing_option_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_offering_pricing_option_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_offering_pricing_option_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("offering_uuid").is_none_or(schema_uuid)
                    && o1.get("pricing_option_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("offering_uuid")
                    && o1.contains_key("pricing_option_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_offering_pricing_option_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_offering_pricing_option_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_offering_plan_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("offering_uuid").is_none_or(schema_uuid)
                    && o1.get("plan_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("offering_uuid") && o1.contains_key("plan_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn add_offering_plan_pricing_options_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_relationships_request(v)
}

#[allow(clippy::nonminimal_bool)]
fn list_subscriptions_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("filter").is_none_or(|x2| x2.is_string())
                    && o1
                        .get("page[offset]")
                        .is_none_or(|x4| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x4,
                            )
                                && x4
                                    .as_number()
                                    .is_none_or(|n5| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n5,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n5,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    10000i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
                    && o1
                        .get("page[limit]")
                        .is_none_or(|x6| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x6,
                            )
                                && x6
                                    .as_number()
                                    .is_none_or(|n7| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n7,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n7,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    9223372036854775807i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
                    && o1
                        .get("include")
                        .is_none_or(|x8| {
                            x8.is_array()
                                && x8
                                    .as_array()
                                    .is_none_or(|a9| {
                                        a9
                                            .iter()
                                            .all(|x10| {
                                                x10.is_string()
                                                    && (x10.as_str() == Some("plans")
                                                        || x10.as_str() == Some("pricing_options"))
                                            })
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1
                    .get("include")
                    .is_none_or(|x2| {
                        x2.is_array()
                            && x2
                                .as_array()
                                .is_none_or(|a3| {
                                    a3
                                        .iter()
                                        .all(|x4| {
                                            x4.is_string()
                                                && (x4.as_str() == Some("plans")
                                                    || x4.as_str() == Some("pricing_options"))
                                        })
                                })
                    })
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_subscription_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_subscription_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_feature_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.get("feature_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
                    && o1.contains_key("feature_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_plan_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.get("plan_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
                    && o1.contains_key("plan_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_pricing_option_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.get("pricing_option_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
                    && o1.contains_key("pricing_option_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn manage_subscription_plans_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_manage_subscription_plans_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn create_subscription_state_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_subscription_state_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_state_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.get("state_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
                    && o1.contains_key("state_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn list_jobs_query_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("filter").is_none_or(|x2| x2.is_string())
                    && o1
                        .get("page[offset]")
                        .is_none_or(|x4| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x4,
                            )
                                && x4
                                    .as_number()
                                    .is_none_or(|n5| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n5,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n5,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    10000i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
                    && o1
                        .get("page[limit]")
                        .is_none_or(|x6| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x6,
                            )
                                && x6
                                    .as_number()
                                    .is_none_or(|n7| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n7,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                0i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n7,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    9223372036854775807i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn create_job_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_job_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_job_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("job_uuid").is_none_or(schema_uuid) && o1.contains_key("job_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_import_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("import_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("import_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn list_subscription_invoice_payments_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.get("invoice_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
                    && o1.contains_key("invoice_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_subscription_invoice_payment_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscription_uuid").is_none_or(schema_uuid)
                    && o1.get("invoice_uuid").is_none_or(schema_uuid)
                    && o1.get("payment_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscription_uuid")
                    && o1.contains_key("invoice_uuid") && o1.contains_key("payment_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_invoice_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("invoice_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("invoice_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn get_invoice_payment_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("invoice_uuid").is_none_or(schema_uuid)
                    && o1.get("payment_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("invoice_uuid") && o1.contains_key("payment_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_invoice_payment_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_invoice_payment_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn create_invoice_payment_refund_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_invoice_payment_refund_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_invoice_payment_refund_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("invoice_uuid").is_none_or(schema_uuid)
                    && o1.get("payment_uuid").is_none_or(schema_uuid)
                    && o1.get("refund_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("invoice_uuid") && o1.contains_key("payment_uuid")
                    && o1.contains_key("refund_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn create_schedule_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_schedule_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_schedule_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("schedule_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("schedule_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_schedule_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_schedule_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_subscriber_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("subscriber_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("subscriber_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn create_dunning_rule_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_dunning_rule_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_dunning_rule_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("dunning_rule_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("dunning_rule_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_dunning_rule_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_dunning_rule_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn create_proration_policy_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_create_proration_policy_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_proration_policy_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("proration_policy_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("proration_policy_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn update_proration_policy_body_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_update_proration_policy_body(v)
}

#[allow(clippy::nonminimal_bool)]
fn get_feature_path_accepts(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.get("feature_uuid").is_none_or(schema_uuid)
                    && o1.contains_key("feature_uuid")
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_attach_offering_feature_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o1| {
                o1.contains_key("data")
                    && o1.get("data").is_none_or(schema_offering_feature_attach)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_billing_run_job_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o4| {
            o4.contains_key("job_type")
                && o4
                    .get("job_type")
                    .is_none_or(|x5| {
                        x5.is_string() && x5.as_str() == Some("billing-run")
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_change_state(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o7| {
            o7.contains_key("type") && o7.contains_key("attributes")
                && o7.get("type").is_none_or(schema_subscription_state_type)
                && o7.get("attributes").is_none_or(schema_subscription_state_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_dunning_rule_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o12| {
                o12.contains_key("data")
                    && o12.get("data").is_none_or(schema_dunning_rule_create)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_invoice_payment_refund(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o15| {
            o15.contains_key("type") && o15.contains_key("attributes")
                && o15
                    .get("type")
                    .is_none_or(schema_subscription_invoice_payment_refund_type)
                && o15
                    .get("attributes")
                    .is_none_or(|x18| {
                        x18.is_object()
                            && x18
                                .as_object()
                                .is_none_or(|o19| {
                                    o19.contains_key("amount") && o19.contains_key("reason")
                                        && o19
                                            .get("amount")
                                            .is_none_or(|x20| {
                                                ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                                    x20,
                                                )
                                                    && x20
                                                        .as_number()
                                                        .is_none_or(|n21| {
                                                            ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                                n21,
                                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                                    1i128,
                                                                ),
                                                            ) != ::std::cmp::Ordering::Less
                                                                && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                                    n21,
                                                                    ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                                        9223372036854775807i128,
                                                                    ),
                                                                ) != ::std::cmp::Ordering::Greater
                                                        })
                                            })
                                        && o19
                                            .get("reason")
                                            .is_none_or(|x22| {
                                                x22.is_string()
                                                    && x22
                                                        .as_str()
                                                        .is_none_or(|s23| {
                                                            ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                                                s23,
                                                                1usize,
                                                            )
                                                                && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                                    s23,
                                                                    1024usize,
                                                                )
                                                        })
                                            })
                                })
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_invoice_payment_refund_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o24| {
                o24.contains_key("data")
                    && o24.get("data").is_none_or(schema_create_invoice_payment_refund)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_job_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o27| {
                o27.contains_key("data") && o27.get("data").is_none_or(schema_job_create)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_offering_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o30| {
                o30.contains_key("data")
                    && o30.get("data").is_none_or(schema_offering_create)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_offering_pricing_option_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o33| {
                o33.contains_key("data")
                    && o33.get("data").is_none_or(schema_offering_pricing_option_create)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_proration_policy_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o36| {
                o36.contains_key("data")
                    && o36.get("data").is_none_or(schema_proration_policy_create)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_schedule_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o39| {
                o39.contains_key("data")
                    && o39.get("data").is_none_or(schema_schedule_create)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_create_subscription_state_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o42| {
                o42.contains_key("data")
                    && o42.get("data").is_none_or(schema_change_state)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_dunning_rule_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o45| {
            o45.contains_key("payment_retry_type")
                && o45.contains_key("payment_retries_limit")
                && o45.contains_key("action")
                && o45
                    .get("payment_retry_type")
                    .is_none_or(|x46| {
                        x46.is_string()
                            && (x46.as_str() == Some("fixed")
                                || x46.as_str() == Some("backoff")
                                || x46.as_str() == Some("tiered"))
                    })
                && o45
                    .get("payment_retry_interval")
                    .is_none_or(|x48| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x48,
                        )
                            && x48
                                .as_number()
                                .is_none_or(|n49| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n49,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n49,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1024i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o45
                    .get("payment_retry_unit")
                    .is_none_or(|x50| {
                        x50.is_string()
                            && (x50.as_str() == Some("day")
                                || x50.as_str() == Some("week"))
                    })
                && o45
                    .get("payment_retry_multiplier")
                    .is_none_or(|x52| {
                        x52.is_number()
                            && x52
                                .as_number()
                                .is_none_or(|n53| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n53,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n53,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1024i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o45
                    .get("payment_retries_limit")
                    .is_none_or(|x54| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x54,
                        )
                            && x54
                                .as_number()
                                .is_none_or(|n55| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n55,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n55,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                9223372036854775807i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o45
                    .get("action")
                    .is_none_or(|x56| {
                        x56.is_string()
                            && (x56.as_str() == Some("none")
                                || x56.as_str() == Some("pause")
                                || x56.as_str() == Some("close")
                                || x56.as_str() == Some("suspend"))
                    }) && o45.get("default").is_none_or(|x58| x58.is_boolean())
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_dunning_rule_create(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o60| {
            o60.contains_key("type") && o60.contains_key("attributes")
                && o60.get("type").is_none_or(schema_subscription_dunning_rule_type)
                && o60.get("attributes").is_none_or(schema_dunning_rule_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_dunning_rule_update(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o65| {
            o65.contains_key("id") && o65.contains_key("type")
                && o65.contains_key("attributes")
                && o65.get("id").is_none_or(schema_uuid)
                && o65.get("type").is_none_or(schema_subscription_dunning_rule_type)
                && o65
                    .get("attributes")
                    .is_none_or(schema_dunning_rule_update_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_dunning_rule_update_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o72| {
            o72
                .get("payment_retry_type")
                .is_none_or(|x73| {
                    x73.is_string()
                        && (x73.as_str() == Some("fixed")
                            || x73.as_str() == Some("backoff")
                            || x73.as_str() == Some("tiered"))
                })
                && o72
                    .get("payment_retry_interval")
                    .is_none_or(|x75| {
                        (::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x75,
                        ) || x75.is_null())
                            && x75
                                .as_number()
                                .is_none_or(|n76| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n76,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n76,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1024i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o72
                    .get("payment_retry_unit")
                    .is_none_or(|x77| {
                        (x77.is_string() || x77.is_null())
                            && (x77.as_str() == Some("day")
                                || x77.as_str() == Some("week") || x77.is_null())
                    })
                && o72
                    .get("payment_retry_multiplier")
                    .is_none_or(|x79| {
                        (x79.is_number() || x79.is_null())
                            && x79
                                .as_number()
                                .is_none_or(|n80| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n80,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n80,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1024i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o72
                    .get("payment_retries_limit")
                    .is_none_or(|x81| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x81,
                        )
                            && x81
                                .as_number()
                                .is_none_or(|n82| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n82,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n82,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                9223372036854775807i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o72
                    .get("action")
                    .is_none_or(|x83| {
                        x83.is_string()
                            && (x83.as_str() == Some("none")
                                || x83.as_str() == Some("pause")
                                || x83.as_str() == Some("close")
                                || x83.as_str() == Some("suspend"))
                    }) && o72.get("default").is_none_or(|x85| x85.is_boolean())
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_external_ref(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string()
        && v
            .as_str()
            .is_none_or(|s87| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                s87,
                2048usize,
            ))
}

#[allow(clippy::nonminimal_bool)]
fn schema_import_job_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o88| {
            o88.contains_key("job_type")
                && o88
                    .get("job_type")
                    .is_none_or(|x89| x89.is_string() && x89.as_str() == Some("import"))
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_invoice_tax_items(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o91| {
            o91.contains_key("invoice_id") && o91.contains_key("tax_items")
                && o91.get("invoice_id").is_none_or(schema_uuid)
                && o91
                    .get("tax_items")
                    .is_none_or(|x94| {
                        x94.is_array()
                            && x94
                                .as_array()
                                .is_none_or(|a95| a95.iter().all(schema_tax_item))
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_job_create(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o98| {
            o98.contains_key("type") && o98.contains_key("attributes")
                && o98.get("type").is_none_or(schema_subscription_job_type)
                && o98.get("attributes").is_none_or(schema_job_create_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_job_create_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    schema_job_create_attributes_job_type(v)
        && v
            .as_object()
            .is_none_or(|o103| o103.get("external_ref").is_none_or(schema_external_ref))
}

#[allow(clippy::nonminimal_bool)]
fn schema_job_create_attributes_job_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    (if v
        .as_object()
        .is_none_or(|o111| {
            o111.get("job_type").is_none_or(|x112| x112.as_str() == Some("billing-run"))
                && o111.contains_key("job_type")
        })
    {
        schema_billing_run_job_attributes(v)
    } else {
        true
    })
        && (if v
            .as_object()
            .is_none_or(|o116| {
                o116.get("job_type").is_none_or(|x117| x117.as_str() == Some("tax-run"))
                    && o116.contains_key("job_type")
            })
        {
            schema_tax_run_job_attributes(v)
        } else {
            true
        })
        && (if v
            .as_object()
            .is_none_or(|o121| {
                o121
                    .get("job_type")
                    .is_none_or(|x122| x122.as_str() == Some("payment-run"))
                    && o121.contains_key("job_type")
            })
        {
            schema_payment_run_job_attributes(v)
        } else {
            true
        })
        && (if v
            .as_object()
            .is_none_or(|o126| {
                o126.get("job_type").is_none_or(|x127| x127.as_str() == Some("import"))
                    && o126.contains_key("job_type")
            })
        {
            schema_import_job_attributes(v)
        } else {
            true
        })
        && (if v
            .as_object()
            .is_none_or(|o131| {
                o131
                    .get("job_type")
                    .is_none_or(|x132| x132.as_str() == Some("notification-run"))
                    && o131.contains_key("job_type")
            })
        {
            schema_notification_run_job_attributes(v)
        } else {
            true
        })
        && (if v
            .as_object()
            .is_none_or(|o136| {
                o136
                    .get("job_type")
                    .is_none_or(|x137| x137.as_str() == Some("subscription-update"))
                    && o136.contains_key("job_type")
            })
        {
            schema_subscription_update_run_job_attributes(v)
        } else {
            true
        })
        && v
            .as_object()
            .is_none_or(|o107| {
                o107.contains_key("job_type")
                    && o107
                        .get("job_type")
                        .is_none_or(|x108| {
                            x108.is_string()
                                && (x108.as_str() == Some("billing-run")
                                    || x108.as_str() == Some("tax-run")
                                    || x108.as_str() == Some("payment-run")
                                    || x108.as_str() == Some("import")
                                    || x108.as_str() == Some("notification-run")
                                    || x108.as_str() == Some("subscription-update"))
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_lead_time(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o140| {
                o140
                    .get("type")
                    .is_none_or(|x141| {
                        x141.is_string()
                            && (x141.as_str() == Some("day")
                                || x141.as_str() == Some("week"))
                    })
                    && o140
                        .get("time")
                        .is_none_or(|x143| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x143,
                            )
                                && x143
                                    .as_number()
                                    .is_none_or(|n144| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n144,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                    })
                        }) && o140.contains_key("type") && o140.contains_key("time")
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_manage_subscription_plans(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o145| {
                o145.contains_key("type") && o145.contains_key("plans")
                    && o145
                        .get("type")
                        .is_none_or(|x146| {
                            x146.is_string() && x146.as_str() == Some("detach")
                        })
                    && o145
                        .get("plans")
                        .is_none_or(|x148| {
                            x148.is_array()
                                && x148
                                    .as_array()
                                    .is_none_or(|a149| {
                                        !a149.is_empty() && a149.iter().all(schema_uuid)
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_manage_subscription_plans_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o152| {
                o152.contains_key("data")
                    && o152
                        .get("data")
                        .is_none_or(|x153| {
                            x153.is_array()
                                && x153
                                    .as_array()
                                    .is_none_or(|a154| {
                                        a154.iter().all(schema_manage_subscription_plans)
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_notification_run_job_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o157| {
            o157.contains_key("job_type")
                && o157
                    .get("job_type")
                    .is_none_or(|x158| {
                        x158.is_string() && x158.as_str() == Some("notification-run")
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_notification_schedule(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o160| {
                o160.contains_key("name") && o160.contains_key("unit")
                    && o160.contains_key("amount")
                    && o160
                        .get("name")
                        .is_none_or(|x161| {
                            x161.is_string()
                                && x161
                                    .as_str()
                                    .is_none_or(|s162| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s162,
                                            1usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s162,
                                                1024usize,
                                            )
                                    })
                        })
                    && o160
                        .get("unit")
                        .is_none_or(|x163| {
                            x163.is_string()
                                && (x163.as_str() == Some("day")
                                    || x163.as_str() == Some("week")
                                    || x163.as_str() == Some("month"))
                        })
                    && o160
                        .get("amount")
                        .is_none_or(|x165| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x165,
                            )
                                && x165
                                    .as_number()
                                    .is_none_or(|n166| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n166,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                n166,
                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                    9223372036854775807i128,
                                                ),
                                            ) != ::std::cmp::Ordering::Greater
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_null_value(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_null()
}

#[allow(clippy::nonminimal_bool)]
fn schema_nullable_lead_time_value(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o168| {
                o168
                    .get("type")
                    .is_none_or(|x169| {
                        x169.is_string()
                            && (x169.as_str() == Some("day")
                                || x169.as_str() == Some("week"))
                    })
                    && o168
                        .get("time")
                        .is_none_or(|x171| {
                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                x171,
                            )
                                && x171
                                    .as_number()
                                    .is_none_or(|n172| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n172,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                1i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Less
                                    })
                        }) && o168.contains_key("type") && o168.contains_key("time")
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_nullable_price_value(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o173| {
                o173
                    .values()
                    .all(|x175| {
                        (x175.is_object() || x175.is_null())
                            && x175
                                .as_object()
                                .is_none_or(|o176| {
                                    o176.contains_key("amount")
                                        && o176
                                            .get("amount")
                                            .is_none_or(|x177| {
                                                ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                                    x177,
                                                )
                                                    && x177
                                                        .as_number()
                                                        .is_none_or(|n178| {
                                                            ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                                n178,
                                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                                    -9223372036854775808i128,
                                                                ),
                                                            ) != ::std::cmp::Ordering::Less
                                                                && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                                    n178,
                                                                    ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                                        9223372036854775807i128,
                                                                    ),
                                                                ) != ::std::cmp::Ordering::Greater
                                                        })
                                            })
                                        && o176
                                            .get("includes_tax")
                                            .is_none_or(|x179| x179.is_boolean())
                                })
                    })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o181| {
            o181.contains_key("name")
                && o181.get("external_ref").is_none_or(schema_external_ref)
                && o181
                    .get("name")
                    .is_none_or(|x184| {
                        x184.is_string()
                            && x184
                                .as_str()
                                .is_none_or(|s185| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s185,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s185,
                                            1024usize,
                                        )
                                })
                    })
                && o181
                    .get("description")
                    .is_none_or(|x186| {
                        x186.is_string()
                            && x186
                                .as_str()
                                .is_none_or(|s187| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s187,
                                    1024usize,
                                ))
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_create(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o188| {
            o188.contains_key("type") && o188.contains_key("attributes")
                && o188.get("type").is_none_or(schema_subscription_offering_type)
                && o188.get("attributes").is_none_or(schema_offering_attributes)
                && o188.get("relationships").is_none_or(schema_offering_relationships)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_feature_attach(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o195| {
            o195.contains_key("features")
                && o195
                    .get("features")
                    .is_none_or(|x196| {
                        x196.is_array()
                            && x196
                                .as_array()
                                .is_none_or(|a197| {
                                    !a197.is_empty() && a197.iter().all(schema_uuid)
                                })
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_pricing_option_create(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o200| {
            o200.contains_key("type") && o200.contains_key("attributes")
                && o200
                    .get("type")
                    .is_none_or(schema_subscription_offering_pricing_option_type)
                && o200.get("attributes").is_none_or(schema_pricing_option_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_pricing_option_update(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o205| {
            o205.contains_key("id") && o205.contains_key("type")
                && o205.contains_key("attributes")
                && o205.get("id").is_none_or(schema_uuid)
                && o205
                    .get("type")
                    .is_none_or(schema_subscription_offering_pricing_option_type)
                && o205
                    .get("attributes")
                    .is_none_or(schema_pricing_option_update_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_relationships(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o212| {
            o212
                .get("proration_policy")
                .is_none_or(schema_proration_policy_relationship_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_update(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    (v.as_object().is_none_or(|o216| o216.contains_key("attributes"))
        || v.as_object().is_none_or(|o217| o217.contains_key("relationships")))
        && v
            .as_object()
            .is_none_or(|o215| {
                o215.contains_key("id") && o215.contains_key("type")
                    && o215.get("id").is_none_or(schema_uuid)
                    && o215.get("type").is_none_or(schema_subscription_offering_type)
                    && o215
                        .get("attributes")
                        .is_none_or(schema_offering_update_attributes)
                    && o215
                        .get("relationships")
                        .is_none_or(schema_offering_update_relationships)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_update_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o226| {
            o226
                .get("external_ref")
                .is_none_or(|x227| {
                    usize::from(schema_external_ref(x227))
                        + usize::from(schema_null_value(x227)) == 1
                })
                && o226
                    .get("name")
                    .is_none_or(|x231| {
                        x231.is_string()
                            && x231
                                .as_str()
                                .is_none_or(|s232| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s232,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s232,
                                            1024usize,
                                        )
                                })
                    })
                && o226
                    .get("description")
                    .is_none_or(|x233| {
                        (x233.is_string() || x233.is_null())
                            && x233
                                .as_str()
                                .is_none_or(|s234| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s234,
                                    1024usize,
                                ))
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_offering_update_relationships(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o235| {
            o235
                .get("proration_policy")
                .is_none_or(|x236| {
                    usize::from(
                        schema_proration_policy_update_relationship_attributes_value(
                            x236,
                        ),
                    ) + usize::from(schema_null_value(x236)) == 1
                })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_payment_authority(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && (if v
            .as_object()
            .is_none_or(|o244| {
                o244
                    .get("type")
                    .is_none_or(|x245| {
                        x245.as_str() == Some("elastic_path_payments_stripe")
                    }) && o244.contains_key("type")
            })
        {
            schema_payment_authority_ep_payments(v)
        } else {
            true
        })
        && (if v
            .as_object()
            .is_none_or(|o249| {
                o249
                    .get("type")
                    .is_none_or(|x250| x250.as_str() == Some("stripe_payment_intents"))
                    && o249.contains_key("type")
            })
        {
            schema_payment_authority_stripe(v)
        } else {
            true
        })
        && (if v
            .as_object()
            .is_none_or(|o254| {
                o254
                    .get("type")
                    .is_none_or(|x255| x255.as_str() == Some("authorize_net"))
                    && o254.contains_key("type")
            })
        {
            schema_payment_authority_authorize_net(v)
        } else {
            true
        })
        && v
            .as_object()
            .is_none_or(|o240| {
                o240.contains_key("type")
                    && o240
                        .get("type")
                        .is_none_or(|x241| {
                            x241.is_string()
                                && (x241.as_str() == Some("authorize_net")
                                    || x241.as_str() == Some("elastic_path_payments_stripe")
                                    || x241.as_str() == Some("stripe_payment_intents"))
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_payment_authority_authorize_net(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o258| {
                o258.contains_key("type")
                    && o258
                        .get("type")
                        .is_none_or(|x259| {
                            x259.is_string() && x259.as_str() == Some("authorize_net")
                        })
                    && o258
                        .get("payment_profile_id")
                        .is_none_or(|x261| {
                            x261.is_string()
                                && x261
                                    .as_str()
                                    .is_none_or(|s262| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s262,
                                            3usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s262,
                                                1024usize,
                                            )
                                    })
                        })
                    && o258
                        .get("customer_profile_id")
                        .is_none_or(|x263| {
                            x263.is_string()
                                && x263
                                    .as_str()
                                    .is_none_or(|s264| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s264,
                                            3usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s264,
                                                1024usize,
                                            )
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_payment_authority_ep_payments(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o265| {
                o265.contains_key("type")
                    && o265
                        .get("type")
                        .is_none_or(|x266| {
                            x266.is_string()
                                && x266.as_str() == Some("elastic_path_payments_stripe")
                        })
                    && o265
                        .get("customer_id")
                        .is_none_or(|x268| {
                            x268.is_string()
                                && x268
                                    .as_str()
                                    .is_none_or(|s269| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s269,
                                            3usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s269,
                                                1024usize,
                                            )
                                    })
                        })
                    && o265
                        .get("card_id")
                        .is_none_or(|x270| {
                            x270.is_string()
                                && x270
                                    .as_str()
                                    .is_none_or(|s271| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s271,
                                            3usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s271,
                                                1024usize,
                                            )
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_payment_authority_stripe(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o272| {
                o272.contains_key("type")
                    && o272
                        .get("type")
                        .is_none_or(|x273| {
                            x273.is_string()
                                && x273.as_str() == Some("stripe_payment_intents")
                        })
                    && o272
                        .get("customer_id")
                        .is_none_or(|x275| {
                            x275.is_string()
                                && x275
                                    .as_str()
                                    .is_none_or(|s276| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s276,
                                            3usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s276,
                                                1024usize,
                                            )
                                    })
                        })
                    && o272
                        .get("card_id")
                        .is_none_or(|x277| {
                            x277.is_string()
                                && x277
                                    .as_str()
                                    .is_none_or(|s278| {
                                        ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                            s278,
                                            3usize,
                                        )
                                            && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                                s278,
                                                1024usize,
                                            )
                                    })
                        })
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_payment_run_job_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o279| {
            o279.contains_key("job_type")
                && o279
                    .get("job_type")
                    .is_none_or(|x280| {
                        x280.is_string() && x280.as_str() == Some("payment-run")
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_price(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o282| {
            o282
                .values()
                .all(|x284| {
                    x284.is_object()
                        && x284
                            .as_object()
                            .is_none_or(|o285| {
                                o285.contains_key("amount")
                                    && o285
                                        .get("amount")
                                        .is_none_or(|x286| {
                                            ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                                                x286,
                                            )
                                                && x286
                                                    .as_number()
                                                    .is_none_or(|n287| {
                                                        ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                            n287,
                                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                                0i128,
                                                            ),
                                                        ) != ::std::cmp::Ordering::Less
                                                            && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                                                n287,
                                                                ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                                    9223372036854775807i128,
                                                                ),
                                                            ) != ::std::cmp::Ordering::Greater
                                                    })
                                        })
                                    && o285
                                        .get("includes_tax")
                                        .is_none_or(|x288| x288.is_boolean())
                            })
                })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_pricing_option_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o290| {
            o290.contains_key("name") && o290.contains_key("billing_interval_type")
                && o290.contains_key("billing_frequency")
                && o290.contains_key("plan_length") && o290.contains_key("end_behavior")
                && o290.contains_key("can_pause") && o290.contains_key("can_resume")
                && o290.contains_key("can_cancel")
                && o290.get("external_ref").is_none_or(schema_external_ref)
                && o290
                    .get("name")
                    .is_none_or(|x293| {
                        x293.is_string()
                            && x293
                                .as_str()
                                .is_none_or(|s294| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s294,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s294,
                                            1024usize,
                                        )
                                })
                    })
                && o290
                    .get("description")
                    .is_none_or(|x295| {
                        x295.is_string()
                            && x295
                                .as_str()
                                .is_none_or(|s296| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s296,
                                    1024usize,
                                ))
                    })
                && o290
                    .get("billing_interval_type")
                    .is_none_or(|x297| {
                        x297.is_string()
                            && (x297.as_str() == Some("day")
                                || x297.as_str() == Some("week")
                                || x297.as_str() == Some("month")
                                || x297.as_str() == Some("year"))
                    })
                && o290
                    .get("billing_frequency")
                    .is_none_or(|x299| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x299,
                        )
                            && x299
                                .as_number()
                                .is_none_or(|n300| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n300,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                })
                    })
                && o290
                    .get("trial_period")
                    .is_none_or(|x301| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x301,
                        )
                            && x301
                                .as_number()
                                .is_none_or(|n302| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n302,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                })
                    }) && o290.get("lead_time").is_none_or(schema_lead_time)
                && o290
                    .get("notification_schedule")
                    .is_none_or(|x305| {
                        x305.is_array()
                            && x305
                                .as_array()
                                .is_none_or(|a306| {
                                    a306.iter().all(schema_notification_schedule)
                                })
                    })
                && o290
                    .get("plan_length")
                    .is_none_or(|x309| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x309,
                        )
                            && x309
                                .as_number()
                                .is_none_or(|n310| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n310,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                })
                    })
                && o290
                    .get("end_behavior")
                    .is_none_or(|x311| {
                        x311.is_string()
                            && (x311.as_str() == Some("close")
                                || x311.as_str() == Some("roll"))
                    }) && o290.get("can_pause").is_none_or(|x313| x313.is_boolean())
                && o290.get("can_resume").is_none_or(|x315| x315.is_boolean())
                && o290.get("can_cancel").is_none_or(|x317| x317.is_boolean())
                && o290
                    .get("base_price_percentage")
                    .is_none_or(|x319| {
                        x319.is_number()
                            && x319
                                .as_number()
                                .is_none_or(|n320| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n320,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n320,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                100i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    }) && o290.get("fixed_price").is_none_or(schema_price)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_pricing_option_price(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o323| {
            o323
                .get("base_price_percentage")
                .is_none_or(|x324| {
                    x324.is_number()
                        && x324
                            .as_number()
                            .is_none_or(|n325| {
                                ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                    n325,
                                    ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                        0i128,
                                    ),
                                ) != ::std::cmp::Ordering::Less
                                    && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n325,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            100i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Greater
                            })
                }) && o323.get("fixed_price").is_none_or(schema_price)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_pricing_option_update_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o328| {
            o328
                .get("external_ref")
                .is_none_or(|x329| {
                    usize::from(schema_external_ref(x329))
                        + usize::from(schema_null_value(x329)) == 1
                })
                && o328
                    .get("name")
                    .is_none_or(|x333| {
                        x333.is_string()
                            && x333
                                .as_str()
                                .is_none_or(|s334| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s334,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s334,
                                            1024usize,
                                        )
                                })
                    })
                && o328
                    .get("description")
                    .is_none_or(|x335| {
                        (x335.is_string() || x335.is_null())
                            && x335
                                .as_str()
                                .is_none_or(|s336| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s336,
                                    1024usize,
                                ))
                    })
                && o328
                    .get("billing_interval_type")
                    .is_none_or(|x337| {
                        x337.is_string()
                            && (x337.as_str() == Some("day")
                                || x337.as_str() == Some("week")
                                || x337.as_str() == Some("month")
                                || x337.as_str() == Some("year"))
                    })
                && o328
                    .get("billing_frequency")
                    .is_none_or(|x339| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x339,
                        )
                            && x339
                                .as_number()
                                .is_none_or(|n340| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n340,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                })
                    })
                && o328
                    .get("trial_period")
                    .is_none_or(|x341| {
                        (::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x341,
                        ) || x341.is_null())
                            && x341
                                .as_number()
                                .is_none_or(|n342| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n342,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                })
                    })
                && o328
                    .get("plan_length")
                    .is_none_or(|x343| {
                        ::elasticpath_subscriptions_server::runtime::compiled::is_integer(
                            x343,
                        )
                            && x343
                                .as_number()
                                .is_none_or(|n344| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n344,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            1i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                })
                    })
                && o328
                    .get("lead_time")
                    .is_none_or(|x345| {
                        usize::from(schema_nullable_lead_time_value(x345))
                            + usize::from(schema_null_value(x345)) == 1
                    })
                && o328
                    .get("notification_schedule")
                    .is_none_or(|x349| {
                        x349.is_array()
                            && x349
                                .as_array()
                                .is_none_or(|a350| {
                                    a350.iter().all(schema_notification_schedule)
                                })
                    })
                && o328
                    .get("end_behavior")
                    .is_none_or(|x353| {
                        x353.is_string()
                            && (x353.as_str() == Some("close")
                                || x353.as_str() == Some("roll"))
                    }) && o328.get("can_pause").is_none_or(|x355| x355.is_boolean())
                && o328.get("can_resume").is_none_or(|x357| x357.is_boolean())
                && o328.get("can_cancel").is_none_or(|x359| x359.is_boolean())
                && o328
                    .get("base_price_percentage")
                    .is_none_or(|x361| {
                        (x361.is_number() || x361.is_null())
                            && x361
                                .as_number()
                                .is_none_or(|n362| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                        n362,
                                        ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                            0i128,
                                        ),
                                    ) != ::std::cmp::Ordering::Less
                                        && ::elasticpath_subscriptions_server::runtime::compiled::compare(
                                            n362,
                                            ::elasticpath_subscriptions_server::runtime::compiled::Bound::Integer(
                                                100i128,
                                            ),
                                        ) != ::std::cmp::Ordering::Greater
                                })
                    })
                && o328
                    .get("fixed_price")
                    .is_none_or(|x363| {
                        usize::from(schema_nullable_price_value(x363))
                            + usize::from(schema_null_value(x363)) == 1
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o367| {
            o367.contains_key("name") && o367.contains_key("rounding")
                && o367
                    .get("name")
                    .is_none_or(|x368| {
                        x368.is_string()
                            && x368
                                .as_str()
                                .is_none_or(|s369| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s369,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s369,
                                            1024usize,
                                        )
                                })
                    })
                && o367
                    .get("rounding")
                    .is_none_or(|x370| {
                        x370.is_string()
                            && (x370.as_str() == Some("up")
                                || x370.as_str() == Some("down")
                                || x370.as_str() == Some("nearest"))
                    }) && o367.get("external_ref").is_none_or(schema_external_ref)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_create(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o374| {
            o374.contains_key("type") && o374.contains_key("attributes")
                && o374.get("type").is_none_or(schema_proration_policy_type)
                && o374.get("attributes").is_none_or(schema_proration_policy_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_relationship_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o379| {
                o379.contains_key("type") && o379.contains_key("id")
                    && o379.get("type").is_none_or(schema_proration_policy_type)
                    && o379.get("id").is_none_or(schema_uuid)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_proration_policy")
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_update(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o385| {
            o385.contains_key("id") && o385.contains_key("type")
                && o385.contains_key("attributes")
                && o385.get("id").is_none_or(schema_uuid)
                && o385.get("type").is_none_or(schema_proration_policy_type)
                && o385
                    .get("attributes")
                    .is_none_or(schema_proration_policy_update_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_update_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o392| {
            o392
                .get("external_ref")
                .is_none_or(|x393| {
                    usize::from(schema_external_ref(x393))
                        + usize::from(schema_null_value(x393)) == 1
                })
                && o392
                    .get("name")
                    .is_none_or(|x397| {
                        x397.is_string()
                            && x397
                                .as_str()
                                .is_none_or(|s398| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s398,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s398,
                                            1024usize,
                                        )
                                })
                    })
                && o392
                    .get("rounding")
                    .is_none_or(|x399| {
                        x399.is_string()
                            && (x399.as_str() == Some("up")
                                || x399.as_str() == Some("down")
                                || x399.as_str() == Some("nearest"))
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_proration_policy_update_relationship_attributes_value(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o401| {
                o401.contains_key("type") && o401.contains_key("id")
                    && o401.get("type").is_none_or(schema_proration_policy_type)
                    && o401.get("id").is_none_or(schema_uuid)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_relationship_data(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o406| {
                o406.contains_key("id") && o406.contains_key("type")
                    && o406.get("id").is_none_or(schema_uuid)
                    && o406.get("type").is_none_or(|x409| x409.is_string())
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_relationships_request(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o411| {
            o411.contains_key("data")
                && o411
                    .get("data")
                    .is_none_or(|x412| {
                        x412.is_array()
                            && x412
                                .as_array()
                                .is_none_or(|a413| {
                                    a413.iter().all(schema_relationship_data)
                                })
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_schedule_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o416| {
            o416.contains_key("specification") && o416.contains_key("location")
                && o416.contains_key("job")
                && o416.get("external_ref").is_none_or(schema_external_ref)
                && o416
                    .get("name")
                    .is_none_or(|x419| {
                        x419.is_string()
                            && x419
                                .as_str()
                                .is_none_or(|s420| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s420,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s420,
                                            1024usize,
                                        )
                                })
                    })
                && o416
                    .get("specification")
                    .is_none_or(|x421| {
                        x421.is_string()
                            && x421
                                .as_str()
                                .is_none_or(|s422| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s422,
                                    1024usize,
                                ))
                    })
                && o416
                    .get("location")
                    .is_none_or(|x423| {
                        x423.is_string()
                            && x423
                                .as_str()
                                .is_none_or(|s424| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s424,
                                    1024usize,
                                ))
                    }) && o416.get("job").is_none_or(schema_schedule_job)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_schedule_create(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o427| {
            o427.contains_key("type") && o427.contains_key("attributes")
                && o427.get("type").is_none_or(schema_subscription_schedule_type)
                && o427.get("attributes").is_none_or(schema_schedule_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_schedule_job(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o432| {
            o432.contains_key("job_type")
                && o432.get("job_type").is_none_or(schema_schedule_job_type)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_schedule_job_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string()
        && (v.as_str() == Some("billing-run") || v.as_str() == Some("payment-run")
            || v.as_str() == Some("notification-run"))
}

#[allow(clippy::nonminimal_bool)]
fn schema_schedule_update(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o436| {
            o436.contains_key("id") && o436.contains_key("type")
                && o436.contains_key("attributes")
                && o436.get("id").is_none_or(schema_uuid)
                && o436.get("type").is_none_or(schema_subscription_schedule_type)
                && o436.get("attributes").is_none_or(schema_schedule_update_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_schedule_update_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o443| {
            o443
                .get("external_ref")
                .is_none_or(|x444| {
                    usize::from(schema_external_ref(x444))
                        + usize::from(schema_null_value(x444)) == 1
                })
                && o443
                    .get("name")
                    .is_none_or(|x448| {
                        (x448.is_string() || x448.is_null())
                            && x448
                                .as_str()
                                .is_none_or(|s449| {
                                    ::elasticpath_subscriptions_server::runtime::compiled::chars_at_least(
                                        s449,
                                        3usize,
                                    )
                                        && ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                            s449,
                                            1024usize,
                                        )
                                })
                    })
                && o443
                    .get("specification")
                    .is_none_or(|x450| {
                        x450.is_string()
                            && x450
                                .as_str()
                                .is_none_or(|s451| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s451,
                                    1024usize,
                                ))
                    })
                && o443
                    .get("location")
                    .is_none_or(|x452| {
                        x452.is_string()
                            && x452
                                .as_str()
                                .is_none_or(|s453| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s453,
                                    1024usize,
                                ))
                    }) && o443.get("job").is_none_or(schema_schedule_job)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_dunning_rule_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_dunning_rule")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_invoice_payment_refund_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_invoice_payment_refund")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_invoice_payment_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_invoice_payment")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_job_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_job")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_offering_pricing_option_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_offering_pricing_option")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_offering_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_offering")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_price_changes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o462| {
            o462
                .get("plan_prices")
                .is_none_or(|x463| {
                    x463.as_object().is_none_or(|o464| o464.values().all(schema_price))
                })
                && o462
                    .get("pricing_option_prices")
                    .is_none_or(|x468| {
                        x468
                            .as_object()
                            .is_none_or(|o469| {
                                o469.values().all(schema_pricing_option_price)
                            })
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_schedule_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_schedule")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_state_action(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string()
        && (v.as_str() == Some("cancel") || v.as_str() == Some("pause")
            || v.as_str() == Some("resume") || v.as_str() == Some("pending"))
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_state_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o475| {
            o475.contains_key("action")
                && o475.get("action").is_none_or(schema_subscription_state_action)
                && o475.get("cancel_immediately").is_none_or(|x478| x478.is_boolean())
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_state_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription_state")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_type(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string() && v.as_str() == Some("subscription")
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_update(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o482| {
            o482.contains_key("id") && o482.contains_key("type")
                && o482.contains_key("attributes")
                && o482.get("id").is_none_or(schema_uuid)
                && o482.get("type").is_none_or(schema_subscription_type)
                && o482
                    .get("attributes")
                    .is_none_or(schema_subscription_update_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_update_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o489| {
            o489
                .get("pricing_option_id")
                .is_none_or(|x490| {
                    x490.is_string()
                        && x490
                            .as_str()
                            .is_none_or(
                                ::elasticpath_subscriptions_server::runtime::compiled::uuid,
                            )
                })
                && o489
                    .get("plan_id")
                    .is_none_or(|x492| {
                        x492.is_string()
                            && x492
                                .as_str()
                                .is_none_or(
                                    ::elasticpath_subscriptions_server::runtime::compiled::uuid,
                                )
                    })
                && o489
                    .get("address_id")
                    .is_none_or(|x494| x494.is_string() || x494.is_null())
                && o489.get("payment_authority").is_none_or(schema_payment_authority)
                && o489
                    .get("go_live_after")
                    .is_none_or(|x498| x498.is_string() || x498.is_null())
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_subscription_update_run_job_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o500| {
            o500.contains_key("job_type") && o500.contains_key("price_changes")
                && o500
                    .get("job_type")
                    .is_none_or(|x501| {
                        x501.is_string() && x501.as_str() == Some("subscription-update")
                    })
                && o500
                    .get("offering_id")
                    .is_none_or(|x503| {
                        x503.is_string()
                            && x503
                                .as_str()
                                .is_none_or(
                                    ::elasticpath_subscriptions_server::runtime::compiled::uuid,
                                )
                    })
                && o500
                    .get("excluded_subscription_ids")
                    .is_none_or(|x505| {
                        x505.is_array()
                            && x505
                                .as_array()
                                .is_none_or(|a506| a506.iter().all(schema_uuid))
                    })
                && o500
                    .get("subscription_ids")
                    .is_none_or(|x509| {
                        x509.is_array()
                            && x509
                                .as_array()
                                .is_none_or(|a510| a510.iter().all(schema_uuid))
                    })
                && o500
                    .get("price_changes")
                    .is_none_or(schema_subscription_price_changes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_tax_item(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o515| {
            o515.contains_key("type") && o515.contains_key("rate")
                && o515
                    .get("type")
                    .is_none_or(|x516| {
                        x516.is_string() && x516.as_str() == Some("tax_item")
                    })
                && o515
                    .get("name")
                    .is_none_or(|x518| {
                        x518.is_string()
                            && x518
                                .as_str()
                                .is_none_or(|s519| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s519,
                                    1024usize,
                                ))
                    })
                && o515
                    .get("code")
                    .is_none_or(|x520| {
                        x520.is_string()
                            && x520
                                .as_str()
                                .is_none_or(|s521| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s521,
                                    1024usize,
                                ))
                    }) && o515.get("rate").is_none_or(|x522| x522.is_number())
                && o515
                    .get("jurisdiction")
                    .is_none_or(|x524| {
                        x524.is_string()
                            && x524
                                .as_str()
                                .is_none_or(|s525| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s525,
                                    1024usize,
                                ))
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_tax_run_job_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o526| {
            o526.contains_key("job_type")
                && o526
                    .get("job_type")
                    .is_none_or(|x527| {
                        x527.is_string() && x527.as_str() == Some("tax-run")
                    })
                && o526
                    .get("taxes")
                    .is_none_or(|x529| {
                        x529.is_array()
                            && x529
                                .as_array()
                                .is_none_or(|a530| {
                                    !a530.is_empty()
                                        && a530.iter().all(schema_invoice_tax_items)
                                })
                    })
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_uuid(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_string()
        && v
            .as_str()
            .is_none_or(::elasticpath_subscriptions_server::runtime::compiled::uuid)
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_dunning_rule_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o534| {
                o534.contains_key("data")
                    && o534.get("data").is_none_or(schema_dunning_rule_update)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_invoice_payment(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o537| {
            o537.contains_key("id") && o537.contains_key("type")
                && o537.contains_key("attributes")
                && o537.get("id").is_none_or(schema_uuid)
                && o537.get("type").is_none_or(schema_subscription_invoice_payment_type)
                && o537
                    .get("attributes")
                    .is_none_or(schema_update_invoice_payment_attributes)
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_invoice_payment_attributes(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.as_object()
        .is_none_or(|o544| {
            o544.contains_key("success")
                && o544.get("success").is_none_or(|x545| x545.is_boolean())
                && o544
                    .get("external_payment_id")
                    .is_none_or(|x547| {
                        x547.is_string()
                            && x547
                                .as_str()
                                .is_none_or(|s548| ::elasticpath_subscriptions_server::runtime::compiled::chars_at_most(
                                    s548,
                                    1024usize,
                                ))
                    }) && o544.get("failure_detail").is_none_or(|x549| x549.is_string())
                && o544.get("payment_taken_at").is_none_or(|x551| x551.is_string())
        })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_invoice_payment_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o553| {
                o553.contains_key("data")
                    && o553.get("data").is_none_or(schema_update_invoice_payment)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_offering_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o556| {
                o556.contains_key("data")
                    && o556.get("data").is_none_or(schema_offering_update)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_offering_pricing_option_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o559| {
                o559.contains_key("data")
                    && o559.get("data").is_none_or(schema_offering_pricing_option_update)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_proration_policy_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o562| {
                o562.contains_key("data")
                    && o562.get("data").is_none_or(schema_proration_policy_update)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_schedule_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o565| {
                o565.contains_key("data")
                    && o565.get("data").is_none_or(schema_schedule_update)
            })
}

#[allow(clippy::nonminimal_bool)]
fn schema_update_subscription_body(
    v: &::elasticpath_subscriptions_server::runtime::compiled::Value,
) -> bool {
    v.is_object()
        && v
            .as_object()
            .is_none_or(|o568| {
                o568.contains_key("data")
                    && o568.get("data").is_none_or(schema_subscription_update)
            })
}

/// Every request schema the router checks, by the name of its
/// static. Not part of the API: for the tests that hold each
/// compiled check to the JSON Schema engine.
#[doc(hidden)]
pub static REQUEST_SCHEMAS: &[(
    &str,
    &::elasticpath_subscriptions_server::runtime::Schema,
)] = &[
    ("LIST_OFFERINGS_QUERY_SCHEMA", &LIST_OFFERINGS_QUERY_SCHEMA),
    ("CREATE_OFFERING_QUERY_SCHEMA", &CREATE_OFFERING_QUERY_SCHEMA),
    ("CREATE_OFFERING_BODY_SCHEMA", &CREATE_OFFERING_BODY_SCHEMA),
    ("BUILD_OFFERING_BODY_SCHEMA", &BUILD_OFFERING_BODY_SCHEMA),
    ("GET_OFFERING_PATH_SCHEMA", &GET_OFFERING_PATH_SCHEMA),
    ("GET_OFFERING_QUERY_SCHEMA", &GET_OFFERING_QUERY_SCHEMA),
    ("UPDATE_OFFERING_PATH_SCHEMA", &UPDATE_OFFERING_PATH_SCHEMA),
    ("UPDATE_OFFERING_BODY_SCHEMA", &UPDATE_OFFERING_BODY_SCHEMA),
    ("DELETE_OFFERING_PATH_SCHEMA", &DELETE_OFFERING_PATH_SCHEMA),
    ("GET_OFFERING_FEATURE_PATH_SCHEMA", &GET_OFFERING_FEATURE_PATH_SCHEMA),
    ("UPDATE_OFFERING_FEATURE_PATH_SCHEMA", &UPDATE_OFFERING_FEATURE_PATH_SCHEMA),
    ("UPDATE_OFFERING_FEATURE_BODY_SCHEMA", &UPDATE_OFFERING_FEATURE_BODY_SCHEMA),
    ("DELETE_OFFERING_FEATURE_PATH_SCHEMA", &DELETE_OFFERING_FEATURE_PATH_SCHEMA),
    ("ATTACH_OFFERING_FEATURE_PATH_SCHEMA", &ATTACH_OFFERING_FEATURE_PATH_SCHEMA),
    ("ATTACH_OFFERING_FEATURE_BODY_SCHEMA", &ATTACH_OFFERING_FEATURE_BODY_SCHEMA),
    (
        "LIST_OFFERING_PRICING_OPTIONS_PATH_SCHEMA",
        &LIST_OFFERING_PRICING_OPTIONS_PATH_SCHEMA,
    ),
    (
        "LIST_OFFERING_PRICING_OPTIONS_QUERY_SCHEMA",
        &LIST_OFFERING_PRICING_OPTIONS_QUERY_SCHEMA,
    ),
    (
        "CREATE_OFFERING_PRICING_OPTION_PATH_SCHEMA",
        &CREATE_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    ),
    (
        "CREATE_OFFERING_PRICING_OPTION_BODY_SCHEMA",
        &CREATE_OFFERING_PRICING_OPTION_BODY_SCHEMA,
    ),
    (
        "GET_OFFERING_PRICING_OPTION_PATH_SCHEMA",
        &GET_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    ),
    (
        "UPDATE_OFFERING_PRICING_OPTION_PATH_SCHEMA",
        &UPDATE_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    ),
    (
        "UPDATE_OFFERING_PRICING_OPTION_BODY_SCHEMA",
        &UPDATE_OFFERING_PRICING_OPTION_BODY_SCHEMA,
    ),
    (
        "DELETE_OFFERING_PRICING_OPTION_PATH_SCHEMA",
        &DELETE_OFFERING_PRICING_OPTION_PATH_SCHEMA,
    ),
    ("LIST_OFFERING_FEATURES_PATH_SCHEMA", &LIST_OFFERING_FEATURES_PATH_SCHEMA),
    ("LIST_OFFERING_FEATURES_QUERY_SCHEMA", &LIST_OFFERING_FEATURES_QUERY_SCHEMA),
    ("CREATE_OFFERING_FEATURE_PATH_SCHEMA", &CREATE_OFFERING_FEATURE_PATH_SCHEMA),
    ("CREATE_OFFERING_FEATURE_BODY_SCHEMA", &CREATE_OFFERING_FEATURE_BODY_SCHEMA),
    ("LIST_OFFERING_PLANS_PATH_SCHEMA", &LIST_OFFERING_PLANS_PATH_SCHEMA),
    ("LIST_OFFERING_PLANS_QUERY_SCHEMA", &LIST_OFFERING_PLANS_QUERY_SCHEMA),
    ("CREATE_OFFERING_PLAN_PATH_SCHEMA", &CREATE_OFFERING_PLAN_PATH_SCHEMA),
    ("CREATE_OFFERING_PLAN_BODY_SCHEMA", &CREATE_OFFERING_PLAN_BODY_SCHEMA),
    ("GET_OFFERING_PLAN_PATH_SCHEMA", &GET_OFFERING_PLAN_PATH_SCHEMA),
    ("UPDATE_OFFERING_PLAN_PATH_SCHEMA", &UPDATE_OFFERING_PLAN_PATH_SCHEMA),
    ("UPDATE_OFFERING_PLAN_BODY_SCHEMA", &UPDATE_OFFERING_PLAN_BODY_SCHEMA),
    ("DELETE_OFFERING_PLAN_PATH_SCHEMA", &DELETE_OFFERING_PLAN_PATH_SCHEMA),
    (
        "LIST_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA",
        &LIST_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA,
    ),
    (
        "ADD_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA",
        &ADD_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA,
    ),
    (
        "ADD_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA",
        &ADD_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA,
    ),
    (
        "REMOVE_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA",
        &REMOVE_OFFERING_PLAN_PRICING_OPTIONS_PATH_SCHEMA,
    ),
    (
        "REMOVE_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA",
        &REMOVE_OFFERING_PLAN_PRICING_OPTIONS_BODY_SCHEMA,
    ),
    ("LIST_SUBSCRIPTIONS_QUERY_SCHEMA", &LIST_SUBSCRIPTIONS_QUERY_SCHEMA),
    ("CREATE_SUBSCRIPTION_QUERY_SCHEMA", &CREATE_SUBSCRIPTION_QUERY_SCHEMA),
    ("CREATE_SUBSCRIPTION_BODY_SCHEMA", &CREATE_SUBSCRIPTION_BODY_SCHEMA),
    ("GET_SUBSCRIPTION_PATH_SCHEMA", &GET_SUBSCRIPTION_PATH_SCHEMA),
    ("GET_SUBSCRIPTION_QUERY_SCHEMA", &GET_SUBSCRIPTION_QUERY_SCHEMA),
    ("UPDATE_SUBSCRIPTION_PATH_SCHEMA", &UPDATE_SUBSCRIPTION_PATH_SCHEMA),
    ("UPDATE_SUBSCRIPTION_BODY_SCHEMA", &UPDATE_SUBSCRIPTION_BODY_SCHEMA),
    ("DELETE_SUBSCRIPTION_PATH_SCHEMA", &DELETE_SUBSCRIPTION_PATH_SCHEMA),
    ("GET_SUBSCRIPTION_FEATURE_PATH_SCHEMA", &GET_SUBSCRIPTION_FEATURE_PATH_SCHEMA),
    ("GET_SUBSCRIPTION_PLAN_PATH_SCHEMA", &GET_SUBSCRIPTION_PLAN_PATH_SCHEMA),
    (
        "GET_SUBSCRIPTION_PRICING_OPTION_PATH_SCHEMA",
        &GET_SUBSCRIPTION_PRICING_OPTION_PATH_SCHEMA,
    ),
    ("LIST_SUBSCRIPTION_FEATURES_PATH_SCHEMA", &LIST_SUBSCRIPTION_FEATURES_PATH_SCHEMA),
    (
        "LIST_SUBSCRIPTION_FEATURES_QUERY_SCHEMA",
        &LIST_SUBSCRIPTION_FEATURES_QUERY_SCHEMA,
    ),
    ("LIST_SUBSCRIPTION_PLANS_PATH_SCHEMA", &LIST_SUBSCRIPTION_PLANS_PATH_SCHEMA),
    ("MANAGE_SUBSCRIPTION_PLANS_PATH_SCHEMA", &MANAGE_SUBSCRIPTION_PLANS_PATH_SCHEMA),
    ("MANAGE_SUBSCRIPTION_PLANS_BODY_SCHEMA", &MANAGE_SUBSCRIPTION_PLANS_BODY_SCHEMA),
    (
        "LIST_SUBSCRIPTION_PRICING_OPTIONS_PATH_SCHEMA",
        &LIST_SUBSCRIPTION_PRICING_OPTIONS_PATH_SCHEMA,
    ),
    ("LIST_SUBSCRIPTION_STATES_PATH_SCHEMA", &LIST_SUBSCRIPTION_STATES_PATH_SCHEMA),
    ("CREATE_SUBSCRIPTION_STATE_PATH_SCHEMA", &CREATE_SUBSCRIPTION_STATE_PATH_SCHEMA),
    ("CREATE_SUBSCRIPTION_STATE_BODY_SCHEMA", &CREATE_SUBSCRIPTION_STATE_BODY_SCHEMA),
    ("GET_SUBSCRIPTION_STATE_PATH_SCHEMA", &GET_SUBSCRIPTION_STATE_PATH_SCHEMA),
    ("LIST_JOBS_QUERY_SCHEMA", &LIST_JOBS_QUERY_SCHEMA),
    ("CREATE_JOB_QUERY_SCHEMA", &CREATE_JOB_QUERY_SCHEMA),
    ("CREATE_JOB_BODY_SCHEMA", &CREATE_JOB_BODY_SCHEMA),
    ("GET_JOB_PATH_SCHEMA", &GET_JOB_PATH_SCHEMA),
    ("DELETE_JOB_PATH_SCHEMA", &DELETE_JOB_PATH_SCHEMA),
    ("LIST_IMPORT_JOBS_QUERY_SCHEMA", &LIST_IMPORT_JOBS_QUERY_SCHEMA),
    ("CREATE_IMPORT_QUERY_SCHEMA", &CREATE_IMPORT_QUERY_SCHEMA),
    ("GET_IMPORT_PATH_SCHEMA", &GET_IMPORT_PATH_SCHEMA),
    ("GET_IMPORT_QUERY_SCHEMA", &GET_IMPORT_QUERY_SCHEMA),
    ("GET_IMPORT_ERRORS_PATH_SCHEMA", &GET_IMPORT_ERRORS_PATH_SCHEMA),
    ("GET_IMPORT_ERRORS_QUERY_SCHEMA", &GET_IMPORT_ERRORS_QUERY_SCHEMA),
    ("LIST_SUBSCRIPTION_INVOICES_PATH_SCHEMA", &LIST_SUBSCRIPTION_INVOICES_PATH_SCHEMA),
    (
        "LIST_SUBSCRIPTION_INVOICES_QUERY_SCHEMA",
        &LIST_SUBSCRIPTION_INVOICES_QUERY_SCHEMA,
    ),
    (
        "LIST_SUBSCRIPTION_INVOICE_PAYMENTS_PATH_SCHEMA",
        &LIST_SUBSCRIPTION_INVOICE_PAYMENTS_PATH_SCHEMA,
    ),
    (
        "LIST_SUBSCRIPTION_INVOICE_PAYMENTS_QUERY_SCHEMA",
        &LIST_SUBSCRIPTION_INVOICE_PAYMENTS_QUERY_SCHEMA,
    ),
    (
        "GET_SUBSCRIPTION_INVOICE_PAYMENT_PATH_SCHEMA",
        &GET_SUBSCRIPTION_INVOICE_PAYMENT_PATH_SCHEMA,
    ),
    ("GET_SUBSCRIPTION_INVOICE_PATH_SCHEMA", &GET_SUBSCRIPTION_INVOICE_PATH_SCHEMA),
    ("LIST_INVOICES_QUERY_SCHEMA", &LIST_INVOICES_QUERY_SCHEMA),
    ("GET_INVOICE_PATH_SCHEMA", &GET_INVOICE_PATH_SCHEMA),
    ("LIST_INVOICE_PAYMENTS_PATH_SCHEMA", &LIST_INVOICE_PAYMENTS_PATH_SCHEMA),
    ("LIST_INVOICE_PAYMENTS_QUERY_SCHEMA", &LIST_INVOICE_PAYMENTS_QUERY_SCHEMA),
    ("GET_INVOICE_PAYMENT_PATH_SCHEMA", &GET_INVOICE_PAYMENT_PATH_SCHEMA),
    ("UPDATE_INVOICE_PAYMENT_PATH_SCHEMA", &UPDATE_INVOICE_PAYMENT_PATH_SCHEMA),
    ("UPDATE_INVOICE_PAYMENT_BODY_SCHEMA", &UPDATE_INVOICE_PAYMENT_BODY_SCHEMA),
    (
        "LIST_INVOICE_PAYMENT_REFUNDS_PATH_SCHEMA",
        &LIST_INVOICE_PAYMENT_REFUNDS_PATH_SCHEMA,
    ),
    (
        "LIST_INVOICE_PAYMENT_REFUNDS_QUERY_SCHEMA",
        &LIST_INVOICE_PAYMENT_REFUNDS_QUERY_SCHEMA,
    ),
    (
        "CREATE_INVOICE_PAYMENT_REFUND_PATH_SCHEMA",
        &CREATE_INVOICE_PAYMENT_REFUND_PATH_SCHEMA,
    ),
    (
        "CREATE_INVOICE_PAYMENT_REFUND_BODY_SCHEMA",
        &CREATE_INVOICE_PAYMENT_REFUND_BODY_SCHEMA,
    ),
    ("GET_INVOICE_PAYMENT_REFUND_PATH_SCHEMA", &GET_INVOICE_PAYMENT_REFUND_PATH_SCHEMA),
    ("LIST_SCHEDULES_QUERY_SCHEMA", &LIST_SCHEDULES_QUERY_SCHEMA),
    ("CREATE_SCHEDULE_QUERY_SCHEMA", &CREATE_SCHEDULE_QUERY_SCHEMA),
    ("CREATE_SCHEDULE_BODY_SCHEMA", &CREATE_SCHEDULE_BODY_SCHEMA),
    ("GET_SCHEDULE_PATH_SCHEMA", &GET_SCHEDULE_PATH_SCHEMA),
    ("UPDATE_SCHEDULE_PATH_SCHEMA", &UPDATE_SCHEDULE_PATH_SCHEMA),
    ("UPDATE_SCHEDULE_BODY_SCHEMA", &UPDATE_SCHEDULE_BODY_SCHEMA),
    ("DELETE_SCHEDULE_PATH_SCHEMA", &DELETE_SCHEDULE_PATH_SCHEMA),
    ("LIST_SUBSCRIBERS_QUERY_SCHEMA", &LIST_SUBSCRIBERS_QUERY_SCHEMA),
    ("CREATE_SUBSCRIBER_QUERY_SCHEMA", &CREATE_SUBSCRIBER_QUERY_SCHEMA),
    ("CREATE_SUBSCRIBER_BODY_SCHEMA", &CREATE_SUBSCRIBER_BODY_SCHEMA),
    ("GET_SUBSCRIBER_PATH_SCHEMA", &GET_SUBSCRIBER_PATH_SCHEMA),
    ("UPDATE_SUBSCRIBER_PATH_SCHEMA", &UPDATE_SUBSCRIBER_PATH_SCHEMA),
    ("UPDATE_SUBSCRIBER_BODY_SCHEMA", &UPDATE_SUBSCRIBER_BODY_SCHEMA),
    ("DELETE_SUBSCRIBER_PATH_SCHEMA", &DELETE_SUBSCRIBER_PATH_SCHEMA),
    ("LIST_DUNNING_RULES_QUERY_SCHEMA", &LIST_DUNNING_RULES_QUERY_SCHEMA),
    ("CREATE_DUNNING_RULE_BODY_SCHEMA", &CREATE_DUNNING_RULE_BODY_SCHEMA),
    ("GET_DUNNING_RULE_PATH_SCHEMA", &GET_DUNNING_RULE_PATH_SCHEMA),
    ("UPDATE_DUNNING_RULE_PATH_SCHEMA", &UPDATE_DUNNING_RULE_PATH_SCHEMA),
    ("UPDATE_DUNNING_RULE_BODY_SCHEMA", &UPDATE_DUNNING_RULE_BODY_SCHEMA),
    ("DELETE_DUNNING_RULE_PATH_SCHEMA", &DELETE_DUNNING_RULE_PATH_SCHEMA),
    ("LIST_PRORATION_POLICIES_QUERY_SCHEMA", &LIST_PRORATION_POLICIES_QUERY_SCHEMA),
    ("CREATE_PRORATION_POLICY_BODY_SCHEMA", &CREATE_PRORATION_POLICY_BODY_SCHEMA),
    ("GET_PRORATION_POLICY_PATH_SCHEMA", &GET_PRORATION_POLICY_PATH_SCHEMA),
    ("UPDATE_PRORATION_POLICY_PATH_SCHEMA", &UPDATE_PRORATION_POLICY_PATH_SCHEMA),
    ("UPDATE_PRORATION_POLICY_BODY_SCHEMA", &UPDATE_PRORATION_POLICY_BODY_SCHEMA),
    ("DELETE_PRORATION_POLICY_PATH_SCHEMA", &DELETE_PRORATION_POLICY_PATH_SCHEMA),
    ("LIST_FEATURES_QUERY_SCHEMA", &LIST_FEATURES_QUERY_SCHEMA),
    ("CREATE_FEATURE_QUERY_SCHEMA", &CREATE_FEATURE_QUERY_SCHEMA),
    ("CREATE_FEATURE_BODY_SCHEMA", &CREATE_FEATURE_BODY_SCHEMA),
    ("GET_FEATURE_PATH_SCHEMA", &GET_FEATURE_PATH_SCHEMA),
    ("UPDATE_FEATURE_PATH_SCHEMA", &UPDATE_FEATURE_PATH_SCHEMA),
    ("UPDATE_FEATURE_BODY_SCHEMA", &UPDATE_FEATURE_BODY_SCHEMA),
    ("DELETE_FEATURE_PATH_SCHEMA", &DELETE_FEATURE_PATH_SCHEMA),
];
/// Subscriptions Introduction: one method per operation.
///
/// Implement it (each method can be an `async fn`) and serve it with [`router`]. When a method is called, the router has already checked the bearer token (its presence, then [`authenticate`](Self::authenticate)), the path, the query and the body against the spec; the method's return type lists exactly the statuses the spec documents for the operation.
///
/// A method with a default answers that it is not implemented, with a status the spec documents for it: implement only the operations you serve.
pub trait Api: Send + Sync + 'static {
    /// Checks the caller before anything else about the request is
    /// looked at, so a bad token gets `401` even when the rest of the
    /// request is bad too. The default accepts every token (the
    /// router has already refused a missing or malformed one).
    fn authenticate(
        &self,
        context: &::elasticpath_subscriptions_server::RequestContext,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            (),
            ::elasticpath_subscriptions_server::Unauthenticated,
        >,
    > + Send {
        let _ = context;
        async { Ok(()) }
    }

    /// List offerings
    ///
    /// Retrieves a list of all subscription offerings.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator | Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `external_ref`, `plans.external_ref`, `proration_policy_id` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `external_ref`, `plans.external_ref`, `proration_policy_id` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    ///
    /// `GET /v2/subscriptions/offerings` (operation `ListOfferings`)
    ///
    /// Default: answers `500` with the detail `ListOfferings is not implemented by this server`.
    fn list_offerings(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListOfferingsQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingsResponse> + Send {
        let _ = (context, query);
        async {
            ListOfferingsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListOfferings is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create an offering
    ///
    /// `POST /v2/subscriptions/offerings` (operation `CreateOffering`)
    ///
    /// Default: answers `500` with the detail `CreateOffering is not implemented by this server`.
    fn create_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateOfferingQuery,
        body: crate::types::CreateOfferingBody,
    ) -> impl ::std::future::Future<Output = CreateOfferingResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateOfferingResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateOffering is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Build an offering
    ///
    /// An offering includes plans and pricing options; plans are combined with one or more pricing options to form an offering. An offering can include either:
    ///
    /// - subscription plans (created within an offering).
    /// - Product Experience Manager products. See [**create a product**](/docs/api/pxm/products/create-product).
    ///
    /// When you are building an offering:
    ///
    /// - you can create new pricing options and plans.
    /// - you can modify an existing plan and pricing options. For example, you can modify the plan price or any attributes of a pricing option included in the offering.
    ///
    /// Here's how you build an offering:
    ///
    /// 1. Specify the plan to build with the offering. A plan can be:
    ///
    ///      - subscription plans. Specify the subscription plan attributes.
    ///      - Product Experience Manager products. Specify the Product Experience Manager product ID in `external_ref` in `PlanAttributes`. For the remaining plan attributes, you can specify their values to match the values of the existing Product Experience Manager product attributes. However, you can also specify different values, depending on your requirements.
    ///
    /// 2. Specify the pricing options to build with the offering. Pricing options are the rules that govern your subscription, for example, any discount. You can combine and reuse pricing options for as many plans as you want, making it quick and easy to create your subscription offerings.
    ///   An offering must have at least one pricing option.
    ///
    /// `POST /v2/subscriptions/offerings/build` (operation `BuildOffering`)
    ///
    /// Default: answers `500` with the detail `BuildOffering is not implemented by this server`.
    fn build_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        body: crate::types::BuildOfferingBody,
    ) -> impl ::std::future::Future<Output = BuildOfferingResponse> + Send {
        let _ = (context, body);
        async {
            BuildOfferingResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["BuildOffering is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get offering
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}` (operation `GetOffering`)
    ///
    /// Default: answers `500` with the detail `GetOffering is not implemented by this server`.
    fn get_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: GetOfferingQuery,
    ) -> impl ::std::future::Future<Output = GetOfferingResponse> + Send {
        let _ = (context, offering_uuid, query);
        async {
            GetOfferingResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetOffering is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update an offering
    ///
    /// After saving an offering, you can update an offering at any time. Updating an offering does not affect any active subscriptions. The changes take effect on all new subscriptions that are created. For fields that are optional, an existing value can be removed by specifying a value of null.
    ///
    /// `PUT /v2/subscriptions/offerings/{offering_uuid}` (operation `UpdateOffering`)
    ///
    /// Default: answers `500` with the detail `UpdateOffering is not implemented by this server`.
    fn update_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingBody,
    ) -> impl ::std::future::Future<Output = UpdateOfferingResponse> + Send {
        let _ = (context, offering_uuid, body);
        async {
            UpdateOfferingResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateOffering is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete offering
    ///
    /// When a subscription is created, it creates a snapshot of the offering. This means you can delete an offering without affecting any active subscriptions.
    ///
    /// `DELETE /v2/subscriptions/offerings/{offering_uuid}` (operation `DeleteOffering`)
    ///
    /// Default: answers `500` with the detail `DeleteOffering is not implemented by this server`.
    fn delete_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingResponse> + Send {
        let _ = (context, offering_uuid);
        async {
            DeleteOfferingResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["DeleteOffering is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get a feature in an offering
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}` (operation `GetOfferingFeature`)
    ///
    /// Default: answers `500` with the detail `GetOfferingFeature is not implemented by this server`.
    fn get_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetOfferingFeatureResponse> + Send {
        let _ = (context, offering_uuid, feature_uuid);
        async {
            GetOfferingFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetOfferingFeature is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Updates a feature in an offering
    ///
    /// Use the unique identifier of the feature in the offering that you want to update. Any modifications that you make to the features in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `PUT /v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}` (operation `UpdateOfferingFeature`)
    ///
    /// Default: answers `500` with the detail `UpdateOfferingFeature is not implemented by this server`.
    fn update_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingFeatureBody,
    ) -> impl ::std::future::Future<Output = UpdateOfferingFeatureResponse> + Send {
        let _ = (context, offering_uuid, feature_uuid, body);
        async {
            UpdateOfferingFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "UpdateOfferingFeature is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Remove a feature from an offering
    ///
    /// After saving an offering, you can remove features from it at any time.
    ///
    ///  Removing a feature from an offering does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `DELETE /v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}` (operation `DeleteOfferingFeature`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn delete_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingFeatureResponse> + Send;
    /// Attach a feature
    ///
    /// After saving an offering, you can attach new features to it at any time.
    ///
    /// Adding new features does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `POST /v2/subscriptions/offerings/{offering_uuid}/features/attach` (operation `AttachOfferingFeature`)
    ///
    /// Default: answers `500` with the detail `AttachOfferingFeature is not implemented by this server`.
    fn attach_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::AttachOfferingFeatureBody,
    ) -> impl ::std::future::Future<Output = AttachOfferingFeatureResponse> + Send {
        let _ = (context, offering_uuid, body);
        async {
            AttachOfferingFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "AttachOfferingFeature is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List an offering's pricing options
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/pricing-options` (operation `ListOfferingPricingOptions`)
    ///
    /// Default: answers `500` with the detail `ListOfferingPricingOptions is not implemented by this server`.
    fn list_offering_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: ListOfferingPricingOptionsQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingPricingOptionsResponse> + Send {
        let _ = (context, offering_uuid, query);
        async {
            ListOfferingPricingOptionsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListOfferingPricingOptions is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Create a pricing option inside an offering
    ///
    /// After saving an offering, you can add new pricing option to it at any time.
    ///
    /// `POST /v2/subscriptions/offerings/{offering_uuid}/pricing-options` (operation `CreateOfferingPricingOption`)
    ///
    /// Default: answers `500` with the detail `CreateOfferingPricingOption is not implemented by this server`.
    fn create_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::CreateOfferingPricingOptionBody,
    ) -> impl ::std::future::Future<
        Output = CreateOfferingPricingOptionResponse,
    > + Send {
        let _ = (context, offering_uuid, body);
        async {
            CreateOfferingPricingOptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "CreateOfferingPricingOption is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Get a pricing option in an offering
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}` (operation `GetOfferingPricingOption`)
    ///
    /// Default: answers `500` with the detail `GetOfferingPricingOption is not implemented by this server`.
    fn get_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetOfferingPricingOptionResponse> + Send {
        let _ = (context, offering_uuid, pricing_option_uuid);
        async {
            GetOfferingPricingOptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "GetOfferingPricingOption is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Update a pricing option in an offering
    ///
    /// `PUT /v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}` (operation `UpdateOfferingPricingOption`)
    ///
    /// Default: answers `500` with the detail `UpdateOfferingPricingOption is not implemented by this server`.
    fn update_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingPricingOptionBody,
    ) -> impl ::std::future::Future<
        Output = UpdateOfferingPricingOptionResponse,
    > + Send {
        let _ = (context, offering_uuid, pricing_option_uuid, body);
        async {
            UpdateOfferingPricingOptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "UpdateOfferingPricingOption is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Remove a pricing option from an offering
    ///
    /// After saving an offering, you can remove pricing options from it at any time.
    ///
    /// Removing a pricing option from an offering does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `DELETE /v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}` (operation `DeleteOfferingPricingOption`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn delete_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingPricingOptionResponse> + Send;
    /// List an offering's features
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/features` (operation `ListOfferingFeatures`)
    ///
    /// Default: answers `500` with the detail `ListOfferingFeatures is not implemented by this server`.
    fn list_offering_features(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: ListOfferingFeaturesQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingFeaturesResponse> + Send {
        let _ = (context, offering_uuid, query);
        async {
            ListOfferingFeaturesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListOfferingFeatures is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Create a feature directly inside an offering
    ///
    /// After saving an offering, you can add new features to it at any time.
    ///
    /// `POST /v2/subscriptions/offerings/{offering_uuid}/features` (operation `CreateOfferingFeature`)
    ///
    /// Default: answers `500` with the detail `CreateOfferingFeature is not implemented by this server`.
    fn create_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::CreateOfferingFeatureBody,
    ) -> impl ::std::future::Future<Output = CreateOfferingFeatureResponse> + Send {
        let _ = (context, offering_uuid, body);
        async {
            CreateOfferingFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "CreateOfferingFeature is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List an offering's plans
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/plans` (operation `ListOfferingPlans`)
    ///
    /// Default: answers `500` with the detail `ListOfferingPlans is not implemented by this server`.
    fn list_offering_plans(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: ListOfferingPlansQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingPlansResponse> + Send {
        let _ = (context, offering_uuid, query);
        async {
            ListOfferingPlansResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListOfferingPlans is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a plan inside an offering
    ///
    /// After saving an offering, you can add new plans to it at any time.
    ///
    /// `POST /v2/subscriptions/offerings/{offering_uuid}/plans` (operation `CreateOfferingPlan`)
    ///
    /// Default: answers `500` with the detail `CreateOfferingPlan is not implemented by this server`.
    fn create_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::CreateOfferingPlanBody,
    ) -> impl ::std::future::Future<Output = CreateOfferingPlanResponse> + Send {
        let _ = (context, offering_uuid, body);
        async {
            CreateOfferingPlanResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateOfferingPlan is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get a plan in an offering
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}` (operation `GetOfferingPlan`)
    ///
    /// Default: answers `500` with the detail `GetOfferingPlan is not implemented by this server`.
    fn get_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetOfferingPlanResponse> + Send {
        let _ = (context, offering_uuid, plan_uuid);
        async {
            GetOfferingPlanResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetOfferingPlan is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update a plan in an offering
    ///
    /// Use the unique identifier of the plan in the offering that you want to update. Any modifications that you make to the plans in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `PUT /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}` (operation `UpdateOfferingPlan`)
    ///
    /// Default: answers `500` with the detail `UpdateOfferingPlan is not implemented by this server`.
    fn update_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingPlanBody,
    ) -> impl ::std::future::Future<Output = UpdateOfferingPlanResponse> + Send {
        let _ = (context, offering_uuid, plan_uuid, body);
        async {
            UpdateOfferingPlanResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateOfferingPlan is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Remove a plan from an offering
    ///
    /// After saving an offering, you can remove plans from it at any time.
    ///
    ///  Removing a plan from an offering does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `DELETE /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}` (operation `DeleteOfferingPlan`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn delete_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingPlanResponse> + Send;
    /// List the pricing options available to a plan in an offering
    ///
    /// `GET /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options` (operation `ListOfferingPlanPricingOptions`)
    ///
    /// Default: answers `500` with the detail `ListOfferingPlanPricingOptions is not implemented by this server`.
    fn list_offering_plan_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = ListOfferingPlanPricingOptionsResponse,
    > + Send {
        let _ = (context, offering_uuid, plan_uuid);
        async {
            ListOfferingPlanPricingOptionsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListOfferingPlanPricingOptions is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Adds an offering's pricing options to the plan
    ///
    /// Use the unique identifier of the pricing in the offering that you want to update. Any modifications that you make to the plans in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `POST /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options` (operation `AddOfferingPlanPricingOptions`)
    ///
    /// Default: answers `500` with the detail `AddOfferingPlanPricingOptions is not implemented by this server`.
    fn add_offering_plan_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
        body: crate::types::RelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = AddOfferingPlanPricingOptionsResponse,
    > + Send {
        let _ = (context, offering_uuid, plan_uuid, body);
        async {
            AddOfferingPlanPricingOptionsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "AddOfferingPlanPricingOptions is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Removes an offering's pricing options from the plan
    ///
    /// Use the unique identifier of the pricing in the offering that you want to update. Any modifications that you make to the plans in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.
    ///
    /// `DELETE /v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options` (operation `RemoveOfferingPlanPricingOptions`)
    ///
    /// Default: answers `500` with the detail `RemoveOfferingPlanPricingOptions is not implemented by this server`.
    fn remove_offering_plan_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
        body: crate::types::RelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = RemoveOfferingPlanPricingOptionsResponse,
    > + Send {
        let _ = (context, offering_uuid, plan_uuid, body);
        async {
            RemoveOfferingPlanPricingOptionsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "RemoveOfferingPlanPricingOptions is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List subscriptions
    ///
    /// Retrieves a list of all subscriptions.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator | Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `account_id`, `name`, `email`, `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `account_id`, `name`, `email`, `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    ///
    /// ### Including Resources
    ///
    /// You can use the `include` parameter to include the following resources with this endpoint.
    ///
    /// | Resource | Required | Description |
    /// | --- | --- | --- |
    /// | `pricing_options, plans` | Optional | Retrieves all pricing options and plans associated with a subscription. |
    /// | `plans` | Optional | Retrieves all plans associated with a subscription. |
    /// | `pricing_options` | Optional | Retrieves all pricing options associated with a subscription. |
    ///
    /// See [Characteristics of Include Parameter](/guides/Getting-Started/includes#characteristics-of-include-parameter).
    ///
    /// `GET /v2/subscriptions/subscriptions` (operation `ListSubscriptions`)
    ///
    /// Default: answers `500` with the detail `ListSubscriptions is not implemented by this server`.
    fn list_subscriptions(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListSubscriptionsQuery,
    ) -> impl ::std::future::Future<Output = ListSubscriptionsResponse> + Send {
        let _ = (context, query);
        async {
            ListSubscriptionsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListSubscriptions is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a subscription
    ///
    /// `POST /v2/subscriptions/subscriptions` (operation `CreateSubscription`)
    ///
    /// Default: answers `500` with the detail `CreateSubscription is not implemented by this server`.
    fn create_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateSubscriptionQuery,
        body: crate::types::CreateSubscriptionBody,
    ) -> impl ::std::future::Future<Output = CreateSubscriptionResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateSubscriptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateSubscription is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get subscription
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}` (operation `GetSubscription`)
    ///
    /// Default: answers `500` with the detail `GetSubscription is not implemented by this server`.
    fn get_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        query: GetSubscriptionQuery,
    ) -> impl ::std::future::Future<Output = GetSubscriptionResponse> + Send {
        let _ = (context, subscription_uuid, query);
        async {
            GetSubscriptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetSubscription is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update a subscription
    ///
    /// Updates a subscription. For example, a subscriber can switch from one pricing option to another in a subscription.
    ///
    /// `PUT /v2/subscriptions/subscriptions/{subscription_uuid}` (operation `UpdateSubscription`)
    ///
    /// Default: answers `500` with the detail `UpdateSubscription is not implemented by this server`.
    fn update_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        body: crate::types::UpdateSubscriptionBody,
    ) -> impl ::std::future::Future<Output = UpdateSubscriptionResponse> + Send {
        let _ = (context, subscription_uuid, body);
        async {
            UpdateSubscriptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateSubscription is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete a subscription
    ///
    /// Deletes a subscription
    ///
    /// `DELETE /v2/subscriptions/subscriptions/{subscription_uuid}` (operation `DeleteSubscription`)
    ///
    /// Default: answers `500` with the detail `DeleteSubscription is not implemented by this server`.
    fn delete_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteSubscriptionResponse> + Send {
        let _ = (context, subscription_uuid);
        async {
            DeleteSubscriptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["DeleteSubscription is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get a feature in a subscription
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}` (operation `GetSubscriptionFeature`)
    ///
    /// Default: answers `500` with the detail `GetSubscriptionFeature is not implemented by this server`.
    fn get_subscription_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionFeatureResponse> + Send {
        let _ = (context, subscription_uuid, feature_uuid);
        async {
            GetSubscriptionFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "GetSubscriptionFeature is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Get a plan in a subscription
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}` (operation `GetSubscriptionPlan`)
    ///
    /// Default: answers `500` with the detail `GetSubscriptionPlan is not implemented by this server`.
    fn get_subscription_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionPlanResponse> + Send {
        let _ = (context, subscription_uuid, plan_uuid);
        async {
            GetSubscriptionPlanResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetSubscriptionPlan is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get a pricing option in a subscription
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}` (operation `GetSubscriptionPricingOption`)
    ///
    /// Default: answers `500` with the detail `GetSubscriptionPricingOption is not implemented by this server`.
    fn get_subscription_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetSubscriptionPricingOptionResponse,
    > + Send {
        let _ = (context, subscription_uuid, pricing_option_uuid);
        async {
            GetSubscriptionPricingOptionResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "GetSubscriptionPricingOption is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List an subscriptions features
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/features` (operation `ListSubscriptionFeatures`)
    ///
    /// Default: answers `500` with the detail `ListSubscriptionFeatures is not implemented by this server`.
    fn list_subscription_features(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        query: ListSubscriptionFeaturesQuery,
    ) -> impl ::std::future::Future<Output = ListSubscriptionFeaturesResponse> + Send {
        let _ = (context, subscription_uuid, query);
        async {
            ListSubscriptionFeaturesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListSubscriptionFeatures is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List subscription plans
    ///
    /// Retrieves a list of plans associated with the specified subscription. Using this endpoint you can see the plan that is currently active in a subscription. If `active_plan` is `true`, a plan is active in a subscription. If `active_plan` is null, the pricing option is not active.
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/plans` (operation `ListSubscriptionPlans`)
    ///
    /// Default: answers `500` with the detail `ListSubscriptionPlans is not implemented by this server`.
    fn list_subscription_plans(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = ListSubscriptionPlansResponse> + Send {
        let _ = (context, subscription_uuid);
        async {
            ListSubscriptionPlansResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListSubscriptionPlans is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Manage subscription plans
    ///
    /// Manage subscription plans by replacing, changing or detaching plans on the subscription
    ///
    /// `PUT /v2/subscriptions/subscriptions/{subscription_uuid}/plans` (operation `ManageSubscriptionPlans`)
    ///
    /// Default: answers `500` with the detail `ManageSubscriptionPlans is not implemented by this server`.
    fn manage_subscription_plans(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        body: crate::types::ManageSubscriptionPlansBody,
    ) -> impl ::std::future::Future<Output = ManageSubscriptionPlansResponse> + Send {
        let _ = (context, subscription_uuid, body);
        async {
            ManageSubscriptionPlansResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ManageSubscriptionPlans is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List subscription pricing options
    ///
    /// Retrieves a list of pricing options associated with the specified subscription. Using this endpoint you can see the pricing options that are currently active in a subscription. If `active_pricing_option` is `true`, a pricing option is active in a subscription. If `active_pricing_option` is null, the pricing option is not active.
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options` (operation `ListSubscriptionPricingOptions`)
    ///
    /// Default: answers `500` with the detail `ListSubscriptionPricingOptions is not implemented by this server`.
    fn list_subscription_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = ListSubscriptionPricingOptionsResponse,
    > + Send {
        let _ = (context, subscription_uuid);
        async {
            ListSubscriptionPricingOptionsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListSubscriptionPricingOptions is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List subscription states
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/states` (operation `ListSubscriptionStates`)
    ///
    /// Default: answers `500` with the detail `ListSubscriptionStates is not implemented by this server`.
    fn list_subscription_states(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = ListSubscriptionStatesResponse> + Send {
        let _ = (context, subscription_uuid);
        async {
            ListSubscriptionStatesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListSubscriptionStates is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Create a subscription state
    ///
    /// The subscription lifecycle is the states that a subscription can go through when a customer subscribes to a service or a plan.
    ///
    /// A subscription can have the following states:
    ///
    /// - `pending`
    /// - `canceled`
    /// - `paused`
    /// - `resumed`
    /// For more information, see [Managing the Subscription Lifecycle](/docs/api/subscriptions/subscriptions#managing-the-subscription-lifecycle).
    ///
    /// Immediate cancellation (`cancel` with `cancel_immediately: true`) ends the subscription and updates entitlements in this request; it does **not** issue refunds or modify paid invoices. Use payments refund flows separately if needed.
    ///
    /// `POST /v2/subscriptions/subscriptions/{subscription_uuid}/states` (operation `CreateSubscriptionState`)
    ///
    /// Default: answers `500` with the detail `CreateSubscriptionState is not implemented by this server`.
    fn create_subscription_state(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        body: crate::types::CreateSubscriptionStateBody,
    ) -> impl ::std::future::Future<Output = CreateSubscriptionStateResponse> + Send {
        let _ = (context, subscription_uuid, body);
        async {
            CreateSubscriptionStateResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "CreateSubscriptionState is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Get subscription state
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}` (operation `GetSubscriptionState`)
    ///
    /// Default: answers `500` with the detail `GetSubscriptionState is not implemented by this server`.
    fn get_subscription_state(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        state_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionStateResponse> + Send {
        let _ = (context, subscription_uuid, state_uuid);
        async {
            GetSubscriptionStateResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "GetSubscriptionState is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List jobs
    ///
    /// Retrieves a list of all jobs.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator | Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    ///
    /// `GET /v2/subscriptions/jobs` (operation `ListJobs`)
    ///
    /// Default: answers `500` with the detail `ListJobs is not implemented by this server`.
    fn list_jobs(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListJobsQuery,
    ) -> impl ::std::future::Future<Output = ListJobsResponse> + Send {
        let _ = (context, query);
        async {
            ListJobsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListJobs is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a job
    ///
    /// `POST /v2/subscriptions/jobs` (operation `CreateJob`)
    ///
    /// Default: answers `500` with the detail `CreateJob is not implemented by this server`.
    fn create_job(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateJobQuery,
        body: crate::types::CreateJobBody,
    ) -> impl ::std::future::Future<Output = CreateJobResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateJobResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateJob is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get job
    ///
    /// `GET /v2/subscriptions/jobs/{job_uuid}` (operation `GetJob`)
    ///
    /// Default: answers `500` with the detail `GetJob is not implemented by this server`.
    fn get_job(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        job_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetJobResponse> + Send {
        let _ = (context, job_uuid);
        async {
            GetJobResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetJob is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete job
    ///
    /// `DELETE /v2/subscriptions/jobs/{job_uuid}` (operation `DeleteJob`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn delete_job(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        job_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteJobResponse> + Send;
    /// List import jobs
    ///
    /// Retrieves a list of all import jobs.
    ///
    /// `GET /v2/subscriptions/imports` (operation `ListImportJobs`)
    ///
    /// Default: answers `500` with the detail `ListImportJobs is not implemented by this server`.
    fn list_import_jobs(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListImportJobsQuery,
    ) -> impl ::std::future::Future<Output = ListImportJobsResponse> + Send {
        let _ = (context, query);
        async {
            ListImportJobsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListImportJobs is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Import a dataset
    ///
    /// `POST /v2/subscriptions/imports` (operation `CreateImport`)
    ///
    /// Default: answers `500` with the detail `CreateImport is not implemented by this server`.
    fn create_import(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateImportQuery,
        body: ::elasticpath_subscriptions_server::RawBody,
    ) -> impl ::std::future::Future<Output = CreateImportResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateImportResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateImport is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get import
    ///
    /// Retrieves the import job for the specified ID.
    ///
    /// `GET /v2/subscriptions/imports/{import_uuid}` (operation `GetImport`)
    ///
    /// Default: answers `500` with the detail `GetImport is not implemented by this server`.
    fn get_import(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        import_uuid: ::uuid::Uuid,
        query: GetImportQuery,
    ) -> impl ::std::future::Future<Output = GetImportResponse> + Send {
        let _ = (context, import_uuid, query);
        async {
            GetImportResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetImport is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get import errors
    ///
    /// Retrieves all errors encountered as part of the import. Each error is attributed to a line in the JSONL file
    /// imported, so for example, if at line 1 in your JSONL you had a subscription_offering without a name, there would
    /// be a minimum string error for the `name` attribute with `"line_number": 1`.
    ///
    /// Errors are also ordered by line number ascending, and can be paginated.
    ///
    /// `GET /v2/subscriptions/imports/{import_uuid}/errors` (operation `GetImportErrors`)
    ///
    /// Default: answers `500` with the detail `GetImportErrors is not implemented by this server`.
    fn get_import_errors(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        import_uuid: ::uuid::Uuid,
        query: GetImportErrorsQuery,
    ) -> impl ::std::future::Future<Output = GetImportErrorsResponse> + Send {
        let _ = (context, import_uuid, query);
        async {
            GetImportErrorsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetImportErrors is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// List subscription invoices
    ///
    /// Lists all invoices for a given subscription.
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices` (operation `ListSubscriptionInvoices`)
    ///
    /// Default: answers `500` with the detail `ListSubscriptionInvoices is not implemented by this server`.
    fn list_subscription_invoices(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        query: ListSubscriptionInvoicesQuery,
    ) -> impl ::std::future::Future<Output = ListSubscriptionInvoicesResponse> + Send {
        let _ = (context, subscription_uuid, query);
        async {
            ListSubscriptionInvoicesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListSubscriptionInvoices is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List subscription invoice payments
    ///
    /// Lists all invoice payments for a given invoice.
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments` (operation `ListSubscriptionInvoicePayments`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn list_subscription_invoice_payments(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        invoice_uuid: ::uuid::Uuid,
        query: ListSubscriptionInvoicePaymentsQuery,
    ) -> impl ::std::future::Future<
        Output = ListSubscriptionInvoicePaymentsResponse,
    > + Send;
    /// Get subscription invoice payment
    ///
    /// Gets a specific payment for a given invoice.
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}` (operation `GetSubscriptionInvoicePayment`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn get_subscription_invoice_payment(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetSubscriptionInvoicePaymentResponse,
    > + Send;
    /// Get subscription invoice
    ///
    /// Gets a specific invoice for a given subscription.
    ///
    /// `GET /v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}` (operation `GetSubscriptionInvoice`)
    ///
    /// Default: answers `500` with the detail `GetSubscriptionInvoice is not implemented by this server`.
    fn get_subscription_invoice(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        invoice_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionInvoiceResponse> + Send {
        let _ = (context, subscription_uuid, invoice_uuid);
        async {
            GetSubscriptionInvoiceResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "GetSubscriptionInvoice is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List invoices
    ///
    /// Retrieves a list of all invoices.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator |Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `subscriber_id`, `subscription_id`, `outstanding`, `tax_required` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `subscriber_id`, `subscription_id` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    ///
    /// `GET /v2/subscriptions/invoices` (operation `ListInvoices`)
    ///
    /// Default: answers `500` with the detail `ListInvoices is not implemented by this server`.
    fn list_invoices(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListInvoicesQuery,
    ) -> impl ::std::future::Future<Output = ListInvoicesResponse> + Send {
        let _ = (context, query);
        async {
            ListInvoicesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListInvoices is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get invoice
    ///
    /// `GET /v2/subscriptions/invoices/{invoice_uuid}` (operation `GetInvoice`)
    ///
    /// Default: answers `500` with the detail `GetInvoice is not implemented by this server`.
    fn get_invoice(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetInvoiceResponse> + Send {
        let _ = (context, invoice_uuid);
        async {
            GetInvoiceResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetInvoice is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// List invoice payments
    ///
    /// `GET /v2/subscriptions/invoices/{invoice_uuid}/payments` (operation `ListInvoicePayments`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn list_invoice_payments(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        query: ListInvoicePaymentsQuery,
    ) -> impl ::std::future::Future<Output = ListInvoicePaymentsResponse> + Send;
    /// Get invoice payment
    ///
    /// `GET /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}` (operation `GetInvoicePayment`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn get_invoice_payment(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetInvoicePaymentResponse> + Send;
    /// Update Invoice Payment
    ///
    /// External payment methods are payment methods not offered by Elastic Path Subscriptions (such as Elastic Path Payments powered by Stripe or Authorize.net), but they can still be integrated with Subscriptions. You can use the `Update Invoice Payment` endpoint to manually update a payment against an invoice where an external payment method is handling the payment of your invoices. See [External Payments](/docs/api/subscriptions/invoices#external-payments).
    ///
    /// `PUT /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}` (operation `UpdateInvoicePayment`)
    ///
    /// Default: answers `500` with the detail `UpdateInvoicePayment is not implemented by this server`.
    fn update_invoice_payment(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        body: crate::types::UpdateInvoicePaymentBody,
    ) -> impl ::std::future::Future<Output = UpdateInvoicePaymentResponse> + Send {
        let _ = (context, invoice_uuid, payment_uuid, body);
        async {
            UpdateInvoicePaymentResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "UpdateInvoicePayment is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List invoice payment refunds
    ///
    /// List all refunds for an invoice payments
    ///
    /// `GET /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds` (operation `ListInvoicePaymentRefunds`)
    ///
    /// Default: answers `500` with the detail `ListInvoicePaymentRefunds is not implemented by this server`.
    fn list_invoice_payment_refunds(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        query: ListInvoicePaymentRefundsQuery,
    ) -> impl ::std::future::Future<Output = ListInvoicePaymentRefundsResponse> + Send {
        let _ = (context, invoice_uuid, payment_uuid, query);
        async {
            ListInvoicePaymentRefundsResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListInvoicePaymentRefunds is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Create a refund for an invoice payment
    ///
    /// Creates a refund for a paid invoice.
    ///
    /// `POST /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds` (operation `CreateInvoicePaymentRefund`)
    ///
    /// Default: answers `500` with the detail `CreateInvoicePaymentRefund is not implemented by this server`.
    fn create_invoice_payment_refund(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        body: crate::types::CreateInvoicePaymentRefundBody,
    ) -> impl ::std::future::Future<Output = CreateInvoicePaymentRefundResponse> + Send {
        let _ = (context, invoice_uuid, payment_uuid, body);
        async {
            CreateInvoicePaymentRefundResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "CreateInvoicePaymentRefund is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Get a refund for an invoice payment
    ///
    /// Get a refund for a paid invoice.
    ///
    /// `GET /v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}` (operation `GetInvoicePaymentRefund`)
    ///
    /// Default: answers `500` with the detail `GetInvoicePaymentRefund is not implemented by this server`.
    fn get_invoice_payment_refund(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        refund_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetInvoicePaymentRefundResponse> + Send {
        let _ = (context, invoice_uuid, payment_uuid, refund_uuid);
        async {
            GetInvoicePaymentRefundResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "GetInvoicePaymentRefund is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List schedules
    ///
    /// Retrieves a list of all schedules.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator | Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    ///
    /// `GET /v2/subscriptions/schedules` (operation `ListSchedules`)
    ///
    /// Default: answers `500` with the detail `ListSchedules is not implemented by this server`.
    fn list_schedules(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListSchedulesQuery,
    ) -> impl ::std::future::Future<Output = ListSchedulesResponse> + Send {
        let _ = (context, query);
        async {
            ListSchedulesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListSchedules is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a schedule
    ///
    /// `POST /v2/subscriptions/schedules` (operation `CreateSchedule`)
    ///
    /// Default: answers `500` with the detail `CreateSchedule is not implemented by this server`.
    fn create_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateScheduleQuery,
        body: crate::types::CreateScheduleBody,
    ) -> impl ::std::future::Future<Output = CreateScheduleResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateScheduleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateSchedule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get a schedule
    ///
    /// `GET /v2/subscriptions/schedules/{schedule_uuid}` (operation `GetSchedule`)
    ///
    /// Default: answers `500` with the detail `GetSchedule is not implemented by this server`.
    fn get_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        schedule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetScheduleResponse> + Send {
        let _ = (context, schedule_uuid);
        async {
            GetScheduleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetSchedule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update a schedule
    ///
    /// `PUT /v2/subscriptions/schedules/{schedule_uuid}` (operation `UpdateSchedule`)
    ///
    /// Default: answers `500` with the detail `UpdateSchedule is not implemented by this server`.
    fn update_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        schedule_uuid: ::uuid::Uuid,
        body: crate::types::UpdateScheduleBody,
    ) -> impl ::std::future::Future<Output = UpdateScheduleResponse> + Send {
        let _ = (context, schedule_uuid, body);
        async {
            UpdateScheduleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateSchedule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete schedule
    ///
    /// `DELETE /v2/subscriptions/schedules/{schedule_uuid}` (operation `DeleteSchedule`)
    ///
    /// Default: answers `500` with the detail `DeleteSchedule is not implemented by this server`.
    fn delete_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        schedule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteScheduleResponse> + Send {
        let _ = (context, schedule_uuid);
        async {
            DeleteScheduleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["DeleteSchedule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// List subscribers
    ///
    /// Retrieves a list of all subscribers.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator | Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `account_id`, `name`, `email`, `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `account_id`, `name`, `email`, `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    /// | `like` | `name`, `email` | Partial match (case-sensitive). Use `*` at the start, end, or both to match any sequence of characters (e.g. `*substring`, `substring*`, `*substring*`). |
    /// | `ilike` | `name`, `email` | Partial match (case-insensitive). Same as `like` but matching ignores case. Use `*` at the start, end, or both to match any sequence of characters. |
    ///
    /// `GET /v2/subscriptions/subscribers` (operation `ListSubscribers`)
    ///
    /// Default: answers `500` with the detail `ListSubscribers is not implemented by this server`.
    fn list_subscribers(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListSubscribersQuery,
    ) -> impl ::std::future::Future<Output = ListSubscribersResponse> + Send {
        let _ = (context, query);
        async {
            ListSubscribersResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListSubscribers is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a subscriber
    ///
    /// `POST /v2/subscriptions/subscribers` (operation `CreateSubscriber`)
    ///
    /// Default: answers `500` with the detail `CreateSubscriber is not implemented by this server`.
    fn create_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateSubscriberQuery,
        body: crate::types::CreateSubscriberBody,
    ) -> impl ::std::future::Future<Output = CreateSubscriberResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateSubscriberResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateSubscriber is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get a subscriber
    ///
    /// `GET /v2/subscriptions/subscribers/{subscriber_uuid}` (operation `GetSubscriber`)
    ///
    /// Default: answers `500` with the detail `GetSubscriber is not implemented by this server`.
    fn get_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscriber_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriberResponse> + Send {
        let _ = (context, subscriber_uuid);
        async {
            GetSubscriberResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetSubscriber is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update a subscriber
    ///
    /// `PUT /v2/subscriptions/subscribers/{subscriber_uuid}` (operation `UpdateSubscriber`)
    ///
    /// Default: answers `500` with the detail `UpdateSubscriber is not implemented by this server`.
    fn update_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscriber_uuid: ::uuid::Uuid,
        body: crate::types::UpdateSubscriberBody,
    ) -> impl ::std::future::Future<Output = UpdateSubscriberResponse> + Send {
        let _ = (context, subscriber_uuid, body);
        async {
            UpdateSubscriberResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateSubscriber is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete subscriber
    ///
    /// `DELETE /v2/subscriptions/subscribers/{subscriber_uuid}` (operation `DeleteSubscriber`)
    ///
    /// Default: answers `500` with the detail `DeleteSubscriber is not implemented by this server`.
    fn delete_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscriber_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteSubscriberResponse> + Send {
        let _ = (context, subscriber_uuid);
        async {
            DeleteSubscriberResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["DeleteSubscriber is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// List dunning rules
    ///
    /// Retrieves a list of all dunning rule sets.
    ///
    /// `GET /v2/subscriptions/dunning-rules` (operation `ListDunningRules`)
    ///
    /// Default: answers `500` with the detail `ListDunningRules is not implemented by this server`.
    fn list_dunning_rules(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListDunningRulesQuery,
    ) -> impl ::std::future::Future<Output = ListDunningRulesResponse> + Send {
        let _ = (context, query);
        async {
            ListDunningRulesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListDunningRules is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a dunning rule
    ///
    /// Dunning rules must use a `fixed` strategy. This means payments are retried on a fixed schedule.
    ///
    /// When an invoice is created, it immediately becomes eligible for payment by the next payment run. If the first payment attempt fails then the invoice enters dunning. In subsequent payment runs, invoices are only  considered for payment if they meet the dunning rules you create.
    ///
    /// You can configure a dunning rule to be the default for your store. There can only be one default rule per store. All invoices in your store will then perform dunning according to the specified rules.
    ///
    /// :::note
    /// If no dunning rule is configured, then payment is retried once a day for 10 days, in total 11 payments. You can decide what action to take after the Subscriptions has stopped retrying the payments.
    /// :::
    ///
    /// The following attributes are used to define a `fixed` schedule:
    ///
    /// - `payment_retry_unit - the unit of time used to measure the intervals between payment attempts or retries.
    /// - `payment_retry_interval` - the number of `payment_interval-units` to wait between each payment retry attempt.
    /// - `payment_retries_limit` - the number of times subscriptions attempts payments retries before an `action` is taken.
    /// - `action` - the action to take if payment is not successful.
    ///
    /// For example, if:
    ///
    /// - the `payment_retry_unit` is `days`
    /// - the `payment_retry_interval` is `2`
    /// - the `payment_rety_limit` is `10`
    /// - the `action` is `close`.
    ///
    /// Subscriptions attempts to retry the payment every 2 days until 10 payment attempts have been tried. At that point, the subscription ends and it's status changes to `inacive`.
    ///
    /// Following on from this, you can specify that the dunning rule is no longer the default. You do not have to specify another rule to replace it. If you do remove the default dunning rule, the store defaults to the behavior that is followed when dunning is not enabled.
    ///
    /// `POST /v2/subscriptions/dunning-rules` (operation `CreateDunningRule`)
    ///
    /// Default: answers `500` with the detail `CreateDunningRule is not implemented by this server`.
    fn create_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        body: crate::types::CreateDunningRuleBody,
    ) -> impl ::std::future::Future<Output = CreateDunningRuleResponse> + Send {
        let _ = (context, body);
        async {
            CreateDunningRuleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateDunningRule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get dunning rule policy
    ///
    /// `GET /v2/subscriptions/dunning-rules/{dunning_rule_uuid}` (operation `GetDunningRule`)
    ///
    /// Default: answers `500` with the detail `GetDunningRule is not implemented by this server`.
    fn get_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        dunning_rule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetDunningRuleResponse> + Send {
        let _ = (context, dunning_rule_uuid);
        async {
            GetDunningRuleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetDunningRule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update dunning rule policy
    ///
    /// Specify whichever attributes you want to change. The values of the other attributes remain the same. If the attributes section is empty, the rule is not updated. For fields that are optional, an existing value can be removed by specifying a value of null.
    ///
    /// `PUT /v2/subscriptions/dunning-rules/{dunning_rule_uuid}` (operation `UpdateDunningRule`)
    ///
    /// Default: answers `500` with the detail `UpdateDunningRule is not implemented by this server`.
    fn update_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        dunning_rule_uuid: ::uuid::Uuid,
        body: crate::types::UpdateDunningRuleBody,
    ) -> impl ::std::future::Future<Output = UpdateDunningRuleResponse> + Send {
        let _ = (context, dunning_rule_uuid, body);
        async {
            UpdateDunningRuleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateDunningRule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete dunning rules
    ///
    /// You can delete a dunning rule at any time. If a dunning rule is deleted then Subscriptions reverts to the configuration used if no dunning rule is set; payment is retried once a day for 10 days, in total 11 payments. You can decide what action to take after the Subscriptions has stopped retrying the payments. See [Dunning Rules](/docs/api/subscriptions/dunning-rules).
    ///
    /// `DELETE /v2/subscriptions/dunning-rules/{dunning_rule_uuid}` (operation `DeleteDunningRule`)
    ///
    /// Default: answers `500` with the detail `DeleteDunningRule is not implemented by this server`.
    fn delete_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        dunning_rule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteDunningRuleResponse> + Send {
        let _ = (context, dunning_rule_uuid);
        async {
            DeleteDunningRuleResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["DeleteDunningRule is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// List proration policies
    ///
    /// Retrieves a list of all proration policies.
    ///
    /// `GET /v2/subscriptions/proration-policies` (operation `ListProrationPolicies`)
    ///
    /// Default: answers `500` with the detail `ListProrationPolicies is not implemented by this server`.
    fn list_proration_policies(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListProrationPoliciesQuery,
    ) -> impl ::std::future::Future<Output = ListProrationPoliciesResponse> + Send {
        let _ = (context, query);
        async {
            ListProrationPoliciesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "ListProrationPolicies is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Create a Proration Policy
    ///
    /// In Subscriptions, you configure proration by creating a proration policy and attaching it to an offering. Once you have [attached](/docs/api/subscriptions/update-offering) the policy, the proration policy applies to all subscriptions that use the offering.
    ///
    /// `POST /v2/subscriptions/proration-policies` (operation `CreateProrationPolicy`)
    ///
    /// Default: answers `500` with the detail `CreateProrationPolicy is not implemented by this server`.
    fn create_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        body: crate::types::CreateProrationPolicyBody,
    ) -> impl ::std::future::Future<Output = CreateProrationPolicyResponse> + Send {
        let _ = (context, body);
        async {
            CreateProrationPolicyResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "CreateProrationPolicy is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// Get proration policy
    ///
    /// `GET /v2/subscriptions/proration-policies/{proration_policy_uuid}` (operation `GetProrationPolicy`)
    ///
    /// Default: answers `500` with the detail `GetProrationPolicy is not implemented by this server`.
    fn get_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        proration_policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetProrationPolicyResponse> + Send {
        let _ = (context, proration_policy_uuid);
        async {
            GetProrationPolicyResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetProrationPolicy is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update proration policy
    ///
    /// You can update a proration policy at any time. For any subscriptions that are using the updated proration policy, the changes are also applied. Specify whichever attributes you want to change. The values of the other attributes remain the same. If the attributes section is empty, the proration policy is not updated.
    ///
    /// When updating proration policies:
    ///
    /// - You can change the name of an existing policy.
    /// - You can update `rounding`.
    /// - You can update `external_ref` as long as `external_ref` is still unique in  your store.
    /// - You can remove `external_ref` as this attribute is optional.
    /// - You cannot remove any required attributes, such as `name` or `rounding`.
    ///
    /// `PUT /v2/subscriptions/proration-policies/{proration_policy_uuid}` (operation `UpdateProrationPolicy`)
    ///
    /// Required: no default, because the spec documents no 501 or 500 in the error format, without required headers, for it.
    fn update_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        proration_policy_uuid: ::uuid::Uuid,
        body: crate::types::UpdateProrationPolicyBody,
    ) -> impl ::std::future::Future<Output = UpdateProrationPolicyResponse> + Send;
    /// Delete proration policy
    ///
    /// A proration policy cannot be deleted if it is being used by any subscriptions. This means you must detach a proration policy that you want to delete from any offerings using that policy before deleting the policy. See [Remove a proration policy from an offering](/docs/api/subscriptions/update-offering).
    ///
    /// `DELETE /v2/subscriptions/proration-policies/{proration_policy_uuid}` (operation `DeleteProrationPolicy`)
    ///
    /// Default: answers `500` with the detail `DeleteProrationPolicy is not implemented by this server`.
    fn delete_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        proration_policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteProrationPolicyResponse> + Send {
        let _ = (context, proration_policy_uuid);
        async {
            DeleteProrationPolicyResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &[
                        "DeleteProrationPolicy is not implemented by this server"
                            .to_owned(),
                    ],
                )
            })
        }
    }

    /// List features
    ///
    /// Retrieves a list of all subscription features.
    ///
    /// ### Filtering
    ///
    /// This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).
    ///
    /// The following attributes and operators are supported.
    ///
    /// | Operator | Attribute | Description |
    /// | --- | --- | --- |
    /// | `eq` | `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `eq` | `tag` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
    /// | `in` | `external_ref`, `tag` | In. Checks if the value is in the specified list. If it is, the condition is true. |
    ///
    /// `GET /v2/subscriptions/features` (operation `ListFeatures`)
    ///
    /// Default: answers `500` with the detail `ListFeatures is not implemented by this server`.
    fn list_features(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListFeaturesQuery,
    ) -> impl ::std::future::Future<Output = ListFeaturesResponse> + Send {
        let _ = (context, query);
        async {
            ListFeaturesResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["ListFeatures is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Create a feature
    ///
    /// `POST /v2/subscriptions/features` (operation `CreateFeature`)
    ///
    /// Default: answers `500` with the detail `CreateFeature is not implemented by this server`.
    fn create_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateFeatureQuery,
        body: crate::types::CreateFeatureBody,
    ) -> impl ::std::future::Future<Output = CreateFeatureResponse> + Send {
        let _ = (context, query, body);
        async {
            CreateFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["CreateFeature is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Get feature
    ///
    /// `GET /v2/subscriptions/features/{feature_uuid}` (operation `GetFeature`)
    ///
    /// Default: answers `500` with the detail `GetFeature is not implemented by this server`.
    fn get_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetFeatureResponse> + Send {
        let _ = (context, feature_uuid);
        async {
            GetFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["GetFeature is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Update a feature
    ///
    /// Specify whichever attributes you want to change. The values of the other attributes remain the same. If the attributes section is empty, the feature is not updated. For fields that are optional, an existing value can be removed by specifying a value of null.
    ///
    /// `PUT /v2/subscriptions/features/{feature_uuid}` (operation `UpdateFeature`)
    ///
    /// Default: answers `500` with the detail `UpdateFeature is not implemented by this server`.
    fn update_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        feature_uuid: ::uuid::Uuid,
        body: crate::types::UpdateFeatureBody,
    ) -> impl ::std::future::Future<Output = UpdateFeatureResponse> + Send {
        let _ = (context, feature_uuid, body);
        async {
            UpdateFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["UpdateFeature is not implemented by this server".to_owned()],
                )
            })
        }
    }

    /// Delete feature
    ///
    /// Remove a feature.
    ///
    /// `DELETE /v2/subscriptions/features/{feature_uuid}` (operation `DeleteFeature`)
    ///
    /// Default: answers `500` with the detail `DeleteFeature is not implemented by this server`.
    fn delete_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteFeatureResponse> + Send {
        let _ = (context, feature_uuid);
        async {
            DeleteFeatureResponse::InternalServerError({
                let status = ::axum::http::StatusCode::from_u16(500u16)
                    .expect("a documented status");
                error_body(
                    status,
                    ::elasticpath_subscriptions_server::runtime::title(status),
                    &["DeleteFeature is not implemented by this server".to_owned()],
                )
            })
        }
    }
}

/// The implementation's `authenticate`, as the runtime calls it.
struct Gate<'a, A>(&'a A);

impl<A: Api> ::elasticpath_subscriptions_server::runtime::Authenticate for Gate<'_, A> {
    fn check(
        &self,
        context: &::elasticpath_subscriptions_server::RequestContext,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            (),
            ::elasticpath_subscriptions_server::Unauthenticated,
        >,
    > + Send {
        self.0.authenticate(context)
    }
}

/// The path every operation is served under, from the spec's `servers`.
pub const BASE_PATH: &str = "";

/// Every operation of the API, in the spec's order: its id, method
/// and path template (under [`BASE_PATH`]).
pub const OPERATIONS: &[::elasticpath_subscriptions_server::OperationInfo] = &[
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListOfferings",
        method: "GET",
        path: "/v2/subscriptions/offerings",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateOffering",
        method: "POST",
        path: "/v2/subscriptions/offerings",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "BuildOffering",
        method: "POST",
        path: "/v2/subscriptions/offerings/build",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetOffering",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateOffering",
        method: "PUT",
        path: "/v2/subscriptions/offerings/{offering_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteOffering",
        method: "DELETE",
        path: "/v2/subscriptions/offerings/{offering_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetOfferingFeature",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateOfferingFeature",
        method: "PUT",
        path: "/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteOfferingFeature",
        method: "DELETE",
        path: "/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "AttachOfferingFeature",
        method: "POST",
        path: "/v2/subscriptions/offerings/{offering_uuid}/features/attach",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListOfferingPricingOptions",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/pricing-options",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateOfferingPricingOption",
        method: "POST",
        path: "/v2/subscriptions/offerings/{offering_uuid}/pricing-options",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetOfferingPricingOption",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateOfferingPricingOption",
        method: "PUT",
        path: "/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteOfferingPricingOption",
        method: "DELETE",
        path: "/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListOfferingFeatures",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/features",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateOfferingFeature",
        method: "POST",
        path: "/v2/subscriptions/offerings/{offering_uuid}/features",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListOfferingPlans",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateOfferingPlan",
        method: "POST",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetOfferingPlan",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateOfferingPlan",
        method: "PUT",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteOfferingPlan",
        method: "DELETE",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListOfferingPlanPricingOptions",
        method: "GET",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "AddOfferingPlanPricingOptions",
        method: "POST",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "RemoveOfferingPlanPricingOptions",
        method: "DELETE",
        path: "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptions",
        method: "GET",
        path: "/v2/subscriptions/subscriptions",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateSubscription",
        method: "POST",
        path: "/v2/subscriptions/subscriptions",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscription",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateSubscription",
        method: "PUT",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteSubscription",
        method: "DELETE",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriptionFeature",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriptionPlan",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriptionPricingOption",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptionFeatures",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/features",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptionPlans",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/plans",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ManageSubscriptionPlans",
        method: "PUT",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/plans",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptionPricingOptions",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptionStates",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/states",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateSubscriptionState",
        method: "POST",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/states",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriptionState",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListJobs",
        method: "GET",
        path: "/v2/subscriptions/jobs",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateJob",
        method: "POST",
        path: "/v2/subscriptions/jobs",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetJob",
        method: "GET",
        path: "/v2/subscriptions/jobs/{job_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteJob",
        method: "DELETE",
        path: "/v2/subscriptions/jobs/{job_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListImportJobs",
        method: "GET",
        path: "/v2/subscriptions/imports",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateImport",
        method: "POST",
        path: "/v2/subscriptions/imports",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetImport",
        method: "GET",
        path: "/v2/subscriptions/imports/{import_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetImportErrors",
        method: "GET",
        path: "/v2/subscriptions/imports/{import_uuid}/errors",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptionInvoices",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscriptionInvoicePayments",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriptionInvoicePayment",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriptionInvoice",
        method: "GET",
        path: "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListInvoices",
        method: "GET",
        path: "/v2/subscriptions/invoices",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetInvoice",
        method: "GET",
        path: "/v2/subscriptions/invoices/{invoice_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListInvoicePayments",
        method: "GET",
        path: "/v2/subscriptions/invoices/{invoice_uuid}/payments",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetInvoicePayment",
        method: "GET",
        path: "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateInvoicePayment",
        method: "PUT",
        path: "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListInvoicePaymentRefunds",
        method: "GET",
        path: "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateInvoicePaymentRefund",
        method: "POST",
        path: "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetInvoicePaymentRefund",
        method: "GET",
        path: "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSchedules",
        method: "GET",
        path: "/v2/subscriptions/schedules",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateSchedule",
        method: "POST",
        path: "/v2/subscriptions/schedules",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSchedule",
        method: "GET",
        path: "/v2/subscriptions/schedules/{schedule_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateSchedule",
        method: "PUT",
        path: "/v2/subscriptions/schedules/{schedule_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteSchedule",
        method: "DELETE",
        path: "/v2/subscriptions/schedules/{schedule_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListSubscribers",
        method: "GET",
        path: "/v2/subscriptions/subscribers",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateSubscriber",
        method: "POST",
        path: "/v2/subscriptions/subscribers",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetSubscriber",
        method: "GET",
        path: "/v2/subscriptions/subscribers/{subscriber_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateSubscriber",
        method: "PUT",
        path: "/v2/subscriptions/subscribers/{subscriber_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteSubscriber",
        method: "DELETE",
        path: "/v2/subscriptions/subscribers/{subscriber_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListDunningRules",
        method: "GET",
        path: "/v2/subscriptions/dunning-rules",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateDunningRule",
        method: "POST",
        path: "/v2/subscriptions/dunning-rules",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetDunningRule",
        method: "GET",
        path: "/v2/subscriptions/dunning-rules/{dunning_rule_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateDunningRule",
        method: "PUT",
        path: "/v2/subscriptions/dunning-rules/{dunning_rule_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteDunningRule",
        method: "DELETE",
        path: "/v2/subscriptions/dunning-rules/{dunning_rule_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListProrationPolicies",
        method: "GET",
        path: "/v2/subscriptions/proration-policies",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateProrationPolicy",
        method: "POST",
        path: "/v2/subscriptions/proration-policies",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetProrationPolicy",
        method: "GET",
        path: "/v2/subscriptions/proration-policies/{proration_policy_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateProrationPolicy",
        method: "PUT",
        path: "/v2/subscriptions/proration-policies/{proration_policy_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteProrationPolicy",
        method: "DELETE",
        path: "/v2/subscriptions/proration-policies/{proration_policy_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "ListFeatures",
        method: "GET",
        path: "/v2/subscriptions/features",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "CreateFeature",
        method: "POST",
        path: "/v2/subscriptions/features",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "GetFeature",
        method: "GET",
        path: "/v2/subscriptions/features/{feature_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "UpdateFeature",
        method: "PUT",
        path: "/v2/subscriptions/features/{feature_uuid}",
    },
    ::elasticpath_subscriptions_server::OperationInfo {
        id: "DeleteFeature",
        method: "DELETE",
        path: "/v2/subscriptions/features/{feature_uuid}",
    },
];
/// The OpenAPI document this crate was generated from, as JSON; the
/// router serves it at `GET /openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");

/// The JSON Schema (2020-12) of every resource the API serves (the
/// `data` of its answers), by schema name: to check records that
/// come from elsewhere, such as a fake's state file.
pub const RESOURCE_SCHEMAS: &[(&str, &str)] = &[
    (
        "DunningRule",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/DunningRule",
  "$defs": {
    "DunningRule": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionDunningRuleType"
        },
        "attributes": {
          "$ref": "#/$defs/DunningRuleAttributes"
        },
        "meta": {
          "$ref": "#/$defs/DunningRuleMeta"
        }
      }
    },
    "DunningRuleAttributes": {
      "required": [
        "payment_retry_type",
        "payment_retries_limit",
        "action"
      ],
      "properties": {
        "payment_retry_type": {
          "type": "string",
          "enum": [
            "fixed",
            "backoff",
            "tiered"
          ],
          "x-go-type": "model.PaymentRetryType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "payment_retry_interval": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 1024
        },
        "payment_retry_unit": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.PaymentRetryUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "payment_retry_multiplier": {
          "type": "number",
          "format": "double",
          "minimum": 1,
          "maximum": 1024
        },
        "payment_retries_limit": {
          "type": "integer",
          "format": "int64",
          "minimum": 0,
          "maximum": 9223372036854775807
        },
        "action": {
          "type": "string",
          "enum": [
            "none",
            "pause",
            "close",
            "suspend"
          ],
          "x-go-type": "model.DunningAction",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "default": {
          "type": "boolean"
        }
      }
    },
    "DunningRuleMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "SubscriptionDunningRuleType": {
      "type": "string",
      "enum": [
        "subscription_dunning_rule"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Feature",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Feature",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "Feature": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionFeatureType"
        },
        "attributes": {
          "$ref": "#/$defs/FeatureResponseAttributes"
        },
        "meta": {
          "$ref": "#/$defs/FeatureMeta"
        }
      }
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureAttributes": {
      "required": [
        "name",
        "configuration"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeatureMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/FeatureAttributes"
        }
      ]
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "SubscriptionFeatureType": {
      "type": "string",
      "enum": [
        "subscription_feature"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Import",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Import",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "Import": {
      "required": [
        "type",
        "meta",
        "attributes"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionImportType"
        },
        "attributes": {
          "$ref": "#/$defs/ImportAttributes"
        },
        "meta": {
          "$ref": "#/$defs/ImportMeta"
        }
      }
    },
    "ImportAttributes": {
      "required": [
        "status"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "status": {
          "type": "string",
          "enum": [
            "pending",
            "started",
            "success",
            "failed"
          ],
          "x-go-type": "model.JobStatus",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        }
      }
    },
    "ImportMeta": {
      "required": [
        "owner",
        "timestamps",
        "records"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/JobTimestamps"
        },
        "records": {
          "$ref": "#/$defs/ImportRecords"
        }
      }
    },
    "ImportRecords": {
      "type": "object",
      "required": [
        "uploaded",
        "imported"
      ],
      "properties": {
        "uploaded": {
          "type": "object",
          "properties": {
            "subscription_feature": {
              "type": "integer"
            },
            "subscription_subscriber": {
              "type": "integer"
            },
            "subscription_offering": {
              "type": "integer"
            },
            "subscription": {
              "type": "integer"
            }
          },
          "required": [
            "subscription_feature",
            "subscription_subscriber",
            "subscription_offering",
            "subscription"
          ]
        },
        "imported": {
          "properties": {
            "subscription_feature": {
              "type": "integer"
            },
            "subscription_subscriber": {
              "type": "integer"
            },
            "subscription_offering": {
              "type": "integer"
            },
            "subscription": {
              "type": "integer"
            }
          },
          "required": [
            "subscription_feature",
            "subscription_subscriber",
            "subscription_offering",
            "subscription"
          ]
        }
      }
    },
    "JobTimestamps": {
      "allOf": [
        {
          "$ref": "#/$defs/Timestamps"
        },
        {
          "properties": {
            "started_at": {
              "type": "string"
            },
            "finished_at": {
              "type": "string"
            }
          }
        }
      ]
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "SubscriptionImportType": {
      "type": "string",
      "enum": [
        "subscription_import"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Job",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Job",
  "$defs": {
    "BillingRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "billing-run"
          ]
        }
      }
    },
    "BillingRunReport": {
      "required": [
        "invoices_ready_for_payment",
        "invoices_tax_required",
        "invoice_failures",
        "total_ready_for_payment",
        "total_tax_required"
      ],
      "properties": {
        "invoices_ready_for_payment": {
          "type": "integer"
        },
        "invoices_tax_required": {
          "type": "integer"
        },
        "invoice_failures": {
          "type": "integer"
        },
        "total_ready_for_payment": {
          "allOf": [
            {},
            {
              "$ref": "#/$defs/Price"
            }
          ]
        },
        "total_tax_required": {
          "allOf": [
            {},
            {
              "$ref": "#/$defs/Price"
            }
          ]
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "ImportJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "import"
          ]
        }
      }
    },
    "InvoiceTaxItems": {
      "required": [
        "invoice_id",
        "tax_items"
      ],
      "properties": {
        "invoice_id": {
          "$ref": "#/$defs/UUID"
        },
        "tax_items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/TaxItem"
          }
        }
      }
    },
    "Job": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionJobType"
        },
        "attributes": {
          "$ref": "#/$defs/JobResponseAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/JobMeta"
        }
      }
    },
    "JobAttributes": {
      "required": [
        "status"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "status": {
          "type": "string",
          "enum": [
            "pending",
            "started",
            "success",
            "failed"
          ],
          "x-go-type": "model.JobStatus",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        }
      }
    },
    "JobCreateAttributes": {
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        }
      },
      "allOf": [
        {
          "$ref": "#/$defs/JobCreateAttributesJobType"
        }
      ]
    },
    "JobCreateAttributesJobType": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "billing-run",
            "tax-run",
            "payment-run",
            "import",
            "notification-run",
            "subscription-update"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "billing-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/BillingRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "tax-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/TaxRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "payment-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "import"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/ImportJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "notification-run"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/NotificationRunJobAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "job_type": {
                "const": "subscription-update"
              }
            },
            "required": [
              "job_type"
            ]
          },
          "then": {
            "$ref": "#/$defs/SubscriptionUpdateRunJobAttributes"
          }
        }
      ]
    },
    "JobMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/JobTimestamps"
        },
        "report": {
          "$ref": "#/$defs/JobReport"
        }
      }
    },
    "JobReport": {
      "oneOf": [
        {
          "$ref": "#/$defs/BillingRunReport"
        },
        {
          "$ref": "#/$defs/TaxRunReport"
        },
        {
          "$ref": "#/$defs/PaymentRunReport"
        },
        {
          "$ref": "#/$defs/NotificationRunReport"
        },
        {
          "$ref": "#/$defs/SubscriptionUpdateReport"
        }
      ]
    },
    "JobResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/JobCreateAttributes"
        },
        {
          "$ref": "#/$defs/JobAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "JobTimestamps": {
      "allOf": [
        {
          "$ref": "#/$defs/Timestamps"
        },
        {
          "properties": {
            "started_at": {
              "type": "string"
            },
            "finished_at": {
              "type": "string"
            }
          }
        }
      ]
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "NotificationRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "notification-run"
          ]
        }
      }
    },
    "NotificationRunReport": {
      "required": [
        "total_notifications_sent",
        "failed_notifications"
      ],
      "properties": {
        "total_notifications_sent": {
          "type": "integer"
        },
        "failed_notifications": {
          "type": "integer"
        }
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PaymentRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "payment-run"
          ]
        }
      }
    },
    "PaymentRunReport": {
      "required": [
        "total_payment_attempts",
        "failed_payments",
        "total_collected"
      ],
      "properties": {
        "total_payment_attempts": {
          "type": "integer"
        },
        "failed_payments": {
          "type": "integer"
        },
        "total_collected": {
          "allOf": [
            {},
            {
              "$ref": "#/$defs/Price"
            }
          ]
        }
      }
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PricingOptionPrice": {
      "properties": {
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionJobType": {
      "type": "string",
      "enum": [
        "subscription_job"
      ]
    },
    "SubscriptionPriceChanges": {
      "properties": {
        "plan_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/Price"
          }
        },
        "pricing_option_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/PricingOptionPrice"
          }
        }
      }
    },
    "SubscriptionUpdateReport": {
      "required": [
        "subscriptions_updated",
        "subscription_failures",
        "total_processed"
      ],
      "properties": {
        "subscriptions_updated": {
          "type": "integer"
        },
        "subscription_failures": {
          "type": "integer"
        },
        "total_processed": {
          "type": "integer"
        }
      }
    },
    "SubscriptionUpdateRunJobAttributes": {
      "required": [
        "job_type",
        "price_changes"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "subscription-update"
          ]
        },
        "offering_id": {
          "type": "string",
          "format": "uuid",
          "x-go-type": "uuid.UUID",
          "x-go-type-import": {
            "name": "uuid",
            "path": "github.com/google/uuid"
          }
        },
        "excluded_subscription_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/UUID"
          },
          "x-go-type-skip-optional-pointer": true
        },
        "subscription_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/UUID"
          },
          "x-go-type-skip-optional-pointer": true
        },
        "price_changes": {
          "$ref": "#/$defs/SubscriptionPriceChanges"
        }
      }
    },
    "TaxItem": {
      "required": [
        "type",
        "rate"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "tax_item"
          ]
        },
        "name": {
          "type": "string",
          "maxLength": 1024
        },
        "code": {
          "type": "string",
          "maxLength": 1024
        },
        "rate": {
          "type": "number",
          "format": "double"
        },
        "jurisdiction": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "TaxRunJobAttributes": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "type": "string",
          "enum": [
            "tax-run"
          ]
        },
        "taxes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/InvoiceTaxItems"
          }
        }
      }
    },
    "TaxRunReport": {
      "required": [
        "invoices_updated",
        "invoice_failures"
      ],
      "properties": {
        "invoices_updated": {
          "type": "integer"
        },
        "invoice_failures": {
          "type": "integer"
        }
      }
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Offering",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Offering",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "Offering": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingResponseAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/OfferingMeta"
        }
      }
    },
    "OfferingAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "OfferingMeta": {
      "required": [
        "owner",
        "timestamps",
        "external_plan_refs"
      ],
      "properties": {
        "external_plan_refs": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/OfferingPlanExternalRefMeta"
          }
        },
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "OfferingPlanExternalRefMeta": {
      "type": "string",
      "format": "string"
    },
    "OfferingResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/OfferingAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionOfferingType": {
      "type": "string",
      "enum": [
        "subscription_offering"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "OfferingFeature",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/OfferingFeature",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureAccessAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureAttributes": {
      "required": [
        "name",
        "configuration"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "configuration": {
          "$ref": "#/$defs/FeatureConfiguration"
        }
      }
    },
    "FeatureConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeaturePromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureUsageAttributes"
          }
        }
      ]
    },
    "FeatureMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "FeaturePromotion": {
      "required": [
        "name",
        "tag"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "promotion_id": {
          "$ref": "#/$defs/UUID"
        }
      }
    },
    "FeaturePromotionAttributes": {
      "required": [
        "type",
        "promotions"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "promotions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeaturePromotion"
          }
        }
      }
    },
    "FeatureResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/FeatureAttributes"
        }
      ]
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "FeatureUsageAttributes": {
      "required": [
        "type",
        "tag",
        "label",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        },
        "label": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "OfferingFeature": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingFeatureType"
        },
        "attributes": {
          "$ref": "#/$defs/FeatureResponseAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/FeatureMeta"
        }
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionOfferingFeatureType": {
      "type": "string",
      "enum": [
        "subscription_offering_feature"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "OfferingPlan",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/OfferingPlan",
  "$defs": {
    "ActivePlan": {
      "type": "boolean"
    },
    "DisplayPrice": {
      "properties": {
        "without_tax": {
          "$ref": "#/$defs/PriceFormatting"
        },
        "with_tax": {
          "$ref": "#/$defs/PriceFormatting"
        },
        "tax": {
          "$ref": "#/$defs/PriceFormatting"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "FeatureConfigAccessAttributes": {
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "access"
          ]
        }
      }
    },
    "FeatureConfigPromotionAttributes": {
      "required": [
        "type",
        "tag"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "promotion"
          ]
        },
        "tag": {
          "$ref": "#/$defs/FeatureTag"
        }
      }
    },
    "FeatureConfigUsageAttributes": {
      "required": [
        "type",
        "default_value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usage"
          ]
        },
        "default_value": {
          "type": "integer"
        }
      }
    },
    "FeaturePlanConfiguration": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "access",
            "promotion",
            "usage"
          ],
          "x-go-type": "string"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "access"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigAccessAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "promotion"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigPromotionAttributes"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "usage"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/FeatureConfigUsageAttributes"
          }
        }
      ]
    },
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "OfferingPlan": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingPlanType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingPlanResponseAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/PlanMeta"
        }
      }
    },
    "OfferingPlanPriceForPricingOption": {
      "properties": {
        "price": {
          "$ref": "#/$defs/Price"
        },
        "display_price": {
          "$ref": "#/$defs/DisplayPrice"
        }
      }
    },
    "OfferingPlanPrices": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OfferingPlanPriceForPricingOption"
      }
    },
    "OfferingPlanResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/PlanResponseAttributes"
        },
        {
          "$ref": "#/$defs/OfferingPlanResponseExtraAttributes"
        }
      ]
    },
    "OfferingPlanResponseExtraAttributes": {
      "required": [
        "feature_configurations"
      ],
      "properties": {
        "feature_configurations": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/FeaturePlanConfiguration"
          }
        }
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PlanAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "sku": {
          "type": "string",
          "maxLength": 1024
        },
        "main_image": {
          "type": "string",
          "format": "uri",
          "maxLength": 1024
        },
        "price": {
          "$ref": "#/$defs/Price"
        },
        "price_units": {
          "$ref": "#/$defs/PriceUnits"
        }
      }
    },
    "PlanMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "prices": {
          "$ref": "#/$defs/OfferingPlanPrices"
        },
        "display_price": {
          "$ref": "#/$defs/DisplayPrice"
        },
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        },
        "active_plan": {
          "$ref": "#/$defs/ActivePlan"
        }
      }
    },
    "PlanResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/PlanAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PriceFormatting": {
      "required": [
        "amount",
        "currency",
        "formatted"
      ],
      "properties": {
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "currency": {
          "type": "string",
          "format": "string"
        },
        "formatted": {
          "type": "string",
          "format": "string"
        }
      }
    },
    "PriceUnits": {
      "type": "object",
      "required": [
        "unit",
        "amount"
      ],
      "properties": {
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "month"
          ],
          "x-go-type": "model.PriceUnitsUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionOfferingPlanType": {
      "type": "string",
      "enum": [
        "subscription_offering_plan"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "OfferingPricingOption",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/OfferingPricingOption",
  "$defs": {
    "ActivePricingOption": {
      "type": "boolean"
    },
    "DisplayPrice": {
      "properties": {
        "without_tax": {
          "$ref": "#/$defs/PriceFormatting"
        },
        "with_tax": {
          "$ref": "#/$defs/PriceFormatting"
        },
        "tax": {
          "$ref": "#/$defs/PriceFormatting"
        }
      }
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "LeadTime": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "day",
            "week"
          ],
          "x-go-type": "model.LeadTimeType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "time": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "type",
        "time"
      ]
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "NotificationSchedule": {
      "type": "object",
      "required": [
        "name",
        "unit",
        "amount"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1024
        },
        "unit": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month"
          ],
          "x-go-type": "model.NotificationScheduleUnit",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 9223372036854775807
        }
      }
    },
    "OfferingPricingOption": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingPricingOptionType"
        },
        "attributes": {
          "$ref": "#/$defs/PricingOptionResponseAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/OfferingPricingOptionMeta"
        }
      }
    },
    "OfferingPricingOptionMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "prices": {
          "$ref": "#/$defs/OfferingPricingOptionPrices"
        },
        "price": {
          "$ref": "#/$defs/Price"
        },
        "display_price": {
          "$ref": "#/$defs/DisplayPrice"
        },
        "active_pricing_option": {
          "$ref": "#/$defs/ActivePricingOption"
        },
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "OfferingPricingOptionPriceForPlan": {
      "properties": {
        "price": {
          "$ref": "#/$defs/Price"
        },
        "display_price": {
          "$ref": "#/$defs/DisplayPrice"
        }
      }
    },
    "OfferingPricingOptionPrices": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OfferingPricingOptionPriceForPlan"
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PriceFormatting": {
      "required": [
        "amount",
        "currency",
        "formatted"
      ],
      "properties": {
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "currency": {
          "type": "string",
          "format": "string"
        },
        "formatted": {
          "type": "string",
          "format": "string"
        }
      }
    },
    "PricingOptionAttributes": {
      "required": [
        "name",
        "billing_interval_type",
        "billing_frequency",
        "plan_length",
        "end_behavior",
        "can_pause",
        "can_resume",
        "can_cancel"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        },
        "billing_interval_type": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month",
            "year"
          ],
          "x-go-type": "model.BillingIntervalType",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "billing_frequency": {
          "type": "integer",
          "minimum": 1
        },
        "trial_period": {
          "type": "integer",
          "minimum": 0
        },
        "lead_time": {
          "$ref": "#/$defs/LeadTime"
        },
        "notification_schedule": {
          "type": "array",
          "x-go-type-skip-optional-pointer": true,
          "items": {
            "$ref": "#/$defs/NotificationSchedule"
          }
        },
        "plan_length": {
          "type": "integer",
          "minimum": 1
        },
        "end_behavior": {
          "type": "string",
          "enum": [
            "close",
            "roll"
          ],
          "x-go-type": "model.EndBehavior",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "can_pause": {
          "type": "boolean"
        },
        "can_resume": {
          "type": "boolean"
        },
        "can_cancel": {
          "type": "boolean"
        },
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "PricingOptionResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/PricingOptionAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionOfferingPricingOptionType": {
      "type": "string",
      "enum": [
        "subscription_offering_pricing_option"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "ProrationPolicy",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/ProrationPolicy",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "ProrationPolicy": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/ProrationPolicyType"
        },
        "attributes": {
          "$ref": "#/$defs/ProrationPolicyResponseAttributes"
        },
        "meta": {
          "$ref": "#/$defs/ProrationPolicyMeta"
        }
      }
    },
    "ProrationPolicyAttributes": {
      "required": [
        "name",
        "rounding"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "rounding": {
          "type": "string",
          "enum": [
            "up",
            "down",
            "nearest"
          ],
          "x-go-type": "model.ProrationPolicyRounding",
          "x-go-type-import": {
            "name": "model",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
          }
        },
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        }
      }
    },
    "ProrationPolicyMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "ProrationPolicyResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/ProrationPolicyAttributes"
        }
      ]
    },
    "ProrationPolicyType": {
      "type": "string",
      "enum": [
        "subscription_proration_policy"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Schedule",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Schedule",
  "$defs": {
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "Schedule": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionScheduleType"
        },
        "attributes": {
          "$ref": "#/$defs/ScheduleResponseAttributes"
        },
        "meta": {
          "$ref": "#/$defs/ScheduleMeta"
        }
      }
    },
    "ScheduleAttributes": {
      "required": [
        "specification",
        "location",
        "job"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "specification": {
          "type": "string",
          "maxLength": 1024
        },
        "location": {
          "type": "string",
          "maxLength": 1024
        },
        "job": {
          "$ref": "#/$defs/ScheduleJob"
        }
      }
    },
    "ScheduleJob": {
      "required": [
        "job_type"
      ],
      "properties": {
        "job_type": {
          "$ref": "#/$defs/ScheduleJobType"
        }
      }
    },
    "ScheduleJobType": {
      "type": "string",
      "enum": [
        "billing-run",
        "payment-run",
        "notification-run"
      ],
      "x-go-type": "model.JobType",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "ScheduleMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "scheduled_for": {
          "type": "string",
          "format": "date-time"
        },
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "ScheduleResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/ScheduleAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "SubscriptionScheduleType": {
      "type": "string",
      "enum": [
        "subscription_schedule"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Subscriber",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Subscriber",
  "$defs": {
    "FeatureTag": {
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[0-9A-Za-z_-]+$"
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PaymentAuthority": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net",
            "elastic_path_payments_stripe",
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "elastic_path_payments_stripe"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityEPPayments"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "stripe_payment_intents"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityStripe"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "authorize_net"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityAuthorizeNet"
          }
        }
      ]
    },
    "PaymentAuthorityAuthorizeNet": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "payment_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "customer_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityEPPayments": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "elastic_path_payments_stripe"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityStripe": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "Subscriber": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionSubscriberType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriberResponseAttributes"
        },
        "meta": {
          "$ref": "#/$defs/SubscriberMeta"
        }
      }
    },
    "SubscriberAttributes": {
      "required": [
        "name",
        "email",
        "account_id"
      ],
      "properties": {
        "account_id": {
          "$ref": "#/$defs/UUID"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "email": {
          "type": "string",
          "format": "email",
          "minLength": 3,
          "maxLength": 1024,
          "x-go-type": "types.Email",
          "x-go-type-import": {
            "name": "email",
            "path": "github.com/oapi-codegen/runtime/types"
          }
        },
        "payment_authority": {
          "$ref": "#/$defs/PaymentAuthority"
        }
      }
    },
    "SubscriberMeta": {
      "required": [
        "owner",
        "timestamps"
      ],
      "properties": {
        "feature_entitlements": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeatureTag"
          }
        },
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "SubscriberResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/SubscriberAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "SubscriptionSubscriberType": {
      "type": "string",
      "enum": [
        "subscription_subscriber"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "Subscription",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Subscription",
  "$defs": {
    "CurrencyIdentifier": {
      "type": "string",
      "maxLength": 1024
    },
    "ExternalRef": {
      "type": "string",
      "maxLength": 2048
    },
    "ManualPayments": {
      "type": "boolean",
      "default": false
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "Offering": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionOfferingType"
        },
        "attributes": {
          "$ref": "#/$defs/OfferingResponseAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/OfferingMeta"
        }
      }
    },
    "OfferingAttributes": {
      "required": [
        "name"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "name": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "description": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "OfferingMeta": {
      "required": [
        "owner",
        "timestamps",
        "external_plan_refs"
      ],
      "properties": {
        "external_plan_refs": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/OfferingPlanExternalRefMeta"
          }
        },
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/Timestamps"
        }
      }
    },
    "OfferingPlanExternalRefMeta": {
      "type": "string",
      "format": "string"
    },
    "OfferingResponseAttributes": {
      "allOf": [
        {
          "$ref": "#/$defs/OfferingAttributes"
        },
        {
          "$ref": "#/$defs/Timestamps"
        }
      ]
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PaymentAuthority": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net",
            "elastic_path_payments_stripe",
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "elastic_path_payments_stripe"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityEPPayments"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "stripe_payment_intents"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityStripe"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "authorize_net"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/$defs/PaymentAuthorityAuthorizeNet"
          }
        }
      ]
    },
    "PaymentAuthorityAuthorizeNet": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "authorize_net"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "payment_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "customer_profile_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityEPPayments": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "elastic_path_payments_stripe"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "PaymentAuthorityStripe": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stripe_payment_intents"
          ],
          "x-go-type": "paymentgateways.GatewayName",
          "x-go-type-import": {
            "name": "paymentgateways",
            "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/paymentgateways"
          }
        },
        "customer_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        },
        "card_id": {
          "type": "string",
          "minLength": 3,
          "maxLength": 1024
        }
      }
    },
    "Price": {
      "additionalProperties": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 9223372036854775807
          },
          "includes_tax": {
            "type": "boolean"
          }
        }
      }
    },
    "PricingOptionPrice": {
      "properties": {
        "base_price_percentage": {
          "type": "number",
          "format": "double",
          "minimum": 0,
          "maximum": 100
        },
        "fixed_price": {
          "$ref": "#/$defs/Price"
        }
      }
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "StateMeta": {
      "required": [
        "created_at"
      ],
      "properties": {
        "created_at": {
          "type": "string"
        }
      }
    },
    "Status": {
      "type": "string",
      "enum": [
        "active",
        "inactive"
      ],
      "x-go-type": "model.SubscriptionStatus",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "Subscription": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/SubscriptionMeta"
        }
      }
    },
    "SubscriptionAttributes": {
      "required": [
        "account_id",
        "pricing_option_id",
        "plan_id",
        "offering",
        "currency",
        "name",
        "email"
      ],
      "properties": {
        "external_ref": {
          "$ref": "#/$defs/ExternalRef"
        },
        "account_id": {
          "$ref": "#/$defs/UUID"
        },
        "address_id": {
          "$ref": "#/$defs/UUID"
        },
        "offering": {
          "$ref": "#/$defs/Offering"
        },
        "pricing_option_id": {
          "$ref": "#/$defs/UUID"
        },
        "plan_id": {
          "$ref": "#/$defs/UUID"
        },
        "currency": {
          "$ref": "#/$defs/CurrencyIdentifier"
        },
        "payment_authority": {
          "$ref": "#/$defs/PaymentAuthority"
        }
      }
    },
    "SubscriptionMeta": {
      "required": [
        "owner",
        "timestamps",
        "status",
        "canceled",
        "paused",
        "closed",
        "pending",
        "suspended",
        "invoice_after",
        "manual_payments",
        "first_invoice_prepaid"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "timestamps": {
          "$ref": "#/$defs/SubscriptionTimestamps"
        },
        "status": {
          "$ref": "#/$defs/Status"
        },
        "state": {
          "$ref": "#/$defs/SubscriptionState"
        },
        "manual_payments": {
          "$ref": "#/$defs/ManualPayments"
        },
        "first_invoice_prepaid": {
          "type": "boolean"
        },
        "canceled": {
          "type": "boolean"
        },
        "paused": {
          "type": "boolean"
        },
        "closed": {
          "type": "boolean"
        },
        "suspended": {
          "type": "boolean"
        },
        "pending": {
          "type": "boolean"
        },
        "invoice_after": {
          "type": "string"
        },
        "pending_price_change": {
          "$ref": "#/$defs/SubscriptionPriceChanges"
        },
        "price_update_history": {
          "type": "array",
          "x-go-type-skip-optional-pointer": true,
          "items": {
            "$ref": "#/$defs/SubscriptionPriceUpdateHistoryEntry"
          }
        }
      }
    },
    "SubscriptionOfferingType": {
      "type": "string",
      "enum": [
        "subscription_offering"
      ]
    },
    "SubscriptionPriceChanges": {
      "properties": {
        "plan_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/Price"
          }
        },
        "pricing_option_prices": {
          "x-go-type-skip-optional-pointer": true,
          "additionalProperties": {
            "$ref": "#/$defs/PricingOptionPrice"
          }
        }
      }
    },
    "SubscriptionPriceUpdateHistoryEntry": {
      "required": [
        "price_changes",
        "valid_until"
      ],
      "properties": {
        "price_changes": {
          "$ref": "#/$defs/SubscriptionPriceChanges"
        },
        "valid_until": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "SubscriptionState": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionStateType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionStateAttributes"
        },
        "meta": {
          "$ref": "#/$defs/StateMeta"
        }
      }
    },
    "SubscriptionStateAction": {
      "type": "string",
      "enum": [
        "cancel",
        "pause",
        "resume",
        "pending"
      ],
      "x-go-type": "model.SubscriptionAction",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "SubscriptionStateAttributes": {
      "required": [
        "action"
      ],
      "properties": {
        "action": {
          "$ref": "#/$defs/SubscriptionStateAction"
        },
        "cancel_immediately": {
          "type": "boolean",
          "default": false
        }
      }
    },
    "SubscriptionStateType": {
      "type": "string",
      "enum": [
        "subscription_state"
      ]
    },
    "SubscriptionTimestamps": {
      "allOf": [
        {
          "$ref": "#/$defs/Timestamps"
        },
        {
          "properties": {
            "canceled_at": {
              "type": "string"
            },
            "paused_at": {
              "type": "string"
            },
            "resumed_at": {
              "type": "string"
            },
            "end_date": {
              "type": "string"
            },
            "go_live_after": {
              "type": "string"
            },
            "go_live": {
              "type": "string"
            }
          }
        }
      ]
    },
    "SubscriptionType": {
      "type": "string",
      "enum": [
        "subscription"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "SubscriptionInvoice",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/SubscriptionInvoice",
  "$defs": {
    "DisplayPrice": {
      "properties": {
        "without_tax": {
          "$ref": "#/$defs/PriceFormatting"
        },
        "with_tax": {
          "$ref": "#/$defs/PriceFormatting"
        },
        "tax": {
          "$ref": "#/$defs/PriceFormatting"
        }
      }
    },
    "InvoiceNotification": {
      "required": [
        "name",
        "due"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "due": {
          "type": "string",
          "format": "date-time"
        },
        "sent_at": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "InvoiceTimestamps": {
      "allOf": [
        {
          "$ref": "#/$defs/Timestamps"
        },
        {
          "properties": {
            "taxes_added_at": {
              "type": "string"
            }
          }
        }
      ]
    },
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PriceFormatting": {
      "required": [
        "amount",
        "currency",
        "formatted"
      ],
      "properties": {
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "currency": {
          "type": "string",
          "format": "string"
        },
        "formatted": {
          "type": "string",
          "format": "string"
        }
      }
    },
    "ProrationEvent": {
      "required": [
        "proration_policy_id",
        "billing_cost_before_proration",
        "refunded_amount_for_unused_pricing_option",
        "new_pricing_option_cost",
        "prorated_at"
      ],
      "properties": {
        "proration_policy_id": {
          "$ref": "#/$defs/UUID"
        },
        "billing_cost_before_proration": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "refunded_amount_for_unused_pricing_option": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "new_pricing_option_cost": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "prorated_at": {
          "type": "string"
        }
      }
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleCurrencyPrice": {
      "required": [
        "amount",
        "currency"
      ],
      "properties": {
        "currency": {
          "type": "string",
          "maxLength": 1024
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "includes_tax": {
          "type": "boolean"
        }
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionInvoice": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionInvoiceType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionInvoiceAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        },
        "meta": {
          "$ref": "#/$defs/SubscriptionInvoiceMeta"
        }
      }
    },
    "SubscriptionInvoiceAttributes": {
      "required": [
        "billing_period",
        "pro_forma",
        "invoice_items",
        "outstanding",
        "tax_required",
        "payment_retries_limit_reached",
        "manual_payment_pending"
      ],
      "properties": {
        "billing_period": {
          "$ref": "#/$defs/TimePeriod"
        },
        "invoice_items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SubscriptionInvoiceItem"
          }
        },
        "tax_items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/TaxItem"
          }
        },
        "outstanding": {
          "type": "boolean"
        },
        "number": {
          "type": "integer"
        },
        "tax_required": {
          "type": "boolean"
        },
        "payment_retries_limit_reached": {
          "type": "boolean"
        },
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        },
        "pro_forma": {
          "type": "boolean"
        },
        "valid_from": {
          "type": "string"
        },
        "manual_payment_pending": {
          "type": "boolean"
        }
      }
    },
    "SubscriptionInvoiceItem": {
      "required": [
        "description",
        "price"
      ],
      "properties": {
        "description": {
          "type": "string"
        },
        "price": {
          "$ref": "#/$defs/SingleCurrencyPrice"
        },
        "plan_id": {
          "$ref": "#/$defs/UUID"
        },
        "from_time_period": {
          "type": "string"
        },
        "until_time_period": {
          "type": "string"
        }
      }
    },
    "SubscriptionInvoiceMeta": {
      "required": [
        "owner",
        "timestamps",
        "proration_events",
        "pro_rata_remaining_value",
        "display_price"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "subscription_id": {
          "$ref": "#/$defs/UUID"
        },
        "subscriber_id": {
          "$ref": "#/$defs/UUID"
        },
        "price": {
          "$ref": "#/$defs/SingleCurrencyPrice"
        },
        "display_price": {
          "$ref": "#/$defs/DisplayPrice"
        },
        "notifications": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/InvoiceNotification"
          }
        },
        "timestamps": {
          "$ref": "#/$defs/InvoiceTimestamps"
        },
        "proration_events": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ProrationEvent"
          }
        },
        "pro_rata_remaining_value": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        }
      }
    },
    "SubscriptionInvoiceType": {
      "type": "string",
      "enum": [
        "subscription_invoice"
      ]
    },
    "TaxItem": {
      "required": [
        "type",
        "rate"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "tax_item"
          ]
        },
        "name": {
          "type": "string",
          "maxLength": 1024
        },
        "code": {
          "type": "string",
          "maxLength": 1024
        },
        "rate": {
          "type": "number",
          "format": "double"
        },
        "jurisdiction": {
          "type": "string",
          "maxLength": 1024
        }
      }
    },
    "TimePeriod": {
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "type": "string",
          "format": "date-time"
        },
        "end": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "SubscriptionInvoicePayment",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/SubscriptionInvoicePayment",
  "$defs": {
    "InvoicePaymentTimestamps": {
      "allOf": [
        {
          "$ref": "#/$defs/Timestamps"
        },
        {
          "properties": {
            "payment_taken_at": {
              "type": "string"
            }
          }
        }
      ]
    },
    "OwnerMeta": {
      "type": "string",
      "format": "string"
    },
    "PaymentFailureDetail": {
      "type": "object",
      "properties": {
        "reason": {
          "type": "string"
        }
      }
    },
    "SingleCurrencyPrice": {
      "required": [
        "amount",
        "currency"
      ],
      "properties": {
        "currency": {
          "type": "string",
          "maxLength": 1024
        },
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": -9223372036854775808,
          "maximum": 9223372036854775807
        },
        "includes_tax": {
          "type": "boolean"
        }
      }
    },
    "SubscriptionInvoicePayment": {
      "required": [
        "id",
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentAttributes"
        },
        "meta": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentMeta"
        }
      }
    },
    "SubscriptionInvoicePaymentAttributes": {
      "required": [
        "success",
        "amount",
        "gateway"
      ],
      "properties": {
        "success": {
          "type": "boolean"
        },
        "pending": {
          "type": "boolean"
        },
        "gateway": {
          "type": "string",
          "maxLength": 1024
        },
        "external_payment_id": {
          "type": "string",
          "maxLength": 1024
        },
        "failure_detail": {
          "$ref": "#/$defs/PaymentFailureDetail"
        },
        "amount": {
          "$ref": "#/$defs/SingleCurrencyPrice"
        }
      }
    },
    "SubscriptionInvoicePaymentMeta": {
      "required": [
        "owner",
        "timestamps",
        "invoice_id",
        "subscription_id",
        "job_id",
        "manual_payment"
      ],
      "properties": {
        "owner": {
          "$ref": "#/$defs/OwnerMeta"
        },
        "subscription_id": {
          "$ref": "#/$defs/UUID"
        },
        "invoice_id": {
          "$ref": "#/$defs/UUID"
        },
        "job_id": {
          "$ref": "#/$defs/UUID"
        },
        "timestamps": {
          "$ref": "#/$defs/InvoicePaymentTimestamps"
        },
        "manual_payment": {
          "type": "boolean"
        }
      }
    },
    "SubscriptionInvoicePaymentType": {
      "type": "string",
      "enum": [
        "subscription_invoice_payment"
      ]
    },
    "Timestamps": {
      "required": [
        "created_at",
        "updated_at"
      ],
      "properties": {
        "updated_at": {
          "type": "string"
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "SubscriptionInvoicePaymentRefund",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/SubscriptionInvoicePaymentRefund",
  "$defs": {
    "ManyRelationship": {
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RelationshipData"
          }
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "Relationship": {
      "anyOf": [
        {
          "$ref": "#/$defs/SingleRelationship"
        },
        {
          "$ref": "#/$defs/ManyRelationship"
        }
      ]
    },
    "RelationshipData": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RelationshipLinks": {
      "type": "object",
      "properties": {
        "related": {
          "type": "string"
        }
      }
    },
    "Relationships": {
      "additionalProperties": {
        "$ref": "#/$defs/Relationship"
      }
    },
    "SingleRelationship": {
      "properties": {
        "data": {
          "$ref": "#/$defs/RelationshipData"
        },
        "links": {
          "$ref": "#/$defs/RelationshipLinks"
        }
      }
    },
    "SubscriptionInvoicePaymentRefund": {
      "required": [
        "id",
        "type",
        "attributes",
        "relationships"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentRefundType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionInvoicePaymentRefundAttributes"
        },
        "relationships": {
          "$ref": "#/$defs/Relationships"
        }
      }
    },
    "SubscriptionInvoicePaymentRefundAttributes": {
      "required": [
        "amount",
        "reason",
        "gateway",
        "external_refund_id",
        "created_at"
      ],
      "properties": {
        "amount": {
          "type": "integer",
          "format": "int64",
          "minimum": 1,
          "maximum": 9223372036854775807
        },
        "reason": {
          "type": "string",
          "maxLength": 1024
        },
        "gateway": {
          "type": "string",
          "maxLength": 1024
        },
        "external_refund_id": {
          "type": "string",
          "maxLength": 1024
        },
        "created_at": {
          "type": "string"
        }
      }
    },
    "SubscriptionInvoicePaymentRefundType": {
      "type": "string",
      "enum": [
        "subscription_invoice_payment_refund"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
    (
        "SubscriptionState",
        r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/SubscriptionState",
  "$defs": {
    "StateMeta": {
      "required": [
        "created_at"
      ],
      "properties": {
        "created_at": {
          "type": "string"
        }
      }
    },
    "SubscriptionState": {
      "required": [
        "type",
        "attributes",
        "meta"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/UUID"
        },
        "type": {
          "$ref": "#/$defs/SubscriptionStateType"
        },
        "attributes": {
          "$ref": "#/$defs/SubscriptionStateAttributes"
        },
        "meta": {
          "$ref": "#/$defs/StateMeta"
        }
      }
    },
    "SubscriptionStateAction": {
      "type": "string",
      "enum": [
        "cancel",
        "pause",
        "resume",
        "pending"
      ],
      "x-go-type": "model.SubscriptionAction",
      "x-go-type-import": {
        "name": "model",
        "path": "gitlab.elasticpath.com/commerce-cloud/subscriptions.svc/internal/domain/model"
      }
    },
    "SubscriptionStateAttributes": {
      "required": [
        "action"
      ],
      "properties": {
        "action": {
          "$ref": "#/$defs/SubscriptionStateAction"
        },
        "cancel_immediately": {
          "type": "boolean",
          "default": false
        }
      }
    },
    "SubscriptionStateType": {
      "type": "string",
      "enum": [
        "subscription_state"
      ]
    },
    "UUID": {
      "type": "string",
      "format": "uuid",
      "x-go-type": "uuid.UUID",
      "x-go-type-import": {
        "name": "uuid",
        "path": "github.com/google/uuid"
      }
    }
  }
}"##,
    ),
];
/// An axum router serving `api` with the default options.
pub fn router<A: Api>(api: A) -> ::axum::Router {
    router_with_options(
        api,
        ::elasticpath_subscriptions_server::RouterOptions::default(),
    )
}

/// An axum router serving `api`: every operation under [`BASE_PATH`],
/// and the spec at `GET /openapi.json`. Unknown paths get `404` and
/// undeclared methods `405` with `Allow`; requests over the limits of
/// `options` are refused; every refusal is in the API's error format.
pub fn router_with_options<A: Api>(
    api: A,
    options: ::elasticpath_subscriptions_server::RouterOptions,
) -> ::axum::Router {
    let routes = ::axum::Router::new()
        .route(
            "/v2/subscriptions/offerings",
            ::axum::routing::get(handle_list_offerings::<A>)
                .post(handle_create_offering::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/build",
            ::axum::routing::post(handle_build_offering::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/build",
                        "POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}",
            ::axum::routing::get(handle_get_offering::<A>)
                .put(handle_update_offering::<A>)
                .delete(handle_delete_offering::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}",
            ::axum::routing::get(handle_get_offering_feature::<A>)
                .put(handle_update_offering_feature::<A>)
                .delete(handle_delete_offering_feature::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/features/attach",
            ::axum::routing::post(handle_attach_offering_feature::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/features/attach",
                        "POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/pricing-options",
            ::axum::routing::get(handle_list_offering_pricing_options::<A>)
                .post(handle_create_offering_pricing_option::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/pricing-options",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}",
            ::axum::routing::get(handle_get_offering_pricing_option::<A>)
                .put(handle_update_offering_pricing_option::<A>)
                .delete(handle_delete_offering_pricing_option::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/features",
            ::axum::routing::get(handle_list_offering_features::<A>)
                .post(handle_create_offering_feature::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/features",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/plans",
            ::axum::routing::get(handle_list_offering_plans::<A>)
                .post(handle_create_offering_plan::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/plans",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}",
            ::axum::routing::get(handle_get_offering_plan::<A>)
                .put(handle_update_offering_plan::<A>)
                .delete(handle_delete_offering_plan::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options",
            ::axum::routing::get(handle_list_offering_plan_pricing_options::<A>)
                .post(handle_add_offering_plan_pricing_options::<A>)
                .delete(handle_remove_offering_plan_pricing_options::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options",
                        "DELETE, GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions",
            ::axum::routing::get(handle_list_subscriptions::<A>)
                .post(handle_create_subscription::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}",
            ::axum::routing::get(handle_get_subscription::<A>)
                .put(handle_update_subscription::<A>)
                .delete(handle_delete_subscription::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}",
            ::axum::routing::get(handle_get_subscription_feature::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}",
            ::axum::routing::get(handle_get_subscription_plan::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}",
            ::axum::routing::get(handle_get_subscription_pricing_option::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/features",
            ::axum::routing::get(handle_list_subscription_features::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/features",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/plans",
            ::axum::routing::get(handle_list_subscription_plans::<A>)
                .put(handle_manage_subscription_plans::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/plans",
                        "GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options",
            ::axum::routing::get(handle_list_subscription_pricing_options::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/states",
            ::axum::routing::get(handle_list_subscription_states::<A>)
                .post(handle_create_subscription_state::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/states",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}",
            ::axum::routing::get(handle_get_subscription_state::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/jobs",
            ::axum::routing::get(handle_list_jobs::<A>)
                .post(handle_create_job::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/jobs",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/jobs/{job_uuid}",
            ::axum::routing::get(handle_get_job::<A>)
                .delete(handle_delete_job::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/jobs/{job_uuid}",
                        "DELETE, GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/imports",
            ::axum::routing::get(handle_list_import_jobs::<A>)
                .post(handle_create_import::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/imports",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/imports/{import_uuid}",
            ::axum::routing::get(handle_get_import::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/imports/{import_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/imports/{import_uuid}/errors",
            ::axum::routing::get(handle_get_import_errors::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/imports/{import_uuid}/errors",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices",
            ::axum::routing::get(handle_list_subscription_invoices::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments",
            ::axum::routing::get(handle_list_subscription_invoice_payments::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}",
            ::axum::routing::get(handle_get_subscription_invoice_payment::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}",
            ::axum::routing::get(handle_get_subscription_invoice::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/invoices",
            ::axum::routing::get(handle_list_invoices::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/invoices",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/invoices/{invoice_uuid}",
            ::axum::routing::get(handle_get_invoice::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/invoices/{invoice_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/invoices/{invoice_uuid}/payments",
            ::axum::routing::get(handle_list_invoice_payments::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/invoices/{invoice_uuid}/payments",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}",
            ::axum::routing::get(handle_get_invoice_payment::<A>)
                .put(handle_update_invoice_payment::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}",
                        "GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds",
            ::axum::routing::get(handle_list_invoice_payment_refunds::<A>)
                .post(handle_create_invoice_payment_refund::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}",
            ::axum::routing::get(handle_get_invoice_payment_refund::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}",
                        "GET, HEAD",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/schedules",
            ::axum::routing::get(handle_list_schedules::<A>)
                .post(handle_create_schedule::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/schedules",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/schedules/{schedule_uuid}",
            ::axum::routing::get(handle_get_schedule::<A>)
                .put(handle_update_schedule::<A>)
                .delete(handle_delete_schedule::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/schedules/{schedule_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscribers",
            ::axum::routing::get(handle_list_subscribers::<A>)
                .post(handle_create_subscriber::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscribers",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/subscribers/{subscriber_uuid}",
            ::axum::routing::get(handle_get_subscriber::<A>)
                .put(handle_update_subscriber::<A>)
                .delete(handle_delete_subscriber::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/subscribers/{subscriber_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/dunning-rules",
            ::axum::routing::get(handle_list_dunning_rules::<A>)
                .post(handle_create_dunning_rule::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/dunning-rules",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/dunning-rules/{dunning_rule_uuid}",
            ::axum::routing::get(handle_get_dunning_rule::<A>)
                .put(handle_update_dunning_rule::<A>)
                .delete(handle_delete_dunning_rule::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/dunning-rules/{dunning_rule_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/proration-policies",
            ::axum::routing::get(handle_list_proration_policies::<A>)
                .post(handle_create_proration_policy::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/proration-policies",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/proration-policies/{proration_policy_uuid}",
            ::axum::routing::get(handle_get_proration_policy::<A>)
                .put(handle_update_proration_policy::<A>)
                .delete(handle_delete_proration_policy::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/proration-policies/{proration_policy_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/features",
            ::axum::routing::get(handle_list_features::<A>)
                .post(handle_create_feature::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/features",
                        "GET, HEAD, POST",
                    )
                }),
        )
        .route(
            "/v2/subscriptions/features/{feature_uuid}",
            ::axum::routing::get(handle_get_feature::<A>)
                .put(handle_update_feature::<A>)
                .delete(handle_delete_feature::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v2/subscriptions/features/{feature_uuid}",
                        "DELETE, GET, HEAD, PUT",
                    )
                }),
        )
        .route(
            "/openapi.json",
            ::axum::routing::get(|| async {
                    ::elasticpath_subscriptions_server::runtime::openapi(OPENAPI_JSON)
                })
                .fallback(|method: ::axum::http::Method| async move {
                    ::elasticpath_subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/openapi.json",
                        "GET, HEAD",
                    )
                }),
        )
        .fallback(::elasticpath_subscriptions_server::runtime::not_found)
        .with_state(
            ::elasticpath_subscriptions_server::runtime::AppState::new(
                api,
                options.clone(),
            ),
        );
    ::elasticpath_subscriptions_server::runtime::protect(routes, &options, error_answer)
}

/// Serves `ListOfferings`: checks the request, then calls the implementation.
async fn handle_list_offerings<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListOfferingsQuery,
        (),
        (),
    >(&LIST_OFFERINGS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListOfferings",
                    api.list_offerings(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateOffering`: checks the request, then calls the implementation.
async fn handle_create_offering<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        CreateOfferingQuery,
        (),
        crate::types::CreateOfferingBody,
    >(&CREATE_OFFERING_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateOffering",
                    api.create_offering(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `BuildOffering`: checks the request, then calls the implementation.
async fn handle_build_offering<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        (),
        (),
        crate::types::BuildOfferingBody,
    >(&BUILD_OFFERING_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "BuildOffering",
                    api.build_offering(input.context, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetOffering`: checks the request, then calls the implementation.
async fn handle_get_offering<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetOfferingPath,
        GetOfferingQuery,
        (),
        (),
    >(&GET_OFFERING_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetOffering",
                    api
                        .get_offering(
                            input.context,
                            input.path.offering_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateOffering`: checks the request, then calls the implementation.
async fn handle_update_offering<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateOfferingPath,
        (),
        (),
        crate::types::UpdateOfferingBody,
    >(&UPDATE_OFFERING_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateOffering",
                    api
                        .update_offering(
                            input.context,
                            input.path.offering_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteOffering`: checks the request, then calls the implementation.
async fn handle_delete_offering<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteOfferingPath,
        (),
        (),
        (),
    >(&DELETE_OFFERING_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteOffering",
                    api.delete_offering(input.context, input.path.offering_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetOfferingFeature`: checks the request, then calls the implementation.
async fn handle_get_offering_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetOfferingFeaturePath,
        (),
        (),
        (),
    >(&GET_OFFERING_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetOfferingFeature",
                    api
                        .get_offering_feature(
                            input.context,
                            input.path.offering_uuid,
                            input.path.feature_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateOfferingFeature`: checks the request, then calls the implementation.
async fn handle_update_offering_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateOfferingFeaturePath,
        (),
        (),
        crate::types::UpdateOfferingFeatureBody,
    >(&UPDATE_OFFERING_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateOfferingFeature",
                    api
                        .update_offering_feature(
                            input.context,
                            input.path.offering_uuid,
                            input.path.feature_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteOfferingFeature`: checks the request, then calls the implementation.
async fn handle_delete_offering_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteOfferingFeaturePath,
        (),
        (),
        (),
    >(&DELETE_OFFERING_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteOfferingFeature",
                    api
                        .delete_offering_feature(
                            input.context,
                            input.path.offering_uuid,
                            input.path.feature_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `AttachOfferingFeature`: checks the request, then calls the implementation.
async fn handle_attach_offering_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        AttachOfferingFeaturePath,
        (),
        (),
        crate::types::AttachOfferingFeatureBody,
    >(&ATTACH_OFFERING_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "AttachOfferingFeature",
                    api
                        .attach_offering_feature(
                            input.context,
                            input.path.offering_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListOfferingPricingOptions`: checks the request, then calls the implementation.
async fn handle_list_offering_pricing_options<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListOfferingPricingOptionsPath,
        ListOfferingPricingOptionsQuery,
        (),
        (),
    >(&LIST_OFFERING_PRICING_OPTIONS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListOfferingPricingOptions",
                    api
                        .list_offering_pricing_options(
                            input.context,
                            input.path.offering_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateOfferingPricingOption`: checks the request, then calls the implementation.
async fn handle_create_offering_pricing_option<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        CreateOfferingPricingOptionPath,
        (),
        (),
        crate::types::CreateOfferingPricingOptionBody,
    >(&CREATE_OFFERING_PRICING_OPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateOfferingPricingOption",
                    api
                        .create_offering_pricing_option(
                            input.context,
                            input.path.offering_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetOfferingPricingOption`: checks the request, then calls the implementation.
async fn handle_get_offering_pricing_option<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetOfferingPricingOptionPath,
        (),
        (),
        (),
    >(&GET_OFFERING_PRICING_OPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetOfferingPricingOption",
                    api
                        .get_offering_pricing_option(
                            input.context,
                            input.path.offering_uuid,
                            input.path.pricing_option_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateOfferingPricingOption`: checks the request, then calls the implementation.
async fn handle_update_offering_pricing_option<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateOfferingPricingOptionPath,
        (),
        (),
        crate::types::UpdateOfferingPricingOptionBody,
    >(&UPDATE_OFFERING_PRICING_OPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateOfferingPricingOption",
                    api
                        .update_offering_pricing_option(
                            input.context,
                            input.path.offering_uuid,
                            input.path.pricing_option_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteOfferingPricingOption`: checks the request, then calls the implementation.
async fn handle_delete_offering_pricing_option<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteOfferingPricingOptionPath,
        (),
        (),
        (),
    >(&DELETE_OFFERING_PRICING_OPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteOfferingPricingOption",
                    api
                        .delete_offering_pricing_option(
                            input.context,
                            input.path.offering_uuid,
                            input.path.pricing_option_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListOfferingFeatures`: checks the request, then calls the implementation.
async fn handle_list_offering_features<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListOfferingFeaturesPath,
        ListOfferingFeaturesQuery,
        (),
        (),
    >(&LIST_OFFERING_FEATURES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListOfferingFeatures",
                    api
                        .list_offering_features(
                            input.context,
                            input.path.offering_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateOfferingFeature`: checks the request, then calls the implementation.
async fn handle_create_offering_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        CreateOfferingFeaturePath,
        (),
        (),
        crate::types::CreateOfferingFeatureBody,
    >(&CREATE_OFFERING_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateOfferingFeature",
                    api
                        .create_offering_feature(
                            input.context,
                            input.path.offering_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListOfferingPlans`: checks the request, then calls the implementation.
async fn handle_list_offering_plans<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListOfferingPlansPath,
        ListOfferingPlansQuery,
        (),
        (),
    >(&LIST_OFFERING_PLANS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListOfferingPlans",
                    api
                        .list_offering_plans(
                            input.context,
                            input.path.offering_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateOfferingPlan`: checks the request, then calls the implementation.
async fn handle_create_offering_plan<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        CreateOfferingPlanPath,
        (),
        (),
        crate::types::CreateOfferingPlanBody,
    >(&CREATE_OFFERING_PLAN_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateOfferingPlan",
                    api
                        .create_offering_plan(
                            input.context,
                            input.path.offering_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetOfferingPlan`: checks the request, then calls the implementation.
async fn handle_get_offering_plan<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetOfferingPlanPath,
        (),
        (),
        (),
    >(&GET_OFFERING_PLAN_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetOfferingPlan",
                    api
                        .get_offering_plan(
                            input.context,
                            input.path.offering_uuid,
                            input.path.plan_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateOfferingPlan`: checks the request, then calls the implementation.
async fn handle_update_offering_plan<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateOfferingPlanPath,
        (),
        (),
        crate::types::UpdateOfferingPlanBody,
    >(&UPDATE_OFFERING_PLAN_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateOfferingPlan",
                    api
                        .update_offering_plan(
                            input.context,
                            input.path.offering_uuid,
                            input.path.plan_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteOfferingPlan`: checks the request, then calls the implementation.
async fn handle_delete_offering_plan<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteOfferingPlanPath,
        (),
        (),
        (),
    >(&DELETE_OFFERING_PLAN_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteOfferingPlan",
                    api
                        .delete_offering_plan(
                            input.context,
                            input.path.offering_uuid,
                            input.path.plan_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListOfferingPlanPricingOptions`: checks the request, then calls the implementation.
async fn handle_list_offering_plan_pricing_options<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListOfferingPlanPricingOptionsPath,
        (),
        (),
        (),
    >(&LIST_OFFERING_PLAN_PRICING_OPTIONS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListOfferingPlanPricingOptions",
                    api
                        .list_offering_plan_pricing_options(
                            input.context,
                            input.path.offering_uuid,
                            input.path.plan_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `AddOfferingPlanPricingOptions`: checks the request, then calls the implementation.
async fn handle_add_offering_plan_pricing_options<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        AddOfferingPlanPricingOptionsPath,
        (),
        (),
        crate::types::RelationshipsRequest,
    >(&ADD_OFFERING_PLAN_PRICING_OPTIONS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "AddOfferingPlanPricingOptions",
                    api
                        .add_offering_plan_pricing_options(
                            input.context,
                            input.path.offering_uuid,
                            input.path.plan_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `RemoveOfferingPlanPricingOptions`: checks the request, then calls the implementation.
async fn handle_remove_offering_plan_pricing_options<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        RemoveOfferingPlanPricingOptionsPath,
        (),
        (),
        crate::types::RelationshipsRequest,
    >(
            &REMOVE_OFFERING_PLAN_PRICING_OPTIONS_OPERATION,
            &state.options,
            request,
            &Gate(api),
        )
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "RemoveOfferingPlanPricingOptions",
                    api
                        .remove_offering_plan_pricing_options(
                            input.context,
                            input.path.offering_uuid,
                            input.path.plan_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptions`: checks the request, then calls the implementation.
async fn handle_list_subscriptions<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListSubscriptionsQuery,
        (),
        (),
    >(&LIST_SUBSCRIPTIONS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptions",
                    api.list_subscriptions(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateSubscription`: checks the request, then calls the implementation.
async fn handle_create_subscription<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        CreateSubscriptionQuery,
        (),
        crate::types::CreateSubscriptionBody,
    >(&CREATE_SUBSCRIPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateSubscription",
                    api.create_subscription(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscription`: checks the request, then calls the implementation.
async fn handle_get_subscription<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionPath,
        GetSubscriptionQuery,
        (),
        (),
    >(&GET_SUBSCRIPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscription",
                    api
                        .get_subscription(
                            input.context,
                            input.path.subscription_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateSubscription`: checks the request, then calls the implementation.
async fn handle_update_subscription<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateSubscriptionPath,
        (),
        (),
        crate::types::UpdateSubscriptionBody,
    >(&UPDATE_SUBSCRIPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateSubscription",
                    api
                        .update_subscription(
                            input.context,
                            input.path.subscription_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteSubscription`: checks the request, then calls the implementation.
async fn handle_delete_subscription<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteSubscriptionPath,
        (),
        (),
        (),
    >(&DELETE_SUBSCRIPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteSubscription",
                    api.delete_subscription(input.context, input.path.subscription_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriptionFeature`: checks the request, then calls the implementation.
async fn handle_get_subscription_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionFeaturePath,
        (),
        (),
        (),
    >(&GET_SUBSCRIPTION_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriptionFeature",
                    api
                        .get_subscription_feature(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.feature_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriptionPlan`: checks the request, then calls the implementation.
async fn handle_get_subscription_plan<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionPlanPath,
        (),
        (),
        (),
    >(&GET_SUBSCRIPTION_PLAN_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriptionPlan",
                    api
                        .get_subscription_plan(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.plan_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriptionPricingOption`: checks the request, then calls the implementation.
async fn handle_get_subscription_pricing_option<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionPricingOptionPath,
        (),
        (),
        (),
    >(&GET_SUBSCRIPTION_PRICING_OPTION_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriptionPricingOption",
                    api
                        .get_subscription_pricing_option(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.pricing_option_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptionFeatures`: checks the request, then calls the implementation.
async fn handle_list_subscription_features<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListSubscriptionFeaturesPath,
        ListSubscriptionFeaturesQuery,
        (),
        (),
    >(&LIST_SUBSCRIPTION_FEATURES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptionFeatures",
                    api
                        .list_subscription_features(
                            input.context,
                            input.path.subscription_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptionPlans`: checks the request, then calls the implementation.
async fn handle_list_subscription_plans<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListSubscriptionPlansPath,
        (),
        (),
        (),
    >(&LIST_SUBSCRIPTION_PLANS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptionPlans",
                    api
                        .list_subscription_plans(
                            input.context,
                            input.path.subscription_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ManageSubscriptionPlans`: checks the request, then calls the implementation.
async fn handle_manage_subscription_plans<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ManageSubscriptionPlansPath,
        (),
        (),
        crate::types::ManageSubscriptionPlansBody,
    >(&MANAGE_SUBSCRIPTION_PLANS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ManageSubscriptionPlans",
                    api
                        .manage_subscription_plans(
                            input.context,
                            input.path.subscription_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptionPricingOptions`: checks the request, then calls the implementation.
async fn handle_list_subscription_pricing_options<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListSubscriptionPricingOptionsPath,
        (),
        (),
        (),
    >(&LIST_SUBSCRIPTION_PRICING_OPTIONS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptionPricingOptions",
                    api
                        .list_subscription_pricing_options(
                            input.context,
                            input.path.subscription_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptionStates`: checks the request, then calls the implementation.
async fn handle_list_subscription_states<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListSubscriptionStatesPath,
        (),
        (),
        (),
    >(&LIST_SUBSCRIPTION_STATES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptionStates",
                    api
                        .list_subscription_states(
                            input.context,
                            input.path.subscription_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateSubscriptionState`: checks the request, then calls the implementation.
async fn handle_create_subscription_state<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        CreateSubscriptionStatePath,
        (),
        (),
        crate::types::CreateSubscriptionStateBody,
    >(&CREATE_SUBSCRIPTION_STATE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateSubscriptionState",
                    api
                        .create_subscription_state(
                            input.context,
                            input.path.subscription_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriptionState`: checks the request, then calls the implementation.
async fn handle_get_subscription_state<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionStatePath,
        (),
        (),
        (),
    >(&GET_SUBSCRIPTION_STATE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriptionState",
                    api
                        .get_subscription_state(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.state_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListJobs`: checks the request, then calls the implementation.
async fn handle_list_jobs<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListJobsQuery,
        (),
        (),
    >(&LIST_JOBS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListJobs",
                    api.list_jobs(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateJob`: checks the request, then calls the implementation.
async fn handle_create_job<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        CreateJobQuery,
        (),
        crate::types::CreateJobBody,
    >(&CREATE_JOB_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateJob",
                    api.create_job(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetJob`: checks the request, then calls the implementation.
async fn handle_get_job<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetJobPath,
        (),
        (),
        (),
    >(&GET_JOB_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetJob",
                    api.get_job(input.context, input.path.job_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteJob`: checks the request, then calls the implementation.
async fn handle_delete_job<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteJobPath,
        (),
        (),
        (),
    >(&DELETE_JOB_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteJob",
                    api.delete_job(input.context, input.path.job_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListImportJobs`: checks the request, then calls the implementation.
async fn handle_list_import_jobs<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListImportJobsQuery,
        (),
        (),
    >(&LIST_IMPORT_JOBS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListImportJobs",
                    api.list_import_jobs(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateImport`: checks the request, then calls the implementation.
async fn handle_create_import<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode_raw::<
        (),
        CreateImportQuery,
        (),
    >(
            &CREATE_IMPORT_OPERATION,
            "multipart/form-data",
            false,
            &state.options,
            request,
            &Gate(api),
        )
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateImport",
                    api.create_import(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetImport`: checks the request, then calls the implementation.
async fn handle_get_import<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetImportPath,
        GetImportQuery,
        (),
        (),
    >(&GET_IMPORT_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetImport",
                    api.get_import(input.context, input.path.import_uuid, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetImportErrors`: checks the request, then calls the implementation.
async fn handle_get_import_errors<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetImportErrorsPath,
        GetImportErrorsQuery,
        (),
        (),
    >(&GET_IMPORT_ERRORS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetImportErrors",
                    api
                        .get_import_errors(
                            input.context,
                            input.path.import_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptionInvoices`: checks the request, then calls the implementation.
async fn handle_list_subscription_invoices<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListSubscriptionInvoicesPath,
        ListSubscriptionInvoicesQuery,
        (),
        (),
    >(&LIST_SUBSCRIPTION_INVOICES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptionInvoices",
                    api
                        .list_subscription_invoices(
                            input.context,
                            input.path.subscription_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscriptionInvoicePayments`: checks the request, then calls the implementation.
async fn handle_list_subscription_invoice_payments<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListSubscriptionInvoicePaymentsPath,
        ListSubscriptionInvoicePaymentsQuery,
        (),
        (),
    >(&LIST_SUBSCRIPTION_INVOICE_PAYMENTS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscriptionInvoicePayments",
                    api
                        .list_subscription_invoice_payments(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.invoice_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriptionInvoicePayment`: checks the request, then calls the implementation.
async fn handle_get_subscription_invoice_payment<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionInvoicePaymentPath,
        (),
        (),
        (),
    >(&GET_SUBSCRIPTION_INVOICE_PAYMENT_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriptionInvoicePayment",
                    api
                        .get_subscription_invoice_payment(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.invoice_uuid,
                            input.path.payment_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriptionInvoice`: checks the request, then calls the implementation.
async fn handle_get_subscription_invoice<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriptionInvoicePath,
        (),
        (),
        (),
    >(&GET_SUBSCRIPTION_INVOICE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriptionInvoice",
                    api
                        .get_subscription_invoice(
                            input.context,
                            input.path.subscription_uuid,
                            input.path.invoice_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListInvoices`: checks the request, then calls the implementation.
async fn handle_list_invoices<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListInvoicesQuery,
        (),
        (),
    >(&LIST_INVOICES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListInvoices",
                    api.list_invoices(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetInvoice`: checks the request, then calls the implementation.
async fn handle_get_invoice<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetInvoicePath,
        (),
        (),
        (),
    >(&GET_INVOICE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetInvoice",
                    api.get_invoice(input.context, input.path.invoice_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListInvoicePayments`: checks the request, then calls the implementation.
async fn handle_list_invoice_payments<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListInvoicePaymentsPath,
        ListInvoicePaymentsQuery,
        (),
        (),
    >(&LIST_INVOICE_PAYMENTS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListInvoicePayments",
                    api
                        .list_invoice_payments(
                            input.context,
                            input.path.invoice_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetInvoicePayment`: checks the request, then calls the implementation.
async fn handle_get_invoice_payment<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetInvoicePaymentPath,
        (),
        (),
        (),
    >(&GET_INVOICE_PAYMENT_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetInvoicePayment",
                    api
                        .get_invoice_payment(
                            input.context,
                            input.path.invoice_uuid,
                            input.path.payment_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateInvoicePayment`: checks the request, then calls the implementation.
async fn handle_update_invoice_payment<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateInvoicePaymentPath,
        (),
        (),
        crate::types::UpdateInvoicePaymentBody,
    >(&UPDATE_INVOICE_PAYMENT_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateInvoicePayment",
                    api
                        .update_invoice_payment(
                            input.context,
                            input.path.invoice_uuid,
                            input.path.payment_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListInvoicePaymentRefunds`: checks the request, then calls the implementation.
async fn handle_list_invoice_payment_refunds<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        ListInvoicePaymentRefundsPath,
        ListInvoicePaymentRefundsQuery,
        (),
        (),
    >(&LIST_INVOICE_PAYMENT_REFUNDS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListInvoicePaymentRefunds",
                    api
                        .list_invoice_payment_refunds(
                            input.context,
                            input.path.invoice_uuid,
                            input.path.payment_uuid,
                            input.query,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateInvoicePaymentRefund`: checks the request, then calls the implementation.
async fn handle_create_invoice_payment_refund<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        CreateInvoicePaymentRefundPath,
        (),
        (),
        crate::types::CreateInvoicePaymentRefundBody,
    >(&CREATE_INVOICE_PAYMENT_REFUND_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateInvoicePaymentRefund",
                    api
                        .create_invoice_payment_refund(
                            input.context,
                            input.path.invoice_uuid,
                            input.path.payment_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetInvoicePaymentRefund`: checks the request, then calls the implementation.
async fn handle_get_invoice_payment_refund<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetInvoicePaymentRefundPath,
        (),
        (),
        (),
    >(&GET_INVOICE_PAYMENT_REFUND_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetInvoicePaymentRefund",
                    api
                        .get_invoice_payment_refund(
                            input.context,
                            input.path.invoice_uuid,
                            input.path.payment_uuid,
                            input.path.refund_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSchedules`: checks the request, then calls the implementation.
async fn handle_list_schedules<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListSchedulesQuery,
        (),
        (),
    >(&LIST_SCHEDULES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSchedules",
                    api.list_schedules(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateSchedule`: checks the request, then calls the implementation.
async fn handle_create_schedule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        CreateScheduleQuery,
        (),
        crate::types::CreateScheduleBody,
    >(&CREATE_SCHEDULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateSchedule",
                    api.create_schedule(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSchedule`: checks the request, then calls the implementation.
async fn handle_get_schedule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSchedulePath,
        (),
        (),
        (),
    >(&GET_SCHEDULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSchedule",
                    api.get_schedule(input.context, input.path.schedule_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateSchedule`: checks the request, then calls the implementation.
async fn handle_update_schedule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateSchedulePath,
        (),
        (),
        crate::types::UpdateScheduleBody,
    >(&UPDATE_SCHEDULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateSchedule",
                    api
                        .update_schedule(
                            input.context,
                            input.path.schedule_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteSchedule`: checks the request, then calls the implementation.
async fn handle_delete_schedule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteSchedulePath,
        (),
        (),
        (),
    >(&DELETE_SCHEDULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteSchedule",
                    api.delete_schedule(input.context, input.path.schedule_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListSubscribers`: checks the request, then calls the implementation.
async fn handle_list_subscribers<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListSubscribersQuery,
        (),
        (),
    >(&LIST_SUBSCRIBERS_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListSubscribers",
                    api.list_subscribers(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateSubscriber`: checks the request, then calls the implementation.
async fn handle_create_subscriber<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        CreateSubscriberQuery,
        (),
        crate::types::CreateSubscriberBody,
    >(&CREATE_SUBSCRIBER_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateSubscriber",
                    api.create_subscriber(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetSubscriber`: checks the request, then calls the implementation.
async fn handle_get_subscriber<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetSubscriberPath,
        (),
        (),
        (),
    >(&GET_SUBSCRIBER_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetSubscriber",
                    api.get_subscriber(input.context, input.path.subscriber_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateSubscriber`: checks the request, then calls the implementation.
async fn handle_update_subscriber<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateSubscriberPath,
        (),
        (),
        crate::types::UpdateSubscriberBody,
    >(&UPDATE_SUBSCRIBER_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateSubscriber",
                    api
                        .update_subscriber(
                            input.context,
                            input.path.subscriber_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteSubscriber`: checks the request, then calls the implementation.
async fn handle_delete_subscriber<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteSubscriberPath,
        (),
        (),
        (),
    >(&DELETE_SUBSCRIBER_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteSubscriber",
                    api.delete_subscriber(input.context, input.path.subscriber_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListDunningRules`: checks the request, then calls the implementation.
async fn handle_list_dunning_rules<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListDunningRulesQuery,
        (),
        (),
    >(&LIST_DUNNING_RULES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListDunningRules",
                    api.list_dunning_rules(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateDunningRule`: checks the request, then calls the implementation.
async fn handle_create_dunning_rule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        (),
        (),
        crate::types::CreateDunningRuleBody,
    >(&CREATE_DUNNING_RULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateDunningRule",
                    api.create_dunning_rule(input.context, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetDunningRule`: checks the request, then calls the implementation.
async fn handle_get_dunning_rule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetDunningRulePath,
        (),
        (),
        (),
    >(&GET_DUNNING_RULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetDunningRule",
                    api.get_dunning_rule(input.context, input.path.dunning_rule_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateDunningRule`: checks the request, then calls the implementation.
async fn handle_update_dunning_rule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateDunningRulePath,
        (),
        (),
        crate::types::UpdateDunningRuleBody,
    >(&UPDATE_DUNNING_RULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateDunningRule",
                    api
                        .update_dunning_rule(
                            input.context,
                            input.path.dunning_rule_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteDunningRule`: checks the request, then calls the implementation.
async fn handle_delete_dunning_rule<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteDunningRulePath,
        (),
        (),
        (),
    >(&DELETE_DUNNING_RULE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteDunningRule",
                    api.delete_dunning_rule(input.context, input.path.dunning_rule_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListProrationPolicies`: checks the request, then calls the implementation.
async fn handle_list_proration_policies<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListProrationPoliciesQuery,
        (),
        (),
    >(&LIST_PRORATION_POLICIES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListProrationPolicies",
                    api.list_proration_policies(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateProrationPolicy`: checks the request, then calls the implementation.
async fn handle_create_proration_policy<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        (),
        (),
        crate::types::CreateProrationPolicyBody,
    >(&CREATE_PRORATION_POLICY_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateProrationPolicy",
                    api.create_proration_policy(input.context, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetProrationPolicy`: checks the request, then calls the implementation.
async fn handle_get_proration_policy<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetProrationPolicyPath,
        (),
        (),
        (),
    >(&GET_PRORATION_POLICY_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetProrationPolicy",
                    api
                        .get_proration_policy(
                            input.context,
                            input.path.proration_policy_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateProrationPolicy`: checks the request, then calls the implementation.
async fn handle_update_proration_policy<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateProrationPolicyPath,
        (),
        (),
        crate::types::UpdateProrationPolicyBody,
    >(&UPDATE_PRORATION_POLICY_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateProrationPolicy",
                    api
                        .update_proration_policy(
                            input.context,
                            input.path.proration_policy_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteProrationPolicy`: checks the request, then calls the implementation.
async fn handle_delete_proration_policy<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteProrationPolicyPath,
        (),
        (),
        (),
    >(&DELETE_PRORATION_POLICY_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteProrationPolicy",
                    api
                        .delete_proration_policy(
                            input.context,
                            input.path.proration_policy_uuid,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `ListFeatures`: checks the request, then calls the implementation.
async fn handle_list_features<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        ListFeaturesQuery,
        (),
        (),
    >(&LIST_FEATURES_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "ListFeatures",
                    api.list_features(input.context, input.query),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `CreateFeature`: checks the request, then calls the implementation.
async fn handle_create_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        (),
        CreateFeatureQuery,
        (),
        crate::types::CreateFeatureBody,
    >(&CREATE_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "CreateFeature",
                    api.create_feature(input.context, input.query, input.body),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `GetFeature`: checks the request, then calls the implementation.
async fn handle_get_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        GetFeaturePath,
        (),
        (),
        (),
    >(&GET_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "GetFeature",
                    api.get_feature(input.context, input.path.feature_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `UpdateFeature`: checks the request, then calls the implementation.
async fn handle_update_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        UpdateFeaturePath,
        (),
        (),
        crate::types::UpdateFeatureBody,
    >(&UPDATE_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "UpdateFeature",
                    api
                        .update_feature(
                            input.context,
                            input.path.feature_uuid,
                            input.body,
                        ),
                )
                .await
        }
        Err(refused) => refused,
    }
}

/// Serves `DeleteFeature`: checks the request, then calls the implementation.
async fn handle_delete_feature<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::elasticpath_subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let api = &*state.api;
    let decoded = ::elasticpath_subscriptions_server::runtime::decode::<
        DeleteFeaturePath,
        (),
        (),
        (),
    >(&DELETE_FEATURE_OPERATION, &state.options, request, &Gate(api))
        .await;
    match decoded {
        Ok(input) => {
            ::elasticpath_subscriptions_server::runtime::call(
                    "DeleteFeature",
                    api.delete_feature(input.context, input.path.feature_uuid),
                )
                .await
        }
        Err(refused) => refused,
    }
}
