//! Writing files so that a crash, a full disk or a pulled memory stick never leaves half a
//! file: write a temporary file in the same folder, flush and fsync it, then rename it over
//! the target (an atomic replacement on the same file system).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Names of temporary files start with this, after a dot, so they are easy to spot.
pub const TEMP_MARKER: &str = ".jaws-tmp-";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Write `bytes` to `path` atomically: afterwards `path` holds either its old contents or all
/// of `bytes`, never a mixture, and no temporary file is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, "", |tmp| {
        let mut f = OpenOptions::new().write(true).truncate(true).open(tmp)?;
        f.write_all(bytes)?;
        f.flush()
    })
}

/// Like [`write_atomic`], for writers that want a path rather than bytes (an image encoder
/// that picks its format from the extension). `suffix` ends the temporary file's name, such as
/// ".png". The temporary file exists, empty, when `write` is called; `write` replaces its
/// contents.
pub fn write_atomic_with(
    path: &Path,
    suffix: &str,
    write: impl FnOnce(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve_target(path)?;
    let tmp = temp_path(&target, suffix)?;
    // Claim the name first: this is where a missing folder or a read-only disk shows up.
    OpenOptions::new().write(true).create_new(true).open(&tmp)?;
    let result = (|| {
        write(&tmp)?;
        // Keep the permissions of the file being replaced.
        if let Ok(meta) = fs::metadata(&target) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        File::options().write(true).open(&tmp)?.sync_all()?;
        fs::rename(&tmp, &target)?;
        sync_folder(&target);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A symbolic link is replaced through, not over: write where it points.
fn resolve_target(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path),
        Ok(m) if m.is_dir() => Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            format!("{} is a folder, not a file", path.display()),
        )),
        _ => Ok(path.to_path_buf()),
    }
}

fn temp_path(target: &Path, suffix: &str) -> io::Result<PathBuf> {
    let name = target.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", target.display()),
        )
    })?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp_name = format!(
        ".{}{TEMP_MARKER}{}-{n}{suffix}",
        name.to_string_lossy(),
        std::process::id()
    );
    Ok(target.with_file_name(tmp_name))
}

/// Make the rename itself durable. Best effort: not every platform can open a folder.
fn sync_folder(target: &Path) {
    #[cfg(unix)]
    {
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if let Ok(f) = File::open(folder) {
            let _ = f.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("jaws-atomic-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(TEMP_MARKER))
            .collect()
    }

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_file() {
        let dir = scratch("replace");
        let path = dir.join("a.txt");
        write_atomic(&path, b"first, longer contents").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
        let dir = scratch("fail");
        let path = dir.join("a.txt");
        write_atomic(&path, b"kept").unwrap();
        let err = write_atomic_with(&path, ".png", |tmp| {
            fs::write(tmp, b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"kept");
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn refuses_a_folder() {
        let dir = scratch("folder");
        assert!(write_atomic(&dir, b"x").is_err());
        fs::remove_dir_all(dir).unwrap();
    }
}
