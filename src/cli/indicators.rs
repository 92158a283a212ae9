//! `baogao indicators`: the figures each report states, as a text table, JSON or CSV;
//! with `--keys` the table of canonical metrics, with `--matrix` reports × metrics
//! (`indicators_matrix`).
//!
//! One record per figure with the fields `path`, `line`, `section`, `subject`, `value`,
//! `upper`, `unit`, `qualifier`, `kind`, `category`, `key`, `raw`, `written`, `sentence`
//! (see the README). CSV is written by the `csv` crate (RFC 4180 quoting); a cell a
//! spreadsheet would run as a formula gets a `'` in front (`spreadsheet_safe`).

use std::borrow::Cow;
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
    /// The upper end of a range, else `null`.
    pub upper: Option<f64>,
    pub unit: &'a str,
    pub qualifier: Option<&'static str>,
    pub kind: &'static str,
    pub category: Option<&'static str>,
    pub key: Option<&'static str>,
    pub raw: &'a str,
    /// The figure with its qualifier words, as written (`超过300人`).
    pub written: &'a str,
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
            upper: f.upper,
            unit: f.unit,
            qualifier: f.qualifier.map(|q| q.as_str()),
            kind: f.kind.as_str(),
            category: f.category.map(|c| c.as_str()),
            key: f.key,
            raw: &f.raw,
            written: &f.written,
            sentence: f.sentence_text(report).trim(),
        }
    }
}

/// The CSV header, in field order.
const CSV_HEADER: [&str; 14] = [
    "path",
    "line",
    "section",
    "subject",
    "value",
    "upper",
    "unit",
    "qualifier",
    "kind",
    "category",
    "key",
    "raw",
    "written",
    "sentence",
];

/// A cell for a spreadsheet. Text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is taken for a formula by spreadsheet programs, so it gets a `'` in front, as
/// OWASP advises against CSV injection. A plain number (`-3`, `12.5`) is left alone: it
/// cannot run anything, and a `'` would turn it into text.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell.parse::<f64>().is_ok_and(f64::is_finite)
        && cell
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.');
    if risky && !number {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV writer over `out`.
pub fn csv_writer(out: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

/// A CSV cell with control characters written as visible escapes, except the line
/// breaks CSV quoting carries as they are.
fn terminal_safe(cell: &str) -> Cow<'_, str> {
    if !cell
        .chars()
        .any(|c| c != '\n' && crate::display::is_unsafe(c))
    {
        return Cow::Borrowed(cell);
    }
    let parts: Vec<Cow<'_, str>> = cell.split('\n').map(crate::display::escape).collect();
    Cow::Owned(parts.join("\n"))
}

/// Write one CSV record, every cell made spreadsheet-safe and terminal-safe: CSV is
/// often read on the terminal it was written to, and a file name may carry an escape
/// sequence, so control characters are written as visible escapes (`terminal_safe`).
pub fn write_record<I, S>(w: &mut csv::Writer<&mut dyn Write>, cells: I) -> io::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| spreadsheet_safe(&terminal_safe(c.as_ref())).into_owned())
        .collect();
    w.write_record(&cells).map_err(io::Error::other)
}

fn csv_row(r: &FigureRecord<'_>) -> [String; 14] {
    [
        r.path.clone(),
        r.line.to_string(),
        r.section.clone(),
        r.subject.to_string(),
        format_value(r.value),
        r.upper.map(format_value).unwrap_or_default(),
        r.unit.to_string(),
        r.qualifier.unwrap_or("").to_string(),
        r.kind.to_string(),
        r.category.unwrap_or("").to_string(),
        r.key.unwrap_or("").to_string(),
        r.raw.to_string(),
        r.written.to_string(),
        r.sentence.to_string(),
    ]
}

/// Pad `s` with spaces to `width` display columns.
pub fn pad(s: &str, width: usize) -> String {
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
            let value = indicators::compare::value_text(f.value, f.upper);
            let value = match f.qualifier {
                Some(q) => format!("{value} {}", q.as_str()),
                None => value,
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

/// What `baogao indicators` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Output {
    pub json: bool,
    pub csv: bool,
    /// The table of canonical metrics instead of figures.
    pub keys: bool,
    /// Reports × metrics instead of figures.
    pub matrix: bool,
}

/// Run `baogao indicators`.
pub fn run(paths: Vec<PathBuf>, output: Output) -> anyhow::Result<ExitCode> {
    if output.keys {
        emit(|out| matrix::write_keys(out, output))?;
        return Ok(ExitCode::SUCCESS);
    }
    let (loaded, load_failed) = load_reports(paths);
    let (analysed, analysis_failed) = super::contained(&loaded, "figures", indicators::extract);
    let failed = load_failed || analysis_failed;
    let (reports, figures): (Vec<&Report>, Vec<Vec<Figure>>) = analysed.into_iter().unzip();
    if output.matrix {
        let pairs: Vec<(&Report, &[Figure])> = reports
            .iter()
            .zip(&figures)
            .map(|(r, f)| (*r, f.as_slice()))
            .collect();
        let m = indicators::matrix::build(&pairs);
        emit(|out| matrix::write_matrix(out, &m, output))?;
        return Ok(listing_exit(failed, &reports));
    }
    emit(|out| {
        let records = || {
            reports
                .iter()
                .zip(&figures)
                .flat_map(|(r, fs)| fs.iter().map(move |f| FigureRecord::new(r, f)))
        };
        if output.json {
            let all: Vec<FigureRecord<'_>> = records().collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        } else if output.csv {
            let mut w = csv_writer(out);
            write_record(&mut w, CSV_HEADER)?;
            for r in records() {
                write_record(&mut w, csv_row(&r))?;
            }
            w.flush()
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

#[path = "indicators_matrix.rs"]
mod matrix;

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_line(cells: &[&str]) -> String {
        let mut buf = Vec::new();
        {
            let mut w = csv_writer(&mut buf);
            write_record(&mut w, cells).unwrap();
            w.flush().unwrap();
        }
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn csv_cells_escape_control_characters_and_formulas() {
        let mut out = Vec::new();
        {
            let mut w = csv_writer(&mut out);
            write_record(&mut w, ["a\u{1b}[2Jb.txt", "=1+1", "受理12件"]).unwrap();
            w.flush().unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "a\\x1b[2Jb.txt,'=1+1,受理12件\n");
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_line(&["plain", "a,b"]), "plain,\"a,b\"\n");
        assert_eq!(csv_line(&["say \"hi\""]), "\"say \"\"hi\"\"\"\n");
        assert_eq!(csv_line(&["two\nlines"]), "\"two\nlines\"\n");
    }

    #[test]
    fn formulas_are_defused_for_spreadsheets() {
        // Regression (issue 10, item 14): cells starting with = + - @ were written as is.
        for (cell, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+cmd", "'+1+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("行政复议", "行政复议"),
            ("-3", "-3"),
            ("12.5", "12.5"),
        ] {
            assert_eq!(spreadsheet_safe(cell), want, "{cell:?}");
        }
        assert_eq!(csv_line(&["=1+2", "x"]), "'=1+2,x\n");
    }
}
