//! Panic containment: a defect met while reading or analysing one report fails that
//! report, not the program.
//!
//! `catch` runs a closure under `std::panic::catch_unwind` and turns a panic into its
//! message. The CLI and the TUI call it once per report (load and parse, figures,
//! findings), so one hostile file is reported as failed (one stderr line, one marked row)
//! and the others go on. While a panic is being contained the panic hook stays quiet:
//! no "thread panicked" text and no backtrace on a screen the TUI owns, unless the user
//! asked for backtraces with `RUST_BACKTRACE` (and the terminal is not in the TUI's
//! hands). A panic nobody contains goes to the handler set with `on_uncontained`: the
//! binary prints one short line (`print_short`), the TUI restores the terminal first;
//! without a handler (a test process), to the default hook.

use std::backtrace::{Backtrace, BacktraceStatus};
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, RwLock};

thread_local! {
    /// How many `catch` calls are running on this thread.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The message of the last panic contained on this thread, with its location.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

static INSTALL: Once = Once::new();
/// The hook that was there before ours (the default one), for panics no handler takes.
type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Send + Sync>;
static PREVIOUS: RwLock<Option<Hook>> = RwLock::new(None);
/// Contained panics are never printed (the TUI owns the screen).
static QUIET: AtomicBool = AtomicBool::new(false);

/// What to do first with a panic nobody contains: given the message, return `true` when
/// it has been dealt with and must not be printed.
type Handler = Box<dyn Fn(&str) -> bool + Send + Sync>;
static HANDLER: RwLock<Option<Handler>> = RwLock::new(None);

/// Run `f`, turning a panic into its message (`"index out of bounds … at src/x.rs:3:5"`).
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|payload| {
        LAST.with(|l| l.borrow_mut().take())
            .unwrap_or_else(|| payload_text(payload.as_ref()).to_string())
    })
}

/// Install the panic hook (once per process; `catch` does it too).
pub fn install() {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        if let Ok(mut p) = PREVIOUS.write() {
            *p = Some(previous);
        }
        panic::set_hook(Box::new(hook));
    });
}

/// Say a panic nobody contained in one line on stderr, `baogao: internal error: …`,
/// with a backtrace only when `RUST_BACKTRACE` asks for one.
pub fn print_short(message: &str) {
    eprintln!("baogao: internal error: {message}");
    let trace = Backtrace::capture();
    if trace.status() == BacktraceStatus::Captured {
        eprintln!("{trace}");
    }
}

/// Never print contained panics, even with `RUST_BACKTRACE` (the TUI owns the screen).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::SeqCst);
}

/// Set what happens first to a panic nobody contains (see `Handler`).
pub fn on_uncontained(handler: impl Fn(&str) -> bool + Send + Sync + 'static) {
    install();
    if let Ok(mut h) = HANDLER.write() {
        *h = Some(Box::new(handler));
    }
}

fn hook(info: &PanicHookInfo<'_>) {
    let message = describe(info);
    if DEPTH.with(|d| d.get()) > 0 {
        if !QUIET.load(Ordering::SeqCst) {
            let trace = Backtrace::capture();
            if trace.status() == BacktraceStatus::Captured {
                eprintln!("baogao: contained panic: {message}\n{trace}");
            }
        }
        LAST.with(|l| *l.borrow_mut() = Some(message));
        return;
    }
    let handled = match HANDLER.read() {
        Ok(h) => h.as_ref().is_some_and(|h| h(&message)),
        Err(_) => false,
    };
    if !handled {
        if let Ok(previous) = PREVIOUS.read() {
            if let Some(previous) = previous.as_ref() {
                previous(info);
            }
        }
    }
}

/// One line: the panic's message and where it was raised, control characters escaped.
fn describe(info: &PanicHookInfo<'_>) -> String {
    let text = payload_text(info.payload());
    let text = crate::display::escape(text);
    match info.location() {
        Some(at) => format!("{text} (at {}:{})", at.file(), at.line()),
        None => text.into_owned(),
    }
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "panic"
    }
}

/// A hidden test hook, compiled into debug builds only: when the environment variable
/// `BAOGAO_TEST_PANIC_ON` holds `STAGE:NAME` (or just `NAME`, any stage; several
/// separated by commas) and `path`'s file name is `NAME`, panic at `stage` (`load`,
/// `analysis`, `ui`). The end-to-end tests use it to show that a failing report is
/// marked and the others keep working, and that a panic of the UI thread gives the
/// terminal back.
#[cfg(debug_assertions)]
pub fn test_trigger(stage: &str, path: &std::path::Path) {
    let Some(specs) = std::env::var_os("BAOGAO_TEST_PANIC_ON") else {
        return;
    };
    let Some(file) = path.file_name() else {
        return;
    };
    let file = file.to_string_lossy();
    for spec in specs.to_string_lossy().split(',') {
        let (want_stage, name) = match spec.split_once(':') {
            Some((s, n)) => (Some(s), n),
            None => (None, spec),
        };
        if want_stage.is_none_or(|s| s == stage) && file == name {
            panic!("test failure injected at {stage} for {name}");
        }
    }
}

/// Release builds: nothing.
#[cfg(not(debug_assertions))]
#[inline(always)]
pub fn test_trigger(_stage: &str, _path: &std::path::Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_the_thread_goes_on() {
        let r: Result<u8, String> = catch(|| {
            let v: Vec<u8> = Vec::new();
            v[3]
        });
        let message = r.unwrap_err();
        assert!(message.contains("index out of bounds"), "{message}");
        assert!(message.contains("src/contain.rs"), "{message}");
        assert_eq!(catch(|| 7), Ok(7));
    }

    #[test]
    fn nested_catches_and_string_payloads() {
        let outer = catch(|| {
            let inner: Result<(), String> = catch(|| panic!("inner {}", 1));
            assert!(inner.unwrap_err().starts_with("inner 1"));
            panic!("outer\nsecond line")
        });
        let message = outer.unwrap_err();
        assert!(message.starts_with("outer\\nsecond line"), "{message}");
    }
}
