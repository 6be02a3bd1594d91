//! Saving to what is not a plain file: a pipe or a device is written into and stays what it
//! is, `/dev/full` is an error, a link planted in an output folder is replaced rather than
//! written through, and a folder that cannot be written is named. Reading: a device is
//! refused, and no more than the size limit is ever read from anything.
//!
//! Devices are made for each test in its own folder (as root); the system's own `/dev/null`
//! is never written by a test, so a Jaws that replaced what it writes to could not harm it.

#![cfg(unix)]

use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use jaws::workshop::session::{Overwrite, Session, save_session};
use jaws::workshop::{MAX_FILE_BYTES, Workshop, read_text};

use crate::common::{jaws, scratch};

fn s(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

fn is_fifo(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_fifo())
}

fn is_char_device(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_char_device())
}

fn mkfifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let ok = Process::new("mkfifo").arg(&path).status().unwrap();
    assert!(ok.success(), "mkfifo {path:?}");
    path
}

/// A character device like the system's `/dev/null` (1, 3) or `/dev/full` (1, 7), made in
/// `dir`; `None` (having said why) where this user cannot make one.
fn device(dir: &Path, name: &str, minor: u32) -> Option<PathBuf> {
    let path = dir.join(name);
    let made = Process::new("mknod")
        .arg(&path)
        .args(["c", "1", &minor.to_string()])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made && is_char_device(&path) {
        Some(path)
    } else {
        eprintln!("skipped: cannot make a device node here (not root?)");
        None
    }
}

/// Read everything from a pipe on another thread; the bytes arrive on the channel.
fn drain(fifo: &Path) -> std::sync::mpsc::Receiver<Vec<u8>> {
    let (send, bytes) = std::sync::mpsc::channel();
    let fifo = fifo.to_path_buf();
    std::thread::spawn(move || {
        // Opening for reading waits for a writer; if none comes, the test fails on its timeout.
        if let Ok(read) = std::fs::read(&fifo) {
            let _ = send.send(read);
        }
    });
    bytes
}

#[test]
fn an_export_to_a_pipe_is_written_into_it_and_the_pipe_stays() {
    let dir = scratch("fifo");
    let fifo = mkfifo(dir.path(), "chart");
    let bytes = drain(&fifo);
    let run = jaws(&["export", "--csv", s(&fifo)]).ok();
    assert!(run.stdout.contains("wrote"), "{}", run.stdout);
    let got = bytes
        .recv_timeout(Duration::from_secs(20))
        .expect("the reader got the CSV");
    let text = String::from_utf8(got).unwrap();
    assert!(text.starts_with("\u{feff}year,demand,"), "{text:.80}");
    assert!(is_fifo(&fifo), "the pipe was replaced by a file");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "left a file behind"
    );
}

#[test]
fn a_pipe_nobody_reads_is_refused_at_once_and_stays() {
    let dir = scratch("fifo-alone");
    let fifo = mkfifo(dir.path(), "chart.svg");
    let started = std::time::Instant::now();
    let run = jaws(&["export", "--svg", s(&fifo)]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("nothing is reading from"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("wrote"), "{}", run.stdout);
    assert!(started.elapsed() < Duration::from_secs(20), "it waited");
    assert!(is_fifo(&fifo), "the pipe was replaced by a file");
}

#[test]
fn a_null_device_is_written_into_and_stays_a_device() {
    let dir = scratch("null");
    let Some(null) = device(dir.path(), "null", 3) else {
        return;
    };
    for args in [
        ["export", "--png", s(&null)],
        ["export", "--svg", s(&null)],
        ["export", "--csv", s(&null)],
        ["tornado", "--csv", s(&null)],
    ] {
        let run = jaws(&args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        assert!(is_char_device(&null), "{args:?} replaced the device");
    }
    // Saving a session there too: nothing is read from it first, nothing replaces it.
    let w = Workshop::bundled();
    save_session(&null, &Session::new(&w), Overwrite::IfReadable).unwrap();
    assert!(
        is_char_device(&null),
        "saving a session replaced the device"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "left a file behind"
    );
}

#[test]
fn a_full_device_is_an_error_not_wrote() {
    let dir = scratch("full");
    let Some(full) = device(dir.path(), "full", 7) else {
        return;
    };
    let run = jaws(&["export", "--csv", s(&full)]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(!run.stdout.contains("wrote"), "{}", run.stdout);
    assert!(
        run.stderr.contains(&format!("cannot write {}", s(&full)))
            && run.stderr.contains("no space"),
        "{}",
        run.stderr
    );
    assert!(is_char_device(&full), "the device was replaced by a file");
    let w = Workshop::bundled();
    let e = save_session(&full, &Session::new(&w), Overwrite::Always).unwrap_err();
    assert!(e.to_string().contains("no space"), "{e}");
    assert!(is_char_device(&full));
}

#[test]
fn a_link_planted_in_the_report_folder_is_replaced_not_written_through() {
    let dir = scratch("links");
    let victim = dir.path().join("precious.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let out = dir.path().join("report");
    std::fs::create_dir(&out).unwrap();
    for name in ["report.html", "report.md", "compare-jaws.svg"] {
        std::os::unix::fs::symlink(&victim, out.join(name)).unwrap();
    }
    // A link to nowhere is replaced too, never followed to make a file elsewhere.
    let elsewhere = dir.path().join("made-elsewhere.svg");
    std::os::unix::fs::symlink(&elsewhere, out.join("compare-trust.svg")).unwrap();
    jaws(&["report", "--out", s(&out)]).ok();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(!elsewhere.exists(), "followed a dangling link");
    for name in [
        "report.html",
        "report.md",
        "compare-jaws.svg",
        "compare-trust.svg",
    ] {
        let m = std::fs::symlink_metadata(out.join(name)).unwrap();
        assert!(m.is_file(), "{name} is still a link");
    }
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_link_at_an_export_name_is_replaced_not_written_through() {
    let dir = scratch("export-link");
    let victim = dir.path().join("precious.txt");
    std::fs::write(&victim, "keep me").unwrap();
    for (flag, name) in [
        ("--svg", "chart.svg"),
        ("--png", "chart.png"),
        ("--csv", "data.csv"),
    ] {
        let link = dir.path().join(name);
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        jaws(&["export", flag, s(&link)]).ok();
        assert_eq!(
            std::fs::read_to_string(&victim).unwrap(),
            "keep me",
            "{flag}"
        );
        assert!(
            std::fs::symlink_metadata(&link).unwrap().is_file(),
            "{flag}"
        );
    }
}

#[test]
fn a_folder_that_cannot_be_written_is_named() {
    let dir = scratch("read-only");
    let ro = dir.path().join("stick");
    std::fs::create_dir(&ro).unwrap();
    let target = ro.join("chart.svg");
    // A read-only disk, mounted in a private mount namespace, where this system allows one.
    let out = Process::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg(r#"mount -t tmpfs -o size=64k,ro tmpfs "$1" && echo mounted >&2 && exec "$2" export --svg "$3""#)
        .args(["sh", s(&ro), env!("CARGO_BIN_EXE_jaws"), s(&target)])
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: cannot run unshare");
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.contains("mounted") {
        eprintln!("skipped: this system cannot mount a read-only folder for the test:\n{stderr}");
        return;
    }
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "the folder {} cannot be written (it is on a read-only disk)",
            s(&ro)
        )),
        "{stderr}"
    );
}

#[test]
fn a_device_is_refused_as_a_file_to_read_at_once() {
    let started = std::time::Instant::now();
    let run = jaws(&["check", "/dev/zero"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("/dev/zero:1:1: is a device, not a file; expected a Jaws workshop, session or scenario file"),
        "{}",
        run.stderr
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn no_more_than_the_limit_is_read_from_a_pipe() {
    // A pipe says its size is 0: only the cap on reading stops it. The writer on the other
    // end offers four times the limit (as good as endless) and is told to stop when the
    // reader closes.
    let dir = scratch("endless");
    let fifo = mkfifo(dir.path(), "endless.ron");
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            let block = vec![b' '; 1 << 16];
            let mut written = 0u64;
            while written < 4 * MAX_FILE_BYTES && f.write_all(&block).is_ok() {
                written += block.len() as u64;
            }
            written
        })
    };
    let e = read_text(&fifo).unwrap_err();
    assert_eq!(e.0.len(), 1);
    assert!(
        e.0[0].message.starts_with("the file is more than 8 MiB"),
        "{}",
        e.0[0].message
    );
    let written = writer.join().unwrap();
    assert!(
        written <= MAX_FILE_BYTES + (1 << 17),
        "read {written} bytes from a pipe"
    );
}
