//! runde: a terminal companion for the facilitator of a leader network.

pub mod bundled;
pub mod cli;
pub mod cli_errors;
pub mod cli_lang;
pub mod clock;
pub mod commands;
pub mod dates;
pub mod display;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod model;
pub mod names;
pub mod output_gate;
pub mod print;
pub mod rotation;
pub mod runsheet;
pub mod store;
pub mod text;
pub mod ui;
pub mod unknown;
