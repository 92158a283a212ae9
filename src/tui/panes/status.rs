//! The status bar: where you are (report · section path · line) on the left, key hints
//! on the right; a message from the last command replaces the location while it is new.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::fit;
use crate::tui::action::{Action, Pane};
use crate::tui::app::App;
use crate::tui::keymap::{seq_label, Context};
use crate::tui::sanitize::clean;
use crate::tui::wrap::str_width;

/// `襄城 2020 · 二、(七) · line 39`.
pub fn location(app: &App) -> String {
    let Some(rs) = app.current() else {
        return String::new();
    };
    let mut parts = vec![clean(&rs.report.label()).into_owned()];
    if rs.missing {
        parts[0].push_str(" (removed from disk)");
    }
    if let Some(i) = app.current_node() {
        parts.push(rs.report.heading_path_label(i));
    }
    if let Some(line) = app.current_line() {
        parts.push(format!("line {line}"));
    }
    parts.join(" · ")
}

/// Key hints from the keymap, so remapped keys show as remapped.
pub fn hints(app: &App) -> String {
    let key = |action| app.keymap.key_for(Context::Global, action);
    let mut out = Vec::new();
    if !app.pending.is_empty() {
        out.push(format!("{}-", seq_label(&app.pending)));
    }
    // On a narrow screen the location matters more than the hints: keep only help.
    let all = [
        (Action::ToggleHelp, "help"),
        (Action::FocusNext, "pane"),
        (Action::Quit, "quit"),
    ];
    let shown = if app.size.0 < crate::tui::layout::NARROW_WIDTH {
        &all[..1]
    } else {
        &all[..]
    };
    // The focused panel's own keys, after help: they are what is new there.
    let wide = app.size.0 >= crate::tui::layout::NARROW_WIDTH;
    let panel: &[(Context, Action, &str)] = match app.focus {
        _ if !wide || app.help.is_some() => &[],
        _ if app.compare.is_some() || app.matrix.is_some() => &[],
        Pane::Figures => &[
            (Context::Figures, Action::FigureJump, "jump"),
            (Context::Figures, Action::FiguresWholeReport, "all/section"),
            (Context::Figures, Action::Compare, "compare"),
        ],
        Pane::Findings => &[
            (Context::Findings, Action::FindingJump, "jump"),
            (Context::Global, Action::NextFinding, "next"),
            (Context::Global, Action::ToggleFindings, "close"),
        ],
        _ => &[],
    };
    for (i, &(action, what)) in shown.iter().enumerate() {
        if let Some(k) = key(action) {
            out.push(format!("{k} {what}"));
        }
        if i == 0 {
            for &(context, action, what) in panel {
                if let Some(k) = app.keymap.key_for(context, action) {
                    out.push(format!("{k} {what}"));
                }
            }
        }
    }
    if app.raw {
        out.push("raw".to_string());
    }
    if app.samples && app.size.0 >= crate::tui::layout::NARROW_WIDTH {
        out.push("[samples]".to_string());
    }
    out.join("  ")
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let width = area.width as usize;
    let right = hints(app);
    let (left, left_style) = match &app.message {
        Some(m) if m.error => (m.text.clone(), t.warning.patch(t.status)),
        Some(m) => (m.text.clone(), t.status),
        None => (location(app), t.status),
    };
    let right_w = str_width(&right).min(width / 2);
    let right = fit(&right, right_w);
    let left_w = width.saturating_sub(right_w + 2);
    let left = fit(&left, left_w);
    let gap = width.saturating_sub(str_width(&left) + str_width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(format!(" {left}"), left_style),
        Span::styled(" ".repeat(gap), t.status),
        Span::styled(right, t.status),
    ]);
    frame.render_widget(Paragraph::new(line).style(t.status), area);
}
