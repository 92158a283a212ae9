//! The TUI's command-line face: flags parse, and without a terminal it says so and
//! exits with status 2 instead of writing escape sequences into a pipe.

use assert_cmd::Command;
use predicates::prelude::*;

#[test]
fn without_a_terminal_it_refuses_cleanly() {
    Command::cargo_bin("baogao")
        .unwrap()
        .write_stdin("")
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("needs a terminal"));
}

#[test]
fn theme_values_are_checked() {
    Command::cargo_bin("baogao")
        .unwrap()
        .args(["--theme", "purple"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dark, light, mono"));
    Command::cargo_bin("baogao")
        .unwrap()
        .args(["--theme", "mono", "--mouse"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"));
}
