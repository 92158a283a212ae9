//! The metric matrix: reports × canonical keys, each cell the report's value for the
//! metric, with the change from the same issuer's report of the year before.
//!
//! A report's value for a key is its first figure with that key that is not an earlier
//! period's level: a report states its headline figure first, and later mentions are
//! usually parts of it. How many figures carry the key is kept, so a view can say when
//! there was a choice. Columns are the keys at least one report states, in table order.

use serde::Serialize;

use super::{keys, Figure};
use crate::report::Report;

/// Who issued a report, for lining up one issuer's reports across years: the issuing
/// body as the reader found it (`中山市司法局`), else the place.
pub fn issuer(report: &Report) -> Option<&str> {
    report
        .meta
        .issuer
        .as_deref()
        .or(report.meta.region.as_deref())
}

/// The same issuer's value a year earlier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Previous {
    pub year: i32,
    pub value: f64,
    /// This year's value minus last year's.
    pub change: f64,
    /// The change in per cent of last year's value (`None` when that was 0). For a rate
    /// the change in percentage points is `change`.
    pub change_pct: Option<f64>,
}

/// One report's value for one metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: &'static str,
    /// The figure as written (`1.06万余条`).
    pub written: String,
    pub line: usize,
    /// Index of the figure in the report's figures.
    #[serde(skip)]
    pub figure: usize,
    /// How many of the report's figures carry this key.
    pub count: usize,
    /// The same issuer's value the year before, when both reports state the metric in
    /// the same unit.
    pub previous: Option<Previous>,
}

/// One report's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Index of the report in the slice given to `build`.
    #[serde(skip)]
    pub report: usize,
    pub path: String,
    pub label: String,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    /// One cell per key of the matrix, `None` where the report does not state it.
    pub cells: Vec<Option<Cell>>,
}

/// Reports × keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Matrix {
    pub keys: Vec<&'static str>,
    pub rows: Vec<Row>,
}

/// The change from the previous year, short: `▲25%`, `▼3pt` for a rate, `=` for none.
pub fn change_text(cell: &Cell) -> String {
    let Some(p) = &cell.previous else {
        return String::new();
    };
    let arrow = if p.change > 0.0 {
        "▲"
    } else if p.change < 0.0 {
        "▼"
    } else {
        return "=".into();
    };
    let round = |x: f64| super::format_value((x.abs() * 10.0).round() / 10.0);
    match (cell.unit, p.change_pct) {
        ("%", _) => format!("{arrow}{}pt", round(p.change)),
        (_, Some(pct)) => format!("{arrow}{}%", round(pct)),
        (_, None) => format!("{arrow}{}", round(p.change)),
    }
}

/// What a cell shows.
pub fn cell_text(cell: &Option<Cell>) -> String {
    match cell {
        Some(c) => {
            let change = change_text(c);
            if change.is_empty() {
                c.written.clone()
            } else {
                format!("{} {change}", c.written)
            }
        }
        None => "·".into(),
    }
}

/// The report's value for `key`: its first figure with the key that is not an earlier
/// period's level, and how many carry the key.
fn cell_for(figures: &[Figure], key: &str) -> Option<Cell> {
    let count = figures.iter().filter(|f| f.key == Some(key)).count();
    let (i, f) = figures
        .iter()
        .enumerate()
        .find(|(_, f)| f.key == Some(key) && !f.baseline)?;
    Some(Cell {
        value: f.value,
        upper: f.upper,
        unit: f.unit,
        written: f.written.clone(),
        line: f.line,
        figure: i,
        count,
        previous: None,
    })
}

/// Build the matrix of `reports` (each with its figures), rows in the order given.
pub fn build(reports: &[(&Report, &[Figure])]) -> Matrix {
    let keys: Vec<&'static str> = keys::all()
        .iter()
        .map(|k| k.id)
        .filter(|id| {
            reports
                .iter()
                .any(|(_, figures)| figures.iter().any(|f| f.key == Some(*id)))
        })
        .collect();
    let mut rows: Vec<Row> = reports
        .iter()
        .enumerate()
        .map(|(r, (report, figures))| Row {
            report: r,
            path: report.path.display().to_string(),
            label: report.label(),
            issuer: issuer(report).map(str::to_string),
            year: report.meta.year,
            cells: keys.iter().map(|k| cell_for(figures, k)).collect(),
        })
        .collect();
    // Year on year: the same issuer's report of the year before.
    for i in 0..rows.len() {
        let (Some(issuer), Some(year)) = (rows[i].issuer.clone(), rows[i].year) else {
            continue;
        };
        let Some(prev) = rows
            .iter()
            .position(|r| r.issuer.as_deref() == Some(issuer.as_str()) && r.year == Some(year - 1))
        else {
            continue;
        };
        for k in 0..keys.len() {
            let before = rows[prev].cells[k].clone();
            if let (Some(cell), Some(before)) = (rows[i].cells[k].as_mut(), before) {
                if cell.unit == before.unit {
                    let change = cell.value - before.value;
                    cell.previous = Some(Previous {
                        year: year - 1,
                        value: before.value,
                        change,
                        change_pct: (before.value != 0.0).then(|| change / before.value * 100.0),
                    });
                }
            }
        }
    }
    Matrix { keys, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::extract;

    fn report(name: &str, text: &str) -> Report {
        crate::parse_report(name.into(), text)
    }

    #[test]
    fn rows_are_reports_and_columns_the_keys_they_state() {
        let (reports, figures) = crate::indicators::sample_figures();
        let pairs = crate::indicators::paired(&reports, &figures);
        let m = build(&pairs);
        assert_eq!(m.rows.len(), 5);
        assert!(m.keys.contains(&"reconsideration_received"));
        // Columns follow the table order.
        let order: Vec<usize> = m
            .keys
            .iter()
            .map(|k| keys::all().iter().position(|d| d.id == *k).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]));
        let k = m
            .keys
            .iter()
            .position(|k| *k == "reconsideration_received")
            .unwrap();
        let shunyi = m.rows.iter().find(|r| r.path.contains("shunyi")).unwrap();
        assert_eq!(shunyi.cells[k].as_ref().unwrap().value, 1055.0);
        for row in &m.rows {
            assert_eq!(row.cells.len(), m.keys.len());
        }
    }

    #[test]
    fn year_on_year_for_the_same_issuer() {
        let a = report(
            "a-2022.txt",
            "某某区人民政府2022年法治政府建设年度报告\n一、情况\n全年共受理行政复议案件40件。\n",
        );
        let b = report(
            "a-2023.txt",
            "某某区人民政府2023年法治政府建设年度报告\n一、情况\n全年共受理行政复议案件50件。\n",
        );
        let c = report(
            "c-2022.txt",
            "另一县人民政府2022年法治政府建设年度报告\n一、情况\n全年共受理行政复议案件7件。\n",
        );
        assert!(
            issuer(&a).is_some() && issuer(&a) == issuer(&b),
            "{:?}",
            a.meta
        );
        let figures: Vec<Vec<Figure>> = [&a, &b, &c].iter().map(|r| extract(r)).collect();
        let pairs = [
            (&b, figures[1].as_slice()),
            (&a, figures[0].as_slice()),
            (&c, figures[2].as_slice()),
        ];
        let m = build(&pairs);
        let k = m
            .keys
            .iter()
            .position(|k| *k == "reconsideration_received")
            .unwrap();
        let prev = m.rows[0].cells[k]
            .as_ref()
            .unwrap()
            .previous
            .clone()
            .unwrap();
        assert_eq!((prev.year, prev.value, prev.change), (2022, 40.0, 10.0));
        assert_eq!(prev.change_pct, Some(25.0));
        assert!(m.rows[1].cells[k].as_ref().unwrap().previous.is_none());
        assert!(m.rows[2].cells[k].as_ref().unwrap().previous.is_none());
    }

    #[test]
    fn an_earlier_level_is_not_the_reports_value() {
        let r = report(
            "r.txt",
            "一、情况\n行政机关负责人出庭应诉率由2022年的85%提高到98%。\n",
        );
        let figures = extract(&r);
        assert!(figures[0].baseline && !figures[1].baseline, "{figures:?}");
        let m = build(&[(&r, figures.as_slice())]);
        let cell = m.rows[0].cells[0].as_ref().unwrap();
        assert_eq!(
            (m.keys[0], cell.value, cell.count),
            ("head_appearance_rate", 98.0, 2)
        );
    }
}
