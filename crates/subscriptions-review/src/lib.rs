//! Spec review for pull requests: the house-rule lint behind
//! `cargo xtask lint` and the breaking-change report behind
//! `cargo xtask diff`.

pub mod diff;
pub mod lint;
