//! The help overlay, generated from the keymap so it always says what the keys do.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};
use ratatui::Frame;

use super::pad;
use crate::tui::app::App;
use crate::tui::keymap::{seq_label, Context};

const KEY_COLUMN: usize = 18;

/// Every line of the overlay, in order.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = Vec::new();
    for context in [
        Context::Global,
        Context::Motion,
        Context::Reports,
        Context::Outline,
        Context::Content,
        Context::Figures,
        Context::Findings,
        Context::Compare,
        Context::Matrix,
        Context::Search,
    ] {
        out.push(Line::styled(context.title().to_string(), t.heading));
        for b in app.keymap.in_context(context) {
            let keys: Vec<String> = b.keys.iter().map(|k| seq_label(k)).collect();
            out.push(Line::from(vec![
                Span::styled(format!("  {}", pad(&keys.join(", "), KEY_COLUMN)), t.key),
                Span::styled(b.action.describe().to_string(), t.text),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled("Report list columns".to_string(), t.heading));
    out.push(Line::raw(
        "  Sec top-level sections · Nod outline nodes · Fig figures · ✗ ! i worst finding",
    ));
    out.push(Line::styled("Outline marks".to_string(), t.heading));
    out.push(Line::raw(
        "  ▾ open · ▸ folded (+hidden nodes) · * number repaired · ✗ ! i worst finding on its lines",
    ));
    let config = crate::tui::config::default_path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "~/.config/baogao/config.toml".to_string());
    out.push(Line::styled("Config".to_string(), t.heading));
    out.push(Line::raw(format!(
        "  {}",
        crate::tui::sanitize::clean(&config)
    )));
    out
}

pub fn line_count(app: &App) -> usize {
    lines(app).len()
}

pub fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    let t = &app.theme;
    let width = screen.width.saturating_sub(4).min(90);
    let height = screen.height.saturating_sub(2);
    if width < 10 || height < 3 {
        return;
    }
    let area = Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    );
    let all = lines(app);
    let rows = height.saturating_sub(2) as usize;
    let scroll = app.help.unwrap_or(0).min(all.len().saturating_sub(rows));
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.border_focused)
        .title(Line::styled(
            " Keys · j/k scroll · Esc closes ",
            t.title_focused,
        ));
    frame.render_widget(Clear, area);
    let visible: Vec<Line> = all.into_iter().skip(scroll).take(rows).collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
}
