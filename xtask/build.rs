//! Empty: xtask has a build script only so that its build-dependencies
//! (see Cargo.toml) align the features of what proc-macros are built with
//! with the generator's, and cargo builds each of those crates once.

fn main() {}
