//! The server generator's snapshots compile (each is included here as a
//! module), and the generated routers serve requests as their fixture
//! specs say.

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "snapshots/server/path_param.rs"]
mod path_param;

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "snapshots/server/bracketed_query.rs"]
mod bracketed_query;

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "snapshots/server/body_three_statuses.rs"]
mod body_three_statuses;

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "snapshots/server/no_content.rs"]
mod no_content;

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "snapshots/server/discriminated_union.rs"]
mod discriminated_union;

use serde_json::{Value, json};
use subscriptions_server::RequestContext;

struct Things;

impl path_param::Api for Things {
    async fn get_thing(&self, _: RequestContext, thing_id: uuid::Uuid) -> path_param::GetThingResponse {
        path_param::GetThingResponse::Ok(path_param::types::Thing { id: thing_id })
    }
}

impl bracketed_query::Api for Things {
    async fn list_things(
        &self,
        _: RequestContext,
        query: bracketed_query::ListThingsQuery,
    ) -> bracketed_query::ListThingsResponse {
        let echo = format!("{}|{:?}|{:?}", query.filter, query.page_offset, query.page_limit);
        bracketed_query::ListThingsResponse::Ok(bracketed_query::types::ThingList { data: vec![echo] })
    }
}

impl body_three_statuses::Api for Things {
    async fn create_thing(
        &self,
        _: RequestContext,
        body: body_three_statuses::types::NewThing,
    ) -> body_three_statuses::CreateThingResponse {
        if body.name.as_str() == "taken" {
            return body_three_statuses::CreateThingResponse::Conflict(body_three_statuses::types::Problem {
                detail: Some("name: taken".into()),
            });
        }
        body_three_statuses::CreateThingResponse::Created(body_three_statuses::types::Thing {
            name: body.name.to_string(),
        })
    }
}

impl no_content::Api for Things {
    async fn delete_thing(&self, _: RequestContext, thing_id: uuid::Uuid) -> no_content::DeleteThingResponse {
        if thing_id.is_nil() {
            no_content::DeleteThingResponse::NoContent
        } else {
            no_content::DeleteThingResponse::NotFound(no_content::types::Problem { detail: None })
        }
    }
}

impl discriminated_union::Api for Things {
    async fn create_pet(
        &self,
        _: RequestContext,
        body: discriminated_union::types::NewPet,
    ) -> discriminated_union::CreatePetResponse {
        use discriminated_union::types::{Mood, Pet, PetKind};
        let mood = match &body.kind {
            PetKind::Dog(dog) if dog.barks => Mood::Playful,
            _ => Mood::Calm,
        };
        discriminated_union::CreatePetResponse::Created(Pet { name: body.name, kind: body.kind, mood })
    }
}

/// Serves `router` on 127.0.0.1 and sends one request; the server stops
/// with the test's runtime.
async fn send(router: axum::Router, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let client = reqwest::Client::new();
    let mut request = client.request(method.parse().unwrap(), format!("http://{address}{path}"));
    if let Some(body) = body {
        request = request.header("content-type", "application/json").body(body.to_owned());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap() })
}

#[tokio::test]
async fn path_parameter_is_parsed_and_checked() {
    let id = "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10";
    let (status, body) = send(path_param::router(Things), "GET", &format!("/v1/things/{id}"), None).await;
    assert_eq!((status, body), (200, json!({ "id": id })));
    let (status, body) = send(path_param::router(Things), "GET", "/v1/things/nope", None).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["detail"], "thing_id: \"thing_id\" must be a valid GUID");
}

#[tokio::test]
async fn bracketed_query_parameters_keep_their_wire_names() {
    let (status, body) =
        send(bracketed_query::router(Things), "GET", "/things?filter=x&page%5Boffset%5D=5&page[limit]=7", None).await;
    assert_eq!((status, body), (200, json!({ "data": ["x|Some(5)|Some(7)"] })));
    let (status, body) = send(bracketed_query::router(Things), "GET", "/things?page[limit]=0", None).await;
    assert_eq!(status, 400);
    let details: Vec<&str> = body["errors"].as_array().unwrap().iter().map(|e| e["detail"].as_str().unwrap()).collect();
    assert!(details.contains(&"filter: \"filter\" is required"), "{details:?}");
    assert!(details.contains(&"page[limit]: \"page[limit]\" must be greater than or equal to 1"), "{details:?}");
}

#[tokio::test]
async fn body_reaches_each_documented_status() {
    let router = || body_three_statuses::router(Things);
    assert_eq!(send(router(), "POST", "/things", Some(r#"{"name":"lamp"}"#)).await, (201, json!({ "name": "lamp" })));
    assert_eq!(
        send(router(), "POST", "/things", Some(r#"{"name":"taken"}"#)).await,
        (409, json!({ "detail": "name: taken" }))
    );
    let (status, body) = send(router(), "POST", "/things", Some(r#"{"name":"x"}"#)).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["detail"], "name: \"name\" length must be at least 3 characters long");
}

#[tokio::test]
async fn no_content_has_no_body() {
    let nil = "00000000-0000-0000-0000-000000000000";
    assert_eq!(send(no_content::router(Things), "DELETE", &format!("/things/{nil}"), None).await, (204, Value::Null));
    let other = "6f9d8c1e-5b1a-4d6e-9a53-0c2f4e8b7a10";
    assert_eq!(send(no_content::router(Things), "DELETE", &format!("/things/{other}"), None).await, (404, json!({})));
}

#[tokio::test]
async fn a_discriminated_union_is_chosen_by_its_discriminator() {
    let router = || discriminated_union::router(Things);
    let (status, body) = send(router(), "POST", "/v1/pets", Some(r#"{"name":"Rex","kind":"dog","barks":true}"#)).await;
    assert_eq!((status, body), (201, json!({ "name": "Rex", "kind": "dog", "barks": true, "mood": "playful" })));
    let (status, body) = send(router(), "POST", "/v1/pets", Some(r#"{"name":"Tom","kind":"cat"}"#)).await;
    assert_eq!((status, body), (201, json!({ "name": "Tom", "kind": "cat", "mood": "calm" })));
    // The variant the discriminator names is the one checked.
    let (status, body) = send(router(), "POST", "/v1/pets", Some(r#"{"name":"Rex","kind":"dog"}"#)).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["detail"], r#"barks: "barks" is required"#);
    // The server is strict: unknown kinds and request enum values are refused.
    let (status, body) = send(router(), "POST", "/v1/pets", Some(r#"{"name":"Nemo","kind":"fish"}"#)).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["detail"], r#"kind: "kind" must be one of [cat, dog]"#);
    let (status, _) = send(router(), "POST", "/v1/pets", Some(r#"{"name":"Tom","kind":"cat","diet":"rocks"}"#)).await;
    assert_eq!(status, 400);
}

#[test]
fn what_a_response_carries_is_open_and_what_only_requests_carry_is_closed() {
    use discriminated_union::types::{Kind, Mood, Pet, PetKind};
    let wire = json!({ "name": "Nemo", "kind": "fish", "fins": 2, "mood": "sleepy" });
    let pet: Pet = serde_json::from_value(wire.clone()).unwrap();
    assert!(matches!(&pet.kind, PetKind::Unknown(shape) if shape.as_json()["fins"] == 2));
    assert!(matches!(pet.kind.kind(), Kind::Unknown(v) if v.as_str() == "fish"));
    assert!(matches!(&pet.mood, Mood::Unknown(v) if v.as_str() == "sleepy"));
    assert_eq!(serde_json::to_value(&pet).unwrap(), wire);
    // `Diet` is only ever sent: it stays a closed enum, and rejects what it does not list.
    let error = serde_json::from_value::<discriminated_union::types::Diet>(json!("rocks")).unwrap_err();
    assert!(error.to_string().contains("unknown variant `rocks`"), "{error}");
}
