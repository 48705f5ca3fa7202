//! Running progenitor, with its panics turned into spec errors.
//!
//! progenitor 0.15 still answers some unsupported constructs with `todo!`,
//! `assert!` or `unimplemented!`. The model checks catch the known ones
//! first; anything left is caught here, kept off stderr, and located by
//! retrying one operation at a time.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use proc_macro2::TokenStream;
use serde_json::Value;

use crate::nullable;
use crate::spec::{Spec, SpecErrors, pointer};
use crate::unions::{self, Unions};

/// The settings every generated crate is made with. Each discriminated
/// union is replaced by the enum [`unions::emit`]
/// writes, under the same name.
pub fn settings(unions: &Unions) -> progenitor_impl::GenerationSettings {
    let mut settings = progenitor_impl::GenerationSettings::new();
    settings
        .with_interface(progenitor_impl::InterfaceStyle::Builder)
        .with_tag(progenitor_impl::TagStyle::Merged)
        // Maps serialize in key order, so JSON output is stable.
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("PartialEq");
    for name in unions::replacements(unions) {
        let rust = heck::ToUpperCamelCase::to_upper_camel_case(name);
        settings.with_replacement(&rust, &rust, std::iter::empty());
    }
    settings
}

/// Generates progenitor's token stream for the whole document.
pub fn generate(spec: &Spec, unions: &Unions) -> Result<TokenStream, SpecErrors> {
    let doc = prepare(spec, unions)?;
    let settings = settings(unions);
    match run(&doc, &settings) {
        Ok(tokens) => Ok(tokens),
        Err(message) => {
            let at = locate(&doc, &settings).unwrap_or_default();
            Err(SpecErrors::one(spec.error(at, format!("progenitor cannot generate this: {message}"))))
        }
    }
}

/// The document as progenitor should see it.
///
/// progenitor puts parameter descriptions in a Markdown list in the method's
/// rustdoc; a description wrapped over several lines then reads as a "lazy
/// continuation", which clippy rejects. Within a paragraph a line break means
/// a space in Markdown, so the lines of each paragraph are joined.
///
/// The schemas are rewritten for what typify can type: discriminated
/// unions ([`unions::prepare`]), nullable references
/// ([`nullable::prepare`]), and assertions that constrain values without
/// changing their type (`not`), which only the server's schema check needs.
fn prepare(spec: &Spec, unions: &Unions) -> Result<openapiv3::OpenAPI, SpecErrors> {
    let mut raw = spec.raw.clone();
    if let Some(Value::Object(schemas)) = raw.pointer_mut("/components/schemas") {
        unions::prepare(schemas, unions);
        nullable::prepare(spec, schemas);
        for schema in schemas.values_mut() {
            strip_assertions(schema);
        }
    }
    let mut lists: Vec<&mut Value> = Vec::new();
    if let Some(Value::Object(parameters)) = raw.pointer_mut("/components/parameters") {
        lists.extend(parameters.values_mut());
    }
    for description in lists.into_iter().filter_map(|p| p.get_mut("description")) {
        unwrap_paragraphs(description);
    }
    if let Some(Value::Object(paths)) = raw.get_mut("paths") {
        for item in paths.values_mut() {
            let Value::Object(item) = item else { continue };
            for (key, node) in item.iter_mut() {
                let list = if key == "parameters" { Some(node) } else { node.get_mut("parameters") };
                let Some(Value::Array(list)) = list else { continue };
                for description in list.iter_mut().filter_map(|p| p.get_mut("description")) {
                    unwrap_paragraphs(description);
                }
            }
        }
    }
    serde_json::from_value(raw)
        .map_err(|e| SpecErrors::one(spec.error("", format!("cannot prepare the document: {e}"))))
}

/// Removes `not`, and the `allOf` members left holding only a description
/// or a `required` list.
fn strip_assertions(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    map.remove("not");
    if let Some(Value::Array(members)) = map.get_mut("allOf") {
        for member in members.iter_mut() {
            strip_assertions(member);
        }
        members.retain(|m| !m.as_object().is_some_and(|o| o.keys().all(|k| k == "description" || k == "required")));
        if members.is_empty() {
            map.remove("allOf");
        }
    }
    for (key, child) in map.iter_mut() {
        match key.as_str() {
            "properties" => {
                if let Value::Object(properties) = child {
                    properties.values_mut().for_each(strip_assertions);
                }
            }
            "items" | "additionalProperties" => strip_assertions(child),
            "oneOf" | "anyOf" => {
                if let Value::Array(members) = child {
                    members.iter_mut().for_each(strip_assertions);
                }
            }
            _ => {}
        }
    }
}

fn unwrap_paragraphs(description: &mut Value) {
    if let Value::String(text) = description {
        let paragraphs: Vec<String> =
            text.trim().split("\n\n").map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" ")).collect();
        *text = paragraphs.join("\n\n");
    }
}

fn run(doc: &openapiv3::OpenAPI, settings: &progenitor_impl::GenerationSettings) -> Result<TokenStream, String> {
    match quietly(|| progenitor_impl::Generator::new(settings).generate_tokens(doc)) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(error)) => Err(error.to_string()),
        Err(panic) => Err(format!("progenitor panicked: {panic}")),
    }
}

/// Finds what makes progenitor fail, as a JSON pointer: a component schema
/// (found by blanking one schema at a time), or else the first operation that
/// fails on its own.
fn locate(doc: &openapiv3::OpenAPI, settings: &progenitor_impl::GenerationSettings) -> Option<String> {
    let mut components_only = doc.clone();
    components_only.paths.paths.clear();
    if run(&components_only, settings).is_err() {
        let names: Vec<String> = doc.components.iter().flat_map(|c| c.schemas.keys().cloned()).collect();
        for name in names {
            let mut blanked = components_only.clone();
            if let Some(components) = blanked.components.as_mut() {
                components.schemas.insert(
                    name.clone(),
                    openapiv3::ReferenceOr::Item(openapiv3::Schema {
                        schema_data: Default::default(),
                        schema_kind: openapiv3::SchemaKind::Any(Default::default()),
                    }),
                );
            }
            if run(&blanked, settings).is_ok() {
                return Some(pointer(["components", "schemas", name.as_str()]));
            }
        }
        return Some("/components/schemas".to_owned());
    }
    for (path, item) in &doc.paths.paths {
        let openapiv3::ReferenceOr::Item(item) = item else { continue };
        for (method, _) in item.iter() {
            let mut single = doc.clone();
            single.paths.paths.clear();
            let mut only = item.clone();
            for (other, slot) in [
                ("get", &mut only.get),
                ("put", &mut only.put),
                ("post", &mut only.post),
                ("delete", &mut only.delete),
                ("options", &mut only.options),
                ("head", &mut only.head),
                ("patch", &mut only.patch),
                ("trace", &mut only.trace),
            ] {
                if other != method {
                    *slot = None;
                }
            }
            single.paths.paths.insert(path.clone(), openapiv3::ReferenceOr::Item(only));
            if run(&single, settings).is_err() {
                return Some(pointer(["paths", path.as_str(), method]));
            }
        }
    }
    None
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into `Err(message)` without printing it. Other
/// threads' panics still reach the previous hook.
fn quietly<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let payload = info.payload();
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_owned());
                let location = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
                CAUGHT.with(|c| *c.borrow_mut() = Some(format!("{message}{location}")));
            } else {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.map_err(|_| CAUGHT.with(|c| c.borrow_mut().take()).unwrap_or_else(|| "unknown panic".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::quietly;

    #[test]
    fn a_panic_becomes_an_error_message() {
        let result: Result<(), String> = quietly(|| panic!("boom"));
        let message = result.unwrap_err();
        assert!(message.starts_with("boom ("), "{message}");
    }

    #[test]
    fn no_panic_passes_the_value_through() {
        assert_eq!(quietly(|| 7), Ok(7));
    }
}
