//! Never lose the room's work: the session is saved a few seconds after each change and on
//! exit, atomically, to the user's data folder.
//!
//! - Each window holds a lock (`NAME.lock`, an advisory lock the system releases when the
//!   process ends, however it ends) for the file it autosaves to. A second window on the same
//!   workshop finds the lock held and autosaves to a file of its own (`NAME.2.session.ron`),
//!   so two windows never write over each other's work.
//! - A marker (`NAME.running`) is written with the first save and removed only after the last
//!   save succeeded. A window that finds its file's marker, with the lock free, knows the run
//!   before it did not close cleanly, and offers its session back. A run that never saved
//!   (a usage error, a window that could not open) leaves no marker.
//! - A file that cannot be read for this workshop is never replaced: it is moved aside
//!   (`NAME.unreadable-TIME.session.ron`), and what still fits is offered back
//!   (`recovery::salvage`).
//! - A panic writes an emergency save first.

use crate::i18n::tr;
use crate::t;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};

use super::recovery::{PendingRestore, salvage};
use super::worker::CAUGHT_THREADS;
use crate::workshop::atomic::write_atomic;
use crate::workshop::session::{
    Overwrite, SaveError, Session, load_session, now_iso8601, parse_session,
    read_session_unchecked, save_session, session_to_string,
};
use crate::workshop::{Workshop, read_text};

/// Seconds after the last change before saving: long enough not to save every slider step.
pub const DELAY_SECONDS: f64 = 3.0;

/// How many windows may autosave one workshop side by side in one data folder.
const MAX_WINDOWS: u32 = 64;

pub struct Autosave {
    /// This window's autosave file.
    pub path: PathBuf,
    marker: PathBuf,
    /// The lock on this window's file, held as long as this window autosaves to it. `None`
    /// where the folder cannot be written or its file system has no locks.
    lock: Option<File>,
    /// Whether this run has written the marker (with its first save).
    marker_written: bool,
    /// When the earliest unsaved change was made (egui time), if any.
    dirty_since: Option<f64>,
    last_saved: String,
    /// When the file last held the session (ISO 8601), for telling the person where it is.
    last_saved_at: Option<String>,
    /// Why autosave will not write at all (a file it could not read nor move aside).
    blocked: Option<String>,
    /// The latest session text, for the panic hook's emergency save.
    latest: Arc<Mutex<String>>,
    /// This autosave's number in the panic hook's slot.
    serial: u64,
}

/// What starting to autosave found.
pub struct Started {
    pub autosave: Autosave,
    /// A session the last run left without closing cleanly, to offer back.
    pub restore: Option<PendingRestore>,
    /// What the room should be told: another window has the usual file, a file was kept
    /// aside, the folder cannot be written.
    pub notices: Vec<String>,
    /// Whether any of `notices` is a problem rather than news.
    pub trouble: bool,
}

/// Where Jaws keeps its own files, settings and autosaves together: see `desktop::data`.
pub fn data_dir() -> Option<PathBuf> {
    crate::desktop::data::data_dir()
}

/// The name of window `n`'s file of `kind` for workshop `id`: `new-model.session.ron` for
/// the first window, `new-model.2.session.ron` for a second. Ids have no dots, so these never
/// collide with another workshop's.
fn file_name(id: &str, n: u32, kind: &str) -> String {
    if n == 1 {
        format!("{id}.{kind}")
    } else {
        format!("{id}.{n}.{kind}")
    }
}

/// Take the first window number whose lock no running Jaws holds. A lock left by a killed
/// process was released by the system when it died, so it never blocks.
fn claim(dir: &Path, id: &str) -> io::Result<(u32, Option<File>)> {
    for n in 1..=MAX_WINDOWS {
        let file = open_lock(&dir.join(file_name(id, n, "lock")))?;
        match file.try_lock() {
            Ok(()) => return Ok((n, Some(file))),
            Err(TryLockError::WouldBlock) => continue,
            // A file system without locks (some network drives): as before locks, one file.
            Err(TryLockError::Error(_)) => return Ok((1, None)),
        }
    }
    Err(io::Error::other(format!(
        "{MAX_WINDOWS} Jaws windows already have this workshop open"
    )))
}

/// Open (making it if need be) a lock file, for reading only: a lock needs no more, and a
/// file held open for writing would stop the folder's disk being made read-only or unmounted.
fn open_lock(path: &Path) -> io::Result<File> {
    match File::open(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => {
            OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(path)?;
            File::open(path)
        }
        opened => opened,
    }
}

/// What an error writing in `dir` means, in words a person can act on.
pub fn folder_problem(dir: &Path, e: &io::Error) -> String {
    let path = dir.display().to_string();
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            t!("folder-read-only", path = path)
        }
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
            t!("folder-disk-full", path = path)
        }
        ErrorKind::NotFound => t!("folder-gone", path = path),
        _ => t!("folder-other", problem = e.to_string(), path = path),
    }
}

/// Move an unreadable file aside under a name that says so, keeping it whole.
fn keep_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let name = name.unwrap_or_default();
    let stem = name.strip_suffix(".session.ron").unwrap_or(&name);
    // A time without colons, which some file systems refuse.
    let time: String = now_iso8601().chars().filter(|c| *c != ':').collect();
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let aside = path.with_file_name(format!("{stem}.unreadable-{time}{suffix}.session.ron"));
        if !aside.exists() {
            fs::rename(path, &aside)?;
            return Ok(aside);
        }
        n += 1;
    }
}

impl Autosave {
    /// Start autosaving `workshop`'s session in `dir`, and say what was found there: a
    /// session a previous run left without closing cleanly, a file that could not be read.
    pub fn start(dir: &Path, workshop: &Workshop) -> Started {
        let mut notices = Vec::new();
        let mut trouble = false;
        let id = &workshop.id;
        let (n, lock) = match fs::create_dir_all(dir).and_then(|()| claim(dir, id)) {
            Ok(claimed) => claimed,
            Err(e) => {
                notices.push(t!("autosave-cannot", problem = folder_problem(dir, &e)));
                trouble = true;
                (1, None)
            }
        };
        let path = dir.join(file_name(id, n, "session.ron"));
        let marker = dir.join(file_name(id, n, "running"));
        if n > 1 {
            notices.push(t!(
                "autosave-second-window",
                workshop = workshop.title.as_str(),
                path = path.display().to_string()
            ));
        }
        let crashed = marker.exists();
        let mut restore = None;
        let mut blocked = None;
        if fs::symlink_metadata(&path).is_ok() {
            match load_session(&path, workshop) {
                Ok(session) => {
                    if crashed && session.holds_work(workshop) {
                        restore = Some(PendingRestore {
                            path: path.clone(),
                            session,
                            problems: Vec::new(),
                            kept_aside: None,
                        });
                    }
                }
                Err(problems) => {
                    trouble = true;
                    match keep_aside(&path) {
                        Ok(aside) => {
                            // Located again in the file where it now is.
                            let text = read_text(&aside);
                            let name = aside.display().to_string();
                            let problems =
                                match text.as_ref().map(|t| parse_session(&name, t, workshop)) {
                                    Ok(Err(p)) => p,
                                    _ => problems,
                                };
                            let listed: Vec<String> =
                                problems.0.iter().map(ToString::to_string).collect();
                            let salvaged = text
                                .ok()
                                .filter(|_| crashed)
                                .and_then(|t| read_session_unchecked(&name, &t, workshop).ok())
                                .and_then(|raw| salvage(&raw, workshop));
                            match salvaged {
                                Some(session) => {
                                    restore = Some(PendingRestore {
                                        path: aside.clone(),
                                        session,
                                        problems: listed,
                                        kept_aside: Some(aside),
                                    });
                                }
                                None => notices.push(format!(
                                    "{}\n{}",
                                    t!(
                                        "autosave-kept-aside",
                                        path = path.display().to_string(),
                                        aside = aside.display().to_string()
                                    ),
                                    listed.join("\n")
                                )),
                            }
                        }
                        Err(e) => {
                            let why = t!(
                                "autosave-not-moved",
                                path = path.display().to_string(),
                                problem = folder_problem(dir, &e)
                            );
                            notices.push(format!("{why}\n{problems}"));
                            blocked = Some(why);
                        }
                    }
                }
            }
        }
        let latest = Arc::new(Mutex::new(String::new()));
        let serial = install_panic_save(path.clone(), latest.clone());
        Started {
            autosave: Autosave {
                path,
                marker,
                lock,
                marker_written: false,
                dirty_since: None,
                last_saved: String::new(),
                last_saved_at: None,
                blocked,
                latest,
                serial,
            },
            restore,
            notices,
            trouble,
        }
    }

    /// Something changed at time `now`.
    pub fn touch(&mut self, now: f64) {
        self.dirty_since.get_or_insert(now);
    }

    /// Save if a change has waited long enough. Returns what went wrong if saving failed.
    pub fn tick(&mut self, now: f64, session: impl FnOnce() -> Session) -> Result<(), String> {
        let Some(since) = self.dirty_since else {
            return Ok(());
        };
        if now - since < DELAY_SECONDS {
            return Ok(());
        }
        self.dirty_since = None;
        self.save(&session())
    }

    /// Save now (on exit, or when asked). Unchanged text is not rewritten. The marker goes
    /// down before the first save, so that a crash from then on is noticed.
    pub fn save(&mut self, session: &Session) -> Result<(), String> {
        let text = session_to_string(session);
        if let Ok(mut latest) = self.latest.lock() {
            latest.clone_from(&text);
        }
        if let Some(why) = &self.blocked {
            return Err(why.clone());
        }
        if text == self.last_saved {
            return Ok(());
        }
        let result = self.write_marker().and_then(|()| {
            // Never over a file this Jaws could not read (someone edited it meanwhile).
            save_session(&self.path, session, Overwrite::IfReadable).map_err(|e| match e {
                SaveError::Io { source, .. } => self.folder_problem(&source),
                other => other.to_string(),
            })
        });
        match result {
            Ok(()) => {
                self.last_saved = text;
                self.last_saved_at = Some(now_iso8601());
                Ok(())
            }
            Err(why) => Err(t!(
                "autosave-failed",
                path = self.path.display().to_string(),
                problem = why,
                where = self.where_the_work_is()
            )),
        }
    }

    fn write_marker(&mut self) -> Result<(), String> {
        if self.marker_written {
            return Ok(());
        }
        fs::write(&self.marker, std::process::id().to_string())
            .map_err(|e| self.folder_problem(&e))?;
        self.marker_written = true;
        Ok(())
    }

    fn folder_problem(&self, e: &io::Error) -> String {
        folder_problem(self.path.parent().unwrap_or(Path::new(".")), e)
    }

    /// Where the room's work is while saving fails.
    pub fn where_the_work_is(&self) -> String {
        match &self.last_saved_at {
            Some(at) => t!(
                "autosave-held-at",
                path = self.path.display().to_string(),
                at = at.as_str()
            ),
            None => tr("autosave-only-here"),
        }
    }

    /// A clean exit: save, then take the marker away so the next start offers nothing. If the
    /// save fails the marker stays, and the next start offers what was last saved.
    pub fn finish(&mut self, session: &Session) -> Result<(), String> {
        self.save(session)?;
        self.clear_marker();
        Ok(())
    }

    /// The room's work is safe (saved here or in a file the person chose): the next start
    /// need not offer it back.
    pub fn clear_marker(&mut self) {
        match fs::remove_file(&self.marker) {
            Ok(()) => self.marker_written = false,
            Err(e) if e.kind() == ErrorKind::NotFound => self.marker_written = false,
            Err(_) => {}
        }
    }

    pub fn pending(&self) -> bool {
        self.dirty_since.is_some()
    }

    /// Whether this window holds the lock on its file (false where the file system has none).
    pub fn locked(&self) -> bool {
        self.lock.is_some()
    }
}

impl Drop for Autosave {
    fn drop(&mut self) {
        // The panic hook must not save a session that is no longer this window's.
        if let Ok(mut slot) = EMERGENCY.lock()
            && slot.as_ref().is_some_and(|s| s.serial == self.serial)
        {
            *slot = None;
        }
        // The lock goes with the file handle; the lock file stays, empty, for the next run.
    }
}

/// What the panic hook saves, and where: the newest autosave's.
struct Emergency {
    serial: u64,
    path: PathBuf,
    latest: Arc<Mutex<String>>,
}

static EMERGENCY: Mutex<Option<Emergency>> = Mutex::new(None);
static HOOK: Once = Once::new();
static SERIAL: AtomicU64 = AtomicU64::new(1);

/// On a panic, write the latest session text before the process goes. One hook for the
/// process; it saves for the newest autosave. Returns that autosave's number.
fn install_panic_save(path: PathBuf, latest: Arc<Mutex<String>>) -> u64 {
    let serial = SERIAL.fetch_add(1, Ordering::Relaxed);
    if let Ok(mut slot) = EMERGENCY.lock() {
        *slot = Some(Emergency {
            serial,
            path,
            latest,
        });
    }
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // The search and bands threads catch their panics and report them: not a crash.
            let caught = std::thread::current()
                .name()
                .is_some_and(|n| CAUGHT_THREADS.contains(&n));
            if !caught
                && let Ok(slot) = EMERGENCY.try_lock()
                && let Some(e) = slot.as_ref()
                && let Ok(text) = e.latest.try_lock()
                && !text.is_empty()
            {
                let emergency = e.path.with_extension("emergency.ron");
                let _ = write_atomic(&emergency, text.as_bytes());
                let _ = write_atomic(&e.path, text.as_bytes());
            }
            previous(info);
        }));
    });
    serial
}
