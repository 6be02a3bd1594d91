//! Work on a background thread that may fail: a panic there (a model run on numbers it cannot
//! handle, say) must reach the window as a message, end the work and leave the thread's CPU
//! free, never leave a progress bar waiting for an answer that will not come.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The threads that run their work through `caught`. A panic on one is reported to the
/// window, not a crash (the panic hook writes no emergency save for it).
pub const SEEK_THREAD: &str = "jaws-seek";
pub const BANDS_THREAD: &str = "jaws-bands";
pub const CAUGHT_THREADS: [&str; 2] = [SEEK_THREAD, BANDS_THREAD];

/// Run `work`, turning a panic into what it said.
pub fn caught<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    // The work owns or copies everything it touches, and what it held is dropped with the
    // panic, so nothing half-changed is seen afterwards.
    catch_unwind(AssertUnwindSafe(work)).map_err(panic_message)
}

/// The message a panic was raised with.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "an unexpected error".to_string()
    }
}
