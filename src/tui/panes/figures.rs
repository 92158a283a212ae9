//! The figures pane, beside the info panel: the shown section's figures (or the whole
//! report's, toggled) drawn by the `indicator_panel` widget inside the app's pane
//! border. While the analysis thread is still extracting, it says so.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::pane_block;
use crate::tui::action::Pane;
use crate::tui::app::{App, ReportState};
use crate::tui::indicator_panel;

/// `Figures · 二、(七) (12)`, `Figures · whole report (240)`.
pub fn title(app: &App, rs: &ReportState, count: Option<usize>) -> String {
    let scope = match rs.shown {
        Some(i) if !app.figures_whole && i < rs.report.nodes.len() => {
            rs.report.heading_path_label(i)
        }
        _ => "whole report".to_string(),
    };
    match count {
        Some(n) => format!("Figures · {scope} ({n})"),
        None => format!("Figures · {scope}"),
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let Some(rs) = app.current() else {
        let block = pane_block(app, Pane::Figures, "Figures".into());
        frame.render_widget(Paragraph::new("").block(block), area);
        return;
    };
    let Some(list) = app.figure_list(rs) else {
        let block = pane_block(app, Pane::Figures, title(app, rs, None));
        let text = Line::styled(" computing figures…", t.dim);
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    };
    let block = pane_block(app, Pane::Figures, title(app, rs, Some(list.len())));
    let mut state = app.figure_panel.borrow_mut();
    if state.selected().is_none() && !list.is_empty() {
        state.select(Some(0));
    }
    indicator_panel::render_in(area, frame.buffer_mut(), block, &list, &mut state);
}
