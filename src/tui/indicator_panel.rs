//! The indicator panel: the figures of a section (or a whole report) as a table of
//! subject, value, unit and qualifier, with the kind shown by colour and the topic as a
//! tag, a selected row, and scrolling.
//!
//! A standalone widget: it takes the figures and a small state struct, and draws into a
//! `Rect` of a `Buffer`. The app decides which figures to show (a section's or the
//! report's) and what Enter does with the selection.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState, Widget};

use crate::indicators::{format_value, Figure, Kind};

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

/// Draw `figures` into `area` with `title` on the border. Rows: subject, value, unit,
/// qualifier, topic tag; the value is coloured by kind (percent cyan, money yellow,
/// growth green) and a growth rate is marked `Δ` (the text says whether it rose or fell).
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

/// Below this width the topic tag column is left out, so the subject keeps some room.
const TAG_MIN_WIDTH: u16 = 56;

/// Like `render`, inside a border the caller made (the app's focus-aware pane border).
pub fn render_in(
    area: Rect,
    buf: &mut Buffer,
    block: Block<'_>,
    figures: &[&Figure],
    state: &mut IndicatorPanelState,
) {
    if figures.is_empty() {
        let inner = block.inner(area);
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
    let rows = figures.iter().map(|f| {
        let color = kind_color(f.kind);
        let value = if f.kind == Kind::Growth {
            format!("Δ{}", format_value(f.value))
        } else {
            format_value(f.value)
        };
        let tag = f.category.map(|c| c.label()).unwrap_or("");
        let mut cells = vec![
            Cell::from(f.subject.as_str()),
            Cell::from(Line::from(value).right_aligned()).style(Style::default().fg(color)),
            Cell::from(f.unit).style(Style::default().fg(color)),
            Cell::from(f.qualifier.map(|q| q.as_str()).unwrap_or("")),
        ];
        if tags {
            cells.push(Cell::from(tag).style(Style::default().fg(Color::DarkGray)));
        }
        Row::new(cells)
    });
    let mut widths = vec![
        Constraint::Fill(1),
        Constraint::Length(9),
        Constraint::Length(4),
        Constraint::Length(4),
    ];
    if tags {
        widths.push(Constraint::Length(10));
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
    fn empty_panel_says_so() {
        let mut terminal = Terminal::new(TestBackend::new(30, 3)).unwrap();
        let mut state = IndicatorPanelState::default();
        terminal
            .draw(|frame| render(frame.area(), frame.buffer_mut(), "一、", &[], &mut state))
            .unwrap();
        insta::assert_snapshot!(terminal.backend().to_string());
    }
}
