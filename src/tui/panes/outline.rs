//! The outline tree: one row per visible node, indented by level, `▾` open, `▸` folded
//! (with the number of hidden nodes), `*` for a repaired number and a severity mark
//! (`✗` error, `!` warning, `i` info) for the worst review finding on the node's own
//! lines.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, pane_block};
use crate::report::{NodeKind, Report};
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::tree::draw_offset;
use crate::tui::wrap::str_width;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let (width, height) = inner(area);
    let Some(rs) = app.current() else {
        let block = pane_block(app, Pane::Outline, "Outline".into());
        frame.render_widget(Paragraph::new("").block(block), area);
        return;
    };
    let report = &rs.report;
    let label = crate::tui::sanitize::clean(&report.label()).into_owned();
    let block = pane_block(app, Pane::Outline, format!("Outline · {label}"));
    let visible = rs.tree.visible(report);
    if visible.is_empty() {
        let text = Line::styled(" no numbered headings found", t.dim);
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    }
    let cursor_row = rs.tree.cursor_row(&visible);
    let offset = draw_offset(rs.tree.offset, cursor_row, height);
    let focused = app.focus == Pane::Outline;
    let marks = super::findings::marks_of(app);
    let lines: Vec<Line> = visible
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(row, &i)| {
            let is_cursor = row == cursor_row;
            node_line(app, report, i, is_cursor, focused, width, marks.as_ref())
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn node_line(
    app: &App,
    report: &Report,
    i: usize,
    is_cursor: bool,
    focused: bool,
    width: usize,
    marks: Option<&std::collections::BTreeMap<usize, crate::report::Severity>>,
) -> Line<'static> {
    let t = &app.theme;
    let rs = app.current();
    let node = &report.nodes[i];
    let folded = rs.is_some_and(|rs| rs.tree.folded[i]);
    let glyph = match (node.children.is_empty(), folded) {
        (true, _) => " ",
        (false, true) => "▸",
        (false, false) => "▾",
    };
    let indent = "  ".repeat(node.level.saturating_sub(1) as usize);
    let mut suffix = String::new();
    if folded {
        suffix.push_str(&format!(" +{}", descendants(report, i)));
    }
    if node.repaired {
        suffix.push_str(" *");
    }
    // The worst review finding on the node's own lines, once they are computed; until
    // then none (the parser's first reading of the numbering is not a finding).
    let mut mark_style = t.warning;
    if let Some(marks) = marks {
        let (first, last) = super::findings::own_lines(report, i);
        if let Some(severity) = super::findings::worst_in(marks, first, last) {
            let (mark, style) = super::findings::mark(app, severity);
            suffix.push(' ');
            suffix.push_str(mark);
            mark_style = style;
        }
    }
    let marker = if is_cursor { ">" } else { " " };
    let head = format!("{marker}{indent}{glyph} {}", node.number);
    let room = width.saturating_sub(str_width(&head) + str_width(&suffix));
    let title = fit(&node.title, room);
    let base = match node.kind {
        NodeKind::Heading if node.level == 1 => t.heading,
        NodeKind::Heading => t.text,
        NodeKind::Point => t.point,
    };
    let style = match (is_cursor, focused) {
        (true, true) => t.cursor,
        (true, false) => base.patch(t.cursor_unfocused),
        _ => base,
    };
    let fill = width.saturating_sub(str_width(&head) + str_width(&title) + str_width(&suffix));
    Line::from(vec![
        Span::styled(format!("{head}{title}"), style),
        Span::styled(" ".repeat(fill), style),
        Span::styled(suffix, mark_style),
    ])
}

/// Number of nodes below node `i`.
fn descendants(report: &Report, i: usize) -> usize {
    let span = &report.nodes[i].span;
    report.nodes[i + 1..]
        .iter()
        .take_while(|n| n.span.start < span.end && n.level > report.nodes[i].level)
        .count()
}
