//! Reading Jaws's RON files with positions: the one layer every kind of file (workshop,
//! scenario, session) is read through.
//!
//! - [`read_text`]: bytes from disk to text, refusing what cannot be a Jaws file (too big, not
//!   UTF-8, a folder).
//! - [`syntax`]: parsing into a file's shape, with a parser's error turned into a located
//!   problem in words.
//! - [`locate`]: where a path of fields, keys and items lies in the text ([`Doc`]), and the
//!   problems found after parsing, placed there ([`Report`]).
//! - [`UniqueMap`]: maps that refuse a key given twice, and [`ReaderError`], the kinds of
//!   mistake Jaws's own readers find.
//!
//! It knows nothing of what the files mean; the modules for each kind build on it.

mod custom;
mod locate;
mod problem;
mod scan;
mod syntax;
mod unique_map;

use std::path::Path;

pub use custom::ReaderError;
pub use locate::{Doc, Report, Seg, Spot};
pub use problem::{Problem, Problems, whole_file};
pub use scan::{after_previous_token, char_in_string, skip_trivia, value_span};
pub use syntax::{MAX_DEPTH, UNNAMED_PART, options, parse};
pub use unique_map::UniqueMap;

/// Largest file Jaws will read: far above any real workshop, far below trouble.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Read a file as text for parsing, refusing what cannot be a Jaws file before parsing it.
pub fn read_text(path: &Path) -> Result<String, Problems> {
    let name = path.display().to_string();
    let fail = |m: String| Problems(vec![whole_file(&name, m)]);
    let meta = std::fs::metadata(path)
        .map_err(|e| fail(format!("cannot read the file: {}", io_reason(&e))))?;
    if meta.is_dir() {
        return Err(fail(
            "is a folder, not a file; expected a Jaws workshop, session or scenario file".into(),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "the file is {:.1} MiB; Jaws files are at most {} MiB, so this is not one",
            meta.len() as f64 / 1048576.0,
            MAX_FILE_BYTES / 1048576
        )));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| fail(format!("cannot read the file: {}", io_reason(&e))))?;
    text_from_bytes(&name, bytes)
}

/// Bytes to text, with the position of the first byte that is not UTF-8.
pub fn text_from_bytes(name: &str, mut bytes: Vec<u8>) -> Result<String, Problems> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not content.
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let text = String::from_utf8_lossy(&bytes[..good]);
        let doc = Doc::new(name, &text);
        Problems(vec![doc.problem_at(
            good,
            "the file is not valid UTF-8 text here; save it as UTF-8",
        )])
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
