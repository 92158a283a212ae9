//! The event loop: the first frame at once, reports arriving from the background
//! loader, figures and findings from the analysis thread, changes on disk from the file
//! watcher, keys and resizes from crossterm, effects (editor, clipboard, reload,
//! suspend) carried out here, and a redraw only when something changed. An analysis
//! thread that dies is replaced (a few times at most); a signal ends the loop with exit
//! status 128 + its number.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use crate::load::Walk;

use anyhow::Context as _;
use crossterm::event::{self, Event, MouseEventKind};

use crate::corpus::{self, LoadEvent, Origin};
use crate::segment;
use crate::watch::{self, WatchEvent, Watcher};

use super::action::Action;
use super::analysis::{Outcome, Worker};
use super::app::{App, Effect};
use super::config;
use super::panes::draw;
use super::sanitize::clean;
use super::terminal::{self, Guard, Term};
use super::theme::{Theme, ThemeName};

/// What the command line asked of the TUI.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub mouse: bool,
    pub theme: Option<ThemeName>,
    /// Follow symbolic links met inside folders (`--follow`).
    pub follow: bool,
}

/// Run the TUI until the user quits or a signal asks it to stop.
pub fn run(options: Options) -> anyhow::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!("the terminal UI needs a terminal; for pipes use `baogao outline`");
    }
    // jieba's dictionary loads off the UI thread, before anyone needs it.
    segment::warm_up();
    let config = config::load(config::default_path().as_deref());
    // The review follows the config file's [check] section, in every analysis thread.
    crate::lint::set_settings(config.check.clone());
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = ThemeName::choose(options.theme, config.theme, no_color);
    let origin = Origin::from_args(options.paths.clone());
    let mut app = App::new(origin == Origin::Samples, config.keymap, Theme::new(theme));
    if let Some(problem) = config.problems.first() {
        let more = config.problems.len() - 1;
        if more > 0 {
            app.set_message(format!("{problem} (and {more} more)"), true);
        } else {
            app.set_message(problem, true);
        }
    }
    let walk = Walk {
        follow: options.follow,
    };
    let mut loader = Some(corpus::load_in_background_with(origin.clone(), walk));
    // The analysis thread and its results; `None` once it has died too often.
    let mut analysis = Some(Worker::spawn().context("starting the analysis thread")?);
    // Jobs handed to the worker whose results have not come back yet.
    let mut outstanding = 0usize;
    // Analysis threads started again after one died.
    let mut restarts = 0usize;
    // Files named on the command line are watched; the samples are not files.
    let watching = match &origin {
        Origin::Paths(paths) => match Watcher::new_with(paths, watch::DEBOUNCE, walk) {
            Ok(pair) => Some(pair),
            Err(e) => {
                app.set_message(format!("not watching for changes: {e}"), true);
                None
            }
        },
        Origin::Samples => None,
    };
    let signals = terminal::signals().context("installing signal handlers")?;
    terminal::install_panic_hook();
    let mut term = terminal::enter(options.mouse).context("setting up the terminal")?;
    let _guard = Guard;
    let size = term.size()?;
    app.update(Action::Resize(size.width, size.height));

    let mut dirty = true;
    while !app.quit {
        if let Some(rs) = app.current() {
            // Debug builds only: the e2e test of a panic on the UI thread.
            crate::contain::test_trigger("ui", &rs.report.path);
        }
        if dirty {
            term.draw(|frame| draw(&app, frame))?;
            dirty = false;
        }
        if signals.stopped_by().is_some() {
            break;
        }
        if signals.suspend.swap(false, Ordering::SeqCst) {
            terminal::suspend(&mut term, options.mouse)?;
            signals.resumed.store(false, Ordering::SeqCst);
            dirty = true;
        }
        if signals.resumed.swap(false, Ordering::SeqCst) {
            terminal::resume(&mut term, options.mouse)?;
            dirty = true;
        }
        if let Some(rx) = &loader {
            let (changed, finished) = drain(rx, &mut app);
            dirty |= changed;
            if finished {
                loader = None;
            }
        }
        let (arrived, worker_gone) = match &analysis {
            Some((_, outcomes)) => drain_outcomes(outcomes, &mut app),
            None => (0, false),
        };
        outstanding = outstanding.saturating_sub(arrived);
        dirty |= arrived > 0;
        if worker_gone {
            // The analysis thread died (a panic `contain` could not hold): start another
            // and queue again what was waiting, a few times at most.
            outstanding = 0;
            restarts += 1;
            analysis = None;
            if restarts <= MAX_RESTARTS {
                analysis = Some(Worker::spawn().context("restarting the analysis thread")?);
                app.requeue_analysis();
                app.set_message("the analysis thread stopped and was restarted", true);
            } else {
                app.set_message("the analysis thread keeps stopping; figures are off", true);
            }
            dirty = true;
        }
        for message in terminal::take_background_panics() {
            app.set_message(
                format!("internal error in a background thread: {message}"),
                true,
            );
            dirty = true;
        }
        if let Some((_, events)) = &watching {
            for event in events.try_iter() {
                on_watch(&mut app, event);
                dirty = true;
            }
        }
        for job in app.take_jobs() {
            if analysis
                .as_ref()
                .is_some_and(|(worker, _)| worker.submit(job))
            {
                outstanding += 1;
            }
        }
        dirty |= app.poll_search();
        let busy = loader.is_some() || outstanding > 0 || app.search.busy();
        // Search results are awaited more eagerly than analysis, so typing feels direct.
        let timeout = Duration::from_millis(if app.search.busy() {
            15
        } else if busy {
            30
        } else {
            250
        });
        if event::poll(timeout)? {
            handle(event::read()?, &mut app);
            dirty = true;
            // Take whatever else is already queued before drawing (key repeat, paste).
            while event::poll(Duration::ZERO)? {
                handle(event::read()?, &mut app);
            }
        }
        for effect in app.take_effects() {
            match effect {
                Effect::Reload => {
                    app.begin_reload();
                    loader = Some(corpus::load_in_background_with(origin.clone(), walk));
                }
                Effect::Suspend => {
                    terminal::suspend(&mut term, options.mouse)?;
                    signals.resumed.store(false, Ordering::SeqCst);
                    // The window may have been resized while stopped.
                    let size = term.size()?;
                    app.update(Action::Resize(size.width, size.height));
                }
                Effect::Copy(text) => {
                    let backend = term.backend_mut();
                    if write!(backend, "{}", terminal::osc52(&text))
                        .and_then(|_| backend.flush())
                        .is_err()
                    {
                        app.set_message("could not write to the terminal", true);
                    }
                }
                Effect::OpenEditor { path, line } => {
                    let edited = open_editor(&mut term, options.mouse, &mut app, &path, line)?;
                    // The window may have been resized while the editor had it.
                    let size = term.size()?;
                    app.update(Action::Resize(size.width, size.height));
                    if edited && origin != Origin::Samples {
                        // The file may have changed: re-read it like a change seen on disk,
                        // which keeps the view and says nothing when the text is the same.
                        app.on_file_changed(&path);
                    }
                }
            }
            dirty = true;
        }
    }
    terminal::restore()?;
    Ok(match signals.stopped_by() {
        // As a shell reports a program ended by a signal.
        Some(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(255)),
        None => ExitCode::SUCCESS,
    })
}

/// How many times a dead analysis thread is replaced before giving up.
const MAX_RESTARTS: usize = 3;

/// Take every analysis result ready. Returns (how many arrived, the thread is gone).
fn drain_outcomes(rx: &Receiver<Outcome>, app: &mut App) -> (usize, bool) {
    let mut arrived = 0;
    loop {
        match rx.try_recv() {
            Ok(outcome) => {
                app.on_analysis(outcome);
                arrived += 1;
            }
            Err(TryRecvError::Empty) => return (arrived, false),
            Err(TryRecvError::Disconnected) => return (arrived, true),
        }
    }
}

/// A change on disk: re-read off the UI thread, or mark the report gone.
fn on_watch(app: &mut App, event: WatchEvent) {
    match event {
        WatchEvent::Changed(path) => app.on_file_changed(&path),
        WatchEvent::Removed(path) => app.on_file_removed(&path),
        WatchEvent::Error(e) => app.set_message(format!("watching: {e}"), true),
    }
}

/// Take every event the loader has ready. Returns (anything changed, loader finished).
fn drain(rx: &Receiver<LoadEvent>, app: &mut App) -> (bool, bool) {
    let mut changed = false;
    loop {
        match rx.try_recv() {
            Ok(event) => {
                let done = matches!(event, LoadEvent::Done);
                app.on_load(event);
                changed = true;
                if done {
                    return (true, true);
                }
            }
            Err(TryRecvError::Empty) => return (changed, false),
            Err(TryRecvError::Disconnected) => return (changed, true),
        }
    }
}

fn handle(event: Event, app: &mut App) {
    match event {
        Event::Key(key) => app.on_key(key),
        Event::Resize(w, h) => app.update(Action::Resize(w, h)),
        Event::Paste(text) => app.on_paste(&text),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(_) => app.update(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => app.update(Action::Wheel(m.column, m.row, true)),
            MouseEventKind::ScrollUp => app.update(Action::Wheel(m.column, m.row, false)),
            _ => {}
        },
        _ => {}
    }
}

/// `e`: run `$VISUAL` or `$EDITOR` (else `vi`) with `+LINE FILE`, the TUI suspended.
/// Returns whether the editor ran and exited successfully.
fn open_editor(
    term: &mut Term,
    mouse: bool,
    app: &mut App,
    path: &std::path::Path,
    line: usize,
) -> anyhow::Result<bool> {
    if !path.is_file() {
        let shown = clean(&path.display().to_string()).into_owned();
        let what = if app.samples {
            "the sample is compiled in; open a folder of reports to edit"
        } else {
            "not a file on disk"
        };
        app.set_message(format!("{shown}: {what}"), true);
        return Ok(false);
    }
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|e| !e.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi").to_string();
    let args: Vec<String> = words.map(str::to_string).collect();
    let status = terminal::suspend_while(term, mouse, || {
        Command::new(&program)
            .args(&args)
            .arg(format!("+{line}"))
            .arg(path)
            .status()
    })?;
    match status {
        Ok(s) if s.success() => return Ok(true),
        Ok(s) => app.set_message(format!("{program} exited with {s}"), true),
        Err(e) => app.set_message(format!("cannot run {program}: {e}"), true),
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_analysis_thread_is_seen_and_its_waiting_reports_are_queued_again() {
        let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
        let queued = app.take_jobs().len();
        assert_eq!(queued, 5);
        // The thread died with the jobs: its end of the channel is gone.
        let (tx, rx) = std::sync::mpsc::channel::<Outcome>();
        drop(tx);
        assert_eq!(drain_outcomes(&rx, &mut app), (0, true));
        app.requeue_analysis();
        assert_eq!(app.take_jobs().len(), 5);
        // A live channel with nothing in it is just empty.
        let (_tx, rx) = std::sync::mpsc::channel::<Outcome>();
        assert_eq!(drain_outcomes(&rx, &mut app), (0, false));
    }
}
