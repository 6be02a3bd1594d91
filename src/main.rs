use std::process::ExitCode;

use clap::Parser;
use jaws::app::AppState;
use jaws::cli::{Cli, CliError, run};
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    if cli.command.is_none() {
        return open_window(&cli, started);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(cli, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`jaws project | head`) is not an error worth reporting.
            if let CliError::Output(io) = &e
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            match &e {
                CliError::Invalid(p) => eprintln!("{p}"),
                other => eprintln!("error: {other}"),
            }
            e.exit_code()
        }
    }
}

/// Open the window. A workshop that will not load is reported in the window, over the
/// bundled one, rather than refusing to start in front of a room.
fn open_window(cli: &Cli, started: std::time::Instant) -> ExitCode {
    let (workshop, problems) = match cli
        .workshop
        .as_deref()
        .map(jaws::workshop::catalogue::load_named_or_path)
    {
        None => (Workshop::bundled(), Vec::new()),
        Some(Ok(w)) => (w, Vec::new()),
        Some(Err(p)) => {
            eprintln!("{p}");
            (
                Workshop::bundled(),
                p.0.iter().map(ToString::to_string).collect(),
            )
        }
    };
    // A council that will not load is reported the same way, over the workshop's own figures.
    let (workshop, problems) = match cli
        .council
        .as_deref()
        .map(jaws::workshop::load_council_named_or_path)
    {
        None => (workshop, problems),
        Some(Ok(c)) => (workshop.with_council(&c).0, problems),
        Some(Err(p)) => {
            eprintln!("{p}");
            let mut all = problems;
            all.extend(p.0.iter().map(ToString::to_string));
            (workshop, all)
        }
    };
    if let Some(id) = &cli.scenario
        && workshop.scenario(id).is_none()
    {
        let ids: Vec<&str> = workshop.scenarios.iter().map(|s| s.id.as_str()).collect();
        eprintln!(
            "error: unknown scenario `{id}`; this workshop has: {}",
            ids.join(", ")
        );
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
                eprintln!(
                    "error: no stage `{wanted}`; give a number from 1 to {} or one of: {}",
                    stages.len(),
                    ids.join(", ")
                );
                return ExitCode::from(2);
            }
        }
    }
    // Autosave starts only once the command line has been found good, and writes nothing
    // until the room has work to lose: a usage error leaves nothing behind.
    match jaws::app::autosave::data_dir() {
        Some(dir) => state.use_autosave(&dir.join("autosave")),
        None => eprintln!(
            "warning: no home folder, so the session will not be autosaved; save it from the File menu"
        ),
    }
    use jaws::app::{Command, PresentCommand, SessionCommand, View, WindowCommand};
    let opening: Command = match cli.view {
        jaws::cli::View::Explore => WindowCommand::SetView(View::Explore).into(),
        jaws::cli::View::Map => WindowCommand::SetView(View::Map).into(),
        jaws::cli::View::Analyse => WindowCommand::SetView(View::Analyse).into(),
        jaws::cli::View::Compare => WindowCommand::SetView(View::Compare).into(),
        jaws::cli::View::Deal => WindowCommand::SetView(View::Deal).into(),
        jaws::cli::View::Present => PresentCommand::Start.into(),
    };
    // A session to restore is answered first; the view asked for follows, and the stage
    // asked for wins over the one the restored session had reached.
    let present = matches!(opening, Command::Present(PresentCommand::Start));
    let waits = state.pending_restore.is_some();
    state.apply_after_restore(opening);
    if present && waits && cli.stage.is_some() {
        state.apply_after_restore(PresentCommand::GoToStage(state.stage));
    }
    // With no workshop named, offer the others over the default; a workshop that would not
    // load is explained there too, beside the ones that will.
    // A session to restore comes first: its dialog would otherwise sit under the picker.
    if ((cli.workshop.is_none() && cli.view == jaws::cli::View::Explore)
        || !state.load_problems.is_empty())
        && state.pending_restore.is_none()
    {
        state.apply(SessionCommand::OpenWorkshopPicker);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id("jaws")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 600.0]),
        // Everything Jaws shows is in its embedded fonts; never go looking on the system.
        system_font_fallback: false,
        ..Default::default()
    };
    match eframe::run_native(
        "jaws",
        options,
        Box::new(move |cc| {
            let mut app = JawsApp::new(cc, state);
            app.started = Some(started);
            Ok(Box::new(app))
        }),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: could not open the window: {e}");
            eprintln!("The command-line tools still work: try `jaws --help`.");
            ExitCode::from(1)
        }
    }
}
