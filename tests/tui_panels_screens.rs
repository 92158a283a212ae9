//! Screen tests for the figures pane, the comparison overlay and the findings panel
//! with its gutter marks: the real drawing code into `TestBackend`, compared with
//! reviewed insta snapshots. Figures and findings are computed inline (`analyze_now`),
//! as the worker thread would deliver them.

use baogao::tui::keymap::parse_seq;
use baogao::tui::{panes, App, Pane};
use crossterm::event::KeyEvent;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

fn keys(app: &mut App, words: &str) {
    for word in words.split_whitespace() {
        for chord in parse_seq(word).unwrap() {
            app.on_key(KeyEvent::new(chord.code, chord.mods));
        }
    }
}

/// Samples analysed, xiangcheng 二、 shown, the figures pane focused.
fn figures_focused(width: u16, height: u16) -> App {
    let mut app = App::with_reports(baogao::samples::reports().unwrap(), true, (width, height));
    app.analyze_now();
    keys(&mut app, "S-Tab G Enter } Enter");
    while app.focus != Pane::Figures {
        keys(&mut app, "Tab");
    }
    app
}

fn screen_text(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    term.draw(|f| panes::draw(app, f)).unwrap();
    text(term.backend().buffer())
}

fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let symbol = buf[(x, y)].symbol();
            out.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

#[test]
fn figures_pane_filled_120x40() {
    let mut app = figures_focused(120, 40);
    keys(&mut app, "j j");
    let screen = screen_text(&app);
    assert!(screen.contains("Figures · 二、 (12)"), "{screen}");
    assert!(screen.contains("区级政务服务"));
    // The report list counts figures once they are in.
    assert!(screen.contains("Fig"));
    insta::assert_snapshot!(screen);
}

#[test]
fn figures_pane_filled_80x24() {
    let mut app = figures_focused(80, 24);
    keys(&mut app, "j j j j j j j j");
    let screen = screen_text(&app);
    assert!(screen.contains("行政复议案件"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn figures_pane_says_it_is_computing_until_the_figures_arrive() {
    let mut app = App::with_reports(baogao::samples::reports().unwrap(), true, (120, 40));
    let screen = screen_text(&app);
    assert!(screen.contains("computing figures…"));
    assert!(screen.contains("Nod"));
    app.analyze_now();
    let screen = screen_text(&app);
    assert!(!screen.contains("computing figures…"));
}

#[test]
fn comparison_chart_120x40() {
    let mut app = figures_focused(120, 40);
    // 行政复议案件 of 二、(六): the metric every sample states.
    let list = app.figure_list(app.current().unwrap()).unwrap();
    let at = list
        .iter()
        .position(|f| f.key == Some("reconsideration_received"))
        .unwrap();
    for _ in 0..at {
        keys(&mut app, "j");
    }
    keys(&mut app, "c s s");
    let screen = screen_text(&app);
    assert!(screen.contains("reconsideration_received"));
    assert!(screen.contains("sort: place"));
    // The selected figure is marked, and its report's value is the one selected.
    assert!(screen.contains(">襄城 2020"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn metric_matrix_120x40() {
    let mut app = figures_focused(120, 40);
    keys(&mut app, "M l");
    let screen = screen_text(&app);
    assert!(screen.contains("Metric matrix · 5 reports"), "{screen}");
    assert!(screen.contains("行政复议收案"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn overlays_draw_at_every_size() {
    // Regression (issue 10, item 12): the comparison chart subtracted past zero at 16
    // columns. The comparison and the matrix must draw at any size from 1×1 up.
    let mut app = figures_focused(120, 40);
    let list = app.figure_list(app.current().unwrap()).unwrap();
    let at = list
        .iter()
        .position(|f| f.key == Some("reconsideration_received"))
        .unwrap();
    for _ in 0..at {
        keys(&mut app, "j");
    }
    for overlay in ["c", "M"] {
        keys(&mut app, overlay);
        for w in 1..=70u16 {
            for h in 1..=24u16 {
                app.size = (w, h);
                let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
                term.draw(|f| panes::draw(&app, f)).unwrap();
            }
        }
        app.size = (120, 40);
        keys(&mut app, "Esc");
    }
}

#[test]
fn findings_panel_with_gutter_marks_120x40() {
    let mut app = App::with_reports(baogao::samples::reports().unwrap(), true, (120, 40));
    app.analyze_now();
    // dandong: injected text on many lines; open the panel and go to the second finding.
    keys(&mut app, "! j Enter");
    let screen = screen_text(&app);
    assert!(screen.contains("Findings · dandong-2021"), "{screen}");
    assert!(screen.contains("✗ "), "gutter and outline marks");
    insta::assert_snapshot!(screen);
}

#[test]
fn findings_panel_80x24() {
    let mut app = App::with_reports(baogao::samples::reports().unwrap(), true, (80, 24));
    app.analyze_now();
    keys(&mut app, "S-Tab G Enter !");
    let screen = screen_text(&app);
    assert!(screen.contains("Findings · 襄城 2020"), "{screen}");
    insta::assert_snapshot!(screen);
}
