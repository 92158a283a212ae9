//! The terminal face: panes and widgets drawn with ratatui. Only this module uses ratatui
//! or crossterm.

pub mod compare_chart;
pub mod findings_panel;
pub mod indicator_panel;
