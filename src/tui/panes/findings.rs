//! The findings pane, toggled with `!`: the current report's review findings
//! (`lint::check`) drawn by the `findings_panel` widget inside the app's pane border,
//! or a note while the analysis thread is still checking.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::pane_block;
use crate::lint::worst_by_line;
use crate::report::{Report, Severity};
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::findings_panel::FindingsPanel;
use crate::tui::sanitize::clean;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let Some(rs) = app.current() else {
        let block = pane_block(app, Pane::Findings, "Findings".into());
        frame.render_widget(Paragraph::new("").block(block), area);
        return;
    };
    let label = clean(&rs.report.label()).into_owned();
    let Some(findings) = rs.findings.as_deref() else {
        let block = pane_block(app, Pane::Findings, format!("Findings · {label}"));
        let text = Line::styled(" checking the report…", t.dim);
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    };
    let title = format!("Findings · {label} ({})", findings.len());
    let block = pane_block(app, Pane::Findings, title);
    let panel = FindingsPanel::new(findings)
        .block(block)
        .focused(app.focus == Pane::Findings);
    let mut state = app.findings_panel.borrow_mut();
    frame.render_stateful_widget(panel, area, &mut state);
}

/// The worst finding on lines `first..=last` (for a mark in the outline gutter).
pub fn worst_in(
    marks: &std::collections::BTreeMap<usize, Severity>,
    first: usize,
    last: usize,
) -> Option<Severity> {
    if first > last {
        return None;
    }
    marks.range(first..=last).map(|(_, s)| *s).max()
}

/// The lines a node owns itself: its heading line up to the line before its first
/// child (or the end of its span when it has none).
pub fn own_lines(report: &Report, node: usize) -> (usize, usize) {
    let n = &report.nodes[node];
    let last = match n.children.first() {
        Some(&c) => report.nodes[c].line.saturating_sub(1).max(n.line),
        None => report.line_of(n.span.end.saturating_sub(1).max(n.span.start)),
    };
    (n.line, last)
}

/// Per-line worst severity of the current report's findings, if computed.
pub fn marks_of(app: &App) -> Option<std::collections::BTreeMap<usize, Severity>> {
    app.current()?.findings.as_deref().map(|f| worst_by_line(f))
}

/// A severity's mark and style in the app's theme: the widget's colours, or plain bold
/// in the monochrome theme (NO_COLOR).
pub fn mark(app: &App, severity: Severity) -> (&'static str, ratatui::style::Style) {
    let (mark, style) = crate::tui::findings_panel::severity_mark(severity);
    if app.theme.name == crate::tui::theme::ThemeName::Mono {
        (mark, app.theme.warning)
    } else {
        (mark, app.theme.warning.patch(style))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_owns_the_lines_before_its_first_child() {
        let r = crate::parse_report(
            "t.txt".into(),
            "一、总体情况\n概述。\n(一)第一项\n内容。\n(二)第二项\n内容。\n",
        );
        let top = r.nodes.iter().position(|n| n.number == "一、").unwrap();
        let second = r.nodes.iter().position(|n| n.number == "(二)").unwrap();
        assert_eq!(own_lines(&r, top), (1, 2));
        assert_eq!(own_lines(&r, second), (5, 6));
        let mut marks = std::collections::BTreeMap::new();
        marks.insert(2, Severity::Info);
        marks.insert(4, Severity::Error);
        assert_eq!(worst_in(&marks, 1, 2), Some(Severity::Info));
        assert_eq!(worst_in(&marks, 1, 4), Some(Severity::Error));
        assert_eq!(worst_in(&marks, 5, 6), None);
        assert_eq!(worst_in(&marks, 3, 2), None);
    }
}
