//! `baogao check`: review findings for each report, like a compiler's diagnostics.
//!
//! Text: one `path:line: severity rule message` line per finding, then a summary line.
//! JSON: one array of findings with `path`, `line`, `rule`, `severity`, `message`,
//! `suggestion`. Exit status 0 when there is nothing to report, 1 with findings, 2 when
//! an input could not be read (the readable ones are still checked and printed), so the
//! command fits a pre-commit hook or a CI step.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::lint;
use crate::report::{Diagnostic, Report, Severity};

use super::{contained, emit, load_reports, warn};
use crate::display;

/// One finding in `check --json`.
#[derive(Debug, Serialize)]
pub struct FindingJson<'a> {
    pub path: String,
    pub line: usize,
    pub rule: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub suggestion: Option<&'a str>,
}

/// The findings of every report, in report order, each sorted by line.
pub fn findings(reports: &[Report]) -> Vec<(&Report, Vec<Diagnostic>)> {
    use rayon::prelude::*;
    reports.par_iter().map(|r| (r, lint::check(r))).collect()
}

/// Run `baogao check`.
pub fn run(paths: Vec<PathBuf>, json: bool) -> anyhow::Result<ExitCode> {
    let (reports, load_failed) = load_reports(paths);
    if reports.is_empty() {
        if !load_failed {
            warn("no report files found");
        }
        return Ok(ExitCode::from(2));
    }
    // A report whose review fails is an error like one that could not be read.
    let (all, review_failed) = contained(&reports, "review", lint::check);
    let failed = load_failed || review_failed;
    let total: usize = all.iter().map(|(_, f)| f.len()).sum();
    emit(|out| {
        if json {
            let rows: Vec<FindingJson<'_>> = all
                .iter()
                .flat_map(|(report, found)| {
                    found.iter().map(move |d| FindingJson {
                        path: report.path.display().to_string(),
                        line: d.line,
                        rule: &d.rule,
                        severity: d.severity,
                        message: &d.message,
                        suggestion: d.suggestion.as_deref(),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        } else {
            for (report, found) in &all {
                for d in found {
                    writeln!(
                        out,
                        "{}:{}: {} {} {}",
                        display::path(&report.path),
                        d.line,
                        d.severity.as_str(),
                        d.rule,
                        display::escape(&d.message)
                    )?;
                }
            }
            writeln!(out, "{}", summary(&all))
        }
    })?;
    // An input that could not be read is an error even when the others were checked: a
    // pre-commit hook must not pass a draft it never saw.
    Ok(if failed {
        ExitCode::from(2)
    } else if total > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `3 reports checked: 2 errors, 5 warnings, 1 info in 2 reports` or `…: no findings`.
fn summary(all: &[(&Report, Vec<Diagnostic>)]) -> String {
    let count = |s: Severity| {
        all.iter()
            .flat_map(|(_, f)| f)
            .filter(|d| d.severity == s)
            .count()
    };
    let with = all.iter().filter(|(_, f)| !f.is_empty()).count();
    let checked = match all.len() {
        1 => "1 report checked".to_string(),
        n => format!("{n} reports checked"),
    };
    if with == 0 {
        return format!("{checked}: no findings");
    }
    let plural = |n: usize, word: &str| {
        if n == 1 || word == "info" {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{checked}: {}, {}, {} in {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info"),
        plural(with, "report")
    )
}
