//! The search popup over the screen: below the header, above the status bar, the whole
//! width. Until the index is built it shows the query and a real "indexing…" status.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

use crate::tui::app::App;
use crate::tui::search_popup;

/// Where the popup goes: the screen between the header and the status bar when there is
/// room, else the whole screen.
pub fn area(screen: Rect) -> Rect {
    if screen.height >= 8 {
        Rect {
            y: screen.y + 1,
            height: screen.height - 2,
            ..screen
        }
    } else {
        screen
    }
}

pub fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    if !app.search.is_open() {
        return;
    }
    let area = area(screen);
    let popup = &app.search.popup;
    if let Some(corpus) = app.search.corpus() {
        let style = search_popup::PopupStyle::from_theme(&app.theme);
        search_popup::render_styled(frame, area, popup, &corpus.reports, &corpus.index, &style);
        return;
    }
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Search ")
        .border_style(app.theme.border_focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let status = if app.progress.done && app.reports.is_empty() {
        "no reports to search"
    } else {
        "indexing…"
    };
    let lines = vec![
        Line::from(vec![
            Span::styled("/ ", app.theme.dim),
            Span::raw(popup.query()),
        ]),
        Line::styled(status, app.theme.dim),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
    if inner.width > 2 && inner.height > 0 {
        let x = inner
            .x
            .saturating_add(2)
            .saturating_add(popup.cursor_column());
        frame.set_cursor_position((x.min(inner.right() - 1), inner.y));
    }
}
