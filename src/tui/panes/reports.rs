//! The report list: place (and department) and year, the genre when the pane is wide
//! enough, top-level sections, outline nodes (or figures, once the indicators library
//! counts them), and a mark for the worst review finding (`✗` error, `!` warning, `i`
//! info; `✗` and "(removed)" for a file gone from disk; `✗` and "failed: reason" for a
//! report that could not be read or analysed).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{pad, pane_block};
use crate::report::Genre;
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::layout::inner;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let order = app.order();
    let title = format!("Reports ({}) · {}", app.reports.len(), app.sort.label());
    let block = pane_block(app, Pane::Reports, title);
    let (width, height) = inner(area);
    let figures = app.reports.iter().any(|r| r.figure_count.is_some());
    // Columns: marker, label, genre (when there is room), sections, nodes or figures,
    // problem mark.
    let rest_w = width.saturating_sub(1 + 4 + 5 + 1);
    let genre_w = if rest_w >= MIN_LABEL_WITH_GENRE {
        GENRE_W
    } else {
        0
    };
    let label_w = rest_w - genre_w;
    let mut lines = vec![Line::styled(
        format!(
            " {}{}{:>4}{:>4}  ",
            pad("Report", label_w),
            pad(if genre_w > 0 { "Kind" } else { "" }, genre_w),
            "Sec",
            if figures { "Fig" } else { "Nod" }
        ),
        t.label,
    )];
    if order.is_empty() {
        let text = if app.progress.done {
            "no reports"
        } else {
            "loading…"
        };
        lines.push(Line::styled(format!(" {text}"), t.dim));
    }
    let rows = height.saturating_sub(1).max(1);
    let pos = app
        .selected
        .and_then(|s| order.iter().position(|&i| i == s))
        .unwrap_or(0);
    let offset = (pos + 1).saturating_sub(rows);
    for &i in order.iter().skip(offset).take(rows) {
        let rs = &app.reports[i];
        let r = &rs.report;
        let count = rs.figure_count.unwrap_or(r.nodes.len());
        // The worst review finding once computed; until then no mark.
        let (mark, mark_style) = match rs.findings.as_deref() {
            _ if rs.failed.is_some() => super::findings::mark(app, crate::report::Severity::Error),
            _ if rs.missing => ("✗", t.warning),
            Some(f) => match f.iter().map(|d| d.severity).max() {
                Some(worst) => super::findings::mark(app, worst),
                None => (" ", t.warning),
            },
            None => (" ", t.warning),
        };
        let selected = app.selected == Some(i);
        let style = match (selected, app.focus == Pane::Reports) {
            (true, true) => t.cursor,
            (true, false) => t.cursor_unfocused,
            _ => t.text,
        };
        let mut label = crate::tui::sanitize::clean(&r.label()).into_owned();
        if rs.missing {
            label.push_str(" (removed)");
        }
        // A failed report says so where its counts would be, and why after its name
        // as far as the width allows (in full in the info and content panes).
        let counts = match &rs.failed {
            Some(reason) => {
                label.push_str(" — ");
                label.push_str(reason);
                format!("{:>8}", "failed")
            }
            None => format!("{:>4}{:>4}", r.section_count(), count),
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}{}{}{counts} ",
                    if selected { ">" } else { " " },
                    pad(&label, label_w),
                    pad(genre_tag(r.meta.genre), genre_w),
                ),
                style,
            ),
            Span::styled(mark, mark_style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Width of the genre column.
const GENRE_W: usize = 5;

/// Width the label column needs left before the genre column is shown.
const MIN_LABEL_WITH_GENRE: usize = 18;

/// A genre in two characters for the list (`法治`, `政报`); nothing for `other`.
pub fn genre_tag(genre: Genre) -> &'static str {
    match genre {
        Genre::FazhiAnnual => "法治",
        Genre::YifaXingzheng => "依法",
        Genre::WorkReport => "政报",
        Genre::WorkSummary => "总结",
        Genre::Other => "",
    }
}
