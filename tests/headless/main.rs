//! Tests that need no window: the model, the app driven by commands, the files, the command
//! line, exports and docs.
//! One test binary (not one a file) so that `cargo test` links few binaries on two cores.

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod app;
mod assumptions;
mod autosave;
mod claims;
mod cli;
mod codes;
mod council;
mod cymraeg;
mod desktop;
mod docs;
mod export;
mod file_corpus;
mod hostile_files;
mod links;
mod locate;
mod messages;
mod model;
mod pipes;
mod refusals;
mod seek;
mod sensitivity;
mod session;
mod special_files;
mod workers;
mod workshop_format;
mod workshop_languages;
