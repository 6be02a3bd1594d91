//! Tests that need no window: the model, the files, the command line, exports and docs.
//! One test binary (not one a file) so that `cargo test` links few binaries on two cores.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod desktop;
mod docs;
mod export;
mod links;
mod model;
mod seek;
mod sensitivity;
mod session;
mod workshop_format;
