//! The comparison chart: one figure across reports, as horizontal bars with place and
//! year labels, sortable by value, place (pinyin order) or year.
//!
//! A standalone widget: it takes the comparison (`indicators::compare`) and a small
//! state with the sort order, and draws into a `Rect` of a `Buffer`. The bars are drawn
//! here rather than by ratatui's bar chart so that every bar starts in the same column
//! whatever the labels' display width, values are printed as written (`12.5亿元`) in a
//! column of their own, and no width computation can underflow at any size: every
//! subtraction saturates.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Widget};
use unicode_width::UnicodeWidthStr;

use crate::indicators::{sort_points, ComparePoint, Comparison, SortBy};

/// The sort order of the chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CompareChartState {
    pub sort: SortBy,
}

impl CompareChartState {
    /// Switch to the next sort order.
    pub fn cycle_sort(&mut self) {
        self.sort = self.sort.next();
    }
}

fn sort_label(by: SortBy) -> &'static str {
    match by {
        SortBy::ValueDesc => "value ↓",
        SortBy::ValueAsc => "value ↑",
        SortBy::Label => "place",
        SortBy::Year => "year",
    }
}

/// The warning shown when the points are stated in different units.
pub fn units_warning(c: &Comparison) -> Option<String> {
    c.mixed_units().then(|| {
        format!(
            "⚠ 单位不一 / units differ: {} — values may not count alike",
            c.units.join(" ")
        )
    })
}

/// Eighths of a cell, for bar ends finer than a whole column.
const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// A bar of `eighths`/8 columns.
fn bar(eighths: usize) -> String {
    let mut s = "█".repeat(eighths / 8);
    s.push_str(EIGHTHS[eighths % 8]);
    s
}

/// Write `s` at (x, y), at most `width` columns, never past the area's right edge.
fn put(buf: &mut Buffer, area: Rect, x: u16, y: u16, s: &str, width: usize, style: Style) {
    let right = area.x.saturating_add(area.width);
    if y >= area.y.saturating_add(area.height) || x >= right {
        return;
    }
    let room = usize::from(right - x).min(width);
    buf.set_stringn(x, y, s, room, style);
}

/// Draw the comparison for the metric named `title` into `area`. One row per report:
/// a `>` on the selected figure's report, the label padded to the widest, the bar (the
/// value against the largest), and the value as written.
pub fn render(
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    comparison: &Comparison,
    state: &CompareChartState,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(format!(" {title} ")))
        .title_bottom(Line::from(format!(" sort: {} ", sort_label(state.sort))).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let mut y = inner.y;
    let bottom = inner.y.saturating_add(inner.height);
    if let Some(warning) = units_warning(comparison) {
        let style = Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD);
        put(
            buf,
            inner,
            inner.x,
            y,
            &warning,
            usize::from(inner.width),
            style,
        );
        y = y.saturating_add(1);
    }
    if comparison.points.is_empty() {
        put(
            buf,
            inner,
            inner.x,
            y,
            "no report states this figure",
            usize::from(inner.width),
            Style::default(),
        );
        return;
    }
    let mut points: Vec<ComparePoint> = comparison.points.clone();
    sort_points(&mut points, state.sort);
    let label_w = points.iter().map(|p| p.label.width()).max().unwrap_or(0);
    let value_w = points.iter().map(|p| p.written.width()).max().unwrap_or(0);
    let width = usize::from(inner.width);
    // Marker, label, space, bar, space, value: the label and value shrink last.
    let label_w = label_w.min(width.saturating_sub(2));
    let bar_w = width.saturating_sub(2 + label_w + 1 + value_w);
    let max = points
        .iter()
        .map(|p| p.upper.unwrap_or(p.value))
        .fold(0.0_f64, f64::max);
    for p in &points {
        if y >= bottom {
            break;
        }
        let style = if p.selected {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        let marker = if p.selected { ">" } else { " " };
        put(buf, inner, inner.x, y, marker, 1, style);
        // Labels come from file names when a report names no place: never raw.
        let label = crate::tui::panes::fit(&crate::tui::sanitize::clean(&p.label), label_w);
        let mut x = inner.x.saturating_add(1);
        put(buf, inner, x, y, &label, label_w, style);
        x = x.saturating_add(u16::try_from(label_w + 1).unwrap_or(u16::MAX));
        let value = p.upper.unwrap_or(p.value);
        let eighths = if max > 0.0 && value > 0.0 && value.is_finite() {
            ((value / max) * (bar_w * 8) as f64).round() as usize
        } else {
            0
        };
        let bar_style = Style::default().fg(Color::Cyan);
        put(
            buf,
            inner,
            x,
            y,
            &bar(eighths.min(bar_w * 8)),
            bar_w,
            bar_style,
        );
        x = x.saturating_add(u16::try_from(bar_w + usize::from(bar_w > 0)).unwrap_or(u16::MAX));
        put(buf, inner, x, y, &p.written, value_w, style);
        y = y.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn point(label: &str, year: i32, value: f64, unit: &'static str) -> ComparePoint {
        ComparePoint {
            label: format!("{label} {year}"),
            place: Some(label.to_string()),
            year: Some(year),
            value,
            upper: None,
            unit,
            written: format!("{}{unit}", crate::indicators::format_value(value)),
            subject: "受理行政复议案件".into(),
            report: 0,
            figure: 0,
            selected: label == "侯马",
        }
    }

    fn comparison(points: Vec<ComparePoint>) -> Comparison {
        let mut units = Vec::new();
        for p in &points {
            if !units.contains(&p.unit) {
                units.push(p.unit);
            }
        }
        Comparison {
            key: "reconsideration_received",
            points,
            units,
        }
    }

    fn sample() -> Comparison {
        comparison(vec![
            point("丹东", 2021, 220.0, "件"),
            point("侯马", 2023, 68.0, "件"),
            point("順義", 2023, 1055.0, "件"),
            point("dandong-2021", 2021, 4.0, "件"),
        ])
    }

    fn draw(c: &Comparison, state: &CompareChartState, w: u16, h: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|frame| {
                render(
                    frame.area(),
                    frame.buffer_mut(),
                    "reconsideration_received 行政复议收案",
                    c,
                    state,
                )
            })
            .unwrap();
        terminal.backend().to_string()
    }

    #[test]
    fn labels_from_file_names_never_reach_the_terminal_raw() {
        let c = comparison(vec![point("evil\u{1b}]0;pwned\u{7}", 2021, 3.0, "件")]);
        let area = Rect::new(0, 0, 60, 5);
        let mut buf = Buffer::empty(area);
        render(area, &mut buf, "key", &c, &CompareChartState::default());
        let drawn: String = buf.content.iter().map(|cell| cell.symbol()).collect();
        assert!(
            !drawn.contains('\u{1b}') && !drawn.contains('\u{7}'),
            "{drawn}"
        );
        assert!(drawn.contains("evil"), "{drawn}");
    }

    #[test]
    fn chart_by_value() {
        insta::assert_snapshot!(draw(&sample(), &CompareChartState::default(), 60, 7));
    }

    #[test]
    fn bars_start_in_one_column_whatever_the_labels() {
        let area = Rect::new(0, 0, 60, 7);
        let mut buf = Buffer::empty(area);
        render(
            area,
            &mut buf,
            "t",
            &sample(),
            &CompareChartState::default(),
        );
        let is_bar = |s: &str| s == "█" || EIGHTHS[1..].contains(&s);
        let starts: Vec<u16> = (0..area.height)
            .filter_map(|y| (0..area.width).find(|&x| is_bar(buf[(x, y)].symbol())))
            .collect();
        assert_eq!(starts.len(), 4, "{buf:?}");
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}");
    }

    #[test]
    fn chart_sorted_by_place_in_pinyin_order() {
        let mut state = CompareChartState::default();
        state.cycle_sort();
        state.cycle_sort();
        assert_eq!(state.sort, SortBy::Label);
        let screen = draw(&sample(), &state, 60, 7);
        let d = screen.find("丹东").unwrap();
        let h = screen.find("侯马").unwrap();
        let s = screen.find("順義").unwrap();
        assert!(d < h && h < s, "{screen}");
        insta::assert_snapshot!(screen);
    }

    #[test]
    fn mixed_units_are_warned_about() {
        let c = comparison(vec![
            point("丹东", 2021, 220.0, "件"),
            point("侯马", 2023, 68.0, "起"),
        ]);
        let screen = draw(&c, &CompareChartState::default(), 80, 6);
        assert!(screen.contains("units differ: 件 起"), "{screen}");
        let same = draw(&sample(), &CompareChartState::default(), 80, 7);
        assert!(!same.contains("units differ"));
    }

    #[test]
    fn values_are_shown_as_written() {
        let mut p = point("丹东", 2021, 1.25e9, "元");
        p.written = "12.5亿元".into();
        let screen = draw(&comparison(vec![p]), &CompareChartState::default(), 40, 4);
        assert!(screen.contains("12.5亿元"), "{screen}");
    }

    #[test]
    fn empty_chart_says_so() {
        insta::assert_snapshot!(draw(
            &comparison(vec![]),
            &CompareChartState::default(),
            50,
            4
        ));
    }

    #[test]
    fn every_size_down_to_nothing_draws_without_panicking() {
        // Regression (issue 10, item 12): ratatui's bar chart subtracted past zero at 16
        // columns. Every width and height from 0 up must draw.
        let c = sample();
        for w in 0..=70u16 {
            for h in 0..=9u16 {
                let area = Rect::new(0, 0, w, h);
                let mut buf = Buffer::empty(area);
                render(
                    area,
                    &mut buf,
                    "reconsideration_received",
                    &c,
                    &CompareChartState::default(),
                );
            }
        }
    }
}
