//! Helpers shared by the integration tests. Each test file uses some of them.
#![allow(dead_code)]

use std::process::Command;

/// Line and column (from 1; column in characters) of a byte offset.
pub fn position(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Line and column of the only occurrence of `needle`.
pub fn position_of(text: &str, needle: &str) -> (usize, usize) {
    assert_eq!(text.matches(needle).count(), 1, "`{needle}` is not unique");
    position(text, text.find(needle).unwrap())
}

/// A fresh, empty folder for one test, removed when the returned guard is dropped. The name
/// is only a prefix, to tell folders apart when one is left behind by a test that failed.
pub fn scratch(test: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("jaws-{test}-"))
        .tempdir()
        .expect("create temp dir")
}

/// What one run of `jaws` did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    pub fn ok(self) -> Run {
        assert_eq!(
            self.code,
            Some(0),
            "expected success; stderr:\n{}",
            self.stderr
        );
        self
    }
}

/// Run the real binary. No input may ever make it panic or die by a signal, and its output
/// is always UTF-8, so every run checks that.
pub fn jaws(args: &[&str]) -> Run {
    jaws_with(args, |_| {})
}

/// Run the real binary as `jaws`, after `configure` has set up its environment.
pub fn jaws_with(args: &[&str], configure: impl FnOnce(&mut Command)) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jaws"));
    command.args(args);
    configure(&mut command);
    let out = command.output().expect("run jaws");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "jaws {args:?} panicked:\n{}",
        run.stderr
    );
    assert!(
        run.code.is_some(),
        "jaws {args:?} was killed by a signal (stack overflow?):\n{}",
        run.stderr
    );
    run
}

/// A file dialog that answers "open a file" with one fixed file, and cancels the rest.
pub struct OpensOne(pub std::path::PathBuf);

impl jaws::app::files::FilePicker for OpensOne {
    fn save_file(&self, _: &str, _: &str, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn open_files(&self, _: &str) -> Option<Vec<std::path::PathBuf>> {
        Some(vec![self.0.clone()])
    }
    fn pick_folder(&self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
}
