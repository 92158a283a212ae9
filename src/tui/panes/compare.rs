//! The comparison overlay (`c` on a figure): the selected figure across the open
//! reports by its canonical key, drawn by the `compare_chart` widget over most of the
//! screen. `s` sorts, Esc closes. Every size computation saturates: the overlay draws
//! (or draws nothing) at any terminal size.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Clear;
use ratatui::Frame;

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::compare_chart;
use crate::tui::keymap::Context;

pub fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    let Some(view) = &app.compare else {
        return;
    };
    // A box as tall as the bars need (one row each, the border, a hint line), centred
    // between the header and the status bar, with a margin where there is room.
    let margin = if screen.width >= 60 { 2 } else { 0 };
    let body = screen.height.saturating_sub(2);
    let warning = u16::from(view.comparison.mixed_units());
    let points = u16::try_from(view.comparison.points.len()).unwrap_or(u16::MAX);
    let want = points.max(1).saturating_add(3 + warning);
    let height = want.min(body);
    let area = Rect::new(
        screen.x.saturating_add(margin),
        screen
            .y
            .saturating_add(1)
            .saturating_add(body.saturating_sub(height) / 2),
        screen.width.saturating_sub(2 * margin),
        height,
    );
    if area.width < 10 || area.height < 4 {
        return;
    }
    frame.render_widget(Clear, area);
    let mut title = view.title.clone();
    if view.pending > 0 {
        title.push_str(&format!(" ({} reports still computing)", view.pending));
    }
    let chart_area = Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    compare_chart::render(
        chart_area,
        frame.buffer_mut(),
        &title,
        &view.comparison,
        &view.chart,
    );
    let key = |a| app.keymap.key_for(Context::Compare, a).unwrap_or_default();
    let hint = format!(
        " {} sort · {} close · {} reports state this metric",
        key(Action::CompareSort),
        key(Action::Back),
        view.comparison.points.len()
    );
    let hint_area = Rect::new(
        area.x,
        area.y.saturating_add(area.height.saturating_sub(1)),
        area.width,
        1,
    );
    let hint = super::pad(&hint, hint_area.width as usize);
    frame.render_widget(Line::styled(hint, app.theme.label), hint_area);
}
