//! `cargo xtask`: maintainer commands for this workspace.

use std::process::ExitCode;

use xtask::review::{self, DiffOptions};
use xtask::{Change, EXIT_ERROR, EXIT_STALE, EXIT_USAGE, Outcome};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate                 regenerate the crates under crates/ from openapi/subscriptions.yaml
  generate --check         change nothing; fail (exit 3) if any generated file is stale, or if the
                           version is too low for what changed since openapi/released.yaml
  release [--dry-run]      bump info.version and the public crates' version as the changes since
                           the last release need, write the CHANGELOG.md entry, regenerate
  lint [--no-redocly]      check the spec against the house rules, then with Redocly (exit 1 on findings)
  lint --rules             list the house rules
  diff [BASE] [--allow-breaking] [--check-version] [--semver] [--output FILE]
                           report what changed since BASE (default: merge base with main),
                           as Markdown; exit 4 on a breaking change or a missing version bump
                           (with --check-version, a major bump of info.version allows breaking);
                           --semver adds cargo-semver-checks on the public crates (pinned,
                           installed into target/tools)
  semver-tool BASE         install cargo-semver-checks (pinned, into target/tools) if
                           `diff BASE --semver` will run it
  msrv                     check that no dependency of the public crates needs a Rust newer
                           than the declared rust-version
  docs                     build the HTML reference into target/docs/subscriptions.html
  bench-report             run every benchmark side by side and write BENCHMARKS.md
  bench-setup              time a fresh clone's `cargo xtask generate` and `cargo test --workspace`
  conformance              schemathesis against the sandbox, Prism against the client and as a
                           validating proxy (installs both, pinned, into target/ and xtask/node)
  ui-test                  the sandbox's page in headless Chromium (Debian's, pinned, unpacked into
                           target/chromium; playwright-core pinned in xtask/node)

exit codes: 0 success, 1 error or lint findings, 2 usage, 3 stale generated files, 4 breaking change";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate"] => generate(false),
        ["generate", "--check"] => {
            let code = generate(true);
            // A generation error keeps its own exit code.
            if versions() || code != ExitCode::SUCCESS { code } else { ExitCode::from(EXIT_STALE) }
        }
        ["msrv"] => match xtask::msrv::check(&xtask::workspace_root()) {
            Ok(problems) if problems.is_empty() => ExitCode::SUCCESS,
            Ok(problems) => {
                for problem in &problems {
                    eprintln!("error: {problem}");
                }
                ExitCode::from(EXIT_ERROR)
            }
            Err(e) => fail(&e),
        },
        ["release"] => release(false),
        ["release", "--dry-run"] => release(true),
        ["lint"] => lint(true),
        ["lint", "--no-redocly"] => lint(false),
        ["lint", "--rules"] => {
            for (rule, what) in subscriptions_review::lint::RULES {
                println!("{rule:24} {what}");
            }
            ExitCode::SUCCESS
        }
        ["diff", rest @ ..] => match diff_options(rest) {
            Some(options) => finish(review::diff(&xtask::workspace_root(), &options)),
            None => usage(),
        },
        ["semver-tool", base] => match xtask::semver_checks::prepare(&xtask::workspace_root(), base) {
            Ok(said) => {
                println!("{said}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        ["bench-report"] => match xtask::bench::report(&xtask::workspace_root()) {
            Ok(path) => {
                println!("wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        ["bench-setup"] => match xtask::bench::setup::measure(&xtask::workspace_root()) {
            Ok(setup) => {
                println!(
                    "fresh clone: cargo xtask generate {:.0} s, then cargo test --workspace {:.0} s, in all {:.0} s",
                    setup.generate,
                    setup.test,
                    setup.generate + setup.test
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        ["conformance"] => match xtask::conformance::conformance(&xtask::workspace_root()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        },
        ["ui-test"] => match xtask::ui::test(&xtask::workspace_root()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        },
        ["docs"] => match review::docs(&xtask::workspace_root()) {
            Ok(path) => {
                println!("wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(EXIT_USAGE)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(EXIT_ERROR)
}

fn finish(result: Result<u8, String>) -> ExitCode {
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => fail(&e),
    }
}

fn diff_options(args: &[&str]) -> Option<DiffOptions> {
    let mut options = DiffOptions::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--allow-breaking" => options.allow_breaking = true,
            "--check-version" => options.check_version = true,
            "--semver" => options.semver = true,
            "--output" => options.output = Some(args.next()?.into()),
            flag if flag.starts_with('-') => return None,
            base if options.base.is_none() => options.base = Some(base.to_owned()),
            _ => return None,
        }
    }
    Some(options)
}

fn lint(with_redocly: bool) -> ExitCode {
    let root = xtask::workspace_root();
    let findings = match review::lint_findings(&root) {
        Ok(findings) => findings,
        Err(e) => return fail(&e),
    };
    for finding in &findings {
        println!("{finding}");
    }
    let mut ok = findings.is_empty();
    println!(
        "{}: {} finding{} from the house rules (`cargo xtask lint --rules` lists them)",
        subscriptions_codegen::SPEC_PATH,
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    );
    if with_redocly {
        match review::redocly_lint(&root) {
            Ok(passed) => ok &= passed,
            Err(e) => return fail(&e),
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::from(EXIT_ERROR) }
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

/// Whether the versions fit what changed since the last release (printing
/// why not).
fn versions() -> bool {
    match xtask::release::standing(&xtask::workspace_root()) {
        Ok(standing) => {
            let problems = standing.problems();
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            problems.is_empty()
        }
        Err(e) => {
            eprintln!("error: {e}");
            false
        }
    }
}

fn release(dry_run: bool) -> ExitCode {
    let root = xtask::workspace_root();
    let release = match xtask::release::plan(&root) {
        Ok(Some(release)) => release,
        Ok(None) => {
            println!("nothing changed since {}: no release", xtask::release::RELEASED_PATH);
            return ExitCode::SUCCESS;
        }
        Err(e) => return fail(&e),
    };
    println!("{}", release.entry);
    if dry_run {
        println!("would release {} (a {} bump)", release.version, release.bump.as_str());
        return ExitCode::SUCCESS;
    }
    if let Err(e) = xtask::release::apply(&root, &release) {
        return fail(&e);
    }
    println!(
        "released {} (a {} bump): CHANGELOG.md, Cargo.toml, the spec's info.version",
        release.version,
        release.bump.as_str()
    );
    generate(false)
}
