//! Malformed specs give a clear error naming the file and the JSON pointer
//! of the offending node, never a panic, and leave the output tree untouched.

use std::collections::BTreeMap;
use std::path::Path;

use subscriptions_codegen::{CLIENT_FILE, OPENAPI_JSON_FILE, SERVER_FILE, SPEC_PATH, TYPES_FILE};
use xtask::GenerateError;

/// Every file under `root`, with its contents.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                files.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// A scratch workspace holding the committed generated files and `spec`.
fn workspace(spec: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = subscriptions_tests::root();
    for file in [TYPES_FILE, CLIENT_FILE, SERVER_FILE, OPENAPI_JSON_FILE] {
        let target = dir.path().join(file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(root.join(file), target).unwrap();
    }
    std::fs::create_dir_all(dir.path().join("openapi")).unwrap();
    std::fs::write(dir.path().join(SPEC_PATH), spec).unwrap();
    dir
}

/// Generating from fixture `name` fails with an error at `pointer` whose
/// message contains `needle`, and changes no file.
fn fails(name: &str, pointer: &str, needle: &str) {
    let fixture = subscriptions_tests::root().join("tests/fixtures/bad").join(format!("{name}.yaml"));
    let dir = workspace(&std::fs::read_to_string(fixture).unwrap());
    let before = snapshot(dir.path());
    let error = match xtask::generate(dir.path(), false) {
        Err(GenerateError::Spec(errors)) => errors,
        Err(other) => panic!("{name}: expected spec errors, got {other}"),
        Ok(outcome) => panic!("{name}: generation succeeded: {outcome:?}"),
    };
    let located = format!("{SPEC_PATH}#{pointer}");
    let text = error.to_string();
    assert!(
        error
            .0
            .iter()
            .any(|e| e.to_string().starts_with(&format!("{located}:"))
                || e.to_string().starts_with(&format!("{located} ("))),
        "{name}: no error at {located}:\n{text}"
    );
    assert!(text.contains(needle), "{name}: error does not say `{needle}`:\n{text}");
    assert!(!text.contains("panicked at"), "{name}: a panic leaked:\n{text}");
    assert_eq!(snapshot(dir.path()), before, "{name}: a failed generation changed the tree");
}

#[test]
fn invalid_yaml() {
    fails("invalid_yaml", "", "invalid YAML");
    let text =
        std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/bad/invalid_yaml.yaml")).unwrap();
    let error = subscriptions_codegen::Spec::parse(&text, "x.yaml").unwrap_err();
    assert!(error.0[0].position.is_some(), "a YAML syntax error has a line and column");
}

#[test]
fn openapi_31_without_a_3_0_form() {
    fails("openapi_31_several_types", "/components/schemas/Id/type", "has no OpenAPI 3.0 form: write `oneOf`");
}

#[test]
fn openapi_32_is_refused() {
    fails("openapi_32", "/openapi", "unsupported OpenAPI version 3.2.0");
}

#[test]
fn swagger_20_is_refused() {
    fails("swagger_20", "/swagger", "Swagger 2.0 is not supported");
}

#[test]
fn dangling_ref() {
    fails(
        "dangling_ref",
        "/paths/~1things/get/responses/200/content/application~1json/schema/$ref",
        "dangling $ref: nothing at #/components/schemas/Things",
    );
}

#[test]
fn external_ref() {
    fails("external_ref", "/paths/~1things/get/responses/200/content/application~1json/schema/$ref", "external $ref");
}

#[test]
fn missing_operation_id() {
    fails("missing_operation_id", "/paths/~1things/get", "has no operationId");
}

#[test]
fn duplicate_operation_id() {
    fails(
        "duplicate_operation_id",
        "/paths/~1other-things/get/operationId",
        "duplicate operationId `GetThing`: already used at /paths/~1things/get",
    );
}

#[test]
fn unsupported_media_type() {
    fails(
        "unsupported_media_type",
        "/paths/~1things/get/responses/200/content/application~1xml",
        "unsupported media type `application/xml`",
    );
}

#[test]
fn mixed_success_schemas() {
    let text =
        std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/server/error_schemas_by_status.yaml"))
            .unwrap()
            .replace("'400':", "'202':");
    let dir = workspace(&text);
    match xtask::generate(dir.path(), false) {
        Err(GenerateError::Spec(errors)) => {
            assert!(errors.to_string().contains("must share one body schema"), "{errors}");
            assert!(errors.to_string().contains("/paths/~1things/get/responses"), "{errors}");
        }
        other => panic!("expected a spec error, got {other:?}"),
    }
}

/// Error responses that differ by status: the server types each; the
/// client (progenitor allows one error type) types the router's own format
/// and reads the rest as unexpected responses.
#[test]
fn error_responses_that_differ_by_status_generate() {
    let text =
        std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/server/error_schemas_by_status.yaml"))
            .unwrap();
    let dir = workspace(&text);
    xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    let server = std::fs::read_to_string(dir.path().join(SERVER_FILE)).unwrap();
    assert!(server.contains("BadRequest(::elasticpath_subscriptions_types::Problem)"), "{server}");
    assert!(server.contains("InternalServerError(::elasticpath_subscriptions_types::Thing)"), "{server}");
    let client = std::fs::read_to_string(dir.path().join(CLIENT_FILE)).unwrap();
    assert!(client.contains("400u16 =>") && !client.contains("500u16 =>"), "{client}");
}

#[test]
fn operation_id_that_cannot_name_rust_items() {
    fails("operation_id_not_a_name", "/paths/~1things/get/operationId", "must be ASCII letters, digits and `_`");
}

#[test]
fn parameters_that_would_share_a_rust_field() {
    fails("colliding_parameter_names", "/paths/~1things/get/parameters/1", "would both be the Rust field `page_size`");
}

#[test]
fn error_schema_the_router_cannot_fill() {
    fails("constrained_error_schema", "/components/schemas/Problem", "`detail` has maxLength");
}

#[test]
fn response_header_name_that_cannot_be_sent() {
    fails(
        "response_header_name",
        "/paths/~1things/get/responses/200/headers/Next Page",
        "not a valid HTTP header name",
    );
}

#[test]
fn progenitor_panic_is_caught_and_located() {
    fails("response_encoding_panics_progenitor", "/paths/~1widgets/get", "progenitor panicked");
}

#[test]
fn typify_error_is_located_at_the_schema() {
    fails("invalid_pattern", "/components/schemas/Code", "progenitor cannot generate this");
}

#[test]
fn required_nullable_reference() {
    fails(
        "required_nullable_reference",
        "/components/schemas/Thing/properties/nickname",
        "required nullable reference `nickname` is not supported",
    );
}

#[test]
fn union_member_missing_from_the_mapping() {
    fails(
        "union_member_not_mapped",
        "/components/schemas/Pet/discriminator/mapping",
        "the mapping has no `kind` value for `Cat`",
    );
}

#[test]
fn union_variant_used_outside_its_union() {
    fails(
        "union_variant_used_elsewhere",
        "/components/schemas/Owner/properties/dog/$ref",
        "variant schema `Dog` of a discriminated union is used outside it",
    );
}

/// What real documents write and our house rules do not is lowered, not
/// refused: the generation succeeds with the names the lowering gives, and
/// the lint names each place for our own document.
#[test]
fn real_document_forms_are_lowered_and_the_lint_names_them() {
    let cases = [
        (
            "inline_body_schema",
            "/paths/~1things/post/requestBody/content/application~1json/schema",
            "the inline body schema is named `CreateThingBody`",
            "pub struct CreateThingBody",
        ),
        (
            "nullable_ref_property",
            "/components/schemas/Thing/properties/nickname",
            "is written `oneOf: [NicknameValue, NullValue]`",
            "pub nickname: ::std::option::Option<::std::option::Option<NicknameValue>>",
        ),
        (
            "union_variant_without_discriminator",
            "/components/schemas/Dog/properties/kind",
            "`kind` is pinned to `dog`, as the mapping of `Pet` says",
            "Dog(Dog)",
        ),
    ];
    for (name, pointer, lowered, generated) in cases {
        let text = std::fs::read_to_string(
            subscriptions_tests::root().join("tests/fixtures/lowered").join(format!("{name}.yaml")),
        )
        .unwrap();
        let dir = workspace(&text);
        xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{name}: {e}"));
        let types = std::fs::read_to_string(dir.path().join(TYPES_FILE)).unwrap();
        assert!(types.contains(generated), "{name}: the types lack `{generated}`");
        let findings = subscriptions_review::lint::lint_text(&text, SPEC_PATH);
        assert!(
            findings.iter().any(|f| f.rule == "house-form" && f.pointer == pointer && f.message.contains(lowered)),
            "{name}: {findings:#?}"
        );
    }
}

/// A `default` response beside a listed success is the errors' answer on
/// the client (progenitor's `4XX`/`5XX`), and a `Default` variant with its
/// status on the server.
#[test]
fn default_response_generates_for_client_and_server() {
    let text = std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/server/default_response.yaml"))
        .unwrap();
    let dir = workspace(&text);
    xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    let client = std::fs::read_to_string(dir.path().join(CLIENT_FILE)).unwrap();
    assert!(client.contains("400u16..=499u16") && client.contains("500u16..=599u16"), "{client}");
    let server = std::fs::read_to_string(dir.path().join(SERVER_FILE)).unwrap();
    assert!(server.contains("Self::Default(status, ..) => status.as_u16()"), "{server}");
}

/// Header parameters are typed setters on the client's builder; a declared
/// `Authorization` parameter is left to the security scheme on both sides,
/// so no setter can send a second token.
#[test]
fn header_parameters_generate_for_client_and_server() {
    let text =
        std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/server/header_params.yaml")).unwrap();
    let dir = workspace(&text);
    xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    let client = std::fs::read_to_string(dir.path().join(CLIENT_FILE)).unwrap();
    for setter in ["pub fn x_tenant<V>", "pub fn ep_disable_beta_filtering<V>", "pub fn accept_language<V>"] {
        assert!(client.contains(setter), "the client lacks `{setter}`:\n{client}");
    }
    assert!(client.contains("\"EP-Disable-Beta-Filtering\""), "{client}");
    assert!(!client.contains("fn authorization"), "{client}");
    let server = std::fs::read_to_string(dir.path().join(SERVER_FILE)).unwrap();
    assert!(server.contains("pub x_tenant: u64") && !server.contains("pub authorization"), "{server}");
}

/// Bodies that are not JSON: the client sends bytes with the spec's media
/// type, and multipart as a `reqwest::multipart::Form`; the server takes a
/// `RawBody` (served in the server crate's `src/fixtures/`).
#[test]
fn raw_bodies_generate_for_client_and_server() {
    let text =
        std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/server/raw_body.yaml")).unwrap();
    let dir = workspace(&text);
    xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    let client = std::fs::read_to_string(dir.path().join(CLIENT_FILE)).unwrap();
    assert!(client.contains("\"text/csv\"") && !client.contains("\"application/octet-stream\""), "{client}");
    assert!(client.contains("reqwest::multipart::Form") && client.contains(".multipart("), "{client}");
    let server = std::fs::read_to_string(dir.path().join(SERVER_FILE)).unwrap();
    assert!(server.contains("decode_raw") && server.contains("\"multipart/form-data\""), "{server}");
}

/// A `HEAD` operation of its own: a method on the client, a route on the
/// server (which serves it in `src/fixtures/`).
#[test]
fn head_operation_generates_for_client_and_server() {
    let text = std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/server/response_headers.yaml"))
        .unwrap();
    let dir = workspace(&text);
    xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    let client = std::fs::read_to_string(dir.path().join(CLIENT_FILE)).unwrap();
    assert!(client.contains("pub fn count_things(&self)") && client.contains(".head(url)"), "{client}");
    let server = std::fs::read_to_string(dir.path().join(SERVER_FILE)).unwrap();
    assert!(server.contains(".head(handle_count_things::<A>)"), "{server}");
}

#[test]
fn unreadable_spec_file() {
    let dir = tempfile::tempdir().unwrap();
    match xtask::generate(dir.path(), false) {
        Err(GenerateError::Spec(errors)) => {
            assert!(errors.to_string().starts_with(&format!("{SPEC_PATH}#: cannot read the file")), "{errors}")
        }
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn header_parameter_name_that_cannot_be_sent() {
    fails(
        "header_parameter_name",
        "/paths/~1things/get/parameters/0/name",
        "`X Trace` is not a valid HTTP header name",
    );
}

#[test]
fn deep_object_query_of_a_nested_object_is_refused() {
    fails(
        "deep_object_query",
        "/paths/~1things/get/parameters/0/schema",
        "deepObject parameter `filter`: property `owner` is an object, which deepObject does not define",
    );
}

/// A `deepObject` query parameter is one typed query parameter per
/// property, on the client and the server; the lint names it in our spec.
#[test]
fn deep_object_query_is_lowered_to_one_parameter_per_property() {
    let text =
        std::fs::read_to_string(subscriptions_tests::root().join("tests/fixtures/lowered/deep_object_query.yaml"))
            .unwrap();
    let dir = workspace(&text);
    xtask::generate(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    let client = std::fs::read_to_string(dir.path().join(CLIENT_FILE)).unwrap();
    assert!(client.contains("pub fn filter_status<V>") && client.contains("\"filter[since]\""), "{client}");
    let server = std::fs::read_to_string(dir.path().join(SERVER_FILE)).unwrap();
    assert!(server.contains("rename = \"filter[status]\"") && server.contains("pub filter_since"), "{server}");
    let findings = subscriptions_review::lint::lint_text(&text, SPEC_PATH);
    assert!(
        findings.iter().any(|f| f.rule == "house-form"
            && f.pointer == "/paths/~1things/get/parameters/0"
            && f.message.contains("`filter[status]`")),
        "{findings:#?}"
    );
}

#[test]
fn response_range_is_refused() {
    fails("response_range", "/paths/~1things/get/responses/4XX", "response key `4XX` is not supported");
}

#[test]
fn non_bearer_security_is_refused() {
    fails("api_key_security", "/security/0", "security scheme `ApiKey` is not supported");
}

#[test]
fn servers_with_different_base_paths_are_refused() {
    fails("servers_disagree", "/servers/1/url", "all servers must share one base path");
}

#[test]
fn undeclared_path_parameter() {
    fails("undeclared_path_parameter", "/paths/~1things~1{thing_id}/get", "declares no path parameter `thing_id`");
}

#[test]
fn nested_inline_nullable_property() {
    fails(
        "nested_nullable",
        "/components/schemas/Thing/properties/inner/properties/nickname",
        "optional nullable property `nickname` of an inline object is not supported",
    );
}
