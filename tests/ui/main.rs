//! The real window driven with egui_kittest, by role and accessible name, and its snapshots.
//! One test binary (not one a file) so that `cargo test` links few binaries on two cores.

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;
#[path = "../snapshot/mod.rs"]
mod snapshot;

mod analyse;
mod charts;
mod compare;
mod council;
mod cymraeg;
mod dialogs;
mod explore;
mod files;
mod frames;
mod hands;
mod layout;
mod map;
mod painted;
mod present;
mod projector;
mod recovery;
mod scenarios;
mod snapshots;
mod words;
mod workshop_welsh;
mod workshops;
