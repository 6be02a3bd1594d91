//! The one way Jaws writes a file (sessions, scenarios, autosaves, charts, CSV, reports), so
//! that a crash, a full disk or a pulled memory stick never leaves half a file, and a name in
//! a folder someone else can write to never sends the bytes somewhere else.
//!
//! What is at the path decides how:
//!
//! - nothing, a regular file, or a symbolic link: the bytes go to a new temporary file in the
//!   same folder, which is flushed, synced and renamed over the name in one step. A link is
//!   replaced by the file, never written through: a link planted in an output folder cannot
//!   make Jaws overwrite what it points at.
//! - a pipe (FIFO) or a character device (`/dev/null`, a terminal): the bytes are written into
//!   it, as a shell's `>` would, and it stays what it is. A pipe nobody reads from is refused
//!   at once rather than waited on; `/dev/full` gives its error.
//! - a folder, a disk (block device) or a socket: refused, untouched.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Names of temporary files start with this, after a dot, so they are easy to spot.
pub const TEMP_MARKER: &str = ".jaws-tmp-";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Write `bytes` to `path`: afterwards a file at `path` holds either its old contents or all
/// of `bytes`, never a mixture, and no temporary file is left behind; a pipe or character
/// device at `path` has been written into. Errors say, in words, what stood in the way.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match what_is_at(path)? {
        At::Nothing | At::Link => replace(path, bytes, None),
        At::File(permissions) => replace(path, bytes, Some(permissions)),
        At::Special(special) => write_into(path, bytes, special),
        At::Refused(what) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{} is {what}, not a file; choose a file name",
                path.display()
            ),
        )),
    }
}

/// What a name stands for, as far as writing to it goes.
enum At {
    Nothing,
    /// A symbolic link (to anything, or to nothing): replaced, never followed.
    Link,
    /// A regular file, with the permissions its replacement keeps.
    File(fs::Permissions),
    /// Written into, never replaced.
    Special(Special),
    /// Never written: what it is, for the message.
    Refused(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Special {
    Pipe,
    Device,
}

fn what_is_at(path: &Path) -> io::Result<At> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(At::Nothing),
        Err(e) => return Err(explain(e)),
    };
    let t = meta.file_type();
    if t.is_symlink() {
        return Ok(At::Link);
    }
    if t.is_file() {
        return Ok(At::File(meta.permissions()));
    }
    if t.is_dir() {
        return Ok(At::Refused("a folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Ok(At::Special(Special::Pipe));
        }
        if t.is_char_device() {
            return Ok(At::Special(Special::Device));
        }
        if t.is_block_device() {
            return Ok(At::Refused("a disk (a block device)"));
        }
        if t.is_socket() {
            return Ok(At::Refused("a socket"));
        }
    }
    Ok(At::Refused("something other than a file"))
}

/// Write a new file beside `path` and rename it over the name.
fn replace(path: &Path, bytes: &[u8], keep: Option<fs::Permissions>) -> io::Result<()> {
    let folder = folder_of(path);
    let (tmp, mut file) = claim_temp(path, folder)?;
    let result = (|| {
        file.write_all(bytes)?;
        file.flush()?;
        if let Some(permissions) = keep {
            file.set_permissions(permissions)?;
        }
        file.sync_all()?;
        drop(file);
        // `rename` replaces whatever has the name, a link included, and never follows it.
        fs::rename(&tmp, path)?;
        sync_folder(folder);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(explain)
}

/// The folder a name is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A new temporary file in `folder`, created exclusively: never an existing file, and never
/// through a link someone placed at the name.
fn claim_temp(path: &Path, folder: &Path) -> io::Result<(PathBuf, File)> {
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", path.display()),
        )
    })?;
    let mut last = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let tmp = folder.join(format!(
            ".{}{TEMP_MARKER}{}-{n}-{nanos:x}",
            name.to_string_lossy(),
            std::process::id()
        ));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            // This is where a missing or read-only folder shows up.
            Err(e) => return Err(explain_folder(e, folder)),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// Write into a pipe or a character device, as `>` in a shell would; it is never replaced.
fn write_into(path: &Path, bytes: &[u8], special: Special) -> io::Result<()> {
    let mut file = open_special(path, special)?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(explain)
}

#[cfg(unix)]
fn open_special(path: &Path, special: Special) -> io::Result<File> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    // Not through a link put there since it was looked at; and a pipe is opened without
    // waiting, so that one nobody reads from is an error now rather than a hang.
    let mut flags = OFlags::NOFOLLOW;
    if special == Special::Pipe {
        flags |= OFlags::NONBLOCK;
    }
    let file = OpenOptions::new()
        .write(true)
        .custom_flags(flags.bits() as i32)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(code) if code == rustix::io::Errno::NXIO.raw_os_error() => io::Error::new(
                io::ErrorKind::NotConnected,
                format!(
                    "{} is a pipe that nothing is reading from; start the program that reads it first",
                    path.display()
                ),
            ),
            _ => explain(e),
        })?;
    if special == Special::Pipe {
        // Someone is reading: from here on, wait for them as any writer to a pipe does.
        rustix::fs::fcntl_setfl(&file, OFlags::empty()).map_err(io::Error::from)?;
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_special(path: &Path, _special: Special) -> io::Result<File> {
    OpenOptions::new().write(true).open(path)
}

/// An error in words a person can act on; callers name the file.
fn explain(e: io::Error) -> io::Error {
    let kind = e.kind();
    let words = match kind {
        io::ErrorKind::StorageFull => "no space is left on the device",
        io::ErrorKind::PermissionDenied => "permission denied",
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        io::ErrorKind::QuotaExceeded => "the disk quota is used up",
        io::ErrorKind::NotFound => "its folder does not exist",
        // Already in words (ours), or as the system says it.
        _ => return e,
    };
    io::Error::new(kind, words)
}

/// Why a new file cannot be made in `folder`, naming the folder.
fn explain_folder(e: io::Error, folder: &Path) -> io::Error {
    let kind = e.kind();
    let why = match kind {
        io::ErrorKind::NotFound => "does not exist",
        io::ErrorKind::PermissionDenied => "cannot be written (permission denied)",
        io::ErrorKind::ReadOnlyFilesystem => "cannot be written (it is on a read-only disk)",
        io::ErrorKind::StorageFull => "is on a disk with no space left",
        io::ErrorKind::QuotaExceeded => "is on a disk whose quota is used up",
        io::ErrorKind::NotADirectory => "is not a folder",
        _ => return e,
    };
    io::Error::new(kind, format!("the folder {} {why}", folder.display()))
}

/// Make the rename itself durable. Best effort: not every platform can open a folder.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(f) = File::open(folder) {
        let _ = f.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(TEMP_MARKER))
            .collect()
    }

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"first, longer contents").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn refuses_a_folder_and_names_a_missing_one() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_atomic(dir.path(), b"x").unwrap_err();
        assert!(e.to_string().contains("is a folder"), "{e}");
        let missing = dir.path().join("nope");
        let e = write_atomic(&missing.join("a.txt"), b"x").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("the folder {} does not exist", missing.display())
        );
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"new").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}
