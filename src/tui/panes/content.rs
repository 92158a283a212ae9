//! The content pane: the shown section's text from its heading, wrapped by display
//! width with Chinese line-breaking rules, headings in the heading style and the
//! emphasised ranges (figures, search matches, a jump's target) highlighted. A gutter
//! marks lines with review findings. The raw view shows the whole file with line
//! numbers and the page clutter dimmed.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, pane_block};
use crate::report::NodeKind;
use crate::tui::action::Pane;
use crate::tui::app::{App, ReportState};
use crate::tui::doc::{self, EmphasisKind};
use crate::tui::layout::inner;
use crate::tui::sanitize::clean;

const HEADING: u8 = 1;
const FIGURE: u8 = 2;
const MATCH: u8 = 4;
const FOCUS: u8 = 8;

/// The pane's title: the section's heading path and title, or the file in the raw view.
pub fn title(app: &App, rs: &ReportState) -> String {
    let r = &rs.report;
    if app.raw {
        return format!("Raw · {}", clean(&r.path.display().to_string()));
    }
    match rs.shown.and_then(|i| r.nodes.get(i).map(|n| (i, n))) {
        Some((i, node)) => format!("{} {}", r.heading_path_label(i), node.title),
        None => format!("{} · whole report", clean(&r.label())),
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let (width, height) = inner(area);
    let Some(rs) = app.current() else {
        let block = pane_block(app, Pane::Content, "Content".into());
        frame.render_widget(Paragraph::new("").block(block), area);
        return;
    };
    if let Some(reason) = &rs.failed {
        if rs.report.text.is_empty() {
            draw_failure(app, frame, area, rs, reason);
            return;
        }
    }
    let report = &rs.report;
    let rows = app.content_rows_at(rs, width);
    let top = doc::top_row(&rows, rs.content_top, height);
    let mut block = pane_block(
        app,
        Pane::Content,
        fit(&title(app, rs), width.saturating_sub(4)),
    );
    if rows.len() > height {
        let pos = format!(
            " {}-{}/{} ",
            top + 1,
            (top + height).min(rows.len()),
            rows.len()
        );
        block = block.title_bottom(Line::styled(pos, t.label).right_aligned());
    }
    // Styled ranges: headings inside the span, then emphasis (later ones win).
    let span = rs.span(app.raw);
    let mut marks: Vec<(std::ops::Range<usize>, u8)> = report
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Heading && span.contains(&n.span.start))
        .map(|n| (n.head(), HEADING))
        .collect();
    marks.extend(rs.emphasis.iter().map(|e| {
        let bit = match e.kind {
            EmphasisKind::Figure => FIGURE,
            EmphasisKind::Match => MATCH,
            EmphasisKind::Focus => FOCUS,
        };
        (e.range.clone(), bit)
    }));
    let gutter = if app.raw {
        doc::gutter_width(report)
    } else {
        0
    };
    // A column of finding marks (worst severity per line) when the report has findings.
    let finding_marks = if rs.findings_gutter() > 0 {
        super::findings::marks_of(app)
    } else {
        None
    };
    let lines: Vec<Line> = rows
        .iter()
        .skip(top)
        .take(height)
        .map(|row| {
            let base = if row.clutter { t.dim } else { t.text };
            let mut spans = Vec::new();
            if let Some(by_line) = &finding_marks {
                match by_line.get(&row.line).filter(|_| row.first) {
                    Some(&severity) => {
                        let (mark, style) = super::findings::mark(app, severity);
                        spans.push(Span::styled(format!("{mark} "), style));
                    }
                    None => spans.push(Span::raw("  ")),
                }
            }
            if gutter > 0 {
                let number = if row.first {
                    row.line.to_string()
                } else {
                    String::new()
                };
                spans.push(Span::styled(
                    format!("{number:>w$} ", w = gutter - 1),
                    t.label,
                ));
            }
            let lo = row.range.start;
            let hi = row.range.end;
            let near: Vec<_> = marks
                .iter()
                .filter(|(m, _)| m.start < hi && m.end > lo)
                .cloned()
                .collect();
            for (piece, bits) in doc::segments(row.range.clone(), &near) {
                let text = report.text[piece].replace('\t', " ");
                spans.push(Span::styled(text, style_for(app, base, bits)));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// A file that could not be read: its reason in place of its text.
fn draw_failure(app: &App, frame: &mut Frame, area: Rect, rs: &ReportState, reason: &str) {
    let (width, _) = inner(area);
    let title = fit(
        &clean(&rs.report.path.display().to_string()),
        width.saturating_sub(4),
    );
    let block = pane_block(app, Pane::Content, title);
    let mut lines = vec![Line::styled("could not be read:", app.theme.warning)];
    lines.extend(
        crate::tui::wrap::wrap(reason, width)
            .into_iter()
            .map(|row| Line::styled(reason[row].to_string(), app.theme.text)),
    );
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn style_for(app: &App, base: Style, bits: u8) -> Style {
    let t = &app.theme;
    let mut style = base;
    if bits & HEADING != 0 {
        style = style.patch(t.heading);
    }
    if bits & FIGURE != 0 {
        style = style.patch(t.figure);
    }
    if bits & FOCUS != 0 {
        style = style.patch(t.focus);
    }
    if bits & MATCH != 0 {
        style = style.patch(t.search_match);
    }
    style
}
