//! `baogao check`: review findings for each report, like a compiler's diagnostics.
//!
//! Text: one `path:line: severity rule message` line per finding, then a summary line.
//! JSON: one array of findings with `path`, `line`, `rule`, `severity`, `message`,
//! `suggestion`. Markdown (`--format md`): a review memo for the drafter (see `memo`).
//! Exit status 0 when there is nothing to report, 1 with findings, 2 when no report could
//! be read and reviewed at all, so the command fits a pre-commit hook or a CI step. An
//! input that cannot be read, or whose review fails, is one stderr line and is named in
//! the summary line; the others are still checked and decide the status, as in
//! `outline` and `indicators`.
//!
//! What is reported follows the settings: the config file's `[check]` section, then the
//! command line (`--min-severity` and `--genre` replace the config's, `--disable` adds to
//! it). `--baseline FILE` drops the findings recorded by `--write-baseline FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::lint::baseline::Baseline;
use crate::lint::settings::{genre_ids, parse_severity};
use crate::lint::{self, Settings};
use crate::report::{Diagnostic, Genre, Report, Severity};

use super::{contained, emit, load_reports, warn};
use crate::display;

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line: severity rule message`, one line each, and a summary.
    Text,
    /// One JSON array of findings.
    Json,
    /// A Markdown review memo, grouped by report and section.
    Md,
}

/// The arguments of `baogao check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Report files or folders. None: the bundled samples.
    pub paths: Vec<PathBuf>,
    /// Print JSON instead of text (same as --format json).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Output format: text, json, or md (a review memo for the drafter).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Show only findings at least this severe: error, warning or info.
    #[arg(long, value_name = "SEVERITY", value_parser = severity_arg)]
    pub min_severity: Option<Severity>,
    /// Leave out a rule's findings (repeat, or separate ids with commas).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub disable: Vec<String>,
    /// Review every report as this genre: fazhi-annual, yifa-xingzheng, work-report,
    /// work-summary or other (default: the genre read from each report's title).
    #[arg(long, value_name = "GENRE", value_parser = genre_arg)]
    pub genre: Option<Genre>,
    /// List every rule (id, severity, meaning, source) and exit.
    #[arg(long)]
    pub rules: bool,
    /// Record today's findings in FILE (JSON) as the accepted baseline.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    /// Report only findings that are not in the baseline FILE.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
}

fn severity_arg(s: &str) -> Result<Severity, String> {
    parse_severity(s).ok_or_else(|| format!("unknown severity {s:?} (error, warning, info)"))
}

fn genre_arg(s: &str) -> Result<Genre, String> {
    Genre::from_id(s).ok_or_else(|| format!("unknown genre {s:?} ({})", genre_ids()))
}

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

/// One rule in `check --rules --json`.
#[derive(Debug, Serialize)]
struct RuleJson {
    id: &'static str,
    severity: Severity,
    meaning: &'static str,
    source: &'static str,
}

/// The settings of this run: the config file's `[check]` section (its problems on
/// stderr), then the command line.
fn settings(args: &CheckArgs) -> anyhow::Result<Settings> {
    let config = crate::tui::config::load(crate::tui::config::default_path().as_deref());
    for p in &config.check_problems {
        eprintln!("baogao: {p}");
    }
    let mut settings = config.check;
    if let Some(s) = args.min_severity {
        settings.min_severity = s;
    }
    if let Some(g) = args.genre {
        settings.genre = Some(g);
    }
    for id in &args.disable {
        let rule = lint::rules::find(id.trim()).with_context(|| {
            format!("unknown rule {id:?} for --disable (baogao check --rules lists them)")
        })?;
        settings.disabled.insert(rule.id.to_string());
    }
    Ok(settings)
}

/// Run `baogao check`.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let format = match (args.json, args.format) {
        (true, _) => Format::Json,
        (false, f) => f.unwrap_or(Format::Text),
    };
    if args.rules {
        emit(|out| print_rules(out, format))?;
        return Ok(ExitCode::SUCCESS);
    }
    let settings = settings(&args)?;
    let baseline = match &args.baseline {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read baseline {}", path.display()))?;
            Some(
                Baseline::parse(&text)
                    .map_err(anyhow::Error::msg)
                    .with_context(|| format!("bad baseline {}", path.display()))?,
            )
        }
        None => None,
    };
    let (reports, load_failed) = load_reports(args.paths);
    if reports.is_empty() {
        if !load_failed {
            warn("no report files found");
        }
        return Ok(ExitCode::from(2));
    }
    // A report whose review fails is an error like one that could not be read.
    let (mut all, review_failed) =
        contained(&reports, "review", |r| lint::check_with(r, &settings));
    let failed = load_failed || review_failed;
    // Exit 2 only when nothing at all was reviewed (every readable report failed its
    // review): one bad file in a folder must not hide the findings of the others.
    let nothing_reviewed = all.is_empty();
    if let Some(path) = &args.write_baseline {
        let baseline = Baseline::record(&all);
        let json = serde_json::to_string_pretty(&baseline)?;
        std::fs::write(path, json + "\n")
            .with_context(|| format!("cannot write baseline {}", path.display()))?;
        eprintln!(
            "baogao: recorded {} findings in {}",
            baseline.findings.len(),
            display::path(path)
        );
        return Ok(if nothing_reviewed {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        });
    }
    if let Some(baseline) = &baseline {
        all = baseline.filter(all);
    }
    let total: usize = all.iter().map(|(_, f)| f.len()).sum();
    emit(|out| match format {
        Format::Json => {
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
        }
        Format::Md => super::memo::write(out, &all),
        Format::Text => {
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
            let mut line = summary(&all);
            if failed {
                line.push_str(" (some inputs could not be read: see the messages above)");
            }
            writeln!(out, "{line}")
        }
    })?;
    Ok(if nothing_reviewed {
        ExitCode::from(2)
    } else if total > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `check --rules`: every rule with its severity, meaning and source.
fn print_rules(out: &mut dyn std::io::Write, format: Format) -> std::io::Result<()> {
    let rules = lint::rules::all();
    match format {
        Format::Json => {
            let rows: Vec<RuleJson> = rules
                .iter()
                .map(|r| RuleJson {
                    id: r.id,
                    severity: r.severity,
                    meaning: r.meaning,
                    source: r.source,
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        }
        Format::Md => {
            writeln!(out, "| rule | severity | what it finds | source |")?;
            writeln!(out, "|---|---|---|---|")?;
            for r in &rules {
                writeln!(
                    out,
                    "| `{}` | {} | {} | {} |",
                    r.id,
                    r.severity.as_str(),
                    r.meaning.replace('|', "\\|"),
                    r.source.replace('|', "\\|")
                )?;
            }
            Ok(())
        }
        Format::Text => {
            let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in &rules {
                writeln!(
                    out,
                    "{:width$}  {:7}  {}\n{:width$}  {:7}  source: {}",
                    r.id,
                    r.severity.as_str(),
                    r.meaning,
                    "",
                    "",
                    r.source
                )?;
            }
            Ok(())
        }
    }
}

/// `3 reports checked: 2 errors, 5 warnings, 1 info in 2 reports` or `…: no findings`.
pub fn summary(all: &[(&Report, Vec<Diagnostic>)]) -> String {
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
