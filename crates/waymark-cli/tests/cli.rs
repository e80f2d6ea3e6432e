//! The CLI's user-visible output, exactly.

use std::process::Command;

fn waymark(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn check_passes_on_the_demo_content() {
    let (code, stdout, stderr) = waymark(&["check"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        stdout.starts_with("checked ") && stdout.ends_with("no problems\n"),
        "{stdout}"
    );
}

#[test]
fn check_reports_file_line_col_and_help() {
    let (code, stdout, stderr) = waymark(&["check", "tests/fixtures/services/broken.json"]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "tests/fixtures/services/broken.json:7:36: error[E0202]: in `age >= 'eighty'`: expected a number, found text\n  \
         help: `<`, `<=`, `>`, `>=` compare numbers\n\
         found 1 problem(s) in 1 file(s)\n"
    );
}

#[test]
fn unknown_command_prints_usage() {
    let (code, _, stderr) = waymark(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("usage: waymark check"), "{stderr}");
}
