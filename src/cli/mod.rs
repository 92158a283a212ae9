//! The command line: clap arguments, subcommands, and their text/JSON printing.
//!
//! `baogao [PATH]...` opens the terminal UI; the subcommands print what the UI shows,
//! for pipes and scripts. Files that cannot be read are reported on stderr, one line
//! each, and the others are still processed; so are reports whose analysis fails (a
//! contained panic, `contained`). Text output goes through `display::escape`, so a file
//! name or a report can never put a control sequence on the user's terminal.

pub mod check;
pub mod indicators;
pub mod memo;
pub mod outline;
pub mod search;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};

use crate::corpus::{self, Origin};
use crate::display;
use crate::load::Walk;
use crate::report::Report;

/// baogao (报告): read and review Chinese government reports in the terminal.
#[derive(Debug, Parser)]
#[command(
    name = "baogao",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Report files or folders (searched recursively). None: the bundled samples.
    pub paths: Vec<PathBuf>,
    /// Capture the mouse in the terminal UI (click to focus, wheel to scroll). Off by
    /// default, so the terminal's own selection and copy keep working.
    #[arg(long)]
    pub mouse: bool,
    /// Colour theme of the terminal UI (default: the config file's, else mono when
    /// NO_COLOR is set, else dark).
    #[arg(long, value_enum)]
    pub theme: Option<crate::tui::theme::ThemeName>,
    /// Follow symbolic links met inside folders (each real folder and file is read
    /// once). Links named on the command line are always followed.
    #[arg(long, short = 'L', global = true)]
    pub follow: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the outline (section tree) of each report, with its title, year, issuer,
    /// region, genre, publication date and the page clutter left out.
    #[command(after_help = outline::GENRES_HELP)]
    Outline {
        /// Report files or folders. None: the bundled samples.
        paths: Vec<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Review findings for drafts; exit 0 when clean, 1 with findings, 2 on error.
    Check(check::CheckArgs),
    /// Print the figures (indicators) each report states.
    Indicators {
        /// Report files or folders. None: the bundled samples.
        paths: Vec<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV instead of text.
        #[arg(long)]
        csv: bool,
        /// Print the table of canonical metrics (id, name, unit, definition).
        #[arg(long, conflicts_with = "matrix")]
        keys: bool,
        /// Print reports × canonical metrics, with the change from the same place's
        /// previous year.
        #[arg(long)]
        matrix: bool,
    },
    /// Fuzzy search over the headings of every report (Chinese, pinyin, traditional).
    Search {
        /// The query: Chinese, pinyin (`xzfy`, `xingzhengfuyi`) or both; space-separated
        /// terms must all match; a leading ' asks for an exact substring.
        query: String,
        /// Report files or folders. None: the bundled samples.
        paths: Vec<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// At most this many matches.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Match the query literally in the body text instead of the headings.
        #[arg(long)]
        text: bool,
    },
}

/// `--follow`, for the subcommands' loading (set once by `run_command`).
static FOLLOW: AtomicBool = AtomicBool::new(false);

/// Load reports for a subcommand, printing a line on stderr for each file skipped.
/// Returns the reports and whether any file failed.
pub fn load_reports(paths: Vec<PathBuf>) -> (Vec<Report>, bool) {
    let walk = Walk {
        follow: FOLLOW.load(Ordering::Relaxed),
    };
    let loaded = corpus::load_all_with(&Origin::from_args(paths), walk);
    for e in &loaded.errors {
        warn(&e.to_string());
    }
    (loaded.reports, !loaded.errors.is_empty())
}

/// One line on stderr, `baogao: ` first, control characters escaped.
pub fn warn(message: &str) {
    // stderr gone: nothing sensible left to do with the message.
    let _ = writeln!(io::stderr().lock(), "baogao: {}", display::escape(message));
}

/// Run `analyse` (figures, findings) over every report in parallel, each under
/// `contain::catch`: a report whose analysis panics is left out with one stderr line
/// (`path: failed: internal error in <what>: …`), the others go on. Returns the
/// reports with their results, in order, and whether any failed.
pub fn contained<'r, T: Send>(
    reports: &'r [Report],
    what: &str,
    analyse: impl Fn(&Report) -> T + Sync,
) -> (Vec<(&'r Report, T)>, bool) {
    let (each, failed) = contained_each(reports, what, analyse);
    let ok = each
        .into_iter()
        .filter_map(|(report, value)| Some((report, value?)))
        .collect();
    (ok, failed)
}

/// `contained`, keeping every report: a report whose analysis panicked comes with
/// `None` (after its stderr line), for a command that still shows it (`outline`).
pub fn contained_each<'r, T: Send>(
    reports: &'r [Report],
    what: &str,
    analyse: impl Fn(&Report) -> T + Sync,
) -> (Vec<(&'r Report, Option<T>)>, bool) {
    use rayon::prelude::*;
    let results: Vec<_> = reports
        .par_iter()
        .map(|r| {
            let result = crate::contain::catch(|| {
                crate::contain::test_trigger("analysis", &r.path);
                analyse(r)
            });
            (r, result)
        })
        .collect();
    let mut each = Vec::with_capacity(results.len());
    let mut failed = false;
    for (report, result) in results {
        match result {
            Ok(value) => each.push((report, Some(value))),
            Err(message) => {
                failed = true;
                warn(&format!(
                    "{}: failed: internal error in {what}: {message}",
                    display::path(&report.path)
                ));
                each.push((report, None));
            }
        }
    }
    (each, failed)
}

/// Exit status of a listing command (outline, indicators): an error only when files
/// failed and nothing at all could be read; a skipped file among good ones is reported
/// on stderr and is not a failure.
pub fn listing_exit<R>(failed: bool, reports: &[R]) -> ExitCode {
    if failed && reports.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Write to stdout, treating a closed pipe (`baogao outline | head`) as success.
pub fn emit(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Run a subcommand, walking folders as `walk` says.
pub fn run_command(command: Command, walk: Walk) -> ExitCode {
    FOLLOW.store(walk.follow, Ordering::Relaxed);
    let result = match command {
        Command::Outline { paths, json } => outline::run(paths, json),
        Command::Check(args) => check::run(args),
        Command::Indicators {
            paths,
            json,
            csv,
            keys,
            matrix,
        } => indicators::run(
            paths,
            indicators::Output {
                json,
                csv,
                keys,
                matrix,
            },
        ),
        Command::Search {
            query,
            paths,
            json,
            limit,
            text,
        } => search::run(&query, paths, json, limit, text),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            warn(&format!("{e:#}"));
            ExitCode::from(2)
        }
    }
}
