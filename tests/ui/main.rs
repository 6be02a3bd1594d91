//! The real window driven with egui_kittest, by role and accessible name, and its snapshots.
//! One test binary (not one a file) so that `cargo test` links few binaries on two cores.

#[path = "../common/mod.rs"]
mod common;
#[path = "../snapshot/mod.rs"]
mod snapshot;

mod analyse;
mod compare;
mod council;
mod explore;
mod frames;
mod hands;
mod map;
mod present;
mod recovery;
mod scenarios;
mod snapshots;
mod words;
mod workshops;
