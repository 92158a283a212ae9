//! One canonical metric across reports: the data behind the comparison chart.
//!
//! For each report that states the metric, the first figure with that key is taken: a
//! report states its headline figure first, and later mentions of the same key are
//! usually parts of it (of which, of those closed …). Reports that do not state the
//! metric are left out rather than shown as zero.

use serde::Serialize;

use super::Figure;
use crate::report::Report;

/// One report's value for a metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparePoint {
    /// The report's short label (`丹东 2021`).
    pub label: String,
    /// Short place name, when known.
    pub place: Option<String>,
    /// The year the report is about, when known.
    pub year: Option<i32>,
    pub value: f64,
    pub unit: &'static str,
    /// Index of the report in the slice given to `compare`.
    pub report: usize,
    /// Index of the figure in that report's figures.
    pub figure: usize,
}

/// How to order the points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Largest value first.
    #[default]
    ValueDesc,
    /// Smallest value first.
    ValueAsc,
    /// By label (place, then year).
    Label,
    /// By year, then place.
    Year,
}

impl SortBy {
    /// The next order, for a key that cycles through them.
    pub fn next(self) -> SortBy {
        match self {
            SortBy::ValueDesc => SortBy::ValueAsc,
            SortBy::ValueAsc => SortBy::Label,
            SortBy::Label => SortBy::Year,
            SortBy::Year => SortBy::ValueDesc,
        }
    }
}

/// The metric `key` in each report that states it, in report order. `reports[i]` pairs a
/// report with its extracted figures.
pub fn compare(reports: &[(&Report, &[Figure])], key: &str) -> Vec<ComparePoint> {
    reports
        .iter()
        .enumerate()
        .filter_map(|(r, (report, figures))| {
            let (f, fig) = figures
                .iter()
                .enumerate()
                .find(|(_, f)| f.key == Some(key))?;
            Some(ComparePoint {
                label: report.label(),
                place: report
                    .meta
                    .region
                    .as_deref()
                    .map(|p| crate::report::short_place(p).to_string()),
                year: report.meta.year,
                value: fig.value,
                unit: fig.unit,
                report: r,
                figure: f,
            })
        })
        .collect()
}

/// Sort points in place; ties keep their order.
pub fn sort_points(points: &mut [ComparePoint], by: SortBy) {
    match by {
        SortBy::ValueDesc => points.sort_by(|a, b| b.value.total_cmp(&a.value)),
        SortBy::ValueAsc => points.sort_by(|a, b| a.value.total_cmp(&b.value)),
        SortBy::Label => points.sort_by(|a, b| a.label.cmp(&b.label)),
        SortBy::Year => points.sort_by(|a, b| a.year.cmp(&b.year).then(a.label.cmp(&b.label))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::extract;

    #[test]
    fn reconsideration_cases_across_the_samples() {
        let reports = crate::samples::reports().unwrap();
        let figures: Vec<Vec<Figure>> = reports.iter().map(extract).collect();
        let pairs: Vec<(&Report, &[Figure])> = reports
            .iter()
            .zip(&figures)
            .map(|(r, f)| (r, f.as_slice()))
            .collect();
        let mut points = compare(&pairs, "reconsideration_cases");
        assert!(points.len() >= 3, "{points:?}");
        sort_points(&mut points, SortBy::ValueDesc);
        assert!(points.windows(2).all(|w| w[0].value >= w[1].value));
        // 顺义 is in traditional script and still lines up with the others.
        assert!(points.iter().any(|p| p.value == 1055.0), "{points:?}");
        sort_points(&mut points, SortBy::Year);
        assert!(points.windows(2).all(|w| w[0].year <= w[1].year));
    }
}
