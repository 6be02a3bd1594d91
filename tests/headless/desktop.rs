//! Jaws as an installed program: `jaws FILE...` working out what to open, the extensions the
//! packages register, `jaws check --format json`, and the licences shipped with it.

use std::path::{Path, PathBuf};

use jaws::desktop::open::plan;
use jaws::workshop::{FileKind, OPEN_EXTENSIONS};

use crate::common::{jaws, scratch};

const CABINET: &str = include_str!("../../workshops/cabinet-60.ron");

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write test file");
    path
}

fn session_for(workshop: &str) -> String {
    format!("(format: \"jaws-session\", version: 1, workshop: \"{workshop}\")")
}

fn scenario_for(workshop: &str) -> String {
    format!(
        "(format: \"jaws-scenario\", version: 1, workshop: \"{workshop}\", scenario: (id: \"table-2\", name: \"Table 2\", levers: {{ \"co_production\": 20.0 }}))"
    )
}

/// A workshop of our own, not built in: the cabinet workshop under another id.
fn own_workshop() -> String {
    CABINET.replacen("id: \"cabinet-60\"", "id: \"our-borough\"", 1)
}

#[test]
fn a_workshop_file_opens_as_the_workshop_under_either_extension() {
    let tmp = scratch("open-workshop");
    for name in ["ours.jaws-workshop", "ours.ron"] {
        let path = write(tmp.path(), name, &own_workshop());
        let launch = plan(None, &[path], &[]);
        assert_eq!(launch.workshop.id, "our-borough", "{name}");
        assert!(launch.chosen);
        assert!(launch.files.is_empty() && launch.problems.is_empty());
    }
}

#[test]
fn a_session_opens_with_the_workshop_it_was_made_with() {
    let tmp = scratch("open-session");
    // Built in.
    let built_in = write(tmp.path(), "tuesday.jaws", &session_for("cabinet-60"));
    let launch = plan(None, std::slice::from_ref(&built_in), &[]);
    assert_eq!(launch.workshop.id, "cabinet-60");
    assert!(launch.chosen, "no need to offer the other workshops");
    assert_eq!(launch.files, vec![built_in]);

    // Beside the session, under any name, or in a workshops folder.
    let beside = tmp.path().join("stick");
    std::fs::create_dir(&beside).unwrap();
    write(&beside, "borough.jaws-workshop", &own_workshop());
    let session = write(&beside, "wednesday.jaws", &session_for("our-borough"));
    assert_eq!(plan(None, &[session], &[]).workshop.id, "our-borough");
    let folder = tmp.path().join("workshops");
    std::fs::create_dir(&folder).unwrap();
    write(&folder, "borough.ron", &own_workshop());
    let elsewhere = write(tmp.path(), "thursday.ron", &session_for("our-borough"));
    assert_eq!(
        plan(None, &[elsewhere], &[folder]).workshop.id,
        "our-borough"
    );
}

#[test]
fn a_session_whose_workshop_cannot_be_found_says_what_to_do() {
    let tmp = scratch("open-lost");
    let session = write(tmp.path(), "friday.jaws", &session_for("somewhere-else"));
    let scenario = write(tmp.path(), "t2.jaws-scenario", &scenario_for("new-model"));
    let launch = plan(None, &[session, scenario.clone()], &[]);
    assert_eq!(launch.workshop.id, "new-model", "the default stays open");
    assert_eq!(launch.files, vec![scenario], "the scenario still opens");
    assert_eq!(launch.problems.len(), 1);
    let p = &launch.problems[0];
    assert!(
        p.contains("friday.jaws") && p.contains("\"somewhere-else\""),
        "{p}"
    );
    assert!(p.contains("jaws --workshop"), "{p}");
}

#[test]
fn scenario_files_open_into_their_workshop_and_unreadable_files_are_passed_on() {
    let tmp = scratch("open-scenarios");
    let scenario = write(tmp.path(), "t2.jaws-scenario", &scenario_for("cabinet-60"));
    let missing = tmp.path().join("gone.jaws");
    let launch = plan(None, &[missing.clone(), scenario.clone()], &[]);
    assert_eq!(launch.workshop.id, "cabinet-60");
    // Opening the missing file in the window says it is missing, like a dropped file.
    assert_eq!(launch.files, vec![missing, scenario]);
    assert!(launch.problems.is_empty());
}

#[test]
fn one_workshop_at_a_time() {
    let tmp = scratch("open-two");
    let ours = write(tmp.path(), "ours.jaws-workshop", &own_workshop());
    let cabinet = write(tmp.path(), "cabinet.ron", CABINET);
    let launch = plan(None, &[ours, cabinet], &[]);
    assert_eq!(launch.workshop.id, "our-borough", "the first one named");
    assert_eq!(launch.problems.len(), 1);
    assert!(launch.problems[0].contains("one workshop at a time"));

    // --workshop wins over the workshop a session names.
    let session = write(tmp.path(), "s.jaws", &session_for("cabinet-60"));
    let launch = plan(Some(Path::new("new-model")), &[session], &[]);
    assert_eq!(launch.workshop.id, "new-model");
}

#[test]
fn a_mistyped_command_is_not_taken_for_a_file() {
    let run = jaws(&["projet"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains("Did you mean `jaws project`?"),
        "{}",
        run.stderr
    );
    let help = jaws(&["--help"]).ok();
    assert!(help.stdout.contains("[FILE]..."), "{}", help.stdout);
}

#[test]
fn jaws_gives_its_own_extensions_and_opens_ron_too() {
    assert_eq!(FileKind::Session.extension(), "jaws");
    assert_eq!(FileKind::Workshop.extension(), "jaws-workshop");
    assert_eq!(FileKind::Scenario.extension(), "jaws-scenario");
    for kind in [FileKind::Session, FileKind::Workshop, FileKind::Scenario] {
        assert!(OPEN_EXTENSIONS.contains(&kind.extension()));
    }
    assert!(OPEN_EXTENSIONS.contains(&"ron"));
    assert!(jaws::workshop::has_jaws_extension(Path::new("a/B.JAWS")));
    assert!(!jaws::workshop::has_jaws_extension(Path::new("b.csv")));
}

#[test]
fn every_package_registers_the_extensions_jaws_saves() {
    let manifest = include_str!("../../Cargo.toml");
    let mime = include_str!("../../packaging/linux/jaws-mime.xml");
    for kind in [FileKind::Session, FileKind::Workshop, FileKind::Scenario] {
        let ext = kind.extension();
        assert!(
            manifest.contains(&format!("extensions = [\"{ext}\"]")),
            "Cargo.toml's packager file associations miss .{ext}"
        );
        let mime_type = format!("application/x-jaws-{}", kind.label());
        assert!(manifest.contains(&format!("mime-type = \"{mime_type}\"")));
        assert!(mime.contains(&format!("<mime-type type=\"{mime_type}\">")));
        assert!(mime.contains(&format!("<glob pattern=\"*.{ext}\"/>")));
    }
    let desktop = include_str!("../../packaging/linux/jaws.desktop");
    assert!(
        desktop.contains("Exec={{exec}} %F"),
        "the file manager passes the files"
    );
    assert!(
        desktop.contains("StartupWMClass=jaws"),
        "the app id stays jaws"
    );
}

#[test]
fn check_reports_each_file_as_json() {
    let tmp = scratch("check-json");
    let good = write(tmp.path(), "good.jaws-workshop", CABINET);
    let bad = write(
        tmp.path(),
        "bad.jaws-scenario",
        &scenario_for("new-model").replace("20.0", "999.0"),
    );
    let run = jaws(&[
        "check",
        "--format",
        "json",
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1), "a problem still fails the run");
    let v = run.json();
    let files = v.as_array().expect("one entry a file");
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["ok"], true);
    assert_eq!(files[0]["kind"], "workshop");
    assert_eq!(files[0]["problems"].as_array().unwrap().len(), 0);
    assert_eq!(files[1]["ok"], false);
    assert_eq!(files[1]["kind"], serde_json::Value::Null);
    let p = &files[1]["problems"][0];
    assert_eq!(p["line"], 1);
    assert!(p["column"].as_u64().unwrap() > 1);
    assert!(
        p["message"].as_str().unwrap().contains("co_production"),
        "{p}"
    );
    assert!(
        run.stderr.contains("bad.jaws-scenario:1:"),
        "and on stderr for people"
    );
}

/// Every crate built into Jaws on this platform is in the shipped licences file, at the
/// version in Cargo.lock: a dependency added or updated without `packaging/licences` fails.
#[test]
fn the_licences_file_lists_every_crate_in_the_binary() {
    let licences = jaws::desktop::THIRD_PARTY_LICENCES;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args([
            "tree",
            "--locked",
            "--offline",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo tree");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    let mut missing = Vec::new();
    for line in tree.lines() {
        let mut words = line.split_whitespace();
        let (Some(name), Some(version)) = (words.next(), words.next()) else {
            continue;
        };
        let version = version.trim_start_matches('v');
        if name == "jaws" {
            continue;
        }
        let listed = format!("{name} {version}");
        let found = licences
            .lines()
            .filter(|l| l.starts_with("Used by: "))
            .any(|l| l["Used by: ".len()..].split(", ").any(|c| c == listed));
        if !found && !missing.contains(&listed) {
            missing.push(listed);
        }
    }
    assert!(
        missing.is_empty(),
        "not in assets/THIRD-PARTY-LICENCES.txt (run packaging/licences): {missing:?}"
    );
    assert!(licences.contains("DejaVu"), "the embedded fonts' licence");
}

#[test]
fn the_window_icon_is_drawn_from_the_svg() {
    let icon = jaws::ui::shell::window_icon();
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // The tile is opaque in the middle and the corners are rounded off (transparent).
    let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
    assert_eq!(alpha(128, 128), 255);
    assert_eq!(alpha(1, 1), 0);
}
