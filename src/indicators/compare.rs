//! One figure across reports: the data behind the comparison chart.
//!
//! The user selects a figure; its canonical key says what it measures. The selected
//! report contributes that very figure. Every other report contributes its figure with
//! the same key that is most like the selected one (same unit first, then the most
//! characters of the subject in common, then the first stated): a report may state a
//! metric more than once (a total and a part, this year and last), and the one that
//! reads like the selected figure is the one to line up. Figures that state an earlier
//! period's level (`由85%提高到98%`: 85%) are passed over. Reports that do not state the
//! metric are left out rather than shown as zero.

use std::cmp::Ordering;

use serde::Serialize;

use super::{categories, format_value, Figure};
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
    /// The upper end of a range.
    pub upper: Option<f64>,
    pub unit: &'static str,
    /// The figure as written, with its qualifier (`1.06万余条`, `超过300人`).
    pub written: String,
    /// What the figure counts, in that report's words.
    pub subject: String,
    /// Index of the report in the slice given to `compare`.
    pub report: usize,
    /// Index of the figure in that report's figures.
    pub figure: usize,
    /// This is the figure the user selected.
    pub selected: bool,
}

/// A metric across reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub key: &'static str,
    pub points: Vec<ComparePoint>,
    /// The units the points are stated in, in order of first appearance. More than one
    /// (件 and 起) is worth a warning: the values may not count alike.
    pub units: Vec<&'static str>,
}

impl Comparison {
    /// Whether the points are stated in more than one unit.
    pub fn mixed_units(&self) -> bool {
        self.units.len() > 1
    }
}

/// How to order the points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Largest value first.
    #[default]
    ValueDesc,
    /// Smallest value first.
    ValueAsc,
    /// By place in pinyin order (丹东 < 侯马 < 濮阳 < 顺义 < 襄城), then year.
    Label,
    /// By year, then place in pinyin order.
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

/// A figure as written, with the qualifier words around it: `1.06万余条`, `超过300人`,
/// `50%以上`, `6.5%－7%`.
pub fn written(f: &Figure) -> String {
    f.written.clone()
}

/// The value for display: `1055`, or `5–6` for a range.
pub fn value_text(value: f64, upper: Option<f64>) -> String {
    match upper {
        Some(u) => format!("{}–{}", format_value(value), format_value(u)),
        None => format_value(value),
    }
}

/// Characters two subjects share, after folding to simplified script.
fn likeness(a: &str, b: &str) -> usize {
    let b: Vec<char> = categories::fold(b).chars().collect();
    categories::fold(a)
        .chars()
        .filter(|c| !c.is_ascii_punctuation() && b.contains(c))
        .count()
}

/// The figure of `figures` with key `key` most like `like`, if the report states it.
pub fn best_match<'a>(
    figures: &'a [Figure],
    key: &str,
    like: &Figure,
) -> Option<(usize, &'a Figure)> {
    let mut best: Option<(usize, &Figure, (bool, usize))> = None;
    for (i, f) in figures.iter().enumerate() {
        if f.key != Some(key) || f.baseline {
            continue;
        }
        let score = (f.unit == like.unit, likeness(&f.subject, &like.subject));
        if best.as_ref().is_none_or(|b| score > b.2) {
            best = Some((i, f, score));
        }
    }
    best.map(|(i, f, _)| (i, f))
}

fn point(report: &Report, r: usize, i: usize, f: &Figure, selected: bool) -> ComparePoint {
    ComparePoint {
        label: report.label(),
        place: report.short_issuer(),
        year: report.meta.year,
        value: f.value,
        upper: f.upper,
        unit: f.unit,
        written: written(f),
        subject: f.subject.clone(),
        report: r,
        figure: i,
        selected,
    }
}

/// The selected figure (`selected` of the report at `selected_report`) across every
/// report that states its metric, in report order. `None` when the figure has no key.
pub fn compare(
    reports: &[(&Report, &[Figure])],
    selected_report: usize,
    selected: &Figure,
) -> Option<Comparison> {
    let key = selected.key?;
    let mut points = Vec::new();
    for (r, (report, figures)) in reports.iter().enumerate() {
        if r == selected_report {
            let i = figures
                .iter()
                .position(|f| f.span == selected.span)
                .unwrap_or(0);
            points.push(point(report, r, i, selected, true));
        } else if let Some((i, f)) = best_match(figures, key, selected) {
            points.push(point(report, r, i, f, false));
        }
    }
    let mut units = Vec::new();
    for p in &points {
        if !units.contains(&p.unit) {
            units.push(p.unit);
        }
    }
    Some(Comparison { key, points, units })
}

/// A sort key that puts Chinese names in pinyin order: each Han character as its
/// toneless pinyin (traditional folded to simplified first), other characters as they
/// are, lower-cased.
pub fn pinyin_key(s: &str) -> String {
    use pinyin::ToPinyin;
    let folded = categories::fold(s);
    let mut out = String::new();
    for c in folded.chars() {
        match c.to_pinyin() {
            Some(p) => {
                out.push_str(p.plain());
                out.push(' ');
            }
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn by_place(a: &ComparePoint, b: &ComparePoint) -> Ordering {
    let name = |p: &ComparePoint| pinyin_key(p.place.as_deref().unwrap_or(&p.label));
    name(a).cmp(&name(b)).then(a.year.cmp(&b.year))
}

/// Sort points in place; ties keep their order.
pub fn sort_points(points: &mut [ComparePoint], by: SortBy) {
    match by {
        SortBy::ValueDesc => points.sort_by(|a, b| b.value.total_cmp(&a.value)),
        SortBy::ValueAsc => points.sort_by(|a, b| a.value.total_cmp(&b.value)),
        SortBy::Label => points.sort_by(by_place),
        SortBy::Year => points.sort_by(|a, b| a.year.cmp(&b.year).then_with(|| by_place(a, b))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::extract;

    #[test]
    fn the_selected_figure_is_plotted_not_the_first_of_its_key() {
        // Regression: the chart plotted a report's first figure of the key.
        let (reports, figures) = crate::indicators::sample_figures();
        let pairs = crate::indicators::paired(&reports, &figures);
        let h = reports.iter().position(|r| r.name == "houma-2023").unwrap();
        // houma states two legal-aid counts: 150 in all, of which 60 for special groups.
        let aid: Vec<&Figure> = figures[h]
            .iter()
            .filter(|f| f.key == Some("legal_aid_cases"))
            .collect();
        assert_eq!(aid.len(), 2, "{aid:?}");
        let second = aid[1];
        let c = compare(&pairs, h, second).unwrap();
        let mine = c.points.iter().find(|p| p.report == h).unwrap();
        assert!(mine.selected);
        assert_eq!(mine.value, second.value);
        assert_eq!(c.key, "legal_aid_cases");
    }

    #[test]
    fn other_reports_give_their_figure_most_like_the_selected_one() {
        let (reports, figures) = crate::indicators::sample_figures();
        let pairs = crate::indicators::paired(&reports, &figures);
        let s = reports
            .iter()
            .position(|r| r.name == "shunyi-2023")
            .unwrap();
        let f = figures[s].iter().find(|f| f.raw == "1055件").unwrap();
        let c = compare(&pairs, s, f).unwrap();
        assert!(c.points.len() >= 3, "{:?}", c.points);
        // 顺义 is in traditional script and still lines up with the others.
        let d = reports
            .iter()
            .position(|r| r.name == "dandong-2021")
            .unwrap();
        let dandong = c.points.iter().find(|p| p.report == d).unwrap();
        assert_eq!(dandong.value, 220.0);
        assert!(!c.mixed_units(), "{:?}", c.units);
    }

    #[test]
    fn mixed_units_are_reported() {
        let a = crate::parse_report("a.txt".into(), "一、情况\n全年共受理行政复议案件30件。\n");
        let b = crate::parse_report("b.txt".into(), "一、情况\n全年共受理行政复议案件12起。\n");
        let fa = extract(&a);
        let fb = extract(&b);
        let pairs = [(&a, fa.as_slice()), (&b, fb.as_slice())];
        let c = compare(&pairs, 0, &fa[0]).unwrap();
        assert_eq!(c.points.len(), 2);
        assert_eq!(c.units, ["件", "起"]);
        assert!(c.mixed_units());
    }

    #[test]
    fn a_figure_without_a_key_has_nothing_to_compare() {
        let a = crate::parse_report("a.txt".into(), "一、情况\n全年植树300棵。\n");
        let fa = extract(&a);
        assert_eq!(compare(&[(&a, fa.as_slice())], 0, &fa[0]), None);
    }

    #[test]
    fn places_sort_by_pinyin() {
        let p = |place: &str| ComparePoint {
            label: place.to_string(),
            place: Some(place.to_string()),
            year: Some(2023),
            value: 1.0,
            upper: None,
            unit: "件",
            written: "1件".into(),
            subject: String::new(),
            report: 0,
            figure: 0,
            selected: false,
        };
        let mut points = vec![p("襄城"), p("順義"), p("濮阳"), p("侯马"), p("丹东")];
        sort_points(&mut points, SortBy::Label);
        let order: Vec<&str> = points.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(order, ["丹东", "侯马", "濮阳", "順義", "襄城"]);
    }

    #[test]
    fn written_keeps_the_qualifier_and_the_multiplier() {
        let r = crate::parse_report(
            "a.txt".into(),
            "一、情况\n投入12.5亿元,培训超过300人,覆盖率50%以上。\n",
        );
        let w: Vec<String> = extract(&r).iter().map(written).collect();
        assert_eq!(w, ["12.5亿元", "超过300人", "50%以上"]);
    }
}
