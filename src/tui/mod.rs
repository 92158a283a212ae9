//! The terminal face (ratatui + crossterm): a state machine (`app`: key → `Action` →
//! `App::update`) drawn by pure functions (`panes`), with terminal setup and the event
//! loop kept apart (`terminal`, `run`). Only this module touches the terminal.
//!
//! Seams for the indicator, search and review libraries:
//! - `App::set_emphasis(report, EmphasisKind::Figure | Match, ranges)`: byte ranges the
//!   content pane highlights (figures, search matches).
//! - `App::set_figure_count(report, n)`: the report list shows `Fig` instead of `Nod`.
//! - `App::jump_to(report, byte)`: select, reveal, show and scroll to a position (a
//!   search hit, the sentence of a figure).
//! - `panes::info` draws the section's metadata; a figures list goes beside it in its own
//!   pane module, and new keys are one `Action` variant plus one row in `keymap`'s table
//!   (the help overlay and the config names follow).
//! - Figures and findings are computed off the UI thread: the app queues
//!   `analysis::Job`s (`App::take_jobs`), `run` hands them to `analysis::Worker` and feeds
//!   the results back (`App::on_analysis`); tests run them inline (`App::analyze_now`).
//!   The file watcher's events go in through `App::on_file_changed` / `on_file_removed`.

pub mod action;
pub mod analysis;
pub mod app;
pub mod compare_chart;
pub mod config;
pub mod doc;
pub mod findings_panel;
pub mod indicator_panel;
pub mod keymap;
pub mod layout;
pub mod matrix_table;
pub mod offscreen;
pub mod panes;
pub mod sanitize;
pub mod search_popup;
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
