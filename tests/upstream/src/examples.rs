// Snapshot of the server generator for tests/fixtures/upstream/subscriptions-26.0427.yaml. Do not edit.
// Refresh: EXPECTORATE=overwrite cargo test -p subscriptions-tests --test workspace server_snapshots::

#![allow(unused_imports, unused_variables, clippy::all)]
use super::server::*;
use super::client::types;

/// One example a response of the document has.
#[derive(Clone, Copy, Debug)]
pub struct ResponseExample {
    /// The operationId.
    pub operation: &'static str,
    /// The documented status.
    pub status: u16,
    /// The example's name (`example` for a lone `example`).
    pub name: &'static str,
    /// Whether the document gives it (else it is made from the schema).
    pub documented: bool,
    /// The body, or `None` for a response without a JSON body.
    pub json: Option<&'static str>,
}

/// Every response example, in document order.
pub const RESPONSE_EXAMPLES: [ResponseExample; 321usize] = [
    ResponseExample {
        operation: "ListOfferings",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering",
      "attributes": {
        "name": "Magazine",
        "external_ref": "abc123",
        "description": "A lovely magazine that is published every month.",
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "external_plan_refs": [
          "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
        ]
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "included": {
    "features": [
      {
        "type": "subscription_offering_feature",
        "attributes": {
          "name": "Digital library access",
          "configuration": {
            "type": "access",
            "tag": "digital_library_access"
          },
          "external_ref": "abc123",
          "description": "Access to over 100 ebooks via the digital library."
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          }
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ],
    "plans": [
      {
        "type": "subscription_offering_plan",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "sku": "MAGAZINE1",
          "main_image": "https://example.com/",
          "price": {},
          "price_units": {
            "unit": "day",
            "amount": 7
          },
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "feature_configurations": {}
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_plan": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ],
    "pricing_options": [
      {
        "type": "subscription_offering_pricing_option",
        "attributes": {
          "name": "Monthly",
          "billing_interval_type": "day",
          "billing_frequency": 1,
          "plan_length": 12,
          "end_behavior": "close",
          "can_pause": false,
          "can_resume": false,
          "can_cancel": false,
          "external_ref": "abc123",
          "description": "A monthly subscription.",
          "trial_period": 7,
          "lead_time": {
            "type": "day",
            "time": 14
          },
          "notification_schedule": [
            {
              "name": "Daily billing run.",
              "unit": "day",
              "amount": 100
            }
          ],
          "base_price_percentage": 90,
          "fixed_price": {},
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "price": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_pricing_option": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ]
  },
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferings",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferings",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOffering",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "external_plan_refs": [
        "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOffering",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOffering",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "BuildOffering",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "external_plan_refs": [
        "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "BuildOffering",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "BuildOffering",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOffering",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "external_plan_refs": [
        "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  },
  "included": {
    "features": [
      {
        "type": "subscription_offering_feature",
        "attributes": {
          "name": "Digital library access",
          "configuration": {
            "type": "access",
            "tag": "digital_library_access"
          },
          "external_ref": "abc123",
          "description": "Access to over 100 ebooks via the digital library."
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          }
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ],
    "plans": [
      {
        "type": "subscription_offering_plan",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "sku": "MAGAZINE1",
          "main_image": "https://example.com/",
          "price": {},
          "price_units": {
            "unit": "day",
            "amount": 7
          },
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "feature_configurations": {}
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_plan": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ],
    "pricing_options": [
      {
        "type": "subscription_offering_pricing_option",
        "attributes": {
          "name": "Monthly",
          "billing_interval_type": "day",
          "billing_frequency": 1,
          "plan_length": 12,
          "end_behavior": "close",
          "can_pause": false,
          "can_resume": false,
          "can_cancel": false,
          "external_ref": "abc123",
          "description": "A monthly subscription.",
          "trial_period": 7,
          "lead_time": {
            "type": "day",
            "time": 14
          },
          "notification_schedule": [
            {
              "name": "Daily billing run.",
              "unit": "day",
              "amount": 100
            }
          ],
          "base_price_percentage": 90,
          "fixed_price": {},
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "price": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_pricing_option": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ]
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOffering",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOffering",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOffering",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOffering",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "external_plan_refs": [
        "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOffering",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOffering",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOffering",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOffering",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOffering",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOffering",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteOffering",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingFeature",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingFeature",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingFeature",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingFeature",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOfferingFeature",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteOfferingFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOfferingFeature",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AttachOfferingFeature",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_feature",
      "attributes": {
        "name": "Digital library access",
        "configuration": {
          "type": "access",
          "tag": "digital_library_access"
        },
        "external_ref": "abc123",
        "description": "Access to over 100 ebooks via the digital library."
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        }
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AttachOfferingFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AttachOfferingFeature",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AttachOfferingFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AttachOfferingFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPricingOptions",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_pricing_option",
      "attributes": {
        "name": "Monthly",
        "billing_interval_type": "day",
        "billing_frequency": 1,
        "plan_length": 12,
        "end_behavior": "close",
        "can_pause": false,
        "can_resume": false,
        "can_cancel": false,
        "external_ref": "abc123",
        "description": "A monthly subscription.",
        "trial_period": 7,
        "lead_time": {
          "type": "day",
          "time": 14
        },
        "notification_schedule": [
          {
            "name": "Daily billing run.",
            "unit": "day",
            "amount": 100
          }
        ],
        "base_price_percentage": 90,
        "fixed_price": {},
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "prices": {},
        "price": {},
        "display_price": {
          "without_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "with_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          }
        },
        "active_pricing_option": false
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPricingOptions",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPricingOptions",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPricingOption",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_pricing_option",
    "attributes": {
      "name": "Monthly",
      "billing_interval_type": "day",
      "billing_frequency": 1,
      "plan_length": 12,
      "end_behavior": "close",
      "can_pause": false,
      "can_resume": false,
      "can_cancel": false,
      "external_ref": "abc123",
      "description": "A monthly subscription.",
      "trial_period": 7,
      "lead_time": {
        "type": "day",
        "time": 14
      },
      "notification_schedule": [
        {
          "name": "Daily billing run.",
          "unit": "day",
          "amount": 100
        }
      ],
      "base_price_percentage": 90,
      "fixed_price": {},
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "price": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_pricing_option": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPricingOption",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPricingOption",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPricingOption",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPricingOption",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPricingOption",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPricingOption",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_pricing_option",
    "attributes": {
      "name": "Monthly",
      "billing_interval_type": "day",
      "billing_frequency": 1,
      "plan_length": 12,
      "end_behavior": "close",
      "can_pause": false,
      "can_resume": false,
      "can_cancel": false,
      "external_ref": "abc123",
      "description": "A monthly subscription.",
      "trial_period": 7,
      "lead_time": {
        "type": "day",
        "time": 14
      },
      "notification_schedule": [
        {
          "name": "Daily billing run.",
          "unit": "day",
          "amount": 100
        }
      ],
      "base_price_percentage": 90,
      "fixed_price": {},
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "price": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_pricing_option": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPricingOption",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPricingOption",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPricingOption",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPricingOption",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_pricing_option",
    "attributes": {
      "name": "Monthly",
      "billing_interval_type": "day",
      "billing_frequency": 1,
      "plan_length": 12,
      "end_behavior": "close",
      "can_pause": false,
      "can_resume": false,
      "can_cancel": false,
      "external_ref": "abc123",
      "description": "A monthly subscription.",
      "trial_period": 7,
      "lead_time": {
        "type": "day",
        "time": 14
      },
      "notification_schedule": [
        {
          "name": "Daily billing run.",
          "unit": "day",
          "amount": 100
        }
      ],
      "base_price_percentage": 90,
      "fixed_price": {},
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "price": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_pricing_option": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPricingOption",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPricingOption",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPricingOption",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPricingOption",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPricingOption",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOfferingPricingOption",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteOfferingPricingOption",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOfferingPricingOption",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingFeatures",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_feature",
      "attributes": {
        "name": "Digital library access",
        "configuration": {
          "type": "access",
          "tag": "digital_library_access"
        },
        "external_ref": "abc123",
        "description": "Access to over 100 ebooks via the digital library."
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        }
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingFeatures",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingFeatures",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingFeature",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingFeature",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingFeature",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPlans",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_plan",
      "attributes": {
        "name": "Magazine",
        "external_ref": "abc123",
        "description": "A lovely magazine that is published every month.",
        "sku": "MAGAZINE1",
        "main_image": "https://example.com/",
        "price": {},
        "price_units": {
          "unit": "day",
          "amount": 7
        },
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "feature_configurations": {}
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "prices": {},
        "display_price": {
          "without_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "with_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          }
        },
        "active_plan": false
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPlans",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPlans",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPlan",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_plan",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "sku": "MAGAZINE1",
      "main_image": "https://example.com/",
      "price": {},
      "price_units": {
        "unit": "day",
        "amount": 7
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z",
      "feature_configurations": {}
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_plan": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPlan",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPlan",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPlan",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPlan",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateOfferingPlan",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPlan",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_plan",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "sku": "MAGAZINE1",
      "main_image": "https://example.com/",
      "price": {},
      "price_units": {
        "unit": "day",
        "amount": 7
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z",
      "feature_configurations": {}
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_plan": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPlan",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPlan",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetOfferingPlan",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPlan",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_plan",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "sku": "MAGAZINE1",
      "main_image": "https://example.com/",
      "price": {},
      "price_units": {
        "unit": "day",
        "amount": 7
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z",
      "feature_configurations": {}
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_plan": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPlan",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPlan",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPlan",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPlan",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateOfferingPlan",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOfferingPlan",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteOfferingPlan",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteOfferingPlan",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPlanPricingOptions",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "11111111-2222-3333-4444-555555555555"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPlanPricingOptions",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListOfferingPlanPricingOptions",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AddOfferingPlanPricingOptions",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "11111111-2222-3333-4444-555555555555"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AddOfferingPlanPricingOptions",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AddOfferingPlanPricingOptions",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AddOfferingPlanPricingOptions",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AddOfferingPlanPricingOptions",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "AddOfferingPlanPricingOptions",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "RemoveOfferingPlanPricingOptions",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "11111111-2222-3333-4444-555555555555"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "RemoveOfferingPlanPricingOptions",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "RemoveOfferingPlanPricingOptions",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "RemoveOfferingPlanPricingOptions",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "RemoveOfferingPlanPricingOptions",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "RemoveOfferingPlanPricingOptions",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptions",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription",
      "attributes": {
        "account_id": "00000000-0000-4000-8000-000000000001",
        "pricing_option_id": "00000000-0000-4000-8000-000000000001",
        "plan_id": "00000000-0000-4000-8000-000000000001",
        "offering": {
          "type": "subscription_offering",
          "attributes": {
            "name": "Magazine",
            "external_ref": "abc123",
            "description": "A lovely magazine that is published every month.",
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "meta": {
            "owner": "store",
            "timestamps": {
              "created_at": "2017-01-10T11:41:19.244842Z",
              "updated_at": "2017-01-10T11:41:19.244842Z"
            },
            "external_plan_refs": [
              "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
            ]
          },
          "id": "00000000-0000-4000-8000-000000000001",
          "relationships": {}
        },
        "currency": "USD",
        "name": {},
        "email": {},
        "external_ref": "abc123",
        "address_id": "00000000-0000-4000-8000-000000000001",
        "payment_authority": {
          "type": "elastic_path_payments_stripe",
          "customer_id": "cus_OPfKlxWV3hp9h6",
          "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
        }
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "canceled_at": "2017-01-10T11:41:19.244842Z",
          "paused_at": "2017-01-10T11:41:19.244842Z",
          "resumed_at": "2017-01-10T11:41:19.244842Z",
          "end_date": "2017-01-10T11:41:19.244842Z",
          "go_live_after": "2017-01-10T11:41:19.244842Z",
          "go_live": "2017-01-10T11:41:19.244842Z"
        },
        "status": "active",
        "canceled": false,
        "paused": false,
        "closed": false,
        "pending": false,
        "suspended": false,
        "invoice_after": "2017-01-10T11:41:19.244842Z",
        "manual_payments": false,
        "first_invoice_prepaid": false,
        "state": {
          "type": "subscription_state",
          "attributes": {
            "action": "cancel",
            "cancel_immediately": false
          },
          "meta": {
            "created_at": "2017-01-10T11:41:19.244842Z"
          },
          "id": "00000000-0000-4000-8000-000000000001"
        },
        "pending_price_change": {
          "plan_prices": {},
          "pricing_option_prices": {}
        },
        "price_update_history": [
          {
            "price_changes": {
              "plan_prices": {},
              "pricing_option_prices": {}
            },
            "valid_until": "2026-01-01T00:00:00Z"
          }
        ]
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "included": {
    "plans": [
      {
        "type": "subscription_offering_plan",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "sku": "MAGAZINE1",
          "main_image": "https://example.com/",
          "price": {},
          "price_units": {
            "unit": "day",
            "amount": 7
          },
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "feature_configurations": {}
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_plan": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ],
    "pricing_options": [
      {
        "type": "subscription_offering_pricing_option",
        "attributes": {
          "name": "Monthly",
          "billing_interval_type": "day",
          "billing_frequency": 1,
          "plan_length": 12,
          "end_behavior": "close",
          "can_pause": false,
          "can_resume": false,
          "can_cancel": false,
          "external_ref": "abc123",
          "description": "A monthly subscription.",
          "trial_period": 7,
          "lead_time": {
            "type": "day",
            "time": 14
          },
          "notification_schedule": [
            {
              "name": "Daily billing run.",
              "unit": "day",
              "amount": 100
            }
          ],
          "base_price_percentage": 90,
          "fixed_price": {},
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "price": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_pricing_option": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ]
  },
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptions",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptions",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscription",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription",
    "attributes": {
      "account_id": "00000000-0000-4000-8000-000000000001",
      "pricing_option_id": "00000000-0000-4000-8000-000000000001",
      "plan_id": "00000000-0000-4000-8000-000000000001",
      "offering": {
        "type": "subscription_offering",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "external_plan_refs": [
            "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
          ]
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      },
      "currency": "USD",
      "name": {},
      "email": {},
      "external_ref": "abc123",
      "address_id": "00000000-0000-4000-8000-000000000001",
      "payment_authority": {
        "type": "elastic_path_payments_stripe",
        "customer_id": "cus_OPfKlxWV3hp9h6",
        "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
      }
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "canceled_at": "2017-01-10T11:41:19.244842Z",
        "paused_at": "2017-01-10T11:41:19.244842Z",
        "resumed_at": "2017-01-10T11:41:19.244842Z",
        "end_date": "2017-01-10T11:41:19.244842Z",
        "go_live_after": "2017-01-10T11:41:19.244842Z",
        "go_live": "2017-01-10T11:41:19.244842Z"
      },
      "status": "active",
      "canceled": false,
      "paused": false,
      "closed": false,
      "pending": false,
      "suspended": false,
      "invoice_after": "2017-01-10T11:41:19.244842Z",
      "manual_payments": false,
      "first_invoice_prepaid": false,
      "state": {
        "type": "subscription_state",
        "attributes": {
          "action": "cancel",
          "cancel_immediately": false
        },
        "meta": {
          "created_at": "2017-01-10T11:41:19.244842Z"
        },
        "id": "00000000-0000-4000-8000-000000000001"
      },
      "pending_price_change": {
        "plan_prices": {},
        "pricing_option_prices": {}
      },
      "price_update_history": [
        {
          "price_changes": {
            "plan_prices": {},
            "pricing_option_prices": {}
          },
          "valid_until": "2026-01-01T00:00:00Z"
        }
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscription",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscription",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscription",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription",
    "attributes": {
      "account_id": "00000000-0000-4000-8000-000000000001",
      "pricing_option_id": "00000000-0000-4000-8000-000000000001",
      "plan_id": "00000000-0000-4000-8000-000000000001",
      "offering": {
        "type": "subscription_offering",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "external_plan_refs": [
            "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
          ]
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      },
      "currency": "USD",
      "name": {},
      "email": {},
      "external_ref": "abc123",
      "address_id": "00000000-0000-4000-8000-000000000001",
      "payment_authority": {
        "type": "elastic_path_payments_stripe",
        "customer_id": "cus_OPfKlxWV3hp9h6",
        "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
      }
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "canceled_at": "2017-01-10T11:41:19.244842Z",
        "paused_at": "2017-01-10T11:41:19.244842Z",
        "resumed_at": "2017-01-10T11:41:19.244842Z",
        "end_date": "2017-01-10T11:41:19.244842Z",
        "go_live_after": "2017-01-10T11:41:19.244842Z",
        "go_live": "2017-01-10T11:41:19.244842Z"
      },
      "status": "active",
      "canceled": false,
      "paused": false,
      "closed": false,
      "pending": false,
      "suspended": false,
      "invoice_after": "2017-01-10T11:41:19.244842Z",
      "manual_payments": false,
      "first_invoice_prepaid": false,
      "state": {
        "type": "subscription_state",
        "attributes": {
          "action": "cancel",
          "cancel_immediately": false
        },
        "meta": {
          "created_at": "2017-01-10T11:41:19.244842Z"
        },
        "id": "00000000-0000-4000-8000-000000000001"
      },
      "pending_price_change": {
        "plan_prices": {},
        "pricing_option_prices": {}
      },
      "price_update_history": [
        {
          "price_changes": {
            "plan_prices": {},
            "pricing_option_prices": {}
          },
          "valid_until": "2026-01-01T00:00:00Z"
        }
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  },
  "included": {
    "plans": [
      {
        "type": "subscription_offering_plan",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "sku": "MAGAZINE1",
          "main_image": "https://example.com/",
          "price": {},
          "price_units": {
            "unit": "day",
            "amount": 7
          },
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "feature_configurations": {}
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_plan": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ],
    "pricing_options": [
      {
        "type": "subscription_offering_pricing_option",
        "attributes": {
          "name": "Monthly",
          "billing_interval_type": "day",
          "billing_frequency": 1,
          "plan_length": 12,
          "end_behavior": "close",
          "can_pause": false,
          "can_resume": false,
          "can_cancel": false,
          "external_ref": "abc123",
          "description": "A monthly subscription.",
          "trial_period": 7,
          "lead_time": {
            "type": "day",
            "time": 14
          },
          "notification_schedule": [
            {
              "name": "Daily billing run.",
              "unit": "day",
              "amount": 100
            }
          ],
          "base_price_percentage": 90,
          "fixed_price": {},
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "prices": {},
          "price": {},
          "display_price": {
            "without_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "with_tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            },
            "tax": {
              "amount": 100,
              "currency": "USD",
              "formatted": "$1.00"
            }
          },
          "active_pricing_option": false
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      }
    ]
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscription",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscription",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscription",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscription",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription",
    "attributes": {
      "account_id": "00000000-0000-4000-8000-000000000001",
      "pricing_option_id": "00000000-0000-4000-8000-000000000001",
      "plan_id": "00000000-0000-4000-8000-000000000001",
      "offering": {
        "type": "subscription_offering",
        "attributes": {
          "name": "Magazine",
          "external_ref": "abc123",
          "description": "A lovely magazine that is published every month.",
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "meta": {
          "owner": "store",
          "timestamps": {
            "created_at": "2017-01-10T11:41:19.244842Z",
            "updated_at": "2017-01-10T11:41:19.244842Z"
          },
          "external_plan_refs": [
            "97dddc65-eabd-45d8-b45b-2ece5cfc8c50"
          ]
        },
        "id": "00000000-0000-4000-8000-000000000001",
        "relationships": {}
      },
      "currency": "USD",
      "name": {},
      "email": {},
      "external_ref": "abc123",
      "address_id": "00000000-0000-4000-8000-000000000001",
      "payment_authority": {
        "type": "elastic_path_payments_stripe",
        "customer_id": "cus_OPfKlxWV3hp9h6",
        "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
      }
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "canceled_at": "2017-01-10T11:41:19.244842Z",
        "paused_at": "2017-01-10T11:41:19.244842Z",
        "resumed_at": "2017-01-10T11:41:19.244842Z",
        "end_date": "2017-01-10T11:41:19.244842Z",
        "go_live_after": "2017-01-10T11:41:19.244842Z",
        "go_live": "2017-01-10T11:41:19.244842Z"
      },
      "status": "active",
      "canceled": false,
      "paused": false,
      "closed": false,
      "pending": false,
      "suspended": false,
      "invoice_after": "2017-01-10T11:41:19.244842Z",
      "manual_payments": false,
      "first_invoice_prepaid": false,
      "state": {
        "type": "subscription_state",
        "attributes": {
          "action": "cancel",
          "cancel_immediately": false
        },
        "meta": {
          "created_at": "2017-01-10T11:41:19.244842Z"
        },
        "id": "00000000-0000-4000-8000-000000000001"
      },
      "pending_price_change": {
        "plan_prices": {},
        "pricing_option_prices": {}
      },
      "price_update_history": [
        {
          "price_changes": {
            "plan_prices": {},
            "pricing_option_prices": {}
          },
          "valid_until": "2026-01-01T00:00:00Z"
        }
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscription",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscription",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscription",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscription",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSubscription",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteSubscription",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSubscription",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSubscription",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionFeature",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPlan",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_plan",
    "attributes": {
      "name": "Magazine",
      "external_ref": "abc123",
      "description": "A lovely magazine that is published every month.",
      "sku": "MAGAZINE1",
      "main_image": "https://example.com/",
      "price": {},
      "price_units": {
        "unit": "day",
        "amount": 7
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z",
      "feature_configurations": {}
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_plan": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPlan",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPlan",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPlan",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPricingOption",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_offering_pricing_option",
    "attributes": {
      "name": "Monthly",
      "billing_interval_type": "day",
      "billing_frequency": 1,
      "plan_length": 12,
      "end_behavior": "close",
      "can_pause": false,
      "can_resume": false,
      "can_cancel": false,
      "external_ref": "abc123",
      "description": "A monthly subscription.",
      "trial_period": 7,
      "lead_time": {
        "type": "day",
        "time": 14
      },
      "notification_schedule": [
        {
          "name": "Daily billing run.",
          "unit": "day",
          "amount": 100
        }
      ],
      "base_price_percentage": 90,
      "fixed_price": {},
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "prices": {},
      "price": {},
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "active_pricing_option": false
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPricingOption",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPricingOption",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionPricingOption",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionFeatures",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_feature",
      "attributes": {
        "name": "Digital library access",
        "configuration": {
          "type": "access",
          "tag": "digital_library_access"
        },
        "external_ref": "abc123",
        "description": "Access to over 100 ebooks via the digital library."
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        }
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionFeatures",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionFeatures",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPlans",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_plan",
      "attributes": {
        "name": "Magazine",
        "external_ref": "abc123",
        "description": "A lovely magazine that is published every month.",
        "sku": "MAGAZINE1",
        "main_image": "https://example.com/",
        "price": {},
        "price_units": {
          "unit": "day",
          "amount": 7
        },
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "feature_configurations": {}
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "prices": {},
        "display_price": {
          "without_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "with_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          }
        },
        "active_plan": false
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPlans",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPlans",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPlans",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ManageSubscriptionPlans",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "ManageSubscriptionPlans",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ManageSubscriptionPlans",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ManageSubscriptionPlans",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ManageSubscriptionPlans",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPricingOptions",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_offering_pricing_option",
      "attributes": {
        "name": "Monthly",
        "billing_interval_type": "day",
        "billing_frequency": 1,
        "plan_length": 12,
        "end_behavior": "close",
        "can_pause": false,
        "can_resume": false,
        "can_cancel": false,
        "external_ref": "abc123",
        "description": "A monthly subscription.",
        "trial_period": 7,
        "lead_time": {
          "type": "day",
          "time": 14
        },
        "notification_schedule": [
          {
            "name": "Daily billing run.",
            "unit": "day",
            "amount": 100
          }
        ],
        "base_price_percentage": 90,
        "fixed_price": {},
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "prices": {},
        "price": {},
        "display_price": {
          "without_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "with_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          }
        },
        "active_pricing_option": false
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPricingOptions",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPricingOptions",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionPricingOptions",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionStates",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_state",
      "attributes": {
        "action": "cancel",
        "cancel_immediately": false
      },
      "meta": {
        "created_at": "2017-01-10T11:41:19.244842Z"
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionStates",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionStates",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionStates",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriptionState",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "CreateSubscriptionState",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriptionState",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriptionState",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriptionState",
        status: 422u16,
        name: "cannot-process-refund",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Unprocessable Content",
      "status": "422",
      "detail": "Unprocessable Content: cannot process the refund"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriptionState",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionState",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_state",
    "attributes": {
      "action": "cancel",
      "cancel_immediately": false
    },
    "meta": {
      "created_at": "2017-01-10T11:41:19.244842Z"
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionState",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionState",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionState",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListJobs",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_job",
      "attributes": {
        "job_type": "billing-run",
        "status": "pending",
        "external_ref": "abc123",
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "started_at": "2017-01-10T11:41:19.244842Z",
          "finished_at": "2017-01-10T11:41:19.244842Z"
        },
        "report": {
          "invoices_ready_for_payment": 100,
          "invoices_tax_required": 100,
          "invoice_failures": 0,
          "total_ready_for_payment": {},
          "total_tax_required": {}
        }
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListJobs",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateJob",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_job",
    "attributes": {
      "job_type": "billing-run",
      "status": "pending",
      "external_ref": "abc123",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "started_at": "2017-01-10T11:41:19.244842Z",
        "finished_at": "2017-01-10T11:41:19.244842Z"
      },
      "report": {
        "invoices_ready_for_payment": 100,
        "invoices_tax_required": 100,
        "invoice_failures": 0,
        "total_ready_for_payment": {},
        "total_tax_required": {}
      }
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateJob",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateJob",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateJob",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetJob",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_job",
    "attributes": {
      "job_type": "billing-run",
      "status": "pending",
      "external_ref": "abc123",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "started_at": "2017-01-10T11:41:19.244842Z",
        "finished_at": "2017-01-10T11:41:19.244842Z"
      },
      "report": {
        "invoices_ready_for_payment": 100,
        "invoices_tax_required": 100,
        "invoice_failures": 0,
        "total_ready_for_payment": {},
        "total_tax_required": {}
      }
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetJob",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetJob",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetJob",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteJob",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteJob",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListImportJobs",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_import",
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "started_at": "2017-01-10T11:41:19.244842Z",
          "finished_at": "2017-01-10T11:41:19.244842Z"
        },
        "records": {
          "uploaded": {
            "subscription_feature": 50000,
            "subscription_subscriber": 50000,
            "subscription_offering": 50000,
            "subscription": 50000
          },
          "imported": {
            "subscription_feature": 50000,
            "subscription_subscriber": 45090,
            "subscription_offering": 45090,
            "subscription": 45090
          }
        }
      },
      "attributes": {
        "status": "pending",
        "external_ref": "abc123"
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListImportJobs",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateImport",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_import",
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "started_at": "2017-01-10T11:41:19.244842Z",
        "finished_at": "2017-01-10T11:41:19.244842Z"
      },
      "records": {
        "uploaded": {
          "subscription_feature": 50000,
          "subscription_subscriber": 50000,
          "subscription_offering": 50000,
          "subscription": 50000
        },
        "imported": {
          "subscription_feature": 50000,
          "subscription_subscriber": 45090,
          "subscription_offering": 45090,
          "subscription": 45090
        }
      }
    },
    "attributes": {
      "status": "pending",
      "external_ref": "abc123"
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateImport",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateImport",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateImport",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImport",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_import",
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "started_at": "2017-01-10T11:41:19.244842Z",
        "finished_at": "2017-01-10T11:41:19.244842Z"
      },
      "records": {
        "uploaded": {
          "subscription_feature": 50000,
          "subscription_subscriber": 50000,
          "subscription_offering": 50000,
          "subscription": 50000
        },
        "imported": {
          "subscription_feature": 50000,
          "subscription_subscriber": 45090,
          "subscription_offering": 45090,
          "subscription": 45090
        }
      }
    },
    "attributes": {
      "status": "pending",
      "external_ref": "abc123"
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImport",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImport",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImport",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImportErrors",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "subscription_import_error",
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "error": "offering name cannot be empty",
        "field": "name",
        "line_number": 123,
        "external_ref": "abc123"
      }
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImportErrors",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetImportErrors",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionInvoices",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_invoice",
      "attributes": {
        "billing_period": {
          "start": "2026-01-01T00:00:00Z",
          "end": "2026-01-01T00:00:00Z"
        },
        "pro_forma": false,
        "invoice_items": [
          {
            "description": "Magazine issue",
            "price": {
              "amount": 100,
              "currency": "USD",
              "includes_tax": false
            },
            "plan_id": "00000000-0000-4000-8000-000000000001",
            "from_time_period": "2017-01-10T11:41:19.244842Z",
            "until_time_period": "2017-01-10T11:41:19.244842Z"
          }
        ],
        "outstanding": false,
        "tax_required": false,
        "payment_retries_limit_reached": false,
        "manual_payment_pending": false,
        "tax_items": [
          {
            "type": "tax_item",
            "rate": 0.2,
            "name": "GST",
            "code": "20.0 % S",
            "jurisdiction": "USA"
          }
        ],
        "number": 1,
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "created_at": "2017-01-10T11:41:19.244842Z",
        "valid_from": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "taxes_added_at": "2017-01-10T11:41:19.244842Z"
        },
        "proration_events": [
          {
            "proration_policy_id": "00000000-0000-4000-8000-000000000001",
            "billing_cost_before_proration": 100,
            "refunded_amount_for_unused_pricing_option": 100,
            "new_pricing_option_cost": 100,
            "prorated_at": "2017-01-10T11:41:19.244842Z"
          }
        ],
        "pro_rata_remaining_value": 500,
        "display_price": {
          "without_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "with_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          }
        },
        "subscription_id": "00000000-0000-4000-8000-000000000001",
        "subscriber_id": "00000000-0000-4000-8000-000000000001",
        "price": {
          "amount": 100,
          "currency": "USD",
          "includes_tax": false
        },
        "notifications": [
          {
            "name": "7 days before renewal",
            "due": "2026-01-01T00:00:00Z",
            "sent_at": "2026-01-01T00:00:00Z"
          }
        ]
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionInvoices",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscriptionInvoicePayments",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "subscription_invoice_payment",
      "attributes": {
        "success": false,
        "amount": {
          "amount": 100,
          "currency": "USD",
          "includes_tax": false
        },
        "gateway": "elastic_path_payments_stripe",
        "pending": false,
        "external_payment_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
        "failure_detail": {
          "reason": "Card Failure"
        }
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "payment_taken_at": "2017-01-10T11:41:19.244842Z"
        },
        "invoice_id": "00000000-0000-4000-8000-000000000001",
        "subscription_id": "00000000-0000-4000-8000-000000000001",
        "job_id": "00000000-0000-4000-8000-000000000001",
        "manual_payment": false
      }
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionInvoicePayment",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "id": "00000000-0000-4000-8000-000000000001",
    "type": "subscription_invoice_payment",
    "attributes": {
      "success": false,
      "amount": {
        "amount": 100,
        "currency": "USD",
        "includes_tax": false
      },
      "gateway": "elastic_path_payments_stripe",
      "pending": false,
      "external_payment_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
      "failure_detail": {
        "reason": "Card Failure"
      }
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "payment_taken_at": "2017-01-10T11:41:19.244842Z"
      },
      "invoice_id": "00000000-0000-4000-8000-000000000001",
      "subscription_id": "00000000-0000-4000-8000-000000000001",
      "job_id": "00000000-0000-4000-8000-000000000001",
      "manual_payment": false
    }
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionInvoicePayment",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionInvoice",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_invoice",
    "attributes": {
      "billing_period": {
        "start": "2026-01-01T00:00:00Z",
        "end": "2026-01-01T00:00:00Z"
      },
      "pro_forma": false,
      "invoice_items": [
        {
          "description": "Magazine issue",
          "price": {
            "amount": 100,
            "currency": "USD",
            "includes_tax": false
          },
          "plan_id": "00000000-0000-4000-8000-000000000001",
          "from_time_period": "2017-01-10T11:41:19.244842Z",
          "until_time_period": "2017-01-10T11:41:19.244842Z"
        }
      ],
      "outstanding": false,
      "tax_required": false,
      "payment_retries_limit_reached": false,
      "manual_payment_pending": false,
      "tax_items": [
        {
          "type": "tax_item",
          "rate": 0.2,
          "name": "GST",
          "code": "20.0 % S",
          "jurisdiction": "USA"
        }
      ],
      "number": 1,
      "updated_at": "2017-01-10T11:41:19.244842Z",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "valid_from": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "taxes_added_at": "2017-01-10T11:41:19.244842Z"
      },
      "proration_events": [
        {
          "proration_policy_id": "00000000-0000-4000-8000-000000000001",
          "billing_cost_before_proration": 100,
          "refunded_amount_for_unused_pricing_option": 100,
          "new_pricing_option_cost": 100,
          "prorated_at": "2017-01-10T11:41:19.244842Z"
        }
      ],
      "pro_rata_remaining_value": 500,
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "subscription_id": "00000000-0000-4000-8000-000000000001",
      "subscriber_id": "00000000-0000-4000-8000-000000000001",
      "price": {
        "amount": 100,
        "currency": "USD",
        "includes_tax": false
      },
      "notifications": [
        {
          "name": "7 days before renewal",
          "due": "2026-01-01T00:00:00Z",
          "sent_at": "2026-01-01T00:00:00Z"
        }
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionInvoice",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriptionInvoice",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoices",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_invoice",
      "attributes": {
        "billing_period": {
          "start": "2026-01-01T00:00:00Z",
          "end": "2026-01-01T00:00:00Z"
        },
        "pro_forma": false,
        "invoice_items": [
          {
            "description": "Magazine issue",
            "price": {
              "amount": 100,
              "currency": "USD",
              "includes_tax": false
            },
            "plan_id": "00000000-0000-4000-8000-000000000001",
            "from_time_period": "2017-01-10T11:41:19.244842Z",
            "until_time_period": "2017-01-10T11:41:19.244842Z"
          }
        ],
        "outstanding": false,
        "tax_required": false,
        "payment_retries_limit_reached": false,
        "manual_payment_pending": false,
        "tax_items": [
          {
            "type": "tax_item",
            "rate": 0.2,
            "name": "GST",
            "code": "20.0 % S",
            "jurisdiction": "USA"
          }
        ],
        "number": 1,
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "created_at": "2017-01-10T11:41:19.244842Z",
        "valid_from": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "taxes_added_at": "2017-01-10T11:41:19.244842Z"
        },
        "proration_events": [
          {
            "proration_policy_id": "00000000-0000-4000-8000-000000000001",
            "billing_cost_before_proration": 100,
            "refunded_amount_for_unused_pricing_option": 100,
            "new_pricing_option_cost": 100,
            "prorated_at": "2017-01-10T11:41:19.244842Z"
          }
        ],
        "pro_rata_remaining_value": 500,
        "display_price": {
          "without_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "with_tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          },
          "tax": {
            "amount": 100,
            "currency": "USD",
            "formatted": "$1.00"
          }
        },
        "subscription_id": "00000000-0000-4000-8000-000000000001",
        "subscriber_id": "00000000-0000-4000-8000-000000000001",
        "price": {
          "amount": 100,
          "currency": "USD",
          "includes_tax": false
        },
        "notifications": [
          {
            "name": "7 days before renewal",
            "due": "2026-01-01T00:00:00Z",
            "sent_at": "2026-01-01T00:00:00Z"
          }
        ]
      },
      "id": "00000000-0000-4000-8000-000000000001",
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoices",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoices",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoice",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_invoice",
    "attributes": {
      "billing_period": {
        "start": "2026-01-01T00:00:00Z",
        "end": "2026-01-01T00:00:00Z"
      },
      "pro_forma": false,
      "invoice_items": [
        {
          "description": "Magazine issue",
          "price": {
            "amount": 100,
            "currency": "USD",
            "includes_tax": false
          },
          "plan_id": "00000000-0000-4000-8000-000000000001",
          "from_time_period": "2017-01-10T11:41:19.244842Z",
          "until_time_period": "2017-01-10T11:41:19.244842Z"
        }
      ],
      "outstanding": false,
      "tax_required": false,
      "payment_retries_limit_reached": false,
      "manual_payment_pending": false,
      "tax_items": [
        {
          "type": "tax_item",
          "rate": 0.2,
          "name": "GST",
          "code": "20.0 % S",
          "jurisdiction": "USA"
        }
      ],
      "number": 1,
      "updated_at": "2017-01-10T11:41:19.244842Z",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "valid_from": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "taxes_added_at": "2017-01-10T11:41:19.244842Z"
      },
      "proration_events": [
        {
          "proration_policy_id": "00000000-0000-4000-8000-000000000001",
          "billing_cost_before_proration": 100,
          "refunded_amount_for_unused_pricing_option": 100,
          "new_pricing_option_cost": 100,
          "prorated_at": "2017-01-10T11:41:19.244842Z"
        }
      ],
      "pro_rata_remaining_value": 500,
      "display_price": {
        "without_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "with_tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        },
        "tax": {
          "amount": 100,
          "currency": "USD",
          "formatted": "$1.00"
        }
      },
      "subscription_id": "00000000-0000-4000-8000-000000000001",
      "subscriber_id": "00000000-0000-4000-8000-000000000001",
      "price": {
        "amount": 100,
        "currency": "USD",
        "includes_tax": false
      },
      "notifications": [
        {
          "name": "7 days before renewal",
          "due": "2026-01-01T00:00:00Z",
          "sent_at": "2026-01-01T00:00:00Z"
        }
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001",
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoice",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoice",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoice",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoicePayments",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "subscription_invoice_payment",
      "attributes": {
        "success": false,
        "amount": {
          "amount": 100,
          "currency": "USD",
          "includes_tax": false
        },
        "gateway": "elastic_path_payments_stripe",
        "pending": false,
        "external_payment_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
        "failure_detail": {
          "reason": "Card Failure"
        }
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z",
          "payment_taken_at": "2017-01-10T11:41:19.244842Z"
        },
        "invoice_id": "00000000-0000-4000-8000-000000000001",
        "subscription_id": "00000000-0000-4000-8000-000000000001",
        "job_id": "00000000-0000-4000-8000-000000000001",
        "manual_payment": false
      }
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoicePayment",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "id": "00000000-0000-4000-8000-000000000001",
    "type": "subscription_invoice_payment",
    "attributes": {
      "success": false,
      "amount": {
        "amount": 100,
        "currency": "USD",
        "includes_tax": false
      },
      "gateway": "elastic_path_payments_stripe",
      "pending": false,
      "external_payment_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
      "failure_detail": {
        "reason": "Card Failure"
      }
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "payment_taken_at": "2017-01-10T11:41:19.244842Z"
      },
      "invoice_id": "00000000-0000-4000-8000-000000000001",
      "subscription_id": "00000000-0000-4000-8000-000000000001",
      "job_id": "00000000-0000-4000-8000-000000000001",
      "manual_payment": false
    }
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoicePayment",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateInvoicePayment",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "id": "00000000-0000-4000-8000-000000000001",
    "type": "subscription_invoice_payment",
    "attributes": {
      "success": false,
      "amount": {
        "amount": 100,
        "currency": "USD",
        "includes_tax": false
      },
      "gateway": "elastic_path_payments_stripe",
      "pending": false,
      "external_payment_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
      "failure_detail": {
        "reason": "Card Failure"
      }
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z",
        "payment_taken_at": "2017-01-10T11:41:19.244842Z"
      },
      "invoice_id": "00000000-0000-4000-8000-000000000001",
      "subscription_id": "00000000-0000-4000-8000-000000000001",
      "job_id": "00000000-0000-4000-8000-000000000001",
      "manual_payment": false
    }
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateInvoicePayment",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateInvoicePayment",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateInvoicePayment",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateInvoicePayment",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoicePaymentRefunds",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "id": "00000000-0000-4000-8000-000000000001",
      "type": "subscription_invoice_payment_refund",
      "attributes": {
        "amount": 100,
        "reason": "Customer requested cancellation",
        "gateway": "elastic_path_payments_stripe",
        "external_refund_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
        "created_at": "2017-01-10T11:41:19.244842Z"
      },
      "relationships": {}
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoicePaymentRefunds",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListInvoicePaymentRefunds",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateInvoicePaymentRefund",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "id": "00000000-0000-4000-8000-000000000001",
    "type": "subscription_invoice_payment_refund",
    "attributes": {
      "amount": 100,
      "reason": "Customer requested cancellation",
      "gateway": "elastic_path_payments_stripe",
      "external_refund_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
      "created_at": "2017-01-10T11:41:19.244842Z"
    },
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateInvoicePaymentRefund",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateInvoicePaymentRefund",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateInvoicePaymentRefund",
        status: 422u16,
        name: "cannot-process-refund",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Unprocessable Content",
      "status": "422",
      "detail": "Unprocessable Content: cannot process the refund"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateInvoicePaymentRefund",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoicePaymentRefund",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "id": "00000000-0000-4000-8000-000000000001",
    "type": "subscription_invoice_payment_refund",
    "attributes": {
      "amount": 100,
      "reason": "Customer requested cancellation",
      "gateway": "elastic_path_payments_stripe",
      "external_refund_id": "33e7ec6b-8b34-4c92-a95b-2e2647922e47",
      "created_at": "2017-01-10T11:41:19.244842Z"
    },
    "relationships": {}
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoicePaymentRefund",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoicePaymentRefund",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetInvoicePaymentRefund",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSchedules",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_schedule",
      "attributes": {
        "specification": "30 0 * * *",
        "location": "Europe/London",
        "job": {
          "job_type": "billing-run"
        },
        "external_ref": "abc123",
        "name": "Daily billing run.",
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "scheduled_for": "2026-01-01T00:00:00Z"
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSchedules",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSchedules",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSchedule",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_schedule",
    "attributes": {
      "specification": "30 0 * * *",
      "location": "Europe/London",
      "job": {
        "job_type": "billing-run"
      },
      "external_ref": "abc123",
      "name": "Daily billing run.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "scheduled_for": "2026-01-01T00:00:00Z"
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSchedule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSchedule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSchedule",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_schedule",
    "attributes": {
      "specification": "30 0 * * *",
      "location": "Europe/London",
      "job": {
        "job_type": "billing-run"
      },
      "external_ref": "abc123",
      "name": "Daily billing run.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "scheduled_for": "2026-01-01T00:00:00Z"
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSchedule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSchedule",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSchedule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSchedule",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_schedule",
    "attributes": {
      "specification": "30 0 * * *",
      "location": "Europe/London",
      "job": {
        "job_type": "billing-run"
      },
      "external_ref": "abc123",
      "name": "Daily billing run.",
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "scheduled_for": "2026-01-01T00:00:00Z"
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSchedule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSchedule",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSchedule",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSchedule",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSchedule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSchedule",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteSchedule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSchedule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscribers",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_subscriber",
      "attributes": {
        "name": "John Doe",
        "email": "someone@example.com",
        "account_id": "00000000-0000-4000-8000-000000000001",
        "payment_authority": {
          "type": "elastic_path_payments_stripe",
          "customer_id": "cus_OPfKlxWV3hp9h6",
          "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
        },
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        },
        "feature_entitlements": [
          "digital_library_access"
        ]
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscribers",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListSubscribers",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriber",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_subscriber",
    "attributes": {
      "name": "John Doe",
      "email": "someone@example.com",
      "account_id": "00000000-0000-4000-8000-000000000001",
      "payment_authority": {
        "type": "elastic_path_payments_stripe",
        "customer_id": "cus_OPfKlxWV3hp9h6",
        "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "feature_entitlements": [
        "digital_library_access"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriber",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateSubscriber",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriber",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_subscriber",
    "attributes": {
      "name": "John Doe",
      "email": "someone@example.com",
      "account_id": "00000000-0000-4000-8000-000000000001",
      "payment_authority": {
        "type": "elastic_path_payments_stripe",
        "customer_id": "cus_OPfKlxWV3hp9h6",
        "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "feature_entitlements": [
        "digital_library_access"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriber",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriber",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetSubscriber",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscriber",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_subscriber",
    "attributes": {
      "name": "John Doe",
      "email": "someone@example.com",
      "account_id": "00000000-0000-4000-8000-000000000001",
      "payment_authority": {
        "type": "elastic_path_payments_stripe",
        "customer_id": "cus_OPfKlxWV3hp9h6",
        "card_id": "card_8Diw3FQPhxK27WADPVMeXieP"
      },
      "created_at": "2017-01-10T11:41:19.244842Z",
      "updated_at": "2017-01-10T11:41:19.244842Z"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      },
      "feature_entitlements": [
        "digital_library_access"
      ]
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscriber",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscriber",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscriber",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscriber",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateSubscriber",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSubscriber",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteSubscriber",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteSubscriber",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListDunningRules",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_dunning_rule",
      "attributes": {
        "payment_retry_type": "fixed",
        "payment_retries_limit": 5,
        "action": "none",
        "payment_retry_interval": 1,
        "payment_retry_unit": "day",
        "payment_retry_multiplier": 1,
        "default": false
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        }
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListDunningRules",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListDunningRules",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateDunningRule",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_dunning_rule",
    "attributes": {
      "payment_retry_type": "fixed",
      "payment_retries_limit": 5,
      "action": "none",
      "payment_retry_interval": 1,
      "payment_retry_unit": "day",
      "payment_retry_multiplier": 1,
      "default": false
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateDunningRule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateDunningRule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetDunningRule",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_dunning_rule",
    "attributes": {
      "payment_retry_type": "fixed",
      "payment_retries_limit": 5,
      "action": "none",
      "payment_retry_interval": 1,
      "payment_retry_unit": "day",
      "payment_retry_multiplier": 1,
      "default": false
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetDunningRule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetDunningRule",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetDunningRule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateDunningRule",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_dunning_rule",
    "attributes": {
      "payment_retry_type": "fixed",
      "payment_retries_limit": 5,
      "action": "none",
      "payment_retry_interval": 1,
      "payment_retry_unit": "day",
      "payment_retry_multiplier": 1,
      "default": false
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateDunningRule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateDunningRule",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateDunningRule",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateDunningRule",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateDunningRule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteDunningRule",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteDunningRule",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteDunningRule",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListProrationPolicies",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_proration_policy",
      "attributes": {
        "name": "Main Policy",
        "rounding": "up",
        "external_ref": "abc123"
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        }
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListProrationPolicies",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListProrationPolicies",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateProrationPolicy",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_proration_policy",
    "attributes": {
      "name": "Main Policy",
      "rounding": "up",
      "external_ref": "abc123"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateProrationPolicy",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateProrationPolicy",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetProrationPolicy",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_proration_policy",
    "attributes": {
      "name": "Main Policy",
      "rounding": "up",
      "external_ref": "abc123"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetProrationPolicy",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetProrationPolicy",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetProrationPolicy",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateProrationPolicy",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_proration_policy",
    "attributes": {
      "name": "Main Policy",
      "rounding": "up",
      "external_ref": "abc123"
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateProrationPolicy",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateProrationPolicy",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateProrationPolicy",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateProrationPolicy",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteProrationPolicy",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteProrationPolicy",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteProrationPolicy",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListFeatures",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": [
    {
      "type": "subscription_feature",
      "attributes": {
        "name": "Digital library access",
        "configuration": {
          "type": "access",
          "tag": "digital_library_access"
        },
        "external_ref": "abc123",
        "description": "Access to over 100 ebooks via the digital library."
      },
      "meta": {
        "owner": "store",
        "timestamps": {
          "created_at": "2017-01-10T11:41:19.244842Z",
          "updated_at": "2017-01-10T11:41:19.244842Z"
        }
      },
      "id": "00000000-0000-4000-8000-000000000001"
    }
  ],
  "links": {}
}"#,
        ),
    },
    ResponseExample {
        operation: "ListFeatures",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "ListFeatures",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateFeature",
        status: 201u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "CreateFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetFeature",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "GetFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "GetFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateFeature",
        status: 200u16,
        name: "synthesized",
        documented: false,
        json: Some(
            r#"{
  "data": {
    "type": "subscription_feature",
    "attributes": {
      "name": "Digital library access",
      "configuration": {
        "type": "access",
        "tag": "digital_library_access"
      },
      "external_ref": "abc123",
      "description": "Access to over 100 ebooks via the digital library."
    },
    "meta": {
      "owner": "store",
      "timestamps": {
        "created_at": "2017-01-10T11:41:19.244842Z",
        "updated_at": "2017-01-10T11:41:19.244842Z"
      }
    },
    "id": "00000000-0000-4000-8000-000000000001"
  }
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateFeature",
        status: 400u16,
        name: "missing-name",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Validation Error",
      "status": "400",
      "detail": "data.attributes.name: \"name\" is required"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateFeature",
        status: 403u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Permission denied",
      "status": "404",
      "detail": "Permission denied: plan tenancy mismatch"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateFeature",
        status: 404u16,
        name: "not-found",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Not Found",
      "status": "404",
      "detail": "No plan found"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateFeature",
        status: 409u16,
        name: "example",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Write Conflict",
      "status": "409"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "UpdateFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
    ResponseExample {
        operation: "DeleteFeature",
        status: 204u16,
        name: "synthesized",
        documented: false,
        json: None,
    },
    ResponseExample {
        operation: "DeleteFeature",
        status: 500u16,
        name: "internal-server-error",
        documented: true,
        json: Some(
            r#"{
  "errors": [
    {
      "title": "Internal Server Error",
      "status": "500"
    }
  ]
}"#,
        ),
    },
];
/// The example a request asks for with `Prefer: code=…, example=…`
/// (either may be left out), else `operation`'s first one.
pub fn preferred(
    headers: &::axum::http::HeaderMap,
    operation: &str,
    first: usize,
) -> &'static ResponseExample {
    let prefer = headers
        .get("prefer")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let (mut code, mut name) = (None, None);
    for part in prefer.split(',') {
        match part.trim().split_once('=') {
            Some(("code", value)) => code = value.trim().parse::<u16>().ok(),
            Some(("example", value)) => name = Some(value.trim()),
            _ => {}
        }
    }
    RESPONSE_EXAMPLES
        .iter()
        .find(|example| {
            example.operation == operation
                && code.map_or(true, |code| code == example.status)
                && name.map_or(true, |name| name == example.name)
        })
        .unwrap_or(&RESPONSE_EXAMPLES[first])
}

/// The example's body, as the response's type.
fn decode<T: ::serde::de::DeserializeOwned>(example: &ResponseExample) -> T {
    let json = example.json.unwrap_or("null");
    ::serde_json::from_str(json)
        .unwrap_or_else(|e| {
            panic!(
                "the example `{}` of {} {} does not decode: {e}", example.name, example
                .operation, example.status
            )
        })
}

/// A server that answers each operation with one of its examples.
#[derive(Clone, Copy, Debug, Default)]
pub struct Examples;

impl super::server::Api for Examples {
    fn list_offerings(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListOfferingsQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingsResponse> + Send {
        let example = preferred(&context.headers, "ListOfferings", 0usize);
        async move {
            match example.status {
                200u16 => ListOfferingsResponse::Ok(decode(example)),
                400u16 => ListOfferingsResponse::BadRequest(decode(example)),
                500u16 => ListOfferingsResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListOfferings has no example of another status"),
            }
        }
    }

    fn create_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateOfferingQuery,
        body: crate::types::CreateOfferingBody,
    ) -> impl ::std::future::Future<Output = CreateOfferingResponse> + Send {
        let example = preferred(&context.headers, "CreateOffering", 3usize);
        async move {
            match example.status {
                201u16 => CreateOfferingResponse::Created(decode(example)),
                400u16 => CreateOfferingResponse::BadRequest(decode(example)),
                500u16 => CreateOfferingResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateOffering has no example of another status"),
            }
        }
    }

    fn build_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        body: crate::types::BuildOfferingBody,
    ) -> impl ::std::future::Future<Output = BuildOfferingResponse> + Send {
        let example = preferred(&context.headers, "BuildOffering", 6usize);
        async move {
            match example.status {
                201u16 => BuildOfferingResponse::Created(decode(example)),
                400u16 => BuildOfferingResponse::BadRequest(decode(example)),
                500u16 => BuildOfferingResponse::InternalServerError(decode(example)),
                _ => unreachable!("BuildOffering has no example of another status"),
            }
        }
    }

    fn get_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: GetOfferingQuery,
    ) -> impl ::std::future::Future<Output = GetOfferingResponse> + Send {
        let example = preferred(&context.headers, "GetOffering", 9usize);
        async move {
            match example.status {
                200u16 => GetOfferingResponse::Ok(decode(example)),
                400u16 => GetOfferingResponse::BadRequest(decode(example)),
                404u16 => GetOfferingResponse::NotFound(decode(example)),
                500u16 => GetOfferingResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetOffering has no example of another status"),
            }
        }
    }

    fn update_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingBody,
    ) -> impl ::std::future::Future<Output = UpdateOfferingResponse> + Send {
        let example = preferred(&context.headers, "UpdateOffering", 13usize);
        async move {
            match example.status {
                200u16 => UpdateOfferingResponse::Ok(decode(example)),
                400u16 => UpdateOfferingResponse::BadRequest(decode(example)),
                403u16 => UpdateOfferingResponse::Forbidden(decode(example)),
                404u16 => UpdateOfferingResponse::NotFound(decode(example)),
                409u16 => UpdateOfferingResponse::Conflict(decode(example)),
                500u16 => UpdateOfferingResponse::InternalServerError(decode(example)),
                _ => unreachable!("UpdateOffering has no example of another status"),
            }
        }
    }

    fn delete_offering(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingResponse> + Send {
        let example = preferred(&context.headers, "DeleteOffering", 19usize);
        async move {
            match example.status {
                204u16 => DeleteOfferingResponse::NoContent,
                500u16 => DeleteOfferingResponse::InternalServerError(decode(example)),
                _ => unreachable!("DeleteOffering has no example of another status"),
            }
        }
    }

    fn get_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetOfferingFeatureResponse> + Send {
        let example = preferred(&context.headers, "GetOfferingFeature", 21usize);
        async move {
            match example.status {
                200u16 => GetOfferingFeatureResponse::Ok(decode(example)),
                400u16 => GetOfferingFeatureResponse::BadRequest(decode(example)),
                404u16 => GetOfferingFeatureResponse::NotFound(decode(example)),
                500u16 => {
                    GetOfferingFeatureResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("GetOfferingFeature has no example of another status"),
            }
        }
    }

    fn update_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingFeatureBody,
    ) -> impl ::std::future::Future<Output = UpdateOfferingFeatureResponse> + Send {
        let example = preferred(&context.headers, "UpdateOfferingFeature", 25usize);
        async move {
            match example.status {
                200u16 => UpdateOfferingFeatureResponse::Ok(decode(example)),
                400u16 => UpdateOfferingFeatureResponse::BadRequest(decode(example)),
                403u16 => UpdateOfferingFeatureResponse::Forbidden(decode(example)),
                404u16 => UpdateOfferingFeatureResponse::NotFound(decode(example)),
                409u16 => UpdateOfferingFeatureResponse::Conflict(decode(example)),
                500u16 => {
                    UpdateOfferingFeatureResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "UpdateOfferingFeature has no example of another status"
                    )
                }
            }
        }
    }

    fn delete_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingFeatureResponse> + Send {
        let example = preferred(&context.headers, "DeleteOfferingFeature", 31usize);
        async move {
            match example.status {
                204u16 => DeleteOfferingFeatureResponse::NoContent,
                400u16 => DeleteOfferingFeatureResponse::BadRequest(decode(example)),
                403u16 => DeleteOfferingFeatureResponse::Forbidden(decode(example)),
                _ => {
                    unreachable!(
                        "DeleteOfferingFeature has no example of another status"
                    )
                }
            }
        }
    }

    fn attach_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::AttachOfferingFeatureBody,
    ) -> impl ::std::future::Future<Output = AttachOfferingFeatureResponse> + Send {
        let example = preferred(&context.headers, "AttachOfferingFeature", 34usize);
        async move {
            match example.status {
                200u16 => AttachOfferingFeatureResponse::Ok(decode(example)),
                400u16 => AttachOfferingFeatureResponse::BadRequest(decode(example)),
                403u16 => AttachOfferingFeatureResponse::Forbidden(decode(example)),
                404u16 => AttachOfferingFeatureResponse::NotFound(decode(example)),
                500u16 => {
                    AttachOfferingFeatureResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "AttachOfferingFeature has no example of another status"
                    )
                }
            }
        }
    }

    fn list_offering_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: ListOfferingPricingOptionsQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingPricingOptionsResponse> + Send {
        let example = preferred(&context.headers, "ListOfferingPricingOptions", 39usize);
        async move {
            match example.status {
                200u16 => ListOfferingPricingOptionsResponse::Ok(decode(example)),
                404u16 => ListOfferingPricingOptionsResponse::NotFound(decode(example)),
                500u16 => {
                    ListOfferingPricingOptionsResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "ListOfferingPricingOptions has no example of another status"
                    )
                }
            }
        }
    }

    fn create_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::CreateOfferingPricingOptionBody,
    ) -> impl ::std::future::Future<
        Output = CreateOfferingPricingOptionResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "CreateOfferingPricingOption",
            42usize,
        );
        async move {
            match example.status {
                201u16 => CreateOfferingPricingOptionResponse::Created(decode(example)),
                400u16 => {
                    CreateOfferingPricingOptionResponse::BadRequest(decode(example))
                }
                403u16 => CreateOfferingPricingOptionResponse::Forbidden(decode(example)),
                404u16 => CreateOfferingPricingOptionResponse::NotFound(decode(example)),
                409u16 => CreateOfferingPricingOptionResponse::Conflict(decode(example)),
                500u16 => {
                    CreateOfferingPricingOptionResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "CreateOfferingPricingOption has no example of another status"
                    )
                }
            }
        }
    }

    fn get_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetOfferingPricingOptionResponse> + Send {
        let example = preferred(&context.headers, "GetOfferingPricingOption", 48usize);
        async move {
            match example.status {
                200u16 => GetOfferingPricingOptionResponse::Ok(decode(example)),
                400u16 => GetOfferingPricingOptionResponse::BadRequest(decode(example)),
                404u16 => GetOfferingPricingOptionResponse::NotFound(decode(example)),
                500u16 => {
                    GetOfferingPricingOptionResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "GetOfferingPricingOption has no example of another status"
                    )
                }
            }
        }
    }

    fn update_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingPricingOptionBody,
    ) -> impl ::std::future::Future<
        Output = UpdateOfferingPricingOptionResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "UpdateOfferingPricingOption",
            52usize,
        );
        async move {
            match example.status {
                200u16 => UpdateOfferingPricingOptionResponse::Ok(decode(example)),
                400u16 => {
                    UpdateOfferingPricingOptionResponse::BadRequest(decode(example))
                }
                403u16 => UpdateOfferingPricingOptionResponse::Forbidden(decode(example)),
                404u16 => UpdateOfferingPricingOptionResponse::NotFound(decode(example)),
                409u16 => UpdateOfferingPricingOptionResponse::Conflict(decode(example)),
                500u16 => {
                    UpdateOfferingPricingOptionResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "UpdateOfferingPricingOption has no example of another status"
                    )
                }
            }
        }
    }

    fn delete_offering_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = DeleteOfferingPricingOptionResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "DeleteOfferingPricingOption",
            58usize,
        );
        async move {
            match example.status {
                204u16 => DeleteOfferingPricingOptionResponse::NoContent,
                400u16 => {
                    DeleteOfferingPricingOptionResponse::BadRequest(decode(example))
                }
                403u16 => DeleteOfferingPricingOptionResponse::Forbidden(decode(example)),
                _ => {
                    unreachable!(
                        "DeleteOfferingPricingOption has no example of another status"
                    )
                }
            }
        }
    }

    fn list_offering_features(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: ListOfferingFeaturesQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingFeaturesResponse> + Send {
        let example = preferred(&context.headers, "ListOfferingFeatures", 61usize);
        async move {
            match example.status {
                200u16 => ListOfferingFeaturesResponse::Ok(decode(example)),
                404u16 => ListOfferingFeaturesResponse::NotFound(decode(example)),
                500u16 => {
                    ListOfferingFeaturesResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!("ListOfferingFeatures has no example of another status")
                }
            }
        }
    }

    fn create_offering_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::CreateOfferingFeatureBody,
    ) -> impl ::std::future::Future<Output = CreateOfferingFeatureResponse> + Send {
        let example = preferred(&context.headers, "CreateOfferingFeature", 64usize);
        async move {
            match example.status {
                201u16 => CreateOfferingFeatureResponse::Created(decode(example)),
                400u16 => CreateOfferingFeatureResponse::BadRequest(decode(example)),
                403u16 => CreateOfferingFeatureResponse::Forbidden(decode(example)),
                404u16 => CreateOfferingFeatureResponse::NotFound(decode(example)),
                409u16 => CreateOfferingFeatureResponse::Conflict(decode(example)),
                500u16 => {
                    CreateOfferingFeatureResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "CreateOfferingFeature has no example of another status"
                    )
                }
            }
        }
    }

    fn list_offering_plans(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        query: ListOfferingPlansQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingPlansResponse> + Send {
        let example = preferred(&context.headers, "ListOfferingPlans", 70usize);
        async move {
            match example.status {
                200u16 => ListOfferingPlansResponse::Ok(decode(example)),
                404u16 => ListOfferingPlansResponse::NotFound(decode(example)),
                500u16 => ListOfferingPlansResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListOfferingPlans has no example of another status"),
            }
        }
    }

    fn create_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        body: crate::types::CreateOfferingPlanBody,
    ) -> impl ::std::future::Future<Output = CreateOfferingPlanResponse> + Send {
        let example = preferred(&context.headers, "CreateOfferingPlan", 73usize);
        async move {
            match example.status {
                201u16 => CreateOfferingPlanResponse::Created(decode(example)),
                400u16 => CreateOfferingPlanResponse::BadRequest(decode(example)),
                403u16 => CreateOfferingPlanResponse::Forbidden(decode(example)),
                404u16 => CreateOfferingPlanResponse::NotFound(decode(example)),
                409u16 => CreateOfferingPlanResponse::Conflict(decode(example)),
                500u16 => {
                    CreateOfferingPlanResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("CreateOfferingPlan has no example of another status"),
            }
        }
    }

    fn get_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetOfferingPlanResponse> + Send {
        let example = preferred(&context.headers, "GetOfferingPlan", 79usize);
        async move {
            match example.status {
                200u16 => GetOfferingPlanResponse::Ok(decode(example)),
                400u16 => GetOfferingPlanResponse::BadRequest(decode(example)),
                404u16 => GetOfferingPlanResponse::NotFound(decode(example)),
                500u16 => GetOfferingPlanResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetOfferingPlan has no example of another status"),
            }
        }
    }

    fn update_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
        body: crate::types::UpdateOfferingPlanBody,
    ) -> impl ::std::future::Future<Output = UpdateOfferingPlanResponse> + Send {
        let example = preferred(&context.headers, "UpdateOfferingPlan", 83usize);
        async move {
            match example.status {
                200u16 => UpdateOfferingPlanResponse::Ok(decode(example)),
                400u16 => UpdateOfferingPlanResponse::BadRequest(decode(example)),
                403u16 => UpdateOfferingPlanResponse::Forbidden(decode(example)),
                404u16 => UpdateOfferingPlanResponse::NotFound(decode(example)),
                409u16 => UpdateOfferingPlanResponse::Conflict(decode(example)),
                500u16 => {
                    UpdateOfferingPlanResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("UpdateOfferingPlan has no example of another status"),
            }
        }
    }

    fn delete_offering_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteOfferingPlanResponse> + Send {
        let example = preferred(&context.headers, "DeleteOfferingPlan", 89usize);
        async move {
            match example.status {
                204u16 => DeleteOfferingPlanResponse::NoContent,
                400u16 => DeleteOfferingPlanResponse::BadRequest(decode(example)),
                403u16 => DeleteOfferingPlanResponse::Forbidden(decode(example)),
                _ => unreachable!("DeleteOfferingPlan has no example of another status"),
            }
        }
    }

    fn list_offering_plan_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = ListOfferingPlanPricingOptionsResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "ListOfferingPlanPricingOptions",
            92usize,
        );
        async move {
            match example.status {
                200u16 => ListOfferingPlanPricingOptionsResponse::Ok(decode(example)),
                404u16 => {
                    ListOfferingPlanPricingOptionsResponse::NotFound(decode(example))
                }
                500u16 => {
                    ListOfferingPlanPricingOptionsResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "ListOfferingPlanPricingOptions has no example of another status"
                    )
                }
            }
        }
    }

    fn add_offering_plan_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
        body: crate::types::RelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = AddOfferingPlanPricingOptionsResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "AddOfferingPlanPricingOptions",
            95usize,
        );
        async move {
            match example.status {
                200u16 => AddOfferingPlanPricingOptionsResponse::Ok(decode(example)),
                400u16 => {
                    AddOfferingPlanPricingOptionsResponse::BadRequest(decode(example))
                }
                403u16 => {
                    AddOfferingPlanPricingOptionsResponse::Forbidden(decode(example))
                }
                404u16 => {
                    AddOfferingPlanPricingOptionsResponse::NotFound(decode(example))
                }
                409u16 => {
                    AddOfferingPlanPricingOptionsResponse::Conflict(decode(example))
                }
                500u16 => {
                    AddOfferingPlanPricingOptionsResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "AddOfferingPlanPricingOptions has no example of another status"
                    )
                }
            }
        }
    }

    fn remove_offering_plan_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        offering_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
        body: crate::types::RelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = RemoveOfferingPlanPricingOptionsResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "RemoveOfferingPlanPricingOptions",
            101usize,
        );
        async move {
            match example.status {
                200u16 => RemoveOfferingPlanPricingOptionsResponse::Ok(decode(example)),
                400u16 => {
                    RemoveOfferingPlanPricingOptionsResponse::BadRequest(decode(example))
                }
                403u16 => {
                    RemoveOfferingPlanPricingOptionsResponse::Forbidden(decode(example))
                }
                404u16 => {
                    RemoveOfferingPlanPricingOptionsResponse::NotFound(decode(example))
                }
                409u16 => {
                    RemoveOfferingPlanPricingOptionsResponse::Conflict(decode(example))
                }
                500u16 => {
                    RemoveOfferingPlanPricingOptionsResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "RemoveOfferingPlanPricingOptions has no example of another status"
                    )
                }
            }
        }
    }

    fn list_subscriptions(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListSubscriptionsQuery,
    ) -> impl ::std::future::Future<Output = ListSubscriptionsResponse> + Send {
        let example = preferred(&context.headers, "ListSubscriptions", 107usize);
        async move {
            match example.status {
                200u16 => ListSubscriptionsResponse::Ok(decode(example)),
                400u16 => ListSubscriptionsResponse::BadRequest(decode(example)),
                500u16 => ListSubscriptionsResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListSubscriptions has no example of another status"),
            }
        }
    }

    fn create_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateSubscriptionQuery,
        body: crate::types::CreateSubscriptionBody,
    ) -> impl ::std::future::Future<Output = CreateSubscriptionResponse> + Send {
        let example = preferred(&context.headers, "CreateSubscription", 110usize);
        async move {
            match example.status {
                201u16 => CreateSubscriptionResponse::Created(decode(example)),
                400u16 => CreateSubscriptionResponse::BadRequest(decode(example)),
                500u16 => {
                    CreateSubscriptionResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("CreateSubscription has no example of another status"),
            }
        }
    }

    fn get_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        query: GetSubscriptionQuery,
    ) -> impl ::std::future::Future<Output = GetSubscriptionResponse> + Send {
        let example = preferred(&context.headers, "GetSubscription", 113usize);
        async move {
            match example.status {
                200u16 => GetSubscriptionResponse::Ok(decode(example)),
                400u16 => GetSubscriptionResponse::BadRequest(decode(example)),
                404u16 => GetSubscriptionResponse::NotFound(decode(example)),
                500u16 => GetSubscriptionResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetSubscription has no example of another status"),
            }
        }
    }

    fn update_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        body: crate::types::UpdateSubscriptionBody,
    ) -> impl ::std::future::Future<Output = UpdateSubscriptionResponse> + Send {
        let example = preferred(&context.headers, "UpdateSubscription", 117usize);
        async move {
            match example.status {
                200u16 => UpdateSubscriptionResponse::Ok(decode(example)),
                400u16 => UpdateSubscriptionResponse::BadRequest(decode(example)),
                403u16 => UpdateSubscriptionResponse::Forbidden(decode(example)),
                404u16 => UpdateSubscriptionResponse::NotFound(decode(example)),
                500u16 => {
                    UpdateSubscriptionResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("UpdateSubscription has no example of another status"),
            }
        }
    }

    fn delete_subscription(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteSubscriptionResponse> + Send {
        let example = preferred(&context.headers, "DeleteSubscription", 122usize);
        async move {
            match example.status {
                204u16 => DeleteSubscriptionResponse::NoContent,
                400u16 => DeleteSubscriptionResponse::BadRequest(decode(example)),
                404u16 => DeleteSubscriptionResponse::NotFound(decode(example)),
                500u16 => {
                    DeleteSubscriptionResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("DeleteSubscription has no example of another status"),
            }
        }
    }

    fn get_subscription_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionFeatureResponse> + Send {
        let example = preferred(&context.headers, "GetSubscriptionFeature", 126usize);
        async move {
            match example.status {
                200u16 => GetSubscriptionFeatureResponse::Ok(decode(example)),
                400u16 => GetSubscriptionFeatureResponse::BadRequest(decode(example)),
                404u16 => GetSubscriptionFeatureResponse::NotFound(decode(example)),
                500u16 => {
                    GetSubscriptionFeatureResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "GetSubscriptionFeature has no example of another status"
                    )
                }
            }
        }
    }

    fn get_subscription_plan(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        plan_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionPlanResponse> + Send {
        let example = preferred(&context.headers, "GetSubscriptionPlan", 130usize);
        async move {
            match example.status {
                200u16 => GetSubscriptionPlanResponse::Ok(decode(example)),
                400u16 => GetSubscriptionPlanResponse::BadRequest(decode(example)),
                404u16 => GetSubscriptionPlanResponse::NotFound(decode(example)),
                500u16 => {
                    GetSubscriptionPlanResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("GetSubscriptionPlan has no example of another status"),
            }
        }
    }

    fn get_subscription_pricing_option(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        pricing_option_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetSubscriptionPricingOptionResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "GetSubscriptionPricingOption",
            134usize,
        );
        async move {
            match example.status {
                200u16 => GetSubscriptionPricingOptionResponse::Ok(decode(example)),
                400u16 => {
                    GetSubscriptionPricingOptionResponse::BadRequest(decode(example))
                }
                404u16 => GetSubscriptionPricingOptionResponse::NotFound(decode(example)),
                500u16 => {
                    GetSubscriptionPricingOptionResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "GetSubscriptionPricingOption has no example of another status"
                    )
                }
            }
        }
    }

    fn list_subscription_features(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        query: ListSubscriptionFeaturesQuery,
    ) -> impl ::std::future::Future<Output = ListSubscriptionFeaturesResponse> + Send {
        let example = preferred(&context.headers, "ListSubscriptionFeatures", 138usize);
        async move {
            match example.status {
                200u16 => ListSubscriptionFeaturesResponse::Ok(decode(example)),
                404u16 => ListSubscriptionFeaturesResponse::NotFound(decode(example)),
                500u16 => {
                    ListSubscriptionFeaturesResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "ListSubscriptionFeatures has no example of another status"
                    )
                }
            }
        }
    }

    fn list_subscription_plans(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = ListSubscriptionPlansResponse> + Send {
        let example = preferred(&context.headers, "ListSubscriptionPlans", 141usize);
        async move {
            match example.status {
                200u16 => ListSubscriptionPlansResponse::Ok(decode(example)),
                400u16 => ListSubscriptionPlansResponse::BadRequest(decode(example)),
                404u16 => ListSubscriptionPlansResponse::NotFound(decode(example)),
                500u16 => {
                    ListSubscriptionPlansResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "ListSubscriptionPlans has no example of another status"
                    )
                }
            }
        }
    }

    fn manage_subscription_plans(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        body: crate::types::ManageSubscriptionPlansBody,
    ) -> impl ::std::future::Future<Output = ManageSubscriptionPlansResponse> + Send {
        let example = preferred(&context.headers, "ManageSubscriptionPlans", 145usize);
        async move {
            match example.status {
                204u16 => ManageSubscriptionPlansResponse::NoContent,
                400u16 => ManageSubscriptionPlansResponse::BadRequest(decode(example)),
                403u16 => ManageSubscriptionPlansResponse::Forbidden(decode(example)),
                404u16 => ManageSubscriptionPlansResponse::NotFound(decode(example)),
                500u16 => {
                    ManageSubscriptionPlansResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "ManageSubscriptionPlans has no example of another status"
                    )
                }
            }
        }
    }

    fn list_subscription_pricing_options(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = ListSubscriptionPricingOptionsResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "ListSubscriptionPricingOptions",
            150usize,
        );
        async move {
            match example.status {
                200u16 => ListSubscriptionPricingOptionsResponse::Ok(decode(example)),
                400u16 => {
                    ListSubscriptionPricingOptionsResponse::BadRequest(decode(example))
                }
                404u16 => {
                    ListSubscriptionPricingOptionsResponse::NotFound(decode(example))
                }
                500u16 => {
                    ListSubscriptionPricingOptionsResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "ListSubscriptionPricingOptions has no example of another status"
                    )
                }
            }
        }
    }

    fn list_subscription_states(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = ListSubscriptionStatesResponse> + Send {
        let example = preferred(&context.headers, "ListSubscriptionStates", 154usize);
        async move {
            match example.status {
                200u16 => ListSubscriptionStatesResponse::Ok(decode(example)),
                400u16 => ListSubscriptionStatesResponse::BadRequest(decode(example)),
                404u16 => ListSubscriptionStatesResponse::NotFound(decode(example)),
                500u16 => {
                    ListSubscriptionStatesResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "ListSubscriptionStates has no example of another status"
                    )
                }
            }
        }
    }

    fn create_subscription_state(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        body: crate::types::CreateSubscriptionStateBody,
    ) -> impl ::std::future::Future<Output = CreateSubscriptionStateResponse> + Send {
        let example = preferred(&context.headers, "CreateSubscriptionState", 158usize);
        async move {
            match example.status {
                204u16 => CreateSubscriptionStateResponse::NoContent,
                400u16 => CreateSubscriptionStateResponse::BadRequest(decode(example)),
                403u16 => CreateSubscriptionStateResponse::Forbidden(decode(example)),
                404u16 => CreateSubscriptionStateResponse::NotFound(decode(example)),
                422u16 => {
                    CreateSubscriptionStateResponse::UnprocessableContent(
                        decode(example),
                    )
                }
                500u16 => {
                    CreateSubscriptionStateResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "CreateSubscriptionState has no example of another status"
                    )
                }
            }
        }
    }

    fn get_subscription_state(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        state_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionStateResponse> + Send {
        let example = preferred(&context.headers, "GetSubscriptionState", 164usize);
        async move {
            match example.status {
                200u16 => GetSubscriptionStateResponse::Ok(decode(example)),
                400u16 => GetSubscriptionStateResponse::BadRequest(decode(example)),
                404u16 => GetSubscriptionStateResponse::NotFound(decode(example)),
                500u16 => {
                    GetSubscriptionStateResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!("GetSubscriptionState has no example of another status")
                }
            }
        }
    }

    fn list_jobs(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListJobsQuery,
    ) -> impl ::std::future::Future<Output = ListJobsResponse> + Send {
        let example = preferred(&context.headers, "ListJobs", 168usize);
        async move {
            match example.status {
                200u16 => ListJobsResponse::Ok(decode(example)),
                500u16 => ListJobsResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListJobs has no example of another status"),
            }
        }
    }

    fn create_job(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateJobQuery,
        body: crate::types::CreateJobBody,
    ) -> impl ::std::future::Future<Output = CreateJobResponse> + Send {
        let example = preferred(&context.headers, "CreateJob", 170usize);
        async move {
            match example.status {
                201u16 => CreateJobResponse::Created(decode(example)),
                400u16 => CreateJobResponse::BadRequest(decode(example)),
                409u16 => CreateJobResponse::Conflict(decode(example)),
                500u16 => CreateJobResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateJob has no example of another status"),
            }
        }
    }

    fn get_job(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        job_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetJobResponse> + Send {
        let example = preferred(&context.headers, "GetJob", 174usize);
        async move {
            match example.status {
                200u16 => GetJobResponse::Ok(decode(example)),
                400u16 => GetJobResponse::BadRequest(decode(example)),
                404u16 => GetJobResponse::NotFound(decode(example)),
                500u16 => GetJobResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetJob has no example of another status"),
            }
        }
    }

    fn delete_job(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        job_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteJobResponse> + Send {
        let example = preferred(&context.headers, "DeleteJob", 178usize);
        async move {
            match example.status {
                204u16 => DeleteJobResponse::NoContent,
                409u16 => DeleteJobResponse::Conflict(decode(example)),
                _ => unreachable!("DeleteJob has no example of another status"),
            }
        }
    }

    fn list_import_jobs(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListImportJobsQuery,
    ) -> impl ::std::future::Future<Output = ListImportJobsResponse> + Send {
        let example = preferred(&context.headers, "ListImportJobs", 180usize);
        async move {
            match example.status {
                200u16 => ListImportJobsResponse::Ok(decode(example)),
                500u16 => ListImportJobsResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListImportJobs has no example of another status"),
            }
        }
    }

    fn create_import(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateImportQuery,
        body: ::elasticpath_subscriptions_server::RawBody,
    ) -> impl ::std::future::Future<Output = CreateImportResponse> + Send {
        let example = preferred(&context.headers, "CreateImport", 182usize);
        async move {
            match example.status {
                201u16 => CreateImportResponse::Created(decode(example)),
                400u16 => CreateImportResponse::BadRequest(decode(example)),
                409u16 => CreateImportResponse::Conflict(decode(example)),
                500u16 => CreateImportResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateImport has no example of another status"),
            }
        }
    }

    fn get_import(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        import_uuid: ::uuid::Uuid,
        query: GetImportQuery,
    ) -> impl ::std::future::Future<Output = GetImportResponse> + Send {
        let example = preferred(&context.headers, "GetImport", 186usize);
        async move {
            match example.status {
                200u16 => GetImportResponse::Ok(decode(example)),
                400u16 => GetImportResponse::BadRequest(decode(example)),
                404u16 => GetImportResponse::NotFound(decode(example)),
                500u16 => GetImportResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetImport has no example of another status"),
            }
        }
    }

    fn get_import_errors(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        import_uuid: ::uuid::Uuid,
        query: GetImportErrorsQuery,
    ) -> impl ::std::future::Future<Output = GetImportErrorsResponse> + Send {
        let example = preferred(&context.headers, "GetImportErrors", 190usize);
        async move {
            match example.status {
                200u16 => GetImportErrorsResponse::Ok(decode(example)),
                404u16 => GetImportErrorsResponse::NotFound(decode(example)),
                500u16 => GetImportErrorsResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetImportErrors has no example of another status"),
            }
        }
    }

    fn list_subscription_invoices(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        query: ListSubscriptionInvoicesQuery,
    ) -> impl ::std::future::Future<Output = ListSubscriptionInvoicesResponse> + Send {
        let example = preferred(&context.headers, "ListSubscriptionInvoices", 193usize);
        async move {
            match example.status {
                200u16 => ListSubscriptionInvoicesResponse::Ok(decode(example)),
                500u16 => {
                    ListSubscriptionInvoicesResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "ListSubscriptionInvoices has no example of another status"
                    )
                }
            }
        }
    }

    fn list_subscription_invoice_payments(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        invoice_uuid: ::uuid::Uuid,
        query: ListSubscriptionInvoicePaymentsQuery,
    ) -> impl ::std::future::Future<
        Output = ListSubscriptionInvoicePaymentsResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "ListSubscriptionInvoicePayments",
            195usize,
        );
        async move {
            match example.status {
                200u16 => ListSubscriptionInvoicePaymentsResponse::Ok(decode(example)),
                _ => {
                    unreachable!(
                        "ListSubscriptionInvoicePayments has no example of another status"
                    )
                }
            }
        }
    }

    fn get_subscription_invoice_payment(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetSubscriptionInvoicePaymentResponse,
    > + Send {
        let example = preferred(
            &context.headers,
            "GetSubscriptionInvoicePayment",
            196usize,
        );
        async move {
            match example.status {
                200u16 => GetSubscriptionInvoicePaymentResponse::Ok(decode(example)),
                404u16 => {
                    GetSubscriptionInvoicePaymentResponse::NotFound(decode(example))
                }
                _ => {
                    unreachable!(
                        "GetSubscriptionInvoicePayment has no example of another status"
                    )
                }
            }
        }
    }

    fn get_subscription_invoice(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscription_uuid: ::uuid::Uuid,
        invoice_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriptionInvoiceResponse> + Send {
        let example = preferred(&context.headers, "GetSubscriptionInvoice", 198usize);
        async move {
            match example.status {
                200u16 => GetSubscriptionInvoiceResponse::Ok(decode(example)),
                404u16 => GetSubscriptionInvoiceResponse::NotFound(decode(example)),
                500u16 => {
                    GetSubscriptionInvoiceResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "GetSubscriptionInvoice has no example of another status"
                    )
                }
            }
        }
    }

    fn list_invoices(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListInvoicesQuery,
    ) -> impl ::std::future::Future<Output = ListInvoicesResponse> + Send {
        let example = preferred(&context.headers, "ListInvoices", 201usize);
        async move {
            match example.status {
                200u16 => ListInvoicesResponse::Ok(decode(example)),
                400u16 => ListInvoicesResponse::BadRequest(decode(example)),
                500u16 => ListInvoicesResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListInvoices has no example of another status"),
            }
        }
    }

    fn get_invoice(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetInvoiceResponse> + Send {
        let example = preferred(&context.headers, "GetInvoice", 204usize);
        async move {
            match example.status {
                200u16 => GetInvoiceResponse::Ok(decode(example)),
                400u16 => GetInvoiceResponse::BadRequest(decode(example)),
                404u16 => GetInvoiceResponse::NotFound(decode(example)),
                500u16 => GetInvoiceResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetInvoice has no example of another status"),
            }
        }
    }

    fn list_invoice_payments(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        query: ListInvoicePaymentsQuery,
    ) -> impl ::std::future::Future<Output = ListInvoicePaymentsResponse> + Send {
        let example = preferred(&context.headers, "ListInvoicePayments", 208usize);
        async move {
            match example.status {
                200u16 => ListInvoicePaymentsResponse::Ok(decode(example)),
                _ => unreachable!("ListInvoicePayments has no example of another status"),
            }
        }
    }

    fn get_invoice_payment(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetInvoicePaymentResponse> + Send {
        let example = preferred(&context.headers, "GetInvoicePayment", 209usize);
        async move {
            match example.status {
                200u16 => GetInvoicePaymentResponse::Ok(decode(example)),
                404u16 => GetInvoicePaymentResponse::NotFound(decode(example)),
                _ => unreachable!("GetInvoicePayment has no example of another status"),
            }
        }
    }

    fn update_invoice_payment(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        body: crate::types::UpdateInvoicePaymentBody,
    ) -> impl ::std::future::Future<Output = UpdateInvoicePaymentResponse> + Send {
        let example = preferred(&context.headers, "UpdateInvoicePayment", 211usize);
        async move {
            match example.status {
                200u16 => UpdateInvoicePaymentResponse::Ok(decode(example)),
                400u16 => UpdateInvoicePaymentResponse::BadRequest(decode(example)),
                404u16 => UpdateInvoicePaymentResponse::NotFound(decode(example)),
                409u16 => UpdateInvoicePaymentResponse::Conflict(decode(example)),
                500u16 => {
                    UpdateInvoicePaymentResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!("UpdateInvoicePayment has no example of another status")
                }
            }
        }
    }

    fn list_invoice_payment_refunds(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        query: ListInvoicePaymentRefundsQuery,
    ) -> impl ::std::future::Future<Output = ListInvoicePaymentRefundsResponse> + Send {
        let example = preferred(&context.headers, "ListInvoicePaymentRefunds", 216usize);
        async move {
            match example.status {
                200u16 => ListInvoicePaymentRefundsResponse::Ok(decode(example)),
                400u16 => ListInvoicePaymentRefundsResponse::BadRequest(decode(example)),
                500u16 => {
                    ListInvoicePaymentRefundsResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "ListInvoicePaymentRefunds has no example of another status"
                    )
                }
            }
        }
    }

    fn create_invoice_payment_refund(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        body: crate::types::CreateInvoicePaymentRefundBody,
    ) -> impl ::std::future::Future<Output = CreateInvoicePaymentRefundResponse> + Send {
        let example = preferred(
            &context.headers,
            "CreateInvoicePaymentRefund",
            219usize,
        );
        async move {
            match example.status {
                201u16 => CreateInvoicePaymentRefundResponse::Created(decode(example)),
                400u16 => CreateInvoicePaymentRefundResponse::BadRequest(decode(example)),
                404u16 => CreateInvoicePaymentRefundResponse::NotFound(decode(example)),
                422u16 => {
                    CreateInvoicePaymentRefundResponse::UnprocessableContent(
                        decode(example),
                    )
                }
                500u16 => {
                    CreateInvoicePaymentRefundResponse::InternalServerError(
                        decode(example),
                    )
                }
                _ => {
                    unreachable!(
                        "CreateInvoicePaymentRefund has no example of another status"
                    )
                }
            }
        }
    }

    fn get_invoice_payment_refund(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        invoice_uuid: ::uuid::Uuid,
        payment_uuid: ::uuid::Uuid,
        refund_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetInvoicePaymentRefundResponse> + Send {
        let example = preferred(&context.headers, "GetInvoicePaymentRefund", 224usize);
        async move {
            match example.status {
                200u16 => GetInvoicePaymentRefundResponse::Ok(decode(example)),
                400u16 => GetInvoicePaymentRefundResponse::BadRequest(decode(example)),
                404u16 => GetInvoicePaymentRefundResponse::NotFound(decode(example)),
                500u16 => {
                    GetInvoicePaymentRefundResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "GetInvoicePaymentRefund has no example of another status"
                    )
                }
            }
        }
    }

    fn list_schedules(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListSchedulesQuery,
    ) -> impl ::std::future::Future<Output = ListSchedulesResponse> + Send {
        let example = preferred(&context.headers, "ListSchedules", 228usize);
        async move {
            match example.status {
                200u16 => ListSchedulesResponse::Ok(decode(example)),
                400u16 => ListSchedulesResponse::BadRequest(decode(example)),
                500u16 => ListSchedulesResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListSchedules has no example of another status"),
            }
        }
    }

    fn create_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateScheduleQuery,
        body: crate::types::CreateScheduleBody,
    ) -> impl ::std::future::Future<Output = CreateScheduleResponse> + Send {
        let example = preferred(&context.headers, "CreateSchedule", 231usize);
        async move {
            match example.status {
                201u16 => CreateScheduleResponse::Created(decode(example)),
                400u16 => CreateScheduleResponse::BadRequest(decode(example)),
                500u16 => CreateScheduleResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateSchedule has no example of another status"),
            }
        }
    }

    fn get_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        schedule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetScheduleResponse> + Send {
        let example = preferred(&context.headers, "GetSchedule", 234usize);
        async move {
            match example.status {
                200u16 => GetScheduleResponse::Ok(decode(example)),
                400u16 => GetScheduleResponse::BadRequest(decode(example)),
                404u16 => GetScheduleResponse::NotFound(decode(example)),
                500u16 => GetScheduleResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetSchedule has no example of another status"),
            }
        }
    }

    fn update_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        schedule_uuid: ::uuid::Uuid,
        body: crate::types::UpdateScheduleBody,
    ) -> impl ::std::future::Future<Output = UpdateScheduleResponse> + Send {
        let example = preferred(&context.headers, "UpdateSchedule", 238usize);
        async move {
            match example.status {
                200u16 => UpdateScheduleResponse::Ok(decode(example)),
                400u16 => UpdateScheduleResponse::BadRequest(decode(example)),
                403u16 => UpdateScheduleResponse::Forbidden(decode(example)),
                404u16 => UpdateScheduleResponse::NotFound(decode(example)),
                409u16 => UpdateScheduleResponse::Conflict(decode(example)),
                500u16 => UpdateScheduleResponse::InternalServerError(decode(example)),
                _ => unreachable!("UpdateSchedule has no example of another status"),
            }
        }
    }

    fn delete_schedule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        schedule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteScheduleResponse> + Send {
        let example = preferred(&context.headers, "DeleteSchedule", 244usize);
        async move {
            match example.status {
                204u16 => DeleteScheduleResponse::NoContent,
                400u16 => DeleteScheduleResponse::BadRequest(decode(example)),
                500u16 => DeleteScheduleResponse::InternalServerError(decode(example)),
                _ => unreachable!("DeleteSchedule has no example of another status"),
            }
        }
    }

    fn list_subscribers(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListSubscribersQuery,
    ) -> impl ::std::future::Future<Output = ListSubscribersResponse> + Send {
        let example = preferred(&context.headers, "ListSubscribers", 247usize);
        async move {
            match example.status {
                200u16 => ListSubscribersResponse::Ok(decode(example)),
                400u16 => ListSubscribersResponse::BadRequest(decode(example)),
                500u16 => ListSubscribersResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListSubscribers has no example of another status"),
            }
        }
    }

    fn create_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateSubscriberQuery,
        body: crate::types::CreateSubscriberBody,
    ) -> impl ::std::future::Future<Output = CreateSubscriberResponse> + Send {
        let example = preferred(&context.headers, "CreateSubscriber", 250usize);
        async move {
            match example.status {
                201u16 => CreateSubscriberResponse::Created(decode(example)),
                400u16 => CreateSubscriberResponse::BadRequest(decode(example)),
                500u16 => CreateSubscriberResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateSubscriber has no example of another status"),
            }
        }
    }

    fn get_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscriber_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetSubscriberResponse> + Send {
        let example = preferred(&context.headers, "GetSubscriber", 253usize);
        async move {
            match example.status {
                200u16 => GetSubscriberResponse::Ok(decode(example)),
                400u16 => GetSubscriberResponse::BadRequest(decode(example)),
                404u16 => GetSubscriberResponse::NotFound(decode(example)),
                500u16 => GetSubscriberResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetSubscriber has no example of another status"),
            }
        }
    }

    fn update_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscriber_uuid: ::uuid::Uuid,
        body: crate::types::UpdateSubscriberBody,
    ) -> impl ::std::future::Future<Output = UpdateSubscriberResponse> + Send {
        let example = preferred(&context.headers, "UpdateSubscriber", 257usize);
        async move {
            match example.status {
                200u16 => UpdateSubscriberResponse::Ok(decode(example)),
                400u16 => UpdateSubscriberResponse::BadRequest(decode(example)),
                403u16 => UpdateSubscriberResponse::Forbidden(decode(example)),
                404u16 => UpdateSubscriberResponse::NotFound(decode(example)),
                409u16 => UpdateSubscriberResponse::Conflict(decode(example)),
                500u16 => UpdateSubscriberResponse::InternalServerError(decode(example)),
                _ => unreachable!("UpdateSubscriber has no example of another status"),
            }
        }
    }

    fn delete_subscriber(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        subscriber_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteSubscriberResponse> + Send {
        let example = preferred(&context.headers, "DeleteSubscriber", 263usize);
        async move {
            match example.status {
                204u16 => DeleteSubscriberResponse::NoContent,
                400u16 => DeleteSubscriberResponse::BadRequest(decode(example)),
                500u16 => DeleteSubscriberResponse::InternalServerError(decode(example)),
                _ => unreachable!("DeleteSubscriber has no example of another status"),
            }
        }
    }

    fn list_dunning_rules(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListDunningRulesQuery,
    ) -> impl ::std::future::Future<Output = ListDunningRulesResponse> + Send {
        let example = preferred(&context.headers, "ListDunningRules", 266usize);
        async move {
            match example.status {
                200u16 => ListDunningRulesResponse::Ok(decode(example)),
                400u16 => ListDunningRulesResponse::BadRequest(decode(example)),
                500u16 => ListDunningRulesResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListDunningRules has no example of another status"),
            }
        }
    }

    fn create_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        body: crate::types::CreateDunningRuleBody,
    ) -> impl ::std::future::Future<Output = CreateDunningRuleResponse> + Send {
        let example = preferred(&context.headers, "CreateDunningRule", 269usize);
        async move {
            match example.status {
                201u16 => CreateDunningRuleResponse::Created(decode(example)),
                400u16 => CreateDunningRuleResponse::BadRequest(decode(example)),
                500u16 => CreateDunningRuleResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateDunningRule has no example of another status"),
            }
        }
    }

    fn get_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        dunning_rule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetDunningRuleResponse> + Send {
        let example = preferred(&context.headers, "GetDunningRule", 272usize);
        async move {
            match example.status {
                200u16 => GetDunningRuleResponse::Ok(decode(example)),
                400u16 => GetDunningRuleResponse::BadRequest(decode(example)),
                404u16 => GetDunningRuleResponse::NotFound(decode(example)),
                500u16 => GetDunningRuleResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetDunningRule has no example of another status"),
            }
        }
    }

    fn update_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        dunning_rule_uuid: ::uuid::Uuid,
        body: crate::types::UpdateDunningRuleBody,
    ) -> impl ::std::future::Future<Output = UpdateDunningRuleResponse> + Send {
        let example = preferred(&context.headers, "UpdateDunningRule", 276usize);
        async move {
            match example.status {
                200u16 => UpdateDunningRuleResponse::Ok(decode(example)),
                400u16 => UpdateDunningRuleResponse::BadRequest(decode(example)),
                403u16 => UpdateDunningRuleResponse::Forbidden(decode(example)),
                404u16 => UpdateDunningRuleResponse::NotFound(decode(example)),
                409u16 => UpdateDunningRuleResponse::Conflict(decode(example)),
                500u16 => UpdateDunningRuleResponse::InternalServerError(decode(example)),
                _ => unreachable!("UpdateDunningRule has no example of another status"),
            }
        }
    }

    fn delete_dunning_rule(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        dunning_rule_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteDunningRuleResponse> + Send {
        let example = preferred(&context.headers, "DeleteDunningRule", 282usize);
        async move {
            match example.status {
                204u16 => DeleteDunningRuleResponse::NoContent,
                400u16 => DeleteDunningRuleResponse::BadRequest(decode(example)),
                500u16 => DeleteDunningRuleResponse::InternalServerError(decode(example)),
                _ => unreachable!("DeleteDunningRule has no example of another status"),
            }
        }
    }

    fn list_proration_policies(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListProrationPoliciesQuery,
    ) -> impl ::std::future::Future<Output = ListProrationPoliciesResponse> + Send {
        let example = preferred(&context.headers, "ListProrationPolicies", 285usize);
        async move {
            match example.status {
                200u16 => ListProrationPoliciesResponse::Ok(decode(example)),
                400u16 => ListProrationPoliciesResponse::BadRequest(decode(example)),
                500u16 => {
                    ListProrationPoliciesResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "ListProrationPolicies has no example of another status"
                    )
                }
            }
        }
    }

    fn create_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        body: crate::types::CreateProrationPolicyBody,
    ) -> impl ::std::future::Future<Output = CreateProrationPolicyResponse> + Send {
        let example = preferred(&context.headers, "CreateProrationPolicy", 288usize);
        async move {
            match example.status {
                201u16 => CreateProrationPolicyResponse::Created(decode(example)),
                400u16 => CreateProrationPolicyResponse::BadRequest(decode(example)),
                500u16 => {
                    CreateProrationPolicyResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "CreateProrationPolicy has no example of another status"
                    )
                }
            }
        }
    }

    fn get_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        proration_policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetProrationPolicyResponse> + Send {
        let example = preferred(&context.headers, "GetProrationPolicy", 291usize);
        async move {
            match example.status {
                200u16 => GetProrationPolicyResponse::Ok(decode(example)),
                400u16 => GetProrationPolicyResponse::BadRequest(decode(example)),
                404u16 => GetProrationPolicyResponse::NotFound(decode(example)),
                500u16 => {
                    GetProrationPolicyResponse::InternalServerError(decode(example))
                }
                _ => unreachable!("GetProrationPolicy has no example of another status"),
            }
        }
    }

    fn update_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        proration_policy_uuid: ::uuid::Uuid,
        body: crate::types::UpdateProrationPolicyBody,
    ) -> impl ::std::future::Future<Output = UpdateProrationPolicyResponse> + Send {
        let example = preferred(&context.headers, "UpdateProrationPolicy", 295usize);
        async move {
            match example.status {
                200u16 => UpdateProrationPolicyResponse::Ok(decode(example)),
                400u16 => UpdateProrationPolicyResponse::BadRequest(decode(example)),
                403u16 => UpdateProrationPolicyResponse::Forbidden(decode(example)),
                404u16 => UpdateProrationPolicyResponse::NotFound(decode(example)),
                409u16 => UpdateProrationPolicyResponse::Conflict(decode(example)),
                _ => {
                    unreachable!(
                        "UpdateProrationPolicy has no example of another status"
                    )
                }
            }
        }
    }

    fn delete_proration_policy(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        proration_policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteProrationPolicyResponse> + Send {
        let example = preferred(&context.headers, "DeleteProrationPolicy", 300usize);
        async move {
            match example.status {
                204u16 => DeleteProrationPolicyResponse::NoContent,
                400u16 => DeleteProrationPolicyResponse::BadRequest(decode(example)),
                500u16 => {
                    DeleteProrationPolicyResponse::InternalServerError(decode(example))
                }
                _ => {
                    unreachable!(
                        "DeleteProrationPolicy has no example of another status"
                    )
                }
            }
        }
    }

    fn list_features(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: ListFeaturesQuery,
    ) -> impl ::std::future::Future<Output = ListFeaturesResponse> + Send {
        let example = preferred(&context.headers, "ListFeatures", 303usize);
        async move {
            match example.status {
                200u16 => ListFeaturesResponse::Ok(decode(example)),
                400u16 => ListFeaturesResponse::BadRequest(decode(example)),
                500u16 => ListFeaturesResponse::InternalServerError(decode(example)),
                _ => unreachable!("ListFeatures has no example of another status"),
            }
        }
    }

    fn create_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        query: CreateFeatureQuery,
        body: crate::types::CreateFeatureBody,
    ) -> impl ::std::future::Future<Output = CreateFeatureResponse> + Send {
        let example = preferred(&context.headers, "CreateFeature", 306usize);
        async move {
            match example.status {
                201u16 => CreateFeatureResponse::Created(decode(example)),
                400u16 => CreateFeatureResponse::BadRequest(decode(example)),
                500u16 => CreateFeatureResponse::InternalServerError(decode(example)),
                _ => unreachable!("CreateFeature has no example of another status"),
            }
        }
    }

    fn get_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetFeatureResponse> + Send {
        let example = preferred(&context.headers, "GetFeature", 309usize);
        async move {
            match example.status {
                200u16 => GetFeatureResponse::Ok(decode(example)),
                400u16 => GetFeatureResponse::BadRequest(decode(example)),
                404u16 => GetFeatureResponse::NotFound(decode(example)),
                500u16 => GetFeatureResponse::InternalServerError(decode(example)),
                _ => unreachable!("GetFeature has no example of another status"),
            }
        }
    }

    fn update_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        feature_uuid: ::uuid::Uuid,
        body: crate::types::UpdateFeatureBody,
    ) -> impl ::std::future::Future<Output = UpdateFeatureResponse> + Send {
        let example = preferred(&context.headers, "UpdateFeature", 313usize);
        async move {
            match example.status {
                200u16 => UpdateFeatureResponse::Ok(decode(example)),
                400u16 => UpdateFeatureResponse::BadRequest(decode(example)),
                403u16 => UpdateFeatureResponse::Forbidden(decode(example)),
                404u16 => UpdateFeatureResponse::NotFound(decode(example)),
                409u16 => UpdateFeatureResponse::Conflict(decode(example)),
                500u16 => UpdateFeatureResponse::InternalServerError(decode(example)),
                _ => unreachable!("UpdateFeature has no example of another status"),
            }
        }
    }

    fn delete_feature(
        &self,
        context: ::elasticpath_subscriptions_server::RequestContext,
        feature_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = DeleteFeatureResponse> + Send {
        let example = preferred(&context.headers, "DeleteFeature", 319usize);
        async move {
            match example.status {
                204u16 => DeleteFeatureResponse::NoContent,
                500u16 => DeleteFeatureResponse::InternalServerError(decode(example)),
                _ => unreachable!("DeleteFeature has no example of another status"),
            }
        }
    }
}

/// A value of `T` from its JSON.
fn value<T: ::serde::de::DeserializeOwned>(
    json: &str,
) -> ::std::result::Result<T, ::std::string::String> {
    ::serde_json::from_str(json).map_err(|e| format!("{json} does not decode: {e}"))
}

/// The status and the JSON body of an answer (`null` without one).
async fn outcome<T, E: ::serde::Serialize + ::std::fmt::Debug>(
    result: ::std::result::Result<
        ::progenitor_client::ResponseValue<T>,
        ::progenitor_client::Error<E>,
    >,
    body: impl FnOnce(T) -> ::serde_json::Value,
) -> ::std::result::Result<(u16, ::serde_json::Value), ::std::string::String> {
    match result {
        Ok(answer) => Ok((answer.status().as_u16(), body(answer.into_inner()))),
        Err(::progenitor_client::Error::ErrorResponse(answer)) => {
            let status = answer.status().as_u16();
            Ok((
                status,
                ::serde_json::to_value(answer.into_inner()).map_err(|e| e.to_string())?,
            ))
        }
        Err(::progenitor_client::Error::UnexpectedResponse(answer)) => {
            let status = answer.status().as_u16();
            let text = answer.text().await.map_err(|e| e.to_string())?;
            Ok((
                status,
                ::serde_json::from_str(&text)
                    .unwrap_or(::serde_json::Value::String(text)),
            ))
        }
        Err(e) => Err(e.to_string()),
    }
}

/// Calls `operation` through the client, with its parameters' and
/// body's examples (or values made from their schemas): the status
/// and the JSON body of the answer.
pub async fn call(
    client: &super::client::Client,
    operation: &str,
) -> ::std::result::Result<(u16, ::serde_json::Value), ::std::string::String> {
    match operation {
        "ListOfferings" => {
            outcome(
                    client
                        .list_offerings()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .include(
                            value::<
                                ::std::vec::Vec<types::ListOfferingsIncludeItem>,
                            >(r#"["plans","pricing_options"]"#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateOffering" => {
            outcome(
                    client
                        .create_offering()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            value::<
                                types::CreateOfferingBody,
                            >(
                                r#"{"data":{"type":"subscription_offering","attributes":{"name":"Magazine"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "BuildOffering" => {
            outcome(
                    client
                        .build_offering()
                        .body(
                            value::<
                                types::BuildOfferingBody,
                            >(
                                r#"{"data":{"name":"Magazine","plans":[{"name":"Magazine"}],"pricing_options":[{"name":"Monthly","billing_interval_type":"day","billing_frequency":1,"plan_length":12,"end_behavior":"close","can_pause":false,"can_resume":false,"can_cancel":false}]}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetOffering" => {
            outcome(
                    client
                        .get_offering()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .include(
                            value::<
                                ::std::vec::Vec<types::GetOfferingIncludeItem>,
                            >(r#"["plans","pricing_options"]"#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateOffering" => {
            outcome(
                    client
                        .update_offering()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateOfferingBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_offering","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteOffering" => {
            outcome(
                    client
                        .delete_offering()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "GetOfferingFeature" => {
            outcome(
                    client
                        .get_offering_feature()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateOfferingFeature" => {
            outcome(
                    client
                        .update_offering_feature()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateOfferingFeatureBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_offering_feature","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteOfferingFeature" => {
            outcome(
                    client
                        .delete_offering_feature()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "AttachOfferingFeature" => {
            outcome(
                    client
                        .attach_offering_feature()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::AttachOfferingFeatureBody,
                            >(
                                r#"{"data":{"features":["00000000-0000-4000-8000-000000000001"]}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListOfferingPricingOptions" => {
            outcome(
                    client
                        .list_offering_pricing_options()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateOfferingPricingOption" => {
            outcome(
                    client
                        .create_offering_pricing_option()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::CreateOfferingPricingOptionBody,
                            >(
                                r#"{"data":{"type":"subscription_offering_pricing_option","attributes":{"name":"Monthly","billing_interval_type":"day","billing_frequency":1,"plan_length":12,"end_behavior":"close","can_pause":false,"can_resume":false,"can_cancel":false}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetOfferingPricingOption" => {
            outcome(
                    client
                        .get_offering_pricing_option()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .pricing_option_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateOfferingPricingOption" => {
            outcome(
                    client
                        .update_offering_pricing_option()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .pricing_option_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateOfferingPricingOptionBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_offering_pricing_option","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteOfferingPricingOption" => {
            outcome(
                    client
                        .delete_offering_pricing_option()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .pricing_option_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListOfferingFeatures" => {
            outcome(
                    client
                        .list_offering_features()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateOfferingFeature" => {
            outcome(
                    client
                        .create_offering_feature()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::CreateOfferingFeatureBody,
                            >(
                                r#"{"data":{"type":"subscription_offering_feature","attributes":{"name":"Digital library access","configuration":{"type":"access","tag":"digital_library_access"}}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListOfferingPlans" => {
            outcome(
                    client
                        .list_offering_plans()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateOfferingPlan" => {
            outcome(
                    client
                        .create_offering_plan()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::CreateOfferingPlanBody,
                            >(
                                r#"{"data":{"type":"subscription_offering_plan","attributes":{"name":"Magazine"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetOfferingPlan" => {
            outcome(
                    client
                        .get_offering_plan()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateOfferingPlan" => {
            outcome(
                    client
                        .update_offering_plan()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateOfferingPlanBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_offering_plan","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteOfferingPlan" => {
            outcome(
                    client
                        .delete_offering_plan()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListOfferingPlanPricingOptions" => {
            outcome(
                    client
                        .list_offering_plan_pricing_options()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "AddOfferingPlanPricingOptions" => {
            outcome(
                    client
                        .add_offering_plan_pricing_options()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(value::<types::RelationshipsRequest>(r#"{"data":[]}"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "RemoveOfferingPlanPricingOptions" => {
            outcome(
                    client
                        .remove_offering_plan_pricing_options()
                        .offering_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(value::<types::RelationshipsRequest>(r#"{"data":[]}"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSubscriptions" => {
            outcome(
                    client
                        .list_subscriptions()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .include(
                            value::<
                                ::std::vec::Vec<types::ListSubscriptionsIncludeItem>,
                            >(r#"["plans","pricing_options"]"#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateSubscription" => {
            outcome(
                    client
                        .create_subscription()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            value::<
                                types::CreateSubscriptionBody,
                            >(
                                r#"{"data":{"account_id":"00000000-0000-4000-8000-000000000001","currency":"USD","name":"Albert Einstein","email":"someone@example.com","manual_payments":false}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSubscription" => {
            outcome(
                    client
                        .get_subscription()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .include(
                            value::<
                                ::std::vec::Vec<types::GetSubscriptionIncludeItem>,
                            >(r#"["plans","pricing_options"]"#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateSubscription" => {
            outcome(
                    client
                        .update_subscription()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateSubscriptionBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteSubscription" => {
            outcome(
                    client
                        .delete_subscription()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "GetSubscriptionFeature" => {
            outcome(
                    client
                        .get_subscription_feature()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSubscriptionPlan" => {
            outcome(
                    client
                        .get_subscription_plan()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .plan_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSubscriptionPricingOption" => {
            outcome(
                    client
                        .get_subscription_pricing_option()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .pricing_option_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSubscriptionFeatures" => {
            outcome(
                    client
                        .list_subscription_features()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSubscriptionPlans" => {
            outcome(
                    client
                        .list_subscription_plans()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ManageSubscriptionPlans" => {
            outcome(
                    client
                        .manage_subscription_plans()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::ManageSubscriptionPlansBody,
                            >(r#"{"data":[]}"#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListSubscriptionPricingOptions" => {
            outcome(
                    client
                        .list_subscription_pricing_options()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSubscriptionStates" => {
            outcome(
                    client
                        .list_subscription_states()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateSubscriptionState" => {
            outcome(
                    client
                        .create_subscription_state()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::CreateSubscriptionStateBody,
                            >(
                                r#"{"data":{"type":"subscription_state","attributes":{"action":"cancel"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "GetSubscriptionState" => {
            outcome(
                    client
                        .get_subscription_state()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .state_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListJobs" => {
            outcome(
                    client
                        .list_jobs()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateJob" => {
            outcome(
                    client
                        .create_job()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            value::<
                                types::CreateJobBody,
                            >(
                                r#"{"data":{"type":"subscription_job","attributes":{"job_type":"billing-run"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetJob" => {
            outcome(
                    client
                        .get_job()
                        .job_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteJob" => {
            outcome(
                    client
                        .delete_job()
                        .job_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListImportJobs" => {
            outcome(
                    client
                        .list_import_jobs()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateImport" => {
            outcome(
                    client
                        .create_import()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            ::reqwest::multipart::Form::new()
                                .part(
                                    "import_file",
                                    ::reqwest::multipart::Part::bytes(b"{}\n".to_vec())
                                        .file_name("import_file"),
                                ),
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetImport" => {
            outcome(
                    client
                        .get_import()
                        .import_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetImportErrors" => {
            outcome(
                    client
                        .get_import_errors()
                        .import_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSubscriptionInvoices" => {
            outcome(
                    client
                        .list_subscription_invoices()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSubscriptionInvoicePayments" => {
            outcome(
                    client
                        .list_subscription_invoice_payments()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSubscriptionInvoicePayment" => {
            outcome(
                    client
                        .get_subscription_invoice_payment()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .payment_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSubscriptionInvoice" => {
            outcome(
                    client
                        .get_subscription_invoice()
                        .subscription_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListInvoices" => {
            outcome(
                    client
                        .list_invoices()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetInvoice" => {
            outcome(
                    client
                        .get_invoice()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListInvoicePayments" => {
            outcome(
                    client
                        .list_invoice_payments()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetInvoicePayment" => {
            outcome(
                    client
                        .get_invoice_payment()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .payment_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateInvoicePayment" => {
            outcome(
                    client
                        .update_invoice_payment()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .payment_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateInvoicePaymentBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_invoice_payment","attributes":{"success":false}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListInvoicePaymentRefunds" => {
            outcome(
                    client
                        .list_invoice_payment_refunds()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .payment_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateInvoicePaymentRefund" => {
            outcome(
                    client
                        .create_invoice_payment_refund()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .payment_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::CreateInvoicePaymentRefundBody,
                            >(
                                r#"{"data":{"type":"subscription_invoice_payment_refund","attributes":{"amount":100,"reason":"Customer requested cancellation"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetInvoicePaymentRefund" => {
            outcome(
                    client
                        .get_invoice_payment_refund()
                        .invoice_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .payment_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .refund_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "ListSchedules" => {
            outcome(
                    client
                        .list_schedules()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateSchedule" => {
            outcome(
                    client
                        .create_schedule()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            value::<
                                types::CreateScheduleBody,
                            >(
                                r#"{"data":{"type":"subscription_schedule","attributes":{"specification":"30 0 * * *","location":"Europe/London","job":{"job_type":"billing-run"}}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSchedule" => {
            outcome(
                    client
                        .get_schedule()
                        .schedule_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateSchedule" => {
            outcome(
                    client
                        .update_schedule()
                        .schedule_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateScheduleBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_schedule","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteSchedule" => {
            outcome(
                    client
                        .delete_schedule()
                        .schedule_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListSubscribers" => {
            outcome(
                    client
                        .list_subscribers()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateSubscriber" => {
            outcome(
                    client
                        .create_subscriber()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            value::<
                                types::CreateSubscriberBody,
                            >(
                                r#"{"data":{"type":"subscription_subscriber","attributes":{"name":"John Doe","email":"someone@example.com","account_id":"00000000-0000-4000-8000-000000000001"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetSubscriber" => {
            outcome(
                    client
                        .get_subscriber()
                        .subscriber_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateSubscriber" => {
            outcome(
                    client
                        .update_subscriber()
                        .subscriber_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateSubscriberBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_subscriber","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteSubscriber" => {
            outcome(
                    client
                        .delete_subscriber()
                        .subscriber_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListDunningRules" => {
            outcome(
                    client
                        .list_dunning_rules()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateDunningRule" => {
            outcome(
                    client
                        .create_dunning_rule()
                        .body(
                            value::<
                                types::CreateDunningRuleBody,
                            >(
                                r#"{"data":{"type":"subscription_dunning_rule","attributes":{"payment_retry_type":"fixed","payment_retries_limit":5,"action":"none"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetDunningRule" => {
            outcome(
                    client
                        .get_dunning_rule()
                        .dunning_rule_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateDunningRule" => {
            outcome(
                    client
                        .update_dunning_rule()
                        .dunning_rule_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateDunningRuleBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_dunning_rule","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteDunningRule" => {
            outcome(
                    client
                        .delete_dunning_rule()
                        .dunning_rule_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListProrationPolicies" => {
            outcome(
                    client
                        .list_proration_policies()
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateProrationPolicy" => {
            outcome(
                    client
                        .create_proration_policy()
                        .body(
                            value::<
                                types::CreateProrationPolicyBody,
                            >(
                                r#"{"data":{"type":"subscription_proration_policy","attributes":{"name":"Main Policy","rounding":"up"}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetProrationPolicy" => {
            outcome(
                    client
                        .get_proration_policy()
                        .proration_policy_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateProrationPolicy" => {
            outcome(
                    client
                        .update_proration_policy()
                        .proration_policy_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateProrationPolicyBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_proration_policy","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteProrationPolicy" => {
            outcome(
                    client
                        .delete_proration_policy()
                        .proration_policy_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        "ListFeatures" => {
            outcome(
                    client
                        .list_features()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .page_offset(value::<i64>(r#"10"#)?)
                        .page_limit(value::<i64>(r#"100"#)?)
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "CreateFeature" => {
            outcome(
                    client
                        .create_feature()
                        .filter(
                            value::<::std::string::String>(r#""eq(name,Alan Turing)""#)?,
                        )
                        .body(
                            value::<
                                types::CreateFeatureBody,
                            >(
                                r#"{"data":{"type":"subscription_feature","attributes":{"name":"Digital library access","configuration":{"type":"access","tag":"digital_library_access"}}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "GetFeature" => {
            outcome(
                    client
                        .get_feature()
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "UpdateFeature" => {
            outcome(
                    client
                        .update_feature()
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .body(
                            value::<
                                types::UpdateFeatureBody,
                            >(
                                r#"{"data":{"id":"00000000-0000-4000-8000-000000000001","type":"subscription_feature","attributes":{}}}"#,
                            )?,
                        )
                        .send()
                        .await,
                    |body| {
                        ::serde_json::to_value(body).unwrap_or(::serde_json::Value::Null)
                    },
                )
                .await
        }
        "DeleteFeature" => {
            outcome(
                    client
                        .delete_feature()
                        .feature_uuid(
                            value::<
                                types::Uuid,
                            >(r#""11111111-2222-3333-4444-555555555555""#)?,
                        )
                        .send()
                        .await,
                    |_| ::serde_json::Value::Null,
                )
                .await
        }
        other => Err(format!("no operation `{other}`")),
    }
}
