//! The metric matrix overlay (`M`): reports × canonical figures over the whole body of
//! the screen, drawn by the `matrix_table` widget inside a border, with a key hint
//! under it. Any terminal size draws (or draws nothing).

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use ratatui::Frame;

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::matrix_table;

pub fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    let Some(view) = &app.matrix else {
        return;
    };
    // Between the header and the status bar; the last row of the box is the hint.
    let area = Rect::new(
        screen.x,
        screen.y.saturating_add(1),
        screen.width,
        screen.height.saturating_sub(2),
    )
    .intersection(screen);
    if area.width < 3 || area.height < 3 {
        return;
    }
    frame.render_widget(Clear, area);
    let mut title = format!(
        " Metric matrix · {} reports × {} figures ",
        view.matrix.rows.len(),
        view.matrix.keys.len()
    );
    if view.pending > 0 {
        title.push_str(&format!("({} reports still computing) ", view.pending));
    }
    let box_area = Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(title));
    let inner = block.inner(box_area);
    block.render(box_area, frame.buffer_mut());
    matrix_table::render(inner, frame.buffer_mut(), view);
    let key = |a| app.keymap.key_for(Context::Matrix, a).unwrap_or_default();
    let hint = format!(
        " {}/{} report · {}/{} figure · {} go to the figure · {} close · ▲▼ change from the same place's previous year",
        key(Action::Down),
        key(Action::Up),
        key(Action::ColumnLeft),
        key(Action::ColumnRight),
        key(Action::FigureJump),
        key(Action::Back),
    );
    let hint_area = Rect::new(
        area.x,
        area.y.saturating_add(area.height.saturating_sub(1)),
        area.width,
        1,
    );
    let hint = super::pad(&hint, usize::from(hint_area.width));
    frame.render_widget(Line::styled(hint, app.theme.label), hint_area);
}
