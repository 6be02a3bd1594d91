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
pub mod text;
mod unique_map;

use std::io::Read;
use std::path::Path;

pub use custom::ReaderError;
pub use locate::{Doc, MOST_LISTED, Report, Seg, Spot};
pub use problem::{Problem, Problems, whole_file};
pub use scan::{after_previous_token, char_in_string, skip_trivia, value_span};
pub use syntax::{MAX_DEPTH, UNNAMED_PART, options, parse};
pub use unique_map::UniqueMap;

/// Largest file Jaws will read: far above any real workshop, far below trouble.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Read a file as text for parsing, refusing what cannot be a Jaws file before parsing it.
///
/// However the file reports its size (a device or a pipe says 0), no more than
/// [`MAX_FILE_BYTES`] and one byte are ever read: `jaws check /dev/zero` is refused at once.
pub fn read_text(path: &Path) -> Result<String, Problems> {
    let name = path.display().to_string();
    let fail = |m: String| Problems(vec![whole_file(&name, m)]);
    let cannot = |e: std::io::Error| fail(crate::t!("file-cannot-read", why = io_reason(&e)));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(fail(crate::i18n::tr("file-is-folder")));
    }
    if let Some(what) = not_a_file(&meta) {
        return Err(fail(crate::t!(
            "file-is-not-file",
            what = crate::i18n::tr(what)
        )));
    }
    let too_big = |size: Option<u64>| {
        let most = (MAX_FILE_BYTES / 1048576).to_string();
        let size = size.map_or_else(
            || crate::t!("file-size-more-than", most = most.as_str()),
            |n| format!("{:.1} MiB", n as f64 / 1048576.0),
        );
        fail(crate::t!("file-too-big", size = size, most = most.as_str()))
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(Some(meta.len())));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // It grew while being read, or it is a pipe: its real size is unknown.
        return Err(too_big(None));
    }
    text_from_bytes(&name, bytes)
}

/// What a path is when it is not a file nor a folder but something that cannot be read as
/// one: a device, a socket. A pipe is read like a file (`jaws check <(...)`), within the cap.
fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_char_device() {
            return Some("file-a-device");
        }
        if t.is_block_device() {
            return Some("file-a-disk");
        }
        if t.is_socket() {
            return Some("file-a-socket");
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    None
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
        Problems(vec![doc.problem_at(good, crate::i18n::tr("file-not-utf8"))])
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::i18n::tr("file-no-such-file"),
        std::io::ErrorKind::PermissionDenied => crate::i18n::tr("file-permission-denied"),
        _ => e.to_string(),
    }
}
