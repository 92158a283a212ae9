//! Terminal setup and restore. Raw mode and the alternate screen are entered in one
//! place and left in one place, `restore`, which is safe to call twice and is reached on
//! quit, on error (the `Guard`'s drop), on a panic of the UI thread (the hook), on
//! SIGTERM, SIGHUP, SIGINT and SIGQUIT (a flag the event loop checks, then the normal way
//! out, with exit status 128 + the signal as shells expect) and before stopping for
//! Ctrl-Z or SIGTSTP (taken back on `fg`, with a full redraw).
//!
//! A panic on another thread (a background worker) must not touch the terminal: the UI
//! is still running and drawing. Such panics are contained per report where they can be
//! (`contain`); one that is not is kept for the status bar (`take_background_panics`).

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

/// Whether the terminal is in the TUI's state (so restoring has work to do).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether mouse capture was turned on (`--mouse`).
static MOUSE: AtomicBool = AtomicBool::new(false);

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Enter raw mode and the alternate screen; capture the mouse only if asked, so the
/// terminal's own selection and copy keep working by default.
pub fn enter(mouse: bool) -> io::Result<Term> {
    setup(mouse)?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

fn setup(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    // Pasted text arrives as one event (for the search query), not as keystrokes.
    let _ = execute!(out, EnableBracketedPaste);
    if mouse {
        execute!(out, EnableMouseCapture)?;
        MOUSE.store(true, Ordering::SeqCst);
    }
    Ok(())
}

/// Leave the TUI state: mouse capture off, main screen back, cursor shown, raw mode off.
/// Does nothing when the terminal is not in the TUI state.
pub fn restore() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let mut out = io::stdout();
    if MOUSE.swap(false, Ordering::SeqCst) {
        // Keep going: the other steps matter more than this one.
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, DisableBracketedPaste);
    let screen = execute!(out, LeaveAlternateScreen, cursor::Show);
    let raw = disable_raw_mode();
    out.flush()?;
    screen.and(raw)
}

/// Leave the TUI for a child program (the editor), then come back with a full redraw.
pub fn suspend_while<T>(term: &mut Term, mouse: bool, run: impl FnOnce() -> T) -> io::Result<T> {
    restore()?;
    let result = run();
    setup(mouse)?;
    term.clear()?;
    Ok(result)
}

/// Ctrl-Z: hand the terminal back and stop like a shell job; on `fg` (SIGCONT) take it
/// again and redraw in full.
pub fn suspend(term: &mut Term, mouse: bool) -> io::Result<()> {
    suspend_while(term, mouse, || {
        // Stops the process (SIGSTOP, as SIGTSTP's own handler is ours); execution goes
        // on here when the shell continues it.
        #[cfg(unix)]
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
    })
}

/// Take the terminal again after the process was stopped and continued by someone else
/// (`kill -STOP`, then `fg`): the shell may have put the terminal back in cooked mode.
pub fn resume(term: &mut Term, mouse: bool) -> io::Result<()> {
    ACTIVE.store(false, Ordering::SeqCst);
    setup(mouse)?;
    term.clear()
}

/// Restores the terminal when dropped, so an early return with `?` cannot leave it raw.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Panics of other threads, not contained, kept for the UI to show.
static BACKGROUND_PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Panics on the calling thread (the UI thread) restore the terminal first, then say one
/// short line (`baogao: internal error: …`, a backtrace only with `RUST_BACKTRACE`) and
/// the process exits non-zero. Panics on other threads leave the terminal alone.
/// Contained panics say nothing while the TUI owns the screen.
pub fn install_panic_hook() {
    crate::contain::set_quiet(true);
    let ui = std::thread::current().id();
    crate::contain::on_uncontained(move |message| {
        if std::thread::current().id() == ui {
            let _ = restore();
            // Now that it can be read.
            crate::contain::print_short(message);
            true
        } else {
            if let Ok(mut kept) = BACKGROUND_PANICS.lock() {
                kept.push(message.to_string());
            }
            true
        }
    });
}

/// Panics of background threads since the last call.
pub fn take_background_panics() -> Vec<String> {
    BACKGROUND_PANICS
        .lock()
        .map(|mut kept| std::mem::take(&mut *kept))
        .unwrap_or_default()
}

/// How long the event loop gets to leave the normal way after a signal before the
/// signal thread restores the terminal and exits itself.
const SIGNAL_GRACE: Duration = Duration::from_millis(500);

/// What the signal thread tells the event loop.
#[derive(Debug, Clone, Default)]
pub struct Signals {
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT arrived (its number; 0 for none): leave the
    /// normal way and exit with 128 + its number.
    pub stop: Arc<AtomicI32>,
    /// SIGTSTP arrived (someone ran `kill -TSTP`): suspend as for Ctrl-Z.
    pub suspend: Arc<AtomicBool>,
    /// SIGCONT arrived: the process was stopped and continued; take the terminal again.
    pub resumed: Arc<AtomicBool>,
}

impl Signals {
    /// The stop signal received, if any.
    pub fn stopped_by(&self) -> Option<i32> {
        match self.stop.load(Ordering::SeqCst) {
            0 => None,
            n => Some(n),
        }
    }
}

/// Watch for signals on a thread of their own.
///
/// The loop cannot always see a stop signal's flag: when the terminal goes away (a
/// dropped SSH session, a killed tmux), crossterm's `event::poll` keeps reading a dead
/// tty and never returns. So if the loop has not finished within a short grace period,
/// the signal thread restores what it can and ends the process itself.
pub fn signals() -> io::Result<Signals> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let flags = Signals::default();
    let mut incoming =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
    let seen = flags.clone();
    std::thread::Builder::new()
        .name("baogao-signals".into())
        .spawn(move || {
            for signal in incoming.forever() {
                match signal {
                    SIGTSTP => seen.suspend.store(true, Ordering::SeqCst),
                    SIGCONT => seen.resumed.store(true, Ordering::SeqCst),
                    stop => {
                        seen.stop.store(stop, Ordering::SeqCst);
                        std::thread::sleep(SIGNAL_GRACE);
                        // Still here: the loop is stuck. Writing to a dead tty fails
                        // harmlessly.
                        let _ = restore();
                        std::process::exit(128 + stop);
                    }
                }
            }
        })?;
    Ok(flags)
}

/// The OSC 52 sequence that asks the terminal to put `text` on the clipboard; it travels
/// over SSH and through tmux (with `set-clipboard on`).
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
        assert_eq!(osc52("二、"), "\u{1b}]52;c;5LqM44CB\u{7}");
    }

    #[test]
    fn restore_without_setup_does_nothing() {
        assert!(restore().is_ok());
    }
}
