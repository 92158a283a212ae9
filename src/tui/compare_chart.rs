//! The comparison chart: one canonical metric across reports, as a horizontal bar chart
//! with place and year labels, sortable by value, label or year.
//!
//! A standalone widget: it takes the points (`indicators::compare`) and a small state
//! with the sort order, and draws into a `Rect` of a `Buffer`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Direction, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, Block, Borders, Widget};

use crate::indicators::{format_value, sort_points, ComparePoint, SortBy};

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

/// Draw `points` for the metric named `title` into `area`. Bar lengths are the values
/// rounded to whole numbers; the exact value and unit are printed on each bar.
pub fn render(
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    points: &[ComparePoint],
    state: &CompareChartState,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(format!(" {title} ")))
        .title_bottom(Line::from(format!(" sort: {} ", sort_label(state.sort))).right_aligned());
    if points.is_empty() {
        let inner = block.inner(area);
        block.render(area, buf);
        Line::from("no report states this figure").render(inner, buf);
        return;
    }
    let mut points = points.to_vec();
    sort_points(&mut points, state.sort);
    let bars: Vec<Bar<'_>> =
        points
            .iter()
            .map(|p| {
                Bar::with_label(p.label.clone(), p.value.round().max(0.0) as u64)
                    .text_value(format!("{} {}", format_value(p.value), p.unit))
            })
            .collect();
    BarChart::horizontal(bars)
        .block(block)
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .bar_style(Style::default().fg(Color::Cyan))
        .value_style(Style::default().fg(Color::Black).bg(Color::Cyan))
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn point(label: &str, year: i32, value: f64) -> ComparePoint {
        ComparePoint {
            label: format!("{label} {year}"),
            place: Some(label.to_string()),
            year: Some(year),
            value,
            unit: "件",
            report: 0,
            figure: 0,
        }
    }

    fn draw(points: &[ComparePoint], state: &CompareChartState) -> String {
        let mut terminal = Terminal::new(TestBackend::new(50, 7)).unwrap();
        terminal
            .draw(|frame| {
                render(
                    frame.area(),
                    frame.buffer_mut(),
                    "reconsideration_cases 行政复议案件",
                    points,
                    state,
                )
            })
            .unwrap();
        terminal.backend().to_string()
    }

    fn samples_points() -> Vec<ComparePoint> {
        let reports = crate::samples::reports().unwrap();
        let figures: Vec<_> = reports.iter().map(crate::indicators::extract).collect();
        let pairs: Vec<_> = reports
            .iter()
            .zip(&figures)
            .map(|(r, f)| (r, f.as_slice()))
            .collect();
        crate::indicators::compare(&pairs, "reconsideration_cases")
    }

    #[test]
    fn chart_of_the_samples_by_value() {
        let points = samples_points();
        insta::assert_snapshot!(draw(&points, &CompareChartState::default()));
    }

    #[test]
    fn chart_sorted_by_place() {
        let points = [
            point("丹东", 2021, 220.0),
            point("侯马", 2023, 68.0),
            point("顺义", 2023, 1055.0),
        ];
        let mut state = CompareChartState::default();
        state.cycle_sort();
        state.cycle_sort();
        assert_eq!(state.sort, SortBy::Label);
        insta::assert_snapshot!(draw(&points, &state));
    }

    #[test]
    fn empty_chart_says_so() {
        insta::assert_snapshot!(draw(&[], &CompareChartState::default()));
    }
}
