//! The window around the app: owns the state and the file dialogs, moves time on, runs the
//! views, applies their commands, then opens the file dialogs they asked for. The only place
//! egui, eframe and the app meet.

use std::time::Duration;

use super::{show, theme};
use crate::app::files::{FilePicker, NativePicker};
use crate::app::presenter::{Reveal, Screen, Screens};
use crate::app::{AppState, FileCommand, Prefs, WindowCommand};

const PREFS_KEY: &str = "jaws-prefs";

pub struct JawsApp {
    pub state: AppState,
    /// Answers the file dialogs the views ask for (native dialogs; tests put in their own).
    pub picker: Box<dyn FilePicker>,
    /// When the process started, to report the time to the first frame (set
    /// `JAWS_REPORT_STARTUP=1`); cleared once reported.
    pub started: Option<std::time::Instant>,
    /// The look last applied (dark mode, laptop or projector at a window height), so style is
    /// set only when it changes.
    applied_look: Option<(bool, theme::Look)>,
    /// Whether the window was last asked to be full screen, and on which monitor.
    applied_fullscreen: (bool, Option<usize>),
    /// When the monitors were last looked up (egui time).
    screens_looked: Option<f64>,
    /// Whether the window has been told to close (after the person chose to).
    close_sent: bool,
    /// The window title last set, so it is sent only when the council changes.
    applied_title: Option<String>,
}

impl JawsApp {
    /// Set up fonts and style, restore preferences, and start on `state`.
    pub fn new(cc: &eframe::CreationContext<'_>, state: AppState) -> JawsApp {
        theme::install_fonts(&cc.egui_ctx);
        theme::install_style(&cc.egui_ctx);
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY));
        let app = JawsApp::starting(state, prefs);
        cc.egui_ctx
            .set_zoom_factor(app.state.prefs.zoom.clamp(0.5, 3.0));
        app
    }

    /// Start on `state` with the preferences saved last time, if any. The workshop picker
    /// (which `main` opens when no workshop was named) stays open only on the first start,
    /// when no workshop was open before, or when the one asked for would not load.
    pub fn starting(mut state: AppState, prefs: Option<Prefs>) -> JawsApp {
        if let Some(prefs) = prefs {
            state.recent = prefs.recent.clone();
            state.prefs = prefs;
        }
        if state.prefs.last_workshop.is_some() && state.load_problems.is_empty() {
            state.workshop_picker = None;
        }
        JawsApp::headless(state)
    }

    /// Speak `asked` (`--lang`, for this run), else the language chosen from the menu
    /// before, else the system's.
    pub fn choose_language(&mut self, asked: Option<crate::i18n::Lang>) {
        let lang = asked
            .or(self.state.prefs.lang)
            .unwrap_or_else(crate::i18n::Lang::from_system);
        crate::i18n::set_lang(lang);
    }

    /// An app with no eframe around it (benchmarks): fonts and style are the caller's job.
    pub fn headless(state: AppState) -> JawsApp {
        JawsApp {
            state,
            picker: Box::new(NativePicker::default()),
            started: None,
            applied_look: None,
            applied_fullscreen: (false, None),
            screens_looked: None,
            close_sent: false,
            applied_title: None,
        }
    }

    /// Let the window close only once the session is saved: if the final save fails, cancel
    /// the close and ask the person (Save As, keep working, or close all the same); once
    /// they have chosen to close, close.
    pub fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        if self.state.close_confirmed && !self.close_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
        }
    }

    /// One frame of the whole app: time moves on, the views draw and emit commands, the
    /// commands are applied, and file dialogs asked for open. eframe calls this through
    /// `App::ui`; benchmarks call it on a bare egui context.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.state.advance(ctx.input(|i| i.time));
        // On a projector type grows with the window, so a resized window gets it afresh.
        let screen = if self.state.presenting() {
            theme::Look::Projector {
                height: ctx.content_rect().height().round(),
            }
        } else {
            theme::Look::Laptop
        };
        let look = (self.state.prefs.dark_mode, screen);
        if self.applied_look != Some(look) {
            let (dark, screen) = look;
            let projector = screen != theme::Look::Laptop;
            theme::install_style_for(&ctx, screen);
            ctx.set_visuals(if projector {
                theme::projector_visuals(dark)
            } else {
                theme::visuals(dark)
            });
            // This frame's root already has the old style: give it the new one now, so the
            // first projected frame is not drawn at laptop sizes.
            ui.set_style(ctx.global_style());
            self.applied_look = Some(look);
        }
        for c in show(ui, &self.state) {
            self.state.apply(c);
        }
        // Files dropped on the window: scenarios from participants' laptops, or a session.
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.state.apply(FileCommand::Open(dropped));
        }
        // After the frame, never inside a menu or inside `apply`.
        self.state.answer_file_requests(&*self.picker);
        let title = self.state.window_title();
        if self.applied_title.as_ref() != Some(&title) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.applied_title = Some(title);
        }
        if let Some(image) = self.state.clipboard_image.take() {
            ctx.copy_image(egui::ColorImage::from_rgba_unmultiplied(
                [image.width, image.height],
                &image.rgba,
            ));
        }
        // Full screen while presenting: on the projector where there are two screens (winit
        // puts the window borderless full screen on that monitor), else where it is.
        let fullscreen = self.state.presenter.as_ref().is_some_and(|p| p.fullscreen);
        let monitor = self
            .state
            .presenter
            .as_ref()
            .filter(|p| p.fullscreen)
            .and_then(|p| p.screens)
            .map(|(stage, _)| stage);
        if (fullscreen, monitor) != self.applied_fullscreen {
            ctx.send_viewport_cmd(match monitor {
                Some(i) => egui::ViewportCommand::SetMonitor(i),
                None => egui::ViewportCommand::Fullscreen(fullscreen),
            });
            self.applied_fullscreen = (fullscreen, monitor);
        }
        if let Some(p) = &self.state.presenter {
            // The timer ticks and the reveal draws itself.
            if matches!(p.reveal, Reveal::Revealing(_)) {
                ctx.request_repaint();
            } else {
                ctx.request_repaint_after(Duration::from_millis(500));
            }
        }
        self.state.autosave_tick();
        if self.state.autosave.as_ref().is_some_and(|a| a.pending()) {
            ctx.request_repaint_after(Duration::from_secs(1));
        }
        if self.state.collect_seek() {
            ctx.request_repaint_after(Duration::from_millis(30));
        }
        if self.state.collect_bands() {
            // New bands are on their way: look again shortly.
            ctx.request_repaint_after(Duration::from_millis(15));
        }
        // Ctrl +/- zoom is egui's own; remember where the user left it.
        self.state.prefs.zoom = ctx.zoom_factor();
        if self.state.replay_progress().is_some() {
            ctx.request_repaint();
        }
    }
}

impl JawsApp {
    /// Look up the monitors (on the first frame, then every two seconds: a monitor plugged
    /// in for the projector is found before F5), and tell the app when they change.
    fn find_screens(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let now = ctx.input(|i| i.time);
        if self.screens_looked.is_some_and(|t| now - t < 2.0) {
            return;
        }
        self.screens_looked = Some(now);
        let Some(window) = frame.winit_window() else {
            return;
        };
        let monitors: Vec<_> = window.available_monitors().collect();
        let current = window.current_monitor();
        let screens = Screens {
            monitors: monitors
                .iter()
                .map(|m| {
                    // egui places windows in points: the monitor's pixels over its scale.
                    let scale = m.scale_factor() as f32;
                    let (p, s) = (m.position(), m.size());
                    Screen {
                        position: [p.x as f32 / scale, p.y as f32 / scale],
                        size: [s.width as f32 / scale, s.height as f32 / scale],
                    }
                })
                .collect(),
            current: current.and_then(|c| monitors.iter().position(|m| *m == c)),
        };
        if screens != self.state.screens {
            self.state.apply(WindowCommand::ScreensFound(screens));
        }
    }
}

/// The app icon for the title bar and task bar, drawn from `assets/jaws.svg` at build time
/// (build.rs), 256 pixels square.
pub fn window_icon() -> egui::IconData {
    let png = include_bytes!(concat!(env!("OUT_DIR"), "/icons/256x256.png"));
    // The build made this PNG, so it decodes; an empty icon is eframe's "none" if not.
    eframe::icon_data::from_png_bytes(png).unwrap_or_default()
}

impl eframe::App for JawsApp {
    /// Closing waits for a final save that worked. eframe calls this even while the window
    /// is minimised, so a close from the taskbar is caught too.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.guard_close(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.find_screens(&ui.ctx().clone(), frame);
        self.frame(ui);
        if let Some(started) = self.started.take()
            && std::env::var_os("JAWS_REPORT_STARTUP").is_some()
        {
            eprintln!(
                "first frame laid out {} ms after start",
                started.elapsed().as_millis()
            );
        }
    }

    fn on_exit(&mut self) {
        // Closing already saved (or the person chose to close without); this catches an exit
        // that did not pass through a close request. A failure keeps the crash marker, so
        // the next start offers what was last saved.
        if let Err(problem) = self.state.finish_autosave() {
            eprintln!("{problem}");
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.state.prefs.recent = self.state.recent.clone();
        self.state.prefs.last_workshop = Some(self.state.workshop.id.clone());
        eframe::set_value(storage, PREFS_KEY, &self.state.prefs);
    }
}
