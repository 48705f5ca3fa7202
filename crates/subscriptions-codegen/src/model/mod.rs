//! The model: the document read once, checked against what the generators
//! support, and resolved into the typed form every other phase works from.
//!
//! This module is the only code that reads the raw document. The emitters
//! (types, client, server), the review lint and diff, and the tests take an
//! [`Api`]: its operations with typed parameters, bodies, responses and
//! headers; its routes with their `Allow` lists; its error format; the
//! discriminated unions and three-state properties; the examples; and the
//! document as typify should see it. Every node carries its JSON pointer.
//!
//! [`Api::build`] fails on any problem, with every problem listed;
//! [`Api::read`] keeps going, for the lint and the diff, which report on
//! documents the generators would refuse.
//!
//! Layout: `ir.rs` holds the types (and only types, with their queries);
//! `read.rs` reads operations, parameters, bodies, responses, security and
//! the error format into them; `unions.rs` and `nullable.rs` read the
//! discriminated unions and the three-state properties; `reach.rs` where
//! each schema flows; `prepare.rs` writes the document progenitor and
//! typify are shown.

pub mod nullable;
pub mod prepare;
mod reach;
pub mod unions;

pub use reach::Directions;

mod ir;
mod read;

pub use crate::names::field_name;
pub use crate::spec::{METHODS, Method};
pub use ir::*;
pub(crate) use read::is_ignored_header;
pub use read::references;
