//! `cargo xtask lint` and `cargo xtask diff`: the lint is clean on the spec
//! and names the pointer of each planted fault; the diff classes each kind
//! of change as breaking or compatible for existing clients, one fixture per
//! rule, built by editing the real spec.

use serde_json::{Value, json};
use subscriptions_review::diff::{self, Impact};
use subscriptions_review::lint;

fn base() -> Value {
    subscriptions_tests::spec().clone()
}

fn lint_of(doc: &Value) -> Vec<lint::Finding> {
    lint::lint_text(&serde_json::to_string(doc).unwrap(), "openapi/subscriptions.yaml")
}

/// Plants a fault and checks that the lint names `rule` at `pointer`.
fn planted(fault: impl FnOnce(&mut Value), rule: &str, pointer: &str) {
    let mut doc = base();
    fault(&mut doc);
    let findings = lint_of(&doc);
    assert!(
        findings.iter().any(|f| f.rule == rule && f.pointer == pointer),
        "expected [{rule}] at #{pointer}, got:\n{}",
        findings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
}

const CREATE_JOB: &str = "/paths/~1subscriptions~1jobs/post";
const GET_JOB: &str = "/paths/~1subscriptions~1jobs~1{job_uuid}/get";

fn at<'a>(doc: &'a mut Value, pointer: &str) -> &'a mut Value {
    doc.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer} in the spec"))
}

#[test]
fn lint_is_clean_on_the_spec() {
    let findings = lint_of(&base());
    assert!(findings.is_empty(), "{}", findings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
}

#[test]
fn lint_missing_summary() {
    planted(|d| drop(at(d, CREATE_JOB).as_object_mut().unwrap().remove("summary")), "operation-summary", CREATE_JOB);
}

#[test]
fn lint_missing_description() {
    planted(|d| drop(at(d, GET_JOB).as_object_mut().unwrap().remove("description")), "operation-description", GET_JOB);
}

#[test]
fn lint_operation_id_not_pascal_case() {
    planted(
        |d| *at(d, &format!("{CREATE_JOB}/operationId")) = json!("createJob"),
        "operation-id",
        &format!("{CREATE_JOB}/operationId"),
    );
}

#[test]
fn lint_duplicate_operation_id() {
    planted(
        |d| *at(d, &format!("{GET_JOB}/operationId")) = json!("CreateJob"),
        "operation-id",
        &format!("{GET_JOB}/operationId"),
    );
}

#[test]
fn lint_undeclared_tag() {
    planted(
        |d| *at(d, &format!("{GET_JOB}/tags")) = json!(["Invoices"]),
        "operation-tag",
        &format!("{GET_JOB}/tags/0"),
    );
}

#[test]
fn lint_input_without_400() {
    planted(
        |d| drop(at(d, &format!("{GET_JOB}/responses")).as_object_mut().unwrap().remove("400")),
        "input-errors",
        &format!("{GET_JOB}/responses"),
    );
}

#[test]
fn lint_error_response_with_another_schema() {
    planted(
        |d| {
            *at(d, &format!("{GET_JOB}/responses/404")) = json!({
                "description": "Not found.",
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/JobResponse" }, "example": {} } }
            })
        },
        "error-response-schema",
        &format!("{GET_JOB}/responses/404"),
    );
}

#[test]
fn lint_property_without_description() {
    planted(
        |d| drop(at(d, "/components/schemas/TaxItem/properties/rate").as_object_mut().unwrap().remove("description")),
        "schema-description",
        "/components/schemas/TaxItem/properties/rate",
    );
}

#[test]
fn lint_required_name_that_is_not_a_property() {
    planted(
        |d| {
            at(d, "/components/schemas/ScheduleCreateAttributes/required")
                .as_array_mut()
                .unwrap()
                .push(json!("nickname"))
        },
        "required-declared",
        "/components/schemas/ScheduleCreateAttributes/required/3",
    );
    // In an assertion, the names are the enclosing object's.
    planted(
        |d| {
            *at(d, "/components/schemas/SubscriptionUpdateRunJobAttributes/allOf/0/not/required/1") =
                json!("subscriptions")
        },
        "required-declared",
        "/components/schemas/SubscriptionUpdateRunJobAttributes/allOf/0/not/required/1",
    );
}

#[test]
fn lint_discriminated_union_with_an_unmapped_variant() {
    planted(
        |d| {
            drop(
                at(d, "/components/schemas/JobTypeAttributes/discriminator/mapping")
                    .as_object_mut()
                    .unwrap()
                    .remove("import"),
            )
        },
        "structure",
        "/components/schemas/JobTypeAttributes/discriminator/mapping",
    );
}

#[test]
fn lint_body_without_example() {
    let media = "/paths/~1subscriptions~1schedules/post/requestBody/content/application~1json";
    planted(|d| drop(at(d, media).as_object_mut().unwrap().remove("examples")), "body-example", media);
}

#[test]
fn lint_example_that_breaks_its_schema() {
    planted(
        |d| *at(d, "/components/examples/ScheduleCreateDailyBillingRun/value/data/attributes/name") = json!("ab"),
        "example-valid",
        "/components/examples/ScheduleCreateDailyBillingRun",
    );
}

#[test]
fn lint_unused_component() {
    planted(
        |d| at(d, "/components/schemas")["Orphan"] = json!({ "type": "string", "description": "Nobody uses this." }),
        "unused-component",
        "/components/schemas/Orphan",
    );
}

#[test]
fn lint_not_openapi_30() {
    // The generator reads 3.1; our document stays 3.0, the house form.
    planted(|d| *at(d, "/openapi") = json!("3.1.0"), "house-form", "/openapi");
    planted(|d| *at(d, "/openapi") = json!("3.2.0"), "structure", "/openapi");
}

// ---- diff ---------------------------------------------------------------

fn compare(old: &Value, new: &Value) -> diff::Report {
    let spec = |doc: &Value, file: &str| subscriptions_codegen::Spec::from_value(doc.clone(), file).unwrap();
    diff::compare(&spec(old, "old.yaml"), &spec(new, "new.yaml")).unwrap()
}

/// The base spec with a request-only enum, `priority`, on job creation.
fn with_priority(values: &[&str]) -> Value {
    let mut doc = base();
    let attributes = at(&mut doc, "/components/schemas/JobCreateAttributes/properties");
    attributes["priority"] = json!({ "type": "string", "enum": values, "description": "How urgent the job is." });
    doc
}

fn assert_breaking(report: &diff::Report, pointer: &str) {
    assert!(
        report.findings.iter().any(|f| f.impact == Impact::Breaking && f.pointer == pointer),
        "expected a breaking change at #{pointer}:\n{}",
        report.markdown("report")
    );
    assert!(report.is_breaking());
}

fn assert_compatible(report: &diff::Report) {
    assert!(!report.is_breaking(), "expected no breaking change:\n{}", report.markdown("report"));
    assert!(!report.findings.is_empty(), "expected the change to be reported");
}

#[test]
fn diff_removed_operation_is_breaking() {
    let mut new = base();
    at(&mut new, "/paths/~1subscriptions~1jobs~1{job_uuid}").as_object_mut().unwrap().remove("delete");
    let report = compare(&base(), &new);
    assert!(report.is_breaking());
    assert_eq!(report.operations.removed.iter().map(|op| op.id.as_str()).collect::<Vec<_>>(), ["DeleteJob"]);
    assert!(report.markdown("t").contains("The operation DeleteJob was removed"));
}

#[test]
fn diff_new_required_parameter_is_breaking() {
    let mut new = base();
    at(&mut new, "/paths/~1subscriptions~1jobs/get/parameters")
        .as_array_mut()
        .unwrap()
        .push(json!({ "name": "owner", "in": "query", "required": true, "schema": { "type": "string" } }));
    let report = compare(&base(), &new);
    assert!(report.is_breaking(), "{}", report.markdown("t"));
    assert!(report.markdown("t").contains("required parameter 'owner'"));
}

#[test]
fn diff_new_required_request_property_is_breaking() {
    let old = with_priority(&["low", "high"]);
    let mut new = old.clone();
    at(&mut new, "/components/schemas/JobCreateAttributes")["required"] = json!(["priority"]);
    assert_breaking(&compare(&old, &new), "/components/schemas/JobCreateAttributes/properties/priority");

    let mut added = base();
    let schema = at(&mut added, "/components/schemas/ScheduleCreateAttributes");
    schema["properties"]["priority"] = json!({ "type": "integer", "description": "Priority." });
    schema["required"].as_array_mut().unwrap().push(json!("priority"));
    assert_breaking(&compare(&base(), &added), "/components/schemas/ScheduleCreateAttributes/properties/priority");
}

#[test]
fn diff_narrowed_request_enum_is_breaking() {
    let report = compare(&with_priority(&["low", "high"]), &with_priority(&["low"]));
    assert_breaking(&report, "/components/schemas/JobCreateAttributes/properties/priority/enum");
}

#[test]
fn diff_changed_type_is_breaking() {
    let mut new = base();
    *at(&mut new, "/components/schemas/TaxItem/properties/rate") =
        json!({ "type": "string", "description": "The rate." });
    let report = compare(&base(), &new);
    assert!(report.is_breaking(), "{}", report.markdown("t"));
    assert!(
        report.findings.iter().any(|f| f.pointer.contains("TaxItem/properties/rate") && f.impact == Impact::Breaking)
    );
}

#[test]
fn diff_removed_response_property_is_breaking() {
    let mut new = base();
    at(&mut new, "/components/schemas/ScheduleMeta/properties").as_object_mut().unwrap().remove("scheduled_for");
    assert_breaking(&compare(&base(), &new), "/components/schemas/ScheduleMeta/properties/scheduled_for");
}

#[test]
fn diff_tightened_request_constraint_is_breaking() {
    let mut new = base();
    *at(&mut new, "/components/schemas/ExternalRef/maxLength") = json!(100);
    assert_breaking(&compare(&base(), &new), "/components/schemas/ExternalRef/maxLength");
    let mut limit = base();
    *at(&mut limit, "/components/parameters/PageLimit/schema/maximum") = json!(50);
    let report = compare(&base(), &limit);
    assert_breaking(&report, "/components/parameters/PageLimit/schema/maximum");
    assert!(report.operations.changed.iter().any(|op| op.id == "ListJobs"), "{:?}", report.operations);
}

fn assert_tolerated(report: &diff::Report, pointer: &str) {
    assert!(!report.is_breaking(), "expected no breaking change:\n{}", report.markdown("report"));
    assert!(
        report.findings.iter().any(|f| f.impact == Impact::Tolerated && f.pointer == pointer),
        "expected a tolerated change at #{pointer}:\n{}",
        report.markdown("report")
    );
    assert!(report.markdown("report").contains("### Tolerated by the generated crates"));
}

#[test]
fn diff_widened_response_enum_is_tolerated_by_the_open_generated_types() {
    let mut new = base();
    at(&mut new, "/components/schemas/JobStatus/enum").as_array_mut().unwrap().push(json!("cancelled"));
    assert_tolerated(&compare(&base(), &new), "/components/schemas/JobStatus/enum");
}

/// A copy of the notification run variant under a new job type.
fn with_extra_job_type(doc: &mut Value) {
    let mut variant = at(doc, "/components/schemas/NotificationRunJobAttributes").clone();
    variant["properties"]["job_type"]["enum"] = json!(["dunning-run"]);
    variant["description"] = json!("The attributes of a dunning run.");
    at(doc, "/components/schemas")["DunningRunJobAttributes"] = variant;
    let union = at(doc, "/components/schemas/JobTypeAttributes");
    union["oneOf"].as_array_mut().unwrap().push(json!({ "$ref": "#/components/schemas/DunningRunJobAttributes" }));
    union["discriminator"]["mapping"]["dunning-run"] = json!("#/components/schemas/DunningRunJobAttributes");
    at(doc, "/components/schemas/JobType/enum").as_array_mut().unwrap().push(json!("dunning-run"));
}

#[test]
fn diff_new_union_variant_is_tolerated_and_a_removed_one_breaks_requests() {
    let mut new = base();
    with_extra_job_type(&mut new);
    let report = compare(&base(), &new);
    assert_tolerated(&report, "/components/schemas/JobTypeAttributes/discriminator/mapping");
    assert_tolerated(&report, "/components/schemas/JobTypeAttributes/oneOf");
    assert!(report.markdown("t").contains("discriminator value `dunning-run` added"));
    // Taken away again, requests that sent it break.
    assert_breaking(&compare(&new, &base()), "/components/schemas/JobTypeAttributes/oneOf");

    let mut report_added = base();
    let mut dunning = at(&mut report_added, "/components/schemas/NotificationRunReport").clone();
    dunning["description"] = json!("The report of a dunning run.");
    at(&mut report_added, "/components/schemas")["DunningRunReport"] = dunning;
    at(&mut report_added, "/components/schemas/JobReport/oneOf")
        .as_array_mut()
        .unwrap()
        .push(json!({ "$ref": "#/components/schemas/DunningRunReport" }));
    assert_tolerated(&compare(&base(), &report_added), "/components/schemas/JobReport/oneOf");
    // A report only travels in responses: removing one is compatible.
    assert_compatible(&compare(&report_added, &base()));
}

#[test]
fn diff_reads_a_nullable_reference_as_nullable() {
    // Dropping `NullValue` from `oneOf: [{$ref: ScheduleName}, {$ref: NullValue}]`
    // means `null` no longer removes the name: requests that send it break.
    let mut new = base();
    let name = at(&mut new, "/components/schemas/ScheduleUpdateAttributes/properties/name");
    name["oneOf"].as_array_mut().unwrap().pop();
    let report = compare(&base(), &new);
    assert_breaking(&report, "/components/schemas/ScheduleUpdateAttributes/properties/name");
    assert!(report.markdown("t").contains("no longer nullable"), "{}", report.markdown("t"));
    // Unchanged, it is not reported at all.
    assert!(compare(&base(), &base()).findings.is_empty());
}

#[test]
fn diff_new_assertion_is_breaking_for_requests() {
    let mut new = base();
    let all_of = at(&mut new, "/components/schemas/SubscriptionUpdateRunJobAttributes/allOf/0");
    all_of["not"] = json!({ "required": ["offering_id", "subscription_ids", "price_changes"] });
    let report = compare(&base(), &new);
    assert_breaking(&report, "/components/schemas/SubscriptionUpdateRunJobAttributes/allOf/0/not");
}

#[test]
fn diff_new_optional_parameter_is_compatible() {
    let mut new = base();
    at(&mut new, "/paths/~1subscriptions~1jobs/get/parameters")
        .as_array_mut()
        .unwrap()
        .push(json!({ "name": "owner", "in": "query", "required": false, "schema": { "type": "string" } }));
    assert_compatible(&compare(&base(), &new));
}

#[test]
fn diff_new_optional_response_property_is_compatible() {
    let mut new = base();
    at(&mut new, "/components/schemas/ScheduleMeta/properties")["last_run_at"] =
        json!({ "type": "string", "format": "date-time", "description": "When it last ran." });
    assert_compatible(&compare(&base(), &new));
}

#[test]
fn diff_new_operation_is_compatible() {
    let mut new = base();
    let mut patch = at(&mut new, GET_JOB).clone();
    patch["operationId"] = json!("PatchJob");
    at(&mut new, "/paths/~1subscriptions~1jobs~1{job_uuid}")["patch"] = patch;
    let report = compare(&base(), &new);
    assert_compatible(&report);
    assert_eq!(report.operations.added.iter().map(|op| op.id.as_str()).collect::<Vec<_>>(), ["PatchJob"]);
}

#[test]
fn diff_widened_request_enum_is_compatible() {
    assert_compatible(&compare(&with_priority(&["low", "high"]), &with_priority(&["low", "high", "urgent"])));
}

#[test]
fn diff_loosened_request_constraint_is_compatible() {
    let mut new = base();
    *at(&mut new, "/components/schemas/ScheduleName/minLength") = json!(1);
    let report = compare(&base(), &new);
    // ScheduleName is also returned in responses, where a shorter name
    // would fail an existing client's validation: breaking there.
    assert!(report.is_breaking(), "{}", report.markdown("t"));
    let old = with_priority(&["low"]);
    let mut new = old.clone();
    at(&mut new, "/components/schemas/JobCreateAttributes/properties/priority")["maxLength"] = json!(10);
    let mut looser = new.clone();
    at(&mut looser, "/components/schemas/JobCreateAttributes/properties/priority")["maxLength"] = json!(20);
    assert_compatible(&compare(&new, &looser));
}

#[test]
fn diff_description_only_is_compatible() {
    let mut new = base();
    *at(&mut new, "/components/schemas/JobStatus/description") = json!("The status.");
    assert_compatible(&compare(&base(), &new));
    for schema in ["ScheduleName", "JobMeta", "JobReport", "JobTypeAttributes", "Job"] {
        let mut new = base();
        *at(&mut new, &format!("/components/schemas/{schema}/description")) = json!("Changed.");
        let report = compare(&base(), &new);
        assert!(!report.is_breaking() && !report.findings.is_empty(), "{schema}: {}", report.markdown("t"));
    }
}

#[test]
fn diff_no_change_reports_nothing() {
    let report = compare(&base(), &base());
    assert!(report.findings.is_empty());
    assert!(report.markdown("t").contains("no breaking change"));
}

#[test]
fn version_must_be_bumped_to_match() {
    let version = semver::Version::parse(base()["info"]["version"].as_str().unwrap()).unwrap();
    let bumped = |major: u64, minor: u64, patch: u64| {
        semver::Version::new(version.major + major, version.minor + minor, version.patch + patch).to_string()
    };
    let mut breaking = base();
    at(&mut breaking, "/paths/~1subscriptions~1jobs~1{job_uuid}").as_object_mut().unwrap().remove("delete");
    assert!(compare(&base(), &breaking).check_version().unwrap_err().contains("major version bump"));
    *at(&mut breaking, "/info/version") = json!(bumped(0, 1, 0));
    assert!(compare(&base(), &breaking).check_version().is_err(), "a minor bump is not enough");
    *at(&mut breaking, "/info/version") = json!(bumped(1, 0, 0));
    assert_eq!(compare(&base(), &breaking).check_version(), Ok(()));

    let mut compatible = base();
    *at(&mut compatible, "/components/schemas/JobStatus/description") = json!("The status.");
    assert!(compare(&base(), &compatible).check_version().is_err(), "a change needs some bump");
    *at(&mut compatible, "/info/version") = json!(bumped(0, 0, 1));
    assert_eq!(compare(&base(), &compatible).check_version(), Ok(()));
}

/// The whole command on a scratch git repository: a commit with the spec,
/// then a working-tree edit that removes an operation.
#[test]
fn xtask_diff_against_a_git_base() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(root)
            .output()
            .unwrap();
        assert!(status.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&status.stderr));
    };
    std::fs::create_dir_all(root.join("openapi")).unwrap();
    let spec_path = root.join(subscriptions_codegen::SPEC_PATH);
    std::fs::copy(subscriptions_tests::root().join(subscriptions_codegen::SPEC_PATH), &spec_path).unwrap();
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "spec"]);

    let options = xtask::review::DiffOptions::default();
    assert_eq!(xtask::review::diff(root, &options), Ok(0), "no change, no failure");

    let mut doc: Value = serde_yaml::from_str(&std::fs::read_to_string(&spec_path).unwrap()).unwrap();
    doc["paths"]["/subscriptions/jobs/{job_uuid}"].as_object_mut().unwrap().remove("delete");
    std::fs::write(&spec_path, serde_yaml::to_string(&doc).unwrap()).unwrap();
    assert_eq!(xtask::review::diff(root, &options), Ok(xtask::review::EXIT_BREAKING));
    let allowed = xtask::review::DiffOptions { allow_breaking: true, ..Default::default() };
    assert_eq!(xtask::review::diff(root, &allowed), Ok(0));
    let versioned = xtask::review::DiffOptions { allow_breaking: true, check_version: true, ..Default::default() };
    assert_eq!(xtask::review::diff(root, &versioned), Ok(xtask::review::EXIT_BREAKING), "the version was not bumped");
}

#[test]
fn diff_response_headers_promised_less_are_breaking_and_new_ones_compatible() {
    let header = "/paths/~1subscriptions~1jobs/post/responses/201/headers";
    let mut required = base();
    at(&mut required, "/components/headers/Location")["required"] = json!(true);
    // Always sent → sometimes: clients that read it break.
    assert_breaking(&compare(&required, &base()), &format!("{header}/Location"));
    // Removed while always sent: breaking too.
    let mut removed = required.clone();
    at(&mut removed, header).as_object_mut().unwrap().remove("Location");
    assert_breaking(&compare(&required, &removed), &format!("{header}/Location"));
    // A new header, and one now always sent, are compatible and named.
    let mut added = base();
    at(&mut added, header)["X-Request-Id"] = json!({ "description": "Trace id.", "schema": { "type": "string" } });
    let report = compare(&base(), &added);
    assert_compatible(&report);
    assert!(report.findings.iter().any(|f| f.pointer == format!("{header}/X-Request-Id")), "{}", report.markdown("t"));
    assert!(report.operations.changed.iter().any(|op| op.id == "CreateJob"), "{:?}", report.operations);
    assert_compatible(&compare(&base(), &required));
}

/// A `default` response's headers are compared as a listed status's are.
#[test]
fn diff_default_response_headers_are_compared() {
    let responses = "/paths/~1subscriptions~1jobs~1{job_uuid}/get/responses";
    let mut old = base();
    at(&mut old, responses)["default"] = json!({
        "description": "Any other answer.",
        "headers": { "X-Request-Id": { "required": true, "description": "Trace id.", "schema": { "type": "string" } } },
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorResponse" } } }
    });
    let mut new = old.clone();
    at(&mut new, &format!("{responses}/default/headers/X-Request-Id"))["required"] = json!(false);
    let report = compare(&old, &new);
    assert_breaking(&report, &format!("{responses}/default/headers/X-Request-Id"));
    assert!(report.markdown("t").contains("the default response of GetJob"), "{}", report.markdown("t"));
}

/// The release policy: a new optional response property is a minor bump
/// (the response structs are `#[non_exhaustive]` with constructors); one
/// removed is a major one; a new optional property of a request-only
/// struct is major in Rust (its literals break) though compatible over HTTP.
#[test]
fn the_release_policy_weighs_http_and_rust() {
    use subscriptions_review::diff::Bump;
    let mut added = base();
    at(&mut added, "/components/schemas/JobTimestamps/properties").as_object_mut().unwrap().insert(
        "queued_at".into(),
        json!({ "type": "string", "format": "date-time", "description": "When the job was queued." }),
    );
    let report = compare(&base(), &added);
    assert!(!report.is_breaking());
    assert_eq!(report.required_bump(), Some(Bump::Minor), "{:#?}", report.findings);
    assert!(report.markdown("t").contains("needs a **minor** bump"));

    let mut removed = base();
    at(&mut removed, "/components/schemas/JobTimestamps/properties").as_object_mut().unwrap().remove("finished_at");
    assert_eq!(compare(&base(), &removed).required_bump(), Some(Bump::Major));

    let mut request = base();
    at(&mut request, "/components/schemas/JobCreateAttributes/properties")
        .as_object_mut()
        .unwrap()
        .insert("note".into(), json!({ "type": "string", "maxLength": 64, "description": "A note." }));
    let report = compare(&base(), &request);
    assert!(!report.is_breaking(), "compatible over HTTP");
    assert_eq!(report.required_bump(), Some(Bump::Major), "a literal-built request struct grows");

    // An operation's first header parameter is a new argument of its
    // server trait method: compatible over HTTP, major in Rust.
    let mut header = base();
    at(&mut header, "/paths/~1subscriptions~1jobs/post")
        .as_object_mut()
        .unwrap()
        .insert("parameters".into(), json!([{ "name": "X-Trace", "in": "header", "schema": { "type": "string" } }]));
    let report = compare(&base(), &header);
    assert!(!report.is_breaking(), "compatible over HTTP: {:#?}", report.findings);
    assert_eq!(report.required_bump(), Some(Bump::Major), "{:#?}", report.findings);
    assert!(report.findings.iter().any(|f| f.message.contains("CreateJob gains its header parameters argument")));

    let mut docs = base();
    *at(&mut docs, "/components/schemas/JobStatus/description") = json!("The status.");
    assert_eq!(compare(&base(), &docs).required_bump(), Some(Bump::Patch));
    assert_eq!(compare(&base(), &base()).required_bump(), None);
}

/// The API review skips cargo-semver-checks when no watched file changed
/// since the release (or every public crate went up a major version, when
/// the tool runs none of its lints: `allows_any_change` is tested beside
/// it). The skip cannot hide a change: every file that goes
/// into a public crate's package (as `cargo package --list` says) is
/// watched, and so are the workspace files the crates' API depends on.
#[test]
fn the_semver_skip_watches_every_file_of_the_public_crates() {
    use xtask::semver_checks::{WORKSPACE_INPUTS, watched};
    let root = subscriptions_tests::root();
    // Written by cargo into the package, from files watched below.
    let generated = ["Cargo.toml", "Cargo.toml.orig", "Cargo.lock", ".cargo_vcs_info.json"];
    for name in xtask::release::PUBLIC_CRATES {
        let output = std::process::Command::new(env!("CARGO"))
            .args(["package", "--list", "--allow-dirty", "--offline", "-p", name])
            .current_dir(&root)
            .output()
            .expect("cargo runs");
        assert!(output.status.success(), "cargo package --list -p {name}: {}", String::from_utf8_lossy(&output.stderr));
        let listed = String::from_utf8(output.stdout).expect("UTF-8");
        let files: Vec<&str> = listed.lines().filter(|f| !generated.contains(f)).collect();
        assert!(files.contains(&"src/lib.rs") || files.contains(&"src/main.rs"), "{name}: {files:?}");
        for file in files {
            let path = format!("crates/{name}/{file}");
            assert!(root.join(&path).exists(), "{name} packages `{file}` from outside its directory: watch it");
            assert!(watched(&path), "{path} goes into {name} but a change to it would skip cargo-semver-checks");
        }
        assert!(watched(&format!("crates/{name}/Cargo.toml")));
    }
    for input in ["Cargo.toml", "Cargo.lock", "rust-toolchain.toml", ".cargo/config.toml"] {
        assert!(watched(input), "{input}");
    }
    assert!(WORKSPACE_INPUTS.contains(&"Cargo.lock"));
    // What cannot change a public crate's API is not watched.
    for other in ["tests/jobs.rs", "crates/subscriptions-codegen/src/lib.rs", "openapi/subscriptions.yaml", "README.md"]
    {
        assert!(!watched(other), "{other}");
    }

    // The skip looks at the working tree: a change not yet committed
    // counts, as does a file git does not track (after the listing above,
    // which must not see the probe).
    let changed = xtask::semver_checks::changed_inputs(&root, "HEAD").expect("git answers");
    assert!(changed.iter().all(|path| xtask::semver_checks::watched(path)), "{changed:?}");
    let probe = "crates/elasticpath-subscriptions-types/src/semver-skip-probe.rs";
    std::fs::write(root.join(probe), "// a file the skip must see\n").unwrap();
    let seen = xtask::semver_checks::changed_inputs(&root, "HEAD");
    let skipped = xtask::semver_checks::nothing_to_check(&root, "HEAD");
    std::fs::remove_file(root.join(probe)).unwrap();
    assert!(seen.expect("git answers").iter().any(|path| path == probe), "an untracked file of a public crate");
    // A change is checked unless the versions went up a major version since
    // HEAD (as `cargo xtask release` leaves them before the commit).
    let name = xtask::release::PUBLIC_CRATES[0];
    let (old, new) = (
        xtask::semver_checks::version_at(&root, Some("HEAD"), name).expect("a version at HEAD"),
        xtask::semver_checks::version_at(&root, None, name).expect("a version"),
    );
    if xtask::semver_checks::allows_any_change(&old, &new) {
        assert!(skipped.expect("versions read").is_some_and(|why| why.contains("major")), "{old} → {new}");
    } else {
        assert_eq!(skipped, Ok(None), "a change without a major bump ({old} → {new}) is checked");
    }
}
