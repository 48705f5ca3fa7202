//! Where spec names become Rust names: the one owner of that mapping.
//!
//! Every generated name comes from a function here, so that the generator's
//! own items and its reworks of typify's and progenitor's output agree with
//! what those tools name (typify: a schema `job-status` is the type
//! `JobStatus`, a property `type` the field `type_`; progenitor: an
//! operationId `ListJobs` is the method and builder setter `list_jobs`, the
//! builder `ListJobs`, a parameter `page[limit]` the setter `page_limit`).
//! Nothing else in the generator calls `heck`.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// The Rust type of a component schema, union or container, as typify names
/// it (`job-status` → `JobStatus`); also the prefix of the types the
/// generator names after an operation (`ListJobs` → `ListJobsResponse`).
pub fn type_name(spec_name: &str) -> String {
    spec_name.to_upper_camel_case()
}

/// [`type_name`] as an identifier.
pub fn type_ident(spec_name: &str) -> syn::Ident {
    quote::format_ident!("{}", type_name(spec_name))
}

/// The method of an operation, on progenitor's client and on the server
/// trait (`ListJobs` → `list_jobs`); also progenitor's setter of a
/// parameter (`page[limit]` → `page_limit`).
pub fn method_name(spec_name: &str) -> String {
    spec_name.to_snake_case()
}

/// The prefix of an operation's generated constants (`ListJobs` →
/// `LIST_JOBS`).
pub fn constant_prefix(operation_id: &str) -> String {
    operation_id.to_shouty_snake_case()
}

/// The Rust field of a parameter or header in the generator's own structs
/// (`page[offset]` → `page_offset`, `Retry-After` → `retry_after`); a
/// keyword gets a raw identifier where it is emitted. `None` if no Rust
/// name can be made.
pub fn field_name(wire: &str) -> Option<String> {
    let snake = wire.replace(['[', ']', '.', '-'], "_").to_snake_case();
    snake.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_').then_some(snake)
}

/// The Rust field typify makes of a property name: snake case, with a
/// trailing `_` on keywords (`type` → `type_`).
pub fn property_field(property: &str) -> syn::Ident {
    let snake = property.to_snake_case();
    match syn::parse_str::<syn::Ident>(&snake) {
        Ok(ident) => ident,
        Err(_) => syn::Ident::new(&format!("{snake}_"), proc_macro2::Span::call_site()),
    }
}

/// The Rust variant of a discriminator value: `billing-run` → `BillingRun`
/// (`V` in front when it would not start with a letter).
pub fn variant_name(value: &str) -> String {
    let name = value.to_upper_camel_case();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) { format!("V{name}") } else { name }
}

/// The constructor method of a union variant's value (`billing-run` →
/// `billing_run`).
pub fn variant_method(value: &str) -> String {
    value.to_snake_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_what_typify_and_progenitor_make() {
        assert_eq!(type_name("job-status"), "JobStatus");
        assert_eq!(method_name("ListJobs"), "list_jobs");
        assert_eq!(method_name("page[limit]"), "page_limit");
        assert_eq!(constant_prefix("ListJobs"), "LIST_JOBS");
        assert_eq!(field_name("page[offset]").as_deref(), Some("page_offset"));
        assert_eq!(field_name("EP-Disable-Beta-Filtering").as_deref(), Some("ep_disable_beta_filtering"));
        assert_eq!(field_name("1st"), None);
        assert_eq!(property_field("type").to_string(), "type_");
        assert_eq!(variant_name("billing-run"), "BillingRun");
        assert_eq!(variant_name("2fa"), "V2fa");
        assert_eq!(variant_method("billing-run"), "billing_run");
    }

    /// The one-owner rule, kept: no other file of the generator calls `heck`.
    #[test]
    fn nothing_else_names_things() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![src];
        let mut offenders = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("names.rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    if ["heck::To", "to_snake_case", "to_upper_camel_case", "to_shouty_snake_case"]
                        .iter()
                        .any(|call| text.contains(call))
                    {
                        offenders.push(path.display().to_string());
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "name Rust items through `names`: {offenders:?}");
    }
}
