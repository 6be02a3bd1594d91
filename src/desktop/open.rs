//! What `jaws FILE...` opens. The file manager hands Jaws whatever a person double-clicked (a
//! workshop, a session, scenario files), in any mix; Jaws works out the one workshop to open
//! and the files to open into it. A session names the workshop it was made with, so
//! `jaws tuesday.jaws` finds that workshop (built in, beside the session, or in a workshop
//! folder) rather than asking the person which one.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::workshop::catalogue::{Origin, discover, load_named_or_path};
use crate::workshop::{FileKind, Workshop, file_kind, parse_workshop, read_text};

/// What the window should open.
#[derive(Debug)]
pub struct Launch {
    pub workshop: Workshop,
    /// True when the person chose the workshop (by `--workshop`, a workshop file, or a session
    /// that names it), so the window need not offer the others.
    pub chosen: bool,
    /// Sessions and scenario files to open into the workshop, in the order given. Files that
    /// cannot be read are here too: opening them says what is wrong, in the window.
    pub files: Vec<PathBuf>,
    /// Why the workshop asked for could not be opened, one line each
    /// (`FILE:LINE:COLUMN: message`); empty when all went well.
    pub problems: Vec<String>,
}

/// Work out what to open. `workshop_arg` is `--workshop` (a file or a built-in name);
/// `folders` are the workshop folders to look in for the workshop a session needs, besides
/// the session's own folder (see `app::files::workshop_folders`).
pub fn plan(workshop_arg: Option<&Path>, files: &[PathBuf], folders: &[PathBuf]) -> Launch {
    let mut problems = Vec::new();
    let mut workshop = None;
    let mut chosen = false;
    if let Some(arg) = workshop_arg {
        chosen = true;
        match load_named_or_path(arg) {
            Ok(w) => workshop = Some(w),
            Err(p) => problems.extend(p.0.iter().map(ToString::to_string)),
        }
    }
    let mut rest = Vec::new();
    // The workshop the first session (else the first scenario file) was made with, and
    // where that file is, in case the workshop must be found.
    let mut wanted: Option<(String, PathBuf, FileKind)> = None;
    for path in files {
        let Ok(text) = read_text(path) else {
            rest.push(path.clone());
            continue;
        };
        let kind = file_kind(&text);
        match kind {
            FileKind::Workshop if chosen => problems.push(format!(
                "{}: Jaws opens one workshop at a time, so this one was not opened; choose it from File ▸ Workshops… to switch.",
                path.display()
            )),
            FileKind::Workshop => {
                chosen = true;
                match parse_workshop(&path.display().to_string(), &text) {
                    Ok(w) => workshop = Some(w),
                    Err(p) => problems.extend(p.0.iter().map(ToString::to_string)),
                }
            }
            FileKind::Session | FileKind::Scenario => {
                let better = match &wanted {
                    None => true,
                    Some((_, _, k)) => *k == FileKind::Scenario && kind == FileKind::Session,
                };
                if better && let Some(id) = made_for(&text) {
                    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
                    wanted = Some((id, folder, kind));
                }
                rest.push(path.clone());
            }
            // A council profile joins the workshop once it is open (one undo step).
            FileKind::Council => rest.push(path.clone()),
        }
    }
    if !chosen && let Some((id, folder, kind)) = wanted {
        let mut look_in = vec![folder];
        look_in.extend(folders.iter().cloned());
        match find_workshop(&id, &look_in) {
            Some(w) => {
                workshop = Some(w);
                chosen = true;
            }
            // Scenario files open in any workshop (the levers are the model's own); a
            // session needs its own, so say where to put it rather than fail to open it.
            None if kind == FileKind::Session => {
                let (sessions, others): (Vec<PathBuf>, Vec<PathBuf>) =
                    rest.into_iter().partition(|p| is_session_for(p, &id));
                rest = others;
                for s in sessions {
                    problems.push(format!(
                        "{}: this session was made with the workshop \"{id}\", which Jaws cannot find built in, beside the session or in a workshops folder. Put the workshop file beside the session, or open both: jaws --workshop WORKSHOP-FILE {}",
                        s.display(),
                        s.display()
                    ));
                }
            }
            None => {}
        }
    }
    Launch {
        workshop: workshop.unwrap_or_else(Workshop::bundled),
        chosen,
        files: rest,
        problems,
    }
}

/// The workshop with this id: built in, else a valid workshop file in one of `folders`
/// (first found wins, in the order given).
pub fn find_workshop(id: &str, folders: &[PathBuf]) -> Option<Workshop> {
    if let Some(w) = Workshop::bundled_all().into_iter().find(|w| w.id == id) {
        return Some(w);
    }
    folders.iter().find_map(|folder| {
        discover(Some(folder), None, &[])
            .into_iter()
            .filter(|e| e.origin != Origin::Bundled && e.is_valid() && e.id == id)
            .find_map(|e| e.source.load().ok())
    })
}

fn is_session_for(path: &Path, id: &str) -> bool {
    read_text(path).is_ok_and(|text| {
        file_kind(&text) == FileKind::Session && made_for(&text).as_deref() == Some(id)
    })
}

/// The `workshop` a session or scenario file says it was made for, read without checking the
/// rest of the file (opening it checks everything). `None` if the file does not say.
fn made_for(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Probe {
        workshop: Option<String>,
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
        .from_str::<Probe>(text)
        .ok()
        .and_then(|p| p.workshop)
}

/// A command-line word that names no file and looks like a mistyped command (`jaws projet`):
/// the message to give instead of "no such file". `commands` are the subcommands' names.
pub fn mistyped_command(arg: &Path, commands: &[&str]) -> Option<String> {
    let word = arg.to_str()?;
    let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !plain || arg.exists() {
        return None;
    }
    let guess = commands
        .iter()
        .map(|c| (crate::model::target::edit_distance(word, c), *c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d);
    let hint = guess.map_or(String::new(), |(_, c)| format!(" Did you mean `jaws {c}`?"));
    Some(format!(
        "`{word}` is neither a command nor a file.{hint} The commands are: {}.",
        commands.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workshop_a_file_was_made_for_is_read_without_the_rest() {
        let text = "// note\n(format: \"jaws-session\", version: 1, workshop: \"cabinet-60\", levers: {\"nonsense\": 1.0})";
        assert_eq!(made_for(text).as_deref(), Some("cabinet-60"));
        assert_eq!(made_for("(format: \"jaws-workshop\", version: 2)"), None);
        assert_eq!(made_for("not ron at all"), None);
    }

    #[test]
    fn a_mistyped_command_is_named_and_a_file_name_is_not() {
        let commands = ["project", "check", "levers"];
        let m = mistyped_command(Path::new("projet"), &commands).unwrap();
        assert!(m.contains("Did you mean `jaws project`?"), "{m}");
        assert!(mistyped_command(Path::new("tuesday.jaws"), &commands).is_none());
        assert!(mistyped_command(Path::new("folder/file"), &commands).is_none());
        let far = mistyped_command(Path::new("zzzzzz"), &commands).unwrap();
        assert!(!far.contains("Did you mean"), "{far}");
    }
}
