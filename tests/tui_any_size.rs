//! Every pane works at every size from 1×1 up, areas with no rows or no columns
//! included: drawing and every motion in every pane never panic (a tiny terminal, a split
//! that leaves a pane nothing). The comparison chart is left to its own tests.

use std::path::PathBuf;

use baogao::corpus::LoadEvent;
use baogao::load::LoadError;
use baogao::tui::keymap::parse_seq;
use baogao::tui::layout;
use baogao::tui::{panes, Action, App, Pane};
use crossterm::event::KeyEvent;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

fn keys(app: &mut App, words: &str) {
    for word in words.split_whitespace() {
        for chord in parse_seq(word).unwrap() {
            app.on_key(KeyEvent::new(chord.code, chord.mods));
        }
    }
}

fn draw(app: &App) {
    let mut term = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    term.draw(|f| panes::draw(app, f)).unwrap();
}

/// The samples, one report with no headings, and a file that could not be read.
fn app(width: u16, height: u16) -> App {
    let mut reports = baogao::samples::reports().unwrap();
    reports.push(baogao::parse_report(
        "plain.txt".into(),
        String::from("没有标题的一段文字。"),
    ));
    let mut app = App::with_reports(reports, true, (width, height));
    app.on_load(LoadEvent::Failed(LoadError::Missing {
        path: PathBuf::from("gone.txt"),
    }));
    app
}

const WIDTHS: [u16; 8] = [1, 2, 5, 16, 59, 60, 100, 120];
const HEIGHTS: [u16; 8] = [1, 2, 3, 4, 6, 13, 14, 40];

/// Motions and commands tried in every pane.
const KEYS: &str = "G C-d PgUp j Enter l h Space zM 1 } a ]e";

#[test]
fn every_pane_and_motion_works_at_every_size_from_one_by_one() {
    for &w in &WIDTHS {
        for &h in &HEIGHTS {
            let mut app = app(w, h);
            draw(&app);
            // A report with headings (襄城), the one without, the one that failed.
            for report in [4, 5, 6] {
                app.selected = Some(report);
                for _ in 0..Pane::ALL.len() {
                    keys(&mut app, "Tab");
                    for key in KEYS.split_whitespace() {
                        keys(&mut app, key);
                        draw(&app);
                    }
                }
            }
            // Overlays and the findings panel at the same size.
            keys(&mut app, "! Tab G ? G j Esc r G");
            draw(&app);
            // The search popup (its index builds on a thread: a few sizes are enough).
            if w <= 5 || h <= 3 {
                keys(&mut app, "/ x z Down Up");
                draw(&app);
                keys(&mut app, "Esc");
            }
        }
    }
}

#[test]
fn panes_draw_into_areas_with_no_rows_or_no_columns() {
    let app = app(80, 24);
    let mut term = Terminal::new(TestBackend::new(40, 10)).unwrap();
    for (w, h) in [
        (0, 0),
        (40, 0),
        (0, 10),
        (1, 1),
        (2, 1),
        (1, 2),
        (3, 3),
        (40, 2),
    ] {
        let area = Rect::new(0, 0, w, h);
        term.draw(|f| {
            panes::reports::draw(&app, f, area);
            panes::outline::draw(&app, f, area);
            panes::content::draw(&app, f, area);
            panes::info::draw(&app, f, area);
            panes::figures::draw(&app, f, area);
            panes::findings::draw(&app, f, area);
        })
        .unwrap();
    }
}

/// Regression: with the content pane on screen but no rows inside it, `G` indexed one
/// row past the end ("index out of bounds" in `content_motion`).
#[test]
fn bottom_in_a_content_pane_with_no_rows_does_not_panic() {
    let mut tried = 0;
    for h in 1..=8u16 {
        for w in [20u16, 40] {
            let mut app = app(w, h);
            app.selected = Some(4);
            keys(&mut app, "} Enter");
            app.update(Action::Resize(w, h));
            app.focus = Pane::Content;
            let areas = app.areas();
            let Some(rect) = areas.pane(Pane::Content) else {
                continue;
            };
            if layout::inner(rect).1 != 0 {
                continue;
            }
            tried += 1;
            keys(&mut app, "G");
            keys(&mut app, "PgDn C-d End");
            draw(&app);
        }
    }
    assert!(tried > 0, "no size leaves the content pane without rows");
}
