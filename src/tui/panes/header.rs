//! The header line (corpus summary and loading progress) and, in the narrow layout, the
//! breadcrumb that says which pane is shown and where it is.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::fit;
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::sanitize::clean;

/// The header text: report count, findings, sort order, source, progress.
pub fn text(app: &App) -> String {
    let p = &app.progress;
    let failed = app.reports.iter().filter(|r| r.failed.is_some()).count();
    let mut parts = vec![format!("{} reports", app.reports.len() - failed)];
    // Reports whose review found something, counted as the reviews come in.
    let flagged = app
        .reports
        .iter()
        .filter(|r| r.findings.as_ref().is_some_and(|f| !f.is_empty()))
        .count();
    if flagged > 0 {
        parts.push(format!("{flagged} with findings"));
    }
    if !p.done {
        match p.found {
            Some(n) => parts.push(format!("loading {}/{n}…", p.loaded + p.failed)),
            None => parts.push("looking for reports…".to_string()),
        }
    }
    if failed > 0 {
        parts.push(format!("{failed} failed"));
    }
    if app.samples {
        parts.push("bundled samples".to_string());
    }
    parts.join(" · ")
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let width = area.width as usize;
    let line = Line::from(vec![
        Span::styled(" baogao 报告 ", t.header),
        Span::styled(fit(&text(app), width.saturating_sub(13)), t.label),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// Narrow layout: `[2/5 Outline] 襄城 2020 › 二、(七)` (six panes while findings are open).
pub fn draw_breadcrumb(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let panes: Vec<Pane> = Pane::ALL
        .into_iter()
        .filter(|&p| p != Pane::Findings || app.findings_open)
        .collect();
    let n = panes.iter().position(|&p| p == app.focus).unwrap_or(0) + 1;
    let mut crumb = String::new();
    if let Some(rs) = app.current() {
        crumb.push_str(&clean(&rs.report.label()));
        if let Some(i) = app.current_node() {
            crumb.push_str(" › ");
            crumb.push_str(&rs.report.heading_path_label(i));
        }
    }
    let tag = format!("[{n}/{} {}] ", panes.len(), app.focus.title());
    let width = area.width as usize;
    let line = Line::from(vec![
        Span::styled(tag.clone(), t.key),
        Span::styled(fit(&crumb, width.saturating_sub(tag.len())), t.text),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}
