//! The `xtask` binary's exit codes, as CI and maintainers see them.

use std::process::Command;

fn xtask(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).output().expect("xtask runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn generate_check_passes_on_the_committed_tree() {
    let (code, out, err) = xtask(&["generate", "--check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("generated files are up to date"), "{out}");
}

#[test]
fn the_house_rules_pass_on_the_spec() {
    let (code, out, err) = xtask(&["lint", "--no-redocly"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 findings"), "{out}");
}

#[test]
fn a_bad_command_line_exits_with_2_and_the_usage() {
    for args in [&["bogus"][..], &["generate", "--force"], &["diff", "--frobnicate"]] {
        let (code, _, err) = xtask(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("usage: cargo xtask <command>"), "{args:?}: {err}");
    }
}
