//! The indicator panel: the figures of a section (or a whole report) as a table of
//! subject and value as written (`12.5亿元`, never cut), with the kind shown by colour
//! and the metric or topic as a tag, a selected row, and scrolling.
//!
//! A standalone widget: it takes the figures and a small state struct, and draws into a
//! `Rect` of a `Buffer`. The app decides which figures to show (a section's or the
//! report's) and what Enter does with the selection.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState, Widget};

use unicode_width::UnicodeWidthStr;

use crate::indicators::{keys, Figure, Kind};
use crate::tui::panes::fit;

/// Which row is selected and how far the table is scrolled.
#[derive(Debug, Clone, Default)]
pub struct IndicatorPanelState {
    table: TableState,
}

impl IndicatorPanelState {
    /// The selected row, if any.
    pub fn selected(&self) -> Option<usize> {
        self.table.selected()
    }

    /// Select row `index` (clamped to the rows there are when drawn).
    pub fn select(&mut self, index: Option<usize>) {
        self.table.select(index);
    }

    /// Move the selection down one row, stopping at the last of `len` rows.
    pub fn select_next(&mut self, len: usize) {
        if len == 0 {
            self.table.select(None);
            return;
        }
        let next = self.selected().map_or(0, |i| (i + 1).min(len - 1));
        self.table.select(Some(next));
    }

    /// Move the selection up one row.
    pub fn select_previous(&mut self, len: usize) {
        if len == 0 {
            self.table.select(None);
            return;
        }
        let prev = self.selected().map_or(0, |i| i.saturating_sub(1));
        self.table.select(Some(prev));
    }

    /// The first visible row (scroll position).
    pub fn offset(&self) -> usize {
        self.table.offset()
    }
}

/// The colour that marks a kind of figure.
pub fn kind_color(kind: Kind) -> Color {
    match kind {
        Kind::Count => Color::Reset,
        Kind::Percent => Color::Cyan,
        Kind::Money => Color::Yellow,
        Kind::Growth => Color::Green,
    }
}

/// Draw `figures` into `area` with `title` on the border. Rows: subject, the figure as
/// written (`12.5亿元`, `超过300人`, `Δ72.4%` for a change), and the metric's or topic's
/// name; the value is coloured by kind (percent cyan, money yellow, growth green).
pub fn render(
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    figures: &[&Figure],
    state: &mut IndicatorPanelState,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(format!(" {title} ({}) ", figures.len())));
    render_in(area, buf, block, figures, state);
}

/// Below this width the tag column is left out, so the subject keeps some room.
const TAG_MIN_WIDTH: u16 = 56;
/// Width of the tag column.
const TAG_WIDTH: u16 = 12;

/// The value cell: the figure as written, never cut; a change is marked `Δ`.
fn value_text(f: &Figure) -> String {
    if f.kind == Kind::Growth {
        format!("Δ{}", f.written)
    } else {
        f.written.clone()
    }
}

/// The tag: the canonical metric's name, else the topic.
fn tag_text(f: &Figure) -> &'static str {
    f.key
        .and_then(keys::get)
        .map(|k| k.name)
        .or(f.category.map(|c| c.label()))
        .unwrap_or("")
}

/// Like `render`, inside a border the caller made (the app's focus-aware pane border).
/// The value column is as wide as the widest value, so no value is ever cut; the
/// subject takes the rest and is cut with `…` when it must be.
pub fn render_in(
    area: Rect,
    buf: &mut Buffer,
    block: Block<'_>,
    figures: &[&Figure],
    state: &mut IndicatorPanelState,
) {
    let inner = block.inner(area);
    if figures.is_empty() {
        block.render(area, buf);
        Line::from(Span::styled(
            "no figures here",
            Style::default().fg(Color::DarkGray),
        ))
        .render(inner, buf);
        return;
    }
    if let Some(i) = state.selected() {
        if i >= figures.len() {
            state.select(Some(figures.len() - 1));
        }
    }
    let tags = area.width >= TAG_MIN_WIDTH;
    let value_w = figures
        .iter()
        .map(|f| value_text(f).width())
        .max()
        .unwrap_or(0);
    // The highlight symbol and the column gaps come off first; the value keeps its
    // width and the subject gives way.
    let fixed = 2 + 1 + if tags { 1 + usize::from(TAG_WIDTH) } else { 0 };
    let value_w = value_w.min(usize::from(inner.width).saturating_sub(2));
    let subject_w = usize::from(inner.width).saturating_sub(fixed + value_w);
    let rows = figures.iter().map(|f| {
        let color = kind_color(f.kind);
        let mut cells = vec![
            Cell::from(fit(&f.subject, subject_w)),
            Cell::from(Line::from(value_text(f)).right_aligned()).style(Style::default().fg(color)),
        ];
        if tags {
            let tag = fit(tag_text(f), usize::from(TAG_WIDTH));
            cells.push(Cell::from(tag).style(Style::default().fg(Color::DarkGray)));
        }
        Row::new(cells)
    });
    let mut widths = vec![
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(value_w).unwrap_or(u16::MAX)),
    ];
    if tags {
        widths.push(Constraint::Length(TAG_WIDTH));
    }
    let table = Table::new(rows, widths)
        .block(block)
        .column_spacing(1)
        .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED))
        .highlight_symbol("> ");
    StatefulWidget::render(table, area, buf, &mut state.table);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::extract;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn draw(width: u16, height: u16, state: &mut IndicatorPanelState) -> String {
        let reports = crate::samples::reports().unwrap();
        let report = reports.iter().find(|r| r.name == "dandong-2021").unwrap();
        let figures = extract(report);
        // The figures of section 五、(一) (行政复议 and 应诉).
        let section: Vec<&Figure> = figures.iter().filter(|f| f.line == 22).collect();
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| {
                let area = frame.area();
                render(area, frame.buffer_mut(), "五、(一)", &section, state);
            })
            .unwrap();
        terminal.backend().to_string()
    }

    #[test]
    fn panel_with_selection() {
        let mut state = IndicatorPanelState::default();
        state.select_next(5);
        state.select_next(5);
        insta::assert_snapshot!(draw(64, 9, &mut state));
    }

    #[test]
    fn panel_scrolls_to_keep_the_selection_visible() {
        let mut state = IndicatorPanelState::default();
        for _ in 0..4 {
            state.select_next(5);
        }
        let screen = draw(64, 5, &mut state);
        assert!(state.offset() > 0);
        insta::assert_snapshot!(screen);
    }

    #[test]
    fn large_values_are_shown_as_written_and_never_cut() {
        // Regression: `12.5亿元` showed as `250000000` cut from the left.
        let text = "一、情况\n全区投入法治建设资金12.5亿元,受理行政复议案件1055件。\n";
        let report = crate::parse_report("r.txt".into(), text);
        let figures = extract(&report);
        let list: Vec<&Figure> = figures.iter().collect();
        for width in [20u16, 30, 64] {
            let mut terminal = Terminal::new(TestBackend::new(width, 5)).unwrap();
            let mut state = IndicatorPanelState::default();
            terminal
                .draw(|frame| render(frame.area(), frame.buffer_mut(), "一、", &list, &mut state))
                .unwrap();
            let screen = terminal.backend().to_string();
            assert!(screen.contains("12.5亿元"), "{width}: {screen}");
            assert!(screen.contains("1055件"), "{width}: {screen}");
        }
    }

    #[test]
    fn every_size_draws_without_panicking() {
        let reports = crate::samples::reports().unwrap();
        let figures = extract(&reports[0]);
        let list: Vec<&Figure> = figures.iter().collect();
        for w in 0..=40u16 {
            for h in 0..=6u16 {
                let area = Rect::new(0, 0, w, h);
                let mut buf = Buffer::empty(area);
                let mut state = IndicatorPanelState::default();
                state.select(Some(3));
                render(area, &mut buf, "t", &list, &mut state);
            }
        }
    }

    #[test]
    fn empty_panel_says_so() {
        let mut terminal = Terminal::new(TestBackend::new(30, 3)).unwrap();
        let mut state = IndicatorPanelState::default();
        terminal
            .draw(|frame| render(frame.area(), frame.buffer_mut(), "一、", &[], &mut state))
            .unwrap();
        insta::assert_snapshot!(terminal.backend().to_string());
    }
}
