//! No command panics on a closed output: `jaws project | head -1` and `jaws check FILE 2>&1 |
//! head -1` end quietly with the exit code they would have had.
//!
//! Each run writes to a pipe whose reading end is closed before Jaws starts, so the first
//! thing written meets a broken pipe, every time.

use std::process::{Command, Stdio};

use crate::common::scratch;

#[derive(Clone, Copy, PartialEq)]
enum Closed {
    Stdout,
    Stderr,
}

/// Run jaws with one output a pipe nobody reads; returns the exit code and the other output.
fn with_closed(closed: Closed, args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("make a pipe");
    drop(reader);
    let mut command = Command::new(env!("CARGO_BIN_EXE_jaws"));
    command.args(args).stdin(Stdio::null());
    match closed {
        Closed::Stdout => command.stdout(writer).stderr(Stdio::piped()),
        Closed::Stderr => command.stderr(writer).stdout(Stdio::piped()),
    };
    let out = command.output().expect("run jaws");
    let other = match closed {
        Closed::Stdout => out.stderr,
        Closed::Stderr => out.stdout,
    };
    let other = String::from_utf8_lossy(&other).into_owned();
    assert!(
        !other.contains("panicked"),
        "jaws {args:?} panicked:\n{other}"
    );
    (out.status.code(), other)
}

#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    for args in [
        &["project"][..],
        &["project", "--format", "json"],
        &["levers", "--format", "json"],
        &["links"],
        &["loops"],
        &["sweep", "--samples", "20", "--format", "csv"],
        &["tornado"],
        &["seek", "--target", "gap<=0", "--levers", "council_tax_rise"],
        &["--help"],
        &["check", "--help"],
    ] {
        let (code, stderr) = with_closed(Closed::Stdout, args);
        assert_eq!(code, Some(0), "jaws {args:?}:\n{stderr}");
        assert_eq!(stderr, "", "jaws {args:?} complained about the closed pipe");
    }
}

#[test]
fn problems_to_a_closed_pipe_end_with_the_exit_code_they_would_have_had() {
    let dir = scratch("closed-stderr");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(").unwrap();
    let broken = broken.to_str().unwrap();
    for (args, expected) in [
        (&["check", broken][..], 1),
        (&["check", broken, broken, broken], 1),
        (&["project", "--set", "nope=1"], 2),
        (&["project", "--workshop", broken], 1),
        (&["levers", "--no-such-option"], 2),
        (&["--stage", "nope", "--view", "present"], 2),
    ] {
        let (code, stdout) = with_closed(Closed::Stderr, args);
        assert_eq!(code, Some(expected), "jaws {args:?}:\n{stdout}");
    }
}

#[test]
fn checking_goes_on_when_the_list_of_good_files_is_not_read() {
    let dir = scratch("closed-check");
    let good = dir.path().join("good.ron");
    std::fs::write(&good, include_str!("../../workshops/cabinet-60.ron")).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(").unwrap();
    let (code, stderr) = with_closed(
        Closed::Stdout,
        &["check", good.to_str().unwrap(), broken.to_str().unwrap()],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.starts_with(broken.to_str().unwrap()), "{stderr}");
}
