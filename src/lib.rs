//! Jaws: a workshop tool for the new model of public services.

#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod council;
pub mod desktop;
pub mod export;
pub mod i18n;
pub mod model;
pub mod present;
pub mod scenario_code;
pub mod ui;
pub mod workshop;
