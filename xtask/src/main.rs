//! `cargo xtask`: maintainer commands for this workspace.

use std::process::ExitCode;

use xtask::{Change, EXIT_ERROR, EXIT_STALE, EXIT_USAGE, Outcome};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate           regenerate the crates under crates/ from openapi/subscriptions.yaml
  generate --check   change nothing; fail (exit 3) if any generated file is stale

exit codes: 0 success, 1 error, 2 usage, 3 stale generated files";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate"] => generate(false),
        ["generate", "--check"] => generate(true),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn generate(check: bool) -> ExitCode {
    let root = xtask::workspace_root();
    match xtask::generate(&root, check) {
        Ok(Outcome::Fresh { files }) => {
            println!("{files} generated files are up to date");
            ExitCode::SUCCESS
        }
        Ok(Outcome::Written(changes)) => {
            for change in &changes {
                println!("{}", describe(change, false));
            }
            ExitCode::SUCCESS
        }
        Ok(Outcome::Stale(changes)) => {
            eprintln!("generated files are stale:");
            for change in &changes {
                eprintln!("  {}", describe(change, true));
            }
            eprintln!("run `cargo xtask generate` and commit the result");
            ExitCode::from(EXIT_STALE)
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn describe(change: &Change, check: bool) -> String {
    let verb = match (change, check) {
        (Change::Create(_), false) => "created",
        (Change::Update(_), false) => "updated",
        (Change::Delete(_), false) => "deleted",
        (Change::Create(_), true) => "missing, would be created:",
        (Change::Update(_), true) => "out of date:",
        (Change::Delete(_), true) => "no longer generated, would be deleted:",
    };
    format!("{verb} {}", change.path())
}
