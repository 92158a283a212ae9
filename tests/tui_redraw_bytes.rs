//! Bytes sent to the terminal per keypress, through the real crossterm backend writing
//! into memory. ratatui diffs frames and sends only changed cells; this checks that the
//! TUI keeps it that way (no full redraws on a cursor move), which is what makes it
//! pleasant over a slow SSH link. Bytes are deterministic, so an upper bound is a fair
//! test; run with `--nocapture` to see the figures.

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;

use baogao::tui::keymap::parse_seq;
use baogao::tui::{panes, App, Pane};
use crossterm::event::KeyEvent;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// A writer that counts what goes through it (the backend owns its writer, so the
/// count is shared).
#[derive(Clone, Default)]
struct Counting(Rc<Cell<usize>>);

impl Write for Counting {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

type Term = Terminal<CrosstermBackend<Counting>>;

fn terminal(width: u16, height: u16, counter: &Counting) -> Term {
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(counter.clone());
    Terminal::with_options(backend, TerminalOptions { viewport }).unwrap()
}

fn keys(app: &mut App, words: &str) {
    for word in words.split_whitespace() {
        for chord in parse_seq(word).unwrap() {
            app.on_key(KeyEvent::new(chord.code, chord.mods));
        }
    }
}

/// Draw and return the bytes written for this frame.
fn frame_bytes(term: &mut Term, counter: &Counting, app: &App) -> usize {
    counter.0.set(0);
    term.draw(|f| panes::draw(app, f)).unwrap();
    counter.0.get()
}

/// Bytes for each of `presses` presses of `key`, after a first full frame.
fn per_key(app: &mut App, key: &str, presses: usize) -> (usize, Vec<usize>) {
    let counter = Counting::default();
    let mut term = terminal(app.size.0, app.size.1, &counter);
    let first = frame_bytes(&mut term, &counter, app);
    let each = (0..presses)
        .map(|_| {
            keys(app, key);
            frame_bytes(&mut term, &counter, app)
        })
        .collect();
    (first, each)
}

fn samples_app() -> App {
    App::with_reports(baogao::samples::reports().unwrap(), true, (120, 40))
}

#[test]
fn j_in_the_outline_sends_under_2_kb_at_120x40() {
    for name in [
        "xiangcheng-2020",
        "houma-2023",
        "dandong-2021",
        "puyang-2019",
        "shunyi-2023",
    ] {
        let mut app = samples_app();
        app.selected = app.reports.iter().position(|r| r.report.name == name);
        assert_eq!(app.focus, Pane::Outline);
        let counter = Counting::default();
        let mut term = terminal(120, 40, &counter);
        let first = frame_bytes(&mut term, &counter, &app);
        // Walk the whole outline top to bottom; a press that scrolls the pane repaints
        // its rows, the others only the two rows whose cursor mark changed.
        let rows = app.current().unwrap().report.nodes.len();
        let (mut moves, mut scrolls) = (Vec::new(), Vec::new());
        for _ in 1..rows {
            let offset = app.current().unwrap().tree.offset;
            keys(&mut app, "j");
            let bytes = frame_bytes(&mut term, &counter, &app);
            if app.current().unwrap().tree.offset == offset {
                moves.push(bytes);
            } else {
                scrolls.push(bytes);
            }
        }
        let max = moves.iter().max().copied().unwrap_or(0);
        let all: Vec<usize> = moves.iter().chain(&scrolls).copied().collect();
        let mean = all.iter().sum::<usize>() / all.len().max(1);
        let scroll_max = scrolls.iter().max().copied().unwrap_or(0);
        println!(
            "{name}: first frame {first} B; j in outline over {} nodes: mean {mean} B, \
             max {max} B without scrolling, {} scrolling presses max {scroll_max} B",
            rows,
            scrolls.len()
        );
        assert!(first > 5_000, "the first frame is a full paint ({first} B)");
        assert!(max < 2_048, "{name}: a j keypress sent {max} bytes");
        assert!(moves.iter().all(|&b| b > 0), "every j changes something");
        // Scrolling repaints the outline pane only, never the whole screen.
        assert!(
            scroll_max < first / 2,
            "{name}: scrolling sent {scroll_max} bytes"
        );
    }
}

#[test]
fn scrolling_the_content_sends_only_the_pane() {
    let mut app = samples_app();
    app.selected = app
        .reports
        .iter()
        .position(|r| r.report.name == "xiangcheng-2020");
    keys(&mut app, "Tab");
    let (first, each) = per_key(&mut app, "j", 20);
    let max = *each.iter().max().unwrap();
    println!("content j: first frame {first} B, max {max} B per row scrolled");
    // A scroll repaints the content pane's text (up to ~58×23 cells of Chinese) but
    // never the whole screen.
    assert!(max < first, "{max} >= {first}");
}
