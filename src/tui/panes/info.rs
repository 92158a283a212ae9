//! The info panel: what the model knows about the shown section (number, title, line,
//! level, children, its review findings) and about the report (its `Meta`). The
//! indicators library's figure list goes beside this, in its own module.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::pane_block;
use crate::report::{NodeKind, Report};
use crate::tui::action::Pane;
use crate::tui::app::{App, ReportState};
use crate::tui::layout::inner;
use crate::tui::sanitize::clean;
use crate::tui::wrap::wrap;

/// The panel's lines before wrapping, each with one style.
pub fn logical_lines(app: &App, rs: &ReportState) -> Vec<(String, Style)> {
    let t = &app.theme;
    let r: &Report = &rs.report;
    let mut out: Vec<(String, Style)> = Vec::new();
    // The review's findings, once computed (the parser's first reading of the numbering
    // is not shown: the review judges it).
    let findings: &[crate::report::Diagnostic] = rs.findings.as_ref().map_or(&[], |f| &f[..]);
    if let Some(reason) = &rs.failed {
        out.push((format!("failed: {reason}"), t.warning));
    }
    if let Some(i) = rs.shown.filter(|&i| i < r.nodes.len()) {
        let n = &r.nodes[i];
        out.push((
            format!("{} {}", r.heading_path_label(i), n.title),
            t.heading,
        ));
        let kind = match n.kind {
            NodeKind::Heading => "heading",
            NodeKind::Point => "point",
        };
        let mut facts = format!(
            "line {} · level {} · {kind} · number {}",
            n.line, n.level, n.number
        );
        if n.repaired {
            facts.push_str(" (repaired)");
        }
        out.push((facts, t.text));
        let points = n
            .children
            .iter()
            .filter(|&&c| r.nodes[c].kind == NodeKind::Point)
            .count();
        let headings = n.children.len() - points;
        let lines = r.line_of(n.span.end.saturating_sub(1).max(n.span.start)) + 1 - n.line;
        out.push((
            format!("{headings} sub-headings · {points} points · {lines} lines"),
            t.text,
        ));
        let end = r.line_of(n.span.end.saturating_sub(1).max(n.span.start));
        for d in findings
            .iter()
            .filter(|d| d.line >= n.line && d.line <= end)
        {
            out.push((
                format!("! line {}: {} {}", d.line, d.rule, d.message),
                t.warning,
            ));
        }
        out.push((String::new(), t.text));
    }
    let m = &r.meta;
    let title = m
        .title
        .clone()
        .unwrap_or_else(|| "(no title line)".to_string());
    out.push((clean(&title).into_owned(), t.heading));
    let mut facts = Vec::new();
    if let Some(y) = m.year {
        facts.push(format!("year {y}"));
    }
    facts.push(m.genre.zh().to_string());
    facts.push(m.script.as_str().to_string());
    out.push((facts.join(" · "), t.text));
    match (&m.issuer, &m.region) {
        (Some(issuer), Some(region)) if issuer != region => out.push((
            clean(&format!("issuer {issuer} · region {region}")).into_owned(),
            t.text,
        )),
        (Some(issuer), _) => out.push((clean(&format!("issuer {issuer}")).into_owned(), t.text)),
        (None, Some(region)) => out.push((clean(&format!("region {region}")).into_owned(), t.text)),
        (None, None) => {}
    }
    if let Some(p) = m.published {
        out.push((format!("published {p}"), t.text));
    }
    if m.signed_by.is_some() || m.signed_date.is_some() {
        let by = m.signed_by.clone().unwrap_or_default();
        let date = m.signed_date.map(|d| d.to_string()).unwrap_or_default();
        out.push((format!("signed {by} {date}").trim_end().to_string(), t.text));
    }
    out.push((
        format!(
            "{} sections · {} headings · {} points · {} lines · {} clutter lines{}",
            r.section_count(),
            r.heading_count(),
            r.nodes.len() - r.heading_count(),
            r.line_count(),
            m.clutter_lines.len(),
            // Removed lines are never lost: the raw view shows them, dimmed.
            if m.clutter_lines.is_empty() {
                ""
            } else {
                " (r shows them)"
            }
        ),
        t.text,
    ));
    if rs.shown.is_none() {
        for d in findings {
            out.push((
                format!("! line {}: {} {}", d.line, d.rule, d.message),
                t.warning,
            ));
        }
    } else if !findings.is_empty() {
        out.push((
            format!(
                "{} review findings in the report (! lists them)",
                findings.len()
            ),
            t.warning,
        ));
    }
    out.push((clean(&r.path.display().to_string()).into_owned(), t.label));
    out
}

/// The panel's lines wrapped to `width`.
fn wrapped(app: &App, rs: &ReportState, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (text, style) in logical_lines(app, rs) {
        for range in wrap(&text, width) {
            out.push(Line::styled(text[range].to_string(), style));
        }
    }
    out
}

/// Rows the panel needs at its current width (for scrolling).
pub fn line_count(app: &App) -> usize {
    let (Some(rs), Some(rect)) = (app.current(), app.areas().pane(Pane::Info)) else {
        return 0;
    };
    wrapped(app, rs, inner(rect).0).len()
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let (width, height) = inner(area);
    let Some(rs) = app.current() else {
        let block = pane_block(app, Pane::Info, "Info".into());
        frame.render_widget(Paragraph::new("").block(block), area);
        return;
    };
    let title = match rs.shown {
        Some(i) if i < rs.report.nodes.len() => {
            format!("Info · {}", rs.report.heading_path_label(i))
        }
        _ => "Info · report".to_string(),
    };
    let lines = wrapped(app, rs, width);
    let scroll = rs.info_scroll.min(lines.len().saturating_sub(height));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    let block = pane_block(app, Pane::Info, title);
    frame.render_widget(Paragraph::new(visible).block(block), area);
}
