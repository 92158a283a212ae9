//! TUI timings: time to the first frame (what the user waits for after typing `baogao`),
//! with and without the samples parsed, and the cost of one `j` in the outline.
//! Bytes per keypress are measured (deterministically) in tests/tui_redraw_bytes.rs.

use std::hint::black_box;
use std::io::{self, Write};

use baogao::tui::keymap::{parse_seq, Keymap};
use baogao::tui::theme::{Theme, ThemeName};
use baogao::tui::{panes, Action, App};
use criterion::{criterion_group, criterion_main, Criterion};
use crossterm::event::KeyEvent;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Discards output, as fast as possible, so only our work is timed.
struct Sink;

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn crossterm_terminal() -> Terminal<CrosstermBackend<Sink>> {
    let viewport = Viewport::Fixed(Rect::new(0, 0, 120, 40));
    Terminal::with_options(CrosstermBackend::new(Sink), TerminalOptions { viewport }).unwrap()
}

fn first_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("tui");
    // What `baogao` shows at once: the frame before any report is parsed (reports then
    // arrive from the background loader).
    g.bench_function("first_frame_before_loading_120x40", |b| {
        b.iter(|| {
            let mut app = App::new(true, Keymap::default(), Theme::new(ThemeName::Dark));
            app.update(Action::Resize(120, 40));
            let mut term = crossterm_terminal();
            term.draw(|f| panes::draw(&app, f)).unwrap();
            black_box(app.reports.len())
        })
    });
    // Everything on screen: the five samples parsed, the app built, the frame drawn.
    g.bench_function("samples_parsed_and_first_frame_120x40", |b| {
        b.iter(|| {
            let reports = baogao::samples::reports().unwrap();
            let app = App::with_reports(reports, true, (120, 40));
            let mut term = crossterm_terminal();
            term.draw(|f| panes::draw(&app, f)).unwrap();
            black_box(app.reports.len())
        })
    });
    let reports = baogao::samples::reports().unwrap();
    g.bench_function("app_and_first_frame_samples_loaded_120x40", |b| {
        b.iter(|| {
            let app = App::with_reports(reports.clone(), true, (120, 40));
            let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
            term.draw(|f| panes::draw(&app, f)).unwrap();
            black_box(app.reports.len())
        })
    });
    // One `j` in the outline and the redraw it causes (diff + escape sequences).
    let mut app = App::with_reports(reports.clone(), true, (120, 40));
    app.selected = app
        .reports
        .iter()
        .position(|r| r.report.name == "houma-2023");
    let mut term = crossterm_terminal();
    term.draw(|f| panes::draw(&app, f)).unwrap();
    let j = parse_seq("j").unwrap()[0];
    let g_key = parse_seq("g").unwrap()[0];
    g.bench_function("j_in_outline_and_redraw_120x40", |b| {
        b.iter(|| {
            // Walk down and wrap around so the pane scrolls now and then, as in use.
            let rs = app.current().unwrap();
            let last = rs.report.nodes.len() - 1;
            let key = if rs.tree.cursor == last { g_key } else { j };
            app.on_key(KeyEvent::new(key.code, key.mods));
            term.draw(|f| panes::draw(&app, f)).unwrap();
        })
    });
    g.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
