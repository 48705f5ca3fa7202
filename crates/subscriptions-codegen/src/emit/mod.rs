//! The emitters: Rust from the model.
//!
//! - [`types`] reworks typify's types: three states for optional nullable
//!   properties ([`nullable`]), enums for discriminated unions
//!   ([`unions`]), open enums and unions for what responses carry
//!   ([`open`]), six-digit date-times ([`timestamps`]), response structs
//!   that can grow ([`extensible`]), constructors and setters for what
//!   requests carry ([`constructors`]);
//! - [`client`] splits progenitor's output into the types and the client,
//!   whose method examples [`examples`] makes compile;
//! - [`server`] writes the server trait, the response enums and the router;
//!   for a document in a crate of its own, [`example_server`] writes a server
//!   answering with its examples and a call of each operation.

pub mod client;
pub mod constructors;
pub mod example_server;
pub mod examples;
pub mod extensible;
pub mod nullable;
pub mod open;
pub mod schema_check;
pub mod server;
pub mod timestamps;
pub mod types;
pub mod unions;
