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

use crate::model::unions::{self, Unions};
use crate::spec::{Spec, SpecErrors, pointer};

/// The settings every generated crate is made with. Each discriminated
/// union is replaced by the enum [`emit::unions::emit`](crate::emit::unions::emit)
/// writes, under the same name.
pub fn settings(unions: &Unions, client_runtime: bool) -> progenitor_impl::GenerationSettings {
    let mut settings = progenitor_impl::GenerationSettings::new();
    settings
        .with_interface(progenitor_impl::InterfaceStyle::Builder)
        .with_tag(progenitor_impl::TagStyle::Merged)
        // Maps serialize in key order, so JSON output is stable.
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("PartialEq");
    if client_runtime {
        // The client's own runtime (tokens, retries, rate limit, tracing,
        // the user's interceptors) lives in a hand-written type that the
        // client's hooks read; forgetting the hooks is a compile error.
        settings.with_inner_type(quote::quote!(crate::Settings)).with_hooks(progenitor_impl::HooksMode::Expected);
    }
    for name in unions::replacements(unions) {
        let rust = crate::names::type_name(name);
        settings.with_replacement(&rust, &rust, std::iter::empty());
    }
    settings
}

/// Generates progenitor's token stream for the document the model prepared.
pub fn generate(
    spec: &Spec,
    doc: &openapiv3::OpenAPI,
    unions: &Unions,
    client_runtime: bool,
) -> Result<TokenStream, SpecErrors> {
    let settings = settings(unions, client_runtime);
    match run(doc, &settings) {
        Ok(tokens) => Ok(tokens),
        Err(message) => {
            let at = locate(doc, &settings).unwrap_or_default();
            Err(SpecErrors::one(spec.error(at, format!("progenitor cannot generate this: {message}"))))
        }
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
            // The path item with this one operation: the others are taken
            // out by name, from the model's one list of methods.
            let mut only = serde_json::to_value(item).expect("a path item serializes");
            if let Some(map) = only.as_object_mut() {
                map.retain(|key, _| key == method || !crate::model::METHODS.iter().any(|(name, _)| name == key));
            }
            let only: openapiv3::PathItem = serde_json::from_value(only).expect("a path item reads back");
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
