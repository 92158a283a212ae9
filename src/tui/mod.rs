//! The terminal face (ratatui + crossterm): a state machine (`app`: key → `Action` →
//! `App::update`) drawn by pure functions (`panes`), with terminal setup and the event
//! loop kept apart (`terminal`, `run`). Only this module touches the terminal.

pub mod action;
pub mod app;
pub mod config;
pub mod doc;
pub mod keymap;
pub mod layout;
pub mod panes;
pub mod sanitize;
pub mod theme;
pub mod tree;
pub mod wrap;

pub use action::{Action, Pane};
pub use app::{App, Effect, ReportState};
pub use doc::EmphasisKind;
pub use panes::draw;
pub mod run;
pub mod terminal;

pub use run::{run, Options};
