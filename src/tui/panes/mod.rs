//! Drawing: one module per pane, each a pure function of `&App` into a `Frame` area.
//! `draw` lays the frame out (see `layout`) and calls them.

pub mod compare;
pub mod content;
pub mod figures;
pub mod findings;
pub mod header;
pub mod help;
pub mod info;
pub mod matrix;
pub mod outline;
pub mod reports;
pub mod search;
pub mod status;

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Block;
use ratatui::Frame;

use super::action::Pane;
use super::app::App;
use super::wrap::{char_width, str_width};

/// Draw the whole screen.
pub fn draw(app: &App, frame: &mut Frame) {
    let screen = frame.area();
    let areas = super::layout::areas_with(
        screen.width,
        screen.height,
        app.focus,
        app.reports.len(),
        app.findings_open,
    );
    let clip = |r: Rect| r.intersection(screen);
    header::draw(app, frame, clip(areas.header));
    if let Some(crumb) = areas.breadcrumb {
        header::draw_breadcrumb(app, frame, clip(crumb));
    }
    for &(pane, rect) in &areas.panes {
        let rect = clip(rect);
        if rect.width < 3 || rect.height < 3 {
            continue;
        }
        match pane {
            Pane::Reports => reports::draw(app, frame, rect),
            Pane::Outline => outline::draw(app, frame, rect),
            Pane::Content => content::draw(app, frame, rect),
            Pane::Info => info::draw(app, frame, rect),
            Pane::Figures => figures::draw(app, frame, rect),
            Pane::Findings => findings::draw(app, frame, rect),
        }
    }
    if areas.status != areas.header || screen.height > 1 {
        status::draw(app, frame, clip(areas.status));
    }
    compare::draw(app, frame, screen);
    matrix::draw(app, frame, screen);
    search::draw(app, frame, screen);
    if app.help.is_some() {
        help::draw(app, frame, screen);
    }
}

/// A pane's border: thick and coloured with the focus, plain without, so the focus
/// shows in a monochrome terminal too.
pub fn pane_block(app: &App, pane: Pane, title: String) -> Block<'static> {
    let t = &app.theme;
    let focused = app.focus == pane;
    let (border, kind, title_style) = if focused {
        (t.border_focused, t.border_type_focused, t.title_focused)
    } else {
        (t.border, t.border_type, t.title)
    };
    Block::bordered()
        .border_type(kind)
        .border_style(border)
        .title(Line::styled(format!(" {title} "), title_style))
}

/// `s` cut to `width` display columns, with `…` when something was cut. A wide
/// character that would straddle the edge is left out.
pub fn fit(s: &str, width: usize) -> String {
    if str_width(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `s` fitted and padded with spaces to exactly `width` columns.
pub fn pad(s: &str, width: usize) -> String {
    let mut out = fit(s, width);
    let w = str_width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width_without_splitting_wide_characters() {
        assert_eq!(fit("襄城区人民政府", 7), "襄城区…");
        assert_eq!(fit("襄城区人民政府", 8), "襄城区…");
        assert_eq!(fit("abc", 3), "abc");
        assert_eq!(pad("一", 3), "一 ");
        assert_eq!(str_width(&pad("襄城区人民政府", 8)), 8);
    }
}
