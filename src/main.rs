// On Windows the window opens without a console behind it. The command line still prints:
// `attach_console` borrows the console Jaws was started from, if there is one.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use jaws::app::AppState;
use jaws::cli::{Cli, tell};
use jaws::ui::shell::JawsApp;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    attach_console();
    let cli = Cli::parse();
    if cli.command.is_none() {
        return open_window(&cli, started);
    }
    jaws::cli::main(cli)
}

/// Open the window. A workshop that will not load is reported in the window, over the
/// bundled one, rather than refusing to start in front of a room.
fn open_window(cli: &Cli, started: std::time::Instant) -> ExitCode {
    // `jaws projet` is a mistyped command far more often than a file called "projet".
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let commands: Vec<&str> = commands.iter().map(String::as_str).collect();
    for f in &cli.files {
        if let Some(message) = jaws::desktop::open::mistyped_command(f, &commands) {
            tell(&format!("error: {message}"));
            return ExitCode::from(2);
        }
    }
    // What reading the files and autosave say as they start (the problems the window shows
    // over the workshop) is in the language asked for, else the system's; the window then
    // settles on the one chosen in it before (JawsApp::choose_language).
    jaws::i18n::set_lang(cli.lang.unwrap_or_else(jaws::i18n::Lang::from_system));
    jaws::desktop::data::move_from_old_place();
    let data_dir = jaws::app::autosave::data_dir();
    let (beside, in_data) = jaws::app::files::workshop_folders();
    let folders: Vec<_> = beside.into_iter().chain(in_data).collect();
    let launch = jaws::desktop::open::plan(cli.workshop.as_deref(), &cli.files, &folders);
    for p in &launch.problems {
        tell(p);
    }
    let workshop = launch.workshop;
    let problems = launch.problems;
    // A council that will not load is reported the same way, over the workshop's own figures.
    let (workshop, problems) = match cli
        .council
        .as_deref()
        .map(jaws::workshop::load_council_named_or_path)
    {
        None => (workshop, problems),
        Some(Ok(c)) => (workshop.with_council(&c).0, problems),
        Some(Err(p)) => {
            tell(&p.to_string());
            let mut all = problems;
            all.extend(p.0.iter().map(ToString::to_string));
            (workshop, all)
        }
    };
    if let Some(id) = &cli.scenario
        && workshop.scenario(id).is_none()
    {
        let ids: Vec<&str> = workshop.scenarios.iter().map(|s| s.id.as_str()).collect();
        tell(&format!(
            "error: unknown scenario `{id}`; this workshop has: {}",
            ids.join(", ")
        ));
        return ExitCode::from(2);
    }
    let title = match &workshop.council {
        Some(c) => format!("Jaws — {} — {}", c.profile.title(), workshop.title),
        None => format!("Jaws — {}", workshop.title),
    };
    let mut state = AppState::new(workshop, cli.scenario.as_deref());
    state.load_problems = problems;
    state.use_band_worker();
    if let Some(wanted) = &cli.stage {
        let stages = &state.workshop.stages;
        let found = stages.iter().position(|s| s.id == *wanted).or_else(|| {
            wanted
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=stages.len()).contains(n))
                .map(|n| n - 1)
        });
        match found {
            Some(i) => state.stage = i,
            None => {
                let ids: Vec<&str> = stages.iter().map(|s| s.id.as_str()).collect();
                tell(&format!(
                    "error: no stage `{wanted}`; give a number from 1 to {} or one of: {}",
                    stages.len(),
                    ids.join(", ")
                ));
                return ExitCode::from(2);
            }
        }
    }
    // Autosave starts only once the command line has been found good, and writes nothing
    // until the room has work to lose: a usage error leaves nothing behind.
    match &data_dir {
        Some(dir) => state.use_autosave(&dir.join("autosave")),
        None => tell(
            "warning: no home folder, so the session will not be autosaved; save it from the File menu",
        ),
    }
    use jaws::app::{Command, FileCommand, PresentCommand, SessionCommand, View, WindowCommand};
    // Sessions and scenario files from the command line or the file manager, opened as if
    // dropped on the window: after the restore offer is answered, before the view asked for.
    let asked_stage = cli.stage.as_ref().map(|_| state.stage);
    if !launch.files.is_empty() {
        state.apply_after_restore(FileCommand::Open(launch.files));
    }
    let opening: Command = match cli.view {
        jaws::cli::View::Explore => WindowCommand::SetView(View::Explore).into(),
        jaws::cli::View::Map => WindowCommand::SetView(View::Map).into(),
        jaws::cli::View::Analyse => WindowCommand::SetView(View::Analyse).into(),
        jaws::cli::View::Compare => WindowCommand::SetView(View::Compare).into(),
        jaws::cli::View::Deal => WindowCommand::SetView(View::Deal).into(),
        jaws::cli::View::Present => PresentCommand::Start.into(),
    };
    // A session to restore is answered first; the view asked for follows, and the stage
    // asked for wins over the one the restored or opened session had reached.
    let present = matches!(opening, Command::Present(PresentCommand::Start));
    let waits = state.pending_restore.is_some();
    if let Some(stage) = asked_stage
        && !waits
    {
        state.stage = stage;
    }
    state.apply_after_restore(opening);
    if let Some(stage) = asked_stage
        && present
        && waits
    {
        state.apply_after_restore(PresentCommand::GoToStage(stage));
    }
    // With no workshop named, offer the others over the default; a workshop that would not
    // load is explained there too, beside the ones that will.
    // A session to restore comes first: its dialog would otherwise sit under the picker.
    if ((!launch.chosen && cli.view == jaws::cli::View::Explore) || !state.load_problems.is_empty())
        && state.pending_restore.is_none()
    {
        state.apply(SessionCommand::OpenWorkshopPicker);
    }
    let lang = cli.lang;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id("jaws")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 600.0])
            .with_icon(jaws::ui::shell::window_icon()),
        // Everything Jaws shows is in its embedded fonts; never go looking on the system.
        system_font_fallback: false,
        // Settings beside the autosaves, in Jaws' data folder (also when JAWS_DATA_DIR moves it).
        persistence_path: data_dir.map(|d| d.join("app.ron")),
        ..Default::default()
    };
    match eframe::run_native(
        "jaws",
        options,
        Box::new(move |cc| {
            let mut app = JawsApp::new(cc, state);
            app.choose_language(lang);
            app.started = Some(started);
            Ok(Box::new(app))
        }),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tell(&format!("error: could not open the window: {e}"));
            tell("The command-line tools still work: try `jaws --help`.");
            ExitCode::from(1)
        }
    }
}

/// A windowed program on Windows has no console of its own. When started from one (`jaws
/// check` in PowerShell or cmd), write to that one; from the Start menu or a double-click
/// there is none and nothing changes. Output redirected to a file or a pipe already works.
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and changes only this process's console; it
    // fails harmlessly when there is no parent console or one is attached already.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_console() {}
