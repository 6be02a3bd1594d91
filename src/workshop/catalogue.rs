//! The workshops a facilitator can choose from: those built into Jaws, those in a
//! `workshops/` folder beside the program and in the user's data folder, and recent files.

use std::path::{Path, PathBuf};

use super::{BUNDLED, FileKind, Problems, Workshop, file_kind, parse_workshop};

/// Where a workshop comes from, so the picker can open it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopSource {
    /// Built into the binary, by file name (`"cabinet-60.ron"`).
    Bundled(String),
    File(PathBuf),
}

impl WorkshopSource {
    /// Read and validate the workshop.
    pub fn load(&self) -> Result<Workshop, Problems> {
        match self {
            WorkshopSource::Bundled(name) => {
                Ok(Workshop::bundled_named(name).unwrap_or_else(Workshop::bundled))
            }
            WorkshopSource::File(path) => Workshop::load(path),
        }
    }
}

/// Which list a workshop was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    BesideApp,
    DataFolder,
    Recent,
    /// Chosen with the file dialog just now (listed only when it would not open, to show why).
    Chosen,
}

/// One workshop on offer, read once so the picker can describe it (or say what is wrong).
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogueEntry {
    pub source: WorkshopSource,
    pub origin: Origin,
    /// The workshop's id; empty when it does not load.
    pub id: String,
    /// The workshop's title, or the file name when it does not load.
    pub title: String,
    pub audience: String,
    /// Suggested minutes over all its stages.
    pub minutes: u32,
    pub stages: usize,
    /// Why it cannot be opened, one line a problem (`FILE:LINE:COLUMN: message`); empty
    /// when it is valid.
    pub problems: Vec<String>,
}

impl CatalogueEntry {
    /// Describe a workshop that loaded.
    pub fn valid(source: WorkshopSource, origin: Origin, w: &Workshop) -> CatalogueEntry {
        CatalogueEntry {
            source,
            origin,
            id: w.id.clone(),
            title: w.title.clone(),
            audience: w.audience.clone(),
            minutes: w.total_minutes(),
            stages: w.stages.len(),
            problems: Vec::new(),
        }
    }

    /// Describe a workshop file that would not load: named by its file, with its problems.
    pub fn invalid(path: &Path, origin: Origin, problems: &Problems) -> CatalogueEntry {
        let title = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        CatalogueEntry {
            source: WorkshopSource::File(path.to_path_buf()),
            origin,
            id: String::new(),
            title,
            audience: String::new(),
            minutes: 0,
            stages: 0,
            problems: problems.0.iter().map(ToString::to_string).collect(),
        }
    }

    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Every workshop on offer: bundled first (the default first), then the workshop files in
/// `beside_app` and in `data_folder` (each sorted by file name), then recent files that still
/// exist and are not listed already. Folders that are missing or unreadable add nothing;
/// Jaws files that are sessions or scenarios are left out; a workshop file that does not
/// load is listed with its problems.
pub fn discover(
    beside_app: Option<&Path>,
    data_folder: Option<&Path>,
    recent: &[PathBuf],
) -> Vec<CatalogueEntry> {
    let mut entries: Vec<CatalogueEntry> = BUNDLED
        .iter()
        .filter_map(|(name, _)| {
            let w = Workshop::bundled_named(name)?;
            Some(CatalogueEntry::valid(
                WorkshopSource::Bundled((*name).to_string()),
                Origin::Bundled,
                &w,
            ))
        })
        .collect();
    // Files already listed, by canonical path, so a folder named twice or a recent file from
    // a folder appears once.
    let mut seen: Vec<PathBuf> = Vec::new();
    let folders = [
        (beside_app, Origin::BesideApp),
        (data_folder, Origin::DataFolder),
    ];
    for (folder, origin) in folders {
        let Some(folder) = folder else { continue };
        for path in jaws_files(folder) {
            if let Some(entry) = describe(&path, origin, &mut seen) {
                entries.push(entry);
            }
        }
    }
    for path in recent {
        if path.is_file()
            && let Some(entry) = describe(path, Origin::Recent, &mut seen)
        {
            entries.push(entry);
        }
    }
    entries
}

/// The Jaws files (`.jaws-workshop`, `.ron`, …) directly in `folder`, sorted by file name;
/// none if it cannot be read.
fn jaws_files(folder: &Path) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| super::has_jaws_extension(p) && p.is_file())
        .collect();
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    files
}

/// Read one file for the catalogue: `None` if it is listed already or is not a workshop file.
fn describe(path: &Path, origin: Origin, seen: &mut Vec<PathBuf>) -> Option<CatalogueEntry> {
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if seen.contains(&key) {
        return None;
    }
    seen.push(key);
    let name = path.display().to_string();
    let parsed = super::read_text(path).and_then(|text| {
        if file_kind(&text) != FileKind::Workshop {
            return Ok(None);
        }
        parse_workshop(&name, &text).map(Some)
    });
    match parsed {
        Ok(Some(w)) => Some(CatalogueEntry::valid(
            WorkshopSource::File(path.to_path_buf()),
            origin,
            &w,
        )),
        Ok(None) => None,
        Err(problems) => Some(CatalogueEntry::invalid(path, origin, &problems)),
    }
}

/// The workshop `--workshop` names: the file if there is one at `arg`, else the bundled
/// workshop of that name (`cabinet-60`, `cabinet-60.ron` or `workshops/cabinet-60.ron`), else
/// the reason the file could not be read, naming the bundled workshops too.
pub fn load_named_or_path(arg: &Path) -> Result<Workshop, Problems> {
    if arg.exists() {
        return Workshop::load(arg);
    }
    if let Some(w) = arg.to_str().and_then(Workshop::bundled_named) {
        return Ok(w);
    }
    Workshop::load(arg).map_err(|mut problems| {
        let names: Vec<&str> = BUNDLED
            .iter()
            .map(|(file, _)| file.strip_suffix(".ron").unwrap_or(file))
            .collect();
        // Nothing is at `arg` (checked above), so it named neither a file nor a built-in.
        for p in &mut problems.0 {
            p.message.push_str(&format!(
                ", and no workshop built into Jaws has that name; those built in are: {}",
                names.join(", ")
            ));
        }
        problems
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder for one test, removed first if a previous run left it.
    fn temp_dir(test: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("jaws-catalogue-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn cabinet_text() -> &'static str {
        BUNDLED
            .iter()
            .find(|(f, _)| *f == "cabinet-60.ron")
            .unwrap()
            .1
    }

    #[test]
    fn with_no_folders_only_the_bundled_workshops_are_listed_default_first() {
        let entries = discover(None, None, &[]);
        assert_eq!(entries.len(), BUNDLED.len());
        assert_eq!(entries[0].title, Workshop::bundled().title);
        assert!(
            entries
                .iter()
                .all(|e| e.origin == Origin::Bundled && e.is_valid())
        );
        let cabinet = entries
            .iter()
            .find(|e| e.source == WorkshopSource::Bundled("cabinet-60.ron".into()))
            .unwrap();
        assert_eq!(cabinet.id, "cabinet-60");
        assert!(cabinet.stages > 0);
        assert_eq!(
            cabinet.minutes,
            Workshop::bundled_named("cabinet-60")
                .unwrap()
                .total_minutes()
        );
        assert!(!cabinet.audience.is_empty());
    }

    #[test]
    fn missing_folders_add_nothing() {
        let dir = temp_dir("missing");
        let entries = discover(Some(&dir.join("nope")), Some(&dir.join("nor-this")), &[]);
        assert_eq!(entries.len(), BUNDLED.len());
        // A file where a folder is expected is not a folder of workshops either.
        std::fs::write(dir.join("file"), "x").unwrap();
        assert_eq!(
            discover(Some(&dir.join("file")), None, &[]).len(),
            BUNDLED.len()
        );
    }

    #[test]
    fn folders_list_workshops_sorted_and_skip_other_files() {
        let beside = temp_dir("beside");
        let data = temp_dir("data");
        let text = cabinet_text();
        std::fs::write(beside.join("b.ron"), text.replace("cabinet-60", "b-copy")).unwrap();
        std::fs::write(beside.join("a.RON"), text).unwrap();
        // Jaws' own extension for workshops; a session under its own is not a workshop.
        std::fs::write(
            beside.join("c.jaws-workshop"),
            text.replace("cabinet-60", "c-own"),
        )
        .unwrap();
        std::fs::write(
            beside.join("d.jaws"),
            "(format: \"jaws-session\", version: 1)",
        )
        .unwrap();
        std::fs::write(beside.join("notes.txt"), "not a workshop").unwrap();
        std::fs::create_dir(beside.join("folder.ron")).unwrap();
        std::fs::write(
            beside.join("session.ron"),
            "(format: \"jaws-session\", version: 1)",
        )
        .unwrap();
        std::fs::write(
            beside.join("scenario.ron"),
            "(format: \"jaws-scenario\", version: 1)",
        )
        .unwrap();
        std::fs::write(
            data.join("broken.ron"),
            "(format: \"jaws-workshop\", version: 2,\n  id: ",
        )
        .unwrap();

        let entries = discover(Some(&beside), Some(&data), &[]);
        let files: Vec<_> = entries
            .iter()
            .filter(|e| e.origin != Origin::Bundled)
            .map(|e| (e.origin, e.source.clone()))
            .collect();
        assert_eq!(
            files,
            vec![
                (
                    Origin::BesideApp,
                    WorkshopSource::File(beside.join("a.RON"))
                ),
                (
                    Origin::BesideApp,
                    WorkshopSource::File(beside.join("b.ron"))
                ),
                (
                    Origin::BesideApp,
                    WorkshopSource::File(beside.join("c.jaws-workshop"))
                ),
                (
                    Origin::DataFolder,
                    WorkshopSource::File(data.join("broken.ron"))
                ),
            ]
        );
        let a = &entries[BUNDLED.len()];
        assert!(a.is_valid());
        assert_eq!(a.id, "cabinet-60");
        assert_eq!(entries[BUNDLED.len() + 1].id, "b-copy");
        assert_eq!(entries[BUNDLED.len() + 2].id, "c-own");
        let broken = entries.last().unwrap();
        assert_eq!(broken.title, "broken.ron");
        assert!(!broken.is_valid());
        // Each problem is located: FILE:LINE:COLUMN: message.
        let shown = format!("{}:2:", data.join("broken.ron").display());
        assert!(
            broken.problems.iter().any(|p| p.starts_with(&shown)),
            "{:?}",
            broken.problems
        );
        let _ = std::fs::remove_dir_all(&beside);
        let _ = std::fs::remove_dir_all(&data);
    }

    #[test]
    fn recent_files_come_last_once_each_and_only_while_they_exist() {
        let dir = temp_dir("recent");
        let folder = dir.join("workshops");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("in-folder.ron"), cabinet_text()).unwrap();
        let elsewhere = dir.join("elsewhere.ron");
        std::fs::write(
            &elsewhere,
            cabinet_text().replace("cabinet-60", "elsewhere"),
        )
        .unwrap();
        let recent = vec![
            elsewhere.clone(),
            dir.join("gone.ron"),
            // The same file by another spelling of its path.
            folder.join("..").join("workshops").join("in-folder.ron"),
            elsewhere.clone(),
            dir.clone(),
        ];
        let entries = discover(Some(&folder), Some(&folder), &recent);
        let files: Vec<_> = entries
            .iter()
            .filter(|e| e.origin != Origin::Bundled)
            .map(|e| (e.origin, e.id.as_str()))
            .collect();
        assert_eq!(
            files,
            vec![
                (Origin::BesideApp, "cabinet-60"),
                (Origin::Recent, "elsewhere")
            ]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_files_are_listed_with_the_reason() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("unreadable");
        let path = dir.join("locked.ron");
        std::fs::write(&path, cabinet_text()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&path).is_ok() {
            // Running as root: permissions do not stop reading.
            let _ = std::fs::remove_dir_all(&dir);
            return;
        }
        let entries = discover(Some(&dir), None, &[]);
        let locked = entries.last().unwrap();
        assert_eq!(locked.title, "locked.ron");
        assert!(
            locked.problems[0].contains("permission denied"),
            "{:?}",
            locked.problems
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn files_that_are_not_text_or_far_too_big_are_listed_with_the_reason() {
        let dir = temp_dir("not-text");
        std::fs::write(
            dir.join("binary.ron"),
            b"(format: \"jaws-workshop\", \xff\xfe)",
        )
        .unwrap();
        std::fs::File::create(dir.join("huge.ron"))
            .unwrap()
            .set_len(super::super::MAX_FILE_BYTES + 1)
            .unwrap();
        let entries = discover(Some(&dir), None, &[]);
        let listed: Vec<_> = entries[BUNDLED.len()..]
            .iter()
            .map(|e| (e.title.as_str(), e.problems.len()))
            .collect();
        assert_eq!(listed, vec![("binary.ron", 1), ("huge.ron", 1)]);
        assert!(entries[BUNDLED.len()].problems[0].contains("UTF-8"));
        assert!(entries[BUNDLED.len() + 1].problems[0].contains("MiB"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn named_or_path_prefers_a_file_then_a_bundled_name() {
        for name in ["cabinet-60", "cabinet-60.ron", "workshops/cabinet-60.ron"] {
            let w = load_named_or_path(Path::new(name)).unwrap();
            assert_eq!(w.id, "cabinet-60", "{name}");
        }
        let dir = temp_dir("named");
        let file = dir.join("cabinet-60");
        std::fs::write(&file, cabinet_text().replace("cabinet-60", "my-copy")).unwrap();
        assert_eq!(load_named_or_path(&file).unwrap().id, "my-copy");
        // A file that is there but wrong is reported, not swapped for the bundled one.
        let broken = dir.join("adult-social-care.ron");
        std::fs::write(&broken, "(").unwrap();
        let problems = load_named_or_path(&broken).unwrap_err();
        assert!(problems.0[0].file.ends_with("adult-social-care.ron"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unknown_name_says_there_is_no_such_file_and_lists_the_bundled_ones() {
        let problems = load_named_or_path(Path::new("no-such-workshop")).unwrap_err();
        let text = problems.to_string();
        assert!(text.starts_with("no-such-workshop:1:1: "), "{text}");
        assert!(text.contains("no such file"), "{text}");
        assert!(text.contains("cabinet-60"), "{text}");
    }
}
