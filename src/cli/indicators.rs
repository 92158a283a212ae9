//! `baogao indicators`: the figures each report states, as a text table, JSON or CSV.
//!
//! One record per figure with the fields `path`, `line`, `section`, `subject`, `value`,
//! `unit`, `qualifier`, `kind`, `category`, `key`, `raw`, `sentence` (see the README).

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::indicators::{self, format_value, Figure};
use crate::report::Report;

use super::{emit, listing_exit, load_reports};

/// One figure in `indicators --json` and `--csv`.
#[derive(Debug, Serialize)]
pub struct FigureRecord<'a> {
    pub path: String,
    pub line: usize,
    /// Heading path of the section holding the figure (`二、(三)`), empty before the first
    /// heading.
    pub section: String,
    pub subject: &'a str,
    pub value: f64,
    pub unit: &'a str,
    pub qualifier: Option<&'static str>,
    pub kind: &'static str,
    pub category: Option<&'static str>,
    pub key: Option<&'static str>,
    pub raw: &'a str,
    pub sentence: &'a str,
}

impl<'a> FigureRecord<'a> {
    pub fn new(report: &'a Report, f: &'a Figure) -> Self {
        FigureRecord {
            path: report.path.display().to_string(),
            line: f.line,
            section: f
                .node
                .map(|n| report.heading_path_label(n))
                .unwrap_or_default(),
            subject: &f.subject,
            value: f.value,
            unit: f.unit,
            qualifier: f.qualifier.map(|q| q.as_str()),
            kind: f.kind.as_str(),
            category: f.category.map(|c| c.as_str()),
            key: f.key,
            raw: &f.raw,
            sentence: f.sentence_text(report).trim(),
        }
    }
}

/// The CSV header, in field order.
const CSV_HEADER: [&str; 12] = [
    "path",
    "line",
    "section",
    "subject",
    "value",
    "unit",
    "qualifier",
    "kind",
    "category",
    "key",
    "raw",
    "sentence",
];

/// Quote a CSV field when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn write_csv_row(out: &mut dyn Write, r: &FigureRecord<'_>) -> io::Result<()> {
    let fields = [
        r.path.clone(),
        r.line.to_string(),
        r.section.clone(),
        r.subject.to_string(),
        format_value(r.value),
        r.unit.to_string(),
        r.qualifier.unwrap_or("").to_string(),
        r.kind.to_string(),
        r.category.unwrap_or("").to_string(),
        r.key.unwrap_or("").to_string(),
        r.raw.to_string(),
        r.sentence.to_string(),
    ];
    let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    writeln!(out, "{}", row.join(","))
}

/// Pad `s` with spaces to `width` display columns.
fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The text form: a heading line per report, then one aligned row per figure.
pub fn write_text(out: &mut dyn Write, report: &Report, figures: &[Figure]) -> io::Result<()> {
    writeln!(
        out,
        "{} · {} · {} figures",
        crate::display::path(&report.path),
        crate::display::escape(&report.label()),
        figures.len()
    )?;
    let rows: Vec<[String; 6]> = figures
        .iter()
        .map(|f| {
            let r = FigureRecord::new(report, f);
            let value = match f.qualifier {
                Some(q) => format!("{} {}", format_value(f.value), q.as_str()),
                None => format_value(f.value),
            };
            [
                f.line.to_string(),
                r.section,
                value,
                f.unit.to_string(),
                f.kind.as_str().to_string(),
                crate::display::escape(&f.subject).into_owned(),
            ]
        })
        .collect();
    let mut widths = [4, 7, 5, 4, 7, 0];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(UnicodeWidthStr::width(cell.as_str()));
        }
    }
    let header = ["line", "section", "value", "unit", "kind", "subject"];
    let line = |cells: &[&str]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(cell);
            } else {
                s.push_str(&pad(cell, w));
                s.push_str("  ");
            }
        }
        s
    };
    writeln!(out, "  {}", line(&header))?;
    for (row, f) in rows.iter().zip(figures) {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        let tail = match (f.category, f.key) {
            (_, Some(key)) => format!("  [{key}]"),
            (Some(c), None) => format!("  [{}]", c.label()),
            (None, None) => String::new(),
        };
        writeln!(out, "  {}{tail}", line(&cells))?;
    }
    Ok(())
}

/// Run `baogao indicators`.
pub fn run(paths: Vec<PathBuf>, json: bool, csv: bool) -> anyhow::Result<ExitCode> {
    let (loaded, load_failed) = load_reports(paths);
    let (analysed, analysis_failed) = super::contained(&loaded, "figures", indicators::extract);
    let failed = load_failed || analysis_failed;
    let (reports, figures): (Vec<&Report>, Vec<Vec<Figure>>) = analysed.into_iter().unzip();
    emit(|out| {
        let records = || {
            reports
                .iter()
                .zip(&figures)
                .flat_map(|(r, fs)| fs.iter().map(move |f| FigureRecord::new(r, f)))
        };
        if json {
            let all: Vec<FigureRecord<'_>> = records().collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        } else if csv {
            writeln!(out, "{}", CSV_HEADER.join(","))?;
            for r in records() {
                write_csv_row(out, &r)?;
            }
            Ok(())
        } else {
            for (i, (report, fs)) in reports.iter().zip(&figures).enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(out, report, fs)?;
            }
            Ok(())
        }
    })?;
    Ok(listing_exit(failed, &reports))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }
}
