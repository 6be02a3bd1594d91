//! Never lose the room's work: the session is saved a few seconds after each change and on
//! exit, atomically, to the user's data folder. A marker file says a run is in progress; if
//! the next start finds it (the last run crashed or lost power), it offers the saved session.
//! A panic writes an emergency save first.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::workshop::Workshop;
use crate::workshop::atomic::write_atomic;
use crate::workshop::session::{Session, load_session, session_to_string};

/// Seconds after the last change before saving: long enough not to save every slider step.
pub const DELAY_SECONDS: f64 = 3.0;

pub struct Autosave {
    pub path: PathBuf,
    marker: PathBuf,
    /// When the earliest unsaved change was made (egui time), if any.
    dirty_since: Option<f64>,
    last_saved: String,
    /// The latest session text, for the panic hook's emergency save.
    latest: Arc<Mutex<String>>,
}

/// Where Jaws keeps its own files, settings and autosaves together: see `desktop::data`.
pub fn data_dir() -> Option<PathBuf> {
    crate::desktop::data::data_dir()
}

impl Autosave {
    /// Start autosaving `workshop`'s session in `dir`. Returns, too, a session a previous run
    /// left behind without closing cleanly, if there is one that can be read.
    pub fn start(dir: &Path, workshop: &Workshop) -> (Autosave, Option<Session>) {
        let path = dir.join(format!("{}.session.ron", workshop.id));
        let marker = dir.join(format!("{}.running", workshop.id));
        let crashed = marker.exists();
        let left = if crashed && path.exists() {
            load_session(&path, workshop)
                .ok()
                .filter(|s| s.holds_work(workshop))
        } else {
            None
        };
        let _ = std::fs::create_dir_all(dir);
        let _ = std::fs::write(&marker, std::process::id().to_string());
        let latest = Arc::new(Mutex::new(String::new()));
        install_panic_save(path.clone(), latest.clone());
        (
            Autosave {
                path,
                marker,
                dirty_since: None,
                last_saved: String::new(),
                latest,
            },
            left,
        )
    }

    /// Something changed at time `now`.
    pub fn touch(&mut self, now: f64) {
        self.dirty_since.get_or_insert(now);
    }

    /// Save if a change has waited long enough. Returns an error message if saving failed.
    pub fn tick(&mut self, now: f64, session: impl FnOnce() -> Session) -> Option<String> {
        let since = self.dirty_since?;
        if now - since < DELAY_SECONDS {
            return None;
        }
        self.dirty_since = None;
        self.save(&session())
    }

    /// Save now (on exit, or when asked). Unchanged text is not rewritten.
    pub fn save(&mut self, session: &Session) -> Option<String> {
        let text = session_to_string(session);
        if let Ok(mut latest) = self.latest.lock() {
            latest.clone_from(&text);
        }
        if text == self.last_saved {
            return None;
        }
        match write_atomic(&self.path, text.as_bytes()) {
            Ok(()) => {
                self.last_saved = text;
                None
            }
            Err(e) => Some(format!(
                "Could not save the session to {} ({e}); use File → Save session as… to keep your work.",
                self.path.display()
            )),
        }
    }

    /// A clean exit: save, and take the marker away so the next start does not offer a restore.
    pub fn finish(&mut self, session: &Session) {
        self.save(session);
        let _ = std::fs::remove_file(&self.marker);
    }

    pub fn pending(&self) -> bool {
        self.dirty_since.is_some()
    }
}

/// On a panic, write the latest session text before the process goes.
fn install_panic_save(path: PathBuf, latest: Arc<Mutex<String>>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(text) = latest.try_lock()
            && !text.is_empty()
        {
            let emergency = path.with_extension("emergency.ron");
            let _ = write_atomic(&emergency, text.as_bytes());
            let _ = write_atomic(&path, text.as_bytes());
        }
        previous(info);
    }));
}
