//! The metric matrix widget: reports down, canonical figures across, each cell the
//! figure as written with its change from the same issuer's previous year (`▲25%`,
//! `▼3.0pt` for a rate), the selected cell reversed and described on the last line.
//!
//! Only the columns and rows that fit are drawn, scrolled so the selected cell is in
//! view; every width computation saturates, so any area (down to nothing) draws.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::indicators::compare::value_text;
use crate::indicators::keys;
use crate::indicators::matrix::{cell_text, change_text};
use crate::tui::app::MatrixView;
use crate::tui::panes::{fit, pad};

/// Narrowest and widest a key column gets.
const COL_MIN: usize = 6;
const COL_MAX: usize = 16;
/// How much of a column's name widens it (six Chinese characters).
const NAME_MAX: usize = 12;
/// Widest the report label column gets.
const LABEL_MAX: usize = 16;

/// The description of the selected cell, for the last line.
pub fn describe(view: &MatrixView) -> String {
    let m = &view.matrix;
    let (Some(row), Some(key)) = (m.rows.get(view.row), m.keys.get(view.col)) else {
        return String::new();
    };
    let name = keys::get(key).map_or("", |k| k.name);
    let Some(cell) = view.cell() else {
        return format!("{} · {name} ({key}) · not stated", row.label);
    };
    let mut s = format!(
        "{} · {name} ({key}) · {} (line {})",
        row.label, cell.written, cell.line
    );
    if let Some(p) = &cell.previous {
        s.push_str(&format!(
            " · {}: {}{} → {}",
            p.year,
            value_text(p.value, None),
            cell.unit,
            change_text(cell)
        ));
    }
    if cell.count > 1 {
        s.push_str(&format!(
            " · {} figures carry this key, the first shown",
            cell.count
        ));
    }
    s
}

/// The first of `widths` to show so that `selected` is in view within `room` columns
/// (each column followed by a one-column gap).
fn first_visible(widths: &[usize], selected: usize, room: usize) -> usize {
    let mut start = selected.min(widths.len().saturating_sub(1));
    let mut used = widths.get(start).map_or(0, |w| w + 1);
    while start > 0 && used + widths[start - 1] < room {
        start -= 1;
        used += widths[start] + 1;
    }
    // Show from the first column when everything up to the selection fits.
    if widths[..=selected.min(widths.len().saturating_sub(1))]
        .iter()
        .map(|w| w + 1)
        .sum::<usize>()
        <= room
    {
        0
    } else {
        start
    }
}

fn put(buf: &mut Buffer, area: Rect, x: usize, y: u16, s: &str, width: usize, style: Style) {
    let right = usize::from(area.x) + usize::from(area.width);
    if y >= area.y.saturating_add(area.height) || x >= right {
        return;
    }
    let room = (right - x).min(width);
    let x = u16::try_from(x).unwrap_or(u16::MAX);
    buf.set_stringn(x, y, pad(s, room), room, style);
}

/// Draw the matrix into `area` (no border: the caller frames it).
pub fn render(area: Rect, buf: &mut Buffer, view: &MatrixView) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let m = &view.matrix;
    let width = usize::from(area.width);
    let label_w = m
        .rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0)
        .clamp(4, LABEL_MAX)
        .min(width);
    let texts: Vec<Vec<String>> = m
        .rows
        .iter()
        .map(|r| r.cells.iter().map(cell_text).collect())
        .collect();
    // A column is as wide as its widest cell, and its name up to `NAME_MAX`.
    let widths: Vec<usize> = m
        .keys
        .iter()
        .enumerate()
        .map(|(k, key)| {
            let name = keys::get(key).map_or(key.width(), |d| d.name.width());
            texts
                .iter()
                .map(|r| r.get(k).map_or(0, |t| t.width()))
                .max()
                .unwrap_or(0)
                .max(name.min(NAME_MAX))
                .clamp(COL_MIN, COL_MAX)
        })
        .collect();
    let room = width.saturating_sub(label_w + 1);
    let first = if widths.is_empty() {
        0
    } else {
        first_visible(&widths, view.col, room)
    };
    // Header, rows, and the description line at the bottom.
    let body = usize::from(area.height).saturating_sub(2);
    let top = view.row.saturating_sub(body.saturating_sub(1));
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let y0 = area.y;
    let mut x = usize::from(area.x) + label_w + 1;
    let mut last = first;
    for (k, w) in widths.iter().enumerate().skip(first) {
        if x + w > usize::from(area.x) + width {
            break;
        }
        let name = keys::get(m.keys[k]).map_or(m.keys[k], |d| d.name);
        let style = if k == view.col {
            bold
        } else {
            Style::default()
        };
        put(buf, area, x, y0, &fit(name, *w), *w, style);
        x += w + 1;
        last = k + 1;
    }
    for (i, row) in m.rows.iter().enumerate().skip(top).take(body) {
        let y = y0.saturating_add(u16::try_from(1 + i - top).unwrap_or(u16::MAX));
        let style = if i == view.row {
            bold
        } else {
            Style::default()
        };
        put(
            buf,
            area,
            usize::from(area.x),
            y,
            &fit(&row.label, label_w),
            label_w,
            style,
        );
        let mut x = usize::from(area.x) + label_w + 1;
        for (k, &w) in widths.iter().enumerate().take(last).skip(first) {
            let text = texts[i].get(k).map_or("", String::as_str);
            let style = if i == view.row && k == view.col {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            put(buf, area, x, y, &fit(text, w), w, style);
            x += w + 1;
        }
    }
    if area.height >= 2 {
        let y = area.y.saturating_add(area.height - 1);
        put(
            buf,
            area,
            usize::from(area.x),
            y,
            &describe(view),
            width,
            Style::default(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn view() -> MatrixView {
        let (reports, figures) = crate::indicators::sample_figures();
        let pairs = crate::indicators::paired(&reports, &figures);
        MatrixView {
            matrix: crate::indicators::matrix::build(&pairs),
            reports: (0..5).collect(),
            row: 4,
            col: 0,
            pending: 0,
        }
    }

    fn draw(view: &MatrixView, w: u16, h: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|frame| render(frame.area(), frame.buffer_mut(), view))
            .unwrap();
        terminal.backend().to_string()
    }

    #[test]
    fn the_matrix_of_the_samples() {
        let v = view();
        let screen = draw(&v, 100, 8);
        assert!(screen.contains("行政复议收案"), "{screen}");
        assert!(screen.contains("1055件"), "{screen}");
        insta::assert_snapshot!(screen);
    }

    #[test]
    fn the_selected_column_scrolls_into_view() {
        let mut v = view();
        v.col = v.matrix.keys.len() - 1;
        let screen = draw(&v, 60, 8);
        let last = keys::get(v.matrix.keys[v.col]).unwrap().name;
        assert!(screen.contains(&fit(last, COL_MAX)[..3]), "{screen}");
    }

    #[test]
    fn year_on_year_changes_read_as_arrows() {
        let mut cell = crate::indicators::matrix::Cell {
            value: 50.0,
            upper: None,
            unit: "件",
            written: "50件".into(),
            line: 3,
            figure: 0,
            count: 1,
            previous: Some(crate::indicators::matrix::Previous {
                year: 2022,
                value: 40.0,
                change: 10.0,
                change_pct: Some(25.0),
            }),
        };
        assert_eq!(cell_text(&Some(cell.clone())), "50件 ▲25%");
        cell.unit = "%";
        cell.previous.as_mut().unwrap().change = -3.0;
        assert_eq!(change_text(&cell), "▼3pt");
        assert_eq!(cell_text(&None), "·");
    }

    #[test]
    fn every_size_draws_without_panicking() {
        let mut v = view();
        for (row, col) in [(0, 0), (4, v.matrix.keys.len() - 1)] {
            v.row = row;
            v.col = col;
            for w in 0..=50u16 {
                for h in 0..=6u16 {
                    let area = Rect::new(0, 0, w, h);
                    let mut buf = Buffer::empty(area);
                    render(area, &mut buf, &v);
                }
            }
        }
    }
}
