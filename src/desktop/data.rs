//! Where Jaws keeps its own files: settings (`app.ron`, eframe's storage), autosaved sessions
//! (`autosave/`) and the facilitator's own workshops (`workshops/`), all in one folder, the
//! platform's data folder for applications:
//!
//! - Linux and other Unix: `$XDG_DATA_HOME/jaws`, else `~/.local/share/jaws`. A relative
//!   `XDG_DATA_HOME` is ignored, as the XDG Base Directory specification requires.
//! - macOS: `~/Library/Application Support/jaws`.
//! - Windows: `%APPDATA%\jaws\data`.
//!
//! These are the folders eframe keeps an app's settings in, found with `dirs` (which also finds
//! the documents folder for saving without a dialog) on macOS and Windows.
//!
//! `$JAWS_DATA_DIR` overrides all of these (tests, or a portable copy on a memory stick).
//! Until version 0.2, autosaves went to `~/.local/share/jaws` on macOS and `%APPDATA%\jaws` on
//! Windows while settings were elsewhere; [`move_from_old_place`] brings them over.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The name the data folder and eframe's storage go by: the app id.
pub const APP_ID: &str = "jaws";

/// The data folder, from the process's environment. `None` when there is no home folder.
pub fn data_dir() -> Option<PathBuf> {
    data_dir_in(&|k| std::env::var_os(k))
}

/// The data folder for the environment `env` gives.
pub fn data_dir_in(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    if let Some(d) = env("JAWS_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(std::path::absolute(&d).unwrap_or_else(|_| PathBuf::from(d)));
    }
    platform_dir(env)
}

/// The platform's data folder for the app id: where eframe has always kept Jaws' settings, so
/// they stay put. Worked out from `env` on Linux and other Unix, so tests can vary it.
#[cfg(all(unix, not(target_os = "macos")))]
fn platform_dir(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    absolute_var(env, "XDG_DATA_HOME")
        .or_else(|| absolute_var(env, "HOME").map(|h| h.join(".local").join("share")))
        .map(|d| d.join(APP_ID))
}

/// `~/Library/Application Support/jaws`.
#[cfg(target_os = "macos")]
fn platform_dir(_env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_ID))
}

/// `%APPDATA%\jaws\data` (the roaming application data folder).
#[cfg(not(unix))]
fn platform_dir(_env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_ID).join("data"))
}

/// A variable naming a folder, if it is set to an absolute path.
#[cfg(all(unix, not(target_os = "macos")))]
fn absolute_var(env: &dyn Fn(&str) -> Option<OsString>, key: &str) -> Option<PathBuf> {
    env(key).map(PathBuf::from).filter(|p| p.is_absolute())
}

/// Where Jaws before version 0.2 kept autosaves and workshops, if that is not where they go
/// now. `None` when `$JAWS_DATA_DIR` is set (the person chose the place) or there was none.
pub fn old_data_dir_in(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    if env("JAWS_DATA_DIR").is_some_and(|d| !d.is_empty()) {
        return None;
    }
    let absolute = |k: &str| env(k).map(PathBuf::from).filter(|p| p.is_absolute());
    let old = absolute("XDG_DATA_HOME")
        .or_else(|| absolute("APPDATA"))
        .or_else(|| absolute("HOME").map(|h| h.join(".local").join("share")))?
        .join(APP_ID);
    (Some(&old) != data_dir_in(env).as_ref()).then_some(old)
}

/// The folders inside the data folder that hold the person's files.
const MOVED_FOLDERS: [&str; 2] = ["autosave", "workshops"];

/// Move autosaves and workshops from `old` to `new`, file by file, leaving any file whose
/// name is taken in `new` where it is (nothing is overwritten). Empty folders left behind are
/// removed. Returns the files moved, in their new place. A missing `old` moves nothing.
pub fn move_from(old: &Path, new: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut moved = Vec::new();
    for folder in MOVED_FOLDERS {
        let from = old.join(folder);
        let Ok(entries) = std::fs::read_dir(&from) else {
            continue;
        };
        let to = new.join(folder);
        std::fs::create_dir_all(&to)?;
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.is_file()) {
            let Some(name) = path.file_name() else {
                continue;
            };
            let target = to.join(name);
            if target.exists() {
                continue;
            }
            move_file(&path, &target)?;
            moved.push(target);
        }
        let _ = std::fs::remove_dir(&from);
    }
    let _ = std::fs::remove_dir(old);
    Ok(moved)
}

/// Rename, or copy then remove where the two places are on different disks.
fn move_file(from: &Path, to: &Path) -> std::io::Result<()> {
    if std::fs::rename(from, to).is_ok() {
        return Ok(());
    }
    std::fs::copy(from, to)?;
    std::fs::remove_file(from)
}

/// On start: bring autosaves and workshops over from where an older Jaws kept them. Says what
/// it did on standard error; a failure leaves the files where they were, and says so.
pub fn move_from_old_place() {
    let env = |k: &str| std::env::var_os(k);
    let (Some(old), Some(new)) = (old_data_dir_in(&env), data_dir_in(&env)) else {
        return;
    };
    if !old.is_dir() {
        return;
    }
    match move_from(&old, &new) {
        Ok(moved) if moved.is_empty() => {}
        Ok(moved) => eprintln!(
            "Moved {} file{} (autosaved sessions and workshops) from {} to {}, where Jaws keeps its files now.",
            moved.len(),
            if moved.len() == 1 { "" } else { "s" },
            old.display(),
            new.display()
        ),
        Err(e) => eprintln!(
            "warning: could not move Jaws' files from {} to {} ({e}); they are still in the old place.",
            old.display(),
            new.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let map: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |k: &str| map.get(k).cloned()
    }

    #[test]
    fn jaws_data_dir_wins_and_nothing_is_moved_then() {
        let env = env_of(&[("JAWS_DATA_DIR", "/stick/jaws"), ("HOME", "/home/ann")]);
        assert_eq!(data_dir_in(&env), Some(PathBuf::from("/stick/jaws")));
        assert_eq!(old_data_dir_in(&env), None);
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    #[test]
    fn a_relative_xdg_data_home_is_ignored_as_the_spec_says() {
        let env = env_of(&[("XDG_DATA_HOME", "data"), ("HOME", "/home/ann")]);
        assert_eq!(
            data_dir_in(&env),
            Some(PathBuf::from("/home/ann/.local/share/jaws"))
        );
        let env = env_of(&[("XDG_DATA_HOME", "/srv/data"), ("HOME", "/home/ann")]);
        assert_eq!(data_dir_in(&env), Some(PathBuf::from("/srv/data/jaws")));
        assert_eq!(data_dir_in(&env_of(&[])), None, "no home, no data folder");
        // On Linux the place has not changed, so there is nothing to move.
        assert_eq!(old_data_dir_in(&env), None);
    }

    /// The folder eframe kept settings in before Jaws named it, so they are found again.
    #[test]
    fn the_data_folder_is_eframes_own() {
        let env = |k: &str| {
            if k == "JAWS_DATA_DIR" {
                None
            } else {
                std::env::var_os(k)
            }
        };
        assert_eq!(data_dir_in(&env), eframe::storage_dir(APP_ID));
    }

    #[test]
    fn files_move_over_without_overwriting_and_the_old_folder_goes() {
        let tmp = tempfile::tempdir().unwrap();
        let old = tmp.path().join("old");
        let new = tmp.path().join("new");
        std::fs::create_dir_all(old.join("autosave")).unwrap();
        std::fs::create_dir_all(old.join("workshops")).unwrap();
        std::fs::create_dir_all(new.join("autosave")).unwrap();
        std::fs::write(old.join("autosave/new-model.session.ron"), "old session").unwrap();
        std::fs::write(old.join("autosave/cabinet-60.session.ron"), "kept").unwrap();
        std::fs::write(new.join("autosave/cabinet-60.session.ron"), "newer").unwrap();
        std::fs::write(old.join("workshops/mine.ron"), "workshop").unwrap();

        let moved = move_from(&old, &new).unwrap();
        assert_eq!(
            moved,
            vec![
                new.join("autosave/new-model.session.ron"),
                new.join("workshops/mine.ron")
            ]
        );
        let read = |p: &Path| std::fs::read_to_string(p).unwrap();
        assert_eq!(
            read(&new.join("autosave/new-model.session.ron")),
            "old session"
        );
        assert_eq!(read(&new.join("autosave/cabinet-60.session.ron")), "newer");
        assert_eq!(read(&old.join("autosave/cabinet-60.session.ron")), "kept");
        assert!(
            !old.join("workshops").exists(),
            "an emptied folder is removed"
        );
        // Moving again finds nothing new.
        assert!(move_from(&old, &new).unwrap().is_empty());
        assert!(
            move_from(&tmp.path().join("absent"), &new)
                .unwrap()
                .is_empty()
        );
    }
}
