//! Jaws: a workshop tool for the new model of public services.

pub mod cli;
pub mod model;
pub mod workshop;
