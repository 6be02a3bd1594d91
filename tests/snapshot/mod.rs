//! Whether snapshot tests can render here. They render with a software renderer (Mesa
//! lavapipe); with no graphics adapter at all they skip, saying why, unless CI is set: under
//! CI they must run (CI installs mesa-vulkan-drivers).

use std::panic::{AssertUnwindSafe, catch_unwind};

use egui_kittest::Harness;

/// Render once to find out whether there is an adapter; decide whether to skip.
pub fn can_render<S>(h: &mut Harness<'_, S>) -> bool {
    match catch_unwind(AssertUnwindSafe(|| h.render())) {
        Ok(Ok(_)) => true,
        outcome => {
            let why = match outcome {
                Ok(Err(e)) => e,
                _ => "the renderer panicked (no wgpu adapter?)".to_string(),
            };
            if std::env::var_os("CI").is_some() {
                panic!("snapshot tests must run under CI, but rendering failed: {why}");
            }
            eprintln!("skipping snapshot: {why}. Install mesa-vulkan-drivers and libvulkan1.");
            false
        }
    }
}
