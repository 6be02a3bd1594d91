//! Tests that need no window: the model, the app driven by commands, the files, the command
//! line, exports and docs.
//! One test binary (not one a file) so that `cargo test` links few binaries on two cores.

#[path = "../common/mod.rs"]
mod common;

mod app;
mod assumptions;
mod autosave;
mod claims;
mod cli;
mod codes;
mod council;
mod docs;
mod export;
mod file_corpus;
mod links;
mod locate;
mod model;
mod seek;
mod sensitivity;
mod session;
mod workers;
mod workshop_format;
