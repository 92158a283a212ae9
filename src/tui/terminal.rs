//! Terminal setup and restore. Raw mode and the alternate screen are entered in one
//! place and left in one place, `restore`, which is safe to call twice and is reached on
//! quit, on error (the `Guard`'s drop), on panic (the hook) and on SIGTERM, SIGHUP,
//! SIGINT and SIGQUIT (a flag the event loop checks, then the normal way out).

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
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

/// Restores the terminal when dropped, so an early return with `?` cannot leave it raw.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Restore the terminal before the default panic message, so it is readable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

/// How long the event loop gets to leave the normal way after a signal before the
/// signal thread restores the terminal and exits itself.
const SIGNAL_GRACE: Duration = Duration::from_millis(500);

/// A flag set by SIGTERM, SIGHUP, SIGINT or SIGQUIT; the event loop checks it and leaves
/// the normal way, restoring the terminal.
///
/// The loop cannot always see it: when the terminal goes away (a dropped SSH session,
/// a killed tmux), crossterm's `event::poll` keeps reading a dead tty and never returns.
/// So a thread waits for the signals too, and if the loop has not finished within a
/// short grace period, it restores what it can and ends the process.
pub fn signal_flag() -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let flag = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let seen = Arc::clone(&flag);
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            seen.store(true, Ordering::SeqCst);
            std::thread::sleep(SIGNAL_GRACE);
            // Still here: the loop is stuck. Writing to a dead tty fails harmlessly.
            let _ = restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(flag)
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
